"""A project's cost table by sources over its years in other shapes (tests/test_project_cost_table.py has the
plain one): a header of two rows, the years under a label of theirs (`총사업비 | 연도별 투자계획` over `~2024 | 2025 |
2026 | 2027 이후`), read as one row (before, a grid); years printed `'25`, `2024년까지`, `2026~2027`, a column of
years counted once; a table printing neither the report's year nor the next (`기투자 | 2027년 | 향후` in a 2025
report) kept a grid, each row's 총사업비 still checked (`sum.project_cost_table`) and its sources against its 계
(`sum.table`); rows of the cost's parts (`계 | 설계 | 공사 | 감리`) read as its lines where they add up to the 계 in
every column, else kept a grid, checked so too (before, a grid no rule checked row by row)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.budget import cost_share
from pipeline.extract import extract_file
from tests.layouts import read_laid_out
from tests.test_project_cost_table import COVER, PLAN, TABLE, budget, cost_findings, table

LAYOUTS = ["tab", "pipe-tables", "html-tables", "pdf grid"]
SOURCES = {"계": [12, 4, 3, 2, 3], "국비": [6, 2, 1.5, 1, 1.5], "구비": [6, 2, 1.5, 1, 1.5]}


def rows_of(figures: dict[str, list[float]]) -> list[list[str]]:
    return [[label, *(f"{int(cell * 100_000):,}" for cell in cells)] for label, cells in figures.items()]


TWO_ROWS = [["구 분", "총사업비", "연도별 투자계획", "", "", ""], ["", "", "~2024", "2025", "2026", "2027 이후"],
            *rows_of(SOURCES)]


def sums(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r) if f.rule.startswith("sum.")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_years_under_a_label_of_theirs(layout, tmp_path):
    r = read_laid_out(COVER + table(TWO_ROWS[0], TWO_ROWS[1:]) + PLAN, layout, tmp_path)
    assert [(name, amount, columns["총사업비"], len(columns)) for name, _, amount, _, _, columns in budget(r)] == [
        ("계", 300_000_000, "1,200,000", 4), ("국비", 150_000_000, "600,000", 4), ("구비", 150_000_000, "600,000", 4)]
    assert cost_findings(r) == [] and r.tables == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_under_a_header_of_two_rows_is_found(layout, tmp_path):
    rows = [list(row) for row in TWO_ROWS]
    rows[3][1] = "650,000"  # 국비's shares add up to 600,000
    r = read_laid_out(COVER + table(rows[0], rows[1:]) + PLAN, layout, tmp_path)
    # one wrong cell, one finding: not also the 계's 총사업비 against its sources
    assert [(f[0], f[2], f[4], f[5]) for f in cost_findings(r)] == [
        ("sum.project_cost_table", "국비", "600,000천원", "650,000천원")]


def test_years_under_a_label_of_theirs_space_aligned(tmp_path):
    """As `pdftotext -layout` prints it: the group label centred over the years."""
    text = ("(단위: 천원)\n\n"
            "  구 분       총사업비                   연도별 투자계획\n"
            "                              ~2024       2025       2026     2027 이후\n"
            "  계         1,200,000      400,000    300,000    200,000      300,000\n"
            "  국비         600,000      200,000    150,000    100,000      150,000\n"
            "  구비         600,000      200,000    150,000    150,000      150,000\n")
    source = tmp_path / "t.txt"
    source.write_text(COVER + text + PLAN, encoding="utf-8")
    r = extract_file(source)
    assert [(name, amount) for name, _, amount, *_ in budget(r)] == [
        ("계", 300_000_000), ("국비", 150_000_000), ("구비", 150_000_000)]
    # 구비's 2026 printed 150,000: its shares add up to 650,000 of 600,000, and the 계's 2026 makes it 100,000: that
    # one cell (before, also its 총사업비 against its shares and the 계's 2026 against the sources)
    assert [f[:6] for f in cost_findings(r)] == [
        ("sum.project_budget", TABLE, "구비", "연도별 투자계획 2026", "100,000천원", "150,000천원")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "html-tables"])
@pytest.mark.parametrize("header, kept", [
    (["구 분", "총사업비", "~'24", "'25", "'26~'27"], ["총사업비", "~'24", "'26~'27"]),
    (["구 분", "총사업비", "2024년까지", "2025년", "2026~2027"], ["총사업비", "2024년까지", "2026~2027"]),
    (["구 분", "총사업비", "’24년까지", "’25년", "’26년 이후"], ["총사업비", "’24년까지", "’26년 이후"]),
])
def test_years_printed_otherwise(header, kept, layout, tmp_path):
    """`2026~2027` is one share of the total, counted once; a total below its shares' sum is found (one above it
    only where a column says it is what is left, `’26년 이후`: years may be left out)."""
    rows = rows_of({"계": [12, 4, 3, 5], "국비": [6, 2, 1.5, 2.5], "구비": [6, 2, 1.5, 2.5]})
    r = read_laid_out(COVER + table(header, rows) + PLAN, layout, tmp_path)
    assert [(name, amount, list(columns)) for name, _, amount, _, _, columns in budget(r)] == [
        ("계", 300_000_000, kept), ("국비", 150_000_000, kept), ("구비", 150_000_000, kept)]
    assert cost_findings(r) == []
    wrong = [row if row[0] != "국비" else [row[0], "500,000", *row[2:]] for row in rows]
    r = read_laid_out(COVER + table(header, wrong) + PLAN, layout, tmp_path)
    assert ("sum.project_cost_table", "국비", "총사업비", "600,000천원", "500,000천원") in [
        (f[0], f[2], f[3], f[4], f[5]) for f in cost_findings(r)]


NO_YEAR = ["구 분", "총사업비", "기투자", "2027년", "향후"]  # of a 2025 report: neither 2025 nor 2026


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "html-tables", "pdf grid"])
def test_a_table_of_no_year_of_the_report_stays_a_grid_its_sums_checked(layout, tmp_path):
    rows = rows_of({"계": [12, 4, 3, 5], "국비": [6, 2, 1.5, 2.5], "구비": [6, 2, 1.5, 2.5]})
    r = read_laid_out(COVER + table(NO_YEAR, rows) + PLAN, layout, tmp_path)
    assert budget(r) == [] and [grid.rows for grid in r.tables] == [[NO_YEAR, *rows]]
    assert sums(r) == []
    rows[1][1] = "650,000"
    r = read_laid_out(COVER + table(NO_YEAR, rows) + PLAN, layout, tmp_path)
    # one wrong cell, one finding (before, also the 계's 총사업비 against its sources, expected 1,250,000)
    assert sums(r) == [("sum.project_cost_table", "국비", "총사업비", "600,000천원", "650,000천원")]


PARTS = {"계": [12, 4, 3, 5], "설계": [2, 2, 0, 0], "공사": [9, 2, 2.5, 4.5], "감리": [1, 0, 0.5, 0.5]}
HEADER = ["구 분", "총사업비", "기투자", "2025년", "향후"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_parts_adding_up_to_the_total_are_its_lines(layout, tmp_path):
    r = read_laid_out(COVER + table(HEADER, rows_of(PARTS)) + PLAN, layout, tmp_path)
    assert [(name, source, amount, columns["총사업비"]) for name, source, amount, _, _, columns in budget(r)] == [
        ("계", None, 300_000_000, "1,200,000"), ("설계", None, 0, "200,000"), ("공사", None, 250_000_000, "900,000"),
        ("감리", None, 50_000_000, "100,000")]
    assert sums(r) == [] and r.tables == []


@pytest.mark.parametrize("layout", ["tab", "html-tables", "pdf grid"])
def test_parts_not_adding_up_stay_a_grid_their_sums_checked(layout, tmp_path):
    rows = rows_of(PARTS)
    rows[1][1] = "250,000"  # 설계's shares add up to 200,000, and the parts' 총사업비 to 1,250,000
    r = read_laid_out(COVER + table(HEADER, rows) + PLAN, layout, tmp_path)
    assert budget(r) == [] and len(r.tables) == 1
    # one wrong cell, one finding (before, also the 계's 총사업비 against its parts, expected 1,250,000)
    assert sums(r) == [("sum.project_cost_table", "설계", "총사업비", "200,000천원", "250,000천원")]


@given(share=st.sampled_from(["~2024", "2025", "2025년", "'25", "’25년", "2024년까지", "2026~2027", "’26~’27년",
                              "2027 이후", "2027년 이후", "향후", "잔여", "기투자"]),
       group=st.sampled_from(["연도별 투자계획", "연차별 투자계획", "연 도 별  투 자 계 획", "투자계획",
                              "연도별 소요액"]))
def test_a_share_under_a_group_label_is_the_share(share, group):
    """The label a header of two rows prints over the years leaves the share as it is (`연도별 투자계획 2027 이후`
    is what is left, as `2027 이후` is); it never makes a share of a label that is none."""
    assert cost_share(f"{group} {share}") == cost_share(share) is not None
    assert cost_share(group) is None
