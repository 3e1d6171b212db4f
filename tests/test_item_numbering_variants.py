"""Items numbered like a year near the report's, the number right before a month (`21. 3월 개최` in a 2025 report):
numbering where the siblings say so, consecutive numbers starting items at the same level of which one at least
is no year before a period (`20. 정기회의`, or `19.`, a number too far from the report's year); a year where nothing
says so (`24. 12월`, `26. 3월 착공`, a chronology `23. 5월 …`, `24. 3월 …`)."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.conftest import every_item
from tests.test_item_year_variants import COVER, extract

PART = "Ⅱ. 2025년 주요업무 추진실적\n\n① 청사 관리 (총무팀)\n\n관리하고자 함\n\n□ 주요 추진실적\n\n"


def periods(body: str) -> list[tuple[str, int | None, int | None, int | None]]:
    """(text, start_month, end_month, year) of each item, its children after it."""
    return [(item.text, item.start_month, item.end_month, item.year)
            for project in extract(COVER + PART + body).projects for item in every_item(project.items)]


def lines(mark: str, texts: list[str]) -> str:
    """Items as a report prints them: paragraphs parted by blank lines (`mark` empty), or bullets."""
    return "".join(f"{mark}{text}\n" + ("\n" if not mark else "") for text in texts)


NUMBERED = [  # (items as printed, (start_month, end_month, year) of each)
    (["19. 2월 개최", "20. 3월 개최", "21. 3월 개최"], [(2, 2, 2025), (3, 3, 2025), (3, 3, 2025)]),
    (["20. 정기회의", "21. 3월 개최", "22. 4월 개최"], [(None, None, None), (3, 3, 2025), (4, 4, 2025)]),
    (["21. 3월 개최", "22. 4~5월 교육", "23. 결과 보고"], [(3, 3, 2025), (4, 5, 2025), (None, None, None)]),
    (["21. 하반기 점검", "22. 결과 보고"], [(7, 12, 2025), (None, None, None)]),
    (["24. 12월 준공", "25. 보수 완료", "26. 3월 착공"], [(12, 12, 2025), (None, None, None), (3, 3, 2025)]),
    (["22. 상반기 정기점검", "23. 청사 보수", "24. 3. 10. 준공식"], [(1, 6, 2025), (None, None, None),
                                                            (3, 3, 2025)]),
]


@pytest.mark.parametrize("mark", ["", "- ", "○ "])
@pytest.mark.parametrize(("texts", "expected"), NUMBERED)
def test_consecutive_numbers_of_a_list_are_no_years(mark, texts, expected):
    """Before, `21. 3월 개최` after `20. 정기회의` was March 2021, `26. 3월 착공` March 2026."""
    assert periods(lines(mark, texts)) == [(text, *period) for text, period in zip(texts, expected, strict=True)]


YEARS = [
    # a chronology: every number is a year near the report's before a month
    (["23. 5월 기본계획 수립", "24. 3월 실시설계", "25. 6월 착공", "26. 3월 준공"],
     [(5, 5, 2023), (3, 3, 2024), (6, 6, 2025), (3, 3, 2026)]),
    (["20. 2월 개최", "21. 3월 개최"], [(2, 2, 2020), (3, 3, 2021)]),  # as likely years as numbers: as today
    (["21. 3월 개최", "22. 4~5월 교육", "23. 하반기 점검"], [(3, 3, 2021), (4, 5, 2022), (7, 12, 2023)]),
    (["24. 12월", "26. 3월 착공"], [(12, 12, 2024), (3, 3, 2026)]),  # not consecutive
    (["청사 보수", "21. 3월 개최", "정기점검"], [(None, None, None), (3, 3, 2021), (None, None, None)]),  # alone
    (["20. 정기회의", "청사 보수", "21. 3월 개최"], [(None, None, None), (None, None, None), (3, 3, 2021)]),
]


@pytest.mark.parametrize("mark", ["", "- "])
@pytest.mark.parametrize(("texts", "expected"), YEARS)
def test_two_digits_nothing_shows_as_numbering_stay_years(mark, texts, expected):
    assert periods(lines(mark, texts)) == [(text, *period) for text, period in zip(texts, expected, strict=True)]


def test_numbering_is_told_among_siblings_of_one_level():
    """Children numbered under a bullet are siblings of each other, not of the bullets around them; a part's
    items are not siblings of the next part's."""
    body = ("○ 정기회의\n  - 20. 정기회의 준비\n  - 21. 3월 개최\n○ 22. 4월 보고\n\n□ 향후계획\n\n- 23. 정기점검\n"
            "\n□ 향후 과제\n\n- 24. 5월 착공\n")
    assert periods(body) == [("정기회의", None, None, None), ("20. 정기회의 준비", None, None, None),
                             ("21. 3월 개최", 3, 3, 2025), ("22. 4월 보고", 4, 4, 2022),
                             ("23. 정기점검", None, None, None), ("24. 5월 착공", 5, 5, 2024)]


