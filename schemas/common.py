from pydantic import BaseModel, ConfigDict


class Source(BaseModel):
    """Where a record was printed: a line of a text file or a page of a PDF."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    line: int | None = None
    page: int | None = None

    def __str__(self) -> str:
        if self.page is not None:
            return f"p.{self.page}"
        return f"line {self.line}" if self.line is not None else "-"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: Source = Source()
