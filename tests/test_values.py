"""The value parsers never raise, and give back what was printed."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.values import (
    clean_text,
    compact,
    parse_amount,
    parse_count,
    parse_count_note,
    parse_date,
    parse_date_range,
    parse_decimal,
    parse_money_cell,
    parse_period,
)
from tests.periods import span

PARSERS = [parse_count, parse_count_note, parse_decimal, parse_amount, parse_period, compact, clean_text,
           lambda t: parse_date(t, 2025), lambda t: parse_date_range(t, 2025), lambda t: parse_money_cell(t, 1000)]


@given(st.text(max_size=60), st.sampled_from(PARSERS))
def test_parsers_never_raise(text, parser):
    parser(text)


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from(["△", "▲", "-", "\u2212"]),
       st.sampled_from(["", "+", "\uff0b"]))
def test_counts_round_trip(n, minus, plus):
    printed = f"{minus}{abs(n):,}" if n < 0 else f"{plus}{n:,}"
    assert parse_count(printed) == n
    assert parse_money_cell(printed, 1000) == (n * 1000, None)
    assert parse_decimal(printed + ".5") == (n - 0.5 if n < 0 else n + 0.5, 1)


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([("천원", 1_000), ("만원", 10_000), ("원", 1),
                                                                    ("백만원", 1_000_000), ("억원", 10**8)]))
def test_amounts_round_trip(n, unit):
    assert parse_amount(f"{n:,}{unit[0]}") == n * unit[1]


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_eok_and_man_together(eok, man):
    assert parse_amount(f"{eok}억 {man:,}만원") == eok * 10**8 + man * 10**4


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_month_ranges(a, b):
    # `11월~2월` runs into the next year: to its month there; with no year known, to the end of the first
    assert span(parse_period(f"추진: {a}월~{b}월", 2025)) == (a, b, 2025, None if a <= b else 2026)
    assert span(parse_period(f"추진: {a}~{b}월")) == ((a, b) if a <= b else (a, 12)) + (None, None)
    assert span(parse_period(f"({a}월)", 2025)) == (a, a, 2025, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("연중", (1, 12, None, None)), ("상반기", (1, 6, None, None)), ("하반기", (7, 12, None, None)),
    ("2분기", (4, 6, None, None)),
    ("(3.10.)", (3, 3, None, None)), ("(연중콘도) 8개소", None), ("기수당 50명 (1기수 3개월)", None),
    ("매월 격주 목요일", (1, 12, None, None)),  # every month: all year
    ("직원 교육: 4~6월", (4, 6, None, None)), ("행사(10∼11월)", (10, 11, None, None)),
    ("점검 3회(2-4월)", (2, 4, None, None)),
    ("3~4회, 5월", (5, 5, None, None)), ("1,000~2,000명 (9월)", (9, 9, None, None)), ("2024~2025년", None),
    ("2025. 3. 4.(화) ~ 5. 28.(수)", (3, 5, 2025, None)),
    ("3.4.(화)~5.28.(수)", (3, 5, None, None)),  # days with their weekday
])
def test_periods_as_printed(text, expected):
    assert span(parse_period(text)) == expected


def test_dates_take_the_report_year_when_they_print_none():
    assert parse_date("(5.31.기준)", 2025) == dt.date(2025, 5, 31)
    assert parse_date_range("2025. 6. 12. ~ 6. 27.") == (dt.date(2025, 6, 12), dt.date(2025, 6, 27))
    assert parse_date("2. 30.", 2025) is None


def test_labels_and_interpuncts():
    assert compact("별 정 직 ㆍ 임 기 제") == "별정직·임기제"
    assert clean_text("대지 (m <sup>2</sup> )") == "대지 (m²)"
    assert parse_money_cell("2,698,307(구비)", 1000) == (2_698_307_000, "구비")
    # a cell that prints its own unit is in that unit, whatever the table's
    assert parse_money_cell("1,500천원", 1_000_000) == (1_500_000, None)
    assert parse_money_cell("1억 2,000만원 (구비)", 1000) == (120_000_000, "구비")
    assert parse_money_cell("천원", 1000) is None
    assert parse_count("-") == 0 and parse_count("1.5") is None and parse_decimal("43.5") == (43.5, 1)


@given(st.integers(min_value=-10**6, max_value=10**6), st.sampled_from(["", "1", "휴직 2", " 3 "]),
       st.sampled_from(["()", "（）"]), st.sampled_from(["", " "]))
def test_a_count_with_a_note_in_brackets(n, note, brackets, space):
    printed = (f"△{-n:,}" if n < 0 else f"{n:,}") + (f"{space}{brackets[0]}{note}{brackets[1]}" if note else "")
    assert parse_count_note(printed) == (n, note.strip() or None)
    assert parse_count_note(f"가{printed}") is None
