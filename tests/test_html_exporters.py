"""A budget table as each HTML exporter prints its cells: a cell's line break (a `<p>` a line in hwp5html and Word, a
`<br/>` in LibreOffice and 한글's own export) is a space, as the text readers join a wrapped cell's lines; a span split
by formatting (`<span>1</span><span>,250,000</span>`) is nothing, one figure; a line break in the markup between two
tags is nothing where the exporter lays out a span a line (hwp5html's indent) and a space where it wraps a long line
of markup at a space of its text (Word, LibreOffice)."""

import pytest

from extractors import extract_report
from pipeline.markup_tables import html_table, spans_a_line
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


def test_a_paragraphs_markup_broken_at_a_space_reads_the_space():
    """In a paragraph too: LibreOffice's and Word's line of markup broken between two spans is the space it broke
    at (`청렴</span>⏎<span>교육`: two words; before, `청렴교육`)."""
    wrapped = "<span lang=KO>○ 청렴</span>\n<span lang=KO>교육 실시: 3월</span>"
    html = ("<html>\n<body>\n<p>2025년 주요업무보고</p>\n<p>재 무 과</p>\n<p>Ⅱ. 주요업무 추진실적</p>\n"
            f"<p>1. 청렴 문화 확산</p>\n<p>□ 추진실적</p>\n<p class=MsoNormal>{wrapped}</p>\n</body>\n</html>\n")
    [project] = extract_report(read_text("재무과.html", html.encode())).projects
    assert [(item.text, item.months) for item in project.items] == [("청렴 교육 실시: 3월", ["2025-03"])]
