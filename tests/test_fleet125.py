"""Vehicles: a category's own 소계 printed beside its kinds, on rows of departments, is checked.

A table of departments as rows may print, under a category merged over its kinds, the category's own total
(`화 물` over `소 계 | 트럭 | 청소차`, or over `계`). Before, that column was dropped (the row's 계 counts the
vehicles already), so its figures were never checked: 화물 소계 5 over 트럭 2 + 청소차 2 raised nothing. Now it is
read apart (`VehicleFleet.subtotals`, not stored: the fleet's records are the same) and each row's printed 소계
must be its kinds' sum, a finding naming the row and the column as printed.

A table of fuels as rows over kinds (fleet118) named its 계 row and column `계` in a finding even where it printed
`합 계`; now as printed (`합계`), as a table of kinds as rows does (fleet121), what it stores the same.
"""

import pytest

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_fleet107 import report
from tests.test_vehicles_more import LAYOUTS

HEADING = "□ 공용차량 현황 - 총 14대\n\n(단위: 대)\n\n"
# two departments' vehicles under the law's categories over their kinds, each category's 소계 printed first
OFFICES = (HEADING + "구 분\t계\t승 용\t\t화 물\t\t\t특 수\t\n"
           "\t\t{label}\t승용차\t{label}\t트럭\t청소차\t{label}\t살수차\n"
           "{total}\t14\t3\t3\t8\t4\t4\t3\t3\n"
           "총무과\t5\t2\t2\t2\t1\t1\t1\t1\n"
           "청소과\t9\t1\t1\t6\t3\t3\t2\t2\n")
TABLE = OFFICES.format(label="소 계", total="계")

# what main read of TABLE, its 소계 columns dropped: the same now
RECORDS = [
    ("계", "계", 14), ("계", "승용 승용차", 3), ("계", "화물 트럭", 4), ("계", "화물 청소차", 4),
    ("계", "특수 살수차", 3),
    ("총무과", "소계", 5), ("총무과", "승용 승용차", 2), ("총무과", "화물 트럭", 1), ("총무과", "화물 청소차", 1),
    ("총무과", "특수 살수차", 1),
    ("청소과", "소계", 9), ("청소과", "승용 승용차", 1), ("청소과", "화물 트럭", 3), ("청소과", "화물 청소차", 3),
    ("청소과", "특수 살수차", 2)]


def sums(r) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)
            if f.rule.startswith(("sum.", "header."))]


