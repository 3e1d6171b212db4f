from __future__ import annotations

import datetime as dt

from pydantic import Field

from schemas.common import Record, Source

HELD, QUOTA, SHORTFALL = "보유", "정수", "과부족"  # what a fleet's counts count: the vehicles held, quota, difference
LISTED = "목록"  # the vehicles a list printed with a count table names, one row each
COUNTED = "현황"  # a count table, which prints kinds with their counts (`압축진개차 | 28`)
# the category of a listed vehicle of a model the tool does not know, its row printing no seats, load or use that
# tells (`모빌리티카`), or of a count table's kind whose name tells none: no category of the law's, so that a
# question by category (`승용` or `승합`) counts it apart, its kind as printed
UNCATEGORISED = "미분류"


class VehicleCount(Record):
    """One cell of a vehicles table: subtotals have kind '소계', the grand total category and kind '계'; a row of a
    group (a second column of row labels) has the category '행정지원국 총무과', the group's own row '행정지원국'.
    Vehicles counted by fuel (`휘발유 | 경유 | 전기 | 하이브리드`) have it as their `fuel` and no kind (none is
    printed): `승용 | 휘발유 | 2` is category 승용, fuel 휘발유; fuels as the rows' only labels are the fleet's. A fuel
    is stored by one name however printed, a list's as a table's (`전기차` is 전기, `가솔린` 휘발유), a table's
    two spellings of one (`휘발유 | 가솔린`) one count of it, their sum, its cells kept as `printed`."""

    category: str
    kind: str | None
    count: int
    fuel: str | None = None
    printed: list[VehicleCount] = Field(default_factory=list, exclude=True)
    """The cells a count of one fuel printed two ways sums, each its fuel as printed (`가솔린`) and its own figure:
    what a finding names where one of them is wrong; for a count of one cell, that cell where it prints its fuel
    otherwise than its one name (`가솔린`, `fuel` 휘발유), else none."""
    uncategorised: str | None = Field(default=None, exclude=True)
    """Where a count the tool puts under no category, kept under `UNCATEGORISED`, is printed: `목록` (`LISTED`), a
    vehicle list's model whose row prints no seats, load or use that tells (`모빌리티카`), or `현황` (`COUNTED`), a
    count table's kind printed with no category whose name tells none; what `vehicles.uncategorised` names."""
    printed_category: str | None = Field(default=None, exclude=True)
    """The category as the table prints it where the tool counts the count under another (`_kinds_categorised`): a
    kind printed as a category of its own, `압축진개차` of `화물 압축진개차`, or the fleet's name for a kind printed
    as the fleet's, `공용차량현황` of `화물 | 압축진개차`; the 계 row's label where it prints another (`합계`, `총계`):
    what a finding names its row by, that a reader finds it (the 계 row's summed as the 계 still)."""
    printed_kind: str | None = Field(default=None, exclude=True)
    """The label the table prints over a row's total where it is not the tool's word for it (`소계` of a category,
    `계` of the 계 row): `계` of `구 분 | 계 | 경 유 | C N G` over `압축진개차 | 20 | 12 | 8`, `합계` of `합 계`; what a
    finding names its column by."""

    @property
    def column(self) -> str:
        """What the count counts within its category, as its sums go: its kind, or where it has none its fuel."""
        return self.kind if self.kind is not None else self.fuel or ""


def group_of(category: str) -> str:
    """The group whose rows a category's row is one of (`행정지원국` of `행정지원국 총무과`); '' for none. Where the
    group prints a row of its own, that row counts its rows' vehicles."""
    return category.rpartition(" ")[0]


def counts_by_category(counts: list[VehicleCount]) -> dict[str, dict[str, int]]:
    """Each category's counts by kind (or fuel), in printed order."""
    table: dict[str, dict[str, int]] = {}
    for c in counts:
        table.setdefault(c.category, {})[c.column] = c.count
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

    `counts` are the vehicles held (printed `보유`, `현원`, `대수`, or as the table's only figures); where the table
    prints them by category or kind, `quotas` are the 정수 and `shortfalls` the 과부족 (`증감`, `차이`), cell for cell
    as the counts. `listed` are the vehicles a list printed with the table names (`연번 | 차 종 | 차량번호`, one row a
    vehicle), counted as a list printed alone is (`계`, and by 차종): the same vehicles again, no fleet of their own.
    `repaired` says the printed header could not be right and the figures' sums (or the kinds)
    decided the labels. `heading_source` is where the heading prints its `총N대` or `(정수 N)`, checked there (None
    where it prints neither). `as_of` is the date its figures stand at, where the table or its heading prints one
    (`3. 공용차량 현황(’25. 5. 31. 현재)`). `name` is the fleet's name, alike in every year's report where its
    caption is not (`공용차량현황` of `3. 공용차량 현황 - 총 13대 (정수 14)`; a label of its one row of figures,
    `관용차량 | 4 | 3`, where it names one): the category of its counts that no category holds, its categories'
    where it prints them as one row of counts under their labels alone (`승 용 | 승 합 | 화 물` over `9 | 3 | 2`:
    kinds `승용`, `승합`, `화물`); its kinds printed with no category (`차 종 | 대 수` over `압축진개차 | 28`) are
    under the category their name tells (`화물`), else `미분류`.
    """

    caption: str
    name: str
    printed_total: int | None = None
    quota: int | None = None
    unit: str | None = None
    as_of: dt.date | None = None
    repaired: bool = False
    repair_note: str | None = None
    heading_source: Source | None = None
    counts: list[VehicleCount] = Field(default_factory=list)
    quotas: list[VehicleCount] = Field(default_factory=list)
    shortfalls: list[VehicleCount] = Field(default_factory=list)
    listed: list[VehicleCount] = Field(default_factory=list)
    subtotals: dict[str, list[VehicleCount]] = Field(default_factory=dict, exclude=True)
    """By status (`HELD`, `QUOTA`, `SHORTFALL`), each row's 소계 of a category printed beside its kinds in columns
    of their own (`화 물` over `소 계 | 트럭 | 청소차`, on 총무과's row): category the row's, kind the category's
    `소계` (`화물 소계`, the kinds' `화물 트럭`), `printed_kind` its label where printed otherwise (`화물 계`). Not a
    kind: the row's 계 counts the vehicles already, so it is not stored, only checked against its kinds' sum."""
    fuels_as_rows: bool = Field(default=False, exclude=True)
    """Whether the table prints fuels as rows over kinds as columns (`구 분 | 계 | 압축진개차` over `경 유 | 7 | 4`),
    its counts read as kinds as rows over fuels (a kind a category, a fuel its column): a finding names the cell as
    printed, row `경유`, column `압축진개차`."""

    def by_status(self) -> dict[str, list[VehicleCount]]:
        """The counts of each status the table prints, the vehicles held first, then those its list names."""
        return {HELD: self.counts, QUOTA: self.quotas, SHORTFALL: self.shortfalls, LISTED: self.listed}
