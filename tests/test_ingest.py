"""Bulk ingest on a real SQLite file: refusals, idempotency, replacement, workers, interruption, concurrency."""

from __future__ import annotations

import gc
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import BAD, GOOD, TABLES, real_text, require_checks, variant, write_corpus, write_good

require_checks()  # ingest runs the checks

from pipeline import ingest as ingest_module  # noqa: E402
from pipeline.db import INDEXED, connect, indexes_deferred  # noqa: E402
from pipeline.ingest import BULK_FILES, collect_files, extract_one, ingest_files  # noqa: E402
from pipeline.search import search  # noqa: E402
from tests.test_extract_properties import CORPUS, mutate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def run(db_path: Path, folder: Path, **options):
    db = connect(db_path)
    files = collect_files([folder]).files
    try:
        return ingest_files(db, files, **options)
    finally:
        db.close()


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, without the times of day, for comparing two databases."""
    conn = sqlite3.connect(db_path)
    out = {}
    for table in TABLES:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in ("ingested_at", "seen_at")]
        out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    conn.close()
    return out


def test_collect_files_lists_reports_sorted_and_other_files_as_skipped(tmp_path):
    folder = write_corpus(tmp_path / "in")
    (folder / "sub").mkdir()
    (folder / "sub" / "c.md").write_text("# x")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "d.txt").write_text("x")
    files, skipped, without_reports = collect_files([folder, folder / GOOD[0]], ignore=[folder / "empty.txt"])
    names = [p.relative_to(folder.resolve()).as_posix() for p in files]
    assert names == sorted([*GOOD, *(n for n in BAD if n != "empty.txt"), "sub/c.md"])
    assert [(p.name, why) for p, why in skipped] == [("notes.docx", "not .txt, .md or .pdf")]
    assert without_reports == []


def test_collect_files_takes_a_linked_file_or_folder_as_its_target(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "real.txt").write_text("x")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside / "real.txt")
    (folder / "linked").symlink_to(outside)
    (folder / "own.md").write_text("x")
    files, skipped, _ = collect_files([tmp_path / "in"])
    assert files == sorted([(outside / "real.txt").resolve(), (folder / "own.md").resolve()])
    assert skipped == []


def test_links_to_nothing_or_in_a_loop_are_refused_by_name_and_the_rest_load(tmp_path):
    folder = tmp_path / "in"
    write_good(folder)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "loop").symlink_to(folder / "loop")
    summary = run(tmp_path / "r.db", folder)
    assert summary.counts == {"loaded": 2, "replaced": 0, "re-read": 0, "unchanged": 0, "moved": 0, "duplicate": 0,
                              "refused": 3}
    assert {Path(path).name: reason for path, reason in summary.refused} == {
        "gone.txt": "cannot read: No such file or directory",
        "loop-a.txt": "cannot read: Too many levels of symbolic links",
        "loop-b.txt": "cannot read: Too many levels of symbolic links"}
    assert [(p.name, why) for p, why in collect_files([folder]).skipped] == [("loop", "not .txt, .md or .pdf")]


def test_bad_files_are_refused_by_name_and_the_good_ones_load(tmp_path):
    folder = write_corpus(tmp_path / "in")
    summary = run(tmp_path / "r.db", folder)
    assert summary.counts == {"loaded": 2, "replaced": 0, "re-read": 0, "unchanged": 0, "moved": 0, "duplicate": 0,
                              "refused": len(BAD)}
    refused = {Path(path).name: reason for path, reason in summary.refused}
    assert set(refused) == set(BAD)
    assert refused["empty.txt"] == "empty file"
    assert refused["noise.txt"] == "binary data, not a text report"
    assert refused["undecodable.txt"].startswith("cannot decode")
    assert refused["letter.txt"].startswith("not a work report")
    assert refused["fake.pdf"].startswith("damaged or truncated PDF")
    assert refused["truncated.pdf"].startswith("damaged or truncated PDF")
    assert refused["locked.pdf"] == "encrypted PDF: it needs a password"
    assert refused["scan.pdf"] == "no text layer (a scanned PDF?)"
    assert all(reason and "\n" not in reason and "Traceback" not in reason for reason in refused.values())
    conn = sqlite3.connect(tmp_path / "r.db")
    errors = dict(conn.execute("SELECT path, error FROM ingest_errors"))
    assert {Path(p).name for p in errors} == set(BAD)
    assert errors[str((folder / "empty.txt").resolve())] == "empty file"
    assert conn.execute("SELECT sha256 FROM ingest_errors WHERE path LIKE '%noise.txt'").fetchone()[0] is not None
    assert sorted(conn.execute("SELECT department, year FROM documents")) == [("기획과", 2024), ("총무과", 2025)]


def test_a_second_ingest_changes_nothing(tmp_path):
    folder = write_corpus(tmp_path / "in")
    run(tmp_path / "r.db", folder)
    before = dump(tmp_path / "r.db")
    summary = run(tmp_path / "r.db", folder)
    assert summary.counts == {"loaded": 0, "replaced": 0, "re-read": 0, "unchanged": 2, "moved": 0, "duplicate": 0,
                              "refused": len(BAD)}
    assert dump(tmp_path / "r.db") == before


def test_a_report_loaded_as_text_and_as_pdf_is_one_report(tmp_path):
    """The `reports` view: each department's report of a year once, as its text; so too a report whose year is
    not known (the cover-less 기획예산과 sample, as text and as PDF): before, each of its documents was a
    report of its own."""
    run(tmp_path / "r.db", ROOT / "samples", workers=1)
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (18,)
    rows = conn.execute("SELECT department, year, format FROM reports ORDER BY year, department, format").fetchall()
    assert rows == [("기획예산과", None, "text"), ("환경과", 2022, "text"),
                    ("건강증진과", 2023, "text"), ("재무과", 2023, "text"),
                    ("청소과", 2024, "text"), ("총무과", 2024, "text"), ("공원녹지과", 2025, "text"),
                    ("복지정책과", 2025, "text"), ("총무과", 2026, "text")]


def test_the_general_parts_text_is_kept_and_searched(tmp_path):
    """`1. 조    직 : 3팀 (건강정책팀, 만성질환팀, 구강보건팀)` is in no table: it is searched as the general
    part's text."""
    run(tmp_path / "r.db", ROOT / "samples", workers=1)
    conn = sqlite3.connect(tmp_path / "r.db")
    (found,) = search(conn, ["만성질환팀"])
    assert (found[1], found[2], found[6], found[8]) == ("건강증진과", 2023, "text", 9)
    assert found[7] == "1. 조 직 : 3팀 (건강정책팀, 만성질환팀, 구강보건팀)"  # its own line, not the whole part


