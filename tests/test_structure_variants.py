"""The document's structure as report writers vary it: sibling numbering, teams in titles, parts, tables of
contents, numbered items, tabs."""

import pytest

from extractors import extract_report
from extractors.projects import split_team
from pipeline.read_text import read_text

COVER = "2025년 주요업무 보고\n\n행정지원국 총무과\n\nⅡ. 주요업무 추진실적\n\n"


def report(body: str, cover: str = COVER, name: str = "t.txt"):
    return extract_report(read_text(name, (cover + body).encode()))


def outline(items, depth=0):
    """(depth, text) of items and their children, in order."""
    return [row for item in items for row in [(item.depth, item.text), *outline(item.children)]]


@pytest.mark.parametrize(("first", "second", "third"), [("1)", "2)", "3)"), ("(1)", "(2)", "(3)"),
                                                        ("가.", "나.", "다."), ("❶", "❷", "❸")])
def test_siblings_numbered_alike_are_one_level(first, second, third):
    """`1)`, `2)` are one mark to nest by: each numbered item is a sibling of the one before."""
    (project,) = report(f"① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n ○ 안전점검 실시\n"
                        f"   {first} 정기점검: 3월\n   {second} 수시점검: 7월\n    - 야간: 8월\n"
                        f"   {third} 특별점검: 9월\n ○ 소방훈련\n").projects
    assert outline(project.items) == [(0, "안전점검 실시"), (1, "정기점검: 3월"), (1, "수시점검: 7월"),
                                      (2, "야간: 8월"), (1, "특별점검: 9월"), (0, "소방훈련")]


@pytest.mark.parametrize(("title", "team"), [
    ("청사 시설물 안전관리 (세무1팀)", "세무1팀"),
    ("청사 시설물 안전관리 (총무팀, 청사관리팀)", "총무팀, 청사관리팀"),
    ("청사 시설물 안전관리 (녹지조성팀·공원관리팀)", "녹지조성팀, 공원관리팀"),
    ("청사 시설물 안전관리 (녹지조성팀/공원관리팀)", "녹지조성팀, 공원관리팀"),
    ("청사 시설물 안전관리 (담당: 청사관리팀)", "청사관리팀"),
    ("청사 시설물 안전관리 (담당 : 공원관리팀)", "공원관리팀"),
    ("청사 시설물 안전관리 [주무부서: 청사관리팀]", "청사관리팀"),
    ("청사 시설물 안전관리 - 청사관리팀", "청사관리팀"),
    ("청사 시설물 안전관리 【청사관리팀】", "청사관리팀"),
    ("청사 시설물 안전관리 (청사 관리팀)", "청사관리팀"),
    ("청사 시설물 안전관리 청사관리팀", "청사관리팀"),
    ("청사 시설물 안전관리 (청사관리팀 외 1)", "청사관리팀"),  # the lead team of several
])
def test_the_teams_a_title_ends_with(title, team):
    assert split_team(title) == ("청사 시설물 안전관리", team)
    (project,) = report(f"① {title}\n\n청사를 관리하고자 함\n\n□ 추진실적\n ○ 안전점검: 연중\n").projects
    assert (project.title, project.team) == ("청사 시설물 안전관리", team)


def test_a_title_without_a_team_keeps_its_brackets():
    assert split_team("청사 시설물 안전관리 (가칭)") == ("청사 시설물 안전관리 (가칭)", None)
    # but for a continuity marker (`(신규)`, `(확대)`), which is the project's (tests/test_title_markers_variants.py)
    assert split_team("청사 시설물 안전관리 (신규)") == ("청사 시설물 안전관리", None)
    assert split_team("청사 시설물 안전관리 (확대)") == ("청사 시설물 안전관리", None)
    assert split_team("드림팀") == ("드림팀", None)


