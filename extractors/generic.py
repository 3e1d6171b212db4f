"""Every other table (buildings, twin cities …) kept as its printed grid, so nothing printed is lost."""

from __future__ import annotations

from extractors.context import Collected, TableContext, header_rows, source_of
from pipeline.document import Table
from schemas import GenericTable


def matches(table: Table, ctx: TableContext) -> bool:
    return True


def extract(table: Table, ctx: TableContext, out: Collected, records_in: str | None = None) -> None:
    """The grid as printed; `records_in` names the records another extractor also made of it (its cells
    that those do not hold are why the grid is kept too), whose checks then cover its figures."""
    out.tables.append(GenericTable(
        caption=ctx.caption, unit=table.unit, section=ctx.section,
        project_seq=ctx.project.seq if ctx.project else None,
        header_rows=header_rows(table) if len(table.rows) > 1 else 0, records_in=records_in,
        rows=[list(row) for row in table.rows], source=source_of(table),
        row_lines=[table.row_line(row) for row in range(len(table.rows))] if table.line else []))
