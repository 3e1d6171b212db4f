"""raw97: antiword's fixed-width cells, what raw96 left.

a) A line at its column's edge (filling it, or one column short over a wide letter) is a word cut there or a break
at a space, which print alike; a line ending two columns short or more, or filling its column with a space in it,
is always a break at a space (antiword cuts only where no space lets the line fit: `tGetBreakingPoint`). Over every
fixture's and sample's tab tables printed as antiword prints them (`antiword_table_lines`, columns 8 to 16 wide),
no line ending short was cut; of the lines at the edge, cut and broken at a space are about as many. What tells
them apart, beyond raw96's: a unit (`세`, `제`, `원`, `건`) is a word of its own only after a figure, so one under
syllables was cut off them (`지방교부` over `세`: before, `지방교부 세`), and a figure's unit cut off it goes on it
(`7월~8` over `월`, `4억 1,260` over `만원`); a long word filling a column ten wide or wider over a word of two or
three syllables, neither of which the document's text prints, is one word cut (`지역사회보장` over `협의체 운영`:
before, `지역사회보장 협의체 운영`), while a name broken at a space mostly prints words the text prints too
(`사회복지시설` over `운영`). Left as printed: a line with a space one column short of its edge (`복지정보 시` over
`스템`, `청소년 진로` over `교육`): the space may have stood on the column's last, and neither the line, the words
the document prints, nor the text outside the table tells (tried: joining where neither word is the text's
joined 21 cells wrongly for 18 right, over columns 8 to 16 wide).
"""

import pytest

from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read_text import _column_aligned_rows
from tests.layouts import antiword_table_lines, antiword_tables
from tests.test_hunt92 import REPORTS
from tests.test_pdf91 import _findings
from tests.test_pdf95 import PARKS, _raw
from tests.test_raw96 import _raw_text, _rows


def _lines(rows: list[list[str]], widest: int) -> list[str]:
    return [line for line in antiword_table_lines(rows, widest) if line]


def test_a_unit_under_syllables_was_cut_off_them():
    lines = _lines([["세 목", "징수액"], ["지방교부세", "1,250,000"], ["등록면허세", "830,000"],
                    ["시간선택제", "12"]], widest=8)
    assert lines[1:3] == ["|지방교부|1,250,00|", "|세      |0       |"]
    # before: `지방교부 세`, `등록면허 세`, `시간선택 제`
    assert [row[0] for row in _column_aligned_rows(lines)[0][1:]] == ["지방교부세", "등록면허세", "시간선택제"]


def test_a_figures_unit_cut_off_goes_on_it():
    lines = _lines([["사업명", "추진내용"], ["가로수 정비", "하절기 가지치기: 7월~8월"],
                    ["공원 조성", "수종 변경 5건, 산책로 정비 7건"]], widest=12)
    assert lines[2:6] == ["|           |치기: 7월~8 |", "|           |월          |", "|공원 조성  |수종 변경 5 |",
                          "|           |건, 산책로  |"]
    # before: `7월~8 월`, `수종 변경 5 건, 산책로 정비 7건` (`가지 치기`: a space one short of the edge, as printed)
    assert [row[1] for row in _column_aligned_rows(lines)[0][1:]] == ["하절기 가지 치기: 7월~8월",
                                                                      "수종 변경 5건, 산책로 정비 7건"]


@pytest.mark.parametrize(("rows", "widest", "cell"), [
    ([["구 분", "인 원"], ["정 원", "3 명 배치"]], 6, "3 명 배치"),  # a unit after its figure, a word of its own
    ([["구 분", "내 용"], ["가", "공사비 1,260 회의 개최"]], 12, "공사비 1,260 회의 개최"),  # `회의`: no unit
])
def test_what_stays_apart_at_a_figure_or_its_unit(rows, widest, cell):
    assert _column_aligned_rows(_lines(rows, widest))[0][1][1] == cell


TEXT_WORDS = frozenset({"운영", "지원", "예산", "사업"})  # words the document's text prints
BUDGET = [["세부사업", "예산액"], ["노인일자리사업단 운영", "420,000"], ["사회복지시설 운영", "310,000"],
          ["아동급식카드 지원", "95,000"]]


