"""Share columns of any other table (`구성비`, `비중`, `점유율`): a row's share is its figure in the column the share
is of, as a part of the 계 row's figure there, × 100, and the 계 row's own share is 100. `rate.table` leaves
them out, as no ratio of a row's own figures. The column a share is of is the figure column before it whose
shares most rows print (`징수액 | 구성비`, `예산액 | 구성비 | 집행액 | 구성비`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TypeVar

from checks.base import Rule, shown
from checks.tables import is_total, rows_as_read
from extractors.context import column_labels, column_name
from extractors.labels import RATE, SHARE
from pipeline import patterns
from pipeline.values import compact, expected_rate, parse_decimal, printed_rate, rate_agrees
from schemas import Finding, GenericTable, Report

TABLE_SHARE = Rule("share.table", "error", "기타 표: 구성비·비중·점유율 열은 줄마다 그 앞 수치 열의 값 ÷ 계 행의 값 "
                                           "× 100 (대부분의 줄이 맞는 열로, 표기된 자릿수에서 반올림 오차 "
                                           "이내), 계 행은 100")
RULES = (TABLE_SHARE,)

_SHARE_RE = patterns.compile(SHARE)
_RATE_RE = patterns.compile(RATE)
_POINTS_RE = patterns.compile(r"[%％][pP]")  # a change of a share, in points: no share

Share = tuple[float, int]  # a printed share and its decimals (`printed_rate`)
Column = TypeVar("Column")
Part = TypeVar("Part")
Whole = TypeVar("Whole")


def check(report: Report) -> list[Finding]:
    """Tables kept beside their records (a budget table's 구성비) are left to those records' checks."""
    return [f for table in report.tables if table.records_in is None for f in _table(table)]


def _table(table: GenericTable) -> list[Finding]:
    """A table's share columns checked against its one 계 row: of a table with 소계s too, a row's share may be of
    its group's, so none is checked."""
    rows = rows_as_read(table)
    header, body = rows[:table.header_rows], rows[table.header_rows:]
    if not header or len(body) < 3:
        return []
    labels = column_labels(tuple(map(tuple, header)))
    totals = [k for k, row in enumerate(body) if is_total(row[0])]
    if len(totals) != 1:
        return []
    return [finding for col, label in enumerate(labels) if is_share(label)
            for finding in _shares(table, labels, body, totals[0], col)]


def is_share(label: str) -> bool:
    """Whether a column's label names a share of the whole (`구성비`, `비중(%)`), not its change in points."""
    return _SHARE_RE.search(compact(label)) is not None and _POINTS_RE.search(label) is None


def _shares(table: GenericTable, labels: tuple[str, ...], body: list[list[str]], total: int,
            col: int) -> list[Finding]:
    """The rows whose share in column `col` is not their part of the 계 row's, of the figure column before it
    that most rows' shares agree with (`of_most_rows`)."""
    shares = {k: rate for k, row in enumerate(body) if (rate := printed_rate(row[col])) is not None}

    def columns_before() -> Iterator[tuple[int, dict[int, tuple[Decimal, Decimal]]]]:
        for base in range(col - 1, -1, -1):
            if is_share(labels[base]) or _RATE_RE.search(compact(labels[base])):
                continue
            if whole := _figure(body[total][base]):
                yield base, {k: (part, whole) for k in shares
                             if k != total and (part := _figure(body[k][base])) is not None}

    found = of_most_rows(shares, columns_before(), _agrees)
    if found is None:
        return []
    base, wrong = found
    whole = _figure(body[total][base])
    wrong = [(k, _figure(body[k][base])) for k in wrong]
    if total in shares and not _agrees(whole, whole, shares[total]):
        wrong.insert(0, (total, whole))
    return [_finding(table, labels, body, k, col, base, total, part, whole, shares[k]) for k, part in wrong]


def of_most_rows(shares: dict[int, Share], columns: Iterable[tuple[Column, dict[int, tuple[Part, Whole]]]],
                 agrees: Callable[[Part, Whole, Share], bool]) -> tuple[Column, list[int]] | None:
    """Of the columns a share column may be of (each with the rows' parts and wholes in it: a row's figure and
    the 계's, or the wholes it may be a part of), the first whose ratio most rows' shares print: two rows at least
    and more than half of those printing both, and more than any column before it; with the rows compared whose
    share `agrees` with none. None where no column is so: shares of something the table does not print, or none."""
    best: tuple[Column, list[int], int] | None = None
    for column, figures in columns:
        compared = [k for k in shares if k in figures]
        wrong = [k for k in compared if not agrees(*figures[k], shares[k])]
        agreeing = len(compared) - len(wrong)
        if agreeing >= 2 and agreeing > len(wrong) and (best is None or agreeing > best[2]):
            best = column, wrong, agreeing
    return None if best is None else best[:2]


def _figure(cell: str) -> Decimal | None:
    """A cell's figure as printed (`1,234`, `301.5`; `-` is 0); None for a word or a blank."""
    if not cell.strip():
        return None
    read = parse_decimal(cell) if "%" not in cell else None
    return None if read is None else Decimal(read[0]).quantize(Decimal(1).scaleb(-read[1]))


def _agrees(part: Decimal, whole: Decimal, share: tuple[float, int]) -> bool:
    """Whether a printed share is part ÷ whole × 100 within half a unit of its last digit, of figures that may
    stand for any within half a unit of their own last printed digit (a share worked out of figures in won, the
    table printing them in 백만원)."""
    digits = max(-min(value.as_tuple().exponent, 0) for value in (part, whole))
    scale = 10 ** (digits + 1)
    return rate_agrees(int(part * scale), int(whole * scale), share, 10)


def _finding(table: GenericTable, labels: tuple[str, ...], body: list[list[str]], row: int, col: int, base: int,
             total: int, part: Decimal, whole: Decimal, share: tuple[float, int]) -> Finding:
    name = next((cell.strip() for cell in body[row] if cell.strip()), f"{row + 1}행")
    column, of = column_name(labels, col), column_name(labels, base)
    expected = shown(expected_rate(part, whole, share[1]))
    actual = body[row][col].strip().removesuffix("%").removesuffix("％").rstrip()
    part_cell, whole_cell = body[row][base].strip(), body[total][base].strip()
    return TABLE_SHARE.finding(
        table=table.caption or "표", row=name, column=column, expected=expected, actual=actual,
        source=table.row_source(table.header_rows + row),
        message=f"'{name}' 행의 {column} 값이 {of} ÷ 계 행의 {of} × 100과 맞지 않습니다 (표기 {actual}%, 계산 "
                f"{part_cell} ÷ {whole_cell} × 100 = {expected}%)")
