"""Consistency checks: a report checks itself, and every place it does is a named rule.

Severity: error for an arithmetic contradiction inside one table, warning where two places of the
report disagree (they may have different as-of dates), info for what is worth knowing but not wrong.
Each kind of table has its module with `RULES` and `check(report)`.
"""

from __future__ import annotations

from checks import budget, cover, cross, items, projects, reading, shares, staffing, tables, vehicles
from checks.base import Rule
from schemas import Finding, Report

CHECK_MODULES = (reading, cover, staffing, vehicles, budget, projects, items, tables, shares, cross)
RULES: tuple[Rule, ...] = tuple(rule for module in CHECK_MODULES for rule in module.RULES)


def run_checks(report: Report) -> list[Finding]:
    findings = [f for module in CHECK_MODULES for f in module.check(report)]
    return sorted(findings, key=lambda f: (f.source.page or 0, f.source.line or 0, f.rule, f.row or "", f.column or ""))
