"""A department's reports of six years, bulk-imported and asked how things changed, as the README asks: each year
prints its labels its own way (`총 무 과` and `총무과`, `임기제·별정직`, `별정직ㆍ임기제` and `별정·임기제`, `행정` and
`행정직`, `무기계약직` and `공무직`, `청사 시설 관리` and `청사시설관리`, `(단위: 천원)`, `(단위: 백만원)` and `(단위:
원)`, `(5.31.기준)` and `(2023. 4. 30. 기준, …)`) and its vehicles' categories as rows, over their kinds or as one
row of counts under their labels alone, in markdown, tab-separated and space-aligned text, and 2025's is of the
department renamed `행정지원과`, which its report does not say."""

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


# the README's staffing question's answer over 2021–2024, the 총무과's years (2025's report is the 행정지원과's)
STAFFING_2021_2024 = [
    "council,office,year,department,as_of,정원,현원,과부족",
    "가람구의회,,2021,총무과,,38,36,-2", "가람구의회,,2022,총무과,,39,38,-1",
    "가람구의회,,2023,총무과,2023-05-31,40,39,-1", "가람구의회,,2024,총무과,2024-05-31,44,42,-2"]


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
    """총무과 over 2021–2024 (its cover letter-spaced some years; 2020's before the question's years), with the date
    each year's counts stand at where printed; 2025's 행정지원과 is another department, as no report says it was the
    총무과, till the user says so (`reportdb rename`: tests/test_department_renames.py)."""
    assert ask(database, readme_query("staffing_by_report")) == STAFFING_2021_2024
    assert ask(database, "SELECT department, year FROM reports ORDER BY year")[1:] == [
        "총무과,2020", "총무과,2021", "총무과,2022", "총무과,2023", "총무과,2024", "행정지원과,2025"]


def test_a_class_is_found_by_one_name_whichever_way_a_year_prints_it(database):
    """`임기제·별정직` (2020), `별정직ㆍ임기제` (2021), `별정·임기제` (2022) and `별정직·임기제` (2025) are one class,
    `행정` (2023) and `행정직` (2024) another; before, 2020's, 2022's and 2024's were classes of their own, so each
    question found some years. 2020's `무기계약직` is not 2024's `공무직` (README's gaps list): asked by both names."""
    by_class = ("SELECT d.year, sum(s.headcount) FROM staffing s JOIN reports d ON d.id = s.document_id "
                "WHERE s.status = '현원' AND s.job_class = '{}' GROUP BY d.year ORDER BY d.year")
    assert ask(database, by_class.format("별정직·임기제"))[1:] == ["2020,3", "2021,3", "2022,3", "2025,3"]
    assert ask(database, by_class.format("행정"))[1:] == ["2023,30", "2024,30"]
    assert ask(database, by_class.format("전산"))[1:] == ["2023,3", "2024,4"]
    assert ask(database, "SELECT DISTINCT job_class FROM staffing ORDER BY job_class")[1:] == [
        "계", "공무직", "무기계약직", "별정직·임기제", "시설", "운전", "일반직", "전산", "행정"]
    both_names = by_class.format("공무직").replace("= '공무직'", "IN ('공무직', '무기계약직')")
    assert ask(database, both_names)[1:] == ["2020,2", "2024,2"]


def test_a_unit_projects_budget_year_by_year_in_won_and_as_of_its_date(database):
    """The README's question of a 단위사업's budget, asked of `청사 시설 관리`: printed `청사시설관리`, `청사 시설관리`
    and `청사시설 관리` too, in 천원, 백만원 and 원, its 집행액 as of dates printed four ways."""
    query = readme_query("쾌적한청사관리").replace("쾌적한청사관리", "청사시설관리")
    assert ask(database, query) == [
        "council,department,year,name,budget_krw,executed_krw,as_of",
        "가람구의회,총무과,2020,청사 시설관리,2900000000,1300000000,2020-05-31",
        "가람구의회,총무과,2021,청사 시설 관리,2980000000,1250400000,2021-05-31",
        "가람구의회,총무과,2022,청사시설관리,3120000000,940000000,2022-04-30",
        "가람구의회,총무과,2023,청사 시설관리,3250000000,1420000000,2023-04-30",
        "가람구의회,총무과,2024,청사시설 관리,3400000000,1530000000,2024-05-31",
        "가람구의회,행정지원과,2025,청사 시설 관리,3600000000,1700000000,2025-05-31"]
    interpuncts = query.replace("청사시설관리", "인사·조직운영")  # `인사ㆍ조직 운영` some years
    assert [row.split(",")[2] for row in ask(database, interpuncts)[1:]] == ["2020", "2021", "2022", "2023", "2024",
                                                                                "2025"]


