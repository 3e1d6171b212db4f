"""Bulk ingest: walk the paths, skip unchanged files, extract the rest in a process pool, load in path order.

A copy of a held file, or a held file moved, is known before extraction where the database holds documents, and
settled without it where its rows are not needed. An unchanged file is extracted again where another reportdb
extracted it (`documents.extracted_by`, pipeline.fingerprint), worked out here, never in a worker.

Extraction and checks are pure, so they run in worker processes; loading happens here, one transaction
per document, in sorted path order, so the database is the same whatever the number of workers.
A file that cannot be read is refused by name with a one-line reason and recorded in `ingest_errors` (until it
loads, or is deleted: the next ingest forgets it).
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import islice, repeat
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from checks import run_checks
from pipeline.db import indexes_deferred, named_path, stored_path
from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.fingerprint import extraction_fingerprint
from pipeline.load import (
    LOADED,
    MOVED,
    REPLACED,
    REREAD,
    UNCHANGED,
    DocumentRows,
    clear_refusal,
    document_rows,
    load_rows,
    move_record,
    record_refusal,
    remove_document,
)
from pipeline.read import MAX_BYTES, check_before_reading, read_bytes
from pipeline.search import rebuild_index
from schemas import Finding, Report

SUFFIXES = (".txt", ".md", ".pdf")
SUFFIXES_NAMED = f"{', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]}"  # .txt, .md or .pdf
NO_REPORTS = f"no {SUFFIXES_NAMED} reports found"  # said of a folder given that holds none
REFUSED, DUPLICATE = "refused", "duplicate"
BULK_FILES = 200  # a load of at least this many new files builds the indexes at the end
BATCH = 16  # files a worker takes at a time
IN_FLIGHT = 2  # batches handed to the pool per worker ahead of loading
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent ends
WAIT_STEP = 0.1  # seconds between looks for a stop request while waiting for the workers


@dataclass(slots=True)
class Extracted:
    """What a worker sends back for one file: the report and its findings, or why it was refused."""

    path: str
    sha256: str | None
    report: Report | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class Prepared:
    """What a worker sends back for one file: its rows and how many findings they hold, or why it was refused.
    Plain values cross the process boundary many times faster than pydantic models."""

    path: str
    sha256: str | None
    rows: DocumentRows | None = None
    findings: int = 0
    error: str | None = None


class Held(NamedTuple):
    """A file whose content the database holds under another path, found so before extraction: a copy of a
    file still there, or a file moved whose record it can take over as it is, needs no extraction. (`path` is
    the file's own; the database holds it as `stored_path`.)"""

    path: str
    sha256: str


@dataclass(slots=True)
class Summary:
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((LOADED, REPLACED, REREAD, UNCHANGED, MOVED, DUPLICATE, REFUSED), 0))
    refused: list[tuple[str, str]] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)
    interrupted: bool = False
    failed: sqlite3.OperationalError | None = None  # what stopped the load: the database locked, or full


OnFile = Callable[[str, str, str | None], None]  # (status, path, detail: the reason, the other path, the findings)


