"""A class's label printing a note in brackets (`공무직<br>(기간제 포함)`) is one class, `공무직(기간제포함)`, in every
layout: a cell's line break (tabs, markdown pipes) as where space-aligned text wraps the note onto the header's next
line, alone under the class (`공무직` over `(기간제 포함)`). Before, the space-aligned table read the note as a grade
of 공무직 (`(기간제포함)`), so one table gave two shapes. The note says whom the count counts (기간제 too), so the
label keeps it, as `행정6급(임기제)` does: a 공무직 count with 기간제 is not added up with one without."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

HEAD = "제310회 한빛구의회 제2차 정례회\n\n2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n1. 인력\n\n"
CLASSES = {
    "tabs": "구분\t계\t일반직\t공무직<br>(기간제 포함)\n정원\t10\t8\t2\n현원\t9\t7\t2\n",
    "pipes": "| 구분 | 계 | 일반직 | 공무직<br>(기간제 포함) |\n|---|---|---|---|\n| 정원 | 10 | 8 | 2 |\n"
             "| 현원 | 9 | 7 | 2 |\n",
    "aligned": "  구분     계     일반직     공무직\n                             (기간제 포함)\n"
               "  정원     10        8          2\n  현원      9        7          2\n",
    "aligned spaced": "  구  분     계     일 반 직     공 무 직\n                                 (기간제 포함)\n"
                      "  정  원     10        8            2\n  현  원      9        7            2\n",
}
GRADES = {
    "tabs": "구분\t계\t일반직\t\t공무직<br>(기간제 포함)\n\t\t6급\t7급\t\n정원\t10\t3\t5\t2\n현원\t9\t3\t4\t2\n",
    "aligned": "  구분     계       일반직         공무직\n                 6급     7급    (기간제 포함)\n"
               "  정원     10      3       5          2\n  현원      9      3       4          2\n",
}


def report_of(table: str):
    return extract_report(read_text("t.md" if table.lstrip().startswith("|") or "\t" in table else "t.txt",
                                    (HEAD + table).encode()))


@pytest.mark.parametrize("layout", CLASSES)
def test_a_class_with_its_note_is_one_class(layout):
    r = report_of(CLASSES[layout])
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing] == [
        ("정원", "계", "계", 10), ("정원", "일반직", "계", 8), ("정원", "공무직(기간제포함)", "계", 2),
        ("현원", "계", "계", 9), ("현원", "일반직", "계", 7), ("현원", "공무직(기간제포함)", "계", 2)]
    assert [f.rule for f in run_checks(r) if f.rule.startswith("sum")] == []


@pytest.mark.parametrize("layout", GRADES)
def test_a_class_with_its_note_beside_a_class_of_grades(layout):
    r = report_of(GRADES[layout])
    assert [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == "현원"] == [
        ("계", "계", 9), ("일반직", "6급", 3), ("일반직", "7급", 4), ("공무직(기간제포함)", "계", 2)]
    assert [f.rule for f in run_checks(r) if f.rule.startswith("sum")] == []
