"""rate.table and sum.table on three gaps: a change rate down a column of years, each row's over the year before's
(`연 도 | 허가건수 | 전년대비 증감률(%)`; before, not compared: a rate was of figures of one row); a change rate beside
the periods its label names in a table of two rows, one of them wrong (`2022년 | 2023년 | 2024년 | 전년대비
증감률(%)`; before, two rows had to agree); and a wrong 소계, found on itself alone (before, also on the 계 that sums
the 소계s, though the 계 is its rows' sum). Each in the three ways a converter prints a tab table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS, read_laid_out

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n건 축 과\n\n"
LAYOUT_NAMES = {"tab": "tab", "md": "pipe-tables", "space-aligned": "space-aligned"}


def table(caption: str, unit: str, *rows: str) -> str:
    return (COVER + f"Ⅰ. 일반현황\n\n□ {caption}\n\n(단위: {unit})\n\n"
            + "\n".join("\t".join(cell.strip() for cell in row.split("|")) for row in rows) + "\n")


def planted(text: str, *replacements: tuple[str, str]) -> str:
    """A table's text with wrong figures planted, each where it is printed once (so that it goes where meant)."""
    for printed, wrong in replacements:
        assert text.count(printed) == 1
        text = text.replace(printed, wrong)
    return text


def findings(text: str, layout: str, tmp_path) -> list[tuple]:
    report = (extract_report(read_text("t.txt", text.encode())) if layout == "tab"
              else read_laid_out(text, LAYOUT_NAMES[layout], tmp_path))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


layouts = pytest.mark.parametrize("layout", list(TEXT_LAYOUTS))

# 1,100 ÷ 1,000: +10.0 %, 1,210 ÷ 1,100: +10.0 %, 1,150 ÷ 1,210: −4.96 % → △5.0
PERMITS = ("연 도 | 허가건수 | 전년대비 증감률(%)", "2022 | 1,000 | -", "2023 | 1,100 | 10.0", "2024 | 1,210 | 10.0",
           "2025 | 1,150 | △5.0")


@layouts
def test_a_change_rate_down_years_is_each_years_over_the_year_before(layout, tmp_path):
    assert findings(table("건축허가 현황", "건, %", *PERMITS), layout, tmp_path) == []
    wrong = table("건축허가 현황", "건, %", *PERMITS).replace("1,210\t10.0", "1,210\t12.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "2024", "전년대비 증감률(%)", "10.0", "12.0")]
    fall = table("건축허가 현황", "건, %", *PERMITS).replace("△5.0", "5.0")
    assert findings(fall, layout, tmp_path) == [("rate.table", "2025", "전년대비 증감률(%)", "-5.0", "5.0")]


def test_the_finding_names_both_years_and_shows_their_figures(tmp_path):
    wrong = table("건축허가 현황", "건, %", *PERMITS).replace("1,210\t10.0", "1,210\t12.0")
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.table, finding.source.line) == ("건축허가 현황", wrong.splitlines().index("2024\t1,210\t12.0") + 1)
    assert finding.message == ("'2024' 행의 전년대비 증감률(%) 값이 (2024 허가건수 − 2023 허가건수) ÷ 2023 허가건수 × "
                               "100과 맞지 않습니다 (표기 12.0%, 계산 (1,210 − 1,100) ÷ 1,100 × 100 = 10.0%)")


