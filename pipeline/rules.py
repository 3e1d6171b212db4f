"""Lines of dashes and other rule characters alone, as converters print them: which line is which rule.

The rules drawn inside a table's own markup are not here: a pipe table's `| --- | :-: |` and a grid table's
`+----+----+` are told by the reader of that markup (`read_text._is_pipe_rule`, `markup_tables.is_grid_border`),
as its cells and `+` corners are, and no line of rule characters alone is either.

Three kinds, each taken by its own reader. They differ on purpose: a line of dashes alone (`-----`) is both a
thematic break and a table's rule, and which it is depends on where it stands, so each reader asks only about
its own kind, in the order `read_text.parse_lines` tries them.
- A markdown thematic break (`-----`, `***`, `___`) or setext underline (`=====`): one run of three or more of
  one character. It parts paragraphs and prints nothing (`read_text`).
- A rule of pandoc's plain-text tables (`-------- ----- -----`): runs of two dashes or more apart by blanks, a
  run a column, under the header; or one run across, above and below the table. It belongs to the
  space-aligned table next to it (`aligned`). A lone dash is no run: `- -` is a bullet.
- The rules of a pandoc multiline table (`markup_tables`): its borders, one run of ten dashes or more across
  the table; and the line under its header, two runs of dashes or more apart by spaces, a run a column however
  narrow, which tells it from the borders around it. (`read_text` tries a multiline table from any line whose
  first ten characters are dashes, and its end only at a border.)
"""

from __future__ import annotations

from pipeline import patterns

# what a thematic break and a table's rule start with (after any blanks): a line that starts otherwise is none,
# told without the patterns where every line is asked (a bullet's `- ` is no rule of either kind)
THEMATIC_BREAK_STARTS = ("---", "***", "___", "===")
TABLE_RULE_START = "--"
_THEMATIC_BREAK_RE = patterns.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_TABLE_RULE_RE = patterns.compile(r"^\s*-{2,}(?:\s+-{2,})*\s*$")
_MULTILINE_BORDER_RE = patterns.compile(r"^\s*-{10,}\s*$")
_DASH_RUN_RE = patterns.compile(r"-+")


def is_thematic_break(stripped: str) -> bool:
    """`-----`, `***`, `___`, `===`: a markdown thematic break or setext underline (a line without its blanks)."""
    return _THEMATIC_BREAK_RE.match(stripped) is not None


def is_table_rule(line: str) -> bool:
    """`-------- ----- -----` or `------------`: a rule of pandoc's plain-text table."""
    return _TABLE_RULE_RE.match(line) is not None


def is_multiline_border(stripped: str) -> bool:
    """`--------------------`: the top or bottom border of a pandoc multiline table (a line without its blanks)."""
    return _MULTILINE_BORDER_RE.match(stripped) is not None


def is_column_dashes(stripped: str) -> bool:
    """`------ --- -----`: the line under a multiline table's header, a run of dashes a column (a line without
    its blanks)."""
    return stripped.startswith("-") and " -" in stripped and set(stripped) <= {"-", " "}


def dash_runs(line: str) -> list[int]:
    """Where each run of dashes starts in a line: under a header, where each column starts."""
    return [m.start() for m in _DASH_RUN_RE.finditer(line)]
