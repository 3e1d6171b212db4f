"""Vehicles tables the README listed as read wrong: a header of statuses over kinds whose kinds row a converter
shifted too, several rows of figures with no row label, and a 정수 by kind whose kinds are not the vehicles held's;
each with the records it gives and the findings of a planted mistake."""

import pytest

from checks import run_checks
from tests.test_vehicles_more import report
from tests.test_vehicles_statuses import quotas
from tests.test_vehicles_variants import counts, summary

HEADING = "공용차량 현황 : 총 9대"
STATUSES = ["구 분", "정 수", "", "", "보 유", "", ""]
KINDS = ["", "계", "승용", "승합", "계", "승용", "승합"]
FIGURES = ["대수", "10", "6", "4", "9", "5", "4"]
TEAMS = [["계", "10", "6", "4", "9", "5", "4"], ["자치팀", "4", "2", "2", "4", "2", "2"],
         ["민원팀", "6", "4", "2", "5", "3", "2"]]


def _added(row: list[str]) -> list[str]:
    """A header row as a converter prints it with a leading empty cell added."""
    return ["", *row]


def _dropped(row: list[str]) -> list[str]:
    """A header row as a converter prints it with its leading empty cell dropped."""
    assert row[0] == ""
    return row[1:]


# each header as printed: (statuses row, kinds row)
SHIFTED_HEADERS = {
    "both_right": (_added(STATUSES), _added(KINDS)),
    "both_left": (_dropped(["", *STATUSES[1:]]), _dropped(KINDS)),  # no `구 분` printed: the corner is empty
    "kinds_left": (STATUSES, _dropped(KINDS)),
    "kinds_right": (STATUSES, _added(KINDS)),
}

# a kinds row that leaves out the corner merged down (as markitdown prints a Word table in `|` rows, and hwp
# converters in tab text): the reader puts the kinds under the statuses' columns (`pipeline.read_text._under_groups`,
# `_under_columns_after_merged_label`), so there is nothing to repair
PLACED_BY_THE_READER = {("kinds_left", "pipes"), ("kinds_left", "tabs")}

MOVED = {"both_right": "상태·차종 머리글을 왼쪽으로 한 칸", "both_left": "상태·차종 머리글을 오른쪽으로 한 칸",
         "kinds_left": "차종 머리글을 오른쪽으로 한 칸", "kinds_right": "차종 머리글을 왼쪽으로 한 칸"}


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
@pytest.mark.parametrize("shifted", SHIFTED_HEADERS)
def test_a_header_of_statuses_over_kinds_shifted_with_its_kinds_is_put_right_by_the_groups_sums(layout, shifted):
    """Before, the figures were read one column off: the quota's 계 6 and its 승합 9, the held's 계 5, a false
    header.total and two false sum.vehicles errors."""
    r = report(HEADING, [*SHIFTED_HEADERS[shifted], FIGURES], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 9), ("공용차량현황", "승용", 5), ("공용차량현황", "승합", 4)]
    assert quotas(fleet) == [("계", "계", 10), ("공용차량현황", "승용", 6), ("공용차량현황", "승합", 4)]
    if (shifted, layout) in PLACED_BY_THE_READER:
        assert fleet.repaired is False
        assert summary(r) == [("header.quota", "info", "제목", "정수", "10", "9")]
        return
    assert (fleet.quota, fleet.repaired) == (10, True)
    assert fleet.repair_note == "차종 머리글이 숫자 칸과 한 칸 어긋나 묶음별 합계로 다시 맞춤: " + MOVED[shifted]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "10", "9"),
                          ("repair.header", "info", "머리글", None, None, None)]
    assert run_checks(r)[-1].message == fleet.repair_note


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
@pytest.mark.parametrize("shifted", SHIFTED_HEADERS)
def test_teams_under_a_header_of_statuses_over_kinds_shifted_with_its_kinds(layout, shifted):
    r = report(HEADING, [*SHIFTED_HEADERS[shifted], *TEAMS], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 9), ("계", "승용", 5), ("계", "승합", 4), ("자치팀", "소계", 4),
                             ("자치팀", "승용", 2), ("자치팀", "승합", 2), ("민원팀", "소계", 5),
                             ("민원팀", "승용", 3), ("민원팀", "승합", 2)]
    assert quotas(fleet)[3:6] == [("자치팀", "소계", 4), ("자치팀", "승용", 2), ("자치팀", "승합", 2)]
    if (shifted, layout) in PLACED_BY_THE_READER:
        assert fleet.repaired is False
        return
    assert fleet.repaired is True
    assert summary(r) == [("header.quota", "info", "제목", "정수", "10", "9"),
                          ("repair.header", "info", "머리글", None, None, None)]