def extract_one(path: str, max_bytes: int = MAX_BYTES) -> Extracted:
    """Read, hash, extract and check one file, named by its path as stored (NFC). Never raises: any failure
    becomes a one-line reason."""
    sha256, stored = None, stored_path(path)
    try:
        data = read_bytes(path, max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        report = extract_file(stored, data)
        return Extracted(stored, sha256, report, list(run_checks(report)))
    except ReportError as exc:
        return Extracted(stored, sha256, error=exc.reason)
    except Exception as exc:  # a bug in a reader or extractor must refuse this file, not stop the run
        return Extracted(stored, sha256, error=_short_line(f"cannot extract ({type(exc).__name__}: {exc})"))


def prepare_one(path: str, max_bytes: int = MAX_BYTES) -> Prepared:
    """`extract_one`, then the rows to store: the work of one file that can run in a worker process."""
    result = extract_one(path, max_bytes)
    if result.error is not None:
        return Prepared(result.path, result.sha256, error=result.error)
    return Prepared(result.path, result.sha256, document_rows(result.report, result.sha256, result.findings),
                    len(result.findings))


def _short_line(text: str, limit: int = 300) -> str:
    """`text` on one line of at most `limit` characters: an exception's message may hold line breaks (a
    traceback's, a file's text) and run long, and a refusal is one line of the summary. Not `render.one_line`,
    which escapes control characters and keeps the whole text."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FoundFiles(NamedTuple):
    """What the paths given hold: the report files (sorted, resolved, once each), the other entries of
    their folders with why each is skipped, and the folders given that hold no report file at all, with the line
    that says so (`no_reports_in`)."""

    files: list[Path]
    skipped: list[tuple[Path, str]]
    without_reports: list[tuple[Path, str]]


def collect_files(paths: Iterable[str | Path], ignore: Iterable[Path] = ()) -> FoundFiles:
    """The report files under the given files and folders, and the rest.

    A file given by name is a report whatever its name (the reader goes by its content, as `extract` does),
    and so is a path that does not exist (it is refused by name: no such file). In a folder, the files
    named `.txt`, `.md` or `.pdf` are; hidden files, other names, a README (`README.md`: the folder's notes, not a
    report, which would be refused, and the run's exit status 1, on every ingest) and what is not a regular file
    (a named pipe is never opened: reading it would wait for a writer) are skipped. A folder that cannot be listed
    is listed itself, among the reports, so that it is refused by name with the reason. `ignore` names
    files never read, such as the database being written: it may sit among the reports, and is skipped quietly
    there; given by name, it is listed as skipped.
    """
    found: set[Path] = set()
    skipped: dict[Path, str] = {}
    without_reports: list[tuple[Path, str]] = []
    ignored = set(map(resolved_path, ignore))
    for given in map(Path, paths):
        if not os.path.isdir(given):  # `Path.is_dir` raises where a folder above forbids looking (Python 3.11)
            path = _link_target(Path(os.path.abspath(given)))
            if path in ignored:  # named, it is said why it is not read
                skipped[path] = IGNORED
            found.add(path)
            continue
        reports, readmes, folder = 0, [], given.resolve()
        for path, skip in _files_under(folder):
            if path in ignored:
                continue
            if skip is None:
                found.add(path)
                reports += 1
            else:
                skipped[path] = skip
                if skip == A_README:
                    readmes.append(path.relative_to(folder) if path.is_relative_to(folder) else Path(path.name))
        if not reports:
            without_reports.append((given, no_reports_in(readmes)))
    return FoundFiles(sorted(found - ignored), sorted(skipped.items()), without_reports)


SHOWN_READMES = 3  # the READMEs a folder holding no report names


def no_reports_in(readmes: list[Path]) -> str:
    """What a folder holding no report holds: where it holds a README (`../shared/reports` copied without its
    report), that it was skipped, so that its name does not look overlooked."""
    if not readmes:
        return NO_REPORTS
    names = ", ".join(map(str, sorted(readmes)[:SHOWN_READMES])) + (", …" if len(readmes) > SHOWN_READMES else "")
    return f"{NO_REPORTS} ({names} skipped: a README is read only when given by name)"


HIDDEN, NOT_A_REGULAR_FILE, NOT_A_REPORT = "hidden", "not a regular file", f"not {SUFFIXES_NAMED}"
A_README = "a README: given by name, it is read"
IGNORED = "the database being written"


def _files_under(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """The files below a resolved folder, each with why it is skipped (None for a report), hidden folders
    left out. A linked file counts as its target, and a linked folder (a year's folder on a shared drive)
    is entered at its target, each folder once, so a link back to a folder being listed is not entered
    again. Only links are resolved again: thousands of files list quickly. Listed depth first with a stack of
    the folders being listed, not by recursion, so a tree deeper than Python's recursion limit (about 1,000
    folders) lists as any other; a folder's entries are read at once, so one folder at a time is open."""
    entered: set[Path] = set()
    listing: list[Iterator[os.DirEntry | Path]] = [iter([folder])]  # what is left of each: entries, or a folder
    while listing:
        item = next(listing[-1], None)
        if item is None:
            listing.pop()
        elif isinstance(item, Path):
            if item in entered:
                continue
            entered.add(item)
            try:
                with os.scandir(item) as entries:
                    listing.append(iter(list(entries)))
            except OSError:  # unreadable: reading it again refuses it by name ("cannot read: Permission denied")
                yield item, None
        elif isinstance(found := _entry_found(item), Path):
            listing.append(iter([found]))  # entered next, before the entries after it
        elif found is not None:
            yield found


def _entry_found(entry: os.DirEntry) -> Path | tuple[Path, str | None] | None:
    """What a folder's entry is: a folder to enter (a linked one at its target), a file with why it is skipped
    (None for a report), or None for a hidden folder."""
    path = Path(entry.path)
    if entry.is_dir(follow_symlinks=False):
        return None if entry.name.startswith(".") else path
    if entry.name.startswith("."):
        return path, HIDDEN
    if entry.is_symlink():
        target = _link_target(path)
        if os.path.isdir(target):
            return target
        if target == path or os.path.isfile(target):  # a link to nothing is refused by name
            return target, _report_or_not(target)
        return path, NOT_A_REGULAR_FILE
    if entry.is_file():
        return path, _report_or_not(path)
    return path, NOT_A_REGULAR_FILE


def _report_or_not(path: Path) -> str | None:
    if path.suffix.lower() not in SUFFIXES:
        return NOT_A_REPORT
    return A_README if path.stem.upper() == "README" else None


def resolved_path(path: str | Path) -> Path:
    """A path made absolute, its links resolved; one in a loop of links (`a.txt` -> `b.txt` -> `a.txt`) as it is,
    made absolute, so that it is refused by name (`Path.resolve` raises RuntimeError on it in Python 3.11)."""
    return Path(os.path.realpath(path))


def _link_target(link: Path) -> Path:
    """A link's target (a file or a folder), or, for a link to nothing or in a loop, the link as it is, so
    that it is refused by its own name with the reason (not its target's, which the user never typed). A path
    that cannot be looked at (under a folder without the right to search it) is taken as it is, to be refused by
    name when read (`cannot read: Permission denied`), not to end the run."""
    target = resolved_path(link)
    return target if os.path.exists(target) else link


def file_sha256(path: Path, max_bytes: int) -> str:
    """Hash a file without loading it whole; the size limit and unreadable files refuse it here."""
    try:
        check_before_reading(path, max_bytes)
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError as exc:
        raise ReportError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def ingest_files(db: Database, files: list[Path], *, workers: int = 1, max_bytes: int = MAX_BYTES,
                 force: bool = False, on_file: OnFile | None = None,
                 stop_requested: Callable[[], bool] = lambda: False, skipped: Iterable[Path] = ()) -> Summary:
    """Bring the database up to date with `files` (from `collect_files`).

    The database holds each content once: a file with the content of a held file that is still there is
    a duplicate of it and not loaded; one whose held path is gone was moved and takes over its record.
    (Copies an older reportdb loaded as documents of their own stay while they are skipped as unchanged: until
    extracted again, after an upgrade or with `force`.)
    An unchanged file whose rows another reportdb made (`extracted_by`: an upgrade, or a database migrated from
    before it was recorded) is extracted again and its rows replaced: `re-read`. Paths are stored in NFC
    (`stored_path`). A refused file since deleted, or one the folders' listing now skips (`skipped`: a README, which
    an older reportdb refused), is forgotten: there is nothing to put right.
    Ctrl-C stops at once: the document being loaded is rolled back, those loaded before it stay. So does
    `stop_requested` (a signal handler's record: the command's Ctrl-C), looked at before each file and while
    waiting for the workers: the documents loaded stay, each counted. So does the database failing to take a
    document (`Summary.failed`): another program keeping it locked past the busy timeout and the retries, a full
    disk.
    """
    report_file = on_file or (lambda status, path, detail: None)
    summary = Summary()
    extracted_by = extraction_fingerprint()

    def refuse(path: str, sha256: str | None, reason: str) -> None:
        record_refusal(db, path, sha256, reason)
        summary.counts[REFUSED] += 1
        summary.refused.append((path, reason))
        report_file(REFUSED, path, reason)

    def duplicate(path: str, copy_of: str) -> None:
        remove_document(db, path)  # what it held before, if anything, it holds no more
        if path in refused_before:
            clear_refusal(db, path)
        summary.counts[DUPLICATE] += 1
        report_file(DUPLICATE, path, copy_of)

    def settle_held(held: Held) -> bool:
        """A held content's file settled without its rows (a duplicate, or moved taking over the record as it
        is); False where they are needed (the other file changed since, the record comes from a name)."""
        stored = stored_path(held.path)
        copy_of, moved_from = _held_elsewhere(db, stored, held.sha256, max_bytes)
        if copy_of is not None:
            duplicate(stored, copy_of)
            return True
        if moved_from is None or (document_id := move_record(db, stored, moved_from, extracted_by)) is None:
            return False
        summary.counts[MOVED] += 1
        summary.document_ids.append(document_id)
        report_file(MOVED, stored, moved_from)
        return True

    try:
        refused_before = {path for (path,) in db.execute("SELECT path FROM ingest_errors")}
        now_skipped = {stored_path(path) for path in skipped}
        for gone in [path for path in refused_before if path in now_skipped or _on_disk(path) is None]:
            clear_refusal(db, gone)  # a refused file since deleted or skipped: nothing to put right (`check` named it)
            refused_before.discard(gone)
        documents_held = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        todo: list[str | Held] = []
        replacing = False
        for path in files:
            _stop_if(stop_requested)
            # a file the database holds is hashed here, to skip it when unchanged; a new one only where the
            # database holds documents, to know a copy or a moved file before extracting it (into an empty
            # database, as a first bulk load, new files go straight on)
            stored = stored_path(path)
            row = db.execute("SELECT id, sha256, extracted_by IS ? AS by_this_reportdb FROM documents WHERE path = ?",
                             [extracted_by, stored]).fetchone()
            sha256 = None
            if row and not force:
                try:
                    sha256 = file_sha256(path, max_bytes)
                except ReportError as exc:
                    refuse(stored, None, exc.reason)
                    continue
                if row[1] == sha256 and row[2]:
                    if stored in refused_before:  # refused since, and now back to the content held
                        clear_refusal(db, stored)
                    summary.counts[UNCHANGED] += 1
                    summary.document_ids.append(row[0])
                    report_file(UNCHANGED, stored, None)
                    continue
            elif documents_held and not force:
                sha256 = _sha256_or_none(path, max_bytes)
            held_elsewhere = sha256 is not None and _held_as_it_is(db, stored, sha256, extracted_by)
            todo.append(Held(str(path), sha256) if held_elsewhere else str(path))
            replacing = replacing or row is not None
        bulk = _is_bulk(len(todo), documents_held)
        deferred = indexes_deferred(db) if not replacing and bulk else nullcontext()
        to_extract = [item for item in todo if isinstance(item, str)]
        with (startup_objects_frozen(), deferred,
              closing(_extract_all(to_extract, workers, max_bytes, stop_requested)) as extracted):
            for item in todo:
                _stop_if(stop_requested)
                if isinstance(item, Held):
                    if settle_held(item):
                        continue
                    result = prepare_one(item.path, max_bytes)  # its rows are needed after all
                else:
                    result = next(extracted)
                if result.error is not None:
                    refuse(result.path, result.sha256, result.error)
                    continue
                copy_of, moved_from = _held_elsewhere(db, result.path, result.sha256, max_bytes)
                if copy_of is not None:
                    duplicate(result.path, copy_of)
                    continue
                try:
                    status, document_id = load_rows(db, result.rows, force=force, moved_from=moved_from,
                                                    extracted_by=extracted_by)
                except ReportError as exc:
                    refuse(result.path, result.sha256, exc.reason)
                    continue
                summary.counts[status] += 1
                summary.document_ids.append(document_id)
                report_file(status, result.path, moved_from if status == MOVED else f"{result.findings} findings")
        rebuild_index(db)
    except KeyboardInterrupt:
        summary.interrupted = True
    except sqlite3.OperationalError as exc:
        summary.failed = exc
    return summary


def _stop_if(stop_requested: Callable[[], bool]) -> None:
    if stop_requested():
        raise KeyboardInterrupt  # stopped as by a Ctrl-C, at a step where nothing is half done


def _sha256_or_none(path: Path, max_bytes: int) -> str | None:
    """A new file's sha256, or None where it cannot be read: its extraction refuses it, as it would have."""
    try:
        return file_sha256(path, max_bytes)
    except ReportError:
        return None


def _held_as_it_is(db: Database, path: str, sha256: str, extracted_by: str) -> bool:
    """Whether the database holds this content under another path (asked of the sha256 index) that is still
    there (the file is likely a copy of it) or whose record this extraction made of the content alone (the cover
    gave the department and year, so were the file moved, its new name would give nothing else): either way it
    likely needs no extraction. `settle_held` makes sure when the file's turn to load comes, the files before it
    loaded."""
    others = db.execute("SELECT path, from_file_name IS NULL AND extracted_by IS ? FROM documents "
                        "WHERE sha256 = ? AND path <> ?", [extracted_by, sha256, path])
    return any(_on_disk(other) is not None or of_the_content for other, of_the_content in others)


def _held_elsewhere(db: Database, path: str, sha256: str, max_bytes: int) -> tuple[str | None, str | None]:
    """Of the paths other than `path` the database holds this content under (asked by its index, so nothing
    grows with the files loaded): (the one whose file still has it, else None; one that is gone, else None).
    A held file since changed is neither: its record is stale until it is ingested again."""
    moved_from = None
    others = db.execute("SELECT path FROM documents WHERE sha256 = ? AND path <> ? ORDER BY path", [sha256, path])
    for (other,) in others.fetchall():
        on_disk = _on_disk(other)
        if on_disk is None:
            moved_from = moved_from or other
            continue
        try:
            if file_sha256(Path(on_disk), max_bytes) == sha256:
                return other, None
        except ReportError:  # unreadable now: not known to hold it
            continue
    return None, moved_from


def _on_disk(stored: str) -> str | None:
    """Where a held path's file is, if anywhere: at the path, or at its NFD form, as macOS names files (a file
    system that keeps the form it is given, as Linux's, opens it only by that name), or, where the path holds
    bytes of a name that are not UTF-8 (`\\xb1`), at the name of those bytes."""
    return next((path for path in dict.fromkeys((stored, unicodedata.normalize("NFD", stored), named_path(stored)))
                 if os.path.lexists(path)), None)


def _is_bulk(loading: int, held: int) -> bool:
    """Whether building the indexes afresh after the load costs less than keeping them up to date: a load
    of many files, not small beside what the database holds. (Replacing documents needs the indexes.)"""
    return loading >= BULK_FILES and loading * 4 >= held


def _extract_all(paths: list[str], workers: int, max_bytes: int,
                 stop_requested: Callable[[], bool] = lambda: False) -> Iterator[Prepared]:
    """Results in the order of `paths`, extracted by a pool of `workers` processes (in-process for one).

    Workers take a few files at a time (fewer round trips) and only a few batches per worker are in
    flight, so memory stays flat and Ctrl-C has little to cancel.
    """
    if workers <= 1 or len(paths) <= 1:
        yield from map(prepare_one, paths, repeat(max_bytes))
        return
    size = max(1, min(BATCH, len(paths) // (workers * IN_FLIGHT)))
    batches = (paths[k:k + size] for k in range(0, len(paths), size))
    pool = ProcessPoolExecutor(min(workers, len(paths)), mp_context=_worker_context(), initializer=_start_worker,
                               initargs=(os.getpid(),))
    in_flight = deque(pool.submit(prepare_batch, batch, max_bytes) for batch in islice(batches, IN_FLIGHT * workers))
    try:
        while in_flight:
            results = _result(in_flight.popleft(), stop_requested)
            for batch in islice(batches, 1):
                in_flight.append(pool.submit(prepare_batch, batch, max_bytes))
            yield from results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _result(future: Future, stop_requested: Callable[[], bool]) -> list[Prepared]:
    """A batch's results, waited for in short steps: a stop request ends the wait."""
    while True:
        try:
            return future.result(timeout=WAIT_STEP)
        except TimeoutError:
            _stop_if(stop_requested)


def collect_as_worker() -> None:
    """The garbage collector set up for a worker's work. The objects a worker starts with (the pipeline imported)
    live as long as it does: frozen, they are left out of the garbage collector's full collections, which would go
    over them all again and again (1.5% of a worker's instructions) and, in a forked worker, write the pages it
    shares with the parent. Python's thresholds stay: collecting the youngest after 10,000 new objects, not 700,
    saved 0.27% of a worker's instructions but raised the ingest's peak memory at 10,000 files by 2 MiB (1.20× that at
    1,000, where the target is 1.2×)."""
    gc.freeze()


@contextmanager
def startup_objects_frozen() -> Iterator[None]:
    """The loading process's garbage collector while it loads, set up as a worker's (`collect_as_worker`): the
    objects alive as it starts (the pipeline imported, the files listed) are left out of its full collections,
    which would go over them all again and again (with the same rows, one full collection more over the code
    imported raised loading's instructions by 5% from 98b1ec8 to 063e9d6), and given back to the collector after,
    for a process that goes on (the tests, loading in-process)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _worker_context() -> multiprocessing.context.BaseContext:
    """On Linux, fork while this process runs no other thread: workers then start at once, the pipeline
    already imported (they never use the parent's database connection). With a thread running (the
    progress bar on a terminal) forking could deadlock a worker, and macOS system libraries are not safe
    to fork, so there they are spawned and import the pipeline afresh."""
    if threading.active_count() == 1 and sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def prepare_batch(paths: list[str], max_bytes: int) -> list[Prepared]:
    return [prepare_one(path, max_bytes) for path in paths]


def _start_worker(parent: int) -> None:
    """Ctrl-C and `kill` are the parent's to handle: it stops loading and prints what was done. A worker
    dies with its parent, however the parent ends (on Linux; elsewhere the parent shuts the pool down)."""
    collect_as_worker()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker would inherit the parent's handler
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # it ended before the line above
            os._exit(1)
