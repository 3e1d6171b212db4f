"""Staffing tables the 인력 section prints under sub-headings of their own, staffing by year, and staff by 동: what
is the department's staffing now (records, `sum.staffing`, `shortfall`) and what is a grid (its 과부족 checked too)."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

PART = "# Ⅰ. 일반현황\n\n"
OFFICIALS = ("#### □ 공무원\n\n| 구 분 | 계 | 5급 | 6급 | 7급 |\n|---|---:|---:|---:|---:|\n"
             "| 정 원 | 20 | 1 | 7 | 12 |\n| 현 원 | 19 | 1 | 8 | 10 |\n\n")
STAFF = ("## 2 인 력\n\n| 구 분 | 계 | 5급 | 6급 | 7급 | 8급 | 9급 |\n|---|---:|---:|---:|---:|---:|---:|\n"
         "| 정 원 | 40 | 1 | 7 | 14 | 10 | 8 |\n| 현 원 | 39 | 1 | 8 | 13 | 9 | 8 |\n"
         "| 과부족 | △1 | - | 1 | △1 | △1 | - |\n\n")


def cover(department: str = "총무과") -> str:
    return f"제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## {department}\n\n"


def report(body: str, department: str = "총무과"):
    return extract_report(read_text("t.md", (cover(department) + PART + body).encode()))


def counts(r, table_no: int) -> list[tuple[str, str, str, int]]:
    return [(c.status, c.job_class, c.grade, c.headcount) for c in r.staffing if c.table_no == table_no]


def findings(r) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


def others(total: str = "18", pay: str = "720") -> str:
    """A 공무직 등 table of classes the tool has no word for, with figures of another kind (its pay) beside."""
    return ("#### □ 공무직 등\n\n| 구 분 | 정 원 | 현 원 | 인건비(백만원) |\n|---|---:|---:|---:|\n"
            f"| 계 | {total} | 17 | {pay} |\n| 환경공무관 | 12 | 11 | 480 |\n| 주차단속원 | 6 | 6 | 240 |\n\n")


def test_a_sub_heading_naming_staff_in_the_staffing_section_is_staffing():
    """Before, the 공무직 table's unknown classes beside its pay column were a grid: its caption `공무직 등` is no
    인력 caption, though it sits under `2. 인력 현황`."""
    r = report("## 2. 인력 현황\n\n" + OFFICIALS + others())
    assert counts(r, 1)[0] == ("정원", "계", "계", 20)
    assert counts(r, 2) == [("정원", "계", "계", 18), ("현원", "계", "계", 17),
                            ("정원", "환경공무관", "계", 12), ("현원", "환경공무관", "계", 11),
                            ("정원", "주차단속원", "계", 6), ("현원", "주차단속원", "계", 6)]
    (grid,) = r.tables  # kept beside its records for the pay column
    assert grid.records_in == "staffing" and grid.caption == "공무직 등"
    assert findings(r) == []
    assert findings(report("## 2. 인력 현황\n\n" + OFFICIALS + others("19"))) == [
        ("sum.staffing", "인력 (표 2)", "정원", "계", "18", "19")]


def test_the_sub_headings_of_the_staffing_section_in_plain_text():
    """The title a paragraph (`2. 인력 현황`), the sub-headings `□` lines, the tables tab-separated."""
    text = (cover().replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n\n2. 인력 현황\n\n□ 공무원\n\n"
            "구 분\t계\t5급\t6급\n정 원\t8\t1\t7\n현 원\t9\t1\t8\n\n□ 공무직 등\n\n"
            "구 분\t정 원\t현 원\t과부족\t인건비(백만원)\n계\t6\t5\t△1\t240\n환경공무관\t4\t4\t-\t160\n"
            "주차단속원\t2\t1\t△1\t80\n\n")
    r = extract_report(read_text("t.txt", text.encode()))
    assert counts(r, 1) == [("정원", "계", "계", 8), ("정원", "계", "5급", 1), ("정원", "계", "6급", 7),
                            ("현원", "계", "계", 9), ("현원", "계", "5급", 1), ("현원", "계", "6급", 8)]
    assert counts(r, 2)[-3:] == [("정원", "주차단속원", "계", 2), ("현원", "주차단속원", "계", 1),
                                 ("과부족", "주차단속원", "계", -1)]
    assert findings(r) == []


def test_known_classes_under_a_sub_heading_are_the_second_staffing_table():
    body = ("## 2. 인력 현황\n\n" + OFFICIALS + "#### □ 공무직 등\n\n"
            "| 구 분 | 계 | 공무직 | 기간제 | 시간선택제임기제 | 청원경찰 |\n|---|---:|---:|---:|---:|---:|\n"
            "| 정 원 | 10 | 4 | 3 | 2 | 1 |\n| 현 원 | 9 | 4 | 2 | 2 | 1 |\n| 과부족 | △1 | - | △1 | - | 1 |\n\n")
    r = report(body)
    assert {c.table_no for c in r.staffing} == {1, 2} and r.tables == []
    assert counts(r, 2)[:5] == [("정원", "계", "계", 10), ("정원", "공무직", "계", 4), ("정원", "기간제", "계", 3),
                                ("정원", "시간선택제임기제", "계", 2), ("정원", "청원경찰", "계", 1)]
    assert findings(r) == [("shortfall", "인력 (표 2)", "과부족", "청원경찰 계", "0", "1")]


def test_a_committee_or_facility_under_the_staffing_section_stays_a_grid():
    """A sub-heading there that names no staff says nothing: the committee's numbered rows and the facility's
    word still say what the table counts."""
    committee = ("#### □ 인사위원회 운영 현황\n\n| 연번 | 위원회명 | 정 원 | 현 원 |\n|---|---|---:|---:|\n"
                 "| 1 | 인사위원회 | 9 | 9 |\n| 2 | 공적심사위원회 | 15 | 13 |\n\n")
    facility = ("#### □ 직장어린이집 현황\n\n| 구 분 | 정 원 | 현 원 |\n|---|---:|---:|\n"
                "| 계 | 50 | 45 |\n| 구청 직장어린이집 | 50 | 45 |\n\n")
    r = report("## 2. 인력 현황\n\n" + OFFICIALS + committee + facility)
    assert {c.table_no for c in r.staffing} == {1}
    assert [(t.caption, t.records_in, t.rows[1]) for t in r.tables] == [
        ("인사위원회 운영 현황", None, ["1", "인사위원회", "9", "9"]),
        ("직장어린이집 현황", None, ["계", "50", "45"])]


YEARS_ACROSS = ("#### □ 연도별 인력 변동\n\n| 구 분 | 2023 | 2024 | 2025 |\n|---|---:|---:|---:|\n"
                "| 정 원 | 38 | 40 | 40 |\n| 현 원 | 36 | 41 | 39 |\n| 과부족 | △2 | {} | △1 |\n\n")
YEARS_DOWN = ("#### □ 연도별 인력 변동\n\n| 구 분 | 정 원 | 현 원 | 과부족 |\n|---|---:|---:|---:|\n"
              "| 2023년 | 38 | 36 | △2 |\n| 2024년 | 40 | 41 | {} |\n| 2025년 | 40 | 39 | △1 |\n\n")


def test_staffing_by_year_is_history_kept_as_a_grid():
    """Before, the years were job classes of the department's staffing (`2023`, 정원 38), and under a 인력
    caption or after the 인력 table they were added to its staffing: a sum over the report's 현원 counted each
    year. The grid's 과부족 is checked, year by year, as the staffing table's are."""
    for years, year in ((YEARS_ACROSS, "2024"), (YEARS_DOWN, "2024년")):
        for body in (STAFF + years.format("1"), "## 2 인 력\n\n" + years.format("1")):
            r = report(body)
            assert {c.job_class for c in r.staffing} <= {"계"}
            (grid,) = r.tables
            assert grid.caption == "연도별 인력 변동" and grid.records_in is None
            assert findings(r) == []
        assert findings(report(STAFF + years.format("2"))) == [
            ("shortfall", "연도별 인력 변동", "과부족", year, "1", "2")]


DONGS_DOWN = ("#### □ 동 주민센터 인력 현황\n\n| 동 명 | 정 원 | 현 원 | 과부족 |\n|---|---:|---:|---:|\n"
              "| 계 | {} | 44 | △1 |\n| 신길1동 | 15 | 15 | - |\n| 신길3동 | 14 | 13 | △1 |\n"
              "| 대림1동 | 16 | 16 | {} |\n\n")
DONGS_ACROSS = ("#### □ 동별 인력\n\n| 구 분 | 계 | 신길1동 | 신길3동 | 대림1동 |\n|---|---:|---:|---:|---:|\n"
                "| 정 원 | 45 | 15 | 14 | 16 |\n| 현 원 | 44 | 15 | 13 | 16 |\n| 과부족 | △1 | - | △1 | {} |\n\n")


def test_a_departments_table_of_each_dongs_staff_is_the_dongs_grid():
    """Before, 총무과's staffing counted each 동 주민센터's staff as job classes (`신길1동`, 정원 15) beside its
    own; they are the 동s', a grid whose sums and 과부족 are checked."""
    r = report(STAFF + DONGS_DOWN.format("45", "-"))
    assert {c.table_no for c in r.staffing} == {1}
    (grid,) = r.tables
    assert grid.records_in is None and grid.rows[2] == ["신길1동", "15", "15", "-"]
    assert findings(r) == []
    # the 계 row's 과부족 △1 adds up over 대림1동's right 0 (16 − 16): not blamed (before, sum.table, expected 0);
    # and it is 44 − 45, of the 정원 its rows make: the 계's 정원 46 alone (before, also shortfall on it, expected -2)
    assert findings(report(STAFF + DONGS_DOWN.format("46", "1"))) == [
        ("shortfall", "동 주민센터 인력 현황", "과부족", "대림1동", "0", "1"),
        ("sum.table", "동 주민센터 인력 현황", "계", "정 원", "45", "46")]
    r = report(STAFF + DONGS_ACROSS.format("1"))
    assert {c.table_no for c in r.staffing} == {1} and r.tables[0].rows[0][2] == "신길1동"
    assert ("shortfall", "동별 인력", "과부족", "대림1동", "0", "1") in findings(r)


