"""The schema and loading one report: real values in a real SQLite file, idempotency, replacement, rollback."""

from __future__ import annotations

import sqlite3
import threading
import types

import pytest

from pipeline.db import SCHEMA_VERSION, connect, retry_locked
from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.load import LOADED, REPLACED, UNCHANGED, cell_value, load_report, record_refusal
from pipeline.search import rebuild_index, search
from schemas import Finding, Source
from tests.conftest import SAMPLES, every_item
from tests.corpus import TABLES, as_old_schema

PUBLIC_COLUMNS = {
    "documents": "id path sha256 format department year title council_session session_start session_end team_count "
                 "ingested_at from_file_name council",
    "staffing": "document_id status job_class grade headcount line page note table_no",
    "vehicles": "document_id fleet category kind count line page",
    "budget_lines": "id document_id project_id name budget_krw executed_krw remaining_krw execution_rate as_of "
                    "funding_source other_columns parent table_no",
    "projects": "id document_id section seq title team purpose line page",
    "project_items": "id project_id parent_id heading depth text start_month end_month amount_krw line page",
    "findings": "id document_id rule severity location expected actual message table_name row_label column_label "
                "line page",
    "ingest_errors": "path sha256 error seen_at",
    "generic_tables": "id document_id project_id caption unit section header_rows n_rows n_cols line page records_in",
    "table_cells": "table_id row col text value",
}


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "reports.db")
    yield database
    database.close()


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def counts(db) -> dict[str, int]:
    return {table: count(db, table) for table in TABLES}


def one(db, sql: str, *params):
    return db.execute(sql, params).fetchone()


def test_public_schema_has_the_documented_tables_and_columns(db):
    for table, columns in PUBLIC_COLUMNS.items():
        present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        assert set(columns.split()) <= present, table


def test_connection_is_wal_with_foreign_keys_and_a_busy_timeout(db):
    assert one(db, "PRAGMA journal_mode")[0] == "wal"
    assert one(db, "PRAGMA foreign_keys")[0] == 1
    assert one(db, "PRAGMA busy_timeout")[0] == 30_000


def test_connecting_makes_the_indexes_a_killed_bulk_load_left_dropped(tmp_path):
    db = connect(tmp_path / "r.db")
    db.execute("DROP INDEX staffing_document_id")
    db.close()
    conn = connect(tmp_path / "r.db").conn
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'staffing_document_id'").fetchone()[0] == 1


