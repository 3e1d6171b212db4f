"""perf93: a contents entry's leaders alone on a line found by a search opening with a newline; what is read stays."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cell_lines import _CONTENTS_STARTS, START_LABELS, _short_word_lines, _start_lines
from pipeline.read import read_document
from pipeline.read_text import _LEADERS_ALONE_RE, _LEADERS_LINE_RE

# the pattern as hunt93 wrote it, tried at every line's start (`(?m)^`): what the faster ones must find alike
_LEADERS_AT_LINE_STARTS = re.compile(r"(?m)^[ \t]*(?:[.·…ㆍ][ \t]*){3,}\d{1,3}[ \t]*$")


def _paragraphs(text: str) -> list[str]:
    return [block.text for block in read_document("report.txt", text.encode()).blocks]


def test_a_contents_entrys_leaders_alone_are_joined_to_its_title_anywhere_in_the_text():
    assert _paragraphs("보고 순서\nⅠ. 일반 현황\n \tㆍ ㆍ ㆍ 1\nⅡ. 주요업무 추진실적\n……… 4 ") == [
        "보고 순서", "Ⅰ. 일반 현황 · · · 1", "Ⅱ. 주요업무 추진실적 ……… 4"]


def test_leaders_not_alone_on_their_line_are_left_as_printed():
    assert _paragraphs("보고 순서\nⅠ. 일반 현황\n가 ㆍ ㆍ ㆍ 1\n") == ["보고 순서", "Ⅰ. 일반 현황", "가 · · · 1"]
    assert _LEADERS_LINE_RE.search("\nⅠ. 일반 현황 ㆍ ㆍ ㆍ 1\n..1\n. . . 1234") is None


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=" \t.·…ㆍ19٣가\n\r", max_size=16))
def test_the_leaders_are_found_where_they_were_at_every_lines_start(text):
    """Possessive runs (no blank is a leader or a figure, no leader a figure) and a newline put before the text
    find the lines `(?m)^` does."""
    assert bool(_LEADERS_LINE_RE.search("\n" + text)) == bool(_LEADERS_AT_LINE_STARTS.search(text))
    for line in text.split("\n"):
        assert bool(_LEADERS_ALONE_RE.fullmatch(line)) == bool(_LEADERS_AT_LINE_STARTS.match(line))


def test_the_lines_a_table_or_a_list_of_contents_may_start_on():
    lines = ["구 분", " 연번 ", "연 번", "순번", "계", "구분 예산액", "", "  직 렬 별"]
    assert _start_lines(lines, _short_word_lines(lines)) == [0, 1, 3, 4, 7]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=" 연순번구분계세목\t", max_size=6), max_size=8))
def test_one_look_up_tells_the_start_lines_as_two_did(lines):
    """A compacted label of either set first: a list of contents' label stripped again only where it is one."""
    assert _start_lines(lines, _short_word_lines(lines)) == [
        i for i, line in enumerate(lines) if line and len(line) <= 24 and (
            line.strip().replace(" ", "") in START_LABELS or line.strip() in _CONTENTS_STARTS)]
