"""A vehicle list printed with the count table it restates (`계 3, 승용 2, 승합 1` and then the 3 vehicles, one row
each): before, the list was a second fleet, so a department's vehicles summed twice over (6 for 3 cars)."""

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_vehicle_list_gaps import COVER, PROJECTS

COUNT = "| 구 분 | 계 | 승용 | 승합 |\n|---|---|---|---|\n| 대 수 | 3 | 2 | 1 |\n\n"
LIST = ("| 연번 | 차 종 | 차량번호 | 연식 |\n|---|---|---|---|\n| 1 | 아이오닉 | 12가3456 | 2022 |\n"
        "| 2 | 쏘나타 | 34나5678 | 2020 |\n| 3 | 스타리아 | 56다7890 | 2023 |\n")
FOURTH = "| 4 | 카니발 | 78라1234 | 2021 |\n"


def report(general: str):
    return extract_report(read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n" + general + PROJECTS).encode()))


def counts(records) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in records]


def summary(r) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


HELD = [("계", "계", 3), ("공용차량현황", "승용", 2), ("공용차량현황", "승합", 1)]


def test_a_list_under_the_count_tables_heading_is_the_fleets_list_not_a_second_fleet(tmp_path):
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + LIST)
    (fleet,) = r.vehicles
    assert (fleet.caption, fleet.printed_total, counts(fleet.counts)) == ("1. 공용차량 현황 (총 3대)", 3, HELD)
    assert counts(fleet.listed) == [("계", "계", 3), ("승용", "아이오닉", 1), ("승용", "쏘나타", 1),
                                    ("승합", "스타리아", 1)]
    (grid,) = r.tables  # the list as printed, beside the records
    assert (grid.caption, grid.records_in, grid.rows[3][2]) == ("1. 공용차량 현황 (총 3대)", "vehicles", "56다7890")
    assert summary(r) == []
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT count(*) FROM vehicle_fleets").fetchone() == (1,)
    assert db.execute("SELECT status, sum(count) FROM vehicles WHERE category = '계' AND kind = '계'"
                      " GROUP BY status ORDER BY status").fetchall() == [("목록", 3), ("보유", 3)]


def test_a_list_naming_more_vehicles_than_the_count_table_is_a_finding():
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + LIST + FOURTH)
    (fleet,) = r.vehicles
    assert (counts(fleet.counts)[0], counts(fleet.listed)[0]) == (("계", "계", 3), ("계", "계", 4))
    assert summary(r) == [("header.total", "error", "목록", "총계", "3", "4")]
    (finding,) = run_checks(r)
    assert finding.message == "차량 목록의 대수가 표의 총계와 다릅니다 (목록 4대, 표 3대)"
    assert finding.source.line == (COVER + "# Ⅰ. 일반현황\n\n## 1\n\n" + COUNT).count("\n") + 3  # the list's 1st car


def test_a_list_under_a_sub_heading_of_the_count_tables_heading_is_its_list():
    r = report("## 2. 차량 보유 현황(총 3대)\n\n" + COUNT + "### □ 차량 목록\n\n" + LIST + FOURTH)
    (fleet,) = r.vehicles
    assert fleet.caption == "2. 차량 보유 현황(총 3대)" and counts(fleet.listed)[0] == ("계", "계", 4)
    assert summary(r) == [("header.total", "error", "목록", "총계", "3", "4")]


def test_a_list_of_as_many_vehicles_right_after_the_count_table_is_its_list():
    r = report("## 2 차 량\n\n□ 공용차량 현황\n\n" + COUNT + "□ 차량 목록\n\n" + LIST)
    (fleet,) = r.vehicles
    assert (counts(fleet.counts), counts(fleet.listed)[0]) == (HELD, ("계", "계", 3))
    assert summary(r) == []


def test_a_list_of_other_vehicles_under_a_heading_of_its_own_is_a_fleet():
    r = report("## 2 차 량\n\n□ 공용차량 현황\n\n" + COUNT + "□ 청소차량 목록\n\n" + LIST + FOURTH)
    assert [(f.caption, counts(f.counts)[0], f.listed) for f in r.vehicles] == [
        ("공용차량 현황", ("계", "계", 3), []), ("청소차량 목록", ("계", "계", 4), [])]
    assert summary(r) == []


def test_a_list_after_a_list_is_a_fleet_of_its_own():
    r = report("## 2 차 량\n\n□ 승용차량 목록\n\n" + LIST + "\n□ 화물차량 목록\n\n" + LIST.replace("가", "바"))
    assert [(f.caption, counts(f.counts)[0], f.listed) for f in r.vehicles] == [
        ("승용차량 목록", ("계", "계", 3), []), ("화물차량 목록", ("계", "계", 3), [])]


def test_a_second_list_restates_no_count_table_its_first_list_restates():
    r = report("## 1. 공용차량 현황 (총 3대)\n\n" + COUNT + LIST + "\n□ 전기 차량 목록\n\n" + LIST.replace("가", "바"))
    assert [(f.caption, counts(f.counts)[0], counts(f.listed)[:1]) for f in r.vehicles] == [
        ("1. 공용차량 현황 (총 3대)", ("계", "계", 3), [("계", "계", 3)]), ("전기 차량 목록", ("계", "계", 3), [])]
