"""Every check fires on one planted error and stays silent on the clean report."""

import pytest

from checks import RULES, run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.corpus import THREE_LEVEL_BUDGET, TWO_LEVEL_BUDGET, VEHICLE_LIST
from tests.test_raw96 import _raw_text

CLEAN = """제300회 한빛구의회 제1차 정례회

2024. 6. 11. ~ 6. 25.

# 2024년 주요업무 보고

## 청 소 과

# Ⅰ. 일반현황

## 1 조 직

### 청 소 과 - ( 3 )개팀

## 2 인 력

구 분\t계\t일 반 직\t\t\t공무직
\t\t소계\t6급\t7급\t
정 원\t10\t8\t3\t5\t2
현 원\t9\t6\t3\t3\t3
과부족\t△1\t△2\t-\t△2\t1

## 3 주요시설 및 장비

#### □ 청소차고지

구 분\t\t면적(m²)\t비 고
차고지\t계\t1,500\t
\t제1차고지\t1,000\t
\t제2차고지\t500\t

#### □ 청소차량 - 총10대 (정수 10)

(단위: 대)

총 계\t승 용\t\t\t화 물\t
\t소 계\t소형\t중형\t소 계\t대형
10\t7\t3\t4\t3\t3

## 4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액\t집행률(%) (5.31.기준)
계\t3,000\t1,200\t40.0
깨끗한 거리 조성\t2,000\t800\t40.0
청소행정 지원\t1,000\t400\t40.0

# Ⅱ. 주요업무 추진실적

① 깨끗한 거리 만들기 (청소행정팀)

거리를 깨끗하게 유지하여 주민 만족도를 높이고자 함

□ 사업개요

- 단위사업: 깨끗한 거리 조성

□ 예산현황

(단위: 천원)

구 분\t예산액\t집행액\t집행률(%)
계\t2,000\t800\t40
시비\t500\t200\t40
구비\t1,500\t600\t40
"""


def findings(text: str):
    return run_checks(extract_report(read_text("t.txt", text.encode())))


def plant(old: str, new: str) -> list:
    assert CLEAN.count(old) == 1, old
    return findings(CLEAN.replace(old, new))


def test_the_clean_report_has_no_findings():
    assert findings(CLEAN) == []


def test_every_rule_has_an_id_a_severity_and_a_description():
    assert len({r.id for r in RULES}) == len(RULES)
    assert all(r.severity in ("error", "warning", "info") and r.description for r in RULES)


def summary(found):
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in found]


def test_a_wrong_staffing_total_is_one_finding_not_also_the_shortfall_under_it():
    """The 정원 계 printed 11 where its classes make 10: the 과부족 계 △1 is 현원 9 − 정원 10, right; before, it was
    found too (expected 9 − 11)."""
    found = plant("정 원\t10\t8\t3\t5\t2", "정 원\t11\t8\t3\t5\t2")
    assert summary(found) == [("sum.staffing", "error", "정원", "계", "10", "11")]
    assert found[0].source.line == 19
    assert found[0].message == "정원 계가 직렬별 인원의 합과 다릅니다 (표기 11, 합계 10)"


def test_staffing_class_subtotal():
    """현원 7급 printed 2 for 3: the one cell that makes its class's 소계 and its 과부족 agree (before, those two)."""
    found = plant("현 원\t9\t6\t3\t3\t3", "현 원\t9\t6\t3\t2\t3")
    assert summary(found) == [("sum.staffing", "error", "현원", "일반직 7급", "3", "2")]


def test_staffing_total_of_grades_printed_without_a_job_class():
    table = ("구 분\t계\t일 반 직\t\t\t공무직\n\t\t소계\t6급\t7급\t\n정 원\t10\t8\t3\t5\t2\n"
             "현 원\t9\t6\t3\t3\t3\n과부족\t△1\t△2\t-\t△2\t1\n")
    by_grade = "구 분\t계\t5급\t6급\t7급\n정 원\t10\t1\t3\t6\n현 원\t9\t1\t3\t5\n과부족\t△1\t-\t-\t△1\n"
    assert plant(table, by_grade) == []
    found = plant(table, by_grade.replace("현 원\t9\t1", "현 원\t8\t1"))
    assert ("sum.staffing", "error", "현원", "계", "9", "8") in summary(found)


