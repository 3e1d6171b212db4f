"""Vehicles tables (`□ 공용차량 - 총236대 (정수 236)`): counts by category and kind, with subtotals.

Converters shift group headers; when the printed header cannot be right (a category's 소계 is not
the sum of its kinds), the figures' sums decide where each category starts and the record says so. A list of the
vehicles printed next to a count table (`vehicle_list`) names them again: `add_list` makes it the count's `listed`.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from extractors import generic
from extractors.context import (
    Collected,
    Grid,
    TableContext,
    as_of_date,
    header_rows,
    is_number,
    label_rows,
    merged_labels,
    row_source,
    source_of,
    spread_labels,
    table_note,
)
from extractors.labels import SERIAL_WORDS, SHORTFALL_WORDS
from extractors.vehicle_models import known_category, names_model
from pipeline import patterns
from pipeline.document import Table
from pipeline.values import (
    CATEGORY_KIND_RE,
    FUEL_RE,
    YEAR,
    YEAR_LABEL_RE,
    as_negative,
    bracketed_agree,
    bracketed_figure,
    compact,
    fuel_named,
    full_year,
    is_total,
    label_groups,
    parse_count_note,
)
from schemas import Source, VehicleCount, VehicleFleet
from schemas.vehicles import COUNTED, HELD, QUOTA, SHORTFALL, UNCATEGORISED, counts_by_category, fleet_total

# the words a heading's count may start with, saying what it counts: the vehicles held (`보유 12대`, `현원 12대`,
# `대수 12대`, `수량 12대`, its total, as `_HELD_WORDS` name them) or the quota (`정수 12대`)
HEADER_COUNT_WORDS = r"보\s*유|현\s*원|대\s*수|수\s*량|정\s*수"
_HEADER_TOTAL_RE = patterns.compile(r"(?:총|(?<!정\s*수\s*)[:：])\s*(\d[\d,]*)\s*대")  # `총236대`, `차량 현황: 12대`
# the words that name a part of a fleet, counted within it (`전기차 2대`, `친환경차 2대`), not the fleet held
_PART_OF_FLEET = r"전\s*기|수\s*소|하이브리드|친환경|저공해|무공해"
# a word after a count that makes it a part of the fleet's: `(전기차 2대 포함)`, `임차 2대 별도`
_PART_NOTE = r"\s*(?:포\s*함|별\s*도|제\s*외)"
# what parts a count from the next: `관용 10대, 임차 2대`, `·`, `/`, or `관용 10대 외 임차 2대` (besides)
_PARTS_APART = r"\s*(?:[,，·ㆍ/]|(?<=대)\s*외(?=\s))\s*"
# else the first count (`공용차량 12대`), with the parts printed after it that count the fleet with it, summed:
# `관용 10대, 임차 2대`, `관용차량 10대 · 임차차량 2대`, `관용 10대 외 임차 2대` (not a quota's, `보유 12대, 정수
# 12대`, a fuel's, `공용차량 12대, 전기차 2대`, nor parts a word after them notes, `관용 10대, 임차 2대 별도`: the
# first alone)
_COUNT_RE = patterns.compile(
    rf"(?<![\d,.]|정\s*수\s*:?\s*)(\d[\d,]*)\s*대"
    rf"((?:{_PARTS_APART}(?!정\s*수|과\s*부\s*족|{_PART_OF_FLEET})\p{{Hangul}}+\s*[:：]?\s*[\d,]*\d\s*대)*)"
    rf"(?!{_PART_NOTE})")
_PART_COUNT_RE = patterns.compile(r"(\d[\d,]*)\s*대")
# a fuel a fleet is counted by (`전기차`, `휘발유`, `경유`, `LPG`, `수소차량`; `FUEL_RE`'s, in a line's words)
_FUEL_WORD = (r"(?:휘\s*발\s*유|가\s*솔\s*린|경\s*유|디\s*젤|LPG|엘\s*피\s*지|CNG|(?:압\s*축\s*)?천\s*연\s*가\s*스"
              r"|수\s*소|전\s*기|하\s*이\s*브\s*리\s*드)(?:\s*차(?:\s*량)?)?")
_FUEL_COUNT = rf"(?<![\p{{Hangul}}A-Za-z]){_FUEL_WORD}\s*[:：]?\s*[\d,]*\d\s*대"
# the fleet broken down by fuel, two fuels' counts or more and nothing else (`(전기차 8대, 휘발유 4대)`, `경유 3대,
# 전기 2대, 수소 1대`): their sum is the fleet's, where a fuel's count alone (`(전기차 2대)`) or noted (`(전기차 2대
# 포함)`) is a part of it
_FUEL_COUNTS_RE = patterns.compile(rf"{_FUEL_COUNT}(?:{_PARTS_APART}{_FUEL_COUNT})+(?!{_PART_NOTE})")
_FUEL_STARTS = frozenset("휘가경디L엘C천압수전하")  # the first letters of the fuels: most lines print none
_FUEL_COUNTS_LINE_RE = patterns.compile(
    rf"^\s*[(（\[［【〔]?\s*{_FUEL_COUNTS_RE.pattern}\s*[)）\]］】〕]?\s*$")
# a fleet's count on a line of its own after the words of what it counts, in brackets or not: `(공용차량 12대)`,
# `[업무용 12대]`, `(관용차량 총 12대)`, or its parts, `(관용 10대, 임차 2대)`, `관용 10대 · 임차 2대`; not a part of
# it, a fuel's (`(전기차 2대)`), nor a count a word after it notes (`(전기차 2대 포함)`, `※ 임차 2대 별도`)
_NAMED_COUNT = r"\p{Hangul}[\p{Hangul}\s]*?[:：]?\s*[\d,]*\d\s*대"
_NAMED_COUNTS_LINE_RE = patterns.compile(
    rf"^(?!.*(?:{_PART_OF_FLEET}))\s*([(（\[［【〔])?\s*{_NAMED_COUNT}(?:{_PARTS_APART}{_NAMED_COUNT})*"
    rf"\s*[)）\]］】〕]?\s*$")
_QUOTA_RE = patterns.compile(r"정\s*수\s*:?\s*(\d[\d,]*)")
_VEHICLE_WORDS = ("승용", "승합", "화물", "특수", "차량", "소계")
_HEADING_NUMBER_RE = patterns.compile(r"^\s*(?:(?:\d{1,2}|\p{Hangul})\s*[.)]|\d{1,2}(?=\s))\s*")  # `나.`, `2)`, `1 `
# a caption's table number (`<표 2>`, `[표 2-1]`, `표 2.`) and the brackets a caption may be set in (`【 … 】`),
# which name no fleet
_TABLE_NUMBER_RE = patterns.compile(r"^\s*(?:[<〈\[]\s*표\s*\d{1,2}(?:[-.]\d{1,2})?\s*[>〉\]]|표\s*\d{1,2}\s*[.)])\s*")
# a label wholly in one pair of brackets (`(구급차)`)
_BRACKETED_LABEL_RE = patterns.compile(r"^\(([^()]+)\)$")
# the staff a heading names beside its fleet (`인력 및 공용차량 현황`, `공용차량·인력 현황`): no part of the fleet's
# name, which its counts' categories take where it prints its kinds (`승용 | 승합`) alone, as every year's fleet of
# its name does (before, `인력및공용차량현황`)
_STAFF = r"(?:인\s*력|인\s*원|직\s*원|공\s*무\s*원)"
_JOINED = r"(?:[·ㆍ,，/]|\s및\s)"
_STAFF_PART_RE = patterns.compile(
    rf"(?<!\p{{Hangul}}){_STAFF}\s*{_JOINED}\s*(?=\S)|\s*{_JOINED}\s*{_STAFF}(?=\s*현|$)")
_CAPTION_BRACKETS_RE = patterns.compile(r"^\s*[【〔《]\s*(.*?)\s*[】〕》]\s*$")
# where a fleet's name ends in its heading: `공용차량(총 12대)`, `공용차량 현황 [총 12대]`, `공용차량 현황 보유 12대`
# (not at a bracket opening it: `[관용차량] 현황 (총 12대)`)
_NAME_END_RE = patterns.compile(rf"[-–(（:：]|(?<=\S)\s*[\[［【〔]|\s*(?:총|{HEADER_COUNT_WORDS})?\s*[:：]?\s*\d")
FUEL_LABELS = ("연료", "유종")  # a column of each vehicle's fuel (`연 료`, `사용연료`, `유 종`)
_HELD_WORDS = ("대수", "보유", "현원", "수량")  # the figures of the vehicles held, beside 정수 and 과부족
_OTHER_WORDS = ("비고",)  # words that count no vehicles
_CHANGE_WORD = "증감"  # a column of the change between the years a fleet is counted by
# the year a fleet is counted in, as a label starts with it: `2025년`, `’25년`, `2025년 말`, `2026년(계획)`,
# `2025. 5. 31. 현재`; not a model year or a span of them, which counts the vehicles by age (`2020년식`, `2015년
# 이전`, `2016~2020년`), nor a year of purchase (`2018년 구입`, `_BOUGHT_WORDS`)
_BOUGHT_WORDS = "구입|취득|도입|제작|출고"  # what a year the vehicles were made or bought in says of it
_COUNTED_YEAR_RE = patterns.compile(rf"^({YEAR})(?!\d)(?!.*(?:[~∼～]|이전|이후|이하|이상|식|{_BOUGHT_WORDS}))")
# a header naming the years vehicles were made or bought (`연 식`, `구입연도`, `취득년도`): its years are their ages
_AGE_HEADER_RE = patterns.compile(f"연식|{_BOUGHT_WORDS}")
_FIGURES_WORDS = (*_HELD_WORDS, "현황")  # a row label that says what the figures are, as one starting `차량` does
_OTHER = "other"  # a row or column of statuses that holds no figures (`비 고`), beside HELD, QUOTA and SHORTFALL


_CAPTION_WORDS = ("차량", "관용차", "공용차", "업무용차")
# a caption of equipment (`장비 현황`, `보유 장비`, `차량 및 장비 현황`): vehicles where it counts nothing else
_EQUIPMENT = "장비"
_VEHICLE_ENDS = ("차", "차량", "버스", "트럭")  # how a vehicle's name ends: `견인차`, `업무용 차량`, `1톤 트럭`
_LAW_CATEGORY_RE = patterns.compile(r"^(?:승용|승합|화물|특수|이륜)(?:자동)?차?$")  # 자동차관리법's (`승용차`)
_ROUND_RE = patterns.compile(r"^제?\d+차$")  # a round (`1차`, `제2차`), which ends as a vehicle's name does
_CHARGING = "충전"  # `전기차량 충전기 현황`, `충전기 형식`: what vehicles use, no vehicles
# money, distance, chargers: no vehicles
_MEASURE_RE = patterns.compile(rf"(?i)천원|백만원|억원|\(원\)|금액|예산|km|㎞|거리|유류|{_CHARGING}")
_KIND_END = "차"  # how a kind of vehicle ends (`승용차`, `압축진개차`), not a model (`아이오닉`)
NOT_FLEET_WORDS = ("구매", "운행", "매각")  # a project's table of vehicles bought, sold or driven

# what parts a vehicle list's note into what it says, each read for a fuel: `업무용, 전기`, `긴급 / 경유`,
# `업무용(전기)`, `연료: 전기`
_NOTE_PARTS_RE = patterns.compile(r"[,，/·ㆍ:：()（）\[\]]")


def fuel_of(text: str) -> str | None:
    """The fuel a cell names wholly (`전기`, `전기차`, `하 이 브 리 드`, `CNG`), or a note of a vehicle list in one of
    its parts (`업무용(전기)`, `긴급, 경유`), by its one name (`fuel_named`); None where it names none, or two
    (`하이브리드(휘발유)`), or a fuel among other words (`전기차 교체 예정`: no fuel of this vehicle's)."""
    fuels = {fuel_named(part) for part in _NOTE_PARTS_RE.split(text)} - {None}
    return fuels.pop() if len(fuels) == 1 else None


def is_vehicles_caption(caption: str | None) -> bool:
    """`공용차량 현황`, `관용차 보유현황`, `업무용 차 현황` (not `전용차로`, nor `전기차량 충전기 현황`)."""
    text = compact(caption or "")
    return ("차" in text and any(word in text for word in _CAPTION_WORDS)  # most headings have no 차
            and _CHARGING not in text)


def matches(grid: Grid, ctx: TableContext) -> bool:
    # vehicles where they are all it counts
    equipment = _EQUIPMENT in compact(ctx.caption or "") or _names_vehicle_kinds(ctx.caption)
    if is_vehicles_caption(ctx.caption) or equipment:
        return (is_fleet_context(ctx) and _counts_vehicles(grid)
                and (not equipment or _counts_vehicles_alone(grid, ctx)))
    if ctx.section is None:
        top = "".join(compact(c) for row in grid.rows[:2] for c in row)
        return sum(w in top for w in _VEHICLE_WORDS) >= 3 and _counts_vehicles(grid)
    return False


def _names_vehicle_kinds(caption: str | None) -> bool:
    """Whether a caption names no fleet but its kinds of vehicle alone and counts them: `구급차·방역차 현황 : 총 9대`,
    `청소차 및 살수차 보유현황 (총 12대)` (before, a generic table, its 총 9대 unchecked); its table is read as a fleet
    where it counts those vehicles alone, as a table of equipment is."""
    if (not caption or "대" not in caption or _HEADER_TOTAL_RE.search(caption) is None
            or is_vehicles_caption(caption)):
        return False  # `공용차량 - 총236대` names a fleet: read as one whatever it counts
    name = _NAME_END_RE.split(_HEADING_NUMBER_RE.sub("", caption, count=1), maxsplit=1)[0]
    kinds = _KINDS_APART_RE.split(_STATUS_WORDS_RE.sub("", name.strip()))
    return all(kinds) and all(_is_vehicle(compact(kind)) for kind in kinds)


# what parts the kinds a caption names (`구급차·방역차`, `청소차 및 살수차`) and the words after them saying it counts
# them (`현황`, `보유현황`, `보유 현황`)
_KINDS_APART_RE = patterns.compile(r"\s*(?:[·ㆍ,，/]|\s및\s)\s*")
_STATUS_WORDS_RE = patterns.compile(r"\s*(?:보\s*유\s*)?현\s*황$")


def _counts_vehicles(grid: Grid) -> bool:
    """Whether a table under a caption or header of vehicles counts them: it measures no money or distance
    (`_measures`) and counts no staff (`_counts_staff`)."""
    return not _measures(grid) and not _counts_staff(grid)


def _counts_vehicles_alone(grid: Grid, ctx: TableContext) -> bool:
    """Whether a table of equipment (`장비 현황`, `보유 장비`, `차량 및 장비 현황`) counts vehicles and nothing else:
    what each count (`_fleet_counts`) counts, its category, or its kind where it is of no category but the fleet's,
    is a vehicle (`_is_vehicle`: `견인차`, `방역차`, `구급차`; a category's kinds are its vehicles, `승용` over
    `소형`). One counting machines too (`방역기`, `드론`, `양수기`) stays a table: its 계 is no number of vehicles,
    and its vehicles alone would be a fleet no total checks. A table naming no vehicle in any cell (the buildings
    under `3 주요시설 및 장비`) is not read for its counts."""
    if not any(_is_vehicle(compact(cell)) for row in grid.rows for cell in row):
        return False
    header, data, n_header = _header_and_rows(grid)
    fleet_name = fleet_header(ctx.caption, ctx.heading)[3]
    counted = {count.kind if count.category == fleet_name else count.category
               for count in _fleet_counts(header, data, grid.table, n_header, fleet_name, ctx.year)[0][HELD]}
    counted = {name for name in counted if not is_total(name)}
    return bool(counted) and all(_is_vehicle(name) for name in counted)


def is_law_category(label: str) -> bool:
    """Whether a label names one of the law's categories (`승용`, `화물차`, `특수 자동차`), of which every vehicle is
    one."""
    return _LAW_CATEGORY_RE.match(compact(label)) is not None


def _is_vehicle(label: str) -> bool:
    """A kind of vehicle as a table of equipment prints it: one of the law's categories (`승용`, `화물차`), a fuel
    vehicles are counted by, or a word ending as a vehicle does (`견인차`, `업무용 차량`, `25인승 버스`, `1톤 트럭`);
    not a machine (`방역기`, `드론`, `양수기`), nor a round (`1차 | 2차` of a `장비 점검 현황`)."""
    kind = _unbracketed(label)
    return ((kind.endswith(_VEHICLE_ENDS) and _ROUND_RE.match(kind) is None)
            or _LAW_CATEGORY_RE.match(kind) is not None or FUEL_RE.match(kind) is not None)


def _header_and_rows(grid: Grid) -> tuple[list, list, int]:
    """The header's rows and the figures' (left of them a first column numbering the rows, `연번`, where the header
    prints one: their labels stand right of it) and how many header rows the table prints."""
    n_header = header_rows(grid)
    header, data = grid.rows[:n_header], grid.rows[n_header:]
    if header and compact(header[0][0]) in SERIAL_WORDS:
        header, data = [row[1:] for row in header], [row[1:] for row in data]
    return header, data, n_header


def _counts_staff(grid: Grid) -> bool:
    """Whether a label prints 정원, staffing's quota (a fleet's is 정수): `□ 청소차량 운전원 현황` over `구 분 |
    정 원 | 현 원 | 과부족` counts drivers, not vehicles."""
    return any(cell[:1] == "정" and compact(cell).startswith("정원") for row in grid.rows for cell in row)


def is_fleet_context(ctx: TableContext) -> bool:
    """A table inside a project about buying, selling or driving vehicles (`관용차량 구매 현황`) is no fleet."""
    return ctx.project is None or not any(word in compact(ctx.caption or "") for word in NOT_FLEET_WORDS)


def _measures(grid: Grid) -> bool:
    """Whether the figures are money or distance (`금액(천원)`, `운행거리(km)`, `(단위: 천원)`), or a charger's
    (`충전기 형식`), not vehicles: in the unit, the header or the rows' labels."""
    header = label_rows(grid)
    labels = (grid.table.unit or "", *(cell for row in header for cell in row),
              *(row[0] for row in grid.rows[len(header):] if row))
    return _MEASURE_RE.search("\n".join(labels)) is not None  # one search: no word sought spans a line break


def fleet_header(caption: str | None, heading: str | None = None) -> tuple[str, int | None, int | None, str]:
    """The heading above a vehicles table: itself, its `총236대` (or its first count, with the parts printed after
    it summed: `관용 10대, 임차 2대` is 12), its `(정수 236)` and the fleet's name, read from the `heading` a count
    line under it goes on from where there is one (`□ 공용차량 현황` over `관용 10대, 임차 2대`), else from it."""
    caption = caption or "차량"
    total = _HEADER_TOTAL_RE.search(caption)  # a count after a colon may be the first of parts: `관용: 10대, 임차: 2대`
    held = (int(total.group(1).replace(",", "")) if total and total.group(0).startswith("총")
            else _held_count(caption, total.start() if total else 0))
    quota = _QUOTA_RE.search(caption)
    name = _TABLE_NUMBER_RE.sub("", _HEADING_NUMBER_RE.sub("", heading or caption, count=1), count=1)
    if bracketed := _CAPTION_BRACKETS_RE.match(name):  # the name alone (`【 관용차량 】`), no template `\1` read anew
        name = bracketed[1]
    name = _STAFF_PART_RE.sub("", _NAME_END_RE.split(name, maxsplit=1)[0], count=1)
    fleet_name = compact(name) or "차량"
    return caption, held, int(quota.group(1).replace(",", "")) if quota else None, fleet_name


def _held_count(caption: str, start: int) -> int | None:
    """A heading's first count from `start` and the parts printed after it (`_COUNT_RE`), summed, or, the first count
    a fuel's, the fuels' counts printed with it (`_FUEL_COUNTS_RE`: `(경유 3대, 전기 2대, 수소 1대)` is 6); None where
    it prints none."""
    found = _COUNT_RE.search(caption, start)
    if found is None:
        return None
    fuels = _FUEL_COUNTS_RE.search(caption) if _FUEL_STARTS.intersection(caption) else None
    if fuels and fuels.start() <= found.start() < found.end() <= fuels.end():  # the counts a fuel's: their sum
        return sum(int(part.group(1).replace(",", "")) for part in _PART_COUNT_RE.finditer(fuels.group()))
    parts = (part.group(1) for part in _PART_COUNT_RE.finditer(found.group(2))) if found.group(2) else ()
    return sum(int(figure.replace(",", "")) for figure in (found.group(1), *parts))


def counts_the_fleet(text: str, heading: str) -> bool:
    """Whether a line under a fleet's heading (`□ 공용차량 현황`; not `□ 청사 현황` over `(주차면 120대)`) is its count
    after the words of what it counts (`_NAMED_COUNTS_LINE_RE`), in brackets (`(공용차량 12대)`, `(관용 10대, 임차
    2대)`: a note on the heading's fleet), or unbracketed naming no vehicles (`관용 10대, 임차 2대`; `관용차량 10대`
    names a fleet: it captions its table itself)."""
    if "대" not in text or not is_vehicles_caption(heading):
        return False
    if _FUEL_STARTS.intersection(text) and _FUEL_COUNTS_LINE_RE.match(text):  # counts of fuels alone name no fleet
        return True
    found = _NAMED_COUNTS_LINE_RE.match(text)
    return found is not None and (found.group(1) is not None or not is_vehicles_caption(text))


def heading_figures_source(printed_total: int | None, quota: int | None, ctx: TableContext) -> Source | None:
    """Where the heading prints the fleet's `총N대` or `(정수 N)`: the caption's line, None where it prints neither."""
    return ctx.caption_source if printed_total is not None or quota is not None else None


def extract(grid: Grid, ctx: TableContext, out: Collected) -> None:
    caption, printed_total, quota, fleet_name = fleet_header(ctx.caption, ctx.heading)
    table = grid.table
    header, data, n_header = _header_and_rows(grid)
    counts, note, name = _fleet_counts(header, data, table, n_header, fleet_name, ctx.year)
    if any(bracketed_figure(cell) is not None for row in data for cell in row):  # a 과부족 of `(1)` for −1?
        negatives = [tuple(as_negative(cell) for cell in row) for row in data]
        read = _fleet_counts(header, negatives, table, n_header, fleet_name, ctx.year)
        if _shortfalls_agree(counts, read[0]):
            (counts, note, name), data = read, negatives
    counts, subtotals = _subtotals_apart(counts)
    fuels_as_rows = _fuels_apart(counts, name)
    counts = {status: _one_count_each_fuel(cells) for status, cells in counts.items()}
    _kinds_unbracketed(counts)
    _kinds_categorised(counts, name)
    heading_source = heading_figures_source(printed_total, quota, ctx)
    if quota is None and counts[QUOTA]:  # the table's 정수, where the heading prints none
        quota = fleet_total(counts_by_category(counts[QUOTA]))
    if counts[HELD]:
        fleet = VehicleFleet(
            caption=caption, name=name, printed_total=printed_total, quota=quota, unit=table.unit,
            as_of=as_of_date(grid, ctx), repaired=note is not None,
            repair_note=note, heading_source=heading_source, counts=counts[HELD], quotas=counts[QUOTA],
            shortfalls=counts[SHORTFALL], subtotals=subtotals, fuels_as_rows=fuels_as_rows, source=source_of(table))
        _take_lists_before(out, fleet, ctx)
        out.vehicles.append(fleet)
    # no count, or words or figures it does not hold (비고), or a note beside its unit
    if not counts[HELD] or _unread(header, data, counts[HELD]) or table_note(table):
        generic.extract(grid, ctx, out, "vehicles" if counts[HELD] else None)


def _kinds_unbracketed(counts: dict[str, list[VehicleCount]]) -> None:
    """A kind printed in brackets under its category (`특 수` over `(구급차)`) is the kind the brackets hold
    (`구급차`), as one printed without them is."""
    for cells in counts.values():
        for c in cells:
            if c.kind and c.kind[0] == "(":
                c.kind = _unbracketed(c.kind)


def _kinds_categorised(counts: dict[str, list[VehicleCount]], fleet_name: str) -> None:
    """A kind printed with no category is counted under the category its name tells, as a vehicle list's
    (`_category_told`: `압축진개차` a 화물, `구급차` a 특수, a name that tells none, `기타`, `미분류` and named in a
    `vehicles.uncategorised` finding), its kind as printed, however the table prints it: as the fleet's kind (`차 종 |
    대 수` over `압축진개차 | 28`, or `구 분 | 계 | 압축진개차 | 암롤차` over statuses), it is a kind of that category
    (`화물 | 압축진개차 | 28`); as a category of its own, with its own 소계 and its counts by fuel (`구 분 | 계 | 경 유`
    over `압축진개차 | 20 | 8`, or fuels as rows under `압축진개차 | 암롤차`: `_kinds_as_categories`), it is that
    category's part, as a category's rows a second column of labels parts are (`화물 압축진개차`, its 소계 and fuels
    as printed), so that the sums count it as before and `vehicle_categories` adds it to the 화물. Before, each was a
    category of its own there, which a question by category (`승용`, `화물`) missed. The law's categories (`승 용 |
    승 합` over `9 | 3`, which `vehicle_categories` counts as they are), fuels (`전기차`) and totals stay the fleet's
    kinds; a category printed beside a kind counted under it (`화 물 | 청소차` over `2 | 4`, the 계 counting both) is
    that category's too, its own count a kind of it (`화물 | 화물 | 2` beside `화물 | 청소차 | 4`), so that
    `vehicle_categories` adds them (6) as the 계 does (the fleet's, the category's count would be its 소계 there,
    the kind left out). Each such count keeps its category as printed (`printed_category`), which the checks sum and
    a finding names."""
    cells = [count for status in counts.values() for count in status]
    parts = _kinds_as_categories(cells, fleet_name)
    for count in cells:
        if count.category in parts:
            count.printed_category, count.category = count.category, parts[count.category]
            # the kind's own count, not its fuels' parts of it, is what the finding names
            count.uncategorised = (COUNTED if count.category.startswith(f"{UNCATEGORISED} ") and count.kind == "소계"
                                   else None)
    fleets = [count for count in cells if count.category == fleet_name]
    for count in fleets:
        kind = count.kind
        if (kind is None or is_total(kind) or CATEGORY_KIND_RE.match(kind) or is_law_category(kind)
                or FUEL_RE.match(kind)):
            continue
        count.printed_category, count.category = fleet_name, _category_told(kind)
        count.uncategorised = COUNTED if count.category == UNCATEGORISED else None
    categorised = {count.category for count in fleets}
    for count in fleets:
        if count.kind is not None and is_law_category(count.kind) and compact(count.kind)[:2] in categorised:
            count.printed_category, count.category = fleet_name, compact(count.kind)[:2]


def _category_told(kind: str) -> str:
    """The law's category a kind printed with none is of, by its name (`known_category`: `압축진개차` 화물), else
    `미분류` (`기타`, `모빌리티카`)."""
    return known_category(kind) or UNCATEGORISED


# a kind printed among vehicles that names none (`기타 | 2` beside `압축진개차 | 6`)
_OTHER_KIND = "기타"


def _kinds_as_categories(cells: list[VehicleCount], fleet_name: str) -> dict[str, str]:
    """The categories a table prints that are kinds of vehicle, no category of the law's, each with the name it is
    counted by, its told category's part (`화물 압축진개차`, `미분류 기타`): the categories but the 계, the fleet's and
    the law's (`승 용`, `화물 청소차`) where each ends as a vehicle does (`_is_vehicle`: `압축진개차`, `노면청소차`),
    names a model the tool knows (`names_model`: `쏘나타` is `승용 쏘나타`; a team's `방역팀` names none) or is
    `기타` beside such, none a fuel, and each counts no kind of its own, its 소계 alone or by fuel; none where any
    is another name (`관용 | 임차`, `행정지원국 총무과`, `업무용` over `승용 | 화물`: categories as printed). A law's
    category printed beside a kind told under it (`화 물 | 2` beside `청소차 | 4`), with no kinds or parts of its own,
    is that category's part too (`화물 화물`), so that both count as its (6), as the 계 does, as a fleet's kind beside
    its category is (`_kinds_categorised`)."""
    categories = list(dict.fromkeys(c.category for c in cells if not is_total(c.category) and c.category != fleet_name))
    laws = [category for category in categories if is_law_category(category.split(" ")[0])]
    kinds = [category for category in categories if category not in laws]
    vehicles = [category for category in kinds if category != _OTHER_KIND]
    if (not vehicles or not all((_is_vehicle(category) or names_model(category)) and FUEL_RE.match(category) is None
                                for category in vehicles)
            or any(c.kind is not None and not is_total(c.kind) for c in cells if c.category in kinds)):
        return {}
    parts = {kind: f"{_category_told(kind)} {kind}" for kind in kinds}
    told = {part.split(" ")[0] for part in parts.values()}
    for law in laws:
        alone = " " not in law and all(c.kind is None or is_total(c.kind) for c in cells if c.category == law)
        if alone and law[:2] in told and not any(category.startswith(f"{law} ") for category in categories):
            parts[law] = f"{law[:2]} {law}"
    return parts


def _unbracketed(label: str) -> str:
    """`(구급차)` → `구급차`; a label not wholly in one pair of brackets as it is."""
    whole = _BRACKETED_LABEL_RE.match(label)
    return whole.group(1) if whole else label


def _fuels_apart(counts: dict[str, list[VehicleCount]], fleet_name: str) -> bool:
    """Vehicles counted by fuel (`휘발유 | 경유 | 전기 | 하이브리드`): each fuel is the count's `fuel`, not its kind,
    where every kind the table prints is one (one alone too, `구 분 | 계 | 휘발유`: every vehicle of that fuel), the
    count then of no kind (`승용 | 휘발유 | 2`: category 승용); where every category is one (each row a fuel's
    total, `휘발유 | 3`; one alone too, `계 | 5` over `휘발유 | 5`; before, a category), it is the fleet's count of
    that fuel, as a row of kinds with no category is; two fuels or more as rows over kinds are read as columns
    (`_fuels_as_columns`), which the fleet keeps (True) for its findings to name the cells as printed. The fuel as
    printed (`전기차`; `_one_count_each_fuel` names it). A table mixing fuels with kinds (`승용 | 전기 | 화물`) stays
    as printed."""
    cells = [c for status_counts in counts.values() for c in status_counts]
    kinds = {c.kind for c in cells if not is_total(c.kind)}
    if kinds and all(FUEL_RE.match(kind) for kind in kinds):
        for c in cells:
            if c.kind in kinds:
                c.kind, c.fuel = None, compact(c.kind)
        return False
    categories = {c.category for c in cells if not is_total(c.category)}
    if not (categories and all(FUEL_RE.match(category) for category in categories)):
        return False
    if all(is_total(c.kind) for c in cells if c.category in categories):
        for c in cells:
            if c.category in categories:
                c.category, c.kind, c.fuel = fleet_name, None, compact(c.category)
        return False
    if len(categories) > 1:
        _fuels_as_columns(cells, categories)
        return True
    return False


def _one_count_each_fuel(counts: list[VehicleCount]) -> list[VehicleCount]:
    """Each fuel by its one name (`fuel_named`: `전기차` is 전기, as a vehicle list's), and one fuel printed two ways
    in a category (`휘발유 | 가솔린`, `전기 | 전기차` as columns or rows) one count of it, the cells' sum, where the
    first is, the cells as printed kept as its `printed`: two counts of one fuel would be one overwriting the other
    in the sums (`counts_by_category`), as a kind's models are one count (`_models_together`). So is a cell of a
    fuel printed another way than its one name (`가솔린` alone), that a finding names it as printed."""
    together: dict[object, VehicleCount] = {}
    printed: dict[object, list[VehicleCount]] = {}
    for count in counts:
        if count.kind is not None or not count.fuel:
            together[id(count)] = count
            continue
        key = (count.category, fuel_named(count.fuel))
        held = together.get(key)
        together[key] = (count.model_copy(update={"fuel": key[1]}) if held is None
                         else held.model_copy(update={"count": held.count + count.count}))
        printed.setdefault(key, []).append(count)
    for key, cells in printed.items():
        if len(cells) > 1 or cells[0].fuel != key[1]:
            together[key].printed = cells
    return list(together.values())


def _fuels_as_columns(cells: list[VehicleCount], fuels: set[str]) -> None:
    """Fuels as rows over kinds of vehicle as columns (`구 분 | 계 | 압축진개차 | 암롤차` over
    `경 유 | 29 | 8 | 9`): read as the table of those kinds as rows over fuels prints them (`압축진개차 | 20 | 8 | 12`
    under `구 분 | 계 | 경 유 | CNG`), each kind a category, a fuel's cell its count of no kind of that fuel, the 계
    row's cell its 소계, the 계 column's the fleet's count of the fuel (a kind under its category's label, `화 물` over
    `소 계 | 청소차`, that category's part, `화물 청소차`); before, each fuel was a category and the kinds its kinds.
    `_kinds_categorised` then puts each kind under the category its name tells. The labels of the 계 row and
    column as printed (`합 계`) go round with them: the 계 column's is the `printed_category` of the fuels' totals
    (category 계), the 계 row's the `printed_kind` of the kinds' 소계s and of the grand total, what a finding names
    the cell by (`_printed_cell`: the 계 row's `압축진개차` is `합계 | 압축진개차`)."""
    for c in cells:
        if c.category in fuels:
            c.category, c.kind, c.fuel = "계" if is_total(c.kind) else c.kind, None, compact(c.category)
        elif not is_total(c.kind):  # the 계 row: each kind's 소계
            c.category, c.kind = c.kind, "소계"
        c.printed_kind, c.printed_category = c.printed_category, c.printed_kind


@dataclass(slots=True)
class PrintedList:
    """A vehicle list's table as read (`vehicle_list`), kept for the tables after it: its heading, the title its
    `□` sub-heading sits under, its header's labels, and the fleet its vehicles are in: its own (a list printed
    alone, whose `counts` are the list's, `계` first) or the count table's it names again (its `listed`)."""

    caption: str
    title: str | None
    labels: tuple[str, ...]
    fleet: VehicleFleet


def add_list(out: Collected, printed: PrintedList, in_project: bool) -> None:
    """A list's vehicles, counted into its own fleet (`printed.fleet`), go on the list before it where they go on
    from it (under its heading, its header printed again: over a page break, or after a blank line), else stay
    their own fleet; then the count table printed right before the lists takes those it has not taken yet where
    they name its vehicles again (`_names_again`), and so many as it has vehicles not named yet."""
    last = out.vehicle_lists[-1] if out.vehicle_lists else None
    if last is not None and last.fleet is out.vehicles[-1] and (last.caption, last.labels) == (
            printed.caption, printed.labels):
        counted, printed.fleet = printed.fleet.counts, last.fleet
        if last.fleet.listed:  # a count table's list
            last.fleet.listed = _together([last.fleet.listed, counted])
        else:
            last.fleet.counts = _together([last.fleet.counts, counted])
    else:
        out.vehicles.append(printed.fleet)
    out.vehicle_lists.append(printed)
    lists, count = _lists_at_end(out)
    if count is None or not lists:
        return
    not_named = fleet_total(counts_by_category(count.counts)) - (count.listed[0].count if count.listed else 0)
    if count.listed and not_named <= 0:  # the lists it took name all its vehicles: a list after them is another's
        return
    if _names_again(lists, [count.caption in (listed.caption, listed.title) for listed in lists], count, not_named,
                    in_project):
        _take(out, count, lists)


def _take_lists_before(out: Collected, fleet: VehicleFleet, ctx: TableContext) -> None:
    """The lists printed alone right before a count table, the most of them up to it that name its vehicles again
    (`_names_again`), are its list: no fleets of their own."""
    lists, _count = _lists_at_end(out)
    vehicles = fleet_total(counts_by_category(fleet.counts))
    for first in range(len(lists)):
        before = lists[first:]
        if _names_again(before, [listed.caption in (fleet.caption, ctx.title) for listed in before], fleet,
                        vehicles, ctx.project is not None):
            _take(out, fleet, before)
            return


def _lists_at_end(out: Collected) -> tuple[list[PrintedList], VehicleFleet | None]:
    """The lists printed alone since the last count table, in order (each by its first table: a list going on over
    two tables is one fleet), and that count table's fleet (None where no fleet stands before them)."""
    lists: list[PrintedList] = []
    at = len(out.vehicles)  # where the fleets of the lists found so far start
    for printed in reversed(out.vehicle_lists):
        if lists and printed.fleet is lists[-1].fleet:  # an earlier table of the same list
            lists[-1] = printed
        elif at and printed.fleet is out.vehicles[at - 1] and not printed.fleet.listed:
            lists.append(printed)
            at -= 1
        else:
            break
    return lists[::-1], out.vehicles[at - 1] if at else None


def _names_again(lists: list[PrintedList], linked: list[bool], count: VehicleFleet, vehicles: int,
                 in_project: bool) -> bool:
    """Whether lists printed next to a count table name its vehicles again: each under its heading, or it under
    theirs (`linked`: `1. 공용차량 현황 (총 3대)` over both, or a `□ 차량 목록` sub-heading under the other's), or,
    outside a project, naming as many vehicles together as it counts (`vehicles`) and kinds it counts
    (`_kinds_agree`), their headings printing no other total (each its own list's, if any: `□ 관용차량 (2대)`)."""
    if all(linked):
        return True
    listed = [printed.fleet.counts[0].count for printed in lists]  # each list's `계`
    return not in_project and sum(listed) == vehicles and _kinds_agree(lists, count) and all(
        printed.fleet.printed_total in (None, n) for printed, n in zip(lists, listed, strict=True))


def _kinds_agree(lists: list[PrintedList], count: VehicleFleet) -> bool:
    """Whether each kind of vehicle the lists print (`승용차`; a model, `아이오닉`, says no kind) is one the count
    table counts (`승용`): a list of `압축진개차` and `암롤차` names no `승용 1, 승합 1, 화물 1`, however many."""
    counted = {name for counted in count.counts for name in (counted.category, counted.column) if not is_total(name)}
    return all(any(name in kind for name in counted) for printed in lists
               for kind in (listed.kind for listed in printed.fleet.counts[1:]) if kind.endswith(_KIND_END))


def _take(out: Collected, count: VehicleFleet, lists: list[PrintedList]) -> None:
    """The lists at the end of the fleets as the count table's list: their vehicles its `listed`, their fleets
    gone."""
    fleets = [printed.fleet for printed in lists]
    count.listed = _together([count.listed, *(fleet.counts for fleet in fleets)])
    del out.vehicles[len(out.vehicles) - len(fleets):]
    for printed in out.vehicle_lists:
        if any(printed.fleet is fleet for fleet in fleets):
            printed.fleet = count


def _together(lists: list[list[VehicleCount]]) -> list[VehicleCount]:
    """Lists' counts (`계` first, then each category's kinds) as one list's: the `계`s added up, where the first
    list's stands, then each kind of each category once, its counts added up."""
    lists = [counts for counts in lists if counts]
    kinds: dict[tuple[str, str], VehicleCount] = {}
    for counts in lists:
        for count in counts[1:]:
            key = (count.category, count.kind)
            if key in kinds:
                count = kinds[key].model_copy(update={"count": kinds[key].count + count.count})
            kinds[key] = count
    total = lists[0][0].model_copy(update={"count": sum(counts[0].count for counts in lists)})
    return [total, *kinds.values()]


def _counts(header, data, table: Table, first_row: int,
            fleet_name: str) -> tuple[dict[str, list], str | None, str]:
    """The counts of each status: the vehicles held, and the quota's and the 과부족's where rows or columns print
    them (else none); the repair's note; and the fleet's name, its one row's label where that names it
    (`_without_row_label`): statuses as rows or one row of figures read across (`_horizontal`), else categories as
    rows (`_vertical`). `first_row` is the table's row `data` starts at, for the sources."""
    statuses = _status_rows(data)
    # `구 분 | 정 수 | 보 유`, or the year counted (`구 분 | 2025년`): a row of figures under statuses is a
    # category's, not a row of kinds
    status_columns = any(_status(label := compact(cell)) in (HELD, QUOTA) or _counted_year(label) is not None
                         for row in header[-1:] for cell in row)
    if header and (statuses or (len(data) == 1 and not status_columns)):
        held = statuses.get(HELD, 0)
        header, figures, fleet_name = _without_row_label(header, data[held], fleet_name)
        held_counts, note = _horizontal(header, figures, fleet_name,
                                        row_source(table, first_row + held))
        counts = {HELD: held_counts}
        for status in (QUOTA, SHORTFALL):  # the rows of the other statuses, read by the held row's header
            row = statuses.get(status)
            counts[status] = [] if row is None else _horizontal(
                header, data[row][1:], fleet_name, row_source(table, first_row + row))[0]
        return counts, note, fleet_name
    return _vertical(header, data, table, first_row, fleet_name), None, fleet_name


def _by_status(header, data) -> tuple[dict[str, tuple], str | None]:
    """`정 수` and `현 원` each over kinds of its own (`계 | 승용 | 승합`), or `정 수` merged down beside `보유 현황`
    over the kinds: the table as one table of kinds a status, (header, rows) each, with the row labels' columns
    and the header rows below the statuses (a status merged down, with no kind below, is its figures' `계`).
    Empty unless a header row above the kinds prints the vehicles held and another status. The kinds tell the
    groups (`_kind_groups`); where a converter shifted the kinds off the figures, the header goes back by a column
    (`_aligned`); where it shifted the statuses off the kinds (`현 원` over the quota's last kind), each status goes
    to the next group in order, if the groups add up; the note says so."""
    n_labels = _label_columns(header, data)
    for depth, row in enumerate(header[:-1]):
        if not _prints_statuses(_status(compact(cell)) for cell in row):
            continue
        row, below, shift_note = _aligned(row, header[depth + 1:], data, n_labels)
        labelled = [col for col in range(1 if n_labels else 0, len(row)) if compact(row[col])]
        statuses = {col: _status(compact(row[col])) for col in labelled}
        if not _prints_statuses(statuses.values()):
            continue
        # the columns of the rows' labels (`구 분`, `부 서`), left of the first status and of the first figures
        labels = list(range(min(next(col for col in labelled if statuses[col]), n_labels)))
        kinds_row = _kinds_row(below)
        groups = _kind_groups(kinds_row, len(labels), len(row))
        printed = [[col for col in group if col in statuses] for group in groups]
        note = shift_note
        if any(len(cols) > 1 for cols in printed) and sum(map(len, printed)) == len(groups) \
                and _groups_add_up(groups, kinds_row, data):
            in_order = [col for cols in printed for col in cols]
            status_of = {col: statuses[at] for group, at in zip(groups, in_order, strict=True) for col in group}
            note = "상태 머리글이 차종 칸과 맞지 않아 차종의 묶음 순서대로 다시 배정함: " + ", ".join(
                f"{compact(row[at])} {group[0] + 1}번째 칸부터(표기 {at + 1}번째 칸)"
                for group, at in zip(groups, in_order, strict=True) if at not in group)
        else:
            spread = spread_labels([compact(cell) for cell in row], groups)
            status_of = {col: _status(spread[col]) for col in range(len(labels), len(row)) if spread[col]}
        by_status = {}
        for status, run in itertools.groupby(range(len(labels), len(row)), key=lambda col: status_of.get(col)):
            if status is None or status in by_status:
                continue
            cols = [*labels, *run]
            kinds = [tuple(r[col] for col in cols) for r in below if any(compact(r[col]) for col in cols[len(labels):])]
            if not kinds:  # merged down: its one column is the status's 계
                kinds = [tuple(row[col] if col in labels else "계" for col in cols)]
            by_status[status] = (kinds, [tuple(r[col] for col in cols) for r in data])
        return by_status, note
    return {}, None


def _prints_statuses(statuses) -> bool:
    """Whether a header row's labels (their statuses) print the vehicles held and another status."""
    printed = set(statuses)
    return HELD in printed and len(printed - {None}) >= 2


def _kinds_row(below) -> list[str]:
    """Each column's kind: the first label the header rows below the statuses print in it."""
    return [next((text for r in below if (text := compact(r[col]))), "") for col in range(len(below[0]))]


def _aligned(statuses_row, below, data, n_labels: int):
    """The statuses row and the kinds rows below it, put back by a column where a converter shifted the kinds off
    the figures (added a leading empty cell to their rows, or dropped one): where the kinds do not stand over the
    figures (a `계` over the rows' labels, a kind over no figure) and one column over they do, with their groups
    adding up (`계 | 승용 | 승합` over `10 | 6 | 4`). The statuses row goes back with them where, moved, it stands
    over the figures too (no status over the rows' labels, no `구 분` over figures); else the statuses go by the
    kinds' groups as printed. A header whose kinds stand over the figures is never moved. The note says what
    moved, None where nothing did."""
    if _kinds_fit(_kinds_row(below), data, n_labels):
        return statuses_row, below, None
    for shift in (1, -1):
        moved = [_shifted(r, shift) for r in below]
        if None in moved:
            continue
        kinds_row = _kinds_row(moved)
        groups = _kind_groups(kinds_row, n_labels, len(kinds_row))
        if _kinds_fit(kinds_row, data, n_labels) and any(len(g) > 1 and is_total(kinds_row[g[0]]) for g in groups) \
                and _groups_add_up(groups, kinds_row, data):
            moved_statuses = _shifted(statuses_row, shift)
            both = moved_statuses is not None and _statuses_fit(moved_statuses, n_labels)
            rows, side = "상태·차종" if both else "차종", "오른" if shift > 0 else "왼"
            return moved_statuses if both else statuses_row, moved, (
                f"차종 머리글이 숫자 칸과 한 칸 어긋나 묶음별 합계로 다시 맞춤: {rows} 머리글을 {side}쪽으로 한 칸")
    return statuses_row, below, None


def _shifted(row, shift: int):
    """A header row a column to the right (+1: a leading empty cell added, its last, empty, dropped) or to the left
    (-1: its leading empty cell dropped); None where the cell that would go prints a label."""
    if shift > 0:
        return None if compact(row[-1]) else ("", *row[:-1])
    return None if compact(row[0]) else (*row[1:], "")


def _kinds_fit(kinds_row: list[str], data, n_labels: int) -> bool:
    """Whether the kinds stand over the figures: no total over the rows' labels, and a figure under each kind."""
    return not any(is_total(kinds_row[col]) for col in range(n_labels)) and all(
        any(is_number(row[col]) for row in data) for col in range(n_labels, len(kinds_row)) if kinds_row[col])


def _statuses_fit(row, n_labels: int) -> bool:
    """Whether a statuses row stands over the figures: no status over the rows' labels, none but statuses over the
    figures."""
    return all((_status(text) is None) == (col < n_labels) for col, cell in enumerate(row) if (text := compact(cell)))


def _kind_groups(kinds_row: list[str], start: int, end: int) -> list[range]:
    """The columns start..end in the groups a label merged over them spans, told by the labels below it
    (`label_groups`: `계 | 승용 | 승합 | 계 | 승용 | 승합` is two); a column with no label below is merged down, a
    group of its own."""
    groups: list[range] = []
    for labelled, run in itertools.groupby(range(start, end), key=lambda col: bool(kinds_row[col])):
        cols = list(run)
        groups += label_groups(kinds_row, cols[0], cols[-1] + 1) if labelled else [range(col, col + 1) for col in cols]
    return groups


def _fleet_counts(header, data, table: Table, n_header: int, fleet_name: str,
                  year: int | None) -> tuple[dict[str, list[VehicleCount]], str | None, str]:
    """The table's counts by status, the note of how its header was put right (None where it was not) and the
    fleet's name (`_counts`), of one year where it prints several (`_of_one_year`; `year` the report's)."""
    header, data, skipped = _of_one_year(header, data, year)
    n_header += skipped
    by_status, status_note = _by_status(header, data)
    counts, note, name = _counts(*by_status.get(HELD, (header, data)), table, n_header, fleet_name)
    for status in (QUOTA, SHORTFALL):  # `정 수` (or `과부족`) over kinds of its own: its figures are the status's
        if status in by_status:
            counts[status] = _counts(*by_status[status], table, n_header, fleet_name)[0][HELD]
    return counts, "; ".join(n for n in (status_note, note) if n) or None, name


def _of_one_year(header, data, year: int | None) -> tuple[list, list, int]:
    """A fleet counted by year (`구 분 | 2024년 | 2025년` over `승 용 | 8 | 9`, or rows `2024년 | 20 | 8 …`) as the
    report's `year`'s counts: the columns (or rows) of the year it names, else of the latest it prints, and those
    of no year but a change between them (`증 감`); the other years' stay in the grid kept beside the fleet. Before,
    each year was a kind of each category, so that its totals counted both years. A table of one year, or of
    none, as it is, and so a table of the years its vehicles were made or bought (`_by_age`); and how many
    rows above the rows kept are left out (for their sources)."""
    width = len(data[0]) if data else 0
    years, year_line = {}, len(header)  # the years by column, and the header's first line printing one
    for line, row in enumerate(header):
        printed = None  # a year merged over the columns of its group (`2024년` over `정 수 | 보 유`)
        for col in range(1, width):
            cell = compact(row[col]) if col < len(row) else ""
            if cell:
                printed = _counted_year(cell)
                year_line = min(year_line, line) if printed is not None else year_line
            if printed is not None and (cell or len(header) > 1):
                years[col] = printed
    if len(set(years.values())) > 1 and not _by_age(header):
        years = _within_groups(years, header[year_line])
        chosen = year if year in years.values() else max(years.values())
        header = [_over_each_year(row, years) if line < year_line else row for line, row in enumerate(header)]
        kept = [col for col in range(width) if years.get(col, chosen) == chosen
                and not (col not in years and any(_CHANGE_WORD in compact(row[col]) for row in header))]
        header = [tuple(row[col] for col in kept) for row in header]
        return ((_without_year_line(header, year_line) if len(header) > 1 else header),
                [tuple(row[col] for col in kept) for row in data], 0)
    # a row a year, and a change between them (`증 감`) kept in the grid alone
    rows = [_counted_year(label) for row in data if _CHANGE_WORD not in (label := compact(row[0]))]
    if len(rows) > 1 and None not in rows and len(set(rows)) == len(rows) and not _by_age(header):
        chosen = year if year in rows else max(rows)
        at = next(k for k, row in enumerate(data) if _counted_year(compact(row[0])) == chosen)
        return header, data[at:at + 1], at
    return header, data, 0


def _by_age(header) -> bool:
    """Whether a header names the years its vehicles were made or bought (`_AGE_HEADER_RE`): asked only of a table
    printing several years, not of every fleet's header cells."""
    return any(_AGE_HEADER_RE.search(compact(cell)) for row in header for cell in row)


def _without_year_line(header: list[tuple[str, ...]], year_line: int) -> list[tuple[str, ...]]:
    """A header of kinds (or statuses) with the line of the one year kept left out, as a fleet of one year prints it
    (`승 용 | 화 물` over `2025년 | 2025년`): the year names no kind (before, one row's were read `('승용', '2025년',
    3)`); its first cell (`구 분`) goes to the line that takes its place where that prints none."""
    rest = header[:year_line] + header[year_line + 1:]
    first = rest[0]
    if not first[0].strip():
        rest[0] = (header[year_line][0], *first[1:])
    return rest


def _within_groups(years: dict[int, int], year_line: tuple[str, ...]) -> dict[int, int]:
    """The years by column with the last year's group no wider than the one before it: a year merged over its group
    spans as many columns as each year before it, so that a blank beside it after (a `계` or `비 고` merged down,
    printed in the line under) is no column of that year (before, it was, and was left out with that year)."""
    starts = [col for col in sorted(years) if col < len(year_line) and year_line[col].strip()]
    if len(starts) < 2:
        return years
    end = starts[-1] + starts[-1] - starts[-2]
    return {col: printed for col, printed in years.items() if col < end}


def _over_each_year(row: tuple[str, ...], years: dict[int, int]) -> tuple[str, ...]:
    """A header's line over its years with each label merged over a group of them written over each (`승 용 |` over
    `2024년 | 2025년` is `승 용 | 승 용`), so that the column of the year kept keeps it (before, the kinds over the
    years were lost with the first year's columns: `계` alone read)."""
    cells, group = list(row), set()  # the years under the label last printed
    for col in range(1, len(cells)):
        if cells[col].strip():
            group = {years.get(col)}
        elif col in years and None not in group and group and years[col] not in group:
            cells[col] = cells[col - 1]
            group.add(years[col])
        else:
            group = set()
    return tuple(cells)


def _counted_year(label: str) -> int | None:
    """The year a compacted label starts with (`_COUNTED_YEAR_RE`), None for one that starts with none."""
    found = _COUNTED_YEAR_RE.match(label) if label[:1].isdigit() or label[:1] in "’‘'`" else None
    return full_year(found.group(1)) if found else None


def _shortfalls_agree(printed: dict[str, list[VehicleCount]], negatives: dict[str, list[VehicleCount]]) -> bool:
    """Whether the table read with its figures alone in brackets as negatives (`as_negative`) reads them so in its
    과부족 only (the vehicles held and the 정수 as read without), and there they are 보유 − 정수: every one, or two at
    least and more than are not (`bracketed_agree`: a wrong one is then `sum.vehicles`' finding)."""
    def cells(status: str, counts: dict[str, list[VehicleCount]]) -> set[tuple[str, str, int]]:
        return {(c.category, c.kind, c.count) for c in counts[status]}

    if any(cells(status, printed) != cells(status, negatives) for status in (HELD, QUOTA)):
        return False
    held, quota = ({(c.category, c.kind): c.count for c in negatives[status]} for status in (HELD, QUOTA))
    bracketed = cells(SHORTFALL, negatives) - cells(SHORTFALL, printed)
    agreeing = [(category, kind) for category, kind, count in bracketed
                if (category, kind) in held and (category, kind) in quota
                and held[category, kind] - quota[category, kind] == count]
    return bool(bracketed) and (len(agreeing) == len(bracketed) or bracketed_agree(len(agreeing), len(bracketed)))


def _groups_add_up(groups: list[range], kinds_row: list[str], data) -> bool:
    """Whether each group that starts with its total (`계 | 승용 | 승합`) is its kinds' sum in every row."""
    for group in groups:
        if len(group) > 1 and is_total(kinds_row[group[0]]):
            for row in data:
                total = _count(row[group[0]])
                if total is not None and total != sum(_count(row[col]) or 0 for col in group[1:]):
                    return False
    return True


def _count(cell: str) -> int | None:
    """A count, its bracket note (`5(1)`) aside: the grid kept beside the counts holds the note."""
    counted = parse_count_note(cell)
    return counted[0] if counted else None


def _label_columns(header, data) -> int:
    """How many columns of row labels stand left of the figures (`구 분`, and `차 종` or `부 서` beside it): the
    first at least, also where it numbers the rows (`연번`), whose figures count no vehicles; none where the
    rows are figures alone: the table's one row, its first under a status (`승 용` over `정 수 | 현 원`, `정 수`
    over `계`), or each of several rows first printing a figure that is no year (`13 | 5 | 4` under `계 | 승용 |
    승합`)."""
    width = len(data[0]) if data else 0
    if len(data) == 1 and width and is_number(data[0][0]) and any(
            _status(compact(row[0])) in (HELD, QUOTA, SHORTFALL) for row in header if row):
        return 0
    if len(data) > 1 and width and all(is_number(row[0]) and not YEAR_LABEL_RE.match(row[0]) for row in data):
        return 0
    return next((col for col in range(1, width) if any(is_number(row[col]) for row in data)), width)


def _unread(header, data, counts) -> bool:
    """Whether the rows print more than the counts hold: a word among the figures, a figure left out, a
    figure's bracket note (`5(1)`), or a label right of the first that names no kind and no category (`차 명`
    beside `차 종`: `아반떼`)."""
    n_labels = _label_columns(header, data)
    if n_labels > 1:
        named = {c.column for c in counts} | {word for c in counts for word in c.category.split(" ")}
        if any(cell and not is_total(cell) and _unbracketed(compact(cell)) not in named
               for row in data for cell in row[1:n_labels]):
            return True
    cells = [cell for row in data for cell in row[n_labels:] if cell]
    figures = sum(1 for cell in cells if is_number(cell))
    return figures < len(cells) or figures > len(counts) or any(cell.endswith(")") for cell in cells)


@functools.lru_cache(maxsize=256)
def _status(label: str) -> str | None:
    """What a row or column labelled so holds, where it is a status of the fleet and no kind of vehicle: its quota
    (`정 수`), the vehicles held (`보 유`, `현 원`, `대 수`), the difference (`과부족`) or no figures (`비 고`).
    Cached: every header cell and row label is asked, and they repeat table after table (`승용`, `정수`)."""
    if "정수" in label:
        return QUOTA
    if any(word in label for word in SHORTFALL_WORDS):
        return SHORTFALL
    if any(word in label for word in _OTHER_WORDS):
        return _OTHER
    return HELD if any(word in label for word in _HELD_WORDS) else None


def _status_rows(data) -> dict[str, int]:
    """`정 수 | 12 | 6 …` over `현 원 | 11 | 6 …`: rows that are statuses, not categories; where each status is.
    Empty unless every row is one and one holds the vehicles held."""
    statuses = [_status(compact(row[0])) for row in data]
    if len(data) < 2 or None in statuses or HELD not in statuses:
        return {}
    return {status: statuses.index(status) for status in statuses}


def _without_row_label(header, row, fleet_name):
    """`구분 | 계 | 승용 …` over `대수 | 4 | 3 …`: a first column that labels the row of figures is no kind; the
    label names the row's category unless it only says what the figures are (`대수`, `보유 현황`)."""
    label = compact(row[0]) if row else ""
    if not label or is_number(row[0]) and not YEAR_LABEL_RE.match(label):  # `2025`: the year's row (`_of_one_year`)
        return header, row, fleet_name
    if not is_total(label) and not _says_what_figures_are(label):
        fleet_name = label
    return tuple(r[1:] for r in header), row[1:], fleet_name


def _says_what_figures_are(label: str) -> bool:
    """`대수`, `보유 현황`, `차량`, `차량 대수`; not a label naming a fleet, `관용차량`, `업무용 차량`."""
    return (any(word in label for word in _FIGURES_WORDS) or label.startswith("차량")
            or _counted_year(label) is not None)  # the year of a fleet counted by year (`_of_one_year`)


def _split_label(label: str) -> tuple[str, str | None]:
    """`임시 소 계` is a category and its 소계 printed in one cell."""
    text = compact(label)
    for total in ("소계", "계"):
        if text.endswith(total) and len(text) > len(total) and not is_total(text):
            return text[: -len(total)], "소계"
    return text, None


def _horizontal(header, values_row, fleet_name, source):
    """Two header rows (categories over kinds) and one row of figures; the grand total's column (`총 계`,
    a `합 계` printed last) is a label merged down the header rows, wherever it stands."""
    width = len(values_row)
    values = [_count(c) for c in values_row]
    top = header[0]
    below = header[1] if len(header) > 1 else ("",) * width
    records: list[VehicleCount] = []
    total_col = next((col for col in range(width) if is_total(top[col]) and not compact(below[col])), None)
    if total_col is not None:
        records.append(VehicleCount(category="계", kind="계", count=values[total_col] or 0, source=source))
    columns = [col for col in range(width) if col != total_col]
    categories: list[tuple[str, int]] = []  # (name, first column)
    kinds: list[str | None] = [None] * width
    for col in columns:
        if compact(top[col]):
            name, kind = _split_label(top[col])
            categories.append((name, col))
            if kind and not compact(below[col]):
                kinds[col] = kind
        if compact(below[col]):
            kinds[col] = "소계" if is_total(below[col]) else compact(below[col])
    if len(header) == 1:  # one header row: each column a kind of the fleet
        for col in columns:
            if values[col] is not None and kinds[col] is None and compact(top[col]):
                records.append(VehicleCount(category=fleet_name, kind=compact(top[col]), count=values[col],
                                            source=source))
        return records, None
    spans = [(name, [c for c in columns if first <= c < (categories[i + 1][1] if i + 1 < len(categories) else width)])
             for i, (name, first) in enumerate(categories)]
    for _name, cols in spans:  # a category merged down the header rows, with no kinds below: its own 소계
        if len(cols) == 1 and kinds[cols[0]] is None:
            kinds[cols[0]] = "소계"
    if _consistent(spans, kinds, values, records):
        for name, cols in spans:
            for col in cols:
                if values[col] is not None and kinds[col]:
                    records.append(VehicleCount(category=name, kind=kinds[col], count=values[col], source=source))
        return records, None
    repaired = _repair(spans, columns, kinds, values, records[0].count if records else None)
    if repaired is None:
        return records + [VehicleCount(category=name, kind=kinds[col] or "", count=values[col], source=source)
                          for name, cols in spans for col in cols if values[col] is not None], None
    groups, note = repaired
    for name, cells in groups:
        records.extend(VehicleCount(category=name, kind=kind, count=value, source=source) for kind, value in cells)
    return records, note


def _consistent(spans, kinds, values, records) -> bool:
    """Every printed category starts with a 소계 equal to its kinds, and the 소계s add up to the total."""
    subtotals = 0
    for _name, span in spans:
        cols = [c for c in span if values[c] is not None]
        if not cols or kinds[cols[0]] != "소계" or any(kinds[c] in (None, "소계") for c in cols[1:]):
            return False
        if len(cols) > 1 and values[cols[0]] != sum(values[c] for c in cols[1:]):
            return False
        subtotals += values[cols[0]]
    return not records or records[0].count == subtotals


def _repair(spans, columns, kinds, values, total):
    """Re-group the figures of the columns (all but the grand total's) so that each category is [소계, kinds…]
    with 소계 = Σ kinds, the 소계s sum to the total, and the printed kind labels fill the kind columns in order.
    The grouping that takes the fewest wrong cells to add up wins, then the one closest to the printed: none, or
    one where each category starts within a column of where it is printed (a converter shifts a label by a
    column; a figure printed wrong must not undo that repair, and farther off, sums holding by chance are no
    evidence). None when no grouping is so, or the winner is the header as printed (its wrong cell is the
    checks' to flag)."""
    figures = [values[c] for c in columns if values[c] is not None]
    kind_labels = [kinds[c] for c in columns if kinds[c] and kinds[c] != "소계"]
    names = [name for name, _cols in spans]
    if len(figures) - len(names) != len(kind_labels):  # each category's first figure is its 소계, the rest kinds
        return None
    printed_sizes = [sum(1 for c in cols if values[c] is not None) for _name, cols in spans]
    printed_starts = _starts(printed_sizes)
    best: tuple[int, int, list[int]] | None = None  # (wrong cells, distance from the printed, sizes): the least wins

    def search(pos: int, sizes: list[int], misses: list[int], distance: int, near: bool) -> None:
        """`misses`: each category so far whose 소계 is not its kinds' sum, by how much (at most one: a cell);
        `distance`: how far its sizes are from the printed; `near`: each category so far starts within a column of
        where it is printed. The sizes nearest the printed are tried first, and a grouping that cannot beat the
        best found is left."""
        nonlocal best
        group = len(sizes)
        near = near and (group == len(names) or abs(pos - printed_starts[group]) <= 1)
        if (misses and not near) or (best is not None and (1 if misses else 0, distance) > best[:2]):
            return
        if group == len(names):
            off = 0 if total is None else total - sum(figures[p] for p in _starts(sizes))
            found = (_wrong_cells(misses, off), distance, sizes)
            if (found[0] == 0 or (found[0] == 1 and near)) and (best is None or found < best):
                best = found
            return
        left = len(figures) - pos
        fits = [left] if group == len(names) - 1 else range(1, left - (len(names) - group - 1) + 1)
        for size in sorted(fits, key=lambda size: abs(size - printed_sizes[group])):
            miss = figures[pos] - sum(figures[pos + 1: pos + size]) if size > 1 else 0
            if not (miss and misses):
                search(pos + size, [*sizes, size], [*misses, miss] if miss else misses,
                       distance + abs(size - printed_sizes[group]), near)

    search(0, [], [], 0, True)
    if best is None:
        return None
    sizes = best[2]
    groups, labels, pos = [], iter(kind_labels), 0
    moved = []
    for name, size, printed in zip(names, sizes, printed_sizes, strict=True):
        cells = [("소계", figures[pos])] + [(next(labels), figures[pos + k]) for k in range(1, size)]
        groups.append((name, cells))
        if size != printed:
            moved.append(f"{name} {size}칸(표기 {printed}칸)")
        pos += size
    if groups == [(name, [(kinds[c], values[c]) for c in cols if values[c] is not None]) for name, cols in spans]:
        return None
    note = ("머리글이 합계와 맞지 않아 숫자의 합으로 열을 다시 배정함: " + ", ".join(moved) if moved
            else "머리글의 차종이 숫자 칸과 맞지 않아 차종 이름을 순서대로 다시 배정함")  # the spans were right
    return groups, note


def _wrong_cells(misses: list[int], off: int) -> int:
    """How many cells printed wrong, at the fewest, make a grouping not add up: `misses` the differences of its
    categories' 소계s from their kinds' sums, `off` the total's from the 소계s' sum. One cell is a kind (its
    category misses), the total or a category with no kinds (the total is off), or a 소계 (both, by as much each
    way); 2 stands for more."""
    if not misses:
        return 0 if off == 0 else 1
    return 1 if len(misses) == 1 and off in (0, -misses[0]) else 2


def _starts(sizes: list[int]) -> list[int]:
    starts, pos = [], 0
    for size in sizes:
        starts.append(pos)
        pos += size
    return starts


# a column of row labels headed as the vehicles' kinds: `차 종`, `차종별`, `차량종류`, `종 류`; rows of the categories
# the tool knows (`승용`, `화물차`) are categories all the same
_KINDS_LABEL_RE = patterns.compile(r"^(?:차량)?(?:차종|종류)별?$")
_CATEGORIES = ("승용", "승합", "화물", "특수")


def _vertical(header, data, table, first_row: int, fleet_name: str) -> dict[str, list[VehicleCount]]:
    """Categories as rows, and as columns kinds (`구분 | 계 | 소형 | 중형`, a kind under its category's label in a
    second header row: `승 용` over `소형 | 중형`) or statuses (`구분 | 정수 | 보유 | 과부족`). Beside a column of the
    vehicles held, a second column of labels holds each category's kinds (`구 분 | 차 종 | 대 수`: `승 용 | 소 계 | 5`
    over ` | 소 형 | 2`, the category merged down); beside columns of kinds, it and any more name the rows of each
    group merged down the first (`구 분 | 부 서`: `행정지원국 | 총무과`); a row of figures alone, with no label, is
    the fleet's, and several such rows none (which is the 정수, which the vehicles held? nothing says: the table
    stays a grid); rows under a label of kinds (`차 종`), none a category, are the fleet's kinds; rows of a category's
    models (`구 분 | 차 종 | 차 명 | 연 료 | 대 수`) are counts of its kinds, each of the fuel they print, a column
    of words beside them (`용 도`) no kind. The counts of each status: the vehicles held, and the quota's and the
    과부족's where columns print them."""
    width = len(data[0]) if data else 0
    n_labels = _label_columns(header, data)
    by_status: dict[str, list[VehicleCount]] = {HELD: [], QUOTA: [], SHORTFALL: []}
    if not n_labels and len(data) > 1:
        return by_status
    read = [None if column is not None and _of_words(data, col) else column
            for col, column in enumerate(_column_kinds(header, width, 1 if n_labels else 0))]
    # the columns of kinds and totals, which tell what the rows are: a category's own 소계 beside its kinds is no
    # kind (`_category_subtotal`), read with them all the same, that the checks hold it to their sum
    columns = [None if column is not None and _category_subtotal(column[1]) else column for column in read]
    kind_col = 1 if n_labels > 1 and all(columns[col] is None or columns[col][1] is None
                                           for col in range(n_labels, width)) else None
    labels = [compact(row[0]) if n_labels else fleet_name for row in data]
    # `차 종 | 정 수 | 보 유` over `압축진개차 | 28 | 27`: rows of the fleet's kinds, as where they are columns
    # (over columns of fuels, `차 종 | 계 | 경 유 | CNG`, each row is its kind's 소계 and fuels, as under `구 분`: a
    # category, which `_kinds_categorised` puts under the one its name tells)
    kinds_as_rows = (n_labels == 1 and any(_KINDS_LABEL_RE.match(compact(row[0])) for row in header if row)
                     and not any(label.startswith(_CATEGORIES) for label in labels)
                     and not any(column and column[1] and FUEL_RE.match(column[1]) for column in columns))
    # `승용(전기) | 1`, `화물(1톤) | 2` beside no column of kinds: the law's category, the bracket its kind, as a
    # list's (before, `승용(전기)` a category of its own)
    kinds_bracketed = n_labels == 1 and not kinds_as_rows and all(column is None or column[1] is None
                                                                  for column in columns)
    if n_labels > 1:
        labels = merged_labels(labels, [is_total(row[1]) for row in data])
    if kind_col is None and n_labels > 1:  # `행정지원국 | 총무과`: a group's rows, each its category
        labels = _nested(labels, data, n_labels)
    fuel_col = _fuel_column(header, n_labels) if kind_col is not None else None
    # the label over each column of rows' totals as printed (`계`, `합 계`), that a finding names it so
    total_labels = [label if is_total(label := next((compact(row[col]) for row in reversed(header)
                                                     if col < len(row) and compact(row[col])), "")) else None
                    for col in range(width)]
    for offset, (row, label) in enumerate(zip(data, labels, strict=True)):
        source = row_source(table, first_row + offset)
        category = "계" if is_total(label) else fleet_name if kinds_as_rows else label
        row_total = "계" if category == "계" else "소계"
        if kinds_as_rows and category != "계":
            row_kind = label
        else:
            row_kind = row_total if kind_col is None or is_total(row[kind_col]) else compact(row[kind_col]) or row_total
        if kinds_bracketed and (printed := CATEGORY_KIND_RE.match(label)) and printed.group(2):
            category, row_kind = printed.groups()
        for col in range(n_labels, width):
            if read[col] is None or not is_number(row[col]):
                continue
            status, kind = read[col]
            if _category_subtotal(kind):  # `화 물` over `계`: `화물 계`
                printed_kind = None if total_labels[col] == _SUBTOTAL else (
                    f"{kind.removesuffix(_SUBTOTAL)}{total_labels[col]}")
            else:
                printed_kind = total_labels[col] if kind is None and row_kind == row_total and kind_col is None \
                    and total_labels[col] != row_kind else None
            by_status[status].append(VehicleCount(
                category=category, kind=kind or row_kind, count=_count(row[col]) or 0, source=source,
                fuel=fuel_of(row[fuel_col]) if fuel_col is not None and kind is None else None,
                printed_kind=printed_kind,
                # the 계 row printed otherwise (`합 계`, `총 계`), what a finding names it by
                printed_category=label if category == "계" and kind_col is None and label != "계" else None))
    if kind_col is None or n_labels < 3:
        return by_status
    return {status: _models_together(counts) for status, counts in by_status.items()}


_SUBTOTAL = "소계"


def _category_subtotal(kind: str | None) -> bool:
    """Whether a kind as `_vertical` reads a column is a category's own 소계 printed beside its kinds (`화물 소계`
    of `화 물` over `소 계 | 트럭 | 청소차`), which the fleet keeps apart (`VehicleFleet.subtotals`)."""
    return kind is not None and kind.endswith(f" {_SUBTOTAL}")


def _subtotals_apart(counts: dict[str, list[VehicleCount]]) -> tuple[dict[str, list[VehicleCount]],
                                                                      dict[str, list[VehicleCount]]]:
    """The counts of each status without the categories' own 소계s printed beside their kinds, and those 소계s:
    what the fleet holds and the kinds sum as before, and what the checks hold to their kinds' sum."""
    return ({status: [c for c in cells if not _category_subtotal(c.kind)] for status, cells in counts.items()},
            {status: found for status, cells in counts.items()
             if (found := [c for c in cells if _category_subtotal(c.kind)])})


def _of_words(data, col: int) -> bool:
    """Whether a column prints words and no figure (`용 도 | 재난현장 지휘`): it counts no vehicles, whatever its
    label, and names no kind the rows' labels would be read across."""
    cells = [row[col] for row in data if col < len(row) and row[col]]
    return bool(cells) and not any(is_number(cell) for cell in cells)


def _fuel_column(header, n_labels: int) -> int | None:
    """The column of row labels printing each row's fuel (`구 분 | 차 종 | 차 명 | 연 료 | 대 수`), right of its
    kind."""
    return next((col for col in range(2, n_labels) if any(
        word in compact(row[col]) for row in header if col < len(row) for word in FUEL_LABELS)), None)


def _models_together(counts: list[VehicleCount]) -> list[VehicleCount]:
    """Rows that name more than their category and kind, each a model of the kind (`승 합 | 중형 | 스타리아` and
    `승 합 | 중형 | 카니발`), as one count of the kind, their sum, its fuel the one all print (else none): a count is
    of a kind, as a vehicle list's are (`vehicle_list`), not of a model."""
    together: dict[tuple[str, str | None], VehicleCount] = {}
    for count in counts:
        key = (count.category, count.kind)
        if (held := together.get(key)) is None:
            together[key] = count
        else:
            together[key] = held.model_copy(update={"count": held.count + count.count,
                                                    "fuel": held.fuel if held.fuel == count.fuel else None})
    return list(together.values())


def _nested(groups: list[str], data, n_labels: int) -> list[str]:
    """Each row's category where columns of labels nest (`행정지원국 | 총무과`): its labels from the group merged
    down the first column to its own, a middle one carried down its merged cells within the group, joined
    (`행정지원국 총무과`); a row that prints a total in place of its own label (`행정지원국 | 소 계`) is its group's."""
    categories: list[str] = []
    middle: list[str] = []
    above = None
    for group, row in zip(groups, data, strict=True):
        labels = [compact(cell) for cell in row[1:n_labels]]
        if group != above:
            middle, above = [""] * (n_labels - 2), group
        for depth, label in enumerate(labels[:-1]):
            if label:  # a new middle group: the ones below it start again
                middle[depth:] = [label] + [""] * (len(middle) - depth - 1)
        levels = [group, *middle, labels[-1]]
        total_at = next((depth for depth, level in enumerate(levels) if is_total(level)), len(levels))
        categories.append(" ".join(level for level in levels[:total_at] if level) or "계")
    return categories


def _column_kinds(header, width: int, first: int) -> list[tuple[str, str | None] | None]:
    """What each column of a table with categories as rows counts: its status (`HELD`, `QUOTA` under `정 수`,
    `SHORTFALL` under `과부족`) and its kind (`소형`, `승용 소형` where a category spans kinds in a second header row,
    `승 용` over `정 수 | 현 원`), the kind None for each row's total (`계`, a status alone), the category's 소계 for
    its own 소계 beside its kinds (`화물 소계` of `화 물` over `소 계 | 트럭`, or over `계`: `_category_subtotal`), the
    category for its 소계 with no kind beside it (`특수` of `특 수` over `소 계` alone: its vehicles);
    None for a column not read (no label, `비 고`, a column printed again); `first` is the first column whose
    label can head figures, right of the rows' labels' heading."""
    rows = [[compact(cell) for cell in row] + [""] * (width - len(row)) for row in header]
    for depth in range(len(rows) - 1):  # a label merged over the columns of a group below spans them
        below = [next((r[col] for r in rows[depth + 1:] if r[col]), "") for col in range(width)]
        spread = spread_labels(rows[depth], _kind_groups(below, first, width))
        rows[depth] = [spread[col] if below[col] else cell for col, cell in enumerate(rows[depth])]
    labels_of = [[row[col] for row in rows if row[col]] for col in range(width)]
    # `보유 현황` over the kinds says what all count, as the year a fleet is counted by does (`_of_one_year`)
    named_of = [[label for label in labels if not _status(label) and _counted_year(label) is None]
                for labels in labels_of]
    columns: list[tuple[str, str | None] | None] = []
    for labels, named in zip(labels_of, named_of, strict=True):
        status = (_status(labels[-1]) if labels else None) or HELD
        if not labels or status == _OTHER:
            columns.append(None)
            continue
        if len(named) > 1 and is_total(named[-1]):
            # a category's 소계 with none of its kinds beside it (`특 수` over `소 계` alone) is its count, as `특 수`
            # printed over nothing is
            beside_kinds = sum(other[:-1] == named[:-1] for other in named_of) > 1
            column = (status, " ".join([*named[:-1], _SUBTOTAL] if beside_kinds else named[:-1]))
        else:
            column = (status, " ".join(named) if named and not is_total(named[-1]) else None)
        columns.append(None if column in columns else column)  # the first column of a status is the count
    return columns
