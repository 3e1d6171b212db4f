"""One Report and its findings into rows, in one transaction: a document is either all there or not at all.

The rows are made where the report is extracted (`document_rows`, a pure function, so a worker process
sends back plain values, each table's in one flat list) and stored here (`load_rows`), each table with a few
multi-row INSERTs.
A document is known by its path and is unchanged while its sha256 is: the same file again writes nothing,
changed content at the same path deletes the old rows (ON DELETE CASCADE) and inserts the new ones under
the document's id, so that an id a user keeps (`reportdb show 4`) still names the file.
A file moved (its content held under a path now gone) takes over the record of that path (`moved_from`).
Each document records which extraction made its rows (`extracted_by`): the same file that another reportdb
extracted is extracted again and replaces them (`re-read`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from checks.tables import rows_as_read
from extractors.budget import by_table, lines_rounded_to, subtotal_parts
from extractors.generic import cell_months
from extractors.projects import section_year
from pipeline.db import path_stem, retry_locked, write_transaction
from pipeline.errors import ReportError
from pipeline.fingerprint import extraction_fingerprint
from pipeline.values import parse_decimal, with_former_name
from schemas import BudgetLine, Finding, GenericTable, Project, ProjectItem, Report, StaffingCount

LOADED, REPLACED, REREAD, UNCHANGED, MOVED = "loaded", "replaced", "re-read", "unchanged", "moved"

# the JSON an item's or a cell's months and a budget line's other columns are kept as, each encoder made once:
# `json.dumps` given its options makes a new one at each call
_MONTHS_JSON = json.JSONEncoder(separators=(",", ":")).encode
_COLUMNS_JSON = json.JSONEncoder(ensure_ascii=False).encode

# The columns of each table's rows, tables in the order they are inserted (referenced before referencing).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "path", "path_stem", "sha256", "format", "department", "year", "title", "council_session",
                  "council", "session_start", "session_end", "team_count", "from_file_name", "volume", "office",
                  "former_department", "ingested_at", "extracted_by"),
    "staffing": ("document_id", "status", "job_class", "grade", "headcount", "line", "page", "note", "table_no",
                 "as_of", "post", "office", "division", "series"),
    "vehicle_fleets": ("id", "document_id", "caption", "printed_total", "quota", "unit", "repaired", "repair_note",
                       "line", "page", "as_of", "name"),
    "vehicles": ("document_id", "fleet_id", "fleet", "category", "kind", "count", "line", "page", "status",
                 "fuel"),
    "projects": ("id", "document_id", "section", "seq", "title", "title_from", "team", "purpose", "unit_name",
                 "line", "page", "continuity", "former_title"),
    "project_items": ("id", "document_id", "project_id", "parent_id", "position", "heading", "depth", "text",
                      "start_month", "end_month", "amount_krw", "line", "page", "year", "end_year", "months"),
    "budget_lines": ("id", "document_id", "project_id", "name", "budget_krw", "executed_krw", "remaining_krw",
                     "execution_rate", "rate_text", "as_of", "funding_source", "unit", "line", "page", "other_columns",
                     "parent", "table_no", "budget_year", "subtotal_id", "former_name"),
    "generic_tables": ("id", "document_id", "project_id", "caption", "unit", "section", "header_rows", "n_rows",
                       "n_cols", "line", "page", "records_in", "as_of", "note"),
    "table_cells": ("table_id", "row", "col", "text", "value", "months"),
    "findings": ("document_id", "rule", "severity", "location", "table_name", "row_label", "column_label",
                 "expected", "actual", "message", "line", "page"),
    "search_lines": ("document_id", "project_id", "item_id", "field", "text", "line", "page"),
}
# Id columns hold ids local to the document (1, 2, …); loading shifts them past the ids already in use.
ID_COLUMNS = {"document_id": "documents", "fleet_id": "vehicle_fleets", "project_id": "projects",
              "parent_id": "project_items", "item_id": "project_items", "table_id": "generic_tables",
              "subtotal_id": "budget_lines"}
DOCUMENT = 1  # the local id of the document in its own rows
_SHIFTS = {  # table: the id tables whose offsets its columns take, column by column
    table: tuple((k, table if column == "id" else ID_COLUMNS[column]) for k, column in enumerate(columns)
                 if column == "id" or column in ID_COLUMNS)
    for table, columns in COLUMNS.items()
}
_ID_TABLES = tuple(dict.fromkeys(["documents", *ID_COLUMNS.values()]))  # the tables whose ids are shifted
_MAX_IDS = "SELECT " + ", ".join(f"(SELECT coalesce(max(id), 0) FROM {table})" for table in _ID_TABLES)


# The most rows one INSERT takes. A table's rows go in chunks of it and of the powers of two below it, so each
# table has a few statements to prepare once (kept in sqlite3's statement cache), and a chunk's values stay far
# below SQLite's least limit on parameters (999): 32 rows of 16 columns.
CHUNK_ROWS = 32


@functools.cache
def _insert(table: str, count: int) -> str:
    """The INSERT of `count` rows of a table: one statement, where executemany steps the statement and leaves
    SQLite row by row (a tenth of the cost of loading a report). The rows' values come first, then, once, the
    offsets of the id columns: SQLite adds them (`?1 + ?289`; NULL stays NULL), so the rows are sent as they
    are, without a copy shifted in Python."""
    columns = COLUMNS[table]
    offsets = [f" + ?{count * len(columns) + extra}" for extra in range(1, len(_SHIFTS[table]) + 1)]
    rows = []
    for first in range(0, count * len(columns), len(columns)):
        values = [f"?{first + k + 1}" for k in range(len(columns))]
        for (k, _), offset in zip(_SHIFTS[table], offsets, strict=True):
            values[k] += offset
        rows.append(f"({', '.join(values)})")
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(rows)}"


def _insert_rows(conn: sqlite3.Connection, table: str, values: list, shift: list[int]) -> None:
    """A table's rows (their values one after another), in order, CHUNK_ROWS at a time and what is left in powers
    of two (37 rows: 32, 4, 1)."""
    width = len(COLUMNS[table])
    rows, start = len(values) // width, 0
    while start < rows:
        count = min(CHUNK_ROWS, 1 << ((rows - start).bit_length() - 1))
        conn.execute(_insert(table, count), values[start * width:(start + count) * width] + shift)
        start += count


@dataclass(slots=True)
class DocumentRows:
    """A document's rows, table by table in the order of COLUMNS, each table's values row after row in one list:
    a worker sends them and the loading process binds them with less work than rows of their own (the documents
    row without ingested_at and extracted_by, which the loading process adds)."""

    path: str
    sha256: str
    tables: dict[str, list]


def load_report(db: Database, report: Report, sha256: str, findings: Sequence[Finding], *,
                force: bool = False) -> tuple[str, int]:
    """Store a report; returns (loaded | replaced | re-read | unchanged, document id)."""
    return load_rows(db, document_rows(report, sha256, findings), force=force)


def load_rows(db: Database, rows: DocumentRows, *, force: bool = False, moved_from: str | None = None,
              extracted_by: str | None = None) -> tuple[str, int]:
    """Store a document's rows; returns (loaded | replaced | re-read | unchanged | moved, document id): re-read
    where the path held the same content as rows another extraction made. Retried when the database is locked.
    Rows the schema cannot hold (a figure beyond 64 bits) refuse the file: ReportError. `moved_from` names a
    held path, now gone, whose record the file (the same content) takes over. `extracted_by` is the extraction
    that made the rows: this reportdb's (`extraction_fingerprint`) unless given.
    """
    extracted_by = extracted_by or extraction_fingerprint()
    try:
        return retry_locked(lambda: _load(db, rows, force, moved_from, extracted_by))
    except (sqlite3.IntegrityError, OverflowError) as exc:
        raise ReportError(rows.path, f"cannot store the records: {exc}") from exc


def _load(db: Database, rows: DocumentRows, force: bool, moved_from: str | None,
          extracted_by: str) -> tuple[str, int]:
    conn = db.conn
    with db.atomic():
        # The DELETE comes first so the transaction holds the write lock before it looks at the old row:
        # two ingests of one file cannot both decide to insert it.
        stale = "" if force or moved_from else " AND (sha256 <> ? OR extracted_by IS NOT ?)"
        params = [rows.path] if force or moved_from else [rows.path, rows.sha256, extracted_by]
        replaced = conn.execute(f"DELETE FROM documents WHERE path = ?{stale} RETURNING id, sha256",
                                params).fetchall()
        existing = conn.execute("SELECT id FROM documents WHERE path = ?", [rows.path]).fetchone()
        if existing:
            return UNCHANGED, existing[0]
        moved, kept_id = (_take_over(db, rows, moved_from, force, extracted_by) if moved_from is not None
                          else (False, None))
        if kept_id is not None:
            if replaced:
                mark_search_stale(db)
            return MOVED, kept_id
        offsets = dict(zip(_ID_TABLES, conn.execute(_MAX_IDS).fetchone(), strict=True))
        if replaced:  # the new rows under the old id
            offsets["documents"] = replaced[0][0] - 1
        now = _now()
        for table, values in rows.tables.items():
            if table == "documents":
                values = [*values, now, extracted_by]
            if values:
                _insert_rows(conn, table, values, [offsets[id_table] for _, id_table in _SHIFTS[table]])
        conn.execute("DELETE FROM ingest_errors WHERE path = ?", [rows.path])
        mark_search_stale(db)
    if moved:
        status = MOVED
    elif replaced:
        status = REREAD if not force and replaced[0][1] == rows.sha256 else REPLACED
    else:
        status = LOADED
    return status, offsets["documents"] + 1


# The documents row but for its id and path (and its stem, the time it was loaded and the extraction)
_DOCUMENT_FIELDS = COLUMNS["documents"][3:-2]


def _take_over(db: Database, rows: DocumentRows, moved_from: str, force: bool,
               extracted_by: str) -> tuple[bool, int | None]:
    """The record of `moved_from` given the file's path, its id and rows kept, when this extraction made them
    and the file's name gives what the old name gave (the rows come from the content and, where the cover does
    not print them, the department and year in the name); else that record is deleted, for the new rows to be
    inserted. Returns whether there was such a record, and its id when kept."""
    conn = db.conn
    conn.execute("DELETE FROM ingest_errors WHERE path IN (?, ?)", [rows.path, moved_from])
    old = conn.execute(f"SELECT id, extracted_by IS ?, {', '.join(_DOCUMENT_FIELDS)} FROM documents WHERE path = ?",
                       [extracted_by, moved_from]).fetchone()
    if old is None:
        return False, None
    if not force and old[1] and tuple(old[2:]) == tuple(rows.tables["documents"][3:]):
        _move(conn, old[0], rows.path)
        return True, old[0]
    conn.execute("DELETE FROM documents WHERE id = ?", [old[0]])
    return True, None


def _move(db: Database | sqlite3.Connection, document_id: int, path: str) -> None:
    db.execute("UPDATE documents SET path = ?, path_stem = ? WHERE id = ?", [path, path_stem(path), document_id])


def move_record(db: Database, path: str, moved_from: str, extracted_by: str) -> int | None:
    """A file moved, taking over the record of `moved_from` without being extracted: only where that record is
    made of the content alone (no department or year from its file's name) by this extraction (`extracted_by`),
    which the file's rows would give again (as `_take_over` finds them). Returns the record's id, or None, having
    written nothing, where its rows are needed to tell."""

    def write() -> int | None:
        with write_transaction(db):
            old = db.execute("SELECT id FROM documents WHERE path = ? AND from_file_name IS NULL "
                             "AND extracted_by IS ?", [moved_from, extracted_by]).fetchone()
            if old is None:
                return None
            if db.execute("DELETE FROM documents WHERE path = ?", [path]).rowcount:
                mark_search_stale(db)
            db.execute("DELETE FROM ingest_errors WHERE path IN (?, ?)", [path, moved_from])
            _move(db, old[0], path)
            return old[0]

    return retry_locked(write)


def record_refusal(db: Database, path: str, sha256: str | None, error: str) -> None:
    """Remember why a file was refused (one row per path, the latest reason)."""

    def write() -> None:
        with db.atomic():
            db.execute(
                "INSERT INTO ingest_errors (path, sha256, error, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, error = excluded.error, "
                "seen_at = excluded.seen_at",
                [path, sha256, error, _now()],
            )

    retry_locked(write)


def clear_refusal(db: Database, path: str) -> None:
    """A refused file since put right (back to the content held, or a copy of a held one)."""
    retry_locked(lambda: db.execute("DELETE FROM ingest_errors WHERE path = ?", [path]))


def remove_document(db: Database, path: str) -> None:
    """Delete the record of a file that no longer holds it (it is now a copy of another held file)."""

    def write() -> None:
        with db.atomic():
            if db.execute("DELETE FROM documents WHERE path = ?", [path]).rowcount:
                mark_search_stale(db)

    retry_locked(write)


def mark_search_stale(db: Database) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('search_stale', '1') "
               "ON CONFLICT(key) DO UPDATE SET value = '1'")


def document_rows(report: Report, sha256: str, findings: Sequence[Finding]) -> DocumentRows:
    """The rows of one report and its findings, with document-local ids (the document itself is 1)."""
    rows = _Rows()
    info = report.document
    rows.add("documents", report.path, path_stem(report.path), sha256, report.format, info.department, info.year,
             info.title, info.council_session, info.council, _iso(info.session_start), _iso(info.session_end),
             info.team_count, ",".join(info.from_file_name) or None, info.volume, info.office,
             info.former_department)
    rows.tables["staffing"] = [(DOCUMENT, s.status, s.job_class, s.grade, s.headcount, s.source.line, s.source.page,
                                s.note, s.table_no, _iso(s.as_of), s.post, s.office, s.division, s.series)
                               for s in report.staffing]
    rows.add_office_search_lines(report.staffing)
    for fleet in report.vehicles:
        fleet_id = rows.add("vehicle_fleets", DOCUMENT, fleet.caption, fleet.printed_total, fleet.quota, fleet.unit,
                            int(fleet.repaired), fleet.repair_note, fleet.source.line, fleet.source.page,
                            _iso(fleet.as_of), fleet.name)
        rows.tables["vehicles"].extend((DOCUMENT, fleet_id, fleet.caption, c.category, c.kind, c.count, c.source.line,
                                        c.source.page, status, c.fuel) for status, counts in fleet.by_status().items()
                                       for c in counts)
    rows.add_budget(None, report.budget)
    project_ids = {(p.section, p.seq): rows.add_project(p) for p in report.projects}
    for table in report.tables:
        project_id = project_ids.get((table.section, table.project_seq)) if table.project_seq is not None else None
        table_id = rows.add("generic_tables", DOCUMENT, project_id, table.caption, table.unit, table.section,
                            table.header_rows, len(table.rows), max(map(len, table.rows), default=0),
                            table.source.line, table.source.page, table.records_in, _iso(table.as_of), table.note)
        # a column of dates' months: in the year of the part it is in (`Ⅲ. 2026년 주요업무 계획`), else the report's
        months = cell_months(table, section_year(table.section, info.year) or info.year)
        rows.tables["table_cells"].extend(
            (table_id, r, c, text, cell_value(read), _MONTHS_JSON(dated) if dated else None)
            for r, (row, read_row, row_months) in enumerate(zip(table.rows, rows_as_read(table), months, strict=True))
            for c, (text, read, dated) in enumerate(zip(row, read_row, row_months, strict=True)))
        rows.add_table_search_lines(project_id, table)
    rows.tables["search_lines"].extend((DOCUMENT, None, None, "text", part.text, part.source.line, part.source.page)
                                       for general in report.general_text for part in general.parts)
    rows.tables["findings"] = [(DOCUMENT, f.rule, f.severity, f.location, f.table, f.row, f.column, f.expected,
                                f.actual, f.message, f.source.line, f.source.page) for f in findings]
    return DocumentRows(report.path, sha256, {table: _values(table_rows) for table, table_rows in rows.tables.items()})


def _values(rows: list[tuple]) -> list:
    """The rows' values one after another (a row at a time: a third cheaper than value by value)."""
    values: list = []
    for row in rows:
        values += row
    return values


class _Rows:
    """Rows being gathered, table by table. Rows of a table with an `id` column are added with `add`, which
    gives them local ids 1, 2, …; the others are appended as they are."""

    def __init__(self) -> None:
        self.tables: dict[str, list[tuple]] = {table: [] for table in COLUMNS}

    def add(self, table: str, *values) -> int:
        """A row of a table with an `id` column; returns its local id."""
        rows = self.tables[table]
        rows.append((len(rows) + 1, *values))
        return len(rows)

    def add_table_search_lines(self, project_id: int | None, table: GenericTable) -> None:
        """Each row of a generic table as one line to search (`우리은행` in the buildings' 비고), its header's too (a
        column's label, `공중이용시설` over its count of 금연구역), after its caption, so that whatever a report prints
        can be found; and what its unit's bracket notes (`잠정치`), at its first line. The notes printed under it are
        lines of the text too, found there once, at their own lines."""
        prefix = f"{table.caption} · " if table.caption else ""
        page, lines, pages = table.source.page, table.row_lines, table.row_pages
        if table.bracket_note:
            self.tables["search_lines"].append((DOCUMENT, project_id, None, "table", prefix + table.bracket_note,
                                                table.source.line, page))
        self.tables["search_lines"].extend(  # each row's line or page, as `row_source` gives, no Source made a row
            (DOCUMENT, project_id, None, "table", prefix + " / ".join(cell for cell in row if cell),
             lines[index] if lines else None, pages[index] if pages else page)
            for index, row in enumerate(table.rows) if any(row))

    def add_office_search_lines(self, staffing: list[StaffingCount]) -> None:
        """Each office a staffing table counts staff by as one line to search, at its row (`인력 · 도시계획팀: 현원 7`,
        its 과 before it where printed under one, `인력 · 도시과 도시계획팀`, its totals where the row prints them):
        a team's name is a word a user asks for, not the fixed vocabulary of the counts' labels, which are not
        searched."""
        offices: dict[tuple, list[StaffingCount]] = {}
        for count in staffing:
            if count.office:  # most tables count no office
                offices.setdefault((count.table_no, count.division, count.office), []).append(count)
        for (_table_no, division, office), counts in offices.items():
            totals = ", ".join(f"{c.status} {c.headcount}" for c in counts
                               if c.job_class == "계" and c.grade == "계" and not c.series and not c.post)
            name = " ".join(filter(None, (division, office)))
            self.tables["search_lines"].append((DOCUMENT, None, None, "staffing",
                                                f"인력 · {name}: {totals}" if totals else f"인력 · {name}",
                                                counts[0].source.line, counts[0].source.page))

    def add_project(self, project: Project) -> int:
        line, page = project.source.line, project.source.page
        project_id = self.add("projects", DOCUMENT, project.section, project.seq, project.title, project.title_from,
                              project.team, project.purpose, project.unit_name, line, page, project.continuity,
                              project.former_title)
        for field, text in (("title", _title_as_shown(project)), ("purpose", project.purpose)):
            if text:
                self.tables["search_lines"].append((DOCUMENT, project_id, None, field, text, line, page))
        self._add_items(project_id, project.items, None, len(self.tables["project_items"]))
        self.add_budget(project_id, project.budget_lines + project.total_cost_lines)
        return project_id

    def _add_items(self, project_id: int, items: list[ProjectItem], parent_id: int | None, before: int) -> None:
        """Items in printed order, each before those under it; `position` counts them within the project (`before`
        came earlier). A stack, not recursion: items may nest deeper than Python's recursion limit."""
        search_lines = self.tables["search_lines"]
        pending = [(item, parent_id) for item in reversed(items)]
        while pending:
            item, parent_id = pending.pop()
            line, page = item.source.line, item.source.page
            item_id = len(self.tables["project_items"]) + 1
            self.add("project_items", DOCUMENT, project_id, parent_id, item_id - before, item.heading, item.depth,
                     item.text, item.start_month, item.end_month, item.amount_krw, line, page, item.year, item.end_year,
                     _MONTHS_JSON(item.months) if item.months else None)
            if item.text:
                search_lines.append((DOCUMENT, project_id, item_id, "item", item.text, line, page))
            if item.children:  # most items have none
                pending.extend((child, item_id) for child in reversed(item.children))

    def add_budget(self, project_id: int | None, lines: list[BudgetLine]) -> None:
        """The budget lines, and each one's name as a line to search (a 단위사업 such as `인사·조직 운영`), with
        the words its other columns print (a 비고's `청사 리모델링 이월`), as a generic table's row is searched. A
        line an unnamed `소 계` sums points to it (`subtotal_id`), as `sum.budget` sums it (`subtotal_parts`)."""
        self.tables["search_lines"].extend(
            (DOCUMENT, project_id, None, "budget", _budget_search_text(b), b.source.line, b.source.page)
            for b in lines)
        first = len(self.tables["budget_lines"]) + 1  # the local id of the first line
        summed_by = {}  # by a line's id(): the local id of the 소계 summing it
        if any(b.subtotal for b in lines):  # most reports print none
            ids = {id(b): first + k for k, b in enumerate(lines)}
            summed_by = {id(part): ids[subtotal] for table in by_table(lines)
                         for subtotal, parts in subtotal_parts(table, lines_rounded_to(table)).items()
                         for part in parts}
        self.tables["budget_lines"].extend(
            (first + k, DOCUMENT, project_id, b.name, b.budget_krw, b.executed_krw, b.remaining_krw,
             b.execution_rate, b.rate_text, _iso(b.as_of), b.funding_source, b.unit, b.source.line, b.source.page,
             _COLUMNS_JSON(b.other_columns) if b.other_columns else None, b.parent, b.table_no,
             b.budget_year, summed_by.get(id(b)), b.former_name)
            for k, b in enumerate(lines))


def _title_as_shown(project: Project) -> str | None:
    """A project's title as `show` prints it, with its former title, continuity marker and team (`직원 디지털 전환 교육
    (구 직원 디지털 역량 강화) [계속] (교육후생팀)`), so that a search for any of them finds the project."""
    if not project.title:
        return None
    continuity = f" [{project.continuity}]" if project.continuity else ""
    team = f" ({project.team})" if project.team else ""
    return f"{with_former_name(project.title, project.former_title)}{continuity}{team}"


def _budget_search_text(line: BudgetLine) -> str:
    """A budget line's name with its former name, as `show` prints it, then its other columns' words (not their
    figures, which a search does not ask for), as a generic table's row prints its cells: `청사시설 유지관리 (구 청사
    시설 관리) / 청사 리모델링 이월`."""
    words = [cell for cell in (line.other_columns or {}).values() if cell.strip() and cell_value(cell) is None]
    return " / ".join([with_former_name(line.name, line.former_name), *words])


def cell_value(text: str) -> int | float | None:
    """The number a generic table cell prints (`1,234`, `△3`, `43.5%`), as printed; None for words."""
    parsed = parse_decimal(text) if text.strip() else None
    if parsed is None:
        return None
    value, digits = parsed
    return value if digits else int(value)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
