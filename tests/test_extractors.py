"""Extractors on small reports written for one convention each (tab tables, as converters print them)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from extractors.context import _NUMERIC_RE, is_number
from extractors.projects import item_fields, split_team
from pipeline.read_text import read_text
from tests.corpus import THREE_LEVEL_BUDGET, TWO_LEVEL_BUDGET, VEHICLE_LIST

COVER = "제300회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 청 소 과\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def test_staffing_with_a_class_without_grades_and_class_subtotals():
    r = report(
        "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
        "구 분\t계\t일 반 직\t\t\t공무직\t연구직\n"
        "\t\t소계\t6급\t7급\t\t\n"
        "정 원\t10\t7\t3\t4\t2\t1\n"
        "현 원\t9\t6\t3\t3\t2\t1\n"
        "과부족\t△1\t△1\t-\t△1\t-\t-\n"
    )
    got = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    assert got[("정원", "계", "계")] == 10
    assert got[("정원", "일반직", "계")] == 7
    assert got[("현원", "일반직", "7급")] == 3
    assert got[("과부족", "일반직", "7급")] == -1
    assert got[("정원", "공무직", "계")] == 2
    assert got[("과부족", "연구직", "계")] == 0
    assert len(got) == 18


def test_staffing_with_grades_and_no_job_class_keeps_them_as_grades():
    r = report(
        "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
        "구 분\t계\t5급\t6급\t7~9급\t연구사\t공무직\n"
        "정 원\t12\t1\t3\t6\t1\t1\n"
        "현 원\t11\t1\t3\t5\t1\t1\n"
        "과부족\t△1\t-\t-\t△1\t-\t-\n"
    )
    got = {(s.status, s.job_class, s.grade): s.headcount for s in r.staffing}
    assert got[("정원", "계", "계")] == 12
    assert got[("정원", "계", "5급")] == 1
    assert got[("현원", "계", "7~9급")] == 5
    assert got[("과부족", "계", "7~9급")] == -1
    assert got[("정원", "연구직", "연구사")] == 1
    assert got[("정원", "공무직", "계")] == 1
    assert len(got) == 18


def test_staffing_with_grades_as_rows_and_no_job_class():
    r = report(
        "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
        "구 분\t정 원\t현 원\t과부족\n"
        "계\t4\t3\t△1\n"
        "6급 이하\t3\t2\t△1\n"
        "5급\t1\t1\t-\n"
    )
    got = [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing]
    assert ("현원", "계", "6급이하", 2) in got and ("정원", "계", "5급", 1) in got
    assert {job_class for _, job_class, _, _ in got} == {"계"}
    assert len(got) == 9


def test_vehicles_single_header_row_fleet_and_quota():
    r = report(
        "# Ⅰ. 일반현황\n\n#### □ 청소차량 - 총12대 (정수 14)\n\n(단위: 대)\n\n"
        "총 계\t압축진개차\t노면청소차\t암롤차\n"
        "12\t7\t3\t2\n"
    )
    (fleet,) = r.vehicles
    assert (fleet.printed_total, fleet.quota, fleet.repaired) == (12, 14, False)
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 12), ("화물", "압축진개차", 7), ("화물", "노면청소차", 3), ("화물", "암롤차", 2)]


def test_vehicles_with_categories_as_rows():
    r = report(
        "# Ⅰ. 일반현황\n\n□ 공용차량 - 총9대\n\n"
        "구 분\t계\t소형\t중형\t대형\n"
        "계\t9\t4\t4\t1\n"
        "승 용\t5\t2\t3\t-\n"
        "화 물\t4\t2\t1\t1\n"
    )
    counts = [(c.category, c.kind, c.count) for c in r.vehicles[0].counts]
    assert counts[:2] == [("계", "계", 9), ("계", "소형", 4)]
    assert ("승용", "소계", 5) in counts and ("화물", "대형", 1) in counts and ("승용", "대형", 0) in counts


def test_a_consistent_vehicle_header_is_not_repaired():
    r = report(
        "# Ⅰ. 일반현황\n\n□ 공용차량 - 총10대 (정수 10)\n\n"
        "총 계\t승 용\t\t\t화 물\t\n"
        "\t소 계\t소형\t중형\t소 계\t소형\n"
        "10\t7\t3\t4\t3\t3\n"
    )
    fleet = r.vehicles[0]
    assert not fleet.repaired
    assert [(c.category, c.kind) for c in fleet.counts][1:] == [
        ("승용", "소계"), ("승용", "소형"), ("승용", "중형"), ("화물", "소계"), ("화물", "소형")]


def test_unit_budget_in_millions_becomes_won_with_its_as_of_date():
    r = report(
        "# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 백만원)\n\n"
        "단위사업명\t예산액\t집행액\t집행률(%) (6.30.기준)\n"
        "계\t1,500\t600\t40.0\n"
        "깨끗한 거리 조성\t1,500\t600\t40.0\n"
    )
    total, line = r.budget
    assert (total.name, total.budget_krw, total.executed_krw, total.rate_text) == ("계", 1_500_000_000, 600_000_000,
                                                                                   "40.0")
    assert line.as_of == dt.date(2024, 6, 30) and line.unit == "백만원"


@pytest.mark.parametrize(("header", "caption", "as_of"), [
    ("예산액\t집행액(5월말)\t집행률", "", dt.date(2024, 5, 31)),
    ("예산액\t집행액\t집행률\n\t2월 말 기준\t", "", dt.date(2024, 2, 29)),  # a second header row; a leap year
    ("예산액\t집행액\t집행률", " (2023. 12월말)", dt.date(2023, 12, 31)),
    ("예산액\t집행액(5. 31. 현재)\t집행률", "", dt.date(2024, 5, 31)),
    ("예산액\t집행액\t집행률", " (연말 목표)", None),
])
def test_the_date_a_budget_stands_at_as_departments_print_it(header, caption, as_of):
    r = report(f"# Ⅰ. 일반현황\n\n## 4 예산현황{caption}\n\n(단위: 천원)\n\n"
               f"단위사업명\t{header}\n계\t1,500\t600\t40.0\n")
    assert r.budget[0].as_of == as_of


def test_unit_budget_with_the_as_of_date_beside_the_unit_and_a_second_unit():
    r = report(
        "# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(2024. 6. 30. 기준, 단위: 백만원, %)\n\n"
        "단위사업명\t예산액\t집행액\t집행률\n계\t1,500\t600\t40.0\n"
    )
    (total,) = r.budget
    assert (total.budget_krw, total.as_of, total.unit) == (1_500_000_000, dt.date(2024, 6, 30), "백만원")


PROJECT_SECTION = (
    "# Ⅰ. 일반현황\n\n## 1 조 직\n\n### 청 소 과 - ( 4 )개팀\n\n"
    "# Ⅱ. 주요업무 추진실적\n\n"
    "① 깨끗한 거리 만들기 (청소행정팀)\n\n"
    "거리를 깨끗하게 유지하여 주민 만족도를 높이고자 함\n\n"
    "□ 사업개요\n\n"
    "○ 사업기간: 연중\n"
    "○ 총사업비: 32억 1,000만원\n"
    "○ 단위사업: 깨끗한 거리 조성\n\n"
    "□ 주요 추진실적\n\n"
    "○ 노면 청소 강화\n"
    "  - 노면청소차 추가 운행(3월~11월): 주 2회\n"
    "    · 야간 운행 시범(4월, 12,000천원)\n\n"
    "□ 예산현황\n\n(단위: 천원)\n\n"
    "구 분\t예산액\t집행액\t집행률(%)\n"
    "계\t3,210,000\t1,605,000\t50.0\n"
    "시비\t1,000,000\t500,000\t50.0\n"
    "구비\t2,210,000\t1,105,000\t50.0\n"
)


def test_numbered_project_with_team_items_and_funding_table():
    r = report(PROJECT_SECTION)
    (project,) = r.projects
    assert (project.section, project.seq, project.title, project.team, project.title_from) == (
        "Ⅱ 주요업무 추진실적", 1, "깨끗한 거리 만들기", "청소행정팀", "body")
    assert project.purpose == "거리를 깨끗하게 유지하여 주민 만족도를 높이고자 함"
    assert project.unit_name == "깨끗한 거리 조성"
    overview = project.items[:3]
    assert [(i.heading, i.start_month, i.end_month, i.amount_krw) for i in overview] == [
        ("사업개요", 1, 12, None), ("사업개요", None, None, 3_210_000_000), ("사업개요", None, None, None)]
    night = project.items[3].children[0].children[0]
    assert (night.depth, night.start_month, night.amount_krw) == (2, 4, 12_000_000)
    assert [(b.name, b.budget_krw, b.funding_source) for b in project.budget_lines] == [
        ("계", 3_210_000_000, None), ("시비", 1_000_000_000, "시비"), ("구비", 2_210_000_000, "구비")]
    assert r.document.team_count == 4 and r.document.department == "청소과"


BULLET_PARTS = ("Ⅱ. 주요업무 추진실적\n\n{first}\n ○ 사업개요\n   - 사 업 비 : 300,000천원(구비)\n ○ 추진실적\n"
                "   - 축제 개최 : 5월\n     · 3일간 5만명 방문\n ○ 향후계획\n   - 결과 보고회 : 7월\n\n"
                "{second}\n ○ 추진실적\n   - 생활체육 교실 운영 : 연중\n")


@pytest.mark.parametrize(("first", "second"), [("□ 구민 축제 개최", "□ 생활체육 활성화"),
                                               ("1. 구민 축제 개최", "2. 생활체육 활성화"),
                                               ("**□ 구민 축제 개최**", "**□ 생활체육 활성화**")])
def test_projects_whose_parts_are_bullets_under_their_title(first, second):
    """`□ 제목` over `○ 사업개요`, `○ 추진실적`: the box titles the project, the bullets name its parts."""
    festival, sports = report(BULLET_PARTS.format(first=first, second=second)).projects
    assert (festival.seq, festival.title, sports.seq, sports.title) == (1, "구민 축제 개최", 2, "생활체육 활성화")
    assert [(i.heading, i.depth, i.text, i.amount_krw) for i in festival.items] == [
        ("사업개요", 0, "사 업 비 : 300,000천원(구비)", 300_000_000), ("추진실적", 0, "축제 개최 : 5월", None),
        ("향후계획", 0, "결과 보고회 : 7월", None)]
    assert festival.items[1].children[0].depth == 1
    assert [(i.heading, i.text, i.start_month) for i in sports.items] == [("추진실적", "생활체육 교실 운영 : 연중", 1)]


def test_plain_text_titles_numbered_in_sequence():
    body = ("Ⅲ. 신규·중점사업 추진실적\n\n"
            "1 행복한 일터 만들기 교육후생팀\n\n직원 복지를 높이고자 함\n\n□ 사업개요\n\n"
            "- 휴양소 운영: 연중\n\n3 개소 운영 중\n\n"  # numbered, but not the next project: an item
            "2 스마트 업무환경 정보화팀\n\n업무를 빠르게 하고자 함\n")
    first, second = report(body).projects
    assert [(p.seq, p.title, p.team, p.title_from, p.purpose) for p in (first, second)] == [
        (1, "행복한 일터 만들기", "교육후생팀", "body", "직원 복지를 높이고자 함"),
        (2, "스마트 업무환경", "정보화팀", "body", "업무를 빠르게 하고자 함")]
    assert [i.text for i in first.items] == ["휴양소 운영: 연중", "3 개소 운영 중"]


STATUSES_UNDER_GRADES = ("## 2 인 력\n\n구 분\t계\t\t5급\t\t6급\t\n\t정원\t현원\t정원\t현원\t정원\t현원\n"
                         "계\t15\t14\t1\t1\t14\t13\n일반직\t10\t9\t1\t1\t9\t8\n기술직\t5\t5\t-\t-\t5\t5\n")
STATUSES_UNDER_CLASSES = ("## 2 인 력\n\n구 분\t계\t\t일반직\t\t기술직\t\n\t정원\t현원\t정원\t현원\t정원\t현원\n"
                          "계\t15\t14\t10\t9\t5\t5\n5급\t1\t1\t1\t1\t-\t-\n6급\t14\t13\t9\t8\t5\t5\n")


@pytest.mark.parametrize("table", [STATUSES_UNDER_GRADES, STATUSES_UNDER_CLASSES])
def test_statuses_printed_under_the_grades_or_classes_they_count(table):
    r = report(table)
    counts = {(c.status, c.job_class, c.grade): c.headcount for c in r.staffing}
    assert len(counts) == 18 and not r.tables and not run_checks(r)
    assert [counts[("정원", "일반직", grade)] for grade in ("계", "5급", "6급")] == [10, 1, 9]
    assert [counts[("현원", "기술직", grade)] for grade in ("계", "5급", "6급")] == [5, 0, 5]
    assert (counts[("정원", "계", "계")], counts[("현원", "계", "6급")]) == (15, 13)


def test_a_grade_total_across_classes_is_checked():
    planted = STATUSES_UNDER_GRADES.replace("일반직\t10\t9\t1\t1\t9\t8", "일반직\t10\t9\t1\t1\t9\t7")
    findings = run_checks(report(planted))
    assert sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in findings) == [
        ("sum.staffing", "현원", "일반직 6급", "8", "7")]  # the one cell; before, the 계 of 6급 and 일반직's


def test_a_merged_class_label_printed_on_any_row_of_its_class():
    r = report("## 2 인 력\n\n구 분\t직 급\t정 원\t현 원\t과부족\n계\t\t20\t19\t△1\n\t소 계\t15\t14\t△1\n"
               "일반직\t5급\t5\t5\t-\n\t6급\t10\t9\t△1\n\t소 계\t5\t5\t-\n기술직\t6급\t5\t5\t-\n")
    assert [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "정원"] == [
        ("계", "계", 20), ("일반직", "계", 15), ("일반직", "5급", 5), ("일반직", "6급", 10), ("기술직", "계", 5),
        ("기술직", "6급", 5)]
    assert not run_checks(r)
    no_subtotals = report("## 2 인 력\n\n구 분\t직 급\t정 원\t현 원\t과부족\n계\t\t10\t9\t△1\n\t5급\t1\t1\t-\n"
                          "일반직\t6급\t3\t3\t-\n\t7급\t4\t3\t△1\n기술직\t8급\t2\t2\t-\n")
    assert [(c.job_class, c.grade) for c in no_subtotals.staffing if c.status == "정원"] == [
        ("계", "계"), ("일반직", "5급"), ("일반직", "6급"), ("일반직", "7급"), ("기술직", "8급")]


TWO_LEVELS_CENTRED = ("단위사업\t세부사업\t예산액\t집행액\n총 계\t\t4,000\t2,000\n\t소 계\t3,000\t1,500\n"
                      "저소득층 생활안정\t생계급여\t2,000\t1,000\n\t주거급여\t1,000\t500\n"
                      "복지 사각지대 해소\t소 계\t1,000\t500\n\t긴급복지\t1,000\t500\n")
TWO_LEVELS_SUBTOTAL_BELOW = ("단위사업\t세부사업\t예산액\t집행액\n청사 관리\t본관\t2,000\t1,000\n\t별관\t1,000\t500\n"
                             "\t소 계\t3,000\t1,500\n인사 운영\t교육\t500\t200\n\t소 계\t500\t200\n")
# no subtotals: each label centred on its rows (three, then two with the label on the first)
TWO_LEVELS_CENTRED_NO_SUBTOTALS = ("단위사업\t세부사업\t예산액\t집행액\n합 계\t\t3,000\t1,500\n\t금연\t800\t200\n"
                                   "건강증진\t비만예방\t700\t300\n\t구강보건\t500\t100\n"
                                   "만성질환\t심뇌혈관\t600\t500\n\t치매관리\t400\t400\n")
# and the grand total printed below the groups
TOTAL_BELOW_CENTRED = ("단위사업\t세부사업\t예산액\t집행액\n\t금연\t800\t200\n건강증진\t비만예방\t700\t300\n"
                       "\t구강보건\t500\t100\n만성질환\t심뇌혈관\t600\t500\n합 계\t\t2,600\t1,100\n")


@pytest.mark.parametrize(("table", "expected"), [
    (TWO_LEVELS_CENTRED, [("계", None), ("저소득층 생활안정", None), ("생계급여", "저소득층 생활안정"),
                          ("주거급여", "저소득층 생활안정"), ("복지 사각지대 해소", None),
                          ("긴급복지", "복지 사각지대 해소")]),
    (TWO_LEVELS_SUBTOTAL_BELOW, [("본관", "청사 관리"), ("별관", "청사 관리"), ("청사 관리", None),
                                 ("교육", "인사 운영"), ("인사 운영", None)]),
    (TWO_LEVELS_CENTRED_NO_SUBTOTALS, [("계", None), ("금연", "건강증진"), ("비만예방", "건강증진"),
                                       ("구강보건", "건강증진"), ("심뇌혈관", "만성질환"), ("치매관리", "만성질환")]),
    (TOTAL_BELOW_CENTRED, [("금연", "건강증진"), ("비만예방", "건강증진"), ("구강보건", "건강증진"),
                           ("심뇌혈관", "만성질환"), ("계", None)]),
])
def test_a_merged_unit_label_printed_on_any_row_of_its_group(table, expected):
    """A PDF centres a merged cell's label on its rows: the 소계 row that starts a group prints none, and
    without subtotals the rows above a label are as many as those below it."""
    r = report(f"# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n{table}")
    assert [(b.name, b.parent) for b in r.budget] == expected


def test_a_budget_of_three_levels_gives_each_line_its_innermost_group_with_a_line():
    r = report(THREE_LEVEL_BUDGET)
    assert [(b.name, b.parent, b.other_columns, b.budget_krw) for b in r.budget] == [
        ("계", None, None, 1_000_000), ("교통 편의 증진", None, None, 800_000),
        ("주차 환경 개선", "교통 편의 증진", None, 500_000), ("공영주차장 운영", "주차 환경 개선", None, 300_000),
        ("거주자 주차", "주차 환경 개선", None, 200_000),
        ("마을버스 지원", "교통 편의 증진", {"단위사업": "대중교통 지원"}, 300_000),
        ("행정운영경비", None, None, 200_000), ("기본경비", "행정운영경비", {"단위사업": "기본경비"}, 200_000)]


@pytest.mark.parametrize(("caption", "header", "unit"), [
    ("4 예산현황", "구 분\t예산액(천원)\t집행액(천원)", "천원"),
    ("4 예산현황 (백만원)", "구 분\t예산액\t집행액", "백만원"),
    ("4 예산현황", "구 분\t예산액 (단위: 백만원)\t집행액", "백만원"),
])
def test_a_budget_unit_printed_in_a_label_or_the_caption(caption, header, unit):
    """Without a `(단위: …)` line the unit may stand in the figures' labels or at the end of the caption."""
    r = report(f"# Ⅰ. 일반현황\n\n## {caption}\n\n{header}\n계\t1,200\t360\n")
    (line,) = r.budget
    scale = 1_000 if unit == "천원" else 1_000_000
    assert (line.unit, line.budget_krw, line.executed_krw) == (unit, 1_200 * scale, 360 * scale)
    assert not run_checks(r)
    body = PROJECT_SECTION.split("구 분\t예산액")[0] + (
        "구 분\t계\t구비\n예산액(천원)\t3,000\t3,000\n집행액(천원)\t1,500\t1,500\n")
    assert [(b.name, b.budget_krw) for b in report(body).projects[0].budget_lines] == [
        ("계", 3_000_000), ("구비", 3_000_000)]  # funding sources as columns: the unit in a row's label


