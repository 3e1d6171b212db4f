"""Staffing rows marked as parts of an office in a table of staff by team (`총무팀` over `- 행정`, `- 전산`): that
office's counts of each series (`office` 총무팀, `series` 행정, each column's class), its row their sum
(sum.staffing), no office of their own in the 계 row's sum. Before, the table was a grid (`-행정` is no office)."""

import pytest

from tests.layouts import read_laid_out
from tests.test_staffing_class_parts import findings, report

TABLE = ("팀 별\t계\t일반직\t공무직\n계\t10\t8\t2\n총무팀\t6\t5\t1\n- 행정\t4\t4\t0\n- 전산\t2\t1\t1\n"
         "인사팀\t4\t3\t1\n")


def counts(r) -> list[tuple[str, str, str, int]]:
    return sorted((c.office or "", c.job_class, c.series or "", c.headcount) for c in r.staffing if c.grade == "계")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid",
                                    "pdf none"])
@pytest.mark.parametrize("mark", ["- ", "ㆍ", "└ "])
def test_series_marked_under_a_team_are_its_series(mark, layout, tmp_path):
    r = read_laid_out(report(TABLE.replace("- ", mark)), layout, tmp_path)
    assert counts(r) == [("", "계", "", 10), ("", "공무직", "", 2), ("", "일반직", "", 8), ("인사팀", "계", "", 4),
                         ("인사팀", "공무직", "", 1), ("인사팀", "일반직", "", 3), ("총무팀", "계", "", 6),
                         ("총무팀", "계", "전산", 2), ("총무팀", "계", "행정", 4), ("총무팀", "공무직", "", 1),
                         ("총무팀", "공무직", "전산", 1), ("총무팀", "공무직", "행정", 0), ("총무팀", "일반직", "", 5),
                         ("총무팀", "일반직", "전산", 1), ("총무팀", "일반직", "행정", 4)]
    assert r.tables == []
    assert [rule for rule, *_ in findings(r)] == ["staffing.status_assumed"]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("row", "column", "expected", "actual"), [
    ("- 전산\t2\t2\t1", "총무팀 일반직 계", "6", "5"),  # its 일반직 printed 2 for 1
    ("- 행정\t5\t4\t0", "총무팀 계", "7", "6"),  # its 계 printed 5 for 4
])
def test_a_wrong_series_figure_of_a_team_counting_one_status_is_found_once(row, column, expected, actual, layout,
                                                                           tmp_path):
    """A team's series break its row down, every class a column: its 계 adding up (two series not 0) makes them
    sure, and the one cell they miss is found on the team (before, each class's one cell was asked alone, and no
    one cell is a sure breakdown: unfound)."""
    printed = {"- 전산": "- 전산\t2\t1\t1", "- 행정": "- 행정\t4\t4\t0"}[row[:4]]
    r = read_laid_out(report(TABLE.replace(printed, row)), layout, tmp_path)
    assert findings(r) == [("staffing.status_assumed", "현원", None, None, None),
                           ("sum.staffing", "현원", column, expected, actual)]


def test_a_marked_row_naming_no_series_keeps_the_table_a_grid(tmp_path):
    r = read_laid_out(report(TABLE.replace("- 전산", "- 주차관리")), "tab", tmp_path)
    assert r.staffing == []
