"""A schedule's mark or bar printed once in a cell merged over its months (an HTML `colspan`, a `|` left out between
a grid table's columns as pandoc prints a word processor's merged cell, a ruled PDF table's merged cell) marks each
month the cell covers, as a schedule printing a mark a month does: the step is dated over them all (`청렴교육 :
1월~3월`). Before, the grid kept the mark in the merged cell's first month alone, the step dated by it (1월). Any
other text merged over columns (a note, a figure) stays in the first, the others blank. A step's label merged down
over rows (`rowspan`, a PDF's merged cell, a blank label) dates it by the marks of all its rows."""

from pathlib import Path

import pytest
from reportlab.platypus import TableStyle

from extractors import extract_report
from pipeline.aligned import display_width
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.markup_tables import grid_table, html_table
from pipeline.read import read_document
from pipeline.read_text import read_text
from tests.layouts import laid_out, make_pdfs

COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n감 사 담 당 관\n\n"
         "Ⅱ. 주요업무 추진실적\n\n① 청렴 문화 확산 (감사팀)\n\n공직자의 청렴 의식을 높이고자 함\n\n□ 추진일정\n\n")
MONTHS = [f"{month}월" for month in range(1, 7)]
# each row: its cells and the columns each spans
ROWS = [[("구 분", 1), *((month, 1) for month in MONTHS), ("비 고", 1)],
        [("청렴교육", 1), ("{bar}", 3), ("", 1), ("", 1), ("", 1), ("외부기관", 1)],
        [("발주", 1), ("", 1), ("", 1), ("", 1), ("", 1), ("●", 1), ("", 1), ("", 1)],
        [("청렴 캠페인", 1), ("", 1), ("{bar}", 4), ("", 1), ("", 1)]]
STEPS = [("청렴교육 : 1월~3월 / 외부기관", 1, 3), ("발주 : 5월", 5, 5), ("청렴 캠페인 : 2월~5월", 2, 5)]


def html(bar: str) -> str:
    def cell(text, span):
        return f'<td colspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>"
    return ("<table>\n" + "".join("<tr>" + "".join(cell(text.format(bar=bar), span) for text, span in row)
                                  + "</tr>\n" for row in ROWS) + "</table>\n")


def grid(bar: str) -> str:
    widths = [12] + [5] * 6 + [10]

    def line(row):
        printed, k = "|", 0
        for text, span in row:
            width = sum(widths[k:k + span]) + span - 1
            text = text.format(bar=bar)
            printed += f" {text}{' ' * (width - 1 - display_width(text))}|"
            k += span
        return printed

    def border(rule="-"):
        return "+" + "+".join(rule * width for width in widths) + "+"

    body = [part for row in ROWS[1:] for part in (line(row), border())]
    return "\n".join([border(), line(ROWS[0]), border("="), *body]) + "\n"


def steps(text: str) -> list[tuple[str, int, int]]:
    [project] = extract_report(read_text("t.md", (COVER + text).encode())).projects
    return [(i.text, i.start_month, i.end_month) for i in project.items]


@pytest.mark.parametrize("bar", ["━━━", "◀━━▶", "●", "■■■"])
@pytest.mark.parametrize("layout", [html, grid])
def test_a_mark_merged_over_months_dates_the_step_over_them(bar, layout):
    assert steps(layout(bar)) == STEPS


@pytest.mark.parametrize("bar", ["━━━", "●"])
def test_the_grid_keeps_the_mark_in_each_month(bar):
    _caption, rows, _, _ = html_table(html(bar))
    assert rows[1] == ("청렴교육", bar, bar, bar, "", "", "", "외부기관")
    rows, _ = grid_table(grid(bar).splitlines())
    assert rows[1] == ("청렴교육", bar, bar, bar, "", "", "", "외부기관")


def test_other_text_merged_over_columns_stays_in_the_first():
    _caption, rows, _, _ = html_table('<table><tr><td>구분</td><td colspan="2">합계</td></tr>'
                                   '<tr><td>예산</td><td colspan="2">1,000</td></tr></table>')
    assert rows == (("구분", "합계", ""), ("예산", "1,000", ""))


