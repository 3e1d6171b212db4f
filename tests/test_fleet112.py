"""Vehicles: a count table's kinds printed as categories of their own, in every shape, under the category their
name tells; `vehicle_categories` shows no 계 row.

fleet110 put a count table's kinds printed as the fleet's (`차 종 | 대 수` over `압축진개차 | 28`, or as columns over
statuses) under the category their name tells (`화물`, else `미분류` with a `vehicles.uncategorised` finding), and
fleet111 a kind beside its printed category into it (`화 물 | 청소차`: 화물 6). A kind printed as a category of its
own, with its 소계 and its counts by fuel (columns of kinds over fuels as rows, `구 분 | 계 | 압축진개차 | 암롤차` over
`경 유 | 29 | 8 | 9`; kinds as rows under `구 분`, or over columns of fuels; a kind as a row beside its law category,
`화 물 | 2` beside `청소차 | 4`), stayed a category of its own in `vehicle_categories`, beside a category `계`. Now the
one `_kinds_categorised` makes each its told category's part (`화물 압축진개차`, kind `소계`, as a category's rows a
second column of labels parts are), which the view counts as that category; the checks count as before.
"""

import sqlite3

import pytest
from click.testing import CliRunner

from checks import run_checks
from pipeline.cli import main
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_fleet107 import report, uncategorised
from tests.test_vehicles_more import LAYOUTS

# fuels as rows under the kinds as columns, as a 청소과 prints its trucks
FUEL_ROWS = ("구 분\t계\t압축진개차\t암롤차\t노면청소차\t기타\n계\t14\t6\t4\t2\t2\n경 유\t9\t4\t4\t1\t-\n"
             "CNG\t5\t2\t-\t1\t2\n")
# the kinds as rows under `구 분`, over the vehicles held alone or over fuels
KINDS_AS_ROWS = "구 분\t보 유\n계\t7\n살수차\t3\n구급차\t2\n견인차\t2\n"
KINDS_OVER_FUELS = "차 종\t계\t경 유\tCNG\n계\t10\t6\t4\n압축진개차\t6\t2\t4\n암롤차\t4\t4\t-\n"
# a kind as a row beside its category of the law's, the 계 counting both
BESIDE_ITS_CATEGORY = "구 분\t계\t경 유\t전 기\n계\t9\t6\t3\n승 용\t3\t1\t2\n화 물\t2\t2\t-\n청소차\t4\t3\t1\n"
# kinds under a category's 소계 as columns, over fuels as rows
UNDER_A_SUBTOTAL = ("구 분\t계\t승 용\t화 물\t\t\n\t\t\t소 계\t청소차\t살수차\n계\t9\t3\t6\t4\t2\n"
                    "경 유\t6\t1\t5\t3\t2\n전 기\t3\t2\t1\t1\t-\n")


def held(r) -> list[tuple[str, str | None, int, str | None]]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count, c.fuel) for c in fleet.counts]


def categories(r) -> list[tuple[str, str, int]]:
    db = connect(":memory:")
    load_report(db, r, "sha", run_checks(r))
    return db.execute("SELECT status, category, count FROM vehicle_categories ORDER BY 1, 2").fetchall()


