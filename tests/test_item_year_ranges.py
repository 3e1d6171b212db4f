"""A project's period printed as whole years (`사업기간: 2024. ~ 2027.`), as a November report's plans of a project
over several years print it: from January of the first to December of the last."""

import pytest

from extractors import extract_report
from extractors.projects import item_fields
from pipeline.read_text import read_text


@pytest.mark.parametrize("text", [
    "사업기간: 2024. ~ 2027.", "사업기간 : 2024년 ~ 2027년", "사업기간: 2024~2027년", "사업기간: ’24. ~ ’27.",
    "사업기간: 2024.~2027.", "추진기간: 2024년도 ~ 2027년도", "기    간 : 2024. ~ 2027. (4년간)",
    "사업기간 : 2024. - 2027.", "공사기간：2024～2027년"])
def test_a_period_of_whole_years_runs_from_the_first_january_to_the_last_december(text):
    assert item_fields(text, 2025)[:5] == (1, 12, 2024, 2027, None)


@pytest.mark.parametrize("text", ["사업기간: 2026.", "사업기간 : 2026년", "추진기간: ’26년도"])
def test_a_period_of_one_whole_year_is_that_year(text):
    assert item_fields(text, 2025)[:5] == (1, 12, 2026, None, None)


@pytest.mark.parametrize("text", [
    "총사업비: 1,200,000천원 (2024~2027년)",  # no period's label: the years a cost is of
    "2024~2027년 중기계획 수립",  # no label at all
    "사업기간: 2027. ~ 2024.",  # backwards: no period
    "사업기간: 2024. ~ 2027. 중 예산 확보",  # more than the years, naming what is of them (a step's words date
    # them: `2024. ~ 2027. 중 설계 완료` is 2024–2027, tests/test_item_years_before_steps.py)
    "연구기간: 2024년 ~ 2027년 / 3월 착수",  # a month beside them: the month's
])
def test_whole_years_elsewhere_are_no_period(text):
    assert item_fields(text, 2025)[:4] != (1, 12, 2024, 2027)


@pytest.mark.parametrize("layout", ["text", "markdown"])
def test_a_plan_s_years_are_stored_with_the_item(layout):
    bullet = "-" if layout == "markdown" else "○"
    h = "### " if layout == "markdown" else ""
    body = (f"제286회 새빛구의회 제2차 정례회\n\n2025년 주요업무 추진실적 및 2026년 주요업무 계획\n\n총 무 과\n\n"
            f"{h}Ⅲ. 2026년 주요업무 계획\n\n{h}① 본관 청사 리모델링 (청사관리팀)\n\n노후 청사를 고치고자 함\n\n"
            f"{h}□ 사업개요\n\n{bullet} 사업기간: 2024. ~ 2027.\n{bullet} 사업내용: 민원실 재배치\n")
    items = extract_report(read_text("t.txt", body.encode())).projects[0].items
    assert [(i.text, i.year, i.start_month, i.end_year, i.end_month) for i in items] == [
        ("사업기간: 2024. ~ 2027.", 2024, 1, 2027, 12), ("사업내용: 민원실 재배치", None, None, None, None)]
