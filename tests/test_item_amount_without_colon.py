"""An item's amount after a word naming the money with no colon between (`지급액 1,235,000천원`, `소요예산 5억원`,
`사업비 95,700천원(구비)`), as a field of its own or the item whole: before, `지급액` and `소요예산` were taken only
after a colon. A figure of a change, a unit price or one of several amounts is still none."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("지급일 : 매월 25일 / 지급액 1,235,000천원(5월분)", 1_235_000_000),
    ("지급액 1,235,000천원", 1_235_000_000),
    ("지급 액 32억 1,000만원", 3_210_000_000),
    ("소요예산 95,700천원", 95_700_000),
    ("소요 예산 5억원 (구비)", 500_000_000),
    ("교육 : 4월 / 소요예산액 95,700천원", 95_700_000),
    # as before: a label with its colon, the words it already read without one, an amount alone as a field
    ("지급액 : 1,235,000천원", 1_235_000_000),
    ("사업비 95,700천원(구비)", 95_700_000),
    ("총사업비 1,235,000천원", 1_235_000_000),
    ("기초연금 지급 41,200명, 1,235,000천원", 1_235_000_000),
    # not the item's: a change, a unit price, one of several amounts
    ("지급액 1,000천원 증가", None),
    ("전년 대비 1,000천원 증가", None),
    ("1인당 지급액 300천원", None),
    ("지원 : 1인당 300천원", None),
    ("지급액 1,235,000천원, 소요예산 2,000,000천원", None),
    ("지급액 1,235,000천원 / 집행 1,000,000천원", None),
])
def test_an_amount_after_a_word_naming_the_money(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(min_value=1, max_value=9_999_999), st.sampled_from(["지급액", "지급 액", "소요예산", "소요 예산"]),
       st.sampled_from(["천원", "만원", "원"]), st.sampled_from(["", "(구비)", " (5월분)"]))
def test_any_amount_after_such_a_word_is_the_items(figure, word, unit, note):
    scale = {"천원": 1_000, "만원": 10_000, "원": 1}[unit]
    assert item_fields(f"{word} {figure:,}{unit}{note}", 2025).amount == figure * scale


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n복 지 정 책 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n① 기초연금 지급 (복지정책팀)\n\n"
          "어르신의 안정된 노후 생활을 돕고자 기초연금을 지급하고자 함\n\n□ 추진실적\n\n"
          "○ 지급일 : 매월 25일 / 지급액 1,235,000천원(5월분)\n\n○ 기초연금 지급 41,200명, 1,235,000천원\n\n"
          "○ 사업비 95,700천원(구비)\n\n○ 전년 대비 1,000천원 증가\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("지급일 : 매월 25일 / 지급액 1,235,000천원(5월분)", 1_235_000_000),
        ("기초연금 지급 41,200명, 1,235,000천원", 1_235_000_000),
        ("사업비 95,700천원(구비)", 95_700_000),
        ("전년 대비 1,000천원 증가", None)]
