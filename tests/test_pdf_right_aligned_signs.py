"""Figures set at their cells' right in a table without rules, the negatives marked `△` (or `▲`), which the CID fonts
draw a type size wide: a short figure of that column (`0`) stays the column's, though the text line of each row ends
its `△` figures a column or two short of where they are printed."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
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
계\t10,250,000\t10,120,000\t{sign}130,000\t
생계급여 지원\t7,800,000\t7,650,000\t{sign}150,000\t국비 보조율 조정
의료급여 지원\t1,450,000\t1,470,000\t20,000\t
자활근로사업 운영\t1,000,000\t1,000,000\t{nil}\t

□ 다음
"""


def _render(tmp_path, sign: str, nil: str, size: float, outer: str):
    """The report on A4, its table in `size` pt cells without rules inside (a box around it, or none), its figures
    set at their cells' right and its labels at their left."""
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE = A4
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = size, size + 2
    figure = ParagraphStyle("figure", parent=pdfs.CELL, alignment=2)

    def table_of_right_figures(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        styles = [pdfs.CELL, figure, figure, figure, pdfs.CELL]
        table = Table([[Paragraph(pdfs.printed(cell), pdfs.HEADER_CELL if r == 0 else styles[c])
                        for c, cell in enumerate(row)] for r, row in enumerate(rows)], colWidths=[120, 70, 70, 70, 90])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)] if outer == "box" else []))
        return table

    pdfs.ruled_table = table_of_right_figures
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(REPORT.format(sign=sign, nil=nil), encoding="utf-8")
    pdfs.render(source, target)
    return source, target


@pytest.mark.parametrize("outer", ["none", "box"])
@pytest.mark.parametrize("size", [7.5, 8, 9])
@pytest.mark.parametrize(("sign", "nil"), [("△", "0"), ("▲", "0"), ("△", "5")])
def test_a_short_figure_right_of_the_signs_ends_stays_in_their_column(tmp_path, sign, nil, size, outer):
    """`0` under `20,000` and the `△150,000` of the one row printing a 비고. Before, the `0` stood a blank right of
    the end of the `△` figures' column as the row printing every column (the 비고's) gives it: a column of its own,
    the table of six columns (`증감` over blanks and `비고` over none)."""
    source, target = _render(tmp_path, sign, nil, size, outer)
    (table,) = [block for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert table.rows[0] == ("단위사업", "2024년", "2025년", "증감", "비고")
    assert table.rows[2] == ("생계급여 지원", "7,800,000", "7,650,000", f"{sign}150,000", "국비 보조율 조정")
    assert table.rows[4] == ("자활근로사업 운영", "1,000,000", "1,000,000", nil, "")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)

