"""인력: every 계 is a sum, and 과부족 = 현원 − 정원 in every column, in each staffing table on its own; 과부족 = 현원 −
정원 too in a grid that prints them and is no department's staffing now (its staffing by year, each 동's staff), which
`checks.tables` finds beside the grid's sums (`grid_shortfall_findings`)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Set
from typing import NamedTuple

from checks.base import Found, Rule, figure, one_wrong_count, shown
from extractors.staffing import status_of
from pipeline.values import parse_count
from schemas import GenericTable, Report, Source, StaffingCount

SUM = Rule("sum.staffing", "error",
           "인력: 각 현황(정원/현원/과부족)의 계는 직렬별 합계(직렬 없는 직급은 그 인원)의 합, 직렬 소계는 직급의 합, "
           "직렬별로도 적힌 직급의 계는 직렬의 합")
SHORTFALL = Rule("shortfall", "error", "인력: 과부족 = 현원 − 정원, 결원 = 정원 − 현원 (열마다)")
STATUS_ASSUMED = Rule("staffing.status_assumed", "info",
                      "인력: 정원·현원이 적히지 않은 인원표(팀별·과별, 직렬별 직급별)의 인원을 현원으로 보았음")
RULES = (SUM, SHORTFALL, STATUS_ASSUMED)
TABLE = "인력"
TOTAL = ("계", None)  # a class's 계, as its cells are keyed by grade and post


def check(report: Report) -> list[Found]:
    """Each table on its own: a report may print one for 공무원 and one for 공무직 등, each with its 계; so too the
    tables the lines state beside them (`2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)`)."""
    return _tables(report.staffing, TABLE) + _tables(report.stated_staffing, f"{TABLE} 본문")


def _tables(counts: list[StaffingCount], name: str) -> list[Found]:
    tables = by_table(counts)
    findings = []
    for table_no, cells in tables.items():
        table = table_name(name, table_no, len(tables))
        findings += _one_cell(cells, table) + _status_assumed(cells, table)
    return findings


def _arithmetic(cells: list[StaffingCount], table: str) -> list[Found]:
    """A table's sums and 과부족s."""
    sums = _sums(cells, table)
    shortfalls = _shortfall(cells, table, {(f.row, f.column): _count(f.expected) for f in sums})
    return _without_parts_found(sums, shortfalls) + shortfalls


def _one_cell(cells: list[StaffingCount], table: str) -> list[Found]:
    """A table's findings, those one wrong count explains (`one_wrong_count`) as one finding naming it (`정 원 | 30 |
    1 | 6` where 6급's 정원 is 5: that count, not the 정원 계 its classes miss, which the line above states, and the
    과부족 of 6급 it makes wrong)."""
    findings = _arithmetic(cells, table)
    if len(findings) < 2:  # most tables: no two findings one count could explain, nothing to make for the search
        return findings

    def recheck(k: int, count: int) -> list[Found]:
        return _arithmetic([*cells[:k], cells[k].model_copy(update={"headcount": count}), *cells[k + 1:]], table)

    def related(k: int, finding: Found) -> bool:
        """Whether the count at k is in the sums the finding is of: its status's row, its column's 과부족, or its
        class's (its series' rows tell whether they are their class's parts, `_series_sums`)."""
        c, words = cells[k], _words(finding.column)
        return finding.row == c.status or c.job_class in words or words == _words(_column(c))

    own_only = _own_column_shortfalls(cells)

    def clearable(k: int, finding: Found) -> bool:
        """Whether a figure of the count at k can clear the finding at all: a sum's, any count (a sum is of many,
        and a table's sums and 과부족s weigh on one another); a 과부족 of a plain cell (`_own_column_shortfalls`),
        only its own column's 정원, 현원 and itself."""
        return (finding.rule, finding.column) not in own_only or _column(cells[k]) == finding.column

    explained = one_wrong_count(findings, [c.headcount for c in cells], recheck, related, clearable)
    if explained is None:
        return findings
    k, count, left = explained
    c, column = cells[k], _column(cells[k])
    named = next((f for f in findings if (f.row, f.expected, f.actual) == (c.status, figure(count), figure(c.headcount))
                  and f.source == c.source and _words(f.column) == _words(column)), None)
    return [*left, named or SUM.finding(
        table=table, row=c.status, column=column, expected=figure(count), actual=figure(c.headcount), source=c.source,
        message=f"{c.status} {column} 인원이 표의 합계·과부족과 맞지 않습니다 (표기 {shown(c.headcount)}, "
                f"그 셈에 맞는 값 {shown(count)})")]


