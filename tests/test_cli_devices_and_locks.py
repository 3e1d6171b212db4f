"""What the commands do with a path that is no regular file (a device, a named pipe: read by name, it would be read
without end or wait for a writer), and with a database another program locks partway through an ingest."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

import pipeline.cli as cli_module
import pipeline.ingest as ingest_module
from pipeline import db as db_module
from pipeline.errors import ReportError
from pipeline.read import read_bytes
from tests.conftest import SAMPLES
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
def three_reports(tmp_path):
    for name, to in ((JAEMU, "a.txt"), (CHEONGSO, "b.md"), (BOKJI, "c.txt")):
        copy_sample(name, tmp_path / to)
    return tmp_path


@pytest.fixture
def holder(three_reports, monkeypatch):
    """The other program's connection to r.db beside the three reports."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 1)
    monkeypatch.setattr(db_module, "LOCK_RETRIES", 1)
    monkeypatch.setattr(cli_module, "BUSY_TIMEOUT_S", 1)
    other = Holder(three_reports / "r.db")
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


def test_a_lock_another_program_keeps_is_tried_for_the_busy_timeout_once(three_reports, monkeypatch):
    """The message's `for over 1 s` is the wait: before, the transaction was tried five times, each waiting the
    timeout (about 5 × 30 s by default)."""
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 1)
    monkeypatch.setattr(cli_module, "BUSY_TIMEOUT_S", 1)
    db_module.connect(three_reports / "r.db").close()
    tries = []
    create_schema = db_module._create_schema

    def counted(db):
        tries.append(1)
        return create_schema(db)

    monkeypatch.setattr(db_module, "_create_schema", counted)
    other = Holder(three_reports / "r.db")
    other.take()
    try:
        result = reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    finally:
        other.conn.close()
    assert (result.returncode, len(tries)) == (1, 1)
    assert result.stderr == ("Error: r.db: another program kept the database locked for over 1 s: run again when it is "
                             "done\n")


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
        "loaded 2, replaced 0, unchanged 1, refused 0, skipped 0; findings: 0 errors, 0 warnings, 4 info "
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


def test_a_full_disk_partway_prints_what_was_loaded_and_keeps_it(three_reports, tmp_path, monkeypatch):
    """The database may grow no more after the first document (as on a full disk): before, only `Error: r.db:
    database or disk is full`."""
    load_rows = ingest_module.load_rows

    def load_then_fill(db, *args, **kwargs):
        loaded = load_rows(db, *args, **kwargs)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        return loaded

    monkeypatch.setattr(ingest_module, "load_rows", load_then_fill)
    result = reportdb("ingest", ".", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [
        "loaded    a.txt", "loaded 1, replaced 0, unchanged 0, refused 0, skipped 0; findings: 0 errors, 0 warnings, "
        "1 info (database: r.db)"]
    assert result.stderr == ("Error: r.db: database or disk is full: 2 of the 3 files were not loaded (those counted "
                             "above are in the database)\n")
    assert documents(tmp_path / "r.db") == ["a.txt"]


# --- names that are not UTF-8 ------------------------------------------------------------------------


CP949_NAME = "재무과-2023.txt".encode("cp949")  # as a Windows zip names it, unpacked on Linux
STORED_NAME = "\\xc0繫\\xb0\\xfa-2023.txt"  # its bytes that are not UTF-8 written out (e7 b9 ab is UTF-8's 繫)


def test_a_file_whose_name_is_not_utf8_loads_under_its_bytes_written_out(tmp_path):
    """Before: `internal error: UnicodeEncodeError: … surrogates not allowed` for the whole ingest, nothing loaded
    (SQLite cannot store the lone surrogates Python names such bytes by)."""
    folder = tmp_path / "in"
    copy_sample(JAEMU, folder / "ok.txt")
    shutil.copyfile(SAMPLES / BOKJI, os.path.join(bytes(folder), CP949_NAME))
    (Path(os.fsdecode(bytes(folder) + b"/not a report \xff.txt"))).write_text("그냥 메모")
    result = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()[:4]) == (1, [
        "refused   in/not a report \\xff.txt: not a work report: no title, council session, numbered section or "
        "known table",
        "loaded    in/ok.txt",
        f"loaded    in/{STORED_NAME}",
        "loaded 2, replaced 0, unchanged 0, refused 1, skipped 0; findings: 0 errors, 0 warnings, 2 info "
        "(database: r.db)"])
    assert documents(tmp_path / "r.db") == [STORED_NAME, "ok.txt"]
    assert refusals(tmp_path / "r.db") == [("not a report \\xff.txt", "not a work report: no title, council "
                                                                     "session, numbered section or known table")]
    again = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    assert f"unchanged in/{STORED_NAME}" in again.stdout.splitlines()
    shown = reportdb("show", f"in/{STORED_NAME}", "--db", "r.db", cwd=tmp_path)
    assert (shown.returncode, shown.stdout.split("\n")[0].strip()) == (0, "복지정책과 2025 2025년 주요업무 보고")


