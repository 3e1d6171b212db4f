"""Rich tables for the commands: one document's records (`show`, `extract --pretty`), findings, query results.

Everything is rendered from database rows, so `extract --pretty` (a report loaded into a database in
memory) and `show` (a document in the file) print the same way. Printed text is never taken as markup.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from rich import table as rich_table
from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from rich.tree import Tree

from extractors.labels import COST_TOTALS
from pipeline import patterns
from pipeline.db import stored_path
from pipeline.values import YEAR, with_former_name

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


class Table(rich_table.Table):
    """A rich table whose too-long cells fold onto the next line rather than end in an ellipsis: rich's ellipsis
    drops the last word of a wrapped line of wide letters that just fills its column (`근린공원의 노후` printed as
    `근린공원의 노 …` in a column of 15), so Korean text would be lost where nothing needed cropping."""

    def add_column(self, *args: Any, overflow: Any = "fold", **kwargs: Any) -> None:
        super().add_column(*args, overflow=overflow, **kwargs)


class _EscapingConsole(Console):
    """A console whose every piece of text has its control characters escaped (`\x1b`, `\x9b`) but for its line
    breaks and tabs: a report's text printed by `show`, `search` or `extract --pretty` may hold them, and a
    terminal would act on them (recolour, clear the screen, retitle the window). Rich's own styles are added
    after, so they still print; a cell crops what the escapes lengthen, so the tables keep their shape."""

    def render(self, renderable: Any, options: Any = None) -> Iterator[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None and _CONTROL_RE.search(segment.text):
                segment = Segment(_CONTROL_RE.sub(_escaped, segment.text), segment.style)
            yield segment


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def make_console() -> Console:
    """A console that prints text as is (no markup, emoji or highlighting), a control character escaped; wide
    when not a terminal, and where COLUMNS is 0 (as some CI runners set it), with which rich would print nothing
    at all."""
    console = _EscapingConsole(markup=False, emoji=False, highlight=False)
    if (not console.is_terminal and "COLUMNS" not in os.environ) or console.width < 1:
        console.width = 200
    return console


def rows(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def won(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def text(value: Any) -> str:
    return "" if value is None else str(value)


def findings_table(findings: list[dict[str, Any]], show_document: bool = True,
                   documents: Sequence[Mapping[str, Any]] | None = None) -> Table:
    """The findings, each by its document's name (`DocumentNames`, as of `documents`, every document checked: a
    file with no findings still shares its name with one that has), with its file's where several share it."""
    table = Table(title="Findings", title_justify="left", show_lines=False)
    if show_document:
        table.add_column("document")
    for name in ("severity", "rule", "location", "expected", "actual", "message"):
        table.add_column(name)
    names = DocumentNames(findings if documents is None else documents) if show_document else None
    for f in findings:
        cells = [Text(f["severity"], style=SEVERITY_STYLE.get(f["severity"], "")),
                 *(one_line(text(f[name])) for name in ("rule", "location", "expected", "actual", "message"))]
        if names is not None:
            cells.insert(0, names.with_file(f))
        table.add_row(*cells)
    return table


_SESSION_NUMBER_RE = patterns.compile(r"제\s*(\d+)\s*회")  # `제261회`, `제 261 회` in a council session's name


def _session_number(row: Mapping[str, Any]) -> str | None:
    match = _SESSION_NUMBER_RE.search(row["council_session"]) if row["council_session"] else None
    return f"제{match.group(1)}회" if match else None


def _other_session(one: tuple[str | None, str | None], other: tuple[str | None, str | None]) -> bool:
    """Whether two documents' (session number, first day) are of two sessions, as the `reports` view tells two
    reports apart: a number or a first day that both print differently (one a converter dropped tells nothing)."""
    return any(a is not None and b is not None and a != b for a, b in zip(one, other, strict=True))


def session_names(row: Mapping[str, Any]) -> list[str]:
    """The names of the session a report was given at, as they tell two of a department's year apart (June's
    정례회 and November's 행정사무감사): its number as the cover prints it (`제261회`), then the month it began
    (`11월`); none where the cover printed neither."""
    number = _session_number(row)
    return ([number] if number else []) + ([f"{int(row['session_start'][5:7])}월"] if row["session_start"] else [])


