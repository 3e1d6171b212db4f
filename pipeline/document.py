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
    """A grid of cell texts. Cells covered by a merged cell are ''. `unit` is the printed `(단위: …)`, and
    `basis` what was printed beside it, such as the date the figures stand at (`5.31.기준`)."""

    rows: tuple[tuple[str, ...], ...]
    unit: str | None = None
    line: int | None = None
    page: int | None = None
    basis: str | None = None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Block = Heading | Paragraph | Bullet | Table


@dataclass(slots=True)
class Document:
    path: str
    format: str  # 'text' | 'pdf'
    blocks: list[Block] = field(default_factory=list)


_OPEN, _CLOSE = regex.escape("([（<〈【"), regex.escape(")]）>〉】")
_UNIT_WORD_RE = regex.compile(r"단\s*위\s*[:：]")
# `(단위: 천원)`, `（단위：백만원, %）`, `[5.31.기준, 단위: 천원]`: what the bracket says before the unit, the unit,
# and what it says after it; or `단위: 천원` as a line of its own
_UNIT_BRACKET_RE = regex.compile(
    rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]*?)단\s*위\s*[:：]\s*([^,，/{_OPEN}{_CLOSE}]+)([^{_OPEN}{_CLOSE}]*)[{_CLOSE}]")
_UNIT_LINE_RE = regex.compile(r"^[※*]?\s*()단\s*위\s*[:：]\s*([^,，/]+)(.*)$")


def unit_in(text: str) -> tuple[str, str | None, str] | None:
    """The unit a line prints, what else its bracket says (None if nothing), and the line without them."""
    if not _UNIT_WORD_RE.search(text):  # most lines: `단위사업: …`, `단계: …`
        return None
    match = _UNIT_BRACKET_RE.search(text) or _UNIT_LINE_RE.match(text)
    if match is None:
        return None
    before, unit, after = match.groups()
    rest = f"{before},{after}".strip(" ,")
    if rest:
        rest = ", ".join(part.strip() for part in rest.split(",") if part.strip())
    return unit.replace(" ", ""), rest or None, (text[: match.start()] + text[match.end():]).strip()


def build_document(path: str, fmt: str, blocks: list[Block]) -> Document:
    """Normalise the readers' raw blocks: clean texts, give each table the unit printed above it."""
    out: list[Block] = []
    pending: tuple[str, str | None] | None = None  # a unit and its basis, for the next table
    for block in blocks:
        if isinstance(block, Table):
            rows = [tuple(map(clean_text, row)) for row in block.rows]
            width = max(map(len, rows), default=0)
            rows = tuple(r + ("",) * (width - len(r)) if len(r) < width else r for r in rows if any(r))
            if not rows:
                continue
            unit, basis = (block.unit, block.basis) if block.unit else pending or (None, None)
            if unit is None:
                unit, basis, rows = _unit_from_first_row(rows)
            out.append(Table(rows, unit, block.line, block.page, basis))
            pending = None
            continue
        text = clean_text(block.text)
        found = unit_in(text) if "단" in text else None
        if found:
            pending, text = found[:2], found[2]
        if not text:
            continue
        out.append(block if text == block.text else _replace_text(block, text))
    return Document(path, fmt, out)


def _unit_from_first_row(rows):
    """A converter may put `(단위: 천원)` in a row of its own at the top of the table."""
    first = " ".join(c for c in rows[0] if c)
    found = unit_in(first) if "단" in first else None
    if found and not found[2] and len(rows) > 1:
        return found[0], found[1], rows[1:]
    return None, None, rows


def _replace_text(block: Block, text: str) -> Block:
    if isinstance(block, Heading):
        return Heading(text, block.level, block.marker, block.line, block.page)
    if isinstance(block, Bullet):
        return Bullet(text, block.depth, block.marker, block.line, block.page)
    return Paragraph(text, block.line, block.page)
