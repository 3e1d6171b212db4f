"""Items' periods from a day and its time of day to another (`5. 17.(토) 10:00 ~ 5. 18.(일) 17:00`, as 축제 and
행사 items print their 일시): one range, the time part of its first day. Before, the time parted the two days, and
the second, after a tilde alone, read as a range up to it from January (`1~5월`); a day without its weekday before
a time (`5. 17. 10:00`) was no day at all (a figure after a day ended none)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.values import parse_period
from tests.layouts import read_laid_out
from tests.periods import span


@pytest.mark.parametrize(("text", "months"), [
    ("5. 17.(토) 10:00 ~ 5. 18.(일) 17:00", ["2025-05"]),
    ("5. 17.(토) 10:00~5. 18.(일) 17:00", ["2025-05"]),
    ("2025. 5. 17.(토) 10:00 ~ 5. 18.(일) 17:00", ["2025-05"]),
    ("5. 17. 10:00 ~ 5. 18. 17:00", ["2025-05"]),  # before, none
    ("5. 17.(토) 10시 ~ 5. 18.(일) 17시", ["2025-05"]),
    ("3. 5. 10시 30분 ~ 4. 2.", ["2025-03", "2025-04"]),
    ("10. 31.(금) 18:00 ~ 11. 2.(일) 22:00", ["2025-10", "2025-11"]),
    ("’25. 12. 30.(화) 14:00 ~ ’26. 1. 2.(금) 12:00", ["2025-12", "2026-01"]),
    ("12. 30. 14:00 ~ 1. 2. 12:00", ["2025-12", "2026-01"]),  # into the next year, as without the times
    ("5. 17.(토) 10:00~12:00, 6. 24.(화) 14:00~16:00", ["2025-05", "2025-06"]),  # two days, each with its hours
    ("9. 6.(토) 14:00 ~ 9. 7.(일)", ["2025-09"]),
    # as before
    ("2025. 5. 17.(토) 10:00~17:00", ["2025-05"]),
    ("9. 3.(수) 14:00", ["2025-09"]),
    ("10:00 ~ 5. 18.", ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"]),  # no day before: up to May
])
def test_a_day_and_its_time_of_day_to_another_is_one_range(text, months):
    assert list(parse_period(text, 2025).months) == months


@pytest.mark.parametrize("text", ["12. 3. 5", "3. 10. 5명", "3. 10. 5시간 교육"])
def test_a_figure_after_a_day_that_is_no_time_still_ends_no_day(text):
    """A list's numbers, a count, a duration (`5시간`): as before, no day."""
    assert parse_period(text, 2025) is None


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 12), st.integers(1, 28), st.integers(0, 2), st.integers(0, 27),
       st.sampled_from(["", "(토)", " (금)"]), st.sampled_from(["{h}:00", "{h}:30", "{h}시", "{h}시 30분"]),
       st.sampled_from([" ~ ", "~", " ～ ", " - "]), st.sampled_from(["", " 17:00", " 22시"]))
def test_any_day_with_a_time_to_a_later_day_runs_from_its_month_to_the_later(
        month, day, later_months, later_day, weekday, time, link, end_time):
    """The range's months are those of the two days, whatever the time of day printed after the first."""
    end_month = min(month + later_months, 12)
    end_day = later_day + 1 if end_month > month else max(day, later_day + 1)
    text = f"{month}. {day}.{weekday} {time.format(h=10)}{link}{end_month}. {end_day}.{weekday}{end_time}"
    assert span(parse_period(text, 2025)) == (month, end_month, 2025, None)


FESTIVAL = ("제330회 한빛구의회 정례회\n\n2025년 주요업무 보고\n\n문화체육과\n\nⅡ. 주요업무 추진실적\n\n"
            "1. 한빛 축제 개최 (문화예술팀)\n\n○ 일 시: 2025. 5. 17.(토) 10:00 ~ 5. 18.(일) 17:00\n\n"
            "○ 기 간: 10. 31.(금) 18:00 ~ 11. 2.(일) 22:00\n\n○ 장 소: 한빛광장 일대\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines", "pdf grid"])
def test_a_festivals_items_run_in_their_own_months(layout, tmp_path):
    """A 문화체육과 report's festival items in the layouts the tool reads: each in its month(s) alone."""
    [project] = read_laid_out(FESTIVAL, layout, tmp_path).projects
    assert [(item.text, item.months) for item in project.items] == [
        ("일 시: 2025. 5. 17.(토) 10:00 ~ 5. 18.(일) 17:00", ["2025-05"]),
        ("기 간: 10. 31.(금) 18:00 ~ 11. 2.(일) 22:00", ["2025-10", "2025-11"]),
        ("장 소: 한빛광장 일대", None)]
