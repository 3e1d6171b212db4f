"""A project's budget its text states with its sources (`5억원(시비 2억원, 구비 3억원)`, `849,000천원 / 국비 254,700,
…`) gives a 계 line and a line per source, as `849,000천원(국비 254,700, …)` does, so that a wrong source is found:
the 계 not their sum (`sum.project_budget`), a source not the budget table's (`cross.project_budget`); so do shares
adding up to 100% and other funding beside the sources adding up to the 계 (`(시비 2억원, 자부담 3억원)`), and one
source alone is the budget's line (`5억원(시비 5억원)`) or a part of it under the 계 (`5억원(시비 2억원)`)."""

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
    "예산: 5억원(시비 2억원, 자부담 2억원)",  # other funding not adding up to the 계: the bracket is a note
    "예산: 5억원(자부담 2억원, 민간 3억원)",  # no public source
    "예산: 5억원(시비 2억원 포함)",
    "예산: 1억원 / 국비 50%, 구비 40%", "예산: 1억원(국비 50%, 구비 40%)",  # shares not adding up to 100%
    "예산: 849,000천원 / 집행: 300,000천원 / 국비 254,700, 구비 424,500"])  # after another field: not the budget's
def test_a_stated_budget_whose_sources_do_not_read_is_its_total_alone(stated):
    r = report(PROJECT + f"- {stated}\n")
    assert [name for name, _, _ in lines(r)] == ["계"]
    assert found(r) == []


SHARES = [("계", None, 1_000_000_000), ("국비", "국비", 700_000_000), ("시비", "시비", 150_000_000),
          ("구비", "구비", 150_000_000)]


@pytest.mark.parametrize("stated, budget_lines", [
    ("예산 : 10억원(국비 50%, 구비 50%)", [("계", None, 1_000_000_000), ("국비", "국비", 500_000_000),
                                     ("구비", "구비", 500_000_000)]),
    ("예산: 1,000,000천원 / 국비 50%, 구비 50%", [("계", None, 1_000_000_000), ("국비", "국비", 500_000_000),
                                            ("구비", "구비", 500_000_000)]),
    ("예산: 1,000,000천원(국비 70%, 시비 15%, 구비 15%)", SHARES),
    ("예산: 10억원(국비 70%, 시비 15%, 구비 15%)", SHARES),  # 1.5억: to 천원, not to the 계's 억
    # 282,717.333…, 282,717.333…, 283,566.334…천원: the 천원 rounding leaves over to the largest remainder
    ("예산: 849,001천원(국비 33.3%, 시비 33.3%, 구비 33.4%)", [
        ("계", None, 849_001_000), ("국비", "국비", 282_717_000), ("시비", "시비", 282_717_000),
        ("구비", "구비", 283_567_000)])])
def test_stated_shares_adding_up_to_100_are_a_line_per_source(stated, budget_lines):
    """Each source's line at its share of the 계, to the 계's unit (천원 where that is coarser), adding up to the
    계: no sum of figures the text does not print is found wrong. Before, the 계 alone."""
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize("stated, budget_lines", [
    ("예산: 5억원(시비 2억원, 자부담 3억원)", [("계", None, 500_000_000), ("시비", "시비", 200_000_000),
                                      ("자부담", None, 300_000_000)]),
    ("예산: 500,000천원(시비 200,000, 민간 300,000)", [("계", None, 500_000_000), ("시비", "시비", 200_000_000),
                                               ("민간", None, 300_000_000)]),
    ("예산: 5억원(특교 1억원, 구비 4억원)", [("계", None, 500_000_000), ("특교", None, 100_000_000),
                                    ("구비", "구비", 400_000_000)]),
    ("예산: 5억원(특별교부세 1억원, 균특 1억원, 구비 3억원)", [
        ("계", None, 500_000_000), ("특별교부세", "특별교부세", 100_000_000), ("균특", "균특", 100_000_000),
        ("구비", "구비", 300_000_000)]),
    ("예산: 5억원(기금 2억원, 구비 3억원)", [("계", None, 500_000_000), ("기금", "기금", 200_000_000),
                                    ("구비", "구비", 300_000_000)])])
