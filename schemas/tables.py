import datetime as dt

from pydantic import Field

from schemas.common import Record, Source


class GenericTable(Record):
    """Any other printed table, kept as its grid so nothing printed is lost.

    `header_rows` rows of labels come first; `project_seq` is set for a table inside a project; `row_lines`
    the line each row is printed on (none for a PDF's table, which has a page), `row_pages` the page each row is
    printed on where a PDF's table goes on over a page break (none otherwise), so that a finding or a search names
    the row's own line or page. `records_in` names the records also made of the table (`staffing`,
    `vehicles`, `budget_lines`) when it is kept for the cells those do not hold; their checks cover it. `as_of` is
    the date its figures stand at, where it prints one (`※ 2025. 5. 31. 기준` under it, `[5.31.기준, 단위: 명]`);
    `note` what its unit's bracket says besides the unit and the date (`부가세 포함` of `(단위: 천원, 부가세 포함)`,
    `잠정치` of `(5.31.기준 잠정치, 단위: 명)`), then the notes printed right under it (`※ 급여별 중복 수급자 포함`), so
    that nothing printed is lost. `bracket_note` is the part of it the unit's bracket says: the table's note as
    `search` finds it, the notes printed under it being found as the lines of the text they stay in, once.
    """

    caption: str | None = None
    unit: str | None = None
    as_of: dt.date | None = None
    note: str | None = None
    bracket_note: str | None = Field(default=None, exclude=True)
    section: str | None = None
    project_seq: int | None = None
    header_rows: int = 1
    rows: list[list[str]]
    row_lines: list[int]
    row_pages: list[int] = []
    records_in: str | None = None

    def row_source(self, row: int) -> Source:
        if not self.row_lines and not self.row_pages:
            return self.source
        return Source(line=self.row_lines[row] if self.row_lines else None,
                      page=self.row_pages[row] if self.row_pages else self.source.page)
