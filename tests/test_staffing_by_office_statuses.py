"""Staffing by team (or a 국's by 과) that prints its statuses across the top: `팀 별 | 정 원 | | 현 원 |` over
`| 일반직 | 공무직 | 일반직 | 공무직`, or `구 분 | 정원 | 현원 | 과부족` over team rows (`총무팀 | 5 | 5 | -`), or a
국's `과 | 팀` two label columns. Each team's count is its office's (`office`, its 과's `division`), the classes the
columns', the 계 row the table's own; checked as other tables by office: the 계 row the offices' sum, 과부족 = 현원 −
정원 on each row. Before, the teams were read as classes: a team's class under a column's class was dropped, and a
국's teams were its 과's grades."""

import pytest

from tests.layouts import read_laid_out
from tests.test_staffing_by_office import COVER, PART, findings, records

LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def read_in(text: str, layout: str, where):
    """The report of the 인력 section printing `text`, laid out in a folder of its own."""
    where.mkdir()
    return read_laid_out(COVER + PART + text, layout, where)

BY_CLASS = ("팀 별\t정 원\t\t현 원\t\n\t일반직\t공무직\t일반직\t공무직\n"
            "계\t11\t3\t10\t3\n총무팀\t5\t1\t5\t1\n인사팀\t6\t2\t5\t2\n")
BY_CLASS_RECORDS = sorted(
    (status, office, job_class, "계", count)
    for office, counts in {"": (11, 3, 10, 3), "총무팀": (5, 1, 5, 1), "인사팀": (6, 2, 5, 2)}.items()
    for (status, job_class), count in zip((("정원", "일반직"), ("정원", "공무직"), ("현원", "일반직"),
                                           ("현원", "공무직")), counts, strict=True))

TOTALS = "구 분\t정원\t현원\t과부족\n계\t11\t10\t△1\n총무팀\t5\t5\t-\n인사팀\t6\t5\t△1\n"
TOTALS_RECORDS = sorted((status, office, "계", "계", count)
                        for office, counts in {"": (11, 10, -1), "총무팀": (5, 5, 0), "인사팀": (6, 5, -1)}.items()
                        for status, count in zip(("정원", "현원", "과부족"), counts, strict=True))

DIVISIONS = ("과\t팀\t정원\t현원\t과부족\n계\t\t11\t10\t△1\n총무과\t소 계\t11\t10\t△1\n"
             "\t총무팀\t5\t5\t-\n\t인사팀\t6\t5\t△1\n")
