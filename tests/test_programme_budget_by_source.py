"""A programme's money by source in the general part, under a caption naming its budget (`□ 공공일자리 예산 집행
현황` over `계 | 국비 | 구비`, under `2 주요사업 현황`), above the department's `3 예산현황`: a generic grid, checked as
one, not the department's budget table 1. Before, its caption was taken for the budget's title and its lines for the
department's, so `budget_totals` gave the programme's 3,210,000천원 (26.2%) for the department's 9,870,500천원
(24.4%)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제290회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n일 자 리 정 책 과\n\n"
PART = "Ⅰ. 일반현황\n\n"
PROGRAMME = ("2 주요사업 현황\n\n{caption}\n\n(단위: 천원)\n\n"
             "구 분\t예산액\t집행액\t잔액\t집행률\n계\t3,210,000\t842,000\t2,368,000\t26.2%\n"
             "국비\t1,605,000\t421,000\t1,184,000\t26.2%\n구비\t1,605,000\t421,000\t1,184,000\t26.2%\n\n")
BUDGET = ("3 예산현황\n\n(단위: 천원)\n\n단위사업\t예산액\t집행액\t집행률(%) (5.31.기준)\n"
          "계\t9,870,500\t2,406,000\t24.4\n일자리 창출\t9,720,500\t2,351,000\t24.2\n기본경비\t150,000\t55,000\t36.7\n")
DEPARTMENT_LINES = [(1, "계", 9_870_500, 2_406_000), (1, "일자리 창출", 9_720_500, 2_351_000),
                    (1, "기본경비", 150_000, 55_000)]


def budget_tables(r) -> list[tuple[int, str, int, int]]:
    return [(b.table_no, b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in r.budget]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "grid-tables", "pdf grid"])
@pytest.mark.parametrize("caption", ["□ 공공일자리 예산 집행 현황", "○ 청년인턴사업 예산 현황", "□ 공공일자리 예산"])
def test_a_programmes_budget_by_source_is_a_grid_not_the_department_budget(caption, layout, tmp_path):
    r = read_laid_out(COVER + PART + PROGRAMME.format(caption=caption) + BUDGET, layout, tmp_path)
    assert budget_tables(r) == DEPARTMENT_LINES
    assert [(t.caption, t.rows[2]) for t in r.tables] == [
        (caption[2:], ["국비", "1,605,000", "421,000", "1,184,000", "26.2%"])]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_the_programmes_grid_is_checked(layout, tmp_path):
    text = (COVER + PART + PROGRAMME.format(caption="□ 공공일자리 예산 집행 현황") + BUDGET).replace(
        "국비\t1,605,000\t421,000\t1,184,000", "국비\t1,605,000\t421,000\t1,194,000")
    findings = run_checks(read_laid_out(text, layout, tmp_path))
    assert [(f.rule, f.table, f.row, f.column) for f in findings] == [
        ("sum.table", "공공일자리 예산 집행 현황", "국비", "잔액")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("caption", ["□ 재원별 예산 집행 현황", "□ 세출예산 현황", "□ 공공일자리 예산 집행 현황"])
def test_sources_under_the_budget_title_or_with_no_budget_title_elsewhere_stay_the_budget(caption, layout, tmp_path):
    """Under `3 예산현황` whatever the caption, or a caption of the budget's own: the department's budget by source
    (the report printing no other budget's title for the first two)."""
    under_title = COVER + PART + BUDGET + "\n" + PROGRAMME.format(caption=caption).replace("2 주요사업 현황\n\n", "")
    assert budget_tables(read_laid_out(under_title, layout, tmp_path))[3:] == [
        (2, "계", 3_210_000, 842_000), (2, "국비", 1_605_000, 421_000), (2, "구비", 1_605_000, 421_000)]
    alone = COVER + PART + PROGRAMME.format(caption=caption)
    assert budget_tables(read_laid_out(alone, layout, tmp_path))[0] == (1, "계", 3_210_000, 842_000)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("joint", ["국·시비", "구ㆍ시비", "시·구비", "국 · 시비", "국시비"])
def test_two_sources_printed_as_one_are_a_source(joint, layout, tmp_path):
    """`국·시비` beside `구비`: a funding source (joint), so the programme's lines are still its grid. Before, no
    source: the grid was the department's budget table 1. Under the budget's title, the line is that source's."""
    programme = PROGRAMME.format(caption="□ 공공일자리 예산 집행 현황").replace("국비\t", f"{joint}\t")
    r = read_laid_out(COVER + PART + programme + BUDGET, layout, tmp_path)
    assert budget_tables(r) == DEPARTMENT_LINES
    assert [t.caption for t in r.tables] == ["공공일자리 예산 집행 현황"]
    assert run_checks(r) == []
    under_title = COVER + PART + BUDGET + "\n" + programme.replace("2 주요사업 현황\n\n", "")
    lines = read_laid_out(under_title, layout, tmp_path).budget[3:]
    name = joint.replace("ㆍ", "·")  # the middle dot as text is cleaned; the source is named without spaces
    assert [(b.name, b.funding_source, b.budget_krw // 1_000) for b in lines] == [
        ("계", None, 3_210_000), (name, name.replace(" ", ""), 1_605_000), ("구비", "구비", 1_605_000)]
