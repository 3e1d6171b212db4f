"""A title printed right under a table of as many columns, no blank line between (`현 원<tab>19<tab>8<tab>11` over
`예산 현황` over `단위사업명<tab>예산액<tab>…`, as Word's "save as text" prints it), is no group row of the table under
it (`_prints_group_lines`): a group row is followed by the table's rows, a title by its table's header."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_running_titles import BUDGET_ROWS, GROUPED, WELFARE

STAFFING_OVER_TITLE = WELFARE.replace(
    "1. 예산현황\n\n(단위: 천원)\n\n", "구 분\t계\t6급\t7급\n정 원\t20\t8\t12\n현 원\t19\t8\t11\n예산 현황\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables"])
@pytest.mark.parametrize("break_", [
    "\n- 3 -\n\n노인복지과\n\n",  # another department's name atop the next page
    "\n노인복지과\n\n- 3 -\n\n",  # at a page's foot
    "\n- 3 -\n\n노 인 복 지 과\n\n",  # letter-spaced
])
def test_another_departments_name_at_a_page_break_under_a_title_right_under_a_table_is_a_running_header(
        break_, layout, tmp_path):
    """Dropped as a running header, the budget going on past it. Before, the title was taken for a group row, so
    the table's was too: read into the label of the row below (`노인복지과 복지 행정`, tab text), or parting the
    table (pipe tables: the rows below no budget, the line kept as text)."""
    r = read_laid_out(STAFFING_OVER_TITLE.format(break_=break_), layout, tmp_path)
    assert [(b.table_no, b.name) for b in r.budget] == [(1, name) for name, _krw in BUDGET_ROWS]
    assert [t.text for t in r.general_text] == ["예산 현황 2. 기 타 업무 내용"]
    assert not [f for f in run_checks(r) if f.rule.startswith("sum")]


def test_under_a_title_right_under_a_space_aligned_table_the_two_tables_still_run_together(tmp_path):
    """Space-aligned, the title and the two tables still read as one table of nine rows, no budget, with a running
    header at the break or without (README, "What it does not read yet")."""
    for break_ in ["\n- 3 -\n\n", "\n- 3 -\n\n노인복지과\n\n"]:
        r = read_laid_out(STAFFING_OVER_TITLE.format(break_=break_), "space-aligned", tmp_path)
        assert (r.budget, [len(t.rows) for t in r.tables]) == ([], [9])


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines"])
def test_a_group_row_over_a_row_of_figures_is_still_a_group_row(layout, tmp_path):
    """A group row over the table's next row of figures (`일반 사업` over `청사 관리<tab>1,000,000`) stays one, and
    the department at the page break a group row too, read into the row below."""
    r = read_laid_out(GROUPED.format(group="일반 사업", break_="\n- 3 -\n\n노인복지과\n"), layout, tmp_path)
    assert [b.name for b in r.budget] == ["계", "청사 관리", "노인복지과 복지 행정", "기본경비"]
