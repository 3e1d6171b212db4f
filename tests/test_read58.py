"""Small readings a previous hunt left (branch read58):
- a list of periods holding a range over the year's end (`3월, 12월~1월`) runs to January of the next year, as the
  range alone (`12월~1월`) and `연말연시` do; before, March and December only, the January lost;
- a list of periods of a half and `연말연시` (`상반기, 연말연시`) is stored as any list is: its span January to January
  of the next year, its months those listed (no change, asserted);
- a LibreOffice text's table of contents printed with a tab before each page (`Ⅰ. 일반현황<tab>1`) is a table of
  contents, its rows no table's record (no change: it already was, asserted);
- a numbered line going on from the report's own numbering (`2. 인 력` after `1. 조 직`), set indented under a bullet
  (a PDF centring it far right), is that numbering's line, not an item nested under the bullet; before, the item
  `인 력` of mark `2.`, its number lost from the general text."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractors import extract_report
from extractors.sections import contents_titles, is_contents_table
from pipeline.document import Bullet, Heading, Paragraph, Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.read_text import read_text
from pipeline.values import parse_period

REPORTS = Path(__file__).parent / "department_reports"
FONTS = ("HYSMyeongJo-Medium", "HYGothic-Medium")
for _font in FONTS:
    pdfmetrics.registerFont(UnicodeCIDFont(_font))


# --- 1, 4: lists of periods over the year's end ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "months"), [
    # a range over the year's end listed: to January of the next year (before, 1–12 of 2025, March and December)
    ("3월, 12월~1월", (3, 1, 2025, 2026), ("2025-03", "2025-12", "2026-01")),
    ("3·12~1월", (3, 1, 2025, 2026), ("2025-03", "2025-12", "2026-01")),
    # the months after the range in the year it ends (small60; before, March of 2025)
    ("12월~1월, 3월", (12, 3, 2025, 2026), ("2025-12", "2026-01", "2026-03")),
    ("3월, 11월~2월", (3, 2, 2025, 2026), ("2025-03", "2025-11", "2025-12", "2026-01", "2026-02")),
    # as these read already
    ("12월~1월", (12, 1, 2025, 2026), ("2025-12", "2026-01")),
    ("연말연시", (12, 1, 2025, 2026), ("2025-12", "2026-01")),
    ("3월, 연말연시", (3, 1, 2025, 2026), ("2025-03", "2025-12", "2026-01")),
    ("3월, 12월~익년 1월", (3, 1, 2025, 2026), ("2025-03", "2025-12", "2026-01")),
    ("상반기, 연말연시", (1, 1, 2025, 2026),
     ("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-12", "2026-01")),
    # a list within the year is as before
    ("3월, 5월~6월", (3, 6, 2025, None), ("2025-03", "2025-05", "2025-06")),
    ("3월~4월, 9월", (3, 9, 2025, None), ("2025-03", "2025-04", "2025-09")),
])
def test_a_list_of_periods_holding_a_range_over_the_years_end(text, span, months):
    period = parse_period(text, 2025)
    assert (period.start, period.end, period.year, period.end_year) == span
    assert period.months == months


def test_with_no_year_known_a_list_keeps_the_part_in_the_year_it_starts():
    # as `12월~1월` alone does: which year January is in is not known
    assert parse_period("12월~1월") == (12, 12, None, None, ("--12",))
    assert parse_period("3월, 12월~1월") == (3, 12, None, None, ("--03", "--12"))


def test_an_items_list_over_the_years_end_keeps_its_january():
    text = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 청사 안전 관리 (청사팀)\n\n"
            "□ 추진계획\n\n○ 청사 특별 점검 : 3월, 12월~1월\n")
    (project,) = extract_report(read_text("t.txt", text.encode())).projects
    (item,) = project.items
    assert (item.start_month, item.end_month, item.year, item.end_year) == (3, 1, 2025, 2026)
    assert item.months == ["2025-03", "2025-12", "2026-01"]


# --- 2: a table of contents with a tab before each page ---------------------------------------------------------

def test_a_libreoffice_contents_with_tabs_is_a_table_of_contents():
    path = REPORTS / "2023-hanbit-gongwon.txt"
    blocks = read_text(path.name, path.read_bytes()).blocks
    contents = next(block for block in blocks if isinstance(block, Table))
    assert contents.rows == (("Ⅰ. 일반현황", "1"), ("Ⅱ. 주요업무 추진실적", "3"))
    assert is_contents_table(contents)
    assert contents_titles(contents) == ["Ⅰ. 일반현황", "Ⅱ. 주요업무 추진실적"]
    # no table's record, nor text of the general part
    records = extract_file(path)
    assert all(table.caption != "목 차" and table.rows[0][0] != "Ⅰ. 일반현황" for table in records.tables)
    assert "목 차" not in " ".join(text.text for text in records.general_text)


@pytest.mark.parametrize("entries", [
    "Ⅰ. 일반현황\t1\n",  # one entry alone
    "Ⅰ. 일반현황\t1\nⅡ. 주요업무 추진실적\t3\nⅢ. 2024년 주요업무 계획\t12\n",
    "Ⅰ. 일반현황 ·······\t1\nⅡ. 주요업무 추진실적 ·······\t3\n",  # leaders before the tab
])
def test_a_tabbed_contents_of_any_length_is_one(entries):
    text = f"공원녹지과\n\n목 차\n{entries}\nⅠ. 일반현황\n1.\t조 직\n"
    tables = [block for block in read_text("x.txt", text.encode()).blocks if isinstance(block, Table)]
    assert len(tables) == 1 and is_contents_table(tables[0])


# --- 3: a numbered line of the report's numbering indented under a bullet -------------------------------------

GENERAL = ("Ⅰ. 일반현황\n1. 조 직\n• 공원녹지과: 4개팀(공원정책팀, 공원조성팀)\n{indent}2. 인 력\n"
           "• 정원 24명, 현원 23명\n")


def _read(blocks) -> list[tuple]:
    return [(type(block).__name__, block.text, getattr(block, "marker", None)) for block in blocks
            if not isinstance(block, Heading)]


@pytest.mark.parametrize("indent", [" " * 2, " " * 12, " " * 40])
def test_the_next_number_of_the_reports_numbering_under_a_bullet_is_its_line(indent):
    blocks = read_text("x.txt", GENERAL.format(indent=indent).encode()).blocks
    assert _read(blocks) == [
        ("Paragraph", "1. 조 직", None), ("Bullet", "공원녹지과: 4개팀(공원정책팀, 공원조성팀)", "•"),
        ("Paragraph", "2. 인 력", None), ("Bullet", "정원 24명, 현원 23명", "•")]


@pytest.mark.parametrize(("text", "expected"), [
    # a list numbering its own items under the bullet: its items, its `2.` too
    ("1. 조 직\n• 방제 작업\n    1. 수목 소독\n    2. 병충해 예찰\n",
     [("Paragraph", "1. 조 직", None), ("Bullet", "방제 작업", "•"), ("Bullet", "수목 소독", "1."),
      ("Bullet", "병충해 예찰", "2.")]),
    # a number not the next of the report's (`3.` after `1.`): an item, as before
    ("1. 조 직\n• 방제 작업\n    3. 수목 소독\n",
     [("Paragraph", "1. 조 직", None), ("Bullet", "방제 작업", "•"), ("Bullet", "수목 소독", "3.")]),
    # under a heading that is no numbered line: an item, as before
    ("□ 추진내용\n• 방제 작업\n    2. 수목 소독\n",
     [("Bullet", "방제 작업", "•"), ("Bullet", "수목 소독", "2.")]),
])
def test_a_numbered_item_of_a_list_stays_one(text, expected):
    assert _read(read_text("x.txt", text.encode()).blocks) == expected


def _draw(path: Path, numbered_x: float) -> None:
    """`1. 조 직` at the margin over its bullet, `2. 인 력` centred on `numbered_x` below it, then its bullet and
    `3. 차량현황`."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def text(top: float, x: float, words: str, size: float = 11, font: str = FONTS[0], centred: bool = False):
        page.setFont(font, size)
        width = pdfmetrics.stringWidth(words, font, size)
        page.drawString(x - width / 2 if centred else x, A4[1] - top, words)

    text(60, 60, "Ⅰ. 일반현황", 15, FONTS[1])
    text(90, 60, "1. 조 직")
    text(110, 72, "• 공원녹지과: 4개팀(공원정책팀, 공원조성팀, 녹지관리팀, 산림휴양팀)")
    text(130, numbered_x, "2. 인 력", centred=True)
    text(150, 72, "• 정원 24명, 현원 23명")
    text(170, 60, "3. 차량현황")
    text(190, 72, "• 관용차량 6대")
    page.showPage()
    page.save()


@pytest.mark.parametrize("numbered_x", [150, 297, 450])  # indented, centred on the page, far right
def test_a_pdfs_numbered_line_centred_under_a_bullet_is_the_numberings(numbered_x, tmp_path):
    # before, `2. 인 력` was the item `인 력` of mark `2.` nested under the bullet (at the margin it read right)
    path = tmp_path / "centred.pdf"
    _draw(path, numbered_x)
    blocks = read_document(str(path)).blocks
    assert _read(blocks) == [
        ("Paragraph", "1. 조 직", None),
        ("Bullet", "공원녹지과: 4개팀(공원정책팀, 공원조성팀, 녹지관리팀, 산림휴양팀)", "•"),
        ("Paragraph", "2. 인 력", None), ("Bullet", "정원 24명, 현원 23명", "•"),
        ("Paragraph", "3. 차량현황", None), ("Bullet", "관용차량 6대", "•")]
    assert not any(isinstance(block, Bullet) and block.marker == "2." for block in blocks)
    assert any(isinstance(block, Paragraph) and block.text == "2. 인 력" for block in blocks)
