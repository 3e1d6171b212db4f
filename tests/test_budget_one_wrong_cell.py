"""A budget line's one wrong cell is one finding naming that cell: the cell whose figure by its line's own
arithmetic (잔액 = 예산액 − 집행액, its funding columns' sum), or by its column's total (the 계's or 소계's less the
other lines'), clears the table's other findings, expected that figure; before, its line's 잔액 or 집행률 and the 계
or 소계 it broke were found, none naming the wrong cell."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_budget_one_finding_a_total import BY_ACCOUNT, BY_UNIT, COVER, LAYOUTS, found

# BY_UNIT printing no 잔액: a line's rate gives no figure exact enough to try, its column's 계 does
NO_REMAINING = (COVER + "## 총 무 과\n\n# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
                "단위사업명\t예산액\t집행액\t집행률(%) (5.31.기준)\n"
                "계\t6,420,000\t2,568,000\t40.0\n청 사 관 리\t3,200,000\t1,440,000\t45.0\n"
                "인사 운영\t1,820,000\t637,000\t35.0\n기본경비\t1,400,000\t491,000\t35.1\n")


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
    # no 잔액: the figure its 소계 (its account's line) or 계 makes it, which its rate agrees with
    (BY_ACCOUNT, "3,597\t36.0", "3,697\t36.0", ("sum.budget", "복지 전달체계", "집행액", "3,597백만원", "3,697백만원")),
    (NO_REMAINING, "인사 운영\t1,820,000\t637,000", "인사 운영\t1,820,000\t647,000",
     ("sum.budget", "인사 운영", "집행액", "637,000천원", "647,000천원")),
    (NO_REMAINING, "기본경비\t1,400,000", "기본경비\t1,500,000",
     ("sum.budget", "기본경비", "예산액", "1,400,000천원", "1,500,000천원")),
], ids=["remaining", "budget", "executed", "source", "budget-of-sources", "executed-by-subtotal",
        "executed-by-total", "budget-by-total"])
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


def test_the_finding_of_a_figure_its_total_makes_says_so(tmp_path):
    r = read_laid_out(BY_ACCOUNT.replace("3,597\t36.0", "3,697\t36.0"), "tab", tmp_path)
    assert [f.message for f in run_checks(r)] == [
        "복지 전달체계의 집행액 값이 일반회계의 집행액 − 다른 줄의 합과 다릅니다 (표기 3,697백만원, 계산 3,597백만원); "
        "그 값이면 표의 다른 셈도 모두 맞습니다"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_figure_its_total_makes_beside_another_wrong_cell_are_each_found(layout, tmp_path):
    """복지 전달체계's 집행액 3,697 and, on another line, a wrong rate: the figure the 소계 makes the 집행액 clears its
    rate and the 소계's, the other rate stands as found."""
    planted = (BY_ACCOUNT.replace("3,597\t36.0", "3,697\t36.0")
               .replace("\t사회복지기금\t2,500\t1,000\t500\t1,000\t1,125\t45.0",
                        "\t사회복지기금\t2,500\t1,000\t500\t1,000\t1,125\t46.0"))
    assert sorted(found(read_laid_out(planted, layout, tmp_path))) == [
        ("rate", "사회복지기금", "집행률(%)", "45.0", "46.0"),
        ("sum.budget", "복지 전달체계", "집행액", "3,597백만원", "3,697백만원")]


def test_two_wrong_figures_of_one_total_are_each_found_on_their_cells(tmp_path):
    """Two lines' wrong 집행액 under one 소계: the figure it makes either clears the 소계's finding alone (the other's
    집행액 still misses it), but the figures their rates give both, together, clear every finding: each cell is one
    finding (before, each line's rate and the 소계)."""
    planted = (BY_ACCOUNT.replace("3,597\t36.0", "3,697\t36.0")
               .replace("\t기초생활 보장\t30,100\t19,000\t6,100\t5,000\t14,448",
                        "\t기초생활 보장\t30,100\t19,000\t6,100\t5,000\t14,548"))
    assert sorted(found(read_laid_out(planted, "tab", tmp_path))) == [
        ("sum.budget", "기초생활 보장", "집행액", "14,448백만원", "14,548백만원"),
        ("sum.budget", "복지 전달체계", "집행액", "3,597백만원", "3,697백만원")]