def test_the_spending_question_reads_every_unit(database):
    under_40 = readme_query("budget_totals").replace("0.3 *", "0.4 *")
    assert ask(database, under_40)[1:] == ["가람구의회,,총무과,2022,2022-04-30,budget table,32.7",
                                          "가람구의회,,총무과,2023,2023-04-30,budget table,35.3"]


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
        "가람구의회,총무과,2020,2020-06-09,11", "가람구의회,총무과,2021,2021-06-08,12",
        "가람구의회,총무과,2022,2022-06-14,13", "가람구의회,총무과,2023,2023-06-13,13",
        "가람구의회,총무과,2024,2024-06-11,14", "가람구의회,행정지원과,2025,2025-06-10,15"]


def test_a_category_over_years_of_every_layout_as_the_readme_asks_it(database):
    """2020 and 2024 print their categories as one row of counts (`구 분 | 계 | 승 용 | 승 합 | 화 물` over `대 수 | 11
    | 6 | 3 | 2`, `승 용 | 승 합 | 화 물` over `9 | 3 | 2`), 2021, 2022 and 2025 over their kinds, 2023 as rows named
    with their `차` (`승용차 | 8`): `vehicle_categories` has them as categories every year, named alike, each fleet by
    one name whatever its caption's figures; `vehicles` holds the one-row years' as kinds of the fleet, under its
    name, and 2023's as printed."""
    assert ask(database, readme_query("vehicle_categories"))[1:] == [
        "가람구의회,총무과,2020,2020-06-09,6", "가람구의회,총무과,2021,2021-06-08,7",
        "가람구의회,총무과,2022,2022-06-14,8", "가람구의회,총무과,2023,2023-06-13,8",
        "가람구의회,총무과,2024,2024-06-11,9", "가람구의회,행정지원과,2025,2025-06-10,9"]
    assert ask(database, "SELECT DISTINCT c.fleet, c.category FROM vehicle_categories c ORDER BY 2")[1:] == [
        "공용차량현황,승용", "공용차량현황,승합", "공용차량현황,화물"]
    assert ask(database, "SELECT d.year, v.category, v.kind, v.count FROM vehicles v JOIN reports d "
                         "ON d.id = v.document_id WHERE v.kind = '승용' ORDER BY d.year")[1:] == [
        "2020,공용차량현황,승용,6", "2024,공용차량현황,승용,9"]
    assert ask(database, "SELECT DISTINCT category FROM vehicles WHERE kind = '소계' ORDER BY 1")[1:] == [
        "승용", "승용차", "승합", "승합차", "화물", "화물차"]


@pytest.mark.parametrize(("table", "name", "categories"), [
    ("구 분\t계\t승 용\t승 합\n관용차량\t4\t3\t1\n", "관용차량", [("승용", 3), ("승합", 1)]),  # its label
    ("구 분\t계\t승 용\t승 합\n대 수\t4\t3\t1\n", "공용차량현황", [("승용", 3), ("승합", 1)]),
    ("차 종\t대 수\n압축진개차\t3\n암롤차\t1\n", "공용차량현황", [("화물", 4)]),  # kinds, by their names
    ("구 분\t계\t소형\t중형\n승 용\t3\t1\t2\n승 합\t1\t1\t-\n", "공용차량현황", [("승용", 3), ("승합", 1)]),
    ("구 분\t소형\t중형\n승용차\t1\t2\n특 수 차\t1\t-\n", "공용차량현황", [("승용", 3), ("특수", 1)]),  # no 소계
])
def test_a_fleet_is_named_by_its_caption_or_its_one_rows_label(tmp_path, table, name, categories):
    report = tmp_path / "2020-garam-chongmu.txt"
    report.write_text(VEHICLES.format(table), encoding="utf-8")
    assert [fleet.name for fleet in extract_report(read_text(report.name, report.read_bytes())).vehicles] == [name]
    db = tmp_path / "r.db"
    assert CliRunner().invoke(main, ["ingest", str(report), "--db", str(db), "--workers", "1"]).exit_code == 0
    assert ask(db, "SELECT category, count FROM vehicle_categories WHERE status = '보유' ORDER BY category")[1:] == [
        f"{category},{count}" for category, count in sorted(categories)]


VEHICLES = "제261회 가람구의회 제1차 정례회\n\n2020년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n3. 공용차량 현황\n\n{}"


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
