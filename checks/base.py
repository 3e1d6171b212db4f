"""What every check shares: its rule (id, severity, description) and how a finding is written."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TypeVar

from pipeline.values import unit_multiplier
from schemas import BudgetLine, Finding, Source


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str  # error: arithmetic inside one table; warning: two places disagree; info: worth knowing
    description: str

    def finding(self, *, table: str, message: str, source: Source, row: str | None = None,
                column: str | None = None, expected: str | None = None, actual: str | None = None) -> Found:
        return Found(rule=self.id, severity=self.severity, table=table, row=row, column=column,
                     expected=_signed(expected), actual=_signed(actual), message=message, source=source)


@dataclass(slots=True)
class Found:
    """A finding as the checks make and compare it, a `Finding`'s fields in a plain object: most are made in a
    table checked again with one cell changed (`one_wrong_count`) and dropped, and a pydantic record costs some
    24k instructions to build; `run_checks` makes each one it keeps a `Finding`, once."""
    rule: str
    severity: str
    table: str
    message: str
    source: Source
    row: str | None = None
    column: str | None = None
    expected: str | None = None
    actual: str | None = None

    def record(self) -> Finding:
        return Finding(rule=self.rule, severity=self.severity, table=self.table, row=self.row, column=self.column,
                       expected=self.expected, actual=self.actual, message=self.message, source=self.source)


def _signed(value: str | None) -> str | None:
    """A finding's figure with a negative's `-` (`-2`, `-100,000천원`), in every rule alike, whichever way the report
    prints it and its message writes it (`△2`)."""
    return f"-{value[1:]}" if value and value.startswith("△") else value


def one_wrong_count(findings: list[Found], counts: Sequence[int], recheck: Callable[[int, int], list[Found]],
                    related: Callable[[int, Found], bool],
                    clearable: Callable[[int, Found], bool] | None = None) -> tuple[int, int, list[Found]] | None:
    """The one count of a table's (by its place in `counts`) whose figure, less or more by what one of its findings
    misses, clears two of the findings or more and raises none (`one_explaining`; `recheck`: the table's findings
    with the count at index k at that figure), with that figure and the findings left. Tried only where two
    findings are or more, and only with a count two findings are `related` to (those of the sums it is in: no other
    count can clear them), by what they miss: a table checked again costs as much as the table. Where `clearable`
    tells which findings a count can clear at all, a count that can clear two error findings at most one of is not
    tried either: no figure of it could explain them, and the search finds as it would have."""
    if len({finding_key(f) for f in findings}) < 2:
        return None
    missing = [(f, abs(_count(f.expected) - _count(f.actual))) for f in findings
               if _count(f.expected) is not None and _count(f.actual) is not None]
    errors = [f for f in findings if f.severity == "error"]

    def misses(k: int) -> set[int]:
        if clearable is not None and len({finding_key(f) for f in errors if clearable(k, f)}) < 2:
            return set()
        missed = [miss for f, miss in missing if related(k, f)]
        return set(missed) - {0} if len(missed) >= 2 else set()

    explained = one_explaining(findings, (((k, right), partial(recheck, k, right)) for k, count in enumerate(counts)
                                          for right in {count + sign * miss for miss in misses(k) for sign in (1, -1)}))
    return None if explained is None else (*explained[0], explained[1])


Cell = TypeVar("Cell")  # what a one-cell search names a cell it tries by


def one_explaining(findings: list[Found], tries: Iterable[tuple[Cell, Callable[[], list[Found]]]],
                   least: int = 2) -> tuple[Cell, list[Found]] | None:
    """Of a table's cells each tried at another figure (`tries`: the cell, and the table's findings with it at that
    figure), the one alone whose figure clears two of the table's error findings (`findings`) or more and raises
    none (`explaining`), with the findings then; None where none does, or two do (then two cells may be wrong, and
    each finding stands: the search stops at the second). `least`: one, of cells whose figure another place of the
    report witnesses."""
    found = list(itertools.islice(explaining(findings, tries, least), 2))
    return found[0] if len(found) == 1 else None


def explaining(findings: list[Found], tries: Iterable[tuple[Cell, Callable[[], list[Found]]]],
               least: int = 2) -> Iterator[tuple[Cell, list[Found]]]:
    """Each cell of `tries` whose figure clears `least` of the table's error findings or more and raises none, with
    the table's findings with it at that figure, each tried as asked for."""
    errors = {finding_key(f) for f in findings if f.severity == "error"}
    for cell, recheck in tries:
        left = recheck()
        raised = {finding_key(f) for f in left if f.severity == "error"}
        if raised <= errors and len(errors - raised) >= least:
            yield cell, left


