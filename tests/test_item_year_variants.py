"""The year an item's months are in (`project_items.year`, schema 11), and items run all year by a word of how
often (`매월 1회`, `상시`) rather than by months."""

import pytest

from extractors import extract_report
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from pipeline.values import parse_period
from tests.corpus import as_old_schema
from tests.periods import span

COVER = "2025년 주요업무 보고\n\n총무과\n\n"
ACHIEVEMENTS = ("Ⅱ. 2025년 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ 주요 추진실적\n\n"
                "- 정기점검: 3월\n- 착수보고회: ’22. 3월\n- 도시계획 재정비 용역: 2024. 9월 ~ 2025. 3월\n"
                "- 향후 보수: ’26. 1월 ~ 2월\n- 주민공람: 11월 ~ 익년 2월\n- 청사 순찰: 매일\n- 운영 방침\n\n")
PLANS = "Ⅲ. 2026년 주요업무 계획\n\n① 코딩 교실 (교육팀)\n\n교육하고자 함\n\n□ 추진계획\n\n- 교실 운영: 4월\n"
# (text, start_month, end_month, year, end_year) of each item, in order
ITEMS = [("정기점검: 3월", 3, 3, 2025, None), ("착수보고회: ’22. 3월", 3, 3, 2022, None),
         ("도시계획 재정비 용역: 2024. 9월 ~ 2025. 3월", 9, 3, 2024, 2025),
         ("향후 보수: ’26. 1월 ~ 2월", 1, 2, 2026, None),
         ("주민공람: 11월 ~ 익년 2월", 11, 2, 2025, 2026), ("청사 순찰: 매일", 1, 12, 2025, None),
         ("운영 방침", None, None, None, None), ("교실 운영: 4월", 4, 4, 2026, None)]


def extract(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def items(report) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(item.text, item.start_month, item.end_month, item.year) for p in report.projects for item in p.items]


def periods(report) -> list[tuple[str, int | None, int | None, int | None, int | None]]:
    return [(item.text, item.start_month, item.end_month, item.year, item.end_year)
            for p in report.projects for item in p.items]


def test_items_have_the_year_of_their_months():
    """An item dated wholly in another year (`’22. 3월`, `’26. 1월 ~ 2월`) has its months in that year; before, it
    had none. The others are of the report's year, or of the year their part names; one crossing a year ends in
    the year it ends in (before, it kept its months in the report's year: 1–3 and 11–12 of 2025)."""
    assert periods(extract(COVER + ACHIEVEMENTS + PLANS)) == ITEMS


def test_the_database_stores_each_items_year(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, extract(COVER + ACHIEVEMENTS + PLANS), "sha-1", [])
    assert db.execute("SELECT text, start_month, end_month, year, end_year FROM project_items ORDER BY id"
                      ).fetchall() == ITEMS
    # in 2025's March, by the span: the item of March 2025 and the one running from 2024 into it, not
    # that of March 2022
    march = db.execute("SELECT text FROM project_items WHERE 2025 * 12 + 3 BETWEEN year * 12 + start_month "
                       "AND coalesce(end_year, year) * 12 + end_month ORDER BY id").fetchall()
    assert march == [("정기점검: 3월",), ("도시계획 재정비 용역: 2024. 9월 ~ 2025. 3월",), ("청사 순찰: 매일",)]
    # in 2026's first quarter: the one going on into it from 2025, and the one of 2026
    first_quarter = db.execute("SELECT text FROM project_items WHERE year * 12 + start_month <= 2026 * 12 + 3 "
                               "AND coalesce(end_year, year) * 12 + end_month >= 2026 * 12 + 1 ORDER BY id").fetchall()
    assert first_quarter == [("향후 보수: ’26. 1월 ~ 2월",), ("주민공람: 11월 ~ 익년 2월",)]


