"""A change after two periods each printing its share beside it (`재 원 | 2026년 예산(안) | 구성비 | 2025년 예산 |
구성비 | 증감`, a 기획예산과's 세입 by source): each row's 증감 is the later less the earlier (`sum.table`), the shares
aside. Before, the change was compared with nothing, and a row's wrong one was blamed on the 계 row's sum (expected
28,050백만원). Each in text layouts and a PDF."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제312회 한빛구의회 제2차 정례회\n\n2025. 11. 25. ~ 12. 17.\n\n# 2026년 주요업무 보고\n\n## 기 획 예 산 과\n\n"
REVENUE = ("# Ⅰ. 일반현황\n\n## 3. 세입 재원별 현황\n\n(단위: 백만원, %)\n\n"
           "재 원\t2026년 예산(안)\t{share}\t2025년 예산\t{share}\t증감\n"
           "계\t712,450\t100.0\t684,300\t100.0\t28,150\n지방세\t98,300\t13.8\t95,100\t13.9\t3,200\n"
           "세외수입\t31,400\t4.4\t30,800\t4.5\t600\n조정교부금\t142,600\t20.0\t138,900\t20.3\t3,700\n"
           "보조금\t398,150\t55.9\t379,500\t55.5\t{grant}\n보전수입 등\t42,000\t5.9\t40,000\t5.8\t2,000\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]


def found(text: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual)
                  for f in run_checks(read_laid_out(COVER + text, layout, tmp_path)))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("share", ["구성비", "비중(%)"])
def test_a_wrong_change_beside_shares_is_found_on_its_row(share, layout, tmp_path):
    assert found(REVENUE.format(share=share, grant="18,650"), layout, tmp_path) == []
    assert found(REVENUE.format(share=share, grant="18,550"), layout, tmp_path) == [
        ("sum.table", "보조금", "증감", "18,650백만원", "18,550백만원")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_the_other_order_and_a_rate_beside_each_period(layout, tmp_path):
    """The later year first, and a rate (`징수율(%)`) beside each: the change still the later less the earlier."""
    table = ("# Ⅰ. 일반현황\n\n## 2. 세목별 징수 실적\n\n(단위: 백만원, %)\n\n"
             "세 목\t2025년\t징수율(%)\t2024년\t징수율(%)\t증 감\n계\t9,000\t90.0\t8,000\t80.0\t1,000\n"
             "재산세\t5,000\t90.9\t4,500\t81.8\t{change}\n주민세\t4,000\t88.9\t3,500\t77.8\t500\n")
    assert found(table.format(change="500"), layout, tmp_path) == []
    assert found(table.format(change="600"), layout, tmp_path) == [
        ("sum.table", "재산세", "증 감", "500백만원", "600백만원")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("shares", ["2025년 구성비\t2026년 구성비", "구성비(2025)\t구성비(2026)"])
def test_a_change_of_two_periods_shares_right_before_it_is_of_the_shares(shares, layout, tmp_path):
    """Two periods' shares right before a change (`2025년 구성비 | 2026년 구성비 | 증감`) are what it compares, a change
    of shares, as before the periods' shares were set aside (the 지방세's -0.3 where 13.8 less 13.9 is -0.1)."""
    table = ("# Ⅰ. 일반현황\n\n## 3. 세입 재원별 현황\n\n(단위: 백만원, %)\n\n"
             f"재 원\t2025년\t2026년\t{shares}\t증감\n"
             "계\t684,300\t712,450\t100.0\t100.0\t0.0\n지방세\t95,100\t98,300\t13.9\t13.8\t{change}\n"
             "세외수입\t30,800\t31,400\t4.5\t4.4\t-0.1\n보조금\t558,400\t582,750\t81.6\t81.8\t0.2\n")
    assert found(table.format(change="-0.1"), layout, tmp_path) == []
    assert found(table.format(change="-0.3"), layout, tmp_path) == [
        ("sum.table", "지방세", "증감", "-0.1백만원", "-0.3백만원")]
