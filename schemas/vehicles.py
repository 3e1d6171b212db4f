from pydantic import Field

from schemas.common import Record


class VehicleCount(Record):
    """One cell of a vehicles table: subtotals have kind '소계', the grand total category and kind '계'; a row of a
    group (a second column of row labels) has the category '행정지원국 총무과', the group's own row '행정지원국'."""

    category: str
    kind: str
    count: int


def group_of(category: str) -> str:
    """The group whose rows a category's row is one of (`행정지원국` of `행정지원국 총무과`); '' for none. Where the
    group prints a row of its own, that row counts its rows' vehicles."""
    return category.rpartition(" ")[0]


class VehicleFleet(Record):
    """A vehicles table with its heading (`공용차량 - 총236대 (정수 236)`).

    `repaired` says the printed header could not be right and the figures' sums decided the labels.
    """

    caption: str
    printed_total: int | None = None
    quota: int | None = None
    unit: str | None = None
    repaired: bool = False
    repair_note: str | None = None
    counts: list[VehicleCount] = Field(default_factory=list)
