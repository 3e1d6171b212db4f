"""A continuity marker alone on its line over a title (`[신규]`, `(계속)`), where the part's such lines name `계속` and
another kind: each marks the titles after it that print none, up to the next such line, as the mark of a group's
heading does (`[신규]` over ① and ②, `[계속]` over ③ and ④: all four marked). A report marking each title alone and
marking continued ones would leave no title unmarked, so an unmarked one is its group's. Before, the line marked its
title only (② and ④ none). Marking one kind alone (`[신규]` over ①, ② printing none) or kinds other than `계속`, the
line is still its title's only: ② may be a project the report leaves unmarked."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = ("제301회 한빛구의회 제2차 정례회\n\n2025. 11. 10. ~ 11. 24.\n\n2026년 주요업무 계획\n\n감 사 담 당 관\n\n"
         "Ⅲ. 2026년 주요업무 계획\n\n")


def project(number: str, title: str) -> str:
    return f"{number} {title} (감사팀)\n\n□ 추진계획\n\n○ 점검 : 3월\n\n"


def continuity(text: str) -> list[tuple[int, str, str | None]]:
    report = extract_report(read_text("t.txt", (COVER + text).encode()))
    return [(p.seq, p.title, p.continuity) for p in report.projects]


GROUPS = ("[신규]\n\n" + project("①", "청렴 교육") + project("②", "공익신고 활성화")
          + "[계속]\n\n" + project("③", "자체감사") + project("④", "감사 결과 공개"))


@pytest.mark.parametrize(("new", "continued"), [
    ("[신규]", "[계속]"), ("(신규)", "(계속)"), ("[신규]", "(계속)"), ("[ 신 규 ]", "[ 계 속 ]")])
def test_marker_lines_of_two_kinds_mark_their_groups(new, continued):
    text = GROUPS.replace("[신규]", new).replace("[계속]", continued)
    assert continuity(text) == [(1, "청렴 교육", "신규"), (2, "공익신고 활성화", "신규"), (3, "자체감사", "계속"),
                                (4, "감사 결과 공개", "계속")]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_in_other_layouts(layout, tmp_path):
    report = read_laid_out(COVER + GROUPS, layout, tmp_path)
    assert [p.continuity for p in report.projects] == ["신규", "신규", "계속", "계속"]


def test_a_title_printing_its_own_keeps_it():
    text = GROUPS.replace("④ 감사 결과 공개", "④ 감사 결과 공개 [확대]")
    assert [c for _, _, c in continuity(text)] == ["신규", "신규", "계속", "확대"]


def test_one_kind_alone_marks_its_title_only():
    text = "[신규]\n\n" + project("①", "청렴 교육") + project("②", "공익신고 활성화")
    assert continuity(text) == [(1, "청렴 교육", "신규"), (2, "공익신고 활성화", None)]


def test_kinds_other_than_continued_mark_their_titles_only():
    """`[신규]` and `[확대]` lines, no `[계속]`: the unmarked ② and ④ may be continued projects left unmarked."""
    text = GROUPS.replace("[계속]", "[확대]")
    assert [c for _, _, c in continuity(text)] == ["신규", None, "확대", None]
