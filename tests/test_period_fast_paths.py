"""The cheap readings of a period hold to the full one: `_plain_months` reads the plainest texts (`3월`, `9월~11월`,
`3월~5월 / 24,000천원`) without the patterns of points, and must give what `_month_points` and `_span` give."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import patterns
from pipeline.values import _SEASON_RE, _SEASON_START, _month_points, _plain_months, _span
from tests.periods import span

YEARS = st.sampled_from([None, 0, 2025, 2026])
_SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", "\u3000"])
_MONTHS = st.sampled_from(["1월", "2월", "3월", "7월", "9월", "10월", "11월", "12월", "01월", "09월"])
_DASHES = st.sampled_from(["~", "∼", "〜", "-", "–", "－"])
_AMOUNTS = st.sampled_from(["24,000천원", "1,250,000천원", "500원", "3백만원", "2억원", "95,700천원"])
# what, put in anywhere, may change how the plainest shape reads: a figure, a month's or a day's mark, a part of a
# month, a weekday, a link or an open range, an as-of date, an aside, a change, a year, another period
_INSERTS = st.sampled_from(["1", "0", "3", "12", "월", "일", " 10일", ".", ",", ", ", "·", "/", " ", "~", "-", "(",
                            ")", "(화)", " 중", "말", "초순", "부터", "까지", " 이후", " 기준", " 현재", "(당초 3월)",
                            "당초", " 변경", "→", "에서", "2025. ", "’25. ", "25. ", "익년 ", "년", " 상반기", " 매월",
                            "5.5억"])


@st.composite
def month_texts(draw) -> str:
    """A text of the plainest shape (`_PLAIN_MONTHS_RE`), as it is or with a figure, mark or word put in anywhere."""
    text = draw(_SPACES) + draw(_MONTHS)
    if draw(st.booleans()):
        text += draw(_SPACES) + draw(_DASHES) + draw(_SPACES) + draw(_MONTHS)
    if draw(st.booleans()):
        text += draw(_SPACES) + "/" + draw(_SPACES) + draw(_AMOUNTS)
    text += draw(_SPACES)
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(_INSERTS) + text[at:]
    return text


@settings(max_examples=1000)
@given(month_texts(), YEARS)
def test_the_plainest_texts_read_as_the_full_reading_reads_them(text, year):
    plain = _plain_months(text, year)
    assert plain is None or plain == _span(_month_points(text, year), text, year, None)


@pytest.mark.parametrize(("text", "year", "expected"), [
    (" 7월", 2025, (1, 3, (7, 7, 2025, None))),
    ("07월", None, (0, 3, (7, 7, None, None))),
    (" 9월~11월", 2025, (1, 7, (9, 11, 2025, None))),
    ("4월 - 5월", 2025, (0, 7, (4, 5, 2025, None))),
    ("4월－5월", 2025, (0, 5, (4, 5, 2025, None))),
    ("11월 ∼ 2월", 2025, (0, 8, (11, 2, 2025, 2026))),  # backwards: to the next year's
    ("11월~2월", None, (0, 6, (11, 12, None, None))),  # with no year known, its part in the year it starts
    (" 3월~5월 / 24,000천원", 2025, (1, 6, (3, 5, 2025, None))),
    (" 4월/95,700천원 ", 2025, (1, 3, (4, 4, 2025, None))),
    (" 2월~4월 / 1,250,000백만원", 2024, (1, 6, (2, 4, 2024, None))),
    ("3월 / 1억 2,000만원", 2025, (0, 2, (3, 3, 2025, None))),  # what follows prints no point nor season
    ("3월 / 12", 2025, (0, 2, (3, 3, 2025, None))),
    ("(3월)", 2025, (1, 3, (3, 3, 2025, None))),  # a bracket of the months alone
])
def test_the_plainest_shapes_are_read_cheaply_as_the_full_reading_reads_them(text, year, expected):
    plain = _plain_months(text, year)
    assert plain == _span(_month_points(text, year), text, year, None)  # its months too
    assert (*plain[:2], span(plain[2])) == expected


@pytest.mark.parametrize("text", [
    "3 월", "13월", "3월 10일", "3월 중", "6월말", "3월(화)", "3월부터", "4월~", "~6월", "3월, 9월", "3·9월",
    "3월~5월~7월", "2025. 3월", "익년 2월", "5월 → 8월", "3월 기준", "3월 / 5.5억원",
])
def test_other_shapes_are_left_to_the_full_reading(text):
    assert _plain_months(text, 2025) is None


_SEASON_WORDS = st.sampled_from([
    "1", "2", "4", "19", "20", "2025", "’25", "'26", "25", ". ", ".", " ", "년", "년도", "상", "하", "반기", "상반기",
    "하반기", "연중", "연간", "·", "/", ",", ", ", "분기", "/4", "~", "-", "익년", "내년", "차년", "2차년", "다음 해",
    "이듬해", "가", "점검"])


@given(st.lists(_SEASON_WORDS, max_size=8).map("".join))
def test_the_seasons_lookahead_skips_only_where_no_season_starts(text):
    without = patterns.compile(_SEASON_RE.pattern.removeprefix(_SEASON_START))
    assert ([(match.span(), match.groups()) for match in _SEASON_RE.finditer(text)]
            == [(match.span(), match.groups()) for match in without.finditer(text)])
