"""Characters as word processors, converters and fonts print them: fullwidth forms (`1，580`, `（구비）`, `55.0％`,
`－1`), the minus signs and the look-alikes of `△` (`−`, `–`, `∆`, `Δ`, `▽`), a colon with no space after it, a unit
in hanja (`千원`): each read as its plain form is."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import normalize_chars, parse_amount, parse_count, parse_decimal, parse_money_cell

COVER = "제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n## 1 조 직\n\n### 공 원 녹 지 과 - ( 4 )개팀\n\n"
STAFFING = ("## 2 인 력\n\n구 분\t계\t5급\t6급\t7급\n정 원\t10\t1\t4\t5\n현 원\t9\t1\t4\t4\n"
            "과부족\t{minus}1\t{zero}\t{zero}\t{minus}1\n\n")
BUDGET = ("## 3 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t국비\t시비\t구비\t집행액\t집행률(%)\n"
          "계\t1,580,000\t-\t80,000\t1,500,000\t632,000\t40.0\n"
          "공원 관리\t1,500,000\t-\t80,000\t1,420,000\t600,000\t40.0\n"
          "기본경비\t80,000\t-\t-\t80,000\t32,000\t40.0\n\n")
PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n### ① 공원 시설물 안전 관리 (공원관리팀)\n\n"
           "공원 시설물을 정기적으로 점검하여 이용자의 안전을 지키고자 함\n\n## □ 주요 추진실적\n\n"
           "- 예산: 1,500,000천원(구비)\n- 노후 시설 보수: 4월~5월 / 58,000천원(구비)\n- 조달구매: 4월 / 95,700천원\n"
           "- 하반기 안전 점검: 9월\n")


def report(text: str):
    return extract_report(read_text("t.txt", (COVER + text).encode()))


def found(r) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


def shortfall(r) -> list[tuple[str, int]]:
    return [(c.grade, c.headcount) for c in r.staffing if c.status == "과부족"]


def items(r) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(i.text, i.start_month, i.end_month, i.amount_krw) for i in r.projects[0].items]


def test_lookalikes_are_read_as_the_characters_they_stand_for():
    assert normalize_chars("계\t1，580，000\t（구비）\t55.0％\t－1\t−\t３월～５월\t∆1\tΔ3") == (
        "계\t1,580,000\t(구비)\t55.0%\t-1\t-\t3월~5월\t△1\t△3")
    # the marks of markdown and pipe tables are kept, so that no text becomes markup
    assert normalize_chars("가｜나 ＊강조＊ ＃1") == "가｜나 ＊강조＊ ＃1"
    # every interpunct is `·`: HWP's `ᆞ` (U+119E) too, as in `인사ᆞ조직 운영`
    assert normalize_chars("인사ㆍ조직 운영 주ᆞ정차 본관・별관") == "인사·조직 운영 주·정차 본관·별관"


@pytest.mark.parametrize(("cell", "value"), [
    ("−", 0), ("－", 0), ("–", 0), ("-", 0), ("−3", -3), ("－3", -3), ("–3", -3), ("‐3", -3), ("∆3", -3), ("Δ3", -3),
    ("▽3", -3), ("▼3", -3), ("△3", -3), ("▲ 3", -3), ("＋3", 3)])
def test_every_minus_sign_and_dash_is_read_alike(cell, value):
    assert parse_count(cell) == value
    assert parse_money_cell(cell, 1000) == (value * 1000, None)


def test_an_amount_with_a_sign_is_negative():
    assert parse_amount("△500천원") == parse_amount("-500천원") == -500_000
    assert parse_money_cell("△500천원", 1_000_000) == (-500_000, None)
    assert parse_money_cell("−1,500천원(구비)", 1000) == (-1_500_000, "구비")
    assert parse_decimal("26.9％") == (26.9, 1)


@pytest.mark.parametrize(("minus", "zero"), [("△", "-"), ("−", "−"), ("－", "－"), ("–", "–"), ("∆", "-"),
                                             ("Δ", "-"), ("▽", "-")])
def test_a_shortfall_row_in_any_minus_sign_keeps_every_grade(minus, zero):
    r = report(GENERAL + STAFFING.format(minus=minus, zero=zero))
    assert shortfall(r) == [("계", -1), ("5급", 0), ("6급", 0), ("7급", -1)]
    assert found(r) == []
    assert r.tables == []  # the staffing table, not also a generic grid


def test_a_minus_sign_alone_in_a_budget_cell_is_zero_and_the_sources_are_summed():
    r = report(GENERAL + BUDGET.replace("-", "−"))
    assert [(b.name, b.budget_krw // 1000, b.other_columns) for b in r.budget] == [
        ("계", 1_580_000, {"국비": "-", "시비": "80,000", "구비": "1,500,000"}),
        ("공원 관리", 1_500_000, {"국비": "-", "시비": "80,000", "구비": "1,420,000"}),
        ("기본경비", 80_000, {"국비": "-", "시비": "-", "구비": "80,000"})]
    assert found(r) == []
    planted = "공원 관리\t1,500,000\t−\t80,000\t1,400,000"
    assert found(report(GENERAL + BUDGET.replace("-", "−").replace("공원 관리\t1,500,000\t−\t80,000\t1,420,000",
                                                                   planted))) == [
        ("sum.funding", "공원 관리", "구비", "1,420,000천원", "1,400,000천원")]


def test_a_budget_table_with_fullwidth_commas_and_percent_is_read_and_checked():
    printed = BUDGET.replace(",", "，").replace("%", "％").replace("기본경비\t80，000\t-\t-\t80，000\t32，000\t40.0",
                                                                   "기본경비\t80，000\t-\t-\t80，000\t32，000\t50.0")
    r = report(GENERAL + printed)
    assert [(b.name, b.budget_krw // 1000, b.executed_krw // 1000, b.execution_rate) for b in r.budget] == [
        ("계", 1_580_000, 632_000, 40.0), ("공원 관리", 1_500_000, 600_000, 40.0), ("기본경비", 80_000, 32_000, 50.0)]
    assert r.tables == []
    assert found(r) == [("rate", "기본경비", "집행률(%)", "40.0", "50.0")]


def test_fullwidth_brackets_slash_and_comma_in_a_project():
    printed = (GENERAL.replace("( 4 )", "（ 4 ）")
               + PROJECT.replace("(", "（").replace(")", "）").replace("4월 / 95,700", "4월／95，700"))
    r = report(printed)
    assert r.document.team_count == 4
    assert (r.projects[0].title, r.projects[0].team) == ("공원 시설물 안전 관리", "공원관리팀")
    assert items(r) == [("예산: 1,500,000천원(구비)", None, None, 1_500_000_000),
                        ("노후 시설 보수: 4월~5월 / 58,000천원(구비)", 4, 5, 58_000_000),
                        ("조달구매: 4월/95,700천원", 4, 4, 95_700_000), ("하반기 안전 점검: 9월", 9, 9, None)]


def test_a_staffing_line_with_a_fullwidth_minus_or_an_en_dash():
    for minus in ("－", "–", "−"):
        r = report(f"# Ⅰ. 일반현황\n\n2. 인 력 : 정원 39명 / 현원 37명 (과부족 {minus}2명)\n\n# Ⅱ. 주요업무 추진실적\n")
        assert [(c.status, c.headcount) for c in r.staffing] == [("정원", 39), ("현원", 37), ("과부족", -2)]


def test_a_stated_rate_with_a_fullwidth_percent_is_checked():
    stated = ("# Ⅱ. 주요업무 추진실적\n\n### 1. 청사 안전관리 (청사관리팀)\n\n청사를 안전하게 관리하고자 함\n\n"
              "## □ 예산현황\n\n- 예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (55.0％)\n")
    assert [f[0] for f in found(report(stated))] == ["rate"]
    assert found(report(stated.replace("55.0％", "45.0％"))) == []


@pytest.mark.parametrize("colon", [":", "："])
def test_a_colon_with_no_space_after_it_parts_the_field(colon):
    printed = PROJECT.replace(": ", colon)
    assert items(report(GENERAL + printed)) == [
        ("예산:1,500,000천원(구비)", None, None, 1_500_000_000),
        ("노후 시설 보수:4월~5월 / 58,000천원(구비)", 4, 5, 58_000_000),
        ("조달구매:4월 / 95,700천원", 4, 4, 95_700_000),
        ("하반기 안전 점검:9월", 9, 9, None)]


@pytest.mark.parametrize(("caption", "unit", "krw"), [
    ("(단위: 千원)", "천원", 1_580_000_000), ("(단위: 百萬원)", "백만원", 1_580_000_000_000),
    ("(단위: 百万원)", "백만원", 1_580_000_000_000), ("《단위: 천원》", "천원", 1_580_000_000)])
def test_a_unit_in_hanja_or_in_double_angle_brackets(caption, unit, krw):
    r = report(GENERAL + BUDGET.replace("(단위: 천원)", caption))
    assert (r.budget[0].unit, r.budget[0].budget_krw) == (unit, krw)
    assert [f for f in found(r) if f[0] == "unit"] == []


def test_fullwidth_digits_in_an_items_months():
    assert items(report(PROJECT.replace("4월~5월", "４월~５월")))[1] == (
        "노후 시설 보수: 4월~5월 / 58,000천원(구비)", 4, 5, 58_000_000)


def test_count_cells_that_print_their_unit():
    printed = ("## 2 인 력\n\n구 분\t계\t5급\t6급\t7급\n정 원\t10명\t1명\t4명\t5명\n현 원\t9명\t1명\t4명\t4명\n"
               "과부족\t△1명\t-\t-\t△1명\n\n")
    r = report(GENERAL + printed)
    assert [(c.status, c.grade, c.headcount) for c in r.staffing] == [
        ("정원", "계", 10), ("정원", "5급", 1), ("정원", "6급", 4), ("정원", "7급", 5),
        ("현원", "계", 9), ("현원", "5급", 1), ("현원", "6급", 4), ("현원", "7급", 4),
        ("과부족", "계", -1), ("과부족", "5급", 0), ("과부족", "6급", 0), ("과부족", "7급", -1)]
    assert found(r) == []
    assert found(report(GENERAL + printed.replace("△1명\t-\t-\t△1명", "△1명\t-\t-\t△2명"))) == [
        ("shortfall", "과부족", "계 7급", "-1", "-2")]
    vehicles = report("# Ⅰ. 일반현황\n\n## 1 공용차량\n\n구 분\t계\t승용\t승합\t화물\n정 수\t10대\t4대\t3대\t3대\n"
                      "현 원\t10대\t4대\t3대\t3대\n").vehicles
    assert [(v.quota, [(c.kind, c.count) for c in v.counts]) for v in vehicles] == [
        (10, [("계", 10), ("승용", 4), ("승합", 3), ("화물", 3)])]


def test_thousands_parted_by_spaces_in_money():
    assert parse_money_cell("385 200(구비)", 1000) == (385_200_000, "구비")
    assert parse_amount("48 000천원") == 48_000_000 and parse_amount("32억 1 000만원") == 3_210_000_000
    budget = PROJECT.replace("58,000천원(구비)", "58 000천원(구비)") + (
        "\n## □ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1 500 000(구비)\t600 000\t40.0\n")
    r = report(GENERAL + budget)
    assert items(r)[1] == ("노후 시설 보수: 4월~5월 / 58 000천원(구비)", 4, 5, 58_000_000)
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.projects[0].budget_lines] == [
        ("구비", 1_500_000_000, 600_000_000)]
