"""A department report in the real report's conventions (`2025-yeongdeungpo-chongmu.txt`: tabs, `#` headings, a
contents table, `(구비)` after figures) printed as another district's 기후환경과 2024 would (branch hunt69):
`2024-hanbit-gihuhwangyeong.txt`: staffing turned round (grades as rows, `정 원 | 현 원 | 과부족 | 비 고` as
columns, `+1`, `△1`, `-`), a second table of 공무직 and 기간제, a fleet by fuel as rows, a 세출 budget of `2023년 예산
| 2024년 예산 | 증 감 | 증감률(%) | 집행액 | 집행률(%)` with rates printed `42.0%`, a 세입 table beside it, amounts
`1,234백만원`, projects of a 사업기간 over years (`2024. 3. ~ 2026. 12.`) whose 총사업비 prints each year's share,
a 연도별 투자계획, 향후계획 as a table `추진일정 | 내용` (`’24. 7. 1.`, `’25. 1월 ~`), `※` notes, `ㆍ`; one error
planted: project 1's 총사업비 3,700백만원 where its years' shares make 3,600.
What was read wrong before: a 향후계획 table whose last row's date is a period left open (`’25. 1월 ~`) was no
dated table (the project had no plans: its four rows a table of their own); a 총사업비 whose shares name every year
of the 사업기간 was taken to leave years out, so a total its shares do not make was not found; `show` printed a
rate printed with its percent twice (`(28.5%%)`); a unit per volume (`㎍/㎥`) was two units."""

import functools
import sqlite3
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.document import unit_in
from pipeline.extract import extract_file
from pipeline.values import parse_period_label
from tests.test_department_reports import planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
CLIMATE = "2024-hanbit-gihuhwangyeong.txt"
M = 1_000_000  # 백만원


@functools.cache
def report():
    return extract_file(REPORTS / CLIMATE)


def staffing(table_no: int, status: str) -> list[tuple]:
    return [(s.job_class, s.grade, s.headcount) for s in report().staffing
            if s.status == status and s.table_no == table_no]


def months(year: int, first: int, last: int) -> list[str]:
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def test_the_staffing_turned_round_and_its_second_table():
    assert (report().document.department, report().document.year, report().document.team_count) == (
        "기후환경과", 2024, 4)
    assert staffing(1, "정원") == [("계", "계", 26), ("계", "5급", 1), ("계", "6급", 5), ("계", "7급", 8),
                                  ("계", "8급", 6), ("계", "9급", 4), ("연구직", "연구사", 2)]
    assert [n for *_, n in staffing(1, "현원")] == [27, 1, 6, 7, 7, 4, 2]
    assert [n for *_, n in staffing(1, "과부족")] == [1, 0, 1, -1, 1, 0, 0]
    assert staffing(2, "정원") == [("계", "계", 9), ("공무직", "계", 4), ("기간제", "계", 5)]
    assert [n for *_, n in staffing(2, "과부족")] == [-1, 0, -1]


def test_the_fleet_and_the_budget_of_two_years():
    [fleet] = report().vehicles
    assert fleet.printed_total == 6
    assert [(c.category, c.fuel, c.count) for c in fleet.counts if c.category == "계"] == [
        ("계", None, 6), ("계", "전기", 3), ("계", "수소", 2), ("계", "경유", 1)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.other_columns["2023년 예산"])
            for b in report().budget] == [
        ("계", 14_236 * M, 5_981 * M, 42.0, "12,480"), ("기후위기 대응", 3_420 * M, 1_026 * M, 30.0, "2,150"),
        ("미세먼지 저감", 8_140 * M, 3_907 * M, 48.0, "7,820"), ("환경오염 관리", 2_110 * M, 886 * M, 42.0, "1,960"),
        ("기본경비", 566 * M, 162 * M, 28.6, "550")]
    # the 세입 table is no spending: a table of its own, its rates checked as any table's
    [revenue] = [t for t in report().tables if t.caption == "세입예산"]
    assert revenue.rows[1] == ["계", "6,850", "2,874", "42.0"]


