"""Staffing lines that count other staff than the table beside them: a line whose classes (`○ 공무직 : …`) no
table counts, a line beside a table that counts the class another line names, and lines at one level that add up
to the line above them."""

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_staffing_line_gaps import counts, findings, report

GONGMUWON = "□ 공무원\n\n구 분\t계\t5급\t6급\n정 원\t39\t1\t38\n현 원\t37\t1\t36\n\n"
GONGMUWON_COUNTS = [(1, "정원", "계", "계", 39), (1, "정원", "계", "5급", 1), (1, "정원", "계", "6급", 38),
                    (1, "현원", "계", "계", 37), (1, "현원", "계", "5급", 1), (1, "현원", "계", "6급", 36)]
NESTED = ("2. 인 력 : 정원 45명 / 현원 43명\n\n  ○ 공무원 : 정원 39명 / 현원 37명\n\n"
          "  ○ 공무직 : 정원 6명 / 현원 6명\n\n")


def totals(r, path) -> list[tuple[int, str, int]]:
    db = connect(path)
    load_report(db, r, "sha-1", [])
    return db.execute("SELECT table_no, status, headcount FROM staffing_totals ORDER BY table_no, status").fetchall()


def test_a_line_whose_classes_no_table_counts_is_not_compared_with_the_table(tmp_path):
    """`2. 인 력 : 정원 45명` counts the 공무직 its nested line names too, which the `□ 공무원` table (39) does not:
    before, a false warning (45 against 39, 43 against 37)."""
    for n, marks in enumerate((NESTED, NESTED.replace("○", "-"))):
        r = report(marks + GONGMUWON)
        assert counts(r) == GONGMUWON_COUNTS, marks
        assert findings(r) == [], marks
        assert totals(r, tmp_path / f"{n}.db") == [(1, "정원", 39), (1, "현원", 37)]


def test_such_a_line_whose_classes_do_not_add_up_is_still_an_error():
    r = report(NESTED.replace("공무직 : 정원 6명", "공무직 : 정원 7명") + GONGMUWON)
    assert findings(r) == [("sum.staffing", "error", "인력 본문", "정원", "계", "46", "45")]


CLASSES = ("구 분\t계\t일반직\t별정직\t공무직\n정 원\t45\t36\t3\t6\n현 원\t43\t34\t3\t6\n"
           "과부족\t△2\t△2\t-\t-\n\n")
BESIDE = "2. 인 력 (2025. 5. 31. 기준)\n\n  ○ 공무원 : 정원 39명 / 현원 37명\n\n  ○ 공무직 : 정원 6명 / 현원 6명\n\n"


def test_a_line_beside_one_naming_a_class_counts_the_tables_staff_but_that_class():
    """The 공무원 line beside the 공무직 line counts the table's 계 but its 공무직 (45 − 6): before, it was
    compared with the whole 계 (a false warning, 39 against 45)."""
    r = report(BESIDE + CLASSES)
    assert findings(r) == []


def test_such_a_line_that_disagrees_with_the_rest_of_the_table_is_a_warning():
    r = report(BESIDE.replace("현원 37명", "현원 36명") + CLASSES)
    assert findings(r) == [("cross.staffing_line", "warning", "인력", "현원", "계", "36", "37")]
    [finding] = run_checks(r)
    assert "공무직 빼고" in finding.message


SIBLINGS = ("2. 인력 현황\n○ 인 력 : 정원 45명 / 현원 43명\n○ 공무원 : 정원 39명 / 현원 37명\n"
            "○ 공무직 : 정원 6명 / 현원 6명\n\n")
AS_CLASSES = [(1, "정원", "계", "계", 45), (1, "현원", "계", "계", 43),
              (1, "정원", "공무원", "계", 39), (1, "현원", "공무원", "계", 37),
              (1, "정원", "공무직", "계", 6), (1, "현원", "공무직", "계", 6)]


def test_lines_beside_a_line_that_add_up_to_it_are_its_classes(tmp_path):
    """Printed at the level of the 인력 line (flat bullets), the 공무원 and 공무직 lines add up to it: they are its
    classes, as nested ones are. Before, three tables: every head counted twice (staffing_totals 90)."""
    r = report(SIBLINGS)
    assert counts(r) == AS_CLASSES
    assert findings(r) == []
    assert totals(r, tmp_path / "r.db") == [(1, "정원", 45), (1, "현원", 43)]


def test_such_lines_beside_a_table_give_nothing():
    r = report(SIBLINGS + GONGMUWON)
    assert counts(r) == GONGMUWON_COUNTS
    assert findings(r) == []


def test_a_line_of_the_whole_beside_a_class_line_may_count_that_class_too():
    """`○ 인 력 : 정원 45명` beside `○ 공무직 : 정원 5명` (not adding up to it: two tables) counts the table's whole
    계, 공무직 included: no warning for the 계 less the 공무직 (39 against 45)."""
    r = report("2. 인력 현황\n○ 인 력 : 정원 45명 / 현원 43명\n○ 공무직 : 정원 5명 / 현원 5명\n\n" + CLASSES
               + "□ 기간제근로자\n\n구 분\t정 원\t현 원\n계\t2\t2\n\n")
    assert findings(r) == [("cross.staffing_line", "warning", "인력 (표 1)", "정원", "공무직", "5", "6"),
                           ("cross.staffing_line", "warning", "인력 (표 1)", "현원", "공무직", "5", "6")]


def test_lines_of_classes_beside_a_line_that_add_up_to_it_are_its_classes():
    """Before, a line of a class (`○ 별정직 : …`) was read as restating the line of a class above it (neither
    states a 계), and dropped: the 별정직 were lost."""
    r = report("2. 인력 현황\n○ 인 력 : 정원 40명 / 현원 37명\n○ 일반직 : 정원 37명 / 현원 34명\n"
               "○ 별정직 : 정원 3명 / 현원 3명\n\n")
    assert counts(r) == [(1, "정원", "계", "계", 40), (1, "현원", "계", "계", 37),
                         (1, "정원", "일반직", "계", 37), (1, "현원", "일반직", "계", 34),
                         (1, "정원", "별정직", "계", 3), (1, "현원", "별정직", "계", 3)]
    assert findings(r) == []
    r = report("2. 인력 현황\n○ 공무직 : 정원 6명 / 현원 5명\n○ 기간제 : 정원 2명 / 현원 1명\n\n")
    assert counts(r) == [(1, "정원", "공무직", "계", 6), (1, "현원", "공무직", "계", 5),
                         (2, "정원", "기간제", "계", 2), (2, "현원", "기간제", "계", 1)]
