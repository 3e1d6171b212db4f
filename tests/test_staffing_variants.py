"""Staffing tables as departments print them beyond the common layouts: a note on the first row, statuses as
rows under each class, two tables, a header over three lines, statuses spanning grades."""

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 청 소 과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + PART + body).encode()))


def counts(r, status: str = "정원") -> list[tuple[str, str, int]]:
    return [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == status]


def findings(r) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


FIRST_ROW_NOTE = ("구 분\t직 급\t정 원\t현 원\t과부족\t비 고\n일반직\t6급\t4\t3\t△1\t육아휴직 1\n\t7급\t7\t7\t-\t\n"
                  "공무직\t\t4\t4\t-\t\n")


def test_a_first_row_with_a_note_is_a_row_of_counts_not_a_header():
    r = report(FIRST_ROW_NOTE)
    assert counts(r) == [("일반직", "6급", 4), ("일반직", "7급", 7), ("공무직", "계", 4)]
    assert counts(r, "과부족") == [("일반직", "6급", -1), ("일반직", "7급", 0), ("공무직", "계", 0)]
    assert r.tables[0].rows[1][-1] == "육아휴직 1" and r.tables[0].records_in == "staffing"
    assert findings(r) == []
    with_total = report(FIRST_ROW_NOTE + "계\t\t15\t14\t△1\t\n")
    assert counts(with_total)[-1] == ("계", "계", 15) and findings(with_total) == []
    planted = report(FIRST_ROW_NOTE + "계\t\t16\t14\t△1\t\n")
    assert findings(planted) == [("sum.staffing", "인력", "정원", "계", "15", "16")]


STATUS_ROWS_UNDER_CLASSES = ("구 분\t\t계\t6급\t7급\t8급\n"
                             "계\t정 원\t10\t3\t4\t3\n\t현 원\t9\t3\t3\t3\n\t과부족\t△1\t-\t△1\t-\n"
                             "일반직\t정 원\t8\t3\t3\t2\n\t현 원\t7\t3\t2\t2\n\t과부족\t△1\t-\t△1\t-\n"
                             "관리운영직\t정 원\t2\t-\t1\t1\n\t현 원\t2\t-\t1\t1\n\t과부족\t-\t-\t-\t-\n")
# as a PDF prints a merged cell: each class's label centred on its three rows
STATUS_ROWS_UNDER_CENTRED_CLASSES = ("구 분\t\t계\t6급\t7급\t8급\n"
                                     "\t정 원\t10\t3\t4\t3\n계\t현 원\t9\t3\t3\t3\n\t과부족\t△1\t-\t△1\t-\n"
                                     "\t정 원\t8\t3\t3\t2\n일반직\t현 원\t7\t3\t2\t2\n\t과부족\t△1\t-\t△1\t-\n"
                                     "\t정 원\t2\t-\t1\t1\n관리운영직\t현 원\t2\t-\t1\t1\n\t과부족\t-\t-\t-\t-\n")


def test_statuses_printed_as_rows_under_each_class():
    for table in (STATUS_ROWS_UNDER_CLASSES, STATUS_ROWS_UNDER_CENTRED_CLASSES):
        r = report(table)
        assert counts(r) == [("계", "계", 10), ("계", "6급", 3), ("계", "7급", 4), ("계", "8급", 3),
                             ("일반직", "계", 8), ("일반직", "6급", 3), ("일반직", "7급", 3), ("일반직", "8급", 2),
                             ("관리운영직", "계", 2), ("관리운영직", "6급", 0), ("관리운영직", "7급", 1),
                             ("관리운영직", "8급", 1)]
        assert len(r.staffing) == 36 and r.tables == [] and findings(r) == []
        assert [c.source.line for c in r.staffing if c.job_class == "일반직" and c.grade == "계"] == [17, 18, 19]
    planted = report(STATUS_ROWS_UNDER_CLASSES.replace("일반직\t정 원\t8\t3\t3\t2", "일반직\t정 원\t8\t3\t3\t3"))
    assert findings(planted) == [("sum.staffing", "인력", "정원", "일반직 8급", "2", "3")]  # before, three


TWO_TABLES = ("□ 공무원\n\n(단위: 명)\n\n구 분\t계\t5급\t6급\t7급\n정 원\t12\t1\t4\t7\n현 원\t11\t1\t5\t5\n"
              "과부족\t△1\t-\t1\t△2\n\n□ 공무직 등\n\n(단위: 명)\n\n구 분\t계\t공무직\t청원경찰\n정 원\t6\t5\t1\n"
              "현 원\t6\t5\t1\n과부족\t-\t-\t-\n")


