"""PDF tables: a wrapped cell beside a cell merged down in a table ruled row by row, group labels at the left of
their columns with no rule under them alone, and small tables of words without rules."""

import pytest

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs
from tests.test_pdf_headers import BUDGET, HEADERS
from tests.test_pdf_headers import _render as _render_headers
from tests.test_pdf_rows import _render as _render_rows

TWO_LEVELS = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 4 예산현황

(단위: 천원)

단위사업\t세부사업\t예산액\t집행액
계\t\t1,786,100\t743,400
재정 운영\t계획 수립\t100,000\t50,000
\t재정 건전성 강화\t1,204,500\t512,300
\t세입 확충\t385,200\t140,100
기본경비\t부서 운영 경비\t96,400\t41,000

## Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("merged_valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_cell_wrapped_at_the_top_of_its_row_beside_a_merged_cell_stays_in_its_row(merged_valign, monkeypatch,
                                                                                     tmp_path):
    """Rules under every row, skipping `재정 운영` merged down over its three rows, the names wrapped at the top of
    their rows: the label centred in its cell printed between `재정 건전성` and `강화` and parted that row's lines,
    and `강화` went to the row below (`강화 세입 확충 기반`)."""
    source, target = _render_rows(monkeypatch, tmp_path, "TOP", report=TWO_LEVELS, merged_valign=merged_valign)
    (grid,) = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert [row[1:] for row in grid] == [
        ("세부사업", "예산액", "집행액"), ("", "1,786,100", "743,400"), ("계획 수립", "100,000", "50,000"),
        ("재정 건전성 강화", "1,204,500", "512,300"), ("세입 확충", "385,200", "140,100"),
        ("부서 운영 경비", "96,400", "41,000")]
    # printed on any of its rows, or between a row's lines, the label is its cell's first row's, as in the text
    # (branch pdf80; before, the row it was printed on)
    assert [row[0] for row in grid[1:]] == ["계", "재정 운영", "", "", "기본경비"]
    budget = extract_file(target).budget
    assert [(line.name, line.parent, line.budget_krw) for line in budget] == [
        ("계", None, 1_786_100_000), ("계획 수립", "재정 운영", 100_000_000),
        ("재정 건전성 강화", "재정 운영", 1_204_500_000), ("세입 확충", "재정 운영", 385_200_000),
        ("부서 운영 경비", "기본경비", 96_400_000)]
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)


FACILITIES = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 3 주요시설

구 분\t시설명\t위 치\t비 고
본관 청사\t세무 민원실 상담 창구\t본관 1층\t무인발급기 2대
\t기록관\t별관 1층\t항온항습 설비
\t계약 상담실\t본관 2층\t조달 교육
별관 청사\t회의실\t별관 3층\t예약제

## Ⅱ. 주요업무 추진실적
"""


def test_a_cell_wrapped_in_a_row_printing_a_merged_cells_label_stays_in_its_row(monkeypatch, tmp_path):
    """`본관 청사`, merged down over three rows, printed at the top of its cell on the first row's first line: a
    rule under that row skips it, and the row's lines were not joined, so `상담 창구` and `2대` made a row of
    their own."""
    _source, target = _render_rows(monkeypatch, tmp_path, "TOP", report=FACILITIES, merged_valign="TOP")
    (grid,) = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grid == (
        ("구 분", "시설명", "위 치", "비 고"), ("본관 청사", "세무 민원실 상담 창구", "본관 1층", "무인발급기 2대"),
        ("", "기록관", "별관 1층", "항온항습 설비"), ("", "계약 상담실", "본관 2층", "조달 교육"),
        ("별관 청사", "회의실", "별관 3층", "예약제"))


@pytest.mark.parametrize("between", ["whole width", "none"])
def test_a_group_label_at_the_left_of_centred_labels_over_right_aligned_figures_heads_its_columns(between, monkeypatch,
                                                                                                   tmp_path):
    """`예산액` printed at the left of `계 국비 시비 구비`, each centred in its column over figures printed at its
    right, with no rule under it alone: nothing below starts where it starts, and it was read as centred over
    `계` alone (`국비` … `구비` headed by nothing, `집행액` pushed over `시비`); so were `상반기` and `하반기`."""
    source, target = _render_headers(monkeypatch, tmp_path, between=between, fill=False, stroke=False,
                                     fill_totals=False, labels="group at left", figures="right")
    grids = [block.rows[:2] for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert [grids[0], grids[2]] == HEADERS
    assert [(line.name, line.budget_krw, line.executed_krw) for line in extract_file(target).budget] == BUDGET
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)


WORDS_ALONE = """제300회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 3 정보화교육장

구 분\t명 칭\t현 황\t비 고
시 설\t정보화교육장(1개소)\t· 평생스마트교육장(대림3동)\t전산운영팀

# Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("size", [6, 8, 9, 10])
def test_a_two_row_table_of_words_alone_without_rules_is_a_table_in_larger_type(size, tmp_path, monkeypatch):
    """A cell's padding is in points: at 8 to 10 pt the blank between `구 분` (centred, a column further right than
    `시 설`) and `정보화교육장(1개소)` came out two display columns wide, short of the three a table of words
    alone needs, and the table was read as text."""
    pdfs = make_pdfs()
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", size)
        monkeypatch.setattr(style, "leading", size + 2)
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(WORDS_ALONE, encoding="utf-8")
    pdfs.render(source, target, "none")
    grids = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grids == [(("구 분", "명 칭", "현 황", "비 고"),
                      ("시 설", "정보화교육장(1개소)", "· 평생스마트교육장(대림3동)", "전산운영팀"))]
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)
