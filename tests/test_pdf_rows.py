"""PDF tables ruled with horizontal lines alone: the rules part the rows, so a cell wrapped over several lines
stays in its row wherever the row prints its text (top, centre or bottom), as word processors print them."""

import pytest
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

REPORT = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 3 주요시설

구 분\t위 치\t용 도\t비 고
세무 민원실\t본관 1층\t지방세 민원 상담 및 증명서 발급\t무인발급기 2대
기록관\t별관 지하1층\t기록물 보존\t항온항습 설비
계약 상담실\t본관 2층\t계약 상담 및 입찰 안내\t조달 교육 병행

## 4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액\t집행률(%)\t비고
계\t1,686,100\t693,400\t41.1\t
건전한 재정 운영 및 재정 건전성 강화 지원\t1,204,500\t512,300\t42.5\t본예산 및 제1회 추가경정 반영
세입 확충 기반 강화\t385,200\t140,100\t36.4\t
기본경비 및 부서 운영 경비\t96,400\t41,000\t42.5\t

## Ⅱ. 주요업무 추진실적
"""


def _render(monkeypatch, tmp_path, valign: str, rules: str = "rows", report: str = REPORT,
            merged_valign: str | None = None):
    """The report as a PDF whose tables have horizontal rules alone, columns narrow enough to wrap the long
    cells, their text printed at `valign` in each row. `rules`: under every row (`rows`), only under the header
    and the body (`header`), or else under the header and the 계 row and at the bottom. With `merged_valign`, a
    first column's label over blanks is merged down over their rows (the rules between them skip it) and
    printed at `merged_valign` in its cell."""
    pdfs = make_pdfs()

    def ruled_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        data = [[Paragraph(pdfs.printed(c), pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for c in row]
                for r, row in enumerate(rows)]
        table = Table(data, colWidths=[90, 60, 60, 50, 80][:len(rows[0])])
        under = {"rows": [("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)],
                 "header": [("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)]}.get(rules, [
            ("LINEBELOW", (0, 0), (-1, 1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black)])
        merged = [("VALIGN", (0, 1), (0, -1), merged_valign), *pdfs.spans(rows, 1)] if merged_valign else []
        table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black), *under,
                                   ("VALIGN", (0, 0), (-1, -1), valign), *merged]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source = tmp_path / "report.txt"
    source.write_text(report, encoding="utf-8")
    target = tmp_path / f"report-{valign}.pdf"
    pdfs.render(source, target, "horizontal")
    return source, target


def assert_wrapped_budget_read_whole(source, target) -> None:
    """The budget's wrapped names whole in their lines, and the PDF's records those of its text."""
    budget = extract_file(target).budget
    assert [(line.name, line.budget_krw, line.executed_krw) for line in budget] == [
        ("계", 1_686_100_000, 693_400_000),
        ("건전한 재정 운영 및 재정 건전성 강화 지원", 1_204_500_000, 512_300_000),
        ("세입 확충 기반 강화", 385_200_000, 140_100_000),
        ("기본경비 및 부서 운영 경비", 96_400_000, 41_000_000)]
    assert budget[1].other_columns == {"비고": "본예산 및 제1회 추가경정 반영"}
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(source), with_sources=False)


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_cell_wrapped_in_a_row_ruled_apart_stays_in_its_row(valign, monkeypatch, tmp_path):
    """`건전한 재정 운영 및` over `재정 건전성 강화 지원`: at the top of its row the second line went to the row
    below (a row of its own with no figures); at its centre the last row's second line (`경비`) was lost."""
    source, target = _render(monkeypatch, tmp_path, valign)
    assert_wrapped_budget_read_whole(source, target)


def test_a_table_of_words_alone_ruled_row_by_row_keeps_its_rows(monkeypatch, tmp_path):
    _source, target = _render(monkeypatch, tmp_path, "TOP")
    facilities = next(b for b in read_document(target).blocks if isinstance(b, GridTable) and b.rows[0][0] == "구 분")
    assert facilities.rows == (
        ("구 분", "위 치", "용 도", "비 고"),
        ("세무 민원실", "본관 1층", "지방세 민원 상담 및 증명서 발급", "무인발급기 2대"),
        ("기록관", "별관 지하1층", "기록물 보존", "항온항습 설비"),
        ("계약 상담실", "본관 2층", "계약 상담 및 입찰 안내", "조달 교육 병행"))


def test_rows_between_two_rules_together_stay_rows_of_their_own(monkeypatch, tmp_path):
    """Rules under the header and the 계 row only: the rows below the 계 row lie between the same two rules,
    and each prints figures, so they are rows of their own, not one row."""
    _source, target = _render(monkeypatch, tmp_path, "MIDDLE", rules="groups")
    budget = extract_file(target).budget
    assert [(line.budget_krw, line.executed_krw) for line in budget] == [
        (1_686_100_000, 693_400_000), (1_204_500_000, 512_300_000), (385_200_000, 140_100_000),
        (96_400_000, 41_000_000)]
    assert [line.name for line in budget[:3]] == [
        "계", "건전한 재정 운영 및 재정 건전성 강화 지원", "세입 확충 기반 강화"]
