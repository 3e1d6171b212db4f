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


def counts_by_category(counts: list[VehicleCount]) -> dict[str, dict[str, int]]:
    """Each category's counts by kind, in printed order."""
    table: dict[str, dict[str, int]] = {}
    for c in counts:
        table.setdefault(c.category, {})[c.kind] = c.count
    return table


def category_totals(table: dict[str, dict[str, int]]) -> dict[str, int]:
    """What each category counts: its 소계, else its kinds' sum; the 계 row and the rows of a group that prints a
    row of its own (`행정지원국 | 소 계`, which counts them) left out."""
    return {category: kinds.get("소계", sum(n for kind, n in kinds.items() if kind != "소계"))
            for category, kinds in table.items() if category != "계" and group_of(category) not in table}


def fleet_total(table: dict[str, dict[str, int]]) -> int:
    """What a fleet's counts add up to: the grand total where printed, else the categories' totals (a 계 row
    with no total of its own, `계 | 7 | 5` under `승용 | 승합`, is no category: the categories below it count)."""
    grand = table.get("계", {}).get("계")
    return grand if grand is not None else sum(category_totals(table).values())


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
