"""`pdftotext` of some PDFs prints a space between digits and Hangul on the cover (`제 278 회 영등포구의회 제 1 차
정례회`): the session and the title are stored with their numbers closed up, as every other cover prints them
(`제278회 영등포구의회 제1차 정례회`), so that one session is one name (the `reports` view, `show 총무과 2025
제278회`); no other text of the cover is touched."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

BODY = "\n\nⅠ. 일반현황\n\n1. 조직\n\n총무과 - (5)개팀\n"


def cover_info(cover: str):
    return extract_report(read_text("t.txt", (cover + BODY).encode())).document


@pytest.mark.parametrize(("cover", "session"), [
    ("제 278 회 영등포구의회 제 1 차 정례회\n\n2025년 주요업무 보고\n\n총무과", "제278회 영등포구의회 제1차 정례회"),
    ("영등포구의회 제 278 회 제 1 차 정례회\n\n2025년 주요업무 보고\n\n총무과", "제278회 영등포구의회 제1차 정례회"),
    ("제 278회 영등포구의회 제1 차 정례회\n\n2025년 주요업무 보고\n\n총무과", "제278회 영등포구의회 제1차 정례회"),
    ("제 265 회 영등포구의회 임시회\n\n2025년 주요업무 보고\n\n총무과", "제265회 영등포구의회 임시회"),
    ("제 265 회 영 등 포 구 의 회 정례회\n\n2025년 주요업무 보고\n\n총무과", "제265회 영 등 포 구 의 회 정례회"),
    # `pdftotext -layout`: the cover's lines centred, words two spaces apart or more
    ("          제 278 회  영등포구의회  제 1 차 정례회\n\n              2025년 주요업무 보고\n\n"
     "                   총 무 과", "제278회 영등포구의회 제1차 정례회"),
    ("제 278 회 영등포구의회 제 1 차 정례회 2025. 6. 12. ~ 6. 27.\n\n2025년 주요업무 보고\n\n총무과",
     "제278회 영등포구의회 제1차 정례회"),
])
def test_a_sessions_spaced_numbers_are_closed_up(cover, session):
    """Before: `제 278 회 영등포구의회 제 1 차 정례회`, as printed."""
    info = cover_info(cover)
    assert (info.council_session, info.council, info.department, info.year) == (session, "영등포구의회", "총무과", 2025)


@pytest.mark.parametrize(("cover", "title"), [
    ("2025년 제 1 차 정례회 주요업무보고\n\n총무과", "2025년 제1차 정례회 주요업무보고"),
    ("2025년도\n\n제 1 차 정례회 주요업무보고\n\n총무과", "2025년도 제1차 정례회 주요업무보고"),
    ("2025년 제 2 회 추경 업무보고\n\n총무과", "2025년 제2회 추경 업무보고"),
    # no session's number: as printed
    ("2025년 제 2 기 주요업무 보고\n\n총무과", "2025년 제 2 기 주요업무 보고"),
    ("2025년 주요업무 보고\n\n총무과", "2025년 주요업무 보고"),
])
def test_a_titles_spaced_sitting_is_closed_up(cover, title):
    """Before: `2025년 제 1 차 정례회 주요업무보고` had four words between its year and `업무보고`, more than a title's
    three, so no title (nor its year) was read."""
    info = cover_info(cover)
    assert (info.title, info.year, info.department) == (title, 2025, "총무과")


def test_a_session_of_spaced_numbers_names_the_report_as_its_closed_up_number(cli, tmp_path):
    """`show` and the reports' names take `제278회`, as a cover printing it closed up is named."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("제 278 회 영등포구의회 제 1 차 정례회\n\n2025년 주요업무 보고\n\n총무과" + BODY,
                                  encoding="utf-8")
    code, _ = cli("ingest", folder, "--workers", "1")
    code, output = cli("query", "SELECT council_session, title FROM reports", "--json")
    assert code == 0
    assert "제278회 영등포구의회 제1차 정례회" in output
    code, output = cli("show", "총무과 2025")
    assert code == 0 and "제278회 영등포구의회 제1차 정례회" in output


@pytest.mark.parametrize(("cover", "title"), [
    ("2 0 2 5 년   주 요 업 무 보 고\n\n총 무 과", "2025년 주 요 업 무 보 고"),
    ("2 0 2 5 년도  주요업무 보고\n\n총무과", "2025년도 주요업무 보고"),
    ("  2 0 2 5년 주요업무보고\n\n총무과", "2025년 주요업무보고"),
])
def test_a_letter_spaced_titles_year_is_closed_up(cover, title):
    """Before: a letter-spaced cover's `2 0 2 5 년` was no year, so the title was not read (its year was the
    session's, and a cover printing no session had none)."""
    info = cover_info(cover)
    assert (info.title, info.year, info.department) == (title, 2025, "총무과")