@pytest.mark.parametrize("shifted", SHIFTED_HEADERS)
def test_a_shifted_header_of_statuses_over_kinds_whose_groups_do_not_add_up_is_left_as_printed(shifted):
    """The sums decide: where a group's 계 is not its kinds' sum at the shifted place either, the repair moves
    nothing. A kinds row leaving out the corner (`kinds_left`) is placed by the reader, not by the repair
    (`PLACED_BY_THE_READER`): it goes under the statuses whatever the sums, and nothing is repaired either."""
    r = report(HEADING, [*SHIFTED_HEADERS[shifted], ["대수", "10", "6", "3", "9", "5", "3"]], "tabs")
    assert r.vehicles[0].repaired is False


CORRECT_HEADERS = {
    "label_atop": (STATUSES, KINDS),
    "label_below": (["", *STATUSES[1:]], ["구 분", *KINDS[1:]]),  # `구 분` merged down, printed on its last line
    "no_label": (["", *STATUSES[1:]], KINDS),
}


# space-aligned, the reader puts `정 수` over `구 분` where `구 분` prints on the line below (a reader's gap)
IN_PLACE = [(layout, header) for layout in ("tabs", "pipes", "aligned") for header in CORRECT_HEADERS
            if (layout, header) != ("aligned", "label_below")]


@pytest.mark.parametrize(("layout", "header"), IN_PLACE)
@pytest.mark.parametrize("rows", [[FIGURES], TEAMS, [["대수", "10", "6", "3", "9", "5", "3"]]],
                         ids=["one_row", "teams", "not_adding_up"])
def test_a_header_of_statuses_over_kinds_in_place_is_never_repaired(layout, header, rows):
    r = report(HEADING, [*CORRECT_HEADERS[header], *rows], layout)
    (fleet,) = r.vehicles
    assert fleet.repaired is False
    assert quotas(fleet)[0] == ("계", "계", 10) and counts(fleet)[0] == ("계", "계", 9)
    assert ("repair.header", "info", "머리글", None, None, None) not in summary(r)


ROWS_OF_FIGURES = [["계", "승용", "승합", "화물", "특수"], ["13", "5", "4", "3", "1"], ["12", "5", "4", "2", "1"],
                   ["△1", "-", "-", "△1", "-"]]


