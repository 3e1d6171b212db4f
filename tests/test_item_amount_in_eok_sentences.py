"""An amount in 억 printing no `원` inside an item's sentence is the item's where the same amount with its `원` is
(`25억 투입` as `25억원 투입`: before, none), and so is one whose sentence says the item secured it or that it is
the item's size, with `원` or without (`사업비 25억 확보`, `총 3.5억 규모`: before, none either way). Only a figure
right before its 억 is an amount, and only where a verb of money follows it: a count of 억 (`1억 그루`), a word
starting with 억 (`억새`, `억제`, `억울`), a range of 억 (`10억대`), a unit price, a change or a part stay none.
A project's overview stating its budget in 억 (`예산 : 1.2억`, `예산액 : 1.5억 / 집행액 : 0.6억`) states it as
with `원` (before, no stated budget line); a 사업비 does where it names its year, as `사업비 : 1억 2,000만원` does."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import NOVEMBER_COVER, read_laid_out
from tests.test_overview_variants import found, report
from tests.test_stated_budget_variants import PARK, UNITS


@pytest.mark.parametrize(("text", "amount"), [
    ("25억 투입", 2_500_000_000),
    ("25억을 투입함", 2_500_000_000),
    ("청사 보수 : 25억 투입 예정", 2_500_000_000),
    ("재난지원금 32억 1,000만 지급(5월)", 3_210_000_000),
    ("노후 경로당 보수 3억 5천만 지원", 350_000_000),
    ("사업비 25억 확보", 2_500_000_000),
    ("사업비 25억원 확보", 2_500_000_000),
    ("특별교부세 5억 확보(시비)", 500_000_000),
    ("국비 12억 확보", 1_200_000_000),
    ("총 3.5억 규모", 350_000_000),
    ("총 3.5억원 규모", 350_000_000),
    ("사업비 총 25억 규모", 2_500_000_000),
    # not the item's: no figure right before 억, a count of 억, a range of 억, a unit price, a change, a part,
    # a range, two amounts, a verb of no money
    ("억새 군락지 조성 지원", None),
    ("하천 녹조 억제 지원 : 5월", None),
    ("억울한 민원 해소 지원", None),
    ("나무 1억 그루 식재 지원", None),
    ("1억 그루 투입", None),
    ("10억대 투입", None),
    ("10억원대 투입", None),
    ("1인 최대 1억 지원", None),
    ("1인당 1억 지원", None),
    ("25억 추가 투입", None),
    ("전년 대비 2억 증가 투입", None),
    ("예산 10억 중 3억 집행", None),
    ("1~2억 투입", None),
    ("예산 10억, 집행 3억 투입", None),
    ("매출 25억 달성", None),
    ("25억 확보 추진", None),
    ("총 3.5억 규모의 사업", None),
])
def test_an_amount_in_eok_inside_a_sentence(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(1, 9_999), st.sampled_from(["", ".5"]), st.sampled_from(["", " "]),
       st.sampled_from(["", " 2,000만", " 3천만"]), st.sampled_from([" 투입", "을 투입함", " 지원", " 확보", " 규모"]))
def test_a_sentence_in_eok_reads_as_with_won(eok, decimals, space, rest, verb):
    """`N억 … 투입` is read as `N억 …원 투입` is, whatever its spacing."""
    figure = f"{eok:,}{space}억{rest}" if rest else f"{eok:,}{decimals}{space}억"
    with_won = item_fields(f"{figure}원{verb}", 2025).amount
    assert with_won is not None and item_fields(f"{figure}{verb}", 2025).amount == with_won


COVER = (NOVEMBER_COVER
         + "# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n"
         "노후 청사를 안전하게 고치고자 함\n\n### □ 추진실적\n\n")


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_sentences_in_eok_in_a_report(layout, tmp_path):
    items = "- 청사 방수공사 25억 투입\n- 특별교부세 5억 확보\n- 억새 화단 조성 지원\n- 나무 1억 그루 식재 지원\n"
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.text, item.amount_krw) for item in project.items] == [
        ("청사 방수공사 25억 투입", 2_500_000_000), ("특별교부세 5억 확보", 500_000_000),
        ("억새 화단 조성 지원", None), ("나무 1억 그루 식재 지원", None)]


@pytest.mark.parametrize(("stated", "lines"), [
    ("예산 : 1.2억", [("계", 120_000_000, None, None)]),
    ("예산: 1.2억(구비)", [("구비", 120_000_000, None, None)]),
    ("예산 : 1억 2,000만", [("계", 120_000_000, None, None)]),
    ("예산액 : 1.5억 / 집행액 : 0.6억 (40.0%)", [("계", 150_000_000, 60_000_000, None)]),
    ("2025년 사업비 : 1억 2,000만", [("계", 120_000_000, None, None)]),
    ("예산: 15억(’26년)", [("계", 1_500_000_000, None, 2026)]),
    # as with 원: a 사업비 naming no year may be the project's over its years; a range, a change are no figure
    ("사업비 : 1억 2,000만", []),
    ("사업비 : 1억 2,000만원", []),
    ("예산 : 1~2억", []),
    ("예산 : 1억 증가", []),
])
def test_a_budget_the_overview_states_in_eok(stated, lines):
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}\n- 단위사업: 공원 관리\n")
    assert [(b.name, b.budget_krw, b.executed_krw, b.budget_year) for b in r.projects[0].budget_lines] == lines
    assert found(r) == []


TABLE = "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n1,500,000(구비)\t600,000(구비)\t40.0\n"


@pytest.mark.parametrize(("stated", "findings"), [
    ("예산 : 15억", []),
    ("예산 : 12억", [("cross.project_budget", "구비", "예산액", "12억원", "1,500,000천원")]),
])
def test_a_budget_stated_in_eok_is_compared_with_the_table(stated, findings):
    r = report(UNITS + PARK + f"□ 사업개요\n\n- {stated}(구비)\n- 단위사업: 공원 관리\n\n" + TABLE)
    assert found(r) == findings
