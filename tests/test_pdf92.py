"""Leftovers in reading PDFs and their `pdftotext` renderings (branch pdf92).

a) `pdftotext -layout`: a one-row group right under the 계 row (`현장직` on `녹지원`), then a group of three whose
label is centred on its middle row (`생활시설` on `테니스장`). The rows between were taken for the one-row group's
(as a label set at its cell's top, or a text, prints a group), so `생활시설` stayed on its middle row: false
`sum.table` errors on its 소계 and a planted one missed. Among tall rows (parted by blank lines, as `-layout` prints
a PDF's), a label centred over two rows stands on a line of its own: one on a row's line with no rows above it is
a group of that row alone, and the rows below it are the next label's.

b) `pdftotext -raw`: a header whose row-label column is `구 분` and whose name column's label is letters set apart
too (`구 분 시 설 개소 예산`) was read as one label `구 분 시 설` over three columns, and the table ended at the first
group's label on a line of its own. Where the rows' groups are told (each label over two rows or more, a 계 first or
last), `구 분` and the label after it are the two label columns, whatever that label's word.

c) pdfplumber, a `△N` in a column set left: not reproduced (the seohae staffing sample set left in four rulings and
three type sizes, and random tables of `△N`, `-` and figures in columns set left, all read as their text twins).

d) A staffing table with a group's row of no figures (`일반직` over `행 정 5 5 -`): the PDF read by pdfplumber and
`-layout` keep it as the text does, but `pdftotext -raw` prints it as a line of its own, which ended the table, the
rows below lost (whatever the ruling: unruled too). A class of posts alone right over a row of the table's width is
a row of its own, its figures blank.

e) A ruled cell's full line broken at a space over a word that would fit a line joined to its last (`공원 시설` over
`유지 관리` in a cell 44.5 points wide): wrapped by characters, `시설유지` is one word broken; by words, two. Nothing
in the cell tells which; the reader reads cells by characters until a table shows they wrap by words (a line leaving
room for the next line's first syllable but not its word), and from then on by words. A table before the first
that shows it was read by characters (`공원 시설유지 관리`): the report's pages read before are read again once one
does, as a word processor's setting holds for the whole report. One table showing nothing stays read by characters."""

import pytest

from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_aligned_gaps2 import read_body
from tests.test_pdf91 import COVER, _findings  # the 체육과 report's cover and table head; its findings as tuples


