"""Two small gaps (branch small60):
- a list of periods after a range over the year's end (`12월~1월, 3월`) reads in order: the months after the range
  are in the year it ends (12 of 2025 to 3 of 2026; before, 3 to 1, March in 2025, before the December);
- a vehicle table printing one fuel two ways (`휘발유 | 가솔린`, `전기 | 전기차`) counts their sum (small57); a wrong
  figure in one of the two cells is now found on that cell, by its label as printed and its own figure (before, on
  the fuel, the two figures summed: a figure printed nowhere)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import parse_period
from tests.layouts import read_laid_out
from tests.test_posts_and_fuels import COVER
from tests.test_small57 import SPELLED_TWICE_AS_COLUMNS, STATUSES_SPELLED_TWICE

# --- 1: months listed after a range over the year's end -------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("12월~1월, 3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    ("12월~1월·3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    ("12월~1월 / 3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    ("12월~1월, 3월~4월", (12, 4, 2025, 2026, ("2025-12", "2026-01", "2026-03", "2026-04"))),
    ("5월, 12월~1월, 3월", (5, 3, 2025, 2026, ("2025-05", "2025-12", "2026-01", "2026-03"))),
    ("연말연시, 3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    # as these read already
    ("12월~익년 1월, 3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    ("2025. 12월~’26. 1월, 3월", (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))),
    ("3월, 12월~1월", (3, 1, 2025, 2026, ("2025-03", "2025-12", "2026-01"))),
    ("11월~2월, 1월", (11, 2, 2025, 2026, ("2025-11", "2025-12", "2026-01", "2026-02"))),
    ("3월~4월, 9월", (3, 9, 2025, None, ("2025-03", "2025-04", "2025-09"))),
])
def test_months_listed_after_a_range_over_the_years_end_are_in_the_year_it_ends(text, expected):
    assert tuple(parse_period(text, 2025)) == expected


def test_with_its_years_printed_and_no_report_year_the_list_reads_alike():
    assert tuple(parse_period("2025. 12월~’26. 1월, 3월")) == (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))
    assert tuple(parse_period("2025. 12월~2026. 1월, 3월")) == (12, 3, 2025, 2026, ("2025-12", "2026-01", "2026-03"))


def test_with_no_year_known_the_list_keeps_the_part_in_the_year_it_starts():
    """As `12월~1월` alone and `12월~익년 1월, 3월` do (before, March and December, 3–12, March put first)."""
    assert tuple(parse_period("12월~1월, 3월")) == (12, 12, None, None, ("--12",))
    assert tuple(parse_period("12월~1월, 3월")) == tuple(parse_period("12월~익년 1월, 3월"))


def test_an_items_list_after_a_range_over_the_years_end():
    text = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 청사 안전 관리 (청사팀)\n\n"
            "□ 추진계획\n\n○ 청사 특별 점검 : 12월~1월, 3월\n")
    (project,) = extract_report(read_text("t.txt", text.encode())).projects
    (item,) = project.items
    assert (item.start_month, item.end_month, item.year, item.end_year) == (12, 3, 2025, 2026)
    assert item.months == ["2025-12", "2026-01", "2026-03"]


months = st.integers(min_value=1, max_value=12)


@given(months, months, months)
def test_a_month_listed_after_a_range_over_the_years_end_is_of_the_next_year(a, b, c):
    """`{a}월~{b}월, {c}월`, the range back to an earlier month and the month listed before its start: the range's
    months and the listed one, each in the year it is read in, to the later of the two in the next."""
    if not b < a or not c < a:
        return
    period = parse_period(f"{a}월~{b}월, {c}월", 2025)
    ranged = {f"2025-{m:02d}" for m in range(a, 13)} | {f"2026-{m:02d}" for m in range(1, b + 1)}
    assert period.months == tuple(sorted(ranged | {f"2026-{c:02d}"}))
    assert (period.start, period.end, period.year, period.end_year) == (a, max(b, c), 2025, 2026)


@given(months, months, months)
def test_with_no_year_known_a_list_after_a_range_over_the_years_end_is_the_ranges_first_part(a, b, c):
    if not b < a or not c < a:
        return
    assert tuple(parse_period(f"{a}월~{b}월, {c}월")) == tuple(parse_period(f"{a}월~{b}월"))


# --- 2: a wrong figure of a fuel printed two ways, on the cell printed -----------------------------------------

def findings(r) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_wrong_cell_of_a_fuel_printed_two_ways_is_named_as_printed(layout, tmp_path):
    """승용's 가솔린 printed 2 where the 계 row's 2 less 승합's 1 is 1 (and 승용's 6 less 2 and 3 is 1): before,
    `승용 | 휘발유` expected 3, actual 4 (2 + 2)."""
    wrong = SPELLED_TWICE_AS_COLUMNS.replace("승 용\t6\t2\t1\t3", "승 용\t6\t2\t2\t3")
    r = read_laid_out(COVER + wrong, layout, tmp_path)
    assert [(c.fuel, c.count) for c in r.vehicles[0].counts[4].printed] == [("휘발유", 2), ("가솔린", 2)]
    assert findings(r) == [("sum.vehicles", "승용", "가솔린", "1", "2")]


def test_the_other_cell_of_the_two_is_named_as_printed_too(tmp_path):
    wrong = SPELLED_TWICE_AS_COLUMNS.replace("승 용\t6\t2\t1\t3", "승 용\t6\t3\t1\t3")
    (found,) = run_checks(read_laid_out(COVER + wrong, "tab", tmp_path))
    assert (found.row, found.column, found.expected, found.actual) == ("승용", "휘발유", "2", "3")
    assert found.message == "승용 휘발유 대수가 표의 합계·과부족과 맞지 않습니다 (표기 3대, 그 셈에 맞는 값 2대)"


def test_a_wrong_held_count_of_a_fuel_printed_as_two_rows_is_named_on_its_line(tmp_path):
    """가솔린 held 2 where its 정수 1 and 과부족 0 make 1: its own row's line (18), not 휘발유's (17)."""
    wrong = STATUSES_SPELLED_TWICE.replace("가솔린\t1\t1\t0", "가솔린\t1\t2\t0")
    found = run_checks(read_laid_out(COVER + wrong, "tab", tmp_path))
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in found] == [
        ("header.quota", "제목", "정수", "7", "6", 15), ("sum.vehicles", "공용차량현황", "가솔린", "1", "2", 18)]


# 전기 and 전기차 as rows of a quota, the vehicles held and their difference: 전기 1 + 1 of 7, held 1 + 1 of 6
ELECTRIC_SPELLED_TWICE = ("## 2 공용차량 현황\n\n(단위: 대)\n\n구 분\t정 수\t보 유\t과부족\n계\t7\t6\t-1\n"
                          "휘발유\t3\t2\t-1\n경 유\t2\t2\t0\n전기\t1\t1\t0\n전기차\t1\t1\t0\n")


def test_a_wrong_shortfall_of_a_fuel_printed_with_and_without_cha_is_named_as_printed(tmp_path):
    """전기차's 과부족 printed 1 where its 1 held less its 1 is 0: compared cell for cell (`전기차` beside `전기`, not
    as the one label both are); before, `과부족 전기` expected 0, actual 1 (0 + 1)."""
    r = read_laid_out(COVER + ELECTRIC_SPELLED_TWICE.replace("전기차\t1\t1\t0", "전기차\t1\t1\t1"), "tab", tmp_path)
    assert [(c.fuel, c.count) for c in r.vehicles[0].shortfalls] == [
        (None, -1), ("휘발유", -1), ("경유", 0), ("전기", 1)]
    found = run_checks(r)
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in found] == [
        ("header.quota", "제목", "정수", "7", "6", 15), ("sum.vehicles", "공용차량현황", "과부족 전기차", "0", "1", 20)]
    assert found[1].message == ("공용차량현황 전기차 과부족이 보유 − 정수와 다릅니다"
                                " (표기 1대, 보유 1대 − 정수 1대 = 0대)")


def test_a_fuel_printed_two_ways_and_right_finds_nothing_more(tmp_path):
    r = read_laid_out(COVER + ELECTRIC_SPELLED_TWICE, "tab", tmp_path)
    assert findings(r) == [("header.quota", "제목", "정수", "7", "6")]


def test_where_the_cells_as_printed_tell_no_one_of_them_the_fuels_sum_stays_named(tmp_path):
    """승용's 휘발유 and 가솔린 both printed one too many (3 and 2): no one cell as printed is wrong, the sum is (5
    where 승용's 6 less its 경유 3 is 3), as before."""
    wrong = SPELLED_TWICE_AS_COLUMNS.replace("승 용\t6\t2\t1\t3", "승 용\t6\t3\t2\t3")
    assert findings(read_laid_out(COVER + wrong, "tab", tmp_path)) == [("sum.vehicles", "승용", "휘발유", "3", "5")]


def test_the_cells_as_printed_are_no_field_of_the_records_output(tmp_path):
    r = read_laid_out(COVER + SPELLED_TWICE_AS_COLUMNS, "tab", tmp_path)
    summed = r.vehicles[0].counts[4]
    assert (summed.category, summed.fuel, summed.count) == ("승용", "휘발유", 3)
    assert [(c.fuel, c.count) for c in summed.printed] == [("휘발유", 2), ("가솔린", 1)]
    assert "printed" not in r.vehicles[0].model_dump(mode="json")["counts"][4]
