"""Generic tables that print a 계 (the buildings table): the 계 row is the sum of the rows it covers, and a
계 column the sum of the row's other figures (or its group's, or under a 계 group the other groups' of its
sub-label); a row or column whose label says it is no count (an average, a rate, a change) is left out by one
vocabulary both ways (`_kind`, with its line, `_kind_among`). A rate column (`징수율`, `처리율(%)`, `증감률(%)`) is the
ratio of the two figure columns before it (or after it) that most rows print it as (or of three, a sum or difference
of two as its whole or part, where no two explain as many rows: `_of_three`), and a rate row that of figure rows
alike (`_rates`). A column that most rows make the sum of the columns beside it, though no label says it is a total
(`발굴 | 지원 | 연계`), is checked row by row as a 계 column is (`_column_sums`, `sum.columns`).
A change column (`증감`) is the later of the two periods before it less the earlier, row by row, and a change row
(`증 감` under `2025년` and `2024년`) so too, column by column (`_changes`, `_change_rows`). A share column
(`구성비`, `비중`, `점유율`; no rate, as no ratio of a row's own figures) is a row's figure in the figure column
before it over the 계 row's (or its 소계's) × 100, and a share row so too, turned round (`_table_shares`).
A cell is read as the figure it prints (`_figure`: `8(1)`, `8.40`, `3,420명`), and a `-` in a total over
figures is a total that does not apply."""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from checks.base import Found, Rule, all_explaining, each_explaining, explaining, figure, finding_key, shown
from checks.budget import COST_TABLE
from checks.projects import cost_grid_rows
from checks.shares import Share, Wholes, is_share, of_most_rows
from checks.staffing import GridShortfall, grid_shortfall_findings
from extractors import context
from extractors.budget import cost_columns
from extractors.context import column_labels, column_name
from extractors.labels import RATE, SERIAL_WORDS, SHARE, WORD_END, is_change_label
from pipeline import patterns
from pipeline.aligned import PART_LABEL_MARKS, PART_MARK
from pipeline.values import (
    FORMULA_MARK,
    FOUR_DIGIT_YEAR,
    MONTH_FIGURE,
    TEXT_CACHE,
    YEAR_LABEL_RE,
    RateTerms,
    amount_precision,
    as_negative,
    bracketed_agree,
    bracketed_figure,
    compact,
    expected_rate,
    full_year,
    parse_amount,
    parse_count,
    parse_count_note,
    parse_decimal,
    printed_rate,
    rate_agrees,
    rate_cut_off,
    rates_agree,
    rounded_to,
    unit_multiplier,
    without_formula_mark,
)
from schemas import GenericTable, Report, Source

SUM = Rule("sum.table", "error", "기타 표: 계·소계 행은 그 묶음(병합된 행 머리) 또는 표 전체의 합, 계 열은 그 행의 합, "
                                 "증감 열은 줄마다 바로 앞 두 해(또는 (A)·(B)) 열의 뒤 − 앞(증감 행은 열마다 바로 "
                                 "위 두 시기 행의), 잔액·미수납액 열은 앞 두 열의 차")
TABLE_RATE = Rule("rate.table", "error", "기타 표: 율·률(%) 열은 줄마다 그 앞(또는 뒤) 두 수치 열의 B ÷ A × 100"
                                         "(증감률은 증감 ÷ 앞 시기 × 100, 연도 행이면 전년 행 대비), 대부분의 줄이 "
                                         "맞는 두 열로, 율·률 행은 열마다 두 수치 행으로 같이, 표기된 자릿수에서 "
                                         "반올림 오차 이내")
COLUMNS_SUM = Rule("sum.columns", "error", "기타 표: 계라고 적지 않았어도 뒤(또는 앞)의 열들의 합인 열(`발굴 | 지원 | "
                                           "연계`, 발굴 = 지원 + 연계)은 줄마다 그 합 (세 열을 모두 적은 줄의 대부분, "
                                           "0 아닌 두 항목의 합이 맞는 줄이 둘 이상인 열로)")
TABLE_SHARE = Rule("share.table", "error", "기타 표: 구성비·비중·점유율 열은 줄마다 그 앞 수치 열의 값 ÷ 계 행(소계가 "
                                           "있는 표에서는 그 줄의 소계 행도)의 값 × 100 (대부분의 줄이 맞는 열로, "
                                           "표기된 자릿수에서 반올림 오차 이내), 계 행은 100")
RULES = (SUM, TABLE_RATE, COLUMNS_SUM, TABLE_SHARE)  # shares found with the sums (`_table_shares`)


def check(report: Report) -> list[Found]:
    """Tables kept beside their records (a staffing table with a 비고 column) are checked as those records."""
    return [f for table in report.tables if table.records_in is None for f in _table(table)]


def rows_as_read(table: GenericTable) -> list[list[str]]:
    """The table's rows as its figures are read: a figure marked up read as positive where others are marked down,
    or where its change's periods make it so (`_marked_up_and_down`), each change alone in brackets that its
    arithmetic makes a negative (`(300)` after `700 | 400`, `_bracketed_changes`) as the negative accounting prints
    so (`△300`), the others as printed; the figure a cell stores is read from these."""
    header, body = table.rows[:table.header_rows], table.rows[table.header_rows:]
    if not body or not header:
        return table.rows
    labels = column_labels(tuple(map(tuple, header)))
    return [*header, *_bracketed_changes(labels, _marked_up_and_down(labels, body), table.unit)]


# A figure's mark of a change up and of one down, as a table printing both marks them (`▲102.2` beside `▼39.3`);
# alone, either is a negative, as accounting prints one (`parse_count`); `△`, accounting's negative, in one column
# with `▲` is the mark down and `▲` the mark up (`▲26` over `△9`), which one column prints no two negatives of
_UP, _DOWN = "▲△", "▼▽"
_NEGATIVE, _FILLED_UP = "△", "▲"


def _marked_up_and_down(labels: tuple[str, ...], body: list[list[str]]) -> list[list[str]]:
    """The body with each figure marked up (`▲102.2`) read as positive (`+102.2`) where the table marks others down
    (`▼39.3`), or where its column marks others with accounting's `△` (`▲26` over `△9`): it prints which way a
    figure changed, not accounting's negative, which no table prints beside a mark down; so too in a change column
    whose periods make most of its `▲` figures so (`’24년말 | ’25. 5월 | 증 감` of `141 | 160 | ▲19`,
    `_changes_up`)."""
    marks = {cell.lstrip()[:1] for row in body for cell in row}
    if not marks.isdisjoint(_UP) and not marks.isdisjoint(_DOWN):
        return [[_marked_up(cell, _UP) for cell in row] for row in body]
    columns = set()
    if {_NEGATIVE, _FILLED_UP} <= marks:  # else no column prints both: none asked cell by cell (most tables)
        columns = {column for column in range(max(map(len, body)))
                   if {_NEGATIVE, _FILLED_UP} <= {_mark(row[column]) for row in body if column < len(row)}}
    columns |= _changes_up(labels, body)
    if not columns:
        return body
    return [[_marked_up(cell, _FILLED_UP) if k in columns else cell for k, cell in enumerate(row)] for row in body]


def _changes_up(labels: tuple[str, ...], body: list[list[str]]) -> set[int]:
    """The change columns right after their two periods (`_change_columns`) that mark figures with `▲` and with no
    other mark, where the later period less the earlier is, on most rows marked so, the figure as an increase: there
    `▲` says the way it changed (before, such a column read as negatives was no change, and a wrong figure beside
    it was blamed on the 계 row's sum)."""
    up = set()
    for column, last, this in _change_columns(labels):
        if any(column >= len(row) for row in body):
            continue
        marked = [row for row in body if _mark(row[column]) == _FILLED_UP]
        if not marked or any(_mark(row[column]) in (*_UP, *_DOWN) and _mark(row[column]) != _FILLED_UP
                             for row in body):
            continue
        readings = [_read_column([row[c] for row in marked], "") for c in (last, this)]
        change = _read_column([row[column].strip()[1:] for row in marked], "")
        if None in readings or change is None:
            continue
        agreeing = sum(not change.differs(change.figure(row[column].strip()[1:]),
                                          readings[1].part(row[this]) - readings[0].part(row[last]), 2)
                       for row in marked)
        if 2 * agreeing > len(marked):
            up.add(column)
    return up


def _marked_up(cell: str, up: str) -> str:
    """A cell with its mark up before a figure (`▲26`) read as a plus (`+26`); a mark alone is a nil change."""
    return "+" + cell.lstrip()[1:] if _mark(cell) and cell.lstrip()[:1] in up else cell


def _mark(cell: str) -> str:
    """The mark a figure's cell starts with (`▲` of `▲26`), none of a mark alone (`▲`, a nil change)."""
    text = cell.strip()
    return text[:1] if len(text) > 1 else ""


def _table(table: GenericTable) -> list[Found]:
    """A table's findings, those one wrong part explains as one finding naming it: where two errors are found or
    more, each part of a 계 row found wrong (a row it sums, in the column it misses) whose rate is found wrong too
    (its 처리율) is tried at the figure the 계 makes it, the 계's less the other rows', and each figure a wrong
    change (or remainder) is of, where a sum finds it wrong too, at the figure the change makes it (the later's, the
    earlier's and the change): a period row's under a change row, its row's 계 found wrong (`2025년(1~5월) | 5,000 |
    880 | 4,220` over `2024년 동기 | … | 5,300` and `증 감 | … | △1,180`: 4,120, which its row's 계 makes too), and a
    row's beside a change or remainder column, a 계 row's sum of its column found wrong (`가 사업 | 2,800,000 |
    450,000 | 2,450,000` under `예산액 | 집행액 | 잔 액`: 2,450,000 + 450,000), and so a grid's 정원 or 현원 beside its
    wrong 과부족 (결원), its line's (`주택과 | 24 | 22 | △1` under `정 원 | 현 원 | 과부족`: 24 + △1), and a row's
    beside a wrong change whose rate is found wrong too (`49 | 54 | 6 | 12.5%` under `2024년 | 2025년 | 증 감 |
    증감률`: 54 − 6, the 48 its 증감률 makes too), and a cost grid's cells on a row its shares find wrong
    (`cost_grid_rows`): a part's at what its 계 makes it, the 계's at its rows' sum; the one alone
    that clears two findings or more and raises none (`explaining`) is the finding, `sum.table` on the part
    (`방문 상담 | 500 | 490` where the 계 and its 처리율 make 480: not also its 처리율 and the 계's 처리; the 4,220:
    not the 2025년's 계 and the 증 감's 이동형; the 2,800,000: not the 계's 예산액 and its 잔 액; the 22: not the 계's
    현 원 and 주택과's 과부족, `shortfall`'s; `국비 | 600,000 | 300,000` of a 기투자 the 계 makes 200,000: not the 계's
    기투자 and 국비's 총사업비; a cost row's total, its finding as found); two that each clear findings of their own
    and together raise none are a finding each (`each_explaining`: `방문 상담 | 1,100 | 400 | 40.0` and `전화 상담 |
    500 | 260 | 50.0` under a 계 of 2,300 and 1,000, the 계's 접수 and 방문 상담's 처리율 telling 1,000, its 처리 and
    전화 상담's 250; before, the 계's two and both rates stood). Before it, where two rates or more are found
    wrong, the figures their rates give, all together, are the findings where they clear every one (`_by_rates`,
    `all_explaining`)."""
    checked = _checked(table)
    if checked is None:  # no figure it sums, but a grid's shortfalls, cost rows and shares all the same
        return [*(finding for _, finding in grid_shortfall_findings(table)),
                *(finding for _, finding in cost_grid_rows(table)), *_table_shares(table)]
    findings = checked.findings
    if len({finding_key(f) for f in findings if f.severity == "error"}) < 2:
        return findings

    def row_of(index: int) -> tuple[str, Source]:  # a body row as its findings name it
        return checked.names[index], table.row_source(table.header_rows + index)

    def printed(row: int, column: int) -> Decimal:
        return checked.numeric[column].part(table.rows[table.header_rows + row][column])

    rates_wrong = {(f.row, f.source) for f in findings if f.rule == TABLE_RATE.id}
    shares_wrong = {(f.row, f.source) for f in findings if f.rule == TABLE_SHARE.id}
    costs_wrong = {checked.places[finding_key(f)][:2] for f in findings if f.rule == COST_TABLE.id}
    if len(rates_wrong) >= 2:
        by_rates = _by_rates(checked)
        figures = {cell: figure for cell, (_, figure, _) in by_rates.items()}
        tried = all_explaining(findings, len(figures), functools.partial(_tried, table, figures, checked.numeric))
        if tried is not None:
            return [*tried, *checked.write([_Mismatch(row, column, was, figure, f"{checked.names[total.row]} "
                                                      f"행과 {rate} 열이 함께 맞는 값", [])
                                            for (row, column), (was, figure, total) in by_rates.items()
                                            for rate in [checked.names_of_rates[row]]])]
    found_on = {(f.row, f.source) for f in findings}
    cells = {}  # (body row, column) of a figure not written out: the figure the table's other sums make it
    for total in checked.row_sums:
        for part in (part for part in total.parts if row_of(part) in rates_wrong | shares_wrong | costs_wrong):
            cells[part, total.column] = printed(part, total.column) + total.printed - total.expected
    rate_columns = {f.column for f in findings if f.rule == TABLE_RATE.id}  # of a rate printed as a row, its columns
    for total in (total for total in checked.wrong_totals if total.what == _ROW_ITEMS_SUM):
        for part in (part for part in total.parts if checked.column_names[part] in rate_columns):
            # a 계 column's part whose rate (a row under it) is found wrong too: at what the 계 makes it
            cells[total.row, part] = printed(total.row, part) + total.printed - total.expected
    for total in checked.wrong_totals:  # a total on a row whose share or cost is found wrong too: at what it sums
        if row_of(total.row) in shares_wrong | costs_wrong:
            cells.setdefault((total.row, total.column), total.expected)
    summed_wrong = {(part, total.column) for total in checked.row_sums for part in total.parts}
    for change in checked.changes:  # a figure it is of that its row's 계 (a period row's), a 계 row or its row's
        off = change.printed - change.expected  # rate (`증감률`, of the change over the earlier) finds wrong too
        rate_wrong = row_of(change.row) in rates_wrong
        for (row, column), sign in ((change.this, 1), (change.last, -1)):
            if (row, column) in summed_wrong or row != change.row and row_of(row) in found_on or rate_wrong:
                cells.setdefault((row, column), printed(row, column) + sign * off)
    explained = list(explaining(findings, (
        (cell, functools.partial(_tried, table, {cell: figure}, checked.numeric))
        for cell, figure in cells.items() if checked.numeric[cell[1]].unit != _WRITTEN)))
    if len(explained) == 1:
        cell, tried = explained[0]
        return [*tried, *_named_wrong(table, checked, cell, cells[cell], findings, tried)]
    together = each_explaining(findings, explained, lambda tried: _tried(
        table, {cell: cells[cell] for cell in tried}, checked.numeric))
    if together is None:
        return findings
    return [*together, *(finding for cell, tried in explained
                         for finding in _named_wrong(table, checked, cell, cells[cell], findings, tried))]


def _named_wrong(table: GenericTable, checked: _Checked, cell: tuple[int, int], figure: Decimal,
                 findings: list[Found], tried: list[Found]) -> list[Found]:
    """The finding on a wrong cell (body row, column) whose figure clears some of the table's `findings` (`tried`:
    those left with it at that figure), naming the rows and columns that together make it that figure."""
    row, column = cell
    row_of = (checked.names[row], table.row_source(table.header_rows + row))
    left = {finding_key(f) for f in tried}
    cleared = [f for f in findings if finding_key(f) not in left]
    naming = [f for f in cleared if checked.places.get(finding_key(f), (f.row, f.source, f.column))
              == (*row_of, checked.column_names[column])]
    if any(f.rule == COST_TABLE.id for f in naming):  # a cost row's total: its finding as found, the 계's sum's first
        return [naming[0]]  # (`계 총사업비`, of its rows), else its row's (`국비 총사업비`, of its shares)
    places = [checked.places.get(finding_key(f), (f.row, f.source, f.column)) for f in cleared]
    rows = list(dict.fromkeys(name for name, source, _ in places if (name, source) != row_of))
    summed = _columns_summed_in(checked, row, column)  # a 계 column's sum in the part's own cell: by what it sums
    also = [named for name, source, found_in in places if (name, source) == row_of
            for named in (summed if found_in == checked.column_names[column] and summed else [found_in])]
    named = [f"{'·'.join(rows)} 행"] if rows else []
    what = "과 ".join([*named, f"{'·'.join(also)} 열" if also else "표의 다른 셈"]) + "이 함께 맞는 값"
    printed = checked.numeric[column].part(table.rows[table.header_rows + row][column])
    return checked.write([_Mismatch(row, column, printed, figure, what, [])])


def _columns_summed_in(checked: _Checked, row: int, column: int) -> list[str]:
    """The columns a 계 column's sum found wrong in a cell (body row, column) adds up, by name: of a part's own cell
    (`한빛2동 | 2,052 | 1,010 | 1,015` under `아 동 수 계 | 남 | 여`: 남 and 여), which a message names them by, not
    by the part's column itself."""
    return [checked.column_names[part] for m in checked.wrong_totals
            if (m.row, m.column) == (row, column) and m.what == _ROW_ITEMS_SUM for part in m.parts]


_SHARE_WORD_RE = patterns.compile(SHARE)  # a share's word in a header cell (`2025년 구성비`), not its points too
# a column or row of shares: `구성비(%)`, `비 율(%)`, `비중`; a `비율` one only where its 계 prints 100 (else a rate)
_SHARE_LABEL_RE = patterns.compile(rf"^(?:{SHARE}|비율)")


def _table_shares(table: GenericTable) -> list[Found]:
    """A table's wrong shares, its share columns' and share rows', given with its sums' findings: one wrong figure
    breaking a sum and its share is one finding on it (`_table`)."""
    return [*_share_columns(table), *_share_rows(table)]


