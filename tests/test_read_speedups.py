"""The read stage's shortcuts give what the patterns they stand in for give, on every line of the samples and the
real report and on lines made to hit their edges (blanks other than ' ', a space at a line's end, tabs, NULs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import patterns
from pipeline.aligned import _GAP_RE, _SPACED_LETTERS_RE, Cell, _letters_joined, display_width, split_cells, widened
from pipeline.read_text import decode
from pipeline.values import normalize_chars

ROOT = Path(__file__).resolve().parent.parent
_WIDE_RE = patterns.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]+")

EDGES = [
    "", " ", "  ", "   ", "a", " a", "  a", "a ", "a  ", "a   ", "a b", "a  b", "a   b", "a    b", "a     b ",
    "  대기질 개선     미세먼지 저감     1,500,000     560,000        37.3",
    "  구  분   정 원   현 원   과부족   비 고", "  계          26      25       △1", "가  나", " 가  나 ", "가  나다",
    "정  원  현  원", "a\u2003b", "a \u2003b", "가\u3000\u3000나", "a\tb", "\t\t- 본관", "가\x00나  다", "\x1c가  나",
    "a\x1f  b", "\ue000 항목  1,000", "全角  ＡＢＣ  ｱｲｳ", "①  ②", "本  館", "a\u00a0 b", "끝 ",
]


def _lines() -> list[str]:
    texts = [ROOT.parent / "shared" / "reports" / "2025-yeongdeungpo-chongmu.txt",
             *sorted((ROOT / "samples").glob("*.txt")), *sorted((ROOT / "samples").glob("*.md"))]
    lines = [line for path in texts if path.exists()
             for line in normalize_chars(decode(str(path), path.read_bytes())).split("\n")]
    return lines + EDGES


def _cells_by_pattern(line: str) -> list[Cell]:
    """`split_cells` as the patterns read it over the widened line."""
    wide = _WIDE_RE.sub(lambda run: "\x00".join(run.group()) + "\x00", line.replace("\x00", "").replace("\t", "    "))
    cells = [Cell(m.start(), m.end(), m.group().replace("\x00", "")) for m in _GAP_RE.finditer(wide)]
    return _letters_joined(cells, lambda a, b: b.start - a.end == 2) if _SPACED_LETTERS_RE.search(line) else cells


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _lines()


def test_split_cells_as_the_patterns_read_them(lines):
    assert len(lines) > 1000
    for line in lines:
        assert split_cells(line) == _cells_by_pattern(line), line


def test_display_width_is_the_widened_length(lines):
    for line in lines:
        for text in (line, line.strip(), *line.split()):
            assert display_width(text) == len(widened(text)), text
