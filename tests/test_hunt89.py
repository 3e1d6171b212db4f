"""A district never seen before words its tables its own way (branch hunt89): `2024-haeon-jumin.txt` (해온구의회 제298회
제1차 정례회, 주민자치과 2024, UTF-8 with a BOM, tab tables). Its conventions: the session's days with their weekdays
(`2024. 6. 11.(화) ~ 6. 25.(화)`), a cover dated `2024. 6. 12.(수)`; staffing of `4급이상 | 5급 | … | 9급 | 공무직` as
`정 원`, `현재원` (the staff on the rolls) and `과부족(△)`, under a line `정원 28명, 현재원 27명 (결원 1명)` and
`(단위 : 명, ’24. 5. 31. 현재)`; `3. 차 량 : 보유대수 4대` over `[단위: 대]` and `차종별 | 계 | 승용 | …` over a row
`보유대수`; a budget `(’24. 5. 31. 현재, 단위 : 천원, %)` at the heading's right end, of `예산현액(A) | 집행액(B) |
집행률(B/A) | 잔액(A-B)` under `합 계`; projects `1.` over `■` parts and `○`, `-`, `①` items, amounts the sum of (`금
1,250,000천원`, `금 95,700천원`), `총 32억원`, dates `’24. 3. 15.`, `’24. 10. 12.(토)` and `2024.3.14.(목)`.
Three errors planted: 8급's 과부족 `△2` where 6 − 7 is −1; 통·반 운영's 집행률 47.8 where 702,500 ÷ 1,485,600 is
47.3%; the 주민자치회 table's 계 위원 812 where 270 + 318 + 214 is 802.
What was read wrong before: `현재원` was no status, so the staffing table lost its 현원 row (the 과부족 계 was blamed,
expected the row's △2, and the 8급's error was not found); `정원 대비` (`정원대비 과부족`, `정원대비 증감`) as the
과부족 row's label lost that row; a budget after `금` or `일금` (`사 업 비 : 금 1,250,000천원 (시비 …)`) was no
project's budget, so the project had no budget lines."""

import functools
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors.projects import _LABELLED_FIGURE_RE
from extractors.staffing import status_of
from pipeline.cli import main
from pipeline.extract import extract_file
from tests.layouts import make_pdfs, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
JUMIN = "2024-haeon-jumin.txt"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "계 8급", "-1", "-2"),
           ("rate", "통·반 운영", "집행률(%)", "47.3", "47.8"),
           ("sum.table", "위원(명)", "계", "802", "812")]
YEAR = [f"2024-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(REPORTS / JUMIN)


def findings_of(text: str) -> list[tuple]:
    return [finding_figures(f) for f in run_checks(extract_file(Path("2024-t.txt"), text.encode("utf-8-sig")))]


def the_report_with(printed: str, wrong: str) -> str:
    text = (REPORTS / JUMIN).read_text(encoding="utf-8-sig")
    assert text.count(printed) == 1
    return text.replace(printed, wrong)


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.severity, f.source.line) for f in run_checks(report())] == [
        key + ("error", line) for key, line in zip(PLANTED, (31, 46, 64), strict=True)]


def test_the_cover_of_a_session_dated_with_weekdays():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "주민자치과", 2024, "2024년 주요업무보고", 4)
    assert (document.council_session, document.council) == ("제298회 해온구의회 제1차 정례회", "해온구의회")
    assert (document.session_start, document.session_end) == (date(2024, 6, 11), date(2024, 6, 25))


GRADES = {  # grade: (정원, 현재원, 과부족 as printed)
    "4급이상": (0, 0, 0), "5급": (1, 1, 0), "6급": (5, 6, 1), "7급": (9, 8, -1), "8급": (7, 6, -2), "9급": (4, 4, 0)}


def test_the_staff_on_the_rolls_printed_as_hyeonjaewon():
    staffing = {(s.status, s.job_class, s.grade): s.headcount for s in report().staffing}
    assert staffing == {
        **{(status, "계", grade): count for grade, counts in GRADES.items()
           for status, count in zip(("정원", "현원", "과부족"), counts, strict=True)},
        ("정원", "계", "계"): 28, ("현원", "계", "계"): 27, ("과부족", "계", "계"): -1,
        ("정원", "공무직", "계"): 2, ("현원", "공무직", "계"): 2, ("과부족", "공무직", "계"): 0}
    assert {s.as_of for s in report().staffing} == {date(2024, 5, 31)}
    # the line above it: `정원 28명, 현재원 27명 (결원 1명)`
    assert [(s.status, s.headcount) for s in report().stated_staffing] == [("정원", 28), ("현원", 27), ("결원", 1)]


