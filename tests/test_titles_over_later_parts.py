"""A title lettered (`나. 제목`) or numbered with another circled digit (`❶ 제목`) that names no team, is listed in no
table of contents and has no purpose below it, standing right over a later part of a project (`□ 추진실적`,
`□ 추진상황`, `□ 향후계획`): it titles the next project where it is the part's first, or where the title above it is a
sibling numbered alike (`가. 제목 (감사팀)` over `나. 제목`) with no item so numbered between. Before, it was an item
of the project above (or of an untitled project), its parts that project's. A list's last item over the next part of
its project (`나. 캠페인 : 5월` after `가. 청렴교육 : 3월` over `□ 향후계획`) stays an item."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out
from tests.test_titles_over_first_parts import COVER


def summary(report):
    return [(p.seq, p.title, p.team, [(i.heading, i.text, i.start_month) for i in p.items]) for p in report.projects]


def titled(marks: str, first_team: str = "") -> str:
    first, second, third = (marks[0:2], marks[2:4], marks[4:6]) if marks[0] == "가" else tuple(marks)
    return (f"{first} 청렴 문화 확산{first_team}\n\n□ 추진실적\n\n○ 청렴교육 : 3월\n\n"
            f"{second} 자체감사 강화\n\n□ 추진상황\n\n○ 종합감사 : 4월\n\n"
            f"{third} 공익신고 활성화\n\n□ 향후계획\n\n○ 결과 공개 : 12월\n")


EXPECTED = [(1, "청렴 문화 확산", None, [("추진실적", "청렴교육 : 3월", 3)]),
            (2, "자체감사 강화", None, [("추진상황", "종합감사 : 4월", 4)]),
            (3, "공익신고 활성화", None, [("향후계획", "결과 공개 : 12월", 12)])]


@pytest.mark.parametrize("marks", ["가.나.다.", "❶❷❸", "➊➋➌"])
@pytest.mark.parametrize("layout", ["plain", "tab", "without-blank-lines"])
def test_titles_naming_no_team_over_later_parts(marks, layout, tmp_path):
    """The part's first such line over `□ 추진실적` titles the first project, and its siblings the next ones."""
    report = (extract_report(read_text("t.txt", (COVER + titled(marks)).encode())) if layout == "plain"
              else read_laid_out(COVER + titled(marks), layout, tmp_path))
    assert summary(report) == EXPECTED


@pytest.mark.parametrize("marks", ["가.나.다.", "❶❷❸"])
def test_siblings_of_a_title_naming_its_team(marks):
    """`가. 제목 (감사팀)` titles its project by its team; `나. 제목` and `다. 제목` below, naming none, over
    `□ 추진상황` and `□ 향후계획`, are its siblings."""
    report = extract_report(read_text("t.txt", (COVER + titled(marks, " (감사팀)")).encode()))
    assert summary(report) == [(1, "청렴 문화 확산", "감사팀", [("추진실적", "청렴교육 : 3월", 3)]), *EXPECTED[1:]]


def test_a_lettered_list_under_a_lettered_title_stays_items():
    """Under `가. 제목 (감사팀)`, a list lettered anew (`가. 청렴교육`, `나. 캠페인`) over `□ 향후계획`: its last item
    is no title, though it is lettered as the next project."""
    text = (COVER + "가. 청렴 문화 확산 (감사팀)\n\n□ 추진실적\n\n가. 청렴교육 : 3월\n\n나. 캠페인 : 5월\n\n"
            "□ 향후계획\n\n○ 결과 공개 : 12월\n")
    assert summary(extract_report(read_text("t.txt", text.encode()))) == [
        (1, "청렴 문화 확산", "감사팀", [("추진실적", "청렴교육 : 3월", 3), ("추진실적", "캠페인 : 5월", 5),
                                   ("향후계획", "결과 공개 : 12월", 12)])]


def test_a_lettered_item_under_a_title_numbered_otherwise_stays_an_item():
    """Under `① 제목`, `나. …` over `□ 향후계획` is its list's, however it is lettered."""
    text = (COVER + "① 청렴 문화 확산\n\n□ 추진실적\n\n○ 교육\n\n  나. 캠페인 : 5월\n\n"
            "□ 향후계획\n\n○ 결과 공개 : 12월\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    assert project.title == "청렴 문화 확산"
    assert [(i.heading, i.text) for i in project.items] == [("추진실적", "교육"), ("향후계획", "결과 공개 : 12월")]
    assert [i.text for i in project.items[0].children] == ["캠페인 : 5월"]
