"""Two ways an item prints its period or amount that gave none: an amount right after a bracket noting its period
(`시설 보수 : 4~5월(2개소) 35,000천원`, no `/` or `,` before it), and whole years outside a field labelled as a period
(`체육시설 확충 : 2024년 ~ 2026년`, `체육관 착공 : 2026년 중`), which run from January of the first to December of the
last, as a labelled field's (`사업기간 : 2024. ~ 2027.`) do."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "expected"), [
    ("시설 보수 : 4~5월(2개소) 35,000천원", (4, 5, 2025, None, 35_000_000)),
    ("시설 보수(4~5월) 35,000천원", (4, 5, 2025, None, 35_000_000)),
    ("시설 보수 : 4~5월(2개소)35,000천원", (4, 5, 2025, None, 35_000_000)),
    ("시설 보수 : 4~5월(2개소) 총 35,000천원 (구비)", (4, 5, 2025, None, 35_000_000)),
    ("경로당 점검 : 4월(12개소) 1,500만원 소요", (4, 4, 2025, None, 15_000_000)),
    ("보수 : 4월(2개소) 35,000천원 / 집행 20,000천원", (4, 4, 2025, None, None)),  # two amounts: neither the item's
    # a bracket after no period: a count's or a person's, whose sum after it may be per head
    ("교육(3회) 35,000천원", (None, None, None, None, None)),
])
def test_an_amount_right_after_a_bracket_noting_a_period(text, expected):
    """Before, each of the first five had no amount."""
    assert item_fields(text, 2025)[:5] == expected


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=999),
       st.integers(min_value=1, max_value=999_999), st.sampled_from(["", " "]), st.sampled_from(["천원", "만원", "원"]))
def test_any_amount_after_a_bracketed_note_of_a_period_is_the_items(month, count, figure, space, unit):
    scale = {"천원": 1_000, "만원": 10_000, "원": 1}[unit]
    text = f"시설 보수 : {month}월({count}개소){space}{figure:,}{unit}"
    assert item_fields(text, 2025)[:5] == (month, month, 2025, None, figure * scale)


@pytest.mark.parametrize(("text", "expected"), [
    ("체육시설 확충 : 2024년 ~ 2026년", (1, 12, 2024, 2026)),
    ("체육관 착공 : 2026년 중", (1, 12, 2026, None)),
    ("체육관 준공 : ’27년", (1, 12, 2027, None)),
    ("노후 관로 정비 : 2025. ~ 2027.", (1, 12, 2025, 2027)),
    ("체육시설 확충 : 2024년 ~ 2026년 / 50억원", (1, 12, 2024, 2026)),
    ("착공 : 2026년 / 준공 : 2027년", (1, 12, 2026, 2027)),  # over its fields
    ("2024년 : 기본계획 수립", (1, 12, 2024, None)),  # a year as the label
    # a labelled period field, as before: bare figures too
    ("사업기간 : 2024~2027", (1, 12, 2024, 2027)),
    ("사업기간 : 2026년 중", (1, 12, 2026, None)),
    # a figure alone is no year outside a period field; a month of a year is that month
    ("수강인원 : 2000", (None, None, None, None)),
    ("체육관 착공 : 2026년 3월", (3, 3, 2026, None)),
    ("체육관 착공 : 2027년 ~ 2026년", (None, None, None, None)),  # backwards
])
def test_whole_years_outside_a_period_field(text, expected):
    """Before, every one but the labelled fields had no period."""
    assert item_fields(text, 2025)[:4] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("체육관 : 2026년 착공", (1, 12, 2026, None)),
    ("체육관 : 2026년 준공 예정", (1, 12, 2026, None)),
    ("체육관 : 2026년 중 개관", (1, 12, 2026, None)),
    ("체육관 : ’26. 착공", (1, 12, 2026, None)),
    ("착공 : 2026년 예정", (1, 12, 2026, None)),
    ("체육관 : 2026년 착공 / 2027년 준공", (1, 12, 2026, 2027)),
    ("2026년 준공 예정", (1, 12, 2026, None)),  # an item of no field: the whole item
    ("2024년 ~ 2026년", (1, 12, 2024, 2026)),
    # a year before words that name no step of the work dates none: the year of what is counted or settled
    ("결산 : 2025년 결산", (None, None, None, None)),
    ("2025년 결산 보고", (None, None, None, None)),
    ("체육관 : 2026 착공", (None, None, None, None)),  # a figure alone, outside a period field
    ("체육관 : 2026년 3월 착공", (3, 3, 2026, None)),  # a month of the year: that month
])
def test_whole_years_before_a_step_of_the_work(text, expected):
    """Before, every one with a step after its year had no period, nor had an item of no field."""
    assert item_fields(text, 2025)[:4] == expected


@given(st.integers(min_value=2000, max_value=2099), st.sampled_from(["착공", "준공", "완공", "개관", "착수"]),
       st.sampled_from(["", " 예정"]), st.sampled_from(["", " 중"]), st.sampled_from(["체육관 : ", ""]))
def test_any_year_before_a_step_is_that_whole_year(year, step, planned, within, label):
    assert item_fields(f"{label}{year}년{within} {step}{planned}", 2025)[:4] == (1, 12, year, None)


COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n문 화 체 육 과\n\n"
         "Ⅱ. 주요업무 추진실적\n\n① 생활체육 시설 확충 (체육시설팀)\n\n"
         "구민 누구나 가까운 곳에서 운동하도록 체육시설을 넓히고자 함\n\n□ 추진계획\n\n"
         "○ 체육시설 확충 : 2024년 ~ 2026년\n\n○ 체육관 착공 : 2026년 중\n\n○ 체육관 : 2027년 준공 예정\n\n"
         "○ 시설 보수 : 4~5월(2개소) 35,000천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    report = read_laid_out(COVER, layout, tmp_path)
    [project] = report.projects
    assert [(i.text, i.start_month, i.end_month, i.year, i.end_year, i.amount_krw) for i in project.items] == [
        ("체육시설 확충 : 2024년 ~ 2026년", 1, 12, 2024, 2026, None),
        ("체육관 착공 : 2026년 중", 1, 12, 2026, None, None),
        ("체육관 : 2027년 준공 예정", 1, 12, 2027, None, None),
        ("시설 보수 : 4~5월(2개소) 35,000천원", 4, 5, 2025, None, 35_000_000)]

