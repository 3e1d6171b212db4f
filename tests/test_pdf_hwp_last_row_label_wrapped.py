"""A table's last row whose label wraps a syllable a line in a narrow label column (`과` over `부` over `족`),
centred on the row as HWP sets it, in a PDF without rules or with horizontal ones alone, text going on below the
table: the label's last line stands below the row's figures, a cell's leading under them, as its first stands above.
Before, that line (`족`) was read as a paragraph after the table, and the row, its label `과 부`, lost: the 과부족 of a
staffing table (ten counts) and the shortfalls of a fleet. Ruled under each row alone, no rule over the header, the
header's `구` over `분` went apart too (`_last_row_and_paragraphs`)."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.document import Paragraph as TextParagraph
from pipeline.document import Table as TextTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs

AFTER = """
#### □ 정보화교육장

○ 평생스마트교육장 운영: 주민 대상 정보화 교육 실시

○ 교육과정: 컴퓨터 기초, 스마트폰 활용, 인터넷 활용

○ 교육인원: 연간 1,200명
"""

STAFFING = """# Ⅰ. 일반현황

## 2 인 력

(2025. 5.31.기준, 단위: 명)

구 분\t계\t일 반 직\t\t\t\t\t\t기 능 직\t\t
\t\t소 계\t4급\t5급\t6급\t7급\t8급이하\t소 계\t7급\t8급
정 원\t40\t35\t1\t4\t10\t12\t8\t5\t2\t3
현 원\t38\t34\t1\t4\t9\t12\t8\t4\t2\t2
과부족\t△2\t△1\t-\t-\t△1\t-\t-\t△1\t-\t△1

## 3 주요시설 및 장비
""" + AFTER

FLEET = """# Ⅰ. 일반현황

## 3 주요시설 및 장비

#### □ 공용차량

(단위: 대)

구 분\t계\t승 용\t\t\t승 합\t\t화 물\t특 수
\t\t소계\t소형\t중형\t소계\t중형\t소형\t청소차
보 유\t30\t12\t5\t7\t8\t8\t6\t4
정 수\t31\t12\t5\t7\t9\t9\t6\t4
과부족\t▲1\t-\t-\t-\t▲1\t▲1\t-\t-
""" + AFTER


def _render(text: str, tmp_path, size: float, ruling: str, narrow: tuple[int, ...] = (0,),
            label_leading: float | None = None):
    """`text` and its PDF as HWP prints it on portrait A4: cells in `size` pt centred on their rows, the header
    shaded, the label column (and the other `narrow` ones) as narrow as one syllable (`과부족` wraps over three
    lines, `236` a digit a line), its lines `label_leading` points apart (`size` + 2 where None), no rules or
    horizontal ones (over the table and under every row; under every row alone)."""
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE, pdfs.MARGIN = A4, 56
    for style in (pdfs.CELL, pdfs.HEADER_CELL, pdfs.UNIT):
        style.fontSize, style.leading = size, size + 2

    def hwp_table(block, ruling_, repeat_header=True):
        rows = [list(row) for row in block.rows]
        header = pdfs.header_row_count(rows)
        widths = [pdfs.text_width("과") + 12 if c in narrow else width
                  for c, width in enumerate(pdfs.column_widths(rows))]
        label = ParagraphStyle("label", pdfs.HEADER_CELL, leading=label_leading or pdfs.HEADER_CELL.leading)
        table = Table([[Paragraph(pdfs.printed(cell), label if c == 0 else pdfs.HEADER_CELL)
                        for c, cell in enumerate(row)] for row in rows],
                      colWidths=widths, repeatRows=header)
        rules = {"none": [], "under rows": [("LINEBELOW", (0, 0), (-1, -1), 0.1, colors.black)]}.get(ruling, [
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.black), ("LINEBELOW", (0, 0), (-1, -1), 0.1, colors.black)])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, header - 1), colors.Color(0.85, 0.85, 0.85)),
                                   *[span for span in pdfs.spans(rows, header) if span[1][1] < header], *rules]))
        return table

    pdfs.ruled_table = hwp_table
    SimpleDocTemplate(str(target), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=50,
                      invariant=1).build(pdfs.flowables(read_document(source), "none"))
    return source, target


def _last_row_and_paragraphs(target):
    """The table's last row and the document's paragraphs, the table's first cell `구 분` (its label wrapped a
    syllable a line, `구` over `분`, in the header's row, also where no rule is drawn over it: before, `구` was a
    paragraph and `분` ran into the 계 beside it, the staffing's 계 column and the fleet lost)."""
    blocks = read_document(target).blocks
    (table,) = [block for block in blocks if isinstance(block, TextTable)]
    assert table.rows[0][:2] == ("구 분", "계")
    return table.rows[-1], [block.text for block in blocks if isinstance(block, TextParagraph)]


@pytest.mark.parametrize("ruling", ["none", "horizontal", "under rows"])
def test_a_staffing_tables_shortfall_label_wrapped_over_three_lines_keeps_its_row(ruling, tmp_path):
    source, target = _render(STAFFING, tmp_path, 8, ruling)
    last, paragraphs = _last_row_and_paragraphs(target)
    assert last == ("과 부 족", "△2", "△1", "-", "-", "△1", "-", "-", "△1", "-", "△1")
    assert "족" not in paragraphs
    counts = [(c.status, c.job_class, c.grade, c.headcount) for c in extract_file(target).staffing]
    assert [count for count in counts if count[0] == "과부족"] == [
        ("과부족", "계", "계", -2), ("과부족", "일반직", "계", -1), ("과부족", "일반직", "4급", 0),
        ("과부족", "일반직", "5급", 0), ("과부족", "일반직", "6급", -1), ("과부족", "일반직", "7급", 0),
        ("과부족", "일반직", "8급이하", 0), ("과부족", "기능직", "계", -1), ("과부족", "기능직", "7급", 0),
        ("과부족", "기능직", "8급", -1)]
    assert counts == [(c.status, c.job_class, c.grade, c.headcount) for c in extract_file(source).staffing]


@pytest.mark.parametrize("ruling", ["none", "horizontal", "under rows"])
@pytest.mark.parametrize("size", [8, 10, 11])
def test_a_fleets_shortfall_label_wrapped_over_three_lines_keeps_its_row(size, ruling, tmp_path):
    source, target = _render(FLEET, tmp_path, size, ruling)
    last, paragraphs = _last_row_and_paragraphs(target)
    assert last[0] == "과 부 족" and "족" not in paragraphs
    (fleet,) = extract_file(target).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.shortfalls] == [
        ("계", "계", -1), ("승용", "소계", 0), ("승용", "소형", 0), ("승용", "중형", 0), ("승합", "소계", -1),
        ("승합", "중형", -1), ("화물", "소형", 0), ("특수", "청소차", 0)]
    (text_fleet,) = extract_file(source).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts + fleet.quotas + fleet.shortfalls] == [
        (c.category, c.kind, c.count) for c in text_fleet.counts + text_fleet.quotas + text_fleet.shortfalls]
