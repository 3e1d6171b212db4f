"""A 공원녹지과's 2025 report as users convert a .docx (HWP saved as .docx) to markdown: mammoth (docx → HTML) then
html2text (HTML → markdown) (branch hunt87): `2025-seohae-gongwonnokji.md` (서해구의회 제291회 제1차 정례회). The .docx
was built with python-docx as an HWP user's is: no heading style (every title a bold paragraph, `**1\\. 조 직**`),
marks typed (`○`, `-`), some Word lists (bullets three levels deep, a numbered one), merged cells (a staffing header
of 직렬 over grades beside `구 분`, `계` and `공무직` merged down; groups of trees merged down beside their `소 계`,
the `계` merged across), line breaks in cells and in a paragraph, an italic run; the fixture is html2text's output
of `mammoth.convert_to_html(docx).value` at its default `body_width` (78: paragraphs wrapped), verbatim; the test
below holds an excerpt of it at `body_width=0` (lines unwrapped). Its conventions: tables `a| b| c` with no outer
pipe, a `---|---` rule as wide as the first row, every line ending in two spaces, a cell's `<br>` ending a line too
(the row goes on on the next: `2| 화물(포터Ⅱ)| 81서1234| 2019| 공원 순찰` over `및 정비|`), merged cells dropped (a
row prints fewer cells, shifted left: `은행나무| 6,840| 35,200` under `교목| 소 계| 15,210| 81,100`, a staffing
header of 6 labels over 9 grades over rows of 12), escapes at a line's start (`1\\.`, `2025\\.`, `\\-`), `**bold**`,
`_italic_`, Word lists as `  * ` nested two spaces a level and `  1. `, a hard break as two spaces.
Three errors planted: 녹지 7급's 과부족 `△2` where 4 − 5 is −1; 공원시설 유지관리's 집행률 44.6 where 501,200 ÷
1,080,000 is 46.4%; 교목's 소계 연장 81,100 where its rows make 80,100.
What was read wrong before: the staffing table's header was a paragraph and the body a table of no header (its last
label, `공무직`, merged down, was not tried: the header's spread never made the body's width); a row a cell's `<br>`
broke ended the table (the vehicle list of one vehicle, `총 3대` found against it; the budget parted in two after
`국ㆍ시비` over `포함`, its 계 found twice and the planted rate lost); rows printing fewer cells than the header
ended the table (the trees' table lost, its 소계 unchecked); `_italic_` kept its underscores."""

import functools
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.values import clean_text
from tests.conftest import every_item
from tests.layouts import make_pdfs, read_markdown, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
PARKS = "2025-seohae-gongwonnokji.md"
K = 1_000  # 천원
PLANTED = [("shortfall", "과부족", "녹지 7급", "-1", "-2"),
           ("rate", "공원시설 유지관리", "집행률(%)", "46.4", "44.6"),
           ("sum.table", "교목 / 소 계", "연장(m)", "80,100", "81,100")]
YEAR = [f"2025-{month:02d}" for month in range(1, 13)]


@functools.cache
def report():
    return extract_file(REPORTS / PARKS)


def months(first: int, last: int) -> list[str]:
    return YEAR[first - 1:last]


def tables(text: str) -> list[tuple]:
    return [block.rows for block in read_text("t.md", text.encode()).blocks if isinstance(block, Table)]


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(report())] == [
        key + (line,) for key, line in zip(PLANTED, (24, 49, 107), strict=True)]


def test_the_cover_of_bold_paragraphs():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "공원녹지과", 2025, "2025년 주요업무 보고", 4)
    assert (document.council_session, document.session_start, document.session_end) == (
        "제291회 서해구의회 제1차 정례회", date(2025, 6, 10), date(2025, 6, 24))


SERIES = {  # (job class, grade): (정원, 현원, 과부족 as printed)
    ("계", "계"): (24, 23, -1), ("행정", "5급"): (1, 1, 0), ("행정", "6급"): (3, 3, 0), ("행정", "7급"): (4, 3, -1),
    ("녹지", "6급"): (2, 2, 0), ("녹지", "7급"): (5, 4, -2), ("녹지", "8급"): (3, 4, 1), ("녹지", "9급"): (2, 2, 0),
    ("시설", "6급"): (1, 1, 0), ("시설", "7급"): (2, 2, 0), ("공무직", "계"): (1, 1, 0)}


