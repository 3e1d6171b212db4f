"""An item of a 총사업비 printed with its years' shares (`총사업비: 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후
500,000)`): its amount is the total, the shares staying in its text, and the shares add up to the total where they
cover it (a share of what is left printed: `향후`, `2027년 이후`), and never to more (`sum.project_cost`). In every
text layout and in a PDF."""

import pytest

from checks import run_checks
from tests.layouts import NOVEMBER_COVER, read_laid_out

COVER = (NOVEMBER_COVER
         + "# Ⅲ. 2026년 주요업무 계획\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n노후 청사를 안전하게 고치고자 함\n\n"
         "### □ 사업개요\n\n- 기 간 : 2025. ~ 2027.\n")
PLAN = "\n### □ 추진계획\n\n- 설계 용역 : 3월\n"
LAYOUTS_READ = ["tab", "without-markdown", "without-blank-lines", "space-aligned-without-markdown", "pdf grid"]
TABLE = "Ⅲ 2026년 주요업무 계획 1. 본관 청사 리모델링"


def cost_item(r):
    (project,) = r.projects
    (item,) = [item for item in project.items if "원" in item.text]
    return item


def cost_findings(r) -> list[tuple]:
    return [(f.rule, f.severity, f.table, f.row, f.expected, f.actual, f.message) for f in run_checks(r)
            if f.rule == "sum.project_cost"]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("item, amount", [
    ("총사업비: 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 500,000)", 1_200_000_000),
    ("총사업비 : 1,200,000천원(기투자 400,000천원, 2026년 300,000천원, 향후 500,000천원)", 1_200_000_000),
    ("총사업비: 1,200,000천원 (기투자 400,000 / 2026년 300,000 / 향후 500,000)", 1_200_000_000),
    ("총사업비: 1,200,000천원 (2025년까지 400,000, 2026년 300,000, 2027년 이후 500,000)", 1_200_000_000),
    ("총사업비: 1,200,000천원 (기투자: 400,000, ’26년: 300,000, 향후: 500,000)", 1_200_000_000),
    ("총사업비: 12억원 (기투자 4억원, 2026년 3억원, 향후 5억원)", 1_200_000_000),
    ("총사업비: 12억원 (기투자 4, 2026년 3, 향후 5)", 1_200_000_000),  # shares in the total's unit
    ("총사업비: 1,200백만원 (기투자 400,000천원, 2026년 300,000천원, 향후 500,000천원)", 1_200_000_000),
    ("총사업비: 32억 1,000만원 (기투자 12억원, 2026년 10억원, 향후 10억 1,000만원)", 3_210_000_000),
    ("사업비: 1,200,000천원 (2025년 400,000, 2026년 800,000)", 1_200_000_000),  # the years of a project
    ("사업비: 1,200,000천원 (2025년 400,000천원, 2026년 800,000천원)", 1_200_000_000),
    ("총사업비: 1,200,000천원(’25년 400,000 / ’26년 800,000)", 1_200_000_000),
    ("총사업비: 1,200,000천원 (기투자 400,000 2026년 300,000 향후 500,000)", 1_200_000_000),
    ("총사업비 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 500,000)", 1_200_000_000),  # no colon
    ("총사업비 1,200,000천원(’25년 400,000천원 / ’26년 800,000천원)", 1_200_000_000),
    ("총사업비: 3,000,000천원 (2026년 1,000,000천원)", 3_000_000_000),  # the year's share alone
    # years' shares together (before: no amount)
    ("총사업비: 1,500백만원 (2024~2025년 1,000백만원, 2026년 500백만원)", 1_500_000_000),
    ("총사업비: 1,200,000천원 (’24~’25년 700,000, ’26년 500,000)", 1_200_000_000),
])
def test_a_total_with_its_years_shares_is_the_items_amount(item, amount, layout, tmp_path):
    """Before: no amount (the bracket of shares read as no note an amount may have)."""
    r = read_laid_out(f"{COVER}- {item}\n{PLAN}", layout, tmp_path)
    found = cost_item(r)
    assert (found.text, found.amount_krw) == (item, amount)
    assert cost_findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("item, expected, actual", [
    ("총사업비: 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 400,000)", "1,100,000천원", "1,200,000천원"),
    ("총사업비: 12억원 (기투자 4억원, 2026년 3억원, 2027년 이후 6억원)", "13억원", "12억원"),
    # shares above the total, though none is what is left
    ("총사업비: 1,000,000천원 (2025년 600,000, 2026년 600,000)", "1,200,000천원", "1,000,000천원"),
    ("총사업비 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 400,000)", "1,100,000천원", "1,200,000천원"),
    ("총사업비: 1,500백만원 (2024~2025년 1,000백만원, 2026년 600백만원)", "1,600백만원", "1,500백만원"),
])
def test_shares_that_do_not_add_up_to_the_total(item, expected, actual, layout, tmp_path):
    r = read_laid_out(f"{COVER}- {item}\n{PLAN}", layout, tmp_path)
    label = item.split(":")[0] if ":" in item else "총사업비"
    assert cost_findings(r) == [(
        "sum.project_cost", "error", TABLE, label, expected, actual,
        f"{label} {actual}이 연도별 금액의 합과 다릅니다 (표기 {actual}, 합계 {expected})")]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("item", [
    # shares that may leave years out (no share of what is left): below the total, as printed
    "총사업비: 3,000,000천원 (2025년 1,000,000, 2026년 1,000,000)",
    # a funding note, as before: its sources are 예산's lines, not the years'
    "총사업비: 1,200,000천원 (시비 400,000, 구비 800,000)",
])
def test_shares_that_need_not_cover_the_total_are_not_checked(item, layout, tmp_path):
    r = read_laid_out(f"{COVER}- {item}\n{PLAN}", layout, tmp_path)
    assert cost_item(r).amount_krw in (3_000_000_000, 1_200_000_000)
    assert cost_findings(r) == []


@pytest.mark.parametrize("item", [
    "총사업비: 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 500,000), 예산 300,000천원",
    "예산 500,000천원, 집행 320,000천원",
])
def test_an_item_printing_two_amounts_still_has_none(item, tmp_path):
    assert cost_item(read_laid_out(f"{COVER}- {item}\n{PLAN}", "tab", tmp_path)).amount_krw is None
