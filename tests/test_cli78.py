"""Every command against hostile databases, paths and interruptions: one line naming the file and the problem, never
a traceback, another program's database left as it was, and no loaded document lost or half loaded."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

import pipeline.load as load_module
from pipeline.db import connect
from pipeline.ingest import collect_files, ingest_files
from tests.conftest import SAMPLES
from tests.test_cli_journeys import copy_sample, reportdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from generate import generate  # noqa: E402

READING = [("query", "SELECT 1"), ("check",), ("search", "예산"), ("show", "1"), ("rename", "--list")]
COMMANDS = [("ingest", "jaemu.txt"), *READING]


@pytest.mark.parametrize("command", COMMANDS, ids=[command[0] for command in COMMANDS])
def test_another_programs_database_with_a_documents_table_is_refused_as_such_and_left_as_it_was(tmp_path, command):
    """Before: `Error: app.db: no such column: sha256`, and `ingest` had switched the database to WAL first."""
    with closing(sqlite3.connect(tmp_path / "app.db")) as conn:
        conn.execute("CREATE TABLE documents (title TEXT, body TEXT)")
        conn.execute("INSERT INTO documents VALUES ('memo', 'text')")
        conn.commit()
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    result = reportdb(*command, "--db", "app.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: app.db: not a reportdb database "
                                                     "(it holds other tables: documents)\n")
    with closing(sqlite3.connect(tmp_path / "app.db")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("documents",)]
        assert conn.execute("SELECT * FROM documents").fetchall() == [("memo", "text")]


@pytest.mark.parametrize("command", READING, ids=[command[0] for command in READING])
def test_a_reading_command_names_an_empty_database_file_and_why(tmp_path, command):
    (tmp_path / "r.db").write_bytes(b"")
    result = reportdb(*command, "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: r.db: not a reportdb database (it holds no tables)\n")


@pytest.mark.parametrize("command", COMMANDS, ids=[command[0] for command in COMMANDS])
def test_a_database_path_that_is_a_device_or_a_named_pipe_is_refused_by_what_it_is(tmp_path, command):
    """Before: the reading commands said `no database at /dev/null: run reportdb ingest PATH --db /dev/null
    first` (a usage error, exit 2), which would refuse it too."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    os.mkfifo(tmp_path / "pipe.db")
    device = reportdb(*command, "--db", "/dev/null", cwd=tmp_path)
    assert (device.returncode, device.stderr) == (1, "Error: /dev/null: not a regular file: a character device\n")
    pipe = reportdb(*command, "--db", "pipe.db", cwd=tmp_path)
    assert (pipe.returncode, pipe.stderr) == (1, "Error: pipe.db: not a regular file: a named pipe\n")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_ingest_into_a_folder_that_takes_no_new_file_gives_the_systems_reason(tmp_path):
    """Before: `Error: /proc/r.db: unable to open database file` (root may write any folder, so the permission
    was not it); now what the system says making the file there."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    result = reportdb("ingest", "jaemu.txt", "--db", "/proc/r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: /proc/r.db: cannot make the database in /proc: "
                                                     "No such file or directory\n")


def test_a_link_to_nothing_given_by_name_is_refused_by_its_own_name(tmp_path):
    """Before: `refused   nowhere.txt: cannot read: …`, a name the user never typed, and so recorded."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    (tmp_path / "link.txt").symlink_to("nowhere.txt")
    result = reportdb("ingest", "jaemu.txt", "link.txt", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:3] == [
        "loaded    jaemu.txt",
        "refused   link.txt: cannot read: No such file or directory",
        "loaded 1, replaced 0, unchanged 0, refused 1, skipped 0; findings: 0 errors, 0 warnings, 1 info "
        "(database: r.db)"]
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("SELECT path, error FROM ingest_errors").fetchall() == [
            (str(tmp_path / "link.txt"), "cannot read: No such file or directory")]
    checked = reportdb("check", "link.txt", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, "refused link.txt: cannot read: No such file or directory\n")


# --- an ingest stopped partway ---------------------------------------------------------------------


