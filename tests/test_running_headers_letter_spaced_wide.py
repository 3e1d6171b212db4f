"""A department's name letter-spaced wider than a word gap (`노  인  복  지  과`, as `pdftotext -layout` prints a
distributed line in wide type) at a page break between a table's rows: the wide gaps part it letter by letter as
they part a running header's title and department, so it named no department, and it parted the table."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_running_titles import BUDGET_ROWS, BUREAU, GROUPED, WELFARE


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("break_", [
    "\n- 3 -\n\n노  인  복  지  과\n\n",  # another department's name atop the next page
    "\n- 3 -\n\n한빛구청     노  인  복  지  과\n\n",  # after its office
    "\n노   인   복   지   과\n- 3 -\n\f",  # a footer, three spaces apart, a form feed after the page number
])
def test_another_departments_name_letter_spaced_wide_between_a_tables_rows_is_a_running_header(break_, layout,
                                                                                               tmp_path):
    """Dropped as a running header, the table going on past it, no row lost. Before, the line parted the table
    (tab, pipe), the rows below it a grid of their own and the line kept as text (`노 인 복 지 과`)."""
    r = read_laid_out(WELFARE.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name, b.budget_krw) for b in r.budget] == [(1, *row) for row in BUDGET_ROWS]
    assert r.tables == [] and run_checks(r) == []
    assert [t.text for t in r.general_text] == ["1. 예산현황 2. 기 타 업무 내용"]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_name_spaced_unevenly_at_a_page_break_still_parts_the_table(layout, tmp_path):
    """Spaced one and two spaces apart (`노  인 복  지  과`), the letters are no name's: the line still parts the
    table in tab text, kept as text."""
    r = read_laid_out(WELFARE.format(break_="\n- 3 -\n\n노  인 복  지  과\n\n"), layout, tmp_path)
    assert [t.text for t in r.general_text] == ["1. 예산현황 노 인 복 지 과 2. 기 타 업무 내용"]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "space-aligned"])
@pytest.mark.parametrize("break_", ["\n노  인  복  지  과\n\n- 3 -\n\n", "\n- 3 -\n\n노  인  복  지  과\n\n"])
def test_a_departments_heading_letter_spaced_wide_at_a_page_break_stays_where_the_body_prints_one(
        break_, layout, tmp_path):
    """A 국's report printing each 과's name so over its table (`사  회  복  지  과`): the one at the page break is
    its heading too, kept, and the tables stay two, each its 계."""
    text = BUREAU.replace("\n사회복지과\n", "\n사  회  복  지  과\n").format(break_=break_)
    r = read_laid_out(text, layout, tmp_path)
    assert [(b.table_no, b.name) for b in r.budget] == [
        (1, "계"), (1, "청사 관리"), (2, "계"), (2, "복지 행정"), (2, "기본경비")]
    assert not [f for f in run_checks(r) if f.rule.startswith("sum")]
    assert [t.text for t in r.general_text if "노 인 복 지 과" in t.text]


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_a_tab_tables_group_row_letter_spaced_wide_at_a_page_break_is_a_row_of_it(layout, tmp_path):
    """A tab table printing group rows (`일반 사업`): the group `노  인  복  지  과` at a page break is one too, read
    into the label of the row below as `노인복지과` is, the table going on past it."""
    r = read_laid_out(GROUPED.format(group="일반 사업", break_="\n- 3 -\n\n노  인  복  지  과\n"), layout, tmp_path)
    assert [b.name for b in r.budget] == ["계", "청사 관리", "노 인 복 지 과 복지 행정", "기본경비"]
    assert [t.text for t in r.general_text] == ["1. 예산현황 2. 기 타 업무 내용"] and run_checks(r) == []
