"""Budget tables in won: the department's 단위사업 table and each project's own 예산현황 lines."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from extractors.context import Collected, TableContext, header_rows, is_total, source_at
from pipeline.document import Table
from pipeline.values import clean_text, compact, parse_date, parse_decimal, parse_money_cell, unit_multiplier
from schemas import BudgetLine

_AS_OF_RE = regex.compile(r"\(?\s*((?:\d{4}\s*\.\s*)?\d{1,2}\s*\.\s*\d{1,2}\s*\.?)\s*기\s*준\s*\)?")
FUNDING = ("국비", "시비", "구비", "도비", "군비", "특별교부금", "기금", "자체")


@functools.lru_cache(maxsize=1024)
def _role(label: str) -> str | None:
    text = compact(label)
    if "집행률" in text or text.endswith("%)") or "%" in text:
        return "rate"
    if "잔액" in text or "미집행" in text:  # 집행잔액, 미집행액: what is left, not what was spent
        return "remaining"
    if "예산" in text or "예산액" in text:
        return "budget"
    if "집행" in text or "지출" in text:
        return "executed"
    if "사업" in text or "구분" in text or "명칭" in text:
        return "name"
    return None


def _roles(table: Table, n_header: int) -> list[str | None]:
    roles = [None] * table.width
    for row in table.rows[:n_header]:
        for col, cell in enumerate(row):
            role = _role(cell)
            if role and roles[col] is None:
                roles[col] = role
    return roles


def matches_unit_budget(table: Table, ctx: TableContext) -> bool:
    """The department's 단위사업 table: a name column beside 예산액 and 집행액."""
    if ctx.project is not None:
        return False
    roles = _roles(table, max(header_rows(table), 1))
    return {"name", "budget", "executed"} <= set(roles)


def matches_project_budget(table: Table, ctx: TableContext) -> bool:
    if ctx.project is None:
        return False
    roles = _roles(table, max(header_rows(table), 1))
    labels = {compact(row[0]) for row in table.rows}
    return {"budget", "executed"} <= set(roles) or "예산액" in labels


def as_of(table: Table, ctx: TableContext) -> dt.date | None:
    """`(5.31.기준)` in the header or the caption, the year taken from the report."""
    for text in [*table.rows[0], ctx.caption or ""]:
        match = _AS_OF_RE.search(text) if "기" in text else None
        if match:
            return parse_date(match.group(1), ctx.year)
    return None


def budget_lines(table: Table, ctx: TableContext) -> list[BudgetLine]:
    n_header = max(header_rows(table), 1)
    multiplier = unit_multiplier(table.unit) or 1
    date = as_of(table, ctx)
    first_labels = [compact(row[0]) for row in table.rows[n_header:]]
    if any(label in ("예산액", "예산") for label in first_labels):
        return _transposed(table, ctx, multiplier, date)
    roles = _roles(table, n_header)
    lines = []
    for offset, row in enumerate(table.rows[n_header:]):
        cells = {role: row[col] for col, role in enumerate(roles) if role}
        name = clean_text(cells.get("name", ""))
        line = _line(name, cells.get("budget"), cells.get("executed"), cells.get("remaining"), cells.get("rate"),
                     multiplier, date, table, n_header + offset)
        if line:
            lines.append(line)
    return lines


def _line(name, budget_cell, executed_cell, remaining_cell, rate_cell, multiplier, date, table,
          row_index) -> BudgetLine | None:
    budget = parse_money_cell(budget_cell or "", multiplier)
    executed = parse_money_cell(executed_cell or "", multiplier)
    remaining = parse_money_cell(remaining_cell or "", multiplier)
    if budget is None and executed is None:
        return None
    source = (budget or executed)[1] or (executed or (None, None))[1]
    if not name or is_total(name):
        name = "계" if is_total(name) or not source else source
    rate = parse_decimal(rate_cell) if rate_cell else None
    funding = source or (compact(name) if compact(name) in FUNDING else None)
    return BudgetLine(
        name=name, budget_krw=budget[0] if budget else None, executed_krw=executed[0] if executed else None,
        remaining_krw=remaining[0] if remaining else None,
        execution_rate=rate[0] if rate else None, rate_text=rate_cell.strip() if rate else None, as_of=date,
        funding_source=funding, unit=table.unit,
        source=source_at(table.line + row_index if table.line else None, table.page))


def _transposed(table: Table, ctx, multiplier, date) -> list[BudgetLine]:
    """Funding sources as columns and 예산액/집행액/잔액/집행률 as rows."""
    header = table.rows[0]
    by_role: dict[str, tuple[str, ...]] = {}
    for row in table.rows[1:]:
        role = _role(row[0])
        if role:
            by_role.setdefault(role, row)
    lines = []
    for col in range(1, table.width):
        name = "계" if is_total(header[col]) else compact(header[col])
        cells = {role: row[col] for role, row in by_role.items()}
        line = _line(name, cells.get("budget"), cells.get("executed"), cells.get("remaining"), cells.get("rate"),
                     multiplier, date, table, 1)
        if line:
            lines.append(line)
    return lines


def extract_unit_budget(table: Table, ctx: TableContext, out: Collected) -> None:
    out.budget.extend(budget_lines(table, ctx))


def extract_project_budget(table: Table, ctx: TableContext, out: Collected) -> None:
    ctx.project.budget_lines.extend(budget_lines(table, ctx))
