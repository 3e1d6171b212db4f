"""PDF tables without vertical rules whose headers are drawn as Korean government documents often draw them:
shaded (a grey fill behind the header rows, and often behind the 계 row), a rule between two header rows drawn
under the merged group labels alone, and group labels printed at the left of the columns they span."""

import pytest
from reportlab.platypus import Flowable

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

# a budget table whose 예산액 spans its funding columns (`계 | 국비 | 시비 | 구비` below it)
FUNDING_SPAN_BUDGET = """\
단위사업명\t예산액\t\t\t\t집행액\t집행률(%)
\t계\t국비\t시비\t구비\t\t
총 계\t5,780,000\t1,000,000\t780,000\t4,000,000\t2,312,000\t40.0
푸른 녹지 조성\t4,200,000\t1,000,000\t700,000\t2,500,000\t1,680,000\t40.0
공원 관리\t1,500,000\t-\t80,000\t1,420,000\t600,000\t40.0
기본경비\t80,000\t-\t-\t80,000\t32,000\t40.0
"""

REPORT = """제300회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 공 원 녹 지 과

# Ⅰ. 일반현황

## 2 예산현황

(단위: 천원)

""" + FUNDING_SPAN_BUDGET + """
## 3 차량현황

(단위: 대)

구 분\t계\t승용\t승합\t화물
계\t6\t2\t1\t3
업무용\t4\t2\t1\t1
작업용\t2\t-\t-\t2

## 4 민원처리현황

(단위: 건)

구 분\t상반기\t\t하반기\t
\t접수\t처리\t접수\t처리
계\t200\t180\t220\t150
방문\t120\t110\t100\t70
온라인\t80\t70\t120\t80

# Ⅱ. 주요업무 추진실적
"""

ROW = 15.5  # points a row
PAD = 6  # points between a cell's edge and its text


class _DrawnTable(Flowable):
    """A table drawn as a word processor draws it without vertical rules: a rule above and below the header
    and below the last row, a rule between two header rows (under the group labels only, across the whole
    width, or `none`), a fill behind the header rows (and the 계 rows), stroked or not, and group labels centred over
    their columns or at their left (`left`: with the label below at the left of its column too; `group at left`:
    the group labels alone) or at their right (`group at right`: the group labels alone, as HWP may). Labels merged
    down are printed halfway down the header. The body's cells are printed at the left of their cells, or with
    `figures="right"` its figures at the right."""

    def __init__(self, pdfs, rows, *, between: str, fill: bool, stroke: bool, fill_totals: bool, labels: str,
                 figures: str = "left"):
        super().__init__()
        self.hAlign = "CENTER"  # as reportlab's tables: far from the text's left edge
        self.pdfs, self.rows = pdfs, rows
        self.header = pdfs.header_row_count(rows)
        self.widths = pdfs.column_widths(rows)
        self.between, self.fill, self.stroke, self.fill_totals, self.labels = between, fill, stroke, fill_totals, labels
        self.figures = figures

    def wrap(self, available_width, available_height):
        return sum(self.widths), ROW * len(self.rows)

    def draw(self):
        canvas, rows, header = self.canv, self.rows, self.header
        width, height = sum(self.widths), ROW * len(rows)
        starts = [sum(self.widths[:c]) for c in range(len(self.widths) + 1)]
        canvas.setFillGray(0.83)
        if self.fill:
            canvas.rect(0, height - ROW * header, width, ROW * header, stroke=int(self.stroke), fill=1)
        for r, row in enumerate(rows[header:], start=header):
            if self.fill_totals and row[0].replace(" ", "").endswith("계"):
                canvas.rect(0, height - ROW * (r + 1), width, ROW, stroke=int(self.stroke), fill=1)
        canvas.setFillGray(0)
        canvas.setLineWidth(1.2)
        canvas.line(0, height, width, height)
        canvas.line(0, 0, width, 0)
        canvas.setLineWidth(0.5)
        canvas.line(0, height - ROW * header, width, height - ROW * header)
        spans = {start[0]: end[0] for _, start, end in self.pdfs.spans(rows, header) if start[1] == 0 == end[1]}
        if header == 2 and self.between != "none":
            for first, last in (spans.items() if self.between == "under labels" else [(0, len(rows[0]) - 1)]):
                canvas.line(starts[first], height - ROW, starts[last + 1], height - ROW)
        canvas.setFont(self.pdfs.CELL.fontName, self.pdfs.CELL.fontSize)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if not text:
                    continue
                merged_down = r == 0 and header == 2 and not rows[1][c]
                baseline = height - ROW * (r + (1.0 if merged_down else 0.5)) - 2.5
                left, right = starts[c], starts[spans.get(c, c) + 1] if r == 0 else starts[c + 1]
                at_left = c in spans and (self.labels == "left" or (self.labels == "group at left" and r == 0))
                if c in spans and r == 0 and self.labels == "group at right":
                    canvas.drawRightString(right - PAD, baseline, self.pdfs.printed(text))
                elif r < header and not at_left:
                    canvas.drawCentredString((left + right) / 2, baseline, self.pdfs.printed(text))
                elif r >= header and self.figures == "right" and set(text) <= self.pdfs.FIGURE_CHARS:
                    canvas.drawRightString(right - PAD, baseline, self.pdfs.printed(text))
                else:
                    canvas.drawString(left + PAD, baseline, self.pdfs.printed(text))


