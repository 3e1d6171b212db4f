"""Tab-separated tables as other converters print them: Word's "save as text" prints a merged header cell as one
cell (no blank cells after it) and a cell's line break as a line break; python-docx (`row.cells`) and Excel's
"unmerge and fill" print a merged cell by repeating its label in every cell it covers. Each reads as the
blank-padded form hwp5txt prints."""

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제270회 한빛구의회 제1차 정례회\n\n2022년 주요업무 보고\n\n교 통 행 정 과\n\nⅠ. 일반현황\n\n"
BUDGET = "1. 예산현황\n\n(단위: 천원, 5.31.기준)\n\n{table}"
# the lines of the budget tables below, as (name, 예산액, 집행액, rate) in won
BUDGET_LINES = [("계", 5_400_000_000, 2_160_000_000, 40.0), ("대중교통 활성화", 3_000_000_000, 1_500_000_000, 50.0),
                ("교통안전 시설 확충", 2_400_000_000, 660_000_000, 27.5)]
FUNDED_BODY = ("계\t5,400,000\t1,000,000\t1,400,000\t3,000,000\t2,160,000\t40.0\n"
               "대중교통 활성화\t3,000,000\t1,000,000\t600,000\t1,400,000\t1,500,000\t50.0\n"
               "교통안전 시설 확충\t2,400,000\t-\t800,000\t1,600,000\t660,000\t27.5\n")


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def tables(body: str) -> list[Table]:
    return [block for block in read_text("t.txt", (COVER + body).encode()).blocks if isinstance(block, Table)]


def findings(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def budget_lines(r):
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget]


def staffing_cells(r, status: str = "정원"):
    return [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == status]


# --- a merged header cell printed as one cell (Word's "save as text") -------------------------------------------

STAFFING_SHORT_HEADER = ("1. 인력\n\n"
                         "구 분\t계\t일 반 직\t관리운영직\n"
                         "\t\t5급\t6급\t7급\t8급\t7급\t8급\n"
                         "정 원\t32\t1\t8\t12\t9\t1\t1\n"
                         "현 원\t30\t1\t9\t11\t7\t1\t1\n"
                         "과부족\t△2\t-\t1\t△1\t△2\t-\t-\n")


def test_a_merged_class_cell_printed_as_one_cell_heads_the_grades_below_it():
    r = report(STAFFING_SHORT_HEADER)
    assert staffing_cells(r) == [("계", "계", 32), ("일반직", "5급", 1), ("일반직", "6급", 8), ("일반직", "7급", 12),
                                 ("일반직", "8급", 9), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1)]
    assert findings(r) == []


def test_a_short_header_reads_as_its_blank_padded_form():
    padded = STAFFING_SHORT_HEADER.replace("관리운영직\n", "\t\t\t관리운영직\t\n")
    short, blank = report(STAFFING_SHORT_HEADER), report(padded)
    assert short.staffing == blank.staffing and short.tables == blank.tables


def test_a_merged_amount_cell_printed_as_one_cell_heads_its_funding_columns():
    header = "단위사업명\t예 산 액\t집행액\t집행률(%)\n\t계\t국비\t시비\t구비\t\t\n"
    r = report(BUDGET.format(table=header + FUNDED_BODY))
    assert budget_lines(r) == BUDGET_LINES
    assert r.budget[1].other_columns == {"예산액 국비": "1,000,000", "예산액 시비": "600,000",
                                         "예산액 구비": "1,400,000"}
    assert findings(r) == []


def test_a_short_row_that_no_grouping_of_the_row_below_fits_stays_as_printed():
    """Three labels over four spans (a blank, `계 | 국비`, two blanks): no placement fits, so the row is padded at
    its end as before."""
    (table,) = tables(BUDGET.format(table="구 분\t예산액\t비고\n\t계\t국비\t\t\n계\t300\t100\t200\t\n"))
    assert table.rows[0] == ("구 분", "예산액", "비고", "", "")


# --- a line break inside a cell ----------------------------------------------------------------------------------

def test_a_header_cell_broken_over_two_lines_stays_one_cell_and_gives_the_as_of_date():
    r = report("1. 예산현황\n\n(단위: 천원)\n\n"
               "단위사업명\t예산액\t집행액\t집행률(%)\n(5.31.기준)\n"
               "계\t5,400,000\t2,160,000\t40.0\n"
               "대중교통 활성화\t3,000,000\t1,500,000\t50.0\n"
               "교통안전 시설 확충\t2,400,000\t660,000\t27.5\n")
    assert budget_lines(r) == BUDGET_LINES
    assert str(r.budget[0].as_of) == "2022-05-31"
    assert findings(r) == []


