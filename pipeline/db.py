"""The public schema and the connection: WAL, foreign keys, a busy timeout and retries for concurrent ingests.

Every row hangs off `documents` with ON DELETE CASCADE, so replacing a document is one DELETE and
fresh inserts in one transaction. Dates are ISO text, money integer won, source line/page kept.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

SCHEMA_VERSION = 41
BUSY_TIMEOUT_S = 30
LOCK_RETRIES = 5


# Python 3.11's sqlite3 binds None only after searching for an adapter, which raises and discards an
# AttributeError each time: a tenth of the cost of loading a report. With an adapter
# registered for None the search ends at once. (Process-wide, and it leaves None as NULL.) The adapter is an
# empty dict's `get`, which gives None for None: a function of C, where one of Python would run a frame of its
# own for each NULL bound (about 350 a report: 2.4% of the cost of loading it).
sqlite3.register_adapter(type(None), {}.get)


def same_report(a: str, b: str) -> str:
    """The SQL condition that two documents (aliases `a`, `b`) of one department, year and council are of one
    report, or of its volumes: of one office (the 장안구's 총무과 is neither the 권선구's nor the city's own, of no
    office), and no session or first day, nor title (spaces aside), that both print differently (one a converter
    dropped tells nothing apart)."""
    return " AND ".join((f"{a}.office IS {b}.office", *(
        f"({a}.{column} IS NULL OR {b}.{column} IS NULL OR {printed(a)} = {printed(b)})"
        for column, printed in (("council_session", lambda t: f"{t}.council_session"),
                                ("session_start", lambda t: f"{t}.session_start"),
                                ("title", lambda t: f"replace({t}.title, ' ', '')")))))


# `kind` is null where vehicles counted by fuel print no kind (`승용 | 휘발유 | 경유`: the fuel is `fuel`)
VEHICLES = """CREATE TABLE IF NOT EXISTS vehicles (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        fleet_id INTEGER NOT NULL REFERENCES vehicle_fleets(id) ON DELETE CASCADE,
        fleet TEXT NOT NULL,
        category TEXT NOT NULL,
        kind TEXT,
        count INTEGER NOT NULL,
        line INTEGER,
        page INTEGER,
        status TEXT NOT NULL DEFAULT '보유',
        fuel TEXT
    )"""

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        department TEXT,
        year INTEGER,
        title TEXT,
        council_session TEXT,
        session_start TEXT,
        session_end TEXT,
        team_count INTEGER,
        ingested_at TEXT NOT NULL,
        from_file_name TEXT,
        council TEXT,
        path_stem TEXT,
        extracted_by TEXT,
        volume INTEGER,
        office TEXT,
        former_department TEXT
    )""",
    # who else holds a file's content (a copy, a moved file) is asked for every file loaded, so this index is kept
    # through a bulk load (not among INDEXED), where the others are built once at the end
    "CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256)",
    # which of a report's documents the `reports` view reads, asked for each document: in this index's order the
    # first that fits answers, where else the report's documents are sorted for each of them (a bulk load of many
    # copies of one report, as the benchmark's, took half a second each time the ingest's summary asked); kept
    # through a bulk load, as the summary asks right after it; of the office too, as the view goes by it (the
    # 장안구's and the 권선구's 총무과 of a year to the 수원시의회 are two reports, each found in the index alone)
    "CREATE INDEX IF NOT EXISTS documents_report ON documents(department, year, council, office, format = 'pdf', "
    "ingested_at DESC, id DESC)",
    # Renames of departments the user states (`reportdb rename 총무과 행정지원과`), of a council's or an office's where
    # given, else of every one's; kept apart from the documents, so that loading them again keeps them
    """CREATE TABLE IF NOT EXISTS renames (
        id INTEGER PRIMARY KEY,
        former TEXT NOT NULL,
        department TEXT NOT NULL,
        council TEXT,
        office TEXT,
        stated_at TEXT NOT NULL
    )""",
    # Each former name of a department, of a council and office, with its name now (`current_department`): renames a
    # report states (`documents.former_department`, `행정지원과 (구 총무과)`) or the user (`renames`, which a report's
    # of the same name and place gives way to), followed to the last (`총무과` → `행정지원과` → `자치행정과`); a
    # name renamed in a circle has none
    """CREATE VIEW IF NOT EXISTS department_renames AS WITH RECURSIVE stated(council, office, former, department) AS (
        SELECT s.council, s.office, r.former, r.department FROM renames r
            JOIN (SELECT DISTINCT council, office FROM documents) s
            ON (r.council IS NULL OR r.council IS s.council) AND (r.office IS NULL OR r.office IS s.office)
        UNION SELECT d.council, d.office, d.former_department, d.department FROM documents d
            WHERE d.former_department IS NOT NULL AND NOT EXISTS (SELECT 1 FROM renames r
                WHERE r.former = d.former_department AND (r.council IS NULL OR r.council IS d.council)
                AND (r.office IS NULL OR r.office IS d.office))),
      renamed(council, office, department, current_department, steps) AS (
        SELECT council, office, former, department, 1 FROM stated
        UNION SELECT r.council, r.office, r.department, s.department, r.steps + 1 FROM renamed r JOIN stated s
            ON s.council IS r.council AND s.office IS r.office AND s.former = r.current_department
            WHERE r.steps < 20)
      SELECT DISTINCT council, office, department, current_department FROM renamed r WHERE NOT EXISTS (
        SELECT 1 FROM stated s WHERE s.council IS r.council AND s.office IS r.office
        AND s.former = r.current_department)""",
    # Each former name of a project or a 단위사업 (`name`, spaces aside), of a council and office, with its name now
    # (`current_name`, spaces aside): renames a project's title or a budget line states (`projects.former_title`,
    # `budget_lines.former_name`: `청사시설 관리 (구 청사 관리)`), followed to the last, as `department_renames`
    """CREATE VIEW IF NOT EXISTS project_renames AS WITH RECURSIVE stated(council, office, former, name) AS (
        SELECT d.council, d.office, replace(p.former_title, ' ', ''), replace(p.title, ' ', '') FROM projects p
            JOIN documents d ON d.id = p.document_id WHERE p.former_title IS NOT NULL AND p.title IS NOT NULL
        UNION SELECT d.council, d.office, replace(b.former_name, ' ', ''), replace(b.name, ' ', '')
            FROM budget_lines b JOIN documents d ON d.id = b.document_id WHERE b.former_name IS NOT NULL),
      renamed(council, office, name, current_name, steps) AS (
        SELECT council, office, former, name, 1 FROM stated
        UNION SELECT r.council, r.office, r.name, s.name, r.steps + 1 FROM renamed r JOIN stated s
            ON s.council IS r.council AND s.office IS r.office AND s.former = r.current_name WHERE r.steps < 20)
      SELECT DISTINCT council, office, name, current_name FROM renamed r WHERE NOT EXISTS (
        SELECT 1 FROM stated s WHERE s.council IS r.council AND s.office IS r.office AND s.former = r.current_name)""",
    # One document per report, a department's of a year to its council and session: of a report loaded twice (a
    # PDF and its converter's text) or again under another name (re-exported, corrected), the text loaded last, a
    # PDF only where there is no text. They print one cover, but a converter may drop a line of it (the year, the
    # session): a session or its first day printed by only one of them tells nothing apart, while two printed
    # differently are two reports (June's 정례회 and November's 행정사무감사 of one department and year); so are
    # two councils' departments of one name (총무과 2025 of two districts) and two offices' of one council (the 총무과
    # of the 장안구청 and of the 권선구청 to the 수원시의회: `office`), and two reports given at one session
    # whose covers print two titles (`2025년도 행정사무감사 업무보고`, `2025년 주요업무 보고`: spaces aside). A report
    # printed in volumes (`[ 제 2 권 ]`), each a file, is a row a volume, so that its every volume's rows are found.
    # A document whose department is not known is one report with the files beside it of its name (`path_stem`:
    # `report.txt` and `report.pdf`), as nothing on its cover tells which other it repeats (it has no office either:
    # that the view asks, so that the index answers in its order). `current_department`: the department's name now,
    # across its former names (`department_renames`: `행정지원과` of a report printing `총무과`), else as printed.
    f"""CREATE VIEW IF NOT EXISTS reports AS SELECT *, coalesce((SELECT min(n.current_department)
            FROM department_renames n WHERE n.department = d.department AND n.council IS d.council
            AND n.office IS d.office), department) AS current_department FROM documents d
        WHERE id = CASE WHEN department IS NULL THEN (
            SELECT e.id FROM documents e WHERE e.department IS NULL AND e.path_stem = d.path_stem
            AND e.year IS d.year AND e.council IS d.council AND e.office IS d.office
            ORDER BY e.format = 'pdf', e.ingested_at DESC, e.id DESC LIMIT 1)
        ELSE (
            SELECT e.id FROM documents e WHERE e.department = d.department AND e.year IS d.year
            AND e.council IS d.council AND {same_report("e", "d")}
            AND (e.volume IS NULL OR d.volume IS NULL OR e.volume = d.volume)
            ORDER BY e.format = 'pdf', e.ingested_at DESC, e.id DESC LIMIT 1) END""",
    """CREATE TABLE IF NOT EXISTS staffing (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        job_class TEXT NOT NULL,
        grade TEXT NOT NULL,
        headcount INTEGER NOT NULL,
        line INTEGER,
        page INTEGER,
        note TEXT,
        table_no INTEGER NOT NULL DEFAULT 1,
        as_of TEXT,
        post TEXT,
        office TEXT,
        division TEXT,
        series TEXT
    )""",
    # Each staffing table's head count by status: its printed 계 (class 계, grade 계) where it prints one, else the
    # sum of its cells below the totals (not every table prints a 계). Those are what no other cell of the table
    # adds up: a class's 계 counts where its grades are not printed (a class without grades), the 계 class's where
    # neither its grades nor other classes are; a grade of the 계 class where no other class prints that grade
    # (grades printed with no class beside a class: `계 | 5급 … 9급 | 공무직`), not where it is the sum of that
    # grade across the classes. `as_of`: the date the table's figures stand at, where it prints one. Of a table of
    # staff by office (its cells' `office`), its 계 row's 계 (no office), else the sum of its offices' cells, counted
    # so within each office: a 과's row (`소 계`) in place of its teams', and not the 계 row's grades where it prints
    # no 계 (each a grade's sum over the offices), as `checks.staffing.headcount` counts. A class's series (`series`,
    # rows marked as its parts: `일반직` over `- 행정`) are in the class's row: counted only where it prints none.
    # Each document's budget and spending: of its first budget table that prints an 집행액 (a table of next year's
    # plan, printing none, may come before it), the 계, or where it prints none (a department of one 단위사업 prints
    # its line alone) the sum of its lines of the top level (a line whose group prints no line of its own is one:
    # a 단위사업 under a 정책사업 printing none; a line named as its group is none of the group's own, but one of its
    # parts, `저소득층 생활안정 | 저소득층 생활안정` over `| 긴급복지 지원`, as `sum.budget` counts them), where each
    # prints both figures; with the rate from the figures, at
    # the table's precision of tenths as most print it. An unnamed 소계 (a line `계` that lines point to by their
    # `subtotal_id`) is no 계 of the table but one of its lines, in place of those it sums. A document whose
    # budget tables print no 집행액 at all (`단위사업 | 2025년 예산 | 2024년 예산`) has its first table of its
    # own year's budget (not a plan of next year's, `budget_year`), spending and rate unknown: it is its budget still.
    # `dated_as_of`: the date the figures stand at, the budget's own (`as_of`), else the latest date the report's other
    # tables print (many print theirs once, over 인력 alone: `(2025. 5. 31. 현재)`), `dated_by` saying which, so that
    # a date the budget does not print is not taken for one it does.
    """CREATE VIEW IF NOT EXISTS budget_totals AS SELECT document_id, table_no, as_of, budget_krw, executed_krw,
        execution_rate, coalesce(as_of, report_as_of) AS dated_as_of,
        CASE WHEN as_of IS NOT NULL THEN 'budget table' WHEN report_as_of IS NOT NULL THEN 'other tables' END
            AS dated_by FROM (
    SELECT document_id, table_no, as_of, budget_krw, executed_krw,
        round(100.0 * executed_krw / budget_krw, 1) AS execution_rate, (SELECT max(o.as_of) FROM (
            SELECT as_of FROM staffing WHERE document_id = t.document_id
            UNION ALL SELECT as_of FROM vehicle_fleets WHERE document_id = t.document_id
            UNION ALL SELECT as_of FROM generic_tables WHERE document_id = t.document_id) o) AS report_as_of FROM (
        SELECT b.document_id, b.table_no, max(b.as_of) AS as_of, CASE WHEN count(*) FILTER (WHERE b.total)
                THEN max(b.budget_krw) FILTER (WHERE b.total)
                WHEN count(b.budget_krw) = count(*) AND count(b.executed_krw) IN (0, count(*)) THEN sum(b.budget_krw)
                END AS budget_krw, CASE WHEN count(*) FILTER (WHERE b.total)
                THEN max(b.executed_krw) FILTER (WHERE b.total)
                WHEN count(b.budget_krw) = count(*) AND count(b.executed_krw) = count(*) THEN sum(b.executed_krw) END
            AS executed_krw
        FROM (SELECT l.*, l.name = '계' AND NOT EXISTS (SELECT 1 FROM budget_lines s
                  WHERE s.document_id = l.document_id AND s.subtotal_id = l.id) AS total FROM budget_lines l) b
        WHERE b.project_id IS NULL AND b.subtotal_id IS NULL AND (b.parent IS NULL OR NOT EXISTS (
            SELECT 1 FROM budget_lines p WHERE p.document_id = b.document_id AND p.project_id IS NULL
            AND p.table_no = b.table_no AND p.name = b.parent AND p.parent IS NOT p.name)) AND b.table_no = coalesce((
            SELECT min(e.table_no) FROM budget_lines e
            WHERE e.document_id = b.document_id AND e.project_id IS NULL AND e.executed_krw IS NOT NULL), (
            SELECT min(e.table_no) FROM budget_lines e
            WHERE e.document_id = b.document_id AND e.project_id IS NULL AND e.budget_year IS NULL))
        GROUP BY b.document_id, b.table_no) t WHERE executed_krw IS NOT NULL OR budget_krw IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM budget_lines e
            WHERE e.document_id = t.document_id AND e.project_id IS NULL AND e.executed_krw IS NOT NULL))""",
    """CREATE VIEW IF NOT EXISTS staffing_totals AS SELECT s.document_id, s.table_no, s.status,
        coalesce(max(s.headcount) FILTER (WHERE s.job_class = '계' AND s.grade = '계' AND s.office IS NULL),
                 sum(s.headcount) FILTER (WHERE NOT EXISTS (
                     SELECT 1 FROM staffing t WHERE t.document_id = s.document_id AND t.table_no = s.table_no
                     AND t.status = s.status AND t.id <> s.id AND (
                         (s.office IS NULL AND t.office IS NOT NULL)
                         OR (t.office = s.division AND t.division IS NULL)
                         OR t.office IS s.office AND t.division IS s.division
                         AND ((s.grade = '계' AND t.job_class = s.job_class AND t.series IS s.series)
                              OR (s.series IS NOT NULL AND t.series IS NULL AND t.job_class = s.job_class)
                              OR (s.job_class = '계' AND t.job_class <> '계'
                                  AND (s.grade = '계' OR s.grade = t.grade AND s.post IS t.post)))))))
            AS headcount, max(s.as_of) AS as_of
        FROM staffing s GROUP BY s.document_id, s.table_no, s.status""",
    # Each report's staffing as its first table counts it (`staffing_totals`: some years print a second, `□ 공무직
    # 등`, which would make a jump of a trend), 정원, 현원 and 과부족 side by side, with the report's place, year and
    # session, and every name its department has had (`names`, a JSON array: its name now, `current_department`, and
    # each former name `department_renames` gives it there), so that how a department's staffing changed over the
    # years is asked by any of its names: `WHERE '총무과' IN (SELECT value FROM json_each(names))`.
    """CREATE VIEW IF NOT EXISTS staffing_by_report AS SELECT d.id AS document_id, d.council, d.office, d.department,
        d.current_department, (SELECT json_group_array(name) FROM (SELECT d.current_department AS name
            UNION SELECT n.department FROM department_renames n WHERE n.current_department = d.current_department
            AND n.council IS d.council AND n.office IS d.office)) AS names, d.year, d.session_start,
        max(t.as_of) AS as_of, max(t.headcount) FILTER (WHERE t.status = '정원') AS 정원,
        max(t.headcount) FILTER (WHERE t.status = '현원') AS 현원,
        max(t.headcount) FILTER (WHERE t.status = '과부족') AS 과부족
        FROM staffing_totals t JOIN reports d ON d.id = t.document_id WHERE t.table_no = 1 GROUP BY d.id""",
    """CREATE TABLE IF NOT EXISTS vehicle_fleets (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        caption TEXT NOT NULL,
        printed_total INTEGER,
        quota INTEGER,
        unit TEXT,
        repaired INTEGER NOT NULL DEFAULT 0,
        repair_note TEXT,
        line INTEGER,
        page INTEGER,
        as_of TEXT,
        name TEXT
    )""",
    VEHICLES,
    # Each fleet's vehicles held, as the checks count them (`fleet_total`): the grand total where printed, else what
    # each category counts (its 소계, else its kinds' sum), a group's rows left out where the group prints a row of
    # its own (`행정지원국` beside `행정지원국 총무과`); a fleet printing no total has no `계` row to ask for. `as_of`
    # is the fleet's.
    """CREATE VIEW IF NOT EXISTS vehicle_totals AS SELECT f.document_id, f.id AS fleet_id, f.caption,
        f.printed_total, f.quota, coalesce(
            (SELECT v.count FROM vehicles v WHERE v.fleet_id = f.id AND v.status = '보유' AND v.category = '계'
                AND v.kind = '계'),
            (SELECT sum(coalesce(c.subtotal, c.kinds)) FROM (
                SELECT max(v.count) FILTER (WHERE v.kind = '소계') AS subtotal,
                       sum(v.count) FILTER (WHERE v.kind IS NOT '소계') AS kinds
                FROM vehicles v WHERE v.fleet_id = f.id AND v.status = '보유' AND v.category <> '계'
                AND NOT EXISTS (SELECT 1 FROM vehicles g WHERE g.fleet_id = f.id AND g.status = '보유'
                    AND substr(v.category, 1, length(g.category) + 1) = g.category || ' '
                    AND instr(substr(v.category, length(g.category) + 2), ' ') = 0)
                GROUP BY v.category) c)) AS held, f.as_of
        FROM vehicle_fleets f""",
    # Each fleet's vehicles of each category by status, as the checks count a category: its 소계 where printed (the
    # 계 row's 계), else its kinds' sum. A fleet printing its categories as one row of counts under their labels alone
    # (`승 용 | 승 합 | 화 물` over `9 | 3 | 2`) holds them as kinds of the fleet (category the fleet's `name`): here
    # they are categories, as where printed as rows (`승 용 | 8`) or over their kinds, so that `category = '승용'`
    # finds every year's; a category of the law's printed with its `차` (`승용차`, `특수차`) is named without it, as
    # most reports print it (`vehicles` keeps it as printed), and so are its rows a second column of labels parts
    # (`승 용 | 업무용`, `화 물 | 소 형`: `vehicles` holds `승용 업무용`, `화물 소형`), their vehicles its own where it
    # prints no row of its own, which counts them; counts by fuel of the fleet (kind null) stay under its name.
    # A kind or a model printed as a category of its own (`압축진개차 | 20` over its fuels, `쏘나타 | 2`) is its told
    # category's part (`vehicles` holds `화물 압축진개차`, `승용 쏘나타`; a name that tells none `미분류 기타`),
    # counted as that category's. The 계 row is no category: the fleet's total is `vehicle_totals`' `held`, so the
    # categories of a fleet add up to it. `fleet` is the fleet's name, `as_of` its date.
    """CREATE VIEW IF NOT EXISTS vehicle_categories AS SELECT document_id, fleet_id, fleet, status,
        CASE WHEN head IN ('승용차', '승합차', '화물차', '특수차', '이륜차') THEN substr(head, 1, 2)
            WHEN head IN ('승용', '승합', '화물', '특수', '이륜', '미분류') THEN head ELSE printed END AS category,
        coalesce(max(count) FILTER (WHERE printed = head), sum(count)) AS count, as_of
        FROM (SELECT document_id, fleet_id, fleet, status, printed, as_of,
                CASE WHEN instr(printed, ' ') THEN substr(printed, 1, instr(printed, ' ') - 1) ELSE printed END AS head,
                coalesce(max(count) FILTER (WHERE kind IN ('소계', '계')),
                         sum(count) FILTER (WHERE kind IS NOT '소계')) AS count
            FROM (SELECT v.document_id, v.fleet_id, f.name AS fleet, v.status, v.count, f.as_of,
                    CASE WHEN v.category = f.name AND v.kind IS NOT NULL THEN v.kind ELSE v.category END AS printed,
                    CASE WHEN v.category = f.name AND v.kind IS NOT NULL THEN '소계' ELSE v.kind END AS kind
                FROM vehicles v JOIN vehicle_fleets f ON f.id = v.fleet_id)
            WHERE printed NOT IN ('계', '소계') GROUP BY fleet_id, status, printed)
        GROUP BY fleet_id, status, category""",
    """CREATE TABLE IF NOT EXISTS projects (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        seq INTEGER NOT NULL,
        title TEXT,
        title_from TEXT,
        team TEXT,
        purpose TEXT,
        unit_name TEXT,
        line INTEGER,
        page INTEGER,
        continuity TEXT,
        former_title TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS project_items (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES project_items(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT NOT NULL,
        depth INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_month INTEGER,
        end_month INTEGER,
        amount_krw INTEGER,
        line INTEGER,
        page INTEGER,
        year INTEGER,
        end_year INTEGER,
        months TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS budget_lines (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        budget_krw INTEGER,
        executed_krw INTEGER,
        execution_rate REAL,
        rate_text TEXT,
        as_of TEXT,
        funding_source TEXT,
        unit TEXT,
        line INTEGER,
        page INTEGER,
        remaining_krw INTEGER,
        other_columns TEXT,
        parent TEXT,
        table_no INTEGER NOT NULL DEFAULT 1,
        budget_year INTEGER,
        subtotal_id INTEGER,
        former_name TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS generic_tables (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        caption TEXT,
        unit TEXT,
        section TEXT,
        header_rows INTEGER NOT NULL,
        n_rows INTEGER NOT NULL,
        n_cols INTEGER NOT NULL,
        line INTEGER,
        page INTEGER,
        records_in TEXT,
        as_of TEXT,
        note TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS table_cells (
        table_id INTEGER NOT NULL REFERENCES generic_tables(id) ON DELETE CASCADE,
        row INTEGER NOT NULL,
        col INTEGER NOT NULL,
        text TEXT NOT NULL,
        value NUMERIC,
        months TEXT,
        PRIMARY KEY (table_id, row, col)
    )""",
    """CREATE TABLE IF NOT EXISTS findings (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
        location TEXT NOT NULL,
        table_name TEXT,
        row_label TEXT,
        column_label TEXT,
        expected TEXT,
        actual TEXT,
        message TEXT NOT NULL,
        line INTEGER,
        page INTEGER
    )""",
    """CREATE TABLE IF NOT EXISTS ingest_errors (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT,
        error TEXT NOT NULL,
        seen_at TEXT NOT NULL
    )""",
    # What `reportdb search` searches: one row per project title, purpose and item, budget line's name,
    # generic table row and general part's text, written with the document; the FTS5 index over it is
    # rebuilt once after a bulk load (see pipeline.search).
    """CREATE TABLE IF NOT EXISTS search_lines (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES project_items(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        text TEXT NOT NULL,
        line INTEGER,
        page INTEGER
    )""",
    # The lines without their spaces, which the index holds: a term is found however either is spaced.
    "CREATE VIEW IF NOT EXISTS search_unspaced AS SELECT id, replace(text, ' ', '') AS text FROM search_lines",
    # Only which lines hold which trigrams (detail=none: no positions; columnsize=0: no token counts): the
    # search asks it with LIKE, which needs no more, and it builds in less than half the time of a full index.
    """CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
        text, content='search_unspaced', content_rowid='id', tokenize='trigram', detail=none, columnsize=0
    )""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
# The indexes for queries and for the cascades of a replaced document: a bulk load drops them first
# and builds them once at the end (`indexes_deferred`).
INDEXED = (
    ("documents", "department"), ("staffing", "document_id"), ("vehicle_fleets", "document_id"),
    ("vehicles", "document_id"), ("vehicles", "fleet_id"), ("projects", "document_id"),
    ("project_items", "document_id"), ("project_items", "project_id"), ("project_items", "parent_id"),
    ("budget_lines", "document_id"), ("budget_lines", "project_id"), ("generic_tables", "document_id"),
    ("generic_tables", "project_id"), ("findings", "document_id"), ("search_lines", "document_id"),
    ("search_lines", "project_id"), ("search_lines", "item_id"),
)

T = TypeVar("T")


def is_locked(exc: sqlite3.OperationalError) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def retry_locked(write: Callable[[], T]) -> T:
    """Run a whole transaction again when it met a lock SQLite did not wait for (a read turned into a write while
    another connection writes fails at once), within the busy timeout: a lock that held out for all of it is
    given up on, so the wait is the timeout the error names (`locked for over 30 s`), not the timeout once for
    each retry."""
    started = time.monotonic()
    for attempt in range(LOCK_RETRIES):
        try:
            return write()
        except sqlite3.OperationalError as exc:
            waited = time.monotonic() - started
            if not is_locked(exc) or attempt == LOCK_RETRIES - 1 or waited >= BUSY_TIMEOUT_S:
                raise
            time.sleep(min(0.2 * 2**attempt, BUSY_TIMEOUT_S - waited))
    raise AssertionError("unreachable")


# a byte of a file's name that is not UTF-8 (a name in CP949 from a Windows zip unpacked on Linux), as Python holds
# it: a lone surrogate, U+DC80 to U+DCFF, which SQLite cannot store; and as the database holds it, `\xb1`
_UNDECODED_BYTE_RE = re.compile(r"[\udc80-\udcff]")
_ESCAPED_BYTE_RE = re.compile(r"\\x([89a-f][0-9a-f])")


def stored_path(path: str | Path) -> str:
    """A path as the database holds it, in NFC: macOS names files in NFD (`총무과` as its jamo), which a name typed
    (`show`, a query's `LIKE '%총무과%'`) never matches. A name's bytes that are not UTF-8 are written `\\xb1`."""
    nfc = unicodedata.normalize("NFC", str(path))
    return _UNDECODED_BYTE_RE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", nfc)


def named_path(stored: str) -> str:
    """The path a stored path stands for where it holds bytes that are not UTF-8 (`\\xb1`), as Python names
    the file: `stored_path` undone, but for the NFC."""
    return _ESCAPED_BYTE_RE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), stored)


def path_stem(path: str) -> str:
    """A file's path without its extension: a report's text and PDF side by side share it."""
    return os.path.splitext(path)[0]


def connect(path: str | Path) -> Database:
    """Open (creating if needed) a reports database for writing, with the schema in place."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    if (reason := another_programs(conn)) is not None:  # never add tables to it or switch it to WAL
        raise sqlite3.DatabaseError(reason)
    retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
    conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: no fsync per document, and still never corrupt
    retry_locked(lambda: _create_schema(db))
    return db


def another_programs(conn: sqlite3.Connection) -> str | None:
    """Why a database with tables is another program's, or None where it is reportdb's or has no tables: every
    reportdb stamps its schema version (`PRAGMA user_version`) in the transaction that makes its tables, so
    tables without it are another's, one named `documents` too, and so are tables without a `documents`."""
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not tables or ("documents" in tables and conn.execute("PRAGMA user_version").fetchone()[0]):
        return None
    shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
    return f"not a reportdb database (it holds other tables: {shown})"


# What each older schema version needs to become the current one (new columns come last in SCHEMA too,
# so a migrated database and a new one have the same tables).
# Schema 41 counts in `vehicle_categories` (SCHEMA makes it again) a kind printed as a category of its own under
# the category its name tells (`화물 압축진개차` as `화물`, `미분류 기타` as `미분류`) and shows no `계` row (the
# fleet's total is `vehicle_totals`'). A kind's rows are as they were until an ingest extracts them again, which it
# does: their `extracted_by` is another's.
# Schema 40 adds the `staffing_by_report` view (SCHEMA makes it): each report's 정원, 현원 and 과부족 and its
# department's every name. The rows are as they were. A later schema dropping a view it reads (`reports`,
# `staffing_totals`, `department_renames`) drops it first: SQLite refuses every later statement while it is broken.
_TO_41 = ("DROP VIEW IF EXISTS vehicle_categories",)
_TO_40 = _TO_41
# Schema 39 gives in `budget_totals` (SCHEMA makes it again) the date a budget's figures stand at where it prints
# none, the latest its report's other tables print (`dated_as_of`), and which it is (`dated_by`). The rows are as
# they were.
_TO_39 = ("DROP VIEW IF EXISTS budget_totals", *_TO_40)
# Schema 38 sums in `budget_totals` (SCHEMA makes it again), of a budget table printing no 계, a line named as its
# group and the group's other lines, as `sum.budget` sums them (`저소득층 생활안정 | 저소득층 생활안정` over `| 긴급복지
# 지원`, `기본경비 | 기본경비`: before, left out, taken for the group's own line and its parts). The rows are as they
# were.
_TO_38 = _TO_39
# Schema 37 counts in `vehicle_categories` (SCHEMA makes it again) the 계 row's 계 alone, not its fuels' counts too
# (before, a fleet by fuel had twice its vehicles), and a law's category's rows a second column of labels parts
# (`승 용 | 업무용`) as that category's. The rows are as they were.
_TO_37 = ("DROP VIEW IF EXISTS vehicle_categories", *_TO_38)
# Schema 36 gives `budget_totals` (SCHEMA makes it again) the budget of a document whose budget tables print no
# 집행액 (its first table of its own year's, spending and rate unknown), where before it had no row. The rows are as
# they were.
_TO_36 = ("DROP VIEW IF EXISTS budget_totals", *_TO_37)
# Schema 35 keeps the months a cell of a column of dates prints (`table_cells.months`, a JSON array as
# `project_items.months`: `["2025-06"]` of `2025. 6. 12. ~ 6. 27.` under `일 시`). Its cells have none until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_35 = ("ALTER TABLE table_cells ADD COLUMN months TEXT", *_TO_36)
# Schema 34 counts in `staffing_totals` (SCHEMA makes it again) a 과's `소 계` row in place of its teams' where a
# table by office prints no 계 row, as `checks.staffing.headcount` counts it (before, its teams'). The rows are as
# they were.
_TO_34 = ("DROP VIEW IF EXISTS staffing_totals", *_TO_35)
# Schema 33 keeps the series a row marked as a part of its class counts (`staffing.series`: `- 행정` under `일반직`),
# which an older reportdb kept as a class of its own (`-행정`), and `staffing_totals` (SCHEMA makes it again) counts
# them in their class's row. Its rows have none until an ingest extracts them again, which it does: their
# `extracted_by` is another's.
_TO_33 = ("ALTER TABLE staffing ADD COLUMN series TEXT", *_TO_34)
# Schema 32 keeps the office a count of a table of staff by team counts (`staffing.office`: `교통정책팀`, and
# `staffing.division`, the 과 its team is printed under), which an older reportdb kept as the count's class, and
# `staffing_totals` (SCHEMA makes it again) sums a table by office by its offices. Its rows have none until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_32 = ("ALTER TABLE staffing ADD COLUMN office TEXT", "ALTER TABLE staffing ADD COLUMN division TEXT", *_TO_33)
# Schema 31 keeps the former name a project's title or a budget line prints after it (`projects.former_title`,
# `budget_lines.former_name`: `청사시설 관리 (구 청사 관리)`, whose name an older reportdb kept with the bracket), and
# adds the `project_renames` view (SCHEMA makes it). Its rows have none until an ingest extracts them again, which it
# does: their `extracted_by` is another's.
_TO_31 = ("ALTER TABLE projects ADD COLUMN former_title TEXT", "ALTER TABLE budget_lines ADD COLUMN former_name TEXT",
          *_TO_32)
# Schema 30 keeps the former name a report states of its department (`documents.former_department`: `행정지원과 (구
# 총무과)`), holds the renames the user states (`renames`, which SCHEMA makes) and gives each report its department's
# name now (`reports.current_department`: SCHEMA makes the view again). Its documents have none until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_30 = ("ALTER TABLE documents ADD COLUMN former_department TEXT", "DROP VIEW IF EXISTS reports", *_TO_31)
# Schema 29 keeps each fleet's name (`vehicle_fleets.name`: `공용차량현황` of `3. 공용차량 현황 - 총 13대 (정수 14)`),
# under which a fleet printing its categories as one row of counts files them as its kinds, and adds the
# `vehicle_categories` view (SCHEMA makes it), which counts them as categories. Its fleets have none until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_29 = ("ALTER TABLE vehicle_fleets ADD COLUMN name TEXT", *_TO_30)
# Schema 28 says which lines an unnamed `소 계` among the 단위사업 sums (`budget_lines.subtotal_id`, the 소계's id, as
# `sum.budget` sums it), and `budget_totals` (SCHEMA makes it again) takes such a 소계 for no 계 of its table. Its
# lines have none until an ingest extracts them again, which it does: their `extracted_by` is another's.
_TO_28 = ("ALTER TABLE budget_lines ADD COLUMN subtotal_id INTEGER", "DROP VIEW IF EXISTS budget_totals",
          *_TO_29)
# Schema 27 keeps each month an item runs in (`project_items.months`, a JSON array: `["2025-04","2025-09"]` of
# `4월·9월`, whose span 4–9 an older reportdb kept alone). Its items have their span's every month until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_27 = ("ALTER TABLE project_items ADD COLUMN months TEXT",
          "UPDATE project_items SET months = (WITH RECURSIVE counted(month) AS ("
          "SELECT coalesce(year, 0) * 12 + start_month - 1 UNION ALL SELECT month + 1 FROM counted "
          "WHERE month < coalesce(end_year, year, 0) * 12 + end_month - 1) "
          "SELECT json_group_array(CASE WHEN year IS NULL THEN printf('--%02d', month % 12 + 1) "
          "ELSE printf('%04d-%02d', month / 12, month % 12 + 1) END) FROM counted) WHERE start_month IS NOT NULL",
          *_TO_28)