def test_a_database_of_schema_10_gains_the_year_where_it_is_known(tmp_path):
    """Schema 10 stored months of the report's year, but an older reportdb read a month printing another year as
    the report's, and a part naming its year in the report's year or the part's: those items keep no year."""
    db = connect(tmp_path / "r.db")
    load_report(db, extract(COVER + ACHIEVEMENTS + PLANS), "sha-1", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 10)
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert [row[1] for row in db.execute("PRAGMA table_info(project_items)")][-5:] == [
        "line", "page", "year", "end_year", "months"]
    assert db.execute("SELECT text, start_month, end_month, year, end_year FROM project_items ORDER BY id"
                      ).fetchall() == [
        ("정기점검: 3월", 3, 3, 2025, None), ("착수보고회: ’22. 3월", 3, 3, None, None),
        ("도시계획 재정비 용역: 2024. 9월 ~ 2025. 3월", 9, 3, None, None),
        ("향후 보수: ’26. 1월 ~ 2월", 1, 2, None, None),
        ("주민공람: 11월 ~ 익년 2월", 11, 2, None, None), ("청사 순찰: 매일", 1, 12, 2025, None),
        ("운영 방침", None, None, None, None), ("교실 운영: 4월", 4, 4, None, None)]
    assert db.execute("SELECT count(*), count(amount_krw), max(depth) FROM project_items").fetchone() == (8, 0, 0)


@pytest.mark.parametrize("text", [
    "정기점검: 매월 1회", "주간 회의: 매주 금요일", "청사 순찰: 매일", "시설 점검: 분기별", "교육: 분기 1회",
    "민원 상담: 상시", "소식지 발간: 격월", "간담회: 월 2회", "안전점검: 매 분기", "위원회 개최: 반기별",
    "상시 모니터링 실시",
])
def test_what_runs_all_year_without_months_runs_from_january_to_december(text):
    assert span(parse_period(text, 2025)) == (1, 12, 2025, None)


@pytest.mark.parametrize("text", [
    "민원 처리: 수시", "간담회: 연 2회", "비상시 대응 체계 구축", "상시근로자 5명 고용", "매년 실시", "매입 추진",
    "위원회 개최", "회의 3회 개최",
])
def test_a_word_that_names_no_months_gives_none(text):
    """`수시` (when needed) and `연 2회` (twice a year) say nothing of which months; `비상시`, `상시근로자` are no
    frequency."""
    assert parse_period(text, 2025) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("정기점검: 매월 1회(3월~11월)", (3, 11, 2025, None)), ("분기별 점검(3월, 6월, 9월, 12월)", (3, 12, 2025, None)),
    ("상시 운영(상반기)", (1, 6, 2025, None)), ("매주 금요일(2분기)", (4, 6, 2025, None)),
])
def test_months_printed_beside_a_frequency_are_the_period(text, expected):
    assert span(parse_period(text, 2025)) == expected


def test_items_printing_a_frequency_run_all_year():
    text = COVER + ("Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ 주요 추진실적\n\n"
                    "- 정기점검: 매월 1회\n- 민원 상담: 상시\n- 민원 처리: 수시\n- 간담회: 연 2회\n")
    assert items(extract(text)) == [("정기점검: 매월 1회", 1, 12, 2025), ("민원 상담: 상시", 1, 12, 2025),
                                    ("민원 처리: 수시", None, None, None), ("간담회: 연 2회", None, None, None)]


def project_under(heading: str, bullets: str) -> str:
    return f"{COVER}Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ {heading}\n\n{bullets}"


@pytest.mark.parametrize(("heading", "months"), [
    ("하반기 추진계획", (7, 12, 2025)), ("하 반 기 추진계획", (7, 12, 2025)), ("2026년 상반기 추진계획", (1, 6, 2026)),
    ("’26년 상반기 계획", (1, 6, 2026)), ("3/4분기 추진계획", (7, 9, 2025)), ("4분기 계획", (10, 12, 2025)),
    ("향후계획", (None, None, None)), ("2026년 추진계획", (None, None, None)),
    ("분기별 점검 계획", (None, None, None))])
