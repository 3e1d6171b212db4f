"""Branch left89: a cover's one day is the session's date; a date right above a report's first table dates it; a
total cost's or budget's breakdown printing the years it is of (`총사업비: 1,200,000천원(’24~’26년, 국비 600,000 /
구비 600,000)`, `예산: 150,000천원 / ’26년`)."""

import datetime as dt

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import make_pdfs

STAFF = "구 분\t계\t일반직\n정 원\t16\t16\n현 원\t15\t15\n"


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def findings(rep) -> list[tuple]:
    return [(f.rule, f.expected, f.actual) for f in run_checks(rep)]


# 1. the cover's one day

BODY = "Ⅰ. 일반현황\n\n1. 인 력\n\n" + STAFF


@pytest.mark.parametrize("cover", [
    "제300회 한빛구의회 정례회\n\n2025. 6. 12.(목)\n\n2025년 주요업무 보고\n\n총 무 과\n\n",
    "제300회 한빛구의회 정례회\n\n2025. 6. 12.\n\n2025년 주요업무 보고\n\n총 무 과\n\n",
    "제300회 한빛구의회 정례회 2025. 6. 12.\n\n2025년 주요업무 보고\n\n총 무 과\n\n",  # after it on its line
    "2025년 주요업무 보고\n\n제300회 한빛구의회 정례회\n\n보고일자   2025. 6. 12.\n\n총 무 과\n\n",
])
def test_a_cover_printing_one_day_has_it_as_the_session_s_date(cover):
    """Before, the day gave the year alone: `session_start` null, so a department's June and November reports printing
    no session's period were told apart by nothing but their numbers."""
    rep = report(cover + BODY)
    info = rep.document
    assert (info.council_session, info.year, info.session_start, info.session_end) == (
        "제300회 한빛구의회 정례회", 2025, dt.date(2025, 6, 12), None)
    assert findings(rep) == []  # no new finding: the cover is read whole


def test_a_period_the_cover_prints_below_its_day_is_the_session_s():
    cover = "2025. 6. 12.\n\n제300회 한빛구의회 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
    info = report(cover + BODY).document
    assert (info.session_start, info.session_end) == (dt.date(2025, 6, 10), dt.date(2025, 6, 24))


@pytest.mark.parametrize("date", ["2025. 11.", "2025년 11월"])
def test_a_month_alone_is_no_day(date):
    info = report(f"제305회 한빛구의회 정례회\n\n{date}\n\n주요업무 보고\n\n총 무 과\n\n" + BODY).document
    assert (info.year, info.session_start, info.session_end) == (2025, None, None)


def test_a_day_in_the_body_is_no_session_s():
    """Below the first part's heading a day alone is an item's or a table's, not the cover's."""
    cover = "제300회 한빛구의회 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
    info = report(cover + BODY + "\n2025. 6. 12.\n").document
    assert (info.session_start, info.year) == (None, 2025)


def test_the_pdf_of_a_cover_printing_one_day_reads_it_alike(tmp_path):
    source = tmp_path / "cover.txt"
    source.write_text("제300회 한빛구의회 정례회\n\n2025. 6. 12.(목)\n\n2025년 주요업무 보고\n\n총 무 과\n\n" + BODY)
    pdf = tmp_path / "cover.pdf"
    make_pdfs().render(source, pdf)
    assert [(r.document.session_start, r.document.session_end) for r in map(extract_file, (source, pdf))] == [
        (dt.date(2025, 6, 12), None)] * 2


# 2. a date right above the first table, no □ heading before it (already read so: pinned here)

COVER = "제300회 한빛구의회 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
BUDGET = ("단위사업\t예산액\t집행액\t집행률(%)\n계\t1,000\t400\t40.0\n청사관리\t1,000\t400\t40.0\n")


@pytest.mark.parametrize("above", [
    "Ⅰ. 일반현황\n\n1. 인 력\n\n(5.31.기준)\n",
    "Ⅰ. 일반현황\n\n(2025. 5. 31. 현재)\n",
    "(2025. 5. 31. 현재)\n",  # right under the cover, no heading at all
    "Ⅰ. 일반현황\n\n1. 인 력\n\n(5.31.기준)\t(단위: 명)\n",
])
def test_a_date_right_above_the_first_staffing_table_dates_it(above, tmp_path):
    source = tmp_path / "staff.txt"
    source.write_text(COVER + above + STAFF + "\n2. 예산\n\n(단위: 천원)\n" + BUDGET)
    pdf = tmp_path / "staff.pdf"
    make_pdfs().render(source, pdf)
    for rep in map(extract_file, (source, pdf)):
        assert {s.as_of for s in rep.staffing} == {dt.date(2025, 5, 31)}
        # not the budget's, under a title of its own printing none: it may stand at another day
        assert {line.as_of for line in rep.budget} == {None}
        assert findings(rep) == []


def test_a_date_right_above_the_first_budget_table_dates_it():
    rep = report(COVER + "Ⅰ. 일반현황\n\n(5.31.기준)\n(단위: 천원)\n" + BUDGET)
    assert [(line.name, line.budget_krw, line.as_of) for line in rep.budget] == [
        ("계", 1_000_000, dt.date(2025, 5, 31)), ("청사관리", 1_000_000, dt.date(2025, 5, 31))]


# 3. a total cost printing the years it is of beside its sources

PROJECT = (COVER + "Ⅰ. 일반현황\n\n1. 인 력\n\n" + STAFF + "\nⅡ. 주요업무 추진실적\n\n1. 청사 관리 (총무팀)\n\n"
           "{table}□ 사업개요\n\n○ {line}\n\n□ 추진실적\n\n○ 방수공사 : 4월~5월\n")


