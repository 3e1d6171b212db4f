"""Every other table (buildings, twin cities …) kept as its printed grid, so nothing printed is lost."""

from __future__ import annotations

from extractors.context import Collected, TableContext, header_rows, is_number, is_total, merged_labels, source_of
from pipeline.document import Table
from schemas import GenericTable


def matches(table: Table, ctx: TableContext) -> bool:
    return True


def extract(table: Table, ctx: TableContext, out: Collected, records_in: str | None = None,
            n_header: int | None = None) -> None:
    """The grid as printed; `records_in` names the records another extractor also made of it (its cells
    that those do not hold are why the grid is kept too), whose checks then cover its figures, and
    `n_header` its header rows where that extractor knows them better than the generic rule."""
    if n_header is None:
        n_header = header_rows(table) if len(table.rows) > 1 else 0
    out.tables.append(GenericTable(
        caption=ctx.caption, unit=table.unit, section=ctx.section,
        project_seq=ctx.project.seq if ctx.project else None,
        header_rows=n_header, records_in=records_in,
        rows=_group_labels_on_top([list(row) for row in table.rows], n_header), source=source_of(table),
        row_lines=[table.row_line(row) for row in range(len(table.rows))] if table.line else []))


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