@pytest.mark.parametrize(("label", "status"), [
    ("현재원", "현원"), ("현 재 원", "현원"), ("현재인원", "현원"), ("현 인원", "현원"), ("정원 대비", "과부족"),
    ("정원대비 과부족", "과부족"), ("정원 대비 증감", "과부족"), ("과부족(△)", "과부족"), ("정원대비 현원", None),
    ("전년대비", None)])
def test_the_spellings_of_a_status(label, status):
    assert status_of(label) == status


@pytest.mark.parametrize("label", ["정원 대비", "정원대비 과부족", "정원대비 증감", "증  감"])
def test_a_shortfall_row_labelled_against_the_quota_is_checked(label):
    # before: `정원 대비` was no status, its row lost, and the 8급's error with it
    assert findings_of(the_report_with("과부족(△)\t△1", f"{label}\t△1")) == PLANTED


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # the line's 현재원 against the table's 현원, and its 결원 against 정원 − 현원 of its own line
    ("현재원 27명", "현재원 26명",
     [("shortfall", "결원", "계", "2", "1"), ("cross.staffing_line", "현원", "계", "26", "27")]),
    # the 현재원 row's 계 against its grades (before: the row was not read)
    ("현재원\t27", "현재원\t26", [("sum.staffing", "현원", "계", "27", "26")]),
])
def test_one_more_staffing_error_is_found(printed, wrong, found):
    assert sorted(findings_of(the_report_with(printed, wrong))) == sorted(PLANTED + found)


def test_the_fleet_held_by_kind():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("3. 차 량 : 보유대수 4대", 4, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 4), ("차량", "승용", 2), ("차량", "승합", 1), ("차량", "화물", 1)]


def test_the_budget_of_current_budgets_and_remainders():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.remaining_krw) for b in report().budget] == [
        ("계", 6_814_000 * K, 2_988_380 * K, "43.9", 3_825_620 * K),
        ("주민자치회 운영 지원", 1_250_000 * K, 512_300 * K, "41.0", 737_700 * K),
        ("마을공동체 활성화", 860_400 * K, 301_140 * K, "35.0", 559_260 * K),
        ("동 주민센터 기능 강화", 3_120_000 * K, 1_435_200 * K, "46.0", 1_684_800 * K),
        ("통·반 운영", 1_485_600 * K, 702_500 * K, "47.8", 783_100 * K),
        ("기본경비", 98_000 * K, 37_240 * K, "38.0", 60_760 * K)]
    assert {(b.unit, b.as_of) for b in report().budget} == {("천원", date(2024, 5, 31))}


def test_the_projects_budgets_after_geum():
    assert [(p.seq, p.title, p.team) for p in report().projects] == [
        (1, "주민자치회 운영 활성화", "주민협력팀"), (2, "동 청사 복합화 추진", "동행정지원팀"),
        (3, "마을공동체 지원사업", "마을공동체팀")]
    council, building, village = report().projects
    # `사 업 비 : 금 1,250,000천원 (시비 450,000, 구비 800,000)` (before: no budget lines)
    assert [(b.name, b.budget_krw, b.funding_source) for b in council.budget_lines] == [
        ("계", 1_250_000 * K, None), ("시비", 450_000 * K, "시비"), ("구비", 800_000 * K, "구비")]
    # a 총사업비 over four years is its total cost, no year's budget
    assert building.budget_lines == []
    assert [(b.name, b.other_columns) for b in building.total_cost_lines] == [
        ("계", {"총사업비": "32"}), ("시비", {"총사업비": "12"}), ("구비", {"총사업비": "20"})]
    # `예 산 : 금 860,400천원(구비)` over `집 행 액 : 301,140천원 (’24. 5. 31. 현재)`
    assert [(b.name, b.budget_krw, b.executed_krw, b.as_of) for b in village.budget_lines] == [
        ("구비", 860_400 * K, 301_140 * K, date(2024, 5, 31))]


def test_the_items_dated_and_costed_their_way():
    council, _, village = report().projects
    assert project_items(council, "추진실적")[-1] == (
        "위원 역량강화 교육 : 2024.3.14.(목) / 금 12,500천원", YEAR[2:3], 12_500 * K)
    assert project_items(village, "추진실적") == [
        ("마을공동체 공모사업 선정 : ’24. 3. 15. / 42개 단체, 금 95,700천원", YEAR[2:3], 95_700 * K),
        ("마을활동가 양성과정 운영 : ’24. 4월 ~ 5월 / 2기 58명", YEAR[3:5], None)]
    assert project_items(village, "향후계획") == [
        ("마을공동체 한마당 개최 : ’24. 10. 12.(토)", YEAR[9:10], None),
        ("공모사업 성과평가 : ’24. 11월 ~ 12월", YEAR[10:12], None)]


