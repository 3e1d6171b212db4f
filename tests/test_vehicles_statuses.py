"""Vehicles tables by status (`정 수`, `현 원`, `과부족`) and the one count of a fleet's total: each test a layout or
a rule that was missing before, with the records and findings it should give."""

import pytest

from schemas import VehicleCount
from schemas.vehicles import category_totals, counts_by_category, fleet_total
from tests.test_vehicles_more import report
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
