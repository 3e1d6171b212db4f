"""raw101: antiword's fixed-width cells, a total's `계` that is a label's last syllable cut at its column's edge.

antiword cuts a label with no space to break at where its column ends (`일반회계` in a column six wide: `|일반회|`
over `|계    |`). A line printing `계` was read as a total's row of its own (`_wraps_on`: `|계     |` under `|동 별  |`
is its own), so the cut syllable made a row: `일반회 | 512,30 …` then `계 | 0 …`, a table a row longer than its
Word table and its 회계 lost. Now `계` goes on the line above where it is surely a cut there (`_goes_on_unspaced`: a
syllable cut off alone, the line filling its column) and every cell the line prints is a cut's rest so (`0` of
`786,120`; not a label filling its column over a total's row of words, `어린이공원` over `계 | 상반기`). Over every
fixture's and sample's tab tables printed as antiword prints them (columns 6 to 16 wide), 10 tables read a row too
many so now read their rows right.

A date a narrow column prints a part a line (`2009.`, `11.`, `20.`) was asked whether it goes on over its last line
alone (`11.` over `20.`: a month alone over a day may be a row's own date), so the day was read a row of its own. Now
it is asked over the cell's text so far (`_left_open`: a cell ending in a date's year and month, `2009. 11.`).

A column too narrow for a sub-item's `- 지방소득세` prints its dash alone, its words below: the dash was read a nil
figure, no words going on it, and the words a row of its own (3 tables). Now they go on it.

An amount printed after words, `준공: 9월 / 3억 1,260만원`, its parts on lines of their own under an item's mark: the
second under the first was read the next row's figure under a figure (3 tables). Now a figure under a figure is
asked of the cell so far, words ending in a figure here.

A figure under words is the next row's where its label is merged down (`_wrapped_at_a_space`), so an address's
number on a line of its own (`새솔로` over `52`) made a row. A line printing no label of its own (or its label's cut
rest) and leaving blank every cell the row printed a figure in goes on that row now, as a one-cell line under a
label did: a row of its own would print its figures (8 tables).

A column six or seven wide cuts an area before its `²` (`9,600m` over `²`): no word starts with a superscript, so
it goes on unspaced now (6 cells read `9,600m ²` before).

Over every fixture's and sample's tab tables printed as antiword prints them (columns 6 to 16 wide), 25 tables read
more rows than their Word table (33) now read its rows, and no cell of a table read right before reads otherwise;
over 6,000 invented tables of labels, words, dates and figures (columns 6 to 16 wide), about one in eleven read
wrong before reads right, and none reads worse.
"""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.read_text import _left_open, _wraps_on
from tests.test_raw100 import _lines, _read

BUDGET = [["구 분", "예산액", "집행액", "집행률(%)"], ["계", "524,700", "204,500", "39.0"],
          ["일반회계", "512,300", "201,400", "39.3"], ["특별회계", "12,400", "3,100", "25.0"]]


def test_a_total_syllable_cut_off_a_label_goes_on_it():
    lines = _lines(BUDGET, widest=6)
    assert lines[4:] == ["|일반회|512,30|201,40|39.3  |", "|계    |0     |0     |      |",
                         "|특별회|12,400|3,100 |25.0  |", "|계    |      |      |      |"]
    # before: `일반회 | 512,30 | 201,40 | 39.3`, `계 | 0 | 0 |`, `특별회 | …`, `계 | | |`: six rows
    assert _read(lines) == BUDGET
    assert _read(_lines(BUDGET, widest=7)) == BUDGET


def test_a_survey_kind_cut_before_its_total_syllable():
    survey = [["구 분", "조 사 명", "조사원(명)"], ["국가통계", "경제총조사", "86"], ["", "사회조사", "12"],
              ["계", "", "98"]]
    lines = _lines(survey, widest=7)
    assert lines[2:4] == ["|국가통 |경제총 |86     |", "|계     |조사   |       |"]
    assert _read(lines) == survey  # the table's own total, its figure under a figure, stays a row


def test_a_total_under_a_label_that_is_not_cut_is_its_own_row():
    """`계` under a label of words set apart or ending short of its column is the next row's total."""
    assert not _wraps_on(["동 별"], ["계"], [0, 7], frozenset, ["동 별"])
    assert not _wraps_on(["본관", "250"], ["계", ""], [0, 7, 14], frozenset, ["본관", "250"])
    assert _wraps_on(["일반회", ""], ["계", ""], [0, 7, 14], frozenset, ["일반회", ""])
    rows = [["동 별", "인 구", "세 대"], ["한빛동", "27,430", "12,218"], ["새솔동", "25,960", "11,604"],
            ["계", "53,390", "23,822"]]
    assert _read(_lines(rows, widest=6)) == rows
    # a label filling its column over a total's row printing words of its own: `계` is no cut rest there
    schedule = [["구 분", "기 간", "내 용"], ["어린이공원", "3월 ~ 5월", "시설 정비"], ["계", "상반기", "본관 1층"]]
    lines = _lines(schedule, widest=10)
    assert lines[1:] == ["|어린이공원|3월 ~ 5월|시설 정비|", "|계        |상반기   |본관 1층 |"]
    assert _read(lines) == schedule


BUILDINGS = [["구 분", "대지(m²)", "준공일자"], ["본관", "6,480", "1988. 3. 2."], ["별관", "2,150", "2009. 11. 20."],
             ["보건소", "1,320", "2015. 6. 30."]]


def test_a_dates_day_on_a_line_of_its_own_goes_on_its_year_and_month():
    """A column six wide prints `2009. 11. 20.` a part a line: the day goes on the cell's year and month, read
    over both lines above it (before, over `11.` alone: `20.` a row of its own)."""
    lines = _lines(BUILDINGS, widest=6)
    assert lines[4:7] == ["|별관  |2,150 |2009. |", "|      |      |11.   |", "|      |      |20.   |"]
    assert _read(lines) == BUILDINGS


