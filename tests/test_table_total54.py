"""A table's one 계 line, found one way (`checks.tables._one_total`) by the change check (`_table_total`), the rate
check (`_grid_total`, worked out once a grid, not once a rate series) and the share checks; and the one-cell
search's message naming what makes a part it finds wrong where a sum in its own cell is cleared (`아 동 수 남·아 동 수
여`, the columns its row's 계 adds up; before, `아 동 수 계`, the part's own column)."""

from pathlib import Path
from unittest import mock

import pytest

from checks import run_checks, tables
from checks.tables import _one_total
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_table_rates_years import findings, table


@pytest.mark.parametrize(("labels", "total", "beside_subtotals"), [
    ([["계"], ["가"], ["나"]], 0, 0),
    ([["가"], ["나"], ["합계(명)"]], 2, 2),
    ([["시세", "가"], ["", "계"]], 1, 1),  # any of a row's labels
    ([["계"], ["가"], ["계"]], None, None),  # two 계s: none
    ([["가"], ["나"]], None, None),
    # a 계 over 소계s: none of all the lines' sum; the 계 beside its 소계s
    ([["계"], ["소 계"], ["가"], ["소계(A)"], ["나"]], None, 0),
    ([["계"], ["보통세 소계"], ["가"]], None, 0),
    # a 소 계 alone: the table's total of all its lines, no 계 beside 소계s
    ([["가"], ["나"], ["소 계"]], 2, None),
])
def test_the_one_total_line(labels, total, beside_subtotals):
    assert _one_total(enumerate(labels)) == total
    assert _one_total(enumerate(labels), beside_subtotals=True) == beside_subtotals


# 처리율 = 처리 ÷ 접수, 완료율 = 완료 ÷ 접수; two wrong of three in each, so the 계 says what each prints
TWO_RATES = ("구 분 | 접수 | 처리 | 처리율(%) | 완료 | 완료율(%)", "가 | 200 | 150 | 75.0 | 100 | 50.0",
             "나 | 400 | 300 | 80.0 | 200 | 60.0", "다 | 500 | 400 | 85.0 | 250 | 55.0",
             "계 | 1,100 | 850 | 77.3 | 550 | 50.0")


def test_two_rate_series_the_total_tells_are_checked_of_one_total_worked_out_once(tmp_path):
    asked = []

    def grid_total(grid):
        asked.append(grid.lines)
        return real(grid)

    real = tables._grid_total
    with mock.patch.object(tables, "_grid_total", grid_total):
        found = findings(table("민원 처리 현황", "건, %", *TWO_RATES), "tab", tmp_path)
    assert found == [("rate.table", "나", "완료율(%)", "50.0", "60.0"),
                     ("rate.table", "나", "처리율(%)", "75.0", "80.0"),
                     ("rate.table", "다", "완료율(%)", "50.0", "55.0"),
                     ("rate.table", "다", "처리율(%)", "80.0", "85.0")]
    assert asked == [[0, 1, 2, 3]]  # the grid's lines, the 계 one of them: once, not once a series


def test_a_wrong_part_beside_its_share_is_named_by_the_columns_its_row_s_total_adds_up():
    path = Path(__file__).parent / "department_reports" / "2025-hanbit-adong.md"
    text = path.read_text().replace("<td>한빛2동</td><td>2,025</td>", "<td>한빛2동</td><td>2,052</td>")
    found = run_checks(extract_report(read_text("2025-hanbit-adong.md", text.encode())))
    assert [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in found] == [
        ("sum.table", "한빛2동", "아 동 수 계", "2,025", "2,052",
         "'한빛2동' 행의 아 동 수 계 값이 아 동 수 남·아 동 수 여·구성비 열이 함께 맞는 값과 다릅니다 "
         "(표기 2,052, 맞는 값 2,025)")]

