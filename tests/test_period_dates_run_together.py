"""Dates run together with a blank alone between them (`2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)`, a building's
준공일자 and its extensions') are each a date of their own, as with a comma between: before, a day followed by a
figure ended no day, so the date before the last lost its month (`2002-02`, `2020-10`). Ranges, days without a
year, months after their year and a list's number before a date read as before."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.values import parse_period


def months(text: str, year: int | None = 2025) -> tuple[str, ...] | None:
    period = parse_period(text, year)
    return period and period.months


@pytest.mark.parametrize(("text", "expected"), [
    # run together: each date its month, as with a comma between
    ("2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)", ("2002-02", "2018-06", "2020-10")),
    ("2002. 2. 19. (2018. 6. 2., 2020. 10. 5. 증축)", ("2002-02", "2018-06", "2020-10")),
    ("2018. 6. 2. 2020. 10. 5.", ("2018-06", "2020-10")),
    ("2002. 2. 19. 2018. 6. 2. 2020. 10. 5.", ("2002-02", "2018-06", "2020-10")),  # three days, no schedule's header
    ("2018.6.2. 2020.10.5.", ("2018-06", "2020-10")), ("2018.6.2 2020.10.5", ("2018-06", "2020-10")),
    ("’18. 6. 2. ’20. 10. 5.", ("2018-06", "2020-10")), ("2024. 12. 31. 2025. 1. 1.", ("2024-12", "2025-01")),
    ("2018. 6. 2.\n2020. 10. 5.", ("2018-06", "2020-10")),  # wrapped in its cell
    ("2024. 3. 2025. 4.", ("2024-03", "2025-04")), ("2018. 6. 2020. 10.", ("2018-06", "2020-10")),
    # as before: a range, a day without its year, an as-of date, months, a month after its year, a list's number
    ("2025. 6. 12. ~ 6. 27.", ("2025-06",)), ("2025. 6. 12. ~ 8. 27.", ("2025-06", "2025-07", "2025-08")),
    ("(5.31.기준)", None), ("2월~3월", ("2025-02", "2025-03")), ("2024. 3.", ("2024-03",)),
    ("’24. 3.", ("2024-03",)), ("1. 2025. 3. 5. 개최", ("2025-03",)), ("2025. 3. 5. 10:00", ("2025-03",)),
    ("1월 2월 3월", None),  # a schedule's header of months
])
def test_dates_run_together_and_what_reads_as_before(text, expected):
    assert months(text) == expected


days = st.tuples(st.integers(min_value=1990, max_value=2030), st.integers(min_value=1, max_value=12),
                 st.integers(min_value=1, max_value=28))


@given(st.lists(days, min_size=2, max_size=4), st.sampled_from(["{}. {}. {}.", "{}.{}.{}.", "{}. {:02d}. {:02d}."]),
       st.sampled_from([" ", "  ", "\n"]), st.booleans())
def test_any_dates_run_together_give_each_its_month(dates, form, blank, bracketed):
    """Two to four days in any years, each printed whole, a blank alone between them: each gives its month."""
    first, *others = (form.format(*date) for date in dates)
    text = (f"{first} ({blank.join(others)} 증축)" if bracketed  # the first the building's, the others its extensions'
            else blank.join([first, *others]))
    assert months(text, None) == tuple(sorted({f"{y}-{m:02d}" for y, m, _ in dates}))


@given(days.filter(lambda date: date[1] < 12), st.integers(min_value=1, max_value=5),
       st.integers(min_value=1, max_value=28))
def test_a_range_of_days_reads_as_before(start, more, last_day):
    """`2025. 6. 12. ~ 8. 27.`: the months from the first day's to the last's, in the first's year."""
    year, month, day = start
    last = min(month + more, 12)
    assert months(f"{year}. {month}. {day}. ~ {last}. {last_day}.", None) == tuple(
        f"{year}-{m:02d}" for m in range(month, last + 1))