def test_a_year_after_words_over_its_month():
    """`기 간: 2023. 3. ~ 2024.` over `6.`: the range's end date goes on over its line, the words before it aside."""
    rows = [["구 분", "내 용"], ["•", "기 간: 2023. 3. ~ 2024. 6."], ["•", "대 상: 근린공원 3개소"]]
    lines = _lines(rows, widest=24)
    assert lines[1:3] == ["|•    |기 간: 2023. 3. ~ 2024. |", "|     |6.                      |"]
    assert _read(lines) == rows


@given(st.sampled_from(["’", "20"]), st.integers(10, 29), st.integers(1, 12), st.integers(1, 28))
def test_a_date_cut_anywhere_reads_whole(century, year, month, day):
    date = f"{century}{year}. {month}. {day}."
    assert _left_open(date.rsplit(" ", 1)[0], date.rsplit(" ", 1)[1])
    assert _left_open(f"준공: {date.split(' ', 1)[0]}", f"{month}월")
    assert not _left_open(f"{month}.", f"{day}.")  # a month alone over a day: a row's own date may be so


ARREARS = [["구 분", "체납액", "정리액"], ["계", "9,310", "3,140"], ["시 세", "6,200", "2,050"],
           ["- 지방소득세", "4,100", "1,320"], ["- 자동차세", "2,100", "730"], ["구 세", "3,110", "1,090"]]


def test_a_sub_items_dash_alone_over_its_words():
    """A column too narrow for `- 지방소득세` prints the dash alone, its words on the line below: they go on it (a
    dash alone is a nil figure elsewhere, no words going on it). Before, `지방소득세` was a row of its own."""
    lines = _lines(ARREARS, widest=10)
    assert lines[3:5] == ["|-         |4,100 |1,320 |", "|지방소득세|      |      |"]
    assert _read(lines) == ARREARS
    assert _read(_lines(ARREARS, widest=8)) == ARREARS  # `지방소득` over `세` as well
    nil = [["구 분", "건 수", "비 고"], ["교육", "12", "-"], ["홍보", "3", "연중 캠페인"]]
    assert _read(_lines(nil, widest=6)) == nil


def test_an_amount_after_words_goes_on_over_its_parts():
    """`… / 3억` over `1,260만원` under an item's mark: the amount's second part goes on the cell's words (a figure
    under a figure alone is the next row's, its label merged down: asked of the cell so far, not its last line)."""
    rows = [["•", "가로등 정비공사 준공: 9월 / 3억 1,260만원"], ["•", "주민 의견 수렴"]]
    lines = _lines(rows, widest=11)
    assert lines[2:5] == ["| |준공: 9월 /|", "| |3억        |", "| |1,260만원  |"]
    assert _read(lines) == rows  # before: `1,260만원` a row of its own
    schedule = [["구 분", "기 간", "사업비"], ["설계", "3월", "2억"], ["", "5월", "3,400만원"]]
    assert _read(_lines(schedule, widest=6)) == schedule  # `2억` alone over the next row's `3,400`


FACILITIES = [["구 분", "명 칭", "면적(m²)", "위 치"], ["교육시설", "도시농업교육장", "1,240", "새솔로 52"],
              ["텃밭", "구민 텃밭", "8,500", "12개소"]]


def test_an_address_number_goes_on_where_the_rows_figures_are_left_blank():
    """`새솔로` over `52`: a figure under words is the next row's where its label is merged down, but a line that
    prints no label and leaves blank the cells the row prints figures in (`1,240`) is that row's rest: a row of
    its own would print its own figures. Before, `교육장 | | 52` was a row of its own."""
    lines = _lines(FACILITIES, widest=8)
    assert lines[1:3] == ["|교육시설|도시농업|1,240   |새솔로  |", "|        |교육장  |        |52      |"]
    assert _read(lines) == [FACILITIES[0], ["교육시설", "도시농업 교육장", "1,240", "새솔로 52"], FACILITIES[2]]


def test_a_row_with_its_own_label_and_a_blank_figure_stays_its_own():
    """A line printing a label of its own (`별관` under `본관`, no cut) starts a row, its area left blank, though
    `2층` under `한빛로` would fit no column beside it."""
    rows = [["구 분", "위 치", "면적(m²)"], ["본관", "한빛로", "250"], ["별관", "2층", ""]]
    lines = _lines(rows, widest=6)
    assert lines[2:] == ["|본관 |한빛로|250   |", "|별관 |2층   |      |"]
    assert _read(lines) == rows
    more = [["구 분", "위 치", "면적(m²)"], ["본관", "한빛로 118", "250"], ["", "별관 2층", ""]]
    assert _read(_lines(more, widest=8)) == more  # `별관 2층` would have fit beside `118`


def test_an_areas_superscript_cut_off_goes_on_without_a_space():
    """A column six or seven wide cuts `9,600m²` before its `²` (`|9,600m|` over `|²     |`): no word starts with a
    superscript, so it goes on unspaced, as a `%` or a bracket does (before, `9,600m ²`)."""
    rows = [["구 분", "면 적", "용 량"], ["펌프장", "9,600m²", "320톤"], ["저류조", "12,400m²", "1,500m³"]]
    lines = _lines(rows, widest=6)
    assert lines[1:] == ["|펌프장|9,600m|320톤 |", "|      |²     |      |", "|저류조|12,400|1,500m|",
                         "|      |m²    |³     |"]
    assert _read(lines) == rows
    assert _read(_lines(rows, widest=7)) == rows
