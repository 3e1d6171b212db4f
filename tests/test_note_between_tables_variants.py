"""A line of a date alone between two tables (`※ 2025. 5. 31. 기준`) dates the table below it, as a date's line
above a table does, unless what is printed shows it is the note under the table above: the table below prints a
date of its own (beside its unit, in its header, in pandoc's caption after it), or the note is printed right under
the table above (no blank line between) and a blank line parts it from the table below, where the table above
prints no date of its own. Before, the line always dated the table below, over the date that table printed itself."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.document import Paragraph, Table, build_document
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

COVER = "제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅰ. 일반현황\n\n"
TWINS = "## 5 상호결연도시 현황\n\n도시명\t국가\t결연일\n춘천시\t한국\t2001. 5. 1.\n하얼빈시\t중국\t2005. 9. 2.\n"
PLAIN = "\n구 분\t건 수\t인 원\n민 원\t12\t40\n기 타\t3\t9\n"  # the table below, dated no way of its own
NEXT = "\n## 9 주요 행사\n\n구민의 날 행사를 개최함\n"
NOTE = "※ 2025. 5. 31. 기준"
MAY_31, JUNE_30 = dt.date(2025, 5, 31), dt.date(2025, 6, 30)
TEXT_LAYOUTS = ["tab", "space-aligned", "pipe-tables"]
PDF_TWINS = (("도시명", "국가", "결연일"), ("춘천시", "한국", "2001. 5. 1."), ("하얼빈시", "중국", "2005. 9. 2."))
PDF_PLAIN = (("구 분", "건 수", "인 원"), ("민 원", "12", "40"), ("기 타", "3", "9"))


def dates(text: str, layout: str) -> list[tuple[str, dt.date | None]]:
    """Each table's first cell below its header and its date, top to bottom."""
    printed = LAYOUTS[layout](text) if layout in LAYOUTS else text
    r = extract_report(read_text("t.md", printed.encode()))
    return [(t.rows[1][0], t.as_of) for t in r.tables]


def general_lines(text: str, layout: str = "tab") -> list[str]:
    printed = LAYOUTS[layout](text) if layout in LAYOUTS else text
    return [part.text for t in extract_report(read_text("t.md", printed.encode())).general_text for part in t.parts]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize(("below", "its_date"), [
    ("(2025. 6. 30. 기준, 단위: 건)\n" + PLAIN, JUNE_30),  # beside its unit
    ("[6.30.현재, 단위: 건]\n" + PLAIN, JUNE_30),
    ("(단위: 건)\n" + PLAIN.replace("건 수", "건수(6.30.기준)"), JUNE_30),  # in its header
    ("(단위: 건)\n" + PLAIN.replace("건 수\t인 원", "’25. 6. 30. 기준\t’24. 12. 31. 기준"), None),  # two: none
])
def test_a_note_between_two_tables_dates_the_one_above_where_the_one_below_prints_its_own(below, its_date, layout):
    """Before: the table below took the note's date (2025-05-31) over its own; the table above had none."""
    text = COVER + TWINS + f"\n{NOTE}\n\n" + below + NEXT
    assert dates(text, layout) == [("춘천시", MAY_31), ("민 원", its_date)]
    assert not any("기준" in line for line in general_lines(text, layout))


def test_a_note_between_two_tables_dates_the_one_above_where_pandocs_caption_dates_the_one_below():
    text = COVER + TWINS + f"\n{NOTE}\n\n(단위: 건)\n" + PLAIN + "\n: 2025. 6. 30. 기준\n" + NEXT
    assert dates(text, "pipe-tables") == [("춘천시", MAY_31), ("민 원", JUNE_30)]


@pytest.mark.parametrize(("note", "layout"), [
    (note, layout) for note in (NOTE, "※2025. 5. 31. 기준", "* 2025. 5. 31. 기준", "※ ’25. 5. 31. 현재")
    for layout in TEXT_LAYOUTS
    # space-aligned, a line of no space after its mark right under the table is read as its paragraph, as before
    if not (layout == "space-aligned" and note[1] != " ")])
def test_a_note_right_under_a_table_and_parted_from_the_next_by_a_blank_line_is_the_one_aboves(note, layout):
    """Before: the table below took the date, the one above had none."""
    text = COVER + TWINS + f"{note}\n\n(단위: 건)\n" + PLAIN + NEXT
    assert dates(text, layout) == [("춘천시", MAY_31), ("민 원", None)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("between", [
    f"\n{NOTE}\n\n(단위: 건)\n" + PLAIN,  # a blank line on either side
    f"{NOTE}\n" + PLAIN.lstrip("\n"),  # none on either side
    f"\n{NOTE}\n" + PLAIN.lstrip("\n"),  # parted from the table above, right above the table below
])
def test_a_note_the_print_does_not_place_above_dates_the_table_below_as_before(between, layout):
    """Neither table dated otherwise, and the lines do not show the note under the table above."""
    assert dates(COVER + TWINS + between + NEXT, layout) == [("춘천시", None), ("민 원", MAY_31)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_a_note_right_under_a_table_dated_otherwise_still_dates_the_table_below(layout):
    """The table above prints its own date: which of the two the note's is, the print does not say."""
    text = COVER + TWINS.replace("도시명", "(2025. 4. 30. 기준)\n도시명") + f"{NOTE}\n\n(단위: 건)\n" + PLAIN + NEXT
    assert dates(text, layout) == [("춘천시", dt.date(2025, 4, 30)), ("민 원", MAY_31)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_a_note_between_two_tables_each_dated_otherwise_is_kept_as_text(layout):
    """Neither table's: the line is kept in the general part's text, and each table keeps its own date."""
    text = (COVER + TWINS.replace("도시명", "(2025. 4. 30. 기준)\n도시명") + f"\n{NOTE}\n\n"
            + "(2025. 6. 30. 기준, 단위: 건)\n" + PLAIN + NEXT)
    assert dates(text, layout) == [("춘천시", dt.date(2025, 4, 30)), ("민 원", JUNE_30)]
    assert "2025. 5. 31. 기준" in general_lines(text, layout)


@pytest.mark.parametrize(("below", "expected"), [
    (Table(PDF_PLAIN, unit="건", basis="2025. 6. 30. 기준", page=1), [MAY_31, JUNE_30]),
    (Table(PDF_PLAIN, unit="건", page=1), [None, MAY_31]),  # a PDF prints no lines to show a blank line: as before
])
def test_a_pdf_note_between_two_tables_dates_the_one_above_where_the_one_below_prints_its_own(below, expected):
    """A PDF's blocks, as the PDF reader gives them (a page, no lines)."""
    doc = build_document("t.pdf", "pdf", [Table(PDF_TWINS, page=1), Paragraph(NOTE, page=1), below])
    assert [block.basis for block in doc.blocks] == [
        *(["2025. 5. 31. 기준"] if expected[0] else [None]),
        ", ".join(filter(None, ["2025. 5. 31. 기준" if expected[1] == MAY_31 else None, below.basis])) or None]
