"""Two lines' wrong figures in one total's column, each beside its rate, are one finding each, on the wrong cell:
each rate finding's cell at the figure its printed rate and its other figure give (the last of a total's at what
the total leaves it), all together, where that clears every finding and raises none; before, the total's sum and
each line's rate. Where the rates do not explain every finding, the findings stand as found."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_budget_one_finding_a_total import COVER
from tests.test_generic_variants import COVER as GENERIC_COVER
from tests.test_generic_variants import TAIL

WELFARE = ("# 2025년 주요업무보고\n\n## 복지정책과\n\n### 1. 일반현황\n\n□ 예산 현황\n\n(단위: 천원)\n\n"
           "| 단위사업 | 예산액 | 집행액 | 집행률(%) |\n|---|---|---|---|\n| 계 | 2,000 | 1,000 | 50.0 |\n"
           "| 복지 기획 | 1,000 | {planning} | 50.0 |\n| 복지 전달 | 1,000 | 300 | {delivery} |\n")
# 예산액 in 천원: 35.1% of 1,400,000 is any 집행액 from 490,700 to 492,099, the 계 tells which
NO_REMAINING = (COVER + "## 총 무 과\n\n# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
                "단위사업명\t예산액\t집행액\t집행률(%) (5.31.기준)\n"
                "계\t6,420,000\t2,568,000\t40.0\n청 사 관 리\t3,200,000\t1,440,000\t45.0\n"
                "인사 운영\t1,820,000\t657,000\t35.0\n기본경비\t1,400,000\t501,000\t35.1\n")
# a rate column is checked where more than half its rows print a right one: three of five here
CONSULTING = ("□ 상담 실적\n\n구 분\t목표\t실적\t달성률(%)\n계\t3,000\t2,400\t80.0\n방문 상담\t500\t490\t80.0\n"
              "전화 상담\t1,000\t700\t{rate}\n온라인 상담\t500\t400\t80.0\n현장 상담\t1,000\t800\t80.0\n")


def found(findings) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in findings)


def test_two_wrong_figures_beside_their_rates_are_two_findings_on_the_cells(tmp_path):
    findings = run_checks(read_laid_out(WELFARE.format(planning="600", delivery="50.0"), "as written", tmp_path))
    assert found(findings) == [("sum.budget", "복지 기획", "집행액", "500천원", "600천원"),
                               ("sum.budget", "복지 전달", "집행액", "500천원", "300천원")]
    assert [f.message for f in findings][0] == (
        "복지 기획의 집행액 값이 계의 집행액과 집행률이 함께 맞는 값과 다릅니다 (표기 600천원, 계산 500천원); "
        "그 값이면 표의 다른 셈도 모두 맞습니다")


def test_one_wrong_figure_beside_its_rate_is_still_found_as_its_total_makes_it(tmp_path):
    findings = run_checks(read_laid_out(WELFARE.format(planning="600", delivery="50.0").replace(
        "| 1,000 | 300 |", "| 1,000 | 500 |"), "as written", tmp_path))
    assert found(findings) == [("sum.budget", "복지 기획", "집행액", "500천원", "600천원")]
    assert "계의 집행액 − 다른 줄의 합과" in findings[0].message


def test_rates_that_do_not_explain_every_finding_leave_them_as_found(tmp_path):
    """복지 전달's 45.0 makes its 집행액 450, not the 500 the 계 leaves it: the findings stand."""
    findings = run_checks(read_laid_out(WELFARE.format(planning="600", delivery="45.0"), "as written", tmp_path))
    assert found(findings) == [("rate", "복지 기획", "집행률(%)", "60.0", "50.0"),
                               ("rate", "복지 전달", "집행률(%)", "30.0", "45.0"),
                               ("sum.budget", "계", "집행액", "900천원", "1,000천원")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_rate_of_a_range_of_figures_takes_the_one_its_total_leaves(layout, tmp_path):
    """인사 운영's 35.0 makes its 집행액 637,000; 기본경비's 35.1 any of 490,700 to 492,099, of which the 계 leaves
    491,000."""
    assert found(run_checks(read_laid_out(NO_REMAINING, layout, tmp_path))) == [
        ("sum.budget", "기본경비", "집행액", "491,000천원", "501,000천원"),
        ("sum.budget", "인사 운영", "집행액", "637,000천원", "657,000천원")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_two_wrong_parts_of_a_generic_table_beside_their_rates_are_two_findings(layout, tmp_path):
    report = read_laid_out(GENERIC_COVER + CONSULTING.format(rate="80.0") + TAIL, layout, tmp_path)
    findings = run_checks(report)
    assert found(findings) == [("sum.table", "방문 상담", "실적", "400", "490"),
                               ("sum.table", "전화 상담", "실적", "800", "700")]
    assert findings[0].message == (
        "'방문 상담' 행의 실적 값이 계 행과 달성률(%) 열이 함께 맞는 값과 다릅니다 (표기 490, 맞는 값 400)")


def test_rates_of_a_generic_table_that_do_not_explain_every_finding_leave_them_as_found(tmp_path):
    report = read_laid_out(GENERIC_COVER + CONSULTING.format(rate="75.0") + TAIL, "tab", tmp_path)
    assert found(run_checks(report)) == [("rate.table", "방문 상담", "달성률(%)", "98.0", "80.0"),
                                         ("rate.table", "전화 상담", "달성률(%)", "70.0", "75.0"),
                                         ("sum.table", "계", "실적", "2,390", "2,400")]