@pytest.mark.parametrize("version", [*range(1, 32), 34])
def test_an_older_database_gains_the_new_columns_and_keeps_its_rows(tmp_path, real_report, version):
    db = connect(tmp_path / "r.db")
    load_report(db, real_report, "sha-1", [])
    db.close()
    as_old_schema(tmp_path / "r.db", version)
    db = connect(tmp_path / "r.db")
    assert one(db, "PRAGMA user_version")[0] == SCHEMA_VERSION == 41
    assert one(db, "SELECT department, year FROM reports") == ("총무과", 2025)
    assert "e.council IS d.council AND e.office IS d.office" in one(
        db, "SELECT sql FROM sqlite_master WHERE name = 'reports'")[0]
    assert [row[1] for row in db.execute("PRAGMA table_info(budget_lines)")][-7:] == [
        "remaining_krw", "other_columns", "parent", "table_no", "budget_year", "subtotal_id", "former_name"]
    assert [row[1] for row in db.execute("PRAGMA table_info(documents)")][-8:] == [
        "ingested_at", "from_file_name", "council", "path_stem", "extracted_by", "volume", "office",
        "former_department"]
    # no former name till it is read again: each report answers by its name as printed
    assert one(db, "SELECT current_department, former_department FROM reports") == ("총무과", None)
    assert [row[1] for row in db.execute("PRAGMA table_info(project_items)")][-3:] == ["year", "end_year", "months"]
    # every item with months has the months of its span, till it is read again
    assert one(db, "SELECT count(*) FROM project_items WHERE (start_month IS NULL) <> (months IS NULL)") == (0,)
    assert [row[1] for row in db.execute("PRAGMA table_info(projects)")][-4:] == [
        "line", "page", "continuity", "former_title"]
    # no former name of a project or a 단위사업 till it is read again
    assert one(db, "SELECT count(*) FROM project_renames") == (0,)
    assert [row[1] for row in db.execute("PRAGMA table_info(staffing)")][-6:] == [
        "table_no", "as_of", "post", "office", "division", "series"]
    assert [row[1] for row in db.execute("PRAGMA table_info(vehicles)")][-2:] == ["status", "fuel"]
    assert one(db, "SELECT path_stem FROM documents") == (real_report.path.removesuffix(".txt"),)
    # 8 단위사업, 6 project lines
    assert one(db, "SELECT count(*), count(remaining_krw), count(other_columns), count(parent), sum(table_no) "
                   "FROM budget_lines") == (14, 0, 0, 0, 14)
    assert one(db, "SELECT department, year, from_file_name, council FROM documents") == ("총무과", 2025, None, None)
    assert one(db, "SELECT count(*), min(status), max(status) FROM vehicles") == (18, "보유", "보유")
    assert one(db, "SELECT printed_total, quota, held FROM vehicle_totals") == (236, 236, 236)
    # a fleet has no name till it is read again: its categories are those its rows print
    assert [row[1] for row in db.execute("PRAGMA table_info(vehicle_fleets)")][-2:] == ["as_of", "name"]
    assert one(db, "SELECT count(*), sum(count) FROM vehicle_categories WHERE category <> '계'") == (5, 236)
    # a cell of dates has no months till it is read again
    assert [row[1] for row in db.execute("PRAGMA table_info(table_cells)")][-2:] == ["value", "months"]
    assert one(db, "SELECT count(*) FROM table_cells WHERE months IS NOT NULL") == (0,)


def test_a_database_from_a_newer_reportdb_is_refused(tmp_path):
    connect(tmp_path / "r.db").execute("PRAGMA user_version = 42")
    with pytest.raises(sqlite3.DatabaseError, match=r"^made by a newer reportdb \(schema version 42, this one knows "
                                                    r"up to 41\): upgrade reportdb to use it$"):
        connect(tmp_path / "r.db")


def test_connecting_twice_keeps_the_schema_and_the_rows(tmp_path, real_report):
    first = connect(tmp_path / "r.db")
    load_report(first, real_report, "sha-1", [])
    first.close()
    again = connect(tmp_path / "r.db")
    assert count(again, "documents") == 1


def test_real_report_rows_hold_the_printed_values(db, real_report):
    status, document_id = load_report(db, real_report, "sha-1", [])
    assert (status, document_id) == (LOADED, 1)
    doc = one(db, "SELECT department, year, council_session, session_start, session_end, team_count, sha256 "
                  "FROM documents")
    assert tuple(doc) == ("총무과", 2025, "제261회 구의회 제1차 정례회", "2025-06-12", "2025-06-27", 5, "sha-1")
    assert count(db, "staffing") == len(real_report.staffing) == 42
    assert one(db, "SELECT headcount FROM staffing WHERE status = '과부족' AND job_class = '일반직' "
                   "AND grade = '9급'")[0] == -11
    total = one(db, "SELECT headcount FROM staffing WHERE status = '현원' AND job_class = '계' AND grade = '계'")
    assert total[0] == 51
    assert tuple(one(db, "SELECT printed_total, quota, repaired FROM vehicle_fleets")) == (236, 236, 1)
    assert one(db, "SELECT count FROM vehicles WHERE category = '계' AND kind = '계'")[0] == 236
    assert one(db, "SELECT fleet FROM vehicles LIMIT 1")[0] == "공용차량 - 총236대 (정수 236)"
    total = one(db, "SELECT budget_krw, executed_krw, execution_rate, as_of FROM budget_lines "
                    "WHERE project_id IS NULL AND name = '계'")
    assert tuple(total) == (137_351_335_000, 60_741_935_000, 44.2, "2025-05-31")


