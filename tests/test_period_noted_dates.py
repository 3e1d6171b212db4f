"""A bracket right after an item's date that dates another thing by its own label (`공사 착공 : ’25. 4. 7. (휴관 4. 1.
~ 8. 31.)`: the hall closes April to August, the work starts on 7 April) gives none of the item's months; a label
of a period, a change, a year or a step of the work itself still dates the item, and so does a bracket with no date
before it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from pipeline.values import parse_period
from tests.periods import span


@pytest.mark.parametrize(("text", "expected"), [
    ("공사 착공 : ’25. 4. 7. (휴관 4. 1. ~ 8. 31.)", (4, 4, 2025, None)),
    ("공사 착공 : ’25. 4. 7.(월) (휴관 4. 1. ~ 8. 31.)", (4, 4, 2025, None)),
    ("착공 : 4월 7일(휴관 4. 1.~8. 31.)", (4, 4, 2025, None)),
    ("구민 체육대회 : 5월 (우천 시 6월)", (5, 5, 2025, None)),
    ("개관 : 3. 2. (임시 운영 1. 5. ~ 2. 27.)", (3, 3, 2025, None)),
    # the item's own: a step of the work, a change, the next year, a period's label, a note of no date
    ("착공 : 4. 7. (준공 12. 31.)", (4, 12, 2025, None)),
    ("주민공람 : 11월 (익년 2월 고시)", (11, 2, 2025, 2026)),
    ("행사 : 5월 (기간 5. 1. ~ 6. 30.)", (5, 6, 2025, None)),
    ("교육 : 3월~5월(1기), 9월~11월(2기)", (3, 11, 2025, None)),
    ("시설 보수 : 4~5월(2개소)", (4, 5, 2025, None)),
    ("행사 : 5. 24.(토)", (5, 5, 2025, None)),
    # no date before the bracket: its months are the item's only ones
    ("시설 개방 (휴관 4. 1. ~ 8. 31.)", (4, 8, 2025, None)),
    ("교육(3월~11월)", (3, 11, 2025, None)),
])
def test_a_labelled_bracket_after_a_date(text, expected):
    """Before, each of the first five ran over the bracket's months too (4–8, 4–8, 4–8, 5–6, 1–3)."""
    assert item_fields(text, 2025)[:4] == expected


months = st.integers(min_value=1, max_value=12)
days = st.integers(min_value=1, max_value=28)


@given(months, days, months, months, st.sampled_from(["휴관", "우천 시", "임시 운영", "공사 중"]),
       st.sampled_from([" ", ""]), st.sampled_from(["{m}. {d}.", "{m}월 {d}일", "{m}월", "’25. {m}. {d}."]))
def test_a_labelled_note_after_a_date_dates_none_of_it(month, day, first, last, label, space, form):
    date = form.format(m=month, d=day)
    assert span(parse_period(f"{date}{space}({label} {first}. 1. ~ {last}. 28.)", 2025)) == (month, month, 2025, None)
