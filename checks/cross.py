"""Two places of one report that print the same thing must agree: a 단위사업 and the project it funds, a
project's budget as its text states it and as its budget table prints it, a 단위사업 printed in two of the
report's budget tables, and the staffing a line states and the staffing table. Figures printed in different
units agree to the precision of the coarser (3,701,804천원 is 3,702백만원)."""

from __future__ import annotations

from checks.base import Found, Rule, figure, line_money
from checks.budget import PROJECT_SUM, project_table, unit_table
from checks.places import Disagreeing, StatedFigure, agree, name, whole_budget
from checks.staffing import TABLE, by_table, headcount, table_name
from extractors.projects import named_units
from pipeline.values import compact
from schemas import BudgetLine, Project, Report, StaffingCount

EXECUTED = Rule("cross.executed", "warning",
                "예산현황의 단위사업과 같은 예산액을 적은 사업은 집행액도 같아야 함 (사업이 단위사업을 적었으면 그 "
                "단위사업과 그 세부사업만; 기준일이 다를 수 있음)")
OVER_UNIT = Rule("cross.project_over_unit", "warning", "사업의 예산액이 그 사업이 속한 단위사업의 예산액보다 큼")
STATED = Rule("cross.project_budget", "warning",
               "사업개요 등 본문에 적은 사업의 예산액·집행액은 그 사업의 예산 표의 계(또는 한 줄)와, 본문에 적은 "
               "재원별 금액은 표의 그 재원 줄과 같아야 함 (집행액은 기준일이 같을 때만)")
REPEATED = Rule("cross.repeated", "warning",
                "같은 단위사업을 두 예산 표에 적으면 예산액·집행액이 같아야 함 (기준일이 다를 수 있음)")
STAFFING_LINE = Rule("cross.staffing_line", "warning",
                     "본문에 적은 인력(`인 력 : 정원 39명 / 현원 37명`)의 정원·현원은 같은 순번의 인력 표의 계"
                     "(또는 모든 인력 표의 합)와 같아야 함 (기준일이 다를 수 있음)")
RULES = (EXECUTED, OVER_UNIT, STATED, REPEATED, STAFFING_LINE)


def check(report: Report, disagreeing: list[Disagreeing]) -> list[Found]:
    """The report's warnings, a project's budget's (`disagreeing`, found once a report by `checks.places`) among
    them."""
    units = [line for line in report.budget if line.name != "계"]
    findings = _repeated(units, report.budget) + _staffing_lines(report)
    for places in disagreeing:
        findings += _against_units(places, units, report.budget)
    return findings


def _against_units(places: Disagreeing, units: list[BudgetLine], budget: list[BudgetLine]) -> list[Found]:
    """A project's whole budget of a year against the budget its text states for that year and the 단위사업 it
    names of that year (a plan of another year, `budget_year`, against that year's only)."""
    project, total, executed, stated = places
    if total.budget_krw is None:
        return []
    findings = _stated(project, total, stated)
    findings += [_executed(unit, project, total, unit_table(unit, budget)) for unit in executed]
    named = [unit for unit in named_units(project, units) if unit.budget_year == total.budget_year]
    unit = named[0] if named else None
    if (unit is not None and unit.budget_krw is not None and total.budget_krw > unit.budget_krw
            and not agree(unit, total, "budget_krw")):
        limit = line_money(unit.budget_krw, unit)
        findings.append(OVER_UNIT.finding(
            table=project_table(project), row=unit.name, column="예산액", expected=f"≤ {limit}",
            actual=line_money(total.budget_krw, total), source=total.source,
            message=f"사업 {name(project)}의 예산액이 소속 단위사업 '{unit.name}'의 예산액보다 큽니다 "
                    f"(사업 {line_money(total.budget_krw, total)}, 단위사업 {limit})"))
    return findings


