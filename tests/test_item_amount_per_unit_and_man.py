"""A sentence's last amount after a count (`융자 추천 118건 32억원`) is the item's only where nothing makes it a
price of each: a unit or a month in a bracket or after a slash right after it (`지원 50명 30만원(월)`, `30만원 (1인당)`,
`30만원/월`, `10만원 / 가구`: before, 300,000원 and 100,000원), and not where it is too small to be the total of what
was counted (`난방비 지원 500가구 10만원`: 200원 a household, a price of each: before, 100,000원); from 1,000원 a unit
up, or above 500만원 in all, it stays the total (`지원 50명 30만원`: 300,000원, though it may be each one's;
`관람객 30,000명 2,000만원`). An amount in 만 printing no `원` ending such a sentence or standing before a bracket or
the next field is read as one with `원` is (`교육 12회 1억 2,000만`, `교육 12회 2,000만 (구비)`: before, none), from
100만 up (`관람 3회 5만` counts people as often as won), not a count (`2,000만 명`, `1만 2천명`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.projects import item_fields
from pipeline.values import EOK_IN_TEXT_RE, MAN_IN_TEXT_RE, parse_amount, parse_amount_without_won
from tests.layouts import NOVEMBER_COVER, read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    # a price a unit or a month, marked so: none
    ("지원 50명 30만원(월)", None),
    ("지원 50명 30만원 (월)", None),
    ("지원 50명 30만원(연)", None),
    ("지원 50명 30만원(1인당)", None),
    ("지원 50명 30만원 (1인)", None),
    ("난방비 지원 500가구 10만원(가구)", None),
    ("지원 50명 30만원/월", None),
    ("지원 50명 30만원 / 월", None),
    ("지원 50명 30만원/인", None),
    ("지원 50명 (30만원/월)", None),
    ("지원 50명 월 30만원", None),
    ("지원 50명 1인당 30만원", None),
    ("지원 500가구 가구당 10만원", None),
    ("지원 50명 (1인 월 30만원)", None),
    ("경로당 10개소 개소당 1,000만원", None),
    ("30만원(월) 지급", None),  # a verb of paying after it: as unit-priced
    ("30만원/월 지급", None),
    ("지원금 : 30만원/월", None),  # a field of its own: `월` no field of the item's
    ("지원금 : 30만원", 300_000),
    ("예산 500만원 / 월 1회 점검", 5_000_000),  # a figure after the unit: the next field
    ("준공식 개최 3. 10.(월) 2억원 투입", 200_000_000),  # a date's weekday, no price a month
    ("준공식 개최 3. 10. (월) 2억원 투입", 200_000_000),
    ("체육대회 개최(6. 2. (월)) 1억원 소요", 100_000_000),
    # unmarked: the total of what was counted, unless less than 1,000원 a unit and 500만원 or less in all
    ("난방비 지원 500가구 10만원", None),
    ("지원 101가구 10만원", None),
    ("지원 100가구 10만원", 100_000),
    ("지원 50명 30만원", 300_000),
    ("교육 1,200명 1,000만원", 10_000_000),
    ("과태료 부과 12,000건 1억원", 100_000_000),
    # above 500만원 a total, however many were counted: a grant of each so large to so many is no item's wording
    ("축제 개최 1회, 관람객 30,000명 2,000만원", 20_000_000),
    ("행사 개최 1회, 참여 15,000명 1,000만원", 10_000_000),
    ("지원 10,000가구 600만원", 6_000_000),
    ("재난지원금 지급 12,000가구 100만원", None),
    ("소상공인 지원 3,200개소 100만원", None),
    ("지원 12,000가구 500만원", None),
    ("융자 추천 118건 32억원", 3_200_000_000),
    # in 만 printing no 원
    ("교육 12회 1억 2,000만", 120_000_000),
    ("교육 12회 2,000만", 20_000_000),
    ("교육 12회 3천만", 30_000_000),
    ("교육 12회 3억", 300_000_000),  # as before
    ("교육 12회 1억 2,000만 (구비)", 120_000_000),
    ("교육 12회 2,000만(구비)", 20_000_000),
    ("교육 12회 2,000만, 3월~5월", 20_000_000),
    ("교육 12회(2,000만)", 20_000_000),
    ("교육 (12회 2,000만)", 20_000_000),
    ("교육 12회·2,000만", 20_000_000),
    ("교육 실시 2,000만", 20_000_000),
    ("교육 12회 2,000만 원", 20_000_000),  # as before
    ("관람 3회 100만", 1_000_000),
    ("관람 3회 5만", None),  # below 100만: visitors as often as won
    ("교육 12회 2,000만 명", None),
    ("교육 12회 만 명", None),
    ("교육 12회 1만 2천명", None),
    ("교육 12회 1억 2,000만 명", None),
    ("교육 12회 월 2,000만", None),
    ("교육 12회 2,000만(월)", None),
    ("구 청사 2,000만", None),  # no count nor deed before it
])
def test_a_sentences_last_amount_a_price_of_each_or_in_man(text, amount):
    assert item_fields(text, 2025).amount == amount


_MARKS = ["(월)", " (월)", "(연)", "(1인당)", "(가구당)", " (1인)", "(가구)", "/월", " / 월", "/인", "/가구", "/년"]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 9_999), st.sampled_from(["건", "명", "회", "개소", "가구", "세대"]), st.integers(1, 9_999),
       st.sampled_from(["만원", "천원", "억원", "만", "억"]), st.sampled_from(_MARKS))
def test_any_amount_marked_as_a_units_or_months_is_none(count, counter, figure, scale, mark):
    assert item_fields(f"지원 {count:,}{counter} {figure:,}{scale}{mark}", 2025).amount is None


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 99_999), st.sampled_from(["건", "명", "회", "개소", "가구"]), st.integers(1, 99_999),
       st.sampled_from(["만원", "천원", "백만원"]))
def test_an_unmarked_amount_is_the_total_from_1000_won_a_unit_or_above_5_million(count, counter, figure, scale):
    amount = parse_amount(f"{figure:,}{scale}")
    read = item_fields(f"지원 {count:,}{counter} {figure:,}{scale}", 2025).amount
    assert read == (amount if amount >= count * 1_000 or amount > 5_000_000 else None)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 99), st.integers(100, 9_999), st.sampled_from(["", " (구비)", "(국비)", ", 3월~5월", ")"]))
def test_any_amount_in_man_ending_a_sentence_after_a_count_is_read(eok, man, after):
    written = f"{eok}억 {man:,}만" if eok else f"{man:,}만"
    opening = "(" if after == ")" else ""
    assert item_fields(f"교육 {opening}12회 {written}{after}", 2025).amount == eok * 100_000_000 + man * 10_000
    assert item_fields(f"교육 {opening}12회 {written} 명{after}", 2025).amount is None  # a count


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 999), st.integers(1, 9_999), st.sampled_from(["", " ", "  "]), st.sampled_from(["", "명", " 명"]))
def test_an_amount_in_man_in_a_sentence_is_one_amount_as_parsed(eok, man, space, counted):
    """`EOK_IN_TEXT_RE` and `MAN_IN_TEXT_RE` find one amount in `교육 12회 1억 2,000만` (the 만 part is the 억's, not an
    amount of its own) and none where a count's word follows (`2,000만명`; `2,000만 명` is found, the count's word
    left to the caller), each read by `parse_amount_without_won` as `parse_amount` reads it with `원`."""
    written = f"{eok}억{space}{man:,}만" if eok else f"{man:,}만"
    text = f"교육 12회 {written}{counted}"
    found = [*EOK_IN_TEXT_RE.finditer(text), *MAN_IN_TEXT_RE.finditer(text)]
    if counted == "명":
        assert found == []
    else:
        assert [match.group() for match in found] == [written]
        assert parse_amount_without_won(written) == parse_amount(written + "원") == eok * 100_000_000 + man * 10_000


ITEMS = ["융자 추천 118건 32억원", "난방비 지원 500가구 10만원", "지원 50명 30만원(월)", "지원 50명 30만원/월",
         "지원 50명 1인당 30만원", "지원 50명 30만원", "교육 12회 1억 2,000만", "교육 12회 2,000만 (구비)",
         "교육 12회 2,000만 명"]
AMOUNTS = [3_200_000_000, None, None, None, None, 300_000, 120_000_000, 20_000_000, None]

MARKDOWN_REPORT = (NOVEMBER_COVER + "# Ⅱ. 주요업무 추진실적\n\n## ① 저소득 주민 지원 (복지정책팀)\n\n"
                   "저소득 주민의 생활 안정을 돕고자 함\n\n### □ 추진실적\n\n"
                   + "".join(f"- {item}\n" for item in ITEMS))
TAB_REPORT = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n복 지 정 책 과\n\n"
              "Ⅱ. 주요업무 추진실적\n\n① 저소득 주민 지원 (복지정책팀)\n\n저소득 주민의 생활 안정을 돕고자 함\n\n"
              "□ 추진실적\n\n" + "".join(f"{'○·ㆍ-'[k % 4]} {item}\n\n" for k, item in enumerate(ITEMS)))


@pytest.mark.parametrize(("report", "layout"), [
    (MARKDOWN_REPORT, "markdown"), (MARKDOWN_REPORT, "without-markdown"), (MARKDOWN_REPORT, "space-aligned"),
    (TAB_REPORT, "tab"), (TAB_REPORT, "without-blank-lines"), (TAB_REPORT, "space-aligned-without-markdown")])
def test_a_reports_items_so_printed(report, layout, tmp_path):
    [project] = read_laid_out(report, layout, tmp_path).projects
    assert [(item.text, item.amount_krw) for item in _in_order(project.items)] == list(zip(ITEMS, AMOUNTS, strict=True))


def _in_order(items):
    """The items and those under each, in the order they are printed."""
    for item in items:
        yield item
        yield from _in_order(item.children)
