"""Branch left90: a date printed as a list item right above a table dates it (`○ (5.31.기준)`); a date over the 인력
section's first table dates the section's later staffing tables (`□ 공무직`); a total cost's shares of each year in a
row cover it and are its 계's columns by year; a budget's sources on the line under it (`- 구비 120,000 / ’25년`); and
why a staffing table's two wrong cells mirrored by two others stay three findings."""

import datetime as dt

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import make_pdfs
from tests.test_left89 import COVER, STAFF, TABLE, findings, project, report

MAY = dt.date(2025, 5, 31)
SERVANTS = "구 분\t계\t공무직\n정 원\t6\t6\n현 원\t5\t5\n"
BUDGET = ("\n2. 예 산\n\n(단위: 천원)\n단위사업\t예산액\t집행액\t집행률(%)\n계\t1,000\t400\t40.0\n"
          "청사관리\t1,000\t400\t40.0\n")


def dates(rep) -> list[tuple]:
    return sorted({(s.table_no, s.as_of) for s in rep.staffing})


# 1. a date printed as a list item right above a table

@pytest.mark.parametrize("above", [
    "○ (5.31.기준)\n", "- (2025. 5. 31. 현재)\n", "○ 2025. 5. 31. 기준\n",
    "○ (5.31.기준)\n(단위: 명)\n",  # over the table's unit
])
def test_a_date_as_a_list_item_right_above_a_table_dates_it(above):
    """Before, `○ (5.31.기준)` dated no table (it stayed an item of the general part's text)."""
    rep = report(COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n" + above + STAFF + BUDGET)
    assert dates(rep) == [(1, MAY)]
    assert {line.as_of for line in rep.budget} == {None}  # the budget's table, under a title of its own, prints none
    assert not any("31" in text.text for text in rep.general_text)  # no item left of it
    assert findings(rep) == []


def test_a_date_as_a_list_item_over_text_stays_an_item():
    """Not right above a table, a list item printing a date alone may be what the item tells: it dates nothing."""
    rep = report(COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n○ (5.31.기준)\n○ 정원 감축 협의 중\n\n" + STAFF)
    assert dates(rep) == [(1, None)]
    assert "(5.31.기준)" in rep.general_text[0].text


def test_a_date_as_a_list_item_in_a_project_dates_its_table():
    rep, proj = project("사업기간: 2025. 1. ~ 12.", "- (2025. 5. 31. 현재)\n" + TABLE)
    assert [(line.name, line.as_of) for line in proj.budget_lines] == [("계", MAY), ("구비", MAY)]
    assert findings(rep) == []


# 2. a date over the 인력 section's first table is the section's


@pytest.mark.parametrize("above", ["(5.31.기준)\n", "(2025. 5. 31. 기준, 단위: 명)\n", "○ (5.31.기준)\n",
                                   "(5.31.기준)\n(단위: 명)\n"])
def test_a_date_over_the_staffing_section_s_first_table_dates_its_later_ones(above, tmp_path):
    """Before, `□ 공무직`'s table was left undated (as_of null) where the date stood over the section's first table,
    not over a `□` heading; in text, markdown and PDF alike."""
    text = COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n" + above + STAFF + "\n□ 공무직\n\n" + SERVANTS + BUDGET
    source, pdf, markdown = tmp_path / "staff.txt", tmp_path / "staff.pdf", tmp_path / "staff.md"
    source.write_text(text)
    make_pdfs().render(source, pdf)
    markdown.write_text(COVER + "# Ⅰ. 일반현황\n\n## 1. 인 력\n\n" + above.replace("○ ", "- ")
                        + "\n| 구 분 | 계 | 일반직 |\n|---|---|---|\n| 정 원 | 16 | 16 |\n| 현 원 | 15 | 15 |\n\n"
                        "### □ 공무직\n\n| 구 분 | 계 | 공무직 |\n|---|---|---|\n"
                        "| 정 원 | 6 | 6 |\n| 현 원 | 5 | 5 |\n")
    for rep in map(extract_file, (source, pdf, markdown)):
        assert dates(rep) == [(1, MAY), (2, MAY)], rep.path
        assert {line.as_of for line in rep.budget} <= {None}
        assert findings(rep) == []


def test_a_later_table_s_own_date_stands():
    text = (COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n(5.31.기준)\n" + STAFF + "\n□ 공무직\n\n(2025. 6. 30. 기준)\n"
            + SERVANTS)
    assert dates(report(text)) == [(1, MAY), (2, dt.date(2025, 6, 30))]


@pytest.mark.parametrize("between", ["", "3. 차 량\n\n"])
def test_the_section_s_date_is_no_other_table_s(between):
    """Only staffing tables take it: not another section's (`2. 예 산`), nor a fleet's under the section (a PDF read
    with `pdftotext -raw` may lose the next section's title: its fleet would have been dated)."""
    fleet = "□ 공용차량 현황 (총3대)\n\n구 분\t계\t승 용\t승 합\n계\t3\t2\t1\n"
    rep = report(COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n(5.31.기준)\n" + STAFF + "\n" + between + fleet)
    assert dates(rep) == [(1, MAY)]
    assert [fleet.as_of for fleet in rep.vehicles] == [None]
    # nor one under a title with no date at its top: `(단위: 명)` alone dates nothing
    assert dates(report(COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n(단위: 명)\n" + STAFF + "\n□ 공무직\n\n" + SERVANTS)) == [
        (1, None), (2, None)]


# 3. a total cost printed with each year's share


def cost_columns(proj) -> list[tuple]:
    return [(line.name, line.funding_source, line.unit, line.other_columns) for line in proj.total_cost_lines]


@pytest.mark.parametrize(("line", "unit", "columns"), [
    ("총 32억원 (’24년 8억원, ’25년 12억원, ’26년 12억원)", "억원",
     {"총사업비": "32", "2024년": "8", "2025년": "12", "2026년": "12"}),
    ("총사업비 3,200,000천원(’24년 800,000 / ’25년 1,200,000 / ’26년 1,200,000)", "천원",
     {"총사업비": "3,200,000", "2024년": "800,000", "2025년": "1,200,000", "2026년": "1,200,000"}),
    ("사업비 : 3,200만원 (2024년 800만원, 2025년 1,200만원, 2026년 1,200만원)", "만원",
     {"사업비": "3,200", "2024년": "800", "2025년": "1,200", "2026년": "1,200"}),
    ("총사업비: 3,200,000천원 / ’24년 800,000, ’25년 1,200,000, ’26년 1,200,000", "천원",
     {"총사업비": "3,200,000", "2024년": "800,000", "2025년": "1,200,000", "2026년": "1,200,000"}),
])
def test_a_total_cost_s_shares_by_year_are_its_cost_year_by_year(line, unit, columns):
    """Before, no line: a total naming no source gave no `total_cost_lines`, and its shares were checked only where the
    overview or the bracket said which years it is of."""
    rep, proj = project(line)
    assert cost_columns(proj) == [("계", None, unit, columns)]
    assert findings(rep) == []


@pytest.mark.parametrize(("line", "expected", "actual"), [
    ("총 32억원 (’24년 8억원, ’25년 12억원, ’26년 11억원)", "31억원", "32억원"),
    ("총사업비 3,200,000천원(’24년 800,000 / ’25년 1,200,000 / ’26년 1,300,000)", "3,300,000천원", "3,200,000천원"),
])
def test_shares_by_year_not_adding_up_to_the_total_are_found(line, expected, actual):
    rep, _ = project(line)
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(rep)] == [
        ("sum.project_cost", line.split()[0].rstrip(":"), expected, actual)]


@pytest.mark.parametrize("line", [
    "총사업비 3,200,000천원(’24년 800,000 / ’26년 1,100,000)",  # a year left out between: others may be unsaid
    "총사업비 3,200,000천원(’25년 1,200,000)",  # one year's share alone
    "총 3,200,000천원 (국비 1,600,000, 구비 1,600,000)",  # `총` printing no years' shares: maybe a budget's, no cost's
])
def test_shares_leaving_years_out_are_no_cost_year_by_year(line):
    rep, proj = project(line)
    assert (proj.total_cost_lines, findings(rep)) == ([], [])


# 4. a budget's sources on the line under it


@pytest.mark.parametrize(("below", "lines"), [
    ("- 구비 120,000", [("구비", "구비", 120_000_000, None, None)]),
    ("- 구비 120,000 / ’25년", [("구비", "구비", 120_000_000, None, None)]),  # the report's year
    ("- 국비 60,000 / 구비 60,000", [("계", None, 120_000_000, None, None), ("국비", "국비", 60_000_000, None, None),
                                   ("구비", "구비", 60_000_000, None, None)]),
    ("- 국비 60,000\n  - 구비 60,000", [("계", None, 120_000_000, None, None), ("국비", "국비", 60_000_000, None, None),
                                     ("구비", "구비", 60_000_000, None, None)]),
])
def test_a_budget_s_sources_on_the_line_under_it(below, lines):
    """Before, the line under `○ 예산 : 120,000천원` was not read: the 계 alone."""
    rep, proj = project("예산 : 120,000천원\n  " + below)
    read = [(b.name, b.funding_source, b.budget_krw, b.budget_year, b.parent) for b in proj.stated_budget_lines]
    assert read == lines
    assert findings(rep) == []


def test_a_budget_s_source_under_it_naming_next_year_is_next_year_s():
    rep, proj = project("예산 : 150,000천원\n  - 구비 150,000 / ’26년", TABLE)
    assert [(b.name, b.funding_source, b.budget_krw, b.budget_year) for b in proj.stated_budget_lines] == [
        ("구비", "구비", 150_000_000, 2026)]
    assert findings(rep) == []  # not compared with this year's table (120,000)


@pytest.mark.parametrize(("below", "found"), [
    # one source short of the 계: what it pays, compared with the table's 구비 line
    ("- 구비 100,000", [("cross.project_budget", "100,000천원", "120,000천원")]),
    ("- 국비 60,000 / 구비 50,000", [("sum.project_budget", "110,000천원", "120,000천원")]),
])
def test_a_budget_s_source_under_it_disagreeing_is_found(below, found):
    rep, _ = project("예산 : 120,000천원\n  " + below, TABLE if below == "- 구비 100,000" else "")
    assert findings(rep) == found


def test_a_line_of_sources_under_a_budget_printing_its_own_is_not_read_again():
    _, proj = project("예산 : 120,000천원(구비)\n  - 국비 60,000", TABLE)
    assert [(b.name, b.budget_krw) for b in proj.stated_budget_lines] == [("구비", 120_000_000)]


# 5. two wrong cells of a staffing table mirrored by two others: not decided (README, what it does not read)

STAFF_GRADES = ("구 분\t계\t5급\t6급\t7급\t8급\n정 원\t20\t2\t6\t7\t5\n현 원\t19\t2\t{now}\t5\n"
                "과부족\t△1\t-\t{short}\t△1\n")


def test_two_wrong_cells_another_two_would_explain_alike_stay_findings():
    """A 6급 현원 one too many and an 8급 과부족 planted △1 print the very table an 8급 현원 one too many and a 6급
    과부족 printed `-` for 1 print: either pair is wrong, so neither one-cell reading (6급 현원 6, or 8급 현원 4,
    each leaving the other pair's 과부족) is taken, and the findings stand as found."""
    planted_6 = STAFF_GRADES.format(now="7\t6", short="-\t△1")  # 6급 현원 7 for 6; 8급 과부족 △1 for -
    rep = report(COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n" + planted_6)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(rep)] == [
        ("sum.staffing", "현원", "계", "20", "19"), ("shortfall", "과부족", "계 6급", "1", "0"),
        ("shortfall", "과부족", "계 8급", "0", "-1")]
