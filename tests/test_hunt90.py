"""A report as a district office prints one from HWP (branch hunt90): `2025-nuri-bokjijeongchaek.txt` (누리구의회
제301회 제1차 정례회, 복지정책과 2025), tab text, and its PDF drawn as HWP draws tables: an outer box and a rule under
the header alone (a two-level header's merged labels unruled), the figures set right in Gothic a size larger than the
Myeongjo labels, the header printed again atop each page a table goes on over (`boxed, header ruled, figures set
right` of `tests/pdf_styles.py`). Two errors planted: 긴급복지 지원's 집행률 48.0 where 591,560 ÷ 1,286,000 is 46.0%;
the 동별 수급 현황's 계 수급자 7,275 where its 14 동 make 7,257 (its rows go on over a page break in the PDF).
What the PDF read wrong before: each line of a table laid out by its own type size, the 8 pt figures' columns drifted
right of the 7.5 pt header's (the staffing's labels a column off: `구 분` over 31, a false 과부족 total); the part of
the 동 table atop the next page, text under it at the left, read as the right column of a page in two columns, put
under the page's last item (the table parted: three false `sum.table` errors, the planted one unfound); a row's
label 1.2 pt lower than its figures a line of its own, so that a table's labels left of the rest read as a column of
a page (서해구 기획감사실's audits, 8 false errors)."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import records_but_the_document
from tests.pdf_styles import rendered
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
FIXTURE = REPORTS / "2025-nuri-bokjijeongchaek.txt"
STYLE = "boxed, header ruled, figures set right"
K = 1_000  # 천원
PLANTED = [("rate", "긴급복지 지원", "집행률(%)", "46.0", "48.0"), ("sum.table", "계", "수급자", "7,257", "7,275")]
YEAR = [f"2025-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(FIXTURE)


@pytest.fixture(scope="module")
def pdf_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hunt90")


def _findings(report) -> list[tuple]:
    """Its findings' figures, in no order: a PDF's are by page, a text's by line."""
    return sorted(finding_figures(f) + (f.severity,) for f in run_checks(report))


def test_the_two_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.severity, f.source.line) for f in run_checks(report())] == [
        PLANTED[0] + ("error", 39), PLANTED[1] + ("error", 74)]


def test_each_planted_error_alone():
    assert planted(FIXTURE.name, "591,560\t48.0", "591,560\t46.0") == [PLANTED[1]]
    assert planted(FIXTURE.name, "5,080\t7,275", "5,080\t7,257") == [PLANTED[0]]


def test_the_cover():
    document = report().document
    assert (document.department, document.council, document.council_session, document.year) == (
        "복지정책과", "누리구의회", "제301회 누리구의회 제1차 정례회", 2025)
    assert (document.session_start, document.session_end, document.team_count) == (
        date(2025, 6, 10), date(2025, 6, 24), 4)


COUNTS = {"정원": (31, 1, 6, 9, 8, 4, 2, 1), "현원": (30, 1, 7, 8, 7, 4, 2, 1), "과부족": (-1, 0, 1, -1, -1, 0, 0, 0)}
COLUMNS = [("계", "계"), *(("일반직", f"{grade}급") for grade in range(5, 10)), ("공무직", "계"), ("기간제", "계")]


def test_the_staffing_under_a_two_level_header():
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report().staffing] == [
        (status, job_class, grade, count) for status, counts in COUNTS.items()
        for (job_class, grade), count in zip(COLUMNS, counts, strict=True)]
    assert {s.as_of for s in report().staffing} == {date(2025, 5, 31)}


def test_the_fleet():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("3. 차 량 : 총 3대", 3, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 3), ("차량", "승용", 2), ("차량", "승합", 1), ("차량", "화물", 0)]


