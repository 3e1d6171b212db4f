"""차량: subtotals and the grand total are sums, of the vehicles held and of the 정수 by kind, and 과부족 is
보유 − 정수; the heading's `총N대` matches, and so does the list of the vehicles printed with the table; the 정수 is
kept."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from checks.base import Found, Rule, figure, one_wrong_count, shown
from pipeline.values import is_total
from schemas import Report, VehicleCount, VehicleFleet, group_of
from schemas.vehicles import HELD, SHORTFALL, category_totals, counts_by_category, fleet_total
from schemas.vehicles import QUOTA as QUOTA_STATUS

SUM = Rule("sum.vehicles", "error", "차량: 분류별 소계는 차종의 합, 총계는 소계의 합 (보유·정수), 과부족은 보유 − 정수")
HEADER_TOTAL = Rule("header.total", "error", "차량: 제목의 `총N대`, 함께 실린 차량 목록의 대수는 표의 총계와 같아야 함")
QUOTA = Rule("header.quota", "info", "차량: 보유 대수가 제목의 정수(定數)보다 적음")
OVER_QUOTA = Rule("header.over_quota", "warning", "차량: 보유 대수가 제목의 정수(定數)보다 많음")
REPAIR = Rule("repair.header", "info", "차량: 어긋난 머리글을 숫자의 합으로 바로잡음")
UNCATEGORISED = Rule("vehicles.uncategorised", "info",
                     "차량: 현황표나 목록의 차종 가운데 승용·승합·화물·특수로 분류하지 못한 것 (모르는 차명)")
RULES = (SUM, HEADER_TOTAL, QUOTA, OVER_QUOTA, REPAIR, UNCATEGORISED)


def check(report: Report) -> list[Found]:
    return [f for fleet in report.vehicles for f in _fleet(fleet)]


def _fleet(fleet: VehicleFleet) -> list[Found]:
    fleet = _as_printed(fleet)
    table = fleet.caption
    found = _on_printed_cells(fleet, _one_cell(fleet))
    findings = _cells_as_printed(fleet, found)
    count = fleet_total(counts_by_category(fleet.counts))
    summed = {f.expected for f in found if (f.rule, f.row, f.column) == (SUM.id, "계", "계")}
    if fleet.printed_total is not None and figure(fleet.printed_total) in summed:
        # the heading's total, as the table's parts make it too: the table's 계 is the one wrong figure, its own
        # finding (before, the heading was blamed too, and the quota compared with the wrong 계)
        count = fleet.printed_total
    if fleet.printed_total is not None and fleet.printed_total != count:
        findings.append(HEADER_TOTAL.finding(
            table=table, row="제목", column="총계", expected=figure(count), actual=figure(fleet.printed_total),
            source=fleet.heading_source or fleet.source, message=f"제목의 총대수가 표의 총계와 다릅니다"
                                         f" (제목 총{fleet.printed_total}대, 표 {count}대)"))
    listed = fleet_total(counts_by_category(fleet.listed)) if fleet.listed else count
    if listed != count:
        findings.append(HEADER_TOTAL.finding(
            table=table, row="목록", column="총계", expected=figure(count), actual=figure(listed),
            source=fleet.listed[0].source,
            message=f"차량 목록의 대수가 표의 총계와 다릅니다 (목록 {listed}대, 표 {count}대)"))
    if fleet.quota is not None and count != fleet.quota:
        below = count < fleet.quota
        findings.append((QUOTA if below else OVER_QUOTA).finding(
            table=table, row="제목", column="정수", expected=figure(fleet.quota), actual=figure(count),
            source=fleet.heading_source or fleet.source,
            message=f"보유 대수가 정수보다 {'적습니다' if below else '많습니다'}"
                    f" (보유 {count}대, 정수 {fleet.quota}대)"))
    findings += _uncategorised(fleet)
    if fleet.repaired:
        findings.append(REPAIR.finding(table=table, row="머리글", message=fleet.repair_note or "머리글을 바로잡음",
                                       source=fleet.source))
    return findings


def _as_printed(fleet: VehicleFleet) -> VehicleFleet:
    """The fleet with each count under its category as the table prints it (`printed_category`: `압축진개차`, not
    the `화물 압축진개차` the tool counts it as; the fleet's name for a kind printed as the fleet's, not `화물`), so
    that a finding names a row the reader finds in the report; its sums are the table's as printed."""
    if not any(c.printed_category and c.category != "계" for field in _STATUSES for c in getattr(fleet, field)):
        return fleet
    return fleet.model_copy(update={field: [
        c.model_copy(update={"category": c.printed_category}) if c.printed_category and c.category != "계" else c
        for c in getattr(fleet, field)] for field in _STATUSES})


