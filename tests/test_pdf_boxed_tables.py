"""A table drawn in a box alone (no rules inside it, a shaded header or not), its rows taller than a line where a
cell wraps, reads as a table without rules does: each row's lines joined, the wrapped cell's lines its own row's."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

REPORT = """제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

복 지 정 책 과

□ 세부사업 예산 현황

(단위: 천원)

단위사업\t2024년\t2025년\t증감\t비고
계\t10,250,000\t10,120,000\t△130,000\t
국민기초생활보장 생계급여 지원사업\t7,800,000\t7,650,000\t△150,000\t국비 보조율 조정에 따른 감액 반영
기초생활수급자 의료급여 및 해산장제급여 지원\t1,450,000\t1,470,000\t20,000\t
자활근로사업 운영 및 자활기업 육성 지원\t1,000,000\t1,000,000\t-\t

□ 다음
"""

ROWS = (("단위사업", "2024년", "2025년", "증감", "비고"),
        ("계", "10,250,000", "10,120,000", "△130,000", ""),
        ("국민기초생활보장 생계급여 지원사업", "7,800,000", "7,650,000", "△150,000",
         "국비 보조율 조정에 따른 감액 반영"),
        ("기초생활수급자 의료급여 및 해산장제급여 지원", "1,450,000", "1,470,000", "20,000", ""),
        ("자활근로사업 운영 및 자활기업 육성 지원", "1,000,000", "1,000,000", "-", ""))


def _render(tmp_path, shade, valign: str, outer: str):
    """The report on A4 with its table in 7.5 pt cells, columns 150, 70, 70, 70 and 80 points wide (the names and
    the note wrap over two lines), ruled by `outer` alone: a box, or a rule above the table and one below it."""
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE = A4

    def boxed_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        table = Table([[Paragraph(pdfs.printed(cell), pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for cell in row]
                       for r, row in enumerate(rows)], colWidths=[150, 70, 70, 70, 80])
        rules = ([("BOX", (0, 0), (-1, -1), 0.8, colors.black)] if outer == "box"
                 else [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                       ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)])
        table.setStyle(TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), valign),
                                   *([("BACKGROUND", (0, 0), (-1, 0), shade)] if shade else [])]))
        return table

    pdfs.ruled_table = boxed_table
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(REPORT, encoding="utf-8")
    pdfs.render(source, target)
    return source, target


@pytest.mark.parametrize("outer", ["box", "above and below"])
@pytest.mark.parametrize("valign", ["MIDDLE", "TOP"])
@pytest.mark.parametrize("shade", [None, colors.Color(0.8, 0.8, 0.8)])
def test_a_table_in_a_box_alone_reads_its_rows_of_wrapped_cells(tmp_path, shade, valign, outer):
    """`국비 보조율 조정에` over `따른 감액 반영` centred on its row beside `국민기초생활보장 생계급여 지원사업`, the
    box's sides the only rules. Before, the rows of a table between two rules with none inside were not joined: the
    note's first line went on the 계 row (`△130,000 국비 보조율 조정에`), the table ended there, and its other rows
    were a second table (the 계 found to be 7,800,000, a false `sum.table` error)."""
    source, target = _render(tmp_path, shade, valign, outer)
    (table,) = [block for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert table.rows == ROWS
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)
