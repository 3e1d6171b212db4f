"""A list's 계 row leaving its 연번 blank under the last numbered row, in a PDF drawn without vertical rules: the
number is merged down over both rows and centred between them, on a line of its own (`3` between `푸른 공영주차장`'s
row and the `계` row). The number is the numbered row's and the 계 row a row of the table, whether the PDF rules its
rows (the rule under the numbered row skipping the merged cell) or not, and in `pdftotext -layout`'s text of it.
Before, the number was lost, the 계 row read as text (`3 계 451 11,100`), and without rules the table was parted in
two after its first row. Drawn on a canvas, where the lines stand as HWP sets them."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.test_aligned_gaps2 import read_body

FONTS = ("HYSMyeongJo-Medium", "HYGothic-Medium")
for _font in FONTS:
    pdfmetrics.registerFont(UnicodeCIDFont(_font))

COLUMNS = (60, 100, 220, 290, 360)
HEADER = ("연번", "주차장명", "면수", "이용대수")
ROWS = (("1", "한빛 공영주차장", "120", "3,400"), ("2", "중앙 공영주차장", "86", "2,100"),
        ("3", "푸른 공영주차장", "245", "5,600"))
READ = (HEADER, *ROWS, ("", "계", "451", "11,100"))


def _draw(path, font: str, size: float, padding: float, ruled: bool, total: str = "451") -> None:
    """A heading, a paragraph and a caption over the list, its rows a line and two `padding`s tall, the last
    number centred between its row and the 계 row (ruled: a rule over and under each row, the one between those two
    skipping the 연번 column), paragraphs after it."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height, leading = A4[1], size * 1.3
    row_height = leading + 2 * padding

    def text(top: float, x: float, words: str, align: str = "c", points: float = size) -> None:
        page.setFont(font, points)
        width = pdfmetrics.stringWidth(words, font, points)
        page.drawString({"l": x, "c": x - width / 2}[align], height - top - points * 0.88, words)

    def rule(at: float, x0: float = COLUMNS[0]) -> None:
        if ruled:
            page.line(x0, height - at, COLUMNS[-1], height - at)

    text(60, 60, "Ⅰ. 일반현황", "l", 15)
    text(85, 60, "○ 공영주차장 운영 현황은 다음과 같다.", "l")
    text(105, 60, "1. 공영주차장 현황", "l", 13)
    top = 140
    rule(top)
    for n, cells in enumerate((HEADER, *ROWS, ("", "계", total, "11,100"))):
        for k, cell in enumerate(cells):
            if cell and not (n == len(ROWS) and k == 0):
                text(top + padding + (leading - size) / 2, (COLUMNS[k] + COLUMNS[k + 1]) / 2, cell)
        top += row_height
        rule(top, COLUMNS[1] if n == len(ROWS) else COLUMNS[0])
    text(top - row_height - size / 2, (COLUMNS[0] + COLUMNS[1]) / 2, ROWS[-1][0])  # between its two rows
    for n in range(3):
        text(top + 2 * size + 25 * n, 60, f"○ 다음 문단 {n + 1}입니다.", "l")
    page.showPage()
    page.save()


def _findings(report) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """The report's findings but the cover's (the page prints none)."""
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)
                  if not f.rule.startswith("cover."))


@pytest.mark.parametrize("ruled", [False, True], ids=["no rules", "horizontal rules"])
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("padding", [2, 5])
def test_a_number_merged_down_beside_a_total_row_is_its_rows(ruled, font, size, padding, tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, font, size, padding, ruled)
    document = read_document(target)
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    assert table.rows == READ
    assert not any("계" in block.text for block in document.blocks if not isinstance(block, Table))
    assert _findings(extract_file(target)) == []


@pytest.mark.parametrize("ruled", [False, True], ids=["no rules", "horizontal rules"])
def test_a_wrong_total_beside_a_merged_number_is_found(ruled, tmp_path):
    target = tmp_path / "report.pdf"
    _draw(target, FONTS[0], 10, 3, ruled, total="450")
    assert _findings(extract_file(target)) == [("sum.table", "계", "면수", "451", "450")]


# `pdftotext -layout` (poppler 22.12) of the list drawn ruled in 10pt HYSMyeongJo-Medium padded 5pt (a blank line
# between rows), and without rules in 9pt padded 1pt (none)
PDFTOTEXT = {
    "rows apart": """\
1. 공영주차장 현황

 연번       주차장명           면수    이용대수

  1     한빛 공영주차장         120   3,400

  2     중앙 공영주차장         86    2,100

        푸른 공영주차장         245   5,600
  3
            계            451   11,100


○ 다음 문단 1입니다.
""",
    "rows one below the other": """\
1. 공영주차장 현황

 연번        주차장명          면수    이용대수
  1      한빛 공영주차장        120   3,400
  2      중앙 공영주차장        86    2,100
         푸른 공영주차장        245   5,600
  3
                계        451   11,100


○ 다음 문단 1입니다.
""",
}


@pytest.mark.parametrize("layout", PDFTOTEXT)
def test_pdftotext_of_a_number_merged_down_beside_a_total_row_reads_it_as_its_rows(layout):
    tables, report = read_body(PDFTOTEXT[layout])
    assert [table.rows for table in tables] == [READ]
    assert _findings(report) == []
