"""Two space-aligned tables parted by a single blank line alone (`pdftotext -layout`): the second prints a header of
its own (`구 분` first, no figure) over rows whose columns do not line up with the first's, and it is a table of its
own; rows that go on in the same columns after a blank line (grouped rows, a header printed again) stay one table."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from tests.test_aligned_gaps2 import read_body, staffing_of

GRADES = ("계", "5급", "6급", "7급", "8급", "9급")
BY_GRADE = [(status, "계", grade, count) for status, counts in (("정원", (24, 1, 6, 8, 6, 3)),
                                                                 ("현원", (23, 1, 6, 7, 6, 3)))
            for grade, count in zip(GRADES, counts, strict=True)]
STAFF_TABLE = """\
2 인 력
 구 분      계    5급   6급   7급   8급   9급
 정 원      24     1     6     8     6     3
 현 원      23     1     6     7     6     3

"""
# in display columns: the second table's figures set right in cells wider than their labels, under none of the
# first's columns (`6` between `계` and `5급`)
SET_RIGHT = STAFF_TABLE + """\
 구 분      정 원     현 원
 공무직           6         6
"""
# its header parted from its row by a blank line too, as `pdftotext -layout` prints tall rows
TALL_HEADER = STAFF_TABLE + """\
 구 분        정 원      현 원

 공무직         6          6
"""
# in characters, as `pdftotext -layout` prints them (each syllable one column), a 과부족 row of dashes too
BY_CHARACTERS = """\
2 인 력
  구 분        계    5급    6급    7급    8급    9급
  정 원       24     1     6     8     6     3
  현 원       23     1     6     7     6     3
  과부족       △1     -     -    △1     -     -

  구 분       정 원       현 원
  공무직              6         6
"""


@pytest.mark.parametrize("body", [SET_RIGHT, TALL_HEADER, BY_CHARACTERS], ids=["set-right", "tall", "characters"])
def test_a_table_of_its_own_header_whose_columns_do_not_line_up_is_a_table_of_its_own(body):
    """Before, the second table's header and its row were rows of the first (`구 분 | 정 원 | | 현 원 | …`), the
    staffing table kept as a generic one too and 공무직's 6 and 6 lost."""
    tables, report = read_body(body)
    assert [table.rows[0] for table in tables] == [("구 분", *GRADES), ("구 분", "정 원", "현 원")]
    assert tables[0].rows[1:3] == (("정 원", "24", "1", "6", "8", "6", "3"), ("현 원", "23", "1", "6", "7", "6", "3"))
    assert tables[1].rows[1:] == (("공무직", "6", "6"),)
    assert staffing_of(report)[:12] == BY_GRADE
    assert staffing_of(report)[-2:] == [("정원", "공무직", "계", 6), ("현원", "공무직", "계", 6)]
    assert report.tables == []
    assert run_checks(report) == []


def test_two_tables_of_tall_rows_are_two_tables():
    """Rows parted by blank lines in both, the second's labels over its figures but its figures under none of the
    first's columns: its two rows stay its own."""
    tables, report = read_body("""\
2 인 력
 구 분      계    5급   6급   7급   8급   9급
 정 원      24     1     6     8     6     3

 현 원      23     1     6     7     6     3

 구 분        정 원      현 원

 공무직         6          6

 기간제         2          2
""")
    assert [len(table.rows) for table in tables] == [3, 3]
    assert tables[1].rows == (("구 분", "정 원", "현 원"), ("공무직", "6", "6"), ("기간제", "2", "2"))
    assert staffing_of(report) == [*BY_GRADE, ("정원", "공무직", "계", 6), ("현원", "공무직", "계", 6),
                                 ("정원", "기간제", "계", 2), ("현원", "기간제", "계", 2)]
    assert run_checks(report) == []


def test_a_header_over_two_of_the_first_tables_columns_starts_a_table_of_its_own():
    """`공무직 정원` stands over `계` and `5급` both: no column of the first."""
    tables, _report = read_body(STAFF_TABLE + """\
 구 분      공무직 정원       공무직 현원
 공무직                6                6
""")
    assert [table.rows[0] for table in tables] == [("구 분", *GRADES), ("구 분", "공무직 정원", "공무직 현원")]
    assert tables[1].rows[1:] == (("공무직", "6", "6"),)


def test_a_header_over_its_figures_below_a_blank_line_starts_a_table_of_its_own():
    """`정원  현원` over `6  6`, a blank line between, their columns under the first's `계` and `5급`: before, rows of
    the first table and 공무직 lost."""
    tables, report = read_body(STAFF_TABLE + """\
 구 분      정원  현원

 공무직      6     6
""")
    assert [table.rows for table in tables[1:]] == [(("구 분", "정원", "현원"), ("공무직", "6", "6"))]
    assert staffing_of(report) == [*BY_GRADE, ("정원", "공무직", "계", 6), ("현원", "공무직", "계", 6)]
    assert run_checks(report) == []


KEPT = {
    "rows grouped by blank lines": """\
2 인 력
 구 분      계    5급   6급   7급   8급   9급
 정 원      24     1     6     8     6     3

 현 원      23     1     6     7     6     3

 과부족     △1     -     -    △1     -     -
""",
    "header printed again": STAFF_TABLE.replace(" 현 원      23     1     6     7     6     3\n\n", "\n") + """\
 구 분      계    5급   6급   7급   8급   9급
 현 원      23     1     6     7     6     3
""",
    "header printed again over a page break": STAFF_TABLE.replace(" 현 원      23     1     6     7     6     3\n\n",
                                                                  "\f\n") + """\
 구 분      계    5급   6급   7급   8급   9급
 현 원      23     1     6     7     6     3
""",
}


@pytest.mark.parametrize("body", KEPT.values(), ids=KEPT.keys())
def test_rows_going_on_in_the_same_columns_after_a_blank_line_stay_one_table(body):
    tables, report = read_body(body)
    assert len(tables) == 1
    assert tables[0].rows[:3] == (("구 분", *GRADES), ("정 원", "24", "1", "6", "8", "6", "3"),
                                  ("현 원", "23", "1", "6", "7", "6", "3"))
    assert staffing_of(report)[:12] == BY_GRADE
    assert run_checks(report) == []


@settings(max_examples=30, deadline=None)
@given(widths=st.lists(st.integers(min_value=4, max_value=9), min_size=6, max_size=6),
       grouped=st.lists(st.booleans(), min_size=2, max_size=2))
def test_rows_at_any_spacing_going_on_after_blank_lines_stay_one_table(widths, grouped):
    """Each column `widths` wide, figures set right under labels set right, rows parted by blank lines or not."""
    def line(label: str, cells: tuple[str, ...]) -> str:
        return " " + label + "".join(cell.rjust(width) for cell, width in zip(cells, widths, strict=True)) + "\n"

    rows = [("정 원", ("24", "1", "6", "8", "6", "3")), ("현 원", ("23", "1", "6", "7", "6", "3")),
            ("과부족", ("△1", "-", "-", "△1", "-", "-"))]
    body = "2 인 력\n" + line("구 분", GRADES) + line(*rows[0]) + "".join(
        "\n" * blank + line(*row) for blank, row in zip(grouped, rows[1:], strict=True))
    tables, report = read_body(body)
    assert [table.rows for table in tables] == [(("구 분", *GRADES), *((label, *cells) for label, cells in rows))]
    assert run_checks(report) == []
