"""sum.table where a total is merged over a group of columns of its own, as each other group is (`계` over
`건수 | 금액` beside `회 수` and `추 징` over theirs, in 감사 처분, 체납 징수, 과태료 부과 tables): its column of
each sub-label is, row by row, the sum of the like-named columns of the other groups (`계 건수` of every group's
`건수`, letter-spaced too); a sub-label no other group prints, or a rate, is no part. The transposed table (rows
`계 / 건수`, `계 / 금액`) sums every group's row of its sub-label the same way."""

import pytest

from checks import run_checks
from tests.test_generic_headers import LAYOUT_IDS, LAYOUTS
from tests.test_generic_variants import read, summary


def table(unit: str | None, *rows: str) -> str:
    """A tab-separated table (the layouts print it as pipes, HTML or space-aligned) under its `(단위: …)` line."""
    return ("□ 추진실적\n\n" + (f"(단위: {unit})\n\n" if unit else "")
            + "\n".join(row.replace(" | ", "\t") for row in rows) + "\n")


# 감사 처분: the 계 merged over `건수 | 금액` as 회 수, 추 징 and 기 타 are; one sub-label letter-spaced (`건 수`)
DISPOSITIONS = table("건, 천원", "구 분 | 계 |  | 회 수 |  | 추 징 |  | 기 타 | ",
                     " | 건수 | 금액 | 건 수 | 금액 | 건수 | 금 액 | 건수 | 금액",
                     "계 | 25 | 90,000 | 14 | 50,000 | 8 | 34,500 | 3 | 5,500",
                     "종합감사 | 15 | 55,000 | 8 | 30,000 | 5 | 22,000 | 2 | 3,000",
                     "특정감사 | 10 | 35,000 | 6 | 20,000 | 3 | 12,500 | 1 | 2,500")


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_total_group_adding_up_gives_no_finding(layout):
    assert summary(DISPOSITIONS, layout) == []


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_total_group_s_count_is_the_other_groups_counts(layout):
    # before, `계 건수` was only checked down its column: a row's 계 that its groups' 건수 do not make (10, not
    # 11) was found by the 계 row alone, as a wrong sum of the rows (26 ≠ 25), never on its own row; now on its own
    # row alone, the 계 row's 25 right of the 15 it should print
    wrong = DISPOSITIONS.replace("종합감사\t15\t", "종합감사\t16\t")
    assert summary(wrong, layout) == [("sum.table", "종합감사", "계 건수", "15", "16")]


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_total_group_s_amount_is_the_other_groups_amounts(layout):
    wrong = DISPOSITIONS.replace("\t10\t35,000\t", "\t10\t36,000\t")
    assert summary(wrong, layout) == [("sum.table", "특정감사", "계 금액", "35,000천원", "36,000천원")]


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_wrong_part_under_a_total_row_and_a_total_group_is_one_finding(layout):
    # the 계 row misses it down its column and `계 건수` along its row, by the same 1: the part is wrong
    # (before, only the 계 row's sum was told, 5 + 3 ≠ 9)
    wrong = DISPOSITIONS.replace("\t5\t22,000", "\t6\t22,000")
    assert summary(wrong, layout) == [("sum.table", "종합감사", "추 징 건수", "5", "6")]


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_wrong_corner_of_a_total_group_is_one_finding(layout):
    # the 계 row's 계 건수 is both the rows' sum and its groups' sum (25): one finding says both
    wrong = DISPOSITIONS.replace("계\t25\t", "계\t27\t")
    assert summary(wrong, layout) == [("sum.table", "계", "계 건수", "25", "27")]
    (finding,) = run_checks(read(wrong, layout))
    assert finding.message == ("'계' 행의 계 건수 값이 같은 행 항목들의 합과도, 해당 행들의 합과도 다릅니다 "
                               "(표기 27, 합계 25)")  # before, the rows' sum alone