def pdf(rows, monkeypatch, tmp_path, merged_down=()) -> Path:
    """The report with its schedule as a ruled PDF table (as scripts/make_pdfs.py draws one), each cell merged
    across the columns `rows` give it, and the SPANs `merged_down` down (the text of a cell a merge covers is not
    drawn)."""
    pdfs = make_pdfs()
    spans, lines = [*merged_down], []
    for r, row in enumerate(rows):
        c, cells = 0, []
        for text, span in row:
            if span > 1:
                spans.append(("SPAN", (c, r), (c + span - 1, r)))
            cells += [text, *[""] * (span - 1)]
            c += span
        lines.append("\t".join(cells))
    drawn = pdfs.ruled_table

    def ruled_table(block, ruling, repeat_header=True):
        table = drawn(block, ruling, repeat_header)
        table.setStyle(TableStyle(spans))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + "\n".join(lines) + "\n", encoding="utf-8")
    pdfs.render(source, target)
    return target


def pdf_steps(target: Path) -> list[tuple[str, int, int]]:
    [project] = extract_file(target).projects
    return [(i.text, i.start_month, i.end_month) for i in project.items]


@pytest.mark.parametrize("bar", ["━━━", "◀━━▶", "●"])
def test_a_mark_in_a_pdf_cell_merged_over_months_dates_the_step_over_them(bar, monkeypatch, tmp_path):
    """pdfplumber gives the cells a merge covers as None: before, the grid kept the mark in the first month
    alone (`청렴교육 : 1월`)."""
    rows = [[(text.format(bar=bar), span) for text, span in row] for row in ROWS]
    target = pdf(rows, monkeypatch, tmp_path)
    [grid] = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grid[1] == ("청렴교육", bar, bar, bar, "", "", "", "외부기관")
    assert grid[3] == ("청렴 캠페인", "", bar, bar, bar, bar, "", "")
    assert pdf_steps(target) == STEPS


def test_a_pdf_step_merged_down_over_two_rows_gets_the_marks_of_both(monkeypatch, tmp_path):
    """A step's label merged down over two rows is read on its first row, the second's blank, and a bar merged
    across marks its months in its own row alone (a merge down spreads no mark); the second row's marks are the
    step's too: before, its `●` in 5월 made no item, the step dated 1월~2월."""
    rows = [ROWS[0], [("청렴교육", 1), ("━━━", 2), *[("", 1)] * 5],
            [("(merged)", 1), *[("", 1)] * 4, ("●", 1), ("", 1), ("", 1)],
            [("발주", 1), ("", 1), ("◀━━▶", 3), *[("", 1)] * 3]]
    target = pdf(rows, monkeypatch, tmp_path, merged_down=[("SPAN", (0, 1), (0, 2))])
    [grid] = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grid[1:] == (("청렴교육", "━━━", "━━━", "", "", "", "", ""), ("", "", "", "", "", "●", "", ""),
                        ("발주", "", "◀━━▶", "◀━━▶", "◀━━▶", "", "", ""))
    assert pdf_steps(target) == [("청렴교육 : 1월~2월, 5월", 1, 5), ("발주 : 2월~4월", 2, 4)]  # as its HTML reads


def items(text: str) -> list[tuple[str, int, int, list[str] | None]]:
    [project] = extract_report(read_text("t.md", (COVER + text).encode())).projects
    return [(i.text, i.start_month, i.end_month, i.months) for i in project.items]


HEADER = "<tr><td>구 분</td>" + "".join(f"<td>{month}</td>" for month in MONTHS) + "<td>비 고</td></tr>"


def test_an_html_step_merged_down_over_two_rows_gets_the_marks_of_both():
    """`rowspan` over a step's rows: its marks on each row date the one step, its note kept once."""
    text = ("<table>" + HEADER
            + '<tr><td rowspan="2">청렴교육</td><td></td><td></td><td>●</td><td></td><td></td><td></td>'
              '<td rowspan="2">외부기관</td></tr>'
            + "<tr><td></td><td></td><td></td><td></td><td>●</td><td></td></tr>"
            + "<tr><td>발주</td><td>●</td><td>●</td><td></td><td></td><td></td><td></td><td></td></tr></table>\n")
    assert items(text) == [("청렴교육 : 3월, 5월 / 외부기관", 3, 5, ["2025-03", "2025-05"]),
                           ("발주 : 1월~2월", 1, 2, ["2025-01", "2025-02"])]


