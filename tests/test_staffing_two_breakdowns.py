"""A staffing table printing its 계 broken down twice, by 직렬 and by 직급 side by side (`직렬별` over `행정 | 토목
…`, `직급별` over `6급 | 7급 | 8·9급`, or the two runs with no group labels), and a grade of two grades (`8·9급`).
Before, `직렬별` and `직급별` were read as two classes, `8·9급` after `7급` as a class, and every 계 as the sum of
both breakdowns (`정원 계 … 표기 32, 합계 64`: a false `sum.staffing` error a status). Written from a made-up 푸른구
교통행정과 report."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import is_grade

COVER = ("제305회 푸른구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n교통행정과\n\n"
         "Ⅰ. 일반현황\n\n2. 인 력\n\n")

GROUPED_TABS = """\
구 분\t계\t직 렬 별\t\t\t\t직 급 별\t\t
\t\t행정\t토목\t운전\t공업\t6급\t7급\t{grade}
정 원\t32\t18\t6\t4\t4\t7\t12\t13
현 원\t30\t17\t6\t3\t4\t7\t11\t{present}
과부족\t△2\t△1\t-\t△1\t-\t-\t△1\t△1
"""

GROUPED_PIPES = """\
| 구 분 | 계 | 직렬별 |  |  |  | 직급별 |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
|  |  | 행정 | 토목 | 운전 | 공업 | 6급 | 7급 | {grade} |
| 정 원 | 32 | 18 | 6 | 4 | 4 | 7 | 12 | 13 |
| 현 원 | 30 | 17 | 6 | 3 | 4 | 7 | 11 | {present} |
| 과부족 | △2 | △1 | - | △1 | - | - | △1 | △1 |
"""

# pandoc's `-t plain` simple table: the two runs with no group label over them
PLAIN = """\
  ------------------------------------------------------------------------
  구 분     계      행정    토목    운전    공업    6급    7급    {grade:<6}
  --------- ------- ------- ------- ------- ------- ------ ------ --------
  정 원     32      18      6       4       4       7      12     13

  현 원     30      17      6       3       4       7      11     {present}

  과부족    △2      △1      -       △1      -       -      △1     △1
  ------------------------------------------------------------------------
"""


def _report(table: str):
    return extract_report(read_text("t.txt", (COVER + table).encode()))


def _sum_findings(report):
    return [(f.row, f.expected, f.actual, f.message) for f in run_checks(report) if f.rule == "sum.staffing"]


@pytest.mark.parametrize("table", [GROUPED_TABS, GROUPED_PIPES, PLAIN])
@pytest.mark.parametrize("grade", ["8·9급", "8ㆍ9급", "8,9급"])
def test_the_total_broken_down_by_series_and_by_grade_adds_up_both_ways(table, grade):
    report = _report(table.format(grade=grade, present=12))
    quota = [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == "정원"]
    grade = grade.replace("ㆍ", "·")
    assert quota == [("계", "계", 32), ("행정", "계", 18), ("토목", "계", 6), ("운전", "계", 4), ("공업", "계", 4),
                     ("계", "6급", 7), ("계", "7급", 12), ("계", grade, 13)]
    assert _sum_findings(report) == []


@pytest.mark.parametrize("table", [GROUPED_TABS, PLAIN])
def test_a_wrong_grade_is_found_against_the_grades_alone(table):
    """현원 8·9급 printed 13 where the grades add up to 31: the 8·9급 is found, the one cell that makes the 직급별
    breakdown and its 과부족 agree (before, the 계, 31 against 30; not the two breakdowns together, 61)."""
    report = _report(table.format(grade="8·9급", present=13))
    assert _sum_findings(report) == [
        ("현원", "12", "13", "현원 계 8·9급 인원이 표의 합계·과부족과 맞지 않습니다 (표기 13, 그 셈에 맞는 값 12)")]


def test_a_table_of_grades_beside_a_class_still_adds_them_together():
    """`계 | 5급 … 9급 | 공무직`: grades of no class and a class are parts of one 계, as before."""
    report = _report("구 분\t계\t5급\t6급\t7급\t8·9급\t공무직\n정 원\t20\t1\t5\t6\t6\t2\n현 원\t21\t1\t5\t6\t6\t2\n")
    assert _sum_findings(report) == [("현원", "20", "21", "현원 계가 직렬별 인원의 합과 다릅니다 (표기 21, 합계 20)")]


@pytest.mark.parametrize("label", ["8·9급", "8,9급", "8/9급", "7~9급", "6급이하"])
def test_grades_of_two_grades_are_grades(label):
    assert is_grade(label)
