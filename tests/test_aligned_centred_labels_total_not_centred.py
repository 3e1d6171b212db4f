"""`pdftotext -layout` (poppler 22.12) of PDF tables drawn with reportlab in HYSMyeongJo-Medium without rules, each
cell's text centred as 한글 sets words (figures set right), the `계` set flush left in its cell or no `계` row at all.

`pdftotext -layout` prints a shorter label centred under a longer one a few characters off its centre (`총무과` two
columns right of `자원순환청소과`, ending four short of it): before, where the `계` was not centred to tell the column
centred, the row was read as the part of the row above it (`↳ 총무과`): a staffing table by team was left a generic
grid, a budget line was made the line above it's (`인사운영` under `청사시설관리운영`, false `sum.budget` errors), a
fleet's office read `↳총무과`. A run of rows whose labels end within their row's label is now its parts only where
the figures say so: the `계` adds up without them and not with them, or else they add up to the row (a breakdown)."""

from checks import run_checks
from tests.test_aligned_gaps2 import read_body

# rows 3pt padded, cells 6pt, 10pt type
STAFF_DENSE = """\
2인력
        팀별      계   5급   6급   7급   8급
      주차관리지원팀   9    1    2    3    3
        감사팀     6   -     2    2    2
      교통행정지원팀   8   -     2    4    2
"""

# rows 8pt padded, cells 16pt, 12pt type
STAFF_TALL = """\
2인력

        팀별      계   5급   6급   7급   8급

      주차관리지원팀   9    1    2    3    3

        감사팀     6   -     2    2    2

      교통행정지원팀   8   -     2    4    2
"""

# the 계 flush left, rows 3pt padded, cells 16pt, 12pt type
BUDGET_TOTAL_LEFT = """\
3 예산 현황
                                           (단위: 천원)

           구분    예산액       집행액       집행률(%)
     계           300,000   150,000      50.0
     청사시설관리운영    200,000   100,000      50.0
          인사운영    60,000    30,000      50.0
     의회운영지원사업     40,000    20,000      50.0
"""

# no 계 row, rows 8pt padded, cells 6pt, 10pt type
BUDGET_TALL = """\
3 예산 현황
                                                   (단위: 천원)


             구분      예산액       집행액       집행률(%)

          청사시설관리운영   200,000   100,000      50.0

            인사운영      60,000    30,000      50.0

          의회운영지원사업    40,000    20,000      50.0
"""

# the 계 flush left, rows 8pt padded, cells 16pt, 12pt type
FLEET_TOTAL_LEFT = """\
4 차량 현황

          구분    계    승용   승합   화물   특수

     계          24    8    6    7    3

     자원순환청소과    12    2    3    5    2

          총무과    5    3    1    1    -

     주민자치행정과     7    3    2    1    1
"""

# no 계 row, rows 3pt padded, cells 6pt, 10pt type
FLEET_DENSE = """\
4 차량 현황
            구분      계    승용   승합   화물   특수
          자원순환청소과   12    2    3    5    2
            총무과      5    3    1    1    -
          주민자치행정과    7    3    2    1    1
"""

# the 계 flush left, rows 8pt padded, cells 16pt, 10pt type
FACILITIES_TALL = """\
3 주요시설 현황

            시설명      위치      면적(㎡)      개관

       계                     18,400

       한빛구민체육센터    한빛로 120    9,800   2012. 5.

           한빛아트홀   중앙로 45     4,600   2016. 3.

       해솔구민체육센터     강변로 8     4,000   2019. 9.
"""
FACILITIES_DENSE = FACILITIES_TALL.replace("\n\n", "\n")


def findings(report) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def test_a_team_centred_under_a_longer_one_is_a_team_of_its_own():
    for body in (STAFF_DENSE, STAFF_TALL):
        tables, report = read_body(body)
        assert tables[0].rows[2] == ("감사팀", "6", "-", "2", "2", "2")
        counts = {(c.office, c.grade): c.headcount for c in report.staffing if c.status == "현원"}
        assert counts[("감사팀", "계")] == 6 and counts[("감사팀", "6급")] == 2
        assert counts[("교통행정지원팀", "7급")] == 4 and len(counts) == 15
        assert report.tables == []
        assert findings(report) == [("staffing.status_assumed", "현원", None, None, None)]


