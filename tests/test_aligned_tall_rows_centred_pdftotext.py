"""`pdftotext -layout` (poppler 22.12) of PDF tables drawn with reportlab in HYSMyeongJo-Medium without rules, each
cell's text centred as 한글 sets words, figures set right, rows taller than a line.

Rows below a `계` row whose figures `pdftotext -layout` printed a few characters off the 계 row's (`40` ending three
past `118`, landscape, cells 50–70pt wide, a blank line between rows): before, a table of their own without the header
(a fleet's offices lost to a generic grid, the 계 row alone read as the fleet: `sum.vehicles`); now they stand cell for
cell in the 계 row's columns and go on its table. Rows parted by two blank lines (9–10pt type, rows padded 10–12pt):
before, no table at all; now one, where no two rows of the table so far stand on lines one below the other (three
or four: tests/test_aligned_tall_rows_three_blanks_pdftotext.py)."""

from checks import run_checks
from tests.test_aligned_gaps2 import read_body

# landscape, cells 60pt wide, 10pt type, rows padded 8pt
FLEET_OFF_TOTAL = """\
4 차량 현황

          구분    계         승용       승합        화물        특수        이륜

           계        412        3        27    118       201           63

          청소과       140        1         9        40        70        20

          교통과       272        2        18        78    131           43
"""

# landscape, cells 50pt wide, 10pt type, rows padded 8pt
TEAMS_OFF_TOTAL = """\
2인력

      팀별    계        5급       6급       7급    8급    9급

      계     112           3    27       38    31    13

      행정팀       40        1        9    14    10        6

      민원팀       72        2    18       24    21        7
"""

# 9pt type, rows padded 10pt
STAFF_TWO_BLANKS = """\
2인력

      구분   계    5급   6급   7급   8급


      정원   24    1    6    9    8


      현원   23    1    6    8    8
"""

BUDGET_TWO_BLANKS = """\
3 예산 현황
                                                 (단위: 천원)


            구분     예산액       집행액       집행률(%)


            계      300,000   150,000      50.0


          청사관리운영   200,000   100,000      50.0


           인사운영     60,000    30,000      50.0


          의회운영지원    40,000    20,000      50.0
"""

# 10pt type, rows padded 12pt
FLEET_TWO_BLANKS = """\
4 차량 현황

           구분     계    승용   승합   화물   특수


            계     24    8    6    7    3


          자원순환과   12    2    3    5    2


           총무과     5    3    1    1    -


          자치행정과    7    3    2    1    1
"""

FACILITIES_TWO_BLANKS = """\
3 주요시설 현황

             시설명       위치      면적(㎡)      개관


              계                18,400


        한빛구민체육센터     한빛로 120    9,800   2012. 5.


            한빛아트홀    중앙로 45     4,600   2016. 3.


            생활체육공원    강변로 8     4,000   2019. 9.
"""


def findings(report) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def fleet_counts(report) -> dict[tuple[str, str | None], int]:
    [fleet] = report.vehicles
    return {(count.category, count.kind): count.count for count in fleet.counts}


def test_a_fleets_offices_printed_off_its_total_go_on_its_table():
    tables, report = read_body(FLEET_OFF_TOTAL)
    assert [row[0] for row in tables[0].rows] == ["구분", "계", "청소과", "교통과"]
    counts = fleet_counts(report)
    assert counts[("청소과", "화물")] == 40 and counts[("교통과", "특수")] == 131 and counts[("계", "계")] == 412
    assert report.tables == []
    # before: ('sum.vehicles', '계', '계', …), the 계 row alone the fleet
    assert findings(report) == []


def test_a_wrong_count_of_an_office_printed_off_the_total_is_found_once_on_it():
    """Before, once in each sum it breaks: the 계 row's 화물 and 교통과's 소계."""
    _tables, report = read_body(FLEET_OFF_TOTAL.replace("78    131", "79    131"))
    assert findings(report) == [("sum.vehicles", "교통과", "화물", "78", "79")]


def test_teams_printed_off_their_total_go_on_its_table():
    _tables, report = read_body(TEAMS_OFF_TOTAL)
    counts = {(c.office, c.grade): c.headcount for c in report.staffing}
    assert counts[("행정팀", "7급")] == 14 and counts[("민원팀", "계")] == 72 and counts[(None, "계")] == 112
    assert len(counts) == 18  # before, the 계 row's six alone
    assert findings(report) == [("staffing.status_assumed", "현원", None, None, None)]


def test_staffing_rows_parted_by_two_blank_lines_are_a_table():
    _tables, report = read_body(STAFF_TWO_BLANKS)
    assert [(c.status, c.grade, c.headcount) for c in report.staffing if c.grade in ("계", "7급")] == [
        ("정원", "계", 24), ("정원", "7급", 9), ("현원", "계", 23), ("현원", "7급", 8)]
    assert findings(report) == []
    _tables, wrong = read_body(STAFF_TWO_BLANKS.replace("23    1    6    8", "23    1    6    9"))
    assert [finding[:3] for finding in findings(wrong)] == [("sum.staffing", "현원", "계")]


def test_budget_lines_parted_by_two_blank_lines_are_a_table():
    _tables, report = read_body(BUDGET_TWO_BLANKS)
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == [
        ("계", 300_000_000, 150_000_000), ("청사관리운영", 200_000_000, 100_000_000),
        ("인사운영", 60_000_000, 30_000_000), ("의회운영지원", 40_000_000, 20_000_000)]
    assert findings(report) == []


def test_a_fleet_parted_by_two_blank_lines_is_a_table():
    _tables, report = read_body(FLEET_TWO_BLANKS)
    counts = fleet_counts(report)
    assert counts[("총무과", "승용")] == 3 and counts[("자치행정과", "소계")] == 7 and counts[("계", "계")] == 24
    assert findings(report) == []


def test_facilities_parted_by_two_blank_lines_are_a_table():
    [table] = read_body(FACILITIES_TWO_BLANKS)[0]
    assert table.rows == (("시설명", "위치", "면적(㎡)", "개관"), ("계", "", "18,400", ""),
                          ("한빛구민체육센터", "한빛로 120", "9,800", "2012. 5."),
                          ("한빛아트홀", "중앙로 45", "4,600", "2016. 3."),
                          ("생활체육공원", "강변로 8", "4,000", "2019. 9."))


def test_rows_two_blank_lines_below_a_table_of_rows_one_below_the_other_are_a_table_of_their_own():
    tables, _report = read_body("""\
2 인 력
  구 분        정 원     현 원
  일반직          39        37
  공무직           6         6


  기간제           4         3
  청원경찰         2         2
""")
    assert [table.rows[-1] for table in tables] == [("공무직", "6", "6"), ("청원경찰", "2", "2")]


def test_rows_parted_by_five_blank_lines_are_still_no_table():
    """Three or four are read (tests/test_aligned_tall_rows_three_blanks_pdftotext.py); five, no type and padding
    seen prints."""
    tables, report = read_body(STAFF_TWO_BLANKS.replace("\n\n\n", "\n\n\n\n\n\n"))
    assert tables == [] and report.staffing == []
