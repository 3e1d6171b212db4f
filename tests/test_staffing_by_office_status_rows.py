"""Staffing by team that prints its statuses as rows under each team (`팀 별 | 구 분 | 계 | 5급 | 6급` over `총무팀 |
정 원 | 5 | …`, `| 현 원 | 5 | …`, `| 과부족 | - | …`, the team merged down its status rows, the `계` rows first or
none): each team's count is its office's (`office`), the class and grade the columns', the 계 rows the table's own,
as a table by team printing its statuses across the top reads; checked alike: the 계 rows the teams' sum, 과부족 =
현원 − 정원 on each team's grades. Before, each team was a class (`job_class` 총무팀), the 계 no sum of them."""

import pytest

from tests.layouts import read_laid_out
from tests.test_staffing_by_office import COVER, PART, findings, records

LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid", "pdf none"]
STATUSES = ("정원", "현원", "과부족")
# each office's (the 계's "") counts of 계, 5급, 6급, 7급 by status
COUNTS = {"": ((11, 2, 4, 5), (10, 2, 4, 4), (-1, 0, 0, -1)),
          "총무팀": ((5, 1, 2, 2), (5, 1, 2, 2), (0, 0, 0, 0)),
          "인사팀": ((6, 1, 2, 3), (5, 1, 2, 2), (-1, 0, 0, -1))}


def table(counts=COUNTS, corner: str = "팀 별\t구 분", statuses=("정 원", "현 원", "과부족"),
          grades=("계", "5급", "6급", "7급")) -> str:
    """The table as tab-separated rows, each office's label on its first status row; a 0 as `-`, a shortfall `△`."""
    rows = [f"{corner}\t" + "\t".join(grades)]
    for office, by_status in counts.items():
        for k, (status, figures) in enumerate(zip(statuses, by_status, strict=True)):
            cells = ["-" if not n else f"△{-n}" if n < 0 else str(n) for n in figures]
            rows.append("\t".join([(office or "계") if k == 0 else "", status, *cells]))
    return "\n".join(rows) + "\n"


def expected(counts=COUNTS, grades=("계", "5급", "6급", "7급"), job_class="계"):
    return sorted((status, office, job_class, grade, n) for office, by_status in counts.items()
                  for status, figures in zip(STATUSES, by_status, strict=True)
                  for grade, n in zip(grades, figures, strict=True))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_with_statuses_as_rows_are_offices(layout, tmp_path):
    r = read_laid_out(COVER + PART + table(), layout, tmp_path)
    assert records(r) == expected()
    assert ("과부족", "인사팀", "계", "7급", -1) in records(r) and ("정원", "", "계", "계", 11) in records(r)
    assert r.tables == [] and findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_statuses_spaced_otherwise_and_no_total_rows(layout, tmp_path):
    """`정원 | 현원 | 증감` unspaced, `구 분` over both label columns, and no 계 rows: the teams alone."""
    teams = {office: by_status for office, by_status in COUNTS.items() if office}
    text = table(teams, corner="구 분\t", statuses=("정원", "현원", "증감"))
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert records(r) == expected(teams)
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
def test_classes_across_the_top_of_teams_with_statuses_as_rows(layout, tmp_path):
    classes = {"": ((14, 11, 3), (13, 10, 3), (-1, -1, 0)), "민원·여권팀": ((6, 5, 1), (6, 5, 1), (0, 0, 0)),
               "감사담당관": ((8, 6, 2), (7, 5, 2), (-1, -1, 0))}
    r = read_laid_out(COVER + PART + table(classes, grades=("계", "일반직", "공무직")), layout, tmp_path)
    assert records(r) == sorted(
        (status, office, job_class, "계", n) for office, by_status in classes.items()
        for status, figures in zip(STATUSES, by_status, strict=True)
        for job_class, n in zip(("계", "일반직", "공무직"), figures, strict=True))
    assert findings(r) == []


LEAN = {"": ((4, 5), (4, 4)), "총무팀": ((2, 2), (2, 2)), "인사팀": ((2, 3), (2, 2))}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_figure_of_the_total_rows_is_found_once_against_the_teams(layout, tmp_path):
    """The 계 rows' 정원 7급 printed 6: the teams' make 5 (no 계 column, no 과부족: found by that sum alone)."""
    wrong = {**LEAN, "": ((4, 6), (4, 4))}
    text = table(wrong, statuses=("정 원", "현 원"), grades=("6급", "7급"))
    r = read_laid_out(COVER + PART + text, layout, tmp_path)
    assert ("정원", "", "계", "7급", 6) in records(r) and ("정원", "인사팀", "계", "7급", 3) in records(r)
    assert findings(r) == [("sum.staffing", "error", "정원", "계 7급", "5", "6")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_shortfall_of_a_team_is_found_once_by_its_row(layout, tmp_path):
    """인사팀's 과부족 printed △2: its 현원 5 − 정원 6 is −1 (no 계 rows, one column)."""
    teams = {"총무팀": ((5,), (5,), (0,)), "인사팀": ((6,), (5,), (-2,))}
    r = read_laid_out(COVER + PART + table(teams, grades=("계",)), layout, tmp_path)
    assert ("과부족", "인사팀", "계", "계", -2) in records(r)
    assert findings(r) == [("shortfall", "error", "과부족", "인사팀 계", "-1", "-2")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_wrong_team_figure_of_the_full_table_is_found_by_its_row_its_shortfall_and_the_total(layout, tmp_path):
    """총무팀's 현원 7급 printed 3 for 2: its 현원 계 5 is no longer its grades' sum, its 과부족 7급 0 no longer 현원 −
    정원, and the 계 rows' 현원 7급 4 no longer the teams' sum: each check of the figure finds it once."""
    wrong = {**COUNTS, "총무팀": ((5, 1, 2, 2), (5, 1, 2, 3), (0, 0, 0, 0))}
    r = read_laid_out(COVER + PART + table(wrong), layout, tmp_path)
    assert findings(r) == [("sum.staffing", "error", "현원", "총무팀 계 7급", "2", "3")]  # before, three


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_rows_of_classes_or_dongs_under_statuses_stay_as_before(layout, tmp_path):
    """Rows of classes stay classes; rows of 동s are the 동s' staff, a grid."""
    (tmp_path / "classes").mkdir()
    (tmp_path / "dongs").mkdir()
    classes = {"일반직": COUNTS["총무팀"], "공무직": COUNTS["인사팀"]}
    r = read_laid_out(COVER + PART + table(classes), layout, tmp_path / "classes")
    assert ("정원", "", "공무직", "7급", 3) in records(r) and all(c.office is None for c in r.staffing)
    dongs = {"신길1동": COUNTS["총무팀"], "신길3동": COUNTS["인사팀"]}
    r = read_laid_out(COVER + PART + table(dongs), layout, tmp_path / "dongs")
    assert r.staffing == [] and len(r.tables) == 1
