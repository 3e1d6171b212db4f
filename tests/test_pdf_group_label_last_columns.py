"""A group label alone on the first line of a header of two rows, over the table's last columns, with the labels
merged down the header printed halfway down it (vertically centred), as word processors draw a table without
vertical rules (`연령별` over `20대 이하 … 50대 이상`, `구 분 | 계` on the line between): the line between ends left
of the label, and the label was read as a paragraph over the table, the label left of the group read as the
group's (`계 20대 이하`)."""

import pytest
from reportlab.lib.styles import ParagraphStyle

from pipeline.document import Paragraph
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs
from tests.test_headcount_units_variants import COVER
from tests.test_pdf_headers import _DrawnTable

# each: the section's title and unit, and its table, the group label over the last columns
SHAPES = {
    "ages": ("## 5 연령별 직원 현황\n\n(단위: 명)\n\n",
             "구 분\t계\t연령별\t\t\t\n\t\t20대 이하\t30대\t40대\t50대 이상\n"
             "인 원\t100\t20\t10\t40\t30\n비 율\t100\t20\t10\t40\t30\n"),
    "staffing": ("## 2 인 력\n\n(단위: 명)\n\n",
                 "구 분\t계\t일반직\t\t\t\n\t\t5급\t6급\t7급\t8급\n"
                 "정 원\t26\t5\t8\t8\t5\n현 원\t25\t5\t7\t8\t5\n과부족\t△1\t-\t△1\t-\t-\n"),
    "vehicles": ("## 3 차량현황\n\n(단위: 대)\n\n",
                 "구 분\t계\t승용\t\t\n\t\t소형\t중형\t대형\n계\t6\t2\t3\t1\n업무용\t6\t2\t3\t1\n"),
    "budget": ("## 4 예산현황\n\n(단위: 천원)\n\n",
               "구 분\t예산액\t재원별\t\t\n\t\t국비\t시비\t구비\n"
               "계\t5,780,000\t1,000,000\t780,000\t4,000,000\n기본경비\t5,780,000\t1,000,000\t780,000\t4,000,000\n"),
}


def _header(table: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    upper, lower = table.splitlines()[:2]
    return tuple(upper.split("\t")), tuple(lower.split("\t"))


@pytest.mark.parametrize(("font", "size"), [("HYSMyeongJo-Medium", 7.5), ("HYGothic-Medium", 9)])
@pytest.mark.parametrize("between", ["none", "under labels", "whole width"])
@pytest.mark.parametrize("labels", ["centred", "group at left", "group at right"])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_group_label_over_the_last_columns_heads_them(shape, labels, between, font, size, monkeypatch, tmp_path):
    """Before: `연령별` a paragraph over the table, whose header read `구 분 | 계 | | | |` over `| | 20대 이하 | …`
    (its records the group's as `계`). Now: `구 분 | 계 | 연령별 | | |` over `| | 20대 이하 | …`, as the text reads.
    Printed at the right of its columns (`group at right`, as HWP may; no rule drawn under it alone, `none` or
    `whole width`), it stood over the last of them (`승용` over `대형`) and was still a paragraph: now centred."""
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "CELL", ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2))
    monkeypatch.setattr(pdfs, "ruled_table", lambda block, ruling, repeat_header=True: _DrawnTable(
        pdfs, [list(row) for row in block.rows], between=between, fill=False, stroke=False, fill_totals=False,
        labels=labels))
    title, table = SHAPES[shape]
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + "# Ⅰ. 일반현황\n\n" + title + table, encoding="utf-8")
    pdfs.render(source, target, "grid")
    blocks = read_document(target).blocks
    (grid,) = [block for block in blocks if isinstance(block, GridTable)]
    assert grid.rows[:2] == _header(table)
    group = table.split("\t")[2]
    assert group not in [block.text for block in blocks if isinstance(block, Paragraph)]
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)


# as `pdftotext -layout` prints such a PDF: the group label on a line of its own, the merged labels below it
LAYOUT = {
    "ages": ("                                                 연령별\n"
             "                        구분   계\n"
             "                                   20대 이하   30대    40대   50대 이상\n\n"
             "                        인원   100   20       10     40    30\n\n"
             "                        비율   100   20       10     40    30\n",
             (("구분", "계", "연령별", "", "", ""), ("", "", "20대 이하", "30대", "40대", "50대 이상"))),
    "staffing": ("                                              직급별\n"
                 "                        구분   계\n"
                 "                                    5급        6급    7급   8급\n\n"
                 "                        인원   100   20         10   40    30\n",
                 (("구분", "계", "직급별", "", "", ""), ("", "", "5급", "6급", "7급", "8급"))),
}


@pytest.mark.parametrize("shape", LAYOUT)
def test_a_group_label_over_the_last_columns_heads_them_in_pdftotext_layout(shape, tmp_path):
    """Before: `연령별` went into a paragraph with the title and the header's lines (`5 연령별 직원 현황 연령별 구분 계
    20대 이하 …`), or `직급별` a paragraph over a header reading `구분 | 계 | | | |`. Now the group heads its
    columns."""
    text, header = LAYOUT[shape]
    source = tmp_path / "report.txt"
    source.write_text(COVER + "# Ⅰ. 일반현황\n\n5 직원 현황\n                                (단위: 명)\n" + text,
                      encoding="utf-8")
    (grid,) = [block for block in read_document(source).blocks if isinstance(block, GridTable)]
    assert grid.rows[:2] == header


@pytest.mark.parametrize("above", [
    "                                                 연령별\n\n",  # a paragraph's space above the header
    "                                                 (단위: 명)\n",  # a unit, not a label
    "                                                                                      연령별\n",  # past the table
], ids=["apart", "unit", "right of the table"])
def test_a_line_over_the_last_columns_without_the_evidence_stays_out_of_the_header(above, tmp_path):
    """A caption or a line right of the table is no group label, and stays out of the table."""
    source = tmp_path / "report.txt"
    source.write_text(COVER + "# Ⅰ. 일반현황\n\n5 직원 현황\n" + above + LAYOUT["ages"][0].split("\n", 1)[1],
                      encoding="utf-8")
    (grid,) = [block for block in read_document(source).blocks if isinstance(block, GridTable)]
    assert grid.rows[-1] == ("비율", "100", "20", "10", "40", "30")
    assert above.strip() not in {cell for row in grid.rows for cell in row}
