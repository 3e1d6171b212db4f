"""A department report in the real report's conventions (`2025-yeongdeungpo-chongmu.txt`: tabs, `#` headings, a
contents table, the 주요업무's projects untitled but there, `(구비)` after figures) printed as another district's
사회복지과 2024 would (branch hunt71): `2024-hanbit-sahoebokji.txt`: staffing of `행 정 직` and `사 회 복 지 직` over
grades beside `임기제` and `공무직` of no grade, `△` and `-`; a fleet under `(총3대)` by fuel; the 예산현황 in 백만원
of `정책사업 | 단위사업`, a 단위사업 named as its 정책사업 (`저소득층 생활안정 | 저소득층 생활안정`) over another of the
정책사업 merged down (`| 긴급복지 지원`); projects' tables in 천원, one by sources as rows, one as columns
(`구 분 | 계 | 국 비 | 시 비 | 구 비` over `예산액 | 집행액 | 집행률(%)`), one of `(국·구비)`; items' `매월 25일`,
`2월~3월`, `연중`, `하반기`, `2024. 6. 12. ~ 6. 27.`, `11월~익년 2월`, `’25. 12월`, `95,700천원`, `32억 1,000만원`;
a 총사업비 by sources, `5,000백만원(국 2,000, 시 1,000, 구 2,000)`, over each year's share by sources.
Three errors planted: 사회복지 8급's 과부족 `△1` where 3 − 5 is −2; the 예산현황's 계 집행액 20,698.9 where its lines
make 20,689.9; the 총사업비's 2025년 구비 `구 1,100` where the 2025년's 3,000 (with `국 1,200, 시 600`) and the total's
`구 2,000` (with 2024년's `구 800`) make 1,200 (branch hunt71's task B: before, found as the 2025년's 계, expected
2,900, the 구비's total not checked against its years, and the finding named the project's 예산현황).
What was read wrong before: the 예산현황's 계 was found off by 1,100.0 and 612.5 (two false errors): the line named as
its 정책사업 was taken for the 정책사업's own, and the 정책사업's other line for one of it, none of the 계's; its PDF's
`pdftotext -raw` text, its lines' indents lost, read the years' shares under the 총사업비 as lines of their own (the
2025년 error missed), and the `1,100,000(국ㆍ구비)` row of a project's budget as two items."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
WELFARE = "2024-hanbit-sahoebokji.txt"
M = 1_000_000  # 백만원
K = 1_000  # 천원


@functools.cache
def report():
    return extract_file(REPORTS / WELFARE)


def months(first: int, last: int, year: int = 2024) -> list[str]:
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def test_the_staffing_of_two_series_beside_kinds_of_no_grade():
    assert (report().document.department, report().document.year, report().document.team_count) == (
        "사회복지과", 2024, 4)
    grid = [(s.job_class, s.grade) for s in report().staffing if s.status == "정원"]
    assert grid == [("계", "계"), ("행정", "5급"), ("행정", "6급"), ("행정", "7급"), ("사회복지", "6급"),
                    ("사회복지", "7급"), ("사회복지", "8급"), ("사회복지", "9급"), ("임기제", "계"), ("공무직", "계")]
    for status, counts in (("정원", [30, 1, 2, 3, 5, 7, 5, 3, 2, 2]), ("현원", [29, 1, 3, 2, 5, 8, 3, 4, 1, 2]),
                           ("과부족", [-1, 0, 1, -1, 0, 1, -1, 1, -1, 0])):
        assert [s.headcount for s in report().staffing if s.status == status] == counts
    assert {str(s.as_of) for s in report().staffing} == {"2024-05-31"}


def test_the_fleet_under_its_count_by_fuel():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.quota) == ("공용차량 현황 (총3대)", 3, None)
    assert [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts if c.count] == [
        ("계", "계", None, 3), ("승용", "소계", None, 2), ("승합", "소계", None, 1), ("계", None, "휘발유", 1),
        ("승용", None, "휘발유", 1), ("계", None, "전기", 2), ("승용", None, "전기", 1), ("승합", None, "전기", 1)]


def test_the_budget_of_policies_one_naming_its_unit_as_itself():
    assert [(b.name, b.parent, b.budget_krw, b.executed_krw, b.rate_text) for b in report().budget] == [
        ("계", None, 48_562_400_000, 20_698_900_000, "42.6"),
        ("저소득층 생활안정", "저소득층 생활안정", 12_350 * M, 5_433_200_000, "44.0"),
        ("긴급복지 지원", "저소득층 생활안정", 1_100 * M, 612_500_000, "55.7"),
        ("기초연금 지급", "노인복지 증진", 31_820_500_000, 13_812_100_000, "43.4"),
        ("경로당 운영 지원", "노인복지 증진", 1_204_300_000, 481_700_000, "40.0"),
        ("종합사회복지관 건립", "사회복지시설 확충", 2_000 * M, 312 * M, "15.6"),
        ("기본경비", "행정운영경비", 87_600_000, 38_400_000, "43.8")]
    assert {str(b.as_of) for b in report().budget} == {"2024-05-31"}


def test_the_projects_items_with_their_periods_and_amounts():
    pension, crisis, facilities, centre = report().projects
    assert [(p.section, p.title, p.team, p.continuity) for p in report().projects] == [
        ("Ⅱ 주요업무 추진실적", "기초연금 지급 및 관리", None, None),
        ("Ⅱ 주요업무 추진실적", "위기가구 긴급복지 지원", None, None),
        ("Ⅱ 주요업무 추진실적", "사회복지시설 지도·점검", None, None),
        ("Ⅲ 신규·중점사업 추진실적", "한빛 종합사회복지관 건립", "복지시설팀", "신규")]
    assert project_items(pension, "주요 추진실적") == [
        ("기초연금 지급: 매월 25일 / 41,200명, 1,235,000천원(5월분)", months(1, 12), 1_235_000 * K),
        ("신규 수급자 지급: 1월~5월 / 2,140명, 32억 1,000만원", months(1, 5), 3_210 * M),
        ("신규 대상자 안내문 발송: 2월~3월 / 3,850건", months(2, 3), None),
        ("부적정 수급자 정비: 4월 / 12건", months(4, 4), None),
        ("부당이득 환수: 12건, 3,400천원", None, None)]  # money recovered: no amount of the item's
    assert project_items(pension, "향후계획") == [
        ("기초연금 수급자 확인조사: 2024. 6. 12. ~ 6. 27.", months(6, 6), None),
        ("하반기 신규 대상자 집중 안내: 하반기", months(7, 12), None),
        ("기초연금 제도 홍보: 연중", months(1, 12), None)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in pension.budget_lines] == [
        ("계", 31_820_500 * K, 13_812_100 * K, None), ("국비", 22_274_350 * K, 9_668_470 * K, "국비"),
        ("시비", 4_773_075 * K, 2_071_815 * K, "시비"), ("구비", 4_773_075 * K, 2_071_815 * K, "구비")]
    assert project_items(crisis, "주요 추진실적")[1] == (
        "긴급 의료비 지원: 2월~5월 / 58가구, 95,700천원", months(2, 5), 95_700 * K)
    assert project_items(crisis, "향후계획")[-1] == (
        "동절기 위기가구 지원: 11월~익년 2월", months(11, 12) + months(1, 2, 2025), None)
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in crisis.budget_lines] == [
        ("국·구비", 1_100_000 * K, 612_500 * K, "국·구비")]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in facilities.budget_lines] == [
        ("구비", 24_000 * K, 9_600 * K, "40.0")]
    assert project_items(centre, "향후계획") == [
        ("건축 허가 및 공사 발주: 8월~9월", months(8, 9), None),
        ("공사 착공: 10월 / 1,688,000천원", months(10, 10), 1_688_000 * K),
        ("준공 및 개관: ’25. 12월", ["2025-12"], None)]


def test_a_budget_table_by_sources_as_columns_and_a_total_cost_by_sources_over_years():
    centre = report().projects[-1]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in centre.budget_lines] == [
        ("계", 2_000 * M, 312 * M, "15.6"), ("국비", 800 * M, 124_800 * K, "15.6"),
        ("시비", 400 * M, 62_400 * K, "15.6"), ("구비", 800 * M, 124_800 * K, "15.6")]
    assert [(b.name, b.unit, b.other_columns) for b in centre.total_cost_lines] == [
        ("계", "백만원", {"총사업비": "5,000", "2024년": "2,000", "2025년": "3,000"}),
        ("국비", "백만원", {"총사업비": "2,000", "2024년": "800", "2025년": "1,200"}),
        ("시비", "백만원", {"총사업비": "1,000", "2024년": "400", "2025년": "600"}),
        ("구비", "백만원", {"총사업비": "2,000", "2024년": "800", "2025년": "1,100"})]


def test_the_three_planted_errors_are_the_findings():
    found = [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(report())]
    assert found == [("shortfall", "과부족", "사회복지 8급", "-2", "-1", 42),
                     ("sum.budget", "계", "집행액", "20,689.9백만원", "20,698.9백만원", 64),
                     ("sum.project_budget", "구비", "2025년", "1,200백만원", "1,100백만원", 172)]
    lines = (REPORTS / WELFARE).read_text(encoding="utf-8").splitlines()
    assert lines[63] == "계\t\t48,562.4\t20,698.9\t42.6"
    assert lines[171] == "  - 2025년: 3,000백만원(국 1,200, 시 600, 구 1,100)"


@pytest.mark.parametrize(("printed", "wrong", "finding"), [
    ("현 원\t29\t1\t3\t2", "현 원\t29\t1\t3\t3", ("sum.staffing", "현원", "행정 7급", "2", "3")),
    ("(총3대)", "(총4대)", ("header.total", "제목", "총계", "3", "4")),
    # a fuel's row over the law's categories: the row the fuel's, as printed (fleet118; before, 승합 / 전기)
    ("전 기\t2\t1\t1\t-", "전 기\t2\t1\t2\t-", ("sum.vehicles", "전기", "승합", "1", "2")),
    # a line named as its 정책사업 is a line of the 계 (before, its 예산액 was the 정책사업's own: not found)
    ("12,350.0\t5,433.2", "12,450.0\t5,433.2",
     # at the decimals the table prints (`12,350.0`; branch cost76, before `12,350백만원`)
     ("sum.budget", "저소득층 생활안정", "예산액", "12,350.0백만원", "12,450.0백만원")),
    ("12,350.0\t5,433.2\t44.0", "12,350.0\t5,433.2\t45.0", ("rate", "저소득층 생활안정", "집행률(%)", "44.0", "45.0")),
    ("국 비\t22,274,350\t9,668,470", "국 비\t22,274,350\t9,686,470",
     ("sum.project_budget", "국비", "집행액", "9,668,470천원", "9,686,470천원")),
    ("예산액\t2,000,000\t800,000", "예산액\t2,000,000\t900,000",
     ("sum.project_budget", "국비", "예산액", "800,000천원", "900,000천원")),
    ("1,100,000(국·구비)\t612,500(국·구비)\t55.7", "1,100,000(국·구비)\t612,500(국·구비)\t57.5",
     ("rate", "국·구비", "집행률(%)", "55.7", "57.5")),
])
def test_a_figure_printed_wrong_elsewhere_is_found_beside_the_planted_three(printed, wrong, finding):
    found = planted(WELFARE, printed, wrong)
    assert finding in found
    assert len(found) == 4


COVER = "2024년 주요업무 보고\n\n사회복지과\n\n"


RIGHT_SHARES = (REPORTS / WELFARE).read_text(encoding="utf-8").replace("구 1,100)", "구 1,200)")


@pytest.mark.parametrize(("printed", "wrong", "finding"), [
    # a source's total: its column's 계 and its years make it otherwise (before, the 계's 총사업비, expected 5,100):
    # its row's own sum against its years, which names it (branch cost73; before, `sum.project_budget` on it)
    ("시 1,000, 구 2,000)", "시 1,100, 구 2,000)",
     ("sum.project_cost_table", "시비", "총사업비", "1,000백만원", "1,100백만원")),
    # a year's source (before, the year's 계)
    ("시 400, 구 800)", "시 400, 구 900)", ("sum.project_budget", "구비", "2024년", "800백만원", "900백만원")),
    ("국 1,200, 시 600", "국 1,300, 시 600", ("sum.project_budget", "국비", "2025년", "1,200백만원", "1,300백만원")),
])
def test_one_source_wrong_in_a_total_cost_by_sources_over_years_is_one_finding_on_its_cell(
        printed, wrong, finding, tmp_path):
    path = tmp_path / WELFARE
    path.write_text(RIGHT_SHARES.replace(printed, wrong, 1), encoding="utf-8")
    found = [f for f in run_checks(extract_file(path)) if f.rule not in ("shortfall", "sum.budget")]
    assert [finding_figures(f) for f in found] == [finding]
    assert found[0].table == "Ⅲ 신규·중점사업 추진실적 1. 한빛 종합사회복지관 건립 총사업비"  # before, its 예산현황


def test_a_sources_total_its_years_fall_short_of_is_no_finding_where_they_do_not_cover_the_period(tmp_path):
    # the 사업기간 runs to 2026: the years printed leave 2026's share unsaid
    path = tmp_path / WELFARE
    path.write_text(RIGHT_SHARES.replace("2024. 1. ~ 2025. 12.", "2024. 1. ~ 2026. 12.").replace(
        "5,000백만원(국 2,000, 시 1,000, 구 2,000)", "5,600백만원(국 2,200, 시 1,100, 구 2,300)"), encoding="utf-8")
    assert [f.rule for f in run_checks(extract_file(path)) if f.rule not in ("shortfall", "sum.budget")] == []
    # a source's years more than its total: found however much they cover
    path.write_text(RIGHT_SHARES.replace("2024. 1. ~ 2025. 12.", "2024. 1. ~ 2026. 12.").replace(
        "5,000백만원(국 2,000, 시 1,000, 구 2,000)", "5,600백만원(국 1,900, 시 1,100, 구 2,600)"), encoding="utf-8")
    found = run_checks(extract_file(path))
    assert [finding_figures(f) for f in found if f.rule not in ("shortfall", "sum.budget")] == [
        ("sum.project_cost_table", "국비", "총사업비", "2,000백만원", "1,900백만원")]


def _report(tmp_path, text):
    """The report of `text` under a cover."""
    path = tmp_path / "raw.txt"
    path.write_text(COVER + text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


POLICIES = """4. 예산현황
(단위: 천원)
정책사업	단위사업	예산액	집행액
계		{total}	{spent}
{first}	{first}	100,000	40,000
	긴급복지 지원	50,000	20,000