@pytest.mark.parametrize("label", ["구성비(%)", "비율(%)", "비중"])
def test_a_share_of_the_total_is_no_rate_of_spending(label):
    r = report(f"# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t{label}\t집행액\n"
               "계\t1,000\t100.0\t300\n주차\t600\t60.0\t200\n교통\t400\t40.0\t100\n")
    assert [(b.name, b.execution_rate, b.other_columns) for b in r.budget] == [
        ("계", None, {label: "100.0"}), ("주차", None, {label: "60.0"}), ("교통", None, {label: "40.0"})]
    assert not run_checks(r)


@pytest.mark.parametrize("label", ["잔액", "집행잔액", "미집행액", "잔 액(천원)"])
def test_a_remaining_column_is_the_remaining_not_the_executed(label):
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
               f"단위사업명\t예산액\t집행액\t{label}\t집행률(%)\n계\t3,000\t1,200\t1,800\t40.0\n")
    (line,) = r.budget
    assert (line.budget_krw, line.executed_krw, line.remaining_krw) == (3_000_000, 1_200_000, 1_800_000)


def test_a_project_table_is_captioned_by_the_item_or_part_right_above_it():
    body = PROJECT_SECTION.split("□ 주요 추진실적")[0] + (
        "□ 주요 추진실적\n\n구 분\t계\t주간\t야간\n횟수\t30\t20\t10\n\n"
        "○ 무단투기 단속 현황\n\n(단위: 건)\n\n구 분\t계\t과태료\t계도\n건수\t120\t80\t40\n")
    r = report(body)
    assert [(t.caption, t.unit, t.rows[1]) for t in r.tables] == [
        ("주요 추진실적", None, ["횟수", "30", "20", "10"]), ("무단투기 단속 현황", "건", ["건수", "120", "80", "40"])]
    assert [i.text for i in r.projects[0].items if i.heading == "주요 추진실적"] == ["무단투기 단속 현황"]


