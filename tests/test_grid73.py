"""A project's cost table kept as a grid (printing neither the report's year nor the next, `구 분 | 총사업비 | 기투자 |
2027년 | 향후` in a 2025 report, or by the cost's parts, `설계 | 공사 | 감리`, not adding up to the 계) has its 계 row
checked by `sum.table` and each row's 총사업비 against its shares by `sum.project_cost_table`; its one wrong cell is
one finding naming that cell (`checks.tables`' one-cell search asks the rows' findings with its sums). Before, two: the
계's sum and a row's 총사업비, one of them or both not the wrong cell (국비's 기투자 300,000 of 200,000: the 계's
기투자, expected 500,000, and 국비's 총사업비, expected 700,000)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_project_cost_table import COVER, PLAN, table

NO_YEAR = ["구 분", "총사업비", "기투자", "2027년", "향후"]  # of a 2025 report: neither 2025 nor 2026
HEADER = ["구 분", "총사업비", "기투자", "2025년", "향후"]
SOURCES = [["계", "1,200,000", "400,000", "300,000", "500,000"],
           ["국비", "600,000", "200,000", "150,000", "250,000"],
           ["구비", "600,000", "200,000", "150,000", "250,000"]]
PARTS = [["계", "1,200,000", "400,000", "300,000", "500,000"],
         ["설계", "200,000", "200,000", "0", "0"],
         ["공사", "900,000", "200,000", "250,000", "450,000"],
         ["감리", "100,000", "0", "50,000", "50,000"]]
LAYOUTS = ["tab", "space-aligned", "html-tables", "pdf grid"]


def read(header: list[str], rows: list[list[str]], layout: str, tmp_path, cell=None, printed: str = ""):
    rows = [list(row) for row in rows]
    if cell is not None:
        rows[cell[0]][cell[1]] = printed
    return read_laid_out(COVER + table(header, rows) + PLAN, layout, tmp_path)


def findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report) if f.severity == "error"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("header", "rows"), [(NO_YEAR, SOURCES), (NO_YEAR, PARTS)], ids=["sources", "parts"])
def test_a_right_grid_has_no_finding(header, rows, layout, tmp_path):
    report = read(header, rows, layout, tmp_path)
    assert [grid.rows for grid in report.tables] == [[header, *rows]]  # a grid, no budget lines
    assert findings(report) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("header", "rows", "cell", "printed", "finding"), [
    # a source's share: before, also the 계's 기투자 (expected 500,000) and 국비's 총사업비 (expected 700,000)
    (NO_YEAR, SOURCES, (1, 2), "300,000", ("sum.table", "국비", "기투자", "200,000천원", "300,000천원")),
    # a source's 총사업비: its row's finding (before, also the 계's 총사업비, expected 1,250,000)
    (NO_YEAR, SOURCES, (1, 1), "650,000",
     ("sum.project_cost_table", "국비", "총사업비", "600,000천원", "650,000천원")),
    # the 계's share: before, also the 계's 총사업비 against its shares (expected 1,300,000)
    (NO_YEAR, SOURCES, (0, 2), "500,000", ("sum.table", "계", "기투자", "400,000천원", "500,000천원")),
    # the 계's 총사업비: its sum of the rows (before, also against its shares, the same cell twice)
    (NO_YEAR, SOURCES, (0, 1), "1,300,000", ("sum.table", "계", "총사업비", "1,200,000천원", "1,300,000천원")),
    # a part's share, a grid because the parts then miss the 계 (before, the 계's 2025년 and 공사's 총사업비)
    (HEADER, PARTS, (2, 3), "300,000", ("sum.table", "공사", "2025년", "250,000천원", "300,000천원")),
    (HEADER, PARTS, (1, 1), "250,000", ("sum.project_cost_table", "설계", "총사업비", "200,000천원", "250,000천원")),
    (NO_YEAR, PARTS, (3, 2), "50,000", ("sum.table", "감리", "기투자", "0천원", "50,000천원")),
], ids=["source-share", "source-total", "total-share", "total-total", "part-share", "part-total", "part-zero"])
def test_one_wrong_cell_is_one_finding_on_it(header, rows, cell, printed, finding, layout, tmp_path):
    report = read(header, rows, layout, tmp_path, cell, printed)
    assert len(report.tables) == 1
    assert findings(report) == [finding]


def test_a_wrong_share_says_what_makes_it_otherwise(tmp_path):
    (found,) = [f for f in run_checks(read(NO_YEAR, SOURCES, "tab", tmp_path, (1, 2), "300,000"))
                if f.severity == "error"]
    assert (found.table, found.message) == (
        "총사업비",  # the grid's caption
        "'국비' 행의 기투자 값이 계 행과 총사업비 열이 함께 맞는 값과 다릅니다 (표기 300,000천원, 맞는 값 200,000천원)")


@settings(max_examples=25, deadline=None)
@given(row=st.integers(0, 2), column=st.integers(1, 4), change=st.integers(-149, 500).filter(bool))
def test_any_one_wrong_cell_is_one_finding_on_it(tmp_path_factory, row, column, change):
    """Any one cell of the grid off by any figure: one finding, on that cell, expected its right figure; a source's
    total its row's (`sum.project_cost_table`), any other cell the table's (`sum.table`)."""
    right = int(SOURCES[row][column].replace(",", ""))
    report = read(NO_YEAR, SOURCES, "tab", tmp_path_factory.mktemp("grid"), (row, column),
                  f"{right + change * 1000:,}")
    rule = "sum.project_cost_table" if row and column == 1 else "sum.table"
    assert findings(report) == [(rule, SOURCES[row][0], NO_YEAR[column], f"{right:,}천원",
                                 f"{right + change * 1000:,}천원")]
