"""A department report as LlamaParse's markdown of its PDF prints it (branch hunt72): `2022-hanbit-hoegye.md`
(회계과 2022): `**bold**` lines and `#` headings, `|` tables whose merged header cells are repeated in every cell
they span (`일 반 직` five times over `5급 … 9급`, `구 분` and `계` under themselves), `(5.31.기준)` above the
staffing table and in the budget's header, `△`, a fleet under `□ 공용차량 - 총4대` of `승 용` over `소 계 | 중형 |
대형` beside `승 합` and `화 물` of one size each, a building table of row labels repeated down (kept generically),
a budget in 천원, items nested `-` over `*` (2 spaces) and `-` over `-` (4 spaces), `ㆍ` and `·`.
Two errors planted: 일반직 8급's 과부족 `△2` where 5 − 6 is −1; 공유재산 관리's 집행률 32.6 where 402,130 ÷
1,240,500 is 32.4%.
What was read wrong before: the repeated `일 반 직` was taken for a label printed in pieces and joined with the `계`
beside it, so the grades' class was `계일반직일반직일반직일반직일반직`, the 정원's and 현원's 계 were found wrong (22
expected of 27 and of 26: two false errors) and 8급's finding named that class (the fleet's `승 용` likewise,
`승용승용승용`); its PDF's `pdftotext -raw` text read the fleet's `총 계 승 용 승 합 화 물` over
`소 계 중형 대형 중형 소형` as 승용승 over 승용's three and 합화물 over the last two."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures

REPORTS = Path(__file__).parent / "department_reports"
ACCOUNTS = "2022-hanbit-hoegye.md"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "일반직 8급", "-1", "-2"), ("rate", "공유재산 관리", "집행률(%)", "32.4", "32.6")]


@functools.cache
def report():
    return extract_file(REPORTS / ACCOUNTS)


def items(project, heading: str) -> list[tuple]:
    """Each item of a part with its depth, the months it runs in and its amount, nested ones too."""
    def walk(found, depth):
        for item in found:
            yield depth, item
            yield from walk(item.children, depth + 1)
    return [(depth, item.text, item.months, item.amount_krw) for depth, item in walk(project.items, 0)
            if item.heading == heading]


def months(first: int, last: int) -> list[str]:
    return [f"2022-{month:02d}" for month in range(first, last + 1)]


def test_the_two_planted_errors_are_the_findings():
    assert [finding_figures(f) for f in run_checks(report())] == PLANTED


def test_the_staffing_of_a_header_repeating_its_merged_labels():
    assert (report().document.department, report().document.year, report().document.team_count) == ("회계과", 2022, 4)
    grid = [(s.job_class, s.grade) for s in report().staffing if s.status == "정원"]
    assert grid == [("계", "계"), ("일반직", "5급"), ("일반직", "6급"), ("일반직", "7급"), ("일반직", "8급"),
                    ("일반직", "9급"), ("시설", "6급"), ("시설", "7급"), ("공무직", "계")]
    for status, counts in (("정원", [27, 1, 5, 7, 6, 3, 1, 2, 2]), ("현원", [26, 1, 6, 6, 5, 4, 1, 1, 2]),
                           ("과부족", [-1, 0, 1, -1, -2, 1, 0, -1, 0])):
        assert [s.headcount for s in report().staffing if s.status == status] == counts
    assert {str(s.as_of) for s in report().staffing} == {"2022-05-31"}


FLEET = [("계", "계", None, 4), ("승용", "소계", None, 2), ("승용", "중형", None, 1), ("승용", "대형", None, 1),
         ("승합", "중형", None, 1), ("화물", "소형", None, 1)]


def test_the_fleet_under_its_count_of_categories_of_sizes():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.quota) == ("공용차량 - 총4대", 4, None)
    assert [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts if c.count] == FLEET


def test_the_budget_of_units_in_thousands():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in report().budget] == [
        ("계", 9_384_520 * K, 3_871_604 * K, "41.3"), ("청사 시설물 유지관리", 2_698_307 * K, 1_150_212 * K, "42.6"),
        ("공유재산 관리", 1_240_500 * K, 402_130 * K, "32.6"), ("계약 업무 추진", 85_600 * K, 31_560 * K, "36.9"),
        ("회계 관리 운영", 132_400 * K, 60_830 * K, "45.9"), ("인력운영비", 5_103_713 * K, 2_201_472 * K, "43.1"),
        ("기본경비", 124_000 * K, 25_400 * K, "20.5")]
    assert {str(b.as_of) for b in report().budget} == {"2022-05-31"}


def test_the_projects_items_with_their_periods_and_amounts():
    halls, property_, contracts = report().projects
    assert [(p.section, p.title) for p in report().projects] == [
        ("Ⅱ 주요업무 추진실적", "청사 시설물 안전관리"), ("Ⅱ 주요업무 추진실적", "공유재산 관리 및 활용"),
        ("Ⅲ 신규·중점사업 추진실적", "계약업무 투명성 제고")]
    assert items(halls, "사업개요") == [
        (0, "기 간 : 2022. 1. ~ 12.", months(1, 12), None), (0, "대 상 : 본관·보건소·별관 청사", None, None),
        (0, "사업비 : 2,698,307천원(구비)", None, 2_698_307 * K)]
    assert items(halls, "추진실적") == [
        (0, "노후 시설 개선을 통한 쾌적한 청사 환경 조성", None, None),
        (1, "본관 승강기 교체 : 2월~3월 / 95,700천원", months(2, 3), 95_700 * K),
        (1, "별관 옥상 방수공사 : 4월~5월 / 19,558천원", months(4, 5), 19_558 * K),
        (0, "청사 시설물 안전점검 : 연중 / 분기별 1회", months(1, 12), None)]
    assert items(halls, "향후계획") == [
        (0, "청사 정밀안전점검 : 2022. 6. 12. ~ 6. 27.", months(6, 6), None),
        (0, "하반기 노후 시설 보수 : 하반기", months(7, 12), None)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.funding_source) for b in halls.budget_lines] == [
        ("구비", 2_698_307 * K, 1_150_212 * K, "42.6", "구비")]
    assert items(property_, "추진실적")[:3] == [
        (0, "공유재산 실태조사", None, None), (1, "토지·건물 실태조사 : 상반기 / 1,250필지", months(1, 6), None),
        (1, "무단점유 변상금 부과 : 3월~5월 / 32억 1,000만원", months(3, 5), 3_210_000 * K)]
    assert items(contracts, "향후계획") == [(0, "계약심의위원회 운영 : 7월~12월", months(7, 12), None)]


def test_the_building_table_is_kept_as_printed():
    [table] = [t for t in report().tables if t.caption == "구 청사"]
    assert table.rows[:3] == [["구 분", "구 분", "대지(㎡)", "건물(㎡)", "규 모", "준공일자"],
                              ["본 관", "계", "7,622", "15,667", "", ""],
                              ["본 관", "본 관", "7,622", "10,067", "지하2층 ~ 지상6층", "1991. 5. 1."]]


MERGED_REPEATED = """2022년 주요업무 보고