def test_a_text_table_row_with_a_blank_label_is_the_step_above():
    """A pipe table as a word processor's export prints a merged-down label: blank below it; the second row's
    months join the step's, before its own, its note after the first's."""
    text = ("| 구 분 | 1월 | 2월 | 3월 | 4월 | 5월 | 6월 | 비 고 |\n|---|---|---|---|---|---|---|---|\n"
            "| 주민 교육 |  |  |  | ● | ● |  | 1차 |\n"
            "|  | ● |  |  |  |  |  | 2차 |\n"
            "| 평가 |  |  |  |  |  | ● |  |\n")
    assert items(text) == [("주민 교육 : 1월, 4월~5월 / 1차 / 2차", 1, 5, ["2025-01", "2025-04", "2025-05"]),
                           ("평가 : 6월", 6, 6, ["2025-06"])]


def test_a_blank_label_below_a_total_or_atop_the_steps_makes_no_step():
    """A row with no label under a `계` is the total's, and one with no step above it has none to join."""
    text = ("| 구 분 | 1월 | 2월 | 3월 | 4월 | 5월 | 6월 | 비 고 |\n|---|---|---|---|---|---|---|---|\n"
            "|  | ● |  |  |  |  |  |  |\n"
            "| 발주 |  | ● |  |  |  |  |  |\n"
            "| 계 | ● | ● |  |  |  |  |  |\n"
            "|  |  |  | ● |  |  |  |  |\n")
    assert items(text) == [("발주 : 2월", 2, 2, ["2025-02"])]


# `pdftotext -layout` of a schedule drawn by reportlab as scripts/make_pdfs.py draws tables (ruled as a grid, months
# 40 pt wide), `청렴교육`'s bar typed into a cell merged over 1월~3월 and `청렴 캠페인`'s over 2월~5월, each centred
# in its cell and set in a font that draws `━` as narrow as it is counted: the first bar's ends stand under the edges
# of `1월` and `3월`, short of their middles
MERGED_BARS = [laid_out((1, "구분"), (9, "1월"), (15, "2월"), (23, "3월"), (30, "4월"), (38, "5월"), (43, "6월"),
                        (48, "7월"), (53, "8월"), (58, "9월"), (63, "10월"), (69, "11월"), (75, "12월"), (81, "비고")),
               laid_out((0, "청렴교육"), (10, "━" * 14), (81, "외부기관")),
               laid_out((1, "발주"), (38, "●")),
               laid_out((0, "청렴 캠페인"), (21, "━" * 14)),
               laid_out((1, "평가"), (75, "■"))]
# typed in display columns: each bar reaching into the next month's label, short of its middle
TYPED = """\
  구 분       1월     2월     3월     4월     5월     6월     비 고
  위원 모집  ━━━━━━━━━━
  위원 교육                 ━━━━━━━━━━━━━━━━━━━
  총회 개최                                    ■             동별 개최
  결과 보고                            ●              ■■"""


def aligned_steps(lines: list[str]) -> list[tuple[str, int, int]]:
    text = COVER + "\n".join(lines) + "\n\n□ 향후계획\n\n○ 12월 : 결과 보고\n"
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    return [(i.text, i.start_month, i.end_month) for i in project.items if i.heading == "추진일정"]


def test_a_bar_printed_by_pdftotext_from_a_merged_cell_marks_each_month_whose_label_it_stands_under():
    """Before, a bar marked the months whose labels' middles it reached: `청렴교육`'s, reaching `3월` short of its
    middle, 1월~2월. A bar short of a month's label marks not that month: `청렴 캠페인`'s, centred in a cell merged
    over 2월~5월, stands under `3월` and `4월` alone (the PDF itself reads the merge: 2월~5월)."""
    assert aligned_steps(MERGED_BARS) == [("청렴교육 : 1월~3월 / 외부기관", 1, 3), ("발주 : 5월", 5, 5),
                                          ("청렴 캠페인 : 3월~4월", 3, 4), ("평가 : 12월", 12, 12)]


def test_a_typed_bar_marks_each_month_whose_label_it_stands_under_and_a_mark_the_one_it_stands_nearest():
    """Before, `위원 모집` marked 1월 alone and `위원 교육` 3월~4월. A single mark (`■`, `●`), and a bar under one
    label (`■■`, which a font may draw twice as wide), marks one month."""
    assert aligned_steps(TYPED.split("\n")) == [("위원 모집 : 1월~2월", 1, 2), ("위원 교육 : 3월~5월", 3, 5),
                                                ("총회 개최 : 5월 / 동별 개최", 5, 5), ("결과 보고 : 4월, 6월", 4, 6)]
