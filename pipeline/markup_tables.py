"""Tables that converters write when a `|` row cannot hold a merge or a long cell: HTML `<table>` (pandoc's
commonmark and gfm output, HTML exports), pandoc's grid tables (`+---+---+`) and its multiline tables (`pandoc -t
plain`: a border of dashes above and below). All become grids whose merged cells are blanks beside or below the
cell that holds the text, as every other reader gives them.
"""

from __future__ import annotations

from collections.abc import Container
from html.parser import HTMLParser

from pipeline.aligned import widened
from pipeline.rules import dash_runs, is_column_dashes, is_multiline_border
from pipeline.values import superscript

Grid = tuple[tuple[str, ...], ...]
Offsets = tuple[int, ...]  # the line each row of a grid starts on, counted from the table's first line


def _cell_text(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())


class _HtmlTable(HTMLParser):
    """The rows of an HTML table as (text, colspan, rowspan) cells; a `<br>` is a space, the caption is
    kept apart, and the rows of a table inside a cell are rows of this one (nothing printed is dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.row_offsets: list[int] = []
        self.caption: list[str] = []
        self._cell: tuple[int, int] | None = None
        self._parts: list[str] = []
        self._in_caption = False
        self._in_sup = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._end_cell()
            self._new_row()
        elif tag in ("td", "th"):
            self._end_cell()
            if not self.rows:
                self._new_row()
            spans = dict(attrs)
            self._cell = (_span(spans.get("colspan")), _span(spans.get("rowspan")))
        elif tag == "caption":
            self._in_caption = True
        elif tag == "br":
            self.handle_data(" ")
        elif tag == "sup":
            self._in_sup = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "table"):
            self._end_cell()
        elif tag == "caption":
            self._in_caption = False
        elif tag == "sup":
            self._in_sup = False

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.caption.append(data)
        elif self._cell is not None and self._in_sup and self._parts:  # `m<sup>2</sup>`: `m²`
            self._parts[-1] += superscript(data.strip())
        elif self._cell is not None:
            self._parts.append(data)

    def _new_row(self) -> None:
        self.rows.append([])
        self.row_offsets.append(self.getpos()[0] - 1)

    def _end_cell(self) -> None:
        if self._cell is not None:
            self.rows[-1].append((_cell_text(self._parts), *self._cell))
        self._cell, self._parts = None, []


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_table(markup: str) -> tuple[str, Grid, Offsets]:
    """An HTML table's caption ('' if none), its grid and where each row starts: a cell spanning rows or
    columns keeps its text in its first row and column, the cells it covers are blank."""
    parser = _HtmlTable()
    parser.feed(markup)
    parser.close()
    cells: dict[tuple[int, int], str] = {}
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(parser.rows):
        c = 0
        for text, colspan, rowspan in row:
            while (r, c) in covered:
                c += 1
            cells[r, c] = text
            covered.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            c += colspan
    width = max((c + 1 for _, c in covered), default=0)
    grid = tuple(tuple(cells.get((r, c), "") for c in range(width)) for r in range(len(parser.rows)))
    return (_cell_text(parser.caption), *_printed_rows(grid, parser.row_offsets))


_RULE_CHARS = frozenset("-=:")
_PLAIN_BORDER_CHARS = _RULE_CHARS | frozenset("+| ")


def is_grid_border(stripped: str) -> bool:
    """`+----+----+` (or `+====+`): the first line of a grid table."""
    return (len(stripped) > 2 and stripped[0] == stripped[-1] == "+" and set(stripped) <= _RULE_CHARS | {"+"}
            and not set(stripped) <= {"+", ":"})


def grid_table(lines: list[str]) -> tuple[Grid, Offsets]:
    """A pandoc grid table's lines into a grid, and the line each row starts on. Columns are where a border
    line has a `+`; a cell's lines are joined; a `|` missing between columns spans them, and a border with
    text or blanks in place of dashes lets the cell above go on down (a row span). Positions are display
    columns (Hangul two wide), or characters where the converter counted Hangul as one."""
    indent = min((len(line) - len(line.lstrip()) for line in lines), default=0)
    lines = [line.rstrip()[indent:] for line in lines]
    plain = [line for line in lines if _is_border(line) and set(line) <= _PLAIN_BORDER_CHARS]
    bounds = sorted({pos for line in plain for pos, ch in enumerate(line) if ch == "+"})
    if len(bounds) < 2:
        return (), ()
    starts = {pos: k for k, pos in enumerate(bounds)}
    owner = [0] * (len(bounds) - 1)  # the row whose cell each column is in
    texts: dict[tuple[int, int], list[str]] = {}
    row = -1
    offsets = []
    for offset, line in enumerate(lines):
        text = _positioned(line, starts)
        if _is_border(line):
            row += 1
            offsets.append(offset + 1)
            for k in range(len(owner)):
                segment = text[bounds[k] + 1: bounds[k + 1]]
                if segment and set(segment) <= _RULE_CHARS:
                    owner[k] = row
                elif segment.strip(" |"):
                    texts.setdefault((owner[k], k), []).append(segment.strip(" |"))
            continue
        edges = [pos for pos, ch in enumerate(text) if ch == "|"]
        if all(pos in starts for pos in edges):
            pieces = [(starts[left], text[left + 1: right]) for left, right in zip(edges, edges[1:], strict=False)]
        else:  # a line that does not keep to the columns: its cells in order
            pieces = list(enumerate(line.strip().strip("|").split("|")))[: len(owner)]
        for k, piece in pieces:
            if piece.strip():
                texts.setdefault((owner[k], k), []).append(piece.strip())
    grid = tuple(tuple(_cell_text(texts.get((r, k), [])).replace("\x00", "") for k in range(len(owner)))
                 for r in range(row + 1))
    return _printed_rows(grid, offsets)


def _printed_rows(grid: Grid, offsets: list[int]) -> tuple[Grid, Offsets]:
    """The rows with any text (a closing border, an empty `<tr>` are none) and their lines."""
    kept = [(row, offset) for row, offset in zip(grid, offsets, strict=True) if any(row)]
    return tuple(row for row, _ in kept), tuple(offset for _, offset in kept)


def _is_border(line: str) -> bool:
    return any(mark in line for mark in ("+-", "-+", "+=", "=+"))


def _positioned(line: str, bounds: Container[int]) -> str:
    """The line at display columns, or as it is where its `|` and `+` fall on the columns only that way."""
    wide = widened(line)
    if wide == line:
        return line
    marks = [pos for pos, ch in enumerate(wide) if ch in "|+"]
    if all(pos in bounds for pos in marks):
        return wide
    return line if all(pos in bounds for pos, ch in enumerate(line) if ch in "|+") else wide


def multiline_table_end(lines: list[str], start: int) -> int | None:
    """After the closing border of a pandoc multiline table whose top border is line `start`: a line of dashes a
    column under its header, and a border again below its rows (blank lines part them); None if it is no such
    table."""
    separator = None
    for k in range(start + 1, len(lines)):
        stripped = lines[k].strip()
        if is_multiline_border(stripped):  # rows parted by blank lines, else a simple table with borders
            parted = separator is not None and any(not line.strip() for line in lines[separator + 1:k])
            return k + 1 if parted and _in_columns(lines[start + 1:k], lines[separator]) else None
        if is_column_dashes(stripped):
            separator = k
    return None


def _in_columns(lines: list[str], separator: str) -> bool:
    """Whether no text crosses the blanks between the separator's runs of dashes, as pandoc pads its cells."""
    gaps = [pos for pos, char in enumerate(separator.rstrip()) if char == " " and pos >= len(separator) - len(
        separator.lstrip())]
    return all(pos >= len(wide) or wide[pos] == " " for wide in map(widened, lines) for pos in gaps)


def multiline_table(lines: list[str]) -> tuple[Grid, Offsets]:
    """A pandoc multiline table's lines (its borders included) into a grid, and the line each row starts on.
    Columns are the runs of dashes under the header; a row runs to a blank line, each cell's text wrapped over
    the row's lines in its column (a cell wrapped over many lines, a 비고, stays whole)."""
    wide = [widened(line.rstrip()) for line in lines]
    separator = next(k for k in range(1, len(lines)) if is_column_dashes(lines[k].strip()))
    spans = dash_runs(wide[separator])
    rows: list[tuple[str, ...]] = []
    offsets: list[int] = []
    parts: list[list[str]] = []
    for offset, line in enumerate(wide[1:-1], start=1):
        if offset == separator or not line.strip():
            if parts:
                rows.append(tuple(_cell_text(cell) for cell in parts))
                parts = []
            continue
        if not parts:
            parts = [[] for _ in spans]
            offsets.append(offset)
        for k, begin in enumerate(spans):
            end = spans[k + 1] if k + 1 < len(spans) else len(line)
            parts[k].append(line[begin:end].replace("\x00", "").strip())
    if parts:
        rows.append(tuple(_cell_text(cell) for cell in parts))
    return tuple(rows), tuple(offsets)
