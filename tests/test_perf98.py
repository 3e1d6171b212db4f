"""perf98: the pieces a cell's text parts into are told of a text (`_figure_pieces`), so that `AlignedRows` asks
them of each line's text without making a cell of it; cells and lines part as main 7f03687 parted them (its
functions kept here, word for word)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import projects
from pipeline import aligned
from pipeline.aligned import Cell


def _figures_apart_main(cells):
    """7f03687's `_figures_apart`."""
    out = []
    for cell in cells:
        text = cell.text
        marked = "," in text or "." in text
        if not text:
            out.append(cell)
        elif text[0] not in aligned._FIGURE_STARTS:
            if marked and aligned._ends_as_figure(text) and aligned._runs_together(text):
                out += _label_apart_main(cell)
            else:
                out.append(cell)
        elif not (" " in text or marked and aligned._runs_together(text)
                  or "-" in text and aligned._DASH_AFTER_FIGURE_RE.search(text)):
            out.append(cell)
        elif text[-1].isdigit() and ". " in text and (dated := aligned._COUNT_AFTER_DATE_RE.fullmatch(text)):
            out += aligned._cells_of(cell.start, dated.groups())
        elif " " not in text:
            out += aligned._cells_of(cell.start, aligned._figures_of(text))
        elif aligned._ends_as_figure(text) and aligned._figure_words(words := text.split(" ")):
            figures = [figure for word in words for figure in aligned._figures_of(word + " ")]
            out += aligned._cells_of(cell.start, figures)
        else:
            out += _label_apart_main(cell) if marked and aligned._ends_as_figure(text) and aligned._runs_together(
                text) else [cell]
    return out


def _label_apart_main(cell):
    """7f03687's `_label_apart`."""
    words = cell.text.split(" ")
    first = len(words)
    while first > 1 and aligned._FIGURE_WORD_RE.fullmatch(words[first - 1]):
        first -= 1
    figures = [figure for word in words[first:] for figure in aligned._figures_of(word + " ")]
    if len(figures) == len(words) - first:  # none run together
        return [cell]
    return aligned._cells_of(cell.start, [" ".join(words[:first]) + " ", *figures])


# pieces of cells and lines: figures grouped or not, run together or not, a bracket's note, dates and their counts,
# labels, marks, and digits other than ASCII's (`\d` reads them)
cells = st.lists(st.sampled_from([
    "0", "1", "7", "12", "500", "3,512,400", ",000", ",40", "(구비)", "(1)", "(", ")", ".", "2024. ", "6. ", "11.",
    "5", "%", "-", "△", "▲", " ", "~ ", "년", "월", "계", "인 력", "주요시설", "٣", "²", "구비", "(%)", ".31.", "42.8",
    "집행률", "2.", ",", "１", "1,5001,000", "680,00035.8", "2,104.8896.3", "31. ", "480",
]), max_size=10).map("".join)
figure_words = st.lists(st.sampled_from([
    "0", "7", "64", "830", "1,500,000", ",000", "1,5001,000", "(구비)", "(1)", ")", "-", "%", ".", "8", "△", "년",
    "٣", "²", "인", "(", "4,712.8", "12.5",
]), min_size=1, max_size=3).map("".join)
worded = st.lists(figure_words, min_size=1, max_size=4).map(" ".join)
labels = st.sampled_from(["계", "2025년(1~5월)", "공원 관리", "Ⅱ.", "(단위: 건, %)", "6. 1. ~ 7. 31."])
labelled = st.builds(lambda label, figures: f"{label} {figures}", labels, worded)
texts = st.one_of(cells, worded, labelled)


@settings(max_examples=6000)
@given(st.lists(texts, max_size=5))
def test_cells_part_as_before(row_texts):
    row = [Cell(k * 12, k * 12 + aligned.display_width(text), text) for k, text in enumerate(row_texts)]
    assert aligned._figures_apart(row) == _figures_apart_main(row)


@settings(max_examples=6000)
@given(texts)
def test_a_line_parts_where_it_parted(text):
    # `AlignedRows`' question of a line's text with no two blanks in a row: does it part into two cells or more?
    assert (len(aligned._figure_pieces(text) or ()) > 1) == (len(_figures_apart_main([Cell(0, 0, text)])) > 1)


def test_pieces_of_texts():
    assert aligned._figure_pieces("4,200,000(구비)1,608,000(구비)38.3") == [
        "4,200,000(구비)", "1,608,000(구비)", "38.3"]
    assert aligned._figure_pieces("2025년(1~5월) 18,4209,310") == ["2025년(1~5월) ", "18,420", "9,310 "]
    assert aligned._figure_pieces("6. 1. ~ 7. 31.86") == ["6. 1. ~ 7. 31.", "86"]
    assert aligned._figure_pieces("830 64%") == ["830 ", "64% "]
    assert aligned._figure_pieces("3,512,400") is None
    assert aligned._figure_pieces("2022년 주요업무 보고") is None
    assert aligned._figure_pieces("계 1,200 300") is None  # a label and figures apart: `_labels_apart`'s, not these


# items printing a unit after a slash or not (`30만원/월`, `10만원 / 가구`, `500만원 / 월 1회 점검`, `3월 / 12,000천원`)
item_words = st.lists(st.sampled_from([
    "30만원", "10만원", "300만", "12,000천원", "5억", "/", " / ", "월", "가구", "인", "분기", "학기", "연", " ", "1회",
    "점검", "3월", "지원", "(", ")", "원", "/월", "만/인", "억/년",
]), max_size=8).map("".join)


@settings(max_examples=3000)
@given(item_words)
def test_a_unit_after_a_slash_bracketed_as_before(text):
    assert projects._PER_UNIT_SLASH_RE.sub(projects._per_unit_bracketed, text) == projects._PER_UNIT_SLASH_RE.sub(
        r"(\1)", text)  # main 7f03687's template


def test_a_unit_after_a_slash_bracketed():
    assert projects._PER_UNIT_SLASH_RE.sub(projects._per_unit_bracketed, "30만원/월 / 10만원 / 가구") == (
        "30만원(월) / 10만원(가구)")