def test_an_item_printing_no_months_has_those_of_the_half_or_quarter_its_part_names(heading, months):
    """Before, `청사 방수공사: 150,000천원` under `□ 하반기 추진계획` had no months: a question for 하반기's plans by
    months missed it. An item printing its own months keeps them (in the year its part names); a part naming no
    half or quarter gives none."""
    report = extract(project_under(heading, "- 청사 방수공사: 150,000천원\n- 냉난방기 교체: 9월 / 1억원\n"))
    year = 2026 if "26년" in heading else 2025
    assert items(report) == [("청사 방수공사: 150,000천원", *months), ("냉난방기 교체: 9월 / 1억원", 9, 9, year)]


@pytest.mark.parametrize("heading", [
    "상반기 추진실적 및 하반기 계획",  # two halves: the item's is either
    "1분기 대비 실적",  # a comparison
    "2024년 하반기 이후 추진실적",  # from a half on
    "상반기 미추진 사업",  # what was not done in it
    "하반기 이월 사업",
])
def test_a_part_naming_a_half_otherwise_than_as_its_time_gives_no_months(heading):
    """Before, each item printing no months under `□ 상반기 추진실적 및 하반기 계획` was 1–12, under `□ 1분기 대비
    실적` 1–3, under `□ 2024년 하반기 이후 추진실적` 1–12 of 2025: only a part naming one half or quarter as the time
    of its results or plans (`하반기 추진계획`, `2026년 상반기 주요 추진실적`) gives its months."""
    report = extract(project_under(heading, "- 청사 방수공사: 150,000천원\n- 냉난방기 교체: 9월 / 1억원\n"))
    assert items(report) == [("청사 방수공사: 150,000천원", None, None, None),
                             ("냉난방기 교체: 9월 / 1억원", 9, 9, 2025)]


@pytest.mark.parametrize(("heading", "months"), [
    ("2025년 하반기 주요 추진계획", (7, 12, 2025)), ("하반기 중점 추진계획", (7, 12, 2025)),
    ("상반기 추진실적", (1, 6, 2025)), ("하반기 추진 일정", (7, 12, 2025)), ("2/4분기 추진사항", (4, 6, 2025)),
    ("하반기 추진실적 및 계획", (7, 12, 2025))])
def test_a_part_naming_one_half_as_its_time_gives_its_months(heading, months):
    report = extract(project_under(heading, "- 청사 방수공사: 150,000천원\n"))
    assert items(report) == [("청사 방수공사: 150,000천원", *months)]


NOVEMBER = ("제288회 동빛구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 18.\n\n2026년 주요업무 계획\n\n복지정책과\n\n"
            "Ⅱ. 2026년 주요업무 계획\n\n1 자립 지원 (자립팀)\n\n돕고자 함\n\n")


@pytest.mark.parametrize(("heading", "year"), [
    ("□ 2025년 추진실적 (2025. 10. 31. 기준)", 2025), ("□ ’25년 주요 추진실적", 2025), ("□ 2025년도 추진실적", 2025),
    ("□ 2026년 추진계획", 2026),
    # a part naming no year, or naming it in its note alone (when the results were counted): the section's
    ("□ 추진실적 (2025. 10. 31. 기준)", 2026), ("□ 주요 추진실적", 2026),
    # two years, or content rather than a part's name
    ("□ 2025년 추진실적 및 2026년 계획", 2026), ("□ 2024년 수해 복구 지원", 2026),
])
def test_months_under_a_part_naming_its_year_are_in_that_year(heading, year):
    """Before: a November report planning 2026 dated its `□ 2025년 추진실적` (`1월 ~ 10월`) in 2026, the year its
    section names, months still to come when it was given. Now a part's own year dates them."""
    report = extract(NOVEMBER + heading + "\n\n- 자활근로 사업단 운영: 1월 ~ 10월\n")
    assert periods(report) == [("자활근로 사업단 운영: 1월 ~ 10월", 1, 10, year, None)]
