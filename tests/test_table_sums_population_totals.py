"""A 자치행정과's population by 동 totalled in a column named by what it counts (`총인구` over `내 국 인` (`계 | 남 |
여`) and `외국인`; `총인원` over `남 | 여`): the column is each row's total, as a `계` column is (`sum.table`). Before,
`총인구` was a column of its own, so a 동's wrong 총인구 was blamed on the 계 row's sum and a wrong 외국인 on the 계
row alone. A row `총인구` (under `세대수`, the years as columns) stays one figure of its table, no total of the rows
around it. Each in text layouts and a PDF."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제268회 한빛구의회 제1차 정례회\n\n2021. 6. 8. ~ 6. 22.\n\n# 2021년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
PART = "# Ⅰ. 일반현황\n\n"
BY_DONG = ("## 3 동별 세대 및 인구 현황\n\n(2021. 3. 31. 기준, 단위 : 세대, 명)\n\n"
           "동 명\t세대수\t총인구\t내 국 인\t\t\t외국인\t세대당 인구\n\t\t\t계\t남\t여\t\t\n"
           "계\t95,412\t215,870\t207,656\t101,320\t106,336\t8,214\t2.18\n"
           "한빛1동\t12,305\t27,940\t26,820\t13,110\t13,710\t1,120\t2.18\n"
           "한빛2동\t15,820\t35,210\t34,230\t16,750\t17,480\t980\t2.16\n"
           "새솔동\t18,044\t{population}\t39,085\t19,111\t19,974\t{foreign}\t2.17\n"
           "푸른동\t21,133\t48,660\t47,006\t22,902\t24,104\t1,654\t2.22\n"
           "가람동\t28,110\t62,558\t60,515\t29,447\t31,068\t2,043\t2.15\n\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]


def found(text: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(read_laid_out(COVER + PART + text, layout, tmp_path))]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_population_column_is_its_rows_total(layout, tmp_path):
    assert found(BY_DONG.format(population="41,502", foreign="2,417"), layout, tmp_path) == []
    # a 동's wrong 총인구: on its row, not the 계 row's (whose 총인구 adds up across as the 동's does not)
    assert found(BY_DONG.format(population="41,512", foreign="2,417"), layout, tmp_path) == [
        ("sum.table", "새솔동", "총인구", "41,502", "41,512")]
    # a wrong 외국인 that both its row's 총인구 and the 계 row's 외국인 miss: one finding, on it
    assert found(BY_DONG.format(population="41,502", foreign="2,427"), layout, tmp_path) == [
        ("sum.table", "새솔동", "외국인", "2,417", "2,427")]


HEAD_COUNT = ("## 4 교육 실적\n\n(단위: 회, 명)\n\n과정명\t횟수\t총인원\t남\t여\n계\t12\t480\t200\t280\n"
              "컴퓨터\t6\t{computer}\t100\t140\n요가\t6\t240\t100\t140\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_head_count_column_is_its_rows_total(layout, tmp_path):
    assert found(HEAD_COUNT.format(computer="240"), layout, tmp_path) == []
    assert found(HEAD_COUNT.format(computer="250"), layout, tmp_path) == [
        ("sum.table", "컴퓨터", "총인원", "240", "250")]


BY_YEAR = ("## 1 인구 추이\n\n(단위: 세대, 명)\n\n구 분\t2020년\t2021년\t증 감\n세대수\t94,100\t95,412\t1,312\n"
           "총인구\t216,300\t215,870\t△430\n내국인\t208,000\t207,656\t△344\n외국인\t8,300\t8,214\t△86\n"
           "세대당 인구\t2.30\t2.26\t△0.04\n\n")
OF_WHICH = ("## 3 고령 인구\n\n(단위: 명, %)\n\n동 명\t총인구\t65세 이상\t비율(%)\n계\t104,652\t17,210\t16.4\n"
            "한빛1동\t27,940\t4,210\t15.1\n한빛2동\t35,210\t5,800\t16.5\n새솔동\t41,502\t7,200\t17.3\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("table", [BY_YEAR, OF_WHICH], ids=["a-row-under-households", "beside-a-part-of-it"])
def test_a_population_that_is_no_total_of_its_line_is_left_alone(table, layout, tmp_path):
    """As a row under `세대수` (whose figures would be summed into it) and beside a part of it alone (`65세 이상`)."""
    assert found(table, layout, tmp_path) == []


TRAINING = "## 4 교육 실적\n\n(단위: 회, 명)\n\n과정명\t횟수\t시간\t총인원\n청렴교육\t4\t8\t120\n{more}\n"


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("more", ["", "성희롱 예방교육\t2\t4\t300\n"], ids=["one-row", "two-rows"])
def test_a_head_count_after_counts_of_other_kinds_is_no_sum_of_them(more, layout, tmp_path):
    """`총인원` heads the figures it totals (`남 | 여` after it): `횟수 | 시간` before it count other things (before,
    the one row's 120 was found expected 12)."""
    assert found(TRAINING.format(more=more), layout, tmp_path) == []
    by_month = "## 4 교육 실적\n\n(단위: 명)\n\n과정명\t1월\t2월\t총인원\n청렴교육\t40\t80\t{total}\n\n"
    assert found(by_month.format(total="120"), layout, tmp_path) == []
    assert found(by_month.format(total="130"), layout, tmp_path) == [("sum.table", "청렴교육", "총인원", "120", "130")]


BESIDE_HOUSEHOLDS = ("## 3 동별 인구 현황\n\n(단위: 명, 세대)\n\n동 명\t총인구\t남\t여\t{households}\n"
                     "계\t105,080\t51,220\t53,860\t46,169\n한빛1동\t27,940\t13,800\t14,140\t12,305\n"
                     "한빛2동\t35,210\t17,300\t17,910\t15,820\n새솔동\t{population}\t20,120\t21,810\t18,044\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("households", ["세대수", "세 대", "가구수(가구)"])
def test_a_population_sums_its_persons_not_the_households_after_them(households, layout, tmp_path):
    """`총인구 | 남 | 여 | 세대수`: the 총인구 is 남 and 여, the 세대수 a count of another kind (before, summed too, so
    that no row added up and a 동's wrong 총인구 was blamed on the 계 row: expected 105,090)."""
    table = BESIDE_HOUSEHOLDS.replace("{households}", households)
    assert found(table.format(population="41,930"), layout, tmp_path) == []
    assert found(table.format(population="41,940"), layout, tmp_path) == [
        ("sum.table", "새솔동", "총인구", "41,930", "41,940")]
