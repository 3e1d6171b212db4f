"""The document model every reader produces: headings, paragraphs, nested bullets and tables as grids.

Readers differ (converter text, space-aligned text, PDF); extractors see only this model, so a PDF and
its text give the same records. A block remembers where it came from: a line (text) or a page (PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.values import clean_text


@dataclass(slots=True)
class Heading:
    """A title line: markdown `#` (level 1-6), a `□` heading (marker '□') or a numbered title."""

    text: str
    level: int = 0
    marker: str = ""
    line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Paragraph:
    text: str
    line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Bullet:
    """A list item; depth 0 is the outermost level."""

    text: str
    depth: int = 0
    marker: str = "-"
    line: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Table:
    """A grid of cell texts. Cells covered by a merged cell are ''. `unit` is the printed `(단위: …)`."""

    rows: tuple[tuple[str, ...], ...]
    unit: str | None = None
    line: int | None = None
    page: int | None = None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Block = Heading | Paragraph | Bullet | Table


@dataclass(slots=True)
class Document:
    path: str
    format: str  # 'text' | 'pdf'
    blocks: list[Block] = field(default_factory=list)


UNIT_RE = regex.compile(r"[(\[]\s*단\s*위\s*[:：]\s*([^)\]]+?)\s*[)\]]")


def build_document(path: str, fmt: str, blocks: list[Block]) -> Document:
    """Normalise the readers' raw blocks: clean texts, give each table the unit printed above it."""
    out: list[Block] = []
    pending_unit: str | None = None
    for block in blocks:
        if isinstance(block, Table):
            rows = [tuple(map(clean_text, row)) for row in block.rows]
            width = max(map(len, rows), default=0)
            rows = tuple(r + ("",) * (width - len(r)) if len(r) < width else r for r in rows if any(r))
            if not rows:
                continue
            unit = block.unit or pending_unit
            if unit is None:
                unit, rows = _unit_from_first_row(rows)
            out.append(Table(rows, unit, block.line, block.page))
            pending_unit = None
            continue
        text = clean_text(block.text)
        match = UNIT_RE.search(text) if "단" in text else None
        if match:
            pending_unit = match.group(1).replace(" ", "")
            text = (text[: match.start()] + text[match.end():]).strip()
        if not text:
            continue
        out.append(block if text == block.text else _replace_text(block, text))
    return Document(path, fmt, out)


def _unit_from_first_row(rows):
    """A converter may put `(단위: 천원)` in a row of its own at the top of the table."""
    first = " ".join(c for c in rows[0] if c)
    match = UNIT_RE.fullmatch(first.strip())
    if match and len(rows) > 1:
        return match.group(1).replace(" ", ""), rows[1:]
    return None, rows


def _replace_text(block: Block, text: str) -> Block:
    if isinstance(block, Heading):
        return Heading(text, block.level, block.marker, block.line, block.page)
    if isinstance(block, Bullet):
        return Bullet(text, block.depth, block.marker, block.line, block.page)
    return Paragraph(text, block.line, block.page)
