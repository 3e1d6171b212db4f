"""Vehicles tables by status (`정 수`, `현 원`, `과부족`) and the one count of a fleet's total: each test a layout or
a rule that was missing before, with the records and findings it should give."""

from schemas import VehicleCount
from schemas.vehicles import category_totals, counts_by_category, fleet_total


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