def test_a_shortfall_printed_with_a_plus_or_a_minus_sign():
    row = "과부족\t△1\t△2\t-\t△2\t1"
    assert plant(row, "과부족\t−1\t−2\t-\t−2\t+1") == []
    assert summary(plant(row, "과부족\t−1\t−2\t-\t−2\t+2")) == [
        ("shortfall", "error", "과부족", "공무직 계", "1", "2")]  # not also the 계 row, right by its 현원 − 정원


def test_vacancies_are_quota_less_current():
    row = "과부족\t△1\t△2\t-\t△2\t1"
    assert plant(row, "결 원\t1\t2\t-\t2\t-1") == []
    found = plant(row, "결 원\t1\t2\t-\t2\t1")  # the 계 of 결원, right by its 정원 − 현원, is no finding
    assert summary(found) == [("shortfall", "error", "결원", "공무직 계", "-1", "1")]
    assert found[0].message == "공무직 계 결원이 정원 − 현원과 다릅니다 (표기 1, 정원 2 − 현원 3 = △1)"


def test_shortfall_alone():
    found = plant("과부족\t△1\t△2\t-\t△2\t1", "과부족\t△1\t△2\t-\t△2\t2")
    assert ("shortfall", "error", "과부족", "공무직 계", "1", "2") in summary(found)


def test_vehicle_subtotal_and_grand_total():
    found = plant("10\t7\t3\t4\t3\t3", "10\t7\t3\t4\t3\t2")
    assert summary(found) == [("sum.vehicles", "error", "화물", "소계", "2", "3")]
    found = plant("10\t7\t3\t4\t3\t3", "11\t7\t3\t4\t3\t3")
    # the heading's 총10대 is what the 소계s make too: the 계 alone is wrong (before, the heading was blamed too,
    # expected 11, and the 11 was over the quota of 10)
    assert summary(found) == [("sum.vehicles", "error", "계", "계", "10", "11")]


def test_vehicle_header_total_and_quota():
    assert summary(plant("총10대 (정수 10)", "총12대 (정수 10)")) == [
        ("header.total", "error", "제목", "총계", "10", "12")]
    assert summary(plant("총10대 (정수 10)", "총10대 (정수 12)")) == [
        ("header.quota", "info", "제목", "정수", "12", "10")]
    assert summary(plant("총10대 (정수 10)", "총10대 (정수 8)")) == [
        ("header.over_quota", "warning", "제목", "정수", "8", "10")]


def test_vehicle_header_repaired_is_info():
    shifted = plant("총 계\t승 용\t\t\t화 물\t\n\t소 계\t소형\t중형\t소 계\t대형",
                    "총 계\t승 용\t\t화 물\t\t\n\t소 계\t소형\t\t중형\t소 계\t대형")
    assert [(f.rule, f.severity) for f in shifted] == [("repair.header", "info")]


def test_budget_total_and_rate():
    """The 계's 예산액 3,100 where its lines make 3,000: its 집행률 40.0 is right by those (1,200 ÷ 3,000), no
    finding of its own (before, expected 38.7 of the printed 3,100); a rate wrong either way is still found."""
    found = plant("계\t3,000\t1,200\t40.0", "계\t3,100\t1,200\t40.0")
    assert summary(found) == [("sum.budget", "error", "계", "예산액", "3,000천원", "3,100천원")]
    found = plant("계\t3,000\t1,200\t40.0", "계\t3,100\t1,200\t41.0")
    assert ("rate", "error", "계", "집행률(%)", "38.7", "41.0") in summary(found)
    assert [f.message for f in found if f.rule == "sum.budget"] == [
        "계의 예산액이 단위사업별 합계와 다릅니다 (표기 3,100천원, 합계 3,000천원)"]


def test_remaining_is_budget_less_executed_and_sums_to_the_total():
    text = CLEAN.replace("집행액\t집행률(%) (5.31.기준)", "집행액\t잔액\t집행률(%) (5.31.기준)")
    rows = {"계\t3,000\t1,200": "1,800", "깨끗한 거리 조성\t2,000\t800": "1,200", "청소행정 지원\t1,000\t400": "600"}
    for row, remaining in rows.items():
        text = text.replace(f"{row}\t40.0", f"{row}\t{remaining}\t40.0")
    assert findings(text) == []
    found = findings(text.replace("청소행정 지원\t1,000\t400\t600", "청소행정 지원\t1,000\t400\t700"))
    # one finding, its line's: the right figure makes the 계's 잔액 its lines' sum too
    assert summary(found) == [("remaining", "error", "청소행정 지원", "잔액", "600천원", "700천원")]
    assert found[0].message == ("청소행정 지원의 잔액이 예산액 − 집행액과 다릅니다 "
                                "(표기 700천원, 계산 1,000천원 − 400천원 = 600천원)")


