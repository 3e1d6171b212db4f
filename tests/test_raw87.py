"""`pdftotext -raw` readings of HWP-printed tables (branch raw87). A header of two label columns whose words are
letters set apart (`구 분 수 종 주 수 연장(m)`) parts evenly into labels no list of header words knows (`수 종`,
`주 수`); a group's label over its `소 계` row (`교목` over `소 계 15,210 81,100`) is what only a table of two label
columns prints, so the parting stands. Before, the tree table of 공원녹지과 (`2025-seohae-gongwonnokji.md`) over its
page break stayed text under `-raw`, and its planted 소계 (81,100 where its rows make 80,100) went unfound."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

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


# a header whose cells wrap onto a second line in the PDF: `-raw` prints every cell's first line, then the wrapped
# cells' second lines, a line each
WRAPPED = ["□ 금연구역 지도점검", "구 분 점검 과태료", "개소 부과(천원)", "계 3,420 148", "공중이용시설 2,810 112",
           "어린이 보호구역 610 36", "□ 주요 추진실적"]


def test_a_header_of_wrapped_cells_ends_the_last_cells_with_the_lower_line():
    assert one_space_tables(WRAPPED) == [
        "□ 금연구역 지도점검", "구 분\t점검 개소\t과태료 부과(천원)", "계\t3,420\t148", "공중이용시설\t2,810\t112",
        "어린이 보호구역\t610\t36", "", "□ 주요 추진실적"]


def test_the_raw_reading_of_wrapped_header_cells_is_the_texts_table(tmp_path):
    text = tmp_path / "raw.txt"
    top = ["2025년 주요업무 보고", "Ⅱ. 주요업무 추진실적", "1. 금연 환경 조성 (건강증진팀)"]
    text.write_text("\n".join([*top, *WRAPPED, ""]), encoding="utf-8")
    tables = records_but_the_document(extract_file(text))["tables"]
    (table,) = [t for t in tables if t["caption"] == "금연구역 지도점검"]
    assert table["rows"] == [["구 분", "점검 개소", "과태료 부과(천원)"], ["계", "3,420", "148"],
                             ["공중이용시설", "2,810", "112"], ["어린이 보호구역", "610", "36"]]


def test_a_wrapped_header_no_one_parting_fits_stays_text_not_a_groups_label():
    # which cell's first line holds two words (`재정상 처분` or `처분 조치`) no text tells, no two cells repeating a
    # group's words (`tests/test_pdf90.py` reads 감사결과's); before, the second line read as a group's label beside
    # the 계 row, and the header as seven labels
    lines = ["구 분 감사 지적 신분상 재정상 처분 조치", "건수 건수 조치(명) 조치 건수 금액", "계 9 57 14 21 186,420",
             "종합감사 3 31 8 12 121,300", "특정감사 2 14 4 5 48,620"]
    assert one_space_tables(lines) == lines


def test_a_groups_label_over_the_total_under_a_header_merged_over_both_label_columns_stays_a_group():
    # `면적(m²)` ends its label: `도시공원` is no wrapped cell's end but the group's label over its total
    lines = ["구 분 개소 면적(m²)", "도시공원", "계 42 1,254,300", "근린공원 12 980,000", "어린이공원 30 274,300"]
    assert one_space_tables(lines)[:2] == ["구 분\t\t개소\t면적(m²)", "도시공원\t계\t42\t1,254,300"]


# words no header reads as a label of its own, a unit or a measure: each a cell's first or second line
_CELL_WORDS = st.sampled_from(["점검", "과태료", "지도", "단속", "교육", "홍보", "계도", "상담", "방문", "신규", "처리",
                               "접수"])


@given(starts=st.lists(_CELL_WORDS, min_size=3, max_size=6, unique=True), data=st.data())
def test_any_header_whose_last_cells_wrap_reads_as_the_cells_joined(starts, data):
    wrapped = data.draw(st.integers(min_value=2, max_value=len(starts)))
    ends = data.draw(st.lists(st.sampled_from(["현황", "실적", "대상", "결과", "계획", "일정"]), min_size=wrapped,
                              max_size=wrapped, unique=True))
    figures = " ".join(str(n + 1) for n in range(len(starts)))
    read = one_space_tables([f"구 분 {' '.join(starts)}", " ".join(ends), f"계 {figures}", f"방문형 {figures}"])
    kept = len(starts) - wrapped
    joined = [f"{start} {end}" for start, end in zip(starts[kept:], ends, strict=True)]
    assert read[0].split("\t") == ["구 분", *starts[:kept], *joined]
    cells = figures.replace(" ", "\t")
    assert read[1:3] == [f"계\t{cells}", f"방문형\t{cells}"]
