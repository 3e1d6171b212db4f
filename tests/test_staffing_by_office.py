"""Staffing by team (or a 국's by 과) that prints no status: rows of offices under grades (`팀 별 | 계 | 5급 | 6급`
over `교통정책팀 | 7 | 1 | 1`). In the 인력 section, or under a caption naming staff (`팀별 인력 현황`), it counts
the staff on the rolls: 현원, each count of its office (`office`; the 계 row's none), said by an info finding
(`staffing.status_assumed`); a caption naming a status (`팀별 현원`, `과별 정원`) gives its own. Where another
table of the report counts 현원 it breaks the same staff down by office and stays a grid, so that nobody is
counted twice. Before, every such table was a generic grid (schema 31 and before: each office a class)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 교 통 과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
GRADES = ("5급", "6급", "7급", "8급")
TEAMS = {"교통정책팀": (1, 1, 3, 2), "주차관리팀": (0, 3, 3, 3), "교통지도팀": (0, 2, 4, 1)}


def table(teams=TEAMS, total_row: tuple[int, ...] | None = None, corner: str = "팀 별") -> str:
    """The table as tab-separated rows: the 계 row (the teams' sums unless given), then each team's; a 0 as `-`."""
    sums = total_row or tuple(sum(counts[k] for counts in teams.values()) for k in range(len(GRADES)))
    rows = [(corner, "계", *GRADES), ("계", sum(sums), *sums),
            *((team, sum(counts), *counts) for team, counts in teams.items())]
    return "".join("\t".join(str(cell or "-") for cell in row) + "\n" for row in rows)


def expected(teams=TEAMS, status: str = "현원") -> list[tuple[str, str, str, str, int]]:
    """Each count as `records` gives it: the 계 row's of no office (`""`), each team's of its office."""
    sums = tuple(sum(counts[k] for counts in teams.values()) for k in range(len(GRADES)))
    return sorted((status, office, "계", grade, count) for office, counts in {"": sums, **teams}.items()
                  for grade, count in zip(("계", *GRADES), (sum(counts), *counts), strict=True))


def records(r) -> list[tuple[str, str, str, str, int]]:
    """Each count's status, office (with the 과 it is under, `총무과 인사팀`; `""` where none), class, grade, count."""
    return sorted((c.status, " ".join(filter(None, (c.division, c.office))), c.job_class, c.grade, c.headcount)
                  for c in r.staffing)


def findings(r) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.severity, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


ASSUMED = ("staffing.status_assumed", "info", "현원", None, None, None)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"])
def test_teams_by_grade_in_the_staffing_section_count_the_staff_on_the_rolls(layout, tmp_path):
    r = read_laid_out(COVER + PART + table(), layout, tmp_path)
    assert records(r) == expected()
    assert ("현원", "주차관리팀", "계", "6급", 3) in records(r) and ("현원", "", "계", "계", 23) in records(r)
    assert {c.table_no for c in r.staffing} == {1} and r.tables == []
    assert findings(r) == [ASSUMED]
    (found,) = run_checks(r)
    assert found.table == "인력"
    assert found.message == "표에 정원·현원이 적혀 있지 않아 팀(과)별 인원을 현원으로 보았습니다"
    first = min(r.staffing, key=lambda c: (c.source.page or 0, c.source.line or 0))
    assert found.source == first.source


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_wrong_sums_are_found_as_in_other_staffing_tables(layout, tmp_path):
    """The 계 column is each team's grades' sum, the 계 row each grade's sum over the teams."""
    text = table(total_row=(1, 7, 10, 6)).replace("주차관리팀\t9", "주차관리팀\t10")
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert ("현원", "주차관리팀", "계", "계", 10) in records(r) and ("현원", "", "계", "6급", 7) in records(r)
    # the one cell that makes both sums agree, 주차관리팀's 6급 (before, the team's 계 and the 계 row's 6급)
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "주차관리팀 계 6급", "4", "3")])


@pytest.mark.parametrize("caption", ["□ 팀별 인력 현황", "가. 팀별 인력"])
def test_a_caption_naming_staff_outside_the_staffing_section(caption, tmp_path):
    text = COVER + "# Ⅰ. 일반현황\n\n## 3 조직\n\n" + caption + "\n\n(단위: 명)\n\n" + table()
    r = read_laid_out(text, "tab", tmp_path)
    assert records(r) == expected() and findings(r) == [ASSUMED]


@pytest.mark.parametrize(("caption", "status"), [("□ 팀별 현원", "현원"), ("□ 과별 정원 (2025. 5. 31. 기준)", "정원")])
def test_a_caption_naming_the_status_gives_it_and_no_assumption(caption, status, tmp_path):
    text = COVER + "# Ⅰ. 일반현황\n\n## 3 조직\n\n" + caption + "\n\n" + table()
    r = read_laid_out(text, "tab", tmp_path)
    assert records(r) == expected(status=status) and findings(r) == []


