"""raw99: antiword's fixed-width cells, what raw97 left.

a) A line at its column's edge over syllables is a word cut there or a break at a space, which print alike
(`복지 사각` over `지대 발굴`: the space may have stood on the column's last, or `지` not fit the one column left).
The report's own words tell where it prints the two parts joined elsewhere: as a word (raw96), or now within a
longer word, three syllables or more (`사각지대` in `복지사각지대` in its text or another cell), and never prints them
apart (`녹지 조성`). Over every fixture's and sample's tab tables printed as antiword prints them (columns 8 to 16
wide), cells read with a spurious space 126 -> 117, none lost. Tried and left: joining where the part below is
no word the report prints on its own (`스템` of `복지정보 시` over `스템`): one column short of the edge, 31 such
lines were cut and 35 broken at a space, so it would break more than it mends.
"""

import pytest

from checks import run_checks
from pipeline.read_text import _column_aligned_rows, _words_printed
from tests.layouts import antiword_table_lines
from tests.test_pdf95 import _raw
from tests.test_raw96 import _raw_text, _rows


def _lines(rows: list[list[str]], widest: int) -> list[str]:
    return [line for line in antiword_table_lines(rows, widest) if line]


def _read(lines: list[str], text: list[str]) -> list[str]:
    """The first column's cells read back, the document's words those of `text` and of the table's lines."""
    rows, _ = _column_aligned_rows(lines, lambda: _words_printed([*text, *lines]))
    return [row[0] for row in rows[1:]]


PROGRAMS = [["세부사업", "예산액"], ["복지 사각지대 발굴", "120,000"], ["저소득층 생활안정 지원", "85,000"]]


def test_a_cut_whose_joined_word_the_report_prints_within_a_word_goes_on_unspaced():
    lines = _lines(PROGRAMS, widest=10)
    assert lines[1:5] == ["|복지 사각 |120,000|", "|지대 발굴 |       |", "|저소득층  |85,000 |",
                          "|생활안정  |       |"]
    text = ["□ 복지사각지대 해소 및 생활안정 지원 강화"]
    # before: `복지 사각 지대 발굴` (`사각지대` printed only within `복지사각지대`)
    assert _read(lines, text) == ["복지 사각지대 발굴", "저소득층 생활안정 지원"]


def test_nothing_printed_joined_the_line_is_left_as_printed():
    lines = _lines(PROGRAMS, widest=10)
    assert _read(lines, ["□ 복지 안전망 강화"]) == ["복지 사각 지대 발굴", "저소득층 생활안정 지원"]


@pytest.mark.parametrize(("text", "cell"), [
    (["○ 공원녹지조성 계획", "○ 도심 녹지 조성 추진"], "푸른 녹지 조성"),  # printed apart too: nothing tells
    (["○ 공원녹지조성 계획"], "푸른 녹지조성"),  # within a word alone: read as the word cut
])
def test_a_break_at_a_space_whose_parts_the_report_prints_apart_stays_apart(text, cell):
    lines = _lines([["사업명", "예산"], ["푸른 녹지 조성", "1,000"]], widest=10)
    assert lines[1:3] == ["|푸른 녹지 |1,000|", "|조성      |     |"]
    assert _read(lines, text) == [cell]


def test_two_syllables_within_a_word_are_no_evidence():
    """`지원` within `지원금` says nothing of `청년 지` over `원`: only a word of its own (raw96) or three syllables."""
    lines = ["|사업명      |예산 |", "|청년 일자리 |500  |", "|지원        |     |"]
    assert _read(lines, ["○ 청년 지원금 지급"]) == ["청년 일자리 지원"]


# b) a row wrapped in every cell, no cut nor open mark among them, reads as two rows: a line filling every cell
# each of whose first words would overrun the cell above prints so as often as the next row of a table whose cells
# fill their columns (`팀장 | 김민수` over `주무관 | 이서연`). A year alone (`’25.`, `2024.`) is a date left open
# for its month below (`3월 ~`), as a year and month are for their day: before, `’25.` over `3월 ~ 12월` beside
# `충전기` over `운영 모니터링` read as two rows, and over columns 6 to 16 wide, 38 tables read with an extra row,
# now 33.


