"""Vehicle lists (`연번 | 차 종 | 차량번호 | 연식 | 용 도`): one row a vehicle, not counts.

A department with few vehicles prints them one by one. Read as counts, their model years and engine sizes
became numbers of vehicles; here the rows are counted (by 차종 where the list prints one) into a fleet,
so the heading's `총3대` is checked against them, and the list itself is kept as a grid. A list printed with a
count table (`계 3, 승용 2, 승합 1` and the 3 vehicles, after it or before it) names the same vehicles again: it is no
fleet of its own, which would count them twice, but the count table's `listed`, checked against its total; a list
printed as two tables (its header printed again, or 관용 and 임차 apart) is one list. `vehicles.add_list` decides.
"""

from __future__ import annotations

from collections import Counter

from extractors import generic
from extractors.context import (
    Collected,
    Grid,
    TableContext,
    as_of_date,
    label_rows,
    per_table,
    source_at,
    source_of,
)
from extractors.vehicles import (
    PrintedList,
    add_list,
    fleet_header,
    heading_figures_source,
    is_fleet_context,
    is_vehicles_caption,
)
from pipeline.values import compact, is_total
from schemas import VehicleCount, VehicleFleet

_LIST_WORDS = ("차량번호", "등록번호", "연식", "배기량", "취득일", "최초등록", "형식")
_KIND_WORDS = ("차종", "차명", "종류")
_VEHICLE_WORDS = ("차량", "차종", "차명", "등록번호")  # a label naming the vehicle (`차량번호`), not a charger's `형식`


def matches(grid: Grid, ctx: TableContext) -> bool:
    if (not is_vehicles_caption(ctx.caption) and ctx.section is not None) or not is_fleet_context(ctx):
        return False
    return _header_end(grid) is not None


@per_table
def _header_end(grid: Grid) -> int | None:
    """How many rows the list's header takes: up to the row that prints the list's words (`차량번호`, `연식`);
    None where it names no vehicle (`설치장소 | 충전기 형식`: a list of chargers). The generic rule (figures
    outnumber labels) would take rows of a vehicle, mostly words, for header rows."""
    labels = ""
    for index, row in enumerate(label_rows(grid)):
        labels += "|".join(map(compact, row)) + "|"  # one string to look in, each cell apart
        if any(word in labels for word in _LIST_WORDS):
            return index + 1 if any(word in labels for word in _VEHICLE_WORDS) else None
    return None


def extract(grid: Grid, ctx: TableContext, out: Collected) -> None:
    caption, printed_total, quota, fleet_name = fleet_header(ctx.caption)
    table, n_header = grid.table, _header_end(grid) or 1
    labels = [compact(" ".join(row[col] for row in grid.rows[:n_header])) for col in range(grid.width)]
    kind_col = next((col for col, label in enumerate(labels) if any(word in label for word in _KIND_WORDS)), None)
    vehicles = [row for row in grid.rows[n_header:] if any(row) and not is_total(row[0])]
    kinds = Counter(_kinds(vehicles, kind_col)) if kind_col is not None else Counter()
    source = source_at(table.row_line(n_header), table.page)
    counts = [VehicleCount(category="계", kind="계", count=len(vehicles), source=source),
              *(VehicleCount(category=fleet_name, kind=kind, count=n, source=source) for kind, n in kinds.items())]
    fleet = VehicleFleet(caption=caption, name=fleet_name, printed_total=printed_total, quota=quota, unit=table.unit,
                         as_of=as_of_date(grid, ctx),
                         heading_source=heading_figures_source(printed_total, quota, ctx), source=source_of(table),
                         counts=counts)
    add_list(out, PrintedList(caption, ctx.title, tuple(labels), fleet), ctx.project is not None)
    generic.extract(grid, ctx, out, "vehicles", n_header)  # every vehicle's own row, as printed


def _kinds(vehicles, kind_col: int) -> list[str]:
    """Each vehicle's kind (`승 용` → `승용`); a blank below a kind is a merged cell, so the kind above."""
    kinds, above = [], "기타"
    for row in vehicles:
        above = compact(row[kind_col]) or above
        kinds.append(above)
    return kinds
