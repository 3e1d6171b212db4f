"""Reports converted to HTML documents of their own (hwp5html's indented XHTML, pandoc's `-t html`), each
paragraph a `<p>`, each table a `<table>` with rowspan and colspan: their paragraphs read as a text converter's
lines (bullets, headings, a project's parts), their tables as the reader's HTML tables."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Paragraph, Table
from pipeline.markup_tables import html_document_lines
from pipeline.read_text import read_text


def _paragraph(text: str, indent: str = "    ") -> str:
    """A paragraph as hwp5html indents it: each run of one character shape a `<span>` on a line of its own."""
    spans = "\n".join(f'{indent}  <span class="lang-ko charshape-{n}">{piece}</span>'
                      for n, piece in enumerate(text.split("|")))
    return f'{indent}<p class="Normal parashape-3">\n{spans}\n{indent}</p>'


def _cell(text: str, span: str = "") -> str:
    return f"        <td{span}>\n{_paragraph(text, '          ')}\n        </td>"


def _row(*cells: str) -> str:
    return "      <tr>\n" + "\n".join(cells) + "\n      </tr>"


HWP5HTML = "\n".join([
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml">',
    "  <head>",
    '    <meta http-equiv="content-type" content="text/html; charset=utf-8"/>',
    "    <title>재난안전과</title>",
    '    <style type="text/css">p.Normal { margin: 0 }</style>',
    "  </head>",
    "  <body>",
    _paragraph("제251회 한빛구의회 제1차 정례회"),
    _paragraph("2025년 주요업무보고"),
    _paragraph("재 난 안 전 과"),
    _paragraph("Ⅰ. 일반현황"),
    _paragraph("1. 인 력"),
    _paragraph("(단위: 명)"),
    '    <table class="borderfill-2">',
    _row(_cell("구 분", ' rowspan="2"'), _cell("계", ' rowspan="2"'), _cell("일 반 직", ' colspan="3"'),
         _cell("공무직", ' rowspan="2"')),
    _row(_cell("5급"), _cell("6급"), _cell("7급")),
    _row(_cell("정 원"), _cell("12"), _cell("1"), _cell("4"), _cell("5"), _cell("2")),
    _row(_cell("현 원"), _cell("11"), _cell("1"), _cell("4"), _cell("4"), _cell("2")),
    _row(_cell("과부족"), _cell("△1"), _cell("-"), _cell("-"), _cell("△1"), _cell("-")),
    "    </table>",
    _paragraph("Ⅱ. 주요업무 추진실적"),
    _paragraph("1. 풍수해 대비 |빗물받이 정비"),
    _paragraph("□ |사업개요"),
    _paragraph("○ |기 간: 2025. 3. ~ 10."),
    _paragraph("○ |사업비: 3억 2,000만원(구비)"),
    _paragraph("□ |추진실적"),
    _paragraph("○ |빗물받이 |청소(4,520개소): 3월 ~ 5월 / 120,000천원"),
    _paragraph("- 악취 차단장치 설치(310개소) &amp; 점검"),
    _paragraph("□ |향후계획"),
    _paragraph("○ 하반기 정비: 9월 ~ 10월"),
    "  </body>",
    "</html>",
])


def test_hwp5html_paragraphs_read_as_a_text_converters_lines_and_its_tables_as_tables():
    report = extract_report(read_text("재난안전과.html", HWP5HTML.encode()))
    assert report.document.department == "재난안전과"
    assert {(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "현원"} == {
        ("현원", "계", "계", 11), ("현원", "일반직", "5급", 1), ("현원", "일반직", "6급", 4),
        ("현원", "일반직", "7급", 4), ("현원", "공무직", "계", 2)}
    [project] = report.projects
    assert project.title == "풍수해 대비 빗물받이 정비"
    items = [(item.heading, item.text, item.months, item.amount_krw) for item in project.items]
    assert items == [
        ("사업개요", "기 간: 2025. 3. ~ 10.", [f"2025-{m:02}" for m in range(3, 11)], None),
        ("사업개요", "사업비: 3억 2,000만원(구비)", None, 320_000_000),
        ("추진실적", "빗물받이 청소(4,520개소): 3월 ~ 5월 / 120,000천원", ["2025-03", "2025-04", "2025-05"],
         120_000_000),
        ("향후계획", "하반기 정비: 9월 ~ 10월", ["2025-09", "2025-10"], None)]
    assert [child.text for child in project.items[2].children] == ["악취 차단장치 설치(310개소) & 점검"]
    assert not [f for f in run_checks(report) if f.severity == "error"]


def test_a_paragraphs_text_stays_on_the_line_its_markup_starts_on():
    lines = html_document_lines(HWP5HTML)
    assert len(lines) == HWP5HTML.count("\n") + 1
    span = next(n for n, line in enumerate(HWP5HTML.split("\n")) if "재 난 안 전 과" in line)
    assert lines[span - 1] == "재 난 안 전 과"  # on its `<p>`'s line, the span's below
    assert "재난안전과" not in lines  # the head's title prints nothing


PANDOC_HTML = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
  <meta charset="utf-8" />
  <title>홍보과</title>
</head>
<body>
<h1 id="i.-일반현황">Ⅰ. 일반현황</h1>
<h2 id="예산현황">1. 예산현황</h2>
<p>(단위: 천원)</p>
<table>
<thead>
<tr>
<th>단위사업명</th>
<th>예산액</th>
<th>집행액<br />
(5.31.기준)</th>
<th>집행률(%)</th>
</tr>
</thead>
<tbody>
<tr>
<td>계</td>
<td>850,000</td>
<td>340,000</td>
<td>40.0</td>
</tr>
<tr>
<td>구정 홍보</td>
<td>800,000</td>
<td>320,000</td>
<td>40.0</td>
</tr>
<tr>
<td>기본경비</td>
<td>50,000</td>
<td>20,000</td>
<td>40.0</td>
</tr>
</tbody>
</table>
<h1 id="ii.-주요업무-추진실적">Ⅱ. 주요업무 추진실적</h1>
<h2 id="구정-소식지-발행">1. 구정 소식지 발행</h2>
<p>□ 추진실적</p>
<ul>
<li><p>소식지 발행(월 1회, 12만부): 1월 ~ 5월 / 150,000천원</p>
<ul>
<li>디지털 소식지 병행 발행</li>
</ul></li>
</ul>
<p>□ 향후계획</p>
<ol>
<li>구민 기자단 운영: 7월</li>
</ol>
</body>
</html>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_pandoc_html_headings_lists_and_tables_read(encoding):
    report = extract_report(read_text("홍보과.html", PANDOC_HTML.encode(encoding)))
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == [
        ("계", 850_000_000, 340_000_000), ("구정 홍보", 800_000_000, 320_000_000), ("기본경비", 50_000_000, 20_000_000)]
    [project] = report.projects
    assert project.title == "구정 소식지 발행"
    assert [(item.heading, item.text, item.amount_krw) for item in project.items] == [
        ("추진실적", "소식지 발행(월 1회, 12만부): 1월 ~ 5월 / 150,000천원", 150_000_000),
        ("향후계획", "구민 기자단 운영: 7월", None)]
    assert [child.text for child in project.items[0].children] == ["디지털 소식지 병행 발행"]


@pytest.mark.parametrize("text", [
    "<table>\n<tr><td>계</td><td>3</td></tr>\n</table>\n",  # a markdown file that starts with an HTML table
    "# 제목\n\n<p>본문</p>\n",
    "<html 아님\n",
])
def test_a_text_that_is_no_html_document_is_left_to_the_text_reader(text):
    assert html_document_lines(text) is None


@pytest.mark.parametrize("document", [False, True])
def test_a_table_inside_a_cell_is_held_within_its_table(document):
    """A table ends at its own `</table>`, not at one closing a table inside its cells (before, its rows after that
    one were text: `계 3` a paragraph)."""
    table = ("<table>\n<tr><td>구분</td><td>내용</td></tr>\n<tr><td>표</td><td>\n<table>\n"
             "<tr><td>안1</td><td>안2</td></tr>\n</table>\n</td></tr>\n<tr><td>계</td><td>3</td></tr>\n</table>\n")
    text = f"<html>\n<body>\n{table}</body>\n</html>\n" if document else f"# 현황\n\n{table}\n끝\n"
    blocks = read_text("t.html" if document else "t.md", text.encode()).blocks
    (found,) = [block for block in blocks if isinstance(block, Table)]
    assert found.rows[-1] == ("계", "3")
    assert "계 3" not in [block.text for block in blocks if isinstance(block, Paragraph)]


@pytest.mark.parametrize("html, table", [("HTML", "TABLE"), ("Html", "Table"), ("html", "table")])
def test_tags_in_any_case_read(html, table):
    """A document's `<html>` and its tables' tags read in any case, as LibreOffice's older exports print them upper
    case, a raised number too (`m<Sup>2</Sup>`: `m²`, in a paragraph and a cell); a tag whose name only starts as
    `table` does (`<table-note>`) is no table."""
    sup = {"TABLE": "SUP", "Table": "Sup"}.get(table, "sup")
    text = (f"<{html} lang=ko>\n<body>\n<p>현황 30m<{sup}>2</{sup}></p>\n<{table} border=1>\n"
            f"<tr><td>구분</td><td>면적(m<{sup}>2</{sup}>)</td></tr>\n"
            f"<tr><td>계</td><td>3</td></tr>\n</{table}>\n<table-note>주석</table-note>\n</body>\n</{html}>\n")
    blocks = read_text("t.html", text.encode()).blocks
    assert [block.rows for block in blocks if isinstance(block, Table)] == [(("구분", "면적(m²)"), ("계", "3"))]
    assert [block.text for block in blocks if isinstance(block, Paragraph)] == ["현황 30m²", "주석"]


def _cell_of_paragraphs(*paragraphs: str) -> str:
    return "        <td>\n" + "\n".join(_paragraph(text, "          ") for text in paragraphs) + "\n        </td>"


def _hwp5html_report(*rows: str) -> str:
    body = [_paragraph("2025년 주요업무보고"), _paragraph("재 무 과"), _paragraph("Ⅰ. 일반현황"),
            _paragraph("1. 인 력"), '    <table class="borderfill-2">', *rows[:2], "    </table>",
            _paragraph("2. 예산현황"), _paragraph("(단위: 천원)"), '    <table class="borderfill-2">', *rows[2:],
            "    </table>"]
    return "\n".join(['<?xml version="1.0" encoding="utf-8"?>', '<html xmlns="http://www.w3.org/1999/xhtml">',
                      "  <body>", *body, "  </body>", "</html>"])


# a cell's text as hwp5html prints it: a span for each run of one language or character shape, on lines of their own
# (`1|2`: `<span>1</span>` over `<span>2</span>`), and a paragraph for each of its lines
SPANNED_CELLS = _hwp5html_report(
    _row(_cell("구 분"), _cell("계"), _cell("5|급"), _cell("6|급"), _cell("7|급")),
    _row(_cell("현 원"), _cell("1|2"), _cell("1"), _cell("5"), _cell("6")),
    _row(_cell("구 분"), _cell("예산액"), _cell_of_paragraphs("집행액", "(5.31.기준)"), _cell("집행률|(%)")),
    _row(_cell("계"), _cell("1|,250,000"), _cell("500,0|00"), _cell("40|.0")),
    _row(_cell("IT|기반 세입 관리"), _cell("1,000,000"), _cell("400,000"), _cell("40.0")),
    _row(_cell("기본경비"), _cell("250,000"), _cell("100,000"), _cell("40.0")))
SPANNED_CELLS_AS_TEXT = """2025년 주요업무보고

