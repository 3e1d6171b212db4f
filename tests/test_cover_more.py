"""Covers as converters print them: a bureau and its department joined by a dash, and a cover without blank lines
whose session, dates, title and department run into one paragraph."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

TITLE = "2025년 주요업무 보고"


def cover_info(cover: str, body: str = ""):
    return extract_report(read_text("t.txt", f"{cover}\n\nⅠ. 일반현황\n\n{body}".encode())).document


@pytest.mark.parametrize("dash", ["-", "–", "─", "—"])
def test_a_bureau_and_its_department_joined_by_a_dash(dash):
    assert cover_info(f"{TITLE}\n\n행정지원국 {dash} 총무과").department == "총무과"
    assert cover_info(f"행정지원국 {dash} 총무과\n\n{TITLE}").department == "총무과"  # above the title
    assert cover_info(f"{TITLE}\n\n행 정 지 원 국 {dash} 총 무 과").department == "총무과"


@pytest.mark.parametrize(("line", "department", "teams"), [
    ("행정지원국 - 총무과 - ( 5 )개팀", "총무과", 5),
    ("총 무 과 - ( 5 )개팀", "총무과", 5),  # the dash before the teams still ends the department's name
    ("보건소 - ( 3 )개팀", "보건소", 3),
    ("도시계획과 - 3팀 18명", "도시계획과", 3),
])
def test_the_organisation_lines_dash_before_its_teams_or_between_units(line, department, teams):
    info = cover_info(TITLE, f"1 조 직\n\n{line}\n")
    assert (info.department, info.team_count) == (department, teams)


SESSION = "제265회 영등포구의회 제1차 정례회"
START, END = dt.date(2025, 6, 12), dt.date(2025, 6, 27)


@pytest.mark.parametrize(("cover", "expected"), [
    ("2025년도 주요업무보고 제265회 영등포구의회 정례회 총무과",
     ("총무과", 2025, "2025년도 주요업무보고", "제265회 영등포구의회 정례회", None, None)),
    (f"{SESSION} 2025. 6. 12. ~ 6. 27. {TITLE} 총 무 과", ("총무과", 2025, TITLE, SESSION, START, END)),
    (f"영등포구의회 제265회 제1차 정례회 2025. 6. 12.(목) ~ 6. 27.(금) {TITLE} 행정지원국 ─ 총무과",
     ("총무과", 2025, TITLE, SESSION, START, END)),
    (f"{TITLE} 총무과 2025. 6.", ("총무과", 2025, TITLE, None, None, None)),  # the date after the department
    (f"{TITLE}\n\n총무과 2025. 6.", ("총무과", 2025, TITLE, None, None, None)),
    (f"{SESSION} 총무과\n\n{TITLE}", ("총무과", 2025, TITLE, SESSION, None, None)),  # above the title
    (f"행정지원국 총무과 {TITLE}", ("총무과", 2025, TITLE, None, None, None)),
    (f"{TITLE} {SESSION} 행정위원회 총 무 과", ("총무과", 2025, TITLE, SESSION, None, None)),
    # no title: the department below the session, the year from the date printed beside it, the session's date
    (f"{SESSION} 2025. 6. 12. 총 무 과", ("총무과", 2025, None, SESSION, START, None)),
    (f"{SESSION}\n\n2025. 6. 12. ~ 6. 27.\n\n총무과", ("총무과", 2025, None, SESSION, START, END)),
])
def test_a_cover_run_into_one_paragraph(cover, expected):
    info = cover_info(cover)
    assert (info.department, info.year, info.title, info.council_session, info.session_start,
            info.session_end) == expected


@pytest.mark.parametrize(("cover", "department"), [
    (f"{TITLE} 영등포구의회 총무과", "총무과"),
    (f"{TITLE}\n\n영등포구의회", None),
    (f"{TITLE}\n\n정례회 총무과", "총무과"),
    (f"{TITLE}\n\n주요업무보고 총무과", "총무과"),
    (f"{SESSION}\n\n행정위원회", None),  # the council's committee names whom the report is made to
    (f"{TITLE}\n\n행정위원회\n\n총무과", "총무과"),
    (f"{TITLE}\n\n영등포구의회 의회사무국", "의회사무국"),  # the council's own office is a department
])
def test_nothing_else_on_the_cover_is_the_department(cover, department):
    assert cover_info(cover).department == department


@pytest.mark.parametrize("line", ["장 소   한빛구의회 본회의장", "장 소", "보고부서   복지정책과",
                                  "소 관   복지정책과"])
def test_a_fields_label_is_no_department(line):
    """A text cover printing its fields as a two-column cover is read (no colon after the label): `장 소` is no
    department, and the department is the value after `보고부서`, `소 관`, not run into its label."""
    assert cover_info(f"{TITLE}\n\n일 시   2025. 6. 10.\n\n{line}\n\n복 지 정 책 과").department == "복지정책과"
