"""perf102: `split_cells` asks a printable line's labels one blank apart (`_LABEL_THEN_LABEL_RE`) of each cell of
words one blank apart, not of the whole line: the same cells, its gaps not scanned."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import _LABEL_THEN_LABEL_RE, split_cells


def cells(line: str) -> list[tuple[int, int, str]]:
    return [(cell.start, cell.end, cell.text) for cell in split_cells(line)]


def test_letter_spaced_label_then_word_parted_in_its_cell():
    # pypdf's layout text narrows a column: `집 행 액 (B)` and `집행률(%)` one blank apart are two labels
    assert cells("  구 분   예 산 액 (A)  집 행 액 (B) 집행률(%)") == [
        (2, 7, "구 분"), (10, 22, "예 산 액 (A)"), (24, 36, "집 행 액 (B)"), (37, 46, "집행률(%)")]
    assert cells("  운 전 직 공무직    계") == [(2, 10, "운 전 직"), (11, 17, "공무직"), (21, 23, "계")]


def test_one_label_kept_whole():
    # a middle dot joins (`별 정 직 ㆍ 임 기 제`), a word of syllables one blank apart ends as one (`관 리 운 영 직`)
    assert cells("  별 정 직 ㆍ 임 기 제    관 리 운 영 직") == [
        (2, 22, "별 정 직 ㆍ 임 기 제"), (26, 40, "관 리 운 영 직")]
    assert cells("  정 원    43     1     7") == [(2, 7, "정 원"), (11, 13, "43"), (18, 19, "1"), (24, 25, "7")]


def test_line_with_a_tab_asked_whole():
    # not printable: its cells found by `_GAP_RE` over the widened line, the line asked as a whole
    assert cells("운 전 직 공무직\t계") == [(0, 8, "운 전 직"), (9, 15, "공무직"), (19, 21, "계")]


_SYLLABLES = st.sampled_from("가나다운전직계정원행집액률")
_WORDS = st.one_of(_SYLLABLES, st.text(_SYLLABLES, min_size=2, max_size=4), st.sampled_from(
    ["(B)", "(B/A)", "집행률(%)", "ㆍ", "1,500", "△2", "-", "12.5"]))


@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", " ", "  ", "   "])), min_size=1, max_size=9),
       st.sampled_from(["", " ", "  "]))
def test_no_cell_left_printing_two_labels(words, indent):
    """Every run of labels one blank apart the line prints is parted: no cell is left printing one (asked of the
    cells, each such run is found as where asked of the line)."""
    line = indent + "".join(word + gap for word, gap in words).rstrip()
    found = split_cells(line)
    assert all(_LABEL_THEN_LABEL_RE.search(cell.text) is None for cell in found)