def test_a_remaining_row_with_funding_sources_as_columns():
    body = PROJECT_SECTION.split("구 분\t예산액")[0] + (
        "구 분\t계\t시비\t구비\n집행잔액\t2,210,000\t700,000\t1,510,000\n"
        "예산액\t3,210,000\t1,000,000\t2,210,000\n집행액\t1,000,000\t300,000\t700,000\n")
    (project,) = report(body).projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.remaining_krw) for b in project.budget_lines] == [
        ("계", 3_210_000_000, 1_000_000_000, 2_210_000_000), ("시비", 1_000_000_000, 300_000_000, 700_000_000),
        ("구비", 2_210_000_000, 700_000_000, 1_510_000_000)]


def test_funding_sources_as_columns():
    body = PROJECT_SECTION.split("구 분\t예산액")[0] + (
        "구 분\t계\t시비\t구비\n"
        "예산액\t3,000\t1,000\t2,000\n"
        "집행액\t1,500\t500\t1,000\n"
        "집행률(%)\t50\t50\t50\n"
    )
    lines = report(body).projects[0].budget_lines
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in lines] == [
        ("계", 3_000_000, 1_500_000, "50"), ("시비", 1_000_000, 500_000, "50"), ("구비", 2_000_000, 1_000_000, "50")]