def test_a_dongs_own_report_counts_its_own_staff():
    """A 동 주민센터's report names itself in its table (`신길1동 주민센터`, a facility's word): its staffing,
    which before was a grid; the same table in 총무과's report is the 동's, a grid."""
    body = ("## 2 직원 현황\n\n| 구 분 | 정 원 | 현 원 | 과부족 |\n|---|---:|---:|---:|\n"
            "| 신길1동 주민센터 | 18 | 17 | {} |\n\n")
    r = report(body.format("△1"), "신길1동 주민센터")
    assert r.document.department == "신길1동주민센터"
    assert counts(r, 1) == [("정원", "신길1동주민센터", "계", 18), ("현원", "신길1동주민센터", "계", 17),
                            ("과부족", "신길1동주민센터", "계", -1)]
    assert r.tables == [] and findings(r) == []
    assert findings(report(body.format("1"), "신길1동 주민센터")) == [
        ("shortfall", "인력", "과부족", "신길1동주민센터 계", "-1", "1")]
    r = report(body.format("△1"))
    assert r.staffing == [] and r.tables[0].rows[1][0] == "신길1동 주민센터"


def test_a_dongs_own_report_with_grades_is_staffing():
    r = report(STAFF.replace("## 2 인 력", "## 2 인력 현황"), "신길1동 주민센터")
    assert counts(r, 1)[:2] == [("정원", "계", "계", 40), ("정원", "계", "5급", 1)]
    assert findings(r) == []
