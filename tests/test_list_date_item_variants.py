"""A list's first item of a date alone right after a table (`* 2025. 5. 31. 기준`, as pandoc prints a note's line
under a table when its mark is `*`) is the note dating that table, as `※ 2025. 5. 31. 기준` is: the table's `as_of`,
and neither an item nor a line of the text beside it, so it is read once; the items after it (and under it) stay
items, and where the table prints a date of its own the line stays an item, so nothing printed is lost."""

import datetime as dt

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

COVER = "제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n## 1. 청사 관리\n\n□ 사업개요\n\n- 기간: 2025. 1. ~ 12.\n\n□ 추진실적\n\n"
           "{above}구분\t건수\t인원\n민원\t12\t40\n기타\t3\t9\n\n{after}\n\n"
           "## 2. 민원 안내\n\n□ 사업개요\n\n- 내용: 안내\n")
GENERAL = ("# Ⅰ. 일반현황\n\n## 5. 민원 현황\n\n{above}구분\t건수\t인원\n민원\t12\t40\n기타\t3\t9\n\n{after}\n\n"
           "## 6. 주요 행사\n\n구민의 날 행사를 개최함\n")
MAY_31, APRIL_30 = dt.date(2025, 5, 31), dt.date(2025, 4, 30)


def extract(text: str, layout: str):
    return extract_report(read_text("t.md", (LAYOUTS[layout](text) if layout in LAYOUTS else text).encode()))


def items(r) -> list[tuple[str, int, str, list]]:
    def flat(item):
        return (item.heading, item.depth, item.text, [flat(child) for child in item.children])
    return [flat(item) for item in r.projects[0].items]


OVERVIEW = ("사업개요", 0, "기간: 2025. 1. ~ 12.", [])


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
@pytest.mark.parametrize(("after", "below"), [
    ("* 2025. 5. 31. 기준", []),
    ("* 2025. 5. 31. 기준\n* 민원은 접수일 기준", [("추진실적", 0, "민원은 접수일 기준", [])]),
    # an item under it stays one, under the part
    ("* 2025. 5. 31. 기준\n    - 민원은 접수일 기준", [("추진실적", 1, "민원은 접수일 기준", [])]),
])
def test_a_lists_first_item_of_a_date_alone_dates_the_project_table_above_it_once(after, below, layout):
    r = extract(COVER + PROJECT.format(above="", after=after), layout)
    assert [(t.rows[1][:2], t.as_of) for t in r.tables] == [(["민원", "12"], MAY_31)]
    assert items(r) == [OVERVIEW, *below]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
def test_a_lists_date_item_under_a_table_dated_otherwise_stays_an_item(layout):
    r = extract(COVER + PROJECT.format(above="(2025. 4. 30. 기준)\n\n", after="* 2025. 5. 31. 기준"), layout)
    assert [t.as_of for t in r.tables] == [APRIL_30]
    assert items(r) == [OVERVIEW, ("추진실적", 0, "2025. 5. 31. 기준", [])]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pipe-tables"])
@pytest.mark.parametrize(("above", "as_of", "kept"), [
    ("", MAY_31, []),
    ("(2025. 4. 30. 기준)\n\n", APRIL_30, ["2025. 5. 31. 기준"]),  # dated otherwise: kept in the text
])
def test_a_lists_date_item_in_the_general_part_is_read_once(above, as_of, kept, layout):
    r = extract(COVER + GENERAL.format(above=above, after="* 2025. 5. 31. 기준"), layout)
    assert [t.as_of for t in r.tables] == [as_of]
    lines = [part.text for text in r.general_text for part in text.parts]
    assert [line for line in lines if "기준" in line] == kept
