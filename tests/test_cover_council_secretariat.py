"""The council's secretariat is one department however a cover prints it: after the council's name
(`한빛구의회 사무국`, `한빛구의회사무국`, `구의회 사 무 국`) as alone or letter-spaced (`의회사무국`, `의 회 사 무 국`),
`의회사무국`, the name such reports give themselves. Before, `한빛구의회 사무국` was the department `사무국` (the
council's name read as the council's and taken out of the line), so one department's reports of two years were two."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

SESSION = "제310회 한빛구의회 제2차 정례회\n\n"
TITLE = "2025년 행정사무감사 업무보고"
TAB_BODY = "\n\nⅠ. 일반현황\n\n1. 인력\n\n구분\t계\t6급\t7급\n정원\t8\t3\t5\n현원\t8\t3\t5\n"
ALIGNED_BODY = ("\n\nⅠ. 일반현황\n\n1. 인력\n\n"
                "  구분     계     6급     7급\n  정원      8       3       5\n  현원      8       3       5\n")
MD_BODY = ("\n\n# Ⅰ. 일반현황\n\n## 1. 인력\n\n| 구분 | 계 | 6급 | 7급 |\n|---|---|---|---|\n"
           "| 정원 | 8 | 3 | 5 |\n| 현원 | 8 | 3 | 5 |\n")
LINES = ["한빛구의회 사무국", "한빛구의회사무국", "구의회 사 무 국", "한빛구의회 사 무 국", "의회사무국",
         "의 회 사 무 국", "의회 사무국", "한 빛 구 의 회 사 무 국"]


@pytest.mark.parametrize(("name", "body"), [("t.txt", TAB_BODY), ("t.txt", ALIGNED_BODY), ("t.md", MD_BODY)])
@pytest.mark.parametrize("line", LINES)
def test_the_councils_secretariat_is_one_department(line, name, body):
    report = extract_report(read_text(name, (SESSION + TITLE + "\n\n" + line + body).encode()))
    assert (report.document.department, report.document.council) == ("의회사무국", "한빛구의회")
    assert [(s.status, s.headcount) for s in report.staffing if s.grade == "계"] == [("정원", 8), ("현원", 8)]


@pytest.mark.parametrize("line", LINES[:2])
def test_the_secretariat_after_the_council_above_the_title(line):
    """Printed above the title (no session line), the council's name with it."""
    report = extract_report(read_text("t.txt", (line + "\n\n" + TITLE + TAB_BODY).encode()))
    assert report.document.department == "의회사무국"


def test_a_secretariat_printed_alone_stays_as_printed():
    """`사무국` with no council before it names no council: it is kept as printed."""
    report = extract_report(read_text("t.txt", (SESSION + TITLE + "\n\n사무국" + TAB_BODY).encode()))
    assert report.document.department == "사무국"
