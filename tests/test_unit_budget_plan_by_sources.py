"""The department's budget of a November plan printed as its funding sources over a 예산액 row of its year
(`구 분 | 계 | 국비 | 시비 | 구비` over `2026년 예산(안) | …`) under a caption of the budget is its budget of that
year, a line a column, as a project's such table is; before, it was kept as a generic grid only."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = ("제305회 새빛구의회 제2차 정례회\n\n2025. 11. 24. ~ 12. 19.\n\n# 2025년도 행정사무감사 업무보고\n\n"
         "## 도시계획과\n\n# Ⅰ. 일반현황\n\n")
TABLE = "(단위: 천원)\n\n구 분\t계\t국비\t시비\t구비\n{row}\t{total}\t500,000\t800,000\t1,200,000\n\n"
TAIL = "# Ⅱ. 주요업무 추진실적\n\n1 도시재생 (도시재생팀)\n\n고치고자 함\n"


def read(caption, layout, tmp_path, row="2026년 예산(안)", total="2,500,000"):
    return read_laid_out(COVER + f"## {caption}\n\n" + TABLE.format(row=row, total=total) + TAIL, layout, tmp_path)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "pdf grid"])
@pytest.mark.parametrize("caption", ["2. 2026년 예산(안)", "4 예산현황"])
def test_a_plan_by_sources_is_the_department_s_budget_of_its_year(caption, layout, tmp_path):
    r = read(caption, layout, tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.budget_year) for b in r.budget] == [
        ("계", 2_500_000_000, None, None, 2026), ("국비", 500_000_000, None, "국비", 2026),
        ("시비", 800_000_000, None, "시비", 2026), ("구비", 1_200_000_000, None, "구비", 2026)]
    assert r.tables == []
    assert run_checks(r) == []


def test_its_total_is_checked_against_its_sources(tmp_path):
    r = read("2. 2026년 예산(안)", "tab", tmp_path, total="2,600,000")
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.budget", "계", "2,500,000천원", "2,600,000천원")]


def test_under_a_caption_of_another_subject_it_stays_a_grid(tmp_path):
    """Sources over a row of a plan's year under a caption naming no budget (a grant's shares) are no budget."""
    r = read("2. 국고보조 신청 현황", "tab", tmp_path)
    assert r.budget == []
    assert [t.rows[1][0] for t in r.tables] == ["2026년 예산(안)"]