def _repeated(units: list[BudgetLine], budget: list[BudgetLine]) -> list[Found]:
    """A 단위사업 (or 세부사업 of one) printed again in a later table, against where it was printed first, for the
    same year (a plan of next year's, `budget_year`, is another budget)."""
    if not budget or budget[-1].table_no == 1:  # one table: nothing printed twice
        return []
    first: dict[tuple[str, str], BudgetLine] = {}
    findings = []
    for line in units:
        seen = first.setdefault((compact(line.name), compact(line.parent or ""), line.budget_year), line)
        if seen.table_no == line.table_no:
            continue
        for column, field in (("예산액", "budget_krw"), ("집행액", "executed_krw")):
            before, again = getattr(seen, field), getattr(line, field)
            if before is None or again is None or agree(seen, line, field):
                continue
            tables = (unit_table(seen, budget), unit_table(line, budget))
            findings.append(REPEATED.finding(
                table=" ↔ ".join(tables), row=line.name, column=column, expected=line_money(before, seen),
                actual=line_money(again, line), source=line.cell_source(column),
                message=f"단위사업 '{line.name}'의 {column}이 두 예산 표에서 다릅니다 "
                        f"({tables[0]} {line_money(before, seen)}, {tables[1]} {line_money(again, line)})"))
    return findings


def _staffing_lines(report: Report) -> list[Found]:
    """The 정원 and 현원 each table the lines state (`StatedLines`) counts, against the staffing table of its number:
    the line above the table, or, of lines of their own (`○ 공무원 …`, `○ 공무직 …`), the one as the tables are
    printed; a line that counts every table's staff together (`2. 인 력 : 정원 46명` over `□ 공무원` and `□ 공무직
    등`) agrees with their sum. A line counting a class (`○ 공무직 : 정원 6명`) is compared with that class where
    a table counts it, else with none: it counts staff beside the tables'; so is a line whose classes (the lines
    under it) name one no table counts. A line of the 계 beside a class's line (`○ 공무원 : …` beside `○ 공무직 :
    …`) agrees with the table's 계 less that class, or with the whole 계. A line table the report prints no table
    for is compared with none: where unsure which staff both count, nothing is compared."""
    printed = by_table(report.staffing)
    tables_classes = {c.job_class for c in report.staffing}
    stated = by_table(report.stated_staffing)
    lines_classes = {lines[0].job_class for lines in stated.values()} - {"계"}
    findings = []
    for table_no, lines in stated.items():
        job_class = lines[0].job_class
        if job_class != "계":
            counted = [c for c in report.staffing if c.job_class == job_class]
            table = next((table_name(TABLE, c.table_no, len(printed)) for c in counted), None)
            beside = []
        elif table_no in printed and {c.job_class for c in lines} <= tables_classes | {"계"}:
            counted, table = printed[table_no], table_name(TABLE, table_no, len(printed))
            beside = sorted(lines_classes & {c.job_class for c in counted})  # counted by lines of their own
        else:
            continue
        total = "계" if job_class == "계" else f"{job_class} 계"
        if beside:
            total += f"({'·'.join(beside)} 빼고)"
        for status in ("정원", "현원"):
            in_text, in_table = headcount(lines, status), headcount(counted, status, job_class)
            parts = [headcount(counted, status, c) for c in beside]
            if in_text is None or in_table is None or None in parts:
                continue
            whole, in_table = in_table[0], (in_table[0] - sum(count for count, _source in parts), in_table[1])
            if in_text[0] in (whole, in_table[0]):  # a line of the whole (`○ 인 력 …`) may count the class too
                continue
            if not beside and in_text[0] == _summed_headcount(counted, status, job_class):
                continue  # the table's printed 계 is wrong (`sum.staffing` finds it), the line right
            every = [headcount(cells, status) for cells in printed.values()]
            if job_class == "계" and None not in every and in_text[0] == sum(count for count, _source in every):
                continue
            findings.append(STAFFING_LINE.finding(
                table=table, row=status, column=job_class, expected=figure(in_text[0]), actual=figure(in_table[0]),
                source=in_table[1],
                message=f"본문({in_text[1]})의 {status} {in_text[0]}명이 {table}의 {total} {in_table[0]}명과 다릅니다"))
    return findings


