"""PyMuPDF's sorted text (`page.get_text(sort=True)`, 2.0) of a staffing table whose header of two lines (or three)
has classes merged down at the right, read as its text twin is (branch mupdf97). PyMuPDF sets each line off by its
own letters (tests/test_hunt96.py): the line of classes comes out narrower than the grades under it, so that a class
merged down at the right (`공무직`) stands over the last grades rather than beyond them, and `계` may reach over the
`소계` under its neighbour. Before, such a header was left a paragraph (the table read without it: a false `과부족`
shortfall named by no class, `sum.staffing` over columns read off) or its classes put over the wrong grades. Now
the labels merged down are told by count: those left of the grades, and as many at the right as the row of figures
has cells beyond them and the grades, the classes between them each over a run of the grades (`5급 … 7급 | 6급 …
9급`) or, where no grade repeats (`행정  세무  전산  운전  조리`), over those nearest it; in a header of three
lines, the total (`계`) and the labels left of it merged down at the left, the top line's classes over runs of the
middle line's series, and those over runs of the grades. The tables below are PyMuPDF's text of invented reports
drawn by scripts/make_pdfs.py, each beside its text twin."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.aligned import Cell, _merged_down_counted
from pipeline.extract import extract_file
from pipeline.records import records_data
from schemas.report import Report

REPORTS = Path(__file__).parent / "department_reports"


def read(tmp_path, text: str, name: str) -> Report:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def staffing(found) -> list[dict]:
    return records_data(found, with_sources=False)["staffing"]


_AS_OF = " " * 104 + "(2024. 6. 30. 기준, 단위: 명)"  # at the right, as PyMuPDF sets it


def page(table: str) -> str:
    """A staffing table under its section, the date it stands at over it (a twin's on its first line)."""
    as_of = "" if "\t" in table else f"{_AS_OF}\n\n"
    return f""" Ⅰ. 일반현황

 1. 조 직 : 3팀

 2. 인 력

{as_of}{table}
 3. 예산현황
"""


# 도시계획과: `공무직` merged down at the right, PyMuPDF setting it over the `8급` under `지적직`
_CLASS_AT_THE_RIGHT = """\
                             구 분   계      행 정 직           시 설 직       지적직  공무직

                                               5급    6급  7급    6급    7급  8급  9급   8급

                             정 원    21    1        3     4     2        3     2     1     2       3

                             현 원    20    1        3     3     2        4     2   -    2       3

                             과부족  △1  -      -   △1  -        1   -   △1  -     -
"""
_CLASS_AT_THE_RIGHT_TWIN = """\
(2024. 6. 30. 기준, 단위: 명)

구 분\t계\t행 정 직\t\t\t시 설 직\t\t\t\t지적직\t공무직
\t\t5급\t6급\t7급\t6급\t7급\t8급\t9급\t8급\t
정 원\t21\t1\t3\t4\t2\t3\t2\t1\t2\t3
현 원\t20\t1\t3\t3\t2\t4\t2\t-\t2\t3
과부족\t△1\t-\t-\t△1\t-\t1\t-\t△1\t-\t-
"""

# 민원여권과: no grade repeated under `일 반 직  기 능 직`, three classes merged down at the right
_SERIES_AND_THREE_AT_THE_RIGHT = """\
                            구 분   계      일 반 직        기 능 직    별정직  시간선택제  청원경찰

                                     행정   세무  전산   운전   조리

                            정 원    24    10       4     2     2        1     1       2          2

                            현 원    23    9        4     2     2        1     1       1          3

                            과부족  △1  △1     -    -    -      -    -     △1        1
"""
_SERIES_AND_THREE_AT_THE_RIGHT_TWIN = """\
(2024. 6. 30. 기준, 단위: 명)

구 분\t계\t일 반 직\t\t\t기 능 직\t\t별정직\t시간선택제\t청원경찰
\t\t행정\t세무\t전산\t운전\t조리\t\t\t
정 원\t24\t10\t4\t2\t2\t1\t1\t2\t2
현 원\t23\t9\t4\t2\t2\t1\t1\t1\t3
과부족\t△1\t△1\t-\t-\t-\t-\t-\t△1\t1
"""

# 보건정책과: `계` reaching over the `소계` under `일반직`, `공무직  기간제` merged down at the right
_TOTAL_OVER_A_SUBTOTAL = """\
                                   구 분   계        일반직        공무직  기간제

                                           소계   5급  6급  7급이하

                                  정 원    30    18      1     5     12       8       4

                                  현 원    29    17      1     5     11       8       4

                                  과부족  △1  △1    -   -   △1     -     -
"""
_TOTAL_OVER_A_SUBTOTAL_TWIN = """\
(2024. 6. 30. 기준, 단위: 명)

구 분\t계\t일반직\t\t\t\t공무직\t기간제
\t\tsoge\t5급\t6급\t7급이하\t\t
정 원\t30\t18\t1\t5\t12\t8\t4
현 원\t29\t17\t1\t5\t11\t8\t4
과부족\t△1\t△1\t-\t-\t△1\t-\t-
""".replace("soge", "소계")

# 노인복지과: a header of three lines, `일 반 직` right after `계`, short of the `행 정  사회복지` it stands over
_THREE_LINES = """\
                                구 분   계  일 반 직                       공무직

                                             행 정          사회복지

                                                   5급    6급  7급    6급    7급  8ㆍ9급

                                정 원    19    1        3     4     2        3     4       2

                                현 원    18    1        3     3     2        4     3       2

                                과부족  △1  -      -   △1  -        1    △1    -
"""
_THREE_LINES_TWIN = """\
(2024. 6. 30. 기준, 단위: 명)

구 분\t계\t일 반 직\t\t\t\t\t\t공무직
\t\t행 정\t\t\t사회복지\t\t\t
\t\t5급\t6급\t7급\t6급\t7급\t8·9급\t
정 원\t19\t1\t3\t4\t2\t3\t4\t2
현 원\t18\t1\t3\t3\t2\t4\t3\t2
과부족\t△1\t-\t-\t△1\t-\t1\t△1\t-
"""

CASES = {"class at the right": (_CLASS_AT_THE_RIGHT, _CLASS_AT_THE_RIGHT_TWIN),
         "three lines": (_THREE_LINES, _THREE_LINES_TWIN),
         "series, three at the right": (_SERIES_AND_THREE_AT_THE_RIGHT, _SERIES_AND_THREE_AT_THE_RIGHT_TWIN),
         "total over a subtotal": (_TOTAL_OVER_A_SUBTOTAL, _TOTAL_OVER_A_SUBTOTAL_TWIN)}


@pytest.mark.parametrize("case", CASES)
def test_a_header_of_two_lines_with_classes_merged_down_at_the_right_reads_as_its_twin(tmp_path, case):
    table, twin = CASES[case]
    found = read(tmp_path, page(table), "2024-hanbit-test-pymupdf-sort.txt")
    assert staffing(found) == staffing(read(tmp_path, page(twin), "2024-hanbit-test.txt"))
    assert [f.rule for f in run_checks(found) if not f.rule.startswith("cover.")] == []  # a page, no cover


def test_the_class_merged_down_at_the_right_heads_its_own_column(tmp_path):
    found = read(tmp_path, page(_CLASS_AT_THE_RIGHT), "2024-hanbit-test-pymupdf-sort.txt")
    by = {(s.status, s.job_class, s.grade): s.headcount for s in found.staffing}
    assert [by[("정원", "공무직", "계")], by[("현원", "공무직", "계")]] == [3, 3]
    assert [by[("정원", "지적", "8급")], by[("정원", "시설", "9급")], by[("현원", "시설", "9급")]] == [2, 1, 0]
    assert by[("과부족", "행정", "7급")] == -1


def test_classes_over_grades_none_repeats_go_over_those_nearest_them(tmp_path):
    found = read(tmp_path, page(_SERIES_AND_THREE_AT_THE_RIGHT), "2024-hanbit-test-pymupdf-sort.txt")
    assert [(s.job_class, s.headcount) for s in found.staffing if s.status == "정원"] == [
        ("계", 24), ("일반직", 10), ("일반직", 4), ("일반직", 2), ("기능직", 2), ("기능직", 1), ("별정직", 1),
        ("시간선택제", 2), ("청원경찰", 2)]
    assert [s.headcount for s in found.staffing if s.job_class == "청원경찰"] == [2, 3, 1]


def test_a_header_of_three_lines_set_off_puts_each_class_over_its_own_grades(tmp_path):
    """The total and the labels left of it merged down at the left, `공무직` at the right by count; `일 반 직` over
    `행 정  사회복지`, each over its run of grades (`5급 … 7급 | 6급 … 8·9급`)."""
    found = read(tmp_path, page(_THREE_LINES), "2024-hanbit-test-pymupdf-sort.txt")
    assert [(s.job_class, s.grade, s.headcount) for s in found.staffing if s.status == "현원"] == [
        ("계", "계", 18), ("행정", "5급", 1), ("행정", "6급", 3), ("행정", "7급", 3), ("사회복지", "6급", 2),
        ("사회복지", "7급", 4), ("사회복지", "8·9급", 3), ("공무직", "계", 2)]


def test_a_wrong_figure_under_such_a_header_is_still_found(tmp_path):
    table = _TOTAL_OVER_A_SUBTOTAL.replace("현 원    29    17", "현 원    28    17")
    found = read(tmp_path, page(table), "2024-hanbit-test-pymupdf-sort.txt")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(found)
            if f.rule == "sum.staffing"] == [("sum.staffing", "현원", "계", "29", "28")]


