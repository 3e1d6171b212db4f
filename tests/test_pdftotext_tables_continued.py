"""`pdftotext -layout` (poppler 22.12) of a report's tables drawn without rules, going on over pages under `(계속)`
(tests/pdf_styles.py, "tables continued, unruled"): the `(계속)` atop the next page between a table's rows is no
text."""

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
