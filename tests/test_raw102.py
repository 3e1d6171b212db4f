"""raw102: antiword's fixed-width cells, a line going on the row above told by what its other cells print.

A figure under words is the next row's where its label is merged down (`_wrapped_at_a_space`), so an address's
number, a share or a count on a line of its own (`한빛로` over `1층`, `국비` over `90%`, `관내` over `15개소`) made a
row of its own wherever the line printed a label too (a label wrapped or cut, `경로당` over `냉난방`). Now a line
goes on the row where its other cells say so: no figure starts anew where the row prints its figures (each left
blank or the rest of one cut, `18,420` over `,600`), or a cell of it is left open (`2021 ~` over `2024`); a line
printing a label of its own so only beside a cut or a word filling its column (`민원서` over `류발급기`: a row of its
own, `별관 | 2층 |` under `본관 | 한빛로 | 250`, still prints alike). A total's `계` under a label filling its column
(`자치구통` over `계`) goes on it where the row's figures are left blank (a total's row prints its own).

A cut word's rest and the next word's start cut again (`가로환` over `경 정`) were read as letters set apart, so
apart: now syllables apart after a word of syllables are a cut's. Three syllables alone starting a word in a column
six wide, over a word of two or three, neither printed in the document's text, are a word cut there (`단위사` over
`업명`): over the fixtures' tables printed six wide, 84 such lines were cut and 20 broken at a space.

Over every fixture's and sample's tab tables printed as antiword prints them (columns 6 to 16 wide), tables read
with more rows than their Word table 8 -> 1 and cells read with a space misplaced 264 -> 195 (spurious 229 -> 141,
lost 35 -> 54); over 1,500 invented tables, 319 read wrong -> 193, none worse (another 1,500: 332 -> 188).

The row's figures are its measures too (`3,420명`), a sub-item's dash over its words none, and a date under the
cell's whole date starts a row.
"""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import display_width
from pipeline.read_text import _a_long_word_cut, _a_syllable_cut_off, _column_aligned_rows, _words_printed, _wraps_on
from tests.layouts import antiword_table_lines


def _lines(rows: list[list[str]], widest: int) -> list[str]:
    return [line for line in antiword_table_lines(rows, widest) if line]


def _read(lines: list[str], prose: tuple[str, ...] = ()) -> list[list[str]]:
    """The rows read, the document's words the table's and `prose`'s, its text outside the tables `prose`."""
    rows, _ = _column_aligned_rows(lines, lambda: _words_printed([*prose, *lines]), lambda: _words_printed(prose))
    return [list(row) for row in rows]


def _unspaced(rows: list[list[str]]) -> list[list[str]]:
    return [[cell.replace(" ", "") for cell in row] for row in rows]


BUDGET = [["사업명", "예산액", "집행액", "집행률(%)", "비 고"],
          ["경로당 냉난방비", "18,420,600", "7,921,058", "43.0", "국비 90%"],
          ["노인일자리 지원", "2,310,400", "1,012,155", "43.8", ""]]


def test_a_share_under_words_goes_on_where_the_rows_figures_go_on():
    lines = _lines(BUDGET, widest=6)
    assert lines[2:4] == ["|경로당|18,420|7,921,|43.0  |국비  |", "|냉난방|,600  |058   |      |90%   |"]
    # before: `경로당 | 18,420 | 7,921, | 43.0 | 국비`, then `냉난방비 | ,600 | 058 | | 90%`: a row too many
    assert _read(lines) == [BUDGET[0], BUDGET[1], ["노인일 자리 지원", "2,310,400", "1,012,155", "43.8", ""]]
    assert _read(lines, ("○ 경로당 냉난방비 지원", "○ 노인일자리 참여자 모집")) == BUDGET  # `노인일자리` printed: cut


STATIONS = [["구 분", "위 치", "측정항목", "설치연도", "비 고"], ["대기측정소", "새솔로 7", "PM10·PM2.5", "2011", ""],
            ["간이측정기", "관내 15개소", "PM10·PM2.5", "2021 ~ 2024", "※ 민간 협력"]]


