"""A project's 총사업비 over its years, as a report in the real report's conventions (`2025-yeongdeungpo-chongmu.txt`:
tabs, `#` headings, `□` parts, `- ` bullets under them, amounts in 천원, `(구비)` after figures) prints it (branch
cost70):
- split by its funding sources, in a bracket after it (`총사업비: 3,600,000천원(국비 1,800,000, 시비 900,000, 구비
  900,000)`) or alone on a line under it (`- 계 2,400,000 / 국비 1,000,000 / …`): the sources are kept as budget
  lines of the project of a table of their own (`total_cost_lines`: a line a source and the 계, the total beside
  each as its `총사업비`, no 예산액, no year's budget), stored as a cost table by sources keeps its 총사업비 column,
  and their sum is checked (`sum.project_budget`, column `총사업비`); so is each year's share printed by its sources
  on a line under it (`- 2024년: 1,200,000천원(국비 600,000, …)`: a column `2024년`); before, neither kept nor
  checked;
- its years' shares printed under it, a bullet a year (`- 2024년: 1,200,000천원`, its sources after it or not) or on
  one line (`- ’25년 900,000 / ’26년 1,500,000`), checked as shares on its own line are (`sum.project_cost`); before,
  not checked;
and a vehicle table printing a fuel another way than the one name it is stored by (`가솔린`, stored 휘발유): a finding
names it as printed, that a reader finds it (before, `휘발유`, printed nowhere)."""

import sqlite3

import pytest

from checks import run_checks
from pipeline.extract import extract_file

COVER = ("제265회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
         "# I . 일반현황\n\n")
FLEET = ("#### □ 공용차량 - 총7대\n\n(단위: 대)\n\n구 분\t계\t승 용\t승 합\t화 물\n계\t7\t4\t2\t1\n"
         "가솔린\t3\t2\t1\t-\n경 유\t2\t-\t1\t1\n전기차\t2\t2\t-\t-\n\n")
PROJECTS = """## Ⅱ . 주요업무 추진실적

## 1 청사 에너지 효율화 사업 청사관리팀

노후 청사 설비를 교체하여 에너지 사용을 줄이고 쾌적한 근무환경을 조성하고자 함

### □ 사업개요

- 사업기간: 2024. 3. ~ 2026. 12.
- 총사업비: 3,600,000천원(국비 1,800,000, 시비 900,000, 구비 900,000)
  - 2024년: 1,200,000천원
  - 2025년: 1,500,000천원
  - 2026년: 900,000천원
- 사업내용: 본관 냉난방설비 교체, 태양광 발전설비 설치

### □ 주요 추진실적

- 냉난방설비 교체 실시설계 용역: 1월~3월 / 98,000천원

### □ 예산현황

(단위: 천원)

예산액	집행액	집행률(%)
1,500,000(국·시·구비)	612,000(국·시·구비)	40.8

## 2 구민 안전체험관 조성 총무팀

재난 상황을 직접 체험하는 안전체험관을 조성하여 구민의 재난 대응 능력을 높이고자 함

### □ 사업개요

- 사업기간: 2025. 1. ~ 2026. 12.
- 총사업비: 2,400,000천원
  - ’25년 900,000 / ’26년 1,500,000
  - 계 2,400,000 / 국비 1,000,000 / 시비 600,000 / 구비 800,000
- 사업내용: 지진·화재·풍수해 체험시설 조성

### □ 주요 추진실적

- 기본 및 실시설계 용역: 2월~5월 / 152,000천원

### □ 예산현황

(단위: 천원)

예산액	집행액	집행률(%)
900,000(국·시·구비)	152,000(국·시·구비)	16.9
"""
REPORT = COVER + FLEET + PROJECTS
LINES = REPORT.splitlines()
# the lines (1-based) of the totals, of the line of sources under the second, and of the fleet's `가솔린` row
TOTAL_LINE = next(k for k, line in enumerate(LINES, 1) if line.startswith("- 총사업비: 3,600,000천원"))
SHARES_LINE = next(k for k, line in enumerate(LINES, 1) if line.startswith("- 총사업비: 2,400,000천원"))
SOURCES_LINE = next(k for k, line in enumerate(LINES, 1) if line.startswith("  - 계 2,400,000"))
GASOLINE_LINE = next(k for k, line in enumerate(LINES, 1) if line.startswith("가솔린"))


def read(tmp_path, printed: str | None = None, wrong: str | None = None):
    text = REPORT
    if printed is not None:
        assert text.count(printed) == 1
        text = text.replace(printed, wrong)
    path = tmp_path / "2025-hanbit-chongmu.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(report)]


