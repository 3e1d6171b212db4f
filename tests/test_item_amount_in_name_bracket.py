"""An item's figures printed in a bracket closing its name, its period after the colon right after it
(`노후 보도 정비(3개소, 150,000천원) : 4월~6월`, `공원 조성(총 1,250백만원): 3월~10월`): the bracket's amount is the
item's, as one beside its period (`(4월, 95,700천원)`) or after it (`9월 ~ 11월(10개소, 200,000천원)`) is (before,
none); so are two sources' parts, their sum (`청사 보수(국비 100,000천원, 구비 50,000천원): 4월`; before, none); a
unit price, an amount printed again after the period, or no period after the colon still give none."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "expected"), [
    ("노후 보도 정비(3개소, 150,000천원) : 4월~6월", (4, 6, 2025, None, 150_000_000)),
    ("공원 조성(총 1,250백만원): 3월~10월", (3, 10, 2025, None, 1_250_000_000)),
    ("시설 보수(150,000천원) : 4월", (4, 4, 2025, None, 150_000_000)),
    ("경로당 보수 5개소(사업비 150,000천원): 4월", (4, 4, 2025, None, 150_000_000)),
    ("도서 구입(3,200권/48,000천원): 3월", (3, 3, 2025, None, 48_000_000)),
    ("장학금 지급(50명, 1억원): 3월", (3, 3, 2025, None, 100_000_000)),
    ("보도 정비(2개소, 3억 2,000만원) : ’25. 4. ~ 6.", (4, 6, 2025, None, 320_000_000)),
    ("방역 소독(구비 24,000천원): 연중", (1, 12, 2025, None, 24_000_000)),
    ("청사 보수(국비 100,000천원, 구비 50,000천원): 4월", (4, 4, 2025, None, 150_000_000)),
    # not the item's: a unit price, a second amount, an amount of no kind, no period after it
    ("교육비 지원(1인당 300천원): 3월", (3, 3, 2025, None, None)),
    ("청사 보수(150,000천원): 4월 / 90,000천원", (4, 4, 2025, None, None)),
    ("기금 적립(누적 32억원): 연중", (1, 12, 2025, None, None)),
    ("시설 보수(150,000천원) : 완료", (None, None, None, None, None)),
    ("시설 보수(150,000천원)", (None, None, None, None, None)),
])
def test_an_amount_in_a_bracket_closing_the_items_name(text, expected):
    """Before, each of the first nine had no amount."""
    assert item_fields(text, 2025)[:5] == expected


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=999),
       st.integers(min_value=1, max_value=999_999), st.sampled_from(["", " "]),
       st.sampled_from(["천원", "만원", "원"]), st.sampled_from([":", "："]))
def test_any_amount_in_a_bracket_before_a_period_is_the_items(month, count, figure, space, unit, colon):
    scale = {"천원": 1_000, "만원": 10_000, "원": 1}[unit]
    text = f"시설 보수({count}개소, {figure:,}{unit}){space}{colon} {month}월"
    assert item_fields(text, 2025)[:5] == (month, month, 2025, None, figure * scale)


REPORT = ("제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n도 시 계 획 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1. 보행환경 개선 (도시계획팀)\n\n"
          "걷기 편한 보행환경을 만들고자 함\n\n□ 추진실적\n\n"
          "○ 노후 보도 정비(3개소, 150,000천원) : 4월~6월\n\n○ 공원 조성(총 1,250백만원): 3월~10월\n\n"
          "○ 교육비 지원(1인당 300천원): 3월\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    [project] = report.projects
    assert [(i.text, i.start_month, i.end_month, i.amount_krw) for i in project.items] == [
        ("노후 보도 정비(3개소, 150,000천원) : 4월~6월", 4, 6, 150_000_000),
        ("공원 조성(총 1,250백만원): 3월~10월", 3, 10, 1_250_000_000),
        ("교육비 지원(1인당 300천원): 3월", 3, 3, None)]
