"""PDF reports through pdfplumber into the same document model as their text.

Per page: the ruled tables (cells covered by a merge come back as None and become '', but a schedule's
mark merged across months marks each), and the text lines outside them, rebuilt into headings (larger
type), bullets (indentation from x) and paragraphs by the text reader's own line rules, the lines between
two ruled tables as one run over page breaks (a bullet wrapped onto the next page goes on there). Page
numbers and running headers are dropped, a table that goes on over the next page (its header printed again
or not) is joined, and pages are closed as they are read.
"""

from __future__ import annotations

import bisect
import functools
import io
import itertools
import logging
import math
from collections import Counter
from dataclasses import dataclass, field, replace

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.table import Table as CellTable
from pdfplumber.utils import filter_edges, line_to_edge, rect_to_edges

from pipeline import patterns
from pipeline.aligned import BULLET_MARKS, MIN_WORD_GAP, display_width, is_month_label, label_lines_joined
from pipeline.document import (
    CONTINUED_RE,
    Block,
    Document,
    Table,
    add_table,
    build_document,
    is_table_units_or_date,
    unit_in,
)
from pipeline.errors import ReportError
from pipeline.markup_tables import spread_mark
from pipeline.read_text import (
    COVER_LINES,
    DEPARTMENT_ENDS,
    LOST_MARK,
    PAGE_NUMBER_RE,
    BulletNesting,
    cover_departments,
    is_plain,
    letter_spacing_joined,
    may_run,
    names_department,
    parse_lines,
    runs_through_table,
)
from pipeline.values import is_headcount, is_total, normalize_chars, parse_decimal, vehicle_counts

# The PDF libraries log the damage they work around (`Invalid MediaBox in /Page, defaulting to US Letter`): with no
# handler, Python prints each on stderr, a line naming no file amid the command's output. What they cannot work
# around is an exception, which refuses the file by name.
for _library in ("pdfminer", "pdfplumber"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

HEADING_GAIN = 1.5  # points above the body size that make a line a heading
INDENT_STEP = 4.5  # points of indentation per leading space handed to the line rules
PARAGRAPH_GAP = 1.75  # a line further below the one before than this many type sizes starts a new paragraph
PARAGRAPH_SPACE = 0.25  # type sizes of space beyond its type's leading above a line of text that starts a paragraph
CELL_PADDING = 1.0  # type sizes of blank at most between a ruled cell's side and its text (HWP's, reportlab's)
CELL_GAP = 1.0  # type sizes of blank between two words that part the cells of a table printed without rules
WORD_GAP = 0.15  # type sizes of blank between two characters that part two words where no space is printed
_HEADER_LINES = 4  # a header's lines at most whose labels are centred: three of labels, and one merged down halfway
_WRAPPED_LINES = 3  # lines without a cell gap between two rows of a table without rules that are still its lines
ROW_SPACE = 0.2  # type sizes of space beyond a cell's leading between two lines that part two rows
WIDE_SIGNS = "△▲"  # signs a PDF's fonts draw full width (two display columns), counted one column as text prints them
CENTRED = 0.1  # type sizes a label centred on its rows may stand off their middle, or stands off a row's line at least
_LABEL_LINES = 3  # lines a row label merged down a group of rows and centred on them wraps over at most
ALIGNED = 1.0  # points: two cells that start this close are printed at one column's left
RULES_APART = 2  # points: rules closer are one (a thin box's edges, a double rule)
PIECES_APART = 1.0  # points: pieces of one rule drawn end to end (each cell's edge stroked apart) this close are one
TABLE_TOLERANCE = 3  # points: pdfplumber's snap, join and intersection tolerances (its defaults)
RULE_WIDTH = 4  # points: a box no thicker holds no line of type: a rule drawn as a box, not a shaded cell
GUTTER_RUN = 0.6  # the share of a page's text height the gutter of a page in two columns runs down at least
_COLUMN_LINES = 3  # lines of running text at least on one side of a page's gutter, either
COLUMN_INDENT = 3  # type sizes past its column's left edge a column's line of text starts at most (a bullet's)
COLUMNS_LEVEL = 4  # type sizes below the columns' first line either column's first line stands at most
LEVELLED = 0.5  # points: a table's cells side by side set at one height (top, middle or bottom) stand this close
# type sizes two words of one line of pdfplumber's stand apart in height at most as one line's: a row's label set in
# another face or size than its figures (HWP's Myeongjo labels over Gothic figures a size larger) stands 1.2 pt lower
SET_LEVEL = 0.2
MARGIN_ZONE = 45  # points from the top or bottom edge where running headers and page numbers sit
ROWS_APART = 1.5  # times the rows' spacing: a line in the margin farther from a table's row is none of its rows
NO_INK = 0.05  # a fill's colour this close to paper white shades nothing (HWP may fill every cell white)
_MONTH_ROW_AT_MOST = 3  # rows of a schedule's header: its month labels, and above them a title or the year
LEVEL = 10  # points: tables side by side whose tops are closer stand at one height (no line of type between)
FILLED_MONTH = "●"  # what a schedule's month cell shaded instead of printed reads as: a text schedule's mark
UNMAPPED = "(cid:"  # how pdfminer prints a glyph of a font without a Unicode map (`(cid:2689)`)
# a soft hyphen, as pdfminer reads the en dash of a Korean CID font (Adobe-Korea1's CID 109, the glyph U+2013 and
# U+00AD share) where the PDF gives no Unicode map of its own; drawn, it is no invisible hint but that dash
DRAWN_SOFT_HYPHEN = "\u00ad"
LOST_MARK_INDENT = 3  # type sizes past a bullet's text a line with no mark set in under it starts at most
MARK_SIZE = 0.85  # a glyph in type this much smaller than the one it follows, and raised, is a footnote's mark
MARK_RISE = 0.15  # type sizes of the glyph before that a footnote mark's foot stands above its foot at least
POWERS = {"2": "²", "3": "³"}  # a unit's power printed raised after its `m`: `m²`, `m³`
MARK_GAP = 1.0  # points: a footnote mark's glyphs stand this close to the glyph before, at its foot and size
_LABEL_RE = patterns.compile(r"\p{Hangul}{2,5}")  # a cover field's label, run together: `일시`, `보고부서`
# a figure's pieces, a line each of a ruled cell it wraps in: digits and grouping commas, a sign, a trailing %
_FIGURE_PIECES_RE = patterns.compile(r"[△▲-]?[\d,]+(?: [\d,]+)+%?")
# where a word wrapped mid-word may have been read apart: between two syllables or digits, or at an interpunct, which
# joins two words with no space (`등·` over `초본`, `PM10·` over `PM2.5`)
_WORD_WRAP_RE = patterns.compile(r"[가-힣\d] [가-힣\d]|\S [·ㆍ]|[·ㆍ] \S")
# a Hangul syllable: whether a cell prints Hangul, or, matched in full, a line of a spaced label printed a syllable a
# line (`구` over `분`)
_HANGUL_RE = patterns.compile(r"[가-힣]")
_NUMBER_RE = patterns.compile(r"\d+")  # a page's number in its running header or footer, which each page prints its own


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    top: float
    size: float
    words: tuple[tuple[float, float, str], ...] = ()  # (x0, x1, word)
    cells: bool = False  # two of its words are a cell gap apart
    font: str = ""  # most of its Hangul's typeface, without a subset's `ABCDEF+` prefix ('' for none)
    band: tuple[float, float] | None = None  # the nearest horizontal rules drawn over it above and below (heights)
    lines: int = 1  # the printed lines it joins (a row's, where rules part the rows)
    tops: tuple[float, ...] = ()  # each word's top (a line's words may stand a little apart in height)
    merged: tuple[float, float] | None = None  # its first cell's band, where it reaches past the line's: merged down
    parted: frozenset[float] = frozenset()  # x0 of words that start a cell closer than a cell gap (`_labels_parted`)
    column: int = 0  # 1 or 2: a line of the left or right column of a page in two columns (`_read_page`), else 0
    # the span (x0, x1) of the labels below each group label (by its x0) centred over them (`_group_spans_kept`)
    spans: dict[float, tuple[float, float]] = field(default_factory=dict)


@dataclass(slots=True)
class _Grid:
    """A ruled table of a page, with the x of its columns' edges, left to right: a header cut off at the foot of a
    page is matched to the columns of the rows its table goes on with atop the next (`_headers_joined_over_pages`)."""
    table: Table
    edges: tuple[float, ...]
    column_top: bool = False  # the first thing of the right column of a page in two columns (`_read_page`)


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    items: list  # _Line or _Grid, in reading order
    width: float = 0.0


def read_pdf(path: str, data: bytes) -> Document:
    try:
        pages = _pages(path, data)
    except ReportError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for damaged files; pdfplumber wraps them
        if _needs_password(exc):
            raise ReportError(path, "encrypted PDF: it needs a password") from exc
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ReportError(path, f"damaged or truncated PDF: {reason}") from exc
    if not any(p.items for p in pages):
        raise ReportError(path, "no text layer (a scanned PDF?)")
    _drop_running_headers(pages)
    _running_headers_once_dropped(pages)
    _continued_marks_dropped(pages)
    _headers_joined_over_pages(pages)
    return build_document(path, "pdf", _blocks(pages))


def _needs_password(exc: BaseException) -> bool:
    causes = [exc, *exc.args, exc.__cause__, exc.__context__]
    return any(isinstance(c, PDFPasswordIncorrect) for c in causes)


def _pages(path: str, data: bytes) -> list[_Page]:
    """The PDF's pages read; those whose cells joined a word over a full line before a table further on showed
    that cells wrap by words (`_CellWrapping`) read again so."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if not pdf.pages:
            raise ReportError(path, "damaged or truncated PDF: no pages")
        wrapping = _CellWrapping()
        pages, unsure = [], []
        for number, page in enumerate(pdf.pages, start=1):
            wrapping.unsure = False
            pages.append(_page_read(path, page, number, wrapping))
            if wrapping.unsure:
                unsure.append(number)
        if wrapping.by_words:
            for number in unsure:
                pages[number - 1] = _page_read(path, pdf.pages[number - 1], number, wrapping)
        return pages


def _page_read(path: str, page, number: int, wrapping: _CellWrapping) -> _Page:
    try:
        return _read_page(_without_footnote_marks(_dashes_as_drawn(_readable(path, page, number))), number, wrapping)
    finally:
        page.close()


@dataclass(slots=True)
class _CellWrapping:
    """How a report's ruled cells wrap their lines: by words, once a table has shown it (`_wraps_by_words`), as a
    word processor's setting holds for the whole report, so that a table too short to show it (the part of one
    atop the next page) is read as the tables before and after it. `unsure`: a page's cells, read before any
    table showed it, joined a word over a full line that wrapping by words would have broken at its space (a full
    line `공원 시설` over `유지 관리`, where `시설유지` would fit a line: a word wrapped by characters, or two words
    by words), so that the page is read again once one does."""

    by_words: bool = False
    unsure: bool = False


def _read_page(page, number: int, wrapping: _CellWrapping) -> _Page:
    """The page's lines and ruled tables in reading order: a page laid out in two columns (`_columns`) is read
    column by column, the right column's lines put under the left's (lowered, the page as much taller), between
    what spans the page above and below them (a title, a footer). Each table is read once, its column's lines again
    (pdfplumber puts words of the two columns at nearly one height on one line of the page's)."""
    tables = _ruled_tables_of(page)
    inked = _inked(page.rects)
    grids = _grids(tables, inked, wrapping)
    read = _lines(page, tables, inked)
    columns = _columns(page, [line for _top, line in read], tables)
    if columns is None:
        return _Page(number, page.height, [item for _top, item in _placed(read, grids, number)], page.width)
    gutter, top, bottom, lowered = columns
    x0, page_top, x1, page_bottom = page.bbox
    top, bottom = max(top, page_top), min(bottom, page_bottom)
    items: list[tuple[float, object]] = []
    parts = (((x0, page_top, x1, top), 0.0), ((x0, top, gutter, bottom), 0.0), ((gutter, top, x1, bottom), lowered),
             ((x0, bottom, x1, page_bottom), lowered))  # above the columns, the left one, the right one, below them
    for column, (box, shift) in enumerate(parts):
        if box[3] > box[1]:
            inside = [k for k, table in enumerate(tables) if _within_box(table.bbox, box)]
            part = page.within_bbox(box)
            region = _placed(_lines(part, [tables[k] for k in inside], _inked(part.rects)),
                             [grid for grid in grids if grid[0] in inside], number)
            if box[0] == gutter and region and isinstance(region[0][1], _Grid):
                region[0][1].column_top = True  # a table going on from the foot of the left column, maybe
            for _at, item in region:
                if isinstance(item, _Line) and column in (1, 2):
                    item.column = column
            items += [(at + shift, _lowered(item, shift)) for at, item in region]
    return _Page(number, page.height + lowered, [item for _top, item in items], page.width)


def _lines(page, tables: list, inked: list[dict]) -> list[tuple[float, _Line]]:
    """The page's (or a column's) lines outside its ruled tables, each with its top, top to bottom."""
    rules = _Rules(page)
    boxes = [table.bbox for table in tables]
    outside = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes)) if boxes else page
    lines: list[tuple[float, _Line]] = []
    for line in outside.extract_text_lines(return_chars=True, strip=True):
        printed = [c for c in line["chars"] if not c["text"].isspace()]
        sizes = Counter(round(c["size"], 1) for c in printed)
        size = sizes.most_common(1)[0][0] if sizes else 0.0
        # the face of its Hangul: digits and Latin letters may be set in a face of their own
        fonts = Counter(c["fontname"].partition("+")[2] or c["fontname"] for c in printed if "가" <= c["text"] <= "힣")
        # one interpunct and plain spaces, as in a text report's lines: bullets and columns read alike
        words, cells, tops = _words_of_cells(line["chars"], size)
        item = _Line(normalize_chars(line["text"]), line["x0"], line["top"], size, words, cells,
                     fonts.most_common(1)[0][0] if fonts else "", tops=tops)
        if rules:
            item.band = rules.band(item.top, item.x0, line["x1"])
            if item.band and cells:  # a row of a table: its label's cell may be merged down over the rows below
                x0, x1, _text = _cells(item)[0]
                label_band = rules.band(item.top, x0, x1)
                item.merged = label_band if _encloses(label_band, item.band) else None
        lines.append((line["top"], item))
    if inked:
        _shaded_months_marked([item for _top, item in lines], inked)
    if rules:
        _centre_labels_on_their_rules([item for _top, item in lines], rules)
    return lines


def _grids(tables: list, inked: list[dict],
           wrapping: _CellWrapping) -> list[tuple[int, tuple, tuple[tuple[str, ...], ...], tuple[float, ...]]]:
    """Each ruled table of a page that prints something: its index among `tables`, its bbox, rows and columns'
    edges."""
    grids = []
    for k, table in enumerate(tables):
        rows = _merged_marks_spread(table, _wrapped_words_joined(table, _wrapped_figures_joined(table, tuple(
            tuple(" ".join((cell or "").split()) for cell in row) for row in table.extract())), wrapping))
        if rows := _filled_months_marked(table, rows, inked):
            grids.append((k, table.bbox, rows, _column_edges(table)))
    return grids


def _placed(lines: list[tuple[float, _Line]], grids: list, number: int) -> list[tuple[float, object]]:
    """A page's (or a column's) lines and ruled tables (`_grids`), each with its top, top to bottom."""
    items: list[tuple[float, object]] = list(lines)
    for k, top, beside in _reading_order([bbox for _k, bbox, _rows, _edges in grids]):
        items.append((top, _Grid(Table(grids[k][2], page=number, beside=beside), grids[k][3])))
    items.sort(key=lambda item: item[0])
    return items


def _columns(page, read: list[_Line], tables: list) -> tuple[float, float, float, float] | None:
    """A page laid out in two columns: the x of its gutter, the heights between which the columns run, and how far
    the right column is lowered to stand under the left one. A gutter is a band in the middle half of the text's
    width, a cell gap wide at least, that no glyph or ruled table crosses down most of the text's height
    (`GUTTER_RUN`), with text on both sides: a line at least each side that prints one cell of Hangul at its
    column's left (`_column_text`: not a table's row across the gutter, nor its units or date), and on one side
    `_COLUMN_LINES` of them filling half their column or more, running text (the other may print a heading, short
    bullets and tables alone), the two starting at one height (`COLUMNS_LEVEL`), each column's lines at its own
    heights (`_rows_across`); or, no line printing two cells apart either side, running
    text on both sides, or a heading each side over three lines of text at least, at any heights, but where the
    paragraphs of running text part at one height each side as a table's rows do (`_rows_beside`) and no heading
    stands each side (`_headed_each_side`). A table's blank column between figures is none: its
    rows are cells at one height, a wrapped note's lines right of its rows start lower down, and lines of text
    across the page above or below it cut its band short. None for a page in one column (also where a line stands
    over both the columns and what spans the page above or below them). Told from the page's lines as read, each
    word at its own top (pdfplumber puts words of the two columns at nearly one height on one line)."""
    read = [line for line in read if line.top + line.size >= MARGIN_ZONE and line.top <= page.height - MARGIN_ZONE]
    if not read:
        return None
    size = Counter(line.size for line in read).most_common(1)[0][0]
    rows: dict[float, list[tuple[float, float, str, float, float]]] = {}  # the words of each line, by their top
    for line in read:
        levels: list[float] = []  # the heights a line's words stand at: of two columns' lines pdfplumber joined
        for (x0, x1, text), top in zip(line.words, line.tops, strict=True):
            level = next((level for level in levels if abs(level - top) <= SET_LEVEL * line.size), None)
            if level is None:
                levels.append(level := top)
            rows.setdefault(round(level), []).append((x0, x1, text, top, top + line.size))
    lines = sorted([(min(word[3] for word in row), max(word[4] for word in row), _cell_spans(row, CELL_GAP * size))
                    for row in rows.values()]
                   + [(table.bbox[1], table.bbox[3], [(table.bbox[0], table.bbox[2], False)]) for table in tables])
    left, right = min(line.x0 for line in read), max(x1 for line in read for _x0, x1, _text in line.words[-1:])
    run = _tallest_blank_run(lines, (left + (right - left) / 4, right - (right - left) / 4), CELL_GAP * size)
    if run is None:
        return None
    first, end, (start, end_of_band) = run
    gutter = (start + end_of_band) / 2
    text_top, text_bottom = lines[0][0], max(bottom for _top, bottom, _spans in lines)
    top, bottom = lines[first][0], max(line[1] for line in lines[first:end])
    (lines_left, running_left), (lines_right, running_right) = (
        _column_text(lines[first:end], left, gutter, left + COLUMN_INDENT * size),
        _column_text(lines[first:end], gutter, right, end_of_band + COLUMN_INDENT * size))
    # running text each side, or a heading each side over lines of text (short bullets), no line of either printing
    # two cells apart: two columns of text, whether their lines stand level or not, and however low the right one
    # starts (a table's cells or notes beside running text are no running text, nor a row's wrapped label beside its
    # figure), but a table's texts wrapped in their cells, where no heading stands each side
    headed = _headed_each_side(page.chars, gutter, top, bottom, size)
    texts = (min(running_left, running_right) >= _COLUMN_LINES
             or headed and min(lines_left, lines_right) >= _COLUMN_LINES) and not any(
        sum(x1 <= gutter for _x0, x1, _h in spans) > 1 or sum(x0 >= gutter for x0, _x1, _h in spans) > 1
        for _top, _bottom, spans in lines[first:end])
    if (bottom - top < GUTTER_RUN * (text_bottom - text_top) or not (lines_left and lines_right)
            or max(running_left, running_right) < _COLUMN_LINES and not texts
            or (_rows_beside(lines[first:end], gutter, size) and not headed
                if texts else _rows_across(lines[first:end], gutter))):
        return None
    above = max((line[1] for line in lines[:first]), default=None)
    below = min((line[0] for line in lines[end:]), default=None)
    if above is not None and above >= top or below is not None and below <= bottom:
        return None  # no clean cut between the columns and what spans the page
    upper = top if above is None else (above + top) / 2
    lower = bottom if below is None else (bottom + below) / 2
    left = [(t, b) for t, b, spans in lines[first:end] if any(x1 <= gutter for _x0, x1, _h in spans)]
    right_top = min((t for t, _b, spans in lines[first:end] if any(x0 >= gutter for x0, _x1, _h in spans)))
    if max(left[0][0], right_top) - top > COLUMNS_LEVEL * size and not texts:
        return None  # lines right of a table's rows lower down (its notes), or left of none (below it): not a column
    left_bottom = max(b for _t, b in left)
    return gutter, upper - 1, lower + 1, max(0.0, left_bottom + ROW_SPACE * size - right_top)


def _cell_spans(words: list[tuple[float, float, str, float, float]], gap: float) -> list[tuple[float, float, bool]]:
    """Words (x0, x1, text, top, bottom) joined where less than a cell gap parts them: a line's cells, left to right,
    each with whether it prints words of Hangul: not a table's units or date in brackets over it (`(2025. 5. 31. 기준,
    단위: 천원)`, set at the right), no line of a column's text."""
    cells: list[tuple[float, float, str]] = []
    for x0, x1, text, _top, _bottom in sorted(words):
        if cells and x0 - cells[-1][1] < gap:
            cells[-1] = (cells[-1][0], max(cells[-1][1], x1), f"{cells[-1][2]} {text}")
        else:
            cells.append((x0, x1, text))
    return [(x0, x1, _HANGUL_RE.search(text) is not None and not is_table_units_or_date(text))
            for x0, x1, text in cells]


def _column_text(lines: list[tuple[float, float, list[tuple[float, float, bool]]]], x0: float, x1: float,
                 indent: float) -> tuple[int, int]:
    """How many of `lines` print one cell of Hangul between x0 and x1 starting by `indent` (a column's line of
    text: not a unit's caption set at the right, `(단위: 천원)`, beside a table in one column), and no more than one
    cell beside it (a table's row across the gutter, `구 분 | 계 | 일 반 직 | 운 영 직 | 공무직`, is no column's line),
    and how many of those fill half its width or more (running text)."""
    cells = [inside[0] for _top, _bottom, spans in lines
             if len(inside := [span for span in spans if span[0] >= x0 and span[1] <= x1]) == 1 and inside[0][2]
             and inside[0][0] <= indent and len(spans) <= 2]
    return len(cells), sum(cell[1] - cell[0] >= (x1 - x0) / 2 for cell in cells)


