"""sum.table on which rows are the parts of a 계 row: 계/남/여 sub-rows under every group, groups of one row that
print no 소계, "of which" rows under the row they break down; and on which columns a 계 column sums where a
column before it counts something else (`세 대 | 계 | 남 | 여`)."""

import pytest

from tests.test_generic_headers import LAYOUT_IDS, LAYOUTS
from tests.test_generic_variants import summary, tsv

# 성별 as sub-rows of every 구분, the table's own 계 too (연령별 노인 인구)
SEX_ROWS = tsv("구 분 | 성 별 | 인 원 | 독거노인", "계 | 계 | 58,400 | 14,200", " | 남 | 25,100 | 4,800",
               " | 여 | 33,300 | 9,400", "65~74세 | 계 | 33,100 | 6,100", " | 남 | 15,600 | 2,300",
               " | 여 | 17,500 | 3,800", "75~84세 | 계 | 19,200 | 5,600", " | 남 | 7,800 | 1,800",
               " | 여 | 11,400 | 3,800", "85세 이상 | 계 | 6,100 | 2,500", " | 남 | 1,700 | 700",
               " | 여 | 4,400 | 1,800")


def test_total_group_rows_sum_the_same_rows_of_the_other_groups():
    # before, the table's 계 was taken for the sum of every 남 and 여 row, its own group's too: twice its value
    assert summary(SEX_ROWS) == []


def test_a_wrong_figure_in_the_total_group_is_found_at_its_cell():
    # before, only the false doubled 계 (expected 116,710) was found, never the 남 row; then the 계 / 계 too
    # (expected 58,310), though it is the sum of the 남 the groups make and the 여
    wrong = SEX_ROWS.replace("25,100", "25,010")
    assert sorted(summary(wrong)) == [("sum.table", "계 / 남", "인 원", "25,100", "25,010")]


def test_a_wrong_figure_in_a_group_is_found_by_its_group_and_the_total_group():
    wrong = SEX_ROWS.replace("15,600", "15,500")
    assert sorted(summary(wrong)) == [("sum.table", "65~74세 / 계", "인 원", "33,000", "33,100"),
                                      ("sum.table", "계 / 남", "인 원", "25,000", "25,100")]



def test_a_total_with_a_label_no_other_group_prints_sums_the_table():
    # a note beside the 계 (`3개소`) names no rows of the other groups: the 계 is the table's
    table = tsv("시설명 | 위 치 | 면 적", "계 | 3개소 | 1,200", "가 공원 | 여의동 | 500", "나 공원 | 당산동 | 400",
                "다 공원 | 문래동 | 300")
    assert summary(table) == []
    assert summary(table.replace("1,200", "1,300")) == [("sum.table", "계 / 3개소", "면 적", "1,200", "1,300")]


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_total_group_rows_in_every_layout(layout):
    assert summary(SEX_ROWS, layout) == []
    assert summary(SEX_ROWS.replace("25,100", "25,010"), layout) == [
        ("sum.table", "계 / 남", "인 원", "25,100", "25,010")]


def test_total_group_rows_at_the_foot_of_the_table():
    table = tsv("구 분 | 성 별 | 인 원", "65~74세 | 계 | 33,100", " | 남 | 15,600", " | 여 | 17,500",
                "75세 이상 | 계 | 25,300", " | 남 | 9,500", " | 여 | 15,800",
                "합 계 | 계 | 58,400", " | 남 | 25,100", " | 여 | 33,300")
    assert summary(table) == []
    # the 합 계 / 계 adds up over the 여 the groups make: one finding (before, it too, expected 58,500)
    assert summary(table.replace("33,300", "33,400")) == [("sum.table", "합 계 / 여", "인 원", "33,300", "33,400")]

# 근린공원 and 어린이공원 print a 소계; 소공원 and 문화공원, one row each, print none
PARKS = tsv("구 분 | 세 부 | 개소 | 면 적", "계 |  | 58 | 1,402,300", "근린공원 | 소계 | 14 | 1,010,000",
            " | 대규모 | 4 | 720,000", " | 소규모 | 10 | 290,000", "어린이공원 | 소계 | 38 | 262,300",
            " | 놀이형 | 30 | 200,300", " | 테마형 | 8 | 62,000", "소공원 |  | 5 | 90,000", "문화공원 |  | 1 | 40,000")


