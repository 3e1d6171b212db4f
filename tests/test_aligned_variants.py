"""Space-aligned tables as `pdftotext -layout` prints PDFs laid out in other ways than the converter grid: header
cells left-aligned over right-aligned figures, and two tables parted by a blank line alone."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 총무과\n\n"
STAFFING_PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n"


def _read(part: str, text: str):
    document = read_text("t.txt", (COVER + part + text + "\n").encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


def _counts(report, status: str) -> list[tuple[str, str, int]]:
    return [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == status]


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


# header cells left-aligned, figures right-aligned: the class label wider than its grades widened its last column,
# so that column's grade label stands at its left, over none of its figures and nearer those of the column before
ONE_GRADE_WIDENED = """\
  구 분    계    일반직                     관리운영직
                 소계   5급   6급   7급     7급
  정 원    20      15     3     5     7              5
  현 원    19      14     3     5     6              5
  과부족   △1      △1     -     -    △1              -"""
TWO_GRADES_WIDENED = """\
  구 분    계    일반직                     기능직 및 관리운영직
                 소계   5급   6급   7급     소계   8급
  정 원    20      15     3     5     7        5             5
  현 원    19      14     3     5     6        5             5
  과부족   △1      △1     -     -    △1        -             -"""
BESIDE_A_CLASS_MERGED_DOWN = """\
  구 분    계    공무직   기간제 및 청원경찰
                          소계          기간제
  정 원    20        15             5        5
  현 원    19        14             5        5
  과부족   △1        △1             -        -"""


@pytest.mark.parametrize(("text", "header", "counts"), [
    (ONE_GRADE_WIDENED, (("구 분", "계", "일반직", "", "", "", "관리운영직"),
                         ("", "", "소계", "5급", "6급", "7급", "7급")),
     [("관리운영직", "7급", 5)]),
    (TWO_GRADES_WIDENED, (("구 분", "계", "일반직", "", "", "", "기능직 및 관리운영직", ""),
                          ("", "", "소계", "5급", "6급", "7급", "소계", "8급")),
     [("기능직및관리운영직", "계", 5), ("기능직및관리운영직", "8급", 5)])], ids=["one-grade", "two-grades"])
def test_a_left_aligned_grade_label_over_none_of_its_figures_heads_their_column(text, header, counts):
    """`7급` under `관리운영직` (and `8급` under the wider group) starts where its cell starts, at the left of a
    column the group label widened: it stands nearer the figures of the column before (일반직's 7급, 관리운영직's
    소계) than its own. Read by the nearer column, it went there (`7급 7급`, `소계 8급`) and its own column's
    figures lost their grade: 관리운영직 took 일반직's 6급 and 7급 (sum.staffing errors), or 8급's 5 went unread."""
    (table,), report = _read(STAFFING_PART, text)
    assert table.rows[:2] == header
    assert _counts(report, "정원") == [("계", "계", 20), ("일반직", "계", 15), ("일반직", "5급", 3),
                                       ("일반직", "6급", 5), ("일반직", "7급", 7), *counts]
    assert _counts(report, "현원")[-len(counts):] == counts
    assert _findings(report) == []


def test_a_left_aligned_grade_label_right_of_a_class_merged_down_heads_its_own_column():
    """`소계` starts its cell under `기간제 및 청원경찰`, nearer the `15` of `공무직` (merged down the header, no
    grade under it) than its own `5`: read by the nearer column, it made 공무직's 15 a 소계 and 기간제 및
    청원경찰's 5 went unread, with no finding to show it."""
    (table,), report = _read(STAFFING_PART, BESIDE_A_CLASS_MERGED_DOWN)
    assert table.rows[:2] == (("구 분", "계", "공무직", "기간제 및 청원경찰", ""), ("", "", "", "소계", "기간제"))
    assert _counts(report, "정원") == [("계", "계", 20), ("공무직", "계", 15), ("기간제및청원경찰", "계", 5),
                                       ("기간제및청원경찰", "기간제", 5)]
    assert _findings(report) == []


def _blocks(text: str):
    return read_text("t.txt", text.encode()).blocks


GRADES = "  구 분    계    5급   6급   7급\n  정 원    20      3     5    12\n  현 원    19      3     5    11\n"
GRADES_ROWS = (("구 분", "계", "5급", "6급", "7급"), ("정 원", "20", "3", "5", "12"), ("현 원", "19", "3", "5", "11"))


@pytest.mark.parametrize(("second", "rows"), [
    ("  구 분    계    가급  나급  다급\n  정 원     9      3     3     3\n  현 원     9      3     3     3\n",
     (("구 분", "계", "가급", "나급", "다급"), ("정 원", "9", "3", "3", "3"), ("현 원", "9", "3", "3", "3"))),
    ("  구 분      계    청소   경비\n  현 원       9      6      3\n  비 고       -      -      -\n",
     (("구 분", "계", "청소", "경비"), ("현 원", "9", "6", "3"), ("비 고", "-", "-", "-")))],
    ids=["columns-line-up", "fewer-columns"])
def test_two_tables_parted_by_a_blank_line_are_two_where_the_second_has_a_header_of_its_own(second, rows):
    """Below the figures of the first table, after one blank line, a row of labels over its columns of figures
    (`구 분 | 계 | 가급 …`) is the header of another table, not the next tall row: they were read as one table,
    the second's header a row of the first's body."""
    first, then = _blocks(GRADES + "\n" + second)
    assert first.rows == GRADES_ROWS
    assert then.rows == rows


def test_the_classes_of_a_second_staffing_table_below_a_blank_line_are_its_own():
    """공무직 by 직종 below the 공무원 table, one blank line apart and in its columns: read as one table, its
    header was a body row and its counts went to the first table's classes (일반직 정원 6, 관리운영직 정원 3)."""
    text = ("  구 분    계    일반직   관리운영직\n  정 원    20      15          5\n"
            "  현 원    19      14          5\n\n"
            "  구 분    계    청소      경비\n  정 원     9      6          3\n  현 원     8      6          2\n")
    (_first, second), report = _read(STAFFING_PART, text)
    assert second.rows[0] == ("구 분", "계", "청소", "경비")
    assert _counts(report, "정원") == [("계", "계", 20), ("일반직", "계", 15), ("관리운영직", "계", 5),
                                       ("계", "계", 9), ("청소", "계", 6), ("경비", "계", 3)]
    assert _counts(report, "현원")[3:] == [("계", "계", 8), ("청소", "계", 6), ("경비", "계", 2)]
    assert _findings(report) == []


def test_a_tall_row_whose_first_line_prints_no_figure_stays_in_its_table():
    """A tall row's line of labels below a blank line (`별 관 | 지하1층 ~ | 지하1층: 서고`, its figure on the line
    below) prints its cells in columns of text, over none of the figures below it: no header of another table."""
    text = ("  구 분        면적        규 모          비 고\n\n"
            "  본 관        7,622       지하3층 ~      1층: 민원실\n                           지상6층\n\n"
            "  별 관                    지하1층 ~      지하1층: 서고\n"
            "               5,549       지상6층        6층: 청소과\n\n"
            "  주차장       2,940       지상1층        자체 관리\n")
    (table,) = _blocks(text)
    assert table.rows == (("구 분", "면적", "규 모", "비 고"), ("본 관", "7,622", "지하3층 ~ 지상6층", "1층: 민원실"),
                          ("별 관", "5,549", "지하1층 ~ 지상6층", "지하1층: 서고 6층: 청소과"),
                          ("주차장", "2,940", "지상1층", "자체 관리"))