def _rows_across(lines: list[tuple[float, float, list[tuple[float, float, bool]]]], gutter: float) -> bool:
    """Whether the lines each side of `gutter` stand as a table's cells do beside each other, on their rows: half of
    the lines at the right or more at one height off the nearest line at the left (`LEVELLED` either way; a smaller
    type set at the foot of a row, or in its middle, stands off by as much on every row), or half of the lines at the
    left, where they are fewer, so set off a line at the right that is not the one right under the line the line
    above them stands by (a row's label beside the first or middle line of its cell's text wrapped over lines of
    its own, `구 분` over labels beside `주 요 내 용` over their texts: counted at the right alone, most of the texts'
    lines stood beside no label, and the table was read as two columns, its labels then its texts; a column's lines
    right under each other beside the other's, as two columns in one type start, count for nothing). Two columns of
    a page run each at its own heights (their headings, the space between their paragraphs)."""
    left = sorted(top for top, _bottom, spans in lines if any(x1 <= gutter for _x0, x1, _h in spans))
    right = sorted(top for top, _bottom, spans in lines if any(x0 >= gutter for x0, _x1, _h in spans))
    if not left or not right:
        return False
    return _levelled(right, left, False) * 2 >= len(right) or (
        len(left) < len(right) and _levelled(left, right, True) * 2 >= len(left))


def _rows_beside(lines: list[tuple[float, float, list[tuple[float, float, bool]]]], gutter: float, size: float) -> bool:
    """Whether running text each side of `gutter` (`_columns`) is a table's texts wrapped in its cells (`추진 내용 |
    향후 계획` without rules): the blanks between its paragraphs (lines further apart than the side's least step,
    a row's padding) on the side that leaves fewer, two at least, each stand across one the other side leaves, as
    the rows part both sides at one height (at the cells' tops, or in their middles; a caption over the table adds
    one to its side). Two columns of text end their paragraphs each at its own heights."""
    def blanks(left: bool) -> list[tuple[float, float]]:
        side = sorted((top, bottom) for top, bottom, spans in lines
                      if any(x1 <= gutter if left else x0 >= gutter for x0, x1, _h in spans))
        step = min((b[0] - a[0] for a, b in itertools.pairwise(side)), default=0.0)
        return [(a[1], b[0]) for a, b in itertools.pairwise(side) if b[0] - a[0] > step + ROW_SPACE * size]

    fewer, more = sorted((blanks(True), blanks(False)), key=len)
    return len(fewer) >= 2 and all(any(a < d and c < b for c, d in more) for a, b in fewer)


def _headed_each_side(chars: list[dict], gutter: float, top: float, bottom: float, size: float) -> bool:
    """Whether each side of `gutter` prints a heading (characters in larger type than the text's `size`) between
    `top` and `bottom`: two columns, each with its own (a heading may share a line of pdfplumber's with the other
    column's text), where their paragraphs part at one height as a table's rows do (a table prints its cells in one
    type)."""
    headings = [char for char in chars if char["size"] >= size + HEADING_GAIN and top <= char["top"] <= bottom
                and not char["text"].isspace()]
    return any(char["x1"] <= gutter for char in headings) and any(char["x0"] >= gutter for char in headings)


def _levelled(tops: list[float], other: list[float], apart: bool) -> int:
    """How many of `tops` stand at the one offset most of them stand at off the nearest of `other` (both sorted),
    within `LEVELLED` either way; `apart`: not counting one whose nearest is the one right under the one above's
    nearest (a column's lines beside another's)."""
    offsets, previous = [], None
    for top in tops:
        k = bisect.bisect_left(other, top)
        nearest = min(range(max(k - 1, 0), min(k + 1, len(other) - 1) + 1), key=lambda j: abs(other[j] - top))
        if not (apart and previous is not None and nearest == previous + 1):
            offsets.append(top - other[nearest])
        previous = nearest
    offsets.sort()
    most, first = 0, 0
    for k, offset in enumerate(offsets):
        while offset - offsets[first] > 2 * LEVELLED:
            first += 1
        most = max(most, k - first + 1)
    return most


def _tallest_blank_run(lines: list[tuple[float, float, list[tuple[float, float, bool]]]],
                       window: tuple[float, float], width: float) -> tuple[int, int, tuple[float, float]] | None:
    """The longest run of lines (first, after the last; top to bottom) that leave a band of `window` at least
    `width` wide blank, and its band nearest the window's middle; None where no two lines do."""
    best = None
    first, blank = 0, [window]
    for k, (_top, _bottom, spans) in enumerate([*lines, (0.0, 0.0, [(-math.inf, math.inf, False)])]):
        narrowed = _blank_left(blank, spans, width)
        if narrowed:
            blank = narrowed
            continue
        if k - first >= 2 and (best is None or k - first > best[1] - best[0]):
            middle = (window[0] + window[1]) / 2
            best = (first, k, min(blank, key=lambda band: abs((band[0] + band[1]) / 2 - middle)))
        first, blank = k, _blank_left([window], spans, width)
        if not blank:
            first, blank = k + 1, [window]
    return best


def _blank_left(bands: list[tuple[float, float]], spans: list[tuple[float, float, bool]],
                width: float) -> list[tuple[float, float]]:
    """The parts of `bands` that no span covers, `width` wide at least."""
    for x0, x1, _hangul in spans:
        bands = [piece for b0, b1 in bands for piece in ((b0, min(b1, x0)), (max(b0, x1), b1)) if piece[1] > piece[0]]
    return [band for band in bands if band[1] - band[0] >= width]


def _within_box(bbox: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether a ruled table lies in a part of a page (a column), give or take a rule's width: read with that part."""
    return (bbox[0] >= box[0] - RULES_APART and bbox[1] >= box[1] - RULES_APART
            and bbox[2] <= box[2] + RULES_APART and bbox[3] <= box[3] + RULES_APART)


def _lowered(item: object, shift: float) -> object:
    """A line of the right column of a page in two columns put `shift` points lower (`_read_page`)."""
    if not shift or not isinstance(item, _Line):
        return item
    item.top += shift
    item.tops = tuple(top + shift for top in item.tops)
    item.band = item.band and (item.band[0] + shift, item.band[1] + shift)
    item.merged = item.merged and (item.merged[0] + shift, item.merged[1] + shift)
    return item


def _wrapped_figures_joined(table, rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A figure wrapped in a ruled cell too narrow for it (`23` over `6`, `1,235,` over `000`) is one figure,
    its lines joined without a space as a word wrapped mid-word is (`label_lines_joined`), where its column's
    cells below the header (the rows above the first that prints a figure: a header of two rows prints `소 계` under
    `총 계`) are figures. Its lines must be pieces of one figure, and its first line fill the cell: no room left
    beside it for the next line's first character and the cell's padding, as wrapping leaves it. Two figures a cell
    prints on purpose stay apart (`48` over `(3)`; `12` over `5` in a cell wide enough for `12 5`)."""
    header = next((r for r, row in enumerate(rows) if any(map(_is_figure, row))), len(rows))
    texts = [list(row) for row in rows]
    padding = functools.cache(functools.partial(_aligned_padding, table))  # read once a cell needs it
    for r in range(header, len(rows)):
        for c, (text, cell) in enumerate(zip(rows[r], table.rows[r].cells, strict=True)):
            if (cell is None or not _FIGURE_PIECES_RE.fullmatch(text)
                    or not all(_is_figure(row[c]) for row in rows[header:] if row[c])):
                continue
            lines = table.page.crop(cell, strict=False).extract_text_lines(return_chars=True, strip=True)
            if len(lines) < 2:
                continue
            # padded a type size (HWP's, reportlab's), or the table's own padding where its text shows it wider
            padded = max(CELL_PADDING * lines[1]["chars"][0]["size"], padding() or 0.0)
            if _fills_its_cell(cell, lines[0], lines[1], padded):
                texts[r][c] = text.replace(" ", "")
    return tuple(tuple(row) for row in texts)


def _wrapped_words_joined(table, rows: tuple[tuple[str, ...], ...],
                          wrapping: _CellWrapping) -> tuple[tuple[str, ...], ...]:
    """A word wrapped mid-word in a ruled cell too narrow for it (`부속건` over `물`, `전산운` over `영팀`, `국외(4`
    over `개국)`, a figure and its unit `1,235,0` over `00원`) is one word, its lines joined without a space, as a
    wrapped figure's are (`_wrapped_figures_joined`): where a line ends in a syllable or digit, the next starts with a
    syllable (or a digit, in a cell that prints more than a figure's pieces: those are `_wrapped_figures_joined`'s),
    and the line fills the cell (`_fills_its_cell`), its break forced by the cell's width. A line that leaves room
    for the next one's first character was broken at a space the writer typed, and the space stays; so does a line
    of one syllable, a spaced label's (`구 분`) printed a syllable a line, and the lines of words that fill a line
    each (`이용자` over `만족도` over `조사`: three lines or more of one word, each but the last filling the cell), as
    a word run over three lines of a cell is rarer than three words as wide as the cell. Where cells wrap by words,
    as a table shows (`_wraps_by_words`) or one before it (`wrapping`), a word is broken only where it is too wide
    for a line of its own, and a full line over a word that would fit one (`공원 조성` over `및 관리`) was broken at
    its space (before, `공원 조성및 관리`)."""
    texts = [list(row) for row in rows]
    padding = functools.cache(functools.partial(_aligned_padding, table))  # read once a cell needs it
    wrapped_cells = []
    for r, row in enumerate(rows):
        for c, (text, cell) in enumerate(zip(row, table.rows[r].cells, strict=True)):
            if cell is None or not _WORD_WRAP_RE.search(text) or _FIGURE_PIECES_RE.fullmatch(text):
                continue
            lines = table.page.crop(cell, strict=False).extract_text_lines(return_chars=True, strip=True)
            printed = [" ".join(line["text"].split()) for line in lines]
            if len(lines) < 2 or " ".join(printed) != text:
                continue
            padded = _padding_shown(cell, lines, padding)
            fills = [_fills_its_cell(cell, line, following, padded) for line, following in itertools.pairwise(lines)]
            if len(lines) > 2 and all(fills) and " " not in "".join(printed):
                continue  # words a line each
            wrapped_cells.append((r, c, cell, lines, printed, padded, fills))
    wrapping.by_words = wrapping.by_words or _wraps_by_words(wrapped_cells)
    for r, c, cell, lines, printed, padded, fills in wrapped_cells:
        joined = printed[0]
        for k, (words, next_words) in enumerate(itertools.pairwise(printed)):
            wrapped = (fills[k] and not _HANGUL_RE.fullmatch(words)
                       and _WORD_WRAP_RE.fullmatch(f"{words[-1]} {next_words[0]}"))
            if wrapped and _fits_a_line(cell, lines[k], lines[k + 1], padded):  # by words, broken at its space
                wrapped = not wrapping.by_words
                wrapping.unsure = wrapping.unsure or wrapped
            joined += ("" if wrapped else " ") + next_words
        texts[r][c] = joined
    return tuple(tuple(row) for row in texts)


def _wraps_by_words(wrapped_cells: list) -> bool:
    """Whether a table's cells wrap by words, not characters, as a word processor set so (and reportlab) wraps them:
    a line of a cell left room for a space and the next line's first syllable but not for its first word, which went
    down whole. Without room for the space too, the break at a space says nothing of how words wrap (a line wrapped
    by characters breaks there as well); nor does a figure or a Latin word going down whole, which a word processor
    keeps whole wrapping Hangul by characters."""
    for cell, lines, printed, padded in (found[2:6] for found in wrapped_cells):
        space = _space_width(lines)
        for k, (words, next_words) in enumerate(itertools.pairwise(printed)):
            room = cell[2] - cell[0] - _width(lines[k]["chars"]) - 2 * padded
            first = lines[k + 1]["chars"][0]
            if (_HANGUL_RE.fullmatch(words[-1]) and _HANGUL_RE.fullmatch(next_words[0])
                    and first["x1"] - first["x0"] + space <= room < _first_word_width(lines[k + 1]) + space):
                return True
    return False


def _space_width(lines: list[dict]) -> float:
    """A space as a cell's lines print it: the least blank between two of their words, else a quarter of their type
    size."""
    size = lines[0]["chars"][0]["size"]
    gaps = [b["x0"] - a["x1"] for line in lines for a, b in itertools.pairwise(
        [char for char in line["chars"] if not char["text"].isspace()])]
    return min((gap for gap in gaps if gap > WORD_GAP * size), default=size / 4)


def _fits_a_line(cell: tuple[float, float, float, float], line: dict, following: dict, padding: float) -> bool:
    """Whether the word a line's last word and the next line's first would make fits a line of the cell."""
    last = len(" ".join(line["text"].split()).rsplit(" ", 1)[-1])
    return _width(line["chars"][-last:]) + _first_word_width(following) + 2 * padding <= cell[2] - cell[0]


def _first_word_width(line: dict) -> float:
    return _width(line["chars"][:len(" ".join(line["text"].split()).split(" ", 1)[0])])


def _width(chars: list[dict]) -> float:
    return chars[-1]["x1"] - chars[0]["x0"]


def _fills_its_cell(cell: tuple[float, float, float, float], line: dict, following: dict, padding: float) -> bool:
    """Whether a cell's `line` leaves less room beside it than its `following` line's first character and two
    `padding`s would take: the line was wrapped, not broken on purpose."""
    first = following["chars"][0]
    room = cell[2] - cell[0] - (line["x1"] - line["x0"])
    return room < first["x1"] - first["x0"] + 2 * padding


def _padding_shown(cell: tuple[float, float, float, float], lines: list[dict], table_padding) -> float:
    """A cell's padding as its `lines` show it: the blank beside them where they are set at one side (they start, or
    they end, in line, nearer that side than the other), else the table's own (`table_padding`, read when needed:
    `_aligned_padding`), else a type size (HWP's, reportlab's)."""
    starts, ends = [line["x0"] for line in lines], [line["x1"] for line in lines]
    left, right = min(starts) - cell[0], cell[2] - max(ends)
    if max(starts) - min(starts) <= ALIGNED and left < right - ALIGNED:
        return left
    if max(ends) - min(ends) <= ALIGNED and right < left - ALIGNED:
        return right
    if (padding := table_padding()) is not None:
        return padding
    return CELL_PADDING * lines[0]["chars"][0]["size"]


def _aligned_padding(table) -> float | None:
    """A ruled table's padding where its text shows it: the least blank a cell's text leaves beside the side it is
    set at (left or right: nearer that side than the other). None where every cell's text is centred, which shows
    no padding."""
    paddings = []
    chars = sorted((char for char in table.page.chars if not char["text"].isspace()),
                   key=lambda char: (char["top"] + char["bottom"]) / 2)
    middles = [(char["top"] + char["bottom"]) / 2 for char in chars]
    for row in table.rows:
        _x0, top, _x1, bottom = row.bbox
        in_row = chars[bisect.bisect_left(middles, top):bisect.bisect_right(middles, bottom)]
        for cell in filter(None, row.cells):
            if printed := [char for char in in_row if _inside(char, cell)]:
                left = min(char["x0"] for char in printed) - cell[0]
                right = cell[2] - max(char["x1"] for char in printed)
                if abs(left - right) > ALIGNED:
                    paddings.append(min(left, right))
    return min(paddings, default=None)


def _column_edges(table) -> tuple[float, ...]:
    """The x of a pdfplumber table's columns' edges, left to right: where its cells start, and its right side."""
    cells = [cell for row in table.rows for cell in row.cells if cell is not None]
    return (*sorted({cell[0] for cell in cells}), max(cell[2] for cell in cells))


def _merged_marks_spread(table, rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A schedule's mark or bar printed once in a cell merged across months marks each month it covers, as in an
    HTML table (`spread_mark`): pdfplumber gives the cells a merge covers as None, and those right of a cell
    starting before its right side are merged across with it (not down from a row above)."""
    starts = _column_edges(table)[:-1]
    spread = []
    for row, cells in zip(rows, table.rows, strict=True):
        texts = list(row)
        for c, cell in enumerate(cells.cells):
            if cell is not None:
                columns = sum(cell[0] <= start < cell[2] - RULES_APART for start in starts)
                texts[c: c + columns] = spread_mark(texts[c], columns)
        spread.append(tuple(texts))
    return tuple(spread)


def _readable(path: str, page, number: int):
    """The page without the glyphs of fonts that have no Unicode map (HWP's subset fonts often have none; a
    PDF locked against copying may hide the map): a lone one among readable text, a symbol, is dropped; two
    side by side are words that cannot be read, and the file is refused rather than stored as `(cid:N)`."""
    unmapped = [k for k, char in enumerate(page.chars) if char["text"].startswith(UNMAPPED)]
    if not unmapped:
        return page
    if any(later - earlier == 1 for earlier, later in itertools.pairwise(unmapped)):
        raise ReportError(path, f"its fonts have no Unicode map: the text of page {number} prints as (cid:N) "
                                "glyphs and cannot be read (convert the PDF with another tool, or OCR it)")
    return page.filter(lambda obj: obj.get("object_type") != "char" or not obj["text"].startswith(UNMAPPED))


def _dashes_as_drawn(page):
    """The page with each soft hyphen pdfminer reads read as the en dash it is drawn as (`DRAWN_SOFT_HYPHEN`):
    `문화체육과 – 4개팀`, `–3`. Before, the line printed `문화체육과 \u00ad 4개팀` and the figure was no minus."""
    for char in page.chars:
        if char["text"] == DRAWN_SOFT_HYPHEN:
            char["text"] = "\u2013"
    return page


def _without_footnote_marks(page):
    """The page without its footnote marks: a run of glyphs in smaller type raised over the glyph they follow
    (`현 원¹⁾`, `51*`, HWP's superscript), which pdfplumber reads as a line of their own above it (`1) 현 원`: the
    row no status's). The note under the table, `※ 1) 휴직자 포함`, keeps the number. A raised `2` after `m` is the
    unit's power, read `m²`."""
    marks = set()
    before = None  # the glyph before, in the order the page prints them
    for char in page.chars:
        base = before
        before = char
        if base is None or char["text"].isspace() or abs(char["x0"] - base["x1"]) > MARK_GAP:
            continue
        if id(base) in marks:
            if abs(char["bottom"] - base["bottom"]) <= MARK_GAP and abs(char["size"] - base["size"]) < MARK_GAP:
                marks.add(id(char))
        elif (char["size"] <= MARK_SIZE * base["size"] and char["bottom"] < base["bottom"] - MARK_RISE * base["size"]
              and char["bottom"] > base["top"]):
            if base["text"] in "mM" and char["text"] in POWERS:  # a unit's: set on the line, as text prints it
                char.update({key: base[key] for key in ("top", "bottom", "doctop", "y0", "y1", "size")},
                            text=POWERS[char["text"]])
            else:
                marks.add(id(char))
    return page.filter(lambda obj: id(obj) not in marks) if marks else page


def _reading_order(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, float, bool]]:
    """The order a page's ruled tables (their bboxes) are read in: top to bottom, and tables at one height (tops
    less than `LEVEL` apart) left to right, each wholly right of the one before beside it, under the lines above
    both. Each: its index, the top it is placed at among the page's lines (its height's highest, so tables side by
    side stay together in that order), and whether it is beside the one before. A table lower down beside a tall
    one is not: the lines above that one are not over it."""
    heights: list[list[int]] = []  # the tables at each height, by index
    for k in sorted(range(len(boxes)), key=lambda k: boxes[k][1]):
        if heights and boxes[k][1] - boxes[heights[-1][0]][1] < LEVEL:
            heights[-1].append(k)
        else:
            heights.append([k])
    order: list[tuple[int, float, bool]] = []
    for level in heights:
        top = boxes[level[0]][1]
        level.sort(key=lambda k: boxes[k][0])
        order += [(k, top, j > 0 and boxes[k][0] >= boxes[level[j - 1]][2]) for j, k in enumerate(level)]
    return order


def _inked(rects: list[dict]) -> list[dict]:
    """The page's fills that shade something: not paper white."""
    return [rect for rect in rects if rect["fill"] and not _paper_white(rect["non_stroking_color"])]


def _filled_months_marked(table, rows: tuple[tuple[str, ...], ...], shades: list[dict]) -> tuple[tuple[str, ...], ...]:
    """A schedule (추진일정) drawn as a ruled table whose planned months are shaded cells, printing nothing:
    each such month cell holds the mark a text schedule prints there (`FILLED_MONTH`), so the grid reads as
    the same schedule printed with marks. Only below a row of month labels, in their columns, and not in a row
    whose label is shaded too (a shaded 계 row, a striped table): the header's fills are no marks. `shades`:
    the page's fills (`_inked`)."""
    if not shades:
        return rows
    header = next((k for k, row in enumerate(rows[:_MONTH_ROW_AT_MOST])
                   if sum(map(is_month_label, row)) >= 3), None)
    if header is None:
        return rows

    def shaded(cell: tuple[float, float, float, float] | None) -> bool:
        if cell is None:
            return False
        x, y = (cell[0] + cell[2]) / 2, (cell[1] + cell[3]) / 2
        return any(rect["x0"] < x < rect["x1"] and rect["top"] < y < rect["bottom"] for rect in shades)

    months = {c for c, text in enumerate(rows[header]) if is_month_label(text)}
    marked = list(rows[:header + 1])
    for row, cells in zip(rows[header + 1:], table.rows[header + 1:], strict=True):
        if shaded(cells.cells[0]):
            marked.append(row)
            continue
        marked.append(tuple(FILLED_MONTH if c in months and not text and shaded(cell) else text
                            for c, (text, cell) in enumerate(zip(row, cells.cells, strict=True))))
    return tuple(marked)


