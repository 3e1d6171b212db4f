"""perf97: `_figures_apart` asks whether figures run together only of a cell printing a comma or a point, and
matches a cell's words as figures only where it ends as a figure does, parting every cell as main 5bd6ba0 did
(its function kept here, word for word)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import aligned
from pipeline.aligned import Cell
from tests.test_perf98 import _label_apart_main as _label_apart  # main 7f03687's, which perf98 parted


def _figures_apart_before(cells):
    """5bd6ba0's `_figures_apart`."""
    out = []
    for cell in cells:
        text = cell.text
        if not text:
            out.append(cell)
        elif text[0] not in aligned._FIGURE_STARTS:
            out += _label_apart(cell) if aligned._runs_together(text) else [cell]
        elif not (" " in text or aligned._runs_together(text)
                  or "-" in text and aligned._DASH_AFTER_FIGURE_RE.search(text)):
            out.append(cell)
        elif text[-1].isdigit() and ". " in text and (dated := aligned._COUNT_AFTER_DATE_RE.fullmatch(text)):
            out += aligned._cells_of(cell.start, dated.groups())
        elif " " not in text:
            out += aligned._cells_of(cell.start, aligned._figures_of(text))
        elif aligned._figure_words(words := text.split(" ")):
            figures = [figure for word in words for figure in aligned._figures_of(word + " ")]
            out += aligned._cells_of(cell.start, figures)
        else:
            out += _label_apart(cell) if aligned._runs_together(text) else [cell]
    return out


# pieces of cells: figures grouped or not, a bracket's note, dates, labels, marks, and digits other than ASCII's
# (`\d` reads them) and other endings a figure word may or may not have
cells = st.lists(st.sampled_from([
    "0", "1", "7", "12", "500", "3,512,400", ",000", ",40", "(구비)", "(1)", "(", ")", ".", "2024. ", "6. ", "11.",
    "5", "%", "-", "△", "▲", " ", "  ", "~ ", "년", "월", "계", "인 력", "주요시설", "٣", "²", "\t", "구비", "(%)",
    ".31.", "42.8", "집행률", "2.", ",", "１",
]), max_size=10).map("".join)

# words one blank apart, most of them figure words or nearly (`830 64`, `5 -`, `2. 인 력`, `1,500,000(구비) 42.8`)
figure_words = st.lists(st.sampled_from([
    "0", "7", "64", "830", "1,500,000", ",000", "1,5001,000", "(구비)", "(1)", ")", "-", "%", ".", "8", "△", "년",
    "٣", "²", "인", "(",
]), min_size=1, max_size=3).map("".join)
worded_cells = st.lists(figure_words, min_size=1, max_size=4).map(" ".join)
# a row's label before them (`2025년(1~5월) 18,4209,310`, `계 1,5001,000 -`)
labelled_cells = st.builds(lambda label, figures: f"{label} {figures}",
                           st.sampled_from(["계", "2025년(1~5월)", "공원 관리", "Ⅱ.", "(단위: 건, %)"]), worded_cells)


@settings(max_examples=8000)
@given(st.one_of(cells, worded_cells, labelled_cells))
def test_cells_part_as_before(text):
    cell = Cell(2, 2 + aligned.display_width(text), text)
    assert aligned._figures_apart([cell]) == _figures_apart_before([cell])


@settings(max_examples=2000)
@given(st.lists(st.one_of(cells, worded_cells, labelled_cells), max_size=5))
def test_a_rows_cells_part_as_before(texts):
    row = [Cell(k * 10, k * 10 + aligned.display_width(text), text) for k, text in enumerate(texts)]
    assert aligned._figures_apart(row) == _figures_apart_before(row)


def test_cells_still_part_and_words_after_a_figure_do_not():
    assert [c.text for c in aligned._figures_apart([Cell(0, 24, "4,200,000(구비)1,608,000(구비)38.3")])] == [
        "4,200,000(구비)", "1,608,000(구비)", "38.3"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 9, "30,000 25.0")])] == ["30,000", "25.0"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 7, "830 64%")])] == ["830", "64%"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 7, "2. 인 력")])] == ["2. 인 력"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 19, "2022년 주요업무 보고")])] == ["2022년 주요업무 보고"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 13, "1,500,000-")])] == ["1,500,000", "-"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 25, "2025년(1~5월) 18,4209,310")])] == [
        "2025년(1~5월)", "18,420", "9,310"]
    assert [c.text for c in aligned._figures_apart([Cell(0, 16, "계 1,5001,000 -")])] == ["계", "1,500", "1,000", "-"]
