"""The 인력 table: 정원/현원/과부족 by job class (직렬) and grade (직급), printed totals included."""

from __future__ import annotations

import functools

import regex

from extractors import generic
from extractors.context import Collected, TableContext, header_rows, is_total, merged_labels, source_at
from pipeline.document import Table
from pipeline.values import compact, parse_count_note
from schemas import StaffingCount

STATUSES = {"정원", "현원", "과부족", "증감", "차이", "결원"}  # 결원 (vacancies) is 정원 − 현원, kept as printed
# 직급 printed without a 직렬 above or beside it: `5급`, `6급이하`, `7~9급`, `기능8급`, `연구사`, `가군`
_GRADE_RE = regex.compile(r"^(?:기능)?\d+(?:[~∼]\d+)?급|^(?:[가나다라]군|(?:연구|지도)[관사]|사무관|주사보?|서기보?)$")


def matches(table: Table, ctx: TableContext) -> bool:
    return sum(1 for row in table.rows if status_of(row[0])) >= 2 or bool(_status_columns(table)[1])


def extract(table: Table, ctx: TableContext, out: Collected) -> None:
    counts, unread = _by_class_rows(table) if _status_columns(table)[1] else staffing_counts(table)
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
    return ("계", job_class) if grade == "계" and _GRADE_RE.match(job_class) else (job_class, grade)


def _status_columns(table: Table) -> tuple[int, dict[int, str]]:
    """Statuses printed as columns (`구 분 | 정 원 | 현 원 | 과부족`), classes and grades as rows: the header row
    that prints them, and the status of each column. Under grades or classes spanning them (`5급` over
    `정원 | 현원`), the statuses are the second header row."""
    for index, row in enumerate(table.rows[:max(header_rows(table), 1)]):
        found = {col: status for col, cell in enumerate(row) if (status := status_of(cell))}
        if len(found) >= 2:
            return index, found
    return 0, {}


def _spanned_labels(row: tuple[str, ...]) -> list[str]:
    """Each column's label in a header row whose labels span the blanks to their right (`5급 | ` over
    `정원 | 현원`)."""
    out, label = [], ""
    for cell in row:
        label = compact(cell) or label
        out.append(label)
    return out


def _with_column_label(job_class: str, grade: str, label: str) -> tuple[str, str]:
    """A row's class and grade with the grade or class its column prints above its status (`5급`, `일반직`)."""
    if not label or is_total(label):
        return job_class, grade
    return (job_class, label) if _GRADE_RE.match(label) else (label, grade)


def _by_class_rows(table: Table) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (one of a column that is no status, such as 비고)."""
    status_row, statuses = _status_columns(table)
    above = _spanned_labels(table.rows[status_row - 1]) if status_row else None
    label_cols = range(min(statuses))
    records = []
    n_header = header_rows(table)
    body = table.rows[n_header:]
    unread = any(row[col] for row in body for col in range(min(statuses), len(row)) if col not in statuses)
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
            if counted is not None:
                col_class, col_grade = _with_column_label(job_class, grade, above[col]) if above else (job_class, grade)
                records.append(StaffingCount(status=status, job_class=col_class, grade=col_grade,
                                             headcount=counted[0], source=source, **_note(counted[1])))
            elif row[col]:
                unread = True
    return records, unread


def staffing_counts(table: Table) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (a row that is no status, a column with no label)."""
    n_header = header_rows(table)
    columns = _column_labels(table.rows[:n_header], table.width)
    records, unread = [], False
    for offset, row in enumerate(table.rows[n_header:]):
        status = status_of(row[0])
        if status is None:
            unread = unread or any(row)
            continue
        source = source_at(table.row_line(n_header + offset), table.page)
        for col, cell in enumerate(row[1:], start=1):
            counted = parse_count_note(cell)
            if counted is None or columns[col] is None:
                unread = unread or bool(cell)
                continue
            job_class, grade = columns[col]
            records.append(StaffingCount(status=status, job_class=job_class, grade=grade, headcount=counted[0],
                                         source=source, **_note(counted[1])))
    return records, unread


def _column_labels(header: tuple[tuple[str, ...], ...], width: int) -> list[tuple[str, str] | None]:
    """(job class, grade) for each column: class labels span the blanks to their right that have grades
    below them; a column with no grade below is its class's total (`계`)."""
    top = [compact(c) for c in header[0]] if header else [""] * width
    below = [compact(c) for c in header[-1]] if len(header) > 1 else [""] * width
    labels: list[tuple[str, str] | None] = [None]
    current = ""
    for col in range(1, width):
        if top[col]:
            current = top[col]
        elif not below[col]:
            labels.append(None)
            continue
        job_class = "계" if is_total(current) else current
        grade = below[col] if below[col] and not is_total(below[col]) else "계"
        labels.append(_class_and_grade(job_class, grade) if job_class else None)
    return labels
