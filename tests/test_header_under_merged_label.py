"""A header of two rows whose lower row prints no cell under the label merged down beside it: hwp converters print a
merged-down first cell so in tab text (`개소<tab>면적<tab>…` under `구 분<tab>결 정<tab><tab>집 행`, no tab before
`개소`), Word's "save as text" too, its upper row's merged cells one cell each, and converters printing `|` rows drop
that empty cell. The lower row goes a column right, under the columns after the first (before, it was read a
column off, `개소` under `구 분`); a lower row that starts at the first column (no label merged down beside it)
stays as printed."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제270회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n도 시 계 획 과\n\nⅠ. 일반현황\n\n"
FACILITIES = "1. 도시계획시설 현황\n\n(단위: 개소, ㎡)\n\n{table}"
FACILITY_ROWS = [["계", "10", "1,000", "8", "800", "2", "200"], ["공원", "6", "600", "5", "500", "1", "100"],
                 ["도로", "4", "400", "3", "300", "1", "100"]]
READ_HEADER = ["구 분", "결 정 개소", "결 정 면적", "집 행 개소", "집 행 면적", "미집행 개소", "미집행 면적"]


def tab(*rows: list[str]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def pipe(*rows: list[str]) -> str:
    return "".join(" | ".join(row) + "\n" for row in rows)


def gfm(*rows: list[str]) -> str:
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * 7, *lines[1:]]) + "\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def tables(body: str) -> list[Table]:
    return [block for block in read_text("t.txt", (COVER + body).encode()).blocks if isinstance(block, Table)]


def findings(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


UPPER = ["구 분", "결 정", "", "집 행", "", "미집행"]
LOWER = ["개소", "면적"] * 3
FACILITY_TABLES = {
    "hwp tab": tab(UPPER, LOWER, *FACILITY_ROWS),
    "hwp tab, a tab after the upper row": tab([*UPPER, ""], LOWER, *FACILITY_ROWS),
    "hwp tab, a tab after the lower row": tab(UPPER, [*LOWER, ""], *FACILITY_ROWS),
    "Word's save as text": tab(["구 분", "결 정", "집 행", "미집행"], LOWER, *FACILITY_ROWS),
    "pipe": pipe([*UPPER, ""], LOWER, *FACILITY_ROWS),
    "GFM": gfm([*UPPER, ""], LOWER, *FACILITY_ROWS),
}


@pytest.mark.parametrize("name", FACILITY_TABLES)
def test_a_lower_row_printing_no_cell_under_the_merged_label_goes_under_the_columns_after_it(name):
    r = report(FACILITIES.format(table=FACILITY_TABLES[name]))
    (table,) = r.tables
    assert table.header_rows == 1 and table.rows[0] == READ_HEADER
    assert table.rows[1:] == FACILITY_ROWS
    assert findings(r) == []


def test_its_cells_read_by_their_column_labels():
    (table,) = tables(FACILITIES.format(table=FACILITY_TABLES["hwp tab"]))
    assert table.rows[:2] == (("구 분", "결 정", "", "집 행", "", "미집행", ""),
                              ("", "개소", "면적", "개소", "면적", "개소", "면적"))
    (read,) = report(FACILITIES.format(table=FACILITY_TABLES["hwp tab"])).tables
    labelled = dict(zip(read.rows[0], read.rows[2], strict=True))
    assert labelled["집 행 면적"] == "500" and labelled["미집행 개소"] == "1" and labelled["구 분"] == "공원"


BUDGET = "1. 예산현황\n\n(단위: 천원)\n\n{table}"
BUDGET_ROWS = [["계", "300,000", "500,000", "120,000", "180,000"],
               ["도시계획 수립", "100,000", "300,000", "40,000", "110,000"],
               ["도시계획시설 정비", "200,000", "200,000", "80,000", "70,000"]]
BUDGET_TABLES = {
    "hwp tab": tab(["구 분", "예산액", "", "집행액"], ["국비", "구비", "국비", "구비"], *BUDGET_ROWS),
    "Word's save as text": tab(["구 분", "예산액", "집행액"], ["국비", "구비", "국비", "구비"], *BUDGET_ROWS),
    "pipe": pipe(["구 분", "예산액", "", "집행액", ""], ["국비", "구비", "국비", "구비"], *BUDGET_ROWS),
}


@pytest.mark.parametrize("name", BUDGET_TABLES)
def test_a_budget_by_fund_under_its_amounts(name):
    r = report(BUDGET.format(table=BUDGET_TABLES[name]))
    padded = report(BUDGET.format(table=tab(["구 분", "예산액", "", "집행액", ""], ["", "국비", "구비", "국비", "구비"],
                                            *BUDGET_ROWS)))
    assert r.budget == padded.budget
    assert [(b.name, b.other_columns["예산액 구비"], b.other_columns["집행액 구비"]) for b in r.budget] == [
        ("계", "500,000", "180,000"), ("도시계획 수립", "300,000", "110,000"),
        ("도시계획시설 정비", "200,000", "70,000")]
    assert findings(r) == []


STAFFING = "1. 인력현황\n\n{table}"
STAFFING_ROWS = [["정 원", "20", "2", "8", "8", "1", "1"], ["현 원", "19", "2", "7", "8", "1", "1"]]
STAFFING_UPPER = ["구 분", "계", "일 반 직", "", "", "관리운영직"]
GRADES = ["5급", "6급", "7급", "7급", "8급"]
STAFFING_TABLES = {
    "hwp tab": tab(STAFFING_UPPER, GRADES, *STAFFING_ROWS),
    "hwp tab, a tab after each row": tab([*STAFFING_UPPER, ""], [*GRADES, ""], *STAFFING_ROWS),
    "Word's save as text": tab(["구 분", "계", "일 반 직", "관리운영직"], GRADES, *STAFFING_ROWS),
    "GFM": gfm([*STAFFING_UPPER, ""], GRADES, *STAFFING_ROWS),
}


@pytest.mark.parametrize("name", STAFFING_TABLES)
def test_a_staffing_lower_row_printing_no_cell_under_its_class_nor_its_total(name):
    """`구 분` and `계` both merged down: the grades go two columns right, under the classes."""
    r = report(STAFFING.format(table=STAFFING_TABLES[name]))
    assert [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == "현원"] == [
        ("계", "계", 19), ("일반직", "5급", 2), ("일반직", "6급", 7), ("일반직", "7급", 8), ("관리운영직", "7급", 1),
        ("관리운영직", "8급", 1)]
    assert findings(r) == []


def test_a_lower_row_starting_at_the_first_column_stays_as_printed():
    """`시설` under `구 분` prints a cell for each column: no label is merged down beside it."""
    header = tab(["구 분", "결 정", "", "집 행", ""], ["시설", "개소", "면적", "개소", "면적"])
    (table,) = tables(FACILITIES.format(table=header + tab(["공원", "6", "600", "5", "500"])))
    assert table.rows[1] == ("시설", "개소", "면적", "개소", "면적")


def test_a_lower_row_under_a_label_merged_across_goes_no_further_than_under_it():
    """`예 산` spans two columns (a blank beside it), `구 분`, `집 행` and `잔 액` are merged down: `국비 | 구비` goes
    a column right, under `예 산`, not three (under `집 행` and `잔 액`, over the last figures too): the labels
    merged down before the groups stop at the blank of a label merged across."""
    header = tab(["구 분", "예 산", "", "집 행", "잔 액"], ["국비", "구비"])
    (table,) = tables(FACILITIES.format(table=header + tab(["공원", "100", "200", "250", "50"])))
    assert table.rows[1] == ("", "국비", "구비", "", "")


def test_a_label_merged_down_at_the_right_end_too_moves_the_lower_row_by_the_left_ones_alone():
    """`비 고` merged down at the right end as well: `개소 | 면적 …` is two cells short, but `결 정` spans a blank
    beside it (a label merged across), so the lower row goes one column right, `비 고` over notes."""
    header = tab(["구 분", "결 정", "", "집 행", "", "비 고"], ["개소", "면적", "개소", "면적"])
    r = report(FACILITIES.format(table=header + tab(["공원", "6", "600", "5", "500", "일부 조성"])))
    (table,) = r.tables
    assert table.rows == [["구 분", "결 정 개소", "결 정 면적", "집 행 개소", "집 행 면적", "비 고"],
                          ["공원", "6", "600", "5", "500", "일부 조성"]]


def test_a_word_header_of_merged_cells_over_a_lower_row_short_of_a_label_merged_down_at_the_right_too():
    """Word's "save as text" prints `구 분 | 결 정 | 집 행 | 비 고` (each merged cell one cell) over the four labels
    alone: the lower row goes a column right and is of the table's width, so the cells merged across are placed
    over its groups; before, it stayed a cell short and the header read `집 행 면적` over 결정's 면적."""
    header = tab(["구 분", "결 정", "집 행", "비 고"], ["개소", "면적", "개소", "면적"])
    r = report(FACILITIES.format(table=header + tab(["공원", "6", "600", "5", "500", "일부 조성"])))
    (table,) = r.tables
    assert table.rows == [["구 분", "결 정 개소", "결 정 면적", "집 행 개소", "집 행 면적", "비 고"],
                          ["공원", "6", "600", "5", "500", "일부 조성"]]


