"""An older report, as users bulk-import past years (branch hunt88): `2019-ara-haengjeongjiwon.txt` (아라구의회 제245회
임시회, 행정지원과 2019), saved by HWP 2010's "텍스트 문서로 저장" in CP949: tables a row a line, cells parted by tabs,
no markdown, `Ⅰ. Ⅱ.` parts, `1.` `가.` `1)` `가)` nesting, `○ ㅇ -` marks, a contents of leaders, a cover printing the
day of the report alone (no session's dates). Its conventions: a 임시회's session line; staffing of `일 반 직` over
`행정 | 전산 | 사서` and `기 능 직` over `운전 | 방호` (the 기능직-era label) beside `별정직 | 임기제 | 청원경찰`,
shortfalls `▲`; `ㅇ 공용차량 : 총 12대` over a fleet by fuel `(단위: 대)`; a budget in 백만원 at one decimal of
`본예산 | 제1회 추경 | 최종예산 | 집행액 | 집행률(%)`, its 단위사업 printed again in projects in 천원 (a table of the
same columns by source; `○ 사 업 비` over `○ 집 행 액 : 252,040천원 ('19. 5. 31. 기준)`; `○ 예 산 : 412,250천원`,
412.3백만원 rounded half up); dates of a two-digit year, `'19. 5. 31. 기준`, `'19. 3월 ~ 12월`.
Three errors planted: 임기제's 과부족 `▲2` where 1 − 2 is −1; 인사 및 복무관리's 집행률 44.4 where 171.3 ÷ 428.5 is
40.0% (of its 본예산, 386.0, as a 추경 report's mistake is); 행정 전산화's 집행액 251.9백만원 where its project states
252,040천원 (252.0백만원).
What was read wrong before: the 집행액 on the line under the 사업비 was no part of the project's budget (the third
error unfound); a 집행액's date in brackets (`(4.30. 기준)`) named its line as a source, `4.30.기준`; a 추경 column
was summed only down its 계, so a line's wrong 추경, 본예산 or 최종예산 was blamed on the 계 row."""

import functools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors.budget import stated_lines
from pipeline.extract import extract_file
from schemas.common import Source
from tests.conftest import every_item
from tests.layouts import make_pdfs, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
SUPPORT = "2019-ara-haengjeongjiwon.txt"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "임기제 계", "-1", "-2"),
           ("rate", "인사 및 복무관리", "집행률(%)", "40.0", "44.4"),
           ("cross.executed", "행정 전산화", "집행액", "251.9백만원", "252,040천원")]
YEAR = [f"2019-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(REPORTS / SUPPORT)


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.severity, f.source.line) for f in run_checks(report())] == [
        key + (severity, line) for key, severity, line in zip(
            PLANTED, ("error", "error", "warning"), (37, 58, 98), strict=True)]


def test_the_cover_of_a_temporary_session():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "행정지원과", 2019, "2019년도 주요업무 보고", 4)
    assert (document.council_session, document.council) == ("제245회 아라구의회 임시회", "아라구의회")
    # the day of the report alone: the session's date, no end (branch left89; before, neither)
    assert (document.session_start, document.session_end) == (date(2019, 6, 11), None)


SERIES = {  # (job class, series): (정원, 현원, 과부족 as printed)
    ("일반직", "행정"): (18, 17, -1), ("일반직", "전산"): (2, 2, 0), ("일반직", "사서"): (2, 1, -1),
    ("기능직", "운전"): (2, 2, 0), ("기능직", "방호"): (1, 1, 0), ("별정직", None): (1, 1, 0),
    ("임기제", None): (2, 1, -2), ("청원경찰", None): (2, 3, 1)}


def test_the_staffing_of_older_classes():
    staffing = {(s.status, s.job_class, s.series): s.headcount for s in report().staffing if s.job_class != "계"}
    assert staffing == {(status, job_class, series): count for (job_class, series), counts in SERIES.items()
                        for status, count in zip(("정원", "현원", "과부족"), counts, strict=True)}
    totals = {s.status: s.headcount for s in report().staffing if s.job_class == "계"}
    assert totals == {"정원": 30, "현원": 28, "과부족": -2}
    assert {(s.grade, s.as_of) for s in report().staffing} == {("계", date(2019, 5, 31))}


