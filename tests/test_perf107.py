"""The periods read by points (`_month_points`, `_season_points`, `_span`) in the shapes that are no plain months: a
range of days or months after a year, a range's end a day alone, an as-of date, seasons; and the year a point
prints read in full (`full_year`, which each point printing its year asks)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.values import full_year, parse_period
from tests.periods import span

MONTHS = st.integers(min_value=1, max_value=12)
DAYS = st.integers(min_value=1, max_value=28)
YEARS = st.sampled_from([2024, 2025, 2026])
TILDES = st.sampled_from([" ~ ", "~", " ∼ ", " - "])


@st.composite
def month_range(draw) -> tuple[int, int]:
    first = draw(MONTHS)
    return first, draw(st.integers(min_value=first, max_value=12))


@settings(max_examples=300)
@given(YEARS, month_range(), DAYS, DAYS, TILDES)
def test_a_range_of_days_after_its_year_runs_over_their_months(year, months, first_day, last_day, tilde):
    text = f"{year}. {months[0]}. {first_day}.{tilde}{months[1]}. {last_day}."  # `2025. 6. 12. ~ 6. 27.`
    assert span(parse_period(text, 2025)) == (*months, year, None)


@settings(max_examples=300)
@given(YEARS, month_range(), TILDES)
def test_a_range_of_months_after_its_year_runs_over_them(year, months, tilde):
    text = f" {year}. {months[0]}.{tilde}{months[1]}."  # ` 2025. 3. ~ 12.`
    period = parse_period(text, 2025)
    assert span(period) == (*months, year, None)
    assert period.months == tuple(f"{year}-{month:02d}" for month in range(months[0], months[1] + 1))


@settings(max_examples=200)
@given(YEARS, MONTHS, DAYS, st.integers(min_value=13, max_value=31))  # `~ 2.` after a day would be February's
def test_a_range_ending_on_a_day_alone_is_its_month_not_an_open_range(year, month, first_day, last_day):
    assert span(parse_period(f"{year}. {month}. {first_day}. ~ {last_day}.", 2025)) == (month, month, year, None)


@settings(max_examples=200)
@given(MONTHS, DAYS, MONTHS, st.sampled_from(["기준", " 기준", " 현재"]))
def test_an_as_of_date_is_no_month_the_item_runs_in(as_of, day, month, word):
    assert parse_period(f"({as_of}.{day}.{word})", 2025) is None  # `(5.31.기준)`
    assert span(parse_period(f"{month}월 ({as_of}.{day}.{word})", 2025)) == (month, month, 2025, None)


@settings(max_examples=200)
@given(month_range(), st.sampled_from(["~", " ~ ", "-", "부터 "]), st.sampled_from(["", " 추진", " / 24,000천원"]))
def test_a_range_of_months_runs_over_them(months, link, after):
    text = f"{months[0]}월{link}{months[1]}월{after}"  # `2월~3월`
    assert span(parse_period(text, 2025)) == (*months, 2025, None)


@settings(max_examples=200)
@given(st.sampled_from([("연중", 1, 12), ("연간", 1, 12), ("상반기", 1, 6), ("하반기", 7, 12), ("2분기", 4, 6),
                        ("3/4분기", 7, 9)]), st.sampled_from(["", "’26. ", "2024년 ", "익년 "]),
       st.sampled_from(["", " 추진", " / 804,000천원"]))
def test_a_season_runs_over_its_months_in_its_year(season, before, after):
    name, first, last = season
    year = {"": 2025, "’26. ": 2026, "2024년 ": 2024, "익년 ": 2026}[before]
    assert span(parse_period(f"{before}{name}{after}", 2025)) == (first, last, year, None)


@pytest.mark.parametrize(("text", "expected"), [
    (" 2025. 3. ~ 12.", (3, 12, 2025, None)),
    ("2025. 6. 12. ~ 6. 27.", (6, 6, 2025, None)),
    ("’26. 1. 5. ~ 2. 27.", (1, 2, 2026, None)),
    ("2025. 11. ~ 익년 2.", (11, 2, 2025, 2026)),
    ("(5.31.기준)", None),
    ("6월 (5.31. 기준)", (6, 6, 2025, None)),
    ("2월~3월", (2, 3, 2025, None)),
    ("11월~2월", (11, 2, 2025, 2026)),
    ("2025. 3. 5. ~ 27.", (3, 3, 2025, None)),
    ("3. 4.(화) ~ 10.(금)", (3, 3, 2025, None)),
    ("2025. 3. ~", (3, 12, 2025, None)),
    ("연중", (1, 12, 2025, None)),
    ("상반기", (1, 6, 2025, None)),
    ("연중~", (1, 12, 2025, None)),
    ("12월~연말연시", (12, 1, 2025, 2026)),
    ("2월~3월 검토, 하반기 시행", (2, 12, 2025, None)),
    ("1월 2월 3월 4월", None),  # a schedule's header
])
def test_the_periods_of_the_shapes_whose_points_are_read(text, expected):
    assert span(parse_period(text, 2025)) == expected


@pytest.mark.parametrize(("printed", "expected"), [
    ("2024", 2024), ("2024년도", 2024), ("’24", 2024), ("24년", 2024), ("’26.", 2026), ("2025.", 2025), ("07", 2007),
])
def test_a_printed_year_is_read_in_full(printed, expected):
    assert full_year(printed) == expected


@settings(max_examples=300)
@given(st.integers(min_value=1900, max_value=2099), st.sampled_from(["", "년", "년도", ".", " "]))
def test_a_year_of_four_digits_is_itself_and_of_two_this_centurys(year, after):
    assert full_year(f"{year}{after}") == year
    assert full_year(f"’{year % 100:02d}{after}") == 2000 + year % 100