def rows_by_content(db_path: Path) -> dict[str, tuple[int, ...]]:
    """Each document's count of rows in every table holding documents' rows, by its content (sha256)."""
    with closing(sqlite3.connect(db_path)) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                  if any(column[1] == "document_id" for column in conn.execute(f"PRAGMA table_info('{name}')"))]
        return {sha256: tuple(conn.execute(f"SELECT count(*) FROM {table} WHERE document_id = ?", [document_id])
                              .fetchone()[0] for table in tables)
                for document_id, sha256 in conn.execute("SELECT id, sha256 FROM documents")}


@pytest.fixture
def generated(tmp_path) -> Path:
    """reports/, 12 generated reports, and whole.db, all of them loaded without a stop."""
    generate(12, tmp_path / "reports")
    assert reportdb("ingest", "reports", "--db", "whole.db", cwd=tmp_path).returncode == 0
    return tmp_path / "reports"


def interrupt_at(monkeypatch, table: str, document: int) -> None:
    """Ctrl-C partway through writing the `document`th document's rows, at its `table`."""
    written = {"documents": 0}
    insert_rows = load_module._insert_rows

    def insert_then_stop(conn, name, values, shift):
        if name == "documents":
            written["documents"] += 1
        if name == table and written["documents"] == document:
            raise KeyboardInterrupt
        insert_rows(conn, name, values, shift)

    monkeypatch.setattr(load_module, "_insert_rows", insert_then_stop)


def test_an_ingest_stopped_while_writing_a_document_keeps_those_before_whole_and_a_rerun_loads_the_rest(
        tmp_path, generated, monkeypatch):
    interrupt_at(monkeypatch, "findings", 6)
    db = connect(tmp_path / "r.db")
    summary = ingest_files(db, collect_files([generated]).files, workers=1)
    db.close()
    monkeypatch.undo()
    whole = rows_by_content(tmp_path / "whole.db")
    stopped = rows_by_content(tmp_path / "r.db")
    assert (summary.interrupted, summary.counts["loaded"], len(stopped)) == (True, 5, 5)
    assert {sha256: whole[sha256] for sha256 in stopped} == stopped  # each as whole as without the stop
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rerun = reportdb("ingest", "reports", "--db", "r.db", cwd=tmp_path)
    assert rerun.returncode == 0
    assert rerun.stdout.splitlines()[12].startswith("loaded 7, replaced 0, unchanged 5, refused 0, skipped 0;")
    assert rows_by_content(tmp_path / "r.db") == whole
    found = reportdb("search", "예산", "--db", "r.db", "--limit", "1000", cwd=tmp_path)
    whole_found = reportdb("search", "예산", "--db", "whole.db", "--limit", "1000", cwd=tmp_path)
    assert found.stdout.count("\n") == whole_found.stdout.count("\n") > 12


def test_a_changed_file_whose_reload_is_stopped_keeps_its_loaded_record(tmp_path, generated, monkeypatch):
    """Nothing loaded is lost: the old rows stay until the new ones are written whole."""
    report = sorted(generated.iterdir())[1]
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    assert reportdb("ingest", report, "--db", "r.db", cwd=tmp_path).returncode == 0
    before = rows_by_content(tmp_path / "r.db")
    report.write_bytes((tmp_path / "jaemu.txt").read_bytes())  # another report's content now
    interrupt_at(monkeypatch, "projects", 1)
    result = reportdb("ingest", report, "--db", "r.db", cwd=tmp_path)
    monkeypatch.undo()
    assert (result.returncode, result.stdout.splitlines()[-1]) == (
        130, "Stopped by Ctrl-C: the documents counted above are in the database; run again to finish.")
    assert rows_by_content(tmp_path / "r.db") == before
    rerun = reportdb("ingest", report, "--db", "r.db", cwd=tmp_path)
    assert rerun.stdout.splitlines()[1].startswith("loaded 0, replaced 1, unchanged 0")


# --- a damaged PDF ---------------------------------------------------------------------------------


def one_page_pdf(page: bytes, content: bytes, stream: bytes = b"") -> bytes:
    """A PDF of one page drawn by hand, damaged where a test says: `page` the page's own entries, `stream` its
    content stream's."""
    return (b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> "
            b"endobj\n3 0 obj <</Type/Page/Parent 2 0 R" + page + b"/Contents 4 0 R>> endobj\n4 0 obj <</Length "
            + str(len(content)).encode() + stream + b">> stream\n" + content + b"\nendstream endobj\n"
            b"trailer <</Root 1 0 R>>\n%%EOF\n")