def test_a_markdown_list_numbered_on():
    """pandoc's ordered list numbered from 19 (a list going on past a table or a page)."""
    text = ("# 2025년 주요업무 보고\n\n총무과\n\n# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 청사 관리 (총무팀)\n\n"
            "관리하고자 함\n\n### □ 주요 추진실적\n\n19. 정기회의\n20. 3월 개최\n21. 4월 개최\n")
    report = extract_report(read_text("t.md", text.encode()))
    assert [(item.text, item.start_month, item.end_month, item.year) for item in report.projects[0].items] == [
        ("19. 정기회의", None, None, None), ("20. 3월 개최", 3, 3, 2025), ("21. 4월 개최", 4, 4, 2025)]


CHRONOLOGY = ["22. 5월 기본계획 수립", "23. 실시설계 용역", "24. 3월 착공"]


@pytest.mark.parametrize("part", ["추진경위", "추진 경위", "추진경과", "그간 추진 경과", "사업 연혁", "주요 연혁"])
@pytest.mark.parametrize("mark", ["", "- "])
def test_a_chronologys_years_stay_years_where_one_prints_no_month(part, mark):
    """Before, under `□ 추진경위` `22. 5월 기본계획 수립` and `24. 3월 착공` were months of 2025, as a list numbered
    22–24: a part (or a bullet) naming a chronology prints years, also where one of them prints no month."""
    assert periods(f"- 청사 보수\n\n□ {part}\n\n" + lines(mark, CHRONOLOGY)) == [
        ("청사 보수", None, None, None), ("22. 5월 기본계획 수립", 5, 5, 2022), ("23. 실시설계 용역", None, None, None),
        ("24. 3월 착공", 3, 3, 2024)]


def test_a_bullet_naming_a_chronology_has_years_below_it():
    body = "○ 사업 추진경위\n" + lines("  - ", CHRONOLOGY) + "○ 회의 개최\n" + lines("  - ", [
        "20. 정기회의", "21. 3월 개최"])
    assert periods(body) == [("사업 추진경위", None, None, None), ("22. 5월 기본계획 수립", 5, 5, 2022),
                             ("23. 실시설계 용역", None, None, None), ("24. 3월 착공", 3, 3, 2024),
                             ("회의 개최", None, None, None), ("20. 정기회의", None, None, None),
                             ("21. 3월 개최", 3, 3, 2025)]



# a chronology under a part naming none, one item printing no month (`24. 실시설계 용역`), its months going back as
# one year's (May, then February): (items as printed, (start_month, end_month, year) of each)
CHRONOLOGIES = [
    (["23. 5월 기본계획 수립", "24. 실시설계 용역", "25. 2월 착공"], [(5, 5, 2023), (None, None, None), (2, 2, 2025)]),
    (["21. 9월 타당성 조사", "22. 3월 기본계획 수립", "23. 실시설계 용역", "24. 2월 착공"],
     [(9, 9, 2021), (3, 3, 2022), (None, None, None), (2, 2, 2024)]),
    (["22. 하반기 기본계획 수립", "23. 실시설계 용역", "24. 3월 착공"],
     [(7, 12, 2022), (None, None, None), (3, 3, 2024)]),
    (["23. 11. 20. 협약 체결", "24. 주민설명회 개최", "25. 3. 5. 착공"],
     [(11, 11, 2023), (None, None, None), (3, 3, 2025)]),
]