def _own_column_shortfalls(cells: list[StaffingCount]) -> set[tuple[str, str]]:
    """The 과부족s (결원s) of a table, by rule and column, that no count but their own column's can clear: those of a
    cell no sum is found on, whose 정원 and 현원 no sum finding's figure stands in for (`_shortfall`'s `summed`). A
    sum finding names a column of a 계 (a grade's `계`, the `계` class), of a class its series rows break down
    (`일반직 6급` over `- 행정`, `_series_sums`), or of an office (`_across_offices`); so the cells of a table by
    office, and of those columns, are not among them: any count may clear theirs (through a series row, `sure`)."""
    if any(c.office or c.division for c in cells):
        return set()
    with_series = {c.job_class for c in cells if c.series}
    summed = {_column(c) for c in cells if "계" in (c.grade, c.job_class) or c.job_class in with_series}
    return {(SHORTFALL.id, column) for c in cells
            if c.status in ("과부족", "결원") and (column := _column(c)) not in summed}


def _words(column: str | None) -> list[str]:
    """A finding's column but its `계`: `총무과 7급` (of the offices' sums) and `총무과 계 7급` name one cell."""
    return [word for word in (column or "").split() if word != "계"]


def _column(c: StaffingCount) -> str:
    """A count's column as a finding names it: `계`, `일반직 6급(팀장)`, `일반직 행정 7급`, `총무팀 일반직 계`."""
    named = f"{c.job_class} {c.series}" if c.series else c.job_class
    column = "계" if named == c.grade == "계" else f"{named} {_grade(c)}"
    return f"{c.office} {column}" if c.office else column


def _count(text: str) -> int:
    """A finding's figure (`figure`'s `1,234`, `-3`) as the count it was."""
    return int(text.replace(",", ""))


def _without_parts_found(sums: list[Found], shortfalls: list[Found]) -> list[Found]:
    """The sums' findings but a 과부족's (or 결원's) 계 that is right by its 현원 and 정원 (no shortfall found in its
    column) and misses its parts' sum by just what one part misses its own 현원 − 정원: that part is the one wrong
    cell, found by `shortfall` (`과부족 | △2 | … | △2` where 8급 makes △1: before, the 계 too, expected △3); nor one
    whose `shortfall` expects what its parts make, or what they make at the 과부족s `shortfall` expects of them
    (both then say it once: `과부족 | △3 | … | △1` where 8급 makes △2 and the 계 △2; before, the 계's sum too,
    expected △1)."""
    off = {(f.row, f.column): (f.expected, f.actual) for f in shortfalls}
    misses = {(f.row, _count(f.expected) - _count(f.actual)) for f in shortfalls}

    def kept(f: Found) -> bool:
        if f.row not in ("과부족", "결원"):
            return True
        if (f.row, f.column) in off:
            parts_off = sum(_count(expected) - _count(actual) for (row, column), (expected, actual) in off.items()
                            if row == f.row and column != f.column)
            return off[f.row, f.column] != (f.expected, f.actual) and (
                _count(off[f.row, f.column][0]) != _count(f.expected) + parts_off)
        return (f.row, _count(f.actual) - _count(f.expected)) not in misses

    return [f for f in sums if kept(f)]


