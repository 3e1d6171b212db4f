"""Project titles and teams as reports print them beyond the title line: in a box (a table of one cell), only in
the table of contents over projects without a purpose, with the team on a line of its own, a title ending in a
word that ends in 팀."""

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
