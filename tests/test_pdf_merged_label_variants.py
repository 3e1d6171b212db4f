"""PDF tables ruled with horizontal lines alone: a row label merged down over two rows and wrapped over two lines
(`일반직` over `공무원`), the rule between the rows skipping it, is one label on its group's first row."""

import pytest
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

STAFFING = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 2 인력현황

구 분\t직 급\t정 원\t현 원\t과부족
계\t\t30\t28\t△2
일반직 공무원\t6급 이하\t20\t19\t△2
\t5급 이상\t6\t6\t-
공무직\t\t4\t3\t△1

## Ⅱ. 주요업무 추진실적
"""


def _render(monkeypatch, tmp_path, merged_valign: str):
    """The report as a PDF whose table has horizontal rules alone, under every row but where `일반직 공무원` is
    merged down over its two rows, in a first column narrow enough to wrap it (`일반직` over `공무원`), printed at
    `merged_valign` in its cell, the other cells centred in their rows."""
    pdfs = make_pdfs()

    def ruled_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        data = [[Paragraph(pdfs.printed(c), pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for c in row]
                for r, row in enumerate(rows)]
        table = Table(data, colWidths=[40, 60, 50, 50, 50])
        table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("VALIGN", (0, 1), (0, -1), merged_valign), *pdfs.spans(rows, 1)]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source = tmp_path / "report.txt"
    source.write_text(STAFFING, encoding="utf-8")
    target = tmp_path / "report.pdf"
    pdfs.render(source, target, "horizontal")
    return source, target


@pytest.mark.parametrize("merged_valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_label_merged_down_wrapped_over_two_rows_goes_whole_to_its_first_row(merged_valign, monkeypatch, tmp_path):
    """Before, `일반직` was the first row's label and `공무원` the second's (at the top or the bottom of its cell,
    the line printing it alone made a row label of its own too): two job classes, `일반직` and `공무원`. Whole, it
    names the class `일반직`, as `일반직` printed alone does."""
    source, target = _render(monkeypatch, tmp_path, merged_valign)
    (grid,) = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert grid == (("구 분", "직 급", "정 원", "현 원", "과부족"), ("계", "", "30", "28", "△2"),
                    ("일반직 공무원", "6급 이하", "20", "19", "△2"), ("", "5급 이상", "6", "6", "-"),
                    ("공무직", "", "4", "3", "△1"))
    report = extract_file(target)
    assert [(count.status, count.job_class, count.grade, count.headcount) for count in report.staffing] == [
        ("정원", "계", "계", 30), ("현원", "계", "계", 28), ("과부족", "계", "계", -2),
        ("정원", "일반직", "6급이하", 20), ("현원", "일반직", "6급이하", 19),
        ("과부족", "일반직", "6급이하", -2),
        ("정원", "일반직", "5급이상", 6), ("현원", "일반직", "5급이상", 6),
        ("과부족", "일반직", "5급이상", 0),
        ("정원", "공무직", "계", 4), ("현원", "공무직", "계", 3), ("과부족", "공무직", "계", -1)]
    assert sorted((f.rule, f.row, f.column, f.expected, f.actual, f.source.page) for f in run_checks(report)) == [
        ("shortfall", "과부족", "일반직 6급이하", "-1", "-2", 1)]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)


def test_labels_a_row_each_in_a_column_no_rule_crosses_stay_apart(monkeypatch, tmp_path):
    """Rules under the body's rows drawn right of the labels only: every label's cell reaches from the header's
    rule to the bottom, as a merged cell's would, but its labels stand a row apart, not a cell's leading: one
    label a row, not `계 일반직 공무원 공무직` on the first."""
    pdfs = make_pdfs()

    def ruled_table(block, ruling, repeat_header=True):
        data = [[Paragraph(pdfs.printed(c), pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for c in row]
                for r, row in enumerate(block.rows)]
        table = Table(data, colWidths=[40, 60, 50, 50, 50])
        table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                   ("LINEBELOW", (1, 1), (-1, -2), 0.5, colors.black),
                                   ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(STAFFING.replace("일반직 공무원\t6급 이하\t20\t19\t△2\n\t5급 이상",
                                       "일반직\t6급 이하\t20\t19\t△2\n공무원\t5급 이상"), encoding="utf-8")
    pdfs.render(source, target, "horizontal")
    (grid,) = [block.rows for block in read_document(target).blocks if isinstance(block, GridTable)]
    assert [row[:2] for row in grid] == [("구 분", "직 급"), ("계", ""), ("일반직", "6급 이하"), ("공무원", "5급 이상"),
                                         ("공무직", "")]
