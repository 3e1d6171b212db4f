"""One wrong cell of a staffing table is one finding, on that cell: a 정원 계 its classes do not make is not also
the 과부족 under it (right by the 정원 its cells make), nor the line above it that states that 정원; a wrong 과부족
of a grade is not also the 과부족 계 (right by its 현원 − 정원) its parts miss by as much. Before, each was two
findings (three with the line), the second expected through the wrong cell."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import read_laid_out

REPORT = ("제305회 새빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
          "# Ⅰ. 일반현황\n\n## 2 인 력 : 정원 30명 / 현원 28명\n\n"
          "구 분\t계\t일 반 직\t\t\t\t\t공 무 직\n\t\t5급\t6급\t7급\t8급\t9급\t\n"
          "정 원\t30\t1\t5\t8\t4\t2\t10\n현 원\t28\t1\t6\t7\t3\t2\t9\n과부족\t△2\t-\t1\t△1\t△1\t-\t△1\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def found(r):
    return [(f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_unplanted_table_gives_no_finding(layout, tmp_path):
    assert found(read_laid_out(REPORT, layout, tmp_path)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("printed", "planted", "finding"), [
    ("정 원\t30", "정 원\t31", ("sum.staffing", "error", "인력", "정원", "계", "30", "31")),
    ("현 원\t28", "현 원\t27", ("sum.staffing", "error", "인력", "현원", "계", "28", "27")),
    ("△1\t△1\t-\t△1", "△1\t△2\t-\t△1", ("shortfall", "error", "인력", "과부족", "일반직 8급", "-1", "-2")),
    ("-\t△1\n", "-\t△2\n", ("shortfall", "error", "인력", "과부족", "공무직 계", "-1", "-2")),
    ("현원 28명", "현원 27명", ("cross.staffing_line", "warning", "인력", "현원", "계", "27", "28")),
], ids=["quota-total", "current-total", "grade-shortfall", "class-shortfall", "line"])
def test_one_wrong_cell_is_one_finding_on_it(printed, planted, finding, layout, tmp_path):
    assert found(read_laid_out(REPORT.replace(printed, planted, 1), layout, tmp_path)) == [finding]


def test_so_in_cp949_text_with_the_classes_spaced_apart(tmp_path):
    path = tmp_path / "총무과.txt"
    text = REPORT.replace("정 원\t30", "정 원\t31").replace("일 반 직", "일  반  직")
    path.write_bytes(text.encode("cp949"))
    assert found(extract_file(path)) == [("sum.staffing", "error", "인력", "정원", "계", "30", "31")]


def test_a_shortfall_wrong_beside_a_wrong_total_is_still_found(tmp_path):
    """The 정원 계 31 (its classes make 30) over a 과부족 계 △1: 28 − 30 is △2 (and 28 − 31 △3), so the 과부족 is wrong
    too, found as it was (expected of the printed 정원), and as no sum of its parts."""
    planted = REPORT.replace("정 원\t30", "정 원\t31").replace("과부족\t△2", "과부족\t△1")
    assert found(read_laid_out(planted, "tab", tmp_path)) == [
        ("sum.staffing", "error", "인력", "정원", "계", "30", "31"),
        ("shortfall", "error", "인력", "과부족", "계", "-3", "-1"),
        ("sum.staffing", "error", "인력", "과부족", "계", "-2", "-1")]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("printed", "planted", "finding"), [
    ("정 원\t30\t1\t5", "정 원\t30\t1\t6", ("sum.staffing", "error", "인력", "정원", "일반직 6급", "5", "6")),
    ("현 원\t28\t1\t6", "현 원\t28\t1\t7", ("sum.staffing", "error", "인력", "현원", "일반직 6급", "6", "7")),
], ids=["quota-grade", "current-grade"])
def test_a_wrong_grade_under_a_total_the_line_states_is_one_finding_on_the_grade(printed, planted, finding, layout,
                                                                                 tmp_path):
    """6급's 정원 printed 6 for 5 under a 정원 계 of 30, which the line above states (`정원 30명`): the grade is the one
    cell that makes the 계 and its 과부족 agree; before, the 계 (expected 31) and the 과부족 of 6급 were found."""
    assert found(read_laid_out(REPORT.replace(printed, planted, 1), layout, tmp_path)) == [finding]
