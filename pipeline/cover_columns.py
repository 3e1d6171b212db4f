"""A cover laid out in two columns in space-aligned text (`pdftotext -layout` of a cover set as a column of labels
beside their values, `보고부서   총무과`, or as two blocks side by side) read as the text it is, as
`read_pdf._opening_lines` reads a PDF's: read as a table of words, its session, council and department were lost (a
table is no cover's line).

The cover is the lines above the report's first heading or bullet, the contents' title (`보고 순서`, `목 차`) and the
first page break, where they would be read as a table. Its columns are parted by a gutter: display columns blank on
every line of it, with cells on both sides of it on two lines at least; a column of labels (`일 시`, `보고부서`: a
short word of Hangul) beside their values is read field by field, each a line, a value wrapped over lines going on
its label's (also where every value wraps, each label alone halfway down its value's lines: no gutter then); two
blocks side by side one after the other, the left first, each (a block of fields too) read as the lines of one
column are. Lines of two columns that are a table by their shape (a figure, a rule above or below them, `구 분`
heading the first column, more columns than a block beside fields) stay a table.
"""

from __future__ import annotations

import itertools

from pipeline import patterns
from pipeline.aligned import AlignedRows, Cell, split_cells
from pipeline.document import is_figure
from pipeline.rules import is_table_rule, is_thematic_break

# the contents' title, or a part's numbered title (`1. 일반현황`, `5. 주요 시설 현황`): below the cover
_BELOW_COVER_RE = patterns.compile(r"^\s*(?:(?:보\s*고\s*순\s*서|목\s*차|차\s*례)\s*$|\d{1,2}\.\s*\p{Hangul})")
_LABEL_RE = patterns.compile(r"\p{Hangul}{2,5}")  # a cover field's label, its letters run together: `일시`, `보고부서`
_SYLLABLE_RE = patterns.compile(r"\p{Hangul}")  # one syllable (a cell of one character)
_CORNER = "구분"  # the label of a table's first column (`구 분 | 내 용`), never a cover's
_GUTTER = 2  # display columns blank between the columns, at least
_MIN_LINES = 2  # lines printing cells on both sides of the gutter

Cover = tuple[int, int, list[tuple[int, str]]]  # its lines (first, after the last), read as text lines


def cover_in_columns(lines: list[str]) -> Cover | None:
    """The lines (first, after the last) of a cover laid out in two columns among the document's first `lines`
    (those above its first heading, bullet or table row and its first page break), and those lines as text: each
    the index of the line it stands for and its text, `""` a blank line (parting paragraphs): from its first line
    of two cells on, else its labels between their values' lines (`_labels_between_values`). None where the
    document opens with no such cover."""
    limit = next((k for k, line in enumerate(lines) if _BELOW_COVER_RE.match(line)), len(lines))
    printed = [split_cells(line) if line.strip() else [] for line in lines[:limit]]
    rows = [_spread_word_joined(cells) for cells in printed]
    first = next((k for k, cells in enumerate(rows) if len(cells) >= 2), None)
    beside = None if first is None else _beside(lines, limit, rows, first)
    if beside is None and first is not None:
        beside = _over_a_spread_word(rows, first, [k for k in range(first, limit) if rows[k] != printed[k]])
    return beside if beside is not None else _labels_between_values(rows)


def _over_a_spread_word(rows: list[list[Cell]], first: int, spread: list[int]) -> Cover | None:
    """The cover's lines from its first of two cells, `first`, to its last word spread over its width (`spread`,
    `_spread_word_joined`), as text lines, where they print no figure or table's corner: apart, a syllable of the
    word lining up with a wide space of a title above (`2 0 2 5 년   주 요 업 무 보 고` over `세   무   관   리   과`)
    made them a table (`세` beside `무 관 리 과`), the department lost."""
    if not spread or any(is_figure(cell.text) and cell.text[-1] != "." or cell.text.replace(" ", "") == _CORNER
                         for cells in rows[first:spread[-1] + 1] for cell in cells):
        return None
    return first, spread[-1] + 1, [(k, " ".join(cell.text for cell in rows[k])) for k in range(first, spread[-1] + 1)]


