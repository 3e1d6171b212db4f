"""The report's year from its cover, not from the body: a 행정사무감사 report of November prints next year's plan
(`Ⅲ. 2020년 주요업무 계획`) under a cover whose title names no year."""

import datetime as dt

from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제243회 한빛시의회 제2차 정례회\n\n{date}\n\n주요업무 보고\n\n환경위생과\n\n"
BODY = ("Ⅰ. 일반현황\n\n1. 인력\n\n구 분\t계\t일반직\n정 원\t18\t16\n현 원\t17\t15\n\n"
        "Ⅱ. 주요업무 추진실적\n\n1. 생활폐기물 수거체계 개선 (자원순환팀)\n\n  가. 추진실적\n"
        "    1) 수거 노선 조정 : 3월 ~ 5월\n\n"
        "Ⅲ. 2020년 주요업무 계획\n\n1. 재활용 선별장 현대화 (자원순환팀)\n\n  가. 추진계획\n"
        "    1) 실시설계 용역 : 3월 ~ 6월\n")


def extract(date: str, body: str = BODY):
    return extract_report(read_text("t.txt", (COVER.format(date=date) + body).encode()))


def test_a_part_heading_naming_a_year_is_no_title_of_the_report():
    """Before, the title and year were the plan part's (`2020년 주요업무 계획`, 2020), and the 2019 achievements'
    months were dated 2020."""
    report = extract("2019. 11. 20. ~ 12. 13.")
    assert (report.document.title, report.document.year) == (None, 2019)
    items = {item.text: item for project in report.projects for item in project.items}
    assert (items["수거 노선 조정 : 3월 ~ 5월"].year, items["실시설계 용역 : 3월 ~ 6월"].year) == (2019, 2020)


def test_a_date_printed_alone_on_the_cover_gives_the_year():
    """Before, a cover printing one date (the report's day), not the session's first and last, gave no year."""
    report = extract("2019. 11. 20.", BODY.replace("2020년 주요업무 계획", "향후 추진계획"))
    assert report.document.year == 2019
    # the session's date, as a period's start is (branch left89; before, none), and no end
    assert (report.document.session_start, report.document.session_end) == (dt.date(2019, 11, 20), None)


def test_a_month_printed_alone_on_the_cover_gives_the_year():
    """`2025. 11.` under the department, as most covers date themselves: before, no year (`cover.missing`)."""
    for date in ("2019. 11.", "2019년 11월", "’19. 11."):
        report = extract(date, BODY.replace("2020년 주요업무 계획", "향후 추진계획"))
        assert (report.document.year, report.document.session_start) == (2019, None), date