def test_the_staffing_whose_header_lost_its_merged_cells():
    # `구 분| 계| 행정직| 녹지직| 시설직| 공무직` over `5급| 6급| 7급| 6급| 7급| 8급| 9급| 6급| 7급` over rows of 12
    staffing = {(s.job_class, s.grade, s.status): s.headcount for s in report().staffing}
    assert staffing == {(series, grade, status): count for (series, grade), counts in SERIES.items()
                        for status, count in zip(("정원", "현원", "과부족"), counts, strict=True)}
    assert {s.as_of for s in report().staffing} == {date(2025, 5, 31)}


def test_the_vehicle_list_whose_cells_break_over_lines():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total) == ("3. 차 량 : 총 3대", 3)
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 3), ("승용", "아이오닉5", 1), ("화물", "포터Ⅱ", 1), ("특수", "살수차", 1)]
    vehicles = report().tables[0]
    assert vehicles.rows[2:] == [["2", "화물(포터Ⅱ)", "81서1234", "2019", "공원 순찰 및 정비", ""],
                                 ["3", "특수(살수차)", "85서5678", "2016", "가로수 관수", "내용연수 경과"]]
    assert vehicles.row_lines == [30, 32, 33, 35]  # each row from the line it starts on


def test_the_budget_in_thousands_of_units():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in report().budget] == [
        ("계", 8_421_300 * K, 3_517_862 * K, "41.8"),
        ("근린공원 조성 및 정비", 3_250_000 * K, 1_184_200 * K, "36.4"),
        ("가로수 및 녹지 관리", 1_864_500 * K, 902_350 * K, "48.4"),
        ("자연휴양림 운영", 2_106_800 * K, 887_412 * K, "42.1"),  # its 비고 `국ㆍ시비` over `포함`
        ("공원시설 유지관리", 1_080_000 * K, 501_200 * K, "44.6"),
        ("기본경비", 120_000 * K, 42_700 * K, "35.6")]
    assert {(b.unit, b.as_of) for b in report().budget} == {("천원", date(2025, 5, 31))}
    assert report().budget[3].other_columns == {"비고": "국·시비 포함"}


def test_the_trees_merged_down_beside_their_subtotals():
    trees = report().tables[1]
    assert (trees.caption, trees.unit, trees.as_of, trees.project_seq) == (
        "가로수 현황(5.31.기준)", "주, m", date(2025, 5, 31), 2)
    assert trees.rows == [
        ["구 분", "수 종", "주 수", "연장(m)"], ["계", "", "18,420", "96,300"],  # `계` merged across
        ["교목", "소 계", "15,210", "81,100"], ["", "은행나무", "6,840", "35,200"], ["", "이팝나무", "4,920", "26,400"],
        ["", "벚나무", "3,450", "18,500"], ["관목", "소 계", "3,210", "16,200"], ["", "회양목", "1,980", "9,800"],
        ["", "철쭉", "1,230", "6,400"]]


