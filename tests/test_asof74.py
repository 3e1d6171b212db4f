"""The date printed under a section's title, over its first `□` sub-heading (`2 인 력` over `(2026. 10. 31. 기준,
단위: 명)` over `□ 일반직`), is the date of every table of the section that prints none of its own (`□ 공무직`,
`□ 기간제`); a table's own date wins, and the date holds to the section's end, not into the next (`3 차 량`).
Before, only the first table took it: the others stood at no date."""

import datetime as dt

import pytest

from pipeline.extract import extract_file
from tests.test_as_of_variants import COVER, FLEET, NEXT, STAFF, extract

OCT_31, SEP_30 = dt.date(2026, 10, 31), dt.date(2026, 9, 30)
SERVICE = "구 분\t계\t공원관리원\t녹지관리원\n정 원\t6\t4\t2\n현 원\t5\t4\t1\n과부족\t△1\t-\t△1\n"
TEMPS = "구 분\t계\t숲해설가\t산불감시원\n현 원\t11\t3\t8\n"
LAYOUTS = ["tab", "space-aligned", "pipe-tables", "without-blank-lines", "without-markdown"]


def staffing_dates(r) -> list[tuple[int, dt.date | None]]:
    return sorted({(count.table_no, count.as_of) for count in r.staffing})


def report(service_unit: str = "", layout: str = "tab", above_first: str = "(2026. 10. 31. 기준, 단위: 명)\n\n"
           ) -> str:
    return extract(COVER.replace("2025", "2026") + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n" + above_first
                   + "□ 일반직\n\n" + STAFF + "\n□ 공무직\n\n" + service_unit + SERVICE + "\n□ 기간제\n\n" + TEMPS
                   + "\n## 3 차 량\n\n□ 공용차량 현황\n\n(단위: 대)\n\n" + FLEET + "\n" + NEXT, layout)


def test_the_fixture_s_three_staffing_tables_stand_at_the_section_s_date():
    r = extract_file("tests/department_reports/2026-hanbit-sallimnokji.md")
    assert staffing_dates(r) == [(1, OCT_31), (2, OCT_31), (3, OCT_31)]
    assert [(c.job_class, c.status, c.headcount) for c in r.staffing if c.table_no == 3][:3] == [
        ("계", "현원", 14), ("숲해설가", "현원", 3), ("산불감시원", "현원", 8)]
    assert [fleet.as_of for fleet in r.vehicles] == [None]  # `3 주요시설 및 장비` prints no date


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_table_of_the_section_takes_its_date_and_the_next_section_none(layout):
    r = report(layout=layout)
    assert staffing_dates(r) == [(1, OCT_31), (2, OCT_31), (3, OCT_31)]
    assert [(c.job_class, c.status, c.headcount) for c in r.staffing if c.table_no == 2][:3] == [
        ("계", "정원", 6), ("공원관리원", "정원", 4), ("녹지관리원", "정원", 2)]
    assert [(fleet.caption, fleet.counts[0].count, fleet.as_of) for fleet in r.vehicles] == [
        ("공용차량 현황", 12, None)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_s_own_date_wins_and_the_next_goes_back_to_the_section_s(layout):
    r = report("(2026. 9. 30. 기준, 단위: 명)\n\n", layout)
    assert staffing_dates(r) == [(1, OCT_31), (2, SEP_30), (3, OCT_31)]


def test_a_date_under_a_sub_heading_is_its_table_s_alone():
    r = extract(COVER.replace("2025", "2026") + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n□ 일반직\n\n"
                + "(2026. 10. 31. 기준, 단위: 명)\n\n" + STAFF + "\n□ 공무직\n\n" + SERVICE + "\n" + NEXT)
    assert staffing_dates(r) == [(1, OCT_31), (2, None)]


def test_a_section_with_no_date_leaves_its_tables_undated():
    r = report(above_first="(단위: 명)\n\n")
    assert staffing_dates(r) == [(1, None), (2, None), (3, None)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("above_first", ["(2026. 10. 31. 기준)\n\n", "(2026. 10. 31. 기준)\n(단위: 명)\n\n",
                                         "(단위: 명)\n(2026. 10. 31. 기준)\n\n", "※ 2026. 10. 31. 기준\n\n"])
def test_a_date_alone_under_the_section_s_title_dates_its_tables(above_first, layout):
    """Before, such a line over a `□` sub-heading dated no table at all: it stays in the text as printed."""
    r = report(above_first=above_first, layout=layout)
    assert staffing_dates(r) == [(1, OCT_31), (2, OCT_31), (3, OCT_31)]
    assert [fleet.as_of for fleet in r.vehicles] == [None]
    assert "2026. 10. 31. 기준" in r.general_text[0].text
