"""A title lettered (`라. 제목`) or numbered with another circled digit (`❶ 제목`), as plain text prints it as a bullet,
that names no team, is listed in no table of contents and has no purpose right below it, but stands right over a part
a project starts with (`□ 사업개요`, `□ 추진배경`, `□ 사업목적`; a team line, continuity marker or purpose between): it
titles the next project. Before, it was an item of the project above, its parts that project's. A lettered or circled
item over any other part (`□ 향후계획`) stays an item."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = ("제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n감 사 담 당 관\n\n"
         "Ⅱ. 주요업무 추진실적\n\n")


def body(first: str, second: str, part: str = "사업개요", between: str = "") -> str:
    return (f"{first} 청렴 문화 확산\n\n□ 사업개요\n\n○ 기간 : 2025. 1. ~ 12.\n\n□ 추진실적\n\n○ 청렴교육 : 3월\n\n"
            f"{second} 자체감사 강화\n\n{between}□ {part}\n\n○ 종합감사 : 4월~6월\n\n"
            "□ 향후계획\n\n○ 결과 공개 : 12월\n")


def summary(report):
    return [(p.seq, p.title, [(i.heading, i.text) for i in p.items]) for p in report.projects]


EXPECTED = [(1, "청렴 문화 확산", [("사업개요", "기간 : 2025. 1. ~ 12."), ("추진실적", "청렴교육 : 3월")]),
            (2, "자체감사 강화", [("사업개요", "종합감사 : 4월~6월"), ("향후계획", "결과 공개 : 12월")])]


@pytest.mark.parametrize("marks", ["가.나.", "❶❷", "➊➋"])
@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_titles_over_a_projects_first_part_start_their_projects(marks, layout, tmp_path):
    first, second = (marks[:2], marks[2:]) if marks[0] == "가" else tuple(marks)
    report = read_laid_out(COVER + body(first, second), layout, tmp_path)
    assert summary(report) == EXPECTED
    assert run_checks(report) == []


@pytest.mark.parametrize("part", ["추진배경", "사업목적", "추진 개요"])
@pytest.mark.parametrize("between", ["", "(감사팀)\n\n", "[신규]\n\n", "공직자의 청렴 의식을 높이고자 함\n\n"])
def test_a_lettered_title_over_any_first_part_and_what_a_title_prints_between(part, between):
    report = extract_report(read_text("t.txt", (COVER + body("가.", "나.", part, between)).encode()))
    assert [p.title for p in report.projects] == ["청렴 문화 확산", "자체감사 강화"]
    assert report.projects[1].items[0].heading == part


def test_the_fourth_title_lettered_under_titles_naming_their_teams():
    """The README's case: `라. 제목` after three titles naming their teams, itself naming none."""
    text = COVER + "".join(
        f"{letter}. 사업 {letter} (감사팀)\n\n□ 사업개요\n\n○ 기간 : 연중\n\n" for letter in "가나다") + (
        "라. 공익신고 활성화\n\n□ 사업개요\n\n○ 기간 : 연중\n")
    report = extract_report(read_text("t.txt", text.encode()))
    assert [(p.seq, p.title, p.team, len(p.items)) for p in report.projects] == [
        (1, "사업 가", "감사팀", 1), (2, "사업 나", "감사팀", 1), (3, "사업 다", "감사팀", 1),
        (4, "공익신고 활성화", None, 1)]


@pytest.mark.parametrize("marks", ["가.나.", "❶❷"])
def test_a_lettered_or_circled_item_over_another_part_stays_an_item(marks):
    """A list's last item right above the next part of its project (`□ 향후계획`) is no title."""
    first, second = (marks[:2], marks[2:]) if marks[0] == "가" else tuple(marks)
    text = (COVER + "① 청렴 문화 확산 (감사팀)\n\n□ 추진실적\n\n"
            f"{first} 청렴교육 : 3월\n\n{second} 청렴 캠페인 : 5월\n\n□ 향후계획\n\n○ 결과 공개 : 12월\n")
    report = extract_report(read_text("t.txt", text.encode()))
    [project] = report.projects
    assert [(i.heading, i.text) for i in project.items] == [
        ("추진실적", "청렴교육 : 3월"), ("추진실적", "청렴 캠페인 : 5월"), ("향후계획", "결과 공개 : 12월")]


def test_a_circled_item_under_a_purpose_of_an_untitled_project_over_another_part_stays_an_item():
    """Under a project started at its purpose (no title printed), `❷` numbers the next project, but stands over a
    part of the project's own (`□ 향후계획`): an item still."""
    text = (COVER + "청사를 쾌적하게 관리하고자 함\n\n□ 추진실적\n\n❶ 승강기 교체 : 3월\n\n❷ 방수공사 : 5월\n\n"
            "□ 향후계획\n\n○ 외벽 보수 : 9월\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    assert [i.text for i in project.items] == ["승강기 교체 : 3월", "방수공사 : 5월", "외벽 보수 : 9월"]


@pytest.mark.parametrize("marks", ["가.나.", "❶❷"])
def test_a_title_over_its_purpose_then_any_part(marks):
    """`❶ 제목` right above its purpose is a title, as a lettered one is (before, an item), whatever part follows."""
    first, second = (marks[:2], marks[2:]) if marks[0] == "가" else tuple(marks)
    text = COVER + "".join(f"{mark} 사업 {n}\n\n사업 {n}을 추진하고자 함\n\n□ 추진실적\n\n○ 점검 : {n}월\n\n"
                           for n, mark in ((1, first), (2, second)))
    report = extract_report(read_text("t.txt", text.encode()))
    assert [(p.title, p.purpose, [i.text for i in p.items]) for p in report.projects] == [
        ("사업 1", "사업 1을 추진하고자 함", ["점검 : 1월"]), ("사업 2", "사업 2을 추진하고자 함", ["점검 : 2월"])]