def _share_columns(table: GenericTable) -> list[Found]:
    """A table's share columns checked against its one 계 row; of a table printing 소계s too (`소 계` closing or
    leading its rows, `보통세 | 소계` over them), a row's share may be of its group's 소계 instead (right above or
    below it, as the 소계s lead or close their groups; no 계 row between), and a 소계's of the 계 or, as its rows'
    are of it, 100. A `비율(%)` column is one where its 계 prints 100 (`분 야 | 건 수 | 비율(%)`; before, a rate of
    no two columns, compared with nothing). Most tables print no share: their header is looked at first."""
    if not any(_SHARE_LABEL_RE.match(compact(cell)) or _SHARE_WORD_RE.search(compact(cell))
               for row in table.rows[:table.header_rows] for cell in row):
        return []
    rows = rows_as_read(table)
    header, body = rows[:table.header_rows], rows[table.header_rows:]
    if not header or len(body) < 3:
        return []
    labels = column_labels(tuple(map(tuple, header)))
    total = _one_total(((k, row[:1]) for k, row in enumerate(body)), beside_subtotals=True)
    if total is None:
        return []
    subtotals = [k for k, row in enumerate(body) if k != total and any(map(row_total, row))]  # `보통세 소계` too
    first_part = next((k for k in range(len(body)) if k != total and k not in subtotals), len(body))
    leading = any(k < first_part for k in subtotals)
    wholes = {k: _wholes(k, total, subtotals, leading) for k in range(len(body)) if k != total}
    return [finding for col, label in enumerate(labels)
            if is_share(label) or _SHARE_LABEL_RE.match(compact(label)) and _plain_figure(body[total][col]) == 100
            for finding in _shares(table, labels, body, total, wholes, col)]


def _share_rows(table: GenericTable) -> list[Found]:
    """A table's shares printed as a row under the figures they are of, its parts the columns (`구 분 | 계 | 은행나무
    | 이팝나무` over `주 수 | 15,840 | 6,210 | 3,480` and `비율(%) | 100.0 | 39.2 | 22.0`): each column's share is its
    figure in the nearest row above whose shares most columns print, over the 계 column's × 100, and the 계 column's
    own 100, as `_share_columns` checks a share column turned round. A `비율` row is one only where its 계 prints 100
    (else a rate, `rate.table`'s). Before, such shares were compared with nothing."""
    if not any(("비" in row[0] or "점" in row[0]) and _SHARE_LABEL_RE.match(compact(row[0]))
               for row in table.rows[table.header_rows + 1:]):
        return []
    rows = rows_as_read(table)
    header, body = rows[:table.header_rows], rows[table.header_rows:]
    if not header:
        return []
    labels = column_labels(tuple(map(tuple, header)))
    total = _one_total((col, [label]) for col, label in enumerate(labels) if col)
    if total is None:
        return []
    findings = []
    for k, row in enumerate(body):
        label = compact(row[0])
        if not k or not _SHARE_LABEL_RE.match(label) or not is_share(label) and _plain_figure(row[total]) != 100:
            continue
        shares = {col: rate for col in range(1, len(row)) if (rate := printed_rate(row[col])) is not None}
        found = of_most_rows(shares, _rows_above(body, k, shares, total), _share_agrees, total)
        if found is None:
            continue
        base, _, wrong = found
        whole = _plain_figure(body[base][total])
        if total in shares and not _share_agrees(whole, whole, shares[total]):
            wrong.insert(0, total)
        name, base_name, total_column = row[0].strip(), body[base][0].strip(), column_name(labels, total)
        findings += [_share_finding(table, table.header_rows + k, name, column_name(labels, col), row[col],
                                    body[base][col], body[base][total], shares[col][1],
                                    f"{base_name} ÷ {total_column} 열의 {base_name}")
                     for col in wrong]
    return findings


def _rows_above(body: list[list[str]], row: int, shares: dict[int, Share],
                total: int) -> Iterator[tuple[int, dict[int, tuple[Decimal, Wholes]]]]:
    """The rows above a share row it may be of, nearest first, each with its figures in the share row's columns
    over its 계 column's (`of_most_rows`' columns, the table turned round); no row of rates, nor one printing no
    계."""
    for base in range(row - 1, -1, -1):
        if _RATE_RE.search(compact(body[base][0])) or (whole := _plain_figure(body[base][total])) is None:
            continue
        yield base, {col: (part, (("계", whole),)) for col in shares
                     if col != total and (part := _plain_figure(body[base][col])) is not None}


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


def _shares(table: GenericTable, labels: tuple[str, ...], body: list[list[str]], total: int,
            wholes: dict[int, list[tuple[str, int]]], col: int) -> list[Found]:
    """The rows whose share in column `col` is not their part of the 계 row's (or of their 소계's, `wholes`: the
    rows each may be a part of), of the figure column before it that most rows' shares agree with
    (`of_most_rows`)."""
    shares = {k: rate for k, row in enumerate(body) if (rate := printed_rate(row[col])) is not None}

    def columns_before() -> Iterator[tuple[int, dict[int, tuple[Decimal, Wholes]]]]:
        for base in range(col - 1, -1, -1):
            if is_share(labels[base]) or _RATE_RE.search(compact(labels[base])):
                continue
            if _plain_figure(body[total][base]):
                yield base, {k: (part, tuple((kind, whole) for kind, row in wholes[k]
                                             if (whole := _plain_figure(body[row][base]))))
                             for k in shares if k != total and (part := _plain_figure(body[k][base])) is not None}

    found = of_most_rows(shares, columns_before(), _share_agrees, total)
    if found is None:
        return []
    base, kind, wrong = found
    whole = _plain_figure(body[total][base])
    of = [(k, dict(wholes[k]).get(kind, total)) for k in wrong]
    if total in shares and not _share_agrees(whole, whole, shares[total]):
        of.insert(0, (total, total))
    column, of_column = column_name(labels, col), column_name(labels, base)
    return [_share_finding(table, table.header_rows + k, _printed_row_name(body, k), column, body[k][col],
                           body[k][base], body[whole_row][base], shares[k][1],
                           f"{of_column} ÷ {_whole_name(body, whole_row)} 행의 {of_column}")
            for k, whole_row in of]


def _plain_figure(cell: str) -> Decimal | None:
    """A cell's figure as printed (`1,234`, `301.5`; `-` is 0); None for a word or a blank."""
    if not cell.strip():
        return None
    read = parse_decimal(cell) if "%" not in cell else None
    return None if read is None else Decimal(read[0]).quantize(Decimal(1).scaleb(-read[1]))


def _share_agrees(part: Decimal, whole: Decimal, share: tuple[float, int]) -> bool:
    """Whether a printed share is part ÷ whole × 100 within half a unit of its last digit, of figures that may
    stand for any within half a unit of their own last printed digit (a share worked out of figures in won, the
    table printing them in 백만원)."""
    digits = max(-min(value.as_tuple().exponent, 0) for value in (part, whole))
    scale = 10 ** (digits + 1)
    return rate_agrees(int(part * scale), int(whole * scale), share, 10)


def _printed_row_name(body: list[list[str]], row: int) -> str:
    """A row's name: its first printed cell, else its place (`3행`)."""
    return next((cell.strip() for cell in body[row] if cell.strip()), f"{row + 1}행")


def _whole_name(body: list[list[str]], row: int) -> str:
    """The name of the row a share is of: the 계, or a group's 소계 (`보통세 | 소계`: the 소계)."""
    name = _printed_row_name(body, row)
    return name if row_total(name) else next(cell.strip() for cell in body[row] if row_total(cell))


def _share_finding(table: GenericTable, table_row: int, name: str, column: str, share_cell: str, part_cell: str,
                   whole_cell: str, decimals: int, of: str) -> Found:
    """A wrong share on the row `name` in the `column`: the share printed against its part ÷ its whole × 100, `of`
    saying of which figures (a column's share of a row's: `예산액 ÷ 계 행의 예산액`; a share row's of a column's:
    `주 수 ÷ 계 열의 주 수`)."""
    part_cell, whole_cell = part_cell.strip(), whole_cell.strip()
    expected = shown(expected_rate(_plain_figure(part_cell), _plain_figure(whole_cell), decimals))
    actual = share_cell.strip().removesuffix("%").removesuffix("％").rstrip()
    return TABLE_SHARE.finding(
        table=table.caption or "표", row=name, column=column, expected=expected, actual=actual,
        source=table.row_source(table_row),
        message=f"'{name}' 행의 {column} 값이 {of} × 100과 맞지 않습니다 (표기 {actual}%, 계산 {part_cell} ÷ "
                f"{whole_cell} × 100 = {expected}%)")


def _by_rates(checked: _Checked) -> dict[tuple[int, int], tuple[Decimal, Decimal, _Mismatch]]:
    """By a body row and a column: each row a 계 row sums whose rate is found wrong (a rate of two figures, part ÷
    whole), in the column that 계 misses where its rate is of it, with its printed figure and the figure its rate
    and its other figure give (`_by_rate`; the last such row of a 계 at what the 계 leaves it, as a rate printed to
    its precision leaves a range of figures, whose sum the 계 tells), and that 계's miss (`방문 상담 | 500 | 490`
    and `전화 상담 | 1,000 | 700` at 80.0 under a 계 of 2,400: 400 and 800)."""
    cells: dict[tuple[int, int], tuple[Decimal, Decimal, _Mismatch]] = {}
    for total in checked.row_sums:
        reading = checked.numeric[total.column]
        wrong = [(part, printed, figure) for part in total.parts if part in checked.rates_wrong
                 and not any(row == part for row, _ in cells) and reading.unit != _WRITTEN
                 and (figure := _by_rate(checked.rates_wrong[part], total.column, reading)) is not None
                 and (printed := reading.part(checked.body[part][total.column])) != figure]
        if not wrong:
            continue
        (last, printed, _), off = wrong[-1], sum(figure - printed for _, printed, figure in wrong[:-1])
        cells |= {(part, total.column): (printed, figure, total) for part, printed, figure in [
            *wrong[:-1], (last, printed, printed + total.printed - total.expected - off)]}
    return cells


def _by_rate(wrong: _WrongRate, column: int, reading: _Column) -> Decimal | None:
    """A figure of a wrong rate's two (`wrong.ratio`'s part or whole, the `column` read as `reading`) as the printed
    rate of the other makes it, at the precision its column prints; None where the rate is of three figures or of a
    change, or of 0 for a whole."""
    ratio, (part, whole, _), rate = wrong.ratio, wrong.terms, wrong.rate
    printed = Decimal(round(rate[0] * 10**rate[1])).scaleb(-rate[1])
    if (ratio.other is not None or ratio.from_whole or ratio.over_last_year or column not in (ratio.part, ratio.whole)
            or column == ratio.whole and not printed):
        return None
    won = printed * whole / 100 if column == ratio.part else part * 100 / printed
    printed_in = unit_multiplier(reading.printed_in) or 1  # a column read in won, printed in its unit
    value = won / (unit_multiplier(reading.money) or 1) / printed_in
    return value.quantize(reading.step or Decimal(1), rounding=ROUND_HALF_UP) * printed_in


def _tried(table: GenericTable, figures: dict[tuple[int, int], Decimal], numeric: dict[int, _Column]
           ) -> list[Found]:
    """The table's findings with cells of its body (body row, column) at other figures, each written as its column
    prints its figures (`480`, `1,200명`, `75,000` of 천원 read in won)."""
    rows = [list(cells) for cells in table.rows]
    for (row, column), at in figures.items():
        reading = numeric[column]
        value = at / unit_multiplier(reading.printed_in) if reading.printed_in else at
        rows[table.header_rows + row][column] = f"{value:,}{reading.unit}"
    checked = _checked(table.model_copy(update={"rows": rows}))
    return checked.findings if checked is not None else []


class _Checked(NamedTuple):
    """A table's findings, and what the search for its one wrong part reads (`_table`): its 계 rows found wrong (of
    the rows they sum), its changes found wrong (a change column's or row's, a remainder's), each body row's name as
    a finding names it, how each column's cells read, and its findings of sums written out (`_findings`)."""
    findings: list[Found]
    row_sums: list[_Mismatch]
    changes: list[_Change]
    names: list[str]
    numeric: dict[int, _Column]
    write: Callable[[list[_Mismatch]], list[Found]]
    body: list[list[str]]
    wrong_totals: list[_Mismatch]  # every total found wrong, as written out
    rates_wrong: dict[int, _WrongRate]  # by body row: its rate column's wrong rate (`_by_rates`)
    names_of_rates: dict[int, str]  # by body row: that rate column's name
    # by finding key: the row (name, source) and column a finding not naming its cell so is printed at (a grid's
    # wrong 과부족, which `shortfall` names by its status and line)
    places: dict[tuple, tuple[str, Source, str]]
    column_names: list[str]  # each column's name as a finding names it (`column_name`)


def _checked(table: GenericTable) -> _Checked | None:
    """A table's findings (and what `_Checked` keeps of them); None where it prints no figure to check."""
    body = table.rows[table.header_rows:]
    if not body:
        return None
    header = tuple(map(tuple, table.rows[: table.header_rows]))
    labels = column_labels(header) if header else ("",) * len(body[0])
    body = _bracketed_changes(labels, _marked_up_and_down(labels, body), table.unit)
    serials = {c for c in range(len(body[0])) if _numbers_rows(labels[c])}
    label_cols = _label_columns(labels, body, serials | ({0} if _is_year_column(labels[0], body) else set()))
    group_col = next((c for c in label_cols if c not in serials), label_cols[0]) if label_cols else None
    groups = _groups(body, group_col, label_cols) if group_col is not None else None
    row_labels = [_row_labels(body, index, label_cols, group_col, groups) for index in range(len(body))]
    names = [" ".join(labels) for labels in row_labels]
    row_names = [_row_name(labels, index) for index, labels in enumerate(row_labels)]
    amounts = _amount_unit(table.unit)
    money_rows = _amount_rows(row_labels, labels, table.unit)
    kinds = [_NOT_SUMMED if index in money_rows else _kind_among(name, names) for index, name in enumerate(names)]
    # an indicator measured in % is a row of figures too: a table of such indicators alone is read (before, none)
    indicators = _indicators(labels, row_names, kinds)
    summed = [row for index, (row, kind) in enumerate(zip(body, kinds, strict=True))
              if kind != _NOT_SUMMED or index in indicators]
    column_kinds = {c: _kind_among(labels[c], labels) for c in range(len(body[0])) if c not in label_cols}
    numeric = {c: column for c, kind in column_kinds.items()
               if kind != _NOT_SUMMED and (column := _read_column([row[c] for row in summed],
                                                                 _money_unit(labels[c], table.unit))) is not None}
    if not numeric:
        return None
    numeric = dict(zip(numeric, _in_won(list(numeric.values())), strict=True))
    change_columns = _change_columns(labels)
    changes = _changes(labels, change_columns, body, table.unit, _table_total(row_labels, kinds))
    changed_rows = _change_rows(names, body, numeric)
    total_columns = _summed_columns(labels, column_kinds, numeric, amounts)
    wrong_shortfalls = grid_shortfall_findings(table)
    wrong_costs = cost_grid_rows(table)
    shortfalls = _shortfalls(wrong_shortfalls, numeric)
    mismatches = _total_columns(labels, body, kinds, total_columns, numeric)
    if cost_columns(labels[1:]) is None:  # else each row's `sum.project_cost_table`'s
        mismatches += _column_sums(labels, body, kinds, column_kinds, numeric, total_columns)
    if label_cols:  # a table of figures alone has no 계 row, but its 계 column is checked all the same
        breakdowns = _breakdowns(body, row_labels, label_cols)
        mismatches += _total_rows(body, row_labels, kinds, label_cols, group_col, groups, numeric, set(breakdowns))
        mismatches += _breakdown_sums(body, breakdowns, kinds, numeric, total_columns)
        mismatches = _not_shortfalls(_not_explained(mismatches, changes + changed_rows + shortfalls, numeric),
                                     shortfalls)
    mismatches = _not_overlapping(table, labels, names, body, numeric, mismatches)
    write = functools.partial(_findings, table, labels, body, label_cols, group_col, groups, numeric)
    found = _wrong_part(body, numeric, mismatches)
    findings = write(found)
    summed = {(m.row, m.column): m.expected for m in mismatches}
    # a wrong change stays beside the sum that a wrong figure it is of breaks too (a 계 row's of its column, a period
    # row's 계): which of them is wrong, the one-cell search tells (`_table`)
    reported = [change for change in changes + changed_rows if not _found_by_sums(change, summed, body, numeric)]
    # so a wrong shortfall right of a figure it is of as a sum makes it (`계 | 2,722 | 2,656 | 67` where the rows'
    # 현원 make 2,655: the 계's 현원, not also its 결원)
    by_sums = {(change.row, change.column) for change in shortfalls
               if _found_by_sums(change, summed, body, numeric)}
    wrong_shortfalls = [(s, finding) for s, finding in wrong_shortfalls if s.cell not in by_sums]
    down = _changes_down(labels, change_columns, body, row_labels, column_kinds, numeric, table.unit)
    findings += [_row_change_finding(table, labels, body, row_labels, change) for change in down]
    right = summed | {(change.row, change.column): change.expected for change in [*changes, *changed_rows, *down]}
    rates, wrong_rates, rated = _rates(table, labels, body, row_names, kinds, column_kinds, numeric, right, reported,
                                       indicators)
    # a wrong change its row's change rate witnesses is the later figure's finding, as its change makes it
    laters = {change: write([_later_by_rate(change, labels, numeric[column].part(body[row][column]), rate)])[0]
              for change, rate in rated.items() for row, column in [change.this]}
    findings += [laters.get(change) or _change_finding(table, labels, body, row_labels, change) for change in reported]
    row_sums = [m for m in found if m.what in (_ROWS_SUM, _PARTS_SUM) and m.summed_by is None]
    places = {finding_key(finding): (row_names[row], table.row_source(table.header_rows + row),
                                     column_name(labels, column))
              for s, finding in wrong_shortfalls for row, column in [s.cell]}
    # that finding is the change's for the search for one wrong part: the 계 it breaks too names its change
    places |= {finding_key(finding): (row_names[change.row], table.row_source(table.header_rows + change.row),
                                      column_name(labels, change.column)) for change, finding in laters.items()}
    # a cost grid's row against its shares, at its total (`cost_grid_rows`): which of that and the 계 a wrong cell
    # breaks is wrong, the one-cell search tells
    places |= {finding_key(finding): (row_names[row - table.header_rows], table.row_source(row),
                                      column_name(labels, column)) for (row, column), finding in wrong_costs}
    # a wrong shortfall is tried as a change too: which of it and a 계 its line's wrong count breaks is wrong, the
    # one-cell search tells (`_table`)
    return _Checked([*findings, *rates, *(finding for _, finding in wrong_shortfalls),
                     *(finding for _, finding in wrong_costs), *_table_shares(table)],
                    row_sums,
                    reported + [change for change in shortfalls if (change.row, change.column) not in by_sums],
                    row_names, numeric, write, body, found, {wrong.line: wrong for wrong in wrong_rates},
                    {wrong.line: column_name(labels, wrong.series) for wrong in wrong_rates}, places,
                    [column_name(labels, c) for c in range(len(labels))])


