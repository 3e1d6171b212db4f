"""Vehicles tables by status (`정 수`, `현 원`, `과부족`) and the one count of a fleet's total: each test a layout or
a rule that was missing before, with the records and findings it should give."""

import pytest

from checks import run_checks
from schemas import VehicleCount
from schemas.vehicles import category_totals, counts_by_category, fleet_total
from tests.test_vehicles_more import LAYOUTS, report
from tests.test_vehicles_variants import counts, summary


def _counts(*cells: tuple[str, str, int]) -> list[VehicleCount]:
    return [VehicleCount(category=category, kind=kind, count=n) for category, kind, n in cells]


def test_a_fleets_total_is_its_grand_total_else_its_categories_with_a_groups_rows_counted_by_the_group():
    grouped = counts_by_category(_counts(("행정지원국", "소계", 5), ("행정지원국", "승용", 5),
                                         ("행정지원국 총무과", "소계", 3), ("행정지원국 자치과", "소계", 2),
                                         ("안전국", "승용", 2), ("안전국", "승합", 1)))
    assert category_totals(grouped) == {"행정지원국": 5, "안전국": 3}
    assert fleet_total(grouped) == 8
    assert fleet_total(counts_by_category(_counts(("계", "승용", 7), ("계", "승합", 5), ("자치팀", "승용", 3),
                                                  ("자치팀", "승합", 2)))) == 5  # a 계 row alone is no category
    assert fleet_total(counts_by_category(_counts(("계", "계", 11), ("승용", "소계", 7)))) == 11


CENTRED_CATEGORIES = [["구 분", "계", "", "승 용", "", "승 합", ""], ["", "", "소형", "중형", "대형", "소형", "중형"]]


@pytest.mark.parametrize("layout", ["tabs", "pipes", "ruled"])
def test_a_category_label_centred_over_its_kinds_heads_them_all(layout):
    """`승 용` printed over the middle of its three kinds, as a PDF centres a merged cell. Before, its first kind,
    left of the label, was `소형` of no category."""
    rows = [*CENTRED_CATEGORIES, ["계", "9", "2", "3", "1", "2", "1"], ["자치팀", "4", "1", "1", "1", "1", ""],
            ["민원팀", "5", "1", "2", "", "1", "1"]]
    r = report("공용차량 현황 : 총 9대", rows, layout)
    assert counts(r.vehicles[0])[:6] == [("계", "계", 9), ("계", "승용 소형", 2), ("계", "승용 중형", 3),
                                         ("계", "승용 대형", 1), ("계", "승합 소형", 2), ("계", "승합 중형", 1)]
    assert counts(r.vehicles[0])[6:8] == [("자치팀", "소계", 4), ("자치팀", "승용 소형", 1)]
    assert summary(r) == [] and r.tables == []


