"""A project's budget its text states with its sources (`5억원(시비 2억원, 구비 3억원)`, `849,000천원 / 국비 254,700,
…`) gives a 계 line and a line per source, as `849,000천원(국비 254,700, …)` does, so that a wrong source is found:
the 계 not their sum (`sum.project_budget`), a source not the budget table's (`cross.project_budget`)."""

import pytest

from checks import run_checks
from tests.layouts import pipe_tables, space_aligned
from tests.test_overview_variants import report

PROJECT = "Ⅱ. 주요업무 추진실적\n\n① 청년 창업 지원 (일자리팀)\n\n청년 창업을 돕고자 함\n\n□ 사업개요\n\n"


def lines(r):
    return [(b.name, b.funding_source, b.budget_krw) for b in r.projects[0].budget_lines]


def found(r):
    return [(f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(r)]


SOURCES = [("계", None, 849_000_000), ("국비", "국비", 254_700_000), ("시비", "시비", 169_800_000),
           ("구비", "구비", 424_500_000)]


@pytest.mark.parametrize("stated, budget_lines", [
    ("예산: 5억원(시비 2억원, 구비 3억원)", [("계", None, 500_000_000), ("시비", "시비", 200_000_000),
                                     ("구비", "구비", 300_000_000)]),
    ("예산: 8억 4,900만원(국비 2억 5,470만원, 시비 1억 6,980만원, 구비 4억 2,450만원)", SOURCES),
    ("예산: 849,000천원 / 국비 254,700, 시비 169,800, 구비 424,500", SOURCES),
    ("예 산 : 849,000천원 / 국비 254,700천원, 시비 169,800천원, 구비 424,500천원", SOURCES),
    ("예산: 8.49억원 / 국비 2.547억, 시비 1.698억, 구비 4.245억", SOURCES),
    ("예산: 5억원(국 1억 5,000만원·구 3억 5천만원)", [("계", None, 500_000_000), ("국비", "국비", 150_000_000),
                                            ("구비", "구비", 350_000_000)]),
    ("2025년 사 업 비 : 849,000천원 (국비 254,700, 시비 169,800, 구비 424,500)", SOURCES)])
def test_a_stated_budget_s_sources_are_its_lines(stated, budget_lines):
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize("stated", [
    "예산: 5억원(시비 2억원, 자부담 3억원)",  # not all sources: the bracket is a note
    "예산: 5억원(시비 2억원 포함)",
    "예산: 1억원 / 국비 50%, 구비 50%",  # shares, no amounts
    "예산: 849,000천원 / 집행: 300,000천원 / 국비 254,700, 구비 424,500",  # after another field: not the budget's
    "예산: 5억원(시비 2억원)", "예산: 849,000천원 / 국비 254,700"])  # one source alone may be a part of it
def test_a_stated_budget_whose_sources_do_not_read_is_its_total_alone(stated):
    assert [name for name, _, _ in lines(report(PROJECT + f"- {stated}\n"))] == ["계"]


@pytest.mark.parametrize("stated", ["사 업 비 : 849,000천원 (국비 254,700, 시비 169,800, 구비 424,500)",
                                    "사업비 : 849,000천원 / 국비 254,700, 시비 169,800, 구비 424,500",
                                    "총 사 업 비 : 849,000천원 (국비 254,700, 시비 169,800, 구비 424,500)"])
def test_a_project_cost_naming_no_year_is_no_budget_with_its_sources_either(stated):
    """A 사업비 naming no year, letter-spaced or not, or a 총사업비 may be the whole project's over its years."""
    assert lines(report(PROJECT + f"- {stated}\n")) == []


TABLE = "Ⅱ 주요업무 추진실적 1. 청년 창업 지원 예산현황"


@pytest.mark.parametrize("stated, expected, actual", [
    ("예산: 5억원(시비 2억원, 구비 1억원)", "3억원", "5억원"),
    ("예산: 8억 4,900만원(국비 2억 5,470만원, 시비 1억 6,980만원, 구비 4억 2,550만원)", "8억 5,000만원",
     "8억 4,900만원"),
    ("예산: 849,000천원 / 국비 254,700, 시비 169,800, 구비 425,500", "850,000천원", "849,000천원")])
def test_a_stated_total_that_is_not_its_sources_sum_is_found(stated, expected, actual):
    r = report(PROJECT + f"- {stated}\n")
    assert found(r) == [("sum.project_budget", "error", TABLE, "계", "예산액", expected, actual, 17)]


OVERVIEW = (PROJECT.removesuffix("□ 사업개요\n\n") + "□ 사업개요\n\n구 분\t내 용\n사업기간\t2025. 1. ~ 12.\n"
            "예 산\t{}\n\n□ 주요 추진실적\n\n- 창업 공간 지원: 3월~5월\n")


@pytest.mark.parametrize("layout, line", [(lambda text: text, 19), (pipe_tables, 20), (space_aligned, 19)])
def test_sources_stated_in_an_overview_table_in_every_layout(layout, line):
    """The overview's `예 산 | 8억 4,900만원(국비 2억 5,470만원, …)` row, tab-separated, a markdown table or in
    space-aligned columns: the lines of the 계 and each source; a wrong source makes the 계 not their sum."""
    right = "8억 4,900만원(국비 2억 5,470만원, 시비 1억 6,980만원, 구비 4억 2,450만원)"
    r = report(layout(OVERVIEW.format(right)))
    assert lines(r) == SOURCES
    assert found(r) == []
    r = report(layout(OVERVIEW.format(right.replace("4억 2,450만원", "4억 2,550만원"))))
    assert found(r) == [("sum.project_budget", "error", TABLE, "계", "예산액", "8억 5,000만원", "8억 4,900만원", line)]


BUDGET_TABLE = ("□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t500,000\t200,000\t40.0\n"
                "시비\t200,000\t80,000\t40.0\n구비\t300,000\t120,000\t40.0\n")


@pytest.mark.parametrize("layout", [lambda text: text, pipe_tables, space_aligned])
def test_a_stated_source_is_compared_with_the_budget_table_s(layout):
    """`예산: 5억원(시비 1억원, 구비 4억원)` against a table of 시비 200,000 and 구비 300,000: each source differs
    (before, the 계 alone was read, which agrees)."""
    r = report(layout(PROJECT + "- 예산: 5억원(시비 1억원, 구비 4억원)\n\n" + BUDGET_TABLE))
    assert [(f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", TABLE, "시비", "예산액", "1억원", "200,000천원"),
        ("cross.project_budget", TABLE, "구비", "예산액", "4억원", "300,000천원")]