DIVISIONS_RECORDS = sorted((status, office, "계", "계", count)
                           for office, counts in {"": (11, 10, -1), "총무과": (11, 10, -1), "총무과 총무팀": (5, 5, 0),
                                                  "총무과 인사팀": (6, 5, -1)}.items()
                           for status, count in zip(("정원", "현원", "과부족"), counts, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("text", "expected"), [(BY_CLASS, BY_CLASS_RECORDS), (TOTALS, TOTALS_RECORDS),
                                                (DIVISIONS, DIVISIONS_RECORDS)],
                         ids=["classes-under-statuses", "totals", "divisions-and-teams"])
def test_teams_with_statuses_across_are_offices(text, expected, layout, tmp_path):
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert records(r) == expected
    assert r.tables == [] and findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_row_of_teams_by_class_is_found_once(layout, tmp_path):
    """The 계 row's 정원 일반직 printed 12: the teams' make 11."""
    r = read_laid_out(COVER + PART + BY_CLASS.replace("계\t11\t3", "계\t12\t3"), layout, tmp_path)
    assert ("정원", "", "일반직", "계", 12) in records(r)
    assert findings(r) == [("sum.staffing", "error", "정원", "계 일반직", "11", "12")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_shortfall_of_a_team_is_found_by_its_row_alone(layout, tmp_path):
    """인사팀's 과부족 printed △2: its 현원 5 − 정원 6 is −1; the 계 row's △1, right by its 현원 − 정원, is not then
    found as no sum of the teams' (−2), as it was before."""
    r = read_laid_out(COVER + PART + TOTALS.replace("인사팀\t6\t5\t△1", "인사팀\t6\t5\t△2"), layout, tmp_path)
    assert ("과부족", "인사팀", "계", "계", -2) in records(r)
    assert findings(r) == [("shortfall", "error", "과부족", "인사팀 계", "-1", "-2")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_subtotal_of_a_division_is_found_against_its_teams_and_the_total(layout, tmp_path):
    """총무과's 소 계 정원 printed 12: its teams make 11, the 계 row's 11 is not 12; its 과부족 △1, 10 − 11, is no
    finding (before, expected 10 − 12); nor is the 계 row, which its teams' 11 makes right (before, as no sum of the
    printed 소 계)."""
    r = read_laid_out(COVER + PART + DIVISIONS.replace("총무과\t소 계\t11", "총무과\t소 계\t12"), layout, tmp_path)
    assert ("정원", "총무과", "계", "계", 12) in records(r)
    assert findings(r) == [("sum.staffing", "error", "정원", "총무과 계", "11", "12")]  # not also the 계 row


WITH_TOTALS = ("팀 별\t정 원\t\t\t현 원\t\t\n\t계\t일반직\t공무직\t계\t일반직\t공무직\n"
               "계\t14\t11\t3\t13\t10\t3\n민원ㆍ여권팀\t6\t5\t1\t6\t5\t1\n감사담당관\t8\t6\t2\t7\t5\t2\n")


@pytest.mark.parametrize("layout", [*LAYOUTS, "pdf none"])
def test_a_total_column_under_each_status_is_each_offices_total(layout, tmp_path):
    """Before, the teams were classes beside the columns' classes: `정원 계` 28 against 14 was a false error."""
    r = read_laid_out(COVER + PART + WITH_TOTALS, layout, tmp_path)
    assert records(r) == sorted(
        (status, office, job_class, "계", count)
        for office, counts in {"": (14, 11, 3, 13, 10, 3), "민원·여권팀": (6, 5, 1, 6, 5, 1),
                               "감사담당관": (8, 6, 2, 7, 5, 2)}.items()
        for (status, job_class), count in zip([(s, c) for s in ("정원", "현원") for c in ("계", "일반직", "공무직")],
                                              counts, strict=True))
    assert findings(r) == []
    wrong = WITH_TOTALS.replace("감사담당관\t8", "감사담당관\t9")
    # found once: the 계 row's 계 is its classes' sum (14), the offices' 계s are checked through their classes
    assert findings(read_in(wrong, layout, tmp_path / "wrong")) == [
        ("sum.staffing", "error", "정원", "감사담당관 계", "8", "9")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf none"])
def test_grades_under_statuses_are_each_offices_grades(layout, tmp_path):
    text = "팀 별\t정 원\t\t현 원\t\n\t5급\t6급\t5급\t6급\n계\t2\t9\t2\t8\n총무팀\t1\t4\t1\t4\n인사팀\t1\t5\t1\t4\n"
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert ("정원", "인사팀", "계", "6급", 5) in records(r) and ("현원", "", "계", "6급", 8) in records(r)
    assert len(records(r)) == 12 and findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf none"])
def test_teams_with_no_total_row_and_rows_of_classes_or_dongs(layout, tmp_path):
    """Teams printing no 계 row are offices still; rows of classes stay classes, and rows of 동s a grid."""
    teams = "구 분\t정원\t현원\t과부족\n총무팀\t5\t5\t-\n인사팀\t6\t5\t▲1\n"
    assert records(read_in(teams, layout, tmp_path / "teams")) == sorted(
        (status, office, "계", "계", count) for office, counts in {"총무팀": (5, 5, 0), "인사팀": (6, 5, -1)}.items()
        for status, count in zip(("정원", "현원", "과부족"), counts, strict=True))
    classes = read_in(teams.replace("총무팀", "일반직").replace("인사팀", "공무직"), layout, tmp_path / "classes")
    assert ("정원", "", "공무직", "계", 6) in records(classes) and all(c.office is None for c in classes.staffing)
    dongs = read_in(teams.replace("총무팀", "신길1동").replace("인사팀", "신길3동"), layout, tmp_path / "dongs")
    assert dongs.staffing == [] and len(dongs.tables) == 1


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_teams_with_no_total_row_are_checked_against_a_stated_line(layout, tmp_path):
    """The offices' sum is the table's head count (`checks.staffing.headcount`), checked against the staff a line
    states: before, counting it asked each office's count of itself again and again (RecursionError)."""
    teams = "구 분\t정원\t현원\t과부족\n총무팀\t5\t5\t-\n인사팀\t6\t5\t△1\n"
    assert findings(read_in("○ 인력 : 정원 11명, 현원 10명\n\n" + teams, layout, tmp_path / "right")) == []
    wrong = findings(read_in("○ 인력 : 정원 12명, 현원 10명\n\n" + teams, layout, tmp_path / "wrong"))
    assert wrong == [("cross.staffing_line", "warning", "정원", "계", "12", "11")]