def test_other_funding_beside_the_public_sources_adding_up_is_a_line_each(stated, budget_lines):
    """Named as a budget table names its rows: `자부담`, `민간`, `특교` a line of no public source's funding,
    `기금`, `특별교부세`, `균특` (sources) a line of theirs. Before, the 계 alone."""
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize("stated, budget_lines", [
    ("예산: 5억원(시비 5억원)", [("시비", "시비", 500_000_000)]),  # the source's, as `(구비)` is
    ("예산: 849,000천원 / 국비 849,000", [("국비", "국비", 849_000_000)])])
def test_one_stated_source_of_the_whole_budget_is_its_line(stated, budget_lines):
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize("stated, part", [("예산: 5억원(시비 2억원)", ("시비", "시비", 200_000_000)),
                                          ("예산: 849,000천원 / 국비 254,700", ("국비", "국비", 254_700_000))])
def test_one_stated_source_of_less_than_the_budget_is_what_of_it_that_source_pays(stated, part):
    """A line under the 계 (`parent`), as a table prints one source under a line (`- 국비`): no breakdown of it,
    so not summed. Before, the 계 alone."""
    r = report(PROJECT + f"- {stated}\n")
    assert [(b.name, b.funding_source, b.budget_krw, b.parent) for b in r.projects[0].budget_lines] == [
        ("계", None, r.projects[0].budget_lines[0].budget_krw, None), (*part, "계")]
    assert found(r) == []


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


@pytest.mark.parametrize("stated, expected", [
    ("1,000,000천원(국비 70%, 시비 15%, 구비 15%)", SHARES),
    ("5억원(시비 2억원, 자부담 3억원)", [("계", None, 500_000_000), ("시비", "시비", 200_000_000),
                                ("자부담", None, 300_000_000)])])
@pytest.mark.parametrize("layout", [lambda text: text, pipe_tables, space_aligned])
def test_shares_and_other_funding_stated_in_an_overview_table_in_every_layout(layout, stated, expected):
    r = report(layout(OVERVIEW.format(stated)))
    assert lines(r) == expected
    assert found(r) == []


