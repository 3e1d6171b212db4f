"""Group labels printed on lines of their own, and a table's part over a page break laid out anew.

pdfplumber: in a table without rules, a group's label alone on its row over its members (`체육시설` over `축구장`), a
label merged down over a blank row of its own and one member (`현장직` over `녹지원`), and one centred on four rows
drawn taller (`자연공원`). `pdftotext -layout` (labels centred, figures set right): a table going on over a page break,
its rows there a character or two off the first page's, and a group label between its rows under a 계 row."""

from checks import run_checks
from pipeline.extract import extract_file
from tests.pdf_styles import rendered
from tests.test_aligned_gaps2 import read_body


def findings(report):
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def _rows(report, caption):
    return next(tuple(map(tuple, t.rows)) for t in report.tables if t.caption == caption)


SOURCE = """\
2025년 주요업무 보고

제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

공 원 녹 지 과 보고 순서

# Ⅰ. 일반현황

- 공원 현황

|구 분||개소|면적(m²)|
|---|---|---|---|
|계||60|1,500,000|
|도시공원|근린공원|12|980,000|
||어린이공원|30|274,300|
|자연공원|산림공원|10|200,000|
||수변공원|4|40,000|
||생태공원|2|3,000|
||체육공원|2|2,700|

- 공공시설 현황

|구 분|개소|면적(m²)|
|---|---|---|
|계|9|950|
|체육시설|||
|축구장|3|300|
|야구장|2|200|
|문화시설|||
|공연장|4|400|

- 녹지 관리 인력

|구 분||인원|예산|
|---|---|---|---|
|계||17|800|
|관리직|||
||팀장|2|100|
||주무관|6|300|
|현장직|||
||녹지원|8|400|
"""

PLANTED = [("sum.table", "계", "면적(m²)", "900", "950"), ("sum.table", "계", "인원", "16", "17")]


def _read(tmp_path, style):
    source = tmp_path / "2025-hanbit-groups.md"
    source.write_text(SOURCE, encoding="utf-8")
    return extract_file(rendered(source, style, tmp_path))


def test_the_text_twin_reads_the_groups(tmp_path):
    source = tmp_path / "2025-hanbit-groups.md"
    source.write_text(SOURCE, encoding="utf-8")
    report = extract_file(source)
    assert _rows(report, "공공시설 현황")[2:4] == (("체육시설", "", ""), ("축구장", "3", "300"))
    assert findings(report) == PLANTED


def test_a_group_label_alone_on_its_row_over_members_in_its_column_stays_a_row(tmp_path):
    """Before, `체육시설` (its figures blank, rows standing apart) was read as the first line of `축구장`'s label
    wrapped: `체육시설 축구장 | 3 | 300`."""
    report = _read(tmp_path, "unruled")
    assert _rows(report, "공공시설 현황") == (("구 분", "개소", "면적(m²)"), ("계", "9", "950"), ("체육시설", "", ""),
                                          ("축구장", "3", "300"), ("야구장", "2", "200"), ("문화시설", "", ""),
                                          ("공연장", "4", "400"))


def test_a_label_merged_down_over_a_blank_row_of_its_own_keeps_its_members(tmp_path):
    """`관리직`, merged down over a blank row of its own and two members, stands a blank row below the 계 row; `현장직`
    over its blank row and `녹지원`, three times nearer that than `주무관`. Before, the blank row parted the table (its
    members lost, the planted 인원 missed) and `현장직` went to `주무관`. Now each goes to its first member's row."""
    for style in ("unruled", "loose unruled", "tables continued, unruled"):
        report = _read(tmp_path, style)
        assert _rows(report, "녹지 관리 인력") == (
            ("구 분", "", "인원", "예산"), ("계", "", "17", "800"), ("관리직", "팀장", "2", "100"),
            ("", "주무관", "6", "300"), ("현장직", "녹지원", "8", "400")), style
        assert findings(report) == PLANTED, style


def test_a_label_centred_on_four_taller_rows_goes_to_their_first(tmp_path):
    """Rows drawn 30pt tall: `자연공원` halfway between `수변공원` and `생태공원`. Before, on `수변공원`'s row."""
    report = _read(tmp_path, "tables continued, unruled")
    assert _rows(report, "공원 현황")[4:] == (
        ("자연공원", "산림공원", "10", "200,000"), ("", "수변공원", "4", "40,000"), ("", "생태공원", "2", "3,000"),
        ("", "체육공원", "2", "2,700"))


# the survey table going on over a page break under its header printed again, each page laid out apart: the second
# page's figures end two characters left of the first's, `서울시통계` between its two rows
SURVEYS = """\
□ 주요 추진실적
 - 2023년 통계조사 현황
                                          구분            조사명               조사기간             조사원(명)

                                                   경제총조사(사업체)          6. 1. ~ 7. 31.            86

                                          국가통계      지역별고용조사                 연중                    4

                                                       사회조사            5. 10. ~ 5. 25.           12




                                                               -4-
\f


                                            구분          조사명               조사기간           조사원(명)

                                                        서울서베이          9. 1. ~ 10. 31.         25
                                           서울시통계
                                                        사업체조사              상반기                 18

                                             계                                               145

 - 통계조사원 안전교육: 5월 / 2회, 98명
"""


def test_a_tables_part_over_a_page_break_is_set_by_its_own_pages_columns():
    """Before, the second page's `25`, `18` and `145` made a column of their own beside the first's: the 계 summed
    the second page alone, a false `sum.table` of 43 against 145."""
    tables, report = read_body(SURVEYS)
    assert tables[0].rows == (("구분", "조사명", "조사기간", "조사원(명)"),
                              ("국가통계", "경제총조사(사업체)", "6. 1. ~ 7. 31.", "86"),
                              ("", "지역별고용조사", "연중", "4"), ("", "사회조사", "5. 10. ~ 5. 25.", "12"),
                              ("서울시통계", "서울서베이", "9. 1. ~ 10. 31.", "25"), ("", "사업체조사", "상반기", "18"),
                              ("계", "", "", "145"))
    assert findings(report) == []
    _, planted = read_body(SURVEYS.replace("  145", "  146"))
    assert findings(planted) == [("sum.table", "계", "조사원(명)", "145", "146")]


# a 계 row over two groups' rows, its label centred in the members' column; `도시공원` on a line of its own between
# its two rows
PARKS = """\
  - 공원 현황
                                     구분                                     개소           면적(m²)

                                                               계             42          1,254,000

                                                       근린공원                  12              980,000
                                 도시공원
                                                   어린이공원                     30              274,300
"""


def test_a_group_label_between_its_rows_under_a_total_row_goes_to_its_first_row():
    """Before, `도시공원` went to the 계 row (its group taken to start at the table's first row) and `근린공원` and
    `어린이공원` to the group labels' column: the planted 1,254,000 missed."""
    tables, report = read_body(PARKS)
    assert tables[0].rows == (("구분", "", "개소", "면적(m²)"), ("", "계", "42", "1,254,000"),
                              ("도시공원", "근린공원", "12", "980,000"), ("", "어린이공원", "30", "274,300"))
    assert findings(report) == [("sum.table", "도시공원 / 계", "면적(m²)", "1,254,300", "1,254,000")]