def project(line: str, table: str = ""):
    rep = report(PROJECT.format(line=line, table=table))
    return rep, rep.projects[0]


def cost_lines(proj) -> list[tuple]:
    return [(line.name, line.funding_source, line.other_columns) for line in proj.total_cost_lines]


YEARS_24_26 = [f"{year}-{month:02d}" for year in (2024, 2025, 2026) for month in range(1, 13)]


@pytest.mark.parametrize(("line", "months"), [
    ("총사업비: 1,200,000천원(’24~’26년, 국비 600,000 / 구비 600,000)", None),  # the years a cost is of, no period
    ("총사업비: 1,200,000천원(국비 600,000, 구비 600,000, 2024~2026년)", None),
    # a field of its own after a slash is the item's period, as it was before
    ("총사업비: 1,200,000천원 / 국비 600,000, 구비 600,000 / ’24~’26년", YEARS_24_26),
    ("총사업비: 1,200,000천원 / ’24~’26년 / 국비 600,000, 구비 600,000", YEARS_24_26),
])
def test_a_total_cost_s_years_beside_its_sources(line, months):
    """Before, its sources were not read (no `total_cost_lines`): the years made the bracket no run of sources."""
    rep, proj = project(line)
    assert cost_lines(proj) == [("계", None, {"총사업비": "1,200,000"}), ("국비", "국비", {"총사업비": "600,000"}),
                                ("구비", "구비", {"총사업비": "600,000"})]
    assert (proj.items[0].amount_krw, proj.items[0].months) == (1_200_000_000, months)
    assert findings(rep) == []


def test_a_wrong_source_beside_the_years_is_found():
    rep, _ = project("총사업비: 1,200,000천원(’24~’26년, 국비 600,000 / 구비 500,000)")
    assert findings(rep) == [("sum.project_budget", "1,100,000천원", "1,200,000천원")]


def test_a_total_cost_s_years_alone_in_its_bracket():
    """Before, `(’24~’26년)` after the figure left the item no amount."""
    rep, proj = project("총사업비: 1,200,000천원(’24~’26년)")
    assert (proj.items[0].amount_krw, proj.items[0].months, proj.total_cost_lines) == (1_200_000_000, None, [])
    assert findings(rep) == []


def test_a_total_cost_s_years_are_those_its_shares_cover():
    """The shares of each year it prints it is of cover it: one short is found (before, the shares might have left
    a year out, and none was)."""
    rep, _ = project("총사업비: 1,200,000천원(’24~’26년, ’24년 400,000 / ’25년 400,000 / ’26년 300,000)")
    assert findings(rep) == [("sum.project_cost", "1,100,000천원", "1,200,000천원")]
    right = "총사업비: 1,200,000천원(’24~’26년, ’24년 400,000 / ’25년 400,000 / ’26년 400,000)"
    assert findings(project(right)[0]) == []
    # without its years, shares of each year in a row cover it too (branch left90; before, no error)
    assert findings(project("총사업비: 1,200,000천원(’24년 400,000 / ’25년 400,000 / ’26년 300,000)")[0]) == [
        ("sum.project_cost", "1,100,000천원", "1,200,000천원")]


def test_a_project_cost_over_years_is_no_year_s_budget():
    _, proj = project("사업비: 1,200,000천원(’24~’26년, 국비 600,000 / 구비 600,000)")
    assert (proj.stated_budget_lines, [name for name, _, _ in cost_lines(proj)]) == ([], ["계", "국비", "구비"])


# 4. a budget's year after a slash, or beside its sources in its bracket

TABLE = "(단위: 천원)\n구 분\t예산액\t집행액\t집행률(%)\n계\t120,000\t60,000\t50.0\n구비\t120,000\t60,000\t50.0\n\n"


@pytest.mark.parametrize(("line", "lines"), [
    ("예산: 150,000천원 / ’26년", [("계", None, 150_000_000, 2026)]),
    ("예산: 150,000천원(구비) / ’26년", [("구비", "구비", 150_000_000, 2026)]),
    ("예산: 150,000천원 / 구비 150,000 / ’26년", [("구비", "구비", 150_000_000, 2026)]),
    ("예산: 150,000천원 / ’26년 / 구비 150,000", [("구비", "구비", 150_000_000, 2026)]),
    ("예산: 150,000천원(구비 150,000 / ’26년)", [("구비", "구비", 150_000_000, 2026)]),
    ("예산: 150,000천원(’26년, 구비 150,000)", [("구비", "구비", 150_000_000, 2026)]),
])
def test_a_budget_naming_next_year_after_a_slash_is_next_year_s(line, lines):
    """Before, `/ ’26년` was not read: the figure was taken for the report's year's and compared with its budget
    table (a false `cross.project_budget`, 150,000천원 against 120,000천원); a bracket printing it beside its sources
    left them unread."""
    rep, proj = project(line, TABLE)
    assert [(b.name, b.funding_source, b.budget_krw, b.budget_year) for b in proj.stated_budget_lines] == lines
    assert findings(rep) == []


def test_a_budget_naming_the_report_s_year_after_a_slash_is_checked():
    rep, proj = project("예산: 130,000천원 / ’25년", TABLE)
    assert [(b.name, b.budget_krw, b.budget_year) for b in proj.stated_budget_lines] == [("계", 130_000_000, None)]
    assert findings(rep) == [("cross.project_budget", "130,000천원", "120,000천원")]


def test_a_budget_over_years_after_a_slash_is_no_year_s():
    _, proj = project("예산: 150,000천원 / 2024~2026년", TABLE)
    assert proj.stated_budget_lines == []
