"""The command where its surroundings are hostile: a terminal that cannot print Hangul, folder trees deeper than
Python's recursion limit, and the bad inputs found trying every command: each one line, never a traceback, and
nothing already loaded lost."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from pipeline.ingest import collect_files
from tests.conftest import SAMPLES
from tests.test_cli_journeys import copy_sample, jaemu_db, reportdb

assert jaemu_db  # a fixture of test_cli_journeys', used here too

ASCII = {"PYTHONIOENCODING": "ascii"}
JAEMU_ESCAPED = r"\uc7ac\ubb34\uacfc"  # 재무과 as an ASCII terminal is given it


# --- a terminal that cannot print Hangul -----------------------------------------------------------


def test_ingest_prints_hangul_it_cannot_encode_as_escapes(tmp_path):
    """Before: `Error: internal error: UnicodeEncodeError: 'ascii' codec can't encode characters …` once the
    findings table printed, after the load."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    result = reportdb("ingest", "jaemu.txt", "--db", "r.db", cwd=tmp_path, env=ASCII, own_process=True)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[1] == ("loaded 1, replaced 0, unchanged 0, refused 0, skipped 0; findings: "
                                             "0 errors, 0 warnings, 1 info (database: r.db)")
    assert f"| {JAEMU_ESCAPED} 2023 | info     | header.quota |" in result.stdout


def test_query_prints_hangul_it_cannot_encode_as_escapes_in_a_table_and_csv(jaemu_db):
    sql = "SELECT department, year FROM documents"
    as_csv = reportdb("query", sql, "--db", "r.db", "--csv", cwd=jaemu_db.parent, env=ASCII, own_process=True)
    assert (as_csv.returncode, as_csv.stdout, as_csv.stderr) == (0, f"department,year\n{JAEMU_ESCAPED},2023\n", "")
    as_table = reportdb("query", sql, "--db", "r.db", cwd=jaemu_db.parent, env=ASCII, own_process=True)
    assert (as_table.returncode, as_table.stderr) == (0, "")
    assert f"| {JAEMU_ESCAPED}     | 2023 |" in as_table.stdout.splitlines()


@pytest.mark.parametrize("encoding", ["ascii", "cp949", "latin-1", "utf-8"])
def test_json_is_exact_json_whatever_the_terminal_encodes(jaemu_db, encoding):
    """Before: in CP949 the text was CP949 (no JSON reader's default) and `😀` the `\\U0001f600` of Python, no JSON
    escape; in ASCII, UTF-8 bytes the terminal cannot show. Now JSON's own escapes where stdout is not UTF-8."""
    sql = "SELECT department, char(128512) AS face, char(27) AS esc FROM documents"
    result = reportdb("query", sql, "--db", "r.db", "--json", cwd=jaemu_db.parent,
                      env={"PYTHONIOENCODING": encoding}, own_process=True)
    assert (result.returncode, result.stderr) == (0, "")
    if encoding == "utf-8":
        assert result.stdout == '[\n  {"department": "재무과", "face": "😀", "esc": "\\u001b"}\n]\n'
    else:
        assert result.stdout == (f'[\n  {{"department": "{JAEMU_ESCAPED}", "face": "\\ud83d\\ude00", '
                                 '"esc": "\\u001b"}\n]\n')
    found = reportdb("check", "--db", "r.db", "--json", cwd=jaemu_db.parent, env={"PYTHONIOENCODING": encoding},
                     own_process=True)
    assert found.returncode == 0 and found.stdout.isascii() == (encoding != "utf-8")
    assert json.loads(found.stdout)[0]["rule"] == "header.quota"


@pytest.mark.parametrize(("args", "printed", "status"), [
    (("check", "--db", "r.db"), f"| {JAEMU_ESCAPED} 2023 | info     | header.quota |", 0),
    (("check", "jaemu.txt"), f"| {JAEMU_ESCAPED} 2023 | info     | header.quota |", 0),
    (("search", "예산", "--limit", "1"), f"| {JAEMU_ESCAPED}     | 2023 |         | text line 48 | 4 \\uc608\\uc0b0"
                                         "\\ud604\\ud669 |", 0),
    (("show", "재무과", "2023"), f"{JAEMU_ESCAPED} 2023 2023\\ub144 \\uc8fc\\uc694\\uc5c5\\ubb34 \\ubcf4\\uace0", 0),
    (("search", "없는말"), "no matches\n", 1),
], ids=["check", "check FILE", "search", "show", "search finding nothing"])
def test_every_command_prints_to_an_ascii_terminal(jaemu_db, args, printed, status):
    result = reportdb(*args, *(("--db", "r.db") if args[0] in ("search", "show") else ()), cwd=jaemu_db.parent,
                      env=ASCII, own_process=True)
    assert (result.returncode, result.stderr) == (status, "")
    assert printed in result.stdout


def test_a_c_locale_python_does_not_make_utf8_prints_too(jaemu_db):
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    result = reportdb("query", "SELECT department FROM documents", "--db", "r.db", "--csv", cwd=jaemu_db.parent,
                      env=env, own_process=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"department\n{JAEMU_ESCAPED}\n", "")


