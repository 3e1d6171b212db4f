"""Leftovers of earlier passes (branch left92), each with a small text report: a budget row naming no level
(`비고`) among named or marked levels was the group of every line after it."""

from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.test_department_reports import finding_figures
from tests.test_hunt91 import BUDGET, JAEMU, PLANTED, REPORTS, budget_of, the_report_with
from tests.test_left89 import cost_lines, project
from tests.test_left89 import findings as left89_findings


def read(text: str):
    return extract_file(Path("2023-t.txt"), text.encode())


# a) a row naming no level among named ones groups no line ---------------------------------------------------------

@pytest.mark.parametrize(("note", "line"), [
    ("비고\t-\t-\t-", [("비고", None, 0, 0, "-")]),
    # a note's row printing no figure: no line, and none of the lines after it its (before, their parent)
    ("※ 인건비 제외\t\t\t", [])])
def test_a_note_row_among_named_levels_groups_nothing(note, line):
    text = the_report_with("세부사업: 체납액 징수\t94,000", f"{note}\n세부사업: 체납액 징수\t94,000")
    report = read(text)
    # before: `체납액 징수` and `공유재산 관리` the lines of the note, `일반회계` and `재정관리` found against the
    # lines left them (66,000천원 of 390,000천원), `비고` against its (324,000천원)
    assert budget_of(report.budget) == BUDGET[:7] + line + BUDGET[7:]
    assert [finding_figures(f) for f in run_checks(report)] == PLANTED


def _marked(note: str) -> str:
    """The fixture's budget with its levels marked (`□` 단위사업, `○` 세부사업) and `note` after the first 세부사업."""
    text = (REPORTS / JAEMU).read_text(encoding="utf-8")
    start = text.index("계\t390,000")
    table = "\n".join(["계\t390,000\t145,400\t37.3",
                       "□ 재정관리\t160,000\t72,900\t45.6",
                       "○ 세외수입 관리\t68,000\t28,500\t41.9",
                       note,
                       "○ 체납액 징수\t92,000\t44,400\t48.3",
                       "□ 공유재산 관리\t230,000\t72,500\t31.5",
                       "○ 공유재산 실태조사\t180,000\t54,000\t30.0",
                       "○ 납세자 권익보호\t50,000\t18,500\t37.0"])
    return text[:start] + table + text[text.index("\n\n", start):]


def test_a_note_row_among_marked_levels_groups_nothing():
    report = read(_marked("비고\t-\t-\t-"))
    assert [(b.name, b.parent, b.budget_krw) for b in report.budget] == [
        ("계", None, 390_000_000), ("재정관리", None, 160_000_000), ("세외수입 관리", "재정관리", 68_000_000),
        ("비고", None, 0), ("체납액 징수", "재정관리", 92_000_000), ("공유재산 관리", None, 230_000_000),
        ("공유재산 실태조사", "공유재산 관리", 180_000_000), ("납세자 권익보호", "공유재산 관리", 50_000_000)]
    assert [finding_figures(f) for f in run_checks(report)] == [PLANTED[2]]


def test_a_plain_line_among_marked_levels_is_one_of_the_total():
    # `기본경비` printed without a mark between two 단위사업: a line of the 계, no group of the 단위사업 after it
    report = read(_marked("기본경비\t10,000\t4,000\t40.0").replace("계\t390,000\t145,400", "계\t400,000\t149,400"))
    assert [(b.name, b.parent) for b in report.budget][3:6] == [
        ("기본경비", None), ("체납액 징수", "재정관리"), ("공유재산 관리", None)]
    assert [finding_figures(f) for f in run_checks(report)] == [PLANTED[2]]
    wrong = read(_marked("기본경비\t10,000\t4,000\t40.0"))
    assert [finding_figures(f) for f in run_checks(wrong)][:2] == [
        ("sum.budget", "계", "예산액", "400,000천원", "390,000천원"),
        ("sum.budget", "계", "집행액", "149,400천원", "145,400천원")]


