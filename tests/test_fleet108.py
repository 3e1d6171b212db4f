"""Vehicles' categories, the leftovers of fleet107.

A fleet printed under a heading naming staff beside it (`인력 및 공용차량 현황`, as HWP's general part prints its
staffing and fleet tables under one heading) is named by its vehicles part (`공용차량현황`): its counts of the kinds
its header prints (`승용 | 승합 | 화물 | 특수`) are the fleet's, under its name as every fleet's are, and
`vehicle_categories` counts them under the header's categories; before, the name, so their category, was the
heading's every word (`인력및공용차량현황`), unlike the fleet's in the years whose heading names no staff.

A listed vehicle's category (`vehicle_list._category_of`): what its row prints where it tells (seats, load, use),
else its model's; a model the tool does not know, its row telling nothing, in no category (`미분류` since
fleet109, its kind as printed, named by `vehicles.uncategorised`); a van printing no seats a 승합, its model's; a
vehicle of 2 or 3 seats a 승용 only where its model is one, else in no category (a truck's cab). A model's Latin
code (`K5`, `EV6`, `G80`) is matched as a whole code: not `K50`, `SK5` nor `EV60` (before, `한빛K50` was a 승용).
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from extractors.vehicle_list import _category_of, _Printed
from extractors.vehicle_models import MODEL_CATEGORIES, known_category
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_fleet107 import COVER, PROJECTS, counts, report, uncategorised
from tests.test_hwp105 import _read
from tests.test_vehicles_more import LAYOUTS

STAFF_AND_FLEET = ("구 분\t계\t5급\t6급\t7급\t8급\n정 원\t15\t1\t4\t6\t4\n현 원\t14\t1\t4\t5\t4\n\n"
                   "구 분\t계\t승용\t승합\t화물\t특수\n보 유\t9\t3\t2\t3\t1\n")
HELD = [("계", "계", 9), ("승용", 3), ("승합", 2), ("화물", 3), ("특수", 1)]


def staff_and_fleet(heading: str, layout: str):
    text = COVER + f"# Ⅰ. 일반현황\n\n## 2. {heading}\n\n" + STAFF_AND_FLEET + PROJECTS
    return extract_report(read_text("t.md", LAYOUTS[layout](text).encode()))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("heading", "name"), [("인력 및 공용차량 현황", "공용차량현황"),
                                               ("인력·차량 현황 (총 9대)", "차량현황"),
                                               ("공용차량 및 인력 현황", "공용차량현황"),
                                               ("직원 및 관용차량 현황", "관용차량현황")])
def test_a_fleet_under_a_heading_naming_staff_beside_it_is_named_by_its_vehicles(layout, heading, name):
    r = staff_and_fleet(heading, layout)
    assert len(r.staffing) == 10
    (fleet,) = r.vehicles
    # before, `인력및공용차량현황`, `인력·차량현황`, `공용차량및인력현황`, `직원및관용차량현황`: name and category
    assert fleet.name == name
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        HELD[0], *((name, kind, count) for kind, count in HELD[1:])]
    assert run_checks(r) == []


@pytest.mark.parametrize("heading", ["장비 및 차량 현황", "청소차량 및 장비 현황", "공용차량 현황"])
def test_a_heading_naming_no_staff_names_its_fleet_as_before(heading):
    (fleet,) = staff_and_fleet(heading, "tabs").vehicles
    assert fleet.name == heading.replace(" ", "")


HWP_STAFF_AND_FLEET = """\
Ⅰ. 일반현황
2 인력 및 장비 현황
□ 인력 및 공용차량 현황
  구
          계     6급    7급    8급    9급
  분
  정
          31      5     10      9      7
  원
  현
          29      5      9      9      6
  원
  구
      계       승용     승합     화물     특수
  분
  보
      11         4        3        3        1
  유
"""


def test_hwp_layout_text_of_staff_then_fleet_under_one_heading(tmp_path):
    """pdftotext -layout of HWP's stacked labels (`구` over `계  승용 …` over `분`): the fleet's categories are its
    header's, in the database too; the fleet named `공용차량현황`, as where its heading names no staff."""
    tables, _, r = _read(HWP_STAFF_AND_FLEET, tmp_path)
    assert [rows[0][2:] for rows in tables] == [("6급", "7급", "8급", "9급"), ("승용", "승합", "화물", "특수")]
    (fleet,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 11), ("공용차량현황", "승용", 4), ("공용차량현황", "승합", 3), ("공용차량현황", "화물", 3),
        ("공용차량현황", "특수", 1)]
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha", run_checks(r))
    assert db.execute("SELECT fleet, category, count FROM vehicle_categories WHERE category <> '계'"
                      " ORDER BY count DESC, category").fetchall() == [
        ("공용차량현황", "승용", 4), ("공용차량현황", "승합", 3), ("공용차량현황", "화물", 3),
        ("공용차량현황", "특수", 1)]


