"""PDF tables drawn as HWP draws them (each cell's text centred in it, header cells shaded with unstroked fills):
a header label wrapped over two lines of a narrow column in a table without vertical rules."""

import pytest

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
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


PLANNED = {"기본계획 수립": (1, 2), "설계 및 공사": (3, 6), "사후관리": (7, 12)}  # each step's months


def schedule_pdf(path, *, marks: str, white_cells: bool = False, shaded_row: bool = False,
                 rules: str = "grid") -> None:
    """A project's 추진일정 drawn as a ruled table of a header of month labels (shaded) over its steps, each
    planned month a shaded cell printing nothing (`marks="fills"`) or printing `●`. `white_cells`: every cell
    filled white first, as HWP may draw them; `shaded_row`: a last row `계` shaded all across, label and months.
    `rules`: ruled as a grid, or as HWP often draws it, with no vertical rule: between every row
    (`"horizontal"`), only above and below the header and below the last row (`"frame"`), or not at all
    (`"none"`), a `□ 향후계획` below it."""
    left, top, row, label, month = 50, 640, 18, 100, 30
    steps = [*PLANNED.items(), *([("계", (1, 12))] if shaded_row else [])]

    def draw(page):
        pdfs = make_pdfs()  # registers the CID fonts
        for size, y, text in ((16, 780, "Ⅱ. 주요업무 추진실적"), (14, 750, "① 생활권 녹지 확충 (녹지조성팀)"),
                              (11, 720, "생활권 가까이에 녹지를 넓혀 구민의 휴식 공간을 늘리고자 함"),
                              (12, 680, "□ 추진일정")):
            page.setFont(pdfs.HEAD_FONT if size > 11 else pdfs.BODY_FONT, size)
            page.drawString(left, y, text)
        xs = [left, left + label, *(left + label + month * m for m in range(1, 13))]
        ys = [top - row * r for r in range(len(steps) + 2)]

        def fill(column: int, r: int, gray: float) -> None:
            page.setFillGray(gray)
            page.rect(xs[column], ys[r + 1], xs[column + 1] - xs[column], row, stroke=0, fill=1)
            page.setFillGray(0)

        for column in range(13):
            fill(column, 0, 0.85)
            for r, (step, (first, last)) in enumerate(steps, start=1):
                if white_cells:
                    fill(column, r, 1)
                if step == "계" or (marks == "fills" and column and first <= column <= last):
                    fill(column, r, 0.55)
        page.setFont(pdfs.BODY_FONT, 9)
        for column, text in enumerate(["추진내용", *(f"{m}월" for m in range(1, 13))]):
            page.drawCentredString((xs[column] + xs[column + 1]) / 2, ys[1] + 6, text)
        for r, (step, (first, last)) in enumerate(steps, start=1):
            page.drawString(xs[0] + 5, ys[r + 1] + 6, step)
            for m in range(first, last + 1) if marks != "fills" and step != "계" else ():
                page.drawCentredString((xs[m] + xs[m + 1]) / 2, ys[r + 1] + 6, marks)
        page.setLineWidth(0.4)
        ruled = {"grid": ys, "horizontal": ys, "frame": [ys[0], ys[1], ys[-1]], "none": []}[rules]
        for y in ruled:
            page.line(xs[0], y, xs[-1], y)
        if rules == "grid":
            for x in xs:
                page.line(x, ys[0], x, ys[-1])
        else:
            page.setFont(pdfs.BODY_FONT, 11)
            page.drawString(left, ys[-1] - 30, "□ 향후계획")

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize("white_cells", [False, True], ids=["shaded cells", "on cells filled white"])
def test_a_schedules_months_shaded_instead_of_marked_read_as_marks(white_cells, tmp_path):
    """The planned months shaded, printing nothing, came out an empty grid: which months were planned was lost.
    Each shaded month now holds `●`, as the same schedule printed with marks gives; the header's fill, and
    cells filled white, mark nothing."""
    shaded, marked = tmp_path / "shaded.pdf", tmp_path / "marked.pdf"
    schedule_pdf(shaded, marks="fills", white_cells=white_cells)
    schedule_pdf(marked, marks="●")
    (grid,) = [block.rows for block in read_document(shaded).blocks if isinstance(block, GridTable)]
    assert grid == (("추진내용", *(f"{m}월" for m in range(1, 13))),
                    *((step, *("●" if first <= m <= last else "" for m in range(1, 13)))
                      for step, (first, last) in PLANNED.items()))
    report = extract_file(shaded)
    assert [(table.caption, table.project_seq) for table in report.tables] == [("추진일정", 1)]
    assert records_data(report, with_sources=False) == records_data(extract_file(marked), with_sources=False)
    assert run_checks(report) == run_checks(extract_file(marked))


def test_a_schedules_row_shaded_all_across_is_no_row_of_marks(tmp_path):
    """A row shaded from its label to its last month (a 계 row, as tables shade it) is a shaded row, not marks."""
    path = tmp_path / "schedule.pdf"
    schedule_pdf(path, marks="fills", shaded_row=True)
    (grid,) = [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert grid[-1] == ("계", *[""] * 12)
    assert grid[1] == ("기본계획 수립", "●", "●", *[""] * 10)
