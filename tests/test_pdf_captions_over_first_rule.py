"""A caption printed on one line right over a table whose first rule is drawn over its header (horizontal rules
alone, as HWP often rules): the table's date at the left and its unit at the right (`(2025. 5. 31. 기준)` ...
`(단위: 천원)`), or a bullet's title or a note and the unit (`○ 세부 예산` ... `(단위: 천원)`). The date's line, two
cells right over the rule, was taken for a header's line printed over the table's first rule (a table ruled under
each row alone) and read as the table's first row, the unit lost (the others read right before too). Drawn on a
canvas, where the lines and rules stand as HWP sets them."""

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

COLUMNS = [(60, 130), (130, 230), (230, 330), (330, 410), (410, 480)]
HEADER = ("구 분", "예산액", "집행액", "집행률", "비고")
ROWS = [("계", "1,000", "500", "50", ""), ("인건비", "600", "300", "50", "국비"), ("운영비", "400", "200", "50", "")]
CAPTIONS = {
    "date and unit": (("(2025. 5. 31. 기준)", "l"), ("(단위: 천원)", "r")),
    "date and unit, noted": (("※ 2025. 5. 31. 기준", "l"), ("(단위: 천원)", "r")),
    "title and unit": (("○ 세부 예산", "l"), ("(단위: 천원)", "r")),
}


def _draw(path, caption, font: str, size: float, pitch: float) -> None:
    """A heading, a paragraph and a title, the caption a leading over the table's top rule, the header and
    three rows a `pitch` apart, each under a rule of its own, and a paragraph below."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]

    def text(top: float, x: float, words: str, align: str, points: float = size) -> None:
        page.setFont(font, points)
        width = pdfmetrics.stringWidth(words, font, points)
        page.drawString({"l": x, "c": x - width / 2, "r": x - width}[align], height - top - points * 0.88, words)

    def rule(top: float) -> None:
        page.setLineWidth(0.4)
        page.line(COLUMNS[0][0], height - top, COLUMNS[-1][1], height - top)

    text(60, 60, "Ⅰ. 일반현황", "l", 15)
    text(80, 60, "○ 부서의 예산과 집행 현황은 다음과 같다.", "l")
    text(100, 60, "1. 예산 현황", "l", 13)
    top = 100 + 13 + 4 * size
    for words, align in caption:
        text(top - size * 1.6, COLUMNS[0][0] if align == "l" else COLUMNS[-1][1], words, align)
    rule(top - pitch / 2 + size / 2)
    for row in (HEADER, *ROWS):
        for (x0, x1), cell in zip(COLUMNS, row, strict=True):
            if cell:
                text(top, (x0 + x1) / 2, cell, "c")
        rule(top + pitch / 2 + size / 2)
        top += pitch
    text(top + 2 * size, 60, "○ 다음 문단입니다.", "l")
    page.showPage()
    page.save()


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
def test_a_caption_right_over_a_tables_top_rule_is_no_row_of_it(caption, font, size, tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, CAPTIONS[caption], font, size, size * 2)
    blocks = read_document(target).blocks
    (table,) = [block for block in blocks if isinstance(block, Table)]
    assert table.rows == (HEADER, *ROWS)
    assert table.unit == "천원"
