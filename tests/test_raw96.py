"""raw96: two readings pdf95 left part-way.

a) `pdftotext -raw`, a group table (단위사업 groups and their rows) a page break parts where no 소계 tells the group
of the rows above it. What tells the group a row after the break is in: the group's label printed again atop the next
page (a word processor printing a label merged down rows in each part, or a writer's `생활시설(계속)`) is the group
open above going on, no group of its own: before, two groups of one name, or, the part above of one row, the table
lost (`구 분 개소 예산 생활시설` read as a header). A page break with no header printed again is a page's top all the
same (the pipeline's page starts): a label atop it over one row keeps the table (before, the table ended there, its
rows lost). Where the label prints atop the next page alone, nothing in `-raw` tells which rows at the foot of the
page above are its (no coordinates; a label's place in its merged cell depends on its alignment): they stay the
group above's, as pdf95 left them.

b) antiword's fixed-width `|` tables: a line one column short of its column over a wide letter, or filling it with
no space, is a word cut or a break at a space, which print alike; pdf95 joined it unspaced only where the document
prints the word so joined. What else tells a cut: a budget item's code and the start of its name, which 예산 과목
print as one word (`|201-01 사무 |` over `|관리비 |`: before, `201-01 사무 관리비`); a syllable alone on either
side, which a label's words rarely are but for a few written apart (`및`, `등`, `시`, units: `|통계조사 관 |` over
`|리 |`, `|희망복지지원|` over `|단 운영 |`; not letters set apart, `주 요 업 무`). A line filling every cell goes on
the row above where a cell of it is so cut or left open (a range's `~`, a comma, `및` at either side: `|’24. 11. ~ |`
over `|12. |`), no cell of it a date of its own (`’24. 9월` under `’24. 7. 1.`: a schedule's next row). Left as
printed: two words both of two syllables or more (`|청소년 진로 |` over `|교육 |`), which a break at a space prints
alike and nothing tells apart. A comma a line ends in is a break at the space after it (`의원연구실,` over
`민원상담실`: before, joined unspaced).
"""

import pytest

from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read_text import _column_aligned_rows
from tests.layouts import antiword_table_lines, antiword_tables, records_but_the_document
from tests.test_hunt92 import REPORTS
from tests.test_pdf91 import _findings
from tests.test_pdf95 import HEADER, PARKS, SPORTS, TOTAL, _raw

BREAK = ["(계속)", HEADER]


def _raw_text(page1: list[str], page2: list[str], header_again: bool = True) -> str:
    """A report's -raw text: the cover, then the table over a page break (its running header and number between,
    the header printed again atop the next page or not)."""
    cover = "\n".join(["2025-hanbit-cheyuk", "- 1 -", "2025년 주요업무 보고", "제301회 한빛구의회 제1차 정례회",
                       "2025년 주요업무 보고", "체 육 과 보고 순서", "Ⅰ. 일반현황", "- 체육시설 현황",
                       "(단위: 개소, 백만원)"])
    again = BREAK if header_again else []
    return "\n".join([cover, HEADER, *page1, "\f2025-hanbit-cheyuk", "- 2 -", *again, *page2]) + "\n\f"


