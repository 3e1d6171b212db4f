"""perf99: a half or the whole year alone (`연중`, `하반기 / 804,000천원`) read by a pattern of its shape
(`_plain_season`), the words of the year's parts asked only of a text printing 연, a plain month's groups read once
(`_plain_months`), a fleet's bracketed name taken from its match, not a template; periods, items' fields and fleets'
names read as main 9c3070fa read them (its functions kept here, word for word)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import projects, vehicles
from extractors.vehicles import _CAPTION_BRACKETS_RE
from pipeline import values
from pipeline.values import (
    _ALL_YEAR_RE,
    _PLAIN_MONTHS_RE,
    _YEAR_PART_WORDS,
    Period,
    _in_year,
    _iso_year,
    _month_points,
    _season_points,
    _span,
    _with_seasons_apart,
)


def _plain_months_main(text, year):
    if (match := _PLAIN_MONTHS_RE.fullmatch(text)) is None:
        return None
    first, last = int(match[1]), int(match[2] or match[1])
    where = match.start(1), match.end(2 if match[2] else 1) + 1
    if first <= last:  # within the year, as `_in_year` reads it, without its general steps
        return *where, Period(first, last, year, None, _iso_year(year)[first - 1:last])
    start = 12 * (year or 0) + first - 1
    end = start + last - first + 12
    return *where, _in_year(start, end, year, False, [(start, end)])


def _printed_period_main(text, year, item=None):
    # each pattern is tried only when the text holds a character it needs: most texts need none
    if (wol := "월" in text) and (found := _plain_months_main(text, year)):
        return found
    if ((wol or "." in text or "-" in text or "/" in text)
            and (points := _month_points(text, year))
            and (found := _span(_with_seasons_apart(points, text), text, year, item))):
        return found
    if (((half := "반기" in text) or (quarter := "분기" in text) or any(word in text for word in _YEAR_PART_WORDS))
            and (found := _span(_season_points(text), text, year, item))):
        return found
    # the words of _ALL_YEAR_RE hold 월, 분기 or 반기 (asked above), or one of these
    if ((wol or half or quarter or "매" in text or "상시" in text or "격주" in text
         or ("회" in text and "주" in text)) and (match := _ALL_YEAR_RE.search(text))):
        return match.start(), match.end(), Period.over(1, 12, year)
    return None


def _fleet_name_main(name):
    return _CAPTION_BRACKETS_RE.sub(r"\1", name)


# values of items as Korean reports print them: months, ranges, halves, the whole year, days, amounts, steps
pieces = st.lists(st.sampled_from([
    "4월", "2월~3월", "11월~2월", "9월 ~ 11월", "12월", "03월", "’25. 6월", "익년 2월", "상반기", "하반기", "연중",
    "연간", "연내", "연초", "연말", "연말연시", "상·하반기", "2분기", "2025. 6. 12. ~ 6. 27.", "3. 10.", "(3.10.)",
    "95,700천원", "32억 1,000만원", "804,000천원", "12,000천원", "/", " / ", ", ", " ", "~", "-", "(", ")", "제외",
    "(7~8월 제외)", "착공", "준공", "매월", "격월", "상시", "월 2회", "부터", "까지", "이후", "→", "당초", "변경",
    "교육", "운영", "점검", "2026년", "48개소", "분", "지급", "기준", "현재", "연중콘도", "연말까지", "하반기에", "--",
]), max_size=6).map("".join)
years = st.sampled_from([None, 2024, 2025])


@settings(max_examples=8000)
@given(pieces, years)
def test_periods_printed_as_before(text, year):
    assert values._printed_period(text, year) == _printed_period_main(text, year)
    assert values._plain_months(text, year) == _plain_months_main(text, year)


@settings(max_examples=3000)
@given(st.sampled_from(["", " ", "  "]), st.sampled_from(["상반기", "하반기", "연중", "연간", "연내", "연초", "연말"]),
       st.sampled_from(["", " / 804,000천원", "/95,700천원", " / 5억원", " ", " / 12,000천원 "]), years)
def test_a_plain_half_read_as_before(before, half, after, year):
    text = f"{before}{half}{after}"
    assert values._plain_season(text, year) is not None
    assert values._printed_period(text, year) == _printed_period_main(text, year)


def test_plain_halves():
    assert values._plain_season(" 하반기", 2025) == (1, 4, Period(7, 12, 2025, None, tuple(
        f"2025-{month:02d}" for month in range(7, 13))))
    assert values._plain_season("연중 / 804,000천원", None)[2] == Period.over(1, 12, None)
    assert values._plain_season(" 연초", 2025)[2] == Period(1, 1, 2025, None, ("2025-01",))
    assert values._plain_season("연말연시", 2025) is None  # into the next year: the full reading's
    assert values._plain_season("2026년 상반기", 2025) is None  # a year of its own: the full reading's
    assert values._plain_season("하반기부터", 2025) is None
    assert values.parse_period(" 연말연시", 2025)[:4] == (12, 1, 2025, 2026)


# whole items: a label, its colon and values as above
items = st.builds(lambda label, colon, value: f"{label}{colon}{value}",
                  st.sampled_from(["", "교육", "사업비", "기 간", "3월", "상반기 집중 정리(3월~5월)", "대 상"]),
                  st.sampled_from(["", ": ", " : ", "："]), pieces)


@settings(max_examples=4000)
@given(items, years)
def test_items_fields_read_as_before(text, year):
    # each of `item_fields`' periods and amounts, read with main's `_printed_period` in place of this one
    now = projects.item_fields(text, year)
    printed_period = values._printed_period
    values._printed_period = _printed_period_main
    try:
        assert projects.item_fields(text, year) == now
    finally:
        values._printed_period = printed_period


@settings(max_examples=2000)
@given(st.sampled_from(["", " ", "\n"]), st.sampled_from(["【", "〔", "《", ""]),
       st.sampled_from(["관용차량", " 공용 차량 ", "", "차량(전기)", "【"]), st.sampled_from(["】", "〕", "》", ""]),
       st.sampled_from(["", " ", "\n", " 현황"]))
def test_fleet_names_as_before(before, opening, name, closing, after):
    caption = f"{before}{opening}{name}{closing}{after}"
    bracketed = _CAPTION_BRACKETS_RE.match(caption)  # as `fleet_header` takes its name out of the brackets
    assert (bracketed[1] if bracketed else caption) == _fleet_name_main(caption)


def test_a_bracketed_fleet_name():
    assert vehicles.fleet_header("【 관용차량 】")[3] == "관용차량"


_RECOVERED_STARTS_MAIN = frozenset("회환추반")


def _recovered_main(field):
    return not _RECOVERED_STARTS_MAIN.isdisjoint(field) and projects._RECOVERED_RE.search(field) is not None


def _amount_fields_main(fields, text):
    if len(fields) == 1 or _RECOVERED_STARTS_MAIN.isdisjoint(text):  # most items: no count of things recovered
        return [field for field in fields if projects._may_print_amount(field) and not _recovered_main(field)]
    kept = []
    recovered_count = False  # the field before is a count of things recovered, parted from this by a comma
    end = 0  # where the field before ends in `text`: a field printed twice is found at its own place
    for field in fields:
        end = text.find(field, end) + len(field)
        if projects._may_print_amount(field) and not _recovered_main(field) and not (
                recovered_count and values.parse_amount(field.partition("(")[0]) is not None):
            kept.append(field)
        recovered_count = (not _RECOVERED_STARTS_MAIN.isdisjoint(field)
                           and projects._COUNT_AT_END_RE.search(field) is not None and _recovered_main(field)
                           and text[end:end + 1] == ",")
    return kept


# fields of money, counts and money recovered or paid back (`회수 3건, 12,300천원`, `환수 2건`, `추징 24,500천원`)
money_fields = st.lists(st.sampled_from([
    "회수", "환수", "추징", "반납", "조치: 회수", "폐건전지 회수", "3건", "12,300천원", "1,200천원", "(구비)", ", ",
    " / ", "사업비", ": ", "5억원", "3,000만", "²", "¹⁾", "예산", "반기", "추진", "회의", "4월", " ",
]), max_size=8).map("".join)


@settings(max_examples=5000)
@given(money_fields)
def test_money_recovered_read_as_before(text):
    fields = projects._fields(text)
    assert projects._recovered(text) == _recovered_main(text)
    assert projects._amount_fields(fields, text) == _amount_fields_main(fields, text)
    assert (projects._RAISED_DIGIT_RE.search(text) is not None) == (not values.RAISED_DIGITS.isdisjoint(text))
