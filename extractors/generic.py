"""Every other table (buildings, twin cities …) kept as its printed grid, so nothing printed is lost."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Protocol

from extractors.context import (
    Collected,
    Grid,
    TableContext,
    as_of_date,
    column_labels,
    header_rows,
    is_number,
    label_rows,
    merged_labels,
    source_of,
    table_note,
    years_apart,
)
from pipeline import patterns
from pipeline.values import compact, is_total, parse_period, parse_period_label
from schemas import GenericTable

# a column of dates or periods, by its label, spaces aside (`일 시`, `행사일자`, `교육기간`, `추진 일정`, `시기`,
# `처리기한`), a day's label with a note in brackets after it too (`준공일자 (증축)`, `일시(예정)`: a day is never a
# count); not one whose label goes on after a period's word (`기간(일)`, `기간별 인원`: a count)
_DATE_COLUMN_RE = patterns.compile(r"\p{Hangul}*?(?:(?:일자|일시|날짜)(?:[(（][^()（）]*[)）])?|기간|시기|일정|기한)")


def matches(grid: Grid, ctx: TableContext) -> bool:
    return True


def extract(grid: Grid, ctx: TableContext, out: Collected, records_in: str | None = None,
            n_header: int | None = None) -> None:
    """The grid as printed, but a header printed over several rows as one row of each column's full label
    (`_one_header`); `records_in` names the records another extractor also made of it (its cells that those
    do not hold are why the grid is kept too, as printed), whose checks then cover its figures, and
    `n_header` its header rows where that extractor knows them better than the generic rule."""
    if n_header is None:
        n_header = header_rows(grid) if len(grid.rows) > 1 else 0
    table = grid.table
    rows = [list(row) for row in grid.rows]
    row_lines = [table.row_line(row) for row in range(len(grid.rows))] if table.line else []
    row_pages = [table.row_page(row) for row in range(len(grid.rows))] if table.row_pages else []
    if records_in is None and _one_header(grid.rows[:n_header]):
        rows[:n_header] = [list(column_labels(grid.rows[:n_header]))]
        row_lines[1:n_header] = []
        row_pages[1:n_header] = []
        n_header = 1
    as_of = None if years_apart(label_rows(grid), ctx.year) else as_of_date(grid, ctx)
    # what its unit's bracket says, and the notes printed under it (`※ 중복 수급자 포함`; they stay in the text too,
    # so that a grid kept beside its records is kept for its bracket's note alone)
    bracket_note = table_note(table)
    note = ", ".join(filter(None, (bracket_note, table.note))) or None
    out.tables.append(GenericTable(
        caption=ctx.caption, unit=table.unit, as_of=as_of, note=note, bracket_note=bracket_note, section=ctx.section,
        project_seq=ctx.project.seq if ctx.project else None,
        header_rows=n_header, records_in=records_in,
        rows=_group_labels_on_top(rows, n_header), source=source_of(table), row_lines=row_lines,
        row_pages=row_pages))


class HeldGrid(Protocol):
    """A table read as records until a later table shows it to be none, and where its grid stands among the
    report's tables (`gridded`: kept beside its records) or would."""

    @property
    def grid(self) -> Grid: ...
    @property
    def ctx(self) -> TableContext: ...
    @property
    def grid_at(self) -> int: ...
    @property
    def gridded(self) -> bool: ...
    @property
    def table_nos(self) -> Iterable[int]: ...


def regrid(held_tables: Sequence[HeldGrid], records: list, later: Iterable, out: Collected) -> None:
    """Tables read as records (of `records`, those of their `table_nos`) that a later table shows to be none: their
    records go, the tables after them, `later` too (the later table's, not yet collected), are numbered as if they
    were none, and each is a grid where it was printed."""
    dropped = [table_no for held in held_tables for table_no in held.table_nos]
    records[:] = [record for record in records if record.table_no not in dropped]
    for record in itertools.chain(records, later):
        record.table_no -= sum(1 for table_no in dropped if table_no < record.table_no)
    for held in reversed(held_tables):  # the last first: a grid put in does not move those before it
        extract(held.grid, held.ctx, out)
        out.tables[held.grid_at:held.grid_at + held.gridded] = [out.tables.pop()]


def _one_header(header: tuple[tuple[str, ...], ...]) -> bool:
    """Header rows that are one header printed over several lines (a label wrapped, `연면적` over `(㎡)`, or a
    label merged over a group of columns, `2024년` over `계획 | 실적`), so that each column gets one label
    (`column_labels`): the first column's label (`구 분`, merged down) is printed on one of them at most. Rows
    that each print one are rows of words above the figures, kept as printed."""
    return len(header) > 1 and sum(1 for row in header if row[0].strip()) <= 1


def _group_labels_on_top(rows: list[list[str]], n_header: int) -> list[list[str]]:
    """The rows with each merged group label on its group's first row, as a converter prints a merged cell:
    a PDF centres it on its rows, so a `계` (or `소계`) row that starts a group prints none and the label
    stands further down (`merged_labels`)."""
    body = rows[n_header:]
    if not body or len(body[0]) < 2 or any(is_number(row[0]) for row in body):
        return rows
    subtotals = [is_total(row[1]) for row in body]
    if not any(subtotals):
        return rows
    groups = merged_labels([row[0] for row in body], subtotals)
    for k, row in enumerate(body):
        if not row[0] and groups[k] and (k == 0 or groups[k] != groups[k - 1]):  # a group starts here
            printed = next((j for j in range(k + 1, len(body)) if body[j][0] == groups[k]), None)
            if printed is not None:
                row[0], body[printed][0] = groups[k], ""
    return rows


def cell_months(table: GenericTable, year: int | None) -> list[list[tuple[str, ...] | None]]:
    """The months each cell of a column of dates prints, as ISO text (`parse_period`: `2025. 6. 12. ~ 6. 27.` →
    `2025-06`; `4월`, `2월~3월`, `연중`, `상반기`), in `year` where it prints none, so that a table's events are found
    by month as items are; None of a header's cell, of another column's and of a cell printing no date (`7일`, `-`).
    A column of dates is one under a label of dates (`일 시`, `행사일자`), or the first under `구 분` whose every
    cell prints a date and nothing else (`2025. 3. 5.`, `4월`): the rows are labelled by when they are."""
    header, body = table.rows[:table.header_rows], table.rows[table.header_rows:]
    dated = {j for row in header for j, label in enumerate(row) if _DATE_COLUMN_RE.fullmatch(compact(label))}
    if (any(row and compact(row[0]) == "구분" for row in header) and body
            and all(row and parse_period_label(row[0], year) for row in body)):
        dated.add(0)
    return [[period.months if k >= table.header_rows and j in dated and (period := parse_period(text, year)) else None
             for j, text in enumerate(row)] for k, row in enumerate(table.rows)]
