"""사업: a project's total cost printed with its years' shares (`총사업비: 1,200,000천원 (기투자 400,000, 2026년
300,000, 향후 500,000)`) is their sum where they cover it (a share of what is left printed: `향후`, `2027년 이후`), and
never less than it: shares may leave years out only where none says it is what is left. So is each row's of a cost
table by sources (`구 분 | 총사업비 | 기투자 | 2026년 | 향후` over `계 | 국비 | 시비 | 구비`), read as budget lines
whose other columns print the total and the other shares."""

from __future__ import annotations

from checks.base import Rule, money
from checks.budget import project_table
from extractors.budget import cost_share
from extractors.labels import COST_TOTALS
from extractors.projects import cost_shares
from pipeline import patterns
from pipeline.values import compact, parse_money_cell, unit_multiplier
from schemas import Finding, Project, ProjectItem, Report, Source

COST = Rule("sum.project_cost", "error",
            "총사업비는 함께 적은 연도별 금액(기투자·연도별·향후)의 합 (향후·이후 금액까지 적은 경우; 합이 "
            "총사업비보다 크면 언제나)")
COST_TABLE = Rule("sum.project_cost_table", "error",
                  "사업비 표: 줄마다 총사업비는 기투자·연도별·향후 열의 합 (향후·이후 열이 있는 경우; 합이 "
                  "총사업비보다 크면 언제나)")
RULES = (COST, COST_TABLE)
_LABEL_RE = patterns.compile(r"\s*([^:：\d]*?)\s*[:：]?\s*\d")


def check(report: Report) -> list[Finding]:
    return [finding for project in report.projects
            for finding in _costs(project, project.items) + _cost_table_rows(project)]


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
        # `총사업비`, of `총사업비: …` or `총사업비 …`
        label = (labelled.group(1) if (labelled := _LABEL_RE.match(item.text)) else "") or "총사업비"
        table = f"{project.section} {project.seq}. {project.title or ''}".strip()
        if finding := _against_shares(COST, table, label, None, item.amount_krw, sum(shares), covered, unit,
                                      item.source, label):
            findings.append(finding)
    return findings


def _against_shares(rule: Rule, table: str, row: str, column: str | None, total: int, added: int, covered: bool,
                    unit: str | None, source: Source, label: str) -> Finding | None:
    """A total cost against its shares' sum: a finding where they differ, unless the shares fall short of it and
    leave the rest unsaid (no share of what is left printed: `covered` false)."""
    if added == total or added < total and not covered:
        return None
    expected, actual = money(added, unit), money(total, unit)
    return rule.finding(table=table, row=row, column=column, expected=expected, actual=actual, source=source,
                        message=f"{label} {actual}이 연도별 금액의 합과 다릅니다 (표기 {actual}, 합계 {expected})")


def _cost_table_rows(project: Project) -> list[Finding]:
    """Each budget line of a cost table (its 총사업비 kept beside it, `other_columns`) against its shares: the year's
    budget and the other columns of a share (`기투자`, `2027년`, `향후`), each in the table's unit."""
    findings = []
    for line in project.budget_lines:
        columns = line.other_columns or {}
        total_label = next((label for label in columns if compact(label) in COST_TOTALS), None)
        if total_label is None or line.budget_krw is None:
            continue
        multiplier = unit_multiplier(line.unit) or 1
        total = parse_money_cell(columns[total_label], multiplier)
        kinds = {label: kind for label in columns if (kind := cost_share(label))}
        shares = [parse_money_cell(columns[label], multiplier) for label in kinds]
        if total is None or None in shares:
            continue
        added = line.budget_krw + sum(share[0] for share in shares)
        label = compact(total_label)
        if finding := _against_shares(COST_TABLE, project_table(project), line.name, label, total[0], added,
                                      "rest" in kinds.values(), line.unit, line.source, f"{line.name} 행의 {label}"):
            findings.append(finding)
    return findings
