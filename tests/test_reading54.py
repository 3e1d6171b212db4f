"""Reading gaps closed on branch reading54: the parts of a year named by a word (`연초`, `연말`, `연내`), a 단위사업
name wrapped over three lines centred on its figures in `pdftotext -layout` text, and a vehicle's fuel named in its
비고."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from pipeline.values import parse_period, parse_period_label
from tests.periods import span
from tests.test_period_spans_variants import items
from tests.test_vehicle_list_models import report as vehicle_report
from tests.test_vehicles_more import LAYOUTS

YEAR_PARTS = {"연초": (1, 1), "연말": (12, 12), "연내": (1, 12), "연중": (1, 12), "연간": (1, 12)}


@pytest.mark.parametrize(("text", "expected"), [
    # the year's start and end are its first and last month, as `3월 초` is March; what is done within the year
    # may be done in any of its months (before, each none)
    ("연초", (1, 1, 2025, None)), ("연말", (12, 12, 2025, None)), ("연내", (1, 12, 2025, None)),
    ("연말 준공", (12, 12, 2025, None)), ("연내 완료", (1, 12, 2025, None)), ("연초 계획 수립", (1, 1, 2025, None)),
    ("2026년 연말", (12, 12, 2026, None)), ("내년 연초", (1, 1, 2026, None)), ("’26. 연말", (12, 12, 2026, None)),
    # in a range or beside months
    ("연초~상반기", (1, 6, 2025, None)), ("11월~연말", (11, 12, 2025, None)), ("연초 ~ 3월", (1, 3, 2025, None)),
    ("3월 착공, 연말 준공", (3, 12, 2025, None)), ("연말(12월)", (12, 12, 2025, None)),
    ("연내(10월)", (10, 10, 2025, None)),  # the month it names more closely
    # a particle after the word, as after a month (`12월까지`: 1–12); before, none
    ("연말까지", (1, 12, 2025, None)), ("연말까지 완료", (1, 12, 2025, None)), ("연내에 완료", (1, 12, 2025, None)),
    ("상반기까지", (1, 6, 2025, None)), ("하반기부터", (7, 12, 2025, None)),
    # the words kept as read: `연중` and its bracket of months excluded
    ("연중", (1, 12, 2025, None)), ("연간", (1, 12, 2025, None)), ("연중(1월 제외)", (2, 12, 2025, None)),
    # words the letters start, not a part of the year: none
    ("연말정산", None), ("연초제조창", None), ("(연중콘도) 8개소", None), ("주연내 배우", None),
])
def test_parts_of_the_year_by_their_words(text, expected):
    assert span(parse_period(text, 2025)) == expected


def test_a_year_part_as_a_label_and_its_months():
    assert parse_period_label("연말", 2025) == (12, 12, 2025, None, ("2025-12",))
    assert parse_period_label("연내", 2025) == parse_period("연중", 2025)
    assert parse_period_label("연초", None) == (1, 1, None, None, ("--01",))
    assert parse_period("3월 착공, 연말 준공", 2025).months == ("2025-03", "2025-12")


def test_items_dated_by_a_part_of_the_year():
    body = ("○ 청사 방수공사 추진\n  - 기 간 : 연말\n○ 조례 정비 : 연내 완료\n○ 계획 수립 : 2026년 연초\n"
            "○ 점검: 연말까지\n○ 연말 이웃돕기 성금 모금\n")
    assert items(body) == [("청사 방수공사 추진", 12, 12, 2025), ("조례 정비 : 연내 완료", 1, 12, 2025),
                           ("계획 수립 : 2026년 연초", 1, 1, 2026), ("점검: 연말까지", 1, 12, 2025),
                           ("연말 이웃돕기 성금 모금", 12, 12, 2025)]


@given(st.sampled_from(sorted(YEAR_PARTS)), st.sampled_from([2024, 2025, 2026]),
       st.sampled_from(["", "{y}년 ", "{y}년도 ", "’{yy}. ", "{y}. "]),
       st.sampled_from(["", " 완료", " 추진", "에 완료"]))
def test_a_year_part_with_its_year_before_it_or_not(word, year, form, after):
    first, last = YEAR_PARTS[word]
    prefix = form.format(y=year, yy=year % 100)
    assert span(parse_period(f"{prefix}{word}{after}", 2025)) == (first, last, year if prefix else 2025, None)


# `pdftotext -layout` of a budget table whose 단위사업 names wrap in their cells, centred on their row's figures (a
# name of three lines prints its figures on its middle line), rows one a line or a blank line apart. Written from a
# made-up 한빛구 감사담당관 report in the conventions of tests/department_reports/2025-hanbit-gamsa.txt.
BUDGET_COVER = "제305회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n감사담당관\n\n"
BUDGET_HEADER = """\
 Ⅰ. 일반현황

 4. 예산현황                                   (단위: 천원, 2025. 5. 31. 기준)

   단위사업명                   예산액        집행액    집행률(%)
   계                          691,000      281,530        40.7
