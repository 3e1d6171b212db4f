"""sum.table on the cells a grid's 계 row and 계 column share, and on a 계 column in a grid of few rows."""

from checks import run_checks
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


def test_a_wrong_corner_by_two_sums_is_a_finding_for_each():
    wrong = COMMITTEES.replace("계\t42", "계\t44").replace("공적심사위원회\t7", "공적심사위원회\t8")
    found = run_checks(read(wrong))
    assert [(f.row, f.column, f.expected, f.actual) for f in found] == [
        ("계", "계", "42", "44"), ("계", "계", "43", "44"), ("공적심사위원회", "계", "7", "8")]
    assert [f.message for f in found[:2]] == ["'계' 행의 계 값이 같은 행 항목들의 합과 다릅니다 (표기 44, 합계 42)",
                                              "'계' 행의 계 값이 해당 행들의 합과 다릅니다 (표기 44, 합계 43)"]


def test_a_total_column_of_each_group_sums_its_group():
    # before, a header of two groups of 계 | 남 | 여 had two 계 columns, and neither was checked
    table = tsv("구 분 | 교 육 |  |  | 상 담 |  | ", " | 계 | 남 | 여 | 계 | 남 | 여",
                "계 | 30 | 18 | 12 | 28 | 17 | 11", "본청 | 20 | 12 | 8 | 19 | 12 | 7", "동 | 10 | 6 | 4 | 9 | 5 | 4")
    assert summary(table) == []
    assert summary(table.replace("9\t5\t4", "9\t5\t3")) == [("sum.table", "계", "상 담 여", "10", "11"),
                                                           ("sum.table", "동", "상 담 계", "8", "9")]


def test_a_total_column_under_a_group_label_sums_its_group_alone():
    table = tsv("구 분 | 인 원 |  |  | 예 산 | 횟 수", " | 계 | 남 | 여 |  | ", "계 | 30 | 18 | 12 | 1,500 | 12",
                "본청 | 20 | 12 | 8 | 1,000 | 8", "동 | 10 | 6 | 4 | 500 | 4")
    assert summary(table) == []
    assert summary(table.replace("10\t6\t4", "10\t6\t3")) == [("sum.table", "계", "인 원 여", "11", "12"),
                                                             ("sum.table", "동", "인 원 계", "9", "10")]


def test_two_total_columns_of_no_group_are_not_guessed_at():
    table = tsv("구 분 | 계 | 남 | 여 | 합 계", "가 | 30 | 18 | 12 | 60", "나 | 20 | 12 | 8 | 40")
    assert summary(table) == []
