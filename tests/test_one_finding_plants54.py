"""One planted wrong figure, one finding on its cell, where another place of the report prints the figure too: a
단위사업's 집행액 that its 계 and its project's own 집행액 both make otherwise, and a project's source line that its
계 and its text's stated source both make otherwise (before, two findings each: the 계's and a `cross.*` warning)."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

UNITS_AND_PROJECT = """# 2025년 주요업무 보고

## 여 성 가 족 과

# Ⅰ. 일반현황

## 4 예산현황

(2025. 5. 31. 기준, 단위: 천원)

사 업 명\t예 산 액\t집 행 액\t집행률(%)
계\t5,962,500\t2,409,220\t40.4
여성 권익 증진\t842,500\t361,220\t42.9
아이돌봄 지원\t5,120,000\t{unit_executed}\t40.0

# Ⅱ. 주요업무 추진실적

## 1 아이돌봄 서비스 확대 (가족정책팀)

### □ 사업개요

- 기 간: 연중
- 예 산

(단위: 천원)

구 분\t계\t국 비\t시 비\t구 비
예산액\t5,120,000\t3,584,000\t768,000\t768,000
집행액\t{project_executed}\t1,433,600\t307,200\t307,200
"""

STATED_SOURCES = """# 2025년 주요업무 보고

## 감 사 담 당 관

# Ⅱ. 주요업무 추진실적

## 1 청렴도 향상

  □ 사업개요
   ○ 사업기간 : 2025. 1. ~ 2025. 12.
   ○ 사 업 비 : 209,000천원 (시비 60,000, 구비 149,000)

  □ 예산현황                                                    (단위: 천원)

   구   분                 계        국 비        시 비        구 비
   예산액             209,000          -     60,000    {district}
   집행액              88,150          -     25,300     62,850
"""


def findings(text: str) -> list[tuple]:
    report = extract_report(read_text("report.txt", text.encode()))
    return [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in run_checks(report)]


def test_the_reports_as_printed_hold_no_finding():
    assert findings(UNITS_AND_PROJECT.format(unit_executed="2,048,000", project_executed="2,048,000")) == []
    assert findings(STATED_SOURCES.format(district="149,000")) == []


def test_a_units_wrong_executed_is_one_finding_on_its_line():
    # the 계 (2,409,220) and the project's own 집행액 (2,048,000) both make 아이돌봄 지원's 2,048,000: before, also
    # sum.budget on the 계 (expected 2,409,221천원) and cross.executed at the project's line
    text = UNITS_AND_PROJECT.format(unit_executed="2,048,001", project_executed="2,048,000")
    assert findings(text) == [("sum.budget", "아이돌봄 지원", "집행액", 14, "2,048,000천원", "2,048,001천원")]
    report = extract_report(read_text("report.txt", text.encode()))
    message = run_checks(report)[0].message
    assert "계의 집행액과 사업 '아이돌봄 서비스 확대'의 집행액이 함께 맞는 값과" in message


def test_a_projects_wrong_executed_is_still_found_on_the_project():
    # the 단위사업 table adds up over its 2,048,000: the project's own 계 is the wrong one, as its sources say
    text = UNITS_AND_PROJECT.format(unit_executed="2,048,000", project_executed="2,048,001")
    assert findings(text) == [("sum.project_budget", "계", "집행액", 29, "2,048,000천원", "2,048,001천원")]


def test_a_figure_the_project_does_not_witness_leaves_the_findings_as_they_were():
    # the project prints 2,048,005, which its own sources and the 계 both find wrong: the 단위사업's 2,048,001 is
    # tried at it, which clears nothing, so the 계 is still blamed, and the warning stands
    text = UNITS_AND_PROJECT.format(unit_executed="2,048,001", project_executed="2,048,005")
    assert findings(text) == [("sum.budget", "계", "집행액", 12, "2,409,221천원", "2,409,220천원"),
                              ("cross.executed", "아이돌봄 지원", "집행액", 29, "2,048,001천원", "2,048,005천원"),
                              ("sum.project_budget", "계", "집행액", 29, "2,048,000천원", "2,048,005천원")]


def test_a_projects_wrong_source_beside_its_stated_amount_is_one_finding_on_it():
    # the 계 (209,000) and the text's `구비 149,000` both make 149,000: before, also sum.project_budget on the 계
    # (expected 209,001천원)
    assert findings(STATED_SOURCES.format(district="149,001")) == [
        ("sum.project_budget", "구비", "예산액", 16, "149,000천원", "149,001천원")]