FLAT_BUDGET_ROWS = [["가사업", "100", "50", "-"], ["나사업", "200", "150", "-"]]
GROUP_ROWS_UNDER_A_HEADER = {
    "one label, tab": tab(["구 분", "예산액", "집행액", "비 고"], ["일반 사업"], *FLAT_BUDGET_ROWS),
    "one label and its blanks, tab": tab(["구 분", "예산액", "집행액", "비 고"], ["일반 사업", "", ""],
                                         *FLAT_BUDGET_ROWS),
    "one label, pipe": pipe(["구 분", "예산액", "집행액", "비 고"], ["일반 사업", "", "", ""], *FLAT_BUDGET_ROWS),
    "one label under a header of two rows": tab(["구 분", "예 산", "", "비 고"], ["", "국비", "구비", ""],
                                                ["일반 사업"], *FLAT_BUDGET_ROWS),
}


@pytest.mark.parametrize("name", GROUP_ROWS_UNDER_A_HEADER)
def test_a_group_row_right_under_the_header_stays_at_the_first_column(name):
    """A row of one label right under the header, a group's (`일반 사업`), is no lower header row (a group merged
    across prints two labels below it at least): it stays under `구 분`; before, it went right under the last
    column (`비 고 일반 사업`)."""
    (table,) = tables("1. 예산현황\n\n(단위: 천원)\n\n" + GROUP_ROWS_UNDER_A_HEADER[name])
    (group,) = (row for row in table.rows if "일반 사업" in row)
    assert group[0] == "일반 사업" and not any(group[1:])


