"""A project's team printed bare a space after its title (`다. 청사 환경 개선 청사관리팀`, as markdown prints a
right-aligned cell and some reports print it), where the part's other titles bracket theirs: its team where the
report names that office as a team elsewhere, another title's team (bracketed, set apart, on a line of its own) or
a row of a staffing table by team. Before, the title kept the team's name and named none. A last word naming no
team the report knows stays the title's (`… 여자축구팀`, `… 교통정책팀` where nothing else names it), as before."""

import pytest

from pipeline.extract import extract_file
from tests.layouts import make_pdfs

COVER = "제258회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
STAFFING = ("Ⅰ. 일반현황\n\n1. 인력 현황\n\n팀 별\t계\t5급\t6급\t7급\n계\t9\t1\t4\t4\n"
            "총무팀\t4\t1\t2\t1\n청사관리팀\t3\t-\t1\t2\n홍보담당관\t2\t-\t1\t1\n\n")
BODY = ("Ⅱ. 주요업무 추진실적\n\n가. {first}\n\n□ 추진실적\n\n○ 방수공사 : 4월\n\n"
        "나. {second}\n\n□ 추진실적\n\n○ 직원 교육 : 3월\n\n"
        "다. {third}\n\n□ 추진실적\n\n○ 냉난방기 교체 : 5월\n")


def projects_of(text: str, layout: str, tmp_path) -> list[tuple[str, str | None]]:
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    if layout.startswith("pdf"):
        make_pdfs().render(source, tmp_path / "t.pdf", layout.removeprefix("pdf "))
        source = tmp_path / "t.pdf"
    elif layout == "md":
        source = source.rename(tmp_path / "t.md")
    return [(p.title, p.team) for p in extract_file(source).projects]


LAYOUTS = ["tab", "md", "pdf grid", "pdf none"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("first", "first_team"), [
    ("청사 보수 (청사관리팀)", "청사관리팀"),  # another title brackets it
    ("청사 보수 [청사관리팀]", "청사관리팀"),
    ("청사 보수 (총무팀, 청사관리팀)", "총무팀, 청사관리팀"),  # one of another title's two
])
def test_a_bare_team_another_title_names(first, first_team, layout, tmp_path):
    text = COVER + BODY.format(first=first, second="직원 역량 강화 (총무팀)", third="청사 환경 개선 청사관리팀")
    assert projects_of(text, layout, tmp_path) == [
        ("청사 보수", first_team), ("직원 역량 강화", "총무팀"), ("청사 환경 개선", "청사관리팀")]


@pytest.mark.parametrize("layout", ["tab", "md"])  # the PDFs drawn here print a tab as a space
@pytest.mark.parametrize(("first", "third", "team"), [
    ("청사 보수\t청사관리팀", "청사 환경 개선 청사관리팀", "청사관리팀"),
    ("구정 홍보 강화\t홍보담당관", "구정 소식지 발간 홍보담당관", "홍보담당관"),  # of other offices' names
    ("청사 보수\t청사관리TF", "청사 환경 개선 청사관리TF", "청사관리TF"),
])
def test_a_bare_team_another_title_sets_apart(first, third, team, layout, tmp_path):
    text = COVER + BODY.format(first=first, second="직원 역량 강화 (총무팀)", third=third)
    assert projects_of(text, layout, tmp_path) == [
        (first.split("\t")[0], team), ("직원 역량 강화", "총무팀"), (third.rsplit(" ", 1)[0], team)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("third", "read"), [
    ("청사 환경 개선 청사관리팀", ("청사 환경 개선", "청사관리팀")),  # a row of the staffing table by team
    ("구정 소식지 발간 홍보담당관", ("구정 소식지 발간", "홍보담당관")),
    # no team the report knows: the title's own
    ("직장운동경기부 여자축구팀", ("직장운동경기부 여자축구팀", None)),
    ("마을버스 노선 개편 교통정책팀", ("마을버스 노선 개편 교통정책팀", None)),
    ("어린이 축구팀 운영", ("어린이 축구팀 운영", None)),  # an office's name not last
    ("청사관리팀", ("청사관리팀", None)),  # the title is the name alone
])
def test_a_bare_team_a_staffing_table_counts(third, read, layout, tmp_path):
    text = COVER + STAFFING + BODY.format(first="청사 보수 (총무팀)", second="직원 역량 강화 (총무팀)", third=third)
    assert projects_of(text, layout, tmp_path) == [("청사 보수", "총무팀"), ("직원 역량 강화", "총무팀"), read]


def test_a_bare_team_read_where_the_report_prints_its_teams_bare_stays_read(tmp_path):
    """Titles printing their teams bare throughout name them so, as before (`1 청사 관리 청사관리팀`)."""
    text = COVER + BODY.format(first="청사 보수 총무팀", second="직원 역량 강화 총무팀",
                               third="청사 환경 개선 청사관리팀")
    assert projects_of(text, "tab", tmp_path) == [
        ("청사 보수", "총무팀"), ("직원 역량 강화", "총무팀"), ("청사 환경 개선", "청사관리팀")]
