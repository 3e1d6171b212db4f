"""Periods as reports print them beyond one month or range: a year before a range, a half or a quarter
(`’26. 1~2월`, `2026년 상반기`), lists of months with 월 on the last only (`3·6·9·12월`), quarters written
`1·4분기` or as ranges (`1~2분기`), items printing several periods (`발주 : 2월, 착수 : 3월`), and months with
their part (`3월 중순 ~ 6월 말`)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from extractors import extract_report
from extractors.projects import item_fields
from pipeline.read_text import read_text
from pipeline.render import _item_facts
from pipeline.values import parse_period, parse_period_label
from tests.periods import span

REPORT = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 시험 사업 (총무팀)\n\n시험하고자 함\n\n"
          "□ 향후계획\n\n")

months = st.integers(min_value=1, max_value=12)
quarters = st.integers(min_value=1, max_value=4)
years = st.sampled_from([2023, 2024, 2025, 2026, 2027])


def items(body: str) -> list[tuple[str, int | None, int | None, int | None]]:
    (project,) = extract_report(read_text("t.txt", (REPORT + body).encode())).projects
    return [(item.text, item.start_month, item.end_month, item.year) for item in project.items]


@pytest.mark.parametrize(("text", "expected"), [
    # a year printed before a range whose first month prints no 월, a half, a quarter or the whole year
    ("’26. 1~2월", (1, 2, 2026, None)), ("2026년 1~3월", (1, 3, 2026, None)), ("2026년 상반기", (1, 6, 2026, None)),
    ("2026년 3/4분기", (7, 9, 2026, None)), ("2026년도 연중", (1, 12, 2026, None)), ("’26. 2분기", (4, 6, 2026, None)),
    ("내년 상반기", (1, 6, 2026, None)), ("2026년도 3월", (3, 3, 2026, None)), ("2025년 하반기", (7, 12, 2025, None)),
    ("’24. 하반기", (7, 12, 2024, None)),
    # a list of months with 월 on the last only runs from the first
    ("3·6·9·12월", (3, 12, 2025, None)), ("분기별(3, 6, 9, 12월)", (3, 12, 2025, None)),
    ("4, 10월", (4, 10, 2025, None)),
    # `N·4분기` is `N/4분기`; quarters in a range or a list run from the first to the last
    ("1·4분기", (1, 3, 2025, None)), ("2·4분기", (4, 6, 2025, None)), ("3·4분기", (7, 9, 2025, None)),
    ("1~2분기", (1, 6, 2025, None)),
    ("1·2분기", (1, 6, 2025, None)), ("1/4~2/4분기", (1, 6, 2025, None)), ("1/4분기 ~ 2/4분기", (1, 6, 2025, None)),
    ("1분기 ~ 2분기", (1, 6, 2025, None)), ("3~4분기", (7, 12, 2025, None)), ("3/4분기~4/4분기", (7, 12, 2025, None)),
    ("1·2·3분기", (1, 9, 2025, None)), ("2/4분기 운영", (4, 6, 2025, None)),
    # several periods: the item runs over them all
    ("발주 2월, 착수 3월", (2, 3, 2025, None)), ("3월~5월(1기), 9월~11월(2기)", (3, 11, 2025, None)),
    ("7월(주택 1/2, 건축물), 9월(주택 1/2, 토지)", (7, 9, 2025, None)), ("상반기, 하반기 각 1회", (1, 12, 2025, None)),
    ("상반기~하반기", (1, 12, 2025, None)),
    # over years, from the first's month to the last's, each in its year
    ("용역 착수(’24. 7월) → 기초조사 완료(12월) → 주민설명회 개최(’25. 3월)", (7, 3, 2024, 2025)),
    ("열람공고 7월 / 결정고시 ’26. 3월", (7, 3, 2025, 2026)), ("착수 ’26. 1월, 준공 3월", (1, 3, 2026, None)),
    # months print the period more closely than a half or quarter in the item's name
    ("상반기 집중 정리(3월~5월)", (3, 5, 2025, None)), ("하반기 교육(9월)", (9, 9, 2025, None)),
    # a month with its part (초, 중순, 말 …)
    ("3월 중순 ~ 6월 말", (3, 6, 2025, None)), ("3월초 ~ 6월말", (3, 6, 2025, None)),
    ("4월 말 ~ 5월", (4, 5, 2025, None)),
    ("3월 하순 ~ 4월 초순", (3, 4, 2025, None)), ("3월말까지", (1, 3, 2025, None)), ("6월 이후", (6, 12, 2025, None)),
    # months in a bracket aside (what the item excludes, the plan it replaced, the year before, a notice ahead) are
    # not its own: before, `연중(동절기 12월~2월 제외)` was 12–12 and `7월~9월(당초 3월~5월)` 3–9; the months it
    # excludes at the span's ends move them (before, `연중(동절기 12월~2월 제외)` was 1–12)
    ("연중(동절기 12월~2월 제외)", (3, 11, 2025, None)), ("3월~11월(동절기 12월~2월 제외)", (3, 11, 2025, None)),
    ("7월~9월(당초 3월~5월)", (7, 9, 2025, None)), ("6월(당초 4월)", (6, 6, 2025, None)),
    ("2월(전년 12월 사전 안내)", (2, 2, 2025, None)), ("3월(전년 11월 공고)", (3, 3, 2025, None)),
    ("7월(6월 중 사전 예고)", (7, 7, 2025, None)),
    # unchanged: as-of dates, a month's end as an as-of date, and wrapping ranges
    ("(5월말 기준) 6월 개최", (6, 6, 2025, None)), ("11월~내년 2월", (11, 2, 2025, 2026)),
    ("’24. 12월 ~ ’25. 1월", (12, 1, 2024, 2025)),
])
def test_periods_as_printed(text, expected):
    assert span(parse_period(text, 2025)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("실태조사 용역 발주 : 2월, 착수 : 3월", (2, 3, 2025, None)),
    ("1단계 사업 : 1월~6월, 2단계 사업 : 7월~12월", (1, 12, 2025, None)),
    ("기간 : 1단계 1월~6월, 2단계 7월~12월", (1, 12, 2025, None)),
    ("교육 : 3월~5월(1기), 9월~11월(2기)", (3, 11, 2025, None)),
    ("부과시기 : 7월(주택 1/2, 건축물), 9월(주택 1/2, 토지)", (7, 9, 2025, None)),
    ("열람공고 : 7월 / 도시계획위원회 심의 : 10월 / 결정고시 : ’26. 3월", (7, 3, 2025, 2026)),
    ("용역 착수(’24. 7월) → 기초조사 완료(’24. 12월) → 주민설명회 개최(’25. 3월)", (7, 3, 2024, 2025)),
    ("안전점검 : 상반기, 하반기 각 1회", (1, 12, 2025, None)),
    ("2/4분기 운영", (4, 6, 2025, None)), ("1/4분기 운영 / 12,000천원", (1, 3, 2025, None)),
    # a label's period counts only where the values print none; a label that is a period dates the item
    ("하반기 재정지원금 지급 : 6월 ~ 12월", (6, 12, 2025, None)),
    ("2026년 상반기 채용 공고 : 12월", (12, 12, 2025, None)),
    ("3월 : 상반기 정리 보고회", (3, 3, 2025, None)), ("교육 : 3월 (대상: 신규자)", (3, 3, 2025, None)),
])
def test_item_fields_over_several_periods(text, expected):
    assert item_fields(text, 2025)[:4] == expected


def test_items_of_a_report():
    body = ("- 외벽타일 보수: ’26. 1~2월\n- 별관 리모델링 착공: 2026년 상반기\n- 청사 소방시설 정기점검: 3·6·9·12월\n"
            "- 청사 방역 소독: 1ㆍ4분기\n- 저수조 청소: 2ㆍ4분기\n- 설계 : 1/4분기 ~ 2/4분기\n"
            "- 실태조사 용역 발주 : 2월, 착수 : 3월\n- 교육 : 3월 중순 ~ 6월 말\n")
    assert [fields for _, *fields in items(body)] == [
        [1, 2, 2026], [1, 6, 2026], [3, 12, 2025], [1, 3, 2025], [4, 6, 2025], [1, 6, 2025], [2, 3, 2025],
        [3, 6, 2025]]


@given(months, months, years, years)
def test_show_prints_an_items_months_so_that_they_parse_back(a, b, year, report):
    """What `show` prints of an item (`[2026년 1~2월]`) is read back as its months and year."""
    start, end = min(a, b), max(a, b)
    printed = _item_facts({"start_month": start, "end_month": end, "year": year, "end_year": None,
                           "amount_krw": None}, report)
    assert span(parse_period(printed.strip(" []"), report)) == (start, end, year, None)


@given(months, months, years, st.integers(min_value=1, max_value=3), years)
def test_show_prints_a_period_over_years_so_that_it_parses_back(start, end, year, later, report):
    """What `show` prints of an item crossing a year (`[11월~2026년 2월]`, `[2024년 9월~2025년 3월]`) is read back
    as its months and years."""
    printed = _item_facts({"start_month": start, "end_month": end, "year": year, "end_year": year + later,
                           "amount_krw": None}, report)
    assert span(parse_period(printed.strip(" []"), report)) == (start, end, year, year + later)


@given(months, months, years, st.sampled_from(["{y}년 ", "{y}. ", "’{yy}. ", "{y}년도 ", "{yy}년 "]),
       st.sampled_from(["~", " ~ ", "-", "∼"]))
def test_a_year_before_a_range_dates_it(a, b, year, form, dash):
    start, end = min(a, b), max(a, b)
    prefix = form.format(y=year, yy=year % 100)
    assert span(parse_period(f"{prefix}{start}{dash}{end}월", year)) == (start, end, year, None)
    assert span(parse_period(f"{prefix}{start}월{dash}{end}월", year)) == (start, end, year, None)
    other = 2025 if year != 2025 else 2024
    assert span(parse_period(f"{prefix}{start}{dash}{end}월", other)) == (start, end, year, None)


@given(st.lists(months, min_size=2, max_size=5, unique=True), st.sampled_from(["·", ", ", " · "]))
def test_a_list_of_months_with_wol_on_the_last_only(listed, separator):
    text = separator.join(map(str, listed)) + "월"
    assert span(parse_period(text, 2025)) == (min(listed), max(listed), 2025, None)
    assert span(parse_period(f"점검({text})", 2025)) == (min(listed), max(listed), 2025, None)


@given(quarters, quarters, st.sampled_from(["{a}~{b}분기", "{a}/4~{b}/4분기", "{a}/4분기 ~ {b}/4분기",
                                            "{a}분기~{b}분기", "{a}·4분기 ~ {b}·4분기", "{a}, {b}분기"]),
       st.sampled_from(["", "2025년 ", "’25. "]))
def test_ranges_of_quarters(a, b, form, prefix):
    first, last = min(a, b), max(a, b)
    text = prefix + form.format(a=first, b=last)
    assert span(parse_period(text, 2025)) == (3 * first - 2, 3 * last, 2025, None)
    assert span(parse_period(f"{first}·4분기", 2025)) == span(parse_period(f"{first}/4분기", 2025)) == (
        3 * first - 2, 3 * first, 2025, None)


@given(st.lists(st.tuples(months, months), min_size=1, max_size=3),
       st.sampled_from([", ", " / "]), st.sampled_from(["~", " ~ "]))
def test_an_item_runs_over_every_period_its_fields_print(ranges, separator, dash):
    spans = [(min(a, b), max(a, b)) for a, b in ranges]
    text = separator.join(f"{k}단계 사업 : {s}월{dash}{e}월" for k, (s, e) in enumerate(spans, 1))
    assert item_fields(text, 2025)[:4] == (min(s for s, _ in spans), max(e for _, e in spans), 2025, None)


@given(st.text(alphabet="0123456789월일년.,~-·()/ 부터까지이후상하반기분초중순말’내익기준연에", max_size=40),
       st.sampled_from([None, 2025]))
@example(text="2-1월", year=2025)  # over the new year: February to January of 2026
def test_period_parsers_never_raise_and_a_label_is_a_period(text, year):
    label = parse_period_label(text, year)
    assert label is None or label == parse_period(text, year)
    period = parse_period(text, year)
    if period is not None:  # months in order, or the end in a later year (`11월~2월`: 11 of 2025 to 2 of 2026)
        start, end, start_year, end_year, _ = period
        assert 1 <= start <= 12 and 1 <= end <= 12
        assert start <= end if end_year is None else start_year is not None and end_year > start_year


@pytest.mark.parametrize(("text", "months"), [
    ("2월~3월 검토, 하반기 시행", ["2025-02", "2025-03", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
                                "2025-12"]),
    ("3월 / 4분기", ["2025-03", "2025-10", "2025-11", "2025-12"]),
    ("2024년 하반기, 2025. 3월", ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-03"]),
    # a half beside months in one part: the months date it more closely, or it names the work
    ("상반기 집중 정리(3월~5월)", ["2025-03", "2025-04", "2025-05"]),
    ("2025년 하반기 인사운영 추진 6월", ["2025-06"]),
    ("4월(상반기, 하반기 각 1회)", ["2025-04"]),
    # a half holding months printed: they date it more closely (a schedule's step and its bars' labels)
    ("1월~2월, 7월 / 상반기 / 하반기", ["2025-01", "2025-02", "2025-07"]),
])
def test_a_half_or_quarter_in_a_part_of_its_own_beside_months_is_a_run_of_its_own(text, months):
    """Before: the months alone (`2월~3월 검토, 하반기 시행` ran in February and March only)."""
    assert list(parse_period(text, 2025).months) == months