def _row_name(labels: list[str], index: int) -> str:
    """A body row's name as a finding names it: its labels (`방문 상담`, `민원 / 방문`), or its place (`3행`)."""
    return " / ".join(label for label in labels if label) or f"{index + 1}행"


class _Change(NamedTuple):
    """A printed change (body row, `column`) that is not the later figure less the earlier: the cells (body row,
    column) `this` and `last`, on its row (a change column) or in its column (a change row, `_change_rows`)."""
    row: int
    column: int
    last: tuple[int, int]
    this: tuple[int, int]
    printed: Decimal
    expected: Decimal
    money: str
    shown_in: tuple[str, str, str]  # the units the change's, the later's and the earlier's cells print


# The year or period a column a change compares prints (`2024년`, `’24년`, `’25. 5월`, `2025 예산`, `전년도`, `금년`),
# or its letter (`실적(B)`, as a change's label names them: `증감(B-A)`)
_RATE_RE = patterns.compile(RATE)  # a rate's label: `전년대비(%)`, `증감률`, no difference
_PERIOD_RE = patterns.compile(rf"({FOUR_DIGIT_YEAR})|[’‘'`](\d\d)(?:년|\.)|(전년)|(?:금년|올해|당해)|[(（]([AB])[)）]")


def _period(label: str) -> tuple[bool, int] | None:
    """When a column's figures are (`_PERIOD_RE`), to tell the later of two: (a year's, its year) or (a
    period's, 0 for the earlier: 전년, (A); 1 for the later); None for no period."""
    match = _PERIOD_RE.search(label)
    if match is None:
        return None
    year, short, last, letter = match.groups()
    if year or short:
        return True, int(year or "20" + short)
    return False, 0 if last or letter == "A" else 1


def _changes(labels: tuple[str, ...], change_columns: tuple[tuple[int, int, int], ...], body,
             units: str | None, total: _TableTotal | None) -> list[_Change]:
    """The rows whose change (`증감`, `증감(B-A)`, a `전년대비` printing differences: no rate) is not the later of the
    two periods just before it less the earlier (`2024년 | 2025년 | 증감`, `2025년 | 2024년 | 증감`), or whose
    remainder (`잔 액`, `미수납액`) is not the two figures before it it is of (`_remainder_columns`), where most
    rows print it so (a change may compare something else; one row of a table of one or two does not tell), or
    the table's 계 says it is (`_total_confirms`: two wrong rows of three); the row's own mistake, which a 계
    row's sum would otherwise be blamed for (`_not_explained`)."""
    wrong = []
    for column, last, this in [*change_columns, *_remainder_columns(labels, body, units, total)]:
        money = _money_unit(labels[column], units)
        readings = [_read_column([row[c] for row in body], money) for c in (last, this, column)]
        if None in readings:
            continue  # a figure not read
        readings = _in_won(readings)
        if any(reading.unit == _WRITTEN for reading in readings) and any(r.money != "원" for r in readings):
            continue  # amounts written out beside figures in no money unit
        money = readings[2].money or money
        rows = [(index, printed, readings[1].part(row[this]) - readings[0].part(row[last]))
                for index, row in enumerate(body)
                if _DIGIT_RE.search(row[last] + row[this]) and (printed := readings[2].figure(row[column]))
                is not None]
        off = [(index, printed, expected) for index, printed, expected in rows
               if readings[2].differs(printed, expected, 2, body[index][column])]
        if (2 * len(off) <= len(rows) and len(rows) > 1
                or _total_confirms(total, {index: (printed, expected) for index, printed, expected in rows},
                                   readings[2])):
            shown_in = tuple(readings[k].printed_unit for k in (2, 1, 0))
            wrong += [_Change(index, column, (index, last), (index, this), printed, expected, money, shown_in)
                      for index, printed, expected in off]
    return wrong


def _change_rows(names: list[str], body, numeric: dict[int, _Column]) -> list[_Change]:
    """The cells of each change row (`증 감`, `전년 대비 증감`; no rate, `증감률`) right under the two periods it
    compares (`2025년(1~5월)` over `2024년 동기`: `_change_columns` of the rows' names) that are not the later row's
    figure less the earlier's, column by column at each column's printed precision, where most columns print it so:
    the change columns' rule (`_changes`) turned round, a wrong cell its own finding, not the 계 column's sum of its
    row that it breaks (`_not_explained`)."""
    wrong = []
    for row, last, this in _change_columns(tuple(names)):
        compared = [(column, printed, reading.part(body[this][column]) - reading.part(body[last][column]))
                    for column, reading in numeric.items()
                    if _DIGIT_RE.search(body[last][column] + body[this][column])
                    and (printed := reading.figure(body[row][column])) is not None]
        off = [(column, printed, expected) for column, printed, expected in compared
               if numeric[column].differs(printed, expected, 2, body[row][column])]
        if 2 * len(off) <= len(compared) and len(compared) > 1:
            wrong += [_Change(row, column, (last, column), (this, column), printed, expected, numeric[column].money,
                              (numeric[column].printed_unit,) * 3) for column, printed, expected in off]
    return wrong


def _shortfalls(wrong: list[tuple[GridShortfall, Found]], numeric: dict[int, _Column]) -> list[_Change]:
    """A staffing grid's 과부족s (결원s) that are not their line's 현원 less its 정원 (정원 less 현원), `shortfall`'s
    findings (`grid_shortfall_findings`), as changes: they tell the 계 they break right of their right figures
    (`_not_explained`: `계 | 68 | 66 | △2` over `주택과 | 24 | 23 | △2`, where 23 − 24 is △1, is right; before, the 계
    row's sum was found too, expected △3), and the figures they are of are tried at what they make them (`_table`)."""
    return [_Change(*s.cell, *s.terms, Decimal(s.printed), Decimal(s.expected), "",
                    (numeric[s.cell[1]].printed_unit,) * 3)
            for s, _ in wrong if s.cell[1] in numeric]


def _not_shortfalls(mismatches: list[_Mismatch], shortfalls: list[_Change]) -> list[_Mismatch]:
    """The mismatches but a 계's 과부족 (결원) that `shortfall` finds wrong by as much (`계 | 68 | 66 | △3` over rows
    making △2, which 66 − 68 makes too): its finding says it once."""
    said = {(c.row, c.column, c.expected, c.printed) for c in shortfalls}
    return [m for m in mismatches if (m.row, m.column, m.expected, m.printed) not in said]


class _RowChange(NamedTuple):
    """A printed change (body row, `column`) from the row of the period before (`before`) that is not the row's
    figure of the `figures` column less that row's."""
    row: int
    column: int
    figures: int
    before: int
    printed: Decimal
    expected: Decimal
    money: str
    shown_in: tuple[str, str]  # the units the change's and the figures' cells print


# A row's period, as a table of periods down its rows names each: a year (`2024`, `2024년`, `’24년`), a month
# (`3월`) or a quarter (`2분기`, `2/4분기`)
_MONTH_ROW_RE = patterns.compile(r"\s*(\d{1,2})\s*월\s*")
_QUARTER_ROW_RE = patterns.compile(r"\s*([1-4])\s*(?:/\s*4\s*)?분\s*기\s*")
# A change's label that names the period before as what it is from (`전년대비 증감`, `전월 대비`, `전분기대비`),
# and the rows it is the row above of: over months or quarters a year before (`전년대비`, `전년 동월`, `전년동기`) is
# the same month or quarter a year before, no row of the table
_FROM_LAST_RE = patterns.compile(r"전(년|월|분기|기)")
_FROM_LAST_ROWS = {"년": "year", "월": "month", "분기": "quarter"}


def _periods_down(row_labels) -> tuple[str | None, dict[int, int]]:
    """The kind of period (`year`, `month`, `quarter`) of a table of periods down its rows and each row's row of the
    period before it (`2024년` → `2023년`, `3월` → `2월`), where the rows naming periods are of one kind, two at
    least, in order (rising or falling) and each named once; None and empty else (`계`, a group's label and the like
    name none)."""
    named = []
    for index, labels in enumerate(row_labels):
        label = next((label for label in labels if label), "")
        if YEAR_LABEL_RE.match(label):
            named.append((index, "year", full_year(label)))
        elif "월" in label and (match := _MONTH_ROW_RE.fullmatch(label)):
            named.append((index, "month", int(match[1])))
        elif "분" in label and (match := _QUARTER_ROW_RE.fullmatch(label)):
            named.append((index, "quarter", int(match[1])))
    periods = [period for _index, _kind_of, period in named]
    if (len(named) < 2 or len({kind_of for _index, kind_of, _period in named}) > 1
            or not (periods == sorted(periods) or periods == sorted(periods, reverse=True))
            or len(set(periods)) < len(periods)):
        return None, {}
    rows = {period: index for index, _kind_of, period in named}
    return named[0][1], {index: rows[period - 1] for index, _kind_of, period in named if period - 1 in rows}


def _changes_down(labels: tuple[str, ...], change_columns: tuple[tuple[int, int, int], ...], body, row_labels,
                  column_kinds: dict[int, str | None], numeric: dict[int, _Column],
                  units: str | None) -> list[_RowChange]:
    """The rows whose change (`전년대비 증감`, `증감`; no rate) in a table of periods down its rows (`_periods_down`:
    `2024년 | 10,460 | 460` under `2023년 | 10,000 | -`) is not its figure less the row before's, of the figure
    column nearest it (before it, then after it) that two rows at least and more than half of those printing it
    print so, or, where the label names the period before and a change (`전년대비 증감`), of the one right before it
    that as many rows print so as do not, one at least (a table of three years, one change wrong); a bare
    `전년대비` may be a rate printed with no `%`, and one printing decimals over whole figures is one. A change that
    is no change of its rows' periods (of the columns before it, `_change_columns`) is the same-row check's, and
    one most rows print as the difference of two figures on their own row (`_of_its_own_row`) no change down."""
    compared = {column for column, _last, _this in change_columns}
    columns = [c for c in range(1, len(labels)) if c not in compared
               and ("증감" in (word := compact(labels[c])) or "대비" in word) and not _RATE_RE.search(word)
               and not _SHARE_RE.search(word)]
    kind, before = _periods_down(row_labels) if columns else (None, {})
    if not before:
        return []
    wrong = []
    for column in columns:
        if (last := _FROM_LAST_RE.search(compact(labels[column]))) and _FROM_LAST_ROWS.get(last[1], kind) != kind:
            continue  # from a period a year before (`전년동기대비 증감` down quarters), no row of the table
        figures = [c for c in sorted(numeric, key=lambda c: (c > column, abs(c - column)))
                   if column_kinds.get(c) is None]
        if _of_its_own_row(labels, body, column, [c for c in figures if c < column], numeric, units):
            continue  # a difference of its row's figures (`전입 | 전출 | 증감`), no change from the row above
        for rank, figures_column in enumerate(figures):
            # in the figures' money unit, unless the change's label prints its own (`증감(천원)`)
            money = _money_unit(labels[column], units) if _unit(labels[column]) else numeric[figures_column].money
            if (reading := _read_column([row[column] for row in body], money)) is None:
                continue
            if _decimals(body, column) and not _decimals(body, figures_column):
                continue  # a rate printed with no `%` (`110.0` over `1,100`), no change
            change, of = _in_won([reading, numeric[figures_column]])
            rows = [(index, printed, of.part(body[index][figures_column]) - of.part(body[last][figures_column]))
                    for index, last in before.items()
                    if _DIGIT_RE.search(body[index][figures_column]) and _DIGIT_RE.search(body[last][figures_column])
                    and (printed := change.figure(body[index][column])) is not None]
            off = [(index, printed, expected) for index, printed, expected in rows
                   if change.differs(printed, expected, 2, body[index][column])]
            agree = len(rows) - len(off)
            named = rank == 0 and figures_column < column and last and "증감" in compact(labels[column])
            if (agree >= 2 and 2 * agree > len(rows)) or (named and agree >= 1 and agree >= len(off)):
                wrong += [_RowChange(index, column, figures_column, before[index], printed, expected,
                                     change.money or of.money, (change.printed_unit, of.printed_unit))
                          for index, printed, expected in off]
                break
    return wrong


def _of_its_own_row(labels: tuple[str, ...], body, column: int, figures: list[int], numeric: dict[int, _Column],
                    units: str | None) -> bool:
    """Whether most rows print a change as the difference of two figure columns before it on its own row
    (`_most_print`: `전입 | 전출 | 증감` down months), which may match the row above's by chance."""
    for whole, part in itertools.permutations(figures, 2):
        money = _money_unit(labels[column], units) if _unit(labels[column]) else numeric[whole].money
        if (reading := _read_column([row[column] for row in body], money)) is None:
            continue
        readings = dict(zip((whole, part, column), _in_won([numeric[whole], numeric[part], reading]), strict=True))
        if _most_print(body, column, whole, part, readings):
            return True
    return False


def _decimals(body, column: int) -> bool:
    """Whether a column prints a figure with decimals (`110.0`)."""
    return any("." in row[column] and _DECIMAL_RE.search(row[column]) for row in body)


_DECIMAL_RE = patterns.compile(r"\d\.\d")


def _row_change_finding(table: GenericTable, labels, body, row_labels, change: _RowChange) -> Found:
    """A wrong change from the row above: `'2025년' 행의 전년대비 증감 값이 2025년 징수액 − 2024년 징수액 …`."""
    label, last = (_row_name(row_labels[k], k) for k in (change.row, change.before))
    figures = column_name(labels, change.figures)
    as_change = _Change(row=change.row, column=change.column, last=(change.before, change.figures),
                        this=(change.row, change.figures), printed=change.printed, expected=change.expected,
                        money=change.money, shown_in=(*change.shown_in, change.shown_in[1]))
    return _wrong_change_finding(table, labels, body, row_labels, as_change, f"{label} {figures}", f"{last} {figures}")


# A remainder's label: what is left of a figure less another (`잔 액`, `잔여`, `미수납액`, `미정리`, `미집행액`)
_REMAINDERS = "잔액|잔여|미수납|미정리|미집행"
_REMAINDER_RE = patterns.compile(_REMAINDERS)


def _remainder_columns(labels: tuple[str, ...], body, units: str | None,
                       total: _TableTotal | None) -> list[tuple[int, int, int]]:
    """(column, the figure taken, the figure taken from) of each remainder (`_REMAINDER_RE`) after the two figure
    columns it is the difference of (`체납액 | 정리액 | 정리율(%) | 잔 액` is 체납액 − 정리액, `부 과 금액 |
    징 수 금액 | 미 수 납 금액` 부과 − 징수): of the columns before it in its unit (no rate, change or other
    remainder), the pair, the nearest first, whose difference two rows at least and more than half of those
    printing all three print, or the table's 계 does (`_total_confirms`)."""
    found = []
    for column in range(2, len(labels)):
        if not _REMAINDER_RE.search(compact(labels[column])):
            continue
        money = _money_unit(labels[column], units)
        before = [c for c in range(column - 1, -1, -1) if not _kind(labels[c])
                  and not _REMAINDER_RE.search(compact(labels[c])) and _money_unit(labels[c], units) == money]
        readings = {c: _read_column([row[c] for row in body], money) for c in [*before, column]}
        if readings[column] is None:
            continue
        pairs = ((whole, part) for k, part in enumerate(before) for whole in before[k + 1:]
                 if readings[whole] is not None and readings[part] is not None)
        found += [(column, part, whole) for whole, part in itertools.islice(
            (pair for pair in pairs if _most_print(body, column, *pair, readings, total)), 1)]
    return found


def _most_print(body, column: int, whole: int, part: int, readings: dict[int, _Column],
                total: _TableTotal | None = None) -> bool:
    """Whether two rows at least and more than half of those printing the three figures print `column` as
    `whole` less `part`, or the table's 계 does (`_total_confirms`)."""
    rows = {index: (printed, readings[whole].part(row[whole]) - readings[part].part(row[part]))
            for index, row in enumerate(body) if _DIGIT_RE.search(row[whole] + row[part])
            and (printed := readings[column].figure(row[column])) is not None}
    agree = sum(not readings[column].differs(printed, expected, 2) for printed, expected in rows.values())
    return agree >= 2 and 2 * agree > len(rows) or _total_confirms(total, rows, readings[column])


class _TableTotal(NamedTuple):
    """A table's one 계 row (body row) and the rows of figures it sums, all the others."""
    row: int
    parts: list[int]


def _table_total(row_labels: list[list[str]], kinds: list[str | None]) -> _TableTotal | None:
    """The table's 계 row where it prints one total row alone (no 소계) over rows of figures; None else."""
    total = _one_total(enumerate(row_labels))
    if total is None:
        return None
    parts = [index for index, kind in enumerate(kinds) if index != total and kind not in (_NOT_SUMMED, _CHANGE)]
    return _TableTotal(total, parts) if parts else None


def _one_total(lines: Iterable[tuple[int, Iterable[str]]], beside_subtotals: bool = False) -> int | None:
    """The line (a row; a column, of a table turned round) of a table's one 계: the one line whose labels name a
    total (`row_total`: `계`, `합계(명)`, `소 계`, `보통세 소계`), so none of a table printing 소계s too, whose 계 is
    no sum of all its other lines; `beside_subtotals`, the one whose total is no 소계, where a line may be of its
    group's 소계 instead (a share, `_share_columns`). None where no line is so, or two are."""
    totals = [line for line, labels in lines
              if any((word := row_total(label)) and not (beside_subtotals and without_formula_mark(word) == "소계")
                     for label in labels)]
    return totals[0] if len(totals) == 1 else None


def _total_confirms(total: _TableTotal | None, rows: dict[int, tuple[Decimal, Decimal]], reading: _Column) -> bool:
    """Whether the table's 계 says a column its label names a change or remainder is one, where too few rows print
    it so to tell (two wrong rows of three): the 계's figure is what its own figures make it, and the sum of the
    rows' figures in the column, as printed or as theirs make them (`rows`: by body row, the printed figure and
    what its row's figures make it). A column that is not what its label says misses on the 계 too."""
    if total is None or total.row not in rows:
        return False
    printed, expected = rows[total.row]
    parts = [rows[index] for index in total.parts if index in rows]
    return not reading.differs(printed, expected, 2) and any(
        not reading.differs(printed, sum(figures, _ZERO), len(parts)) for figures in zip(*parts, strict=True))


