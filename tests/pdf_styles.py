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


def _rules_filled(pdfs) -> None:
    """Every cell's borders drawn as thin filled rectangles, no line stroked (as HWP and some exporters draw
    them), its header cells shaded grey."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    class FilledRules(Table):
        def _drawLines(self):
            canvas, thin = self.canv, 0.4
            canvas.saveState()
            canvas.setFillColor(colors.black)
            for row in range(len(self._rowpositions) - 1):
                for column in range(len(self._colpositions) - 1):
                    span = getattr(self, "_spanRanges", {}).get((column, row), (column, row, column, row))
                    if span is None:
                        continue
                    first_column, first_row, last_column, last_row = span
                    x0, x1 = self._colpositions[first_column], self._colpositions[last_column + 1]
                    y0, y1 = self._rowpositions[last_row + 1], self._rowpositions[first_row]
                    for x, y, width, height in ((x0, y1 - thin / 2, x1 - x0, thin), (x0, y0 - thin / 2, x1 - x0, thin),
                                                (x0 - thin / 2, y0, thin, y1 - y0),
                                                (x1 - thin / 2, y0, thin, y1 - y0)):
                        canvas.rect(x, y, width, height, stroke=0, fill=1)
            canvas.restoreState()

    ruled_table = pdfs.ruled_table

    def filled(block, ruling, repeat_header=True):
        table = ruled_table(block, "none", repeat_header)
        rows = [list(r) for r in block.rows]
        filled_table = FilledRules(table._cellvalues, colWidths=table._colWidths, repeatRows=table.repeatRows)
        filled_table.setStyle(TableStyle([*table._bkgrndcmds, *table._spanCmds,
                                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                          ("BACKGROUND", (0, 0), (-1, pdfs.header_row_count(rows) - 1),
                                           colors.Color(0.82, 0.82, 0.82))]))
        return filled_table

    pdfs.ruled_table = filled


def _tables_continued(pdfs) -> None:
    """Portrait pages under a running header, `- n -` at their foot; a table going on over a page printed again
    under `(계속)` with its header; a table whose labels are merged down two rows drawn with rows taller than
    their text, the labels centred in them."""
    from reportlab.platypus import PageBreak, Paragraph, Table

    pdfs.PAGE = A4
    ruled_table, flowables = pdfs.ruled_table, pdfs.flowables

    class Continued(Table):
        def split(self, width, height):
            parts = super().split(width, height)
            if len(parts) != 2:
                return parts
            first, rest = parts
            rest.__class__ = Continued
            return [first, PageBreak(), Paragraph("(계속)", pdfs.UNIT), rest]

    def continued(block, ruling, repeat_header=True):
        table = ruled_table(block, ruling, repeat_header)
        merged_down = any(start[1] != end[1] for _, start, end in table._spanCmds)
        table.__class__ = Continued
        if merged_down:
            table._argH = [None] * table.repeatRows + [30] * (len(table._cellvalues) - table.repeatRows)
        return table

    pdfs.ruled_table = continued
    pdfs.flowables = lambda *args: [Spacer(1, 580), *flowables(*args)]  # the cover low: tables break over pages


def _boxed_rows_ruled_across(pdfs) -> None:
    """Tables in a thick outer box with a thin rule under each row and no vertical rule inside, their columns
    parted by space alone (as HWP's tables often are)."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    ruled_table = pdfs.ruled_table

    def boxed(block, ruling, repeat_header=True):
        table = ruled_table(block, "none", repeat_header)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.black),
                                   ("BOX", (0, 0), (-1, -1), 1.5, colors.black)]))
        return table

    pdfs.ruled_table = boxed


def _figures_set_right(pdfs) -> None:
    """A row's figures set right in Gothic a size larger than its labels, as HWP's tables often print them."""
    pdfs.FIGURE_CELL = pdfs.FIGURES_SET_RIGHT


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
    "rules filled": ("grid", True, (_rules_filled,)),
    "tables continued": ("grid", True, (_tables_continued,)),
    "tables continued, unruled": ("none", True, (_tables_continued,)),
    "boxed, rows ruled across": ("none", True, (_boxed_rows_ruled_across,)),
    "boxed, header ruled, figures set right": ("box and header", True, (_figures_set_right,)),
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