def _shaded_months_marked(lines: list[_Line], shades: list[dict]) -> None:
    """A schedule (추진일정) drawn without vertical rules (as HWP draws it: ruled above and below, or between the
    rows, or not at all) is no ruled table, and a row whose planned months are shaded cells printing nothing is a
    line of its step alone. Each shade (`_inked`) below a line of month labels, within their columns and right
    of a row's label, puts on that row's line the mark a text schedule prints (`FILLED_MONTH`) under each month
    label it spans, as `_filled_months_marked` does in a ruled schedule: the lines read as the schedule printed
    with marks. Not on a row whose label is shaded too (a shaded 계 row), nor under the header's own fills."""
    headers = [(line, months) for line in lines
               if len(months := [(x0 + x1) / 2 for x0, x1, word in line.words if is_month_label(word)]) >= 3]
    if not headers:
        return
    for line in lines:
        header = max((header for header in headers if header[0].top < line.top), key=lambda h: h[0].top,
                     default=None)
        if header is None or not line.words:
            continue
        months = header[1]
        pitch = (months[-1] - months[0]) / (len(months) - 1)
        middle = line.top + line.size / 2
        label_end = _cells(line)[0][1]
        row = [rect for rect in shades if rect["top"] < middle < rect["bottom"]]
        if not row or any(rect["x0"] < label_end and rect["x1"] > line.words[0][0] for rect in row):
            continue  # no shade on its height, or its label shaded too
        spanned = {centre for rect in row if label_end <= rect["x0"] and months[0] - pitch <= rect["x0"]
                   and rect["x1"] <= months[-1] + pitch for centre in months if rect["x0"] < centre < rect["x1"]}
        marked = [centre for centre in spanned if not any(x0 < centre < x1 for x0, x1, _word in line.words)]
        if marked:
            half = line.size / 2
            _words_set(line, sorted([*zip(line.words, line.tops, strict=True),
                                     *(((centre - half, centre + half, FILLED_MONTH), line.top) for centre in marked)]))


def _paper_white(color) -> bool:
    """Whether a fill's colour (grey, RGB or CMYK) is white, or so near it that it shades nothing."""
    values = color if isinstance(color, tuple | list) else (color,)
    if not all(isinstance(value, int | float) for value in values):
        return False  # a pattern, or no colour set (black)
    return max(values) <= NO_INK if len(values) == 4 else min(values) >= 1 - NO_INK


def _ruled_tables_of(page) -> list:
    """pdfplumber's tables, found from the page's borders (`_borders`) with the sides `_open_sides` adds, the
    rules of each ruled area apart (`_ruled_areas`): pdfplumber snaps rules a few points apart to one x across the
    page, so the sides of centred tables a little narrower or wider than one another moved off their rows' ends,
    and a table lost its outer columns."""
    edges = _pieces_joined(_borders(page))
    tables = []
    drawn = filter_edges(edges, "v", min_length=1)
    sides = [*drawn, *_open_sides(edges)]
    vertical_ids = {id(edge) for edge in sides}
    for area in _ruled_areas([*sides, *filter_edges(edges, "h", min_length=1)]):
        vertical = [edge for edge in area if id(edge) in vertical_ids]
        horizontal = [edge for edge in area if id(edge) not in vertical_ids]
        if len(vertical) >= 2 and len(horizontal) >= 2:  # a cell can be ruled (pdfplumber takes no fewer lines)
            tables += page.find_tables({"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                                        "explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal})
    tables.sort(key=lambda table: (table.bbox[1], table.bbox[0]))
    return [_without_box_atop(page, table, drawn) for table in tables
            if not _ruled_across_alone(page, table, drawn)]


def _ruled_across_alone(page, table, drawn: list[dict]) -> bool:
    """Whether a table is ruled across between its rows but has no vertical rule drawn inside it, only its sides
    (a box, or the ends of its rules, `_open_sides`), as HWP's tables often part their columns by space alone:
    pdfplumber reads each row as one cell, its cells run together (or two, where a rule skips a label merged down
    over the rows it parts). Two rows or more print cells a cell gap apart; the text reader then parts its columns,
    as it does a table's ruled with horizontal rules alone. A boxed note or title (its words a space apart) stays."""
    x0, top, x1, bottom = table.bbox
    if len(table.rows) < 2 or any(x0 + RULES_APART < edge["x0"] < x1 - RULES_APART and edge["top"] < bottom
                                  and edge["bottom"] > top for edge in drawn):
        return False
    gapped = 0
    for row in table.rows:
        lines = page.crop(row.bbox).extract_text_lines(return_chars=True, strip=True)
        gapped += any(_words_of_cells(line["chars"], line["chars"][0]["size"])[1] for line in lines if line["chars"])
    return gapped >= 2


def _ruled_areas(edges: list[dict]) -> list[list[dict]]:
    """The edges parted into the areas they rule: edges whose boxes, widened by pdfplumber's tolerance of a
    rule's ends (`TABLE_TOLERANCE`), touch, or touch the area's box grown by them, are of one area."""
    areas: list[tuple[tuple[float, float, float, float], list[dict]]] = []  # each area's box and edges
    for edge in edges:
        box, area_edges = (edge["x0"] - TABLE_TOLERANCE, edge["top"] - TABLE_TOLERANCE,
                           edge["x1"] + TABLE_TOLERANCE, edge["bottom"] + TABLE_TOLERANCE), [edge]
        while touching := [area for area in areas if _boxes_touch(area[0], box)]:
            for area in touching:
                areas.remove(area)
                area_edges += area[1]
            box = (min(box[0], *(a[0][0] for a in touching)), min(box[1], *(a[0][1] for a in touching)),
                   max(box[2], *(a[0][2] for a in touching)), max(box[3], *(a[0][3] for a in touching)))
        areas.append((box, area_edges))
    return [area_edges for _box, area_edges in areas]


def _boxes_touch(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _without_box_atop(page, table, drawn: list[dict]):
    """The table without a box drawn right on top of it: a boxed title (a ruled cell of one line, as HWP prints a
    section's title or `□ 목 차`) as wide as a table ruled without outer sides below it shares its corners, and
    pdfplumber read the title as the table's first row (the contents not read). Such a row is one cell across the
    table whose sides are `drawn` while the row below has none drawn (`_open_sides` gave it its own); a table of
    drawn outer sides keeps a first row of one cell (a title row of its own)."""
    rows = table.rows
    if len(rows) < 3 or sum(cell is not None for cell in rows[0].cells) != 1:
        return table
    x0, top, x1, bottom = next(cell for cell in rows[0].cells if cell is not None)
    below = (rows[1].bbox[1] + rows[1].bbox[3]) / 2

    def side(x: float, y0: float, y1: float) -> bool:
        return any(abs(edge["x0"] - x) <= RULES_APART and edge["top"] <= y0 + RULES_APART
                   and edge["bottom"] >= y1 - RULES_APART for edge in drawn)

    if (abs(x0 - table.bbox[0]) > RULES_APART or abs(x1 - table.bbox[2]) > RULES_APART
            or not (side(x0, top, bottom) and side(x1, top, bottom))
            or side(x0, below, below) or side(x1, below, below)):
        return table
    return CellTable(page, [cell for cell in table.cells if cell[1] >= bottom - RULES_APART])


def _borders(page) -> list[dict]:
    """The edges that can rule a table: lines, curves and boxes, but not the sides of a shade (`_shades`),
    drawn behind the text of cells and not between them. A shade behind two header rows with a rule between
    them, or on a shaded 계 row, would else be read as a table of one column."""
    shades = {id(rect) for rect in _shades(page.rects)}
    if not shades:
        return page.edges
    return [*map(line_to_edge, page.lines), *(edge for rect in page.rects if id(rect) not in shades
                                              for edge in rect_to_edges(rect)), *page.curve_edges]


def _pieces_joined(edges: list[dict]) -> list[dict]:
    """The edges with each rule drawn piece by piece as one: a word processor that keeps borders per cell (HWP)
    strokes each cell's edge apart, so a rule across a table is as many short edges, and a vertical rule through
    a header of two rows two. The sides of a table with open sides (`_open_sides`) are found from whole rules."""
    joined: list[dict] = []
    for orientation, at, start, end in (("h", "top", "x0", "x1"), ("v", "x0", "top", "bottom")):
        pieces = sorted((edge for edge in edges if edge["orientation"] == orientation), key=lambda edge: edge[at])
        lines: list[list[dict]] = []  # the pieces at one height (horizontal) or x (vertical)
        for edge in pieces:
            if lines and edge[at] - lines[-1][0][at] <= PIECES_APART:
                lines[-1].append(edge)
            else:
                lines.append([edge])
        for line in lines:
            joined += [{**line[0], start: a, end: b} for a, b in _spans_joined([(e[start], e[end]) for e in line])]
    for rule in joined:
        rule["width"], rule["height"] = rule["x1"] - rule["x0"], rule["bottom"] - rule["top"]
    return joined


def _spans_joined(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The stretches (start, end) of one rule, left to right, those that touch or nearly touch as one."""
    joined: list[tuple[float, float]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1] + PIECES_APART:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _shades(rects: list[dict]) -> list[dict]:
    """The fills (a shaded header or 계 row, stroked or not) too thick to be rules, but those that box a cell:
    stroked, side by side with another (a row of shaded cells, each drawn with its border)."""
    fills = [rect for rect in rects if rect["fill"] and min(rect["width"], rect["height"]) > RULE_WIDTH]
    boxed = [rect for rect in fills if rect["stroke"]]
    lefts, rights = {_side(rect, "x0") for rect in boxed}, {_side(rect, "x1") for rect in boxed}
    return [rect for rect in fills
            if not rect["stroke"] or (_side(rect, "x0") not in rights and _side(rect, "x1") not in lefts)]


def _side(rect: dict, x: str) -> tuple[int, int, int]:
    return round(rect["top"]), round(rect["bottom"]), round(rect[x])


class _Rules:
    """The page's horizontal rules, top to bottom, each with the spans it is drawn over (a rule may skip a
    cell merged down over the rows it parts; pieces drawn end to end are one span): lines, and boxes thin enough
    to be drawn as rules (not shaded cells). Rules closer than a line of type could print between are one. Their
    heights are sorted, so the rules next to a line are found by bisection, not by a scan of the page's rules for
    every line and cell."""

    def __init__(self, page) -> None:
        self.heights: list[float] = []
        self.spans: list[list[tuple[float, float]]] = []
        drawn = [(line["top"], line["x0"], line["x1"]) for line in page.lines if line["top"] == line["bottom"]]
        drawn += [(rect["top"], rect["x0"], rect["x1"]) for rect in page.rects if rect["height"] <= RULE_WIDTH]
        for top, x0, x1 in sorted(drawn):
            if not self.heights or top - self.heights[-1] > RULES_APART:
                self.heights.append(top)
                self.spans.append([])
            self.spans[-1].append((x0, x1))
        self.spans = list(map(_spans_joined, self.spans))  # a rule drawn piece by piece (`_pieces_joined`) is one

    def __bool__(self) -> bool:
        return bool(self.heights)

    def band(self, top: float, x0: float, x1: float) -> tuple[float, float] | None:
        """The heights of the nearest rules drawn over x0..x1 above and below `top`; None where there is none."""
        below = self.nearest(top, x0, x1, downward=True)
        above = self.nearest(top, x0, x1, downward=False) if below else None
        return None if above is None else (above[0], below[0])

    def nearest(self, top: float, x0: float, x1: float, *,
                downward: bool) -> tuple[float, tuple[float, float]] | None:
        """The height and the drawn part of the nearest rule drawn over x0..x1 at or below `top` (`downward`),
        or above it."""
        at = bisect.bisect_left(self.heights, top)
        for i in range(at, len(self.heights)) if downward else range(at - 1, -1, -1):
            for start, end in self.spans[i]:
                if start < x1 and end > x0:
                    return self.heights[i], (start, end)
        return None


def _centre_labels_on_their_rules(lines: list[_Line], rules: _Rules) -> None:
    """A group label printed anywhere over the columns it spans (at their left, as often as centred) moves
    to the centre of the rule drawn under it alone: a rule shorter than the one above the label, reaching
    over two labels or more of the header line below it, is the merged cell's lower edge, so its length is
    the group's span. Centred, the label heads the columns a centred label heads; at their left it would
    read as a label centred over the first of them."""
    for k, line in enumerate(lines):
        if line.band is None:
            continue
        for x0, x1, _text in _cells(line):
            under = rules.nearest(line.top, x0, x1, downward=True)
            if under is None or not (under[1][0] <= x0 and x1 <= under[1][1]):
                continue
            height, (start, end) = under
            over = rules.nearest(line.top, x0, x1, downward=False)
            if over is None or end - start >= over[1][1] - over[1][0] - RULES_APART:
                continue  # the table's own rule under the label, not its merged cell's
            sub_labels = next((other for other in lines[k + 1:] if other.top > height), None)
            if (sub_labels is None or _prints_figure(line) or _prints_figure(sub_labels)
                    or _labels_beside(lines[k + 1:], height, (start, end), (x0, x1))
                    or sum(start <= a and b <= end for a, b, _ in _cells(line)) != 1
                    or sum(start <= a and b <= end for a, b, _ in _cells(sub_labels)) < 2):
                continue
            shift = (start + end - x0 - x1) / 2
            line.words = tuple((a + shift, b + shift, word) if x0 <= a and b <= x1 else (a, b, word)
                               for a, b, word in line.words)
            line.x0 = line.words[0][0]


def _labels_beside(below: list[_Line], height: float, rule: tuple[float, float], label: tuple[float, float]) -> bool:
    """Whether a line of the lines below a label, above the rule at `height`, prints a cell over the rule's
    span beside the label (not under it, as its own wrapped line): the rule is the lower edge of that cell too,
    not of the label's merged cell alone (`관리운영직` merged down two header rows, printed halfway down them,
    beside `행 정 | 사회복지` whose rule goes on under it), so it says nothing of the label's span."""
    for other in below:
        if other.top >= height:
            return False
        if any(rule[0] < b and a < rule[1] and not (label[0] < b and a < label[1]) for a, b, _text in _cells(other)):
            return True
    return False


def _words_of_cells(chars: list[dict], size: float) -> tuple[tuple[tuple[float, float, str], ...], bool,
                                                             tuple[float, ...]]:
    """The words of a line with where each starts and ends, whether two of them are a cell gap apart (a
    row of a table ruled with horizontal lines only, or not at all, which pdfplumber finds no table in), and
    each word's top."""
    words: list[tuple[float, float, str]] = []
    tops: list[float] = []
    wide = False
    for char in chars:
        if char["text"].isspace():
            continue
        gap = char["x0"] - words[-1][1] if words else None
        if gap is None or gap > WORD_GAP * size:
            words.append((char["x0"], char["x1"], char["text"]))
            tops.append(char["top"])
            wide = wide or (gap is not None and gap >= CELL_GAP * size)
        else:
            words[-1] = (words[-1][0], char["x1"], words[-1][2] + char["text"])
            tops[-1] = min(tops[-1], char["top"])
    return tuple(words), wide, tuple(tops)


def _open_sides(edges: list[dict]) -> list[dict]:
    """Public documents often rule a table without its outer left and right borders. Where horizontal
    rules of one width have vertical rules between them, their ends stand in for the missing sides. A wider rule
    reaching over both ends may be the table's top or bottom rule too: a boxed title (a ruled cell, as HWP prints
    `□ 목 차` or a section's title) or a wider table touching it draws its rule over the table's, and the two are
    one rule (`_pieces_joined`); else the header row had no sides and lost its outer cells (`연번`, `쪽`)."""
    rules: dict[tuple[float, float], list[dict]] = {}
    for edge in edges:
        if edge["orientation"] == "h":
            rules.setdefault((round(edge["x0"]), round(edge["x1"])), []).append(edge)
    verticals = [edge for edge in edges if edge["orientation"] == "v"]
    sides = []
    for (left, right), group in rules.items():
        x0, x1 = group[0]["x0"], group[0]["x1"]
        inner = [v for v in verticals if x0 < v["x0"] < x1]
        wider = [edge for (a, b), over in rules.items() if a <= left and b >= right and (a, b) != (left, right)
                 for edge in over]
        for run in _joined_rules(sorted(group, key=lambda e: e["top"]), inner, wider):
            top, bottom = run[0]["top"], run[-1]["bottom"]
            sides += [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0,
                       "height": bottom - top} for x in (x0, x1)]
    return sides


def _joined_rules(rules: list[dict], inner: list[dict], wider: list[dict]) -> list[list[dict]]:
    """Runs of two or more horizontal rules (top to bottom) that vertical rules between their ends join, one
    table each: two tables of one width on a page are two, not one reaching from the first to the last (which
    would hide the text between them). A run goes on to the nearest `wider` rule right above or below it that
    those vertical rules reach (`_open_sides`)."""
    def joined(upper: dict, lower: dict) -> bool:
        return any(v["top"] <= upper["bottom"] + 1 and v["bottom"] >= lower["top"] - 1 for v in inner)

    runs: list[list[dict]] = []
    for rule in rules:
        if runs and joined(runs[-1][-1], rule):
            runs[-1].append(rule)
        else:
            runs.append([rule])
    for run in runs:
        above = max((rule for rule in wider if rule["top"] < run[0]["top"] - RULES_APART),
                    key=lambda rule: rule["top"], default=None)
        below = min((rule for rule in wider if rule["top"] > run[-1]["top"] + RULES_APART),
                    key=lambda rule: rule["top"], default=None)
        run[:0] = [above] if above is not None and joined(above, run[0]) else []
        run += [below] if below is not None and joined(run[-1], below) else []
    return [run for run in runs if len(run) >= 2]


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    """Whether an object's middle is in a table's box, as pdfplumber puts a character in a table's cell: a row's
    letters may reach over its rule (LibreOffice sets them with no padding, their tops half a point above it), and
    a character the table holds is no line of text above it as well."""
    x0, top, x1, bottom = box
    x = (obj.get("x0", -1) + obj.get("x1", -1)) / 2
    y = (obj.get("top", -1) + obj.get("bottom", -1)) / 2
    return x0 <= x <= x1 and top <= y <= bottom


def _drop_running_headers(pages: list[_Page]) -> None:
    """Page numbers anywhere, and lines repeated near the top or bottom edge of most pages, their page numbers
    aside: a footer `총무과 - 3 -`, or a page number printed bare, `3`, is one line on every page. So is a line
    there in smaller type than the body's that the document prints larger elsewhere: a header naming the part the
    page is in (`Ⅱ. 주요업무 추진실적`, as HWP prints a section's own header atop its pages), not its heading."""
    sizes = Counter(item.size for page in pages for item in page.items if isinstance(item, _Line) and not item.cells)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    largest: dict[str, float] = {}
    edge = Counter()
    for page in pages:
        for item in page.items:
            if isinstance(item, _Line):
                largest[item.text] = max(item.size, largest.get(item.text, 0.0))
                edge[_NUMBER_RE.sub("#", item.text)] += _at_edge(item, page)
    repeated = {text for text, n in edge.items() if n >= 2 and n * 2 >= len(pages)}
    for page in pages:
        page.items = [item for item in page.items if not isinstance(item, _Line) or not (
            PAGE_NUMBER_RE.match(item.text) or _at_edge(item, page) and (
                _NUMBER_RE.sub("#", item.text) in repeated or item.size < body < largest[item.text]))]


def _running_headers_once_dropped(pages: list[_Page]) -> None:
    """A running header or footer printed at one page break only (`2025년 주요업무보고` at the left, `노인복지과` at
    the right, or a department's name alone, `노인복지과`, `한빛구청 노인복지과`), the last line of a page or the first,
    in the margin or in the body's type close to the table, between a table's rows (`runs_through_table`): before,
    it parted the table, the rows below it a table of their own. A footer and a header at the same break look past
    each other to the rows. A department's name alone is the cover's department where the cover names one
    (`_departments_on_cover`), or any where the line stands apart from the rows (`_apart_from_rows`) and the body
    prints no department's name as a line of its own away from the page breaks (`_departments_printed_alone`: a
    heading over each 과's table, `사회복지과`, `노인복지과`): a table's group row `행정국` at a page's foot is none."""
    items = [(page, item) for page in pages for item in page.items]
    departments = _departments_on_cover(pages)
    dropped = set()
    printed_alone = None  # told once, where a line at a page break names a department the cover does not
    for k in range(1, len(items) - 1):
        page, line = items[k]
        if not (isinstance(line, _Line) and (items[k - 1][0] is not page or items[k + 1][0] is not page)
                and _may_run_told_by_text(line, departments)):
            continue
        before, after = _past_running_line(items, k, -1, departments), _past_running_line(items, k, 1, departments)
        (first, above), below = _table_ending(items, before + 1), _row_cells(items[after][1], first=True)
        if not (above and below):
            continue
        parts = [text for _x0, _x1, text in _cells(line)]
        ruled = isinstance(items[before][1], _Grid) and isinstance(items[after][1], _Grid)
        apart = not may_run(parts, departments, apart=False) and (ruled or _apart_from_rows(items, k))
        if apart and printed_alone is None:
            printed_alone = _departments_printed_alone(items, departments)
        if runs_through_table(parts, first, above, below, departments, apart=apart and not printed_alone,
                              every_cell=ruled):
            dropped.add(id(line))
    for page in pages:
        page.items = [item for item in page.items if id(item) not in dropped]


def _departments_on_cover(pages: list[_Page]) -> frozenset[str] | None:
    """The departments the first page's first lines name (`cover_departments`, their cells apart as a wide gap
    parts them in text), or None where they name none (a document with no cover: any department's name may then be
    its running header)."""
    firsts = [item for item in pages[0].items if isinstance(item, _Line)][:COVER_LINES] if pages else []
    return cover_departments(["   ".join(text for _x0, _x1, text in _cells(line)) for line in firsts]) or None


def _may_run_told_by_text(line: _Line, departments: frozenset[str] | None) -> bool:
    """Whether a line may be a running header, told by its text before its cells are (`may_run` tells it by them,
    as the cover names the department or the line stands apart from the rows): it has a cell gap, or it is a
    department's name, the cover's however spaced or any, which a header may print alone."""
    return line.cells or names_department(line.text, departments) or names_department(
        letter_spacing_joined(line.text))


def _departments_printed_alone(items: list[tuple[_Page, object]], departments: frozenset[str] | None) -> bool:
    """Whether the body prints a department's name other than the cover's as a line of its own away from the page
    breaks, a line of its page's before and after it (`사회복지과` over its table: a 국's report printing each 과's
    table under its name): another department's name at a page break is then such a heading, not a running
    header. A letter-spaced one (`노 인 복 지 과`) is one too; its last letter is told first, as most lines end
    otherwise, before its letters are joined."""
    return any(isinstance(line, _Line) and not line.cells and line.text[-1:] in DEPARTMENT_ENDS
               and items[k - 1][0] is page is items[k + 1][0]
               and names_department(name := letter_spacing_joined(line.text))
               and not (departments and names_department(name, departments))
               for k, (page, line) in enumerate(items[1:-1], start=1))