def _render(monkeypatch, tmp_path, **drawing):
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "ruled_table", lambda block, ruling, repeat_header=True: _DrawnTable(
        pdfs, [list(row) for row in block.rows], **drawing))
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    target = tmp_path / "report.pdf"
    pdfs.render(source, target, "horizontal")
    return source, target


def _same_records(source, target):
    return records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)


HEADERS = [(("단위사업명", "예산액", "", "", "", "집행액", "집행률(%)"), ("", "계", "국비", "시비", "구비", "", "")),
           (("구 분", "상반기", "", "하반기", ""), ("", "접수", "처리", "접수", "처리"))]
BUDGET = [("계", 5_780_000_000, 2_312_000_000), ("푸른 녹지 조성", 4_200_000_000, 1_680_000_000),
          ("공원 관리", 1_500_000_000, 600_000_000), ("기본경비", 80_000_000, 32_000_000)]


@pytest.mark.parametrize("stroke", [False, True], ids=["filled", "filled and stroked"])
@pytest.mark.parametrize("between", ["whole width", "under labels"])
@pytest.mark.parametrize("fill_totals", [False, True], ids=["header shaded", "header and 계 rows shaded"])
def test_shaded_header_rows_are_no_table_of_one_column(stroke, between, fill_totals, monkeypatch, tmp_path):
    """The fill's edges boxed the header (split by the rule between its rows, or stacked on the 계 row's fill)
    and pdfplumber read it as a ruled table of one column: a line of text a row, no budget or vehicles."""
    source, target = _render(monkeypatch, tmp_path, between=between, fill=True, stroke=stroke, fill_totals=fill_totals,
                             labels="centred")
    grids = [block.rows[:2] for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grids == [HEADERS[0], (("구 분", "계", "승용", "승합", "화물"), ("계", "6", "2", "1", "3")), HEADERS[1]]
    report = extract_file(target)
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == BUDGET
    assert _same_records(source, target)


@pytest.mark.parametrize("between", ["whole width", "under labels"])
def test_a_group_label_alone_on_the_first_header_line_heads_the_columns_it_is_centred_on(between, monkeypatch,
                                                                                          tmp_path):
    """`예산액` on a line of its own over `단위사업명 … 집행액` was indented as text (4.5 points a space, not half a
    type size a column as the rows): it stood over `계` alone, and `집행액` was pushed over `시비`."""
    source, target = _render(monkeypatch, tmp_path, between=between, fill=False, stroke=False, fill_totals=False,
                             labels="centred")
    (budget, _vehicles, _complaints) = [block for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert budget.rows[0] == HEADERS[0][0]
    assert _same_records(source, target)


@pytest.mark.parametrize("fill", [False, True], ids=["plain", "shaded"])
def test_a_group_label_at_the_left_of_its_columns_heads_the_span_of_the_rule_drawn_under_it(fill, monkeypatch,
                                                                                             tmp_path):
    """`예산액` printed at the left of `계 국비 시비 구비`, and `상반기`, `하반기` at the left of their `접수 처리`,
    read as labels centred over their first column (`예산액` over `계 국비`, `집행액` pushed over `시비`); the rule
    drawn under each of them alone is its merged cell's lower edge, and its length their span."""
    source, target = _render(monkeypatch, tmp_path, between="under labels", fill=fill, stroke=False, fill_totals=fill,
                             labels="left")
    grids = [block.rows[:2] for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert [grids[0], grids[2]] == HEADERS
    assert [(line.name, line.budget_krw, line.executed_krw) for line in extract_file(target).budget] == BUDGET
    assert _same_records(source, target)




@pytest.mark.parametrize("drawing", ["bold rule as a box", "cells shaded and boxed one by one"])
def test_a_grid_tables_header_drawn_with_fills_stays_in_it(drawing, tmp_path):
    """Boxes that are borders, not shades, still rule a table (taken for shades, the header fell out of it):
    a bold top rule drawn as a box 3 points tall (too thin to shade a line of type) over the header's fill, and
    header cells each drawn as a filled and stroked box side by side with the next."""
    columns, top, row = [60, 160, 260, 360], 700, 16
    rows = (("구 분", "예산액", "집행액"), ("계", "1,000", "400"), ("청사 관리", "1,000", "400"))

    def draw(page):
        pdfs = make_pdfs()  # registers the CID fonts
        page.setFillGray(0.83)
        if drawing == "bold rule as a box":
            page.rect(columns[0], top - row, columns[-1] - columns[0], row, stroke=0, fill=1)
            page.setFillGray(0)
            page.rect(columns[0], top, columns[-1] - columns[0], 3, stroke=0, fill=1)
            page.line(columns[0], top - row, columns[-1], top - row)
        else:
            for left, right in zip(columns, columns[1:], strict=False):
                page.rect(left, top - row, right - left, row, stroke=1, fill=1)
            page.setFillGray(0)
        for k in range(2, 4):
            page.line(columns[0], top - k * row, columns[-1], top - k * row)
        for x in columns:
            page.line(x, top, x, top - 3 * row)
        page.setFont(pdfs.BODY_FONT, 9)
        for r, cells in enumerate(rows):
            for x, text in zip(columns, cells, strict=False):
                page.drawString(x + 6, top - r * row - 12, text)

    path = tmp_path / "grid.pdf"
    path.write_bytes(one_page_pdf(draw))
    (table,) = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert table.rows == rows
