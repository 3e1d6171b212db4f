"""사업: a project's total cost printed with its years' shares (`총사업비: 1,200,000천원 (기투자 400,000, 2026년
300,000, 향후 500,000)`) is their sum where they cover it (a share of what is left printed: `향후`, `2027년 이후`), and
never less than it: shares may leave years out only where none says it is what is left."""

from __future__ import annotations

from checks.base import Rule, money
from extractors.projects import cost_shares
from pipeline import patterns
from schemas import Finding, Project, ProjectItem, Report

COST = Rule("sum.project_cost", "error",
            "총사업비는 함께 적은 연도별 금액(기투자·연도별·향후)의 합 (향후·이후 금액까지 적은 경우; 합이 "
            "총사업비보다 크면 언제나)")
RULES = (COST,)
_LABEL_RE = patterns.compile(r"\s*([^:：\d]*?)\s*[:：]?\s*\d")


def check(report: Report) -> list[Finding]:
    return [finding for project in report.projects for finding in _costs(project, project.items)]


def _costs(project: Project, items: list[ProjectItem]) -> list[Finding]:
    """The findings of the items and those under them: a stack, not recursion, as items may nest deeper than Python's
    recursion limit (the findings are sorted by where they are printed)."""
    findings = []
    pending = list(items)
    while pending:
        item = pending.pop()
        pending += item.children
        if item.amount_krw is None or (printed := cost_shares(item.text)) is None:
            continue
        unit, shares, covered = printed
        if sum(shares) == item.amount_krw or sum(shares) < item.amount_krw and not covered:
            continue
        label = _LABEL_RE.match(item.text).group(1) or "총사업비"  # `총사업비`, of `총사업비: …` or `총사업비 …`
        expected, actual = money(sum(shares), unit), money(item.amount_krw, unit)
        findings.append(COST.finding(
            table=f"{project.section} {project.seq}. {project.title or ''}".strip(), row=label, expected=expected,
            actual=actual, source=item.source,
            message=f"{label} {actual}이 연도별 금액의 합과 다릅니다 (표기 {actual}, 합계 {expected})"))
    return findings