def test_projects_items_nest_and_budget_lines_belong_to_their_project(db, real_report):
    load_report(db, real_report, "sha-1", [])
    assert count(db, "projects") == len(real_report.projects) == 6
    item = one(db, "SELECT i.start_month, i.end_month, i.amount_krw, i.depth, parent.text, p.title "
                   "FROM project_items i JOIN project_items parent ON parent.id = i.parent_id "
                   "JOIN projects p ON p.id = i.project_id WHERE i.text LIKE '별관 대강당 영상시설 조달구매%'")
    assert tuple(item) == (4, 4, 95_700_000, 1, "노후 시설 개선을 통한 쾌적한 청사 환경 조성",
                           "안전하고 쾌적한 청사환경 조성")
    line = one(db, "SELECT b.budget_krw, b.funding_source FROM budget_lines b JOIN projects p ON p.id = b.project_id "
                   "WHERE p.seq = 1 AND p.section LIKE 'Ⅱ%'")
    assert tuple(line) == (2_698_307_000, "구비")
    flattened = sum(1 for p in real_report.projects for _ in every_item(p.items))
    assert count(db, "project_items") == flattened
    positions = [r[0] for r in db.execute("SELECT position FROM project_items WHERE project_id = 1 ORDER BY id")]
    assert positions == list(range(1, len(positions) + 1))


def test_generic_table_cells_keep_every_printed_cell_with_its_number(db, real_report):
    load_report(db, real_report, "sha-1", [])
    table = one(db, "SELECT id, n_rows, n_cols, header_rows FROM generic_tables WHERE caption = '구 청사'")
    assert table is not None
    assert count(db, "table_cells") == sum(len(row) for t in real_report.tables for row in t.rows)
    cell = one(db, "SELECT text, value FROM table_cells WHERE table_id = ? AND text = '7,622'", table[0])
    assert tuple(cell) == ("7,622", 7622)
    assert one(db, "SELECT value FROM table_cells WHERE table_id = ? AND row = 0 AND col = 0", table[0])[0] is None


def test_cell_value_parses_numbers_as_printed():
    assert cell_value("1,234") == 1234
    assert cell_value("△3") == -3
    assert cell_value("43.5%") == 43.5
    assert cell_value("본 관") is None
    assert cell_value("") is None


def test_the_same_content_again_writes_nothing(db, real_report):
    load_report(db, real_report, "sha-1", [])
    before = counts(db)
    ingested_at = one(db, "SELECT ingested_at FROM documents")[0]
    assert load_report(db, real_report, "sha-1", []) == (UNCHANGED, 1)
    assert counts(db) == before
    assert one(db, "SELECT ingested_at FROM documents")[0] == ingested_at


def test_changed_content_at_the_same_path_replaces_every_row(db, real_report):
    load_report(db, real_report, "sha-1", [])
    before = counts(db)
    changed = real_report.model_copy(update={"staffing": real_report.staffing[:10]})
    status, document_id = load_report(db, changed, "sha-2", [])
    assert status == REPLACED
    after = counts(db)
    assert after["staffing"] == 10
    assert {k: v for k, v in after.items() if k != "staffing"} == {k: v for k, v in before.items() if k != "staffing"}
    assert one(db, "SELECT sha256 FROM documents")[0] == "sha-2"
    for table in ("staffing", "vehicles", "projects", "project_items", "budget_lines", "generic_tables",
                  "search_lines"):
        assert one(db, f"SELECT count(*) FROM {table} WHERE document_id <> ?", document_id)[0] == 0, table
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_force_reloads_unchanged_content(db, real_report):
    load_report(db, real_report, "sha-1", [])
    assert load_report(db, real_report, "sha-1", [], force=True)[0] == REPLACED
    assert count(db, "documents") == 1


def test_findings_are_stored_with_their_location(db, real_report):
    finding = Finding(rule="staffing.total", severity="error", table="인력", row="정원", column="계",
                      expected="50", actual="49", message="정원 합계가 맞지 않음", source=Source(line=38))
    load_report(db, real_report, "sha-1", [finding])
    row = one(db, "SELECT rule, severity, location, table_name, row_label, column_label, expected, actual, message, "
                  "line FROM findings")
    assert tuple(row) == ("staffing.total", "error", "인력 / 정원 / 계 (line 38)", "인력", "정원", "계", "50", "49",
                          "정원 합계가 맞지 않음", 38)


