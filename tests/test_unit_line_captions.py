"""A `(단위: …)` line over a heading goes to the table that heading captions under up to two lines naming it (`○
일반회계` over `- 세출예산`, a lettered or numbered one, `가. 일반회계`, `1) 세출`), a date's line and a note of a few
words (`(2025. 5. 31. 기준)`, `※ 잠정치`); never over a heading of a section of its own, nor two lines level with each
other (`○ 사업개요`, `○ 예산현황`), a third caption line, a note's sentence or a numbered title. In text, markdown and
space-aligned columns."""

import datetime as dt

import pytest

from tests.layouts import read_laid_out, space_aligned
from tests.test_overview_variants import COVER, report

PROJECT = "Ⅱ. 주요업무 추진실적\n\n① 청사 관리 (청사관리팀)\n\n청사를 관리하고자 함\n\n"
BUDGET = "예산액\t집행액\t집행률(%)\n900,000\t450,000\t50.0\n"
LAYOUTS = {"text": lambda text: text, "space-aligned": space_aligned}


def _budget(r) -> list[tuple]:
    (project,) = r.projects
    return [(line.name, line.unit, line.budget_krw, line.executed_krw, line.as_of) for line in project.budget_lines]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("between", [
    "○ 일반회계\n\n- 세출예산",  # two lines, the second under the first
    "- 일반회계\n\n· 세출예산",
    "가. 일반회계",  # lettered or numbered
    "1) 일반회계",
    "(가) 일반회계",
    "가. 일반회계\n\n1) 세출예산",
    "※ 잠정치",  # a note of a few words
    "* 부가세 포함",
    "※ 2025년 본예산 기준",
    "○ 일반회계\n\n※ 잠정치\n\n- 세출예산",
])
def test_a_unit_over_a_heading_and_lines_naming_its_table_is_the_tables(between, layout):
    # before, no unit: 900,000 read as won
    r = report(LAYOUTS[layout](PROJECT + "(단위: 천원)\n\n□ 예산현황\n\n" + between + "\n\n" + BUDGET))
    assert _budget(r) == [("계", "천원", 900_000_000, 450_000_000, None)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("between", ["(2025. 5. 31. 기준)", "(2025. 5. 31. 기준)\n\n○ 일반회계",
                                     "○ 일반회계\n\n(2025. 5. 31. 기준)", "※ 2025. 5. 31. 기준\n\n- 일반회계"])
def test_a_unit_over_a_heading_and_a_date_is_the_tables_and_so_is_the_date(between, layout):
    # before, no unit; and a date over a caption line was left a line of text
    r = report(LAYOUTS[layout](PROJECT + "(단위: 천원)\n\n□ 예산현황\n\n" + between + "\n\n" + BUDGET))
    assert _budget(r) == [("계", "천원", 900_000_000, 450_000_000, dt.date(2025, 5, 31))]


@pytest.mark.parametrize("between", [
    "#### 가. 일반회계",  # a heading of a lower level, lettered
    "#### 일반회계\n\n##### 세출예산",
    "**가. 일반회계**\n\n**1) 세출예산**",  # bold paragraphs of two kinds of mark
    "#### 일반회계\n\n(2025. 5. 31. 기준)",
])
def test_a_unit_over_a_markdown_heading_and_lines_naming_its_table_is_the_tables(between):
    r = report(PROJECT + "### 예산현황\n\n".replace("### 예산현황", "(단위: 천원)\n\n### 예산현황") + between + "\n\n"
               + BUDGET)
    assert [line[:4] for line in _budget(r)] == [("계", "천원", 900_000_000, 450_000_000)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("between", [
    "□ 사업개요\n\n□ 예산현황",  # a heading of a section of its own
    "□ 예산현황\n\n○ 일반회계\n\n□ 세출예산",  # a heading after a caption line
    "□ 예산현황\n\n○ 사업개요\n\n○ 세부현황",  # two lines level with each other: two sections
    "□ 예산현황\n\n가. 일반회계\n\n나. 특별회계",
    "□ 예산현황\n\n○ 일반회계\n\n- 세출예산\n\n· 사업별",  # three
    "□ 예산현황\n\n※ 세부내역은 붙임 참조함",  # a note's sentence
    "□ 예산현황\n\n※ 예산액: 본예산 기준",  # a note's field
])
def test_a_unit_over_a_heading_and_other_lines_is_no_tables(between, layout):
    r = report(LAYOUTS[layout](PROJECT + "(단위: 천원)\n\n" + between + "\n\n" + BUDGET))
    assert _budget(r) == [("계", None, 900_000, 450_000, None)]


def test_a_unit_of_the_overview_is_not_the_budgets_two_headings_down_under_a_caption():
    # the 사업개요's 천원 stays its own though the budget's heading is over a caption line and a date
    r = report(PROJECT + "□ 사업개요\n\n(단위: 천원)\n\n□ 주요 추진실적\n\n□ 예산현황\n\n○ 일반회계\n\n"
               "(2025. 5. 31. 기준)\n\n" + BUDGET)
    assert _budget(r) == [("계", None, 900_000, 450_000, dt.date(2025, 5, 31))]


@pytest.mark.parametrize(("between", "unit"), [
    ("○ 일반회계\n\n- 세출예산", "천원"), ("가. 일반회계\n\n(2025. 5. 31. 기준)", "천원"), ("※ 잠정치", "천원"),
    ("○ 사업개요\n\n○ 세부현황", None)])
def test_a_unit_over_a_heading_and_lines_naming_its_table_in_a_pdf(between, unit, tmp_path):
    r = read_laid_out(COVER + PROJECT + "(단위: 천원)\n\n□ 예산현황\n\n" + between + "\n\n" + BUDGET, "pdf grid",
                      tmp_path)
    assert [line[:4] for line in _budget(r)] == [
        ("계", unit, 900_000_000 if unit else 900_000, 450_000_000 if unit else 450_000)]
