"""A table of staff by team whose header prints a class and `직 급` over its grades on three lines, each spread
letter by letter over the grades (`일    반    직` over `직          급` over `5급 | 6급 | 7급`, HWP's distributed
alignment of cells merged across), `팀 별`, `계` and `공무직` merged down the three lines: drawn as a PDF, read by
pdfplumber and as `pdftotext -layout` prints it. The grades are 일반직's. Before, in `-layout` text whose merged
labels are printed on the top line, `계` beside `일` made one run of lone syllables with it, and the class was read a
letter a column (`일 | 반 | 직`): the grades were the 계 class's."""

import subprocess

import pytest

from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs, needs_pdftotext
from tests.test_staffing_by_office import ASSUMED, COVER, PART, findings, records
from tests.test_staffing_by_office_classes import SPANNED, SPANNED_RECORDS

SIZE, PAD, ROW = 9, 5.1, 13  # type, a cell's padding and a row's height, in points
LEFT, TOP = 60, 635
# each column's width in points (팀 별 | 계 | 5급 | 6급 | 7급 | 공무직): 50pt a grade, or 60pt
WIDTHS = {"50pt": (90, 45, 50, 50, 50, 50), "60pt": (80, 60, 60, 60, 60, 60)}
GRADES = ("5급", "6급", "7급")


def _spread(page, text: str, x0: float, x1: float, base: float, font: str) -> None:
    """A label's letters spread evenly from the left to the right of its cell (distributed alignment)."""
    from reportlab.pdfbase import pdfmetrics  # a test dependency

    widths = [pdfmetrics.stringWidth(ch, font, SIZE) for ch in text]
    gap = (x1 - x0 - 2 * PAD - sum(widths)) / (len(text) - 1)
    x = x0 + PAD
    for ch, width in zip(text, widths, strict=True):
        page.drawString(x, base, ch)
        x += width + gap


def _pdf(path, merged_line: int, widths: tuple[int, ...] = WIDTHS["50pt"], body: dict = SPANNED) -> None:
    """The report, its staffing table's labels merged down the header printed on line `merged_line` (0 the top, 1
    the middle: where a word processor's vertical alignment sets them), figures centred, the header's lines ruled
    under the class and `직 급`."""
    pdfs = make_pdfs()  # registers the CID fonts
    xs = [LEFT + sum(widths[:k]) for k in range(len(widths) + 1)]

    def base(row: int) -> float:
        return TOP - (row + 1) * ROW + (ROW - SIZE) / 2 + 1

    def draw(page):
        page.setFont(pdfs.HEAD_FONT, 16)
        page.drawCentredString(297, 800, "제300회 한빛구의회 제1차 정례회")
        page.drawCentredString(297, 770, "2025년 주요업무 보고")
        page.drawCentredString(297, 740, "교 통 과")
        page.drawString(LEFT, 700, "Ⅰ. 일반현황")
        page.setFont(pdfs.HEAD_FONT, 13)
        page.drawString(LEFT, 665, "2 인 력")
        page.setFont(pdfs.BODY_FONT, SIZE)
        for k, label in ((0, "팀별"), (1, "계"), (5, "공무직")):
            page.drawCentredString((xs[k] + xs[k + 1]) / 2, base(merged_line), label)
        _spread(page, "일반직", xs[2], xs[5], base(0), pdfs.BODY_FONT)
        _spread(page, "직급", xs[2], xs[5], base(1), pdfs.BODY_FONT)
        for k, grade in enumerate(GRADES, start=2):
            page.drawCentredString((xs[k] + xs[k + 1]) / 2, base(2), grade)
        for r, (office, (total, other, *grades)) in enumerate(body.items(), start=3):
            page.drawString(xs[0] + PAD, base(r), office or "계")
            for k, n in enumerate((total, *grades, other), start=1):
                page.drawCentredString((xs[k] + xs[k + 1]) / 2, base(r), str(n) if n else "-")
        page.setLineWidth(0.4)
        bottom = TOP - (3 + len(body)) * ROW
        for y in (TOP, TOP - 3 * ROW, TOP - 4 * ROW, bottom):
            page.line(xs[0], y, xs[-1], y)
        for y in (TOP - ROW, TOP - 2 * ROW):
            page.line(xs[2], y, xs[5], y)

    path.write_bytes(one_page_pdf(draw))


