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
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
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


_NAMES = ["축구장", "야구장", "수영장", "게이트볼장", "테니스장", "풋살장", "족구장", "배드민턴장"]
_GROUPS = ["체육시설", "생활시설", "공원시설", "문화시설"]


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(2, 4), min_size=1, max_size=4), subtotals=st.booleans(), total_first=st.booleans(),
       figures=st.lists(st.integers(1, 999), min_size=16, max_size=16))
def test_raw_lines_of_groups_labelled_apart_are_rewritten_as_rows_under_their_groups(sizes, subtotals, total_first,
                                                                                     figures):
    """`-raw` lines (each group's label on a line of its own over its rows, a 소계 after each or none, the 계 first
    or last) are the table the text prints: the label beside its first row, the rest under it. (One group right
    under a 계 its rows add up to, no 소계, is a label merged over the 계 and its rows: `_groups_over_totals`.)"""
    assume(len(sizes) > 1 or subtotals or not total_first)
    lines, expected, n = [], [], 0
    for group, size in zip(_GROUPS, sizes, strict=False):
        lines.append(group)
        for k in range(size):
            name, count = _NAMES[(n + k) % len(_NAMES)], figures[n + k]
            lines.append(f"{name} {count:,} {count * 10:,}")
            expected.append([group if k == 0 else "", name, f"{count:,}", f"{count * 10:,}"])
        if subtotals:
            total = sum(figures[n:n + size])
            lines.append(f"소계 {total:,} {total * 10:,}")
            expected.append(["", "소계", f"{total:,}", f"{total * 10:,}"])
        n += size
    total = sum(figures[:n])
    grand = [f"계 {total:,} {total * 10:,}"]
    lines = ["구 분 개소 예산", *grand, *lines] if total_first else ["구 분 개소 예산", *lines, *grand]
    total_row = ["계", "", f"{total:,}", f"{total * 10:,}"]
    rows = [["구 분", "", "개소", "예산"], *([total_row, *expected] if total_first else [*expected, total_row])]
    assert [line.split("\t") for line in one_space_tables(lines) if line] == rows