def test_only_like_named_sub_labels_are_summed():
    # 내국인 and 외국인 print `계 | 남 | 여`, 세 대 its `세대수` alone: the 계 group's 남 is every group's 남, its
    # 계 its own 남 and 여, as ever; the 세대수 is no part of anything
    population = table("명, 세대", "구 분 | 계 |  |  | 내국인 |  |  | 외국인 |  |  | 세 대",
                       " | 계 | 남 | 여 | 계 | 남 | 여 | 계 | 남 | 여 | 세대수",
                       "당산동 | 1,000 | 480 | 520 | 900 | 430 | 470 | 100 | 50 | 50 | 450",
                       "문래동 | 800 | 390 | 410 | 760 | 370 | 390 | 40 | 20 | 20 | 380")
    assert summary(population) == []
    assert summary(population.replace("\t390\t410\t", "\t392\t408\t")) == [
        ("sum.table", "문래동", "계 남", "390", "392"), ("sum.table", "문래동", "계 여", "410", "408")]


def test_a_rate_under_every_group_is_no_sum():
    # each group's 처리율 is its own rate, no part of the 계's (80.0 is no 75.0 + 85.0)
    rates = table("건, %", "구 분 | 계 |  | 회 수 |  | 추 징 | ",
                  " | 건수 | 처리율(%) | 건수 | 처리율(%) | 건수 | 처리율(%)",
                  "종합감사 | 20 | 80.0 | 12 | 75.0 | 8 | 85.0", "특정감사 | 10 | 90.0 | 6 | 100.0 | 4 | 75.0")
    assert summary(rates) == []
    assert summary(rates.replace("\t12\t", "\t13\t")) == [("sum.table", "종합감사", "계 건수", "21", "20")]


# The same table transposed: each group's rows `건수` and `금액`, the 계's summing every group's of its label
TRANSPOSED = table("건, 천원", "구 분 | 항 목 | 2023 | 2024", "계 | 건수 | 25 | 30", " | 금액 | 90,000 | 95,000",
                   "회 수 | 건 수 | 14 | 20", " | 금액 | 50,000 | 60,000", "추 징 | 건수 | 11 | 10",
                   " | 금 액 | 40,000 | 35,000")


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_transposed_total_group_sums_every_group_s_row_of_its_label(layout):
    # before, a letter-spaced `건 수` was no 건수: the 계's 건수 summed 추 징's alone (expected 11, 10)
    assert summary(TRANSPOSED, layout) == []
    assert summary(TRANSPOSED.replace("건 수\t14\t", "건 수\t13\t"), layout) == [
        ("sum.table", "계 / 건수", "2023", "24", "25")]


def test_a_running_total_group_beside_years_is_no_sum_of_theirs():
    # a 누계 may count from before the first year, as a 누계 column alone does: no sum of 2023's and 2024's
    # (before the 누계 was merged over `건수 | 인원`, it was summed, 13 ≠ 40)
    running = table("건, 명", "구 분 | 2023 |  | 2024 |  | 누 계 | ", " | 건수 | 인원 | 건수 | 인원 | 건수 | 인원",
                    "교 육 | 8 | 300 | 5 | 220 | 40 | 900")
    assert summary(running) == []


def test_a_running_total_group_beside_months_is_their_sum():
    # beside months a 누계 is their sum, even where most rows do not add up
    months = table("건, 명", "구 분 | 1월 |  | 2월 |  | 누 계 | ", " | 건수 | 인원 | 건수 | 인원 | 건수 | 인원",
                   "교 육 | 8 | 300 | 5 | 220 | 13 | 520", "상 담 | 3 | 30 | 5 | 20 | 8 | 50",
                   "기 타 | 3 | 30 | 5 | 20 | 8 | 50")
    assert summary(months) == []
    wrong = months.replace("\t8\t50\n", "\t8\t60\n")
    assert summary(wrong) == [("sum.table", "상 담", "누 계 인원", "50", "60"),
                              ("sum.table", "기 타", "누 계 인원", "50", "60")]


def test_a_letter_spaced_plan_is_no_total_group():
    # `계 획` (계획 letter-spaced) begins with a total's letters but no other column prints its `획`: a part of
    # the row's 계 as ever (before this check's group totals took it for one and left it out, the 계 had one
    # part left and was not checked)
    plans = table("건", "구 분 | 계 | 계 획 | 변 경", "교 육 | 50 | 30 | 20")
    assert summary(plans) == []
    assert summary(plans.replace("\t50\t", "\t60\t")) == [("sum.table", "교 육", "계", "50", "60")]
