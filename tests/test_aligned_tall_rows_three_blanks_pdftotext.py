"""`pdftotext -layout` (poppler 22.12) of PDF tables drawn with reportlab in HYSMyeongJo-Medium without rules, each
cell's text centred as 한글 sets words, figures set right, in 8pt type with rows padded 12–16pt: three or four blank
lines between rows. Before, no table at all (each row a paragraph); now one table, where the rows so far are parted
by as many blank lines (or the run is its header alone): a paragraph or rows below it parted otherwise stay apart."""

from checks import run_checks
from pipeline.document import Bullet
from pipeline.read import read_text
from tests.test_aligned_gaps2 import COVER, read_body
from tests.test_aligned_tall_rows_centred_pdftotext import BUDGET_TWO_BLANKS

# 8pt type, rows padded 12pt: three blank lines between rows, a paragraph two below the table
STAFF_THREE_BLANKS = """\
2 인력

                          구분   계    5급   6급   7급   8급



                          정원   24    1    6    9    8



                          현원   23    1    6    8    8


□ 추진 계획
○ 결원 1명은 2025. 7. 충원 예정
"""

# 8pt type, rows padded 12pt
FLEET_THREE_BLANKS = """\
4 차량 현황

                        구분    계    승용   승합   화물   특수



                        계     24    8    6    7    3



                      자원순환과   12    2    3    5    2



                       총무과     5    3    1    1    -



                      자치행정과    7    3    2    1    1


○ 교체 대상 3대 2025. 10. 구입 예정
"""

# 8pt type, rows padded 14pt: the lines of the sample two blank lines apart (BUDGET_TWO_BLANKS), three apart
BUDGET_THREE_BLANKS = BUDGET_TWO_BLANKS.replace("\n\n\n", "\n\n\n\n")

# 8pt type, rows padded 16pt: four blank lines between rows
STAFF_FOUR_BLANKS = """\
2 인력


       구분   계    5급   6급   7급   8급




       정원   24    1    6    9    8




       현원   23    1    6    8    8
"""

# 8pt type, the header row 42pt tall, the rows below 34pt: four blank lines under the header, three between rows
STAFF_TALLER_HEADER = """\
2 인력


       구분   계        5급   6급   7급   8급




       정원       24    1    6    9    8



       현원       23    1    6    8    8



       결원        1    0    0    1    0
"""


def findings(report) -> list[tuple[str, str | None, str | None]]:
    return sorted((f.rule, f.row, f.column) for f in run_checks(report))


def bullets(text: str) -> list[str]:
    """The bullets of the report's text around `text`."""
    document = read_text("t.txt", (COVER + text + "\n# Ⅱ. 주요업무 추진실적\n").encode())
    return [block.text for block in document.blocks if isinstance(block, Bullet)]


def test_staffing_rows_parted_by_three_blank_lines_are_a_table():
    tables, report = read_body(STAFF_THREE_BLANKS)
    assert [row[0] for row in tables[0].rows] == ["구분", "정원", "현원"]
    assert [(c.status, c.grade, c.headcount) for c in report.staffing if c.grade in ("계", "7급")] == [
        ("정원", "계", 24), ("정원", "7급", 9), ("현원", "계", 23), ("현원", "7급", 8)]
    assert findings(report) == []
    _tables, wrong = read_body(STAFF_THREE_BLANKS.replace("23    1    6    8", "23    1    6    9"))
    assert findings(wrong) == [("sum.staffing", "현원", "계")]


def test_staffing_rows_parted_by_four_blank_lines_are_a_table():
    _tables, report = read_body(STAFF_FOUR_BLANKS)
    assert [(c.status, c.grade, c.headcount) for c in report.staffing if c.grade == "8급"] == [
        ("정원", "8급", 8), ("현원", "8급", 8)]
    assert findings(report) == []


def test_rows_parted_by_three_blank_lines_under_a_header_four_above_them_are_a_table():
    """Before, the table ended at the first row (the header further from it than the rows below each other), the rows
    below it a table of their own without a header: the 현원 lost."""
    tables, report = read_body(STAFF_TALLER_HEADER)
    assert [row[0] for row in tables[0].rows] == ["구분", "정원", "현원", "결원"]
    assert [(c.status, c.headcount) for c in report.staffing if c.grade == "계"] == [
        ("정원", 24), ("현원", 23), ("결원", 1)]
    assert findings(report) == []


def test_a_fleet_parted_by_three_blank_lines_is_a_table():
    _tables, report = read_body(FLEET_THREE_BLANKS)
    [fleet] = report.vehicles
    counts = {(count.category, count.kind): count.count for count in fleet.counts}
    assert counts[("총무과", "승용")] == 3 and counts[("자치행정과", "소계")] == 7 and counts[("계", "계")] == 24
    assert findings(report) == []


def test_budget_lines_parted_by_three_blank_lines_are_a_table():
    _tables, report = read_body(BUDGET_THREE_BLANKS)
    assert [(line.name, line.budget_krw, line.executed_krw) for line in report.budget] == [
        ("계", 300_000_000, 150_000_000), ("청사관리운영", 200_000_000, 100_000_000),
        ("인사운영", 60_000_000, 30_000_000), ("의회운영지원", 40_000_000, 20_000_000)]
    assert findings(report) == []


def test_a_paragraph_of_cells_three_blank_lines_below_the_table_is_no_row_of_it():
    text = STAFF_THREE_BLANKS.replace("\n\n\n□ 추진 계획\n○ 결원 1명은 2025. 7. 충원 예정",
                                      "\n\n\n\n   ○ 결원 1명      2025. 7.  충원 예정")
    tables, report = read_body(text)
    assert [row[0] for row in tables[0].rows] == ["구분", "정원", "현원"]
    assert len(report.staffing) == 10
    assert bullets(text) == ["결원 1명 2025. 7. 충원 예정"]


def test_rows_three_blank_lines_below_rows_parted_by_one_are_a_table_of_their_own():
    tables, _report = read_body("""\
2 인 력

  구 분        정 원     현 원

  일반직          39        37

  공무직           6         6



  기간제           4         3



  청원경찰         2         2
""")
    assert [table.rows[-1] for table in tables] == [("공무직", "6", "6"), ("청원경찰", "2", "2")]