def errors(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r) if f.severity == "error"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_as_columns_over_fuels_are_parts_of_their_categories(layout):
    r = report(FUEL_ROWS, layout)
    # before: categories 압축진개차 6, 암롤차 4, 노면청소차 2, 기타 2 and 계 14
    assert held(r)[:5] == [("계", "계", 14, None), ("화물 압축진개차", "소계", 6, None),
                           ("화물 암롤차", "소계", 4, None), ("화물 노면청소차", "소계", 2, None),
                           ("미분류 기타", "소계", 2, None)]
    assert ("화물 노면청소차", None, 1, "CNG") in held(r)
    assert categories(r) == [("보유", "미분류", 2), ("보유", "화물", 12)]
    assert uncategorised(r) == [("info", "현황", "차종",
                                 "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (기타: 2대)")]
    assert errors(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_as_rows_under_a_label_naming_no_kinds(layout):
    r = report(KINDS_AS_ROWS, layout)
    # before: categories 살수차 3, 구급차 2, 견인차 2
    assert held(r) == [("계", "계", 7, None), ("화물 살수차", "소계", 3, None), ("특수 구급차", "소계", 2, None),
                       ("특수 견인차", "소계", 2, None)]
    assert categories(r) == [("보유", "특수", 4), ("보유", "화물", 3)]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_as_rows_over_fuels(layout):
    r = report(KINDS_OVER_FUELS, layout)
    # before, the `차 종` rows were the fleet's kinds and each row's fuels too: three sum findings, the 경유 of one
    # row written over another's, and categories 경유 and CNG beside 화물
    assert held(r) == [("계", "계", 10, None), ("계", None, 6, "경유"), ("계", None, 4, "CNG"),
                       ("화물 압축진개차", "소계", 6, None), ("화물 압축진개차", None, 2, "경유"),
                       ("화물 압축진개차", None, 4, "CNG"), ("화물 암롤차", "소계", 4, None),
                       ("화물 암롤차", None, 4, "경유"), ("화물 암롤차", None, 0, "CNG")]
    assert categories(r) == [("보유", "화물", 10)]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_kind_as_a_row_beside_its_category(layout):
    r = report(BESIDE_ITS_CATEGORY, layout)
    # before: a 화물 of 2 beside a category 청소차 of 4; now both 화물's parts, as fleet111 counts them across
    assert [count for count in held(r) if count[1] == "소계"] == [
        ("승용", "소계", 3, None), ("화물 화물", "소계", 2, None), ("화물 청소차", "소계", 4, None)]
    assert categories(r) == [("보유", "승용", 3), ("보유", "화물", 6)]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_under_a_categorys_subtotal_as_columns_over_fuels(layout):
    r = report(UNDER_A_SUBTOTAL, layout)
    # before: the fuels were categories (경유 6, 전기 3), 화물 and 승용 none
    assert held(r)[:4] == [("계", "계", 9, None), ("승용", "소계", 3, None), ("화물 청소차", "소계", 4, None),
                           ("화물 살수차", "소계", 2, None)]
    assert categories(r) == [("보유", "승용", 3), ("보유", "화물", 6)]
    assert run_checks(r) == []


@pytest.mark.parametrize(("table", "wrong", "found"), [
    # a fuel's cell of the 계 column: the one finding, as before, on its row as printed (fleet118)
    (FUEL_ROWS, ("CNG\t5\t2", "CNG\t6\t2"), [("sum.vehicles", "CNG", "계", "5", "6")]),
    # a kind's 소계 against its fuels: the one finding, its row named as printed (fleet115; fleet112 named it as
    # the kind's part, `화물 압축진개차`)
    (KINDS_OVER_FUELS.replace("차 종", "구 분"), ("압축진개차\t6", "압축진개차\t7"),
     [("sum.vehicles", "압축진개차", "계", "6", "7")]),  # its 계 column as printed (fleet121)
    # the 계 counts a kind beside its category as before
    (BESIDE_ITS_CATEGORY, ("청소차\t4\t3\t1", "청소차\t5\t4\t1"),
     [("sum.vehicles", "계", "경유", "7", "6"), ("sum.vehicles", "계", "계", "10", "9")]),
])
def test_the_sums_are_checked_as_before(table, wrong, found):
    assert errors(report(table.replace(*wrong))) == found


def test_a_table_of_other_categories_stays_as_printed():
    # 관용 and 임차 name no vehicle; nor do teams: categories as printed
    r = report("구 분\t보 유\n계\t3\n관 용\t2\n임 차\t1\n")
    assert held(r) == [("계", "계", 3, None), ("관용", "소계", 2, None), ("임차", "소계", 1, None)]
    assert categories(r) == [("보유", "관용", 2), ("보유", "임차", 1)]


def test_the_older_fixtures_cleaning_trucks_are_cargo_vehicles(tmp_path):
    """청소행정과 2021's 청소차량 (`구 분 | 계 | 압축진개차 | 암롤차 | 노면청소차 | 음식물수거차 | 소형청소차` over
    `경 유 | 29 | …`): before, `vehicle_categories` gave 계 48, 노면청소차 6, 소형청소차 5, 암롤차 9, 압축진개차 20,
    음식물수거차 8; now 화물 48, the fleet's total `vehicle_totals`' as before."""
    db = tmp_path / "r.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--workers", "1",
                                       "tests/department_reports/2021-hanbit-cheongsohaengjeong.txt"])
    assert result.exit_code == 0 and "0 errors, 0 warnings, 0 info" in result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT category, count FROM vehicle_categories").fetchall() == [("화물", 48)]
        assert conn.execute("SELECT held FROM vehicle_totals").fetchall() == [(48,)]
