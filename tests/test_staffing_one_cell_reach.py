"""The one-cell search of a staffing table tries a count only where it can clear two error findings at all: a 과부족
of a plain cell (no 계, no class its series break down, no office) is cleared by its own column's counts alone, so a
정원 일반직 7급 is no longer tried for the park report's 과부족 일반직 6급 (before, all five 정원 일반직 cells were,
at ±1: 12 rechecks of its table, now 2). The findings are those the search found trying every related count: each
table here is checked with every count planted off, pruned and not."""

import pytest

import checks.staffing as staffing
from checks import run_checks
from pipeline.extract import extract_file
from tests.layouts import read_laid_out
from tests.test_staffing_class_parts import GRADED, report
from tests.test_staffing_grade_parts import TABLE as BY_GRADE_SERIES
from tests.test_staffing_office_series import TABLE as BY_OFFICE_SERIES

PARK = "samples/2025-hanbit-park-planted.txt"
PLAIN = ("구 분\t계\t일 반 직\t\t\t공 무 직\n\t\t5급\t6급\t7급\t\n정 원\t12\t1\t4\t5\t2\n"
         "현 원\t11\t1\t4\t4\t2\n과부족\t△1\t-\t-\t△1\t-\n")


def found(findings) -> list[tuple]:
    return sorted((f.rule, f.table, f.row, f.column, f.expected, f.actual, f.source.line) for f in findings)


def rechecks(monkeypatch, counts) -> tuple[list[tuple], int]:
    """The staffing findings of the counts, and how many times a table was checked (`_arithmetic`)."""
    calls = []
    arithmetic = staffing._arithmetic

    def counted(cells, table):
        calls.append(table)
        return arithmetic(cells, table)

    monkeypatch.setattr(staffing, "_arithmetic", counted)
    return found(staffing._tables(counts, staffing.TABLE)), len(calls)


def test_the_park_reports_table_is_checked_again_twice_for_its_six_grade(monkeypatch):
    r = extract_file(PARK)
    assert staffing._own_column_shortfalls(r.staffing) == {
        ("shortfall", f"일반직 {grade}") for grade in ("5급", "6급", "7급", "8급", "9급")}
    findings, checked = rechecks(monkeypatch, r.staffing)
    # the table, and its 6급's 정원 at 4 ± 1 (before, also 5급, 7급, 8급 and 9급's at ±1)
    assert checked == 3
    assert [(rule, row, column, expected, actual) for rule, _table, row, column, expected, actual, _line in findings
            ] == [("shortfall", "과부족", "일반직 6급", "1", "2"), ("sum.staffing", "정원", "계", "28", "29")]
    assert [f for f in found(run_checks(r)) if f[1].startswith("인력")] == [
        ("cross.staffing_line", "인력", "현원", "계", "27", "26", 27),
        ("shortfall", "인력", "과부족", "일반직 6급", "1", "2", 28),
        ("sum.staffing", "인력", "정원", "계", "28", "29", 26)]


@pytest.mark.parametrize("text", [PLAIN, GRADED, BY_GRADE_SERIES, BY_OFFICE_SERIES])
def test_every_planted_count_is_found_as_the_whole_search_finds_it(text, tmp_path, monkeypatch):
    counts = read_laid_out(report(text), "tab", tmp_path).staffing
    for k, c in enumerate(counts):
        for off in (-2, -1, 1, 3):
            planted = [*counts[:k], c.model_copy(update={"headcount": c.headcount + off}), *counts[k + 1:]]
            with monkeypatch.context() as m:
                pruned, checked = rechecks(m, planted)
            with monkeypatch.context() as m:
                m.setattr(staffing, "_own_column_shortfalls", lambda cells: set())
                whole, checked_all = rechecks(m, planted)
            assert (pruned, checked <= checked_all) == (whole, True), (k, off)


def test_a_planted_grade_of_a_plain_table_is_one_finding_with_fewer_tries(tmp_path, monkeypatch):
    counts = read_laid_out(report(PLAIN.replace("정 원\t12\t1\t4\t5", "정 원\t12\t1\t4\t6")), "tab", tmp_path).staffing
    findings, checked = rechecks(monkeypatch, counts)
    assert [(rule, row, column, expected, actual) for rule, _table, row, column, expected, actual, _line in findings
            ] == [("sum.staffing", "정원", "일반직 7급", "5", "6")]
    # the table, and its 7급's 정원 at 6 ± 1 (before, also 5급's and 6급's 정원 and
    # the 과부족 계, none of which can clear the 과부족 of 7급)
    assert checked == 3
    monkeypatch.setattr(staffing, "_own_column_shortfalls", lambda cells: set())
    assert rechecks(monkeypatch, counts) == (findings, 9)


def test_no_shortfall_of_a_series_class_an_office_or_a_total_is_its_columns_alone(tmp_path):
    graded = read_laid_out(report(GRADED), "tab", tmp_path).staffing
    # a series of 일반직 (`- 행정`) sums into its class's cells: no 일반직 column is its own alone; 공무직's are
    assert staffing._own_column_shortfalls(
        [*graded, *(c.model_copy(update={"status": "과부족"}) for c in graded if c.status == "정원")]) == {
        ("shortfall", "공무직 6급"), ("shortfall", "공무직 7급")}
    assert staffing._own_column_shortfalls(read_laid_out(report(BY_OFFICE_SERIES), "tab", tmp_path).staffing) == set()