def test_a_copy_beside_a_file_whose_name_is_not_utf8_is_a_duplicate_of_it(tmp_path):
    """The database's `\\xb1` is undone to find the file on disk: the copy is no move of a file gone."""
    shutil.copyfile(SAMPLES / BOKJI, os.path.join(bytes(tmp_path), CP949_NAME))
    reportdb("ingest", ".", "--db", "r.db", cwd=tmp_path)
    copy_sample(BOKJI, tmp_path / "copy.txt")
    result = reportdb("ingest", "copy.txt", "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, f"duplicate copy.txt (same as {STORED_NAME})")


def test_extract_pretty_shows_a_file_whose_name_is_not_utf8(tmp_path):
    shutil.copyfile(SAMPLES / BOKJI, os.path.join(bytes(tmp_path), CP949_NAME))
    result = reportdb("extract", "--pretty", os.fsdecode(CP949_NAME), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"│ path            │ {STORED_NAME}" in result.stdout


# --- a --db that is no database file -----------------------------------------------------------------


@on_linux
def test_ingest_refuses_a_device_as_its_database(tmp_path):
    """Before: `Error: /dev/null: disk I/O error`."""
    copy_sample(JAEMU, tmp_path / "a.txt")
    result = reportdb("ingest", "a.txt", "--db", "/dev/null", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: /dev/null: not a regular file: a character device\n")


def test_ingest_refuses_a_named_pipe_as_its_database(tmp_path):
    copy_sample(JAEMU, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "r.db")
    result = reportdb("ingest", "a.txt", "--db", "r.db", cwd=tmp_path, own_process=True)
    assert (result.returncode, result.stderr) == (1, "Error: r.db: not a regular file: a named pipe\n")



# --- files gone, the database given as a report, odd settings ------------------------------------------


def test_a_file_deleted_between_listing_and_reading_is_refused_and_the_others_load(three_reports, monkeypatch):
    collect_files = ingest_module.collect_files

    def listed_then_deleted(*args, **kwargs):
        found = collect_files(*args, **kwargs)
        (three_reports / "b.md").unlink()
        return found

    monkeypatch.setattr(ingest_module, "collect_files", listed_then_deleted)
    result = reportdb("ingest", ".", "--db", "r.db", "--workers", "1", cwd=three_reports)
    assert (result.returncode, result.stdout.splitlines()[:4]) == (1, [
        "loaded    a.txt", "refused   b.md: cannot read: No such file or directory", "loaded    c.txt",
        "loaded 2, replaced 0, unchanged 0, refused 1, skipped 0; findings: 0 errors, 0 warnings, 2 info "
        "(database: r.db)"])
    assert documents(three_reports / "r.db") == ["a.txt", "c.txt"]


def test_the_database_given_as_a_report_is_listed_as_skipped(three_reports):
    """Before: nothing said why `reportdb ingest r.db` loaded nothing (the database is never read as a report)."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    result = reportdb("ingest", "r.db", "c.txt", "--db", "r.db", cwd=three_reports)
    assert (result.returncode, result.stdout.splitlines()[:3]) == (0, [
        "skipped   r.db (the database being written)", "loaded    c.txt",
        "loaded 1, replaced 0, unchanged 0, refused 0, skipped 1; findings: 0 errors, 0 warnings, 1 info "
        "(database: r.db)"])


def test_columns_of_zero_prints_at_the_default_width(three_reports):
    """Before: COLUMNS=0 (as some CI runners set it) made every table and summary print nothing at all."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    result = reportdb("check", "--db", "r.db", cwd=three_reports, env={"COLUMNS": "0"})
    assert result.stdout.splitlines()[-1] == "0 errors, 0 warnings, 1 info"


# --- numbers past SQLite's integers -------------------------------------------------------------------


@pytest.mark.parametrize("wanted", ["99999999999999999999999", "²"])
def test_show_of_an_id_past_any_document_or_no_number_is_no_match(three_reports, wanted):
    """Before: `internal error: OverflowError: Python int too large to convert to SQLite INTEGER`, and for a digit
    Python counts but `int` does not read (`²`) `internal error: ValueError`."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    result = reportdb("show", wanted, "--db", "r.db", cwd=three_reports)
    assert (result.returncode, result.stderr) == (1, f"Error: no document matches {wanted!r}: try an id from "
                                                     "`reportdb query 'SELECT id, department, year, path FROM "
                                                     "documents'`\n")
    assert reportdb("show", "0001", "--db", "r.db", cwd=three_reports).stdout.split()[:2] == ["재무과", "2023"]


def test_search_limit_past_sqlites_integers_is_a_usage_error(three_reports):
    """Before: `internal error: OverflowError`."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    result = reportdb("search", "계약", "--db", "r.db", "--limit", str(10**20), cwd=three_reports)
    assert (result.returncode, result.stderr.splitlines()[-1]) == (
        2, "Error: Invalid value for '--limit': 100000000000000000000 is past what SQLite counts: give at most "
           "4611686018427387904")


def test_query_json_writes_an_infinite_number_as_json_can_read_it(three_reports):
    """Before: `Infinity`, which no JSON reader but Python's takes (jq: `Invalid numeric literal`)."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    result = reportdb("query", "SELECT 1e999 AS up, -1e999 AS down, 'Infinity' AS word UNION ALL SELECT 1, 2, 'x'",
                      "--db", "r.db", "--json", cwd=three_reports)
    assert result.stdout == ('[\n  {"up": 9e999, "down": -9e999, "word": "Infinity"},\n'
                             '  {"up": 1, "down": 2, "word": "x"}\n]\n')
    assert json.loads(result.stdout, parse_constant=pytest.fail) == [
        {"up": float("inf"), "down": float("-inf"), "word": "Infinity"}, {"up": 1, "down": 2, "word": "x"}]


# --- typed text that is not UTF-8 ---------------------------------------------------------------------


TYPED_IN_CP949 = os.fsdecode("계약".encode("cp949"))  # what a terminal set to CP949 hands over for `계약`


@pytest.mark.parametrize(("command", "name"), [("search", "TERMS..."), ("query", "SQL")])
def test_terms_or_sql_typed_in_another_encoding_are_a_usage_error(three_reports, command, name):
    """Before: `internal error: UnicodeEncodeError: … surrogates not allowed`."""
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=three_reports)
    typed = TYPED_IN_CP949 if command == "search" else f"SELECT '{TYPED_IN_CP949}'"
    shown = "\\xb0\\xe8\\xbe\\xe0" if command == "search" else "SELECT '\\xb0\\xe8\\xbe\\xe0'"
    result = reportdb(command, typed, "--db", "r.db", cwd=three_reports)
    assert (result.returncode, result.stderr.splitlines()[-1]) == (
        2, f"Error: Invalid value for '{name}': `{shown}` holds bytes that are not UTF-8: is the terminal set to "
           "UTF-8?")


def test_show_finds_a_file_in_a_folder_whose_name_is_not_utf8(tmp_path):
    """Before: `internal error: UnicodeEncodeError` for `show a.txt` run in that folder."""
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xb0\xe8\xbe\xe0"))
    copy_sample(JAEMU, folder / "a.txt")
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=folder)
    for wanted in ("a.txt", str(folder / "a.txt")):
        assert reportdb("show", wanted, "--db", "r.db", cwd=folder).stdout.split()[:2] == ["재무과", "2023"]


# --- a command's option before the command -------------------------------------------------------------


@pytest.mark.parametrize(("args", "said"), [
    (["--db", "r.db", "show", "1"], "Error: --db goes after the command: `reportdb show … --db …`"),
    (["--json", "check"], "Error: --json goes after the command: `reportdb check … --json …`"),
    (["--db", "r.db"], "Error: --db goes after the command: `reportdb ingest … --db …`"),
    (["--nosuch", "check"], "Error: No such option '--nosuch'."),
])
def test_a_commands_option_before_the_command_says_where_it_goes(tmp_path, args, said):
    """Before: `No such option '--db'`, though every command that opens the database takes one."""
    result = reportdb(*args, cwd=tmp_path)
    assert (result.returncode, result.stderr.splitlines()[-1]) == (2, said)
