"""Budget tables printing their budget as `편성액` (with `집행잔액` beside it), and a 국's budget by 과 or a 과's by 팀,
its name column labelled `부서`, `부서명`, `과 명` or `팀별`: before, neither was a budget table (no budget column, or
no name column), and the report had no budget at all."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS

COVER = "제304회 미르구의회 제1차 정례회\n2022. 6. 14. ~ 6. 28.\n2022년 주요업무보고\n{department}\nⅠ. 일반현황\n"
DRAWN_UP = ("4. 예산현황\n(’22. 5. 31. 기준, 단위 : 천원)\n"
            "세부사업\t{budget}\t집행액\t집행잔액\t집행률(%)\n"
            "합 계\t8,452,300\t3,108,900\t5,343,400\t36.8\n"
            "대중교통 활성화\t3,200,000\t1,250,000\t1,950,000\t39.1\n"
            "불법주정차 단속\t2,140,500\t812,400\t1,328,100\t38.0\n"
            "공영주차장 운영\t2,611,800\t901,500\t1,710,300\t34.5\n"
            "교통행정 지원\t500,000\t145,000\t355,000\t29.0\n")
DRAWN_UP_LINES = [("계", 8_452_300, 3_108_900, 5_343_400, 36.8),
                  ("대중교통 활성화", 3_200_000, 1_250_000, 1_950_000, 39.1),
                  ("불법주정차 단속", 2_140_500, 812_400, 1_328_100, 38.0),
                  ("공영주차장 운영", 2_611_800, 901_500, 1_710_300, 34.5),
                  ("교통행정 지원", 500_000, 145_000, 355_000, 29.0)]
BY_OFFICE = ("3. 예산현황\n(단위 : 천원)\n"
             "{name}\t예산액\t집행액\t집행률(%)\n"
             "계\t152,340,000\t68,120,500\t44.7\n"
             "복지정책과\t61,200,000\t29,850,000\t48.8\n"
             "노인장애인과\t54,890,000\t23,410,500\t42.6\n"
             "여성가족과\t36,250,000\t14,860,000\t41.0\n")
BY_OFFICE_LINES = [("계", 152_340_000, 68_120_500, 44.7), ("복지정책과", 61_200_000, 29_850_000, 48.8),
                   ("노인장애인과", 54_890_000, 23_410_500, 42.6), ("여성가족과", 36_250_000, 14_860_000, 41.0)]
PROJECT = ("Ⅱ. 주요업무 추진실적\n1. 마을버스 운행 지원 (교통정책팀)\n□ 추진실적\n○ 재정지원금 지급 : 1. ~ 5.\n"
           "□ 예산현황\n(단위 : 천원)\n{table}")
PROJECT_COLUMNS = ("구 분\t편성액\t집행액\t집행잔액\t집행률(%)\n계\t1,200,000\t498,000\t702,000\t41.5\n"
                   "시 비\t600,000\t249,000\t351,000\t41.5\n구 비\t600,000\t249,000\t351,000\t41.5\n")
PROJECT_ROWS = "구 분\t계\t시비\t구비\n편성액\t1,200,000\t600,000\t600,000\n집행액\t498,000\t249,000\t249,000\n"


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def found(r):
    return [(f.rule, f.row, f.column) for f in run_checks(r)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("budget", ["편성액", "편 성 액", "예산편성액"])
def test_a_budget_drawn_up_is_the_budget(budget, layout):
    r = report(TEXT_LAYOUTS[layout](COVER.format(department="교 통 행 정 과") + DRAWN_UP.format(budget=budget)))
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.remaining_krw // 1_000, b.execution_rate)
            for b in r.budget] == DRAWN_UP_LINES
    assert {b.as_of.isoformat() for b in r.budget} == {"2022-05-31"}
    assert found(r) == []


def test_a_budget_drawn_up_off_its_lines_is_found():
    r = report(COVER.format(department="교 통 행 정 과")
               + DRAWN_UP.format(budget="편성액").replace("500,000\t145,000\t355,000", "600,000\t145,000\t455,000"))
    assert ("sum.budget", "계", "예산액") in found(r)


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("table", [PROJECT_COLUMNS, PROJECT_ROWS], ids=["columns", "rows"])
def test_a_projects_budget_drawn_up(table, layout):
    r = report(TEXT_LAYOUTS[layout](COVER.format(department="교 통 행 정 과") + PROJECT.format(table=table)))
    [project] = r.projects
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in project.budget_lines] == [
        ("계", 1_200_000, 498_000), ("시비", 600_000, 249_000), ("구비", 600_000, 249_000)]
    assert found(r) == []


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("name", ["부서", "부 서 명", "소관부서", "과 명", "과별", "팀별"])
def test_a_budget_by_office_is_the_budget(name, layout):
    r = report(TEXT_LAYOUTS[layout](COVER.format(department="복 지 국") + BY_OFFICE.format(name=name)))
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000, b.execution_rate)
            for b in r.budget] == BY_OFFICE_LINES
    assert found(r) == []


@pytest.mark.parametrize("name", ["부서", "팀별"])
def test_a_table_by_office_of_other_figures_is_no_budget(name):
    """A name column of offices beside figures of no budget (`정원 | 현원`, `건수`) is a grid, as before."""
    r = report(COVER.format(department="복 지 국")
               + f"□ 민원 처리 현황\n{name}\t접수\t처리\t처리율(%)\n계\t300\t290\t96.7\n복지정책과\t200\t195\t97.5\n"
               "여성가족과\t100\t95\t95.0\n")
    assert r.budget == []
    assert [t.rows[1] for t in r.tables] == [["계", "300", "290", "96.7"]]
