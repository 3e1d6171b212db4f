"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain105): a table of performance indicators whose rows print a label and its unit
before their figures (`성과지표 | 단위 | 목표 | 실적 | 달성률(%)`), read as no table, is still told unread, so that
its rates are known to be in the text alone."""

from pipeline.cell_lines import cell_line_tables
from tests.test_plain102 import read_report, unread_messages
from tests.test_plain104 import told_unread_once, unread_starts

# indicators a row: a label, its unit (a word, or a mark: `%`), a target, a result and a rate
# `현장 점검`'s 실적 empty, printing nothing: no plain grid, so the run is told, not read (plain110)
INDICATORS = ("□ 주요 추진실적", "- 성과지표", "성과지표", "단위", "목표", "실적", "달성률(%)",
              "민원 처리율", "%", "95.0", "47.5", "50.0",
              "현장 점검", "회", "24", "41.7",
              "주민 교육", "명", "800", "360", "45.0",
              "- 향후계획: 하반기 점검 12회")


def test_a_table_of_indicators_and_units_is_told_unread():
    """Its label and unit print two words in a row, its `%` a mark's line: under `단 위` they are no text between
    the figures, and a figure below `%` no table's start, so the run is told unread at `성과지표` (before, `%` parted
    the run there and `현장 점검 | 회` ended it after two figures)."""
    lines = list(INDICATORS)
    assert cell_line_tables(lines, []) == (lines, [])
    assert unread_starts(lines) == [2]


def test_indicators_told_unread_in_the_report(tmp_path):
    assert told_unread_once(read_report(tmp_path, *INDICATORS))


def test_units_without_a_units_column_are_not_a_table():
    """Without `단 위` over them two words in a row end the run: a list of places and their kinds is no table."""
    lines = ["□ 시설 현황", "시설명", "구 분", "한빛공원", "근린공원", "12,300", "새솔공원", "어린이공원", "2,100",
             "빛가람공원", "소공원", "900", "3", "4"]
    assert unread_starts(lines) == []


def test_units_in_sentences_are_not_told(tmp_path):
    report = read_report(tmp_path, "□ 성과지표", "- 단위: %", "- 민원 처리율 목표 95.0%, 실적 47.5%",
                         "- 현장 점검 24회 중 10회 실시")
    assert unread_messages(report) == []
