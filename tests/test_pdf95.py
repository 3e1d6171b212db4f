"""Leftovers of pdf94 in reading PDFs and their `pdftotext` renderings (branch pdf95).

a) pdfplumber, tables of two label columns whose groups' labels are centred in tall rows (test_pdf93's and
test_pdf94's) drawn in the "tables continued" style without rules inside (unruled, or ruled across under the header
alone): a label on its group's middle row stayed there where the line above its rows was the table's 계 (`체육시설` on
`야구장`, the next label then taking `체육시설`'s 소계), and its rows, 30 points apart, stood further apart than the
rows of one group were let (two paragraphs' gaps); a one-row group right under the 계 or the header (`현장직` on
`녹지원`) left the next group's label on its middle row (`생활시설` on `테니스장`). False `sum.table` errors on the
계 and the 소계 rows, a planted one misplaced. Now, as `-layout` is read: a total printed across the label and name
columns owns none of the rows below it; a group's rows may stand evenly apart however tall; and a label on a tall
row's line right under a line owning none of the rows below is a group of that row alone.
"""

import pytest
from reportlab.platypus import Spacer

from pipeline.extract import extract_file
from tests.layouts import make_pdfs, records_but_the_document
from tests.pdf_styles import _tables_continued
from tests.test_pdf91 import _findings
from tests.test_pdf93 import ONE_ROW_GROUP_FIRST, PLANTED_SUBTOTAL
from tests.test_pdf93 import ROWS as ONE_ROW_ROWS
from tests.test_pdf94 import FACILITIES, NO_SUBTOTALS, PLANTED, PLANTED_FOUND, ROWS, TWO_ROW_GROUPS


def _drawn(text: str, cover_space: float, ruling: str, tmp_path):
    """The text drawn in the "tables continued" style in a ruling, the table `cover_space` points down the page
    (0: on one page; 400–580: over two, broken between groups)."""
    folder = tmp_path / f"{cover_space}-{ruling}"
    folder.mkdir(exist_ok=True)
    source = folder / "2025-hanbit-cheyuk.md"
    source.write_text(text, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()
    _tables_continued(pdfs)
    flowables = pdfs.flowables
    pdfs.flowables = lambda *args: [Spacer(1, cover_space - 580), *flowables(*args)]
    pdf = folder / "facilities.pdf"
    pdfs.render(source, pdf, ruling, True)
    return source, pdf


ONE_ROW_FOUND = [("sum.table", "생활시설 / 소계", "예산", "1,800백만원", "1,850백만원")]


@pytest.mark.parametrize("ruling", ["none", "horizontal"])
@pytest.mark.parametrize(("text", "cover_space", "rows", "found"), [
    (FACILITIES, 0, ROWS, []), (FACILITIES, 460, ROWS, []), (PLANTED, 0, None, PLANTED_FOUND),
    (PLANTED, 460, None, PLANTED_FOUND), (NO_SUBTOTALS, 0, None, []), (NO_SUBTOTALS, 400, None, []),
    (TWO_ROW_GROUPS, 490, None, []), (ONE_ROW_GROUP_FIRST, 0, ONE_ROW_ROWS, []),
    (ONE_ROW_GROUP_FIRST, 580, ONE_ROW_ROWS, []), (PLANTED_SUBTOTAL, 580, None, ONE_ROW_FOUND)])
def test_pdfplumber_groups_centred_in_tall_rows_without_rules_read_as_their_text_twin(
        text, cover_space, rows, found, ruling, tmp_path):
    source, pdf = _drawn(text, cover_space, ruling, tmp_path)
    twin = extract_file(source)
    assert _findings(twin) == found
    read = extract_file(pdf)
    assert len(read.tables) == 1
    if rows:
        assert [list(row) for row in read.tables[0].rows[1:]] == rows
    assert [list(row) for row in read.tables[0].rows[1:]] == [list(row) for row in twin.tables[0].rows[1:]]
    # before: `체육시설` on `야구장` (계 28 ≠ 21 …), `공원시설` on `어린이공원` (생활시설 / 소계 13 ≠ 9),
    # `생활시설` on `테니스장` (5 ≠ 9)
    assert _findings(read) == found
    assert records_but_the_document(read)["tables"][0]["rows"][1:] == \
        records_but_the_document(twin)["tables"][0]["rows"][1:]