@functools.lru_cache(maxsize=256)  # asked of a table's labels twice: its brackets, its changes
def _change_columns(labels: tuple[str, ...]) -> tuple[tuple[int, int, int], ...]:
    """(column, the earlier period's, the later's) of each change (`증감`, `증감(B-A)`, a `전년대비` printing
    differences: no rate) printed right after the two periods it compares (`2024년 | 2025년 | 증감`, `2025년 |
    2024년 | 증감`), each period's share or rate beside it aside (`2026년 예산(안) | 구성비 | 2025년 예산 | 구성비 |
    증감`: before, such a change was not compared, and a wrong one was blamed on the 계 row's sum). Two periods' shares
    right before it are what it compares (`2025년 구성비 | 2026년 구성비 | 증감`: a change of shares)."""
    changes = []
    for column in range(2, len(labels)):
        word = compact(labels[column])
        if not ("증감" in word or "대비" in word) or _RATE_RE.search(word):
            continue
        for before in ([column - 2, column - 1],
                       [c for c in range(column - 1, -1, -1) if not _share_or_rate(labels[c])][:2][::-1]):
            periods = _beside_last_year([labels[c] for c in before]) if len(before) == 2 else (None,)
            if None not in periods and periods[0][0] == periods[1][0] and periods[0] != periods[1]:
                changes.append((column, *(before if periods[0] < periods[1] else before[::-1])))
                break
    return tuple(changes)


def _share_or_rate(label: str) -> bool:
    """A column of shares or rates (`구성비`, `비중(%)`, `집행률(%)`), as a period may print beside it."""
    word = compact(label)
    return _RATE_RE.search(word) is not None or _SHARE_RE.search(word) is not None


_LAST_YEAR_RE = patterns.compile(r"전년")


def _beside_last_year(labels: list[str]) -> list[tuple[bool, int] | None]:
    """The periods of the two columns before a change (`_period`), where a column naming none beside last year's
    is this year's, the later (`지급액 | 전년 동기 | 증감`, `전년도 | 실적 | 증감`): as a report prints this year's
    figures under what they are and last year's as the same period of last year."""
    periods = [_period(label) for label in labels]
    if periods.count(None) == 1 and any(_LAST_YEAR_RE.search(compact(label)) for label in labels):
        return [period or (False, 1) for period in periods]
    return periods


def _bracketed_changes(labels: tuple[str, ...], body: list[list[str]], units: str | None) -> list[list[str]]:
    """The body with each change printed alone in brackets (`(300)`) read as the negative accounting prints so
    (`△300`) where the later period less the earlier on its row is that negative (`1,300 | 1,000 | (300)`), or
    where two of the column's brackets so agree and more than do not (`bracketed_agree`: a wrong one is then
    found); a bracket the arithmetic does not make one (a count "of which") stays as printed, no figure."""
    read = body
    for column, last, this in _change_columns(labels):
        readings = [_read_column([row[c] for row in body], _money_unit(labels[c], units)) for c in (last, this)]
        if None in readings or not any(bracketed_figure(row[column]) is not None for row in body):
            continue
        read = [list(row) for row in read] if read is body else read
        bracketed = [(row, figure) for row in read if (figure := bracketed_figure(row[column])) is not None]
        agreeing = [(row, figure) for row, figure in bracketed
                    if readings[1].part(row[this]) - readings[0].part(row[last]) == -figure]
        for row, _ in bracketed if bracketed_agree(len(agreeing), len(bracketed)) else agreeing:
            row[column] = as_negative(row[column])
    return read


def _not_explained(mismatches: list[_Mismatch], changes: list[_Change], numeric) -> list[_Mismatch]:
    """The mismatches that the parts' wrong changes (`_changes`), wrong 계 figures (a row's 계 or 누계 that is no
    sum of its months) and wrong figures of a full breakdown (`_breakdown_sums`: `공 영` that its `- 노상` and
    `- 노외` make another) do not explain: a 계 row's change or 계 that adds up over its parts' right ones is right
    (a change of a wrong 계, right of the 계 it should be, is right), a 계 that adds up over the 소계s' right sums
    (`계 | 124,300` over a 목적세 소계 printing 26,900 that its rows make 26,100: the 소계 is wrong, not the 계;
    before, two findings), and so is a 계 column that adds up over the
    figure its row's breakdown makes, or, on a 계 row, over the figures its column's rows make (`계 | 61,482.6 |
    … | 11,132.5` where the rows' 2월 make 11,032.5: the 2월 is wrong, not the corner that adds up down its column;
    before, two findings). A total that adds up over neither is found expected the sum of its parts' right
    figures (`계 | 125,000` there: expected 124,300, the rows' sum; before, the printed 소계s' 125,100)."""
    broken_down = {(m.row, m.column): m.expected - m.printed for m in mismatches if m.what == _PARTS_SUM}
    summed_across = {(m.row, m.column): m.expected - m.printed for m in mismatches if m.what == _ROWS_SUM}
    missed = {(m.row, m.column): m.expected - m.printed for m in mismatches if m.what == _ROW_ITEMS_SUM}
    missed |= broken_down
    changed = {(change.row, change.column): change.expected + missed.get(change.this, _ZERO)
               - missed.get(change.last, _ZERO) - change.printed for change in changes}
    missed |= changed

    def explaining(m: _Mismatch) -> list[Decimal]:
        if m.what == _ROW_ITEMS_SUM:
            # on a 계 row, a 계 column (or a column sum no label names, `sum.columns`) is right of the 계 row's
            # right parts too: a wrong `2월` of the 계 row is one finding, not also the corner it breaks; so a
            # change row's 계 column over its right changes (`_change_rows`)
            wrong_parts = broken_down | summed_across | changed
            return [wrong_parts[m.row, c] for c in m.parts if (m.row, c) in wrong_parts]
        # a 계 over 소계s is right of the 소계s' right sums: a wrong 소계 is one finding, not also the 계 it breaks
        parts_right = missed | summed_across if m.what == _ROWS_SUM else missed
        return [parts_right[k, m.column] for k in m.parts if (k, m.column) in parts_right]

    kept = []
    for m in mismatches:
        right = m.expected + sum(off := explaining(m), _ZERO)
        if not off:
            kept.append(m)
        elif numeric[m.column].differs(m.printed, right, len(m.parts)):
            kept.append(m._replace(expected=right))
    return kept


# A total's word saying its parts count some twice, so that it (a head count) is less than their sum:
# `계(중복제외)`, `계(실인원)`, `계(실수급자)`
_OVERLAP_RE = patterns.compile(r"중\s*복|실\s*인\s*원|실\s*수\s*급")
# A caption's or note's words saying so of its figures: `실인원`, `실수급자`, `중복 포함`, `중복 수급자 제외`, or
# `중복` in brackets (`(중복 수급)`); not `중복` naming what the table is of (`□ 중복수급 점검 결과`: its 적발 and
# 환수 add up as any counts do)
_OVERLAP_SAID_RE = patterns.compile(
    r"실\s*인\s*원|실\s*수\s*급|중\s*복[^,.)）]{0,6}?(?:포\s*함|제\s*외)|[(（\[［][^)）\]］]*중\s*복")


def _not_overlapping(table: GenericTable, labels, row_names: list[str], body, numeric: dict[int, _Column],
                     mismatches: list[_Mismatch]) -> list[_Mismatch]:
    """The mismatches less the head counts below their parts' sum in a table whose caption or note, the total's own
    label or the words of the line it totals, says its parts overlap (`□ 수급자 현황 (중복 포함)`, `(단위: 명, 중복
    포함)`, `계(실인원)` beside `생계급여 | 의료급여 | 주거급여`: one person draws several; `체납자 수(실인원)` beside
    `계 | 1월 | 2월`, before an error): such a 계 counts each once, less than its parts make; one above them, and
    money (a 지급액, paid once a benefit), is still found. Before, a table of one row was an error (expected 47,830
    for 19,880). So too a plain 계 of persons over the periods they are counted in
    (`계 | 14,560` over `1분기 | 14,880` …, `_counted_once`)."""
    if not mismatches:
        return mismatches  # most tables: nothing to ask
    said = any(_OVERLAP_SAID_RE.search(text) for text in (table.caption or "", table.note or ""))

    def overlapping(m: _Mismatch) -> bool:
        # the total's label, or the words of the line it totals (`체납자 수(실인원)` beside `계 | 1월 | 2월`)
        total, line = ((labels[m.column], row_names[m.row]) if m.what == _ROW_ITEMS_SUM
                       else (row_names[m.row], labels[m.column]))
        return (m.printed < m.expected and not numeric[m.column].money
                and (said or _OVERLAP_RE.search(total) is not None or _OVERLAP_SAID_RE.search(line) is not None
                     or _counted_once(m, table.unit, labels, row_names, body, numeric)))

    return [m for m in mismatches if m.summed_by is not None or m.what not in (_ROWS_SUM, _ROW_ITEMS_SUM)
            or not overlapping(m)]


# A column's (or row's) word or unit naming persons or households counted (`지급 아동`, `대상자`, `인원(명)`, `가구수`,
# `등록자`, `회원`, `환자`)
_PERSONS_RE = patterns.compile(
    r"명|인\s*원|아\s*동|가\s*구|세\s*대|회\s*원|환\s*자|학\s*생|어\s*르\s*신"
    r"|(?:대\s*상|수\s*급|참\s*여|이\s*용|등\s*록|신\s*청|가\s*입|체\s*납|수\s*혜)\s*자")
# The units of persons a table's `(단위: …)` may print (`명`, `가구`, `세대`, `인`)
_PERSON_UNITS = {"명", "가구", "세대", "인"}


def _counted_once(m: _Mismatch, units: str | None, labels, row_names: list[str], body,
                  numeric: dict[int, _Column]) -> bool:
    """Whether a 계 of persons over the periods they are counted in (`1분기 … 4분기`, `1월 … 5월`) counts each once
    (`아동수당 지급 현황`: `계 | 14,560` over `1분기 | 14,880` …): no larger than one of its parts, it cannot be
    their sum, as counts are none below 0; a 계 of other things (건수, 지급액) is still found."""
    if m.what == _ROW_ITEMS_SUM:
        parts = [numeric[c].part(body[m.row][c]) for c in m.parts]
        periods, counted = [labels[c] for c in m.parts], f"{row_names[m.row]} {labels[m.column]}"
    else:
        parts = [numeric[m.column].part(body[k][m.column]) for k in m.parts]
        periods, counted = [row_names[k] for k in m.parts], labels[m.column]
    counts = {unit for unit in (units or "").split(", ") if unit and unit != "%" and not unit_multiplier(unit)}
    persons = _PERSONS_RE.search(counted) is not None or bool(counts) and counts <= _PERSON_UNITS
    return (persons and _are_parts_of_year(periods) and min(parts) >= 0 and m.printed <= max(parts))


def _found_by_sums(change: _Change, summed: dict[tuple[int, int], Decimal], body, numeric) -> bool:
    """Whether a wrong change is the sums' finding already: the change itself, wrong by the same figure (a 계 both
    ways), or a period's figure that a sum finds wrong, with which the change is right (`계 | 12,500 | 13,200 |
    600`, where the rows add up to 13,100: the 13,200 is wrong, not the 600)."""
    if summed.get((change.row, change.column)) == change.expected:
        return True
    fixed = {(row, c): summed[row, c] - numeric[c].part(body[row][c])
             for row, c in (change.this, change.last) if (row, c) in summed and c in numeric}
    if not fixed:
        return False
    right = change.expected + fixed.get(change.this, _ZERO) - fixed.get(change.last, _ZERO)
    return right == change.printed


def _change_finding(table: GenericTable, labels, body, row_labels, change: _Change) -> Found:
    """A wrong change: `'증 감' 행의 이동형 단속 값이 2025년(1~5월) 이동형 단속 − 2024년 동기 이동형 단속 …`, a
    figure of another row named by its row too."""
    def name_of(row: int, column: int) -> str:
        name = column_name(labels, column)
        return name if row == change.row else f"{_row_name(row_labels[row], row)} {name}"

    return _wrong_change_finding(table, labels, body, row_labels, change, name_of(*change.this), name_of(*change.last))


def _wrong_change_finding(table: GenericTable, labels, body, row_labels, change: _Change, this: str,
                          last: str) -> Found:
    """The finding of a printed change that is not its later cell's figure less its earlier's (`change.this`,
    `change.last`, named `this` and `last` as the message names them), the three cells as printed: `… 값이 2025년
    징수액 − 2024년 징수액 값과 다릅니다 (표기 150, 1,200 − 1,100 = 100)`; a change column's, a change row's and a
    change from the row above's alike."""
    label, name = _row_name(row_labels[change.row], change.row), column_name(labels, change.column)
    return SUM.finding(  # as `sum.vehicles` finds a 과부족 that is no 보유 − 정수
        table=table.caption or "표", row=label, column=name, expected=figure(change.expected, change.money),
        actual=figure(change.printed, change.money), source=table.row_source(table.header_rows + change.row),
        message=f"'{label}' 행의 {name} 값이 {this} − {last} 값과 다릅니다 (표기 "
                f"{_as_printed(body[change.row][change.column], change.shown_in[0])}, "
                f"{_as_printed(body[change.this[0]][change.this[1]], change.shown_in[1])}"
                f" − {_as_printed(body[change.last[0]][change.last[1]], change.shown_in[2])}"
                f" = {shown(change.expected, change.money)})")


# A rate that is no ratio of its row's own figures: a share of the whole (`구성비`, `비중`, `점유율`: a row's part of
# the 계 row's figure), or a difference of rates in points (`증감(%p)`)
_SHARE_RE = patterns.compile(rf"{SHARE}|[%％][pP]")


class _Grid(NamedTuple):
    """A table's figures as its rates are worked out of them (`_wrong_rates`): `cells[line][series]`, where a rate
    column's lines are the rows and its series the columns, and a rate row's the other way round (`_turned`). The
    series' `names` and `kinds` (`_kind_among`, of those that are no labels) say what they print, `numeric` how
    those of figures read along the `lines` compared (no averages, rates or changes), `right` what a figure (line,
    series) the sums find wrong should be, `line_names` what each line is (a row's labels, a column's). `won` and
    `steps` keep each figure read in won (`_won`) and each series' step (`_step`): every ratio tried reads the same
    cells again; `years_before` each line's line of the year before, asked of a change rate alone (`_year_before`).
    """
    cells: list[list[str]]
    names: list[str]
    kinds: dict[int, str | None]
    numeric: dict[int, _Column]
    lines: list[int]
    right: dict[tuple[int, int], Decimal]
    line_names: list[str]
    won: dict[tuple[int, int], Decimal | None]
    steps: dict[int, Decimal]
    years_before: dict[int, int | None]


class _Ratio(NamedTuple):
    """What a rate series prints on a line: its `part` series' figure ÷ its `whole` series' × 100, or, of a change
    rate (`from_whole`), the part less the whole ÷ the whole × 100 (`2024년 | 2025년 | 증감률`); of three figures,
    a third series (`other`) added to the whole (`sign` 1: `집행액 ÷ (예산액 + 이월액)`) or taken from it (−1: `처리 ÷
    (접수 − 취하)`), or to or from the part where `in_part` (`(처리 + 이송) ÷ 접수`). Of a change rate down lines of
    years (`over_last_year`), the whole is the same series' figure on the line of the year before (`_year_before`)."""
    whole: int
    part: int
    from_whole: bool
    other: int | None = None
    sign: int = 0
    in_part: bool = False
    over_last_year: bool = False


class _WrongRate(NamedTuple):
    """A printed `rate` (line, series) that is not its `ratio` of the line's figures (`terms`, `_terms`)."""
    line: int
    series: int
    ratio: _Ratio
    terms: tuple[Decimal, Decimal, Decimal]
    rate: tuple[float, int]
    cut_off: bool  # whether its series cuts its rates off (`rates_agree`): the ratio it should be is cut off too


def _rates(table: GenericTable, labels, body, names: list[str], kinds, column_kinds: dict[int, str | None],
           numeric: dict[int, _Column], right: dict[tuple[int, int], Decimal], changes: list[_Change],
           indicators: set[int]) -> tuple[list[Found], list[_WrongRate], dict[_Change, str]]:
    """Each rate column (`징수율`, `달성률(%)`, `처리율(%)`, `증감률(%)`; no share, `_SHARE_RE`) row by row against
    the ratio of two figure columns most of its rows print (`_wrong_rates`), and each rate row (`처리율(%)` under
    `접수 | 처리`, months as the columns) column by column against two figure rows alike: one rule, the table
    turned round (`_turned`), a 계 column's rate compared as a 계 row's is. A change's line (`증감`) prints no rate
    of its changes but a change of rates (`2.0`, in points): it is not compared. With the rate columns' wrong rates,
    which the search for the cells they are of asks (`_by_rates`), and the wrong `changes` their row's change rate
    witnesses, with that rate's column name (`_rated_changes`). `indicators`: the rows of figures named as rates
    (`_indicators`)."""
    columns = _Grid(body, [column_name(labels, c) for c in range(len(labels))], column_kinds, numeric,
                    [index for index, kind in enumerate(kinds)
                     if kind not in (_NOT_SUMMED, _CHANGE) or index in indicators], right, names, {}, {}, {})
    wrong_rates, ratios = _wrong_rates(columns)
    findings = [_rate_finding(table, columns, wrong, names[wrong.line], columns.names[wrong.series], wrong.line)
                for wrong in wrong_rates]
    if any(kind == _NOT_SUMMED and _is_rate(compact(name)) and index not in indicators
           for index, (name, kind) in enumerate(zip(names, kinds, strict=True))):
        rows = _turned(columns, names, kinds, table.unit)
        findings += [_rate_finding(table, rows, wrong, names[wrong.series], columns.names[wrong.line], wrong.series)
                     for wrong in _wrong_rates(rows)[0]]
    return findings, wrong_rates, _rated_changes(columns, ratios, changes)


# a rate of achievement, 실적 ÷ 목표 whatever a row measures (`달성률(%)`, `달성도`)
_ACHIEVEMENT_RE = patterns.compile(r"달성[률율도]")


def _indicators(labels: tuple[str, ...], names: list[str], kinds) -> set[int]:
    """The rows of a table of targets and results (a rate column of achievement, `성과지표 | 단위 | 목표 | 실적 |
    달성률(%)`) named as a rate (`체납액 정리율 | % | 30.0 | 12.5 | 41.7`): an indicator measured in %, whose
    달성률 is its 실적 ÷ 목표 as any row's is, not a row of rates of the other rows' figures (before, not compared)."""
    if not any(_ACHIEVEMENT_RE.search(compact(label)) for label in labels):
        return set()
    return {index for index, (name, kind) in enumerate(zip(names, kinds, strict=True))
            if kind == _NOT_SUMMED and _is_rate(compact(name))}