def test_the_fleet_under_its_count():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("공용차량 : 총 12대", 12, "대")
    assert [(c.category, c.count) for c in fleet.counts if c.kind == "소계" or c.category == c.kind == "계"] == [
        ("계", 12), ("승용", 5), ("승합", 3), ("화물", 2), ("특수", 2)]
    assert {(c.fuel, c.count) for c in fleet.counts if c.category == "계" and c.fuel} == {
        ("휘발유", 3), ("경유", 7), ("LPG", 1), ("전기", 1)}


def test_the_budget_with_its_supplementary_columns():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.other_columns) for b in report().budget] == [
        ("계", 8_833_900_000, 3_667_200_000, "41.5", {"본예산": "8,512.4", "제1회 추경": "321.5"}),
        ("청사 유지관리", 2_325_600_000, 1_012_400_000, "43.5", {"본예산": "2,140.6", "제1회 추경": "185.0"}),
        ("기록물 관리", 412_300_000, 160_800_000, "39.0", {"본예산": "412.3", "제1회 추경": "-"}),
        ("인사 및 복무관리", 428_500_000, 171_300_000, "44.4", {"본예산": "386.0", "제1회 추경": "42.5"}),
        ("행정 전산화", 748_100_000, 251_900_000, "33.7", {"본예산": "654.1", "제1회 추경": "94.0"}),
        ("인력운영비", 4_712_800_000, 1_985_600_000, "42.1", {"본예산": "4,712.8", "제1회 추경": "-"}),
        ("기본경비", 206_600_000, 85_200_000, "41.2", {"본예산": "206.6", "제1회 추경": "-"})]
    assert {(b.unit, b.as_of) for b in report().budget} == {("백만원", date(2019, 5, 31))}


def test_the_projects_in_thousands():
    assert [(p.seq, p.title, p.team) for p in report().projects] == [
        (1, "청사 유지관리", "청사관리팀"), (2, "행정 전산화", "행정팀"), (3, "기록물 관리", "기록관리팀")]
    building, computing, records = report().projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.unit) for b in building.budget_lines] == [
        ("계", 2_325_560 * K, 1_012_350 * K, None, "천원"), ("시비", 300_000 * K, 150_000 * K, "시비", "천원"),
        ("구비", 2_025_560 * K, 862_350 * K, "구비", "천원")]
    # the 집행액 on the line under the 사업비, as of the day it prints
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.as_of, b.source.line)
            for b in computing.budget_lines] == [("계", 748_100 * K, 252_040 * K, None, date(2019, 5, 31), 98)]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in records.budget_lines] == [("계", 412_250 * K, None)]


