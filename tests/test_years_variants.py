"""Years as reports print them in dates and part headings: a two-digit year without its apostrophe
(`24. 12. 31.`), a session's last day printed alone or after a hyphen, a session over the new year, and a part
that names next year (`Ⅲ. ’26년 주요업무 추진계획`, `Ⅲ. 내년도 주요업무 계획`)."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import parse_date, parse_date_range

BUDGET = ("제261회 구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅰ. 일반현황\n\n## 1 예산현황\n\n"
          "(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%) {date}\n계\t3,000\t1,500\t50.0\n")


def extract(text: str):
    return extract_report(read_text("t.txt", text.encode()))


@pytest.mark.parametrize(("date", "as_of"), [
    ("(24. 12. 31. 기준)", dt.date(2024, 12, 31)),  # before: 2025-12-31, the report's year and a day after it
    ("(25. 5. 31.)", dt.date(2025, 5, 31)),  # before: none
    ("(25.5.31. 현재)", dt.date(2025, 5, 31)),
    ("(5. 31.)", dt.date(2025, 5, 31)),  # a month and a day: the report's year
    ("(12. 31. 기준)", dt.date(2025, 12, 31)),
])
def test_a_budget_as_of_a_date_with_a_two_digit_year_without_apostrophe(date, as_of):
    assert [budget.as_of for budget in extract(BUDGET.format(date=date)).budget] == [as_of]


def test_a_two_digit_year_needs_a_month_and_a_day_after_it_or_its_year_word():
    assert parse_date("25.6.12.", 2024) == dt.date(2025, 6, 12)  # before: none (month 25, day 6)
    assert parse_date("24년 12월 31일", 2025) == dt.date(2024, 12, 31)  # before: 2025-12-31
    assert parse_date("12. 31.", 2025) == dt.date(2025, 12, 31)  # no month 31: a month and a day
    assert parse_date("5. 31.", 2025) == dt.date(2025, 5, 31)
    assert parse_date("2025. 6. 12.", None) == dt.date(2025, 6, 12)  # not `25. 6. 12.` inside it


COVER = "제305회 한빛구의회 정례회\n\n{dates}\n\n행정사무감사 업무보고\n\n세무1과\n\nⅠ. 일반현황\n"


@pytest.mark.parametrize(("dates", "start", "end"), [
    ("25. 6. 12. ~ 6. 27.", dt.date(2025, 6, 12), dt.date(2025, 6, 27)),  # before: no session, no year
    ("2025. 6. 12. ~ 27.", dt.date(2025, 6, 12), dt.date(2025, 6, 27)),  # before: none
    ("2025. 6. 12.(목) ~ 27.(금)", dt.date(2025, 6, 12), dt.date(2025, 6, 27)),
    ("2025. 6. 12. - 6. 27.", dt.date(2025, 6, 12), dt.date(2025, 6, 27)),  # before: none
    ("2025. 12. 22. ~ 1. 5.", dt.date(2025, 12, 22), dt.date(2026, 1, 5)),  # before: ended 2025-01-05
    ("2025년 12월 22일 ~ 2026년 1월 5일", dt.date(2025, 12, 22), dt.date(2026, 1, 5)),
])
def test_a_cover_session_as_departments_print_it(dates, start, end):
    info = extract(COVER.format(dates=dates)).document
    assert (info.session_start, info.session_end, info.year, info.department) == (start, end, start.year, "세무1과")


def test_a_range_that_does_not_end_after_it_starts_is_none():
    assert parse_date_range("2025. 6. 12. ~ 3.") is None  # a day before the first in the same month
    assert parse_date_range("2025. 6. 12.") is None
    assert parse_date_range("2025. 6. 12. - 세무1과") is None


NOVEMBER = ("제305회 한빛구의회 정례회\n\n2025. 11. 20. ~ 12. 16.\n\n2025년도 행정사무감사 업무보고\n\n세 무 1 과\n\n"
            "Ⅱ. 주요업무 추진실적\n\n1. 지방세 체납액 징수 (체납관리팀)\n\n□ 추진실적\n\n"
            "○ 체납액 일제정리 기간 운영 : 3월 ~ 4월\n\n"
            "{part}\n\n1. 체납액 징수 강화 (체납관리팀)\n\n□ 추진계획\n\n○ 고액체납자 명단공개 : 11월\n")


@pytest.mark.parametrize("part", [
    "Ⅲ. ’26년 주요업무 추진계획",  # before: 2025
    "Ⅲ. 내년도 주요업무 계획", "Ⅲ. 차년도 주요업무 추진계획", "Ⅲ. 익년도 주요업무 계획",  # before: 2025
    "Ⅲ. 2026년도 주요업무 계획", "Ⅲ. 2026 주요업무 계획",
])
def test_a_part_naming_next_year_dates_its_items_in_it(part):
    report = extract(NOVEMBER.format(part=part))
    items = [(item.text, item.year) for project in report.projects for item in project.items]
    assert items == [("체납액 일제정리 기간 운영 : 3월 ~ 4월", 2025), ("고액체납자 명단공개 : 11월", 2026)]
    assert (report.document.title, report.document.year) == ("2025년도 행정사무감사 업무보고", 2025)


def test_a_part_naming_a_span_of_years_is_no_years_part():
    """`향후 10년` is no year nor `2차년도` next year, and a part naming two years dates its items in the report's."""
    for part in ("Ⅲ. 향후 10년 발전계획", "Ⅲ. 사업 2차년도 추진계획", "Ⅲ. ’26년~’27년 주요업무 계획",
                 "Ⅲ. 2026년~2027년 주요업무 계획",
                 "Ⅲ. 주요업무 추진실적 및 내년도 계획"):  # this year's results and next year's plans: before, 2026
        report = extract(NOVEMBER.format(part=part))
        assert [item.year for project in report.projects for item in project.items] == [2025, 2025], part


