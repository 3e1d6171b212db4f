import datetime as dt

import regex
from pydantic import Field

from schemas.common import Record, Source

# the sources a budget is funded from, as lines (a project's 국비, 시비 …) or columns (`예산액 | 국비 | 시비 | 구비`),
# each kept as printed (without spaces; `특조금` and `특별조정교부금` are what the report calls it): these words,
FUNDING = ("국비", "시비", "구비", "도비", "군비", "특교세", "특교금", "특조금", "시특조금", "균특", "자체")
# and any word of a grant's or fund's kind: 특별교부세, 소방안전교부세, 특별교부금, (시)특별조정교부금, 재난관리기금,
# 기금, 지역균형발전특별회계 (not 특별회계 alone, a 회계 that groups a table's lines)
FUNDING_KINDS = ("교부세", "교부금", "기금", "균형발전특별회계")
# a listed word before a kind's, so that `구비기금` is 구비 and 기금
_FUNDING_WORDS = "|".join(sorted(FUNDING, key=len, reverse=True))
_FUNDING_KIND = rf"[가-힣]*(?:{'|'.join(FUNDING_KINDS)})"
FUNDING_PATTERN = rf"(?:{_FUNDING_WORDS}|{_FUNDING_KIND})"
# the same sought over a text (`finditer`): a kind's word from the start of its run of letters or where the match
# before ended (`\G`), never from within the run, where it matches only as from its start (`[가-힣]*` read the rest
# of the run from each letter, quadratic in a run of 20,000 letters)
FUNDING_SOUGHT = rf"(?:{_FUNDING_WORDS}|(?:(?<![가-힣])|\G){_FUNDING_KIND})"
_FUNDING_RE = regex.compile(FUNDING_PATTERN)
# two sources or more printed as one, a joint source: `국·시비`, `구ㆍ시비`, `시·구비`, `국·시·구비`, and without the
# dot `국시비`, `시구비` (not `도시비…`: a word of `도시`)
JOINT_FUNDING_PATTERN = r"[국시구도군](?:\s*[·ㆍ・･]\s*[국시구도군])+\s*비|[국시구]{2,3}비"
_JOINT_FUNDING_RE = regex.compile(JOINT_FUNDING_PATTERN)

# a line's 편성목 or 통계목 code before its name (`201 일반운영비`, `201-01 사무관리비`, `201-01-01 …`): a level under
# the 세부사업, one deeper for each part of the code; the code stays in the line's name
BUDGET_CODE_RE = regex.compile(r"^\d{3}(?:-\d{2}){0,2}(?=\s+\S)")


def budget_code(name: str) -> str | None:
    """The code before a line's name (`201-01` of `201-01 사무관리비`), None where it prints none. The pattern is
    tried only on a name starting with a digit: most start with a word."""
    code = BUDGET_CODE_RE.match(name) if name[:1].isdigit() else None
    return code.group() if code else None

def is_funding(word: str) -> bool:
    """A source's name, spaces removed (`구비`, `특별교부세`), also two printed as one (`국·시비`). The pattern is
    tried only on a word ending in a kind's: most are line names, which are neither."""
    return (word in FUNDING or word.endswith(FUNDING_KINDS) and _FUNDING_RE.fullmatch(word) is not None
            or word.endswith("비") and _JOINT_FUNDING_RE.fullmatch(word) is not None)


def starts_with_funding(label: str) -> bool:
    """A column of a source's figures (`국비`, `특별교부세(백만원)`, two printed as one: `국·시비`, `국시비`), spaces
    removed. The pattern is tried only on a label starting with a listed word or holding a kind's, or two sources'."""
    return ((label.startswith(FUNDING) or any(kind in label for kind in FUNDING_KINDS))
            and _FUNDING_RE.match(label) is not None
            or label[1:2] in "·ㆍ・･국시구도군" and _JOINT_FUNDING_RE.match(label) is not None)


class BudgetLine(Record):
    """A budget row in won: a 단위사업 of the department's table (its total named '계') or a project's line.

    `rate_text` keeps the printed 집행률 so a check can compare at the printed precision; `remaining_krw` is
    the 잔액 (집행잔액, 미집행액) where the table prints one; `other_columns` the row's cells under columns that
    are none of these (전년도 예산액, 증감, 비고), by the column's printed label, so nothing printed is lost
    (None where the table has no such column). In a table of two levels (`단위사업 | 세부사업`), `parent` is
    the name of the line a 세부사업 line belongs to; a 단위사업's own line (`청사 관리 | 소계`) has none.
    `table_no` counts the budget tables a line may be in: the report's 단위사업 tables (a report may print a
    second one, of details), or a project's own. `budget_year` is the year the budget is for where its table (or
    the text stating it) names another than the report's (a November plan's `2026년 예산(안)`, `내년도 예산(안)`):
    None where it names none or the report's, so that a plan is never taken for the year's budget. A plan printed
    beside the year's budget (`2026년 예산(안) | 2025년 예산 | 증감`) gives both: the year's lines, keeping it in
    `other_columns`, and the plan's, on the same rows, numbered as the next table.
    """

    name: str
    budget_krw: int | None = None
    executed_krw: int | None = None
    remaining_krw: int | None = None
    execution_rate: float | None = None
    rate_text: str | None = None
    as_of: dt.date | None = None
    funding_source: str | None = None
    unit: str | None = None
    other_columns: dict[str, str] | None = None
    parent: str | None = None
    table_no: int = 1
    budget_year: int | None = None
    former_name: str | None = None  # the name it had before, printed after its name: `(구 청사 관리)`
    # a `소 계` row among the lines of one name column that names no group: a subtotal of the lines above or below it
    # (the check's arithmetic tells which); still named `계` as a total, no record of its own (not in the JSON)
    subtotal: bool = Field(default=False, exclude=True)
    # the most decimals its money figures print (`850.0 | 204.0`: 1), so that a finding shows a figure of its as
    # printed (`850.0백만원`, not `850백만원`); not in the JSON
    decimals: int = Field(default=0, exclude=True)
    # where a table turned round prints a figure on a row of its own (`집행액` under `예산액`, the line's source), that
    # row's, by the column a finding names the figure by (`집행액`, `집행률(%)`, another row's label); not in the JSON
    cell_sources: dict[str, Source] | None = Field(default=None, exclude=True)

    def cell_source(self, column: str | None) -> Source:
        """Where the line's figure of `column` is printed: its own row's cell, else the line's."""
        return self.cell_sources.get(column, self.source) if self.cell_sources and column else self.source
