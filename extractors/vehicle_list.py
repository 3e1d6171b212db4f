"""Vehicle lists (`연번 | 차 종 | 차량번호 | 연식 | 용 도`): one row a vehicle, not counts.

A department with few vehicles prints them one by one. Read as counts, their model years and engine sizes
became numbers of vehicles; here the rows are counted (by 차종 where the list prints one, under its category where
the list prints it or the model is one the tool knows: `_category_of`) into a fleet, so the heading's `총3대` is
checked against them, and the list itself is kept as a grid. A list printed with a
count table (`계 3, 승용 2, 승합 1` and the 3 vehicles, after it or before it) names the same vehicles again: it is no
fleet of its own, which would count them twice, but the count table's `listed`, checked against its total; a list
printed as two tables (its header printed again, or 관용 and 임차 apart) is one list. `vehicles.add_list` decides.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extractors import generic
from extractors.context import (
    Collected,
    Grid,
    TableContext,
    as_of_date,
    label_rows,
    per_table,
    row_source,
    source_of,
)
from extractors.vehicle_models import known_category
from extractors.vehicles import (
    FUEL_LABELS,
    PrintedList,
    add_list,
    fleet_header,
    fuel_of,
    heading_figures_source,
    is_fleet_context,
    is_vehicles_caption,
)
from pipeline import patterns
from pipeline.values import CATEGORY_KIND_RE, as_word, clean_text, compact, is_total
from schemas import VehicleCount, VehicleFleet
from schemas.vehicles import LISTED, UNCATEGORISED

_LIST_WORDS = ("차량번호", "등록번호", "연식", "배기량", "취득일", "최초등록", "형식")
_KIND_WORDS = ("차종", "차명", "종류")
_VEHICLE_WORDS = ("차량", "차종", "차명", "등록번호")  # a label naming the vehicle (`차량번호`), not a charger's `형식`
_CATEGORY_LABELS = ("구분", *_KIND_WORDS)  # a column that may print each vehicle's category (`구 분 | 승 용`)
_NOTE_LABEL = "비고"  # a column of notes, where a list with no column of fuels may name a vehicle's
_SEATS_RE = patterns.compile(r"(\d+)인승")  # `25인승 버스`, `카니발(11인승)`
_SEATS_LABELS = ("정원", "인승")  # a column of each vehicle's seats (`승차정원 | 9`, `정원(명)`)
# a column of each vehicle's load (`최대적재량 | 1톤`, `적재량(kg)`): a vehicle printing a load is a 화물
_LOAD_LABEL = "적재"
_USE_LABELS = ("용도", "구분")  # a column of each vehicle's use (`용 도 | 청소차`), which may tell an unknown model's
_BUS_SEATS = 11  # 자동차관리법: a vehicle of 11 seats or more is a 승합, whatever its model; of 10 or fewer a 승용
_FIGURE_RE = patterns.compile(r"(\d+)")  # a seats cell's figure (`9`, `9명`, `12인`)
_LOAD_RE = patterns.compile(r"[1-9]")  # a load printed (`1톤`, `0.5t`, `800kg`), not `-` or `0`
_CAB_SEATS = 4  # fewer seats (`2`, `3`) are a truck's cab: they tell no 승용


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
    caption, printed_total, quota, fleet_name = fleet_header(ctx.caption, ctx.heading)
    table, n_header = grid.table, _header_end(grid) or 1
    labels = [compact(" ".join(row[col] for row in grid.rows[:n_header])) for col in range(grid.width)]
    listed = [k for k in range(n_header, len(grid.rows)) if any(grid.rows[k]) and not is_total(grid.rows[k][0])]
    vehicles = [grid.rows[k] for k in listed]
    category_col = next((col for col, label in enumerate(labels) if any(word in label for word in _CATEGORY_LABELS)
                         and _prints_categories(row[col] for row in vehicles)), None)
    kind_col = next((col for col, label in enumerate(labels) if col != category_col
                     and any(word in label for word in _KIND_WORDS)), category_col)
    columns = _Columns(category_col, kind_col, *_telling_columns(labels, category_col, kind_col))
    kinds = _kinds(vehicles, columns, fleet_name) if kind_col is not None else []
    fuels = _fuels(vehicles, labels, kinds)
    first_rows: dict[tuple[str, str], int] = {}  # each kind at the row of its first vehicle, as printed
    for row, kind in zip(listed, kinds, strict=False):  # no kinds where the list prints no column of them
        first_rows.setdefault(kind, row)
    counts = [VehicleCount(category="계", kind="계", count=len(vehicles), source=row_source(table, n_header)),
              *(VehicleCount(category=category, kind=kind, count=n, fuel=fuels.get((category, kind)),
                             source=row_source(table, first_rows[category, kind]),
                             uncategorised=LISTED if category == UNCATEGORISED else None)
                for (category, kind), n in Counter(kinds).items())]
    fleet = VehicleFleet(caption=caption, name=fleet_name, printed_total=printed_total, quota=quota, unit=table.unit,
                         as_of=as_of_date(grid, ctx),
                         heading_source=heading_figures_source(printed_total, quota, ctx), source=source_of(table),
                         counts=counts)
    add_list(out, PrintedList(caption, ctx.title, tuple(labels), fleet), ctx.project is not None)
    generic.extract(grid, ctx, out, "vehicles", n_header)  # every vehicle's own row, as printed


def _fuels(vehicles, labels: list[str], kinds: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The fuel of each (category, kind) whose vehicles all print one and the same: in the list's column of fuels
    (`연 료 | 전기`), else where it prints none, in its 비고 (`비 고 | 전기`, `하이브리드`, `업무용(전기)`: `fuel_of`),
    whose text the list's grid keeps as printed. A kind of vehicles of two fuels, or of one not printed for each,
    has none: a count's fuel is that of every vehicle it counts."""
    fuel_col = next((col for col, label in enumerate(labels) if any(word in label for word in FUEL_LABELS)),
                    None)
    if fuel_col is None:
        fuel_col = next((col for col, label in enumerate(labels) if label == _NOTE_LABEL), None)
    if fuel_col is None or not kinds:
        return {}
    fuels: dict[tuple[str, str], set[str | None]] = {}
    for row, kind in zip(vehicles, kinds, strict=True):
        fuels.setdefault(kind, set()).add(fuel_of(row[fuel_col]))
    return {kind: fuel for kind, (fuel, *others) in fuels.items() if fuel is not None and not others}


