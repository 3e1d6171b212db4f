"""An organisation printed as a table of 국, 과 and 팀 (`국 | 과 | 팀`, a 과's teams in one cell or a team a row
under its 과 merged down; `과 | 팀 수 | 팀 명`) counts the department's teams (`documents.team_count`), where no
organisation line (`교 통 과 - ( 4 )개팀`) does. Before, a report printing its teams so had no team count."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out
from tests.test_staffing_by_office import COVER

ORGANISATION = "# Ⅰ. 일반현황\n\n## 1 조 직\n\n"
TEAMS_IN_A_CELL = ("국\t과\t팀\n도시안전국\t교통과\t교통정책팀, 주차관리팀, 교통지도팀, 교통시설팀\n"
                   "\t도시계획과\t도시계획팀, 도시관리팀\n")
TEAM_A_ROW = ("과\t팀\t정 원\n교 통 과\t교통정책팀\t7\n\t주차관리팀\t9\n\t교통지도팀\t7\n"
              "도시계획과\t도시계획팀\t6\n\t도시관리팀\t5\n")
TEAMS_COUNTED = ("과\t팀 수\t팀 명\n도시계획과\t2\t도시계획팀, 도시관리팀\n"
                 "교통과\t5\t교통정책팀, 주차관리팀, 교통지도팀, 교통시설팀, 교통행정팀\n")


def read_text_report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize(("table", "teams"), [(TEAMS_IN_A_CELL, 4), (TEAM_A_ROW, 3), (TEAMS_COUNTED, 5)],
                         ids=["teams-in-a-cell", "team-a-row", "teams-counted"])
def test_an_organisation_table_counts_the_departments_teams(table, teams, layout, tmp_path):
    r = read_laid_out(COVER + ORGANISATION + table, layout, tmp_path)
    assert (r.document.department, r.document.team_count) == ("교통과", teams)


def test_a_printed_count_of_teams_is_taken_over_the_names():
    """`팀 수` 3 beside four names: the count as printed (a name may be of a team to come)."""
    text = COVER + ORGANISATION + TEAMS_COUNTED.replace("교통과\t5", "교통과\t3")
    assert read_text_report(text).document.team_count == 3


@pytest.mark.parametrize(("text", "teams"), [
    (COVER + "# Ⅰ. 일반현황\n\n○ 조 직 : 6개팀\n\n" + TEAMS_IN_A_CELL, 6),  # the organisation line first
    (COVER + ORGANISATION + TEAMS_IN_A_CELL.replace("교통과", "교통행정과"), None),  # another 과's teams
    (COVER + ORGANISATION + "팀 명\t주요업무\n교통정책팀\t교통정책 수립\n주차관리팀\t주차장 관리\n", None),
    (COVER + "# Ⅱ. 주요업무 추진실적\n\n## 1. 교통 안전\n\n" + TEAMS_IN_A_CELL, None),  # a project's table
], ids=["line-first", "other-division", "teams-duties", "project-table"])
def test_no_team_count_from_a_table_not_of_the_departments_organisation(text, teams):
    assert read_text_report(text).document.team_count == teams


def test_a_bureaus_table_of_its_divisions_under_gubun_counts_the_departments_teams():
    """A 국's table of its 과 under `구 분`, with their 팀 수 and staff (`구 분 | 팀 수 | 정 원 | 현 원`): before, no
    column labelled 과, so no team count."""
    table = ("구 분\t팀 수\t정 원\t현 원\n계\t11\t78\t75\n도시계획과\t4\t29\t28\n교 통 과\t4\t27\t26\n"
             "도로과\t3\t22\t21\n")
    assert read_text_report(COVER + ORGANISATION + table).document.team_count == 4
