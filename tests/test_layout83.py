"""`pdftotext -layout` of HWP-style PDF tables, labels centred and figures set right: a `계` row, its `계` centred
over wider row labels, has its figures printed a character or two off the rows below it, which still end alike."""

from checks import run_checks
from tests.test_aligned_gaps2 import read_body, staffing_of


def findings(report):
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


# `계` centred over `도시공원 | 근린공원`, its `1,254,000` ending two characters left of the figures below it
PARKS = """\
3 주요시설 및 장비
□ 공원 현황
                                 구분                       개소    면적(m²)

                                                계          42    1,254,000

                                도시공원        근린공원           12        980,000

                                        어린이공원              30        274,300
"""


def test_a_total_rows_figures_a_character_or_two_off_the_rows_below_are_in_their_columns():
    """Before, the 계 row's `1,254,000` made a column of its own, the rows below each off by one (a false
    `sum.table` of 12 against 1,254,000, and the planted one missed)."""
    tables, report = read_body(PARKS)
    assert tables[0].rows == (("구분", "", "개소", "면적(m²)"), ("도시공원", "계", "42", "1,254,000"),
                              ("", "근린공원", "12", "980,000"), ("", "어린이공원", "30", "274,300"))
    assert findings(report) == [("sum.table", "도시공원 / 계", "면적(m²)", "1,254,300", "1,254,000")]
    _, right = read_body(PARKS.replace("274,300", "274,000"))
    assert findings(right) == []


# the first row of figures a `계` row, its `1,340` ending a character right of the `900` below it; the rows below tie
# (`3` and `16` start alike in display columns, end alike in characters; the notes set left a character apart)
FACILITIES = """\
 □ 복지시설 현황
                                         구분            시설 수          정원(명)      비고

                                             계              21        1,340

                                     노인복지관                   3         900     위탁 운영

                                    장애인복지관                   2         280

                                    지역자활센터                  16         160    동별 분소 포함
"""


def test_a_first_total_rows_last_figure_a_character_off_the_row_below_tells_characters():
    """Before, the rows and the header told nothing, and the 계 row's `1,340` ending a character off `900` neither:
    laid out by display columns, `3 | 2 | 16` a column of their own and 계 summed to 0 against 21."""
    tables, report = read_body(FACILITIES)
    assert tables[0].rows == (("구분", "시설 수", "정원(명)", "비고"), ("계", "21", "1,340", ""),
                              ("노인복지관", "3", "900", "위탁 운영"), ("장애인복지관", "2", "280", ""),
                              ("지역자활센터", "16", "160", "동별 분소 포함"))
    assert findings(report) == []
    _, planted = read_body(FACILITIES.replace("  16         160", "  17         160"))
    assert findings(planted) == [("sum.table", "계", "시설 수", "22", "21")]


# a staffing table by grade, its `계` row's `26` ending two characters left of the `1`, `5` … of the rows below
STAFF = """\
2 인 력
                                                                            (’24. 5. 31. 기준, 단위: 명)
                              구분     정원      현원         과부족         비고

                              계       26          27     +1

                              5급         1         1          -

                              6급         5         6     +1

                              7급         8         7      △1       육아휴직 1

                              8급         6         7     +1

                              9급         4         4          -

                             연구사         2         2          -    환경연구사
"""


def test_a_total_rows_figure_two_characters_short_of_its_column_is_in_it():
    """Before, the 계 row's `26` made a column of its own, every grade's 정원 lost from the staffing."""
    tables, report = read_body(STAFF)
    assert tables[0].rows[:3] == (("구분", "정원", "현원", "과부족", "비고"), ("계", "26", "27", "+1", ""),
                                  ("5급", "1", "1", "-", ""))
    assert [s for s in staffing_of(report) if s[0] == "정원"] == [
        ("정원", "계", "계", 26), ("정원", "계", "5급", 1), ("정원", "계", "6급", 5), ("정원", "계", "7급", 8),
        ("정원", "계", "8급", 6), ("정원", "계", "9급", 4), ("정원", "연구직", "연구사", 2)]
    assert findings(report) == []
    _, planted = read_body(STAFF.replace("6급         5", "6급         4"))
    assert findings(planted) == [("sum.staffing", "정원", "계 6급", "5", "4")]
