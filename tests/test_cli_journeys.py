"""The `reportdb` command as users meet it: files they may not read, databases they may not write, other
programs' databases, links, signals and settings, each run as a user would run it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

import pipeline.cli as cli_module
from pipeline.cli import main
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
# root reads every file whatever its mode: drop that override (as an ordinary user has none)
AS_A_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
             "--inh-caps=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []


def reportdb(*args: str | Path, cwd: Path, env: dict[str, str] | None = None, as_a_user: bool = False,
             own_process: bool = False) -> subprocess.CompletedProcess:
    """`reportdb ARGS…` in `cwd`: in this process (quick), or in a process of its own where a test needs one:
    as a user without root's right to read any file, or to see what happens when the command starts."""
    if as_a_user and AS_A_USER and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: file modes cannot be tested")
    if as_a_user or own_process:
        command = [*(AS_A_USER if as_a_user else []), sys.executable, "-m", "pipeline.cli", *map(str, args)]
        environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **(env or {})}
        return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=environment, timeout=60)
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, list(map(str, args)), env=env, catch_exceptions=False)
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def copy_sample(name: str, to: Path) -> Path:
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / name, to)
    return to


# --- files and folders the user may not read ------------------------------------------------------


@pytest.fixture
def unreadable_tree(tmp_path):
    """in/ with a readable report, an unreadable one in in/2024 and an unreadable folder in/2025."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "in" / "2023-hanbit-jaemu.txt")
    locked_file = copy_sample("2024-hanbit-cheongso.md", tmp_path / "in" / "2024" / "2024-hanbit-cheongso.md")
    copy_sample("2025-hanbit-bokji.txt", tmp_path / "in" / "2025" / "2025-hanbit-bokji.txt")
    locked_file.chmod(0)
    (tmp_path / "in" / "2025").chmod(0)
    yield tmp_path
    (tmp_path / "in" / "2025").chmod(0o755)


def refusals(db_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT path, error FROM ingest_errors ORDER BY path").fetchall()


def test_an_unreadable_folder_or_file_in_a_folder_is_refused_by_name_and_the_others_load(unreadable_tree):
    result = reportdb("ingest", "in", "--db", "r.db", cwd=unreadable_tree, as_a_user=True)
    assert result.returncode == 1, result.stderr
    assert "loaded    in/2023-hanbit-jaemu.txt" in result.stdout
    assert "refused   in/2024/2024-hanbit-cheongso.md: cannot read: Permission denied" in result.stdout
    assert "refused   in/2025: cannot read: Permission denied" in result.stdout
    assert "loaded 1, replaced 0, unchanged 0, refused 2, skipped 0" in result.stdout
    folder = unreadable_tree.resolve() / "in"
    assert refusals(unreadable_tree / "r.db") == [
        (str(folder / "2024" / "2024-hanbit-cheongso.md"), "cannot read: Permission denied"),
        (str(folder / "2025"), "cannot read: Permission denied")]


def test_an_unreadable_file_given_by_name_is_refused_and_the_others_load(unreadable_tree):
    result = reportdb("ingest", "in/2023-hanbit-jaemu.txt", "in/2024/2024-hanbit-cheongso.md", "--db", "r.db",
                      cwd=unreadable_tree, as_a_user=True)
    assert result.returncode == 1, result.stderr
    assert "loaded 1, replaced 0, unchanged 0, refused 1, skipped 0" in result.stdout
    assert [error for _, error in refusals(unreadable_tree / "r.db")] == ["cannot read: Permission denied"]
    checked = reportdb("check", "in/2024/2024-hanbit-cheongso.md", "in/2025", cwd=unreadable_tree, as_a_user=True)
    assert checked.returncode == 1
    assert checked.stderr.splitlines() == ["refused in/2024/2024-hanbit-cheongso.md: cannot read: Permission denied",
                                           "refused in/2025: cannot read: Permission denied"]


# --- search ----------------------------------------------------------------------------------------

LETTER_SPACED = """제261회 한빛구의회 제1차 정례회

2025. 6. 12. ~ 6. 27.

# 2025년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 1 조 직

### 총 무 과 - ( 5 )개팀

## 3 주요시설 및 장비

#### □ 구 청사

