"""A project's 총사업비 as its text prints it, more ways (branch cost73):
- its sources and its years' shares printed together, in its bracket or on one line under it, either first
  (`총사업비: 3,600,000천원 (국비 1,800,000 / 구비 1,800,000, 2025년 1,200,000 / 2026년 2,400,000)`, `총사업비
  36억원(국 18억, 구 18억 / ’25년 12억, ’26년 24억)`): the sources are the total's table by sources
  (`total_cost_lines`, checked by `sum.project_budget`), the years its shares (`sum.project_cost`), each as when
  printed alone; before, neither read;
- a share in 억 or 만 printing no 원 (`기투자 12억`, `’25년 15억`): read in its own unit; before, the shares unread,
  nothing checked; so are the lines under a total naming what they print (`- 재원: 국비 …`, `- 연차별: 2024년 …`,
  `- 연도별 투자계획 : …`): before, unread;
- one wrong share, one finding on its cell: a year's share its sources make otherwise (`- 2024년: 1,300,000천원(국비
  600,000, …)`) is `sum.project_budget`'s on `계 2024년`, not also `sum.project_cost` on the right total; a cost
  table's cells likewise (its rows against their shares inside the table's one-cell search): its 계's 기투자, a
  source's 기투자 or the 계's 총사업비 printed wrong is one finding, on that cell (before, two, one of them false)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.projects import cost_shares, sources_and_shares
from pipeline.extract import extract_file
from tests.layouts import read_laid_out
from tests.test_cost70 import REPORT
from tests.test_project_cost_table import COST, COVER, PLAN, TABLE

ENERGY = "Ⅱ 주요업무 추진실적 1. 청사 에너지 효율화 사업"
PRINTED = ("- 총사업비: 3,600,000천원(국비 1,800,000, 시비 900,000, 구비 900,000)\n  - 2024년: 1,200,000천원\n"
           "  - 2025년: 1,500,000천원\n  - 2026년: 900,000천원\n")
TOTAL_LINE = next(k for k, line in enumerate(REPORT.splitlines(), 1) if line.startswith("- 총사업비: 3,600,000천원"))


def read(tmp_path, block: str):
    """test_cost70's report, its first project's 총사업비 (사업기간 2024. 3. ~ 2026. 12.) printed as `block`."""
    assert REPORT.count(PRINTED) == 1
    path = tmp_path / "2025-hanbit-chongmu.txt"
    path.write_text(REPORT.replace(PRINTED, block), encoding="utf-8")
    return extract_file(path)


def findings(report) -> list[tuple]:
    return [(f.rule, f.table, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(report)]


def sources(report) -> list[tuple]:
    return [(line.name, line.other_columns, line.unit, line.source.line)
            for line in report.projects[0].total_cost_lines]


def shares(report) -> tuple | None:
    (total,) = [item for item in report.projects[0].items if item.text.startswith("총사업비")]
    return total.amount_krw, cost_shares(total.text, range(2024, 2027), [child.text for child in total.children])


K, M, E = 1_000, 1_000_000, 100_000_000


_SHARES_PRINTED = {"천원": ("1,200,000", "1,500,000", "900,000"), "백만원": ("1,200", "1,500", "900"),
                   "억원": ("12", "15", "9")}


@pytest.mark.parametrize(("block", "unit", "figures", "shares_read"), [
    ("- 총사업비: 3,600,000천원 (국비 1,800,000 / 구비 1,800,000, 2024년 1,200,000 / 2025년 1,500,000 / 2026년 "
     "900,000)\n", "천원", ("3,600,000", "1,800,000", "1,800,000"), [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    ("- 총사업비 36억원(국 18억, 구 18억 / ’24년 12억, ’25년 15억, ’26년 9억)\n", "억원", ("36", "18", "18"),
     [12 * E, 15 * E, 9 * E]),
    # the years first; a share in 억 of a total in 백만원
    ("- 총사업비: 3,600백만원 (’24년 1,200, ’25년 1,500, ’26년 900 / 국비 1,800, 구비 1,800)\n", "백만원",
     ("3,600", "1,800", "1,800"), [1_200 * M, 1_500 * M, 900 * M]),
    # units mixed between the total, its sources and its shares; 기투자 and 향후
    ("- 총사업비: 36억원 (국비 1,800백만원, 구비 1,800백만원 / 기투자 12억, ’25년 15억, 향후 9억)\n", "억원",
     ("36", "18", "18"), [12 * E, 15 * E, 9 * E]),
    # on one line under the total, or a line each, `·` between
    ("- 총사업비: 3,600,000천원\n  - 국비 1,800,000 / 구비 1,800,000, 2024년 1,200,000 / 2025년 1,500,000 / 2026년 "
     "900,000\n", "천원", ("3,600,000", "1,800,000", "1,800,000"), [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    ("- 총사업비: 3,600,000천원\n  - 국비 1,800,000 · 구비 1,800,000\n  - 2024년 1,200,000 · 2025년 1,500,000 · "
     "2026년 900,000\n", "천원", ("3,600,000", "1,800,000", "1,800,000"),
     [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    # each line labelled (`재원:`, `연차별:`), at the total's depth as `pdftotext -raw` prints them
    ("- 총사업비: 3,600,000천원\n  - 재원: 국비 1,800,000, 구비 1,800,000\n  - 연차별: 2024년 1,200,000, 2025년 "
     "1,500,000, 2026년 900,000\n", "천원", ("3,600,000", "1,800,000", "1,800,000"),
     [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
    ("- 총사업비: 3,600,000천원\n- 재원별 : 국비 1,800,000 / 구비 1,800,000\n- 연도별 투자계획 : 2024년 1,200,000, "
     "2025년 1,500,000, 2026년 900,000\n", "천원", ("3,600,000", "1,800,000", "1,800,000"),
     [1_200_000 * K, 1_500_000 * K, 900_000 * K]),
], ids=["bracket", "eok", "years-first", "units-mixed", "line-under", "lines-under", "labelled", "labelled-raw"])
def test_sources_and_years_printed_together_are_each_read(block, unit, figures, shares_read, tmp_path):
    report = read(tmp_path, block)
    total, national, district = figures
    # the years' shares the 계's columns too, in its unit, where they are each a year's (branch left92; before, none)
    years = {} if "기투자" in block else dict(zip(("2024년", "2025년", "2026년"), _SHARES_PRINTED[unit], strict=True))
    assert sources(report) == [  # each on the total's line, as its item's
        ("계", {"총사업비": total} | years, unit, TOTAL_LINE), ("국비", {"총사업비": national}, unit, TOTAL_LINE),
        ("구비", {"총사업비": district}, unit, TOTAL_LINE)]
    assert shares(report) == (3_600 * M, (unit, shares_read, True))
    assert findings(report) == []


@pytest.mark.parametrize(("block", "finding"), [
    # a year's share wrong: the years against the total; the sources make it as printed, so the years' sum is found,
    # expected the total (branch cost76; before, the total, expected the years' sum)
    ("- 총사업비: 3,600,000천원 (국비 1,800,000 / 구비 1,800,000, 2025년 1,200,000 / 2026년 2,500,000)\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    # a source wrong: the sources against the total
    ("- 총사업비: 3,600,000천원 (국비 1,800,000 / 구비 1,900,000, 2025년 1,200,000 / 2026년 2,400,000)\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,700,000천원", "3,600,000천원", TOTAL_LINE)),
    ("- 총사업비 36억원(국 18억, 구 18억 / ’25년 12억, ’26년 25억)\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "36억원", "37억원", TOTAL_LINE)),
    ("- 총사업비 36억원(국 19억, 구 18억 / ’25년 12억, ’26년 24억)\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "37억원", "36억원", TOTAL_LINE)),
    # shares in 억 or 만 printing no 원 (before, unread: no finding)
    ("- 총사업비: 3,600백만원 (기투자 12억, ’25년 15억, 향후 10억)\n",
     ("sum.project_cost", ENERGY, "총사업비", None, "3,700백만원", "3,600백만원", TOTAL_LINE)),
    ("- 총사업비: 36억원\n  - 기투자 12억 / 2025년 1,500백만원 / 향후 1,000,000천원\n",
     ("sum.project_cost", ENERGY, "총사업비", None, "37억원", "36억원", TOTAL_LINE)),
    ("- 총사업비: 3,600백만원 (기투자 1,200 / ’25년 1,500 / ’27년 이후 1,000)\n",
     ("sum.project_cost", ENERGY, "총사업비", None, "3,700백만원", "3,600백만원", TOTAL_LINE)),
    ("- 총사업비: 3,600,000천원\n  - 재원: 국비 1,800,000, 구비 1,800,000\n  - 연차별: 2024년 1,200,000, 2025년 "
     "1,500,000, 2026년 1,000,000\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    # the years make the total: the sources' sum (branch cost76; before, the total, expected 3,700,000)
    ("- 총사업비: 3,600,000천원\n- 재원별 : 국비 1,800,000 / 구비 1,900,000\n- 연도별 투자계획 : 2024년 1,200,000, "
     "2025년 1,500,000, 2026년 900,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "재원별 합계", "총사업비", "3,600,000천원", "3,700,000천원",
      TOTAL_LINE)),
])
def test_a_wrong_figure_of_a_total_printed_with_its_sources_and_years_is_found(block, finding, tmp_path):
    assert findings(read(tmp_path, block)) == [finding]


BY_SOURCES = ("- 총사업비: 3,600,000천원(국비 1,800,000, 시비 900,000, 구비 900,000)\n"
              "  - 2024년: 1,200,000천원(국비 600,000, 시비 300,000, 구비 300,000)\n"
              "  - 2025년: 1,500,000천원(국비 750,000, 시비 375,000, 구비 375,000)\n"
              "  - 2026년: 900,000천원(국비 450,000, 시비 225,000, 구비 225,000)\n")
NESTED = ("- 총사업비: 3,600백만원(2024년 1,200(국 600, 시 300, 구 300), 2025년 1,500(국 750, 시 375, 구 375), "
          "2026년 900(국 450, 시 225, 구 225))\n")


@pytest.mark.parametrize(("block", "printed", "wrong", "finding"), [
    # before, also `sum.project_cost` on the total, expected 3,700,000천원 of a right 3,600,000천원
    (BY_SOURCES, "2024년: 1,200,000천원", "2024년: 1,300,000천원",
     ("sum.project_budget", "계", "2024년", "1,200,000천원", "1,300,000천원", TOTAL_LINE + 1)),
    (BY_SOURCES, "2026년: 900,000천원", "2026년: 1,000,000천원",
     ("sum.project_budget", "계", "2026년", "900,000천원", "1,000,000천원", TOTAL_LINE + 3)),
    (NESTED, "2024년 1,200(", "2024년 1,300(",
     ("sum.project_budget", "계", "2024년", "1,200백만원", "1,300백만원", TOTAL_LINE)),
    # a year's source wrong: its cell, as before
    (BY_SOURCES, "1,200,000천원(국비 600,000", "1,200,000천원(국비 700,000",
     ("sum.project_budget", "국비", "2024년", "600,000천원", "700,000천원", TOTAL_LINE + 1)),
])
def test_a_wrong_years_share_by_its_sources_is_one_finding_on_its_cell(block, printed, wrong, finding, tmp_path):
    assert findings(read(tmp_path, block)) == []
    assert block.count(printed) == 1
    assert [f[:1] + f[2:] for f in findings(read(tmp_path, block.replace(printed, wrong)))] == [finding]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("printed", "wrong", "finding"), [
    # the 계's 기투자 (before, also the 계's 총사업비 against its shares, expected 1,300,000)
    ("계\t1,200,000\t400,000", "계\t1,200,000\t500,000", ("sum.project_budget", "계", "기투자", "400,000천원",
                                                          "500,000천원")),
    # a source's 기투자 (before, the 계's 기투자, expected 500,000, and the 국비's 총사업비, expected 700,000: neither
    # the wrong cell)
    ("국비\t600,000\t200,000", "국비\t600,000\t300,000", ("sum.project_budget", "국비", "기투자", "200,000천원",
                                                          "300,000천원")),
    # the 계's 총사업비 (before, twice: against its sources and against its shares)
    ("계\t1,200,000", "계\t1,300,000", ("sum.project_budget", "계", "총사업비", "1,200,000천원", "1,300,000천원")),
])
def test_a_cost_tables_wrong_cell_is_one_finding(printed, wrong, finding, layout, tmp_path):
    assert COST.count(printed) == 1
    report = read_laid_out(COVER + COST.replace(printed, wrong) + PLAN, layout, tmp_path)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)
            if f.rule.startswith("sum.project") and f.table == TABLE] == [finding]


_SOURCE_NAMES = st.sampled_from(["국비", "시비", "구비", "국", "시", "구", "특교세"])
_SHARE_LABELS = st.sampled_from(["2024년", "2025년", "’25년", "’26년", "기투자", "향후", "’27년 이후", "2024~2025년"])
_FIGURES = st.integers(1, 9_999_999).map(lambda n: f"{n:,}")
_SEPARATORS = st.sampled_from([", ", " / ", " · ", " "])


@given(st.lists(st.tuples(_SOURCE_NAMES, _FIGURES), min_size=1, max_size=4),
       st.lists(st.tuples(_SHARE_LABELS, _FIGURES), min_size=1, max_size=4),
       _SEPARATORS, st.sampled_from([", ", " / "]), st.booleans())
def test_sources_and_shares_parts_either_run_as_printed(printed_sources, printed_shares, separator, between,
                                                        years_first):
    runs = [separator.join(f"{label} {figure}" for label, figure in printed)
            for printed in (printed_sources, printed_shares)]
    text = between.join(runs[::-1] if years_first else runs)
    assert sources_and_shares(text) == tuple(runs)
    unit, amounts, _ = cost_shares(f"총사업비: 1,000천원({text})")
    assert (unit, amounts) == ("천원", [int(figure.replace(",", "")) * K for _, figure in printed_shares])


@pytest.mark.parametrize("text", [
    "국비 1,800,000 / 구비 1,800,000",  # sources alone
    "2025년 1,200,000 / 2026년 2,400,000",  # shares alone
    "국비 50%, 구비 50%",
    "2025. 3. ~ 2026. 12.",
    "국비 1,800,000 / 구비 1,800,000, 2025년 1,200,000 / 2026년 2,400,000, 보조율 50%",  # more than the two runs
])
def test_what_prints_not_both_runs_is_no_pair(text):
    assert sources_and_shares(text) is None
