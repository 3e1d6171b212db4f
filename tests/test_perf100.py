"""perf100: cheaper tests first, the same readings: a label merged across a space-aligned table's rows, its line's
cells split once; a total cost's breakdown asked only of a line printing a figure."""
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import is_cost_breakdown
from pipeline.aligned import AlignedRows

# `pdftotext -layout`'s rows with blank lines between them, a group's label alone on a line between two rows
LINES = ["구  분        면적    건수    비율",
         "",
         "건  물        120     4       12",
         "",
         "토지",
         "",
         "대  지        312     9       41",
         "",
         "임  야        88      2       7"]


def test_a_label_between_rows_is_a_row_merged_across():
    rows = AlignedRows(LINES, [])
    table, _, end = rows.table(0)
    assert end == len(LINES)
    assert [row[0] for row in table] == ["구 분", "건 물", "토지", "대 지", "임 야"]
    assert table[2] == ("토지", "", "", "")


def test_a_paragraph_between_tables_is_no_row():
    """A line of words too wide for the labels' column ends the table over it."""
    lines = LINES[:4] + ["관내 공유재산 관리 현황을 점검하였음"] + LINES[5:]
    assert AlignedRows(lines, []).table(0)[2] == 3  # its rows end at the blank line over it


def test_cost_breakdowns_print_figures():
    assert is_cost_breakdown("2024년: 2,000백만원(국 800, 시 400, 구 800)")
    assert is_cost_breakdown("계 2,400 / 국비 1,000 / 시비 700 / 구비 700")
    assert is_cost_breakdown("’25년 900,000 / ’26년 1,500,000")
    assert not is_cost_breakdown("국비 / 시비 / 구비")
    assert not is_cost_breakdown("연차별 투자계획")


@given(st.text(alphabet="국시구비계년’/,: 연차별기투자향후잔여~", max_size=30))
def test_a_line_printing_no_figure_is_no_breakdown(text):
    assert not is_cost_breakdown(text)