@pytest.mark.parametrize(("rows", "widest"), [
    ([["추진일정", "내용"], ["’24. 7. 1.", "실천 주간 운영"], ["’25. 3월 ~ 12월", "충전기 운영 모니터링"]], 6),
    ([["추진일정", "내용"], ["’24. 3월", "기본계획 수립 용역"], ["’24. 6월 ~ 8월", "주민 설명회 개최"]], 6),
])
def test_a_year_alone_goes_on_with_its_month(rows, widest):
    lines = _lines(rows, widest)
    assert "|’24.  |주민  |" in lines or "|’25.  |충전기|" in lines  # a year alone over its month
    # before: `’24.` and `3월` each a row's, as `기본계` and `획 수 립 용 역`
    read = _column_aligned_rows(lines)[0]
    assert [row[0] for row in read] == [row[0] for row in rows]
    assert [row[1].replace(" ", "") for row in read] == [row[1].replace(" ", "") for row in rows]


def test_a_table_whose_cells_fill_their_columns_keeps_its_rows():
    """Every cell of `주무관 | 이서연` would overrun the cell above: no cut nor open mark, each a row of its own."""
    rows = [["직 위", "성 명"], ["팀장", "김민수"], ["주무관", "이서연"], ["주무관", "박지훈"]]
    lines = _lines(rows, widest=12)
    assert lines[1:] == ["|팀장  |김민수|", "|주무관|이서연|", "|주무관|박지훈|"]
    assert [list(row) for row in _column_aligned_rows(lines)[0]] == rows


# c) `pdftotext -raw`, a table printing no 소계, a group's label printed only atop the next page over its first row
# there: the rows at the foot of the page above may be its (its merged cell printed in its part below alone), and
# the table's 계 adds up however they are parted. The label stays on the row it is printed over, said so on it
# (`reading.group_unplaced`, an info: the reader's reading of what the text does not tell, as `staffing.
# status_assumed`; before, nothing said). A page broken between groups prints alike, so it is said there too
# (test_pdf94's tall rows).

SPORTS_FOOT = ["계 25 4,100", "체육시설", "축구장 3 300", "야구장 2 650", "수영장 4 800", "게이트볼장 3 600"]
PARKS_TOP = ["공원시설", "근린공원 4 700", "어린이공원 3 500"]


def test_raw_a_label_atop_a_page_no_subtotal_anywhere_stays_and_is_said(tmp_path):
    report = _raw(_raw_text(SPORTS_FOOT, ["생활시설", "테니스장 2 350", "탁구장 4 200", *PARKS_TOP]), tmp_path)
    assert [row[:2] for row in _rows(report)[4:7]] == [["", "게이트볼장"], ["생활시설", "테니스장"], ["", "탁구장"]]
    found = [f for f in run_checks(report) if f.rule.startswith("reading.")]
    assert [(f.rule, f.severity, f.row, f.source.line) for f in found] == [
        ("reading.group_unplaced", "info", "생활시설", report.tables[0].row_lines[6])]
    assert [f for f in run_checks(report) if f.severity != "info"] == []  # its sums all add up


@pytest.mark.parametrize(("foot", "top"), [
    # the group above of one row at the page's foot: no row there may be the label's
    (["계 9 1,050", "체육시설", "축구장 3 300"], ["생활시설", "테니스장 2 350", "탁구장 4 200"]),
    # a 소계 tells the group's rows (test_pdf95, test_raw97)
    (["계 25 4,100", "체육시설", "축구장 3 300", "야구장 2 650", "소계 5 950"],
     ["생활시설", "수영장 4 800", "게이트볼장 3 600", "테니스장 2 350", "탁구장 4 200", "소계 13 1,950",
      *PARKS_TOP[:1], "소계 7 1,200", *PARKS_TOP[1:]]),
    # the label printed again on the page above: the group goes on (test_raw96)
    ([*SPORTS_FOOT, "생활시설"], ["생활시설", "테니스장 2 350", "탁구장 4 200", *PARKS_TOP]),
])
def test_raw_a_label_the_page_or_a_subtotal_places_is_not_said(foot, top, tmp_path):
    report = _raw(_raw_text(foot, top), tmp_path)
    assert report.tables
    assert not [f for f in run_checks(report) if f.rule == "reading.group_unplaced"]
