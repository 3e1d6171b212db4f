"""PDF tables whose label column HWP prints in distributed alignment (배분 정렬: each label's letters spread over
its cell, `구      분`, `과  부  족`, `녹   지   조   성`) on every row, with and without vertical rules."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

SIZE, PAD, ROW = 9, 5.1, 20  # type, a cell's padding and a row's height, in points
STAFFING = ([80, 55, 50, 50, 50, 50], [["구분", "계", "5급", "6급", "7급", "공무직"],
                                       ["정원", "14", "1", "4", "6", "3"], ["현원", "15", "1", "5", "5", "4"],
                                       ["과부족", "1", "-", "1", "△1", "1"]])
BUDGET = ([150, 90, 90, 60], [["단위사업명", "예산액", "집행액", "집행률(%)"], ["계", "700,000", "300,000", "42.9"],
                              ["녹지조성", "400,000", "200,000", "50.0"], ["공원관리", "300,000", "100,000", "33.3"]])


def _report_pdf(path, rules: str) -> None:
    """The staffing and budget tables, their first column's labels spread over the cell and the header's others
    centred, figures right-aligned; ruled above, under the header and at the bottom (`frame`), between every row
    too (`horizontal`), or fully (`full`)."""
    from reportlab.pdfbase import pdfmetrics  # a test dependency

    pdfs = make_pdfs()  # registers the CID fonts
    left = 60

    def table(page, y: float, widths: list[int], rows: list[list[str]]) -> float:
        xs = [left + sum(widths[:k]) for k in range(len(widths) + 1)]
        for r, row in enumerate(rows):
            base = y - (r + 1) * ROW + (ROW - SIZE) / 2 + 1
            for k, text in enumerate(row):
                if k == 0 and len(text) > 1:
                    letters = [pdfmetrics.stringWidth(ch, pdfs.BODY_FONT, SIZE) for ch in text]
                    gap = (xs[1] - xs[0] - 2 * PAD - sum(letters)) / (len(text) - 1)
                    x = xs[0] + PAD
                    for ch, width in zip(text, letters, strict=True):
                        page.drawString(x, base, ch)
                        x += width + gap
                elif r and k:
                    page.drawRightString(xs[k + 1] - PAD, base, text)
                elif r:
                    page.drawString(xs[0] + PAD, base, text)
                else:
                    page.drawCentredString((xs[k] + xs[k + 1]) / 2, base, text)
        bottom = y - len(rows) * ROW
        page.setLineWidth(0.4)
        for r in range(len(rows) + 1):
            if r in (0, 1, len(rows)) or rules != "frame":
                page.line(xs[0], y - r * ROW, xs[-1], y - r * ROW)
        if rules == "full":
            for x in xs:
                page.line(x, y, x, bottom)
        return bottom

    def draw(page):
        page.setFont(pdfs.BODY_FONT, 14)
        page.drawCentredString(297, 800, "제301회 한빛구의회 제1차 정례회")
        page.setFont(pdfs.HEAD_FONT, 22)
        page.drawCentredString(297, 760, "2025년 주요업무 보고")
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawCentredString(297, 720, "공 원 녹 지 과")
        page.drawString(left, 680, "Ⅰ. 일반현황")
        page.setFont(pdfs.HEAD_FONT, 13)
        page.drawString(left, 650, "2 인 력")
        page.setFont(pdfs.BODY_FONT, SIZE)
        y = table(page, 635, *STAFFING) - 30
        page.setFont(pdfs.HEAD_FONT, 13)
        page.drawString(left, y, "4 예산현황")
        page.setFont(pdfs.BODY_FONT, SIZE)
        page.drawRightString(left + sum(BUDGET[0]), y - 14, "(단위: 천원)")
        y = table(page, y - 20, *BUDGET) - 30
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawString(left, y, "Ⅱ. 주요업무 추진실적")

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize("rules", ["frame", "horizontal"])
def test_spread_labels_without_vertical_rules_read_as_the_ruled_table(rules, tmp_path):
    """Without vertical rules each spread letter got a column of its own (`정 | | 원 | 14`), and the staffing and
    the budget were lost; ruled, they were read."""
    ruled, path = tmp_path / "full.pdf", tmp_path / f"{rules}.pdf"
    _report_pdf(ruled, "full")
    _report_pdf(path, rules)
    expected, report = extract_file(ruled), extract_file(path)
    assert len(expected.staffing) == 15
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in expected.budget] == [
        ("계", 700_000_000, 300_000_000, 42.9), ("녹지조성", 400_000_000, 200_000_000, 50.0),
        ("공원관리", 300_000_000, 100_000_000, 33.3)]
    assert [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing] == \
        [(r.status, r.job_class, r.grade, r.headcount) for r in expected.staffing]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == \
        [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in expected.budget]
    assert report.tables == []
    assert run_checks(report) == run_checks(expected) == []