def test_unmarked_groups_over_one_mark_still_group():
    # one mark under lines printed without (`재정관리` over `- 세외수입 관리`): the unmarked lines are the groups
    text = _marked("").replace("□ ", "").replace("○ ", "- ").replace("\n\n- 체납액", "\n- 체납액")
    assert [(b.name, b.parent) for b in read(text).budget][:4] == [
        ("계", None), ("재정관리", None), ("세외수입 관리", "재정관리"), ("체납액 징수", "재정관리")]


# b) a list item's date over a `□` heading dates the table under that heading --------------------------------------

_BUDGET_CAPTION = "4. 예산현황\n                                       (’23. 5. 31. 기준, 단위: 천원)\n"
_INDICATORS_DATE = "5. 성과지표\n                                                   (’23. 5. 31. 기준)\n"


@pytest.mark.parametrize("printed", [
    " ○ (’23. 5. 31. 기준)\n□ 단위사업별 예산\n(단위: 천원)\n",
    " ○ (5.31.기준)\n□ 단위사업별 예산\n(단위: 천원)\n",
    " ○ (’23. 5. 31. 기준)\n(단위: 천원)\n□ 단위사업별 예산\n",  # its units' line over the heading
    "□ 단위사업별 예산\n ○ (’23. 5. 31. 기준)\n(단위: 천원)\n"])  # right above the table, as before
def test_a_list_items_date_over_a_box_heading_dates_its_table(printed):
    text = the_report_with(_BUDGET_CAPTION, f"4. 예산현황\n{printed}").replace(_INDICATORS_DATE, "5. 성과지표\n")
    report = read(text)
    # before: `as_of` None but where the item stood right above the table
    assert {(b.as_of, b.unit) for b in report.budget} == {(date(2023, 5, 31), "천원")}
    # the next section's table, printing no date, stands at none
    assert [(t.caption, t.as_of) for t in report.tables][0] == ("5. 성과지표", None)
    assert "기준" not in report.general_text[0].text


def test_a_list_items_date_over_a_box_heading_of_text_dates_nothing():
    # `□` over an item before its table: the heading captions no table, the date is the item's text
    text = the_report_with(_BUDGET_CAPTION, "4. 예산현황\n ○ (’23. 5. 31. 기준)\n□ 단위사업별 예산\n"
                           " ○ 집행 부진 사유 없음\n(단위: 천원)\n").replace(_INDICATORS_DATE, "5. 성과지표\n")
    report = read(text)
    assert {(b.as_of, b.unit) for b in report.budget} == {(None, "천원")}
    assert "4. 예산현황 (’23. 5. 31. 기준) 단위사업별 예산 집행 부진 사유 없음" in report.general_text[0].text


def test_a_list_items_date_over_the_sections_first_box_heading_dates_the_section():
    # `2. 인 력` over `○ (’23. 5. 31. 기준)` over `□ 공무원` over its table, then `□ 공무직` over its own: both stand at
    # the date, as under a plain date line there (before: neither)
    staffing = "과부족\t△1\t-\t-\t-\t△1\t-\t-\n"
    for dated in (" ○ (’23. 5. 31. 기준)\n", "(’23. 5. 31. 기준)\n"):
        printed = "2. 인    력\n                                              (’23. 5. 31. 기준, 단위: 명)\n"
        text = the_report_with(printed, f"2. 인    력\n{dated}□ 공무원\n(단위: 명)\n").replace(
            staffing, f"{staffing}\n□ 공무직\n(단위: 명)\n구 분\t계\t환경미화\t청소\n정 원\t5\t3\t2\n현 원\t5\t3\t2\n")
        staff = read(text).staffing
        assert len(staff) == 27
        assert {s.as_of for s in staff} == {date(2023, 5, 31)}
        assert [(s.status, s.headcount) for s in staff[-6:]] == [
            ("정원", 5), ("정원", 3), ("정원", 2), ("현원", 5), ("현원", 3), ("현원", 2)]


# c) a total cost printing its sources and its years' shares keeps both ----------------------------------------------

_COST = "총사업비: 3,200,000천원 (국비 1,000,000 / 구비 2,200,000, ’24년 800,000 / ’25년 1,200,000 / ’26년 1,200,000)"
_YEARS = {"2024년": "800,000", "2025년": "1,200,000", "2026년": "1,200,000"}