def test_two_staffing_tables_each_add_up_on_their_own(tmp_path):
    r = report(TWO_TABLES)
    assert [(c.table_no, c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "정원"] == [
        (1, "계", "계", 12), (1, "계", "5급", 1), (1, "계", "6급", 4), (1, "계", "7급", 7),
        (2, "계", "계", 6), (2, "공무직", "계", 5), (2, "청원경찰", "계", 1)]
    assert findings(r) == []
    planted = report(TWO_TABLES.replace("정 원\t12\t1", "정 원\t13\t1"))
    assert findings(planted) == [("sum.staffing", "인력 (표 1)", "정원", "계", "12", "13")]
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", [])
    assert db.execute("SELECT table_no, headcount FROM staffing WHERE status = '정원' AND job_class = '계' "
                      "AND grade = '계' ORDER BY id").fetchall() == [(1, 12), (2, 6)]


# as `pdftotext -layout` prints merged header cells: the classes centred over their grades on the first line,
# 구 분, 계, 공무직 and 비 고 centred on the second
LAYOUT_HEADER = {
    2: ("   구  분      계                일  반  직                 관리운영직      공무직     비  고\n",),
    3: ("                                 일  반  직                 관리운영직\n",
        "   구  분      계                                                           공무직     비  고\n"),
}
LAYOUT_BODY = ("                      5급     6급   7급     8급   9급       7급   8급\n"
               "   정  원      30       1     6       9     5       3       1       1         4\n"
               "   현  원      29       1     8       8     4       1       1       2         4        휴직 2\n"
               "   과부족      △1       -     2      △1     △1     △2       -       1         -\n")


def test_a_header_over_three_lines_with_classes_centred_over_their_grades():
    two, three = (report("(단위: 명)\n" + "".join(LAYOUT_HEADER[n]) + LAYOUT_BODY) for n in (2, 3))
    assert counts(three) == counts(two) == [
        ("계", "계", 30), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 9), ("일반직", "8급", 5),
        ("일반직", "9급", 3), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1), ("공무직", "계", 4)]
    assert len(three.staffing) == 27 and findings(three) == []
    planted = report("(단위: 명)\n" + "".join(LAYOUT_HEADER[3]) + LAYOUT_BODY.replace("30", "31"))
    assert findings(planted) == [("sum.staffing", "인력", "정원", "계", "30", "31")]


def test_grade_labels_centred_over_the_statuses_they_span():
    # a PDF's header over three lines: each grade centred over its 정원 | 현원 | 과부족, 구 분 below them
    r = report("\t\t계\t\t\t6급\t\n구 분\t\t\t\t\t\t\n\t정원\t현원\t과부족\t정원\t현원\t과부족\n"
               "계\t12\t11\t△1\t4\t5\t1\n일반직\t10\t9\t△1\t3\t4\t1\n연구직\t2\t2\t-\t1\t1\t-\n")
    assert counts(r) == [("계", "계", 12), ("계", "6급", 4), ("일반직", "계", 10), ("일반직", "6급", 3),
                         ("연구직", "계", 2), ("연구직", "6급", 1)]


def test_statuses_spanning_the_grades_printed_below_them():
    r = report("구 분\t정 원\t\t\t현 원\t\t\t과부족\t\t\n\t계\t6급\t7급\t계\t6급\t7급\t계\t6급\t7급\n"
               "계\t12\t5\t7\t11\t5\t6\t△1\t-\t△1\n일반직\t10\t4\t6\t9\t4\t5\t△1\t-\t△1\n"
               "연구직\t2\t1\t1\t2\t1\t1\t-\t-\t-\n")
    assert counts(r, "현원") == [("계", "계", 11), ("계", "6급", 5), ("계", "7급", 6), ("일반직", "계", 9),
                                 ("일반직", "6급", 4), ("일반직", "7급", 5), ("연구직", "계", 2),
                                 ("연구직", "6급", 1), ("연구직", "7급", 1)]
    assert len(r.staffing) == 27 and r.tables == [] and findings(r) == []


def test_statuses_over_classes_with_a_class_row_below_the_grades():
    """`정 원` over `계 | 일반직 | 공무직`, grades as rows and a `공무직` row: the class's count is printed on its row
    and in the 계 row's column (kept once), and its column's `-` beside 일반직's grades is no grade of its own."""
    r = report("구 분\t정 원\t\t\t현 원\t\t\n\t계\t일반직\t공무직\t계\t일반직\t공무직\n"
               "계\t12\t10\t2\t11\t9\t2\n5급\t1\t1\t-\t1\t1\t-\n6급\t5\t5\t-\t5\t5\t-\n7급\t4\t4\t-\t3\t3\t-\n"
               "공무직\t2\t-\t2\t2\t-\t2\n")
    assert [c for c in counts(r) if c[0] == "공무직"] == [
        ("공무직", "계", 2), ("공무직", "5급", 0), ("공무직", "6급", 0), ("공무직", "7급", 0)]
    assert findings(r) == []
    r = report("구 분\t정 원\t\t\t현 원\t\t\n\t계\t일반직\t공무직\t계\t일반직\t공무직\n"
               "계\t12\t10\t2\t11\t9\t2\n5급\t1\t1\t-\t1\t1\t-\n6급\t5\t5\t-\t5\t5\t-\n7급\t4\t4\t1\t3\t3\t-\n"
               "공무직\t2\t-\t2\t2\t-\t2\n")  # a grade of its own that does not add up is still flagged
    assert findings(r) == [("sum.staffing", "인력", "정원", "공무직 7급", "0", "1")]