def test_the_projects_and_their_items():
    assert [(p.seq, p.title, p.team, p.title_from) for p in report().projects] == [
        (1, "근린공원 조성 및 정비", "공원관리팀", "body"), (2, "가로수 및 녹지 관리", "녹지조성팀", "body"),
        (3, "서해산 자연휴양림 운영", "산림휴양팀", "body")]
    parks, trees, forest = report().projects
    assert parks.purpose.endswith("구민 누구나 쾌적하고 안전하게 이용할 수 있는 휴식공간을 제공하고자 함")
    assert project_items(parks, "사업개요")[2:] == [  # `○ 내 용` wrapped at 78 columns
        ("내 용: 노후 놀이시설 교체, 산책로 및 배수시설 정비, 야간 보행 안전을 위한 LED 조명 설치, 무장애 동선 확보, "
         "공원 입구 안내판 정비 등", None, None),
        ("예 산: 3,250,000천원(시비 1,250,000, 구비 2,000,000)", None, 3_250_000 * K)]
    assert [(i.depth, i.text) for i in every_item(parks.items) if i.heading == "주요 추진실적"] == [
        (0, "공원 정비 기본계획 수립: 1월 / 6개소"), (0, "실시설계 용역 완료: 3월 / 184,000천원"),
        (1, "주민설명회 개최: 2월 / 2회, 120명 참석"), (0, "1단계 정비공사 착공: 4월 / 서해근린공원 등 3개소"),
        (1, "놀이시설 교체 12종, 산책로 1.2km 정비"), (2, "어린이 놀이시설 안전검사: 5월 / 12종 합격")]
    assert project_items(parks, "향후계획") == [  # Word's numbered list, `  1. `
        ("1단계 정비공사 준공: 8월", months(8, 8), None), ("2단계 정비공사 착공: 9월 / 3개소", months(9, 9), None),
        ("공원 이용 만족도 조사: 11월", months(11, 11), None)]
    assert [(b.name, b.budget_krw, b.funding_source) for b in parks.budget_lines] == [
        ("계", 3_250_000 * K, None), ("시비", 1_250_000 * K, "시비"), ("구비", 2_000_000 * K, "구비")]
    # typed `○` over `\-` items of one paragraph parted by a hard break
    assert [(i.depth, i.text) for i in every_item(trees.items) if i.heading == "주요 추진실적"][1:] == [
        (0, "병해충 방제: 4월~5월 / 가로수 9,600주(은행나무 6,840주, 이팝나무 2,760주), 방제비 42,500천원, "
            "방제 차량 2대 투입"),
        (1, "미국흰불나방 집중 방제: 5월 / 3,200주"), (1, "친환경 약제 사용으로 민원 최소화")]
    assert [(b.name, b.budget_krw, b.funding_source) for b in forest.budget_lines] == [
        ("계", 2_106_800 * K, None), ("국비", 300_000 * K, "국비"), ("시비", 606_800 * K, "시비"),
        ("구비", 1_200_000 * K, "구비")]
    assert project_items(forest, "사업개요")[:2] == [  # three lines of one paragraph, `○ 기 간: …  `
        ("기 간: 2025. 1. ~ 12.", YEAR, None), ("시 설: 숙박동 12동, 야영장 30면, 숲속 도서관 1개소", None, None)]
    assert project_items(forest, "주요 추진실적")[1] == ("숲 해설 프로그램 운영: 연중 / 3,240명", YEAR, None)  # italic
    assert project_items(forest, "향후계획") == [  # typed numbers, `1\\.`
        ("숲속 야영장 리모델링: 9월~12월 / 30면", months(9, 12), None),
        ("동절기 시설 안전점검: 11월", months(11, 11), None)]
    assert report().tables[2].rows[1] == ["이용객", "21,340", "2,480", "2,910", "4,120", "5,460", "6,370"]


# html2text's output of the same HTML at `body_width=0` (no line wrapped), from the budget to the first project's end:
# a row with a blank last cell ends `|   `, lists are followed by three blank lines
UNWRAPPED = [
    *(REPORTS / PARKS).read_text(encoding="utf-8").split("\n")[:10],
    "**4\\. 예산현황**",
    "",
    "(단위: 천원, 5.31.기준)",
    "",
    "단위사업| 예산액| 집행액| 집행률(%)| 비 고  ",
    "---|---|---|---|---  ",
    "**계**| **8,421,300**| **3,517,862**| **41.8**|   ",
    "근린공원 조성 및 정비| 3,250,000| 1,184,200| 36.4|   ",
    "가로수 및 녹지 관리| 1,864,500| 902,350| 48.4|   ",
    "자연휴양림 운영| 2,106,800| 887,412| 42.1| 국ㆍ시비  ",
    "포함  ",
    "공원시설 유지관리| 1,080,000| 501,200| 44.6|   ",
    "기본경비| 120,000| 42,700| 35.6|   ",
    "  ",
    " _※ 집행액은 지출원인행위 기준_",
    "",
    "**Ⅱ. 주요업무 추진실적**",
    "",
    "**1\\. 근린공원 조성 및 정비 (공원관리팀)**",
    "",
    "조성된 지 20년이 넘은 근린공원의 노후 놀이시설과 산책로를 단계적으로 정비하고 생활권 녹지공간을 "
    "확충하여 어린이와 어르신 등 구민 누구나 쾌적하고 안전하게 이용할 수 있는 휴식공간을 제공하고자 함",
    "",
    "**□ 사업개요**",
    "",
    "○ 기 간: 2025. 1. ~ 12.",
    "",
    "○ 대 상: 근린공원 6개소(서해근린공원, 갯벌근린공원 등)",
    "",
    "○ 내 용: 노후 놀이시설 교체, 산책로 및 배수시설 정비, 야간 보행 안전을 위한 LED 조명 설치, "
    "무장애 동선 확보, 공원 입구 안내판 정비 등",
    "",
    "○ 예 산: 3,250,000천원(시비 1,250,000, 구비 2,000,000)",
    "",
    "**□ 주요 추진실적**",
    "",
    "  * 공원 정비 기본계획 수립: 1월 / 6개소",
    "  * 실시설계 용역 완료: 3월 / 184,000천원",
    "    * 주민설명회 개최: 2월 / 2회, 120명 참석",
    "  * 1단계 정비공사 착공: 4월 / 서해근린공원 등 3개소",
    "    * 놀이시설 교체 12종, 산책로 1.2km 정비",
    "      * 어린이 놀이시설 안전검사: 5월 / 12종 합격",
    "",
    "",
    "",
    "**□ 향후계획**",
    "",
    "  1. 1단계 정비공사 준공: 8월",
    "  2. 2단계 정비공사 착공: 9월 / 3개소",
    "  3. 공원 이용 만족도 조사: 11월",
    "",
    "",
    "",
    "",
]