def session_name(row: Mapping[str, Any]) -> str | None:
    """The session's name a document's is printed with (`session_names`): its number, else its month."""
    return next(iter(session_names(row)), None)


# the year a title starts with (`2025년도 `, `’25년 `): the name a report goes by is the rest of it
_TITLE_YEAR_RE = patterns.compile(rf"^\s*{YEAR}\s*(?:년\s*(?:도\s*)?)?")


def title_name(row: Mapping[str, Any]) -> str | None:
    """The name a report's title gives it, its year left out (`2025년도 행정사무감사 업무보고` → `행정사무감사
    업무보고`), as it tells two reports of one session apart; None where the cover printed no title."""
    return (_TITLE_YEAR_RE.sub("", row["title"]).strip() or row["title"]) if row["title"] else None


def volume_name(row: Mapping[str, Any]) -> str | None:
    """`제2권`: the volume of a report printed in volumes."""
    return f"제{row['volume']}권" if row["volume"] is not None else None


def _unspaced(text: str | None) -> str | None:
    return text.replace(" ", "") if text else None


def _other_title(one: tuple, other: tuple) -> bool:
    """Whether two documents of one session (or of sessions they do not tell apart) print two titles (spaces
    aside): two reports given at one session (`행정사무감사 업무보고` and `주요업무 보고`)."""
    (session, title), (other_session, other_title) = one, other
    return not _other_session(session, other_session) and None not in (title, other_title) and title != other_title


