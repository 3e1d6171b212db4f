"""`|` and tab headers whose converter dropped the merged cells: an upper row shorter than the rows below it (`| 구분 |
정원 | 현원 |` over `| | 계 | 일반직 | 계 | 일반직 |`), a header of three rows as hwp converters print one (`구 분 |
정 원 | 현 원 | 과부족` over `계 | 일반직 | …` over `| 4급 | 5급 | 6급 | …`), a lower row two cells short or more.
The header is spread over the table's columns with its merged cells blank, and a staffing table of statuses
over classes over grades counts each class's grades (before, the labels stood at the left, columns off, and the
counts were each status's `계`). Groups of other widths (`일반직` over three grades, `기능직` over one) are spread as
their labels and the figures' sums tell (a group's 소계 the sum of its grades); where nothing tells, as printed."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = ("제304회 미르구의회 제1차 정례회\n\n2022. 6. 14. ~ 6. 28.\n\n2022년 주요업무보고\n\n교 통 행 정 과\n\n"
         "Ⅰ. 일반현황\n\n2. 인 력\n\n(단위 : 명)\n")


def gfm(*rows: list[str], rule: int | None = None) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + " --- |" * (rule or len(rows[0])), *lines[1:]]) + "\n"


def bare(*rows: list[str]) -> str:
    """Rows without outer pipes, a row starting with a blank printing a pipe first (`| 4급 | 5급`)."""
    return "".join((" | ".join(row) if row[0] else "| " + " | ".join(row[1:])) + "\n" for row in rows)


def tab(*rows: list[str]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def read(body: str):
    document = read_text("t.txt", (COVER + body).encode())
    (table,) = (block for block in document.blocks if isinstance(block, Table))
    return table, extract_report(document)


def counts(r) -> list[tuple[str, str, str, int]]:
    return [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing]


TWO_ROWS = {
    "GFM, the lower row's blank printed": gfm(["구분", "정원", "현원"], ["", "계", "일반직", "계", "일반직"],
                                              ["계", "20", "18", "19", "17"]),
    "GFM, rule as wide as the table": gfm(["구분", "정원", "현원"], ["", "계", "일반직", "계", "일반직"],
                                           ["계", "20", "18", "19", "17"], rule=5),
    "GFM, the lower row's blank dropped": gfm(["구분", "정원", "현원"], ["계", "일반직", "계", "일반직"],
                                               ["계", "20", "18", "19", "17"]),
    "bare pipes": bare(["구분", "정원", "현원"], ["", "계", "일반직", "계", "일반직"], ["계", "20", "18", "19", "17"]),
    "tab, merged cells one cell each": tab(["구분", "정원", "현원"], ["", "계", "일반직", "계", "일반직"],
                                           ["계", "20", "18", "19", "17"]),
    "bare pipes, a rule": bare(["구분", "정원", "현원"], ["---"] * 3, ["", "계", "일반직", "계", "일반직"],
                               ["계", "20", "18", "19", "17"]),
}


@pytest.mark.parametrize("name", TWO_ROWS)
def test_an_upper_row_shorter_than_the_lower_is_spread_over_its_columns(name):
    table, r = read(TWO_ROWS[name])
    assert table.rows[:2] == (("구분", "정원", "", "현원", ""), ("", "계", "일반직", "계", "일반직"))
    assert counts(r) == [("정원", "계", "계", 20), ("정원", "일반직", "계", 18), ("현원", "계", "계", 19),
                         ("현원", "일반직", "계", 17)]


THREE_ROWS = [["구 분", "정 원", "현 원", "과부족"], ["계", "일반직"] * 3, ["", *["4급", "5급", "6급"] * 3],
              ["계", "10", "1", "4", "5", "9", "1", "4", "4", "△1", "-", "-", "△1"]]
SPREAD = [("구 분", "정 원", "", "", "", "현 원", "", "", "", "과부족", "", "", ""),
          ("", *("계", "일반직", "", "") * 3), ("", *("", "4급", "5급", "6급") * 3)]
THREE_ROW_TABLES = {
    "GFM": gfm(*THREE_ROWS),
    "GFM, the middle row's blank printed": gfm(THREE_ROWS[0], ["", *THREE_ROWS[1]], *THREE_ROWS[2:]),
    "tab, merged cells blank": tab(*[list(row) for row in SPREAD], THREE_ROWS[3]),
    "bare pipes, as hwp converters print it": bare(*THREE_ROWS) + "\n□ 향후계획\n",
    "tab, merged cells one cell each (Word's save as text)": tab(*THREE_ROWS),
}


@pytest.mark.parametrize("name", THREE_ROW_TABLES)
def test_a_staffing_header_of_three_rows_counts_each_class_and_grade(name):
    table, r = read(THREE_ROW_TABLES[name])
    assert table.rows[:3] == tuple(SPREAD)
    assert counts(r) == [
        ("정원", "계", "계", 10), ("정원", "일반직", "4급", 1), ("정원", "일반직", "5급", 4),
        ("정원", "일반직", "6급", 5), ("현원", "계", "계", 9), ("현원", "일반직", "4급", 1),
        ("현원", "일반직", "5급", 4), ("현원", "일반직", "6급", 4), ("과부족", "계", "계", -1),
        ("과부족", "일반직", "4급", 0), ("과부족", "일반직", "5급", 0), ("과부족", "일반직", "6급", -1)]


SHORT_LOWER = {
    "upper printing its merged cells": ["구 분", "계", "일반직", "", "", "기능직", ""],
    "upper printing its last merged cell none": ["구 분", "계", "일반직", "", "", "기능직"],
}


@pytest.mark.parametrize("name", SHORT_LOWER)
def test_a_lower_row_two_cells_short_goes_under_its_groups(name):
    body = gfm(SHORT_LOWER[name], ["5급", "6급", "7급", "8급", "9급"], ["정 원", "10", "1", "2", "3", "2", "2"],
               ["현 원", "9", "1", "2", "2", "2", "2"])
    table, r = read(body)
    assert table.rows[1] == ("", "", "5급", "6급", "7급", "8급", "9급")
    assert [c for c in counts(r) if c[0] == "현원"] == [
        ("현원", "계", "계", 9), ("현원", "일반직", "5급", 1), ("현원", "일반직", "6급", 2),
        ("현원", "일반직", "7급", 2), ("현원", "기능직", "8급", 2), ("현원", "기능직", "9급", 2)]


FORMS = {"GFM": gfm, "bare pipes": bare, "tab, merged cells one cell each": tab}
CLASSES_OVER_GRADES = [["구 분", "계", "일반직", "기능직"], ["", "", "소계", "5급", "6급", "7급", "10급"],
                       ["정 원", "25", "20", "5", "8", "7", "5"], ["현 원", "24", "19", "5", "7", "7", "5"]]


@pytest.mark.parametrize("form", [*FORMS, "GFM, rule as wide as the table"])
def test_groups_of_other_widths_are_spread_as_their_sums_add_up(form):
    """`일반직` over its 소계 and three grades, `기능직` over one: of the ways the lower row parts under the two
    classes, only one has each 소계 the sum of its grades and the 계 the classes' sum (before: `일반직 | 기능직`
    at the left, 5급 … 10급 counted as 기능직's)."""
    table, r = read(gfm(*CLASSES_OVER_GRADES, rule=7) if form not in FORMS else FORMS[form](*CLASSES_OVER_GRADES))
    assert table.rows[:2] == (("구 분", "계", "일반직", "", "", "", "기능직"),
                              ("", "", "소계", "5급", "6급", "7급", "10급"))
    assert counts(r) == [
        ("정원", "계", "계", 25), ("정원", "일반직", "계", 20), ("정원", "일반직", "5급", 5),
        ("정원", "일반직", "6급", 8), ("정원", "일반직", "7급", 7), ("정원", "기능직", "10급", 5),
        ("현원", "계", "계", 24), ("현원", "일반직", "계", 19), ("현원", "일반직", "5급", 5),
        ("현원", "일반직", "6급", 7), ("현원", "일반직", "7급", 7), ("현원", "기능직", "10급", 5)]


