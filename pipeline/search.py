"""Full-text search over project titles, purposes and items, the rows of the generic tables and the general
part's text.

`search_lines` holds the text (written with each document); `search_index` is an FTS5 trigram index
over it, rebuilt once after a bulk load rather than row by row. Every term is tested with LIKE over the
lines; the index first narrows them for terms of three characters or more (a trigram's length). Shorter
terms (`청사`, `인사`), and all terms while the index is stale (an interrupted ingest), are tested on
every line: the answers stay right, only slower.

Reports print short labels letter-spaced (`보 건 소`, `총 무 과`, `사 업 비 :`): a term of Hangul syllables
also finds itself printed so, each syllable a word of its own (`보건소` finds `보 건 소`, not `정보 건강`).
The line is shown as printed.
"""

from __future__ import annotations

import sqlite3

import regex
from sqlite_utils import Database

from pipeline.db import retry_locked, write_transaction

MIN_TRIGRAM = 3
_SYLLABLES_RE = regex.compile(r"[가-힣]{2,}")
_NOT_SYLLABLE = "[^가-힣]"


def letter_spaced(term: str) -> str | None:
    """How a term of Hangul syllables is printed letter-spaced (`보건소` → `보 건 소`), or None."""
    return " ".join(term) if _SYLLABLES_RE.fullmatch(term) else None


def printed_forms(term: str) -> list[str]:
    """The forms a term may be printed in: as given, and letter-spaced where it can be."""
    spaced = letter_spaced(term)
    return [term, spaced] if spaced else [term]


def rebuild_index(db: Database) -> bool:
    """Rebuild the index if documents changed since the last build; True when it did."""

    def write() -> bool:
        with write_transaction(db):
            if not _is_stale(db.conn):
                return False
            db.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
            db.execute("UPDATE meta SET value = '0' WHERE key = 'search_stale'")
            return True

    return retry_locked(write)


def _is_stale(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_stale'").fetchone()
    return row is not None and row[0] == "1"


def search(conn: sqlite3.Connection, terms: list[str], limit: int = 100,
           every_document: bool = False) -> list[sqlite3.Row]:
    """Lines holding every term, with their document's department and year and their project's title: in
    one document per report (the `reports` view: a report loaded as its text and its PDF is found once, in
    its text), or with `every_document` in each."""
    terms = [t.strip() for t in terms if t.strip()]
    if not terms:
        return []
    conditions, params = [], []
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
        spaced = letter_spaced(term)
        if spaced:  # its syllables words of their own: nothing else Hangul right before or after the run
            conditions.append(r"(s.text LIKE ? ESCAPE '\' OR ' ' || s.text || ' ' GLOB ?)")
            params += [f"%{escaped}%", f"*{_NOT_SYLLABLE}{spaced}{_NOT_SYLLABLE}*"]
        else:
            conditions.append(r"s.text LIKE ? ESCAPE '\'")
            params.append(f"%{escaped}%")
    indexed = [t for t in terms if len(t) >= MIN_TRIGRAM] if not _is_stale(conn) else []
    for term in indexed:
        # The index narrows the lines to test: each form of the term as a plain LIKE pattern (its `%` and
        # `_` left as wildcards, so it finds every line the exact test finds, perhaps more), with no ESCAPE,
        # which the trigram index could not use.
        forms = printed_forms(term)
        conditions.append("s.id IN (" + " UNION ".join(["SELECT rowid FROM search_index WHERE text LIKE ?"]
                                                         * len(forms)) + ")")
        params.extend(f"%{form}%" for form in forms)
    query = f"""
        SELECT d.id AS document_id, d.department, d.year, d.path, p.seq, p.title AS project, s.field, s.text,
               s.line, s.page
        FROM search_lines s
        JOIN {"documents" if every_document else "reports"} d ON d.id = s.document_id
        LEFT JOIN projects p ON p.id = s.project_id
        WHERE {" AND ".join(conditions)}
        ORDER BY d.year DESC, d.department, s.id
        LIMIT ?"""
    return conn.execute(query, [*params, limit]).fetchall()
