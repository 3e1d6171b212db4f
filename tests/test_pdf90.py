"""Group labels merged down an even number of rows of a staffing table, under a 계 row (branch pdf90).

`pdftotext -layout` prints `일반직`, merged down its four grades, on a line of its own halfway between `6급` and
`7급`, at the left where `계` and `공무직` print theirs; `-raw` prints it on a line of its own over `5급`. Before, the
`-layout` reading gave it to `6급` (so `5급` was no group's and `8급` went to `공무직`), and the `-raw` reading to
the 계 row (its four grades and `공무직` adding up to the 계): false `sum.staffing` errors either way."""

import subprocess
from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.pdf_styles import rendered
from tests.test_aligned_gaps2 import read_body, staffing_of

STAFFING = """\
2025년 주요업무 보고

제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

총 무 과 보고 순서

# Ⅰ. 일반현황

- 인력 현황

|구 분||정 원|현 원|과부족|
|---|---|---|---|---|
|계||20|19|△1|
|일반직|5급|2|2|-|
||6급|5|5|-|
||7급|6|5|△1|
||8급|4|4|-|
|공무직||3|3|-|
"""

TWIN_STAFFING = [
    ("정원", "계", "계", 20), ("현원", "계", "계", 19), ("과부족", "계", "계", -1),
    ("정원", "일반직", "5급", 2), ("현원", "일반직", "5급", 2), ("과부족", "일반직", "5급", 0),
    ("정원", "일반직", "6급", 5), ("현원", "일반직", "6급", 5), ("과부족", "일반직", "6급", 0),
    ("정원", "일반직", "7급", 6), ("현원", "일반직", "7급", 5), ("과부족", "일반직", "7급", -1),
    ("정원", "일반직", "8급", 4), ("현원", "일반직", "8급", 4), ("과부족", "일반직", "8급", 0),
    ("정원", "공무직", "계", 3), ("현원", "공무직", "계", 3), ("과부족", "공무직", "계", 0)]


def _source(tmp_path, text=STAFFING):
    source = tmp_path / "2025-hanbit-staffing.md"
    source.write_text(text, encoding="utf-8")
    return source


def test_the_text_twin_reads_the_group_of_four_grades(tmp_path):
    report = extract_file(_source(tmp_path))
    assert staffing_of(report) == TWIN_STAFFING
    assert run_checks(report) == []


@needs_pdftotext
def test_layout_and_raw_readings_read_the_staffing_as_the_twin(tmp_path):
    twin = records_but_the_document(extract_file(_source(tmp_path)))
    for mode in ("-layout", "-raw"):
        read = pdftotext_reading(_source(tmp_path), mode, tmp_path)
        assert records_but_the_document(read)["staffing"] == twin["staffing"], mode
        assert run_checks(read) == [], mode


@needs_pdftotext
def test_a_planted_grade_is_found_in_every_reading(tmp_path):
    planted = STAFFING.replace("||7급|6|5|△1|", "||7급|7|5|△2|")
    expected = [("sum.staffing", "과부족", "계", "-2", "-1"), ("sum.staffing", "정원", "계", "21", "20")]
    twin = extract_file(_source(tmp_path, planted))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(twin)] == expected
    for mode in ("-layout", "-raw"):
        read = pdftotext_reading(_source(tmp_path, planted), mode, tmp_path)
        assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(read)] == expected, mode


@needs_pdftotext
def test_every_style_of_the_pdf_reads_the_group_on_its_first_grade_under_pdftotext_layout(tmp_path):
    """Rows a line apart (tight), a line between them and the label on it (grid), and more blank lines (the table
    over a page break under its header printed again): the label goes to `5급` in each."""
    for style in ("grid", "tight", "unruled", "tables continued", "tables continued, unruled"):
        pdf = rendered(_source(tmp_path), style, tmp_path)
        text = tmp_path / "layout.txt"
        subprocess.run(["pdftotext", "-layout", str(pdf), str(text)], check=True)
        assert staffing_of(extract_file(text)) == TWIN_STAFFING, style


# a 4-row group laid out by hand as `pdftotext -layout` prints it: `일반직` halfway between its 2nd and 3rd rows,
# the 계 above and `공무직` below printing their labels in its column
LAID_OUT = """\
  - 인력 현황
                       구분         정원    현원   과부족

                       계          20    19   △1

                             5급   2     2    -

                             6급   5     5    -
                       일반직
                             7급   6     5    △1

                             8급   4     4    -

                       공무직        3     3    -
"""


def test_a_label_halfway_between_the_middle_rows_of_four_goes_to_the_first():
    tables, report = read_body(LAID_OUT)
    assert tables[0].rows == (("구분", "", "정원", "현원", "과부족"), ("계", "", "20", "19", "△1"),
                              ("일반직", "5급", "2", "2", "-"), ("", "6급", "5", "5", "-"),
                              ("", "7급", "6", "5", "△1"), ("", "8급", "4", "4", "-"), ("공무직", "", "3", "3", "-"))
    assert staffing_of(report) == TWIN_STAFFING


def test_a_raw_class_label_over_its_grades_is_theirs_not_the_totals():
    """`일반직` over `5급` right under the 계 row: its grades make 17, not the 계's 20 (`공무직` is a group of its
    own), so it is no label merged over the 계 as well (`도시공원` over `계 42 …` where its rows make the 계)."""
    lines = ["구 분 정 원 현 원 과부족", "계 20 19 △1", "일반직", "5급 2 2 -", "6급 5 5 -", "7급 6 5 △1", "8급 4 4 -",
             "공무직 3 3 -"]
    assert one_space_tables(lines)[:7] == [
        "구 분\t\t정 원\t현 원\t과부족", "계\t\t20\t19\t△1", "일반직\t5급\t2\t2\t-", "\t6급\t5\t5\t-",
        "\t7급\t6\t5\t△1", "\t8급\t4\t4\t-", "공무직\t\t3\t3\t-"]