def _rated_changes(grid: _Grid, ratios: dict[int, _Ratio], changes: list[_Change]) -> dict[_Change, str]:
    """The wrong changes of a change column whose row's change rate (a series whose ratio is that change over the
    earlier figure, `ratios`) is the change as printed over the earlier, and not the later less the earlier over
    it: the rate witnesses the change, so the later figure is the one wrong (`이의신청 | 32 | 29 | △4 | △12.5%`
    under `2024년 | 2025년 | 증 감 | 증감률`: △4 ÷ 32, not △3 ÷ 32; the 2025년's, 32 + △4 = 28). By change, that
    rate's column name. A rate that agrees both ways (of figures too large for its precision) tells nothing."""
    def agrees(ratio: _Ratio, line: int, rate: tuple[float, int]) -> bool:
        terms = _terms(ratio, line, grid, {})
        return terms is not None and _prints(*terms, rate)

    rated = {}
    for change in changes:
        if change.this[0] != change.row or change.last[0] != change.row:
            continue  # a change row's (`증 감` under two period rows)
        of_periods = _Ratio(change.last[1], change.this[1], True)
        witness = next((series for series, ratio in ratios.items()
                        if ratio == _Ratio(change.last[1], change.column, False)
                        and (rate := printed_rate(grid.cells[change.row][series])) is not None
                        and agrees(ratio, change.row, rate) and not agrees(of_periods, change.row, rate)), None)
        if witness is not None:
            rated[change] = grid.names[witness]
    return rated


def _later_by_rate(change: _Change, labels: tuple[str, ...], printed: Decimal, rate: str) -> _Mismatch:
    """The later figure of a change its rate witnesses (`_rated_changes`), printed `printed`: as the earlier and
    the change make it."""
    what = f"{column_name(labels, change.last[1])}·{column_name(labels, change.column)}·{rate} 열이 함께 맞는 값"
    return _Mismatch(*change.this, printed, printed + change.printed - change.expected, what, [])


def _turned(columns: _Grid, names: list[str], kinds, units: str | None) -> _Grid:
    """The table's grid turned round, for its rate rows: its lines are the columns of figures but changes (a 계
    column one as a 계 row is the other way), its series the rows (`names`, `kinds`), each read along them in the
    money unit its label says (`_money_unit`)."""
    lines = [c for c in columns.numeric if columns.kinds[c] != _CHANGE]
    numeric = {index: reading for index, kind in enumerate(kinds) if kind != _NOT_SUMMED
               and (reading := _read_column([columns.cells[index][c] for c in lines],
                                            _money_unit(names[index], units))) is not None}
    return _Grid([list(cells) for cells in zip(*columns.cells, strict=True)], names, dict(enumerate(kinds)), numeric,
                 lines, {(column, row): value for (row, column), value in columns.right.items()}, columns.names,
                 {}, {}, {})


def _is_rate(word: str) -> bool:
    """Whether a label (compacted) names a rate of its line's own figures: not a share of the whole (`구성비`)."""
    return _RATE_RE.search(word) is not None and _SHARE_RE.search(word) is None


def _wrong_rates(grid: _Grid) -> tuple[list[_WrongRate], dict[int, _Ratio]]:
    """Each rate series against the ratio of two figure series that most of its lines print (`_ratio`): a line where
    it is not that ratio at the precision it is printed with is wrong, unless it is that of the figures the sums
    find right (`right`: a wrong 계 or change is their finding). A line that prints no figure or no rate, or a base
    of 0 or `-`, is not compared. With the ratio each series compared is of, by series (`_rated_changes` asks it)."""
    wrong, ratios_compared = [], {}
    # `_grid_total`, worked out where a series its ratios do not tell first asks it, and kept: a list, not
    # `functools.cache`, which costs ~30,000 instructions a grid to make (it copies the function's attributes)
    grid_total: list[_GridTotal | None] = []
    for series, kind in grid.kinds.items():
        word = compact(grid.names[series])
        if kind != _NOT_SUMMED or not _is_rate(word):
            continue
        printed = {line: rate for line in grid.lines if (rate := printed_rate(grid.cells[line][series])) is not None}
        ratios = _ratios(series, word, grid)
        ratio, agreeing = _ratio(ratios, printed, grid)
        if agreeing < len(printed) and not is_change_label(word):
            ratio = _of_three(series, printed, grid, agreeing) or ratio
        if ratio is None and is_change_label(word):
            ratio = (_named_change(series, printed, grid)
                     or _ratio(_changes_over_last_year(series, grid), printed, grid)[0])
        if ratio is None and _ACHIEVEMENT_RE.search(word):
            ratio = _named_achievement(ratios, printed, grid)
        if ratio is None:
            if not grid_total:
                grid_total.append(_grid_total(grid))
            ratio = _ratio_of_total(ratios, printed, grid, grid_total[0])
        if ratio is None:
            continue
        ratios_compared[series] = ratio
        compared = [(line, terms, rate) for line, rate in printed.items()
                    if (terms := _terms(ratio, line, grid, {})) is not None]
        # rounded, or cut off where the series cuts its rates off (`94.96` printed `94.9`), as a budget's 집행률
        agreeing, cut_off = rates_agree([_in_whole_numbers(*terms, rate) for _line, terms, rate in compared])
        for (line, terms, rate), agrees in zip(compared, agreeing, strict=True):
            if agrees:
                continue
            if (fixed := _terms(ratio, line, grid, grid.right)) is not None and _agrees(*fixed, rate):
                continue
            wrong.append(_WrongRate(line, series, ratio, terms, rate, cut_off))
    return wrong, ratios_compared


def _ratios(series: int, word: str, grid: _Grid) -> list[_Ratio]:
    """The ratios a rate series may print, of two figure series before it, the nearest first, then of two after it
    (`처리율 | 접수 | 처리`): of a change rate (`증감률`), each one's change from another (`2024년 | 2025년`) or a
    change series' (`증감`) of another; else each one's ratio to another (`목표 | 실적`, `부과액 | 징수액`, either
    way round)."""
    before = sorted((c for c in grid.numeric if c < series), reverse=True)
    after = sorted(c for c in grid.numeric if c > series)
    ratios = []
    for side in (before, after):
        figures = [c for c in side if grid.kinds[c] != _CHANGE]
        ratios += [_Ratio(whole, part, is_change_label(word)) for part in figures for whole in figures
                   if whole != part and _alike(grid, whole, part)]
        if is_change_label(word):
            ratios += [_Ratio(whole, change, False) for change in side if grid.kinds[change] == _CHANGE
                       for whole in figures if _alike(grid, whole, change)]
    return ratios


def _alike(grid: _Grid, *series: int) -> bool:
    """Whether figure series may make one rate: all of money or none (`징수 금액 ÷ 부과 금액`, `징수 건수 ÷ 부과
    건수`; not a count of 건 over an amount in 백만원, which rounded to its unit makes any rate)."""
    return len({bool(grid.numeric[c].money) for c in series}) == 1


def _ratio(ratios: list[_Ratio], printed: dict[int, tuple[float, int]], grid: _Grid) -> tuple[_Ratio | None, int]:
    """The ratio (`_ratios`) that most lines print, and how many lines agree with it: that of two of them at least
    and more than half of those printing its figures, the one most lines agree with (of as many, the first); None
    where none is (another kind of rate: of a figure the table does not print, or of three, `_of_three`)."""
    best, agreeing = None, 1
    for ratio in ratios:
        if (agree := _lines_printing(ratio, printed, grid, agreeing)) > agreeing:
            best, agreeing = ratio, agree
    return best, agreeing if best else 0


class _GridTotal(NamedTuple):
    """A grid's one 계 line, its other lines, and the series whose 계 is their sum (`_grid_total`)."""
    line: int
    lines: list[int]
    summed: set[int]


def _grid_total(grid: _Grid) -> _GridTotal | None:
    """A grid's 계 line (`_one_total`) and the series whose 계 is the other lines' sum, each figure rounded to the
    series' step: of the grid, not of a rate series, so worked out once a grid (`_wrong_rates`)."""
    total = _one_total((line, grid.line_names[line].split(" / ")) for line in grid.lines)
    if total is None:
        return None
    lines = [line for line in grid.lines if line != total]
    summed = {series for series in grid.numeric if (figure := _won(grid, total, series)) is not None
              and 2 * abs(sum((_won(grid, line, series) or _ZERO for line in lines), _ZERO) - figure)
              <= (len(lines) + 1) * _step(grid, series)}
    return _GridTotal(total, lines, summed)


def _named_achievement(ratios: list[_Ratio], printed: dict[int, tuple[float, int]], grid: _Grid) -> _Ratio | None:
    """An achievement rate's ratio as its labels name it, `실적 ÷ 목표` (`목표 | 실적 | 달성률(%)`), where no ratio most
    lines print is found (`_ratio`) but one line at least prints this one: a table of two indicators, one wrong, is
    told by its labels (before, one line against one: nothing compared). None where the labels name no one 목표
    and one 실적 among the ratios, or no line prints theirs (each line another rate: an indicator lower the better,
    `목표 ÷ 실적`, maybe)."""
    named = {word: [c for c in grid.numeric if word in compact(grid.names[c])] for word in ("목표", "실적")}
    if len(named["목표"]) != 1 or len(named["실적"]) != 1:
        return None
    ratio = _Ratio(named["목표"][0], named["실적"][0], False)
    if ratio not in ratios or not any((terms := _terms(ratio, line, grid, {})) is not None and _prints(*terms, rate)
                                      for line, rate in printed.items()):
        return None
    return ratio


def _ratio_of_total(ratios: list[_Ratio], printed: dict[int, tuple[float, int]], grid: _Grid,
                    grid_total: _GridTotal | None) -> _Ratio | None:
    """The ratio (`_ratios`) the table's 계 line says a rate series prints, where too few lines print one so to tell
    (two wrong lines of three): the one alone the 계 prints of its own figures, each the sum of the other lines'
    (`_grid_total`), that another line prints too; None where none is, or two are. A rate of anything else misses
    on the 계 too."""
    if grid_total is None or grid_total.line not in printed:
        return None
    total, lines, summed = grid_total

    def prints(ratio: _Ratio, line: int) -> bool:
        terms = _terms(ratio, line, grid, {})
        return terms is not None and _prints(*terms, printed[line])

    confirmed = [ratio for ratio in ratios if {ratio.part, ratio.whole} <= summed and prints(ratio, total)
                 and any(prints(ratio, line) for line in lines if line in printed)]
    return confirmed[0] if len(confirmed) == 1 else None


def _named_change(series: int, printed: dict[int, tuple[float, int]], grid: _Grid) -> _Ratio | None:
    """The change a change rate prints where its labels name it, though too few lines tell it (a table of two
    rows, one of them wrong): right after the two periods it compares (`2023년 | 2024년 | 전년대비 증감률(%)`), the
    later less the earlier over the earlier, or after the one change of them (`2024년 | 2025년 | 증감 | 증감률`),
    the change over the earlier; where one line at least prints it so and no more lines do not. None else: a
    rate of anything else, or two lines that both disagree."""
    change = series - 1 if grid.kinds.get(series - 1) == _CHANGE else None
    first = series - 2 if change is None else series - 3
    if first < 0 or not {first, first + 1} <= grid.numeric.keys():
        return None
    periods = _beside_last_year([grid.names[first], grid.names[first + 1]])
    if None in periods or periods[0][0] != periods[1][0] or periods[0] == periods[1]:
        return None
    last, this = (first, first + 1) if periods[0] < periods[1] else (first + 1, first)
    ratio = _Ratio(last, this, True) if change is None else _Ratio(last, change, False)
    if ratio.part not in grid.numeric or not _alike(grid, ratio.whole, ratio.part):
        return None
    agreeing = [_prints(*terms, rate) for line, rate in printed.items()
                if (terms := _terms(ratio, line, grid, {})) is not None]
    return ratio if sum(agreeing) > 0 and 2 * sum(agreeing) >= len(agreeing) else None


def _changes_over_last_year(series: int, grid: _Grid) -> list[_Ratio]:
    """The changes a change rate may print down lines of years (`연 도 | 허가건수 | 전년대비 증감률(%)` over `2023 |
    342 | △6.8`, `2024 | 355 | 3.8`): each line's figure of a figure series less the year before's, over it, of
    the series before it, the nearest first, then after it; none where the lines are no years."""
    if not any(_year_before(grid, line) is not None for line in grid.lines):
        return []
    before = sorted((c for c in grid.numeric if c < series), reverse=True)
    after = sorted(c for c in grid.numeric if c > series)
    return [_Ratio(c, c, True, over_last_year=True) for c in before + after if grid.kinds[c] != _CHANGE]


def _year_before(grid: _Grid, line: int) -> int | None:
    """The line of the year before a line named by its year (`2024`, `2024년`, `’24`), where the grid prints
    one; None else (the first year, a line of no year, a year two lines print)."""
    if not grid.years_before:
        named = [(full_year(name), k) for k in grid.lines if YEAR_LABEL_RE.match(name := grid.line_names[k])]
        counts = Counter(year for year, _ in named)
        years = {year: k for year, k in named if counts[year] == 1}
        # asked once a grid: one of no years keeps a line no grid has (-1), that it is not asked again
        grid.years_before.update({k: years.get(year - 1) for year, k in years.items()} or {-1: None})
    return grid.years_before.get(line)


_NEAREST = 5  # the figure series a rate of three figures is looked for among, on each side: the nearest


def _of_three(series: int, printed: dict[int, tuple[float, int]], grid: _Grid, agreeing: int) -> _Ratio | None:
    """The ratio of three figures a rate series prints where no ratio of two explains as many of its lines
    (`agreeing`): a sum or difference of two figure series as the whole (`처리 ÷ (접수 − 취하)`, `집행액 ÷ (예산액 +
    이월액)`) or as the part (`(처리 + 이송) ÷ 접수`), of the nearest series before it, else after it, that two lines
    at least and more than half of those printing its figures print exactly, rounded at their printed precision,
    and more lines than any ratio of two; the one most lines print (of as many, the nearest). None where none is:
    no line is then compared, so nothing is found where no combination explains most lines."""
    best, most = None, max(agreeing, 1)
    for side in (sorted((c for c in grid.numeric if c < series), reverse=True),
                 sorted(c for c in grid.numeric if c > series)):
        figures = [c for c in side if grid.kinds[c] != _CHANGE][:_NEAREST]
        lines = _lines_of_figures(printed, grid, figures)
        seen = set()
        for part, whole, other in itertools.permutations(figures, 3):
            if not _alike(grid, part, whole, other):
                continue
            for in_part, sign in ((False, 1), (False, -1), (True, 1), (True, -1)):
                summed = (part, other) if in_part else (whole, other)
                key = (in_part, sign, whole if in_part else part, frozenset(summed) if sign == 1 else summed)
                if key in seen:
                    continue
                seen.add(key)
                ratio = _Ratio(whole, part, False, other, sign, in_part)
                if (exact := _lines_printing_exactly(ratio, lines, most)) > most:
                    best, most = ratio, exact
        if best is not None:
            return best
    return None


def _lines_of_figures(printed: dict[int, tuple[float, int]], grid: _Grid, figures: list[int]
                      ) -> list[tuple[tuple[float, int], dict[int, Decimal | None], dict[int, bool]]]:
    """Each line printing a rate (`printed`, in order): the rate, and by figure series its figure in won (`_won`)
    and whether its cell prints a digit (a base printed as a figure, `_terms`): read once for the many ratios of
    three figures `_of_three` tries, not once a ratio."""
    return [(rate, {c: _won(grid, line, c) for c in figures},
             {c: _DIGIT_RE.search(grid.cells[line][c]) is not None for c in figures})
            for line, rate in printed.items()]


def _lines_printing_exactly(ratio: _Ratio, lines: list, most: int) -> int:
    """How many lines print a ratio of three figures exactly rounded, counted as `_agreeing` counts them, of the lines
    as `_lines_of_figures` read them: their terms as `_terms` makes them (a third figure left blank adding nothing)."""
    return _agreeing((_prints_exactly(ratio, *line) for line in lines), len(lines), most)


def _prints_exactly(ratio: _Ratio, rate: tuple[float, int], won: dict[int, Decimal | None], digit: dict[int, bool]
                    ) -> bool | None:
    """Whether a line (`_lines_of_figures`) prints a ratio of three figures exactly rounded; None where it prints no
    figure of the part or the whole, or no base (`_terms`)."""
    part, whole, other = won[ratio.part], won[ratio.whole], won[ratio.other]
    if part is None or whole is None:
        return None
    if ratio.in_part:
        part += ratio.sign * (_ZERO if other is None else other)
    else:
        whole += ratio.sign * (_ZERO if other is None else other)
    if whole <= 0 or not (digit[ratio.whole] or ratio.sign == 1 and not ratio.in_part and digit[ratio.other]):
        return None
    return _exactly(part, whole, rate)


def _lines_printing(ratio: _Ratio, printed: dict[int, tuple[float, int]], grid: _Grid, most: int) -> int:
    """How many lines print a ratio (within its figures' rounding, `_agrees`, rounded or cut off), counted as
    `_agreeing` counts them."""
    return _agreeing((None if (terms := _terms(ratio, line, grid, {})) is None else _prints(*terms, rate)
                      for line, rate in printed.items()), len(printed), most)


def _agreeing(verdicts: Iterable[bool | None], lines: int, most: int) -> int:
    """How many of `lines` agree with a ratio, by each line's verdict (None: not comparable), where more than `most`
    do and more than half of those printing its figures; else 0, given up at the first line that leaves neither
    possible (of the many ratios tried, most are given up after a line or two)."""
    agree = disagree = 0
    for verdict in verdicts:
        if verdict is None:
            continue
        if verdict:
            agree += 1
            continue
        disagree += 1
        if 2 * disagree >= lines or lines - disagree <= most:
            return 0
    return agree if agree > disagree else 0


def _exactly(part: Decimal, whole: Decimal, rate: tuple[float, int]) -> bool:
    """Whether a printed rate is part ÷ whole × 100 rounded half up at its printed precision."""
    return expected_rate(part, whole, rate[1]).scaleb(rate[1]) == round(rate[0] * 10**rate[1])