def _beside(lines: list[str], limit: int, rows: list[list[Cell]], first: int) -> Cover | None:
    """A cover in two columns from its first line of two cells, `first`, on (`cover_in_columns`), above `limit`."""
    starts = _gutter_ends(rows[first])  # where the gutter may end: the right column's start or left of it
    left = rows[first][0].start  # where the left column starts: a line in it alone starts there or right of it
    end = first + 1
    while end < limit and (kept := {s for s in starts if _parted(rows[end], s)}) and (
            len(rows[end]) != 1 or rows[end][0].start >= left - _GUTTER):
        starts, end = kept, end + 1
        left = min(left, rows[end - 1][0].start) if len(rows[end - 1]) > 1 else left
    while not rows[end - 1]:
        end -= 1
    start = first  # above it, a value's lines above its label's, and labels between a value's lines
    while start and (kept := {s for s in starts if _parted(rows[start - 1], s)}) and (
            not rows[start - 1] or rows[start - 1][0].start >= min(kept) or _is_label(rows[start - 1])):
        starts, start = kept, start - 1
    while not rows[start]:
        start += 1
    region = rows[start:end]
    aligned = AlignedRows(lines[:end], [])
    if (not any(aligned.cells[k] is not None and aligned.end(k) > k for k in range(start, end))  # no table
            or any(is_figure(cell.text) and cell.text[-1] != "." or cell.text.replace(" ", "") == _CORNER
                   for cells in region for cell in cells)  # a figure, not a date's `24.`; a table's corner
            or any(_is_rule(lines[k]) for k in (start - 1, end) if 0 <= k < len(lines))
            or (read := _read(list(range(start, end)), region)) is None):
        return None
    return start, end, read


def _labels_between_values(rows: list[list[Cell]]) -> Cover | None:
    """A cover in two columns whose values all wrap without a blank line between fields, each label halfway down its
    value's lines: alone between two (no line printing two cells, so no gutter `_beside` reads), or beside the
    middle one (as `pdftotext -layout` prints it, shifted right by as many columns as the label has letters). Its
    labels (`_is_label`) each stand between two lines of one cell starting at one column, a gutter right of the
    label's end; from the line above the first to the one below the last, the lines are labels
    starting where the first does (each alone, or beside a value's line) and value lines starting where the
    first's do (a value may be shaped as a label: `본회의장`), two labels at least. Read as fields (`_fields`),
    each value's line on the label nearest it."""
    def between(k: int) -> bool:
        label, *value = rows[k] if 0 < k < len(rows) - 1 and rows[k] else [None]
        return label is not None and len(value) <= 1 and _is_label([label]) and all(
            len(rows[j]) == 1 and rows[j][0].start >= label.end + _GUTTER
            and rows[j][0].start == rows[k - 1][0].start for j in (k - 1, k + 1)) and all(
            0 <= cell.start - rows[k - 1][0].start <= label.end - label.start for cell in value)

    at = [k for k in range(len(rows)) if between(k)]
    if len(at) < 2:
        return None
    start, end = at[0] - 1, at[-1] + 2
    label_start, value_start = rows[at[0]][0].start, rows[start][0].start
    labels = [cells[:1] if k in at else [] for k, cells in enumerate(rows[start:end], start)]
    values = [cells[1:] if k in at else cells for k, cells in enumerate(rows[start:end], start)]
    if any(len(value) > 1 or not (label or value) or label and label[0].start != label_start
           or not label and value[0].start != value_start
           or any(is_figure(cell.text) and cell.text[-1] != "." for cell in value)
           for label, value in zip(labels, values, strict=True)):
        return None
    return start, end, _fields(list(range(start, end)), labels, values)


def _spread_word_joined(cells: list[Cell]) -> list[Cell]:
    """A line of single syllables alone, three or more evenly apart (`세   무   관   리   과`, the department's name
    spread over the cover's width), as one cell: one word, not columns (`_over_a_spread_word`)."""
    gaps = {b.start - a.end for a, b in itertools.pairwise(cells)}
    if len(cells) < 3 or max(gaps) - min(gaps) > 1 or not all(_SYLLABLE_RE.fullmatch(cell.text) for cell in cells):
        return cells
    return [Cell(cells[0].start, cells[-1].end, " ".join(cell.text for cell in cells))]