def test_a_plans_table_whose_last_period_is_left_open_is_the_projects_plans():
    # before: no plans (the table kept as one of its own, caption `향후계획`)
    carbon = report().projects[0]
    assert project_items(carbon, "향후계획") == [
        ("’24. 7. 1. : 탄소중립 실천 주간 운영", ["2024-07"], None),
        ("’24. 9월 : 탄소중립 기본계획 중간보고회", ["2024-09"], None),
        ("’24. 11. ~ 12. : 기본계획 최종보고 및 확정", months(2024, 11, 12), None),
        ("’25. 1월 ~ : 기본계획 단계별 이행", months(2025, 1, 12), None)]
    assert "향후계획" not in [t.caption for t in report().tables]


@pytest.mark.parametrize(("label", "first", "last", "year"), [
    ("’25. 1월 ~", 1, 12, 2025), ("2025. 3. ~", 3, 12, 2025), ("7월~", 7, 12, 2024), ("2024. 1. 1. ∼", 1, 12, 2024)])
def test_a_period_left_open_is_a_label(label, first, last, year):
    period = parse_period_label(label, 2024)
    assert (period.start, period.end, period.year) == (first, last, year)


@pytest.mark.parametrize("label", ["~", "가 ~", "12,000 ~", "3월 ~~"])
def test_no_period_left_open(label):
    assert parse_period_label(label, 2024) is None


def test_the_projects_items_and_budgets():
    carbon, dust, pollution, chargers = report().projects
    assert [(p.title, p.team, p.continuity) for p in report().projects] == [
        ("2050 탄소중립 실천 기반 조성", "기후정책팀", None), ("미세먼지 저감 대책 추진", "대기관리팀", None),
        ("환경오염 배출사업장 지도·점검", "환경지도팀", None), ("공공 전기차 충전 인프라 확충", "에너지팀", "신규")]
    assert project_items(carbon, "사업개요")[:2] == [
        ("사업기간: 2024. 3. ~ 2026. 12.", months(2024, 3, 12) + months(2025, 1, 12) + months(2026, 1, 12), None),
        ("총사업비: 3,700백만원 (’24년 1,200 / ’25년 1,300 / ’26년 1,100)", None, 3_700 * M)]
    assert project_items(dust, "주요 추진실적")[:3] == [
        ("노후 경유차 조기폐차 지원: 1월~5월 / 412대, 1,234백만원", months(2024, 1, 5), 1_234 * M),
        ("가정용 친환경 보일러 설치 지원: 2월~5월 / 1,860대, 1,116백만원", months(2024, 2, 5), 1_116 * M),
        ("저소득층 보일러 교체: 52가구(대당 600천원)", None, None)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.rate_text) for b in dust.budget_lines] == [
        ("국비", 2_040 * M, 1_020 * M, 50.0, "50.0%"), ("시비", 2_530 * M, 1_265 * M, 50.0, "50.0%"),
        ("구비", 3_570 * M, 1_622 * M, 45.4, "45.4%"), ("계", 8_140 * M, 3_907 * M, 48.0, "48.0%")]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in carbon.budget_lines] == [
        ("국·시·구비", 1_200 * M, 342 * M)]
    assert [(b.name, b.budget_krw) for b in pollution.budget_lines] == [("구비", 52_400_000)]
    assert project_items(chargers, "향후계획")[-1] == (
        "’25. 3월 ~ 12월 : 충전기 운영 모니터링 및 추가 수요조사", months(2025, 3, 12), None)
    [dust_table] = [t for t in report().tables if t.caption == "도로 재비산먼지 측정 결과"]
    assert dust_table.unit == "㎍/㎥"  # before, `㎍, ㎥`


