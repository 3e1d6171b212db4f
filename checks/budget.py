"""예산: the 단위사업 table's 계 is the sum of its lines, a project's 계 the sum of its funding sources or of its
세부내역 lines (in every column of figures, those with no field of their own too), a 단위사업's 예산액 the sum of
its funding columns (its 집행액 of those printed under `집 행 액`), every 잔액 is 예산액 − 집행액, every 집행률 is
집행액 / 예산액 × 100 at the precision it is printed with, every 증감률 the 증감 over the earlier budget × 100, and
every share (`구성비`) its line's part of the 계's (or of its group's) × 100."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import NamedTuple

from checks.base import (
    Found,
    Rule,
    all_explaining,
    each_explaining,
    explaining,
    finding_key,
    line_money,
    money,
    one_explaining,
    shown,
)
from checks.places import Cell, Disagreeing, cell, printed_elsewhere
from checks.shares import Share, is_share, of_most_rows
from extractors.budget import (
    by_table,
    cost_share,
    is_account,
    is_budget_label,
    lines_rounded_to,
    printed_rates_agree,
    subtotal_parts,
)
from extractors.labels import COST_SHARE_YEAR, COST_TOTALS
from extractors.labels import RATE as RATE_LABEL
from extractors.projects import bottom_up, cost_shares, overview_years
from pipeline import patterns
from pipeline.values import (
    as_negative,
    bracketed_agree,
    bracketed_figure,
    compact,
    expected_rate,
    full_year,
    is_total,
    parse_count,
    parse_decimal,
    parse_money_cell,
    printed_decimals,
    printed_rate,
    rate_agrees,
    unit_multiplier,
)
from schemas import BudgetLine, Project, Report, Source
from schemas.budget import budget_code, starts_with_funding

SUM = Rule("sum.budget", "error",
           "예산현황: 계의 예산액·집행액·잔액(과 전년도 예산액·증감 같은 다른 금액 열)은 단위사업의 합, "
           "단위사업 소계는 그 세부사업의 합, 줄마다 증감은 예산액과 비교하는 예산 열(전년도 예산액 …)의 차")
FUNDING_SUM = Rule("sum.funding", "error",
                   "예산현황: 줄마다 예산액은 재원별 열(국비 + 시비 + 구비 …)의 합, `집행액` 아래 재원 열은 "
                   "집행액의 합 (재원 열이 예산액을 나누는 표에서)")
PROJECT_SUM = Rule("sum.project_budget", "error",
                   "사업별 예산: 계는 국비 + 시비 + 구비(재원별), 또는 세부내역별 줄의 합, 열마다")
RATE = Rule("rate", "error", "집행률 = 집행액 ÷ 예산액 × 100, 표기된 자릿수에서 반올림 오차 이내")
CHANGE_RATE = Rule("rate.budget_change", "error",
                   "예산현황: 증감률(%) = 증감 ÷ 비교하는 앞 예산(2025년 예산, 전년도 예산액 …) × 100, "
                   "표기된 자릿수에서 반올림 오차 이내")
SHARE = Rule("share.budget", "error",
             "예산현황: 구성비·비중 열은 줄마다 예산액(또는 대부분의 줄이 맞는 다른 금액 열) ÷ 계의 값 × 100, "
             "묶음 안의 줄은 그 묶음(단위사업 줄, 소계)의 값으로도, 표기된 자릿수에서 반올림 오차 이내, 계는 100")
REMAINING = Rule("remaining", "error", "잔액 = 예산액 − 집행액")
COST_TABLE = Rule("sum.project_cost_table", "error",
                  "사업비 표: 줄마다 총사업비는 기투자·연도별·향후 열의 합 (향후·이후 열이 있는 경우; 합이 "
                  "총사업비보다 크면 언제나)")
UNIT = Rule("unit", "info", "예산 표에 금액 단위(천원, 백만원 …)가 없거나 알 수 없어 금액을 원으로 보았음")
RULES = (SUM, FUNDING_SUM, PROJECT_SUM, RATE, CHANGE_RATE, SHARE, REMAINING, UNIT)
UNIT_TABLE = "예산현황"
_SHARE_YEAR_RE = patterns.compile(COST_SHARE_YEAR)  # a share of one year (`2025년`, `’25년`)


def check(report: Report, disagreeing: list[Disagreeing]) -> list[Found]:
    """The report's budget tables' findings, a cell another place prints otherwise (`disagreeing`, found once a
    report by `checks.places`) one witness more of what it should be."""
    elsewhere = printed_elsewhere(disagreeing)
    findings = []
    for printed_lines in printed_tables(report.budget):
        table = _TableCheck(unit_table(printed_lines[0], report.budget), SUM, "단위사업", _unit_rest)
        findings += _at_printed_cells(_one_cell(printed_lines, table, elsewhere), printed_lines)
    for project in report.projects:
        for printed_lines in printed_tables(project.budget_lines):
            table = _TableCheck(project_table(project), PROJECT_SUM, "세부내역", _project_rest)
            findings += _at_printed_cells(_one_cell(printed_lines, table, elsewhere), printed_lines)
        for printed_lines in by_table(project.total_cost_lines):
            table = _TableCheck(cost_table(project), PROJECT_SUM, "재원",
                                partial(_cost_rest, years=overview_years(project.items)))
            findings += [_sources_sum(f, project, printed_lines[0]) for f in
                         _at_printed_cells(_one_cell(printed_lines, table, elsewhere), printed_lines)]
    return findings


SOURCES_SUM = "재원별 합계"  # the row of a finding on a total's sources, which its years' shares make otherwise


def _sources_sum(finding: Found, project: Project, total: BudgetLine) -> Found:
    """A total cost's finding against its sources, where its years' shares printed with it make it as printed
    (`총사업비: 3,600,000천원(국비 1,800,000, 구비 1,900,000) / 2025년 1,200,000, 2026년 2,400,000`): a source is
    wrong, either, so the finding names their sum (row `재원별 합계`), expected the total, printed the sum (before,
    the total, expected the sources' sum, which its years say is wrong). Else the finding as found: of a total
    printing its sources alone, either may be wrong, and the total is found, as any 계 its lines miss."""
    label = next(iter(total.other_columns or {}), None)
    if finding.rule != PROJECT_SUM.id or finding.row != "계" or finding.column != label or total.name != "계":
        return finding
    item = next((item for item in bottom_up(project.items)
                 if item.source == total.source and item.amount_krw is not None), None)
    printed = item and cost_shares(item.text, overview_years(project.items), [child.text for child in item.children])
    if not printed or not printed[2] or sum(printed[1]) != item.amount_krw:
        return finding
    return replace(finding, row=SOURCES_SUM, expected=finding.actual, actual=finding.expected,
                   message=f"재원별 금액의 합 {finding.expected}이 {label} {finding.actual}과 다릅니다 "
                           f"({label} 값은 연도별 금액의 합과 같습니다)")


def _at_printed_cells(findings: list[Found], lines: list[BudgetLine]) -> list[Found]:
    """A table's findings, each on the line its figure's cell is printed on (`BudgetLine.cell_source`): a table
    turned round prints a line's 집행액 a row below its 예산액, the line's own. The checks compare findings with
    lines by the lines' own sources, so a finding moves to its cell last."""
    turned = {(line.name, line.source): line for line in lines if line.cell_sources}
    if not turned:
        return findings
    return [f if (line := turned.get((f.row, f.source))) is None else replace(f, source=line.cell_source(f.column))
            for f in findings]


class _Summed(NamedTuple):
    """A table's first stage (`_summed`): its lines as read (`_bracketed_changes`), the step in won its figures are
    rounded to, its change columns (`_change_columns`), its changes' and totals' findings and each total's figure
    found wrong as its lines make it (`_sum`'s `fixed`)."""
    lines: list[BudgetLine]
    step: int
    columns: tuple[list[str], list[str]]
    found: list[Found]
    fixed: dict[tuple[int, str], int]


def _summed(printed_lines: list[BudgetLine], rule: Rule, table: str, parts_name: str) -> _Summed:
    """A table's changes (`_changes`) and totals (`_sum`) checked: its findings every check of the table returns as
    found, first."""
    step = lines_rounded_to(printed_lines)
    columns = _change_columns(printed_lines)
    lines = _bracketed_changes(printed_lines, step, columns)
    # the department's budget by source (`계 | 국비 | 구비`)
    parts = "재원" if _parts_are_sources(lines) else parts_name
    changes, right = _changes(lines, rule, table, step, columns)
    sums, fixed = _sum(lines, rule, table, parts, step, right)
    return _Summed(lines, step, columns, changes + sums, fixed)


def _unit_rest(summed: _Summed, table: str) -> list[Found]:
    """A 단위사업 table's findings, its changes' and totals' first."""
    lines, step, columns, found, fixed = summed
    return (found + _either_way(lines, fixed, partial(_funding, table=table))
            + _change_rates(lines, table, step, columns) + _shares(lines, table, step, columns) + _unit(lines, table)
            + _either_way(lines, fixed, partial(_rates_and_remainders, table=table, step=step)))


def _project_rest(summed: _Summed, table: str) -> list[Found]:
    """A project's budget table's findings, its changes' and totals' first, then each row of a cost table by sources
    against its years' shares (`_cost_rows`), so that one wrong cell is one finding on it (`국비 | 600,000 | 300,000 |
    150,000 | 250,000` of a 기투자 200,000 that the 계 makes: the 국비's 기투자, not also the 계's 기투자 and the
    국비's 총사업비)."""
    lines, step, columns, found, fixed = summed
    return (found + _either_way(lines, fixed, partial(_cost_rows, table=table, years=None), None)
            + _unit(lines, table) + _change_rates(lines, table, step, columns)
            + _shares(lines, table, step, columns)
            + _either_way(lines, fixed, partial(_rates_and_remainders, table=table, step=step)))


def _cost_rest(summed: _Summed, table: str, years: range | None) -> list[Found]:
    """A total cost's table by sources' findings (`total_cost_lines`), its columns' sums' first, then each source's
    row against its years' shares (`_cost_rows`), so that one wrong share is one finding on its cell (`구 1,100` in
    `2025년: 3,000백만원(국 1,200, 시 600, 구 1,100)` under `총사업비: 5,000백만원(…, 구 2,000)`: the 구비's 2025년,
    expected 1,200, not also the 2025년's 계 and the 구비's 총사업비)."""
    return summed.found + _cost_rows(summed.lines, table, years)


def _cost_rows(lines: list[BudgetLine], table: str, years: range | None) -> list[Found]:
    """Each row of a cost table by sources against its years' shares (`cost_row_against_shares`): of a project's
    budget table, each row printing the year's budget; of a total cost's table (`total_cost_lines`, no year's
    budget), each source's, the 계's being `sum.project_cost`'s (the total against the shares printed with it)."""
    of_total = all(line.budget_krw is None for line in lines)
    return [finding for line in lines if (line.name != "계" if of_total else line.budget_krw is not None)
            and (finding := cost_row_against_shares(line, table, years)) is not None]


def cost_row_against_shares(line: BudgetLine, table: str, years: range | None = None) -> Found | None:
    """A budget line's total cost (its `총사업비` kept beside it, `other_columns`) against its shares, in the line's
    unit: the year's budget where the line prints one (a cost table's row) and the columns of a share (`기투자`,
    `2024년`, `향후`); their sum where they cover the total (a share of what is left, `향후`, or of each year of the
    overview's period, `years`: `사업기간: 2024. 1. ~ 2025. 12.`), and never less (`국비 2,000` of the total over
    `2024년 … 국 800` and `2025년 … 국 1,200`)."""
    columns = line.other_columns or {}
    total_label = next((label for label in columns if compact(label) in COST_TOTALS), None)
    if total_label is None:
        return None
    multiplier = unit_multiplier(line.unit) or 1
    kinds = {label: kind for label in columns if label != total_label and (kind := cost_share(label))}
    total = parse_money_cell(columns[total_label], multiplier)
    shares = [parse_money_cell(columns[label], multiplier) for label in kinds]
    if total is None or None in shares or not kinds and line.budget_krw is None:
        return None
    share_years = [full_year(label) if _SHARE_YEAR_RE.fullmatch(label) else None for label in kinds]
    covered = "rest" in kinds.values() or years is not None and sorted(share_years) == list(years)
    added = (line.budget_krw or 0) + sum(share[0] for share in shares)
    label = compact(total_label)
    decimals = max(line.decimals, *(printed_decimals(columns[column]) for column in (total_label, *kinds)))
    return against_shares(COST_TABLE, table, line.name, label, total[0], added, covered, line.unit, line.source,
                          f"{line.name} 행의 {label}", decimals)


def against_shares(rule: Rule, table: str, row: str, column: str | None, total: int, added: int, covered: bool,
                   unit: str | None, source: Source, label: str, decimals: int = 0) -> Found | None:
    """A total cost against its shares' sum: a finding where they differ, unless the shares fall short of it and
    leave the rest unsaid (no share of what is left printed: `covered` false); its figures at the `decimals` its
    cells print."""
    if added == total or added < total and not covered:
        return None
    expected, actual = money(added, unit, decimals), money(total, unit, decimals)
    return rule.finding(table=table, row=row, column=column, expected=expected, actual=actual, source=source,
                        message=f"{label} {actual}이 연도별 금액의 합과 다릅니다 (표기 {actual}, 합계 {expected})")


@dataclass(frozen=True)
class _TableCheck:
    """A budget table's check (`table`: its name in a finding) in its two stages: its changes and totals
    (`_summed`, of `rule` and what its lines are, `parts_name`), whose findings it returns as found, then the rest
    (`rest`: `_unit_rest`, `_project_rest`), so that the one-cell search asks a try the first alone (`_tries`)."""
    table: str
    rule: Rule
    parts_name: str
    rest: Callable[[_Summed, str], list[Found]]

    def summed(self, lines: list[BudgetLine]) -> _Summed:
        return _summed(lines, self.rule, self.table, self.parts_name)

    def __call__(self, lines: list[BudgetLine], summed: _Summed | None = None) -> list[Found]:
        """The table's findings; `summed`: its first stage where already checked."""
        return self.rest(self.summed(lines) if summed is None else summed, self.table)


def _one_cell(lines: list[BudgetLine], checks: _TableCheck,
              elsewhere: dict[Cell, tuple[int, str]]) -> list[Found]:
    """A table's findings, those one wrong cell explains as one finding naming that cell: where two or more
    errors are found, each cell a line's own arithmetic gives another figure (its 잔액, 예산액 or 집행액 by
    잔액 = 예산액 − 집행액; its 예산액 or a source by its funding columns), and each cell of a line an error is found
    on in a column its total is found wrong in (`_total_figures`), is tried at that figure, and the one cell alone
    whose figure clears two or more findings and raises none is the finding, the others cleared (`기본경비 |
    1,400,000 | 491,000 | 919,000`: its 잔액, not also the 계's; `인사 운영 | 1,920,000` where its 집행액 and 잔액 make
    1,820,000: its 예산액, not its 집행률, 잔액 and the 계's 예산액; `복지 전달체계 | … | 3,697 | 36.0` where its 소계
    makes 3,597: its 집행액, not its 집행률 and the 소계's 집행액). Only a table with two findings or more is tried
    again, a few times, and only at the cells they name. Where that explains none, a cell another place of the
    report prints (`elsewhere`) is tried at that place's figure (`_witnessed`)."""
    findings = checks(lines)
    errors = len({finding_key(f) for f in findings if f.severity == "error"})
    explained = _one_of_several(lines, checks, findings) if errors >= 2 else None
    if explained is None and errors:
        explained = _witnessed(lines, checks, findings, elsewhere)
    return findings if explained is None else explained


def _one_of_several(lines: list[BudgetLine], checks: _TableCheck,
                    findings: list[Found]) -> list[Found] | None:
    """The table's findings (two errors or more) as one cell explains them (`_one_cell`); None where none does."""
    if len({(f.row, f.source) for f in findings if f.rule == RATE.id}) >= 2:
        figures = _by_rates(lines, findings)
        changed = _with_figures(lines, [(k, column, krw) for (k, column), (krw, *_) in figures.items()])
        if (tried := all_explaining(findings, len(figures), partial(checks, changed))) is not None:
            return [*tried, *(_cell_finding(lines[k], column, krw, rule, equation, findings)
                              for (k, column), (krw, rule, equation) in figures.items())]
    by_row = {(f.row, f.source.line, f.source.page) for f in findings if f.rule in (REMAINING.id, FUNDING_SUM.id)}
    of_totals = _total_figures(lines, findings)
    cells: dict[tuple[int, str, int], tuple[Rule, str]] = {}  # a cell both give one figure: tried once, as its own
    for k, line in enumerate(lines):
        own = _cell_figures(line) if (line.name, line.source.line, line.source.page) in by_row else []
        for column, krw, rule, equation in own + of_totals.get(k, []):
            cells.setdefault((k, column, krw), (rule, equation))
    explained = list(explaining(findings, _tries(lines, checks, findings, ((tried, *tried) for tried in cells))))
    if len(explained) == 1:
        (k, column, krw), tried = explained[0]
        return [*tried, _cell_finding(lines[k], column, krw, *cells[k, column, krw], findings)]
    if len({(k, column) for (k, column, _), _ in explained}) < len(explained):
        return None  # one cell at two figures: either may be its own
    together = each_explaining(findings, explained, lambda tried: checks(_with_figures(lines, tried)))
    if together is None:
        return None
    return [*together, *(_cell_finding(lines[k], column, krw, *cells[k, column, krw], findings)
                         for (k, column, krw), _ in explained)]


def _with_figures(lines: list[BudgetLine], cells: list[tuple[int, str, int]]) -> list[BudgetLine]:
    """The table's lines with each cell (line, column, won) at its figure."""
    for k, column, krw in cells:
        lines = [*lines[:k], _with_figure(lines[k], column, krw), *lines[k + 1:]]
    return lines


def _witnessed(lines: list[BudgetLine], checks: _TableCheck, findings: list[Found],
               elsewhere: dict[Cell, tuple[int, str]]) -> list[Found] | None:
    """The table's findings as the one cell explains them whose figure another place of the report prints otherwise
    (`printed_elsewhere`: a 단위사업's 집행액 its project's, a project's line its text's), where that figure alone
    clears an error and raises none: the other place is the second witness a second finding is to `_one_of_several`
    (`아이돌봄 지원 | 5,120,000 | 2,048,001` where the 계 and the project's own 집행액 both make 2,048,000: its
    집행액, not the 계's; a project's `구비 | 149,001` where its 계 and its text's `구비 149,000` both make 149,000:
    its 구비, not the 계); None where none does, or two do."""
    cells = {(k, column): witness for k, line in enumerate(lines) for column in _FIELDS
             if (witness := elsewhere.get(cell(line, column))) is not None and witness[0] != _printed(line, column)}
    explained = one_explaining(findings, _tries(lines, checks, findings, (
        ((k, column), k, column, cells[k, column][0]) for k, column in cells)), least=1)
    if explained is None:
        return None
    (k, column), tried = explained
    krw, place = cells[k, column]
    left = {finding_key(f) for f in tried}
    cleared = next(f for f in findings if f.severity == "error" and finding_key(f) not in left)
    rule = next(rule for rule in RULES if rule.id == cleared.rule)
    equation = f"{cleared.row}의 {cleared.column}과 {place}이 함께 맞는 값과"
    return [*tried, _cell_finding(lines[k], column, krw, rule, equation, findings)]


def _tries(lines: list[BudgetLine], checks: _TableCheck, findings: list[Found],
           cells: Iterable[tuple[Hashable, int, str, int]]) -> Iterator[tuple[Hashable, Callable[[], list[Found]]]]:
    """Each cell to try (`cells`: what names it, its line's place in `lines`, its column and figure) with the
    recheck of the table with it at that figure (`one_explaining`'s tries), but a try that raises an error the
    table's findings do not name without the whole table checked again: its line's own 잔액 or 집행률 then wrong
    (`_raises_own_error`), or a change or total then wrong (`_summed`, whose findings the whole check returns as
    found; a kept try's recheck goes on from them)."""
    errors = {finding_key(f) for f in findings if f.severity == "error"}
    totals = _possible_total_rows(lines)
    for name, k, column, krw in cells:
        changed = [*lines[:k], _with_figure(lines[k], column, krw), *lines[k + 1:]]
        if _raises_own_error(changed, k, totals, errors):
            continue
        summed = checks.summed(changed)
        if not any(f.severity == "error" and finding_key(f) not in errors for f in summed.found):
            yield name, partial(checks, changed, summed)


def _possible_total_rows(lines: list[BudgetLine]) -> set[tuple[str, int | None, int | None]]:
    """The rows (name, line, page) of every line that may be a total (`_totals`): each 소계, each group's line and
    the 계, whatever their figures: which of them are totals does not change with a cell tried at another figure."""
    parents = {line.parent for line in lines}
    return {(line.name, line.source.line, line.source.page) for line in lines
            if line.subtotal or line.name in parents and line.parent != line.name
            or line.name == "계" and line.parent is None}


def _raises_own_error(lines: list[BudgetLine], k: int, totals: set[tuple[str, int | None, int | None]],
                      errors: set[tuple]) -> bool:
    """Whether the line at `k` has a wrong 집행률 or 잔액 of its own (`_rate`, `_remaining`, as the table's
    `_rates_and_remainders` finds them, at the table's step and cut-off) that is none of `errors`: a finding both
    table checks then return, as `_either_way` asks again only a total's (`totals`: a line that may be one is
    not looked at)."""
    line = lines[k]
    if (line.name, line.source.line, line.source.page) in totals:
        return False
    # the keys of the findings `_remaining` and `_rate` would make (`finding_key`), told without writing them: most
    # tries are rejected or kept here, and a finding's message costs more than the test
    if _remaining_wrong(line) and (REMAINING.id, line.name, "잔액", line.source.line, line.source.page) not in errors:
        return True
    if not line.rate_text:  # no rate to be wrong: the table's rates not compared again
        return False
    agreeing, _ = printed_rates_agree(lines, lines_rounded_to(lines))
    return agreeing[k] is False and (RATE.id, line.name, "집행률(%)", line.source.line, line.source.page) not in errors


def _by_rates(lines: list[BudgetLine], findings: list[Found]) -> dict[tuple[int, str], tuple[int, Rule, str]]:
    """By a line's place in `lines` and a column: each line whose 집행률 is found wrong, its 집행액 or 예산액 where
    its total's figure in that column is found wrong (`sum.budget`; the innermost total's), at the figure its printed
    rate and its other figure give (`_by_rate`; the last such line of a total at what its total leaves it, the
    total's less the other lines': a rate printed to its precision leaves a range of figures, whose sum the total
    tells), with the rule and it in words (`복지 기획 | 1,000 | 600 | 50.0` and `복지 전달 | 1,000 | 300 | 50.0`
    under a 계 of 1,000: 500 each)."""
    wrong_totals = _wrong_totals(findings)
    rates_wrong = {(f.row, f.source.line, f.source.page) for f in findings if f.rule == RATE.id}
    step = lines_rounded_to(lines)
    at = {id(line): k for k, line in enumerate(lines)}
    figures: dict[tuple[int, str], tuple[int, Rule, str]] = {}
    for total, parts, row, _ in _totals(lines, step):
        for column, rule in wrong_totals.get((row, total.source.line, total.source.page), []):
            whole, printed = _printed(total, column), [_printed(part, column) for part in parts]
            if column not in _FIELDS or whole is None or None in printed:
                continue
            wrong = [(part, figure) for part in parts if (part.name, part.source.line, part.source.page) in rates_wrong
                     and not any((at[id(part)], each) in figures for each in _FIELDS)
                     and (figure := _by_rate(part, column, step)) is not None]
            if not wrong:
                continue
            last, by_rate = wrong[-1][0], {id(part): figure for part, figure in wrong[:-1]}
            left = whole - sum(by_rate.get(id(part), figure) for part, figure in zip(parts, printed, strict=True)
                               if part is not last)
            figures |= {(at[id(part)], column): (figure, rule, f"{row}의 {column}과 집행률이 함께 맞는 값과")
                        for part, figure in [*wrong[:-1], (last, left)]}
    return figures


def _by_rate(line: BudgetLine, column: str, step: int) -> int | None:
    """A line's 집행액 (`column`) as its printed 집행률 of its 예산액 makes it, or its 예산액 as its 집행액 over it
    does, in the table's unit or rounded to `step` won; None where it prints no rate (or one of 0 for its 예산액) or
    no other figure."""
    rate = parse_decimal(line.rate_text or "")
    other = line.budget_krw if column == "집행액" else line.executed_krw
    printed = None if rate is None else round(rate[0] * 10**rate[1])
    if printed is None or other is None or column == "예산액" and not printed:
        return None
    per_cent = 100 * 10**rate[1]
    figure = Decimal(printed * other) / per_cent if column == "집행액" else Decimal(other * per_cent) / printed
    unit = max(step, unit_multiplier(line.unit) or 1)  # as printed: in its unit, or to the step it is rounded to
    return int((figure / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * unit


def _wrong_totals(findings: list[Found]) -> dict[tuple, list[tuple[str, Rule]]]:
    """By a total's row (its name, line and page): its columns found wrong (`sum.budget`), each with the rule."""
    wrong_totals: dict[tuple, list[tuple[str, Rule]]] = {}
    for f in findings:
        if f.rule in (SUM.id, PROJECT_SUM.id):
            wrong_totals.setdefault((f.row, f.source.line, f.source.page), []).append(
                (f.column, SUM if f.rule == SUM.id else PROJECT_SUM))
    return wrong_totals


def _total_figures(lines: list[BudgetLine], findings: list[Found]) -> dict[int, list[tuple[str, int, Rule, str]]]:
    """By a line's place in `lines`: each of its cells, where an error is found on its line (its 집행률, …) and
    its total's figure in the cell's column is found wrong (`sum.budget`), with the figure that total makes it,
    the total's less the other lines' it sums (`일반회계 | 소 계 | … | 18,045` less `기초생활 보장 | … | 14,448`:
    3,597), the rule and it in words; a column of counts aside."""
    wrong_totals = _wrong_totals(findings)
    if not wrong_totals:
        return {}
    wrong_rows = {(f.row, f.source.line, f.source.page) for f in findings if f.severity == "error"}
    at = {id(line): k for k, line in enumerate(lines)}
    figures: dict[int, list[tuple[str, int, Rule, str]]] = {}
    for total, parts, row, _ in _totals(lines, lines_rounded_to(lines)):
        for column, rule in wrong_totals.get((row, total.source.line, total.source.page), []):
            whole, printed = _printed(total, column), [_printed(part, column) for part in parts]
            if (column not in _CELLS and _COUNT_COLUMN_RE.search(compact(column)) or whole is None
                    or None in printed or whole == sum(printed)):
                continue
            for part, figure in zip(parts, printed, strict=True):
                if (part.name, part.source.line, part.source.page) in wrong_rows:
                    figures.setdefault(at[id(part)], []).append(
                        (column, whole - sum(printed) + figure, rule, f"{row}의 {column} − 다른 줄의 합과"))
    return figures


def _printed(line: BudgetLine, column: str) -> int | None:
    """A line's figure in a column, in won."""
    return getattr(line, _CELLS[column]) if column in _CELLS else _figure(line, column, unit_multiplier(line.unit) or 1)


def _cell_figures(line: BudgetLine) -> list[tuple[str, int, Rule, str]]:
    """Each cell of a line with the figure its line's own arithmetic gives it, that arithmetic's rule and it in
    words: its 잔액, 예산액 and 집행액 by 잔액 = 예산액 − 집행액, and the figure its funding columns split and each of
    them by their sum."""
    figures = []
    budget, executed, remaining = line.budget_krw, line.executed_krw, line.remaining_krw
    if None not in (budget, executed, remaining) and remaining != budget - executed:
        figures += [("잔액", budget - executed, REMAINING, "예산액 − 집행액과"),
                    ("예산액", executed + remaining, REMAINING, "집행액 + 잔액과"),
                    ("집행액", budget - remaining, REMAINING, "예산액 − 잔액과")]
    multiplier = unit_multiplier(line.unit) or 1
    for column, sources in _funding_groups(line.other_columns or {}).values():
        whole = _figure(line, column, multiplier)
        parts = [parse_money_cell(line.other_columns.get(label, ""), multiplier) for label in sources]
        if whole is None or None in parts or whole == (summed := sum(part[0] for part in parts)):
            continue
        figures.append((column, summed, FUNDING_SUM, "재원별 합계와"))
        figures += [(label, whole - summed + part[0], FUNDING_SUM, f"{column} − 다른 재원과")
                    for label, part in zip(sources, parts, strict=True)]
    return figures


def _with_figure(line: BudgetLine, column: str, krw: int) -> BudgetLine:
    """The line with a cell at another figure (in won; a column of its own in the table's unit)."""
    if column in _CELLS:
        return line.model_copy(update={_CELLS[column]: krw})
    multiplier = unit_multiplier(line.unit) or 1
    return line.model_copy(update={"other_columns": {**line.other_columns, column: f"{Decimal(krw) / multiplier:,}"}})


_CELLS = {"예산액": "budget_krw", "집행액": "executed_krw", "잔액": "remaining_krw"}


def _cell_finding(line: BudgetLine, column: str, krw: int, rule: Rule, equation: str,
                  findings: list[Found]) -> Found:
    """The one finding of a cell whose figure clears the table's others: the finding of its line's arithmetic
    already naming it (`remaining`, `sum.funding`, a cost row's `sum.project_cost_table`), else one of the `rule`."""
    named = next((f for f in findings if f.rule in (REMAINING.id, FUNDING_SUM.id, COST_TABLE.id) and f.row == line.name
                  and f.column == column and f.source == line.source), None)
    if named is not None:
        return named
    table = findings[0].table
    printed = _printed(line, column)
    return rule.finding(
        table=table, row=line.name, column=column, expected=line_money(krw, line), actual=line_money(printed, line),
        source=line.source,
        message=f"{line.name}의 {column} 값이 {equation} 다릅니다 (표기 {line_money(printed, line)}, 계산 "
                f"{line_money(krw, line)}); 그 값이면 표의 다른 셈도 모두 맞습니다")


def _parts_are_sources(lines: list[BudgetLine]) -> bool:
    """Whether a table's lines below its 계 are its funding sources (국비, 시비, 구비 …)."""
    return all(line.funding_source for line in lines if line.name != "계")


def printed_tables(lines: list[BudgetLine]) -> list[list[BudgetLine]]:
    """The lines of each budget table as printed, to be checked: not a plan's column read as lines of its year
    (`plan_beside`), whose 계 is checked with the table's other columns, as printed beside its 증감; a 단위사업 new
    in that plan (`-` in the year's column), whose line is the plan's alone, is checked among the year's lines as
    its row prints it (`_as_year_line`), so that the 계's plan and 증감 still add up over every row."""
    tables = by_table(lines)
    printed = tables[:1]
    for before, table in zip(tables, tables[1:], strict=False):
        if not plan_beside(table, before):
            printed.append(table)
        elif new := [line for line in table if line.other_columns]:
            year_lines = before + [line for line in map(_as_year_line(before), new) if line is not None]
            printed = [year_lines if lines is before else lines for lines in printed]
    return printed


def plan_beside(lines: list[BudgetLine], before: list[BudgetLine]) -> bool:
    """Whether a table's lines are the lines of another year's plan printed beside the table before it (`단위사업 |
    2026년 예산(안) | 2025년 예산`): of another `budget_year`, on the rows of that table's lines, but those of
    단위사업 new in the plan, which keep their rows' other cells."""
    rows = {line.source for line in before}
    return (lines[0].budget_year != before[0].budget_year and lines[0].table_no == before[0].table_no + 1
            and any(line.source in rows for line in lines)
            and all(line.source in rows or line.other_columns for line in lines))


def _as_year_line(year_lines: list[BudgetLine]):
    """A new 단위사업's plan line (`청사 안전` of 300,000 in 2026, `2025년 예산` kept as `-`) as the line of the
    report's year its row prints beside the year's lines: the year's budget column's figure (`-`: 0) its 예산액,
    the plan's figure kept under the plan's label, as theirs is. The two labels are those of budget columns each
    keeps beside and the other does not; None where that tells no one label each."""
    year_labels = {label for line in year_lines for label in line.other_columns or {} if is_budget_label(label)}

    def as_year(line: BudgetLine) -> BudgetLine | None:
        labels = {label for label in line.other_columns if is_budget_label(label)}
        (plan, *more_plans), (year, *more_years) = (year_labels - labels or [""]), (labels - year_labels or [""])
        if not plan or not year or more_plans or more_years:
            return None
        multiplier = unit_multiplier(line.unit) or 1
        printed = parse_money_cell(line.other_columns[year], multiplier)
        others = {label: cell for label, cell in line.other_columns.items() if label != year}
        return line.model_copy(update={
            "budget_krw": printed[0] if printed else None, "budget_year": year_lines[0].budget_year,
            "table_no": year_lines[0].table_no,
            "other_columns": {plan: f"{Decimal(line.budget_krw) / multiplier:,}", **others}})

    return as_year


def unit_table(line: BudgetLine, lines: list[BudgetLine]) -> str:
    """`예산현황`, or `예산현황 (표 2)` where the report prints more than one 단위사업 table (a plan's lines beside
    a table's are of that table)."""
    if lines[-1].table_no == 1 or len(printed_tables(lines)) == 1:
        return UNIT_TABLE
    return f"{UNIT_TABLE} (표 {line.table_no})"


def project_table(project) -> str:
    return f"{project.section} {project.seq}. {project.title or ''} 예산현황".strip()


def cost_table(project) -> str:
    """A project's total cost's table by sources (`total_cost_lines`), named as its overview prints it, not its
    예산현황 (before, a finding on it named the 예산현황, a table of another budget)."""
    return f"{project.section} {project.seq}. {project.title or ''} 총사업비".strip()


def _sum(lines: list[BudgetLine], rule: Rule, table: str, parts_name: str, step: int,
         right: dict[tuple[int, str], int]) -> tuple[list[Found], dict[tuple[int, str], int]]:
    """Each total of the table (`_totals`) against the lines it sums, each to the `step` in won the table's figures
    are rounded to; a change found wrong on its line (`right`: by the line's id and column, the figure it should be)
    counted at its right figure, so that its 계 is not blamed too. With the findings, each total's figure found
    wrong as its lines make it, by the line's id and column."""
    totals = _totals(lines, step)
    levels = {id(total): level for total, _, _, level in totals}
    if parts_name == "단위사업" and any(levels.get(id(part)) == "단위사업" for _, parts, row, level in totals
                                      if row == "계" and level is None for part in parts):
        parts_name = "정책사업"  # three levels: the 계 sums the 정책사업, each of 단위사업 in turn
    # each group before the total it is a part of (the innermost first), so that a wrong group's line counts at its
    # lines' sum in the total over it: a wrong 소계 is one finding, not also the 계 it breaks, and a 계 wrong too is
    # found expected its lines' sum (before, the printed groups')
    fixed: dict[tuple[int, str], int] = {}
    found = [_total(total, parts, rule, table, level or parts_name, step, right, fixed, row=row)
             for total, parts, row, level in totals]
    return [f for found_of in reversed(found) for f in found_of], fixed


_PARTS_BY_HEIGHT = ("세부사업", "단위사업", "정책사업")


def _totals(lines: list[BudgetLine], step: int) -> list[tuple[BudgetLine, list[BudgetLine], str, str | None]]:
    """Each total a table prints, the innermost first, with the lines it sums, its name in a finding and what its
    lines are (None: the table's parts): each `소 계` row (`subtotal_parts`; `소계`), in a table of levels each
    group's line (of the lines in it: `세부사업`, or `단위사업` where they are groups in turn), and the 계 (of the
    outermost groups' lines and the lines of a group printed without a line of its own)."""
    subtotals = subtotal_parts(lines, step)
    children: dict[str, list[BudgetLine]] = {}
    for line in lines:
        if line.parent is not None:
            children.setdefault(line.parent, []).append(line)

    def is_group(line: BudgetLine) -> bool:
        """A group's line, not a line in a group of its own name (`기본경비 | 기본경비`)."""
        return line.name in children and line.parent != line.name

    def level_of(parts: list[BudgetLine]) -> str:
        """What a group's lines are, by how many levels lie under them: 세부사업 where none does, 단위사업 where
        they are groups of lines in turn (a 정책사업's); a level more where the lowest lines are 편성목, printed by
        their code (`201-01 사무관리비`: a 세부사업's lines are 편성목, a 단위사업's 세부사업)."""
        below, height = parts, 0
        while height < len(_PARTS_BY_HEIGHT) and (
                inner := [part for line in below if is_group(line) for part in children[line.name]]):
            below, height = inner, height + 1
        coded = any(budget_code(line.name) for line in below)
        words = ("편성목", *_PARTS_BY_HEIGHT) if coded else _PARTS_BY_HEIGHT
        return words[min(height, len(words) - 1)]

    totals = [(line, subtotals[id(line)], "소계", None) for line in lines if id(line) in subtotals]
    for group in reversed([line for line in lines if is_group(line)]):
        parts = children[group.name]
        if len(parts) == 1 and parts[0].funding_source:
            continue  # one source alone (`- 국비`): what of the line that source pays, no breakdown of it
        totals.append((group, parts, group.name, level_of(parts)))
    total = _table_total(lines, subtotals)
    if total is not None:
        # a line in a group with a line of its own is none of the 계's; a line named as its group is no line of the
        # group's own, but one of its parts (`행정운영경비 | 기본경비 | 기본경비`, a 세부사업 named as its 단위사업,
        # which prints no line; `저소득층 생활안정 | 저소득층 생활안정` over `| 긴급복지 지원`, a 단위사업 named as
        # its 정책사업): it and the group's other lines are the 계's
        own = {line.name for line in lines if line.parent != line.name}
        top = [line for line in lines if line.name != "계" and (line.parent is None or line.parent not in own)]
        # a 계 of accounts (`일반회계`, `특별회계` over their 단위사업) sums them, whatever is under them
        totals.append((total, top, total.name, "회계" if top and all(is_account(line.name) for line in top) else None))
    return totals


def _either_way(lines: list[BudgetLine], fixed: dict[tuple[int, str], int],
                checks: Callable[[list[BudgetLine]], list[Found]],
                columns: tuple[str, ...] | None = ("예산액", "집행액")) -> list[Found]:
    """`checks`' findings of the lines (a rate, 잔액 or funding against the 예산액 and 집행액 beside it) that are
    findings too with each total's figures in `columns` (None: in every column, a cost row's total and shares)
    found wrong (`fixed`) as its lines make them: a rate or 잔액
    right by either is no finding, so that a wrong 계 is one (`계 | 6,430,000 | 2,568,000 | 3,852,000 | 40.0` where
    the lines make 6,420,000: before, its 잔액 and 집행률 too, expected of the printed 6,430,000). Only the totals'
    own findings are so asked: another line's stand as found, since a check deciding by most lines (`_funding`
    where half of them add up) may take the summed totals' cells as wrong and find none of the table's."""
    found = checks(lines)
    wrong = [(k, column) for k, column in fixed if columns is None or column in columns]
    totals = [line for line in lines if any(k == id(line) for k, _ in wrong)]
    rows = {(total.name, total.source.line, total.source.page) for total in totals}
    if not any((f.row, f.source.line, f.source.page) in rows for f in found):
        return found  # no total's finding to ask again: most tables, and most of the one-cell search's rechecks
    as_summed = {id(total): total for total in totals}
    for k, column in wrong:
        as_summed[k] = _with_figure(as_summed[k], column, fixed[k, column])
    found_so = {finding_key(f) for f in checks([as_summed.get(id(line), line) for line in lines])}
    return [f for f in found if (f.row, f.source.line, f.source.page) not in rows or finding_key(f) in found_so]


def _table_total(lines: list[BudgetLine], subtotals: dict[int, list[BudgetLine]]) -> BudgetLine | None:
    """The table's 계: of no group, and no 소계 (`subtotal_parts`)."""
    return next((line for line in lines if line.name == "계" and line.parent is None and id(line) not in subtotals),
                None)


def _total(total: BudgetLine, parts: list[BudgetLine], rule: Rule, table: str, parts_name: str,
           step: int, right: dict[tuple[int, str], int], fixed: dict[tuple[int, str], int],
           row: str | None = None) -> list[Found]:
    """The figures of a total (`row`: its name in a finding, where not its line's) against its parts' sums (a
    change counted at its right figure, `right`: by the line's id and column): one that is neither that sum nor
    the sum of the groups' right figures (`fixed`, of the groups found wrong) is found expected the latter, which
    `fixed` then holds for it."""
    row = row or total.name
    if not parts:
        return []
    # (column, printed, the parts' printed values, the word the finding adds to the column, whether it is money)
    columns = [(column, getattr(total, field), [getattr(line, field) for line in parts], "이", True)
               for column, field in (("예산액", "budget_krw"), ("집행액", "executed_krw"), ("잔액", "remaining_krw"))]
    if total.other_columns:  # 전년도 예산액, 증감 …: not rates; money in the table's unit, decimals too (`3,900.00`)
        multiplier = unit_multiplier(total.unit) or 1
        for column in total.other_columns:
            if _is_figure(column):
                is_money = _COUNT_COLUMN_RE.search(compact(column)) is None
                values = [right.get((id(line), column), _other_figure(line, column, multiplier, is_money))
                          for line in parts]
                printed = right.get((id(total), column), _other_figure(total, column, multiplier, is_money))
                columns.append((column, printed, values, " 값이", is_money))
    findings = []
    for column, printed, values, subject, is_money in columns:
        if printed is None or None in values or printed == (printed_sum := sum(values)):
            continue  # most totals: the groups' right figures need not be summed
        right_sum = (sum(fixed.get((id(line), column), value) for line, value in zip(parts, values, strict=True))
                     if fixed else printed_sum)
        # each figure rounded to the unit: the sum may be off by half a unit a figure
        if any(printed == whole or is_money and 2 * abs(printed - whole) <= (len(values) + 1) * step
               for whole in (printed_sum, right_sum)):
            continue
        fixed[id(total), column] = right_sum
        expected, printed_text = ((line_money(right_sum, total), line_money(printed, total)) if is_money
                                  else (shown(right_sum), shown(printed)))
        findings.append(rule.finding(
            table=table, row=row, column=column, expected=expected, actual=printed_text, source=total.source,
            message=f"{row}의 {column}{subject} {parts_name}별 합계와 다릅니다 "
                    f"(표기 {printed_text}, 합계 {expected})"))
    return findings


def _is_figure(column: str) -> bool:
    """Whether a line's other column prints a figure that adds up: no rate (`증감률(%)`) nor share (`구성비`, which
    printed without its `%` was summed as money: `99.9천원` of shares of 33.3 found against the 계's 100)."""
    return not any(c in column for c in "률율%") and not is_share(column)


def _change_columns(lines: list[BudgetLine]) -> tuple[list[str], list[str]]:
    """The changes (`증감`) a table's lines print beside their 예산액, and the other money columns (`전년도 예산액`,
    `2026년 예산(안)`, `본예산`) a change may compare it with: no rate, no count. In a table printing no `증감`, a
    supplementary budget's column (`본예산 | 제1회 추경 | 최종예산`) may be what it added, a change too (`_changes`
    compares it only where most lines print it so, not where it is the budget after it, `추경예산`). Worked out once
    a table: reading its brackets keeps its columns."""
    printed = next((line.other_columns for line in lines if line.other_columns), {})
    figures = [column for column in printed if _is_figure(column) and _COUNT_COLUMN_RE.search(compact(column)) is None]
    changes = [column for column in figures if "증감" in compact(column)]
    if not changes:
        changes = [column for column in figures if "추경" in compact(column)]
    return changes, [column for column in figures if column not in changes]


def _bracketed_changes(lines: list[BudgetLine], step: int, columns: tuple[list[str], list[str]]) -> list[BudgetLine]:
    """The lines with each change printed alone in brackets (`(25,000)`) read as the negative accounting prints so
    (`△25,000`) where the 예산액 less another budget column of its line (or that column less the 예산액: the
    pairing most brackets agree with) is that negative (`전년도 예산액 100,000 | 예산액 75,000 | (25,000)`), or
    where two of the column's brackets so agree and more than do not (`bracketed_agree`), or where one of two does
    and the other's line fell by a figure of its order (a misprint's): a wrong one is then `_changes`' or `_total`'s
    finding; a bracket the arithmetic does not make one stays as printed, no figure. `columns`: `_change_columns`'."""
    changes, others = columns
    read = lines
    for change in changes:
        bracketed = [(line, figure * (unit_multiplier(line.unit) or 1)) for line in read
                     if (figure := bracketed_figure((line.other_columns or {}).get(change, ""))) is not None]
        if not bracketed:
            continue
        agreeing: list[BudgetLine] = []
        differences: dict[int, int] = {}  # the lines' differences in the pairing most brackets agree with, by id
        for other, sign in ((other, sign) for other in others for sign in (1, -1)):
            paired = {id(line): sign * (line.budget_krw - compared) for line, _ in bracketed
                      if line.budget_krw is not None
                      and (compared := _figure(line, other, unit_multiplier(line.unit) or 1)) is not None}
            agree = [line for line, figure in bracketed
                     if id(line) in paired and abs(paired[id(line)] + figure) <= step]
            if len(agree) > len(agreeing):
                agreeing, differences = agree, paired
        # lines whose budget fell, their brackets of the fall's order (a misprint's, not `(20)` by −300,000: a count)
        fell = [line for line, figure in bracketed if (fall := -differences.get(id(line), 0)) > step
                and fall <= 10 * figure and figure <= 10 * fall]
        every = bracketed_agree(len(agreeing), len(bracketed)) or (len(bracketed) == 2 and len(agreeing) == 1
                                                                    and len(fell) == 2)
        negatives = {id(line) for line in ([line for line, _ in bracketed] if every else agreeing)}
        read = [line.model_copy(update={"other_columns": {**line.other_columns, change: as_negative(
            line.other_columns[change])}}) if id(line) in negatives else line for line in read]
    return read


def _changes(lines: list[BudgetLine], rule: Rule, table: str, step: int,
             columns: tuple[list[str], list[str]]) -> tuple[list[Found], dict[tuple[int, str], int]]:
    """Each line's change (`증감`, no rate) against the difference of the 예산액 and another budget column the
    table prints (`전년도 예산액`, `2026년 예산(안)`, `본예산`), either way round: the column and way most lines
    agree with, at least two and more than half of those printing all three figures (a change may compare
    something else). The findings on the lines that do not, and their right figures by line id and column.
    `columns`: `_change_columns`'."""
    changes, others = columns
    findings, right = [], {}
    for change in changes:
        best: list[tuple[BudgetLine, int, int]] = []  # (line, printed change, the difference) of the best pairing
        wrong: list[tuple[BudgetLine, int, int]] = []
        compared = ""
        for other in others:
            for sign in (1, -1):
                rows = []
                for line in lines:
                    multiplier = unit_multiplier(line.unit) or 1
                    shown_change, figure = _figure(line, change, multiplier), _figure(line, other, multiplier)
                    if None not in (shown_change, figure, line.budget_krw):
                        rows.append((line, shown_change, sign * (line.budget_krw - figure)))
                agree = [row for row in rows if abs(row[1] - row[2]) <= step]
                if len(agree) >= 2 and 2 * len(agree) > len(rows) and len(agree) > len(best):
                    best, wrong = agree, [row for row in rows if row not in agree]
                    compared = f"예산액 − {other}" if sign == 1 else f"{other} − 예산액"
        for line, shown_change, difference in wrong:
            if line.name == "계" and line.parent is None:
                continue  # the sum of the lines' changes finds it (`_total`), as it finds any 계's figure
            right[id(line), change] = difference
            expected, actual = line_money(difference, line), line_money(shown_change, line)
            findings.append(rule.finding(
                table=table, row=line.name, column=change, expected=expected, actual=actual, source=line.source,
                message=f"{line.name}의 {change} 값이 {compared}과 다릅니다 (표기 {actual}, 계산 {expected})"))
    return findings, right


def _change_rates(lines: list[BudgetLine], table: str, step: int,
                  columns: tuple[list[str], list[str]]) -> list[Found]:
    """Each line's change rate (`증감률(%)`) against its change over the earlier of the two budgets it compares
    (`2026년 예산(안) | 2025년 예산 | 증감 | 증감률(%)`: the 증감 ÷ the 2025's × 100), as `rate.table` checks a
    generic table's: the earlier is the one of the pairing most lines' rates agree with (two at least and more than
    half of those printing the figures), and a rate is compared at its printed precision (`rate_agrees`, of figures
    rounded to `step` won). A line printing no rate (`-`), or a base of 0 or `-`, is not compared, nor one whose
    증감 is not its budgets' difference: `sum.budget` finds that, and its rate is that finding's. `columns`:
    `_change_columns`'."""
    printed = next((line.other_columns for line in lines if line.other_columns), {})
    changes, others = columns
    labels = list(printed)
    findings = []
    for column in (label for label in labels if _CHANGE_RATE_RE.search(compact(label))):
        # the change printed before the rate (`증감`), which a line's difference is compared with
        change = next((label for label in reversed(labels[:labels.index(column)]) if label in changes), None)
        rates = {id(line): rate for line in lines
                 if (rate := printed_rate((line.other_columns or {}).get(column, ""))) is not None}
        best: list[tuple[BudgetLine, int, int]] = []  # (line, its change, its base) of the pairing most agree with
        agreeing, compared = 1, ("", "")
        for other in others:
            for sign in (1, -1):
                terms = [(line, *figures) for line in lines if id(line) in rates
                         and (figures := _change_and_base(line, other, sign, change, step)) is not None]
                agree = sum(1 for line, part, whole in terms if rate_agrees(part, whole, rates[id(line)], 2 * step))
                if agree > agreeing and 2 * agree > len(terms):
                    best, agreeing = terms, agree
                    compared = ("예산액", other) if sign == 1 else (other, "예산액")  # (the later, the earlier)
        later, earlier = compared
        for line, part, whole in best:
            rate = rates[id(line)]
            if rate_agrees(part, whole, rate, 2 * step):
                continue
            expected = shown(expected_rate(part, whole, rate[1]))
            actual = line.other_columns[column].strip().removesuffix("%").removesuffix("％").rstrip()
            findings.append(CHANGE_RATE.finding(
                table=table, row=line.name, column=column, expected=expected, actual=actual, source=line.source,
                message=f"{line.name}의 {column} 값이 ({later} − {earlier}) ÷ {earlier} × 100과 맞지 않습니다 (표기 "
                        f"{actual}%, 계산 {line_money(part, line)} ÷ {line_money(whole, line)} × 100 = {expected}%)"))
    return findings


# a change rate's label (`증감률(%)`, `증감율`, `증감(%)`, compacted), not a change in points (`증감(%p)`)
_CHANGE_RATE_RE = patterns.compile(rf"증감.*(?:{RATE_LABEL})(?![%％]?[pP])")


def _change_and_base(line: BudgetLine, other: str, sign: int, change: str | None, step: int) -> tuple[int, int] | None:
    """A line's change and the budget it is a change from: its 예산액 less the `other` budget it compares and that
    (`sign` 1), or the other less the 예산액 and the 예산액 (−1); None where it prints no figure of either, a base of 0
    or `-` (or below it), or a change (`change`) that is not the difference (`_changes` finds it)."""
    multiplier = unit_multiplier(line.unit) or 1
    figure = _figure(line, other, multiplier)
    if figure is None or line.budget_krw is None:
        return None
    difference, base = sign * (line.budget_krw - figure), figure if sign == 1 else line.budget_krw
    printed = _figure(line, change, multiplier) if change else None
    if base <= 0 or printed is not None and abs(printed - difference) > step:
        return None
    return difference, base


def _shares(lines: list[BudgetLine], table: str, step: int, columns: tuple[list[str], list[str]]) -> list[Found]:
    """Each share column (`구성비`, `비중`) against each line's part of the 계's × 100, of the money column most
    lines' shares print (`of_most_rows`: the 예산액 first, then the 집행액, `전년도 예산액` …), at the printed precision
    of figures rounded to `step` won (`rate_agrees`), as `share.table` compares another table's; a line in a group
    (a 세부사업 under its 단위사업's line, a line its 소계 sums) may be a part of its group's instead, and where more
    such lines are, a wrong one's is the share of its group it should be. The 계's own share is 100. Most budgets
    print no share: their columns are looked at first. `columns`: `_change_columns`'."""
    printed = next((line.other_columns for line in lines if line.other_columns), {})
    labels = [label for label in printed if is_share(label)]
    if not labels:
        return []
    subtotals = subtotal_parts(lines, step)
    total = _table_total(lines, subtotals)
    if total is None:
        return []
    total_row = next(k for k, line in enumerate(lines) if line is total)
    group_of = {id(part): line for line in lines if line.parent != line.name
                for part in lines if part.parent == line.name} | {
        id(part): line for line in lines for part in subtotals.get(id(line), ())}
    multiplier = unit_multiplier(total.unit) or 1

    def agrees(part: int, whole: int, share: Share) -> bool:
        return rate_agrees(part, whole, share, step)

    findings = []
    for label in labels:
        shares = {k: rate for k, line in enumerate(lines)
                  if (rate := printed_rate((line.other_columns or {}).get(label, ""))) is not None}
        # each money column: the lines' figures in it, each with the 계's and its group's, the wholes it may be of
        by_column = {column: {k: (part, (("계", whole), *_group_whole(group_of.get(id(line)), column, multiplier)))
                              for k, line in enumerate(lines) if k in shares and k != total_row
                              and (part := _figure(line, column, multiplier)) is not None}
                     for column in _named_first(label, ("예산액", "집행액", *columns[1]))
                     if (whole := _figure(total, column, multiplier))}
        found = of_most_rows(shares, by_column.items(), agrees, total_row)
        if found is None:
            continue
        column, kind, wrong = found
        whole = _figure(total, column, multiplier)
        if total_row in shares and not rate_agrees(whole, whole, shares[total_row], step):
            wrong = [total_row, *wrong]
        for line, share in ((lines[k], shares[k]) for k in wrong):  # of its group's where most lines' are theirs
            group = group_of.get(id(line)) if kind == _GROUP else None
            of = group if group is not None and _figure(group, column, multiplier) else total
            findings.append(_share_finding(line, of, subtotals, label, column, share, table))
    return findings


def _named_first(label: str, columns: tuple[str, ...]) -> list[str]:
    """The money columns a share may be of, the one its label names first (`집행액 구성비`: the 집행액's, of a table
    printing a share after each figure), so that where two agree with as many lines it is that one's."""
    return sorted(columns, key=lambda column: not label.startswith(f"{column} "))


def _group_whole(group: BudgetLine | None, column: str, multiplier: int) -> tuple[tuple[str, int], ...]:
    """A group's figure in a column, as the whole a line in it may be a part of; none where it prints none."""
    figure = _figure(group, column, multiplier) if group is not None else None
    return ((_GROUP, figure),) if figure else ()


_GROUP = "묶음"  # the kind of whole (`of_most_rows`) a line's group's figure is


def _share_finding(line: BudgetLine, of: BudgetLine, subtotals: dict[int, list[BudgetLine]], label: str,
                   column: str, share: Share, table: str) -> Found:
    """A line's wrong share of the line `of` (the 계, or its group's) in `column`."""
    multiplier = unit_multiplier(line.unit) or 1
    part, whole = _figure(line, column, multiplier), _figure(of, column, multiplier)
    row, whole_row = ("소계" if id(each) in subtotals else each.name for each in (line, of))
    expected = str(expected_rate(part, whole, share[1]))
    actual = line.other_columns[label].strip().removesuffix("%").removesuffix("％").rstrip()
    return SHARE.finding(
        table=table, row=row, column=label, expected=expected, actual=actual, source=line.source,
        message=f"{row}의 {label} 값이 {column} ÷ {whole_row}의 {column} × 100과 맞지 않습니다 (표기 {actual}%, 계산 "
                f"{line_money(part, line)} ÷ {line_money(whole, of)} × 100 = {expected}%)")


def _funding(lines: list[BudgetLine], table: str) -> list[Found]:
    """Each line's figure against the funding columns that split it (`예산액 | 국비 | 시비 | 구비`; `예 산 액` or
    `재 원 별` over the sources, `집 행 액` over its own), where they do: where at least half the lines add up so
    (funding columns of no group may split another figure, such as the 집행액)."""
    printed = next((line.other_columns for line in lines if line.other_columns), {})
    findings = []
    for group, (column, sources) in _funding_groups(printed).items():
        summed = []  # (line, its figure, the sum of its funding columns) where the line prints all of them
        for line in lines:
            multiplier, cells = unit_multiplier(line.unit) or 1, line.other_columns or {}
            parts = [parse_money_cell(cells.get(label, ""), multiplier) for label in sources]
            whole = _figure(line, column, multiplier)
            if whole is not None and None not in parts:
                summed.append((line, whole, sum(part[0] for part in parts)))
        wrong = [(line, whole, total) for line, whole, total in summed if total != whole]
        if 2 * len(wrong) > len(summed):
            continue
        names = "·".join(label.removeprefix(f"{group} ") for label in sources)
        subject = "이" if column in _FIELDS else " 값이"
        by = "구성" if group == _BUDGET_PARTS else "재원별"
        findings += [FUNDING_SUM.finding(
            table=table, row=line.name, column=column, expected=line_money(total, line),
            actual=line_money(whole, line), source=line.source,
            message=f"{line.name}의 {column}{subject} {by}({names}) 합계와 다릅니다 "
                    f"(표기 {line_money(whole, line)}, 합계 {line_money(total, line)})")
            for line, whole, total in wrong]
    return findings


_FIELDS = {"예산액": "budget_krw", "집행액": "executed_krw"}


# a column that counts things beside the money (`추진건수`, `인원(명)`, `사업량(개소)`): summed exactly, shown bare
_COUNT_COLUMN_RE = patterns.compile(r"(?:수|인원|사업량|개소|[명건회개곳대])(?:\([^()]*\))?$")


def _other_figure(line: BudgetLine, column: str, multiplier: int, is_money: bool) -> int | None:
    """What a line's other column prints: money in the table's unit (`_figure`), or a count (`12`, `△1`, `-` is 0)."""
    if is_money:
        return _figure(line, column, multiplier)
    return parse_count((line.other_columns or {}).get(column, ""))


def _figure(line: BudgetLine, column: str, multiplier: int) -> int | None:
    """A line's 예산액 or 집행액, or the money in another of its columns (`전년도 예산액 계`)."""
    if column in _FIELDS:
        return getattr(line, _FIELDS[column])
    cell = parse_money_cell((line.other_columns or {}).get(column, ""), multiplier)
    return cell[0] if cell else None


def _funding_groups(printed: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """A table's funding columns (of its `other_columns`) by the group label they are printed under, each group
    with the column its sources split: `예산액 국비` is 국비 under `예산액`; a source's column of no group (`국비`,
    `시 특조금`) is under ``."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for label in printed:
        group, _, word = label.rpartition(" ")
        column = _split_by(group, printed) if group and starts_with_funding(compact(word)) else None
        if column is None:
            if not starts_with_funding(compact(label)):
                continue
            group, column = "", "예산액"
        groups.setdefault(group, (column, []))[1].append(label)
    parts = {label: part["year"] for label in printed if (part := _BUDGET_PART_RE.match(compact(label)))}
    if len(parts) >= 2 and any(parts.values()):
        groups[_BUDGET_PARTS] = ("예산액", list(parts))
    return groups


# the parts of the budget as it stands printed beside it (`예산현액 | 본예산 | 이월액 | 예비비`, `예산액(A) |
# 이월액(B) | 계(A+B)`): the year's budget with last year's carry-over or the reserve fund drawn on, checked as
# its funding is; group `year` the year's budget, its formula mark or not
_BUDGET_PARTS = "예산 구성"
_BUDGET_PART_RE = patterns.compile(
    r"(?:(?P<year>본예산|당초예산|예산액)|(?:전년도)?(?:명시|사고)?이월(?:액|예산)?|예비비(?:사용액)?)(?:\([A-Z]\))?$")


def _split_by(group: str, printed: dict[str, str]) -> str | None:
    """The column a group of funding columns splits: the group's own 계 where it prints one (`전년도 예산액 계`,
    `전년도 예산액 계(A)`: its formula mark or not), else the 집행액 or the 예산액 the group names (`집 행 액`;
    `예 산 액`, `재 원 별`); None for a group that names none (a 잔액's sources are left unchecked, as a 잔액 is
    checked against 예산액 − 집행액)."""
    own = next((label for label in printed if label.startswith(f"{group} ") and is_total(label[len(group) + 1:])),
               None)
    if own is not None:
        return own
    words = compact(group)
    if "잔액" in words or "미집행" in words:
        return None
    if "집행" in words or "지출" in words:
        return "집행액"
    return "예산액" if "예산" in words or "재원" in words else None


def _unit(lines: list[BudgetLine], table: str) -> list[Found]:
    """Once a table: figures without a money unit are stored as won, which is a thousand times off if the
    unit was 천원 and went unprinted or unread."""
    first = next((line for line in lines if line.budget_krw is not None or line.executed_krw is not None), None)
    if first is None or unit_multiplier(first.unit):
        return []
    printed = f"'{first.unit}'" if first.unit else "없음"
    return [UNIT.finding(
        table=table, row=first.name, column="단위", expected="천원, 백만원 …", actual=first.unit or "-",
        source=first.source, message=f"금액 단위를 알 수 없어(단위 {printed}) 금액을 원으로 보았습니다")]


def _rates_and_remainders(lines: list[BudgetLine], table: str, step: int) -> list[Found]:
    """Each line's wrong 집행률 (`_rate`) and wrong 잔액 (`_remaining`), line by line."""
    agreeing, cut_off = printed_rates_agree(lines, step)
    return [f for line, agrees in zip(lines, agreeing, strict=True)
            for f in _rate(line, table, agrees, cut_off) + _remaining(line, table)]


def _rate(line: BudgetLine, table: str, agrees: bool | None, cut_off: bool) -> list[Found]:
    """A line's 집행률 that is not its 집행액 ÷ 예산액 (`agrees`, `printed_rates_agree`), rounded, or cut off where
    its table cuts its rates off."""
    if agrees is not False:  # no rate to compare, or a right one
        return []
    expected = str(expected_rate(line.executed_krw, line.budget_krw, parse_decimal(line.rate_text)[1], cut_off))
    shown = line.rate_text.removesuffix("%").rstrip()  # as `expected` is written: `37.1` of a cell printing `37.1%`
    return [RATE.finding(
        table=table, row=line.name, column="집행률(%)", expected=expected, actual=shown, source=line.source,
        message=f"{line.name}의 집행률이 집행액 ÷ 예산액과 맞지 않습니다 (표기 {shown}%, 계산 "
                f"{line_money(line.executed_krw, line)} ÷ {line_money(line.budget_krw, line)} = {expected}%)")]


def _remaining_wrong(line: BudgetLine) -> bool:
    """Whether a line prints a 잔액 that is not its 예산액 − 집행액 (`_remaining`'s finding)."""
    return (line.remaining_krw is not None and line.budget_krw is not None and line.executed_krw is not None
            and line.remaining_krw != line.budget_krw - line.executed_krw)


def _remaining(line: BudgetLine, table: str) -> list[Found]:
    if not _remaining_wrong(line):
        return []
    expected = line.budget_krw - line.executed_krw
    return [REMAINING.finding(
        table=table, row=line.name, column="잔액", expected=line_money(expected, line),
        actual=line_money(line.remaining_krw, line), source=line.source,
        message=f"{line.name}의 잔액이 예산액 − 집행액과 다릅니다 (표기 {line_money(line.remaining_krw, line)}, 계산 "
                f"{line_money(line.budget_krw, line)} − {line_money(line.executed_krw, line)} = "
                f"{line_money(expected, line)})")]
