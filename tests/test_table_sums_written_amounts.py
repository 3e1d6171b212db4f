"""A table whose money cells write their amounts out, each in a unit of its own (`45억원`, `32억 1,000만원`,
`9,000만원`), as a table of 출연금 or 계약 printing no `(단위: …)` does: its 계 row, 계 column and changes are
checked in won (`sum.table`). Before, a column printing two such units read as no figures, and nothing was
checked."""

import pytest

from checks import run_checks
from extractors import extract_report
from tests.layouts import read_first_part

COVER = "제275회 한빛구의회 제1차 정례회\n\n# 2022년 주요업무 보고\n\n## 일자리경제과\n\n# Ⅰ. 일반현황\n\n"
GRANTS = """\
## 1. 출연금 현황

| 출연기관 | 2021년 | 2022년 | 증감 | 비고 |
|---|---|---|---|---|
| 계 | 45억원 | 52억 5,000만원 | 7억 5,000만원 | |
| (재)한빛일자리재단 | 32억 1,000만원 | 38억원 | 5억 9,000만원 | |
| 한빛신용보증 | 12억 9,000만원 | 14억 5,000만원 | 1억 6,000만원 | |
"""


def errors_of(body: str):
    report = extract_report(read_first_part(COVER, body, "t.md"))
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report) if f.severity == "error"]


@pytest.mark.parametrize("body", [
    GRANTS,
    GRANTS.replace("|---|---|---|---|---|", "|:---|---:|---:|---:|:---|"),
    GRANTS.replace("7억 5,000만원", "7.5억원"),
    GRANTS.replace("| 1억 6,000만원 |", "| 16,000만원 |"),
])
def test_written_amounts_that_add_up_are_no_error(body):
    assert errors_of(body) == []


def test_a_wrong_total_of_written_amounts_is_found_in_won():
    assert errors_of(GRANTS.replace("| 계 | 45억원 |", "| 계 | 46억원 |")) == [
        ("sum.table", "계", "2021년", "4,500,000,000원", "4,600,000,000원")]


def test_a_wrong_change_of_written_amounts_is_found_on_its_row():
    assert errors_of(GRANTS.replace("| 5억 9,000만원 |", "| 5억 8,000만원 |")) == [
        ("sum.table", "(재)한빛일자리재단", "증감", "590,000,000원", "580,000,000원")]


CONTRACTS = """\
## 2. 계약 현황

| 계약명 | 계약금액 | 기성액 | 잔액 |
|---|---|---|---|
| 계 | 1억 9,430만원 | 9,430만원 | 1억원 |
| 회의록 속기 용역 | 4,800만원 | 2,400만원 | 2,400만원 |
| 인터넷 생중계 유지보수 | 1억 2,650만원 | 6,000만원 | 6,650만원 |
| 의정소식지 제작 | 1,980만원 | 1,030만원 | 950만원 |
"""


def test_a_wrong_remainder_of_written_amounts_is_found():
    assert errors_of(CONTRACTS) == []
    assert errors_of(CONTRACTS.replace("| 6,650만원 |", "| 6,550만원 |")) == [
        ("sum.table", "인터넷 생중계 유지보수", "잔액", "66,500,000원", "65,500,000원")]


def test_figures_beside_written_amounts_are_not_added_to_them():
    body = GRANTS.replace("| 7억 5,000만원 |", "| 75,000 |")
    assert [e for e in errors_of(body) if e[2] == "증감"] == []