def test_labels_merged_down_are_told_by_count_only_beside_a_row_labels_column():
    """`총 계` over the first of a fleet's figures (no row label: nothing merged down left of the lower labels) is
    left to the other choices, as are counts that leave no group label."""
    def cells(*spans: tuple[int, str]) -> list[Cell]:
        return [Cell(start, start + len(text) * 2, text) for start, text in spans]
    upper = cells((34, "총계"), (44, "승용"), (60, "화물"))
    lower = cells((31, "소계"), (38, "소형"), (44, "중형"), (52, "소계"), (58, "소형"))
    assert _merged_down_counted(upper, lower, 6, False) is None
    staff_upper = cells((20, "구분"), (27, "계"), (36, "일반직"), (52, "공무직"))
    grades = cells((34, "5급"), (40, "6급"), (46, "7급"), (52, "8급"))
    assert _merged_down_counted(staff_upper, grades, 7, True) == [0, 1, 3]
    assert _merged_down_counted(staff_upper, grades, 9, True) is None  # no class left over the grades


@functools.cache
def ara():
    return (extract_file(REPORTS / "2019-ara-haengjeongjiwon-pymupdf-sort.txt"),
            extract_file(REPORTS / "2019-ara-haengjeongjiwon.txt"))


def test_aras_staffing_header_with_three_classes_merged_down_at_the_right_reads_as_its_twin():
    sorted_text, twin = ara()
    assert staffing(sorted_text) == staffing(twin)
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(sorted_text)] == [
        (f.rule, f.row, f.expected, f.actual) for f in run_checks(twin)]


