"""A `(단위: …)` line gives its unit to the next table of its own section: over a heading printed right under it
that captions the table right under that (`(단위: 천원)` over `□ 예산현황`), but over no other heading (a new
section, whose table printing no unit has none), nor over a line under it but those naming the table (`(단위: 천원)`
over `□ 예산현황` over `○ 일반회계`; more in tests/test_unit_line_captions.py)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.document import Table
from pipeline.read_text import read_text
from tests.test_overview_variants import report

PROJECT = "Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n"
BUDGET = "예산액\t집행액\t집행률(%)\n900,000,000\t450,000,000\t50.0\n"


def _budget(r) -> list[tuple]:
    (project,) = r.projects
    return [(line.name, line.unit, line.budget_krw, line.executed_krw) for line in project.budget_lines]


def test_a_unit_of_one_section_is_not_the_next_sections_table():
    # before, the budget table took the 사업개요's 천원: 900,000,000천원, 900 billion won
    r = report(PROJECT + "□ 사업개요\n\n(단위: 천원)\n\n- 사업비: 900,000\n\n□ 주요 추진실적\n\n- 청사 보수: 3월\n\n"
               "□ 예산현황\n\n" + BUDGET)
    assert _budget(r) == [("계", None, 900_000_000, 450_000_000)]


def test_a_unit_over_the_heading_that_captions_its_table_is_the_tables():
    r = report(PROJECT + "□ 주요 추진실적\n\n- 청사 보수: 3월\n\n(단위: 천원)\n\n□ 예산현황\n\n"
               + BUDGET.replace("900,000,000", "900,000").replace("450,000,000", "450,000"))
    assert _budget(r) == [("계", "천원", 900_000_000, 450_000_000)]
    # and under the heading, over the table, as ever
    r = report(PROJECT + "□ 예산현황\n\n(단위: 천원)\n\n"
               + BUDGET.replace("900,000,000", "900,000").replace("450,000,000", "450,000"))
    assert _budget(r) == [("계", "천원", 900_000_000, 450_000_000)]


def test_a_unit_over_a_heading_with_text_below_it_is_no_tables():
    # the heading right under the unit opens a section of text: its table below is not captioned by it
    r = report(PROJECT + "(단위: 천원)\n\n□ 예산현황\n\n- 집행 현황은 다음과 같음\n\n" + BUDGET)
    assert _budget(r) == [("계", None, 900_000_000, 450_000_000)]


GENERAL = "Ⅰ. 일반현황\n\n"
FACILITIES = "시설명\t면 적\n계\t3,000\n본관\t2,000\n별관\t1,000\n"


def test_a_generic_table_of_a_new_section_prints_no_unit():
    r = report(GENERAL + "## 1 예산 현황\n\n(단위: 천원)\n\n예산은 본예산 기준임\n\n## 2 시설 현황\n\n" + FACILITIES)
    assert [(t.caption, t.unit, t.rows[1]) for t in r.tables] == [("2 시설 현황", None, ["계", "3,000"])]
    r = report(GENERAL + "## 1 예산 현황\n\n(단위: ㎡)\n\n## 2 시설 현황\n\n" + FACILITIES)
    assert [(t.caption, t.unit) for t in r.tables] == [("2 시설 현황", "㎡")]


BUDGET_THOUSANDS = BUDGET.replace("900,000,000", "900,000").replace("450,000,000", "450,000")


@pytest.mark.parametrize("caption", ["○ 일반회계", "- 일반회계", "<세출예산>", "일반회계 세출예산", "· 사업별 현황"])
def test_a_unit_over_a_heading_and_a_caption_line_is_the_tables(caption):
    # before, no unit: 900,000 read as won
    r = report(PROJECT + "(단위: 천원)\n\n□ 예산현황\n\n" + caption + "\n\n" + BUDGET_THOUSANDS)
    assert _budget(r) == [("계", "천원", 900_000_000, 450_000_000)]


def test_a_unit_over_a_markdown_heading_and_one_of_a_lower_level_is_the_tables():
    r = report(GENERAL + "## 1 예산 현황\n\n(단위: 천원)\n\n### 예산현황\n\n#### 일반회계\n\n" + FACILITIES)
    assert [(t.caption, t.unit, t.rows[1]) for t in r.tables] == [("일반회계", "천원", ["계", "3,000"])]


@pytest.mark.parametrize("between", [
    "□ 사업개요\n\n□ 예산현황",  # a `□` heading under another: a section of its own
    "□ 예산현황\n\n- 집행 현황은 다음과 같음",  # a sentence
    "□ 예산현황\n\n○ 일반회계\n\n- 세출예산\n\n· 사업별",  # three lines
    "□ 예산현황\n\n※ 세부내역은 붙임 참조함",  # a note's sentence
    "□ 예산현황\n\n○ 일반회계 : 900,000",  # a field, a figure
    "□ 예산현황\n\n2. 세출예산",  # a numbered title
])
def test_a_unit_over_a_heading_and_other_lines_is_no_tables(between):
    r = report(GENERAL + "(단위: 천원)\n\n" + between + "\n\n" + FACILITIES)
    assert [(t.unit, t.rows[1]) for t in r.tables] == [(None, ["계", "3,000"])]


def test_a_unit_over_markdown_headings_of_one_level_is_no_tables():
    # `## 2` and `## 3` are sections of their own, though `## 3`'s table is right under it
    r = report(GENERAL + "## 1 예산 현황\n\n(단위: 천원)\n\n## 2 시설\n\n## 3 시설 현황\n\n" + FACILITIES)
    assert [(t.caption, t.unit) for t in r.tables] == [("3 시설 현황", None)]


@given(st.lists(st.text(alphabet="가나다라마바사아자차카타파하회계예산세출현황", min_size=1, max_size=6),
                min_size=1, max_size=4),
       st.sampled_from(["○ ", "- ", "· ", "※ ", ""]))
@example(words=["현", "황"], marker="- ")  # a part's name, as pymupdf4llm lists a part: still the table's caption
def test_a_few_words_under_the_heading_caption_the_table(words, marker):
    caption = marker + " ".join(words)
    document = read_text("t.txt", f"(단위: 천원)\n\n□ 예산현황\n\n{caption}\n\n{FACILITIES}".encode())
    [table] = [block for block in document.blocks if isinstance(block, Table)]
    assert table.unit == (None if caption[-1] in "다음함임됨" else "천원"), caption