@pytest.mark.parametrize(("in_text", "names"), [
    (TEXT_WORDS, ["노인일자리사업단 운영", "사회복지시설 운영", "아동급식카드 지원"]),
    # nothing known of the text: each left as printed
    (frozenset(), ["노인일자리사 업단 운영", "사회복지시설 운영", "아동급식카드 지원"]),
])
def test_a_long_word_cut_where_neither_part_is_a_word_of_the_text(in_text, names):
    lines = _lines(BUDGET, widest=12)
    assert lines[1:3] == ["|노인일자리사|420,000|", "|업단 운영   |       |"]
    rows, _ = _column_aligned_rows(lines, frozenset, lambda: in_text)
    assert [row[0] for row in rows[1:]] == names


def test_a_long_word_in_a_narrow_column_stays_apart():
    """Four syllables filling a column eight wide end there at a space about as often as they are cut."""
    lines = _lines([["사업명", "예산"], ["가로환경 정비", "1,000"]], widest=8)
    assert lines[1:3] == ["|가로환경|1,000|", "|정비    |     |"]
    assert _column_aligned_rows(lines, frozenset, lambda: frozenset({"사업"}))[0][1] == ("가로환경 정비", "1,000")


@pytest.mark.parametrize("lines", [
    # a space one column short of the edge: a wide letter cut or a space on the column's last, printed alike
    ["|세부사업    |예산액|", "|복지정보 시 |78,400|", "|스템 운영   |      |"],
    ["|세부사업    |예산액|", "|청소년 진로 |980   |", "|교육        |      |"],
])
def test_a_line_with_a_space_one_column_short_is_left_as_printed(lines):
    rows, _ = _column_aligned_rows(lines, frozenset, lambda: TEXT_WORDS)
    assert rows[1][0] == " ".join(line.split("|")[1].strip() for line in lines[1:])


def test_fixture_its_budget_names_as_its_tabs():
    """2025-nuri-bokjijeongchaek as antiword prints it (columns 12 wide): `지역사회보장협의체 운영` read whole
    (before, `지역사회보장 협의체 운영`); `복지정보 시 스템 운영` is still as printed (nothing tells)."""
    path = REPORTS / "2025-nuri-bokjijeongchaek.txt"
    text = path.read_text(encoding="utf-8-sig")
    names = [line.name for line in extract_file(path, antiword_tables(text).encode("utf-8")).budget]
    assert "지역사회보장협의체 운영" in names
    assert "복지정보 시 스템 운영" in names


# b) a wrapped row read as two: a line printing one cell alone, not the label's, under a row printing its label, is
# that row's cell going on whatever it holds (`무인발급기` over `2대`: before, a row of its own, its label blank),
# but a figure under a figure; a count or year with its unit may have words below it (`2차` over `설치공사`); a date
# of its year or month alone goes on with its day below (`2009. 11.` over `20.`), a range with its mark starting the
# line below (`~ 12.`); an item's mark alone starts a row.


@pytest.mark.parametrize(("rows", "widest"), [
    ([["구 분", "위 치", "면적(m²)", "비 고"], ["본관 민원실", "본관 1층", "250", "무인발급기 2대"],
      ["별관 민원실", "별관 2층", "160", ""]], 12),
    ([["구 분", "대지(m²)", "건물(m²)", "준공일자"], ["본관", "6,480", "14,020", "1988. 3. 2."],
      ["별관", "2,150", "4,870", "2009. 11. 20."]], 10),
    ([["추진일정", "내용"], ["’24. 7월", "1차 설치공사 준공"], ["’24. 9. ~ 11.", "2차 설치공사(급속 14기)"],
      ["’25. 3월", "운영 점검"]], 10),
    ([["•", "사업비: 1,850,000천원(시비 900,000)"], ["•", "착공: 8월"], ["o", "대상: 은행나무 등 12,400주"]], 12),
    # every cell wrapped, a range's mark starting a line (`’24. 11.` over `~ 12.`)
    ([["추진일정", "내용"], ["’24. 11. ~ 12.", "기본계획 최종보고 및 확정"], ["’25. 1월", "결과 공개"]], 8),
])
def test_a_wrapped_row_reads_as_one(rows, widest):
    lines = _lines(rows, widest)
    assert len(lines) > len(rows)  # wrapped
    # before: `2대`, `2.`, `20.`, `설치공사`, `1,850,000천`, `12,400주` each a row of its own, its label blank
    assert [list(row) for row in _column_aligned_rows(lines)[0]] == rows


def test_a_figure_under_a_figure_stays_a_row_of_its_own():
    lines = ["|구 분|예 산|", "|가   |1,200|", "|     |300  |", "|나   |500  |"]
    assert list(_column_aligned_rows(lines)[0]) == [("구 분", "예 산"), ("가", "1,200"), ("", "300"), ("나", "500")]


