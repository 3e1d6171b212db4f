"""An amount in 억 printing no `원` is an item's amount where it stands as its money, as an amount ending in `원` does:
after a word naming the money (`사업비 : 1.2억`, `총 3.5억`) or as a field alone (`3월 / 25억`), its funding after it
(`1.2억(구비)`) or not. Before, none: only amounts ending in `원` were (`1.2억원`, `1억 2,000만원`). A unit price, a
change, a range, one of two amounts and a sentence's 억 stay none, as they do with `원`."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from pipeline.values import parse_amount, parse_amount_without_won
from tests.layouts import NOVEMBER_COVER, read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("사업비 : 1.2억", 120_000_000),
    ("사업비: 1.2억(구비)", 120_000_000),
    ("사업비 1.2억", 120_000_000),
    ("3월 / 25억", 2_500_000_000),
    ("설계 용역 : 3월 / 25억", 2_500_000_000),
    ("총 3.5억", 350_000_000),
    ("예산 : 총 3.5억 (시비 50%)", 350_000_000),
    ("예산 : 1억 2,000만", 120_000_000),
    ("공사비 3억 5천만", 350_000_000),
    ("옥상 방수공사(4월, 2억)", 200_000_000),
    ("구비 12억", 1_200_000_000),
    # as before, amounts ending in 원
    ("사업비 : 1.2억원", 120_000_000),
    ("사업비 : 1억 2,000만원", 120_000_000),
    # not the item's: a unit price, a change, a range, one of two amounts, 억 in a sentence or a count
    ("1인 최대 1억", None),
    ("지원액 1인당 1억", None),
    ("1억 증가", None),
    ("사업비 1억 증가", None),
    ("사업비 : 1~2억", None),
    ("사업비 : 1억~2억", None),
    ("예산 1억, 집행 5천만원", None),
    ("예산 1억 / 집행 0.5억", None),
    ("매출 25억 달성", None),
    ("억새 군락지 조성 : 3월", None),
    ("사업비 : 3,000만", 30_000_000),  # 만 alone, after a word naming the money (before, none)
])
def test_an_amount_in_eok_without_won(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(1, 9_999), st.sampled_from(["", ".5", ".25"]), st.sampled_from(["", " "]),
       st.sampled_from(["", " 2,000만", " 3천만", " 500만"]))
def test_eok_reads_as_with_won(eok, decimals, space, rest):
    """`N억 …` reads as `N억 …원` does, whatever its spacing; never another figure."""
    text = f"{eok:,}{decimals}{space}억{rest}" if not (decimals and rest) else f"{eok:,}{space}억{rest}"
    assert parse_amount_without_won(text) == parse_amount(text + "원")
    assert parse_amount_without_won(text) is not None


@given(st.text(alphabet="0123456789,.억만천원~ 증가", max_size=12))
def test_an_amount_without_won_is_only_one_in_eok_or_man(text):
    """Whatever else is printed is none (no `억` nor `만`, a range, a change, an amount in 원 already)."""
    read = parse_amount_without_won(text)
    if read is not None:
        assert ("억" in text or "만" in text) and "원" not in text and "~" not in text and "증가" not in text
        assert read == parse_amount(text.strip() + "원")


COVER = (NOVEMBER_COVER
         + "# Ⅲ. 2026년 주요업무 계획\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n노후 청사를 안전하게 고치고자 함\n\n"
         "### □ 추진계획\n\n")


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_items_in_eok_in_a_report(layout, tmp_path):
    items = "- 사업비 : 1.2억(구비)\n- 설계 용역 : 3월 / 25억\n- 1인 최대 1억 지원\n"
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("사업비 : 1.2억(구비)", 120_000_000), ("설계 용역 : 3월 / 25억", 2_500_000_000), ("1인 최대 1억 지원", None)]
