"""A schedule's mark or bar printed once in a cell merged over its months (an HTML `colspan`, a `|` left out between
a grid table's columns as pandoc prints a word processor's merged cell) marks each month the cell covers, as a
schedule printing a mark a month does: the step is dated over them all (`청렴교육 : 1월~3월`). Before, the grid kept
the mark in the merged cell's first month alone, the step dated by it (1월). Any other text merged over columns (a
note, a figure) stays in the first, the others blank."""

import pytest

from extractors import extract_report
from pipeline.aligned import display_width
from pipeline.markup_tables import grid_table, html_table
from pipeline.read_text import read_text

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
    _caption, rows, _ = html_table(html(bar))
    assert rows[1] == ("청렴교육", bar, bar, bar, "", "", "", "외부기관")
    rows, _ = grid_table(grid(bar).splitlines())
    assert rows[1] == ("청렴교육", bar, bar, bar, "", "", "", "외부기관")


def test_other_text_merged_over_columns_stays_in_the_first():
    _caption, rows, _ = html_table('<table><tr><td>구분</td><td colspan="2">합계</td></tr>'
                                   '<tr><td>예산</td><td colspan="2">1,000</td></tr></table>')
    assert rows == (("구분", "합계", ""), ("예산", "1,000", ""))
