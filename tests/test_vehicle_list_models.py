"""A vehicle list printed alone whose 차종 names models (`쏘나타`, `포터Ⅱ`, `니로EV`): before, its vehicles were counted
by model under the fleet's name, so `vehicle_categories` had no `승용` or `화물` for them and a question by category
missed them. A model the tool knows is counted under its category, the model its kind; a category the list prints
(`구 분 | 승 용`, `승용(소형)`) wins; a model the tool does not know stays as printed."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_vehicles_more import LAYOUTS

COVER = "제304회 미르구의회 제1차 정례회\n\n2022. 6. 14. ~ 6. 28.\n\n# 2022년 주요업무보고\n\n## 교 통 행 정 과\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n## 3. 차량 현황\n\n(단위 : 대)\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### 1. 마을버스 운행 지원 (교통정책팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
MODELS = ("연번\t차량번호\t차 종\t연 식\t용 도\t비 고\n1\t12가 3456\t쏘나타\t2016\t업무용\t\n"
          "2\t34나 5678\t포터Ⅱ\t2018\t단속용\t\n3\t56다 7890\t스타렉스\t2019\t견인차 지원\t\n"
          "4\t78라 1234\t니로EV\t2021\t업무용\t전기차\n\n")


def report(general: str, layout: str = "tabs"):
    return extract_report(read_text("t.md", LAYOUTS[layout](COVER + GENERAL + general + PROJECTS).encode()))


def counts(r) -> list[tuple[str, str, int]]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count) for c in fleet.counts]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_models_the_tool_knows_are_counted_under_their_category(layout):
    r = report(MODELS, layout)
    # 스타렉스 is a 승합 or a 화물 (a van) by its seats, which the list does not print: it stays as printed
    assert counts(r) == [("계", "계", 4), ("승용", "쏘나타", 1), ("화물", "포터Ⅱ", 1), ("차량현황", "스타렉스", 1),
                         ("승용", "니로EV", 1)]
    assert run_checks(r) == []


def test_vehicle_categories_count_a_lists_models_by_category(tmp_path):
    r = report(MODELS)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT fleet, status, category, count FROM vehicle_categories ORDER BY category").fetchall() == [
        ("차량현황", "보유", "계", 4), ("차량현황", "보유", "스타렉스", 1), ("차량현황", "보유", "승용", 2),
        ("차량현황", "보유", "화물", 1)]
    assert db.execute("SELECT held FROM vehicle_totals").fetchall() == [(4,)]


def test_a_category_the_list_prints_wins_over_the_model():
    r = report("연번\t구 분\t차 명\t차량번호\t연식\n1\t승 합\t카니발\t12가3456\t2018\n2\t\t스타렉스\t34나5678\t2019\n"
               "3\t화 물\t마이티 청소차\t56다7890\t2020\n\n")
    assert counts(r) == [("계", "계", 3), ("승합", "카니발", 1), ("승합", "스타렉스", 1), ("화물", "마이티청소차", 1)]


def test_a_category_printed_with_its_kind_in_brackets_is_the_category_and_the_kind():
    r = report("연번\t차 종\t차량번호\t연식\n1\t승용(소형)\t12가3456\t2018\n2\t승용(중형)\t34나5678\t2019\n"
               "3\t승합(대형)\t56다7890\t2020\n4\t승 용\t78라1234\t2021\n\n")
    # a category alone is one of the fleet's kinds, as before: `vehicle_categories` counts it as the category
    assert counts(r) == [("계", "계", 4), ("승용", "소형", 1), ("승용", "중형", 1), ("승합", "대형", 1),
                         ("차량현황", "승용", 1)]


def test_a_bus_by_its_seats_and_a_model_the_tool_does_not_know():
    r = report("연번\t차 종\t차량번호\t연식\n1\t25인승 버스\t70자1234\t2015\n2\t카니발(11인승)\t12가3456\t2019\n"
               "3\t카니발\t34나5678\t2021\n4\t압축진개차\t56다7890\t2020\n5\t아이오닉5\t78라1234\t2022\n\n")
    assert counts(r) == [("계", "계", 5), ("승합", "25인승버스", 1), ("승합", "카니발(11인승)", 1),
                         ("차량현황", "카니발", 1), ("차량현황", "압축진개차", 1), ("승용", "아이오닉5", 1)]


def test_a_column_of_owners_is_no_category():
    r = report("연번\t구 분\t차 종\t차량번호\n1\t관용\t쏘나타\t12가3456\n2\t임차\t봉고Ⅲ\t34나5678\n\n")
    assert counts(r) == [("계", "계", 2), ("승용", "쏘나타", 1), ("화물", "봉고Ⅲ", 1)]
