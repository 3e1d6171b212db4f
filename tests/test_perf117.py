"""The cheap reading of an item's months, words after them or the months in brackets after words (`2월~5월, 48개소`,
`11월 / 외부기관`, `4~6월`, `사업장 15개소, 320명(3월~5월)`):
`_plain_months` must give what the full reading (`_month_points`, `_with_seasons_apart`, `_span`) gives, and
`parse_period` the same with it as without it; so too the cheap reading of a range within the year it prints
(`2023. 1. ~ 12.`), and an item's months between a work's start and end are asked only of an item printing both."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.values as values
from pipeline.values import (
    _month_points,
    _plain_months,
    _plain_year_range,
    _span,
    _with_seasons_apart,
    _with_work_between,
    parse_period,
)
from tests.periods import span

YEARS = st.sampled_from([None, 2024, 2025])
_SPACES = st.sampled_from(["", " ", "  "])
_MONTHS = st.sampled_from(["1", "2", "3", "5", "9", "10", "11", "12", "04"])
_DASHES = st.sampled_from(["~", "∼", "-", "－"])
# what follows the months in items' values: counts, amounts, places, whom, and words that may or may not be read as
# a period of their own (a half, a quarter, the whole year, an as-of date, an open range, a step of a work)
_WORDS = st.sampled_from([
    "48개소", "600가구", "외부기관", "주요 역사 등 10개소", "1,250,000천원", "12억 4,500만원", "35명", "2회", "(구비)",
    "(2개소)", "전 직원", "연구용역", "기관 협의", "상반기", "하반기", "3분기", "연중", "연말", "현재", "기준", "부터",
    "까지", "~", "제외", "(7~8월 제외)", "당초", "→ 8월", "변경", "착공", "준공", "9월", "2025. 3. 5.", "’25.", "5.5%",
    "2025-04-01", "/", ",", "익년", "다음 해", "매월", "상시", "12", "3.", "·", "(화)",
])


@st.composite
def months_then_words(draw) -> str:
    """Months as most items print them (`3월`, `3월~5월`, `4~6월`), in brackets after words or not, then a `/` or
    `,` and words, or words alone."""
    first, last = draw(_MONTHS), draw(_MONTHS)
    months = draw(st.sampled_from([f"{first}월", f"{first}월{{}}{last}월", f"{first}{{}}{last}월"]))
    text = draw(_SPACES) + months.format(draw(_SPACES) + draw(_DASHES) + draw(_SPACES))
    if draw(st.booleans()):
        words = " ".join(draw(st.lists(_WORDS, max_size=3)))
        text = words + draw(st.sampled_from(["(", " (", "", " "])) + text + draw(st.sampled_from([")", "", ", 제외)"]))
    if draw(st.booleans()):
        text += draw(_SPACES) + draw(st.sampled_from(["/", ",", "", "(", " 및"])) + draw(_SPACES)
        text += " ".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
    return text + draw(_SPACES)


def _full_months(text: str, year: int | None):
    """What the full reading of months gives (as `_printed_period` reads them)."""
    return _span(_with_seasons_apart(_month_points(text, year), text), text, year, None)


@settings(max_examples=1500)
@given(months_then_words(), YEARS)
def test_months_then_words_read_cheaply_as_the_full_reading_reads_them(text, year):
    plain = _plain_months(text, year)
    assert plain is None or plain == _full_months(text, year)


@settings(max_examples=500)
@given(months_then_words(), YEARS, st.sampled_from(["", "공사 : ", "착공 : 3월 / 준공 : ", "접수 : "]))
def test_parse_period_is_the_same_without_the_cheap_reading(text, year, label):
    item = label + text
    cheap = parse_period(text, year, item=item)
    plain_months = values._plain_months
    values._plain_months = lambda text, year: None  # the full reading alone
    try:
        assert parse_period(text, year, item=item) == cheap
    finally:
        values._plain_months = plain_months


@pytest.mark.parametrize(("text", "year", "expected"), [
    (" 2월~5월, 48개소", 2025, (1, 6, (2, 5, 2025, None))),
    (" 11월 / 외부기관", 2025, (1, 4, (11, 11, 2025, None))),
    (" 3월~4월 / 600가구", 2025, (1, 6, (3, 4, 2025, None))),
    (" 7월~8월, 주요 역사 등 10개소", 2023, (1, 6, (7, 8, 2023, None))),
    ("3월 / 48개소 / 구비", 2025, (0, 2, (3, 3, 2025, None))),  # a slash before no figure
    ("4~6월", 2025, (0, 4, (4, 6, 2025, None))),
    ("11 ~ 2월, 동절기", 2025, (0, 7, (11, 2, 2025, 2026))),  # backwards: to the next year's
    ("3월, 기관 협의", None, (0, 2, (3, 3, None, None))),
    (" 사업장 15개소, 320명(3월~5월)", 2023, (16, 21, (3, 5, 2023, None))),
    (" 120대 / 360,000천원 (1월~5월)", 2022, (19, 24, (1, 5, 2022, None))),
    ("교육(4~6월), 2회", 2025, (3, 7, (4, 6, 2025, None))),
])
def test_the_common_shapes_are_read_cheaply(text, year, expected):
    plain = _plain_months(text, year)
    assert plain == _full_months(text, year)  # its months too
    assert (*plain[:2], span(plain[2])) == expected


@pytest.mark.parametrize("text", [
    "3월, 9월", "3월 / 상반기 점검", "3월, 연중 상시", "2월~3월 / 3분기 보고", "3월, 2025. 5. 31. 현재", "3월 / 5.5%",
    "3월 / 2025-04-01", "3월 / 2025/4/1", "4~6월(7월 제외)", "3월 및 9월", "3~4~5월", "3 ~ 4 월",
    "교육(3월, 제외)", "(3월 제외)", "(3월), 교육(구비)", "상반기 집중 정리(3월~5월)", "2025. 3. 5. 접수(4월)",
    "4월(화)", "지급(5월분)",
])
def test_words_that_may_print_a_period_are_left_to_the_full_reading(text):
    assert _plain_months(text, 2025) is None


_PRINTED_YEARS = st.sampled_from(["2023", "2025", "’25", "'24", "1999", "25", "2025년", "20"])
_MARKS = st.sampled_from([".", "월", " 월", ". ", ""])


@st.composite
def year_ranges(draw) -> str:
    """A range of months after the year it is in (`2023. 1. ~ 12.`, `2022. 1월 ~ 12월`), its marks alike or not, and
    a word, day or figure put in or not."""
    text = (draw(_SPACES) + draw(_PRINTED_YEARS) + draw(st.sampled_from([".", ". ", "년 ", " . ", ""]))
            + draw(_MONTHS) + draw(_MARKS) + draw(_SPACES) + draw(_DASHES) + draw(_SPACES) + draw(_MONTHS)
            + draw(_MARKS) + draw(_SPACES))
    if draw(st.booleans()):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        inserted = draw(st.sampled_from(["1", "15", ".", " 31.", "월", "(화)", "~", "부터", " 기준", "익년 "]))
        text = text[:at] + inserted + text[at:]
    return text


@settings(max_examples=1500)
@given(year_ranges(), YEARS)
def test_a_range_within_its_year_reads_cheaply_as_the_full_reading_reads_it(text, year):
    plain = _plain_year_range(text)
    assert plain is None or plain == _full_months(text, year)


@pytest.mark.parametrize(("text", "expected"), [
    (" 2023. 1. ~ 12.", (1, 15, (1, 12, 2023, None))),
    (" 2022. 1월 ~ 12월", (1, 15, (1, 12, 2022, None))),
    ("’25. 3월~6월", (0, 10, (3, 6, 2025, None))),
    ("2024년 4. ~ 9.", (0, 13, (4, 9, 2024, None))),
])
def test_the_terms_of_a_year_are_read_cheaply(text, expected):
    plain = _plain_year_range(text)
    assert plain == _full_months(text, 2025)
    assert (*plain[:2], span(plain[2])) == expected


@pytest.mark.parametrize("text", [
    "2024. 11. ~ 2.", "2023. 1. ~ 12. 31.", "2023. 1. ~ 12월", "2023. 1.", "23. 1. ~ 12.", "2023. 1. ~ 12. 추진",
])
def test_other_terms_are_left_to_the_full_reading(text):
    assert _plain_year_range(text) is None


_STEP_WORDS = st.sampled_from(["착공", "착수", "시작", "개시", "접수", "3월", "5월~6월", "12월", " : ", " / ", "공사",
                               "설계", "(214건)", "4. 7.", "→", "중", "예정"])


@given(st.lists(_STEP_WORDS, max_size=6).map(" ".join))
def test_no_months_are_between_the_steps_of_an_item_printing_no_works_end(item):
    months = ("2025-03", "2025-06")
    assert _with_work_between(months, item) == months


def test_an_items_work_runs_between_its_start_and_end():
    assert span(parse_period(" 3월 / 준공 : 12월", 2025, item="착공 : 3월 / 준공 : 12월")) == (3, 12, 2025, None)
    assert parse_period(" 3월 착공 → 12월 준공", 2025).months == tuple(f"2025-{month:02d}" for month in range(3, 13))
