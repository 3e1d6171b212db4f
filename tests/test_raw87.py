"""`pdftotext -raw` readings of HWP-printed tables (branch raw87). A header of two label columns whose words are
letters set apart (`구 분 수 종 주 수 연장(m)`) parts evenly into labels no list of header words knows (`수 종`,
`주 수`); a group's label over its `소 계` row (`교목` over `소 계 15,210 81,100`) is what only a table of two label
columns prints, so the parting stands. Before, the tree table of 공원녹지과 (`2025-seohae-gongwonnokji.md`) over its
page break stayed text under `-raw`, and its planted 소계 (81,100 where its rows make 80,100) went unfound."""

from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures

REPORTS = Path(__file__).parent / "department_reports"
PARKS = "2025-seohae-gongwonnokji.md"

# the tree table as `-raw` prints it over a page break, its running lines blanked and the header printed again
TREES = ["구 분 수 종 주 수 연장(m)", "계 18,420 96,300", "", "", "구 분 수 종 주 수 연장(m)", "교목",
         "소 계 15,210 81,100", "은행나무 6,840 35,200", "이팝나무 4,920 26,400", "벚나무 3,450 18,500", "관목",
         "소 계 3,210 16,200", "회양목 1,980 9,800", "철쭉 1,230 6,400", "○ 병해충 방제: 4월~5월"]


def test_a_header_of_unknown_words_set_apart_over_groups_and_their_subtotals_is_read():
    assert one_space_tables(TREES, page_starts=[3]) == [
        "구 분\t수 종\t주 수\t연장(m)", "계\t\t18,420\t96,300", "교목\t소 계\t15,210\t81,100",
        "\t은행나무\t6,840\t35,200", "\t이팝나무\t4,920\t26,400", "\t벚나무\t3,450\t18,500",
        "관목\t소 계\t3,210\t16,200", "\t회양목\t1,980\t9,800", "\t철쭉\t1,230\t6,400", "", "", "", "", "",
        "○ 병해충 방제: 4월~5월"]


def test_a_label_wrapped_onto_its_rows_line_under_letters_set_apart_stays_text():
    # no 소계 beside the group's label: `건강 증진` may be `금연 사업`'s label wrapped, the header one-level
    lines = ["구 분 예 산 액 집 행 액", "계 100 50", "건강 증진", "금연 사업 50 25"]
    assert one_space_tables(lines)[2:] == ["건강 증진", "금연 사업 50 25"]


@needs_pdftotext
def test_the_raw_reading_finds_the_planted_tree_subtotal(tmp_path):
    read = pdftotext_reading(REPORTS / PARKS, "-raw", tmp_path)
    twin = extract_file(REPORTS / PARKS)
    assert records_but_the_document(read)["tables"] == records_but_the_document(twin)["tables"]
    sums = [finding_figures(f) for f in run_checks(read) if f.rule == "sum.table"]
    assert sums == [finding_figures(f) for f in run_checks(twin) if f.rule == "sum.table"]
    assert [(expected, actual) for _rule, _row, _column, expected, actual in sums] == [("80,100", "81,100")]
