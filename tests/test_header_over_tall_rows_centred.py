"""A header line over a PDF's tall rows, as `pdftotext -layout` prints it: a blank line after each row and
after the header, the labels centred in their cells over figures set right, so that a label may stand a
character or two past its figure (`계` right of `30`, `구분` right of `정원`). The header has as many cells as
the rows; before, fewer than all but one stood over them, and it was read as a paragraph over a table with no
header (no staffing)."""

import pytest

from extractors import extract_report
from pipeline.document import Table as GridTable
from pipeline.read_text import read_text

COVER = ("제320회 북빛구의회 제1차 정례회\n\n2026. 6. 16. ~ 6. 30.\n\n2026년 주요업무 보고\n\n교통행정과\n\n"
         " Ⅰ. 일반현황\n")
PAD = " " * 53  # the rows' indent: the page's left margin and the table's
HEADER = PAD + "   구분       계    5급      6급       7급         8급         9급\n"
ROWS = (f"\n{PAD}정원      30       1       6        10         8          5\n"
        f"\n{PAD}현원      29       1       6        10         7          5\n"
        f"\n{PAD}과부족     △1       -       -        -          △1         -\n")
TAIL = "\n 2 공용차량\n"


def read(text):
    return read_text("t.txt", text.encode())


def test_a_centred_header_heads_the_tall_rows_below_it():
    document = read(COVER + " 1 인 력 (2026. 5. 31. 기준)\n" + HEADER + ROWS + TAIL)
    (grid,) = [block for block in document.blocks if isinstance(block, GridTable)]
    assert grid.rows[0] == ("구분", "계", "5급", "6급", "7급", "8급", "9급")
    assert grid.rows[3] == ("과부족", "△1", "-", "-", "-", "△1", "-")
    report = extract_report(document)
    assert [(s.status, s.grade, s.headcount) for s in report.staffing if s.grade in ("계", "8급")] == [
        ("정원", "계", 30), ("정원", "8급", 8), ("현원", "계", 29), ("현원", "8급", 7),
        ("과부족", "계", -1), ("과부족", "8급", -1)]


@pytest.mark.parametrize("line", [
    PAD + "   인력 현황 (단위: 명)\n",  # fewer cells: a caption
    " " * 34 + "구분  계  5급  6급  7급  8급  9급\n",  # as many, but over none of the figures
])
def test_a_line_of_labels_not_over_the_rows_stays_apart(line):
    document = read(COVER + " 1 인 력\n" + line + ROWS + TAIL)
    (grid,) = [block for block in document.blocks if isinstance(block, GridTable)]
    assert [row[0] for row in grid.rows] == ["정원", "현원", "과부족"]



# statuses as columns, the 직급 as rows, and a 비고 column that the first row leaves blank (a transposed staffing table
# of a PDF, `pdftotext -layout`)
BY_GRADE = """\
                                                                     (2025. 5. 31. 현재, 단위: 명)
          직급      정원       현원       과부족                 비고

        계      24         23        △1

        5급     1          1         -

        6급     4          4         -

        7급     8          9         1

        8급     6          4         △2              육아휴직 1

        9급     3          3         -

        공무직    2          2         -

"""


def test_a_header_with_a_last_column_the_first_row_leaves_blank_heads_the_tall_rows():
    """`비고` right of every cell of the first row (`계  24  23  △1`): before, the header had one label more than
    the row below, was read as the caption's words (`2. 인력 현황  직급 정원 현원 과부족 비고`), the staffing
    lost."""
    r = extract_report(read(COVER + " 2. 인력 현황\n" + BY_GRADE + TAIL))
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing
            if s.job_class == "계" and s.grade in ("계", "8급")] == [
        ("정원", "계", "계", 24), ("현원", "계", "계", 23), ("과부족", "계", "계", -1),
        ("정원", "계", "8급", 6), ("현원", "계", "8급", 4), ("과부족", "계", "8급", -2)]
    (grid,) = r.tables
    assert (grid.caption, grid.rows[0], grid.rows[5]) == (
        "2. 인력 현황", ["직급", "정원", "현원", "과부족", "비고"], ["8급", "6", "4", "△2", "육아휴직 1"])
