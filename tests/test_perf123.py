"""perf123: a header's grades over figures of their own counted by a search, not a look at each pair; the count is
the one the definition gives (each label whose nearest figure has it for its nearest label, the left of two as
near), and a staffing header reads as before."""
from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import Cell, _labels_over_own_figures


def _line(texts: list[str], gaps: list[int]) -> list[Cell]:
    cells, start = [], 0
    for text, gap in zip(texts, gaps, strict=False):
        start += gap
        cells.append(Cell(start, start + len(text), text))
        start += len(text)
    return cells


def _by_definition(labels: list[Cell], row: list[Cell]) -> int:
    figures = [cell for cell in row if cell.text[0].isdigit()]
    if not figures:
        return 0

    def nearest(cell: Cell, cells: list[Cell]) -> Cell:
        return min(cells, key=lambda other: abs(other.centre - cell.centre))

    return sum(nearest(nearest(label, figures), labels) is label for label in labels)


@given(st.lists(st.sampled_from(["5급", "6급", "7급", "8ㆍ9급", "연구관", "계"]), min_size=1, max_size=8),
       st.lists(st.sampled_from(["1", "12", "1,234", "35", "일반직", "계"]), min_size=1, max_size=10),
       st.lists(st.integers(1, 7), min_size=10, max_size=10), st.lists(st.integers(1, 7), min_size=10, max_size=10))
def test_the_count_is_the_definitions(labels, figures, label_gaps, figure_gaps):
    labels, row = _line(labels, label_gaps), _line(figures, figure_gaps)
    assert _labels_over_own_figures(labels, row) == _by_definition(labels, row)


def test_grades_each_over_their_own_figure_and_two_over_one():
    grades = _line(["5급", "6급", "7급"], [4, 3, 3])  # centres 5, 10, 15
    assert _labels_over_own_figures(grades, _line(["계", "1", "5", "8"], [0, 3, 4, 4])) == 3
    # two grades over one figure, none over the next: the nearer one alone is its
    assert _labels_over_own_figures(grades, _line(["1", "5"], [4, 12])) == 2
    assert _labels_over_own_figures(grades, _line(["일반직"], [0])) == 0
