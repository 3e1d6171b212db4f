"""Two gaps in reading PDFs (branch pdf91).

`pdftotext -raw` prints a group's label merged down its rows on a line of its own over them (`체육시설`, then `축구장
3 300`, `야구장 2 650`); where the groups end in a 소계, or a 계 ends the table below them, that label ended the
table, its rows read as none, so a planted 소계 or 계 was missed. They are the rows' groups, as the text reads them.

pdfplumber: a column of figures set right (`△1` over `-`, both ending at one x) was laid out by each word's x0, and a
`△`, drawn full width, counts one display column: `△1` ended a column short of the `-` below it, and the `-` was read
as the next column's (`비 고`), the 과부족 blank. A figure drawn wider than it counts that ends where figures of
other widths end (a column set right, told by the words' x1 in points) is laid out by its end; in a column set left,
figures of unlike widths start alike and end apart, and stay laid out by their x0 (`test_pdf_unpadded_rows`)."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, records_but_the_document, records_data

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

COVER = """\
2025년 주요업무 보고

제301회 한빛구의회 제1차 정례회

2025년 주요업무 보고

체 육 과 보고 순서

# Ⅰ. 일반현황

- 체육시설 현황

(단위: 개소, 백만원)

|구 분||개소|예산|
|---|---|---|---|
"""

SUBTOTALS = COVER + """\
|계||12|2,350|
|체육시설|축구장|3|300|
||야구장|2|650|
||소계|5|950|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
||소계|7|1,450|
"""

TOTAL_BELOW = COVER + """\
|체육시설|축구장|3|300|
||야구장|2|650|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
|계||12|2,400|
"""


def _findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


@needs_pdftotext
@pytest.mark.parametrize(("text", "found"), [
    (SUBTOTALS, [("sum.table", "생활시설 / 소계", "예산", "1,400백만원", "1,450백만원")]),
    (TOTAL_BELOW, [("sum.table", "계", "예산", "2,350백만원", "2,400백만원")])])
def test_raw_reads_groups_labelled_on_lines_of_their_own_and_finds_the_planted_total(text, found, tmp_path):
    source = tmp_path / "2025-hanbit-cheyuk.md"
    source.write_text(text, encoding="utf-8")
    twin = extract_file(source)
    assert _findings(twin) == found
    raw = pdftotext_reading(source, "-raw", tmp_path)
    assert records_but_the_document(raw)["tables"] == records_but_the_document(twin)["tables"]
    assert _findings(raw) == found


def test_the_raw_groups_rows_are_each_under_their_groups_label(tmp_path):
    source = tmp_path / "2025-hanbit-cheyuk.md"
    source.write_text(SUBTOTALS, encoding="utf-8")
    (table,) = records_but_the_document(extract_file(source))["tables"]
    assert table["rows"][3:6] == [["", "야구장", "2", "650"], ["", "소계", "5", "950"],
                                  ["생활시설", "수영장", "4", "800"]]


def _figures_set_right(source: Path, target: Path, ruling: str, size: int = 9) -> None:
    """The report drawn with its cells in `size` pt, every cell of figures alone (`30`, `△1`, `-`) set right."""
    pdfs = make_pdfs.__wrapped__()
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = size, size + 2.5
    right = pdfs.ParagraphStyle("figures", parent=pdfs.CELL, alignment=2)
    paragraph = pdfs.Paragraph

    def set_right(text, style):
        figures = text.strip() and all(letter in pdfs.FIGURE_CHARS for letter in text.strip())
        return paragraph(text, right if style is pdfs.CELL and figures else style)

    pdfs.Paragraph = set_right
    pdfs.render(source, target, ruling)


@pytest.mark.parametrize("ruling", ["frame", "horizontal", "none"])
@pytest.mark.parametrize("size", [9, 10])
def test_a_dash_set_right_under_a_triangle_figure_stays_in_its_column(ruling, size, tmp_path):
    source, target = SAMPLES / "2023-seohae-geongang-layout.txt", tmp_path / "report.pdf"
    _figures_set_right(source, target, ruling, size)
    report = extract_file(target)
    assert report.tables[0].rows[1:4] == [["합 계", "30", "28", "△2", ""], ["행 정", "8", "8", "-", ""],
                                          ["보 건", "10", "9", "△1", "육아휴직 1"]]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)


@pytest.mark.parametrize("ruling", ["frame", "none"])
def test_a_planted_shortfall_beside_a_dash_set_right_is_found(ruling, tmp_path):
    text = (SAMPLES / "2023-seohae-geongang-layout.txt").read_text(encoding="utf-8")
    planted = text.replace("행  정            8          8         -", "행  정            8          7         -")
    assert planted != text
    source, target = tmp_path / "2023-seohae-geongang-layout.txt", tmp_path / "report.pdf"
    source.write_text(planted, encoding="utf-8")
    _figures_set_right(source, target, ruling)
    found = [("sum.staffing", "현원", "행정 계", "8", "7")]  # the 현원 its 정원 and `-` make 8, not the 합계's
    assert _findings(extract_file(source)) == found
    assert _findings(extract_file(target)) == found