@pytest.mark.parametrize(("executed", "printed", "rules"), [
    ("400", "40", []), ("400", "40.0", []), ("400", "40.00", []), ("400", "40.04", ["rate"]),
    ("400", "40.1", ["rate"]), ("400", "39.9", ["rate"]), ("400", "41", ["rate"]),
    ("405", "40", []), ("405", "41", []), ("405", "40.5", []),
    # its rate wrong, and its 계's 1,200 (1,206 summed) makes it 400, which the rate agrees with: the 집행액 is wrong
    ("406", "40", ["sum.budget"]),
])
def test_rate_within_half_a_unit_of_the_printed_precision(executed, printed, rules):
    text = CLEAN.replace("청소행정 지원\t1,000\t400\t40.0", f"청소행정 지원\t1,000\t{executed}\t{printed}")
    found = [f for f in findings(text) if f.row == "청소행정 지원"]
    assert [f.rule for f in found] == rules


def test_a_budget_table_without_a_money_unit_is_said_once():
    found = plant("(단위: 천원)\n\n단위사업명", "단위사업명")
    # and its knock-on: the project's 2,000천원 is now above its 단위사업's 2,000 won
    assert summary(found) == [
        ("unit", "info", "계", "단위", "천원, 백만원 …", "-"),
        ("cross.project_over_unit", "warning", "깨끗한 거리 조성", "예산액", "≤ 2,000원", "2,000천원")]
    assert found[0].message == "금액 단위를 알 수 없어(단위 없음) 금액을 원으로 보았습니다"
    found = plant("(단위: 천원)\n\n단위사업명", "(단위: 천 달러)\n\n단위사업명")
    assert [(f.rule, f.actual) for f in found] == [("unit", "천달러"), ("cross.project_over_unit", "2,000천원")]


def budget_findings(table: str) -> list:
    """The findings of the clean report's cover with this budget table as its general part."""
    return summary(findings(CLEAN.split("# Ⅰ. 일반현황")[0] + table))


def test_budget_of_two_levels_sums_each_level():
    assert budget_findings(TWO_LEVEL_BUDGET) == []
    assert budget_findings(TWO_LEVEL_BUDGET.replace("\t시설 유지\t1,500", "\t시설 유지\t1,400")) == [
        ("sum.budget", "error", "청사 관리", "예산액", "1,900천원", "2,000천원")]
    # 인력 운영 has no line of its own: its 세부사업 count toward the 계
    assert budget_findings(TWO_LEVEL_BUDGET.replace("인건비\t1,000", "인건비\t900")) == [
        ("sum.budget", "error", "계", "예산액", "2,900천원", "3,000천원")]


def test_budget_of_three_levels_sums_each_level():
    assert budget_findings(THREE_LEVEL_BUDGET) == []
    assert budget_findings(THREE_LEVEL_BUDGET.replace("거주자 주차\t200", "거주자 주차\t250")) == [
        ("sum.budget", "error", "주차 환경 개선", "예산액", "550천원", "500천원")]
    # 마을버스 지원 counts toward 교통 편의 증진, its 단위사업 having no line of its own
    assert budget_findings(THREE_LEVEL_BUDGET.replace("마을버스 지원\t300", "마을버스 지원\t200")) == [
        ("sum.budget", "error", "교통 편의 증진", "예산액", "700천원", "800천원")]
    (found,) = findings(CLEAN.split("# Ⅰ. 일반현황")[0] + THREE_LEVEL_BUDGET.replace("공영주차장 운영\t300",
                                                                                  "공영주차장 운영\t350"))
    assert found.message == "주차 환경 개선의 예산액이 세부사업별 합계와 다릅니다 (표기 500천원, 합계 550천원)"
    found = findings(CLEAN.split("# Ⅰ. 일반현황")[0] + THREE_LEVEL_BUDGET.replace("교통 편의 증진\t소 계\t\t800",
                                                                               "교통 편의 증진\t소 계\t\t900"))
    # a wrong group's line is one finding, not also the 계 it breaks, which its lines make 1,000 (before, the 계
    # as well, expected 1,100천원)
    assert [f.message for f in found] == [
        "교통 편의 증진의 예산액이 단위사업별 합계와 다릅니다 (표기 900천원, 합계 800천원)"]
    assert budget_findings(THREE_LEVEL_BUDGET.replace("행정운영경비\t소 계\t\t200", "행정운영경비\t소 계\t\t100")) == [
        ("sum.budget", "error", "행정운영경비", "예산액", "200천원", "100천원")]
    # the 계 wrong too: each found, the 계 expected its lines' sum (the right groups'; before, the printed 1,100)
    both = THREE_LEVEL_BUDGET.replace("교통 편의 증진\t소 계\t\t800", "교통 편의 증진\t소 계\t\t900").replace(
        "합 계\t\t\t1,000", "합 계\t\t\t1,050")
    assert budget_findings(both) == [("sum.budget", "error", "계", "예산액", "1,000천원", "1,050천원"),
                                     ("sum.budget", "error", "교통 편의 증진", "예산액", "800천원", "900천원")]