def test_a_slip_in_one_sum_leaves_the_spreading_its_other_sums_tell():
    """현원's 소계 printed 18 for 19: the other row's sums still tell the groups, and the check finds the slip."""
    rows = [*CLASSES_OVER_GRADES[:3], ["현 원", "24", "18", "5", "7", "7", "5"]]
    table, r = read(gfm(*rows))
    assert table.rows[0] == ("구 분", "계", "일반직", "", "", "", "기능직")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.staffing", "현원", "일반직 계", "19", "18")]


@pytest.mark.parametrize("form", FORMS)
def test_statuses_over_classes_of_other_widths_are_spread_as_their_sums_add_up(form):
    """정원 over 계 and two classes, 현원 over 계 and one: the labels tell it (a 계 opens each status, no class twice
    under one), and 정원's 계 is its classes' sum (before: the statuses at the left; GFM read 정원's 계 as 일반직's)."""
    rows = [["구 분", "정원", "현원"], ["계", "일반직", "기능직", "계", "일반직"], ["계", "20", "18", "2", "17", "17"]]
    table, r = read(FORMS[form](*rows))
    assert table.rows[:2] == (("구 분", "정원", "", "", "현원", ""), ("", "계", "일반직", "기능직", "계", "일반직"))
    assert counts(r) == [("정원", "계", "계", 20), ("정원", "일반직", "계", 18), ("정원", "기능직", "계", 2),
                         ("현원", "계", "계", 17), ("현원", "일반직", "계", 17)]