def test_a_row_label_broken_over_two_lines_stays_with_its_row():
    r = report(BUDGET.format(table="단위사업명\t예산액\t집행액\t집행률(%)\n"
                                   "계\t5,400,000\t2,160,000\t40.0\n"
                                   "대중교통 활성화 및\n마을버스 지원\t3,000,000\t1,500,000\t50.0\n"
                                   "교통안전 시설 확충\t2,400,000\t660,000\t27.5\n"))
    assert budget_lines(r) == [BUDGET_LINES[0], ("대중교통 활성화 및 마을버스 지원", *BUDGET_LINES[1][1:]),
                               BUDGET_LINES[2]]
    assert r.budget[1].source.line == 15  # the line its label starts on
    planted = report(BUDGET.format(table="단위사업명\t예산액\t집행액\t집행률(%)\n"
                                         "계\t5,500,000\t2,160,000\t39.3\n"
                                         "대중교통 활성화 및\n마을버스 지원\t3,000,000\t1,500,000\t50.0\n"
                                         "교통안전 시설 확충\t2,400,000\t660,000\t27.5\n"))
    assert [f[:2] for f in findings(planted)] == [("sum.budget", "계")]


def test_a_row_of_one_merged_cell_between_rows_stays_a_row_of_the_table():
    """A group's label over the rows it heads (one cell merged across the table) breaks off no label: a row of
    its own, and the table goes on below it."""
    (table,) = tables(BUDGET.format(table="단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,000\t500\t50.0\n청사 관리\n"
                                          "청사 유지\t600\t300\t50.0\n시설 보수\t400\t200\t50.0\n"))
    assert table.rows[1:3] == (("계", "1,000", "500", "50.0"), ("청사 관리", "", "", ""))
    r = report(BUDGET.format(table="단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,100\t500\t45.5\n청사 관리\n"
                                   "청사 유지\t600\t300\t50.0\n시설 보수\t400\t200\t50.0\n"))
    assert [(b.name, b.budget_krw) for b in r.budget] == [("계", 1_100_000), ("청사 유지", 600_000),
                                                          ("시설 보수", 400_000)]
    assert [f[:2] for f in findings(r)] == [("sum.budget", "계")]


def test_a_header_cell_broken_before_the_total_row_stays_in_the_header():
    (table,) = tables(BUDGET.format(table="단위사업명\t예산액\t집행액\t집행\n률(%)\n계\t1,000\t500\t50.0\n"))
    assert table.rows[0] == ("단위사업명", "예산액", "집행액", "집행 률(%)")


def test_a_cell_broken_in_the_middle_of_a_row_joins_the_two_lines():
    (table,) = tables(BUDGET.format(table="단위사업명\t예산액\t비 고\t집행액\n"
                                          "계\t5,400,000\t\t2,160,000\n"
                                          "대중교통 활성화\t3,000,000\t마을버스\n노선\n조정\t1,500,000\n"
                                          "교통안전 시설 확충\t2,400,000\t\t660,000\n"))
    assert table.rows[2] == ("대중교통 활성화", "3,000,000", "마을버스 노선 조정", "1,500,000")
    assert table.row_offsets == (0, 1, 2, 5)
    r = report("1. 인력\n\n구 분\t계\t일반직\t공무직\n정 원\t3\t2\t1\n현 원\t3\t2\t1\n비 고\t휴직\n1명\t\t\n")
    assert staffing_cells(r, "현원") == [("계", "계", 3), ("일반직", "계", 2), ("공무직", "계", 1)]
    assert r.tables[-1].rows[-1] == ["비 고", "휴직 1명", "", ""]


def test_a_cell_listing_items_goes_on_over_its_lines_and_a_bullet_elsewhere_ends_the_table():
    body = BUDGET.format(table="단위사업명\t예산액\t집행액\t집행률(%)\t비 고\n계\t5,400,000\t2,160,000\t40.0\t\n"
                               "대중교통 활성화 및\n마을버스 지원\t3,000,000\t1,500,000\t50.0\t- 마을버스 12개 노선\n"
                               "- 정류소 30개소\n교통안전 시설 확충\t2,400,000\t660,000\t27.5\t\n")
    r = report(body)
    assert budget_lines(r) == [BUDGET_LINES[0], ("대중교통 활성화 및 마을버스 지원", *BUDGET_LINES[1][1:]),
                               BUDGET_LINES[2]]
    assert r.budget[1].other_columns == {"비고": "- 마을버스 12개 노선 - 정류소 30개소"}
    assert findings(r) == []
    staffing = "1. 인력\n\n구 분\t계\t일반직\n정 원\t3\t3\n- 휴직 1명\n현 원\t2\t2\n"
    blocks = read_text("t.txt", (COVER + staffing).encode()).blocks
    assert [type(b).__name__ for b in blocks[-3:]] == ["Table", "Bullet", "Table"]