def _cells_as_printed(fleet: VehicleFleet, findings: list[Found]) -> list[Found]:
    """The findings, each naming its cell as printed, not as the checks read it: a row's total by the label the
    table prints over it (`printed_kind`: `압축진개차 | 계`, not `소계`, under `구 분 | 계 | 경 유`), and where the
    table prints fuels as rows over kinds as columns (`fuels_as_rows`), the cell the other way round
    (`_printed_cell`: row `경유`, column `압축진개차`; the 계 row's `압축진개차`). Their messages name it so already
    (`_place`)."""
    labels = {(c.category, f"{status}{c.column}"): f"{status}{c.printed_kind}"
              for field, status in _STATUSES.items() for c in getattr(fleet, field) if c.printed_kind}
    total_row = _total_row(fleet.counts)
    if not fleet.fuels_as_rows and not labels and total_row == "계":
        return findings
    named = []
    for f in findings:
        if f.rule != SUM.id:  # the heading's, the list's: no cell of the table
            named.append(f)
        elif fleet.fuels_as_rows:
            status = next((status for status in _STATUSES.values() if status and f.column.startswith(status)), "")
            row, column = _printed_cell(f.row, f.column.removeprefix(status), True)
            # the 계 row's cells (a kind's 소계, the grand total) by its label, the 계 column's (category 계) by its
            row = labels.get((f.row, f.column), f"{status}{row}").removeprefix(status)
            named.append(replace(f, row=row, column=f"{status}{total_row if f.row == '계' else column}"))
        elif (f.row, f.column) in labels or f.row == "계" != total_row:
            named.append(replace(f, row=total_row if f.row == "계" else f.row,
                                 column=labels.get((f.row, f.column), f.column)))
        else:
            named.append(f)
    return named


def _total_row(counts: list[VehicleCount]) -> str:
    """The label the 계 row prints (`합계` of `합 계`: its `printed_category`), else `계`; where fuels are the rows
    (`fuels_as_rows`), the 계 column's, the 계 row of the kinds as rows the checks read."""
    return next((c.printed_category for c in counts if c.category == "계" and c.printed_category), "계")


def _printed_cell(category: str, kind: str, fuels_as_rows: bool) -> tuple[str, str]:
    """A count's row and column as the table prints them: its category and kind, or where it prints fuels as rows
    over kinds the other way round, a kind's 소계 the 계 row's (`압축진개차 | 소계` is `계 | 압축진개차`, `압축진개차 |
    경유` is `경유 | 압축진개차`, `계 | 경유` is `경유 | 계`)."""
    if not fuels_as_rows:
        return category, kind
    return ("계" if kind == "소계" else kind), category


def _uncategorised(fleet: VehicleFleet) -> list[Found]:
    """The kinds a fleet's count table (`압축진개차 | 28`, kinds printed with no category) or, where it names none,
    its vehicle list prints that the tool puts under no category (`모빌리티카`, its name and its row telling none),
    once for the fleet: `vehicle_categories` counts them as `미분류`, so a question by category counts them under
    none of the law's. A list printed with a count table names the same vehicles again: the table's are named."""
    counts = ([count for count in fleet.counts if count.uncategorised]
              or [count for count in fleet.listed if count.uncategorised])
    if not counts:
        return []
    printed = counts[0].uncategorised
    # a kind printed as a category of its own is named by its category as printed (`기타`, kind `소계`)
    models = "·".join(dict.fromkeys(count.category if count.kind == "소계" else count.kind or ""
                                    for count in counts))
    return [UNCATEGORISED.finding(
        table=fleet.caption, row=printed, column="차종", source=counts[0].source,
        message=f"차량 {printed}의 차종을 승용·승합·화물·특수로 분류하지 못했습니다 ({models}:"
                f" {sum(count.count for count in counts)}대)")]


