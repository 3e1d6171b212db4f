"""Money an item recovers, orders paid back or pays back unspent (`환수`, `추징`, `반납`, `회수` as a field's label or
an audit's measure) is not its `amount_krw`, which is what the item costs, pays or takes in as its work: spending
coming back (`보조금 12,300천원 환수`) or what an audit orders the audited to pay (`시정 12건, 주의 31건 / 추징
24,500천원`). Before, after a colon it was (`추징: 24,500천원`, `회수: 3건 12,300천원`: 24,500,000원, 12,300,000원),
after a word with none it was not, so an audit's findings counted as money spent in one wording and not in another.
The item's other amount still counts (`환수 12,300천원 / 집행액 45,000천원`: 45,000,000원, before none: two
amounts), as does money collected (`체납액 징수 1억 2,450만원`), `회수` counting times (`교육 회수: 12회 /
3,000천원`) or things collected (`폐건전지 회수 보상금 지급 5,000천원`), and a deposit paid back (`임차보증금 반환 :
350,000천원`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out

RECOVERED = ["환수", "추징", "환수액", "추징액", "환수 조치", "추징 명령", "반납", "반납액"]


@pytest.mark.parametrize(("text", "amount"), [
    ("시정 12건, 주의 31건 / 추징 24,500천원", None),
    ("추징: 24,500천원", None),
    ("추징 : 24,500천원", None),
    ("회수: 3건 12,300천원", None),
    ("부정수급 환수 : 12,300천원", None),
    ("보조금 부정수급 3건 적발, 12,300천원 환수", None),
    ("보조금 12,300천원 회수 조치", None),
    ("집행잔액 12,300천원 반납", None),
    ("종합감사 실시 (4월, 추징 24,500천원)", None),
    ("감사 실시 / 회수 3건 12,300천원, 추징 2건 5,000천원", None),
    # the item's other amount, money collected, times counted
    ("환수 12,300천원 / 집행액 45,000천원", 45_000_000),
    ("사업비 45,000천원, 반납 1,200천원", 45_000_000),
    ("체납액 징수 1억 2,450만원", 124_500_000),
    ("교육 회수: 12회 / 3,000천원", 3_000_000),
    ("시정 12건, 주의 31건 / 24,500천원", 24_500_000),
    # `회수` of things, a deposit paid back, a word `환수` is part of: the item's money
    ("폐건전지 회수 보상금 지급 5,000천원", 5_000_000),
    ("재활용품 회수 보상금 : 5,000천원", 5_000_000),
    ("폐의약품 회수·처리 : 12,000천원", 12_000_000),
    ("영농폐비닐 회수 지원 3,000천원 지급", 3_000_000),
    ("청사 임차보증금 반환 : 350,000천원", 350_000_000),
    ("임대보증금 반환금 지급 350,000천원", 350_000_000),
    ("체납액 징수 1억원 (과오납 반환 포함)", 100_000_000),
    ("교환수량 : 5,000천원", 5_000_000),
    # recovered money after a comma right after its count, or in the count's bracket: before, the first two, the
    # fourth to the seventh were the item's amount (12,300,000원 …), the eighth none (two amounts)
    ("회수 3건, 12,300천원", None),
    ("환수 2건, 1,200천원", None),
    ("추징 5건(3,400천원)", None),
    ("추징 5건, 3,400천원", None),
    ("감사 실시 / 재정상 조치 회수 3건, 12,300천원", None),
    ("부정수급 환수 3건,  12,300천원", None),
    ("종합감사 실시 (4월, 회수 3건, 12,300천원)", None),
    ("환수 2건, 1,200천원 / 집행액 45,000천원", 45_000_000),
    # what stays the item's: money collected, `회수` of things or counting times, a field of its own after a slash
    ("체납액 징수 5건, 3,400천원", 3_400_000),
    ("폐건전지 회수 5건, 5,000천원", 5_000_000),
    ("교육 회수: 12회, 3,000천원", 3_000_000),
    ("시정 12건, 주의 31건, 24,500천원", 24_500_000),
    ("회수 3건 / 12,300천원", 12_300_000),  # not read: a slash parts a field of its own
    # only the money alone after the count's comma is recovered: before, any field starting with a digit (none)
    ("회수 3건, 3개소 정비: 5,000천원", 5_000_000),
    ("회수 3건, 3개소 정비 5,000천원 투입", 5_000_000),
    ("환수 2건, 2개 단체 교육비 지급 : 1,500천원", 1_500_000),
    ("회수 3건, 3개소 정비 5,000천원", None),  # no amount of a deed's (as `3개소 정비 5,000천원` alone)
    ("회수 3건, 12,300천원(구비)", None),
    # a count printed twice: the comma after each copy (before, after the first: 1,200,000원 and none)
    ("1차 점검 / 환수 2건 / 2차 점검 / 환수 2건, 1,200천원", None),
    ("환수 2건, 1,200천원 / 환수 2건 / 5,000천원", 5_000_000),
    # after a slash, named `회수`, `환수`, `반납` before or after it, its label's `액`/`금` or not
    ("부정수급 적발 3건 / 회수 1,200천원", None),
    ("부정수급 적발 3건/환수 1,200천원", None),
    ("부정수급 적발 3건 / 1,200천원 회수 조치", None),
    ("부정수급 적발 3건 / 환수금: 1,200천원", None),
    ("부정수급 3건(회수 1,200천원)", None),
    ("보조금 정산 / 반납액 : 1,200천원", None),
    # money unspent paid back after a colon: before, the item's amount (1,200,000원)
    ("집행잔액 반납 : 1,200천원", None),
    ("보조금 정산 반납: 1,200천원", None),
    ("반납 3건, 1,200천원", None),
    ("집행잔액 반납: 1,200천원 / 집행액 45,000천원", 45_000_000),
    ("사업비 45,000천원 / 반납 1,200천원", 45_000_000),
    ("부정수급 적발 3건 / 1,200천원 회수 / 사업비 5,000천원", 5_000_000),
])
def test_recovered_money_is_no_items_amount(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.sampled_from(RECOVERED), st.integers(1, 9_999_999), st.sampled_from(["", ": ", " : "]),
       st.sampled_from(["", "시정 12건 / ", "감사 실시, "]))
def test_any_recovered_amount_is_none(word, figure, colon, before):
    assert item_fields(f"{before}{word}{colon}{figure:,}천원", 2025).amount is None
    assert item_fields(f"{before}{figure:,}천원 {word}", 2025).amount is None


REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 감 사 담 당 관\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## ① 자체감사 실시 (감사팀)\n\n"
          "공직기강을 확립하고 예산 낭비를 막고자 자체감사를 실시함\n\n### □ 추진실적\n\n"
          "○ 종합감사 : 3월~4월 / 4개 부서\n\n"
          "  - 처분 : 시정 12건, 주의 31건 / 추징 24,500천원\n\n"
          "  - 재정상 조치 회수: 3건 12,300천원\n\n"
          "○ 보조금 부정수급 3건 적발, 12,300천원 환수\n\n"
          "○ 감사 역량 강화 교육 / 교육비 3,000천원\n\n"
          "○ 감사 결과 공개 : 5월 / 24,500천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines",
                                    "pandoc-escaped", "pdf grid"])
def test_a_reports_recovered_money_so_printed(layout, tmp_path):
    [project] = read_laid_out(REPORT, layout, tmp_path).projects
    items = [item for top in project.items for item in (top, *top.children)]
    assert [(item.text, item.amount_krw) for item in items] == [
        ("종합감사 : 3월~4월 / 4개 부서", None),
        ("처분 : 시정 12건, 주의 31건 / 추징 24,500천원", None),
        ("재정상 조치 회수: 3건 12,300천원", None),
        ("보조금 부정수급 3건 적발, 12,300천원 환수", None),
        ("감사 역량 강화 교육 / 교육비 3,000천원", None),
        ("감사 결과 공개 : 5월 / 24,500천원", 24_500_000)]


COMMA_REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n"
                "## 감 사 담 당 관\n\n# Ⅱ. 주요업무 추진실적\n\n## ① 보조금 집행 점검 (감사팀)\n\n"
                "보조금이 바르게 쓰이도록 집행을 점검함\n\n### □ 추진실적\n\n"
                "○ 보조금 부정수급 점검 : 3월~4월 / 12개 단체\n\n"
                "  - 재정상 조치 : 회수 3건, 12,300천원\n\n"
                "  - 부정수급 환수 2건, 1,200천원\n\n"
                "  - 추징 5건(3,400천원)\n\n"
                "○ 폐건전지 회수 보상금 지급 5,000천원\n\n"
                "○ 체납 보조금 징수 4건, 2,000천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines",
                                    "all-of-them", "pdf grid"])
def test_recovered_money_after_its_count_is_no_amount_in_every_layout(layout, tmp_path):
    """Before, `회수 3건, 12,300천원` and `환수 2건, 1,200천원` were the items' amounts (12,300,000원, 1,200,000원)."""
    [project] = read_laid_out(COMMA_REPORT, layout, tmp_path).projects
    items = [item for top in project.items for item in (top, *top.children)]
    assert [(item.text, item.amount_krw) for item in items] == [
        ("보조금 부정수급 점검 : 3월~4월 / 12개 단체", None),
        ("재정상 조치 : 회수 3건, 12,300천원", None),
        ("부정수급 환수 2건, 1,200천원", None),
        ("추징 5건(3,400천원)", None),
        ("폐건전지 회수 보상금 지급 5,000천원", 5_000_000),
        ("체납 보조금 징수 4건, 2,000천원", 2_000_000)]


SLASH_REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n"
                "## 복 지 정 책 과\n\n# Ⅱ. 주요업무 추진실적\n\n## ① 보조금 정산 (복지정책팀)\n\n"
                "보조금이 바르게 쓰이도록 정산함\n\n### □ 추진실적\n\n"
                "○ 부정수급 적발 3건 / 회수 1,200천원\n\n"
                "○ 부정수급 점검 / 1,500천원 환수\n\n"
                "○ 집행잔액 반납 : 2,300천원\n\n"
                "○ 보조금 지급 : 45,000천원 / 반납 1,100천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-markdown", "space-aligned", "without-blank-lines",
                                    "all-of-them", "pdf grid"])
def test_money_recovered_or_paid_back_after_a_slash_or_a_colon_is_no_amount_in_every_layout(layout, tmp_path):
    """Before, `집행잔액 반납 : 2,300천원` was the item's amount (2,300,000원)."""
    [project] = read_laid_out(SLASH_REPORT, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("부정수급 적발 3건 / 회수 1,200천원", None),
        ("부정수급 점검 / 1,500천원 환수", None),
        ("집행잔액 반납 : 2,300천원", None),
        ("보조금 지급 : 45,000천원 / 반납 1,100천원", 45_000_000)]