# 도로 유지관리, a 정책사업 printing no line of its own, over its one 단위사업 도로 보수
# (`도로 유지관리 | 도로 보수 | 소 계`)
ROAD_BUDGET = (THREE_LEVEL_BUDGET.replace("합 계\t\t\t1,000\t300", "합 계\t\t\t1,700\t550")
               + "도로 유지관리\t도로 보수\t소 계\t700\t250\n\t\t포장 보수\t400\t150\n\t\t보도 정비\t300\t100\n")


def test_a_policy_printing_no_line_of_its_own_is_its_units_parent():
    """도로 보수's parent names the 정책사업 printed beside it, as a 세부사업's names a 단위사업 printing no
    line: the 계 counts 도로 보수 beside the 정책사업's lines, its 세부사업 add up to it, and no check looks for a
    도로 유지관리 line."""
    r = extract_report(read_text("t.txt", (CLEAN.split("# Ⅰ. 일반현황")[0] + ROAD_BUDGET).encode()))
    assert [(b.name, b.parent, b.budget_krw // 1_000) for b in r.budget[-3:]] == [
        ("도로 보수", "도로 유지관리", 700), ("포장 보수", "도로 보수", 400), ("보도 정비", "도로 보수", 300)]
    assert run_checks(r) == []
    assert budget_findings(ROAD_BUDGET.replace("보도 정비\t300", "보도 정비\t200")) == [
        ("sum.budget", "error", "도로 보수", "예산액", "600천원", "700천원")]
    assert budget_findings(ROAD_BUDGET.replace("도로 보수\t소 계\t700", "도로 보수\t소 계\t600")) == [
        ("sum.budget", "error", "도로 보수", "예산액", "700천원", "600천원")]


def test_project_budget_total_against_funding_sources():
    found = plant("시비\t500\t200\t40", "시비\t600\t200\t33.3")
    assert ("sum.project_budget", "error", "계", "예산액", "2,100천원", "2,000천원") in summary(found)


def test_generic_table_total_row():
    found = plant("\t제2차고지\t500\t", "\t제2차고지\t600\t")
    assert summary(found) == [("sum.table", "error", "차고지 / 계", "면적(m²)", "1,600", "1,500")]


TWINNING = "#### □ 교류 현황\n\n구 분\t계\t국내\t국외\n계\t22\t12\t10\n2023년\t10\t6\t4\n2024년\t12\t6\t6\n\n"


def test_generic_table_total_column():
    assert findings(CLEAN.replace("## 4 예산현황", TWINNING + "## 4 예산현황")) == []
    found = findings(CLEAN.replace("## 4 예산현황", TWINNING.replace("12\t6\t6", "12\t6\t5") + "## 4 예산현황"))
    # the 계 row's 국외 and 2024년's 계 both miss 1, the corner adds up: one wrong part where they cross
    assert summary(found) == [("sum.table", "error", "2024년", "국외", "6", "5")]


def test_a_total_column_most_rows_do_not_add_up_to_is_no_row_total():
    ratio = "#### □ 교류 현황\n\n구 분\t계\t국내\t비율(%)\n2023년\t10\t6\t60\n2024년\t12\t6\t50\n2025년\t10\t5\t5\n\n"
    found = findings(CLEAN.replace("## 4 예산현황", ratio + "## 4 예산현황"))  # 2025년 adds up, by chance
    # no sum; but 2025년's 비율 is no 국내 ÷ 계 × 100 (5 of 10), as the other rows print it: a wrong rate
    assert summary(found) == [("rate.table", "error", "2025년", "비율(%)", "50", "5")]


def test_unit_and_project_with_the_same_budget_must_agree_on_executed():
    # the project's table adds up to its 700: the two places disagree
    found = plant("계\t2,000\t800\t40\n시비\t500\t200\t40", "계\t2,000\t700\t35\n시비\t500\t100\t20")
    assert summary(found) == [("cross.executed", "warning", "깨끗한 거리 조성", "집행액", "800천원", "700천원")]
    # where it does not, its 계 is its own sum's finding, said once (before, the warning too, expected 800 as well)
    found = plant("계\t2,000\t800\t40\n시비", "계\t2,000\t700\t35\n시비")
    assert summary(found) == [("sum.project_budget", "error", "계", "집행액", "800천원", "700천원")]


def test_project_above_its_unit():
    found = plant("- 단위사업: 깨끗한 거리 조성", "- 단위사업: 청소행정 지원")
    assert summary(found) == [("cross.project_over_unit", "warning", "청소행정 지원", "예산액", "≤ 1,000천원",
                               "2,000천원")]


def test_real_report_has_no_error_and_exactly_one_warning(real_report):
    found = run_checks(real_report)
    assert [f for f in found if f.severity == "error"] == []
    (warning,) = [f for f in found if f.severity == "warning"]
    assert (warning.rule, warning.row, warning.expected, warning.actual) == (
        "cross.executed", "대외교류 활성화", "39,400천원", "34,500천원")
    assert "천선도시 등 대내·외 교류 내실화" in warning.table
    assert [f.rule for f in found if f.severity == "info"] == ["repair.header"]


PLANTED = [  # (line, rule, severity, row, column, expected, printed) — see docs/samples.md
    (26, "sum.staffing", "error", "정원", "계", "28", "29"),
    (27, "cross.staffing_line", "warning", "현원", "계", "27", "26"),
    (28, "shortfall", "error", "과부족", "일반직 6급", "1", "2"),
    (35, "sum.table", "error", "도시공원 / 계", "면적(m²)", "1,254,300", "1,254,000"),
    (39, "header.quota", "info", "제목", "정수", "9", "8"),
    (45, "sum.vehicles", "error", "화물", "소계", "5", "6"),
    (47, "header.over_quota", "warning", "제목", "정수", "6", "7"),
    (47, "header.total", "error", "제목", "총계", "7", "8"),
    (51, "repair.header", "info", "머리글", None, None, None),
    (60, "sum.budget", "error", "계", "잔액", "3,518,000천원", "3,459,000천원"),
    (60, "sum.budget", "error", "계", "집행액", "2,312,000천원", "2,321,000천원"),
    (62, "remaining", "error", "공원 관리", "잔액", "900,000천원", "950,000천원"),
    (62, "sum.funding", "error", "공원 관리", "구비", "1,420,000천원", "1,400,000천원"),
    (63, "rate", "error", "기본경비", "집행률(%)", "40.0", "45.0"),
    (70, "cross.repeated", "warning", "공원 관리", "집행액", "600,000천원", "650,000천원"),
    (102, "cross.project_over_unit", "warning", "공원 관리", "예산액", "≤ 1,500,000천원", "1,900,000천원"),
    (102, "sum.project_budget", "error", "계", "예산액", "1,800,000천원", "1,900,000천원"),
    (127, "rate.table", "error", "운동기구", "처리율(%)", "96.1", "92.5"),
    (139, "cross.executed", "warning", "푸른 녹지 조성", "집행액", "1,680,000천원", "1,608,000천원"),
    (139, "cross.project_budget", "warning", "구비", "예산액", "4,000,000천원", "4,200,000천원"),
    (148, "sum.project_cost", "error", "총사업비", None, "400,000천원", "450,000천원"),
    (160, "rate.table", "error", "어린이공원", "교체율(%)", "30.0", "35.0"),
    (165, "unit", "info", "계", "단위", "천원, 백만원 …", "-"),
    (167, "rate.budget_change", "error", "구비", "증감률(%)", "25.0", "52.0"),
]


def test_the_planted_samples_yield_exactly_their_planted_findings():
    from pipeline.extract import extract_file
    from tests.conftest import SAMPLES

    found = run_checks(extract_file(SAMPLES / "2025-hanbit-park-planted.txt"))
    assert [(f.source.line, f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in found] == PLANTED
    without_cover = run_checks(extract_file(SAMPLES / "한빛구-기획예산과-업무보고.md"))
    assert [(f.rule, f.severity, f.row, f.actual, f.message) for f in without_cover] == [
        ("cover.file_name", "info", "부서", "기획예산과", "표지에 부서가 없어 파일 이름에서 가져왔습니다 (기획예산과)"),
        ("cover.missing", "warning", "연도", None,
         "표지에도 파일 이름에도 연도가 없습니다: 연도로는 이 보고서를 찾을 수 없습니다")]
    # a converter's stray NUL byte, at the end of a sample: dropped, and said so on its line
    text = (SAMPLES / "2023-hanbit-jaemu.txt").read_bytes()
    with_nul = [f for f in run_checks(extract_file("jaemu.txt", text + b"\x00")) if f.rule.startswith("repair.")]
    last = text.count(b"\n") + 1
    assert [(f.source.line, f.rule, f.severity, f.row, f.actual, f.message) for f in with_nul] == [
        (last, "repair.nul_bytes", "info", "NUL 바이트", "1",
         f"텍스트 속의 NUL 바이트 1개를 버리고 읽었습니다 (줄 {last})")]
    lines = text.split(b"\n")
    for number in range(1, 20, 3):
        lines[number - 1] += b"\x00"
    spread = [f for f in run_checks(extract_file("jaemu.txt", b"\n".join(lines))) if f.rule.startswith("repair.")]
    assert [(f.source.line, f.actual, f.message) for f in spread] == [
        (1, "7", "텍스트 속의 NUL 바이트 7개를 버리고 읽었습니다 (줄 1, 4, 7, 10, 13 외 2줄)")]
    # `hwp5txt`'s placeholder for a table, on a line of its own below the staffing's title: said so, on its line
    with_placeholder = text.replace("## 2 인 력\n".encode(), "## 2 인 력\n\n<표>\n".encode(), 1)
    placeholder = [f for f in run_checks(extract_file("jaemu.txt", with_placeholder)) if f.rule.startswith("reading.")]
    assert [(f.source.line, f.rule, f.severity, f.actual) for f in placeholder] == [
        (25, "reading.tables_left_out", "warning", "1")]
    # a table printed a cell a line that is read as none (plain `pdftotext`), below the staffing's title: said so
    # (grades starting anew under one class: where its grades end no label tells)
    cells = "구 분\n계\n일 반 직\n5급\n6급\n7급\n6급\n정 원\n8\n1\n3\n2\n2\n현 원\n8\n1\n3\n2\n2\n"
    with_cells = text.replace("## 2 인 력\n".encode(), f"## 2 인 력\n\n{cells}\n".encode(), 1)
    unread = [f for f in run_checks(extract_file("jaemu.txt", with_cells)) if f.rule == "reading.tables_unread"]
    assert [(f.source.line, f.rule, f.severity, f.actual) for f in unread] == [
        (25, "reading.tables_unread", "warning", "1")]
    # the 인력 table printed by team, naming no status: read as 현원, and said so on its first row
    printed = text.decode()
    staffing = printed[printed.index("구 분\t계\t일 반 직"):printed.index("\n\n## 3 주요시설")]
    by_team = printed.replace(staffing, "팀 별\t계\t5급\t6급\n계\t7\t1\t6\n세무1팀\t4\t1\t3\n세무2팀\t3\t-\t3")
    assumed = [f for f in run_checks(extract_file("jaemu.txt", by_team.encode())) if f.rule.startswith("staffing.")]
    assert [(f.source.line, f.rule, f.severity, f.row) for f in assumed] == [
        (26, "staffing.status_assumed", "info", "현원")]
    # a share (`구성비`) that is no part of its 계 row's figure: 3,000 of 9,000 printed 43.3; and in the budget
    # table, 385,200 of 1,686,100 (22.8) printed 32.8
    share = text.replace("## 2 인 력\n".encode(), "□ 세목별 징수액\n\n구 분\t징수액\t구성비\n계\t9,000\t100.0\n"
                         "재산세\t3,000\t43.3\n주민세\t3,000\t33.3\n기타\t3,000\t33.3\n\n## 2 인 력\n".encode(), 1)
    for budget, with_share in (("\t예산액\t", "\t예산액\t구성비\t"), ("\t1,686,100\t", "\t1,686,100\t100.0\t"),
                               ("\t1,204,500\t", "\t1,204,500\t71.4\t"), ("\t385,200\t", "\t385,200\t32.8\t"),
                               ("\t96,400\t", "\t96,400\t5.7\t")):
        share = share.replace(budget.encode(), with_share.encode(), 1)
    shared = [f for f in run_checks(extract_file("jaemu.txt", share)) if f.rule.startswith("share.")]
    assert [(f.rule, f.severity, f.row, f.expected, f.actual) for f in shared] == [
        ("share.table", "error", "재산세", "33.3", "43.3"),
        ("share.budget", "error", "세입 확충 기반 강화", "22.8", "32.8")]
    # a column that is the sum of the two after it though no label says so (발굴 = 지원 + 연계): a wrong 연계, 60 where
    # 120 − 70 is 50, found on its row (the 계 row's 연계 that it breaks, one finding with it)
    summed = text.replace("## 2 인 력\n".encode(), "□ 위기가구 발굴\n\n구 분\t발굴\t지원\t연계\n계\t300\t180\t120\n"
                          "1분기\t100\t60\t40\n2분기\t120\t70\t60\n3분기\t80\t50\t30\n\n## 2 인 력\n".encode(), 1)
    columns = [f for f in run_checks(extract_file("jaemu.txt", summed)) if f.rule.startswith("sum.")]
    assert [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in columns] == [
        ("sum.columns", "error", "2분기", "연계", "50", "60")]
    # a project's cost table by sources over its years whose 구비 총사업비 is not its years' sum (1,000,000 printed
    # 1,100,000): found on its row
    cost_rows = "".join(f"{row}\t1,100,000\t400,000\t385,200\t214,800\n" for row in ("계", "구비"))
    cost_header = "구 분\t총사업비\t기투자\t2023년\t향후"
    cost_table = text.replace("## □ 주요 추진실적\n".encode(), f"## □ 총사업비\n\n(단위: 천원)\n\n{cost_header}\n"
                              f"{cost_rows}\n## □ 주요 추진실적\n".encode(), 1)
    costs = [f for f in run_checks(extract_file("jaemu.txt", cost_table)) if f.rule.startswith("sum.project_cost")]
    assert [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in costs] == [
        ("sum.project_cost_table", "error", "계", "총사업비", "1,000,000천원", "1,100,000천원"),
        ("sum.project_cost_table", "error", "구비", "총사업비", "1,000,000천원", "1,100,000천원")]
    # an item's rate that is not its two figures' (80.0 % printed 81.0 %)
    item_rate = text.replace("## □ 주요 추진실적\n".encode(),
                             "## □ 주요 추진실적\n\n- 검진 3,200명 (목표 4,000명 대비 81.0%)\n".encode(), 1)
    rated = [f for f in run_checks(extract_file("jaemu.txt", item_rate)) if f.rule == "rate.item"]
    assert [(f.rule, f.severity, f.expected, f.actual) for f in rated] == [("rate.item", "warning", "80.0", "81.0")]
    # every check has its planted finding: the cover's in the sample that has none, the readers' in the ones above
    # a figure of 16 digits (`41,000` garbled), read as blank and told where it is
    garbled = text.replace(b"\t41,000\t", b"\t4100000000000000\t", 1)
    unreadable = [f for f in run_checks(extract_file("jaemu.txt", garbled)) if f.rule.startswith("value.")]
    assert [(f.rule, f.severity, f.row, f.column, f.actual) for f in unreadable] == [
        ("value.unreadable", "info", "기본경비", "집행액", "4100000000000000")]
    # `pdftotext -raw`'s table over a page break, no 소계: a group's label atop the next page, read from there, said so
    foot = ["계 25 4,100", "체육시설", "축구장 3 300", "야구장 2 650", "수영장 4 800", "게이트볼장 3 600"]
    top = ["생활시설", "테니스장 2 350", "탁구장 4 200", "공원시설", "근린공원 4 700", "어린이공원 3 500"]
    raw = _raw_text(foot, top)
    unplaced = [f for f in run_checks(extract_file("2025-hanbit-cheyuk.txt", raw.encode())) if f.rule.startswith(
        "reading.")]
    assert [(f.rule, f.severity, f.row) for f in unplaced] == [("reading.group_unplaced", "info", "생활시설")]
    # a vehicle list in place of the fleet's count table, one of its models one the tool puts under no category
    table = text[text.index("(단위: 대)".encode(), text.index("공용차량".encode())):text.index(b"## 4 ")]
    listed = text.replace(table, ("연번\t차 종\t차량번호\t연식\n1\t쏘나타\t12가3456\t2019\n2\t포터Ⅱ\t34나5678\t2020\n"
                                  "3\t카운티\t70자1234\t2018\n4\t모빌리티카\t56다7890\t2022\n"
                                  "5\t봉고Ⅲ\t78라1234\t2021\n\n").encode(), 1)
    models = [f for f in run_checks(extract_file("jaemu.txt", listed)) if f.rule == "vehicles.uncategorised"]
    assert [(f.rule, f.severity, f.row, f.column, f.message) for f in models] == [
        ("vehicles.uncategorised", "info", "목록", "차종",
         "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (모빌리티카: 1대)")]
    assert {f.rule for f in found + without_cover + with_nul + placeholder + unread + assumed + shared + columns
            + costs + rated + unreadable + unplaced + models} == {r.id for r in RULES}


@pytest.mark.parametrize("name", ["2023-hanbit-jaemu.txt", "2024-hanbit-cheongso.md", "2025-hanbit-bokji.txt",
                                  "2026-hanbit-chongmu.md"])
def test_clean_samples_yield_no_error_and_no_warning(name):
    from pipeline.extract import extract_file
    from tests.conftest import SAMPLES

    found = run_checks(extract_file(SAMPLES / name))
    assert [f for f in found if f.severity != "info"] == []


SECOND_BUDGET_TABLE = ("청소행정 지원\t1,000\t400\t40.0\n",
                       "청소행정 지원\t1,000\t400\t40.0\n\n## 5 세부 집행 현황\n\n(단위: 천원)\n\n"
                       "단위사업명\t예산액\t집행액\t집행률(%)\n계\t2,500\t1,000\t40.0\n"
                       "깨끗한 거리 조성\t2,000\t800\t40.0\n환경 교육\t500\t200\t40.0\n")


def test_a_second_budget_table_sums_its_own_lines_and_agrees_with_the_first():
    assert plant(*SECOND_BUDGET_TABLE) == []  # each 계 is the sum of its own table's lines
    found = plant(SECOND_BUDGET_TABLE[0], SECOND_BUDGET_TABLE[1].replace("조성\t2,000\t800", "조성\t2,000\t900"))
    # the line's wrong 집행액 is one error, on it, at the figure its 계 makes it (before, the 계's and its rate)
    # (before, `cross.repeated` said it again, expected 800 as well: the figure is found once; and `cross.executed`
    # at the project, whose 800 the error finds right: not given beside it either)
    assert summary(found) == [("sum.budget", "error", "깨끗한 거리 조성", "집행액", "800천원", "900천원")]
    assert [f.table for f in found][:1] == ["예산현황 (표 2)"]


def test_a_staffing_table_kept_beside_its_counts_is_checked_once():
    found = plant("과부족\t△1\t△2\t-\t△2\t1\n", "과부족\t△1\t△2\t-\t△2\t1\n비 고\t\t휴직 1\t\t\t\n")
    assert found == []  # the grid kept for its 비고 row is not checked again as a table
    found = plant("정 원\t10\t8\t3\t5\t2\n", "정 원\t11\t8\t3\t5\t2\n")
    with_remarks = plant("정 원\t10\t8\t3\t5\t2\n", "정 원\t11\t8\t3\t5\t2\n비 고\t\t휴직 1\t\t\t\n")
    assert summary(with_remarks) == summary(found) and {f.rule for f in found} == {"sum.staffing"}


def test_a_vehicle_list_against_its_heading():
    assert findings(CLEAN.replace("## 4 예산현황", VEHICLE_LIST + "\n## 4 예산현황")) == []
    found = findings(CLEAN.replace("## 4 예산현황", VEHICLE_LIST.replace("총 3대", "총 4대") + "\n## 4 예산현황"))
    assert summary(found) == [("header.total", "error", "제목", "총계", "3", "4")]


def test_budget_total_in_a_column_with_no_field_of_its_own():
    table = ("단위사업명\t예산액\t집행액\t집행률(%) (5.31.기준)\n계\t3,000\t1,200\t40.0\n"
             "깨끗한 거리 조성\t2,000\t800\t40.0\n청소행정 지원\t1,000\t400\t40.0\n")
    with_change = ("단위사업명\t전년도 예산액\t예산액\t증감\t집행액\t집행률(%) (5.31.기준)\t증감률(%)\n"
                   "계\t2,900\t3,000\t100\t1,200\t40.0\t3\n"
                   "깨끗한 거리 조성\t1,800\t2,000\t200\t800\t40.0\t11\n"
                   "청소행정 지원\t1,100\t1,000\t△100\t400\t40.0\t△9\n")
    assert plant(table, with_change) == []  # 증감률 is a rate: its 계 is no sum
    found = plant(table, with_change.replace("계\t2,900\t3,000\t100", "계\t2,900\t3,000\t300"))
    assert summary(found) == [("sum.budget", "error", "계", "증감", "100천원", "300천원")]
    assert found[0].message == "계의 증감 값이 단위사업별 합계와 다릅니다 (표기 300천원, 합계 100천원)"