@pytest.mark.parametrize(("text", "expected"), [
    ("별관 대강당 영상시설 조달구매: 4월 / 95,700천원", (4, 4, 95_700_000)),
    ("독서 통신교육(3월~11월): 월 250명", (3, 11, None)),
    ("모바일 외국어 교육(2월~11월): 기수당 50명 (1기수 3개월)", (2, 11, None)),
    ("명절 및 생일선물 지급: 명절상품권(직급별 5~10만원) 및 생일상품권(13만원)", (None, None, None)),
    ("총사업비: 32억 1,000만원", (None, None, 3_210_000_000)),
    ("신규직원 조직적응지원 교육(3.10.): 신규 임용직원 40명", (3, 3, None)),
    ("국내 대학(원) 교육비 지원: 12명(상반기)", (1, 6, None)),
    ("휴양소 운영: (연중콘도) 8개소 여수휴양소 시설개선(리모델링, 2월)", (2, 2, None)),
    ("서한문 및 기념품 교환: 연중", (1, 12, None)),
    ("노후 시설 보수: 4월~5월 / 58,000천원(구비)", (4, 5, 58_000_000)),
    ("총사업비: 4억원(국비 2억, 구비 2억)", (None, None, 400_000_000)),
    ("사업비 : 8억원 (시비 50%)", (None, None, 800_000_000)),
    ("사 업 비 : 800,000천원(국 400,000 시 120,000 구 280,000)", (None, None, 800_000_000)),  # 국비 as 국
    ("사업비 : 1,200백만원 (국 600, 시 300, 구 300)", (None, None, 1_200_000_000)),
    ("행사 개최(5.20.) / 12,000천원", (5, 5, 12_000_000)),
    ("기념품 구입 / 1인당 3만원", (None, None, None)),
    ("생일상품권: 13만원(1인당)", (None, None, None)),
    ("긴급복지 지원 : 1,234가구 / 2,110,200천원 (1월~5월)", (1, 5, 2_110_200_000)),  # its period after it
    ("총 5,110,300천원 (국비 4,088,240, 시비 511,030, 구비 511,030)", (None, None, 5_110_300_000)),  # the item alone
    ("생일상품권(13만원) 지급", (None, None, None)),
])
def test_item_period_and_amount(text, expected):
    start, end, year, end_year, amount, _ = item_fields(text, 2025)
    assert (start, end, amount) == expected
    assert (year, end_year) == (2025 if start else None, None)  # the report's year, where the item has months


@pytest.mark.parametrize(("cell", "expected"), [
    ("1,234", True), ("12", True), ("１２", True), ("△3", True), ("▲ 3", True), ("-", True), ("43.5%", True),
    ("2,698,307(구비)", True), (" 7 ", True),
    ("계", False), ("일 반 직", False), ("5급", False), ("", False), ("1,234천원", False),
])
def test_is_number(cell, expected):
    assert is_number(cell) is expected


@given(st.text(alphabet="0123456789١１,.△▲-–% ()\t구비aⅠ", max_size=12))
def test_is_number_shortcuts_give_the_patterns_answer(cell):
    """Digits and commas alone, or a letter first, skip the pattern; the answer is the pattern's all the same."""
    assert is_number(cell) == (_NUMERIC_RE.match(cell) is not None)