def _prints_categories(cells) -> bool:
    """Whether a column prints each vehicle's category (`승 용`, blank below it where merged), not a model."""
    printed = [text for cell in cells if (text := compact(cell))]
    return bool(printed) and all(CATEGORY_KIND_RE.match(text) for text in printed)


@dataclass(frozen=True)
class _Columns:
    """The columns a list's vehicle is told by: its category where printed, its kind (the model as printed), the
    other columns naming it (`차 종 | 차 명`), its use (`용 도`), its seats (`승차정원`) and its load (`최대적재량`)."""

    category: int | None
    kind: int | None
    names: tuple[int, ...]
    uses: tuple[int, ...]
    seats: int | None
    load: int | None


def _telling_columns(labels: list[str], category_col: int | None, kind_col: int | None):
    """`_Columns`' names, uses, seats and load columns, by their labels (`차 명`, `용 도`, `승차정원`, `적재량`)."""
    others = [col for col in range(len(labels)) if col not in (category_col, kind_col)]
    names = tuple(col for col in others if any(word in labels[col] for word in _KIND_WORDS))
    uses = tuple(col for col in others if any(word in labels[col] for word in _USE_LABELS))
    seats = next((col for col in others if any(word in labels[col] for word in _SEATS_LABELS)), None)
    load = next((col for col in others if _LOAD_LABEL in labels[col]), None)
    return names, uses, seats, load