def test_the_items_of_two_digit_years():
    building, computing, records = report().projects
    assert project_items(building) == [
        ("기 간 : '19. 1월 ~ 12월", YEAR, None), ("대 상 : 본청 및 별관 (연면적 32,418㎡)", None, None),
        ("내 용 : 청사 시설물 보수, 냉난방설비 교체, 청사 방호", None, None),
        ("별관 냉난방설비 교체 : '19. 3월 ~ 5월 / 185,000천원", YEAR[2:5], 185_000 * K),
        ("냉난방기 42대 교체, 실외기 안전펜스 설치", None, None),
        ("청사 승강기 정밀안전검사 : '19. 4. 15. ~ 4. 19.", YEAR[3:4], None),
        ("4대 검사, 지적사항 2건 조치 완료", None, None),
        ("본관 옥상 방수공사 : '19. 7월 ~ 8월 / 96,000천원", YEAR[6:8], 96_000 * K),
        ("동절기 청사 안전점검 : '19. 11월", YEAR[10:11], None)]
    # `1)` over `가)` over `-`
    assert [(i.depth, i.text, i.months) for i in every_item(computing.items) if i.heading == "추진실적"] == [
        (0, "노후 PC 교체", YEAR[2:4]), (1, "교체 대상 : 내용연수 5년 경과 PC 180대", None),
        (1, "추진 기간 : '19. 3월 ~ 4월", None), (0, "전자결재 시스템 고도화", None),
        (1, "착수보고회 : '19. 4. 22.", YEAR[3:4]), (2, "온나라 시스템 연계 기능 개선", None)]
    assert project_items(computing, "향후계획") == [  # `ㅇ` marks
        ("서버 이중화 구축 : '19. 7월 ~ 9월", YEAR[6:9], None), ("정보보안 실태 점검 : '19. 10월", YEAR[9:10], None)]
    assert project_items(records)[0] == ("기 간 : '19. 3월 ~ 12월", YEAR[2:], None)


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # a line's 제1회 추경, found on it (before: the 계 row's, expected 294.5)
    ("청사 유지관리\t2,140.6\t185.0", "청사 유지관리\t2,140.6\t158.0",
     [("sum.budget", "청사 유지관리", "제1회 추경", "185.0백만원", "158.0백만원")]),
    # a line's 본예산 (before: the 계 row's, expected 8,476.4)
    ("청사 유지관리\t2,140.6", "청사 유지관리\t2,104.6",
     [("sum.budget", "청사 유지관리", "본예산", "2,140.6백만원", "2,104.6백만원")]),
    # a line's 최종예산, which its 집행률 is of
    ("185.0\t2,325.6", "185.0\t2,352.6", [("sum.budget", "청사 유지관리", "예산액", "2,325.6백만원", "2,352.6백만원")]),
    # a source's 추경 in the project's table in 천원
    ("구 비\t1,840,560\t185,000", "구 비\t1,840,560\t158,000",
     [("sum.project_budget", "구비", "제1회 추경", "185,000천원", "158,000천원")]),
    # the project's 계 집행액, which its sources and its 단위사업's 1,012.4백만원 make 1,012,350천원: the error alone,
    # not also `cross.executed` (before: that too, 1,012.4백만원 taken for another figure than 1,012,350천원)
    ("1,012,350\t43.5", "1,021,350\t43.5",
     [("sum.project_budget", "계", "집행액", "1,012,350천원", "1,021,350천원")]),
    # the 현원's 계
    ("현 원\t28", "현 원\t27", [("sum.staffing", "현원", "계", "28", "27")]),
    # the fleet's count above its table
    ("총 12대", "총 13대", [("header.total", "제목", "총계", "12", "13")]),
])
def test_one_more_error_planted_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(SUPPORT, printed, wrong, "cp949")) == sorted(PLANTED + found)


@pytest.mark.parametrize("stated", ["412,250천원", "412,300천원", "412,349천원"])
def test_a_project_in_thousands_rounding_to_its_unit_of_millions_is_no_finding(stated):
    # 412,250천원 is 412.3백만원 rounded half up (412.2 rounded half to even): no finding either way
    assert sorted(planted(SUPPORT, "412,250천원", stated, "cp949")) == sorted(PLANTED)


def test_a_supplementary_column_that_is_the_budget_after_it_is_no_change(tmp_path):
    """`본예산 | 추경예산 | 예산현액` where the 추경 is the budget after the supplementary one (the 예산현액 adds last
    year's carry-over): no line's 추경 is the difference, so none is compared, and no right one is found."""
    text = ("제245회 아라구의회 임시회\n\n2019년도 주요업무 보고\n\n행 정 지 원 과\n\nⅠ. 일 반 현 황\n\n1. 예산현황\n"
            "(단위: 백만원)\n단위사업\t본예산\t추경예산\t예산현액\t집행액\t집행률(%)\n"
            "합 계\t300.0\t340.0\t360.0\t180.0\t50.0\n"
            "가 사업\t100.0\t120.0\t130.0\t65.0\t50.0\n나 사업\t200.0\t220.0\t230.0\t115.0\t50.0\n")
    path = tmp_path / "2019-t.txt"
    path.write_bytes(text.encode("cp949"))
    read = extract_file(path)
    assert [(b.name, b.budget_krw, b.other_columns) for b in read.budget] == [
        ("계", 360_000_000, {"본예산": "300.0", "추경예산": "340.0"}),
        ("가 사업", 130_000_000, {"본예산": "100.0", "추경예산": "120.0"}),
        ("나 사업", 230_000_000, {"본예산": "200.0", "추경예산": "220.0"})]
    assert [finding_figures(f) for f in run_checks(read)] == []


