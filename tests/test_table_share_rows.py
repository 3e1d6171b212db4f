"""Shares printed as a row under the figures they are of, the parts as columns (`구 분 | 계 | 은행나무 | 이팝나무`
over `주 수 | 15,840 | 6,210 | …` and `비율(%) | 100.0 | 39.2 | …`, as a 공원녹지과 prints its 가로수 by kind): each
column's share is its figure over the 계 column's × 100 (`share.table`). Before, a share row was compared with
nothing, so `25.0` where 3,480 of 15,840 is 22.0 was found by nothing. Each in text layouts and a PDF."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제268회 한빛구의회 제1차 정례회\n\n2021. 6. 8. ~ 6. 22.\n\n# 2021년 주요업무 보고\n\n## 공 원 녹 지 과\n\n"
TREES = ("# Ⅰ. 일반현황\n\n## 3. 가로수 수종별 현황\n\n(단위 : 주, %)\n\n"
         "구 분\t계\t은행나무\t이팝나무\t왕벚나무\t느티나무\t기 타\n"
         "주 수\t15,840\t6,210\t3,480\t2,915\t2,130\t1,105\n"
         "{label}\t{total}\t39.2\t{share}\t18.4\t13.4\t7.0\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]


def found(text: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(read_laid_out(COVER + text, layout, tmp_path))]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["비율(%)", "구성비(%)", "비 율", "비중"])
def test_a_wrong_share_in_a_share_row_is_found_on_its_column(label, layout, tmp_path):
    assert found(TREES.format(label=label, total="100.0", share="22.0"), layout, tmp_path) == []
    assert found(TREES.format(label=label, total="100.0", share="25.0"), layout, tmp_path) == [
        ("share.table", label, "이팝나무", "22.0", "25.0")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_the_total_columns_share_is_100(layout, tmp_path):
    assert found(TREES.format(label="구성비", total="99.0", share="22.0"), layout, tmp_path) == [
        ("share.table", "구성비", "계", "100.0", "99.0")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_ratio_row_whose_total_is_no_100_is_no_share(layout, tmp_path):
    """`비율` may be a rate of the row's own figures: a share row only where its 계 prints 100."""
    assert found(TREES.format(label="비율(%)", total="84.0", share="25.0"), layout, tmp_path) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_each_share_row_is_of_the_figures_above_it(layout, tmp_path):
    """Two figure rows, each with its shares below it (`개소`, `비율`, `면 적`, `비율`), the 계 column last."""
    table = ("# Ⅰ. 일반현황\n\n## 2. 공원 현황\n\n(단위 : 개소, ㎡, %)\n\n"
             "구 분\t근린공원\t어린이공원\t소공원\t계\n개 소\t12\t30\t4\t46\n비율(%)\t26.1\t65.2\t{count}\t100.0\n"
             "면 적\t981,204.3\t273,810.5\t47,503.8\t1,302,518.6\n비율(%)\t75.3\t{area}\t3.6\t100.0\n")
    assert found(table.format(count="8.7", area="21.0"), layout, tmp_path) == []
    assert found(table.format(count="8.7", area="12.0"), layout, tmp_path) == [
        ("share.table", "비율(%)", "어린이공원", "21.0", "12.0")]
    assert found(table.format(count="6.7", area="21.0"), layout, tmp_path) == [
        ("share.table", "비율(%)", "소공원", "8.7", "6.7")]


def test_the_message_shows_the_figures_as_printed(tmp_path):
    found = run_checks(read_laid_out(COVER + TREES.format(label="비율(%)", total="100.0", share="25.0"), "tab",
                                     tmp_path))
    assert [(f.message, f.source.line) for f in found] == [
        ("'비율(%)' 행의 이팝나무 값이 주 수 ÷ 계 열의 주 수 × 100과 맞지 않습니다 "
         "(표기 25.0%, 계산 3,480 ÷ 15,840 × 100 = 22.0%)", 17)]  # the share row's line
