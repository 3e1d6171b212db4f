"""A fleet counted by year (`구 분 | 2024년 | 2025년` over `승 용 | 8 | 9`, `장비 현황` by year, years over `정 수 |
보 유`, or a row a year: `2024년 | 20 | 8 …`) is the report's year's fleet: the column (or row) naming the report's
year, else the latest it prints; the other years' figures, and a change between them (`증 감`), stay in the grid
kept beside it. `vehicle_totals` counts that year's vehicles, `sum.vehicles` checks them. Before, each year was a
kind of each category (`승용 | 2024년`, `승용 | 2025년`), so that the fleet's total counted both years (42 for 22)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.test_vehicles_more import LAYOUTS

COVER = "제304회 미르구의회 제1차 정례회\n\n2025. 6. 14. ~ 6. 28.\n\n# 2025년 주요업무보고\n\n## 총 무 과\n\n"
GENERAL = "# Ⅰ. 일반현황\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### 1. 청사 관리 (총무팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
BY_YEAR = ("구 분\t2024년\t2025년\n계\t20\t22\n승 용\t8\t9\n승 합\t5\t6\n화 물\t4\t4\n특 수\t3\t3\n")
THE_YEARS = [("계", "계", 22), ("승용", "소계", 9), ("승합", "소계", 6), ("화물", "소계", 4), ("특수", "소계", 3)]
TEXT_LAYOUTS = ["tabs", "pipes", "aligned"]


def report(table: str, layout: str = "tabs", caption: str = "□ 공용차량 현황", name: str = "t.md"):
    text = COVER + GENERAL + f"{caption}\n\n(단위: 대)\n\n{table}" + PROJECTS
    return extract_report(read_text(name, LAYOUTS[layout](text).encode()))


def counts(r) -> list[tuple]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count) for c in fleet.counts]


def kept(r) -> list[tuple]:
    return [(t.records_in, [[cell.replace(" ", "") for cell in row] for row in t.rows]) for t in r.tables]


def errors(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r) if f.severity == "error"]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_year_columns_are_the_latest_years_fleet_the_earlier_kept_in_the_grid(layout):
    r = report(BY_YEAR, layout)
    assert counts(r) == THE_YEARS
    assert kept(r) == [("vehicles", [["구분", "2024년", "2025년"], ["계", "20", "22"], ["승용", "8", "9"],
                                     ["승합", "5", "6"], ["화물", "4", "4"], ["특수", "3", "3"]])]
    assert errors(r) == []
    # the year's figures are checked: a wrong 승용 of 2025 breaks its 계; the earlier year's are the grid's
    assert errors(report(BY_YEAR.replace("승 용\t8\t9", "승 용\t8\t10"), layout)) == [
        ("sum.vehicles", "계", "계", "23", "22")]
    assert errors(report(BY_YEAR.replace("승 용\t8\t9", "승 용\t7\t9"), layout)) == []


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize(("header", "row"), [
    ("구 분\t2024년\t2025년\t2026년(계획)", "\t23"),  # the report's year, not the plan after it
    ("구 분\t’24년\t’25년\t증 감", "\t2"),  # a change between them: no kind
    ("구 분\t2024년 말\t2025. 5. 31. 현재", ""),
])
def test_the_column_of_the_reports_year_is_read_and_no_other(header, row, layout):
    table = BY_YEAR.replace("구 분\t2024년\t2025년", header).replace("계\t20\t22", "계\t20\t22" + row)
    for part in ("승 용\t8\t9", "승 합\t5\t6", "화 물\t4\t4", "특 수\t3\t3"):
        table = table.replace(part, part + ("\t0" if row else ""))
    assert counts(report(table, layout)) == THE_YEARS


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("ages", [("2020년식", "2021년식"), ("2015년 이전", "2016~2020년")])
def test_model_years_count_the_vehicles_by_age_not_by_the_year_counted(ages, layout):
    table = f"구 분\t계\t{ages[0]}\t{ages[1]}\n승 용\t9\t4\t5\n화 물\t4\t1\t3\n"
    assert [(category, kind.replace(" ", ""), count) for category, kind, count in counts(report(table, layout))] == [
        ("승용", "소계", 9), ("승용", ages[0].replace(" ", ""), 4), ("승용", ages[1].replace(" ", ""), 5),
        ("화물", "소계", 4), ("화물", ages[0].replace(" ", ""), 1), ("화물", ages[1].replace(" ", ""), 3)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_years_over_statuses_read_the_years_quota_and_vehicles_held(layout):
    table = ("구 분\t2024년\t\t2025년\t\n\t정 수\t보 유\t정 수\t보 유\n계\t21\t20\t23\t22\n승 용\t8\t8\t10\t9\n"
             "승 합\t6\t5\t6\t6\n화 물\t4\t4\t4\t4\n특 수\t3\t3\t3\t3\n")
    r = report(table, layout)
    assert counts(r) == THE_YEARS
    assert [(c.category, c.count) for c in r.vehicles[0].quotas] == [("계", 23), ("승용", 10), ("승합", 6),
                                                                     ("화물", 4), ("특수", 3)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_equipment_by_year_is_the_latest_years_fleet(layout):
    table = "구 분\t2024년\t2025년\n계\t5\t6\n견인차\t2\t2\n방역차\t1\t2\n살수차\t2\t2\n"
    r = report(table, layout, caption="□ 장비 현황")
    # each kind under the category its name tells (fleet112; before, `견인차` a category of its own)
    assert counts(r) == [("계", "계", 6), ("특수 견인차", "소계", 2), ("화물 방역차", "소계", 2),
                         ("화물 살수차", "소계", 2)]
    assert errors(report(table.replace("방역차\t1\t2", "방역차\t1\t3"), layout, caption="□ 장비 현황")) == [
        ("sum.vehicles", "계", "계", "7", "6")]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_a_row_a_year_over_kinds_is_the_latest_years_fleet(layout):
    table = "구 분\t계\t승 용\t\t화 물\n\t\t소 형\t중 형\t소 형\n2024년\t6\t2\t2\t2\n2025년\t7\t3\t2\t2\n"
    r = report(table, layout)
    assert counts(r) == [("계", "계", 7), ("승용", "소형", 3), ("승용", "중형", 2), ("화물", "소형", 2)]
    assert [row[0] for _, rows in kept(r) for row in rows[-2:]] == ["2024년", "2025년"]


def test_vehicle_totals_count_the_reports_year(tmp_path):
    db = connect(tmp_path / "r.db")
    for sha, caption, table in (("sha-1", "□ 공용차량 현황", BY_YEAR),
                                ("sha-2", "□ 장비 현황", "구 분\t2024년\t2025년\n견인차\t2\t2\n방역차\t1\t2\n")):
        r = report(table, caption=caption, name=f"{sha}.md")
        load_report(db, r, sha, run_checks(r))
    assert db.execute("SELECT caption, held FROM vehicle_totals ORDER BY caption").fetchall() == [
        ("공용차량 현황", 22), ("장비 현황", 4)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize(("table", "read"), [
    ("구입연도\t차 종\t대 수\n2018년\t승 용\t2\n2020년\t화 물\t1\n2022년\t승 합\t1\n",
     [("2018년", "승용", 2), ("2020년", "화물", 1), ("2022년", "승합", 1)]),
    ("연 식\t승 용\t화 물\n2018년\t2\t1\n2020년\t1\t1\n",
     [("2018년", "승용", 2), ("2018년", "화물", 1), ("2020년", "승용", 1), ("2020년", "화물", 1)]),
    ("구 분\t2018년 구입\t2020년 구입\n승 용\t2\t1\n화 물\t1\t1\n",
     [("승용", "2018년구입", 2), ("승용", "2020년구입", 1), ("화물", "2018년구입", 1), ("화물", "2020년구입", 1)]),
])
def test_years_the_vehicles_were_bought_or_made_are_no_years_counted(table, read, layout):
    """A row or column a year of purchase (`구입연도`, `연 식`, `2018년 구입`) counts vehicles of every year: all
    are read, as before (not the latest year's row alone, a fleet of 4 read as 1)."""
    assert [(category, kind.replace(" ", ""), count) for category, kind, count in counts(report(table, layout))] == read


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_kinds_over_years_keep_their_kinds(layout):
    """`승 용` merged over `2024년 | 2025년`: the year's columns kept are still 승용's and 화물's (before, the label
    stood over the first year's column alone, dropped with it: each category read as its 소계 alone)."""
    table = ("구 분\t계\t승 용\t\t화 물\t\n\t\t2024년\t2025년\t2024년\t2025년\n계\t6\t2\t3\t1\t3\n"
             "업무용\t4\t1\t2\t1\t2\n현장용\t2\t1\t1\t0\t1\n")
    assert counts(report(table, layout)) == [
        ("계", "계", 6), ("계", "승용", 3), ("계", "화물", 3), ("업무용", "소계", 4), ("업무용", "승용", 2),
        ("업무용", "화물", 2), ("현장용", "소계", 2), ("현장용", "승용", 1), ("현장용", "화물", 1)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_a_total_merged_down_beside_the_last_year_is_of_no_year(layout):
    """`계` printed in the line under the years, beside `… | 2026년(계획)`, its cell above blank: the years' groups
    are two columns wide, so it is no column of the last year's (before, it was, and was left out with that year:
    each category's 소계 lost)."""
    table = ("구 분\t2025년\t\t2026년(계획)\t\t\n\t승 용\t화 물\t승 용\t화 물\t계\n업무용\t2\t1\t3\t1\t3\n"
             "현장용\t1\t1\t1\t1\t2\n")
    assert counts(report(table, layout)) == [
        ("업무용", "승용", 2), ("업무용", "화물", 1), ("업무용", "소계", 3),
        ("현장용", "승용", 1), ("현장용", "화물", 1), ("현장용", "소계", 2)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_rows_of_years_closed_by_a_change_are_the_reports_years_fleet(layout):
    """`2024년 | 20 | 8`, `2025년 | 22 | 9` and `증 감 | 2 | 1`: the 2025 row is the fleet, as a fleet of one row
    (before, the change row broke the rows of years: every row read as a category, the 계 of both years 44)."""
    table = "구 분\t계\t승 용\t화 물\n2024년\t20\t8\t12\n2025년\t22\t9\t13\n증 감\t2\t1\t1\n"
    r = report(table, layout)
    assert counts(r) == [("계", "계", 22), ("공용차량현황", "승용", 9), ("공용차량현황", "화물", 13)]
    assert [row[0] for _, rows in kept(r) for row in rows[1:]] == ["2024년", "2025년", "증감"]
    assert errors(report(table.replace("2025년\t22\t9", "2025년\t22\t10"), layout)) == [
        ("sum.vehicles", "계", "계", "23", "22")]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize(("table", "read"), [
    ("구 분\t2024년\t2025년\n승 용\t2\t3\n", [("승용", "소계", 3)]),  # as `구 분 | 대 수` over `승 용 | 3`
    ("구 분\t2025년\n승 용\t3\n", [("승용", "소계", 3)]),  # and so one year alone
    ("구 분\t승 용\t\t화 물\t\n\t2024년\t2025년\t2024년\t2025년\n대 수\t2\t3\t1\t2\n",
     [("공용차량현황", "승용", 3), ("공용차량현황", "화물", 2)]),  # as `구 분 | 승 용 | 화 물` over `대 수 | 3 | 2`
    ("구 분\t2024년\t\t2025년\t\n\t승 용\t화 물\t승 용\t화 물\n대 수\t2\t1\t3\t2\n",
     [("공용차량현황", "승용", 3), ("공용차량현황", "화물", 2)]),
])
def test_a_fleet_of_one_row_by_year_reads_no_year_for_a_kind(table, read, layout):
    """One row of figures under years: the year counted names no kind, as a fleet of one year's counts read (before,
    `('승용', '2025년', 3)`, or the year the category: `('2025년', '승용', 3)`)."""
    assert counts(report(table, layout)) == read
