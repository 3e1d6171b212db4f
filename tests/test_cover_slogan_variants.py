"""A slogan run into the department on a cover without blank lines: its nouns (`행복`, `희망`) mark it as a slogan
too, and a department whose last word says only what it does in general (`정책관`, `계획과`) keeps the words of its
field after the slogan and the district."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

TITLE = "2025년도 주요업무보고"
SESSION = "제265회 영등포구의회 정례회"


def cover_department(cover: str) -> str | None:
    return extract_report(read_text("t.txt", f"{cover}\n\nⅠ. 일반현황\n".encode())).document.department


@pytest.mark.parametrize(("line", "department"), [
    ("행복 영등포 총무과", "총무과"),  # before, `행복영등포총무과`: nouns alone were a name's words
    ("희망 영등포 세무1과", "세무1과"),  # before, `희망영등포세무1과`
    ("행복 도시 안전 계획과", "도시안전계획과"),  # before, `계획과`
    ("함께 만드는 행복 영등포 스마트 도시 정책관", "스마트도시정책관"),  # before, `정책관`
    ("함께 만드는 행복 영등포 기획 예산 담당관", "기획예산담당관"),  # before, every word joined
    ("함께 만드는 영등포 공원 녹지 과", "공원녹지과"),  # before, every word joined
])
def test_a_slogan_run_into_the_department_without_a_council(line, department):
    assert cover_department(f"{TITLE}\n{line}") == department


@pytest.mark.parametrize(("line", "department"), [
    ("함께 만드는 행복 영등포 스마트 도시 정책관", "스마트도시정책관"),  # before, `정책관`
    ("함께 만드는 행복 영등포 복지 정책과", "복지정책과"),  # before, `정책과`
    ("새로운 영등포 도시 계획과", "도시계획과"),  # before, `계획과`
    ("행복한 영등포 만들기 총무과", "총무과"),  # the slogan goes on after the district: `총무과` names one alone
])
def test_a_slogan_before_the_district_the_council_names(line, department):
    assert cover_department(f"{SESSION}\n{TITLE}\n{line}") == department


def test_a_department_whose_last_word_says_what_it_does_stays_whole_without_a_slogan():
    """No slogan's word: every word is the name's, as before (`복지 정책과`, `도시 안전 계획과`)."""
    assert [cover_department(f"{TITLE}\n{line}") for line in ("복지 정책과", "스마트 도시 정책관", "도시 계획과")] == [
        "복지정책과", "스마트도시정책관", "도시계획과"]
