"""Budget tables in won: the department's 단위사업 table and each project's own 예산현황 lines."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

import regex

from extractors import generic
from extractors.context import (
    AS_OF_RE,
    Collected,
    Grid,
    TableContext,
    as_of_date,
    column_labels,
    column_name,
    header_rows,
    is_number,
    label_rows,
    merged_labels,
    next_table_no,
    per_table,
    per_table_in_context,
    row_source,
    table_note,
)
from extractors.former_names import split_former_name
from extractors.labels import (
    COST_SHARE_LABEL,
    COST_SHARE_REST,
    COST_SHARE_YEAR,
    COST_TOTALS,
    COST_YEARS_GROUP,
    SHARE,
    is_change_label,
)
from pipeline import patterns
from pipeline.aligned import PART_LABEL_MARKS, PART_MARK
from pipeline.document import Table
from pipeline.values import (
    FOUR_DIGIT_YEAR,
    MONEY_SCALES,
    TEXT_CACHE,
    TOO_LONG_FIGURE,
    YEAR,
    YEAR_LABEL_RE,
    RateTerms,
    as_word,
    clean_text,
    compact,
    full_year,
    is_total,
    money_unit,
    parse_amount,
    parse_amount_without_won,
    parse_date,
    parse_decimal,
    parse_money_cell,
    printed_decimals,
    rate_agrees,
    rates_agree,
    rounded_to,
    unit_multiplier,
    without_formula_mark,
)
from schemas import BudgetLine, Source
from schemas.budget import FUNDING_SOUGHT, JOINT_FUNDING_PATTERN, budget_code, is_funding

# `(천원)`, `(단위: 백만원)`, `[천원]`: a money unit in brackets, in a label or at the end of a caption
_BRACKETED_UNIT_RE = patterns.compile(rf"[(（\[]\s*(?:단\s*위\s*[:：]?\s*)?((?:{MONEY_SCALES})?\s*원)\s*[)）\]]")


_PERCENT_ALONE = ("%", "(%)", "（%）")


@functools.lru_cache(maxsize=TEXT_CACHE)
def _role(label: str) -> str | None:
    """The field of a budget line a column (or row) labelled `label` prints: `name`, `budget`, `executed`,
    `remaining`, `rate` (of spending) or `ratio` (a rate or a share, as its figures tell); None for a label that is
    none of them (a change, a share of the total, a carry-over, a project's whole cost). Cached: the same few
    labels are asked of over and over."""
    text = compact(label)
    if is_change_label(text) or "대비" in text and "예산대비집행" not in text:  # a change (증감, 증감률, 전년대비),
        return None  # whatever it is a change of; not what was spent against the budget (`예산 대비 집행률`)
    # a budget line's own words, not `labels.RATE`: its one rate is of spending (`집행률`, `집행율`, or a column in
    # %), and a rate that prints no % (`달성률`) is none of its fields
    if "구성" in text or "비중" in text:  # a share of the total (구성비(%)), no rate of spending
        return None
    if "이월" in text:  # last year's carry-over (`이월액`, `이월예산`): part of the budget at most (`_carry_over`)
        return None
    if "집행률" in text or "집행율" in text:
        return "rate"
    if "비율" in text or text in _PERCENT_ALONE:  # the 집행률 or a share, as its figures show (`_read_ratio`)
        return "ratio"
    if "%" in text:
        return "rate"
    if "잔액" in text or "미집행" in text:  # 집행잔액, 미집행액: what is left, not what was spent
        return "remaining"
    if "예산" in text or "편성액" in text or _revision(text) is not None:  # `편성액`: the budget as drawn up
        return "budget"
    if "집행" in text or "지출" in text:
        return "executed"
    if "사업비" in text:  # `총사업비`: the whole project's cost, over its years; a figure, no name
        return None
    if "사업" in text or "구분" in text or "명칭" in text or _ACCOUNT_RE.match(text) or _UNIT_NAME_RE.match(text):
        return "name"
    return None


def is_budget_label(label: str) -> bool:
    """Whether a column's label names a budget (`2025년 예산`, `2026년 예산(안)`, `전년도 예산액`, `2회 추경`): the
    checks tell a plan's column from the year's by it."""
    return _role(label) == "budget"


# a column naming the account (회계) each line is of, as a 군's budget groups its lines: `회 계`, `회계별`, `회계명`
# (`회계구분` says 구분); not a column of figures named by one (`일반회계`)
_ACCOUNT_RE = patterns.compile(r"회계(?:별|명)?$")


# a column naming the offices each line is of, as a 국's report prints its budget by 과 and a 과's by 팀: `부서`,
# `부서명`, `소관부서`, `과 명`, `팀별` (compacted)
_UNIT_NAME_RE = patterns.compile(r"^(?:소관)?부서(?:명|별)?$|^(?:실과|과|팀)(?:명|별)$")


# `세부내역 | 예산액 | 집행액`: the lines' names, where no other column names them or beside the one that does
# where that groups the rows (`단위사업 | 세부내역`, a second level); elsewhere (`… | 집행액 | 내역`, or a text
# beside each 단위사업, `공원 관리 | 공원 시설 유지보수 등`) a note kept beside
_DETAIL_LABELS = ("내역", "세부내역")
# a first column naming each line's funding source (`재 원 | 예산액 | 집행액` over `국·시비 | 300 | 120`), as `구 분`
# does; not a group's label over the sources as columns (`재 원 별` over `국비 | 시비`), which heads no first column
_SOURCES_LABEL_RE = patterns.compile(r"^재원(?:별|구분)?$")


@per_table
def _roles(grid: Grid) -> tuple[str | None, ...]:
    """Each column's field, as its header names it. Worked out once: the matcher asks, and then the lines."""
    roles: list[str | None] = [None] * grid.width
    details = set()
    for row in label_rows(grid):
        for col, cell in enumerate(row):
            role = _role(cell)
            if role and roles[col] is None:
                roles[col] = role
            elif role is None and compact(cell) in _DETAIL_LABELS:
                details.add(col)
    for col in sorted(details):
        if roles[col] is None and ("name" not in roles
                                   or col and roles[col - 1] == "name" and _groups_rows(grid, col - 1, col)):
            roles[col] = "name"
    if "name" not in roles and grid.rows and _SOURCES_LABEL_RE.match(compact(grid.rows[0][0])):
        roles[0] = "name"
    for col in range(1, grid.width):
        if roles[col] is None and roles[col - 1] == "name" and _under_merged_name(grid, col):
            roles[col] = "name"
    for col in _under_carry_over(grid):
        roles[col] = None
    for col in _carried_over_totals(grid):
        roles[col] = "budget"
    if "budget" not in roles and (total := _total_over_sources(grid, roles)) is not None:
        roles[total] = "budget"
    return tuple(roles)


def _total_over_sources(grid: Grid, roles: list[str | None]) -> int | None:
    """The column of each line's 예산액 where the header prints its total and funding sources alone right of the
    names (`단위사업 | 계 | 국비 | 시비 | 구비`), as `단위사업 | 예산액 | 국비 | 시비` prints it; None elsewhere, and
    where the rows are the figures' fields (`예산액`, `집행액`: the sources as columns, `_sources_as_columns`)."""
    if "name" not in roles or header_rows(grid) != 1:
        return None
    if any(_role(row[0]) in _FIGURES or _budget_row(row[0]) for row in grid.rows[1:]):
        return None
    labels = [(col, cell) for col, cell in enumerate(grid.rows[0]) if col > roles.index("name") and cell.strip()]
    if len(labels) < 2 or not is_total(_row_label(labels[0][1])) or not _by_sources([cell for _, cell in labels]):
        return None
    return labels[0][0]


@per_table
def _carried_over_totals(grid: Grid) -> list[int]:
    """The columns of the budget as it stands with last year's carry-over: a total right after the 이월액
    (`예산액 | 이월액 | 계 | 집행액`, `예산액(A) | 이월액(B) | 계(A+B)`, `예 산 액` over `본예산 | 이월 | 합 계`), of
    which the 집행률 is; without it the 예산액 before the carry-over would be taken for the budget. Worked out once:
    the roles ask, and each reading of the lines."""
    rows = label_rows(grid)
    if not any("이" in cell and "월" in cell for row in rows for cell in row):  # most tables: no carry-over (`이 월`)
        return []
    return _totals_after_carry_over(
        [next((text for row in reversed(rows) if (text := compact(row[col]))), "") for col in range(grid.width)])


def _under_carry_over(grid: Grid) -> list[int]:
    """The columns under a carry-over's label merged over them (`이월액` over `예산 | 집행`): the carry-over's own
    budget and spending, no field of the year's (its 예산 would be taken for the budget); kept by their labels."""
    rows = label_rows(grid)
    if len(rows) < 2 or not any("이" in cell and "월" in cell for row in rows for cell in row):
        return []
    return [col for col, label in enumerate(column_labels(rows)) if "이월" in compact(label)
            and "이월" not in next((text for row in reversed(rows) if (text := compact(row[col]))), "이월")]


def _totals_after_carry_over(labels: list[str]) -> list[int]:
    """Of the fields' labels (compacted; each column's lowest, or each row's), those of a total right after a
    carry-over's (`이월액 | 계`): the budget as it stands."""
    return [k for k in range(1, len(labels)) if is_total(labels[k]) and "이월" in labels[k - 1]]


def _groups_rows(grid: Grid, outer: int, inner: int) -> bool:
    """Whether a name column groups the rows of the column beside it, so that the second is a level of its own:
    a label merged down its rows (blank below it, or printed again on each), or a group's own subtotal. A name
    on every row with a text beside it is one line each, the text its description."""
    labels = set()
    for row in grid.rows[max(header_rows(grid), 1):]:
        label, detail = compact(row[outer]), compact(row[inner])
        if not label:
            if detail:
                return True
        elif not is_total(label):
            if is_total(detail) or label in labels:
                return True
            labels.add(label)
    return False


def _under_merged_name(grid: Grid, col: int) -> bool:
    """A column of names whose header is blank: `구 분` printed merged over both name columns of a table of two
    levels (`구 분 |  | 예산액`, `<th colspan="2">`), so that the second holds the 세부사업 names."""
    n_header = max(header_rows(grid), 1)
    if any(row[col].strip() for row in grid.rows[:n_header]):
        return False
    cells = [row[col] for row in grid.rows[n_header:] if row[col].strip()]
    return bool(cells) and not any(is_number(cell) for cell in cells)


def _current_roles(roles: tuple[str | None, ...], grid: Grid, n_header: int, year: int | None,
                   levels: bool) -> list[str | None]:
    """The roles, but where two columns have one field (`전년도 예산액 | 예산액`) the current one keeps it and
    the other is left to `other_columns`. Of two name columns the first (the row labels) keeps it, unless the
    table has levels (`_group_columns`): then the 세부사업 names the lines."""
    roles = list(roles)
    named = [role for role in roles if role and role != "ratio"]  # a ratio is read by its figures (`_read_ratio`)
    for role in {role for role in named if named.count(role) > 1}:
        cols = [col for col, r in enumerate(roles) if r == role]
        if role == "name":
            keep = cols[-1] if levels else cols[0]
        else:
            keep = _current({col: compact(_column_label(grid, n_header, col)) for col in cols}, year)
        for col in cols:
            if col != keep:
                roles[col] = None
    return roles


def _current(labels: dict[int, str], year: int | None) -> int:
    """Of the columns (or rows) printing one field, by their labels without spaces, the one of the report's year's
    budget as it stands: `예산현액`, else the latest revision, else one of neither an earlier nor a later year."""
    revisions = {k: revision for k, label in labels.items() if (revision := _revision(label)) is not None}
    return ([k for k, label in labels.items() if any(word in label for word in _CURRENT)]
            or sorted(revisions, key=revisions.__getitem__)
            or [k for k, label in labels.items() if not _earlier(label, year) and not _names_later_year(label)]
            or [k for k, label in labels.items() if not _earlier(label, year)] or list(labels))[-1]


_LEVEL_WORDS = ("세부", "내역", "단위")


def _group_columns(roles: tuple[str | None, ...], grid: Grid, n_header: int) -> list[int]:
    """`단위사업 | 세부사업 | 예산액 …` (or `정책사업 | 단위사업 | 세부사업 …`, `회계구분 | 단위사업 …`, a 군's
    `회 계 | 정책사업 …`): the name columns before the last group the lines it names, where it says 세부, 내역 or 단위
    (or nothing, under a `구 분` merged over them), or the first names the account (`회계`: 일반회계 over its
    lines), one level each. A second name column of another kind (`사업 내용`) is no level of its own."""
    names = [col for col, role in enumerate(roles) if role == "name"]
    if len(names) > 1:
        labels = column_labels(grid.rows[:n_header])
        label = labels[names[-1]]
        if not label or any(word in label for word in _LEVEL_WORDS) or _ACCOUNT_RE.match(compact(labels[names[0]])):
            return names[:-1]
    return []


# a year a label names: `2026`, `2026년`, `’26`, `26년도` (not the `2` of `2차년도`)
_YEAR_RE = patterns.compile(rf"(?<!\d)(?:{YEAR}|\d\d(?=년))(?!\d)")
_CURRENT = ("현액", "최종")  # `예산현액`: the budget as it stands, with revisions and carry-overs
# a revised budget's column (추가경정예산) and its number: `1회 추경`, `제2회 추경예산`, `2차 추경`, `추경(2회)`, `추경`
# (the first), lettered for a formula or not (`2회 추경(C)`), under a group label or not (`예 산 액` over it); not
# `추경액` nor `추경 증감`, which may be what the revision added
_REVISION_RE = patterns.compile(
    r"(?:제?(\d+)[회차])?추(?:가경정|경)(?:예산액?)?(?:\(제?(\d+)[회차]\))?(?:\([A-Z]\))?$")


def _revision(label: str) -> int | None:
    """The number of the revision a budget column prints (`2회 추경`: 2), of which the latest is the budget. The
    pattern is tried only where the label prints its 추: most labels are asked, and few are revisions."""
    match = _REVISION_RE.search(text) if "추" in (text := compact(label)) else None
    return int(match[1] or match[2] or 1) if match else None


# a column of next year's figures named in words, as a November plan prints them (`내년도 예산(안)`, `명년`, `차년도`,
# `익년도`; not a plan's second year, `2차년도`): the report's year's beside it is the budget, as where years print
_LATER_RE = patterns.compile(r"내년|명년|(?<!\d)차년|익년")


def _names_later_year(label: str) -> bool:
    """`_LATER_RE`, tried only on a label printing 년, as each of its words does: most labels name none."""
    return "년" in label and _LATER_RE.search(label) is not None


def _earlier(label: str, year: int | None) -> bool:
    """A column of figures from before the report's budget: last year's, or the original before a revision."""
    return any(word in label for word in ("전년", "작년", "기정", "당초", "본예산")) or any(
        full_year(y) != year for y in _YEAR_RE.findall(label))


def _budget_year(label: str, year: int | None) -> int | None:
    """The year a budget's column (or row) says it is for where that is not the report's (`_named_year`); None
    where it names none, the report's, or several, or where the report's year is not known."""
    named = _named_year(label, year)
    return named if year is not None and named != year else None


def _named_year(label: str, year: int | None) -> int | None:
    """The one year a label prints (`2026년 예산(안)`, `’26년 예산`, `2025년 예산`), or next year named in words
    (`내년도 예산(안)`); None where it names none or several (a period: `2026~2028년`)."""
    text = compact(label)
    years = {full_year(printed) for printed in _YEAR_RE.findall(text)}
    if not years and year is not None and _names_later_year(text):
        years = {year + 1}
    return years.pop() if len(years) == 1 else None


def _column_label(grid: Grid, n_header: int, col: int) -> str:
    """A column's label as printed, but a label letter-spaced (`증 감`) as the word, so that one key names it in
    every report's `other_columns`, a group's too (`예 산 액` over `국비` is `예산액 국비`)."""
    return column_name(_worded_labels(grid, n_header), col)


def _worded_labels(grid: Grid, n_header: int) -> tuple[str, ...]:
    """Each column's label over `n_header` rows, a letter-spaced label as the word (`_column_label`); worked out once
    per table and header, as `per_table`'s analyses are: the lines ask column by column, and row by row for the
    labels of the groups a row sits in."""
    key = (_worded_labels, n_header)
    if key not in grid.worked_out:
        grid.worked_out[key] = column_labels(tuple(tuple(as_word(cell) for cell in row)
                                                   for row in grid.rows[:n_header]))
    return grid.worked_out[key]  # type: ignore[return-value]


def matches_unit_budget(grid: Grid, ctx: TableContext) -> bool:
    """The department's 단위사업 table: a name column beside 예산액 and 집행액, or its funding sources as columns
    over rows of 예산액 and 집행액; or, under a caption saying it is the budget (`예산현황`, `2026년 예산(안)`, not
    a 세입 one), a name column beside 예산액 alone (a plan's `2020년 예산액(안) | 2019년 예산액 | 증 감`: nothing
    spent yet), or its funding sources as columns over a 예산액 row alone (`2026년 예산(안)`), as a project's."""
    if (ctx.project is not None
            or ctx.budget_titled_elsewhere and (_captioned_otherwise(ctx) or _a_programmes_sources(grid, ctx))
            or _the_districts_by_account(grid, ctx) or _the_budget_by_field(grid)):
        return False
    roles = set(_roles(grid))
    return ({"name", "budget", "executed"} <= roles or _sources_as_columns(grid)
            or _captioned_budget(ctx.caption) and ({"name", "budget"} <= roles or _budget_row_by_sources(grid)
                                                   or _units_as_columns(grid)))


# the general part's title of its budget: `4 예산현황`, `4. 세출예산 현황`, `예산 및 집행 현황`, `예산`
_BUDGET_TITLE_RE = patterns.compile(r"예산(?:및집행)?(?:집행)?(?:현황|실적)?$")
# what names a table as (a part of) the budget: `□ 일반회계`, `□ 세출예산`, `□ 단위사업별 집행 현황`
_BUDGET_WORDS = ("예산", "세출", "재정", "회계", "단위사업", "집행")
# a caption naming a subject's figures: `□ 공공일자리 사업 현황`, `3-1. 일자리사업 실적`
_SUBJECT_CAPTION_RE = patterns.compile(r"\p{Hangul}\s*(?:현황|실적|내역)\s*(?:\([^()]*\))?$")


# what a title of the budget prints before its `예산`: its number or mark (`4`, `라.`), and words saying whose or
# which budget it is (`세출`, `특별회계`, `과별`, `2025년 소요`, `세부사업`); not a programme's name (`□ 공공일자리
# 예산 집행 현황`)
_BUDGET_TITLE_LEAD_RE = patterns.compile(r"[^\p{Hangul}]*(?:\p{Hangul}[.)])?[^\p{Hangul}]*"
                                         r"(?:\p{Hangul}*(?:소요|세부사업|단위사업|세출|회계|별|기금|년|부서|과|총괄|및))?")


def titles_budget(text: str) -> bool:
    """Whether a heading or paragraph of the general part is the title of its budget (`4 예산현황`), not of a
    programme's money (`□ 공공일자리 예산 집행 현황`: `_BUDGET_TITLE_LEAD_RE`)."""
    if "예산" not in text or (title := _BUDGET_TITLE_RE.search(compact(text))) is None:
        return False
    return _BUDGET_TITLE_LEAD_RE.fullmatch(title.string[:title.start()]) is not None


# a fund or the reserve, money kept apart from the 단위사업: `□ 재난관리기금 및 예비비`, `□ 사회복지기금 운용`
_FUND_WORDS = ("기금", "예비비")


def _captioned_otherwise(ctx: TableContext) -> bool:
    """Whether a table is captioned as another subject's figures (`□ 공공일자리 사업 현황`, a programme's money and
    its participants; a fund's), its caption and the title over it naming no budget."""
    caption = ctx.caption
    return (caption is not None and (_SUBJECT_CAPTION_RE.search(caption) is not None
                                     or any(word in caption for word in _FUND_WORDS))
            and not any(word in compact(text or "") for text in (caption, ctx.title) for word in _BUDGET_WORDS))


def _a_programmes_sources(grid: Grid, ctx: TableContext) -> bool:
    """Whether a table outside the budget's part (`budget_titled_elsewhere`), under no title naming the budget (`2
    주요사업 현황`, or none), lists funding sources alone down its rows (`계 | 국비 | 구비`): a programme's money by
    source (`□ 공공일자리 예산 집행 현황`), whatever its caption says, not the department's 단위사업."""
    if ctx.title and any(word in compact(ctx.title) for word in _BUDGET_WORDS) or not grid.rows:
        return False
    roles = _roles(grid)
    name = roles.index("name") if "name" in roles else 0
    names = [text for row in grid.rows[max(header_rows(grid), 1):] if (text := _row_label(row[name]))]
    return any(is_funding(text) for text in names) and all(is_total(text) or is_funding(text) for text in names)


def _the_districts_by_account(grid: Grid, ctx: TableContext) -> bool:
    """Whether a table is the 구's whole budget by account, as a 기획예산과 or 재무과 prints it over its own 단위사업
    (`2025년 예산 규모`: `합 계`, `일반회계`, `특별회계`): its caption names the budget's size (`규모`) and its first
    line under the 계 is an account's. A grid, not the department's lines: its 계 is no department's budget. A
    department's own 총괄 by account (`부서 예산 총괄`) names no size, and stays its budget."""
    if "규모" not in compact(ctx.caption or "") or not grid.rows:
        return False
    roles = _roles(grid)
    name = roles.index("name") if "name" in roles else 0
    names = [text for row in grid.rows[max(header_rows(grid), 1):]
             if (text := clean_text(row[name])) and not is_total(text)]
    return bool(names) and is_account(names[0])


# the fields (분야) a local budget's spending is classed by, as every 구's 세출예산 by field prints them
_FIELDS = frozenset({"일반공공행정", "공공질서및안전", "교육", "문화및관광", "환경", "환경보호", "사회복지",
                     "보건", "농림해양수산", "산업·중소기업", "산업·중소기업및에너지", "수송및교통", "교통및물류",
                     "국토및지역개발", "과학기술", "예비비", "기타"})


def _the_budget_by_field(grid: Grid) -> bool:
    """Whether a table is a whole budget's spending by field (`세출예산(분야별)`: `일반공공행정`, `사회복지`, `환경`
    …), as a 기획예산과 prints the 구's: most of its lines, three at least, are fields, no department's 단위사업
    (before, each field was read as one of the department's, `사회복지` 497,650백만원)."""
    if not grid.rows:
        return False
    roles = _roles(grid)
    name = roles.index("name") if "name" in roles else 0
    names = [compact(text) for row in grid.rows[max(header_rows(grid), 1):]
             if (text := clean_text(row[name])) and not is_total(text)]
    fields = sum(name in _FIELDS for name in names)
    return fields >= 3 and 2 * fields > len(names)


def _captioned_budget(caption: str | None) -> bool:
    text = compact(caption or "")
    return "예산" in text and "세입" not in text


@per_table
def _sources_as_columns(grid: Grid) -> bool:
    """`구 분 | 계 | 국비 | 시비 | 구비` over rows `예산액`, `집행액` (`집행률`): the budget by source, each column a
    line (`_transposed`); not columns of anything else over such rows (`구 분 | 2023 | 2024`, years)."""
    return _by_sources(grid.rows[0][1:]) and {"budget", "executed"} <= {_role(row[0]) for row in grid.rows[1:]}


@per_table
def _units_as_columns(grid: Grid) -> bool:
    """`구 분 | 계 | 청사 관리 | 인사 운영` over rows `예산액`, `집행액` (`이월액`, `집행률`): the 단위사업 as columns,
    each a line (`_transposed`) as a source's is; asked under a caption of the budget only. Not columns of years,
    quarters or months (`2025년`, `1분기`: a label printing a figure), of a change, nor of figures' fields."""
    labels = [label for label in grid.rows[0][1:] if label.strip()]
    return (bool(labels) and not any(char.isdigit() for label in labels for char in label)
            and not any(is_change_label(compact(label)) or _role(label) in _FIGURES for label in labels)
            and {"budget", "executed"} <= {_role(row[0]) for row in grid.rows[1:]})


def _by_sources(labels: tuple[str, ...] | list[str]) -> bool:
    """Whether labels are funding sources and their total (`계 | 국비 | 시비 | 구비`), one source at least; or
    accounts, as a department's 총괄 prints them (`계 | 일반회계 | 특별회계`)."""
    labels = [_row_label(label) for label in labels if label.strip()]
    return any(is_funding(label) or is_account(label) for label in labels) and all(
        is_total(label) or is_funding(label) or is_account(label) for label in labels)


_COST_SHARE_RE = patterns.compile(COST_SHARE_LABEL)
_COST_REST_RE = patterns.compile(COST_SHARE_REST)
_COST_YEAR_RE = patterns.compile(COST_SHARE_YEAR)
_THIS_YEAR = "금년"  # the report's year named in words, as a cost table's column may print it


_COST_GROUP_RE = patterns.compile(COST_YEARS_GROUP)


def cost_label(label: str) -> str:
    """A cost table's column label compacted, without the label a header of two rows prints over the years
    (`연도별 투자계획 2025` → `2025`)."""
    text = compact(label)
    if text[:1] in "연투" and (group := _COST_GROUP_RE.match(text)) and group.end() < len(text):
        return text[group.end():]
    return text


def cost_share(label: str) -> str | None:
    """Of a column beside a project's total cost (`총사업비 | 기투자 | 2026년 | 향후`), what share of it the column is:
    `rest` for what is left (`향후`, `2027년 이후`: the shares then cover the total), `share` for any other (`기투자`,
    `2026년`, `2024~2025년`, `금년`, `'25`, under a group label, `연도별 투자계획 ~2024`), None for a column of
    something else."""
    text = cost_label(label)
    if _COST_REST_RE.fullmatch(text):
        return "rest"
    return "share" if text == _THIS_YEAR or _COST_SHARE_RE.fullmatch(text) else None


def cost_columns(labels: Sequence[str]) -> list[str] | None:
    """The labels after a table's first as a cost table's (`cost_label`) where they are a project's cost over its
    years: a total (`총사업비`) and its shares (`기투자`, `2026년`, `향후`), nothing else; else None. Every table's
    labels are asked: a total's last letter first."""
    if not any("비" in label for label in labels):
        return None
    costs = [cost_label(label) for label in labels]
    return costs if any(label in COST_TOTALS for label in costs) and all(
        label in COST_TOTALS or cost_share(label) for label in costs) else None


@per_table_in_context
def _cost_year_column(grid: Grid, ctx: TableContext) -> int | None:
    """Of a project's cost table by funding sources over its years (`구 분 | 총사업비 | 기투자 | 2026년 | 향후` over
    rows `계 | 국비 | 시비 | 구비`), the column of its budget: the report's year's (`2025년`, `금년`), else the next
    year's, its plan (`2026년` of a 2025 report's plan for 2026), as a `2026년 예산(안)` column is; with no year known,
    its one year. None for any other table: every column after the labels a total (`총사업비`) or a share, one total
    at least, and rows of funding sources, or of the cost's parts adding up to its 계 in every column (`계 | 설계 |
    공사 | 감리`). Its header may be of two rows, the years under a label of theirs (`총사업비 | 연도별 투자계획`
    over `~2024 | 2025 | 2026 | 2027 이후`)."""
    n_header = max(header_rows(grid), 1)
    header = cost_columns(_worded_labels(grid, n_header)[1:])
    if header is None:
        return None
    body = grid.rows[n_header:]
    if not _by_sources([row[0] for row in body]) and not _parts_of_total(body):
        return None
    year = ctx.year
    years = {col: year if label == _THIS_YEAR else full_year(label)
             for col, label in enumerate(header, 1) if label == _THIS_YEAR or _COST_YEAR_RE.fullmatch(label)}
    wanted = [year, year + 1] if year is not None else list(years.values()) if len(years) == 1 else []
    return next((col for named in wanted for col, printed in years.items() if named and printed == named), None)


def _parts_of_total(body: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a table's rows are a 계 over the parts it is the sum of in every column (`계 | 설계 | 공사 | 감리`), each
    row a label and figures alone: a cost broken down otherwise than by sources, read as they are where it adds up
    (a part's row wrong or a row of other figures may be no part: kept a grid)."""
    if len(body) < 3 or not is_total(body[0][0]) or any(is_total(row[0]) or not row[0].strip() for row in body[1:]):
        return False
    for col in range(1, len(body[0])):
        figures = [parse_money_cell(row[col], 1) if col < len(row) else None for row in body]
        if None in figures or figures[0][0] != sum(figure[0] for figure in figures[1:]):
            return False
    return True


def matches_project_budget(grid: Grid, ctx: TableContext) -> bool:
    """A project's budget table: 예산액 and 집행액 columns, or its fields as rows, a `예산액` (`예산현액`) row, or a
    `예산` row beside an `집행액` row; not the project's overview printing its budget among its fields (`기 간`,
    `대 상`, `예 산` over `구 분 | 내 용`). A plan (nothing spent) or revisions as rows are a budget where its
    other side is its funding sources: a 예산액 row of a year's or a revision's (`2026년 예산(안)`, `2회 추경`) over
    `계 | 국비 | 시비 | 구비`, or a 예산액 column (`2026년 예산(안)`) beside rows `계`, `국비`, `시비`, `구비`, or,
    under a caption of the budget alone (`□ 소요예산`, `□ 사업비`), a 예산액 column naming a year beside any lines
    (`세부내역 | 2026년 예산(안)`, `구 분 | 2025년 예산 | 2026년 예산(안) | 증감`): the year names it a budget, not
    another subject's figures."""
    if ctx.project is None:
        return False
    roles = _roles(grid)
    if {"budget", "executed"} <= set(roles):
        return True
    labels = {_row_label(row[0]) for row in grid.rows}
    if labels & {"예산액", "예산현액"}:
        return True
    if "예산" in labels and any(_role(row[0]) == "executed" for row in grid.rows):
        return True
    if _budget_row_by_sources(grid) or _sources_over_figures(grid):
        return True
    if "budget" not in roles and _cost_year_column(grid, ctx) is not None:
        return True
    if not {"name", "budget"} <= set(roles):
        return False
    n_header = max(header_rows(grid), 1)
    return _by_sources([row[roles.index("name")] for row in grid.rows[n_header:]]) or (
        _PLAN_CAPTION_RE.match(compact(ctx.caption or "")) is not None
        and any(_named_year(_column_label(grid, n_header, col), ctx.year) is not None
                for col, role in enumerate(roles) if role == "budget"))


# a project's part captioning its budget alone: `□ 소요예산`, `□ 사업예산`, `□ 2026년 예산(안)`, `□ 예산 내역`,
# `□ 사업비`, `□ 소요사업비` (not `□ 총사업비`, the whole project's over its years)
_PLAN_CAPTION_RE = patterns.compile(
    rf"^(?:{FOUR_DIGIT_YEAR}년도?)?(?:(?:소요|사업)?예산|(?:소요)?사업비)(?:액|현황|내역|\(안\)|안)?$")


_OWN_UNIT_RE = patterns.compile(rf"\d\s*((?:{MONEY_SCALES})?원)\s*(?:\(|$)")


def _own_unit(cell: str) -> str | None:
    """The unit a money cell prints itself (`1,500천원`: 천원), for a table with none above it."""
    match = _OWN_UNIT_RE.search(cell) if "원" in cell else None
    return match.group(1) if match else None


def _printed_unit(grid: Grid, ctx: TableContext, n_header: int) -> str | None:
    """The unit of a budget table's figures: printed above it (`(단위: 천원)`; of `(단위: 명, 백만원)`, its money
    unit), else in a label of its figures (`예산액(천원)`; `예산액 (천원)` where funding sources are the columns)
    or at the end of its caption (`예산현황 (백만원)`)."""
    if grid.table.unit:
        return money_unit(grid.table.unit)
    labels = [cell for row in grid.rows[:n_header] for cell in row] + [row[0] for row in grid.rows[n_header:]]
    for text in (*labels, ctx.caption or ""):
        if "원" in text and (match := _BRACKETED_UNIT_RE.search(text)):
            return match.group(1).replace(" ", "")
    return None


# the 예산액 of a table whose rows are its fields: also `예산현액`, the budget as it stands (`_CURRENT`), and
# `편성액`, as drawn up
_BUDGET_ROWS = ("예산액", "예산", "예산현액", "편성액")


def _row_label(cell: str) -> str:
    """A row's label without its spacing, its unit and its letter (`예 산 액(천원)`, `예산액(A)` → `예산액`)."""
    return without_formula_mark(_BRACKETED_UNIT_RE.sub("", cell) if "원" in cell else cell)


# the 예산액 row of a year's plan: `2026년 예산(안)`, `’26년도 예산안`, `2026 예산액`, `2026년 소요예산`,
# `내년도 예산(안)`
_PLAN_ROW_RE = patterns.compile(
    rf"^(?:{FOUR_DIGIT_YEAR}|[’‘'`]?\d\d|내년|명년|차년|익년)(?:년도?|도)?(?:소요)?예산액?(?:\(안\)|안)?$")


def _budget_row_by_sources(grid: Grid) -> bool:
    """A 예산액 row (a year's plan, `2026년 예산(안)`, or a revision's) under funding sources as columns (`구 분 | 계 |
    국비 | 시비 | 구비`): a budget, each column a line (`_transposed`)."""
    return _by_sources(grid.rows[0][1:]) and any(_budget_row(row[0]) for row in grid.rows[1:])


def _sources_over_figures(grid: Grid) -> bool:
    """Funding sources as the whole header over one row of figures alone (`계 | 국비 | 시비 | 구비` over `412,380 | - |
    96,000 | 316,380`), as a project's overview prints its budget under `예 산`: the budget, each column a line."""
    return (len(grid.rows) == 2 and grid.width > 1 and _by_sources(grid.rows[0])
            and all(parse_money_cell(cell, 1) is not None or cell.strip() == "-" for cell in grid.rows[1]))


def _budget_row(cell: str) -> bool:
    """Whether a row label is the 예산액 of a table printing its fields as rows (`_transposed`): `예산액`, a plan's
    of a year (`2026년 예산(안)`), or a revision's (`2회 추경`)."""
    label = _row_label(cell)
    return label in _BUDGET_ROWS or _revision(label) is not None or (
        "예산" in label and _PLAN_ROW_RE.match(label) is not None)  # the pattern only where it can match


@dataclass(frozen=True, slots=True)
class _Printed:
    """What every line of one budget table shares: the table, its unit and that in won, its date, its number and
    the year its budget is for where that is not the report's."""

    table: Table
    unit: str | None
    multiplier: int
    as_of: dt.date | None
    table_no: int
    budget_year: int | None = None
    cell_sources: dict[str, Source] | None = None  # a table turned round's figures' rows (`_cell_sources`)


def budget_lines(grid: Grid, ctx: TableContext, table_no: int) -> tuple[list[BudgetLine], bool]:
    """The lines of a budget table, the `table_no`th of the report's (or of its project's), and whether a row
    (or, funding sources as columns, a column) printed something that made no line, such as a note. A later year's
    plan printed beside the report's year's budget gives its lines after them, as the next table (`_plan_column`)."""
    n_header = max(header_rows(grid), 1)
    printed = _roles(grid)
    if "budget" not in printed and (cost_year := _cost_year_column(grid, ctx)) is not None:
        # a project's cost by sources over its years: the year's column is its budget, the others kept beside it
        # (`기집행` too, spent before the year, no 집행액 of its), the first the sources (`구 분`, `재 원`)
        printed = tuple("budget" if col == cost_year else None if col else "name" for col in range(grid.width))
    sources_alone = ctx.project is not None and _sources_over_figures(grid)
    if not sources_alone and _prints_no_figure(grid, n_header, printed):
        return [], False
    unit = _printed_unit(grid, ctx, n_header)
    printed_as = _Printed(grid.table, unit, unit_multiplier(unit) or 1, as_of_date(grid, ctx), table_no)
    if any(_budget_row(row[0]) for row in grid.rows[n_header:]):
        return _transposed(grid, ctx, printed_as)
    if sources_alone:
        lines = [line for header, cell in zip(*grid.rows, strict=True)
                 for line in _lines(_column_line_name(header), {"budget": cell}, None, printed_as, 1)]
        return lines, False
    group_cols = _group_columns(printed, grid, n_header)
    roles = _current_roles(printed, grid, n_header, ctx.year, bool(group_cols))
    plan = _plan_column(printed, roles, grid, n_header, ctx.year)
    if plan is not None and not _prints_figures(row[roles.index("budget")] for row in grid.rows[n_header:]):
        # the report's year's column all dashes (a new project's `2025년 예산` of `-`): the plan is the budget
        roles = ["budget" if col == plan[0] else None if role == "budget" else role for col, role in enumerate(roles)]
        plan = None
    if "budget" in roles:
        budget_label = _column_label(grid, n_header, roles.index("budget"))
        printed_as = replace(printed_as, budget_year=_budget_year(budget_label, ctx.year))
    # the rows of 단위사업 new in the plan (`-` in the report's year's column): the plan's lines alone
    new = frozenset() if plan is None else frozenset(
        offset for offset, row in enumerate(grid.rows[n_header:])
        if not _prints_figures([row[roles.index("budget")]]) and _prints_figures([row[plan[0]]]))

    def read(roles: list[str | None]) -> tuple[list[BudgetLine], bool]:
        return _column_lines(grid, roles, group_cols, printed_as, n_header, new)

    if (carried := _carry_over(grid, n_header, roles)) is not None:
        roles = _with_carry_over(roles, carried, _column_label(grid, n_header, carried), read)
    lines, unread = _read_with_ratio(roles, read)
    if plan is None or not lines:
        return lines, unread
    col, year = plan
    plan_roles = ["budget" if k == col else role if role == "name" else None for k, role in enumerate(roles)]
    # the rows of 단위사업 ending with the year (`-` in the plan's column beside the year's figure): the year's lines
    # alone, no plan's line of 0, as the new ones have the plan's alone
    ended = frozenset(offset for offset, row in enumerate(grid.rows[n_header:])
                      if _prints_figures([row[roles.index("budget")]]) and not _prints_figures([row[col]]))
    planned, _ = _column_lines(grid, plan_roles, group_cols,
                               replace(printed_as, table_no=table_no + 1, budget_year=year), n_header, ended)
    # the plan's figure alone on a row the year's lines have; a new 단위사업's line keeps its row's other cells, the
    # report's year's `-` too, as a new project's plan printed beside a year of dashes does
    year_rows = {(line.name, line.parent, line.source) for line in lines}
    return lines + [line.model_copy(update={"other_columns": None})
                    if (line.name, line.parent, line.source) in year_rows else line for line in planned], unread


def _plan_column(printed: tuple[str | None, ...], roles: list[str | None], grid: Grid, n_header: int,
                 year: int | None) -> tuple[int, int] | None:
    """The column of a later year's plan printed beside the report's year's budget (`단위사업 | 2026년 예산(안) |
    2025년 예산 | 증감`) and the year it names, where one such column prints figures: its lines are that year's
    budget (`budget_year`), a table of their own after the year's, as a plan printed alone is; the year's lines
    keep it beside too, by its label, where their 증감 is compared with it."""
    if year is None or "budget" not in roles:
        return None
    later = [(col, named) for col, role in enumerate(printed) if role == "budget" and roles[col] is None
             and (named := _named_year(_column_label(grid, n_header, col), year)) is not None and named > year]
    if len(later) != 1 or _budget_year(_column_label(grid, n_header, roles.index("budget")), year) is not None:
        return None
    return later[0] if _prints_figures(row[later[0][0]] for row in grid.rows[n_header:]) else None


def _prints_figures(cells: Iterable[str]) -> bool:
    """Whether a column's (or a row's) cells print a figure: not dashes (`-`) or blanks alone."""
    return any(char.isdigit() for cell in cells for char in cell)


def _carry_over(grid: Grid, n_header: int, roles: list[str | None]) -> int | None:
    """The column of last year's carry-over beside the 예산액 where no total of the two follows it (`예산액 |
    이월액 | 집행액 | 집행률`, also elsewhere: `예산액 | 집행액 | 이월액 | 집행률`, `예산액 | 국비 | 구비 | 이월액 |
    집행액`; with the total, `_carried_over_totals` takes that for the budget): the budget may be their sum, as the
    rates tell (`_with_carry_over`)."""
    if "budget" not in roles:
        return None
    return _carried_over(roles, lambda col: compact(_column_label(grid, n_header, col)), _carried_over_totals(grid))


def _carried_over(roles: list[str | None], label: Callable[[int], str], totals: list[int]) -> int | None:
    """Of the fields (columns, or rows) by their roles and `label`s (compacted), the one carry-over of no field
    (`이월액`, `이월예산`), wherever it stands; not one right before a total of it and the 예산액 (`이월액 | 계`, the
    `totals`), which is the budget with it already. Two carry-overs (`이월액` over `예산 | 집행`) tell none to add."""
    carried = [k for k, role in enumerate(roles) if role is None and k + 1 not in totals and "이월" in label(k)]
    return carried[0] if len(carried) == 1 else None


def _with_carry_over(roles: list[str | None], carried: int, label: str,
                     read: Callable[[list[str | None]], tuple[list[BudgetLine], bool]]) -> list[str | None]:
    """The roles with the carry-over summed into the budget (`carried`, `_lines`) where most lines that carried
    money over print a 집행률 (or, printing none, a 잔액) of the sum and not of the 예산액 alone, as a total of the
    two would say it is, or, printing neither, spent more than the 예산액 alone and no more than the sum; else as
    they were (the 예산액 the budget, the carry-over kept by its label): a table printing neither whose lines spent
    within their 예산액 tells nothing, and its 예산액 is the budget as printed. A line carrying nothing over agrees
    both ways: only the lines that tell the two apart decide."""
    summed = ["carried" if col == carried else role for col, role in enumerate(roles)]
    ratio = _ratio_beside_executed(summed)  # a ratio (`비율(%)`) is the 집행률 here if either reading says so
    lines, _ = read(["rate" if col == ratio else role for col, role in enumerate(summed)])
    step = lines_rounded_to(lines)
    of_sum = []  # of each line that tells them apart, whether its rate is of the sum
    for line in lines:
        printed = parse_money_cell((line.other_columns or {}).get(label, ""), unit_multiplier(line.unit) or 1)
        if not printed or not printed[0] or line.budget_krw is None:
            continue
        alone = line.model_copy(update={"budget_krw": line.budget_krw - printed[0]})
        for agrees in (printed_rate_agrees, _remaining_agrees, _spent_within):
            if (of_it := agrees(line, step)) is not None and of_it != agrees(alone, step):
                of_sum.append(of_it)
                break
    return summed if 2 * sum(of_sum) > len(of_sum) else roles


def _spent_within(line: BudgetLine, step: int) -> bool | None:
    """Whether a line's 집행액 is no more than its 예산액 (to `step` won): what was spent was budgeted, so a line
    spending more than its 예산액 alone but within the sum with its carry-over tells the sum is the budget; None
    where it prints no 예산액 or 집행액."""
    if line.budget_krw is None or line.executed_krw is None:
        return None
    return line.executed_krw <= line.budget_krw + step


def _remaining_agrees(line: BudgetLine, step: int) -> bool | None:
    """Whether a line's printed 잔액 is its 예산액 − 집행액, of figures rounded to `step` won; None where it prints
    no 잔액, or no 예산액 or 집행액."""
    if line.remaining_krw is None or line.budget_krw is None or line.executed_krw is None:
        return None
    return abs(line.remaining_krw - (line.budget_krw - line.executed_krw)) <= step


def _read_with_ratio(roles: list[str | None], read: Callable[[list[str | None]], tuple[list[BudgetLine], bool]]
                     ) -> tuple[list[BudgetLine], bool]:
    """The lines `read` gives by the fields' roles (of columns or of rows), a ratio right after the 집행액 (`비율(%)`)
    read as the 집행률 where most lines' figures say it is that (`_rates_agree`), else by its label."""
    ratio = _ratio_beside_executed(roles)
    roles = ["rate" if k == ratio else None if role == "ratio" else role for k, role in enumerate(roles)]
    lines, unread = read(roles)
    if ratio is not None and not _rates_agree(lines):
        roles[ratio] = None  # a share (구성비), or figures of another kind: kept by its label
        lines, unread = read(roles)
    return lines, unread


def _ratio_beside_executed(roles: list[str | None]) -> int | None:
    """The column of a ratio (`비율(%)`, `집행비율`, `%`) right after the 집행액 (or after its 잔액), where no column
    is named the 집행률: it may be that, which its figures tell (`_rates_agree`)."""
    if "rate" in roles or "executed" not in roles:
        return None
    col = roles.index("executed") + 1
    while col < len(roles) and roles[col] == "remaining":
        col += 1
    return col if col < len(roles) and roles[col] == "ratio" else None


def _rates_agree(lines: list[BudgetLine]) -> bool:
    """Whether a ratio read as the lines' 집행률 is that on most lines that print one beside their 예산액 and
    집행액, as the `rate` check compares them: else it is a share of the total (`구성비`: 예산액 ÷ the 계's) or
    another figure, and a wrong one on a few lines is what `rate` finds."""
    compared = [agrees for agrees in printed_rates_agree(lines, lines_rounded_to(lines))[0] if agrees is not None]
    return 2 * sum(compared) > len(compared)


def printed_rates_agree(lines: list[BudgetLine], step: int) -> tuple[list[bool | None], bool]:
    """Whether each line's printed 집행률 is its 집행액 ÷ 예산액 × 100 at its printed precision, of figures rounded to
    `step` won, rounded or, where the table cuts its rates off (`45.69…` printed `45.6`), cut off (`rates_agree`);
    None where it prints no rate, or no 예산액 or 집행액 to compare it with. And whether the table cuts them off."""
    terms = [_rate_terms(line, step) for line in lines]
    agreeing, cut_off = rates_agree([of_line for of_line in terms if of_line is not None])
    each = iter(agreeing)
    return [None if of_line is None else next(each) for of_line in terms], cut_off


def printed_rate_agrees(line: BudgetLine, step: int) -> bool | None:
    """Whether a line's printed 집행률 is its 집행액 ÷ 예산액 × 100, rounded at its printed precision, of figures
    rounded to `step` won (`rate_agrees`); None where it prints no rate, or no 예산액 or 집행액."""
    terms = _rate_terms(line, step)
    return None if terms is None else rate_agrees(*terms)


def _rate_terms(line: BudgetLine, step: int) -> RateTerms | None:
    """A line's 집행액, 예산액, printed 집행률 and `step`, as a rate is compared (`rate_agrees`); None where it prints
    no rate, or no 예산액 or 집행액."""
    rate = parse_decimal(line.rate_text or "")
    if rate is None or not line.budget_krw or line.executed_krw is None:
        return None
    return line.executed_krw, line.budget_krw, rate, step


def lines_rounded_to(lines: list[BudgetLine]) -> int:
    """The won a budget table's figures are rounded to (`rounded_to`)."""
    return rounded_to((value, line.unit) for line in lines
                      for value in (line.budget_krw, line.executed_krw, line.remaining_krw) if value is not None)


def by_table(lines: list[BudgetLine]) -> list[list[BudgetLine]]:
    """The lines of each budget table: a second table's 계 sums its own lines only."""
    if not lines or lines[-1].table_no == 1:  # most reports print one
        return [lines] if lines else []
    tables: dict[int, list[BudgetLine]] = {}
    for line in lines:
        tables.setdefault(line.table_no, []).append(line)
    return list(tables.values())


def subtotal_parts(lines: list[BudgetLine], step: int) -> dict[int, list[BudgetLine]]:
    """Each `소 계` (`BudgetLine.subtotal`) of a table's lines by its line's id, with the lines it sums: those above
    it up to the 계 or 소계 before it, or, where the table prints each 소계 over its lines, those below it up to the
    next; the way more of the table's 소계s add up (their 예산액), above where as many do. A 소계 with no line that
    way is no subtotal (the table's 계, printed `소 계`). The check compares each with its lines; loading stores
    which they are (`budget_lines.subtotal_id`)."""
    marks = [k for k, line in enumerate(lines) if line.subtotal]
    if not marks:
        return {}
    bounds = [-1, *(k for k, line in enumerate(lines) if line.name == "계" and line.parent is None), len(lines)]

    def run(k: int, below: bool) -> list[BudgetLine]:
        at = bounds.index(k)
        return lines[k + 1:bounds[at + 1]] if below else lines[bounds[at - 1] + 1:k]

    def adds_up(k: int, parts: list[BudgetLine]) -> bool:
        figures = [part.budget_krw for part in parts]
        return (bool(parts) and None not in figures and lines[k].budget_krw is not None
                and 2 * abs(lines[k].budget_krw - sum(figures)) <= (len(parts) + 1) * step)

    below = sum(adds_up(k, run(k, True)) for k in marks) > sum(adds_up(k, run(k, False)) for k in marks)
    return {id(lines[k]): parts for k in marks if (parts := run(k, below))}


def _column_lines(grid: Grid, roles: list[str | None], group_cols: list[int], printed_as: _Printed,
                  n_header: int, skipped: frozenset[int] = frozenset()) -> tuple[list[BudgetLine], bool]:
    """The lines of a table whose columns are its fields, one a row but the `skipped` rows of its body (a plan's
    new 단위사업 in the year's lines), and whether a row printed something that made no line."""
    # the columns of no field kept by their labels; where the carry-over is summed into the budget, the two as printed
    kept = (None, "budget", "carried") if "carried" in roles else (None,)
    others = _shares_apart([(col, _column_label(grid, n_header, col)) for col, role in enumerate(roles)
                            if role in kept and col not in group_cols], grid, n_header)
    body = grid.rows[n_header:]
    grouped, own = _grouped_names(body, group_cols, roles.index("name")) if group_cols else (None, set())
    names = [clean_text(row[roles.index("name")]) for row in body] if "name" in roles else None
    # levels marked in the name column, also beside the columns grouping it (`회 계 | 구 분` over `일반회계 |
    # 단위사업: 재정관리`): a marked line's group is the line it is marked under, else the columns'
    marked = names and (_marked_levels(names) or (None if group_cols else _account_groups(names)))
    lines, unread = [], False
    fields = [(col, role) for col, role in enumerate(roles) if role]
    for offset, row in enumerate(body):
        if offset in skipped:
            continue
        cells = {role: row[col] for col, role in fields}
        other = {label: clean_text(row[col]) for col, label in others if row[col].strip()} if others else {}
        name, parent = clean_text(cells.get("name", "")), None
        if grouped:
            name, groups = grouped[offset]
            # the innermost group with a line of its own is the parent; the groups inside it, which print
            # none (`대중교통 지원` over its one 세부사업), are kept with the line by their column's label
            at = next((k for k in range(len(groups) - 1, -1, -1) if groups[k][1] in own), len(groups) - 1)
            parent = groups[at][1] if groups else None
            other |= {_column_label(grid, n_header, col): label for col, label in groups[at + 1:]}
        if marked and (not grouped or name == names[offset]):
            name, parent = marked[offset][0], marked[offset][1] or parent
        line = _lines(name, cells, other, printed_as, n_header + offset, parent)
        if line:
            line[0].subtotal = not group_cols and not marked and compact(name) == "소계"
            lines += line
        elif any(row):
            unread = True
    return lines, unread


def _shares_apart(others: list[tuple[int, str]], grid: Grid, n_header: int) -> list[tuple[int, str]]:
    """The columns kept by their labels, a share printed under one label more than once (`예산액 | 구성비 | 집행액 |
    구성비`) named by the column it follows (`예산액 구성비`, `집행액 구성비`), the figure it is a share of, so that
    each is kept (before, the later one alone, under their one label)."""
    labels = [label for _, label in others]
    twice = {label for label in labels if labels.count(label) > 1 and _SHARE_RE.search(compact(label))}
    if not twice:
        return others
    named = [(col, f"{_column_label(grid, n_header, col - 1)} {label}" if label in twice and col else label)
             for col, label in others]
    return named if len({label for _, label in named}) == len(named) else others


_SHARE_RE = patterns.compile(SHARE)
_FIGURES = ("budget", "executed", "remaining", "rate")


def _prints_no_figure(grid: Grid, n_header: int, roles: tuple[str | None, ...]) -> bool:
    """Whether every figure cell of a budget table is a dash or blank (`예산액 | 집행액 | 집행률(%)` over
    `- | - | -`): it prints that there is no budget, no line of 0 spent of 0 (which "spent under 30%" would list
    at 0%). Its columns' figures, or its rows' where its fields are the rows (`_transposed`)."""
    body = grid.rows[n_header:]
    columns = [col for col, role in enumerate(roles) if role in _FIGURES]
    # the first figure ends the search: the rows' fields are asked only of a table whose columns print none
    return not (_prints_figures(row[col] for row in body for col in columns)
                or _prints_figures(cell for row in body if _role(row[0]) in _FIGURES for cell in row[1:]))


def _grouped_names(body: list[tuple[str, ...]], group_cols: list[int], name_col: int
                   ) -> tuple[list[tuple[str, list[tuple[int, str]]]], set[str]]:
    """Each row's line name and the groups it sits in, outermost first, as (column, label); and the groups
    that have a line of their own. A row whose cell at a level is a total (`청사 관리 | 소 계`) or that is
    blank from there on is the line of its group one level up; a group's label is merged down its rows
    (`merged_labels`), from a row that is the group's line (a 소계 inside it, or its label printed on a row of its
    own, `| 도시경관 관리 |`, each level's line on its own row) as from a 소계's."""
    cols = [*group_cols, name_col]
    named = [[clean_text(row[col]) for col in cols] for row in body]
    merged = [merged_labels([cells[k] for cells in named],
                            [is_total(cells[k + 1]) or _own_row(cells, k) for cells in named])
              for k in range(len(group_cols))]
    out, own = [], set()
    for r, cells in enumerate(named):
        level = next((j - 1 for j in range(1, len(cols)) if is_total(cells[j]) or not any(cells[j:])), len(cols) - 1)
        name = cells[-1] if level == len(cols) - 1 else merged[level][r]
        groups = [(cols[k], merged[k][r]) for k in range(level) if merged[k][r] and not is_total(merged[k][r])]
        out.append(("" if is_total(name) else name, groups))
        if level < len(group_cols):
            own.add(name)
    return out, own


# `□ 정책사업`, `○ 단위사업`, `- 세부사업` (`└ 세부사업`, `ㄴ 세부사업`, or `↳ 세부사업`, the space-aligned reader's
# mark of a row indented alone under its line): a level's mark before a name in a table's one name column
_LEVEL_MARKS = f"□■◼▣▪▫◎●{PART_MARK}{PART_LABEL_MARKS}"  # a part's marks last, `-` last of all: in a class, itself
_LEVEL_MARK_RE = patterns.compile(rf"^([{_LEVEL_MARKS}])\s*(?=\S)")


def _marked_levels(names: list[str]) -> list[tuple[str, str | None]] | None:
    """Each row's name without its mark and its group, where one name column marks levels: by words (`단위사업:
    재정관리`, `세부사업: 세외수입 관리`, a 편성목's code, `201-01 사무관리비`: `_named_levels`), else by marks
    (`_levels_by_mark`). A row's group is the nearest row above of an outer level; a row without a mark (`합 계`,
    `일반회계`; a group's line unmarked) is outside every marked one, and a total groups none (so that a source marked
    under a line, `- 국비`, is its part). An unmarked row groups the rows below it only where it is an account or the
    unmarked rows are the outermost level (the first line after the total and the accounts unmarked, `청사 관리` over
    `- 청사 유지보수`); else it is a line of none (`비고`, a note among the 단위사업; before, the group of every line
    after it), and the rows below stay in theirs. None where the column marks no level. The names come cleaned."""
    # the reader's mark of a row indented under another (`↳ 201-01 사무관리비`, PyMuPDF's sorted text setting a line
    # opening with figures further right) is no level's where the row names its own
    levels = _named_levels([name.removeprefix(f"{PART_MARK} ") for name in names]) or _levels_by_mark(names)
    if levels is None:
        return None
    first = next((level for (level, name) in levels if name and not is_total(name) and not is_account(name)), -1)
    out, above = [], []  # above: (level, name) of the groups the next row may sit in, outermost first
    for level, name in levels:
        if level == -1 and first != -1 and not is_total(name) and not is_account(name):
            out.append((name, None))
            continue
        while above and above[-1][0] >= level:
            above.pop()
        out.append((name, above[-1][1] if above else None))
        if not is_total(name):
            above.append((level, name))
    return out


# a level named by its word before a line's name, after a colon or in brackets (`단위사업: 재정관리`, `[세부사업]
# 세외수입 관리`), each word a level of its own, outermost first; a 편성목 or 통계목 printed by its code alone is
# that level too (`budget_code`: `201 일반운영비` a 편성목's, `201-01 사무관리비` one level deeper where it is
# printed under it, else a 편성목's whose own line is not printed)
_LEVEL_NAMES = ("정책사업", "단위사업", "세부사업", "편성목", "통계목")
_LEVEL_NAME = "|".join(_LEVEL_NAMES)
_LEVEL_NAME_RE = patterns.compile(rf"^(?:[\[<〈(]\s*({_LEVEL_NAME})\s*[\]>〉)]|({_LEVEL_NAME})\s*[:：])\s*(?=\S)")
_LEVEL_NAME_STARTS = "정단세편통[<〈("  # how a name naming its level by a word starts
# a line of a column's names joined that starts as one naming its level does, by a word or a code (a digit)
_LEVEL_NAMED_START_RE = patterns.compile(rf"(?m)^[{regex.escape(_LEVEL_NAME_STARTS)}\d]")


def _named_levels(texts: list[str]) -> list[tuple[int, str]] | None:
    """Each row's level and name, where a row names its level by a word or a code (`_LEVEL_NAME_RE`,
    `budget_code`): the word's name without it, the code's with it, a row naming none outside them all (-1). A
    code's level is one under the codes above it that start it (`201-01` under `201`), under the 세부사업 where
    none does. A line naming none right over coded lines, under a line naming a level above the 세부사업, is the
    level between (`세외수입 관리` under `단위사업: 재정관리`, over `201-01 사무관리비`: a 세부사업; before, a line
    outside them all, its 편성목 the 단위사업's). None where no row names its level (most columns: told at once
    where no name starts as a level's word, its bracket or a code does)."""
    if not _LEVEL_NAMED_START_RE.search("\n".join(texts)):
        return None
    # the pattern is tried only on a name starting as a level's word or its bracket does
    words = [_LEVEL_NAME_RE.match(text) if text[:1] in _LEVEL_NAME_STARTS else None for text in texts]
    printed = [budget_code(text) for text in texts]
    # a code of one part alone (`201 일반운영비`) only in a column printing codes of two (`201-01`): else it may
    # be a name's number (`119 구조대 운영`), and no code is a level
    if not any(code and "-" in code for code in printed):
        if not any(words):
            return None
        printed = [None] * len(texts)
    levels: list[tuple[int, str]] = []
    codes: list[str] = []  # the codes of the lines the next coded line may be under, outermost first
    named = None  # the level of the nearest line above naming it by its word, while no line outside them comes
    for text, word, code, next_code in zip(texts, words, printed, printed[1:] + [None], strict=True):
        if code:  # a text starting with a digit: no level's word
            while codes and not code.startswith(f"{codes[-1]}-"):
                codes.pop()
            levels.append((_LEVEL_NAMES.index("편성목") + len(codes), text))
            codes.append(code)
            continue
        codes = []
        if word:
            named = _LEVEL_NAMES.index(word.group(1) or word.group(2))
            levels.append((named, text[word.end():]))
        elif (named is not None and next_code and named + 1 < _LEVEL_NAMES.index("편성목")
              and not is_total(text) and not is_account(text)):
            levels.append((named + 1, text))  # the level between the word's and the codes'
        else:
            levels.append((-1, text))
            named = None
    return levels


def _levels_by_mark(texts: list[str]) -> list[tuple[int, str]] | None:
    """Each row's level and name without its mark, where the column marks levels by two marks or more (`□`, then
    `○`, then `-`), a mark's level the order it first appears in, or one mark under lines printed without (`청사
    관리` over `- 청사 유지보수`); a row without a mark outside them all (-1). None where it marks none: one mark on
    every line, or on the first line after the total, is a bullet."""
    # the pattern is tried only on a name starting with a mark: most start with a word
    marks = [_LEVEL_MARK_RE.match(text) if text[:1] in _LEVEL_MARKS else None for text in texts]
    order = list(dict.fromkeys(mark.group(1) for mark in marks if mark))
    first = next((k for k, text in enumerate(texts) if text and not is_total(text)), None)
    if not order or len(order) == 1 and first is not None and marks[first]:
        return None
    return [(order.index(mark.group(1)), text[mark.end():]) if mark else (-1, text)
            for text, mark in zip(texts, marks, strict=True)]


# an account's row among the lines of one name column: `일반회계`, `특별회계`, `주차장 특별회계`, `일반회계 소계`
# (compacted; not a grant's 지역균형발전특별회계, a source)
_ACCOUNT = r"(?:일반|\p{Hangul}*특별)회계"
_ACCOUNT_ROW_RE = patterns.compile(rf"^{_ACCOUNT}(?:소계)?$")
_SUBTOTAL_RE = patterns.compile(r"\s*소\s*계$")


def is_account(label: str) -> bool:
    """`일반회계`, `특별회계`, `일반회계 소계` (`_ACCOUNT_ROW_RE`), tried only on a label ending in 계: most are
    단위사업's or sources'."""
    return label.endswith("계") and _ACCOUNT_ROW_RE.match(text := compact(label)) is not None and not is_funding(text)


def _account_groups(texts: list[str]) -> list[tuple[str, str | None]] | None:
    """Each row's name and its group, where one name column prints each account's line above its lines (`합 계`,
    `일반회계`, its 단위사업, `특별회계`, its; `일반회계 소계`, the account's): the account groups the lines below it
    up to the next, as a column of accounts does (`회 계 | 단위사업`). None where the first line after the total is
    no account's, or every line is one (a 총괄 of the accounts: their lines). The names come cleaned."""
    accounts = [is_account(name) for name in texts]
    lines = [k for k, text in enumerate(texts) if text and not is_total(text)]
    if not lines or not accounts[lines[0]] or all(accounts[k] for k in lines):
        return None
    out, group = [], None
    for text, account in zip(texts, accounts, strict=True):
        if account:
            group = _SUBTOTAL_RE.sub("", text)
            out.append((group, None))
        else:
            out.append((text, group if text and not is_total(text) else None))
    return out


def _own_row(cells: list[str], level: int) -> bool:
    """Whether a row is a group's line printed on a row of its own: its label at `level`, nothing inside it."""
    return bool(cells[level]) and not is_total(cells[level]) and not any(cells[level + 1:])


def _lines(name: str, cells: dict[str, str], other: dict[str, str] | None, printed_as: _Printed, row_index: int,
           parent: str | None = None) -> list[BudgetLine]:
    """The line of a row (or column) from its cells by field (budget, executed, remaining, rate; `carried`, a
    carry-over the budget is the sum with) and the cells of no field; and where a line without a name splits its
    예산액 by source in brackets (`2,698,307(시비 1,000,000 구비 1,698,307)`), the line is the 계 and each source a
    line of its own, as a funding table prints them; with its 집행액 where the 집행액 splits so too (`320,000(시비
    120,000 구비 200,000)`), so the sources' sum is checked."""
    multiplier, table = printed_as.multiplier, printed_as.table
    name, parent = as_word(name), parent and as_word(parent)  # a name spread over its cell (`녹 지 조 성`)
    (name, former), parent = split_former_name(name), parent and split_former_name(parent)[0]
    budget = parse_money_cell(cells.get("budget", ""), multiplier)
    if budget and (carried := parse_money_cell(cells.get("carried", ""), multiplier)):
        budget = (budget[0] + carried[0], budget[1])  # the budget as it stands: the year's and last year's carry-over
    executed = parse_money_cell(cells.get("executed", ""), multiplier)
    remaining = parse_money_cell(cells.get("remaining", ""), multiplier)
    rate_cell = cells.get("rate")
    if budget is None and executed is None:
        return []
    # the sources in the 예산액's bracket, else in the 집행액's, each with its amount in won where it reads; each
    # source's 집행액 from the 집행액's bracket
    (budget_sources, budgets), (spent_sources, spent) = (_breakdown(cell, multiplier) for cell in (budget, executed))
    sources, amounts, of = ((budget_sources, budgets, budget) if budget_sources else (spent_sources, spent, executed))
    alone = amounts[sources[0][0]] if len(sources) == 1 and amounts else None
    # `(구비)`, `(구비 100%)`, `5억원(시비 5억원)`: the line is the source's; `5억원(시비 2억원)`: what of it 시비 pays
    whole = len(sources) == 1 and sources[0][2] in (None, 100) and alone in (None, of[0])
    part = alone is not None and alone < of[0]
    unnamed = not name or is_total(name)
    split = unnamed and amounts is not None and not whole
    source = "·".join(source for source, _, _ in sources) or None
    if unnamed:
        name = source if whole and not is_total(name) else "계"
    rate = parse_decimal(rate_cell) if rate_cell else None
    # a line named by its source (`구비`), its note in brackets aside (`시비 (보조)`, the note wrapped under it), or
    # grouped under one (`구비 | 놀이시설 교체`), is that source's
    funding = None if split else source or next((word for text in (name, parent or "")
                                                 if is_funding(word := _without_last_bracket(compact(text)))), None)
    unit, at = printed_as.unit or _own_unit(cells.get("budget", "")), row_source(table, row_index)
    decimals = max(printed_decimals(cells.get(field, "")) for field in ("budget", "carried", "executed", "remaining"))
    line = BudgetLine(
        name=name, budget_krw=budget[0] if budget else None, executed_krw=executed[0] if executed else None,
        remaining_krw=remaining[0] if remaining else None,
        execution_rate=rate[0] if rate else None, rate_text=rate_cell.strip() if rate else None,
        as_of=printed_as.as_of, funding_source=funding, unit=unit, other_columns=other or None, parent=parent,
        table_no=printed_as.table_no, budget_year=printed_as.budget_year, former_name=former, source=at,
        cell_sources=printed_as.cell_sources, decimals=decimals)
    if not split:
        return [line]
    # a source's line as a table's row of it is named (`자부담` of no public source's funding), under the 계 where
    # it is a part of it alone, as a table prints one source under a line (`- 국비`)
    return [line, *(BudgetLine(name=source, budget_krw=(budgets or {}).get(source),
                               executed_krw=(spent or {}).get(source), as_of=printed_as.as_of,
                               funding_source=source if is_funding(source) else None, unit=unit,
                               parent="계" if part else None, table_no=printed_as.table_no,
                               budget_year=printed_as.budget_year, source=at, cell_sources=printed_as.cell_sources,
                               decimals=decimals)
                    for source, _, _ in sources)]


def _breakdown(cell: tuple[int, str | None] | None, multiplier: int
               ) -> tuple[tuple[tuple[str, float | None, float | None], ...], dict[str, int] | None]:
    """The sources a money cell's bracket names (`_funding_sources`) and, where each prints an amount, or each a
    share of the cell's figure and they add up to 100% (`국비 50%, 구비 50%`), each one's amount in won (`_apportioned`
    to the cell's unit, or to 천원, in which budgets are kept, where that is coarser). Other funding
    beside the public sources (`시비 200,000, 자부담 300,000`, `민간`, `특교`) is read so only where they add up
    to the figure: else the bracket is one source as printed, a note."""
    if not cell or not cell[1]:
        return (), None
    sources = _funding_sources(cell[1])
    amounts = None
    if all(amount is not None for _, amount, _ in sources):
        amounts = {source: round(amount * multiplier) for source, amount, _ in sources}
    elif all(share is not None for _, _, share in sources) and sum(Decimal(str(s)) for *_, s in sources) == 100:
        shares = _apportioned(cell[0], [Decimal(str(share)) for _, _, share in sources], min(multiplier, 1_000))
        amounts = dict(zip((source for source, _, _ in sources), shares, strict=True))
    named = [is_funding(source) for source, _, _ in sources]
    if not all(named) and not (amounts and len(sources) > 1 and any(named) and sum(amounts.values()) == cell[0]):
        return ((cell[1], None, None),), None
    return sources, amounts


# a source's name in a bracket of sources (compacted): a public source's (`시비`), two printed as one (`국·시비`, a
# source of its own), shortened to its first letter before a figure (`국`), or another word before a figure, not an
# amount's unit (`자부담`, `민간`, not `억`), sought from the start of its run of letters, after a unit's letter or
# where the match before ended (`\G`; as `FUNDING_SOUGHT`: from within the run it matches only as from there)
_SOURCE_NAME = (rf"{JOINT_FUNDING_PATTERN}|{FUNDING_SOUGHT}|[국시구도군](?=[:：]?\d)"
                rf"|(?:(?<!\p{{Hangul}})|(?<=[억만천원])|\G)(?![억만천원])\p{{Hangul}}{{2,}}(?=[:：]?\d)")
# `구비`, `구비 100%`, `시비 1,000,000 구비 1,698,307`, `국비 50%, 구비 50%`, `국 800,000 시 400,000` (compacted):
# each source, with its amount or share
_FUNDING_PART_RE = patterns.compile(
    rf"({_SOURCE_NAME})[:：]?(?!{TOO_LONG_FIGURE})(?:(\d+(?:\.\d+)?)%|(\d[\d,]*(?:\.\d+)?))?[,·/+]?")


@functools.lru_cache(maxsize=256)
def _funding_sources(bracket: str | None) -> tuple[tuple[str, float | None, float | None], ...]:
    """The sources a money cell's bracket names, each with the amount and the share (%) it prints, if any; a
    bracket that is not all sources (`추경 포함`) is one source as printed (`_breakdown` says which names that
    are no public source's are read)."""
    if not bracket:
        return ()
    parts = list(_FUNDING_PART_RE.finditer(bracket))
    if not parts or "".join(part.group(0) for part in parts) != bracket:
        return ((bracket, None, None),)
    return tuple((part.group(1) if len(part.group(1)) > 1 else f"{part.group(1)}비",
                  float(part.group(3).replace(",", "")) if part.group(3) else None,
                  float(part.group(2)) if part.group(2) else None) for part in parts)


def stated_lines(cells: dict[str, str], at: Source, year: int | None, budget_year: int | None = None,
                 unit: str | None = None) -> list[BudgetLine]:
    """The lines of a budget printed as text (`1,560,000천원(시비 560,000 구비 1,000,000)`, by field: `budget`,
    `executed`, `rate`), of the year `budget_year` where that is not the report's, as a table's row of those cells
    gives them; in the unit its figure prints (or, printing none, `unit`: a table's printing it), which the amounts
    of its sources are in too, or its 예산액's each in a unit of its own (`5억원(시비 2억원, 구비 3억원)`, `8억
    4,900만원(국비 2억 5,470만원, …)`), and as of the day it prints (`집행: 300,000천원(4.30. 기준)`). A bracket that
    does not read as its sources is a note the item keeps, not the name of a line: the line is the 계."""
    unit = _own_unit(cells["budget"]) or unit
    dated = AS_OF_RE.search(cells.get("executed") or cells["budget"])
    day = parse_date(dated.group("date"), year) if dated else None
    # the 집행액's date in brackets (`252,040천원 (’19. 5. 31. 기준)`) is its as-of date, no source's name
    note = _LAST_BRACKET_RE.search(cells["executed"]) if dated and "executed" in cells else None
    if note and note.start() <= dated.start():
        cells = cells | {"executed": cells["executed"][:note.start()]}
    printed_as = _Printed(Table(rows=(), line=at.line, page=at.page), unit, unit_multiplier(unit) or 1, day, 1,
                          budget_year)
    budget = parse_money_cell(cells["budget"], printed_as.multiplier)
    bracket = budget[1] if budget else None
    if bracket and not _names_sources(_funding_sources(bracket)):
        bracket = _sources_in_unit(bracket, printed_as.multiplier)
    if bracket and not _names_sources(_breakdown((budget[0], bracket), printed_as.multiplier)[0]):
        bracket = None  # other funding not adding up to the 계, or beside no public source
    if budget and budget[1] != bracket:
        cells = cells | {"budget": _LAST_BRACKET_RE.sub(f"({bracket})" if bracket else "", cells["budget"])}
    return _lines("", cells, None, printed_as, 0)


def _apportioned(total: int, shares: list[Decimal], step: int) -> list[int]:
    """`total` won split by shares adding up to 100%, each rounded to `step` won, the steps rounding down leaves
    over given to the largest remainders, so that the parts add up to the total (of 849,001천원 at 33.3%, 33.3%
    and 33.4%: 282,717, 282,717 and 283,567천원) and no sum of figures the text does not print is found wrong."""
    exact = [total * share / 100 / step for share in shares]
    steps = [int(figure) for figure in exact]
    left = round(Decimal(total) / step) - sum(steps)
    for k in sorted(range(len(exact)), key=lambda k: exact[k] - steps[k], reverse=True)[:max(left, 0)]:
        steps[k] += 1
    return [figure * step for figure in steps]


def _names_sources(sources: tuple[tuple[str, float | None, float | None], ...]) -> bool:
    """Whether a bracket as read (`_funding_sources`, `_breakdown`) names its sources, not a note as printed."""
    return any(is_funding(source) for source, _, _ in sources)


_SOURCE_NAME_RE = patterns.compile(_SOURCE_NAME)
_SOURCE_SEPARATORS_RE = patterns.compile(r"[:：,·/+]+")  # dropped before an amount is read (thousands' commas too)


def _sources_in_unit(bracket: str, multiplier: int) -> str | None:
    """A bracket (compacted) of sources each printing its amount in a unit of its own (`시비2억원,구비3억원`,
    `국비2억5,470만원,…`, `시비2억`, `시비2억원`), as `_funding_sources` reads them: their amounts in the figure's
    unit of `multiplier` won (`시비2,구비3` of `5억원`). None where it is not sources alone, each with such an
    amount (`시비2억원포함`)."""
    names = list(_SOURCE_NAME_RE.finditer(bracket))
    if not names or names[0].start() != 0:
        return None
    parts = []
    for name, after in zip(names, [*names[1:], None], strict=True):
        printed = _SOURCE_SEPARATORS_RE.sub("", bracket[name.end():after.start() if after else len(bracket)])
        won = parse_amount(printed) if printed.endswith("원") else parse_amount_without_won(printed)
        if won is None:
            return None
        parts.append(f"{name.group(0)}{Decimal(won) / multiplier:f}")
    return ",".join(parts)


_LAST_BRACKET_RE = patterns.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _without_last_bracket(word: str) -> str:
    """A word, spaces removed, without the note in brackets it ends with (`시비(보조)` → `시비`): the pattern is tried
    only on a word ending in a bracket (most names end otherwise)."""
    return _LAST_BRACKET_RE.sub("", word) if word.endswith((")", "）")) else word


def _transposed(grid: Grid, ctx, printed_as: _Printed) -> tuple[list[BudgetLine], bool]:
    """Funding sources as columns and 예산액/집행액/잔액/집행률 as rows (other rows, such as 증감, by label). Of
    several 예산액 rows the report's year's budget as it stands is the 예산액 (`_current`: of `본예산 | 1회 추경 |
    2회 추경` the `2회 추경`, of `2025년 예산 | 2026년 예산(안)` the 2025's), as of such columns; the others are
    kept, and a later year's plan gives its lines too (`_plan_row`)."""
    labels = [compact(row[0]) for row in grid.rows[1:]]
    roles = [_role(row[0]) for row in grid.rows[1:]]
    totals = _totals_after_carry_over(labels)
    for k in totals:  # rows `예산액`, `이월액`, `계`: the total is the budget
        roles[k] = "budget"

    def read(roles: list[str | None]) -> tuple[list[BudgetLine], bool]:
        return _row_field_lines(grid, ctx, printed_as, roles)

    if "budget" in roles and (carried := _carried_over(roles, labels.__getitem__, totals)) is not None:
        roles = _with_carry_over(roles, carried, as_word(clean_text(grid.rows[1 + carried][0])), read)
    return _read_with_ratio(roles, read)


def _row_field_lines(grid: Grid, ctx, printed_as: _Printed, roles: list[str | None]
                     ) -> tuple[list[BudgetLine], bool]:
    """The lines of a table whose rows are its fields, by each row's field (`roles`), and whether a column (or a
    row) printed something that made no line; after them, those of a later year's plan printed beside the report's
    year's (a row, `_plan_row`, or a column of years, `_later_year_column`), as the next table."""
    header, body = grid.rows[0], grid.rows[1:]
    budgets = {k: compact(row[0]) for k, row in enumerate(body) if roles[k] == "budget"}
    budget = _current(budgets, ctx.year) if budgets else None
    plan = _plan_row(budgets, budget, body, ctx.year)
    if plan is not None and not _prints_figures(body[budget][1:]):
        budget, plan = plan[0], None  # the report's year's row all dashes (a new project's): the plan is the budget
    by_role: dict[str, tuple[str, ...]] = {}
    other_rows: list[tuple[str, tuple[str, ...]]] = []
    rows_at: dict[str, int] = {}  # each figure's row by the column a finding names it (`_cell_sources`)
    # the rows of no field kept by their labels; where the carry-over is summed into the budget, the two as printed
    kept = ("budget", "carried") if "carried" in roles else ()
    unread = False
    for k, row in enumerate(body):
        role = roles[k]
        read_as = k == budget or role not in (None, "budget") and role not in by_role and not _earlier(
            compact(row[0]), ctx.year)
        if read_as:
            by_role[role] = row
            if role in _ROLE_COLUMNS:
                rows_at[_ROLE_COLUMNS[role]] = 1 + k
        if (not read_as or role in kept) and row[0].strip():
            other_rows.append((as_word(clean_text(row[0])), row))
            rows_at.setdefault(other_rows[-1][0], 1 + k)
        elif not read_as:
            unread = unread or any(row)
    printed_as = replace(printed_as, cell_sources=_cell_sources(printed_as.table, rows_at))
    if (current := _current_year_column(header, ctx.year)) is not None:
        later = _later_year_column(header, ctx.year)
        if later is not None and not _prints_figures(row[current] for row in body) and _prints_figures(
                row[later[0]] for row in body):
            current = later[0]  # the report's year's column all dashes (a new project's): the plan is the budget
        printed_as = replace(printed_as, budget_year=_budget_year(header[current], ctx.year))
        lines = _years_as_columns(grid, current, by_role, other_rows, printed_as)
        if (lines and "budget" in by_role and printed_as.budget_year is None
                and (later := _later_year_column(header, ctx.year)) is not None
                and _prints_figures([by_role["budget"][later[0]]])):  # `-` in the plan: the year's line alone
            planned = replace(printed_as, table_no=printed_as.table_no + 1, budget_year=later[1])
            lines += _lines("", {"budget": by_role["budget"][later[0]]}, None, planned, 1)
        return lines, unread
    if budget is not None:
        printed_as = replace(printed_as, budget_year=_budget_year(body[budget][0], ctx.year))
    # the sources new in the plan (`-` in the report's year's row): the plan's lines alone, as its new rows' are
    new = set() if plan is None else {col for col in range(1, grid.width) if not _prints_figures([body[budget][col]])
                                      and _prints_figures([body[plan[0]][col]])}
    lines = []
    for col in range(1, grid.width):
        if col in new:
            continue
        name = _column_line_name(header[col])
        cells = {role: row[col] for role, row in by_role.items()}
        other = {label: clean_text(row[col]) for label, row in other_rows if row[col].strip()} if other_rows else None
        line = _lines(name, cells, other, printed_as, 1)
        if line:
            lines += line
        else:
            unread = unread or any(row[col] for row in grid.rows[1:])
    if plan is not None and lines:
        row, planned = body[plan[0]], replace(printed_as, table_no=printed_as.table_no + 1, budget_year=plan[1],
                                              cell_sources=_cell_sources(printed_as.table, {"예산액": 1 + plan[0]}))
        # a new source's line keeps its column's other cells, the report's year's `-` first
        beside = [(as_word(clean_text(body[budget][0])), body[budget])] + [
            (label, cells) for label, cells in other_rows if cells is not row]
        for col in range(1, grid.width):
            if not _prints_figures([row[col]]) and _prints_figures([body[budget][col]]):
                continue  # a source ending with the year (`-` in the plan): the year's line alone, as a row's
            other = None if col not in new else {
                label: clean_text(cells[col]) for label, cells in beside if cells[col].strip()}
            lines += _lines(_column_line_name(header[col]), {"budget": row[col]}, other, planned, 1)
    return lines, unread


# the column a finding names a line's figure of each field by (`checks.budget`)
_ROLE_COLUMNS = {"budget": "예산액", "executed": "집행액", "remaining": "잔액", "rate": "집행률(%)"}


def _cell_sources(table: Table, rows_at: dict[str, int]) -> dict[str, Source] | None:
    """Where a table turned round prints each figure of its lines, by the column a finding names it (`rows_at`: its
    row): its row's line where that is not the line's own (its first row's), so that a wrong 집행액 is found on the
    집행액 row. None in a PDF, whose table has a page and no lines."""
    first = table.row_line(1)
    sources = {column: row_source(table, row) for column, row in rows_at.items()
               if table.row_line(row) != first}
    return sources or None


def _column_line_name(label: str) -> str:
    """The line a column of a table whose rows are its fields gives: `계`, a source or an account without its
    spaces (`국 비`), a 단위사업 as printed (`청사 관리`)."""
    if is_total(label):
        return "계"
    text = compact(label)
    return text if is_funding(text) or is_account(text) else as_word(clean_text(label))


def _plan_row(budgets: dict[int, str], budget: int | None, body: list[tuple[str, ...]], year: int | None
              ) -> tuple[int, int] | None:
    """Of a table whose rows are its fields, the 예산액 row of a later year's plan printed beside the report's
    year's (`2026년 예산(안)` under `2025년 예산`, by their labels `budgets`) and the year it names, where one such
    row prints figures: as a plan's column beside the year's (`_plan_column`)."""
    if year is None or budget is None or _budget_year(budgets[budget], year) is not None:
        return None
    later = [(k, named) for k, label in budgets.items()
             if k != budget and (named := _named_year(label, year)) is not None and named > year]
    if len(later) != 1 or not _prints_figures(body[later[0][0]][1:]):
        return None
    return later[0]


def _later_year_column(header: tuple[str, ...], year: int | None) -> tuple[int, int] | None:
    """Of a table whose columns are years (`구 분 | 2025년 | 2026년(안)`), the one column of a later year than the
    report's and its year: a plan printed beside the year's figures."""
    later = [(col, printed) for col in range(1, len(header))
             if YEAR_LABEL_RE.match(label := _row_label(header[col]).removesuffix("(안)"))
             and year is not None and (printed := full_year(label)) > year]
    return later[0] if len(later) == 1 else None


def _current_year_column(header: tuple[str, ...], year: int | None) -> int | None:
    """Of a table whose columns are years (`구 분 | 2024년 | 2025년 | 증감`, a change beside them; a plan's year
    `2026년(안)`), the report's year's column, else the last year's; None where its columns are anything else
    (funding sources)."""
    years = {col: full_year(label) for col in range(1, len(header))
             if YEAR_LABEL_RE.match(label := _row_label(header[col]).removesuffix("(안)"))}
    if not years or any(col not in years and not is_change_label(compact(header[col]))
                        for col in range(1, len(header))):
        return None
    return next((col for col, printed in years.items() if printed == year), max(years))


def _years_as_columns(grid: Grid, current: int, by_role: dict[str, tuple[str, ...]],
                      other_rows: list[tuple[str, tuple[str, ...]]], printed_as: _Printed) -> list[BudgetLine]:
    """The one line of a table of years as columns: the current year's figures, and every other column's kept
    by its label and its row's (`2024년 예산액`, `증감 예산액`), as a table of `전년도 예산액` beside `예산액` keeps
    that, so that no other year's figures are summed with the year's."""
    cells = {role: row[current] for role, row in by_role.items()}
    other = {label: clean_text(row[current]) for label, row in other_rows if row[current].strip()}
    for col in range(1, grid.width):
        if col != current:
            other |= {f"{as_word(grid.rows[0][col].strip())} {as_word(clean_text(row[0]))}": clean_text(row[col])
                      for row in grid.rows[1:] if row[0].strip() and row[col].strip()}
    return _lines("", cells, other or None, printed_as, 1)


def extract_unit_budget(grid: Grid, ctx: TableContext, out: Collected) -> None:
    """The department's 단위사업 table; but a table of accounts alone (`합 계 | 일반회계 | 특별회계`, `기금`) totalling
    `_DISTRICT_TIMES` the department's 단위사업 at least, printed before or after them, is the 구's whole budget, as
    a 기획예산과 prints it beside its own lines (`□ 회계별 예산 현황`): a grid. Printed before them, it is held as
    lines until they come (`Collected.held_accounts`), one printing a budget; with none (a department's 총괄 by
    account alone), it stays."""
    grid_at = len(out.tables)
    new, unread = budget_lines(grid, ctx, next_table_no(out.budget))
    accounts = bool(new) and _accounts_alone(new)
    if accounts and (units := _units_total(out.budget)) is not None and _is_district_budget(new, units):
        generic.extract(grid, ctx, out)
        return
    if new and not accounts and out.held_accounts and (units := _total(new)) is not None:
        _district_budgets_to_grids(out, new, units)
    _keep(out.budget, new, unread, grid, ctx, out)
    if accounts and _units_total(out.budget) is None:
        out.held_accounts.append(HeldAccounts(grid, ctx, frozenset(line.table_no for line in new),
                                              grid_at, len(out.tables) > grid_at))


def extract_project_budget(grid: Grid, ctx: TableContext, out: Collected) -> None:
    lines = ctx.project.budget_lines
    _keep(lines, *budget_lines(grid, ctx, next_table_no(lines)), grid, ctx, out)


def _keep(lines: list[BudgetLine], new: list[BudgetLine], unread: bool, grid: Grid, ctx: TableContext,
          out: Collected) -> None:
    """The table's lines after those of the tables before it; a table that looked like a budget but gives no
    line, or printed something that made none (a note beside its unit too), is kept as printed as well, as every
    other table is."""
    lines.extend(new)
    if unread or not new or table_note(grid.table):
        generic.extract(grid, ctx, out, "budget_lines" if new else None)


# how many times a department's 단위사업 total a table of accounts alone totals at least where it is the 구's whole
# budget: a department's own 총괄 by account sums its lines (or a little more, where its 단위사업 table leaves a fund
# out), the 구's budget every department's, tens to hundreds of times any one's
_DISTRICT_TIMES = 10
# a line of accounts or funds: `일반회계`, `주차장특별회계`, `의료급여기금`, the funds as one (`기금`; compacted)
_ACCOUNT_OR_FUND_RE = patterns.compile(rf"^(?:{_ACCOUNT}|\p{{Hangul}}*기금)(?:소계)?$")


class HeldAccounts(NamedTuple):
    """A table of accounts alone read as the department's lines of `table_nos`, and where its grid stands among the
    report's tables (`gridded`: kept beside its lines) or would, until a table of 단위사업 shows it the 구's."""

    grid: Grid
    ctx: TableContext
    table_nos: frozenset[int]
    grid_at: int
    gridded: bool


def _accounts_alone(lines: list[BudgetLine]) -> bool:
    """Whether a table's lines are accounts and funds alone, no 단위사업 (`계`, `일반회계`, `특별회계`,
    `- 의료급여기금`)."""
    names = [line.name for line in lines if not is_total(line.name)]
    return bool(names) and all(name.endswith(("계", "금")) and _ACCOUNT_OR_FUND_RE.match(compact(name))
                               for name in names)


def _total(lines: Iterable[BudgetLine]) -> int | None:
    """The budget a table's lines (of its first `table_no`, the report's year's) print: its grand 계 (of no group,
    no 소계 of the lines beside it, printed first or last), else its top-level lines' sum; not the first 계 printed,
    which may be a group's."""
    lines = list(lines)
    first = [line for line in lines if line.table_no == lines[0].table_no and line.budget_krw is not None
             and line.parent is None]
    grand = next((line.budget_krw for line in first if is_total(line.name) and not line.subtotal), None)
    return grand if grand is not None else sum(line.budget_krw for line in first if not is_total(line.name)) or None


def _units_total(lines: list[BudgetLine]) -> int | None:
    """The total of the first of the report's tables read so far whose lines are 단위사업 (not accounts alone) and
    print a budget, None where none is."""
    by_table: dict[int, list[BudgetLine]] = {}
    for line in lines:
        by_table.setdefault(line.table_no, []).append(line)
    return next((total for table in by_table.values()
                 if not _accounts_alone(table) and (total := _total(table)) is not None), None)


def _is_district_budget(accounts: list[BudgetLine], units_total: int) -> bool:
    """Whether a table of accounts alone is the 구's whole budget: it totals `_DISTRICT_TIMES` a department's 단위사업
    at least."""
    total = _total(accounts)
    return total is not None and total >= _DISTRICT_TIMES * units_total


def _district_budgets_to_grids(out: Collected, units: list[BudgetLine], units_total: int) -> None:
    """The held tables of accounts alone that the 단위사업 table of lines `units` (not yet collected) totalling
    `units_total` shows to be the 구's whole budget: their lines go, the budget tables after them, `units` too, are
    numbered as if they were none, and each is a grid where it was printed (`generic.regrid`). The others stay the
    department's."""
    districts = [held for held in out.held_accounts
                 if _is_district_budget([line for line in out.budget if line.table_no in held.table_nos], units_total)]
    out.held_accounts.clear()
    generic.regrid(districts, out.budget, units, out)
