"""Consistency checks: a report checks itself, and every place it does is a named rule.

Severity: error for an arithmetic contradiction inside one table, warning where two places of the
report disagree (they may have different as-of dates), info for what is worth knowing but not wrong.
Each kind of table has its module with `RULES` and `check(report)`.
"""

from __future__ import annotations

import functools

from checks import budget, cover, cross, items, places, projects, reading, staffing, tables, vehicles
from checks.base import Found, Rule
from pipeline.values import TEXT_CACHE, amount_precision, parse_amount
from schemas import Finding, Report

CHECK_MODULES = (reading, cover, staffing, vehicles, budget, projects, items, tables, cross)
RULES: tuple[Rule, ...] = tuple(rule for module in CHECK_MODULES for rule in module.RULES)
# the checks that also read where two places of the report print one figure otherwise (`places.disagreeing`)
PLACES_READERS = (budget, cross)


def run_checks(report: Report) -> list[Finding]:
    """The report's findings, in the order it prints them: each check's kept ones made records here, once. Where
    two places disagree is found once, for the checks reading it."""
    disagreeing = places.disagreeing(report)
    findings = _said_once([f for module in CHECK_MODULES for f in (
        module.check(report, disagreeing) if module in PLACES_READERS else module.check(report))])
    return [f.record() for f in sorted(
        findings, key=lambda f: (f.source.page or 0, f.source.line or 0, f.rule, f.row or "", f.column or ""))]


def _said_once(findings: list[Found]) -> list[Found]:
    """The findings but a warning that two places disagree (`cross.*`) on a figure its own table's arithmetic finds
    wrong already, expected the same: one wrong figure, found once (a project table's 계 `95,701` where its sources
    and the text both make 95,700: its `sum.project_budget`, not also `cross.project_budget`); so too where the
    warning is given at the other place, which the error finds right: of the same row and column, the two figures
    the other way round (a 단위사업's 집행액 `2,048,001` where the 계 and its project both make 2,048,000: its
    `sum.budget`, not also `cross.executed` at the project's line). A warning of a bound (`≤ 8,450,000천원`, a
    project's budget over its 단위사업's) goes too beside any finding that says its figure should be that bound (the
    project's `sum.project_budget` on its 계, or `cross.project_budget` against its text): it says no more. Figures
    are compared as amounts, however each place writes them (the text's `4억원` is the table's `400백만원`), a
    warning's expected at the precision it prints (a 단위사업's `1,012.4백만원` is the error's `1,012,350천원`).
    So too an error naming no column beside another of the same printed line naming the column of its figure,
    expected the same: two sums one wrong figure breaks, found once, on its cell (a 총사업비 `3,700,000천원` that its
    years' shares and its sources both make 3,600,000: its sources' `sum.project_budget` on `계 총사업비`, not also
    `sum.project_cost`)."""
    if not any(map(_may_say_again, findings)):  # most reports: no figure compared at all
        return findings
    errors = {_cell(f) for f in findings if f.severity == "error"}
    errors |= {cell for f in findings if f.rule.startswith("cross.") and f.severity != "error"
               and (cell := _at_precision(f, errors)) is not None}
    exact = {_cell(f) for f in findings if not _is_bound(f)}
    found_right = {(f.row, f.column, _amount(f.actual), _amount(f.expected)) for f in findings
                   if f.severity == "error"}
    in_a_column = {_figure(f) for f in findings if f.severity == "error" and f.column is not None}
    return [f for f in findings if (not f.rule.startswith("cross.") or f.severity == "error"
                                    or _cell(f) not in (exact if _is_bound(f) else errors)
                                    and (f.row, f.column, _amount(f.expected), _amount(f.actual)) not in found_right)
            and not (f.severity == "error" and f.column is None and _figure(f) in in_a_column)]


def _may_say_again(finding: Found) -> bool:
    """Whether a finding may say again what another says (`_said_once`): a cross warning, or an error naming no
    column."""
    if finding.severity == "error":
        return finding.column is None
    return finding.rule.startswith("cross.")


def _is_bound(finding: Found) -> bool:
    """Whether a finding's expected is a bound (`≤ 8,450,000천원`), not a figure."""
    return (finding.expected or "").startswith("≤ ")


def _cell(finding: Found) -> tuple:
    """A finding's figure (where it is printed, its column) and what it says of it (a bound as its figure)."""
    expected = finding.expected.removeprefix("≤ ") if finding.expected else finding.expected
    return finding.source.page, finding.source.line, finding.column, _amount(expected), _amount(finding.actual)


def _at_precision(warning: Found, errors: set[tuple]) -> tuple | None:
    """A warning's figure (`_cell`) where an error says the same of it but for its expected amount, which the
    warning prints more coarsely (`1,012.4백만원` where the error expects `1,012,350천원`: within half of 100,000원)."""
    page, line, column, expected, actual = _cell(warning)
    if not isinstance(expected, int):
        return None
    step = amount_precision(warning.expected)
    return next(((page, line, column, expected, actual) for e_page, e_line, e_column, e_expected, e_actual in errors
                 if (e_page, e_line, e_column, e_actual) == (page, line, column, actual)
                 and isinstance(e_expected, int) and 2 * abs(e_expected - expected) <= step), None)


def _figure(finding: Found) -> tuple:
    """A finding's figure by its printed line alone (a line of text prints no columns) and what it says of it."""
    return finding.source.page, finding.source.line, _amount(finding.expected), _amount(finding.actual)


@functools.lru_cache(maxsize=TEXT_CACHE)  # `_said_once` compares each finding's figures several ways: each read once
def _amount(figure: str | None) -> int | str | None:
    """A finding's figure as an amount in won where it is money (`4억원`, `400백만원`: 400,000,000), else as
    written."""
    amount = parse_amount(figure) if figure else None
    return figure if amount is None else amount