def _apart_from_rows(items: list[tuple[_Page, object]], k: int) -> bool:
    """Whether the line `k` at a page break is no row of the table on its page: a ruled table is next to it, or it
    stands in the page's margin farther from the row next to it than that row is from the next (a group row
    `행정국` is as far from the rows as they are from each other)."""
    page, line = items[k]
    step = 1 if items[k + 1][0] is page else -1  # towards the rows on its page
    near, far = items[k + step], items[k + 2 * step] if 0 <= k + 2 * step < len(items) else (None, None)
    if near[0] is not page:  # the line alone on its page
        return False
    if isinstance(near[1], _Grid):
        return True
    return (_at_edge(line, page) and far[0] is page and isinstance(far[1], _Line)
            and abs(near[1].top - line.top) > ROWS_APART * abs(far[1].top - near[1].top))


def _past_running_line(items: list[tuple[_Page, object]], k: int, step: int,
                       departments: frozenset[str] | None) -> int:
    """The item next to `k` in the direction `step`, or the one past it where it is the other running line at the
    same page break (a line across the break, or at its page's edge, that may be one, `may_run`)."""
    page, line = items[k + step]
    if 0 <= k + 2 * step < len(items) and isinstance(line, _Line) and _may_run_told_by_text(line, departments) and (
            (page is not items[k][0] or _at_edge(line, page))
            and may_run([text for _x0, _x1, text in _cells(line)], departments, apart=True)):
        return k + 2 * step
    return k + step


def _table_ending(items: list[tuple[_Page, object]], end: int) -> tuple[list[str], list[str]]:
    """The first and last rows' cells of the table the items before `end` end with (a ruled table, or lines of
    cells); none where they end with a line of text."""
    last = items[end - 1][1]
    if isinstance(last, _Grid):
        return _row_cells(last, first=True), _row_cells(last, first=False)
    k = end - 1
    while k and isinstance(items[k - 1][1], _Line) and items[k - 1][1].cells:
        k -= 1
    return _row_cells(items[k][1], first=True), _row_cells(last, first=False)


def _row_cells(item: object, *, first: bool) -> list[str]:
    """A ruled table's first or last row's cells, or a line's cells where it has a cell gap (else none)."""
    if isinstance(item, _Grid):
        return list(item.table.rows[0 if first else -1]) if item.table.rows else []
    return [text for _x0, _x1, text in _cells(item)] if isinstance(item, _Line) and item.cells else []


def _continued_marks_dropped(pages: list[_Page]) -> None:
    """`(계속)` atop a page, over the part of the table that ends the page before (as HWP marks a table going on
    over a page), alone or after the table's caption printed again (`□ 구 청사 (계속)`), and the `(단위: …)` line
    printed again below it, are no text: without them the two parts are one table, as where nothing is printed
    between them. So over a table without rules, its parts rows of cells (before, the part below was a table of its
    own)."""
    for page, next_page in itertools.pairwise(pages):
        items = next_page.items
        if not (page.items and _table_part(page.items[-1]) and items and isinstance(items[0], _Line)
                and CONTINUED_RE.search(items[0].text)):
            continue
        k = 1
        if k < len(items) and isinstance(items[k], _Line) and (unit := unit_in(items[k].text)) and not unit[2]:
            k += 1
        if k < len(items) and _table_part(items[k]) and isinstance(items[k], type(page.items[-1])):
            del items[:k]


def _table_part(item: object) -> bool:
    """A ruled table, or a row of cells of a table without rules."""
    return isinstance(item, _Grid) or isinstance(item, _Line) and bool(item.cells)


def _at_edge(line: _Line, page: _Page) -> bool:
    return line.top < MARGIN_ZONE or line.top > page.height - MARGIN_ZONE


def _headers_joined_over_pages(pages: list[_Page]) -> None:
    """A ruled table whose page breaks inside its header, its first rows (`총 계 | 승 용 | 화 물`) the last thing on
    a page, the rest atop the next (`소 계 | 소형 | 중형 …` over the figures), not printed again, is one table: the
    header's rows above the break are put over the rows below it, each label at the column below that starts where
    its cell starts (a group label's merged cell spans the columns of the labels it heads). Only where the rows above
    are a header's, one or two, printing no figure, over fewer columns than the rows below, which start with a row
    of no figure and go on with rows of figures, and where the columns below start at every edge of the cells above
    and the tables are as wide: else two tables."""
    for page, next_page in itertools.pairwise(pages):
        if not (page.items and next_page.items and isinstance(page.items[-1], _Grid)
                and isinstance(next_page.items[0], _Grid)):
            continue
        above, below = page.items[-1], next_page.items[0]
        columns = _columns_at(above.edges, below.edges)
        rows, body = above.table.rows, below.table.rows
        if (columns is None or len(above.edges) >= len(below.edges) or len(rows) > 2
                or any(_is_figure(cell) for row in [*rows, body[0]] for cell in row)
                or not any(_is_figure(cell) for row in body for cell in row)):
            continue
        header = tuple(tuple(row[columns.index(c)] if c in columns else "" for c in range(len(below.edges) - 1))
                       for row in rows)
        page.items[-1] = _Grid(replace(above.table, rows=header + body), below.edges)
        del next_page.items[0]


def _columns_at(edges: tuple[float, ...], columns: tuple[float, ...]) -> list[int] | None:
    """For each column between `edges`, the column between `columns` that starts where it starts; None where a
    column starts elsewhere, or the two end apart."""
    at = [next((k for k, x in enumerate(columns[:-1]) if abs(x - edge) <= RULES_APART), None) for edge in edges[:-1]]
    if None in at or abs(edges[-1] - columns[-1]) > RULES_APART or abs(edges[0] - columns[0]) > RULES_APART:
        return None
    return at


def _blocks(pages: list[_Page]) -> list[Block]:
    """The pages' blocks. The text lines between two ruled tables are read as one run of lines, over page
    breaks too (a blank line each), so that a bullet wrapped onto the next page or a table without rules
    going on there goes on as in a text report; each block gets the page it starts on."""
    sizes = Counter(item.size for page in pages for item in page.items if isinstance(item, _Line) and not item.cells)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    left = min((item.x0 for page in pages for item in page.items if isinstance(item, _Line)), default=0.0)
    leadings = _leadings(pages)
    blocks: list[Block] = []
    nesting = BulletNesting()
    lines: list[str] = []  # the run's text lines
    starts: list[int] = []  # the line each page's part of the run starts on
    numbers: list[int] = []  # and that page's number

    def read_run() -> None:
        for block in parse_lines(lines, nesting, page_starts=starts[1:], display_columns=True):
            page = numbers[bisect.bisect_right(starts, block.line - 1) - 1]
            _add_block(blocks, replace(block, line=None, page=page))
        lines.clear()
        starts.clear()
        numbers.clear()

    margin = _right_margin(pages, body)
    for page in pages:
        rights = _text_right_edges(page, body, margin)
        run: list[_Line] = []
        for item in [*page.items, None]:
            if isinstance(item, _Line):
                run.append(item)
                continue
            if run:
                lines.extend([""] if lines else [])  # the page break
                starts.append(len(lines))
                numbers.append(page.number)
                first = not blocks and not lines  # the document's first lines: its cover's
                lines.extend((_opening_lines if first else _text_lines)(run, body, left, leadings, rights))
                run = []
            if isinstance(item, _Grid):
                read_run()
                _add_block(blocks, item.table, item.column_top)
    read_run()
    return blocks


def _text_right_edges(page: _Page, body: float, margin: float | None) -> dict[int, float]:
    """The right edge of the page's text in each of its columns (or across it): where its lines of text in the
    body's type that print no cells end, at the furthest, and across the page no nearer than the document's right
    margin (`_right_margin`) leaves. A run of lines between two tables may hold no line running the text's width (a
    note over the next numbered title), nor may a page, so its lines are measured against the document's."""
    rights = _body_ends(page, body)
    if margin is not None:
        rights[0] = max(rights.get(0, 0.0), page.width - margin)
    return rights


def _body_ends(page: _Page, body: float) -> dict[int, float]:
    """Where the page's lines of body text that print no cells end, at the furthest, in each column (or across it)."""
    ends: dict[int, float] = {}
    for item in page.items:
        if isinstance(item, _Line) and item.words and not item.cells and item.size == body:
            ends[item.column] = max(ends.get(item.column, 0.0), item.words[-1][1])
    return ends


