"""A project's numbered title whose team a tab sets apart (`1  스마트 CCTV 통합관제 고도화<TAB>스마트안전팀`), as HWP's
right tab stop puts the team at the margin and its text export prints the tab: the title line it is, as
`pdftotext -layout` prints it with spaces; before, a table of one row, so that the projects had no title and no
team and ran into one (but a title tabbed after its number too, three cells, which was read as a title)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import box_tables, grid_tables, html_tables, make_pdfs, pipe_tables

COVER = "새빛구의회 제314회 정례회\n\n2025년도 주요업무 추진상황 보고\n\n안전총괄과\n\n2025. 6.\n\n"
FIRST = ("\n\n□ 사업개요\n ○ 기    간 : ’25. 1. ~ 12.\n ○ 사 업 비 : 1억 2,500만원 (구비)\n\n"
         "□ 추진실적\n ○ 선별관제 시스템 구축 : ’25. 1. ~ 5.\n ○ 노후 CCTV 교체 130대 : ’25. 3. ~ 4. / 2.5억원\n\n"
         "□ 향후계획\n ○ 관제요원 교육 : 7월\n\n")
SECOND = ("\n\n□ 사업개요\n ○ 예    산 : 3억원 (재난관리기금)\n\n"
          "□ 추진실적\n ○ 빗물받이 일제 정비 : ’25. 3. ~ 5. / 8,500만원\n\n"
          "□ 향후계획\n ○ 재난안전대책본부 비상근무 : 6월 ~ 10월\n")
TITLES = {  # how the two titles print: the number, the title and the team
    "number spaced": ("1  스마트 CCTV 통합관제 고도화\t스마트안전팀", "2  여름철 자연재난 대비 대책\t재난관리팀"),
    "number tabbed": ("1\t스마트 CCTV 통합관제 고도화\t스마트안전팀", "2\t여름철 자연재난 대비 대책\t재난관리팀"),
    "team bracketed": ("1. 스마트 CCTV 통합관제 고도화\t\t(스마트안전팀)",
                       "2. 여름철 자연재난 대비 대책\t\t(재난관리팀)"),
    "circled": ("① 스마트 CCTV 통합관제 고도화\t스마트안전팀", "② 여름철 자연재난 대비 대책\t재난관리팀"),
}


def text(titles: tuple[str, str]) -> str:
    return f"{COVER}Ⅱ  주요업무 추진실적\n\n{titles[0]}{FIRST}{titles[1]}{SECOND}"


def summary(r):
    return [(p.seq, p.title, p.team, [(i.text, i.start_month, i.end_month, i.amount_krw) for i in p.items])
            for p in r.projects]


EXPECTED = [
    (1, "스마트 CCTV 통합관제 고도화", "스마트안전팀", [
        ("기 간 : ’25. 1. ~ 12.", 1, 12, None), ("사 업 비 : 1억 2,500만원 (구비)", None, None, 125_000_000),
        ("선별관제 시스템 구축 : ’25. 1. ~ 5.", 1, 5, None),
        ("노후 CCTV 교체 130대 : ’25. 3. ~ 4. / 2.5억원", 3, 4, 250_000_000), ("관제요원 교육 : 7월", 7, 7, None)]),
    (2, "여름철 자연재난 대비 대책", "재난관리팀", [
        ("예 산 : 3억원 (재난관리기금)", None, None, 300_000_000),
        ("빗물받이 일제 정비 : ’25. 3. ~ 5. / 8,500만원", 3, 5, 85_000_000),
        ("재난안전대책본부 비상근무 : 6월 ~ 10월", 6, 10, None)])]


@pytest.mark.parametrize("titles", TITLES.values(), ids=TITLES)
def test_a_title_with_its_team_after_a_tab_starts_its_project(titles):
    r = extract_report(read_text("t.txt", text(titles).encode()))
    assert summary(r) == EXPECTED
    assert r.tables == []
    assert run_checks(r) == []


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_the_pdf_of_such_a_report_prints_the_titles_as_lines(tmp_path, ruling):
    """The PDF drawn from the text (as `scripts/make_pdfs.py` draws it, from what the reader makes of it) prints
    each title as a line of text, no table of one row."""
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(text(TITLES["number spaced"]), encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    r = extract_file(target)
    assert summary(r) == EXPECTED
    assert r.tables == []


def test_a_tab_table_of_such_rows_stays_a_table():
    """Rows numbered with a team each, under a header or with one another, are a table's (a list of works)."""
    r = extract_report(read_text("t.txt", (
        f"{COVER}Ⅰ  일반현황\n\n□ 공사 현황\n\n연번\t공 사 명\t담 당\n"
        "1\t구민회관 증축\t공공건축팀\n2\t경로당 리모델링\t건축안전팀\n").encode()))
    assert [t.rows for t in r.tables] == [[
        ["연번", "공 사 명", "담 당"], ["1", "구민회관 증축", "공공건축팀"], ["2", "경로당 리모델링", "건축안전팀"]]]
    assert r.projects == []