def test_unwrapped_it_reads_alike(tmp_path):
    r = read_markdown(tmp_path, "\n".join(UNWRAPPED), "2025-t.md")
    assert r.budget == [b.model_copy(update={"source": b.source.model_copy(update={"line": line})})
                        for b, line in zip(report().budget, (17, 18, 19, 20, 22, 23), strict=True)]
    [parks] = r.projects
    assert [(i.heading, i.depth, i.text, i.months, i.amount_krw) for i in every_item(parks.items)] == [
        (i.heading, i.depth, i.text, i.months, i.amount_krw) for i in every_item(report().projects[0].items)]
    assert parks.purpose == report().projects[0].purpose
    assert sorted(finding_figures(f) for f in run_checks(r)) == [PLANTED[1]]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # 현원's 계 of the staffing
    ("현 원| 23|", "현 원| 22|", [("sum.staffing", "현원", "계", "23", "22")]),
    # a budget line whose 비고 a `<br>` breaks: its 집행액 in 천원, the line found, as the 계 and its rate both say
    ("자연휴양림 운영| 2,106,800| 887,412|", "자연휴양림 운영| 2,106,800| 878,412|",
     [("sum.budget", "자연휴양림 운영", "집행액", "887,412천원", "878,412천원")]),
    # the other group's 소계, its rows merged down beside it
    ("관목| 소 계| 3,210|", "관목| 소 계| 3,120|", [("sum.table", "관목 / 소 계", "주 수", "3,210", "3,120")]),
    # the 계 merged across
    ("**계**| **18,420**|", "**계**| **18,240**|", [("sum.table", "계", "주 수", "18,420", "18,240")]),
])
def test_one_more_error_planted_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(PARKS, printed, wrong)) == sorted(PLANTED + found)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    # before: the italic note's `※` (` _※ 집행액은 … 기준_`) was a word of the text's general text, the PDF's mark
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / PARKS, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)
    assert report().general_text[0].text.endswith("4. 예산현황 집행액은 지출원인행위 기준")


# -- the conventions, each on its own --


def test_a_row_broken_over_lines_by_a_cells_line_break():
    """html2text ends a line at a `<br>` in a cell as it ends a row (two spaces): the row goes on on the next line,
    in a middle cell (the lines' cells make the table's width with one cell shared), in its last (a line of no pipe),
    in the header above the rule; the cell's lines are one cell's. A line of no pipe under a row ending in a blank
    or a figure is a row merged across the table (`일반회계`)."""
    assert tables("단위사업| 예산액| 집행률  \n(%)| 비 고  \n---|---|---|---  \n계| 100| 40.0| 국ㆍ시비  \n포함  \n"
                  "기본경비| 10| 50.0|   \n특별회계  \n운영| 20| 30.0| 수당  \n포함\n") == [(
                      ("단위사업", "예산액", "집행률 (%)", "비 고"), ("계", "100", "40.0", "국·시비 포함"),
                      ("기본경비", "10", "50.0", ""), ("특별회계", "", "", ""), ("운영", "20", "30.0", "수당 포함"))]


def test_a_table_at_the_end_and_a_blank_first_cell():
    """A table ending the text ends its last line in no spaces; a row whose first cell is blank starts with a pipe,
    which is no outer pipe (html2text prints none)."""
    assert tables("(단위: 명)\n\n| 계| 비고  \n---|---|---  \n정원| 1|  \n| 2| 순찰") == [
        (("", "계", "비고"), ("정원", "1", ""), ("", "2", "순찰"))]


