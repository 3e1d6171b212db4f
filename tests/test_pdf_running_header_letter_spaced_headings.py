"""Another department's name letter-spaced in a PDF's margin at a page break between a table's rows
(`노 인 복 지 과`): a running header, dropped, unless the body prints a department's name as a line of its own away
from the page breaks (`_departments_printed_alone`), letter-spaced too (`사 회 복 지 과` over the first 과's table, a
국's report): then it may be the next 과's heading, kept."""

import pytest

from pipeline.document import Table
from tests.layouts import make_pdfs
from tests.test_pdf_page_furniture import BUDGET_GOING_ON, BUREAU, _report_split_over_a_page


@pytest.mark.parametrize("ruling", ["grid", "none"])
@pytest.mark.parametrize("heading", [
    None,  # the body prints no department's name alone: the name in the margin is a running header
    "사회복지과",  # the first 과's heading over its table
    "사 회 복 지 과",  # letter-spaced
])
def test_another_departments_letter_spaced_name_in_the_margin_at_a_page_break(heading, ruling, tmp_path):
    """Dropped where the body prints no department's name alone, the table going on; kept where it prints one,
    letter-spaced or not, parting the table (the rows below it a table of their own, as another department's name
    at a page break is in a 국's report). Before this session's letter-spaced names in `_departments_printed_alone`,
    a letter-spaced heading in the body was none, and the name in the margin was dropped, the table going on."""
    pdfs = make_pdfs()

    def furniture(canvas, pdf) -> None:
        if pdf.page == 2:
            canvas.saveState()
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 22, "노 인 복 지 과")
            canvas.restoreState()

    text = BUREAU.replace("사회복지과\n\n", f"{heading}\n\n" if heading else "")
    report = _report_split_over_a_page(tmp_path, text, ruling,
                                       lambda rows: [pdfs.ruled_table(Table(rows=rows[3:]), ruling)], furniture)
    budget = [(line.table_no, line.name) for line in report.budget]
    if heading is None:
        assert budget == [(1, name) for _no, name, _krw in BUDGET_GOING_ON]
        assert [t.text for t in report.general_text] == ["4 예산현황"] and report.tables == []
    else:
        assert budget == [(1, "계"), (1, "푸른 녹지 조성")]
        assert [t.text for t in report.general_text] == [f"4 예산현황 {heading} 노 인 복 지 과"]
        assert [row[0] for t in report.tables for row in t.rows] == ["공원 관리", "기본경비"]