def _status_assumed(cells: list[StaffingCount], table: str) -> list[Found]:
    """Once a table that prints no status (staff by team, `팀 별 | 계 | 5급 | 6급`, or classes by grades, `구 분 |
    계 | 5급` over `일반직 | …`), on its first row: its counts were taken as 현원, the staff on the rolls, so that a
    user can see the assumption."""
    first = next((c for c in cells if c.status_assumed), None)
    if first is None:
        return []
    counted = "팀(과)별 인원" if first.office or any(c.office for c in cells) else "인원"
    return [STATUS_ASSUMED.finding(
        table=table, row=first.status, source=first.source,
        message=f"표에 정원·현원이 적혀 있지 않아 {counted}을 {first.status}으로 보았습니다")]


def by_table(counts: list[StaffingCount]) -> dict[int, list[StaffingCount]]:
    tables: dict[int, list[StaffingCount]] = defaultdict(list)
    for c in counts:
        tables[c.table_no].append(c)
    return tables


def table_name(name: str, table_no: int, n_tables: int) -> str:
    """How a finding names a staffing table: `인력`, or of several `인력 (표 2)`."""
    return name if n_tables == 1 else f"{name} (표 {table_no})"


def headcount(cells: list[StaffingCount], status: str, job_class: str = "계") -> tuple[int, Source] | None:
    """A staffing table's head count of a status, as the `staffing_totals` view gives it, and where it is printed:
    its printed 계, else the sum of the cells no other cell adds up (a class's 계 where its grades are not printed,
    a grade of the 계 class where no class prints it); None where the table counts no such status. Of a class:
    its 계, else the sum of its grades. Of a table by office, its 계 row's 계, else its offices' sum (a 과's row in
    place of its teams'), as where its 계 row prints grades but no 계 (`계 | 1 | 6 | 13` under `팀 별 | 5급 | 6급 |
    7급`): those are each grade's sum over the offices. A class's series (`- 행정` under `일반직`) count where the
    class prints no row of its own: else they are in its row."""
    cells = [c for c in cells if c.status == status and job_class in ("계", c.job_class)]
    if any(c.series for c in cells):
        own = {(c.job_class, c.office, c.division) for c in cells if c.series is None}
        cells = [c for c in cells if c.series is None or (c.job_class, c.office, c.division) not in own]
    offices = by_office(cells)
    whole = offices.get(WHOLE, [])
    if any(office != WHOLE for office in offices) and _printed_total(whole, job_class) is None:
        counted = [_own_headcount(offices[office], job_class) for office in office_parts(offices.keys())[WHOLE]]
        return sum(count for count, _source in filter(None, counted)), cells[0].source
    return _own_headcount(whole, job_class)


def _printed_total(cells: list[StaffingCount], job_class: str) -> StaffingCount | None:
    """An office's (or a table's own) printed 계 of a class (of the 계 class: the table's 계), if it prints one."""
    return next((c for c in cells if c.job_class == job_class and c.grade == "계"), None)


def _own_headcount(cells: list[StaffingCount], job_class: str) -> tuple[int, Source] | None:
    """The head count of one office's cells (or a table's own, its 계 row's), of a status: its printed 계, else the
    sum of the cells no other cell adds up (`headcount`)."""
    total = _printed_total(cells, job_class)
    if total is not None or not cells:
        return (total.headcount, total.source) if total else None
    parts = [c for c in cells if not any(
        other is not c and (c.grade == "계" and other.job_class == c.job_class and other.series == c.series
                            or c.job_class == "계" and other.job_class != "계"
                            and (c.grade == "계" or (c.grade, c.post) == (other.grade, other.post)))
        for other in cells)]
    return sum(c.headcount for c in parts), cells[0].source


Office = tuple[str | None, str | None]  # a count's office and the 과 it is under; (None, None): the table's own
WHOLE: Office = (None, None)


def by_office(counts: list[StaffingCount]) -> dict[Office, list[StaffingCount]]:
    """A table's counts by the office they count (a table of staff by team), the table's own (its 계 row) `WHOLE`;
    most tables count no office, their counts all the `WHOLE`'s."""
    offices: dict[Office, list[StaffingCount]] = defaultdict(list)
    for c in counts:
        offices[c.office, c.division].append(c)
    return offices