구 분\t대지 (m²)\t건물 (m²)\t규 모\t준공일자
본 관\t7,622\t9,682\t지하3층 ~ 지상6층\t1976. 1. 5.
보 건 소\t\t5,600\t지하1층 ~ 지상6층\t1994. 9. 1.
정보 건강관\t\t1,200\t지상2층\t2001. 3. 2.
"""


@pytest.fixture
def spaced_db(tmp_path):
    from pipeline.db import connect, connect_readonly
    from pipeline.extract import extract_file
    from pipeline.load import load_report
    from pipeline.search import rebuild_index

    report = tmp_path / "2025-chongmu.txt"
    report.write_text(LETTER_SPACED, encoding="utf-8")
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(str(report)), "sha", [])
    rebuild_index(db)
    db.close()
    conn = connect_readonly(tmp_path / "r.db")
    yield conn
    conn.close()


@pytest.mark.parametrize(("term", "found"), [
    ("보건소", ["구 청사 · 보 건 소 / 5,600 / 지하1층 ~ 지상6층 / 1994. 9. 1."]),
    ("본관", ["구 청사 · 본 관 / 7,622 / 9,682 / 지하3층 ~ 지상6층 / 1976. 1. 5."]),
    ("총무과", ["총 무 과 - (5)개팀"]),  # the general part's heading, not the whole part
    # a word's syllables are no letter-spaced label: `정보 건강관` holds no `보건`
    ("보건", ["구 청사 · 보 건 소 / 5,600 / 지하1층 ~ 지상6층 / 1994. 9. 1."]),
    ("건강관", ["구 청사 · 정보 건강관 / 1,200 / 지상2층 / 2001. 3. 2."]),
])
def test_search_finds_a_label_printed_letter_spaced_and_shows_it_as_printed(spaced_db, term, found):
    from pipeline.search import search

    assert [row["text"] for row in search(spaced_db, [term])] == found


# --- which files are reports ------------------------------------------------------------------------


def test_check_reads_a_file_given_by_name_whatever_its_name_as_extract_does(tmp_path):
    copy_sample("2025-hanbit-park-planted.txt", tmp_path / "planted.markdown")
    extracted = reportdb("extract", "planted.markdown", cwd=tmp_path)
    assert '"department": "공원녹지과"' in extracted.stdout
    checked = reportdb("check", "planted.markdown", "--json", cwd=tmp_path)
    assert checked.returncode == 1  # the planted errors: a gate never passes a report it did not read
    findings = json.loads(checked.stdout)
    assert {f["path"] for f in findings} == {str((tmp_path / "planted.markdown").resolve())}
    assert sum(f["severity"] == "error" for f in findings) == 15  # before, 17: two cells two findings each


def test_ingest_reads_a_file_given_by_name_and_in_a_folder_skips_other_names(tmp_path):
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "in" / "jaemu.text")
    result = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    assert "skipped   in/jaemu.text (not .txt, .md or .pdf)" in result.stdout
    result = reportdb("ingest", "in/jaemu.text", "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stdout.splitlines()[0]) == (0, "loaded    in/jaemu.text")


# --- query -------------------------------------------------------------------------------------------


@pytest.fixture
def jaemu_db(tmp_path) -> Path:
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    assert reportdb("ingest", "jaemu.txt", "--db", "r.db", cwd=tmp_path).returncode == 0
    return tmp_path / "r.db"


def test_query_keeps_every_column_of_one_name_in_each_format(jaemu_db):
    sql = "SELECT s.id, d.id, s.id AS id FROM staffing s JOIN reports d ON d.id = s.document_id ORDER BY s.id LIMIT 2"
    as_json = reportdb("query", sql, "--db", jaemu_db, "--json", cwd=jaemu_db.parent)
    assert json.loads(as_json.stdout) == [{"id": 1, "id:1": 1, "id:2": 1}, {"id": 2, "id:1": 1, "id:2": 2}]
    as_csv = reportdb("query", sql, "--db", jaemu_db, "--csv", cwd=jaemu_db.parent)
    assert as_csv.stdout.splitlines() == ["id,id:1,id:2", "1,1,1", "2,1,2"]


# --- databases shared, locked, read-only or another program's ---------------------------------------


@contextmanager
def held_for_a_second(path: Path) -> Iterator[None]:
    """Another connection holds a write transaction on the database for a second."""
    holding = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        holding.set()
        time.sleep(1)
        conn.execute("COMMIT")
        conn.close()

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait()
    try:
        yield
    finally:
        holder.join()


@pytest.fixture
def without_retries(monkeypatch):
    """Only waiting (the busy timeout) gets past another writer, not running the transaction again."""
    from pipeline import db as db_module

    monkeypatch.setattr(db_module, "LOCK_RETRIES", 1)


def test_opening_for_writing_waits_for_another_writer(tmp_path, without_retries):
    from pipeline.db import connect

    connect(tmp_path / "r.db").close()
    started = time.monotonic()
    with held_for_a_second(tmp_path / "r.db"):
        connect(tmp_path / "r.db").close()
    assert time.monotonic() - started > 0.5


def test_the_search_index_rebuild_waits_for_another_writer(tmp_path, without_retries):
    from pipeline.db import connect
    from pipeline.load import mark_search_stale
    from pipeline.search import rebuild_index

    db = connect(tmp_path / "r.db")
    mark_search_stale(db)
    with held_for_a_second(tmp_path / "r.db"):
        assert rebuild_index(db) is True
    db.close()


def test_a_database_another_program_keeps_locked_is_one_clear_line(tmp_path, without_retries, monkeypatch):
    """Before: `Error: r.db: database is locked`, which did not say what to do."""
    from pipeline import db as db_module

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_S", 1)
    monkeypatch.setattr(cli_module, "BUSY_TIMEOUT_S", 1)
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    db_module.connect(tmp_path / "r.db").close()
    with closing(sqlite3.connect(tmp_path / "r.db", isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        result = reportdb("ingest", "jaemu.txt", "--db", "r.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: r.db: another program kept the database locked for "
                                                     "over 1 s: run again when it is done\n")


def test_ingest_refuses_another_programs_database_and_leaves_it_as_it_was(tmp_path):
    with closing(sqlite3.connect(tmp_path / "app.db")) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    result = reportdb("ingest", "jaemu.txt", "--db", "app.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "Error: app.db: not a reportdb database "
                                                     "(it holds other tables: users)\n")
    with closing(sqlite3.connect(tmp_path / "app.db")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("users",)]


@pytest.fixture
def read_only_folder(jaemu_db):
    """ro/, a folder the user may not write, for a database handed over read-only."""
    folder = jaemu_db.parent / "ro"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)


def test_a_read_only_database_in_a_read_only_folder_answers_every_reading_command(jaemu_db, read_only_folder):
    with closing(sqlite3.connect(jaemu_db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(jaemu_db, read_only_folder / "reports.db")
    (read_only_folder / "reports.db").chmod(0o444)
    read_only_folder.chmod(0o555)
    cwd = jaemu_db.parent
    query = reportdb("query", "SELECT department, year FROM documents", "--db", "ro/reports.db", "--csv", cwd=cwd,
                     as_a_user=True)
    assert (query.returncode, query.stdout, query.stderr) == (0, "department,year\n재무과,2023\n", "")
    search = reportdb("search", "공유재산", "--db", "ro/reports.db", cwd=cwd, as_a_user=True)
    assert (search.returncode, search.stderr) == (0, "")
    assert "재무과" in search.stdout
    check = reportdb("check", "--db", "ro/reports.db", "--json", cwd=cwd, as_a_user=True)
    assert [f["rule"] for f in json.loads(check.stdout)] == ["header.quota"]
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["reports.db"]


def test_a_database_with_a_write_ahead_log_in_a_read_only_folder_is_one_clear_line(jaemu_db, read_only_folder):
    with closing(sqlite3.connect(jaemu_db)) as conn:  # open, so its changes stay in its -wal
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("DELETE FROM findings")
        conn.commit()
        shutil.copyfile(jaemu_db, read_only_folder / "reports.db")
        shutil.copyfile(f"{jaemu_db}-wal", read_only_folder / "reports.db-wal")
    read_only_folder.chmod(0o555)
    result = reportdb("check", "--db", "ro/reports.db", cwd=jaemu_db.parent, as_a_user=True)
    assert (result.returncode, result.stderr) == (1, (
        "Error: ro/reports.db: cannot read it in a folder you may not write: its changes in reports.db-wal "
        "need a reports.db-shm file beside it (copy the database with its reports.db-wal)\n"))


def test_ingest_into_a_folder_that_does_not_exist_or_may_not_be_written_says_which(tmp_path, read_only_folder):
    """Before: `Error: nodir/r.db: unable to open database file`, whatever the reason."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    missing = reportdb("ingest", "jaemu.txt", "--db", "nodir/r.db", cwd=tmp_path)
    assert (missing.returncode, missing.stderr) == (1, "Error: nodir/r.db: no folder nodir to make the database in\n")
    assert not (tmp_path / "nodir").exists()
    read_only_folder.chmod(0o555)
    refused = reportdb("ingest", "../jaemu.txt", "--db", "ro/r.db", cwd=read_only_folder.parent, as_a_user=True)
    assert (refused.returncode, refused.stderr) == (1, "Error: ro/r.db: cannot make the database in ro: "
                                                       "Permission denied\n")