def test_team_split_from_title():
    assert split_team("행복한 일터를 위한 직원 후생복지제도 운영 교육후생팀") == (
        "행복한 일터를 위한 직원 후생복지제도 운영", "교육후생팀")
    assert split_team("주민참여예산 운영 (예산팀)") == ("주민참여예산 운영", "예산팀")
    assert split_team("청사 관리") == ("청사 관리", None)


def test_staffing_with_statuses_as_columns_and_merged_class_labels():
    r = report(
        "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
        "직 렬\t직 급\t정 원\t현 원\t과부족\n"
        "계\t\t5\t4\t△1\n"
        "일반직\t6급\t2\t2\t-\n"
        "\t7급\t2\t1\t△1\n"
        "공무직\t\t1\t1\t-\n"
    )
    got = [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing]
    assert got[:3] == [("정원", "계", "계", 5), ("현원", "계", "계", 4), ("과부족", "계", "계", -1)]
    assert ("과부족", "일반직", "7급", -1) in got and ("정원", "공무직", "계", 1) in got
    assert len(got) == 12


@pytest.mark.parametrize(("header", "last_year", "figures"), [
    ("단위사업명\t전년도 예산액\t예산액\t증감\t집행액\t비 고", "전년도 예산액", "2,800\t3,000"),
    ("단위사업명\t예산액\t전년도 예산액\t증감\t집행액\t비 고", "전년도 예산액", "3,000\t2,800"),
    ("단위사업명\t2024년 예산액\t2023년 예산액\t증감\t집행액\t비 고", "2023년 예산액", "3,000\t2,800"),
    ("단위사업명\t2023년 예산액\t2024년 예산액\t증감\t집행액\t비 고", "2023년 예산액", "2,800\t3,000"),
    ("단위사업명\t예산현액\t본예산\t증감\t집행액\t비 고", "본예산", "3,000\t2,800"),  # 현액: with revisions
    ("단위사업명\t당초예산\t최종예산\t증감\t집행액\t비 고", "당초예산", "2,800\t3,000"),
], ids=["last-year-first", "last-year-after", "years-descending", "years-ascending", "as-it-stands", "final"])
def test_a_budget_table_keeps_the_columns_it_has_no_field_for(header, last_year, figures):
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n" f"{header}\n"
               f"계\t{figures}\t200\t1,200\t\n청사 관리\t{figures}\t200\t1,200\t신규 포함\n")
    total, line = r.budget
    assert (line.name, line.budget_krw, line.executed_krw) == ("청사 관리", 3_000_000, 1_200_000)
    assert line.other_columns == {last_year: "2,800", "증감": "200", "비고": "신규 포함"}  # `비 고` as its word
    assert total.other_columns == {last_year: "2,800", "증감": "200"}


def test_a_budget_row_with_no_field_is_kept_with_funding_sources_as_columns():
    body = PROJECT_SECTION.split("구 분\t예산액")[0] + (
        "구 분\t계\t시비\t구비\n전년도 예산액\t2,500\t1,000\t1,500\n예산액\t3,000\t1,000\t2,000\n"
        "증 감\t500\t-\t500\n집행액\t1,500\t500\t1,000\n")
    lines = report(body).projects[0].budget_lines
    # a letter-spaced row label is kept as its word, as a column's is (`$.증감` in every report)
    assert [(b.name, b.budget_krw, b.executed_krw, b.other_columns) for b in lines] == [
        ("계", 3_000_000, 1_500_000, {"전년도 예산액": "2,500", "증감": "500"}),
        ("시비", 1_000_000, 500_000, {"전년도 예산액": "1,000", "증감": "-"}),
        ("구비", 2_000_000, 1_000_000, {"전년도 예산액": "1,500", "증감": "500"})]


@pytest.mark.parametrize(("cover", "expected"), [
    ("2025 주요업무보고\n\n복지정책과\n", (2025, "2025 주요업무보고", "복지정책과")),
    ("2025년 주요업무 추진실적 보고\n\n총 무 과\n", (2025, "2025년 주요업무 추진실적 보고", "총무과")),
    ("’25년 주요업무보고\n\n행정지원국 총무과\n", (2025, "’25년 주요업무보고", "총무과")),
    ("2025년도 업무계획\n\n복지 정책과\n", (2025, "2025년도 업무계획", "복지정책과")),
    ("2025년 주요업무보고\n\n총무과장 홍길동\n", (2025, "2025년 주요업무보고", None)),
    ("2024년도 행정사무감사 업무보고\n\n총무과\n", (2024, "2024년도 행정사무감사 업무보고", "총무과")),
    ("2025년 제1차 정례회 주요업무보고\n\n총무과\n", (2025, "2025년 제1차 정례회 주요업무보고", "총무과")),
    ("2024년 주요업무 추진실적 및 2025년 업무계획\n\n총무과\n", (2024, "2024년 주요업무 추진실적", "총무과")),
    ("**2025년도**\n\n**주요업무보고**\n\n**총 무 과**\n", (2025, "2025년도 주요업무보고", "총무과")),  # two lines
    ("2025년도\n\n주요업무보고 총무과\n", (2025, "2025년도 주요업무보고", "총무과")),
    # no blank line between them: the department is in the title's paragraph
    ("2025년도 주요업무보고\n총  무  과\n", (2025, "2025년도 주요업무보고", "총무과")),
    ("2025년도 주요업무보고\n총무과장 홍길동\n", (2025, "2025년도 주요업무보고", None)),
])
def test_covers_as_departments_print_them(cover, expected):
    info = extract_report(read_text("t.txt", (cover + "\nⅠ. 일반현황\n").encode())).document
    assert (info.year, info.title, info.department) == expected


@pytest.mark.parametrize("part", ["일반현황", "일반 현황", "부서 현황", "조직 및 예산 현황", "일반사항", "부서 개요"])
def test_the_general_part_however_a_department_names_it(part):
    r = report(f"# Ⅰ. {part}\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n계\t3,000\t1,200\n"
               "# Ⅱ. 주요업무 추진현황\n\n## 1. 청사 관리\n\n청사를 관리하고자 함\n")
    assert [(b.name, b.budget_krw) for b in r.budget] == [("계", 3_000_000)]
    assert [p.title for p in r.projects] == ["청사 관리"]


