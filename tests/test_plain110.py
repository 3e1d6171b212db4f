"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain110): a table's header printed again atop the next page, past the blank lines its
running lines leave, is left out and the table read whole, as its text twin prints it; and a plain grid from a first
label the tool does not know (`학 교 명`, `분 야`, `월 별`: a header of one row over rows of as many cells, none
empty) is read, not only told unread: its shape fixes each cell's place."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.cell_lines import _kind, cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages

# support by senior centre: a header ending in `비 고`, a total's row atop, the header printed again on the next
# page (its running lines blanked), a `※` footnote the text parts at
CENTRES = ("○ 경로당별 운영비 지원", "(단위: 천원)", "경로당명", "계", "운영비", "냉난방비", "비 고",
           "계", "96,000", "60,000", "36,000",
           "푸른마을", "34,000", "21,000", "13,000", "신축",
           "", "", "경로당명", "계", "운영비", "냉난방비", "비 고",
           "햇살마을", "62,000", "39,000", "23,000",
           "※ 하반기 추가 지원 별도 검토", "○ 경로당 안전점검 : 9월")

CENTRES_READ = (("경로당명", "계", "운영비", "냉난방비", "비 고"), ("계", "96,000", "60,000", "36,000", ""),
                ("푸른마을", "34,000", "21,000", "13,000", "신축"), ("햇살마을", "62,000", "39,000", "23,000", ""))


def _read(lines) -> list:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    assert unread == []
    return [(start, tuple(rows)) for start, rows, _ in tables]


def test_a_header_printed_again_past_a_page_break_is_left_out():
    """`경로당명 | 계 | … | 비 고` again after the page's blank lines is no row nor a note: one table, `햇살마을` its
    last row, the `※` footnote below it text (before, told unread)."""
    assert _read(CENTRES) == [(2, CENTRES_READ)]


def test_the_table_read_whole_in_the_report_and_its_total_checked(tmp_path):
    report = read_report(tmp_path, *CENTRES)
    assert unread_messages(report) == []
    (table,) = records_data(report, with_sources=False)["tables"]
    assert [tuple(row) for row in table["rows"]] == list(CENTRES_READ)
    wrong = read_report(tmp_path, *(line if line != "62,000" else "61,000" for line in CENTRES))
    sums = [(f.expected, f.actual) for f in run_checks(wrong) if f.rule == "sum.table"]
    assert sums == [("62,000천원", "61,000천원")]  # 햇살마을's 계, past the page break


def test_a_header_after_a_title_is_the_next_tables():
    """The same labels after a title and its units (no page break's blank) head a table of their own."""
    first = ("가. 세입예산", "(단위: 백만원)", "구 분", "예산액", "구성비(%)", "계", "500", "100.0",
             "지방세", "200", "40.0", "세외수입", "300", "60.0")
    second = ("나. 세출예산", "(단위: 백만원)", "구 분", "예산액", "구성비(%)", "계", "500", "100.0",
              "복지", "350", "70.0", "기타", "150", "30.0", "다. 향후계획")
    read = _read((*first, *second))
    assert [start for start, _ in read] == [2, 16]
    assert [rows[1:] for _, rows in read] == [(("계", "500", "100.0"), ("지방세", "200", "40.0"),
                                               ("세외수입", "300", "60.0")),
                                              (("계", "500", "100.0"), ("복지", "350", "70.0"),
                                               ("기타", "150", "30.0"))]


# support by library, an unknown first label under its units: a header of one row over rows of one label and figures
LIBRARIES = ("□ 작은도서관 운영 지원", "(단위: 천원)", "도서관명", "지원액", "집행액", "집행률(%)",
             "계", "90,000", "45,000", "50.0", "푸른숲", "50,000", "30,000", "60.0", "별빛", "40,000", "15,000", "37.5",
             "□ 향후계획")

LIBRARIES_READ = (("도서관명", "지원액", "집행액", "집행률(%)"), ("계", "90,000", "45,000", "50.0"),
                  ("푸른숲", "50,000", "30,000", "60.0"), ("별빛", "40,000", "15,000", "37.5"))


def test_a_plain_grid_from_an_unknown_label_reads():
    """`도서관명` is no table's first label the tool knows: a plain grid below `(단위: 천원)` reads (before, told
    unread)."""
    assert _read(LIBRARIES) == [(2, LIBRARIES_READ)]


def test_the_grid_read_in_the_report_and_its_total_checked(tmp_path):
    report = read_report(tmp_path, *LIBRARIES)
    assert unread_messages(report) == []
    (table,) = records_data(report, with_sources=False)["tables"]
    assert [tuple(row) for row in table["rows"]] == list(LIBRARIES_READ)
    wrong = read_report(tmp_path, *(line if line != "15,000" else "16,000" for line in LIBRARIES))
    sums = [(f.expected, f.actual) for f in run_checks(wrong) if f.rule == "sum.table"]
    assert sums == [("15,000천원", "16,000천원")]  # 별빛's 집행액, by the total's