def _terms(ratio: _Ratio, line: int, grid: _Grid,
           right: dict[tuple[int, int], Decimal]) -> tuple[Decimal, Decimal, Decimal] | None:
    """A line's part and whole of a ratio, in won where they are money (a series' unit may be its own), and the
    step they are rounded to (`_Column`); a figure the sums find wrong at what it should be (`right`); None where
    the line prints no figure of either, or a base of 0 or `-` (or below it)."""
    figures = []
    terms = (ratio.part, ratio.whole) if ratio.other is None else (ratio.part, ratio.whole, ratio.other)
    base = _year_before(grid, line) if ratio.over_last_year else line  # the line the whole is on
    if base is None:
        return None  # the first year: no year before to change from
    for series, on in zip(terms, (line, base, line), strict=False):
        if (on, series) in right:
            value = right[on, series] * (unit_multiplier(grid.numeric[series].money) or 1)
        elif (value := _won(grid, on, series)) is None:
            if series != ratio.other:
                return None
            value = _ZERO  # a third figure left blank: none to add or take
        figures.append(value)
    part, whole = figures[:2]
    if ratio.other is not None:  # the third added to or taken from the part or the whole
        if ratio.in_part:
            part += ratio.sign * figures[2]
        else:
            whole += ratio.sign * figures[2]
    # a base printed as a figure (a sum's, either of its two)
    bases = (ratio.whole, ratio.other) if ratio.other is not None and ratio.sign == 1 and not ratio.in_part else (
        ratio.whole,)
    if whole <= 0 or not any(_DIGIT_RE.search(grid.cells[base][c]) for c in bases):
        return None
    step = max(_step(grid, series) for series in terms)
    if ratio.from_whole:
        return part - whole, whole, 2 * step
    return part, whole, step if ratio.other is None else 2 * step  # two figures rounded in a sum or difference


def _won(grid: _Grid, line: int, series: int) -> Decimal | None:
    """A line's figure of a series (`_figure`), in won where the series is money; None where it prints none."""
    if (line, series) not in grid.won:
        reading, cell = grid.numeric[series], grid.cells[line][series]
        figure = reading.figure(cell) if cell.strip() else None
        grid.won[line, series] = None if figure is None else figure * (unit_multiplier(reading.money) or 1)
    return grid.won[line, series]


def _step(grid: _Grid, series: int) -> Decimal:
    """The step a series' figures are rounded to (`_Column`), in won where it is money."""
    if series not in grid.steps:
        reading = grid.numeric[series]
        grid.steps[series] = Decimal(reading.step) * (unit_multiplier(reading.money) or 1)
    return grid.steps[series]


def _agrees(part: Decimal, whole: Decimal, step: Decimal, rate: tuple[float, int]) -> bool:
    """Whether a printed rate is part ÷ whole × 100 (`rate_agrees`, as the budget's `rate` asks it), of figures that
    may print decimals."""
    return rate_agrees(*_in_whole_numbers(part, whole, step, rate))


def _prints(part: Decimal, whole: Decimal, step: Decimal, rate: tuple[float, int]) -> bool:
    """Whether a printed rate is part ÷ whole × 100 rounded (`_agrees`) or cut off at its printed precision
    (`rate_cut_off`), as a series may print its rates either way: the figures scaled once for both."""
    terms = _in_whole_numbers(part, whole, step, rate)
    return rate_agrees(*terms) or rate_cut_off(*terms)


def _in_whole_numbers(part: Decimal, whole: Decimal, step: Decimal, rate: tuple[float, int]) -> RateTerms:
    """A rate's figures, which may print decimals, each scaled to whole numbers, as `rate_agrees` compares them."""
    scale = 10 ** -min(part.as_tuple().exponent, whole.as_tuple().exponent, step.as_tuple().exponent, 0)
    return int(part * scale), int(whole * scale), rate, int(step * scale)


def _rate_finding(table: GenericTable, grid: _Grid, wrong: _WrongRate, row: str, column: str,
                  body_row: int) -> Found:
    """A wrong rate, on the table's `row` (its body row `body_row`) and `column`: the ratio it should be, rounded
    half up at the precision it is printed with (as the budget's `rate` writes it: 40.625 → 40.63), with the cells
    it is worked out of as printed."""
    ratio, (part, whole, _), cells = wrong.ratio, wrong.terms, grid.cells[wrong.line]
    expected = shown(expected_rate(part, whole, wrong.rate[1], wrong.cut_off))
    part_name, whole_name = grid.names[ratio.part], grid.names[ratio.whole]
    part_cell, whole_cell = (_as_printed(cells[c], grid.numeric[c].printed_unit) for c in (ratio.part, ratio.whole))
    if ratio.over_last_year:  # `(2024 허가건수 − 2023 허가건수) ÷ 2023 허가건수`
        base = _year_before(grid, wrong.line)
        part_name, whole_name = (f"{grid.line_names[k]} {part_name}" for k in (wrong.line, base))
        whole_cell = _as_printed(grid.cells[base][ratio.whole], grid.numeric[ratio.whole].printed_unit)
    if ratio.other is not None:  # `처리 ÷ (접수 − 취하)`, `(처리 + 이송) ÷ 접수`: a sum's two as printed, left to right
        first = ratio.part if ratio.in_part else ratio.whole
        pair = sorted((first, ratio.other)) if ratio.sign == 1 else (first, ratio.other)
        sign = " + " if ratio.sign == 1 else " − "
        name = f"({sign.join(grid.names[c] for c in pair)})"
        cell = f"({sign.join(_as_printed(cells[c], grid.numeric[c].printed_unit) for c in pair)})"
        if ratio.in_part:
            part_name, part_cell = name, cell
        else:
            whole_name, whole_cell = name, cell
    formula, worked = ((f"({part_name} − {whole_name}) ÷ {whole_name}", f"({part_cell} − {whole_cell}) ÷ {whole_cell}")
                       if ratio.from_whole else (f"{part_name} ÷ {whole_name}", f"{part_cell} ÷ {whole_cell}"))
    actual = cells[wrong.series].strip().removesuffix("%").removesuffix("％").rstrip().removeprefix("+")
    return TABLE_RATE.finding(
        table=table.caption or "표", row=row, column=column, expected=expected, actual=actual,
        source=table.row_source(table.header_rows + body_row),
        message=f"'{row}' 행의 {column} 값이 {formula} × 100과 맞지 않습니다 (표기 {actual}%, 계산 {worked} × 100 = "
                f"{expected}%)")


class _Mismatch(NamedTuple):
    """A printed total (body row, column) that is not the sum it should be; `what` names that sum, `parts` the
    rows (a 계 row's) or the columns (a 계 column's) it sums."""
    row: int
    column: int
    printed: Decimal
    expected: Decimal
    what: str
    parts: list[int]
    summed_by: int | None = None  # a column sum no label names (`sum.columns`): the column that is the sum


class _Column(NamedTuple):
    """How a column's cells read as figures (`_figure`): the unit every cell prints after its figure (`명` of
    `1,200명`, '' for none), the step its figures are rounded to in that unit (0 for exact counts) and the money
    unit they are in ('' for none), which a finding shows after them as a budget finding does (`3,457백만원`);
    `printed_in` the money unit the cells print their figures in where they are read in won (`_in_won`: `75,000`
    under `(단위: 천원)` is 75,000,000원 beside `32억 1,000만원`), '' otherwise."""
    unit: str
    step: Decimal
    money: str
    printed_in: str = ""

    def figure(self, cell: str) -> Decimal | None:
        """A cell's figure (`_figure`), in won where the column's figures are read so (`printed_in`)."""
        value = _figure(cell, self.unit)
        return value * unit_multiplier(self.printed_in) if value is not None and self.printed_in else value

    def part(self, cell: str) -> Decimal:
        """A part's figure: a blank or `-` is 0."""
        return self.figure(cell) or _ZERO

    def total(self, cell: str, parts: Decimal) -> Decimal | None:
        """A total's figure, None where it prints none, or `-` over parts that add up to a figure: a total that
        does not apply (days of processing are no sum); over parts that print none, `-` is their 0."""
        value = self.figure(cell)
        return None if value == 0 and parts and not _DIGIT_RE.search(cell) else value

    def differs(self, printed: Decimal, expected: Decimal, parts: int, cell: str = "") -> bool:
        """Counts add up exactly; rounded figures may be off by half a step a figure, the parts' and the total's
        (as `sum.budget` allows); an amount written out (`cell`) by half a unit of its last figure, as it is
        printed (`3억원`, 300,000,000원 rounded to 억, over `1억 4,500만원` and `1억 5,400만원`: 299,000,000원),
        as a rate is read at its printed precision (`rates_agree`)."""
        allowed = (parts + 1) * self.step
        if cell and self.unit == _WRITTEN:
            allowed = max(allowed, Decimal(amount_precision(cell)))
        return 2 * abs(printed - expected) > allowed

    @property
    def printed_unit(self) -> str:
        """The unit the cells print their figures in, which a finding shows after them as printed (`75,000천원`)."""
        return self.printed_in or self.money


_ZERO = Decimal(0)
_DIGIT_RE = patterns.compile(r"\d")


_ROWS_SUM = "해당 행들의 합"  # a 계 row's figure: the rows it covers
_ROW_ITEMS_SUM = "같은 행 항목들의 합"  # a 계 column's figure: the row's other figures


def _total_rows(body, labels: list[list[str]], kinds, label_cols, group_col, groups, numeric,
                breakdowns: set[int]) -> list[_Mismatch]:
    """A 계 or 소계 row is, column by column, the sum of the rows it covers (`_row_sums`, by the rows' `labels`; no
    average, rate or change among them, `_kind`, nor a row that breaks down the one above it, `breakdowns`):
    (row, column, printed, sum, what it sums) for each figure that is not."""
    parts = {index for index, kind in enumerate(kinds) if kind is None} - breakdowns
    mismatches = []
    for index, covered in _row_sums(body, labels, label_cols, label_cols.index(group_col), groups):
        covered = [k for k in covered if k in parts]
        if kinds[index] in (_NOT_SUMMED, _FROM_BEFORE) or not covered:
            continue
        row = body[index]
        for col, column in numeric.items():
            expected = sum((column.part(body[k][col]) for k in covered), _ZERO)
            printed = column.total(row[col], expected)
            if printed is None:
                continue
            if column.differs(printed, expected, len(covered), row[col]) and (
                    (once := _merged_down_once(body, covered, col, column, groups)) is None
                    or column.differs(printed, once, len(covered), row[col])):
                mismatches.append(_Mismatch(index, col, printed, expected, _ROWS_SUM, covered))
    return mismatches


def _merged_down_once(body, covered: list[int], col: int, column: _Column, groups) -> Decimal | None:
    """The rows' sum with each figure printed again right under itself, in a row of its group, counted once: a cell
    merged down, as docling prints it in every cell it spans (`본 관 | 본 관 | 7,622` over `본 관 | 보건소 | 7,622`,
    one 대지 of two buildings), which a total that the rows do not make may add up to (before, found wrong, the
    대지 counted twice); None where no figure is so printed again."""
    repeated = [k for k in covered if k - 1 in covered and groups[k] is groups[k - 1]
                and body[k][col].strip() and body[k][col] == body[k - 1][col]]
    if not repeated:
        return None
    return sum((column.part(body[k][col]) for k in covered if k not in repeated), _ZERO)


def _row_sums(body, labels: list[list[str]], label_cols: list[int], group: int, groups) -> list[tuple[int, list[int]]]:
    """Each total row and the rows it covers, by its labels (`labels`, a group's label filled in; `group`,
    the place of the group column among them):
    - a 소계 with no group label beside it, the rows it leads or closes (`_subtotal_parts`);
    - a total beside its group's label (`근린공원 | 소계`, `65~74세 | 계`), the other rows of its group;
    - a table-wide total (`계` in the group column), where it is one of a group of rows (`계 | 남` under
      `계 | 계`), the rows of the other groups that print the label it prints after it (each group's 남, also
      letter-spaced: `건 수` is `건수`);
      else (`계 | 연중`, a note) the subtotals and the rows that no subtotal covers (a group of one row
      prints no 소계). Its own group's total too, where it is both (`계 | 계` over `| 남`, `| 여`)."""
    is_total_at = [[row_total(label) is not None for label in row_labels] for row_labels in labels]  # asked once

    def totals(k: int, places: slice) -> bool:
        return any(is_total_at[k][places])

    after = slice(group + 1, None)
    group_sums, wide = [], []
    for index, row_labels in enumerate(labels):
        if totals(index, slice(None, group + 1)):
            if without_formula_mark(next(total for label in row_labels if (total := row_total(label)))) == "소계":
                group_sums.append((index, _subtotal_parts(body, index, label_cols)))
                continue
            wide.append(index)
        if totals(index, after):
            members = [k for k in range(len(body)) if groups[k] is groups[index]]
            group_sums.append((index, [k for k in members if k != index and not totals(k, after)]))
    subtotals = [index for index, _ in group_sums if index not in wide]
    covered = {k for _, rows in group_sums for k in rows}
    top = subtotals + [k for k in range(len(body)) if k not in covered and not totals(k, slice(None))]
    sums = []
    words_after = [[compact(label) for label in row_labels[after]] for row_labels in labels] if wide else []
    for index in wide:
        own = words_after[index]
        if any(own) and not totals(index, after) and len(groups[index]) > 1:
            rows = [k for k in range(len(body))
                    if groups[k] is not groups[index] and words_after[k] == own and not totals(k, slice(None))]
        else:
            rows = [k for k in top if k != index]
        sums.append((index, rows))
    return sorted(sums + group_sums, key=lambda item: item[0])


# A row's mark as a part of the row above it, all of it or some ("of which"): `- 조건부수급자`, `(내) 조건부`,
# `└ 조건부`, `· 조건부`, `○ 노상`, `ㄴ조건부`, `그중 조건부`; the mark (its first character) tells its level
_BREAKDOWN_RE = patterns.compile(rf"^\s*([{PART_MARK}{PART_LABEL_MARKS}]|[(（]\s*내\s*[)）]|그\s*중\s)\s*\p{{L}}")


def _breakdowns(body, labels: list[list[str]], label_cols: list[int]) -> dict[int, int]:
    """Each row marked as a part of a row above it (`_BREAKDOWN_RE` on the first label it prints) and that row:
    the nearest above of an outer level (unmarked, or marked by a mark the table prints first: `○ 공 영` over
    `- 노상`), where it is a part with figures of its own to break down: under a 계, or under a label alone,
    marked rows are its items."""
    marks = [match.group(1)[0] if (match := _BREAKDOWN_RE.match(
        next((row[c] for c in label_cols if row[c].strip()), ""))) else None for row in body]
    order = list(dict.fromkeys(mark for mark in marks if mark))
    breakdowns, above = {}, []  # above: (level, row) of the rows the next may break down, outermost first
    for index, mark in enumerate(marks):
        level = order.index(mark) if mark else -1
        while above and above[-1][0] >= level:
            above.pop()
        if mark and above and _breaks_down(body, labels, label_cols, parent := above[-1][1]):
            breakdowns[index] = parent
        above.append((level, index))
    return breakdowns


def _breaks_down(body, labels: list[list[str]], label_cols: list[int], index: int) -> bool:
    """Whether a row is a part with figures of its own that marked rows under it may break down: no total."""
    return (not any(row_total(label) for label in labels[index])
            and any(body[index][c].strip() for c in range(len(body[index])) if c not in label_cols))


_PARTS_SUM = "세부 행들의 합"  # a row's figure: the rows marked as its parts


def _breakdown_sums(body, breakdowns: dict[int, int], kinds, numeric: dict[int, _Column],
                    total_columns: dict[int, list[int]]) -> list[_Mismatch]:
    """A row that rows marked under it break down in full is, column by column, their sum: where two marked rows
    or more add up to it in every column it prints a figure in but one (and the 계 columns that sum that one, by
    as much), and in one at least two of them print a figure that is not 0 (no chance makes that), that figure
    is not the sum it should be. Rows that add up in no column, or miss in two, list some of it alone ("of
    which", `- 그중 …`): no sum."""
    parts: dict[int, list[int]] = {}
    for index, parent in breakdowns.items():
        if kinds[index] is None:
            parts.setdefault(parent, []).append(index)
    mismatches = []
    for parent, rows in parts.items():
        if len(rows) < 2 or kinds[parent] in (_NOT_SUMMED, _FROM_BEFORE):
            continue
        missing, sure = [], False
        for col, column in numeric.items():
            expected = sum((column.part(body[k][col]) for k in rows), _ZERO)
            printed = column.total(body[parent][col], expected)
            if printed is None:
                continue
            if column.differs(printed, expected, len(rows), body[parent][col]):
                missing.append(_Mismatch(parent, col, printed, expected, _PARTS_SUM, rows))
            else:
                sure = sure or sum(1 for k in rows if column.part(body[k][col])) >= 2
        off = {m.column: m.printed - m.expected for m in missing}
        if sure and len([c for c in off if not any(
                c in total_columns and k in total_columns[c] and off[k] == off[c] for k in off)]) == 1:
            mismatches += missing
    return mismatches


def _total_columns(labels: tuple[str, ...], body, kinds, total_columns: dict[int, list[int]],
                   numeric: dict[int, _Column]) -> list[_Mismatch]:
    """Each 계 column is, row by row, the sum of the figure columns it totals (`total_columns`: `_summed_columns`),
    on the rows that print no average or rate (`_kind`; `kinds` the rows')."""
    rows = [index for index, kind in enumerate(kinds) if kind != _NOT_SUMMED]
    return [m for column, parts in total_columns.items()
            for m in _total_column(body, rows, column, parts, numeric, _are_parts_of_year(labels[c] for c in parts))]


def _column_sums(labels: tuple[str, ...], body, kinds, column_kinds: dict[int, str | None],
                 numeric: dict[int, _Column], total_columns: dict[int, list[int]]) -> list[_Mismatch]:
    """A column that is the sum of the columns right after it (or right before it) though no label says so (`발굴 |
    지원 | 연계`, 발굴 = 지원 + 연계; `접수 | 처리 | 미처리`) is, row by row, their sum (`sum.columns`), where the rows
    show it is (`_sums_on_most_rows`): a wrong figure is then found on its own row, not only as the 계 row's sum of
    its column that it breaks (`_wrong_part` makes the two one finding on the part). Only plain figure columns in
    one unit are asked, no 계 column nor a part of one (`sum.table`'s), no rate, change or difference another rule
    checks (`잔 액`, `_changes`'; `결 원`, `과부족`, `shortfall`'s of `정 원 | 현 원 | 결 원`): most tables print fewer
    than three such, and are left at their header."""
    plain = [c for c in numeric if column_kinds[c] is None and c not in total_columns]
    if len(plain) < 3:
        return []
    summed = {c for parts in total_columns.values() for c in parts}
    plain = [c for c in plain if c not in summed and _total_group(labels[c], labels) is None
             and not _DIFFERENCE_RE.search(compact(labels[c]))]
    if len(plain) < 3:
        return []
    rows = [index for index, kind in enumerate(kinds) if kind != _NOT_SUMMED]
    figures = {c: [numeric[c].figure(body[index][c]) for index in rows] for c in plain}  # each cell read once
    mismatches: list[_Mismatch] = []
    for column in plain:
        cells = [body[index][column] for index in rows]
        for parts in _runs_beside(column, plain, numeric):
            wrong = _sums_on_most_rows(rows, figures, column, parts, numeric[column], cells)
            if wrong is not None:
                mismatches += wrong
                break
    return mismatches


