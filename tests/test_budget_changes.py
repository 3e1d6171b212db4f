"""A budget table's change column (`증감`) beside two budgets it compares: last year's and this year's
(`전년도 예산액 | 예산액 | 증감`), the plan's and this year's (`2026년 예산(안) | 2025년 예산 | 증감`), or the revised
and the original (`본예산 | 2회 추경 | 증감`). Each line's change is the one less the other, as most lines print it;
a wrong one is found on its line, not on the 계 its sum misses."""

import pytest

from checks import run_checks
from tests.test_budget_revisions import printed, report

LAST_YEAR = [("계", "4,500,000", "5,000,000", "500,000", "4,000,000"),
             ("청사 관리", "2,700,000", "3,000,000", "{a}", "2,400,000"),
             ("인사 운영", "1,000,000", "1,200,000", "200,000", "960,000"),
             ("직원 교육", "800,000", "800,000", "-", "640,000")]
PLAN = [("계", "5,500,000", "5,000,000", "500,000", "10.0"),
        ("청사 관리", "3,300,000", "3,000,000", "{a}", "10.0"),
        ("인사 운영", "1,400,000", "1,200,000", "200,000", "16.7"),
        ("직원 교육", "800,000", "800,000", "-", "-")]
REVISED = [("계", "5,000,000", "5,400,000", "400,000", "4,320,000"),
           ("청사 관리", "3,000,000", "3,300,000", "{a}", "2,640,000"),
           ("인사 운영", "1,200,000", "1,300,000", "100,000", "1,040,000"),
           ("직원 교육", "800,000", "800,000", "△0", "640,000")]
SHAPES = {"last year": (("단위사업명", "전년도 예산액", "예산액", "증감", "집행액"), LAST_YEAR, "300,000",
                        "전년도 예산액"),
          "plan": (("단위사업명", "2026년 예산(안)", "2025년 예산", "증감", "증감률(%)"), PLAN, "300,000",
                   "2026년 예산(안)"),
          "revised": (("단위사업명", "본예산", "2회 추경", "증감", "집행액"), REVISED, "300,000", "본예산")}


def table(shape, change, layout="tab"):
    header, rows, _, _ = SHAPES[shape]
    return printed(header, layout, [tuple(cell.format(a=change) for cell in row) for row in rows])


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
@pytest.mark.parametrize("shape", SHAPES)
def test_changes_that_are_the_difference_are_right(shape, layout):
    assert found(report(table(shape, SHAPES[shape][2], layout))) == []


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_wrong_change_is_found_on_its_line_alone(shape, layout):
    # the 계's 500,000 (400,000) adds up over the right changes: the wrong line, not the total, is found
    assert found(report(table(shape, "350,000", layout))) == [
        ("sum.budget", "청사 관리", "증감", "300,000천원", "350,000천원")]


def test_a_wrong_total_change_is_found_once():
    header, rows, _, _ = SHAPES["last year"]
    rows = [("계", "4,500,000", "5,000,000", "600,000", "4,000,000"), *rows[1:]]
    r = report(printed(header, "tab", [tuple(cell.format(a="300,000") for cell in row) for row in rows]))
    assert found(r) == [("sum.budget", "계", "증감", "500,000천원", "600,000천원")]


def test_changes_most_lines_do_not_print_as_a_difference_are_not_checked():
    # the 증감 column compares something else (a change no pair of columns makes): nothing to say
    header = ("단위사업명", "전년도 예산액", "예산액", "증감", "집행액")
    rows = [("계", "4,500,000", "5,000,000", "90", "4,000,000"),
            ("청사 관리", "2,700,000", "3,000,000", "40", "2,400,000"),
            ("인사 운영", "1,000,000", "1,200,000", "30", "960,000"),
            ("직원 교육", "800,000", "800,000", "20", "640,000")]
    assert found(report(printed(header, "tab", rows))) == []