def test_a_part_named_with_its_year_without_nyeon():
    """`Ⅲ. 2026 주요업무 계획` is a part as `Ⅲ. 2026년 주요업무 계획` is: its project is Ⅲ's first, not Ⅱ's second."""
    done, planned = report("① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n ○ 안전점검: 연중\n\n"
                           "Ⅲ. 2026 주요업무 계획\n\n① 신청사 건립 (청사관리팀)\n\n청사를 신축하고자 함\n").projects
    assert [(p.section, p.seq, p.title) for p in (done, planned)] == [
        ("Ⅱ 주요업무 추진실적", 1, "청사 관리"), ("Ⅲ 2026 주요업무 계획", 1, "신청사 건립")]


CONTENTS_LINES = "① 청사 시설물 안전관리 ··········· 3\n② 직원 역량강화 교육 운영 ..... ······ 4\n\n"


def test_a_table_of_contents_printed_as_lines_is_no_project():
    """`① 제목 ····· 3` lines list the section's projects: the body's titles stand, once each."""
    body = ("① 청사 시설물 안전관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n ○ 안전점검: 연중\n\n"
            "② 직원 역량강화 교육 운영 (교육후생팀)\n\n역량을 강화하고자 함\n\n□ 추진실적\n ○ 신규직원 교육: 3월\n")
    projects = report(CONTENTS_LINES + body).projects
    assert [(p.seq, p.title, p.team, p.title_from, p.purpose) for p in projects] == [
        (1, "청사 시설물 안전관리", "청사관리팀", "body", "청사를 관리하고자 함"),
        (2, "직원 역량강화 교육 운영", "교육후생팀", "body", "역량을 강화하고자 함")]


def test_titles_from_a_table_of_contents_printed_as_lines():
    body = ("청사를 관리하고자 함\n\n□ 추진실적\n\n- 안전점검: 연중\n\n"
            "역량을 강화하고자 함\n\n□ 추진실적\n\n- 신규직원 교육: 3월\n")
    projects = report(CONTENTS_LINES + body).projects
    assert [(p.seq, p.title, p.title_from, [i.text for i in p.items]) for p in projects] == [
        (1, "청사 시설물 안전관리", "toc", ["안전점검: 연중"]),
        (2, "직원 역량강화 교육 운영", "toc", ["신규직원 교육: 3월"])]


NUMBERED_ITEMS = ("① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n{items}\n\n"
                  "□ 향후계획\n\n- 동절기 점검: 11월\n\n"
                  "② 직원 교육 (교육후생팀)\n\n역량을 강화하고자 함\n\n□ 추진실적\n\n- 신규직원 교육: 3월\n")


@pytest.mark.parametrize(("items", "name"), [
    ("\n1.  정기점검: 3월\n\n2.  수시점검: 7월\n\n3.  특별점검: 9월", "t.md"),  # pandoc's loose list
    ("\n1.  정기점검: 3월\n2.  수시점검: 7월\n3.  특별점검: 9월", "t.md"),  # its tight list
    (" 1. 정기점검: 3월\n 2. 수시점검: 7월\n 3. 특별점검: 9월", "t.txt"),
])
def test_items_numbered_under_a_part_are_items(items, name):
    """`1.` `2.` `3.` under `□ 추진실적` are three items: not projects, not one item."""
    first, second = report(NUMBERED_ITEMS.format(items=items), name=name).projects
    assert [(i.heading, i.text, i.start_month) for i in first.items] == [
        ("추진실적", "정기점검: 3월", 3), ("추진실적", "수시점검: 7월", 7), ("추진실적", "특별점검: 9월", 9),
        ("향후계획", "동절기 점검: 11월", 11)]
    assert (second.seq, second.title, [i.text for i in second.items]) == (2, "직원 교육", ["신규직원 교육: 3월"])


