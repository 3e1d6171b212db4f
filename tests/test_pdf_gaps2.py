"""PDF layouts the reader once read in part: two tables side by side under one `(단위: …)` line, a schedule
whose months are shaded cells in a table without vertical rules."""

import datetime as dt

import pytest

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs
from tests.test_pdf_words_variants import PLANNED, schedule_pdf

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


def _general_part(page, heading: str | None, units: dict[float, str]) -> None:
    """Above the tables: the general part's title, a numbered heading under it (if any), and each unit line of
    `units` set right at its x, one line above the tables' tops at 700."""
    pdfs = make_pdfs()
    page.setFont(pdfs.HEAD_FONT, 16)
    page.drawString(50, 780, "Ⅰ. 일반현황")
    if heading:
        page.setFont(pdfs.HEAD_FONT, 13)
        page.drawString(50, 745, heading)
    page.setFont(pdfs.BODY_FONT, 9)
    for right, unit in units.items():
        page.drawRightString(right, 712, unit)


GENERAL = [("단위사업명", "예산액", "집행액"), ("계", "1,500,000", "600,000"),
           ("쾌적한 청사 관리", "1,000,000", "400,000"), ("조직 운영", "500,000", "200,000")]
FUND = [("단위사업명", "예산액", "집행액"), ("계", "300,000", "120,000"), ("청사건립기금 운용", "300,000", "120,000")]


def _side_by_side_pdf(path, *, sides: bool, right_lower: float) -> None:
    """The general part's 예산현황: the 일반회계's 단위사업 left, the 기금's right, at one height (the right one
    `right_lower` points lower), one `(2025. 5. 31. 기준, 단위: 천원)` line right above them both."""

    def draw(page):
        _general_part(page, "4. 예산현황", {545: "(2025. 5. 31. 기준, 단위: 천원)"})
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
        _general_part(page, None, {290: "(단위: 천원)"})
        _ruled_table(page, 50, 700, [100, 70, 70], GENERAL)
        _ruled_table(page, 50, 600, [100, 70, 70], FUND)

    path = tmp_path / "budget.pdf"
    path.write_bytes(one_page_pdf(draw))
    grids = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert [grid.unit for grid in grids] == ["천원", None]


@pytest.mark.parametrize("rules", ["horizontal", "frame", "none"])
def test_a_schedules_shaded_months_read_as_marks_without_vertical_rules(rules, tmp_path):
    """Without vertical rules the schedule is no ruled table, and its shaded months, printing nothing, were lost:
    each step's row a line of its label alone, no 추진일정 table at all. Each shaded month now reads as `●`, as the
    same schedule printed with marks; the header's fill marks nothing."""
    shaded, marked = tmp_path / "shaded.pdf", tmp_path / "marked.pdf"
    schedule_pdf(shaded, marks="fills", rules=rules)
    schedule_pdf(marked, marks="●", rules=rules)
    (grid,) = [block.rows for block in read_document(shaded).blocks if isinstance(block, GridTable)]
    assert grid == (("추진내용", *(f"{m}월" for m in range(1, 13))),
                    *((step, *("●" if first <= m <= last else "" for m in range(1, 13)))
                      for step, (first, last) in PLANNED.items()))
    report = extract_file(shaded)
    (table,) = report.tables
    assert (table.caption, table.project_seq) == ("추진일정", 1)
    assert records_data(report, with_sources=False) == records_data(extract_file(marked), with_sources=False)
    assert run_checks(report) == run_checks(extract_file(marked))


# 19 columns of vehicles by status: each group's kinds under it, 계 and 이륜 merged down the header's two rows
KINDS = [("계", ["계"]), ("승 용", ["소계", "소형", "중형", "대형"]), ("승 합", ["소계", "소형", "중형", "대형"]),
         ("화 물", ["소계", "소형", "중형", "대형"]), ("특 수", ["소계", "청소차", "구급차", "기타"]),
         ("이륜", ["이륜"])]
STATUSES = [("정 수", ["45", "12", "3", "8", "1", "6", "2", "4", "0", "15", "9", "4", "2", "11", "7", "3", "1", "1"]),
            ("보 유", ["44", "12", "3", "8", "1", "5", "2", "3", "0", "15", "9", "4", "2", "11", "7", "3", "1", "1"]),
            ("과부족", ["△1", "-", "-", "-", "-", "△1", "-", "△1", "-", *["-"] * 9])]


