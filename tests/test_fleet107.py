"""A vehicle list's vehicles under the law's categories, so that "how many 승용/승합/화물/특수 has each department"
counts every vehicle listed. Before, a model the tool did not know (`암롤차`, `쏠라티`, `G80`) was the fleet's kind,
counted by model in `vehicle_categories`, and a van printing no seats in its name was a 승합 whatever its
`승차정원`. Now a vehicle's category is what its row prints where it tells: its seats (`승차정원`: 11 or more a 승합,
a van of 10 or fewer a 승용, of 2 or 3 a 화물, an unknown model of 4 to 10 a 승용), a load (`최대적재량`: a 화물), its
use (`용 도 | 청소차`: a 화물; `구급`: a 특수), else its model (one table of them, `MODEL_CATEGORIES`); a model
still unknown with nothing on its row to tell stays the fleet's kind, named once in a `vehicles.uncategorised`
finding."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from extractors.vehicle_list import _category_of, _Printed
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_vehicles_more import LAYOUTS

COVER = "제288회 누리구의회 제2차 정례회\n\n2024. 11. 20. ~ 12. 18.\n\n# 2025년 주요업무보고\n\n## 자 원 순 환 과\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n## 3. 공용차량 현황\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### 1. 생활폐기물 수거 개선 (청소행정팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"


def report(table: str, layout: str = "tabs", cover: str = COVER, name: str = "t.md"):
    return extract_report(read_text(name, LAYOUTS[layout](cover + GENERAL + table + "\n" + PROJECTS).encode()))


def counts(r) -> list[tuple[str, str, int]]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count) for c in fleet.counts]


def uncategorised(r) -> list[tuple[str, str, str, str]]:
    return [(f.severity, f.row, f.column, f.message) for f in run_checks(r) if f.rule == "vehicles.uncategorised"]


BY_SEATS = ("연번\t차 명\t차량번호\t연식\t승차정원\t연 료\n"
            "1\t스타리아\t12가3456\t2023\t9\t경유\n"
            "2\t쏠라티\t70자1234\t2021\t15\t경유\n"
            "3\t카니발\t34나5678\t2022\t11\t경유\n"
            "4\t그랜드스타렉스\t56다7890\t2017\t3\t경유\n"
            "5\t모빌리티카\t78라1234\t2024\t5명\t전기\n"
            "6\t에코캐리어\t90마1234\t2020\t2\t전기\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seats_printed_decide_a_van_and_an_unknown_model(layout):
    r = report(BY_SEATS, layout)
    # a 9-seat 스타리아 a 승용 (before, a 승합 by its model), a 3-seat 스타렉스 a cargo van, a 화물; 쏠라티 of 15 a
    # 승합 (before, the fleet's kind); an unknown model of 5 seats a 승용; of 2 seats (a cab) nothing tells
    assert counts(r) == [("계", "계", 6), ("승용", "스타리아", 1), ("승합", "쏠라티", 1), ("승합", "카니발", 1),
                         ("화물", "그랜드스타렉스", 1), ("승용", "모빌리티카", 1), ("미분류", "에코캐리어", 1)]
    assert uncategorised(r) == [("info", "목록", "차종",
                                 "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (에코캐리어: 1대)")]


BY_LOAD_AND_USE = ("연번\t차 종\t차량번호\t연식\t최대적재량\t용 도\n"
                   "1\t르노마스터\t12가3456\t2021\t1.3톤\t자재운반\n"
                   "2\t스타리아\t34나5678\t2022\t800kg\t물품배송\n"
                   "3\t쏘나타\t56다7890\t2019\t-\t업무용\n"
                   "4\t뉴파워트럭\t서울90바1234\t2018\t5톤\t압착진개\n"
                   "5\t에이치엠\t서울90바5678\t2020\t-\t청소차\n"
                   "6\t이스타나\t78라1234\t2016\t-\t구급\n"
                   "7\t그랜드스타렉스\t90마1234\t2015\t-\t견인차 지원\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_load_printed_is_a_cargo_vehicle_and_a_use_tells_an_unknown_model(layout):
    r = report(BY_LOAD_AND_USE, layout)
    # a load: a 화물, an unknown model or a van; `-` is none (the 쏘나타 a 승용). A use names an unknown model's
    # category (청소차: 화물, 구급: 특수), not a known one's (a 스타렉스 "supporting the tow truck" is a 승합)
    assert counts(r) == [("계", "계", 7), ("화물", "르노마스터", 1), ("화물", "스타리아", 1), ("승용", "쏘나타", 1),
                         ("화물", "뉴파워트럭", 1), ("화물", "에이치엠", 1), ("특수", "이스타나", 1),
                         ("승합", "그랜드스타렉스", 1)]
    assert uncategorised(r) == []


MODELS = ("연번\t차 종\t차량번호\t연식\t비 고\n"
          "1\tG80\t12가3456\t2023\t의전용\n2\t그랜저 하이브리드\t23가4567\t2022\t\n3\t아이오닉6\t34나5678\t2024\t전기\n"
          "4\t니로EV\t45나6789\t2021\t전기\n5\t코나 일렉트릭\t56다7890\t2022\t전기\n6\t쏠라티\t70자1234\t2020\t\n"
          "7\t카니발\t67다8901\t2021\t\n8\t수소버스\t70자5678\t2024\t수소\n9\t포터Ⅱ 일렉트릭\t78라1234\t2023\t전기\n"
          "10\t봉고Ⅲ 1톤\t89라2345\t2019\t\n11\t암롤차\t서울90바1234\t2018\t\n12\t압착진개차\t서울90바5678\t2019\t\n"
          "13\t구급차\t90마1234\t2020\t\n14\t지게차\t-\t2014\t\n15\t수소차\t91마2345\t2023\t수소\n")


def test_common_public_fleet_models_and_uses_are_under_their_categories():
    r = report(MODELS)
    assert counts(r) == [("계", "계", 15), ("승용", "G80", 1), ("승용", "그랜저하이브리드", 1),
                         ("승용", "아이오닉6", 1), ("승용", "니로EV", 1), ("승용", "코나일렉트릭", 1),
                         ("승합", "쏠라티", 1), ("승합", "카니발", 1), ("승합", "수소버스", 1),
                         ("화물", "포터Ⅱ일렉트릭", 1), ("화물", "봉고Ⅲ1톤", 1),
                         ("화물", "암롤차", 1), ("화물", "압착진개차", 1), ("특수", "구급차", 1), ("특수", "지게차", 1),
                         ("미분류", "수소차", 1)]
    # a fuel is no category: a `수소차` (its model not printed) is the one vehicle in none, named once
    assert uncategorised(r) == [("info", "목록", "차종",
                                 "차량 목록의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 (수소차: 1대)")]


def test_vehicle_categories_count_every_listed_vehicle_under_a_category(tmp_path):
    db = connect(tmp_path / "r.db")
    for number, (department, table) in enumerate((("자 원 순 환 과", MODELS), ("청 소 행 정 과", BY_LOAD_AND_USE))):
        r = report(table, cover=COVER.replace("자 원 순 환 과", department), name=f"{number}.md")
        load_report(db, r, f"sha-{number}", run_checks(r))
    rows = db.execute("SELECT d.department, c.category, c.count FROM vehicle_categories c"
                      " JOIN reports d ON d.id = c.document_id WHERE c.status = '보유' AND c.category <> '계'"
                      " ORDER BY d.department, c.category").fetchall()
    assert rows == [("자원순환과", "미분류", 1), ("자원순환과", "승용", 5), ("자원순환과", "승합", 3),
                    ("자원순환과", "특수", 2), ("자원순환과", "화물", 4),
                    ("청소행정과", "승용", 1), ("청소행정과", "승합", 1), ("청소행정과", "특수", 1),
                    ("청소행정과", "화물", 4)]
    # every vehicle the fleets hold, the one uncategorised 수소차 counted as 미분류
    assert db.execute("SELECT sum(held) FROM vehicle_totals").fetchone() == (22,)
    assert db.execute("SELECT count(*) FROM findings WHERE rule = 'vehicles.uncategorised'").fetchone() == (1,)


def test_the_finding_names_each_unknown_model_once_with_its_vehicles():
    r = report("연번\t차 종\t차량번호\t연식\n1\t모빌리티카\t12가3456\t2023\n2\t에코캐리어\t34나5678\t2021\n"
               "3\t\t56다7890\t2022\n4\t쏘나타\t78라1234\t2020\n")
    # a blank below a kind is a merged cell: the 모빌리티카 above, 2 of them
    assert counts(r) == [("계", "계", 4), ("미분류", "모빌리티카", 1), ("미분류", "에코캐리어", 2),
                         ("승용", "쏘나타", 1)]
    assert uncategorised(r) == [("info", "목록", "차종", "차량 목록의 차종을 승용·승합·화물·특수로 분류하지"
                                 " 못했습니다 (모빌리티카·에코캐리어: 3대)")]


def test_a_category_printed_alone_is_no_unknown_model():
    r = report("연번\t차 종\t차량번호\t연식\n1\t승 용\t12가3456\t2023\n2\t화 물\t34나5678\t2021\n")
    assert uncategorised(r) == []


UNKNOWN_MODELS = st.sampled_from(["모빌리티카", "에코캐리어", "뉴로드", "한빛7"])


@given(model=UNKNOWN_MODELS, seats=st.integers(1, 45))
def test_an_unknown_model_by_its_seats_alone(model, seats):
    """자동차관리법: 11 seats or more a 승합, 10 or fewer a 승용; 2 or 3 (a truck's cab) tell nothing."""
    category, kind = _category_of("", model, _Printed(names=model, uses="", seats=seats, load=False), "차량")
    assert kind == model
    assert category == ("승합" if seats >= 11 else "승용" if seats >= 4 else "미분류")


@given(model=st.sampled_from(["카니발", "스타리아", "그랜드스타렉스", "쏠라티", "카운티"]), seats=st.integers(1, 45),
       load=st.booleans())
def test_a_van_or_bus_by_its_seats_and_load(model, seats, load):
    category, _ = _category_of("", model, _Printed(names=model, uses="", seats=seats, load=load), "차량")
    expected = "승합" if seats >= 11 else "화물" if load or seats < 4 else "승용"
    assert category == expected
