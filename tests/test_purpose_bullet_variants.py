"""A project's purpose printed as a bullet right below its title (`○ 노후 청사를 … 만들고자 함`), as it is a
paragraph elsewhere; a bullet there that is a field or the team stays what it is."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

HEAD = "2025년 주요업무 보고\n\n총 무 과\n\nⅡ. 주요업무 추진실적\n\n"
TITLE = "① 청사 리모델링 공사 (청사관리팀)\n\n"
PURPOSE = "노후 청사를 리모델링하여 안전하고 쾌적한 민원 공간을 만들고자 함"
PARTS = "□ 사업개요\n  - 기 간 : 2025. 1. ~ 2025. 12.\n\n□ 추진실적\n  - 1단계 공사: 1월~5월\n"


def project(body: str, title: str = TITLE):
    (only,) = extract_report(read_text("t.txt", (HEAD + title + body).encode())).projects
    return only.title, only.team, only.purpose, [(i.heading, i.text, i.start_month, i.end_month) for i in only.items]


@pytest.mark.parametrize("mark", ["○", "ㅇ", "-", "◦"])
def test_a_purpose_printed_as_a_bullet_below_the_title_is_the_purpose(mark):
    assert project(f"{mark} {PURPOSE}\n\n{PARTS}") == (
        "청사 리모델링 공사", "청사관리팀", PURPOSE,
        [("사업개요", "기 간 : 2025. 1. ~ 2025. 12.", 1, 12), ("추진실적", "1단계 공사: 1월~5월", 1, 5)])


def test_a_purpose_bullet_below_the_team_line_printed_as_a_bullet():
    assert project(f"- 담당: 청사관리팀\n\n○ {PURPOSE}\n\n{PARTS}", "① 청사 리모델링 공사\n\n")[:3] == (
        "청사 리모델링 공사", "청사관리팀", PURPOSE)


@pytest.mark.parametrize(("field", "months"), [("기 간 : 연중", (1, 12)), ("추진실적: 3건 완료함", (None, None))])
def test_a_field_bullet_below_the_title_stays_an_item(field, months):
    assert project(f"○ {field}\n○ 대상: 본관 청사\n") == (
        "청사 리모델링 공사", "청사관리팀", None, [("", field, *months), ("", "대상: 본관 청사", None, None)])


def test_a_purpose_bullet_below_a_part_stays_an_item():
    assert project(f"□ 사업개요\n  ○ {PURPOSE}\n")[2:] == (None, [("사업개요", PURPOSE, None, None)])


def test_only_the_first_purpose_bullet_is_the_purpose():
    second = "민원인 편의를 높이고자 함"
    assert project(f"○ {PURPOSE}\n○ {second}\n")[2:] == (PURPOSE, [("", second, None, None)])