def _arithmetic(fleet: VehicleFleet) -> list[Found]:
    """The sums of the vehicles held and of the quota, and each 과부족."""
    return [f for found in _arithmetic_by_status(fleet).values() for f in found]


def _arithmetic_by_status(fleet: VehicleFleet) -> dict[str, list[Found]]:
    """`_arithmetic`'s findings by the field of the counts they are of (`_STATUSES`): the held's sums, the quota's,
    the 과부족s."""
    subtotals = {field: _category_subtotals(fleet.caption, getattr(fleet, field),
                                            fleet.subtotals.get(_STATUS_OF[field], []), words)
                 for field, words in _STATUSES.items()}
    return {"counts": _sums(fleet.caption, fleet.counts, "", fleet.fuels_as_rows) + subtotals["counts"],
            "quotas": _sums(fleet.caption, fleet.quotas, f"{QUOTA_STATUS} ", fleet.fuels_as_rows) + subtotals["quotas"],
            "shortfalls": _shortfalls(fleet.caption, fleet) + subtotals["shortfalls"]}


# the fleet's statuses: the field of its counts, and the words a finding's column names them by
_STATUSES = {"counts": "", "quotas": f"{QUOTA_STATUS} ", "shortfalls": f"{SHORTFALL} "}
_STATUS_OF = {"counts": HELD, "quotas": QUOTA_STATUS, "shortfalls": SHORTFALL}  # what `VehicleFleet.subtotals` keys


def _one_cell(fleet: VehicleFleet) -> list[Found]:
    """The fleet's findings, those one wrong count explains (`one_wrong_count`) as one finding naming it (`정 수 | 12`
    where its kinds make 11: the 정수 계, not also the 과부족 계 it makes △2; a team's 승합 held 3 for 2: that count,
    not its 과부족 and the 계 row's 승합)."""
    by_status = _arithmetic_by_status(fleet)
    findings = [f for found in by_status.values() for f in found]
    if len(findings) < 2:  # most fleets: no two findings one count could explain, nothing to make for the search
        return findings
    status_of = {id(f): field for field, found in by_status.items() for f in found}
    cells = [(field, k, cell) for field in _STATUSES for k, cell in enumerate(getattr(fleet, field))]

    def recheck(at: int, count: int) -> list[Found]:
        field, k, cell = cells[at]
        counts = getattr(fleet, field)
        return _arithmetic(fleet.model_copy(update={
            field: [*counts[:k], cell.model_copy(update={"count": count}), *counts[k + 1:]]}))

    def related(at: int, finding: Found) -> bool:
        """Whether the count at `at` is in the sums the finding is of: its category's row (its 소계, 과부족), its
        kind's column down the categories, or the 계 row's 계, which its category's total is in."""
        field, _k, cell = cells[at]
        return finding.row == cell.category or finding.column in (
            f"{_STATUSES[field]}{cell.column}", f"{_STATUSES[field]}계")

    def clearable(at: int, finding: Found) -> bool:
        """Whether a figure of the count at `at` can clear the finding at all: a sum's, a count of the sum's status
        (the held's, the quota's) in that sum (`_in_sum`); a 과부족's, the held and quota counts of its category and
        kind, and itself. So a 과부족 count, which clears its own finding alone, is never tried, nor another
        category's 소계 for a category's 소계 found wrong."""
        field, _k, cell = cells[at]
        status = status_of[id(finding)]
        kind = finding.column.removeprefix(_STATUSES[status])
        if status != "shortfalls":
            return field == status and _in_sum(cell, finding.row, kind)
        return finding.row == cell.category and _kind_label(cell.column) == _kind_label(kind)

    explained = one_wrong_count(findings, [cell.count for _field, _k, cell in cells], recheck, related, clearable)
    if explained is None:
        return findings
    at, count, left = explained
    (field, _k, cell), column = cells[at], f"{_STATUSES[cells[at][0]]}{cells[at][2].column}"
    named = next((f for f in findings if (f.row, f.column, f.source) == (cell.category, column, cell.source)
                  and f.expected == figure(count)), None)
    return [*left, named or SUM.finding(
        table=fleet.caption, row=cell.category, column=column, expected=figure(count), actual=figure(cell.count),
        source=cell.source,
        message=f"{_STATUSES[field]}{_place(cell.category, cell.printed_kind or cell.column, fleet.fuels_as_rows)}"
                f" 대수가 표의 합계·과부족과 맞지 않습니다"
                f" (표기 {shown(cell.count, '대')}, 그 셈에 맞는 값 {shown(count, '대')})")]


