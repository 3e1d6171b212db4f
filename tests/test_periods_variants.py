"""Periods, dates and amounts as reports print them in items: days with 일, lists of months, open ranges,
schedules of month labels, and amounts written with mixed scales or as the result of a sum."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_report
from extractors.projects import item_fields
from pipeline.read_text import read_text
from pipeline.values import parse_amount, parse_period, parse_period_label
from tests.periods import span

REPORT = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 시험 사업 (총무팀)\n\n시험하고자 함\n\n"
          "□ 주요 추진실적\n\n")


def items(body: str, year: int = 2025) -> list[tuple[str, int | None, int | None, int | None, int | None]]:
    (project,) = extract_report(read_text("t.txt", (REPORT.replace("2025", str(year)) + body).encode())).projects
    return [(item.text, item.start_month, item.end_month, item.year, item.amount_krw) for item in project.items]


@pytest.mark.parametrize(("text", "expected"), [
    # a day written with 일, with its year and weekday or not
    ("공시: 4월 30일", (4, 4)), ("2025년 4월 30일", (4, 4)), ("4월 24일 ~ 4월 30일", (4, 4)),
    ("3월 4일(화)", (3, 3)), ("3월 10일~5월 20일", (3, 5)),
    # dotted dates with their year and no spaces
    ("2025.10.2.", (10, 10)), ("2025.3.10.", (3, 3)), ("’25.10.2.", (10, 10)), ("(2025.3.10.~5.20.)", (3, 5)),
])
def test_days_give_their_month(text, expected):
    assert span(parse_period(text, 2025)) == (*expected, 2025, None)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of months runs from the first to the last
    ("3월, 9월", (3, 9)), ("1월, 7월", (1, 7)), ("3월, 6월(반기별)", (3, 6)), ("연 2회(4월, 10월)", (4, 10)),
    ("1·3월", (1, 3)), ("3·9월", (3, 9)), ("상·하반기", (1, 12)), ("상/하반기 점검", (1, 12)),
    # ranges written with 부터 … 까지, or a fullwidth hyphen
    ("3월부터 5월까지", (3, 5)), ("4월－6월", (4, 6)),
    # open ranges run to the year's edge: from a month on, to December; until a month, from January
    ("3월부터", (3, 12)), ("4월~", (4, 12)), ("(4월 ~ )", (4, 12)), ("12월까지", (1, 12)), ("(~6월)", (1, 6)),
    ("6월까지 완료", (1, 6)),
    # a hyphen after a month separates the text, it does not open a range
    ("3월 - 정기점검 실시", (3, 3)),
])
def test_lists_and_open_ranges_of_months(text, expected):
    assert span(parse_period(text, 2025)) == (*expected, 2025, None)


@pytest.mark.parametrize("text", [
    "구 분 1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월 앵커시설 공사 ━━━━ 주민 교육 ● ● ● ●",
    "1월 2월 3월 4월",
])
def test_a_run_of_month_labels_is_a_schedule_not_a_period(text):
    assert parse_period(text) is None


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=28), st.sampled_from(["", "(화)", " (금)"]),
       st.sampled_from(["~", " ~ ", "∼", "－", "-", "부터 "]))
def test_days_with_il_in_a_range(a, b, day, weekday, tilde):
    start, end = min(a, b), max(a, b)
    assert span(parse_period(f"{start}월 {day}일{weekday}")) == (start, start, None, None)
    assert span(parse_period(f"2025년 {start}월 {day}일{weekday}")) == (start, start, 2025, None)
    assert span(parse_period(f"{start}월 {day}일{weekday}{tilde}{end}월 {day}일", 2025)) == (start, end, 2025, None)
    assert span(parse_period(f"2025.{start}.{day}.{weekday}", 2025)) == (start, start, 2025, None)


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=2, max_size=4, unique=True),
       st.sampled_from([", ", ",", "·", " · ", " 및 "]))
def test_month_lists(months, separator):
    assert span(parse_period(separator.join(f"{m}월" for m in months), 2025)) == (min(months), max(months), 2025, None)
    assert span(parse_period(f"연 {len(months)}회({separator.join(f'{m}월' for m in months)})")) == (
        min(months), max(months), None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("3천5백만원", 35_000_000), ("2억5천만원", 250_000_000), ("1억 2천만원", 120_000_000), ("5천만원", 50_000_000),
    ("120백만원", 120_000_000), ("12,000千원", 12_000_000), ("3천원", 3_000), ("1조 2,000억원", 1_200_000_000_000),
    ("3 5원", None), ("천원", None),
])
def test_amounts_with_mixed_scales(text, expected):
    assert parse_amount(text) == expected


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=9),
       st.integers(min_value=0, max_value=9))
def test_thousands_and_hundreds_of_man(cheon, baek, sip):
    printed = f"{cheon}천" + (f"{baek}백" if baek else "") + (f"{sip}십" if sip else "") + "만원"
    assert parse_amount(printed) == (cheon * 1000 + baek * 100 + sip * 10) * 10_000


@pytest.mark.parametrize(("text", "expected"), [
    ("항목1: 4월 30일", (4, 4, 2025, None, None)),
    ("3월 : 상반기 체납액 정리 보고회 개최", (3, 3, 2025, None, None)),  # the period printed first, as the item's label
    ("2025. 3. 10.(월) : 상반기 정기점검", (3, 3, 2025, None, None)),
    ("정리 보고회: 상반기", (1, 6, 2025, None, None)),
    ("장비 구입: 금 52,300,000원", (None, None, None, None, 52_300_000)),
    # the total the sum prints
    ("격려품 지급: 1인당 200천원 × 120명 = 24,000천원", (None, None, None, None, 24_000_000)),
    ("물품 구입: 12,000千원", (None, None, None, None, 12_000_000)),
    ("시설 보수: 3천5백만원", (None, None, None, None, 35_000_000)),
    # two amounts of their own (a budget and its spending): neither is the item's
    ("추진실적: 예산 500,000천원, 집행 320,000천원", (None, None, None, None, None)),
    ("예산: 500,000천원, 집행: 320,000천원", (None, None, None, None, None)),
    ("예산 500,000천원 / 집행 320,000천원", (None, None, None, None, None)),
    ("예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (45.0%)", (None, None, None, None, None)),
    ("집행액: 450,000천원 (45.0%)", (None, None, None, None, 450_000_000)),  # a rate after it, as a period or funding
    ("사업비: 500,000천원", (None, None, None, None, 500_000_000)),
])
def test_item_fields_as_printed(text, expected):
    assert item_fields(text, 2025)[:5] == expected


def test_items_as_a_report_prints_them():
    """`ㆍ` (U+318D) as a reader gives it; a space-aligned 추진일정 of month labels, a bar and marks, read as a
    schedule table (once one item of the chart flattened, which gave no period either), each step an item dated
    by its marks."""
    schedule = ("     구 분          1월  2월  3월  4월  5월  6월  7월  8월  9월  10월  11월  12월\n"
                "     앵커시설 공사            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
                "     주민 교육                      ●    ●                   ●     ●\n")
    found = items("- 정기점검: 1ㆍ3월\n- 위생점검: 상ㆍ하반기\n- 공시: 4월 30일 / 12,000千원\n\n"
                  f"□ 추진일정\n\n{schedule}")
    assert found == [("정기점검: 1·3월", 1, 3, 2025, None), ("위생점검: 상·하반기", 1, 12, 2025, None),
                     ("공시: 4월 30일 / 12,000千원", 4, 4, 2025, 12_000_000),
                     ("앵커시설 공사 : 3월~11월", 3, 11, 2025, None),
                     ("주민 교육 : 4월~5월, 9월~10월", 4, 10, 2025, None)]


@given(st.text(alphabet="0123456789월일년.,~-－·()화 부터까지상하반기’", max_size=40))
def test_period_parsers_never_raise_and_a_label_is_a_period(text):
    label = parse_period_label(text)
    assert label is None or label == parse_period(text)


@pytest.mark.parametrize(("text", "year", "expected"), [
    # a period crossing a year ends in the year it ends in, whichever the report's (before, it kept the months it
    # has in the report's year: 9–12 of 2023 in a 2023 report, 1–3 of 2024 in a 2024 one)
    ("2023. 9월 ~ 2024. 3월", 2023, (9, 3, 2023, 2024)), ("2023. 9월 ~ 2024. 3월", 2024, (9, 3, 2023, 2024)),
    ("2023. 9월 ~ 2024. 3월", None, (9, 3, 2023, 2024)), ("2022. 3. ~ 2024. 12.", 2023, (3, 12, 2022, 2024)),
    ("11월 ~ 익년 2월", 2025, (11, 2, 2025, 2026)), ("11월~2월", 2025, (11, 2, 2025, 2026)),
    ("’24. 11월 ~ 2월", 2025, (11, 2, 2024, 2025)),
    # and one wholly in another year has its months in that year (before, none)
    ("’22. 3월", 2023, (3, 3, 2022, None)), ("향후: 2026. 1월", 2025, (1, 1, 2026, None)),
    ("’26. 1월", 2025, (1, 1, 2026, None)),
    ("익년 2월", 2025, (2, 2, 2026, None)), ("2022. 3. ~ 2024. 12.", 2025, (3, 12, 2022, 2024)),
    ("’24. 12월까지", 2025, (1, 12, 2024, None)), ("’26. 3월 ~ 5월", 2025, (3, 5, 2026, None)),
    ("2026. 11월 ~ 2027. 2월", 2025, (11, 2, 2026, 2027)),
    # a year the report's own stays; from a month on with no end runs to the end of the report's year
    ("2025. 3월", 2025, (3, 3, 2025, None)), ("’24. 3월부터", 2025, (3, 12, 2024, 2025)),
    ("2025.3.10.~5.20.", 2025, (3, 5, 2025, None)),
    ("24년 3월 ~ 25년 2월", 2025, (3, 2, 2024, 2025)),
    # with no year known, a period printing none, or only `익년`, has none either
    ("3월", None, (3, 3, None, None)), ("익년 2월", None, (2, 2, None, None)),
    ("11월~2월", None, (11, 12, None, None)),  # no year known: its part in the year it starts
])
def test_periods_in_the_years_they_print(text, year, expected):
    assert span(parse_period(text, year)) == expected


def test_an_item_period_crossing_the_year():
    """An item dated wholly in another year (`’22. 3월`) has its months in it; one crossing a year runs from its
    start's month and year to its end's (before, the months in the report's year: 9–12 of 2023, 1–3 of 2024)."""
    body = "- 도시계획 재정비 용역: 2023. 9월 ~ 2024. 3월\n- 착수보고회: ’22. 3월\n- 주민공람: 11월 ~ 익년 2월\n"
    for year in (2023, 2024):
        text = REPORT.replace("2025", str(year)) + body
        (project,) = extract_report(read_text("t.txt", text.encode())).projects
        assert [(item.start_month, item.end_month, item.year, item.end_year) for item in project.items] == [
            (9, 3, 2023, 2024), (3, 3, 2022, None), (11, 2, year, year + 1)]


def test_a_part_naming_its_year_dates_its_items_in_it():
    """`Ⅲ. 2026년 주요업무 계획` in a 2025 report plans next year: its `’26. 3월 ~ 11월` is 3–11 (before, no months,
    as if of another year than the items')."""
    text = ("2025년 주요업무 보고\n\n총무과\n\nⅢ. 2026년 주요업무 계획\n\n① 코딩 교실 (교육팀)\n\n교육하고자 함\n\n"
            "□ 추진계획\n\n- AI 코딩 교실 운영: ’26. 3월 ~ 11월\n- 진로 박람회 개최: ’26. 5월\n- 결산: 2025. 12월\n"
            "- 홍보: 4월\n- 운영 방침\n")
    (project,) = extract_report(read_text("t.txt", text.encode())).projects
    assert [(item.start_month, item.end_month, item.year) for item in project.items] == [
        (3, 11, 2026), (5, 5, 2026), (12, 12, 2025), (4, 4, 2026), (None, None, None)]


@pytest.mark.parametrize("text", [
    "추진실적: 예산 50,000천원, 집행 50,000천원",
    "예산: 50,000천원, 집행: 50,000천원",
    "예산 50,000천원 / 집행 50,000천원",
    "예산액 : 50,000천원(구비) / 집행액 : 50,000천원 (100%)",
    "교육 : 3월 / 50,000천원, 50,000천원",
    "교육 : 3월(50,000천원, 50,000천원)",
    "교육 : 3월 / 5천만원, 50,000천원",  # the same amount printed in two scales
])
def test_two_amounts_that_are_equal_are_still_two(text):
    """Before, equal amounts collapsed to one (a set), so `예산 50,000천원, 집행 50,000천원` gave 50,000,000;
    two amounts printed give none, equal or not."""
    assert item_fields(text, 2025)[4] is None


@pytest.mark.parametrize(("text", "amount"), [
    ("격려품 지급: 1인당 50,000천원 × 1명 = 50,000천원", 50_000_000),  # the sum's total alone, equal to its part
    ("교육 : 9월 ~ 11월(10개소, 50,000천원)", 50_000_000),
    ("교육 : 10월(50,000천원)", 50_000_000),
])
def test_one_amount_equal_to_another_figure_is_still_the_items(text, amount):
    assert item_fields(text, 2025)[4] == amount


def test_an_item_with_two_equal_amounts_has_none_in_its_record():
    found = items("- 추진실적: 예산 50,000천원, 집행 50,000천원\n- 사업비: 50,000천원\n")
    assert [(text, amount) for text, *_, amount in found] == [
        ("추진실적: 예산 50,000천원, 집행 50,000천원", None), ("사업비: 50,000천원", 50_000_000)]