def test_a_bureaus_table_by_division_under_a_grade_label_spanning_the_grades(tmp_path):
    """A 국's report: its 과 and a 담당관 as rows, `직 급` printed over the grades."""
    divisions = {"총무과": (1, 4, 6, 3), "감사담당관": (1, 2, 3, 0), "민원여권과": (1, 5, 9, 6)}
    rows = table(divisions, corner="과 별").split("\n")
    header = "과 별\t계\t직 급\t\t\t\n\t\t" + "\t".join(GRADES) + "\n"
    r = read_laid_out(COVER + PART + header + "\n".join(rows[1:]), "tab", tmp_path)
    assert records(r) == expected(divisions) and findings(r) == [ASSUMED]


FULL = "□ 직렬별 인력\n\n구 분\t정 원\t현 원\t과부족\n계\t24\t23\t△1\n일반직\t24\t23\t△1\n\n"


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("order", ["after", "before"])
def test_beside_a_table_counting_the_staff_on_the_rolls_it_stays_a_grid(order, layout, tmp_path):
    """The 인력 table counts 현원 already: the teams' table breaks the same 23 down by team, so it is kept as
    printed and only the 인력 table's counts are staffing (printed above it or below it)."""
    teams = "□ 팀별 인력 현황\n\n" + table() + "\n"
    text = COVER + PART + (FULL + teams if order == "after" else teams + FULL)
    r = read_laid_out(text, layout, tmp_path)
    assert records(r) == [("과부족", "", "계", "계", -1), ("과부족", "", "일반직", "계", -1),
                          ("정원", "", "계", "계", 24), ("정원", "", "일반직", "계", 24),
                          ("현원", "", "계", "계", 23), ("현원", "", "일반직", "계", 23)]
    assert {c.table_no for c in r.staffing} == {1}
    (grid,) = r.tables
    assert grid.records_in is None and grid.rows[1][:2] == ["계", "23"] and grid.rows[3][:3] == ["주차관리팀", "9", "-"]
    assert findings(r) == []


@pytest.mark.parametrize(("part", "rows"), [
    ("# Ⅰ. 일반현황\n\n## 3 조직 현황\n\n", TEAMS),  # neither the 인력 section nor a caption naming staff
    (PART, {"신길1동": (1, 1, 3, 2), "신길3동": (0, 3, 3, 3)}),  # each 동's staff, not the department's
    (PART, {"교통정책팀": (1, 1, 3, 2), "국장": (1, 0, 0, 0)}),  # a row that is no office
], ids=["elsewhere", "dongs", "a-post"])
def test_tables_that_are_not_the_departments_staff_by_office_stay_grids(part, rows, tmp_path):
    r = read_laid_out(COVER + part + table(rows), "tab", tmp_path)
    assert r.staffing == [] and len(r.tables) == 1 and r.tables[0].records_in is None
    assert findings(r) == []


def test_loaded_as_records_and_the_finding(tmp_path):
    r = read_laid_out(COVER + PART + table(), "tab", tmp_path)
    db = connect(tmp_path / "t.db")
    load_report(db, r, "sha-1", run_checks(r))
    assert db.execute("SELECT office, job_class, headcount FROM staffing WHERE status = '현원' AND grade = '계' "
                      "ORDER BY headcount, office").fetchall() == [
        ("교통정책팀", "계", 7), ("교통지도팀", "계", 7), ("주차관리팀", "계", 9), (None, "계", 23)]
    assert db.execute("SELECT status, headcount FROM staffing_totals").fetchall() == [("현원", 23)]
    assert db.execute("SELECT rule, severity FROM findings").fetchall() == [("staffing.status_assumed", "info")]


@settings(max_examples=40, deadline=None)
@given(teams=st.dictionaries(st.sampled_from(["인사팀", "재무팀", "민원팀", "서무계", "기획실", "보건소", "추진단"]),
                             st.tuples(*(st.integers(0, 30) for _ in GRADES)), min_size=1, max_size=5))
def test_any_counts_by_office_are_read_as_printed(teams):
    r = extract_report(read_text("t.txt", (COVER + PART + table(teams)).encode()))
    assert records(r) == expected(teams)
    assert findings(r) == [ASSUMED]


@pytest.mark.parametrize(("stated", "expected_findings"), [
    (23, [ASSUMED]), (22, sorted([ASSUMED, ("cross.staffing_line", "warning", "현원", "계", "22", "23")]))])
def test_a_line_stating_the_staffing_is_compared_with_the_teams_total(stated, expected_findings, tmp_path):
    """`○ 인력: 정원 24명, 현원 23명` above the table: its 현원 is the teams' 계, as a staffing table's would be."""
    r = read_laid_out(COVER + PART + f"○ 인력: 정원 24명, 현원 {stated}명\n\n" + table(), "tab", tmp_path)
    assert records(r) == expected()
    assert findings(r) == expected_findings