@layouts
def test_years_in_any_order_and_the_first_year_not_compared(layout, tmp_path):
    # latest first, `년` printed: each over the row of the year before, below it; the first year's rate (here a
    # figure of a year the table does not print) has no base and is not compared
    rows = ("연 도 | 민원건수 | 증감률(%)", "2025년 | 1,150 | △5.0", "2024년 | 1,210 | 10.0", "2023년 | 1,100 | 10.0",
            "2022년 | 1,000 | 3.7")
    assert findings(table("민원 접수 현황", "건, %", *rows), layout, tmp_path) == []
    wrong = table("민원 접수 현황", "건, %", *rows).replace("△5.0", "△4.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "2025년", "증감률(%)", "-5.0", "-4.0")]


@layouts
def test_a_change_rate_down_years_of_the_nearest_figure_column(layout, tmp_path):
    # 건수 and 금액 (천원) each; the rate is of 금액, the column right before it: 52,800 ÷ 48,000 = +10.0 %,
    # 50,160 ÷ 52,800 = −5.0 %, 55,176 ÷ 50,160 = +10.0 %
    rows = ("연 도 | 건수 | 금액 | 증감률(%)", "2022 | 120 | 48,000 | -", "2023 | 130 | 52,800 | 10.0",
            "2024 | 125 | 50,160 | △5.0", "2025 | 140 | 55,176 | 10.0")
    assert findings(table("과태료 부과 현황", "건, 천원, %", *rows), layout, tmp_path) == []
    wrong = table("과태료 부과 현황", "건, 천원, %", *rows).replace("△5.0", "△6.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "2024", "증감률(%)", "-5.0", "-6.0")]


@layouts
def test_a_change_rate_row_under_years_as_columns(layout, tmp_path):
    rows = ("구 분 | 2022년 | 2023년 | 2024년 | 2025년", "허가건수 | 1,000 | 1,100 | 1,210 | 1,150",
            "증감률(%) | - | 10.0 | 10.0 | △5.0")
    assert findings(table("건축허가 현황", "건, %", *rows), layout, tmp_path) == []
    wrong = table("건축허가 현황", "건, %", *rows).replace("10.0\t10.0", "10.0\t12.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "증감률(%)", "2024년", "10.0", "12.0")]


@layouts
def test_rates_down_years_that_most_rows_do_not_print_are_not_compared(layout, tmp_path):
    # rates of a figure the table does not print (of the 구 total): no two rows agree, nothing is found
    rows = ("연 도 | 허가건수 | 증감률(%)", "2022 | 1,000 | -", "2023 | 1,100 | 4.1", "2024 | 1,210 | 6.3",
            "2025 | 1,150 | 2.2")
    assert findings(table("건축허가 현황", "건, %", *rows), layout, tmp_path) == []
    # rows naming no years: no row of the year before
    rows = ("구 분 | 허가건수 | 증감률(%)", "주택 | 1,000 | -", "상가 | 1,100 | 12.0", "공장 | 1,210 | 10.0")
    assert findings(table("건축허가 현황", "건, %", *rows), layout, tmp_path) == []


# 1,210 ÷ 1,100: +10.0 %, 546 ÷ 520: +5.0 %
TWO_ROWS = ("구 분 | 2022년 | 2023년 | 2024년 | 전년대비 증감률(%)", "민원 | 1,000 | 1,100 | 1,210 | 10.0",
            "증명 | 500 | 520 | 546 | 5.0")


@layouts
def test_a_change_rate_beside_three_years_in_a_table_of_two_rows(layout, tmp_path):
    assert findings(table("민원 처리 현황", "건, %", *TWO_ROWS), layout, tmp_path) == []
    wrong = table("민원 처리 현황", "건, %", *TWO_ROWS).replace("546\t5.0", "546\t7.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "증명", "전년대비 증감률(%)", "5.0", "7.0")]
    wrong = table("민원 처리 현황", "건, %", *TWO_ROWS).replace("1,210\t10.0", "1,210\t△10.0")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "민원", "전년대비 증감률(%)", "10.0", "-10.0")]


@layouts
def test_a_change_rate_after_the_one_change_in_a_table_of_two_rows(layout, tmp_path):
    rows = ("구 분 | 2023년 | 2024년 | 증 감 | 증감률(%)", "민원 | 1,100 | 1,210 | 110 | 10.0",
            "증명 | 520 | 546 | 26 | 5.0")
    assert findings(table("민원 처리 현황", "건, %", *rows), layout, tmp_path) == []
    wrong = table("민원 처리 현황", "건, %", *rows).replace("26\t5.0", "26\t0.5")
    assert findings(wrong, layout, tmp_path) == [("rate.table", "증명", "증감률(%)", "5.0", "0.5")]


@layouts
def test_two_rows_that_both_disagree_or_one_row_tell_nothing(layout, tmp_path):
    both = table("민원 처리 현황", "건, %", *TWO_ROWS).replace("1,210\t10.0", "1,210\t21.0").replace(
        "546\t5.0", "546\t9.2")
    assert findings(both, layout, tmp_path) == []
    one = table("민원 처리 현황", "건, %", *TWO_ROWS[:2]).replace("1,210\t10.0", "1,210\t12.0")
    assert findings(one, layout, tmp_path) == []


# 지방세 by its 세목: the rows make 124,300 (98,200 + 26,100); the 목적세 소계 misprinted 26,900
SUBTOTALS = {
    "leading": ("세 목 | 징수액", "계 | 124,300", "보통세 소계 | 98,200", "재산세 | 66,800", "지방소득세 | 31,400",
                "목적세 소계 | 26,900", "지역자원시설세 | 16,100", "지방교육세 | 10,000"),
    "closing": ("세 목 | 징수액", "재산세 | 66,800", "지방소득세 | 31,400", "소 계 | 98,200", "지역자원시설세 | 16,100",
                "지방교육세 | 10,000", "소 계 | 26,900", "계 | 124,300"),
    "grouped": ("구 분 | 세 목 | 징수액", "계 |  | 124,300", "보통세 | 소계 | 98,200", " | 재산세 | 66,800",
                " | 지방소득세 | 31,400", "목적세 | 소계 | 26,900", " | 지역자원시설세 | 16,100",
                " | 지방교육세 | 10,000"),
}
SUBTOTAL_ROW = {"leading": "목적세 소계", "closing": "소 계", "grouped": "목적세 / 소계"}


@layouts
@pytest.mark.parametrize("shape", SUBTOTALS)
def test_a_wrong_subtotal_is_one_finding_on_itself(shape, layout, tmp_path):
    text = table("지방세 징수 현황", "백만원", *SUBTOTALS[shape])
    assert findings(text, layout, tmp_path) == [
        ("sum.table", SUBTOTAL_ROW[shape], "징수액", "26,100백만원", "26,900백만원")]
    right = text.replace("26,900", "26,100")
    assert findings(right, layout, tmp_path) == []
    # a 계 that is neither its rows' sum nor its 소계s' is still found, expected the rows' sum (that of the right
    # 소계s); before, the printed 소계s' 125,100
    both = text.replace("124,300", "125,000")
    assert sorted(findings(both, layout, tmp_path)) == sorted([
        ("sum.table", "계", "징수액", "124,300백만원", "125,000백만원"),
        ("sum.table", SUBTOTAL_ROW[shape], "징수액", "26,100백만원", "26,900백만원")])
