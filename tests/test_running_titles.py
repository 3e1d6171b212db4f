"""Page furniture in converted text: a running title repeating the cover's (`2016년 주요업무 보고` atop each page,
under its number `- 3 -`) is dropped however few pages print it; before, it was kept in the general part's text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.read_text import names_department
from pipeline.values import compact
from tests.layouts import LAYOUTS, read_laid_out

COVER = "제271회 영등포구의회 정례회\n\n2016. 6. 14. ~ 6. 28.\n\n{title}\n\n재 무 과\n\nⅠ. 일반현황\n\n"
BODY = ("1. 인 력\n\n구 분\t계\t6급\t7급\n정 원\t20\t8\t12\n현 원\t19\t8\t11\n\n2. 예산현황\n\n(단위: 백만원)\n\n"
        "단위사업명\t예산액\t집행액\t집행률\n계\t1,250\t480\t38.4\n세입 관리\t850\t300\t35.3\n"
        "계약 관리\t400\t180\t45.0\n\n"
        "{page}\n\n{running}\n\nⅡ. 주요업무 추진실적\n\n① 체납 지방세 징수 강화 (세무1팀)\n\n□ 사업개요\n"
        " ○ 기 간: 2016. 1. ~ 12.\n\n- 4 -\n")


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-markdown", "space-aligned-without-markdown",
                                    "pipe-tables"])
@pytest.mark.parametrize("title, running, page", [
    ("2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -"),
    ("# 2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -"),  # a markdown heading on the cover, plain atop the page
    ("2016년 주요업무 보고", "   2016년   주요업무  보고", "                 - 3 -"),  # spaced as `pdftotext -layout`
    ("2016년 주요업무 보고", "2016년 주요업무 보고", "- 3 -\n\f"),  # a form feed after the page number
])
def test_a_running_title_repeating_the_covers_is_dropped(title, running, page, layout, tmp_path):
    r = read_laid_out(COVER.format(title=title) + BODY.format(page=page, running=running), layout, tmp_path)
    assert r.document.title == "2016년 주요업무 보고"
    assert [t.text for t in r.general_text] == ["1. 인 력 2. 예산현황"]
    assert [(b.name, b.budget_krw) for b in r.budget] == [
        ("계", 1_250_000_000), ("세입 관리", 850_000_000), ("계약 관리", 400_000_000)]
    assert [p.title for p in r.projects] == ["체납 지방세 징수 강화"]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_line_atop_a_page_that_the_cover_does_not_print_stays(layout, tmp_path):
    """Only the cover's lines are a running title's: another line atop a page once is text, as before."""
    text = COVER.format(title="2016년 주요업무 보고") + BODY.format(page="- 3 -", running="2. 세부 현황")
    assert [t.text for t in read_laid_out(text, layout, tmp_path).general_text] == ["1. 인 력 2. 예산현황 2. 세부 현황"]


WELFARE = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n2025년 주요업무 보고\n\n사 회 복 지 과\n\n"
           "Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
           "계\t3,000,000\t1,200,000\t40.0\n청사 관리\t1,000,000\t400,000\t40.0\n{break_}"
           "복지 행정\t1,500,000\t600,000\t40.0\n기본경비\t500,000\t200,000\t40.0\n\n2. 기 타\n\n업무 내용\n")
BUDGET_ROWS = [("계", 3_000_000_000), ("청사 관리", 1_000_000_000), ("복지 행정", 1_500_000_000),
               ("기본경비", 500_000_000)]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
@pytest.mark.parametrize("break_", [
    "\n- 3 -\n\n2025년 주요업무보고\t사회복지과\n\n",  # a header atop the next page
    "\n                 - 3 -\n\n2025년 주요업무 보고          사 회 복 지 과\n",  # spaced as `pdftotext -layout`
    "\n2025년 주요업무보고\t사회복지과\n\n- 3 -\n\n",  # a footer above the page's number
    "\n- 3 -\n\f2025년 주요업무보고\t사회복지과\n",  # a form feed after the page number
])
def test_a_running_header_at_one_page_break_in_a_table_is_dropped_and_the_table_goes_on(break_, layout, tmp_path):
    """Before: the header was a row of the table it parted, the rows below it a generic grid of their own, and the
    계 above found off by them (`sum.budget`)."""
    from checks import run_checks

    r = read_laid_out(WELFARE.format(break_=break_), layout, tmp_path)
    assert [(b.name, b.budget_krw) for b in r.budget] == BUDGET_ROWS
    assert r.tables == [] and run_checks(r) == []


HEADER_AGAIN = "단위사업명\t예산액\t집행액\t집행률(%)\n"


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines"])
@pytest.mark.parametrize("break_", [
    "\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n",  # a header atop the next page
    "\n2025년 주요업무보고\t노인복지과\n\n- 3 -\n\n",  # a footer above the page's number
    "\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n" + HEADER_AGAIN,  # the table's header printed again below it
    "\n- 3 -\n\n2025년 주요업무보고         노 인 복 지 과\n\n",  # spaced as `pdftotext -layout`
    "\n- 3 -\n\f2025년 주요업무보고\t복지국\t노인복지과\n",  # three parts, a form feed after the page number
])
def test_a_running_header_printed_once_that_the_cover_does_not_print_is_dropped_where_the_table_goes_on(
        break_, layout, tmp_path):
    """A header at one page break that is no line of the cover (`노인복지과` under `사 회 복 지 과`'s cover), parted
    as a title and department are, between a table's rows that go on below it (or its header printed again): before,
    it was a row of the table it parted, the rows below it a grid of their own, the 계 found off by them
    (`sum.budget`)."""
    from checks import run_checks

    r = read_laid_out(WELFARE.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and run_checks(r) == []
    assert not [t for t in r.general_text if "노인복지" in t.text]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
@pytest.mark.parametrize(("between", "second"), [
    ("2025년 하반기 계획\t노인복지과", "단위사업명\t계획액\t비고"),  # over a header of other columns
    ("2025년 하반기\t(단위: 천원)", ""),  # a unit beside it
    ("□ 하반기 사업\t노인복지과", ""),  # marked as a caption
    ("가. 경로당 운영 지원\t노인복지팀", ""),  # a project's title over its table
])
def test_a_line_between_two_tables_at_a_page_break_that_is_no_running_header_stays(between, second, layout,
                                                                                    tmp_path):
    """A caption between two tables at a page break (over a new header, beside a unit, marked, or a title) is kept
    and parts them, as before: only a line in words over the same table going on is a running header."""
    second = second or HEADER_AGAIN.strip()
    rows = ("복지 행정\t1,500,000\t600,000\t40.0\n" if "계획액" not in second else "복지 행정\t1,500,000\t-\n")
    text = (WELFARE.split("복지 행정")[0].format(break_=f"\n- 3 -\n\n{between}\n\n{second}\n") + rows
            + "\n2. 기 타\n\n업무 내용\n")
    r = read_laid_out(text, layout, tmp_path)
    printed = " ".join([t.text for t in r.general_text] + [c for t in r.tables for row in t.rows for c in row]
                       + [p.title or "" for p in r.projects])
    assert compact(between.split("\t")[0].lstrip("□가. ")) in compact(printed)


NO_COVER = ("Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n□ 향후계획\n\n○ 방수공사 : 9월\n\n"
            "② 민원실 개선 (민원팀)\n\n□ 추진실적\n\n"
            "○ 설계 : 3월\n\n- 3 -\n\n□ 향후계획\n\n○ 준공 : 10월\n")


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_report_of_no_cover_keeps_a_line_of_its_first_page_atop_another(layout, tmp_path):
    """A report printing no cover starts with its content (`① 청사 관리`, `□ 향후계획`): a page starting with such a
    line again (the next project's `□ 향후계획`) is no running header, and its items stay under it."""
    r = read_laid_out(NO_COVER, layout, tmp_path)
    assert [(i.heading, i.text) for i in r.projects[1].items] == [
        ("추진실적", "설계 : 3월"), ("향후계획", "준공 : 10월")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_row_of_a_table_of_words_at_a_pages_foot_stays(layout, tmp_path):
    """A table of words' row left blank in a cell at the foot of a page (`별관 | | 청사관리팀`), its header printed
    again atop the next, is printed as a running header would be: it stays the table's row."""
    text = (WELFARE.split("Ⅰ. 일반현황")[0] + "Ⅰ. 일반현황\n\n1. 청사 현황\n\n시설명\t위치\t담당\n"
            "본관\t푸른로 1\t총무팀\n별관\t\t청사관리팀\n- 3 -\n\n시설명\t위치\t담당\n기록관\t푸른로 3\t총무팀\n\n"
            "2. 기 타\n\n업무 내용\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [row[0] for t in r.tables for row in t.rows] == ["시설명", "본관", "별관", "기록관"]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "space-aligned"])
def test_a_row_of_words_left_blank_in_its_last_cells_at_a_pages_foot_stays(layout, tmp_path):
    """A table of figures' row printing words alone, its last cells left blank (`신설 | 온라인 접수 | | `), at the
    foot of a page where the rows go on below: its blank cells make a tab row as wide as the table, and it names no
    report as a running header does (`2025년 주요업무보고`), so it is its row, not a running header printed once
    (before, the tabs after its words were stripped, two cells of four, and space-aligned text prints no blank
    cell: it was dropped)."""
    text = (WELFARE.split("Ⅰ. 일반현황")[0] + "Ⅰ. 일반현황\n\n1. 민원 현황\n\n(단위: 건)\n\n"
            "구분\t세부\t2024년\t2025년\n계\t\t30\t40\n민원\t여권\t10\t20\n신설\t온라인 접수\t\t\n\n- 3 -\n\n"
            "기타\t등본\t20\t20\n\n2. 기 타\n\n업무 내용\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [row[:2] for t in r.tables for row in t.rows] == [
        ["구분", "세부"], ["계", ""], ["민원", "여권"], ["신설", "온라인 접수"], ["기타", "등본"]]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "space-aligned"])
@pytest.mark.parametrize("caption", ["1. 예산현황\t(단위: 천원)", "예산 현황\t(단위: 천원)"])
def test_a_running_header_printed_once_is_dropped_under_a_caption_printing_its_unit_beside_it(caption, layout,
                                                                                               tmp_path):
    """The table's caption printing its unit on its line right over the header (`1. 예산현황  (단위: 천원)`, as many
    parts as the running header) is not the table's first row the header's parts are counted against: before, the
    running header was kept, a row of the table (`2025년 주요업무보고 | | 노인복지과 |`) or a table of its own."""
    text = WELFARE.format(break_="\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n").replace(
        "1. 예산현황\n\n(단위: 천원)\n\n", f"{caption}\n")
    r = read_laid_out(text, layout, tmp_path)
    assert not [row for t in r.tables for row in t.rows if "노인복지과" in row]
    assert not [t for t in r.general_text if "노인복지" in t.text]
    if layout == "space-aligned":  # a tab caption is a row of the table (its budget unread), as before
        assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
        assert r.tables == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines"])
@pytest.mark.parametrize("break_", [
    "\n2025년 주요업무보고\t노인복지과\n\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n",  # the same line, foot and top
    "\n2025년 주요업무보고\t노인복지과\n\n- 3 -\n\n제261회 정례회\t복지국\t노인복지과\n\n",  # another line atop
    "\n2025년 주요업무보고\t노인복지과\n- 3 -\n\f2025년 주요업무보고\t노인복지과\n",  # a form feed, no blank lines
    "\n2025년 주요업무보고         노 인 복 지 과\n\n                 - 3 -\n\n"
    "2025년 주요업무보고         노 인 복 지 과\n",  # spaced as `pdftotext -layout`
])
def test_a_running_footer_and_header_printed_once_at_one_page_break_are_both_dropped(break_, layout, tmp_path):
    """A running footer and a running header at the same page break, which the cover does not print: each looks past
    the other to the table's rows going on. Before, each saw the other as the line below or above it, so both were
    kept, rows of the table or a table of their own."""
    from checks import run_checks

    r = read_laid_out(WELFARE.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and run_checks(r) == []
    assert not [t for t in r.general_text if "노인복지" in t.text]


OFFICE_COVER = WELFARE.replace("사 회 복 지 과", "복지국 사회복지과")  # the department after its 국 on the cover
# the cover's title and department as markdown headings, as a converter prints them (`## 총 무 과`)
HEADINGS_COVER = WELFARE.replace("2025년 주요업무 보고", "# 2025년 주요업무 보고").replace(
    "사 회 복 지 과", "## 사 회 복 지 과")


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines", "pipe-tables"])
@pytest.mark.parametrize(("cover", "break_"), [
    (WELFARE, "\n- 3 -\n\n한빛구청   사회복지과\n\n"),  # the office before the cover's department
    (WELFARE, "\n- 3 -\n\n한빛구청         사 회 복 지 과\n"),  # spaced as `pdftotext -layout`
    (WELFARE, "\n한빛구청 복지국 사회복지과\n\n- 3 -\n\n"),  # a footer above the page's number, office and 국
    (WELFARE, "\n- 3 -\n\n한빛구청   사회복지과\n\n" + HEADER_AGAIN),  # the table's header printed again below it
    (OFFICE_COVER, "\n- 3 -\n\n사회복지과\n\n"),  # the department alone, printed after its 국 on the cover
    (OFFICE_COVER, "\n- 3 -\n\f사 회 복 지 과\n"),  # letter-spaced, a form feed after the page number
    (OFFICE_COVER, "\n2025년 주요업무보고   사회복지과\n\n- 3 -\n\n사회복지과\n\n"),  # a footer too, at the same break
    (HEADINGS_COVER, "\n- 3 -\n\n한빛구청   사회복지과\n\n"),  # the cover's department a markdown heading
])
def test_a_running_header_naming_the_covers_department_at_one_page_break_is_dropped(cover, break_, layout,
                                                                                    tmp_path):
    """A line that is the cover's department, alone or after its office (`한빛구청   사회복지과`), at one page break
    between a table's rows that go on below it: before, the cover did not print it as such a line, so it was a row
    of the table or a table of its own, the rows below it a grid (the 계 found off by them, `sum.budget`)."""
    from checks import run_checks

    r = read_laid_out(cover.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and run_checks(r) == []
    assert not [t for t in r.general_text if "한빛구청" in t.text or t.text.endswith("복지과")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines"])
def test_a_line_at_a_page_break_naming_a_department_with_a_word_after_it_stays(layout, tmp_path):
    """A line naming the cover's department with a word after it (`사회복지과 신설`) is no running header: it is
    kept, a line of its own between the table's parts, as before."""
    break_ = "\n- 3 -\n\n사회복지과 신설\n\n"
    r = read_laid_out(WELFARE.format(break_=break_), layout, tmp_path)
    printed = [t.text for t in r.general_text] + [c for t in r.tables for row in t.rows for c in row] + [
        b.name for b in r.budget]
    assert compact(break_.split("\n")[-3]) in compact(" ".join(printed))


def _printed_on_their_lines(r, text: str, layout: str) -> bool:
    """Whether each budget line says the line its row is printed on (its name's words on it, in `layout`)."""
    lines = LAYOUTS[layout](text).split("\n") if layout in LAYOUTS else text.split("\n")
    return all(all(word in lines[b.source.line - 1] for word in b.name.split()) for b in r.budget)


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("break_", [
    "\n- 3 -\n\n노인복지과\n\n",  # another department's name alone atop the next page
    "\n- 3 -\n\n한빛구청   노인복지과\n\n",  # after its office
    "\n복지국 노인복지과\n\n- 3 -\n\n",  # after its 국, a footer above the page's number
    "\n- 3 -\n\n노인복지과\n\n" + HEADER_AGAIN,  # the table's header printed again below it
    "\n- 3 -\n\n노 인 복 지 과\n\n",  # letter-spaced, as `pdftotext -layout` prints a distributed line
    "\n- 3 -\n\n한빛구청         노 인 복 지 과\n",  # after its office, spaced as `pdftotext -layout`
    "\n노 인 복 지 과\n- 3 -\n\f",  # a footer, a form feed after the page number
])
def test_another_departments_name_between_a_tables_rows_is_a_running_header(break_, layout, tmp_path):
    """A line at one page break naming a department the cover does not (`노인복지과` under `사 회 복 지 과`: a report
    copied from another's template), alone or after its office, letter-spaced or not, between a table's rows that go
    on below it: it is a running header, dropped, and the table goes on, no row lost, each budget line on its row's
    line. Before, only the cover's department was one in space-aligned text (and a letter-spaced one in none), and
    the line parted the table, the rows below it a grid of their own, the 계 found off by the rows above
    (`sum.budget`)."""
    from checks import run_checks

    text = WELFARE.format(break_=break_)
    r = read_laid_out(text, layout, tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and run_checks(r) == []
    assert not [t for t in r.general_text if "노인복지" in compact(t.text) or "한빛구청" in t.text]
    assert _printed_on_their_lines(r, text, layout)


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_another_departments_name_at_a_page_break_looks_past_a_running_header_there(layout, tmp_path):
    """Another department's name at a page's foot and a running header atop the next
    (`2025년 주요업무보고<tab>노인복지과`) look past each other to the tab table's rows going on: both are dropped."""
    r = read_laid_out(WELFARE.format(break_="\n노인복지과\n\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n"), layout,
                      tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and not [t for t in r.general_text if "노인복지" in t.text]


# a table of words (a 협업 table), a row naming a department at the foot of the first page (`노인복지과 | 협조`)
COOPERATION = (WELFARE.split("Ⅰ. 일반현황")[0] + "Ⅰ. 일반현황\n\n1. 협업 현황\n\n협업 부서\t협업 내용\t비고\n"
               "가정복지과\t자료 제공\t\n노인복지과\t협조\t\n{break_}여성가족과\t공동 추진\t매월\n"
               "아동보육과\t자료 제공\t\n\n2. 기 타\n\n업무 내용\n")
COOPERATION_ROWS = [["협업 부서", "협업 내용", "비고"], ["가정복지과", "자료 제공", ""], ["노인복지과", "협조", ""],
                    ["여성가족과", "공동 추진", "매월"], ["아동보육과", "자료 제공", ""]]


@pytest.mark.parametrize(("break_", "layouts"), [
    ("\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n", ["tab", "without-blank-lines"]),  # naming the report
    ("\n2025년 주요업무보고\t노인복지과\n\n- 3 -\n\n", ["tab", "without-blank-lines"]),  # a footer
    ("\n- 3 -\n\n한빛구청   사회복지과\n\n", ["tab", "without-blank-lines", "pipe-tables"]),  # the cover's department
    ("\n- 3 -\n\n노인복지과\n\n협업 부서\t협업 내용\t비고\n",  # another's, over the header printed again
     ["tab", "without-blank-lines", "pipe-tables"]),
])
def test_a_running_header_printed_once_in_a_tab_or_pipe_table_of_words_is_dropped(break_, layouts, tmp_path):
    """A running header at one page break between the rows of a table of words that prints every cell (tab, pipe),
    in fewer cells than the table's, where the rows go on below as wide: before, only a table of figures went on
    past it (a row of words left blank in a cell is printed alike in space-aligned text), and the rows below it
    were a table of their own. The table's row naming a department at the page's foot (`노인복지과 | 협조`) stays.
    The rows below are a table of their own still where the header is not printed again over them: a table of words
    goes on over a page break only so (`add_table`)."""
    for layout in layouts:
        r = read_laid_out(COOPERATION.format(break_=break_), layout, tmp_path)
        assert [list(row) for t in r.tables for row in t.rows] == COOPERATION_ROWS
        assert len(r.tables) == 1 + ("협업 부서" not in break_)
        assert not [t for t in r.general_text if "복지과" in t.text]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_a_running_header_in_a_tab_table_right_under_a_title_under_another_table_is_dropped(layout, tmp_path):
    """A title between two tab tables of other widths, no blank line around it (`정 원<tab>20<tab>8<tab>12` over
    `1. 협업 현황` over `협업 부서<tab>협업 내용<tab>비고`, as Word's "save as text" prints them) is no group row
    among the second table's rows (`_prints_group_lines`): another department's name at a page break between that
    table's rows is still a running header, dropped. Before, it was kept in the general part's text."""
    text = COOPERATION.replace("1. 협업 현황", "구 분\t계\t6급\t7급\n정 원\t20\t8\t12\n\n1. 협업 현황")
    r = read_laid_out(text.format(break_="\n- 3 -\n\n노인복지과\n\n"), layout, tmp_path)
    assert [list(row) for row in r.tables[-2].rows] + [list(row) for row in r.tables[-1].rows] == COOPERATION_ROWS
    assert [t.text for t in r.general_text] == ["1. 협업 현황 2. 기 타 업무 내용"]


@pytest.mark.parametrize("break_", ["\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n", "\n- 3 -\n\n노인복지과\n\n"])
def test_a_running_header_in_a_space_aligned_table_of_words_still_parts_it(break_, tmp_path):
    """Space-aligned text prints a row of words left blank in a cell as a running header may be printed
    (`노인복지과   협조`, `노인복지과`): the line is kept, as before, and parts the table: the rows below it, words
    under no header, are read as text, not rows (README, "What it does not read yet")."""
    r = read_laid_out(COOPERATION.format(break_=break_), "space-aligned", tmp_path)
    assert [row[0] for t in r.tables for row in t.rows] in ([], ["협업 부서", "가정복지과", "노인복지과"])
    text = " ".join(t.text for t in r.general_text)
    assert "노인복지과 여성가족과 공동 추진 매월 아동보육과 자료 제공" in text


# a 국's report printing each 과's budget under its name, a line of its own (`사회복지과`, then `노인복지과`)
BUREAU = (WELFARE.split("사 회 복 지 과")[0] + "복 지 국\n\nⅠ. 일반현황\n\n1. 과별 예산현황\n\n(단위: 천원)\n\n"
          "사회복지과\n\n"
          "단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,000,000\t400,000\t40.0\n청사 관리\t1,000,000\t400,000\t40.0\n"
          "{break_}단위사업명\t예산액\t집행액\t집행률(%)\n계\t2,000,000\t800,000\t40.0\n"
          "복지 행정\t1,500,000\t600,000\t40.0\n기본경비\t500,000\t200,000\t40.0\n\n2. 기 타\n\n업무 내용\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("break_", [
    "\n노인복지과\n\n- 3 -\n\n",  # the heading at a page's foot
    "\n- 3 -\n\n노인복지과\n\n",  # atop the next page
    "\n- 3 -\n\n2025년 주요업무보고\t노인복지과\n\n노인복지과\n\n",  # under a running header there
])
def test_a_departments_heading_at_a_page_break_stays_where_the_body_prints_one_over_a_table(break_, layout,
                                                                                           tmp_path):
    """A 국's report prints each 과's table under the 과's name, a line of its own (`사회복지과` over the first,
    away from the page breaks): the heading `노인복지과` at a page break between the two tables is one too, not a
    running header, and the tables stay two, each its 계. Before (this session's running headers printed once
    naming any department between a tab or pipe table's rows), it was dropped and the tables read as one budget of
    two 계 rows, the 계 found off by the rows (`sum.budget`). The second table's unit is still the report's first
    only (`(단위: 천원)` is read for the table under it)."""
    from checks import run_checks

    r = read_laid_out(BUREAU.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name) for b in r.budget] == [
        (1, "계"), (1, "청사 관리"), (2, "계"), (2, "복지 행정"), (2, "기본경비")]
    assert [b.budget_krw for b in r.budget][:2] == [1_000_000_000, 1_000_000_000]
    assert not [f for f in run_checks(r) if f.rule.startswith("sum")]
    assert [t.text for t in r.general_text if "노인복지과" in t.text]
    assert not [t for t in r.general_text if "주요업무보고" in t.text]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
@pytest.mark.parametrize("break_", ["\n노 인 복 지 과\n\n- 3 -\n\n", "\n- 3 -\n\n노 인 복 지 과\n\n"])
def test_a_letter_spaced_departments_heading_at_a_page_break_stays_where_the_body_prints_one(break_, layout,
                                                                                            tmp_path):
    """A 국's report printing each 과's name letter-spaced over its table (`사 회 복 지 과`, `노 인 복 지 과` at the
    break): the heading at the page break is one too, no running header, and the tables stay two."""
    text = BUREAU.replace("\n사회복지과\n", "\n사 회 복 지 과\n").format(break_=break_)
    r = read_laid_out(text, layout, tmp_path)
    assert [(b.table_no, b.name) for b in r.budget] == [
        (1, "계"), (1, "청사 관리"), (2, "계"), (2, "복지 행정"), (2, "기본경비")]
    assert [t.text for t in r.general_text if "노 인 복 지 과" in t.text]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
@pytest.mark.parametrize("heading", ["사회복지과", "## 사회복지과"])
def test_the_covers_department_as_a_heading_in_the_body_is_no_other_departments_heading(heading, layout, tmp_path):
    """The cover's department printed alone in the body, plain or as a markdown heading (`## 사회복지과`), is no
    other department's heading over its table (`_departments_printed_alone`): another department's name at a page
    break between a tab table's rows is still a running header, dropped, the table one budget. Before, the heading's
    marks made it another department's, the header was kept and the table parted, its last two rows lost."""
    text = WELFARE.replace("2. 기 타\n\n", f"2. 기 타\n\n{heading}\n\n")
    r = read_laid_out(text.format(break_="\n- 3 -\n\n노인복지과\n\n"), layout, tmp_path)
    assert [(b.name, b.budget_krw) for b in r.budget] == BUDGET_ROWS
    assert r.tables == [] and not [t for t in r.general_text if "노인복지" in t.text]


# a budget whose rows a group's label merged across the row parts, as Word's "save as text" prints it: a line of one
# cell between the tab rows (`{group}` over `청사 관리`, `노인복지과` over `복지 행정` at a page break)
GROUPED = (WELFARE.split("청사 관리")[0] + "{group}\n청사 관리\t1,000,000\t400,000\t40.0\n{break_}"
           "복지 행정\t1,500,000\t600,000\t40.0\n기본경비\t500,000\t200,000\t40.0\n\n2. 기 타\n\n업무 내용\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
@pytest.mark.parametrize("group", ["사회복지과", "일반 사업"])  # a department's name, or a group of no department
@pytest.mark.parametrize("break_", ["노인복지과\n\n- 3 -\n\n", "\n- 3 -\n\n노인복지과\n"])
def test_a_tab_tables_group_row_naming_a_department_at_a_page_break_is_a_row_of_it(break_, group, layout, tmp_path):
    """A tab table printing a group row as a line of one cell among its rows (`사회복지과` or `일반 사업` over
    `청사 관리`) prints the group `노인복지과` at a page break so too: it is kept, not dropped as a running header,
    and the table goes on past it, the group read as the table's other lines of one cell are (a line ending in
    `과` as a line break in the label below, `노인복지과 복지 행정`, as `사회복지과 청사 관리`; `일반 사업` a row
    of its own), no row lost, each budget line on the line its row starts on. Before, the line parted the table:
    the rows below it were a table of their own, no budget, and the 계 was found off by the rows above it
    (`sum.budget`)."""
    from checks import run_checks

    text = GROUPED.format(group=group, break_=break_)
    r = read_laid_out(text, layout, tmp_path)
    grouped = "사회복지과 청사 관리" if group == "사회복지과" else "청사 관리"
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [
        (1, "계", 3_000_000_000), (1, grouped, 1_000_000_000), (1, "노인복지과 복지 행정", 1_500_000_000),
        (1, "기본경비", 500_000_000)]
    # the group of no department a row of blank cells, the budget's rows read as a table too (as with no break)
    assert [row[0] for t in r.tables for row in t.rows] == ([] if group == "사회복지과" else [
        "단위사업명", "계", "일반 사업", "청사 관리", "노인복지과 복지 행정", "기본경비"])
    assert [t.text for t in r.general_text] == ["1. 예산현황 2. 기 타 업무 내용"] and run_checks(r) == []
    lines = (LAYOUTS[layout](text) if layout in LAYOUTS else text).split("\n")
    assert [lines[b.source.line - 1].split("\t")[0] for b in r.budget] == [
        "계", group if group == "사회복지과" else "청사 관리", "노인복지과", "기본경비"]


@pytest.mark.parametrize("group", ["사회복지과", "일반 사업"])
@pytest.mark.parametrize("break_", ["노인복지과\n\n- 3 -\n\n", "\n- 3 -\n\n노인복지과\n"])
def test_a_space_aligned_tables_group_row_naming_a_department_at_a_page_break_stays(break_, group, tmp_path):
    """A space-aligned table printing a group row as a line of one cell among its rows (`사회복지과` over
    `청사 관리`) prints the group `노인복지과` at a page break so too (`_prints_group_lines`): it is no running header
    of another department, and stays the table's group row, as before this session's rule for another department's
    name between space-aligned rows."""
    from checks import run_checks

    r = read_laid_out(GROUPED.format(group=group, break_=break_), "space-aligned", tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert [row[0] for t in r.tables for row in t.rows] == [
        "단위사업명", "계", group, "청사 관리", "노인복지과", "복지 행정", "기본경비"]
    assert [t.text for t in r.general_text] == ["1. 예산현황 2. 기 타 업무 내용"] and run_checks(r) == []


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_a_group_row_at_a_page_break_over_the_header_printed_again_is_read_past_it(layout, tmp_path):
    """The header printed again atop the next page under the group row (`노인복지과` over `단위사업명<tab>…`) is left
    out as the table goes on, and the group goes into the row below it."""
    text = GROUPED.format(group="일반 사업", break_="\n- 3 -\n\n노인복지과\n" + HEADER_AGAIN)
    r = read_laid_out(text, layout, tmp_path)
    assert [b.name for b in r.budget] == ["계", "청사 관리", "노인복지과 복지 행정", "기본경비"]
    assert [row[0] for t in r.tables for row in t.rows] == [
        "단위사업명", "계", "일반 사업", "청사 관리", "노인복지과 복지 행정", "기본경비"]
    assert [t.text for t in r.general_text] == ["1. 예산현황 2. 기 타 업무 내용"]


# BUREAU, each 과's table printing a group row of no department over its rows (`일반 사업`)
GROUPED_BUREAU = BUREAU.replace("400,000\t40.0\n청사", "400,000\t40.0\n일반 사업\n청사").replace(
    "800,000\t40.0\n복지", "800,000\t40.0\n일반 사업\n복지")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
@pytest.mark.parametrize("break_", ["\n노인복지과\n\n- 3 -\n\n", "\n- 3 -\n\n노인복지과\n\n"])
def test_a_departments_heading_at_a_page_break_over_a_table_printing_its_total_again_stays_a_heading(
        break_, layout, tmp_path):
    """A 국's report whose 과 tables print group rows (`일반 사업`): the next 과's heading at a page break
    (`노인복지과`) over its own table, its own `계` first, is no group row of the table above going on: the tables
    stay two, each its 계. Before, it was read as a group row, the two tables one budget of two 계 rows
    (`sum.budget`)."""
    from checks import run_checks

    r = read_laid_out(GROUPED_BUREAU.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name) for b in r.budget] == [
        (1, "계"), (1, "청사 관리"), (2, "계"), (2, "복지 행정"), (2, "기본경비")]
    assert not [f for f in run_checks(r) if f.rule.startswith("sum")]
    assert [t.text for t in r.general_text if "노인복지과" in t.text]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines"])
def test_a_paragraph_naming_the_covers_department_atop_a_page_stays(layout, tmp_path):
    """A line of the body's text that is the department's name after its office, atop a page under a table's rows
    with text below it, is no running header: the table does not go on below it."""
    text = WELFARE.format(break_="").replace("\n\n2. 기 타\n\n업무 내용\n",
                                            "\n- 3 -\n\n한빛구청 사회복지과\n\n2. 기 타\n\n업무 내용\n")
    r = read_laid_out(text, layout, tmp_path)
    assert [(b.name, b.budget_krw) for b in r.budget] == BUDGET_ROWS
    assert "한빛구청 사회복지과" in " ".join(t.text for t in r.general_text)


_NAME = st.text(st.sampled_from("가노복사세인정지청행회무"), min_size=1, max_size=6)
_DEPARTMENT = st.builds(lambda name, end: name + end, _NAME, st.sampled_from(["과", "담당관", "실", "센터"]))
_OFFICE = st.sampled_from(["", "한빛구청", "푸른구", "복지국", "한빛구청 복지국", "보건소"])


@given(_DEPARTMENT, _OFFICE, st.sampled_from([" ", "   ", "\t"]), st.booleans())
def test_a_department_after_its_office_however_spaced_names_it(department, office, gap, spaced):
    """Any department's name, alone or after its office or 국, names the cover's department however spaced (letter by
    letter too), and any department where none is given but for a letter-spaced one; with a word after it, none."""
    line = f"{office}{gap}{' '.join(department) if spaced else department}".strip()
    assert names_department(line, frozenset({department}))
    assert names_department(line) is not spaced
    assert not names_department(f"{line} 신설", frozenset({department}))
    assert not names_department(line, frozenset({department + "장"}))


# a plan's table and its results' under a heading of their own, the two printing one header
PLAN_AND_RESULTS = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n2025년 주요업무 보고\n\n사 회 복 지 과\n\n"
                    "Ⅰ. 일반현황\n\n1. 경로당 운영\n\n추진계획\n\n구 분\t개소\t인원\n계\t30\t900\n1분기\t10\t300\n"
                    "\n- 3 -\n\n{heading}\n\n구 분\t개소\t인원\n계\t28\t850\n1분기\t9\t280\n\n2. 기 타\n\n업무 내용\n")


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "without-blank-lines"])
@pytest.mark.parametrize("heading", ["추진결과", "기대효과", "주요성과", "추 진 결 과"])
def test_a_heading_ending_as_a_departments_name_at_a_page_break_stays(heading, layout, tmp_path):
    """A heading atop a page over a table printing the header of the table above (`추진결과` over the results
    under `추진계획`'s plan) ends as a 과's name does, but names no department: it stays, and the tables two.
    Before, it was dropped as another department's running header and the two tables read as one of two 계 rows
    (in tab text, and since e6337ba in space-aligned text and letter-spaced)."""
    r = read_laid_out(PLAN_AND_RESULTS.format(heading=heading), layout, tmp_path)
    assert [[row[0] for row in t.rows] for t in r.tables] == [["구 분", "계", "1분기"]] * 2
    assert [t.text for t in r.general_text if heading in t.text]
    assert not names_department(heading.replace(" ", ""))
