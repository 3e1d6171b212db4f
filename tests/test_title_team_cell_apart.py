"""A project's team printed bare at the right of its title, set apart by a wide gap (`나. 마을버스 노선 개편
교통정책팀` as a right-aligned cell, two spaces or more), is its team where the part's other titles bracket theirs:
before, the readers collapsed the gap and the title kept the team's name (`마을버스 노선 개편 교통정책팀`, no team).
A letter-spaced or justified title (`청 사   관 리`) is not split; a team a space after the title stays in it."""

import pytest

from extractors import extract_report
from pipeline.read import read_document
from pipeline.read_text import read_text
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

COVER = "제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n교 통 행 정 과\n\n"
BODY = ("Ⅱ. 주요업무 추진계획\n\n가. 공영주차장 확충 (주차시설팀)\n\n□ 추진실적\n\n○ 공사 착공 : 3월\n\n"
        "나. {title}\n\n□ 추진실적\n\n○ 노선 개편 용역 : 1월~4월\n\n"
        "다. 불법 주정차 단속 강화 (주차관리팀)\n\n□ 추진실적\n\n○ 단속카메라 설치 : 3월\n")


def projects_of(title):
    report = extract_report(read_text("t.txt", (COVER + BODY.format(title=title)).encode()))
    return [(p.title, p.team) for p in report.projects]


@pytest.mark.parametrize(("title", "second"), [
    ("마을버스 노선 개편          교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("마을버스 노선 개편  교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("마을버스 노선 개편 [신규]      교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("주민자치 활성화 지원        자치행정과", ("주민자치 활성화 지원", "자치행정과")),
    ("구정 홍보 강화        홍보담당관", ("구정 홍보 강화", "홍보담당관")),
    ("스마트 교통 구축        스마트도시센터", ("스마트 교통 구축", "스마트도시센터")),
    # a space only: the team's name is the title's
    ("마을버스 노선 개편 교통정책팀", ("마을버스 노선 개편 교통정책팀", None)),
    # a letter-spaced or justified title is not split
    ("청 사   관 리", ("청 사 관 리", None)),
    ("교통안전   효과", ("교통안전 효과", None)),
    # but a justified title of two words whose last names a team is read as one with its team apart: none tells them
    ("어린이   축구팀", ("어린이", "축구팀")),
    # a cell apart naming no office stays in the title
    ("마을버스 노선 개편        추진중", ("마을버스 노선 개편 추진중", None)),
])
def test_a_team_set_apart_at_a_titles_right(title, second):
    assert projects_of(title) == [("공영주차장 확충", "주차시설팀"), second, ("불법 주정차 단속 강화", "주차관리팀")]


def test_markdown_loses_the_gap():
    """Markdown keeps no gap (pandoc prints one space): the title keeps the team's name, as before."""
    text = COVER + BODY.format(title="마을버스 노선 개편 교통정책팀").replace("가. ", "1. ", 1)
    report = extract_report(read_text("t.md", text.encode()))
    assert [p.team for p in report.projects][-2:] == [None, "주차관리팀"]


@pytest.mark.parametrize(("title", "second"), [
    ("마을버스 노선 개편\t교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("마을버스 노선 개편\t\t교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("주민자치 활성화 지원\t자치행정과", ("주민자치 활성화 지원", "자치행정과")),
])
def test_a_team_after_a_tab(title, second):
    """HWP's right tab stop, as its text export prints it: before, the title line was read as a tab table's row."""
    assert projects_of(title) == [("공영주차장 확충", "주차시설팀"), second, ("불법 주정차 단속 강화", "주차관리팀")]


PDF_LINES = ["제258회 한빛구의회 제1차 정례회", "", "2025년 주요업무 보고", "", "교통행정과", "",
             "Ⅱ. 주요업무 추진계획", "",
             ("가. 공영주차장 확충 (주차시설팀)", ""), "□ 추진실적", "○ 공사 착공 : 3월",
             ("나. {title}", "{right}"), "□ 추진실적", "○ 노선 개편 용역 : 1월~4월",
             ("다. 불법 주정차 단속 강화 (주차관리팀)", ""), "□ 추진실적", "○ 단속카메라 설치 : 3월"]


def pdf_projects(title: str, right: str, tmp_path):
    """The report drawn as a PDF, the second title's `right` at the right margin, as a right-aligned cell."""
    def draw(page):
        page.setFont(make_pdfs().BODY_FONT, 11)
        for k, line in enumerate(PDF_LINES):
            text, at_right = line if isinstance(line, tuple) else (line, "")
            page.drawString(60, 800 - 22 * k, text.format(title=title))
            page.drawRightString(540, 800 - 22 * k, at_right.format(right=right))
    path = tmp_path / "t.pdf"
    path.write_bytes(one_page_pdf(draw))
    return [(p.title, p.team) for p in extract_report(read_document(path)).projects]


@pytest.mark.parametrize(("title", "right", "second"), [
    ("마을버스 노선 개편", "교통정책팀", ("마을버스 노선 개편", "교통정책팀")),
    ("주민자치 활성화 지원", "자치행정과", ("주민자치 활성화 지원", "자치행정과")),
    ("마을버스 노선 개편", "추진중", ("마을버스 노선 개편 추진중", None)),
])
def test_a_team_at_a_pdfs_right_margin(title, right, second, tmp_path):
    assert pdf_projects(title, right, tmp_path) == [
        ("공영주차장 확충", "주차시설팀"), second, ("불법 주정차 단속 강화", "주차관리팀")]


@pytest.mark.parametrize("numbering", ["(1)", "[1]", "1)"])
@pytest.mark.parametrize("gap", ["\t", "      "])
def test_a_team_apart_at_the_right_of_a_title_numbered_as_a_list_item(numbering, gap):
    """Titles numbered as a list's items (`(2) 마을버스 노선 개편<TAB>교통정책팀`): before, the tab's line was a tab
    table's row (the project lost), the spaces' title kept the team."""
    body = BODY.replace("가. ", numbering + " ").replace("나. ", numbering.replace("1", "2") + " ").replace(
        "다. ", numbering.replace("1", "3") + " ")
    text = COVER + body.format(title=f"마을버스 노선 개편{gap}교통정책팀")
    report = extract_report(read_text("t.txt", text.encode()))
    assert [(p.seq, p.title, p.team) for p in report.projects] == [
        (1, "공영주차장 확충", "주차시설팀"), (2, "마을버스 노선 개편", "교통정책팀"),
        (3, "불법 주정차 단속 강화", "주차관리팀")]
