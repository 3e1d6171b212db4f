"""The `reportdb` command: ingest reports into SQLite, then check, query, search and show them.

Every error a user can cause is one line (exit 1, or 2 for usage errors); never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import json
import math
import os
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

INTERRUPTED = "Interrupted."
EXIT_INTERRUPTED = 128 + signal.SIGINT  # the status of a program Ctrl-C ended, as shells report it


def _interrupted_at_start(_signum: int, _frame: object) -> None:
    """Ctrl-C before a command runs (the imports below take most of a second): nothing has begun, so the program
    ends at once, as any Ctrl-C ends it, not with a traceback of the imports. Each command replaces it."""
    os.write(2, f"{INTERRUPTED}\n".encode())
    os._exit(EXIT_INTERRUPTED)


signal.signal(signal.SIGINT, _interrupted_at_start)

import click  # noqa: E402  (the imports after the handler)
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402
from rich.text import Text  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from pipeline import patterns  # noqa: E402
from pipeline.db import (  # noqa: E402
    BUSY_TIMEOUT_S,
    SCHEMA_VERSION,
    another_programs,
    connect,
    connect_readonly,
    is_locked,
    same_report,
    stored_path,
)
from pipeline.errors import ReportError  # noqa: E402
from pipeline.read import MAX_BYTES, special_kind  # noqa: E402
from pipeline.render import (  # noqa: E402
    DocumentNames,
    Table,
    findings_table,
    make_console,
    one_line,
    print_document,
    result_table,
    rows,
    session_name,
    session_names,
    shown_path,
    title_name,
    volume_name,
)
from pipeline.values import FOUR_DIGIT_YEAR, compact, with_former_name  # noqa: E402

SHOWN_FINDINGS = 50
# extraction keeps a CPU busy: more workers than a few a CPU only take memory, and 100,000 would try to start as
# many processes
WORKERS_PER_CPU = 4
MAX_WORKERS = WORKERS_PER_CPU * (os.cpu_count() or 1)
SEARCH_LIMIT_AT_MOST = 2**62  # SQLite's integers are of 64 bits: a --limit past them is a usage error
TABLE_ROWS = 1000
FINDING_COLUMNS = ("path, council, office, department, year, council_session, session_start, title, volume, rule, "
                   "severity, location, table_name, row_label, column_label, expected, actual, message, f.line, f.page")
FINDING_KEYS = tuple(column.strip().removeprefix("f.") for column in FINDING_COLUMNS.split(","))  # as check prints


def locked_by_another() -> str:
    return f"another program kept the database locked for over {BUSY_TIMEOUT_S} s"


class ReportdbGroup(click.Group):
    """Turns the errors a run can meet into one-line messages; even a bug is one line unless REPORTDB_DEBUG."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """`reportdb --db r.db check`: a command's option before its name is no option of the group's, and click's
        `No such option '--db'` does not say where it goes. `reportdb` alone asks what it does: the help, as
        `--help` prints it, exit 0 (click's is on stderr, exit 2)."""
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help())
            ctx.exit()
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            taking = [name for name, command in self.commands.items()
                      if any(exc.option_name in param.opts for param in command.params)]
            if not taking:
                raise
            command = next((arg for arg in args if arg in taking), taking[0])  # the one typed, if it takes it
            raise click.UsageError(f"{exc.option_name} goes after the command: `reportdb {command} … "
                                   f"{exc.option_name} …`", ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        # Ctrl-C in a command is a KeyboardInterrupt, ended below (the ingest records it and stops by itself)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        printing_whatever_the_encoding()
        try:
            return self._invoke_command(ctx)
        except click.ClickException as exc:  # SQLite's words may hold a line break (text it could not decode)
            exc.message = one_line(exc.message)
            raise

    def _invoke_command(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:  # one line and the status of Ctrl-C, not click's `Aborted!` and 1 (a refusal's)
            click.echo(INTERRUPTED, err=True)
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # the reader of the output went away (`| head`): stop quietly, as command-line tools do, with the
            # status of a process SIGPIPE ended; stdout goes nowhere, so the flush at exit cannot fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(128 + signal.SIGPIPE)
        except ReportError as exc:
            raise click.ClickException(str(exc)) from exc
        except sqlite3.Error as exc:
            reason = str(exc)  # SQLite's `database is locked` says neither why nor what to do
            db_path = ctx.meta.get(DB_PATH_KEY)
            if isinstance(exc, sqlite3.OperationalError) and is_locked(exc):
                reason = f"{locked_by_another()}: run again when it is done"
            elif db_path is not None and getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY:
                reason = cannot_write(db_path) or reason
            elif db_path is not None and getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_NOTADB:
                # SQLite's `file is not a database`: often a report given after --db, the database's place
                reason = "not a database (no SQLite file; a report is given to `reportdb ingest`, not after --db)"
            raise click.ClickException(f"{db_path or 'database'}: {reason}") from exc
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from exc
        except Exception as exc:
            if os.environ.get("REPORTDB_DEBUG"):
                raise
            reason = " ".join(str(exc).split())
            raise click.ClickException(f"internal error: {type(exc).__name__}: {reason} "
                                       "(REPORTDB_DEBUG=1 shows the traceback)") from exc


def printing_whatever_the_encoding() -> None:
    """Output to a terminal or pipe of an encoding without Hangul (`PYTHONIOENCODING=ascii`, a C locale where
    Python does not make it UTF-8) prints a character it cannot write as its escape (`\\ucd1d`), not a
    UnicodeEncodeError partway through a table."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


@click.group(cls=ReportdbGroup)
@click.version_option(package_name="reportdb")
def main() -> None:
    """Korean district-council work reports (주요업무보고) into a checked, queryable SQLite database."""


DB_PATH_KEY = "reportdb.db_path"  # in the contexts' shared meta: a database error names the file


class GivenPath(click.Path):
    """A path as click.Path takes it, but an empty one is a usage error: `""` (`--db "$DB"` with DB unset) would
    be the working folder, and an ingest would load whatever lies there."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value:
            self.fail("an empty path (an unset variable?)", param, ctx)
        return super().convert(value, param, ctx)


class TypedText(click.ParamType):
    """Text typed for the database to match: bytes that are not UTF-8 (from a terminal set to CP949), which
    SQLite cannot take, are a usage error."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            value.encode()
        except UnicodeEncodeError:
            self.fail(f"`{stored_path(value)}` holds bytes that are not UTF-8: is the terminal set to UTF-8?", param,
                      ctx)
        return value


def _remember_db_path(ctx: click.Context, _param: click.Parameter, value: Path) -> Path:
    ctx.meta[DB_PATH_KEY] = value
    return value


# the environment variable told in the help, not by show_envvar, which would name it in a `--db ""` error too
db_option = click.option("--db", "db_path", default="reports.db", show_default=True, envvar="REPORTDB_DB",
                         type=GivenPath(dir_okay=False, path_type=Path), callback=_remember_db_path,
                         help="The database file (or set REPORTDB_DB).")


class Count(click.IntRange):
    """A count option's range said in the option's own words (`0 workers extract nothing: give 1 or more`), not in
    click's (`0 is not in the range 1<=x<=8`), and a value that is no count said so (`'100MB' is not a whole number`,
    not `is not a valid integer range`)."""

    name = "integer"  # its help's metavar: `--workers INTEGER`

    def __init__(self, min: int, max: int | None = None, *, too_few: str, too_many: str = "") -> None:
        super().__init__(min=min, max=max)
        self.too_few, self.too_many = too_few, too_many

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a whole number", param, ctx)
        if number < self.min:
            self.fail(f"{number} {self.too_few}: give {self.min} or more", param, ctx)
        if self.max is not None and number > self.max:
            self.fail(f"{number} {self.too_many}: give at most {self.max}", param, ctx)
        return number


# Read when a command runs, not at import: a wrong value is a usage error of that command, and --help works.
max_bytes_option = click.option("--max-bytes", type=Count(min=1, too_few="bytes refuse every file"), default=MAX_BYTES,
                                show_default=True, envvar="REPORTDB_MAX_BYTES", show_envvar=True,
                                help="Refuse files larger than this many bytes.")


def open_database(db_path: Path) -> sqlite3.Connection:
    """An existing reports database, read-only; a missing file is a usage error. One made by an earlier
    reportdb is brought up to date first, so every command sees the columns it reads."""
    refuse_unusable(db_path)
    if not db_path.is_file():
        raise click.UsageError(f"no database at {db_path}: run `reportdb ingest PATH --db {db_path}` first")
    conn = connect_readonly(db_path)
    reason = another_programs(conn)
    if reason is None and not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone():
        reason = "not a reportdb database (it holds no tables)"
    if reason is not None:
        raise click.ClickException(f"{db_path}: {reason}")
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        conn.close()
        try:
            connect(db_path).close()  # an older schema is brought up to date, a newer one refused
        except sqlite3.Error as exc:
            raise click.ClickException(f"{db_path}: {exc}") from exc
        conn = connect_readonly(db_path)
    return conn


def open_for_writing(db_path: Path) -> Database:
    """The database to ingest into, made where it is missing; where SQLite cannot make it (`unable to open
    database file`), the reason it does not say: a folder that does not exist, or the system's for the folder
    (`Permission denied`, `Read-only file system`)."""
    refuse_unusable(db_path)
    try:
        return connect(db_path)
    except sqlite3.OperationalError as exc:
        folder = db_path.parent
        if exc.sqlite_errorcode != sqlite3.SQLITE_CANTOPEN or db_path.exists():
            raise
        if not folder.is_dir():
            raise click.ClickException(f"{db_path}: no folder {folder} to make the database in") from exc
        try:
            db_path.touch(exist_ok=False)  # only to learn the system's reason
        except OSError as reason:
            raise click.ClickException(f"{db_path}: cannot make the database in {folder}: "
                                       f"{reason.strerror or reason}") from exc
        db_path.unlink()
        raise


def refuse_unusable(db_path: Path) -> None:
    """A database path that is no file SQLite can use: a device or named pipe (`--db /dev/null`), refused by what
    it is, not with SQLite's `disk I/O error` nor as a database not made yet; one that cannot be looked at for
    another reason than its absence (a link in a loop, a folder on the way the user may not enter), with that
    reason, where SQLite says `unable to open database file`."""
    try:
        status = os.stat(db_path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise click.ClickException(f"{db_path}: cannot open: {exc.strerror}") from exc
    if (kind := special_kind(status.st_mode)) is not None:
        raise click.ClickException(f"{db_path}: not a regular file: {kind}")


# --- ingest --------------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=GivenPath(readable=False, path_type=Path))
@db_option
@click.option("--workers", default=os.cpu_count() or 1,
              type=Count(min=1, max=MAX_WORKERS, too_few="workers extract nothing",
                         too_many=f"workers only take memory (at most {WORKERS_PER_CPU} a CPU)"),
              show_default="CPU count", help=f"Processes extracting in parallel (at most {WORKERS_PER_CPU} a CPU).")
@max_bytes_option
@click.option("--force", is_flag=True, help="Extract unchanged files again and replace their rows.")
def ingest(paths: tuple[Path, ...], db_path: Path, workers: int, max_bytes: int, force: bool) -> None:
    """Load report files (whatever their names) and folders (their .txt, .md, .pdf, recursively) into the database.

    Unchanged files are skipped, changed ones replaced, a copy of a loaded file is not loaded again (a
    moved one takes over its record); files that cannot be read, or do not exist, are refused and
    recorded in ingest_errors. Exit status 1 when any file was refused or no report file was found.
    """
    with stop_requests() as stops:  # from the start: the imports below take most of a second
        from pipeline.ingest import DUPLICATE, MOVED, REFUSED, REREAD, collect_files, ingest_files

        console = make_console()
        database_files = [db_path.with_name(db_path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]
        files, skipped, without_reports = collect_files(paths, ignore=database_files)
        for path, why in skipped:
            print_line(console, f"skipped   {shown_path(str(path))} ({why})")
        for folder, none_found in without_reports:
            print_line(console, f"{shown_path(str(folder))}: {none_found}", style="red")
        db = open_for_writing(db_path)
        # On a terminal a progress bar, with refusals printed above it; elsewhere one plain line per file.
        progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=console, transient=True, disable=not console.is_terminal)
        task = progress.add_task("ingesting", total=len(files))
        other_path = {DUPLICATE: "same as", MOVED: "from"}

        def on_file(status: str, path: str, detail: str | None) -> None:
            progress.advance(task)
            if status == REFUSED:
                print_line(console, f"refused   {shown_path(path)}: {one_line(detail)}", style="red")
            elif status in other_path:  # worth a line on a terminal too
                print_line(console, f"{status:9} {shown_path(path)} ({other_path[status]} {shown_path(detail)})")
            elif not console.is_terminal:  # plain, not through rich: thousands of lines cost nothing
                click.echo(f"{status:9} {shown_path(path)}")

        with progress:
            summary = ingest_files(db, files, workers=workers, max_bytes=max_bytes, force=force, on_file=on_file,
                                   stop_requested=lambda: bool(stops), skipped=[path for path, _why in skipped])
        this_run = "d.id IN (SELECT value FROM json_each(?))"
        loaded = [json.dumps(summary.document_ids)]
        # counted and shown by the database, so a run of any size holds no more than one screenful in memory
        counted, total_findings = findings_summary(db.conn, this_run, loaded)
        findings = rows(db.conn, f"SELECT {FINDING_COLUMNS} FROM findings f JOIN documents d ON d.id = f.document_id "
                                 f"WHERE {this_run} ORDER BY d.path, f.id LIMIT {SHOWN_FINDINGS}", loaded)
        documents = _named_among(db.conn, loaded[0], [f["path"] for f in findings])
        db.close()
        counts = summary.counts
        seldom = "".join(f", {status} {counts[status]}" for status in (MOVED, DUPLICATE) if counts[status])
        # unchanged files extracted again as another reportdb had extracted them: after an upgrade
        reread = f", {REREAD} {counts[REREAD]} (reportdb changed)" if counts[REREAD] else ""
        print_line(
            console, (f"{INTERRUPTED} " if summary.interrupted else "")
            + f"loaded {counts['loaded']}, replaced {counts['replaced']}{reread}, unchanged {counts['unchanged']}"
            f"{seldom}, "
            f"refused {counts['refused']}, skipped {len(skipped)}; findings: {counted} (database: {db_path})"
        )
        if findings:
            console.print(findings_table(findings, documents=documents))
            if total_findings > SHOWN_FINDINGS:
                print_line(console, f"… {total_findings - SHOWN_FINDINGS} more: `reportdb check --db {db_path}`")
    if summary.failed is not None:
        raise click.ClickException(load_failed(db_path, summary.failed, len(files) - sum(counts.values()), len(files)))
    if stops or summary.interrupted:
        stopped_by = stops[0] if stops else signal.SIGINT
        signal_name = "Ctrl-C" if stopped_by == signal.SIGINT else stopped_by.name
        if summary.interrupted:
            print_line(console, f"Stopped by {signal_name}: the documents counted above are in the database; run again "
                                "to finish.")
        else:  # after the last file: while the summary printed
            print_line(console, f"{INTERRUPTED} Stopped by {signal_name} after the load: every file counted above is "
                                "in the database.")
        sys.exit(128 + stopped_by)
    sys.exit(1 if counts["refused"] or not files else 0)


def print_line(console: Console, line: str, style: str = "") -> None:
    """A line as it is, not wrapped at the console's width (200 columns where the output is no terminal): a long
    path stays on its file's line for whatever reads them."""
    console.print(Text(line, style=style), soft_wrap=True)


def cannot_write(db_path: Path) -> str | None:
    """Why a database cannot be written, which SQLite's `attempt to write a readonly database` does not say: the
    file's permissions (or a read-only file system), or its folder's, where SQLite writes its journal."""
    if not os.access(db_path, os.W_OK):
        return "cannot write it: the file is read-only (query, search, show and check still read it)"
    if not os.access(db_path.parent, os.W_OK):
        return (f"cannot write it: its folder {db_path.parent} is read-only, and SQLite writes its journal there "
                "(query, search, show and check still read it)")
    return None


def load_failed(db_path: Path, error: sqlite3.OperationalError, not_loaded: int, files: int) -> str:
    """What the database failing partway through an ingest did: which files are in, and what to do."""
    locked = is_locked(error)
    reason = locked_by_another() if locked else str(error)
    if not_loaded:
        return (f"{db_path}: {reason}: {not_loaded} of the {files} files were not loaded (those counted above are in "
                "the database)" + (": run again when it is done" if locked else ""))
    return (f"{db_path}: {reason} after the load: every file counted above is in the database"
            + ("; run again when it is done to bring its indexes up to date" if locked else ""))


def findings_summary(conn: sqlite3.Connection, of_documents: str = "1", params: Sequence[str] = ()) -> tuple[str, int]:
    """The findings of the documents `of_documents` (an SQL condition on `d`) counted by severity (`32 errors,
    12 warnings, 16 info`), and how many there are. Where some of those files repeat a report (a PDF beside its
    text, an older copy: not in the `reports` view), which finds everything twice, the reports' own figures
    follow: `… in 18 files; 16 errors, 6 warnings, 8 info in 9 reports`. A report printed in volumes is one report
    of as many files, each volume's findings its own."""
    in_reports = "d.id IN (SELECT id FROM reports)"
    # a volume after one of its report's in the view (asked only of a document with a volume past the first)
    later_volume = (f"CASE WHEN d.volume > 1 THEN EXISTS (SELECT 1 FROM reports r WHERE r.volume < d.volume "
                    f"AND r.department = d.department AND r.year IS d.year AND r.council IS d.council "
                    f"AND {same_report('r', 'd')}) ELSE 0 END")
    files, reports = conn.execute(f"SELECT count(*), count(*) FILTER (WHERE {in_reports} AND NOT {later_volume}) "
                                  f"FROM documents d WHERE {of_documents}", params).fetchone()
    of_files, of_reports = Counter(), Counter()
    for severity, in_files, in_reports_only in conn.execute(
            f"SELECT f.severity, count(*), count(*) FILTER (WHERE {in_reports}) FROM findings f "
            f"JOIN documents d ON d.id = f.document_id WHERE {of_documents} GROUP BY f.severity", params):
        of_files[severity], of_reports[severity] = in_files, in_reports_only
    counted = by_severity(of_files)
    if reports < files:
        counted += f" in {files} files; {by_severity(of_reports)} in {reports} report{'s' if reports != 1 else ''}"
    return counted, sum(of_files.values())


def by_severity(counts: Counter) -> str:
    """`2 errors, 1 warning, 0 info`: one error is no `1 errors`."""
    errors, warnings = counts["error"], counts["warning"]
    return (f"{errors} error{'' if errors == 1 else 's'}, {warnings} warning{'' if warnings == 1 else 's'}, "
            f"{counts['info']} info")


@contextmanager
def stop_requests() -> Iterator[list[signal.Signals]]:
    """Ctrl-C (SIGINT) and `kill PID` (SIGTERM) recorded, for the ingest to stop at its next step: the documents
    loaded stay, the summary is printed, the workers stopped. Yields the signals received. A KeyboardInterrupt
    raised wherever the program happens to be could be lost (Python ignores one raised in a `__del__` or an
    at-fork hook, and the run went on to the end) or fall between a document's commit and its count."""
    received: list[signal.Signals] = []

    def record(signum: int, _frame: object) -> None:
        received.append(signal.Signals(signum))

    previous = {signum: signal.signal(signum, record) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# --- extract and check ---------------------------------------------------------------------------


@main.command()
# a file it cannot read is refused with the system's reason, as `check` refuses it (a link in a loop: `Too many
# levels of symbolic links`; click's `exists` said `does not exist`)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pretty", is_flag=True, help="Rich tables instead of JSON.")
@max_bytes_option
def extract(file: Path, pretty: bool, max_bytes: int) -> None:
    """Print one report's records as JSON (no database)."""
    from pipeline.extract import extract_file
    from pipeline.read import read_bytes
    from pipeline.records import records_json

    try:
        data = read_bytes(file, max_bytes)
    except ReportError as exc:
        if os.path.lexists(file) or file.suffix or len(file.parts) > 1:
            raise
        # `reportdb extract "총무과 2024"`: a loaded report's name, which `show` takes; extract reads a file
        raise click.ClickException(f"{exc}: `reportdb show {str(file)!r}` shows a loaded report by its name") from exc
    report = extract_file(stored_path(file), data)  # named as the database would hold it
    if not pretty:
        try:
            click.echo(records_json(report, ascii_only=json_ascii_only()))
        except ValueError as exc:  # pydantic's serializer stops at items nested some hundred levels deep
            raise click.ClickException(f"{shown_path(str(file))}: cannot print its records as JSON ({exc}): "
                                       "--pretty prints them") from exc
        return
    from pipeline.load import load_report

    db = connect(":memory:")
    _, document_id = load_report(db, report, sha256="", findings=[])
    print_document(make_console(), db.conn, document_id, stored=False)


@main.command()
@click.argument("files", nargs=-1, type=GivenPath(readable=False, path_type=Path))
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@max_bytes_option
def check(files: tuple[Path, ...], db_path: Path, as_json: bool, max_bytes: int) -> None:
    """The findings of report FILES (extracted and checked now), or without FILES those in the database.

    A file that cannot be read is one finding of its own (rule `refused`, severity error, the reason as
    its message), also printed on stderr; of the database, the files its ingests refused are printed on
    stderr. Exit status 1 when any finding is an error or FILES hold no
    report file, so it can gate a pipeline; 2 for usage errors.
    """
    found = True
    if files:
        from pipeline.ingest import REFUSED, collect_files, extract_one

        collected = collect_files(files)
        for folder, none_found in collected.without_reports:
            click.echo(f"{shown_path(str(folder))}: {none_found}", err=True)
        found = bool(collected.files)
        findings, documents = [], []
        for path in collected.files:
            result = extract_one(str(path), max_bytes)
            if result.error is not None:
                click.echo(f"refused {shown_path(result.path)}: {one_line(result.error)}", err=True)
                findings.append({**dict.fromkeys(FINDING_KEYS), "path": result.path, "rule": REFUSED,
                                 "severity": "error", "message": result.error})
                documents.append(findings[-1])
                continue
            info = result.report.document
            documents.append(
                {"path": result.path, "council": info.council, "office": info.office, "department": info.department,
                 "year": info.year, "council_session": info.council_session,
                 "session_start": info.session_start and info.session_start.isoformat(), "title": info.title,
                 "volume": info.volume})
            findings.extend(
                {**documents[-1], "rule": f.rule,
                 "severity": f.severity, "location": f.location, "table_name": f.table, "row_label": f.row,
                 "column_label": f.column, "expected": f.expected, "actual": f.actual, "message": f.message,
                 "line": f.source.line, "page": f.source.page}
                for f in result.findings
            )
        counted = by_severity(Counter(f["severity"] for f in findings))
    else:
        conn = open_database(db_path)
        findings = rows(conn, f"SELECT {FINDING_COLUMNS} FROM findings f JOIN documents d ON d.id = f.document_id "
                              "ORDER BY d.path, f.id")
        documents = rows(conn, f"SELECT {_CANDIDATE_COLUMNS} FROM documents")
        counted, _ = findings_summary(conn)
        # the files an ingest refused are in no finding: named, so that a clean check is no complete database
        for path, error, held_before in conn.execute(
                "SELECT path, error, EXISTS (SELECT 1 FROM documents d WHERE d.path = e.path) FROM ingest_errors e "
                "ORDER BY path"):
            held = "the database holds its content loaded before" if held_before else "not in the database"
            click.echo(f"refused {shown_path(path)}: {one_line(error)} ({held})", err=True)
    if as_json:
        click.echo(json.dumps(findings, ensure_ascii=json_ascii_only(), indent=2))
    else:
        console = make_console()
        if findings:
            console.print(findings_table(findings, documents=documents))
        print_line(console, counted)
    sys.exit(1 if not found or any(f["severity"] == "error" for f in findings) else 0)


# --- query, search, show -------------------------------------------------------------------------


class SqlCommand(click.Command):
    """`reportdb query "-- the under-30% question<newline>SELECT …"`: a query starting with an SQL comment is no
    option, though click would take it for one (`No such option '-- the under-30% …'`). An argument starting with
    `-` whose name (before any `=`) holds a blank names no option: it goes after `--`, read as the query."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        queries = [arg for arg in args if arg.startswith("-") and any(c.isspace() for c in arg.split("=", 1)[0])]
        if queries and "--" not in args:
            args = [arg for arg in args if arg not in queries] + ["--", *queries]
        return super().parse_args(ctx, args)


@main.command(cls=SqlCommand)
@click.argument("sql", type=TypedText())
@db_option
@click.option("--table", "fmt", flag_value="table", default=True, help="A rich table (the default).")
@click.option("--json", "fmt", flag_value="json", help="A JSON list of objects.")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10, show_default=True,
              callback=lambda ctx, param, value: _a_number(value, ctx, param),
              help="Seconds before the query is stopped.")
@click.option("--max-bytes", type=Count(min=1, too_few="bytes refuse every value"), default=MAX_BYTES,
              show_default=True, envvar="REPORTDB_MAX_BYTES", show_envvar=True,
              help="The largest report file loaded (ingest's --max-bytes): a value over 1.5 times it is refused.")
def query(sql: str, db_path: Path, fmt: str, timeout: float, max_bytes: int) -> None:
    """Run one read-only SELECT (or WITH) statement. Writes, ATTACH and PRAGMAs are refused, except the
    schema-reading ones as table-valued functions: SELECT name FROM pragma_table_info('documents').

    \b
    Tables: documents (and the view reports: one document per report, its text where
    it was loaded as its text and its PDF, with its department's name now), renames
    (and the view department_renames: each former name's department now), staffing
    (and the view staffing_totals: each staffing table's head count by status), vehicle_fleets (and the view
    vehicle_totals: each vehicles table's vehicles held and 정수), vehicles (and
    the view vehicle_categories: each fleet's vehicles by category, however printed),
    budget_lines (and the view budget_totals: each report's budget and spending and the date they stand at),
    projects (and, with budget_lines, the view project_renames: each project's or
    단위사업's former name's name now), project_items, generic_tables, table_cells, findings,
    ingest_errors, search_lines. The README describes their columns.
    """
    from pipeline.query import QueryError, run_query

    open_database(db_path).close()
    try:
        columns, records = run_query(str(db_path), sql, timeout, max_bytes)
        if fmt == "csv":
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(columns)
            for record in records:
                writer.writerow(record)
        elif fmt == "json":
            _echo_json_objects(columns, records)
        else:
            shown = [record for _, record in zip(range(TABLE_ROWS + 1), records, strict=False)]
            make_console().print(result_table(columns, shown[:TABLE_ROWS]))
            if len(shown) > TABLE_ROWS:
                click.echo(f"(the first {TABLE_ROWS} rows; use --csv or --json for all)", err=True)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc


def _a_number(value: float, ctx: click.Context, param: click.Parameter) -> float:
    """`nan`, which FloatRange lets through (it compares false with any bound), would never stop the query."""
    if math.isnan(value):
        raise click.BadParameter("nan is not a number of seconds", ctx, param)
    return value


def _echo_json_objects(columns: list[str], records) -> None:
    """A JSON list written row by row, so a large result is never held whole."""
    ascii_only = json_ascii_only()
    click.echo("[", nl=False)
    for index, record in enumerate(records):
        values = [v.hex() if isinstance(v, bytes) else v for v in record]
        try:
            obj = json.dumps(dict(zip(columns, values, strict=True)), ensure_ascii=ascii_only, allow_nan=False)
        except ValueError:  # an infinite REAL (`1e999`), which JSON has no word for: written as SQLite's json() does
            obj = "{" + ", ".join(f"{json.dumps(column, ensure_ascii=ascii_only)}: {_json_number(value, ascii_only)}"
                                  for column, value in zip(columns, values, strict=True)) + "}"
        click.echo(("," if index else "") + "\n  " + obj, nl=False)
    click.echo("\n]")


def _json_number(value: Any, ascii_only: bool) -> str:
    """A value as JSON, an infinite one as `9e999` (`-9e999`): a number too large for a double, which JSON
    readers take as infinity, where Python's `Infinity` is no JSON at all."""
    if isinstance(value, float) and math.isinf(value):
        return "9e999" if value > 0 else "-9e999"
    return json.dumps(value, ensure_ascii=ascii_only)


def json_ascii_only() -> bool:
    """Whether JSON goes out in ASCII, every other character as JSON's escape (`\\uc7ac`, a pair for `😀`): where
    stdout is not UTF-8 (`PYTHONIOENCODING=ascii`, a CP949 or C locale), so that what is written is the same JSON
    in any encoding of ASCII, never text in the terminal's own encoding nor a `\\U0001f600` no JSON reader takes."""
    return codecs.lookup(getattr(sys.stdout, "encoding", None) or "utf-8").name != "utf-8"


@main.command()
@click.argument("terms", nargs=-1, required=True, type=TypedText())
@db_option
@click.option("--limit", type=Count(min=1, max=SEARCH_LIMIT_AT_MOST, too_few="shows no match",
                                    too_many="is past what SQLite counts"), default=100, show_default=True,
              help="Show at most this many matches (the title says when there are more).")
@click.option("--every-document", is_flag=True,
              help="Search every document (a report loaded as its text and its PDF is otherwise searched once, "
                   "in its text).")
def search(terms: tuple[str, ...], db_path: Path, limit: int, every_document: bool) -> None:
    """Find project titles (with their teams and former titles), purposes and items, budget lines' names (with
    their former names) and notes, rows of the other tables, staffing tables' teams and the general part's headings
    and paragraphs holding all TERMS (any length; `청사` works). Staffing and vehicle counts are not searched: query
    them.

    \b
    Spaces do not matter (`공용 차량`, `공용차량` and `공 용 차 량` find each other;
    a term of one or two characters, `정원`, only together or letter-spaced), nor
    which interpunct (`ㆍ` is `·`). Exit 1 when nothing matches, as grep.
    A term starting with `-` goes after `--`: `reportdb search -- -청사`.
    """
    from pipeline.search import highlight_pattern, unspaced
    from pipeline.search import search as search_lines

    if not any(map(unspaced, terms)):  # blank terms: not a search that finds nothing
        raise click.UsageError("give a term to search for (the terms given are empty)")
    found = search_lines(open_database(db_path), list(terms), limit + 1, every_document)
    console = make_console()
    if not found:
        console.print("no matches")
        sys.exit(1)
    title = f"{len(found)} match{'es' if len(found) > 1 else ''}"
    if len(found) > limit:
        found = found[:limit]
        title = f"the first {limit} matches" if limit > 1 else "the first match"
        title += "; there are more (--limit N)"
    table = Table("department", "year", "project", "where", "text", title=title, title_justify="left")
    highlighted = highlight_pattern(list(terms))
    names = DocumentNames(found)
    for row in found:
        line = Text(row["text"])
        line.highlight_regex(highlighted, style="bold reverse")
        where = f"line {row['line']}" if row["line"] is not None else f"p.{row['page']}" if row["page"] else ""
        # as `show` prints it: `1. 직원 디지털 전환 교육 (구 직원 디지털 역량 강화)`
        project = f"{row['seq']}. {with_former_name(row['project'], row['former_title'])}" if row["project"] else ""
        table.add_row(names.department(row) or shown_path(row["path"]), names.year(row), project,
                      f"{row['field']} {where}".strip(), line)
    console.print(table)


@main.command()
@click.argument("document", nargs=-1, required=True)
@db_option
def show(document: tuple[str, ...], db_path: Path) -> None:
    """One document's records as tables: DOCUMENT is an id, a path (its extension may be left out: of a text and
    its PDF, the text), or a department and year (`총무과 2025`), after its council where two districts' are loaded
    (`서해구의회 총무과 2025`), after its office where it is a 구청's (`장안구 총무과 2025`), and before its session
    where the department has two reports of the year (`총무과 2025 제305회`, or the month it began: `총무과 2025
    11월`)."""
    conn = open_database(db_path)
    print_document(make_console(), conn, find_document(conn, " ".join(document)))


@main.command()
@click.argument("former", required=False, type=TypedText())
@click.argument("department", required=False, type=TypedText())
@click.option("--council", type=TypedText(), help="Of this council's department only (`영등포구의회`).")
@click.option("--office", type=TypedText(), help="Of this 구청's department only (`장안구`).")
@click.option("--list", "listing", is_flag=True, help="List the renames stated, yours and the reports'.")
@click.option("--forget", is_flag=True, help="Forget the rename of FORMER you stated.")
@db_option
def rename(former: str | None, department: str | None, council: str | None, office: str | None, listing: bool,
           forget: bool, db_path: Path) -> None:
    """State that department FORMER was renamed DEPARTMENT (`reportdb rename 총무과 행정지원과`), where no report
    says so: its reports answer by DEPARTMENT in `reports.current_department`, across the years. Kept in the
    database, also when reports are loaded again.
    """
    from pipeline.renames import RenameError, forget_rename, state_rename, stated_renames

    if listing and forget:
        raise click.UsageError("--list and --forget are two things: give one")
    if listing and former is not None:
        raise click.UsageError("--list takes no names")
    if forget and (former is None or department is not None):
        raise click.UsageError("--forget takes the former name alone: `reportdb rename --forget 총무과`")
    if not (listing or forget) and department is None:
        raise click.UsageError("give the former name and the name now: `reportdb rename 총무과 행정지원과`")
    console = make_console()
    if listing:  # read only: a database the user may not write lists too
        conn = open_database(db_path)
        try:
            table = Table("former", "department", "council", "office", "stated by")
            for stated in stated_renames(conn):
                table.add_row(*(one_line(value or "") for value in stated[:4]), shown_path(stated[4])
                              if stated[4] != "reportdb rename" else stated[4])
            console.print(table if table.row_count else "no renames are stated")
        finally:
            conn.close()
        return
    open_database(db_path).close()
    db = open_for_writing(db_path)
    try:
        if forget:
            print_line(console, "forgot {} → {}".format(*forget_rename(db, former, council, office)))
        else:
            renamed = state_rename(db, former, department, council, office)
            place = " ".join(filter(None, (council, office)))
            line = f"{renamed.former} → {renamed.department}{f' ({place})' if place else ''}"
            if renamed.already:
                line += ": stated already"
            elif renamed.replaced:
                line += f" (was → {renamed.replaced})"
            years = sorted({year for year in renamed.years if year is not None})
            span = f" ({years[0]}–{years[-1]})" if len(years) > 1 else f" ({years[0]})" if years else ""
            one = len(renamed.years) == 1
            reports = f"{len(renamed.years)} report{'' if one else 's'} of {renamed.former}{span}"
            print_line(console, line)
            like = "" if renamed.years else ", ".join(departments_like(db.conn, renamed.former))
            print_line(console, f"{reports} answer{'s' if one else ''} as {renamed.department}" if renamed.years
                       else f"no report of {renamed.former} is loaded: it applies to those loaded later"
                       + (f" (departments named like it: {like})" if like else ""))
            if len(renamed.places) > 1:  # one name in two districts: say whose, and how to rename one's only
                places = ", ".join(place or "(no council printed)" for place in renamed.places)
                print_line(console, f"each council's and office's {renamed.former}: {places} "
                                    "(`--council C` or `--office O` renames one's only)")
    except RenameError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


# what `DocumentNames` prints after a department: its year (`2024`, as typed also `2024년`, `2024년도`), then its
# session (`제261회`, `11월`), title (`행정사무감사 업무보고`) and volume (`제2권`), each where it tells reports apart
_YEAR_AFTER_RE = patterns.compile(rf"\s({FOUR_DIGIT_YEAR})(?:\s*년도?)?(?=\s|$)")
_SESSION_AFTER_RE = patterns.compile(r"(?:^|\s)(제\s*\d+\s*회|\d{1,2}\s*월)(?=\s|$)")
_VOLUME_AFTER_RE = patterns.compile(r"\s(제\s*\d+\s*권)$")
_CANDIDATE_COLUMNS = "id, path, department, year, council, office, council_session, session_start, title, volume"
# the most documents of a run a findings table's names are told apart among (`_named_among`)
_NAMED_AMONG = 1_000


def _named_among(conn: sqlite3.Connection, run_ids: str, shown_paths: list[str]) -> list[dict]:
    """The documents of a run (`run_ids`, a JSON list) that the shown findings' documents are named among
    (`DocumentNames`): theirs, then up to `_NAMED_AMONG` of those of their council, office, department and year (a
    text and its PDF, two versions), not every document of the run, which may be thousands."""
    paths = json.dumps(sorted(set(shown_paths)))
    columns = ", ".join(f"d.{column.strip()}" for column in _CANDIDATE_COLUMNS.split(","))
    return [*rows(conn, f"SELECT {_CANDIDATE_COLUMNS} FROM documents WHERE path IN (SELECT value FROM json_each(?))",
                  [paths]),
            *rows(conn, f"SELECT {columns} FROM (SELECT DISTINCT council, office, department, year FROM documents "
                        "WHERE path IN (SELECT value FROM json_each(?))) k JOIN documents d "
                        "ON d.department IS k.department AND d.year IS k.year AND d.council IS k.council "
                        "AND d.office IS k.office WHERE d.id IN (SELECT value FROM json_each(?)) "
                        f"LIMIT {_NAMED_AMONG}", [paths, run_ids])]


def find_document(conn: sqlite3.Connection, wanted: str) -> int:
    """The one document an id, a path (or its end, its extension left out too: `2023-hanbit-jaemu`) or
    `department year` names (of a report loaded as its text and its PDF, the text: the `reports` view), after its
    council (`서해구의회 총무과 2024`) and office (`장안구 총무과 2024`) and before its session (`총무과 2024
    제261회`, or the month it began, `11월`) as `DocumentNames` prints them. Compared in NFC, as paths are stored:
    a name macOS gave in NFD, or one typed, finds the document either way."""
    wanted, by_name, of_department, passed_over = stored_path(wanted), False, [], []
    if wanted.isascii() and wanted.isdigit():  # as text: SQLite compares it as the id, of any length (`0001`)
        candidates = rows(conn, f"SELECT {_CANDIDATE_COLUMNS} FROM documents WHERE id = ?", [wanted])
    else:
        resolved = stored_path(os.path.realpath(wanted))  # not Path.resolve: a loop of links raises there
        path_end = "%/" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        candidates = rows(conn, f"SELECT {_CANDIDATE_COLUMNS} FROM documents "
                                "WHERE path = ? OR path LIKE ? ESCAPE '\\' ORDER BY path", [resolved, path_end])
        if not candidates:
            candidates, passed_over = _stem_named(conn, resolved, path_end)
        by_name = not candidates
        if by_name:
            candidates, of_department = _named_documents(conn, wanted)
    if not candidates and of_department:
        # `총무과 2023` of a department loaded for other years: its reports, not the query to list every document
        raise click.ClickException(f"no document matches {wanted!r}; {of_department[0]['department']}'s reports "
                                   f"are: {_listed(of_department)}")
    if not candidates:
        named = _YEAR_AFTER_RE.split(wanted, maxsplit=1)[0]
        council, _, department = named.strip().partition(" ")
        like = departments_like(conn, department if council.endswith("의회") and department else named)
        raise click.ClickException(f"no document matches {wanted!r}" + (
            f"; departments named like it: {', '.join(like)}" if by_name and like else
            ": try an id from `reportdb query 'SELECT id, department, year, path FROM documents'`"))
    if len(candidates) > 1:
        # `10 (서해구의회 2024, seohae-chongmu-2024.txt)`: two districts' 총무과 2024 told apart by their council,
        # `3 (장안구 2024, …)` two 구청s' by their office, `2 (2024 제265회, chongmu-gamsa.txt)` a department's two
        # reports of a year by their session
        names = DocumentNames(candidates)
        listed = _listed(candidates)
        councils = {c["council"] for c in candidates if c["council"]}
        offices = {c["office"] for c in candidates if c["office"]}
        sessions = sorted({session_name(c) for c in candidates} - {None})
        years = sorted({c["year"] for c in candidates} - {None})
        told_by = ("" if not by_name
                   else f" (or the year after it: `{wanted} {years[-1]}`)"
                   if len(years) > 1 and not _YEAR_AFTER_RE.search(wanted)
                   else f" (or the council first: `{min(councils)} {wanted}`)" if len(councils) > 1
                   else f" (or the office first: `{min(offices)} {wanted}`)" if offices
                   else f" (or the session after it: `{wanted} {sessions[0]}`)" if len(sessions) > 1
                   else f" (or the name it is listed by: `{names(candidates[0])}`)"
                   if names.with_title or names.with_volume else "")
        raise click.ClickException(f"{len(candidates)} documents match {wanted!r}; give one id{told_by}: {listed}")
    if passed_over:  # said on stderr: the tables on stdout stay the document's
        others = ", ".join(f"{Path(c['path']).name} is id {c['id']}" for c in passed_over)
        click.echo(f"{wanted}: showing its text, {Path(candidates[0]['path']).name} ({others})", err=True)
    return candidates[0]["id"]


def _stem_named(conn: sqlite3.Connection, stem: str, stem_end: str) -> tuple[list[dict[str, Any]],
                                                                             list[dict[str, Any]]]:
    """The documents a file's name without its extension names (`2023-hanbit-jaemu`, as typed after `ls`), and
    those passed over: of the files of one name beside each other, a text and its PDF, the text (as `department
    year` names it); each name's files where it has no text or two (`.txt` and `.md`)."""
    found = rows(conn, f"SELECT {_CANDIDATE_COLUMNS}, path_stem, format FROM documents "
                       "WHERE path_stem = ? OR path_stem LIKE ? ESCAPE '\\' ORDER BY path", [stem, stem_end])
    files_of: dict[str, list[dict[str, Any]]] = {}
    for document in found:
        files_of.setdefault(document["path_stem"], []).append(document)
    named = []
    for files in files_of.values():
        texts = [document for document in files if document["format"] != "pdf"]
        named += texts if len(texts) == 1 else files
    return named, [c for c in found if c not in named]


def _listed(candidates: list[dict[str, Any]]) -> str:
    """The first ten documents, each by its id, council, office, year (and session …, where they tell them apart)
    and file name."""
    names = DocumentNames(candidates)
    return ", ".join(f"{c['id']} ({''.join(f'{c[k]} ' for k in ('council', 'office') if c[k])}"
                     f"{names.year(c) or '연도 없음'}, {Path(c['path']).name})" for c in candidates[:10])


def _named_documents(conn: sqlite3.Connection, wanted: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The reports `[council] [office] department [year] [session] [title] [volume]` names, and every report of
    the department it names (of its council and office), of any year. The department is compared spaces aside, as
    covers print it (`총 무 과`), and an office is a word before it only where the words together are no
    department's."""
    volume = _VOLUME_AFTER_RE.search(wanted)
    name = wanted[:volume.start()] if volume else wanted
    year = _YEAR_AFTER_RE.search(name)
    session = _SESSION_AFTER_RE.search(name, year.end() if year else 0)
    if session and year and name[year.end():session.start()].strip():
        session = None  # the title's words: `2024 행정사무감사 제2회` is no session
    after = name[session.end() if session else year.end() if year else len(name):].strip()
    department = name[:year.start() if year else session.start() if session else len(name)]
    council, _, named = department.strip().partition(" ")  # `서해구의회 총무과 2024`: of that council
    if not (council.endswith("의회") and named):
        council, named = None, department
    office, of_department = None, _department_reports(conn, council, None, named)
    if not of_department:
        office, _, named = named.strip().rpartition(" ")  # `장안구 총무과 2024`: of that office (a name is one word)
        of_department = _department_reports(conn, council, office or None, named)
    year_printed = int(year.group(1)) if year else None
    candidates = [c for c in of_department if year_printed is None or c["year"] == year_printed]
    wanted_session = session.group(1).replace(" ", "") if session else None
    wanted_title = after.replace(" ", "") or None
    wanted_volume = volume.group(1).replace(" ", "") if volume else None
    named_reports = [c for c in candidates if (wanted_session is None or wanted_session in session_names(c))
                     and (wanted_title is None or wanted_title in {(title_name(c) or "").replace(" ", ""),
                                                                   (c["title"] or "").replace(" ", "")})
                     and (wanted_volume is None or wanted_volume == volume_name(c))]
    # `총무과 2025` is the city's own where its council hears one, as `DocumentNames` names it, not a 구청's
    without_office = [c for c in named_reports if c["office"] is None]
    return (without_office if not office and without_office else named_reports), of_department


def departments_like(conn: sqlite3.Connection, name: str) -> list[str]:
    """The departments loaded whose names, spaces aside, are close to one typed (`총므과`, `총무`: `총무과`): none
    where it is a department's name loaded (of another council or year)."""
    loaded = [department for (department,) in conn.execute(
        "SELECT DISTINCT replace(department, ' ', '') FROM documents WHERE department IS NOT NULL")]
    return [] if compact(name) in loaded else difflib.get_close_matches(compact(name), loaded, n=3)


def _department_reports(conn: sqlite3.Connection, council: str | None, office: str | None,
                        department: str) -> list[dict[str, Any]]:
    """The reports of a department (spaces aside), of the council and office where given."""
    return rows(conn, f"SELECT {_CANDIDATE_COLUMNS} FROM reports WHERE replace(department, ' ', '') = ? "
                      "AND (? IS NULL OR council = ?) AND (? IS NULL OR office = ?) ORDER BY year, path",
                [department.replace(" ", ""), council, council, office, office])


if __name__ == "__main__":
    main()