# Schema 26 keeps the post a staffing grade prints in brackets (`staffing.post`: `6급(팀장)` is 6급 held by a 팀장, two
# posts of one grade two rows of it, which an older reportdb kept as the grades printed) and the fuel vehicles
# counted by fuel are of (`vehicles.fuel`: `휘발유 | 경유 | 전기`, which an older one kept as the kind, the kind then
# null where none is printed, so `vehicles` is made again without NOT NULL on it; the views over both, which SCHEMA
# makes again, go by them). Their rows have none until an ingest extracts them again, which it does: their
# `extracted_by` is another's. Its `budget_totals` (SCHEMA makes it again) sums, of a budget table printing no 계,
# a line whose group prints no line of its own too (a 단위사업 under a 정책사업 printing none).
_VEHICLES_25 = "id, document_id, fleet_id, fleet, category, kind, count, line, page, status"  # schema 25's columns
_TO_26 = ("ALTER TABLE staffing ADD COLUMN post TEXT", "DROP VIEW IF EXISTS staffing_totals",
          "DROP VIEW IF EXISTS budget_totals", "DROP VIEW IF EXISTS vehicle_totals",
          "ALTER TABLE vehicles RENAME TO vehicles_25", VEHICLES,
          f"INSERT INTO vehicles ({_VEHICLES_25}) SELECT {_VEHICLES_25} FROM vehicles_25",
          "DROP TABLE vehicles_25", *_TO_27)