재 무 과

Ⅰ. 일반현황

1. 인 력

구 분\t계\t5급\t6급\t7급
현 원\t12\t1\t5\t6

2. 예산현황

(단위: 천원)

구 분\t예산액\t집행액 (5.31.기준)\t집행률(%)
계\t1,250,000\t500,000\t40.0
IT기반 세입 관리\t1,000,000\t400,000\t40.0
기본경비\t250,000\t100,000\t40.0
"""


def test_a_cells_spans_read_as_the_text_they_print_together():
    """The spans hwp5html prints a cell's text in, a line each, are one text (`<span>1</span>` over `<span>2</span>`:
    `12`), as a paragraph's are, and the cell's paragraphs its lines (`집행액` over `(5.31.기준)`); before, each span
    was a word of its own: a 단위사업 read `IT 기반 세입 관리`, a rate `40 .0`, a figure `1 ,250,000`."""
    report = extract_report(read_text("재무과.html", SPANNED_CELLS.encode()))
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing] == [
        ("계", "계", 12), ("계", "5급", 1), ("계", "6급", 5), ("계", "7급", 6)]
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == [
        ("계", 1_250_000_000, 500_000_000), ("IT기반 세입 관리", 1_000_000_000, 400_000_000),
        ("기본경비", 250_000_000, 100_000_000)]
    as_text = extract_report(read_text("재무과.txt", SPANNED_CELLS_AS_TEXT.encode()))
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in report.staffing] == [
        (s.status, s.job_class, s.grade, s.headcount) for s in as_text.staffing]
    assert [(line.name, line.budget_krw, line.executed_krw, line.rate_text, line.as_of) for line in report.budget] == [
        (line.name, line.budget_krw, line.executed_krw, line.rate_text, line.as_of) for line in as_text.budget]
    assert not [f for f in run_checks(report) if f.severity == "error"]


BOXED_PARTS_AS_TEXT = """Ⅱ. 주요업무 추진실적