# --- folder trees deeper than the recursion limit --------------------------------------------------


@pytest.fixture
def deep_tree(tmp_path) -> Iterator[tuple[Path, Path]]:
    """1,200 folders one in another (`d/d/…/d`, short names: a path has at most 4,096 bytes), a report at the
    bottom and a file skipped halfway; removed level by level afterwards (shutil.rmtree and os.makedirs recurse,
    and would meet the recursion limit themselves)."""
    top = tmp_path / "deep"
    levels = [top]
    levels[0].mkdir()
    for _ in range(1200):
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    report = copy_sample("2023-hanbit-jaemu.txt", levels[-1] / "r.txt")
    (levels[600] / "notes.doc").write_text("x")
    try:
        yield top, report
    finally:
        report.unlink()
        (levels[600] / "notes.doc").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_a_folder_tree_deeper_than_the_recursion_limit_is_listed(deep_tree):
    """Before: RecursionError (`internal error: RecursionError: maximum recursion depth exceeded`)."""
    top, report = deep_tree
    found = collect_files([top])
    assert found.files == [report]
    assert [(path.name, why) for path, why in found.skipped] == [("notes.doc", "not .txt, .md or .pdf")]
    assert found.without_reports == []


def test_a_folder_tree_deeper_than_the_recursion_limit_is_ingested(deep_tree, tmp_path):
    top, report = deep_tree
    result = reportdb("ingest", "deep", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == f"skipped   deep/{'d/' * 600}notes.doc (not .txt, .md or .pdf)"
    assert result.stdout.splitlines()[1] == f"loaded    deep/{'d/' * 1200}r.txt"
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("SELECT path, department FROM documents").fetchall() == [(str(report), "재무과")]


def test_a_tree_listed_without_recursion_keeps_its_skip_rules(tmp_path):
    """Hidden files and folders, other names, links to folders (entered once, at their target) and links in a
    loop, as the recursive listing had them."""
    (tmp_path / "in" / "a" / "b").mkdir(parents=True)
    (tmp_path / "in" / ".hidden").mkdir()
    (tmp_path / "in" / ".hidden" / "x.txt").write_text("x")
    (tmp_path / "in" / ".dot.txt").write_text("x")
    (tmp_path / "in" / "a" / "one.txt").write_text("x")
    (tmp_path / "in" / "a" / "b" / "two.md").write_text("x")
    (tmp_path / "in" / "a" / "b" / "up").symlink_to(tmp_path / "in" / "a")
    (tmp_path / "in" / "loop.txt").symlink_to(tmp_path / "in" / "loop.txt")
    (tmp_path / "in" / "image.png").write_text("x")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    found = collect_files([tmp_path / "in"])
    inside = tmp_path.resolve() / "in"
    assert found.files == [inside / "a" / "b" / "two.md", inside / "a" / "one.txt", inside / "loop.txt"]
    assert found.skipped == [(inside / ".dot.txt", "hidden"), (inside / "image.png", "not .txt, .md or .pdf"),
                             (inside / "pipe.txt", "not a regular file")]


def test_a_line_longer_than_the_console_stays_one_line(tmp_path):
    """Where the output is no terminal rich lays it out 200 columns wide: before, a long path's `refused` line and
    the summary naming a database in a long folder went on over two lines (each padded with spaces)."""
    folder = tmp_path / ("a" * 150)
    folder.mkdir()
    (folder / "bad.txt").write_text("not a report")
    result = reportdb("ingest", folder.name, "--db", f"{folder.name}/r.db", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()) == (1, [
        f"refused   {folder.name}/bad.txt: not a work report: no title, council session, numbered section or known "
        "table",
        "loaded 0, replaced 0, unchanged 0, refused 1, skipped 0; findings: 0 errors, 0 warnings, 0 info (database: "
        f"{folder.name}/r.db)"])


# --- bad inputs found trying every command ---------------------------------------------------------


def test_an_error_whose_text_holds_a_line_break_is_still_one_line(jaemu_db):
    """Before: SQLite's words quoting text it could not decode went on over two lines."""
    result = reportdb("query", "SELECT cast(x'0a41ff' AS text)", "--db", "r.db", cwd=jaemu_db.parent)
    assert (result.returncode, result.stderr) == (1, "Error: query failed: Could not decode to UTF-8 column "
                                                     "'cast(x'0a41ff' AS text)' with text '\\nA\ufffd'\n")


def test_a_timeout_of_nan_is_a_usage_error(jaemu_db):
    """Before: taken, and the query was never stopped (nothing is later than nan)."""
    result = reportdb("query", "SELECT 1", "--db", "r.db", "--timeout", "nan", cwd=jaemu_db.parent)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "Error: Invalid value for '--timeout': nan is not a number of seconds"


@pytest.mark.parametrize("command", [("ingest", "jaemu.txt"), ("query", "SELECT 1"), ("check",), ("search", "예산"),
                                     ("show", "1")])
def test_a_database_path_that_is_a_link_in_a_loop_says_so(tmp_path, command):
    """Before: `ingest` said `unable to open database file`, the others `no database at loop.db: run reportdb
    ingest … first`, which made nothing either."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    (tmp_path / "loop.db").symlink_to("loop.db")
    result = reportdb(*command, "--db", "loop.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: loop.db: cannot open: Too many levels of symbolic links\n")


def test_a_database_path_under_a_file_says_so_to_a_reading_command(tmp_path):
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    result = reportdb("query", "SELECT 1", "--db", "jaemu.txt/r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: jaemu.txt/r.db: cannot open: Not a directory\n")


def test_extract_of_items_nested_hundreds_deep_says_json_cannot_hold_them(tmp_path):
    """Before: `internal error: ValueError: Maximum serialization depth exceeded`. The ingest loads such a report,
    and `extract --pretty` prints it."""
    nested = "\n".join(" " * depth + f"- 항목 {depth}" for depth in range(300))
    report = (SAMPLES / "2023-hanbit-jaemu.txt").read_text().replace("- 대상: 구 소유 공유재산 1,284필지", nested)
    (tmp_path / "deep.txt").write_text(report)
    result = reportdb("extract", "deep.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", (
        "Error: deep.txt: cannot print its records as JSON (Maximum serialization depth exceeded): --pretty prints "
        "them\n"))
    assert reportdb("extract", "deep.txt", "--pretty", cwd=tmp_path).returncode == 0


def test_items_nested_deeper_than_the_recursion_limit_are_ingested(tmp_path):
    """Before: `refused   deep.txt: cannot extract (RecursionError: maximum recursion depth exceeded …)`, raised
    where the list numbers of the items under each other are read, and again where they are loaded and checked."""
    nested = "\n".join(" " * depth + f"- 항목 {depth}" for depth in range(1000))
    nested += "\n" + " " * 1000 + "- 20. 정기회의\n" + " " * 1000 + "- 21. 3월 개최"
    report = (SAMPLES / "2023-hanbit-jaemu.txt").read_text().replace("- 대상: 구 소유 공유재산 1,284필지", nested)
    (tmp_path / "deep.txt").write_text(report)
    result = reportdb("ingest", "deep.txt", "--db", "r.db", "--workers", "1", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "loaded    deep.txt")
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("SELECT count(*), max(depth) FROM project_items WHERE text LIKE '항목 %'").fetchone() == (
            1000, 999)
        # the deepest items' list numbers are read as a list's, not years: March of the report's year
        assert conn.execute("SELECT depth, start_month, year, months FROM project_items WHERE text = '21. 3월 개최'"
                            ).fetchone() == (1000, 3, 2023, '["2023-03"]')
    assert reportdb("extract", "deep.txt", "--pretty", cwd=tmp_path).returncode == 0


def test_odd_files_are_each_refused_by_name_while_the_others_load(tmp_path):
    """Found answered already, kept so: an empty file, a PDF cut off and a folder named like a report, given with a
    good report; a report with a stray NUL byte in it (for a character) loads, the byte dropped and said so."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes((SAMPLES / "2023-hanbit-jaemu.txt").read_bytes().replace(b"\xec\x9e\xac",
                                                                                                b"\xec\x9e\xac\x00", 1))
    (tmp_path / "cut.pdf").write_bytes((SAMPLES / "2025-hanbit-bokji.pdf").read_bytes()[:1000])
    (tmp_path / "folder.txt").mkdir()
    result = reportdb("ingest", "jaemu.txt", "empty.txt", "nul.txt", "cut.pdf", "folder.txt", "--db", "r.db",
                      "--workers", "1", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:6] == [
        "folder.txt: no .txt, .md or .pdf reports found",
        "refused   cut.pdf: damaged or truncated PDF: Unexpected EOF",
        "refused   empty.txt: empty file",
        "loaded    jaemu.txt",
        "loaded    nul.txt",
        "loaded 2, replaced 0, unchanged 0, refused 2, skipped 0; findings: 0 errors, 0 warnings, 3 info in 2 files; "
        "0 errors, 0 warnings, 2 info in 1 report (database: r.db)"]
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("SELECT d.department, f.rule, f.severity, f.line, f.message FROM findings f JOIN "
                            "documents d ON d.id = f.document_id WHERE d.path LIKE '%nul.txt' AND f.rule LIKE 'repair%'"
                            ).fetchall() == [
            ("재무과", "repair.nul_bytes", "info", 9, "텍스트 속의 NUL 바이트 1개를 버리고 읽었습니다 (줄 9)")]


def test_a_database_file_of_no_bytes_is_no_reportdb_database_to_read_and_one_to_make(tmp_path):
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    (tmp_path / "r.db").write_bytes(b"")
    result = reportdb("query", "SELECT 1", "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: r.db: not a reportdb database (it holds no tables)\n")
    assert reportdb("ingest", "jaemu.txt", "--db", "r.db", cwd=tmp_path).returncode == 0
    with closing(sqlite3.connect(tmp_path / "r.db")) as conn:
        assert conn.execute("SELECT department, year FROM documents").fetchall() == [("재무과", 2023)]
