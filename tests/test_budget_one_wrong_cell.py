"""A budget line's one wrong cell is one finding naming that cell: the cell whose figure by its line's own
arithmetic (잔액 = 예산액 − 집행액, its funding columns' sum) clears the table's other findings, expected that figure;
before, its line's 잔액 or 집행률 and the 계 or 소계 it broke were found, none naming the wrong cell."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_budget_one_finding_a_total import BY_ACCOUNT, BY_UNIT, LAYOUTS, found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("text", "printed", "planted", "finding"), [
    (BY_UNIT, "기본경비\t1,400,000\t491,000\t909,000", "기본경비\t1,400,000\t491,000\t919,000",
     ("remaining", "기본경비", "잔액", "909,000천원", "919,000천원")),
    (BY_UNIT, "인사 운영\t1,820,000", "인사 운영\t1,920,000",
     ("remaining", "인사 운영", "예산액", "1,820,000천원", "1,920,000천원")),
    (BY_UNIT, "인사 운영\t1,820,000\t637,000", "인사 운영\t1,820,000\t647,000",
     ("remaining", "인사 운영", "집행액", "637,000천원", "647,000천원")),
    (BY_ACCOUNT, "복지 전달체계\t10,000\t5,000", "복지 전달체계\t10,000\t5,500",
     ("sum.funding", "복지 전달체계", "국비", "5,000백만원", "5,500백만원")),
    (BY_ACCOUNT, "복지 전달체계\t10,000", "복지 전달체계\t11,000",
     ("sum.funding", "복지 전달체계", "예산액", "10,000백만원", "11,000백만원")),
], ids=["remaining", "budget", "executed", "source", "budget-of-sources"])
def test_a_lines_wrong_cell_is_one_finding_on_it(text, printed, planted, finding, layout, tmp_path):
    assert text.count(printed) == 1
    assert found(read_laid_out(text.replace(printed, planted, 1), layout, tmp_path)) == [finding]


def test_the_finding_says_what_the_right_figure_makes_agree(tmp_path):
    r = read_laid_out(BY_UNIT.replace("인사 운영\t1,820,000", "인사 운영\t1,920,000"), "tab", tmp_path)
    assert [f.message for f in run_checks(r)] == [
        "인사 운영의 예산액 값이 집행액 + 잔액과 다릅니다 (표기 1,920,000천원, 계산 1,820,000천원); "
        "그 값이면 표의 다른 셈도 모두 맞습니다"]


def test_two_wrong_cells_are_each_found(tmp_path):
    """A wrong 잔액 and, on another line, a wrong 집행률: the 잔액's right figure clears the 계's 잔액 and its own,
    and the rate stands as found."""
    planted = (BY_UNIT.replace("기본경비\t1,400,000\t491,000\t909,000", "기본경비\t1,400,000\t491,000\t919,000")
               .replace("1,440,000\t1,760,000\t45.0", "1,440,000\t1,760,000\t46.0"))
    assert found(read_laid_out(planted, "tab", tmp_path)) == [
        ("rate", "청사관리", "집행률(%)", "45.0", "46.0"),
        ("remaining", "기본경비", "잔액", "909,000천원", "919,000천원")]


def test_two_lines_wrong_cells_that_break_nothing_else_stay_two_findings(tmp_path):
    """No 계: two lines' wrong 잔액s, which no one cell clears both of, are each found as they are."""
    text = BY_UNIT.replace("계\t6,420,000\t2,568,000\t3,852,000\t40.0\n", "")
    planted = (text.replace("기본경비\t1,400,000\t491,000\t909,000", "기본경비\t1,400,000\t491,000\t919,000")
               .replace("인사 운영\t1,820,000\t637,000\t1,183,000", "인사 운영\t1,820,000\t637,000\t1,193,000"))
    assert found(read_laid_out(planted, "tab", tmp_path)) == [
        ("remaining", "인사 운영", "잔액", "1,183,000천원", "1,193,000천원"),
        ("remaining", "기본경비", "잔액", "909,000천원", "919,000천원")]
