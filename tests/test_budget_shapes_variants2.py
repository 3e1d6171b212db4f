"""Budget tables in two more shapes of the department's 예산현황: 단위사업 rows printed with no mark over their
세부사업 marked `-` (`·`, `ㆍ`, `└`, `○`) in the same name column, and funding sources as columns over rows
labelled `예산액(A) | 집행액(B) | 집행률(B/A)` or `예산현액`."""

import pytest

from tests.test_budget_shapes_variants import found, report


def lines(r):
    return [(b.name, b.parent, b.budget_krw and b.budget_krw // 1_000, b.executed_krw and b.executed_krw // 1_000,
             b.execution_rate, b.funding_source) for b in r.budget]


SOURCES_AS_COLUMNS = ("(단위: 백만원, 2025. 5. 31. 기준)\n구 분\t계\t국비\t시비\t구비\n"
                      "{budget}\t12,500\t2,000\t1,500\t9,000\n{executed}\t5,000\t800\t700\t3,500\n"
                      "{rate}\t40.0\t40.0\t46.7\t{last}\n")


@pytest.mark.parametrize(("budget", "executed", "rate"), [
    ("예산액(A)", "집행액(B)", "집행률(B/A)"), ("예산현액", "집행액", "집행률(%)"),
    ("예 산 액 (A)", "집 행 액 (B)", "집행률"), ("예산현액(A)", "집행액(B)", "집행률(%)")])
def test_the_departments_budget_by_source_under_lettered_or_current_labels_is_a_line_per_source(
        budget, executed, rate):
    r = report(SOURCES_AS_COLUMNS.format(budget=budget, executed=executed, rate=rate, last="38.9"))
    assert lines(r) == [("계", None, 12_500_000, 5_000_000, 40.0, None),
                        ("국비", None, 2_000_000, 800_000, 40.0, "국비"),
                        ("시비", None, 1_500_000, 700_000, 46.7, "시비"),
                        ("구비", None, 9_000_000, 3_500_000, 38.9, "구비")]
    assert r.tables == []
    assert found(r) == []


def test_a_wrong_rate_under_lettered_labels_is_found():
    r = report(SOURCES_AS_COLUMNS.format(budget="예산액(A)", executed="집행액(B)", rate="집행률(B/A)", last="39.9"))
    assert found(r) == [("rate", "구비", "집행률(%)", "38.9", "39.9")]
