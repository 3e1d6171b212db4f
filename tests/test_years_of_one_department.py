"""A department's reports of five years, bulk-imported and asked how things changed, as the README asks: each year
prints its labels its own way (`총 무 과` and `총무과`, `별정직ㆍ임기제` and `별정·임기제`, `행정` and `행정직`, `청사
시설 관리` and `청사시설관리`, `(단위: 천원)`, `(단위: 백만원)` and `(단위: 원)`, `(5.31.기준)` and `(2023. 4. 30.
기준, …)`), in markdown, tab-separated and space-aligned text, and 2025's is of the department renamed `행정지원과`."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from checks import run_checks
from extractors import extract_report
from pipeline.cli import main
from pipeline.read_text import read_text

ROOT = Path(__file__).resolve().parents[1]
YEARS = Path(__file__).parent / "years_of_one_department"


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("years") / "r.db"
    result = CliRunner().invoke(main, ["ingest", str(YEARS), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def ask(database: Path, query: str) -> list[str]:
    result = CliRunner().invoke(main, ["query", query, "--db", str(database), "--csv"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def readme_query(containing: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(q for q in regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL) if containing in q)


def test_the_staffing_question_follows_the_department_up_to_its_rename(database):
    """총무과 over 2021–2024 (its cover letter-spaced some years), with the date each year's counts stand at where
    printed; 2025's 행정지원과 is another name, which the README's gaps list says how to ask by."""
    assert ask(database, readme_query("staffing_totals")) == [
        "council,office,year,as_of,status,headcount",
        "가람구의회,,2021,,과부족,-2", "가람구의회,,2021,,정원,38", "가람구의회,,2021,,현원,36",
        "가람구의회,,2022,,과부족,-1", "가람구의회,,2022,,정원,39", "가람구의회,,2022,,현원,38",
        "가람구의회,,2023,2023-05-31,과부족,-1", "가람구의회,,2023,2023-05-31,정원,40",
        "가람구의회,,2023,2023-05-31,현원,39",
        "가람구의회,,2024,2024-05-31,과부족,-2", "가람구의회,,2024,2024-05-31,정원,42",
        "가람구의회,,2024,2024-05-31,현원,40"]
    assert ask(database, "SELECT department, year FROM reports ORDER BY year")[1:] == [
        "총무과,2021", "총무과,2022", "총무과,2023", "총무과,2024", "행정지원과,2025"]


def test_a_class_is_found_by_one_name_whichever_way_a_year_prints_it(database):
    """`별정직ㆍ임기제` (2021), `별정·임기제` (2022) and `별정직·임기제` (2025) are one class, `행정` (2023) and
    `행정직` (2024) another; before, 2022's and 2024's were classes of their own, so each question found some
    years."""
    by_class = ("SELECT d.year, sum(s.headcount) FROM staffing s JOIN reports d ON d.id = s.document_id "
                "WHERE s.status = '현원' AND s.job_class = '{}' GROUP BY d.year ORDER BY d.year")
    assert ask(database, by_class.format("별정직·임기제"))[1:] == ["2021,3", "2022,3", "2025,3"]
    assert ask(database, by_class.format("행정"))[1:] == ["2023,30", "2024,30"]
    assert ask(database, by_class.format("전산"))[1:] == ["2023,3", "2024,4"]
    assert ask(database, "SELECT DISTINCT job_class FROM staffing ORDER BY job_class")[1:] == [
        "계", "별정직·임기제", "시설", "운전", "일반직", "전산", "행정"]


def test_a_unit_projects_budget_year_by_year_in_won_and_as_of_its_date(database):
    """The README's question of a 단위사업's budget, asked of `청사 시설 관리`: printed `청사시설관리`, `청사 시설관리`
    and `청사시설 관리` too, in 천원, 백만원 and 원, its 집행액 as of dates printed four ways."""
    query = readme_query("쾌적한청사관리").replace("쾌적한청사관리", "청사시설관리")
    assert ask(database, query) == [
        "council,department,year,name,budget_krw,executed_krw,as_of",
        "가람구의회,총무과,2021,청사 시설 관리,2980000000,1250400000,2021-05-31",
        "가람구의회,총무과,2022,청사시설관리,3120000000,940000000,2022-04-30",
        "가람구의회,총무과,2023,청사 시설관리,3250000000,1420000000,2023-04-30",
        "가람구의회,총무과,2024,청사시설 관리,3400000000,1530000000,2024-05-31",
        "가람구의회,행정지원과,2025,청사 시설 관리,3600000000,1700000000,2025-05-31"]
    interpuncts = query.replace("청사시설관리", "인사·조직운영")  # `인사ㆍ조직 운영` some years
    assert [row.split(",")[2] for row in ask(database, interpuncts)[1:]] == ["2021", "2022", "2023", "2024", "2025"]


def test_the_spending_question_reads_every_unit(database):
    under_40 = readme_query("budget_totals").replace("0.3 *", "0.4 *")
    assert ask(database, under_40)[1:] == ["가람구의회,,총무과,2022,2022-04-30,32.7",
                                          "가람구의회,,총무과,2023,2023-04-30,35.3"]


def test_one_project_over_the_years_by_its_title_spaces_aside(database):
    assert ask(database, readme_query("FROM projects p")) == [
        "council,department,year,title,team,continuity",
        "가람구의회,총무과,2021,직원 디지털 역량 강화,교육후생팀,",
        "가람구의회,총무과,2022,직원 디지털역량 강화,교육후생팀,",
        "가람구의회,총무과,2023,직원 디지털 역량 강화,교육후생팀,",
        "가람구의회,총무과,2024,직원 디지털 역량강화,교육후생팀,",
        "가람구의회,행정지원과,2025,직원 디지털 역량 강화,교육후생팀,"]


def test_vehicles_held_each_year_with_and_without_a_printed_total(database):
    assert ask(database, readme_query("sum(t.held)"))[1:] == [
        "가람구의회,총무과,2021,12", "가람구의회,총무과,2022,13", "가람구의회,총무과,2023,13",
        "가람구의회,총무과,2024,14", "가람구의회,행정지원과,2025,15"]


def test_a_category_over_years_of_both_layouts_as_the_gaps_list_asks_it(database):
    """2024 prints its categories as one row of counts (`승 용 | 승 합 | 화 물`): kinds of the fleet there, categories
    in the other years; the README's gaps list gives the question that finds both."""
    assert ask(database, "SELECT d.year, v.count FROM vehicles v JOIN reports d ON d.id = v.document_id "
                         "WHERE v.status = '보유' AND CASE v.kind WHEN '소계' THEN v.category ELSE v.kind END = '승용' "
                         "ORDER BY d.year")[1:] == ["2021,7", "2022,8", "2023,8", "2024,9", "2025,9"]