def test_a_count_under_words_goes_on_beside_a_range_left_open():
    """`관내` over `15개소` beside `2021 ~` over `2024`: a range left open goes on surely, so the line does, its
    label's rest too (`간이측` over `정기`); `새솔로` over `7` beside the year's column left blank likewise."""
    lines = _lines(STATIONS, widest=6)
    assert lines[4:] == ["|간이측|관내  |PM10·P|2021 ~|※ 민간|", "|정기  |15개소|M2.5  |2024  |협력  |"]
    read = _read(lines)
    assert len(read) == 3  # before: 5 rows, `정기 | 15개소 | M2.5 | 2024 | 협력` and `정소 | 7 | M2.5 | |` their own
    assert read[1][1:] == STATIONS[1][1:] and read[2][1:] == STATIONS[2][1:]
    assert _unspaced(read) == _unspaced(STATIONS)


SURVEYS = [["구 분", "조 사 명", "조사기간", "조사원(명)"], ["국가통계", "광업제조업조사", "6. 1. ~ 7. 31.", "40"],
           ["자치구통계", "주민생활조사", "9. 1. ~ 10. 31.", "25"], ["", "사업체조사", "상반기", "18"],
           ["계", "", "", "83"]]


def test_a_labels_last_syllable_goes_on_where_the_rows_figure_is_left_blank():
    lines = _lines(SURVEYS, widest=8)
    assert lines[4:6] == ["|자치구통|주민생활|9. 1. ~ |25      |", "|계      |조사    |10. 31. |        |"]
    read = _read(lines)  # before: `자치구통 | 주민생활 | 9. 1. ~ | 25` and `계 | 조사 | 10. 31. |`, a total's row
    assert [row[0] for row in read] == ["구 분", "국가통계", "자치구통계", "", "계"]
    assert read[2][2:] == ["9. 1. ~ 10. 31.", "25"] and read[4] == ["계", "", "", "83"]
    # a total's row printing its figure stays its own, though its label fits the label above
    assert not _wraps_on(["자치구통", "25"], ["계", "83"], [0, 9, 18], frozenset, ["자치구통", "25"])
    assert _wraps_on(["자치구통", "25"], ["계", ""], [0, 9, 18], frozenset, ["자치구통", "25"])


OFFICES = [["구 분", "위 치", "면적(m²)", "비 고"], ["계", "", "530", ""],
           ["구청 민원실", "한빛로 1층", "310", "민원서류발급기 3대"], ["분소", "새솔로 2층", "220", ""]]


def test_a_label_of_its_own_goes_on_beside_a_word_filling_its_column():
    lines = _lines(OFFICES, widest=6)
    assert lines[3:5] == ["|구청  |한빛로|310   |민원서|", "|민원실|1층   |      |류발급|"]
    read = _read(lines)  # before: `구청 | 한빛로 | 310 | 민원서` and `민원실 | 1층 | | 류발급기 3대`
    assert len(read) == 4 and read[2][:3] == ["구청 민원실", "한빛로 1층", "310"]
    assert read[2][3].replace(" ", "") == "민원서류발급기3대"
    # nothing cut beside it: a label of its own starts a row, its area blank
    rows = [["구 분", "위 치", "면적(m²)"], ["본관", "한빛로", "250"], ["별관", "2층", ""]]
    assert _read(_lines(rows, widest=6)) == rows


def test_a_header_over_figures_and_a_list_of_marks_keep_their_rows():
    """A line of figures under a header's words (`목표` over `30.0`, beside `단위` over `%`) is the first row; a
    number under an item's mark (`•` over `2.`) the next item: neither row prints figures to go on."""
    kpi = [["성과지표", "단위", "목표", "실적", "달성률(%)"], ["민원 처리 기간 단축", "%", "30.0", "12.5", "41.7"],
           ["현장 점검", "건", "120", "54", "45.0"]]
    assert _read(_lines(kpi, widest=10)) == kpi
    outline = [["1.", "조 직"], ["•", "청소행정과: 3개팀(청소관리팀, 재활용팀)"], ["2.", "인 력"]]
    read = _read(_lines(outline, widest=12))
    assert [row[0] for row in read] == ["1.", "•", "2."] and read[2] == ["2.", "인 력"]


def test_a_figure_under_a_cells_last_figure_starts_a_row():
    """`시비` over `50%`, then `3층`: a figure under a figure is the next row's, its label merged down, though the
    row's own figure column is blank below."""
    rows = [["구 분", "예산액", "인 원"], ["", "3,260", "시비 50%"], ["", "", "3층"], ["- 주민세", "1,150", ""]]
    lines = _lines(rows, widest=6)
    assert lines[1:4] == ["|      |3,260 |시비  |", "|      |      |50%   |", "|      |      |3층   |"]
    assert _read(lines) == rows