def office_parts(offices: Set[Office]) -> dict[Office, list[Office]]:
    """Of a table by office, which offices' counts add up to which: a 과's teams to the 과's own row (`총무과 | 소 계`),
    and to the table's 계 the offices not under a 과, with the teams of a 과 printing no row of its own."""
    teams: dict[str | None, list[Office]] = defaultdict(list)
    for office in offices:
        if office[1] is not None:
            teams[office[1]].append(office)
    parts = {(division, None): under for division, under in teams.items() if (division, None) in offices}
    parts[WHOLE] = [office for office in offices if office != WHOLE and office[1] is None] + [
        team for division, under in teams.items() if (division, None) not in offices for team in under]
    return parts


def _sums(counts: list[StaffingCount], table: str) -> list[Found]:
    """Each office's counts (a table's counts, most tables counting no office) add up as a table's do
    (`_office_sums`), and the offices' to their 과's and the table's (`_across_offices`)."""
    offices = by_office(counts)
    findings = [finding for (office, _division), cells in offices.items()
                for finding in _office_sums(cells, table, f"{office} " if office else "")]
    return findings + (_across_offices(offices, table) if len(offices) > 1 else [])


def _across_offices(offices: dict[Office, list[StaffingCount]], table: str) -> list[Found]:
    """Each count of a 과's row, and of the table's 계 row, is the sum of that count over its offices. Its 계 only
    where it prints no other count: else its 계 is its other counts' sum (`_office_sums`), each checked here."""
    findings = []
    for total, parts in office_parts(offices.keys()).items():
        if total not in offices or not parts:
            continue
        cells = {(c.status, c.job_class, c.grade, c.post): c.headcount
                 for part in parts for c in offices[part] if c.series is None}  # an office's series: in its row
        broken_down = {c.status for c in offices[total] if (c.job_class, c.grade) != ("계", "계")}
        for printed in offices[total]:
            if printed.job_class == printed.grade == "계" and printed.status in broken_down:
                continue
            key = (printed.status, printed.job_class, printed.grade, printed.post)
            summed = [c.headcount for part in parts for c in offices[part]
                      if (c.status, c.job_class, c.grade, c.post) == key and c.series is None] if key in cells else []
            if summed and printed.headcount != sum(summed):
                cell = " ".join(label for label in (printed.job_class, _grade(printed)) if label != "계") or "계"
                column = f"{total[0] or '계'} {cell}" if total[0] or cell != "계" else "계"
                findings.append(SUM.finding(
                    table=table, row=printed.status, column=column, expected=figure(sum(summed)),
                    actual=figure(printed.headcount), source=printed.source,
                    message=f"{printed.status} {column} 인원이 부서(팀·과)별 인원의 합과 다릅니다 "
                            f"(표기 {shown(printed.headcount)}, 합계 {shown(sum(summed))})"))
    return findings


