"""PDF tables ruled as HWP rules them: each cell's borders stroked apart (a rule across a table is as many short
pieces, a vertical rule through a header of two rows two), without outer left and right borders (open sides), or
ruled only above and below the header and below the last row, with a label merged down the header's two rows
wrapped over two lines (`집행률(%)` over its as-of date). Each reads as its text does."""

import pytest
from reportlab.platypus import Flowable

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

FRAME = """제301회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 공 원 녹 지 과

# Ⅰ. 일반현황

{tables}
# Ⅱ. 주요업무 추진실적
"""

ONE_ROW_HEADERS = """## 2 인 력

구 분\t계\t5급\t6급\t7급\t8급
정 원\t14\t1\t4\t6\t3
현 원\t15\t1\t5\t5\t4
과부족\t1\t-\t1\t△1\t1

## 4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액\t집행률(%)
계\t5,780,000\t2,321,000\t40.2
푸른 녹지 조성\t4,200,000\t1,680,000\t40.0
공원 관리\t1,500,000\t609,000\t40.6
기본경비\t80,000\t32,000\t40.0

"""

TWO_ROW_HEADERS = """## 2 인 력

구 분\t계\t일 반 직\t\t\t\t\t공무직
\t\t5급\t6급\t7급\t8급\t9급\t
정 원\t29\t1\t4\t6\t3\t2\t13
현 원\t26\t1\t5\t5\t3\t1\t11
과부족\t△3\t-\t1\t△1\t-\t△1\t△2

## 4 예산현황

(단위: 천원)

""" + (FUNDING_BUDGET := """단위사업명\t예 산 액\t\t\t\t집행액\t집행률(%) (5.31.기준)
\t계\t국비\t시비\t구비\t\t
계\t5,780,000\t1,000,000\t780,000\t4,000,000\t2,321,000\t40.2
푸른 녹지 조성\t4,200,000\t1,000,000\t700,000\t2,500,000\t1,680,000\t40.0
공원 관리\t1,500,000\t-\t80,000\t1,420,000\t609,000\t40.6
기본경비\t80,000\t-\t-\t80,000\t32,000\t40.0
""") + "\n"

ROW = 20  # points a row
PAD = 5  # points between a cell's edge and its text


class _HwpTable(Flowable):
    """A table drawn as HWP draws it, its merged cells spanned: `cells`, each cell's edges stroked apart and no
    outer left or right border; `cell rows`, each cell's lower and upper edges alone, stroked apart; `rows`, each
    row's rule one line (skipping a cell merged down past it) and the vertical rules drawn row by row, no outer
    left or right border either; `frame`, a rule above and below the header and below the last row alone. Header
    labels are centred in their cells, a label's bracket going onto a line of its own (`집행률(%)` over
    `(5.31.기준)`), or, `groups="right"`, a label spanning columns at their right; figures right-aligned, row
    labels at the left. Each row `row` points tall."""

    def __init__(self, pdfs, rows, rules: str, groups: str = "centred", row: float = ROW):
        super().__init__()
        self.pdfs, self.rows, self.rules, self.groups, self.row = pdfs, rows, rules, groups, row
        self.header = pdfs.header_row_count(rows)
        self.widths = pdfs.column_widths(rows)
        self.cells = self._cells()

    def _cells(self) -> list[tuple[int, int, int, int, str]]:
        """Each cell's first row and column, the row and column after it, and its text."""
        ends = {start: end for _, start, end in self.pdfs.spans(self.rows, self.header)}
        covered = {(c, r) for (c0, r0), (c1, r1) in ends.items() for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1)}
        cells = []
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                if (c, r) in ends:
                    (c1, r1) = ends[c, r]
                    cells.append((r, c, r1 + 1, c1 + 1, text))
                elif r == 0 and self.header == 2 and text and not self.rows[1][c]:  # merged down the header
                    cells.append((0, c, 2, c + 1, text))
                elif (c, r) not in covered and not (r == 1 and self.header == 2 and not text):
                    cells.append((r, c, r + 1, c + 1, text))
        return cells

    def wrap(self, available_width, available_height):
        return sum(self.widths), self.row * len(self.rows)

    def draw(self):
        canvas = self.canv
        height = self.row * len(self.rows)
        xs = [sum(self.widths[:c]) for c in range(len(self.widths) + 1)]

        def y(r: int) -> float:
            return height - self.row * r

        canvas.setFont(self.pdfs.CELL.fontName, self.pdfs.CELL.fontSize)
        leading = self.pdfs.CELL.leading
        for r0, c0, r1, c1, text in self.cells:
            lines = text.replace(" (", "\n(").split("\n") if r0 < self.header else [text]
            baseline = (y(r0) + y(r1)) / 2 + leading * (len(lines) - 1) / 2 - 2.5
            for line in lines:
                printed = self.pdfs.printed(line)
                if r0 < self.header and c1 - c0 > 1 and self.groups == "right":
                    canvas.drawRightString(xs[c1] - PAD, baseline, printed)
                elif r0 < self.header:
                    canvas.drawCentredString((xs[c0] + xs[c1]) / 2, baseline, printed)
                elif set(line) <= self.pdfs.FIGURE_CHARS:
                    canvas.drawRightString(xs[c1] - PAD, baseline, printed)
                else:
                    canvas.drawString(xs[c0] + PAD, baseline, printed)
                baseline -= leading
        canvas.setLineWidth(0.5)
        if self.rules == "frame":
            for r in (0, self.header, len(self.rows)):
                canvas.line(xs[0], y(r), xs[-1], y(r))
        elif self.rules in ("cells", "cell rows"):
            for r0, c0, r1, c1, _text in self.cells:
                canvas.line(xs[c0], y(r1), xs[c1], y(r1))
                if r0 == 0:
                    canvas.line(xs[c0], y(0), xs[c1], y(0))
                if c0 > 0 and self.rules == "cells":
                    canvas.line(xs[c0], y(r0), xs[c0], y(r1))
        else:
            for r in range(len(self.rows) + 1):  # each rule one line over the cells that end or start at it
                edges = sorted((xs[c0], xs[c1]) for r0, c0, r1, c1, _text in self.cells if r in (r0, r1))
                runs: list[list[float]] = []
                for x0, x1 in edges:
                    if runs and x0 <= runs[-1][1]:
                        runs[-1][1] = max(runs[-1][1], x1)
                    else:
                        runs.append([x0, x1])
                for x0, x1 in runs:
                    canvas.line(x0, y(r), x1, y(r))
            for r0, c0, r1, _c1, _text in self.cells:  # each vertical rule a row at a time
                for r in range(r0, r1) if c0 > 0 else ():
                    canvas.line(xs[c0], y(r), xs[c0], y(r + 1))


