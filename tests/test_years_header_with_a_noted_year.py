"""A generic table's header of years one of which prints a note in brackets (`구 분 | 2023 | 2024 | 2025(5월말)`:
the current year's column as of a day, or `2026(안)`) is its header, as `2023 | 2024 | 2025` is. Before, the
noted year made the row a row of figures: the header was read as the table's first row, summed into the 계, and
each column gave a false `sum.table` error (expected 3,268 for 1,245: the 2023 of the header added in)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n보 건 행 정 과\n\n"
TABLE = ("Ⅰ. 일반현황\n\n6. 감염병 발생 현황\n\n(단위: 건)\n\n"
         "구 분\t2023\t2024\t{last}\n계\t{total}\t1,388\t512\n제2급\t312\t355\t140\n제3급\t98\t121\t42\n"
         "제4급\t835\t912\t330\n")


def read(last: str, total: str = "1,245", layout: str = "tab", tmp_path=None):
    text = COVER + TABLE.format(last=last, total=total)
    if layout == "tab":
        return extract_report(read_text("t.txt", text.encode()))
    return read_laid_out(text, layout, tmp_path)


@pytest.mark.parametrize("last", ["2025(5월말)", "2025 (5.31. 기준)", "2025(잠정)", "’25(5월말)"])
def test_a_year_with_its_note_is_the_headers(last):
    r = read(last)
    [table] = r.tables
    assert table.header_rows == 1
    assert table.rows[:2] == [["구 분", "2023", "2024", last], ["계", "1,245", "1,388", "512"]]
    assert run_checks(r) == []


@pytest.mark.parametrize("layout", ["space-aligned", "space-aligned-tall-rows", "pipe-tables", "grid-tables",
                                    "pdf grid", "pdf horizontal", "pdf none", "pdf open sides"])
def test_a_noted_year_heads_its_column_in_other_layouts(layout, tmp_path):
    r = read("2025(5월말)", layout=layout, tmp_path=tmp_path)
    [table] = r.tables
    assert (table.header_rows, table.rows[1]) == (1, ["계", "1,245", "1,388", "512"])
    assert run_checks(r) == []


def test_a_wrong_total_under_a_noted_year_is_found_against_its_rows():
    [finding] = run_checks(read("2025(5월말)", total="1,254"))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "계", "2023", "1,245", "1,254")


def test_a_figure_with_a_note_of_figures_is_no_year():
    """`2025(3)` is a count with a note (3 of them, say), as a cell prints one: the row stays a row of figures."""
    [table] = read("2025(3)").tables
    assert table.header_rows == 0
