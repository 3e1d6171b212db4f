"""PDFs of the samples laid out as other reports are printed (type sizes, tables in an outer frame alone) give the
records of their text; a table's header printed again atop the next page is no row of it, however the page lays
out its spaces."""

import itertools

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, Spacer

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs


@pytest.mark.parametrize("sample", ["2024-hanbit-chongmu-layout.txt", "2023-hanbit-jaemu.txt",
                                    "2025-hanbit-bokji.txt", "2026-hanbit-chongmu.md"])
def test_tables_in_an_outer_frame_in_10_pt_give_the_records_of_their_text(sample, tmp_path, monkeypatch):
    """In 10 pt the 정보화교육장 table of words goes on over a page, its header printed again there a space wider
    (`비 고`): it was read as a row of the table (`구 분 | 명 칭 | 현 황 | 비 고` between 시설 and 장비)."""
    pdfs = make_pdfs.__wrapped__()  # a module of its own, its styles changed apart from the one the tests share
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", 10)
        monkeypatch.setattr(style, "leading", 12.5)
    for style in (pdfs.BODY, pdfs.TEXT):
        monkeypatch.setattr(style, "fontSize", 10)
        monkeypatch.setattr(style, "leading", 14)
    monkeypatch.setattr(pdfs.BOX, "fontSize", 11.5)  # `□ 정보화교육장` a size above the body, as before
    monkeypatch.setattr(pdfs.BOX, "leading", 15.5)
    target = tmp_path / f"{sample.rsplit('.', 1)[0]}.pdf"
    pdfs.render(SAMPLES / sample, target, "frame")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(SAMPLES / sample), with_sources=False)


REPEATED_HEADER = """□ 정보화교육장

구 분      명 칭       현 황      비 고
시 설      교육장      1,200      전산팀
장 비      PC          40

\f
{header}
기 타      노트북      12         전산팀

□ 다음
"""


@pytest.mark.parametrize("header", ["구 분      명 칭       현 황      비 고",
                                    "구 분      명 칭        현 황     비 고",
                                    "구 분     명 칭       현 황       비 고"])
def test_a_header_printed_again_atop_the_next_page_with_other_spaces_is_no_row(header, tmp_path):
    source = tmp_path / "report.txt"
    source.write_text(REPEATED_HEADER.format(header=header), encoding="utf-8")
    (table,) = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert table.rows == (("구 분", "명 칭", "현 황", "비 고"), ("시 설", "교육장", "1,200", "전산팀"),
                          ("장 비", "PC", "40", ""), ("기 타", "노트북", "12", "전산팀"))


