"""Space-aligned tables as `pdftotext -layout` prints them: cells apart by two or more spaces, Hangul
two display columns wide, numbers right-aligned, group labels centred over their sub-columns.

The columns come from the body rows (from the first row with a figure on; every row of a table of words
alone) that have the most cells; every other cell goes to the column it overlaps. A header label that
covers several columns (`일 반 직` over 5급…9급) is placed at the first column of its span, the rest left
blank, as converters print merges.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass

import regex

_GAP_RE = regex.compile(r"\S(?:\S| (?! ))*")  # a cell: text whose spaces come one at a time
_FIGURE_RE = regex.compile(r"^[△▲+＋\-−]?[\d,]+(?:\.\d+)?%?(?:\([^)]*\))?$|^-$")
_NOT_A_ROW_RE = regex.compile(r"^\s*(?:[-○◦•·ㅇ※*▪]\s|#|□|■|\(\s*단\s*위)")
_MIN_ROWS = 2
_MIN_WORD_GAP = 3  # display columns of blank between the columns of a table of words alone
_NUMBERED_LINE_RE = regex.compile(r"^(?:[\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①-⑳]|[IVX]+\s*\.)")  # `3 주요시설`: a heading, or a figure
_MAX_WRAPPED_LABEL = 24  # display columns: a row label's second line, not a sentence
_GOES_ON = ("및", "·", ",", "와", "과", "의", "등")  # a label line ending so carries on below
_ORPHAN_COST = 1_000  # display columns: far more than any label can be off its span's centre


@dataclass(slots=True)
class Cell:
    start: int  # display column of the first character
    end: int  # display column after the last character
    text: str

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


_WIDE_RE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


def widened(line: str) -> str:
    """The line with each wide character followed by a NUL placeholder, so positions in it are display
    columns (NULs in the text itself are dropped first)."""
    return _WIDE_RE.sub("\\g<0>\x00", line.replace("\x00", "").replace("\t", "    "))


def split_cells(line: str) -> list[Cell]:
    """The cells of a line at their display columns (`widened` written out: this runs on every line)."""
    wide = _WIDE_RE.sub("\\g<0>\x00", line.replace("\x00", "").replace("\t", "    "))
    return [Cell(m.start(), m.end(), m.group().replace("\x00", "")) for m in _GAP_RE.finditer(wide)]


class AlignedRows:
    """Where space-aligned tables start and end in a run of lines, each line looked at once.

    A table is a run of at least two rows (cells apart by two or more spaces) with a figure in one of them,
    or, for a table of words alone, with blank columns running straight down between its cells.
    """

    def __init__(self, lines: list[str]) -> None:
        n = len(lines)
        self.cells: list[list[Cell] | None] = [_row_cells(line) for line in lines]
        self._run_end = list(range(n + 1))  # the first line at or after i that is no row
        self._next_figure = [n] * (n + 1)  # the first row at or after i with a figure
        self._words_only: dict[int, bool] = {}  # runs without a figure, by first line: a table of words?
        self._wrapped: set[int] = set()  # lines that carry on a row label (`_mark_wrapped_labels`)
        if not any(self.cells):
            return  # no line can be a row (most converter output): every run ends where it starts
        self._mark_wrapped_labels(lines)
        for i in range(n - 1, -1, -1):
            cells = self.cells[i]
            self._run_end[i] = self._run_end[i + 1] if cells is not None else i
            self._next_figure[i] = i if cells is not None and _has_figure(cells) else self._next_figure[i + 1]

    def _mark_wrapped_labels(self, lines: list[str]) -> None:
        """A row label wrapped onto a line of its own (`청소행정 지원 및` over `시설 관리   1,000   400`): one
        short cell where the labels start, right after a row and before another (or a blank line), is part
        of the table; without it the table would end there and the rows below it would be lost."""
        for i in range(1, len(lines)):
            above = self.cells[i - 1]
            if self.cells[i] is not None or above is None or _NOT_A_ROW_RE.match(lines[i]):
                continue
            if i + 1 < len(lines) and self.cells[i + 1] is None and lines[i + 1].strip():
                continue  # text goes on below it: a paragraph
            cells = split_cells(lines[i])
            if (len(cells) == 1 and cells[0].end - cells[0].start <= _MAX_WRAPPED_LABEL
                    and abs(cells[0].start - above[0].start) <= 1 and not _NUMBERED_LINE_RE.match(cells[0].text)
                    and not _has_figure(cells)):
                self.cells[i] = cells
                self._wrapped.add(i)

    def end(self, i: int) -> int:
        """The end of the aligned table starting at line i, or i when none starts there."""
        end = self._run_end[i]
        if end - i < _MIN_ROWS:
            return i
        if self._next_figure[i] < end:
            return end
        if i not in self._words_only:
            self._words_only[i] = _has_blank_columns(self.cells[i:end])
        return end if self._words_only[i] else i

    def table(self, i: int) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...] | None, int]:
        """The grid of the table starting at line i, the line each row starts on counted from i (None: a row
        a line), and the line after the table."""
        end = self.end(i)
        rows, starts = self._rows(i, end)
        figure = self._next_figure[i]  # the first body row is the one that line is in (words alone: all body)
        first_body = bisect.bisect_right(starts, figure) - 1 if figure < end else 0
        body = rows[first_body:]
        width = max(len(r) for r in body)
        columns = _columns([r for r in body if len(r) == width], body)
        column_of = _column_finder(columns)
        grid = []
        for k, cells in enumerate(rows):
            below = rows[k + 1] if k + 1 < first_body else None
            if k < first_body and len(cells) < width:
                grid.append(_spanning_row(cells, columns, below))
            else:
                grid.append(_placed_row(cells, columns, column_of))
        return tuple(grid), (tuple(start - i for start in starts) if self._wrapped else None), end


    def _rows(self, start: int, end: int) -> tuple[list[list[Cell]], list[int]]:
        """The rows of lines start..end and the line each starts on, each wrapped label joined to its row: to
        the row above where that row's label ends as one that goes on (`지원 및`), else to the row below (or
        above, at the end)."""
        rows: list[list[Cell]] = []
        starts: list[int] = []
        pending: list[Cell] = []
        for k in range(start, end):
            cells = self.cells[k]
            if k in self._wrapped:
                label = rows[-1][0] if rows else None
                if label is not None and (label.text.endswith(_GOES_ON) or k + 1 == end or (k + 1) in self._wrapped):
                    rows[-1] = [_joined(label, cells[0]), *rows[-1][1:]]
                else:
                    pending.append(cells[0])
                continue
            starts.append(k - len(pending))
            if pending:
                first = cells[0]
                if abs(first.start - pending[0].start) <= 1:
                    cells = [_joined(*pending, first), *cells[1:]]
                else:  # the row prints no label of its own on this line
                    cells = [_joined(*pending), *cells]
                pending = []
            rows.append(cells)
        return rows, starts


def _joined(*cells: Cell) -> Cell:
    return Cell(min(c.start for c in cells), max(c.end for c in cells), " ".join(c.text for c in cells))


def _row_cells(line: str) -> list[Cell] | None:
    """The cells of a line that can be a table row, else None. Tab-separated and `|` rows are other tables."""
    stripped = line.strip()
    if "  " not in stripped or "\t" in line or stripped.startswith("|") or _NOT_A_ROW_RE.match(line):
        return None
    cells = split_cells(line)
    return cells if len(cells) >= 2 else None


def _has_figure(cells: list[Cell]) -> bool:
    """Whether any cell holds a figure; one that starts with a letter does not (the pattern is not tried)."""
    return any(not c.text[:1].isalpha() and _FIGURE_RE.match(c.text.replace(" ", "")) for c in cells)


def _has_blank_columns(rows: list[list[Cell]]) -> bool:
    """Whether rows of words are a table: two rows or more have the most cells, the gaps between their
    cells overlap by three columns or more all the way down, and no cell of the other rows crosses one.
    Lines of a justified paragraph may hold double spaces, but not a blank column three wide."""
    width = max(map(len, rows))
    fullest = [r for r in rows if len(r) == width]
    if len(fullest) < _MIN_ROWS:
        return False
    gaps = [(max(r[j].end for r in fullest), min(r[j + 1].start for r in fullest)) for j in range(width - 1)]
    if any(end - start < _MIN_WORD_GAP for start, end in gaps):
        return False
    return not any(cell.start < end and start < cell.end
                   for row in rows if len(row) < width for cell in row for start, end in gaps)


def _columns(template_rows: list[list[Cell]], body: list[list[Cell]]) -> list[tuple[int, int]]:
    """Column intervals from the fullest body rows, plus any body cell that overlaps none of them
    (a merged row label printed only on the first row of its group)."""
    width = len(template_rows[0])
    columns = [(min(r[j].start for r in template_rows), max(r[j].end for r in template_rows)) for j in range(width)]
    for row in body:
        if len(row) == width:
            continue  # a template row: each of its cells lies in the column it helped make
        for cell in row:
            if not any(cell.end > start and end > cell.start for start, end in columns):
                columns.append((cell.start, cell.end))
    return sorted(columns)


def _nearest(cell: Cell, columns: list[tuple[int, int]]) -> int:
    """The column the cell overlaps most; between equals, the one whose centre is nearest."""
    best, best_overlap, best_distance = 0, None, 0
    cell_start, cell_end = cell.start, cell.end
    centre2 = cell_start + cell_end  # twice the centre: the distances compare the same, in integers
    for j, (start, end) in enumerate(columns):
        overlap = (cell_end if cell_end < end else end) - (cell_start if cell_start > start else start)
        if best_overlap is None or overlap >= best_overlap:
            distance = abs(centre2 - start - end)
            if best_overlap is None or overlap > best_overlap or distance < best_distance:
                best, best_overlap, best_distance = j, overlap, distance
    return best


def _column_finder(columns: list[tuple[int, int]]) -> Callable[[Cell], int]:
    """`_nearest` for many cells: when the columns stand apart, the column holding the whole cell is the
    one it overlaps most (no other column reaches it), found by bisection; otherwise each is compared."""
    starts = [start for start, _ in columns]
    apart = all(left[1] <= right[0] for left, right in itertools.pairwise(columns))

    def column_of(cell: Cell) -> int:
        if apart:
            j = bisect.bisect_right(starts, cell.start) - 1
            if j >= 0 and columns[j][1] >= cell.end:
                return j
        return _nearest(cell, columns)

    return column_of


def _placed_row(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int]) -> tuple[str, ...]:
    out = [""] * len(columns)
    for cell in cells:
        j = column_of(cell)
        out[j] = f"{out[j]} {cell.text}".strip()
    return tuple(out)


def _reach(k: int, own: set[int], taken_by: dict[int, int], sub_labelled: set[int], n: int) -> tuple[int, int] | None:
    """The lowest start and highest end of a span for label k, or None when it can have none. A span takes
    in only columns no other label holds that are the label's own or have a label below (a label spreads
    only over columns with their own labels below), and holds all of its own."""

    def allowed(j: int) -> bool:
        return taken_by.get(j, k) == k and (j in own or j in sub_labelled)

    first, last = min(own), max(own)
    if not all(allowed(j) for j in range(first, last + 1)):
        return None
    low, high = first, last
    while low > 0 and allowed(low - 1):
        low -= 1
    while high < n - 1 and allowed(high + 1):
        high += 1
    return low, high


def _spanning_row(cells: list[Cell], columns: list[tuple[int, int]], below: list[Cell] | None) -> tuple[str, ...]:
    """Labels over spans of columns: each span contiguous, holding the columns its label overlaps, and
    centred as nearly as can be under its label (a dynamic programme over where each span starts and ends)."""
    if below:  # the labels below widen their columns: a span's centre is that of its sub-labels too
        columns = list(columns)
        for cell in below:
            j = _nearest(cell, columns)
            columns[j] = (min(columns[j][0], cell.start), max(columns[j][1], cell.end))
    n, m = len(columns), len(cells)
    owned = [{j for j, (start, end) in enumerate(columns) if c.end > start and end > c.start} or {_nearest(c, columns)}
             for c in cells]
    taken_by = {j: k for k, cols in enumerate(owned) for j in cols}
    sub_labelled = {_nearest(c, columns) for c in below} if below else set()
    reach = [_reach(k, own, taken_by, sub_labelled, n) for k, own in enumerate(owned)]
    labelled_before = [0] * (n + 1)  # columns with labels below, left of each column
    for j in range(n):
        labelled_before[j + 1] = labelled_before[j] + (j in sub_labelled)

    def orphans(s: int, e: int) -> int:  # columns with labels below that no span above would cover
        return _ORPHAN_COST * (labelled_before[e] - labelled_before[s])

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]  # best[k][e]: first k labels placed, spans ending before e
    choice: dict[tuple[int, int], tuple[int, int]] = {}
    best[0] = [orphans(0, e) for e in range(n + 1)]
    for k in range(m):
        if reach[k] is None:
            continue
        low, high = reach[k]
        first, last = min(owned[k]), max(owned[k])
        centre = cells[k].centre
        for prev_end in range(n + 1):
            if best[k][prev_end] == inf:
                continue
            for s in range(max(prev_end, low), first + 1):
                before = best[k][prev_end] + orphans(prev_end, s)
                for e in range(last, high + 1):
                    total = before + abs(centre - (columns[s][0] + columns[e][1]) / 2)
                    if total < best[k + 1][e + 1]:
                        best[k + 1][e + 1] = total
                        choice[(k + 1, e + 1)] = (s, prev_end)
    end = min(range(n + 1), key=lambda e: best[m][e] + orphans(e, n))
    if best[m][end] == inf:
        return _placed_row(cells, columns, _column_finder(columns))
    out = [""] * n
    for k in range(m, 0, -1):
        s, prev_end = choice[(k, end)]
        out[s] = cells[k - 1].text
        end = prev_end
    return tuple(out)
