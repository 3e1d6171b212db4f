"""PDF styles a report may be printed in, for parity runs: each draws a sample with `scripts/make_pdfs.py` set
otherwise (rules, fonts, bold headings, type sizes and spacing, page size and breaks, running headers and footers)."""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Spacer

from tests.layouts import make_pdfs


class _Bold(Flowable):
    """A heading printed bold as word processors fake it in CID fonts: its letters filled and stroked (`2 Tr`)."""

    def __init__(self, paragraph) -> None:
        super().__init__()
        self.paragraph = paragraph

    def wrap(self, width, height):
        return self.paragraph.wrap(width, height)

    def split(self, width, height):
        return []

    def getSpaceBefore(self):
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self):
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setLineWidth(0.3)
        self.canv._code.append("2 Tr")
        self.paragraph.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def _sized(pdfs, body: float, body_leading: float, cell: float, cell_leading: float, after: float) -> None:
    for style in (pdfs.BODY, pdfs.TEXT):
        style.fontSize, style.leading = body, body_leading
    pdfs.TEXT.spaceAfter = after
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = cell, cell_leading


def _fonts_swapped(pdfs) -> None:
    body, head = pdfs.HEAD_FONT, pdfs.BODY_FONT
    pdfs.BODY_FONT, pdfs.HEAD_FONT = body, head
    for style in (pdfs.BODY, pdfs.TEXT, pdfs.CELL, pdfs.HEADER_CELL, pdfs.UNIT):
        style.fontName = body
    for style in (*pdfs.HEADINGS.values(), pdfs.BOX):
        style.fontName = head


def _bold_headings(pdfs) -> None:
    paragraph, heading_styles = pdfs.Paragraph, {*pdfs.HEADINGS.values(), pdfs.BOX}
    pdfs.Paragraph = lambda text, style: _Bold(paragraph(text, style)) if style in heading_styles else paragraph(
        text, style)


def _portrait_breaking_tables(pdfs) -> None:
    pdfs.PAGE = A4
    flowables = pdfs.flowables
    pdfs.flowables = lambda *args: [Spacer(1, 300), *flowables(*args)]


def _furniture_moved(pdfs) -> None:
    """A running header at the right and a rule under it, the page number `n / N`-less at the foot's right."""
    render = pdfs.render

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(pdfs.BODY_FONT, 8)
        canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 22, "2025 주요업무보고")
        canvas.line(pdfs.MARGIN, pdfs.PAGE[1] - 26, pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 26)
        canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, 18, str(pdf.page))
        canvas.restoreState()

    def render_so(source, target, ruling="grid", repeat_header=True):
        build = pdfs.SimpleDocTemplate.build
        pdfs.SimpleDocTemplate.build = lambda self, story, **_: build(self, story, onFirstPage=decorate,
                                                                      onLaterPages=decorate)
        try:
            render(source, target, ruling, repeat_header)
        finally:
            pdfs.SimpleDocTemplate.build = build

    pdfs.render = render_so


STYLES = {
    "grid": ("grid", True, ()),
    "open sides": ("open sides", True, ()),
    "horizontal rules": ("horizontal", True, ()),
    "unruled": ("none", True, ()),
    "frame": ("frame", True, ()),
    "fonts swapped": ("grid", True, (_fonts_swapped,)),
    "bold headings": ("open sides", True, (_bold_headings,)),
    "tight": ("grid", True, (lambda pdfs: _sized(pdfs, 9, 10.5, 7.5, 8.5, 0),)),
    "loose unruled": ("none", True, (lambda pdfs: _sized(pdfs, 10, 18, 8, 12, 10),)),
    "portrait, tables over pages, header repeated": ("grid", True, (_portrait_breaking_tables,)),
    "portrait, tables over pages, header once": ("horizontal", False, (_portrait_breaking_tables,)),
    "header and footer moved": ("frame", True, (_furniture_moved,)),
}


@functools.cache
def rendered(source: Path, style: str, folder: Path) -> Path:
    """The sample drawn in the style, once a session."""
    ruling, repeat_header, changes = STYLES[style]
    pdfs = make_pdfs.__wrapped__()  # a module of its own: the styles change its globals
    for change in changes:
        change(pdfs)
    target = folder / f"{source.stem} {style}.pdf"
    pdfs.render(source, target, ruling, repeat_header)
    return target
