"""Space-aligned text: a staffing table by team whose class is spread letter by letter over narrow grade columns,
`pdftotext -layout` rounding its letters to uneven gaps (`일     반       직`, 5 and 7 characters), on the top line
beside the labels merged down the header (`팀별    계    일     반       직    공무직`). The letters sit over the
grades of the line below, from the first to the last, as a group label: they are one label, 일반직, and the grades
are its. Before, `계` (as far from `일` as `일` from `반`) ran into the letters (`계일반 5급 | … | 직`: a generic grid)
or the grades were read as the 계 class's. One-syllable labels that each head a column of their own stay apart."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n교 통 과\n\n"
         "Ⅰ. 일반현황\n\n2 인 력\n\n")
# 팀별 | 계 | 일반직 over 5급 6급 7급 8급 9급 | 공무직, each letter of 일반직 one cell, 5 and 7 blanks apart
FIVE_GRADES = ("  팀별         계    일     반       직     공무직\n"
               "                 5급  6급  7급  8급  9급\n"
               "  계          21     1    4    6    5    3     2\n"
               "  교통정책팀   9     1    2    3    1    1     1\n"
               "  주차관리팀  12     -    2    3    4    2     1\n")
# the class and `직 급` spread over 5급 6급 7급 on two lines, as `pdftotext -layout` prints 40pt grade columns
THREE_GRADES = ("  팀별    계    일     반       직   공무직\n"
                "             직             급\n"
                "              5급   6급   7급\n"
                "계       23     1    6   13      3\n교통정책팀    7     1    1    4      1\n"
                "주차관리팀    9     -    3    4      2\n교통지도팀    7     -    2    5      -\n")


def _read(text: str):
    r = extract_report(read_text("t.txt", (COVER + text).encode()))
    counts = sorted((c.office or "", c.job_class, c.grade, c.headcount) for c in r.staffing)
    found = sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))
    return r, counts, found


ASSUMED = ("staffing.status_assumed", "현원", None, None, None)


def _team(office: str, total: int, grades: tuple[int, ...], other: int, names: tuple[str, ...]):
    return [(office, "계", "계", total), (office, "공무직", "계", other),
            *((office, "일반직", grade, n) for grade, n in zip(names, grades, strict=True))]


def test_a_class_spread_unevenly_over_five_grades_beside_merged_labels():
    r, counts, found = _read(FIVE_GRADES)
    names = ("5급", "6급", "7급", "8급", "9급")
    assert counts == sorted([*_team("", 21, (1, 4, 6, 5, 3), 2, names),
                             *_team("교통정책팀", 9, (1, 2, 3, 1, 1), 1, names),
                             *_team("주차관리팀", 12, (0, 2, 3, 4, 2), 1, names)])
    assert r.tables == [] and found == [ASSUMED]


def test_a_class_spread_unevenly_over_spread_jikgeup_beside_merged_labels():
    r, counts, found = _read(THREE_GRADES)
    names = ("5급", "6급", "7급")
    assert counts == sorted([*_team("", 23, (1, 6, 13), 3, names), *_team("교통정책팀", 7, (1, 1, 4), 1, names),
                             *_team("주차관리팀", 9, (0, 3, 4), 2, names),
                             *_team("교통지도팀", 7, (0, 2, 5), 0, names)])
    assert r.tables == [] and found == [ASSUMED]


def test_a_wrong_grade_under_the_spread_class_is_found_in_its_cell():
    wrong = FIVE_GRADES.replace("  주차관리팀  12     -    2    3    4", "  주차관리팀  12     -    2    3    5")
    _, counts, found = _read(wrong)
    assert ("주차관리팀", "일반직", "8급", 5) in counts
    assert found == sorted([ASSUMED, ("sum.staffing", "현원", "주차관리팀 일반직 8급", "4", "5")])


ROWS = "  계          30     14      16\n  1동         10      5       5\n  2동         20      9      11\n"


@pytest.mark.parametrize(("text", "header"), [
    # one-syllable labels over figures, each heading a column of its own
    ("  구  분       계     남       여\n" + ROWS, ["구 분", "계", "남", "여"]),
    # each over a label below of its own, beside the merged corner label: no label below stands between two
    ("  구  분       계     남       여\n" "              인원   인원     인원\n" + ROWS,
     ["구 분", "계 인원", "남 인원", "여 인원"]),
])
def test_one_syllable_labels_each_over_a_column_of_their_own_stay_apart(text, header):
    cover = COVER.replace("2 인 력", "1 인구 현황\n\n□ 외국인 주민 현황")
    r = extract_report(read_text("t.txt", (cover + text).encode()))
    assert [table.rows[0] for table in r.tables] == [header]
    assert list(run_checks(r)) == []
