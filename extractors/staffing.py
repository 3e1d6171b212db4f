"""The 인력 table: 정원/현원/과부족 by job class (직렬) and grade (직급), printed totals included."""

from __future__ import annotations

import functools

from extractors import generic
from extractors.context import (
    GRADE_RE,
    Collected,
    TableContext,
    header_rows_of,
    is_number,
    is_total,
    label_groups,
    merged_labels,
    next_table_no,
    source_at,
    spread_labels,
)
from pipeline.document import Table
from pipeline.values import compact, parse_count_note
from schemas import StaffingCount

STATUSES = {"정원", "현원", "과부족", "증감", "차이", "결원"}  # 결원 (vacancies) is 정원 − 현원, kept as printed


def matches(table: Table, ctx: TableContext) -> bool:
    return _status_column(table) is not None or bool(_status_columns(table)[1])


def extract(table: Table, ctx: TableContext, out: Collected) -> None:
    table_no = next_table_no(out.staffing)
    counts, unread = _by_class_rows(table, table_no) if _status_columns(table)[1] else staffing_counts(table, table_no)
    out.staffing.extend(counts)
    if unread or not counts:  # a 비고 column, a row of notes, or no count at all: the grid is kept as printed
        generic.extract(table, ctx, out, "staffing" if counts else None)


@functools.lru_cache(maxsize=1024)
def status_of(label: str) -> str | None:
    """The status a row or column label prints: `정 원`, `정원(A)`, `과부족(B-A)`, `증감` (a 과부족); else None."""
    text = compact(label)
    if text.endswith(")") and "(" in text:  # the letters of the formula below the table
        text = text[: text.rindex("(")]
    if text not in STATUSES:
        return None
    return "과부족" if text in {"증감", "차이"} else text


_NO_NOTE: dict[str, str] = {}


def _note(note: str | None) -> dict[str, str]:
    """The note as a field to give, only where there is one: validating a None on every count costs 0.4%
    of the ingest's work."""
    return {"note": note} if note else _NO_NOTE


def _class_and_grade(job_class: str, grade: str) -> tuple[str, str]:
    """A grade printed where a job class would be (`계 | 5급 | 6급`, no 직렬 above) is a grade of the 계."""
    return ("계", job_class) if grade == "계" and GRADE_RE.match(job_class) else (job_class, grade)


def _status_column(table: Table) -> int | None:
    return _status_column_of(table.rows)


@functools.lru_cache(maxsize=256)
def _status_column_of(rows: tuple[tuple[str, ...], ...]) -> int | None:
    """Statuses printed as rows: the label column that prints them on two rows or more, the first
    (`정 원 | 10 | …`) or one after the class merged down their rows (`일반직 | 정 원 | 8 | …`). Cached, as
    `header_rows` is: `matches` and `extract` both ask."""
    for col in range(min(2, len(rows[0]) - 1)):
        if sum(1 for row in rows if status_of(row[col])) >= 2:
            return col
    return None


def _status_columns(table: Table) -> tuple[int, dict[int, str]]:
    return _status_columns_of(table.rows)


@functools.lru_cache(maxsize=256)
def _status_columns_of(rows: tuple[tuple[str, ...], ...]) -> tuple[int, dict[int, str]]:
    """Statuses printed as columns (`구 분 | 정 원 | 현 원 | 과부족`), classes and grades as rows: the header row
    that prints them, and the status of each column (not to be changed: cached). Under grades or classes
    spanning them (`5급` over `정원 | 현원`), the statuses are the second header row."""
    for index, row in enumerate(rows[:max(header_rows_of(rows), 1)]):
        found = {col: status for col, cell in enumerate(row) if (status := status_of(cell))}
        if len(found) >= 2:
            return index, found
    return 0, {}


def _nearest_above(header: tuple[tuple[str, ...], ...], width: int) -> list[str]:
    """Each column's label in the header rows given, the lowest printed (a header over three lines centres
    some labels on the middle one, as `pdftotext -layout` prints merged cells)."""
    return [next((text for row in reversed(header) if (text := compact(row[col]))), "") for col in range(width)]


def _with_column_label(job_class: str, grade: str, label: str) -> tuple[str, str] | None:
    """A row's class and grade with the grade or class its column prints above or below its status (`5급`,
    `일반직`); None where a row of a class meets a column of a class (`공무직` under `일반직`: nobody, or
    under `공무직`: its count again, which its `계` column gives)."""
    if not label or is_total(label):
        return job_class, grade
    if GRADE_RE.match(label):
        return job_class, label
    return None if job_class != "계" else (label, grade)


