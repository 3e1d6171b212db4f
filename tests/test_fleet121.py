"""Vehicles: a row's total is named by the label the table prints over it, not the tool's word `소계`.

A kinds-as-rows table (`구 분 | 계 | 경 유 | C N G` over `압축진개차 | 20 | 12 | 8`) is read with each kind's total
as its `소계` (what the sums add up), and a finding named the column so: `압축진개차 / 소계`, a label the report prints
nowhere. Now each count keeps the label printed over it where it is another (`printed_kind`: `계`, `합계` of `합 계`),
and a finding names its column and its message so; where the table prints `소 계`, as before. The grand total's
parts, the kinds' totals printed under `계`, are named by their rows, not `분류별 소계`.
"""

import pytest

from checks import run_checks
from tests.test_fleet107 import report
from tests.test_vehicles_more import LAYOUTS

# a 청소행정과's trucks by kind as rows over fuels, 31 held; the label of the rows' totals put in
KINDS_OVER_FUELS = "구 분\t{total}\t경 유\tC N G\n계\t31\t19\t12\n압축진개차\t20\t12\t8\n노면청소차\t11\t7\t4\n"
# the same trucks with their 정수 and 과부족, each status over `합 계 | 경 유 | CNG`
STATUSES = ("구 분\t정 수\t\t\t보 유\t\t\t과부족\t\t\n\t합 계\t경 유\tCNG\t합 계\t경 유\tCNG\t합 계\t경 유\tCNG\n"
            "합 계\t12\t8\t4\t11\t7\t4\t△1\t△1\t-\n압축진개차\t8\t5\t3\t7\t4\t3\t△1\t△1\t-\n"
            "살수차\t4\t3\t1\t4\t3\t1\t-\t-\t-\n")
# offices as rows over the law's categories, `계` over each office's total
OFFICES = "부 서\t계\t승 용\t승 합\n계\t9\t5\t4\n총무과\t5\t3\t2\n자치행정과\t4\t2\t2\n"


def sums(r) -> list[tuple]:
    return [(f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r) if f.rule == "sum.vehicles"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("printed", "named"), [("계", "계"), ("합 계", "합계"), ("소 계", "소계")])
def test_a_kinds_total_is_named_by_its_printed_label(layout, printed, named):
    table = KINDS_OVER_FUELS.format(total=printed)
    assert sums(report(table, layout)) == []
    r = report(table.replace("압축진개차\t20", "압축진개차\t21"), layout)
    # before: column `소계`, `압축진개차 소계가 …`, whatever the table printed
    assert sums(r) == [("압축진개차", named, "20", "21",
                        f"압축진개차 {named}가 경유·CNG 대수의 합과 다릅니다 (표기 21대, 합계 20대)")]
    # what the sums add up stays the tool's 소계
    assert [(c.category, c.kind, c.printed_kind) for c in r.vehicles[0].counts if c.count == 21] == [
        ("화물 압축진개차", "소계", None if named == "소계" else named)]


@pytest.mark.parametrize(("printed", "named", "parts"), [
    ("계", "계", "압축진개차·노면청소차 대수"), ("합 계", "합계", "압축진개차·노면청소차 대수"),
    ("소 계", "소계", "분류별 소계")])
def test_the_grand_total_is_named_by_its_printed_column(printed, named, parts):
    r = report(KINDS_OVER_FUELS.format(total=printed).replace("계\t31", "계\t30"))
    # before: column `계` and `분류별 소계` where no 소계 is printed
    assert sums(r) == [("계", named, "31", "30", f"총계가 {parts}의 합과 다릅니다 (표기 30대, 합계 31대)")]


def test_a_wrong_quota_and_shortfall_of_a_kinds_total_are_named_as_printed():
    assert sums(report(STATUSES)) == []
    quota = report(STATUSES.replace("압축진개차\t8\t5", "압축진개차\t9\t5"))
    assert sums(quota) == [("압축진개차", "정수 합계", "8", "9",
                            "정수 압축진개차 합계가 경유·CNG 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]
    shortfall = report(STATUSES.replace("압축진개차\t8\t5\t3\t7\t4\t3\t△1", "압축진개차\t8\t5\t3\t7\t4\t3\t-"))
    # before: column `과부족 소계`, `압축진개차 소계 과부족이 …`
    assert sums(shortfall) == [("압축진개차", "과부족 합계", "-1", "0",
                                "압축진개차 합계 과부족이 보유 − 정수와 다릅니다"
                                " (표기 0대, 보유 7대 − 정수 8대 = △1대)")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_offices_total_is_its_계(layout):
    r = report(OFFICES.replace("총무과\t5", "총무과\t6"), layout)
    assert sums(r) == [("총무과", "계", "5", "6", "총무과 계가 차종별 대수의 합과 다릅니다 (표기 6대, 합계 5대)")]


def test_a_printed_소계_of_categories_over_kinds_is_named_as_before():
    """One row of figures under categories over kinds (`승 용` over `소 계 | 소 형`) prints its 소계: as before."""
    table = "구 분\t총 계\t승 용\t\t승 합\t\n\t\t소 계\t소 형\t소 계\t중 형\n대 수\t7\t4\t4\t3\t3\n"
    assert sums(report(table)) == []
    assert sums(report(table.replace("4\t4\t3", "5\t4\t3"))) == [
        ("승용", "소계", "4", "5", "승용 소계가 차종별 대수의 합과 다릅니다 (표기 5대, 합계 4대)")]


def test_fuels_as_rows_over_kinds_are_named_as_before():
    """A table printing fuels as rows names a kind's total the 계 row's cell (fleet118): no printed label kept."""
    table = "구 분\t합 계\t압축진개차\t살수차\n계\t12\t8\t4\n경 유\t7\t4\t3\nCNG\t5\t4\t1\n"
    r = report(table.replace("계\t12\t8", "계\t12\t9"))
    assert all(c.printed_kind is None for c in r.vehicles[0].counts)
    assert [f[:4] for f in sums(r)] == [("계", "압축진개차", "8", "9")]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("printed", "named"), [("계", "계"), ("총 계", "총계"), ("합 계", "합계")])
def test_the_계_row_is_named_by_its_printed_label(layout, printed, named):
    table = KINDS_OVER_FUELS.format(total="계").replace("\n계\t31", f"\n{printed}\t31")
    assert sums(report(table, layout)) == []
    # before: row `계` however printed
    assert sums(report(table.replace("\t31\t19", "\t31\t18"), layout)) == [
        (named, "경유", "19", "18", f"{named} 행의 경유이(가) 분류별 경유의 합과 다릅니다 (표기 18대, 합계 19대)")]
    assert sums(report(table.replace("\t31", "\t32"), layout)) == [
        (named, "계", "31", "32", "총계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 32대, 합계 31대)")]


def test_the_계_rows_quota_and_the_heading_are_named_as_printed():
    quota = report(STATUSES.replace("합 계\t12\t8", "합 계\t12\t9"))
    assert sums(quota) == [("합계", "정수 경유", "8", "9",
                            "정수 합계 행의 경유이(가) 분류별 경유의 합과 다릅니다 (표기 9대, 합계 8대)")]
    # the heading's 총11대 the kinds make too: the table's 계 the one wrong figure, as before
    wrong = report("□ 청소차량 현황 : 총 31대\n\n" + KINDS_OVER_FUELS.format(total="합 계").replace(
        "\n계\t31", "\n합 계\t32"))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(wrong)] == [
        ("sum.vehicles", "합계", "합계", "31", "32")]
