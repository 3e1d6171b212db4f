"""Vehicles: a finding names a re-categorised row as the table prints it; a model printed as a category of its own
counts under its model's category; a short model followed by a plain `차` is its model's.

fleet110-112 count a count table's kinds under the category their name tells: a kind printed as a category of its own
is its told category's part (`화물 압축진개차`), a kind printed as the fleet's a kind of that category (`화물 |
압축진개차`). A finding then named the row so, `화물 압축진개차` or `화물`, labels the report prints nowhere. Now the
checks read the table's categories as printed (`printed_category`): row `압축진개차`, the fleet's name for its kinds;
the counts (and `vehicle_categories`) keep the told category.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors.vehicle_models import MODEL_CATEGORIES, known_category
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_fleet107 import report
from tests.test_fleet111 import SHORT_MODELS
from tests.test_fleet112 import categories, held
from tests.test_vehicles_more import LAYOUTS

# a 청소과's trucks by kind as rows over fuels, as rows beside a law's category, and fuels as rows over kinds
KINDS_OVER_FUELS = "구 분\t계\t경 유\tCNG\n계\t11\t7\t4\n압축진개차\t7\t3\t4\n암롤차\t4\t4\t-\n"
BESIDE_ITS_CATEGORY = "구 분\t계\t경 유\t전 기\n계\t10\t7\t3\n승 용\t3\t1\t2\n화 물\t3\t3\t-\n노면청소차\t4\t3\t1\n"
FUELS_OVER_KINDS = "구 분\t계\t압축진개차\t살수차\n계\t12\t8\t4\n경 유\t7\t4\t3\nCNG\t5\t4\t1\n"
# the fleet's kinds as rows with their 정수 and 과부족
FLEET_KINDS = "차 종\t정 수\t보 유\t과부족\n계\t10\t9\t△1\n압축진개차\t6\t6\t-\n암롤차\t4\t3\t△1\n"


def findings(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)
            if f.rule == "sum.vehicles"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_kinds_wrong_subtotal_is_named_by_its_printed_label(layout):
    r = report(KINDS_OVER_FUELS.replace("압축진개차\t7", "압축진개차\t8"), layout)
    # counted as its told category's part, as fleet112 counts it
    assert held(r)[3] == ("화물 압축진개차", "소계", 8, None)
    # before: row `화물 압축진개차`, `화물 압축진개차 소계가 …`
    # its column the 계 printed (fleet121; before, the tool's `소계`)
    assert findings(r) == [("sum.vehicles", "압축진개차", "계", "7", "8",
                            "압축진개차 계가 경유·CNG 대수의 합과 다릅니다 (표기 8대, 합계 7대)")]
    assert "압축진개차" in KINDS_OVER_FUELS.splitlines()[2]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_law_category_beside_its_kind_is_named_as_printed(layout):
    r = report(BESIDE_ITS_CATEGORY.replace("화 물\t3\t3", "화 물\t3\t2"), layout)
    # 화물's printed 3 and 노면청소차's 4 add up under 화물
    assert categories(r) == [("보유", "승용", 3), ("보유", "화물", 7)]
    # before: row `화물 화물`
    assert findings(r) == [("sum.vehicles", "화물", "경유", "3", "2",
                            "화물 경유 대수가 표의 합계·과부족과 맞지 않습니다 (표기 2대, 그 셈에 맞는 값 3대)")]


def test_a_wrong_cell_of_fuels_over_kinds_names_the_kind_as_printed():
    r = report(FUELS_OVER_KINDS.replace("CNG\t5\t4\t1", "CNG\t5\t3\t1"))
    # before: `화물 압축진개차`; its row the fuel, as printed (fleet118)
    assert [f[:5] for f in findings(r)] == [("sum.vehicles", "CNG", "압축진개차", "4", "3")]


def test_a_fuel_printed_two_ways_is_named_on_its_cell():
    """`경 유 | 디 젤` are one fuel, one count of their sum: the wrong one is named on its cell, as in a table of
    categories (before, the sum, printed nowhere, on `화물 압축진개차`: its cells were looked for under the
    category as printed)."""
    table = "차 종\t계\t경 유\t디 젤\tCNG\n계\t10\t4\t2\t4\n압축진개차\t6\t1\t2\t4\n암롤차\t4\t3\t1\t-\n"
    assert [f[:5] for f in findings(report(table))] == [("sum.vehicles", "압축진개차", "디젤", "1", "2")]


def test_a_wrong_quota_of_a_kind_is_named_by_its_printed_label():
    table = ("구 분\t정 수\t\t\t보 유\t\t\n\t계\t경 유\tCNG\t계\t경 유\tCNG\n계\t11\t7\t4\t11\t7\t4\n"
             "압축진개차\t8\t3\t4\t7\t3\t4\n암롤차\t4\t4\t-\t4\t4\t-\n")
    assert [f[:5] for f in findings(report(table))] == [("sum.vehicles", "압축진개차", "정수 계", "7", "8")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_kind_printed_as_the_fleets_is_named_under_the_fleet(layout):
    r = report(FLEET_KINDS.replace("암롤차\t4\t3\t△1", "암롤차\t4\t3\t-"), layout)
    assert held(r)[1:] == [("화물", "압축진개차", 6, None), ("화물", "암롤차", 3, None)]
    # before: row `화물`, `화물 암롤차 과부족이 …`
    assert findings(r) == [("sum.vehicles", "공용차량현황", "과부족 암롤차", "-1", "0",
                            "공용차량현황 암롤차 과부족이 보유 − 정수와 다릅니다"
                            " (표기 0대, 보유 3대 − 정수 4대 = △1대)")]


def test_an_uncategorised_kind_is_named_as_printed():
    r = report("구 분\t보 유\n계\t9\n살수차\t4\n구급차\t2\n기타\t3\n")
    assert held(r)[3] == ("미분류 기타", "소계", 3, None)
    assert [(f.row, f.column, f.message) for f in run_checks(r) if f.rule == "vehicles.uncategorised"] == [
        ("현황", "차종", "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (기타: 3대)")]


def test_the_tables_as_printed_raise_no_finding():
    for table in (KINDS_OVER_FUELS, BESIDE_ITS_CATEGORY, FUELS_OVER_KINDS):
        assert findings(report(table)) == []


# --- a model printed as a category of its own ----------------------------------------------------------------------

# a 총무과's cars by model as rows, over the vehicles held alone or over fuels
MODELS_AS_ROWS = "구 분\t대 수\n계\t6\n쏘나타\t2\n그랜드 스타렉스\t1\n포터Ⅱ\t3\n"
MODELS_OVER_FUELS = "구 분\t계\t휘발유\t전 기\n계\t5\t2\t3\n쏘나타\t2\t2\t-\n아이오닉5\t3\t-\t3\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_models_as_rows_count_under_their_models_categories(layout):
    r = report(MODELS_AS_ROWS, layout)
    # before: categories 쏘나타 2, 그랜드 스타렉스 1, 포터Ⅱ 3, each of its own in vehicle_categories
    assert held(r) == [("계", "계", 6, None), ("승용 쏘나타", "소계", 2, None),
                       ("승합 그랜드스타렉스", "소계", 1, None), ("화물 포터Ⅱ", "소계", 3, None)]
    assert categories(r) == [("보유", "승용", 2), ("보유", "승합", 1), ("보유", "화물", 3)]
    assert run_checks(r) == []


def test_models_over_fuels_and_beside_a_use():
    assert categories(report(MODELS_OVER_FUELS)) == [("보유", "승용", 5)]
    assert categories(report("구 분\t보 유\n계\t7\n스타리아\t2\n압축진개차\t5\n")) == [
        ("보유", "승합", 2), ("보유", "화물", 5)]


def test_a_models_wrong_subtotal_is_named_as_printed():
    r = report(MODELS_OVER_FUELS.replace("쏘나타\t2\t2", "쏘나타\t3\t2"))
    assert [f[:5] for f in findings(r)] == [("sum.vehicles", "쏘나타", "계", "2", "3")]


@pytest.mark.parametrize("table", [
    # teams and offices: a use's word within them (`방역`, `청소`) names no model
    "구 분\t대 수\n계\t5\n방역팀\t2\n청소과\t3\n",
    # a team beside a model: the table's rows name other things, kept as printed
    "구 분\t대 수\n계\t3\n쏘나타\t1\n자치행정팀\t2\n",
])
def test_teams_are_no_models(table):
    r = report(table)
    assert all(" " not in category for category, *_ in held(r))
    assert [category for _status, category, _n in categories(r)] == sorted(
        category for category, *_ in held(r) if category != "계")


# --- a short model followed by a plain 차 --------------------------------------------------------------------------


@pytest.mark.parametrize(("printed", "category"), [
    ("봉고차", "화물"), ("포터차", "화물"), ("봉고차량", "화물"), ("1톤봉고차", "화물"), ("레이차", "승용")])
def test_a_short_model_followed_by_a_plain_cha(printed, category):
    # before: None (미분류)
    assert known_category(printed) == category


@pytest.mark.parametrize("printed", ["봉고차선", "포터차단", "레이차량팀", "모닝차림"])
def test_a_plain_cha_going_on_into_a_longer_word_is_none(printed):
    assert known_category(printed) is None


@given(st.sampled_from(SHORT_MODELS), st.sampled_from(["차", "차량"]), st.sampled_from(["", " 2대", "(1톤)", "Ⅲ"]))
def test_a_short_model_and_its_cha_is_its_models(model, cha, rest):
    told = next(category for category, models in MODEL_CATEGORIES.items() if model in models)
    assert known_category(model + cha + rest) == told


def test_a_count_tables_bongo_cha_is_a_truck():
    r = report("차 종\t대 수\n계\t5\n봉고차\t2\n압축진개차\t3\n")
    # before: 미분류 2, named in a vehicles.uncategorised finding
    assert categories(r) == [("보유", "화물", 5)]
    assert [f for f in run_checks(r) if f.rule == "vehicles.uncategorised"] == []


def test_the_database_finds_the_printed_label():
    r = report(KINDS_OVER_FUELS.replace("압축진개차\t7", "압축진개차\t8"))
    db = connect(":memory:")
    load_report(db, r, "sha", run_checks(r))
    (location, row, column), = db.execute(
        "SELECT location, row_label, column_label FROM findings WHERE rule = 'sum.vehicles'").fetchall()
    assert (row, column) == ("압축진개차", "계")
    assert location == "3. 공용차량 현황 / 압축진개차 / 계 (line 15)"