BUDGET = ("□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n"
          "계\t250,000\t95,000\t38.0\n시비\t100,000\t40,000\t40.0\n")


@pytest.mark.parametrize("blank", ["\n", ""], ids=["blank line", "no blank line"])
def test_a_title_right_below_the_project_before_s_budget_table_starts_its_project(blank):
    """A project closing on its `□ 예산현황` table, the next title (two cells, the table's four) is no row of it:
    before, it was a table of one row (or the budget table's last row), and its project ran into the one above."""
    titles = TITLES["number spaced"]
    r = extract_report(read_text("t.txt", (
        f"{COVER}Ⅱ  주요업무 추진실적\n\n{titles[0]}{FIRST}{BUDGET}{blank}{titles[1]}{SECOND}").encode()))
    assert summary(r) == EXPECTED
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.projects[0].budget_lines] == [
        ("계", 250_000_000, 95_000_000, 38.0), ("시비", 100_000_000, 40_000_000, 40.0)]
    assert r.tables == []


def test_a_circled_title_below_the_table_of_contents_starts_its_project():
    """The contents' last row (`②`, three cells) right above the first title (`①`, two) is no row of it."""
    r = extract_report(read_text("t.txt", (
        f"{COVER}Ⅱ  주요업무 추진실적\n\n연번\t사 업 명\t쪽\n①\t스마트 CCTV 통합관제 고도화 .....\t5\n"
        f"②\t여름철 자연재난 대비 대책 .....\t6\n\n{TITLES['circled'][0]}{FIRST}{TITLES['circled'][1]}{SECOND}"
    ).encode()))
    assert [(p.seq, p.title, p.team) for p in r.projects] == [
        (1, "스마트 CCTV 통합관제 고도화", "스마트안전팀"), (2, "여름철 자연재난 대비 대책", "재난관리팀")]
    assert r.tables == []


def test_titles_listed_over_blank_lines_stay_rows():
    """Rows numbered one after another with a team each, parted by blank lines, are a list's rows, not titles: in
    the general part, each a box's line of its text."""
    document = read_text("t.txt", (
        f"{COVER}Ⅰ  일반현황\n\n□ 공사 현황\n\n1  구민회관 증축\t공공건축팀\n\n2  경로당 리모델링\t건축안전팀\n"
    ).encode())
    assert [block.rows for block in document.blocks if isinstance(block, Table)] == [
        (("1 구민회관 증축", "공공건축팀"),), (("2 경로당 리모델링", "건축안전팀"),)]
    r = extract_report(document)
    assert r.projects == []
    assert [part.text for part in r.general_text[0].parts] == [
        "공사 현황", "1 구민회관 증축 (공공건축팀)", "2 경로당 리모델링 (건축안전팀)"]


@pytest.mark.parametrize("boxed", [pipe_tables, html_tables, grid_tables, box_tables])
@pytest.mark.parametrize("titles", ["number spaced", "circled"])
def test_a_title_box_of_the_numbered_title_and_its_team_starts_its_project(boxed, titles):
    """A title printed as a box of two cells, the numbered title and the team (`| 1  제목 | 스마트안전팀 |`, as HWP
    shades a title and converters print the box as a table of one row), is the title it is; before, a table of one
    row, so that the projects had no title and no team and ran into one."""
    r = extract_report(read_text("t.md", boxed(text(TITLES[titles])).encode()))
    assert summary(r) == EXPECTED
    assert r.tables == []