def _by_class_rows(table: Table, table_no: int) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (one of a column that is no status, such as 비고)."""
    status_row, statuses = _status_columns(table)
    first_status = min(statuses)
    # the header ends at the statuses, or at a row below them that spans them (`계 | 6급 | 7급` under `정 원`)
    n_header = next((row for row in range(status_row + 1, len(table.rows))
                     if any(is_number(cell) for cell in table.rows[row][first_status:])), len(table.rows))
    if n_header > status_row + 1:  # statuses spanning the grades or classes printed below them
        below = [compact(cell) for cell in table.rows[status_row + 1]]
        spanned = spread_labels([compact(cell) for cell in table.rows[status_row]],
                                label_groups(below, first_status, table.width))
        statuses = {col: status for col in range(first_status, table.width) if (status := status_of(spanned[col]))}
        column_labels = below
    elif status_row:  # statuses under the grades or classes spanning them
        above = _nearest_above(table.rows[:status_row], table.width)
        labels = [statuses.get(col, "") for col in range(table.width)]
        column_labels = spread_labels(above, label_groups(labels, first_status, table.width))
    else:
        column_labels = None
    label_cols = range(first_status)
    records = []
    recorded: dict[tuple[str, str, str], int] = {}
    body = table.rows[n_header:]
    unread = any(row[col] for row in body for col in range(first_status, len(row)) if col not in statuses)
    # the class label is merged down its rows; a `소 계` row may start a class whose label is printed below it
    classes = merged_labels([compact(row[0]) for row in body],
                            [len(label_cols) > 1 and is_total(row[1]) for row in body])
    for offset, row in enumerate(body):
        labels = [classes[offset], *(compact(row[c]) for c in label_cols[1:])]
        job_class = "계" if not labels or is_total(labels[0]) else labels[0]
        grade = next((g for g in labels[1:] if g), "계")
        job_class, grade = _class_and_grade(job_class, "계" if is_total(grade) else grade)
        source = source_at(table.row_line(n_header + offset), table.page)
        for col, status in statuses.items():
            counted = parse_count_note(row[col])
            labelled = _with_column_label(job_class, grade, column_labels[col]) if column_labels else (job_class, grade)
            if counted is not None and labelled is not None:
                key = (status, *labelled)
                if recorded.get(key) == counted[0]:
                    continue  # a class's count printed twice (on its row's 계 and the 계 row's column): kept once
                recorded[key] = counted[0]
                records.append(StaffingCount(status=status, job_class=labelled[0], grade=labelled[1],
                                             headcount=counted[0], table_no=table_no, source=source,
                                             **_note(counted[1])))
            elif counted is None and row[col]:
                unread = True
    return records, unread


def staffing_counts(table: Table, table_no: int) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (a row that is no status, a column with no label).
    Statuses printed under each class (`일반직 | 정 원`, `| 현 원` …) count the class's row of each."""
    at = _status_column(table)
    n_header = next(row for row, cells in enumerate(table.rows) if status_of(cells[at]))
    columns = _column_labels(table.rows[:n_header], table.width, at + 1)
    body = table.rows[n_header:]
    statuses = [status_of(row[at]) for row in body]
    # the class label is merged down its rows of statuses, printed on any of them (centred, by a PDF)
    classes = spread_labels([compact(row[0]) for row in body],
                            label_groups([s or "" for s in statuses], 0, len(body))) if at else [""] * len(body)
    records, unread = [], False
    for offset, (row, status, row_class) in enumerate(zip(body, statuses, classes, strict=True)):
        if status is None:
            unread = unread or any(row)
            continue
        source = source_at(table.row_line(n_header + offset), table.page)
        for col, cell in enumerate(row[at + 1:], start=at + 1):
            counted = parse_count_note(cell)
            if counted is None or columns[col] is None:
                unread = unread or bool(cell)
                continue
            job_class, grade = columns[col]
            if job_class == "계" and row_class and not is_total(row_class):
                job_class = row_class
            records.append(StaffingCount(status=status, job_class=job_class, grade=grade, headcount=counted[0],
                                         table_no=table_no, source=source, **_note(counted[1])))
    return records, unread


def _column_labels(header: tuple[tuple[str, ...], ...], width: int, first: int) -> list[tuple[str, str] | None]:
    """(job class, grade) for each column from `first` on. Grades are the last header row's labels; a class
    label stands over the run of grade columns between columns labelled otherwise, on its first column or
    centred on its grades, where a grade ranking no lower than the one before (`9급 | 7급`) or a `소계`
    starts the next class. A column with no grade below is its class's total (`계`) or a class without
    grades."""
    grades = [compact(c) for c in header[-1]] if len(header) > 1 else [""] * width
    above = _nearest_above(header[:-1] if len(header) > 1 else header, width)
    labels: list[tuple[str, str] | None] = [None] * first
    current, col = "", first
    while col < width:
        if not grades[col]:
            current = above[col] or current
            labels.append(_class_and_grade("계" if is_total(current) else current, "계") if above[col] else None)
            col += 1
            continue
        end = next((k for k in range(col, width) if not grades[k]), width)
        classes = spread_labels(above, label_groups(grades, col, end), current)
        for k in range(col, end):
            job_class = "계" if is_total(classes[k]) else classes[k]
            grade = "계" if is_total(grades[k]) else grades[k]
            labels.append(_class_and_grade(job_class, grade) if job_class else None)
        current, col = classes[end - 1], end
    return labels
