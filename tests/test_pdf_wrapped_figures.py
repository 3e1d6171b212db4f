"""A figure wrapped in a ruled PDF cell too narrow for it (`23` over `6`) reads as that figure, not `23 6`; two
figures a cell prints on purpose on two lines stay apart."""

import pytest
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs

REPORT = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 1 인력현황

구 분\t계\t일반직\t공무직
정 원\t{total}\t{general}\t{other}
현 원\t{total}\t{general}\t{other}

## Ⅱ. 주요업무 추진실적
"""


def _rendered(monkeypatch, tmp_path, widths: list[float], cells: dict[str, str] | None = None, padding: float = 6,
              report: str = REPORT, centred: bool = False, **figures):
    """The report as a PDF in a grid of `widths`, its cells padded `padding` points left and right (reportlab's 6 by
    default), their text at their left or `centred`; `cells`: what a cell prints instead (reportlab markup)."""
    pdfs = make_pdfs()
    style = pdfs.HEADER_CELL if centred else pdfs.CELL

    def ruled_table(block, ruling, repeat_header=True):
        data = [[Paragraph((cells or {}).get(text, pdfs.printed(text)), style) for text in row]
                for row in block.rows]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), padding),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), padding)]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source = tmp_path / "report.txt"
    source.write_text(report.format(**figures), encoding="utf-8")
    target = tmp_path / "report.pdf"
    pdfs.render(source, target, "grid")
    return target


def _table(path) -> tuple[tuple[str, ...], ...]:
    return next(block for block in read_document(str(path)).blocks if isinstance(block, GridTable)).rows


def test_figures_wrapped_in_a_narrow_column_read_whole(monkeypatch, tmp_path):
    """`236` printed `23` over `6` and `1,235,000` over two lines read as figures, and the staffing sums."""
    path = _rendered(monkeypatch, tmp_path, [60, 30, 14, 50], total="1,235,000", general="236", other="1,234,764")
    assert _table(path)[1:] == (("정 원", "1,235,000", "236", "1,234,764"), ("현 원", "1,235,000", "236", "1,234,764"))
    report = extract_file(path)
    assert [(r.status, r.job_class, r.headcount) for r in report.staffing if r.job_class == "일반직"] == \
        [("정원", "일반직", 236), ("현원", "일반직", 236)]
    assert run_checks(report) == []


def test_a_signed_figure_wrapped_reads_whole(monkeypatch, tmp_path):
    path = _rendered(monkeypatch, tmp_path, [60, 40, 30, 50], total="1,000", general="△236", other="1,236")
    assert _table(path)[1][2] == "△236"


def test_two_figures_a_cell_prints_on_two_lines_stay_apart(monkeypatch, tmp_path):
    """A count over its bracketed note, and two figures broken in a cell wide enough for both on one line."""
    path = _rendered(monkeypatch, tmp_path, [60, 60, 60, 60], cells={"48": "48<br/>(3)", "12": "12<br/>5"},
                     total="48", general="12", other="36")
    assert _table(path)[1:] == (("정 원", "48 (3)", "12 5", "36"), ("현 원", "48 (3)", "12 5", "36"))


def test_a_figure_wrapped_in_a_cell_padded_wider_than_a_type_size_reads_whole(monkeypatch, tmp_path):
    """Padded 12 points each side (in 7.5 pt type), `236` wraps as `23` over `6` in a cell 33 points wide: its
    first line leaves more room than a type size's padding, but no more than the table's own (its labels stand 12
    points from their cells' sides). Before, `23 6`, and the staffing's 일반직 lost."""
    path = _rendered(monkeypatch, tmp_path, [70, 70, 33, 70], padding=12, total="1,000", general="236", other="764")
    assert _table(path)[1:] == (("정 원", "1,000", "236", "764"), ("현 원", "1,000", "236", "764"))
    report = extract_file(path)
    assert [(r.status, r.headcount) for r in report.staffing if r.job_class == "일반직"] == [
        ("정원", 236), ("현원", 236)]
    assert run_checks(report) == []


@pytest.mark.parametrize(("width", "centred"), [(70, False), (40, True)])
def test_two_figures_a_cell_padded_so_prints_on_two_lines_stay_apart(width, centred, monkeypatch, tmp_path):
    """Also where every cell's text is centred, which shows no padding (a cell 40 points wide, padded 12 each side:
    a type size's padding tells that `12` does not fill it)."""
    path = _rendered(monkeypatch, tmp_path, [70, 70, width, 70], padding=12, cells={"12": "12<br/>5"}, centred=centred,
                     total="48", general="12", other="36")
    assert _table(path)[1][2] == "12 5"


VEHICLES = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 재 무 과

# Ⅰ. 일반현황

## 1 공용차량 현황

총 계\t승 용\t\t\t승 합\t\t
\t소 계\t소형\t중형\t소 계\t소형\t중형
{total}\t65\t17\t48\t{van}\t100\t71

## Ⅱ. 주요업무 추진실적
"""


def test_a_figure_wrapped_under_a_header_of_two_rows_reads_whole(monkeypatch, tmp_path):
    """The vehicles' `총 계` over a blank, `236` wrapped as `23` over `6` below it and `171` as `17` over `1` in a
    column of `소 계` under `승 합`: before, the header's lower row was taken for the column's words and each stayed
    `23 6`, the fleet's total and the 승합 lost."""
    path = _rendered(monkeypatch, tmp_path, [20, 40, 40, 40, 20, 40, 40], report=VEHICLES, total="236", van="171")
    assert _table(path)[2] == ("236", "65", "17", "48", "171", "100", "71")
    report = extract_file(path)
    assert [(c.category, c.kind, c.count) for fleet in report.vehicles for c in fleet.counts] == [
        ("계", "계", 236), ("승용", "소계", 65), ("승용", "소형", 17), ("승용", "중형", 48), ("승합", "소계", 171),
        ("승합", "소형", 100), ("승합", "중형", 71)]
    assert run_checks(report) == []
