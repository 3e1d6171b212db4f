"""A fleet's one wrong count is one finding naming it: the count whose figure, less or more by what a finding
misses, clears the fleet's other findings (before, each sum and 과부족 it broke, as many findings)."""

import pytest

from checks import run_checks
from tests.test_vehicles_more import LAYOUTS, report
from tests.test_vehicles_variants import summary

BY_KIND = [["구 분", "계", "승용", "승합", "화물"], ["정 수", "11", "6", "3", "2"], ["보 유", "10", "6", "2", "2"],
           ["과부족", "△1", "-", "△1", "-"]]
HEADING = "공용차량 현황 : 총 10대"


def planted(row: int, column: int, figure: str) -> list[list[str]]:
    rows = [list(cells) for cells in BY_KIND]
    rows[row][column] = figure
    return rows


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_unplanted_fleet_gives_no_error(layout):
    assert [f for f in summary(report(HEADING, BY_KIND, layout)) if f[1] == "error"] == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("row", "column", "figure", "finding"), [
    # the 정수 계 alone, not also the 과부족 계 it makes △2
    (1, 1, "12", ("sum.vehicles", "error", "계", "정수 계", "11", "12")),
    # a kind's 정수: not also the 정수 계 its kinds miss and its 과부족
    (1, 3, "4", ("sum.vehicles", "error", "공용차량현황", "정수 승합", "3", "4")),
    # a kind held: not also the 계 held and its 과부족
    (2, 2, "5", ("sum.vehicles", "error", "공용차량현황", "승용", "6", "5")),
], ids=["quota-total", "quota-of-a-kind", "held-of-a-kind"])
def test_a_wrong_count_is_one_finding_on_it(row, column, figure, finding, layout):
    found = [f for f in summary(report(HEADING, planted(row, column, figure), layout)) if f[1] == "error"]
    assert found == [finding]


def test_the_finding_says_the_figure_that_makes_the_others_agree():
    found = [f for f in run_checks(report(HEADING, planted(1, 3, "4"), "tabs")) if f.severity == "error"]
    assert [f.message for f in found] == [
        "정수 공용차량현황 승합 대수가 표의 합계·과부족과 맞지 않습니다 (표기 4대, 그 셈에 맞는 값 3대)"]


def test_two_wrong_counts_are_found_as_they_are():
    """The 정수 계 and a kind held both wrong: no one count clears the findings, each stands."""
    rows = planted(1, 1, "12")
    rows[2][4] = "3"
    assert len([f for f in summary(report(HEADING, rows, "tabs")) if f[1] == "error"]) >= 2
