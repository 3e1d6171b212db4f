"""perf94: pre-checks before the patterns that part figures run together and labels one blank apart, and before
the run-on page number's, read every line as the patterns alone read it (main 9a71e75's conditions, kept here)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import aligned, read_text
from pipeline.aligned import Cell
from tests.test_perf98 import _label_apart_main as _label_apart  # main 7f03687's, which perf98 parted

# 9a71e75's patterns, each searched whole (perf96 searches their ways apart: `aligned._runs_together`)
_GLUE_HINT_RE = re.compile(r" |,\d{3}[\d(-]|\.\d+[\d,]*\.\d|\d-$")
_RUN_TOGETHER_RE = re.compile(r",\d{3}[\d(]|\.\d+[\d,]*\.\d")

lines = st.text(alphabet="0123456789,. 가나다인건비집행액()AB/%△▲-–—~년월계", max_size=40)
indented_lines = st.builds(lambda blanks, text: " " * blanks + text, st.integers(0, 14), lines)


def _figures_apart_before(cells):
    """9a71e75's `_figures_apart` first test, each cell else as now."""
    out = []
    for cell in cells:
        text = cell.text
        if not (text and text[0] in "0123456789△▲" and _GLUE_HINT_RE.search(text)):
            out += _label_apart(cell) if text and _RUN_TOGETHER_RE.search(text) else [cell]
        else:
            out += aligned._figures_apart([cell])
    return out


@settings(max_examples=3000)
@given(lines)
def test_figures_apart_as_before(text):
    assert aligned._figures_apart([Cell(3, 3 + len(text), text)]) == _figures_apart_before(
        [Cell(3, 3 + len(text), text)])


@settings(max_examples=3000)
@given(lines)
def test_a_line_may_part_where_it_parts(text):
    text = text.strip()
    may_part = text[:1] in aligned._FIGURE_STARTS or "," in text or "." in text  # `AlignedRows`' test
    assert ("  " in text or may_part and len(aligned._figures_apart([Cell(0, 0, text)])) > 1) == (
        "  " in text or len(_figures_apart_before([Cell(0, 0, text)])) > 1)


@settings(max_examples=3000)
@given(st.lists(lines, min_size=1, max_size=4), st.lists(st.integers(2, 4), min_size=3, max_size=3))
def test_split_cells_as_before(parts, gaps):
    line = "".join(part + " " * gap for part, gap in zip(parts, gaps + [0], strict=False)).rstrip()
    before = aligned._figures_apart(_cells_before_labels(line))
    if aligned._LABEL_THEN_LABEL_RE.search(line):
        before = aligned._labels_apart(before)
    assert aligned.split_cells(line) == before


def _cells_before_labels(line):
    """`split_cells` up to labels one blank apart: as it is with no label run after a lettered one to part."""
    cells = [Cell(m.start(), m.end(), m.group().replace("\x00", "")) for m in aligned._GAP_RE.finditer(
        aligned.widened(line))]
    lone = any(len(cell.text) == 1 and aligned._is_syllable(cell.text) for cell in cells[1:])
    return aligned._letters_joined(cells, aligned._two_blanks_apart(cells)) \
        if lone and aligned._SPACED_LETTERS_RE.search(line) else cells


def test_lettered_labels_still_parted():
    assert [cell.text for cell in aligned.split_cells("구 분  집 행 액 (B) 집행률(%)")] == [
        "구 분", "집 행 액 (B)", "집행률(%)"]
    assert [cell.text for cell in aligned.split_cells("합계  1,500,000650,000")] == ["합계", "1,500,000", "650,000"]
    assert [cell.text for cell in aligned.split_cells("412,500 176,45042.8")] == ["412,500", "176,450", "42.8"]


@settings(max_examples=3000)
@given(st.lists(st.one_of(indented_lines, st.builds(lambda b, n, t: " " * b + f"- {n} -" + t,
                                                     st.integers(8, 14), st.integers(1, 300), lines)), max_size=5))
def test_run_on_page_numbers_as_before(texts):
    before, starts = list(texts), []
    for n, line in enumerate(before):
        if line[-1:] != "\f" and (number := read_text._PAGE_NUMBER_RUN_ON_RE.match(line)):
            before[n] = line[number.end():]
            starts.append(n)
    after = list(texts)
    assert read_text._page_numbers_run_into_pages(after) == starts
    assert after == before


@settings(max_examples=2000)
@given(st.lists(st.builds(lambda blanks, mark, text: " " * blanks + mark + text, st.integers(0, 10),
                          st.sampled_from(["", "◦ ", "- ", "○ ", "1. "]),
                          st.text(alphabet="가나다 :：12", max_size=16)), max_size=8))
def test_lost_marks_as_before(lines):
    assert read_text._lost_marks_restored(lines) == _lost_marks_restored_before(lines)


def _lost_marks_restored_before(lines):
    """9a71e75's `_lost_marks_restored`, every line asked `_FIELD_LINE_RE`."""
    rt, out, lost = read_text, list(lines), set()

    def indent(line):
        return len(line) - len(line.lstrip(" "))

    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if not line.strip() or lost and indent(line) < min(lost) - rt._LOST_MARK_OFF:
            lost.clear()
        stripped = line.lstrip(" ")
        if (not above.strip() or not stripped or not rt._FIELD_LINE_RE.match(line) or rt._own_mark(stripped)
                or rt._BULLET_RE.match(stripped) or rt._broken_off(above)):
            continue
        bullet = rt._BULLET_RE.match(above.lstrip(" "))
        marked = bullet is not None or rt._own_mark(above.lstrip(" ")) is not None
        if not (marked or rt.is_plain(above)):
            continue
        text_start = indent(above) + (bullet.start(2) if bullet else 2 if marked else 0)
        if 0 < indent(line) - text_start <= rt._LOST_MARK_INDENT and (marked or rt._FIELD_LINE_RE.match(above)):
            if not marked and not out[k - 1].lstrip(" ").startswith(rt.LOST_MARK):
                out[k - 1] = rt._lost_mark_put(above, indent(above))
                lost.add(indent(above))
            at = indent(line)
        elif (at := min(lost, key=lambda level: abs(level - indent(line)), default=None)) is None or abs(
                at - indent(line)) > rt._LOST_MARK_OFF:
            continue
        out[k] = rt._lost_mark_put(line, at)
        lost.add(at)
    return out
