"""The cells of a table printing a figure no report prints (more digits than `FIGURE_DIGITS`, `999…9`): every
extractor reads such a cell as blank, so that no sum or rate of it is worked out, and the report is told where each
is (`value.unreadable`), which a blank cell would not tell it."""

from __future__ import annotations

import itertools

from extractors.context import Grid, TableContext, column_labels, column_name, header_rows, row_source
from pipeline.values import FIGURE_DIGITS, garbled_figure
from schemas.report import UnreadableFigure


def unreadable_figures(grid: Grid, ctx: TableContext) -> list[UnreadableFigure]:
    """Each cell of the table printing a figure alone of more digits than any report prints (`garbled_figure`),
    named by its table's caption, its row's first label and its column's label; a row is looked into only where
    one of its cells is that long, and the table only where one is (told by one pass over its cells, as most tables
    print none)."""
    if max(map(len, itertools.chain.from_iterable(grid.rows)), default=0) <= FIGURE_DIGITS:
        return []
    found = []
    for k, row in enumerate(grid.rows):
        if max(map(len, row), default=0) <= FIGURE_DIGITS:
            continue
        for col, text in enumerate(row):
            if len(text) > FIGURE_DIGITS and garbled_figure(text):
                header = tuple((*cells, *[""] * (grid.width - len(cells))) for cells in grid.rows[:header_rows(grid)])
                labels = column_labels(header) if header else ("",) * grid.width
                label = next((cell.strip() for cell in row[:col] if cell.strip()), f"{k + 1}행")
                found.append(UnreadableFigure(table=ctx.caption or "표", row=label, column=column_name(labels, col),
                                              text=text.strip(), source=row_source(grid.table, k)))
    return found