# a group of one row prints its label on its row's line under `-raw` (`현장직`, merged over no other row), after a
# group merged down two rows printed on a line of its own over them (`관리직`)
KEEPERS = ["구 분 인원 예산", "계 17 800", "관리직", "팀장 2 100", "주무관 6 300", "현장직 녹지원 8 400"]


def test_a_one_row_groups_label_on_its_rows_line_is_parted_where_the_groups_rows_are_a_word_each():
    """Before, `현장직 녹지원` one label under `관리직` (its 8 and 400 summed as 관리직's)."""
    assert one_space_tables(KEEPERS) == [
        "구 분\t\t인원\t예산", "계\t\t17\t800", "관리직\t팀장\t2\t100", "\t주무관\t6\t300", "현장직\t녹지원\t8\t400",
        ""]


def test_a_one_row_groups_label_stays_with_its_rows_where_the_groups_rows_print_several_words():
    lines = ["구 분 인원 예산", "계 17 800", "관리직", "팀장 보좌 2 100", "주무관 6 300", "현장직 녹지원 8 400"]
    assert one_space_tables(lines)[4] == "\t현장직 녹지원\t8\t400"


@needs_pdftotext
def test_the_raw_reading_of_the_keepers_table_finds_its_planted_sum(tmp_path):
    source = tmp_path / "2025-hanbit-keepers.md"
    source.write_text(STAFFING.split("- 인력 현황")[0] + "- 녹지 관리 인력\n\n|구 분||인원|예산|\n|---|---|---|---|\n"
                      "|계||17|800|\n|관리직|||\n||팀장|2|100|\n||주무관|6|300|\n|현장직|||\n||녹지원|8|400|\n",
                      encoding="utf-8")
    twin, read = extract_file(source), pdftotext_reading(source, "-raw", tmp_path)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(read)] == [
        (f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(twin)] == [
        ("sum.table", "계", "인원", "16", "17")]


# 감사결과's header as `-raw` prints it: each cell's first line, then the wrapped ends, `재정상 조치` one cell's first
# line (two words) beside `재정상`, whose end is `조치 건수`
AUDITS = ["구 분 감사 지적 신분상 재정상 재정상 조치", "건수 건수 조치(명) 조치 건수 금액", "계 9 57 14 21 186,420",
          "종합감사 3 31 8 12 121,300", "특정감사 2 14 4 5 48,620"]


def test_a_wrapped_header_one_word_too_many_joins_the_cell_repeating_its_neighbours_words():
    """Before, no parting fitting one way, the table stayed text."""
    assert one_space_tables(AUDITS) == [
        "구 분\t감사 건수\t지적 건수\t신분상 조치(명)\t재정상 조치 건수\t재정상 조치 금액",
        "계\t9\t57\t14\t21\t186,420",
        "종합감사\t3\t31\t8\t12\t121,300", "특정감사\t2\t14\t4\t5\t48,620", ""]


@needs_pdftotext
def test_gamsas_raw_reading_reads_its_audit_table_as_the_twin(tmp_path):
    source = Path(__file__).parent / "department_reports" / "2025-hanbit-gamsa.txt"
    caption = "2025년 감사 실시 결과"
    twin = [t for t in records_but_the_document(extract_file(source))["tables"] if t["caption"] == caption]
    read = [t for t in records_but_the_document(pdftotext_reading(source, "-raw", tmp_path))["tables"]
            if t["caption"] == caption]
    assert read == twin
    assert twin[0]["rows"][0] == ["구 분", "감사 건수", "지적 건수", "신분상 조치(명)", "재정상 조치 건수",
                                  "재정상 조치 금액"]


# 공원녹지과's 작업차량 as `-raw` prints it: pymupdf4llm's markdown printed `임 시 소 | 계` (the header shifted),
# the PDF of it draws the letters on one line
WORK_FLEET = ["□ 작업차량 - 총8대 (정수 6)", "(단위: 대)", "총 계 특 수 임 시 소 계", "소 계 살수차 고소작업차 기타",
              "7 5 2 1 2 2"]


def test_a_subtotal_right_of_the_groups_is_the_last_categorys_printed_in_one_cell():
    """Before, `특수임시` one category over the four kinds and `소 계` a column of its own."""
    assert one_space_tables(WORK_FLEET)[2:5] == [
        "총 계\t특 수\t\t\t\t임 시 소 계", "\t소 계\t살수차\t고소작업차\t기타\t", "7\t5\t2\t1\t2\t2"]


@needs_pdftotext
def test_park_planteds_raw_reading_counts_the_work_fleet_as_the_twin(tmp_path):
    """The counts are the twin's; the twin's `repair.header` (its shifted header read by the sums) has no cause in
    the `-raw` text, whose header parts as printed."""
    source = Path(__file__).parent / "department_reports" / "2025-hanbit-park-planted-pymupdf4llm.md"
    twin = records_but_the_document(extract_file(source))["vehicles"]
    read = records_but_the_document(pdftotext_reading(source, "-raw", tmp_path))["vehicles"]
    assert [fleet["counts"] for fleet in read] == [fleet["counts"] for fleet in twin]
    assert [(c["category"], c["kind"], c["count"]) for c in read[1]["counts"]] == [
        ("계", "계", 7), ("특수", "소계", 5), ("특수", "살수차", 2), ("특수", "고소작업차", 1), ("특수", "기타", 2),
        ("임시", "소계", 2)]
    assert (twin[1]["repaired"], read[1]["repaired"]) == (True, False)