def _right_margin(pages: list[_Page], body: float) -> float | None:
    """The blank right of the text across a page, as most pages leave it: the median of what each page of text
    across it leaves right of its furthest line (a page of short lines, a note and a table's title, leaves more,
    and so may a page or two of only a few lines)."""
    margins = sorted(page.width - ends[0] for page in pages if 0 in (ends := _body_ends(page, body)))
    return margins[(len(margins) - 1) // 2] if margins else None


def _opening_lines(run: list[_Line], body: float, left: float, leadings: dict[float, float],
                   rights: dict[int, float]) -> list[str]:
    """The document's first lines as text lines (`_text_lines`), a cover laid out in two columns among them
    (`_two_columns`) read as text: it is no table, and read as one its session, council and department were
    lost. A column of labels (`일 시`, `장 소`) beside their values is read row by row, each field a line of its
    own (`_fields`); two blocks side by side one after the other, each as a run of text, its lines measured against
    its own right edge, not the page's (`rights`, the page's across it, for the lines above and below them)."""
    cover = _two_columns(run)
    if cover is None:
        return _text_lines(run, body, left, leadings, rights)
    start, end, gutter = cover
    lines = run[start:end]
    labels, values = zip(*(_parted_at(line, gutter) for line in lines), strict=True)
    if all(_is_label(words) for words in labels if words):
        rows = _fields(lines, labels, values)
        read = [text for row in rows for text in ["", *_text_lines([row], body, row.x0, leadings, {})]]
    else:
        read = []
        for column in (labels, values):
            pieces = [_piece(line, words) for line, words in zip(lines, column, strict=True) if words]
            read += ["", *_text_lines(pieces, body, min(piece.x0 for piece in pieces), leadings, {})] if pieces else []
    above = _text_lines(run[:start], body, left, leadings, rights) if start else []
    below = ["", *_text_lines(run[end:], body, left, leadings, rights)] if end < len(run) else []
    return [*above, *read, *below]


def _two_columns(run: list[_Line]) -> tuple[int, int, tuple[float, float, float]] | None:
    """The lines (first, after the last) of a cover laid out in two columns, and its gutter (the left column's
    start and end, the right one's start): from the first line of two cells on (the lines above it, the cover's
    title, read as text; but those above it in one column in its type: a value's lines above its label's, and
    labels between a value's lines), lines of two cells a gutter apart that every line leaves blank, and lines in
    one column alone (a block longer than the other, a value wrapped). None where they are not above the report's
    first heading (or bullet: the contents, `Ⅰ. 일반현황 ··· 1`, and a table of the body are laid out so), or they
    read as a table by their shape: three columns or more, a figure (`1,200`; not a date), a rule. Else its labels
    between their values' lines above any line of two cells (`_labels_between_values`)."""
    start = next((k for k, line in enumerate(run) if line.cells), len(run))
    beside = _beside(run, start) if start < len(run) and all(is_plain(line.text) for line in run[:start]) else None
    return beside if beside is not None else _labels_between_values(run[:start])


def _beside(run: list[_Line], start: int) -> tuple[int, int, tuple[float, float, float]] | None:
    """A cover in two columns from its first line of two cells, `start`, on (`_two_columns`)."""
    gutter = None
    end = start
    for line in run[start:]:
        cells = _cells(line)
        if line.cells and len(cells) == 2:
            (x0, x1, _text), (right, _x1, _text) = cells
            gutter = (x0, x1, right) if gutter is None else (min(gutter[0], x0), max(gutter[1], x1),
                                                               min(gutter[2], right))
            if gutter[1] >= gutter[2]:
                return None
        elif line.cells or _column_of(line, gutter) is None:
            break
        end += 1
    if gutter is None:
        return None
    while start and _column_of(run[start - 1], gutter) is not None and not _restyled(run[start - 1], run[start]):
        start -= 1
    if any(line.band or _prints_figure(line) or not all(is_plain(text) for _x0, _x1, text in _cells(line))
           for line in run[start:end]):
        return None
    return start, end, gutter


def _labels_between_values(run: list[_Line]) -> tuple[int, int, tuple[float, float, float]] | None:
    """A cover in two columns no line of which prints two cells (`_two_columns`): its values all wrapped, each label
    set alone halfway down its value's lines. Its labels (`_is_label`) each stand between two lines of one cell
    starting where each other does, right of the label's end; from the line above the first to the one below the
    last, the lines between them are labels starting where the first does and value lines starting where the
    first's do (a value may be shaped as a label: `본회의장`), two labels at least. Its gutter (`_two_columns`):
    the labels' start and end, the values' start."""
    def between(k: int) -> bool:
        line = run[k]
        return 0 < k < len(run) - 1 and bool(line.words) and not line.cells and _is_label(line.words) and all(
            run[j].words and not run[j].cells and run[j].x0 >= line.words[-1][1] + line.size
            and abs(run[j].x0 - run[k - 1].x0) <= line.size for j in (k - 1, k + 1))

    at = [k for k in range(len(run)) if between(k)]
    if len(at) < 2 or not all(is_plain(line.text) for line in run[:at[0]]):
        return None
    start, end = at[0] - 1, at[-1] + 2
    gutter = (run[at[0]].x0, max(run[k].words[-1][1] for k in at), run[start].x0)
    for k, line in enumerate(run[start:end], start):
        column_start = gutter[0] if k in at else gutter[2]
        if not line.words or line.cells or line.band or _prints_figure(line) or abs(line.x0 - column_start) > line.size:
            return None
    return start, end, gutter


def _column_of(line: _Line, gutter: tuple[float, float, float]) -> int | None:
    """The column of a cover in two columns (its `gutter`, `_two_columns`) a line of one cell stands in alone: 0 for
    the left (from about its start, short of the right one's), 1 for the right (from about its start, past the left
    one's end); None for neither."""
    if line.cells or not line.words:
        return None
    x0, x1 = line.x0, line.words[-1][1]
    if x0 >= gutter[0] - line.size and x1 < gutter[2]:
        return 0
    return 1 if x0 > gutter[1] and x0 >= gutter[2] - line.size else None


def _parted_at(line: _Line, gutter: tuple[float, float, float]) -> tuple[tuple, tuple]:
    """A cover's line's words in its left column and in its right one (`_two_columns`)."""
    if not line.cells:
        return (line.words, ()) if _column_of(line, gutter) == 0 else ((), line.words)
    parting = _cells(line)[1][0]
    return (tuple(word for word in line.words if word[0] < parting),
            tuple(word for word in line.words if word[0] >= parting))


def _is_label(words: tuple) -> bool:
    """A label of a cover's field (`일 시`, `장 소`, `보고자`): a short word of Hangul, letter-spaced or not."""
    return _LABEL_RE.fullmatch("".join(word for _x0, _x1, word in words)) is not None


def _fields(lines: list[_Line], labels: tuple, values: tuple) -> list[_Line]:
    """A cover's fields laid out as a column of labels beside their values (the words of each line in each), each a
    line of its label and value. Fields stand apart as paragraphs do, its cell's padding between two (a line
    further below the one above than `PARAGRAPH_GAP` type sizes starts one), and each line of a value wrapped goes
    on the label nearest it among its field's (below it where labels are set at their values' first lines, above
    where at their last, around where at their middle), a field without one on the field's above."""
    rows: dict[int, list] = {}  # the words of each field, by its label's line
    field: list[int] = []
    for k, line in enumerate([*lines, None]):
        if field and (line is None or line.top - lines[k - 1].top > PARAGRAPH_GAP * line.size):
            heads = [j for j in field if labels[j]] or ([max(rows)] if rows else field[:1])
            rows.update((j, list(labels[j])) for j in heads if j not in rows)
            for j in field:
                rows[min(heads, key=lambda head: abs(lines[head].top - lines[j].top))] += values[j]
            field = []
        field.append(k)
    return [_piece(lines[k], tuple(words)) for k, words in sorted(rows.items())]


def _piece(line: _Line, words: tuple) -> _Line:
    """Some of a line's words as a line of their own, in its type."""
    return _Line(normalize_chars(" ".join(word for _x0, _x1, word in words)), words[0][0], line.top, line.size,
                 tuple(words), font=line.font, tops=(line.top,) * len(words))


def _text_lines(run: list[_Line], body: float, left: float, leadings: dict[float, float],
                rights: dict[int, float]) -> list[str]:
    """Lines as a text report prints them, with a blank line where the type leaves more than a line's
    leading between two lines (the end of a paragraph) or changes its face or size (a title over the text
    below it), but between two lines of a table: rows of cells, and a line between two rows or after the
    last (a cell wrapped over several lines, centred in a taller row). A row that rules part from the rows
    around it is one line, its cells' lines joined."""
    run, merged_down = _merged_down_labels_joined(run)
    run, joined_labels = _merged_labels_joined(run)
    run, wrapped = _centred_wrapped_labels_placed(run)
    run = _centred_row_labels_placed(run)
    joined_labels += merged_down + wrapped
    apart, in_table = _table_lines(run, leadings)
    _centre_labels_over_last_columns(run, apart)
    parted = _tables_parted(run, in_table)
    headers = _headers(run, in_table, parted)
    joined_labels += [label for first, end in headers if end - first >= 2
                      for label in _wrapped_header_labels_joined(run[first:end], _row_pitch(run, end))]
    if len(run) > len(lines := [line for line in run if line.words]):  # a wrapped label's lower lines left empty
        run = lines
        apart, in_table = _table_lines(run, leadings)
        parted = _tables_parted(run, in_table)
        headers = _headers(run, in_table, parted)
    at = {id(line): k for k, line in enumerate(run)} if joined_labels else {}
    # a label whose line was left empty went on into a label joined later (a merged label wrapped in its cell)
    labels = [(at[id(line)], cell) for line, cell in joined_labels if id(line) in at]
    labels += _labels_parted(run, in_table, headers)
    for first, end in headers:
        if 2 <= end - first <= _HEADER_LINES:
            _centre_labels_at_their_left(run[first:end], run[end])
    rows: dict[int, _Line] = {}  # joined rows by their first line
    widened_cells: dict[tuple[int, int], list[tuple[float, float, int]]] = {}  # by table (first, after the last line)
    for table, table_rows in _ruled_rows(run, in_table, apart):
        joined = {first: _row_line(run[first:last]) for first, last in table_rows}
        rows.update((first, line) for first, (line, _cells) in joined.items())
        widened_cells[table] = [cell for _line, cells in joined.values() for cell in cells]
    for table, table_rows in _spaced_rows(run, in_table, apart, parted):
        joined = {first: _row_line(run[first:last], labels=not any(map(_prints_figure, run[first:last])))
                  for first, last in table_rows}
        rows.update((first, line) for first, (line, _cells) in joined.items())
        widened_cells[table] = [cell for _line, cells in joined.values() for cell in cells]
    for k, cell in labels:
        table = next((table for table in widened_cells if table[0] <= k < table[1]), None) or _table_at(k, in_table)
        widened_cells.setdefault(table, []).append(cell)
    widening: list[_Widening | None] = [None] * len(run)
    for (start, end), cells in widened_cells.items():
        widening[start:end] = [_Widening(cells)] * (end - start)
    for start, end in _tables_of_words(run, in_table, body):
        if not any(widening[start:end]):
            widening[start:end] = [_blank_columns_widened(run[start:end], left)] * (end - start)
    for first, end in headers:  # as printed, a row's lines joined
        _group_spans_kept([rows.get(k, run[k]) for k in range(first, end)
                           if not any(j < k < j + row.lines for j, row in rows.items())])
    ended = _paragraphs_ended(run, in_table, body, rights)
    lost = _marks_lost(run, in_table, ended, body)
    alone = _label_rows_alone(run, in_table, rows)
    pitches = _table_pitches(run, in_table)
    right_edges = _right_aligned_edges([rows.get(k, run[k]) for k in range(len(run))], in_table)
    lines: list[str] = []
    k = 0
    while k < len(run):
        line = rows.get(k, run[k])
        if k in parted:  # two blank lines: the text's rows go on over one (tall rows), never over two
            lines += ["", ""]
        elif (apart[k] or k in ended) and not (in_table[k - 1] and in_table[k]) or k in alone or k - 1 in alone:
            lines.append("")  # a label's row alone parted as `pdftotext -layout` parts tall rows: no wrapped line
        text = _as_text_line(line, body, left, in_table[k], widening[k], pitches[k], right_edges[k])
        lines.append(text.replace(line.text, f"{LOST_MARK} {line.text}", 1) if k in lost else text)
        k += line.lines
    return lines


def _label_rows_alone(run: list[_Line], in_table: list[bool], rows: dict[int, _Line]) -> set[int]:
    """The lines of a table printing a row label alone, no figure, that stand further from the lines above and below
    them than a cell's lines can (`PARAGRAPH_GAP`), over a row printing figures and its label in that column: a
    group's label on a row of its own over its members (`체육시설` over `축구장  3  300`, its row's other cells
    blank), which the text reader would else take for the first line of the label below it wrapped. (A label left of
    its members, merged down and centred on them, is `_centred_row_labels_placed`'s.)"""
    alone = set()
    for k in range(1, len(run) - 1):
        above, line, below = run[k - 1], run[k], run[k + 1]
        if (not (in_table[k - 1] and in_table[k] and in_table[k + 1]) or k in rows or k + 1 in rows
                or any(j < k < j + row.lines for j, row in rows.items())):
            continue
        cells = _cells(line)
        if (len(cells) == 1 and not _prints_figure(line) and _prints_figure(below)
                and _overlap(cells[0], _cells(below)[0])
                and min(line.top - above.top, below.top - line.top) > PARAGRAPH_GAP * line.size):
            alone.add(k)
    return alone


def _marks_lost(run: list[_Line], in_table: list[bool], ended: set[int], body: float) -> set[int]:
    """The lines of body text that are items whose list mark printed nothing readable (a symbol font's glyph
    without a Unicode map, which `_readable` drops): a line starting with a word right under a bullet's line that
    ended short (`_paragraphs_ended`: no text of it wrapped onto the line, as a value wraps under itself after its
    label, `예산: 1,215(국비 …,` over `구비 …)`), in its type, set in past that bullet's text (by more than half a
    type size, and less than three: indented, not centred); or a line at such an item's left right under it where it
    ended short, its sibling. Before, `수종 변경 5건, …` set in under `o 주민설명회 개최(2회) …` went on that item's
    text, and the item nested under it was lost."""
    lost: set[int] = set()
    for k in range(1, len(run)):
        above, line = run[k - 1], run[k]
        if (k not in ended or in_table[k - 1] or in_table[k] or not above.words or not line.words
                or line.size != body or _restyled(above, line) or not _HANGUL_RE.match(line.text)):
            continue
        if k - 1 in lost:
            if abs(line.x0 - above.x0) < ALIGNED:
                lost.add(k)
            continue
        mark, *text = above.words
        if text and _is_mark(mark[2]) and line.size / 2 < line.x0 - text[0][0] < LOST_MARK_INDENT * line.size:
            lost.add(k)
    return lost


def _is_mark(word: str) -> bool:
    """Whether a word is a list's mark: a character alone that is no syllable, figure or bracket (`•`, `o`, `-`)."""
    return len(word) == 1 and not (_HANGUL_RE.match(word) or word.isdigit() or word in "([{<（［「『〈《【")


def _paragraphs_ended(run: list[_Line], in_table: list[bool], body: float, rights: dict[int, float]) -> set[int]:
    """The lines of text right below a line of text that ends short of the text's right edge, by more than their
    first word would take: that line ended its paragraph (or note, `※ …`), though the type leaves no more space
    below it than between a paragraph's lines, as HWP sets paragraphs. Without it, the purpose below a project's
    last note went on that note. The right edge is the page's or the document's (`rights`, `_text_right_edges`)
    where the run's lines reach less far: before, a note alone between two tables ran the run's width, and the
    numbered title under it (`※ 공무직: …` over `3. 차량현황`) went on it, the fleet's caption and name lost."""
    text = [k for k, line in enumerate(run) if not in_table[k] and line.words and line.size == body]
    right = dict(rights)  # the text's right edge in each column of a page in two columns, or across it
    for k in text:
        right[run[k].column] = max(right.get(run[k].column, 0.0), run[k].words[-1][1])
    ended = set()
    for above, k in itertools.pairwise(text):
        if k == above + 1:
            x0, x1, _word = run[k].words[0]
            if right[run[above].column] - run[above].words[-1][1] > x1 - x0 + body:
                ended.add(k)
    return ended


def _labels_parted(run: list[_Line], in_table: list[bool],
                   headers: list[tuple[int, int]]) -> list[tuple[int, tuple[float, float, int]]]:
    """A wide table crammed into narrow columns (19 columns of vehicles on a portrait page) prints the labels of
    its header's last line less than a type size apart, and they would read as one cell (`소계 청소차 구급차`), or
    so close that their letters run on as one word (`청소차구급차`). The columns of figures below part them: a word
    over two columns or more is cut where they part (`_Columns.cut`), and two words of that line closer than a
    cell gap that stand over two columns, each over its own, start two cells. Only the last line's: a group
    label's letters (`승 용`) may stand over two of its columns. Returned: each label so parted that two spaces
    after it reach past where the next starts, its line (by index), x0, x1 and the display columns it is so wider
    than printed (`_Widening`), so the columns right of it move over in every line of its table."""
    widened_labels: list[tuple[int, tuple[float, float, int]]] = []
    for (_first, end), (next_header, _end) in itertools.pairwise([*headers, (len(run), len(run))]):
        header, body_end = run[end - 1], end + 1
        while body_end < next_header and in_table[body_end] and not _restyled(run[body_end - 1], run[body_end]):
            body_end += 1  # the table's lines, up to the next table's header, or a title
        columns = _Columns(run[end:body_end])
        cut = [(piece, top) for word, top in zip(header.words, header.tops, strict=True) for piece in columns.cut(word)]
        if len(cut) > len(header.words):
            _words_set(header, cut)
        words = header.words
        gap = CELL_GAP * header.size
        cells = [k for k in range(1, len(words)) if words[k][0] - words[k - 1][1] >= gap]  # the words starting one
        over = [columns.over(x0, x1) for x0, x1, _word in words]
        parted: list[float] = []
        for first, cell_end in itertools.pairwise([0, *cells, len(words)]):
            if all(a < b for a, b in over[first:cell_end]):  # each word over a column: labels, not a cell's text
                parted += [words[k][0] for k in range(first + 1, cell_end) if over[k - 1][1] <= over[k][0]]
        header.parted = frozenset(parted)
        for (x0, x1, text), (next_x0, _x1, _text) in itertools.pairwise(_cells(header)):
            overflow = _overflow(x0, next_x0, text, header.size) + 2  # two spaces part two cells
            if next_x0 in header.parted and overflow > 0:
                widened_labels.append((end - 1, (x0, x1, overflow)))
    return widened_labels


class _Columns:
    """The columns of a table's figures, left to right: each the x-extents of its figures down the table's lines,
    joined where they overlap, and where side by side no line prints figures in both (one column whose figures are
    set apart: a `-` at its left, `△1` at its right, as a word processor may set a dash and a count)."""

    def __init__(self, lines: list[_Line]) -> None:
        figures = [[(x0, x1) for x0, x1, text in _cells(line) if _is_figure(text)] for line in lines]
        spans: list[tuple[float, float]] = []
        rows: list[set[int]] = []  # the lines that print a figure in each column
        for x0, x1 in _spans_joined([figure for line in figures for figure in line]):
            printing = {k for k, line in enumerate(figures) if any(a < x1 and b > x0 for a, b in line)}
            if spans and not printing & rows[-1]:
                spans[-1], rows[-1] = (spans[-1][0], x1), rows[-1] | printing
            else:
                spans.append((x0, x1))
                rows.append(printing)
        self.starts, self.ends = [x0 for x0, _x1 in spans], [x1 for _x0, x1 in spans]

    def over(self, x0: float, x1: float) -> tuple[int, int]:
        """The columns x0..x1 stands over (first, after the last): from the first ending right of x0 to the last
        starting left of x1."""
        return bisect.bisect_right(self.ends, x0), bisect.bisect_left(self.starts, x1)

    def cut(self, word: tuple[float, float, str]) -> list[tuple[float, float, str]]:
        """A word of Hangul alone (each letter as wide) over two columns or more cut between its letters halfway
        between each two of them, where each piece then stands over one column; else the word."""
        x0, x1, text = word
        first, after = self.over(x0, x1)
        if after - first < 2 or not all("가" <= letter <= "힣" for letter in text):
            return [word]
        width = (x1 - x0) / len(text)
        cuts = [round(((self.ends[j] + self.starts[j + 1]) / 2 - x0) / width) for j in range(first, after - 1)]
        pieces = [(x0 + a * width, x0 + b * width, text[a:b]) for a, b in itertools.pairwise([0, *cuts, len(text)])]
        if all(piece and self.over(a, b)[1] - self.over(a, b)[0] == 1 for a, b, piece in pieces):
            return pieces
        return [word]


def _table_lines(run: list[_Line], leadings: dict[float, float]) -> tuple[list[bool], list[bool]]:
    """For each line of the run, whether it stands apart from the line above (a paragraph's space, or a change
    of type), and whether it is a line of a table. Two lines of text (of no table) stand apart also where they are
    further apart than their type's leading (`_leadings`) and a little more (`PARAGRAPH_SPACE`): in 12 pt a
    paragraph's space may be less than the `PARAGRAPH_GAP` that is sure in any type. A table's header over its first
    rule, none over it, takes that rule's band (`_headers_banded_over_their_first_rule`)."""
    apart = [k > 0 and (line.top - run[k - 1].top > run[k - 1].size * PARAGRAPH_GAP
                        or _restyled(run[k - 1], line)) for k, line in enumerate(run)]
    cell_lines = [k for k, line in enumerate(run) if line.cells]
    in_table = [line.cells or _between_rows(k, cell_lines, apart) and not _title_between(k, run)
                or _over_header(k, run, apart) or _mirrored_below_last_row(k, run, cell_lines, apart)
                for k, line in enumerate(run)]
    for k in range(1, len(run)):
        above = run[k - 1]
        if (not apart[k] and not in_table[k - 1] and not in_table[k] and above.size in leadings
                and run[k].top - above.top > leadings[above.size] + PARAGRAPH_SPACE * above.size):
            apart[k] = True
    _headers_banded_over_their_first_rule(run, in_table)
    return apart, in_table


def _headers_banded_over_their_first_rule(run: list[_Line], in_table: list[bool]) -> None:
    """Lines of a table right above its first rule, with no rule drawn over them (a table ruled under each row but
    not over its header), take the band that rule closes, as the header's row would between a rule above and that
    one: its labels wrapped a syllable a line (`구` over `분`) join as a ruled row's lines do. Before, `구` was a
    paragraph and `분` ran into the 계 beside it (`분 계`), the 계 column lost and a fleet's header unread. A caption
    right over the rule (`_captions_table`: `○ 세부 예산   (단위: 천원)` on one line) is no line of the table: banded
    with its header, it took the header's wrapped labels into a paragraph, and over a table ruled over its header
    too it was read as the table's first row (`(2025. 5. 31. 기준) | … | (단위: 천원)`, the table's unit lost)."""
    k = 0
    while k < len(run):
        if not in_table[k] or run[k].band is not None:
            k += 1
            continue
        end = k
        while end < len(run) and in_table[end] and run[end].band is None:
            end += 1
        below = run[end].band if end < len(run) and in_table[end] else None
        while below is not None and k < end and _captions_table(run[k]):
            in_table[k] = False
            k += 1
        if below is not None and k < end and run[end - 1].top < below[0] and any(line.cells for line in run[k:end]):
            band = (run[k].top - run[k].size, below[0])
            for line in run[k:end]:
                line.band = band
        k = end


def _captions_table(line: _Line) -> bool:
    """Whether a line is a table's caption, as no header's line is: it opens with a bullet's or a note's mark
    (`○ 세부 예산`, `※ 잠정치`) or prints the table's unit (`(2025. 5. 31. 기준)   (단위: 천원)`)."""
    return line.text[:1] in BULLET_MARKS or unit_in(line.text) is not None


def _leadings(pages: list[_Page]) -> dict[float, float]:
    """Each type size's leading in the document: the most common space between two lines of text in it right one
    below the other (a paragraph's wrapped lines, bullets printed without a space between), no further apart than
    `PARAGRAPH_GAP` (the larger of two as common: paragraphs of a line each may stand apart by no more)."""
    pitches: Counter[tuple[float, float]] = Counter()
    for page in pages:
        for above, line in itertools.pairwise(page.items):
            if (isinstance(above, _Line) and isinstance(line, _Line) and not above.cells and not line.cells
                    and not _restyled(above, line)
                    and above.size / 2 < (pitch := line.top - above.top) <= PARAGRAPH_GAP * above.size):
                pitches[above.size, round(pitch * 2) / 2] += 1
    leadings: dict[float, tuple[int, float]] = {}
    for (size, pitch), count in pitches.items():
        leadings[size] = max(leadings.get(size, (0, 0.0)), (count, pitch))
    return {size: pitch for size, (_count, pitch) in leadings.items()}


def _tables_parted(run: list[_Line], in_table: list[bool]) -> set[int]:
    """The lines that start a table of their own right below another, no caption or blank line between (a vehicle
    list and its count table one right after the other, ruled with horizontal rules alone or none): a header's
    first line, printing no figure, right below a row that prints one, where a rule under that row and another
    over the header have nothing printed between them, or the header stands further below the row than any two
    other lines of the tables stand apart (by a fifth of a type size more: the space a word processor leaves
    between two tables), or it prints the table's header line again (tables of one layout), or its columns are not
    the table's above (`_columns_differ`: the tables printed as close as their rows); and, in a table without rules,
    a row of figures standing further below the row above than its rows stand apart (`_rows_of_figures_apart`: a
    table of no header). Read as one table, a list before its count table took the count's header for a vehicle,
    and after it the count table was lost in the list's header."""
    parted: set[int] = set()
    for table, group in itertools.groupby(range(len(run)), key=lambda k: in_table[k]):
        lines = list(group)
        if not table:
            continue
        figures = {k for k in lines if _prints_figure(run[k])}
        headers = [k for k in lines[1:] if k - 1 in figures and run[k].words and k not in figures]
        spaces = [run[k].top - run[k - 1].top for k in lines[1:] if k not in headers]
        widest = max(spaces, default=float("inf"))
        if not any(run[k].band for k in lines):
            parted |= _rows_of_figures_apart(run, [k for k in lines[1:] if k - 1 in figures and k in figures
                                                   and not _group_label_beside(run, k, lines)])
        start = lines[0]  # the first line of the table above the next header
        for k, end in itertools.pairwise([*headers, lines[-1] + 1]):
            start = max((j for j in parted if start < j < k), default=start)
            if (run[k].top - run[k - 1].top > widest + ROW_SPACE * run[k].size
                    or run[k].band and run[k - 1].band and run[k].band[0] > run[k - 1].band[1]
                    or run[k].text == run[start].text and not _prints_figure(run[start])
                    or _columns_differ(run[start:k], run[k:end])):
                parted.add(k)
                start = k
    return parted


def _group_label_beside(run: list[_Line], k: int, lines: list[int]) -> bool:
    """Whether line k prints a group's label left of its members, the line above it or below it (of the table's
    `lines`) leaving that column blank: a label merged down over a row of its own, blank but for it, and its members
    (`관리직` over `팀장` and `주무관`, centred on `팀장`'s line), which stands as far below the row above as that
    blank row: no table of its own."""
    label = _cells(run[k])
    return len(label) >= 3 and not _is_figure(label[0][2]) and any(
        j in lines and run[j].words and run[j].words[0][0] >= label[0][1] + CELL_GAP * run[j].size
        for j in (k - 1, k + 1))


def _rows_of_figures_apart(run: list[_Line], rows: list[int]) -> set[int]:
    """Of the lines of a table without rules that print figures right below a line that prints figures too
    (`rows`), those that start a table of no header of their own: further below that line than two such lines most
    often stand apart (the rows' spacing, a cell's padding each side; the nearer of two as often), by a fifth of a
    type size more, as a word processor sets two tables apart."""
    spaces = Counter(round((run[k].top - run[k - 1].top) * 2) / 2 for k in rows)
    if len(spaces) < 2:
        return set()
    most = max(spaces.values())
    spacing = min(space for space, count in spaces.items() if count == most)
    return {k for k in rows if run[k].top - run[k - 1].top > spacing + ROW_SPACE * run[k].size}


def _columns_differ(above: list[_Line], below: list[_Line]) -> bool:
    """Whether the lines `below` (a header's, printing no figure, over rows printing figures) head a table of their
    own, not the table `above` goes on with: the header's last line prints two cells at least (not a row of one
    label: a group's, a note's), and a column of its rows, or a label of that line, stands over two of the rows'
    columns above, or one of those over two of its (the table's columns are printed the width of each table's
    own cells), or a column of its rows stands under nothing of the table above, header and rows, or, where that
    line heads its rows (a label over each column), a column of the rows above over nothing of its (either has
    columns the other has not). A row of words among the rows of a table, or its header printed again, stands in
    its columns."""
    body = next((j for j, line in enumerate(below) if _prints_figure(line)), None)
    first = next((j for j, line in enumerate(above) if _prints_figure(line)), None)
    if not body or first is None or len(_cells(below[body - 1])) < 2:
        return False
    columns, rows, labels = _columns_of(above[first:]), _columns_of(below[body:]), _columns_of(below[body - 1:body])
    heads = _over_one_each(labels, rows) and _over_one_each(rows, labels)  # a label over each column
    return (_crossed(columns, rows) or _crossed(rows, columns) or _crossed(columns, labels) or _crossed(labels, columns)
            or _over_none(rows, _columns_of(above)) or heads and _over_none(columns, _columns_of(below)))


def _columns_of(lines: list[_Line]) -> list[tuple[float, float]]:
    """The columns the lines' cells print in, left to right: each the x-extents of their cells, joined where they
    overlap."""
    return _spans_joined([(x0, x1) for line in lines for x0, x1, _text in _cells(line)])


def _crossed(columns: list[tuple[float, float]], others: list[tuple[float, float]]) -> bool:
    """Whether one of `columns` stands over two of `others`."""
    return any(sum(a < x1 and x0 < b for a, b in others) > 1 for x0, x1 in columns)


def _over_none(columns: list[tuple[float, float]], others: list[tuple[float, float]]) -> bool:
    """Whether one of `columns` stands over none of `others`."""
    return any(not any(a < x1 and x0 < b for a, b in others) for x0, x1 in columns)


def _over_one_each(columns: list[tuple[float, float]], others: list[tuple[float, float]]) -> bool:
    """Whether each of `columns` stands over one of `others`."""
    return all(sum(a < x1 and x0 < b for a, b in others) == 1 for x0, x1 in columns)


def _tables_of_words(run: list[_Line], in_table: list[bool], body: float) -> list[tuple[int, int]]:
    """The runs of table lines (first, after the last) between headings that print no figure: tables of words
    alone."""
    tables: list[tuple[int, int]] = []
    laid_out = (in_table[k] and run[k].size < body + HEADING_GAIN for k in range(len(run)))
    for table, group in itertools.groupby(enumerate(laid_out), key=lambda line: line[1]):
        lines = [k for k, _laid_out in group]
        if table and not any(_prints_figure(run[k]) for k in lines):
            tables.append((lines[0], lines[-1] + 1))
    return tables


def _blank_columns_widened(lines: list[_Line], left: float) -> _Widening | None:
    """The aligned reader takes lines of words alone for a table where blank columns `MIN_WORD_GAP` wide run down
    between their cells (a justified paragraph's double spaces make none). A cell's padding is in points: in
    larger type (8 to 10 pt) a blank a cell gap wide, with a centred label a column off the cell below it, may
    be laid out two columns wide. Each blank of a cell gap or more that no cell of the lines crosses is widened
    to that, in every line alike, so the columns stay as printed."""
    covered = sorted((x0, x1) for line in lines for x0, x1, _ in _cells(line))
    gap = CELL_GAP * min(line.size for line in lines)
    blanks: list[tuple[float, float]] = []
    reach = covered[0][1]
    for x0, x1 in covered[1:]:
        if x0 - reach >= gap:
            blanks.append((reach, x0))
        reach = max(reach, x1)
    placed = [(x0, x1, start, start + display_width(word)) for line in lines
              for (x0, x1, word), start in zip(line.words, _display_starts(line.words, line.size, left, None),
                                               strict=True)]
    short: list[tuple[float, float, int]] = []  # as `_Widening` takes them: the columns added after each blank's left
    for before, after in blanks:
        blank = (min(start for x0, _x1, start, _end in placed if x0 >= after)
                 - max(end for _x0, x1, _start, end in placed if x1 <= before))
        if blank < MIN_WORD_GAP:
            short.append((before, before, MIN_WORD_GAP - blank))
    return _Widening(short) if short else None


def _headers(run: list[_Line], in_table: list[bool], parted: set[int]) -> list[tuple[int, int]]:
    """The header of each table of the run that prints figures (first line, after the last): its first lines,
    that print none, right above its first line that does. A table starts after a line of
    none, or of another type (a title: lines between two tables close together are lines of neither), or where
    one is `parted` from the table above (`_tables_parted`)."""
    headers: list[tuple[int, int]] = []
    first = None  # the first line of the table whose header is still read
    for k, line in enumerate(run):
        if not in_table[k]:
            first = None
        elif not k or not in_table[k - 1] or _restyled(run[k - 1], line) or k in parted:
            first = k
        if first is not None and in_table[k] and _prints_figure(line):
            if k > first:
                headers.append((first, k))
            first = None
    return headers


def _wrapped_header_labels_joined(header: list[_Line],
                                  pitch: float | None) -> list[tuple[_Line, tuple[float, float, int]]]:
    """A header label wrapped over lines of its cell (`소형ㆍ` over `다목적` in a narrow column) is one label,
    joined top to bottom as a row's cell wrapped over lines is (`_row_line`): each line would else be a header
    line of its own, and the aligned reader read `다목적` as a third header row, or the header's rows shifted.
    Between the same rules, a label's lines stand a leading apart, the least space between two labels one over
    the other in the header, where its rows stand further apart (a group label over the labels it heads): with
    no wider space the header shows no leading, and nothing is joined. The label goes to the line of its row's
    other labels (printed between its lines, or on one of them), else to its first line. Returned: each label
    so joined, its line with its x0, x1 and the display columns it is wider than that (`_Widening`). A label's
    lines stand closer than the table's rows do (`pitch`: the space between the first two rows of figures below
    the header, None where unknown), so lines as far apart are rows: a header without rules joins a label's
    lines standing closer (`집행률(%)` over `(5.31.기준)` beside `예 산 액` over `계 | 국비`), its rows standing as far
    apart as those, its labels merged down printed halfway between them; so does a header of rows a line each
    between one rule over it and one under it (`일반직` over `행정` over `5급 … 8·9급`, `행정` a row's pitch over
    `7급`, `일반직` two over `5급`: before, `행정` and `7급` were joined as one label's lines, the grades shifted
    and false sum.staffing findings made of them)."""
    unruled = pitch is not None and not any(line.band for line in header)
    labels = sorted(((cell, line) for line in header if line.band or unruled for cell in _cells_with_tops(line)),
                    key=lambda labelled: labelled[0][3])
    stacked: list[tuple[int, int, float]] = []  # two labels one over the other: below, right above it, the space
    lowest: list[int] = []  # the lowest label so far over each stretch
    for k, ((x0, x1, _text, top), _line) in enumerate(labels):
        over = [j for j in lowest if labels[j][0][0] < x1 and labels[j][0][1] > x0 and labels[j][0][3] < top]
        if over:
            j = max(over, key=lambda j: labels[j][0][3])
            stacked.append((k, j, top - labels[j][0][3]))
        lowest = [j for j in lowest if j not in over] + [k]
    if not stacked:
        return []
    leading = min(space for _below, _above, space in stacked) + ROW_SPACE * header[0].size
    if pitch is not None:
        leading = min(leading, pitch - ROW_SPACE * header[0].size)
    if all(space <= leading for _below, _above, space in stacked):
        return []  # the labels one over another stand alike apart: rows, or a cell's lines, untold
    wrapped = {below: above for below, above, space in stacked
               if space <= leading and labels[below][1].band == labels[above][1].band}
    joined: list[tuple[_Line, tuple[float, float, int]]] = []
    for last in sorted(set(wrapped) - set(wrapped.values())):  # the last line of each label
        parts = [last]
        while parts[-1] in wrapped:
            parts.append(wrapped[parts[-1]])
        cells = [labels[k][0] for k in reversed(parts)]
        first, bottom = cells[0][3], cells[-1][3]
        row = min((line for line in header if line.band == labels[last][1].band and first <= line.top <= bottom
                   and any(cell not in cells for cell in _cells_with_tops(line))),
                  key=lambda line: abs(line.top - (first + bottom) / 2), default=labels[parts[-1]][1])
        for k in parts:
            _cell_taken(labels[k][1], labels[k][0])
        label = (min(cell[0] for cell in cells), max(cell[1] for cell in cells), label_lines_joined(
            [cell[2] for cell in cells]))
        _cell_put(row, label)
        joined.append((row, (label[0], label[1], _overflow(*label, row.size))))
    return joined


def _row_pitch(run: list[_Line], first: int) -> float | None:
    """The space between a table's first two rows of figures (its first two lines, from `first` on), None where
    they are not two such lines."""
    rows = run[first:first + 2]
    return rows[1].top - rows[0].top if len(rows) == 2 and all(map(_prints_figure, rows)) else None


def _cells_with_tops(line: _Line) -> list[tuple[float, float, str, float]]:
    """The line's cells (`_cells`), each with its first word's top."""
    return [(x0, x1, text, next(top for (a, _b, _w), top in zip(line.words, line.tops, strict=True) if a >= x0))
            for x0, x1, text in _cells(line)]


def _cell_taken(line: _Line, cell: tuple[float, float, str, float]) -> None:
    """The cell's words taken out of the line."""
    x0, x1 = cell[0], cell[1]
    kept = [(word, top) for word, top in zip(line.words, line.tops, strict=True) if not x0 <= word[0] < x1]
    _words_set(line, kept)


def _cell_put(line: _Line, cell: tuple[float, float, str]) -> None:
    """The cell put into the line at its place, as one word."""
    _words_set(line, sorted([*zip(line.words, line.tops, strict=True), (cell, line.top)]))


def _words_set(line: _Line, words: list[tuple[tuple[float, float, str], float]]) -> None:
    line.words, line.tops = tuple(word for word, _top in words), tuple(top for _word, top in words)
    line.text = " ".join(word for _a, _b, word in line.words)
    line.x0 = line.words[0][0] if line.words else line.x0
    line.cells = len(_cells(line)) >= 2


def _centre_labels_at_their_left(header: list[_Line], figures: _Line) -> None:
    """A group label printed at the left of the columns of figures it spans (as often as centred), with no rule
    drawn under it alone to say its span (`_centre_labels_on_their_rules`), moves to the centre of the labels
    below it from its left edge to the next label (on its line or a line between, a label merged down):
    centred, it heads the columns a centred label heads; at their left it would read as a label centred over
    the first of them. It is at their left where nothing of the first of them starts left of it (the label
    below it, or the figure under that), no label below lies between it and the labels left of it on its lines
    (or the columns such a label was moved over: a centred label over three columns leaves the first of them
    there, and so would one centred on the label below and as wide), no label further left reaches under it (a
    centred label over two columns stands over both), and each label it would head stands over a figure of the
    table's first row (a body row's cell wrapped over the next line heads nothing). A label centred on the
    first of them by chance (a label as wide as a narrow column, printed at its left) is so told apart by the
    labels right of that: only a label at their left leaves them under no label."""
    cells = [_cells(line) for line in header]
    numbers = [(a, b) for a, b, text in _cells(figures) if _is_figure(text)]
    for h, line in enumerate(header[:-1]):
        tolerance = line.size / 2
        heads: dict[float, float] = {}  # the right end of the columns each label moved heads, by its left edge
        for x0, x1, _text in cells[h]:
            below = next((s for s in range(h + 1, len(header))
                          if any(x0 - tolerance <= a < x1 for a, _b, _ in cells[s])), None)
            if below is None or any(a < x0 - tolerance and b > x0 for a, b, _ in cells[below]):
                continue  # over no label, or a label further left reaches under it
            end = min((a for upper in cells[h:below] for a, _b, _ in upper if a > x1), default=float("inf"))
            headed = max((heads.get(a, b) for upper in cells[h:below] for a, b, _ in upper if a < x0), default=0.0)
            spanned = [(a, b) for a, b, _ in cells[below] if x0 - tolerance <= a < end - tolerance]
            over = [next((number for number in numbers if number[0] < b and number[1] > a), None) for a, b in spanned]
            if (len(spanned) < 2 or None in over or min(spanned[0][0], over[0][0]) < x0 - ALIGNED
                    or any(headed <= a < x0 - tolerance for a, _b, _ in cells[below])):
                continue
            shift = (spanned[0][0] + spanned[-1][1] - x0 - x1) / 2
            line.words = tuple((a + shift, b + shift, word) if x0 <= a and b <= x1 else (a, b, word)
                               for a, b, word in line.words)
            line.x0 = line.words[0][0]
            heads[x0] = spanned[-1][1]


def _group_spans_kept(header: list[_Line]) -> None:
    """Each group label of a header's line centred over two labels or more of the line below it (`승 합` over
    `소 계 | 소형 | 중형 | 대형`) keeps their span (`_Line.spans`): the one it is most nearly centred over, within
    half a type size, that reaches under no other label of its line. Where a label it heads is widened
    (`_Widening`), the group label stays centred over them (`_Widening.over`); moved over as far as the labels
    left of it, it would stand right of their centre, over the next group's first column."""
    for line, below in itertools.pairwise(header):
        cells, lower = _cells(line), _cells(below)
        centres = [(x0 + x1) / 2 for x0, x1, _text in cells]
        for (x0, x1, _text), centre in zip(cells, centres, strict=True):
            spans = [(lower[i][0], lower[j][1]) for i in range(len(lower)) for j in range(i + 1, len(lower))
                     if lower[i][0] <= x0 and x1 <= lower[j][1]
                     and abs((lower[i][0] + lower[j][1]) / 2 - centre) <= line.size / 2
                     and not any(lower[i][0] < other < lower[j][1] for other in centres if other != centre)]
            if spans:
                line.spans[x0] = min(spans, key=lambda span: abs(span[0] + span[1] - 2 * centre))


def _centre_labels_over_last_columns(run: list[_Line], apart: list[bool]) -> None:
    """A group label over a header's last columns, on a line of its own above the labels merged down its rows
    (`_last_columns`), moves to the centre of the columns it heads: printed at their left or right (as HWP may print
    it), it would read as the label of the first or last of them alone."""
    for k, line in enumerate(run):
        if columns := _last_columns(k, run, apart):
            shift = (columns[0] + columns[1] - line.x0 - line.words[-1][1]) / 2
            _words_set(line, [((a + shift, b + shift, word), top)
                              for (a, b, word), top in zip(line.words, line.tops, strict=True)])


def _restyled(above: _Line, line: _Line) -> bool:
    """Whether a line's type differs from the line above's, as a title's from the text below it: in size, or
    in the face of their Hangul."""
    return line.size != above.size or (line.font != above.font and bool(line.font) and bool(above.font))


def _over_header(k: int, run: list[_Line], apart: list[bool]) -> bool:
    """Whether line k is one label right over a row of cells and within it, right of its first cell (`예산액`
    over `단위사업명 … 집행액`, centred over the columns it groups): the header's first line, laid out at its
    columns as the row is; indented as text, it would stand over other columns. So too a group label over a header
    of three rows beside a label merged down its top two rows, printed halfway down them on a line between
    (`일 반 직` beside `관리운영직`, over `구 분 | 계 | 행 정 | 사회복지 | 공무직`)."""
    if k + 1 >= len(run) or run[k].cells or not run[k].words or apart[k + 1] and not _a_row_above(k, run):
        return False
    if not run[k + 1].cells:
        return _beside_halfway_label(k, run, apart)
    below = run[k + 1].words
    return ((run[k].x0 >= below[0][1] and run[k].words[-1][1] <= below[-1][1]) or _over_last_columns(k, run, apart)
            or _wrapped_around(k, run, apart))


def _beside_halfway_label(k: int, run: list[_Line], apart: list[bool]) -> bool:
    """Whether line k, one label, stands beside the one label of the line below, itself over a header's row
    (`_over_header`), and over that row within it, right of its first cell (`_over_header`)."""
    if k + 2 >= len(run) or not run[k + 2].cells:  # cheap first: most lines are text over text
        return False
    halfway = run[k + 1]
    if len(_cells(halfway)) != 1 or not _over_header(k + 1, run, apart):
        return False
    x0, x1 = run[k].x0, run[k].words[-1][1]
    row = run[k + 2].words
    return (not any(a < x1 and x0 < b for a, b, _word in halfway.words)
            and x0 >= row[0][1] and x1 <= row[-1][1])


def _a_row_above(k: int, run: list[_Line]) -> bool:
    """Whether line k, one label, stands above a header's line of cells as far as that line stands above the
    next, a line of cells too: the top row of a header of rows alike tall (a group label centred in its merged
    cell over the header's two rows below), which in 10 pt type and rows padded as HWP pads them stands further
    above than a paragraph's space."""
    return (k + 2 < len(run) and run[k + 2].cells and len(_cells(run[k])) == 1 and not _prints_figure(run[k])
            and abs(run[k + 2].top - 2 * run[k + 1].top + run[k].top) <= ALIGNED)


def _wrapped_around(k: int, run: list[_Line], apart: list[bool]) -> bool:
    """Whether line k is one label right over a row of cells, where the row prints nothing, the first line of a
    label wrapped around that row (`집행률` over it, `(%)` under it: a label of two lines in a header of labels of
    one; `총` over it, `계` under it: a label wrapped a syllable a line in a narrow column; as a word processor prints
    them without vertical rules): the line right under the row prints one cell under the label, where the row prints
    nothing either, and neither prints a figure."""
    if k + 2 >= len(run) or apart[k + 2] or run[k + 2].cells or not run[k + 2].words:
        return False
    label, row, under = run[k], run[k + 1].words, run[k + 2]
    x0, x1 = min(label.x0, under.x0), max(label.words[-1][1], under.words[-1][1])
    return (under.x0 < label.words[-1][1] and label.x0 < under.words[-1][1]
            and not any(a < x1 and x0 < b for a, b, _word in row)
            and len(_cells(label)) == 1 and not _prints_figure(label) and not _prints_figure(under))


def _over_last_columns(k: int, run: list[_Line], apart: list[bool]) -> bool:
    """Whether line k is one label over the last columns of a header of two rows whose labels merged down its
    rows are printed halfway down it (`_last_columns`)."""
    return _last_columns(k, run, apart) is not None


def _last_columns(k: int, run: list[_Line], apart: list[bool]) -> tuple[float, float] | None:
    """The columns (the x of the first's start and of the last's end) line k heads where it is one label over the
    last columns of a header of two rows whose labels merged down its rows are printed halfway down it, on the line
    right below, as word processors print them without vertical rules (`연령별` over `20대 이하 … 50대 이상`, with
    `구 분 | 계` on the line between): that line ends left of it, so it stands over no row of cells (`_over_header`),
    and indented as text it would stand over `계`. Only with evidence that it is the header's and no caption: the
    three lines follow a line's leading apart each, between the header's rules where any are drawn
    (`_one_header_band`), print no figure, and the label brackets no unit or date (`(단위: 명)`); the header's lower
    row has more cells than the line of labels merged down, and the label stands right of those, over the lower
    row's cells right of them (two at least), ending within them or at the table's right end (printed at their left,
    centred, or at their right, as HWP may: the lower row's labels all stand under a group, and the label is its
    line's one). None else."""
    if (k + 2 >= len(run) or run[k].cells or not run[k].words or apart[k + 1] or not run[k + 1].cells
            or apart[k + 2] or not run[k + 2].cells):
        return None
    label, merged, lower = run[k], _cells(run[k + 1]), _cells(run[k + 2])
    if (not _one_header_band(*run[k:k + 3]) or any(map(_prints_figure, run[k:k + 3]))
            or label.text[:1] in "(（[<〈" or len(lower) <= len(merged) or len(_cells(label)) != 1):
        return None
    x0, x1 = label.x0, label.words[-1][1]
    grouped = [cell for cell in lower if cell[0] >= merged[-1][1]]
    rows = itertools.takewhile(lambda line: line.cells, run[k + 2:])
    end = max(line.words[-1][1] for line in rows)  # the table's right end: its last column's, at the least
    if len(grouped) < 2 or not (merged[-1][1] <= x0 and grouped[0][0] < x1 <= end + label.size):
        return None
    return grouped[0][0], grouped[-1][1]


def _one_header_band(label: _Line, merged: _Line, lower: _Line) -> bool:
    """Whether a group label, the labels merged down a header's rows and the header's lower row lie between the
    header's rules: no rule drawn at all, or the label under the rule above the merged labels, and the lower row
    over the rule below them (a rule drawn under the group label alone parts it from the lower row) or right
    under it (a rule drawn across the header between its rows, the merged labels printed on it)."""
    if merged.band is None:
        return label.band is None and lower.band is None
    return (label.band is not None and lower.band is not None and label.band[0] == merged.band[0]
            and merged.band[1] in lower.band)


def _between_rows(k: int, cell_lines: list[int], apart: list[bool]) -> bool:
    """Whether line k is one of at most three lines right after a row of cells and before another: a cell
    wrapped over several lines, centred in a taller row, or a group label a character a line. After the last
    row, only with no paragraph's space above it: a title right below a table stands apart."""
    at = bisect.bisect_left(cell_lines, k)
    if not at or k - cell_lines[at - 1] > _WRAPPED_LINES:
        return False
    if at < len(cell_lines):
        return cell_lines[at] - k <= _WRAPPED_LINES
    return len(apart) - k <= _WRAPPED_LINES and not any(apart[cell_lines[at - 1] + 1:k + 1])


def _mirrored_below_last_row(k: int, run: list[_Line], cell_lines: list[int], apart: list[bool]) -> bool:
    """Whether line k, right below a table's last row (no paragraph's space between), is the last line of a cell of
    that row wrapped over an odd number of lines and centred on it: a line of the same cell, over it, stands as far
    above the row's line as k stands below (`과` over the row `부  1  -  7 …` over `족`, a label of three syllables
    letter-spaced in a narrow column without rules), centred under it as the cell's lines are. Else the table
    ended above it, and the row lost its label. A note right under the table at its left edge (`※ 국비 50%`, the
    next table's `(단위: 명)`) is not centred under the line above: before, standing as far below the last row as
    the row above's label wrapped over two lines stood above it, it was the last row's label's last line
    (`운영비 (단위: 명)`)."""
    if not cell_lines or k <= cell_lines[-1] or k - cell_lines[-1] > _WRAPPED_LINES // 2 + 1 or not run[k].words:
        return False
    row = cell_lines[-1]
    above = 2 * row - k
    if above <= 0 or any(apart[row + 1:k + 1]) or run[above].cells or apart[above + 1]:
        return False
    space = ROW_SPACE * run[row].size
    mirrored = abs((run[row].top - run[above].top) - (run[k].top - run[row].top)) <= space
    return (mirrored and all(any(_overlap(a, b) for b in run[above].words) for a in run[k].words)
            and abs(_middle(run[k]) - _middle(run[above])) <= space)


def _middle(line: _Line) -> float:
    """The middle of the line's words, from its first word's left to its last word's right."""
    return (line.words[0][0] + line.words[-1][1]) / 2


def _title_between(k: int, run: list[_Line]) -> bool:
    """Whether line k is printed larger than the rows right above and below it: a title between two tables
    (`□ 정보화교육장` in 12 pt between rows in 9, or under a title of its own, `3 주요시설 및 장비`), no line of a cell
    between two rows. Taken for one, it joined the tables, and a table of words below it was read as text."""
    above = next((line for line in reversed(run[:k]) if line.cells), None)
    below = next((line for line in run[k + 1:] if line.cells), None)
    return above is not None and below is not None and run[k].size > max(above.size, below.size)


def _ruled_rows(run: list[_Line], in_table: list[bool],
                apart: list[bool]) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The lines (first, after the last) of each table whose rows horizontal rules part, and its rows below its
    first band (the header) to be joined (first line, after the last): the lines of a row, where they follow
    each other as a cell's lines do (none apart) and no two of them print figures (each would be a row of its
    own); a label of a cell merged down beside them, that the rules skip, printed on or between them, is the
    row's (`_place_merged_labels`). A row is a band's lines that no wider space than a cell's
    leading parts (`_row_starts`), or, where the lines' positions part no rows, the band itself (a table ruled
    row by row). A band of labels right over a line of figures is the header's (its labels may stand over one
    another). A cell wrapped over several lines with its text at the top of the row, as word processors print
    it, is so joined to its row; without the rules its lower lines would go to the row below."""
    _place_merged_labels(run, in_table)
    bands = _bands(run, in_table)
    once = Counter(run[first].band for first, _end in bands)
    tables: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for table in _ruled_tables(run, bands):
        starts, crossed = _row_starts(run, [k for first, end in table for k in range(first, end)])
        rows: list[tuple[int, int]] = []
        for first, end in _parted(table[1:], starts) if starts else table[1:] if len(table) >= 3 else ():
            if first in crossed or end in crossed:
                continue
            lines = run[first:end]
            figures = sum(map(_prints_figure, lines))
            header = not figures and end < len(run) and in_table[end] and _prints_figure(run[end])
            if (end - first >= 2 and once[lines[0].band] == 1 and figures <= 1 and not header
                    and not any(apart[first + 1:end])):
                rows.append((first, end))
        if rows:
            tables.append(((table[0][0], table[-1][1]), rows))
    return tables


def _spaced_rows(run: list[_Line], in_table: list[bool], apart: list[bool],
                 parted: set[int]) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The lines (first, after the last) of each table printed without rules (or with none inside: in a box, or
    between a rule above and one below, no rule parting its lines), and its rows of several lines to be
    joined (first line, after the last), where its rows stand further apart than a cell's lines (`_row_starts`: HWP
    pads its cells): a cell wrapped over more lines than the cells beside it, centred on its row, prints its first
    lines nearer the row above than its own row's other cells, and they went on that row's (a 비 고 of five lines
    parted the table in two); and a header's labels wrapped a syllable a line in narrow columns (`총` over `계`)
    stood on lines of their own, apart from their row's other labels. As between rules (`_ruled_rows`): the lines of
    a row none apart, no two of them printing figures, none the first of a table `parted` from the one above."""
    tables: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    k = 0
    while k < len(run):
        first, end = _table_at(k, in_table) if in_table[k] else (k, k + 1)
        k = end
        if not in_table[first] or len({line.band for line in run[first:end]}) > 1:  # rules part its rows
            continue
        starts, crossed = _row_starts(run, list(range(first, end)))
        tables_apart = _parted([(first, end)], parted)  # no row goes on into the next table
        parts = (_parted(tables_apart, starts) if starts
                 else [row for part in tables_apart for row in _unpadded_rows(run, *part)])
        rows = [(row_first, row_end) for row_first, row_end in parts
                if row_end - row_first >= 2 and row_first not in crossed and row_end not in crossed
                and sum(map(_prints_figure, run[row_first:row_end])) <= 1 and not any(apart[row_first + 1:row_end])
                and not _header_over_row(run[row_first], run[row_end - 1])]
        if rows:
            tables.append(((first, end), rows))
    return tables


