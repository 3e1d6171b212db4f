"""Ruled tables centred on one page, each a little wider than the one above it (their sides under 3 points apart),
are read each with all its columns: pdfplumber snaps rules that close to one x across the page, so the sides of the
narrowest moved off its rows' ends and it lost its first and last columns (a budget table read as `예 산 액 | 집 행
액` beside `사 업 명 | 집행률(%)`, no budget)."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.document import Table as GridTable
from pipeline.read import read_document

ROWS = [["구 분", "예 산 액", "집 행 액", "집행률(%)"], ["계", "1,250,000", "530,400", "42.4"],
        ["기본경비", "35,200", "14,080", "40.0"]]


def test_centred_tables_whose_sides_stand_under_three_points_apart_keep_their_columns(tmp_path):
    story = []
    for widened in range(4):  # each table 2.6 points wider each side than the one above it
        table = Table(ROWS, colWidths=[70 + 5.2 * widened, 60, 60, 50])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONT", (0, 0), (-1, -1), "HYSMyeongJo-Medium", 8)]))
        story += [table, Spacer(1, 30)]
    target = tmp_path / "tables.pdf"
    SimpleDocTemplate(str(target), pagesize=A4, invariant=1).build(story)
    tables = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert tables == [tuple(map(tuple, ROWS))] * 4