STAFFING = ("제290회 가람구의회 제1차 정례회\n\n2024년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n2. 인 력\n\n"
            "구 분\t계\t{}\t\t공무직\n\t\t5급이상\t6급이하\t\n정 원\t12\t2\t8\t2\n현 원\t11\t2\t7\t2\n")


@pytest.mark.parametrize(("printed", "named"), [
    ("일반직", "일반직"), ("일반직공무원", "일반직"), ("일반직 공무원", "일반직"), ("일 반 직", "일반직"),
    ("별정·임기제", "별정직·임기제"), ("별정직ㆍ임기제", "별정직·임기제"), ("행정직", "행정"), ("행정직렬", "행정"),
    ("사회복지직", "사회복지"), ("관리운영직", "관리운영직"),
    ("임기제·별정직", "별정직·임기제"), ("임기제ㆍ별정직", "별정직·임기제"), ("별정직/임기제", "별정직·임기제"),
    ("임기제, 별정직", "별정직·임기제"), ("별정직 임기제", "별정직·임기제"), ("임기제/별정", "별정직·임기제"),
    ("세무직·행정직", "행정·세무"), ("기간제/공무직", "공무직·기간제"),
    ("시간선택제 임기제", "시간선택제임기제"),  # one kind: as printed
    ("무기계약직", "무기계약직"),  # 공무직 in most years since 2019, but not always the same staff (README's gaps list)
])
def test_a_class_printed_otherwise_another_year_is_named_alike(printed, named):
    r = extract_report(read_text("t.txt", STAFFING.format(printed).encode()))
    assert [(c.job_class, c.grade, c.headcount) for c in r.staffing if c.status == "현원"] == [
        ("계", "계", 11), (named, "5급이상", 2), (named, "6급이하", 7), ("공무직", "계", 2)]
    assert run_checks(r) == []
