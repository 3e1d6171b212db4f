"""The cells of a table printing a figure no report prints (more digits than `FIGURE_DIGITS`, `999…9`), and the
amounts of a project's lines that print one: every extractor reads such a cell as blank and such an amount as none,
so that no sum or rate of it is worked out, and the report is told where each is (`value.unreadable`), which a blank
would not tell it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from extractors.context import Grid, TableContext, column_labels, column_name, header_rows, row_source
from pipeline.values import FIGURE_DIGITS, garbled_amounts, garbled_figure
from schemas.projects import Project, ProjectItem
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


def unreadable_amounts(projects: list[Project]) -> list[UnreadableFigure]:
    """Each amount of a project's line (사업개요's `예 산: …천원`, 향후계획's) printing a figure of more digits than
    any report prints (`garbled_amounts`), read as no amount: named by its project's title and its line's field
    (`예 산`, the line's text before its colon), no column. Only a line read with no amount is looked into."""
    return [UnreadableFigure(table=project.title or "사업", row=item.text.partition(":")[0].strip() or item.text,
                             column=None, text=amount, source=item.source)
            for project in projects for item in _in_order(project.items) if item.amount_krw is None
            for amount in garbled_amounts(item.text)]


def _in_order(items: list[ProjectItem]) -> Iterator[ProjectItem]:
    """Each item, then the items nested under it, as printed: by a stack, as items may nest deeper than Python's
    recursion limit."""
    pending = items[::-1]
    while pending:
        item = pending.pop()
        yield item
        pending += item.children[::-1]
