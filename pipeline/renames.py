"""`reportdb rename`: the renames of departments the user states where no report does (`총무과` → `행정지원과`),
kept in the database's `renames` table, apart from the documents, so that loading them again keeps them.

A rename is of one council's or office's department where given, else of every one's of that name; a name is
renamed to one name in a place, so stating another replaces it. The `department_renames` view follows them, with
those the reports state, to each name's department now.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from extractors.document_info import DEPARTMENT_RE
from pipeline.db import write_transaction
from pipeline.values import compact

_IN_PLACE = "council IS ? AND office IS ?"


class RenameError(Exception):
    """A rename refused, with a one-line reason."""


@dataclass(frozen=True)
class Renamed:
    """What stating a rename did: `replaced` the name the former one had been renamed to before, if another;
    `years` those of the reports loaded under the former name, which now answer by the new one, and `places` the
    councils and offices those are of (`가온구의회`, `수원시의회 장안구`; `` of none printed), each once."""

    former: str
    department: str
    already: bool
    replaced: str | None
    years: list[int | None]
    places: list[str]


def department_name(typed: str) -> str:
    """A department's name as typed, spaces aside (`총 무 과` is `총무과`, as a cover prints it)."""
    name = compact(typed)
    if not DEPARTMENT_RE.match(name):
        raise RenameError(f"`{typed}` is no department's name (one ends in 과, 국, 실, 소, 단, 관 …, as `총무과`)")
    return name


def state_rename(db: Database, former: str, department: str, council: str | None, office: str | None) -> Renamed:
    """Keep `former` → `department`, in one transaction that takes the write lock first, as an ingest's: refused
    where the names are one, or where `department` is already renamed, by the user or a report, back to `former` in
    that place (a circle)."""
    former, department = department_name(former), department_name(department)
    if former == department:
        raise RenameError(f"{former} cannot be renamed to itself")
    conn = db.conn
    with write_transaction(db):
        if circle := _circle(conn, department, former, council, office):
            raise RenameError(f"{' → '.join(circle)} is stated already: renaming {former} to {department} would go in "
                              f"a circle (`reportdb rename --forget {department}` forgets a rename you stated)")
        before = conn.execute(f"SELECT department FROM renames WHERE former = ? AND {_IN_PLACE}",
                              [former, council, office]).fetchone()
        if before is None or before[0] != department:
            conn.execute(f"DELETE FROM renames WHERE former = ? AND {_IN_PLACE}", [former, council, office])
            conn.execute("INSERT INTO renames (former, department, council, office, stated_at) VALUES (?, ?, ?, ?, ?)",
                         [former, department, council, office, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")])
    reports = conn.execute(
        "SELECT year, council, office FROM reports WHERE department = ? AND (? IS NULL OR council IS ?) "
        "AND (? IS NULL OR office IS ?) ORDER BY year", [former, council, council, office, office]).fetchall()
    places = sorted({" ".join(filter(None, place)) for _year, *place in reports})
    return Renamed(former, department, before is not None and before[0] == department,
                   before[0] if before is not None and before[0] != department else None,
                   [year for year, *_place in reports], places)


def forget_rename(db: Database, former: str, council: str | None, office: str | None) -> tuple[str, str]:
    """Forget the rename of `former` the user stated in that place; the names it was renamed from and to."""
    former, conn = department_name(former), db.conn
    with write_transaction(db):
        stated = conn.execute(f"SELECT department FROM renames WHERE former = ? AND {_IN_PLACE}",
                              [former, council, office]).fetchone()
        if stated is None:
            raise RenameError(f"no rename of {former}{_place(council, office)} is stated: "
                              "`reportdb rename --list` lists them")
        conn.execute(f"DELETE FROM renames WHERE former = ? AND {_IN_PLACE}", [former, council, office])
    return former, stated[0]


def stated_renames(conn: sqlite3.Connection) -> list[tuple]:
    """Every rename stated: the user's (`reportdb rename`) and the reports' (the report's path), each with its
    council and office."""
    return conn.execute(
        "SELECT former, department, council, office, 'reportdb rename' FROM renames UNION ALL "
        "SELECT former_department, department, council, office, min(path) FROM documents "
        "WHERE former_department IS NOT NULL GROUP BY former_department, department, council, office "
        "ORDER BY 3, 4, 1").fetchall()


def _circle(conn: sqlite3.Connection, start: str, end: str, council: str | None, office: str | None) -> list[str]:
    """The renames stated from `start` on that lead to `end` in the place given (or in any, where none is), by the
    user or by a report: a rename of `end` to `start` would close them into a circle."""
    edges: dict[str, set[str]] = {}
    for former, department, *place, _by in stated_renames(conn):
        if all(given is None or stated is None or given == stated
               for given, stated in zip((council, office), place, strict=True)):
            edges.setdefault(former, set()).add(department)
    paths, seen = [[start]], {start}
    while paths:
        path = paths.pop()
        for name in sorted(edges.get(path[-1], ())):
            if name == end:
                return [*path, name]
            if name not in seen:
                seen.add(name)
                paths.append([*path, name])
    return []


def _place(council: str | None, office: str | None) -> str:
    place = " ".join(filter(None, (council, office)))
    return f" of {place}" if place else ""
