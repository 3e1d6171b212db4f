"""사업: a project's total cost printed with its years' shares (`총사업비: 1,200,000천원 (기투자 400,000, 2026년
300,000, 향후 500,000)`) is their sum where they cover it (a share of what is left printed: `향후`, `2027년 이후`; or
a share of each year of the period its overview states, `사업기간: 2024. 3. ~ 2026. 12.`), and
never less than it: shares may leave years out only where none says it is what is left. So is each row's of a cost
table by sources (`구 분 | 총사업비 | 기투자 | 2026년 | 향후` over `계 | 국비 | 시비 | 구비`), read as budget lines
whose other columns print the total and the other shares (checked with the table's sums, `checks.budget`, so that
one wrong cell is one finding); and each row's of such a table kept as a grid (a
project's cost table printing neither the report's year nor the next, `기투자 | 2027년 | 향후` in a 2025 report, or by
the cost's parts, `설계 | 공사 | 감리`, rows the budget's lines are not), its 계 row checked by `sum.table`, which
finds these rows' findings beside its sums (`cost_grid_rows`), so that one wrong cell is one finding there too."""

from __future__ import annotations

from checks.base import Found, Rule, money
from checks.budget import COST_TABLE, against_shares
from extractors.budget import cost_columns, cost_share
from extractors.context import column_labels
from extractors.labels import COST_TOTALS
from extractors.projects import cost_shares, overview_years
from pipeline import patterns
from pipeline.values import compact, money_unit, parse_money_cell, printed_decimals, unit_multiplier
from schemas import BudgetLine, GenericTable, Project, ProjectItem, Report, Source

COST = Rule("sum.project_cost", "error",
            "총사업비는 함께 적은 연도별 금액(기투자·연도별·향후)의 합 (향후·이후 금액까지 적은 경우; 합이 "
            "총사업비보다 크면 언제나)")
RULES = (COST, COST_TABLE)
_LABEL_RE = patterns.compile(r"\s*([^:：\d]*?)\s*[:：]?\s*\d")


def check(report: Report) -> list[Found]:
    return [finding for project in report.projects for finding in _costs(project, project.items)]


def _costs(project: Project, items: list[ProjectItem]) -> list[Found]:
    """The findings of the items and those under them: a stack, not recursion, as items may nest deeper than Python's
    recursion limit (the findings are sorted by where they are printed)."""
    findings = []
    pending, years = list(items), overview_years(project.items)
    while pending:
        item = pending.pop()
        pending += item.children
        if item.amount_krw is None or (
                printed := cost_shares(item.text, years, [child.text for child in item.children])) is None:
            continue
        unit, shares, covered = printed
        # `총사업비`, of `총사업비: …` or `총사업비 …`
        label = (labelled.group(1) if (labelled := _LABEL_RE.match(item.text)) else "") or "총사업비"
        table = f"{project.section} {project.seq}. {project.title or ''}".strip()
        finding = against_shares(COST, table, label, None, item.amount_krw, sum(shares), covered, unit, item.source,
                                 label)
        if finding and against_shares(COST, table, label, None, item.amount_krw,
                                      sum(shares) + _shares_by_their_sources(project, item), covered, unit,
                                      item.source, label) is not None:
            findings.append(_years_sum(finding, table, label, item.amount_krw, sum(shares), unit, item.source)
                            if _sources_make(project, item) else finding)
    return findings


YEARS_SUM = "연도별 합계"  # the row of a finding on a total's years' shares, which its sources make otherwise


def _years_sum(finding: Found, table: str, label: str, total: int, added: int, unit: str | None,
               source: Source) -> Found:
    """A total cost's finding against its years' shares where its sources make it as printed (`총사업비:
    3,600,000천원(국비 1,800,000, 구비 1,800,000) / 2025년 1,000,000, 2026년 2,500,000`): the shares are what is
    wrong, so the finding names their sum (row `연도별 합계`), expected the total, printed the sum (before, the
    total, expected the shares' sum, which its sources say is right)."""
    expected, actual = money(total, unit), money(added, unit)
    return COST.finding(table=table, row=YEARS_SUM, column=None, expected=expected, actual=actual, source=source,
                        message=f"연도별 금액의 합 {actual}이 {label} {expected}과 다릅니다 "
                                f"({label} 값은 재원별 금액의 합과 같습니다)")