@pytest.mark.parametrize("line", [
    _COST,
    # the years first, or after the bracket
    "총사업비: 3,200,000천원 (’24년 800,000 / ’25년 1,200,000 / ’26년 1,200,000, 국비 1,000,000 / 구비 2,200,000)",
    "총사업비: 3,200,000천원 (국비 1,000,000 / 구비 2,200,000) / ’24년 800,000, ’25년 1,200,000, ’26년 1,200,000"])
def test_a_total_cost_by_sources_keeps_its_years_shares(line):
    rep, proj = project(line)
    # before: the 계's `{"총사업비": "3,200,000"}` alone
    assert cost_lines(proj) == [("계", None, {"총사업비": "3,200,000"} | _YEARS),
                                ("국비", "국비", {"총사업비": "1,000,000"}),
                                ("구비", "구비", {"총사업비": "2,200,000"})]
    assert {line.unit for line in proj.total_cost_lines} == {"천원"}
    assert left89_findings(rep) == []


@pytest.mark.parametrize(("wrong", "found"), [
    # a source wrong: the sources' sum against the total the years make
    ("구비 2,300,000", ("sum.project_budget", "재원별 합계", "3,200,000천원", "3,300,000천원")),
    # a year wrong: the years' sum against the total the sources make
    ("’26년 1,300,000", ("sum.project_cost", "연도별 합계", "3,200,000천원", "3,300,000천원"))])
def test_both_sums_of_a_total_cost_by_sources_and_years_are_checked(wrong, found):
    printed = wrong.replace("2,300,000", "2,200,000").replace("1,300,000", "1,200,000")
    rep, proj = project(_COST.replace(printed, wrong))
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(rep)] == [found]
    assert cost_lines(proj)[0][2] == {"총사업비": "3,200,000"} | _YEARS | (
        {"2026년": "1,300,000"} if "’26년" in wrong else {})


# d) an indicators table of two rows, one wrong, tells the wrong one by its labels -----------------------------------

_SURVEY = "실태조사 필지\t필지\t1,200\t540\t45.0\n무단점유 변상금 부과\t건\t40\t18\t45.0\n"


@pytest.mark.parametrize(("rows", "found"), [
    # one wrong of two: 실적 ÷ 목표, as `목표 | 실적 | 달성률(%)` name it and the other row prints it; also of two
    # indicators in % (before, a table of such rows alone was not read at all)
    ("실태조사 필지\t필지\t1,200\t540\t46.0\n무단점유 변상금 부과\t건\t40\t18\t45.0\n",
     [("rate.table", "실태조사 필지", "달성률(%)", "45.0", "46.0")]),
    ("체납 정리율\t%\t30.0\t12.5\t41.7\n징수율\t%\t85.0\t38.2\t49.4\n",
     [("rate.table", "징수율", "달성률(%)", "44.9", "49.4")]),
    # both wrong, or a lower-the-better indicator's 목표 ÷ 실적 on each: no row prints it, nothing is told
    ("실태조사 필지\t필지\t1,200\t540\t46.0\n무단점유 변상금 부과\t건\t40\t18\t46.0\n", []),
    ("민원 처리기간\t일\t5\t4\t125.0\n처리 지연\t건\t10\t8\t125.0\n", []),
])
def test_two_indicators(rows, found):
    report = read(the_report_with(_SURVEY, rows))
    assert [finding_figures(f) for f in run_checks(report) if finding_figures(f) not in PLANTED] == found


def test_two_indicators_finding_names_its_row_and_terms():
    report = read(the_report_with(_SURVEY, _SURVEY.replace("540\t45.0", "540\t46.0")))
    (finding,) = [f for f in run_checks(report) if finding_figures(f) not in PLANTED]
    assert finding.message == ("'실태조사 필지' 행의 달성률(%) 값이 실적 ÷ 목표 × 100과 맞지 않습니다 "
                               "(표기 46.0%, 계산 540 ÷ 1,200 × 100 = 45.0%)")