def test_two_councils_reports_of_one_department_and_year_are_two_reports(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (ROOT / "samples" / "2026-hanbit-chongmu.md").read_text(encoding="utf-8")
    (folder / "hanbit.md").write_text(text, encoding="utf-8")
    (folder / "saebit.md").write_text(text.replace("한빛구의회", "새빛구의회"), encoding="utf-8")
    run(tmp_path / "r.db", folder, workers=1)
    conn = sqlite3.connect(tmp_path / "r.db")
    assert sorted(conn.execute("SELECT council_session FROM reports")) == [
        ("제315회 새빛구의회 제1차 정례회",), ("제315회 한빛구의회 제1차 정례회",)]


def test_a_changed_file_replaces_its_rows(tmp_path):
    folder = tmp_path / "in"
    first, second = write_good(folder)
    run(tmp_path / "r.db", folder)
    before = dump(tmp_path / "r.db")
    first.write_text(real_text().replace("2025년", "2023년"), encoding="utf-8")
    summary = run(tmp_path / "r.db", folder)
    assert summary.counts == {"loaded": 0, "replaced": 1, "re-read": 0, "unchanged": 1, "moved": 0, "duplicate": 0,
                              "refused": 0}
    conn = sqlite3.connect(tmp_path / "r.db")
    assert sorted(conn.execute("SELECT department, year FROM documents")) == [("기획과", 2024), ("총무과", 2023)]
    after = dump(tmp_path / "r.db")
    assert len(after["staffing"]) == len(before["staffing"])
    assert len(after["project_items"]) == len(before["project_items"])
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_file_refused_once_and_fixed_later_loads(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "late.txt"
    path.write_bytes(b"")
    assert run(tmp_path / "r.db", folder).counts["refused"] == 1
    path.write_text(real_text(), encoding="utf-8")
    assert run(tmp_path / "r.db", folder).counts["loaded"] == 1
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0


@pytest.mark.parametrize("thread_running", [False, True], ids=["forked", "spawned"])
def test_two_workers_give_the_same_database_as_one(tmp_path, thread_running):
    folder = write_corpus(tmp_path / "in")
    for n in range(10):  # more files than the pool holds in flight at once
        (folder / f"copy-{n}.txt").write_text(real_text().replace("2025년", f"{2000 + n}년"), "utf-8")
    one = run(tmp_path / "one.db", folder, workers=1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait) if thread_running else None  # as the progress bar's is
    if thread:
        thread.start()
    try:
        expected = "fork" if not thread_running and sys.platform.startswith("linux") else "spawn"
        assert ingest_module._worker_context().get_start_method() == expected
        two = run(tmp_path / "two.db", folder, workers=2)
    finally:
        stop.set()
    assert one.counts == two.counts
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_a_worker_leaves_the_objects_it_starts_with_out_of_garbage_collection():
    """A worker starts with the pipeline imported and freezes it (`gc.freeze`): its full collections go over
    only what it makes."""
    with ProcessPoolExecutor(1, mp_context=ingest_module._worker_context(), initializer=ingest_module._start_worker,
                             initargs=(os.getpid(),)) as pool:
        assert pool.submit(gc.get_freeze_count).result() > 10_000
    assert gc.get_freeze_count() == 0  # the ingesting process itself collects as ever


def test_the_loading_process_leaves_the_objects_it_starts_with_out_of_garbage_collection_while_it_loads(tmp_path):
    """While the ingesting process loads, the objects alive as it started (the pipeline imported) are frozen, as a
    worker's are: its full collections go over only what the load makes; after, the collector has them back."""
    (tmp_path / "in").mkdir()
    for name in ("2023-hanbit-jaemu.txt", "2024-hanbit-cheongso.md"):
        (tmp_path / "in" / name).write_bytes((ROOT / "samples" / name).read_bytes())
    frozen_while_loading = []
    db = connect(tmp_path / "r.db")
    try:
        ingest_files(db, collect_files([tmp_path / "in"]).files,
                     on_file=lambda status, path, detail: frozen_while_loading.append(gc.get_freeze_count()))
    finally:
        db.close()
    assert len(frozen_while_loading) == 2 and min(frozen_while_loading) > 10_000
    assert gc.get_freeze_count() == 0


def indexes(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"  # not the automatic ones
    names = {name for (name,) in conn.execute(sql)}
    conn.close()
    return names


def test_a_bulk_load_builds_the_indexes_at_the_end_and_stores_the_same_rows(tmp_path, monkeypatch):
    folder = write_corpus(tmp_path / "in")
    for n in range(4):
        (folder / f"copy-{n}.txt").write_text(real_text().replace("2025년", f"{2000 + n}년"), "utf-8")
    run(tmp_path / "indexed.db", folder)
    every_index = indexes(tmp_path / "indexed.db")
    assert {f"{table}_{column}" for table, column in INDEXED} <= every_index
    deferred = []
    monkeypatch.setattr(ingest_module, "BULK_FILES", 2)
    monkeypatch.setattr(ingest_module, "indexes_deferred", lambda db: deferred.append(db) or indexes_deferred(db))
    summary = run(tmp_path / "bulk.db", folder, workers=2)
    assert len(deferred) == 1 and summary.counts["loaded"] == 6
    assert dump(tmp_path / "bulk.db") == dump(tmp_path / "indexed.db")
    assert indexes(tmp_path / "bulk.db") == every_index


def test_only_a_large_load_of_new_files_drops_the_indexes(tmp_path, monkeypatch):
    assert ingest_module._is_bulk(BULK_FILES, held=0)
    assert ingest_module._is_bulk(BULK_FILES, held=4 * BULK_FILES)
    assert not ingest_module._is_bulk(BULK_FILES - 1, held=0)
    assert not ingest_module._is_bulk(BULK_FILES, held=4 * BULK_FILES + 1)  # rebuilding would cost more
    folder = tmp_path / "in"
    first, _ = write_good(folder)
    run(tmp_path / "r.db", folder)
    first.write_text(real_text().replace("2025년", "2023년"), encoding="utf-8")
    monkeypatch.setattr(ingest_module, "BULK_FILES", 1)
    monkeypatch.setattr(ingest_module, "indexes_deferred", lambda db: pytest.fail("a replacement needs the indexes"))
    assert run(tmp_path / "r.db", folder).counts["replaced"] == 1


def test_files_over_the_size_limit_are_refused(tmp_path):
    folder = tmp_path / "in"
    write_good(folder)
    summary = run(tmp_path / "r.db", folder, max_bytes=1000)
    assert summary.counts["refused"] == 2
    assert all(reason.startswith("file too large:") and "limit 1,000" in reason for _, reason in summary.refused)


def test_an_unexpected_extraction_error_becomes_a_one_line_refusal(tmp_path, monkeypatch):
    path = write_good(tmp_path)[0]

    def broken(path, data=None):
        raise ValueError("boom\nwith a second line")

    monkeypatch.setattr(ingest_module, "extract_file", broken)
    result = extract_one(str(path))
    assert result.report is None
    assert result.error == "cannot extract (ValueError: boom with a second line)"
    assert result.sha256 is not None


def test_ctrl_c_keeps_what_was_loaded_and_a_second_run_completes(tmp_path):
    folder = tmp_path / "in"
    write_good(folder)
    db = connect(tmp_path / "r.db")
    files = collect_files([folder]).files

    def interrupt_after_first(status, path, detail):
        raise KeyboardInterrupt

    summary = ingest_files(db, files, on_file=interrupt_after_first)
    db.close()
    assert summary.interrupted
    assert summary.counts["loaded"] == 1
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    conn.close()
    again = run(tmp_path / "r.db", folder)
    assert again.counts == {"loaded": 1, "replaced": 0, "re-read": 0, "unchanged": 1, "moved": 0, "duplicate": 0,
                            "refused": 0}


def _ingest_process(folder: Path, db_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--db", str(db_path),
                             "--workers", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_two_ingests_into_one_database_at_once_both_finish_without_duplicates(tmp_path):
    folder = tmp_path / "in"
    write_good(folder)
    for n in range(6):
        (folder / f"copy-{n}.txt").write_text(variant(real_text()).replace("2024년", f"{2010 + n}년"), "utf-8")
    db_path = tmp_path / "r.db"
    processes = [_ingest_process(folder, db_path) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0].decode() for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (8, 8)
    assert conn.execute("SELECT count(*) FROM staffing").fetchone()[0] == 8 * 42
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_kill_9_in_the_middle_leaves_a_sound_database_that_a_second_run_completes(tmp_path):
    folder = tmp_path / "in"
    text = real_text()
    folder.mkdir()
    for n in range(40):
        (folder / f"r{n:02}.txt").write_text(text.replace("2025년", f"{1990 + n}년"), "utf-8")
    db_path = tmp_path / "r.db"
    process = _ingest_process(folder, db_path)
    while process.poll() is None:  # wait until some documents are in, then kill without warning
        try:
            with sqlite3.connect(db_path, timeout=30) as conn:
                if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 3:
                    break
        except sqlite3.OperationalError:
            pass  # the schema is not there yet
        time.sleep(0.01)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                           "(SELECT 1 FROM staffing s WHERE s.document_id = d.id)").fetchone()[0]
    assert orphans == 0
    conn.close()
    summary = run(db_path, folder)
    assert summary.counts["refused"] == 0
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone() == (40, 40)
    assert conn.execute("SELECT count(*) FROM staffing").fetchone()[0] == 40 * 42



@pytest.mark.skipif(not CORPUS, reason="no samples and no real report to mutate")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(min_value=0), seed=st.integers(min_value=0, max_value=2**32),
       kinds=st.lists(st.sampled_from(["drop", "duplicate", "swap", "cells", "junk", "truncate", "cp949"]),
                      min_size=1, max_size=4))
def test_mangled_reports_are_loaded_or_refused_never_crash(tmp_path_factory, index, seed, kinds):
    """extract → check → load on mutated reports: rows or a recorded refusal, and a sound database."""
    data = CORPUS[index % len(CORPUS)]
    for n, kind in enumerate(kinds):
        data = mutate(data, seed + n, kind)
    folder = tmp_path_factory.mktemp("mangled")
    (folder / "mangled.txt").write_bytes(data)
    summary = run(folder / "r.db", folder)
    assert summary.counts["loaded"] + summary.counts["refused"] == 1
    conn = sqlite3.connect(folder / "r.db")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM ingest_errors)").fetchone()
    assert stored == (summary.counts["loaded"], summary.counts["refused"])