def test_a_lower_row_of_a_label_a_column_under_a_header_merging_none_across_goes_right_too():
    """`(A) | (B) | (B/A)` under `구 분 | 예산액 | 집행액 | 집행률`: `구 분` alone merged down, no group above."""
    header = tab(["구 분", "예산액", "집행액", "집행률"], ["(A)", "(B)", "(B/A)"])
    (table,) = tables(BUDGET.format(table=header + tab(["계", "300", "150", "50.0"], ["가사업", "300", "150", "50.0"])))
    assert table.rows[1] == ("", "(A)", "(B)", "(B/A)")


def test_a_pipe_line_one_cell_short_after_a_table_of_words_stays_out_of_it():
    """`결과 | 양호` after a table of words (no figures) is two cells: no lower header row, it is below the header's
    rows; it is no row of the table (before, it was read at the table's width less one, a row of the table)."""
    places = ("청사", "별관", "주차장", "창고")
    words = pipe(["구 분", "내 용", "비 고"], *[[place, "보수", "완료"] for place in places])
    (table,) = tables(FACILITIES.format(table=words + "결과 | 양호\n"))
    assert table.rows[-1] == ("창고", "보수", "완료")
    assert ("결과", "양호") not in [tuple(filter(None, row)) for row in table.rows]


@pytest.mark.parametrize("rule", [False, True])
@pytest.mark.parametrize("body_rows", [1, 2, 3])
@pytest.mark.parametrize("line", ["결과 | 양호", "조치사항 | 없음"])
def test_a_pipe_line_one_cell_short_after_a_small_table_of_words_is_text(line, body_rows, rule):
    """`결과 | 양호` after a table of words of one to three rows under its header, as converters printing `|` rows
    without outer pipes print it: a paragraph after the table (before, within a header's first rows, it was read as
    a lower header row one cell short, a row glued on)."""
    places = ("청사", "별관", "주차장")[:body_rows]
    words = pipe(["구 분", "내 용", "비 고"], *([["---"] * 3] if rule else []),
                 *[[place, "보수", "완료"] for place in places])
    blocks = read_text("t.txt", (COVER + FACILITIES.format(table=words + line + "\n")).encode()).blocks
    (table,) = (block for block in blocks if isinstance(block, Table))
    assert [row[0] for row in table.rows] == ["구 분", *places]
    assert blocks[-1].text == line
