"""An item's amount printed before a bracket that holds a count with the thing counted alone (`560,000천원(17개
단지)`, `35,000천원(3개소)`, `1,200만원(120명)`, `1억 2,000만원(4개 구간)`) is read, as after the count (`17개 단지
560,000천원`); before, the bracket's figure made it none. Where the amount is less than a thousand won a thing counted
(`10만원(500가구)`) it is a price of each, as after its count; a unit's price (`30만원(1인)`), a bracket of more than
the count (`(120명 참여)`) or of money (`(12,000천원)`) still gives none, and one of its sources its amount, as
before."""

import pytest

from extractors.projects import item_fields


@pytest.mark.parametrize(("text", "amount"), [
    ("공용시설 보수비 지원: 3월~5월 / 560,000천원(17개 단지)", 560_000_000),
    ("공용시설 보수비 지원: 3월~5월 / 560,000천원 (17개 단지)", 560_000_000),
    ("시설 보수: 4월 / 35,000천원(3개소)", 35_000_000),
    ("교육 지원: 4월 / 1,200만원(120명)", 12_000_000),
    ("안심귀갓길 조성: 7월~12월 / 1억 2,000만원(4개 구간)", 120_000_000),
    ("노후 간판 정비 실시 120백만원(35개소)", 120_000_000),  # a sentence's last amount after a deed
    ("공용시설 보수비 지원: 3월~5월 / 17개 단지 560,000천원", 560_000_000),  # as before
    # a price of each, a unit's price, more than a count, money: none, as before
    ("난방비 지원: 12월 / 10만원(500가구)", None),
    ("난방비 지원 실시 10만원(500가구)", None),
    ("생활 지원: 30만원(1인)", None),
    ("시설 보수: 35,000천원(120명 참여)", None),
    ("시설 보수: 35,000천원(12,000천원)", None),
    # its sources: its amount, as before
    ("시설 보수: 35,000천원(구비 20,000천원)", 35_000_000),
    ("시설 보수: 5억원(시비 3억, 구비 2억)", 500_000_000),
])
def test_an_amount_before_a_bracket_of_its_count(text, amount):
    assert item_fields(text, 2025).amount == amount
