"""Vehicles tables of one row of figures with no column of row labels (`승 용` over `정 수 | 현 원` over `4 | 4 | …`):
the first figure is a count, not a category's label; each layout as a converter prints it, with the records it gives
and the findings of a planted mistake."""

import pytest

from tests.test_vehicles_more import LAYOUTS, report
from tests.test_vehicles_variants import counts, summary

HEADING = "공용차량 - 총7대 (정수 8)"
STATUSES = ["정 수", "현 원"]


def quotas(fleet) -> list[tuple[str, str, int]]:
    return [(c.category, c.kind, c.count) for c in fleet.quotas]


HELD = [("공용차량", "승용", 4), ("공용차량", "승합", 3), ("공용차량", "소계", 7)]
QUOTAS = [("공용차량", "승용", 4), ("공용차량", "승합", 4), ("공용차량", "소계", 8)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("kinds", "figures", "order"), [
    (["승 용", "승 합", "계"], ["4", "4", "4", "3", "8", "7"], [0, 1, 2]),
    (["계", "승 용", "승 합"], ["8", "7", "4", "4", "4", "3"], [2, 0, 1]),
], ids=["total_last", "total_first"])
def test_statuses_under_kinds_over_figures_alone(layout, kinds, figures, order):
    header = [[cell for kind in kinds for cell in (kind, "")], STATUSES * len(kinds)]
    r = report(HEADING, [*header, figures], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [HELD[k] for k in order]
    assert quotas(fleet) == [QUOTAS[k] for k in order]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "8", "7")]
    held_vans = 2 * kinds.index("승 합") + 1
    wrong = [*figures[:held_vans], "2", *figures[held_vans + 1:]]  # 승합 현원 2 beside 계 7
    assert summary(report(HEADING, [*header, wrong], layout)) == [
        ("header.quota", "info", "제목", "정수", "8", "7"), ("sum.vehicles", "error", "공용차량", "소계", "6", "7")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_statuses_under_kinds_with_no_total_over_figures_alone(layout):
    rows = [["승 용", "", "승 합", ""], STATUSES * 2, ["4", "4", "4", "3"]]
    r = report(HEADING, rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("공용차량", "승용", 4), ("공용차량", "승합", 3)]
    assert quotas(fleet) == [("공용차량", "승용", 4), ("공용차량", "승합", 4)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "8", "7")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_statuses_over_kinds_over_figures_alone(layout):
    rows = [["정 수", "", "", "", "현 원", "", "", ""], ["계", "승용", "승합", "화물"] * 2,
            ["8", "3", "3", "2", "7", "3", "2", "2"]]
    r = report("공용차량 - 총7대", rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 7), ("공용차량", "승용", 3), ("공용차량", "승합", 2), ("공용차량", "화물", 2)]
    assert quotas(fleet) == [("계", "계", 8), ("공용차량", "승용", 3), ("공용차량", "승합", 3), ("공용차량", "화물", 2)]
    assert fleet.quota == 8
    assert summary(r) == [("header.quota", "info", "제목", "정수", "8", "7")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_statuses_over_one_row_of_figures_alone(layout):
    r = report(HEADING, [["정 수", "보 유"], ["8", "7"]], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("공용차량", "소계", 7)]
    assert quotas(fleet) == [("공용차량", "소계", 8)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "8", "7")]
