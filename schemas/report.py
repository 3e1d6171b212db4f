from pydantic import BaseModel, ConfigDict, Field

from schemas.budget import BudgetLine
from schemas.common import Source
from schemas.document import DocumentInfo, GeneralText
from schemas.projects import Project
from schemas.staffing import StaffingCount
from schemas.tables import GenericTable
from schemas.vehicles import VehicleFleet


class UnreadableFigure(BaseModel):
    """A table's cell printing a figure of more digits than any report prints (`999…9`), read as blank, or a
    project's line printing an amount of one, read as none: where it is (its table's caption, its row's and column's
    labels; its project's title and its line's field, no column) and the figure or amount as printed."""

    table: str
    row: str
    column: str | None
    text: str
    source: Source


class Report(BaseModel):
    """Everything one report file says, as typed records. A pure function of the file's bytes."""

    model_config = ConfigDict(extra="forbid")
    path: str
    format: str
    document: DocumentInfo
    staffing: list[StaffingCount] = Field(default_factory=list)
    # the staffing the general part's lines state beside a staffing table (`2. 인 력 : 정원 39명 / 현원 37명`), as
    # the tables they would be: no records (the tables are the staffing), only compared with the tables
    stated_staffing: list[StaffingCount] = Field(default_factory=list, exclude=True)
    # the lines of a text the reader dropped a stray NUL byte from (a converter's), one a byte: no record, a finding
    nul_lines: list[int] = Field(default_factory=list, exclude=True)
    # the lines a converter printed a table's placeholder on (`<표>`, as `hwp5txt` does), the table's contents not in
    # the file: no record, a finding
    left_out_tables: list[int] = Field(default_factory=list, exclude=True)
    # the first lines of runs printing a table a cell a line that were not read as one (plain `pdftotext`): their
    # figures stand in the text alone, no record, a finding
    unread_tables: list[int] = Field(default_factory=list, exclude=True)
    # those of them printing words mostly (places, a schedule's steps): their words stand in the text alone
    unread_word_tables: list[int] = Field(default_factory=list, exclude=True)
    # the lines and labels of groups a page break may part whose label `pdftotext -raw` printed atop the next page,
    # no 소계 telling whether the rows at the foot of the page above are the group's: read from where it is printed,
    # a finding each
    unplaced_groups: list[tuple[int, str]] = Field(default_factory=list, exclude=True)
    # the cells of its tables printing a figure of more digits than any report prints, read as blank: no record, a
    # finding each
    unreadable_figures: list[UnreadableFigure] = Field(default_factory=list, exclude=True)
    vehicles: list[VehicleFleet] = Field(default_factory=list)
    budget: list[BudgetLine] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    tables: list[GenericTable] = Field(default_factory=list)
    general_text: list[GeneralText] = Field(default_factory=list)