def _render(monkeypatch, tmp_path, tables: str, rules: str, groups: str = "centred", row: float = ROW):
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "ruled_table", lambda block, ruling, repeat_header=True: _HwpTable(
        pdfs, [list(cells) for cells in block.rows], rules, groups, row))
    source = tmp_path / "report.txt"
    source.write_text(FRAME.format(tables=tables), encoding="utf-8")
    target = tmp_path / "report.pdf"
    pdfs.render(source, target, "open sides")
    return source, target


def _records(path):
    return records_data(extract_file(path), with_sources=False)


@pytest.mark.parametrize("rules", ["cells", "rows"])
def test_open_sides_drawn_piece_by_piece_are_found(rules, monkeypatch, tmp_path):
    """No outer left or right border, each cell's rules stroked apart: the rules across the table were short
    pieces no side was found from, so the first column and the last were lost (staffing gone, four budget lines
    all named `계` with no rate); drawn row by row, the vertical rules through the header's two rows did not join
    its top rule to the rule below it, and the merged-down labels at its sides (`구 분`, `공무직`, `단위사업명`,
    `집행률(%)`) were lost."""
    source, target = _render(monkeypatch, tmp_path, ONE_ROW_HEADERS, rules)
    report = extract_file(target)
    assert [(s.status, s.grade, s.headcount) for s in report.staffing if s.grade in ("계", "8급")] == [
        ("정원", "계", 14), ("정원", "8급", 3), ("현원", "계", 15), ("현원", "8급", 4), ("과부족", "계", 1),
        ("과부족", "8급", 1)]
    assert len(report.staffing) == 15
    assert [(line.name, line.budget_krw, line.execution_rate) for line in report.budget] == [
        ("계", 5_780_000_000, 40.2), ("푸른 녹지 조성", 4_200_000_000, 40.0), ("공원 관리", 1_500_000_000, 40.6),
        ("기본경비", 80_000_000, 40.0)]
    assert _records(target) == _records(source)

    source, target = _render(monkeypatch, tmp_path, TWO_ROW_HEADERS, rules)
    report = extract_file(target)
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing if s.job_class == "공무직"] == [
        ("정원", "공무직", "계", 13), ("현원", "공무직", "계", 11), ("과부족", "공무직", "계", -2)]
    assert len(report.staffing) == 21
    assert [(line.name, line.execution_rate, str(line.as_of)) for line in report.budget] == [
        ("계", 40.2, "2025-05-31"), ("푸른 녹지 조성", 40.0, "2025-05-31"), ("공원 관리", 40.6, "2025-05-31"),
        ("기본경비", 40.0, "2025-05-31")]
    assert _records(target) == _records(source)
    assert [f for f in run_checks(report) if f.severity == "error"] == []