@pytest.mark.parametrize("numerals", [("Ⅰ.", "Ⅱ.", "Ⅲ."), ("1.", "2.", "3.")])
def test_parts_named_after_their_year(numerals):
    """`Ⅱ. 2024년 주요업무 추진실적`, `Ⅲ. ’25년 업무계획`: parts whose names start with their year."""
    first, second, third = numerals
    r = report(f"# {first} 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\n계\t3,000\t1,200\n"
               f"# {second} 2024년 주요업무 추진실적\n\n## 1. 청사 관리\n\n청사를 관리하고자 함\n\n"
               f"# {third} ’25년 업무계획\n\n## 1. 청사 증축\n\n청사를 넓히고자 함\n")
    assert [(b.name, b.budget_krw) for b in r.budget] == [("계", 3_000_000)]
    assert [(p.section, p.title) for p in r.projects] == [
        (f"{second[:-1]} 2024년 주요업무 추진실적", "청사 관리"), (f"{third[:-1]} ’25년 업무계획", "청사 증축")]


@pytest.mark.parametrize(("line", "teams"), [
    ("총 무 과 - ( 5 )개팀", 5), ("1. 조 직 : 4개팀", 4), ("1. 조직 : 3팀", 3), ("도시계획과 - 3팀 18명", 3),
    ("민원1팀, 민원2팀", None),
])
def test_the_team_count_as_departments_print_it(line, teams):
    info = extract_report(read_text("t.txt", f"2025년 주요업무보고\n\nⅠ. 일반현황\n\n{line}\n".encode())).document
    assert info.team_count == teams


PROJECT_TEAMS = ("Ⅱ. 주요업무 추진실적\n\n1. 생활체육 활성화 (체육진흥팀)\n\n□ 추진실적\n\n"
                 "○ 구청장배 축구대회 : 4월 / 32개팀\n")


@pytest.mark.parametrize(("general", "teams"), [
    ("", None),  # no organisation line: before, the 32 teams of the football cup were the department's
    ("○ 조 직 : 4개팀\n\n", 4),
    ("○ 환경정책팀, 대기관리팀\n\n", None),
])
def test_a_count_of_teams_in_a_project_item_is_no_team_count(general, teams):
    text = f"2025년 주요업무보고\n\n문화체육과\n\nⅠ. 일반현황\n\n{general}{PROJECT_TEAMS}"
    assert extract_report(read_text("t.txt", text.encode())).document.team_count == teams


def test_an_organisation_line_printed_among_a_projects_items_still_counts_the_teams():
    text = f"2025년 주요업무보고\n\n문화체육과\n\n{PROJECT_TEAMS}\n1. 조 직 : 4팀\n"
    assert extract_report(read_text("t.txt", text.encode())).document.team_count == 4


@pytest.mark.parametrize(("name", "expected"), [
    ("2025_행정지원국_총무과_업무보고.txt", ("총무과", 2025, ["department", "year"])),
    ("총무과 추진결과 (2024).md", ("총무과", 2024, ["department", "year"])),
    ("2023-hanbit-jaemu.txt", (None, 2023, ["year"])),
    ("결과보고.txt", (None, None, [])),  # 결과 only ends like a department
    ("24년 총무과 업무보고.txt", ("총무과", 2024, ["department", "year"])),
    ("’23년_재무과.txt", ("재무과", 2023, ["department", "year"])),
])
def test_a_report_without_a_cover_takes_department_and_year_from_its_file_name(name, expected):
    info = extract_report(read_text(name, "Ⅰ. 일반현황\n\nⅡ. 주요업무 추진실적\n".encode())).document
    assert (info.department, info.year, info.from_file_name) == expected


def test_the_cover_comes_before_the_file_name():
    info = report("# Ⅰ. 일반현황\n").document
    assert (info.department, info.year, info.from_file_name) == ("청소과", 2024, [])
    info = extract_report(read_text("2020_총무과.txt", (COVER + "# Ⅰ. 일반현황\n").encode())).document
    assert (info.department, info.year, info.from_file_name) == ("청소과", 2024, [])


@pytest.mark.parametrize(("caption", "expected"), [
    ("□ 공용차량 보유현황 : 총 12대(정수 14대)", ("공용차량보유현황", 12, 14)),
    ("○ 관용차량(총 12대, 정수 14대)", ("관용차량", 12, 14)),  # a bullet heads the table
    ("□ 차량 현황: 12대", ("차량현황", 12, None)),
    ("□ 관용차 보유현황 (총 12대)", ("관용차보유현황", 12, None)),
    ("□ 공용차량 12대 (승용 5, 승합 7)", ("공용차량", 12, None)),  # the count without 총
    ("□ 업무용 차량 현황 (’25. 5. 31. 현재 12대)", ("업무용차량현황", 12, None)),
    ("□ 관용차량 : 총 12대 (전기차 3대 포함)", ("관용차량", 12, None)),
])
def test_vehicle_headers_as_departments_print_them(caption, expected):
    r = report(f"# Ⅰ. 일반현황\n\n{caption}\n\n(단위: 대)\n\n총 계\t압축진개차\t노면청소차\n12\t9\t3\n")
    (fleet,) = r.vehicles
    assert (fleet.name, fleet.printed_total, fleet.quota) == expected


@pytest.mark.parametrize(("label", "category"), [("대 수", "차량보유현황"), ("관용", "관용")])
def test_a_row_of_vehicle_figures_with_a_label_before_them(label, category):
    r = report(f"# Ⅰ. 일반현황\n\n### 나. 차량 보유 현황(총 4대)\n\n구 분\t계\t승용\t승합\n{label}\t4\t3\t1\n")
    (fleet,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 4), (category, "승용", 3), (category, "승합", 1)]


def test_a_vehicle_list_is_counted_by_its_rows_and_kept_as_printed():
    r = report("# Ⅰ. 일반현황\n\n" + VEHICLE_LIST)
    (fleet,) = r.vehicles
    assert (fleet.printed_total, [(c.category, c.kind, c.count) for c in fleet.counts]) == (
        3, [("계", "계", 3), ("승합", "스타렉스", 2), ("승용", "아이오닉", 1)])  # not 2,019 vehicles
    (grid,) = r.tables
    assert grid.caption == "3 공용차량 현황 (총 3대)" and grid.rows[2][2] == "34나5678"


def test_staffing_labels_with_the_letters_of_their_formula_in_a_pipe_table():
    body = ("# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
            "| 구 분 | 계 | 일반직 | 공무직 |\n| --- | --- | --- | --- |\n"
            "| 정 원(A) | 20 | 15 | 5 |\n| 현 원(B) | 19 | 15 | 4 |\n| 과부족(B-A) | △1 | - | △1 |\n")
    r = report(body)
    first_line = (COVER + body).split("\n").index("| 정 원(A) | 20 | 15 | 5 |") + 1
    got = {(s.status, s.job_class): (s.headcount, s.source.line) for s in r.staffing}
    assert got == {("정원", "계"): (20, first_line), ("정원", "일반직"): (15, first_line),
                   ("정원", "공무직"): (5, first_line), ("현원", "계"): (19, first_line + 1),
                   ("현원", "일반직"): (15, first_line + 1), ("현원", "공무직"): (4, first_line + 1),
                   ("과부족", "계"): (-1, first_line + 2), ("과부족", "일반직"): (0, first_line + 2),
                   ("과부족", "공무직"): (-1, first_line + 2)}


