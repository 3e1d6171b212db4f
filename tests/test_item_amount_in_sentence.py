"""An item's amount printed inside a sentence whose verb says the item paid, granted, spent, needs or took it in
(`기초연금 41,200명에게 1,235,000천원 지급`, `장학금 100,000천원을 지원함`: before, none), where it is the sentence's
one amount and no word makes it a unit price (`1인당`, `1인`, `월`, `매월`, `각`, `씩`, `연령별`, `최대`, `한도`), a
change (`증가`, `대비`, `추가`) or a part (`예산 중`, `64%인`), nor the end of a range (`연 70~130만원`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("기초연금 41,200명에게 1,235,000천원 지급", 1_235_000_000),
    ("기초연금 지급 : 41,200명에게 1,235,000천원 지급", 1_235_000_000),
    ("장학금 50명 100,000천원 지원", 100_000_000),
    ("장학금 100,000천원을 지원함", 100_000_000),
    ("저소득층 1,200가구 350,000천원 지원 완료", 350_000_000),
    ("재난지원금 32억 1,000만원 지급(5월)", 3_210_000_000),
    ("노후 경로당 5개소 보수비 150,000천원 교부", 150_000_000),
    ("해당 기관에 1,000천원 지원", 1_000_000),
    ("3월~5월 1,235,000천원 지급", 1_235_000_000),
    ("1월 1,000천원 집행", 1_000_000),
    ("1,000천원 지원(국비 50%)", 1_000_000),
    ("시설 보수에 1,500만원 소요", 15_000_000),
    ("35,000천원(구비) 투입 예정", 35_000_000),
    # not the item's: a unit price, a change, a part, a range, two amounts, money not spent
    ("1인당 300천원 지급", None),
    ("1인 최대 300만원 지원(2건)", None),
    ("가구당 300천원 지원", None),
    ("월 300천원 지급", None),
    ("매월 25일 1,235,000천원 지급", None),
    ("각 300천원 지원", None),
    ("300천원씩 지급", None),
    ("연령별 40/45/50만원 한도 지원(169명)", None),
    ("회원수에 따라 연 70~130만원 지원", None),
    ("전년 대비 1,000천원 지원", None),
    ("1,000천원 추가 지원", None),
    ("추가로 1,000천원 지원", None),
    ("예산 500,000천원 중 320,000천원 집행", None),
    ("예산 중 320,000천원 집행", None),
    ("예산의 64%인 320,000천원 집행", None),
    ("기초연금 41,200명에게 1,235,000천원 지급(1인당 300천원)", None),
    ("1,000천원 지원 신청", None),
    ("1,000천원 미집행", None),
    ("1,000천원 상당 물품 지원", None),
])
def test_an_amount_inside_a_sentence(text, amount):
    assert item_fields(text, 2025).amount == amount


@pytest.mark.parametrize(("text", "amount"), [
    ("가택수색 실시(45명) : 4월 / 3억 8,000만원 징수", 380_000_000),
    ("12억 4,500만원 징수", 1_245_000_000),
    ("체납액 정리 / 3억원 징수", 300_000_000),
    ("3억원을 징수함", 300_000_000),
    ("과태료 부과 : 1월~5월 / 2억 3,400만원 부과", 234_000_000),
    # a unit price, a part, a change, a verb not ending it, no amount: none
    ("1인당 30만원 징수", None),
    ("체납액 3억원 중 1억원 징수", None),
    ("전년 대비 3억원 추가 징수", None),
    ("3억원 징수 결정", None),
    ("과태료 184건 부과", None),
])
def test_an_amount_taken_in(text, amount):
    """Money a 세무과 collects or levies, the verb after it (`3억 8,000만원 징수`), is the item's, as after `징수액`
    and `부과액` before it (before, none: only money paid, granted or spent)."""
    assert item_fields(text, 2025).amount == amount


_WHO = st.sampled_from(["기초연금 ", "저소득층 ", "장학금 ", "노후 경로당 보수비 ", "청년 월세 ", ""])
_COUNT = st.builds(lambda n, unit: f"{n:,}{unit} ", st.integers(min_value=2, max_value=99_999),
                   st.sampled_from(["명에게", "명", "가구", "개소", "건"])) | st.just("")
_UNIT = st.sampled_from(["천원", "만원", "원"])
_VERB = st.sampled_from(["지급", "지원", "집행", "교부", "투입", "소요", "징수", "부과", "을 지원함", " 지원 완료",
                        " 교부 예정"])
_NOTE = st.sampled_from(["", "(5월)", "(구비)", " (국비 50%)"])


@given(_WHO, _COUNT, st.integers(min_value=1, max_value=9_999_999), _UNIT, _VERB, _NOTE)
def test_a_sentences_one_amount_is_the_items(who, count, figure, unit, verb, note):
    scale = {"천원": 1_000, "만원": 10_000, "원": 1}[unit]
    verb = verb if verb[:1] in "을 " else f" {verb}"
    assert item_fields(f"{who}{count}{figure:,}{unit}{verb}{note}", 2025).amount == figure * scale


@given(_WHO, _COUNT, st.integers(min_value=1, max_value=9_999_999), _UNIT, _VERB,
       st.sampled_from(["1인당 ", "가구당 ", "1인 ", "월 ", "매월 ", "각 ", "연 ", "연령별 ", "최대 ", "전년 대비 ",
                        "추가로 ", "예산 중 ", "그중 ", "64%인 ", "70~", "40/"]),
       st.sampled_from(["", "씩", " 증가", " 추가", " 한도", " 상당"]))
def test_a_unit_price_a_change_or_a_part_stays_none(who, count, figure, unit, verb, word, after):
    verb = verb if verb[:1] in "을 " else f" {verb}"
    text = f"{who}{count}{word}{figure:,}{unit}{after}{verb}"
    assert item_fields(text, 2025).amount is None, text
    if not after:  # a second amount: one of two
        assert item_fields(f"{who}예산 2,000천원 {count}{figure:,}{unit}{verb}", 2025).amount is None


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n복 지 정 책 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n① 기초연금 지급 (복지정책팀)\n\n"
          "어르신의 안정된 노후 생활을 돕고자 기초연금을 지급하고자 함\n\n□ 추진실적\n\n"
          "○ 기초연금 41,200명에게 1,235,000천원 지급\n\n○ 1인 최대 300만원 지원(2건)\n\n"
          "○ 회원수에 따라 연 70~130만원 지원\n\n○ 예산 500,000천원 중 320,000천원 집행\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("기초연금 41,200명에게 1,235,000천원 지급", 1_235_000_000),
        ("1인 최대 300만원 지원(2건)", None),
        ("회원수에 따라 연 70~130만원 지원", None),
        ("예산 500,000천원 중 320,000천원 집행", None)]
