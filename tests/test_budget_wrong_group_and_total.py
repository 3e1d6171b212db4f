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
    # a 계 that is the printed groups' sum is right of them: the part that breaks its group is found alone
    wrong_line = TABLE.replace("\t공원조성 특별회계\t210,000", "\t공원조성 특별회계\t220,000")
    assert found(wrong_line, layout, tmp_path) == [("sum.budget", "특별회계", "예산액", "220,000천원", "210,000천원")]
