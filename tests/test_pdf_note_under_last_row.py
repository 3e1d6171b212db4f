"""A note right under a table without rules whose rows are set close (cells padded 2 points, no paragraph's space
between the rows nor under the last), the row above the last one labelled over two lines (`인건비` over `(정규직)`,
centred on its row): the note (`※ 국비 50%`, `* 2025. 5. 31. 기준`, the next table's `(단위: 천원)`) stands as far below
the last row's line as `(정규직)` stands above it. It was read as the last line of the last row's label wrapped over
three lines and centred on its row (`과` over `부  1  -  7 …` over `족`), the row `운영비 (단위: 천원)` and the note
lost (12 of these 30 drawings). A line not centred under the label's line above is no such line. Drawn on a
canvas, where the lines stand as HWP sets them."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.document import Table
from pipeline.read import read_document

FONTS = ("HYSMyeongJo-Medium", "HYGothic-Medium")
for _font in FONTS:
    pdfmetrics.registerFont(UnicodeCIDFont(_font))

ROWS = [(("구 분",), ("예산액", "집행액", "비고")), (("계",), ("1,000", "500", "")),
        (("인건비", "(정규직)"), ("600", "300", "국비")), (("운영비",), ("400", "200", ""))]
NOTES = ["※ 국비 50%", "※ 국비", "* 2025. 5. 31. 기준", "(단위: 천원)", "(단위: 명)"]


def _draw(path, note: str, font: str, size: float, label_column: float) -> None:
    """A heading, a paragraph and a title over the table, its label column `label_column` wide, each row as tall
    as its lines a leading (1.3 sizes) apart and 2 points of padding above and below them, the note at the table's
    left edge right under it, and paragraphs after it."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height, leading, padding = A4[1], size * 1.3, 2
    columns = [60, 60 + label_column, 60 + label_column + 100, 60 + label_column + 200, 60 + label_column + 280]

    def text(top: float, x: float, words: str, align: str = "l", points: float = size) -> None:
        page.setFont(font, points)
        width = pdfmetrics.stringWidth(words, font, points)
        page.drawString({"l": x, "c": x - width / 2}[align], height - top - points * 0.88, words)

    text(60, 60, "Ⅰ. 일반현황", points=15)
    text(85, 60, "○ 부서의 예산과 집행 현황은 다음과 같다.")
    text(105, 60, "1. 예산 현황", points=13)
    top = 145  # the top of the row
    for labels, cells in ROWS:
        middle = top + padding + len(labels) * leading / 2
        for i, label in enumerate(labels):
            text(middle - len(labels) * leading / 2 + i * leading + (leading - size) / 2,
                 (columns[0] + columns[1]) / 2, label, "c")
        for x0, x1, cell in zip(columns[1:-1], columns[2:], cells, strict=True):
            if cell:
                text(middle - size / 2, (x0 + x1) / 2, cell, "c")
        top += len(labels) * leading + 2 * padding
    text(top + (leading - size) / 2, 60, note)
    for n in range(4):
        text(top + 3 * leading + 25 * n, 60, f"○ 다음 문단 {n + 1}입니다.")
    page.showPage()
    page.save()


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("label_column", [45, 70])
def test_a_note_right_under_a_close_set_table_is_no_line_of_its_last_rows_label(note, font, size, label_column,
                                                                                tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, note, font, size, label_column)
    (table,) = [block for block in read_document(target).blocks if isinstance(block, Table)]
    assert table.rows[-1] == ("운영비", "400", "200", "")
    assert table.rows[-2] == ("인건비 (정규직)", "600", "300", "국비")
