"""Vehicles: a finding on a table of fuels as rows over kinds as columns names the cell as the table prints it.

The extractor reads `구 분 | 계 | 압축진개차 | 노면청소차` over `경 유 | …`, `C N G | …`, `계 | …`
as the kinds' counts by fuel (`_fuels_as_columns`: each kind a category, each fuel its column), so that its sums
are the kinds-as-rows table's. A finding then named the kind as its row and the fuel as its column
(`압축진개차 / 경유`), the other way round from the print. Now the fleet keeps the orientation (`fuels_as_rows`)
and a finding's row, column and message name the cell as printed: row `경유`, column `압축진개차`; a kind's 소계
is the 계 row's, a fuel's total its row's 계. The same table printed with kinds as rows is named as before.
"""

import pytest

from checks import run_checks
from tests.test_fleet107 import report
from tests.test_vehicles_more import LAYOUTS

# a 자원순환과's trucks by kind and fuel, printed with fuels as rows and with kinds as rows: one fleet, 13 held
ACROSS = "구 분\t계\t압축진개차\t노면청소차\n계\t13\t9\t4\n경 유\t8\t5\t3\nC N G\t5\t4\t1\n"
DOWN = "구 분\t계\t경 유\tC N G\n계\t13\t8\t5\n압축진개차\t9\t5\t4\n노면청소차\t4\t3\t1\n"
# the same trucks with their 정수 and 과부족, each status over the kinds, fuels as rows
STATUSES_ACROSS = (
    "구 분\t정 수\t\t\t보 유\t\t\t과부족\t\t\n"
    "\t계\t압축진개차\t노면청소차\t계\t압축진개차\t노면청소차\t계\t압축진개차\t노면청소차\n"
    "계\t14\t10\t4\t13\t9\t4\t△1\t△1\t-\n경 유\t9\t6\t3\t8\t5\t3\t△1\t△1\t-\nC N G\t5\t4\t1\t5\t4\t1\t-\t-\t-\n")


def sums(r) -> list[tuple]:
    return [(f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r) if f.rule == "sum.vehicles"]


