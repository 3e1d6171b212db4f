"""One planted wrong figure, one finding on its cell: a period's figure beside a change and a 증감률 that both agree
with the earlier period (before, found on the change), and more below."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

PERIODS = """# 2025년 주요업무 보고

## 부 동 산 정 보 과

# Ⅱ. 주요업무 추진실적

## 1 개별공시지가 결정

□ 개별공시지가 결정 현황

구 분\t2024년\t2025년\t증 감\t증감률
{total}조사 필지(필)\t18,420\t{parcels}\t96\t0.5%
의견제출(건)\t48\t54\t6\t12.5%
이의신청(건)\t{last}\t{this}\t{change}\t△12.5%
"""
TOTAL = "계\t18,500\t18,598\t98\t0.5%\n"


def reported(text: str):
    return run_checks(extract_report(read_text("report.txt", text.encode())))


def findings(text: str) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in reported(text)]


def periods(total: str = "", parcels: str = "18,516", last: str = "32", this: str = "28", change: str = "△4") -> str:
    return PERIODS.format(total=total, parcels=parcels, last=last, this=this, change=change)


def test_the_periods_as_printed_hold_no_finding():
    assert findings(periods()) == []
    assert findings(periods(total=TOTAL)) == []


def test_a_later_figure_its_change_and_rate_both_agree_against_is_found_on_it():
    # △4 ÷ 32 is the printed △12.5%, (29 − 32) ÷ 32 is not: the 2025년 is wrong, 32 + △4 = 28; before, sum.table on
    # the 증 감, expected -3
    found = reported(periods(this="29"))
    assert [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in found] == [
        ("sum.table", "이의신청(건)", "2025년", 14, "28", "29")]
    assert "2024년·증 감·증감률 열이 함께 맞는 값과 다릅니다 (표기 29, 맞는 값 28)" in found[0].message


def test_an_earlier_figure_and_a_change_are_still_found_on_themselves():
    # the rate is of the earlier: a wrong 2024년 misses it too (△4 ÷ 33), and the search finds the 2024년
    assert findings(periods(last="33")) == [("sum.table", "이의신청(건)", "2024년", 14, "32", "33")]
    # a wrong change: its rate (△5 ÷ 32) misses, the periods' △4 ÷ 32 agrees: the change's own finding
    assert findings(periods(change="△5")) == [("sum.table", "이의신청(건)", "증 감", 14, "-4", "-5")]


def test_a_rate_too_coarse_to_tell_leaves_the_finding_on_the_change():
    # 96 ÷ 18,420 and 97 ÷ 18,420 are both 0.5%: the rate witnesses neither, so the change is blamed as before
    assert findings(periods(parcels="18,517")) == [("sum.table", "조사 필지(필)", "증 감", 12, "97", "96")]


def test_a_later_figure_a_total_row_finds_wrong_too_is_one_finding_named_by_the_change():
    # the 계's 2025년 (18,598) misses the 29 too: one finding, its message naming the 계 and the 증 감 as before
    found = reported(periods(total=TOTAL, this="29"))
    assert [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in found] == [
        ("sum.table", "이의신청(건)", "2025년", 15, "28", "29")]
    assert "계 행과 증 감 열이 함께 맞는 값과" in found[0].message


UNIT_AND_DISTRICT_PROJECT = """# 2025년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 4 예산현황

(2025. 5. 31. 기준, 단위: 백만원)

사 업 명\t예 산 액\t집 행 액\t집행률(%)
계\t2,012\t804\t40.0
인사·조직 운영\t1,512\t604\t39.9
기본경비\t500\t200\t40.0

# Ⅱ. 주요업무 추진실적

## 1 인사·조직 운영 (인사팀)

## □ 예산현황

(단위: 백만원)

예산액\t집행액\t집행률(%)
1,512(구비)\t{executed}(구비)\t39.9
"""


def test_a_projects_wrong_executed_its_unit_witnesses_is_one_finding_on_it():
    # the project's 39.9% and its 단위사업's 604 both make 604: before, also rate on its 집행률 (expected 40.0) and
    # cross.executed at the project's line (expected 604백만원, actual 605백만원)
    assert findings(UNIT_AND_DISTRICT_PROJECT.format(executed="604")) == []
    found = reported(UNIT_AND_DISTRICT_PROJECT.format(executed="605"))
    assert [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in found] == [
        ("rate", "구비", "집행액", 25, "604백만원", "605백만원")]
    assert "구비의 집행률(%)과 단위사업 '인사·조직 운영'의 집행액이 함께 맞는 값과" in found[0].message


UNIT_AND_PROJECT_SOURCES = """# 2025년 주요업무 보고

## 보 육 정 책 과

# Ⅰ. 일반현황

## 4 예산현황

(2025. 5. 31. 기준, 단위: 천원)

사 업 명\t예 산 액\t집 행 액\t집행률(%)
계\t8,950,000\t4,002,500\t44.7
어린이집 운영 지원\t8,450,000\t3,802,500\t45.0
기본경비\t500,000\t200,000\t40.0

# Ⅱ. 주요업무 추진실적

## 1 어린이집 운영 지원 (어린이집지원팀)

### □ 사업개요

- 예 산

(단위: 천원)

구 분\t계\t국 비\t시 비\t구 비
예산액\t{total}\t2,535,000\t3,380,000\t2,535,000
집행액\t3,802,500\t1,140,750\t1,521,000\t1,140,750
"""


def test_a_projects_total_over_its_unit_is_its_tables_finding_alone():
    # the 계 8,450,001 is over its 단위사업's 8,450,000 too, which its sources' sum says already: before, also
    # cross.project_over_unit (expected ≤ 8,450,000천원)
    assert findings(UNIT_AND_PROJECT_SOURCES.format(total="8,450,000")) == []
    assert findings(UNIT_AND_PROJECT_SOURCES.format(total="8,450,001")) == [
        ("sum.project_budget", "계", "예산액", 27, "8,450,000천원", "8,450,001천원")]


def test_a_total_over_its_unit_its_own_table_finds_right_is_still_warned():
    # 8,460,000 by its sources too: no error says the bound, the warning stands
    text = UNIT_AND_PROJECT_SOURCES.format(total="8,460,000").replace("3,380,000\t2,535,000", "3,390,000\t2,535,000")
    assert findings(text) == [("cross.project_over_unit", "어린이집 운영 지원", "예산액", 27, "≤ 8,450,000천원",
                               "8,460,000천원")]
