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
    # a group's row labels in a column of their own: `노 외` stands right of `공 영` in the next column, no part of it
    """□ 주차장 현황

  구 분        세 부        개소      면수
  계                          80     5,000
  공 영        노 상          30     1,000
               노 외          20     2,000
  민 영        위 탁          30     2,000
""",
], ids=["none-below", "one-column", "centred", "more-than-the-row", "group-labels"])
def test_rows_not_clearly_indented_are_kept_as_printed(text):
    (table,) = read(text).tables
    assert not any(cell.startswith("↳") for row in table.rows for cell in row)


# rendered by `pdftotext -layout` (poppler 22.12) from a PDF drawn with reportlab in HYSMyeongJo-Medium at 10pt, the
# labels left at 70pt, the parts at 85pt (a syllable and a half in): each glyph a column, the parts past the end of
# the labels above them, so that they make a column of their own
PDFTOTEXT = """\
□ 주차장 현황


     구분    개소       면수
 계          80      5,000
 공영         50      3,000
     노상     30      1,000
     노외     20      2,000
 민영         30      2,000
     위탁     10       500
     직영     20      1,500
 기타             -        -
"""
# the parts at 80pt, a syllable in: one column right of the labels above, no clear indentation
PDFTOTEXT_ONE_COLUMN = """\
□ 주차장 현황


     구분    개소       면수
 계          80      5,000
 공영         50      3,000
  노상        30      1,000
  노외        20      2,000
 민영         30      2,000
  위탁        10       500
  직영        20      1,500
 기타             -        -
"""


# its rows 24pt apart: `pdftotext -layout` parts them by a blank line, as it prints tall rows
PDFTOTEXT_TALL_ROWS = PDFTOTEXT.replace("\n", "\n\n").replace("\n\n\n\n", "\n\n\n").rstrip("\n") + "\n"


@pytest.mark.parametrize("text", [PDFTOTEXT, PDFTOTEXT_TALL_ROWS], ids=["rows", "tall-rows"])
def test_parts_pdftotext_indents_into_a_column_of_their_own_are_put_back_among_the_labels(text):
    (table,) = read(text).tables
    # before: ['', '구분', '개소', '면수'], ['공영', '', '50', '3,000'], ['', '노상', '30', '1,000'] …, and the 계 read
    # as 160 and 10,000
    assert table.rows == [["구분", "개소", "면수"], ["계", "80", "5,000"], ["공영", "50", "3,000"],
                          ["↳ 노상", "30", "1,000"], ["↳ 노외", "20", "2,000"], ["민영", "30", "2,000"],
                          ["↳ 위탁", "10", "500"], ["↳ 직영", "20", "1,500"], ["기타", "-", "-"]]
    assert summary(text) == []
    assert summary(text.replace("20      1,500", "20      1,600")) == [
        ("sum.table", "민영", "면수", "2,100", "2,000")]


def test_parts_pdftotext_indents_by_one_column_are_kept_as_printed():
    assert [row[0] for row in read(PDFTOTEXT_ONE_COLUMN).tables[0].rows][3:5] == ["노상", "노외"]
    assert summary(PDFTOTEXT_ONE_COLUMN) == [("sum.table", "계", "개소", "160", "80"),
                                             ("sum.table", "계", "면수", "10,000", "5,000")]


# a 단위사업 table of a -layout rendering, each 세부사업 indented under its line
BUDGET = """제280회 해솔구의회 제1차 정례회

2025. 6. 10. ~ 6. 24.

2025년 주요업무 보고

총 무 과

1. 예산현황                                       (단위: 천원)

   구  분                    예산액        집행액      집행률(%)
   계                        300,000       150,000       50.0
   청사 관리                 200,000       100,000       50.0
      청사 유지보수          120,000        60,000       50.0
      청사 청소 용역          80,000        40,000       50.0
   인사 운영                 100,000        50,000       50.0
      교육 훈련               60,000        30,000       50.0
      복리 후생               40,000        {executed}       50.0
   기타 운영                       -             -          -
"""


def budget_read(executed: str = "20,000"):
    from checks import run_checks
    from extractors import extract_report
    from pipeline.read_text import read_text

    report = extract_report(read_text("b.txt", BUDGET.format(executed=executed).encode()))
    return report, [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


def test_budget_lines_indented_under_a_line_are_its_lines_named_without_the_mark():
    """Before, `↳ 청사 유지보수`, no parent, and the 계 found twice its lines' sum (300,000 against 600,000)."""
    report, findings = budget_read()
    assert [(line.name, line.parent, line.budget_krw) for line in report.budget] == [
        ("계", None, 300_000_000), ("청사 관리", None, 200_000_000), ("청사 유지보수", "청사 관리", 120_000_000),
        ("청사 청소 용역", "청사 관리", 80_000_000), ("인사 운영", None, 100_000_000),
        ("교육 훈련", "인사 운영", 60_000_000), ("복리 후생", "인사 운영", 40_000_000), ("기타 운영", None, 0)]
    assert findings == []


def test_a_wrong_indented_budget_line_is_found_against_its_line():
    """복리 후생's 집행액 printed 15,000 (its rate 50.0 says 20,000): its line's 50,000 is no longer its lines' sum,
    and the figure that 50,000 makes it, 20,000, puts its rate right too: one finding, on the cell (before, the
    group line's 집행액 and the rate)."""
    _report, findings = budget_read(executed="15,000")
    assert findings == [("sum.budget", "복리 후생", "집행액", "20,000천원", "15,000천원")]