@pytest.mark.parametrize("args", [["ingest", ""], ["ingest", "in", "--db", ""], ["check", ""],
                                  ["query", "SELECT 1", "--db", ""], ["search", "청사", "--db", ""]],
                         ids=["ingest's path", "ingest's --db", "check's file", "query's --db", "search's --db"])
def test_an_empty_path_is_a_usage_error_not_the_working_folder(tmp_path, args):
    """Before: `reportdb ingest ""` (`"$DIR"` with DIR unset) loaded every report below the working folder, and
    `--db ""` was `internal error: ValueError: PosixPath('.') has an empty name`."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "in" / "jaemu.txt")
    result = reportdb(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith("': an empty path (an unset variable?)")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# --- linked folders ---------------------------------------------------------------------------------


def test_a_linked_year_folder_is_entered_at_its_target_and_a_link_back_up_is_not(tmp_path):
    from pipeline.ingest import collect_files

    own = copy_sample("2024-hanbit-cheongso.md", tmp_path / "reports" / "2024" / "2024-hanbit-cheongso.md")
    shared = copy_sample("2025-hanbit-bokji.txt", tmp_path / "share" / "2025" / "2025-hanbit-bokji.txt")
    (tmp_path / "reports" / "2025").symlink_to(Path("..") / "share" / "2025")
    (tmp_path / "reports" / "2024" / "all").symlink_to(Path(".."))  # a loop
    (tmp_path / "share" / "2025" / "again").symlink_to(tmp_path / "share")  # above the target: entered once
    assert collect_files([tmp_path / "reports"]) == ([own.resolve(), shared.resolve()], [], [])
    result = reportdb("ingest", "reports", "--db", "r.db", cwd=tmp_path)
    assert result.stdout.splitlines()[:3] == ["loaded    reports/2024/2024-hanbit-cheongso.md",
                                              "loaded    share/2025/2025-hanbit-bokji.txt",
                                              "loaded 2, replaced 0, unchanged 0, refused 0, skipped 0; findings: "
                                              "0 errors, 0 warnings, 3 info (database: r.db)"]


# --- stopping an ingest -------------------------------------------------------------------------------


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if Path(f"/proc/{pid}").exists()
            and Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_an_ingest_stopped_by_kill_leaves_no_worker_running(tmp_path, stop):
    text = (SAMPLES / "2023-hanbit-jaemu.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    for n in range(60):
        (tmp_path / "in" / f"r{n:02}.txt").write_text(text.replace("2023년", f"{1950 + n}년"), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", "in", "--db", "r.db", "--workers",
                                "2"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and process.poll() is None and time.monotonic() < deadline:
        workers = children(process.pid)
        time.sleep(0.02)
    assert len(workers) == 2
    try:
        process.send_signal(stop)
        deadline = time.monotonic() + 10
        while alive(workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert alive(workers) == set()
        output = process.communicate(timeout=30)[0]  # orphaned workers would hold its output open
    finally:
        for pid in alive(workers):
            os.kill(pid, signal.SIGKILL)
    if stop == signal.SIGTERM:  # as Ctrl-C: the summary of what was loaded, exit 128 + 15
        assert process.returncode == 143, output
        assert "Stopped by SIGTERM: the documents counted above are in the database" in output


# --- settings ------------------------------------------------------------------------------------------


def test_a_wrong_size_limit_in_the_environment_is_one_usage_error_and_help_still_works(tmp_path):
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    wrong = {"REPORTDB_MAX_BYTES": "100MB"}
    helped = reportdb("--help", cwd=tmp_path, env=wrong, own_process=True)
    assert (helped.returncode, helped.stderr) == (0, "")
    assert reportdb("ingest", "--help", cwd=tmp_path, env=wrong).returncode == 0
    result = reportdb("ingest", "jaemu.txt", cwd=tmp_path, env=wrong, own_process=True)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == ("Error: Invalid value for '--max-bytes' (env var: 'REPORTDB_MAX_BYTES'): "
                                              "'100MB' is not a whole number")


def test_the_size_limit_in_the_environment_holds_for_every_command_that_reads_files(tmp_path):
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "jaemu.txt")
    small = {"REPORTDB_MAX_BYTES": "1000"}
    refused = "jaemu.txt: file too large: 3,453 bytes (limit 1,000)"
    checked = reportdb("check", "jaemu.txt", cwd=tmp_path, env=small)
    assert (checked.returncode, checked.stderr) == (1, f"refused {refused}\n")
    extracted = reportdb("extract", "jaemu.txt", cwd=tmp_path, env=small)
    assert (extracted.returncode, extracted.stderr) == (1, f"Error: {refused}\n")
    ingested = reportdb("ingest", "jaemu.txt", "--db", "r.db", cwd=tmp_path, env=small)
    assert (ingested.returncode, ingested.stdout.splitlines()[0]) == (1, f"refused   {refused}")


# --- output read in part --------------------------------------------------------------------------------

MANY_ROWS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 200000) SELECT i FROM n"


@pytest.mark.parametrize("fmt", ["--csv", "--json"])
def test_query_whose_reader_stops_early_ends_quietly(jaemu_db, fmt):
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "query", MANY_ROWS, "--db", str(jaemu_db), fmt],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    process.stdout.readline()  # `| head -1`
    process.stdout.close()
    assert (process.wait(timeout=60), process.stderr.read()) == (128 + signal.SIGPIPE, "")


def test_search_says_when_its_limit_leaves_matches_out(jaemu_db):
    everything = reportdb("search", "재산", "--db", jaemu_db, cwd=jaemu_db.parent)
    count = int(everything.stdout.split()[0])
    assert count > 2
    assert everything.stdout.startswith(f"{count} matches")
    limited = reportdb("search", "재산", "--db", jaemu_db, "--limit", "2", cwd=jaemu_db.parent)
    assert limited.stdout.startswith("the first 2 matches; there are more (--limit N)")
    assert limited.stdout.count("재무과") == 2
    exact = reportdb("search", "재산", "--db", jaemu_db, "--limit", str(count), cwd=jaemu_db.parent)
    assert exact.stdout.startswith(f"{count} matches")


# --- the README's questions -------------------------------------------------------------------------------

# 총무과 2022: a staffing table without a 계 column (a class without grades, 공무직), a budget table printing
# no 집행률
NO_TOTALS = """제270회 한빛구의회 제1차 정례회

