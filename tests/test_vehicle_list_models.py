"""A vehicle list printed alone whose 차종 names models (`쏘나타`, `포터Ⅱ`, `니로EV`): before, its vehicles were counted
by model under the fleet's name, so `vehicle_categories` had no `승용` or `화물` for them and a question by category
missed them. A model the tool knows is counted under its category, the model its kind; a category the list prints
(`구 분 | 승 용`, `승용(소형)`) wins; a model the tool does not know stays as printed. A van (`카니발`, `스타렉스`,
`스타리아`) is a 승합, as public fleets buy them (11 or 12 seats), unless its seats printed say otherwise (`7인승`: a
승용); a special or cargo vehicle by its use (`압축진개차`, `살수차`, `5톤 덤프트럭`) is a 화물, a `고소작업차` or
`굴착기` a 특수: before, each was one of the fleet's kinds, counted by its model."""

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
    # a 스타렉스, its seats not printed, is a 승합, as public fleets buy them
    assert counts(r) == [("계", "계", 4), ("승용", "쏘나타", 1), ("화물", "포터Ⅱ", 1), ("승합", "스타렉스", 1),
                         ("승용", "니로EV", 1)]
    assert run_checks(r) == []


def test_vehicle_categories_count_a_lists_models_by_category(tmp_path):
    r = report(MODELS)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT fleet, status, category, count FROM vehicle_categories ORDER BY category").fetchall() == [
        ("차량현황", "보유", "승용", 2), ("차량현황", "보유", "승합", 1),
        ("차량현황", "보유", "화물", 1)]
    assert db.execute("SELECT held FROM vehicle_totals").fetchall() == [(4,)]


def test_a_category_the_list_prints_wins_over_the_model():
    r = report("연번\t구 분\t차 명\t차량번호\t연식\n1\t승 합\t카니발\t12가3456\t2018\n2\t\t스타렉스\t34나5678\t2019\n"
               "3\t화 물\t마이티 청소차\t56다7890\t2020\n\n")
    assert counts(r) == [("계", "계", 3), ("승합", "카니발", 1), ("승합", "스타렉스", 1), ("화물", "마이티청소차", 1)]


def test_a_category_printed_with_its_kind_in_brackets_is_the_category_and_the_kind():
    r = report("연번\t차 종\t차량번호\t연식\n1\t승용(소형)\t12가3456\t2018\n2\t승용(중형)\t34나5678\t2019\n"
               "3\t승합(대형)\t56다7890\t2020\n4\t승 용\t78라1234\t2021\n\n")
    # a category alone beside others of it printing their kinds is of it, its kind as printed (before: the fleet's
    # kind `승용`, which `vehicle_categories` took for the 승용s' count, 1 where the list holds 3)
    assert counts(r) == [("계", "계", 4), ("승용", "소형", 1), ("승용", "중형", 1), ("승합", "대형", 1),
                         ("승용", "승용", 1)]


def test_a_bus_by_its_seats_and_a_hook_lift_by_its_use():
    r = report("연번\t차 종\t차량번호\t연식\n1\t25인승 버스\t70자1234\t2015\n2\t카니발(11인승)\t12가3456\t2019\n"
               "3\t카니발\t34나5678\t2021\n4\t암롤차\t56다7890\t2020\n5\t아이오닉5\t78라1234\t2022\n\n")
    assert counts(r) == [("계", "계", 5), ("승합", "25인승버스", 1), ("승합", "카니발(11인승)", 1),
                         ("승합", "카니발", 1), ("화물", "암롤차", 1), ("승용", "아이오닉5", 1)]
    # an 암롤차 is a 화물 (before fleet107, a model the tool did not know: the fleet's kind, in no category)


VANS_AND_USES = ("연번\t차 종\t차량번호\t연식\n1\t카니발\t12가3456\t2019\n2\t그랜드 스타렉스\t34나5678\t2018\n"
                 "3\t스타리아(7인승)\t56다7890\t2023\n4\t카니발 9인승\t78라1234\t2021\n5\t스타렉스 밴\t90마1234\t2017\n"
                 "6\t압축진개차\t서울90바1234\t2019\n7\t노면청소차\t서울90바5678\t2020\n8\t살수차\t서울90바9012\t2018\n"
                 "9\t5톤 덤프트럭\t서울90바3456\t2016\n10\t카고(2.5톤)\t서울90바7890\t2015\n11\t봉고Ⅲ\t12나3456\t2020\n"
                 "12\t고소작업차\t서울90사1234\t2017\n13\t굴착기(0.6㎥)\t서울90사5678\t2014\n14\t포크레인\t-\t2012\n"
                 "15\t1톤 트럭\t34다5678\t2019\n\n")
VANS_AND_USES_COUNTED = [
    ("계", "계", 15), ("승합", "카니발", 1), ("승합", "그랜드스타렉스", 1), ("승용", "스타리아(7인승)", 1),
    ("승용", "카니발9인승", 1),  # 10 seats or fewer: a 승용, as the 자동차관리법 says
    ("화물", "스타렉스밴", 1),  # a 밴 is the law's 밴형 화물
    ("화물", "압축진개차", 1), ("화물", "노면청소차", 1), ("화물", "살수차", 1), ("화물", "5톤덤프트럭", 1),
    ("화물", "카고(2.5톤)", 1), ("화물", "봉고Ⅲ", 1), ("특수", "고소작업차", 1), ("특수", "굴착기(0.6㎥)", 1),
    ("특수", "포크레인", 1), ("화물", "1톤트럭", 1)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_vans_are_a_승합_but_by_their_seats_and_special_vehicles_their_uses_category(layout):
    r = report(VANS_AND_USES, layout)
    assert counts(r) == VANS_AND_USES_COUNTED
    assert run_checks(r) == []


def test_vehicle_categories_count_vans_and_special_vehicles_by_category(tmp_path):
    r = report(VANS_AND_USES)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    # no 계 row: the fleet's total is vehicle_totals' (fleet112)
    assert db.execute("SELECT category, count FROM vehicle_categories ORDER BY category").fetchall() == [
        ("승용", 2), ("승합", 2), ("특수", 3), ("화물", 8)]


def test_a_count_table_of_kinds_as_rows_puts_its_kinds_under_their_categories():
    # as a list's models (before, the fleet's kinds, vehicle_categories' categories): tests/test_fleet110.py
    r = report("(단위: 대)\n\n차 종\t보 유\n계\t3\n압축진개차\t2\n카니발\t1\n\n")
    assert counts(r) == [("계", "계", 3), ("화물", "압축진개차", 2), ("승합", "카니발", 1)]


def test_a_column_of_owners_is_no_category():
    r = report("연번\t구 분\t차 종\t차량번호\n1\t관용\t쏘나타\t12가3456\n2\t임차\t봉고Ⅲ\t34나5678\n\n")
    assert counts(r) == [("계", "계", 2), ("승용", "쏘나타", 1), ("화물", "봉고Ⅲ", 1)]
