"""An organisation line counting a 국 before its teams (`1국 2팀`, as a 의회사무국 prints it): the teams are the
department's team count, as `1과 4팀`'s and `조직 : 3팀`'s are. Before, `1국 2팀` gave none."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제310회 한빛구의회 제2차 정례회\n\n2025년 주요업무 보고\n\n의회사무국\n\n"
PROJECT = "Ⅱ. 주요업무 추진실적\n\n1. 생활체육 대회\n\n○ 전국 32개팀 참가\n"


def team_count(text: str) -> int | None:
    return extract_report(read_text("t.txt", text.encode())).document.team_count


@pytest.mark.parametrize(("line", "teams"), [
    ("○ 조 직 : 1국 2팀", 2),
    ("○ 조직: 1국 2팀 (의정팀, 의사팀)", 2),
    ("1. 조 직 : 1 국 3 팀", 3),
    ("○ 조직 : 1국 2과 7팀", 7),  # the 과's teams as before
    ("○ 조직 : 1국 2개팀", 2),  # as before
])
def test_a_count_of_guk_before_the_teams_gives_the_team_count(line, teams):
    assert team_count(f"{COVER}Ⅰ. 일반현황\n\n{line}\n\n{PROJECT}") == teams


@pytest.mark.parametrize("general", [
    "# Ⅰ. 일반현황\n\n## 1. 조 직 : 1국 2팀\n\n",  # markdown
    "Ⅰ. 일반현황\n\n  1. 조    직   :   1국 2팀        (의정팀, 의사팀)\n\n",  # space-aligned
    "Ⅰ. 일반현황\n\n\t○ 조 직 : 1국 2팀\n\n",  # tab-indented
])
def test_the_count_reads_in_markdown_aligned_and_tab_text(general):
    assert team_count(f"{COVER}{general}{PROJECT}") == 2


def test_a_count_of_teams_after_a_word_ending_in_guk_is_still_none():
    """`전국 32개팀` in a project's item counts no department's teams: a 국 only counts with its number."""
    assert team_count(f"{COVER}Ⅰ. 일반현황\n\n○ 인력 : 10명\n\n{PROJECT}") is None


@pytest.mark.parametrize("item", ["○ 한·중·일 3국 12팀 참가", "○ 아시아 5국 20팀 초청 교류전"])
def test_a_count_of_countries_and_teams_in_a_project_gives_no_team_count(item):
    """Outside the general part a 국 counted before teams is the organisation's only after 조직: a project's item
    counts countries so."""
    project = f"Ⅱ. 주요업무 추진실적\n\n1. 국제 교류 대회\n\n{item}\n"
    assert team_count(f"{COVER}Ⅰ. 일반현황\n\n○ 인력 : 10명\n\n{project}") is None


def test_a_labelled_count_of_guk_and_teams_outside_the_general_part_still_reads():
    assert team_count(f"{COVER}1. 조 직 : 1국 2팀\n\n{PROJECT}") == 2


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 9), st.integers(1, 30), st.sampled_from(["", " ", "  "]), st.sampled_from([":", "：", "-"]))
def test_any_count_of_guk_and_teams_reads_the_teams(guks, teams, space, colon):
    line = f"○ 조 직 {colon} {guks}{space}국 {teams}{space}팀"
    assert team_count(f"{COVER}Ⅰ. 일반현황\n\n{line}\n\n{PROJECT}") == teams