회 계 과

# Ⅰ. 일반현황

## 2. 인 력

| 구 분 | 계 | {group} | {group} | {group} | 공무직 |
|---|---|---|---|---|---|
| 구 분 | 계 | 6급 | 7급 | 8급 | 공무직 |
| 정 원 | 6 | 1 | 2 | 2 | 1 |
| 현 원 | 6 | 1 | 2 | 2 | 1 |
| 과부족 | - | - | - | - | - |
"""


@pytest.mark.parametrize(("group", "job_class"), [("일 반 직", "일반직"), ("일반직", "일반직"), ("행 정 직", "행정")])
def test_a_merged_label_repeated_in_each_cell_it_spans_is_one_group(group, job_class, tmp_path):
    # before, the repeated label was joined with the 계 beside it as pieces of one label: `계일반직일반직일반직`
    path = tmp_path / "t.md"
    path.write_text(MERGED_REPEATED.format(group=group), encoding="utf-8")
    read = extract_file(path)
    assert [(s.job_class, s.grade, s.headcount) for s in read.staffing if s.status == "정원"] == [
        ("계", "계", 6), (job_class, "6급", 1), (job_class, "7급", 2), (job_class, "8급", 2), ("공무직", "계", 1)]
    assert run_checks(read) == []


@pytest.mark.parametrize(("lower", "groups"), [
    (["소 계", "중형", "대형", "중형", "소형"], [["소 계", "중형", "대형"], ["중형"], ["소형"]]),
    (["소형", "중형", "소형", "중형"], [["소형", "중형"], ["소형", "중형"]]),
    (["경형", "소형ㆍ다목적", "중형", "대형", "소형"], [["경형", "소형ㆍ다목적", "중형", "대형"], ["소형"]]),
    (["5급", "6급", "소형"], [["5급", "6급", "소형"]]),  # no size before it: as before
])
def test_a_size_no_larger_than_the_one_before_starts_a_category(lower, groups):
    from pipeline.one_space_tables import label_groups_anew
    assert label_groups_anew(lower) == groups


RAW_FLEET = """2022년 주요업무 보고
회 계 과
Ⅰ. 일반현황
3. 차 량
□ 공용차량 - 총4대
(단위: 대)
총 계 승 용 승 합 화 물
소 계 중형 대형 중형 소형
4 2 1 1 1 1
"""


def test_a_one_space_fleet_of_sizes_under_letter_spaced_categories(tmp_path):
    # `pdftotext -raw` of the fixture's fleet: before, 승용승 over 승용's three columns and 합화물 over the last two
    path = tmp_path / "raw.txt"
    path.write_text(RAW_FLEET, encoding="utf-8")
    [fleet] = extract_file(path).vehicles
    assert [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts if c.count] == FLEET


@needs_pdftotext
@pytest.mark.parametrize("mode", ["-raw", "-layout"])
def test_the_text_of_its_pdf_finds_the_planted_two(mode, tmp_path):
    read = pdftotext_reading(REPORTS / ACCOUNTS, mode, tmp_path)
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED
    twin_records, read_records = records_but_the_document(report()), records_but_the_document(read)
    for name in ("staffing", "vehicles", "budget"):
        assert read_records[name] == twin_records[name], name


def test_the_report_as_a_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / ACCOUNTS, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED
