"""`pdftotext -layout` (poppler 22.12) of a report's tables drawn without rules, going on over pages under `(계속)`
and in rows taller than their text (tests/pdf_styles.py, "tables continued, unruled"): the `(계속)` atop the next
page between a table's rows is no text, a header two blank lines over rows parted by three is the table's, and a
label centred between two tall rows (merged down them) is the label of the first."""

from extractors import extract_report
from pipeline.document import Paragraph, Table
from pipeline.read_text import read_text

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n기획예산과\n\n"

# the staffing table broken over a page: the page's number at its foot, `(계속)` set right atop the next, the header
# printed again
STAFF_CONTINUED = """\
Ⅰ. 일반현황
1. 인력 현황
                                                 (단위: 명)
           구분       정 원(A)   현 원(B)   과부족(B-A)

           계        21       20(1)    △1



                             -1-
\f                                                                                                    (계속)
                               구분       정 원(A)         현 원(B)            과부족(B-A)

                               일반직     18              18(1)             -

                               공무직     3               2                 △1

※ ()는 육아휴직자
"""

# rows 30pt tall in 10pt type: the header two blank lines over the first row, three between the rows below; a label
# merged down two rows centred beside the second (`촘촘한 복지안전망 구축` over `소계` and `기초생활 보장`)
BUDGET_TALL_ROWS = """\
Ⅰ. 일반현황
4 예산현황
                                                                                                     (단위: 천원)
         단위사업                 세부사업                   예산액             집행액          집행률(%) (5.31.기준)


계                                                13,423,000        6,251,300      46.6



                         소계                      12,480,500        5,905,300      47.3



촘촘한 복지안전망 구축             기초생활 보장                 9,120,000         4,400,000      48.2



                         위기가구 긴급 지원              3,360,500         1,505,300      44.8



기본경비                                             102,300           44,100         43.1



Ⅱ. 주요업무 추진실적
"""

# rows 30pt tall, the labels merged down two rows printed halfway between them, a blank line above and below each
LABELS_BETWEEN_ROWS = """\
Ⅰ. 일반현황
4. 예 산
                                                                                      (2023. 5. 31. 현재, 단위: 천원)
               단위사업           세부사업                예산액             집행액        집행률(%)


                                                 4,500,000       1,200,000   26.7

              합계

                           금연사업 운영               800,000         200,000     25.0



                           비만예방 관리               700,000         150,000     21.4

              건강증진 사업

                           구강보건 사업               500,000         100,000     20.0



Ⅱ. 주요업무 추진실적
"""


def _read(text: str):
    document = read_text("t.txt", (COVER + text).encode())
    return [block for block in document.blocks if isinstance(block, Table)], document


def test_continued_atop_a_page_between_a_tables_rows_is_dropped_and_the_parts_are_one_table():
    """Before, `(계속)` was a paragraph between the two parts: two tables, the rows below numbered table 2."""
    tables, document = _read(STAFF_CONTINUED)
    assert [table.rows for table in tables] == [(
        ("구분", "정 원(A)", "현 원(B)", "과부족(B-A)"), ("계", "21", "20(1)", "△1"), ("일반직", "18", "18(1)", "-"),
        ("공무직", "3", "2", "△1"))]
    assert "(계속)" not in [block.text for block in document.blocks if isinstance(block, Paragraph)]
    report = extract_report(document)
    assert [(count.job_class, count.headcount, count.table_no) for count in report.staffing
            if count.status == "정원"] == [("계", 21, 1), ("일반직", 18, 1), ("공무직", 3, 1)]


def test_the_unit_line_printed_again_under_continued_is_dropped_too():
    text = STAFF_CONTINUED.replace("(계속)\n", "(계속)\n                                                 (단위: 명)\n")
    tables, _document = _read(text)
    assert [row[0] for table in tables for row in table.rows] == ["구분", "계", "일반직", "공무직"]


def test_continued_atop_a_page_under_no_row_stays_as_printed():
    """Where the page before ends in a paragraph, `(계속)` marks no table going on: it is kept, and the table below
    it stands alone."""
    tables, document = _read(STAFF_CONTINUED.replace("계        21       20(1)    △1", "정원 21명, 현원 20명임"))
    assert "(계속)" in [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert [row[0] for table in tables for row in table.rows] == ["구분", "일반직", "공무직"]


def test_a_header_two_blank_lines_over_rows_parted_by_three_heads_them_all():
    """Before, the rows three blank lines apart under a header two above the first were not bridged: the 계 row
    alone under the header, `13,423,000` read as its name and the lines below lost."""
    _tables, document = _read(BUDGET_TALL_ROWS)
    report = extract_report(document)
    assert [(line.name, line.budget_krw, line.executed_krw, line.parent) for line in report.budget] == [
        ("계", 13_423_000_000, 6_251_300_000, None),
        ("촘촘한 복지안전망 구축", 12_480_500_000, 5_905_300_000, None),
        ("기초생활 보장", 9_120_000_000, 4_400_000_000, "촘촘한 복지안전망 구축"),
        ("위기가구 긴급 지원", 3_360_500_000, 1_505_300_000, "촘촘한 복지안전망 구축"),
        ("기본경비", 102_300_000, 44_100_000, None)]


def test_labels_centred_between_tall_rows_go_to_the_first_of_the_two():
    """Before, each label between two rows was a paragraph that ended the table: the header over the 합계 row's
    figures alone, every line below lost."""
    tables, document = _read(LABELS_BETWEEN_ROWS)
    assert [table.rows for table in tables] == [(
        ("단위사업", "세부사업", "예산액", "집행액", "집행률(%)"), ("합계", "", "4,500,000", "1,200,000", "26.7"),
        ("", "금연사업 운영", "800,000", "200,000", "25.0"),
        ("건강증진 사업", "비만예방 관리", "700,000", "150,000", "21.4"),
        ("", "구강보건 사업", "500,000", "100,000", "20.0"))]
    report = extract_report(document)
    assert [(line.name, line.budget_krw, line.parent) for line in report.budget] == [
        ("계", 4_500_000_000, None), ("금연사업 운영", 800_000_000, "건강증진 사업"),
        ("비만예방 관리", 700_000_000, "건강증진 사업"), ("구강보건 사업", 500_000_000, "건강증진 사업")]


def test_a_line_between_rows_that_is_not_centred_between_them_ends_the_table():
    """A line one blank line under a row and three over the next is no label merged down them: a paragraph."""
    text = LABELS_BETWEEN_ROWS.replace("              건강증진 사업\n\n", "              건강증진 사업\n\n\n\n")
    tables, document = _read(text)
    assert "건강증진 사업" in [block.text for block in document.blocks if isinstance(block, Paragraph)]
    assert [row[1] for row in tables[0].rows][-1] == "비만예방 관리"