@pytest.mark.parametrize(("executed", "found"), [
    # the project's 집행액 against its 단위사업's, read under `일금`
    ("301,410천원", [("cross.executed", "마을공동체 활성화", "집행액", "301,140천원", "301,410천원")]),
    ("301,140천원", [])])
def test_a_budget_after_ilgeum_is_compared_with_its_unit(executed, found):
    text = the_report_with("금 860,400천원(구비)", "일금 860,400천원(구비)").replace(
        "301,140천원 (’24", f"{executed} (’24")
    assert findings_of(text) == PLANTED + found


@settings(max_examples=40, deadline=None)
@given(budget=st.integers(1_000, 9_999_999), lead=st.sampled_from(["", "금 ", "금", "일금 ", "총 ", "약 "]),
       label=st.sampled_from(["예    산", "예 산 액", "사 업 비"]))
def test_a_budget_fields_figure_after_its_lead_word(budget, lead, label):
    text = ("제298회 해온구의회 제1차 정례회\n\n2024년 주요업무보고\n\n주 민 자 치 과\n\nⅡ. 주요업무 추진상황\n\n"
            "1. 마을공동체 지원사업 (마을공동체팀)\n\n ■ 사업개요\n  ○ 기    간 : ’24. 2월 ~ 12월\n"
            f"  ○ {label} : {lead}{budget:,}천원(구비)\n")
    [project] = extract_file(Path("2024-t.txt"), text.encode()).projects
    assert [(b.name, b.budget_krw) for b in project.budget_lines] == [("구비", budget * K)]


@pytest.mark.parametrize(("field", "label", "figure"), [
    ("보조금 500,000천원", "보조금", "500,000천원"), ("계약 100건", "계약", "100건"),
    ("예 산 : 일금 860,400천원", "예 산", "일금 860,400천원"), ("사업비 약 3억원", "사업비", "약 3억원")])
def test_a_labels_last_word_is_no_lead_of_its_figure(field, label, figure):
    # before: `계` over `약 100건` (and, with `금` a lead, `보조` over `금 500,000천원`)
    assert _LABELLED_FIGURE_RE.match(field).groups() == (label, figure)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / JUMIN, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)


def test_one_more_error_through_the_shared_helper():
    # the 기본경비's 잔액, printed 60,670 where 98,000 − 37,240 is 60,760
    assert sorted(planted(JUMIN, "37,240\t38.0\t60,760", "37,240\t38.0\t60,670", "utf-8-sig")) == sorted(
        PLANTED + [("remaining", "기본경비", "잔액", "60,760천원", "60,670천원")])


LIST = """3. 차량 보유현황 : 4대
연번\t차 종\t차량번호\t연식\t용도
1\t승용(전기)\t12가3456\t2022\t업무용
2\t승용\t34나5678\t2019\t업무용
3\t승합\t56다7890\t2020\t주민자치회 지원
4\t화물\t78라1234\t2018\t물품 운반"""


def test_a_listed_vehicle_printing_its_category_alone_beside_one_printing_its_kind(tmp_path):
    """`승용` beside `승용(전기)`: a 승용 of its own, not the 승용s' count (before: the fleet's kind `승용`, which
    `vehicle_categories` took for the category's 소계, 1 where the list holds 2)."""
    text = the_report_with("3. 차    량 : 보유대수 4대\n", "").replace(
        "                                                              [단위: 대]\n차종별\t계\t승용\t승합\t화물\n"
        "보유대수\t4\t2\t1\t1", LIST)
    path = tmp_path / "2024-haeon-list.txt"
    path.write_text(text, encoding="utf-8-sig")
    [fleet] = extract_file(path).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 4), ("승용", "전기", 1), ("승용", "승용", 1), ("차량보유현황", "승합", 1),
        ("차량보유현황", "화물", 1)]
    assert [finding_figures(f) for f in run_checks(extract_file(path))] == PLANTED
    db = tmp_path / "t.db"
    assert CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT category, count FROM vehicle_categories ORDER BY category").fetchall() == [
            ("승용", 2), ("승합", 1), ("화물", 1)]  # no 계 row (fleet112)
