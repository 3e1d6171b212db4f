"""Full-text search over project titles (with their teams), purposes and items, budget lines' names and notes, the
rows of the generic tables, the offices a staffing table counts by and the general part's headings and paragraphs
(not the staffing and vehicle counts: their labels are a fixed vocabulary read with SQL).

`search_lines` holds the text (written with each document); `search_index` is an FTS5 trigram index
over it without its spaces (the view `search_unspaced`), rebuilt once after a bulk load rather than row by
row. Every term is tested with LIKE over the lines; the index first narrows them for terms of three
characters or more (a trigram's length). Shorter terms (`청사`, `인사`), and all terms while the index is
stale (an interrupted ingest), are tested on every line: the answers stay right, only slower.

A term is read as the readers read every line (`ㆍ` is `·`, see `normalize_chars`), and spaces do not
matter: reports print labels letter-spaced (`보 건 소`, `사 업 비 :`) or spaced as they please (`공용 차량`),
and a user types a label as they see it. A term of three characters or more is found in a line with the
spaces of both taken out (`에 너 지` finds `에너지`, `공용차량` finds `공용 차량`). A shorter one, where that
would find too much (`관리` in `공관 리모델링`), is found as it is written without spaces, or letter-spaced
as words of their own (`정 원` and `정원` find `정원` and `정 원 :`, not `인사 정 원장`).
The line is shown as printed.
"""

from __future__ import annotations

import sqlite3

import regex
from sqlite_utils import Database

from pipeline.db import retry_locked, write_transaction
from pipeline.values import normalize_chars

MIN_TRIGRAM = 3
_SYLLABLES_RE = regex.compile(r"[가-힣]{2,}")
_NOT_SYLLABLE = "[^가-힣]"
_LIKE_WILDCARDS_RE = regex.compile(r"[%_]")


def unspaced(term: str) -> str:
    """A term as the lines are stored (one interpunct, NFC, plain spaces) and without its spaces."""
    return "".join(normalize_chars(term).split())


def letter_spaced(term: str) -> str | None:
    """How a term of Hangul syllables is printed letter-spaced (`보건소` → `보 건 소`), or None."""
    return " ".join(term) if _SYLLABLES_RE.fullmatch(term) else None


def highlight_pattern(terms: list[str]) -> str:
    """A regular expression for where the terms stand in a line, spaced as `search` finds them: a term of a
    trigram or more spaced in any way (`공용 *차 *량`), a shorter one together or letter-spaced (`정 ?원`)."""
    return "(?i)" + "|".join((" *" if len(term) >= MIN_TRIGRAM else " ?").join(map(regex.escape, term))
                             for term in map(unspaced, terms) if term)


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


def _indexed_run(term: str) -> str | None:
    """The longest part of a term without LIKE's wildcards, if the trigram index can look for it. A part
    shorter than a trigram finds no lines in it, and a pattern of several parts (`%지역%입찰비율%`) crashes
    SQLite 3.40's index of no positions, so the index is only asked for one part, with no ESCAPE (which it
    could not use)."""
    run = max(_LIKE_WILDCARDS_RE.split(term), key=len)
    return run if len(run) >= MIN_TRIGRAM else None


def search(conn: sqlite3.Connection, terms: list[str], limit: int = 100,
           every_document: bool = False) -> list[sqlite3.Row]:
    """Lines holding every term, with their document's department and year and their project's title and former
    title: in one document per report (the `reports` view: a report loaded as its text and its PDF is found once, in
    its text), or with `every_document` in each."""
    terms = [term for term in map(unspaced, terms) if term]
    if not terms:
        return []
    conditions, params = [], []
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_")
        if len(term) >= MIN_TRIGRAM:
            conditions.append(r"u.text LIKE ? ESCAPE '\'")
            params.append(f"%{escaped}%")
        elif spaced := letter_spaced(term):  # its syllables words of their own: no syllable right before or after
            conditions.append(r"(s.text LIKE ? ESCAPE '\' OR ' ' || s.text || ' ' GLOB ?)")
            params += [f"%{escaped}%", f"*{_NOT_SYLLABLE}{spaced}{_NOT_SYLLABLE}*"]
        else:
            conditions.append(r"s.text LIKE ? ESCAPE '\'")
            params.append(f"%{escaped}%")
    if not _is_stale(conn):
        # The index (of the lines without their spaces) narrows the lines to test, asked for the term's
        # longest run without `%` or `_`: every line the exact test finds holds it.
        for run in filter(None, map(_indexed_run, terms)):
            conditions.append("s.id IN (SELECT rowid FROM search_index WHERE text LIKE ?)")
            params.append(f"%{run}%")
    query = f"""
        SELECT d.id AS document_id, d.department, d.year, d.path, p.seq, p.title AS project, s.field, s.text,
               s.line, s.page, d.council, d.office, d.council_session, d.session_start, d.title, d.volume,
               p.former_title
        FROM search_lines s
        JOIN search_unspaced u ON u.id = s.id
        JOIN {"documents" if every_document else "reports"} d ON d.id = s.document_id
        LEFT JOIN projects p ON p.id = s.project_id
        WHERE {" AND ".join(conditions)}
        ORDER BY d.year DESC, d.department, s.id
        LIMIT ?"""
    return conn.execute(query, [*params, limit]).fetchall()
