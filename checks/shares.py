"""Share columns of any other table (`구성비`, `비중`, `점유율`): a row's share is its figure in the column the share
is of, as a part of the 계 row's figure there (or of its 소계's), × 100, and the 계 row's own share is 100.
`rate.table` leaves them out, as no ratio of a row's own figures. The column a share is of is the figure column
before it whose shares most rows print (`징수액 | 구성비`, `예산액 | 구성비 | 집행액 | 구성비`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TypeVar

from checks.base import shown
from checks.tables import TABLE_SHARE, is_total, row_total, rows_as_read
from extractors.context import column_labels, column_name
from extractors.labels import RATE, SHARE
from pipeline import patterns
from pipeline.values import compact, expected_rate, parse_decimal, printed_rate, rate_agrees, without_formula_mark
from schemas import Finding, GenericTable

_SHARE_RE = patterns.compile(SHARE)
_RATE_RE = patterns.compile(RATE)
_POINTS_RE = patterns.compile(r"[%％][pP]")  # a change of a share, in points: no share
# a column or row of shares: `구성비(%)`, `비 율(%)`, `비중`; a `비율` one only where its 계 prints 100 (else a rate)
_SHARE_LABEL_RE = patterns.compile(rf"^(?:{SHARE}|비율)")

Share = tuple[float, int]  # a printed share and its decimals (`printed_rate`)
Column = TypeVar("Column")
Figure = TypeVar("Figure")
Wholes = tuple[tuple[str, Figure], ...]  # the wholes a figure may be a part of, each by its kind: `계`, its group's


def table_findings(table: GenericTable) -> list[Finding]:
    """A table's wrong shares, which `checks.tables` gives with its sums' findings: one wrong figure breaking a sum
    and its share is one finding on it (`checks.tables._table`)."""
    return [*_table(table), *_share_rows(table)]


def _table(table: GenericTable) -> list[Finding]:
    """A table's share columns checked against its one 계 row; of a table printing 소계s too (`소 계` closing or
    leading its rows, `보통세 | 소계` over them), a row's share may be of its group's 소계 instead (right above or
    below it, as the 소계s lead or close their groups; no 계 row between), and a 소계's of the 계 or, as its rows'
    are of it, 100. A `비율(%)` column is one where its 계 prints 100 (`분 야 | 건 수 | 비율(%)`; before, a rate of
    no two columns, compared with nothing). Most tables print no share: their header is looked at first."""
    if not any(_SHARE_LABEL_RE.match(compact(cell)) or _SHARE_RE.search(compact(cell))
               for row in table.rows[:table.header_rows] for cell in row):
        return []
    rows = rows_as_read(table)
    header, body = rows[:table.header_rows], rows[table.header_rows:]
    if not header or len(body) < 3:
        return []
    labels = column_labels(tuple(map(tuple, header)))
    totals = [k for k, row in enumerate(body) if is_total(row[0]) and without_formula_mark(row[0]) != "소계"]
    if len(totals) != 1:
        return []
    total = totals[0]
    subtotals = [k for k, row in enumerate(body) if k != total and any(map(row_total, row))]  # `보통세 소계` too
    first_part = next((k for k in range(len(body)) if k != total and k not in subtotals), len(body))
    leading = any(k < first_part for k in subtotals)
    wholes = {k: _wholes(k, total, subtotals, leading) for k in range(len(body)) if k != total}
    return [finding for col, label in enumerate(labels)
            if is_share(label) or _SHARE_LABEL_RE.match(compact(label)) and _figure(body[total][col]) == 100
            for finding in _shares(table, labels, body, total, wholes, col)]



def _share_rows(table: GenericTable) -> list[Finding]:
    """A table's shares printed as a row under the figures they are of, its parts the columns (`구 분 | 계 | 은행나무
    | 이팝나무` over `주 수 | 15,840 | 6,210 | 3,480` and `비율(%) | 100.0 | 39.2 | 22.0`): each column's share is its
    figure in the nearest row above whose shares most columns print, over the 계 column's × 100, and the 계 column's
    own 100, as `_table` checks a share column turned round. A `비율` row is one only where its 계 prints 100 (else a
    rate, `rate.table`'s). Before, such shares were compared with nothing."""
    if not any(("비" in row[0] or "점" in row[0]) and _SHARE_LABEL_RE.match(compact(row[0]))
               for row in table.rows[table.header_rows + 1:]):
        return []
    rows = rows_as_read(table)
    header, body = rows[:table.header_rows], rows[table.header_rows:]
    if not header:
        return []
    labels = column_labels(tuple(map(tuple, header)))
    totals = [col for col, label in enumerate(labels) if col and is_total(label)]
    if len(totals) != 1:
        return []
    total = totals[0]
    findings = []
    for k, row in enumerate(body):
        label = compact(row[0])
        if not k or not _SHARE_LABEL_RE.match(label) or not is_share(label) and _figure(row[total]) != 100:
            continue
        shares = {col: rate for col in range(1, len(row)) if (rate := printed_rate(row[col])) is not None}
        found = of_most_rows(shares, _rows_above(body, k, shares, total), _agrees, total)
        if found is None:
            continue
        base, _, wrong = found
        whole = _figure(body[base][total])
        if total in shares and not _agrees(whole, whole, shares[total]):
            wrong.insert(0, total)
        name, base_name, total_column = row[0].strip(), body[base][0].strip(), column_name(labels, total)
        findings += [_finding(table, table.header_rows + k, name, column_name(labels, col), row[col], body[base][col],
                              body[base][total], shares[col][1], f"{base_name} ÷ {total_column} 열의 {base_name}")
                     for col in wrong]
    return findings


def _rows_above(body: list[list[str]], row: int, shares: dict[int, Share],
                total: int) -> Iterator[tuple[int, dict[int, tuple[Decimal, Wholes]]]]:
    """The rows above a share row it may be of, nearest first, each with its figures in the share row's columns
    over its 계 column's (`of_most_rows`' columns, the table turned round); no row of rates, nor one printing no
    계."""
    for base in range(row - 1, -1, -1):
        if _RATE_RE.search(compact(body[base][0])) or (whole := _figure(body[base][total])) is None:
            continue
        yield base, {col: (part, (("계", whole),)) for col in shares
                     if col != total and (part := _figure(body[base][col])) is not None}


def _wholes(row: int, total: int, subtotals: list[int], leading: bool) -> list[tuple[str, int]]:
    """The rows whose figure a row's may be a part of, by kind: the 계's, and its group's 소계 on its side of the
    계: the one right above it where the 소계s lead their groups (one comes before any other row, as `sum.table`
    tells them), else the one right below it, closing its group (not the group before's, above it, whose share a
    wrong one may be by chance); a 소계's, the 계's or its own."""
    if row in subtotals:
        return [("계", total), ("위 소계", row), ("아래 소계", row)]
    if leading:
        return [("계", total), *[("위 소계", k) for k in subtotals if total < k < row or k < row < total][-1:]]
    return [("계", total), *[("아래 소계", k) for k in subtotals if row < k < total or total < row < k][:1]]


def is_share(label: str) -> bool:
    """Whether a column's label names a share of the whole (`구성비`, `비중(%)`), not its change in points."""
    return _SHARE_RE.search(compact(label)) is not None and _POINTS_RE.search(label) is None


def _shares(table: GenericTable, labels: tuple[str, ...], body: list[list[str]], total: int,
            wholes: dict[int, list[tuple[str, int]]], col: int) -> list[Finding]:
    """The rows whose share in column `col` is not their part of the 계 row's (or of their 소계's, `wholes`: the
    rows each may be a part of), of the figure column before it that most rows' shares agree with
    (`of_most_rows`)."""
    shares = {k: rate for k, row in enumerate(body) if (rate := printed_rate(row[col])) is not None}

    def columns_before() -> Iterator[tuple[int, dict[int, tuple[Decimal, Wholes]]]]:
        for base in range(col - 1, -1, -1):
            if is_share(labels[base]) or _RATE_RE.search(compact(labels[base])):
                continue
            if _figure(body[total][base]):
                yield base, {k: (part, tuple((kind, whole) for kind, row in wholes[k]
                                             if (whole := _figure(body[row][base]))))
                             for k in shares if k != total and (part := _figure(body[k][base])) is not None}

    found = of_most_rows(shares, columns_before(), _agrees, total)
    if found is None:
        return []
    base, kind, wrong = found
    whole = _figure(body[total][base])
    of = [(k, dict(wholes[k]).get(kind, total)) for k in wrong]
    if total in shares and not _agrees(whole, whole, shares[total]):
        of.insert(0, (total, total))
    column, of_column = column_name(labels, col), column_name(labels, base)
    return [_finding(table, table.header_rows + k, _row_name(body, k), column, body[k][col], body[k][base],
                     body[whole_row][base], shares[k][1],
                     f"{of_column} ÷ {_whole_name(body, whole_row)} 행의 {of_column}")
            for k, whole_row in of]


def of_most_rows(shares: dict[int, Share], columns: Iterable[tuple[Column, dict[int, tuple[Figure, Wholes]]]],
                 agrees: Callable[[Figure, Figure, Share], bool], total: int) -> tuple[Column, str, list[int]] | None:
    """Of the columns a share column may be of (each with the rows' figures in it, each with the wholes it may be a
    part of: the 계's, its group's), the first whose ratio most rows' shares print, of any of their wholes: two
    rows at least and more than half of those printing both, and more than any column before it; with the kind of
    whole most rows' shares are of (the 계 where as many), and the rows compared whose share `agrees` with none.
    Of a whole of two parts (`계 | 남 | 여`, a project's `국비 | 구비`) whose shares do not add up to the `total`
    row's 100, one is wrong: the other tells which, and the first column it agrees with (`_two_parts`). None where no
    column is so: shares of something the table does not print, or none."""
    best: tuple[Column, str, list[int], int] | None = None
    halves = []  # of two parts, the columns one part's share agrees with, each with its kind and the other part
    for column, figures in columns:
        compared = [k for k in shares if k in figures]
        agreeing = {k: [kind for kind, whole in figures[k][1] if agrees(figures[k][0], whole, shares[k])]
                    for k in compared}
        wrong = [k for k in compared if not agreeing[k]]
        if len(compared) - len(wrong) >= 2 and len(compared) > 2 * len(wrong) and (
                best is None or len(compared) - len(wrong) > best[3]):
            kinds = Counter(kind for kinds in agreeing.values() for kind in kinds)
            best = column, max(kinds, key=lambda kind: (kinds[kind], kind == "계")), wrong, len(compared) - len(wrong)
        elif len(compared) == 2 and len(wrong) == 1:
            right = next(k for k in compared if k not in wrong)
            halves.append((column, agreeing[right][0], wrong))
    if best is None and halves and len({wrong[0] for _, _, wrong in halves}) == 1 and _two_parts(shares, total):
        return halves[0]  # the first column the right part agrees with; none where each column blames another
    return None if best is None else best[:3]


def _two_parts(shares: dict[int, Share], total: int) -> bool:
    """Whether a whole's two parts' shares tell that one is wrong: the whole's (`total`) is 100 and theirs do not
    add up to it, beyond the rounding of each to its last printed digit. Shares of two parts that add up are told
    by nothing where one disagrees with its figure (the figure may be the wrong one, `sum.table`'s to find)."""
    parts = [share for k, share in shares.items() if k != total]
    if total not in shares or shares[total][0] != 100 or len(parts) != 2:
        return False
    digits = max(decimals for _, decimals in parts)
    return round(abs(sum(value for value, _ in parts) - 100), digits + 1) > 10 ** -digits


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


def _row_name(body: list[list[str]], row: int) -> str:
    """A row's name: its first printed cell, else its place (`3행`)."""
    return next((cell.strip() for cell in body[row] if cell.strip()), f"{row + 1}행")


def _whole_name(body: list[list[str]], row: int) -> str:
    """The name of the row a share is of: the 계, or a group's 소계 (`보통세 | 소계`: the 소계)."""
    name = _row_name(body, row)
    return name if row_total(name) else next(cell.strip() for cell in body[row] if row_total(cell))


def _finding(table: GenericTable, table_row: int, name: str, column: str, share_cell: str, part_cell: str,
             whole_cell: str, decimals: int, of: str) -> Finding:
    """A wrong share on the row `name` in the `column`: the share printed against its part ÷ its whole × 100, `of`
    saying of which figures (a column's share of a row's: `예산액 ÷ 계 행의 예산액`; a share row's of a column's:
    `주 수 ÷ 계 열의 주 수`)."""
    part_cell, whole_cell = part_cell.strip(), whole_cell.strip()
    expected = shown(expected_rate(_figure(part_cell), _figure(whole_cell), decimals))
    actual = share_cell.strip().removesuffix("%").removesuffix("％").rstrip()
    return TABLE_SHARE.finding(
        table=table.caption or "표", row=name, column=column, expected=expected, actual=actual,
        source=table.row_source(table_row),
        message=f"'{name}' 행의 {column} 값이 {of} × 100과 맞지 않습니다 (표기 {actual}%, 계산 {part_cell} ÷ "
                f"{whole_cell} × 100 = {expected}%)")
