"""An organisation line a converter split into a table's row, its label in one cell and the count in the next
(`조 직<TAB>1국 2팀`, `| 조 직 | 4개팀 (총무팀, …) |`, `조  직     4개팀` over `인  력     30명`): the department's
team count, as the line `조 직 : 4개팀` gives it. Before, none (team counts skipped tables)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제310회 한빛구의회 제2차 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
PROJECT = "Ⅱ. 주요업무 추진실적\n\n1. 생활체육 대회\n\n○ 전국 32개팀 참가\n"


def team_count(general: str, name: str = "t.txt") -> int | None:
    return extract_report(read_text(name, (COVER + general + PROJECT).encode())).document.team_count


@pytest.mark.parametrize(("general", "teams"), [
    # tab text
    ("Ⅰ. 일반현황\n\n조 직\t4개팀 (총무팀, 인사팀, 청사관리팀, 교육후생팀)\n인 력\t42명\n\n", 4),
    ("Ⅰ. 일반현황\n\n조 직\t4개팀\n\n", 4),  # a row alone
    ("Ⅰ. 일반현황\n\n1. 조 직\t1국 2팀\n2. 인 력\t30명\n\n", 2),
    ("Ⅰ. 일반현황\n\n○ 조직\t5팀\n○ 인력\t30명\n\n", 5),
    ("Ⅰ. 일반현황\n\n기 구\t1국 2과 7팀\n인 력\t30명\n\n", 7),  # the 과's teams, as the line reads
    ("Ⅰ. 일반현황\n\n조 직\t( 5 )개팀\n인 력\t30명\n\n", 5),
    # markdown
    ("# Ⅰ. 일반현황\n\n| 조 직 | 4개팀 (총무팀, 인사팀, 청사관리팀, 교육후생팀) |\n|---|---|\n| 인 력 | 42명 |\n\n", 4),
    ("# Ⅰ. 일반현황\n\n| 구 분 | 현 황 |\n|---|---|\n| 조 직 | 1국 2팀 |\n| 인 력 | 30명 |\n\n", 2),
    # space-aligned (`pdftotext -layout`)
    ("Ⅰ. 일반현황\n\n  조  직     4개팀 (총무팀, 인사팀, 청사관리팀, 교육후생팀)\n  인  력     42명\n\n", 4),
    ("Ⅰ. 일반현황\n\n  조    직       1국 2팀\n  인    력       30명\n\n", 2),
    ("Ⅰ. 일반현황\n\n  조  직     4개팀\n\n", 4),  # a line alone: read as a line already
])
def test_an_organisation_row_gives_the_team_count(general, teams):
    assert team_count(general, "t.md" if "|" in general else "t.txt") == teams


@pytest.mark.parametrize("general", [
    "Ⅰ. 일반현황\n\n팀 명\t주요업무\n총무팀\t서무\n인사팀\t인사\n\n",  # a table of the teams: counts none
    "Ⅰ. 일반현황\n\n조 직\t팀 수\n총무과\t4\n\n",  # its header's label, no count beside it
    "Ⅰ. 일반현황\n\n인 력\t30명\n예 산\t1,000천원\n\n",
    "Ⅰ. 일반현황\n\n조직 개편\t4개팀 신설\n인 력\t30명\n\n",  # another label than the organisation's
])
def test_a_table_of_no_organisation_row_gives_none(general):
    assert team_count(general) is None


def test_the_organisation_line_before_the_row_wins():
    """The first the general part prints, as two lines read."""
    assert team_count("Ⅰ. 일반현황\n\n○ 조 직 : 3개팀\n\n조 직\t4개팀\n인 력\t30명\n\n") == 3


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 30), st.sampled_from(["조 직", "조직", "1. 조 직", "○ 조직", "기 구"]),
       st.sampled_from(["{}개팀", "{}팀", "1국 {}팀", "( {} )개팀"]), st.sampled_from(["\t", " | ", "     "]))
def test_any_organisation_row_gives_its_teams(teams, label, count, gap):
    """The row in tab, pipe or space-aligned text, above a second row as a table prints it."""
    rows = [f"{label}{gap}{count.format(teams)}", f"인 력{gap}30명"]
    if gap == " | ":
        rows = [f"| {row} |" for row in rows]
        rows.insert(1, "|---|---|")
    general = "Ⅰ. 일반현황\n\n" + "\n".join(rows) + "\n\n"
    assert team_count(general, "t.md" if gap == " | " else "t.txt") == teams