def test_two_rows_of_a_rate_no_label_names_tell_nothing():
    # `접수 | 처리 | 처리율(%)`: no 달성률, the ratio is one most rows print or none (one row against one: none)
    table = "구 분\t접수\t처리\t처리율(%)\n민원\t40\t18\t45.0\n고충\t50\t20\t45.0\n\n"
    text = the_report_with(_SURVEY, "").replace("성과지표\t단위\t목표\t실적\t달성률(%)\n\n", table)
    assert "고충\t50\t20\t45.0" in text
    assert [finding_figures(f) for f in run_checks(read(text)) if finding_figures(f) not in PLANTED] == []


# f) `일 반 직 기 능 직` over series, their spans unprinted: a series each of the two ---------------------------------

def test_series_under_two_kinds_joined_are_series():
    # `pdftotext -raw` prints the 2019 fixture's header a space apart: which of `행정 전산 사서 운전 방호` are the
    # 일반직's and which the 기능직's it does not say (its tab text does), so the kinds stay joined, but each column
    # is a series of them (before, a grade `행정` of `일반직·기능직`)
    text = ("제245회 아라구의회 임시회\n\n2019년도 주요업무 보고\n\n행 정 지 원 과\n\nⅠ. 일 반 현 황\n\n2. 인 력\n"
            "('19. 5. 31. 기준, 단위: 명)\n구 분 계 일 반 직 기 능 직 별정직 임기제 청원경찰\n"
            "행정 전산 사서 운전 방호\n"
            "정 원 30 18 2 2 2 1 1 2 2\n현 원 28 17 2 1 2 1 1 1 3\n과부족 ▲2 ▲1 - ▲1 - - - ▲2 1\n")
    report = extract_file(Path("2019-t.txt"), text.encode("cp949"))
    assert [(s.job_class, s.series, s.grade, s.headcount) for s in report.staffing if s.status == "정원"] == [
        ("계", None, "계", 30), ("일반직·기능직", "행정", "계", 18), ("일반직·기능직", "전산", "계", 2),
        ("일반직·기능직", "사서", "계", 2), ("일반직·기능직", "운전", "계", 2), ("일반직·기능직", "방호", "계", 1),
        ("별정직", None, "계", 1), ("임기제", None, "계", 2), ("청원경찰", None, "계", 2)]
    # the fixture's planted 과부족 found as in its tab text (▲ a shortfall: 임기제's 1 of 2, not 2)
    assert [finding_figures(f) for f in run_checks(report)] == [("shortfall", "과부족", "임기제 계", "-1", "-2")]


# a) too: a note's line printed between a tab table's rows ends no table ----------------------------------------------

def test_a_note_line_between_budget_rows_ends_no_table():
    # `※ 인건비 제외` on a line of its own (no tab) between two 세부사업: before, the rows below were a table of no
    # header, the budget's lines after it lost and its figures summed as a grid's (`sum.table` on `5열`)
    text = the_report_with("세부사업: 체납액 징수\t94,000", "※ 인건비 제외\n세부사업: 체납액 징수\t94,000")
    report = read(text)
    assert budget_of(report.budget) == BUDGET
    assert [finding_figures(f) for f in run_checks(report)] == PLANTED


def test_a_note_line_between_a_grids_rows_is_its_note():
    text = the_report_with("세외수입 징수율\t%\t85.0\t38.2\t44.9\n",
                           "세외수입 징수율\t%\t85.0\t38.2\t44.9\n※ 목표는 연간 기준\n")
    report = read(text)
    grid = report.tables[0]
    assert (grid.caption, grid.note, len(grid.rows)) == ("5. 성과지표 (’23. 5. 31. 기준)", "목표는 연간 기준", 5)
    assert grid.rows[3] == ["공유재산 실태조사", "필지", "1,200", "540", "45.0"]
    assert [finding_figures(f) for f in run_checks(report)] == PLANTED
    # a blank line between: the note's and the rows below another table, as before
    parted = read(text.replace("※ 목표는 연간 기준\n", "※ 목표는 연간 기준\n\n"))
    assert len(parted.tables[0].rows) == 3
