"""An item's period with a two-digit year printed without its apostrophe (`26. 3월`): the year where the two
digits are a year near the report's, not a list's number (`12. 3월 개최` is item 12 in March of the report's year)."""

import pytest

from pipeline.values import parse_period
from tests.periods import span
from tests.test_item_year_variants import COVER, extract, items


@pytest.mark.parametrize(("text", "period"), [
    ("26. 3월", (3, 3, 2026, None)),
    ("26.3월", (3, 3, 2026, None)),
    ("26. 3~4월", (3, 4, 2026, None)),
    ("준공: 26. 3월 예정", (3, 3, 2026, None)),
    ("24. 12월 ~ 25. 3월", (12, 3, 2024, 2025)),  # over two years
    ("21. 3월", (3, 3, 2021, None)),
    ("26. 3. 10.", (3, 3, 2026, None)),  # a day with its year, as `values.DATE` reads `25. 6. 12.`
    ("26. 1분기", (1, 3, 2026, None)),
])
def test_a_two_digit_year_without_its_apostrophe_dates_the_months(text, period):
    """Before, `26. 3월` in a 2025 report was March 2025 (`26.3월`: no period at all)."""
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize(("text", "period"), [
    ("12. 3월 개최", (3, 3, 2025, None)),  # item 12, not 2012
    ("1. 3월 착수", (3, 3, 2025, None)),
    ("19. 3~4월 교육", (3, 4, 2025, None)),  # more than five years before the report's: a list's number
    ("31. 3월 개최", (3, 3, 2025, None)),  # more than five years after it
    ("3. 4월 예정", (4, 4, 2025, None)),
])
def test_a_lists_number_before_a_month_is_no_year(text, period):
    assert span(parse_period(text, 2025)) == period


def test_without_the_reports_year_two_digits_are_no_year():
    """Whether two digits are a year is told by the report's year; with none known, they are not."""
    assert span(parse_period("26. 3월")) == (3, 3, None, None)
    assert span(parse_period("’26. 3월")) == (3, 3, 2026, None)


def test_an_items_year_from_two_digits():
    text = (COVER + "Ⅱ. 2025년 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ 주요 추진실적\n\n"
            " 12. 3월 개최\n 13. 향후 보수: 26. 3월\n 14. 착수보고회: 22. 3~4월\n")
    assert items(extract(text)) == [("12. 3월 개최", 3, 3, 2025), ("13. 향후 보수: 26. 3월", 3, 3, 2026),
                                    ("14. 착수보고회: 22. 3~4월", 3, 4, 2022)]
