"""A table a page break parted, printed with tabs (as hwp and docx converters print a table) or pandoc `-t plain`'s
rules (a simple or a multiline table), in a text marking no page: each page's part a table of its own, one right
after the other, blank lines alone between. Where the part below goes on from the part above (its header repeated,
its first row promoted to a header, or no header) the two are one table, as `|` and HTML tables are (`add_table`);
before, two, the 계 at the end found wrong against the rows below the break alone (9,999 of 19,746). A table of its
own below (other columns, its own header, a units line or a heading between) stays apart."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file

PATH = Path("2025-hanbit-test.txt")
HEADER = ("구 분", "접수", "처리")
MONTHS = [(f"{month}월", f"{1600 + month * 7:,}", f"{1590 + month * 5:,}") for month in range(1, 13)]
TOTAL = ("계", "19,746", "19,470")  # the months' sums
UPPER, LOWER = MONTHS[:6], [*MONTHS[6:], TOTAL]
WIDTHS = (9, 8, 8, 8)  # pandoc's columns, in display columns


def _report(table: str) -> str:
    return f"2025년 주요업무 보고\n\n민원여권과\n\n1. 민원 처리 현황\n\n(단위 : 건)\n\n{table}\n2. 향후 계획\n"


def _tabs(rows) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def _padded(row) -> str:
    """A row as pandoc pads its cells, each to its column's width (a Hangul letter two columns wide)."""
    return "  " + " ".join(cell + " " * (width - len(cell) - sum(ord(c) > 0x1100 for c in cell))
                           for cell, width in zip(row, WIDTHS[:len(row)], strict=True)).rstrip()


def _dashes(rows) -> str:
    """The rule under a header: a run of dashes a column."""
    return "  " + " ".join("-" * width for width in WIDTHS[:len(rows[0])])


def _simple(rows, header=True) -> str:
    """A pandoc simple table: its header over a run of dashes a column, or, with none, dashes above and below."""
    dashes = _dashes(rows)
    lines = [_padded(rows[0]), dashes, *map(_padded, rows[1:])] if header else [dashes, *map(_padded, rows), dashes]
    return "\n".join(lines) + "\n"


def _multiline(rows, header=True) -> str:
    """A pandoc multiline table: its rows parted by blank lines, within borders (with no header, its dashes)."""
    body = "\n\n".join(map(_padded, rows[1:] if header else rows))
    dashes = _dashes(rows)
    border = "  " + "-" * (len(dashes) - 2)
    top = f"{border}\n{_padded(rows[0])}\n{dashes}\n" if header else f"{dashes}\n"
    return f"{top}{body}\n{border if header else dashes}\n"


PARTED = {
    "tabs, the header repeated": _tabs([HEADER, *UPPER]) + "\n" + _tabs([HEADER, *LOWER]),
    "tabs, no header below": _tabs([HEADER, *UPPER]) + "\n\n" + _tabs(LOWER),
    "simple, the header repeated": _simple([HEADER, *UPPER]) + "\n" + _simple([HEADER, *LOWER]),
    "simple, the first row promoted": _simple([HEADER, *UPPER]) + "\n" + _simple(LOWER),
    "simple, no header below": _simple([HEADER, *UPPER]) + "\n" + _simple(LOWER, header=False),
    "multiline, the header repeated": _multiline([HEADER, *UPPER]) + "\n" + _multiline([HEADER, *LOWER]),
    "multiline, the first row promoted": _multiline([HEADER, *UPPER]) + "\n" + _multiline(LOWER),
    "multiline, no header below": _multiline([HEADER, *UPPER]) + "\n" + _multiline(LOWER, header=False),
    "simple over multiline": _simple([HEADER, *UPPER]) + "\n" + _multiline([HEADER, *LOWER]),
}


def _read(table: str):
    report = extract_file(PATH, _report(table).encode())
    return [list(map(list, t.rows)) for t in report.tables], [
        (f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


@pytest.mark.parametrize("table", PARTED.values(), ids=PARTED.keys())
def test_a_table_parted_after_june_is_one_table_its_total_the_months_sum(table):
    grid, findings = _read(table)
    assert grid == [[list(HEADER), *map(list, MONTHS), list(TOTAL)]]
    assert findings == []  # before: ("sum.table", "계", "접수", "9,999", "19,746"), and 처리's 9,825 of 19,470


@pytest.mark.parametrize("table", PARTED.values(), ids=PARTED.keys())
def test_a_figure_planted_wrong_in_a_parted_table_is_one_finding_on_its_cell(table):
    wrong = table.replace("1,663", "1,673")  # 9월's 접수, below the break
    assert wrong != table
    assert _read(wrong)[1] == [("sum.table", "계", "접수", "19,756", "19,746")]


OWN = [("구 분", "건수", "금액"), ("계", "4", "120"), ("지원", "4", "120")]  # as wide, labelling its columns
ABOVE = [HEADER, ("계", "30", "52"), ("수급", "30", "52")]


@pytest.mark.parametrize("printed", [_tabs, _simple, _multiline], ids=["tabs", "simple", "multiline"])
def test_a_table_right_after_another_printing_its_own_header_stays_apart(printed):
    grid, findings = _read(printed(ABOVE) + "\n" + printed(OWN))
    assert grid == [list(map(list, ABOVE)), list(map(list, OWN))]
    assert findings == []


@pytest.mark.parametrize("printed", [_tabs, _multiline], ids=["tabs", "multiline"])
def test_a_table_of_other_columns_right_after_another_stays_apart(printed):
    other = [("구 분", "계", "남", "여"), ("계", "10", "4", "6")]
    grid, findings = _read(printed(ABOVE) + "\n" + printed(other))
    assert grid == [list(map(list, ABOVE)), list(map(list, other))]
    assert findings == []


@pytest.mark.parametrize("between", ["(단위 : 건)", "□ 하반기 실적", "<표 2> 하반기 민원 처리 현황"])
@pytest.mark.parametrize("printed", [_tabs, _multiline], ids=["tabs", "multiline"])
def test_a_table_below_a_line_of_its_own_stays_apart(printed, between):
    # a units line, a heading or a caption between: no page break a converter printed no mark of
    lower = _tabs(LOWER) if printed is _tabs else _multiline(LOWER, header=False)
    grid, _ = _read(printed([HEADER, *UPPER]) + f"\n{between}\n\n" + lower)
    assert [len(rows) for rows in grid] == [7, 7]


def test_a_tab_table_parted_at_a_marked_page_break_is_one_table_as_before():
    # a form feed between the parts: joined over the page break it marks, as before
    grid, findings = _read(_tabs([HEADER, *UPPER]) + "\f\n" + _tabs([HEADER, *LOWER]))
    assert grid == [[list(HEADER), *map(list, MONTHS), list(TOTAL)]]
    assert findings == []
