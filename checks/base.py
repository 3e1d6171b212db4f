"""What every check shares: its rule (id, severity, description) and how a finding is written."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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
                       expected=_signed(expected), actual=_signed(actual), message=message, source=source)


def _signed(value: str | None) -> str | None:
    """A finding's figure with a negative's `-` (`-2`, `-100,000천원`), in every rule alike, whichever way the report
    prints it and its message writes it (`△2`)."""
    return f"-{value[1:]}" if value and value.startswith("△") else value


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


def money(krw: int | None, unit: str | None) -> str:
    """Won back in the printed unit, so the figure can be found in the report: with the decimals it needs
    (`38.2억원`, as a table in 억원 prints it), in won where it needs more than two; in 만원 (억원) from 1억 (1조)
    as reports write it (`9억 5,000만원`, not `95,000만원`); a negative with `△`, as `shown`."""
    if krw is None:
        return "-"
    if krw < 0:
        return f"△{money(-krw, unit)}"
    per = unit_multiplier(unit) or 1
    digits = next((digits for digits in range(3) if krw * 10**digits % per == 0), None) if unit and per > 1 else None
    if digits is None:
        return f"{krw:,}원"
    if digits == 0 and unit in _MYRIAD and krw >= 10_000 * per:
        high, low = divmod(krw // per, 10_000)
        return f"{high:,}{_MYRIAD[unit]} {low:,}{unit}" if low else f"{high:,}{_MYRIAD[unit]}원"
    return f"{Decimal(krw) / per:,.{digits}f}{unit}"