class _FailingConnection:
    """The database's connection, failing at its fifth INSERT (documents, staffing, … are in by then)."""

    def __init__(self, conn):
        self.conn, self.calls = conn, 0

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, sql, *params):
        if sql.startswith("INSERT INTO"):
            self.calls += 1
            if self.calls == 5:
                raise RuntimeError("disk on fire")
        return self.conn.execute(sql, *params)


def test_a_failure_while_loading_leaves_no_part_of_the_document(db, real_report, monkeypatch):
    failing = _FailingConnection(db.conn)
    monkeypatch.setattr(db, "conn", failing)
    with pytest.raises(RuntimeError):
        load_report(db, real_report, "sha-1", [])
    assert failing.calls == 5
    assert all(n == 0 for n in counts(db).values())


def test_records_the_schema_cannot_hold_refuse_the_file(db, real_report):
    huge = real_report.budget[0].model_copy(update={"budget_krw": 10**20})
    with pytest.raises(ReportError, match="cannot store the records"):
        load_report(db, real_report.model_copy(update={"budget": [huge]}), "sha-1", [])
    assert count(db, "documents") == 0


def test_refusals_are_recorded_once_per_path_and_cleared_by_a_load(db, real_report):
    record_refusal(db, real_report.path, None, "empty file")
    record_refusal(db, real_report.path, "abc", "binary data, not a text report")
    rows = db.execute("SELECT sha256, error FROM ingest_errors").fetchall()
    assert rows == [("abc", "binary data, not a text report")]
    load_report(db, real_report, "sha-1", [])
    assert count(db, "ingest_errors") == 0


def test_search_finds_short_terms_by_like_and_long_ones_by_the_index(db, real_report):
    load_report(db, real_report, "sha-1", [])
    assert rebuild_index(db) is True
    assert rebuild_index(db) is False  # nothing changed since
    indexed = "SELECT count(*) FROM search_index WHERE text LIKE '%청사환경%'"
    assert one(db, indexed)[0] >= 1
    assert one(db, "EXPLAIN QUERY PLAN " + indexed)[3].endswith("INDEX 0:L0")  # the LIKE is the index's
    db.conn.row_factory = sqlite3.Row
    long = search(db.conn, ["청사환경"])
    assert {r["project"] for r in long} == {"안전하고 쾌적한 청사환경 조성"}
    short = search(db.conn, ["청사"])
    assert len(short) > len(long)
    assert all("청사" in r["text"] for r in short)
    both = search(db.conn, ["인사", "공정"])
    assert both and all("인사" in r["text"] and "공정" in r["text"] for r in both)
    assert search(db.conn, ["없는말입니다"]) == []


def test_search_is_right_while_the_index_is_stale(db, real_report):
    load_report(db, real_report, "sha-1", [])
    db.conn.row_factory = sqlite3.Row
    stale = [tuple(r) for r in search(db.conn, ["청사환경"])]
    rebuild_index(db)
    assert [tuple(r) for r in search(db.conn, ["청사환경"])] == stale
    assert stale


def test_search_takes_percent_and_underscore_literally(db):
    """The index is asked with the term as a plain pattern (`%`, `_` wildcards); the exact test then holds."""
    load_report(db, extract_file(str(SAMPLES / "2023-hanbit-jaemu.txt")), "sha-1", [])
    rebuild_index(db)
    db.conn.row_factory = sqlite3.Row
    assert [r["text"] for r in search(db.conn, ["72% 달성"])] == ["지역제한 입찰 비율 72% 달성(상반기)"]
    assert search(db.conn, ["72_ 달성"]) == []  # `_` as a wildcard would find the line above
    assert search(db.conn, ["비율 7%성"]) == []  # and so would `%`


