"""Three small faults left by small60 (branch small62):
- a list after a range over the year's end runs within a year of the range's start: a month or range listed after
  it that the year it ends in would bring round to the range's first month again is of the year the range starts
  (`12월~1월, 12월` in 2025: December of 2025, already the range's; before, also December of 2026, a 13-month span);
  one listed before that comes round stays in the next year, as small60 reads it (`12월~1월, 2월`: February 2026);
- a fleet stated in a line with one of the law's categories short of its total (`총 3대 (화물 2)`) is the fleet
  told by its categories, short: stored as printed (total 3; 화물 2) and its total checked as several categories'
  is (header.total expected 2, actual 3; before, no fleet); a fuel alone short of it stays a count "of which"
  (`총 3대 (전기 1)`: no fleet), as does any other word (`총 5대 (임차 2)`);
- fleets whose fuels are rows: a wrong cell of a fuel printed two ways is named as printed wherever a second sum
  crosses it (categories as columns, or a 계 by fuel over the categories' rows), as in the columns layout; in a table
  of one column of fuels under its 계 no sum crosses a fuel's row, so the 계 it misses is what is found."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.values import parse_period
from tests.layouts import read_laid_out
from tests.test_posts_and_fuels import COVER
from tests.test_small57 import SPELLED_TWICE_AS_ROWS
from tests.test_stated60 import fleets, report, vehicle_findings

# --- 1: a list after a range over the year's end runs within a year of its start -------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("12월~1월, 12월", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("12월~1월 / 12월", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("11월~1월, 12월", (11, 1, 2025, 2026, ("2025-11", "2025-12", "2026-01"))),
    ("12월~1월, 11월~12월", (11, 1, 2025, 2026, ("2025-11", "2025-12", "2026-01"))),
    ("12월~1월, 12월~2월", (12, 2, 2025, 2026, ("2025-12", "2026-01", "2026-02"))),
    ("12월~1월, 12월, 2월", (12, 2, 2025, 2026, ("2025-12", "2026-01", "2026-02"))),
    ("12월~익년 1월, 12월", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("2025. 12월~’26. 1월, 12월", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    # a month that comes before the range's first month again stays in the year the range ends (small60)
    ("12월~1월, 2월", (12, 2, 2025, 2026, ("2025-12", "2026-01", "2026-02"))),
    ("12월~1월, 11월", (12, 11, 2025, 2026, ("2025-12", "2026-01", "2026-11"))),
    ("3월~4월, 12월~1월, 3월", (3, 3, 2025, 2026, ("2025-03", "2025-04", "2025-12", "2026-01", "2026-03"))),
    # a month printing its own year is in it
    ("12월~1월, ’26. 12월", (12, 12, 2025, 2026, ("2025-12", "2026-01", "2026-12"))),
])
def test_a_list_after_a_range_over_the_years_end_runs_within_a_year_of_its_start(text, expected):
    assert tuple(parse_period(text, 2025)) == expected


def test_with_no_year_known_a_range_listed_before_the_start_is_of_the_first_part():
    """`12월~1월, 11월~12월` with no year: November and December (before, December alone: November of the next)."""
    assert tuple(parse_period("12월~1월, 11월~12월")) == (11, 12, None, None, ("--11", "--12"))
    assert tuple(parse_period("12월~1월, 12월")) == tuple(parse_period("12월~1월")) == (12, 12, None, None, ("--12",))


months = st.integers(min_value=1, max_value=12)


@given(months, months, months)
def test_a_month_listed_after_a_range_over_the_years_end_from_its_start_on_is_the_ranges(a, b, c):
    """`{a}월~{b}월, {c}월`, the range back to an earlier month and the month listed its start or after: the range
    alone, the month among its months of the year it starts."""
    if not b < a <= c:
        return
    assert tuple(parse_period(f"{a}월~{b}월, {c}월", 2025)) == tuple(parse_period(f"{a}월~{b}월", 2025))


@given(months, months, st.lists(months, min_size=1, max_size=3))
def test_a_list_after_a_range_over_the_years_end_prints_each_month_once_within_a_year(a, b, listed):
    """`{a}월~{b}월, {c}월, …`: every month printed, each once, in order, none a year or more after the range's
    start."""
    if not b < a:
        return
    period = parse_period(", ".join([f"{a}월~{b}월", *(f"{c}월" for c in listed)]), 2025)
    numbers = [int(month[-2:]) for month in period.months]
    assert sorted(set(numbers)) == sorted(numbers) == sorted({*range(a, 13), *range(1, b + 1), *listed})
    assert list(period.months) == sorted(period.months)
    assert f"2025-{a:02d}" == period.months[0] and period.months[-1] < f"2026-{a:02d}"


@given(st.lists(months, min_size=1, max_size=4))
def test_a_list_of_months_alone_is_in_the_reports_year(listed):
    period = parse_period(", ".join(f"{c}월" for c in listed), 2025)
    assert period.months == tuple(f"2025-{c:02d}" for c in sorted(set(listed)))
    assert (period.start, period.end, period.year, period.end_year) == (min(listed), max(listed), 2025, None)


# --- 2: one of the law's categories short of a line's total ----------------------------------------------------


def test_one_category_short_of_the_total_is_the_fleet_its_total_checked():
    r = report("## 4. 차량 : 총 3대 (화물 2)\n")
    assert fleets(r) == [("차량", 3, [("차량", "화물", None, 2)], 11)]
    assert vehicle_findings(r) == [("header.total", "제목", "총계", "2", "3")]
    (found,) = run_checks(r)
    assert (found.severity, found.source.line) == ("error", 11)
    assert found.message == "제목의 총대수가 표의 총계와 다릅니다 (제목 총3대, 표 2대)"


def test_one_category_printed_with_its_cha_and_dae_is_one_of_the_laws():
    r = report("## 3. 일반현황\n\n○ 보유차량 : 총 5대 (승용차 4대)\n")
    assert fleets(r) == [("보유차량", 5, [("보유차량", "승용차", None, 4)], 13)]
    assert vehicle_findings(r) == [("header.total", "제목", "총계", "4", "5")]


@pytest.mark.parametrize("line", ["## 3. 차량 현황 : 총 3대 (전기 1)", "## 3. 차량 현황 : 총 3대 (전기차 1대)",
                                  "## 3. 차량 현황 : 총 5대 (임차 2)", "## 3. 차량 현황 : 총 5대 (업무용 2)"])
def test_one_fuel_or_other_word_short_of_the_total_is_a_count_of_which(line):
    assert report(line + "\n").vehicles == []


def test_one_category_counting_the_whole_is_the_fleet_and_right():
    r = report("## 4. 차량 : 총 3대 (화물 3)\n")
    assert fleets(r) == [("차량", 3, [("차량", "화물", None, 3)], 11)]
    assert vehicle_findings(r) == []


# --- 3: a wrong cell of a fuel printed two ways as rows --------------------------------------------------------

# fuels as rows, categories as columns: 휘발유 3 + 가솔린 2 of the fleet's 10
FUELS_AS_ROWS_BY_CATEGORY = ("## 2 공용차량 현황 - 총 10대\n\n(단위: 대)\n\n구 분\t계\t승 용\t승 합\n"
                             "계\t10\t6\t4\n휘발유\t3\t2\t1\n가솔린\t2\t1\t1\n경유\t5\t3\t2\n")
# each category's fuels as rows under its 소계, the 계's too
FUELS_AS_ROWS_UNDER_CATEGORIES = (
    "## 2 공용차량 현황 - 총 10대\n\n(단위: 대)\n\n구 분\t연 료\t대 수\n계\t소계\t10\n\t휘발유\t3\n\t가솔린\t2\n"
    "\t경유\t5\n승 용\t소계\t6\n\t휘발유\t2\n\t가솔린\t1\n\t경유\t3\n"
    "승 합\t소계\t4\n\t휘발유\t1\n\t가솔린\t1\n\t경유\t2\n")


def findings(r) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("table", "wrong", "expected"), [
    # fuels as rows: the fuel the row, the category the column, as printed (fleet118; before, the other way round)
    (FUELS_AS_ROWS_BY_CATEGORY, ("가솔린\t2\t1\t1", "가솔린\t2\t2\t1"), ("sum.vehicles", "가솔린", "승용", "1", "2")),
    (FUELS_AS_ROWS_BY_CATEGORY, ("가솔린\t2\t1\t1", "가솔린\t3\t1\t1"), ("sum.vehicles", "가솔린", "계", "2", "3")),
    (FUELS_AS_ROWS_BY_CATEGORY, ("휘발유\t3\t2\t1", "휘발유\t3\t3\t1"), ("sum.vehicles", "휘발유", "승용", "2", "3")),
    (FUELS_AS_ROWS_UNDER_CATEGORIES, ("가솔린\t1\n\t경유\t3", "가솔린\t2\n\t경유\t3"),
     ("sum.vehicles", "승용", "가솔린", "1", "2")),
    (FUELS_AS_ROWS_UNDER_CATEGORIES, ("가솔린\t2\n\t경유\t5", "가솔린\t3\n\t경유\t5"),
     ("sum.vehicles", "계", "가솔린", "2", "3")),
])
def test_a_wrong_cell_of_a_fuel_printed_two_ways_as_rows_is_named_as_printed(layout, table, wrong, expected, tmp_path):
    """Not `휘발유` with the two rows' figures summed (승용 3 for 2), a figure printed nowhere."""
    r = read_laid_out(COVER + table.replace(*wrong), layout, tmp_path)
    assert findings(r) == [expected]