def test_a_wrong_count_of_the_team_centred_under_a_longer_one_is_found_on_its_row():
    _tables, report = read_body(STAFF_DENSE.replace("감사팀     6   -     2", "감사팀     6   -     3"))
    assert findings(report) == [("staffing.status_assumed", "현원", None, None, None),
                                ("sum.staffing", "현원", "감사팀 계", "7", "6")]


def test_a_budget_line_centred_under_a_longer_one_is_a_line_of_its_own():
    for body in (BUDGET_TOTAL_LEFT, BUDGET_TALL):
        _tables, report = read_body(body)
        lines = [(line.name, line.parent, line.budget_krw, line.executed_krw) for line in report.budget]
        assert lines[-3:] == [("청사시설관리운영", None, 200_000_000, 100_000_000),
                              ("인사운영", None, 60_000_000, 30_000_000),
                              ("의회운영지원사업", None, 40_000_000, 20_000_000)]
        # before: ('sum.budget', '청사시설관리운영', '예산액', '60,000', '200,000') and the 계's, in each column
        assert findings(report) == []


def test_a_wrong_budget_total_beside_a_line_centred_under_a_longer_one_is_found_once():
    _tables, report = read_body(BUDGET_TOTAL_LEFT.replace("300,000", "310,000"))
    # not also its rate, right by the lines' sum (before, found expected of the printed 계)
    assert [finding[:3] for finding in findings(report)] == [("sum.budget", "계", "예산액")]


def test_an_office_centred_under_a_longer_one_is_an_office_of_its_own():
    for body in (FLEET_TOTAL_LEFT, FLEET_DENSE):
        _tables, report = read_body(body)
        [fleet] = report.vehicles
        offices = [count.category for count in fleet.counts if count.kind == "소계"]
        assert offices == ["자원순환청소과", "총무과", "주민자치행정과"]  # before, `↳총무과`
        assert [(c.kind, c.count) for c in fleet.counts if c.category == "총무과"] == [
            ("소계", 5), ("승용", 3), ("승합", 1), ("화물", 1), ("특수", 0)]
        assert findings(report) == []


def test_a_facility_centred_under_a_longer_one_beside_a_total_flush_left_is_a_row_of_its_own():
    for body in (FACILITIES_TALL, FACILITIES_DENSE):
        [table] = read_body(body)[0]
        assert [row[0] for row in table.rows] == ["시설명", "계", "한빛구민체육센터", "한빛아트홀", "해솔구민체육센터"]
        assert table.rows[3] == ("한빛아트홀", "중앙로 45", "4,600", "2016. 3.")


def test_a_wrong_area_of_a_facility_centred_under_a_longer_one_is_found_against_the_total_once():
    from tests.test_generic_variants import read, summary

    wrong = FACILITIES_DENSE.replace("4,600", "4,700")
    assert [row[0] for row in read(wrong).tables[0].rows][3] == "한빛아트홀"
    assert summary(wrong) == [("sum.table", "계", "면적(㎡)", "18,500", "18,400")]


# typed by hand: parts indented under a longer label, ending within it (`공영주차장` over `노상`): the 계 adds up
# through them only as parts, and without a 계 they add up to their row
PARKING = """\
□ 주차장 현황

  구 분            개소      면수
  계                 80     5,000
  공영주차장         50     3,000
    노상             30     1,000
    노외             20     2,000
  민영주차장         30     2,000
"""


def test_shorter_parts_indented_under_a_row_the_figures_break_down_are_still_its_parts():
    from tests.test_generic_variants import read, summary

    for text in (PARKING, PARKING.replace("  계                 80     5,000\n", "")):
        assert [row[0] for row in read(text).tables[0].rows][-3:] == ["↳ 노상", "↳ 노외", "민영주차장"]
        assert summary(text) == []
    # a wrong part: the 계 still adds up without the parts, so they stay parts, found against their row
    assert summary(PARKING.replace("30     1,000", "30     1,100")) == [
        ("sum.table", "공영주차장", "면수", "3,100", "3,000")]
