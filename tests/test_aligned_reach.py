"""How far a header label's span reaches in a space-aligned table (and a PDF without vertical rules, read as one):
a class label merged down beside classes over grades (`공무직`, no grade under it) heads its own column alone,
never the grade column of the class to its left, however its right-aligned figures make the columns look."""

import pytest
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus import Table as DrawnTable

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.layouts import make_pdfs

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n"
PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n"


def _read(table: str):
    return read_text("t.txt", (COVER + PART + table).encode())


def _counts(report, status: str) -> list[tuple[str, str, int]]:
    return [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == status]


def _findings(report) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


# as a PDF drawn across the page's width prints it: labels centred in their cells, figures right-aligned, so
# `8급` of 관리운영직 stands well left of its figures and `공무직` (merged down) left of its `2`
SPACE_ALIGNED = ("   구 분    계                  일반직                         관리운영직              공무직\n"
                 "                     6급          7급          8급          7급          8급\n"
                 "   정 원     10            3            2            1            1            1                 2\n"
                 "   현 원      9            3            1            1            1            1                 2\n")


def test_a_class_label_merged_down_heads_its_own_column_not_the_grade_beside_it():
    document = _read(SPACE_ALIGNED)
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows[:2] == (("구 분", "계", "일반직", "", "", "관리운영직", "", "공무직"),
                              ("", "", "6급", "7급", "8급", "7급", "8급", ""))
    report = extract_report(document)
    assert _counts(report, "정원") == [("계", "계", 10), ("일반직", "6급", 3), ("일반직", "7급", 2),
                                      ("일반직", "8급", 1), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1),
                                      ("공무직", "계", 2)]
    assert _counts(report, "현원")[-2:] == [("관리운영직", "8급", 1), ("공무직", "계", 2)]
    assert _findings(report) == []


CLASSES_OVER_GRADES = ("구 분\t계\t일반직\t\t\t\t\t관리운영직\t\t공무직\t비 고\n"
                       "\t\t5급\t6급\t7급\t8급\t9급\t7급\t8급\t\t\n"
                       "정 원\t30\t1\t6\t9\t5\t3\t1\t1\t4\t\n"
                       "현 원\t29\t1\t8\t8\t4\t1\t1\t2\t4\t휴직 2\n"
                       "과부족\t△1\t-\t2\t△1\t△1\t△2\t-\t1\t-\t\n")


def _full_width_table(pdfs, halfway: bool, figures: str = "right"):
    """A table as HWP draws one without vertical rules (`ruling`: none, or horizontal rules as make_pdfs draws
    them): spread over the text's width, header labels centred over their span, the leading label column
    centred, figures right-aligned (or `figures="left"`); `halfway`: a header label merged down printed halfway
    down the header (its lines three), else on its first line."""
    label = ParagraphStyle("label cell", parent=pdfs.CELL, alignment=1)
    figure = ParagraphStyle("figure cell", parent=pdfs.CELL, alignment=2 if figures == "right" else 0)

    def ruled_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        n_header = pdfs.header_row_count(rows)
        data = [[Paragraph(pdfs.printed(text), pdfs.HEADER_CELL if r < n_header else label if c == 0 else figure)
                 for c, text in enumerate(row)] for r, row in enumerate(rows)]
        want = pdfs.column_widths(rows)
        room = pdfs.PAGE[0] - 2 * pdfs.MARGIN
        table = DrawnTable(data, colWidths=[w * room / sum(want) for w in want])
        merged_down = [("SPAN", (c, 0), (c, 1)) for c, text in enumerate(rows[0]) if text and not rows[1][c]]
        rules = [] if ruling == "none" else [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                                             ("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.5, colors.black),
                                             ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)]
        table.setStyle(TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   *pdfs.spans(rows, n_header), *(merged_down if halfway else [])]))
        return table

    return ruled_table


@pytest.mark.parametrize("halfway", [False, True], ids=["merged down on the first line", "header of three lines"])
@pytest.mark.parametrize("ruling", ["none", "horizontal"])
def test_a_full_width_pdf_with_right_aligned_figures_reads_as_its_text(ruling, halfway, tmp_path, monkeypatch):
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "ruled_table", _full_width_table(pdfs, halfway))
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(COVER + PART + CLASSES_OVER_GRADES, encoding="utf-8")
    pdfs.render(source, target, ruling)
    text, pdf = extract_file(source), extract_file(target)
    assert [(c.job_class, c.grade, c.headcount) for c in pdf.staffing if c.status == "정원"][-3:] == [
        ("관리운영직", "7급", 1), ("관리운영직", "8급", 1), ("공무직", "계", 4)]
    assert records_data(pdf, with_sources=False)["staffing"] == records_data(text, with_sources=False)["staffing"]
    assert _findings(pdf) == _findings(text) == []
