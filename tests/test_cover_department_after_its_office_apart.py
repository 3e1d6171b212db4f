"""A cover that prints its department after its 국 with a wide gap between them, as `pdftotext -layout` centres the
line (`복지국        사회복지과`, `서해구청     복지국     사회복지과`, `복지국   사 회 복 지 과`): a line of the cover,
not a table's row, so the department it names is the cover's, and a running header printing it once atop a page
between a table's rows (`사회복지과`) is dropped. Before, the line parted into cells read as a table's row: the
cover ended above it, its department was not the cover's, and the running header was read as a cell of the row
below it (`나눔복지관 | 20 | 사회복지과 20`)."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import tables_of

REPORT = """


              제285회 서해구의회 제2차 정례회


                  2024년 주요업무 보고


{cover_line}


\f Ⅰ. 일반현황

 1. 시설 현황
                                                       (단위: 명)
      시설명              정원        현원        비고
      계                   120         110
      행복복지관            60          55
      희망복지관            40          35

                         - 1 -
\f                                                     {running}
      나눔복지관            20          20

 2. 운영 방향
   ○ 복지관 운영 내실화

                         - 2 -
\f Ⅱ. 주요업무 추진실적
   ○ 복지관 프로그램 운영

                         - 3 -
\f   ○ 경로당 지원

                         - 4 -
\f   ○ 복지시설 점검
"""
COVER_LINES = ["                 복지국        사회복지과", "          서해구청     복지국     사회복지과",
               "           복지국              사 회 복 지 과", "     복 지 국        사 회 복 지 과"]


def _read(cover_line: str, running: str = "사회복지과"):
    return read_text("t.txt", REPORT.format(cover_line=cover_line, running=running).encode())


@pytest.mark.parametrize("cover_line", COVER_LINES)
@pytest.mark.parametrize("running", ["사회복지과", "복지국   사회복지과", "사 회 복 지 과"])
def test_a_running_header_naming_the_covers_department_apart_from_its_office_is_dropped(cover_line, running):
    document = _read(cover_line, running)
    (table,) = tables_of(document)
    assert table.rows[-1] == ("나눔복지관", "20", "20", "")
    assert extract_report(document).document.department == "사회복지과"


@pytest.mark.parametrize("cover_line", COVER_LINES)
def test_the_covers_line_is_read_as_one_line_of_the_cover(cover_line):
    document = _read(cover_line)
    texts = [getattr(block, "text", None) for block in document.blocks]
    assert " ".join(cover_line.split()) in texts


@pytest.mark.parametrize("running", ["노인복지과", "노 인 복 지 과"])
def test_a_running_header_naming_another_department_between_a_tables_rows_is_dropped(running):
    """Another department's name atop the page between the table's rows (`노인복지과`: a report copied from another's
    template) is a running header too, dropped where the body prints no department's name as a heading and the
    table no group rows: the row below it stays as printed. Before, only the cover's department was one in
    space-aligned text, and the line was read into the row below it."""
    (table,) = tables_of(_read(COVER_LINES[0], running))
    assert table.rows[-1] == ("나눔복지관", "20", "20", "")


@pytest.mark.parametrize(("name", "line"), [
    ("t.txt", "복지국\t사회복지과"), ("t.txt", "서해구청\t복지국\t사 회 복 지 과"), ("t.md", "| 복지국 | 사회복지과 |"),
    ("t.md", "## 복지국        사회복지과"), ("t.txt", "복지국        사 회 복 지 과")])
def test_the_department_after_its_office_in_cells_of_its_own_is_the_covers(name, line):
    """A converter printing the line as a row of cells (a tab between, or pipes): before, a table, which the cover
    leaves out, so the report had no department."""
    text = f"제285회 서해구의회 제2차 정례회\n\n# 2024년 주요업무 보고\n\n{line}\n\n# Ⅰ. 일반현황\n\n○ 복지관 운영\n"
    assert extract_report(read_text(name, text.encode())).document.department == "사회복지과"


def test_a_row_of_a_label_beside_a_department_is_no_covers_line():
    text = ("제285회 서해구의회 제2차 정례회\n\n# 2024년 주요업무 보고\n\n| 구분 | 사회복지과 |\n\n"
            "# Ⅰ. 일반현황\n\n○ 운영\n")
    assert extract_report(read_text("t.md", text.encode())).document.department is None