def _on_printed_cells(fleet: VehicleFleet, findings: list[Found]) -> list[Found]:
    """The findings, each naming a count of one fuel printed two ways (`휘발유 | 가솔린`: their sum, its `printed`)
    as the one finding the fleet as printed, each such count its cells, gives on one of its cells: the cell found
    wrong, by its label as printed and its own figure (the 계 row's `가솔린` 3 where 승용's 1 and 승합's 1 make 2;
    else the 계 row's `휘발유` 6 for 5, a sum printed nowhere). Where the cells as printed tell no one of them, the
    finding stays. So is a fuel printed once another way than its one name (`가솔린`, stored 휘발유) named as printed,
    in a finding on its cell and in one naming it among a sum's parts (`휘발유·경유 대수`), that a reader finds it."""
    summed = {(cell.category, f"{status}{cell.column}"): {f"{status}{part.column}" for part in cell.printed}
              for field, status in _STATUSES.items() for cell in getattr(fleet, field) if cell.printed}
    if not summed or not findings:  # most fleets print none
        return findings
    as_printed = _one_cell(fleet.model_copy(update={
        field: [part for cell in getattr(fleet, field) for part in cell.printed or [cell]] for field in _STATUSES}))
    named = []
    for f in findings:
        if f.rule == SUM.id and (columns := summed.get((f.row, f.column))):
            on_cells = [g for g in as_printed if g.rule == SUM.id and g.row == f.row and g.column in columns]
        else:  # a finding on no such count: the same, its message as printed
            on_cells = [g for g in as_printed if (g.rule, g.row, g.column, g.expected, g.actual, g.source) == (
                f.rule, f.row, f.column, f.expected, f.actual, f.source)]
        named.append(on_cells[0] if len(on_cells) == 1 else f)
    return named


def _in_sum(cell: VehicleCount, row: str, kind: str) -> bool:
    """Whether a count is in the sum `_sums` finds on a row's kind: its own row's (a category's 소계, a group's or the
    계 row's own cells), the 계 row's 계 (of every category), or a kind's column down the categories into the 계 row
    or its group's row."""
    return cell.category == row or kind == "계" == row or kind == cell.column and row in ("계", group_of(cell.category))


