"""A 기획예산과's report printing the 구's whole budget by account (`1. 2025년 예산 규모 및 집행 현황`: `합 계`,
`일반회계`, `특별회계`) above its own 단위사업: a grid of the general part, checked as one, not the department's
budget (before, its lines were 단위사업 and `budget_totals` gave the department 684,300백만원, the 구's budget).
Each in text layouts and a PDF; a plan's table of the accounts with 증감 and 증감률 too."""

import datetime as dt

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = "제305회 구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 기 획 예 산 과\n\n"
PART = "# Ⅰ. 일반현황\n\n"
DISTRICT = ("## 1. {caption}\n\n(2025. 5. 31. 기준, 단위: 백만원)\n\n구 분\t예산액\t집행액\t집행률(%)\n"
            "합 계\t684,300\t265,100\t38.7\n일반회계\t655,100\t256,200\t39.1\n특별회계\t29,200\t8,900\t30.5\n\n")
OWN = ("## 2. 예산 현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t2,150,000\t731,000\t34.0\n"
       "재정 운용 효율화\t1,400,000\t490,000\t35.0\n예산 편성 지원\t680,000\t220,600\t32.4\n"
       "기본경비\t70,000\t20,400\t29.1\n\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]
OWN_LINES = [(1, "계", 2_150_000, 731_000), (1, "재정 운용 효율화", 1_400_000, 490_000),
             (1, "예산 편성 지원", 680_000, 220_600), (1, "기본경비", 70_000, 20_400)]


def budget_lines(r) -> list[tuple[int, str, int, int]]:
    return [(b.table_no, b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in r.budget]


def found(r) -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", [
    "2025년 예산 규모 및 집행 현황", "2025년도 예산규모", "세출예산 규모", "예 산 규 모"])  # letter-spaced too