"""
SELF_AUDIT = "   자체감사 운영               312,000      141,960        45.5\n"
INTEGRITY = "   청렴도 향상                 209,000       88,150        42.2\n"
DISCIPLINE_THREE_LINES = """\
   공직기강 확립
   및 특별점검                 111,400       30,080        27.0
   운영
"""
BASIC = "   기본경비                     58,600       21,340        36.4\n"


def budget_lines(body: str) -> list[tuple[str, int | None, int | None, float | None]]:
    report = extract_report(read_text("t.txt", (BUDGET_COVER + BUDGET_HEADER + body).encode()))
    return [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget]


BUDGET_READ = [("계", 691_000_000, 281_530_000, 40.7), ("자체감사 운영", 312_000_000, 141_960_000, 45.5),
               ("청렴도 향상", 209_000_000, 88_150_000, 42.2),
               ("공직기강 확립 및 특별점검 운영", 111_400_000, 30_080_000, 27.0),
               ("기본경비", 58_600_000, 21_340_000, 36.4)]


@pytest.mark.parametrize("apart", ["", "\n"])
def test_a_budget_name_of_three_lines_centred_on_its_figures_is_one_name(apart):
    """The name's last line (`운영`) is its own, not the next row's first (before, `운영 기본경비` and `공직기강 확립
    및 특별점검`), rows one a line or a blank line apart; no check finds the sums wrong."""
    body = apart.join([SELF_AUDIT, INTEGRITY, DISCIPLINE_THREE_LINES, BASIC])
    assert budget_lines(body) == BUDGET_READ
    report = extract_report(read_text("t.txt", (BUDGET_COVER + BUDGET_HEADER + body).encode()))
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


def test_a_budget_name_of_three_lines_as_the_table_first_row():
    assert budget_lines(DISCIPLINE_THREE_LINES + SELF_AUDIT + INTEGRITY + BASIC) == [
        BUDGET_READ[0], BUDGET_READ[3], *BUDGET_READ[1:3], BUDGET_READ[4]]


@pytest.mark.parametrize(("first_line", "name"), [
    # its first line ends as one that goes on (`및`)
    ("   청렴 교육 및\n", "청렴 교육 및 기본경비"),
    # with the next row's first word it would be wider than any label line: wrapped there, a label's first line
    ("   청렴 교육장 조성\n", "청렴 교육장 조성 기본경비"),
])
def test_a_label_over_the_next_row_stays_its_own_below_a_label_over_its_figures(first_line, name):
    """Below a row printing its label's first line over its figures (`공직기강 확립` over `및 특별점검   111,400`),
    a line that could not end that label is the next row's first, as before: two labels each printed over its
    row."""
    over = "   공직기강 확립\n   및 특별점검                 111,400       30,080        27.0\n"
    body = SELF_AUDIT + INTEGRITY + over
    assert budget_lines(body + first_line + BASIC) == [
        *BUDGET_READ[:3], ("공직기강 확립 및 특별점검", 111_400_000, 30_080_000, 27.0),
        (name, 58_600_000, 21_340_000, 36.4)]


# a vehicle list printing each vehicle's fuel only in its 비고 (made up in the conventions of
# tests/test_vehicle_list_models.py)
FUELS_IN_NOTES = ("연번\t차량번호\t차 종\t연 식\t용 도\t비 고\n1\t12가 3456\t쏘나타\t2016\t업무용\t하이브리드\n"
                  "2\t34나 5678\t포터Ⅱ\t2018\t단속용\t경유\n3\t56다 7890\t스타렉스\t2019\t견인차 지원\t\n"
                  "4\t78라 1234\t니로EV\t2021\t업무용\t전기\n5\t90마 5678\t25인승 버스\t2020\t셔틀\t비고: CNG\n"
                  "6\t11바 2222\t아이오닉5\t2023\t업무용\t전기차, 긴급출동\n\n")


def fleet_counts(general: str, layout: str = "tabs") -> list[tuple[str, str | None, int, str | None]]:
    (fleet,) = vehicle_report(general, layout).vehicles
    return [(c.category, c.kind, c.count, c.fuel) for c in fleet.counts]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_vehicle_lists_fuel_named_in_its_note(layout):
    """Each count's fuel, where the list has no column of fuels, is the one its 비고 names (before, none); the
    스타렉스, its note blank, has none. The note is kept as printed in the list's grid."""
    assert fleet_counts(FUELS_IN_NOTES, layout) == [
        ("계", "계", 6, None), ("승용", "쏘나타", 1, "하이브리드"), ("화물", "포터Ⅱ", 1, "경유"),
        ("승합", "스타렉스", 1, None), ("승용", "니로EV", 1, "전기"), ("승합", "25인승버스", 1, "CNG"),
        ("승용", "아이오닉5", 1, "전기")]
    r = vehicle_report(FUELS_IN_NOTES, layout)
    (grid,) = [table for table in r.tables if table.records_in == "vehicles"]
    assert [row[-1] for row in grid.rows[1:]] == ["하이브리드", "경유", "", "전기", "비고: CNG", "전기차, 긴급출동"]
    assert run_checks(r) == []


