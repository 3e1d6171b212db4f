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


# A change rate (`증감률(%)`) beside the change: the change over the earlier budget of the two, × 100
# (`rate.budget_change`, as `rate.table` checks a generic table's); before, a budget table's was not checked at all
def plan(rows):
    header = ("단위사업명", "2026년 예산(안)", "2025년 예산", "증감", "증감률(%)")
    return printed(header, "tab", rows)


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
def test_a_wrong_change_rate_is_found(layout):
    # 인사 운영: 200,000 of 1,200,000 is 16.7 (16.666…), printed 17.6
    header, rows, _, _ = SHAPES["plan"]
    rows = [tuple(cell.format(a="300,000") for cell in row) for row in rows]
    rows[2] = ("인사 운영", "1,400,000", "1,200,000", "200,000", "17.6")
    (finding,) = run_checks(report(printed(header, layout, rows)))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "rate.budget_change", "인사 운영", "증감률(%)", "16.7", "17.6")
    assert finding.message == ("인사 운영의 증감률(%) 값이 (2026년 예산(안) − 예산액) ÷ 예산액 × 100과 맞지 않습니다 "
                               "(표기 17.6%, 계산 200,000천원 ÷ 1,200,000천원 × 100 = 16.7%)")


def test_a_fall_and_a_new_line_without_last_years_budget():
    """A fall's rate is negative (`△5.0`), found wrong at its sign too; a line new in the plan (2025 `-`) has no rate
    to compare, whatever it prints."""
    rows = [("계", "4,960,000", "4,800,000", "160,000", "3.3"),
            ("청사 관리", "3,000,000", "2,800,000", "200,000", "7.1"),
            ("직원 교육", "760,000", "800,000", "△40,000", "5.0"),
            ("인사 운영", "1,000,000", "1,200,000", "△200,000", "△16.7"),
            ("민원 창구 개선", "200,000", "-", "200,000", "100.0")]
    assert found(report(plan(rows))) == [("rate.budget_change", "직원 교육", "증감률(%)", "-5.0", "5.0")]


def test_the_rate_of_a_wrong_change_is_the_change_finding():
    # 청사 관리's 증감 350,000 is wrong, its rate 11.7 of that: `sum.budget` finds the change, not the rate too
    rows = [("계", "5,500,000", "5,000,000", "500,000", "10.0"),
            ("청사 관리", "3,300,000", "3,000,000", "350,000", "11.7"),
            ("인사 운영", "1,400,000", "1,200,000", "200,000", "16.7"),
            ("직원 교육", "800,000", "800,000", "-", "-")]
    assert found(report(plan(rows))) == [("sum.budget", "청사 관리", "증감", "300,000천원", "350,000천원")]


def test_a_change_rate_of_last_years_budget():
    # `전년도 예산액 | 예산액 | 증감 | 증감률(%)`: the change over last year's; 직원 교육's 25.0 is of 40,000 ÷ 160,000
    header = ("단위사업명", "전년도 예산액", "예산액", "증감", "증감률(%)", "집행액", "집행률(%)")
    rows = [("계", "3,160,000", "3,400,000", "240,000", "7.6", "1,360,000", "40.0"),
            ("청사 관리", "2,000,000", "2,200,000", "200,000", "10.0", "880,000", "40.0"),
            ("인사 운영", "1,000,000", "1,000,000", "-", "-", "400,000", "40.0"),
            ("직원 교육", "160,000", "200,000", "40,000", "20.0", "80,000", "40.0")]
    assert found(report(printed(header, "tab", rows))) == [
        ("rate.budget_change", "직원 교육", "증감률(%)", "25.0", "20.0")]


def test_a_change_rate_of_no_pairing_the_lines_print_is_not_checked():
    # rates most lines do not print as a change over either budget (of some other figure): nothing to say
    rows = [("계", "5,500,000", "5,000,000", "500,000", "3.1"),
            ("청사 관리", "3,300,000", "3,000,000", "300,000", "2.2"),
            ("인사 운영", "1,400,000", "1,200,000", "200,000", "16.7"),
            ("직원 교육", "800,000", "800,000", "-", "0.4")]
    assert found(report(plan(rows))) == []
