"""Reading measures a table in its letters' widths (`_measured_in_letter_widths`) only as far as its test reads
(branch perf124): the header's lower line and the first row, measured alone where the first row opens with a
syllable, as the whole table's measure sets them; a first row opening with a narrow letter is set where the rows
below open, so it is then measured with them. A table whose grades each stand over a figure of their own as printed
(`pdftotext -layout`) is not measured at all: no measure stands more of them so."""

from hypothesis import given
from hypothesis import strategies as st

import pipeline.aligned
from pipeline.aligned import AlignedRows, _rows_in_letter_widths, split_cells

UPPER = "구 분      계          일 반 직            공무직"
LOWER = "                   5급    6급   7급   8ㆍ9급"
LABELS = ["정 원", "현 원", "과부족", "총무과", "AI 안부 전화", "1차 현장 점검", "2팀"]


def figures_line(label: str, indent: int, figures: list[int], gap: int) -> str:
    return " " * indent + label + "".join(" " * gap + str(figure) for figure in figures)


@given(st.lists(st.tuples(st.sampled_from(LABELS), st.integers(0, 6), st.lists(st.integers(0, 120), min_size=1,
                                                                                max_size=6), st.integers(2, 6)),
                min_size=1, max_size=6),
       st.integers(0, 4), st.lists(st.integers(0, 99), min_size=1, max_size=6))
def test_a_first_row_of_a_syllable_measures_alike_alone_and_with_the_rows_below(below, indent, figures):
    rows = [split_cells(text) for text in
            (UPPER, LOWER, figures_line("정 원", indent, figures, 3), *(figures_line(*row) for row in below))]
    alone, whole = _rows_in_letter_widths(rows[1:3], 0), _rows_in_letter_widths(rows, 1)
    assert alone == whole[1:3]


def test_a_first_row_of_narrow_letters_is_set_where_the_rows_below_open():
    # `1차` after 5 blanks measures from column 8 alone; `정 원` and `현 원` below open at 10, where it may stand
    rows = [split_cells(text) for text in (UPPER, LOWER, "     1차 점검   3   5", "     정 원   15   2",
                                            "     현 원   14   2")]
    alone, whole = _rows_in_letter_widths(rows[1:3], 0), _rows_in_letter_widths(rows, 1)
    assert alone[1][0].start == 8 and whole[2][0].start == whole[3][0].start == 10


def test_grades_each_over_a_figure_of_their_own_as_printed_are_not_measured(monkeypatch):
    lines = ["구 분    계     일 반 직                  공무직",
             "              5급  6급  7급  8급  9급",
             "정 원    15   2    4    3    3    3   0",
             "현 원    14   2    3    4    2    3   0"]

    def measured(rows, header):
        raise AssertionError("measured in letters' widths")

    monkeypatch.setattr(pipeline.aligned, "_rows_in_letter_widths", measured)
    grid, _, end = AlignedRows(lines, []).table(0)
    assert end == 4
    assert grid == (("구 분", "계", "일 반 직", "", "", "", "", "공무직"),
                    ("", "", "5급", "6급", "7급", "8급", "9급", ""),
                    ("정 원", "15", "2", "4", "3", "3", "3", "0"),
                    ("현 원", "14", "2", "3", "4", "2", "3", "0"))