def test_a_staffing_count_with_a_note_in_brackets_keeps_both():
    r = report("# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t계\t일반직\t공무직\n정 원\t20\t15\t5\n"
               "현 원\t19(2)\t15(2)\t4\n과부족\t△1\t-\t△1\n\n※ ( )는 육아휴직자\n")
    got = {(s.status, s.job_class): (s.headcount, s.note) for s in r.staffing}
    assert [got[("현원", job_class)] for job_class in ("계", "일반직", "공무직")] == [(19, "2"), (15, "2"), (4, None)]
    assert len(got) == 9


def test_staffing_statuses_as_columns_with_the_letters_of_their_formula():
    r = report("# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t정 원(A)\t현 원(B)\t증감(B-A)\n계\t4\t3\t△1\n")
    assert [(s.status, s.headcount) for s in r.staffing] == [("정원", 4), ("현원", 3), ("과부족", -1)]


PROJECT = "# Ⅱ. 주요업무 추진실적\n\n## ① 청사 관리 (총무팀)\n\n청사를 관리하고자 함\n\n□ 예산현황\n\n"


def test_budget_cells_that_print_their_own_unit():
    r = report(PROJECT + "구 분\t예산액\t집행액\t집행률\n계\t1,500천원\t600천원\t40%\n구비\t1,500천원\t600천원\t40%\n")
    assert [(b.name, b.budget_krw, b.executed_krw, b.unit) for b in r.projects[0].budget_lines] == [
        ("계", 1_500_000, 600_000, "천원"), ("구비", 1_500_000, 600_000, "천원")]
    assert run_checks(r) == []  # no `unit` finding: the cells say it


def test_a_group_label_centred_on_its_rows_goes_to_the_first_as_a_converter_prints_it():
    table = ("구 분\t\t면적\t차량\n\t계\t4,850\t58\n차고지\t제1차고지\t3,200\t40\n\t제2차고지\t1,650\t18\n"
             "적환장\t한빛 적환장\t2,100\t-\n")
    (kept,) = report(f"# Ⅰ. 일반현황\n\n## 3 청소차고지 현황\n\n{table}").tables
    assert kept.rows[1:] == [["차고지", "계", "4,850", "58"], ["", "제1차고지", "3,200", "40"],
                             ["", "제2차고지", "1,650", "18"], ["적환장", "한빛 적환장", "2,100", "-"]]
    assert not run_checks(report(f"# Ⅰ. 일반현황\n\n## 3 청소차고지 현황\n\n{table}"))
    wrong = report(f"# Ⅰ. 일반현황\n\n## 3 청소차고지 현황\n\n{table.replace('4,850', '4,800')}")
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(wrong)] == [
        ("sum.table", "차고지 / 계", "4,850", "4,800")]


def test_a_table_that_looks_like_a_budget_but_gives_no_line_is_kept_as_printed():
    r = report(PROJECT + "구 분\t예산액\t집행액\n계\t추후 확정\t미정\n")
    assert r.projects[0].budget_lines == []
    assert [t.rows for t in r.tables] == [[["구 분", "예산액", "집행액"], ["계", "추후 확정", "미정"]]]


def test_a_staffing_table_with_cells_it_cannot_read_is_also_kept_as_printed():
    with_remarks = report("# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
                          "구 분\t정 원\t현 원\t과부족\t비 고\n계\t4\t3\t△1\t육아휴직 1\n")
    assert len(with_remarks.staffing) == 3 and with_remarks.tables[0].rows[1][-1] == "육아휴직 1"
    assert with_remarks.tables[0].records_in == "staffing"
    with_a_note_row = report("# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t계\t일반직\n정 원\t4\t4\n현 원\t3\t3\n"
                             "과부족\t△1\t△1\n비 고\t\t휴직 1\n")
    assert len(with_a_note_row.staffing) == 6 and with_a_note_row.tables[0].rows[-1] == ["비 고", "", "휴직 1"]
    assert report("# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t정 원\t현 원\n계\t4\t3\n").tables == []


def test_a_vehicles_table_with_words_among_its_figures_is_also_kept_as_printed():
    r = report("# Ⅰ. 일반현황\n\n□ 공용차량 - 총5대\n\n구 분\t계\t소형\t중형\t비 고\n계\t5\t3\t2\t\n"
               "승 용\t5\t3\t2\t전기차 1대 포함\n")
    assert len(r.vehicles[0].counts) == 6 and r.tables[0].rows[-1][-1] == "전기차 1대 포함"
    assert report("# Ⅰ. 일반현황\n\n□ 공용차량 - 총5대\n\n구 분\t계\t소형\n계\t5\t5\n").tables == []
    noted = report("# Ⅰ. 일반현황\n\n□ 공용차량 - 총5대\n\n총 계\t승용\t승합\n5(1)\t3(1)\t2\n\n※ ( )는 전기차\n")
    assert [(c.kind, c.count) for c in noted.vehicles[0].counts] == [("계", 5), ("승용", 3), ("승합", 2)]
    assert noted.tables[0].rows[1] == ["5(1)", "3(1)", "2"] and noted.tables[0].records_in == "vehicles"


def test_tables_under_a_staffing_or_vehicles_label_with_no_count_are_kept_as_printed():
    r = report("# Ⅰ. 일반현황\n\n## □ 차량 운행 관리\n\n구 분\t내 용\n운 행\t사전 승인 후 운행\n주 차\t지정 주차면\n\n"
               "## 2 인 력\n\n구 분\t내 용\n정 원\t조례 개정 중\n현 원\t추후 보고\n")
    assert (r.vehicles, r.staffing) == ([], [])
    assert [t.rows[1] for t in r.tables] == [["운 행", "사전 승인 후 운행"], ["정 원", "조례 개정 중"]]
    assert [t.records_in for t in r.tables] == [None, None]  # no records made of them: they are plain tables


