"""A budget a project's text states printing no unit (`예 산 : 312,000(구비)` in its 사업개요) is read where the
report itself tells its unit: a budget table of the report with a unit prints the same figure (the department's
예산현황, on the 단위사업 the project names or on any line, or the project's own table), and it is that table's
(312,000 beside a `(단위: 천원)` table's 312,000: 312,000,000 won), read as a `예산 :` printing its unit is: a 계 line
and one per source, checked and compared alike. Where no table prints the figure, no line (before, never one)."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import pipe_tables, space_aligned
from tests.test_department_reports import REPORTS, planted
from tests.test_overview_variants import report

LAYOUTS = [lambda text: text, pipe_tables, space_aligned]
UNITS = ("Ⅰ. 일반현황\n\n4. 예산현황\n\n(단위: {})\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
         "계\t{}\t{}\t40.0\n공원 관리\t{}\t{}\t40.0\n녹지 조성\t{}\t{}\t40.0\n\nⅡ. 주요업무 추진실적\n\n")
THOUSANDS = UNITS.format("천원", "2,500,000", "1,000,000", "1,500,000", "600,000", "1,000,000", "400,000")
MILLIONS = UNITS.format("백만원", "2,500", "1,000", "1,500", "600", "1,000", "400")
PARK = "① 근린공원 시설 정비 (공원관리팀)\n\n공원 시설을 정비하고자 함\n\n□ 사업개요\n\n- 기 간 : 2025. 1. ~ 12.\n"


def lines(r):
    project = r.projects[0] if hasattr(r, "projects") else r
    return [(b.name, b.funding_source, b.budget_krw, b.executed_krw) for b in project.budget_lines]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stated, budget_lines", [
    ("예 산 : 1,500,000(구비)", [("구비", "구비", 1_500_000_000, None)]),
    ("예산 : 1,500,000(국비 500,000, 구비 1,000,000)", [("계", None, 1_500_000_000, None),
                                                  ("국비", "국비", 500_000_000, None),
                                                  ("구비", "구비", 1_000_000_000, None)]),
    ("예산액 : 1,500,000(구비) / 집행액 : 600,000", [("구비", "구비", 1_500_000_000, 600_000_000)]),
    ("사 업 비 : 1,500,000", [("계", None, 1_500_000_000, None)])])  # a 사업비 of a period within the year
def test_a_figure_the_unit_the_project_names_prints_is_in_its_table_s_unit(layout, stated, budget_lines):
    r = report(layout(THOUSANDS + PARK + f"- {stated}\n- 단위사업 : 공원 관리\n"))
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_no_table_prints_gives_no_line(layout):
    r = report(layout(THOUSANDS + PARK + "- 예 산 : 1,400,000(구비)\n- 단위사업 : 공원 관리\n"))
    assert lines(r) == []
    assert found(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_any_line_prints_is_in_that_table_s_unit(layout):
    """No 단위사업 named: 녹지 조성's 1,000 under `(단위: 백만원)` tells the unit; its sources in it too."""
    r = report(layout(MILLIONS + PARK + "- 예산액 : 1,000(시비 400, 구비 600) / 집행액 : 400\n"))
    assert lines(r) == [("계", None, 1_000_000_000, 400_000_000), ("시비", "시비", 400_000_000, None),
                        ("구비", "구비", 600_000_000, None)]
    assert [(b.name, b.unit) for b in r.projects[0].budget_lines] == [("계", "백만원"), ("시비", "백만원"),
                                                                       ("구비", "백만원")]
    assert found(r) == []


def test_a_stated_budget_s_sources_not_adding_up_are_found():
    r = report(THOUSANDS + PARK + "- 예산 : 1,500,000(국비 500,000, 구비 900,000)\n- 단위사업 : 공원 관리\n")
    assert found(r) == [("sum.project_budget", "계", "예산액", "1,400,000천원", "1,500,000천원")]


PROJECTS = "Ⅱ. 주요업무 추진실적\n\n"  # no department's table
OWN_TABLE = ("□ 예산현황\n\n(단위: 천원)\n\n구 분\t계\t국 비\t구 비\n예산액\t312,000\t100,000\t212,000\n"
             "집행액\t141,960\t45,000\t96,960\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_the_project_s_own_table_prints_is_compared_with_it(layout):
    """`예 산 : 312,000(국비 110,000, 구비 202,000)` over the project's table of 312,000천원: its sources are compared
    with the table's lines of them (before, the text's budget was read as nothing)."""
    r = report(layout(PROJECTS + PARK + "- 예 산 : 312,000(국비 110,000, 구비 202,000)\n\n" + OWN_TABLE))
    assert found(r) == [("cross.project_budget", "구비", "예산액", "202,000천원", "212,000천원"),
                        ("cross.project_budget", "국비", "예산액", "110,000천원", "100,000천원")]
    r = report(layout(PROJECTS + PARK + "- 예 산 : 312,000(국비 100,000, 구비 212,000)\n\n" + OWN_TABLE))
    assert found(r) == []


TWO_UNITS = ("Ⅰ. 일반현황\n\n4. 예산현황\n\n(단위: 백만원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
             "계\t1,500\t600\t40.0\n공원 관리\t1,000\t400\t40.0\n녹지 조성\t500\t200\t40.0\n\n"
             "5. 세부사업별 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
             "계\t1,000\t400\t40.0\n어린이공원 정비\t1,000\t400\t40.0\n\nⅡ. 주요업무 추진실적\n\n")


def test_a_figure_printed_in_two_units_is_the_one_of_the_project_s_unit_or_none():
    """1,000 is 공원 관리's in 백만원 and 어린이공원 정비's in 천원: the project naming 공원 관리 states
    1,000백만원; one naming neither, no line."""
    r = report(TWO_UNITS + PARK + "- 예 산 : 1,000(구비)\n- 단위사업 : 공원 관리\n")
    assert lines(r) == [("구비", "구비", 1_000_000_000, None)]
    assert lines(report(TWO_UNITS + PARK + "- 예 산 : 1,000(구비)\n")) == []


def test_department_reports_stating_a_budget_of_no_unit():
    """민원여권과 (markdown, `- **예 산**: 1,215(구비)`, its 단위사업 in 백만원) and 치수과 (text, `○ 예 산:
    1,842,000(구비)`, in 천원) state their projects' budgets in their 예산현황's unit (before, no line); 감사담당관's
    `○ 예    산 : 312,000(구비)` is compared with the project's table (before, the table alone was checked)."""
    minwon = extract_file(REPORTS / "2025-hanbit-minwon.md").projects[1]
    chisu = extract_file(REPORTS / "2025-hanbit-chisu.txt").projects[1]
    assert [(p.title, lines(p)) for p in (minwon, chisu)] == [
        ("민원서비스 향상", [("구비", "구비", 1_215_000_000, None)]),
        ("하천 유지관리", [("구비", "구비", 1_842_000_000, None)])]
    # the text's 312,000 and the 집행률 45.5 both make the 예산액 312,000: `rate` on it (before, on the 집행률, 44.2,
    # and cross.project_budget said it again; then cross.project_over_unit, ≤ 312,000천원, said its bound again)
    assert planted("2025-hanbit-gamsa.txt", "312,000(구비)     141,960", "321,000(구비)     141,960") == [
        ("rate", "구비", "예산액", "312,000천원", "321,000천원")]