def records(r) -> list[tuple[str, str, int]]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count) for c in fleet.counts]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_right_table_reads_as_before(layout):
    r = report(TABLE, layout)
    assert records(r) == RECORDS
    assert sums(r) == []
    (fleet,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.subtotals["보유"]] == [
        ("계", "승용 소계", 3), ("계", "화물 소계", 8), ("계", "특수 소계", 3), ("총무과", "승용 소계", 2),
        ("총무과", "화물 소계", 2), ("총무과", "특수 소계", 1), ("청소과", "승용 소계", 1), ("청소과", "화물 소계", 6),
        ("청소과", "특수 소계", 2)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_printed_소계_is_one_finding_on_its_cell(layout):
    r = report(TABLE.replace("총무과\t5\t2\t2\t2\t1", "총무과\t5\t2\t2\t3\t1"), layout)
    assert records(r) == RECORDS  # the 소계 is no kind: what the fleet holds is the same
    # before: no finding
    assert sums(r) == [("sum.vehicles", "error", "총무과", "화물 소계", "2", "3",
                        "총무과 행의 화물 소계가 트럭·청소차 대수의 합과 다릅니다 (표기 3대, 합계 2대)")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_total_rows_소계_printed_계_under_합계_is_named_as_printed(layout):
    table = OFFICES.format(label="계", total="합 계")
    assert sums(report(table, layout)) == []
    r = report(table.replace("합 계\t14\t3\t3\t8", "합 계\t14\t3\t3\t7"), layout)
    assert sums(r) == [("sum.vehicles", "error", "합계", "화물 계", "8", "7",
                        "합계 행의 화물 계가 트럭·청소차 대수의 합과 다릅니다 (표기 7대, 합계 8대)")]


def test_a_wrong_kind_is_still_one_finding_on_its_cell():
    """A kind off by one misses its row's 계, its column's 계 row and now its category's 소계 too: one cell explains
    all three, and is named alone, as before."""
    r = report(TABLE.replace("청소과\t9\t1\t1\t6\t3\t3", "청소과\t9\t1\t1\t6\t3\t4"))
    assert sums(r) == [("sum.vehicles", "error", "청소과", "화물 청소차", "3", "4",
                        "청소과 화물 청소차 대수가 표의 합계·과부족과 맞지 않습니다 (표기 4대, 그 셈에 맞는 값 3대)")]


# the quota and the vehicles held, each over a category's 소계 and its kinds
STATUSES = ("구 분\t정 수\t\t\t\t보 유\t\t\t\n\t계\t화 물\t\t\t계\t화 물\t\t\n"
            "\t\t소 계\t압축진개차\t노면청소차\t\t소 계\t압축진개차\t노면청소차\n"
            "계\t9\t9\t4\t5\t8\t8\t4\t4\n청소행정과\t4\t4\t2\t2\t4\t4\t2\t2\n자원순환과\t5\t5\t2\t3\t4\t4\t2\t2\n")


# ruled: its rule's columns, narrower than these three header rows' labels, cut them off their figures (main reads
# the table wrong so too)
@pytest.mark.parametrize("layout", [layout for layout in LAYOUTS if layout != "ruled"])
def test_a_quotas_소계_is_checked_as_the_vehicles_helds(layout):
    right = report(HEADING.replace("총 14대", "총 8대") + STATUSES, layout)
    assert [f.rule for f in run_checks(right) if f.rule.startswith("sum.")] == []
    r = report(HEADING.replace("총 14대", "총 8대") + STATUSES.replace("자원순환과\t5\t5", "자원순환과\t5\t6"), layout)
    assert [f for f in sums(r) if f[0] == "sum.vehicles"] == [
        ("sum.vehicles", "error", "자원순환과", "정수 화물 소계", "5", "6",
         "정수 자원순환과 행의 화물 소계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 6대, 합계 5대)")]


def test_the_소계s_are_not_stored(tmp_path):
    db = connect(tmp_path / "r.db")
    r = report(TABLE)
    load_report(db, r, "sha", run_checks(r))
    assert db.execute("SELECT count(*) FROM vehicles").fetchone() == (len(RECORDS),)
    assert db.execute("SELECT count(*) FROM vehicles WHERE kind LIKE '%소계' AND kind <> '소계'").fetchone() == (0,)


# fuels as rows over kinds as columns (fleet118), the 계 row and column printed `합 계` (`{row}`, `{column}`)
FUELS_ACROSS = "구 분\t{column}\t압축진개차\t노면청소차\n{row}\t13\t9\t4\n경 유\t8\t5\t3\nC N G\t5\t4\t1\n"


def sum_cells(r) -> list[tuple]:
    return [(f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r) if f.rule == "sum.vehicles"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("row", "column"), [("합 계", "합 계"), ("합 계", "계"), ("계", "합 계")])
def test_fuels_as_rows_name_their_계_row_and_column_as_printed(layout, row, column):
    table = FUELS_ACROSS.format(row=row, column=column)
    as_row, as_column = row.replace(" ", ""), column.replace(" ", "")
    assert sum_cells(report(table, layout)) == []
    # the 계 row's 압축진개차 (before: row `계` whatever the table printed)
    kinds_total = report(table.replace("계\t13\t9", "계\t13\t10"), layout)
    assert sum_cells(kinds_total) == [(as_row, "압축진개차", "9", "10", f"{as_row} 행의 압축진개차이(가) 경유·CNG"
                                       " 대수의 합과 다릅니다 (표기 10대, 합계 9대)")]
    # 경유's total (before: column `계`)
    fuels_total = report(table.replace("경 유\t8", "경 유\t9"), layout)
    assert sum_cells(fuels_total) == [("경유", as_column, "8", "9", f"경유 행의 {as_column}가 압축진개차·노면청소차"
                                       " 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]
    grand = report(table.replace("계\t13", "계\t14"), layout)
    assert sum_cells(grand) == [(as_row, as_column, "13", "14",
                                 "총계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 14대, 합계 13대)")]


def test_fuels_as_rows_keep_their_records():
    """The labels as printed are for the findings: what is stored is as before, the 계 row and column `계`."""
    printed = report(FUELS_ACROSS.format(row="합 계", column="합 계"))
    plain = report(FUELS_ACROSS.format(row="계", column="계"))
    assert [c.model_dump() for c in printed.vehicles[0].counts] == [
        c.model_dump() for c in plain.vehicles[0].counts]
    assert [(c.category, c.kind, c.fuel, c.count) for c in plain.vehicles[0].counts][:4] == [
        ("계", "계", None, 13), ("화물 압축진개차", "소계", None, 9), ("화물 노면청소차", "소계", None, 4),
        ("계", None, "경유", 8)]


def test_a_fuels_as_rows_quota_and_shortfall_of_the_합계_are_named_as_printed():
    table = ("구 분\t정 수\t\t\t보 유\t\t\t과부족\t\t\n"
             "\t합 계\t압축진개차\t노면청소차\t합 계\t압축진개차\t노면청소차\t합 계\t압축진개차\t노면청소차\n"
             "합 계\t14\t10\t4\t13\t9\t4\t△1\t△1\t-\n경 유\t9\t6\t3\t8\t5\t3\t△1\t△1\t-\n"
             "C N G\t5\t4\t1\t5\t4\t1\t-\t-\t-\n")
    assert sum_cells(report(table)) == []
    assert sum_cells(report(table.replace("C N G\t5\t4\t1", "C N G\t6\t4\t1"))) == [
        ("CNG", "정수 합계", "5", "6",
         "정수 CNG 행의 합계가 압축진개차·노면청소차 대수의 합과 다릅니다 (표기 6대, 합계 5대)")]
    assert sum_cells(report(table.replace("합 계\t14\t10", "합 계\t14\t11"))) == [
        ("합계", "정수 압축진개차", "10", "11",
         "정수 합계 행의 압축진개차이(가) 경유·CNG 대수의 합과 다릅니다 (표기 11대, 합계 10대)")]