def test_groups_that_print_no_subtotal_are_parts_of_the_total():
    # before, the 계 was taken for the sum of the subtotals alone (expected 52 and 1,272,300)
    assert summary(PARKS) == []
    assert summary(PARKS.replace("문화공원\t\t1\t", "문화공원\t\t2\t")) == [("sum.table", "계", "개소", "59", "58")]
    assert summary(PARKS.replace("\t10\t290,000", "\t11\t290,000")) == [
        ("sum.table", "근린공원 / 소계", "개소", "15", "14")]


def _recipients(sub_row: str) -> str:
    return tsv("구 분 | 가구 | 인원", "계 | 14,210 | 18,920", "일반수급자 | 12,800 | 17,200",
               f"{sub_row} | 1,120 | 1,300", "시설수급자 | 1,410 | 1,720")


@pytest.mark.parametrize("sub_row", ["- 조건부수급자", "(내) 조건부수급자", "└ 조건부수급자", "· 조건부", "그중 조건부",
                                     "ㄴ조건부수급자"])
def test_an_of_which_row_is_no_part_of_the_total(sub_row):
    # before, the row that breaks down the one above it was summed into the 계 (expected 15,330)
    assert summary(_recipients(sub_row)) == []
    wrong = _recipients(sub_row).replace("14,210", "14,310")
    assert summary(wrong) == [("sum.table", "계", "가구", "14,210", "14,310")]


def test_an_of_which_row_in_a_group_is_no_part_of_its_subtotal():
    table = tsv("구 분 | 세 부 | 인 원", "계 |  | 100", "수급자 | 소계 | 70", " | 일반 | 50", " | └ 조건부 | 20",
                " | 시설 | 20", "차상위 |  | 30")
    assert summary(table) == []
    assert summary(table.replace("\t시설\t20", "\t시설\t21")) == [
        ("sum.table", "수급자 / 소계", "인 원", "71", "70")]


def test_rows_marked_as_items_under_the_total_are_its_parts():
    # a dash before every item under the 계 marks a list, not rows that break down the one above
    table = tsv("구 분 | 건 수", "계 | 12", "- 여권 발급 | 3", "- 제증명 발급 | 9")
    assert summary(table) == []
    assert summary(table.replace("\t9\n", "\t8\n")) == [("sum.table", "계", "건 수", "11", "12")]
    # nor does a row of a label alone, which prints no figure to break down
    table = tsv("구 분 | 건 수", "계 | 12", "민원 발급 | ", "- 여권 발급 | 3", "- 제증명 발급 | 9")
    assert summary(table) == []
    assert summary(table.replace("\t9\n", "\t8\n")) == [("sum.table", "계", "건 수", "11", "12")]


HOUSEHOLDS = tsv("동 별 | 세 대 | 계 | 남 | 여", "계 | 60,200 | 128,700 | 62,400 | 66,300",
                 "가동 | 20,100 | 43,000 | 20,900 | 22,100", "나동 | 18,000 | 38,500 | 18,700 | 19,800",
                 "다동 | 22,100 | 47,200 | 22,800 | 24,400")


def test_a_total_column_sums_the_columns_after_it_not_a_count_before_it():
    assert summary(HOUSEHOLDS) == []
    # a wrong 계 cell is found on its row (before, every row failed 세 대 + 남 + 여, and nothing was checked), and
    # the 계 row's 128,700, right of the 38,500 it should print, is not blamed with it
    assert summary(HOUSEHOLDS.replace("38,500", "38,400")) == [("sum.table", "나동", "계", "38,500", "38,400")]




def test_a_wrong_part_is_found_on_its_row_as_on_its_column():
    # before, only the 계 row was blamed (계 / 여 expected 65,580): the 나동 row's 계 failed 세 대 + 남 + 여 as
    # every row did, and the 계 column was not checked. Then the 나동 row's 계 missed 남 + 여 by 720 as the 여
    # column's 계 missed its rows: two findings on the totals. Now the one on the part they point at
    assert summary(HOUSEHOLDS.replace("19,800", "19,080")) == [("sum.table", "나동", "여", "19,800", "19,080")]


def test_a_total_column_of_its_first_columns_alone():
    """`계 | 국공립 | 민간 | 가정` before `정원 | 현원`: the 계 sums the kinds right after it, the other figures count
    something else (before, expected 10,320 for 120 in a table of one row)."""
    daycare = tsv("구 분 | 계 | 국공립 | 민간 | 가정 | 정원 | 현원", "개소 | 120 | 40 | 30 | 50 | 5,400 | 4,800")
    assert summary(daycare) == []
    # where they do not add up, which columns it sums is not known: all the figures after it
    assert summary(daycare.replace("\t40\t", "\t41\t")) == [("sum.table", "개소", "계", "10,321", "120")]
