"""A budget table whose row label is set at the top of its cell beside a 단위사업 name wrapped over two or three
lines (`기본경비` beside `국민기초생활보장` over `생계급여 지원`): the label is the whole wrapped row's, the wrapped
name one cell, and the figures the row's, whether the name and the figures are set at the top of their cells or
centred in them, the table drawn without rules, ruled under every row or as a grid, in 9–11 pt. A label of two lines
beside a name of two or three (`취약계층` over `생활보장`) is one label so too. Drawn on a canvas, where the lines
stand as HWP sets them."""

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

COLUMNS = (60, 160, 290, 350, 430)  # the name column wider than a wrapped line and the next one's first word
ROWS = {
    "one-line labels": ((("인건비",), ("직원 인건비",), "500", "250"),
                        (("기본경비",), ("국민기초생활보장", "생계급여 지원"), "300", "150"),
                        (("사업비",), ("취약계층", "주거환경", "개선사업"), "200", "100"),
                        ((), ("자활사업",), "200", "100")),
    "two-line labels": ((("취약계층", "생활보장"), ("국민기초생활보장", "생계급여 지원"), "500", "250"),
                        (("자립 지원",), ("취약계층", "주거환경", "개선사업"), "700", "350"),
                        ((), ("자활사업",), "200", "100")),
}


def _draw(path, rows, font: str, size: float, padding: float, names: str, figures: str, ruling: str) -> None:
    """A heading and a caption over the table, its header and 계 row, each row as tall as its name's lines and two
    `padding`s, its label at the top of its cell, its name and figures at the top or centred (`names`, `figures`);
    `ruling`: none, a rule over and under every row, or a grid."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height, leading = A4[1], size * 1.3

    def text(top: float, x: float, words: str, points: float = size) -> None:
        page.setFont(font, points)
        page.drawString(x - pdfmetrics.stringWidth(words, font, points) / 2, height - top - points * 0.88, words)

    text(60, 120, "Ⅰ. 일반현황", 15)
    text(105, 120, "1. 예산 현황", 13)
    text(125, COLUMNS[-1] - 30, "(단위: 천원)")
    top = first = 140
    total = sum(int(budget) for *_cells, budget, _spent in rows)
    for label, name, *amounts in [(("구 분",), ("단위사업",), "예산액", "집행액"),
                                  (("계",), (), f"{total:,}", f"{total // 2:,}"), *rows]:
        tall = max(len(name), 1) * leading + 2 * padding
        for k, (cell, at) in enumerate([(label, "top"), (name, names), *(((amount,), figures) for amount in amounts)]):
            below = padding + (0 if at == "top" else (tall - 2 * padding - len(cell) * leading) / 2)
            for n, line in enumerate(cell):
                text(top + below + n * leading + (leading - size) / 2, (COLUMNS[k] + COLUMNS[k + 1]) / 2, line)
        if ruling != "none":
            page.line(COLUMNS[0], height - top, COLUMNS[-1], height - top)
        top += tall
    if ruling != "none":
        page.line(COLUMNS[0], height - top, COLUMNS[-1], height - top)
    if ruling == "grid":
        for x in COLUMNS:
            page.line(x, height - first, x, height - top)
    for n in range(3):
        text(top + 2 * size + 25 * n, 120, f"○ 다음 문단 {n + 1}입니다.")
    page.showPage()
    page.save()


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("ruling", ["none", "horizontal", "grid"])
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize(("names", "figures"), [("top", "top"), ("top", "middle"), ("middle", "middle")])
@pytest.mark.parametrize("padding", [2, 5])
def test_a_label_at_its_cells_top_beside_a_wrapped_name_is_the_whole_rows(rows, ruling, font, size, names, figures,
                                                                         padding, tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, ROWS[rows], font, size, padding, names, figures, ruling)
    (table,) = [block for block in read_document(target).blocks if isinstance(block, Table)]
    assert table.rows[2:] == tuple((" ".join(label), " ".join(name), budget, spent)
                                   for label, name, budget, spent in ROWS[rows])
    budget = [(line.name, line.budget_krw) for line in extract_file(target).budget]
    assert budget[1:] == [(" ".join(name), int(amount) * 1000) for _label, name, amount, _spent in ROWS[rows]]