class DocumentNames:
    """How rows of several documents name each, as `reportdb show` takes it: `총무과 2024`; after its council
    where the rows are of more than one council's reports (`서해구의회 총무과 2024`), after its office where it has
    one (`장안구 총무과 2024`: a 구청's, to a city's council), with its session where the
    rows hold two reports of that name given at different sessions (`총무과 2024 제261회`), with its title where
    they hold two given at one session (`총무과 2024 행정사무감사 업무보고`), and with its volume where they hold
    two volumes of one (`총무과 2024 제2권`)."""

    def __init__(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.with_council = len({row["council"] for row in rows} - {None}) > 1
        printed: dict[tuple, set[tuple]] = {}
        volumes: dict[tuple, set[int]] = {}
        for row in rows:
            printed.setdefault(self._key(row), set()).add(
                ((_session_number(row), row["session_start"]), _unspaced(row["title"])))
            volumes.setdefault(self._key(row), set()).add(row["volume"])
        pairs = {key: list(itertools.combinations(both, 2)) for key, both in printed.items()}
        self.with_session = {key for key, two in pairs.items()
                             if any(_other_session(one[0], other[0]) for one, other in two)}
        self.with_title = {key for key, two in pairs.items() if any(itertools.starmap(_other_title, two))}
        self.with_volume = {key for key, held in volumes.items() if len(held - {None}) > 1}
        self._paths: dict[str, set[str]] = {}
        for row in rows:
            self._paths.setdefault(self(row), set()).add(row["path"])

    @staticmethod
    def _key(row: Mapping[str, Any]) -> tuple:
        return row["council"], row["office"], row["department"], row["year"]

    def department(self, row: Mapping[str, Any]) -> str:
        """`총무과`, `서해구의회 총무과`, `장안구 총무과`."""
        return " ".join(filter(None, (row["council"] if self.with_council else None, row["office"],
                                      row["department"])))

    def year(self, row: Mapping[str, Any]) -> str:
        """`2024`, `2024 제261회`, `2024 행정사무감사 업무보고`, `2024 제2권`; empty where none is known."""
        key = self._key(row)
        session = session_name(row) if key in self.with_session else None
        title = title_name(row) if key in self.with_title else None
        volume = volume_name(row) if key in self.with_volume else None
        return " ".join(filter(None, (text(row["year"]), session, title, volume)))

    def __call__(self, row: Mapping[str, Any]) -> str:
        """The whole name (`서해구의회 총무과 2024 제261회`), or the file's where neither the department nor the
        year is known."""
        if row["department"] is None and row["year"] is None:
            return os.path.basename(row["path"])
        return " ".join(filter(None, (self.department(row), self.year(row))))

    def with_file(self, row: Mapping[str, Any]) -> str:
        """The whole name, and its file's where the rows hold several files of that name (a report's text and its
        PDF, two versions of one checked together): `총무과 2024 (2024-chongmu.pdf)`; its path where another of
        them has that file name too (`v2/2024-chongmu.txt`)."""
        name = self(row)
        paths = self._paths.get(name, {row["path"]})
        if len(paths) < 2:
            return name
        file = os.path.basename(row["path"])
        shown = shown_path(row["path"]) if sum(os.path.basename(path) == file for path in paths) > 1 else one_line(file)
        return shown if name == file else f"{name} ({shown})"


def shown_path(path: str) -> str:
    """A path relative to the working directory when it is below it, on one line, as the database holds it
    (`stored_path`: a name's bytes that are not UTF-8 as `\\xb1`): a newline or other control character in a
    name is shown escaped (`we\\nird.txt`)."""
    path, below = stored_path(path), stored_path(os.getcwd()).rstrip(os.sep) + os.sep
    return one_line(path[len(below):] if path.startswith(below) else path)


def result_table(columns: list[str], records: list[tuple]) -> Table:
    """A query's rows as a table, each value on one line as it is stored: a control character in it escaped
    (`\\x1b`, `\\r`), which would otherwise move the cursor or recolour the terminal, or part the row."""
    table = Table(*map(one_line, columns))
    for record in records:
        table.add_row(*(Text("NULL", style="dim") if v is None else one_line(str(v)) for v in record))
    return table


# what would break a line of output or the terminal: control characters, line separators, and the lone
# surrogates that stand for bytes of a name that are not UTF-8
_UNPRINTABLE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """Text on one line: a control character or line separator escaped (`\\n`, `\\x1b`)."""
    return _UNPRINTABLE_RE.sub(_escaped, text)


def _escaped(match: re.Match) -> str:
    return match.group().encode("unicode_escape").decode()


def print_document(console: Console, conn: sqlite3.Connection, document_id: int, stored: bool = True) -> None:
    """All of one document's records, section by section as the report prints them.

    `stored` adds what only a database knows: the id, the hash and when it was ingested.
    """
    (doc,) = rows(conn, "SELECT * FROM documents WHERE id = ?", [document_id])
    office = f"{doc['office']} " if doc["office"] else ""  # `장안구 총무과`: a 구청's department
    info = Table(title=f"{office}{text(doc['department'])} {text(doc['year'])} {text(doc['title'])}".strip(),
                 title_justify="left", show_header=False)
    info.add_column(style="bold")
    info.add_column()
    session = " ~ ".join(d for d in (doc["session_start"], doc["session_end"]) if d)
    facts = [("path", doc["path"]), ("format", doc["format"]), ("council", doc["council"]), ("office", doc["office"]),
             ("former name", doc["former_department"]), ("council session", doc["council_session"]),
             ("session", session), ("volume", volume_name(doc)), ("teams", doc["team_count"]),
             ("from file name", doc["from_file_name"])]
    if stored:
        facts = [("id", doc["id"]), *facts[:5], ("name now", _name_now(conn, doc)), *facts[5:],
                 ("sha256", doc["sha256"]), ("ingested", doc["ingested_at"])]
    for label, value in facts:
        info.add_row(label, text(value))
    console.print(info)
    for part in rows(conn, "SELECT text FROM search_lines WHERE document_id = ? AND field = 'text' ORDER BY id",
                     [document_id]):  # the general part's text outside its tables
        console.print(Text(part["text"]))
    _print_staffing(console, conn, document_id)
    _print_vehicles(console, conn, document_id)
    budget = rows(conn, "SELECT * FROM budget_lines WHERE document_id = ? AND project_id IS NULL ORDER BY id",
                  [document_id])
    tables = sorted({line["table_no"] for line in budget})
    for table_no in tables:  # a report may print a second 단위사업 table
        _print_budget(console, [line for line in budget if line["table_no"] == table_no],
                      "예산 (단위사업)" if len(tables) == 1 else f"예산 (단위사업, 표 {table_no})")
    _print_projects(console, conn, document_id, doc["year"])
    for table in rows(conn, "SELECT * FROM generic_tables WHERE document_id = ? ORDER BY id", [document_id]):
        _print_generic(console, conn, table)
    findings = rows(conn, "SELECT * FROM findings WHERE document_id = ? ORDER BY id", [document_id])
    if findings:
        console.print(findings_table(findings, show_document=False))


def _name_now(conn: sqlite3.Connection, doc: dict) -> str | None:
    """The department's name now where it was renamed since (`department_renames`: a report's or the user's word),
    so that `show` of a 2021 총무과 says it answers as 행정지원과."""
    (row,) = rows(conn, "SELECT min(current_department) AS name FROM department_renames WHERE department IS ? "
                        "AND council IS ? AND office IS ?", [doc["department"], doc["council"], doc["office"]])
    return row["name"]


def _print_staffing(console: Console, conn: sqlite3.Connection, document_id: int) -> None:
    """The staffing counts, a table for each staffing table of the report (`인력 표 2` where it prints more than
    one, `□ 공무원` and `□ 공무직 등`: before, one grid of them all, the second's 계 printed over the first's), a row
    for each status; of a table of staff by office, for each status and office (`부서`, after the 과 it is under:
    `총무과 인사팀`; blank on the 계 row)."""
    cells = rows(conn, "SELECT * FROM staffing WHERE document_id = ? ORDER BY id", [document_id])
    tables = list(dict.fromkeys(c["table_no"] for c in cells))
    for table_no in tables:
        name = f"인력 표 {table_no}" if len(tables) > 1 else "인력"
        _print_staffing_table(console, name, [c for c in cells if c["table_no"] == table_no])


def _print_staffing_table(console: Console, name: str, cells: list[dict[str, Any]]) -> None:
    columns = list(dict.fromkeys((_class(c), _grade(c)) for c in cells))
    lines = list(dict.fromkeys((c["status"], _office(c)) for c in cells))
    counts = {(c["status"], _office(c), _class(c), _grade(c)):  # with its bracket note as printed: 20(1)
              f"{c['headcount']}({c['note']})" if c["note"] else c["headcount"] for c in cells}
    dates = list(dict.fromkeys(c["as_of"] for c in cells if c["as_of"]))  # a line's counts may print their own
    by_office = any(office for _status, office in lines)
    table = Table(title=name + (f" (as of {', '.join(dates)})" if dates else ""), title_justify="left")
    table.add_column("구분")
    if by_office:
        table.add_column("부서")
    for job_class, grade in columns:
        table.add_column(job_class if job_class == grade else f"{job_class}\n{grade}", justify="right")
    for status, office in lines:
        table.add_row(status, *((office,) if by_office else ()),
                      *(text(counts.get((status, office, *column))) for column in columns))
    console.print(table)


def _office(cell: dict[str, Any]) -> str:
    """A staffing cell's office, after the 과 it is under, where its table counts staff by office: `총무과 인사팀`."""
    return " ".join(filter(None, (cell["division"], cell["office"])))


def _class(cell: dict[str, Any]) -> str:
    """A staffing cell's class, with the series it counts where it is a part of it (`일반직 행정`)."""
    return f"{cell['job_class']} {cell['series']}" if cell["series"] else cell["job_class"]


def _grade(cell: dict[str, Any]) -> str:
    """A staffing cell's grade with its post, where it prints one: `6급(팀장)`."""
    return f"{cell['grade']}({cell['post']})" if cell["post"] else cell["grade"]


def _print_vehicles(console: Console, conn: sqlite3.Connection, document_id: int) -> None:
    for fleet in rows(conn, "SELECT * FROM vehicle_fleets WHERE document_id = ? ORDER BY id", [document_id]):
        repaired = f"header repaired: {text(fleet['repair_note'])}" if fleet["repaired"] else None
        notes = "; ".join(filter(None, (f"as of {fleet['as_of']}" if fleet["as_of"] else None, repaired))) or None
        counts = rows(conn, "SELECT * FROM vehicles WHERE fleet_id = ? ORDER BY id", [fleet["id"]])
        by_status = any(count["status"] != "보유" for count in counts)  # 정수 and 과부족 by kind beside the held
        by_fuel = any(count["fuel"] for count in counts)  # `휘발유 | 경유 | 전기`
        table = Table(*(["상태"] if by_status else []), "구분", "차종", *(["연료"] if by_fuel else []), "대수",
                      title=fleet["caption"], title_justify="left", caption=notes, caption_justify="left")
        for count in counts:
            table.add_row(*([count["status"]] if by_status else []), count["category"], text(count["kind"]),
                          *([text(count["fuel"])] if by_fuel else []), str(count["count"]))
        console.print(table)


def _print_budget(console: Console, lines: list[dict[str, Any]], title: str) -> None:
    if not lines:
        return
    # columns only where the table prints them: the 잔액, and cells of no field of their own (증감, 비고 …)
    remaining = any(line["remaining_krw"] is not None for line in lines)
    other = any(line["other_columns"] for line in lines)
    year = lines[0]["budget_year"]  # a plan of another year than the report's: its figures are that year's
    table = Table("name", "budget (won)", "executed (won)", *(["remaining (won)"] if remaining else []), "rate %",
                  "as of", "source", *(["other columns"] if other else []),
                  title=f"{title} ({year}년)" if year else title, title_justify="left")
    groups = {line["name"] for line in lines if not line["parent"]}
    for line in lines:
        name = with_former_name(line["name"], line["former_name"])
        if line["parent"]:  # a 세부사업 under its 단위사업's line, or beside the 단위사업 printed without one
            name = f"  {name}" if line["parent"] in groups else f"{line['parent']} / {name}"
        table.add_row(name, won(line["budget_krw"]), won(line["executed_krw"]),
                      *([won(line["remaining_krw"])] if remaining else []),
                      text(line["rate_text"] or line["execution_rate"]), text(line["as_of"]),
                      text(line["funding_source"]), *([_other_columns(line["other_columns"])] if other else []))
    console.print(table)


def _other_columns(stored: str | None) -> str:
    return "; ".join(f"{label}: {value}" for label, value in json.loads(stored).items()) if stored else ""


def _print_projects(console: Console, conn: sqlite3.Connection, document_id: int, year: int | None) -> None:
    for project in rows(conn, "SELECT * FROM projects WHERE document_id = ? ORDER BY id", [document_id]):
        # a former title as its title printed it: `직원 디지털 전환 교육 (구 직원 디지털 역량 강화)`
        title = with_former_name(text(project["title"]), project["former_title"])
        label = f"{project['section']} · {project['seq']}. {title}"
        if project["continuity"]:  # as a plan marks it: `본관 청사 리모델링 [계속] (청사관리팀)`
            label += f" [{project['continuity']}]"
        if project["team"]:
            label += f" ({project['team']})"
        tree = Tree(Text(label, style="bold"))
        if project["purpose"]:
            tree.add(Text(f"목적: {project['purpose']}"))
        headings: dict[str, Tree] = {}
        nodes: dict[int, Tree] = {}
        for item in rows(conn, "SELECT * FROM project_items WHERE project_id = ? ORDER BY position", [project["id"]]):
            heading = headings.get(item["heading"]) or headings.setdefault(
                item["heading"], tree.add(Text(item["heading"], style="bold")))
            parent = nodes.get(item["parent_id"], heading)
            nodes[item["id"]] = parent.add(Text(item["text"] + _item_facts(item, year)))
        lines = rows(conn, "SELECT * FROM budget_lines WHERE project_id = ? ORDER BY id", [project["id"]])
        for line in lines:
            source = f" ({line['funding_source']})" if line["funding_source"] else ""
            if line["budget_krw"] is None and (cost := _total_cost(line)):  # `총사업비 국비: 1,800,000천원 (국비)`
                tree.add(Text(f"{cost} {line['name']}: {json.loads(line['other_columns'])[cost]}"
                              f"{line['unit'] or ''}{source}"))
                continue
            plan_year = f"{line['budget_year']}년 " if line["budget_year"] else ""  # a plan of another year's
            spent = f", 집행 {won(line['executed_krw'])}원" if line["executed_krw"] is not None else ""
            # the rate as printed, once a percent (`45.3%` in the cell: `(45.3%)`, not `(45.3%%)`)
            rate = f" ({line['rate_text'].rstrip('%％ ')}%)" if spent and line["rate_text"] else ""
            tree.add(Text(f"{plan_year}예산 {line['name']}: {won(line['budget_krw'])}원{spent}{rate}{source}"))
        console.print(tree)


def _total_cost(line: Mapping[str, Any]) -> str | None:
    """The label of the total cost over its years a project's line of no 예산액 prints beside it (`총사업비`: a line
    of its total cost's sources, or a cost table's line of a year it prints none for), else None."""
    columns = json.loads(line["other_columns"]) if line["other_columns"] else {}
    return next((label for label in columns if label.replace(" ", "") in COST_TOTALS), None)


def _item_facts(item: dict[str, Any], year: int | None) -> str:
    """An item's months (`3~11월`), with their year where it is not the report's (`2026년 1~2월`), and the year
    of the last where it is another than the first's (`11월~2026년 2월`, `2024년 9월~2025년 3월`), each run of them
    where it runs in several (`4월, 9월`, `3~5월, 9~11월`), and its amount: as an item would print them, so that they
    read back the same."""
    facts = []
    runs = _month_runs(item.get("months"))
    if len(runs) > 1:
        facts.append(", ".join(_months_text(*first, *last, year) for first, last in runs))
    elif item["start_month"]:
        facts.append(_months_text(item["year"], item["start_month"], item["end_year"] or item["year"],
                                  item["end_month"], year))
    if item["amount_krw"] is not None:
        facts.append(f"{won(item['amount_krw'])}원")
    return f"  [{', '.join(facts)}]" if facts else ""


def _month_runs(months: str | None) -> list[tuple[tuple[int | None, int], tuple[int | None, int]]]:
    """The runs of months one after the other of an item's `months` (`["2025-04","2025-09"]`: two), each as
    ((year, month) of its first, of its last); the year None where none is known (`--04`)."""
    runs: list[tuple[tuple[int | None, int], tuple[int | None, int]]] = []
    for printed in json.loads(months) if months else ():
        month = (None if printed.startswith("--") else int(printed[:4]), int(printed[-2:]))
        if runs and _next_month(runs[-1][1]) == month:
            runs[-1] = runs[-1][0], month
        else:
            runs.append((month, month))
    return runs


def _next_month(month: tuple[int | None, int]) -> tuple[int | None, int]:
    year, number = month
    return (year, number + 1) if number < 12 else (None if year is None else year + 1, 1)


def _months_text(start_year: int | None, start: int, end_year: int | None, end: int, year: int | None) -> str:
    """Months from `start` of `start_year` to `end` of `end_year` as an item prints them, the years where they are
    not the report's `year` (`2026년 1~2월`, `11월~2026년 2월`)."""
    shown_year = "" if start_year in (None, year) else f"{start_year}년 "
    if end_year not in (None, start_year):
        return f"{shown_year}{start}월~{end_year}년 {end}월"
    return f"{shown_year}{start}월" if start == end else f"{shown_year}{start}~{end}월"


def _print_generic(console: Console, conn: sqlite3.Connection, table_row: dict[str, Any]) -> None:
    title = text(table_row["caption"]) or "table"
    bracket = ", ".join(filter(None, (table_row["unit"] and f"단위: {table_row['unit']}", table_row["note"])))
    if bracket:  # as printed: `(단위: 건, 잠정치)`
        title += f" ({bracket})"
    as_of = f"as of {table_row['as_of']}" if table_row["as_of"] else None
    grid = Table(title=title, title_justify="left", caption=as_of, caption_justify="left", show_header=False,
                 show_lines=True)
    for _ in range(table_row["n_cols"]):
        grid.add_column()
    cells = rows(conn, "SELECT row, col, text FROM table_cells WHERE table_id = ? ORDER BY row, col",
                 [table_row["id"]])
    grid_rows: dict[int, list[str]] = {}
    for cell in cells:
        grid_rows.setdefault(cell["row"], [""] * table_row["n_cols"])[cell["col"]] = cell["text"]
    for index, values in sorted(grid_rows.items()):
        grid.add_row(*values, style="bold" if index < table_row["header_rows"] else None)
    console.print(grid)