# Schema 25 gives the budget of a document whose first budget table prints no 계 (`budget_totals`, which schema 26
# makes again): the sum of its lines.
_TO_25 = _TO_26
# Schema 24 orders the index the `reports` view reads a report's documents in by the office too, where an older one
# found a report's document among every office's of its department and year, and the view asks for it (SCHEMA makes
# both again).
_TO_24 = ("DROP INDEX IF EXISTS documents_report", "DROP VIEW IF EXISTS reports", *_TO_25)
# Schema 23 keeps the 구청 a department of a city's 구 is of (`documents.office`: `장안구 총무과` to the 수원시의회 is
# the 장안구's 총무과, an older reportdb's `총무과`), and the `reports` view (SCHEMA makes it again) tells two offices'
# reports apart. Its documents have none until an ingest extracts them again, which it does: their `extracted_by`
# is another's.
_TO_23 = ("ALTER TABLE documents ADD COLUMN office TEXT", "DROP VIEW IF EXISTS reports", *_TO_24)
# Schema 22 keeps a project's 신규/계속 marker apart from its title (`projects.continuity`: `① 제목 [계속] (팀)` is
# titled `제목`). Its projects keep the marker in their titles until an ingest extracts them again, which it does: their
# `extracted_by` is another's.
_TO_22 = ("ALTER TABLE projects ADD COLUMN continuity TEXT", *_TO_23)
# Schema 21 keeps the year a budget line is for where its table names another than the report's (`budget_year`: a
# November plan's `2026년 예산(안)`), which an older reportdb kept as a grid or as a line of no year. Its rows have none
# until an ingest extracts them again, which it does: their `extracted_by` is another's.
_TO_21 = ("ALTER TABLE budget_lines ADD COLUMN budget_year INTEGER", *_TO_22)
# Schema 20 keeps what a table's unit's bracket says besides its unit and its date (`generic_tables.note`: `부가세
# 포함`, `잠정치`), and keeps a staffing, vehicles or budget table's grid for it. Its tables have none until an ingest
# extracts them again, which it does: their `extracted_by` is another's.
_TO_20 = ("ALTER TABLE generic_tables ADD COLUMN note TEXT", *_TO_21)
# Schema 19 keeps the year an item's period ends in where it is another than the one it starts in (`end_year`:
# `11월 ~ 익년 2월` runs from 11 of `year` to 2 of the next), where an older reportdb kept the period's months in one
# year (11–12). Its rows have none until an ingest extracts them again, which it does: their `extracted_by` is
# another's.
_TO_19 = ("ALTER TABLE project_items ADD COLUMN end_year INTEGER", *_TO_20)
# Schema 18 holds the volume of a report printed in volumes, each a file (`[ 제 2 권 ]`), and the `reports` view
# (SCHEMA makes it again) keeps each volume, and two reports given at one session under two titles, apart. The
# documents an older reportdb loaded have none until an ingest extracts them again, which it does.
_TO_18 = ("ALTER TABLE documents ADD COLUMN volume INTEGER", "DROP VIEW IF EXISTS reports", *_TO_19)
# Schema 17 keeps the date a staffing table, a fleet or another table stands at (`as_of`, as budget lines have), and
# gives it in the `staffing_totals` and `vehicle_totals` views (SCHEMA makes them again). The rows an older reportdb
# loaded have none until an ingest extracts them again, which it does: their `extracted_by` is another's.
_TO_17 = ("ALTER TABLE staffing ADD COLUMN as_of TEXT", "ALTER TABLE vehicle_fleets ADD COLUMN as_of TEXT",
          "ALTER TABLE generic_tables ADD COLUMN as_of TEXT", "DROP VIEW IF EXISTS staffing_totals",
          "DROP VIEW IF EXISTS vehicle_totals", *_TO_18)