def test_the_report_as_printed_has_no_finding(tmp_path):
    assert findings(read(tmp_path)) == []


def test_a_total_costs_sources_are_the_projects_lines_of_a_table_of_their_own(tmp_path):
    energy, centre = read(tmp_path).projects
    # the year's budget as before
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.table_no) for b in energy.budget_lines] == [
        ("국·시·구비", 1_500_000_000, 612_000_000, "국·시·구비", 1)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.table_no, b.other_columns, b.unit,
             b.source.line) for b in energy.total_cost_lines] == [
        # its years' shares on the lines under it the 계's columns too (branch left92; before, not kept)
        ("계", None, None, None, 2, {"총사업비": "3,600,000", "2024년": "1,200,000", "2025년": "1,500,000",
                                      "2026년": "900,000"}, "천원", TOTAL_LINE),
        ("국비", None, None, "국비", 2, {"총사업비": "1,800,000"}, "천원", TOTAL_LINE),
        ("시비", None, None, "시비", 2, {"총사업비": "900,000"}, "천원", TOTAL_LINE),
        ("구비", None, None, "구비", 2, {"총사업비": "900,000"}, "천원", TOTAL_LINE)]
    # the sources on a line under the total, its `계` the total's: the lines are the total's
    assert [(b.name, b.funding_source, b.table_no, b.other_columns, b.source.line)
            for b in centre.total_cost_lines] == [
        ("계", None, 2, {"총사업비": "2,400,000", "2025년": "900,000", "2026년": "1,500,000"}, SHARES_LINE),
        ("국비", "국비", 2, {"총사업비": "1,000,000"}, SHARES_LINE),
        ("시비", "시비", 2, {"총사업비": "600,000"}, SHARES_LINE),
        ("구비", "구비", 2, {"총사업비": "800,000"}, SHARES_LINE)]
    assert SOURCES_LINE == SHARES_LINE + 2


def test_sources_not_adding_up_to_the_total_are_found(tmp_path):
    # the years' shares make each total as printed: a source is wrong, which one the text does not say, so the
    # finding names the sources' sum, expected the total (branch cost76; before, the total, expected the sum)
    assert findings(read(tmp_path, "시비 900,000, 구비 900,000)", "시비 900,000, 구비 800,000)")) == [
        ("sum.project_budget", "재원별 합계", "총사업비", "3,600,000천원", "3,500,000천원", TOTAL_LINE)]
    assert findings(read(tmp_path, "/ 시비 600,000 / 구비 800,000", "/ 시비 650,000 / 구비 800,000")) == [
        ("sum.project_budget", "재원별 합계", "총사업비", "2,400,000천원", "2,450,000천원", SHARES_LINE)]


@pytest.mark.parametrize(("sources", "names"), [
    ("(국비 18억원, 시비 9억원, 구비 9억원)", ["계", "국비", "시비", "구비"]),  # each in a unit of its own
    ("(국비 50%, 구비 50%)", ["계", "국비", "구비"]),  # shares of the total
])
def test_sources_printed_otherwise(sources, names, tmp_path):
    report = read(tmp_path, "(국비 1,800,000, 시비 900,000, 구비 900,000)", sources)
    assert [b.name for b in report.projects[0].total_cost_lines] == names
    assert findings(report) == []


def test_a_total_naming_no_source_gives_no_source_s_line(tmp_path):
    """Its years' shares, covering it, are its 계's columns (branch left90; before, no line at all)."""
    report = read(tmp_path, "(국비 1,800,000, 시비 900,000, 구비 900,000)", "(구비 포함)")
    assert [(line.name, line.other_columns) for line in report.projects[0].total_cost_lines] == [
        ("계", {"총사업비": "3,600,000", "2024년": "1,200,000", "2025년": "1,500,000", "2026년": "900,000"})]


def test_the_years_shares_under_the_total_are_checked(tmp_path):
    # a bullet a year: 1,200,000 + 1,400,000 + 900,000 is not 3,600,000, which the total's sources make: the years'
    # sum is found, expected the total (branch cost76; before, the total, expected 3,500,000)
    assert findings(read(tmp_path, "2025년: 1,500,000천원", "2025년: 1,400,000천원")) == [
        ("sum.project_cost", "연도별 합계", None, "3,600,000천원", "3,500,000천원", TOTAL_LINE)]
    # one line of the years' shares, in the total's unit
    assert findings(read(tmp_path, "’26년 1,500,000", "’26년 1,600,000")) == [
        ("sum.project_cost", "연도별 합계", None, "2,400,000천원", "2,500,000천원", SHARES_LINE)]
    # shares leaving a year of the 사업기간 out may fall short of the total: 2,400,000 of 3,600,000 is no error
    assert findings(read(tmp_path, "  - 2026년: 900,000천원\n", "")) == []