SHIFTED_LEFT = [["구 분", "정 수", "", "현 원", "", "", ""], ["", "계", "승용", "승합", "계", "승용", "승합"]]
SHIFTED_RIGHT = [["구 분", "", "정 수", "", "", "현 원", ""], ["", "계", "승용", "승합", "계", "승용", "승합"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_status_header_shifted_left_over_the_kinds_is_put_right_by_the_groups_of_kinds(layout):
    """`현 원` printed over the quota's last kind, as a converter that drops a merged cell shifts it. Before, the
    quota's 승합 was a kind of the vehicles held: `승합` twice, and the 12 held of the heading's 11. Space-aligned,
    the label centred over `승합 | 계 | 승용 | 승합` heads the group of kinds its centre stands over (`계 | 승용 |
    승합`), so there is nothing to repair."""
    r = report("공용차량 현황 : 총 11대", [*SHIFTED_LEFT, ["계", "12", "7", "5", "11", "7", "4"]], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("공용차량현황", "승용", 7), ("공용차량현황", "승합", 4)]
    if layout == "aligned":
        assert (fleet.quota, fleet.repaired, fleet.repair_note) == (12, False, None)
        assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
        return
    assert (fleet.quota, fleet.repaired) == (12, True)
    assert fleet.repair_note == ("상태 머리글이 차종 칸과 맞지 않아 차종의 묶음 순서대로 다시 배정함:"
                                 " 현원 5번째 칸부터(표기 4번째 칸)")
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11"),
                          ("repair.header", "info", "머리글", None, None, None)]
    assert run_checks(r)[-1].message == fleet.repair_note


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_a_status_header_shifted_left_over_the_kinds(layout):
    rows = [*SHIFTED_LEFT, ["계", "12", "7", "5", "11", "7", "4"], ["자치팀", "5", "3", "2", "5", "3", "2"],
            ["민원팀", "7", "4", "3", "6", "4", "2"]]
    r = report("공용차량 현황 : 총 11대", rows, layout)
    assert counts(r.vehicles[0]) == [
        ("계", "계", 11), ("계", "승용", 7), ("계", "승합", 4), ("자치팀", "소계", 5), ("자치팀", "승용", 3),
        ("자치팀", "승합", 2), ("민원팀", "소계", 6), ("민원팀", "승용", 4), ("민원팀", "승합", 2)]
    repaired = [] if layout == "aligned" else [("repair.header", "info", "머리글", None, None, None)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11"), *repaired]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_status_header_shifted_right_over_the_kinds_reads_as_centred_on_them(layout):
    """Shifted right by one, each status stands over its group's middle kind, as a PDF centres a merged cell. Before,
    the quota's 계 was a row label's column and the quota's 승합 the vehicles held's 계."""
    r = report("공용차량 현황 : 총 11대", [*SHIFTED_RIGHT, ["계", "12", "7", "5", "11", "7", "4"]], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("공용차량현황", "승용", 7), ("공용차량현황", "승합", 4)]
    assert (fleet.quota, fleet.repaired) == (12, False)
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]


def test_a_shifted_status_header_whose_groups_do_not_add_up_is_left_as_printed():
    """The sums decide, as for a header of categories: where a group's 계 is not its kinds' sum, nothing is moved."""
    r = report("공용차량 현황 : 총 11대", [*SHIFTED_LEFT, ["계", "12", "7", "5", "11", "7", "3"]], "tabs")
    assert r.vehicles[0].repaired is False
    assert ("repair.header", "info", "머리글", None, None, None) not in summary(r)


def quotas(fleet) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in fleet.quotas]


def shortfalls(fleet) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in fleet.shortfalls]