def _office_sums(counts: list[StaffingCount], table: str, office: str) -> list[Found]:
    """An office's counts, or a table's counting no office (`office` empty), add up: each class's 계 its grades',
    each grade's 계 its classes', and the 계 its classes'; `office` names the office before each column."""
    findings = []
    by_status: dict[str, list[StaffingCount]] = defaultdict(list)
    for c in counts:
        by_status[c.status].append(c)
    totals = []  # each status's classes' totals, grades printed with no class, and printed 계
    by_part: dict[str, dict[_Part, _Cells]] = {}  # each status's cells of classes and of their series
    for status, cells in by_status.items():
        # each class's (and series') cells by grade and post (`6급(팀장)` and `6급(주무관)` are two cells of 6급)
        by_part[status] = parts_of = defaultdict(dict)
        for c in cells:
            parts_of[c.job_class, c.series][c.grade, c.post] = c
        class_totals: dict[str, int] = {}
        class_right: dict[str, int] = {}  # the class totals as their grades make them where they do not add up
        for (job_class, series), grades in parts_of.items():
            parts = [c.headcount for (g, _post), c in grades.items() if g != "계"]
            printed = grades.get(TOTAL)
            named = f"{job_class} {series}" if series else job_class
            # grades all `-` are another class's (`공무직` beside `일반직`'s 5급, 6급 rows): it has none of its own
            if printed and any(parts) and job_class != "계" and printed.headcount != sum(parts):
                findings.append(SUM.finding(
                    table=table, row=status, column=f"{office}{named} 계", expected=figure(sum(parts)),
                    actual=figure(printed.headcount), source=printed.source,
                    message=f"{status} {office}{named} 소계가 직급별 인원의 합과 다릅니다 "
                            f"(표기 {shown(printed.headcount)}, 합계 {shown(sum(parts))})"))
            # a class's own row, or where it prints none its series' rows, sum to the 계
            if job_class != "계" and (series is None or (job_class, None) not in parts_of):
                class_totals[job_class] = class_totals.get(job_class, 0) + (
                    printed.headcount if printed else sum(parts))
                right = printed.headcount if printed and not any(parts) else sum(parts)
                if printed and series is None and not any(parts):
                    right = sum(_series_grades(parts_of, job_class)) or right
                class_right[job_class] = class_right.get(job_class, 0) + right
        classes = {job_class: grades for (job_class, series), grades in parts_of.items() if series is None}
        # the 계's parts: each class's total, and grades printed with no class (`계 | 5급 | 6급`); a grade
        # the classes print too is their sum across them (a table of classes by grades), no part
        graded = {g for job_class, grades in classes.items() if job_class != "계" for g in grades if g != TOTAL}
        overall = {g: c for g, c in classes.get("계", {}).items() if g != TOTAL}
        for grade in graded & overall.keys():
            across = sum(grades[grade].headcount for job_class, grades in classes.items()
                         if job_class != "계" and grade in grades)
            printed = overall[grade]
            if printed.headcount != across:
                findings.append(SUM.finding(
                    table=table, row=status, column=f"{office}계 {_grade(printed)}", expected=figure(across),
                    actual=figure(printed.headcount), source=printed.source,
                    message=f"{status} {office}{_grade(printed)} 계가 직렬별 인원의 합과 다릅니다 "
                            f"(표기 {shown(printed.headcount)}, 합계 {shown(across)})"))
        loose = [c.headcount for g, c in overall.items() if g not in graded]
        if (total := classes.get("계", {}).get(TOTAL)) is not None:
            totals.append((status, list(class_totals.values()), list(class_right.values()), loose, total))
    sums = [(class_totals, loose, total.headcount) for _, class_totals, _, loose, total in totals]
    twice = any(_broken_down_twice(*of) for of in sums) and not any(_broken_down_once(*of) for of in sums)
    for status, class_totals, class_right, loose, total in totals:
        # a 계 is checked against its classes' totals as printed and as their grades make them: a wrong class 소계 is
        # one finding, not also the 계 it breaks, and a 계 wrong too is found expected its grades' sum (before, the
        # printed classes')
        breakdowns = ([(class_totals, class_right, "직렬별"), (loose, loose, "직급별")] if twice
                      else [(class_totals + loose, class_right + loose, "직렬별")])
        for parts, right, by in breakdowns:
            if parts and total.headcount not in (sum(parts), sum(right)):
                expected = sum(right)
                by = "직렬·직급별" if office and by == "직렬별" else by  # an office: by classes and grades
                findings.append(SUM.finding(
                    table=table, row=status, column=f"{office}계", expected=figure(expected),
                    actual=figure(total.headcount), source=total.source,
                    message=f"{status} {office}계가 {by} 인원의 합과 다릅니다 "
                            f"(표기 {shown(total.headcount)}, 합계 {shown(expected)})"))
    return findings + _series_sums(by_part, table, office)


