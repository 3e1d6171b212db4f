"""Tables that converters write when a `|` row cannot hold a merge or a long cell: HTML `<table>` (pandoc's
commonmark and gfm output, HTML exports), pandoc's grid tables (`+---+---+`), tables drawn with box characters
(`┌─┬─┐`, as HWP's text converters and terminal tools print them: read as grid tables) and pandoc's multiline tables
(`pandoc -t plain`: a border of dashes above and below). All become grids whose merged cells are blanks beside or
below the cell that holds the text, as every other reader gives them; but a schedule's mark or bar printed once in a
cell merged over its months (`<td colspan="3">━━━</td>`) is in each column it covers, as a schedule printed a mark
a month gives it.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from collections.abc import Container
from html.parser import HTMLParser

import regex

from pipeline import patterns
from pipeline.aligned import BULLET_MARKS, display_width, is_month_label, is_schedule_mark, widened
from pipeline.document import BARE_PART_RE, BOX_MARKS, PART_ENDINGS, is_figure
from pipeline.rules import dash_runs, is_column_dashes, is_multiline_border
from pipeline.values import compact, sup_raised, superscript, without_struck

Grid = tuple[tuple[str, ...], ...]
Offsets = tuple[int, ...]  # the line each row of a grid starts on, counted from the table's first line


def _cell_text(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())


# the spaces and line breaks an indenting converter prints between two tags of a cell (hwp5html between the spans
# of a paragraph, one a run of one character shape or language): nothing, as between a paragraph's (`_HTML_INDENT_RE`)
_CELL_INDENT_RE = patterns.compile(r"[ \t]*\n\s*")
# a span on a line of its own and the next span as far indented on the line below, as hwp5html prints each run of a
# paragraph's text: markup whose line breaks between tags are its converter's indent (`spans_a_line`); not a
# span a wrap left alone on its line, the next starting the line below unindented (LibreOffice's cell after its `<p>`)
_SPAN_A_LINE_RE = patterns.compile(
    r"\n([ \t]+)<span(?=[\s>])[^<>]*>[^<>\n]*</span\s*>[ \t]*\n\1<span(?=[\s>])", regex.I)


def spans_a_line(markup: str) -> bool:
    """Whether an HTML export prints a span a line (hwp5html), so that a line break between two tags is the indent it
    lays its markup out with, no text: `<span>청렴</span>` over `<span>교육</span>` is `청렴교육`, as a formatting
    split, `<span>1</span><span>,250,000</span>`, is one figure. Other exporters (LibreOffice, Word, 한글's own) run a
    paragraph's spans on and break a long line of markup where its text has a space, which HTML prints as one:
    `<span>청사</span>` over `<span>관리</span>` is `청사 관리` (a cell's line break is a `<br>` or a `<p>` in all)."""
    return "<span" in markup.lower() and _SPAN_A_LINE_RE.search(markup) is not None


# a cell's paragraphs and lines: each apart from the next by a space (not by the indent between them)
_CELL_BLOCK_TAGS = frozenset(("br", "p", "div", "li"))


class _HtmlTable(HTMLParser):
    """The rows of an HTML table as (text, colspan, rowspan) cells; a `<br>` or paragraph is a space, the indent
    between two tags nothing (`spans_a_line`), the caption is kept apart, and the rows of a table inside a cell are
    rows of this one (nothing printed is dropped); each cell's lines and shading are kept beside its text."""

    def __init__(self, indented: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._indented = indented  # its line breaks between tags are no text (`spans_a_line`)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.row_offsets: list[int] = []
        self.caption: list[str] = []
        self._cell: tuple[int, int] | None = None
        self._parts: list[str] = []
        self._in_caption = False
        self._in_sup = False
        self.header_marks: list[bool] = []  # each row's: in `<thead>`, or of `<th>` cells alone
        self._in_head = False
        self.cell_lines: list[list[list[str]]] = []  # each row's cells' lines (its paragraphs and `<br>`s)
        self.cell_shades: list[list[str | None]] = []  # each row's cells' shading (`cell_shade`)
        self._shade: str | None = None
        self._line_starts: list[int] = []  # where in `_parts` each line of the cell after its first starts

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
            self._shade = cell_shade(spans)
            self.header_marks[-1] = self.header_marks[-1] and (self._in_head or tag == "th")
        elif tag == "thead":
            self._in_head = True
        elif tag == "caption":
            self._in_caption = True
        elif tag in _CELL_BLOCK_TAGS:
            self._line_break()
        elif tag == "sup":
            self._in_sup = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr", "table"):
            self._end_cell()
        elif tag == "caption":
            self._in_caption = False
        elif tag == "thead":
            self._in_head = False
        elif tag == "sup":
            self._in_sup = False
        elif tag in _CELL_BLOCK_TAGS:
            self._line_break()

    def handle_data(self, data: str) -> None:
        if self._indented and data.isspace() and data != " " and _CELL_INDENT_RE.fullmatch(data):
            return  # `</span>⏎  <span>`: no text
        if self._in_caption:
            self.caption.append(data)
        elif self._cell is not None and self._in_sup and self._parts:  # `m<sup>2</sup>`: `m²`
            self._parts[-1] += superscript(data.strip())
        elif self._cell is not None:
            self._parts.append(data)

    def _line_break(self) -> None:
        self.handle_data(" ")
        self._line_starts.append(len(self._parts))

    def _new_row(self) -> None:
        self.rows.append([])
        self.cell_lines.append([])
        self.cell_shades.append([])
        self.row_offsets.append(self.getpos()[0] - 1)
        self.header_marks.append(True)

    def _end_cell(self) -> None:
        if self._cell is not None:
            self.rows[-1].append((_cell_text(["".join(self._parts)]), *self._cell))
            bounds = [0, *self._line_starts, len(self._parts)]
            self.cell_lines[-1].append([line for start, end in zip(bounds, bounds[1:], strict=False)
                                        if (line := _cell_text(["".join(self._parts[start:end])]))])
            self.cell_shades[-1].append(self._shade)
        self._cell, self._parts, self._line_starts = None, [], []


# a cell's background colour as a style names it (`background:#999`, `background-color: rgb(217,217,217)`)
_BACKGROUND_RE = patterns.compile(r"background(?:-color)?\s*:\s*([^;'\"]+)", regex.I)
_UNSHADED = frozenset(("", "#fff", "#ffffff", "rgb(255,255,255)", "white", "transparent", "none", "inherit",
                       "initial", "auto"))
# what a background's colour is printed with that is no colour: an image (`#fff url(bg.png) no-repeat`), the spaces
# after an `rgb(`'s commas (`rgb(255, 255, 255)`)
_NO_COLOUR_RE = patterns.compile(r"url\([^)]*\)|(?<=,)\s+")


def cell_shade(attributes: dict[str, str | None]) -> str | None:
    """The colour a cell is shaded with (`bgcolor="#999999"` as LibreOffice prints it, `style="background:#999"` as
    Word and 한글 do, `background:#d9d9d9 url(bg.png)`), lower case, an `rgb(…)` without spaces; None for a cell on
    white (`#fff`, `rgb(255, 255, 255)`, `#fff url(bg.png)`) or named no colour."""
    style = attributes.get("style") or ""
    found = _BACKGROUND_RE.search(style) if style else None
    colour = (found.group(1) if found else attributes.get("bgcolor") or "").strip().lower()
    if " " in colour:  # a shorthand's other words after the colour, or an `rgb(…)`'s spaces
        colour = next(iter(_NO_COLOUR_RE.sub("", colour).split()), "")
    return None if colour in _UNSHADED else colour


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def html_table(markup: str) -> tuple[str, Grid, Offsets, int | None]:
    """An HTML table's caption ('' if none), its grid, where each row starts and how many of its rows it marks
    as its header (its first rows in `<thead>` or of `<th>` cells alone; None for none): a cell spanning rows or
    columns keeps its text in its first row and column, the cells it covers are blank (but those of a mark or bar
    across columns, `spread_mark`, and a schedule's months marked by shading, `_shaded_months`)."""
    parser = _HtmlTable(spans_a_line(markup))
    parser.feed(without_struck(markup))  # a corrected figure or withdrawn wording, closed in its cell
    parser.close()
    cells: dict[tuple[int, int], str] = {}
    covered: set[tuple[int, int]] = set()
    shades: dict[tuple[int, int], str] = {}  # the shading over each place of the grid, a merged cell's over all
    for r, (row, row_shades) in enumerate(zip(parser.rows, parser.cell_shades, strict=True)):
        c = 0
        for (text, colspan, rowspan), shade in zip(row, row_shades, strict=True):
            while (r, c) in covered:
                c += 1
            cells.update(((r, c + dc), piece) for dc, piece in enumerate(spread_mark(text, colspan)))
            places = [(r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan)]
            covered.update(places)
            if shade:
                shades.update((place, shade) for place in places)
            c += colspan
    width = max((c + 1 for _, c in covered), default=0)
    grid = tuple(tuple(cells.get((r, c), "") for c in range(width)) for r in range(len(parser.rows)))
    if shades:
        grid = _shaded_months(grid, shades)
    marked = next((r for r, (mark, row) in enumerate(zip(parser.header_marks, parser.rows, strict=True))
                   if not (mark and row)), len(parser.rows))
    marked = sum(1 for row in grid[:marked] if any(row)) or None  # of the rows printed
    return (_cell_text(["".join(parser.caption)]), *_printed_rows(grid, parser.row_offsets), marked)


SHADED_MONTH_MARK = "■"  # what a month shaded in a schedule reads as: the mark a schedule printing one prints


def _shaded_months(grid: Grid, shades: dict[tuple[int, int], str]) -> Grid:
    """A schedule that marks a step's months by shading their cells alone (`<td style="background:#999">`, no mark
    printed): each blank cell under a month label (`3월`, `1/4분기`) of the row that labels two months or more, shaded
    where the step's label (its row's first cell) is not shaded alike (a row shaded whole is a group's or a
    total's), reads as `■`, as a mark printed a month does; not in a row printing a figure under a month (`접수 | 120
    | 130 | ▒ | ▒`: a table of figures by month shading those still to come)."""
    labels = next((r for r, row in enumerate(grid) if sum(map(is_month_label, row)) > 1), None)
    if labels is None:
        return grid
    months = [c for c, text in enumerate(grid[labels]) if is_month_label(text)]
    rows = [list(row) for row in grid]
    for r in range(labels + 1, len(rows)):
        if any(is_figure(rows[r][c]) and any(map(str.isdigit, rows[r][c])) for c in months):
            continue  # a figure printed (`120`; not a dash, which a schedule may mark a month without a step with)
        for c in months:
            if not rows[r][c] and (shade := shades.get((r, c))) and shades.get((r, 0)) != shade:
                rows[r][c] = SHADED_MONTH_MARK
    return tuple(map(tuple, rows))


def spread_mark(text: str, columns: int) -> list[str]:
    """A merged cell's text in each of the columns it spans: a schedule's mark or bar (`●`, `━━━`, `◀━━▶`) in each,
    as it marks each month it is drawn over; any other text in the first, the others blank, and so a lone `△` or
    `▲`, which also signs a negative figure (a header's sign merged over its columns). A grid table's cell is as
    positioned (`_positioned`)."""
    mark = text.replace("\x00", "").strip() if columns > 1 else ""
    spread = mark and mark not in _SIGNS and is_schedule_mark(mark)
    return [text, *[mark] * (columns - 1)] if spread else [text, *[""] * (columns - 1)]


_SIGNS = frozenset("△▲")
_RULE_CHARS = frozenset("-=:")
_PLAIN_BORDER_CHARS = _RULE_CHARS | frozenset("+| ")


def is_grid_border(stripped: str) -> bool:
    """`+----+----+` (or `+====+`): the first line of a grid table."""
    return (len(stripped) > 2 and stripped[0] == stripped[-1] == "+" and set(stripped) <= _RULE_CHARS | {"+"}
            and not set(stripped) <= {"+", ":"})


def grid_table(lines: list[str], header_ruled: bool = False) -> tuple[Grid, Offsets]:
    """A pandoc grid table's lines into a grid, and the line each row starts on. Columns are where a border
    line has a `+`; a cell's lines are joined; a `|` missing between columns spans them, and a border with
    text or blanks in place of dashes lets the cell above go on down (a row span). Positions are display
    columns (Hangul two wide), or characters where the converter counted Hangul as one. A table that rules
    only its header (as terminal tools print one) has a row a line (`_row_starts`); `header_ruled`: the table is
    known to be one."""
    indent = min((len(line) - len(line.lstrip()) for line in lines), default=0)
    lines = [line.rstrip()[indent:] for line in lines]
    bounds = _grid_bounds(lines)
    if len(bounds) < 2:
        return (), ()
    starts = {pos: k for k, pos in enumerate(bounds)}
    printed = [_positioned(line, starts) for line in lines]
    cells = {offset: _grid_cells(line, text, bounds) for offset, (line, text) in enumerate(zip(lines, printed,
                                                                                               strict=True))
             if not _is_border(line)}
    row_starts = {offset for block in _blocks(cells) for offset in _row_starts(block, header_ruled)}
    owner = [0] * (len(bounds) - 1)  # the row whose cell each column is in
    texts: dict[tuple[int, int], list[str]] = {}
    row, offsets = (-1, []) if _is_border(lines[0]) else (0, [0])  # a table going on from a page before: no border
    for offset in range(len(lines)):
        if offset in cells:
            if offset in row_starts:
                row += 1
                offsets.append(offset)
                owner = [row] * len(owner)
            for k, piece in cells[offset]:
                if piece.strip():
                    texts.setdefault((owner[k], k), []).append(piece.strip())
            continue
        row += 1
        offsets.append(offset + 1)
        for k in range(len(owner)):
            segment = printed[offset][bounds[k] + 1: bounds[k + 1]]
            if segment and set(segment) <= _RULE_CHARS:
                owner[k] = row
            elif segment.strip(" |"):
                texts.setdefault((owner[k], k), []).append(segment.strip(" |"))
    grid = tuple(tuple(_cell_text(texts.get((r, k), [])).replace("\x00", "") for k in range(len(owner)))
                 for r in range(row + 1))
    return _printed_rows(grid, offsets)


def grid_header_rows(lines: list[str], offsets: Offsets) -> int | None:
    """How many of a grid table's rows (starting on `offsets` of its `lines`) stand above its `+===+` border, the
    rule pandoc draws under a header; None where it draws none."""
    rule = next((k for k, line in enumerate(lines) if "+=" in line and is_grid_border(line.strip())), None)
    return None if rule is None else sum(1 for offset in offsets if offset < rule) or None


Pieces = list[tuple[int, str]]  # a line's cells: the column each starts in, and its text as printed


def _grid_cells(line: str, positioned: str, bounds: list[int]) -> Pieces:
    """A row line's cells, each at the column its `|` falls on (`snapped`), or in order where its bars do not
    keep to the columns."""
    edges = [pos for pos, ch in enumerate(positioned) if ch == "|"]
    columns = snapped(edges, bounds)
    if columns:
        return [(columns[left] + k, piece) for left, right in zip(edges, edges[1:], strict=False)
                for k, piece in enumerate(spread_mark(positioned[left + 1: right], columns[right] - columns[left]))]
    return list(enumerate(line.strip().strip("|").split("|")))[: len(bounds) - 1]


def _blocks(cells: dict[int, Pieces]) -> list[list[tuple[int, Pieces]]]:
    """The row lines between two borders, each block in order."""
    blocks: list[list[tuple[int, Pieces]]] = []
    for offset in sorted(cells):
        if blocks and blocks[-1][-1][0] == offset - 1:
            blocks[-1].append((offset, cells[offset]))
        else:
            blocks.append([(offset, cells[offset])])
    return blocks


def _row_starts(block: list[tuple[int, Pieces]], header_ruled: bool) -> set[int]:
    """The lines between two borders that start a row, where those lines are rows, not one row's cells broken over
    lines: in a table known to rule its header only, or told by two lines at least with a figure in one column
    (no number is broken over lines). Then a line starts a row where it has a figure in such a column, text in
    every column (two or more) the row's first line has text in (a cell's second line fills fewer: the short
    cells are not broken), or a label in the first column that does not go on with the one above (`_wrapped_on`)."""
    figures = [{k for k, piece in pieces if is_figure(piece.strip().replace("\x00", ""))} for _, pieces in block]
    shared = {k for k in set().union(*figures) if sum(k in columns for columns in figures) > 1}
    if not shared and not header_ruled:
        return set()
    row_filled = {k for k, piece in block[0][1] if piece.strip()}  # the columns the row's first line fills
    starts = set()
    for (offset, pieces), (_, above), columns in zip(block[1:], block, figures[1:], strict=False):
        filled = {k for k, piece in pieces if piece.strip()}
        if (columns & shared or len(row_filled) > 1 and row_filled <= filled
                or 0 in filled and not _wrapped_on(dict(above), pieces)):
            starts.add(offset)
            row_filled = filled
    return starts


_SNAP = 2  # display columns a `|` may stand off its column's bound: a character printed narrower than laid out


def snapped(edges: list[int], bounds: list[int]) -> dict[int, int] | None:
    """The column each `|` of a line starts, the bound it falls on or, where a character of a cell was laid out
    wider or narrower than it reads (`ㆍ`, read as `·`), the nearest one within `_SNAP` columns; None where the
    bars do not so fall each on a bound of its own, in order."""
    columns: dict[int, int] = {}
    for pos in edges:
        off, k = min((abs(bound - pos), k) for k, bound in enumerate(bounds))
        if off > _SNAP or (columns and k <= max(columns.values())):
            return None
        columns[pos] = k
    return columns


def _wrapped_on(above: dict[int, str], pieces: list[tuple[int, str]]) -> bool:
    """Whether a line's cells go on with the cells of the line above, as a tool wraps a cell at its column's width:
    each filled cell under words (a figure is not wrapped) whose line its first word would have made wider than
    the cell (less a blank either side), in display columns."""
    filled = [(k, piece.replace("\x00", "")) for k, piece in pieces if piece.strip()]
    return bool(filled) and all(
        (words := above.get(k, "").replace("\x00", "").strip()) and not is_figure(words)
        and display_width(words) + 1 + display_width(piece.split()[0]) > display_width(piece) - 2
        for k, piece in filled)


def _grid_bounds(lines: list[str]) -> list[int]:
    """Where a grid table's columns start and end: the `+` of its border lines."""
    plain = [line for line in lines if _is_border(line) and set(line) <= _PLAIN_BORDER_CHARS]
    return sorted({pos for line in plain for pos, ch in enumerate(line) if ch == "+"})


def _box_marks() -> tuple[dict[int, str], dict[int, str]]:
    """Each line-drawing character of Unicode's box block (light, heavy, double, dashed, rounded) as the grid
    table's mark it stands for, told by its name: a junction or corner (lines across and down) `+`, a line
    across `-`, a line down `|`. Once as one character, once as two (its second the line going on right or
    a blank), for a table drawn where a box character takes two columns as Hangul does (a Korean font)."""
    narrow: dict[int, str] = {}
    wide: dict[int, str] = {}
    for code in range(0x2500, 0x2580):
        words = set(unicodedata.name(chr(code)).split())
        across, down = bool(words & {"HORIZONTAL", "LEFT", "RIGHT"}), bool(words & {"VERTICAL", "UP", "DOWN"})
        if "DIAGONAL" in words:
            continue
        if across and down:
            narrow[code], wide[code] = "+", "+-" if words & {"HORIZONTAL", "RIGHT"} else "+ "
        elif across:
            narrow[code], wide[code] = "-", "--"
        else:
            narrow[code], wide[code] = "|", "| "
    return narrow, wide


_BOX_NARROW, _BOX_WIDE = _box_marks()
_BOTTOM_LEFT_CORNERS = frozenset(  # `└ ┗ ╚ ╰ …`: where a table's last border starts
    code for code in _BOX_NARROW if (words := set(unicodedata.name(chr(code)).split())) >= {"UP", "RIGHT"}
    and not words & {"DOWN", "LEFT", "VERTICAL", "HORIZONTAL"})
# in a row's line only its bars are the table's; a line across is a cell's text (a schedule's bar `━━━━`)
_BARS_NARROW = {code: mark for code, mark in _BOX_NARROW.items() if mark == "|"}
_BARS_WIDE = {code: mark for code, mark in _BOX_WIDE.items() if mark == "| "}
BOX_DRAWING_RE = patterns.compile("[\u2500-\u257f]")


def box_tables(lines: list[str]) -> tuple[list[str], list[tuple[int, Grid, Offsets]]]:
    """The tables drawn in box characters: a run of lines that each start and end with a box character, of which
    some are borders (`├──┼──┤`) and some rows (`│ 정 원 │ 5 │`), read as the grid table it draws; the line
    (from 0) each starts on, its grid and the line each row starts on (from its first). The lines are given back
    with those tables blanked (they are read), and a frame of one column around text (a boxed note) as its text.
    A table drawn without its outer frame is read too (`_open_table`). Box characters anywhere else (`총무과 │
    2670-3101`, a rule `────` of its own) are left as printed."""
    lines = list(lines)
    tables = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _is_box_line(lines[end]):
            end += 1
            if ord(lines[end - 1].lstrip()[0]) in _BOTTOM_LEFT_CORNERS:
                break  # a table's last border: a table below starts anew
        if end == start:  # no frame: a table drawn without one, or text
            while end < len(lines) and _is_open_line(lines[end]):
                end += 1
            rows, offsets = _open_table(lines[start:end]) if end > start else ((), ())
        else:
            rows, offsets = _box_table(lines[start:end])
        if rows and len(rows[0]) == 1:
            lines[start:end] = ["" if _is_border(line.translate(_BOX_NARROW)) else _framed_text(line)
                                for line in lines[start:end]]
        elif rows:
            tables.append((start, rows, offsets))
            lines[start:end] = [""] * (end - start)
        start = max(end, start + 1)
    return lines, tables


def _is_box_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and ord(stripped[0]) in _BOX_NARROW and ord(stripped[-1]) in _BOX_NARROW


def _box_table(lines: list[str]) -> tuple[Grid, Offsets]:
    """A run of box lines read as a grid table, drawn a box character to a column or, where only that keeps the
    rows' bars on the borders' junctions, two; no rows where it is no table (no border, or no row). One of three
    borders at most (above, below the header and below all) rules its header only, as terminal tools draw a
    table: its rows are a line each."""
    is_border = [_is_border(line.translate(_BOX_NARROW)) for line in lines]
    if sum(is_border) in (0, len(lines)):
        return (), ()
    narrow = [line.translate(_BOX_NARROW if border else _BARS_NARROW) for line, border in zip(lines, is_border,
                                                                                                strict=True)]
    grid = narrow
    if not _keeps_columns(narrow):
        wide = [line.translate(_BOX_WIDE if border else _BARS_WIDE) for line, border in zip(lines, is_border,
                                                                                             strict=True)]
        grid = wide if _keeps_columns(wide) else narrow
    return grid_table(grid, header_ruled=sum(is_border) <= 3)


def _is_open_line(line: str) -> bool:
    """A line of a table drawn without its outer frame: a row with a bar (`정 원 │ 10`) or a rule (`─────┼────`)."""
    return any(ord(char) in _BARS_NARROW for char in line) or _is_open_rule(line)


def _is_open_rule(line: str) -> bool:
    """`──────┼────┼────`: a rule of box characters alone with a junction inside it."""
    marks = line.strip().translate(_BOX_NARROW)
    return len(marks) > 2 and set(marks) == {"-", "+"} and marks[0] == marks[-1] == "-"


def _open_table(lines: list[str]) -> tuple[Grid, Offsets]:
    """A table drawn without its outer frame (psql's `border 1`: `구 분 │ 계` over `──────┼────`), read framed: only
    where some rule lies under rows and every row's bars fall under its junctions (a box character one column wide
    or two). A rule under the header alone: its rows are a line each."""
    rules = [_is_open_rule(line) for line in lines]
    if not any(rules) or all(rules) or min(len(line) - len(line.lstrip()) for line in lines) > 0:
        return (), ()
    for marks, bars in ((_BOX_NARROW, _BARS_NARROW), (_BOX_WIDE, _BARS_WIDE)):
        drawn = [line.rstrip().translate(marks if rule else bars) for line, rule in zip(lines, rules, strict=True)]
        width = max(map(display_width, drawn)) + 1
        framed = [f"+{line}{'-' * (width - display_width(line))}+" if rule
                  else f"|{line}{' ' * (width - display_width(line))}|"
                  for line, rule in zip(drawn, rules, strict=True)]
        if _keeps_columns(framed):
            return grid_table(framed, header_ruled=sum(rules) == 1)
    return (), ()


def _keeps_columns(lines: list[str]) -> bool:
    """Whether every `|` of a grid table's rows falls on a `+` of its borders (`snapped`)."""
    indent = min(len(line) - len(line.lstrip()) for line in lines)
    lines = [line.rstrip()[indent:] for line in lines]
    bounds = _grid_bounds(lines)
    return len(bounds) > 1 and all(
        snapped([pos for pos, char in enumerate(_positioned(line, set(bounds))) if char == "|"], bounds) is not None
        for line in lines if not _is_border(line))


def _framed_text(line: str) -> str:
    """A line of text in a frame, its bars blanked: `│ ○ 목표: … │` → `  ○ 목표: …`."""
    text = line.rstrip()
    bar = len(text) - len(text.lstrip())
    return f"{text[:bar]} {text[bar + 1:-1].rstrip()}"


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
    table (a border right under a line of text is that line's setext underline, as pandoc prints a heading).
    """
    if start and lines[start - 1].strip():
        return None
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


# where a tag's name ends, as HTML ends it: at a blank, `/` or `>` (not `\\b`, so that `re` reads the patterns that
# name a tag where it folds their names as `regex` does, `pipeline.patterns`; `<table-note>` is no table)
_TAG_NAME_END = r"(?=[\s/>])"
# an HTML document of its own (hwp5html's XHTML, pandoc's or LibreOffice's HTML export), not a markdown file that
# holds HTML tables: a declaration, a doctype or comments at most before its `<html>`
_HTML_DOCUMENT_RE = patterns.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rf"<html{_TAG_NAME_END}[^<>]*>",
    regex.I | regex.S)
# Word's footnote reference, a link to its footnote printing `[1]` in a span its stylesheet raises
# (`<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a>`): the number raised, as a `<sup>`
_WORD_FOOTNOTE_REFERENCE_RE = patterns.compile(r"<a\s[^>]*href=[\"']?#_ftn(\d+)\b[^>]*>.*?</a>", regex.I | regex.S)
# the footnotes' texts Word and LibreOffice print at the document's end (`<div id=ftn1>`, `<div id="sdfootnote1">`)
_FOOTNOTE_TEXT_DIV_RE = patterns.compile(r"<div\s[^>]*id=[\"']?(?:ftn|sdfootnote)\d+\b[^>]*>.*?</div>",
                                         regex.I | regex.S)
_MARKUP_START_RE = patterns.compile(r"\ufeff?\s*<")  # asked first, in `re`: most texts start otherwise
# what prints nothing: the head (its title, styles), scripts, styles and comments
_HTML_UNPRINTED_RE = patterns.compile(rf"<(head|script|style){_TAG_NAME_END}.*?</\1\s*>|<!--.*?-->",
                                      regex.I | regex.S)
# where a block starts or ends (a paragraph, a heading, a list's item, a line break, a box's row or cell) or a table
# starts
_HTML_BLOCK_RE = patterns.compile(
    r"<(/?)(p|div|h[1-6]|li|ul|ol|br|body|blockquote|pre|section|article|header|footer|center|dd|dt|table|tr|td|th)"
    rf"{_TAG_NAME_END}[^>]*>",
    regex.I)
_HTML_TABLE_TAG_RE = patterns.compile(rf"<(/?)table{_TAG_NAME_END}[^>]*>", regex.I)
_HTML_ROW_OR_CELL_RE = patterns.compile(rf"<(tr|td|th){_TAG_NAME_END}", regex.I)
_HTML_TAG_RE = patterns.compile(r"<[^<>]*>")
_LINE_BREAK_RE = re.compile("\n")  # `re`: finds them many times faster than `regex`
# the spaces and line breaks an indenting converter prints between two tags (hwp5html between a paragraph's
# spans): no text of the report, which joins them (`<span>청렴</span>` over `<span>교육</span>` is `청렴교육`)
_HTML_INDENT_RE = patterns.compile(r">[ \t]*\n\s*<")


def html_document_lines(text: str) -> list[str] | None:
    """An HTML document's text as the lines a text converter prints (None for a text that is no HTML document):
    each paragraph, heading (`<h2>` as `## `) and list item (`- `, `1. `) a line of its own, on the line its
    markup starts on where it can, and each `<table>` as printed, for the reader's HTML tables. Before, a
    paragraph's line kept its markup first (`<p>○ 기 간: 연중</p>`), so no line was a bullet or a heading and a
    project's parts ran together as its purpose."""
    if not _MARKUP_START_RE.match(text) or not _HTML_DOCUMENT_RE.match(text):
        return None
    text = without_struck(_HTML_UNPRINTED_RE.sub(lambda unprinted: "\n" * unprinted.group().count("\n"), text))
    if "ftn" in text or "sdfootnote" in text:  # footnotes, as pandoc's are read (`[^1]`: `¹`, its text no line)
        text = _FOOTNOTE_TEXT_DIV_RE.sub(lambda note: "\n" * note.group().count("\n"), text)
        text = _WORD_FOOTNOTE_REFERENCE_RE.sub(
            lambda reference: f"<sup>{reference.group(1)}</sup>" + "\n" * reference.group().count("\n"), text)
    newlines = [line_break.start() for line_break in _LINE_BREAK_RE.finditer(text)]  # a place's line: how many before
    lines = [""] * (len(newlines) + 1)
    free = 0  # the first line no block has taken
    lists: list[list[int]] = []  # each open list: [1] for a `<ul>`, [its next number] for an `<ol>`
    prefix, start, block_line = "", 0, 0
    indented = spans_a_line(text)

    def place(printed: list[str], line: int) -> None:
        nonlocal free
        at = max(line, free)
        lines[at:at + len(printed)] = printed
        free = at + len(printed)

    def flush(end: int) -> bool:
        piece = _HTML_INDENT_RE.sub("><", text[start:end]) if indented else text[start:end]
        if "<sup" in piece.lower():  # a footnote's mark after an amount, `원<sup>1</sup>`, `<Sup>`: `원¹`
            piece = sup_raised(piece)
        piece = html.unescape(_HTML_TAG_RE.sub("", piece))
        if words := " ".join(piece.split()):
            place([prefix + words], block_line)
        return bool(words)

    at = 0
    while match := _HTML_BLOCK_RE.search(text, at):
        printed = flush(match.start())
        closing, tag = match.group(1), match.group(2).lower()
        line = bisect.bisect_left(newlines, match.start())
        if tag == "table" and not closing and not _frames_text(
                inner := text[match.end():(end := _html_table_end(text, match.start()))],
                tags := [found.group(1).lower() for found in _HTML_ROW_OR_CELL_RE.finditer(inner)]):
            markup = text[match.start():end]
            parts = project_parts_lines(markup, tags, indented)
            place(parts if parts and not in_a_part(lines[:free]) else markup.split("\n"), line)
            at = end
        else:  # a box's table starts as a block, its paragraphs lines of their own
            at = match.end()
            if tag in ("ul", "ol"):
                if closing:
                    lists = lists[:-1]
                else:
                    lists.append([0 if tag == "ul" else 1])
            if printed or closing or tag not in ("p", "div"):  # a list item's paragraph keeps its mark
                prefix = ""
            if not closing and tag[0] == "h" and tag[1:].isdigit():
                prefix = "#" * int(tag[1]) + " "
            elif not closing and tag == "li" and lists:
                number = lists[-1][0]
                prefix = "  " * (len(lists) - 1) + (f"{number}. " if number else "- ")
                lists[-1][0] += 1 if number else 0
        start, block_line = at, bisect.bisect_left(newlines, at)
    flush(len(text))
    return lines


def _frames_text(markup: str, tags: list[str]) -> bool:
    """A table of one column (no table inside it; `tags` its row and cell tags, `tr`, `td`): a box HWP draws around
    a title or a part's items (`<td><p>□ 사업개요</p><p>○ 기 간: 연중</p></td>`), read as the text it holds, as a
    frame of box characters of one column is (`box_tables`)."""
    rows = tags.count("tr")
    return (rows or 1) == len(tags) - rows and all(tag.group(1) for tag in _HTML_TABLE_TAG_RE.finditer(markup))


_TITLE_MARKS = BOX_MARKS - {"□"}  # a box heading's marks that title a project over its `□` parts (`■ 청사 환경 개선`)
_PART_LAYOUT_HEADERS = frozenset(("구분", "항목"))  # a parts table's header's left cell (`구 분 | 내 용`)
_ITEM_MARK_RE = patterns.compile(rf"[{BULLET_MARKS}]")  # a list item's first character (`○`, `-`, `ㅇ`)


def project_parts_lines(markup: str, tags: list[str], indented: bool) -> list[str] | None:
    """A table of two columns laying out a project's parts, a part's name at the left of its items (`사업개요 |
    <p>○ 기 간: 연중</p><p>○ 사업비: …</p>`, under a header `구 분 | 내 용` or none), as the lines a text converter
    prints for the parts it boxes: its caption, then `□ 사업개요` and each paragraph or line of its cell a line (`○ 기
    간: 연중`); None for any other table (a cell spanning rows or columns, a name no part's, no item marked as a
    list's). Each name ends as a part's (`PART_ENDINGS`) and one at least is a part any project has (`사업개요`,
    `추진실적`, `BARE_PART_RE`): a table of a part's steps (`기본계획 | - 3월: 기본계획 수립`, `실시계획 | …`) names
    none. `tags`: the table's row and cell tags (`tr`, `td`), counted before it is parsed, as most tables are wider."""
    if len(tags) != 3 * tags.count("tr"):
        return None
    parser = _HtmlTable(indented)
    parser.feed(markup)
    parser.close()
    rows = [(cells, lines) for cells, lines in zip(parser.rows, parser.cell_lines, strict=True) if cells]
    if any(len(cells) != 2 or cells[0][1:] != (1, 1) or cells[1][1:] != (1, 1) for cells, _ in rows):
        return None
    parts = parts_laid_out([(cells[0][0], items) for cells, (_, items) in rows])
    if parts is None:
        return None
    caption = _cell_text(["".join(parser.caption)])
    return [*([caption] if caption else []), *(line for part in parts for line in part)]


def parts_laid_out(rows: list[tuple[str, list[str]]]) -> list[list[str]] | None:
    """The lines a text converter prints for the parts a table of two columns lays out (each row a part's name and
    its cell's lines, a header `구 분 | 내 용` first or none; `project_parts_lines`): each part `□ 사업개요` over its
    items, a list of them a row; None where the table lays out no parts."""
    if rows and compact(rows[0][0]) in _PART_LAYOUT_HEADERS:
        rows = rows[1:]
    if len(rows) < 2:
        return None
    names = [compact(name).lstrip("□■") for name, _ in rows]
    if not all(0 < len(name) <= 12 and name.endswith(PART_ENDINGS) for name in names) or not any(
            map(BARE_PART_RE.fullmatch, names)) or not any(
            _ITEM_MARK_RE.match(line) for _, items in rows for line in items):
        return None
    return [[f"□ {name.lstrip('□■ ')}", *items] for name, items in rows]


def in_a_part(printed: list[str]) -> bool:
    """Whether the lines printed before a table end in a `□` part's (its heading, `□ 추진계획` or `### □ 추진계획`,
    its items, a note), not a title's (`1. 청사 관리`, `Ⅱ. …`, `■ 청사 환경 개선`, `## …`) or none: a table inside a
    part is that part's, though its rows' names are parts' (`추진계획 | …`). Asked only of a table that lays out parts
    otherwise, so walking back costs no other table."""
    for line in reversed(printed):
        heading = line.lstrip("#").lstrip() if line[:1] == "#" else line
        if heading[:1] == "□":
            return True
        if line[:1] == "#" or heading[:1] in _TITLE_MARKS or heading[:1].isnumeric():
            return False
    return False


def _html_table_end(text: str, start: int) -> int:
    """Where the `<table>` starting at `start` ends, after its `</table>` (tables inside its cells held within)."""
    depth = 0
    for tag in _HTML_TABLE_TAG_RE.finditer(text, start):
        depth += -1 if tag.group(1) else 1
        if not depth:
            return tag.end()
    return len(text)
