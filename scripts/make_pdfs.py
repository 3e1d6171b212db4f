"""Render every text sample in samples/ to a PDF beside it, as a ruled report a council would publish.

The text is read into the document model and drawn with reportlab's built-in Korean CID fonts (no font
file): headings larger, bullets indented by depth (a top-level `※` note at the margin), tables ruled with merged
header cells spanned (their labels centred) and merged row labels spanned down, the unit and date above each table,
a running header and page numbers, every interpunct printed as `ㆍ` (U+318D), and a symbol font's private-use mark
as a blank (`_PRIVATE_USE_RE`). The samples in RULING rule their
tables otherwise, as public documents often do: without outer left and right borders ('open sides'), or with
horizontal rules alone above and below the header and below the last row ('horizontal'), or with no rules at all
('none'); tests also draw them in an outer frame alone ('frame'), or in one with a rule under the header alone, its
merged labels unruled ('box and header', as HWP's tables often are), and may set the figures right in Gothic
(`FIGURE_CELL = FIGURES_SET_RIGHT`, a size larger than their labels).
reportlab is a test dependency only.
Deterministic output.

    python scripts/make_pdfs.py [SAMPLE ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.document import Bullet, Document, Heading
from pipeline.document import Paragraph as TextParagraph
from pipeline.document import Table as TextTable
from pipeline.read import read_document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
BODY_FONT, HEAD_FONT = "HYSMyeongJo-Medium", "HYGothic-Medium"
PAGE = landscape(A4)
MARGIN = 36
FIGURE_CHARS = set("0123456789,.+-△▲%()")
RULING = {"2024-hanbit-cheongso": "open sides", "2025-hanbit-bokji": "open sides", "2023-hanbit-jaemu": "horizontal",
          "2022-hanbit-hwangyeong-layout": "none", "2023-seohae-geongang-layout": "horizontal"}

for font in (BODY_FONT, HEAD_FONT):
    pdfmetrics.registerFont(UnicodeCIDFont(font))

BODY = ParagraphStyle("body", fontName=BODY_FONT, fontSize=9, leading=13)
TEXT = ParagraphStyle("text", parent=BODY, spaceAfter=5)  # paragraphs stand apart, as printed
CELL = ParagraphStyle("cell", fontName=BODY_FONT, fontSize=7.5, leading=9.5)
HEADER_CELL = ParagraphStyle("header cell", parent=CELL, alignment=1)  # header labels centred over their span
FIGURES_SET_RIGHT = ParagraphStyle("figures set right", fontName=HEAD_FONT, fontSize=8, leading=10, alignment=2)
FIGURE_CELL = CELL  # a row's cell printing a figure (or `-`): as its label
UNIT = ParagraphStyle("unit", parent=BODY, alignment=2, fontSize=8)
HEADINGS = {level: ParagraphStyle(f"h{level}", fontName=HEAD_FONT, fontSize=size, leading=size + 5, spaceBefore=4)
            for level, size in ((1, 15), (2, 13), (3, 12), (4, 11), (5, 11), (6, 11))}
BOX = ParagraphStyle("box", fontName=HEAD_FONT, fontSize=10, leading=14, spaceBefore=3)


# a private-use character, a symbol font's mark as a word processor's text keeps it (`\uf06c`, U+F06C, Wingdings'
# bullet): the CID fonts have no glyph for it, and under their UniKS-UCS2-H CMap some such codes (U+F06C, U+EE30) made
# poppler and pdfminer alike misread the characters after them (`기 간 :`, `굴착` lost), others none. It is drawn as a
# blank of a syllable's width, as a symbol font's glyph with no Unicode of its own prints nothing readable.
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")


def printed(text: str) -> str:
    return escape(_PRIVATE_USE_RE.sub("\u3000", text.replace("·", "ㆍ")))


def flowables(doc: Document, ruling: str, repeat_header: bool = True) -> list:
    out = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            text = f"{block.marker} {block.text}" if block.marker else block.text
            style = HEADINGS.get(block.level) if block.level else (BOX if block.marker == "□" else HEADINGS[4])
            out.append(Paragraph(printed(text), style))
        elif isinstance(block, Bullet):
            style = ParagraphStyle("bullet", parent=BODY, leftIndent=bullet_indent(block))
            out.append(Paragraph(printed(f"{block.marker} {block.text}"), style))
        elif isinstance(block, TextParagraph):
            out.append(Paragraph(printed(block.text), TEXT))
        elif isinstance(block, TextTable):
            if block.unit or block.basis:  # with what was printed beside it, such as the date the figures stand at
                note = ", ".join(filter(None, (block.basis, block.unit and f"단위: {block.unit}")))
                out.append(Paragraph(printed(f"({note})"), UNIT))
            out.append(ruled_table(block, ruling, repeat_header))
            out.append(Spacer(1, 6))
    return out


def bullet_indent(block: Bullet) -> float:
    """How far right a bullet is drawn: by its depth, a note (`※ …`) at the outermost level at the margin, left of
    the items beside it, as a report prints one a level of its own (drawn where they are, it reads as theirs)."""
    return 0 if block.marker == "※" and block.depth == 0 else 14 * block.depth + 6


def prints_figure(cell: str) -> bool:
    return bool(cell) and set(cell.replace(" ", "").removesuffix("명")) <= FIGURE_CHARS


def header_row_count(rows) -> int:
    for i, row in enumerate(rows):
        if any(prints_figure(c) and any(ch.isdigit() for ch in c) for c in row):
            return i
    return 1


def spans(rows, n_header: int) -> list[tuple]:
    """Header labels spread right over blanks that have labels below; row labels spread down over blanks."""
    commands = []
    width = len(rows[0])
    for r in range(n_header - 1):
        for c, label in enumerate(rows[r]):
            if not label:
                continue
            end = c
            while end + 1 < width and not rows[r][end + 1] and rows[r + 1][end + 1]:
                end += 1
            if end > c:
                commands.append(("SPAN", (c, r), (end, r)))
    for r in range(n_header, len(rows)):
        if rows[r][0] and len(rows[0]) > 2:
            end = r
            while end + 1 < len(rows) and not rows[end + 1][0] and rows[end + 1][1]:
                end += 1
            if end > r:
                commands.append(("SPAN", (0, r), (0, end)))
    return commands


def text_width(text: str) -> float:
    style = FIGURE_CELL if prints_figure(text) else CELL
    return pdfmetrics.stringWidth(printed(text), style.fontName, style.fontSize)


def column_widths(rows) -> list[float]:
    """Each column at least as wide as its longest word (a figure never breaks), then as wide as its
    longest cell while the page allows."""
    pad = 14  # the cell's own padding, and a little air
    need = [max(text_width(word) for r in rows for word in (r[c].split() or [""])) + pad for c in range(len(rows[0]))]
    want = [max(n, max(text_width(r[c]) for r in rows) + pad) for c, n in enumerate(need)]
    room = PAGE[0] - 2 * MARGIN
    if sum(want) <= room:
        return want
    spare = max(0.0, room - sum(need))
    extra = [w - n for w, n in zip(want, need, strict=True)]
    return [n + spare * e / (sum(extra) or 1) for n, e in zip(need, extra, strict=True)]


def ruled_table(block: TextTable, ruling: str, repeat_header: bool = True) -> Table:
    rows = [list(r) for r in block.rows]
    n_header = header_row_count(rows)
    data = [[Paragraph(printed(c), HEADER_CELL if r < n_header else FIGURE_CELL if prints_figure(c) else CELL)
             for c in row] for r, row in enumerate(rows)]
    table = Table(data, colWidths=column_widths(rows), repeatRows=n_header if repeat_header else 0)
    outer = [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)]
    rules = {"open sides": [("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black), *outer],
             "horizontal": [("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.5, colors.black), *outer],
             "grid": [("GRID", (0, 0), (-1, -1), 0.5, colors.black)],
             "frame": [("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
             "box and header": [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                ("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.5, colors.black)],
             "none": []}[ruling]
    table.setStyle(TableStyle([*rules,
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, n_header - 1), colors.whitesmoke),
                               *spans(rows, n_header)]))
    return table


def render(source: Path, target: Path, ruling: str = "grid", repeat_header: bool = True) -> None:
    """The PDF of a text report; `repeat_header`: a table going on over a page prints its header again."""
    doc = read_document(source)
    running = " ".join(b.text for b in doc.blocks[:12] if isinstance(b, Heading) and "보고" in b.text)[:40]

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(BODY_FONT, 8)
        canvas.drawString(MARGIN, PAGE[1] - 22, printed(running or source.stem))
        canvas.drawCentredString(PAGE[0] / 2, 18, f"- {pdf.page} -")
        canvas.restoreState()

    pdf = SimpleDocTemplate(str(target), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=40,
                            bottomMargin=36, title=source.stem, author="reportdb samples", invariant=1)
    pdf.build(flowables(doc, ruling, repeat_header), onFirstPage=decorate, onLaterPages=decorate)


def main(argv: list[str]) -> None:
    sources = [Path(a) for a in argv] or sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"})
    for source in sources:
        target = source.with_suffix(".pdf")
        render(source, target, RULING.get(source.stem, "grid"))
        print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