def test_a_pdf_whose_tables_wrap_every_label_in_narrow_cells_is_read_without_a_crash(tmp_path):
    """Every table in columns 40 to 60 pt wide, in 10 pt type, ruled under the header and its rows: header labels
    wrap over several lines (`과부` over `족`), and a label joined over its merged cell's lines went on into one
    joined over its wrapped lines, leaving its line empty: the reader stopped with a KeyError (a traceback)."""
    pdfs = make_pdfs.__wrapped__()

    def narrow_table(block, ruling, repeat_header=True):
        data = [[pdfs.Paragraph(pdfs.printed(c), pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for c in row]
                for r, row in enumerate(block.rows)]
        table = pdfs.Table(data, colWidths=[40, 60, 50, 50, 50])
        table.setStyle(pdfs.TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, pdfs.colors.black),
                                        ("LINEBELOW", (0, 0), (-1, 0), 0.5, pdfs.colors.black),
                                        ("LINEBELOW", (1, 1), (-1, -2), 0.5, pdfs.colors.black),
                                        ("LINEBELOW", (0, -1), (-1, -1), 0.5, pdfs.colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    pdfs.ruled_table = narrow_table
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = 10, 12.5
    target = tmp_path / "report.pdf"
    pdfs.render(SAMPLES / "2025-hanbit-bokji.txt", target)
    report = extract_file(target)
    assert report.document.department == "복지정책과"
    assert report.document.council_session == "제301회 한빛구의회 제1차 정례회"


@pytest.mark.parametrize("ruling", ["horizontal", "none", "frame"])
@pytest.mark.parametrize(("page", "space_above"), [(landscape(A4), 240), (A4, 480)])
def test_a_table_whose_page_breaks_between_its_header_and_its_rows_gives_the_records_of_its_text(
        ruling, page, space_above, tmp_path, monkeypatch):
    """The 인력 table's two header lines at the foot of a page, its rows atop the next, the header not printed
    again, no vertical rules: the figures, set right in their cells, stand off the labels' columns (the `1` of
    별정직 6급 left of `6급`), and the header was read as a caption over a table of no header (staffing lost)."""
    pdfs = make_pdfs.__wrapped__()
    flowables = pdfs.flowables
    monkeypatch.setattr(pdfs, "PAGE", page)
    monkeypatch.setattr(pdfs, "flowables", lambda *args: [Spacer(1, space_above), *flowables(*args)])
    target = tmp_path / "report.pdf"
    pdfs.render(SAMPLES / "2025-hanbit-bokji.txt", target, ruling, repeat_header=False)
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(SAMPLES / "2025-hanbit-bokji.txt"), with_sources=False)


HEADER_AT_PAGE_FOOT = """## 2 인 력

     구 분     계                  일 반 직                    별 정 직 · 임 기 제      연 구 직
                        5급      6급    7급    8급    9급           6급            7급
\f
     정 원     20     1          4      7      3      2      1                    1      1
     현 원     19     1          4      6      4      2      1                    -      1
     과부족    △1     -          -      △1     1      -      -                    △1     -

## 3 주요시설 및 장비
"""


def test_rows_atop_a_page_go_on_under_a_header_left_at_the_foot_of_the_page_before(tmp_path):
    """As `pdftotext -layout` prints the page break between the 인력 table's header and its rows."""
    source = tmp_path / "report.txt"
    source.write_text(HEADER_AT_PAGE_FOOT, encoding="utf-8")
    (table,) = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert table.rows[:3] == (
        ("구 분", "계", "일 반 직", "", "", "", "", "별 정 직 · 임 기 제", "", "연 구 직"),
        ("", "", "5급", "6급", "7급", "8급", "9급", "6급", "7급", ""),
        ("정 원", "20", "1", "4", "7", "3", "2", "1", "1", "1"))


def _findings(report) -> list[tuple]:
    """The findings as a PDF and its text must share: where they stand aside (a line, a page)."""
    return sorted((f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


@pytest.mark.parametrize("ruling", ["grid", "open sides", "horizontal", "none", "frame"])
@pytest.mark.parametrize(("page", "space_above"), [(landscape(A4), 0), (A4, 240)])
def test_a_table_whose_page_breaks_inside_its_two_row_header_gives_the_records_of_its_text(
        ruling, page, space_above, tmp_path, monkeypatch):
    """The 공용차량 table's header of two rows parted by the page: `총 계 | 승 용 | 화 물` at the foot of a page,
    `소 계 | 소형 | 중형 …` atop the next over the figures, not printed again. Ruled, the rows above the break were a
    table of three columns and those below one of seven; without vertical rules the first row was a paragraph: the
    figures were counted under the wrong kinds (계 3, 승용 소계 2 under 공용차량) with false `sum.vehicles` and
    `header.total` errors."""
    pdfs = make_pdfs.__wrapped__()
    flowables = pdfs.flowables
    monkeypatch.setattr(pdfs, "PAGE", page)
    monkeypatch.setattr(pdfs, "flowables", lambda *args: [Spacer(1, space_above), *flowables(*args)])
    source, target = SAMPLES / "2023-hanbit-jaemu.txt", tmp_path / "report.pdf"
    pdfs.render(source, target, ruling, repeat_header=False)
    assert _vehicles_page_break(target)
    report, text = extract_file(target), extract_file(source)
    assert [(count.category, count.kind, count.count) for count in report.vehicles[0].counts] == [
        ("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2), ("화물", "소계", 2),
        ("화물", "소형", 2), ("화물", "중형", 0)]
    assert records_data(report, with_sources=False) == records_data(text, with_sources=False)
    assert _findings(report) == _findings(text)


def _vehicles_page_break(pdf) -> bool:
    """Whether the PDF's page breaks between the two header rows of the 공용차량 table (the test draws what it says)."""
    with pdfplumber.open(pdf) as document:
        pages = [page.extract_text() for page in document.pages]
    return any("승 용" in page and "소 계" not in page.split("승 용")[-1] and "소 계" in after.split("4 예산현황")[0]
               for page, after in itertools.pairwise(pages))


VEHICLES_OVER_A_PAGE_BREAK = """## 3 주요시설 및 장비

#### □ 공용차량 - 총5대 (정수 6)
{unit}
{first}
                    - 1 -
\f
             소 계    소형   중형    소 계    소형   중형
     5       3       1       2       2       2       0

## 4 예산현황
"""


@pytest.mark.parametrize("unit", ["                                                    (단위: 대)", "(단위: 대)"])
@pytest.mark.parametrize("first", ["     총 계           승 용                   화 물",  # centred over their kinds
                                   "     총 계   승 용                   화 물"])  # at their left
def test_a_header_row_at_the_foot_of_a_page_heads_the_header_row_and_figures_atop_the_next(unit, first, tmp_path):
    """As `pdftotext -layout` prints the 공용차량 table parted inside its header by a page break."""
    source = tmp_path / "report.txt"
    source.write_text(VEHICLES_OVER_A_PAGE_BREAK.format(unit=unit, first=first), encoding="utf-8")
    (table,) = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert (table.unit, table.rows) == ("대", (
        ("총 계", "승 용", "", "", "화 물", "", ""), ("", "소 계", "소형", "중형", "소 계", "소형", "중형"),
        ("5", "3", "1", "2", "2", "2", "0")))


@pytest.mark.parametrize("first", [
    "     가. 세입 현황           나. 세출 현황                        다. 기금 현황",  # wider than the table
    "     총 계           승 용           화 물          특 수      이 륜      기 타   비 고",  # as many cells
    "     총 계    5      승 용                   화 물"])  # a figure
def test_a_line_at_the_foot_of_a_page_that_is_no_header_of_the_table_atop_the_next_stays_apart(first, tmp_path):
    """Lines of cells reaching past the table below, with as many cells as its rows, or printing a figure, are no
    header's first row: the table atop the next page keeps its own header."""
    source = tmp_path / "report.txt"
    source.write_text(VEHICLES_OVER_A_PAGE_BREAK.format(unit="(단위: 대)", first=first), encoding="utf-8")
    tables = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert tables[-1].rows == (("", "소 계", "소형", "중형", "소 계", "소형", "중형"),
                               ("5", "3", "1", "2", "2", "2", "0"))


def _in_12_pt(pdfs, monkeypatch) -> None:
    """The report's type 12 pt, its lines 16 pt apart, cells 12 pt on 14.5, headings a size or more above."""
    for style in (pdfs.BODY, pdfs.TEXT):
        monkeypatch.setattr(style, "fontSize", 12)
        monkeypatch.setattr(style, "leading", 16)
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", 12)
        monkeypatch.setattr(style, "leading", 14.5)
    for level, style in pdfs.HEADINGS.items():
        monkeypatch.setattr(style, "fontSize", 18 if level == 1 else 15)
        monkeypatch.setattr(style, "leading", 23 if level == 1 else 20)
    monkeypatch.setattr(pdfs.BOX, "fontSize", 13.5)
    monkeypatch.setattr(pdfs.BOX, "leading", 17.5)


@pytest.mark.parametrize(("sample", "ruling", "page"), [
    ("2024-hanbit-chongmu-layout.txt", "grid", landscape(A4)), ("2024-hanbit-chongmu-layout.txt", "none", A4),
    ("2025-hanbit-bokji.txt", "grid", A4), ("2025-hanbit-bokji.txt", "none", landscape(A4))])
def test_paragraphs_of_a_line_in_12_pt_a_paragraphs_space_apart_stay_apart(sample, ruling, page, tmp_path,
                                                                            monkeypatch):
    """In 12 pt, paragraphs 5 pt apart: two paragraphs of a line each stand 21 pt apart, 1.75 type sizes, no more
    than the space that parts paragraphs in any type, and the cover's lines ran into one paragraph (the department
    lost, `복 지 정 책 과` after `2025년 주요업무 보고`), and a project's title into its purpose. The lines within
    a paragraph, and bullets, stand 16 pt apart: a line further below than that leading and a little more starts a
    paragraph."""
    pdfs = make_pdfs.__wrapped__()
    _in_12_pt(pdfs, monkeypatch)
    monkeypatch.setattr(pdfs, "PAGE", page)
    source, target = SAMPLES / sample, tmp_path / "report.pdf"
    pdfs.render(source, target, ruling)
    report, text = extract_file(target), extract_file(source)
    assert report.document.department == text.document.department
    assert [(project.title, project.purpose) for project in report.projects] == [
        (project.title, project.purpose) for project in text.projects]
    assert records_data(report, with_sources=False) == records_data(text, with_sources=False)
    assert _findings(report) == _findings(text)


@pytest.mark.parametrize("sample", ["2022-hanbit-hwangyeong-layout.txt", "2023-seohae-geongang-layout.txt"])
@pytest.mark.parametrize("ruling", ["frame", "horizontal", "none"])
@pytest.mark.parametrize("size", [9, 10])
def test_a_column_whose_dashes_and_counts_are_set_apart_is_one_column_under_its_label(sample, ruling, size, tmp_path,
                                                                                       monkeypatch):
    """Counts set right in their cells and a dash (`-`) at the left, without vertical rules: the 과부족 column's `-`
    and `△1` stand side by side, never on one line, and were taken for two columns of figures, the label over them
    cut in two (`과` | `부족`), its first letter joined to its neighbour's (`현 원 과`): staffing lost."""
    pdfs = make_pdfs.__wrapped__()
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", size)
        monkeypatch.setattr(style, "leading", size + 2.5)
    counts = pdfs.ParagraphStyle("counts", parent=pdfs.CELL, alignment=2)
    paragraph = pdfs.Paragraph

    def counts_set_right(text, style):
        return paragraph(text, counts if style is pdfs.CELL and any(map(str.isdigit, text)) else style)

    monkeypatch.setattr(pdfs, "Paragraph", counts_set_right)
    source, target = SAMPLES / sample, tmp_path / "report.pdf"
    pdfs.render(source, target, ruling)
    report, text = extract_file(target), extract_file(source)
    assert {count.status for count in report.staffing} == {"정원", "현원", "과부족"}
    assert records_data(report, with_sources=False) == records_data(text, with_sources=False)
    assert _findings(report) == _findings(text)


@pytest.mark.parametrize(("above", "widths"), [
    ([["총 계", "승 용", "화 물"]], [60, 150, 100]),  # ends short of the table below
    ([["총 계", "승 용", "화 물"]], [60, 80, 220]),  # a cell's edge where no column below starts
    ([["구 분", "내 용", "비 고"], ["청사", "본관 3층", "2"]], [60, 180, 120])])  # prints a figure
def test_a_ruled_table_at_the_foot_of_a_page_that_is_no_header_of_the_table_atop_the_next_stays_apart(
        above, widths, tmp_path):
    """Only rows of no figure, the last thing on their page, whose cells start where columns of the table atop the
    next page start, as wide, are its header's first rows."""
    pdfs = make_pdfs()
    below = [["", "소 계", "소형", "중형", "소 계", "소형", "중형"], ["5", "3", "1", "2", "2", "2", "0"]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, pdfs.colors.black)]
    cells = [[pdfs.Paragraph(text, pdfs.CELL) for text in row] for row in above]
    story = [pdfs.Table(cells, colWidths=widths, style=style, hAlign="LEFT"), PageBreak(),
             pdfs.Table([[pdfs.Paragraph(text, pdfs.CELL) for text in row] for row in below],
                        colWidths=[60, 50, 50, 50, 50, 50, 50], style=style, hAlign="LEFT")]
    target = tmp_path / "report.pdf"
    pdfs.SimpleDocTemplate(str(target), pagesize=landscape(A4), invariant=1).build(story)
    tables = [b.rows for b in read_document(target).blocks if isinstance(b, Table)]
    assert tables == [tuple(map(tuple, above)), tuple(map(tuple, below))]


STAFF_BY_GRADES = """제312회 새빛구의회 제1차 정례회

2025. 6. 11. ~ 6. 25.

# 2025년 주요업무 보고

## 환 경 과

# Ⅰ. 일반현황

## 2 인 력

(단위: 명)

직급	정원	현원	과부족	비고
계	24	23	△1
5급	1	1	-
6급	5	6	1
7급	9	8	△1	휴직 1
8급	4	5	1
9급	5	3	△2

# Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("ruling", ["horizontal", "none"])
def test_a_header_label_wrapped_in_a_narrow_column_without_vertical_rules_is_printed_as_its_text(ruling, tmp_path):
    """`과부족` in a column too narrow for it, `과부` over `족` (the other labels on the line between): before, the grid
    kept beside the staffing printed `과부 족`, where the text's prints `과부족` (a word broken over the lines)."""
    pdfs = make_pdfs.__wrapped__()
    ruled_table = pdfs.ruled_table

    def narrow_shortfall(block, ruling, repeat_header=True):
        table = ruled_table(block, ruling, repeat_header)
        table._argW = [38 if "과부족" in block.rows[0][j] else width for j, width in enumerate(table._argW)]
        return table

    pdfs.ruled_table = narrow_shortfall
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = 10, 12.5
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(STAFF_BY_GRADES, encoding="utf-8")
    pdfs.render(source, target, ruling)
    (table,) = [b for b in read_document(target).blocks if isinstance(b, Table)]
    assert table.rows[0] == ("직급", "정원", "현원", "과부족", "비고")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)