def each_explaining(findings: list[Found], explained: list[tuple[Cell, list[Found]]],
                    recheck: Callable[[list[Cell]], list[Found]]) -> list[Found] | None:
    """A table's findings with two cells or more each at its figure (`explained`: each cell, and the findings with
    it alone at its figure, as `explaining` yields them), where each clears errors of its own, none another's, and
    together (`recheck` of them all) they clear those and raise none: two wrong figures of one table, each then a
    finding on its cell (a budget's or a table's part whose 계 and rate find its 예산액 wrong, another's whose 계 and
    rate find its 집행액 wrong). None where two clear one error (either cell may be wrong), or fewer than two do."""
    if len(explained) < 2:
        return None
    errors = {finding_key(f) for f in findings if f.severity == "error"}
    cleared = [errors - {finding_key(f) for f in left if f.severity == "error"} for _, left in explained]
    if sum(map(len, cleared)) != len(set().union(*cleared)):
        return None
    together = recheck([cell for cell, _ in explained])
    return together if {finding_key(f) for f in together if f.severity == "error"} == errors - set().union(
        *cleared) else None


def all_explaining(findings: list[Found], cells: int, recheck: Callable[[], list[Found]]) -> list[Found] | None:
    """A table's findings with some of its cells (`cells` of them) each at another figure (`recheck`), where those
    figures together clear every error finding of the table and raise none, and are fewer than the findings they
    clear; None otherwise: a finding they leave is not theirs to explain, and each stands as found. One try."""
    errors = {finding_key(f) for f in findings if f.severity == "error"}
    if not 0 < cells < len(errors):
        return None
    left = recheck()
    return None if any(f.severity == "error" for f in left) else left


def finding_key(finding: Found) -> tuple:
    """What tells a finding from another of its table: its rule and cell."""
    return finding.rule, finding.row, finding.column, finding.source.line, finding.source.page


def _count(text: str | None) -> int | None:
    """A finding's count (`1,234`, `-3`), None where it is none."""
    digits = (text or "").replace(",", "")
    return int(digits) if digits.lstrip("-").isdigit() else None


def figure(value: int | Decimal | None, unit: str | None = None) -> str:
    """A figure as the report prints it: `1,234`, with the unit where it is one (`1,234천원`)."""
    if value is None:
        return "-"
    return f"{value:,}{unit or ''}"


def shown(value: int | Decimal, unit: str | None = None) -> str:
    """A figure in a message as these reports print it: a negative with `△` (`△2`, which the readers read as −2
    as they read `▲2` and `-2`; a record keeps the number only), else as `figure`."""
    return f"△{figure(-value, unit)}" if value < 0 else figure(value, unit)


# units of the myriad scale, and the scale a figure of 10,000 of them is written in (`95,000만원` is `9억 5,000만원`)
_MYRIAD = {"만원": "억", "억원": "조"}


def money(krw: int | None, unit: str | None, decimals: int = 0) -> str:
    """Won back in the printed unit, so the figure can be found in the report: with the decimals it needs
    (`38.2억원`, as a table in 억원 prints it), and at least those its table prints (`decimals`: `850.0백만원` of a
    line printing `850.0`; before, `850백만원`), in won where it needs more than two; in 만원 (억원) from 1억 (1조)
    as reports write it (`9억 5,000만원`, not `95,000만원`); a negative with `△`, as `shown`."""
    if krw is None:
        return "-"
    if krw < 0:
        return f"△{money(-krw, unit, decimals)}"
    per = unit_multiplier(unit) or 1
    if per > 1 and krw % per == 0 and not decimals:  # whole units, as most figures are: no Decimal needed
        if unit in _MYRIAD and krw >= 10_000 * per:
            high, low = divmod(krw // per, 10_000)
            return f"{high:,}{_MYRIAD[unit]} {low:,}{unit}" if low else f"{high:,}{_MYRIAD[unit]}원"
        return f"{krw // per:,}{unit}"
    digits = next((digits for digits in (0, 1, 2) if krw * 10**digits % per == 0), None) if per > 1 else None
    if digits is None:
        return f"{krw:,}원"
    return f"{Decimal(krw) / per:,.{max(digits, decimals)}f}{unit}"


def line_money(krw: int | None, line: BudgetLine) -> str:
    """A figure of a budget line's as its table prints it: `money` in the line's unit, at its printed decimals."""
    return money(krw, line.unit, line.decimals)