# Schema 16 adds the `vehicle_totals` view (SCHEMA makes it).
_TO_16 = _TO_17
# Schema 15 records which extraction made each document's rows (`extracted_by`, pipeline.fingerprint): the
# documents an older reportdb loaded have none, so an ingest extracts them again, once. That replaces the time of
# the last migration (`migrated_at` in `meta`), by which an older reportdb knew what to extract again.
_TO_15 = ("ALTER TABLE documents ADD COLUMN extracted_by TEXT", "DELETE FROM meta WHERE key = 'migrated_at'",
          *_TO_16)
# Schema 14 holds paths in NFC (`stored_path`); of a path held in both forms (two files on Linux) the NFD one stays.
_TO_14 = ("UPDATE OR IGNORE documents SET path = nfc(path), path_stem = nfc(path_stem) WHERE path <> nfc(path)",
          "UPDATE OR IGNORE ingest_errors SET path = nfc(path) WHERE path <> nfc(path)", *_TO_15)
# Schema 13 keeps each file's path without its extension, by which the `reports` view folds the text and PDF of a
# report whose department is not known (SCHEMA makes the view again), and adds the `budget_totals` view.
_TO_13 = ("DROP VIEW IF EXISTS reports", "ALTER TABLE documents ADD COLUMN path_stem TEXT",
          "UPDATE documents SET path_stem = path_stem(path)", *_TO_14)