QUOTA_OVER_KINDS = [["구 분", "정 수", "", "", "현 원", "", ""], ["", "계", "승용", "승합", "계", "승용", "승합"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_quota_over_kinds_of_its_own_is_stored_by_kind_and_its_total_is_their_sum(layout):
    """Before, the fleet kept the quota's total only: its kinds were in the grid alone, and not checked."""
    r = report("공용차량 현황 : 총 11대", [*QUOTA_OVER_KINDS, ["계", "12", "7", "5", "11", "7", "4"]], layout)
    (fleet,) = r.vehicles
    assert quotas(fleet) == [("계", "계", 12), ("공용차량현황", "승용", 7), ("공용차량현황", "승합", 5)]
    assert counts(fleet) == [("계", "계", 11), ("공용차량현황", "승용", 7), ("공용차량현황", "승합", 4)]
    assert (fleet.quota, fleet.shortfalls) == (12, [])
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    wrong = report("공용차량 현황 : 총 11대", [*QUOTA_OVER_KINDS, ["계", "13", "7", "5", "11", "7", "4"]], layout)
    assert summary(wrong) == [("header.quota", "info", "제목", "정수", "13", "11"),
                              ("sum.vehicles", "error", "계", "정수 계", "12", "13")]
    assert run_checks(wrong)[1].message == "정수 총계가 분류별 소계의 합과 다릅니다 (표기 13대, 합계 12대)"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_the_quota_over_kinds_give_the_quota_by_team_and_kind(layout):
    rows = [*QUOTA_OVER_KINDS, ["계", "12", "7", "5", "11", "7", "4"], ["자치팀", "5", "3", "2", "5", "3", "2"],
            ["민원팀", "7", "4", "3", "6", "4", "2"]]
    r = report("공용차량 현황 : 총 11대", rows, layout)
    assert quotas(r.vehicles[0]) == [
        ("계", "계", 12), ("계", "승용", 7), ("계", "승합", 5), ("자치팀", "소계", 5), ("자치팀", "승용", 3),
        ("자치팀", "승합", 2), ("민원팀", "소계", 7), ("민원팀", "승용", 4), ("민원팀", "승합", 3)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    rows[4] = ["민원팀", "7", "4", "2", "6", "4", "2"]  # the quota's 승합 2 where its 계 says 3
    assert summary(report("공용차량 현황 : 총 11대", rows, layout)) == [  # before, the 계's 승합 and 민원팀's 소계
        ("header.quota", "info", "제목", "정수", "12", "11"),
        ("sum.vehicles", "error", "민원팀", "정수 승합", "3", "2")]


SHORTFALL_COLUMNS = [["구 분", "정 수", "현 원", "과부족"], ["계", "12", "11", "△1"], ["승 용", "7", "7", "-"],
                     ["승 합", "5", "4", "△1"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_quota_held_and_shortfall_columns_by_kind_are_stored_and_the_shortfall_is_held_less_quota(layout):
    r = report("공용차량 현황 : 총 11대", SHORTFALL_COLUMNS, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("승용", "소계", 7), ("승합", "소계", 4)]
    assert quotas(fleet) == [("계", "계", 12), ("승용", "소계", 7), ("승합", "소계", 5)]
    assert shortfalls(fleet) == [("계", "계", -1), ("승용", "소계", 0), ("승합", "소계", -1)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    rows = [*SHORTFALL_COLUMNS[:3], ["승 합", "5", "4", "-"]]  # 4 held of 5 printed as no shortfall
    wrong = report("공용차량 현황 : 총 11대", rows, layout)
    assert summary(wrong) == [("header.quota", "info", "제목", "정수", "12", "11"),
                              ("sum.vehicles", "error", "승합", "과부족 소계", "-1", "0")]
    finding = run_checks(wrong)[-1]
    assert finding.message == "승합 소계 과부족이 보유 − 정수와 다릅니다 (표기 0대, 보유 4대 − 정수 5대 = △1대)"
    assert finding.source.line == wrong.vehicles[0].shortfalls[-1].source.line


def test_quota_held_and_shortfall_rows_over_kinds_are_stored_by_kind():
    r = report("공용차량 현황 : 총 11대", [["구 분", "계", "승 용", "승 합", "화 물"], ["정 수", "12", "6", "4", "2"],
                                       ["현 원", "11", "6", "3", "2"], ["과부족", "△1", "-", "△1", "△1"]], "tabs")
    (fleet,) = r.vehicles
    assert quotas(fleet) == [("계", "계", 12), ("공용차량현황", "승용", 6), ("공용차량현황", "승합", 4),
                             ("공용차량현황", "화물", 2)]
    assert shortfalls(fleet)[1:] == [("공용차량현황", "승용", 0), ("공용차량현황", "승합", -1),
                                     ("공용차량현황", "화물", -1)]
    assert fleet.quotas[0].source.line == fleet.counts[0].source.line - 1  # the 정 수 row's own line
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11"),
                          ("sum.vehicles", "error", "공용차량현황", "과부족 화물", "0", "-1")]


def test_the_quota_by_kind_is_loaded_beside_the_vehicles_held_by_status(tmp_path):
    from pipeline.db import connect
    from pipeline.load import load_report

    r = report("공용차량 현황 : 총 11대", SHORTFALL_COLUMNS, "tabs")
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT status, category, kind, count FROM vehicles WHERE kind = '소계' ORDER BY id"
                      ).fetchall() == [("보유", "승용", "소계", 7), ("보유", "승합", "소계", 4),
                                       ("정수", "승용", "소계", 7), ("정수", "승합", "소계", 5),
                                       ("과부족", "승용", "소계", 0), ("과부족", "승합", "소계", -1)]
