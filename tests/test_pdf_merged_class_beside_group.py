"""A PDF table without vertical rules (ruled with horizontal lines alone, or none) whose header prints a label
merged down its two rows over a column no lower label names (`공 무 직`) beside a group of one column (`사회복지직`
over `8급`), its figures set at their cells' left under labels centred in them, and a blank `비 고` column at its
right: before, `공 무 직` was read into the group's column (`사회복지직 공 무 직`), the group's figures a column of
no label, and its counts lost (false `sum.staffing` errors). The labels are one a column, in order, as the grid
PDF and the text read them."""

import pytest
from reportlab.lib.styles import ParagraphStyle

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs
from tests.test_headcount_units_variants import COVER
from tests.test_pdf_headers import _DrawnTable

# each: the table, and its 정원 counts as read (class, grade, headcount), as its text reads them
SHAPES = {
    "groups beside": ("구 분\t계\t일 반 직\t\t\t\t\t관리운영직\t\t사회복지직\t공 무 직\t비 고\n"
                      "\t\t5급\t6급\t7급\t8급\t9급\t7급\t8급\t8급\t\t\n"
                      "정 원\t27\t1\t5\t9\t4\t3\t1\t1\t1\t2\t\n현 원\t25\t1\t6\t8\t5\t1\t1\t1\t1\t1\t\n"
                      "과부족\t△2\t-\t1\t△1\t1\t△2\t-\t-\t-\t△1\t\n",
                      [("계", "계", 27), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 9),
                       ("일반직", "8급", 4), ("일반직", "9급", 3), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1),
                       ("사회복지", "8급", 1), ("공무직", "계", 2)]),
    "two merged down": ("구 분\t계\t일 반 직\t\t\t\t관리운영직\t\t사회복지직\t공 무 직\t기간제\t비 고\n"
                        "\t\t5급\t6급\t7급\t8급\t7급\t8급\t8급\t\t\t\n"
                        "정 원\t30\t2\t6\t8\t5\t2\t1\t2\t3\t1\t\n현 원\t28\t2\t6\t7\t5\t2\t1\t1\t3\t1\t\n",
                        [("계", "계", 30), ("일반직", "5급", 2), ("일반직", "6급", 6), ("일반직", "7급", 8),
                         ("일반직", "8급", 5), ("관리운영직", "7급", 2), ("관리운영직", "8급", 1),
                         ("사회복지", "8급", 2), ("공무직", "계", 3), ("기간제", "계", 1)]),
}


def _counts(report, status="정원"):
    return [(count.job_class, count.grade, count.headcount) for count in report.staffing if count.status == status]


def _render(monkeypatch, tmp_path, table: str, drawing: str, font: str, size: float):
    """The report's PDF: drawn by `scripts/make_pdfs.py` (`horizontal`, `none`: the merged labels on the header's
    first line), or with the merged labels halfway down the header (`_DrawnTable`, a rule between the header's
    rows or none, figures at their cells' left or right), in `font` at `size` points."""
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "CELL", ParagraphStyle("cell", fontName=font, fontSize=size, leading=size + 2))
    monkeypatch.setattr(pdfs, "HEADER_CELL", ParagraphStyle("header cell", parent=pdfs.CELL, alignment=1))
    ruling, _, drawn = drawing.partition(" drawn ")
    if drawn:
        between, figures = drawn.split(", ")
        monkeypatch.setattr(pdfs, "ruled_table", lambda block, _ruling, repeat_header=True: _DrawnTable(
            pdfs, [list(row) for row in block.rows], between=between, fill=False, stroke=False, fill_totals=False,
            labels="centred", figures=figures))
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n" + table, encoding="utf-8")
    pdfs.render(source, target, ruling)
    return source, target


@pytest.mark.parametrize(("font", "size"), [("HYSMyeongJo-Medium", 7.5), ("HYGothic-Medium", 9),
                                            ("HYSMyeongJo-Medium", 8.5), ("HYGothic-Medium", 6.5)])
@pytest.mark.parametrize("drawing", ["horizontal", "none", "none drawn none, left", "none drawn whole width, left",
                                     "none drawn under labels, right"])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_class_merged_down_beside_a_group_of_one_column_keeps_its_column(shape, drawing, font, size, monkeypatch,
                                                                           tmp_path):
    table, counts = SHAPES[shape]
    source, target = _render(monkeypatch, tmp_path, table, drawing, font, size)
    (grid,) = [block for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grid.rows[:2] == tuple(tuple(line.split("\t")) for line in table.splitlines()[:2])
    report = extract_file(target)
    assert _counts(report) == counts
    assert not [finding for finding in run_checks(report) if finding.rule == "sum.staffing"]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)
