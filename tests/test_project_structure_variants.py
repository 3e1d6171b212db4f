"""How a projects part is split into projects and their parts beyond the common layouts: circled items under a
title numbered `1.`, a pdftotext title line right below a budget table, a numbered item list before the next title
where titles name no team."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text


def report(text: str, name: str = "t.txt"):
    return extract_report(read_text(name, text.encode()))


def summary(r):
    """(seq, title, team, (part, item, start month, end month, amount) of each item) of each project."""
    return [(p.seq, p.title, p.team, [(i.heading, i.text, i.start_month, i.end_month, i.amount_krw) for i in p.items])
            for p in r.projects]


HEAD = "2025년 주요업무 보고\n\n교 통 행 정 과\n\nⅡ. 주요업무 추진실적\n\n"

# --- circled items under a title numbered `1.` --------------------------------------------------------------------

CIRCLED_ITEMS = (HEAD + "1. 마을버스 운행 지원 (교통정책팀)\n\n□ 추진실적\n\n"
                 "① 재정지원금 지급 : 1월 ~ 5월 / 758,000천원\n② 운수종사자 친절교육 : 4월(2회, 196명)\n\n"
                 "□ 향후계획\n\n① 하반기 재정지원금 지급 : 6월 ~ 12월\n\n"
                 "□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t1,820,000\t758,000\t41.6\n\n"
                 "2. 어린이 보호구역 개선 (교통안전팀)\n\n□ 추진실적\n\n○ 1단계 공사(6개소) 완료 : 4월 ~ 5월\n")


def test_circled_lines_under_a_title_numbered_with_digits_are_items():
    # before, each `①` `②` line titled a project of its own (4 projects), the last taking the budget table and
    # `2. 어린이 보호구역 개선` as its purpose: project 2 was lost
    r = report(CIRCLED_ITEMS)
    assert summary(r) == [
        (1, "마을버스 운행 지원", "교통정책팀",
         [("추진실적", "재정지원금 지급 : 1월 ~ 5월 / 758,000천원", 1, 5, 758_000_000),
          ("추진실적", "운수종사자 친절교육 : 4월(2회, 196명)", 4, 4, None),
          ("향후계획", "하반기 재정지원금 지급 : 6월 ~ 12월", 6, 12, None)]),
        (2, "어린이 보호구역 개선", "교통안전팀", [("추진실적", "1단계 공사(6개소) 완료 : 4월 ~ 5월", 4, 5, None)])]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.projects[0].budget_lines] == [
        ("계", 1_820_000_000, 758_000_000)]
    assert r.projects[1].budget_lines == [] and r.projects[1].purpose is None


def test_circled_titles_still_number_projects():
    """Where the first title is circled, so are the others: `②` titles the next project."""
    r = report(HEAD + "① 마을버스 운행 지원 (교통정책팀)\n\n□ 추진실적\n\n○ 재정지원금 지급 : 1월 ~ 5월\n\n"
                      "② 어린이 보호구역 개선 (교통안전팀)\n\n□ 추진실적\n\n○ 1단계 공사 완료 : 4월 ~ 5월\n")
    assert [(p.seq, p.title, p.team, len(p.items)) for p in r.projects] == [
        (1, "마을버스 운행 지원", "교통정책팀", 1), (2, "어린이 보호구역 개선", "교통안전팀", 1)]


def test_a_circled_part_under_a_title_numbered_with_digits_is_a_part():
    r = report(HEAD + "1. 마을버스 운행 지원 (교통정책팀)\n\n① 추진실적\n\n○ 재정지원금 지급 : 1월 ~ 5월\n\n"
                      "② 향후계획\n\n○ 하반기 지급 : 6월 ~ 12월\n")
    assert summary(r) == [(1, "마을버스 운행 지원", "교통정책팀",
                           [("추진실적", "재정지원금 지급 : 1월 ~ 5월", 1, 5, None),
                            ("향후계획", "하반기 지급 : 6월 ~ 12월", 6, 12, None)])]


# --- a numbered item list before the next title, titles naming no team ------------------------------------------

NUMBERED_MERGE = ("2025년 주요업무 보고\n\n복 지 정 책 과\n\nⅡ. 주요업무 추진실적\n\n1. 기초생활보장 내실화\n\n"
                  "□ 추진실적\n\n○ 수급자 확인조사 : 3월 ~ 5월\n\n□ 향후계획\n\n1. 하반기 확인조사 : 9월 ~ 11월\n\n"
                  "2. 긴급복지 지원\n\n{purpose}□ 추진실적\n\n○ 긴급 생계비 지원 : 1월 ~ 5월 / 804,000천원\n\n"
                  "□ 향후계획\n\n○ 동절기 위기가구 발굴 : 11월 ~ 12월\n")
MERGE_PROJECTS = [
    (1, "기초생활보장 내실화", None,
     [("추진실적", "수급자 확인조사 : 3월 ~ 5월", 3, 5, None),
      ("향후계획", "하반기 확인조사 : 9월 ~ 11월", 9, 11, None)]),
    (2, "긴급복지 지원", None,
     [("추진실적", "긴급 생계비 지원 : 1월 ~ 5월 / 804,000천원", 1, 5, 804_000_000),
      ("향후계획", "동절기 위기가구 발굴 : 11월 ~ 12월", 11, 12, None)])]


def test_a_numbered_line_over_a_part_the_project_had_already_titles_the_next_project():
    # before, `2. 긴급복지 지원` was the second item of 향후계획's numbered list and project 2's parts went on project 1
    r = report(NUMBERED_MERGE.format(purpose=""))
    assert summary(r) == MERGE_PROJECTS


def test_a_numbered_line_over_a_purpose_titles_the_next_project():
    # before, `2. 긴급복지 지원` was an item of project 1 and the purpose started a project without a title
    r = report(NUMBERED_MERGE.format(purpose="위기가구에 생계비를 신속히 지원하고자 함\n\n"))
    assert summary(r) == MERGE_PROJECTS
    assert [p.purpose for p in r.projects] == [None, "위기가구에 생계비를 신속히 지원하고자 함"]


def test_a_numbered_list_going_on_over_a_new_part_stays_items():
    """`2.` numbers the next project too, but the part below it is new to the project: an item."""
    text = NUMBERED_MERGE.format(purpose="")
    r = report(text.replace("2. 긴급복지 지원\n\n□ 추진실적", "2. 긴급복지 지원\n\n□ 기대효과"))
    assert [(p.seq, p.title, [(i.heading, i.text) for i in p.items]) for p in r.projects] == [
        (1, "기초생활보장 내실화",
         [("추진실적", "수급자 확인조사 : 3월 ~ 5월"), ("향후계획", "하반기 확인조사 : 9월 ~ 11월"),
          ("향후계획", "긴급복지 지원"), ("기대효과", "긴급 생계비 지원 : 1월 ~ 5월 / 804,000천원"),
          ("향후계획", "동절기 위기가구 발굴 : 11월 ~ 12월")])]


# --- a pdftotext title line right below a space-aligned budget table --------------------------------------------

LAYOUT_TITLE = ("                           2025년 주요업무 보고\n\n                              환 경 과\n\n"
                "Ⅱ. 주요업무 추진실적\n\n"
                " 1  미세먼지 저감 사업                                           대기관리팀\n\n"
                "  □ 사업개요\n    ○ 예    산 : 3,150,000천원(국 1,575,000, 시 945,000, 구 630,000)\n\n"
                "  □ 예산현황\n                                                            (단위: 천원)\n"
                "      구   분         계           국 비         시 비         구 비\n"
                "      예 산 액     3,150,000     1,575,000       945,000       630,000\n"
                "      집 행 액     1,260,000       630,000       378,000       252,000\n"
                "      집행률(%)         40.0          40.0          40.0          40.0\n\n"
                " 2  실내공기질 관리                                               환경관리팀\n\n"
                "  □ 주요 추진실적\n    ○ 다중이용시설 실내공기질 점검 : 3월 ~ 5월, 85개소\n"
                "  □ 예산현황\n                                                  (단위: 천원, 5.31. 기준)\n"
                "      예 산 액        집 행 액       집 행 률\n"
                "        45,000          18,000        40.0%\n")


def test_a_title_line_below_a_space_aligned_table_starts_the_next_project():
    # before, the table took the title line as a 5th row (`2 | 실내공기질 관리 | … | 환경관리팀`), so that it was read
    # as a generic grid (no budget lines for project 1), project 2 was merged into project 1, and project 1's 예산
    # 3,150,000천원 was compared with project 2's table: a false cross.project_budget
    r = report(LAYOUT_TITLE)
    assert [(p.seq, p.title, p.team, [i.text for i in p.items]) for p in r.projects] == [
        (1, "미세먼지 저감 사업", "대기관리팀", ["예 산 : 3,150,000천원(국 1,575,000, 시 945,000, 구 630,000)"]),
        (2, "실내공기질 관리", "환경관리팀", ["다중이용시설 실내공기질 점검 : 3월 ~ 5월, 85개소"])]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.projects[0].budget_lines] == [
        ("계", 3_150_000_000, 1_260_000_000), ("국비", 1_575_000_000, 630_000_000),
        ("시비", 945_000_000, 378_000_000), ("구비", 630_000_000, 252_000_000)]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.projects[1].budget_lines] == [
        ("계", 45_000_000, 18_000_000)]
    assert [f for f in run_checks(r) if f.rule == "cross.project_budget"] == []


@pytest.mark.parametrize(("first", "second"), [
    (" 1  미세먼지 저감 사업", " 2  실내공기질 관리"), (" ①  미세먼지 저감 사업", " ②  실내공기질 관리"),
    (" 1 미세먼지 저감 사업", " 2 실내공기질 관리"), (" ① 미세먼지 저감 사업", " ② 실내공기질 관리")],
    ids=["number apart", "circled apart", "number with the title", "circled with the title"])
def test_a_title_line_numbered_any_way_below_a_space_aligned_table_starts_the_next_project(first, second):
    # before, a circled number apart from its title (`②  실내공기질 관리   환경관리팀`, three cells) below a table
    # refused the whole report (`cannot extract (ValueError …)`), and a number one space before its title (two
    # cells) was taken as the table's last row, project 2 run into project 1
    r = report(LAYOUT_TITLE.replace(" 1  미세먼지 저감 사업", first).replace(" 2  실내공기질 관리", second))
    assert [(p.seq, p.title, p.team) for p in r.projects] == [
        (1, "미세먼지 저감 사업", "대기관리팀"), (2, "실내공기질 관리", "환경관리팀")]
    assert [len(p.budget_lines) for p in r.projects] == [4, 1]
    assert r.tables == []


# --- a 사업개요 printed as a table of two columns ---------------------------------------------------------------

OVERVIEW_TABLE = ("2025년 주요업무 보고\n\n보 육 지 원 과\n\nⅡ. 주요업무 추진실적\n\n"
                  "1. 국공립 어린이집 확충 (보육정책팀)\n\n□ 사업개요\n\n{header}{fields}\n"
                  "□ 예산현황\n\n(단위: 천원)\n\n구 분\t예산액\t집행액\t집행률(%)\n계\t900,000\t300,000\t33.3\n"
                  "시비\t500,000\t200,000\t40.0\n구비\t400,000\t100,000\t25.0\n")
FIELDS = "사업기간\t2025. 1. ~ 12.\n예 산\t900,000천원(시비 600,000, 구비 300,000)\n"


def test_an_overview_printed_as_a_table_gives_its_fields_as_items():
    # before, the table was a generic grid: no item for 사업기간 (its months) nor for 예산, which was not compared
    # with the budget table (시비 500,000 and 구비 400,000 there)
    for header in ("구 분\t내 용\n", ""):
        r = report(OVERVIEW_TABLE.format(header=header, fields=FIELDS))
        assert summary(r) == [(1, "국공립 어린이집 확충", "보육정책팀",
                               [("사업개요", "사업기간 : 2025. 1. ~ 12.", 1, 12, None),
                                ("사업개요", "예 산 : 900,000천원(시비 600,000, 구비 300,000)",
                                 None, None, 900_000_000)])]
        assert r.tables == []
        findings = [(f.rule, f.expected, f.actual) for f in run_checks(r) if f.rule == "cross.project_budget"]
        assert findings == [("cross.project_budget", "600,000천원", "500,000천원"),
                            ("cross.project_budget", "300,000천원", "400,000천원")]


def test_a_table_of_two_columns_naming_no_field_stays_a_table():
    r = report(OVERVIEW_TABLE.format(header="", fields="시설명\t위치\n구민회관\t영등포동\n"))
    assert r.projects[0].items == []
    assert [t.rows for t in r.tables if t.caption == "사업개요"] == [[["시설명", "위치"], ["구민회관", "영등포동"]]]


# --- lettered titles naming no team, each right above its purpose -------------------------------------------------

LETTERED = (HEAD + "가. 해울 근린공원 조성\n\n노후된 근린공원을 재정비하여 구민의 휴식공간을 확충하고자 함\n\n"
            "□ 추진실적\n\n ○ 공사 착공 : ’25. 3. 10.\n\n□ 향후계획\n\n ○ 1단계 준공 : 10월\n\n"
            "나. 가로수 관리\n\n가로수 병해충 방제로 쾌적한 가로환경을 조성하고자 함\n\n"
            "□ 추진실적\n\n ○ 동절기 가지치기 : 1월~3월 / 42,000천원\n")


@pytest.mark.parametrize("layout", ["text", "no blank lines"])
def test_a_lettered_line_over_a_purpose_titles_the_next_project(layout):
    """Before, `가. 해울 근린공원 조성` naming no team was no title: each project started at its purpose, untitled."""
    text = LETTERED if layout == "text" else LETTERED.replace("\n\n", "\n")
    r = report(text)
    assert summary(r) == [
        (1, "해울 근린공원 조성", None, [("추진실적", "공사 착공 : ’25. 3. 10.", 3, 3, None),
                                  ("향후계획", "1단계 준공 : 10월", 10, 10, None)]),
        (2, "가로수 관리", None, [("추진실적", "동절기 가지치기 : 1월~3월 / 42,000천원", 1, 3, 42_000_000)])]
    assert [p.purpose for p in r.projects] == ["노후된 근린공원을 재정비하여 구민의 휴식공간을 확충하고자 함",
                                               "가로수 병해충 방제로 쾌적한 가로환경을 조성하고자 함"]


def test_a_lettered_item_over_no_purpose_stays_an_item():
    """Under a project numbered `1.`, `가.` over an item (not a purpose) letters an item, as before."""
    r = report(HEAD + "1. 공원 조성 (공원조성팀)\n\n□ 추진실적\n\n가. 해울 근린공원 조성\n\n ○ 공사 착공 : 3월\n")
    assert [(p.title, [(i.text, [c.text for c in i.children]) for i in p.items]) for p in r.projects] == [
        ("공원 조성", [("해울 근린공원 조성", ["공사 착공 : 3월"])])]
