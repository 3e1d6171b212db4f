"""sum.table on the cells a grid's 계 row and 계 column share, and on a 계 column in a grid of few rows."""

import pytest

from checks import run_checks
from tests.test_generic_headers import LAYOUT_IDS, LAYOUTS
from tests.test_generic_variants import read, summary, tsv

COMMITTEES = tsv("구 분 | 계 | 남 | 여", "계 | 42 | 27 | 15", "주민자치위원회 | 25 | 15 | 10",
                 "인사위원회 | 10 | 7 | 3", "공적심사위원회 | 7 | 5 | 2")


def test_a_wrong_corner_by_the_same_sum_both_ways_is_one_finding():
    # before, the corner 계 was found twice, once as the 계 row's figure and once as the 계 column's
    wrong = COMMITTEES.replace("계\t42", "계\t43")
    assert summary(COMMITTEES) == []
    assert summary(wrong) == [("sum.table", "계", "계", "42", "43")]
    (finding,) = run_checks(read(wrong))
    assert finding.message == ("'계' 행의 계 값이 같은 행 항목들의 합과도, 해당 행들의 합과도 다릅니다"
                               " (표기 43, 합계 42)")


def test_a_wrong_corner_beside_a_wrong_part_is_found_at_its_right_sum():
    wrong = COMMITTEES.replace("계\t42", "계\t44").replace("공적심사위원회\t7", "공적심사위원회\t8")
    found = run_checks(read(wrong))
    # the corner is 42 both ways once the wrong 공적심사위원회 계 is put right (its rows' right 계s make 42, not
    # the printed 43): one finding on it by both sums; before, two (expected 42 along, 43 down)
    assert [(f.row, f.column, f.expected, f.actual) for f in found] == [
        ("계", "계", "42", "44"), ("공적심사위원회", "계", "7", "8")]
    assert found[0].message == ("'계' 행의 계 값이 같은 행 항목들의 합과도, 해당 행들의 합과도 다릅니다"
                                " (표기 44, 합계 42)")


def test_a_total_column_of_each_group_sums_its_group():
    # before, a header of two groups of 계 | 남 | 여 had two 계 columns, and neither was checked
    table = tsv("구 분 | 교 육 |  |  | 상 담 |  | ", " | 계 | 남 | 여 | 계 | 남 | 여",
                "계 | 30 | 18 | 12 | 28 | 17 | 11", "본청 | 20 | 12 | 8 | 19 | 12 | 7", "동 | 10 | 6 | 4 | 9 | 5 | 4")
    assert summary(table) == []
    assert summary(table.replace("9\t5\t4", "9\t5\t3")) == [("sum.table", "동", "상 담 여", "4", "3")]


def test_a_total_column_under_a_group_label_sums_its_group_alone():
    table = tsv("구 분 | 인 원 |  |  | 예 산 | 횟 수", " | 계 | 남 | 여 |  | ", "계 | 30 | 18 | 12 | 1,500 | 12",
                "본청 | 20 | 12 | 8 | 1,000 | 8", "동 | 10 | 6 | 4 | 500 | 4")
    assert summary(table) == []
    assert summary(table.replace("10\t6\t4", "10\t6\t3")) == [("sum.table", "동", "인 원 여", "4", "3")]


def test_two_total_columns_of_no_group_are_not_guessed_at():
    table = tsv("구 분 | 계 | 남 | 여 | 합 계", "가 | 30 | 18 | 12 | 60", "나 | 20 | 12 | 8 | 40")
    assert summary(table) == []


ONE_ROW = "□ 직렬별 현원\n\n구 분\t계\t남\t여\n현 원\t31\t10\t20\n"


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_total_column_in_a_table_of_one_row_is_checked(layout):
    # before, one row that did not add up was most of the rows, and the 계 column was taken for no row total
    assert summary(ONE_ROW, layout) == [("sum.table", "현 원", "계", "30", "31")]
    assert summary(ONE_ROW.replace("31", "30")) == []
    assert summary(ONE_ROW.replace("현 원", "계")) == [("sum.table", "계", "계", "30", "31")]  # a 계 row alone


def test_a_total_column_in_a_table_of_two_rows_is_checked():
    table = tsv("구 분 | 계 | 국내 | 국외", "2023년 | 10 | 6 | 4", "2024년 | 12 | 6 | 5")
    assert summary(table) == [("sum.table", "2024년", "계", "11", "12")]


# columns that are no part of the row's 계: a rate, an average, a year, a 비고, a count of some of the others
# (`외국인`), a change
@pytest.mark.parametrize(("column", "figure"), [("비율(%)", "33"), ("평균 연령", "41"), ("기준연도", "2024"),
                                                ("비 고", "휴직 2"), ("외국인", "2"), ("증감", "△2")])
def test_a_total_column_of_one_row_beside_a_column_it_does_not_sum_is_no_error(column, figure):
    assert summary(tsv(f"구 분 | 계 | 남 | 여 | {column}", f"현 원 | 30 | 10 | 20 | {figure}")) == []


def test_a_group_total_of_one_row_beside_figures_of_its_own_is_checked_on_its_group():
    table = tsv("구 분 | 인 원 |  |  | 예 산 | 횟 수", " | 계 | 남 | 여 |  | ", "현 황 | 30 | 10 | 20 | 1,500 | 12")
    assert summary(table) == []
    assert summary(table.replace("\t30\t", "\t31\t")) == [("sum.table", "현 황", "인 원 계", "30", "31")]


def test_a_total_column_most_rows_do_not_add_up_to_is_still_no_row_total():
    table = tsv("구 분 | 계 | 예산 | 인원", "가 | 25 | 1,000 | 10", "나 | 10 | 300 | 2")
    assert summary(table) == []


@pytest.mark.parametrize("label", ["연 도", "구 분", "년도"])
def test_rows_labelled_by_their_year_alone_are_checked(label):
    # before, a first column of bare years (`2023`) read as figures: the table had no row labels and was not
    # checked at all
    table = tsv(f"{label} | 계 | 국내 | 국외", "계 | 22 | 12 | 10", "2023 | 10 | 6 | 4", "2024 | 12 | 6 | 6")
    assert summary(table) == []
    assert summary(table.replace("6\t6", "6\t5")) == [("sum.table", "2024", "국외", "6", "5")]


def test_a_total_column_in_a_table_of_figures_alone_is_checked():
    # before, a table with no column of row labels was not checked at all; its row is named by its place
    table = tsv("계 | 남 | 여", "31 | 10 | 20")
    (finding,) = run_checks(read(table))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "1행", "계", "30", "31")
    assert finding.message == "'1행' 행의 계 값이 같은 행 항목들의 합과 다릅니다 (표기 31, 합계 30)"
    assert summary(table.replace("31", "30")) == []


def test_a_total_of_two_columns_that_is_one_of_them_is_a_wrong_figure():
    # before, a 계 that every row made without one column was taken for a sum of the others, also of one other
    assert summary(ONE_ROW.replace("31", "20")) == [("sum.table", "현 원", "계", "30", "20")]
