"""Vehicles: a count table's kinds printed with no category, under the law's categories.

A count table printing kinds with no category (`차 종 | 대 수` over `압축진개차 | 28`, or `구 분 | 계 | 압축진개차 |
암롤차` over one row of counts) held them as the fleet's kinds, which `vehicle_categories` took for categories of
their own: a question by category (`화물`, `특수`) missed them. Now each is counted under the category its name
tells, as a vehicle list's vehicles are (`vehicle_models.known_category`: `압축진개차` a 화물, `구급차` a 특수), its
kind as printed; a name that tells none (`모빌리티카`) under `미분류`, named in a `vehicles.uncategorised` finding.
The law's categories as kinds (`승 용 | 승 합` over `9 | 3`) stay the fleet's kinds, as `vehicle_categories` counts
them already.
"""

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.test_fleet107 import COVER, GENERAL, PROJECTS, counts, report, uncategorised
from tests.test_fleet109 import _ask, _by_category
from tests.test_vehicles_more import LAYOUTS

# a cleaning department's fleet, its kinds as rows; a health department's, its kinds as columns
BY_ROW = "차 종\t대 수\n계\t48\n압축진개차\t28\n암롤차\t5\n청소차\t12\n구급차\t2\n모빌리티카\t1\n"
BY_COLUMN = "구 분\t계\t승 용\t구급차\t방역차\t에코캐리어\n대 수\t9\t3\t2\t2\t2\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_as_rows_are_counted_under_the_category_their_name_tells(layout):
    r = report(BY_ROW, layout)
    # before, every kind under the fleet's name ("공용차량현황", "압축진개차", 28), a category in vehicle_categories
    assert counts(r) == [("계", "계", 48), ("화물", "압축진개차", 28), ("화물", "암롤차", 5), ("화물", "청소차", 12),
                         ("특수", "구급차", 2), ("미분류", "모빌리티카", 1)]
    assert uncategorised(r) == [("info", "현황", "차종",
                                 "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (모빌리티카: 1대)")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_as_columns_beside_a_law_category(layout):
    r = report(BY_COLUMN, layout)
    # the law's 승용 stays the fleet's kind (vehicle_categories counts it as 승용); 방역차 a 화물 as the lists'
    assert counts(r) == [("계", "계", 9), ("공용차량현황", "승용", 3), ("특수", "구급차", 2), ("화물", "방역차", 2),
                         ("미분류", "에코캐리어", 2)]
    assert [message for *_, message in uncategorised(r)] == [
        "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (에코캐리어: 2대)"]


def test_the_law_categories_as_kinds_stay_the_fleets():
    r = report("구 분\t계\t승용\t승합\t화물\t특수\n보 유\t14\t6\t3\t4\t1\n")
    assert counts(r) == [("계", "계", 14), ("공용차량현황", "승용", 6), ("공용차량현황", "승합", 3),
                         ("공용차량현황", "화물", 4), ("공용차량현황", "특수", 1)]
    assert uncategorised(r) == []


INGEST = ["ingest", "a.md", "b.md", "--db", "reports.db", "--workers", "1"]


def test_the_readmes_question_by_category_counts_a_count_tables_kinds(tmp_path, monkeypatch):
    for name, department, table in (("a.md", "자 원 순 환 과", BY_ROW), ("b.md", "보 건 행 정 과", BY_COLUMN)):
        text = COVER.replace("자 원 순 환 과", department) + GENERAL + table
        (tmp_path / name).write_text(text + "\n" + PROJECTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert "loaded 2, replaced 0, unchanged 0" in runner.invoke(main, INGEST, catch_exceptions=False).output
    # before, 압축진개차, 암롤차, 청소차, 구급차, 모빌리티카, 방역차, 에코캐리어 were categories of their own
    assert _ask(runner, _by_category()) == [
        "council,department,year,session_start,category,held",
        "누리구의회,보건행정과,2025,2024-11-20,미분류,2", "누리구의회,보건행정과,2025,2024-11-20,승용,3",
        "누리구의회,보건행정과,2025,2024-11-20,특수,2", "누리구의회,보건행정과,2025,2024-11-20,화물,2",
        "누리구의회,자원순환과,2025,2024-11-20,미분류,1", "누리구의회,자원순환과,2025,2024-11-20,특수,2",
        "누리구의회,자원순환과,2025,2024-11-20,화물,45"]
    # the kinds kept as printed; the totals as before
    assert _ask(runner, "SELECT category, kind, count FROM vehicles WHERE category = '화물' ORDER BY count DESC") == [
        "category,kind,count", "화물,압축진개차,28", "화물,청소차,12", "화물,암롤차,5", "화물,방역차,2"]
    assert _ask(runner, "SELECT sum(held) FROM vehicle_totals") == ["sum(held)", "57"]
    assert _ask(runner, "SELECT message FROM findings WHERE rule = 'vehicles.uncategorised' ORDER BY id")[1:] == [
        "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (모빌리티카: 1대)",
        "차량 현황의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (에코캐리어: 2대)"]
    assert "loaded 0, replaced 0, unchanged 2" in runner.invoke(main, INGEST, catch_exceptions=False).output


def test_a_kind_beside_its_category_printed_is_that_categorys():
    """`화 물 | 청소차`: since fleet111 the 청소차 and the 화물 printed beside it are both the category 화물's, which
    `vehicle_categories` adds (tests/test_fleet111.py); before, both the fleet's kinds, the 청소차 a category of its
    own there."""
    r = report("구 분\t계\t승 용\t화 물\t청소차\t구급차\n대 수\t10\t3\t2\t4\t1\n")
    assert counts(r) == [("계", "계", 10), ("공용차량현황", "승용", 3), ("화물", "화물", 2),
                         ("화물", "청소차", 4), ("특수", "구급차", 1)]
