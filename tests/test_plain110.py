"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain110): a table's header printed again atop the next page, past the blank lines its
running lines leave, is left out and the table read whole, as its text twin prints it."""

from checks import run_checks
from pipeline.cell_lines import cell_line_tables
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
