"""sum.budget: a group's line (`특별회계 | 소 계`) that is not its lines' sum is one finding, not also the 계 it
breaks where the 계 is its lines' sum (before, the 계 too, expected the printed groups' sum); a 계 that is neither
the printed groups' sum nor its lines' is found expected its lines' sum (the right groups'), as `sum.table` finds a
계 beside a wrong 소계."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n공 원 녹 지 과\n\n"
PART = "Ⅰ. 일반현황\n\n1 조 직\n\n공원녹지과 - ( 4 )개팀\n\n2 예산현황\n\n(단위: 천원)\n\n"
# the 특별회계's one line makes 210,000: the lines make 5,990,000
TABLE = ("회계구분\t단위사업\t예산액\t집행액\t집행률(%)\n총 계\t\t5,990,000\t2,396,000\t40.0\n"
         "일반회계\t소 계\t5,780,000\t2,312,000\t40.0\n\t푸른 녹지 조성\t4,200,000\t1,680,000\t40.0\n"
         "\t공원 관리\t1,500,000\t600,000\t40.0\n\t기본경비\t80,000\t32,000\t40.0\n"
         "특별회계\t소 계\t210,000\t84,000\t40.0\n\t공원조성 특별회계\t210,000\t84,000\t40.0\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned"]


def found(text: str, layout: str, tmp_path) -> list[tuple]:
    """The sums' findings (a wrong 예산액 also makes its 집행률 another: `rate.budget`'s)."""
    return [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(read_laid_out(COVER + PART + text, layout, tmp_path)) if f.rule == "sum.budget"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_group_is_one_finding_and_a_wrong_total_beside_it_its_lines_sum(layout, tmp_path):
    assert found(TABLE, layout, tmp_path) == []
    wrong_group = TABLE.replace("특별회계\t소 계\t210,000", "특별회계\t소 계\t200,000")
    assert found(wrong_group, layout, tmp_path) == [("sum.budget", "특별회계", "예산액", "210,000천원", "200,000천원")]
    # the 계 wrong too (6,000,000): expected its lines' 5,990,000, not the printed groups' 5,980,000
    both = wrong_group.replace("5,990,000", "6,000,000")
    assert found(both, layout, tmp_path) == [("sum.budget", "계", "예산액", "5,990,000천원", "6,000,000천원"),
                                            ("sum.budget", "특별회계", "예산액", "210,000천원", "200,000천원")]
    # a 계 that is the printed groups' sum is right of them: the part that breaks its group (and its rate) is found
    # alone, on the part, at the figure its group makes it (before, on its group's line, expected 220,000)
    wrong_line = TABLE.replace("\t공원조성 특별회계\t210,000", "\t공원조성 특별회계\t220,000")
    assert found(wrong_line, layout, tmp_path) == [
        ("sum.budget", "공원조성 특별회계", "예산액", "210,000천원", "220,000천원")]


# levels marked (`□` over `-`), each group closed by a `소 계` row: the 소계 rows are the groups' sums printed again,
# no subtotal the check compares (a 소계 is one only in a table of one level, `test_budget_unnamed_subtotals`)
MARKED = ("구 분\t예산액\t집행액\t집행률(%)\n계\t3,500,000\t1,400,000\t40.0\n"
          "□ 청사 관리\t1,500,000\t600,000\t40.0\n- 청사 유지\t1,000,000\t400,000\t40.0\n"
          "- 시설 유지\t500,000\t200,000\t40.0\n소 계\t1,500,000\t600,000\t40.0\n"
          "□ 홍보 운영\t2,000,000\t800,000\t40.0\n- 홍보\t1,200,000\t500,000\t41.7\n"
          "- 교육\t800,000\t300,000\t37.5\n소 계\t2,000,000\t800,000\t40.0\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])  # space-aligned, a `□` line parts the table yet
def test_a_wrong_group_line_under_a_subtotal_row_under_the_total_is_one_finding(layout, tmp_path):
    """The group's line (`□ 청사 관리` printing 1,600,000 over lines of 1,500,000) is found alone: the 계, its lines'
    sum, is not blamed, nor the `소 계` row that prints the group's right sum."""
    assert found(MARKED, layout, tmp_path) == []
    wrong = MARKED.replace("□ 청사 관리\t1,500,000", "□ 청사 관리\t1,600,000")
    assert found(wrong, layout, tmp_path) == [("sum.budget", "청사 관리", "예산액", "1,500,000천원", "1,600,000천원")]
