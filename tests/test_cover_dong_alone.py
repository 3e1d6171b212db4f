"""A 동 주민센터's report whose cover names the 동 alone below its title (`새솔3동`, as HWP's text prints the cover of a
report a 동 gives): the 동 is its department, as `새솔3동 주민센터` is. Before, the report had no department
(`cover.missing`). A word ending in 동 that names an activity (`봉사활동`), or a line further down, is none."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

SESSION = "제310회 한빛구의회 제2차 정례회\n\n2025. 11. 18. ~ 12. 16.\n\n"
TITLE = "2025년 행정사무감사 업무보고"
BODY = "\n\nⅠ. 일반현황\n\n1. 인력\n\n구분\t계\t6급\t7급\n정원\t8\t3\t5\n현원\t8\t3\t5\n"


def report_of(cover: str):
    return extract_report(read_text("t.txt", (SESSION + cover + BODY).encode()))


@pytest.mark.parametrize(("line", "department"), [
    ("새솔3동", "새솔3동"),
    ("상계3·4동", "상계3·4동"),
    ("여의동", "여의동"),
    ("영등포본동", "영등포본동"),
    ("새 솔 3 동", "새솔3동"),  # letter-spaced
    ("새솔3동 주민센터", "새솔3동주민센터"),  # as before
])
def test_a_dong_named_alone_below_the_title_is_the_department(line, department):
    report = report_of(f"{TITLE}\n\n{line}")
    assert report.document.department == department
    assert [f.rule for f in run_checks(report) if f.rule.startswith("cover")] == []
    assert [(s.status, s.headcount) for s in report.staffing if s.grade == "계"] == [("정원", 8), ("현원", 8)]


@pytest.mark.parametrize("line", ["봉사활동", "주민운동", "공동", "함께하는 새솔동"])
def test_a_word_ending_in_dong_that_names_no_dong_is_no_department(line):
    assert report_of(f"{TITLE}\n\n{line}").document.department is None


def test_a_dong_below_another_line_is_no_department():
    assert report_of(f"{TITLE}\n\n구민과 함께\n\n새솔3동").document.department is None


@pytest.mark.parametrize("line", ["명동", "중동", "종로5·6가동", "성수1가1동", "효자동", "제기동", "회기동"])
def test_a_dong_the_pattern_misses_still_names_no_department(line):
    """Real 동s `_DONG_RE` does not read (README, "What it does not read yet"): a one-syllable stem, a 가 with its
    numbers, a stem ending as a word of an activity does (`자동`, `기동`)."""
    assert report_of(f"{TITLE}\n\n{line}").document.department is None