행정운영경비	기본경비	10,000	5,000
"""


def test_a_unit_named_as_its_policy_is_a_line_of_the_total_not_the_policys_own(tmp_path):
    right = _report(tmp_path, POLICIES.format(total="160,000", spent="65,000", first="저소득층 생활안정"))
    assert [f.rule for f in run_checks(right)] == []  # before, the 계 found as 110,000 and 45,000
    wrong = _report(tmp_path, POLICIES.format(total="160,000", spent="56,000", first="저소득층 생활안정"))
    assert [finding_figures(f) for f in run_checks(wrong)] == [
        ("sum.budget", "계", "집행액", "65,000천원", "56,000천원")]


def test_a_policys_own_line_over_a_unit_of_its_name_is_its_total(tmp_path):
    text = """4. 예산현황
(단위: 천원)
정책사업	단위사업	예산액	집행액
계		160,000	65,000
저소득층 생활안정		150,000	60,000
	저소득층 생활안정	100,000	40,000
	긴급복지 지원	50,000	20,000
행정운영경비	기본경비	10,000	5,000
"""
    assert [f.rule for f in run_checks(_report(tmp_path, text))] == []
    wrong = text.replace("저소득층 생활안정\t\t150,000", "저소득층 생활안정\t\t140,000")
    assert [finding_figures(f) for f in run_checks(_report(tmp_path, wrong))] == [
        ("sum.budget", "저소득층 생활안정", "예산액", "150,000천원", "140,000천원")]


COST = """Ⅲ. 신규·중점사업 추진실적
1. 한빛 종합사회복지관 건립 (복지시설팀)
□ 사업개요
- 사업기간: 2024. 1. ~ 2025. 12.
- 총사업비: 5,000백만원(국 2,000, 시 1,000, 구 2,000)
{shares}
- 위 치: 한빛구 새솔로 45
□ 주요 추진실적
- 설계공모 및 당선작 선정: 2월~3월 / 95,700천원
"""


@pytest.mark.parametrize("shares", [
    "- 2024년: 2,000백만원(국 800, 시 400, 구 800)\n- 2025년: 3,000백만원(국 1,200, 시 600, 구 1,100)",
    "  - 2024년: 2,000백만원(국 800, 시 400, 구 800)\n  - 2025년: 3,000백만원(국 1,200, 시 600, 구 1,100)"])
def test_years_shares_by_sources_printed_flat_under_the_total_are_its(shares, tmp_path):
    # before, flat (as `pdftotext -raw` prints the indented lines), they were items of their own: no finding
    report = _report(tmp_path, COST.format(shares=shares))
    [project] = report.projects
    total = next(item for item in project.items if item.text.startswith("총사업비"))
    assert [child.text for child in total.children] == [
        "2024년: 2,000백만원(국 800, 시 400, 구 800)", "2025년: 3,000백만원(국 1,200, 시 600, 구 1,100)"]
    assert [finding_figures(f) for f in run_checks(report)] == [
        ("sum.project_budget", "구비", "2025년", "1,200백만원", "1,100백만원")]
    assert [item.text for item in project.items if item.heading == "사업개요"][-1] == "위 치: 한빛구 새솔로 45"


def test_a_flat_line_of_sources_and_of_years_under_the_total_are_its(tmp_path):
    text = COST.replace("5,000백만원(국 2,000, 시 1,000, 구 2,000)", "5,000백만원").format(
        shares="- ’24년 2,000 / ’25년 2,900\n- 계 5,000 / 국비 2,000 / 시비 1,000 / 구비 2,000")
    report = _report(tmp_path, text)
    total = next(item for item in report.projects[0].items if item.text.startswith("총사업비"))
    assert len(total.children) == 2
    # the sources make the total: the years' sum is found, expected the total (branch cost76; before, the total)
    assert [finding_figures(f) for f in run_checks(report)] == [
        ("sum.project_cost", "연도별 합계", None, "5,000백만원", "4,900백만원")]


def test_a_bare_row_of_joint_sources_in_a_one_space_table(tmp_path):
    # `pdftotext -raw` of a project's budget printing `(국·구비)`, which the PDF's font draws `ㆍ` (before, two items)
    text = """Ⅱ. 주요업무 추진실적
