"""Budget tables in two more shapes of the department's 예산현황: 단위사업 rows printed with no mark over their
세부사업 marked `-` (`·`, `ㆍ`, `└`, `○`) in the same name column, and funding sources as columns over rows
labelled `예산액(A) | 집행액(B) | 집행률(B/A)` or `예산현액`."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_budget_shapes_variants import found, report

UNMARKED_UNITS = ("(단위: 천원, 2025. 5. 31. 기준)\n사 업 명\t예산액\t집행액\t집행률(%)\n"
                  "계\t5,000,000\t1,600,000\t32.0\n"
                  "청사 관리\t3,000,000\t800,000\t26.7\n"
                  "{mark}청사 유지보수\t{leaf}\t800,000\t{rate}\n"
                  "{mark}청사 청소용역\t1,000,000\t-\t-\n"
                  "인사 운영\t2,000,000\t800,000\t40.0\n"
                  "{mark}인사 관리\t2,000,000\t800,000\t40.0\n")


def lines(r):
    return [(b.name, b.parent, b.budget_krw and b.budget_krw // 1_000, b.executed_krw and b.executed_krw // 1_000,
             b.execution_rate, b.funding_source) for b in r.budget]


@pytest.mark.parametrize("mark", [" - ", "- ", "· ", "ㆍ", " └ ", "○ "])
def test_marked_rows_under_unmarked_ones_are_their_detail_lines(mark):
    r = report(UNMARKED_UNITS.format(mark=mark, leaf="2,000,000", rate="40.0"))
    assert lines(r) == [("계", None, 5_000_000, 1_600_000, 32.0, None),
                        ("청사 관리", None, 3_000_000, 800_000, 26.7, None),
                        ("청사 유지보수", "청사 관리", 2_000_000, 800_000, 40.0, None),
                        ("청사 청소용역", "청사 관리", 1_000_000, 0, 0.0, None),
                        ("인사 운영", None, 2_000_000, 800_000, 40.0, None),
                        ("인사 관리", "인사 운영", 2_000_000, 800_000, 40.0, None)]
    assert r.tables == []
    assert found(r) == []


def test_a_wrong_detail_line_under_an_unmarked_one_is_found_on_its_group():
    r = report(UNMARKED_UNITS.format(mark="- ", leaf="2,100,000", rate="38.1"))
    assert found(r) == [("sum.budget", "청사 관리", "예산액", "3,100,000천원", "3,000,000천원")]


def test_marked_rows_right_under_the_total_are_no_level():
    """The first line marked: the marks are bullets, as on every line, also where a later line prints none."""
    r = report("(단위: 천원)\n구 분\t예산액\t집행액\n계\t300\t100\n- 청사 관리\t200\t50\n인사 운영\t100\t50\n")
    assert [(b.name, b.parent) for b in r.budget] == [("계", None), ("- 청사 관리", None), ("인사 운영", None)]
    assert found(r) == []


def test_sources_marked_under_a_unit_are_its_funding_lines():
    r = report("(단위: 천원)\n구 분\t예산액\t집행액\n계\t300\t100\n청사 관리\t300\t100\n"
               " - 국비\t200\t50\n - 구비\t100\t50\n")
    assert lines(r) == [("계", None, 300, 100, None, None), ("청사 관리", None, 300, 100, None, None),
                        ("국비", "청사 관리", 200, 50, None, "국비"), ("구비", "청사 관리", 100, 50, None, "구비")]
    assert found(r) == []


def test_one_source_marked_under_a_unit_is_an_of_which_line_summed_with_nothing():
    """`- 국비` alone under `청사 관리`: the part of its budget the state pays, not its breakdown. Before, its
    figures were taken for the line's sum (a false sum.budget error, 200 against 50)."""
    r = report("(단위: 천원)\n구 분\t예산액\t집행액\n계\t300\t100\n청사 관리\t200\t50\n - 국비\t150\t30\n"
               "인사 운영\t100\t50\n")
    assert [(b.name, b.parent, b.funding_source) for b in r.budget] == [
        ("계", None, None), ("청사 관리", None, None), ("국비", "청사 관리", "국비"), ("인사 운영", None, None)]
    assert found(r) == []