def test_rows_of_a_label_and_its_unit_read():
    """`성과지표 | 단위 | 목표 | 실적` over `민원 처리율 | % | 95.0 | 47.5`: two labels a row, each row alike."""
    lines = ("□ 성과지표", "성과지표", "단위", "목표", "실적", "민원 처리율", "%", "95.0", "47.5",
             "현장 점검", "회", "24", "10", "□ 향후계획")
    assert _read(lines) == [(1, (("성과지표", "단위", "목표", "실적"), ("민원 처리율", "%", "95.0", "47.5"),
                                 ("현장 점검", "회", "24", "10")))]


@given(st.sampled_from(["40,000", "15,000", "37.5", "푸른숲"]))
def test_a_cell_printing_nothing_leaves_the_run_told(empty):
    """An empty cell prints nothing in PDF text in content order: a row a cell short, the cells after it out of
    place, so no grid reads and the run is told unread at `도서관명`."""
    lines = [line for line in LIBRARIES if line != empty]
    unread: list[int] = []
    assert cell_line_tables(lines, unread)[1] == []
    assert unread == [2]


def test_a_header_of_two_rows_from_an_unknown_label_reads():
    """`동 명 | 인 구 | 구성비` over `계 | 남 | 여`: more labels than a row's cells, a header of two rows, every
    column labelled and every figure printed (told unread before plain116)."""
    lines = ("(단위: 명)", "동 명", "인 구", "구성비", "계", "남", "여", "계", "900", "450", "450", "100.0%",
             "푸른1동", "500", "240", "260", "55.6%", "푸른2동", "400", "210", "190", "44.4%", "□ 향후계획")
    unread: list[int] = []
    assert [rows[:2] for _, rows, _ in cell_line_tables(list(lines), unread)[1]] == [
        (("동 명", "인 구", "", "", "구성비"), ("", "계", "남", "여", ""))]
    assert unread == []


def test_groups_beside_their_subtotals_read():
    """`북부권 | 소 계 | 7` over `구립 | 4`: each group's label merged down printed once beside its `소 계`, the
    total's merged across (`합 계 | 12`), read empty as the text twin reads them; every figure printed."""
    lines = ("(단위: 개소)", "권 역", "구 분", "계", "공원", "놀이터", "합 계", "12", "7", "5",
             "북부권", "소 계", "7", "4", "3", "구립", "4", "2", "2", "민간", "3", "2", "1",
             "남부권", "소 계", "5", "3", "2", "구립", "5", "3", "2", "○ 놀이터 안전점검 : 6월")
    assert _read(lines) == [(1, (("권 역", "구 분", "계", "공원", "놀이터"), ("합 계", "", "12", "7", "5"),
                                 ("북부권", "소 계", "7", "4", "3"), ("", "구립", "4", "2", "2"),
                                 ("", "민간", "3", "2", "1"), ("남부권", "소 계", "5", "3", "2"),
                                 ("", "구립", "5", "3", "2")))]


def test_a_date_and_its_later_date_in_brackets_is_a_value():
    """`2010. 6. 30. (2021. 9. 1.)` under `준공일자 (증축)`: a date and its extension's, so the row ends in a value as
    `1995. 4. 1.` does and the table of words reads (before, told unread)."""
    lines = ("□ 주민센터 청사", "구 분", "대지(m²)", "연면적(m²)", "규 모", "준공일자 (증축)",
             "푸른1동", "1,250", "2,480", "지상4층", "1995. 4. 1.",
             "푸른2동", "980", "1,920", "지하1층 ~ 지상3층", "2010. 6. 30. (2021. 9. 1.)", "□ 공용차량")
    assert _read(lines) == [(1, (("구 분", "대지(m²)", "연면적(m²)", "규 모", "준공일자 (증축)"),
                                 ("푸른1동", "1,250", "2,480", "지상4층", "1995. 4. 1."),
                                 ("푸른2동", "980", "1,920", "지하1층 ~ 지상3층", "2010. 6. 30. (2021. 9. 1.)")))]


@pytest.mark.parametrize(("text", "kind"), [("2010. 6. 30. (2021. 9. 1.)", "date"), ("1,200 (30)", "figure"),
                                          ("2024. 3. (예정)", "words"), ("본관 (2019. 4. 1.)", "words"),
                                          ("2019. 4. 1. (본관)", "words"), ("(2019. 4. 1.)", "words")])
def test_a_bracket_of_no_two_dates_is_no_date(text, kind):
    """Two dates alone make a date; a figure and its note stays a figure; words beside a date are no date."""
    assert _kind(text) == kind


def test_a_table_of_words_and_dates_printing_its_header_again_reads_whole():
    """No figure in it: the header is the cells before the first date at most (`구 분 | 장 소 | 일 시` again past the
    page break's blank lines, then `남부권`)."""
    lines = ("□ 주민 설명회 개최 현황", "구 분", "장 소", "일 시", "북부권", "푸른1동 주민센터", "3. 12. ~ 3. 13.",
             "중부권", "구청 대회의실", "3. 20.", "", "", "구 분", "장 소", "일 시",
             "남부권", "푸른2동 주민센터", "4. 2. ~ 4. 3.", "□ 향후계획")
    assert _read(lines) == [(1, (("구 분", "장 소", "일 시"), ("북부권", "푸른1동 주민센터", "3. 12. ~ 3. 13."),
                                 ("중부권", "구청 대회의실", "3. 20."),
                                 ("남부권", "푸른2동 주민센터", "4. 2. ~ 4. 3.")))]
