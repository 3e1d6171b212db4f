"""A figure wrapped in a ruled PDF cell too narrow for it (`23` over `6`) reads as that figure, not `23 6`; two
figures a cell prints on purpose on two lines stay apart."""

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


def _rendered(monkeypatch, tmp_path, widths: list[float], cells: dict[str, str] | None = None, **figures):
    """The report as a PDF in a grid of `widths`; `cells`: what a cell prints instead (reportlab markup)."""
    pdfs = make_pdfs()

    def ruled_table(block, ruling, repeat_header=True):
        data = [[Paragraph((cells or {}).get(text, pdfs.printed(text)), pdfs.CELL) for text in row]
                for row in block.rows]
        table = Table(data, colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source = tmp_path / "report.txt"
    source.write_text(REPORT.format(**figures), encoding="utf-8")
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