_Part = tuple[str, str | None]  # a class and the series of it a row counts (`StaffingCount.series`), None its own
_Cells = dict[tuple[str, str | None], StaffingCount]  # a class's or series' cells by grade and post


def _series_grades(parts_of: dict[_Part, _Cells], job_class: str) -> list[int]:
    """The counts of a class's series by grade, where they print grades and no 계 of their own (`일 반 직` over `소계 |
    행 정 | 전 산` over their grades): what its 소계 is as they make it, so that a wrong 소계 is one finding, not also
    the 계 it breaks (as a class's own grades make it). Empty where its series print none such."""
    return [c.headcount for (name, of), grades in parts_of.items() if name == job_class and of
            and TOTAL not in grades for (grade, _post), c in grades.items()]


def _series_sums(by_part: dict[str, dict[_Part, _Cells]], table: str, office: str) -> list[Found]:
    """A class's row that rows marked as its parts break down in full (`일반직` over `- 행정`, `- 전산`) is, cell by
    cell (status and grade), their sum: where two parts or more add up to it in every cell but one (a grade's and
    its 계's by one amount are one), and in one at least two print a count that is not 0 (no chance makes that),
    that cell is found, once, on the class; rows marked as parts of a grade (`6급` over `- 행정`, class 계) so, on
    the grade. Of an office (`office`: a table by team, `총무팀` over `- 행정`), the series' rows break down the
    office's row, every class a column of it: its cells are asked together, as one class's are, so that a team
    counting one status (a cell a class) is sure by its 계 and a wrong figure found on the class it is in. Parts
    that miss it in two cells or more list some of it alone ("of which", as `checks.tables` reads a generic
    table's marked rows): no sum."""
    findings = []
    classes = sorted({job_class for parts_of in by_part.values() for job_class, series in parts_of if series})
    for together in [classes] if office else [[job_class] for job_class in classes]:
        missing: list[tuple[StaffingCount, int]] = []
        sure = False
        for job_class, parts_of in itertools.product(together, by_part.values()):
            own = parts_of.get((job_class, None))
            series = [grades for (name, of), grades in parts_of.items() if name == job_class and of]
            if not own or len(series) < 2:
                continue
            if job_class == "계":  # a grade's parts (`6급` over `- 행정`): that grade's cells alone are their sum
                own = {key: c for key, c in own.items() if any(key in grades for grades in series)}
            for key, printed in own.items():
                counted = [_part_count(grades, key) for grades in series]
                if printed.headcount != sum(counted):
                    missing.append((printed, sum(counted)))
                else:
                    sure = sure or sum(1 for count in counted if count) >= 2
        off = {(c.job_class, c.status, c.grade, c.post): c.headcount - expected for c, expected in missing}
        cells = [(c, expected) for c, expected in missing if not _off_through(off, c)]
        if sure and len(cells) == 1:
            (printed, expected), = cells
            # an office's 계 column names its grade alone (`총무팀 계`), as `_across_offices` names it
            grade = _grade(printed)
            column = f"{office}{grade if office and printed.job_class == '계' else f'{printed.job_class} {grade}'}"
            findings.append(SUM.finding(
                table=table, row=printed.status, column=column, expected=figure(expected),
                actual=figure(printed.headcount), source=printed.source,
                message=f"{printed.status} {column} 인원이 직렬별 세부 인원의 합과 다릅니다 "
                        f"(표기 {shown(printed.headcount)}, 합계 {shown(expected)})"))
    return findings


def _off_through(off: dict[tuple[str, str, str, str | None], int], c: StaffingCount) -> bool:
    """Whether a class's cell that its series miss is off through another of the class they miss (`off`: each one's
    printed less summed, by class, status, grade and post), no miss of its own: a 계 off by what a grade of its
    status is off by, a 과부족 by what 현원 − 정원 of its grade are (a 결원 by 정원 − 현원), as a series' row printed
    right but for one figure makes them."""
    by = off[c.job_class, c.status, c.grade, c.post]
    if c.grade == "계" and any(job_class == c.job_class and status == c.status and grade != "계" and other == by
                               for (job_class, status, grade, _post), other in off.items()):
        return True
    if c.status not in ("과부족", "결원"):
        return False
    quota, current = (off.get((c.job_class, status, c.grade, c.post), 0) for status in ("정원", "현원"))
    return (quota or current) != 0 and by == (current - quota if c.status == "과부족" else quota - current)