@pytest.mark.parametrize("part", ["추진실적", "주요 추진실적", "추진현황", "그간 추진사항"])
@pytest.mark.parametrize("mark", ["", "- ", "○ ", "ㆍ ", "· ", "* "])
@pytest.mark.parametrize(("texts", "expected"), CHRONOLOGIES)
def test_a_chronology_under_a_part_naming_none_keeps_its_years(texts, expected, mark, part):
    """Before, under `□ 추진실적` `23. 5월 기본계획 수립`, `24. 실시설계 용역`, `25. 2월 착공` were May and February
    of 2025, as a list numbered 23–25 (one item no year before a period): three items or more numbered from a year
    near the report's up to it, not on from a list above, the first and the last dated, whose months read in the
    report's year go back, are a chronology's."""
    assert periods(f"□ {part}\n\n" + lines(mark, texts)) == [
        (text, *period) for text, period in zip(texts, expected, strict=True)]


def test_a_chronology_in_markdown_keeps_its_years():
    text = ("# 2025년 주요업무 보고\n\n총무과\n\n# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 청사 신축 (총무팀)\n\n"
            "신축하고자 함\n\n### □ 추진실적\n\n23. 5월 기본계획 수립\n24. 실시설계 용역\n25. 2월 착공\n")
    report = extract_report(read_text("t.md", text.encode()))
    assert [(item.text, item.start_month, item.end_month, item.year) for item in report.projects[0].items] == [
        ("23. 5월 기본계획 수립", 5, 5, 2023), ("24. 실시설계 용역", None, None, None), ("25. 2월 착공", 2, 2, 2025)]


LISTS = [  # runs such a chronology is not told from: their numbers stay a list's, as before
    # its months going on in the report's year (May, then June), as a list of a year's work
    (["23. 5월 기본계획 수립", "24. 실시설계 용역", "25. 6월 착공"], [(5, 5, 2025), (None, None, None), (6, 6, 2025)]),
    (["23. 5월 기본계획 수립", "24. 실시설계 용역"], [(5, 5, 2025), (None, None, None)]),  # two items only
    (["23. 5월 기본계획 수립", "24. 2월 실시설계", "25. 착공"],  # the last no year before a period
     [(5, 5, 2025), (2, 2, 2025), (None, None, None)]),
    (["24. 5월 기본계획 수립", "25. 실시설계 용역", "26. 2월 착공"],  # past the report's year
     [(5, 5, 2025), (None, None, None), (2, 2, 2025)]),
    (["19. 5월 기본계획 수립", "20. 실시설계 용역", "21. 2월 착공"],  # 19 too far from it: no year
     [(5, 5, 2025), (None, None, None), (2, 2, 2025)]),
]


@pytest.mark.parametrize("mark", ["", "- "])
@pytest.mark.parametrize(("texts", "expected"), LISTS)
def test_a_run_not_told_from_a_list_stays_a_list(texts, expected, mark):
    assert periods(lines(mark, texts)) == [(text, *period) for text, period in zip(texts, expected, strict=True)]


def test_a_list_numbered_on_from_the_part_above_stays_a_list():
    """`□ 향후계획` numbered on from `□ 추진실적`'s `22.`: a list's numbers, though they go back as a chronology's."""
    body = "- 21. 정기회의\n- 22. 11월 결산\n\n□ 향후계획\n\n- 23. 5월 개최\n- 24. 정기점검\n- 25. 2월 보고\n"
    assert periods(body) == [("21. 정기회의", None, None, None), ("22. 11월 결산", 11, 11, 2025),
                             ("23. 5월 개최", 5, 5, 2025), ("24. 정기점검", None, None, None),
                             ("25. 2월 보고", 2, 2, 2025)]