def test_a_staffing_header_whose_last_label_is_merged_down(tmp_path):
    """A header of labels html2text printed without their merged cells, a class of no grades last (`기간제`), is
    spread over the body's width as the first label and a total are: the last label merged down too."""
    text = ("# 2025년 주요업무 보고\n\n## 총 무 과\n\n**2\\. 인 력**\n\n(단위: 명)\n\n"
            "구 분| 계| 행정직| 기간제  \n---|---|---|---  \n5급| 6급| 7급  \n정 원| 6| 1| 2| 2| 1  \n"
            "현 원| 5| 1| 2| 1| 1  \n")
    r = read_markdown(tmp_path, text, "2025-t.md")
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == "현원"] == [
        ("현원", "계", "계", 5), ("현원", "행정", "5급", 1), ("현원", "행정", "6급", 2), ("현원", "행정", "7급", 1),
        ("현원", "기간제", "계", 1)]


@pytest.mark.parametrize(("text", "clean"), [
    ("○ _숲 해설 프로그램_ 운영", "○ 숲 해설 프로그램 운영"), ("_※ 잠정치_", "※ 잠정치"),
    ("report_2025_final.md", "report_2025_final.md"), ("_ 외 _", "_ 외 _")])
def test_underscored_emphasis_is_its_text(text, clean):
    assert clean_text(text) == clean


LABELS = ["공원 순찰", "가로수 관수", "내용연수", "국ㆍ시비", "업무용", "포함", "및 정비", "전기차"]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_html2text_rows_broken_anywhere_read_as_printed(data):
    """Rows of a label, figures and a text cell, the text cell maybe broken by a `<br>` (html2text: a line end),
    read as the table's rows, each broken cell's lines one cell's."""
    width = data.draw(st.integers(3, 6))
    header = ["구 분", *[f"항목{j}" for j in range(1, width - 1)], "비 고"]
    rows = []
    for n in range(data.draw(st.integers(1, 4))):
        cells = [f"사업{n + 1}", *[f"{data.draw(st.integers(1, 9_999)):,}" for _ in range(width - 2)],
                 data.draw(st.sampled_from(["", *LABELS]))]
        # a break in the last cell (a first cell's is read as a row merged across, as html2text prints one alike)
        breaks = [width - 1] if cells[-1] and data.draw(st.booleans()) else []
        rows.append((cells, breaks))
    printed = ["| ".join(header) + "  ", "|".join(["---"] * width) + "  "]
    for cells, breaks in rows:
        printed.append("| ".join(f"{cell}  \n{LABELS[j % len(LABELS)]}" if j in breaks else cell
                                 for j, cell in enumerate(cells)) + "  ")
    expected = [tuple(header)] + [tuple(f"{clean_text(cell)} {clean_text(LABELS[j % len(LABELS)])}" if j in breaks
                                        else clean_text(cell) for j, cell in enumerate(cells))
                                  for cells, breaks in rows]
    assert tables("\n".join(printed) + "\n") == [tuple(expected)]


def test_a_numbered_list_nested_as_html2text_sets_it(tmp_path):
    """html2text sets a Word numbered list two spaces in and nests an item at its text's column, a numbered one or a
    bullet (`  1. 가 계획: 3월` over `     1. 세부 하나: 4월`); before, each a sibling at the list's level."""
    text = ("# 2025년 주요업무 보고\n\n## 공 원 녹 지 과\n\n**Ⅱ. 주요업무 추진실적**\n\n**1\\. 공원 관리 (공원팀)**\n\n"
            "**□ 향후계획**\n\n  1. 가 계획: 3월\n     1. 세부 하나: 4월\n     2. 세부 둘: 5월\n  2. 나 계획: 6월\n"
            "     * 별표 하위: 7월\n  3. 다 계획: 9월\n\n")
    [project] = read_markdown(tmp_path, text, "2025-t.md").projects
    assert [(i.depth, i.text) for i in every_item(project.items)] == [
        (0, "가 계획: 3월"), (1, "세부 하나: 4월"), (1, "세부 둘: 5월"), (0, "나 계획: 6월"), (1, "별표 하위: 7월"),
        (0, "다 계획: 9월")]
