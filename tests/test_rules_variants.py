"""The three kinds of dash rule (`pipeline.rules`): which lines each takes, and where they differ."""

from __future__ import annotations

import pytest

from pipeline.rules import dash_runs, is_column_dashes, is_multiline_border, is_table_rule, is_thematic_break

# line (without its blanks): thematic break, plain-text table rule, multiline border, multiline column dashes
KINDS = [
    ("---", True, True, False, False),
    ("----------", True, True, True, False),
    ("***", True, False, False, False),
    ("___", True, False, False, False),
    ("===", True, False, False, False),
    ("--", False, True, False, False),  # too short for a thematic break
    ("-------- ----- -----", False, True, False, True),
    ("- --", False, False, False, True),  # a one-dash column: the multiline separator only
    ("- -", False, False, False, True),
    ("-", False, False, False, False),
    ("- 항목", False, False, False, False),
    ("--- 제목", False, False, False, False),
]


@pytest.mark.parametrize(("line", "thematic", "rule", "border", "columns"), KINDS)
def test_each_kind_takes_its_own_lines(line, thematic, rule, border, columns):
    assert is_thematic_break(line) is thematic
    assert is_table_rule(line) is rule
    assert is_multiline_border(line) is border
    assert is_column_dashes(line) is columns


def test_table_rule_keeps_its_indentation_and_tabs():
    assert is_table_rule("   ------  ----   ")
    assert is_table_rule("----\t----")
    assert not is_column_dashes("----\t----")


def test_dash_runs_are_where_columns_start():
    assert dash_runs("  -----  ---- -") == [2, 9, 14]
