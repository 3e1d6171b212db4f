"""`pdftotext -layout` (poppler 22.12) of a staffing table with a header of three rows drawn as HWP prints it to PDF
without vertical rules (tests/test_pdf_three_row_headers.py's `STAFF`, reportlab, HYSMyeongJo-Medium, 9–11pt on an
A4 page): labels at the left of their spans, `관리운영직` over `7급` and its figures at its cell's left, `공무직`
merged down the header right beside it, printed on its top line. Each glyph a column: the table lines up by
characters, which its last label tells, `공무직` starting where its figures start (the lower line's last label,
`7급`, is 관리운영직's and told display columns); with figures centred in their cells, the grades centred over them
tell it (`_labels_over_vote`); in 9pt, rows and header rows a blank line apart, the header of three lines is told by
its top line and its lowest (before, the three were paragraphs). Before, read in display columns, `관리운영직
공무직` was one label and `7급` 공무직's, or the figures of 관리운영직 a column of no label, and 공무직's staff were
lost (`sum.staffing`: 정원 계 28 against 30)."""

import shutil
import subprocess

import pytest
from reportlab.lib.pagesizes import A4, landscape

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.test_pdf_three_row_headers import AFTER, COVER, STAFF, STAFF_GRID, pdf_of, records, tables

# 10pt, a rule under every row, figures at their cells' left
FIGURES_LEFT_10PT_RULED = """\
                구분    계    일반직                                 관리운영직    공무직
                                행정                      사회복지
                               6급    7급       6급    7급    8급       7급
                정원    30   4         6    5         8     3    2        2
                현원    28   4         5    5         7     3    2        2
                과부족   △2   -         △1   -         △1    -    -        -
"""

# 11pt, no rules, figures at their cells' left
FIGURES_LEFT_11PT = """\
            구분   계    일반직                                 관리운영직    공무직
                           행정                      사회복지
                          6급    7급       6급    7급    8급       7급
           정원    30   4         6    5         8     3    2        2
           현원    28   4         5    5         7     3    2        2
           과부족   △2   -         △1   -         △1    -    -        -
"""

# 11pt, no rules, figures at their cells' right (read before too)
FIGURES_RIGHT_11PT = """\
            구분   계    일반직                              관리운영직     공무직
                       행정                     사회복지
                      6급       7급   6급       7급   8급    7급
           정원    30        4    6        5    8    3         2     2
           현원    28        4    5        5    7    3         2     2
           과부족   △2        -   △1        -   △1    -         -     -
"""

# 10pt, no rules, figures centred in their cells, as the grades over them
FIGURES_CENTRED_10PT = """\
                구분    계    일반직                            관리운영직   공무직
                                행정               사회복지
                           6급        7급   6급    7급   8급    7급
                정원    30    4        6    5     8    3      2      2
                현원    28    4        5    5     7    3      2      2
                과부족   △2    -        △1   -     △1   -      -      -
"""

# 11pt, no rules, figures centred in their cells
FIGURES_CENTRED_11PT = """\
            구분   계    일반직                            관리운영직   공무직
                           행정               사회복지
                      6급        7급   6급    7급   8급    7급
           정원    30    4        6    5     8    3      2      2
           현원    28    4        5    5     7    3      2      2
           과부족   △2    -        △1   -     △1   -      -      -
"""


def _tall(text: str) -> str:
    """The same text as pdftotext -layout prints it of 9pt rows taller than a line: each a blank line apart."""
    return "\n\n".join(text.rstrip("\n").split("\n")) + "\n"


# 9pt, a rule under every row: rows taller than a line, header rows too, each a blank line apart
FIGURES_LEFT_9PT_TALL = _tall(FIGURES_LEFT_10PT_RULED)

# 9pt, figures centred in their cells, rows a blank line apart
FIGURES_CENTRED_9PT_TALL = _tall(FIGURES_CENTRED_10PT)

GRID = (("구분", "계", "일반직", "", "", "", "", "관리운영직", "공무직"),
        ("", "", "행정", "", "사회복지", "", "", "", ""),
        ("", "", "6급", "7급", "6급", "7급", "8급", "7급", ""),
        ("정원", "30", "4", "6", "5", "8", "3", "2", "2"),
        ("현원", "28", "4", "5", "5", "7", "3", "2", "2"),
        ("과부족", "△2", "-", "△1", "-", "△1", "-", "-", "-"))


