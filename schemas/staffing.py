import datetime as dt

from pydantic import Field

from schemas.common import Record


def _unset(value: object) -> bool:
    return value is None


class StaffingCount(Record):
    """One cell of the 인력 table. Labels are printed labels without spaces; totals use '계'.

    status: 정원 | 현원 | 과부족; job_class: 일반직, 별정직·임기제 … or 계 (the total column);
    grade: 5급 … or 계 (the class's own total, also used for a class printed without grades).
    post: the post a grade's label prints in brackets after it (`6급(팀장)`: grade 6급, post 팀장), which says who
    holds the grade: two posts of one grade (`6급(팀장)` beside `6급(주무관)`) are two cells of that grade.
    note: what the cell prints in brackets after the figure (`48(3)`: 3), which a note below the table
    explains, such as those on leave. `table_no` counts the report's staffing tables (a report may print
    one for 공무원 and one for 공무직), each of which adds up on its own. `as_of`: the date the table's figures
    stand at, where it prints one (`(5.31.기준)`, `1. 인력현황 (2025. 5. 31. 기준)`), the same on each of its cells.
    `office`: in a table of staff by team (or a 국's by 과), the team or 과 a row counts (`교통정책팀`), None on its
    계 row and in every other table; `division`: the 과 a team's row is printed under (`과 | 팀 | 계 | 5급`), None
    on the 과's own row (its `소 계`). Neither is in the JSON where None, as most tables print no office.
    `series`: the series (직렬) a row marked as a part of its class counts (`일반직` over `- 행정`, `- 전산`, or
    indented, `↳ 행정`: series 행정, job_class 일반직), None on the class's own row and in most tables (not in the
    JSON where None). The class's row is their sum where they add up to it in every column but one at most; where
    they miss in two or more they list some of it alone ("of which"), unchecked (`checks.staffing`).
    `status_assumed`: the table prints no status, and its status is taken to be 현원 (a table of staff by team,
    `팀 별 | 계 | 5급 | 6급`, or of classes by grades under the 인력 title): no record of its own (not in the
    JSON), a finding.
    """

    status: str
    job_class: str
    grade: str
    headcount: int
    post: str | None = None
    note: str | None = None
    as_of: dt.date | None = None
    table_no: int = 1
    office: str | None = Field(default=None, exclude_if=_unset)
    division: str | None = Field(default=None, exclude_if=_unset)
    series: str | None = Field(default=None, exclude_if=_unset)
    status_assumed: bool = Field(default=False, exclude=True)