# c) `pdftotext -raw`, a group label printed only atop the next page over two rows or more, no 소계 below it: where
# every group prints its 소계 first (`체육시설` over `소계 5 950`, its rows below), the 소계 at the page's foot that
# printed no label is the group's first row where the group's rows, the page's top among them, add up to it and the
# group above's rows do not (before, read as closing the group above: the table was not read). A label printed on
# both pages there over its 소계 goes on (raw96's label again; before, that 소계 closed it). Where no group prints a
# 소계, nothing tells: the table's 계 adds up however the rows at the foot are parted, and `-raw` prints no place.

FOOT = ["계 25 4,100", "체육시설", "소계 5 950", "축구장 3 300", "야구장 2 650"]
TOP = ["테니스장 2 350", "탁구장 4 200", "공원시설", "소계 7 1,200", "근린공원 4 700", "어린이공원 3 500"]
LEADING_SUBTOTALS = [["계", "", "25", "4,100"], ["체육시설", "소계", "5", "950"], ["", "축구장", "3", "300"],
                     ["", "야구장", "2", "650"], ["생활시설", "소계", "13", "1,950"], ["", "수영장", "4", "800"],
                     ["", "게이트볼장", "3", "600"], ["", "테니스장", "2", "350"], ["", "탁구장", "4", "200"],
                     ["공원시설", "소계", "7", "1,200"], ["", "근린공원", "4", "700"], ["", "어린이공원", "3", "500"]]


@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("label_above", [False, True])
def test_raw_a_label_atop_a_page_goes_on_the_subtotal_its_rows_add_up_to(label_above, header_again, tmp_path):
    foot = [*FOOT, *(["생활시설"] if label_above else []), "소계 13 1,950", "수영장 4 800", "게이트볼장 3 600"]
    report = _raw(_raw_text(foot, ["생활시설", *TOP], header_again), tmp_path)
    assert _rows(report) == LEADING_SUBTOTALS  # before: the table not read (`구 분 개소 예산 생활시설` a header)
    assert _findings(report) == []


def test_raw_a_label_atop_a_page_a_wrong_subtotal_still_found(tmp_path):
    """`소계 13 1,990` adds up in its count (13) alone: the group's first row all the same, its 예산 checked."""
    foot = [*FOOT, "소계 13 1,990", "수영장 4 800", "게이트볼장 3 600"]
    report = _raw(_raw_text(foot, ["생활시설", *TOP]), tmp_path)
    assert _rows(report)[4] == ["생활시설", "소계", "13", "1,990"]
    assert _findings(report) == [("sum.table", "생활시설 / 소계", "예산", "1,950백만원", "1,990백만원")]


def test_raw_no_subtotal_the_rows_at_the_foot_stay_where_printed(tmp_path):
    """The 계 adds up (25, 4,100) whichever group `수영장` and `게이트볼장` are: nothing places the label higher."""
    foot = ["계 25 4,100", "체육시설", "축구장 3 300", "야구장 2 650", "수영장 4 800", "게이트볼장 3 600"]
    report = _raw(_raw_text(foot, ["생활시설", "테니스장 2 350", "탁구장 4 200", *PARKS]), tmp_path)
    assert [row[:2] for row in _rows(report)[3:7]] == [["", "수영장"], ["", "게이트볼장"], ["생활시설", "테니스장"],
                                                       ["", "탁구장"]]
    # said so on its row (test_raw99)
    assert _findings(report) == [("reading.group_unplaced", "생활시설", None, None, None)]


def test_raw_a_closing_subtotal_counts_no_rows_of_the_next_group():
    """Found by test_pdf91's generated tables: figures alike, `수영장 1 10` and `게이트볼장 1 10` made up the 2 of
    체육시설's closing 소계, and `테니스장` was read as a row after its group closed (in the first column)."""
    lines = ["구 분 개소 예산", "체육시설", "축구장 1 10", "야구장 1 10", "소계 2 20", "생활시설", "수영장 1 10",
             "게이트볼장 1 10", "테니스장 1 10", "소계 3 30", "계 5 50"]
    rows = [line.split("\t")[:2] for line in one_space_tables(lines) if line]
    assert rows[4:8] == [["생활시설", "수영장"], ["", "게이트볼장"], ["", "테니스장"], ["", "소계"]]
