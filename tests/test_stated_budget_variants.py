"""The budget a project's text states is read only where it is plainly the year's: from the overview or the budget
part, not from a plan (`향후계획`: next year's need), not a figure over years (`’25~’27년`, `2025~2027년`, `연차별`)
or of another year; a 집행액 the text dates otherwise than the table is not compared. Field headings named as a
part are that part; an untitled project is named by its number."""

import pytest

from checks import run_checks
from tests.test_overview_variants import found, items, report

UNITS = ("Ⅰ. 일반현황\n\n4. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
         "계\t2,500,000\t1,000,000\t40.0\n공원 관리\t1,500,000\t600,000\t40.0\n녹지 조성\t1,000,000\t400,000\t40.0\n\n"
         "Ⅱ. 주요업무 추진실적\n\n")
PARK = "① 근린공원 시설 정비 (공원관리팀)\n\n공원 시설을 정비하고자 함\n\n"
TABLE = "□ 예산현황{}\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1,500,000(구비)\t600,000(구비)\t40.0\n"


def test_a_budget_needed_under_the_plans_is_not_the_years():
    """`소요예산: 1,800,000천원(구비)` under 향후계획 is next year's need: no budget line, no warning."""
    r = report(UNITS + PARK + "□ 사업개요\n\n- 단위사업: 공원 관리\n\n□ 주요 추진실적\n\n- 놀이시설 교체: 3월~5월\n\n"
               "□ 향후계획\n\n- 노후 화장실 교체: 9월\n- 소요예산: 1,800,000천원(구비)\n")
    assert r.projects[0].budget_lines == []
    assert found(r) == []


def test_a_budget_needed_under_the_plans_is_not_compared_with_the_table():
    r = report(UNITS + PARK + "□ 사업개요\n\n- 단위사업: 공원 관리\n\n"
               "□ 향후계획\n\n- 소요예산: 1,800,000천원(구비)\n\n" + TABLE.format(""))
    assert found(r) == []


def test_a_field_heading_after_the_plans_is_not_the_overview():
    """`□ 예산액 : …` printed after `□ 향후계획` is filed with the overview's fields but is no stated budget."""
    r = report(UNITS + PARK + "□ 단위사업 : 공원 관리\n□ 향후계획\n  ○ 노후 화장실 교체: 9월\n"
               "□ 예산액 : 1,800,000천원(구비)\n")
    assert r.projects[0].budget_lines == []


@pytest.mark.parametrize("stated", ["소요예산: 4,500,000천원(’25~’27년)", "예산: 4,500,000천원(2025~2027년)",
                                    "예산: 4,500,000천원(연차별 1,500,000천원)"])
def test_a_budget_over_years_is_not_the_years(stated):
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}\n- 단위사업: 공원 관리\n\n" + TABLE.format(""))
    assert found(r) == []
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}\n- 단위사업: 공원 관리\n")
    assert r.projects[0].budget_lines == []


@pytest.mark.parametrize("stated, budget", [("예산: 2,000,000천원(2026년)", 2_000_000_000),
                                            ("2026년 예산: 1,800,000천원", 1_800_000_000)])
def test_a_budget_of_another_year_is_that_year_s(stated, budget):
    # compared with neither this year's table nor this year's 단위사업 (1,500,000); before, no line at all
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}\n- 단위사업: 공원 관리\n\n" + TABLE.format(""))
    assert found(r) == []
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}\n- 단위사업: 공원 관리\n")
    assert [(b.name, b.budget_krw, b.budget_year) for b in r.projects[0].budget_lines] == [("계", budget, 2026)]
    assert found(r) == []


def test_a_total_with_the_reports_years_share_is_that_share():
    """`예산: 총 3,000,000천원 (2025년 1,000,000천원)`: the text says the year's is 1,000,000; that is read."""
    r = report(UNITS + "② 가로변 녹지 조성 (녹지조성팀)\n\n가로변 녹지를 늘리고자 함\n\n□ 사업개요\n\n"
               "- 예산: 총 3,000,000천원 (2025년 1,000,000천원)\n\n"
               "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1,000,000(구비)\t400,000(구비)\t40.0\n")
    assert found(r) == []
    r = report(UNITS + "② 가로변 녹지 조성 (녹지조성팀)\n\n가로변 녹지를 늘리고자 함\n\n□ 사업개요\n\n"
               "- 예산: 총 3,000,000천원 (2025년 1,200,000천원)\n- 단위사업: 녹지 조성\n")
    assert [(b.name, b.budget_krw) for b in r.projects[0].budget_lines] == [("계", 1_200_000_000)]
    assert found(r) == [("cross.project_over_unit", "녹지 조성", "예산액", "≤ 1,000,000천원", "1,200,000천원")]


