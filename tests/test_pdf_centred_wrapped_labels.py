"""A budget table with no rule inside it (a box alone, a rule above and below it, or no rules at all), its 정책사업
merged down over a group of 단위사업 rows and centred in its cell, wrapped over two or three lines
(`취약계층 기초생활 보장 및` over `자립기반 강화`): the label's lines stand a leading apart about the group's middle,
between the rows' lines or on them. They read as one label on the group's first row, as the same report printed as
text with tabs or as a markdown table reads. Before, each line went on the row it fell on or stood as a row of its
own: `소계` joined with the group's first row (`소계 국민기초생활보장 생계급여`), the table parted, false `sum.table`
errors; in a group of three rows the label went on the middle row."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs, pipe_tables

LABELS = {1: ["생활보장 강화"], 2: ["취약계층 기초생활 보장 및", "자립기반 강화"],
          3: ["취약계층", "기초생활 보장 및", "자립기반 강화"]}  # the 정책사업 label's lines, as printed
UNITS = [("국민기초생활보장 생계급여", "7,800,000", "7,650,000", "△150,000"),
         ("기초생활수급자 의료급여 지원", "1,450,000", "1,470,000", "20,000"),
         ("자활근로사업 운영", "1,000,000", "1,000,000", "0"),
         ("긴급복지 지원", "500,000", "520,000", "20,000")]
TOTALS = {2: ("9,250,000", "9,120,000", "△130,000"), 3: ("10,250,000", "10,120,000", "△130,000"),
          4: ("10,750,000", "10,640,000", "△110,000")}


def _rows(units: int, lines: int) -> tuple[tuple[str, ...], ...]:
    """The table as the text report prints it: the label on its group's first row, the rows below it blank."""
    return (("정책사업", "단위사업", "2024년", "2025년", "증감"), ("소계", "", *TOTALS[units]),
            *((" ".join(LABELS[lines]) if r == 0 else "", *unit) for r, unit in enumerate(UNITS[:units])))


def _report(rows) -> str:
    table = "\n".join("\t".join(row) for row in rows)
    return (f"2025년 주요업무 보고\n\n복 지 정 책 과\n\n□ 세부사업 예산 현황\n\n(단위: 천원)\n\n{table}\n\n"
            "□ 향후계획\n\n다음 사업을 추진함\n")


def _render(tmp_path, units: int, lines: int, rules: str, size: float, unit_width: float = 160):
    """The report on A4, its table in `size` point cells (a leading of `size` + 2), columns 140, `unit_width`, 70, 70
    and 70 points wide (95: each 단위사업 wraps over two lines), the label merged down its group's rows (`SPAN`) and
    centred in its cell as each cell is, its lines broken where `LABELS` breaks them; ruled by `rules` alone: a box,
    a rule above the table and one below, or none."""
    rows = _rows(units, lines)
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE = A4
    cell = ParagraphStyle("cell", fontName=pdfs.BODY_FONT, fontSize=size, leading=size + 2)
    header = ParagraphStyle("header", parent=cell, alignment=1)
    figure = ParagraphStyle("figure", parent=cell, alignment=2)

    def printed(r: int, c: int, text: str) -> Paragraph:
        if r >= 2 and c == 0 and text:
            return Paragraph("<br/>".join(LABELS[lines]), cell)
        return Paragraph(pdfs.printed(text), header if r == 0 else figure if c >= 2 else cell)

    def boxed_table(block, ruling, repeat_header=True):
        table = Table([[printed(r, c, text) for c, text in enumerate(row)] for r, row in enumerate(block.rows)],
                      colWidths=[140, unit_width, 70, 70, 70])
        drawn = {"box": [("BOX", (0, 0), (-1, -1), 0.8, colors.black)],
                 "above and below": [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                                     ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)],
                 "none": []}[rules]
        table.setStyle(TableStyle([*drawn, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 2), (0, 1 + units))]))
        return table

    pdfs.ruled_table = boxed_table
    source, markdown, target = tmp_path / "report.txt", tmp_path / "report.md", tmp_path / "report.pdf"
    source.write_text(_report(rows), encoding="utf-8")
    markdown.write_text(pipe_tables(_report(rows)), encoding="utf-8")
    pdfs.render(source, target)
    return rows, source, markdown, target


def _tables(path) -> list[tuple[tuple[str, ...], ...]]:
    return [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]


# every group of rows and label's lines, the type 8, 9 or 10 points in turn
SHAPES = [(units, lines, (8, 9, 10)[(units + lines) % 3]) for units in (2, 3, 4) for lines in (1, 2, 3)]


@pytest.mark.parametrize("rules", ["box", "above and below", "none"])
@pytest.mark.parametrize(("units", "lines", "size"), SHAPES)
def test_a_label_centred_on_its_group_reads_on_its_first_row(tmp_path, units, lines, size, rules):
    rows, source, markdown, target = _render(tmp_path, units, lines, rules, size)
    assert _tables(target) == [rows]
    expected = records_data(extract_file(source), with_sources=False)
    assert records_data(extract_file(markdown), with_sources=False) == expected
    assert records_data(extract_file(target), with_sources=False) == expected
    assert not run_checks(extract_file(target))


# not yet read: with no rules at all, four rows and a label of three lines, the rows below the label lose their blank
# label cell; in 10 pt a label of two lines on three rows stands on the middle row's name's lines, as that row's own
# label would
WRAPPED_ROWS = [(rules, units, lines) for rules in ("box", "above and below", "none")
                for units, lines in [(2, 2), (2, 3), (3, 2), (3, 3), (4, 2), (4, 3)]
                if (rules, units, lines) != ("none", 4, 3)]


@pytest.mark.parametrize(("rules", "units", "lines"), WRAPPED_ROWS)
def test_a_label_centred_on_rows_wrapped_over_two_lines_reads_on_its_first_row(tmp_path, units, lines, rules):
    """Each 단위사업 wraps over two lines (`국민기초생활보장` over `생계급여`), the figures on a line halfway: the
    label's middle is still its group's, between the first row's first line and the last row's last."""
    rows, source, _markdown, target = _render(tmp_path, units, lines, rules, 9, unit_width=95)
    assert _tables(target) == [rows]
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)