def test_the_orientation_is_kept_and_the_tables_as_printed_raise_nothing():
    assert report(ACROSS).vehicles[0].fuels_as_rows
    assert not report(DOWN).vehicles[0].fuels_as_rows
    for table in (ACROSS, DOWN, STATUSES_ACROSS):
        assert sums(report(table)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_cell_of_a_fuel_and_kind_is_named_by_its_printed_row_and_column(layout):
    # CNG's 압축진개차 printed 3 where the 계 row's 9 less 경유's 5 is 4
    across = report(ACROSS.replace("C N G\t5\t4", "C N G\t5\t3"), layout)
    # before: row 압축진개차, column CNG, `압축진개차 CNG 대수가 …`
    assert sums(across) == [("CNG", "압축진개차", "4", "3",
                             "CNG 압축진개차 대수가 표의 합계·과부족과 맞지 않습니다 (표기 3대, 그 셈에 맞는 값 4대)")]
    down = report(DOWN.replace("압축진개차\t9\t5\t4", "압축진개차\t9\t5\t3"), layout)
    assert sums(down) == [("압축진개차", "CNG", "4", "3",
                           "압축진개차 CNG 대수가 표의 합계·과부족과 맞지 않습니다 (표기 3대, 그 셈에 맞는 값 4대)")]


def test_a_kinds_total_is_the_계_rows_cell_where_fuels_are_the_rows():
    across = report(ACROSS.replace("계\t13\t9", "계\t13\t10"))
    # before: row 압축진개차, column 소계, `압축진개차 소계가 …`: no 소계 is printed
    assert sums(across) == [("계", "압축진개차", "9", "10",
                             "계 행의 압축진개차이(가) 경유·CNG 대수의 합과 다릅니다 (표기 10대, 합계 9대)")]
    down = report(DOWN.replace("압축진개차\t9", "압축진개차\t10"))
    # its 계 column as printed (fleet121; before, `소계`)
    assert sums(down) == [("압축진개차", "계", "9", "10",
                           "압축진개차 계가 경유·CNG 대수의 합과 다릅니다 (표기 10대, 합계 9대)")]


def test_a_fuels_total_is_its_rows_계_where_fuels_are_the_rows():
    across = report(ACROSS.replace("경 유\t8", "경 유\t9"))
    # before: row 계, column 경유, `계 행의 경유이(가) 분류별 경유의 합과 …`
    assert sums(across) == [("경유", "계", "8", "9",
                             "경유 행의 계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]
    down = report(DOWN.replace("계\t13\t8", "계\t13\t9"))
    assert sums(down) == [("계", "경유", "8", "9",
                           "계 행의 경유이(가) 분류별 경유의 합과 다릅니다 (표기 9대, 합계 8대)")]


def test_the_grand_total_names_the_계_rows_kinds_where_fuels_are_the_rows():
    across = report(ACROSS.replace("계\t13", "계\t14"))
    # before: `총계가 분류별 소계의 합과 …`, no 소계 being printed
    assert sums(across) == [("계", "계", "13", "14",
                             "총계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 14대, 합계 13대)")]
    down = report(DOWN.replace("계\t13", "계\t14"))
    # the kinds' totals, printed under 계, no 소계 (fleet121; before, `분류별 소계`)
    assert sums(down) == [("계", "계", "13", "14",
                           "총계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 14대, 합계 13대)")]


def test_a_wrong_shortfall_and_quota_are_named_as_printed():
    shortfall = report(STATUSES_ACROSS.replace("경 유\t9\t6\t3\t8\t5\t3\t△1\t△1", "경 유\t9\t6\t3\t8\t5\t3\t△1\t-"))
    # before: row 압축진개차, column `과부족 경유`
    assert sums(shortfall) == [("경유", "과부족 압축진개차", "-1", "0", "경유 압축진개차 과부족이 보유 − 정수와"
                                " 다릅니다 (표기 0대, 보유 5대 − 정수 6대 = △1대)")]
    quota = report(STATUSES_ACROSS.replace("C N G\t5\t4\t1", "C N G\t6\t4\t1"))
    # before: row 계, column `정수 CNG`
    assert sums(quota) == [("CNG", "정수 계", "5", "6",
                            "정수 CNG 행의 계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 6대, 합계 5대)")]


def test_categories_as_columns_over_fuels_are_named_as_printed():
    """The law's categories as columns over fuels as rows are read the same way, and named so too."""
    table = "구 분\t계\t승 용\t승 합\n계\t7\t4\t3\n휘발유\t3\t2\t1\n전 기\t4\t2\t2\n"
    assert sums(report(table)) == []
    assert sums(report(table.replace("전 기\t4\t2\t2", "전 기\t4\t2\t3"))) == [
        ("전기", "승합", "2", "3", "전기 승합 대수가 표의 합계·과부족과 맞지 않습니다 (표기 3대, 그 셈에 맞는 값 2대)")]


def test_a_fuel_printed_two_ways_as_rows_is_named_on_its_row():
    """`경 유 | 디 젤` are one fuel, one count of their sum (`_on_printed_cells`): the wrong cell is named by its own
    row, as printed."""
    table = "구 분\t계\t압축진개차\t노면청소차\n계\t13\t9\t4\n경 유\t5\t3\t2\n디 젤\t3\t2\t1\nC N G\t5\t4\t1\n"
    assert sums(report(table)) == []
    assert sums(report(table.replace("디 젤\t3\t2", "디 젤\t3\t3"))) == [
        ("디젤", "압축진개차", "2", "3",
         "디젤 압축진개차 대수가 표의 합계·과부족과 맞지 않습니다 (표기 3대, 그 셈에 맞는 값 2대)")]
    assert sums(report(table.replace("디 젤\t3", "디 젤\t4"))) == [
        ("디젤", "계", "3", "4", "디젤 행의 계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 4대, 합계 3대)")]
