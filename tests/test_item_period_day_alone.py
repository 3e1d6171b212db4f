"""Items' periods from a day to a day printed alone, in the start's month: a day no month can be (`2025. 3. 5. ~
27.`: before, March to December, the start alone opening a range), one with its weekday (`3. 4.(화) ~ 10.(금)`:
before, March to October, `10.` read as a month) or 일 (`3월 5일 ~ 27일`: before, March to December). `~ 10.` with
no weekday is still a month (`2025. 3. 5. ~ 10.`: March to October), as a date range reads it as a day."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.values import parse_date_range, parse_period
from tests.layouts import NOVEMBER_COVER, read_laid_out
from tests.periods import span


@pytest.mark.parametrize(("text", "period"), [
    ("2025. 3. 5. ~ 27.", (3, 3, 2025, None)),
    ("2025. 3. 5.~27.", (3, 3, 2025, None)),
    ("2025.3.5.~27.", (3, 3, 2025, None)),
    ("2025. 3. 5 ~ 27.", (3, 3, 2025, None)),  # the start without its last point (before, none)
    ("’25. 3. 5. ~ 27.", (3, 3, 2025, None)),
    ("3. 5. ~ 27.", (3, 3, 2025, None)),
    ("2025. 3. 5.(수) ~ 27.(목)", (3, 3, 2025, None)),
    ("2025. 3. 5. ～ 13.", (3, 3, 2025, None)),
    ("2025. 3. 5. ~ 10.(금)", (3, 3, 2025, None)),
    ("3. 4.(화) ~ 10.(금)", (3, 3, 2025, None)),
    ("3. 4.(화) ~ 7. (금)", (3, 3, 2025, None)),
    ("2025. 3. 5 ~ 10.(금)", (3, 3, 2025, None)),
    ("3월 5일 ~ 27일", (3, 3, 2025, None)),
    ("3월 5일 ~ 10일", (3, 3, 2025, None)),
    ("교육 실시 : 2025. 4. 1. ~ 30. / 120명", (4, 4, 2025, None)),
    ("2025. 11. 3. ~ 28. (4회)", (11, 11, 2025, None)),
    # as before: a month after the tilde, with its day or 월, or `N.` alone
    ("2025. 3. 5. ~ 10.", (3, 10, 2025, None)),
    ("2025. 3. 5. ~ 12.", (3, 12, 2025, None)),
    ("2025. 3. 5. ~ 10. 30.", (3, 10, 2025, None)),
    ("3. 4.(화) ~ 5. 28.(수)", (3, 5, 2025, None)),
    ("3월 5일 ~ 10월", (3, 10, 2025, None)),
    ("3월 5일 ~", (3, 12, 2025, None)),  # a range open at its end
    ("2025. 3. 5. ~", (3, 12, 2025, None)),
    ("3월 ~ 27.", (3, 12, 2025, None)),  # a month alone: `27.` is no day of it, the range open
])
def test_a_day_to_a_day_alone_is_the_starts_month(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize("text", ["2025. 3. 5. ~ 27.", "2025. 3. 5.(수) ~ 10.(금)", "2025. 6. 12. ~ 27."])
def test_a_date_range_reads_the_same_day_as_before(text):
    """A session's dates (`parse_date_range`) read the day alone already: unchanged."""
    start, end = parse_date_range(text, 2025)
    assert start.month == end.month and end.day in (27, 10)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(13, 31), st.integers(1, 31),
       st.sampled_from(["", "(월)", "(금)", " (토)"]), st.sampled_from([" ~ ", "~", " ～ "]),
       st.sampled_from(["2025. {m}. {d}.", "2025.{m}.{d}.", "{m}. {d}.", "2025. {m}. {d}", "{m}월 {d}일"]))
def test_any_day_to_a_day_alone_is_the_starts_month(month, day, last, last_any, weekday, tilde, start):
    """A day no month can be (13 to 31), or any with its weekday or 일: the start's month alone."""
    begin = start.format(m=month, d=day)
    if "월" in start:
        end = f"{last_any}일"
    elif weekday:
        end = f"{last_any}.{weekday}"
    else:
        end = f"{last}."
    assert span(parse_period(f"{begin}{tilde}{end}", 2025)) == (month, month, 2025, None)


COVER = (NOVEMBER_COVER
         + "# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 공직자 역량 강화 교육 (교육후생팀)\n\n"
         "직원의 역량을 높이고자 함\n\n### □ 추진실적\n\n")


@pytest.mark.parametrize("layout", ["markdown", "without-markdown", "space-aligned-without-markdown",
                                    "without-blank-lines", "pdf grid"])
def test_days_alone_in_a_report(layout, tmp_path):
    items = ("- 신규자 교육 : 2025. 3. 5. ~ 27.\n- 리더십 교육 : 2025. 4. 8.(화) ~ 10.(목)\n"
             "- 청렴 교육 : 5월 12일 ~ 23일\n- 전 직원 교육 : 2025. 3. 5. ~ 10.\n")
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.start_month, item.end_month, item.year) for item in project.items] == [
        (3, 3, 2025), (4, 4, 2025), (5, 5, 2025), (3, 10, 2025)]
