"""An item's amount after a word naming the money spent or granted, with no colon: `지원액 1,000천원`, `보조금
500,000천원(시비)`, `교부액 …`, `집행액 …`, `부담금 …`, `출연금 …`, `공사비 …`, `용역비 …`, `사업비(국비) 95,700천원`
(before, none: only `사업비`, `예산`, `소요예산`, `지급액` and `집행` were known), a budget's kind of expense
(`인건비 12,000천원`, `시설비 …`, `재료비 3,000천원`, `여비 …`, `사무관리비 …`, `행사운영비 …`, `홍보비 …`,
`위탁사업비 …`, `연구용역비 …`) and whose share it is before the word (`구 부담금 3,000천원`, the district's; before,
none). A unit price (`1인당 지원액 300천원`, `1개소 1,000천원 지원`), a change (`지원액 1,000천원 증가`), a part, a
range and one of two amounts stay none. A fee, rent or premium (`수수료 3,000천원`, `임차료 …`, `보험료 …`, `사용료 …`),
money taken in (`징수액 1,200백만원`, `부과액 …`), `보상금 …` and `전출금 …` too (before, none)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out

WORDS = ["지원액", "지원금", "지원 액", "보조금", "보조액", "교부액", "집행액", "부담금", "부담액", "분담금", "출연금",
         "투입액", "지출액", "공사비", "용역비", "설계비", "운영비", "보상비", "계약금액", "계약액", "사업비", "예산",
         "소요예산", "지급액", "총사업비", "총 지원액", "인건비", "시설비", "업무추진비", "자산취득비",
         "재료비", "여비", "사무관리비", "행사운영비", "홍보비", "위탁비", "위탁사업비", "연구용역비",
         "징수액", "부과액", "수수료", "임차료", "보험료", "사용료", "보상금", "전출금", "징수 액", "임차 료"]
SHARES = ["", "구 ", "구비 ", "시 ", "시비 ", "국고 ", "군"]  # whose share: `구 부담금`, the district's


@pytest.mark.parametrize(("text", "amount"), [
    ("지원액 1,000천원", 1_000_000),
    ("보조금 500,000천원(시비)", 500_000_000),
    ("교부액 500,000천원", 500_000_000),
    ("집행액 320,000천원", 320_000_000),
    ("부담금 30,000천원", 30_000_000),
    ("출연금 1,200,000천원", 1_200_000_000),
    ("옥상 방수공사 : 4월~5월 / 공사비 19,558천원", 19_558_000),
    ("실시설계 용역 / 용역비 95,700천원(구비)", 95_700_000),
    ("사업비(국비) 95,700천원", 95_700_000),
    ("사업비(국·시비) 95,700천원", 95_700_000),
    ("사업비 (구비) 95,700천원", 95_700_000),
    ("지원액 총 1,000천원", 1_000_000),
    ("지원금 약 1,500만원", 15_000_000),
    ("청년 월세 지원 : 3월~12월 / 지원액 1,200,000천원", 1_200_000_000),
    # as before: after a colon any label, a funding source alone
    ("지원액 : 1,000천원", 1_000_000),
    ("특별교부금 500,000천원", 500_000_000),
    # not the item's: a unit price, a change, one of two amounts, money taken in, a bracket that is no funding
    ("1인당 지원액 300천원", None),
    ("월 지원액 300천원", None),
    ("각 지원액 300천원", None),
    ("지원액(1인당) 300천원", None),
    ("지원액 1,000천원 증가", None),
    ("보조금 1,000천원 감소", None),
    ("지원액 1,000천원, 보조금 500천원", None),
    ("지원액 1,000천원 / 집행액 500천원", None),
    # a budget's kind of expense, a share's (before, none)
    ("인건비 12,000천원", 12_000_000),
    ("구 부담금 3,000천원", 3_000_000),
    ("구부담금 3,000천원", 3_000_000),
    ("국고 보조금 500,000천원(국비)", 500_000_000),
    ("시설비 1억 2,000만원", 120_000_000),
    ("공무직 인건비 지급 / 인건비 12,000천원", 12_000_000),
    # not the item's: the word 舊, a unit price but the total a count × unit prints, a change, a part, a range
    ("구 청사 3,000천원", None),
    ("1개소 1,000천원 지원", None),
    ("인건비 1인당 300천원", None),
    ("1인당 인건비 300천원", None),
    ("1개소당 1,000천원 × 10개소 = 10,000천원", 10_000_000),
    ("인건비 12,000천원 증가", None),
    ("구 부담금 3,000천원 감소", None),
    ("인건비 중 3,000천원", None),
    ("구 부담금 3,000천원 중 1,000천원 집행", None),
    ("인건비 10,000~12,000천원", None),
    ("국 보조금 1,000천원, 구 부담금 3,000천원", None),
    ("지원 : 1인당 300천원", None),
    # more of a budget's kinds of expense (before, none)
    ("재료비 3,000천원", 3_000_000),
    ("국외 연수 / 여비 1,200천원", 1_200_000),
    ("사무관리비 5,000천원(구비)", 5_000_000),
    ("구민의 날 행사 : 10월 / 행사운영비 12,000천원", 12_000_000),
    ("행사 운영비 12,000천원", 12_000_000),
    ("홍보비 3,500만원", 35_000_000),
    ("위탁비 50,000천원", 50_000_000),
    ("위탁사업비 (시비) 50,000천원", 50_000_000),
    ("연구용역비 30,000천원", 30_000_000),
    ("연구 용역비 30,000천원", 30_000_000),
    # not the item's: a unit price, a change, a part, a range, a word that is no kind of expense
    ("재료비 1인당 30천원", None),
    ("1개소 재료비 300천원", None),
    ("여비 1,000천원 증가", None),
    ("사무관리비 중 3,000천원", None),
    ("홍보비 1,000~2,000천원", None),
    ("위탁사업비 1,000천원 감소", None),
    ("위탁 비용 1,000천원", None),
    # a fee, rent or premium, money taken in, a compensation, a transfer (before, none)
    ("징수액 1,200백만원", 1_200_000_000),
    ("과태료 부과 : 3월~5월 / 부과액 500,000천원", 500_000_000),
    ("발급 수수료 / 수수료 3,000천원", 3_000_000),
    ("임차료 12,000천원(구비)", 12_000_000),
    ("보험료 1,500천원", 1_500_000),
    ("사용료 2,000천원", 2_000_000),
    ("보상금 80,000천원(시비)", 80_000_000),
    ("구 전출금 300,000천원", 300_000_000),
    # not the item's: a unit price, a change, a range, a word before it
    ("1인 최대 300만원 지원", None),
    ("월 50만원", None),
    ("사용료 월 50만원", None),
    ("임차료 1개소당 1,000천원", None),
    ("수수료 1건당 3천원", None),
    ("보험료 1인당 30천원", None),
    ("보상금 1,000천원 증가", None),
    ("임차료 1,000~2,000천원", None),
    ("징수액 1,200백만원, 부과액 1,500백만원", None),
    ("시설 사용료 2,000천원", None),
])
def test_an_amount_after_a_word_naming_the_money(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(min_value=1, max_value=9_999_999), st.sampled_from(WORDS), st.sampled_from(["천원", "만원", "원"]),
       st.sampled_from(["", "(구비)", " (시비 50%)", " (5월분)"]), st.sampled_from(["", "(국비) ", " (구비) "]),
       st.sampled_from(SHARES))
def test_any_amount_after_such_a_word_is_the_items(figure, word, unit, note, funded, share):
    scale = {"천원": 1_000, "만원": 10_000, "원": 1}[unit]
    assert item_fields(f"{share}{word}{funded or ' '}{figure:,}{unit}{note}", 2025).amount == figure * scale


@given(st.integers(min_value=1, max_value=9_999_999), st.sampled_from(WORDS),
       st.sampled_from(["1인당 ", "인당 ", "월 ", "매월 ", "각 ", "1가구당 "]),
       st.sampled_from(["", " 증가", " 감소", " 증액"]),
       st.sampled_from([", 보조금 300천원", " / 집행액 1,000천원", ", 예산 1,000천원"]), st.sampled_from(SHARES))
def test_a_unit_price_a_change_or_one_of_two_amounts_stays_none(figure, word, unit_word, change, other, share):
    for text in (f"{unit_word}{share}{word} {figure:,}천원{change}", f"{share}{word} {figure:,}천원 증가",
                 f"{share}{word} {figure:,}천원{other}", f"{share}{word} 중 {figure:,}천원",
                 f"{share}{word} {figure:,}~{figure + 1:,}천원", f"{share}{word} {unit_word}{figure:,}천원"):
        assert item_fields(text, 2025).amount is None, text


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n복 지 정 책 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n① 청년 월세 지원 (복지정책팀)\n\n"
          "청년의 주거비 부담을 덜고자 월세를 지원하고자 함\n\n□ 추진실적\n\n"
          "○ 청년 월세 지원 : 3월~12월 / 지원액 1,200,000천원\n\n○ 보조금 500,000천원(시비)\n\n"
          "○ 사업비(국비) 95,700천원\n\n○ 1인당 지원액 200천원\n\n○ 지원액 1,000천원 증가\n\n"
          "○ 공무직 운영 / 인건비 12,000천원\n\n○ 구 부담금 3,000천원\n\n"
          "○ 경로당 운영비 지원 : 1개소 1,000천원 지원\n\n○ 구 부담금 3,000천원 감소\n\n"
          "○ 재료비 3,000천원\n\n○ 재료비 1인당 30천원\n\n○ 연구용역비 30,000천원(구비)\n\n"
          "○ 사무실 임차료 12,000천원(구비)\n\n○ 수수료 3,000천원\n\n○ 사용료 월 50만원\n\n"
          "○ 청년 창업 지원 : 1인 최대 300만원 지원\n\n○ 징수액 1,200백만원\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "space-aligned", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("청년 월세 지원 : 3월~12월 / 지원액 1,200,000천원", 1_200_000_000),
        ("보조금 500,000천원(시비)", 500_000_000),
        ("사업비(국비) 95,700천원", 95_700_000),
        ("1인당 지원액 200천원", None),
        ("지원액 1,000천원 증가", None),
        ("공무직 운영 / 인건비 12,000천원", 12_000_000),
        ("구 부담금 3,000천원", 3_000_000),
        ("경로당 운영비 지원 : 1개소 1,000천원 지원", None),
        ("구 부담금 3,000천원 감소", None),
        ("재료비 3,000천원", 3_000_000),
        ("재료비 1인당 30천원", None),
        ("연구용역비 30,000천원(구비)", 30_000_000),
        ("사무실 임차료 12,000천원(구비)", None),
        ("수수료 3,000천원", 3_000_000),
        ("사용료 월 50만원", None),
        ("청년 창업 지원 : 1인 최대 300만원 지원", None),
        ("징수액 1,200백만원", 1_200_000_000)]
