"""PDF tables drawn as HWP draws them (each cell's text centred in it, header cells shaded with unstroked fills):
a header label wrapped over two lines of a narrow column in a table without vertical rules."""

import pytest

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

SIZE, LEADING = 8, 10  # the table's type and the space between a cell's lines
COLUMN = 40  # points: narrow enough to wrap `소형ㆍ 다목적`
# (row, column, rows spanned, columns spanned, the cell's lines); row 2 prints the figures
VEHICLES = [(0, 0, 2, 1, ["총 계"]), (0, 1, 1, 3, ["승 용"]), (0, 4, 1, 3, ["화 물"]),
            (1, 1, 1, 1, ["소 계"]), (1, 2, 1, 1, ["소형ㆍ", "다목적"]), (1, 3, 1, 1, ["중형"]),
            (1, 4, 1, 1, ["소 계"]), (1, 5, 1, 1, ["소형"]), (1, 6, 1, 1, ["중형"]),
            *((2, c, 1, 1, [figure]) for c, figure in enumerate(["12", "7", "3", "4", "5", "2", "3"]))]


def _vehicles_pdf(path, *, pad: float, rules: str, valign: str = "middle") -> None:
    """A page with the 공용차량 heading and its table: rules above the header, under it and at the bottom
    (`frame`), or also under the first header row but below the `총 계` merged down (`horizontal`); no vertical
    rule. A cell's lines are printed at `valign` in it; `pad` points of padding above and below them, which sets
    the rows' heights as HWP sets them."""
    left, top = 60, 700
    heights = [max(2 * SIZE, LEADING + 2 * pad), 2 * LEADING + 2 * pad, max(2 * SIZE, LEADING + 2 * pad)]
    tops = [top - sum(heights[:r]) for r in range(4)]

    def draw(page):
        pdfs = make_pdfs()  # registers the CID fonts
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawString(left, 780, "Ⅰ. 일반현황")
        page.setFont(pdfs.HEAD_FONT, 11)
        page.drawString(left, 750, "□ 공용차량 - 총12대 (정수 12)")
        page.setFont(pdfs.BODY_FONT, 8)
        page.drawRightString(left + 7 * COLUMN, 712, "(단위: 대)")
        for row, column, rows, columns, lines in VEHICLES:
            x0, x1 = left + column * COLUMN, left + (column + columns) * COLUMN
            high, low = tops[row], tops[row + rows]
            if row < 2:
                page.setFillGray(0.85)
                page.rect(x0, low, x1 - x0, high - low, stroke=0, fill=1)
                page.setFillGray(0)
            text_height = len(lines) * LEADING
            first = {"middle": high - (high - low - text_height) / 2, "top": high - pad}[valign] - SIZE
            page.setFont(pdfs.BODY_FONT, SIZE)
            for k, line in enumerate(lines):
                if row == 2:
                    page.drawRightString(x1 - pad, first - k * LEADING, line)
                else:
                    page.drawCentredString((x0 + x1) / 2, first - k * LEADING, line)
        right = left + 7 * COLUMN
        page.setLineWidth(1.0)
        for y in (tops[0], tops[3]):
            page.line(left, y, right, y)
        page.setLineWidth(0.4)
        page.line(left, tops[2], right, tops[2])
        if rules == "horizontal":
            page.line(left + COLUMN, tops[1], right, tops[1])

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize("valign", ["middle", "top"])
@pytest.mark.parametrize("rules", ["frame", "horizontal"])
@pytest.mark.parametrize("pad", [5.1, 3], ids=["HWP's padding", "less padding"])
def test_a_header_label_wrapped_in_its_narrow_column_is_one_label(pad, rules, valign, tmp_path):
    """`소형ㆍ` over `다목적` stood on lines of their own in the header: the kind came out `소형·` with `다목적` a third
    header row, or (rows 16 points tall) `총 계` went down to the second header row and every figure one kind
    over: `승용 소계 12`, no 계, and false `header.total` and `sum.vehicles` errors."""
    path = tmp_path / "vehicles.pdf"
    _vehicles_pdf(path, pad=pad, rules=rules, valign=valign)
    (grid,) = [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert grid == (("총 계", "승 용", "", "", "화 물", "", ""),
                    ("", "소 계", "소형· 다목적", "중형", "소 계", "소형", "중형"),
                    ("12", "7", "3", "4", "5", "2", "3"))
    report = extract_file(path)
    (fleet,) = report.vehicles
    assert [(count.category, count.kind, count.count) for count in fleet.counts] == [
        ("계", "계", 12), ("승용", "소계", 7), ("승용", "소형·다목적", 3), ("승용", "중형", 4), ("화물", "소계", 5),
        ("화물", "소형", 2), ("화물", "중형", 3)]
    assert not fleet.repaired
    assert [finding for finding in run_checks(report) if not finding.rule.startswith("cover.")] == []