1. 체납 지방세 징수

□ 사업개요
○ 기 간: 2025. 1. ~ 12.
○ 사업비: 8,000천원(구비)

□ 추진실적
○ 체납차량 번호판 영치(420대): 3월 ~ 5월 / 8,000천원
"""


def _boxed_parts(table: str, cell: str, paragraph: str, indent: str) -> str:
    """The report above with its section's title and its 사업개요 in boxes: a table of one cell each, its
    paragraphs within (`indent` between tags, as hwp5html indents them, or none, as 한글's own export prints them)."""
    def box(*texts: str) -> str:
        paragraphs = indent.join(f"<{paragraph}>{text}</{paragraph}>" for text in texts)
        return (f"<{table}>{indent}<{cell[:2]}>{indent}<{cell}>{indent}{paragraphs}{indent}</{cell}>{indent}"
                f"</{cell[:2]}>{indent}</{table}>")
    body = [box("Ⅱ. 주요업무 추진실적"), f"<{paragraph}>1. 체납 지방세 징수</{paragraph}>",
            box("□ 사업개요", "○ 기&nbsp;간: 2025. 1. ~ 12.", "○ 사업비: 8,000천원(구비)"),
            f"<{paragraph}>□ 추진실적</{paragraph}>",
            f"<{paragraph}>○ 체납차량 번호판 영치(420대): 3월 ~ 5월 / 8,000천원</{paragraph}>"]
    return f"<html>\n<body>\n{indent.join(body)}\n</body>\n</html>\n"


@pytest.mark.parametrize("table, cell, paragraph, indent", [
    ("table", "tr><td", "p", "\n  "),  # hwp5html: indented, a tag a line
    ("TABLE", "TR><TD", "P CLASS=HStyle0", "\n"),  # 한글's "HTML로 저장": upper case
    ("table", "tr><th", "div", ""),  # one line, a header cell
])
def test_a_box_of_one_cell_reads_as_the_paragraphs_it_holds(table, cell, paragraph, indent):
    """A table of one column, as HWP boxes a section's title or a project's part, reads as its paragraphs, as the
    text converters print them and a frame of box characters reads; before, the box was one cell, so that its
    사업개요 was no part of the project and its 기간 and 사업비 were lost."""
    paragraph_end = paragraph.split()[0]
    html = _boxed_parts(table, cell, paragraph, indent).replace(f"</{paragraph}>", f"</{paragraph_end}>")
    report = extract_report(read_text("재무과.html", html.encode()))
    [project] = report.projects
    assert (project.section, project.title) == ("Ⅱ 주요업무 추진실적", "체납 지방세 징수")
    assert [(item.heading, item.text, item.amount_krw) for item in project.items] == [
        ("사업개요", "기 간: 2025. 1. ~ 12.", None), ("사업개요", "사업비: 8,000천원(구비)", 8_000_000),
        ("추진실적", "체납차량 번호판 영치(420대): 3월 ~ 5월 / 8,000천원", 8_000_000)]
    [as_text] = extract_report(read_text("재무과.txt", BOXED_PARTS_AS_TEXT.encode())).projects
    assert [(i.heading, i.text, i.months, i.amount_krw) for i in project.items] == [
        (i.heading, i.text, i.months, i.amount_krw) for i in as_text.items]


def test_a_table_of_two_columns_or_holding_a_table_stays_a_table():
    inner = "<table><tr><td>계</td><td>3</td></tr></table>"
    html = (f"<html>\n<body>\n<table><tr><td>1</td><td>인 력</td></tr></table>\n"
            f"<table><tr><td>{inner}</td></tr></table>\n</body>\n</html>\n")
    blocks = read_text("t.html", html.encode()).blocks
    assert [block.rows for block in blocks if isinstance(block, Table)] == [(("1", "인 력"),), (("계", "3"),)]


@pytest.mark.parametrize("mark", [
    "<sup>1</sup>",  # pandoc's and hwp5html's
    '<sup><a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a></sup>',  # LibreOffice
    "<SUP>1)</SUP>",  # 한글's "HTML로 저장", its footnote mark `1)`
    "<Sup>1</Sup>",  # any case: HTML's tags are read so (before, `<Sup>` was dropped and `12억 5,000만원1` read)
    "<sUP>1)</SuP>",
    # Word's: `[1]` raised by its stylesheet
    '<a href="#_ftn1" name="_ftnref1" title=""><span\nclass=MsoFootnoteReference>[1]</span></a>',
])
def test_a_footnotes_mark_in_a_paragraph_is_raised_as_in_markdown(mark):
    """A footnote's mark after an amount in an HTML document's paragraph is the raised number it prints, as in a
    markdown file's line and an HTML table's cell; before, its tag was dropped and the digit ran into the amount
    (`12억 5,000만원1`), which then read as none."""
    paragraphs = ["2025년 주요업무보고", "재 무 과", "Ⅱ. 주요업무 추진실적", "1. 체납 지방세 징수", "□ 추진실적",
                  f"○ 번호판 영치(420대): 3월 / 12억 5,000만원{mark}"]
    html = "<html>\n<body>\n" + "\n".join(f"<p>{text}</p>" for text in paragraphs) + "\n</body>\n</html>\n"
    [item] = extract_report(read_text("재무과.html", html.encode())).projects[0].items
    markdown = "\n\n".join(paragraphs[:-1] + [paragraphs[-1].replace(mark, "[^1]")]) + "\n\n[^1]: 추경 포함\n"
    [as_markdown] = extract_report(read_text("재무과.md", markdown.encode())).projects[0].items
    assert (item.text.rstrip("⁾"), item.amount_krw, item.months) == (as_markdown.text, 1_250_000_000, ["2025-03"])


WORD_FOOTNOTES = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<body lang=KO>
<div class=WordSection1>
<p class=MsoNormal>2025년 주요업무보고</p>
<p class=MsoNormal>재 무 과</p>
<p class=MsoNormal>1. 예산현황</p>
<table class=MsoTableGrid border=1>
 <tr><td><p class=MsoNormal>구 분</p></td><td><p class=MsoNormal>예산액</p></td></tr>
 <tr><td><p class=MsoNormal>계</p></td><td><p class=MsoNormal>9,850<a href="#_ftn2"
 name="_ftnref2" title=""><span class=MsoFootnoteReference>[2]</span></a></p></td></tr>
</table>
<p class=MsoNormal>Ⅱ. 주요업무 추진실적</p>
<p class=MsoNormal>1. 체납 지방세 징수</p>
<p class=MsoNormal>□ 추진실적</p>
<p class=MsoNormal>○ 번호판 영치: 3월 / 12억원<a href="#_ftn1" name="_ftnref1" title=""><span
class=MsoFootnoteReference>[1]</span></a></p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>
<hr align=left size=1 width="33%">
<![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title="">[1]</a> 추경 포함</p>
</div>
<div id="sdfootnote2"><p class="sdfootnote"><a class="sdfootnotesym" href="#sdfootnote2anc">2</a>본예산 기준</p></div>
</div>
</body>
</html>
"""


def test_word_footnotes_read_as_marks_and_their_texts_as_no_line():
    """Word's footnote reference (`[1]` in a span its stylesheet raises, linking `#_ftn1`) is the raised number, in a
    paragraph and a cell, and the footnotes' texts Word and LibreOffice print at the end (`<div id=ftn1>`,
    `<div id="sdfootnote2">`) no line of the report, as pandoc's `[^1]:` are none; before, `12억원[1]` read no amount
    and `[1] 추경 포함` was the project's purpose."""
    document = read_text("재무과.html", WORD_FOOTNOTES.encode())
    assert [block.rows for block in document.blocks if isinstance(block, Table)] == [
        (("구 분", "예산액"), ("계", "9,850"))]
    lines = html_document_lines(WORD_FOOTNOTES)
    assert len(lines) == WORD_FOOTNOTES.count("\n") + 1
    assert not [line for line in lines if "추경" in line or "본예산" in line]
    [project] = extract_report(document).projects
    assert [(item.text, item.amount_krw) for item in project.items] == [("번호판 영치: 3월 / 12억원¹", 1_200_000_000)]
    assert project.purpose is None
