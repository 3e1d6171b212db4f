"""PDF layouts the reader once read in part: two tables side by side under one `(단위: …)` line."""

import datetime as dt

import pytest

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

ROW = 18  # points: a ruled row's height


def _ruled_table(page, x: float, top: float, widths: list[float], rows: list[tuple[str, ...]], *,
                 sides: bool = True) -> None:
    """A table ruled as a grid at x, top (from the page's bottom, as reportlab counts), its header row's labels
    centred, the body's figures set right; `sides=False`: without its outer left and right rules."""
    pdfs = make_pdfs()  # registers the CID fonts
    xs = [x]
    for width in widths:
        xs.append(xs[-1] + width)
    ys = [top - ROW * r for r in range(len(rows) + 1)]
    page.setFont(pdfs.BODY_FONT, 9)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if r and c:
                page.drawRightString(xs[c + 1] - 4, ys[r + 1] + 5, text)
            else:
                page.drawCentredString((xs[c] + xs[c + 1]) / 2, ys[r + 1] + 5, text)
    page.setLineWidth(0.4)
    for y in ys:
        page.line(xs[0], y, xs[-1], y)
    for x_rule in xs if sides else xs[1:-1]:
        page.line(x_rule, ys[0], x_rule, ys[-1])


GENERAL = [("단위사업명", "예산액", "집행액"), ("계", "1,500,000", "600,000"),
           ("쾌적한 청사 관리", "1,000,000", "400,000"), ("조직 운영", "500,000", "200,000")]
FUND = [("단위사업명", "예산액", "집행액"), ("계", "300,000", "120,000"), ("청사건립기금 운용", "300,000", "120,000")]


def _side_by_side_pdf(path, *, sides: bool, right_lower: float) -> None:
    """The general part's 예산현황: the 일반회계's 단위사업 left, the 기금's right, at one height (the right one
    `right_lower` points lower), one `(2025. 5. 31. 기준, 단위: 천원)` line right above them both."""

    def draw(page):
        pdfs = make_pdfs()
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawString(50, 780, "Ⅰ. 일반현황")
        page.setFont(pdfs.HEAD_FONT, 13)
        page.drawString(50, 745, "4. 예산현황")
        page.setFont(pdfs.BODY_FONT, 9)
        page.drawRightString(545, 712, "(2025. 5. 31. 기준, 단위: 천원)")
        _ruled_table(page, 50, 700, [100, 70, 70], GENERAL, sides=sides)
        _ruled_table(page, 305, 700 - right_lower, [100, 70, 70], FUND, sides=sides)

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize("right_lower", [0, 4], ids=["at one height", "right one a little lower"])
@pytest.mark.parametrize("sides", [True, False], ids=["grid", "open sides"])
def test_two_tables_side_by_side_under_one_unit_line_both_take_it(sides, right_lower, tmp_path):
    """The unit line went to the left table only: the 기금's figures were taken as won (300,000 for 300,000천원)
    with a `unit` finding, and its as-of date lost. Both tables now carry the unit and its basis."""
    path = tmp_path / "budget.pdf"
    _side_by_side_pdf(path, sides=sides, right_lower=right_lower)
    grids = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert [(grid.rows[1][0], grid.unit, grid.basis) for grid in grids] == [
        ("계", "천원", "2025. 5. 31. 기준"), ("계", "천원", "2025. 5. 31. 기준")]
    report = extract_file(path)
    assert [(line.table_no, line.name, line.budget_krw, line.executed_krw, line.unit, line.as_of)
            for line in report.budget] == [
        (1, "계", 1_500_000_000, 600_000_000, "천원", dt.date(2025, 5, 31)),
        (1, "쾌적한 청사 관리", 1_000_000_000, 400_000_000, "천원", dt.date(2025, 5, 31)),
        (1, "조직 운영", 500_000_000, 200_000_000, "천원", dt.date(2025, 5, 31)),
        (2, "계", 300_000_000, 120_000_000, "천원", dt.date(2025, 5, 31)),
        (2, "청사건립기금 운용", 300_000_000, 120_000_000, "천원", dt.date(2025, 5, 31))]
    assert [finding for finding in run_checks(report) if not finding.rule.startswith("cover.")] == []


def test_a_table_below_another_takes_no_unit_from_it(tmp_path):
    """Only a table beside the one before shares its unit line: one below it, with no unit of its own, has none."""

    def draw(page):
        pdfs = make_pdfs()
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawString(50, 780, "Ⅰ. 일반현황")
        page.setFont(pdfs.BODY_FONT, 9)
        page.drawRightString(290, 712, "(단위: 천원)")
        _ruled_table(page, 50, 700, [100, 70, 70], GENERAL)
        _ruled_table(page, 50, 600, [100, 70, 70], FUND)

    path = tmp_path / "budget.pdf"
    path.write_bytes(one_page_pdf(draw))
    grids = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert [grid.unit for grid in grids] == ["천원", None]
