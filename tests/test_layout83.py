"""`pdftotext -layout` of HWP-style PDF tables, labels centred and figures set right: a `계` row, its `계` centred
over wider row labels, has its figures printed a character or two off the rows below it, which still end alike."""

from checks import run_checks
from tests.test_aligned_gaps2 import read_body


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
