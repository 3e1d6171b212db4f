"""Project titles numbered as a list's items are (`1) 공영주차장 확충 (주차시설팀)`, `(1) …`, `1-1. …`, `[1] …`) right
under a part's heading, each over its own `□` parts or `○` items: before, they were no titles (the part's projects
ran into one untitled project, each title an item of it). A list so numbered under a project's part (`1) 관내 점검
실시` under `□ 추진실적`) stays items."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n교 통 행 정 과\n\n"
BODY = ("Ⅱ. 주요업무 추진계획\n\n{1} 공영주차장 확충 (주차시설팀)\n\n□ 사업개요\n\n○ 기간 : 2025. 1. ~ 12.\n\n"
        "○ 예산 : 1,200,000천원(구비)\n\n□ 추진실적\n\n○ 공사 착공 : 3월\n\n"
        "{2} 마을버스 노선 개편 (교통정책팀)\n\n□ 추진실적\n\n○ 노선 개편 용역 : 1월~4월 / 45,000천원\n\n"
        "{3} 불법 주정차 단속 강화 (주차관리팀)\n\n□ 추진실적\n\n○ 단속카메라 설치 : 3월\n\n"
        "□ 향후계획\n\n○ 단속 구간 확대 : 7월\n")
PROJECTS = [
    (1, "공영주차장 확충", "주차시설팀", [
        ("사업개요", "기간 : 2025. 1. ~ 12."), ("사업개요", "예산 : 1,200,000천원(구비)"),
        ("추진실적", "공사 착공 : 3월")]),
    (2, "마을버스 노선 개편", "교통정책팀", [("추진실적", "노선 개편 용역 : 1월~4월 / 45,000천원")]),
    (3, "불법 주정차 단속 강화", "주차관리팀", [
        ("추진실적", "단속카메라 설치 : 3월"), ("향후계획", "단속 구간 확대 : 7월")])]
NUMBERINGS = {"1)": ("1)", "2)", "3)"), "(1)": ("(1)", "(2)", "(3)"), "1-1.": ("2-1.", "2-2.", "2-3."),
              "[1]": ("[1]", "[2]", "[3]")}


def projects_of(report):
    return [(p.seq, p.title, p.team, [(i.heading, i.text) for i in p.items]) for p in report.projects]


def report_text(numbering, body=BODY):
    return COVER + body.replace("{1}", numbering[0]).replace("{2}", numbering[1]).replace("{3}", numbering[2])


@pytest.mark.parametrize("numbering", ["1)", "(1)", "1-1.", "[1]"])
def test_titles_numbered_as_list_items_under_a_part(numbering):
    report = extract_report(read_text("t.txt", report_text(NUMBERINGS[numbering]).encode()))
    assert projects_of(report) == PROJECTS
    assert [p.budget_lines[0].budget_krw for p in report.projects[:1]] == [1_200_000_000]


LAYOUTS = ["tab", "without-blank-lines", "space-aligned", "pandoc-escaped", "pdf grid", "pdf none"]


@pytest.mark.parametrize("numbering", NUMBERINGS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_titles_numbered_as_list_items_in_other_layouts(numbering, layout, tmp_path):
    assert projects_of(read_laid_out(report_text(NUMBERINGS[numbering]), layout, tmp_path)) == PROJECTS


@pytest.mark.parametrize("numbering", [("2-1.", "2-2.", "2-3."), ("2 - 1.", "2 - 2.", "2 - 3."),
                                       ("2-1)", "2-2)", "2-3)")])
@pytest.mark.parametrize("layout", ["pdf grid", "pdf none", "without-blank-lines", "tab"])
def test_a_title_numbered_1_1_under_a_line_as_wide_as_the_text(numbering, layout, tmp_path):
    """`2-3. 불법 주정차 단속 강화 (주차관리팀)` printed right below the `○` item that runs widest on the page (a PDF
    leaves no more space between them than between a bullet's lines): a title of its own, as the text reads it
    (before, in a PDF, it went on that item's text: `… / 45,000천원 2-3. 불법 주정차 …`, two projects)."""
    report = read_laid_out(report_text(numbering), layout, tmp_path)
    assert projects_of(report) == PROJECTS
    assert report.projects[1].items[0].text == "노선 개편 용역 : 1월~4월 / 45,000천원"


def test_under_a_numbered_part_and_over_bullet_items():
    """Parts numbered `2. 주요 사업`; titles over `○` items with no `□` part, their teams named."""
    body = ("1. 일반현황\n\n○ 정원 : 12명\n\n2. 주요업무 추진실적\n\n1) 공영주차장 확충 (주차시설팀)\n\n"
            "○ 공사 착공 : 3월\n\n  - 부지 매입 완료\n\n"
            "2) 마을버스 노선 개편 (교통정책팀)\n\n○ 노선 개편 용역 : 1월~4월\n")
    report = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert [(p.seq, p.title, p.team, [i.text for i in p.items]) for p in report.projects] == [
        (1, "공영주차장 확충", "주차시설팀", ["공사 착공 : 3월"]),
        (2, "마을버스 노선 개편", "교통정책팀", ["노선 개편 용역 : 1월~4월"])]
    assert [c.text for c in report.projects[0].items[0].children] == ["부지 매입 완료"]


def test_a_list_so_numbered_under_a_projects_part_stays_items():
    """`1) 관내 점검 실시` under `□ 추진실적` of a title numbered `①`, or of the part's first `□`: items, as before."""
    for title in ("① 공영주차장 확충 (주차시설팀)\n\n", ""):
        body = (f"Ⅱ. 주요업무 추진실적\n\n{title}□ 추진실적\n\n1) 관내 점검 실시 : 3월\n\n○ 12개소 점검\n\n"
                "2) 안전 교육 : 4월\n\n○ 관리인 30명\n\n□ 향후계획\n\n1) 하반기 점검 : 9월\n")
        report = extract_report(read_text("t.txt", (COVER + body).encode()))
        assert [(p.title, [(i.heading, i.text) for i in p.items]) for p in report.projects] == [
            ("공영주차장 확충" if title else None, [
                ("추진실적", "관내 점검 실시 : 3월"), ("추진실적", "안전 교육 : 4월"),
                ("향후계획", "하반기 점검 : 9월")])]


def test_a_list_under_a_list_numbered_title_stays_its_items():
    """Under `1) 제목`'s `□ 추진실적`, `1) 관내 점검`, `2) 안전 교육` (over `□ 향후계획`, naming no team) are items; the
    next title `2) 제목 (팀)` names its team."""
    body = ("Ⅱ. 주요업무 추진실적\n\n1) 공영주차장 확충 (주차시설팀)\n\n□ 추진실적\n\n"
            "1) 관내 점검 : 3월\n\n○ 12개소\n\n"
            "2) 안전 교육 : 4월\n\n□ 향후계획\n\n○ 하반기 점검 : 9월\n\n"
            "2) 마을버스 노선 개편 (교통정책팀)\n\n□ 추진실적\n\n○ 노선 개편 용역 : 1월~4월\n")
    report = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert [(p.seq, p.title, p.team, [(i.heading, i.text) for i in p.items]) for p in report.projects] == [
        (1, "공영주차장 확충", "주차시설팀", [("추진실적", "관내 점검 : 3월"), ("추진실적", "안전 교육 : 4월"),
                                     ("향후계획", "하반기 점검 : 9월")]),
        (2, "마을버스 노선 개편", "교통정책팀", [("추진실적", "노선 개편 용역 : 1월~4월")])]


def test_a_bare_numbered_list_under_a_part_stays_items():
    """`1) 관내 점검`, `2) 안전 교육` one below the other, nothing of their own under them: a list, one untitled
    project."""
    body = "Ⅱ. 주요업무 추진실적\n\n1) 관내 점검 실시 : 3월\n\n2) 안전 교육 : 4월\n\n3) 하반기 점검 : 9월\n"
    report = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert [(p.title, [i.text for i in p.items]) for p in report.projects] == [
        (None, ["관내 점검 실시 : 3월", "안전 교육 : 4월", "하반기 점검 : 9월"])]


def test_a_title_naming_its_team_over_a_table():
    """`[2] 제목 (팀)` over its budget table and no `□` part or `○` item: its team says it is a title."""
    body = ("Ⅱ. 주요업무 추진실적\n\n[1] 공영주차장 확충 (주차시설팀)\n\n○ 공사 착공 : 3월\n\n"
            "[2] 마을버스 노선 개편 (교통정책팀)\n\n(단위: 천원)\n\n"
            "구분\t예산액\t집행액\n노선 개편 용역\t45,000\t30,000\n")
    report = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert [(p.seq, p.title, p.team, len(p.items)) for p in report.projects] == [
        (1, "공영주차장 확충", "주차시설팀", 1), (2, "마을버스 노선 개편", "교통정책팀", 0)]