2022. 6. 10. ~ 6. 25.

# 2022년 주요업무 보고

## 총 무 과

# Ⅰ. 일반현황

## 1 조 직

### 총 무 과 - ( 5 )개팀

## 2 인 력

구 분\t일 반 직\t\t\t\t\t공 무 직
\t5급\t6급\t7급\t8급\t9급\t
정 원\t1\t6\t15\t8\t6\t3
현 원\t1\t7\t14\t8\t5\t3
과부족\t-\t1\t△1\t-\t△1\t-

## 4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액(5.31.기준)
계\t1,000,000\t250,000
청사 관리\t800,000\t200,000
기본경비\t200,000\t50,000
"""


def test_the_readmes_questions_answer_also_for_tables_printing_no_total_or_rate(tmp_path):
    import regex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    under_30, staffing = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[:2]
    (tmp_path / "2022-chongmu.txt").write_text(NO_TOTALS, encoding="utf-8")
    assert reportdb("ingest", "2022-chongmu.txt", cwd=tmp_path).returncode == 0
    answer = reportdb("query", under_30, "--csv", cwd=tmp_path)
    assert answer.stdout.splitlines() == [
        "council,office,department,year,dated_as_of,dated_by,execution_rate",
        "한빛구의회,,총무과,2022,2022-05-31,budget table,25.0"]
    answer = reportdb("query", staffing, "--csv", cwd=tmp_path)
    assert answer.stdout.splitlines() == ["council,office,year,department,as_of,정원,현원,과부족",
                                          "한빛구의회,,2022,총무과,,39,38,-1"]


# 총무과 2023: classes as rows by grades as columns, the 계 class's row first (a table counting 현원 only)
BY_CLASS_AND_GRADE = NO_TOTALS.replace("2022", "2023").split("## 2 인 력")[0] + """## 2 인 력

□ 직렬별 현원

구 분\t계\t5급\t6급\t7급\t8급\t9급
계\t20\t1\t5\t7\t4\t3
행정\t15\t1\t4\t5\t3\t2
전산\t5\t-\t1\t2\t1\t1
"""


def test_the_readmes_staffing_question_counts_a_table_of_classes_by_grades_once(tmp_path):
    """Before, the 계 class's grade cells were summed beside the classes' own: 현원 40 where 20 are printed."""
    import regex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    staffing = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[1]
    (tmp_path / "2023-chongmu.txt").write_text(BY_CLASS_AND_GRADE, encoding="utf-8")
    assert reportdb("ingest", "2023-chongmu.txt", cwd=tmp_path).returncode == 0
    answer = reportdb("query", staffing, "--csv", cwd=tmp_path)
    assert answer.stdout.splitlines() == ["council,office,year,department,as_of,정원,현원,과부족",
                                          "한빛구의회,,2023,총무과,,,20,"]