def _kinds(vehicles, columns: _Columns, fleet_name: str) -> list[tuple[str, str]]:
    """Each vehicle's category and kind (`승 용` → `승용`); a blank below a kind or category is a merged cell, so
    the one above. A vehicle printing a category alone beside others of it printing their kinds (`승용` beside
    `승용(전기)`) is of that category, its kind as printed: as the fleet's kind it would be the category's count, as a
    count table's row of it is, which would leave the others out of it."""
    kinds, kind, named, category = [], "기타", "", ""
    for row in vehicles:
        if compact(row[columns.kind]):
            kind, named = compact(row[columns.kind]), _words(row[columns.kind])
        category = (compact(row[columns.category]) if columns.category is not None else "") or category
        seats = _SEATS_RE.search(kind) or (_FIGURE_RE.search(row[columns.seats]) if columns.seats is not None
                                           else None)
        printed = _Printed(names=" ".join([named, *(_words(row[col]) for col in columns.names)]),
                           uses=" ".join(_words(row[col]) for col in columns.uses),
                           seats=int(seats.group(1)) if seats else None,
                           load=columns.load is not None and bool(_LOAD_RE.search(row[columns.load])))
        kinds.append(_category_of(category, kind, printed, fleet_name))
    with_kinds = {category for category, _ in kinds if category != fleet_name}
    return [(kind, kind) if category == fleet_name and kind in with_kinds else (category, kind)
            for category, kind in kinds]


@dataclass(frozen=True)
class _Printed:
    """What a vehicle's row prints of it beside its category: its names (`스타렉스`, `25인승 버스`), its use
    (`청소차`), its seats (`9`, `카니발(7인승)`), whether it prints a load (`1톤`, `800kg`; not `-` or `0`)."""

    names: str
    uses: str
    seats: int | None
    load: bool


def _category_of(category: str, kind: str, printed: _Printed, fleet_name: str) -> tuple[str, str]:
    """A vehicle's category and kind: the category the list prints (`구 분 | 승 용`, `승용(소형)`: 승용, kind 소형),
    else the law's by its seats where 11 or more (`25인승 버스`, `승차정원 | 15`: a 승합), else a model's or use's the
    tool knows (`known_category`; a 승합 there whose seats printed are 10 or fewer a 승용: `카니발(7인승)`; a van
    printing a load, or 2 or 3 seats, a 화물), else a 화물 where the row prints a load, else its use's (`용 도 |
    청소차`), else a 승용 by its seats (4 to 10: `승차정원 | 5`), the model its kind; else `미분류` (`UNCATEGORISED`),
    the kind as printed (`모빌리티카`). A category alone (`승 용`) is one of the fleet's kinds, as a count table's row
    of categories is."""
    as_printed = CATEGORY_KIND_RE.match(kind) or CATEGORY_KIND_RE.match(category)
    if as_printed:
        model = as_printed.group(2) if CATEGORY_KIND_RE.match(kind) else kind
        return (as_printed.group(1), model) if model else (fleet_name, kind)
    if printed.seats is not None and printed.seats >= _BUS_SEATS:
        return "승합", kind
    known = known_category(printed.names)
    if known in ("승합", "승용") and printed.load:
        return "화물", kind
    if known == "승합" and printed.seats is not None:  # 10 or fewer: a 승용, a van of 2 or 3 a 밴 (화물)
        return "승용" if printed.seats >= _CAB_SEATS else "화물", kind
    if known is None and printed.load:
        return "화물", kind
    known = known or known_category(printed.uses)
    if known is None and printed.seats is not None and printed.seats >= _CAB_SEATS:
        return "승용", kind
    return known or UNCATEGORISED, kind


def _words(cell: str) -> str:
    """A cell's words as printed, a word letter-spaced as one (`레 이` → `레이`, `더 뉴 레이` as printed): a short
    model's name is told from a longer word by them (`_model_pattern`)."""
    return as_word(clean_text(cell))