def _sums(table: str, counts: list[VehicleCount], status: str, fuels_as_rows: bool) -> list[Found]:
    """Each category's 소계 is its kinds' sum, a group's own row its rows', the 계 row the categories' (the total and
    each kind's column); `status` names the counts in a finding's column and message (`정수 `), '' for the
    vehicles held. Where the table prints fuels as rows over kinds (`fuels_as_rows`), a message names the sum as
    printed: a kind's 소계 the 계 row's, a fuel's column down the kinds its row's 계."""
    findings = []
    by_category = counts_by_category(counts)
    row_source = {(c.category, c.column): c.source for c in counts}  # a finding names its row's line
    fuels = {c.column for c in counts if c.kind is None and c.fuel}  # the columns counting a fuel of no kind
    subtotal_label = {c.category: c.printed_kind for c in counts if c.kind == "소계" and c.printed_kind}  # `계`
    for category, kinds in by_category.items():
        parts = [n for kind, n in kinds.items() if kind != "소계"]
        if category != "계" and "소계" in kinds and parts and kinds["소계"] != sum(parts):
            subtotal = (f"{subtotal_label.get(category, '계')} 행의 {category}이(가)" if fuels_as_rows
                        else f"{category} {subtotal_label.get(category, '소계')}가")
            findings.append(SUM.finding(
                table=table, row=category, column=f"{status}소계", expected=figure(sum(parts)),
                actual=figure(kinds["소계"]), source=row_source[category, "소계"],
                message=f"{status}{subtotal} {_parts_named(kinds, fuels, '차종별 대수')}의 합과 다릅니다"
                        f" (표기 {shown(kinds['소계'], '대')}, 합계 {shown(sum(parts), '대')})"))
    for group, members in _groups(by_category).items():  # a group's own row (`행정지원국 | 소 계`) sums its rows
        findings += _column_sums(table, (group, group), by_category[group], {m: by_category[m] for m in members},
                                 row_source, status, fuels_as_rows)
    subtotals = category_totals(by_category)
    grand = by_category.get("계", {})
    total = grand.get("계")
    grand_kinds = [n for kind, n in grand.items() if kind != "계"]  # a 계 row alone (`정 수 | 현 원` under kinds)
    if total is not None and (subtotals or grand_kinds):
        summed = sum(subtotals.values()) if subtotals else sum(grand_kinds)
        # the categories' 소계, but the fuels' counts where none prints one (`보 유 | 5 | 4` under `계 | 휘발유`,
        # `휘발유 | 5` over `경유 | 3`: the fleet's)
        if not subtotals:
            parts = _parts_named(grand, fuels, "차종별 대수")
        elif fuels_as_rows or subtotal_label:  # the 계 row's kinds, or the rows' totals printed as no 소계 (`계`)
            parts = f"{'·'.join(subtotals)} 대수"
        elif any("소계" in kinds for kinds in by_category.values()):
            parts = "분류별 소계"
        else:
            parts = _parts_named({kind: n for category in subtotals for kind, n in by_category[category].items()},
                                 fuels, "분류별 소계")
        if total != summed:
            findings.append(SUM.finding(
                table=table, row="계", column=f"{status}계", expected=figure(summed), actual=figure(total),
                source=row_source["계", "계"],
                message=f"{status}총계가 {parts}의 합과 다릅니다"
                        f" (표기 {shown(total, '대')}, 합계 {shown(summed, '대')})"))
    # categories as rows: the 계 row sums each kind's column
    findings += _column_sums(table, ("계", _total_row(counts)), {kind: n for kind, n in grand.items() if kind != "계"},
                             {category: kinds for category, kinds in by_category.items() if category in subtotals},
                             row_source, status, fuels_as_rows)
    return findings


def _category_subtotals(table: str, counts: list[VehicleCount], subtotals: list[VehicleCount],
                        status: str) -> list[Found]:
    """Each row's 소계 of a category printed beside its kinds (`VehicleFleet.subtotals`: `화 물` over `소 계 | 트럭 |
    청소차`) is the sum of those kinds in its row, as a category's 소계 printed in a row of its own is (`_sums`); a
    finding names its row and its column as printed (`총무과`, `화물 소계`; the 계 row as it prints it, `합계`).
    `status` is the counts' words in a finding's column and message (`정수 `), '' for the vehicles held."""
    by_category = counts_by_category(counts)
    findings = []
    for subtotal in subtotals:
        category = subtotal.kind.removesuffix("소계")  # `화물 `, the kinds' `화물 트럭`
        parts = {kind: n for kind, n in by_category.get(subtotal.category, {}).items() if kind.startswith(category)}
        if parts and subtotal.count != (summed := sum(parts.values())):
            row = _total_row(counts) if subtotal.category == "계" else subtotal.category
            column = subtotal.printed_kind or subtotal.kind
            findings.append(SUM.finding(
                table=table, row=subtotal.category, column=f"{status}{column}", expected=figure(summed),
                actual=figure(subtotal.count), source=subtotal.source,
                message=f"{status}{row} 행의 {column}가 {'·'.join(kind.removeprefix(category) for kind in parts)}"
                        f" 대수의 합과 다릅니다 (표기 {shown(subtotal.count, '대')}, 합계 {shown(summed, '대')})"))
    return findings


def _parts_named(kinds: dict[str, int], fuels: set[str], otherwise: str) -> str:
    """What a sum's finding names its parts by: where every part (a kind but the totals) counts a fuel, those fuels
    (`휘발유 대수`, `휘발유·경유 대수`; before, `차종별 대수`, no kind being printed), else `otherwise`."""
    parts = [kind for kind in kinds if kind not in ("계", "소계")]
    return f"{'·'.join(parts)} 대수" if parts and all(kind in fuels for kind in parts) else otherwise


