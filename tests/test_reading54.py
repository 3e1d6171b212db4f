"""Reading gaps closed on branch reading54: the parts of a year named by a word (`연초`, `연말`, `연내`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.values import parse_period, parse_period_label
from tests.periods import span
from tests.test_period_spans_variants import items

YEAR_PARTS = {"연초": (1, 1), "연말": (12, 12), "연내": (1, 12), "연중": (1, 12), "연간": (1, 12)}


@pytest.mark.parametrize(("text", "expected"), [
    # the year's start and end are its first and last month, as `3월 초` is March; what is done within the year
    # may be done in any of its months (before, each none)
    ("연초", (1, 1, 2025, None)), ("연말", (12, 12, 2025, None)), ("연내", (1, 12, 2025, None)),
    ("연말 준공", (12, 12, 2025, None)), ("연내 완료", (1, 12, 2025, None)), ("연초 계획 수립", (1, 1, 2025, None)),
    ("2026년 연말", (12, 12, 2026, None)), ("내년 연초", (1, 1, 2026, None)), ("’26. 연말", (12, 12, 2026, None)),
    # in a range or beside months
    ("연초~상반기", (1, 6, 2025, None)), ("11월~연말", (11, 12, 2025, None)), ("연초 ~ 3월", (1, 3, 2025, None)),
    ("3월 착공, 연말 준공", (3, 12, 2025, None)), ("연말(12월)", (12, 12, 2025, None)),
    ("연내(10월)", (10, 10, 2025, None)),  # the month it names more closely
    # a particle after the word, as after a month (`12월까지`: 1–12); before, none
    ("연말까지", (1, 12, 2025, None)), ("연말까지 완료", (1, 12, 2025, None)), ("연내에 완료", (1, 12, 2025, None)),
    ("상반기까지", (1, 6, 2025, None)), ("하반기부터", (7, 12, 2025, None)),
    # the words kept as read: `연중` and its bracket of months excluded
    ("연중", (1, 12, 2025, None)), ("연간", (1, 12, 2025, None)), ("연중(1월 제외)", (2, 12, 2025, None)),
    # words the letters start, not a part of the year: none
    ("연말연시", None), ("연말정산", None), ("연초제조창", None), ("(연중콘도) 8개소", None), ("주연내 배우", None),
])
def test_parts_of_the_year_by_their_words(text, expected):
    assert span(parse_period(text, 2025)) == expected


def test_a_year_part_as_a_label_and_its_months():
    assert parse_period_label("연말", 2025) == (12, 12, 2025, None, ("2025-12",))
    assert parse_period_label("연내", 2025) == parse_period("연중", 2025)
    assert parse_period_label("연초", None) == (1, 1, None, None, ("--01",))
    assert parse_period("3월 착공, 연말 준공", 2025).months == ("2025-03", "2025-12")


def test_items_dated_by_a_part_of_the_year():
    body = ("○ 청사 방수공사 추진\n  - 기 간 : 연말\n○ 조례 정비 : 연내 완료\n○ 계획 수립 : 2026년 연초\n"
            "○ 점검: 연말까지\n○ 연말 이웃돕기 성금 모금\n")
    assert items(body) == [("청사 방수공사 추진", 12, 12, 2025), ("조례 정비 : 연내 완료", 1, 12, 2025),
                           ("계획 수립 : 2026년 연초", 1, 1, 2026), ("점검: 연말까지", 1, 12, 2025),
                           ("연말 이웃돕기 성금 모금", 12, 12, 2025)]


@given(st.sampled_from(sorted(YEAR_PARTS)), st.sampled_from([2024, 2025, 2026]),
       st.sampled_from(["", "{y}년 ", "{y}년도 ", "’{yy}. ", "{y}. "]),
       st.sampled_from(["", " 완료", " 추진", "에 완료"]))
def test_a_year_part_with_its_year_before_it_or_not(word, year, form, after):
    first, last = YEAR_PARTS[word]
    prefix = form.format(y=year, yy=year % 100)
    assert span(parse_period(f"{prefix}{word}{after}", 2025)) == (first, last, year if prefix else 2025, None)
