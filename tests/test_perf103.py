"""perf103: `_in_characters_of` looks a line's columns up once for all its cells; each cell stands where
`_character_start_on` puts it, as before."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import Cell, _character_start_on, _in_characters_of, split_cells


def test_total_row_in_characters():
    line = "계  42  1,254,000"
    assert _in_characters_of(line, split_cells(line)) == [Cell(0, 1, "계"), Cell(3, 5, "42"),
                                                          Cell(7, 16, "1,254,000")]


def test_budget_row_in_characters():
    line = "  일반회계   청사 관리   1,254,000   980,000"
    assert _in_characters_of(line, split_cells(line)) == [
        Cell(2, 6, "일반회계"), Cell(9, 14, "청사 관리"), Cell(17, 26, "1,254,000"), Cell(29, 36, "980,000")]


def test_no_cells():
    assert _in_characters_of("구  분", []) == []


_WORDS = st.sampled_from(["계", "소 계", "일반직", "5급", "청사 관리", "승용", "1,254,000", "42", "△1", "-", "●",
                          "２０２５", "비 고", "\t", "３월"])


@given(st.lists(st.tuples(st.integers(1, 5), _WORDS), min_size=1, max_size=8))
def test_each_cell_where_character_start_on_puts_it(pieces):
    line = "".join(" " * gap + word for gap, word in pieces)
    cells = split_cells(line)
    assert _in_characters_of(line, cells) == [
        Cell(_character_start_on(line, cell), _character_start_on(line, cell) + len(cell.text), cell.text)
        for cell in cells]
