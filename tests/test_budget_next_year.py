"""A November plan's budget table naming its years in words (`금년도 예산 | 내년도 예산(안) | 증감`): the report's
year's column is the 예산액, as where it prints the years (`2025년 예산 | 2026년 예산(안)`), whichever comes first;
next year's is kept beside, and gives the lines of next year's budget (`budget_year` 2026), a table of their own."""

import pytest

from tests.test_budget_revisions import printed, report

THIS, NEXT = ("5,000,000", "3,000,000", "2,000,000"), ("5,500,000", "3,300,000", "2,200,000")


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
@pytest.mark.parametrize(("this", "next_"), [("금년도 예산", "내년도 예산(안)"), ("금년 예산액", "명년 예산액(안)"),
                                             ("2025년 예산", "내년도 예산(안)"), ("금년도 예산액", "차년도 예산액(안)"),
                                             ("당해연도 예산", "익년도 예산(안)")])
@pytest.mark.parametrize("next_first", [False, True], ids=["this-first", "next-first"])
def test_the_report_s_year_is_the_budget_and_next_year_s_kept(this, next_, next_first, layout):
    header = ("단위사업명", next_, this, "증감") if next_first else ("단위사업명", this, next_, "증감")
    rows = [(name, *((n, t) if next_first else (t, n)), change) for name, t, n, change in
            zip(("계", "청사 관리", "인사 운영"), THIS, NEXT, ("500,000", "300,000", "200,000"), strict=True)]
    lines = report(printed(header, layout, rows)).budget
    assert [(b.name, b.budget_krw, b.executed_krw, b.budget_year, b.table_no) for b in lines] == [
        ("계", 5_000_000_000, None, None, 1), ("청사 관리", 3_000_000_000, None, None, 1),
        ("인사 운영", 2_000_000_000, None, None, 1), ("계", 5_500_000_000, None, 2026, 2),
        ("청사 관리", 3_300_000_000, None, 2026, 2), ("인사 운영", 2_200_000_000, None, 2026, 2)]
    assert lines[1].other_columns == {next_: "3,300,000", "증감": "300,000"}
    assert lines[4].other_columns is None and lines[4].source == lines[1].source


def test_a_plan_s_second_year_is_no_next_year():
    # `2차년도`: the second year of a plan, not the report's next
    header = ("단위사업명", "1차년도 예산", "2차년도 예산", "집행액")
    rows = [("계", "4,000,000", "5,000,000", "1,000,000"), ("청사 관리", "2,000,000", "3,000,000", "600,000"),
            ("인사 운영", "2,000,000", "2,000,000", "400,000")]
    assert [b.budget_krw for b in report(printed(header, "tab", rows)).budget] == [
        5_000_000_000, 3_000_000_000, 2_000_000_000]
