"""Projects as converters print them beyond the common layouts: parts printed as bullets (`○ 사업개요`) in projects
whose titles only the table of contents prints, a team printed as a bullet under the title, a stated budget with a
letter-spaced label."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def summary(r):
    """(seq, title, title_from, team, (part, item) of each item) of each project."""
    return [(p.seq, p.title, p.title_from, p.team, [(i.heading, i.text) for i in p.items]) for p in r.projects]


# --- parts printed as bullets, titles in the table of contents only --------------------------------------------

# the part's own contents and two projects whose parts are bullets, as each converter prints them: hwp5txt (a line
# a paragraph, no blank lines, `ㅇ` parts and `-` items), pandoc's markdown (the parts paragraphs, the items a list)
# and `pdftotext -layout` (indented, a page number and a form feed between the projects)
BULLET_PARTS = {
    "hwp5txt": ("t.txt",
                "2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
                "연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n②\t직원 역량강화 교육 운영\t4\n"
                "ㅇ 사업개요\n  - 대상시설: 본관·보건소·별관 청사\n"
                "ㅇ 추진실적\n  - 승강기 정밀점검: 3월\nㅇ 추진실적: 3회 개최\n"
                "ㅇ 향후계획\n  - 외벽타일 보수: 6월\n"
                "ㅇ 사업개요\n  - 대상: 전 직원 1,200명\nㅇ 추진실적\n  - 신규직원 교육: 3월\n"),
    "pandoc markdown": ("t.md",
                        "2025년 주요업무 보고\n\n총무과\n\nⅡ\\. 주요업무 추진실적\n\n"
                        "| 연번 | 사 업 명 | 쪽 |\n|---|---|---|\n| ① | 청사 시설물 안전관리 | 3 |\n"
                        "| ② | 직원 역량강화 교육 운영 | 4 |\n\n"
                        "○ 사업개요\n\n-   대상시설: 본관·보건소·별관 청사\n\n"
                        "○ 추진실적\n\n-   승강기 정밀점검: 3월\n\n○ 추진실적: 3회 개최\n\n"
                        "○ 향후계획\n\n-   외벽타일 보수: 6월\n\n"
                        "○ 사업개요\n\n-   대상: 전 직원 1,200명\n\n○ 추진실적\n\n-   신규직원 교육: 3월\n"),
    "pdftotext -layout": ("t.txt",
                          "                         2025년 주요업무 보고\n\n                               총무과\n\n"
                          "\fⅡ. 주요업무 추진실적\n\n"
                          "    연번              사 업 명                     쪽\n"
                          "     ①        청사 시설물 안전관리                  3\n"
                          "     ②        직원 역량강화 교육 운영               4\n\n"
                          "  ○ 사업개요\n     - 대상시설: 본관·보건소·별관 청사\n"
                          "  ○ 추진실적\n     - 승강기 정밀점검: 3월\n  ○ 추진실적: 3회 개최\n"
                          "  ○ 향후계획\n     - 외벽타일 보수: 6월\n\n                                 - 3 -\n"
                          "\f  ○ 사업개요\n     - 대상: 전 직원 1,200명\n  ○ 추진실적\n     - 신규직원 교육: 3월\n"),
}
BULLET_PROJECTS = [
    (1, "청사 시설물 안전관리", "toc", None,
     [("사업개요", "대상시설: 본관·보건소·별관 청사"), ("추진실적", "승강기 정밀점검: 3월"),
      ("추진실적", "추진실적: 3회 개최"), ("향후계획", "외벽타일 보수: 6월")]),
    (2, "직원 역량강화 교육 운영", "toc", None,
     [("사업개요", "대상: 전 직원 1,200명"), ("추진실적", "신규직원 교육: 3월")])]


@pytest.mark.parametrize("layout", BULLET_PARTS)
def test_a_part_printed_again_as_a_bullet_opens_the_next_project_the_contents_lists(layout):
    # before, the first `ㅇ 사업개요` was an item of a project without parts and the second project's parts went on
    # the first: one project, and as the contents listed two, no title. `ㅇ 추진실적: 3회 개최` is an item, not a part
    name, text = BULLET_PARTS[layout]
    r = report(text, name)
    assert summary(r) == BULLET_PROJECTS
    assert [p.purpose for p in r.projects] == [None, None]


def test_bullet_parts_take_the_titles_the_documents_contents_lists():
    """The contents printed once after the cover (its `Ⅱ` over the part's titles), as with the part's own."""
    cover = ("2025년 주요업무 보고\n총무과\n목 차\nⅠ. 일반현황 ········ 1\nⅡ. 주요업무 추진실적 ········ 3\n"
             "① 청사 시설물 안전관리 (청사관리팀) ········ 3\n② 직원 역량강화 교육 운영 (교육후생팀) ········ 4\n"
             "Ⅰ. 일반현황\n1. 조직\n총무과 - (5)개팀\n")
    _, text = BULLET_PARTS["hwp5txt"]
    r = report(cover + text[text.index("Ⅱ."):].replace("연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n"
                                                        "②\t직원 역량강화 교육 운영\t4\n", ""))
    assert summary(r) == [(seq, title, "toc", team, items) for (seq, title, _, _, items), team
                          in zip(BULLET_PROJECTS, ["청사관리팀", "교육후생팀"], strict=True)]


def test_purposes_written_as_noun_phrases_above_bullet_parts_part_the_projects():
    """A paragraph right above a part the project before has had (`ㅇ 사업개요` again) is the next project's
    purpose, however it ends (`…조성`, `…도모`), as it is above a `□ 사업개요`."""
    r = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
               "연번\t사 업 명\t쪽\n①\t청사 시설물 안전관리\t3\n②\t직원 역량강화 교육 운영\t4\n"
               "청사를 안전하게 관리하여 쾌적한 근무환경 조성\nㅇ 사업개요\n  - 대상: 본관\n"
               "ㅇ 추진실적\n  - 승강기 점검: 3월\n"
               "직원 역량 강화를 통한 행정 서비스의 질 향상 도모\nㅇ 사업개요\n  - 대상: 전 직원\n"
               "ㅇ 추진실적\n  - 신규직원 교육: 3월\n")
    assert [(p.title, p.purpose, [i.text for i in p.items]) for p in r.projects] == [
        ("청사 시설물 안전관리", "청사를 안전하게 관리하여 쾌적한 근무환경 조성", ["대상: 본관", "승강기 점검: 3월"]),
        ("직원 역량강화 교육 운영", "직원 역량 강화를 통한 행정 서비스의 질 향상 도모",
         ["대상: 전 직원", "신규직원 교육: 3월"])]


def test_bullet_parts_printed_again_without_contents_or_under_a_title_stay_the_projects():
    """Without a contents listing more projects, or in a project the body titles, a part printed again is the
    same project's (`- 향후계획` as a part's mark too)."""
    parts = "- 추진실적\n  · 본관 점검: 3월\n- 향후계획\n  · 외벽 보수: 6월\n- 추진실적\n  · 별관 점검: 4월\n"
    untitled = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n" + parts)
    titled = report("2025년 주요업무 보고\n총무과\n목 차\nⅡ. 주요업무 추진실적 ···· 3\n① 청사 관리 ···· 3\n"
                    "② 인사 운영 ···· 4\nⅡ. 주요업무 추진실적\n① 청사 관리 (청사관리팀)\n" + parts)
    items = [("추진실적", "본관 점검: 3월"), ("향후계획", "외벽 보수: 6월"), ("추진실적", "별관 점검: 4월")]
    assert summary(untitled) == [(1, None, None, None, items)]
    assert summary(titled) == [(1, "청사 관리", "body", "청사관리팀", items)]


# --- a team printed as a bullet under the title ------------------------------------------------------------------

TEAM_BULLETS = {
    "hwp5txt": ("t.txt",
                "2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
                "① 청사환경 조성\n  - 담당: 청사관리팀\n청사를 관리하고자 함\n□ 주요 추진실적\n  ○ 방수공사 : 4월\n"
                "② 인사 운영\n  - 담당부서 : 인사팀 (☎ 2670-3000)\n인사를 하고자 함\n□ 주요 추진실적\n"
                "  ○ 정기인사 : 1월\n"
                "③ 직원 교육\n  ㅇ 담당 : 교육후생팀장 홍길동\n교육을 하고자 함\n□ 주요 추진실적\n"
                "  ○ 직무교육 : 3월\n"),
    "pandoc markdown": ("t.md",
                        "2025년 주요업무 보고\n\n총무과\n\nⅡ\\. 주요업무 추진실적\n\n"
                        "### ① 청사환경 조성\n\n-   담당: 청사관리팀\n\n청사를 관리하고자 함\n\n"
                        "**□ 주요 추진실적**\n\n-   방수공사 : 4월\n\n"
                        "### ② 인사 운영\n\n-   담당부서 : 인사팀 (☎ 2670-3000)\n\n인사를 하고자 함\n\n"
                        "**□ 주요 추진실적**\n\n-   정기인사 : 1월\n\n"
                        "### ③ 직원 교육\n\nㅇ 담당 : 교육후생팀장 홍길동\n\n교육을 하고자 함\n\n"
                        "**□ 주요 추진실적**\n\n-   직무교육 : 3월\n"),
    "pdftotext -layout": ("t.txt",
                          "                       2025년 주요업무 보고\n\n                             총무과\n\n"
                          "\fⅡ. 주요업무 추진실적\n\n"
                          " ① 청사환경 조성\n     - 담당: 청사관리팀\n\n  청사를 관리하고자 함\n\n"
                          " □ 주요 추진실적\n     ○ 방수공사 : 4월\n\n"
                          " ② 인사 운영\n     - 담당부서 : 인사팀 (☎ 2670-3000)\n\n  인사를 하고자 함\n\n"
                          " □ 주요 추진실적\n     ○ 정기인사 : 1월\n\n                              - 3 -\n"
                          "\f ③ 직원 교육\n     ㅇ 담당 : 교육후생팀장 홍길동\n\n  교육을 하고자 함\n\n"
                          " □ 주요 추진실적\n     ○ 직무교육 : 3월\n"),
}


@pytest.mark.parametrize("layout", TEAM_BULLETS)
def test_a_team_printed_as_a_bullet_under_the_title_is_the_projects_team(layout):
    # before, each team bullet was the project's first item, under no part, and the project had no team
    name, text = TEAM_BULLETS[layout]
    r = report(text, name)
    assert summary(r) == [
        (1, "청사환경 조성", "body", "청사관리팀", [("주요 추진실적", "방수공사 : 4월")]),
        (2, "인사 운영", "body", "인사팀", [("주요 추진실적", "정기인사 : 1월")]),
        (3, "직원 교육", "body", "교육후생팀", [("주요 추진실적", "직무교육 : 3월")])]
    assert [p.purpose for p in r.projects] == ["청사를 관리하고자 함", "인사를 하고자 함", "교육을 하고자 함"]


def test_a_team_bullet_under_a_boxed_title_over_bullet_parts():
    """`□ 구민 축제 개최` over `○ 담당 : 문화팀장 김영희` and `○ 사업개요`: the `□` titles the project, the bullet
    is its team."""
    r = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n□ 구민 축제 개최\n  ○ 담당 : 문화팀장 김영희\n"
               "  ○ 사업개요\n     - 기간: 10월\n  ○ 추진실적\n     - 축제 개최: 10월\n")
    assert summary(r) == [
        (1, "구민 축제 개최", "body", "문화팀", [("사업개요", "기간: 10월"), ("추진실적", "축제 개최: 10월")])]


def test_a_team_bullet_elsewhere_stays_an_item():
    """Under a title that names its team, after an item, or under a part, a bullet naming a team is an item."""
    r = report("2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n"
               "① 청사환경 조성 (총무팀)\n  - 담당: 청사관리팀\n청사를 관리하고자 함\n□ 주요 추진실적\n"
               "  ○ 방수공사 : 4월\n"
               "② 인사 운영\n  - 대상: 전 직원\n  - 담당: 인사팀\n인사를 하고자 함\n□ 주요 추진실적\n"
               "  ○ 담당: 인사팀\n")
    assert summary(r) == [
        (1, "청사환경 조성", "body", "총무팀", [("", "담당: 청사관리팀"), ("주요 추진실적", "방수공사 : 4월")]),
        (2, "인사 운영", "body", None,
         [("", "대상: 전 직원"), ("", "담당: 인사팀"), ("주요 추진실적", "담당: 인사팀")])]


@pytest.mark.parametrize("title", ["① 청사환경 조성 청사관리팀 (☎ 2670-3000)",
                                   "① 청사환경 조성\n담당부서 : 청사관리팀 (☎ 2670-3000)"])
def test_a_team_with_its_phone_in_brackets_after_it(title):
    # before, a phone in brackets after the team was read as no team: `청사관리팀 (☎ 2670-3000)` stayed in the title,
    # and its line below the title was the purpose's
    r = report(f"2025년 주요업무 보고\n총무과\nⅡ. 주요업무 추진실적\n{title}\n"
               "청사를 관리하고자 함\n□ 주요 추진실적\n  ○ 방수공사 : 4월\n")
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("청사환경 조성", "청사관리팀", "청사를 관리하고자 함")]


# --- a stated budget with a letter-spaced label ------------------------------------------------------------------

UNITS = {  # the department's 단위사업 table, whose 공원 관리 the project names
    "t.txt": "Ⅰ. 일반현황\n4. 예산현황\n(단위: 천원)\n단위사업명\t예산액\t집행액\t집행률(%)\n"
             "계\t1,500,000\t600,000\t40.0\n공원 관리\t1,500,000\t600,000\t40.0\n",
    "t.md": "Ⅰ\\. 일반현황\n\n4\\. 예산현황\n\n(단위: 천원)\n\n| 단위사업명 | 예산액 | 집행액 | 집행률(%) |\n"
            "|---|---|---|---|\n| 계 | 1,500,000 | 600,000 | 40.0 |\n| 공원 관리 | 1,500,000 | 600,000 | 40.0 |\n\n",
}
# a project's overview stating its budget under a letter-spaced label, as each converter prints it
SPACED_BUDGETS = {
    "hwp5txt": ("t.txt", "Ⅱ. 주요업무 추진실적\n① 근린공원 시설 정비 (공원관리팀)\n공원 시설을 정비하고자 함\n"
                         "□ 사업개요\n  ○ 단위사업: 공원 관리\n  ○ 예 산 : {budget}천원(구비)\n"
                         "□ 주요 추진실적\n  ○ 놀이시설 교체: 3월~5월\n"),
    "pandoc markdown": ("t.md", "Ⅱ\\. 주요업무 추진실적\n\n### ① 근린공원 시설 정비 (공원관리팀)\n\n"
                                "공원 시설을 정비하고자 함\n\n**□ 사업개요**\n\n-   단위사업: 공원 관리\n\n"
                                "-   예 산 액 : {budget}천원(구비) / 집 행 액 : 600,000천원\n\n"
                                "**□ 주요 추진실적**\n\n-   놀이시설 교체: 3월~5월\n"),
    "pdftotext -layout": ("t.txt", "\fⅡ. 주요업무 추진실적\n\n ① 근린공원 시설 정비 (공원관리팀)\n\n"
                                   "   공원 시설을 정비하고자 함\n\n □ 단위사업 : 공원 관리\n"
                                   " □ 예    산 : {budget}천원(구비)\n □ 추진실적\n"
                                   "     ○ 놀이시설 교체 : 3월~5월\n"),
}
BUDGET_TABLE = {
    "t.txt": "□ 예산현황\n(단위: 천원)\n예산액\t집행액\t집행률(%)\n1,500,000(구비)\t600,000(구비)\t40.0\n",
    "t.md": "\n**□ 예산현황**\n\n(단위: 천원)\n\n| 예산액 | 집행액 | 집행률(%) |\n|---|---|---|\n"
            "| 1,500,000(구비) | 600,000(구비) | 40.0 |\n",
}
COVER = "2025년 주요업무 보고\n\n공원녹지과\n\n"


def budget_report(layout: str, budget: str, table: bool = False):
    name, body = SPACED_BUDGETS[layout]
    return report(COVER + UNITS[name] + body.format(budget=budget) + (BUDGET_TABLE[name] if table else ""), name)


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", SPACED_BUDGETS)
def test_a_stated_budget_with_a_spaced_label_is_the_projects_budget(layout):
    # before, `예 산 : 1,200,000천원(구비)` was an item alone: no budget line, and no cross.project_over_unit
    r = budget_report(layout, "1,200,000")
    executed = 600_000_000 if layout == "pandoc markdown" else None
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in r.projects[0].budget_lines] == [
        ("구비", 1_200_000_000, executed, "구비")]
    assert r.projects[0].budget_lines[0].source.line == r.projects[0].items[1].source.line
    assert found(r) == []
    r = budget_report(layout, "1,800,000")
    assert found(r) == [("cross.project_over_unit", "공원 관리", "예산액", "≤ 1,500,000천원", "1,800,000천원")]


@pytest.mark.parametrize("layout", SPACED_BUDGETS)
def test_a_stated_budget_with_a_spaced_label_is_compared_with_the_budget_table(layout):
    # before, the text's `예 산 : 1,600,000천원` was never compared: no warning
    assert found(budget_report(layout, "1,500,000", table=True)) == []
    assert found(budget_report(layout, "1,600,000", table=True)) == [
        ("cross.project_budget", "구비", "예산액", "1,600,000천원", "1,500,000천원")]


@pytest.mark.parametrize(("spaced", "plain"), [
    ("소 요 예 산 : 400,000천원(구비)", "소요예산 : 400,000천원(구비)"),
    ("사 업 예 산 : 400,000천원(구비)", "사업예산 : 400,000천원(구비)"),
    ("사 업 비 : 400,000천원(구비)", "사업비 : 400,000천원(구비)"),
    ("총 사 업 비 : 400,000천원(구비)", "총사업비 : 400,000천원(구비)"),
])
def test_a_spaced_label_reads_as_the_label_written_together(spaced, plain):
    """`소 요 예 산` is read as `소요예산` (the year's budget); `사 업 비`, as `사업비`, is not (it may be the whole
    project's over its years), and is the item's amount as `사업비` is."""
    def read(label):
        r = report(COVER + "Ⅱ. 주요업무 추진실적\n① 근린공원 시설 정비 (공원관리팀)\n공원 시설을 정비하고자 함\n"
                   f"□ 사업개요\n  ○ {label}\n□ 주요 추진실적\n  ○ 놀이시설 교체: 3월~5월\n")
        project = r.projects[0]
        return [(b.name, b.budget_krw) for b in project.budget_lines], project.items[0].amount_krw
    assert read(spaced) == read(plain)
    assert read(spaced) == (([("구비", 400_000_000)] if "예" in spaced else []), 400_000_000)


def test_a_spaced_budget_under_the_plans_is_not_the_years():
    """`소 요 예 산 : …` under 향후계획 is next year's need, as `소요예산 : …` there is: no budget line."""
    r = report(COVER + "Ⅱ. 주요업무 추진실적\n① 근린공원 시설 정비 (공원관리팀)\n공원 시설을 정비하고자 함\n"
               "□ 향후계획\n  ○ 노후 화장실 교체: 9월\n  ○ 소 요 예 산 : 1,800,000천원(구비)\n")
    assert r.projects[0].budget_lines == []


@pytest.mark.parametrize(("name", "heading"), [("t.md", "### 가. 사업개요"), ("t.txt", "  가. 사업개요"),
                                               ("t.txt", "  1) 사업개요")])
def test_a_part_numbered_in_letters_is_named_as_a_boxed_part_is(name, heading):
    """Before, its items' heading kept its letter (`가. 사업개요`), where `□ 사업개요` gives `사업개요`: a query by
    heading missed them."""
    parts = heading.replace("사업개요", "추진실적").replace("가.", "나.").replace("1)", "2)")
    r = report("2020년 주요업무 보고\n\n환경과\n\nⅡ. 주요업무 추진실적\n\n1. 재활용 선별장 현대화 (자원순환팀)\n\n"
               f"{heading}\n\n  - 기간: 2020. 1. ~ 12.\n\n{parts}\n\n  - 실시설계 용역: 3월\n", name)
    assert [(i.heading, i.text) for p in r.projects for i in p.items] == [
        ("사업개요", "기간: 2020. 1. ~ 12."), ("추진실적", "실시설계 용역: 3월")]