def _part_count(grades: _Cells, key: tuple[str, str | None]) -> int:
    """A part's count of a cell of its class: that grade's (0 where it prints none), or of the class's 계 its own
    계, else its grades' sum."""
    if (cell := grades.get(key)) is not None:
        return cell.headcount
    return sum(c.headcount for (grade, _post), c in grades.items() if grade != "계") if key == TOTAL else 0


def _broken_down_twice(class_totals: list[int], loose: list[int], total: int) -> bool:
    """Whether a status's 계 is the sum of its classes' totals and, apart, of the grades printed with no class, as
    a table printing the 계 broken down twice prints them (`직렬별` over `행정 | 토목`, `직급별` over `6급 | 7급`):
    one status so (of 정원, 현원, 과부족) tells the table, whose other statuses are then checked each way alone; one
    way alone adding up is no sign, as a wrong grade beside a class may make it (`계 | 5급 | 6급 | 공무직`)."""
    return bool(total and class_totals and loose and sum(class_totals) == total == sum(loose))


def _broken_down_once(class_totals: list[int], loose: list[int], total: int) -> bool:
    """Whether a status's 계 is the sum of its classes' totals and the grades printed with no class together
    (`계 | 5급 | … | 9급 | 전문경력관 | 별정직`): then the table breaks it down once, and another status whose
    classes and grades each add up to its 계 does so by chance (a 과부족 of `△1` where the classes' and the grades'
    each make △1, one of them wrong: before, the table was read as broken down twice, and its 정원 and 현원 were
    found against their classes alone and their grades alone)."""
    return bool(total and class_totals and loose and sum(class_totals) + sum(loose) == total)


def _grade(c: StaffingCount) -> str:
    """A cell's grade as a finding names it: with its post (`6급(팀장)`)."""
    return f"{c.grade}({c.post})" if c.post else c.grade


def _shortfall(counts: list[StaffingCount], table: str, summed: dict[tuple[str, str], int]) -> list[Found]:
    """Each 과부족 (결원) against the 정원 and 현원 of its column; `summed`: the 계s found wrong (by status and column),
    as their parts make them: one that holds with those is off through the wrong 계 alone, no miss of its own
    (`정원 | 31` where its classes make 30, over `과부족 | △2` of 현원 28: the 계 is found, not the 과부족)."""
    cells = {(c.status, c.job_class, c.grade, c.post, c.office, c.division, c.series): c for c in counts}
    findings = []
    for (status, *place), c in cells.items():
        if status not in ("과부족", "결원"):
            continue
        quota, current = cells.get(("정원", *place)), cells.get(("현원", *place))
        if quota is None or current is None or c.headcount == _right_shortfall(status, quota.headcount,
                                                                                current.headcount):
            continue  # most: right as printed, whatever the 계s found wrong
        column = _column(c)
        quota_summed, current_summed = (summed.get((of, column), cell.headcount) for of, cell in (
            ("정원", quota), ("현원", current)))
        if (quota_summed, current_summed) != (quota.headcount, current.headcount) and not _shortfall_finding(
                table, column, status, quota_summed, current_summed, c.headcount, c.source):
            continue
        findings += _shortfall_finding(table, column, status, quota.headcount, current.headcount, c.headcount,
                                       c.source)
    return findings