@pytest.mark.parametrize("form", FORMS)
def test_a_header_of_three_rows_of_other_widths_counts_each_class_and_grade(form):
    """Statuses over classes over grades, `일반직` over its 소계 and three grades, `기능직` over one: the 계 of each
    status the sum of its classes, each 소계 of its grades (before: no table without outer pipes, else each status's
    counts under the wrong labels)."""
    rows = [["구 분", "정 원", "현 원"], ["계", "일반직", "기능직"] * 2,
            ["", *["소계", "5급", "6급", "7급", "10급"] * 2],
            ["계", "10", "9", "2", "3", "4", "1", "9", "8", "2", "3", "3", "1"]]
    table, r = read(FORMS[form](*rows))
    assert table.rows[1] == ("", *("계", "일반직", "", "", "", "기능직") * 2)
    assert counts(r) == [
        ("정원", "계", "계", 10), ("정원", "일반직", "계", 9), ("정원", "일반직", "5급", 2),
        ("정원", "일반직", "6급", 3), ("정원", "일반직", "7급", 4), ("정원", "기능직", "10급", 1),
        ("현원", "계", "계", 9), ("현원", "일반직", "계", 8), ("현원", "일반직", "5급", 2),
        ("현원", "일반직", "6급", 3), ("현원", "일반직", "7급", 3), ("현원", "기능직", "10급", 1)]


def test_an_upper_row_that_parts_unevenly_as_nothing_tells_stays_as_printed():
    """`일반직` and `기능직` over `5급 | 6급 | 7급 | 10급`, no 소계: every parting adds up to the 계 alike, so nothing
    tells the groups: left as before, the labels at the left."""
    body = gfm(["구 분", "계", "일반직", "기능직"], ["", "", "5급", "6급", "7급", "10급"],
               ["정 원", "25", "5", "8", "7", "5"], rule=6)
    table, _ = read(body)
    assert table.rows[0] == ("구 분", "계", "일반직", "기능직", "", "")