def test_the_total_is_stored_for_a_query(tmp_path, cli):
    path = tmp_path / "2025-hanbit-chongmu.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert cli("ingest", "--db", tmp_path / "r.db", path)[0] == 0
    rows = sqlite3.connect(tmp_path / "r.db").execute(
        "SELECT p.title, b.funding_source, json_extract(b.other_columns, '$.총사업비') FROM budget_lines b "
        "JOIN projects p ON p.id = b.project_id WHERE json_extract(b.other_columns, '$.총사업비') IS NOT NULL "
        "AND b.funding_source = '국비' ORDER BY b.id").fetchall()
    assert rows == [("청사 에너지 효율화 사업", "국비", "1,800,000"), ("구민 안전체험관 조성", "국비", "1,000,000")]


def test_a_fuel_is_named_as_printed_in_a_finding_and_stored_by_its_one_name(tmp_path):
    report = read(tmp_path)
    assert sorted({c.fuel for c in report.vehicles[0].counts} - {None}) == ["경유", "전기", "휘발유"]
    # 승합's 가솔린 2 for 1 (the table's kinds its categories, each fuel's count of no kind): its cell, by the label
    # the report prints, its row the fuel's, its column the category's (fleet118; before, the other way round)
    assert findings(read(tmp_path, "가솔린\t3\t2\t1\t-", "가솔린\t3\t2\t2\t-")) == [
        ("sum.vehicles", "가솔린", "승합", "1", "2", GASOLINE_LINE)]
    found = run_checks(read(tmp_path, "전기차\t2\t2\t-\t-", "전기차\t3\t2\t-\t-"))
    assert [(f.row, f.column, f.expected, f.actual) for f in found] == [("전기차", "계", "2", "3")]
    assert "휘발유" not in " ".join(f.message for f in found)


YEARS = "  - 2024년: 1,200,000천원\n  - 2025년: 1,500,000천원\n  - 2026년: 900,000천원\n"
BY_SOURCE_A_YEAR = ("  - 2024년: 1,200,000천원(국비 600,000, 시비 300,000, 구비 300,000)\n"
                    "  - 2025년: 1,500,000천원(국비 750,000, 시비 375,000, 구비 375,000)\n"
                    "  - 2026년: 900,000천원(국비 450,000, 시비 225,000, 구비 225,000)\n")


def test_each_years_share_by_its_sources_is_a_column_of_the_total_costs_table(tmp_path):
    report = read(tmp_path, YEARS, BY_SOURCE_A_YEAR)
    assert findings(report) == []
    assert [(b.name, b.other_columns) for b in report.projects[0].total_cost_lines] == [
        ("계", {"총사업비": "3,600,000", "2024년": "1,200,000", "2025년": "1,500,000", "2026년": "900,000"}),
        ("국비", {"총사업비": "1,800,000", "2024년": "600,000", "2025년": "750,000", "2026년": "450,000"}),
        ("시비", {"총사업비": "900,000", "2024년": "300,000", "2025년": "375,000", "2026년": "225,000"}),
        ("구비", {"총사업비": "900,000", "2024년": "300,000", "2025년": "375,000", "2026년": "225,000"})]
    # a year's source wrong: the one cell its year's 계 and its source's total both make otherwise, on the year's
    # line (before, the year's 계, expected 1,510,000천원: the source's total was not checked against its years)
    wrong = BY_SOURCE_A_YEAR.replace("구비 375,000)", "구비 385,000)")
    assert findings(read(tmp_path, YEARS, wrong)) == [
        ("sum.project_budget", "구비", "2025년", "375,000천원", "385,000천원", TOTAL_LINE + 2)]
    # a year's share wrong (its sources make 1,500,000): the one cell, not also the total against the years, which
    # the share at its sources' sum clears (before, also `sum.project_cost`, expected 3,700,000 of a right 3,600,000)
    wrong = BY_SOURCE_A_YEAR.replace("2025년: 1,500,000천원", "2025년: 1,600,000천원")
    assert findings(read(tmp_path, YEARS, wrong)) == [
        ("sum.project_budget", "계", "2025년", "1,500,000천원", "1,600,000천원", TOTAL_LINE + 2)]
