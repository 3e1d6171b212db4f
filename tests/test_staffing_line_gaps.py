"""Staffing lines (`2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)`) beside a staffing table, compared with it
(`cross.staffing_line`), and several of them in one report: the lines under a line its classes, a line of its own
another table, a line restating one none."""

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_staffing_line_variants import findings, report

TABLE = "구 분\t계\t5급\t6급\n정 원\t40\t1\t39\n현 원\t37\t1\t36\n\n"


def counts(r) -> list[tuple[int, str, str, str, int]]:
    return [(c.table_no, c.status, c.job_class, c.grade, c.headcount) for c in r.staffing]


TABLE_COUNTS = [(1, "정원", "계", "계", 40), (1, "정원", "계", "5급", 1), (1, "정원", "계", "6급", 39),
                (1, "현원", "계", "계", 37), (1, "현원", "계", "5급", 1), (1, "현원", "계", "6급", 36)]


def test_a_line_beside_the_table_that_disagrees_with_its_total_is_a_warning():
    """Before, the line beside a table was dropped unread: its 정원 39 against the table's 40 went unnoticed."""
    r = report(f"2. 인 력 : 정원 39명 / 현원 37명\n\n{TABLE}")
    assert counts(r) == TABLE_COUNTS  # the table is the staffing; the line adds no head count
    assert findings(r) == [("cross.staffing_line", "warning", "인력", "정원", "계", "39", "40")]
    [finding] = run_checks(r)
    assert finding.source.line == 16  # the table's 정원 계, as cross.project_budget points at the table
    assert "line 13" in finding.message


def test_a_line_that_agrees_with_the_table_gives_nothing():
    r = report(f"2. 인 력 : 정원 40명 / 현원 37명 (과부족 △3명)\n\n{TABLE}")
    assert counts(r) == TABLE_COUNTS
    assert findings(r) == []


def test_each_layout_of_the_line_is_compared():
    for line in ("□ 인력현황 : 정원 39명, 현원 36명\n\n", "2. 인 력\n\n  ○ 정 원 39명 / 현 원 36명\n\n",
                 "2. 인력 현황\n\n  - 공무원 : 정원 39명, 현원 36명\n\n"):
        assert findings(report(line + TABLE)) == [
            ("cross.staffing_line", "warning", "인력", "정원", "계", "39", "40"),
            ("cross.staffing_line", "warning", "인력", "현원", "계", "36", "37")], line


def test_the_lines_shortfall_beside_a_table_is_checked():
    """Before, a line's wrong 과부족 was checked only where no table was printed."""
    r = report(f"2. 인 력 : 정원 40명 / 현원 37명 (과부족 △2명)\n\n{TABLE}")
    assert findings(r) == [("shortfall", "error", "인력 본문", "과부족", "계", "-3", "-2")]


def test_a_line_counting_the_staff_of_every_table_agrees_with_them_together():
    """`2. 인 력 : 정원 46명` over `□ 공무원` (40) and `□ 공무직 등` (6): the line counts both tables' staff."""
    tables = (f"2. 인 력 : 정원 46명 / 현원 43명\n\n□ 공무원\n\n{TABLE}□ 공무직 등\n\n"
              "구 분\t정 원\t현 원\n계\t6\t6\n환경공무관\t6\t6\n\n")
    assert findings(report(tables)) == []
    assert findings(report(tables.replace("46명", "47명"))) == [
        ("cross.staffing_line", "warning", "인력 (표 1)", "정원", "계", "47", "40")]


LINES = ("2. 인 력 : 정원 45명 / 현원 43명 (과부족 △2명)\n\n  ○ 공무원 : 정원 39명 / 현원 37명\n\n"
         "  ○ 공무직 : 정원 6명 / 현원 6명\n\n    - 환경공무관 : 정원 6명 / 현원 6명\n\n")


def test_the_lines_under_a_line_are_its_classes(tmp_path):
    """Before, only the first line was read: the 공무원 and 공무직 lines under it were lost. Each is a class of the
    first line's table (a line under one of them, a part of its part, is not read), so the department's head count
    is the first line's, once."""
    r = report(LINES)
    assert counts(r) == [(1, "정원", "계", "계", 45), (1, "현원", "계", "계", 43), (1, "과부족", "계", "계", -2),
                         (1, "정원", "공무원", "계", 39), (1, "현원", "공무원", "계", 37),
                         (1, "정원", "공무직", "계", 6), (1, "현원", "공무직", "계", 6)]
    assert findings(r) == []
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", [])
    assert db.execute("SELECT table_no, status, headcount FROM staffing_totals ORDER BY status").fetchall() == [
        (1, "과부족", -2), (1, "정원", 45), (1, "현원", 43)]


def test_classes_that_do_not_add_up_to_the_line_above_them_are_an_error():
    r = report(LINES.replace("공무직 : 정원 6명", "공무직 : 정원 7명"))
    assert findings(r) == [("sum.staffing", "error", "인력", "정원", "계", "46", "45")]