NO_SEATS_OR_FEW = ("연번\t차 명\t차량번호\t연식\t승차정원\t비 고\n"
                   "1\t카니발\t12가3456\t2022\t\t업무용\n"
                   "2\t그랜드스타렉스\t23가4567\t2016\t-\t\n"
                   "3\t모빌리티카\t34나5678\t2023\t\t전기\n"
                   "4\t에코캐리어\t45나6789\t2021\t2\t전기\n"
                   "5\t레이\t56다7890\t2020\t2\t\n"
                   "6\t포터Ⅱ\t67다8901\t2019\t3\t\n"
                   "7\t뉴로드\t78라9012\t2024\t3인\t\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_van_without_seats_and_vehicles_of_two_or_three_seats(layout):
    r = report(NO_SEATS_OR_FEW, layout)
    # a van printing no seats (blank, `-`): a 승합, its model's; 2 or 3 seats: a 승용 only where the model is one
    # (a 2-seat 레이, its 밴 not printed), a 화물 where the model is (포터), else none (a cab's seats tell nothing)
    assert counts(r) == [("계", "계", 7), ("승합", "카니발", 1), ("승합", "그랜드스타렉스", 1),
                         ("미분류", "모빌리티카", 1), ("미분류", "에코캐리어", 1), ("승용", "레이", 1),
                         ("화물", "포터Ⅱ", 1), ("미분류", "뉴로드", 1)]
    assert uncategorised(r) == [("info", "목록", "차종", "차량 목록의 차종을 승용·승합·화물·특수로 분류하지"
                                 " 못했습니다 (모빌리티카·에코캐리어·뉴로드: 3대)")]


UNKNOWN = st.sampled_from(["모빌리티카", "에코캐리어", "뉴로드", "한빛7", "한빛K50", "SK5", "EV60", "QM60"])
FLEETS = st.sampled_from(["공용차량현황", "관용차량", "업무용차량", "차량"])


@given(model=UNKNOWN, fleet=FLEETS, seats=st.one_of(st.none(), st.integers(1, 3)))
def test_an_unknown_model_whose_row_tells_nothing_is_in_no_category(model, fleet, seats):
    """Its kind as printed, under `미분류` (what `vehicles.uncategorised` names), whatever the fleet."""
    assert _category_of("", model, _Printed(names=model, uses="", seats=seats, load=False), fleet) == ("미분류", model)


@given(model=UNKNOWN, seats=st.one_of(st.none(), st.integers(1, 45)), load=st.booleans(),
       use=st.sampled_from(["", "업무용", "청소차", "구급"]))
def test_an_unknown_models_category_is_its_rows(model, seats, load, use):
    category, _ = _category_of("", model, _Printed(names=model, uses=use, seats=seats, load=load), "차량")
    told = ("승합" if seats is not None and seats >= 11 else "화물" if load or use == "청소차" else "특수"
            if use == "구급" else "승용" if seats is not None and seats >= 4 else "미분류")
    assert category == told


CODES = [model for models in MODEL_CATEGORIES.values() for model in models if model.isascii()]


@given(code=st.sampled_from(CODES), before=st.sampled_from(["", "더뉴", "올뉴", "신형 ", "(", "1. "]),
       after=st.sampled_from(["", "하이브리드", " 전기", "HEV", "LPG", "(의전)", " 2.0"]))
def test_a_models_code_is_matched_with_korean_words_or_a_trim_beside_it(code, before, after):
    assert known_category(before + code + after) == "승용"


@given(code=st.sampled_from(CODES), before=st.sampled_from(["", "S", "A", "1", "X"]),
       after=st.sampled_from(["", "0", "5", "00"]))
def test_a_models_code_is_not_matched_within_a_longer_code(code, before, after):
    text = before + code + after
    assert known_category(text) == ("승용" if text in CODES else None)


def test_codes_within_longer_codes_in_a_list():
    r = report("연번\t차 명\t차량번호\t연식\n1\t한빛K50\t12가3456\t2023\n2\tSK5밴\t23가4567\t2021\n"
               "3\t더뉴K5 하이브리드\t34나5678\t2022\n4\tEV60\t45나6789\t2024\n5\tGV80\t56다7890\t2023\n")
    # before, 한빛K50 and EV60 were 승용 (K5, EV6 within them); SK5밴 a 화물 by its 밴
    assert counts(r) == [("계", "계", 5), ("미분류", "한빛K50", 1), ("화물", "SK5밴", 1),
                         ("승용", "더뉴K5하이브리드", 1), ("미분류", "EV60", 1), ("승용", "GV80", 1)]
