"""What an extractor knows about where a table sits, and small grid helpers they share."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from extractors.labels import RATE, WORD_END
from pipeline import patterns
from pipeline.document import Table
from pipeline.values import (
    AS_OF_DAY,
    MONTH_FIGURE,
    SIGN,
    TEXT_CACHE,
    YEAR,
    YEAR_LABEL_RE,
    compact,
    full_year,
    headcounts_end_header,
    is_total,
    is_unit_count,
    label_groups,
    parse_date,
)
from schemas import BudgetLine, GenericTable, Project, Source, StaffingCount, VehicleFleet
from schemas.report import UnreadableFigure

if TYPE_CHECKING:
    from extractors.budget import HeldAccounts
    from extractors.staffing import HeldTable
    from extractors.vehicles import PrintedList


@dataclass(slots=True)
class TableContext:
    """The heading above a table, its section, the report's year and the project it sits in, if any; in the
    general part, the title its `□` sub-heading sits under (`2. 인력 현황` over `□ 공무직 등`: empty where none
    stands above, None where the caption is no such sub-heading), the report's department and where the caption's
    last line is printed (a heading's `총6대` is checked there) and, where that line is a count going on from the
    heading above it (`□ 공용차량 현황` over `(관용 10대, 임차 2대)`), that `heading`; `budget_titled_elsewhere`:
    the general part has a title of its own for the budget (`4 예산현황`) and the table is not under it, so a table
    of money under another subject's caption there is no 단위사업 table; `part_as_of`: the date the report states
    for its whole general part (`general_part_date`), of every table there printing none of its own; `section_as_of`:
    the date printed under the title of the section the table is in (`Table.section_as_of` of one before it);
    `staff_as_of`: the date printed over that section's first table, a staffing table right under its title (`2 인
    력` over `(5.31.기준)` over it), which the section's later staffing tables printing none stand at too (`□ 공무직`
    over its own)."""

    caption: str | None
    section: str | None
    year: int | None
    project: Project | None = None
    title: str | None = None
    department: str | None = None
    caption_source: Source | None = None
    heading: str | None = None
    budget_titled_elsewhere: bool = False
    part_as_of: dt.date | None = None
    section_as_of: str | None = None
    staff_as_of: dt.date | None = None


class Grid:
    """A table as its extractors read it: the printed table, its rows and width, and what is worked out of its
    grid alone (`per_table`: its header rows, where a staffing table prints its statuses), kept once worked out.
    Every matcher looks at a table until one takes it, and its extractor asks again."""

    __slots__ = ("table", "rows", "width", "worked_out")

    def __init__(self, table: Table) -> None:
        self.table = table
        self.rows = table.rows
        self.width = table.width
        self.worked_out: dict[Callable | tuple[Callable, int], object] = {}  # by analysis (and header rows)


_Found = TypeVar("_Found")


_UNWORKED = object()  # what `worked_out` holds for an analysis not yet worked out (its own result may be None)


def per_table(analysis: Callable[[Grid], _Found]) -> Callable[[Grid], _Found]:
    """An analysis of a table's grid alone, worked out once per table and kept on its `Grid` (a cache keyed by
    the grid would hash every cell at each ask). What it gives is shared: not to be changed."""

    @functools.wraps(analysis)
    def once(grid: Grid) -> _Found:
        if (found := grid.worked_out.get(analysis, _UNWORKED)) is _UNWORKED:  # one lookup at each ask
            found = grid.worked_out[analysis] = analysis(grid)
        return found  # type: ignore[return-value]

    return once


def per_table_in_context(analysis: Callable[[Grid, TableContext], _Found]) -> Callable[[Grid, TableContext], _Found]:
    """An analysis of a table in the context it is printed in, worked out once per table as `per_table`'s are: a
    grid is made for one table where it is printed (`extract_report`), so its context is the same at each ask."""

    @functools.wraps(analysis)
    def once(grid: Grid, ctx: TableContext) -> _Found:
        if (found := grid.worked_out.get(analysis, _UNWORKED)) is _UNWORKED:  # one lookup at each ask
            found = grid.worked_out[analysis] = analysis(grid, ctx)
        return found  # type: ignore[return-value]

    return once


@dataclass(slots=True)
class Collected:
    """The records gathered while walking one document."""

    staffing: list[StaffingCount] = field(default_factory=list)
    vehicles: list[VehicleFleet] = field(default_factory=list)
    budget: list[BudgetLine] = field(default_factory=list)
    tables: list[GenericTable] = field(default_factory=list)
    unreadable_figures: list[UnreadableFigure] = field(default_factory=list)  # `unreadable.unreadable_figures`
    # the vehicle lists' tables read, each with the fleet its vehicles went to: a table after them may take them
    vehicle_lists: list[PrintedList] = field(default_factory=list)
    # staffing tables counting one status, read as records until a later table counts that status too
    one_status: list[HeldTable] = field(default_factory=list)
    # staffing tables that say neither that they count staff nor something else, read as records until a
    # later table says it counts the staff
    unsure: list[HeldTable] = field(default_factory=list)
    # budget tables of accounts alone (`합 계 | 일반회계 | 특별회계`) read as the department's lines until a table
    # of its 단위사업 shows them to be the 구's whole budget
    held_accounts: list[HeldAccounts] = field(default_factory=list)


def next_table_no(records: list) -> int:
    """The number of a report's next table of a kind (records kept in the order their tables are printed)."""
    return records[-1].table_no + 1 if records else 1


def source_of(block) -> Source:
    return source_at(block.line, block.page)


def row_source(table, row: int) -> Source:
    """Where a table's row is printed: its line, or its page (a PDF's table may go on over a page break)."""
    return source_at(table.row_line(row), table.row_page(row))


@functools.lru_cache(maxsize=4096)
def source_at(line: int | None, page: int | None) -> Source:
    """Sources are frozen, so records printed at one place share one."""
    return Source(line=line, page=page)


def merged_labels(labels: list[str], subtotals: list[bool]) -> list[str]:
    """The label of each row in a column of merged group labels (`청사 관리` beside its rows). A label runs down
    from the row it is printed on. A PDF centres a merged cell's label on its rows instead, which shows where
    a group starts without one:
    - a subtotal row that prints none, where the group above has had its own subtotal already (or is the
      grand total), starts a group whose label is printed further down, before the next subtotal
      (`저소득층 생활안정` beside the second of `소 계`, `생계급여`, `주거급여`);
    - in a column with no subtotals, a row that prints none right after the grand total (or first) starts
      groups whose labels are each centred on their rows (`_centred_groups`)."""
    out: list[str] = []
    group, totalled = "", True
    centred = not any(subtotals)
    for k, (label, subtotal) in enumerate(zip(labels, subtotals, strict=True)):
        if centred and not label and (not group or is_total(group)) and any(labels[k + 1:]):
            return out + _centred_groups(labels[k:])
        if not label and subtotal and totalled:
            below = itertools.takewhile(lambda row: not subtotals[row], range(k + 1, len(labels)))
            label = next((labels[row] for row in below if labels[row]), "")
        if label and label != group:
            group, totalled = label, is_total(label)
        totalled = totalled or subtotal
        out.append(group)
    return out


def _centred_groups(labels: list[str]) -> list[str]:
    """Each row's group where every label is centred on its group's rows: a group has as many rows below its
    label as above it, or fewer where the next label comes sooner; the last runs to the end, or to a total
    printed below the groups, which is a row of its own."""
    out: list[str] = []
    printed = [k for k, label in enumerate(labels) if label]
    for k, at in enumerate(printed):
        following = printed[k + 1] if k + 1 < len(printed) else len(labels)
        if is_total(labels[at]):
            out += [""] * (at - len(out))
            end = at + 1
        elif following < len(labels) and not is_total(labels[following]):
            end = min(2 * at - len(out) + 1, following)
        else:
            end = following
        out += [labels[at]] * (end - len(out))
    return out + [""] * (len(labels) - len(out))


# what a year label starts with, spaces aside (`2024년`, `’24`): `YEAR_LABEL_RE` is tried only on a label that
# does, as a pattern costs as much to try as a few lines of Python to run
YEAR_STARTS = frozenset("12’‘'`")


def spread_labels(above: list[str], groups: list[range], label: str = "") -> list[str]:
    """Each column's label from a header row above: printed over its group, on its first column (as most
    converters print a merged cell) or centred on it (as a PDF does), where two labels stand over one group
    each from where it is printed; a group with none above it has the label of the group before."""
    out = list(above)
    for group in groups:
        first = next((col for col in group if above[col]), None)
        label = above[first] if first is not None else label
        for col in group:
            label = above[col] if above[col] and col != first else label
            out[col] = label
    return out


@functools.lru_cache(maxsize=256)
def column_labels(header: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Each column's one label from a header printed over several rows, as a reader says it: a label merged
    over a group of columns (`2024년` over `계획 | 실적`) heads each of them, and the labels down a column
    are joined top to bottom, a bracket right after the word it follows (`연면적` over `(㎡)` is `연면적(㎡)`,
    `2024년` over `계획` is `2024년 계획`). The one way a column is named: the generic grid's header, a budget
    line's `other_columns` and a `sum.table` finding. Cached: a budget table asks column by column."""
    rows = [list(row) for row in header]
    for upper in range(len(rows) - 1):
        below = [next((text for row in rows[upper + 1:] if (text := compact(row[col]))), "")
                 for col in range(len(rows[upper]))]
        rows[upper] = _spread_over_groups(rows[upper], below)
    return tuple(_joined(cells) for cells in zip(*rows, strict=True))


def column_name(labels: tuple[str, ...], col: int) -> str:
    """A column's name where a record or a finding names it: its label (`column_labels`), or its place (`3열`)
    where it prints none."""
    return labels[col] or f"{col + 1}열"


# An amount (`예산액`, `부과액(천원)`); and a figure of its own beside an amount's parts: another amount or a rate
# (`집행액`, `잔액`, `집행률`, `비율(%)`), each compacted; not the amount's own (`금액`, `총액`: `체납액` over
# `건수 | 금액` is the 체납액's count and amount)
_AMOUNT_RE = patterns.compile("액" + WORD_END)
_FIGURE_RE = patterns.compile(f"^(?![금총]액{WORD_END}).*?(?:액{WORD_END}|{RATE})")


def _spread_over_groups(upper: list[str], below: list[str]) -> list[str]:
    """A header row with each label merged over a group of the columns below it on all of them (`label_groups`
    tells the groups). A blank is a merged cell's only where the row shows it: the row prints a label with
    nothing below it (`구 분` merged down: labels of one line stand on this row), or the labels below repeat
    group by group (`계획 | 실적` under each year); otherwise a blank is a column whose label stands lower.
    A label with nothing below it is merged down its own column, and heads none right of it (`구분 | 계` over
    `| | 20대 이하 | 30대`: `계` is no group of the ages), unless the labels below those columns are a group's that
    another label of the row heads too (`계` over `| 남 | 여` beside `내국인` over `계 | 남 | 여`: a total merged over
    its group, its own `계` below it blanked as merged down). A merged amount's parts are no figures of its kind:
    from a column below that names one (`예산액` over `국비 | 구비`, then `집행액` printed below alone) to the
    next label of the row, the columns stand apart; the amount itself (`금액` of `체납액` over `건수 | 금액`) is
    one of its parts."""
    labelled = [col for col, cell in enumerate(upper) if cell.strip()]
    if not labelled or len(labelled) == len(upper):
        return upper
    groups = label_groups(below, labelled[0], len(upper), upper)
    one_line_here = any(not below[col] for col in labelled)
    repeated = len(groups) > 1 and len({tuple(below[col] for col in group) for group in groups}) == 1
    if not (one_line_here or repeated):
        return upper
    spread = spread_labels(upper, groups)
    out, apart = [], False
    for col, cell in enumerate(upper):
        if cell.strip():
            apart = not below[col] and not _heads_a_like_group(labelled, col, below)
        elif below[col] and _AMOUNT_RE.search(compact(spread[col])) and _FIGURE_RE.search(below[col]):
            apart = True
        out.append(spread[col] if below[col] and not apart else cell)
    return out


def _heads_a_like_group(labelled: list[int], col: int, below: list[str]) -> bool:
    """Whether the labels below the columns right of a header label, up to the row's next label, are all printed
    below another label's columns too: the label heads a group like the others'."""
    end = next((other for other in labelled if other > col), len(below))
    own = {label for label in below[col + 1:end] if label}
    return bool(own) and own <= set(below[:col] + below[end:])


def _joined(cells: tuple[str, ...]) -> str:
    """A column's labels top to bottom as one, as the label reads on one line."""
    label = ""
    for cell in cells:
        if part := cell.strip():
            label = part if not label else label + ("" if part[0] in "(（[" else " ") + part
    return label


_NUMERIC_RE = patterns.compile(rf"^\s*(?:[-–—△▲▽▼∆Δ]|{SIGN}?\s*[\d,]+(?:\.\d+)?\s*%?(?:\s*\([^)]*\))?)\s*$")


# what a figure ends in besides a digit, its spaces aside (`_NUMERIC_RE`): a dash or a change's mark alone is 0
_FIGURE_ENDS = frozenset(",%)-–—△▲▽▼∆Δ")


@functools.lru_cache(maxsize=TEXT_CACHE)  # a table's cells are asked again by each extractor that looks at it
def is_number(cell: str) -> bool:
    """A cell holding a figure (`1,234`, `△3`, `43.5`, `2,698,307(구비)`); a lone `-` counts as zero, and so does
    a change's mark alone (`△`, a nil change, `parse_count`).
    The pattern is tried only when needed: digits and commas alone (most figures) are a figure, and a
    cell that starts with a letter (most labels) or ends in one (`6급`, `40대`) is none."""
    if cell.replace(",", "").isdecimal():
        return True
    end = cell.rstrip()[-1:]
    return (not cell.lstrip()[:1].isalpha() and (end.isdecimal() or end in _FIGURE_ENDS)
            and _NUMERIC_RE.match(cell) is not None)


def _is_data_row(row: tuple[str, ...], first: bool, below: tuple[str, ...] | None) -> bool:
    """A row with at least one figure (header rows hold labels), or counts printing their unit (`10명`) where the
    row `below` prints them alike (`headcounts_end_header`); the first row only where it prints two labels at most
    beside them, as a table printed without a header starts with a row of figures. A row under the header may
    print more words than figures (`직무교육 | 신규자 과정 | 신규 임용자 | 40`). Each row is read only as far as
    it takes to tell: a header row has many cells, and every table's are asked."""
    labels, figures = 0, False
    for cell in row:
        if not cell:
            continue
        if is_number(cell):
            if not first:
                return True
            figures = True
        elif first and not is_unit_count(cell) and (labels := labels + 1) > 2:
            return False
    return figures or headcounts_end_header(row, below, first=first)


# a year with words after it in brackets, its column's note: `2025(5월말)`, `2025 (5.31. 기준)`, `2026(안)`
_NOTED_YEAR_RE = patterns.compile(rf"^\s*{YEAR}\s*[(（][^)）]*\p{{Hangul}}[^)）]*[)）]\s*$")
_BRACKET_NOTE_RE = patterns.compile(r"\s*[(（].*$")


def _is_years(row: tuple[str, ...]) -> bool:
    """A row whose figures are years in order, a decade apart at most (`구 분 | 2022 | 2023 | 2024`), one of them
    with its note in brackets or not (`2025(5월말)`, the current year's as of a day): a header of years, which reads
    as figures."""
    years = []
    for cell in row:
        if cell.lstrip()[:1] in YEAR_STARTS and (YEAR_LABEL_RE.match(cell) or _NOTED_YEAR_RE.match(cell)):
            years.append(full_year(_BRACKET_NOTE_RE.sub("", cell)))
        elif cell and is_number(cell):
            return False
    steps = [b - a for a, b in itertools.pairwise(years)]
    return len(years) >= 2 and (all(0 < s <= 10 for s in steps) or all(-10 <= s < 0 for s in steps))


@per_table
def header_rows(grid: Grid) -> int:
    """Rows at the top of a table before its first data row: the header, as every extractor takes it unless it
    knows better. Worked out once: each extractor that looks at a table asks. A row of years is a header where
    rows of other figures follow it, and the first data row where none do. Where the markup marks fewer header
    rows (`| --- |` under the first) that print a label in every column, rows of words below them are the body's
    (`푸른아트홀 | 푸른로 120 | 연면적 4,820㎡ | 위탁` under `시설명 | 위치 | 규모 | 운영`), but those printing no first
    label (`| | (㎡) |`, a label's wrapped part); a marked header leaving a cell blank (`| 구 분 | 2024년 | |`,
    `| | 정 수 | | |`: a label merged across or down) goes on below it, as converters mark one row of a header printed
    over several."""
    found = _header_end(grid.rows)
    marked = grid.table.header_rows
    if marked is None:
        return 1 if found > 1 and _words_rows_alike(grid.rows, found) else found
    if found <= marked or not all(grid.rows[marked - 1]):
        return found
    return next((k for k in range(marked, found) if grid.rows[k][0].strip()), found)


def _words_rows_alike(rows: tuple[tuple[str, ...], ...], found: int) -> bool:
    """Whether the rows of words between a table's first row and its first row of figures (`found`) are its body's,
    where no markup marks its header: a facility list, `시설명 | 위치 | 규모 | 운영` over `푸른아트홀 | 푸른로 120 |
    연면적 4,820㎡ | 위탁` … over `작은도서관 | 각 동 | - | 직영`. So they are where the first row labels every column
    and each of them prints a cell in every column, a first one not in brackets, as that row of figures does; a
    header's lower row leaves a cell blank under a label merged across or down (`구 분 | 2024년 | ` over ` | 계획 |
    실적`) or prints units (`(개소) | (㎡)`)."""
    width = len(rows[0])
    return all(rows[0]) and all(
        len(row) == width and all(row) and not any(cell.lstrip()[:1] in _UNIT_OPENS for cell in row)
        for row in rows[1:found + 1])


_UNIT_OPENS = frozenset("(（[")  # how a header's row of units starts its cells: `(㎡)`, `(개소)`


def _header_end(rows: tuple[tuple[str, ...], ...]) -> int:
    """The generic rule of `header_rows`, by the rows alone."""
    years_at = None
    for i, row in enumerate(rows):
        if _is_data_row(row, i == 0, rows[i + 1] if i + 1 < len(rows) else None):
            if not _is_years(row):
                return i
            years_at = i if years_at is None else years_at
    return min(1, len(rows)) if years_at is None else years_at


@per_table
def label_rows(grid: Grid) -> tuple[tuple[str, ...], ...]:
    """The rows a table's labels are looked for in: its header rows, or its first row where the generic rule finds
    none (a table whose first row is figures may still label them)."""
    return grid.rows[:max(header_rows(grid), 1)]


# `5.31.기준`, `5. 31. 현재`, `2025-05-31 기준`; `기준일: 2025. 5. 31.`, `기준: 2025.5.31.`; a date alone in brackets,
# `집행액(’25.5.31.)`
AS_OF_RE = patterns.compile(rf"(?P<date>{AS_OF_DAY})\s*(?:기\s*준|현\s*재)"
                         rf"|기\s*준\s*일?\s*[:：]?\s*(?P<date>{AS_OF_DAY})|[(（]\s*(?P<date>{AS_OF_DAY})\s*[)）]")
_MONTH_END_RE = patterns.compile(rf"(?<![\d.])(?:(\d{{4}})\s*[.년]\s*)?({MONTH_FIGURE})\s*월\s*말")


def as_of_date(grid: Grid, ctx: TableContext) -> dt.date | None:
    """The date a table's figures stand at, for every kind of table: the one it prints (`printed_as_of`), else the
    one its report states for the whole general part it is in (`ctx.part_as_of`). Not a date another table beside
    it prints (`2. 인 력 (2025. 5. 31. 기준)` dates the staffing alone, not the budget under `3. 예산현황`): the
    budget may stand at another day, and a wrong date is worse than none."""
    return printed_as_of(grid, ctx) or ctx.part_as_of


def printed_as_of(grid: Grid, ctx: TableContext) -> dt.date | None:
    """The date a table prints for its figures: `(5.31.기준)`, `5. 31. 현재`, `기준일: 2025. 5. 31.`, `집행액(5.31.)`
    or `5월말` (its last day) in its header, in its basis (a date's line above or below it, beside its unit,
    pandoc's caption after it), in the heading above it (`1. 인력현황 (2025. 5. 31. 기준)`) or in the title its `□`
    sub-heading sits under (`2. 인력 및 예산 현황 (5.31.기준)` over `□ 예산`); the year is the report's where none is
    printed. None where the header dates its columns apart (`’21. 12. 31. 기준 | ’25. 5. 31. 기준`): the table stands
    at no one date. In a heading a date alone in brackets is none (`□ 구민의 날 행사 (2025. 10. 1.)`: as likely the
    day of what it names). Else the date printed under the title of its section (`TableContext.section_as_of`)."""
    header = {date for row in label_rows(grid) for cell in row if (date := as_of_in(cell, ctx.year))}
    if header:
        return header.pop() if len(header) == 1 else None
    return (as_of_in(grid.table.basis or "", ctx.year) or as_of_in(ctx.caption or "", ctx.year, in_heading=True)
            or as_of_in(ctx.title or "", ctx.year, in_heading=True)
            or as_of_in(ctx.section_as_of or "", ctx.year))


# a date a table's basis prints: `5.31.기준`, `기준일: 2025. 5. 31.`, `5월말 현재`
_BASIS_DATE_RE = patterns.compile(
    rf"{AS_OF_RE.pattern}|(?<![\d.])(?:\d{{4}}\s*[.년]\s*)?{MONTH_FIGURE}\s*월\s*말(?:\s*(?:기\s*준|현\s*재))?")


def table_note(table: Table) -> str | None:
    """What a table's unit's bracket says besides its unit and its date (`부가세 포함` of `(단위: 천원, 부가세
    포함)`, `잠정치` of `(5.31.기준 잠정치, 단위: 명)`): its note, kept with its grid. None where it says no more."""
    if not table.basis:
        return None  # most tables print none
    parts = (_BASIS_DATE_RE.sub("", part).strip(" :：()（）") for part in table.basis.split(","))
    return ", ".join(part for part in parts if part) or None


# a column label's year first (`2025년 실적(5월말)`, `’25`), its note in brackets (`(5월말)` of `2026년(5월말) 처리`,
# a year's label merged over its measure's), and where its words end: at a bracket or a date
_LABEL_YEAR_RE = patterns.compile(rf"^\s*({YEAR})\s*(?:년\s*도?)?")
_LABEL_NOTE_RE = patterns.compile(r"[(（][^)）]*[)）]")
_LABEL_WORDS_END_RE = patterns.compile(r"[(（\[<]|\d")


def years_apart(header: tuple[tuple[str, ...], ...], year: int | None) -> bool:
    """Whether a header's date is one year's column among other years' of one measure (`2023년 | 2024년 |
    2025년(5월말)`, `2024년 실적 | 2025년 목표 | 2025년 실적(5.31.기준)`): it dates that column, the others standing at
    their own years' ends, so that a grid of them all stands at no one date (a record of the current year's
    column, a budget line, stands at that column's). Not a date beside columns of that year alone or of other
    measures (`2025년 목표 | 2025년 실적(5월말)`, `2024년 예산액 | 2025년 예산액 | 집행액(5.31.)`). A year's label
    merged over its measures' dates them all (`2025년 | 2026년(5월말)` over `접수 | 처리`)."""
    by_year = {}  # (year, measure) of each column naming a year first; whether the column prints a date
    for label in column_labels(header):
        if label.lstrip()[:1] in YEAR_STARTS and (match := _LABEL_YEAR_RE.match(label)):  # most name a word first
            words = compact(_LABEL_WORDS_END_RE.split(_LABEL_NOTE_RE.sub(" ", label[match.end():]), maxsplit=1)[0])
            key = (full_year(match.group(1)), words)
            by_year[key] = by_year.get(key, False) or as_of_in(label, year) is not None
    return any(dated and any(other != printed and words == measure for other, measure in by_year)
               for (printed, words), dated in by_year.items())


@functools.lru_cache(maxsize=TEXT_CACHE)  # a header's cells and a caption are asked again by each extractor
def as_of_in(text: str, year: int | None, in_heading: bool = False) -> dt.date | None:
    """The as-of date a text prints (`(5.31.기준)`, `[2025. 5. 31. 현재]`, `5월말`), the year the report's where
    none is printed: a table's header cell, basis or heading (`in_heading`: a date alone in brackets is none), or
    a staffing line of the general part."""
    # a date prints one of these marks, and an as-of date 기준 or 현재 after it or a bracket round it (`AS_OF_RE`):
    # most texts print neither, told before the pattern is run over their figures (`정원 464명 / 현원 432명`)
    match = AS_OF_RE.search(text) if any(mark in text for mark in ".일-/") and any(
        char in text for char in "준재(（") else None
    if match and not (in_heading and match.group(0).startswith(("(", "（"))):
        return parse_date(match.group("date"), year)
    match = _MONTH_END_RE.search(text) if "말" in text else None
    year = int(match.group(1)) if match and match.group(1) else year
    if match and year:
        month = int(match.group(2))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return None
