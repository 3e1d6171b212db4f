"""A vehicle list printed before the count table it restates, or split over two tables (its header printed again,
or 관용 and 임차 as two lists): before, such a list stayed a fleet of its own, so a department's vehicles summed
twice over and its heading's `총N대` was checked against a part of the list. Also: a list printed alone is still a
fleet, and a list of something else (전기차 충전기) is no list of vehicles. Each layout as a converter prints it."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.layouts import make_pdfs
from tests.test_vehicles_more import LAYOUTS

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 감 사 담 당 관\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
COUNT = "구 분\t계\t승용\t승합\n대 수\t3\t2\t1\n\n"
HEADER = "연번\t차 종\t차량번호\t연식\t용 도\n"
CARS = ["1\t아이오닉\t12가3456\t2022\t업무용\n", "2\t쏘나타\t34나5678\t2020\t업무용\n",
        "3\t스타리아\t56다7890\t2023\t민원용\n"]
FOURTH = "4\t카니발\t78라1234\t2021\t민원용\n"
LIST = HEADER + "".join(CARS) + "\n"
CHARGERS = "연번\t설치장소\t충전기 형식\t설치연도\n1\t본관 주차장\t급속\t2022\n2\t별관 주차장\t완속\t2023\n\n"


def report(general: str, layout: str = "tabs"):
    return extract_report(read_text("t.md", LAYOUTS[layout](COVER + GENERAL + general + PROJECTS).encode()))


def counts(records) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in records]


def fleets(r) -> list[tuple]:
    return [(f.caption, counts(f.counts), counts(f.listed)) for f in r.vehicles]


def summary(r) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def held(name: str) -> list[tuple[str, str, int]]:
    return [("계", "계", 3), (name, "승용", 2), (name, "승합", 1)]


# the list's vehicles: its models by their category (a 스타리아, its seats not printed, a 승합)
LISTED = [("계", "계", 3), ("승용", "아이오닉", 1), ("승용", "쏘나타", 1), ("승합", "스타리아", 1)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_before_the_count_table_under_its_heading_is_its_list(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + LIST + COUNT, layout)
    assert fleets(r) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    (grid,) = r.tables  # the list as printed, beside the records
    assert (grid.records_in, grid.rows[3][2]) == ("vehicles", "56다7890")
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_before_the_count_table_naming_more_vehicles_is_a_finding(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + HEADER + "".join(CARS) + FOURTH + "\n" + COUNT, layout)
    (fleet,) = r.vehicles
    assert (counts(fleet.counts)[0], counts(fleet.listed)[0]) == (("계", "계", 3), ("계", "계", 4))
    assert summary(r) == [("header.total", "error", "목록", "총계", "3", "4")]


def test_a_list_under_a_sub_heading_before_a_count_of_as_many_vehicles_is_its_list():
    r = report("## 2 차 량\n\n□ 차량 목록\n\n" + LIST + "□ 차종별 차량 현황\n\n" + COUNT)
    assert fleets(r) == [("차종별 차량 현황", held("차종별차량현황"), LISTED)]
    assert summary(r) == []


def test_a_list_of_other_vehicles_before_a_count_table_is_a_fleet_of_its_own():
    r = report("## 2 차 량\n\n□ 청소차량 목록\n\n" + HEADER + "".join(CARS) + FOURTH + "\n□ 공용차량 현황\n\n" + COUNT)
    assert [(caption, held_[0], listed_) for caption, held_, listed_ in fleets(r)] == [
        ("청소차량 목록", ("계", "계", 4), []), ("공용차량 현황", ("계", "계", 3), [])]
    assert summary(r) == []


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_list_after_the_count_table_printed_as_two_tables_is_one_list(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + HEADER + "".join(CARS[:2]) + "\n" + HEADER + CARS[2] + "\n",
               layout)
    assert fleets(r) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    # as tables one right after the other (`|` or tabs), the part below repeating the header: one table, as a page
    # parts one
    assert [(t.records_in, len(t.rows)) for t in r.tables] == [("vehicles", 4)]
    assert summary(r) == []


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_list_in_two_tables_naming_more_vehicles_is_one_finding(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + HEADER + "".join(CARS[:2]) + "\n"
               + HEADER + CARS[2] + FOURTH + "\n", layout)
    (fleet,) = r.vehicles
    assert counts(fleet.listed) == [("계", "계", 4), *LISTED[1:], ("승합", "카니발", 1)]
    assert summary(r) == [("header.total", "error", "목록", "총계", "3", "4")]
    (finding,) = run_checks(r)
    assert finding.source == fleet.listed[0].source  # the first table's first vehicle


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_list_before_the_count_table_printed_as_two_tables_is_one_list(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + HEADER + "".join(CARS[:2]) + "\n" + HEADER + CARS[2] + "\n" + COUNT,
               layout)
    assert fleets(r) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    assert summary(r) == []


def test_a_list_printed_alone_as_two_tables_is_one_fleet():
    r = report("## 2 차량 현황\n\n" + HEADER + "".join(CARS[:2]) + "\n" + HEADER + CARS[2] + "\n")
    assert fleets(r) == [("2 차량 현황", LISTED, [])]
    assert summary(r) == []


OWNED_LEASED = "□ 관용차량\n\n" + HEADER + "".join(CARS[:2]) + "\n□ 임차차량\n\n" + HEADER + CARS[2] + "\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_lists_under_the_count_tables_heading_are_its_list(layout):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + OWNED_LEASED, layout)
    assert fleets(r) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    assert summary(r) == []


def test_two_lists_after_a_count_table_naming_as_many_vehicles_together_are_its_list():
    r = report("## 2 차 량\n\n□ 공용차량 현황\n\n" + COUNT + OWNED_LEASED)
    assert fleets(r) == [("공용차량 현황", held("공용차량현황"), LISTED)]
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_lists_before_a_count_table_naming_as_many_vehicles_together_are_its_list(layout):
    r = report("## 2 차 량\n\n" + OWNED_LEASED + "□ 공용차량 현황 (총 3대)\n\n" + COUNT, layout)
    assert fleets(r) == [("공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    assert summary(r) == []


def test_a_list_after_a_count_table_its_lists_name_in_full_is_a_fleet_of_its_own():
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + OWNED_LEASED + "□ 청소차량\n\n" + HEADER + CARS[0] + "\n")
    assert [(caption, held_[0], listed_[:1]) for caption, held_, listed_ in fleets(r)] == [
        ("1. 공용차량 현황 (총 3대)", ("계", "계", 3), [("계", "계", 3)]), ("청소차량", ("계", "계", 1), [])]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_printed_alone_is_a_fleet(layout):
    r = report("## 2 차량 현황 (총 3대)\n\n" + LIST, layout)
    assert fleets(r) == [("2 차량 현황 (총 3대)", LISTED, [])]
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_of_chargers_beside_the_count_table_is_no_list_of_vehicles(layout):
    r = report("## 2 차량 현황 (총 3대)\n\n" + COUNT + CHARGERS, layout)
    assert fleets(r) == [("2 차량 현황 (총 3대)", held("차량현황"), [])]
    (grid,) = r.tables
    assert (grid.records_in, grid.rows[1][1]) == (None, "본관 주차장")
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_tables_of_chargers_under_a_heading_naming_vehicles_are_no_fleet(layout):
    r = report("## 2 차량 현황 (총 3대)\n\n□ 공용차량\n\n" + COUNT + "□ 전기차량 충전기 현황\n\n" + CHARGERS
               + "□ 전기차량 충전기 수량\n\n구 분\t계\t급속\t완속\n설 치\t5\t2\t3\n\n", layout)
    assert fleets(r) == [("공용차량", held("공용차량"), [])]
    assert [(t.caption, t.records_in) for t in r.tables] == [
        ("전기차량 충전기 현황", None), ("전기차량 충전기 수량", None)]


def _pdf_records(tmp_path, general: str):
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + GENERAL + general + PROJECTS, encoding="utf-8")
    make_pdfs.__wrapped__().render(source, target)  # a fresh copy: other tests patch the shared one's ruled_table
    return extract_file(source), extract_file(target)


@pytest.mark.parametrize(("general", "expected"), [
    ("## 1. 공용차량 현황 (총 3대)\n\n" + LIST + COUNT,
     [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]),
    ("## 2 차 량\n\n" + OWNED_LEASED + "□ 공용차량 현황 (총 3대)\n\n" + COUNT,
     [("공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]),
    ("## 2 차 량\n\n□ 공용차량 현황 (총 3대)\n\n" + COUNT + OWNED_LEASED,
     [("공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]),
    ("## 2 차량 현황 (총 3대)\n\n" + LIST, [("2 차량 현황 (총 3대)", LISTED, [])]),
], ids=["before", "two_before", "two_after", "alone"])
def test_lists_in_a_pdf_are_read_as_in_its_text(tmp_path, general, expected):
    for read in _pdf_records(tmp_path, general):
        assert fleets(read) == expected
        assert summary(read) == []


def test_lists_named_again_load_as_the_count_tables_vehicles_of_status_listed(tmp_path):
    r = report("## 2 차 량\n\n" + OWNED_LEASED + "□ 공용차량 현황 (총 3대)\n\n" + COUNT)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT caption FROM vehicle_fleets").fetchall() == [("공용차량 현황 (총 3대)",)]
    assert db.execute("SELECT status, category, kind, count FROM vehicles WHERE kind NOT IN ('승용', '승합')"
                      " ORDER BY status, category, kind").fetchall() == [
        ("목록", "계", "계", 3), ("목록", "승용", "쏘나타", 1), ("목록", "승용", "아이오닉", 1),
        ("목록", "승합", "스타리아", 1), ("보유", "계", "계", 3)]


@pytest.mark.parametrize("layout", ["tabs", "aligned"])
def test_a_list_going_on_under_its_header_printed_again_counts_no_header_as_a_vehicle(layout):
    """A list going on after a blank line under its header printed again (no page break) is read as one table with
    the header a row of it: before, that row was a vehicle (`차종`), 4 vehicles for 3."""
    r = report("1. 공용차량 현황 (총 3대)\n\n" + HEADER + "".join(CARS[:2]) + "\n" + HEADER + CARS[2] + "\n", layout)
    assert fleets(r) == [("1. 공용차량 현황 (총 3대)", [("계", "계", 3), ("승용", "아이오닉", 1),
                                          ("승용", "쏘나타", 1), ("승합", "스타리아", 1)], [])]
    assert run_checks(r) == []
