"""Two readings of an item: `연말연시`, the year-end and new-year holidays, is December of the year to January of the
next, as `12월~1월` is (before, no period); and an amount after a word naming a grant or award the item won
(`재정인센티브 5,000만원`, `포상금 300만원`, `특별교부금 3억원`) is the item's, as after `보조금` (before, none)."""

from pathlib import Path

import pytest

from extractors.projects import item_fields
from pipeline.extract import extract_file
from pipeline.values import parse_period, parse_period_label

COVER = ("제305회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n기획예산과\n\n"
         "Ⅱ. 주요업무 추진실적\n\n")


def _items(body: str) -> list[tuple]:
    report = extract_file(Path("2025-hanbit-gihoek.txt"), (COVER + body).encode())
    return [(item.text, item.start_month, item.end_month, item.year, item.end_year, item.amount_krw)
            for project in report.projects for item in project.items]


@pytest.mark.parametrize(("text", "expected"), [
    ("연말연시", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("연말연시 특별 방역", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("연말연시에 집중 단속", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("2026년 연말연시", (12, 1, 2026, 2027, ("2026-12", "2027-01"))),
    ("’24. 연말연시", (12, 1, 2024, 2025, ("2024-12", "2025-01"))),
    ("연말연시 / 5,000천원", (12, 1, 2025, 2026, ("2025-12", "2026-01"))),
    ("연말", (12, 12, 2025, None, ("2025-12",))),  # as before
])
def test_the_year_end_holidays_are_december_to_january_of_the_next_year(text, expected):
    assert tuple(parse_period(text, 2025)) == expected
    assert parse_period(text, 2025) == parse_period(text.replace("연말연시", "12월~1월"), 2025)


def test_the_year_end_holidays_with_no_year_known_are_december_as_12_to_1_is():
    assert tuple(parse_period("연말연시", None)) == tuple(parse_period("12월~1월", None))
    assert tuple(parse_period("연말연시", None)) == (12, 12, None, None, ("--12",))


def test_the_year_end_holidays_as_a_label_date_what_follows():
    assert tuple(parse_period_label("연말연시", 2025)) == (12, 1, 2025, 2026, ("2025-12", "2026-01"))


@pytest.mark.parametrize("text", ["연말정산 교육", "연말 결산", "연시"])
def test_other_words_the_letters_start_are_no_holidays(text):
    period = parse_period(text, 2025)
    assert period is None or (period.start, period.end, period.end_year) == (12, 12, None)


def test_an_item_of_the_year_end_holidays_runs_into_january():
    body = ("① 지역 안전 관리 (안전총괄팀)\n\n재난 취약시설을 점검하고자 함\n\n□ 향후계획\n\n"
            "○ 연말연시 취약시설 안전점검\n○ 해빙기 안전점검 : 2월~3월\n")
    assert _items(body) == [("연말연시 취약시설 안전점검", 12, 1, 2025, 2026, None),
                            ("해빙기 안전점검 : 2월~3월", 2, 3, 2025, None, None)]


@pytest.mark.parametrize(("text", "amount"), [
    ("지방재정 분석 결과 우수 : ’22. 2월 / 재정인센티브 5,000만원", 50_000_000),
    ("지방재정 분석 결과 우수 : ’22. 2월 / 인센티브 50,000천원", 50_000_000),
    ("규제개혁 평가 우수 : 3월 / 포상금 300만원", 3_000_000),
    ("재난관리 평가 우수 : 3월 / 특별교부금 3억원", 300_000_000),
    ("재난관리 평가 우수 : 3월 / 특별조정교부금 2억원", 200_000_000),
    ("청렴 시책 경진대회 : 11월 / 시상금 500만원", 5_000_000),
    ("일자리 대상 수상 : 12월 / 상금 1,000만원", 10_000_000),
    ("보조금 : 3월 / 보조금 5,000만원", 50_000_000),  # as before
    ("지원 : 3월 / 지원금 5,000만원", 50_000_000),  # as before
])
def test_an_amount_after_a_word_naming_a_grant_or_award_is_the_items(text, amount):
    assert item_fields(text, 2025).amount == amount


@pytest.mark.parametrize("text", [
    "평가 : 3월 / 재정인센티브 5,000만원, 포상금 300만원",  # two amounts: neither the item's, as `예산 …, 집행 …`
    "평가 : 3월 / 우수기관 선정",
    "평가 : 3월 / 우수기관 인센티브 지급 기준 개선",
])
def test_no_amount_where_the_item_prints_none_or_two(text):
    assert item_fields(text, 2025).amount is None


def test_an_items_grant_read_in_a_report_with_its_period():
    body = ("① 지방재정 건전성 강화 (예산팀)\n\n지방재정을 건전하게 운용하고자 함\n\n□ 추진실적\n\n"
            "○ 지방재정 분석 결과 우수 : ’22. 2월 / 재정인센티브 5,000만원\n")
    assert _items(body) == [
        ("지방재정 분석 결과 우수 : ’22. 2월 / 재정인센티브 5,000만원", 2, 2, 2022, None, 50_000_000)]