def test_the_budget_of_sixteen_units():
    budget = report().budget
    assert len(budget) == 17 and {(b.unit, b.as_of) for b in budget} == {("천원", date(2025, 5, 31))}
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in budget[:2]] == [
        ("계", 39_250_500 * K, 16_817_684 * K, "42.8"),
        ("기초생활보장 생계급여", 18_420_600 * K, 7_921_058 * K, "43.0")]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in budget if b.name == "긴급복지 지원"] == [
        ("긴급복지 지원", 1_286_000 * K, 591_560 * K, "48.0")]
    assert sum(b.budget_krw for b in budget[1:]) == budget[0].budget_krw
    assert budget[-1].name == "기본경비"


def test_the_projects_and_their_budgets():
    assert [(p.seq, p.title, p.team) for p in report().projects] == [
        (1, "기초생활보장 생계급여", "기초생활보장팀"), (2, "긴급복지 지원", "복지자원팀"),
        (3, "통합사례관리 운영", "통합사례관리팀")]
    living, emergency, cases = report().projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in living.budget_lines] == [
        ("계", 18_420_600 * K, 7_921_058 * K, None), ("국비", 16_578_540 * K, 7_128_952 * K, "국비"),
        ("시비", 921_030 * K, 396_053 * K, "시비"), ("구비", 921_030 * K, 396_053 * K, "구비")]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in cases.budget_lines] == [
        ("계", 512_700 * K, None), ("시비", 205_080 * K, None), ("구비", 307_620 * K, None)]
    assert project_items(emergency) == [
        ("기 간 : 2025. 1. ~ 12.", YEAR, None), ("대 상 : 위기상황에 처한 저소득 가구", None, None),
        ("사 업 비 : 1,286,000천원 (국비 1,028,800, 구비 257,200)", None, 1_286_000 * K),
        ("긴급 생계지원 : 1월~5월 / 612가구 / 486,300천원", YEAR[:5], 486_300 * K),
        ("긴급 의료지원 : 1월~5월 / 84건 / 105,260천원", YEAR[:5], 105_260 * K),
        ("폭염 대비 위기가구 집중 발굴 : 7월~8월", YEAR[6:8], None),
        ("동절기 긴급지원 특별대책 : 11월~익년 2월", [*YEAR[10:], "2026-01", "2026-02"], None)]


def test_the_table_by_dong():
    [table] = report().tables
    assert (table.caption, table.unit, len(table.rows)) == ("동별 수급 현황 (2025. 5. 31. 기준)", "가구, 명, 건", 16)
    assert table.rows[:2] == [["동 명", "수급가구", "수급자", "신규책정"], ["계", "5,080", "7,275", "133"]]
    assert table.rows[-1] == ["은하동", "357", "506", "8"]


@pytest.mark.parametrize("style", [STYLE, "grid"])
def test_its_pdf_reads_as_its_text(style, pdf_folder):
    pdf = extract_file(rendered(FIXTURE, style, pdf_folder))
    assert records_but_the_document(pdf) == records_but_the_document(report())
    assert _findings(pdf) == _findings(report())


def test_in_the_hwp_style_the_table_by_dong_goes_on_over_a_page_break(pdf_folder):
    pdf = extract_file(rendered(FIXTURE, STYLE, pdf_folder))
    assert [(f.rule, f.source.page) for f in run_checks(pdf)] == [("rate", 1), ("sum.table", 2)]
    [table] = pdf.tables
    assert len(table.rows) == 16  # the header printed again atop page 3 read once


@pytest.mark.parametrize("fixture", [
    "2026-seohae-gihoekgamsa.md",  # audits by group left of a gutter: before, a page in two columns, 8 false errors
    "2025-hanbit-park-planted-pymupdf4llm.md",  # before, four planted errors unfound, one false
    "2024-hanbit-gihuhwangyeong.txt",  # before, a false `header.total` of the fleet
    "2023-hanbit-jachihaengjeong.txt",  # before, a false `sum.table`
    "2024-hanbit-hwangyeong.txt"])  # before, three false `sum.table` errors
def test_other_reports_in_the_hwp_style_read_as_their_texts(fixture, pdf_folder):
    text = extract_file(REPORTS / fixture)
    pdf = extract_file(rendered(REPORTS / fixture, STYLE, pdf_folder))
    assert records_but_the_document(pdf) == records_but_the_document(text)
    assert _findings(pdf) == _findings(text)