def _is_rule(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and (is_table_rule(line) or is_thematic_break(stripped))


def _parted(cells: list[Cell], start: int) -> bool:
    """Whether a line's cells stand each wholly left of a gutter ending at `start`, or right of it."""
    return all(cell.end <= start - _GUTTER or cell.start >= start for cell in cells)


def _gutter_ends(cells: list[Cell]) -> set[int]:
    """The columns a gutter between a line's cells may end at (`_parted`)."""
    return {s for s in range(cells[0].end + _GUTTER, cells[-1].start + 1) if _parted(cells, s)}


def _gutter(rows: list[list[Cell]]) -> int | None:
    """The leftmost column a gutter ends at (`_parted`), with cells on both sides of it on two lines at least."""
    ends = sorted(set().union(*(_gutter_ends(cells) for cells in rows if len(cells) > 1)))
    return next((s for s in ends if all(_parted(cells, s) for cells in rows)
                 and sum(cells[0].start < s <= cells[-1].start for cells in rows if cells) >= _MIN_LINES), None)


def _read(at: list[int], rows: list[list[Cell]], in_block: bool = False) -> list[tuple[int, str]] | None:
    """Lines (their indexes `at`, their cells) as text lines: parted by their gutter (`_gutter`), a column of
    labels beside their values as fields, else the left column's lines, then the right one's (a block of fields
    too); no gutter, each line as it is (a blank line where the source prints one). None where they are laid out
    in more columns than that (a table of words): values in columns, a block in columns, or fields in a block's."""
    gutter = _gutter(rows)
    if gutter is None:
        return [(k, " ".join(cell.text for cell in cells)) for k, cells in zip(at, rows, strict=True)]
    left = [[cell for cell in cells if cell.start < gutter] for cells in rows]
    right = [[cell for cell in cells if cell.start >= gutter] for cells in rows]
    if all(_is_label(cells) for cells in left if cells):
        return _fields(at, left, right) if _gutter(right) is None else None
    if in_block or _gutter(left) is not None:
        return None
    read: list[tuple[int, str]] = []
    for column in (left, right):
        kept = [(k, cells) for k, cells, whole in zip(at, column, rows, strict=True) if cells or not whole]
        while kept and not kept[0][1]:
            kept.pop(0)
        lines = _read(*map(list, zip(*kept, strict=True)), in_block=True) if kept else []
        if lines is None:
            return None
        read += [(kept[0][0], ""), *lines] if read and lines else lines
    return read


def _is_label(cells: list[Cell]) -> bool:
    """A label of a cover's field (`일 시`, `장 소`, `보고부서`): a short word of Hangul, letter-spaced or not."""
    return _LABEL_RE.fullmatch("".join(cell.text for cell in cells).replace(" ", "")) is not None


def _fields(at: list[int], labels: list[list[Cell]], values: list[list[Cell]]) -> list[tuple[int, str]]:
    """A column of labels beside their values as text lines, a field a line, a blank line between two. Fields stand
    apart as paragraphs do (a blank line), and each line of a value wrapped goes on a label of its paragraph: the
    one above it where the paragraph's first line prints a label (labels set at their values' first lines), the one
    below where its last does and every label a value beside it (set at their last lines), else the nearest (set at
    their middle, the one above where two are as near); a paragraph without one goes on the field above it."""
    fields: dict[int, list[str]] = {}  # the words of each field, by its label's line
    paragraph: list[int] = []
    for j in range(len(at) + 1):
        if j < len(at) and (labels[j] or values[j]):
            paragraph.append(j)
            continue
        if not paragraph:
            continue
        heads = [i for i in paragraph if labels[i]]
        if not heads:
            heads = [max(fields)] if fields else paragraph[:1]
            fields.setdefault(heads[0], [])
        fields.update((i, [cell.text for cell in labels[i]]) for i in heads if i not in fields)
        at_last = labels[paragraph[-1]] and all(values[i] for i in heads)
        for i in paragraph:
            if not values[i]:
                continue
            above = max((h for h in heads if h <= i), default=None)
            below = min((h for h in heads if h >= i), default=None)
            if labels[paragraph[0]] or below is None:
                head = above
            elif at_last or above is None:
                head = below
            else:
                head = above if i - above <= below - i else below
            fields[head] += [cell.text for cell in values[i]]
        paragraph = []
    read: list[tuple[int, str]] = []
    for i, words in sorted(fields.items()):
        read += [(at[i], ""), (at[i], " ".join(words))] if read else [(at[i], " ".join(words))]
    return read
