"""What every check shares: its rule (id, severity, description) and how a finding is written."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.values import unit_multiplier
from schemas import Finding, Source


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: str  # error: arithmetic inside one table; warning: two places disagree; info: worth knowing
    description: str

    def finding(self, *, table: str, message: str, source: Source, row: str | None = None,
                column: str | None = None, expected: str | None = None, actual: str | None = None) -> Finding:
        return Finding(rule=self.id, severity=self.severity, table=table, row=row, column=column,
                       expected=expected, actual=actual, message=message, source=source)


def figure(value: int | None, unit: str | None = None) -> str:
    """A figure as the report prints it: `1,234`, with the unit where it is one (`1,234천원`)."""
    if value is None:
        return "-"
    return f"{value:,}{unit or ''}"


def money(krw: int | None, unit: str | None) -> str:
    """Won back in the printed unit, so the figure can be found in the report."""
    if krw is None:
        return "-"
    per = unit_multiplier(unit) or 1
    return f"{krw // per:,}{unit}" if unit and per > 1 and krw % per == 0 else f"{krw:,}원"
