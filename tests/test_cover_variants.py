"""The cover as departments print it: where the department stands, the units printed before it, the session."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import parse_date, parse_date_range

SESSION = "제300회 영등포구의회 제2차 정례회"
TITLE = "2025년 주요업무 보고"


def cover_info(cover: str):
    return extract_report(read_text("t.txt", (cover + "\n\nⅠ. 일반현황\n").encode())).document


@pytest.mark.parametrize(("cover", "department"), [
    (f"{SESSION}\n\n행정지원국 총무과\n\n{TITLE}", "총무과"),  # above the title
    (f"{SESSION}\n\n총 무 과\n\n{TITLE}\n\n2025. 11. 20. ~ 12. 16.", "총무과"),
    (f"{SESSION}\n\n행정위원회\n\n행정지원국 총무과\n\n{TITLE}", "총무과"),  # the committee is not the department
    (f"{SESSION}\n\n행정위원회\n\n{TITLE}", None),
    (f"{SESSION}\n\n행정지원국\n\n{TITLE}\n\n총무과", "총무과"),  # the department below wins
])
def test_a_department_printed_above_the_title(cover, department):
    assert cover_info(cover).department == department


@pytest.mark.parametrize(("cover", "department"), [
    (f"{TITLE}\n\n행정지원국\n\n총무과", "총무과"),  # each unit a paragraph of its own: the last
    (f"행정지원국\n\n총무과\n\n{TITLE}", "총무과"),
    (f"{TITLE}\n\n행 정 지 원 국", "행정지원국"),  # a bureau alone, nothing narrower after it
    (f"{TITLE}\n\n보건소", "보건소"),
])
def test_a_higher_unit_on_its_own_line_gives_way_to_the_department_after_it(cover, department):
    assert cover_info(cover).department == department


@pytest.mark.parametrize(("line", "department"), [
    ("보건소 건강증진과", "건강증진과"),
    ("영등포구 총무과", "총무과"),
    ("영등포구 보건소", "보건소"),
    ("영등포구 보건소 건강증진과", "건강증진과"),
    ("기획조정실 기획예산담당관", "기획예산담당관"),
    ("행정지원국(총무과)", "총무과"),
    ("(총무과)", "총무과"),
    ("행 정 지 원 국 총 무 과", "총무과"),  # letter-spaced: split at the bureau
    ("기 획 조 정 실 감 사 담 당 관", "감사담당관"),
    ("보 건 소 건 강 증 진 과", "건강증진과"),
    # departments whose names only hold a higher unit's letters stay whole
    ("총 무 과", "총무과"), ("감 사 담 당 관", "감사담당관"), ("일자리경제과", "일자리경제과"),
    ("보 건 위 생 과", "보건위생과"), ("건 강 증 진 과", "건강증진과"), ("기 획 예 산 과", "기획예산과"),
    ("연 구 지 원 과", "연구지원과"), ("외 국 인 주 민 과", "외국인주민과"), ("복지 정책과", "복지정책과"),
    ("서울특별시 영등포구", None),
])
def test_the_units_printed_before_the_department(line, department):
    assert cover_info(f"{TITLE}\n\n{line}").department == department



def test_a_session_is_stored_one_way_whichever_comes_first():
    assert cover_info(f"영등포구의회 제300회 제2차 정례회\n\n{TITLE}").council_session == SESSION
    assert cover_info(f"{SESSION}\n\n{TITLE}").council_session == SESSION
    assert cover_info(f"제 300 회 영등포구의회 정례회\n\n{TITLE}").council_session == "제300회 영등포구의회 정례회"


@pytest.mark.parametrize(("dates", "start", "end"), [
    ("2025년 11월 20일 ~ 12월 16일", dt.date(2025, 11, 20), dt.date(2025, 12, 16)),
    ("2025년 11월 20일(목) ~ 2025년 12월 16일(화)", dt.date(2025, 11, 20), dt.date(2025, 12, 16)),
    ("2025. 11. 20. ~ 12. 16.", dt.date(2025, 11, 20), dt.date(2025, 12, 16)),
])
def test_session_dates_in_words_or_figures(dates, start, end):
    info = cover_info(f"{SESSION}\n\n{TITLE}\n\n{dates}\n\n총무과")
    assert (info.session_start, info.session_end, info.department) == (start, end, "총무과")


def test_dates_printed_in_words():
    assert parse_date_range("2025년 6월 12일 ~ 6월 27일") == (dt.date(2025, 6, 12), dt.date(2025, 6, 27))
    assert parse_date("6월 30일", 2025) == dt.date(2025, 6, 30)
    assert parse_date("6월 31일", 2025) is None
    assert parse_date_range("11월 ~ 12월") is None  # months alone are no dates
