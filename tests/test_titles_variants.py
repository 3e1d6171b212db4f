"""Project titles and teams as reports print them beyond the title line: in a box (a table of one cell), only in
the table of contents over projects without a purpose, with the team on a line of its own, a title ending in a
word that ends in 팀."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n"


def report(body: str, name: str = "t.md", cover: str = COVER):
    return extract_report(read_text(name, (cover + body).encode()))


def summary(r):
    """(seq, title, team, title_from, item texts) of each project."""
    return [(p.seq, p.title, p.team, p.title_from, [i.text for i in p.items]) for p in r.projects]


GRID_BOX = ("+------------------------------------------------+\n"
            "| ① 안전하고 쾌적한 청사환경 조성 (청사관리팀)   |\n"
            "+------------------------------------------------+\n")
PIPE_BOX = "| ② 화합행정과 공정한 인사 (인사팀) |\n|---|\n"
HTML_BOX = "<table><tr><td>③ 미래지향적 전문인재 양성 (교육후생팀)</td></tr></table>\n"


def test_titles_printed_in_boxes_start_their_projects():
    # before, each box was kept as a table of one cell of the project before (captioned `예산현황`), and the
    # three projects, started at their purposes, had no title and no team
    r = report(f"{GRID_BOX}\n청사를 안전하게 관리하고자 함\n\n**□ 주요 추진실적**\n\n-   청사 방수공사: 4월~5월\n\n"
               "**□ 예산현황**\n\n(단위: 천원)\n\n| 예산액 | 집행액 | 집행률(%) |\n|---|---|---|\n"
               "| 2,698,307(구비) | 1,862,509(구비) | 69.0 |\n\n"
               f"{PIPE_BOX}\n공정한 인사를 하고자 함\n\n**□ 주요 추진실적**\n\n-   정기인사: 1월, 7월\n\n"
               f"{HTML_BOX}\n인재를 양성하고자 함\n\n**□ 주요 추진실적**\n\n-   직무교육: 3월~5월\n")
    assert summary(r) == [
        (1, "안전하고 쾌적한 청사환경 조성", "청사관리팀", "body", ["청사 방수공사: 4월~5월"]),
        (2, "화합행정과 공정한 인사", "인사팀", "body", ["정기인사: 1월, 7월"]),
        (3, "미래지향적 전문인재 양성", "교육후생팀", "body", ["직무교육: 3월~5월"])]
    assert [p.source.line for p in r.projects] == [8, 25, 34]
    assert [p.purpose for p in r.projects] == ["청사를 안전하게 관리하고자 함", "공정한 인사를 하고자 함",
                                               "인재를 양성하고자 함"]
    assert [(t.caption, t.project_seq) for t in r.tables] == []
    assert [line.budget_krw for line in r.projects[0].budget_lines] == [2698307000]


def test_a_box_numbered_1_titles_the_first_project_and_other_boxes_stay_tables():
    r = report("| 1. 청사 관리 (청사관리팀) |\n|---|\n\n청사를 관리하고자 함\n\n□ 추진실적\n\n- 방수공사: 4월\n\n"
               "| ※ 방수공사는 우기 전에 마침 |\n|---|\n")
    assert summary(r) == [(1, "청사 관리", "청사관리팀", "body", ["방수공사: 4월"])]
    assert [(t.rows, t.project_seq) for t in r.tables] == [([["※ 방수공사는 우기 전에 마침"]], 1)]


CONTENTS = ("연번\t사 업 명\t쪽\n①\t개별공시지가 조사·결정\t4\n②\t부동산 중개업소 지도·점검\t5\n"
            "③\t도로명주소 시설물 정비\t6\n\n")
FIRST = ("## □ 사업개요\n\n- 대상: 관내 토지 31,240필지\n\n## □ 주요 추진실적\n\n- 결정·공시: 4월\n\n"
         "## □ 향후계획\n\n- 이의신청 처리: 6월\n\n")
SECOND = "## □ 사업개요\n\n- 대상: 중개업소 820개소\n\n## □ 주요 추진실적\n\n- 합동 지도점검: 3월~4월\n\n"
THIRD = "## □ 사업개요\n\n- 대상: 시설물 12,400개\n\n## □ 주요 추진실적\n\n- 시설물 교체: 2월~5월\n"
TITLES = ["개별공시지가 조사·결정", "부동산 중개업소 지도·점검", "도로명주소 시설물 정비"]
ITEMS = [["대상: 관내 토지 31,240필지", "결정·공시: 4월", "이의신청 처리: 6월"],
         ["대상: 중개업소 820개소", "합동 지도점검: 3월~4월"], ["대상: 시설물 12,400개", "시설물 교체: 2월~5월"]]


@pytest.mark.parametrize(("first", "third"), [
    ("", ""),  # no project prints a purpose
    ("개별공시지가를 결정하고자 함\n\n", "도로명주소 시설물을 정비하고자 함\n\n"),  # only the second prints none
])
def test_a_part_printed_again_opens_the_next_project_the_contents_lists(first, third):
    # before, the second (and third) `□ 사업개요` went on the project before: one or two projects, and as the
    # contents listed three, no title at all
    r = report(CONTENTS + first + FIRST + SECOND + third + THIRD, cover=COVER.replace("총무과", "부동산정보과"))
    assert summary(r) == [(k + 1, TITLES[k], None, "toc", ITEMS[k]) for k in range(3)]
    second_at = (COVER + CONTENTS + first + FIRST).count("\n") + 1
    assert r.projects[1].source.line == second_at


def test_a_part_printed_again_in_a_project_the_body_titles_stays_its_own():
    cover = ("2025년 주요업무 보고\n\n총무과\n\n목 차\n\nⅡ. 주요업무 추진실적 ···· 3\n\n① 청사 관리 ···· 3\n\n"
             "② 인사 운영 ···· 4\n\nⅡ. 주요업무 추진실적\n\n")
    r = report("① 청사 관리 (청사관리팀)\n\n□ 추진실적\n\n○ 본관 점검\n\n□ 추진실적\n\n○ 별관 점검\n", cover=cover)
    assert summary(r) == [(1, "청사 관리", "청사관리팀", "body", ["본관 점검", "별관 점검"])]


PROJECT = "청사를 관리하고자 함\n\n□ 주요 추진실적\n\n○ 방수공사 : 4월\n"


@pytest.mark.parametrize("team_line", [
    "(청사관리팀)", "(담당: 청사관리팀)", "청사관리팀", "\n(청사관리팀)", "담당부서 : 청사관리팀",
    "(담당: 청사관리팀장 홍길동 ☎ 2670-3101)", "(청사관리팀장 홍길동)", "(청사관리팀 ☎ 2670-3101)",
])
@pytest.mark.parametrize("name", ["t.md", "t.txt"])
def test_a_team_on_a_line_of_its_own_under_the_title(team_line, name):
    # before, the team was lost and its line glued into the purpose: `(청사관리팀) 청사를 관리하고자 함`
    r = report(f"① 청사환경 조성\n{team_line}\n\n{PROJECT}", name=name)
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("청사환경 조성", "청사관리팀", "청사를 관리하고자 함")]


def test_team_lines_in_text_without_blank_lines():
    r = report("① 청사환경 조성\n(청사관리팀)\n청사를 관리하고자 함\n□ 주요 추진실적\n○ 방수공사 : 4월\n"
               "② 인사 운영\n(인사팀)\n인사를 하고자 함\n□ 주요 추진실적\n○ 정기인사 : 1월\n",
               name="t.txt", cover="2024년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n")
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("청사환경 조성", "청사관리팀", "청사를 관리하고자 함"), ("인사 운영", "인사팀", "인사를 하고자 함")]


def test_a_line_naming_a_team_after_the_purpose_or_under_a_title_with_its_team_stays_text():
    r = report(f"① 청사환경 조성 (총무팀)\n\n(청사관리팀)\n\n{PROJECT}\n"
               "② 인사 운영 (인사팀)\n\n인사를 하고자 함\n\n교육후생팀\n\n□ 주요 추진실적\n\n○ 정기인사 : 1월\n")
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("청사환경 조성", "총무팀", "(청사관리팀) 청사를 관리하고자 함"),
        ("인사 운영", "인사팀", "인사를 하고자 함 교육후생팀")]


@pytest.mark.parametrize(("title", "team"), [
    ("직원 후생복지 증진 (교육후생팀 ☎ 2670-3120)", "교육후생팀"),
    ("직원 후생복지 증진 (담당: 교육후생팀장 김영희 ☎ 2670-3120)", "교육후생팀"),
    ("직원 후생복지 증진 [교육후생팀 ☏ 3120]", "교육후생팀"),
    ("직원 후생복지 증진                총무과장 김철수 / 교육후생팀장 이영희", "교육후생팀"),
])
def test_a_team_with_its_head_and_phone_on_the_title_line(title, team):
    # before, the bracket stayed in the title and no team was read
    r = report(f"① {title}\n\n직원 복지를 증진하고자 함\n\n□ 주요 추진실적\n\n○ 휴양소 운영 : 연중\n")
    assert [(p.title, p.team) for p in r.projects] == [("직원 후생복지 증진", team)]


def sports(title: str) -> str:
    return f"### {title}\n\n생활체육을 진흥하고자 함\n\n**□ 주요 추진실적**\n\n- 리그 운영: 3월\n\n"


@pytest.mark.parametrize("title", ["한빛구청 직장운동경기부 여자축구팀", "주민 재난안전 대응팀", "동 주민센터 복지팀"])
def test_a_title_ending_in_a_team_word_where_the_report_brackets_its_teams(title):
    # before, `여자축구팀` was the project's team and the title lost it
    r = report(sports("① 생활체육 동호회 지원 (체육진흥팀)") + sports(f"② {title}")
               + sports("③ 청소년 동아리 지원 (문화예술팀)"))
    assert [(p.title, p.team) for p in r.projects] == [
        ("생활체육 동호회 지원", "체육진흥팀"), (title, None), ("청소년 동아리 지원", "문화예술팀")]


def test_a_title_ending_in_a_team_word_over_a_team_line_takes_the_line():
    r = report(f"① 직장운동경기부 여자축구팀\n(체육진흥팀)\n\n{PROJECT}\n"
               f"② 여자축구팀 운영\n\n(체육진흥팀)\n\n{PROJECT}")
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("직장운동경기부 여자축구팀", "체육진흥팀", "청사를 관리하고자 함"),
        ("여자축구팀 운영", "체육진흥팀", "청사를 관리하고자 함")]


def test_teams_printed_unbracketed_throughout_stay_teams():
    r = report(f"1 청사 관리 청사관리팀\n\n{PROJECT}\n2 직원 후생복지 운영 교육후생팀\n\n{PROJECT}", name="t.txt")
    assert [(p.title, p.team) for p in r.projects] == [
        ("청사 관리", "청사관리팀"), ("직원 후생복지 운영", "교육후생팀")]


def test_teams_printed_unbracketed_but_once_stay_teams():
    r = report(f"1 청사 관리 청사관리팀\n\n{PROJECT}\n2 직원 후생복지 운영 교육후생팀\n\n{PROJECT}\n"
               f"3 행복한 일터를 위한 직원 역량강화 교육\n(교육후생팀)\n\n{PROJECT}", name="t.txt")
    assert [(p.title, p.team) for p in r.projects] == [
        ("청사 관리", "청사관리팀"), ("직원 후생복지 운영", "교육후생팀"),
        ("행복한 일터를 위한 직원 역량강화 교육", "교육후생팀")]


def test_a_box_inside_a_project_is_no_title():
    """A numbered box among a project's achievements (`① 놀이시설 교체`, not the next project's number) stays a table
    of that project; before, it started a project of its own, taking the project's items."""
    r = report(f"{GRID_BOX}\n청사를 안전하게 관리하고자 함\n\n**□ 주요 추진실적**\n\n"
               "| ① 놀이시설 교체 (12개소) |\n|---|\n\n-   청사 방수공사: 4월~5월\n")
    assert summary(r) == [(1, "안전하고 쾌적한 청사환경 조성", "청사관리팀", "body", ["청사 방수공사: 4월~5월"])]
    assert [table.rows for table in r.tables] == [[["① 놀이시설 교체 (12개소)"]]]
