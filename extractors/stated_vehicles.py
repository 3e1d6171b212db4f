"""A fleet the general part states in a line with no table (`3. 차량 현황 : 총 2대 (승용 1, 승합 1)`, `○ 보유차량:
3대 (승용 2, 화물 1)`), read as the one row of counts under their labels a table would print: its `총N대` the
printed total, each category in brackets a kind of the fleet's count (its fuel, where all are fuels), so that the
checks compare them and `vehicles` holds it as a table's fleet."""

from __future__ import annotations

import datetime as dt

import regex

from extractors.context import as_of_in, source_of
from extractors.vehicles import (
    HEADER_COUNT_WORDS,
    NOT_FLEET_WORDS,
    fleet_header,
    is_law_category,
    is_vehicles_caption,
)
from pipeline import patterns
from pipeline.document import Bullet, Heading, Paragraph
from pipeline.values import compact, fuel_named
from schemas import VehicleCount, VehicleFleet

# the words before the count, its total (`총 2대`, `: 3대`, `공용차량 12대`), its categories in brackets after it and
# the date it may print last in brackets of its own (`(2025. 5. 31. 기준)`)
_STATED_RE = patterns.compile(r"^(?P<head>.*?)(?:총|[:：])?\s*(?<![\d,])(?P<total>[\d,]+)\s*대\s*"
                              r"[(（](?P<parts>[^()（）]+)[)）]\s*(?P<date>[(（][^()（）]+[)）])?\s*$")
_PARTS_APART_RE = patterns.compile(r"\s*[,，·ㆍ/]\s*")
# one category's count: `승용 1`, `승합 2대`, `화물: 1`
_PART_RE = patterns.compile(r"^(\p{Hangul}[\p{Hangul}\s]*?)\s*[:：]?\s*([\d,]*\d)\s*대?$")
# a part that is no category of the vehicles held: the quota or a status (`정수 3`, `현원 3`), or a 계
_STATUS_RE = patterns.compile(rf"^(?:{HEADER_COUNT_WORDS}|과\s*부\s*족|계|합\s*계|소\s*계)$")
# the words a line's head may print naming nothing but its count (`○ 총 12대`, `○ 보유: 3대`)
_BARE_HEAD_RE = patterns.compile(rf"^[\s\d.)]*(?:{HEADER_COUNT_WORDS}|현\s*황)?\s*$")


def stated_fleet(block: Heading | Paragraph | Bullet, heading: str | None, year: int | None,
                 part_as_of: dt.date | None) -> VehicleFleet | None:
    """The fleet the line states, where it names vehicles (`차량 현황`, `보유차량`) or, naming nothing but its count
    (`○ 총 3대 (승용 2, 화물 1)`), is under a vehicles `heading`; None for any other line, one counting other
    things (`○ 방역기 : 총 2대 (휴대용 1, 차량용 1)`) or vehicles bought, sold or driven (`○ 친환경차량 구매 : 총 5대
    (…)`), or whose brackets hold no categories (`(정수 3)`, `(전기차 2대 포함)`) or one part short of the total
    that is no category of the law's (`총 3대 (전기 1)`, `총 5대 (임차 2)`). One category counting them all is the
    fleet (`○ 보유차량 : 1대 (승용 1)`), and one of the law's short of it too, its total checked (`총 3대 (화물 2)`)."""
    if "대" not in block.text or (found := _STATED_RE.match(block.text)) is None:
        return None
    as_of = as_of_in(found["date"], year) if found["date"] else None
    if found["date"] and as_of is None:  # brackets after the categories' that hold no date: a note read nowhere
        return None
    head = found["head"]
    names_fleet = is_vehicles_caption(head)
    if not (names_fleet or _BARE_HEAD_RE.match(head) and is_vehicles_caption(heading)):
        return None
    if any(word in compact(head) for word in NOT_FLEET_WORDS):
        return None
    parts = [_PART_RE.match(part) for part in _PARTS_APART_RE.split(found["parts"].strip())]
    if any(part is None or _STATUS_RE.match(part[1]) for part in parts) or not _all_of_total(parts, found["total"]):
        return None
    caption = block.text if names_fleet else f"{heading} {block.text}"
    caption, printed_total, quota, name = fleet_header(caption, None if names_fleet else heading)
    fuels = [fuel_named(part[1]) for part in parts]
    if any(fuels) and not all(fuels):  # fuels among kinds (`승용 2, 전기차 1`): a part of the fleet, no category
        return None
    source = source_of(block)
    counts = [VehicleCount(category=name, kind=None if fuel else compact(part[1]), fuel=fuel,
                           count=int(part[2].replace(",", "")), source=source)
              for part, fuel in zip(parts, fuels, strict=True)]
    return VehicleFleet(caption=caption, name=name, printed_total=printed_total, quota=quota,
                        as_of=as_of or part_as_of, heading_source=source, counts=counts, source=source)


def _all_of_total(parts: list[regex.Match], total: str) -> bool:
    """Whether the categories in brackets are the fleet's, not a part of it: two or more, one counting the whole
    (`1대 (승용 1)`), or one of the law's categories, of which every vehicle is one, so that it is the fleet told by
    them, short (`총 3대 (화물 2)`: the total 3 checked against the 2 counted). Any other one counting less is a count
    "of which" (`총 3대 (전기 1)`, `총 5대 (임차 2)`), as `(전기차 2대 포함)` prints."""
    return (len(parts) > 1 or int(parts[0][2].replace(",", "")) == int(total.replace(",", ""))
            or is_law_category(parts[0][1]))
