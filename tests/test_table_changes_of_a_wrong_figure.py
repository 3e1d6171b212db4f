"""sum.table: in a generic table under a 계 row, a row's wrong figure beside a change column (`2024년 | 2025년 |
증감`) or a remainder column (`체납액 | 정리액 | 잔 액`, `예산액 | 집행액 | 잔 액`) breaks both the 계 row's sum of
its column and the row's change or remainder: one finding on the figure, expected what both make it (`가 사업 |
2,800,000 | 450,000 | 2,450,000` under `계 | 3,400,000 | 900,000 | 2,500,000`: 2,900,000). Before, the 계 row's sum
alone was found (expected 3,300,000: the right total blamed) and the change or remainder that tells which is wrong
left out. A wrong change or remainder alone is still one finding on it. Each in the three ways a converter prints a
tab table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS
from tests.test_table_rates_years import findings, layouts, planted, table

# 잔 액 = 체납액 − 정리액, row by row; the 계 is each column's sum
ARREARS = ("구 분 | 체납액 | 정리액 | 잔 액", "계 | 9,600 | 3,900 | 5,700", "지방소득세 | 4,200 | 1,700 | 2,500",
           "재산세 | 3,100 | 1,300 | 1,800", "자동차세 | 2,300 | 900 | 1,400")


def arrears(*replacements: tuple[str, str]) -> str:
    return planted(table("체납액 정리 현황", "백만원", *ARREARS), *replacements)


@layouts
@pytest.mark.parametrize(("wrong", "found"), [
    # the 체납액: the 계's 9,600 and the 잔 액 2,500 + 1,700 both make it 4,200; before, `계 체납액 9,500 9,600`
    (("4,200", "4,100"), ("sum.table", "지방소득세", "체납액", "4,200백만원", "4,100백만원")),
    # the 정리액: 3,900 − 1,700 − 900 and 3,100 − 1,800; before, `계 정리액 3,800 3,900`
    (("1,300", "1,200"), ("sum.table", "재산세", "정리액", "1,300백만원", "1,200백만원")),
    # the 잔 액 alone, as before
    (("1,400", "1,500"), ("sum.table", "자동차세", "잔 액", "1,400백만원", "1,500백만원")),
])
def test_a_wrong_figure_beside_a_remainder_is_one_finding_on_it(layout, tmp_path, wrong, found):
    assert findings(arrears(), layout, tmp_path) == []
    assert findings(arrears(wrong), layout, tmp_path) == [found]


# 증감 = 2025년 − 2024년, row by row
ISSUED = ("구 분 | 2024년 | 2025년 | 증감", "계 | 3,400 | 3,900 | 500", "여권 | 2,800 | 3,100 | 300",
          "가족관계증명 | 600 | 800 | 200")


def issued(*replacements: tuple[str, str]) -> str:
    return planted(table("민원 발급 실적", "건", *ISSUED), *replacements)


@layouts
@pytest.mark.parametrize(("wrong", "found"), [
    # the later year's: the 계's 3,900 and 2,800 + 300 both make it 3,100; before, `계 2025년 4,000 3,900`
    (("2,800\t3,100", "2,800\t3,200"), ("sum.table", "여권", "2025년", "3,100", "3,200")),
    # the earlier year's: 3,400 − 600 and 3,100 − 300; before, `계 2024년 3,500 3,400`
    (("2,800\t3,100", "2,900\t3,100"), ("sum.table", "여권", "2024년", "2,800", "2,900")),
    # the 증감 alone, as before
    (("3,100\t300", "3,100\t400"), ("sum.table", "여권", "증감", "300", "400")),
])
def test_a_wrong_figure_beside_a_change_is_one_finding_on_it(layout, tmp_path, wrong, found):
    assert findings(issued(), layout, tmp_path) == []
    assert findings(issued(wrong), layout, tmp_path) == [found]


# a fund's 예산액 and 집행액, a generic table where the budget is titled elsewhere (`tests/test_budget_fund_tables.py`)
COVER = "새빛구의회 제314회 정례회\n\n2025년도 주요업무 추진상황 보고\n\n안전총괄과\n\n2025. 6.\n\n"
FUND = ("□ 재난관리기금 및 예비비\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t잔 액\n계\t3,400,000\t900,000\t2,500,000\n"
        "가 사업\t2,800,000\t450,000\t2,450,000\n나 사업\t500,000\t450,000\t50,000\n\n")
BUDGET = ("□ 예산현황\n\n(단위: 천원)\n\n단위사업\t예산액\t집행액\t집행률(%)\n계\t4,250,000\t1,700,000\t40.0\n"
          "재난안전 관리\t1,650,000\t610,000\t37.0\n안전도시 조성\t2,600,000\t1,090,000\t41.9\n")


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_a_funds_wrong_budget_is_one_finding_on_it(layout):
    text = TEXT_LAYOUTS[layout](f"{COVER}Ⅰ  일반현황\n\n{FUND}{BUDGET}")
    (finding,) = run_checks(extract_report(read_text("t.txt", text.encode())))
    assert (finding.rule, finding.table, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "재난관리기금 및 예비비", "가 사업", "예산액", "2,900,000천원", "2,800,000천원")
    assert finding.message == ("'가 사업' 행의 예산액 값이 계 행과 잔 액 열이 함께 맞는 값과 다릅니다 "
                               "(표기 2,800,000천원, 맞는 값 2,900,000천원)")