def _shortfall_finding(table: str, column: str, status: str, quota: int, current: int, printed: int,
                       source: Source) -> list[Found]:
    """The finding where a printed 과부족 (or 결원) is not what the 정원 and 현원 beside it make; none where it is."""
    expected = _right_shortfall(status, quota, current)
    if printed == expected:
        return []
    formula, terms = ("현원 − 정원", f"현원 {current} − 정원 {quota}") if status == "과부족" else (
        "정원 − 현원", f"정원 {quota} − 현원 {current}")
    return [SHORTFALL.finding(
        table=table, row=status, column=column, expected=figure(expected), actual=figure(printed), source=source,
        message=f"{column} {status}이 {formula}과 다릅니다 (표기 {shown(printed)}, {terms} = {shown(expected)})")]


def _right_shortfall(status: str, quota: int, current: int) -> int:
    """What a 과부족 (현원 − 정원) or 결원 (정원 − 현원) is of its 정원 and 현원."""
    return current - quota if status == "과부족" else quota - current


def grid_shortfall_findings(grid: GenericTable) -> list[tuple[GridShortfall, Found]]:
    """Each wrong 과부족 (결원) of a grid printing its lines' 정원 and 현원 (`grid_shortfalls`) with its finding, on its
    line: `checks.tables` says them beside the grid's sums, as one finding where one wrong cell explains both."""
    table = grid.caption or TABLE
    return [(s, finding) for s in grid_shortfalls(grid)
            for finding in _shortfall_finding(table, s.label, s.status, s.quota, s.current, s.printed,
                                              grid.row_source(grid.header_rows + s.row))]


class GridShortfall(NamedTuple):
    """A grid's printed 과부족 (or 결원) with the 정원 and 현원 of its line, each count at its cell (body row, column),
    and its line's label and the body row its finding names."""
    label: str
    status: str
    printed: int
    quota: int
    current: int
    cells: dict[str, tuple[int, int]]  # by status: the 정원's, the 현원's and the printed one's
    row: int

    @property
    def expected(self) -> int:
        return _right_shortfall(self.status, self.quota, self.current)

    @property
    def cell(self) -> tuple[int, int]:
        return self.cells[self.status]

    @property
    def terms(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """The cells (the one taken, the one it is taken from) its difference is of: 정원 from 현원 for a 과부족."""
        quota, current = self.cells["정원"], self.cells["현원"]
        return (quota, current) if self.status == "과부족" else (current, quota)


def grid_shortfalls(grid: GenericTable) -> list[GridShortfall]:
    """The 과부족s (결원s) of a grid printing 정원, 현원 and a 과부족 (or 결원) as its columns or as the rows of its
    first column, read line by line across the other, each of a line printing its 정원 and 현원. Most grids print
    none."""
    header, body = grid.rows[:grid.header_rows], grid.rows[grid.header_rows:]
    across = {col: status for row in header for col, cell in enumerate(row) if (status := status_of(cell))}
    down = {row: status for row, cells in enumerate(body) if cells and (status := status_of(cells[0]))}
    if _shortfall_statuses(across):  # a line a row: its label its first cell
        lines = [(cells[0], row, {status: (row, col) for col, status in across.items()})
                 for row, cells in enumerate(body)]
    elif _shortfall_statuses(down):  # a line a column: its label the header's
        labels = header[-1] if header else [""] * len(body[0])
        lines = [(labels[col], min(down), {status: (row, col) for row, status in down.items()})
                 for col in range(1, len(body[0]))]
    else:
        return []
    shortfalls = []
    for label, row, cells in lines:
        counts = {status: parse_count(body[r][c]) for status, (r, c) in cells.items()}
        quota, current = counts.get("정원"), counts.get("현원")
        if quota is None or current is None:
            continue
        shortfalls += [GridShortfall(label.strip(), status, printed, quota, current, cells, row)
                       for status in ("과부족", "결원") if (printed := counts.get(status)) is not None]
    return shortfalls


def _shortfall_statuses(statuses: dict[int, str]) -> bool:
    """Whether a grid's statuses, one each, are 정원, 현원 and 과부족 or 결원."""
    printed = list(statuses.values())
    return len(printed) == len(set(printed)) and {"정원", "현원"} < set(printed)
