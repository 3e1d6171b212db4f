"""Items' periods and amounts other shapes print: a range of months each with its two-digit year and no day nor
apostrophe (`25. 3. ~ 26. 2.`: before, no period), ISO days (`2025-04-01 ~ 2025-06-30`: before, none), an amount in
만 printing no `원` before a sentence's verb (`3,000만 투입`: before, none), and a bracket of a budget and its
spending (`(예산 180,000천원 / 집행 172,400천원)`), which, as `예산 …, 집행 …` elsewhere, gives the item no amount."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from pipeline.values import parse_period
from tests.layouts import NOVEMBER_COVER, read_laid_out
from tests.periods import span


@pytest.mark.parametrize(("text", "period"), [
    ("25. 3. ~ 26. 2.", (3, 2, 2025, 2026)),
    ("25.3.~26.2.", (3, 2, 2025, 2026)),
    ("25. 3. - 25. 12.", (3, 12, 2025, None)),
    ("24. 3. ∼ 25. 2.", (3, 2, 2024, 2025)),
    ("사업기간 : 25. 3. ~ 26. 2.", (3, 2, 2025, 2026)),
    ("25. 11. ~ 26. 2. 동절기 운영", (11, 2, 2025, 2026)),
    # as before: with apostrophes, with days
    ("’25. 3. ~ ’26. 2.", (3, 2, 2025, 2026)),
    ("25. 3. 1. ~ 26. 2. 28.", (3, 2, 2025, 2026)),
])
def test_a_range_of_months_with_two_digit_years(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize(("text", "period"), [
    ("3. 4. ~ 5. 6.", (3, 5, 2025, None)),  # months and days
    ("12. 3. ~ 12. 6.", (12, 12, 2025, None)),  # a month's days: 12 may be a month, so it is one
    ("12. 3. ~ 5. 6.", (12, 5, 2025, 2026)),
    ("21. 3. ~ 5. 교육", (3, 5, 2025, None)),  # a list's number: the range's end prints no year
    ("25. 3. ~ 12.", (3, 12, 2025, None)),
])
def test_months_and_days_and_lists_numbers_are_no_years(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize(("text", "year"), [("13. 3. ~ 14. 2.", 2025), ("35. 3. ~ 36. 2.", 2025),
                                            ("25. 3. ~ 26. 2.", None)])
def test_two_digits_naming_no_year_near_the_reports_give_no_period(text, year):
    """Two digits more than five years from the report's, or with no year known: no year is known for the range's
    months, which give no period (as before)."""
    assert parse_period(text, year) is None


@given(st.integers(2020, 2030), st.integers(-2, 2), st.integers(1, 12), st.integers(0, 1), st.integers(1, 12),
       st.sampled_from(["~", " ~ ", "∼", " - "]), st.sampled_from(["", " "]))
def test_two_digit_years_read_as_with_their_apostrophes(report, offset, first, ahead, last, link, space):
    """`yy. m. ~ yy. m.` reads as `’yy. m. ~ ’yy. m.`, whichever years near the report's it prints."""
    start = report + offset
    end = start + ahead
    plain = f"{start % 100}.{space}{first}. {link} {end % 100}.{space}{last}."
    marked = f"’{start % 100}.{space}{first}. {link} ’{end % 100}.{space}{last}."
    assert parse_period(plain, report) == parse_period(marked, report)


@pytest.mark.parametrize(("text", "period", "months"), [
    ("2025-04-01", (4, 4, 2025, None), ["2025-04"]),
    ("2025-04-01 ~ 2025-06-30", (4, 6, 2025, None), ["2025-04", "2025-05", "2025-06"]),
    ("2025-11-01 ~ 2026-02-28", (11, 2, 2025, 2026), ["2025-11", "2025-12", "2026-01", "2026-02"]),
    ("접수 : 2025-04-01 ~ 2025-04-30(30일간)", (4, 4, 2025, None), ["2025-04"]),
    ("2024-09-01~2024-10-31", (9, 10, 2024, None), ["2024-09", "2024-10"]),
    ("2025.04.01.", (4, 4, 2025, None), ["2025-04"]),
    ("2025.04.01. ~ 2025.06.30.", (4, 6, 2025, None), ["2025-04", "2025-05", "2025-06"]),
])
def test_iso_days_give_their_months(text, period, months):
    found = parse_period(text, 2025)
    assert span(found) == period and list(found.months) == months