def test_lines_between_two_tables_join_neither():
    """A caption right under a table, over the next table's header (no figures), and a note under the last row:
    the tables stay apart, the lines paragraphs."""
    first, second = tables("1. 인력\n\n구 분\t계\t일반직\n정 원\t3\t3\n□ 공무직 등\n(단위: 명)\n"
                           "구 분\t계\t미화원\n정 원\t5\t5\n")
    assert (first.rows, second.rows, second.unit) == ((("구 분", "계", "일반직"), ("정 원", "3", "3")),
                                                      (("구 분", "계", "미화원"), ("정 원", "5", "5")), "명")
    first, second = tables("1. 인력\n\n구 분\t계\t일반직\n정 원\t3\t3\n공무직 등\n구 분\t계\t미화원\n정 원\t5\t5\n")
    assert (first.rows[-1], second.rows[0]) == (("정 원", "3", "3"), ("구 분", "계", "미화원"))
    (table,) = tables("1. 인력\n\n구 분\t계\t일반직\n정 원\t3\t3\n휴직자 포함\n")
    assert table.rows == (("구 분", "계", "일반직"), ("정 원", "3", "3"))


# --- merged cells printed by repeating their label ---------------------------------------------------------------

def test_a_repeated_merged_amount_label_heads_its_funding_columns_once():
    r = report(BUDGET.format(table="단위사업명\t예 산 액\t예 산 액\t예 산 액\t예 산 액\t집행액\t집행률(%)\n"
                                   "단위사업명\t계\t국비\t시비\t구비\t집행액\t집행률(%)\n" + FUNDED_BODY))
    assert budget_lines(r) == BUDGET_LINES
    assert findings(r) == []


VEHICLES = ("1. 공용차량 (총 {total}대)\n\n"
            "계\t승 용\t승 용\t승 용\t승 합\t승 합\t화 물\t화 물\n"
            "계\t소계\t소형\t중형\t소계\t중형\t소계\t소형\n"
            "6\t3\t1\t2\t1\t1\t2\t2\n")


def test_a_repeated_merged_vehicle_label_and_the_total_merged_down():
    r = report(VEHICLES.format(total=6))
    counts = [(c.category, c.kind, c.count) for c in r.vehicles[0].counts]
    assert counts == [("계", "계", 6), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2),
                      ("승합", "소계", 1), ("승합", "중형", 1), ("화물", "소계", 2), ("화물", "소형", 2)]
    assert findings(r) == []
    assert [f[0] for f in findings(report(VEHICLES.format(total=7)))] == ["header.total"]


def test_repeated_labels_in_a_body_row_stay_as_printed():
    """Below the header, a repeated label is a row's own (a unit's name beside each of its projects)."""
    r = report(BUDGET.format(table="단위사업명\t세부사업명\t예산액\n계\t\t1,000\n청사 관리\t청사 관리\t600\n"
                                   "청사 관리\t청사 관리\t400\n"))
    assert [(b.name, b.parent, b.budget_krw) for b in r.budget] == [  # a budget printing no 집행액: its lines
        ("계", None, 1_000_000), ("청사 관리", "청사 관리", 600_000), ("청사 관리", "청사 관리", 400_000)]


def test_repeated_merged_labels_read_so_in_a_markdown_table_too():
    header = ("| 단위사업명 | 예 산 액 | 예 산 액 | 예 산 액 | 예 산 액 | 집행액 | 집행률(%) |\n"
              "|---|---|---|---|---|---|---|\n| 단위사업명 | 계 | 국비 | 시비 | 구비 | 집행액 | 집행률(%) |\n")
    body = "".join(f"| {' | '.join(line.split(chr(9)))} |\n" for line in FUNDED_BODY.splitlines())
    r = report(BUDGET.format(table=header + body))
    assert budget_lines(r) == BUDGET_LINES
    assert findings(r) == []