def read(table: str):
    document = read_text("t.txt", (COVER + table + AFTER).encode())
    return [block.rows for block in document.blocks if isinstance(block, Table)], extract_report(document)


def findings(report) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def staff(report) -> dict[tuple[str | None, str | None, str | None], int]:
    return {(c.job_class, c.grade, c.status): c.headcount for c in report.staffing}


@pytest.mark.parametrize("table", [FIGURES_LEFT_10PT_RULED, FIGURES_LEFT_11PT, FIGURES_CENTRED_10PT,
                                   FIGURES_CENTRED_11PT, FIGURES_LEFT_9PT_TALL, FIGURES_CENTRED_9PT_TALL],
                         ids=["10pt-ruled", "11pt", "centred-10pt", "centred-11pt", "9pt-tall", "centred-9pt-tall"])
def test_labels_at_the_left_of_their_spans_head_their_own_columns(table):
    tables, report = read(table)
    assert tables == [GRID]
    counts = staff(report)
    assert counts["관리운영직", "7급", "정원"] == 2 and counts["공무직", "계", "정원"] == 2
    assert counts["사회복지", "8급", "현원"] == 3 and counts["행정", "7급", "현원"] == 5
    assert {key[:2]: n for key, n in counts.items() if key[2] == "정원"} == {
        ("계", "계"): 30, ("행정", "6급"): 4, ("행정", "7급"): 6, ("사회복지", "6급"): 5, ("사회복지", "7급"): 8,
        ("사회복지", "8급"): 3, ("관리운영직", "7급"): 2, ("공무직", "계"): 2}
    assert findings(report) == []  # before: ('sum.staffing', '정원', '계', '28', '30'), 현원 26 against 28


def test_a_wrong_count_of_the_label_merged_down_beside_is_found():
    wrong = FIGURES_LEFT_11PT.replace("3    2        2\n           현원", "3    2        3\n           현원")
    _tables, report = read(wrong)
    assert staff(report)["공무직", "계", "정원"] == 3
    assert findings(report) == [("sum.staffing", "정원", "공무직 계", "2", "3")]  # before, its 과부족 and the 계


def test_figures_at_their_cells_right_are_read_as_before():
    _tables, report = read(FIGURES_RIGHT_11PT)
    counts = staff(report)
    assert counts["관리운영직", "7급", "정원"] == 2 and counts["공무직", "계", "정원"] == 2
    assert findings(report) == []


def test_a_wrong_count_under_centred_figures_is_found():
    """Figures centred in their cells: neither the last label nor the figures tell how the table lines up, the grades
    over the figures do (each centred over its figure in characters; in display columns the wide letters of the
    grades left of a grade push it off its figure: `7급` over none)."""
    wrong = FIGURES_CENTRED_10PT.replace("3      2      2\n                현원",
                                         "3      2      3\n                현원")
    _tables, report = read(wrong)
    assert staff(report)["공무직", "계", "정원"] == 3
    assert findings(report) == [("sum.staffing", "정원", "공무직 계", "2", "3")]


@pytest.mark.parametrize("page", [A4, landscape(A4)], ids=["upright", "landscape"])
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("rules", ["rows", "none"])
@pytest.mark.parametrize("figures", [0, 1], ids=["figures-left", "figures-centred"])
def test_the_pdf_and_its_layout_text_read_as_the_text(figures, rules, size, page, tmp_path, monkeypatch):
    """The table drawn so (labels at the left of their spans, figures at their cells' left or centred; in 9pt its
    rows, header rows too, a blank line apart in `pdftotext -layout`'s text): the PDF reads as its text, and so does
    its `pdftotext -layout` text (spaces within labels aside: `구분` for `구 분`). Before, in 9pt the header's lines
    were paragraphs of the general part's text."""
    source, target = pdf_of(COVER + STAFF + AFTER, tmp_path, monkeypatch, rules=rules, centred=False,
                            figures=figures, size=size, page=page)
    assert tables(target) == tables(source) == [STAFF_GRID]
    assert records(target) == records(source)
    if shutil.which("pdftotext"):
        layout = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                                check=True).stdout
        layout_tables, _report = read(layout.split("1 인 력", 1)[1].split("2 예산현황", 1)[0])
        assert layout_tables == [tuple(tuple(cell.replace(" ", "") for cell in row) for row in STAFF_GRID)]
