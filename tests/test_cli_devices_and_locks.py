"""What the commands do with a path that is no regular file (a device, a named pipe: read by name, it would be read
without end or wait for a writer), and with a database another program locks partway through an ingest."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import pipeline.cli as cli_module
import pipeline.ingest as ingest_module
from pipeline import db as db_module
from pipeline.errors import ReportError
from pipeline.read import read_bytes
from tests.test_cli_journeys import copy_sample, reportdb

JAEMU, CHEONGSO, BOKJI = "2023-hanbit-jaemu.txt", "2024-hanbit-cheongso.md", "2025-hanbit-bokji.txt"
on_linux = pytest.mark.skipif(not Path("/dev/zero").exists() or not Path("/proc/self/status").exists(),
                              reason="needs /dev/zero and /proc")


def documents(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(db_path)) as conn:
        return [Path(path).name for (path,) in conn.execute("SELECT path FROM documents ORDER BY path")]


def refusals(db_path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return [(Path(path).name, error) for path, error in conn.execute("SELECT path, error FROM ingest_errors "
                                                                         "ORDER BY path")]


# --- devices and named pipes given by name ----------------------------------------------------------


@on_linux
def test_extract_refuses_a_device_by_name_instead_of_reading_it_without_end(tmp_path):
    """Before: /dev/zero reports no size, so it was read until memory ran out (`internal error: MemoryError`)."""
    result = reportdb("extract", "/dev/zero", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        1, "", "Error: /dev/zero: not a regular file: a character device\n")


def test_extract_refuses_a_named_pipe_before_opening_it(tmp_path):
    """Before: the command waited for ever for a writer. (In a process of its own: were it opened, the run would
    end at the subprocess' limit, not hang the tests.)"""
    os.mkfifo(tmp_path / "report.txt")
    result = reportdb("extract", "report.txt", cwd=tmp_path, own_process=True)
    assert (result.returncode, result.stderr) == (1, "Error: report.txt: not a regular file: a named pipe\n")


@on_linux
def test_ingest_refuses_devices_and_pipes_by_name_and_loads_the_other_files(tmp_path):
    copy_sample(JAEMU, tmp_path / "jaemu.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    result = reportdb("ingest", "pipe.txt", "/dev/zero", "jaemu.txt", "--db", "r.db", cwd=tmp_path, own_process=True)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:4] == [
        "refused   /dev/zero: not a regular file: a character device",
        "loaded    jaemu.txt",
        "refused   pipe.txt: not a regular file: a named pipe",
        "loaded 1, replaced 0, unchanged 0, refused 2, skipped 0; findings: 0 errors, 0 warnings, 1 info "
        "(database: r.db)"]
    assert documents(tmp_path / "r.db") == ["jaemu.txt"]
    assert refusals(tmp_path / "r.db") == [("zero", "not a regular file: a character device"),
                                           ("pipe.txt", "not a regular file: a named pipe")]


def test_a_loaded_file_replaced_by_a_pipe_and_a_new_pipe_are_refused_before_hashing(tmp_path):
    """A database holding documents hashes each file before extracting it (to know a copy or a moved file): that
    opened a named pipe too, and waited for a writer."""
    copy_sample(JAEMU, tmp_path / "jaemu.txt")
    copy_sample(BOKJI, tmp_path / "bokji.txt")
    assert reportdb("ingest", "jaemu.txt", "bokji.txt", "--db", "r.db", cwd=tmp_path).returncode == 0
    (tmp_path / "jaemu.txt").unlink()
    os.mkfifo(tmp_path / "jaemu.txt")
    os.mkfifo(tmp_path / "new.txt")
    result = reportdb("ingest", "jaemu.txt", "new.txt", "bokji.txt", "--db", "r.db", cwd=tmp_path, own_process=True)
    assert (result.returncode, result.stdout.splitlines()[:4]) == (1, [
        "unchanged bokji.txt",
        "refused   jaemu.txt: not a regular file: a named pipe",
        "refused   new.txt: not a regular file: a named pipe",
        "loaded 0, replaced 0, unchanged 1, refused 2, skipped 0; findings: 0 errors, 0 warnings, 1 info "
        "(database: r.db)"])
    assert documents(tmp_path / "r.db") == ["bokji.txt", "jaemu.txt"]  # what was loaded stays


def test_check_counts_a_named_pipe_as_a_refused_file(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = reportdb("check", "pipe.txt", "--json", cwd=tmp_path, own_process=True)
    assert (result.returncode, result.stderr) == (1, "refused pipe.txt: not a regular file: a named pipe\n")
    assert '"message": "not a regular file: a named pipe"' in result.stdout


@on_linux
def test_a_file_reporting_no_size_is_still_held_to_the_limit():
    """/proc's files report a size of 0 whatever they hold: the limit counts the bytes read."""
    size = len(read_bytes("/proc/self/status"))
    assert size > 100
    with pytest.raises(ReportError, match=r"^/proc/self/status: file too large: [\d,]+ bytes \(limit 100\)$"):
        read_bytes("/proc/self/status", max_bytes=100)


def test_a_folder_given_as_a_file_is_still_refused_as_one(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReportError, match=r"folder.txt: cannot read: Is a directory$"):
        read_bytes(tmp_path / "folder.txt")


# --- a database another program locks partway through --------------------------------------------


class Holder:
    """Another program's connection to the database, which takes the write lock once when told to and keeps it
    past the busy timeout (a second, without retries) until released."""

    def __init__(self, db_path: Path):
        self.conn = sqlite3.connect(db_path, isolation_level=None)
        self.taken = False

    def take(self) -> None:
        if not self.taken:
            self.conn.execute("BEGIN IMMEDIATE")
            self.taken = True

    def release(self) -> None:
        self.conn.execute("ROLLBACK")


@pytest.fixture
def holder(tmp_path, monkeypatch):
    """Three reports in tmp_path, and the other program's connection to r.db there."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 1)
    monkeypatch.setattr(db_module, "LOCK_RETRIES", 1)
    monkeypatch.setattr(cli_module, "BUSY_TIMEOUT_S", 1)
    for name, to in ((JAEMU, "a.txt"), (CHEONGSO, "b.md"), (BOKJI, "c.txt")):
        copy_sample(name, tmp_path / to)
    with closing(sqlite3.connect(tmp_path / "r.db")):
        pass
    other = Holder(tmp_path / "r.db")
    yield other
    other.conn.close()


def locking_after(function, holder: Holder):
    def then_lock(*args, **kwargs):
        done = function(*args, **kwargs)
        holder.take()
        return done

    return then_lock


def locking_before(function, holder: Holder):
    def lock_then(*args, **kwargs):
        holder.take()
        return function(*args, **kwargs)

    return lock_then


def test_a_lock_partway_prints_what_was_loaded_and_keeps_it(holder, tmp_path, monkeypatch):
    """Before: only `Error: r.db: another program kept the database locked …`, not what was loaded."""
    monkeypatch.setattr(ingest_module, "load_rows", locking_after(ingest_module.load_rows, holder))
    result = reportdb("ingest", ".", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [
        "loaded    a.txt", "loaded 1, replaced 0, unchanged 0, refused 0, skipped 0; findings: 0 errors, 0 warnings, "
        "1 info (database: r.db)"]
    assert result.stderr == ("Error: r.db: another program kept the database locked for over 1 s: 2 of the 3 files "
                             "were not loaded (those counted above are in the database): run again when it is done\n")
    assert documents(tmp_path / "r.db") == ["a.txt"]
    holder.release()
    again = reportdb("ingest", ".", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert (again.returncode, again.stdout.splitlines()[:4]) == (0, [
        "unchanged a.txt", "loaded    b.md", "loaded    c.txt",
        "loaded 2, replaced 0, unchanged 1, refused 0, skipped 0; findings: 0 errors, 0 warnings, 3 info "
        "(database: r.db)"])


def test_a_lock_after_the_last_document_says_every_file_is_in(holder, tmp_path, monkeypatch):
    """The search index, rebuilt at the end, is what the lock stopped: the documents are in, and searching them
    reads every line until the next ingest rebuilds it."""
    monkeypatch.setattr(ingest_module, "rebuild_index", locking_before(ingest_module.rebuild_index, holder))
    result = reportdb("ingest", ".", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert result.returncode == 1
    assert "loaded 3, replaced 0, unchanged 0, refused 0, skipped 0;" in result.stdout
    assert result.stderr == ("Error: r.db: another program kept the database locked for over 1 s after the load: every "
                             "file counted above is in the database; run again when it is done to bring its indexes "
                             "up to date\n")
    holder.release()
    assert documents(tmp_path / "r.db") == ["a.txt", "b.md", "c.txt"]
    found = reportdb("search", "계약", "--db", "r.db", cwd=tmp_path)
    assert (found.returncode, found.stdout.split("\n")[0].strip()) == (0, "7 matches")