TWIN_ROWS = [["계", "", "21", "3,900"], ["체육시설", "축구장", "3", "300"], ["", "야구장", "2", "650"],
             ["생활시설", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"], ["", "테니스장", "2", "350"],
             ["공원시설", "근린공원", "4", "700"], ["", "어린이공원", "3", "500"]]


def _rows(report) -> list[list[str]]:
    assert len(report.tables) == 1
    return [list(row) for row in report.tables[0].rows[1:]]


@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("again", ["생활시설", "생활시설(계속)", "생활 시설 (계 속)"])
@pytest.mark.parametrize("above", [1, 2])
def test_raw_a_group_label_printed_again_atop_the_next_page_goes_on_the_group_open_above(
        above, again, header_again, tmp_path):
    rows = ["수영장 4 800", "게이트볼장 3 600", "테니스장 2 350"]
    text = _raw_text([TOTAL, *SPORTS, "생활시설", *rows[:above]], [again, *rows[above:], *PARKS], header_again)
    report = _raw(text, tmp_path)
    # before: with one row above the break, two tables (`계` alone, then `구 분 | 개소 | 예산 생활시설`); with two, a
    # second group `생활시설` of `테니스장` alone (or `생활시설(계속)`)
    assert _rows(report) == TWIN_ROWS
    assert _findings(report) == []


def test_raw_a_label_printed_again_still_checks_its_groups_total(tmp_path):
    text = _raw_text(["계 21 3,950", *SPORTS, "생활시설", "수영장 4 800"],
                     ["생활시설(계속)", "게이트볼장 3 600", "테니스장 2 350", *PARKS])
    assert _findings(_raw(text, tmp_path)) == [("sum.table", "계", "예산", "3,900백만원", "3,950백만원")]


def test_raw_a_label_atop_a_page_with_no_header_again_keeps_the_table_its_rows_above_where_printed(tmp_path):
    """No header printed again: the label atop the page over one row is still a group the break parts (before, the
    table ended at it, `테니스장` and `공원시설`'s rows lost); the rows above the break stay the group above's."""
    text = _raw_text([TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600"], ["생활시설", "테니스장 2 350", *PARKS],
                     header_again=False)
    rows = _rows(_raw(text, tmp_path))
    assert rows[3:6] == [["", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"],
                         ["생활시설", "테니스장", "2", "350"]]
    assert rows[6:] == TWIN_ROWS[6:]


@pytest.mark.parametrize(("subtotal", "found"), [
    ("소계 9 1,750", []), ("소계 9 1,850", [("sum.table", "생활시설 / 소계", "예산", "1,750백만원", "1,850백만원")])])
def test_raw_no_header_again_a_parted_groups_subtotal_takes_back_its_rows_above(subtotal, found, tmp_path):
    text = _raw_text([TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600"],
                     ["생활시설", "테니스장 2 350", subtotal, *PARKS], header_again=False)
    report = _raw(text, tmp_path)
    assert _rows(report)[3:7] == [*TWIN_ROWS[3:6], ["", "소계", "9", subtotal.split()[-1]]]
    assert _findings(report) == found


def test_raw_two_groups_of_other_labels_stay_two():
    """Only the label of the group open above goes on it: another label is a group of its own."""
    lines = one_space_tables([HEADER, TOTAL, *SPORTS, "생활시설", "수영장 4 800", "게이트볼장 3 600", *BREAK,
                              *PARKS])
    assert [line for line in lines if line][-4:] == ["생활시설\t수영장\t4\t800", "\t게이트볼장\t3\t600",
                                                     "공원시설\t근린공원\t4\t700", "\t어린이공원\t3\t500"]


BUDGET = ["|구 분       |예산액 |집행액 |", "|201-01 사무 |48,000 |21,600 |", "|관리비      |       |       |",
          "|307-02 민간 |40,000 |16,000 |", "|경상사업보조|       |       |", "|통계조사 관 |6,000  |2,100  |",
          "|리          |       |       |", "|희망복지지원|9,000  |3,600  |", "|단 운영     |       |       |",
          "|청소년 진로 |5,000  |1,000  |", "|교육        |       |       |"]  # as antiword prints them


def test_antiword_a_budget_items_name_and_a_syllable_cut_off_go_on_unspaced():
    rows, at = _column_aligned_rows(BUDGET)
    assert [row[0] for row in rows[1:]] == ["201-01 사무관리비", "307-02 민간경상사업보조", "통계조사 관리",
                                            "희망복지지원단 운영", "청소년 진로 교육"]  # the last: nothing tells
    assert [row[1] for row in rows[1:]] == ["48,000", "40,000", "6,000", "9,000", "5,000"]
    assert at == (0, 1, 3, 5, 7, 9)


def test_antiword_a_budget_items_name_over_three_lines_is_one_word():
    lines = antiword_table_lines([["구 분", "예산액"], ["307-02 민간경상사업보조", "40,000"], ["계", "40,000"]],
                                 widest=8)
    assert lines[1:4] == ["|307-02  |40,000|", "|민간경상|      |", "|사업보조|      |"]
    # before: `307-02 민간경상 사업보조`
    assert _column_aligned_rows(lines[:-1])[0][1] == ("307-02 민간경상사업보조", "40,000")


@pytest.mark.parametrize(("lines", "rows"), [
    # words written apart and letters set apart stay apart
    (["|구 분       |계  |", "|기본계획 및 |1   |", "|확정        |    |", "|정기회의 시 |2   |",
      "|운영        |    |"],
     [("기본계획 및 확정", "1"), ("정기회의 시 운영", "2")]),
    (["|팀 명 |주 요 업 무 |", "|예산팀|예산 편성   |"], [("예산팀", "예산 편성")]),
    # a comma ends where a space follows
    (["|층 별|주요시설    |", "|1층  |의원연구실, |", "|     |민원상담실  |"], [("1층", "의원연구실, 민원상담실")]),
    # a letter-spaced label's syllable is no syllable cut off
    (["|구 분 |예 산|", "|      |액   |", "|계    |100  |"], [("계", "100")]),
])
def test_antiword_what_is_not_cut(lines, rows):
    assert list(_column_aligned_rows(lines)[0][1:]) == rows


@pytest.mark.parametrize(("lines", "rows"), [
    # every cell wrapped, one of them left open or cut off alone: one row
    (["|일 정       |내 용       |", "|’24. 11. ~  |기본계획 확 |", "|12.         |정 및 공고  |",
      "|’25. 1월    |결과 공개   |"],
     [("’24. 11. ~ 12.", "기본계획 확정 및 공고"), ("’25. 1월", "결과 공개")]),
    (["|일 정       |내 용       |", "|’24. 11. ~  |기본계획    |", "|12.         |수립 및     |",
      "|’25. 1월    |결과 공개   |"],
     [("’24. 11. ~ 12.", "기본계획 수립 및"), ("’25. 1월", "결과 공개")]),
    # a date of its own under a date: a schedule's next row, though a cell above looks cut
    (["|일 시      |내 용       |", "|’24. 7. 1. |탄소중립 실 |", "|’24. 9월   |중간보고회  |"],
     [("’24. 7. 1.", "탄소중립 실"), ("’24. 9월", "중간보고회")]),
    # rows each short: each its own
    (["|일 정    |내 용    |", "|’24. 7월 |공고     |", "|’24. 9월 |선정     |"],
     [("’24. 7월", "공고"), ("’24. 9월", "선정")]),
])
def test_antiword_a_line_filling_every_cell(lines, rows):
    assert list(_column_aligned_rows(lines)[0][1:]) == rows


def test_antiword_fixture_reads_its_budget_as_its_tabs():
    """2023-gaon-jaemu as antiword prints it (columns 12 wide, and 8): its 통계목 named as the report names them
    (before, `201-01 사무 관리비`, `401-01 시설 비`, `307-02 민간 경상사업보조`), the same findings."""
    path = REPORTS / "2023-gaon-jaemu.txt"
    tabs = extract_file(path)
    text = path.read_text(encoding="utf-8-sig")
    antiword = extract_file(path, antiword_tables(text).encode("utf-8"))
    names = [line.name for line in antiword.budget]
    assert [name for name in names if name[:1].isdigit()] == [line.name for line in tabs.budget
                                                             if line.name[:1].isdigit()]
    assert "201-01 사무관리비" in names and "307-02 민간경상사업보조" in names
    assert _findings(antiword) == _findings(tabs)
    assert records_but_the_document(antiword)["budget"] != records_but_the_document(tabs)["budget"]  # 권익 보호


def test_raw_a_table_printing_its_label_on_every_row_keeps_it_over_a_page_break(tmp_path):
    """`임기제` printed on each of its rows (no merged cell) atop the next page too: read as on one page."""
    rows = ["일반직 5급 10 9 △1", "임기제 전문임기제 2 2 -", "임기제 시간선택제임기제 1 1 -"]
    header = "구 분 구 분 정 원 현 원 과부족"
    on_one_page = one_space_tables([header, "계 계 13 12 △1", *rows])
    over_a_break = one_space_tables([header, "계 계 13 12 △1", *rows[:2], "(계속)", header, rows[2]])
    assert [line for line in over_a_break if line and line != "(계속)"] == [line for line in on_one_page if line]
    assert on_one_page[-1].split("\t")[:2] == ["임기제", "시간선택제임기제"]


def test_antiword_a_letter_spaced_header_keeps_its_spaces():
    assert _column_aligned_rows(["|구 분 |예 산|", "|      |액   |", "|계    |100  |"])[0][0] == ("구 분", "예 산 액")


@pytest.mark.parametrize(("lines", "cell"), [
    # before: `3,210, 000(구비)`, `4개팀( 녹지, 공원)`
    (["|구 분|예산액|", "|가   |3,210,|", "|     |000(구|", "|     |비)   |"], "3,210,000(구비)"),
    (["|구 분|조 직 |", "|과   |4개팀(|", "|     |녹지, |", "|     |공원) |"], "4개팀(녹지, 공원)"),
])
def test_antiword_a_figure_after_its_comma_and_a_word_after_its_bracket_go_on_unspaced(lines, cell):
    assert _column_aligned_rows(lines)[0][1][1] == cell
