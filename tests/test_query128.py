"""`reportdb query` whose Nth row fails: the rows before it are written but the last (Python's sqlite3 steps to a
row before handing over the one before it, and drops that one where the step fails), then the one-line error, where
before every row of the failing row's batch of 500 was lost too (of 600 good rows, the last 100)."""

from __future__ import annotations

import json

import pytest

from tests.test_cli_journeys import jaemu_db, reportdb

assert jaemu_db  # a fixture of test_cli_journeys', used here too

FAILING_AT = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {last}) " \
             "SELECT json(CASE WHEN i < {last} THEN i ELSE '{{x' END) AS v FROM n"


@pytest.mark.parametrize("last", [2, 501, 601, 1001])
def test_csv_writes_the_rows_before_the_failing_one_but_the_last(jaemu_db, last):
    result = reportdb("query", FAILING_AT.format(last=last), "--db", jaemu_db, "--csv", cwd=jaemu_db.parent)
    assert (result.returncode, result.stderr) == (1, "Error: query failed: malformed JSON\n")
    assert result.stdout.splitlines() == ["v", *(str(i) for i in range(1, last - 1))]


def test_json_writes_the_objects_before_the_failing_one_but_the_last(jaemu_db):
    result = reportdb("query", FAILING_AT.format(last=601), "--db", jaemu_db, "--json", cwd=jaemu_db.parent)
    assert (result.returncode, result.stderr) == (1, "Error: query failed: malformed JSON\n")
    objects = [json.loads(line.strip().rstrip(",")) for line in result.stdout.splitlines()[1:]]
    assert objects == [{"v": str(i)} for i in range(1, 600)]


def test_a_table_is_not_drawn_short(jaemu_db):
    result = reportdb("query", FAILING_AT.format(last=3), "--db", jaemu_db, "--table", cwd=jaemu_db.parent)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "Error: query failed: malformed JSON\n")


def test_the_first_row_failing_writes_no_header(jaemu_db):
    result = reportdb("query", FAILING_AT.format(last=1), "--db", jaemu_db, "--csv", cwd=jaemu_db.parent)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "Error: query failed: malformed JSON\n")