def test_a_budget_table_with_a_row_that_makes_no_line_is_also_kept_as_printed():
    r = report(PROJECT + "구 분\t예산액\t집행액\n계\t1,000\t400\n구비\t1,000\t400\n추경 반영 예정\t\t\n")
    assert [b.name for b in r.projects[0].budget_lines] == ["계", "구비"]
    assert r.tables[0].rows[-1] == ["추경 반영 예정", "", ""]
    # marked `※`, that row is the table's note, as a line under it is: no row, an item of the project's
    r = report(PROJECT + "구 분\t예산액\t집행액\n계\t1,000\t400\n구비\t1,000\t400\n※ 추경 반영 예정\t\t\n")
    assert ([b.name for b in r.projects[0].budget_lines], r.tables) == (["계", "구비"], [])
    assert [item.text for item in r.projects[0].items] == ["※ 추경 반영 예정"]
    assert report(PROJECT + "구 분\t예산액\t집행액\n계\t1,000\t400\n").tables == []


NUMBERED_PARTS = ("# 1. 일반현황\n\n## 가. 인력\n\n구 분\t계\t일반직\n정 원\t5\t5\n현 원\t4\t4\n\n"
                  "# 2. 주요업무 추진실적\n\n## 가. 청사 관리 (총무팀)\n\n청사를 깨끗하게 관리하고자 함\n\n"
                  "□ 주요 추진실적\n\n- 외벽 보수: 4월~5월 / 19,558천원\n\n## 나. 행정 지원 (총무팀)\n\n"
                  "행정을 지원하고자 함\n\n□ 향후계획\n\n- 교육: 9월\n")


def test_parts_numbered_1_2_and_projects_lettered_가_나():
    r = report(NUMBERED_PARTS)
    assert len(r.staffing) == 4
    assert [(p.section, p.seq, p.title, p.team, [i.text for i in p.items]) for p in r.projects] == [
        ("2 주요업무 추진실적", 1, "청사 관리", "총무팀", ["외벽 보수: 4월~5월 / 19,558천원"]),
        ("2 주요업무 추진실적", 2, "행정 지원", "총무팀", ["교육: 9월"])]


def test_titles_lettered_가_나_in_plain_text_where_they_print_their_team_or_the_contents_list_them():
    """Without markdown a `가. 제목` line is a bullet: a title where it names its team or the section's table
    of contents lists it; else an item."""
    plain = NUMBERED_PARTS.replace("## ", "").replace("# ", "")
    contents = "2. 주요업무 추진실적\n\n연번\t사 업 명\t쪽\n가\t청사 관리 .....\t5\n나\t행정 지원 .....\t6\n\n"
    listed = plain.replace(" (총무팀)", "").replace("2. 주요업무 추진실적\n\n", contents)
    for text, team in ((plain, "총무팀"), (listed, None)):
        assert [(p.seq, p.title, p.team, p.title_from, p.purpose, [i.text for i in p.items])
                for p in report(text).projects] == [
            (1, "청사 관리", team, "body", "청사를 깨끗하게 관리하고자 함", ["외벽 보수: 4월~5월 / 19,558천원"]),
            (2, "행정 지원", team, "body", "행정을 지원하고자 함", ["교육: 9월"])]
    untitled = plain.replace(" (총무팀)", "")
    # no team, no contents, but right above its purpose: a title (before, an item of a project without one)
    assert [(p.title, p.team, p.purpose) for p in report(untitled).projects] == [
        ("청사 관리", None, "청사를 깨끗하게 관리하고자 함"), ("행정 지원", None, "행정을 지원하고자 함")]
    # no purpose, but right over a part of a project as the part's first: a title (before, an item)
    assert [(p.title, [i.heading for i in p.items]) for p in report(
        untitled.replace("청사를 깨끗하게 관리하고자 함\n\n", "")).projects] == [
        ("청사 관리", ["주요 추진실적"]), ("행정 지원", ["향후계획"])]
    items = report(untitled.replace("청사를 깨끗하게 관리하고자 함\n\n□ 주요 추진실적\n\n", "")).projects[0].items
    assert items[0].text == "청사 관리"  # no team, no contents, no purpose nor part below: an item
    parenthesised = report(plain.replace("가. 청사 관리", "가) 청사 관리")).projects
    assert parenthesised[0].items[0].text == "청사 관리 (총무팀)"  # `가)` marks an item, never a title


def test_lettered_headings_inside_numbered_projects_are_their_parts():
    r = report("# Ⅱ. 주요업무 추진실적\n\n## ① 청사 관리 (총무팀)\n\n청사를 관리하고자 함\n\n### 가. 추진실적\n\n"
               "- 외벽 보수: 4월\n\n### 나. 향후계획\n\n- 교육: 9월\n\n"
               "## ② 행정 지원 (총무팀)\n\n행정을 지원하고자 함\n")
    assert [(p.seq, p.title, [(i.heading, i.text) for i in p.items]) for p in r.projects] == [
        (1, "청사 관리", [("추진실적", "외벽 보수: 4월"), ("향후계획", "교육: 9월")]), (2, "행정 지원", [])]
    # where the parts are numbered in roman, a heading numbered `2.` is none of them, whatever it says
    assert report(NUMBERED_PARTS.replace("# 1. 일반현황", "# Ⅰ. 일반현황")).projects == []


def test_a_budget_table_of_two_levels_names_each_line_and_its_parent():
    lines = report(TWO_LEVEL_BUDGET).budget
    assert [(b.name, b.parent, b.budget_krw) for b in lines] == [
        ("계", None, 3_000_000), ("청사 관리", None, 2_000_000), ("시설 유지", "청사 관리", 1_500_000),
        ("청소 용역", "청사 관리", 500_000), ("인건비", "인력 운영", 1_000_000)]
    assert all(b.other_columns is None for b in lines)


def test_a_second_name_column_of_another_kind_is_no_level():
    lines = report(TWO_LEVEL_BUDGET.replace("세부사업", "사업 내용")).budget
    assert all(b.parent is None for b in lines)  # the first column names the lines, the other is kept beside
    assert [(b.name, b.other_columns) for b in (lines[1], lines[4])] == [
        ("청사 관리", {"사업 내용": "소계"}), ("인력 운영", {"사업 내용": "인건비"})]


def test_the_fullwidth_tilde_of_korean_word_processors_is_a_tilde():
    r = extract_report(read_text("t.txt", (
        "제300회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ～ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 청 소 과\n\n"
        "# Ⅱ. 주요업무 추진실적\n\n## ① 거리 청소 (청소행정팀)\n\n□ 주요 추진실적\n\n"
        "- 집중 청소: 2월～3월 / 1,000천원\n").encode()))
    assert (r.document.session_start, r.document.session_end) == (dt.date(2024, 6, 11), dt.date(2024, 6, 25))
    (item,) = r.projects[0].items
    assert (item.start_month, item.end_month, item.amount_krw) == (2, 3, 1_000_000)