# A difference another rule checks: a remainder (`_REMAINDER_RE`), a staffing grid's shortfall (`결원`, `과부족`)
_DIFFERENCE_RE = patterns.compile(f"{_REMAINDERS}|결원|과부족")


def _runs_beside(column: int, plain: list[int], numeric: dict[int, _Column]) -> Iterator[list[int]]:
    """The runs of two plain figure columns or more (`plain`) right after a column, then right before it, in its
    unit, the shortest first."""
    alike = {c for c in plain if (numeric[c].unit, numeric[c].money) == (numeric[column].unit, numeric[column].money)}
    for step in (1, -1):
        run = []
        while (c := column + step * (len(run) + 1)) in alike:
            run.append(c)
            if len(run) >= 2:
                yield sorted(run)


def _sums_on_most_rows(rows: list[int], figures: dict[int, list[Decimal | None]], column: int, parts: list[int],
                       reading: _Column, cells: list[str]) -> list[_Mismatch] | None:
    """The rows on which `column` is not the sum of `parts`, where it is theirs (`figures`: each column's on the
    `rows` compared; `cells`, the column's as printed there, compared at their precision where written out,
    `_Column.differs`): of the rows printing every one of them, two at least add up with two parts other than 0 (no
    columns of 0s, no one row, make it by chance), and one alone does not, or more than twice as many add up as
    do not; None where the rows do not show it is (or all add up). The rows are left as soon as those to come
    could not show it."""
    agreeing, sure, wrong = 0, 0, []
    for k, index in enumerate(rows):
        printed, terms = figures[column][k], [figures[c][k] for c in parts]
        if printed is None or None in terms:
            continue
        expected = sum(terms, _ZERO)
        if reading.differs(printed, expected, len(parts), cells[k]):
            wrong.append(_Mismatch(index, column, printed, expected, _ROW_ITEMS_SUM, parts, column))
            if len(wrong) > 1 and agreeing + len(rows) - k - 1 <= 2 * len(wrong):
                return None
        else:
            agreeing += 1
            sure += sum(1 for value in terms if value) >= 2
    if not wrong or sure < 2 or len(wrong) > 1 and agreeing <= 2 * len(wrong):
        return None
    return wrong


def _summed_columns(labels: tuple[str, ...], kinds: dict[int, str | None], numeric: dict[int, _Column],
                    amounts: str) -> dict[int, list[int]]:
    """The columns each 계 column sums (`_total_group`): its group's where a label merged over the group heads it
    (`인 원 계` sums `인 원 남` and `인 원 여`, `교 육 계` beside it the `교 육` columns); where a total is merged
    over a group of its own, the like-named columns of the other groups (`계 건수` sums `회 수 건수` and `추 징
    건 수`, `계 금액` their `금액`); else the row's other figures where the table has one such 계 column (of two,
    the header does not say which sums what); a column named by what it totals (`총인원`), the figures after it
    alone. A change (`증감`) is no part, nor a column that prints a unit of
    its own (`회원수(명)` beside `구립 | 사립`, `금액(천원)` beside `인원`) or names an amount in a table of
    counts too (`amounts`: `금액` after `소계 | 회수 | 추징` under `(단위: 건, 천원)`): the parts are in the 계's
    unit, or where it prints none, in that of its first part; `kinds` are the columns' (`_kind_among`)."""
    totals = {c: total for c in numeric
              if kinds[c] != _FROM_BEFORE and (total := _total_group(labels[c], labels)) is not None}
    whole_row = [c for c, total in totals.items() if total == _ROW]
    summed = {}
    for column, (group, sub) in totals.items():
        if sub:
            parts = [c for c in numeric if c not in totals and _sub_label_is(labels[c], sub)]
        elif group:
            parts = [c for c in numeric if c not in totals and labels[c].startswith(group + " ")]
        else:
            parts = [c for c in numeric if c not in totals] if len(whole_row) == 1 else []
        parts = [c for c in parts if kinds[c] is None]
        unit = _unit(labels[column], amounts) or (_unit(labels[parts[0]], amounts) if parts else "")
        parts = [c for c in parts if _unit(labels[c], amounts) in ("", unit)]
        named = compact(_BRACKET_AFTER_RE.sub("", labels[column])) in _COLUMN_TOTALS
        if not group and not sub and len(run := _periods_before(column, parts, labels)) >= 2:
            parts = run  # a 계 closes the months before it: what follows is of another kind (`전년 동기`)
        elif not group and not sub and len(heads := _heads(column, parts, labels, named)) >= 2:
            parts = heads  # a 계 heads the figures after it: a count before it is of another kind (`세 대`)
        elif named:
            parts = []  # a total named by what it counts heads its parts: `횟수 | 시간 | 총인원` are three counts
        if len(parts) >= 2:
            summed[column] = parts
    return summed


def _heads(column: int, parts: list[int], labels: tuple[str, ...], named: bool) -> list[int]:
    """The parts after a 계 column; after a total `named` by what it counts (`총인구`), those up to a count of
    another kind (`_OTHER_COUNT_RE`: `총인구 | 남 | 여 | 세대수` sums 남 and 여; before, the 세대수 too, so that
    no row added up and a 동's wrong 총인구 was blamed on the 계 row)."""
    heads = [c for c in parts if c > column]
    if named:
        other = next((k for k, c in enumerate(heads)
                      if _OTHER_COUNT_RE.match(compact(_BRACKET_AFTER_RE.sub("", labels[c])))), len(heads))
        heads = heads[:other]
    return heads


def _periods_before(column: int, parts: list[int], labels: tuple[str, ...]) -> list[int]:
    """The run of parts of the year (`_PART_OF_YEAR_RE`: months, quarters, halves) right before a 계 column."""
    run = []
    while (c := column - len(run) - 1) in parts and _PART_OF_YEAR_RE.match(labels[c]):
        run.append(c)
    return run[::-1]


def _total_column(body, rows: list[int], column: int, parts: list[int], numeric: dict[int, _Column],
                  months: bool) -> list[_Mismatch]:
    """A 계 column is, row by row, the sum of its `parts`, as its label says, unless the rows show it is not:
    two of them or more do not add up, and fewer add up (or as many, without two that add two figures or
    more, which no chance makes), as beside a change column, where then no row is a sum; of the `months`,
    what their 계 or 누계 is is sure. One row that does not add up is a wrong figure, also in a table of one
    or two rows. Nor is a 계 that every row makes without one of its three columns or more (`외국인`, some of
    남 and 여) a sum of them all: it sums the others, and one row that makes it neither way is wrong; nor one
    every row makes of its first columns alone, the others counting something else (`정원 | 현원` after `계 |
    국공립 | 민간 | 가정`). A 계 of two columns that is one of them is a wrong figure."""
    reading = numeric[column]
    figures = {index: [numeric[c].part(body[index][c]) for c in parts] for index in rows}
    expected = {index: sum(values, _ZERO) for index, values in figures.items()}
    printed_rows = [(index, printed) for index in rows
                    if (printed := reading.total(body[index][column], expected[index])) is not None]
    wrong = [(index, printed) for index, printed in printed_rows
             if reading.differs(printed, expected[index], len(parts), body[index][column])]
    adding = [index for index, printed in printed_rows if (index, printed) not in wrong]
    sure = [index for index in adding if sum(1 for value in figures[index] if value) >= 2]
    if len(wrong) > 1 and not months and (len(wrong) > len(adding) or (len(wrong) == len(adding) and len(sure) < 2)):
        return []
    for k in range(len(parts) if len(parts) > 2 else 0):
        off = [(index, printed) for index, printed in printed_rows if printed != expected[index] - figures[index][k]]
        if not off:
            return []
        # one row off that sum too (a wrong corner), where the rows that print a figure in the column tell the 계
        # has it out: that row alone is wrong, expected without it (before, it broke the pattern, so that every
        # row with a figure there was found short by it)
        if len(off) == 1 and off[0] in wrong and any(figures[i][k] for i, _ in printed_rows if i != off[0][0]):
            ((index, printed),) = off
            return [_Mismatch(index, column, printed, expected[index] - figures[index][k], _ROW_ITEMS_SUM,
                              parts[:k] + parts[k + 1:])]
    if wrong and any(all(printed == sum(figures[index][:k], _ZERO) for index, printed in printed_rows)
                     for k in range(2, len(parts))):
        return []  # it sums its first columns alone (`계 | 국공립 | 민간 | 가정` before `정원 | 현원`), and they add up
    return [_Mismatch(index, column, printed, expected[index], _ROW_ITEMS_SUM, parts) for index, printed in wrong]


_PART_OF_BOTH = "계 행과 계 열이 함께 맞는 값"  # a part's figure: what both totals it is in say it is


def _wrong_part(body, numeric: dict[int, _Column], mismatches: list[_Mismatch]) -> list[_Mismatch]:
    """One wrong part, not two wrong totals: where the only figure a 계 row misses in a column and the only one a
    계 column misses on a row are off by the same sum (`_cross_at_part`), the totals agree with each other and the
    part where they cross is the figure that is wrong (as a wrong corner is one finding, `_findings`): one
    mismatch on the part, the figure that makes both sums add up. Where that is not so of one part alone, the
    mismatches as they are."""
    across = [m for m in mismatches if m.what in (_ROWS_SUM, _PARTS_SUM)]
    along = [m for m in mismatches if m.what == _ROW_ITEMS_SUM]
    missed = {(m.row, m.column) for m in mismatches}
    crossings = [(total_row, total_column)
                 for total_row in across if _alone(total_row, across)
                 for total_column in along if _alone(total_column, along)
                 and _cross_at_part(body, numeric, missed, total_row, total_column)]
    if len(crossings) != 1:
        return mismatches
    ((total_row, total_column),) = crossings
    row, column = total_column.row, total_row.column
    printed = numeric[column].part(body[row][column])
    part = _Mismatch(row, column, printed, printed + total_row.printed - total_row.expected, _PART_OF_BOTH, [],
                     total_column.summed_by)
    return [m for m in mismatches if m is not total_row and m is not total_column] + [part]


def _alone(mismatch: _Mismatch, kind: list[_Mismatch]) -> bool:
    """The only mismatch of its `kind` (a 계 row's, a 계 column's) on its row and in its column."""
    return (sum(m.row == mismatch.row for m in kind) == 1
            and sum(m.column == mismatch.column for m in kind) == 1)


def _cross_at_part(body, numeric: dict[int, _Column], missed: set[tuple[int, int]], total_row: _Mismatch,
                   total_column: _Mismatch) -> bool:
    """Whether a 계 row's mismatch and a 계 column's point at one part: they are off by the same sum, the part
    where they cross is in both sums, and the corner of the two totals prints a figure that no sum misses
    (it adds up across and along, so the totals agree)."""
    corner = body[total_row.row][total_column.column]
    return (total_row.printed - total_row.expected == total_column.printed - total_column.expected
            and total_column.row in total_row.parts and total_row.column in total_column.parts
            and (total_row.row, total_column.column) not in missed
            and _DIGIT_RE.search(corner) is not None
            and _figure(corner, numeric[total_column.column].unit) is not None)


def _findings(table: GenericTable, labels, body, label_cols, group_col, groups, numeric: dict[int, _Column],
              mismatches: list[_Mismatch]) -> list[Found]:
    """One finding a printed figure and the sum it should be: a corner 계 that is both the 계 row's and the 계
    column's, wrong by the same sum both ways, is one finding that says so (by two sums, two findings); a part
    both totals miss (`_wrong_part`), one with the figure they agree on. A row that prints no label is named by
    its place (`1행`), as a column is (`3열`); the message shows the cell as printed (`△2`), and figures in money
    with their unit (`3,457백만원`)."""
    sums: dict[tuple[int, int, int], list[_Mismatch]] = {}
    for mismatch in mismatches:
        sums.setdefault((mismatch.row, mismatch.column, mismatch.expected), []).append(mismatch)
    findings = []
    for (index, col, expected), same in sums.items():
        printed = same[0].printed
        label = _row_name(_row_labels(body, index, label_cols, group_col, groups), index)
        name = column_name(labels, col)
        what = "과도, ".join(_said(m, labels) for m in same) + ("과도" if len(same) > 1 else "과")
        basis = "맞는 값" if same[0].what.endswith("맞는 값") else "합계"
        unit = numeric[col].money
        rule = SUM if all(m.summed_by is None for m in same) else COLUMNS_SUM
        findings.append(rule.finding(
            table=table.caption or "표", row=label, column=name, expected=figure(expected, unit),
            actual=figure(printed, unit), source=table.row_source(table.header_rows + index),
            message=f"'{label}' 행의 {name} 값이 {what} 다릅니다 (표기 "
                    f"{_as_printed(body[index][col], numeric[col].printed_unit)}, {basis} {shown(expected, unit)})"))
    return findings


def _said(mismatch: _Mismatch, labels: tuple[str, ...]) -> str:
    """What a mismatch's figure should be, as its finding says it: a column sum no label names by its columns
    (`같은 행의 지원 + 연계 합`, `계 행과 발굴 열이 함께 맞는 값`)."""
    if mismatch.summed_by is None:
        return mismatch.what
    if mismatch.what == _PART_OF_BOTH:
        return f"계 행과 {column_name(labels, mismatch.summed_by)} 열이 함께 맞는 값"
    return f"같은 행의 {' + '.join(column_name(labels, c) for c in mismatch.parts)} 합"


def _as_printed(cell: str, unit: str) -> str:
    """A cell as the table prints it (`△2`, `8(1)`), with the table's `unit` after it where it prints none."""
    text = cell.strip()
    return text if not unit or text.endswith(unit) else text + unit


# What a label prints in brackets after its word: its unit (`합계(명)`, `계 (㎡)`)
_BRACKET_AFTER_RE = patterns.compile(r"\s*[(（\[]([^()（）\[\]]*)[)）\]]$")


# A unit of measure, as a label's bracket prints it (`명`, `개소`, `천원`, `단위: 건`; `m²` as `㎡`, `12.5km` as
# `㎞`); not a note (`단시간`, `누계`). Any scale of any unit (`천명`, `백만원`), not `UNIT_WON`'s money alone: a 계's
# parts are only told by their unit, never converted; and the bracket is the label's last (`_BRACKET_AFTER_RE`),
# unlike a budget's `(천원)`, sought anywhere in a label or a caption, or a table's `(단위: …)` line
# (`document.unit_in`)
_UNITS = r"[천만백십억]*(?:원|명|개소|개교|개|곳|건|대|가구|세대|회|톤|㎡|㎢|㎞|㎥|k?m[²³]?|일|시간|권|면)"
_UNIT_RE = patterns.compile(r"(?:단위:)?" + _UNITS)


# A cell's figure with its unit after it (`3,420명`, `10개교`), as `_figure` reads it where the column's cells share it
_CELL_UNIT_RE = patterns.compile(rf"(?<=[\d)）])\s*({_UNITS})$")

# Totals this check knows beside the extractors' (`context.is_total`): `전 체`, and `누계`, which sums the parts of
# the year printed beside it (`_counts_from_before`)
_MORE_TOTALS = {"전체", "누계"}
# A column's total named by what it counts (`총인구` over `내국인 | 외국인`, `총인원` over `남 | 여`); not a row's: a
# row `총인구` under `세대수` is one figure of a table of several kinds (`세대수`, `총인구`, `세대당 인구` by year)
_COLUMN_TOTALS = {"총인구", "총인원"}
# What such a total of persons does not count: households, cases, times (`세대수`, `가구수`, `건수`, `횟수`)
_OTHER_COUNT_RE = patterns.compile(r"^(?:세대|가구|건|[횟회])수?$")
# A part of the year, alone or merged over a group of columns: a month (`1월`, `1 월`, `12월 건수`), a quarter
# (`1/4분기`, `2분기(4~5월)`) or a half (`상반기`)
_PART_OF_YEAR_RE = patterns.compile(rf"\s*(?:{MONTH_FIGURE}\s*월|[1-4]\s*(?:/\s*4\s*)?분\s*기|[상하]\s*반\s*기)"
                                    r"(?:\s|$|[(（])")
# A running total, alone or merged over a group of columns (`누계`, `누 계 건수`)
_RUNNING_TOTAL_RE = patterns.compile(r"\s*누\s*계(?:\s|$)")


@functools.lru_cache(maxsize=TEXT_CACHE)  # as `_kind`: the same labels in every table, asked by each of its sums
def is_total(label: str) -> bool:
    """A total's label, also with its unit after it (`합계(명)`, `계 (㎡)`) or a note in words (`계(실인원)`,
    `계(중복 제외)`, `계(연인원)`, `합계(누계)`; `_total_word`): this check's, beside the extractors'. Before, a
    total so noted was a row of its own, so a wrong figure on it was not found."""
    label = _total_word(label)
    return context.is_total(label) or compact(label) in _MORE_TOTALS or _TOTAL_TWICE_RE.fullmatch(label) is not None


# A total printed in both label columns read as one cell (`계 계`, `합 계 계`), as `pdftotext -raw` joins a row's
# labels: before, a row of its own, and a group's 소계 below it seemed to close the rows above it, the total among them
_TOTAL_TWICE_RE = patterns.compile(r"\s*(?:[합총]\s?)?계\s+(?:[합총]\s?)?계\s*")


# A note in words a total's label prints in brackets after it, no figure in it (`(실인원)`, `(중복 제외)`, `(연인원)`)
_WORDS_NOTE_RE = patterns.compile(r"\s*[(（\[]\s*\p{Hangul}[\p{Hangul}\s·]{0,7}[)）\]]$")


def _total_word(label: str) -> str:
    """A label without the unit or the note in words it prints in brackets after its word (`합계(명)`, `계(연인원)`
    → `합계`, `계`); as printed otherwise (`계(A)`, a formula's mark, is a total's label as printed), and where the
    note names figures of a kind no sum is of (`계(증감)`, `계(비율)`, `계(평균)`: `_kind`)."""
    if label.endswith((")", "）", "]")) and (
            _unit(label) or (note := _WORDS_NOTE_RE.search(label)) and _kind(note.group().strip(" (（[)）]")) is None):
        return _BRACKET_AFTER_RE.sub("", label)
    return label


# A 소계 after its group's name in one cell (`보통세 소계`, `목적세 소 계`), as one printed beside its group's label is,
# also with its formula's mark as `소계(A)` alone (`보통세 소계(A)`, `목적세 소 계 (B)`, `보통세 소계①`)
_NAMED_SUBTOTAL_RE = patterns.compile(rf"\S.*\s소\s?계(?:\s?{FORMULA_MARK})?")


