"""One Report and its findings into rows, in one transaction: a document is either all there or not at all.

A document is known by its path and is unchanged while its sha256 is: the same file again writes nothing,
changed content at the same path deletes the old rows (ON DELETE CASCADE) and inserts the new ones.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from pipeline.db import retry_locked
from pipeline.errors import ReportError
from pipeline.values import parse_decimal
from schemas import BudgetLine, Finding, Project, ProjectItem, Report, Source

LOADED, REPLACED, UNCHANGED = "loaded", "replaced", "unchanged"


def load_report(db: Database, report: Report, sha256: str, findings: Sequence[Finding], *,
                force: bool = False) -> tuple[str, int]:
    """Store a report; returns (loaded | replaced | unchanged, document id). Retried when the db is locked.

    Records the schema cannot hold (a figure beyond 64 bits, a missing label) refuse the file: ReportError.
    """
    try:
        return retry_locked(lambda: _load(db, report, sha256, findings, force))
    except (sqlite3.IntegrityError, OverflowError) as exc:
        raise ReportError(report.path, f"cannot store the records: {exc}") from exc


def _load(db: Database, report: Report, sha256: str, findings: Sequence[Finding], force: bool) -> tuple[str, int]:
    with db.atomic():
        # The DELETE comes first so the transaction holds the write lock before it looks at the old row:
        # two ingests of one file cannot both decide to insert it.
        stale = "" if force else " AND sha256 <> ?"
        params = [report.path] if force else [report.path, sha256]
        replaced = db.execute(f"DELETE FROM documents WHERE path = ?{stale}", params).rowcount > 0
        existing = db.execute("SELECT id FROM documents WHERE path = ?", [report.path]).fetchone()
        if existing:
            return UNCHANGED, existing[0]
        document_id = _insert_report(db, report, sha256, findings)
        db.execute("DELETE FROM ingest_errors WHERE path = ?", [report.path])
        mark_search_stale(db)
    return (REPLACED if replaced else LOADED), document_id


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


def mark_search_stale(db: Database) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES ('search_stale', '1') "
               "ON CONFLICT(key) DO UPDATE SET value = '1'")


def _insert_report(db: Database, report: Report, sha256: str, findings: Sequence[Finding]) -> int:
    info = report.document
    document_id = _insert(db, "documents", {
        "path": report.path, "sha256": sha256, "format": report.format, "department": info.department,
        "year": info.year, "title": info.title, "council_session": info.council_session,
        "session_start": _iso(info.session_start), "session_end": _iso(info.session_end),
        "team_count": info.team_count, "ingested_at": _now(),
    })
    _insert_many(db, "staffing", (
        {"document_id": document_id, "status": s.status, "job_class": s.job_class, "grade": s.grade,
         "headcount": s.headcount, **_where(s.source)}
        for s in report.staffing
    ))
    for fleet in report.vehicles:
        fleet_id = _insert(db, "vehicle_fleets", {
            "document_id": document_id, "caption": fleet.caption, "printed_total": fleet.printed_total,
            "quota": fleet.quota, "unit": fleet.unit, "repaired": int(fleet.repaired),
            "repair_note": fleet.repair_note, **_where(fleet.source),
        })
        _insert_many(db, "vehicles", (
            {"document_id": document_id, "fleet_id": fleet_id, "fleet": fleet.caption, "category": c.category,
             "kind": c.kind, "count": c.count, **_where(c.source)}
            for c in fleet.counts
        ))
    _insert_budget(db, document_id, None, report.budget)
    project_ids = {}
    for project in report.projects:
        project_ids[project.section, project.seq] = _insert_project(db, document_id, project)
    for table in report.tables:
        project_id = project_ids.get((table.section, table.project_seq)) if table.project_seq is not None else None
        table_id = _insert(db, "generic_tables", {
            "document_id": document_id, "project_id": project_id, "caption": table.caption, "unit": table.unit,
            "section": table.section, "header_rows": table.header_rows, "n_rows": len(table.rows),
            "n_cols": max((len(r) for r in table.rows), default=0), **_where(table.source),
        })
        _insert_many(db, "table_cells", (
            {"table_id": table_id, "row": r, "col": c, "text": text, "value": cell_value(text)}
            for r, row in enumerate(table.rows) for c, text in enumerate(row)
        ))
    _insert_many(db, "findings", (
        {"document_id": document_id, "rule": f.rule, "severity": f.severity, "location": f.location,
         "table_name": f.table, "row_label": f.row, "column_label": f.column, "expected": f.expected,
         "actual": f.actual, "message": f.message, **_where(f.source)}
        for f in findings
    ))
    return document_id


def _insert_project(db: Database, document_id: int, project: Project) -> int:
    project_id = _insert(db, "projects", {
        "document_id": document_id, "section": project.section, "seq": project.seq, "title": project.title,
        "title_from": project.title_from, "team": project.team, "purpose": project.purpose,
        "unit_name": project.unit_name, **_where(project.source),
    })
    searchable = [("title", project.title, project.source, None), ("purpose", project.purpose, project.source, None)]
    position = 0

    def insert_items(items: list[ProjectItem], parent_id: int | None) -> None:
        nonlocal position
        for item in items:
            position += 1
            item_id = _insert(db, "project_items", {
                "document_id": document_id, "project_id": project_id, "parent_id": parent_id,
                "position": position, "heading": item.heading, "depth": item.depth, "text": item.text,
                "start_month": item.start_month, "end_month": item.end_month, "amount_krw": item.amount_krw,
                **_where(item.source),
            })
            searchable.append(("item", item.text, item.source, item_id))
            insert_items(item.children, item_id)

    insert_items(project.items, None)
    _insert_budget(db, document_id, project_id, project.budget_lines)
    _insert_many(db, "search_lines", (
        {"document_id": document_id, "project_id": project_id, "item_id": item_id, "field": field, "text": text,
         **_where(source)}
        for field, text, source, item_id in searchable if text
    ))
    return project_id


def _insert_budget(db: Database, document_id: int, project_id: int | None, lines: list[BudgetLine]) -> None:
    _insert_many(db, "budget_lines", (
        {"document_id": document_id, "project_id": project_id, "name": b.name, "budget_krw": b.budget_krw,
         "executed_krw": b.executed_krw, "execution_rate": b.execution_rate, "rate_text": b.rate_text,
         "as_of": _iso(b.as_of), "funding_source": b.funding_source, "unit": b.unit, **_where(b.source)}
        for b in lines
    ))


def cell_value(text: str) -> int | float | None:
    """The number a generic table cell prints (`1,234`, `△3`, `43.5%`), as printed; None for words."""
    parsed = parse_decimal(text) if text.strip() else None
    if parsed is None:
        return None
    value, digits = parsed
    return value if digits else int(value)


def _insert(db: Database, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())).lastrowid


def _insert_many(db: Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        columns = ", ".join(rows[0])
        marks = ", ".join("?" * len(rows[0]))
        db.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", [list(r.values()) for r in rows])


def _where(source: Source) -> dict[str, int | None]:
    return {"line": source.line, "page": source.page}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
