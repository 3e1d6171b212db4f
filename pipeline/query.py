"""`reportdb query`: one SELECT over the database, which it cannot change, within a time limit.

Three guards, each enough on its own for writes: the file is opened read-only (URI `mode=ro`), only a
statement starting with SELECT or WITH is accepted, and an authorizer allows nothing but reading
(no INSERT/UPDATE/DELETE, no ATTACH, no schema changes, no PRAGMA but those that tell the schema as
table-valued functions: `SELECT name FROM pragma_table_info('documents')`). A progress handler stops a
runaway query (a recursive CTE without end) when its time is up, and SQLite's length limit one making a value
larger than any report's text (`SELECT zeroblob(1000000000)`, which else took all memory and was killed).
"""

from __future__ import annotations

import difflib
import sqlite3
import time
from collections.abc import Iterator

import regex

from pipeline.db import connect_readonly

_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
# The PRAGMAs that only tell the schema, read as table-valued functions (`pragma_table_info('documents')`)
_SCHEMA_PRAGMAS = ("table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                   "foreign_key_list")
# and the counter of changes FTS5 reads on each query of the search index
_READ_PRAGMAS = frozenset({*_SCHEMA_PRAGMAS, "data_version"})
_LEADING_COMMENTS_RE = regex.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*", regex.S)


def value_limit(max_bytes: int) -> int:
    """The most bytes a value of a query may hold: 1.5 × the largest report file loaded (`--max-bytes`), as a
    CP949 report's text is stored in UTF-8 (each 2-byte 한글 becoming 3), so that any stored text reads in full."""
    return max_bytes * 3 // 2


class QueryError(Exception):
    """A query refused or stopped, with a one-line reason."""


def _allow_reads_only(action: int, name: str | None, *_args) -> int:
    if action in _READ_ACTIONS or (action == sqlite3.SQLITE_PRAGMA and name and name.lower() in _READ_PRAGMAS):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def first_keyword(sql: str) -> str:
    rest = _LEADING_COMMENTS_RE.sub("", sql, count=1)
    match = regex.match(r"[A-Za-z]+", rest)
    return match.group(0).upper() if match else ""


def run_query(db_path: str, sql: str, timeout: float, max_bytes: int) -> tuple[list[str], Iterator[tuple]]:
    """The column names and an iterator over the rows; QueryError when refused, too slow, too large or wrong."""
    if not _LEADING_COMMENTS_RE.sub("", sql, count=1):
        raise QueryError("the query is empty")
    keyword = first_keyword(sql)
    if keyword not in ("SELECT", "WITH"):
        start = keyword or f"`{_LEADING_COMMENTS_RE.sub('', sql, count=1)[:1]}`"
        raise QueryError(f"only SELECT and WITH queries are allowed, not one starting with {start}")
    conn = connect_readonly(db_path)
    conn.row_factory = None
    _connect_virtual_tables(conn)
    conn.set_authorizer(_allow_reads_only)
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_limit(max_bytes))  # SQLite lowers it to its own 1e9 at most
    try:
        cursor = conn.execute(sql)
    except sqlite3.Error as exc:
        error = _query_error(exc, timeout, conn)
        conn.close()
        raise error from exc
    return unique_names([d[0] for d in cursor.description or ()]), _rows(conn, cursor, timeout)


def _connect_virtual_tables(conn: sqlite3.Connection) -> None:
    """Connect the virtual tables a query may read (the schema's PRAGMA functions, the JSON arrays' `json_each`
    and `json_tree`, over an item's `months`, and the search index) before the authorizer is set: connecting one
    runs statements of its own, which it would deny (they are told as changes to sqlite_master, where SQLite adds
    the table to the schema it holds in memory)."""
    virtual = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
    for name in [*(f"pragma_{pragma}" for pragma in _SCHEMA_PRAGMAS), "json_each", "json_tree", *virtual]:
        conn.execute(f'SELECT * FROM "{name}" LIMIT 0').fetchall()


def unique_names(columns: list[str]) -> list[str]:
    """Column names told apart, so that JSON objects keep every column: `SELECT s.id, d.id` gives `id` and
    `id:1` (each later one of a name numbered), in every output format alike."""
    taken = set(columns)
    unique: list[str] = []
    for name in columns:
        if name in unique:
            number = 1
            while f"{name}:{number}" in taken:
                number += 1
            name = f"{name}:{number}"
            taken.add(name)
        unique.append(name)
    return unique


def _rows(conn: sqlite3.Connection, cursor: sqlite3.Cursor, timeout: float) -> Iterator[tuple]:
    """The result's rows one at a time as SQLite steps to them, so that a row failing (`malformed JSON`) stops the
    output one row short of it, not short of a batch of rows: Python's sqlite3 steps to the next row before handing
    one over, and drops that one where the step fails."""
    try:
        yield from cursor
    except sqlite3.Error as exc:
        raise _query_error(exc, timeout, conn) from exc
    finally:
        conn.close()


def _query_error(exc: Exception, timeout: float, conn: sqlite3.Connection) -> QueryError:
    message = str(exc)
    if message == "interrupted":
        return QueryError(f"query stopped: it ran longer than the time limit of {timeout:g} s")
    if message == "string or blob too big":
        return QueryError(f"query stopped: a value is larger than the limit of "
                          f"{conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH)} bytes (1.5 × --max-bytes, more than any "
                          "stored text)")
    if message == "not authorized":
        return QueryError("query refused: it may only read (no writes or ATTACH; of the PRAGMAs only those "
                          "telling the schema, as pragma_table_info('documents'))")
    if isinstance(exc, sqlite3.ProgrammingError) and "one statement at a time" in message:
        return QueryError("query refused: one statement at a time, and text follows its first `;` (two queries' "
                          "rows: join them with UNION ALL)")
    return QueryError(f"query failed: {message}{_schema_hint(conn, message)}")


def _schema_hint(conn: sqlite3.Connection, message: str) -> str:
    """Where a query names a table or a column the database has not, what it has: its tables and views (`no such
    table: report`), the ones holding a column of that name (`no such column: department` of `budget_totals`,
    whose rows name their document: `reports` holds it) or the columns named like it (`budget`: `budget_krw`;
    `departmnet`: `department`), so that the next try is right without reading the schema first."""
    missing = regex.match(r"no such (table|column): (?:\w+\.)?(\w+)$", message)
    if not missing:
        return ""
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE 'search_index%' AND name NOT IN ('meta', 'search_unspaced') ORDER BY name")]
    if missing.group(1) == "table":
        return f" (the tables and views: {', '.join(names)})"
    column = missing.group(2)
    columns = {(table, name) for table in names for (name,) in conn.execute(
        "SELECT name FROM pragma_table_info(?)", [table])}
    holding = sorted(table for table, name in columns if name.lower() == column.lower())  # as SQLite matches
    if holding:
        return f" (`{column}` is a column of {', '.join(holding)})"
    every_name = {name.lower(): name for _, name in columns}
    # holding it (`budget`), else misspelt (`departmnet`: the closest first)
    alike = (sorted({name for _, name in columns if column.lower() in name.lower()})
             or [every_name[close] for close in difflib.get_close_matches(column.lower(), every_name, n=3)])
    return f" (columns named like it: {', '.join(alike[:10])})" if alike else ""
