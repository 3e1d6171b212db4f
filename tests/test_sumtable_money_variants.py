"""sum.table where counts and money share a table (`(단위: 건, 천원)`): a column whose word names an amount
(`금액`, `체납액`, `예산`) is no part of a 계 or 소계 of counts beside it, as a column that prints its own unit
(`금액(천원)`) is not; in a table of money alone every column is an amount and its 계 is summed as ever."""

import pytest

from tests.test_generic_variants import summary


def md(unit: str | None, *rows: str) -> str:
    """A pipe table (a header row may leave cells blank, as a merged label does) under its `(단위: …)` line."""
    cells = [row.split(" | ") for row in rows]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + "---|" * len(cells[0]))
    return "□ 추진실적\n\n" + (f"(단위: {unit})\n\n" if unit else "") + "\n".join(lines) + "\n"


def dispositions(amount: str = "금액", unit: str | None = "건, 천원", special: str = "10") -> str:
    """The audit table of the repro: 재정상 over `소계 | 회수 | 추징 | 금액`; 특정감사's 소계 is `special`."""
    return md(unit, "구 분 | 처분 계 | 재 정 상 | | | ", f" | | 소계 | 회수 | 추징 | {amount}",
              "계 | 60 | 22 | 14 | 8 | 84,500", "종합감사 | 35 | 13 | 8 | 5 | 52,000",
              f"특정감사 | 25 | {special} | 6 | 3 | 32,500")


def test_a_group_s_subtotal_of_counts_leaves_out_the_group_s_amount():
    # before, the 금액 was a part of the 소계, no row added up and only the 계 row's sum was told (23≠22); the 계
    # row's 22 is right of the 9 특정감사 should print, so it is not blamed with it
    assert summary(dispositions()) == [("sum.table", "특정감사", "재 정 상 소계", "9", "10")]
    assert summary(dispositions(special="9")) == []


@pytest.mark.parametrize(("amount", "unit"), [
    ("금 액", "건, 천원"), ("액수", "건, 천원"), ("추징액", "건, 백만원"), ("예산", "건, 천원"),
    ("금액", None),  # no unit line: an amount is money all the same
    ("금액", "건")])
def test_any_word_of_an_amount_is_left_out(amount, unit):
    assert summary(dispositions(amount, unit)) == [("sum.table", "특정감사", "재 정 상 소계", "9", "10")]


@pytest.mark.parametrize("other", ["비율(%)", "금액(천원)"])
def test_a_rate_or_an_amount_with_its_unit_is_left_out_as_before(other):
    assert summary(dispositions(other)) == [("sum.table", "특정감사", "재 정 상 소계", "9", "10")]


def test_a_total_column_of_the_row_leaves_out_an_amount_after_its_counts():
    # before, one row that did not add up was a wrong 계 by the amount in it (expected 52,013)
    table = md("건, 천원", "구 분 | 계 | 회수 | 추징 | 금액", "종합감사 | 14 | 8 | 5 | 52,000")
    assert summary(table) == [("sum.table", "종합감사", "계", "13", "14")]
    assert summary(table.replace("| 14 |", "| 13 |")) == []


def test_a_total_beside_a_count_and_an_amount_is_no_sum_of_them():
    # `계 | 건수 | 금액`: a 계 of one count is no sum (before, the row was summed with its amount)
    assert summary(md("건, 천원", "구 분 | 계 | 건수 | 금액", "체 납 | 5 | 5 | 12,000")) == []


def test_a_group_of_people_leaves_out_the_money_paid_to_them():
    table = md("명, 백만원", "구 분 | 지 원 인 원 | | | ", " | 계 | 남 | 여 | 지원액",
               "청 년 | 120 | 50 | 60 | 300")
    assert summary(table) == [("sum.table", "청 년", "지 원 인 원 계", "110", "120")]


@pytest.mark.parametrize("parts", ["국비 | 구비", "보조금 | 자부담액", "부과액 | 감면액"])
def test_a_table_of_money_alone_sums_every_amount(parts):
    # under `(단위: 천원)` every column is an amount, whatever its word: the 계 sums them all
    table = md("천원", f"구 분 | 계 | {parts}", "경로당 운영 | 130,000 | 100,000 | 20,000")
    assert summary(table) == [("sum.table", "경로당 운영", "계", "120,000천원", "130,000천원")]


def test_a_group_of_amounts_in_a_table_of_counts_and_money_sums_its_amounts():
    table = md("건, 천원", "구 분 | 건수 | 예 산 액 | | ", " | | 계 | 국비 | 구비",
               "경로당 운영 | 12 | 130,000 | 100,000 | 20,000")
    assert summary(table) == [("sum.table", "경로당 운영", "예 산 액 계", "120,000", "130,000")]


def test_a_total_of_counts_before_pairs_of_a_count_and_an_amount_sums_the_counts():
    # each kind over `건수 | 금액` (as `체납액` over them reads `체납액 금액`): the 계 before them sums the 건수;
    # before, it was summed with the amounts, no row added up and no row was checked
    table = md("건, 천원", "구 분 | 계 | 회 수 | | 추 징 | ", " | | 건수 | 금액 | 건수 | 금액",
               "계 | 22 | 14 | 50,000 | 8 | 34,500", "종합감사 | 13 | 8 | 30,000 | 5 | 22,000",
               "특정감사 | 10 | 6 | 20,000 | 3 | 12,500")
    assert summary(table) == [("sum.table", "특정감사", "계", "9", "10")]
    assert summary(table.replace("| 10 |", "| 9 |")) == []
