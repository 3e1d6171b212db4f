"""Two space-aligned tables parted by a blank line, the second's header parted from its rows by a blank line too and
standing over none of their figures: its labels centred in their cells over figures set right (`pdftotext -layout`
of a PDF's tall rows). Before, the tables were parted but the second was left as text (its header a paragraph, and a
row alone too: the 공무직's staffing lost); now it is a table with its header."""

import pytest

from checks import run_checks
from tests.test_aligned_gaps2 import read_body, staffing_of
from tests.test_aligned_tables_apart import BY_GRADE, GRADES, STAFF_TABLE

# as `pdftotext -layout` prints it, in characters (each syllable one column)
IN_CHARACTERS = """\
2 인 력
  구 분        계    5급    6급    7급    8급    9급
  정 원       24     1     6     8     6     3
  현 원       23     1     6     7     6     3

"""
SECOND = {
    # in display columns: `6` right of `정 원`'s end, `현 원` over the blank before the next `6`
    "display-columns": STAFF_TABLE + """\
 구 분       정 원     현 원

 공무직           6         6
""",
    "characters": IN_CHARACTERS + """\
  구 분        정 원        현 원

  공무직            6            6
""",
    "tall rows": IN_CHARACTERS + """\
  구 분        정 원        현 원

  공무직            6            6

  기간제            2            2
""",
    "indented header": STAFF_TABLE + """\
   구 분         정 원         현 원

 공무직                6             6
 기간제                2             2
""",
}


@pytest.mark.parametrize("body", SECOND.values(), ids=SECOND.keys())
def test_a_header_over_none_of_its_figures_set_right_below_a_blank_line_heads_its_table(body):
    tables, report = read_body(body)
    assert [table.rows[0] for table in tables] == [("구 분", *GRADES), ("구 분", "정 원", "현 원")]
    rows = (("공무직", "6", "6"), ("기간제", "2", "2"))
    assert tables[1].rows[1:] == rows[:len(tables[1].rows) - 1]
    assert staffing_of(report)[:12] == BY_GRADE
    assert staffing_of(report)[12:14] == [("정원", "공무직", "계", 6), ("현원", "공무직", "계", 6)]
    assert run_checks(report) == []


def test_a_note_column_the_row_leaves_blank():
    tables, _report = read_body(STAFF_TABLE + """\
 구 분          정 원         현 원         비 고

 공무직              6             6
""")
    assert tables[1].rows == (("구 분", "정 원", "현 원", "비 고"), ("공무직", "6", "6", ""))


def test_figures_not_set_right_under_their_labels_leave_the_header_apart():
    # a figure left of its label's centre: not set right in the label's cell (the header a paragraph, as before)
    tables, _report = read_body(STAFF_TABLE + " 구 분          정 원         현 원\n\n 공무직        6            6\n")
    assert [table.rows[0] for table in tables][1:] != [("구 분", "정 원", "현 원")]


# rendered by `pdftotext -layout` (poppler 22.12) from a PDF drawn with reportlab in HYSMyeongJo-Medium at 10pt: the
# second table's cells 80pt wide, its labels centred, its figures set right, its rows 26pt apart
PDFTOTEXT = """\
2. 인 력

   구분    계        5급       6급        7급       8급   9급
   정원    24        1        6         8        6    3
   현원    23        1        6         7        6    3


   구분        정원                 현원

  공무직                  6                  6

  기간제                  2                  2
"""


def test_a_pdftotext_rendering():
    tables, report = read_body(PDFTOTEXT)
    # before: the second table's header a paragraph, its rows a table with no header, no staffing of their own
    assert tables[1].rows == (("구분", "정원", "현원"), ("공무직", "6", "6"), ("기간제", "2", "2"))
    assert staffing_of(report)[12:] == [("정원", "공무직", "계", 6), ("현원", "공무직", "계", 6),
                                        ("정원", "기간제", "계", 2), ("현원", "기간제", "계", 2)]
    assert run_checks(report) == []