def _source(tmp_path, text, name="2025-hanbit-cheyuk.md"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return source


ONE_ROW_GROUP_FIRST = COVER + """\
|계||12|2,100|
|현장직|녹지원|3|300|
|생활시설|수영장|4|800|
||테니스장|5|1,000|
||소계|9|1,800|
"""
PLANTED_SUBTOTAL = ONE_ROW_GROUP_FIRST.replace("||소계|9|1,800|", "||소계|9|1,850|")


@needs_pdftotext
@pytest.mark.parametrize(("text", "found"), [
    (ONE_ROW_GROUP_FIRST, []),
    (PLANTED_SUBTOTAL, [("sum.table", "생활시설 / 소계", "예산", "1,800백만원", "1,850백만원")])])
def test_layout_a_centred_label_below_a_one_row_group_under_the_total_goes_to_its_first_row(text, found, tmp_path):
    twin = extract_file(_source(tmp_path, text))
    assert _findings(twin) == found
    read = pdftotext_reading(_source(tmp_path, text), "-layout", tmp_path)
    assert [tuple(row[:2]) for row in read.tables[0].rows[1:]] == [
        ("계", ""), ("현장직", "녹지원"), ("생활시설", "수영장"), ("", "테니스장"), ("", "소계")]
    assert _findings(read) == found  # before: 생활시설 / 소계 (5 ≠ 9, 1,000 ≠ 1,800) and the planted one missed
    assert records_but_the_document(read)["tables"][0]["rows"][1:] == \
        records_but_the_document(twin)["tables"][0]["rows"][1:]


def test_rows_on_lines_one_below_another_under_a_one_row_group_may_be_its():
    """Rows not parted by blank lines (a text's, or a label set at its cell's top): the row under `현장직` may be
    its group's, so `생활시설` stays where it is printed."""
    tables, _report = read_body("""\
  - 체육시설 현황
                       구분               개소   예산
                       계                 12   2,100
                       현장직    녹지원        3    300
                              수영장        4    800
                       생활시설   테니스장       5    1,000
                              소계         9    1,800
""")
    assert [row[:2] for row in tables[0].rows[1:]] == [
        ("계", ""), ("현장직", "녹지원"), ("", "수영장"), ("생활시설", "테니스장"), ("", "소계")]


FACILITIES = COVER.replace("|구 분||개소|예산|", "|구 분|시 설|개소|예산|") + """\
|체육시설|축구장|3|300|
||야구장|2|650|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
|계||12|2,400|
"""


@needs_pdftotext
def test_raw_a_header_of_two_label_columns_set_apart_heads_the_groups_and_the_planted_total_is_found(tmp_path):
    found = [("sum.table", "계", "예산", "2,350백만원", "2,400백만원")]
    twin = extract_file(_source(tmp_path, FACILITIES))
    assert _findings(twin) == found
    raw = pdftotext_reading(_source(tmp_path, FACILITIES), "-raw", tmp_path)
    assert raw.tables[0].rows[:2] == [["구 분", "시 설", "개소", "예산"], ["체육시설", "축구장", "3", "300"]]
    assert records_but_the_document(raw)["tables"] == records_but_the_document(twin)["tables"]
    assert _findings(raw) == found  # before: no finding, the table ended at `체육시설`


_GROUPS = ["계 12 2,350", "체육시설", "축구장 3 300", "야구장 2 650", "생활시설", "수영장 4 800", "게이트볼장 3 600"]


@pytest.mark.parametrize(("header", "labels"), [
    ("구 분 시 설 개소 예산", "구 분\t시 설"), ("구 분 시설 개소 예산", "구 분\t시설"),
    ("구분 시설 개소 예산", "구분\t시설")])
def test_raw_two_label_columns_under_a_spaced_label_and_another(header, labels):
    assert one_space_tables([header, *_GROUPS])[:3] == [
        f"{labels}\t개소\t예산", "계\t\t12\t2,350", "체육시설\t축구장\t3\t300"]


def test_raw_letters_set_apart_over_a_label_wrapped_onto_its_rows_line_stay_one_label():
    """No group told (`건강 증진` heads one row, may be `금연 사업`'s label wrapped): `구 분 시 설` stays one label."""
    lines = ["구 분 시 설 예산 집행", "계 100 50", "건강 증진", "금연 사업 50 25"]
    assert one_space_tables(lines) == ["구 분 시 설\t예산\t집행", "계\t100\t50", "건강 증진", "금연 사업 50 25"]


STAFFING = """\
2025년 주요업무 보고

제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

복 지 정 책 과 보고 순서

# Ⅰ. 일반현황

## 2. 인 력

(2025. 10. 31. 현재, 단위: 명)

|구 분|정 원|현 원|과부족|비 고|
|---|---|---|---|---|
|계|10|9|△1||
|일반직|||||
|행 정|5|5|-||
|사회복지|3|2|△1|육아휴직 1|
|공무직|||||
|청 소|2|2|-||
"""


def _staffing(report) -> list[tuple]:
    return [(s.status, s.job_class, s.headcount) for s in report.staffing]


@needs_pdftotext
@pytest.mark.parametrize(("text", "found"), [
    (STAFFING, []),
    (STAFFING.replace("|계|10|9|△1||", "|계|11|9|△1||"), [("sum.staffing", "정원", "계", "10", "11")]),
    (STAFFING.replace("|비 고|", "|").replace("|---|---|---|---|---|", "|---|---|---|---|").replace(
        "|육아휴직 1|", "|").replace("||\n", "|\n"), [])])
def test_raw_a_groups_row_of_no_figures_stays_a_row_and_the_rows_below_it_are_read(text, found, tmp_path):
    twin = extract_file(_source(tmp_path, text, "2025-hanbit-bokjijeongchaek.md"))
    assert _findings(twin) == found
    raw = pdftotext_reading(_source(tmp_path, text, "2025-hanbit-bokjijeongchaek.md"), "-raw", tmp_path)
    assert _staffing(raw) == _staffing(twin)
    assert _staffing(raw)[3:6] == [("정원", "행정", 5), ("현원", "행정", 5), ("과부족", "행정", 0)]
    assert records_but_the_document(raw)["tables"] == records_but_the_document(twin)["tables"]
    assert _findings(raw) == found  # before: the rows under 일반직 lost, the 계 checked against none


@pytest.mark.parametrize("lines", [
    ["구 분 정 원 현 원 과부족", "계 10 9 △1", "행 정 5 5 -", "공무직", "다음 문단입니다."],
    ["구 분 정 원 현 원 과부족", "계 10 9 △1", "행 정 5 5 -", "공무직", "청 소 2 2"]])
def test_raw_a_class_alone_over_no_row_of_the_tables_width_stays_text(lines):
    assert one_space_tables(lines)[3:] == lines[3:]


def test_raw_a_header_printed_again_ending_in_a_class_like_word_is_no_groups_row():
    """`구 분 계 시간제 영아종일제` printed again atop the next page: words, not a class alone, though its letters
    run together end as one does (`…영아종일제`)."""
    assert one_space_tables(["구 분 계 시간제 영아종일제", "계 20 13 7", "한빛1동 9 6 3", "구 분 계 시간제 영아종일제",
                             "한빛2동 11 7 4"]) == [
        "구 분\t계\t시간제\t영아종일제", "계\t20\t13\t7", "한빛1동\t9\t6\t3", "한빛2동\t11\t7\t4", ""]


def test_raw_a_groups_row_right_under_the_header_and_in_a_table_of_notes():
    assert one_space_tables(["구 분 정 원 현 원 과부족", "일반직", "행 정 5 5 -", "사회복지 3 2 △1"]) == [
        "구 분\t정 원\t현 원\t과부족", "일반직\t\t\t", "행 정\t5\t5\t-", "사회복지\t3\t2\t△1"]
    assert one_space_tables(["구 분 정 원 현 원 과부족 비 고", "일반직", "행 정 5 5 -", "사회복지 3 2 △1 육아휴직 1",
                             "계 8 7 △1"]) == [
        "구 분\t정 원\t현 원\t과부족\t비 고", "일반직\t\t\t\t", "행 정\t5\t5\t-\t",
        "사회복지\t3\t2\t△1\t육아휴직 1", "계\t8\t7\t△1\t"]


PROJECTS = COVER.replace("|구 분||개소|예산|", "|구 분|사업명|개소|예산|") + """\
|시설1|공원 시설 유지 관리|1|100|
|시설2|생활 체육 시설 확충|2|200|
"""
WRAPPED_BY_WORDS = """
- 숲 현황

(단위: 개소, ㎡)

|구 분|명 칭|개소|면적|
|---|---|---|---|
|도시숲|숲 해설 사업 운영|3|300|
"""


def _names(tmp_path, text) -> list[list[str]]:
    """The report drawn with its tables' second column 44.5 points wide (`사업명`, each line of its names full,
    broken at a space) or 52 (`명 칭`: `숲 해설` over `사업 운영`, room beside it for a syllable but not `사업`), as
    read from the PDF: each table's second column."""
    source, target = _source(tmp_path, text), tmp_path / "report.pdf"
    pdfs = make_pdfs.__wrapped__()
    widths = pdfs.column_widths
    pdfs.column_widths = lambda rows: [width if c != 1 else 44.5 if rows[0][1] == "사업명" else 52
                                       for c, width in enumerate(widths(rows))]
    pdfs.render(source, target)
    return [[row[1] for row in table.rows[1:]] for table in extract_file(target).tables]


def test_a_full_lines_break_at_a_space_reads_as_a_later_table_shows_cells_wrap(tmp_path):
    assert _names(tmp_path, PROJECTS + WRAPPED_BY_WORDS) == [  # before: 공원 시설유지 관리, 생활 체육시설 확충
        ["공원 시설 유지 관리", "생활 체육 시설 확충"], ["숲 해설 사업 운영"]]


def test_a_full_lines_break_at_a_space_in_a_report_showing_no_wrapping_by_words_joins_a_word(tmp_path):
    assert _names(tmp_path, PROJECTS) == [["공원 시설유지 관리", "생활 체육시설 확충"]]