def test_the_districts_budget_by_account_is_a_grid_not_the_departments(caption, layout, tmp_path):
    r = read_laid_out(COVER + PART + DISTRICT.format(caption=caption) + OWN, layout, tmp_path)
    assert budget_lines(r) == OWN_LINES
    assert [(t.caption, t.unit, t.as_of, t.rows[1:]) for t in r.tables] == [
        (f"1. {caption}", "백만원", dt.date(2025, 5, 31), [["합 계", "684,300", "265,100", "38.7"],
                                                 ["일반회계", "655,100", "256,200", "39.1"],
                                                 ["특별회계", "29,200", "8,900", "30.5"]])]
    assert found(r) == []
    # the grid's sums and rates are still checked
    wrong = read_laid_out(COVER + PART + DISTRICT.format(caption=caption).replace("8,900\t30.5", "8,900\t31.5")
                          .replace("256,200", "256,300") + OWN, layout, tmp_path)
    assert sorted(found(wrong)) == [("rate.table", "특별회계", "집행률(%)", "30.5", "31.5"),
                                    ("sum.table", "합 계", "집행액", "265,200백만원", "265,100백만원")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_departments_own_total_by_account_stays_its_budget(layout, tmp_path):
    """No size named (`부서 예산 총괄`): the department's budget by account, its lines as before."""
    r = read_laid_out(COVER + PART + DISTRICT.format(caption="부서 예산 총괄"), layout, tmp_path)
    assert budget_lines(r) == [(1, "계", 684_300_000, 265_100_000), (1, "일반회계", 655_100_000, 256_200_000),
                               (1, "특별회계", 29_200_000, 8_900_000)]


PLAN = ("## 2. 2026년 예산 규모\n\n(단위: 백만원, %)\n\n구 분\t2026년 예산(안)\t2025년 예산\t증 감\t증감률\n"
        "합 계\t712,450\t684,300\t28,150\t4.1\n일반회계\t681,200\t655,100\t26,100\t4.0\n"
        "특별회계\t31,250\t29,200\t2,050\t7.0\n- 의료급여기금\t1,250\t1,180\t70\t5.9\n"
        "- 주차장특별회계\t30,000\t28,020\t1,980\t7.1\n\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_plans_district_budget_by_account_is_a_grid(layout, tmp_path):
    """Before, 일반회계, 특별회계 and its 의료급여기금 (a source) were the department's lines of 2026."""
    cover = COVER.replace("2025년 주요업무", "2026년 주요업무")
    r = read_laid_out(cover + PART + PLAN + OWN, layout, tmp_path)
    assert budget_lines(r) == OWN_LINES
    assert [row[0] for row in r.tables[0].rows] == ["구 분", "합 계", "일반회계", "특별회계", "- 의료급여기금",
                                                     "- 주차장특별회계"]
    assert found(r) == []
    wrong = read_laid_out(cover + PART + PLAN.replace("26,100\t4.0", "26,300\t4.0") + OWN, layout, tmp_path)
    assert ("sum.table", "일반회계", "증 감", "26,100백만원", "26,300백만원") in [
        (rule, row, column.replace("증감", "증 감"), expected, actual)
        for rule, row, column, expected, actual in found(wrong)]


# captioned with no size (`□ 회계별 예산 현황`, `□ 2025년 예산 현황`): the accounts alone, 기금 too, totalling hundreds
# of times the department's 단위사업 printed with them, above them or below
ACCOUNTS = ("{caption}\n\n(단위: 백만원)\n\n구 분\t예산액\t집행액\t집행률(%)\n합 계\t684,300\t265,100\t38.7\n"
            "일반회계\t655,100\t256,200\t39.1\n특별회계\t27,900\t8,450\t30.3\n의료급여기금\t1,300\t450\t34.6\n\n")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("caption", ["□ 회계별 예산 현황", "□ 2025년 예산 현황", "## 1. 세출예산 현황"])
@pytest.mark.parametrize("after", [False, True])
def test_the_districts_accounts_beside_the_departments_units_are_a_grid(caption, after, layout, tmp_path):
    """Before, 일반회계, 특별회계 and 의료급여기금 were the department's lines, table 1, and `budget_totals` gave it
    684,300백만원."""
    accounts = ACCOUNTS.format(caption=caption)
    r = read_laid_out(COVER + PART + (OWN + accounts if after else accounts + OWN), layout, tmp_path)
    assert budget_lines(r) == OWN_LINES
    assert [(t.rows[0][0], [row[0] for row in t.rows[1:]]) for t in r.tables] == [
        ("구 분", ["합 계", "일반회계", "특별회계", "의료급여기금"])]
    assert found(r) == []
    wrong = read_laid_out(COVER + PART + accounts.replace("1,300\t450", "1,300\t460") + OWN, layout, tmp_path)
    # its 집행률 and the 합 계 make it 450: one finding, on it (before, the 합 계's 집행액 and its rate)
    assert found(wrong) == [("sum.table", "의료급여기금", "집행액", "450백만원", "460백만원")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_a_departments_total_by_account_over_its_units_stays_its_budget(layout, tmp_path):
    """Its 계 is its 단위사업's (or near it, a fund its 단위사업 table leaves out): the department's budget told twice,
    both its lines, as before."""
    total = ("□ 회계별 예산 현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t2,650,000\t911,000\t34.4\n"
             "일반회계\t2,150,000\t731,000\t34.0\n재난관리기금\t500,000\t180,000\t36.0\n\n")
    r = read_laid_out(COVER + PART + total + OWN, layout, tmp_path)
    assert budget_lines(r) == [(1, "계", 2_650_000, 911_000), (1, "일반회계", 2_150_000, 731_000),
                               (1, "재난관리기금", 500_000, 180_000),
                               *[(2, name, budget, executed) for _, name, budget, executed in OWN_LINES]]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_plans_district_accounts_with_no_size_are_a_grid(layout, tmp_path):
    """`□ 2026년 예산 현황` over the plan beside the year's budget: both its tables of lines went, the 단위사업 table
    numbered 1 (before, 3)."""
    cover = COVER.replace("2025년 주요업무", "2026년 주요업무")
    r = read_laid_out(cover + PART + PLAN.replace("## 2. 2026년 예산 규모", "□ 2026년 예산 현황") + OWN, layout,
                      tmp_path)
    assert budget_lines(r) == OWN_LINES
    assert [row[0] for row in r.tables[0].rows][1:3] == ["합 계", "일반회계"]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("funds", ["기금", "기 금"])
@pytest.mark.parametrize("after", [False, True])
def test_the_districts_accounts_with_its_funds_in_one_line_are_a_grid(funds, after, layout, tmp_path):
    """`일반회계 | 특별회계 | 기금`, the funds printed as one line: before, a table of accounts and funds alone
    only where each fund was named (`의료급여기금`), so this one was the department's lines, table 1 (or 2), and
    `sum.budget` found its 계 wrong."""
    accounts = ACCOUNTS.format(caption="□ 회계별 예산 현황").replace("의료급여기금", funds)
    r = read_laid_out(COVER + PART + (OWN + accounts if after else accounts + OWN), layout, tmp_path)
    assert budget_lines(r) == OWN_LINES
    assert [[row[0] for row in t.rows[1:]] for t in r.tables] == [["합 계", "일반회계", "특별회계", funds]]
    assert found(r) == []
