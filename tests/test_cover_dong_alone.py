"""A 동 주민센터's report whose cover names the 동 alone below its title (`새솔3동`, as HWP's text prints the cover of a
report a 동 gives): the 동 is its department, as `새솔3동 주민센터` is. Before, the report had no department
(`cover.missing`). A word ending in 동 that names an activity (`봉사활동`), or a line further down, is none."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@pytest.mark.parametrize(("line", "department"), [
    ("명동", "명동"), ("중동", "중동"),  # a stem of one letter
    ("종로5·6가동", "종로5·6가동"), ("종로5ㆍ6가동", "종로5·6가동"), ("성수1가1동", "성수1가1동"),
    ("종로1·2·3·4가동", "종로1·2·3·4가동"),  # a 가 and its numbers
    ("효자동", "효자동"), ("제기동", "제기동"), ("회기동", "회기동"),  # a stem ending as a word does
    ("효 자 동", "효자동"), ("명동 주민센터", "명동주민센터"), ("종로5·6가동 주민센터", "종로5·6가동주민센터"),
])
def test_a_dong_of_a_short_stem_a_ga_or_a_word_ending_is_the_department(line, department):
    """Before, `명동`, `종로5·6가동` and `효자동` alone below the title named no department (`cover.missing`)."""
    report = report_of(f"{TITLE}\n\n{line}")
    assert report.document.department == department
    assert [f.rule for f in run_checks(report) if f.rule.startswith("cover")] == []


@pytest.mark.parametrize(("cover", "department"), [
    ("# 2025년 행정사무감사 업무보고\n\n## 효자동\n\n", "효자동"),  # markdown
    ("          2025년 행정사무감사 업무보고\n\n                    종로5·6가동\n\n", "종로5·6가동"),  # centred
    ("\t2025년 행정사무감사 업무보고\n\t명동\n", "명동"),  # tab-indented
])
def test_a_dong_alone_reads_in_markdown_and_aligned_covers(cover, department):
    report = extract_report(read_text("t.txt", (SESSION + cover + BODY).encode()))
    assert report.document.department == department


@pytest.mark.parametrize("line", ["자동", "기동", "이동", "활동", "운동", "행동", "공동", "합동", "가동", "출동",
                                  "전자동", "반자동", "재기동", "인사이동", "자동 이체", "기동 순찰 강화",
                                  "주민 활동 지원", "1가동", "3기동", "1자동"])
def test_a_word_ending_in_dong_alone_or_in_text_is_still_no_department(line):
    """Words of an action or a change (`자동`, `기동`, `이동`), after a prefix (`전자동`, `재기동`) or a figure
    (`3기동`) or in text, end as `효자동`, `제기동` do but name no 동."""
    assert report_of(f"{TITLE}\n\n{line}").document.department is None


_STEMS = st.text(st.sampled_from("종로성수명중효제회신당산"), min_size=1, max_size=3)
_NUMBERS = st.lists(st.integers(1, 9).map(str), min_size=1, max_size=4).map("·".join)


@settings(max_examples=30, deadline=None)
@given(_STEMS, _NUMBERS, st.sampled_from(["", "가", "가1", "가2"]))
def test_any_numbered_dong_with_or_without_a_ga_is_the_department(stem, numbers, ga):
    name = f"{stem}{numbers}{ga}동"
    assert report_of(f"{TITLE}\n\n{name}").document.department == name
