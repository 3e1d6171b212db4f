"""A PDF title printed in a box (a ruled cell of one line, as HWP prints a section's title or `□ 목 차`) right
over a table ruled without outer sides: the box's rule and the table's top rule are drawn as one, and the table
keeps its header's outer cells (`연번`, `쪽`)."""

from types import SimpleNamespace

import pytest
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.document import Heading
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs

REPORT = """제300회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 총 무 과

# Ⅱ. 주요업무 추진실적

연번\t사 업 명\t쪽
①\t안전하고 쾌적한 청사환경 조성\t5
②\t화합행정과 공정한 인사\t6
③\t미래지향적 전문인재 양성\t7

청사를 안전하고 쾌적하게 유지하고자 함

## □ 주요 추진실적

- 방수공사: 4월~5월

인사를 공정하게 운영하고자 함

## □ 주요 추진실적

- 인사위원회 개최: 3월

직원의 역량을 높이고자 함

## □ 주요 추진실적

- 직무교육: 3월
"""
TITLES = [("안전하고 쾌적한 청사환경 조성", "toc"), ("화합행정과 공정한 인사", "toc"),
          ("미래지향적 전문인재 양성", "toc")]


def _rendered(tmp_path, wider: float, shaded: bool):
    """The report with its section title in a box `wider` than the table below (points) right over the contents,
    ruled without outer sides (HWP's INNERGRID with rules above and below)."""
    pdfs = make_pdfs()
    source = tmp_path / "report.txt"
    source.write_text(REPORT, encoding="utf-8")
    doc = read_document(source)
    flowables = []
    for block in doc.blocks:
        if isinstance(block, Heading) and block.text.startswith("Ⅱ"):
            toc = next(b for b in doc.blocks if isinstance(b, GridTable))
            width = sum(pdfs.column_widths([list(row) for row in toc.rows])) + wider
            box = Table([[Paragraph(pdfs.printed(block.text), pdfs.BOX)]], colWidths=[width])
            style = [("BOX", (0, 0), (-1, -1), 1, colors.black)]
            if shaded:
                style.append(("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.8, 0.85, 0.95)))
            box.setStyle(TableStyle(style))
            flowables.append(box)
        elif isinstance(block, GridTable):
            flowables.append(pdfs.ruled_table(block, "open sides"))
        else:
            flowables += pdfs.flowables(SimpleNamespace(blocks=[block]), "open sides")
    target = tmp_path / "report.pdf"
    SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, invariant=1).build(flowables)
    return target


@pytest.mark.parametrize("shaded", [False, True], ids=["plain", "shaded"])
@pytest.mark.parametrize("wider", [400, 0, -20], ids=["box-wider", "box-as-wide", "box-narrower"])
def test_a_boxed_title_right_over_a_table_without_outer_sides_leaves_it_its_header(wider, shaded, tmp_path):
    """Before, a box wider than the contents below it took the contents' top rule into its own: the header row had
    no outer sides, `연번` and `쪽` were lost; a box as wide was read as the contents' first row. Either way the
    contents were not read and the projects had no titles."""
    path = _rendered(tmp_path, wider, shaded)
    table = next(block for block in read_document(str(path)).blocks if isinstance(block, GridTable))
    assert table.rows[0] == ("연번", "사 업 명", "쪽")
    report = extract_file(path)
    assert [(p.title, p.title_from) for p in report.projects] == TITLES
    assert report.tables == []


def test_a_grid_tables_title_row_of_one_cell_stays_its_first_row(tmp_path):
    """A table ruled as a grid, outer sides drawn on every row, keeps a first row of one cell across it."""
    pdfs = make_pdfs()
    rows = [["청사 현황", "", ""], ["구 분", "대지", "건물"], ["본 관", "7,622", "9,682"], ["별 관", "8,730", "5,549"]]
    table = Table([[Paragraph(pdfs.printed(text), pdfs.CELL) for text in row] for row in rows], colWidths=[80, 60, 60])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (-1, 0))]))
    target = tmp_path / "table.pdf"
    SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, invariant=1).build([table])
    read = next(block for block in read_document(str(target)).blocks if isinstance(block, GridTable))
    assert read.rows == (("청사 현황", "", ""), ("구 분", "대지", "건물"), ("본 관", "7,622", "9,682"),
                         ("별 관", "8,730", "5,549"))