def test_a_title_numbered_as_the_next_item_that_names_its_team_is_a_title():
    body = ("1. 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n\n1. 정기점검: 3월\n\n"
            "2. 직원 교육 (교육후생팀)\n\n역량을 강화하고자 함\n\n□ 추진실적\n\n"
            "1. 신규직원 교육: 3월\n\n2. 보수교육: 5월\n")
    first, second = report(body).projects
    assert [(p.seq, p.title, p.team, [i.text for i in p.items]) for p in (first, second)] == [
        (1, "청사 관리", "청사관리팀", ["정기점검: 3월"]),
        (2, "직원 교육", "교육후생팀", ["신규직원 교육: 3월", "보수교육: 5월"])]


@pytest.mark.parametrize("items", [
    "\t○ 청사 시설 정비: 3월~5월\n\t\t- 본관 승강기 교체: 4월\n\t○ 안전점검 실시: 연중\n",
    "○\t청사 시설 정비: 3월~5월\n  -\t본관 승강기 교체: 4월\n○\t안전점검 실시: 연중\n",
])
def test_bullets_indented_with_tabs_or_a_tab_after_the_mark_are_bullets(items):
    """A line whose tabs only indent it or follow its bullet's mark is no row of a tab-separated table."""
    r = report(f"① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n{items}\n"
               "□ 예산현황\n\n(단위: 천원)\n예산액\t집행액\t집행률(%)\n1,000\t500\t50.0\n")
    (project,) = r.projects
    assert outline(project.items) == [(0, "청사 시설 정비: 3월~5월"), (1, "본관 승강기 교체: 4월"),
                                      (0, "안전점검 실시: 연중")]
    assert [(b.budget_krw, b.executed_krw) for b in project.budget_lines] == [(1_000_000, 500_000)]
    assert r.tables == []


def test_purposes_written_as_noun_phrases_part_projects_the_contents_list():
    """Titles only in the section's table of contents, purposes ending `…조성`, `…도모`: two projects each with
    its own purpose, items and budget."""
    project = ("{purpose}\n\n□ 추진실적\n\n- {item}\n\n□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n"
               "{budget}(구비)\t{executed}(구비)\t50.0\n\n")
    contents = "연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n②\t직원 역량강화 교육 운영\t4\n\n"
    first, second = report(contents + project.format(
        purpose="청사 시설물을 안전하게 관리하여 쾌적한 근무환경 조성", item="안전점검 실시: 연중", budget="500,000",
        executed="250,000") + project.format(
        purpose="직원 역량 강화를 통한 행정 서비스의 질 향상 도모", item="신규직원 교육: 3월", budget="100,000",
        executed="50,000")).projects
    assert [(p.seq, p.title, p.title_from, p.purpose, [i.text for i in p.items],
             [b.budget_krw for b in p.budget_lines]) for p in (first, second)] == [
        (1, "청사 시설물 안전관리", "toc", "청사 시설물을 안전하게 관리하여 쾌적한 근무환경 조성",
         ["안전점검 실시: 연중"], [500_000_000]),
        (2, "직원 역량강화 교육 운영", "toc", "직원 역량 강화를 통한 행정 서비스의 질 향상 도모",
         ["신규직원 교육: 3월"], [100_000_000])]


def test_a_paragraph_above_a_new_part_stays_an_item():
    """Above a part the project has not had yet, a paragraph that ends no purpose is an item of the part above."""
    body = ("연번\t사 업 명\t쪽\n①\t청사 관리\t3\n②\t직원 교육\t4\n\n청사를 관리하고자 함\n\n□ 추진실적\n\n"
            "- 안전점검: 연중\n\n3개소 점검 완료\n\n□ 향후계획\n\n- 동절기 점검: 11월\n")
    (project,) = report(body).projects
    assert [(i.heading, i.text) for i in project.items] == [
        ("추진실적", "안전점검: 연중"), ("추진실적", "3개소 점검 완료"), ("향후계획", "동절기 점검: 11월")]


