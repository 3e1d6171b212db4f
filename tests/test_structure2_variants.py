"""How a projects part is split into projects where the part groups its projects under their teams' lines
(`1. 총무팀` over `① 청사 시설 관리`), and a pdftotext list table whose rows are parted by blank lines."""

import pytest

from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def titled(r):
    """(seq, title, purpose, (part, item) of each item, (budget, executed) of each budget line) of each project
    with anything of its own (a group's line has none)."""
    return [(p.seq, p.title, p.purpose, [(i.heading, i.text) for i in p.items],
             [(b.budget_krw, b.executed_krw) for b in p.budget_lines])
            for p in r.projects if p.purpose or p.items or p.budget_lines]


HEAD = "2025년 주요업무 보고\n\n총 무 과\n\nⅡ. 주요업무 추진실적\n\n"

# --- circled titles under a team's line numbered `1.` ------------------------------------------------------------


def _project(mark: str, title: str, purpose: str, item: str, budget: str, executed: str, md: bool) -> str:
    h3, h4 = ("### ", "#### ") if md else ("", "")
    return (f"{h3}{mark} {title}\n\n{purpose}\n\n{h4}□ 주요 추진실적\n\n ○ {item}\n\n{h4}□ 예산현황\n\n(단위: 천원)\n\n"
            f"예산액\t집행액\n{budget}(구비)\t{executed}(구비)\n\n")


def grouped(md: bool) -> str:
    h2 = "## " if md else ""
    return (HEAD + f"{h2}1. 총무팀\n\n"
            + _project("①", "청사 시설 관리", "청사 시설물을 안전하게 유지·관리하고자 함", "본관 외벽 보수: 4월",
                       "300,000", "141,550", md)
            + _project("②", "당직 운영", "당직 근무를 내실있게 운영하고자 함", "당직실 환경 개선: 2월",
                       "50,000", "10,000", md)
            + f"{h2}2. 인사팀\n\n"
            + _project("①", "공정한 인사 운영", "공정한 인사행정을 구현하고자 함", "정기인사 사전 공지: 1월",
                       "20,000", "5,000", md))


GROUPED_PROJECTS = [
    (1, "청사 시설 관리", "청사 시설물을 안전하게 유지·관리하고자 함", [("주요 추진실적", "본관 외벽 보수: 4월")],
     [(300_000_000, 141_550_000)]),
    (2, "당직 운영", "당직 근무를 내실있게 운영하고자 함", [("주요 추진실적", "당직실 환경 개선: 2월")],
     [(50_000_000, 10_000_000)]),
    (1, "공정한 인사 운영", "공정한 인사행정을 구현하고자 함", [("주요 추진실적", "정기인사 사전 공지: 1월")],
     [(20_000_000, 5_000_000)])]


@pytest.mark.parametrize("md", [True, False])
def test_circled_titles_under_a_teams_line_numbered_with_digits_title_projects(md):
    # before, `1. 총무팀` was the part's first title, so that its titles were numbered with digits and every `①`
    # line an item: 총무팀 took `청사 시설 관리` and `당직 운영` as items and 청사 시설 관리's purpose and budget;
    # 당직 운영's project had no title. In plain text `2. 인사팀` (a paragraph, numbered 2 where the next project
    # is the 4th) was an item of 당직 운영 even before: it is the next group's line, as its markdown heading is
    r = report(grouped(md), "t.md" if md else "t.txt")
    assert titled(r) == GROUPED_PROJECTS
    assert [(p.seq, p.title) for p in r.projects] == [
        (1, "총무팀"), (1, "청사 시설 관리"), (2, "당직 운영"), (2, "인사팀"), (1, "공정한 인사 운영")]


# --- a pdftotext list of projects whose rows are parted by blank lines -------------------------------------------

LIST_TABLE = ("                           2024년 주요업무 보고\n\n                              총 무 과\n\n"
              "Ⅱ. 주요업무 추진실적\n\n□ 사업 목록\n\n"
              "  연번        사 업 명                        담 당\n\n"
              "   1      청사 에너지 효율화               청사관리팀\n\n"
              "   2      공정하고 투명한 인사 운영        인사팀\n\n"
              "   3      직원 역량 강화 교육              교육후생팀\n\n"
              "① 청사 에너지 효율화 (청사관리팀)\n\n노후 청사 설비를 고효율 설비로 바꾸어 에너지 사용을 줄이고자 함\n\n"
              "□ 주요 추진실적\n\n○ 본관 냉난방기 교체(120대): 2월~4월 / 1,250,000천원\n\n□ 예산현황\n\n"
              "                                   (단위: 천원)\n"
              "      예산액            집행액        집행률(%)\n"
              "  3,512,400(구비)   1,604,800(구비)        45.7\n")


def test_a_list_of_projects_parted_by_blank_lines_stays_one_table():
    # before, each row of the list below a blank line was taken for a project's title line (number, title, team),
    # so the table was broken apart: rows 2 and 3 became projects, the last taking 청사 에너지 효율화's title as an
    # item, its purpose and budget table
    document = read_text("t.txt", LIST_TABLE.encode())
    assert [table.rows for table in document.blocks if isinstance(table, Table)][0] == (
        ("연번", "사 업 명", "담 당"), ("1", "청사 에너지 효율화", "청사관리팀"),
        ("2", "공정하고 투명한 인사 운영", "인사팀"), ("3", "직원 역량 강화 교육", "교육후생팀"))
    assert titled(extract_report(document)) == [
        (1, "청사 에너지 효율화", "노후 청사 설비를 고효율 설비로 바꾸어 에너지 사용을 줄이고자 함",
         [("주요 추진실적", "본관 냉난방기 교체(120대): 2월~4월 / 1,250,000천원")], [(3_512_400_000, 1_604_800_000)])]


def test_a_title_line_below_a_list_of_projects_is_no_row_of_it():
    """A title line numbered 1 below the list's row 3 numbers no row of the list: a line of its own."""
    text = LIST_TABLE.replace("① 청사 에너지 효율화 (청사관리팀)\n",
                              "   1      청사 에너지 효율화                               청사관리팀\n")
    blocks = read_text("t.txt", text.encode()).blocks
    table = next(k for k, block in enumerate(blocks) if isinstance(block, Table))
    assert len(blocks[table].rows) == 4
    assert blocks[table + 1].text == "1 청사 에너지 효율화 청사관리팀"