# Schema 12 tells two reports of a department and year apart by their session (the `reports` view, which SCHEMA
# makes again once _TO_13 has dropped it) and adds the `staffing_totals` view.
_TO_12 = _TO_13
# Schema 11 stores the year an item's months are in: the report's, for the items it can tell. Not for those under
# a part naming another year (`Ⅲ. 2026년 주요업무 계획`: an older reportdb read their months in the report's year
# or in the part's) nor those printing a year (`2026.`, `’26.`, `26년`, `익년`: one read a month of another year as
# the report's, a later one gave it none): their year stays null until they are loaded again.
_TO_11 = ("ALTER TABLE project_items ADD COLUMN year INTEGER",
          "UPDATE project_items SET year = (SELECT d.year FROM projects p JOIN documents d ON d.id = p.document_id "
          "WHERE p.id = project_items.project_id AND (p.section NOT GLOB '*20[0-9][0-9]*' "
          "OR instr(p.section, d.year) > 0)) WHERE start_month IS NOT NULL AND NOT (text GLOB '*20[0-9][0-9]*' "
          "OR text GLOB '*[’‘''`][0-9][0-9]*' OR text GLOB '*[0-9][0-9]년*' OR text GLOB '*[익내]년*')", *_TO_12)
# Schema 10 indexes the lines without their spaces (SCHEMA makes the index again; it is stale until the next
# ingest, and the search reads every line until then) and searches the budget lines' names.
_TO_10 = ("DROP TABLE IF EXISTS search_index",
          "INSERT INTO search_lines (document_id, project_id, field, text, line, page) "
          "SELECT document_id, project_id, 'budget', name, line, page FROM budget_lines",
          "INSERT INTO meta (key, value) VALUES ('search_stale', '1') ON CONFLICT(key) DO UPDATE SET value = '1'",
          *_TO_11)
