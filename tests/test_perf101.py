"""perf101: the starts of tables printed a cell a line found from one scan of the short lines of words, a cell's line
measured only where its length leaves it in doubt, a run told no unread table by its cells that may be figures first:
what is found stays."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.aligned import display_width
from pipeline.cell_lines import (
    _CELL_WIDTH,
    _before_next_start,
    _cells,
    _is_cell_line,
    _is_figure_label,
    _is_value,
    _is_word_start,
    _parts,
    _short_word_lines,
    _unlabelled_starts,
    _unread_table,
)
from pipeline.values import compact, is_total

# lines as the reports print them around a table printed a cell a line: marks, units, labels, figures, blanks
_LINES = st.lists(st.sampled_from([
    "", " ", "\t", "(단위: 개소)", "□ 공원 현황", "동 별", "  월 별", "계", "구 분", "1,234", "56", "-", "12.5",
    "2. 인 력", "성과지표", "공원 조성 및 관리 사업의 추진 현황과 향후 계획 보고", "정원    현원", "A동", "○ 추진실적",
    "합 계\t10", "| 구 분 |", "Ⅱ. 주요업무", "가. 세출예산", "３월", "2024. 6. 11.",
]), max_size=14)


def _unlabelled_starts_asking_every_line(lines: list[str]) -> list[int]:
    """The starts as plain99 found them, each line asked in turn after the line printing text above it."""
    starts, above = [], None
    for i, line in enumerate(lines):
        if not line or line.isspace():
            continue
        if (len(line) <= _CELL_WIDTH and _is_word_start(line.lstrip()[0]) and (above is None or _parts(above))
                and not _parts(line)):
            starts.append(i)
        above = line
    return starts


def test_a_short_line_of_words_below_a_units_line_starts_a_run():
    lines = ["(단위: 개소)", "", "동 별", "계", "", "1,234", "□ 공원 현황", "  월 별", "56", "-"]
    assert _short_word_lines(lines) == [2, 3, 5, 7, 8]  # a figure starts with a digit
    assert _unlabelled_starts(lines, _short_word_lines(lines)) == [2, 7]


@settings(max_examples=1000, deadline=None)
@given(_LINES)
def test_the_unlabelled_starts_are_those_every_line_asked_found(lines):
    assert _unlabelled_starts(lines, _short_word_lines(lines)) == _unlabelled_starts_asking_every_line(lines)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="가힣 a1.,\t|\x00Ａ３　", max_size=45))
def test_a_cell_line_told_by_its_length_before_its_width_as_by_its_width(line):
    text = line.strip()
    measured = not (len(text) > _CELL_WIDTH or "\t" in line or "|" in line or display_width(text) > _CELL_WIDTH) and (
        "  " not in text or ("   " not in text and not any(map(_is_figure_label, text.split("  ")))))
    assert _is_cell_line(line) == measured


def _unread_table_of_every_run(cells, lines, later_starts):
    """The run told unread as plain99 told it (its words between as plain104 counts them): its cells up to the next
    start, then its figures read."""
    cells = [cell for cell in _before_next_start(cells, lines, later_starts) if cell[0]]
    first = next((k for k, (text, _) in enumerate(cells) if _is_value(text)), len(cells))
    header = {compact(text) for text, _ in cells[:first]}
    figures = words = 0
    end = first
    for k in range(first, len(cells)):
        if _is_value(text := cells[k][0]):
            figures, words, end = figures + 1, 0, k + 1
        elif compact(text) in header or is_total(text):
            continue
        elif (words := words + 1) == (3 if "비고" in header else 2):
            break
    if first < 2 or figures < 4 or figures * 2 < end - first:
        return None
    return cells[end - 1][1] + 1


def test_a_run_of_words_then_figures_is_told_unread_to_its_last_figure():
    lines = ["(단위: 개소)", "동 별", "계", "1,234", "56", "-", "12", "", "○ 추진실적"]
    assert _unread_table(_cells(lines, 1), lines, []) == 7
    assert _unread_table(_cells(lines, 1)[:5], lines, []) is None  # three figures: too few


@settings(max_examples=1000, deadline=None)
@given(_LINES)
def test_runs_are_told_unread_as_when_every_run_was_read(lines):
    starts = _unlabelled_starts(lines, _short_word_lines(lines))
    for n, i in enumerate(starts):
        cells = _cells(lines, i)
        assert _unread_table(cells, lines, starts[n + 1:]) == _unread_table_of_every_run(cells, lines, starts[n + 1:])