def test_two_budgets_the_overview_states_that_differ_are_none():
    """`소요예산: 5억원` and `예산: 1억 5천만원` in one overview: which is the year's is not known."""
    r = report(UNITS + PARK + "□ 사업개요\n\n- 기간: 2025. 3. ~ 2026. 12.\n- 총사업비: 1,234백만원\n"
               "- 소요예산: 5억원\n- 예산: 1억 5천만원\n\n" + TABLE.format(""))
    assert found(r) == []


def test_an_executed_figure_dated_otherwise_than_the_table_is_not_compared():
    """`집행: 300,000천원(4.30. 기준)` against a table `(5.31. 기준)` of 400,000: different days, no warning; the
    예산액 is still compared."""
    body = (UNITS + "② 가로변 녹지 조성 (녹지조성팀)\n\n가로변 녹지를 늘리고자 함\n\n□ 사업개요\n\n"
            "- 예산: {}천원(구비), 집행: 300,000천원({}기준)\n\n"
            "□ 예산현황 (5.31. 기준)\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n"
            "1,000,000(구비)\t400,000(구비)\t40.0\n")
    assert found(report(body.format("1,000,000", "4.30. "))) == []
    assert found(report(body.format("1,100,000", "4.30. "))) == [
        ("cross.project_budget", "구비", "예산액", "1,100,000천원", "1,000,000천원")]
    assert found(report(body.format("1,000,000", "5.31. "))) == [
        ("cross.project_budget", "구비", "집행액", "300,000천원", "400,000천원")]


FIELD_PARTS = (UNITS + PARK + "□ 사업개요 : 관내 근린공원 24개소\n  ○ 기간: 2025. 1. ~ 12.\n"
               "□ 추진실적 : 2025. 5. 31. 기준\n  ○ 화장실 개선: 4월 / 3개소\n"
               "□ 문제점 및 대책 : 예산 부족\n  ○ 추경 확보 추진: 7월\n")


def test_a_field_heading_named_as_a_part_is_that_part_and_a_date_its_note():
    """`□ 문제점 및 대책 : 예산 부족` is the part 문제점 및 대책, its bullets its items; `□ 추진실적 : 2025. 5. 31.
    기준` is the part 추진실적 as of that day (its note, as `□ 추진실적 (5.31. 기준)` prints it), no item."""
    assert items(report(FIELD_PARTS).projects[0]) == [
        ("사업개요", "사업개요 : 관내 근린공원 24개소", None, None, None),
        ("사업개요", "기간: 2025. 1. ~ 12.", 1, 12, None),
        ("추진실적 : 2025. 5. 31. 기준", "화장실 개선: 4월 / 3개소", 4, 4, None),
        ("문제점 및 대책", "문제점 및 대책 : 예산 부족", None, None, None),
        ("문제점 및 대책", "추경 확보 추진: 7월", 7, 7, None)]


def test_an_untitled_project_is_named_by_its_number():
    """A project whose title the report does not print: `사업 ②`, not `사업 'None'`."""
    r = report("Ⅰ. 일반현황\n\n4. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
               "계\t300,000\t100,000\t33.3\n지방세 부과 관리\t300,000\t100,000\t33.3\n\nⅡ. 주요업무 추진실적\n\n"
               "① 체납 지방세 징수 강화 (세입징수팀)\n\n체납액을 줄이고자 함\n\n□ 사업개요\n\n- 기간: 연중\n\n"
               "정확한 과세로 세입 기반을 확충하고자 함\n\n□ 사업개요\n\n- 예산: 400,000천원(구비)\n"
               "- 단위사업: 지방세 부과 관리\n")
    assert [p.title for p in r.projects] == ["체납 지방세 징수 강화", None]
    assert [f.message for f in run_checks(r) if f.rule == "cross.project_over_unit"] == [
        "사업 ②의 예산액이 소속 단위사업 '지방세 부과 관리'의 예산액보다 큽니다 "
        "(사업 400,000천원, 단위사업 300,000천원)"]
