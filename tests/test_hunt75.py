"""A 세무관리과's report as `pdftotext -layout -enc EUC-KR` prints an HWP PDF (branch hunt75):
`2025-hanbit-semugwalli.txt`, CP949, form feeds, a running header and footer; a cover whose department is spread over
its width (`세   무   관   리   과`) under a letter-spaced title (`2 0 2 5 년   주 요 업 무 보 고`); the general part's
fields and titles numbered as HWP's boxes print them, no dot (`1     조    직 : 4팀`, `2     인력 현황    (2025. 5. 31.
기준)`); staffing with its grades as columns (`구 분 | 계 | 4급 | … | 9급` over 정원, 현원, 과부족, 4급 all `-`); a
vehicle list with a `비 고` of notes (`내용연수 경과`, `하이브리드`); a budget in 백만원 with rates `39.9%`; a
project's budget of `계 | 국 비 | 시 비 | 구 비` as columns; 체납액 징수 실적 by 세목, `체   납   액` and
`징   수   액` spread over `건 수 | 금 액` beside a 징수율 at one decimal; 민원 처리 by month, `계 | 1월 | … | 5월`
over 접수, 처리, 처리율(%); periods `’25. 7월~12월`, `하반기`, `연중`; amounts `32억 1,000만원`, `6,000백만원`.
Three errors planted: 8급's 과부족 `△1` where 5 − 7 is −2; 자동차세's 징수율 32.8 where 1,486 ÷ 4,620 is 32.2%; 접수's
계 3,430 where its months make 3,420.
What was read wrong before: the cover was a table of two columns (`2 0 2 5 년 | 주 요 업 무 보 고` over `세 | 무 관 리
과`: `무` stands under the title's wide space), so the department was `무관리과` and the title lost; the line `1     조
직 : 4팀` and the title below it were a table's two rows (its number apart from its label, no dot), so the team count
and the staffing's date were lost. Its PDF's `pdftotext -raw` text reads no vehicle list (a list of words one space
apart), as `2025-hanbit-uihoesamuguk.txt`'s; its `-layout` text prints the letter-spaced labels closer (`차종`)."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
TAX = "2025-hanbit-semugwalli.txt"
M = 1_000_000  # 백만원
PLANTED = [("shortfall", "과부족", "계 8급", "-2", "-1"),
           ("rate.table", "자동차세", "징수율", "32.2", "32.8"),
           ("sum.table", "접 수", "계", "3,420", "3,430")]


@functools.cache
def report():
    return extract_file(REPORTS / TAX)


def months(first: int, last: int, year: int = 2025) -> list[str]:
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def read_text(tmp_path, text: str):
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("cp949"))
    return extract_file(path)


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(report())] == [
        key + (line,) for key, line in zip(PLANTED, (32, 82, 107), strict=True)]
    lines = (REPORTS / TAX).read_text(encoding="cp949").split("\n")
    assert lines[81].split() == ["자동차세", "15,210", "4,620", "5,020", "1,486", "32.8"]


def test_the_cover_of_a_department_spread_over_its_width():
    # before: department '무관리과', title None (the cover a table `세 | 무 관 리 과`)
    document = report().document
    assert (document.department, document.year, document.title) == ("세무관리과", 2025, "2025년 주 요 업 무 보 고")
    assert (document.council_session, document.session_start, document.session_end) == (
        "제302회 한빛구의회 제1차 정례회", date(2025, 6, 12), date(2025, 6, 27))


def test_fields_numbered_apart_without_a_dot_are_no_rows():
    # before: `1 | 조 | 직 : 4팀 …` over `2 | 인력 현황 | (2025. 5. 31. 기준)`, a table: no team count, no date
    assert report().document.team_count == 4
    assert {s.as_of for s in report().staffing} == {date(2025, 5, 31)}


def test_the_staffing_with_its_grades_as_columns():
    grades = ["계", "4급", "5급", "6급", "7급", "8급", "9급"]
    for status, counts in (("정원", [28, 0, 1, 6, 9, 7, 5]), ("현원", [26, 0, 1, 7, 8, 5, 5]),
                           ("과부족", [-2, 0, 0, 1, -1, -1, 0])):
        assert [(s.job_class, s.grade, s.headcount) for s in report().staffing if s.status == status] == [
            ("계", grade, count) for grade, count in zip(grades, counts, strict=True)]


def test_the_vehicle_list_with_notes():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("3 차량 현황", None, "대")
    assert [(c.category, c.kind, c.count, c.fuel) for c in fleet.counts] == [
        ("계", "계", 3, None), ("승용", "소형", 1, None), ("승용", "중형", 1, "하이브리드"), ("승합", "중형", 1, None)]
    [table] = [t for t in report().tables if t.records_in == "vehicles"]
    assert [row[-1] for row in table.rows] == ["비 고", "내용연수 경과", "하이브리드", ""]


def test_the_budget_in_millions_with_rates_printed_with_their_sign():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.unit) for b in report().budget] == [
        ("계", 1_284_500_000, 512_300_000, "39.9%", "백만원"),
        ("지방세 부과관리", 420 * M, 180_600_000, "43.0%", "백만원"),
        ("체납액 징수", 385_200_000, 150_200_000, "39.0%", "백만원"),
        ("세외수입 관리", 312_800_000, 110_400_000, "35.3%", "백만원"),
        ("기본경비", 166_500_000, 71_100_000, "42.7%", "백만원")]
    assert {b.as_of for b in report().budget} == {date(2025, 5, 31)}


def test_the_projects_items_budgets_and_tables():
    arrears, complaints = report().projects
    assert [(p.title, p.team) for p in report().projects] == [
        ("지방세 체납액 일제정리", "체납징수팀"), ("세무 민원 처리", "세무민원팀")]
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.funding_source) for b in arrears.budget_lines] == [
        ("계", 385_200_000, 150_200_000, "39.0", None), ("국비", 0, 0, "-", "국비"),
        ("시비", 115_600_000, 45_100_000, "39.0", "시비"), ("구비", 269_600_000, 105_100_000, "39.0", "구비")]
    assert project_items(arrears, "추진실적")[1:] == [
        ("고액체납자 가택수색 : 4월 / 45명, 32억 1,000만원 징수", months(4, 4), 3_210 * M),
        ("체납차량 번호판 영치 : 3월~5월 / 1,240대", months(3, 5), None)]
    assert project_items(arrears, "향후계획") == [
        ("하반기 체납액 일제정리 : ’25. 7월~12월 / 6,000백만원", months(7, 12), 6_000 * M),
        ("고액체납자 명단 공개 : 하반기", months(7, 12), None),
        ("체납차량 번호판 영치 : 연중", months(1, 12), None)]
    assert project_items(complaints, "향후계획") == [
        ("세무 민원 친절도 조사 : 하반기", months(7, 12), None), ("납세자보호관 상담 운영 : 연중", months(1, 12), None)]
    arrears_table, complaints_table = [t for t in report().tables if t.records_in is None]
    assert (arrears_table.caption, arrears_table.unit, arrears_table.project_seq) == (
        "체납액 징수 실적", "건, 백만원, %", 1)
    assert arrears_table.rows[:2] == [
        ["세 목", "체납액 건 수", "체납액 금 액", "징수액 건 수", "징수액 금 액", "징수율"],
        ["계", "48,210", "21,340", "15,620", "7,236", "33.9"]]
    assert complaints_table.rows[0] == ["구 분", "계", "1월", "2월", "3월", "4월", "5월"]
    assert complaints_table.rows[-1] == ["처리율(%)", "98.8", "98.4", "99.1", "98.6", "98.7", "99.3"]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # the 계 row's 징수율 (7,236 ÷ 21,340 is 33.9%)
    ("7,236         33.9", "7,236         34.9", [("rate.table", "계", "징수율", "33.9", "34.9")]),
    # a 세목's 징수 금액 its 계 and its rate both make another: one finding, on it
    ("2,080         33.8", "2,180         33.8",
     [("sum.table", "재 산 세", "징수액 금 액", "2,080백만원", "2,180백만원")]),
    # the 과부족's 계, right of 8급's wrong one: not also its sum, expected the parts' △1 (before)
    ("과 부 족       △2", "과 부 족       △3", [("shortfall", "과부족", "계", "-2", "-3")]),
    # the budget's 계 in 백만원
    ("1,284.5            512.3", "1,284.5            521.3",
     [("sum.budget", "계", "집행액", "512.3백만원", "521.3백만원")]),
    # a month's 처리 that its 계 and its 처리율 (a row) both make another: one finding, on it (before, the 처리's 계,
    # expected 3,385, and the 3월's and the 계's 처리율, expected 99.3 and 98.5)
    ("710        760", "715        760", [("sum.table", "처 리", "3월", "710", "715")]),
])
def test_one_more_error_planted_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(TAX, printed, wrong, "cp949")) == sorted(PLANTED + found)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / TAX, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED


@needs_pdftotext
@pytest.mark.parametrize("mode", ["-raw", "-layout"])
def test_the_text_of_its_pdf_finds_the_planted_three(mode, tmp_path):
    read = pdftotext_reading(REPORTS / TAX, mode, tmp_path)
    unspaced = [tuple(part.replace(" ", "") for part in key) for key in PLANTED]
    # `-layout` prints the letter-spaced labels closer (`접수`)
    assert [tuple(part.replace(" ", "") for part in finding_figures(f)) for f in run_checks(read)] == unspaced


COVER = """
                          제302회 한빛구의회 제1차 정례회

                             2025. 6. 12. ~ 6. 27.


                         2 0 2 5 년   주 요 업 무 보 고



                                 {department}


                                      - 1 -
\f
Ⅰ. 일반현황

  1     조    직 : 3팀 (징수팀, 과표팀, 민원팀)

  2     인력 현황                                            (2025. 5. 31. 기준)

   구   분        계       5급       6급
   정   원         4        1         3
   현   원         4        1         3
"""


@pytest.mark.parametrize(("department", "read"), [
    ("세   무   관   리   과", "세무관리과"),  # `무` under the title's wide space: before, `무관리과`
    ("위   생   과", "위생과"),
    ("세  무  과", "세무과"),
    ("징 수 과", "징수과"),
])
def test_a_cover_department_spread_over_its_width(tmp_path, department, read):
    document = read_text(tmp_path, COVER.format(department=department)).document
    assert (document.department, document.team_count) == (read, 3)


def test_a_cover_of_figures_beside_a_spread_word_is_not_read_as_text():
    from pipeline.cover_columns import cover_in_columns
    lines = ["   구   분        계       5급", "", "   정   원        24        1", "", "   세   무   과"]
    assert cover_in_columns(lines) is None
