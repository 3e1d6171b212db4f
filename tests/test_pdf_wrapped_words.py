"""A Hangul word wrapped mid-word in a ruled PDF cell too narrow for it (`부속건` over `물`, `전산운` over `영팀`) reads
as that word, not `부속건 물`; two words a cell breaks between (the line visibly shorter than the cell), words that
fill a line each over three lines, and a spaced label printed a syllable a line (`구` over `분`), keep their space."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Table, TableStyle

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

REPORT = """제300회 한빛구의회 제1차 정례회

# 2024년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 1 청사현황

구 분\t명 칭\t소관\t면적
본 관\t{name}\t{team}\t1,200

## Ⅱ. 주요업무 추진실적
"""


def _table(monkeypatch, tmp_path, widths: list[float], padding: float = 8, centred: bool = False,
           **cells) -> tuple[str, ...]:
    """The report's table drawn as a grid of `widths` (cells in 7.5 pt type, padded `padding` points left and right,
    their text at their left or `centred`), as read from the PDF: its second row."""
    pdfs = make_pdfs()
    style = pdfs.HEADER_CELL if centred else pdfs.CELL

    def ruled_table(block, ruling, repeat_header=True):
        table = Table([[Paragraph(pdfs.printed(text), style) for text in row] for row in block.rows],
                      colWidths=widths)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), padding),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), padding)]))
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(REPORT.format(**cells), encoding="utf-8")
    pdfs.render(source, target, "grid")
    return next(block for block in read_document(str(target)).blocks if isinstance(block, GridTable)).rows[1]


def test_words_wrapped_mid_word_read_whole(monkeypatch, tmp_path):
    """`부속건물` printed `부속건` over `물` in a cell 40 points wide padded 8 each side, and `전산운영팀` printed
    `전산운영` over `팀`: each line fills its cell, no room beside it for `물` (`팀`) and the padding. Before,
    `부속건 물` and `전산운영 팀`."""
    assert _table(monkeypatch, tmp_path, [40, 40, 47, 50], name="부속건물", team="전산운영팀") == (
        "본 관", "부속건물", "전산운영팀", "1,200")


def test_a_word_wrapped_after_a_figure_reads_whole(monkeypatch, tmp_path):
    """`국외(4개)` printed `국외(4` over `개)` in a cell 44 points wide. Before, `국외(4 개)`."""
    assert _table(monkeypatch, tmp_path, [40, 44, 40, 50], name="국외(4개)", team="총무팀")[1] == "국외(4개)"


def test_a_word_wrapped_by_more_than_its_last_syllable_reads_whole(monkeypatch, tmp_path):
    """`국외(4개국)` printed `국외(4` over `개국)` and `전산운영팀` printed `전산운` over `영팀` in cells 40 points wide
    padded 8 each side: each first line fills its cell, no room beside it for the next line's first syllable, so
    the break was forced by the width. Before, `국외(4 개국)` and `전산운 영팀`: only a last syllable was joined."""
    assert _table(monkeypatch, tmp_path, [40, 40, 40, 50], name="국외(4개국)", team="전산운영팀") == (
        "본 관", "국외(4개국)", "전산운영팀", "1,200")


def test_a_figure_wrapped_with_its_unit_reads_whole(monkeypatch, tmp_path):
    """`1,235,000원` printed `1,235,00` over `0원` in a cell 50 points wide: one amount, not `1,235,00 0원`."""
    assert _table(monkeypatch, tmp_path, [40, 40, 50, 50], name="본청", team="1,235,000원")[2] == "1,235,000원"


def test_a_line_visibly_shorter_than_its_cell_keeps_its_space(monkeypatch, tmp_path):
    """`시설 관리팀` printed `시설` over `관리팀` in a cell 40 points wide beside `전산운` over `영팀`: `시설` leaves
    room for `관` and the padding, so the writer typed a space there."""
    assert _table(monkeypatch, tmp_path, [40, 40, 40, 50], name="시설 관리팀", team="전산운영팀")[1:3] == (
        "시설 관리팀", "전산운영팀")


def test_words_that_fill_a_line_each_keep_their_space(monkeypatch, tmp_path):
    """`이용자 만족도 조사` in 7.5 pt in a cell as wide as `이용자` and its padding: each of its three lines one word,
    each filling the cell, are words a line each, as a word run over three lines of a cell is rarer."""
    assert _table(monkeypatch, tmp_path, [40, 40, 40, 50], padding=8, name="이용자 만족도 조사", team="총무팀")[1] == \
        "이용자 만족도 조사"


def test_a_centred_word_wrapped_mid_word_reads_whole(monkeypatch, tmp_path):
    """Lines centred in a table whose text is all centred show no padding: a type size's tells that `전산운영`
    fills a cell 45 points wide, with no room for `팀`."""
    row = _table(monkeypatch, tmp_path, [40, 45, 45, 50], padding=6, centred=True, name="본청", team="전산운영팀")
    assert row[2] == "전산운영팀"


def test_two_words_a_cell_breaks_between_keep_their_space(monkeypatch, tmp_path):
    """`시설 관리` printed `시설` over `관리` in a cell 45 points wide: `시설` leaves room for `관` and the padding,
    so the line was broken between words."""
    assert _table(monkeypatch, tmp_path, [40, 45, 45, 50], name="시설 관리", team="총무팀")[1] == "시설 관리"


def test_a_spaced_label_printed_a_syllable_a_line_keeps_its_space(monkeypatch, tmp_path):
    """`구 분` and `본 관` printed a syllable a line in a cell 20 points wide stay as the text report spells them."""
    assert _table(monkeypatch, tmp_path, [20, 45, 45, 50], padding=4, name="부속", team="총무팀")[0] == "본 관"


def test_the_real_report_reads_as_its_text(real_report_path, tmp_path):
    """The real report on A4 in 9 pt cells padded 8 points each side, its columns as wide as their longest words
    and a little air, so that those words wrap, keeps the text's records: before, its education room's table read
    `전산운영 팀` (HWP-like widths, a little narrower, wrapped `부속건 물` too)."""
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE, pdfs.MARGIN = A4, 56
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        style.fontSize, style.leading = 9, 11
    drawn = pdfs.ruled_table

    def padded_table(block, ruling, repeat_header=True):
        table = drawn(block, ruling, repeat_header)
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        return table

    pdfs.ruled_table = padded_table
    target = tmp_path / "report.pdf"
    pdfs.render(real_report_path, target, "grid")
    pdf, text = (records_data(extract_file(path), with_sources=False) for path in (target, real_report_path))
    assert [row[1] for row in pdf["tables"][0]["rows"]][4] == "부속건물"
    assert pdf["tables"][1]["rows"][1][3] == "전산운영팀"
    assert pdf == text