def _header_over_row(upper: _Line, lower: _Line) -> bool:
    """Whether `upper`, printing no figure, is a header's line of labels over `lower`'s row of figures (a table of
    one row), not the first line of a row whose cells wrap: two cells at least, each over a cell of the row's, its
    own, the first over the row's label."""
    if upper is lower or _prints_figure(upper) or not _prints_figure(lower):
        return False
    row = _cells(lower)
    over = [[cell for cell in row if _overlap(label, cell)] for label in _cells(upper)]
    return (len(over) >= 2 and all(len(cells) == 1 for cells in over) and len({cells[0] for cells in over}) == len(over)
            and over[0][0] == row[0])


def _row_starts(run: list[_Line], lines: list[int]) -> tuple[set[int], set[int]]:
    """The lines of a table (indexes into `run`, top to bottom) that start a row: further below the line above
    than a cell's leading, the least space between two words printed one over the other in one column (a cell
    wrapped). Each line stands as far from the one above within a row at most, whatever the row prints at its
    top, centre or bottom; rows lie a cell's padding further apart. None where no space is wider than the
    leading: no cell wraps, and the leading is the rows' own. And of those, the lines a cell's text runs on
    over (a word right below another, a leading apart, past the start: a cell merged down over the rows). In the
    header of a table whose rows stand apart so (the lines above the first printing a figure), two labels one right
    over the other further apart than a leading, with no row starting between them, are two rows' labels: each line
    below the upper one down to the lower one starts a row (labels merged down the header printed halfway between
    its rows stand closer than a leading: `단위사업명 | 집행액` between `예 산 액` and `계 | 국비 | 시비 | 구비`)."""
    stacked = _stacked(run, lines)
    if not stacked:
        return set(), set()
    leading = min(space for _above, _below, space in stacked)
    starts = {k for above, k in itertools.pairwise(lines)
              if run[k].top - run[above].top > leading + ROW_SPACE * run[k].size}
    # a table of words tells no header; one whose rows stand no further apart than a cell's lines, no rows
    header_end = next((k for k in lines if _prints_figure(run[k])), lines[0]) if starts else lines[0]
    for above, below, space in stacked:
        if below < header_end and space > leading + ROW_SPACE * run[below].size and not any(
                above < k <= below for k in starts):
            starts.update(k for k in lines if above < k <= below)
    crossed = {k for above, below, space in stacked if space <= leading + ROW_SPACE * run[below].size
               for k in starts if above < k <= below}
    return starts, crossed


def _stacked(run: list[_Line], lines: list[int]) -> list[tuple[int, int, float]]:
    """Each two words of the lines (indexes into `run`, top to bottom) printed one right over the other: their
    lines, and the space between them."""
    stacked: list[tuple[int, int, float]] = []
    lowest: list[tuple[float, float, float, int]] = []  # the lowest word so far over each stretch: x0, x1, top, line
    for k in lines:
        words = [(x0, x1, top) for (x0, x1, _word), top in zip(run[k].words, run[k].tops, strict=True)]
        stacked += [(line, k, top - above) for x0, x1, top in words
                    for start, end, above, line in lowest if start < x1 and end > x0 and top > above]
        lowest = [word for word in lowest if not any(x0 < word[1] and x1 > word[0] for x0, x1, _top in words)]
        lowest += [(x0, x1, top, k) for x0, x1, top in words]
    return stacked