def test_a_session_ending_on_a_day_alone_in_a_cover_run_into_one_line():
    """The day alone (`~ 27.`) is part of the session, not of the department's line: before, no department."""
    text = "2025년 주요업무 보고 제305회 한빛구의회 정례회 2025. 6. 12. ~ 27. 세무1과\n\nⅠ. 일반현황\n"
    info = extract(text).document
    assert (info.department, info.session_start, info.session_end) == ("세무1과", dt.date(2025, 6, 12),
                                                                      dt.date(2025, 6, 27))


def test_a_date_with_a_two_digit_year_alone_on_the_cover_gives_the_year():
    """Before, `25. 11. 20.` read as month 25 and gave no year (`cover.missing`); the session's date (branch left89;
    before, none)."""
    info = extract("제305회 한빛구의회 정례회\n\n25. 11. 20.\n\n업무보고\n\n세무1과\n\nⅠ. 일반현황\n").document
    assert (info.year, info.session_start, info.session_end) == (2025, dt.date(2025, 11, 20), None)


@pytest.mark.parametrize("period", ["24. 11. 4. - 11. 8.", "2025. 3. 4. ~ 3. 6.", "2025. 3. 4. - 3. 6."])
def test_a_range_of_dates_in_the_body_is_no_session(period):
    """A cover printing no session's dates takes none from an item below its first part (before: the item's, and
    with no year in the title the report's year from it: 2024)."""
    text = ("제301회 한빛구의회 제1차 정례회\n\n2025. 6.\n\n주요업무 보고\n\n총 무 과\n\nⅠ. 일반현황\n\n"
            "Ⅱ. 주요업무 추진실적\n\n① 직원 역량 강화 교육\n\n직원의 직무 역량을 높이고자 함\n\n□ 주요 추진실적\n\n"
            f" ○ 신규 공무원 기본교육: {period} / 12,000천원\n")
    info = extract(text).document
    assert (info.year, info.session_start, info.session_end) == (2025, None, None)
