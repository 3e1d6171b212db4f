from typing import Literal

from schemas.common import Record

Severity = Literal["error", "warning", "info"]


class Finding(Record):
    """A place where the report's figures disagree with each other (or something worth knowing).

    `table`, `row` and `column` are the labels as printed; `expected`/`actual` are the figures compared.
    """

    rule: str
    severity: Severity
    table: str
    row: str | None = None
    column: str | None = None
    expected: str | None = None
    actual: str | None = None
    message: str

    @property
    def location(self) -> str:
        where = " / ".join(p for p in (self.table, self.row, self.column) if p)
        return f"{where} ({self.source})"
