"""Re-ingesting after an upgrade: each document records which extraction made its rows (`extracted_by`), and an
unchanged file another reportdb extracted is read again, where one this reportdb extracted is skipped."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline.ingest as ingest_module
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.fingerprint import PACKAGES, extraction_fingerprint
from pipeline.ingest import collect_files, ingest_files
from tests.conftest import ROOT, SAMPLES
from tests.corpus import as_old_schema, invoke, require_checks

require_checks()  # ingest runs the checks

REPORTS = ("2023-hanbit-jaemu.txt", "2025-hanbit-bokji.txt", "2026-hanbit-chongmu.md")
UPGRADED = "0" * 64  # the fingerprint of another reportdb


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "in").mkdir()
    for name in REPORTS:
        shutil.copyfile(SAMPLES / name, tmp_path / "in" / name)
    return tmp_path / "in"


def held(db_path: Path) -> list[tuple]:
    """Each document's id, path's name, the extraction that made it and its findings."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT d.id, replace(d.path, rtrim(d.path, replace(d.path, '/', '')), ''), "
                            "d.extracted_by, (SELECT count(*) FROM findings f WHERE f.document_id = d.id) "
                            "FROM documents d ORDER BY d.id").fetchall()


def never_extracted(*args):
    raise AssertionError(f"called with {args}")


def test_each_document_records_the_extraction_that_made_it_and_the_same_file_again_is_not_extracted(
        tmp_path, folder, monkeypatch):
    first = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert "loaded 3, replaced 0, unchanged 0, refused 0" in first.output
    assert held(tmp_path / "r.db") == [(1, REPORTS[0], extraction_fingerprint(), 1),
                                       (2, REPORTS[1], extraction_fingerprint(), 1),
                                       (3, REPORTS[2], extraction_fingerprint(), 1)]
    monkeypatch.setattr(ingest_module, "prepare_one", never_extracted)
    again = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert "loaded 0, replaced 0, unchanged 3, refused 0" in again.output
    assert "re-read" not in again.output