1. 위기가구 긴급복지 지원 (긴급복지팀)
□ 추진실적
- 긴급생계비 지원: 연중 / 412가구
□ 예산현황
(단위: 천원)
예산액 집행액 집행률(%)
1,100,000(국ㆍ구비) 612,500(국ㆍ구비) 55.7
"""
    [project] = _report(tmp_path, text).projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in project.budget_lines] == [
        ("국·구비", 1_100_000 * K, 612_500 * K, "55.7")]


@needs_pdftotext
def test_the_raw_text_of_its_pdf_finds_the_planted_three(tmp_path):
    read = pdftotext_reading(REPORTS / WELFARE, "-raw", tmp_path)
    assert [finding_figures(f) for f in run_checks(read)] == [finding_figures(f) for f in run_checks(report())]
    twin_records, read_records = records_but_the_document(report()), records_but_the_document(read)
    for name in ("staffing", "vehicles"):
        assert read_records[name] == twin_records[name], name
    assert [(b.name, b.budget_krw) for b in read.projects[1].budget_lines] == [("국·구비", 1_100_000 * K)]
    assert [(b.name, b.other_columns) for b in read.projects[-1].total_cost_lines] == [
        (b.name, b.other_columns) for b in report().projects[-1].total_cost_lines]


@pytest.mark.parametrize("style", ["horizontal rules", "unruled", "frame"])
def test_the_report_as_a_pdf_gives_the_records_and_findings_of_its_text(style, tmp_path_factory):
    from pipeline.records import records_data
    from tests.pdf_styles import rendered
    pdf = extract_file(rendered(REPORTS / WELFARE, style, tmp_path_factory.mktemp("hunt71")))
    assert records_data(pdf, with_sources=False) == records_data(report(), with_sources=False)
    assert [finding_figures(f) for f in run_checks(pdf)] == [finding_figures(f) for f in run_checks(report())]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    ("", "", []),
    # the 계 printed with the sources, not the total: found on it, against the sources (before, found nowhere)
    ("- 계 2,400,000 /", "- 계 2,500,000 /",
     [("sum.project_budget", "계", "재원별 계", "2,400,000천원", "2,500,000천원")]),
    # a source wrong: the total and the printed 계 alike against the sources, once; the years make the total, so
    # the sources' sum is named (branch cost76; before, the total, expected 2,500,000)
    ("국비 1,000,000 / 시비", "국비 1,100,000 / 시비",
     [("sum.project_budget", "재원별 합계", "총사업비", "2,400,000천원", "2,500,000천원")]),
])
def test_a_sources_own_total_printed_with_them_is_compared_with_them(printed, wrong, found, tmp_path):
    from tests.test_cost70 import REPORT
    path = tmp_path / "t.txt"
    path.write_text(REPORT.replace(printed, wrong, 1) if printed else REPORT, encoding="utf-8")
    report = extract_file(path)
    assert [finding_figures(f) for f in run_checks(report)] == found
    total = report.projects[1].total_cost_lines[0]
    # the printed 계 kept only where it is another; the years' shares beside (branch left92; before, not kept)
    years = {"2025년": "900,000", "2026년": "1,500,000"}
    assert total.other_columns == ({"총사업비": "2,400,000", "재원별 계": "2,500,000"} if "계 2,5" in wrong
                                   else {"총사업비": "2,400,000"}) | years


NESTED = "- 총사업비: 5,000백만원(2024년 2,000(국 800, 시 400, 구 800), 2025년 {share}(국 1,200, 시 600, 구 1,200))"


@pytest.mark.parametrize(("share", "found"), [
    ("3,000", []),
    # the year's share against its sources (before, the total unread: no amount, no shares, nothing checked), not
    # also the total against the years, which that share at its sources' sum clears (branch cost73)
    ("3,100", [("sum.project_budget", "계", "2025년", "3,000백만원", "3,100백만원")]),
])
def test_years_shares_each_with_its_sources_in_the_totals_bracket(share, found, tmp_path):
    text = RIGHT_SHARES.replace(
        "- 총사업비: 5,000백만원(국 2,000, 시 1,000, 구 2,000)\n  - 2024년: 2,000백만원(국 800, 시 400, 구 800)\n"
        "  - 2025년: 3,000백만원(국 1,200, 시 600, 구 1,200)", NESTED.format(share=share))
    path = tmp_path / WELFARE
    path.write_text(text, encoding="utf-8")
    report = extract_file(path)
    total = next(item for item in report.projects[-1].items if item.text.startswith("총사업비"))
    assert (total.amount_krw, total.months) == (5_000 * M, None)
    assert [(b.name, b.other_columns) for b in report.projects[-1].total_cost_lines] == [
        ("계", {"총사업비": "5,000", "2024년": "2,000", "2025년": share}),
        ("국비", {"2024년": "800", "2025년": "1,200"}), ("시비", {"2024년": "400", "2025년": "600"}),
        ("구비", {"2024년": "800", "2025년": "1,200"})]
    assert [finding_figures(f) for f in run_checks(report) if f.rule not in ("shortfall", "sum.budget")] == found