@pytest.mark.parametrize("layout", ["tabs", "pipes", "aligned"])
@pytest.mark.parametrize("n_rows", [2, 3])
def test_rows_of_figures_with_no_row_label_are_kept_as_a_grid_not_guessed(layout, n_rows):
    """Which row is the 정수, which the vehicles held? Nothing says; the table is kept whole as a grid, whose
    `sum.table` checks each row's 계. Before, each row's first figure was its label: categories `13` and `12`
    without their 계, and a total of 25 (a false header.total)."""
    rows = ROWS_OF_FIGURES[:n_rows + 1]
    r = report("공용차량 현황 : 총 12대", rows, layout)
    assert r.vehicles == []
    (grid,) = r.tables
    assert (grid.records_in, grid.header_rows, [list(row) for row in grid.rows]) == (None, 1, rows)
    assert summary(r) == []
    wrong = report("공용차량 현황 : 총 12대", [*rows[:2], ["12", "5", "4", "2", "2"], *rows[3:]], layout)
    assert [f[:2] for f in summary(wrong)] == [("sum.table", "error")]


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_rows_of_figures_with_no_row_label_under_statuses_over_kinds_are_kept_as_a_grid(layout):
    rows = [["정 수", "", "", "현 원", "", ""], ["계", "승용", "승합"] * 2, ["12", "7", "5", "11", "7", "4"],
            ["5", "3", "2", "5", "3", "2"]]
    r = report("공용차량 현황", rows, layout)
    assert r.vehicles == []
    assert [t.records_in for t in r.tables] == [None]
    assert summary(r) == []


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_rows_labelled_by_year_are_the_latest_years_fleet(layout):
    # a row a year: the fleet is the latest year's (the report's where it prints it), the earlier kept in the grid
    # beside it; before, each year was a category, and the fleet's total both years' (19)
    r = report("공용차량 현황", [["연 도", "계", "승용", "승합"], ["2024", "9", "5", "4"], ["2025", "10", "6", "4"]],
               layout)
    assert counts(r.vehicles[0]) == [("계", "계", 10), ("공용차량현황", "승용", 6), ("공용차량현황", "승합", 4)]
    assert [(t.records_in, t.rows[1:]) for t in r.tables] == [
        ("vehicles", [["2024", "9", "5", "4"], ["2025", "10", "6", "4"]])]



# the quota prints no 화물 and its 특수 is the vehicles held's 특수차
DIFFERENT_KINDS = [["구 분", "정 수", "", "", "", "현 원", "", "", "", "", "과부족", "", "", "", ""],
                   ["", "계", "승용", "승합", "특수", "계", "승용", "승합", "화물", "특수차",
                    "계", "승용", "승합", "화물", "특수"]]


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_shortfall_is_compared_where_quota_and_held_print_its_kind_by_one_label(layout):
    """The 과부족 of 승용, 승합 and 특수 is 보유 − 정수 (특수차 is 특수); 화물's, which the quota does not print, is not
    compared. Before, the 특수 the vehicles held print as `특수차` was not compared."""
    figures = ["계", "10", "5", "3", "2", "12", "5", "4", "2", "1", "2", "-", "1", "2", "△1"]
    r = report("공용차량 현황", [*DIFFERENT_KINDS, figures], layout)
    (fleet,) = r.vehicles
    assert quotas(fleet)[1:] == [("공용차량현황", "승용", 5), ("공용차량현황", "승합", 3), ("공용차량현황", "특수", 2)]
    assert counts(fleet)[1:] == [("공용차량현황", "승용", 5), ("공용차량현황", "승합", 4), ("공용차량현황", "화물", 2),
                                 ("공용차량현황", "특수차", 1)]
    assert summary(r) == [("header.over_quota", "warning", "제목", "정수", "10", "12")]
    wrong = [*figures[:-1], "1"]  # 특수 1 over its quota where 1 of 2 are held
    assert summary(report("공용차량 현황", [*DIFFERENT_KINDS, wrong], layout)) == [
        ("header.over_quota", "warning", "제목", "정수", "10", "12"),
        ("sum.vehicles", "error", "공용차량현황", "과부족 특수", "-1", "1")]
    unknown = [*figures[:-2], "5", "△1"]  # a 과부족 of 화물 5: no quota of 화물 to tell
    assert summary(report("공용차량 현황", [*DIFFERENT_KINDS, unknown], layout)) == [
        ("header.over_quota", "warning", "제목", "정수", "10", "12")]


def test_a_shortfall_whose_kind_the_vehicles_held_print_twice_is_not_compared():
    """Which of two `승용` columns is the held's 승용? Neither is compared with the 정수 (before, the last was)."""
    header = [["구 분", "정 수", "", "현 원", "", "", "과부족", ""],
              ["", "계", "승용", "계", "승용", "승용", "계", "승용"]]
    r = report("공용차량 현황", [*header, ["계", "5", "5", "7", "6", "1", "2", "1"]], "tabs")
    assert [f for f in summary(r) if f[0] == "sum.vehicles" and f[3].startswith("과부족")] == []
