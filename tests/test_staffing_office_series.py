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


# a header of three rows: 일반직 over its 직군, `행 정` and `기 술`, over their grades
GROUPS = ("팀 별\t계\t일 반 직\t\t\t\t\t공무직\n\t\t행 정\t\t기 술\t\t\t\n\t\t6급\t7급\t6급\t7급\t8급\t\n"
          "계\t20\t4\t6\t3\t2\t2\t3\n총무팀\t8\t2\t3\t1\t-\t1\t1\n인사팀\t6\t1\t2\t1\t1\t-\t1\n"
          "복지팀\t6\t1\t1\t1\t1\t1\t1\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "pdf grid", "pdf horizontal"])
def test_a_technical_group_over_its_grades_is_counted_apart_from_the_administrative(layout, tmp_path):
    """`기 술` (the technical 직군, as `행 정` is the administrative) over its grades: its counts are its own. Before,
    `기술` named no series the tool knew, so its row was passed over as one naming the breakdown (`직 급`), every
    grade the 계 class's: 기술 6급 counted with 행정 6급 (`sum.staffing`: 현원 계 행정 6급 4 against 5, eight
    false errors)."""
    r = read_laid_out(report(GROUPS), layout, tmp_path)
    staff = {(c.office or "", c.job_class, c.grade): c.headcount for c in r.staffing}
    assert (staff["", "행정", "6급"], staff["", "기술", "6급"], staff["총무팀", "기술", "8급"]) == (4, 3, 1)
    assert (staff["", "계", "계"], staff["복지팀", "공무직", "계"]) == (20, 1)
    assert [rule for rule, *_ in findings(r)] == ["staffing.status_assumed"]