# Schema 9 adds the council, read from the session each document holds (a cover printing its council alone,
# without a session, gains it when loaded with --force); the `reports` view goes by it and by the text loaded
# last (_TO_12 drops the older view, SCHEMA makes it again).
_TO_9 = ("ALTER TABLE documents ADD COLUMN council TEXT",
         "UPDATE documents SET council = council_named(council_session)", *_TO_10)
_TO_8 = ("ALTER TABLE vehicles ADD COLUMN status TEXT NOT NULL DEFAULT '보유'", *_TO_9)
_TO_7 = ("ALTER TABLE staffing ADD COLUMN table_no INTEGER NOT NULL DEFAULT 1", *_TO_8)
_TO_4 = ("ALTER TABLE documents ADD COLUMN from_file_name TEXT", "ALTER TABLE staffing ADD COLUMN note TEXT",
         "ALTER TABLE budget_lines ADD COLUMN table_no INTEGER NOT NULL DEFAULT 1",
         "ALTER TABLE generic_tables ADD COLUMN records_in TEXT", *_TO_7)
_TO_3 = ("ALTER TABLE budget_lines ADD COLUMN other_columns TEXT", "ALTER TABLE budget_lines ADD COLUMN parent TEXT",
         *_TO_4)
MIGRATIONS = {1: ("ALTER TABLE budget_lines ADD COLUMN remaining_krw INTEGER", *_TO_3), 2: _TO_3, 3: _TO_4,
              4: _TO_7,  # schema 5 added the `reports` view, which SCHEMA makes
              5: _TO_7,  # schema 6 told councils apart in the view by their session, schema 9 by their council
              6: _TO_7, 7: _TO_8, 8: _TO_9, 9: _TO_10, 10: _TO_11, 11: _TO_12, 12: _TO_13, 13: _TO_14, 14: _TO_15,
              15: _TO_16, 16: _TO_17, 17: _TO_18, 18: _TO_19, 19: _TO_20, 20: _TO_21, 21: _TO_22,
              22: _TO_23, 23: _TO_24, 24: _TO_25, 25: _TO_26, 26: _TO_27, 27: _TO_28,
              28: _TO_29, 29: _TO_30, 30: _TO_31, 31: _TO_32, 32: _TO_33, 33: _TO_34, 34: _TO_35, 35: _TO_36,
              36: _TO_37, 37: _TO_38, 38: _TO_39, 39: _TO_40, 40: _TO_41}


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A transaction that takes the write lock at its start (BEGIN IMMEDIATE), waiting up to the busy timeout
    for another writer. One that reads first and then writes cannot wait: SQLite refuses at once to turn
    a read into a write while another connection writes (SQLITE_BUSY), so it fails within the retries."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:  # an error may have rolled it back already
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _create_schema(db: Database) -> None:
    with write_transaction(db):
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"made by a newer reportdb (schema version {version}, this one knows up to "
                                        f"{SCHEMA_VERSION}): upgrade reportdb to use it")
        if version not in (0, *MIGRATIONS, SCHEMA_VERSION):
            raise sqlite3.DatabaseError(f"schema version {version}, this reportdb writes version {SCHEMA_VERSION}")
        if version in MIGRATIONS and version < 9:  # only _TO_9 calls council_named
            # imported only here: the extractors take longer to import than `reportdb query` takes to run
            from extractors.document_info import council_named

            db.conn.create_function("council_named", 1, council_named, deterministic=True)
        db.conn.create_function("path_stem", 1, path_stem, deterministic=True)  # for _TO_13
        db.conn.create_function("nfc", 1, stored_path, deterministic=True)  # for _TO_14
        for statement in MIGRATIONS.get(version, ()):
            db.execute(statement)
        for statement in SCHEMA:
            db.execute(statement)
        _create_indexes(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_indexes(db: Database) -> None:
    for table, column in INDEXED:
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_{column} ON {table}({column})")


@contextmanager
def indexes_deferred(db: Database) -> Iterator[None]:
    """Load without the indexes and build them once at the end, also after Ctrl-C: for a bulk load this
    costs half as much. A run killed outright leaves them to the next `connect`, which makes what is missing."""

    def drop() -> None:
        with db.atomic():
            for table, column in INDEXED:
                db.execute(f"DROP INDEX IF EXISTS {table}_{column}")

    def create() -> None:
        with db.atomic():
            _create_indexes(db)

    retry_locked(drop)
    try:
        yield
    finally:
        retry_locked(create)


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing database read-only (the file itself, by URI), for commands that only read.

    Reading a WAL database needs its `-shm` file, which SQLite makes beside it: in a folder the user may
    not write, a database without one is opened as immutable (nothing writes it there), unless it has a
    write-ahead log to read, which only a writable folder allows."""
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    shm, wal = (path.with_name(path.name + suffix) for suffix in ("-shm", "-wal"))
    if not shm.exists() and not os.access(path.parent, os.W_OK):
        if wal.exists() and wal.stat().st_size:
            raise sqlite3.OperationalError(f"cannot read it in a folder you may not write: its changes in {wal.name} "
                                           f"need a {shm.name} file beside it (copy the database with its {wal.name})")
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    conn.execute("PRAGMA query_only = ON")
    conn.row_factory = sqlite3.Row
    return conn