def test_a_fuel_in_the_note_is_asked_for_in_the_database(tmp_path):
    r = vehicle_report(FUELS_IN_NOTES)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert sorted(db.execute("SELECT kind, fuel FROM vehicles WHERE fuel IS NOT NULL").fetchall()) == [
        ("25인승버스", "CNG"), ("니로EV", "전기"), ("쏘나타", "하이브리드"), ("아이오닉5", "전기"), ("포터Ⅱ", "경유")]


@pytest.mark.parametrize(("notes", "fuel"), [
    (("전기", "전기"), "전기"),  # a kind's vehicles all of one fuel: the count's
    (("전기", "하이브리드"), None),  # of two: none
    (("전기", ""), None),  # one not printed: none
    (("전기차 교체 예정", "전기차 교체 예정"), None),  # a fuel among other words: no fuel of the vehicle's
    (("하이브리드(휘발유)", "하이브리드(휘발유)"), None),  # two fuels named: none
    (("업무용(전기)", "업무용 / 전기"), "전기"),  # a part of the note
])
def test_a_kinds_fuel_is_that_of_every_vehicle_it_counts(notes, fuel):
    rows = "".join(f"{n}\t1{n}가 345{n}\t쏘나타\t2020\t{note}\n" for n, note in enumerate(notes, 1))
    assert fleet_counts(f"연번\t차량번호\t차 종\t연 식\t비 고\n{rows}\n") == [
        ("계", "계", 2, None), ("승용", "쏘나타", 2, fuel)]


def test_a_column_of_fuels_wins_over_the_note():
    """The list's column of fuels (`연 료`) gives the fuel (before, none), its 비고 read for none."""
    assert fleet_counts("연번\t차량번호\t차 종\t연 료\t비 고\n1\t12가3456\t쏘나타\t휘발유\t하이브리드\n"
                        "2\t34나5678\t포터Ⅱ\t경유\t전기\n\n") == [
        ("계", "계", 2, None), ("승용", "쏘나타", 1, "휘발유"), ("화물", "포터Ⅱ", 1, "경유")]