def _unpadded_rows(run: list[_Line], first: int, end: int) -> list[tuple[int, int]]:
    """The rows (first line, after the last) of a table without rules whose rows stand no further apart than a
    cell's lines (its cells printed without padding), where what the lines print tells them: a row's line prints a
    figure or its label (a cell in the label column, the first cells' of the lines printing figures; but a label's
    own lines, wrapped over more lines than its figures: `_wrapped_label_lines`); a line of words right of that
    column alone is a line of a cell wrapped over more lines than its row's others, but above every row's line, where
    it stands mirrored about none (the header's, its labels centred right of the label column): a row. Centred on
    their rows (some line stands nearer the next than a cell's leading: a cell of two lines beside one of one),
    such a line goes to the row it stands mirrored about by another line of its cells, each cell of either over
    one of the other's (`구청장실 …` over `본 관 …` over `민원여권과 …`; not a group label over its labels), the
    nearer where it stands so about both, and the line mirroring it with it; printed at their rows' tops, each goes
    to the row above it, whose line prints each of its cells' first line. None where the lines tell neither, or
    both ways differently."""
    lines = list(range(first, end))
    spaces = [space for _above, _below, space in _stacked(run, lines)]
    figures = [k for k in lines if _prints_figure(run[k])]
    if not spaces or not figures:
        return []
    leading, size = min(spaces), run[first].size
    label_end = min(_cells(run[k])[0][1] for k in figures)
    labels = [k for k in lines if k not in figures and run[k].words and run[k].words[0][0] < label_end]
    wrapped_labels = _wrapped_label_lines(run, labels, figures, leading)
    row_lines = [k for k in lines if k in figures or k in labels and k not in wrapped_labels]
    wrapped = [k for k in lines if k not in row_lines and run[k].words]
    if not wrapped:
        return []

    def under_one_each(k: int, row: int) -> bool:  # each cell of line k under one of the row's, each its own
        over = [[b for b in _cells(run[row]) if _overlap(a, b)] for a in _cells(run[k])]
        return all(len(cells) == 1 for cells in over) and len({cells[0] for cells in over}) == len(over)

    def one_cell(k: int, j: int) -> bool:  # each cell of either line over one of the other's: lines of its cells
        return all(any(_overlap(a, b) for b in _cells(run[j])) for a in _cells(run[k])) and all(
            any(_overlap(a, b) for b in _cells(run[k])) for a in _cells(run[j]))

    def mirror(k: int, row: int) -> int | None:  # another line of k's cell as far on the other side of the row
        top = 2 * run[row].top - run[k].top
        return next((j for j in wrapped if j != k and abs(run[j].top - top) <= ROW_SPACE * size and one_cell(j, k)),
                    None)

    header = [k for k in wrapped if row_lines and k < row_lines[0] and mirror(k, row_lines[0]) is None]
    row_lines = sorted([*row_lines, *header])
    wrapped = [k for k in wrapped if k not in header]
    centred: dict[int, int] = {}
    on_top: dict[int, int] = {}
    for k in wrapped:
        above = max((j for j in row_lines if j < k), default=None)
        below = min((j for j in row_lines if j > k), default=None)
        rows = sorted((abs(run[row].top - run[k].top), row) for row in (above, below)
                      if row is not None and mirror(k, row) is not None)
        if len(rows) == 1 or len(rows) == 2 and rows[1][0] - rows[0][0] > ROW_SPACE * size:
            centred[k] = rows[0][1]
        if above is not None and under_one_each(k, above):
            on_top[k] = above
    for k, row in list(centred.items()):  # the line it stands mirrored by is its row's too
        if centred.setdefault(mirror(k, row), row) != row:
            centred.clear()
            break
    closer = any(b.top - a.top < leading - ROW_SPACE * size for a, b in itertools.pairwise(run[first:end]))
    ways = [way for way in (centred, {} if closer else on_top) if len(way) == len(wrapped)]
    if not ways or any(way != ways[0] for way in ways):
        return []
    owner = {**{k: k for k in row_lines}, **ways[0]}
    if any(owner[a] > owner[b] for a, b in itertools.pairwise(k for k in lines if k in owner)):
        return []  # a row's lines not one after another
    rows = [list(group) for _row, group in itertools.groupby((k for k in lines if k in owner), key=owner.get)]
    return [(row[0], row[-1] + 1) for row in rows]


def _wrapped_label_lines(run: list[_Line], labels: list[int], figures: list[int], leading: float) -> set[int]:
    """Of the lines of a table without padding that print in its label column but no figure (`labels`), those that
    print a row's label wrapped over more lines than its figures, each line of it but the last filling the column (it
    and the next line's first word would not fit on a line as wide as the column's widest label): centred on its
    row, its first and last lines stand mirrored about the row's line of figures, its label alone (`정보화교육장 및`
    over `120` over `부속공간`; of an odd number of lines, its middle line on the figures' line); printed at their
    rows' tops, each stands a leading below the line above it, that of the row's figures or of its label's line
    before, no wider than that line's label (a label wraps filling its first line: `체육시설` under `계`, alone on
    its line, is a group's label over `축구장`, not the 계's lines). A line of a label that neither tells is a row of
    its own (a group's label, a row of words)."""
    if not labels:
        return set()
    parts = sorted([*labels, *figures])
    size = run[figures[0]].size
    printing = set(figures)

    def label(k: int) -> tuple[float, float, str] | None:  # its label's cell: its first, but a figure
        cell = _cells(run[k])[0]
        return None if k in printing and _is_figure(cell[2]) else cell

    column = max(cell[1] - cell[0] for k in parts if (cell := label(k)) is not None)

    def fills(k: int, j: int) -> bool:  # k's label and the first word of j's would not fit on one line
        (x0, x1, _text), (a, b, _word) = label(k), run[j].words[0]
        return x1 - x0 + CELL_GAP * size / 2 + b - a > column + ALIGNED

    def parted(k: int, j: int) -> bool:  # a label's lines, k over j: each line but the last filling the column
        chain = [m for m in parts if k <= m <= j and label(m) is not None]
        return all(_overlap(label(a), label(b)) and fills(a, b) for a, b in itertools.pairwise(chain))

    def wider(k: int, j: int) -> bool:  # k's label wider than j's: no line a label wrapped onto below j's
        return label(k)[1] - label(k)[0] > label(j)[1] - label(j)[0] + ALIGNED

    def mirrored(k: int, j: int) -> bool:  # k and j stand as far above and below a line of figures
        middle = (run[k].top + run[j].top) / 2
        return any(abs(run[f].top - middle) <= ROW_SPACE * size / 2 for f in figures if k < f < j)

    wrapped = {m for k, j in itertools.combinations(labels, 2) if mirrored(k, j) and parted(k, j)
               for m in labels if k <= m <= j}
    for k in labels:
        above = max((m for m in parts if m < k), default=None)
        if (above is not None and (above in printing or above in wrapped) and label(above) is not None
                and run[k].top - run[above].top <= leading + ROW_SPACE * size and parted(above, k)
                and not wider(k, above)):
            wrapped.add(k)
    return wrapped


def _parted(bands: list[tuple[int, int]], starts: set[int]) -> list[tuple[int, int]]:
    """The bands (first line, after the last) parted at the lines that start a row."""
    rows: list[tuple[int, int]] = []
    for first, end in bands:
        cuts = [first, *sorted(k for k in starts if first < k < end), end]
        rows += itertools.pairwise(cuts)
    return rows


