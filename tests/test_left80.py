"""Leftovers of pass 80: a long run of Hangul on a cover read in linear time, ..."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import document_info
from pipeline import patterns

# the patterns as they were before `_RUN_START` gated their runs of Hangul: what they match must not change
_OLD_SESSION_RE = patterns.compile(document_info._SESSION_RE.pattern.replace(document_info._RUN_START, ""))
_OLD_COVER_PIECE_RE = patterns.compile(document_info._COVER_PIECE_RE.pattern.replace(document_info._RUN_START, ""))
# the letters the cover's pieces are made of, and a few others, digits, blanks and dots
_COVER_LETTERS = st.text(alphabet=list("의회위원제정례임시차가구서해년도업무보고계획순목권월 1230.\n"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=_COVER_LETTERS)
def test_cover_pieces_match_as_before_the_run_start_gate(text):
    assert [m.span() for m in document_info._COVER_PIECE_RE.finditer(text)] == \
        [m.span() for m in _OLD_COVER_PIECE_RE.finditer(text)]
    assert document_info._COVER_PIECE_RE.sub("\n", text) == _OLD_COVER_PIECE_RE.sub("\n", text)
    new, old = document_info._SESSION_RE.search(text), _OLD_SESSION_RE.search(text)
    assert (new and (new.span(), new.groups())) == (old and (old.span(), old.groups()))


def test_council_after_an_attached_session_is_still_a_cover_piece():
    assert document_info._lines_of("서해구의회제305회정례회 총무과") == [" 총무과"]
    assert document_info._lines_of("정례회서해구의회 총무과") == [" 총무과"]
    assert document_info._SESSION_RE.search("서해구의회제305회정례회").groups() == ("서해구의회", "제305회", "정례회")


def test_a_run_of_50000_syllables_on_a_cover_is_read():
    run = "".join(chr(0xAC00 + (k * 7919) % 11172) for k in range(50_000))
    assert document_info._lines_of(run) == [run]
    assert document_info._lines_of(f"제1차 정례회{run}위원회 총무과") == [" 총무과"]
    assert document_info._SESSION_RE.search(run) is None