def test_syllables_apart_under_a_word_are_a_cuts_rest():
    """`가로환` over `경 정` over `비`: `경` is the word's rest, `정` the next word's start cut again, no letters set
    apart (before, `가로환 경 정비`)."""
    assert _a_syllable_cut_off("가로환", "경 정")
    assert _a_syllable_cut_off("의 운", "영", "경관심의 운")
    assert not _a_syllable_cut_off("예 산", "액")  # a header's letters set apart stay apart
    assert not _a_syllable_cut_off("주", "요 업 무")
    rows = [["사업명", "예산액"], ["가로환경 정비", "1,250"], ["경관심의 운영", "830"]]
    assert _read(_lines(rows, widest=6)) == rows


def test_three_syllables_starting_a_word_six_wide_are_cut():
    prose = ("□ 단위사업별 예산 집행 현황", "○ 장애인 복지 시설 운영")
    assert _a_long_word_cut("단위사", "업명", _words_printed(list(prose)))
    assert not _a_long_word_cut("장애인", "복지관", _words_printed(list(prose)))  # `장애인` printed: a word
    assert not _a_long_word_cut("뢰받는", "통계", frozenset({"통합"}), "신뢰받는")  # a line after a cut's rest
    assert not _a_long_word_cut("2024년", "동기", frozenset({"통합"}))  # a year's unit, no syllables alone
    rows = [["단위사업명", "예산액", "집행액"], ["노인복지관 운영", "4,125", "1,897"],
            ["청소년수련관 운영", "2,310", "1,012"]]
    lines = _lines(rows, widest=6)
    assert lines[:2] == ["|단위사|예산액|집행액|", "|업명  |      |      |"]
    assert _read(lines, prose) == rows  # before: `단위사 업명`, `노인복 지관 운영`, `청소년 수련관 운영`


_LABELS = st.sampled_from(["본관", "민원실", "일반회계", "소 계", "새솔1동", "- 재산세", "체육센터", "", "계"])


@given(_LABELS, _LABELS, st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 3))
def test_a_figure_starting_anew_under_the_rows_figure_starts_a_row(above, label, figure, below, room):
    """Whatever the labels, a whole figure under the row's whole figure (`1,240` over `3,420`) is the next row's,
    as the figures going on or left blank say the line goes on."""
    cells_above, cells = [above or "계", f"{figure:,}"], [label, f"{below:,}"]
    widths = [max(display_width(a), display_width(b)) + room for a, b in zip(cells_above, cells, strict=True)]
    bars = [0, widths[0] + 1, widths[0] + widths[1] + 2]
    assert not _wraps_on(cells_above, cells, bars, frozenset, cells_above)


def test_a_date_under_the_cells_whole_date_starts_a_row():
    """`2009. 11. 20.` over `’24. 3. ~`: a date of its own under the cell's whole date is the next row's, its label
    merged down, though the row's figure is blank below; a date left open goes on (`2009.` over `11. 20.`)."""
    above, so_far = ["", "2009. 11. 20.", "1,240"], ["착공", "2009. 11. 20.", "1,240"]
    assert not _wraps_on(above, ["", "’24. 3. ~", ""], [0, 5, 19, 26], frozenset, so_far)
    assert _wraps_on(["착공", "2009.", "1,240"], ["", "11. 20.", ""], [0, 5, 19, 26], frozenset,
                     ["착공", "2009.", "1,240"])


def test_a_figure_with_its_unit_and_an_items_dash_in_the_label_column():
    """The row's figures are its measures too (`3,420명`, `9,600m²`): left blank below, the line goes on
    (`어린이공` over `원` beside `새솔로` over `52`); a sub-item's dash over its words is no figure of the row
    (`-` over `지방소득세`: before, a row of its own for each)."""
    rows = [["구 분", "인 원", "위 치"], ["어린이공원", "3,420명", "새솔로 52"], ["", "1,240", "상반기"],
            ["- 지방소득세", "45.0", "한빛대로 118"]]
    lines = _lines(rows, widest=8)
    assert lines[1:3] == ["|어린이공|3,420명|새솔로  |", "|원      |       |52      |"]
    assert lines[4:6] == ["|-       |45.0   |한빛대로|", "|지방소득|       |118     |"]
    assert _read(lines) == rows