def row_total(label: str) -> str | None:
    """A row's total label as a total (`is_total`), and `소계` of one after its group's name in the same cell (`보통세
    소계` leading or closing its rows, as `소 계` alone does); None for a row that is no total. Before, `보통세 소계`
    was a row of its own, so the 계 was said to be twice itself."""
    if is_total(label):
        return _total_word(label)
    return "소계" if "계" in label and _NAMED_SUBTOTAL_RE.fullmatch(label.strip()) else None


def _counts_from_before(label: str, labels) -> bool:
    """A 누계 (a running total, also one merged over a group: `누 계 건수`) beside no parts of the year (`1월 … 5월 |
    누계` in a report of 5월말, `1분기 | 2분기`): beside years it may count from before the first of them, so it is
    no sum of theirs, nor one of the figures."""
    return ("누" in label and _RUNNING_TOTAL_RE.match(label) is not None
            and not any(_PART_OF_YEAR_RE.match(other) for other in labels))


def _are_parts_of_year(labels) -> bool:
    """Labels that are all parts of the year (`1월`, `12월`, a month's `1월 건수`, `1/4분기`): parts whose 계 or 누계
    is surely their sum."""
    return all(_PART_OF_YEAR_RE.match(label) for label in labels)


def _unit(label: str, amounts: str = "") -> str:
    """The unit a column's label prints after its word (`회원수(명)` → `명`), else, where its word names an amount
    (`금액`, `체납액 금액`), `amounts` (`_amount_unit`); '' where it says none."""
    match = _BRACKET_AFTER_RE.search(label) if label.endswith((")", "）", "]")) else None  # the pattern ends so
    unit = compact(match.group(1)) if match else ""
    if unit and _UNIT_RE.fullmatch(unit):
        return unit
    return amounts if amounts and _AMOUNT_RE.search(_word(label)) else ""


# The word of a column of money that prints no unit of its own: `금액`, `체납액`, `지원액`, `액수`, `예산`
_AMOUNT_RE = patterns.compile(r"(?:\p{Hangul}액|액수|예산)$")


def _amount_unit(units: str | None) -> str:
    """The unit of a column whose word names an amount (`금액`) in a table whose `(단위: …)` prints `units`: its
    money unit (`천원` of `건, 천원`), `원` where it prints none; '' where it prints money alone, since every
    column is then an amount, whatever its word (`계 | 국비 | 구비`)."""
    printed = units.split(", ") if units else []
    if printed and all(unit_multiplier(unit) for unit in printed):
        return ""
    return next((unit for unit in printed if unit_multiplier(unit)), "원")


def _amount_rows(row_labels: list[list[str]], labels: tuple[str, ...], units: str | None) -> set[int]:
    """The rows naming an amount (`부과액`, `과태료 금액`) in a table of counts by row whose `(단위: …)` prints counts
    and money (`건, 천원`), its columns naming none (`2023년 | 2024년 | 증감`, not `건수 | 금액`), and some rows no
    amount: their figures are money beside the others' counts, neither a part of their 계 nor summed by it, as such
    a column is none of the 계 column's. Before, a 단속 table's 과태료 부과액 row was added to its 합계."""
    printed = units.split(", ") if units and "," in units else []
    if (len(printed) < 2 or not any(unit_multiplier(unit) for unit in printed)
            or all(unit == "%" or unit_multiplier(unit) for unit in printed)
            or any(_AMOUNT_RE.search(_word(label)) for label in labels)):
        return set()
    rows = {index for index, row in enumerate(row_labels)
            if any(label and _AMOUNT_RE.search(_word(label)) for label in row)}
    return rows if len(rows) < len(row_labels) else set()


def _money_unit(label: str, units: str | None) -> str:
    """The money unit a column's figures are in: the one its label prints (`금액(백만원)`), else the table's
    (`units`, its `(단위: …)`) where it prints money alone (or beside rates: `백만원, %`) or the column's word
    names an amount (`징수액` under `건, 백만원`); '' for none, also where none is printed."""
    if own := _unit(label):
        return own if unit_multiplier(own) else ""
    printed = units.split(", ") if units else []
    money = next((unit for unit in printed if unit_multiplier(unit)), "")
    if money and (all(unit == "%" or unit_multiplier(unit) for unit in printed) or _AMOUNT_RE.search(_word(label))):
        return money
    return ""


class _Total(NamedTuple):
    """What a 계 column totals: the columns of its `group` ('' for the row's), or, where a total is merged over
    a group of its own, the columns of the other groups whose sub-label is its `sub` (compacted, `_word`)."""
    group: str
    sub: str


_ROW = _Total("", "")


@functools.lru_cache(maxsize=256)  # headers repeat: the same columns across a report's tables and reports
def _total_group(label: str, labels: tuple[str, ...]) -> _Total | None:
    """What a 계 column's label says it totals (`_Total`): the row (`계`, and `합계(명)` with its unit after it, as
    a header wrapped over two lines gives it; `총인구`); the group whose merged label heads its other columns too
    (`인 원` over `계 | 남 | 여` is `인 원 계` beside `인 원 남`, `제 증 명` over `소 계 | 등본 | 초본` its `소 계`: a
    table's 총계 beside such groups sums their parts, not their totals too); or, under a total merged over a
    group (`계` over `건수 | 금액`, as over each other group's), its sub-label's columns of the other groups (`계
    건수`, where another group prints a `건수`); None for a column that is no 계."""
    label = _BRACKET_AFTER_RE.sub("", label) if label.endswith((")", "）", "]")) else label
    if is_total(label) or compact(label) in _COLUMN_TOTALS:
        return _ROW
    for k, char in enumerate(label):  # a total after its group's label, also letter-spaced (`제 증 명 소 계`)
        if char == " " and k and is_total(label[k + 1:]) and any(
                other != label and other.startswith(label[:k + 1]) for other in labels):
            return _Total(label[:k], "")
    head = next((k for k, char in enumerate(label) if char == " " and is_total(label[:k])), None)
    sub = _word(label[head + 1:]) if head is not None else ""
    if sub and any(other != label and _sub_label_is(other, sub) for other in labels):
        return _Total("", sub)
    return None  # nor is a label that only begins with a total's letters (`계 획`, letter-spaced)


def _sub_label_is(label: str, sub: str) -> bool:
    """Whether a column's label is a group's over the sub-label `sub` (compacted): `회 수 건 수` is `회 수` over
    `건수`."""
    return any(char == " " and _word(label[k + 1:]) == sub for k, char in enumerate(label) if k)


@functools.lru_cache(maxsize=TEXT_CACHE)  # labels repeat (`연번`, `구 분`, `계`): each table's columns, in every table
def _numbers_rows(label: str) -> bool:
    """Whether a column's label names a column that numbers the rows (`연번`, `순번`, `번호`: `SERIAL_WORDS`)."""
    label = compact(label)
    return any(word in label for word in SERIAL_WORDS)


def _label_columns(labels: tuple[str, ...], body: list[list[str]], keys: set[int]) -> list[int]:
    """The leading columns that hold labels (no figures) or number or date the rows (`keys`: `연번`, years): a
    column of figures prints one (`_figure`), or a figure with a unit in each cell (`10개교`). A column of units
    among them (`_units_column`) is a cell of each row, no label: a finding names `번호판 영치`, not `번호판 영치 /
    대` (before)."""
    cols = []
    for c in range(len(body[0])):
        cells = [r[c] for r in body]
        if c not in keys and (any(_figure(cell, "") is not None and _DIGIT_RE.search(cell) for cell in cells)
                              or _read_column(cells) is not None):
            break
        if not _units_column(labels[c], cells):
            cols.append(c)
    return cols


# A column of units, each row's own: its label `단위` (`성과지표 | 단위 | 목표 | 실적 | 달성률(%)`), its cells a
# unit's word each, no figure (`%`, `건`, `대`, `백만원`, `필지`)
_UNIT_CELL_RE = patterns.compile(r"[^\d\s]{1,4}")


def _units_column(label: str, cells: list[str]) -> bool:
    """Whether a column prints each row's unit (`_UNIT_CELL_RE`) under `단위`, none a label of its row."""
    return compact(label) == "단위" and all(not cell.strip() or _UNIT_CELL_RE.fullmatch(cell.strip())
                                           for cell in cells)


# Labels (unspaced) of figures that are no sums: numbers in order, rates and shares, averages and figures per
# unit, ratios, scores, years, dates and periods: `연번`, `처리율(%)`, `구성비`, `평균 처리일수`, `1인당 금액`,
# `만족도(점)`, `전년대비`, `준공연도` (not `2024년도`, `전년도`), `설치일자` (not `일자리`), `처리기간(일)` (how long a
# case takes, its 계 an average; not `기간내 처리`, the cases done in time).
# a serial word ends its label's word (`연번`, `차량번호`; not `번호판 영치`, plates held, a count)
_SERIAL = rf"(?:{'|'.join(SERIAL_WORDS)}){WORD_END}"
_YEAR = r"(?:^|\p{Hangul}{2})[연년]도(?:\(|$)"
_YEAR_RE = patterns.compile(_YEAR)
# A figure per unit is a counter's 당 (`1인당`, `회당`, `1개교당`), not 담당, 해당, 정당, 당초, nor a party's name
# (`더불어민주당`, `조국혁신당`, which a 의원 table's rows print)
_PER_UNIT = r"(?:인|명|가구|세대|호|건|개소|개교|개|곳|회|대|시간|㎡)당"
_NOT_SUMMED_RE = patterns.compile(_SERIAL + "|" + RATE + rf"|비중|구성비|평균|만족도|평점|\(점\)|{_PER_UNIT}|"
                                  r"대비(?!증감)|" + _YEAR + r"|일자(?:\(|$)|기간(?:\(|$)")
_NOT_SUMMED, _CHANGE, _FROM_BEFORE = "not summed", "change", "from before"


@functools.lru_cache(maxsize=TEXT_CACHE)  # labels repeat (`계`, `남`, `구 분`): each row's and column's, in every table
def _kind(label: str) -> str | None:
    """What a row's or column's label says its figures are where they are no plain counts: `_NOT_SUMMED`
    (neither a total nor a part of one) or `_CHANGE` (summed by a total on its line, no part of one across)."""
    text = compact(label)
    if _NOT_SUMMED_RE.search(text):
        return _NOT_SUMMED
    return _CHANGE if is_change_label(text) else None


def _kind_among(label: str, labels) -> str | None:
    """A label's kind (`_kind`) where the labels on its line beside it may say more: a figure per counter
    (`_per_counter`) is no sum either, and a 누계 that counts from before (`_counts_from_before`) is no total of its
    line, nor a part of one, but a figure a total across it sums (`_FROM_BEFORE`: the 계 row's 누계 is its rows')."""
    if _counts_from_before(label, labels):
        return _FROM_BEFORE
    if _per_counter(label, labels):
        return _NOT_SUMMED
    return _kind(label)


# A figure per unit named by its counter's 별 and what it counts (`시설별 이용자`, `개소별 이용인원(명)`), as a
# counter's 당 names one (`_PER_UNIT`); asked of a label compacted, its unit's bracket left off
_PER_COUNTER_RE = patterns.compile(r"(시설|개소|기관|학교|동|월|일|회|인|명|가구|세대)별(\p{Hangul}+)")


def _per_counter(label: str, labels) -> bool:
    """A figure per counter (`시설별 이용자`: the users of a facility, on average), where its line also prints the
    figure it divides (`이용자`) or the count it divides by (`시설수`, `개소`); without them `X별 Y` counts Y by X
    as any column does, and `시설별` alone (a group of rows) or `시설별 경로당` names no figure."""
    match = _PER_COUNTER_RE.fullmatch(_word(label)) if "별" in label else None
    if match is None:
        return False
    counter, counted = match.groups()
    words = {_word(other) for other in labels if other != label}
    return not words.isdisjoint((counted, counter, counter + "수"))


def _word(label: str) -> str:
    """A label compacted, without the unit it prints after it in brackets (`이용자 (명)` → `이용자`)."""
    return compact(_BRACKET_AFTER_RE.sub("", label))


def _is_year_column(label: str, body: list[list[str]]) -> bool:
    """A first column of years, which label the rows though they read as figures (`연 도` over `2023`, `2024`,
    or figures that are all years)."""
    figures = [row[0] for row in body if parse_count(row[0]) is not None]
    return bool(figures) and (_YEAR_RE.search(compact(label)) is not None
                              or all(YEAR_LABEL_RE.match(cell) for cell in figures))


def _read_column(cells: list[str], money: str = "") -> _Column | None:
    """How a column's cells (on the rows that are summed) read as figures, None where one is no figure, or they
    print units of two kinds; money written out with its own units reads in won (`45억원`, `52억 5,000만원`,
    `9,430만원`: `_WRITTEN`). A unit is the column's where two cells print it or more (`12개소` alone is a note, as
    a 비고 prints it). Whether they add up is their label's to say (`_kind`: `처리율(%)`, `평균 처리일수`,
    `준공연도`, where a 계 row prints none or an average). Decimals are rounded to their last digit, and figures in
    `money` coarser than 천원 to what the budget checks take them to be (`rounded_to`: their unit, as the finest
    figure shows)."""
    cells = [cell for cell in cells if cell.strip()]
    units = [match.group(1) for cell in cells  # a figure's last digit ends most: no unit after it to seek (`m²`'s
             if not cell[-1].isdecimal() and (match := _CELL_UNIT_RE.search(cell))]  # `²` is a digit, no decimal)
    if not cells or len(units) == 1:
        return None
    if units and units[0][-1] == "원" and _written_amounts(cells):  # amounts written out (`32억 1,000만원`): in won
        return _Column(_WRITTEN, _ZERO, "원")
    if len(set(units)) > 1:
        return None
    unit = units[0] if units else ""
    figures = [_figure(cell, unit) for cell in cells]
    if None in figures:
        return None
    step = Decimal(1).scaleb(-digits) if (digits := max(-min(value.as_tuple().exponent, 0) for value in figures)) else 0
    if multiplier := unit_multiplier(money):
        won = rounded_to((int(value * multiplier), money) for value in figures)
        step = max(step, Decimal(won) / multiplier)
    return _Column(unit, step, money)


_WRITTEN = "억·만원"  # a column's unit where its cells write their amounts out, each in its own (`32억 1,000만원`)


def _in_won(columns: list[_Column]) -> list[_Column]:
    """Columns of which some write their amounts out (`32억 1,000만원`, read in won), the others' figures in a money
    unit (`75,000` under `(단위: 천원)`) read in won too, so that a 계 or a change across them is compared in one
    unit (before, a change was not compared, and a 계 column added 천원 to won); columns of no money as they are."""
    if not any(column.unit == _WRITTEN for column in columns):
        return columns
    return [column._replace(step=column.step * multiplier, money="원", printed_in=column.money)
            if column.unit != _WRITTEN and (multiplier := unit_multiplier(column.money)) and multiplier > 1
            else column for column in columns]


def _written_amounts(cells: list[str]) -> bool:
    """Whether a column's cells are amounts written out in won, in units of their own (`45억원`, `32억 1,000만원`,
    `9,000만원`; `-` for none), as a table of money printing no unit of its own prints them: read in won."""
    return all(cell.strip() == "-" or parse_amount(cell) is not None for cell in cells)


@functools.lru_cache(maxsize=TEXT_CACHE)  # each cell is read for each sum it is in
def _figure(cell: str, unit: str) -> Decimal | None:
    """A cell's figure as it prints it: a count (`-` is 0), with what it prints in brackets after it as the
    staffing and vehicle readers read it (`8(1)` is 8), or a decimal at its printed precision (`8.40`; a rate's
    `%` is none), after the column's `unit` (`1,200명`); in won where the column writes its amounts out
    (`_WRITTEN`: `32억 1,000만원`)."""
    if unit == _WRITTEN:
        amount = parse_amount(cell) if cell.strip() != "-" else 0
        return None if amount is None else Decimal(amount)
    text = cell.strip().removesuffix(unit) if unit else cell
    counted = parse_count_note(text)
    if counted is not None:
        return Decimal(counted[0])
    decimal = parse_decimal(text) if "%" not in text else None
    return None if decimal is None else Decimal(decimal[0]).quantize(Decimal(1).scaleb(-decimal[1]))


def _subtotal_parts(body: list[list[str]], index: int, label_cols: list[int]) -> list[int]:
    """The rows a 소계 printed with no group label beside it sums: those below it to the next total where the
    subtotals lead their rows (one comes before any other row printing a figure: a group's label in a row merged
    across over its 소계, `토 지 |  |` over `소 계 | 600`, is none), else those above it back to the last total."""
    totals = [k for k, row in enumerate(body) if any(row_total(row[c]) for c in label_cols)]
    first_row = next((k for k, row in enumerate(body) if k not in totals
                      and any(cell.strip() for c, cell in enumerate(row) if c not in label_cols)), len(body))
    leading = any(compact(row_total(body[k][c]) or "") == "소계" for k in totals if k < first_row for c in label_cols)
    if leading:
        end = next((k for k in totals if k > index), len(body))
        return list(range(index + 1, end))
    start = max((k for k in totals if k < index), default=-1)
    return list(range(start + 1, index))


def _groups(body: list[list[str]], col: int, label_cols: list[int]) -> list[list[list[str]]]:
    """Each row's group: rows under one merged label in the first label column that does not number the
    rows (blank below it means 'same as above', and so does the label above printed again where a label column
    follows, as docling and "unmerge and fill" print a label merged down: `토 지 | 소 계` over `토 지 | 대 지`),
    but below a table-wide total printing no other label (`계 |  | 1,850`), whose rows a PDF's group label centred
    on them leaves blank above it (`| 공공근로` over `직접일자리 | 지역공동체 일자리`): a group of their own, no
    part of the total."""
    groups: list[list[list[str]]] = []
    current: list[list[str]] = []
    repeats_mean_merged = col != label_cols[-1]
    for row in body:
        label = row[col].strip()
        same_group = current and (not label or repeats_mean_merged and label == current[-1][col].strip())
        if not same_group or is_total(current[0][col]) and not any(
                current[0][c].strip() for c in label_cols if c != col):
            current = []
        current.append(row)
        groups.append(current)
    return groups


def _row_labels(body, index, label_cols, group_col, groups) -> list[str]:
    """A row's labels, its group's (`_groups`) in the group column where it prints none."""
    row = body[index]
    return [groups[index][0][c] if c == group_col and not row[c] else row[c] for c in label_cols]
