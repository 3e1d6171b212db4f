"""A year printed before words that are a step of the work of any kind (`체육관 : 2026년 기본설계`, `2026년 실시설계
용역 발주`, `공원 : 2026년 리모델링 공사 추진`), nothing else dating the item, is that whole year (1–12), as `2026년
착공` is: a question of what is planned for 2026 finds it. Before, only a step of a short list (`착공`, `준공`, `개관`
…) right after the year was read, the others had no months. A year before words naming what is the year's (its budget,
settlement or plan: `2026년 예산 반영`, done this year for next year's budget) still dates none. In a part of plans
(`□ 향후계획`), a year before words of any work (`2026년 주민 의견 수렴`) is that year too; before, none."""

import pytest

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "expected"), [
    ("체육관 : 2026년 기본설계", (1, 12, 2026, None)),
    ("2026년 실시설계 용역 발주", (1, 12, 2026, None)),
    ("공원 : 2026년 리모델링 공사 추진", (1, 12, 2026, None)),
    ("도서관 : 2024년 ~ 2026년 건립", (1, 12, 2024, 2026)),
    ("체육관 : ’26년 중 설계 공모", (1, 12, 2026, None)),
    ("체육관 : 2026년 기본설계 / 2027년 착공", (1, 12, 2026, 2027)),
    ("사업기간: 2024. ~ 2027. 중 설계 완료", (1, 12, 2024, 2027)),  # before, none: more than the years
    ("사업기간 : 2024. ~ 2027. (기본계획 기준)", (1, 12, 2024, 2027)),  # a note in brackets names no step
    # the year's budget, settlement or plan: the year names what, not when
    ("2026년 예산 반영", (None, None, None, None)),
    ("체육관 : 2026년 예산 편성 추진", (None, None, None, None)),
    ("2026년 사업계획 수립", (None, None, None, None)),
    ("2025년 결산 보고", (None, None, None, None)),  # no step's word
    ("2026년 1,000명 교육", (None, None, None, None)),  # a count between
    ("체육관 : 2026 기본설계", (None, None, None, None)),  # a figure alone, outside a period field
    ("체육관 : 2026년 5월 기본설계", (5, 5, 2026, None)),  # a month of the year: that month
])
def test_a_year_before_a_steps_words(text, expected):
    assert item_fields(text, 2025)[:4] == expected


COVER = ("제302회 한솔구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 5.\n\n2026년 주요업무 계획\n\n문 화 체 육 과\n\n"
         "Ⅲ. 2026년 주요업무 계획\n\n① 생활체육 시설 확충 (체육시설팀)\n\n"
         "구민 누구나 가까운 곳에서 운동하도록 체육시설을 넓히고자 함\n\n□ 추진계획\n\n"
         "○ 체육관 : 2026년 기본설계\n\n○ 2026년 예산 반영\n\n○ 시설 보수 : 4월\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pdf grid"])
def test_a_plans_items_so_printed(layout, tmp_path):
    [project] = read_laid_out(COVER, layout, tmp_path).projects
    assert [(i.text, i.start_month, i.end_month, i.year) for i in project.items] == [
        ("체육관 : 2026년 기본설계", 1, 12, 2026), ("2026년 예산 반영", None, None, None),
        ("시설 보수 : 4월", 4, 4, 2026)]


@pytest.mark.parametrize(("text", "expected"), [
    # in a plan, words of any work after the year: the year's (before, none)
    ("2026년 주민 의견 수렴", (1, 12, 2026, None)), ("2026년 중 민관 협의체 구성·운영", (1, 12, 2026, None)),
    ("체육관 : ’26년 주민 의견 수렴 (3회)", (1, 12, 2026, None)), ("2026~2027년 단계적 확대", (1, 12, 2026, 2027)),
    ("2026년 중 추진", (1, 12, 2026, None)),  # a step's words, as anywhere
    # still none: the year's budget, settlement or plan, its results, a comparison, a target or a bound, a count
    # between, a figure alone
    ("2026년 예산 반영", (None, None, None, None)), ("2026년 사업계획 수립", (None, None, None, None)),
    ("2025년 결산 보고", (None, None, None, None)), ("2025년 실적 분석", (None, None, None, None)),
    ("2024년 대비 민원 감소", (None, None, None, None)), ("2026년 목표 달성", (None, None, None, None)),
    ("2026년 이후 단계적 확대", (None, None, None, None)), ("2026년까지 단계적 확대", (None, None, None, None)),
    ("2026년 1,000명 교육", (None, None, None, None)), ("2026 주민 의견 수렴", (None, None, None, None)),
])
def test_a_year_before_a_plans_words(text, expected):
    assert item_fields(text, 2025, planned=True)[:4] == expected
    if expected[0] is not None and "추진" not in text:  # outside a plan, no step's words date none
        assert item_fields(text, 2025)[:4] == (None, None, None, None)


PLANNED = ("2025년 주요업무 보고\n\n총무과\n\nⅡ. 주요업무 추진실적\n\n① 주민참여 활성화 (자치팀)\n\n"
           "주민 참여를 넓히고자 함\n\n□ 사업개요\n\n○ 2026년 주민 의견 수렴\n\n□ 주요 추진실적\n\n"
           "○ 2024년 주민 의견 수렴\n\n□ 향후계획\n\n○ 2026년 주민 의견 수렴\n\n○ 2026년 예산 반영\n\n"
           "○ 협의체 운영 : 2026년 민관 협의\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_only_a_plans_items_are_of_the_year_before_their_words(layout, tmp_path):
    [project] = read_laid_out(PLANNED, layout, tmp_path).projects
    assert [(i.heading, i.text, i.start_month, i.end_month, i.year, bool(i.months)) for i in project.items] == [
        ("사업개요", "2026년 주민 의견 수렴", None, None, None, False),
        ("주요 추진실적", "2024년 주민 의견 수렴", None, None, None, False),
        ("향후계획", "2026년 주민 의견 수렴", 1, 12, 2026, True),
        ("향후계획", "2026년 예산 반영", None, None, None, False),
        ("향후계획", "협의체 운영 : 2026년 민관 협의", 1, 12, 2026, True)]
