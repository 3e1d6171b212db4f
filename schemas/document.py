import datetime as dt

from pydantic import Field, computed_field

from schemas.common import Record


class DocumentInfo(Record):
    """The cover: which department's (and office's) report for which year, council and council session."""

    department: str | None = None
    year: int | None = None
    title: str | None = None
    council_session: str | None = None
    council: str | None = None  # `영등포구의회`: of the session, or printed alone on the cover; None where not named
    # `장안구`: the 구청 (of a city's 구) whose department it is, printed before it on a city's council's cover
    # (`장안구 총무과` to the 수원시의회); None where none is printed, and on a district's own council's
    office: str | None = None
    # `총무과`: the name the department had before, where the report states it (`행정지원과 (구 총무과)`, `총무과 →
    # 행정지원과 명칭 변경`), by which the `reports` view finds its reports of that name as the department's own
    former_department: str | None = None
    session_start: dt.date | None = None
    session_end: dt.date | None = None
    team_count: int | None = None
    volume: int | None = None  # `[ 제 2 권 ]`: the volume of a report printed in volumes, each a file of its own
    from_file_name: list[str] = Field(default_factory=list)  # `department`, `year`: not on the cover, so the name's


class GeneralTextPart(Record):
    """A heading or paragraph of a general part's text, where it is printed."""

    text: str


class GeneralText(Record):
    """The text of a general part outside its tables (headings, `○ 환경정책팀, 대기관리팀 …`, `※` notes) as one
    line: kept, and searched, so that what the report prints there is not lost. It is made of its `parts`, which
    are searched one by one so that a match shows its own line or page; they are no record of their own (not in
    the JSON), as where a paragraph ends is where the type's spacing says, which a PDF and its text need not
    agree on."""

    section: str
    parts: list[GeneralTextPart] = Field(exclude=True)

    @computed_field
    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts)