def test_lines_of_their_own_are_tables_of_their_own():
    """Two lines side by side, each naming its staff, are two tables, as `□ 공무원` and `□ 공무직 등` tables are:
    table 1 is the 공무원's, as the README's trend query reads it."""
    r = report("2. 인력 현황\n\n  ○ 공무원 : 정원 39명, 현원 37명\n\n  ○ 공무직 : 정원 6명, 현원 5명\n\n")
    assert counts(r) == [(1, "정원", "계", "계", 39), (1, "현원", "계", "계", 37),
                         (2, "정원", "공무직", "계", 6), (2, "현원", "공무직", "계", 5)]
    assert findings(r) == []


def test_a_line_restating_an_earlier_one_is_no_second_table():
    r = report("○ 인력 : 정원 39명, 현원 37명\n\n2. 인 력 : 정원 39명 / 현원 37명\n\n")
    assert counts(r) == [(1, "정원", "계", "계", 39), (1, "현원", "계", "계", 37)]


def test_several_lines_beside_tables_are_compared_table_by_table():
    """The lines' table 1 against the printed table 1; a line table the report prints no table for (공무직 here)
    is compared with none."""
    r = report("2. 인력 현황\n\n  ○ 공무원 : 정원 39명, 현원 37명\n\n  ○ 공무직 : 정원 6명, 현원 5명\n\n" + TABLE)
    assert counts(r) == TABLE_COUNTS
    assert findings(r) == [("cross.staffing_line", "warning", "인력", "정원", "계", "39", "40")]


def test_a_line_printing_each_count_before_its_status():
    """`ㅇ 총 39명(정원) / 37명(현원)`: before, only a status before its count (`정원 39명`) was read."""
    line = "2. 인 력\n\n  ㅇ 총 39명(정원) / 37명(현원)\n\n"
    assert counts(report(line)) == [(1, "정원", "계", "계", 39), (1, "현원", "계", "계", 37)]
    assert findings(report(line + TABLE)) == [("cross.staffing_line", "warning", "인력", "정원", "계", "39", "40")]
    assert counts(report("2. 위원회 현황\n\n  ㅇ 주민자치위원회 25명(정원) / 22명(현원)\n\n")) == []


def test_a_line_under_a_line_restating_its_total_or_a_committee_is_no_class():
    r = report("2. 인 력 : 정원 39명 / 현원 37명\n\n  ○ 총 39명(정원) / 37명(현원)\n\n"
               "  ○ 인사위원회 : 정원 7명, 현원 7명\n\n  ○ 공무원 : 정원 39명, 현원 37명\n\n")
    assert counts(r) == [(1, "정원", "계", "계", 39), (1, "현원", "계", "계", 37),
                         (1, "정원", "공무원", "계", 39), (1, "현원", "공무원", "계", 37)]


def test_the_lines_under_a_restating_line_are_the_earlier_ones_classes():
    r = report("○ 인력 : 정원 45명, 현원 43명\n\n2. 인 력 : 정원 45명 / 현원 43명\n\n"
               "  ○ 공무원 : 정원 39명 / 현원 37명\n\n  ○ 공무직 : 정원 6명 / 현원 6명\n\n")
    assert counts(r) == [(1, "정원", "계", "계", 45), (1, "현원", "계", "계", 43),
                         (1, "정원", "공무원", "계", 39), (1, "현원", "공무원", "계", 37),
                         (1, "정원", "공무직", "계", 6), (1, "현원", "공무직", "계", 6)]


CLASSES_TABLE = ("구 분\t계\t일반직\t공무직\n정 원\t46\t40\t6\n현 원\t43\t38\t5\n\n")


def test_a_line_counting_a_class_beside_a_table_of_other_classes_is_compared_with_none():
    """`○ 공무직 : …` and `○ 기간제 : …` count staff the 공무원's table does not: before, each was compared with
    the table's 계 (a false warning, 6 against 40)."""
    r = report(f"2. 인 력\n\n{TABLE}○ 공무직 : 정원 6명, 현원 6명\n○ 기간제 : 정원 2명, 현원 1명\n\n")
    assert counts(r) == TABLE_COUNTS
    assert findings(r) == []


def test_a_line_counting_a_class_is_compared_with_that_class_where_the_table_counts_it():
    r = report(f"2. 인 력\n\n{CLASSES_TABLE}○ 공무직 : 정원 6명, 현원 4명\n\n")
    assert findings(r) == [("cross.staffing_line", "warning", "인력", "현원", "공무직", "4", "5")]


def test_a_line_counting_a_class_where_no_table_is_printed_is_that_class():
    """Before, its counts were the 계 of no class."""
    r = report("2. 인 력\n\n○ 공무직 : 정원 6명, 현원 5명\n\n")
    assert counts(r) == [(1, "정원", "공무직", "계", 6), (1, "현원", "공무직", "계", 5)]