RATE_BEFORE_EXECUTED = """단위사업명\t예 산 액\t\t\t\t집행률(%) (5.31.기준)\t집행액
\t계\t국비\t시비\t구비\t\t
계\t5,780,000\t1,000,000\t780,000\t4,000,000\t40.2\t2,321,000
푸른 녹지 조성\t4,200,000\t1,000,000\t700,000\t2,500,000\t40.0\t1,680,000
공원 관리\t1,500,000\t-\t80,000\t1,420,000\t40.6\t609,000
기본경비\t80,000\t-\t-\t80,000\t40.0\t32,000
"""


BOTH_WRAPPED = FUNDING_BUDGET.replace("\t집행액\t집행률(%) (5.31.기준)", "\t집행액 (5.31.기준)\t집행률 (%)")


@pytest.mark.parametrize("budget", [FUNDING_BUDGET, RATE_BEFORE_EXECUTED, BOTH_WRAPPED],
                         ids=["rate last", "rate before executed", "two side by side"])
def test_a_label_merged_down_a_header_ruled_above_and_below_wrapped_over_two_lines_is_one_label(budget, monkeypatch,
                                                                                                tmp_path):
    """Rules above and below the header and below the last row alone, `집행률(%)` merged down the header's two rows
    over its as-of date: its first line, printed over the labels beside it, was taken for the table's caption and
    its second for a column of its own, the 예산액 columns were labelled 집행액, no budget line was read and the
    rates were added up (a false `sum.table` error)."""
    tables = TWO_ROW_HEADERS.replace(FUNDING_BUDGET, budget)
    source, target = _render(monkeypatch, tmp_path, tables, "frame")
    report = extract_file(target)
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate, str(line.as_of))
            for line in report.budget] == [
        ("계", 5_780_000_000, 2_321_000_000, 40.2, "2025-05-31"),
        ("푸른 녹지 조성", 4_200_000_000, 1_680_000_000, 40.0, "2025-05-31"),
        ("공원 관리", 1_500_000_000, 609_000_000, 40.6, "2025-05-31"),
        ("기본경비", 80_000_000, 32_000_000, 40.0, "2025-05-31")]
    assert report.budget[1].other_columns == {"예산액 국비": "1,000,000", "예산액 시비": "700,000",
                                              "예산액 구비": "2,500,000"}
    assert report.tables == []
    assert len(report.staffing) == 21
    assert run_checks(report) == []
    assert _records(target) == _records(source)


def test_group_labels_over_rules_drawn_cell_by_cell_head_the_columns_of_the_rule_under_them(monkeypatch, tmp_path):
    """Rules above and below every row, each cell's drawn apart, no vertical rules, group labels printed at the right
    of their columns: the rule above `예 산 액` was its cell's piece, as long as the rule under it, so that rule
    was not told for its merged cell's lower edge and the label was not centred on it: it headed the columns it
    stood over at their right, the budget read from the 국비 column and 예산액's 계 kept as a column of other
    funds."""
    source, target = _render(monkeypatch, tmp_path, TWO_ROW_HEADERS.replace(" (5.31.기준)", ""), "cell rows",
                             groups="right")
    report = extract_file(target)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "정원"] == [
        ("계", "계", 29), ("일반직", "5급", 1), ("일반직", "6급", 4), ("일반직", "7급", 6), ("일반직", "8급", 3),
        ("일반직", "9급", 2), ("공무직", "계", 13)]
    assert [(line.name, line.budget_krw, line.execution_rate, line.other_columns) for line in report.budget][1] == (
        "푸른 녹지 조성", 4_200_000_000, 40.0,
        {"예산액 국비": "1,000,000", "예산액 시비": "700,000", "예산액 구비": "2,500,000"})
    assert run_checks(report) == []
    assert _records(target) == _records(source)


def test_rows_of_words_a_label_merged_down_parts_stay_apart(monkeypatch, tmp_path):
    """A table of words ruled above and below its header and below its last row, its rows a line's leading
    apart, `본관 청사` merged down over its two rows and printed between their lines: they stand as a wrapped header
    label's lines do (each cell right over one below), but no line of figures lies below the rules under them:
    they are no header's. Joined, the two rows were one (`세무 민원실 기록관`)."""
    tables = """## 3 주요시설

구 분\t시설명\t위 치\t비 고
본관 청사\t세무 민원실\t본관 1층\t무인발급기
\t기록관\t별관 1층\t항온항습

"""
    _source, target = _render(monkeypatch, tmp_path, tables, "frame", row=12)
    cells = {cell for block in read_document(target).blocks if isinstance(block, GridTable)
             for row in block.rows for cell in row}
    assert not cells & {"세무 민원실 기록관", "본관 1층 별관 1층", "무인발급기 항온항습"}
