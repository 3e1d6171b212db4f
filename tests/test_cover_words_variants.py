"""A department printed in several words on a cover without blank lines, told from a slogan or a place run into
it: the words before the department are its own unless a slogan's word, a higher unit or the district the council
names comes before."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text

TITLE = "2025년도 주요업무보고"
SESSION = "제265회 영등포구의회 정례회"


def cover_department(cover: str) -> str | None:
    return extract_report(read_text("t.txt", f"{cover}\n\nⅠ. 일반현황\n".encode())).document.department


@pytest.mark.parametrize(("line", "department"), [
    ("도시 안전 계획과", "도시안전계획과"),  # before, `계획과`: its last word was taken as a name of its own
    ("스마트 도시 정책관", "스마트도시정책관"),  # before, `정책관`
    ("일자리 경제 과", "일자리경제과"),
    ("공원 녹지 과", "공원녹지과"),
    ("기획 예산 담당관", "기획예산담당관"),
    ("복지 정책과", "복지정책과"),
])
def test_a_department_printed_in_words_stays_whole(line, department):
    assert cover_department(f"{TITLE}\n{line}") == department
    assert cover_department(f"{SESSION}\n{TITLE}\n{line}") == department  # the council's district is no word of it


@pytest.mark.parametrize(("line", "department"), [
    ("영등포 총무과", "총무과"),  # before, `영등포총무과`
    ("행복 영등포 총무과", "총무과"),
    ("희망 행복 미래도시 영등포 도시 안전 계획과", "도시안전계획과"),  # before, `계획과`
    # before, `정책관`: after a slogan's word the last word was taken, as in `행복한 한빛 만들기 총무과`, but
    # `정책관` names no department alone
    ("함께 만드는 행복 영등포 스마트 도시 정책관", "스마트도시정책관"),
    ("함께 만드는 행복 영등포 기획 예산 담당관", "기획예산담당관"),  # before, the slogan's words joined to it
])
def test_the_district_the_council_names_run_into_the_department_is_no_part_of_it(line, department):
    assert cover_department(f"{SESSION}\n{TITLE}\n{line}") == department


@pytest.mark.parametrize(("line", "department"), [
    ("함께 만드는 행복 영등포 총무과", "총무과"),  # more words than a name has, and a slogan's (`만드는`, `함께`)
    ("희망 행복 미래도시 영등포 총무과", "총무과"),  # more words than a name has
    ("새로운 영등포 총무과", "총무과"),  # a slogan's word: `새로운`
    ("구민이 행복한 영등포 총무과", "총무과"),
    ("영등포구 총무과", "총무과"),  # a district printed as one: a higher unit
    ("행복 영등포구 도시 안전 계획과", "도시안전계획과"),  # before, `계획과`
])
def test_a_slogan_or_district_run_into_the_department_without_a_council(line, department):
    assert cover_department(f"{TITLE}\n{line}") == department



@pytest.mark.parametrize(("line", "department"), [
    ("세무1과", "세무1과"),  # Seoul's districts number their tax departments; before, no department was read
    ("세무 2과", "세무2과"),
    ("세 무 1 과", "세무1과"),
    ("재정국 세무1과", "세무1과"),
])
def test_a_department_numbered_in_its_name(line, department):
    assert cover_department(f"{SESSION}\n{TITLE}\n{line}") == department


def test_a_numbered_department_from_the_file_name():
    """Before, `재정국` was taken from the name, the numbered 과 not being known as a department."""
    text = "Ⅰ. 일반현황\n".encode()
    document = extract_report(read_text("2022_재정국_세무1과_업무보고.txt", text)).document
    assert (document.department, document.year, document.from_file_name) == ("세무1과", 2022, ["department", "year"])


@pytest.mark.parametrize(("line", "department"), [
    ("행복한 한빛 만들기 총무과", "총무과"),  # before, `만들기총무과`: the words after the district were taken whole
    ("함께 가는 한빛 미래 총무과", "총무과"),
    ("한빛 비전 2030 총무과", "총무과"),  # a year's number is a slogan's, not a department's
    ("한빛 구민과 함께 총무과", "총무과"),
    ("새로운 한빛 구민 총무과", "총무과"),
    ("다시 뛰는 한빛 경제 일자리정책과", "일자리정책과"),
    ("한빛 도시 안전과", "도시안전과"),  # the district alone before a name in words: those words are the name
])
def test_a_slogan_naming_the_district_before_the_department(line, department):
    session = "제290회 한빛구의회 제1차 정례회"
    assert cover_department(f"{session}\n{TITLE}\n{line}") == department