@pytest.mark.parametrize(("executed", "as_of"), [
    ("252,040천원 ('19. 5. 31. 기준)", date(2019, 5, 31)), ("252,040천원(4.30. 기준)", date(2019, 4, 30)),
    ("252,040천원", None)])
def test_an_executed_amounts_date_in_brackets_names_no_source(executed, as_of):
    # before: the line was named `'19.5.31.기준`, `4.30.기준`, and that its funding source
    [line] = stated_lines({"budget": "748,100천원", "executed": executed}, Source(line=1), 2019)
    assert (line.name, line.funding_source, line.executed_krw, line.as_of) == ("계", None, 252_040 * K, as_of)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / SUPPORT, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)


@settings(max_examples=40, deadline=None)
@given(budget=st.integers(1_000, 9_999_999), share=st.integers(0, 100), month=st.integers(1, 12),
       day=st.integers(1, 28), written=st.sampled_from(["'{y}. {m}. {d}.", "’{y}. {m}. {d}.", "2019. {m}. {d}.",
                                                         "{m}. {d}.", "{m}.{d}."]))
def test_an_executed_amount_on_the_line_under_the_budgets_completes_it(budget, share, month, day, written):
    """`○ 사 업 비 : …천원` over `○ 집 행 액 : …천원 (<date> 기준)`, the date of any year's writing: one line of
    both figures, as of that day."""
    executed = budget * share // 100
    date_text = written.format(y="19", m=month, d=day)
    text = ("제245회 아라구의회 임시회\n\n2019년도 주요업무 보고\n\n행 정 지 원 과\n\nⅡ. 주요업무 추진실적\n\n"
            "1. 행정 전산화 (행정팀)\n\n 가. 사업개요\n  ○ 기    간 : '19. 3월 ~ 12월\n"
            f"  ○ 사 업 비 : {budget:,}천원\n  ○ 집 행 액 : {executed:,}천원 ({date_text} 기준)\n"
            "  ○ 내    용 : 노후 PC 교체\n")
    [project] = extract_file(Path("2019-t.txt"), text.encode("cp949")).projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.as_of) for b in project.budget_lines] == [
        ("계", budget * K, executed * K, None, date(2019, month, day))]


@pytest.mark.parametrize("ordinal", ["제1회", "1회", "제2회"])
def test_a_supplementary_budgets_ordinal_in_a_header_of_one_space(ordinal):
    """`pdftotext -raw` prints a header's labels one space apart: a 추경's ordinal dates it as a year does a budget
    (`제1회 추경`: one label; before, `제1회` alone, its `추경` lost, and the change not compared)."""
    text = ("제245회 아라구의회 임시회\n\n2019년도 주요업무 보고\n\n행 정 지 원 과\n\nⅠ. 일 반 현 황\n\n1. 예산현황\n"
            f"(단위: 백만원)\n단위사업 본예산 {ordinal} 추경 최종예산 집행액 집행률(%)\n"
            "합 계 300.0 40.0 340.0 170.0 50.0\n가 사업 100.0 20.0 120.0 60.0 50.0\n"
            "나 사업 200.0 12.0 220.0 110.0 50.0\n")
    read = extract_file(Path("2019-t.txt"), text.encode("cp949"))
    assert [(b.name, b.budget_krw, b.other_columns) for b in read.budget][1] == (
        "가 사업", 120_000_000, {"본예산": "100.0", f"{ordinal} 추경": "20.0"})
    assert [finding_figures(f) for f in run_checks(read)] == [
        ("sum.budget", "나 사업", f"{ordinal} 추경", "20.0백만원", "12.0백만원")]
