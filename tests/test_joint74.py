"""A project's 총사업비 as its text prints it, two more ways (branch joint74):
- two sources printed as one in the total's bracket (`총사업비: 3,600,000천원 (국·시비 2,700,000, 구비 900,000)`,
  `국ㆍ시비`, `국시비`, its years' shares after them or not): a source line of its own named `국·시비`, the 계
  checked as the sources' sum (`sum.project_budget`) as of single sources; so is a year's budget stated so (`예산:
  3,600,000천원(국·시비 2,700,000, 구비 900,000)`); before, the bracket a note, no source read, nothing checked;
- the years' shares printed after the bracket of sources, outside it (`총사업비: 3,600,000천원 (국비 1,800,000, 구비
  1,800,000) / 2024년 1,200,000, …`): the shares checked against the total (`sum.project_cost`), the sources as in
  the bracket alone; before, neither read (the bracket no longer ending the item)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import sources_and_shares, with_shares_in_bracket
from tests.test_cost73 import ENERGY, TOTAL_LINE, findings, read, shares, sources
from tests.test_stated_budget_sources import PROJECT, found, lines, report

K = 1_000
SHARES = [1_200_000 * K, 1_500_000 * K, 900_000 * K]
JOINT = [("계", {"총사업비": "3,600,000"}, "천원", TOTAL_LINE),
         ("국·시비", {"총사업비": "2,700,000"}, "천원", TOTAL_LINE),
         ("구비", {"총사업비": "900,000"}, "천원", TOTAL_LINE)]
SINGLE = [("계", {"총사업비": "3,600,000"}, "천원", TOTAL_LINE),
          ("국비", {"총사업비": "1,800,000"}, "천원", TOTAL_LINE),
          ("구비", {"총사업비": "1,800,000"}, "천원", TOTAL_LINE)]



def with_years(lines: list[tuple], *shares: str) -> list[tuple]:
    """`lines` with the years' shares the 계's columns too (branch left92; before, not kept)."""
    (name, columns, unit, line), *rest = lines
    return [(name, columns | dict(zip(("2024년", "2025년", "2026년"), shares, strict=True)), unit, line), *rest]


@pytest.mark.parametrize(("block", "total_sources", "shares_read"), [
    ("- 총사업비: 3,600,000천원 (국·시비 2,700,000, 구비 900,000)\n", JOINT, None),
    ("- 총사업비: 3,600,000천원 (국ㆍ시비 2,700,000, 구비 900,000)\n", JOINT, None),
    ("- 총사업비: 3,600,000천원 (국·시비 2,700,000, 구비 900,000 / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000)\n", with_years(JOINT, "1,200,000", "1,500,000", "900,000"), ("천원", SHARES, True)),
    ("- 총사업비: 3,600,000천원 (국비 1,800,000, 구비 1,800,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000\n", with_years(SINGLE, "1,200,000", "1,500,000", "900,000"), ("천원", SHARES, True)),
    ("- 총사업비: 3,600,000천원 (국ㆍ시비 2,700,000, 구비 900,000), 2024년 1,200,000 / 2025년 1,500,000 / 2026년 "
     "900,000\n", with_years(JOINT, "1,200,000", "1,500,000", "900,000"), ("천원", SHARES, True)),
    ("- 총사업비: 3,600백만원 (국비 1,800, 구비 1,800) / ’24년 12억, ’25년 15억, ’26년 9억\n",
     with_years([("계", {"총사업비": "3,600"}, "백만원", TOTAL_LINE), ("국비", {"총사업비": "1,800"}, "백만원",
                                                                    TOTAL_LINE),
                 ("구비", {"총사업비": "1,800"}, "백만원", TOTAL_LINE)], "1,200", "1,500", "900"),
     ("백만원", SHARES, True)),
], ids=["joint", "joint-ㆍ", "joint-and-years", "years-after", "joint-years-after", "years-after-eok"])
def test_a_totals_joint_sources_and_years_after_its_bracket_are_read(block, total_sources, shares_read, tmp_path):
    report = read(tmp_path, block)
    assert sources(report) == total_sources
    assert shares(report) == (3_600_000 * K, shares_read)
    assert findings(report) == []


@pytest.mark.parametrize(("block", "finding"), [
    ("- 총사업비: 3,600,000천원 (국·시비 2,700,000, 구비 1,000,000)\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,700,000천원", "3,600,000천원", TOTAL_LINE)),
    ("- 총사업비: 3,600,000천원 (국시비 2,600,000, 구비 900,000)\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "계", "총사업비", "3,500,000천원", "3,600,000천원", TOTAL_LINE)),
    # the years wrong where the sources make the total: their sum, expected the total (branch cost76)
    ("- 총사업비: 3,600,000천원 (국·시비 2,700,000, 구비 900,000 / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "1,000,000)\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    ("- 총사업비: 3,600,000천원 (국비 1,800,000, 구비 1,800,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "1,000,000\n",
     ("sum.project_cost", ENERGY, "연도별 합계", None, "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    # a source wrong where the years make the total: the sources' sum, expected the total (branch cost76)
    ("- 총사업비: 3,600,000천원 (국비 1,800,000, 구비 1,900,000) / 2024년 1,200,000, 2025년 1,500,000, 2026년 "
     "900,000\n",
     ("sum.project_budget", f"{ENERGY} 총사업비", "재원별 합계", "총사업비", "3,600,000천원", "3,700,000천원",
      TOTAL_LINE)),
], ids=["joint", "joint-no-dot", "joint-and-years", "years-after", "years-after-source"])
def test_a_wrong_figure_of_such_a_total_is_one_finding(block, finding, tmp_path):
    assert findings(read(tmp_path, block)) == [finding]


def test_a_stated_budgets_joint_source_is_a_line_of_its_own():
    stated = "예산: 3,600,000천원(국·시비 2,700,000, 구비 900,000)"
    r = report(PROJECT + f"- {stated}\n")
    assert lines(r) == [("계", None, 3_600_000 * K), ("국·시비", "국·시비", 2_700_000 * K),
                        ("구비", "구비", 900_000 * K)]
    assert found(r) == []
    r = report(PROJECT + f"- {stated.replace('구비 900,000', '구비 1,000,000')}\n")
    assert [f[:1] + f[3:7] for f in found(r)] == [
        ("sum.project_budget", "계", "예산액", "3,700,000천원", "3,600,000천원")]


@pytest.mark.parametrize("text", [
    "3,600,000천원 (국비 1,800,000, 구비 1,800,000)",  # nothing after the bracket
    "3,600,000천원 (국비 1,800,000, 구비 1,800,000) / 2024년 1,200,000, 보조율 50%",  # more than shares after it
    "3,600,000천원 (2024~2026) / 2024년 1,200,000, 2025년 2,400,000",  # the bracket no sources
    "3,600,000천원 (국비 1,800,000 / 2024년 1,200,000) / 2025년 2,400,000",  # the bracket already both
    "3,600,000천원 / 2024년 1,200,000, 2025년 2,400,000",  # no bracket
])
def test_what_is_not_shares_after_a_bracket_of_sources_stays_as_printed(text):
    assert with_shares_in_bracket(text) == text


_SOURCE_NAMES = st.sampled_from(["국비", "시비", "구비", "국", "구", "국·시비", "국ㆍ시비", "시·구비", "국시비"])
_SHARE_LABELS = st.sampled_from(["2024년", "’25년", "기투자", "향후", "’27년 이후"])
_FIGURES = st.integers(1, 9_999_999).map(lambda n: f"{n:,}")


@given(st.lists(st.tuples(_SOURCE_NAMES, _FIGURES), min_size=1, max_size=4),
       st.lists(st.tuples(_SHARE_LABELS, _FIGURES), min_size=1, max_size=4),
       st.sampled_from([", ", " / ", " · "]), st.sampled_from([" / ", ", ", " "]))
def test_shares_after_a_bracket_of_sources_go_into_it(printed_sources, printed_shares, separator, after):
    runs = [separator.join(f"{label} {figure}" for label, figure in printed)
            for printed in (printed_sources, printed_shares)]
    moved = with_shares_in_bracket(f"3,600,000천원 ({runs[0]}){after}{runs[1]}")
    assert moved == f"3,600,000천원 ({runs[0]} / {runs[1]})"
    assert sources_and_shares(moved[moved.index("(") + 1:-1]) == tuple(runs)
