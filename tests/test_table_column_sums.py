"""A column that is the sum of the columns after it (or before it) though no label says so (`발굴 | 지원 | 연계`,
발굴 = 지원 + 연계; `접수 | 처리 | 미처리`): where the rows printing all of them show it is (two rows at least adding
up with two parts other than 0, and one alone not, or more than twice as many adding up as not), a row that does not
add up is found on its own row (`sum.columns`). Before, a wrong `연계` was found only as the 계 row's `연계` sum that it
breaks, and in a table of no 계 row by nothing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"


def found(table: str, name: str = "t.txt") -> list:
    body = "# Ⅱ. 주요업무 추진실적\n\n□ 위기가구 발굴·지원 현황\n\n" + table
    return run_checks(extract_report(read_text(name, (COVER + body).encode())))


def findings(table: str, name: str = "t.txt") -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in found(table, name)]


TAB = "구 분\t발굴\t지원\t연계\n1분기\t100\t60\t40\n2분기\t120\t70\t{}\n3분기\t80\t50\t30\n"
MARKDOWN = ("| 구 분 | 발굴(건) | 지원(건) | 연계(건) |\n|---|---|---|---|\n| 1분기 | 100 | 60 | 40 |\n"
            "| 2분기 | 120 | 70 | {} |\n| 3분기 | 80 | 50 | 30 |\n")
ALIGNED = ("  구  분       발 굴      지 원      연 계\n  1분기          100         60         40\n"
           "  2분기          120         70         {}\n  3분기           80         50         30\n")


@pytest.mark.parametrize(("name", "table", "column"), [("t.txt", TAB, "발굴"), ("t.md", MARKDOWN, "발굴(건)"),
                                                      ("t.txt", ALIGNED, "발 굴")])
def test_a_row_that_does_not_add_up_is_found_on_its_row(name, table, column):
    assert findings(table.format("50"), name) == []
    assert findings(table.format("60"), name) == [("sum.columns", "2분기", column, "130", "120")]


def test_the_message_names_the_columns_summed():
    (finding,) = found(TAB.format("60"))
    assert (finding.severity, finding.source.line, finding.message) == (
        "error", 15, "'2분기' 행의 발굴 값이 같은 행의 지원 + 연계 합과 다릅니다 (표기 120, 합계 130)")


WITH_TOTAL = "구 분\t발굴\t지원\t연계\n계\t{}\t180\t{}\n1분기\t100\t60\t40\n2분기\t{}\t70\t{}\n3분기\t80\t50\t30\n"


def test_a_wrong_part_is_found_on_its_row_where_the_total_row_agrees():
    # the 계 row's 연계 (120) and the row's 발굴 (120) both say 50: one finding, on the part
    assert findings(WITH_TOTAL.format("300", "120", "120", "50")) == []
    (finding,) = found(WITH_TOTAL.format("300", "120", "120", "60"))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual, finding.message) == (
        "sum.columns", "2분기", "연계", "50", "60",
        "'2분기' 행의 연계 값이 계 행과 발굴 열이 함께 맞는 값과 다릅니다 (표기 60, 맞는 값 50)")


def test_a_wrong_sum_on_a_row_is_found_there_alone():
    # 2분기's 발굴 130 breaks the 계 row's 발굴 (300 of 310) too: one finding, on its row
    assert findings(WITH_TOTAL.format("300", "120", "130", "50")) == [("sum.columns", "2분기", "발굴", "120", "130")]


def test_a_wrong_total_row_part_is_the_total_row_s_finding_alone():
    # the 계 row's 연계 130 where its rows make 120: its 발굴 of 300 adds up over the right 120
    assert findings(WITH_TOTAL.format("300", "130", "120", "50")) == [("sum.table", "계", "연계", "120", "130")]


def test_a_wrong_total_row_sum_is_one_finding():
    assert findings(WITH_TOTAL.format("310", "120", "120", "50")) == [("sum.columns", "계", "발굴", "300", "310")]


def test_a_sum_after_its_parts():
    table = "구 분\t남\t여\t인원\n가 동\t10\t12\t22\n나 동\t8\t9\t{}\n다 동\t5\t6\t11\n라 동\t4\t4\t8\n"
    assert findings(table.format("17")) == []
    assert findings(table.format("18")) == [("sum.columns", "나 동", "인원", "17", "18")]


def test_a_sum_of_three_columns():
    table = ("구 분\t접수\t처리\t이송\t반려\n민원실\t50\t40\t6\t4\n세무과\t30\t20\t5\t5\n"
             "복지과\t40\t30\t{}\t5\n")
    assert findings(table.format("5")) == []
    assert findings(table.format("7")) == [("sum.columns", "복지과", "접수", "42", "40")]


def test_columns_of_zeros_tell_no_sum():
    # 연계 0 on every row: 발굴 = 지원 on two rows is no sum of two figures, and the third row is no finding
    table = "구 분\t발굴\t지원\t연계\n1분기\t100\t100\t0\n2분기\t120\t120\t-\n3분기\t80\t70\t0\n"
    assert findings(table) == []


def test_one_row_tells_no_sum():
    table = "구 분\t발굴\t지원\t연계\n1분기\t100\t60\t40\n2분기\t120\t70\t60\n"
    assert findings(table) == []


def test_columns_that_add_up_on_few_rows_tell_no_sum():
    table = ("구 분\t신청\t선정\t탈락\n1차\t100\t60\t40\n2차\t120\t70\t50\n3차\t90\t50\t30\n4차\t80\t50\t20\n"
             "5차\t70\t40\t20\n")
    assert findings(table) == []  # two of five add up, three do not: 신청 is no sum of 선정 and 탈락


def test_rows_that_do_not_print_every_column_are_not_compared():
    table = "구 분\t발굴\t지원\t연계\n1분기\t100\t60\t40\n2분기\t120\t70\t\n3분기\t80\t50\t30\n"
    assert findings(table) == []


def test_a_remainder_is_the_difference_check_s_alone():
    # 부과 = 징수 + 미수납액 is the remainder's check (sum.table): one finding, not a column sum's too
    table = ("구 분\t부과\t징수\t미수납액\n재산세\t1,000\t600\t400\n주민세\t800\t500\t{}\n"
             "자동차세\t600\t200\t400\n")
    assert findings(table.format("300")) == []
    assert findings(table.format("350")) == [("sum.table", "주민세", "미수납액", "300", "350")]


def test_a_labelled_total_column_is_sum_table_s():
    table = "구 분\t계\t지원\t연계\n1분기\t100\t60\t40\n2분기\t120\t70\t60\n3분기\t80\t50\t30\n"
    assert findings(table) == [("sum.table", "2분기", "계", "130", "120")]


def test_rates_are_no_parts():
    table = ("구 분\t발굴\t지원\t지원율(%)\n1분기\t100\t60\t60.0\n2분기\t120\t60\t50.0\n3분기\t80\t40\t50.0\n")
    assert findings(table) == []


def test_a_shortfall_is_the_shortfall_check_s_alone():
    # 정원 = 현원 + 결원 is `shortfall`'s (결원 = 정원 − 현원); the 계 row's 결원 adds up over 통 장's right 7, and is
    # not blamed (before, sum.table on it too, expected 68)
    table = ("구 분\t정 원\t현 원\t결 원\n계\t2,722\t2,655\t67\n통 장\t412\t405\t8\n반 장\t2,310\t2,250\t60\n")
    assert findings(table) == [("shortfall", "결원", "통 장", "7", "8")]
