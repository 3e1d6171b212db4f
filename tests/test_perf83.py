"""Work saved without changing what is read: a cell's character start found by bisecting its line's display columns
(as a walk along the line a character at a time finds it), and a table's garbled figures found in one pass."""

from hypothesis import given
from hypothesis import strategies as st

from extractors.context import Grid, TableContext
from extractors.unreadable import unreadable_figures
from pipeline.aligned import Cell, _character_start_on, _in_characters_of, display_width
from pipeline.document import Table


def _walked_start(line: str, start: int) -> int:
    """The first character of the line at or past display column `start`, walking the line (the line's end)."""
    width = 0
    for n, char in enumerate(line):
        if width >= start:
            return n
        width += display_width(char)
    return len(line)


_LINE = st.text(alphabet="ab 1,가나다계\x00\t△ＡＢ·", max_size=16)


@given(_LINE, st.lists(st.integers(min_value=-1, max_value=34), max_size=5))
def test_a_cell_starts_where_the_walk_along_its_line_reaches_its_column(line, starts):
    cells = [Cell(start, start + 2, "계") for start in starts]
    assert [cell.start for cell in _in_characters_of(line, cells)] == [_walked_start(line, s) for s in starts]
    assert [_character_start_on(line, cell) for cell in cells] == [_walked_start(line, s) for s in starts]


def test_a_wide_label_starts_as_many_characters_in_as_columns_less_its_wide_letters():
    line = "구  분      계    의료기술직   12"
    cells = [Cell(0, 6, "구  분"), Cell(12, 14, "계"), Cell(18, 28, "의료기술직"), Cell(31, 33, "12")]
    assert [(c.start, c.end) for c in _in_characters_of(line, cells)] == [(0, 4), (10, 11), (15, 20), (23, 25)]


def test_a_garbled_figure_is_found_beside_a_long_cell_of_words():
    table = Table(rows=(("구분", "예산액", "집행액"),
                        ("기본경비 및 운영비 지원 사업 전체", "1,000", "900"),
                        ("기본경비", "41,000", "4100000000000000")), line=10)
    [figure] = unreadable_figures(Grid(table), TableContext(caption="□ 예산 집행", section=None, year=2026))
    assert (figure.table, figure.row, figure.column, figure.text, figure.source.line) == (
        "□ 예산 집행", "기본경비", "집행액", "4100000000000000", 12)


def test_a_long_cell_of_words_alone_is_no_garbled_figure():
    table = Table(rows=(("구분", "내용"), ("사업", "기본경비 및 운영비 지원 사업 전체 1234567890123456원 이상")))
    assert unreadable_figures(Grid(table), TableContext(caption=None, section=None, year=None)) == []