def _ruled_tables(run: list[_Line], bands: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The bands of each table, each band right below the one before (its rule above is that one's rule
    below). A band printing no cells (text between two tables, or a label of a cell merged down that no rule
    crosses) is none of a table's."""
    tables: list[list[tuple[int, int]]] = []
    ending: dict[float, int] = {}  # the table whose last band ends at each rule
    for first, end in bands:
        if not any(line.cells for line in run[first:end]):
            continue
        above, below = run[first].band
        table = ending.pop(above, None)
        if table is None:
            table = len(tables)
            tables.append([])
        tables[table].append((first, end))
        ending[below] = table
    return tables


def _place_merged_labels(run: list[_Line], in_table: list[bool]) -> None:
    """Lines printing only the label of a cell merged down (centred in it) between two lines of one row take
    that row's band: the rules the row's lines lie between skip the merged cell, so the label's band reaches
    further, and the row's lines would part at it (its wrapped cell's lower lines going to the row below)."""
    for k in range(1, len(run)):
        row = run[k - 1].band
        if not in_table[k - 1] or not _encloses(run[k].band, row):
            continue
        end = next((j for j in range(k, len(run)) if not (in_table[j] and _encloses(run[j].band, row))), len(run))
        if end < len(run) and in_table[end] and run[end].band == row:
            for line in run[k:end]:
                line.band = row


def _merged_labels_joined(run: list[_Line]) -> tuple[list[_Line], list[tuple[_Line, tuple[float, float, int]]]]:
    """A row label wrapped over the lines of two rows or more of a cell merged down over them (the rules between
    the rows skip it: `일반직` over `공무원`) is one label, on its group's first row, as the text reader takes a
    group label centred on its rows: each line would else be a row's label of its own. So is a label of one line
    centred in such a cell below its first row (`도시공원` on the second of its three rows, `재정 운영` between the
    lines of a wrapped name on its second: before, there).
    Its lines are those of the merged cell's rows that print its text in their first cell (`merged`), or its text
    alone (printed between two rows), one below the other in its column. Returned: the lines but those left empty,
    and each label so joined: its line, with its x0, x1 and the display columns it is wider than that
    (`_Widening`)."""
    labels: list[tuple[_Line, tuple[float, float, int]]] = []
    k = 0
    while k < len(run):
        merged = run[k].merged or (run[k].band if k and not run[k].cells and _encloses(run[k].band, run[k - 1].band)
                                   else None)  # a label alone, printed between two rows' lines or a row's
        if not merged:
            k += 1
            continue
        first, end = k, k + 1  # the lines of the merged cell's rows
        while first and _within(run[first - 1].band, merged):
            first -= 1
        while end < len(run) and _within(run[end].band, merged):
            end += 1
        x0, x1, _text = _cells(run[k])[0]
        parts = [j for j in range(first, end) if merged in (run[j].merged, run[j].band)
                 and (cell := _cells(run[j])[0])[0] < x1 and cell[1] > x0]
        row = run[next((j for j in range(first, end) if run[j].cells), first)]  # not a line of the label alone
        # its lines a line's leading apart, as a cell's (a label column that no rule crosses holds a label a row); or
        # its one line on a lower row of the cell, centred in it (over three rows, on the second), the rows above it
        # leaving its column blank
        if len({run[j].band for j in parts}) >= 2 and all(
                run[b].tops[0] - run[a].tops[0] <= PARAGRAPH_GAP * run[a].size for a, b in itertools.pairwise(parts)) \
                or len(parts) == 1 and row is not run[parts[0]] and all(
                    not run[j].words or run[j].words[0][0] >= x1 for j in range(first, parts[0])):
            taken = [_first_cell_taken(run[j]) for j in parts]
            label = (min(cell[0] for cell in taken), max(cell[1] for cell in taken),
                     label_lines_joined([cell[2] for cell in taken]), taken[0][3])
            _first_cell_put(row, label)
            labels.append((row, (label[0], label[1], _overflow(label[0], label[1], label[2], row.size))))
        k = end
    return [line for line in run if line.words], labels


def _centred_row_labels_placed(run: list[_Line]) -> list[_Line]:
    """A row label merged down over an even number of rows of a table without rules, centred in its cell as word
    processors print it, stands on a line of its own halfway between its rows, which leave the label's column blank (a
    schedule's step `주민 교육` over its two rows of marks): it goes to its group's first row, as a ruled PDF's merged
    cell and HTML's `rowspan` give it (`_merged_labels_joined`), the rows below it blank. Left on its line, it read as a
    row of its own, its group's first row under the row above (a schedule's step lost that row's marks), or the lines
    around it no table at all. The label is one cell of no figure (but the number after the one above it in its column,
    a list's 연번 merged down over its last row and a 계 row leaving it blank: `_numbered_next`; before, the number was
    lost and the table parted), in the type of its rows, under the first cell of the line above them (the header's or
    another row's label: the label column), or over that cell's blank right of it (`계` set left under `직 렬` centred
    over `의료기술직`; before, `계` stayed on its line and the next group's label went to `계`'s 현원 row). Its group is
    as many rows above it as below it, those above it none of a group placed above it (`ends`: before, the next label
    alone found none, the line of the label placed gone stopping the rows above it), each starting right of the label
    (lines of a table: two cells at least among them), and it stands halfway between its group's first and last rows, no
    rule between them (where rules part the rows, they place a merged cell's label: `_merged_labels_joined`,
    `_place_merged_labels`). A label centred on an odd number of rows stands on its middle row's line
    (`_label_on_middle_row_placed`)."""
    ends: dict[int, int] = {}  # the last line of each group whose label is placed, by its first line's id
    gone: set[int] = set()  # the lines of the labels placed
    for k, label in enumerate(run):
        cells = _cells(label) if 0 < k < len(run) - 1 else []
        if len(cells) >= 2 and (_label_on_middle_row_placed(run, k, cells[0], ends)
                                or _one_row_group_told(run, k, cells[0], ends)):
            continue
        if len(cells) != 1:
            continue
        x0, x1, text = cells[0]
        beside = [bool(line.words) and line.words[0][0] >= x1 + CELL_GAP * line.size and not _restyled(label, line)
                  and line.band == label.band and id(line) not in ends for line in run]  # the label's column blank
        # the line above the rows: past a label placed gone, the first row of its group, which ends the rows
        above = next((j for j in range(k - 1, -1, -1) if not beside[j] and id(run[j]) not in gone), -1)
        below = next((j for j in range(k + 1, len(run)) if not beside[j]), len(run))
        rows = min(k - ends.get(id(run[above]), above) - 1, below - k - 1)
        if beside[k + 1] and not _prints_figure(label) and _centred_on_blank_row_and_next(run, k):
            _words_set(run[k + 1], [*((word, run[k + 1].top) for word in label.words),
                                    *zip(run[k + 1].words, run[k + 1].tops, strict=True)])
            _words_set(label, [])
            ends[id(run[k + 1])] = k + 1
            gone.add(id(label))
            continue
        if rows < 1 or above < 0 or not run[above].words or _restyled(run[above], label):
            continue
        column = _cells(run[above])[0]
        if _prints_figure(label) and not _numbered_next(column[2], text):
            continue  # a figure of its own (a cell's wrapped line), not a row's number
        group = run[k - rows:k + rows + 1]
        first, last = group[0], group[-1]
        # the label's cell reaches right up to the rows' next column: a label set at its cell's left (`계`) under a
        # wider one centred over the column (`직 렬`, over `의료기술직` too) is in it
        reach = min(line.words[0][0] for line in group if line is not label and line.words)
        # its rows' lines close, or no further apart than two of its rows printing figures (rows drawn taller)
        pitch = max((b.top - a.top for a, b in itertools.pairwise(group) if _prints_figure(a) and _prints_figure(b)),
                    default=0.0)
        if (column[0] < reach and x0 < column[1] and abs(label.top - (first.top + last.top) / 2) <= label.size / 2
                and all(b.top - a.top <= max(2 * PARAGRAPH_GAP * a.size, pitch + ROW_SPACE * a.size)
                        for a, b in itertools.pairwise(group))
                and any(line.cells for line in group) and not _label_goes_on(label, group, run[below:below + 1])):
            _words_set(first, [*((word, first.top) for word in label.words),
                               *zip(first.words, first.tops, strict=True)])
            _words_set(label, [])
            ends[id(first)] = k + rows
            gone.add(id(label))
    return [line for line in run if line.words]


def _centred_on_blank_row_and_next(run: list[_Line], k: int) -> bool:
    """Whether line k, a label alone, is centred on a blank row and the row below it, as a label merged down over a
    row of its own, blank but for it, and its one member is printed (`현장직` over `녹지원  8  400`, a row's height
    below `주무관`): a row's height up from the row below is the blank row's middle, the label halfway between. Such a
    label goes to the row below (its member), not the row above, which it stands three times as far from."""
    above, label, row = run[k - 1], run[k], run[k + 1]
    if not (above.words and row.cells) or above.band != label.band or row.band != label.band:
        return False
    slot = (row.top - above.top) / 2  # a row's height: the blank row's middle is as far from either
    return slot > PARAGRAPH_GAP * label.size and abs(row.top - slot / 2 - label.top) <= label.size / 2


def _numbered_next(above: str, label: str) -> bool:
    """Whether a label is the number after the one above it in its column (`3` under `2`: a list's 연번)."""
    return above.isdigit() and label.isdigit() and int(label) == int(above) + 1


def _centred_wrapped_labels_placed(run: list[_Line]
                                   ) -> tuple[list[_Line], list[tuple[_Line, tuple[float, float, int]]]]:
    """A row label merged down over a group of rows of a table without rules inside it and wrapped over two or three
    lines, centred in its cell, stands its lines a leading apart about its group's middle, between the rows' lines or
    on them (`취약계층 기초생활 보장 및` over `자립기반 강화` beside three 단위사업 rows: the first line between the
    first two rows, the second between the last two). Its lines go to its group's first row as one label, as a ruled
    PDF's merged cell and HTML's `rowspan` give it (`_merged_labels_joined`), the rows below it blank. Left where they
    stood, each line went on the row it fell on or read as a row of its own (`소계 국민기초생활보장 생계급여` joined,
    the table parted), or the label on its middle row. A label of one line is `_centred_row_labels_placed`'s.
    Returned: the lines but those left empty, and each label so joined with its row, x0, x1 and the display columns
    it is wider than that (`_Widening`)."""
    labels: list[tuple[_Line, tuple[float, float, int]]] = []
    for k in range(1, len(run) - 1):
        line = run[k]
        if not line.words:
            continue
        right = line.words[0][1] + CELL_GAP * line.size
        # cheap: a row beside the label's first line, on it or right above or below it
        if line.cells or any(other.words and other.words[0][0] >= right for other in (run[k - 1], run[k + 1])):
            pieces = _label_lines(run, k)
            if all(_HANGUL_RE.fullmatch(piece[2]) for _j, piece in pieces):
                continue  # a label letter-spaced a syllable a line (`본` over `관`): the rows' lines place it
            label = next(filter(None, (_wrapped_label_placed(run, pieces[:m]) for m in range(len(pieces), 1, -1))),
                         None) or _top_set_label_placed(run, pieces)
            if label:
                labels.append(label)
    return [line for line in run if line.words], labels


def _label_lines(run: list[_Line], k: int) -> list[tuple[int, tuple[float, float, str, float]]]:
    """The lines of a label wrapped in its cell from line k's first cell down (`_centred_wrapped_labels_placed`),
    three at most, each with its line's index: the first cells of lines below, over the first, the same step apart,
    a paragraph's gap at most, in its table and type, no figure; lines between leave the label's column blank."""
    line = run[k]
    first = _cells_with_tops(line)[0]
    if _is_figure(first[2]):
        return []
    right = first[1] + CELL_GAP * line.size
    pieces = [(k, first)]
    for j in range(k + 1, len(run)):
        below = run[j]
        if not below.words or below.band != line.band or _restyled(line, below) or len(pieces) == _LABEL_LINES:
            break
        if below.words[0][0] >= right:
            continue  # a row beside the label
        piece = _cells_with_tops(below)[0]
        step = piece[3] - pieces[-1][1][3]
        if (_is_figure(piece[2]) or not _overlap(piece, first) or not 0 < step <= PARAGRAPH_GAP * line.size
                or len(pieces) > 1 and abs(step - (pieces[1][1][3] - first[3])) > CENTRED * line.size):
            break
        pieces.append((j, piece))
    return pieces


def _wrapped_label_placed(run: list[_Line], pieces: list[tuple[int, tuple[float, float, str, float]]]
                          ) -> tuple[_Line, tuple[float, float, int]] | None:
    """A label's lines (`_label_lines`) placed on its group's first row as one label, and that row with the label's
    x0, x1 and the display columns it is wider than that; None where they are no label centred on a group. Its group:
    the rows between its lines and rows above its first line and below its last, each leaving the label's column
    blank, in its table and type, the line above them printing in the label's column (the header's label or another
    row's): the most such rows whose first and last lines' middle is the label's (rows wrapped over lines of their
    own, as many or not, or rows of a line each, as many above it as below). Its lines stand no further apart than
    two of its rows' lines one below the other at most (two labels each centred on rows of their own are a row
    further apart), its first line off the line of any cell beside it (else a row's own label, set at its top or
    on a row's line, as where rows stand a leading apart: `정보화교육장 및 전산교육실` over `부속공간` over the next
    row's `회의실`)."""
    (k, first), last = pieces[0], pieces[-1][0]
    line = run[k]
    size = line.size
    right = max(piece[1] for _j, piece in pieces) + CELL_GAP * size  # where the rows beside the label start

    def beside(other: _Line) -> bool:  # a row leaving the label's column blank
        return (bool(other.words) and other.words[0][0] >= right and other.band == line.band
                and not _restyled(line, other))

    above = k
    while above and beside(run[above - 1]):
        above -= 1
    below = last + 1
    while below < len(run) and beside(run[below]):
        below += 1
    if (above == 0 or not run[above - 1].words or _restyled(run[above - 1], line)
            or not _overlap(_cells(run[above - 1])[0], first)):
        return None
    # the lines printing rows' cells from the line above to the next line printing in the label's column, each at
    # the top of its first word right of the label
    rows = [(j, next(top for (a, _b, _w), top in zip(run[j].words, run[j].tops, strict=True) if a >= right))
            for j in range(above, below) if run[j].words[-1][0] >= right]
    lines = [piece[3] for _j, piece in pieces]
    middle = lines[0] + lines[-1]  # twice the label's middle
    group = next(([(j, top) for j, top in rows if start <= j <= end] for start, upper in rows if start <= k
                  for end, lower in reversed(rows)
                  if end >= last and abs(upper + lower - middle) <= 2 * CENTRED * size), [])
    tops = [top for _j, top in group]
    gaps = [b - a for a, b in itertools.pairwise(tops)]
    if (not gaps or not any(run[j].cells for j, _top in group)
            or (lines[-1] - lines[0]) / (len(lines) - 1) > max(gaps) + CENTRED * size
            or max(gaps) > 2 * PARAGRAPH_GAP * size
            or any(a >= first[1] and abs(top - first[3]) <= CENTRED * size
                   for (a, _b, _w), top in zip(line.words, line.tops, strict=True))):
        return None
    for j, piece in pieces:
        _cell_taken(run[j], piece)
        run[j].top = min(run[j].tops, default=run[j].top)  # a row's line at its own words' top
    x0, x1 = min(piece[0] for _j, piece in pieces), max(piece[1] for _j, piece in pieces)
    text = label_lines_joined([piece[2] for _j, piece in pieces])
    row = run[group[0][0]]
    _words_set(row, [((x0, x1, text), tops[0]), *zip(row.words, row.tops, strict=True)])
    return row, (x0, x1, _overflow(x0, x1, text, size))


def _top_set_label_placed(run: list[_Line], pieces: list[tuple[int, tuple[float, float, str, float]]]
                          ) -> tuple[_Line, tuple[float, float, int]] | None:
    """A row label wrapped over lines of its cell printed at the cell's top (a cell merged down a group of rows set
    at its top, in a table without rules inside it): its first line (`_label_lines`) on its row's line, beside
    that row's cells, under the first cell of the line above (the label column), its others each on a line of its
    own below it, a leading apart, closer than that row stands to the rows above and below it, between lines of
    rows that leave its column blank, none of those standing halfway between two of them (a label of its own
    centred on that row). Its lines go to that row as one label, and that row is returned with the label's x0, x1
    and the display columns it is wider than that (`_Widening`); None where they are no such label. Left where they
    stood, they went on the rows they fell nearest (`취약계층` on the first row, `생활보장 강화` on the second: the
    group's first row under a group of its own)."""
    (k, first), rest = pieces[0], pieces[1:]
    row = run[k]
    size = row.size
    if not rest or not any(a >= first[1] and abs(top - first[3]) <= CENTRED * size
                           for (a, _b, _w), top in zip(row.words, row.tops, strict=True)):
        return None  # its first line not on a row's line: a label centred on its rows (`_wrapped_label_placed`)
    above = run[k - 1]
    if not above.words or _restyled(above, row) or not _overlap(_cells(above)[0], first):
        return None  # the line above prints nothing in its column: no label column (a row's wrapped cells' lines)
    if any(len(run[j].words) != len(piece[2].split()) or run[j].cells for j, piece in rest):
        return None  # a line printing more than the label's words: a row's own
    tops = [piece[3] for _j, piece in pieces]
    below = next((run[j].top for j in range(k + 1, len(run)) if run[j].cells), None)
    if below is None or tops[1] - tops[0] >= min(first[3] - above.top, below - first[3]) - ROW_SPACE * size:
        return None  # its lines as far apart as the rows above and below its first: rows' own labels
    between = [run[j].top for j in range(k + 1, rest[-1][0]) if run[j].cells]
    if any(abs(top - (a + b) / 2) <= CENTRED * size for top in between for a, b in itertools.combinations(tops, 2)):
        return None  # a row's line halfway between two of its lines: that row's label, centred on it
    for j, piece in rest:
        _cell_taken(run[j], piece)
    _cell_taken(row, first)
    x0, x1 = min(piece[0] for _j, piece in pieces), max(piece[1] for _j, piece in pieces)
    text = label_lines_joined([piece[2] for _j, piece in pieces])
    _words_set(row, [((x0, x1, text), first[3]), *zip(row.words, row.tops, strict=True)])
    return row, (x0, x1, _overflow(x0, x1, text, size))


def _label_on_middle_row_placed(run: list[_Line], k: int, first_cell: tuple[float, float, str],
                               ends: dict[int, int]) -> bool:
    """A row label merged down over an odd number of rows of a table without rules between them, centred in its
    cell, stands on its middle row's line (a schedule's step `주민 교육` on the second of its three rows, 2차's;
    `국가통계` on `지역별고용조사`, the second of its three surveys): it goes to its group's first row
    (`_centred_row_labels_placed`), where as many rows above its line as below leave the label's column blank, and
    those above it are none of the label's above (a row's label of its own there, the header's, or a label's placed on
    its first row whose rows end right above them: `ends`, the last line of each placed group by its first line's
    id). Only where the rows above it can be no other label's: in a schedule (its header prints three month labels
    at least), under a rule parting them from the line above them (the header's), under a line of labels alone over
    rows of figures (the header, unruled), right under a total printed across the label and name columns (`계`), or
    right under a group placed (`ends`); else a label on a row's line may
    as well be its group's first, printed at the top, the rows above it the group's above (before, outside a
    schedule, `국가통계` went to its second row, its first row a row of no group). `first_cell`:
    the label's first cell, as its caller worked it out. Returned: whether the label was placed so."""
    label = run[k]
    x0, x1, _text = first_cell

    def blank(line: _Line) -> bool:  # a line of the label's table leaving its column blank
        return (bool(line.words) and line.words[0][0] >= x1 + CELL_GAP * line.size and not _restyled(label, line)
                and line.band == label.band and id(line) not in ends)

    if not (blank(run[k - 1]) and blank(run[k + 1])):
        return False
    above = next((j for j in range(k - 1, -1, -1) if run[j].words and not blank(run[j])), -1)  # a label placed gone
    if above < 0 or _restyled(run[above], label):
        return False
    rows = k - ends.get(id(run[above]), above) - 1
    below = next((j for j in range(k + 1, len(run)) if not blank(run[j])), len(run))
    column = _cells(run[above])[0]
    group = run[k - rows:k + rows + 1]
    # its rows' lines close, or evenly apart (rows drawn taller than their text)
    pitch = min((b.top - a.top for a, b in itertools.pairwise(group)), default=0.0)
    if (rows < 1 or rows > below - k - 1 or not (column[0] < x1 and x0 < column[1])
            or not all(b.top - a.top <= max(2 * PARAGRAPH_GAP * a.size, pitch + ROW_SPACE * a.size)
                       for a, b in itertools.pairwise(group))):
        return False
    owned_above = _no_label_over_rows_below(run[above], label, group, ends)
    header = next((line for line in reversed(run[:k - rows]) if _restyled(label, line)
                   or sum(is_month_label(text) for _a, _b, text in _cells(line)) >= 3), None)
    if not owned_above and (header is None or _restyled(label, header)):
        return False
    first = group[0]
    words = list(zip(label.words, label.tops, strict=True))
    _words_set(first, [*(word for word in words if word[0][0] < x1), *zip(first.words, first.tops, strict=True)])
    _words_set(label, [word for word in words if word[0][0] >= x1])
    ends[id(first)] = k + rows
    return True


def _no_label_over_rows_below(above: _Line, label: _Line, group: list[_Line], ends: dict[int, int]) -> bool:
    """Whether the rows of `group` below line `above` are none of a label above them: a rule under that line, a line
    of labels alone over rows of figures (the header), a total printed across the label and name columns (`계`, its
    figures next), or a group placed ending there (`ends`)."""
    return (id(above) in ends or above.band is not None and above.band[1] <= label.top
            or not _prints_figure(above) and all(map(_prints_figure, group)) or _total_across(above, label))


def _one_row_group_told(run: list[_Line], k: int, first_cell: tuple[float, float, str], ends: dict[int, int]) -> bool:
    """Whether a row label on the line of a tall row (a row further from the next than two paragraphs' gaps: its
    cells centred in it) right under a line over which no label owns the rows below (`_no_label_over_rows_below`)
    is a group of that row alone (`현장직` on `녹지원` right under the 계), and if so marks it placed (`ends`): its
    label centred in its cell as its row's cells are, a group of more rows would stand it between them or on a lower
    one's line, so the rows below it are the next label's (before, `생활시설` on `테니스장` below stayed there, its
    first row `수영장` no group's). As `pdftotext -layout` is read (aligned's `_middle_row_labels_raised`)."""
    above, label, below = run[k - 1], run[k], run[k + 1]
    x0, x1, _text = first_cell
    tall = 2 * PARAGRAPH_GAP * label.size
    if (not above.words or not _prints_figure(below) or _restyled(above, label) or _restyled(label, below)
            or below.band != label.band or below.top - label.top <= tall):
        return False
    column = _cells(above)[0]
    if not (column[0] < x1 and x0 < column[1]) or not _no_label_over_rows_below(above, label, [label], ends):
        return False
    ends[id(label)] = k
    return True


def _total_across(line: _Line, row: _Line) -> bool:
    """Whether a line prints a total across the label and name columns of a row printing both (`계  21  3,900`
    over `체육시설  야구장  2  650`), its figures right after it: the rows below it are no group's of it."""
    cells, row_cells = _cells(line), _cells(row)
    return (len(cells) >= 2 and len(row_cells) >= 3 and is_total(cells[0][2]) and _is_figure(cells[1][2])
            and not _is_figure(row_cells[1][2]) and cells[1][0] >= row_cells[1][1])


def _label_goes_on(label: _Line, group: list[_Line], below: list[_Line]) -> bool:
    """Whether the line below a label's group prints in its column alone the label's last line (mirrored about a
    line of the group: a row's label wrapped over two lines centred on its figures, `_wrapped_label_lines`), not a
    label of its own."""
    return bool(below) and len(cells := _cells(below[0])) == 1 and _overlap(cells[0], _cells(label)[0]) and any(
        abs(below[0].top + label.top - 2 * line.top) <= ROW_SPACE * label.size for line in group)


def _merged_down_labels_joined(run: list[_Line]) -> tuple[list[_Line], list[tuple[_Line, tuple[float, float, int]]]]:
    """Labels merged down a ruled header's rows and wrapped over two lines (`집행률(%)` over `(5.31.기준)`), centred
    in their cells, print their lines above and below the line of the labels beside them (no figure on any of
    them), a line's leading apart, with no rule drawn over them between, and a line right below the rule under
    them prints figures: each is one label, on the line nearest its centre. Apart, a first line would read as the
    table's caption and a second as a column of its own. The lower line is their second lines alone, each under
    one label (a group label's line over its labels, some under none of it, is none), and no label lies below
    them between the rules (a group label over a wrapped label's first line is none); a label wrapped in a cell
    not merged down is joined with the header's own lines (`_wrapped_header_labels_joined`). Returned: the lines but
    those left empty, and each label so joined with its line, x0, x1 and the display columns it is wider than
    that (`_Widening`)."""
    labels: list[tuple[_Line, tuple[float, float, int]]] = []
    for k, upper in enumerate(run):
        if upper.band is None or not upper.words or _prints_figure(upper):
            continue
        cells = _cells(upper)
        below = next((j for j in range(k + 1, len(run)) if run[j].top - upper.top > PARAGRAPH_GAP * upper.size
                      or any(_overlap(cell, word) for cell in cells for word in run[j].words)), len(run))
        if below == len(run) or below == k + 1:
            continue
        lower, between = run[below], run[k + 1:below]
        if (lower.band != upper.band or _prints_figure(lower) or lower.top - upper.top > PARAGRAPH_GAP * upper.size
                or any(map(_prints_figure, between))):
            continue
        parts = _cells(lower)
        over = [[cell for cell in cells if _overlap(cell, part)] for part in parts]
        if any(len(heads) != 1 for heads in over) or len({heads[0] for heads in over}) != len(parts):
            continue
        if not any(_prints_figure(line) for line in run[below + 1:] if line.band and line.band[0] == upper.band[1]):
            continue  # not a header's lines: no line between the rule under them and the next prints a figure
        joined = [(min(a0, b0), max(a1, b1), label_lines_joined([upper_text, lower_text]))
                  for ((a0, a1, upper_text),), (b0, b1, lower_text) in zip(over, parts, strict=True)]
        if any(_overlap(label, word) for line in run[below + 1:] if line.band == upper.band
               for word in line.words for label in joined):
            continue  # a label below them in their column: not merged down (a group label over a wrapped label)
        centre = (upper.top + lower.top) / 2
        row = min(between, key=lambda line: abs(line.top - centre))
        _words_set(upper, [(word, top) for word, top in zip(upper.words, upper.tops, strict=True)
                           if not any(_overlap(label, word) for label in joined)])
        _words_set(lower, [])
        _words_set(row, sorted([*zip(row.words, row.tops, strict=True), *((label, row.top) for label in joined)]))
        labels += [(row, (x0, x1, _overflow(x0, x1, text, row.size))) for x0, x1, text in joined]
    return [line for line in run if line.words], labels


def _overlap(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
    """Whether two cells or words stand one over the other, in part at least."""
    return a[0] < b[1] and b[0] < a[1]


def _table_at(k: int, in_table: list[bool]) -> tuple[int, int]:
    """The table lines around line k (first, after the last)."""
    first, end = k, k + 1
    while first and in_table[first - 1]:
        first -= 1
    while end < len(in_table) and in_table[end]:
        end += 1
    return first, end


def _overflow(x0: float, x1: float, text: str, size: float) -> int:
    """The display columns a cell's text joined from its lines is wider than the cell is printed."""
    return display_width(text) - round((x1 - x0) / (size / 2))


def _within(band: tuple[float, float] | None, merged: tuple[float, float]) -> bool:
    return band is not None and merged[0] <= band[0] and band[1] <= merged[1]


def _first_cell_taken(line: _Line) -> tuple[float, float, str, float]:
    """The line's first cell (x0, x1, text, top), taken out of it."""
    x0, x1, text = _cells(line)[0]
    n = sum(a < x1 for a, _b, _word in line.words)
    top = line.tops[0]
    line.words, line.tops = line.words[n:], line.tops[n:]
    line.text = " ".join(word for _a, _b, word in line.words)
    line.x0 = line.words[0][0] if line.words else x1
    line.merged = None
    return x0, x1, text, top


def _first_cell_put(line: _Line, cell: tuple[float, float, str, float]) -> None:
    x0, x1, text, top = cell
    line.words, line.tops = ((x0, x1, text), *line.words), (top, *line.tops)
    line.text = " ".join(word for _a, _b, word in line.words)
    line.x0 = x0


def _encloses(band: tuple[float, float] | None, row: tuple[float, float] | None) -> bool:
    """Whether `band` reaches past `row` (a merged cell's rules, above and below a row's)."""
    return band is not None and row is not None and band != row and band[0] <= row[0] and band[1] >= row[1]


def _bands(run: list[_Line], in_table: list[bool]) -> list[tuple[int, int]]:
    """The runs of a run's table lines (first, after the last) that lie between the same two rules."""
    bands: list[tuple[int, int]] = []
    for k, line in enumerate(run):
        if not in_table[k] or line.band is None:
            continue
        if bands and bands[-1][1] == k and run[k - 1].band == line.band:
            bands[-1] = (bands[-1][0], k + 1)
        else:
            bands.append((k, k + 1))
    return bands


def _prints_figure(line: _Line) -> bool:
    """Whether a line prints a figure (`_is_figure`), or vehicles' counts printing `대` (`vehicle_counts`: not age
    bands, `40대`)."""
    texts = [text for _x0, _x1, text in _cells(line)]
    return any(map(_is_figure, texts)) or len(texts) > 1 and bool(vehicle_counts(texts))


def _is_figure(text: str) -> bool:
    """`1,000`, `40.0`, `△2`, `-`, a count printing its unit (`10명`)."""
    return parse_decimal(text) is not None or is_headcount(text)


def _cells(line: _Line) -> list[tuple[float, float, str]]:
    """The line's words joined into cells (x0, x1, text): words closer than a cell gap are one cell."""
    cells: list[tuple[float, float, str]] = []
    for x0, x1, word in line.words:
        if cells and x0 - cells[-1][1] < CELL_GAP * line.size and x0 not in line.parted:
            cells[-1] = (cells[-1][0], x1, f"{cells[-1][2]} {word}")
        else:
            cells.append((x0, x1, word))
    return cells


def _row_line(lines: list[_Line], *, labels: bool = False) -> tuple[_Line, list[tuple[float, float, int]]]:
    """The lines of one row as one line, each cell's lines (cells one above another) joined top to bottom, as a
    label's (`label_lines_joined`: `과부` over `족`, `과부족`) where the row is `labels`; and for each cell so joined
    its x0, x1 and the display columns its text is wider than that (`_Widening`)."""
    cells = sorted(((x0, x1, line.top, text) for line in lines for x0, x1, text in _cells(line)),
                   key=lambda cell: cell[0])
    groups: list[list[tuple[float, float, float, str]]] = []
    right = 0.0  # the end of the last group
    for cell in cells:
        if groups and cell[0] < right:
            groups[-1].append(cell)
            right = max(right, cell[1])
        else:
            groups.append([cell])
            right = cell[1]
    first = lines[0]
    words: list[tuple[float, float, str]] = []
    joined: list[tuple[float, float, int]] = []
    for group in groups:
        x0, x1 = group[0][0], max(cell[1] for cell in group)
        parts = [cell[3] for cell in sorted(group, key=lambda cell: (cell[2], cell[0]))]
        text = label_lines_joined(parts) if labels else " ".join(parts)
        words.append((x0, x1, text))
        if len(group) > 1:
            joined.append((x0, x1, _overflow(x0, x1, text, first.size)))
    return _Line(" ".join(text for _x0, _x1, text in words), min(line.x0 for line in lines), first.top,
                 first.size, tuple(words), True, first.font, first.band, len(lines)), joined


class _Widening:
    """Display columns added right of the end of each cell whose lines are joined, in every line of its table:
    as one line its text is wider than printed, and so that it does not reach into the next column, that
    column moves over in every row alike; or right of a blank column too narrow (`_blank_columns_widened`)."""

    def __init__(self, joined: list[tuple[float, float, int]]) -> None:
        self.ends: list[float] = []  # x of the ends widened after, ascending
        self.added: list[int] = []  # the display columns added left of the x right after each
        for x0, x1, overflow in sorted(joined, key=lambda cell: cell[1]):
            needed = self.at(x0) + overflow  # what lies left of the cell moved, and its own overflow
            if needed > (self.added[-1] if self.added else 0):
                self.ends.append(x1)
                self.added.append(needed)

    def at(self, x: float) -> int:
        """The display columns added left of x."""
        k = bisect.bisect_left(self.ends, x)
        return self.added[k - 1] if k else 0

    def over(self, x0: float, x1: float) -> int:
        """The display columns added left of a label centred over x0..x1 (`_group_spans_kept`): halfway between
        those added left of x0 and those added by x1 (a cell widened that ends there included)."""
        k = bisect.bisect_right(self.ends, x1)
        return round((self.at(x0) + (self.added[k - 1] if k else 0)) / 2)


def _table_pitches(run: list[_Line], in_table: list[bool]) -> list[float]:
    """The type size each line is laid out by: a table's line by its table's smallest, so that a header and rows set
    in two sizes (labels in 7.5 pt over figures in 8 pt, as HWP may set a table's figures) keep their columns one
    over the other (each by its own, the figures' columns drifted right of their labels' across the table); any
    other line by its own."""
    pitches = [line.size for line in run]
    k = 0
    while k < len(run):
        if in_table[k]:
            first, end = _table_at(k, in_table)
            pitches[first:end] = [min(pitches[first:end])] * (end - first)
            k = end
        else:
            k += 1
    return pitches


def _right_aligned_edges(lines: list[_Line], in_table: list[bool]) -> list[tuple[float, ...]]:
    """For each line of a table, the x1 its table's columns of figures set right end at: where two figures of
    unlike widths end (`-` under `△1`), within `ALIGNED` points; in a column set left, figures of unlike widths
    start alike and end apart. Any other line: none."""
    edges: list[tuple[float, ...]] = [()] * len(lines)
    k = 0
    while k < len(lines):
        if not in_table[k]:
            k += 1
            continue
        first, end = _table_at(k, in_table)
        figures = sorted((x1, x1 - x0) for line in lines[first:end]
                         for x0, x1, text in _cells(line) if _is_figure(text))
        ends = tuple(x1 for (x1, width), (other_x1, other_width) in itertools.pairwise(figures)
                     if other_x1 - x1 <= ALIGNED and abs(other_width - width) > ALIGNED)
        edges[first:end] = [ends] * (end - first)
        k = end
    return edges


def _as_text_line(line: _Line, body: float, left: float, in_table: bool, widening: _Widening | None,
                  pitch: float, right_edges: tuple[float, ...] = ()) -> str:
    """The line as a text report prints it: larger type as a markdown heading, indentation as spaces, and
    a line of a table as `pdftotext -layout` prints it, by the `pitch` of its table (`_table_pitches`), its figures
    set right ending at its `right_edges` (`_right_aligned_edges`)."""
    if line.size >= body + HEADING_GAIN:
        return f"# {line.text}"
    if in_table:
        return _laid_out(line, left, widening, pitch, right_edges)
    return " " * round(max(0.0, line.x0 - left) / INDENT_STEP) + line.text


def _laid_out(line: _Line, left: float, widening: _Widening | None, pitch: float,
              right_edges: tuple[float, ...] = ()) -> str:
    """The line's words each at its display column (`_display_starts`) in type of the `pitch` size."""
    text, width = "", 0
    starts = _display_starts(line.words, pitch, left, widening, line.parted, line.spans, right_edges)
    for (_x0, _x1, word), start in zip(line.words, starts, strict=True):
        text += " " * (start - width) + word
        width = start + display_width(word)
    return normalize_chars(text)


def _display_starts(words: tuple[tuple[float, float, str], ...], size: float, left: float,
                    widening: _Widening | None, parted: frozenset[float] = frozenset(),
                    spans: dict[float, tuple[float, float]] | None = None,
                    right_edges: tuple[float, ...] = ()) -> list[int]:
    """The display column each word starts at: that of its x (half a type size a column, Hangul two columns
    wide, and the columns its table's `_Widening` adds, over the span of those it is a group label of: `spans`, by
    x0), so the rows of a table without rules line up as the aligned-table reader expects; words closer than a cell
    gap stay one space apart (but those `parted`: their x0), cells two at least. A figure led by a `WIDE_SIGNS`
    sign (`△1`) that ends at a column set right (one of `right_edges`) starts where its end puts it, as its column's
    other figures end there (`-` under it); before, by its x0, it ended a column short of them, the `-` read as the
    next column's."""
    starts: list[int] = []
    width, previous_end = 0, None
    for x0, x1, word in words:
        if previous_end is not None and x0 - previous_end < CELL_GAP * size and x0 not in parted:
            start = width + 1
        else:
            added = 0 if widening is None else widening.over(*spans[x0]) if spans and x0 in spans else widening.at(x0)
            column = round((x0 - left) / (size / 2)) + added
            if word[:1] in WIDE_SIGNS and any(abs(x1 - edge) <= ALIGNED for edge in right_edges):
                column = round((x1 - left) / (size / 2)) - display_width(word) + added
            start = max(column, width if previous_end is None else width + 2)
        starts.append(start)
        width = start + display_width(word)
        previous_end = x1
    return starts


def _add_block(blocks: list[Block], block: Block, column_top: bool = False) -> None:
    """A table right after another on an earlier page (nothing printed between them but the page break), or atop
    the right column of a page in two columns after one at the foot of the left, may go on from it."""
    if isinstance(block, Table):
        previous = blocks[-1] if blocks else None
        add_table(blocks, block, over_page_break=previous is not None and (previous.page != block.page or column_top))
    else:
        blocks.append(block)
