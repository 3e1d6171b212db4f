"""A `※` line between a vehicles table and the next table, and a vehicle list next to a count of other vehicles.

A `※` line that names the table below it (`※ 전기차 충전시설 현황`, `※ 임차차량 현황`) is that table's caption, as any
heading; only a note (`※ 2025. 5. 31. 기준`, `※ 친환경차 2대 포함`, a remark) leaves the caption as the heading
above. Before, every `※` line did: a charger table under a fleet's heading was read as vehicles of that fleet, and a
list of leased vehicles as the count table's list (a false `header.total` each). A list under a heading of its own
names a count table's vehicles again only where its kinds agree with the count's: before, as many vehicles alone
made a list of 청소차량 the list of the 업무용 차량 counted next to it, and 3 vehicles of the department were lost.
"""

import pytest

from tests.test_vehicle_list_gaps import COUNT, HEADER, LAYOUTS, counts, fleets, report, summary

FIVE = "(단위: 대)\n\n구 분\t계\t승용\t승합\t화물\n대 수\t5\t2\t2\t1\n\n"
HELD_FIVE = [("계", "계", 5), ("공용차량현황", "승용", 2), ("공용차량현황", "승합", 2), ("공용차량현황", "화물", 1)]
CHARGERS = "구 분\t설치장소\t급속\t완속\t계\n청 사\t지하주차장\t2\t4\t6\n별 관\t옥외주차장\t1\t2\t3\n\n"
LEASED = ("연번\t차량번호\t차 종\t임차기간\n1\t78라1234\t아이오닉5\t2024.1.~2027.12.\n"
          "2\t90마5678\t카니발\t2023.6.~2026.5.\n\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_line_naming_a_charger_table_captions_it(layout):
    r = report("## 3. 공용차량 현황 (총 5대)\n\n" + FIVE + "※ 전기차 충전시설 현황\n\n" + CHARGERS, layout)
    assert fleets(r) == [("3. 공용차량 현황 (총 5대)", HELD_FIVE, [])]
    assert [(t.caption, t.records_in) for t in r.tables] == [("전기차 충전시설 현황", None)]
    assert summary(r) == []


@pytest.mark.parametrize("note", ["※ 임차차량 현황", "※ 임차차량 현황 (2025. 5. 31. 기준)", "※ 임차차량"])
def test_a_note_line_naming_a_list_of_other_vehicles_makes_it_a_fleet_of_its_own(note):
    r = report("## 3. 공용차량 현황 (총 5대)\n\n" + FIVE + note + "\n\n" + LEASED)
    assert fleets(r) == [("3. 공용차량 현황 (총 5대)", HELD_FIVE, []),
                         (note.removeprefix("※ "), [("계", "계", 2), ("승용", "아이오닉5", 1), ("승합", "카니발", 1)],
                          [])]
    assert summary(r) == []


@pytest.mark.parametrize("note", ["※ 2025. 5. 31. 기준", "※ 친환경차 2대 포함",
                                  "※ 노후 차량 1대는 하반기 매각 예정임."])
def test_a_note_between_the_heading_and_the_table_still_leaves_the_heading_its_caption(note):
    r = report("## 3. 공용차량 현황 (총 6대)\n\n" + note + "\n\n" + FIVE)
    assert fleets(r) == [("3. 공용차량 현황 (총 6대)", HELD_FIVE, [])]
    assert summary(r) == [("header.total", "error", "제목", "총계", "5", "6")]


CLEANING = ("연번\t차량번호\t차 종\t규 격\t연 식\n1\t서울90바1234\t압축진개차\t5톤\t2019\n"
            "2\t서울90바5678\t암롤차\t8톤\t2020\n3\t서울90바9012\t노면청소차\t5톤\t2021\n\n")
OFFICE = "(단위: 대)\n\n구 분\t계\t승용\t승합\t화물\n대 수\t3\t1\t1\t1\n\n"
# 압축진개차 and 노면청소차 are 청소차, 화물 (특수용도형); 암롤차, a model the tool does not know, stays the fleet's
CLEANING_FLEET = ("청소차량 현황", [("계", "계", 3), ("화물", "압축진개차", 1), ("화물", "암롤차", 1),
                                ("화물", "노면청소차", 1)], [])
OFFICE_FLEET = ("업무용 차량", [("계", "계", 3), ("업무용차량", "승용", 1), ("업무용차량", "승합", 1),
                            ("업무용차량", "화물", 1)], [])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_of_other_kinds_before_a_count_of_as_many_vehicles_is_a_fleet_of_its_own(layout):
    r = report("## 3. 장비 현황\n\n□ 청소차량 현황\n\n" + CLEANING + "□ 업무용 차량\n\n" + OFFICE, layout)
    assert fleets(r) == [CLEANING_FLEET, OFFICE_FLEET]
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_of_other_kinds_after_a_count_of_as_many_vehicles_is_a_fleet_of_its_own(layout):
    r = report("## 3. 장비 현황\n\n□ 업무용 차량\n\n" + OFFICE + "□ 청소차량 현황\n\n" + CLEANING, layout)
    assert fleets(r) == [OFFICE_FLEET, CLEANING_FLEET]
    assert summary(r) == []


BY_KIND = (HEADER + "1\t승용차\t12가3456\t2022\t업무용\n2\t승용차\t34나5678\t2020\t업무용\n"
           "3\t승합차\t56다7890\t2023\t민원용\n\n")


@pytest.mark.parametrize("order", ["before", "after"])
def test_a_list_whose_kinds_agree_with_a_count_of_as_many_vehicles_is_its_list(order):
    lists, count = "□ 보유 차량 목록\n\n" + BY_KIND, "□ 업무용 차량 현황\n\n" + COUNT
    r = report("## 2 차 량\n\n" + (lists + count if order == "before" else count + lists))
    (fleet,) = r.vehicles
    assert (fleet.caption, counts(fleet.counts)) == (
        "업무용 차량 현황", [("계", "계", 3), ("업무용차량현황", "승용", 2), ("업무용차량현황", "승합", 1)])
    assert counts(fleet.listed) == [("계", "계", 3), ("보유차량목록", "승용차", 2), ("보유차량목록", "승합차", 1)]
    assert summary(r) == []
