"""A budget table without rules whose group label, merged down over its 단위사업 rows, is printed at the top of
its cell and wrapped over two or three lines (`취약계층` over `생활보장` over `강화`): its first line on the group's
first row's line, the others a leading apart on lines of their own, between the rows' lines. Before, each line went
on the row it fell nearest (`취약계층` on the first row, `생활보장 강화` on the second: the first 단위사업 under a group
of its own). A label centred on its own row (`인건비` over `(정규직)` about its row's line) is not joined to the
label above it. Drawn on a canvas, where the lines stand as HWP sets them."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document

FONTS = ("HYSMyeongJo-Medium", "HYGothic-Medium")
for _font in FONTS:
    pdfmetrics.registerFont(UnicodeCIDFont(_font))

COLUMNS = (60, 160, 260, 340, 420)
GROUPS = {
    "three lines": [(("취약계층", "생활보장", "강화"), [("생계급여", "300", "150"), ("의료급여", "200", "100"),
                                                 ("주거급여", "100", "50")])],
    "two lines": [(("취약계층", "생활보장"), [("생계급여", "300", "150"), ("의료급여", "200", "100"),
                                       ("주거급여", "100", "50")])],
}


def _draw(path, groups, font: str, size: float, pitch: float) -> None:
    """A heading, a paragraph and a title over the table, its header and 계 row, each group's rows a `pitch` apart
    and its label's lines a leading (1.3 sizes) apart from its first row's line down, then `자립 지원` over two rows
    of a line each, and paragraphs after it."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]

    def text(top: float, x: float, words: str, align: str = "c", points: float = size) -> None:
        page.setFont(font, points)
        width = pdfmetrics.stringWidth(words, font, points)
        page.drawString({"l": x, "c": x - width / 2, "r": x - width}[align], height - top - points * 0.88, words)

    def row(top: float, cells) -> None:
        for x0, x1, cell in zip(COLUMNS[:-1], COLUMNS[1:], cells, strict=True):
            if cell:
                text(top, (x0 + x1) / 2, cell)

    text(60, 60, "Ⅰ. 일반현황", "l", 15)
    text(85, 60, "○ 부서의 예산과 집행 현황은 다음과 같다.", "l")
    text(105, 60, "1. 예산 현황", "l", 13)
    text(125, COLUMNS[-1], "(단위: 천원)", "r")
    top = 145
    row(top, ("구 분", "단위사업", "예산액", "집행액"))
    row(top + pitch, ("계", "", "1,200", "600"))
    top += 2 * pitch
    for labels, rows in [*groups, (("자립 지원",), [("자활사업", "400", "200"), ("근로장려", "200", "100")])]:
        for n, label in enumerate(labels):
            text(top + n * size * 1.3, (COLUMNS[0] + COLUMNS[1]) / 2, label)
        for cells in rows:
            row(top, ("", *cells))
            top += pitch
    for n in range(3):
        text(top + 2 * size + 25 * n, 60, f"○ 다음 문단 {n + 1}입니다.", "l")
    page.showPage()
    page.save()


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("pitch", [1.8, 2.2])
def test_a_group_label_set_at_its_top_and_wrapped_goes_whole_to_its_first_row(group, font, size, pitch, tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, GROUPS[group], font, size, pitch * size)
    label = " ".join(GROUPS[group][0][0])
    (table,) = [block for block in read_document(target).blocks if isinstance(block, Table)]
    assert table.rows[2:] == ((label, "생계급여", "300", "150"), ("", "의료급여", "200", "100"),
                              ("", "주거급여", "100", "50"), ("자립 지원", "자활사업", "400", "200"),
                              ("", "근로장려", "200", "100"))
    assert [(line.parent, line.name, line.budget_krw) for line in extract_file(target).budget] == [
        (None, "계", 1_200_000), (label, "생계급여", 300_000), (label, "의료급여", 200_000),
        (label, "주거급여", 100_000), ("자립 지원", "자활사업", 400_000), ("자립 지원", "근로장려", 200_000)]


@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
def test_a_label_centred_on_its_own_row_is_not_the_row_aboves(font, size, tmp_path):
    """`운영비` on its row's line, then `인건비` over `(정규직)` centred on the next row's line (a leading apart,
    the rows further apart): the second label is its own row's, not `운영비`'s wrapped lines."""
    target = tmp_path / "report.pdf"
    page = canvas.Canvas(str(target), pagesize=A4, invariant=1)
    height, leading = A4[1], size * 1.3

    def text(top: float, x: float, words: str, align: str = "c", points: float = size) -> None:
        page.setFont(font, points)
        width = pdfmetrics.stringWidth(words, font, points)
        page.drawString({"l": x, "c": x - width / 2}[align], height - top - points * 0.88, words)

    text(60, 60, "Ⅰ. 일반현황", "l", 15)
    text(85, 60, "○ 부서의 예산과 집행 현황은 다음과 같다.", "l")
    tops = {"구 분": 145, "계": 145 + 1.8 * size, "운영비": 145 + 3.6 * size}
    tops["인건비"] = tops["운영비"] + 1.8 * size + leading / 2
    for label, top in tops.items():
        cells = {"구 분": ("예산액", "집행액"), "계": ("1,000", "500"), "운영비": ("400", "200"),
                 "인건비": ("600", "300")}[label]
        if label == "인건비":
            text(top - leading / 2, 110, "인건비")
            text(top + leading / 2, 110, "(정규직)")
        else:
            text(top, 110, label)
        text(top, 210, cells[0])
        text(top, 300, cells[1])
    for n in range(3):
        text(tops["인건비"] + 3 * size + 25 * n, 60, f"○ 다음 문단 {n + 1}입니다.", "l")
    page.showPage()
    page.save()
    (table,) = [block for block in read_document(target).blocks if isinstance(block, Table)]
    assert table.rows == (("구 분", "예산액", "집행액"), ("계", "1,000", "500"), ("운영비", "400", "200"),
                          ("인건비 (정규직)", "600", "300"))