@pytest.mark.parametrize("table", [FUELS_AS_ROWS_BY_CATEGORY, FUELS_AS_ROWS_UNDER_CATEGORIES])
def test_fuels_printed_two_ways_as_rows_and_right_find_nothing(table, tmp_path):
    r = read_laid_out(COVER + table, "tab", tmp_path)
    assert [(c.category, c.fuel, c.count, [(p.fuel, p.count) for p in c.printed])
            for c in r.vehicles[0].counts if c.printed] == [
        ("계", "휘발유", 5, [("휘발유", 3), ("가솔린", 2)]), ("승용", "휘발유", 3, [("휘발유", 2), ("가솔린", 1)]),
        ("승합", "휘발유", 2, [("휘발유", 1), ("가솔린", 1)])]
    assert findings(r) == []


@pytest.mark.parametrize("wrong", [("가솔린\t1", "가솔린\t2"), ("휘발유\t2", "휘발유\t3"), ("경 유\t2", "경 유\t3")])
def test_in_one_column_of_fuels_a_wrong_row_is_the_sum_it_misses(wrong, tmp_path):
    """No sum but the 계 crosses a row of `대 수` alone: a 가솔린 one too many and a 경유 one too many find alike,
    and naming either would be a guess."""
    r = read_laid_out(COVER + SPELLED_TWICE_AS_ROWS.replace(*wrong), "tab", tmp_path)
    assert findings(r) == [("sum.vehicles", "계", "계", "7", "6")]
