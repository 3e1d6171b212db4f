"""What a table of accounts alone is weighed against, to tell the 구's whole budget (a grid) from the department's
own (its lines): the department's 단위사업 table's grand 계, not the first 계 it prints (a 소계 under its lines, before
the grand 계 at the bottom: before, that group's subtotal was taken, and an account table totalling ten times it but
not ten times the whole was made a grid), and the first 단위사업 table that prints a budget (before, a table of
execution alone printed first left no total, and the 구's budget stayed the department's lines)."""

import pytest

from tests.layouts import read_laid_out

COVER = ("제305회 구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 기 획 예 산 과\n\n"
         "# Ⅰ. 일반현황\n\n")
# 소계 under their lines, the grand 계 last: 1,500,000 and 2,000,000 of 3,500,000천원
SUBTOTALS_FIRST = ("## 2. 예산 현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
                   "청사 관리\t1,000,000\t400,000\t40.0\n시설 유지\t500,000\t200,000\t40.0\n"
                   "소 계\t1,500,000\t600,000\t40.0\n홍보 운영\t1,200,000\t500,000\t41.7\n"
                   "교육 운영\t800,000\t300,000\t37.5\n소 계\t2,000,000\t800,000\t40.0\n"
                   "계\t3,500,000\t1,400,000\t40.0\n\n")
UNITS = [("청사 관리", 1_000_000), ("시설 유지", 500_000), ("계", 1_500_000), ("홍보 운영", 1_200_000),
         ("교육 운영", 800_000), ("계", 2_000_000), ("계", 3_500_000)]


def accounts(total: str, general: str, fund: str) -> str:
    return (f"□ 회계별 예산 현황\n\n(단위: 천원)\n\n구 분\t예산액\n합 계\t{total}\n일반회계\t{general}\n"
            f"재난관리기금\t{fund}\n\n")


# 20,000,000천원: ten times the first 소계 (1,500,000) and more, under ten times the grand 계 (35,000,000)
NEAR = accounts("20,000,000", "18,000,000", "2,000,000")
NEAR_LINES = [("계", 20_000_000), ("일반회계", 18_000_000), ("재난관리기금", 2_000_000)]
# 684,300,000천원: the 구's, two hundred times the grand 계
DISTRICT = accounts("684,300,000", "655,100,000", "29,200,000")


def lines(r) -> list[tuple[int, str, int | None]]:
    return [(b.table_no, b.name, b.budget_krw // 1_000 if b.budget_krw is not None else None) for b in r.budget]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize("after", [False, True])
def test_accounts_under_ten_times_the_grand_total_stay_the_departments_lines(after, layout, tmp_path):
    r = read_laid_out(COVER + (SUBTOTALS_FIRST + NEAR if after else NEAR + SUBTOTALS_FIRST), layout, tmp_path)
    own = [(2 if not after else 1, name, budget) for name, budget in UNITS]
    held = [(1 if not after else 2, name, budget) for name, budget in NEAR_LINES]
    assert lines(r) == (own + held if after else held + own)
    assert r.tables == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize("after", [False, True])
def test_accounts_ten_times_the_grand_total_are_the_districts_grid(after, layout, tmp_path):
    r = read_laid_out(COVER + (SUBTOTALS_FIRST + DISTRICT if after else DISTRICT + SUBTOTALS_FIRST), layout,
                      tmp_path)
    assert lines(r) == [(1, name, budget) for name, budget in UNITS]
    assert [[row[0] for row in t.rows[1:]] for t in r.tables] == [["합 계", "일반회계", "재난관리기금"]]


# a table of the 단위사업's execution, its 예산액 column left blank: lines, but no budget to weigh against
EXECUTION = ("## 2. 예산 집행 현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t\t731,000\t34.0\n"
             "재정 운용 효율화\t\t490,000\t35.0\n예산 편성 지원\t\t220,600\t32.4\n기본경비\t\t20,400\t29.1\n\n")
OWN = ("## 3. 예산 현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t2,150,000\t731,000\t34.0\n"
       "재정 운용 효율화\t1,400,000\t490,000\t35.0\n예산 편성 지원\t680,000\t220,600\t32.4\n"
       "기본경비\t70,000\t20,400\t29.1\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize("order", ["units, accounts", "accounts, units"])
def test_the_first_units_table_printing_a_budget_weighs_the_accounts(order, layout, tmp_path):
    text = EXECUTION + OWN + DISTRICT if order == "units, accounts" else DISTRICT + EXECUTION + OWN
    r = read_laid_out(COVER + text, layout, tmp_path)
    assert lines(r) == [(1, "계", None), (1, "재정 운용 효율화", None), (1, "예산 편성 지원", None),
                        (1, "기본경비", None), (2, "계", 2_150_000), (2, "재정 운용 효율화", 1_400_000),
                        (2, "예산 편성 지원", 680_000), (2, "기본경비", 70_000)]
    assert [[row[0] for row in t.rows[1:]] for t in r.tables] == [["합 계", "일반회계", "재난관리기금"]]
