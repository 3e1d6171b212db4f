"""A generic table's column (or row) of processing times, `처리기간(일)`, `소요기간`, is no sum: how long a case takes,
its 계 the average of its rows (`4.1` days over months of `4.2`, `4.0` …). Before, the 계 was checked as their sum
and gave a false `sum.table` error (expected 49.9 for 4.1). The cases done in time (`기간내 처리`) are still counts."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n민 원 여 권 과\n\n"
MONTHS = ("Ⅰ. 일반현황\n\n□ 2024년 월별 여권 발급 현황\n\n(단위: 건)\n\n"
          "월 별\t신청\t발급\t{days}\n계\t7,900\t{issued}\t4.2\n1월\t2,300\t2,290\t4.2\n2월\t2,100\t2,100\t4.0\n"
          "3월\t3,500\t3,490\t4.5\n")
IN_TIME = ("□ 민원 처리기간 준수 현황\n\n구 분\t접수\t기간내 처리\t처리율(%)\n계\t1,820\t{in_time}\t98.5\n"
           "고충민원\t420\t408\t97.1\n인허가민원\t1,400\t1,384\t98.9\n")


def findings(text: str, layout: str = "tab", tmp_path=None):
    r = extract_report(read_text("t.txt", text.encode())) if layout == "tab" else read_laid_out(text, layout, tmp_path)
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("days", ["처리기간(일)", "처리 기간", "평균 처리기간(일)", "소요기간"])
def test_a_processing_time_is_no_sum(days):
    assert findings(COVER + MONTHS.format(days=days, issued="7,880")) == []


@pytest.mark.parametrize("layout", ["space-aligned", "pipe-tables", "pdf grid", "pdf none"])
def test_a_processing_time_is_no_sum_in_other_layouts(layout, tmp_path):
    assert findings(COVER + MONTHS.format(days="처리기간(일)", issued="7,880"), layout, tmp_path) == []


def test_the_counts_beside_it_are_still_summed():
    assert findings(COVER + MONTHS.format(days="처리기간(일)", issued="7,800")) == [
        ("sum.table", "계", "발급", "7,880", "7,800")]


def test_a_processing_time_as_a_row_is_no_sum():
    """Months as columns, the time a row of its own under the counts: the 누계 of its row is no sum of it."""
    text = COVER + ("Ⅰ. 일반현황\n\n□ 월별 여권 발급 현황\n\n구 분\t1월\t2월\t3월\t누계\n"
                    "발급(건)\t2,290\t2,100\t3,490\t7,880\n처리기간(일)\t4.2\t4.0\t4.5\t4.2\n")
    assert findings(text) == []


def test_cases_done_in_time_are_counts():
    assert findings(COVER + "Ⅰ. 일반현황\n\n" + IN_TIME.format(in_time="1,782")) == [
        ("sum.table", "계", "기간내 처리", "1,792", "1,782")]