def _wide_vehicles_pdf(path, *, size: float, column: float) -> None:
    """The 공용차량 table on a portrait page, 18 columns of figures `column` points wide beside its 구 분 column,
    in `size` points type (`청소차` nearly as wide as its column); ruled above and below the header and below
    the last row, and under each group label, as HWP rules it, no vertical rule; every label and figure centred."""
    left, label = 40, 40
    xs = [left, left + label, *(left + label + column * k for k in range(1, 19))]
    ys = [725, 711, 697, *(697 - 14 * (r + 1) for r in range(len(STATUSES)))]

    def draw(page):
        pdfs = make_pdfs()
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawString(left, 790, "Ⅰ. 일반현황")
        page.setFont(pdfs.HEAD_FONT, 11)
        page.drawString(left, 760, "□ 공용차량 - 총44대 (정수 45)")
        page.setFont(pdfs.BODY_FONT, 8)
        page.drawRightString(xs[-1], 735, "(단위: 대)")
        page.setFont(pdfs.BODY_FONT, size)
        page.setLineWidth(0.4)
        merged_down = (ys[0] + ys[2]) / 2 - size / 3
        page.drawCentredString((xs[0] + xs[1]) / 2, merged_down, "구 분")
        c = 1
        for group, kinds in KINDS:
            if len(kinds) == 1:
                page.drawCentredString((xs[c] + xs[c + 1]) / 2, merged_down, group)
            else:
                page.drawCentredString((xs[c] + xs[c + len(kinds)]) / 2, ys[1] + 4, group)
                page.line(xs[c], ys[1], xs[c + len(kinds)], ys[1])
                for k, kind in enumerate(kinds):
                    page.drawCentredString((xs[c + k] + xs[c + k + 1]) / 2, ys[2] + 4, kind)
            c += len(kinds)
        for r, (status, figures) in enumerate(STATUSES):
            page.drawCentredString((xs[0] + xs[1]) / 2, ys[3 + r] + 4, status)
            for k, figure in enumerate(figures):
                page.drawCentredString((xs[k + 1] + xs[k + 2]) / 2, ys[3 + r] + 4, figure)
        for y in (ys[0], ys[2], ys[-1]):
            page.line(xs[0], y, xs[-1], y)

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize(("size", "column"), [(7.5, 25), (7, 24), (8, 26), (8, 25), (7.5, 22.6), (8, 24)],
                         ids=["7.5pt in 25pt", "7pt in 24pt", "8pt in 26pt", "8pt in 25pt: touching",
                              "7.5pt in 22.6pt: touching", "8pt in 24pt: touching"])
def test_a_wide_tables_labels_less_than_a_type_size_apart_are_parted_by_its_columns_of_figures(size, column, tmp_path):
    """On a portrait page the kinds under 특 수 stand less than a type size apart (`소계 청소차 구급차 기타`) and
    were one label over four columns: their figures went to no kind (`특수` ``), and `sum.vehicles` errors
    followed; so close that their letters run on (`청소차구급차`), they were one word, and the group labels right
    of it moved over. The columns of figures below part them, each kind over its own, the columns right of them
    moved over alike in every line."""
    path = tmp_path / "vehicles.pdf"
    _wide_vehicles_pdf(path, size=size, column=column)
    (grid,) = [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert grid[:2] == (("구 분", "계", *(label for group, kinds in KINDS[1:5] for label in (group, "", "", "")),
                         "이륜"),
                        ("", "", *(kind for _group, kinds in KINDS[1:5] for kind in kinds), ""))
    report = extract_file(path)
    (fleet,) = report.vehicles
    assert [(count.category, count.kind, count.count) for count in fleet.counts] == [
        ("계", "계", 44), ("승용", "소계", 12), ("승용", "소형", 3), ("승용", "중형", 8), ("승용", "대형", 1),
        ("승합", "소계", 5), ("승합", "소형", 2), ("승합", "중형", 3), ("승합", "대형", 0),
        ("화물", "소계", 15), ("화물", "소형", 9), ("화물", "중형", 4), ("화물", "대형", 2),
        ("특수", "소계", 11), ("특수", "청소차", 7), ("특수", "구급차", 3), ("특수", "기타", 1), ("이륜", "소계", 1)]
    assert [(finding.rule, finding.expected, finding.actual) for finding in run_checks(report)
            if not finding.rule.startswith("cover.")] == [("header.quota", "45", "44")]