def test_an_unchanged_file_another_reportdb_extracted_is_read_again_and_its_rows_replaced(
        tmp_path, folder, monkeypatch):
    """Before: `unchanged 3` after an upgrade that changed the extraction but not the schema, the rows as the older
    reportdb made them, until `ingest --force`."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    with sqlite3.connect(tmp_path / "r.db") as conn:
        conn.execute("DELETE FROM findings")  # as the older extraction left them
    monkeypatch.setattr(ingest_module, "extraction_fingerprint", lambda: UPGRADED)
    upgraded = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert upgraded.exit_code == 0
    assert ("loaded 0, replaced 0, re-read 3 (reportdb changed), unchanged 0, refused 0, skipped 0; findings: "
            "0 errors, 0 warnings, 3 info") in " ".join(upgraded.output.split())
    assert [line.split()[0] for line in upgraded.output.splitlines()[:3]] == ["re-read"] * 3
    # the rows replaced under the ids kept, as --force replaces them
    assert held(tmp_path / "r.db") == [(1, REPORTS[0], UPGRADED, 1), (2, REPORTS[1], UPGRADED, 1),
                                       (3, REPORTS[2], UPGRADED, 1)]
    monkeypatch.setattr(ingest_module, "prepare_one", never_extracted)
    again = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, unchanged 3, refused 0" in again.output


def test_a_forced_ingest_replaces_what_another_reportdb_extracted_as_it_replaces_any(tmp_path, folder, monkeypatch):
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    monkeypatch.setattr(ingest_module, "extraction_fingerprint", lambda: UPGRADED)
    forced = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--force")
    assert "loaded 0, replaced 3, unchanged 0, refused 0" in forced.output
    assert {fingerprint for _, _, fingerprint, _ in held(tmp_path / "r.db")} == {UPGRADED}


def test_a_changed_file_is_replaced_not_re_read_also_after_an_upgrade(tmp_path, folder, monkeypatch):
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    monkeypatch.setattr(ingest_module, "extraction_fingerprint", lambda: UPGRADED)
    with (folder / REPORTS[1]).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 1, re-read 2 (reportdb changed), unchanged 0, refused 0" in result.output
    assert "replaced  in/2025-hanbit-bokji.txt" in result.output.splitlines()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_moved_after_an_upgrade_is_read_again_not_given_the_older_rows(tmp_path, folder, monkeypatch,
                                                                              workers):
    """A moved file takes over its record without extraction only where this reportdb made it."""
    db = connect(tmp_path / "r.db")
    ingest_files(db, collect_files([folder]).files)
    with sqlite3.connect(tmp_path / "r.db") as conn:
        conn.execute("DELETE FROM findings")  # as the older extraction left them
    folder.rename(tmp_path / "moved")
    monkeypatch.setattr(ingest_module, "extraction_fingerprint", lambda: UPGRADED)
    # known before extraction to need it: extracted by the workers, not one by one when its turn to load comes
    monkeypatch.setattr(ingest_module, "move_record", never_extracted)
    seen: list[tuple[str, str]] = []
    summary = ingest_files(db, collect_files([tmp_path / "moved"]).files, workers=workers,
                           on_file=lambda status, path, detail: seen.append((status, Path(path).name)))
    assert seen == [("moved", name) for name in REPORTS]
    assert summary.counts["moved"] == 3
    assert [(name, fingerprint, findings) for _, name, fingerprint, findings in held(tmp_path / "r.db")] == [
        (REPORTS[0], UPGRADED, 1), (REPORTS[1], UPGRADED, 1), (REPORTS[2], UPGRADED, 1)]


def test_a_file_moved_keeps_its_record_unextracted_where_this_reportdb_made_it(tmp_path, folder, monkeypatch):
    db = connect(tmp_path / "r.db")
    ingest_files(db, collect_files([folder]).files)
    before = held(tmp_path / "r.db")
    folder.rename(tmp_path / "moved")
    monkeypatch.setattr(ingest_module, "prepare_one", never_extracted)
    monkeypatch.setattr(ingest_module, "prepare_batch", never_extracted)
    summary = ingest_files(db, collect_files([tmp_path / "moved"]).files)
    assert summary.counts["moved"] == 3
    assert held(tmp_path / "r.db") == before


def test_a_database_of_schema_14_is_migrated_and_its_documents_read_again_once(tmp_path, folder):
    """Before, schema 14 noted when it was migrated (`meta.migrated_at`), and documents loaded before were read
    again; now each document names its extraction, and those an older reportdb loaded name none."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    with sqlite3.connect(tmp_path / "r.db") as conn:
        conn.execute("DELETE FROM findings")  # as the older extraction left them
        conn.execute("INSERT INTO meta (key, value) VALUES ('migrated_at', '2025-01-01T00:00:00+00:00')")
    as_old_schema(tmp_path / "r.db", 14)
    connect(tmp_path / "r.db").close()
    with sqlite3.connect(tmp_path / "r.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
        assert conn.execute("SELECT key FROM meta ORDER BY key").fetchall() == [("search_stale",)]
    assert held(tmp_path / "r.db") == [(1, REPORTS[0], None, 0), (2, REPORTS[1], None, 0), (3, REPORTS[2], None, 0)]
    upgraded = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, re-read 3 (reportdb changed), unchanged 0, refused 0" in upgraded.output
    assert held(tmp_path / "r.db") == [(1, REPORTS[0], extraction_fingerprint(), 1),
                                       (2, REPORTS[1], extraction_fingerprint(), 1),
                                       (3, REPORTS[2], extraction_fingerprint(), 1)]
    again = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, unchanged 3, refused 0" in again.output


# --- the fingerprint, as an installed reportdb works it out --------------------------------------------------


def fingerprint_of(packages: Path) -> str:
    """The fingerprint a reportdb whose packages lie in `packages` (as in site-packages) works out."""
    code = "from pipeline.fingerprint import extraction_fingerprint; print(extraction_fingerprint())"
    result = subprocess.run([sys.executable, "-c", code], cwd=packages, env={**os.environ, "PYTHONPATH": str(packages)},
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


@pytest.fixture
def installed(tmp_path) -> Path:
    """A copy of reportdb's packages elsewhere, their sources without the bytecode."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / "site" / package, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "site"


def test_the_fingerprint_is_of_the_sources_wherever_they_are_installed(installed):
    assert fingerprint_of(installed) == extraction_fingerprint()
    assert len(extraction_fingerprint()) == 64


@pytest.mark.parametrize(("changed", "extracts_again"), [
    ("extractors/projects.py", True), ("checks/__init__.py", True), ("schemas/__init__.py", True),
    ("pipeline/read_text.py", True), ("pipeline/load.py", True), ("pipeline/db.py", True),
    ("pipeline/cli.py", False), ("pipeline/ingest.py", False), ("pipeline/query.py", False),
    ("pipeline/render.py", False), ("pipeline/search.py", False),
])
def test_the_fingerprint_changes_with_the_code_that_makes_the_rows_only(installed, changed, extracts_again):
    with (installed / changed).open("a", encoding="utf-8") as handle:
        handle.write("# changed\n")
    assert (fingerprint_of(installed) != extraction_fingerprint()) is extracts_again


def test_a_new_module_of_the_extractors_changes_the_fingerprint(installed):
    (installed / "extractors" / "new_table.py").write_text('"""A new kind of table."""\n', encoding="utf-8")
    assert fingerprint_of(installed) != extraction_fingerprint()
