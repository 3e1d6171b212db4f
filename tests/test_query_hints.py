"""`reportdb query` naming a table or a column the database has not: the error says what it has, so that the next
try is right (before, `no such column: department` alone, of `budget_totals`, whose rows name their document)."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLES


@pytest.fixture
def loaded(cli):
    code, output = cli("ingest", SAMPLES / "2026-hanbit-chongmu.md", "--workers", "1")
    assert code == 0, output
    return cli


@pytest.mark.parametrize(("sql", "error"), [
    ("SELECT department, budget_krw FROM budget_totals",
     "no such column: department (`department` is a column of department_renames, documents, renames, reports, "
     "staffing_by_report)"),
    ("SELECT DEPARTMENT FROM budget_totals",  # in any case, as SQLite reads a column's name
     "no such column: DEPARTMENT (`DEPARTMENT` is a column of department_renames, documents, renames, reports, "
     "staffing_by_report)"),
    ("SELECT t.year FROM budget_totals t", "no such column: t.year (`year` is a column of documents, "
                                           "project_items, reports, staffing_by_report)"),
    ("SELECT d.department FROM reports d JOIN budget_totals t ON t.document_id = d.id WHERE t.budget > 1e9",
     "no such column: t.budget (columns named like it: budget_krw, budget_year)"),
    ("SELECT nosuch FROM reports", "no such column: nosuch"),
    ("SELECT * FROM report", "no such table: report (the tables and views: budget_lines, budget_totals, "
     "department_renames, documents, findings, generic_tables, ingest_errors, project_items, project_renames, "
     "projects, renames, reports, search_lines, staffing, staffing_by_report, staffing_totals, table_cells, "
     "vehicle_categories, vehicle_fleets, vehicle_totals, vehicles)"),
])
def test_a_query_naming_what_the_database_has_not_says_what_it_has(loaded, sql, error):
    code, output = loaded("query", sql)
    assert code == 1
    assert output.splitlines()[-1] == f"Error: query failed: {error}"
