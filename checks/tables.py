"""Generic tables that print a 계 (the buildings table): the 계 row is the sum of the rows it covers, and a
계 column the sum of the row's other figures."""

from __future__ import annotations

from checks.base import Rule, figure
from extractors.context import is_total
from pipeline.values import compact, parse_count
from schemas import Finding, GenericTable, Report

SUM = Rule("sum.table", "error", "기타 표: 계·소계 행은 그 묶음(병합된 행 머리) 또는 표 전체의 합, 계 열은 그 행의 합")
RULES = (SUM,)


def check(report: Report) -> list[Finding]:
    """Tables kept beside their records (a staffing table with a 비고 column) are checked as those records."""
    return [f for table in report.tables if table.records_in is None for f in _table(table)]


def _table(table: GenericTable) -> list[Finding]:
    header, body = table.rows[: table.header_rows], table.rows[table.header_rows:]
    if not body:
        return []
    label_cols = _label_columns(body)
    numeric = [c for c in range(len(body[0])) if c not in label_cols and _is_numeric_column(body, c)]
    if not label_cols or not numeric:
        return []
    groups = _groups(body)
    findings = _total_column(table, header, body, label_cols, numeric)
    for index, row in enumerate(body):
        total_col = next((c for c in label_cols if is_total(row[c])), None)
        if total_col is None:
            continue
        if total_col == 0:  # a table-wide total: the subtotals if there are any, else every other row
            covered = [r for r in body if r is not row and any(compact(r[c]) == "소계" for c in label_cols)]
            covered = covered or [r for r in body if not any(is_total(r[c]) for c in label_cols)]
        else:
            covered = [r for r in groups[index] if r is not row and not any(is_total(r[c]) for c in label_cols)]
        for col in numeric:
            printed = parse_count(row[col])
            if printed is None or not covered:
                continue
            expected = sum(parse_count(r[col]) or 0 for r in covered)
            if printed != expected:
                label = " / ".join(r for r in _row_labels(body, index, label_cols) if r)
                column = " ".join(h[col] for h in header if h[col]) or f"{col + 1}열"
                findings.append(SUM.finding(
                    table=table.caption or "표", row=label, column=column, expected=figure(expected),
                    actual=figure(printed), source=table.row_source(table.header_rows + index),
                    message=f"'{label}' 행의 {column} 값이 해당 행들의 합과 다릅니다"
                            f" (표기 {printed:,}, 합계 {expected:,})"))
    return findings


def _total_column(table: GenericTable, header, body, label_cols, numeric) -> list[Finding]:
    """A 계 column is, row by row, the sum of the table's other figure columns. Only where most rows add up
    so: a 계 beside a ratio or a change column is no such total, and then no row is."""
    totals = [c for c in numeric if any(is_total(h[c]) for h in header)]
    parts = [c for c in numeric if c not in totals]
    if len(totals) != 1 or len(parts) < 2:
        return []
    column = totals[0]
    printed_totals = {index: parse_count(row[column]) for index, row in enumerate(body)}
    rows = [(index, printed) for index, printed in printed_totals.items() if printed is not None]
    expected = {index: sum(parse_count(body[index][c]) or 0 for c in parts) for index, _ in rows}
    wrong = [(index, printed) for index, printed in rows if printed != expected[index]]
    if len(wrong) * 2 >= len(rows):
        return []
    name = " ".join(h[column] for h in header if h[column])
    findings = []
    for index, printed in wrong:
        label = " / ".join(r for r in _row_labels(body, index, label_cols) if r)
        findings.append(SUM.finding(
            table=table.caption or "표", row=label, column=name, expected=figure(expected[index]),
            actual=figure(printed), source=table.row_source(table.header_rows + index),
            message=f"'{label}' 행의 {name} 값이 같은 행 항목들의 합과 다릅니다"
                    f" (표기 {printed:,}, 합계 {expected[index]:,})"))
    return findings


def _label_columns(body: list[list[str]]) -> list[int]:
    """The leading columns that hold labels (no figures)."""
    cols = []
    for c in range(len(body[0])):
        if any(parse_count(r[c]) is not None and r[c].strip() not in ("", "-") for r in body):
            break
        cols.append(c)
    return cols


def _is_numeric_column(body: list[list[str]], col: int) -> bool:
    cells = [r[col] for r in body if r[col].strip()]
    return bool(cells) and all(parse_count(c) is not None for c in cells)


def _groups(body: list[list[str]]) -> list[list[list[str]]]:
    """Each row's group: rows under one merged first-column label (blank below it means 'same as above')."""
    groups: list[list[list[str]]] = []
    current: list[list[str]] = []
    for row in body:
        if row[0].strip() or not current:
            current = []
        current.append(row)
        groups.append(current)
    return groups


def _row_labels(body, index, label_cols) -> list[str]:
    labels = []
    for c in label_cols:
        value = body[index][c]
        if c == 0 and not value:
            value = next((body[i][0] for i in range(index, -1, -1) if body[i][0]), "")
        labels.append(value)
    return labels