@pytest.mark.parametrize(("line", "units"), [
    ("(단위: ㎍/㎥)", "㎍/㎥"), ("(단위: mg/L)", "mg/L"), ("(단위: kg/㎡, %)", "kg/㎡, %"), ("(단위: 톤/일)", "톤/일"),
    ("(단위: 가구 / 천원)", "가구, 천원"), ("(단위: 건/천원)", "건, 천원")])
def test_a_unit_per_volume_is_one_unit(line, units):
    assert unit_in(line)[0] == units


def test_the_planted_total_cost_is_the_one_finding_and_a_year_short_is_found_too():
    found = [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(report())]
    assert found == [("sum.project_cost", "총사업비", None, "3,600백만원", "3,700백만원", 113)]
    assert (REPORTS / CLIMATE).read_text(encoding="utf-8").splitlines()[112].startswith("- 총사업비: 3,700백만원")
    # a year's share printed wrong is found as well (before too)
    assert planted(CLIMATE, "’25년 1,300 /", "’25년 1,250 /") == [
        ("sum.project_cost", "총사업비", None, "3,550백만원", "3,700백만원")]
    # right, no finding: shares of each year of the 사업기간 make the total
    assert planted(CLIMATE, "총사업비: 3,700백만원", "총사업비: 3,600백만원") == []


def test_shares_of_a_span_of_years_beside_a_period_over_years_are_read_as_before():
    # `2024~2025년` is no one year: the shares leave the period's years unsaid, and fall short of the total unfound
    assert planted(CLIMATE, "(’24년 1,200 / ’25년 1,300 / ’26년 1,100)", "(2024~2025년 2,500 / ’26년 1,100)") == []


def test_shares_leaving_a_year_of_the_period_out_may_fall_short():
    # a 사업기간 of 2024–2027: the shares of three of its years say nothing of 2027's, so 3,700 is not found
    assert planted(CLIMATE, "사업기간: 2024. 3. ~ 2026. 12.", "사업기간: 2024. 3. ~ 2027. 12.") == []


def test_other_planted_errors_are_found_on_their_cells():
    def besides_the_cost(printed: str, wrong: str) -> list[tuple]:
        found = planted(CLIMATE, printed, wrong)
        assert ("sum.project_cost", "총사업비", None, "3,600백만원", "3,700백만원") in found
        return [finding for finding in found if finding[0] != "sum.project_cost"]

    assert besides_the_cost("환경오염 관리\t1,960\t2,110\t150\t7.7", "환경오염 관리\t1,960\t2,110\t150\t7.1") == [
        ("rate.budget_change", "환경오염 관리", "증감률(%)", "7.7", "7.1")]
    assert besides_the_cost("시비보조금\t3,610\t1,588\t44.0", "시비보조금\t3,610\t1,588\t45.0") == [
        ("rate.table", "시비보조금", "수납률(%)", "44.0", "45.0")]
    assert besides_the_cost("구 비\t3,570\t1,622\t45.4%", "구 비\t3,570\t1,622\t46.4%") == [
        ("rate", "구비", "집행률(%)", "45.4", "46.4")]
    assert besides_the_cost("정 원\t9\t4\t5", "정 원\t9\t4\t6") == [("sum.staffing", "정원", "기간제 계", "5", "6")]


def test_show_prints_a_rate_printed_with_its_percent_once(cli, tmp_path):
    assert cli("ingest", "--db", tmp_path / "r.db", REPORTS / CLIMATE)[0] == 0
    code, output = cli("show", "--db", tmp_path / "r.db", "기후환경과 2024")
    assert code == 0
    assert "예산 구비: 3,570,000,000원, 집행 1,622,000,000원 (45.4%) (구비)" in output
    assert "%%" not in output
    db = sqlite3.connect(tmp_path / "r.db")
    assert db.execute("SELECT count(*) FROM project_items WHERE heading = '향후계획'").fetchone() == (11,)
