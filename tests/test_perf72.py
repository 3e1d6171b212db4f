"""perf72: work skipped where it changes no output (one-space tables' header words and blank lines, a finding said
once only where another may say it again); the outputs asserted as they were before."""

from __future__ import annotations

from checks import _said_once
from checks.base import Rule
from pipeline.one_space_tables import _header_words, one_space_tables
from schemas import Source

SUM = Rule("sum.budget", "error", "계 = 합")
CROSS = Rule("cross.project_budget", "warning", "표와 본문")


def test_header_words_split_as_printed_where_no_bracket():
    assert _header_words("구 분 예산액 집행액") == ["구", "분", "예산액", "집행액"]


def test_header_words_keep_a_bracket_and_an_as_of_date_with_their_label():
    assert _header_words("구 분 예산액 집행액(B) (5월말 기준) 집행률 (%)") == [
        "구", "분", "예산액", "집행액(B) (5월말 기준)", "집행률 (%)"]


def test_a_blank_line_ends_a_one_space_table_and_starts_none():
    lines = ["□ 예산현황", "", "단위사업 세부사업 예산액 집행액 집행률(%)", "계 3,000 1,500 50.0",
             "청사 관리 소 계 3,000 1,500 50.0", "", "시설 유지 2,000 1,000 50.0", "장비 구입 1,000 500 50.0", ""]
    assert one_space_tables(lines) == [
        "□ 예산현황", "", "단위사업\t세부사업\t예산액\t집행액\t집행률(%)", "계\t\t3,000\t1,500\t50.0",
        "청사 관리\t소 계\t3,000\t1,500\t50.0", "", "시설 유지 2,000 1,000 50.0", "장비 구입 1,000 500 50.0", ""]


def _found(rule: Rule, line: int, column: str | None, expected: str, actual: str):
    return rule.finding(table="예산현황", row="계", column=column, expected=expected, actual=actual,
                        source=Source(line=line), message="")


def test_findings_none_of_which_may_repeat_another_are_all_kept():
    findings = [_found(SUM, 10, "예산액", "3,000", "3,100"), _found(SUM, 12, "집행액", "1,500", "1,400")]
    assert _said_once(findings) == findings


def test_a_cross_warning_on_the_errors_figure_written_otherwise_goes():
    error = _found(SUM, 10, "예산액", "400백만원", "500백만원")
    warning = _found(CROSS, 10, "예산액", "4억원", "5억원")
    assert _said_once([error, warning]) == [error]


def test_an_error_of_no_column_beside_the_same_figures_error_on_its_cell_goes():
    on_cell = _found(SUM, 10, "총사업비", "3,600,000천원", "3,700,000천원")
    of_line = _found(Rule("sum.project_cost", "error", "총사업비"), 10, None, "3,600,000천원", "3,700,000천원")
    assert _said_once([on_cell, of_line]) == [on_cell]