def test_a_bullet_wrapped_without_indentation_in_text_without_blank_lines():
    """Plain `pdftotext`: a bullet's line broken off mid-sentence goes on onto the next line, however indented,
    and the bullets after it keep their levels."""
    text = ("2025년 주요업무 보고\n행정지원국 총무과\nⅡ. 주요업무 추진실적\n① 청사 관리 (청사관리팀)\n"
            "청사를 관리하고자 함\n□ 추진실적\n○ 청사 시설 정비\n"
            "- 본관 승강기 교체: 3월~5월 / 300,000천원, 노후 기계실 설비 일체 교체 및 안전 인증 검사를\n"
            "받아 운행 재개\n- 별관 옥상 방수: 4월 / 50,000천원\n○ 안전점검 실시: 연중\n"
            "○ 소방시설 정비: 6월 / 12,000천원, 소화설비와 경보설비 점검 및 노후 감지기 교체 완료: 6월 / 12,000천원\n"
            "수시점검 병행\n")
    (project,) = report(text, cover="").projects
    assert outline(project.items) == [
        (0, "청사 시설 정비"),
        (1, "본관 승강기 교체: 3월~5월 / 300,000천원, 노후 기계실 설비 일체 교체 및 안전 인증 검사를 받아 운행 재개"),
        (1, "별관 옥상 방수: 4월 / 50,000천원"), (0, "안전점검 실시: 연중"),
        (0, "소방시설 정비: 6월 / 12,000천원, 소화설비와 경보설비 점검 및 노후 감지기 교체 완료: 6월 / 12,000천원"),
        (0, "수시점검 병행")]


def test_bullet_marks_right_before_their_text():
    """`○청사 시설 정비`, `-본관 …` with no space after the mark are bullets; not `*` (markdown's emphasis)."""
    (project,) = report("① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n□ 추진실적\n○청사 시설 정비\n"
                        " -본관 승강기 교체: 3월\n -별관 옥상 방수: 4월\n○안전점검 실시: 연중\n").projects
    assert outline(project.items) == [(0, "청사 시설 정비"), (1, "본관 승강기 교체: 3월"), (1, "별관 옥상 방수: 4월"),
                                      (0, "안전점검 실시: 연중")]
    (project,) = report("① 청사 관리 (청사관리팀)\n\n*청사를 관리하고자 함\n").projects
    assert (project.purpose, project.items) == ("*청사를 관리하고자 함", [])


def test_markdown_emphasis_is_dropped():
    """pandoc's `*italic*` is the text alone, as `**bold**` is; a lone `*` stays."""
    (project,) = report("## ① 청사 관리 (청사관리팀)\n\n*청사를 관리하고자 함*\n\n**□ 추진실적**\n\n"
                        "-   *정기점검*: 3월\n-   점검 대상 5*3 구역: 연중\n", name="t.md").projects
    assert project.purpose == "청사를 관리하고자 함"
    assert [(i.text, i.start_month) for i in project.items] == [("정기점검: 3월", 3), ("점검 대상 5*3 구역: 연중", 1)]


@pytest.mark.parametrize("header", ["순번\t사업명\t페이지", "연번\t사 업 명\t담당팀\t쪽"])
def test_a_parts_contents_headed_otherwise_gives_its_titles_and_teams(header):
    team = "\t총무팀" if "담당팀" in header else ""
    text = ("제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅱ. 주요업무 추진실적\n\n"
            f"{header}\n1\t청사 관리{team}\t5\n2\t인사 운영{team}\t6\n\n"
            "청사를 관리하고자 함\n\n## □ 추진실적\n\n- 보수: 4월\n\n"
            "인사를 공정하게 운영하고자 함\n\n## □ 추진실적\n\n- 인사: 7월\n")
    projects = extract_report(read_text("t.txt", text.encode())).projects
    assert [(p.title, p.team) for p in projects] == [("청사 관리", "총무팀" if team else None),
                                                    ("인사 운영", "총무팀" if team else None)]
