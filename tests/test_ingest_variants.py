"""Ingest, each test a case the review of the schema-10 change found wrong."""

from __future__ import annotations

import sqlite3

from pipeline.db import connect
from pipeline.ingest import collect_files, ingest_files
from tests.corpus import require_checks
from tests.test_cli_journeys import copy_sample

require_checks()  # ingest runs the checks

REPORTS = ("2023-hanbit-jaemu.txt", "2025-hanbit-bokji.txt", "2026-hanbit-chongmu.md")


def test_who_else_holds_a_content_is_asked_by_its_index_not_by_scanning_the_documents(tmp_path):
    """A forced ingest asks, for every file, which other paths hold its content. Before, `documents.sha256` had
    no index, so each question scanned the table; then the contents were held in memory instead, which grew with
    the files loaded (10,000 files: peak 60 MiB against 50 MiB at 1,000). Now the index answers."""
    for name in REPORTS:
        copy_sample(name, tmp_path / "in" / name)
    files = collect_files([tmp_path / "in"]).files
    db = connect(tmp_path / "r.db")
    ingest_files(db, files)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    summary = ingest_files(db, files, force=True)
    db.conn.set_trace_callback(None)
    assert (summary.counts["replaced"], summary.counts["duplicate"]) == (3, 0)
    asked = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT") and "sha256 = " in sql]
    assert len(asked) == 3
    plan = sqlite3.connect(tmp_path / "r.db")
    steps = {step[3] for sql in asked for step in plan.execute(f"EXPLAIN QUERY PLAN {sql}")}
    assert "SEARCH documents USING INDEX documents_sha256 (sha256=?)" in steps
    assert not any(step.startswith("SCAN") for step in steps)


def test_a_moved_file_and_a_copy_of_it_in_one_run_move_the_record_once(tmp_path):
    """The contents held are read once and kept up to date as the files load: the second copy of a file whose
    held path is gone is a copy of the first, which took over the record, not a second move of it."""
    copy_sample(REPORTS[0], tmp_path / "a" / REPORTS[0])
    db = connect(tmp_path / "r.db")
    ingest_files(db, collect_files([tmp_path / "a"]).files)
    (id_,) = db.execute("SELECT id FROM documents").fetchone()
    (tmp_path / "a").rename(tmp_path / "b")
    copy_sample(REPORTS[0], tmp_path / "c" / REPORTS[0])
    seen: list[tuple[str, str, str | None]] = []
    ingest_files(db, collect_files([tmp_path / "b", tmp_path / "c"]).files,
                 on_file=lambda status, path, detail: seen.append((status, path, detail)))
    b, c = (str(tmp_path.resolve() / folder / REPORTS[0]) for folder in "bc")
    assert seen == [("moved", b, str(tmp_path.resolve() / "a" / REPORTS[0])), ("duplicate", c, b)]
    assert db.execute("SELECT id, path FROM documents").fetchall() == [(id_, b)]


def test_copies_an_older_reportdb_loaded_twice_stay_until_ingested_with_force(tmp_path):
    """An older reportdb loaded a copy at another path as a document of its own; migration keeps both, and an
    unchanged file is not looked at again, so only a forced ingest leaves the content held once."""
    from pipeline.ingest import prepare_one
    from pipeline.load import load_rows

    for name in ("a.txt", "b.txt"):
        copy_sample(REPORTS[0], tmp_path / name)
    files = collect_files([tmp_path / "a.txt", tmp_path / "b.txt"]).files
    db = connect(tmp_path / "r.db")
    for path in files:  # as the older reportdb did
        load_rows(db, prepare_one(str(path)).rows)
    assert ingest_files(db, files).counts["unchanged"] == 2
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    seen: list[tuple[str, str, str | None]] = []
    ingest_files(db, files, force=True, on_file=lambda status, path, detail: seen.append((status, path, detail)))
    a, b = map(str, files)
    assert [(status, path) for status, path, _ in seen] == [("duplicate", a), ("replaced", b)]
    assert db.execute("SELECT path FROM documents").fetchall() == [(b,)]