@pytest.mark.parametrize("layout", [lambda text: text, pipe_tables, space_aligned])
def test_a_stated_source_is_compared_with_the_budget_table_s(layout):
    """`예산: 5억원(시비 1억원, 구비 4억원)` against a table of 시비 200,000 and 구비 300,000: each source differs
    (before, the 계 alone was read, which agrees)."""
    r = report(layout(PROJECT + "- 예산: 5억원(시비 1억원, 구비 4억원)\n\n" + BUDGET_TABLE))
    assert [(f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", TABLE, "시비", "예산액", "1억원", "200,000천원"),
        ("cross.project_budget", TABLE, "구비", "예산액", "4억원", "300,000천원")]


@pytest.mark.parametrize("layout", [lambda text: text, pipe_tables, space_aligned])
@pytest.mark.parametrize("stated, other", [
    ("예산: 5억원(시비 30%, 구비 70%)", "구비"),  # 1억 5천만원, 3억 5천만원
    ("예산: 5억원(시비 1억 5천만원, 자부담 3억 5천만원)", "자부담"),
    ("예산: 5억원(시비 1억 5천만원)", "구비")])  # a part of it, 시비's alone compared
def test_stated_shares_other_funding_and_a_part_are_compared_with_the_budget_table_s(layout, stated, other):
    """Against a table of 시비 200,000 and (구비 or 자부담) 300,000: each line both name differs."""
    r = report(layout(PROJECT + f"- {stated}\n\n" + BUDGET_TABLE.replace("구비", other)))
    assert [(f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", TABLE, "시비", "예산액", "1.5억원", "200,000천원"),
        *([("cross.project_budget", TABLE, other, "예산액", "3.5억원", "300,000천원")]
          if other in stated or "%" in stated else [])]


COST = "849,000천원 (국비 254,700, 시비 169,800, 구비 424,500)"
# the overview as bullets, and as a table of its fields (`구 분 | 내 용`), each stating the period and the 사업비
COST_OVERVIEWS = {"bullets": PROJECT + "- {}\n- 대 상 : 청년 창업자 40명\n- 사 업 비 : {}\n",
                  "table": PROJECT + "구 분\t내 용\n{}\n대 상\t청년 창업자 40명\n사 업 비\t{}\n"}


def cost_report(layout: str, period: str, cost: str = COST, after: str = ""):
    """A project whose overview states `period` (`기 간 : 2025. 1. ~ 12.`; a table's row of it in the table) and
    a 사업비 of `cost`, in `layout`, the text `after` it following."""
    text = COST_OVERVIEWS[layout].format(period.replace(" : ", "\t") if layout == "table" else period, cost)
    return report(text + after if layout == "bullets" else pipe_tables(text + after))


@pytest.mark.parametrize("layout, line", [("bullets", 19), ("table", 21)])
@pytest.mark.parametrize("period", ["기 간 : 2025. 1. ~ 12.", "사업기간 : 2025. 3. ~ 2025. 11.",
                                    "기 간 : 2025. 1월 ~ 12월", "추진기간 : 연중"])
def test_a_project_cost_of_an_overview_whose_period_is_within_the_year_is_the_years_budget(layout, line, period):
    """`사 업 비 : 849,000천원 (국비 …)` naming no year beside a period within the report's year (2025): the
    year's budget, a line each, as `예산 :` gives them. Before, no line."""
    r = cost_report(layout, period)
    assert [(b.name, b.funding_source, b.budget_krw, b.unit, b.budget_year, b.source.line)
            for b in r.projects[0].budget_lines] == [(*source, "천원", None, line) for source in SOURCES]
    assert found(r) == []


@pytest.mark.parametrize("layout", ["bullets", "table"])
@pytest.mark.parametrize("period", ["기 간 : 2024. 3. ~ 2026. 12.", "사업기간 : ’25~’27", "기 간 : 2025. ~ 2027.",
                                    "추진기간 : 11월 ~ 익년 2월", "대 상 : 2025년 창업자"])
def test_a_project_cost_of_an_overview_whose_period_runs_over_years_or_is_not_stated_is_none(layout, period):
    """A period over several years (`2024. 3. ~ 2026. 12.`, `’25~’27`, `11월 ~ 익년 2월`) or none (`대 상`):
    the 사업비 may be the whole project's, as before: no line."""
    assert lines(cost_report(layout, period)) == []


@pytest.mark.parametrize("layout", ["bullets", "table"])
def test_a_total_project_cost_is_no_years_budget_within_a_year_either(layout):
    text = COST_OVERVIEWS[layout].replace("사 업 비", "총사업비")
    period = "기 간\t2025. 1. ~ 12." if layout == "table" else "기 간 : 2025. 1. ~ 12."
    r = report(text.format(period, COST) if layout == "bullets" else pipe_tables(text.format(period, COST)))
    assert lines(r) == []


COST_TABLE = "□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\n계\t849,000\n국비\t224,500\n시비\t200,000\n구비\t424,500\n"


@pytest.mark.parametrize("layout, line", [("bullets", 19), ("table", 21)])
def test_a_project_cost_of_the_year_is_checked_as_a_stated_budget(layout, line):
    """The 계 not its sources' sum (`sum.project_budget`), and each source not the budget table's
    (`cross.project_budget`: 국비 254,700 and 시비 169,800 stated, 224,500 and 200,000 in the table)."""
    r = cost_report(layout, "기 간 : 2025. 1. ~ 12.", COST.replace("424,500", "425,500"))
    assert found(r) == [("sum.project_budget", "error", TABLE, "계", "예산액", "850,000천원", "849,000천원", line)]
    r = cost_report(layout, "기 간 : 2025. 1. ~ 12.", after="\n" + COST_TABLE)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("cross.project_budget", "국비", "예산액", "254,700천원", "224,500천원"),
        ("cross.project_budget", "시비", "예산액", "169,800천원", "200,000천원")]