@pytest.mark.parametrize("text", ["문의 02-2670-3114", "2025-13-01", "2025-04", "2025-04-011", "12025-04-01",
                                  "2025-04-01-02"])
def test_what_is_no_iso_day(text):
    assert parse_period(text, 2025) is None


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_an_iso_day_reads_as_its_dotted_day(day):
    assert parse_period(day.isoformat(), 2025) == parse_period(f"{day.year}. {day.month}. {day.day}.", 2025)


@pytest.mark.parametrize(("text", "amount"), [
    ("장학금 3,000만 투입", 30_000_000),
    ("청년 창업 500만 지원", 5_000_000),
    ("사업비 3천5백만을 지원함", 35_000_000),
    ("시설 보수 : 4~5월 / 3,000만 투입", 30_000_000),
    ("경로당 냉방비 1,200만 지급(7월)", 12_000_000),
    ("3,000만원 투입", 30_000_000),  # as before
    ("1억 2,000만 투입", 120_000_000),  # 억's, as before
    # no money: a unit price, a count, a range, a change, another word than a verb of money after it
    ("1인당 50만 지원", None),
    ("월 30만 지원", None),
    ("1인 최대 300만 지원", None),
    ("가구당 100만씩 지원", None),
    ("3만명 지원", None),
    ("3만 명 지원", None),
    ("3만 건 지원", None),
    ("3만 5천 명 지원", None),
    ("100만 그루 식재 지원", None),
    ("연 70~130만 지원", None),
    ("3,000만 증가 투입", None),
    ("만족도 조사 지원", None),
    ("예산 5,000만 중 3,000만 집행", None),
])
def test_an_amount_in_man_before_a_verb(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(1, 99_999), st.sampled_from(["", " "]), st.sampled_from(["", "3천", "5백"]),
       st.sampled_from([" 투입", "을 투입함", " 지원", " 지급 완료", " 소요", " 확보"]))
def test_a_sentence_in_man_reads_as_with_won(man, space, small, verb):
    figure = f"{small}{man:,}{space}만" if small else f"{man:,}{space}만"
    with_won = item_fields(f"{figure}원{verb}", 2025).amount
    assert item_fields(f"{figure}{verb}", 2025).amount == with_won


@pytest.mark.parametrize("text", [
    "시설 정비 : 4월~6월 (예산 180,000천원 / 집행 172,400천원)",
    "시설 정비(예산 180,000천원 / 집행 172,400천원) : 4월~6월",
    "시설 정비 : 4월~6월 / 예산 180,000천원, 집행 172,400천원",
])
def test_a_budget_and_its_spending_give_the_item_no_amount(text):
    """Neither is the item's: the budget and its spending are the project's budget lines (README)."""
    fields = item_fields(text, 2025)
    assert fields.amount is None and (fields.start, fields.end) == (4, 6)


COVER = (NOVEMBER_COVER
         + "# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n"
         "노후 청사를 안전하게 고치고자 함\n\n### □ 추진실적\n\n")


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_periods_and_amounts_in_a_report(layout, tmp_path):
    items = ("- 방수공사 : 25. 3. ~ 26. 2.\n- 안전점검 : 2025-04-01 ~ 2025-06-30\n- 냉방기 교체 3,000만 투입\n"
             "- 승강기 정비 : 4월~6월 (예산 180,000천원 / 집행 172,400천원)\n- 민원 만족도 3만 명 조사\n")
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.start_month, item.end_month, item.year, item.end_year, item.amount_krw)
            for item in project.items] == [
        (3, 2, 2025, 2026, None), (4, 6, 2025, None, None), (None, None, None, None, 30_000_000),
        (4, 6, 2025, None, None), (None, None, None, None, None)]