def _sources_make(project: Project, item: ProjectItem) -> bool:
    """Whether a total cost's sources (`total_cost_lines`, of its line) add up to it as printed."""
    by_sources = _by_sources(project, item)
    if by_sources is None or item.amount_krw is None:
        return False
    total, sources, multiplier = by_sources
    return _summed(sources, next(iter(total.other_columns or {}), ""), multiplier) == item.amount_krw


def _shares_by_their_sources(project: Project, item: ProjectItem) -> int:
    """How much more (or less) a total cost's years' shares printed by their sources (`- 2024년: 1,300,000천원(국비
    600,000, 시비 300,000, 구비 300,000)`, the year's column of its table by sources, `total_cost_lines`) add up to
    as their sources sum them than as printed: where that clears the total against its shares, the wrong figure is
    the year's share, which its sources' `sum.project_budget` finds on its cell (`계 2024년`, expected 1,200,000), and
    the total is not found too (before, also `sum.project_cost`, expected 3,700,000 of a right 3,600,000)."""
    by_sources = _by_sources(project, item)
    if by_sources is None:
        return 0
    total, sources, multiplier = by_sources
    moved = 0
    for label, printed in (total.other_columns or {}).items():
        summed, share = _summed(sources, label, multiplier), parse_money_cell(printed, multiplier)
        if cost_share(label) and share is not None and summed is not None:
            moved += summed - share[0]
    return moved


def _by_sources(project: Project, item: ProjectItem) -> tuple[BudgetLine, list[BudgetLine], int] | None:
    """A total cost's table by sources (`total_cost_lines`) of its item's line: its 계, its sources and the won of
    its unit; None where it prints none."""
    total = next((line for line in project.total_cost_lines if line.name == "계" and line.source == item.source),
                 None)
    if total is None:
        return None
    sources = [line for line in project.total_cost_lines if line.table_no == total.table_no and line.name != "계"]
    return total, sources, unit_multiplier(total.unit) or 1


def _summed(sources: list[BudgetLine], label: str, multiplier: int) -> int | None:
    """The sources' figures of a column (`총사업비`, `2024년`) summed, in won; None where one prints none."""
    figures = [parse_money_cell((line.other_columns or {}).get(label) or "", multiplier) for line in sources]
    return sum(figure[0] for figure in figures) if sources and None not in figures else None


def cost_grid_rows(table: GenericTable) -> list[tuple[tuple[int, int], Found]]:
    """Each row of a project's cost table kept as a grid (`총사업비 | 기투자 | 2027년 | 향후` over `계 | 국비 | 구비` or
    `설계 | 공사 | 감리`) against its shares, in the table's unit, with the cell (table row, column) of the total it
    finds wrong: `checks.tables` asks them with the grid's sums, one wrong cell one finding (a 기투자 of 국비 that the
    계 makes otherwise: that cell, not also the 계's 기투자 and 국비's 총사업비). A row printing a cell that is no
    money (a blank, a note) is left alone; another table has none."""
    if table.project_seq is None:
        return []
    labels = column_labels(tuple(map(tuple, table.rows[:table.header_rows])))
    shares = cost_columns(labels[1:])
    if shares is None:
        return []
    unit = money_unit(table.unit) if table.unit else None
    multiplier = unit_multiplier(unit) or 1
    total_col = next(col for col, label in enumerate(shares, 1) if label in COST_TOTALS)
    share_cols = [col for col in range(1, len(labels)) if col != total_col]
    covered = any(cost_share(labels[col]) == "rest" for col in share_cols)
    findings = []
    for index, row in enumerate(table.rows[table.header_rows:], table.header_rows):
        figures = [parse_money_cell(row[col], multiplier) if col < len(row) else None
                   for col in (total_col, *share_cols)]
        if None in figures:
            continue
        total, *parts = (amount for amount, _ in figures)
        name, label = row[0] or f"{index + 1}행", compact(labels[total_col])
        decimals = max(printed_decimals(row[col]) for col in (total_col, *share_cols))
        if finding := against_shares(COST_TABLE, table.caption or "표", name, label, total, sum(parts), covered,
                                      unit, table.row_source(index), f"{name} 행의 {label}", decimals):
            findings.append(((index, total_col), finding))
    return findings
