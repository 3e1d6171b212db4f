"""A kind of vehicle printed in brackets under its category (`특 수` over `(구급차)`, as a 보건소's table prints its
ambulance) is the kind the brackets hold, `구급차`, as one printed without them is; in each layout a converter
prints (tab-separated, markdown pipes, space-aligned), with the kinds in the header or in a second column of row
labels. Before, the kind kept its brackets (`(구급차)`), so a year printing them and one not were two kinds."""

import pytest

from tests.test_vehicles_more import report
from tests.test_vehicles_variants import counts, summary

LAYOUTS = ["tabs", "pipes", "aligned"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bracketed_kind_under_its_category_in_the_header(layout):
    rows = [["구 분", "계", "승 용", "승 합", "특 수", ""], ["", "", "", "", "(구급차)", "(청소차)"],
            ["보유", "5", "2", "1", "1", "1"]]
    (fleet,) = report("차량 현황", rows, layout).vehicles
    assert counts(fleet) == [("계", "계", 5), ("승용", "소계", 2), ("승합", "소계", 1), ("특수", "구급차", 1),
                             ("특수", "청소차", 1)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_bracketed_kind_alone_under_its_category(layout):
    rows = [["구 분", "계", "승 용", "승 합", "특 수"], ["", "", "", "", "(구급차)"], ["보유", "4", "2", "1", "1"]]
    r = report("차량 현황", rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 4), ("승용", "소계", 2), ("승합", "소계", 1), ("특수", "구급차", 1)]
    assert summary(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_bracketed_kind_in_the_second_column_of_row_labels(layout):
    """The kind beside its category's row label is read, not left over as a label naming nothing (no table of the
    grid besides the fleet)."""
    rows = [["구 분", "부 서", "대수"], ["계", "", "4"], ["승 용", "", "2"], ["특 수", "(구급차)", "1"],
            ["", "(청소차)", "1"]]
    r = report("차량 현황", rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 4), ("승용", "소계", 2), ("특수", "구급차", 1), ("특수", "청소차", 1)]
    assert (summary(r), r.tables) == ([], [])


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_planted_mistake_beside_a_bracketed_kind_is_found(layout):
    rows = [["구 분", "계", "승 용", "승 합", "특 수"], ["", "", "", "", "(구급차)"], ["보유", "5", "2", "1", "1"]]
    assert [(rule, row) for rule, _, row, *_ in summary(report("차량 현황", rows, layout))] == [
        ("sum.vehicles", "계")]
