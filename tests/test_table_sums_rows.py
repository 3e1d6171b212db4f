"""sum.table on rows whose label says they are no counts (averages, rates, changes) and on a 계 column beside
columns of another unit."""

import pytest

from tests.test_generic_variants import summary, tsv

VISITS = tsv("구 분 | 계 | 상반기 | 하반기", "방문 건수 | 2,400 | 1,100 | 1,300")


# before, only a column's label was read for these words: a row of averages under a 계 column was summed
@pytest.mark.parametrize(("label", "figures"), [
    ("1일 평균", "10 | 9 | 11"), ("평균 연령", "62 | 60 | 63"), ("1가구당 평균(천원)", "1,100 | 1,200 | 1,000"),
    ("1인당 금액", "40 | 30 | 50"), ("구성비", "100 | 46 | 54"), ("점유율", "30 | 20 | 40"),
    ("증감률(%)", "10 | 10 | 10"), ("전년대비", "105 | 103 | 107")])
def test_a_row_of_averages_rates_or_shares_is_no_row_total(label, figures):
    assert summary(VISITS + f"{label}\t{figures.replace(' | ', chr(9))}\n") == []
    wrong = VISITS.replace("2,400", "2,500") + f"{label}\t{figures.replace(' | ', chr(9))}\n"
    assert summary(wrong) == [("sum.table", "방문 건수", "계", "2,400", "2,500")]


def test_a_row_of_decimal_averages_leaves_the_total_column_checked():
    # before, the average's decimal made the 계 column no column of counts, and nothing in it was checked
    table = VISITS.replace("2,400", "2,500") + "1일 평균\t10.5\t9.0\t12.0\n"
    assert summary(table) == [("sum.table", "방문 건수", "계", "2,400", "2,500")]


CASES = tsv("구 분 | 계 | 남 | 여", "계 | 300 | 120 | 180", "신 규 | 100 | 40 | 60", "계 속 | 200 | 80 | 120")


@pytest.mark.parametrize("row", ["평균 연령 | 62 | 60 | 63", "1인당 상담횟수 | 4 | 3 | 5"])
def test_a_row_of_averages_is_no_part_of_the_total_row(row):
    # before, the table's 계 row was taken for the sum of every other row, the average's too
    assert summary(CASES + row.replace(" | ", "\t") + "\n") == []


def test_a_row_of_changes_is_no_part_of_the_total_row_but_sums_its_own_changes():
    # the change of the 계 is the sum of the changes: that is still checked, across the row
    assert summary(CASES + "증 감\t20\t5\t15\n") == []
    assert summary(CASES + "전년대비 증감\t20\t5\t15\n") == []
    assert summary(CASES + "증 감\t25\t5\t15\n") == [("sum.table", "증 감", "계", "20", "25")]


def test_a_change_column_is_no_part_of_the_total_column():
    # before, the 계 was summed with the change (expected 28)
    assert summary(tsv("구 분 | 계 | 남 | 여 | 증감", "현 원 | 31 | 10 | 20 | △2")) == [
        ("sum.table", "현 원", "계", "30", "31")]


CENTRES = tsv("구 분 | 계 | 구립 | 사립 | 회원수(명)", "개 소 | 152 | 40 | 112 | 9,870")


def test_a_column_of_another_unit_is_no_part_of_the_total():
    # before, a wrong 계 was said to be 10,022, a sum with the members' count in it
    assert summary(CENTRES) == []
    assert summary(CENTRES.replace("152", "153")) == [("sum.table", "개 소", "계", "152", "153")]


def test_a_total_beside_a_count_and_an_amount_is_no_sum_of_them():
    # persons and money: the 계 that prints the amount is no sum of the two (before, an error, expected 351,200)
    assert summary(tsv("구 분 | 계 | 지원인원 | 지원금액(천원)", "2024년 | 350,000 | 1,200 | 350,000")) == []


@pytest.mark.parametrize(("total", "parts"), [("계(명)", "남 | 여"), ("계", "남(명) | 여(명)"),
                                                 ("계(명)", "남(명) | 여")])
def test_parts_in_the_total_s_unit_are_summed(total, parts):
    assert summary(tsv(f"구 분 | {total} | {parts}", "현 원 | 31 | 10 | 20")) == [
        ("sum.table", "현 원", total, "30", "31")]


def test_a_bracket_that_is_no_unit_leaves_its_column_a_part():
    table = tsv("구 분 | 계 | 정규직 | 무기계약 | 기간제(단시간)", "현 원 | 30 | 20 | 5 | 5")
    assert summary(table) == []
    assert summary(table.replace("30", "31")) == [("sum.table", "현 원", "계", "30", "31")]