def _shortfalls(table: str, fleet: VehicleFleet) -> list[Found]:
    """Each printed 과부족 is the vehicles held less the quota, in its category and kind, where the held and the
    quota print it once each: by its kind as printed (`전기차` beside `전기`, one fuel printed two ways, each its
    own cell), else by one label (`특수차` is `특수`): a kind either does not print, or prints twice, is not
    compared."""
    held, quota = _by_label(fleet.counts), _by_label(fleet.quotas)
    findings = []
    for c in fleet.shortfalls:
        cell = next((cell for cell in ((c.category, c.column, True), (c.category, _kind_label(c.column), False))
                     if cell in held and cell in quota), None)
        if cell is not None and c.count != held[cell] - quota[cell]:
            expected = held[cell] - quota[cell]
            findings.append(SUM.finding(
                table=table, row=c.category, column=f"{SHORTFALL} {c.column}", expected=figure(expected),
                actual=figure(c.count), source=c.source,
                message=f"{_place(c.category, c.printed_kind or c.column, fleet.fuels_as_rows)} 과부족이"
                        f" 보유 − 정수와 다릅니다"
                        f" (표기 {shown(c.count, '대')}, 보유 {held[cell]}대 − 정수 {quota[cell]}대"
                        f" = {shown(expected, '대')})"))
    return findings


def _place(category: str, kind: str, fuels_as_rows: bool) -> str:
    """A count's place as a message names it, by its row and column as printed (`_printed_cell`): `승용 소계`,
    `승용` (the 계 of its row), `승합` (the 계 row's), `계`; `경유 압축진개차` where fuels are the rows."""
    category, kind = _printed_cell(category, kind, fuels_as_rows)
    if kind == "계":
        return category
    return kind if is_total(category) else f"{category} {kind}"


def _by_label(counts: list[VehicleCount]) -> dict[tuple[str, str, bool], int]:
    """The counts by category and kind as printed (True), and by category and kind's label (`_kind_label`, False),
    those printed once only."""
    printed: dict[tuple[str, str, bool], int | None] = {}
    for c in counts:
        for cell in ((c.category, c.column, True), (c.category, _kind_label(c.column), False)):
            printed[cell] = None if cell in printed else c.count
    return {cell: n for cell, n in printed.items() if n is not None}


def _kind_label(kind: str) -> str:
    """A kind as the statuses over kinds of their own may each print it: `특수차` and `특수` alike."""
    return kind[:-1] if len(kind) > 2 and kind.endswith("차") else kind


def _groups(by_category: dict[str, dict[str, int]]) -> dict[str, list[str]]:
    """The rows of each group that prints a row of its own: `행정지원국 총무과` (a table with two columns of row
    labels names a group's rows so) under `행정지원국`."""
    groups: dict[str, list[str]] = defaultdict(list)
    for category in by_category:
        group = group_of(category)
        if group in by_category:
            groups[group].append(category)
    return groups


def _column_sums(table: str, rows_total: tuple[str, str], totals: dict[str, int], rows: dict[str, dict[str, int]],
                 row_source, status: str, fuels_as_rows: bool) -> list[Found]:
    """A total row (the 계 row, a group's own; `rows_total` its category and its label as printed, `합계` of the 계
    row printed `합 계`) is the sum of the rows it totals, kind by kind; where the table
    prints fuels as rows over kinds (`fuels_as_rows`), the 계 of each fuel's row the sum of its kinds (`경 유 | 7 |
    4 | 3`: `경유 행의 계가 압축진개차·살수차 대수의 합과 다릅니다`)."""
    findings = []
    row, printed_row = rows_total
    for kind, n in totals.items():
        column = [kinds[kind] for kinds in rows.values() if kind in kinds]
        if column and n != sum(column):
            parts = "·".join(name for name, kinds in rows.items() if kind in kinds)
            sums = (f"{kind} 행의 {printed_row}가 {parts} 대수" if fuels_as_rows
                    else f"{printed_row} 행의 {kind}이(가) 분류별 {kind}")
            findings.append(SUM.finding(
                table=table, row=row, column=f"{status}{kind}", expected=figure(sum(column)), actual=figure(n),
                source=row_source[row, kind],
                message=f"{status}{sums}의 합과 다릅니다"
                        f" (표기 {shown(n, '대')}, 합계 {shown(sum(column), '대')})"))
    return findings
