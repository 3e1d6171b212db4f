"""A `(단위: …)` line gives its unit to the next table of its own section: over a heading printed right under it
that captions the table right under that (`(단위: 천원)` over `□ 예산현황`), but over no other heading (a new
section, whose table printing no unit has none)."""

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