def _summed_headcount(cells: list[StaffingCount], status: str, job_class: str) -> int | None:
    """A staffing table's head count of a status as its parts make it, its printed 계 (of the class) aside."""
    parts = [c for c in cells if not (c.grade == "계" and c.job_class == job_class and c.office is None)]
    counted = headcount(parts, status, job_class)
    return None if counted is None else counted[0]


def _stated(project: Project, total: BudgetLine, stated: list[StatedFigure]) -> list[Found]:
    """Each figure the project's text states that its budget table prints otherwise (`stated_disagreeing`); a
    source the text's own budget does not add up with, where the table's figure does, is an error on the text's
    (`_wrong_in_text`)."""
    findings = []
    for in_text_line, in_table_line, column, field in stated:
        if wrong := _wrong_in_text(project, in_text_line, in_table_line, column, field):
            findings.append(wrong)
            continue
        in_text = line_money(getattr(in_text_line, field), in_text_line)
        in_table = line_money(getattr(in_table_line, field), in_table_line)
        what = column if in_table_line is total else f"{in_table_line.name} {column}"
        findings.append(STATED.finding(
            table=project_table(project), row=in_table_line.name, column=column, expected=in_text,
            actual=in_table, source=in_table_line.cell_source(column),
            message=f"사업 {name(project)}의 {what}이 본문과 예산 표에서 다릅니다 "
                    f"(본문 {in_text}, 예산 표 {in_table_line.name} {in_table})"))
    return findings


def _executed(unit: BudgetLine, project: Project, line: BudgetLine, table: str) -> Found:
    in_table, in_project = line_money(unit.executed_krw, unit), line_money(line.executed_krw, line)
    return EXECUTED.finding(
        table=f"{table} ↔ {project_table(project)}", row=unit.name, column="집행액",
        expected=in_table, actual=in_project, source=line.cell_source("집행액"),
        message=f"단위사업 '{unit.name}'·사업 {name(project)}: 예산액은 "
                f"{line_money(unit.budget_krw, unit)}으로 같으나 집행액이 다릅니다"
                f" ({table} {in_table}, 사업 {in_project})")


def _wrong_in_text(project: Project, in_text: BudgetLine, in_table: BudgetLine, column: str, field: str
                   ) -> Found | None:
    """A source the text states (`예산: 3,600,000천원(국비 1,800,000, 구비 1,900,000)`) that its own 계 and other
    sources make otherwise, as the table prints it (`구비 | 1,800,000`): the text's figure is the wrong one, an error
    of its sum (`sum.project_budget` on the text's line, expected the table's; before, a warning on the table's
    line, expected the text's wrong figure). Not where the text's budget adds up, nor of its 계: a 계 and sources
    that disagree each with another, either may be wrong."""
    lines = [line for line in project.stated_budget_lines
             if line.source == in_text.source and line.budget_year == in_text.budget_year]
    whole = whole_budget(lines)
    sources = [line for line in lines if line is not whole and line.parent is None]
    if whole is None or in_text not in sources or None in (
            figures := [getattr(line, field) for line in [whole, *sources]]):
        return None
    printed, right = getattr(in_text, field), getattr(in_table, field)
    if sum(figures[1:]) == figures[0] or sum(figures[1:]) - printed + right != figures[0]:
        return None
    expected, actual = line_money(right, in_text), line_money(printed, in_text)
    return PROJECT_SUM.finding(
        table=project_table(project), row=in_text.name, column=column, expected=expected, actual=actual,
        source=in_text.source,
        message=f"본문의 {in_text.name} {column} 값이 계 − 다른 재원의 합과 다릅니다 (표기 {actual}, 계산 {expected}); "
                f"예산 표의 {in_table.name}도 {expected}입니다")
