"""Space-aligned rows set off by indentation alone under a row (`공 영` over `노 상` and `노 외` indented two
columns or more, as `pdftotext -layout` prints a word processor's indented cells): the reader marks them as the
row's parts (`↳ 노 상`), so sum.table counts them once, through the row they break down, as it does rows printed
with a mark (`- 노상`). Before, they read as that row's siblings, parts of the 계, whose sum then failed."""

import pytest

from tests.test_generic_variants import read, summary

# 주차장 현황 of a -layout rendering: labels flush left in their cell, the parts indented by a syllable or two
PARKING = """□ 주차장 현황

  구 분        개소      면수
  계             80     5,000
  공 영          50     3,000
{indent}노 상        30     1,000
{indent}노 외        20     2,000
  민 영          30     2,000
"""


def parking(indent: str = "    ", **replaced: str) -> str:
    text = PARKING.format(indent=indent)
    for old, new in replaced.items():
        text = text.replace(old.replace("_", " "), new)
    return text


@pytest.mark.parametrize("indent", ["    ", "     ", "      "], ids=["two", "three", "four"])
def test_rows_indented_under_a_row_are_its_parts(indent):
    (table,) = read(parking(indent)).tables
    assert [row[0] for row in table.rows] == ["구 분", "계", "공 영", "↳ 노 상", "↳ 노 외", "민 영"]
    assert table.rows[3:5] == [["↳ 노 상", "30", "1,000"], ["↳ 노 외", "20", "2,000"]]
    # before: [('sum.table', '계', '개소', '130', '80'), ('sum.table', '계', '면수', '8,000', '5,000')]
    assert summary(parking(indent)) == []


def test_a_wrong_figure_among_indented_parts_is_found_against_the_row_they_break_down():
    planted = parking(**{"1,000": "1,100"})
    assert summary(planted) == [("sum.table", "공 영", "면수", "3,100", "3,000")]
    # a wrong figure of the row broken down: found on its own row, the 계 right of it
    assert summary(parking(**{"3,000": "3,100"})) == [("sum.table", "공 영", "면수", "3,000", "3,100")]


def test_indented_rows_of_which_ask_no_sum():
    # `그중` rows listing some of 공영 alone: parts, no full breakdown, so no sum asked of them and none of the 계
    of_which = parking(**{"노 상        30     1,000": "유 료        10       300",
                          "노 외        20     2,000": "무 료         5       200"})
    assert [row[0] for row in read(of_which).tables[0].rows][3:5] == ["↳ 유 료", "↳ 무 료"]
    assert summary(of_which) == []


def test_one_indented_row_and_parts_of_two_levels():
    one = parking(**{"    노 외        20     2,000\n": ""}).replace("30     1,000", "50     3,000")
    assert [row[0] for row in read(one).tables[0].rows] == ["구 분", "계", "공 영", "↳ 노 상", "민 영"]
    assert summary(one) == []
    # the parts of 민 영 too, each run under its own row
    both = parking() + "    위 탁        10       500\n    직 영        20     1,500\n  기 타           -         -\n"
    assert [row[0] for row in read(both).tables[0].rows] == [
        "구 분", "계", "공 영", "↳ 노 상", "↳ 노 외", "민 영", "↳ 위 탁", "↳ 직 영", "기 타"]
    assert summary(both) == []


@pytest.mark.parametrize("text", [
    # no row at the outer level below them: the indentation is not told from a table laid out so
    PARKING.format(indent="    ").replace("  민 영          30     2,000\n", ""),
    # one column of indentation: a label set off by a space, not a part
    PARKING.format(indent="   "),
    # a shorter label centred in its cell stands right of a longer one: no indentation
    PARKING.format(indent="  ").replace("  노 상 ", "   노상 ").replace("  노 외 ", "   노외 "),
    # figures that cannot be parts of the row above (more than it in both columns): siblings, as printed
    PARKING.format(indent="    ").replace("50     3,000", " 5       300"),
], ids=["none-below", "one-column", "centred", "more-than-the-row"])
def test_rows_not_clearly_indented_are_kept_as_printed(text):
    labels = [row[0] for row in read(text).tables[0].rows]
    assert not any(label.startswith("↳") for label in labels)
