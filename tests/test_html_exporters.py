"""A budget table as each HTML exporter prints its cells: a cell's line break (a `<p>` a line in hwp5html and Word, a
`<br/>` in LibreOffice and 한글's own export) is a space, as the text readers join a wrapped cell's lines; a span split
by formatting (`<span>1</span><span>,250,000</span>`) is nothing, one figure; a line break in the markup between two
tags is nothing where the exporter lays out a span a line (hwp5html's indent) and a space where it wraps a long line
of markup at a space of its text (Word, LibreOffice)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_report
from pipeline.markup_tables import html_document_lines, html_table, project_parts_lines, spans_a_line
from pipeline.read_text import read_text

# each cell's lines (`|` a line break in the cell) and formatting runs (`^`), as the table prints them
ROWS = [["구 분", "예산액", "집행액"], ["계", "1^,250,000", "500,0^00"], ["청사|관리", "1,000,000", "400,000"],
        ["기본^경비", "250,000", "100,000"]]
EXPECTED = [("계", 1_250_000_000, 500_000_000), ("청사 관리", 1_000_000_000, 400_000_000),
            ("기본경비", 250_000_000, 100_000_000)]


def _hwp5html(cell: str) -> str:
    paragraphs = ["          <p>\n" + "\n".join(f'            <span class="lang-ko charshape-{n}">{run}</span>'
                                                 for n, run in enumerate(line.split("^"))) + "\n          </p>"
                  for line in cell.split("|")]
    return "        <td>\n" + "\n".join(paragraphs) + "\n        </td>"


def _libreoffice(cell: str) -> str:
    runs = "<br/>".join("".join(f'<span lang="ko-KR">{run}</span>' for run in line.split("^"))
                        for line in cell.split("|"))
    return f'\t\t<td width="120" style="border: 1px solid #000000"><p align="center">\n\t\t\t{runs}</p>\n\t\t</td>'


def _word(cell: str) -> str:
    paragraphs = "\n  ".join("<p class=MsoNormal align=center>" + "".join(
        f"<span\n  lang=EN-US style='font-size:10.0pt'>{run}</span>" for run in line.split("^")) + "</p>"
        for line in cell.split("|"))
    return f"  <td width=113 valign=top style='width:84.9pt;border:solid windowtext 1.0pt'>\n  {paragraphs}\n  </td>"


def _hangul(cell: str) -> str:
    runs = "<BR>".join("".join(f"<SPAN STYLE='font-size:10.0pt'>{run}</SPAN>" for run in line.split("^"))
                       for line in cell.split("|"))
    return f"<TD valign=middle style='width:120px'><P CLASS=HStyle0 STYLE='text-align:center'>{runs}</P></TD>"


EXPORTERS = {"hwp5html": _hwp5html, "libreoffice": _libreoffice, "word": _word, "hangul": _hangul}


def _report(cell) -> str:
    rows = "\n".join("<tr>\n" + "\n".join(cell(text) for text in row) + "\n</tr>" for row in ROWS)
    return (f"<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅰ. 일반현황</p>\n<p>1. 예산현황</p>\n"
            f"<p>(단위: 천원)</p>\n<table border=1>\n{rows}\n</table>\n</body>\n</html>\n")


@pytest.mark.parametrize("exporter", EXPORTERS)
def test_a_cells_line_breaks_are_spaces_and_its_formatting_splits_nothing(exporter):
    report = extract_report(read_text("재무과.html", _report(EXPORTERS[exporter]).encode()))
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == EXPECTED


@pytest.mark.parametrize("markup, text", [
    # LibreOffice and Word break a long line of markup where the text has a space: HTML prints it as one (before,
    # `청사관리`)
    ('<table><tr><td><p><span lang="ko-KR">청사</span>\n<span lang="ko-KR">관리</span></p></td></tr></table>',
     "청사 관리"),
    ("<table>\n  <tr>\n  <td><p class=MsoNormal><span lang=KO>청사</span>\n  <span lang=KO>관리</span></p></td></tr>"
     "</table>", "청사 관리"),
    # hwp5html's indent, a span a line, is no text
    ("<table>\n  <tr>\n    <td>\n      <p>\n        <span>청사</span>\n        <span>관리</span>\n      </p>\n"
     "    </td>\n  </tr>\n</table>", "청사관리"),
    ("<table><tr><td><span>1</span><span>,250,000</span></td></tr></table>", "1,250,000"),
    ("<TABLE><TR><TD><P>청사</P><P>관리</P></TD></TR></TABLE>", "청사 관리"),
    ("<table><tr><td>청사<BR>관리</td></tr></table>", "청사 관리"),
])
def test_a_cells_text_as_its_exporter_prints_it(markup, text):
    assert html_table(markup)[1] == ((text,),)


def test_spans_a_line_tells_hwp5htmls_layout():
    assert spans_a_line(_report(_hwp5html))
    assert not any(spans_a_line(_report(EXPORTERS[name])) for name in ("libreoffice", "word", "hangul"))


def test_a_libreoffice_cell_wrapped_after_its_first_span_reads_the_space():
    """LibreOffice prints a cell's paragraph on the line below its `<p>`, indented: broken after its first span, that
    span stands on a line of its own, but the span after it starts the next line unindented, as no hwp5html run does.
    Its line break is the space it broke at (before, `청사관리`, and the document's other wrapped lines lost theirs)."""
    cell = ('\t\t<td width="120" style="border: 1px solid #000000"><p align="center">\n'
            '\t\t\t<span lang="ko-KR">청사</span>\n<span lang="ko-KR">관리</span></p>\n\t\t</td>')
    table = f"<table>\n\t<tr>\n{cell}\n\t</tr>\n</table>"
    assert not spans_a_line(table)
    assert html_table(table)[1] == (("청사 관리",),)


def test_a_paragraphs_markup_broken_at_a_space_reads_the_space():
    """In a paragraph too: LibreOffice's and Word's line of markup broken between two spans is the space it broke
    at (`청렴</span>⏎<span>교육`: two words; before, `청렴교육`)."""
    wrapped = "<span lang=KO>○ 청렴</span>\n<span lang=KO>교육 실시: 3월</span>"
    html = ("<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅱ. 주요업무 추진실적</p>\n"
            f"<p>1. 청렴 문화 확산</p>\n<p>□ 추진실적</p>\n<p class=MsoNormal>{wrapped}</p>\n</body>\n</html>\n")
    [project] = extract_report(read_text("재무과.html", html.encode())).projects
    assert [(item.text, item.months) for item in project.items] == [("청렴 교육 실시: 3월", ["2025-03"])]


PARTS_AS_TEXT = """2025년 주요업무보고

재 무 과

Ⅱ. 주요업무 추진실적

1. 청사 에너지 절감

□ 사업개요
○ 기 간: 2025. 1. ~ 12.
○ 사업비: 120,000천원(구비)

□ 추진실적
○ LED 조명 교체(320개): 3월 ~ 5월 / 80,000천원
- 지하주차장 포함

□ 향후계획
○ 태양광 설비 점검: 9월
"""
# the parts as the table's cells: `|` a line of the right cell
PARTS = [("사업개요", "○ 기 간: 2025. 1. ~ 12.|○ 사업비: 120,000천원(구비)"),
         ("추진실적", "○ LED 조명 교체(320개): 3월 ~ 5월 / 80,000천원|- 지하주차장 포함"),
         ("향후계획", "○ 태양광 설비 점검: 9월")]


def _parts_report(cell, header: bool) -> str:
    rows = [("구 분", "내 용")] * header + PARTS
    table = "\n".join("<tr>\n" + cell(left) + "\n" + cell(right) + "\n</tr>" for left, right in rows)
    return ("<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅱ. 주요업무 추진실적</p>\n"
            f"<p>1. 청사 에너지 절감</p>\n<table border=1>\n{table}\n</table>\n</body>\n</html>\n")


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize("exporter", EXPORTERS)
def test_a_table_of_a_projects_parts_reads_as_its_parts(exporter, header):
    """A table of two columns laying out a project's parts (`사업개요 | ○ 기 간: … ○ 사업비: …`, under `구 분 | 내 용`
    or none) reads as the parts a text converter prints: each a part, each paragraph or line of its cell an item;
    before, a generic table whose items ran together, no part nor item read."""
    [project] = extract_report(read_text("재무과.html", _parts_report(EXPORTERS[exporter], header).encode())).projects
    [as_text] = extract_report(read_text("재무과.txt", PARTS_AS_TEXT.encode())).projects
    items = [(item.heading, item.text, item.months, item.amount_krw) for item in project.items]
    assert items == [(i.heading, i.text, i.months, i.amount_krw) for i in as_text.items]
    assert items[:3] == [
        ("사업개요", "기 간: 2025. 1. ~ 12.", [f"2025-{m:02}" for m in range(1, 13)], None),
        ("사업개요", "사업비: 120,000천원(구비)", None, 120_000_000),
        ("추진실적", "LED 조명 교체(320개): 3월 ~ 5월 / 80,000천원", ["2025-03", "2025-04", "2025-05"], 80_000_000)]
    assert ("향후계획", "태양광 설비 점검: 9월", ["2025-09"], None) in items


@pytest.mark.parametrize("title", ["<p>2. 청사 환경 개선</p>", "<h2>청사 환경 개선</h2>", "<p>■ 청사 환경 개선</p>"])
def test_a_parts_table_under_the_next_title_lays_out_its_parts(title):
    """A project's parts table under its title, after a `□` part of the project before, is its own parts (a
    numbered title, a heading, a `■` title alike)."""
    html = ("<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅱ. 주요업무 추진실적</p>\n"
            "<p>1. 청사 에너지 절감</p>\n<p>□ 추진실적</p>\n<p>○ 조명 교체: 3월</p>\n"
            f"{title}\n<table><tr><td>사업개요</td><td><p>○ 기 간: 연중</p></td></tr>"
            "<tr><td>추진실적</td><td><p>○ 방수 공사: 4월</p></td></tr></table>\n</body>\n</html>\n")
    assert [line for line in html_document_lines(html) if line][-4:] == [
        "□ 사업개요", "○ 기 간: 연중", "□ 추진실적", "○ 방수 공사: 4월"]
    if title.startswith("<p>2."):
        *_, project = extract_report(read_text("재무과.html", html.encode())).projects
        assert (project.title, [(i.heading, i.text) for i in project.items]) == (
            "청사 환경 개선", [("사업개요", "기 간: 연중"), ("추진실적", "방수 공사: 4월")])


def _tags(markup: str) -> list[str]:
    return [tag.lower() for tag in re.findall(r"<(tr|td|th)[\s>]", markup, re.I)]


@pytest.mark.parametrize("rows", [
    [("구 분", "내 용"), ("사업개요", "기간: 연중")],  # one part
    [("사업개요", "기간: 연중"), ("추진실적", "교육 3회")],  # no item marked
    [("구 분", "인 원"), ("정 원", "○ 12"), ("현 원", "○ 11")],  # no part's names
    [("구 분", "내 용"), ("기본계획", "- 3월: 기본계획 수립"), ("실시계획", "- 6월: 실시설계")],  # a part's steps
    [("기본 계획", "○ 3월"), ("설계 계획", "○ 6월"), ("실행계획", "○ 9월")],  # ending as parts' names, none a part
])
def test_other_tables_of_two_columns_stay_tables(rows):
    table = "<table>" + "".join(f"<tr><td>{left}</td><td>{right}</td></tr>" for left, right in rows) + "</table>"
    assert project_parts_lines(table, _tags(table), False) is None


@pytest.mark.parametrize("names", [("사업개요", "문제점"), ("추진 배경", "사업내용"), ("사업개요", "기대효과"),
                                   ("2025년 추진실적", "향후 추진계획")])
def test_a_parts_table_names_parts_as_the_projects_extractor_does(names):
    """Each row's name ends as a part's (the projects' extractor's own list, `문제점` and `내용` too) and one at
    least is a part any project has; before, `문제점` and `사업내용` were missing from a copy of the list."""
    rows = "".join(f"<tr><td>{name}</td><td><p>○ 항목 {k}</p></td></tr>" for k, name in enumerate(names))
    table = f"<table><caption>&lt; 추진 현황 &gt;</caption>{rows}</table>"
    assert project_parts_lines(table, _tags(table), False) == [
        "< 추진 현황 >", f"□ {names[0]}", "○ 항목 0", f"□ {names[1]}", "○ 항목 1"]


STEPS_TABLE = [("구 분", "내 용"), ("기본계획", "- 3월: 기본계획 수립|- 용역 발주"), ("실시계획", "- 6월: 실시설계")]
PARTS_IN_A_PART = [("추진계획", "○ 3월: 기본계획 수립"), ("향후계획", "○ 6월: 실시설계")]


@pytest.mark.parametrize("part", ["<p>□ 추진계획</p>", "<h3>□ 추진계획</h3>"])
@pytest.mark.parametrize("rows", [STEPS_TABLE, STEPS_TABLE[1:], PARTS_IN_A_PART])
@pytest.mark.parametrize("exporter", EXPORTERS)
def test_a_table_inside_a_part_leaves_the_items_after_it_in_the_part(exporter, rows, part):
    """A two-column table under a `□` part (a part's steps, `기본계획 | - 3월: 기본계획 수립`, or rows named as
    parts are) is that part's: the item after it stays in the part. Before, its rows read as parts (`□ 기본계획`,
    `□ 실시계획`) and `○ 준공: 12월` went under the last, `실시계획`."""
    cell = EXPORTERS[exporter]
    table = "\n".join("<tr>\n" + cell(left) + "\n" + cell(right) + "\n</tr>" for left, right in rows)
    html = ("<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅱ. 주요업무 추진실적</p>\n"
            f"<p>1. 청사 에너지 절감</p>\n{part}\n<p>○ 추진 일정</p>\n"
            f"<table border=1>\n{table}\n</table>\n<p>○ 준공: 12월</p>\n</body>\n</html>\n")
    [project] = extract_report(read_text("재무과.html", html.encode())).projects
    assert {item.heading for item in project.items} == {"추진계획"}
    assert ("추진계획", "준공: 12월", ["2025-12"]) in [(i.heading, i.text, i.months) for i in project.items]


SCHEDULE_COVER = ("2025년 주요업무 보고\n\n감 사 담 당 관\n\nⅡ. 주요업무 추진실적\n\n① 청렴 문화 확산 (감사팀)\n\n"
                  "공직자의 청렴 의식을 높이고자 함\n\n□ 추진일정\n\n")
# each step's label and the months (of 1월 to 6월) its row shades; a row shaded whole, label too, is a group's
SHADED = [("청렴교육", {1, 2, 3}), ("발주", {5}), ("청렴 캠페인", {2, 3, 4, 5})]
SHADED_STEPS = [("청렴교육 : 1월~3월", 1, 3), ("발주 : 5월", 5, 5), ("청렴 캠페인 : 2월~5월", 2, 5)]
SHADINGS = {
    "libreoffice": ' bgcolor="#999999"',
    "word": " style='width:30.0pt;border:solid windowtext 1.0pt;background:#A6A6A6;padding:0cm 5.4pt 0cm 5.4pt'",
    "hangul": " STYLE='width:40px;border-left:solid #000000 0.4pt;BACKGROUND-COLOR:#808080'",
    "css": ' style="background-color: rgb(217, 217, 217)"',
}


def _shaded_schedule(shading: str, merged: bool) -> str:
    """The schedule's table, each step's shaded months as cells of their own or (`merged`) one cell over them."""
    def row(label: str, months: set[int], label_shading: str = "") -> str:
        cells, month = [f"<td{label_shading}>{label}</td>"], 1
        while month <= 6:
            run = 1
            while merged and month in months and month + run in months:
                run += 1
            span = f' colspan="{run}"' if run > 1 else ""
            cells.append(f"<td{shading if month in months else ''}{span}>&nbsp;</td>")
            month += run
        return "<tr>" + "".join(cells) + "</tr>"
    header = "<tr><td>구 분</td>" + "".join(f"<td>{m}월</td>" for m in range(1, 7)) + "</tr>"
    body = [row(label, months) for label, months in SHADED]
    group = row("교육분야", set(range(1, 7)), shading)  # shaded whole: no step of all the months
    return "<table border=1>\n" + "\n".join([header, group, *body]) + "\n</table>\n"


@pytest.mark.parametrize("merged", [False, True])
@pytest.mark.parametrize("shading", SHADINGS)
def test_a_schedules_months_marked_by_shading_date_its_steps(shading, merged):
    """A schedule marking a step's months by shading alone (no mark printed) dates each step by the months shaded
    under the month labels, as a `■` a month does; a row shaded whole, its label too, is no step of every month.
    Before, no month was marked: each step was undated."""
    table = _shaded_schedule(SHADINGS[shading], merged)
    for name, text in [("t.md", SCHEDULE_COVER + table),
                       ("t.html", "<html>\n<body>\n" + "".join(f"<p>{line}</p>\n" for line in SCHEDULE_COVER.split(
                           "\n\n") if line) + table + "</body>\n</html>\n")]:
        [project] = extract_report(read_text(name, text.encode())).projects
        assert [(i.text, i.start_month, i.end_month) for i in project.items] == SHADED_STEPS
    rows = html_table(table)[1]
    assert rows[1] == ("교육분야", "", "", "", "", "", "")
    assert rows[2] == ("청렴교육", "■", "■", "■", "", "", "")


@pytest.mark.parametrize("merged", [False, True])
@pytest.mark.parametrize("shading", SHADINGS)
def test_months_to_come_shaded_in_a_table_of_figures_mark_nothing(shading, merged):
    """A table of figures by month shading the months still to come (`접수 | 120 | 130 | ▒ | ▒`) prints them blank:
    a row printing a figure under a month is no step; before, each shaded cell read `■`."""
    later = (f"<td{SHADINGS[shading]} colspan=3>&nbsp;</td>" if merged
             else f"<td{SHADINGS[shading]}>&nbsp;</td>" * 3)
    table = ("<table><tr><td>구 분</td>" + "".join(f"<td>{m}월</td>" for m in range(1, 7)) + "</tr>"
             f"<tr><td>접수</td><td>120</td><td>130</td><td>140</td>{later}</tr>"
             f"<tr><td>증감</td><td>△2</td><td>-</td><td>1.5</td>{later}</tr>"
             f"<tr><td>청렴교육</td><td>-</td><td>-</td><td>-</td>{later}</tr></table>")
    assert html_table(table)[1][1:] == (("접수", "120", "130", "140", "", "", ""),
                                        ("증감", "△2", "-", "1.5", "", "", ""),
                                        ("청렴교육", "-", "-", "-", "■", "■", "■"))  # dashes: a schedule's


@pytest.mark.parametrize("white", ['bgcolor="#FFFFFF"', 'style="background-color: rgb(255, 255, 255)"',
                                   "style='background:rgb(255,255,255)'", "style='background:#fff url(bg.png)'",
                                   'style="background: #FFF url(&quot;a b.png&quot;) no-repeat"'])
def test_a_cell_on_white_is_no_shading(white):
    """A cell on white, however its colour is printed, marks no month; before, `rgb(255, 255, 255)` and a colour
    beside an image read as shades."""
    table = ("<table><tr><td>구 분</td><td>1월</td><td>2월</td></tr>"
             f"<tr><td>청렴교육</td><td {white}></td><td bgcolor=#999></td></tr></table>")
    assert html_table(table)[1][1] == ("청렴교육", "", "■")


def test_shading_outside_a_schedule_marks_nothing():
    """Shading in a table with no month labels (a total row, a header) is no mark."""
    table = ("<table><tr><td bgcolor=#ccc>구 분</td><td bgcolor=#ccc>예산액</td><td bgcolor=#ccc>비고</td></tr>"
             "<tr><td>계</td><td>1,000</td><td bgcolor=#ccc></td></tr></table>")
    assert html_table(table)[1] == (("구 분", "예산액", "비고"), ("계", "1,000", ""))


@pytest.mark.parametrize("anchor", ['<span id="_Toc2" class="anchor"></span>', '<SPAN ID="_Toc2"></SPAN>',
                                    '<A NAME="_Toc2"></A>', '<Span id=_Toc2></sPAN>'])
def test_an_empty_anchor_in_markdown_vanishes_in_any_case(anchor):
    """An anchor's empty `<span>` or `<a>` before a title, in any case (HTML's tags are), leaves the title read as
    one; before, `<SPAN …></SPAN>□ 사업개요` was a paragraph."""
    [heading] = [block for block in read_text("t.md", f"{anchor}□ 사업개요\n".encode()).blocks]
    assert (type(heading).__name__, heading.text) == ("Heading", "사업개요")


_RUN = st.text("청사관리기본경비예산집행액1234567890,.", min_size=1, max_size=6)  # a formatting run's text
_CELL_WORDS = st.lists(_RUN, min_size=1, max_size=4)  # a line's runs


@given(lines=st.lists(_CELL_WORDS, min_size=1, max_size=3), exporter=st.sampled_from(sorted(EXPORTERS)))
def test_any_cell_reads_its_runs_joined_and_its_lines_a_space_apart(lines, exporter):
    """Whatever a cell's text and however its lines are split into formatting runs, each exporter's cell reads the
    runs of a line run together and its lines a space apart."""
    cell = "|".join("^".join(runs) for runs in lines)
    table = "<table>\n<tr>\n" + EXPORTERS[exporter](cell) + "\n</tr>\n</table>"
    assert html_table(table)[1] == ((" ".join("".join(runs) for runs in lines),),)
