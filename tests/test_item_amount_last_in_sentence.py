"""An item's amount printed last in a sentence of no money verb, written out in a scale of money, after a count of
what was done or a verb saying it was done: `융자 추천 118건 32억 1,000만원`, `융자 추천 118건(32억 1,000만원)`,
`견인 실시 1억원` (before, none; `118건, 32억 1,000만원` read already, the amount a field of its own), and with
its count in one bracket, `융자 추천 (118건 32억 1,000만원)` (before, none). A label naming another sum before it
(`구 청사 3,000천원`, `위탁 비용 1,000천원`), a price in 원 alone, a unit price, a change, a part and a second
figure after it stay none."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("융자 추천 118건 32억 1,000만원", 3_210_000_000),
    ("융자 추천 118건, 32억 1,000만원", 3_210_000_000),  # as before
    ("융자 추천 118건(32억 1,000만원)", 3_210_000_000),
    ("융자 추천 118건 (32억 1,000만원)", 3_210_000_000),
    ("융자 추천 118건·32억 1,000만원", 3_210_000_000),
    ("융자 추천 118건ㆍ32억 1,000만원", 3_210_000_000),
    ("중소기업 육성자금 : 융자 추천 118건 32억 1,000만원", 3_210_000_000),
    ("주민 교육 12회 1,500천원", 1_500_000),
    ("노후 간판 정비 35개소 120백만원", 120_000_000),
    ("교육 12회 3억", 300_000_000),  # 억 printing no 원
    ("불법주정차 견인 실시 1억원", 100_000_000),  # a verb of doing: the money is the item's
    ("견인 실시 1억원 (구비)", 100_000_000),
    ("구민의 날 행사 개최 3,000만원", 30_000_000),
    # not the item's: a label before it, 원 alone, a unit price, a change, a part, a figure after it, two amounts
    ("구 청사 3,000천원", None),
    ("위탁 비용 1,000천원", None),
    ("사무실 임차료 12,000천원(구비)", None),
    ("입장 300명 1,000원", None),
    ("경로당 10개소 각 300천원", None),
    ("지원 50명 1인 30만원", None),
    ("지원 50명 월 30만원", None),
    ("저소득 100가구 10만원 (가구당)", None),  # a unit price in the note after it, as `_spent` reads one
    ("저소득 100가구 10만원(가구당)", None),
    ("견인 실시 1억원(최대)", None),
    ("교육 12회 5억원 (한도)", None),
    ("융자 추천 118건 전년 대비 1억원 증가", None),
    ("융자 추천 118건 예산 중 1억원", None),
    ("융자 추천 118건 32억원 (45.0%)", None),
    ("융자 추천 118건 32억원 달성", None),
    ("융자 추천 118건 12억원, 상환 30건 5억원", None),
    ("융자 추천 (118건 32억 1,000만원)", 3_210_000_000),  # the bracket holds the count too (before, none)
    ("융자 추천 (118건, 32억 1,000만원)", 3_210_000_000),
    ("융자 추천(118건·32억원)", 3_200_000_000),
    ("주민 교육 (12회 1,500천원)", 1_500_000),
    ("융자 추천 (118건 전년 대비 1억원 증가)", None),  # a change, bracketed or not
    ("융자 추천 (118건) 32억원)", None),  # nor one closing twice
])
def test_a_sentences_last_amount_after_a_count_or_a_deed(text, amount):
    assert item_fields(text, 2025).amount == amount


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 999), st.sampled_from(["건", "명", "회", "개소", "업체"]), st.integers(1, 99),
       st.integers(1, 9_999), st.sampled_from([" ", ", ", "(", "·"]), st.booleans())
def test_any_count_then_money_in_eok_and_man_is_the_items(count, counter, eok, man, between, bracketed):
    """A count of one (`1건 1억원`) is a unit price's, as `_spent` reads it: not drawn. `bracketed`: the count and
    the amount in one bracket (`(118건 32억 1,000만원)`)."""
    opening, closing = ("(", ")") if bracketed and between != "(" else ("", "")
    text = f"융자 추천 {opening}{count}{counter}{between}{eok}억 {man:,}만원{')' if between == '(' else closing}"
    assert item_fields(text, 2025).amount == eok * 100_000_000 + man * 10_000


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n일 자 리 경 제 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n① 중소기업 육성자금 지원 (기업지원팀)\n\n"
          "중소기업의 경영 안정을 돕고자 육성자금을 융자하고자 함\n\n□ 추진실적\n\n"
          "○ 융자 추천 118건 32억 1,000만원\n\n○ 융자 추천 118건(32억 1,000만원)\n\n"
          "○ 융자 추천 (118건 32억 1,000만원)\n\n"
          "○ 불법주정차 견인 실시 1억원\n\n○ 구 청사 3,000천원\n\n○ 지원 50명 1인 30만원\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines"])
def test_a_reports_items_so_printed(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("융자 추천 118건 32억 1,000만원", 3_210_000_000),
        ("융자 추천 118건(32억 1,000만원)", 3_210_000_000),
        ("융자 추천 (118건 32억 1,000만원)", 3_210_000_000),
        ("불법주정차 견인 실시 1억원", 100_000_000),
        ("구 청사 3,000천원", None),
        ("지원 50명 1인 30만원", None)]