SOURCES_AS_COLUMNS = ("(단위: 백만원, 2025. 5. 31. 기준)\n구 분\t계\t국비\t시비\t구비\n"
                      "{budget}\t12,500\t2,000\t1,500\t9,000\n{executed}\t5,000\t800\t700\t3,500\n"
                      "{rate}\t40.0\t40.0\t46.7\t{last}\n")


@pytest.mark.parametrize(("budget", "executed", "rate"), [
    ("예산액(A)", "집행액(B)", "집행률(B/A)"), ("예산현액", "집행액", "집행률(%)"),
    ("예 산 액 (A)", "집 행 액 (B)", "집행률"), ("예산현액(A)", "집행액(B)", "집행률(%)")])
def test_the_departments_budget_by_source_under_lettered_or_current_labels_is_a_line_per_source(
        budget, executed, rate):
    r = report(SOURCES_AS_COLUMNS.format(budget=budget, executed=executed, rate=rate, last="38.9"))
    assert lines(r) == [("계", None, 12_500_000, 5_000_000, 40.0, None),
                        ("국비", None, 2_000_000, 800_000, 40.0, "국비"),
                        ("시비", None, 1_500_000, 700_000, 46.7, "시비"),
                        ("구비", None, 9_000_000, 3_500_000, 38.9, "구비")]
    assert r.tables == []
    assert found(r) == []


def test_a_wrong_rate_under_lettered_labels_is_found():
    r = report(SOURCES_AS_COLUMNS.format(budget="예산액(A)", executed="집행액(B)", rate="집행률(B/A)", last="39.9"))
    assert found(r) == [("rate", "구비", "집행률(%)", "38.9", "39.9")]


def test_a_projects_overview_table_printing_its_budget_among_its_fields_is_no_budget_table():
    """`구 분 | 내 용` over `기 간`, `대 상`, `예 산` is the project's overview: since a `예 산` row alone sent a
    project's table to the budget, its budget line was named `내용`, with `기 간` and `대 상` as its columns. Its
    fields are the overview's items, as bullets `○ 예 산 : 35,000천원(구비)` are, so the budget it states is the
    project's (a line of its source), as theirs is."""
    r = extract_report(read_text("t.txt", (
        "2023년 주요업무 보고\n\n주택과\n\nⅡ. 주요업무 추진실적\n\n1. 공동주택 품질점검단 운영 (공동주택팀)\n\n"
        "공동주택 품질을 높이고자 함\n\n□ 사업개요\n\n구 분\t내 용\n기 간\t2023. 1. ~ 12.\n"
        "대 상\t신축 공동주택 9개 단지\n예 산\t35,000천원(구비)\n\n"
        "□ 향후계획\n ○ 마감공사 단계 점검: 9월~11월\n").encode()))
    [project] = r.projects
    assert [(b.name, b.budget_krw, b.executed_krw, b.funding_source, b.other_columns) for b in project.budget_lines] \
        == [("구비", 35_000_000, None, "구비", None)]
    assert [(i.heading, i.text) for i in project.items][:3] == [
        ("사업개요", "기 간 : 2023. 1. ~ 12."), ("사업개요", "대 상 : 신축 공동주택 9개 단지"),
        ("사업개요", "예 산 : 35,000천원(구비)")]
    assert r.tables == []


def test_a_wrong_total_of_three_levels_names_the_sum_of_the_policy_programmes():
    """Before, the 계 of a table of 정책사업 over 단위사업 over 세부사업 was said to differ from the 단위사업's sum."""
    r = report("(단위: 천원)\n정책사업\t단위사업\t세부사업\t예산액\t집행액\n합 계\t\t\t3,100\t1,000\n"
               "도시계획 관리\t\t\t3,000\t1,000\n\t도시계획 수립\t\t3,000\t1,000\n\t\t기본계획 재정비\t3,000\t1,000\n")
    [finding] = [f for f in run_checks(r) if f.rule == "sum.budget"]
    assert (finding.row, finding.expected, finding.actual) == ("계", "3,000천원", "3,100천원")
    assert "정책사업별 합계" in finding.message
