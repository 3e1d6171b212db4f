"""sum.table: a total whose label prints a note in words in brackets after it (`계(연인원)`, `합계(누계)`, `계 (실적)`,
`소계(연인원)`) is a total, checked as `계` is. Before, it was a row of its own, and a wrong figure on it was not
found. A note with figures (`계(5월말)`), or naming figures no sum is of (`계(증감)`, `계(평균)`), stays a row's
label; one saying its persons are counted once (`계(실인원)`) is a total below its parts as before."""

import pytest

from checks import run_checks
from checks.tables import row_total
from tests.layouts import read_laid_out

COVER = ("제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n"
         "## 어 르 신 복 지 과\n\n# Ⅱ. 주요업무 추진실적\n\n## 1 경로당 운영\n\n")
BY_QUARTER = ("□ 경로당 프로그램 운영 (단위: 회, 명)\n\n구 분\t운영 횟수\t참여 인원\n{total}\t250\t{persons}\n"
              "1분기\t120\t2,400\n2분기\t130\t2,650\n\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def _found(report: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row.replace(" ", ""), f.column.replace(" ", ""), f.expected, f.actual)
            for f in run_checks(read_laid_out(COVER + report, layout, tmp_path))]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("total", ["계(연인원)", "합계(누계)", "계 (실적)", "합 계(연)"])
def test_a_total_with_a_note_in_words_is_its_rows_sum(total, layout, tmp_path):
    table = BY_QUARTER.replace("{total}", total)
    assert _found(table.format(persons="5,050"), layout, tmp_path) == []
    assert _found(table.format(persons="5,150"), layout, tmp_path) == [
        ("sum.table", total.replace(" ", ""), "참여인원", "5,050", "5,150")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_noted_subtotal_closes_its_group(layout, tmp_path):
    table = ("□ 경로당 프로그램 운영 (단위: 명)\n\n구 분\t참여 인원\n합 계\t9,050\n한빛1동\t2,400\n한빛2동\t2,650\n"
             "소계(연인원)\t{first}\n새솔동\t4,000\n소계(연인원)\t4,000\n\n")
    assert _found(table.format(first="5,050"), layout, tmp_path) == []
    assert _found(table.format(first="5,150"), layout, tmp_path) == [
        ("sum.table", "소계(연인원)", "참여인원", "5,050", "5,150")]


@pytest.mark.parametrize(("label", "figures"), [("계(증감)", ("-", "400")), ("계(전년대비)", ("-", "400")),
                                               ("계(평균)", ("2,500", "2,700")), ("계(구성비)", ("100", "100"))])
def test_a_total_noting_figures_no_sum_is_of_is_no_total(label, figures, tmp_path):
    table = ("□ 경로당 이용 현황 (단위: 명)\n\n구 분\t2024년\t2025년\n계\t5,000\t5,400\n한빛1동\t2,400\t2,600\n"
             f"한빛2동\t2,600\t2,800\n{label}\t{figures[0]}\t{figures[1]}\n\n")
    assert _found(table, "tab", tmp_path) == []


def test_the_total_word_of_a_noted_label():
    assert row_total("계(연인원)") == "계"
    assert row_total("소계(연인원)") == "소계"
    assert row_total("합계(명)") == "합계"
    assert row_total("계(5월말)") is None
    assert row_total("계(증감)") is None
    assert row_total("보통세 소계(본관)") is None