def _layout_text(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout




@pytest.mark.parametrize("widths", WIDTHS)
@pytest.mark.parametrize("merged_line", [0, 1], ids=["merged-labels-on-top", "merged-labels-in-the-middle"])
def test_a_spread_class_over_spread_jikgeup_counts_its_grades_in_a_pdf(merged_line, widths, tmp_path):
    _pdf(tmp_path / "t.pdf", merged_line, WIDTHS[widths])
    r = extract_file(tmp_path / "t.pdf")
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


@needs_pdftotext
@pytest.mark.parametrize("widths", WIDTHS)
@pytest.mark.parametrize("merged_line", [0, 1], ids=["merged-labels-on-top", "merged-labels-in-the-middle"])
def test_a_spread_class_over_spread_jikgeup_counts_its_grades_as_pdftotext_prints_it(merged_line, widths, tmp_path):
    """Before, with the merged labels on the top line, the class was read a letter a column."""
    _pdf(tmp_path / "t.pdf", merged_line, WIDTHS[widths])
    text = _layout_text(tmp_path / "t.pdf")
    r = extract_report(read_text("t.txt", text.encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


@needs_pdftotext
def test_a_wrong_grade_under_the_spread_class_is_found(tmp_path):
    """교통지도팀's 6급 printed 3: its 계 (7) is no longer its columns' sum, nor the 계 row's 일반직 6급 (6) the
    teams'."""
    wrong = {**SPANNED, "교통지도팀": (7, 0, 0, 3, 5)}
    _pdf(tmp_path / "t.pdf", 0, body=wrong)
    r = extract_report(read_text("t.txt", _layout_text(tmp_path / "t.pdf").encode()))
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "교통지도팀 일반직 6급", "2", "3")])


# `-layout` text typed as `pdftotext -layout` prints such a header, the merged labels on the top line
TYPED = ("  팀      별   계   일          반          직   공무직\n"
         "                    직                      급\n"
         "                    5급        6급        7급\n"
         "  계           23    1          6         13       3\n  교통정책팀    7    1          1          4       1\n"
         "  주차관리팀    9    -          3          4       2\n  교통지도팀    7    -          2          5       -\n")


def test_a_typed_spread_class_over_spread_jikgeup():
    r = extract_report(read_text("t.txt", (COVER + PART + TYPED).encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


@needs_pdftotext
@pytest.mark.parametrize("widths", [(70, 40, 40, 40, 40, 50), (70, 40, 35, 35, 35, 50)], ids=["40pt", "35pt"])
def test_a_class_spread_unevenly_over_narrow_grades_counts_its_grades(widths, tmp_path):
    """Narrow columns (40pt or 35pt a grade), the merged labels in the middle: `pdftotext -layout` rounds the letters
    of `일반직` to uneven gaps (`일     반       직`, 5 and 7 characters), one label all the same where it stands
    alone on its line. Before, it was read a letter a column (`일 직 5급 | 반 6급 | 직 급 7급`), the table a grid."""
    _pdf(tmp_path / "t.pdf", 1, widths)
    text = _layout_text(tmp_path / "t.pdf")
    assert "일     반       직" in text
    r = extract_report(read_text("t.txt", text.encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]


# `-layout` text of the 40pt table as `pdftotext -layout` prints it (poppler 22.12)
NARROW = ("             일     반       직\n"
          "  팀별    계    직             급   공무직\n"
          "              5급   6급   7급\n"
          "계       23     1    6   13      3\n교통정책팀    7     1    1    4      1\n"
          "주차관리팀    9     -    3    4      2\n교통지도팀    7     -    2    5      -\n")


def test_a_typed_class_spread_unevenly_over_narrow_grades():
    r = extract_report(read_text("t.txt", (COVER + PART + NARROW).encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]
    wrong = NARROW.replace("9     -    3", "9     -    4")
    r = extract_report(read_text("t.txt", (COVER + PART + wrong).encode()))
    assert findings(r) == sorted([ASSUMED, ("sum.staffing", "error", "현원", "주차관리팀 일반직 6급", "3", "4")])


def test_a_class_spread_unevenly_beside_other_labels_is_one_label():
    """With the merged labels printed on the top line (`팀별    계    일     반       직   공무직`), `계` stands as far
    from `일` as `일` from `반`: the letters over the grades below, from the first to the last, are one label all the
    same (test_layout108). Before, they were not joined over uneven gaps: the grades were read as the 계 class's."""
    typed = ("  팀별    계    일     반       직   공무직\n"
             "             직             급\n" + NARROW.split("\n", 2)[2])
    r = extract_report(read_text("t.txt", (COVER + PART + typed).encode()))
    assert records(r) == SPANNED_RECORDS
    assert r.tables == [] and findings(r) == [ASSUMED]