def test_a_pdf_library_warning_prints_no_line_of_its_own(tmp_path):
    """Before: `MediaBox missing from /Page (and not inherited), defaulting to US Letter`, twice, a line naming no
    file, above the refusal."""
    (tmp_path / "nobox.pdf").write_bytes(one_page_pdf(b"", b"0 0 m 10 10 l S"))
    result = reportdb("check", "nobox.pdf", cwd=tmp_path, own_process=True)
    assert (result.returncode, result.stderr) == (
        1, "refused nobox.pdf: damaged or truncated PDF: 'NoneType' object is not iterable\n")


def test_a_control_character_in_a_refusals_reason_is_escaped_on_every_line_it_prints(tmp_path):
    """Before: the PDF library's reason printed its character U+0089 as it is, a C1 control a terminal acts on,
    on the refusal's line and in the findings' table."""
    (tmp_path / "a85.pdf").write_bytes(one_page_pdf(b"/MediaBox[0 0 200 200]", b"\x89abc~>",
                                                    b"/Filter/ASCII85Decode"))
    reason = "damaged or truncated PDF: Non-Ascii85 digit found: \\x89"
    checked = reportdb("check", "a85.pdf", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, f"refused a85.pdf: {reason}\n")
    assert f"│ {reason} │" in checked.stdout
    assert "\x89" not in checked.stdout
    ingested = reportdb("ingest", "a85.pdf", "--db", "r.db", cwd=tmp_path)
    assert ingested.stdout.splitlines()[0] == f"refused   a85.pdf: {reason}"
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:  # stored exact
        assert conn.execute("SELECT error FROM ingest_errors").fetchall() == [(reason.replace("\\x89", "\x89"),)]


@pytest.mark.parametrize(("make", "reason"), [
    (lambda path: path.symlink_to(path.name), "cannot read: Too many levels of symbolic links"),
    (lambda path: path.symlink_to("nowhere.txt"), "cannot read: No such file or directory"),
    (lambda path: None, "cannot read: No such file or directory")], ids=["a link in a loop", "a link to nothing",
                                                                          "no such file"])
def test_extract_refuses_a_file_it_cannot_read_as_check_does(tmp_path, make, reason):
    """Before: `Error: Invalid value for 'FILE': File 'loop.txt' does not exist.`, a usage error, of a link in a
    loop too."""
    make(tmp_path / "loop.txt")
    extracted = reportdb("extract", "loop.txt", cwd=tmp_path)
    assert (extracted.returncode, extracted.stderr) == (1, f"Error: loop.txt: {reason}\n")
    checked = reportdb("check", "loop.txt", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, f"refused loop.txt: {reason}\n")


def test_a_reports_control_characters_are_printed_escaped_by_show_search_and_extract(tmp_path):
    """Before: a terminal escape in a report's text (`\\x1b]0;…` retitles the window, `\\x9b2J` clears the screen)
    reached the terminal as it is through `show`, `search` and `extract --pretty`; `query` escaped it already."""
    text = (SAMPLES / "2023-hanbit-jaemu.txt").read_text(encoding="utf-8")
    (tmp_path / "esc.txt").write_text(text.replace("본관 민원실", "본관\x1b]0;title\x07 민원실\x9b2J", 1),
                                      encoding="utf-8")
    assert reportdb("ingest", "esc.txt", "--db", "r.db", cwd=tmp_path).returncode == 0
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:  # stored as it is
        assert conn.execute("SELECT count(*) FROM table_cells WHERE text = '본관\x1b]0;title\x07 민원실\x9b2J'"
                            ).fetchone() == (1,)
    outputs = {"show": reportdb("show", "1", "--db", "r.db", cwd=tmp_path).stdout,
               "search": reportdb("search", "title", "--db", "r.db", cwd=tmp_path).stdout,
               "extract": reportdb("extract", "esc.txt", "--pretty", cwd=tmp_path).stdout}
    for command, output in outputs.items():
        assert not [c for c in output if c not in "\n\t" and (c < " " or "\x7f" <= c <= "\x9f")], command
        assert "본관\\x1b]0;title" in output, command  # in a table's cell, what the escapes lengthen is cropped
