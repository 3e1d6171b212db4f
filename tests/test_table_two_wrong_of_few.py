"""sum.table and rate.table: in a small table (three rows and a 계), two wrong cells of a column whose label names
what it is (a remainder `잔 액`, a change `증 감`, a rate `처리율(%)`) are each one finding on its cell where the 계
row says the column is so: the 계's figure is what its own figures make it, and the sum of the rows' (as printed or
as their figures make them; of a rate, its figures are the rows' sums). Before, the column was checked only where
two rows at least and more than half of them printed it so (a change: half), so two wrong of three were found by
nothing, or the 계 was blamed. A column that is not what its label says (most rows and the 계 disagree) is still
not checked. Each in the three ways a converter prints a tab table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_table_rates_years import findings, layouts, planted, table

# 잔 액 = 체납액 − 정리액; the 계 is each column's sum
ARREARS = ("구 분 | 체납액 | 정리액 | 잔 액", "가 | 1,000 | 400 | 600", "나 | 2,000 | 500 | 1,500",
           "다 | 3,000 | 1,000 | 2,000", "계 | 6,000 | 1,900 | 4,100")


def arrears(*replacements: tuple[str, str]) -> str:
    return planted(table("체납액 정리 현황", "백만원", *ARREARS), *replacements)


@layouts
@pytest.mark.parametrize(("wrong", "found"), [
    # the two wrong 잔 액 still add up to the 계 (1,400 + 2,100); before, nothing
    ((("1,500", "1,400"), ("2,000\n", "2,100\n")),
     [("sum.table", "나", "잔 액", "1,500백만원", "1,400백만원"),
      ("sum.table", "다", "잔 액", "2,000백만원", "2,100백만원")]),
    # they do not (1,400 + 2,200): the 계 adds up over the right ones and is no finding; before, the 계 alone,
    # expected 4,200
    ((("1,500", "1,400"), ("2,000\n", "2,200\n")),
     [("sum.table", "나", "잔 액", "1,500백만원", "1,400백만원"),
      ("sum.table", "다", "잔 액", "2,000백만원", "2,200백만원")]),
])
def test_two_wrong_remainders_of_three_rows_are_each_found(layout, tmp_path, wrong, found):
    assert findings(arrears(), layout, tmp_path) == []
    assert findings(arrears(*wrong), layout, tmp_path) == found


@layouts
def test_a_column_the_total_says_is_no_remainder_is_not_checked(layout, tmp_path):
    # most rows and the 계 (6,000 − 1,900 is 4,100) print another figure: no remainder of these, nothing found
    assert findings(arrears(("1,500", "1,300"), ("2,000\n", "2,300\n"), ("4,100", "4,200")), layout, tmp_path) == []


def test_the_finding_says_the_remainder_it_should_be():
    text = arrears(("1,500", "1,400"), ("2,000\n", "2,100\n"))
    first, _ = run_checks(extract_report(read_text("t.txt", text.encode())))
    assert first.message == ("'나' 행의 잔 액 값이 체납액 − 정리액 값과 다릅니다 (표기 1,400백만원, "
                             "2,000백만원 − 500백만원 = 1,500백만원)")


# 증 감 = 2025년 − 2024년
ISSUED = ("구 분 | 2024년 | 2025년 | 증 감", "가 | 100 | 120 | 20", "나 | 200 | 260 | 60", "다 | 300 | 330 | 30",
          "라 | 400 | 410 | 10", "계 | 1,000 | 1,120 | 120")


@layouts
def test_three_wrong_changes_of_four_rows_are_each_found(layout, tmp_path):
    text = table("민원 발급 실적", "건", *ISSUED)
    assert findings(text, layout, tmp_path) == []
    # before, the 계 alone, expected 130 (the printed changes' sum)
    wrong = planted(text, ("260\t60", "260\t50"), ("330\t30", "330\t40"), ("410\t10", "410\t20"))
    assert findings(wrong, layout, tmp_path) == [("sum.table", "나", "증 감", "60", "50"),
                                                 ("sum.table", "다", "증 감", "30", "40"),
                                                 ("sum.table", "라", "증 감", "10", "20")]


@layouts
def test_two_wrong_changes_of_three_rows_are_each_found(layout, tmp_path):
    # as before: half the rows (the 계 one of them) print it so
    rows = ("구 분 | 2024년 | 2025년 | 증 감", "가 | 100 | 120 | 20", "나 | 200 | 260 | 50", "다 | 300 | 330 | 40",
            "계 | 600 | 710 | 110")
    assert findings(table("민원 발급 실적", "건", *rows), layout, tmp_path) == [
        ("sum.table", "나", "증 감", "60", "50"), ("sum.table", "다", "증 감", "30", "40")]


@layouts
def test_a_column_the_total_says_is_no_change_is_not_checked(layout, tmp_path):
    rows = ("구 분 | 2024년 | 2025년 | 증 감", "가 | 100 | 120 | 5", "나 | 200 | 260 | 7", "다 | 300 | 330 | 20",
            "계 | 600 | 710 | 32")
    assert findings(table("민원 발급 실적", "건", *rows), layout, tmp_path) == []


# 처리율 = 처리 ÷ 접수 × 100; the 계's 850 ÷ 1,100 is 77.3
HANDLED = ("구 분 | 접수 | 처리 | 처리율(%)", "가 | 200 | 150 | 75.0", "나 | 400 | 300 | 75.0", "다 | 500 | 400 | 80.0",
           "계 | 1,100 | 850 | 77.3")


@layouts
def test_two_wrong_rates_of_three_rows_are_each_found(layout, tmp_path):
    text = table("민원 처리 현황", "건, %", *HANDLED)
    assert findings(text, layout, tmp_path) == []
    wrong = planted(text, ("300\t75.0", "300\t80.0"), ("400\t80.0", "400\t85.0"))
    assert findings(wrong, layout, tmp_path) == [("rate.table", "나", "처리율(%)", "75.0", "80.0"),
                                                 ("rate.table", "다", "처리율(%)", "80.0", "85.0")]
    # a 계 printing another rate: no ratio of these, nothing found (as before)
    assert findings(planted(wrong, ("77.3", "80.0")), layout, tmp_path) == []


@layouts
def test_two_wrong_rates_of_a_rate_row_are_each_found(layout, tmp_path):
    rows = ("구 분 | 계 | 가 | 나 | 다", "접수 | 1,100 | 200 | 400 | 500", "처리 | 850 | 150 | 300 | 400",
            "처리율(%) | 77.3 | 75.0 | 80.0 | 85.0")
    assert findings(table("민원 처리 현황", "건, %", *rows), layout, tmp_path) == [
        ("rate.table", "처리율(%)", "나", "75.0", "80.0"), ("rate.table", "처리율(%)", "다", "80.0", "85.0")]
