from schemas.common import Record


class GenericTable(Record):
    """Any other printed table, kept as its grid so nothing printed is lost.

    `header_rows` rows of labels come first; `project_seq` is set for a table inside a project.
    """

    caption: str | None = None
    unit: str | None = None
    section: str | None = None
    project_seq: int | None = None
    header_rows: int = 1
    rows: list[list[str]]
