"""PDF tables without vertical rules, drawn as word processors draw them: ruled only around the header and the
body (no rule between two body rows), group labels at the left of their columns."""

import pytest

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.test_pdf_headers import BUDGET, HEADERS
from tests.test_pdf_headers import _render as _render_headers
from tests.test_pdf_rows import _render as _render_rows
from tests.test_pdf_rows import assert_wrapped_budget_read_whole


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_rows_no_rule_parts_are_parted_by_the_lines_positions(valign, monkeypatch, tmp_path):
    """No rule between the body's rows: a wrapped cell's second line (`재정 건전성 강화 지원`) went to a row of its
    own (lost from the budget line, or taking its figures at the bottom of the row), and with the cells centred
    the facilities' rows were scattered over many lines and their header lost. The lines of a row stand a
    cell's leading apart, the rows a cell's padding further."""
    source, target = _render_rows(monkeypatch, tmp_path, valign, rules="header")
    grids = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grids[0] == (
        ("구 분", "위 치", "용 도", "비 고"),
        ("세무 민원실", "본관 1층", "지방세 민원 상담 및 증명서 발급", "무인발급기 2대"),
        ("기록관", "별관 지하1층", "기록물 보존", "항온항습 설비"),
        ("계약 상담실", "본관 2층", "계약 상담 및 입찰 안내", "조달 교육 병행"))
    assert_wrapped_budget_read_whole(source, target)


@pytest.mark.parametrize("fill", [False, True], ids=["plain", "shaded"])
def test_a_group_label_at_the_left_of_its_columns_with_no_rule_under_it_alone_heads_them(fill, monkeypatch, tmp_path):
    """`예산액` printed at the left of `계 국비 시비 구비`, and `상반기`, `하반기` at the left of their `접수 처리`,
    with the rule between the header's lines across the whole width: no rule says their spans, and they read as
    labels centred over their first columns (`예산액` over `계 국비`, `집행액` pushed over `시비`, `하반기` over
    the first `처리`). Each starts where its first column's label starts and heads the columns of figures up to
    the next label."""
    source, target = _render_headers(monkeypatch, tmp_path, between="whole width", fill=fill, stroke=False,
                                     fill_totals=fill, labels="left")
    grids = [block.rows[:2] for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert [grids[0], grids[2]] == HEADERS
    assert [(line.name, line.budget_krw, line.executed_krw) for line in extract_file(target).budget] == BUDGET
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)