# 공원녹지과's budget: each 단위사업's `소 계` row prints no 단위사업 (merged down, centred on the group's middle row)
# and PyMuPDF sets its `소 계` right of the 단위사업 labels but short of the 세부사업 (the blank first cell counted in
# the label's own letters)
_BUDGET_LONE_SUBTOTALS = """\
 2. 예산현황

                                                                                       (5.31.기준, 단위: 백만원)

                                     단위사업   세부사업   예산액  집행액  집행률(%)

                                           소 계         960     402      41.9

                                     공원 조성  근린공원 정비   610     280      45.9

                                           소공원 조성     350     122      34.9

                                           소 계         540     210      38.9

                                     녹지 관리  가로수 관리     320     140      43.8

                                           녹지대 정비     220     70       31.8

                                     기본경비                 42      17       40.5

                                     계                        1,542   629      40.8

 3. 주요업무
"""


def test_a_lone_label_set_short_of_the_second_label_column_is_that_columns(tmp_path):
    """Each `소 계` goes under 세부사업 (before, in the 단위사업 column: a second `계` of the table, two false
    `sum.budget` findings), and its 단위사업 on the group's middle row rises to it."""
    found = read(tmp_path, _BUDGET_LONE_SUBTOTALS, "2024-hanbit-test-pymupdf-sort.txt")
    assert [(b.name, b.parent, b.budget_krw // 1_000_000) for b in found.budget] == [
        ("공원 조성", None, 960), ("근린공원 정비", "공원 조성", 610), ("소공원 조성", "공원 조성", 350),
        ("녹지 관리", None, 540), ("가로수 관리", "녹지 관리", 320), ("녹지대 정비", "녹지 관리", 220),
        ("기본경비", None, 42), ("계", None, 1542)]
    assert [f.rule for f in run_checks(found) if not f.rule.startswith("cover.")] == []
    wrong = read(tmp_path, _BUDGET_LONE_SUBTOTALS.replace("540     210", "540     201"),
                 "2024-hanbit-test-pymupdf-sort.txt")
    assert [(f.rule, f.row, f.column) for f in run_checks(wrong) if f.rule.startswith("sum.")] == [
        ("sum.budget", "녹지 관리", "집행액")]
