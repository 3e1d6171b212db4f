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

import regex

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
from schemas.vehicles import UNCATEGORISED

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
# vans that are a 승용 or a 승합 by their seats: a 승합 as public fleets buy them (11 or 12 seats, `카니발(11인승)`),
# a 승용 where the list prints 10 or fewer (`카니발(7인승)`, `그랜드 스타렉스 9인승`, `승차정원 | 9`), a 화물 as a 밴
# (`스타렉스 밴`) or where it prints a load (`최대적재량 | 800kg`)
_VANS = ("카니발", "스타렉스", "스타리아", "그레이스")
# Uses and models a list prints in place of a kind (`압축진개차`, `5톤 덤프트럭`, `쏘나타`, `포터Ⅱ`), by the
# 자동차관리법 category they are registered under, as reports print it (a 청소차 or an 암롤차 on a 마이티 is a
# 특수용도형 화물; a 고소작업차, a 구급차 or a 견인차 a 특수, and so, as fleets count it, a 굴착기 or a 지게차,
# 건설기계 the law has no category for): without these, `vehicle_categories` counted them by model and a question by
# category (`승용`) missed them. The one place the tool keeps them: a model not here, whose row prints no seats,
# load or use that tells (`_category_of`), is `미분류` (`UNCATEGORISED`), its kind as printed, named in a finding
# (`vehicles.uncategorised`). A use is found anywhere, within the words of a vehicle (`압착진개차`, `수소버스`); a
# model as `_model_pattern` finds it. The categories in this order, each by its uses and models (a 고소작업차 on a
# 포터 is a 특수, a 밴 the law's 밴형 화물), the vans before the 승용; a fuel (`전기`, `수소`) is none of these
# (`수소버스` is a 버스).
_USE_CATEGORIES = {
    "특수": ("고소작업", "굴착", "굴삭", "포크레인", "포클레인", "지게차", "구급", "소방", "펌프차", "견인", "구난",
             "렉카", "레커"),
    "화물": ("압축식", "압착", "진개", "암롤", "청소차", "살수", "급수", "분뇨", "수거", "방역", "탱크", "덤프",
             "카고", "트럭", "탑차", "윙바디", "밴", "화물"),
    "승합": ("버스", "승합"),
    "승용": ("승용",),
}
_MODEL_CATEGORIES = {
    "화물": ("포터", "봉고", "마이티", "리베로", "라보"),
    "승합": ("카운티", "쏠라티", "유니버스", "에어로", "그린시티", *_VANS),
    "승용": ("쏘나타", "아반떼", "그랜저", "코나", "니로", "아이오닉", "레이", "모닝", "쏘렌토", "투싼", "싼타페",
             "팰리세이드", "스포티지", "캐스퍼", "넥쏘", "제네시스", "G70", "G80", "G90", "GV60", "GV70", "GV80",
             "K3", "K5", "K7", "K8", "K9", "EV6", "EV9", "SM3", "SM5", "SM6", "QM6", "말리부", "스파크", "트랙스",
             "토레스", "렉스턴", "티볼리", "코란도", "셀토스", "쏘울", "베뉴", "스토닉"),
}
_SHORT_NAME = 2  # a Korean model's name of 2 syllables or fewer (`레이`, `포터`) is a word within many longer ones
# the words a model's name is printed after, as one word with it (`더뉴레이`, `올 뉴모닝`, `디올뉴코나`, `뉴포터`,
# `신형봉고`)
_MODEL_PREFIX = r"(?:(?:디올|더|올)?뉴|신형)"


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
                             uncategorised=category == UNCATEGORISED)
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
    tool knows (`_known_category`; a 승합 there whose seats printed are 10 or fewer a 승용: `카니발(7인승)`; a van
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
    known = _known_category(printed.names)
    if known in ("승합", "승용") and printed.load:
        return "화물", kind
    if known == "승합" and printed.seats is not None:  # 10 or fewer: a 승용, a van of 2 or 3 a 밴 (화물)
        return "승용" if printed.seats >= _CAB_SEATS else "화물", kind
    if known is None and printed.load:
        return "화물", kind
    known = known or _known_category(printed.uses)
    if known is None and printed.seats is not None and printed.seats >= _CAB_SEATS:
        return "승용", kind
    return known or UNCATEGORISED, kind


def _model_pattern(model: str) -> str:
    """A model's pattern in a row's words as printed (`_words`): a code of Latin letters and a figure (`K5`, `EV6`,
    `G80`) as a whole code, not part of a longer one (`SK5`, `K50`, `EV60`): no letter or figure before it, no figure
    after it (a Korean word beside it, `더뉴K5`, `K5하이브리드`, or a trim's letters, `K8HEV`, part none); a short
    Korean name (`레이`, `포터`, `봉고`: `_SHORT_NAME`) as a word of its own or a word's start, after a word of
    `_MODEL_PREFIX` or none, followed by no Korean letter (`레이`, `더 뉴 레이`, `더뉴레이`, `포터Ⅱ`, `봉고3`, `니로EV`,
    `코나 일렉트릭`; not `플레이`, `릴레이`, `레이더`, `서포터즈`); a longer name anywhere, spaced or not
    (`그랜드 스타렉스`, `마이티청소차`)."""
    if model.isascii():
        return rf"(?<![A-Za-z0-9]){regex.escape(model)}(?![0-9])"
    if len(model) <= _SHORT_NAME:
        return rf"(?:(?<!\p{{Hangul}})|(?<=(?<!\p{{Hangul}}){_MODEL_PREFIX})){regex.escape(model)}(?!\p{{Hangul}})"
    return _spaced(model)


def _spaced(name: str) -> str:
    """A name's pattern, spaced or not (`고소 작업`, `그랜드 스타 렉스`)."""
    return r"\s?".join(map(regex.escape, name))


# each category's uses and models, in `_USE_CATEGORIES`' and `_MODEL_CATEGORIES`' order, as one pattern
_MODEL_RES = {category: patterns.compile("|".join([*map(_spaced, _USE_CATEGORIES.get(category, ())),
                                                   *map(_model_pattern, _MODEL_CATEGORIES.get(category, ()))]))
              for category in _USE_CATEGORIES}


def _known_category(text: str) -> str | None:
    """The category of the first use or model of `_USE_CATEGORIES` and `_MODEL_CATEGORIES` the text names (`포터Ⅱ`:
    화물; `K5`, not `K50`; `레이`, not `플레이`: `_model_pattern`), else None."""
    return next((category for category, models in _MODEL_RES.items() if models.search(text)), None)


def _words(cell: str) -> str:
    """A cell's words as printed, a word letter-spaced as one (`레 이` → `레이`, `더 뉴 레이` as printed): a short
    model's name is told from a longer word by them (`_model_pattern`)."""
    return as_word(clean_text(cell))
