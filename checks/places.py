"""Where two places of one report print one figure: a 단위사업's 집행액 and that of the project of its 예산액, and a
project's budget table and the budget its text states. `checks.cross` warns where they disagree; a budget table's
one-cell search (`checks.budget`) takes the other place's figure as a second witness of what a cell should be. Both
read the same `disagreeing`, found once a report (`run_checks`)."""

from __future__ import annotations

from typing import NamedTuple

from extractors.projects import named_units
from pipeline.values import compact, precision
from schemas import BudgetLine, Project, Report

# a budget line's cell: its source's line and page, its name and its column (`예산액`, `집행액`)
Cell = tuple[int | None, int | None, str, str]
# a figure a project's text states that its table prints otherwise: the text's line, the table's, the column, its field
StatedFigure = tuple[BudgetLine, BudgetLine, str, str]


def cell(line: BudgetLine, column: str) -> Cell:
    return line.source.line, line.source.page, line.name, column


class Disagreeing(NamedTuple):
    """A project's whole budget of a year (`total`, of `project_totals`) and the places of the report printing it
    otherwise: the 단위사업 lines of its 예산액 but another 집행액 (`executed_disagreeing`) and the figures its text
    states that its table prints otherwise (`stated_disagreeing`)."""
    project: Project
    total: BudgetLine
    executed: list[BudgetLine]
    stated: list[StatedFigure]


def disagreeing(report: Report) -> list[Disagreeing]:
    """Each project's whole budget of each year, with the places disagreeing with it, in the order printed."""
    units = [line for line in report.budget if line.name != "계"]
    return [Disagreeing(project, total, executed_disagreeing(project, total, units),
                        stated_disagreeing(project, total))
            for project in report.projects for total in project_totals(project)]


def printed_elsewhere(disagreeing: list[Disagreeing]) -> dict[Cell, tuple[int, str]]:
    """By a budget line's cell: the figure (in won) another place of the report prints for it, where the two
    disagree (`disagreeing`), with that place in words: a 단위사업's 집행액 its project's and the project's its
    단위사업's, a project's budget line's figure its text's. A cell two places print different figures for has
    none."""
    found: dict[Cell, set[tuple[int, str]]] = {}
    for project, total, executed, stated in disagreeing:
        for unit in executed:
            project_figure = (total.executed_krw, f"사업 {name(project)}의 집행액")
            found.setdefault(cell(unit, "집행액"), set()).add(project_figure)
            unit_figure = (unit.executed_krw, f"단위사업 '{unit.name}'의 집행액")
            found.setdefault(cell(total, "집행액"), set()).add(unit_figure)
        for in_text, in_table, column, field in stated:
            found.setdefault(cell(in_table, column), set()).add((getattr(in_text, field), f"본문의 {column}"))
    return {at: next(iter(figures)) for at, figures in found.items() if len(figures) == 1}


def executed_disagreeing(project: Project, total: BudgetLine, units: list[BudgetLine]) -> list[BudgetLine]:
    """The 단위사업 (or 세부사업) lines of the same 예산액 as a project's whole budget of a year (`total`) whose 집행액
    is not the project's: of those it names and the 세부사업 in them (`_compared`); a line or project printing no
    집행액 (a plan's budget) contradicts none."""
    if total.budget_krw is None or total.executed_krw is None:
        return []
    named = [unit for unit in named_units(project, units) if unit.budget_year == total.budget_year]
    return [unit for unit in _compared(named, units)
            if unit.budget_krw is not None and unit.executed_krw is not None
            and agree(unit, total, "budget_krw") and not agree(unit, total, "executed_krw")]


def stated_disagreeing(project: Project, total: BudgetLine) -> list[StatedFigure]:
    """Each figure the project's text states (`예산: 1,560,000천원(…)` in its 사업개요) for the year its budget table
    is of (a plan's `2026년 예산(안) : …` against a table of `2026년 예산(안)`, not of the report's year) that its
    table prints otherwise, as (the text's line, the table's, the column, its field): the whole budget against the
    table's total, and each source it states an amount of (`(국비 550,000, 시비 350,000)`) against the table's line of
    that source, where the table prints one (not a 세부내역 line funded from it; other funding, `자부담`, by its
    name, as both name its line); the 집행액 where both are as of the same day (neither printing one: the
    report's). A project whose only budget is its text's agrees with itself. The text's budgets are those extraction
    read (`stated_budget_lines`), not read again."""
    lines = [line for line in project.stated_budget_lines if line.budget_year == total.budget_year]
    stated = whole_budget(lines)
    if stated is None:
        return []
    printed = {line.name: line for line in project.budget_lines
               if line.funding_source in (line.name, None) and line.table_no == total.table_no}
    pairs = [(stated, total)] + [(line, printed[line.name]) for line in lines
                                 if line is not stated and line.name in printed]
    return [(in_text, in_table, column, field) for in_text, in_table in pairs
            for column, field in (("예산액", "budget_krw"), ("집행액", "executed_krw"))
            if getattr(in_text, field) is not None and getattr(in_table, field) is not None
            and not agree(in_text, in_table, field)
            and (field != "executed_krw" or in_text.as_of == in_table.as_of)]


def agree(a: BudgetLine, b: BudgetLine, field: str) -> bool:
    """The two lines' figures (`budget_krw`, `executed_krw`) are the same to the precision of the coarser, which
    is a rounding of the finer; a figure printed and one not are not the same."""
    x, y = getattr(a, field), getattr(b, field)
    if x is None or y is None:
        return x == y
    return 2 * abs(x - y) <= max(precision(x, a.unit), precision(y, b.unit))


def project_totals(project: Project) -> list[BudgetLine]:
    """A project's whole budget of each year its lines are of (the report's, a plan's): that year's 계 line, or
    its only line."""
    years = dict.fromkeys(line.budget_year for line in project.budget_lines)
    totals = (whole_budget([line for line in project.budget_lines if line.budget_year == year]) for year in years)
    return [total for total in totals if total is not None]


def whole_budget(lines: list[BudgetLine]) -> BudgetLine | None:
    """The 계 of a budget's lines, or its only line."""
    return next((line for line in lines if line.name == "계"), lines[0] if len(lines) == 1 else None)


def _compared(named: list[BudgetLine], units: list[BudgetLine]) -> list[BudgetLine]:
    """The lines a project's 집행액 is compared with where their 예산액 is the project's: the 단위사업 it names
    and the 세부사업 in it (a project is often one of them), not another that happens to have its 예산액; where it
    names none, or none the report prints, every line."""
    if not named:
        return units
    names = {compact(unit.name) for unit in named}
    return [unit for unit in units if compact(unit.name) in names or compact(unit.parent or "") in names]


def name(project: Project) -> str:
    """How a message names a project: its title, or, untitled, its number (`②`)."""
    if project.title is not None:
        return f"'{project.title}'"
    return _CIRCLED[project.seq - 1] if project.seq <= len(_CIRCLED) else f"{project.seq}번"


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
