"""A project's budget and total cost as its text prints them, four gaps (branch cost76):
- sources after a slash, not in a bracket, two printed as one among them (`예산: 3,600,000천원 / 국·시비 2,700,000, 구비
  900,000`, `국ㆍ시비`, `국시비`): a line each, as in the bracket (before, the 계 alone, nothing checked); so of a
  총사업비 (`총사업비: 3,600,000천원 / 국비 1,800,000, 구비 1,800,000`, its years after them or not; before, unread);
- a total's years' shares that its sources make otherwise (`총사업비: 3,600,000천원(국비 1,800,000, 구비 1,800,000) /
  2025년 1,000,000, 2026년 2,500,000`): the finding names the years' sum (row `연도별 합계`), expected the total,
  printed the sum; before, the total, expected the years' sum, which its sources say is wrong;
- two sources, one wrong: which one, only a second place tells. A stated budget's source the table prints
  otherwise, where the table's figure makes the text's 계 (`예산: 3,600,000천원(국비 1,800,000, 구비 1,900,000)` over
  `구비 | 1,800,000`): an error on the text's 구비, expected 1,800,000 (before, a warning on the table's right 구비,
  expected the text's wrong 1,900,000); a cost grid's source row: its own years tell (on it already); a total whose
  years make it as printed: a source is wrong, either, so the finding names the sources' sum (row `재원별 합계`),
  expected the total (before, the total, expected the sources' sum); a 계 and sources alone, nothing else printing
  them: either may be wrong, and the 계 is found, expected the sources' sum, as any 계 its lines miss;
- a budget line's figures in a finding at the decimals its table prints (`410.0`, `850.0` of a `(단위: 백만원)`
  table: `410.0백만원`; before, `410백만원`); a figure needing them was shown so already (`410.5백만원`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from checks.base import money
from extractors.projects import sources_and_shares, with_breakdown_in_bracket
from pipeline.extract import extract_file
from pipeline.values import parse_money_cell, printed_decimals
from tests.layouts import read_laid_out
from tests.test_cost70 import read as read_cost70
from tests.test_cost73 import ENERGY, TOTAL_LINE, findings, read, shares, sources
from tests.test_department_reports import REPORTS, finding_figures, planted
from tests.test_project_cost_table import COVER, PLAN, table
from tests.test_stated_budget_sources import PROJECT, found, lines, report

K, M = 1_000, 1_000_000
PROJECT_TABLE = "Ⅱ 주요업무 추진실적 1. 청년 창업 지원 예산현황"
JOINT = [("계", None, 3_600_000 * K), ("국·시비", "국·시비", 2_700_000 * K), ("구비", "구비", 900_000 * K)]


@pytest.mark.parametrize(("stated", "budget_lines"), [
    ("예산: 3,600,000천원 / 국·시비 2,700,000, 구비 900,000", JOINT),
    ("예산: 3,600,000천원 / 국ㆍ시비 2,700,000, 구비 900,000", JOINT),
    ("예산: 3,600,000천원 / 국 · 시비 2,700,000 / 구비 900,000", JOINT),
    ("예산: 3,600,000천원 / 국시비 2,700,000, 구비 900,000",  # named as printed, as in a bracket
     [("계", None, 3_600_000 * K), ("국시비", "국시비", 2_700_000 * K), ("구비", "구비", 900_000 * K)]),
    ("예산: 3,600,000천원 / 국비 1,800,000, 구비 1,800,000",
     [("계", None, 3_600_000 * K), ("국비", "국비", 1_800_000 * K), ("구비", "구비", 1_800_000 * K)]),
])
def test_sources_after_a_slash_are_the_budgets_lines(stated, budget_lines):
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == budget_lines
    assert found(r) == []


@pytest.mark.parametrize(("stated", "finding"), [
    # a 계 and its two sources alone: either may be wrong; the 계, expected the sources' sum, as any 계 its lines miss
    ("예산: 3,600,000천원 / 국·시비 2,700,000, 구비 1,000,000",
     ("sum.project_budget", "error", PROJECT_TABLE, "계", "예산액", "3,700,000천원", "3,600,000천원", 17)),
    ("예산: 3,600,000천원 / 국시비 2,600,000, 구비 900,000",
     ("sum.project_budget", "error", PROJECT_TABLE, "계", "예산액", "3,500,000천원", "3,600,000천원", 17)),
    ("예산: 3,600,000천원(국비 1,800,000, 구비 1,900,000)",
     ("sum.project_budget", "error", PROJECT_TABLE, "계", "예산액", "3,700,000천원", "3,600,000천원", 17)),
])
def test_a_wrong_source_after_a_slash_is_one_finding(stated, finding):
    assert found(report(PROJECT + f"- {stated}\n")) == [finding]


BUDGET_TABLE = ("\n□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\n계\t3,600,000\t1,000,000\n"
                "국비\t1,800,000\t500,000\n구비\t1,800,000\t500,000\n")


@pytest.mark.parametrize("stated", ["예산: 3,600,000천원(국비 1,800,000, 구비 1,900,000)",
                                    "예산: 3,600,000천원 / 국비 1,800,000, 구비 1,900,000"])
def test_a_stated_source_its_own_total_and_the_table_make_otherwise_is_found_on_the_text(stated):
    # the text's 국비 and 계 are the table's, its 구비 not: the 구비 of the text is wrong, on its line (17), expected
    # what its 계 less its 국비 and the table both make (before, `cross.project_budget` on the table's 구비, line 26,
    # expected the text's 1,900,000천원)
    assert found(report(PROJECT + f"- {stated}\n" + BUDGET_TABLE)) == [
        ("sum.project_budget", "error", PROJECT_TABLE, "구비", "예산액", "1,800,000천원", "1,900,000천원", 17)]


def test_a_stated_budget_that_adds_up_but_differs_from_the_table_is_warned_of_as_before():
    # the text's 국비 and 구비 both differ from the table's and add up to its 계: which place is wrong is not told
    assert found(report(PROJECT + "- 예산: 3,600,000천원 / 국비 1,700,000, 구비 1,900,000\n" + BUDGET_TABLE)) == [
        ("cross.project_budget", "warning", PROJECT_TABLE, "국비", "예산액", "1,700,000천원", "1,800,000천원", 25),
        ("cross.project_budget", "warning", PROJECT_TABLE, "구비", "예산액", "1,900,000천원", "1,800,000천원", 26)]


SINGLE = [("계", {"총사업비": "3,600,000"}, "천원", TOTAL_LINE),
          ("국비", {"총사업비": "1,800,000"}, "천원", TOTAL_LINE),
          ("구비", {"총사업비": "1,800,000"}, "천원", TOTAL_LINE)]
SHARES = ("천원", [1_200_000 * K, 1_500_000 * K, 900_000 * K], True)
# the same with its years' shares, the 계's columns too (branch left92; before, not kept)
WITH_YEARS = [("계", SINGLE[0][1] | {"2024년": "1,200,000", "2025년": "1,500,000", "2026년": "900,000"}, "천원",
               TOTAL_LINE), *SINGLE[1:]]


@pytest.mark.parametrize(("block", "total_sources", "shares_read"), [
    ("- 총사업비: 3,600,000천원 / 국·시비 2,700,000, 구비 900,000\n",
     [("계", {"총사업비": "3,600,000"}, "천원", TOTAL_LINE), ("국·시비", {"총사업비": "2,700,000"}, "천원", TOTAL_LINE),
      ("구비", {"총사업비": "900,000"}, "천원", TOTAL_LINE)], None),
    ("- 총사업비: 3,600,000천원 / 국비 1,800,000, 구비 1,800,000\n", SINGLE, None),
    ("- 총사업비: 3,600,000천원 / 국비 1,800,000, 구비 1,800,000 / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000\n", WITH_YEARS, SHARES),
    ("- 총사업비: 3,600,000천원 / 2024년 1,200,000, 2025년 1,500,000, 2026년 900,000 / 국비 1,800,000, 구비 "
     "1,800,000\n", WITH_YEARS, SHARES),
], ids=["joint", "single", "years-after", "years-first"])
def test_a_totals_sources_after_a_slash_are_read(block, total_sources, shares_read, tmp_path):
    r = read(tmp_path, block)
    assert sources(r) == total_sources
    assert shares(r) == (3_600_000 * K, shares_read)
    assert findings(r) == []


@pytest.mark.parametrize(("block", "finding"), [
    # the sources make the total: the years are wrong, their sum found (before, the total, expected 3,700,000)
    ("- 총사업비: 3,600,000천원(국비 1,800,000, 구비 1,800,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "1,000,000\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    ("- 총사업비: 3,600,000천원 / 국비 1,800,000, 구비 1,800,000 / 2024년 1,200,000, 2025년 1,400,000, 2026년 "
     "900,000\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,500,000천원", TOTAL_LINE)),
    # the years make the total: a source is wrong, either; their sum found (before, the total, expected 3,700,000)
    ("- 총사업비: 3,600,000천원(국비 1,800,000, 구비 1,900,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "재원별 합계", "총사업비", "3,600,000천원", "3,700,000천원",
      TOTAL_LINE)),
    # both make it otherwise: the total, once (as before)
    ("- 총사업비: 3,700,000천원(국비 1,800,000, 구비 1,800,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    # nothing else prints it: the 계 against its sources, as before
    ("- 총사업비: 3,600,000천원(국비 1,800,000, 구비 1,900,000)\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,700,000천원", "3,600,000천원", TOTAL_LINE)),
    ("- 총사업비: 3,600,000천원 / 국·시비 2,700,000, 구비 1,000,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,700,000천원", "3,600,000천원", TOTAL_LINE)),
    # the years leave 2024 out, so they tell nothing of the total: the 계, as before
    ("- 총사업비: 3,600,000천원(국비 1,800,000, 구비 1,900,000) / 2025년 1,500,000, 2026년 900,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,700,000천원", "3,600,000천원", TOTAL_LINE)),
])
def test_a_totals_wrong_figure_is_found_where_the_other_figures_say(block, finding, tmp_path):
    assert findings(read(tmp_path, block)) == [finding]


def test_the_briefs_years_after_the_sources(tmp_path):
    printed = ("- 총사업비: 2,400,000천원\n  - ’25년 900,000 / ’26년 1,500,000\n"
               "  - 계 2,400,000 / 국비 1,000,000 / 시비 600,000 / 구비 800,000\n")
    wrong = "- 총사업비: 3,600,000천원(국비 1,800,000, 구비 1,800,000) / 2025년 1,000,000, 2026년 2,500,000\n"
    (finding,) = run_checks(read_cost70(tmp_path, printed, wrong))
    assert (finding_figures(finding), finding.message) == (
        ("sum.project_cost", "연도별 합계", None, "3,600,000천원", "3,500,000천원"),
        "연도별 금액의 합 3,500,000천원이 총사업비 3,600,000천원과 다릅니다 "
        "(총사업비 값은 재원별 금액의 합과 같습니다)")


TWO_SOURCES = table(["구 분", "총사업비", "기투자", "2026년", "향후"], [
    ["계", "1,200,000", "400,000", "300,000", "500,000"],
    ["국비", "600,000", "200,000", "150,000", "250,000"],
    ["구비", "600,000", "200,000", "150,000", "250,000"]])


@pytest.mark.parametrize(("printed", "wrong", "finding"), [
    # a source's 총사업비: its own years tell it is wrong, not the 계 (so before too)
    ("구비\t600,000", "구비\t700,000", ("sum.project_cost_table", "구비", "총사업비", "600,000천원", "700,000천원")),
    ("국비\t600,000", "국비\t700,000", ("sum.project_cost_table", "국비", "총사업비", "600,000천원", "700,000천원")),
    ("계\t1,200,000", "계\t1,300,000", ("sum.project_budget", "계", "총사업비", "1,200,000천원", "1,300,000천원")),
])
def test_a_cost_grid_of_two_sources_finds_the_wrong_one(printed, wrong, finding, tmp_path):
    r = read_laid_out(COVER + TWO_SOURCES.replace(printed, wrong) + PLAN, "tab", tmp_path)
    assert [finding_figures(f) for f in run_checks(r)] == [finding]


SELF_GOVERNMENT = "2023-hanbit-jachihaengjeong.txt"


def test_a_finding_shows_a_budget_figure_at_its_tables_decimals():
    # as printed: the planted 구비 `410.0` (before, `400백만원`, `410백만원`); the department's `1,792.1` as before
    assert [finding_figures(f) for f in run_checks(extract_file(REPORTS / SELF_GOVERNMENT))] == [
        ("sum.budget", "계", "집행액", "1,729.1백만원", "1,792.1백만원"),
        ("sum.project_budget", "구비", "예산액", "400.0백만원", "410.0백만원")]
    # a figure of a decimal of its own, `410.5` (so before), and the 계 `850.0` at the table's decimals (before,
    # `850백만원`)
    assert planted(SELF_GOVERNMENT, "구 비\t410.0\t64.0\t16.0", "구 비\t410.5\t64.0\t15.6") == [
        ("sum.budget", "계", "집행액", "1,729.1백만원", "1,792.1백만원"),
        ("sum.project_budget", "계", "예산액", "860.5백만원", "850.0백만원"),
        ("cross.project_budget", "구비", "예산액", "4억원", "410.5백만원")]


DECIMAL_GRID = table(["구 분", "총사업비", "기투자", "2026년", "향후"], [
    ["계", "1,200.0", "400.0", "300.0", "500.0"],
    ["국비", "700.0", "200.0", "150.0", "250.0"],
    ["구비", "600.0", "200.0", "150.0", "250.0"]], unit="백만원")


@pytest.mark.parametrize("grid", [DECIMAL_GRID, DECIMAL_GRID.replace("2026년", "2027년")], ids=["lines", "grid kept"])
def test_a_cost_tables_finding_shows_its_figures_at_their_decimals(grid, tmp_path):
    # read as budget lines (`2026년` of a 2025 plan) or kept as a grid: `700.0` as printed (before, `700백만원`)
    r = read_laid_out(COVER + grid + PLAN, "tab", tmp_path)
    assert [finding_figures(f) for f in run_checks(r)] == [
        ("sum.project_cost_table", "국비", "총사업비", "600.0백만원", "700.0백만원")]


@pytest.mark.parametrize(("krw", "unit", "decimals", "shown"), [
    (410_500_000, "백만원", 0, "410.5백만원"),  # the decimals it needs, as before
    (410_000_000, "백만원", 0, "410백만원"),
    (410_000_000, "백만원", 1, "410.0백만원"),
    (3_900_000_000, "백만원", 2, "3,900.00백만원"),
    (410_500_000, "백만원", 2, "410.50백만원"),
    (-10_000_000, "백만원", 1, "△10.0백만원"),
    (3_820_000_000, "억원", 1, "38.2억원"),
    (3_800_000_000, "억원", 1, "38.0억원"),
    (950_000_000, "만원", 0, "9억 5,000만원"),  # 1억 or more in 만원 as reports write it, as before
    (1_200_000, "천원", 0, "1,200천원"),
])
def test_money_at_the_printed_decimals(krw, unit, decimals, shown):
    assert money(krw, unit, decimals) == shown


@given(st.integers(0, 99_999_999), st.integers(0, 2), st.sampled_from(["", "(구비)", "(국비 100.5)"]))
def test_a_money_cell_shows_as_printed(whole, decimals, bracket):
    digits = f"{whole % 10**decimals:0{decimals}d}" if decimals else ""
    figure = f"{whole // 10**decimals:,}" + (f".{digits}" if decimals else "")
    cell = figure + bracket
    assert printed_decimals(cell) == decimals
    amount, _ = parse_money_cell(cell, M)
    assert money(amount, "백만원", printed_decimals(cell)) == f"{figure}백만원"


@pytest.mark.parametrize("cell", ["1억 2,000만원", "1,500천원", "-", "", "410"])
def test_a_cell_printing_no_decimal_prints_none(cell):
    assert printed_decimals(cell) == 0


_SOURCE_NAMES = st.sampled_from(["국비", "시비", "구비", "국", "구", "국·시비", "국ㆍ시비", "시·구비", "국시비"])
_SHARE_LABELS = st.sampled_from(["2024년", "’25년", "기투자", "향후", "’27년 이후"])
_FIGURES = st.integers(1, 9_999_999).map(lambda n: f"{n:,}")


@given(st.lists(st.tuples(_SOURCE_NAMES, _FIGURES), min_size=1, max_size=4),
       st.lists(st.tuples(_SHARE_LABELS, _FIGURES), max_size=4),
       st.sampled_from([", ", " / ", " · "]), st.sampled_from([" / ", " /"]), st.booleans())
def test_sources_after_a_slash_go_into_a_bracket(printed_sources, printed_shares, separator, slash, years_first):
    runs = [separator.join(f"{label} {figure}" for label, figure in printed)
            for printed in (printed_sources, printed_shares) if printed]
    after = " / ".join(runs[::-1] if years_first else runs)
    moved = with_breakdown_in_bracket(f"3,600,000천원{slash} {after}")
    assert moved == f"3,600,000천원 ({after})"
    if printed_shares:
        assert sources_and_shares(after) == tuple(runs)


@pytest.mark.parametrize("text", [
    "3,600,000천원 / 2024년 1,200,000, 2025년 2,400,000",  # shares alone: not sources
    "3,600,000천원 (국비 1,800,000) / 구비 1,800,000",  # a bracket already
    "3,600,000천원 / 집행 1,200,000천원",  # another field
    "3,600,000천원 / 국비 1,800,000, 보조율 50%",  # more than sources
    "3,600,000천원",
])
def test_what_is_not_sources_after_a_slash_stays_as_printed(text):
    assert with_breakdown_in_bracket(text) == text
