"""PDF layouts the side-by-side tables' shared unit line (`Table.beside`) once read wrong: a line printing a unit
over each of two tables side by side, and a table lower down beside a tall one."""

import pytest

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.corpus import one_page_pdf
from tests.test_pdf_gaps2 import _general_part, _ruled_table

STAFF = [("구 분", "계", "5급", "6급", "7급"), ("정 원", "11", "1", "4", "6"), ("현 원", "10", "1", "5", "4"),
         ("과부족", "△1", "-", "1", "△2")]
BUDGET = [("단위사업명", "예산액", "집행액"), ("계", "5,780,000", "2,321,000"),
          ("푸른 녹지 조성", "4,200,000", "1,680,000"), ("공원 관리", "1,500,000", "609,000"),
          ("기본경비", "80,000", "32,000")]
STAFF_WIDTHS, BUDGET_WIDTHS = [45, 35, 30, 30, 30], [80, 70, 70]


def _staff_and_budget_pdf(path, *, units: dict[float, str], budget_lower: float) -> None:
    """The general part's 인력 및 예산현황: the staffing table left, the budget right (`budget_lower` points lower),
    each unit of `units` set right at its x on one line above them."""

    def draw(page):
        _general_part(page, "2. 인력 및 예산현황", units)
        _ruled_table(page, 50, 700, STAFF_WIDTHS, STAFF)
        _ruled_table(page, 310, 700 - budget_lower, BUDGET_WIDTHS, BUDGET)

    path.write_bytes(one_page_pdf(draw))


def _budget(report) -> list[tuple[str, int | None, int | None, str | None]]:
    return [(line.name, line.budget_krw, line.executed_krw, line.unit) for line in report.budget]


IN_THOUSANDS = [("계", 5_780_000_000, 2_321_000_000, "천원"), ("푸른 녹지 조성", 4_200_000_000, 1_680_000_000, "천원"),
                ("공원 관리", 1_500_000_000, 609_000_000, "천원"), ("기본경비", 80_000_000, 32_000_000, "천원")]


@pytest.mark.parametrize("budget_lower", [0, -4], ids=["at one height", "budget a little higher"])
def test_a_unit_over_each_of_two_tables_side_by_side_goes_to_its_own(budget_lower, tmp_path):
    """`(단위: 명)` over the staffing table and `(단위: 천원)` over the budget beside it, on one line: the budget,
    beside the staffing table, took that one's 명 (the line's first unit), so its figures were read as won
    (5,780,000 for 5,780,000천원) with a false `unit` finding. Each table now takes the unit over it, left to right,
    also where the right one stands a little higher (it was read first, and the staffing table beside it)."""
    path = tmp_path / "general.pdf"
    _staff_and_budget_pdf(path, units={220: "(단위: 명)", 530: "(단위: 천원)"}, budget_lower=budget_lower)
    document = read_document(path)
    grids = [block for block in document.blocks if isinstance(block, GridTable)]
    assert [(grid.rows[0][0], grid.unit) for grid in grids] == [("구 분", "명"), ("단위사업명", "천원")]
    assert not any("단위" in block.text for block in document.blocks if not isinstance(block, GridTable))
    report = extract_file(path)
    assert _budget(report) == IN_THOUSANDS
    assert [finding.rule for finding in run_checks(report) if not finding.rule.startswith("cover.")] == []


def test_one_line_of_both_units_over_two_tables_side_by_side_goes_to_both(tmp_path):
    """`(단위: 명, 천원)` set right over the budget beside the staffing table is both tables' unit: the budget's
    money unit is its 천원 (before the side-by-side tables shared their unit line, the budget was read in won)."""
    path = tmp_path / "general.pdf"
    _staff_and_budget_pdf(path, units={530: "(단위: 명, 천원)"}, budget_lower=0)
    grids = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert [grid.unit for grid in grids] == ["명, 천원", "명, 천원"]
    assert _budget(extract_file(path)) == IN_THOUSANDS


def test_a_table_lower_down_beside_a_tall_one_takes_no_unit_from_it(tmp_path):
    """The budget starting 30 points below the staffing table's top, beside it, under nothing: it was marked beside
    that table (their heights overlap) and took its 명. Only tables whose tops are level share the line above."""
    path = tmp_path / "general.pdf"
    _staff_and_budget_pdf(path, units={220: "(단위: 명)"}, budget_lower=30)
    grids = [block for block in read_document(path).blocks if isinstance(block, GridTable)]
    assert [(grid.rows[0][0], grid.unit) for grid in grids] == [("구 분", "명"), ("단위사업명", None)]


def test_a_total_centred_in_the_name_column_of_a_budget_framed_above_and_below_is_its_own_line(tmp_path):
    """A budget whose header alone is ruled (shaded, a rule above and below) and whose 계 is centred in its name
    column, the names set left: the 계 and the names read as two columns (`'' | 계` over `푸른 녹지 조성 | ''`).
    The 계 row's line is named 계 (at f1baf07 it took the name of the row below: two lines `푸른 녹지 조성`)."""

    def draw(page):
        _general_part(page, "4. 예산현황", {430: "(단위: 천원)"})
        page.setFillGray(0.85)
        page.rect(50, 682, 380, 18, stroke=0, fill=1)
        page.setFillGray(0)
        page.setLineWidth(0.8)
        page.line(50, 700, 430, 700)
        page.line(50, 682, 430, 682)
        xs = [50, 200, 280, 360, 430]
        for c, label in enumerate(["단위사업명", "예산액", "집행액", "집행률(%)"]):
            page.drawCentredString((xs[c] + xs[c + 1]) / 2, 688, label)
        y = 668
        for name, *figures in [(*row, "40.0") for row in BUDGET[1:]]:
            if name == "계":
                page.drawCentredString((xs[0] + xs[1]) / 2, y, name)
            else:
                page.drawString(xs[0] + 3, y, name)
            for c, figure in enumerate(figures, 1):
                page.drawRightString(xs[c + 1] - 4, y, figure)
            y -= 18
        page.line(50, y + 12, 430, y + 12)

    path = tmp_path / "budget.pdf"
    path.write_bytes(one_page_pdf(draw))
    assert _budget(extract_file(path)) == IN_THOUSANDS