def test_a_database_with_the_earlier_full_search_index_still_searches(tmp_path, real_report):
    """Databases made before the index dropped its positions keep their definition; LIKE works on both."""
    db = connect(tmp_path / "r.db")
    db.execute("DROP TABLE search_index")
    db.execute("CREATE VIRTUAL TABLE search_index USING fts5(text, content='search_lines', content_rowid='id', "
               "tokenize='trigram')")
    db.close()
    db = connect(tmp_path / "r.db")
    load_report(db, real_report, "sha-1", [])
    rebuild_index(db)
    assert "detail" not in one(db, "SELECT sql FROM sqlite_master WHERE name = 'search_index'")[0]
    db.conn.row_factory = sqlite3.Row
    assert {r["project"] for r in search(db.conn, ["청사환경"])} == {"안전하고 쾌적한 청사환경 조성"}


def test_a_locked_database_is_waited_for(tmp_path, real_report):
    """Another connection holds the write lock for a moment; the load waits and then succeeds."""
    db = connect(tmp_path / "r.db")
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    releaser.start()
    try:
        assert load_report(db, real_report, "sha-1", []) == (LOADED, 1)
    finally:
        releaser.join()
        other.close()


def test_retry_locked_retries_only_lock_errors(monkeypatch):
    monkeypatch.setattr("pipeline.db.time.sleep", lambda s: None)
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            exc = sqlite3.OperationalError("database is locked")
            exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
            raise exc
        return "done"

    assert retry_locked(flaky) == "done" and len(calls) == 3

    def wrong():
        raise sqlite3.OperationalError("no such table: nope")

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        retry_locked(wrong)


def locked_error() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("database is locked")
    exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
    return exc


@pytest.fixture
def clock(monkeypatch):
    """pipeline.db's clock, made to stand still but for the sleeps and what a test moves it on by."""
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    monkeypatch.setattr("pipeline.db.time.monotonic", lambda: now[0])
    monkeypatch.setattr("pipeline.db.time.sleep", sleep)
    return types.SimpleNamespace(now=now, slept=slept)


def test_a_lock_held_through_the_busy_timeout_is_given_up_on_at_once(clock, monkeypatch):
    """Before: run again four times, each waiting the timeout, about 5 × 30 s where the error says `locked for
    over 30 s`."""
    monkeypatch.setattr("pipeline.db.BUSY_TIMEOUT_S", 30)
    calls = []

    def waited_the_timeout():
        calls.append(1)
        clock.now[0] += 30  # SQLite's busy handler waited all of it
        raise locked_error()

    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        retry_locked(waited_the_timeout)
    assert (len(calls), clock.slept) == (1, [])


def test_locks_met_at_once_are_retried_within_the_busy_timeout(clock, monkeypatch):
    monkeypatch.setattr("pipeline.db.BUSY_TIMEOUT_S", 0.5)
    calls = []

    def refused_at_once():
        calls.append(1)
        raise locked_error()

    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        retry_locked(refused_at_once)
    assert (len(calls), clock.slept) == (3, [0.2, 0.3])  # the last sleep ends at the timeout, then one try more


def test_none_binds_as_null_through_an_adapter_of_c():
    """sqlite3 finds the adapter `pipeline.db` registers for None at once, and it runs no frame of Python for each
    NULL bound; None still binds as NULL."""
    adapter = sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)]
    assert isinstance(adapter, types.BuiltinFunctionType)
    assert adapter(None) is None
    conn = sqlite3.connect(":memory:")
    assert conn.execute("SELECT ? IS NULL, typeof(?)", [None, None]).fetchone() == (1, "null")


@pytest.mark.parametrize("version", [36, 37, 38, 39, 40])
def test_every_older_schema_makes_vehicle_categories_again(tmp_path, version):
    """Each older version's migration reaches the current schema's views, not only the next version's: a database
    of schema 39 (its `vehicle_categories` still showing the 계 row) gets schema 41's view, which shows none."""
    path = tmp_path / "r.db"
    connect(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP VIEW vehicle_categories")
    conn.execute("CREATE VIEW vehicle_categories AS SELECT 1 AS category")  # an older reportdb's, in short
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    db = connect(path)
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'vehicle_categories'").fetchone()[0]
    assert "WHERE printed NOT IN ('계', '소계')" in sql
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
