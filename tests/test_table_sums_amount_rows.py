"""A table of counts by row whose `(단위: 건, 천원)` also prints money, in a row naming an amount (`과태료 | 부과액`,
as a 단속 실적 table prints its fines under its counts): that row is neither a part of the 합계 nor summed by it,
as a column naming an amount is none of a 계 column's. Before, its 천원 were added to the 합계's 건 (`sum.table`
found the 합계 wrong in every column)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제296회 한빛구의회 제1차 정례회\n\n2024년 주요업무보고\n\n교통행정과\n\nⅠ. 일반현황\n\n"
ENFORCEMENT = "\n".join([
    "1. 단속 실적", "", "(2024. 5. 31. 기준, 단위: 건, 천원)",
    "구분\t\t2023년(1~5월)\t2024년(1~5월)\t증감\t증감률(%)",
    "합계\t\t70,120\t73,753\t3,633\t5.2",
    "주정차\t소계\t55,000\t53,635\t△1,365\t△2.5",
    "\t고정CCTV\t43,100\t41,230\t△1,870\t△4.3",
    "\t이동단속\t11,900\t12,405\t505\t4.2",
    "주민신고\t소계\t15,120\t20,118\t4,998\t33.1",
    "\t안전신문고\t12,000\t16,500\t4,500\t37.5",
    "\t생활불편\t3,120\t3,618\t498\t16.0",
    "과태료\t부과액\t1,984,000\t2,012,500\t28,500\t1.4",
]) + "\n"


def errors_of(body: str):
    report = extract_report(read_text("t.txt", (COVER + body + "\nⅡ. 주요업무 추진실적\n").encode()))
    return [(f.rule, f.row, f.column) for f in run_checks(report) if f.severity == "error"]


@pytest.mark.parametrize("body", [
    ENFORCEMENT,
    ENFORCEMENT.replace("과태료\t부과액", "과태료 부과액\t"),
    ENFORCEMENT.replace("과태료\t부과액\t1,984,000\t2,012,500\t28,500\t1.4",
                        "과태료\t부과액\t1,984,000\t2,012,500\t28,500\t1.4\n\t징수액\t1,402,000\t1,500,000\t98,000\t7.0"),
])
def test_an_amount_row_among_counts_is_no_part_of_their_total(body):
    assert errors_of(body) == []


def test_a_wrong_count_beside_an_amount_row_is_still_found():
    assert errors_of(ENFORCEMENT.replace("합계\t\t70,120", "합계\t\t70,220")) == [
        ("sum.table", "합계", "2023년(1~5월)")]


@pytest.mark.parametrize(("columns", "units", "expected"), [
    (("2023년", "2024년", "증감"), "건, 천원", {2}),
    (("건수", "금액"), "건, 천원", set()),  # a column names the amount: the rows are counted and summed as before
    (("2023년", "2024년", "증감"), "천원", set()),  # money alone: every row is an amount
    (("2023년", "2024년", "증감"), "건", set()),
])
def test_amount_rows_only_among_counts_by_row(columns, units, expected):
    from checks.tables import _amount_rows
    rows = [["단속", "소계"], ["", "고정CCTV"], ["과태료", "부과액"]]
    assert _amount_rows(rows, ("구분", "", *columns), units) == expected
