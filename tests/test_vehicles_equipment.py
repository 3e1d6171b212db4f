"""A table of equipment (`장비 현황`, `보유 장비`, `차량 및 장비 현황`) counting vehicles by kind (`견인차 | 2`,
`방역차 | 1`, `살수차`, `구급차`) is a fleet where every row or column it counts is a vehicle (one of the law's
categories, a fuel, or a name ending as a vehicle's does: `차`, `차량`, `버스`, `트럭`), checked and counted in
`vehicle_totals`, as a table captioned `차량 현황` is; one counting machines too (`방역기`, `드론`, `양수기`) stays a
table, its 계 no number of vehicles (before, `장비 현황` was a table whatever it counted, and `차량 및 장비 현황` a
fleet counting its 방역기 and 드론 as vehicles)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_vehicles_more import LAYOUTS

COVER = "제304회 미르구의회 제1차 정례회\n\n2022. 6. 14. ~ 6. 28.\n\n# 2022년 주요업무보고\n\n## 보 건 소\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### 1. 감염병 예방 방역 (감염병관리팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
CAPTIONS = ["## 3. 장비 현황", "□ 보유 장비", "□ 차량 및 장비 현황", "## 3 주요시설 및 장비"]
BY_ROWS = "구 분\t보유대수\t비 고\n계\t5\t\n견인차\t2\t\n방역차\t1\t\n살수차\t1\t\n구급차\t1\t\n\n"
ACROSS = "구 분\t계\t견인차\t방역차\t살수차\t구급차\n보유대수\t5\t2\t1\t1\t1\n\n"
MACHINES = "구 분\t보유대수\n계\t8\n견인차\t2\n방역차\t1\n방역기\t3\n드론\t1\n양수기\t1\n\n"
CATEGORIES = "구 분\t계\t승 용\t승 합\t특 수\n대 수\t5\t2\t1\t2\n\n"


def report(general: str, layout: str = "tabs", name: str = "t.md"):
    return extract_report(read_text(name, LAYOUTS[layout](COVER + GENERAL + general + PROJECTS).encode()))


def fleets(r) -> list[tuple]:
    return [(f.caption, [(c.category, c.kind, c.count) for c in f.counts]) for f in r.vehicles]


def errors(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r) if f.severity == "error"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_table_of_equipment_counting_vehicles_by_rows_is_a_fleet(caption, layout):
    r = report(f"{caption}\n\n{BY_ROWS}", layout)
    # each kind under the category its name tells, as across (fleet112; before, `견인차` a category of its own)
    assert fleets(r) == [(caption.lstrip("#□ "), [("계", "계", 5), ("특수 견인차", "소계", 2),
                                                 ("화물 방역차", "소계", 1), ("화물 살수차", "소계", 1),
                                                 ("특수 구급차", "소계", 1)])]
    assert r.tables == []
    assert errors(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_of_equipment_counting_vehicles_across_is_a_fleet_of_kinds(layout):
    r = report(f"□ 장비 현황\n\n{ACROSS}", layout)
    assert fleets(r) == [("장비 현황", [("계", "계", 5), ("특수", "견인차", 2), ("화물", "방역차", 1),
                                     ("화물", "살수차", 1), ("특수", "구급차", 1)])]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_of_equipment_counting_the_laws_categories_is_a_fleet(layout):
    r = report(f"□ 보유 장비\n\n{CATEGORIES}", layout)
    assert fleets(r) == [("보유 장비", [("계", "계", 5), ("보유장비", "승용", 2), ("보유장비", "승합", 1),
                                     ("보유장비", "특수", 2)])]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_of_an_equipment_fleet_is_found(layout):
    r = report("□ 장비 현황\n\n" + BY_ROWS.replace("계\t5", "계\t6"), layout)
    assert errors(r) == [("sum.vehicles", "계", "계", "5", "6")]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_table_of_equipment_counting_machines_too_stays_a_table(caption, layout):
    r = report(f"{caption}\n\n{MACHINES}", layout)
    assert r.vehicles == []
    assert [(t.caption, t.records_in, t.rows[1:]) for t in r.tables] == [
        (caption.lstrip("#□ "), None, [["계", "8"], ["견인차", "2"], ["방역차", "1"], ["방역기", "3"], ["드론", "1"],
                                      ["양수기", "1"]])]
    assert errors(r) == []


def test_a_table_of_facilities_under_the_equipment_heading_stays_a_table():
    r = report("## 3 주요시설 및 장비\n\n구 분\t위 치\t면 적\n본 관\t한빛로 12\t1,200\n별 관\t한빛로 14\t800\n\n")
    assert r.vehicles == []
    assert [t.caption for t in r.tables] == ["3 주요시설 및 장비"]


def test_vehicle_totals_count_an_equipment_fleet_and_no_machines(tmp_path):
    db = connect(tmp_path / "r.db")
    for sha, body in (("sha-1", BY_ROWS), ("sha-2", MACHINES)):
        r = report(f"□ 장비 현황\n\n{body}", name=f"{sha}.md")
        load_report(db, r, sha, run_checks(r))
    assert db.execute("SELECT caption, held FROM vehicle_totals").fetchall() == [("장비 현황", 5)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("table", [
    "구 분\t계\t1차\t2차\n점검대수\t30\t15\t15\n\n", "구 분\t대 수\n계\t5\n제1차\t2\n제2차\t3\n\n"])
def test_a_table_of_equipment_by_rounds_is_no_fleet(table, layout):
    # `1차`, `제2차` end as a vehicle's name does but are rounds (of inspection, of purchase): no vehicles
    r = report(f"□ 장비 점검 현황\n\n{table}", layout)
    assert r.vehicles == []
    assert [t.caption for t in r.tables] == ["장비 점검 현황"]
