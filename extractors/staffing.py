"""The 인력 table: 정원/현원/과부족 by job class (직렬) and grade (직급), printed totals included; or one status
only (`직렬별 현원`), named by its one column or its caption; or one naming no status (staff by team under grades
or classes, classes by grades under the 인력 title), 현원."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Set
from typing import NamedTuple

import regex

from extractors import generic
from extractors.context import (
    YEAR_STARTS,
    Collected,
    Grid,
    TableContext,
    as_of_in,
    header_rows,
    is_number,
    label_rows,
    merged_labels,
    next_table_no,
    per_table,
    per_table_in_context,
    printed_as_of,
    row_source,
    source_of,
    spread_labels,
    table_note,
)
from extractors.labels import SERIAL_WORDS, SHORTFALL_WORDS
from pipeline import patterns
from pipeline.aligned import PART_LABEL_MARKS, PART_MARK
from pipeline.document import Bullet
from pipeline.values import (
    SERIES_NAMES,
    SIGN,
    TEXT_CACHE,
    TILDES,
    YEAR_LABEL_RE,
    bracketed_agree,
    bracketed_figure,
    compact,
    is_grade,
    is_total,
    label_groups,
    parse_count,
    parse_count_note,
)
from schemas import StaffingCount

# other spellings of a status, compacted: the staff on the rolls as some districts print them (`현재원`, `현 인원`)
_STATUS_SPELLINGS = {"현재원": "현원", "현재인원": "현원", "현인원": "현원"}
# a 과부족 printed as what the 현원 is against, alone or before its word (`정원 대비`, `정원대비 증감`), compacted
_AGAINST_QUOTA = "정원대비"
# 결원 (vacancies) is 정원 − 현원, kept as printed
STATUSES = {"정원", "현원", *SHORTFALL_WORDS, "결원", *_STATUS_SPELLINGS}
# 직렬 and kinds of staff a table counting one status labels its rows or columns with (`행정`, `세무직`, `일반직`,
# `별정직·임기제`): without them a table of one `현 원` column is not told from a daycare's (`국공립 | 30`)
_KIND_WORDS = "일반|별정|정무|기능|공무|연구|지도|관리운영|계약|전문"  # each a kind of staff with its `직`
_POST_KINDS = "임기제|시간선택제|전문경력관|청원경찰|기간제"  # kinds of post, whatever 직 they are of
_KIND = rf"(?:(?:{_KIND_WORDS})직|{_POST_KINDS})"
_SERIES = rf"(?:{SERIES_NAMES})"
_CLASS = rf"(?:{_KIND}|{_SERIES}(?:직렬|직)?)"
# what a label joining classes prints between them (`별정직·임기제`, `별정직/임기제`, `별정직, 임기제`; `ㆍ` is read as
# `·`), or nothing after a `…직` (`별정직 임기제`, compacted; `시간선택제 임기제` is one kind)
_JOIN = "[·/,]"
_CLASS_RE = patterns.compile(rf"^{_CLASS}(?:{_JOIN}{_CLASS}|(?<=직){_KIND})*$")
_JOIN_RE = patterns.compile(rf"{_JOIN}|(?<=직)(?={_KIND})")
_SERIES_NAME_RE = patterns.compile(rf"^(?P<series>{_SERIES})(?:직렬|직)?$")
# a 직군 a table may break a kind of staff down by above its grades, as it would by series (`일 반 직` over `행 정 |
# 기 술`): `행정` is a series already
_GROUPS = frozenset({"기술", "기술직군", "행정직군"})
_KIND_WITHOUT_JIK_RE = patterns.compile(rf"^(?:{_KIND_WORDS})$")  # `별정` of `별정·임기제`
_KIND_OF_OFFICIALS_RE = patterns.compile(rf"^(?P<kind>{_KIND})공무원$")  # `일반직공무원`, `일반직 공무원` compacted
_KIND_NAME_RE = patterns.compile(rf"^{_KIND}(?:공무원)?$")  # a kind of staff alone (`일반직`), its series under it
# a note in brackets wrapped under a class's label, alone in its column (`공무직` over `(기간제 포함)`, as
# space-aligned text prints `공무직<br>(기간제 포함)`): the class's label goes on, no grade
_BRACKETED_LABEL_RE = patterns.compile(r"^\([^()]+\)$")
# a post a label prints in brackets after its grade (`행정6급(팀장)`, `6급 (주무관)`): who holds the grade, not whom
# it counts (`(임기제)` says whom: no post)
_POST = r"[(（](?P<post>\p{Hangul}{0,4}장|주무관|주무|실무관|담당|팀원|서무)[)）]"
_POST_RE = patterns.compile(rf"{_POST}$")
# a label joining a series and its grade (`행정6급`, `사회복지 7급`, `행정 6급이하`, `전문경력관 가군`, compacted), as a
# table of 직급 as rows prints the grades of several series, a post after it or not
_SERIES_GRADE_RE = patterns.compile(
    rf"^(?P<series>{_CLASS}(?:·{_CLASS})*)(?P<grade>\d+(?:[{TILDES}·,/]\d+)?급(?:이하|이상)?|[가나다라]군)(?:{_POST})?$")
_SERIES_SUFFIX_RE = patterns.compile(r"(?:직렬|직)$")  # `행정직`, `행정직렬` and `행정` are one series
# the 연구·지도직's grades, printed with no series: their class's
_RESEARCH_GRADES = {"연구관": "연구직", "연구사": "연구직", "지도관": "지도직", "지도사": "지도직"}
_ONE_STATUS = ("정원", "현원")  # what a table counting one status counts
# what a table of staff by office that prints no status counts: the staff on the rolls
_ASSUMED_STATUS = "현원"
# an office a table of staff by office labels its rows with (`교통정책팀`, `총무과`, `서무계`, `감사담당관`, `보건소`,
# `건강증진센터`, compacted), its staff counted by grade or class; a 동 is no office of the department's (`_dong`)
_OFFICE_RE = patterns.compile(r"^\p{Hangul}[\p{Hangul}\d·]+(?:팀|과|계|담당관?|실|소|단|센터)$")
_CAPTION_STATUS_RE = patterns.compile(r"정원|현원")  # `직렬별 현원 (2025. 5. 31. 기준)`, compacted
_STAFF_CAPTION = "인력"  # the general part's staffing section, `2 인 력`, `가. 인력 현황`, compacted
# a sub-heading of the staffing section that names whom its table counts: `□ 공무원`, `□ 공무직 등`, `□ 기간제근로자`
_STAFF_HEADING_RE = patterns.compile(rf"공무원|직원|{_KIND}")
# a sub-heading of the staffing section naming a kind of staff its table counts apart (`□ 기간제`, `□ 공무직 등`), not
# a breakdown (`□ 공무직 직종별 현원`)
_STAFF_APART_RE = patterns.compile(rf"^{_KIND}(?!.*별)")
# a caption naming the staff on the rolls outside the 인력 section: `직원 현황`, `3. 인원현황`, `□ 공무원 현황`
_STAFF_NOW_RE = patterns.compile(r"(?:인력|인원|직원|공무원)현황")
# a 동 a label names (`신길1동`, `신길1동 주민센터`, compacted), and a department that is one: its staff are the 동's
_DONG_RE = patterns.compile(r"^(\p{Hangul}{1,4}\d*동)(?:주민센터|행정복지센터)?$")
# what a 정원/현원 beside a committee's or a facility's name counts: its members, its places and residents
_NOT_STAFF_RE = patterns.compile(r"(?:회|시설|센터|어린이집|유치원|복지관|경로당|요양원|쉼터)$")
# staffing stated as a line (`2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)`, `○ 인력: 정원 39명, 현원 37명`): each
# status, letter-spaced or not, and its count
_STATED_STATUS = "|".join(r"\s*".join(word) for word in sorted(STATUSES))
_STATED_COUNT = rf"{SIGN}?\s*\d[\d,]*"
# a 과부족 printed alone in brackets, as accounting prints a negative, its unit in them or after them or none
# (`과부족 (2)명`, `과부족 (2명)`, `과부족 (2)`): −2 only where 현원 − 정원 of its line says so (`_stated`); a 과부족
# printed with no unit (`정원 12명, 현원 14명, 과부족 △2`) where its count ends the line or a part of it, as a
# table's 과부족 cell prints it
_STATED_SHORTFALL = "|".join(r"\s*".join(word) for word in SHORTFALL_WORDS)
_STATED_COUNT_RE = patterns.compile(  # `정원 39명`, or the count first: `39명(정원)`
    rf"(?P<status>{_STATED_STATUS})\s*[:：]?\s*(?P<count>{_STATED_COUNT})\s*명"
    rf"|(?P<status>{_STATED_SHORTFALL})\s*[:：]?\s*(?P<count>{_STATED_COUNT})(?=\s*(?:[()（）,，/·ㆍ]|$))"
    rf"|(?P<count>{_STATED_COUNT})\s*명\s*[(（]\s*(?P<status>{_STATED_STATUS})\s*[)）]"
    rf"|(?P<status>{_STATED_SHORTFALL})\s*[:：]?\s*[(（]\s*(?P<bracketed>\d[\d,]*)\s*명?\s*[)）](?:\s*명)?")
# a line's label that names nothing, so that the title above says what it counts: `○`, `ㅇ 총`, `계 :`
_UNLABELLED_RE = patterns.compile(r"^\W*(?:총|계)?\W*$")
# what a class's label prints around its name (`공무원 :`, `(공무직)`)
_CLASS_LABEL_RE = patterns.compile(r"^\W+|\W+$")


def matches(grid: Grid, ctx: TableContext) -> bool:
    """A table of statuses by classes or grades, in the general part: a project's `정원 | 현원` are the places
    and children of what it runs, its `직렬 | 현 원 | 이수` those it trains, no department's staffing. A table
    counting several statuses where its labels or caption say it counts staff, or nothing says it counts
    something else (`_says_staff`); one counting a single status only where its labels are all staffing's."""
    return ctx.project is None and _says_staff(grid, ctx) is not False


@per_table_in_context
def _says_staff(grid: Grid, ctx: TableContext) -> bool | None:
    """Whether a table of the general part says it counts the department's staff (True), says it counts
    something else (False), or neither (None: staffing unless another table of the report says it is the
    staffing, `extract`). Worked out once: `matches` asks, and then `extract`."""
    if _status_column(grid, ctx) is not None:
        return _counts_staff(*_status_rows_labels(grid, ctx), ctx)
    header = _status_columns(grid)
    if len(header[1]) > 1:
        return _counts_staff(*_status_columns_labels(grid, *header), ctx)
    return _one_status(grid, ctx, *header) is not None


def _counts_staff(labels: list[str], other_figures: bool, ctx: TableContext) -> bool | None:
    """Whether a table of statuses says it counts the department's staff now (`_says_staff`). Never by year
    (`2023 | 2024 | 2025`: its history, a grid) nor by 동 other than the report's own (`신길1동 | 신길3동`: the
    동s' staff). Otherwise it does where its labels (those its counts would take) are all 직렬 or 직급 the tool
    knows, or its caption is staffing's (`_staff_caption`); it does not where something says it counts
    something else, as a 위원회 현황 (its members) or a 시설 현황 (places and residents) does: a label that is a
    figure (rows numbered, `연번`), one naming a committee or facility (but the report's own 동 주민센터), or
    figures of another kind beside the statuses (`시설수`, `개최 횟수`, `충족률`, `종사자`); else it does where it
    sits in the 인력 section (`2. 인력 현황` over `□ 청소차량 운전원 현황`) or its caption names a kind of staff
    (`3. 공무직 현황`), and says neither where it sits elsewhere under a caption naming none (`2. 통·반장 현황`,
    `1. 의원 현황`)."""
    own = _dong(ctx.department)
    if any(label[:1] in YEAR_STARTS and YEAR_LABEL_RE.match(label) or _dong(label) not in (None, own)
           for label in labels):
        return False
    if _names_staffing(labels) or _staff_caption(ctx):
        return True
    if other_figures or any(is_number(label) or _NOT_STAFF_RE.search(label) and not _dong(label)
                            for label in labels):
        return False
    return True if _in_staff_section(ctx) or _STAFF_HEADING_RE.search(compact(ctx.caption or "")) else None


def _dong(name: str | None) -> str | None:
    """The 동 a label or a department names (`신길1동 주민센터` → `신길1동`), if it names one."""
    text = compact(name) if name else ""
    found = _DONG_RE.match(text) if "동" in text else None
    return found[1] if found else None


def _staff_caption(ctx: TableContext) -> bool:
    """Whether the caption says the table counts staff: it is the 인력 section's title (`2 인 력`, `가. 인력 현황`),
    or a sub-heading under that title naming a kind of staff (`□ 공무원`, `□ 공무직 등`); one naming something
    else there (`□ 인사위원회 운영`) says nothing."""
    return _STAFF_CAPTION in compact(ctx.caption or "") or _names_whom_it_counts(ctx)


def _names_whom_it_counts(ctx: TableContext) -> bool:
    """Whether the table's sub-heading in the 인력 section names a kind of staff (`□ 공무원`, `□ 기간제`)."""
    return _in_staff_section(ctx) and bool(_STAFF_HEADING_RE.search(compact(ctx.caption or "")))


def _names_staff_now(caption: str | None) -> bool:
    """Whether a caption names the staff on the rolls (`직원 현황`, `3. 인원현황`, `□ 공무원 현황`)."""
    return caption is not None and "현황" in caption and bool(_STAFF_NOW_RE.search(compact(caption)))


def _in_staff_section(ctx: TableContext) -> bool:
    """Whether the table's `□` sub-heading sits under the 인력 section's title (`2. 인력 현황`)."""
    return _names_staff(ctx.title)


def _status_columns_labels(grid: Grid, status_row: int, statuses: dict[int, str]) -> tuple[list[str], bool]:
    """A table of statuses as columns: its row labels, and whether a column that is no status and no note
    prints a figure."""
    n_header, statuses, _labels = _status_header(grid, status_row, statuses)
    header, body = grid.rows[:n_header], grid.rows[n_header:]
    first = min(statuses)
    others = [col for col in range(first, grid.width)
              if col not in statuses and all(compact(row[col]) != "비고" for row in header)]
    labels = [label for row in body for col in range(first) if (label := compact(row[col]))]
    return labels, any(is_number(row[col]) for row in body for col in others if row[col])


def _status_label_date(grid: Grid, ctx: TableContext) -> dt.date | None:
    """The date a table of statuses as rows prints in a status's label (`현원(5.31.기준)`, `현 원 (2025. 5. 31.
    현재)`, `현원(5월말)`) where its header, basis and heading print none (`printed_as_of`): the table stands at it.
    None where two labels print two dates."""
    if (at := _status_column(grid, ctx)) is None:
        return None
    dates = {date for row in grid.rows[header_rows(grid):] if any(char.isdigit() for char in row[at])
             and status_of(row[at]) and (date := as_of_in(row[at], ctx.year))}
    return dates.pop() if len(dates) == 1 else None


def _status_rows_labels(grid: Grid, ctx: TableContext) -> tuple[list[str], bool]:
    """A table of statuses as rows: its column labels (and the classes beside the statuses), and whether a
    row that is no status and no note prints a figure (`시설수 | 130 | 82`)."""
    at = _status_column(grid, ctx)
    n_header = header_rows(grid)
    labels = [label for row in grid.rows[:n_header] for col in range(at + 1, grid.width)
              if (label := compact(row[col]))]
    labels += [label for row in grid.rows[n_header:] for col in range(at) if (label := compact(row[col]))]
    other_rows = [row for row in grid.rows[n_header:]
                  if not status_of(row[at]) and compact(row[at]) != "비고"]
    return labels, any(is_number(cell) for row in other_rows for cell in row[at + 1:] if cell)


def extract(grid: Grid, ctx: TableContext, out: Collected) -> None:
    """The table's counts as staffing table `table_no`. One that says neither that it counts staff nor something
    else (`_says_staff`) is a grid where another table says it is the department's staffing (`1. 인 력` over
    `2. 통·반장 현황`, or below `1. 의원 현황`: held until then, as `Collected.unsure`)."""
    says_staff = _says_staff(grid, ctx)
    if says_staff is None and out.staffing and not out.unsure:  # a table read before says it is the staffing
        generic.extract(grid, ctx, out)
        return
    if says_staff and out.unsure:
        generic.regrid(out.unsure, out.staffing, [], out)
        out.unsure.clear()
    table_no = next_table_no(out.staffing)
    header = _status_columns(grid)
    if len(header[1]) > 1:
        counts, unread = _by_class_rows(grid, table_no, *header)
    elif _status_column(grid, ctx) is not None:
        counts, unread = staffing_counts(grid, ctx, table_no)
    else:
        counts, unread = _by_class_rows(grid, table_no, *_one_status(grid, ctx, *header))
        if _printed_status(header[1], ctx.caption) is None:
            for count in counts:
                count.status_assumed = True
    _posts_apart(counts)
    _series_and_grades(counts)
    _series_columns(counts)
    if _restates(counts, out.staffing) and not _counts_staff_apart(ctx, out.staffing):
        generic.extract(grid, ctx, out)
        return
    if (as_of := printed_as_of(grid, ctx) or _status_label_date(grid, ctx) or ctx.staff_as_of
            or ctx.part_as_of) is not None:
        for count in counts:
            count.as_of = as_of
    statuses = {count.status for count in counts}
    if out.one_status and len(statuses) > 1:
        _restated_by(statuses, counts, out)
    grid_at = len(out.tables)
    out.staffing.extend(counts)
    if unread or not counts or table_note(grid.table):  # a 비고 column, a row of notes, a note beside the unit, or
        # no count at all: the grid is kept as printed
        generic.extract(grid, ctx, out, "staffing" if counts else None)
    if len(statuses) == 1:
        out.one_status.append(HeldTable(grid, ctx, table_no, statuses.pop(), grid_at, unread))
    elif says_staff is None and counts:
        out.unsure.append(HeldTable(grid, ctx, table_no, None, grid_at, unread))


def _posts_apart(counts: list[StaffingCount]) -> None:
    """A grade printed with a post in brackets after it (`6급(팀장)`, `5급 (과장)`) is that grade, held by that post
    (`post`): the post says who holds it, not whom it counts, and two posts of one grade (`6급(팀장)` beside
    `6급(주무관)`) are two cells of it."""
    for count in counts:
        if (count.grade.endswith((")", "）"))  # most grades: none
                and (found := _POST_RE.search(count.grade)) and is_grade(plain := count.grade[:found.start()])):
            count.grade, count.post = plain, found["post"]


def _series_columns(counts: list[StaffingCount]) -> None:
    """Series printed as columns under their kind of staff in place of grades (`일반직` over `소계 | 행정 | 전산`,
    `일 반 직` over `행정직 | 전산직`) count that kind's series (`series` `행정`, grade 계), as rows marked as its parts
    do (`_class_parts`): the kind's 소계 is their sum, and where it prints none they are its count. So under a label
    joining kinds whose spans the text does not print (`pdftotext -raw`'s `일 반 직 기 능 직` over `행정 전산 사서 운전
    방호`: `일반직·기능직`), each a series of one of them (before, a grade `행정` of the two)."""
    for count in counts:
        if (count.grade != "계" and count.series is None and (found := _SERIES_NAME_RE.match(count.grade))
                and all(_KIND_NAME_RE.match(kind) for kind in _JOIN_RE.split(count.job_class))):
            count.series, count.grade = found["series"], "계"


def _series_and_grades(counts: list[StaffingCount]) -> None:
    """A table of 직급 as rows (or columns), with no 직렬 beside them, whose labels name series too: a label joining
    a series and its grade (`행정6급`, `사회복지7급`) read as that series' class and that grade (`행정`, `6급`), and
    the 연구·지도직's grades (`지도관`, `연구사`, beside those or plain grades, `5급`) as their class's (`지도직`,
    `지도관`), so that a grade is a grade whichever series it is of, as where a table prints them apart. A post after
    a joined label (`행정6급(팀장)`) says who holds the grade, as after a plain one (`_posts_apart`). A series is
    named without its `직` (`행정직6급` beside `행정7급`: one class, `행정`), as every class is (`class_name`). A plain
    grade a joined label names (`6급` beside `행정6급`) or a series they name (`행정`, `지도직`) is read as their total
    (the grade's 계 across the series, the series' 계) where its counts are the sum of theirs and the table's 계 not
    that of every label (`_totals_add_up`); else which adds up to which is not known, and the labels are kept as
    printed, as they are where two would read as one class and grade (one grade of a series printed with and
    without `직`: `행정6급` beside `행정직6급`). Not in a table of classes by grades."""
    if any(count.job_class != "계" and count.grade != "계" for count in counts):
        return
    labels = {_label(count) for count in counts} - {"계"}
    read = {label: found for label in labels if (found := _series_and_grade(label))}
    if not read:
        return
    series = {_series_key(job_class) for job_class, _grade, _post in read.values() if job_class != "계"}
    grades = {grade for _class, grade, _post in read.values()}
    totals = {}
    for label in labels - read.keys():
        if label in grades:
            totals[label] = ("계", label, None)
        elif _CLASS_RE.fullmatch(label) and _series_key(label) in series:
            totals[label] = (label, "계", None)
        elif label.startswith(tuple(series)):
            return  # a label naming a series of theirs the tool cannot read (`행정6급(임기제)`)
    read |= totals
    read = {label: (class_name(job_class), grade, post) for label, (job_class, grade, post) in read.items()}
    if len(set(read.values())) < len(read) or totals and not _totals_add_up(counts, read, totals.keys()):
        return
    for count in counts:
        if (label := _label(count)) in read:
            count.job_class, count.grade, count.post = read[label]


def _label(count: StaffingCount) -> str:
    """The label a count of a table of 직급 as rows (or columns) is printed under: its class, or its grade with its
    post (`6급(팀장)`)."""
    if count.job_class != "계":
        return count.job_class
    return f"{count.grade}({count.post})" if count.post else count.grade


def _series_and_grade(label: str) -> tuple[str, str, str | None] | None:
    """The class, grade and post a label names joined (`행정6급`), or as a 연구·지도직's grade (`지도관`: `지도직`), a
    post after it or not (`행정6급(팀장)`, `지도관(소장)`); None where it names no series."""
    if found := _SERIES_GRADE_RE.match(label):
        return found["series"], found["grade"], found["post"]
    post = _POST_RE.search(label)
    plain = label[:post.start()] if post else label
    return (_RESEARCH_GRADES[plain], plain, post and post["post"]) if plain in _RESEARCH_GRADES else None


def class_name(job_class: str) -> str:
    """A class as it is named however a report prints it, so that a question by class finds every year's count of
    it: a series without its `직` (`행정직`, `행정직렬`: `행정`, as most tables print it), a kind of staff with it
    and without `공무원` (`별정·임기제`: `별정직·임기제`; `일반직공무원`: `일반직`); a label joining classes the tool
    knows joined by `·` in one order (`임기제/별정직`, `별정직, 임기제`: `별정직·임기제`; `_class_rank`), one joining
    a class it does not know as printed but for the names of those it knows (`별정·시간제`: `별정직·시간제`); anything
    else as printed."""
    parts = [_class_part(part) for part in _JOIN_RE.split(job_class)]
    if len(parts) > 1 and all(part in _CLASS_RANKS for part in parts):
        return "·".join(sorted(parts, key=_CLASS_RANKS.__getitem__))
    return "·".join(_class_part(part) for part in job_class.split("·"))


def _class_part(part: str) -> str:
    """One class of a label joining several (`별정` of `별정·임기제`), or the label's one, named as `class_name`
    names it."""
    if found := _SERIES_NAME_RE.match(part):
        return found["series"]
    if _KIND_WITHOUT_JIK_RE.match(part):
        return f"{part}직"
    return found["kind"] if (found := _KIND_OF_OFFICIALS_RE.match(part)) else part


# The classes a label joining several is named by in this order, as laws and most reports list them: the kinds of
# staff (일반직 first, then 별정직, … and the kinds of post, 임기제, 시간선택제, …), then the series (`행정`, `세무`, …)
_CLASS_RANKS = {name: rank for rank, name in enumerate((
    *(f"{kind}직" for kind in _KIND_WORDS.split("|")), *_POST_KINDS.split("|"), *SERIES_NAMES.split("|")))}


def name_classes(counts: list[StaffingCount]) -> None:
    """Each count's class named as `class_name` names it: a table's, a line's (`○ 행정직 : 정원 30명`) alike. Each
    label is named once a report (a table prints it on every grade and status), and set only where its name
    differs: setting a model's field runs pydantic's handler."""
    names: dict[str, str] = {}
    for count in counts:
        if (name := names.get(count.job_class)) is None:
            name = names[count.job_class] = class_name(count.job_class)
        if name != count.job_class:
            count.job_class = name


def _series_key(job_class: str) -> str:
    """A series without its `직` (`행정직`, `행정직렬`: `행정`; `행정직·세무직`: `행정·세무`), which two spellings of it
    share."""
    return "·".join(_SERIES_SUFFIX_RE.sub("", part) for part in job_class.split("·"))


def _totals_add_up(counts: list[StaffingCount], read: dict[str, tuple[str, str, str | None]],
                   totals: Set[str]) -> bool:
    """Whether each plain grade or series printed beside joined labels (`totals`) is their total in every status it
    counts (`6급` the sum of `행정6급` and `사회복지6급`, `행정` of `행정6급` and `행정7급`), and the table's 계, where
    printed, is not the sum of every label, as it would be of parts (`6급` then a part: of a series none names).
    `read`: each label's class, grade and post."""
    by_label: dict[str, dict[str, int]] = {}
    for count in counts:
        by_label.setdefault(_label(count), {})[count.status] = count.headcount
    for total in totals:
        job_class, grade, _post = read[total]
        parts = [label for label in read.keys() - totals
                 if (read[label][1] == grade if job_class == "계" else read[label][0] == job_class)]
        if any(headcount != sum(by_label[label].get(status, 0) for label in parts)
               for status, headcount in by_label[total].items()):
            return False
    printed = by_label.get("계")
    return not printed or any(headcount != sum(by_label[label].get(status, 0) for label in by_label.keys() - {"계"})
                              for status, headcount in printed.items())


def stated_counts(block, above: str | None) -> tuple[list[StaffingCount], str | None]:
    """The staffing a line of the general part states (`2. 인 력 : 정원 39명 / 현원 37명 (과부족 △2명)`), as the
    계 of a table that printed it would be (of a line labelled by a class, `○ 공무직 : …`, that class's): its 정원
    and 현원 (each once) and a 과부족 or 결원, where the line's label names staff (`인력`, `공무원`, `일반직`) or, with
    none (`○ 정원 39명, 현원 37명`), the text above it is the 인력 section's title; a line counting a committee's
    members (`○ 주민자치위원회: 정원 25명, 현원 22명`) is none. With them the staff its label names as a class of
    a line above would be named (`공무원`, `공무직`), None where it names the whole (`인력`, none)."""
    found = _stated(block.text)
    if not found:
        return [], None
    printed = compact(block.text[:found[0][1].start()])
    if not (_STAFF_CAPTION in printed or _STAFF_HEADING_RE.search(printed)
            or _UNLABELLED_RE.match(printed) and _names_staff(above)):
        return [], None
    source = source_of(block)
    label = _CLASS_LABEL_RE.sub("", printed)
    job_class = label if _CLASS_RE.fullmatch(label) else "계"  # `○ 공무직 : …` counts its class alone
    return [StaffingCount(status=status, job_class=job_class, grade="계", headcount=_stated_count(match),
                          source=source) for status, match in found], label if _names_class(printed, label) else None


def _stated_count(match: regex.Match) -> int:
    """The count a status of a line states: a 과부족 alone in brackets (`과부족 (2)명`) as its negative."""
    return parse_count(match["count"]) if match["count"] else -int(match["bracketed"].replace(",", ""))


def _names_class(printed: str, label: str) -> bool:
    """Whether a line's label (as printed, compacted; and stripped) names staff that are a class of the staff a
    line above counts: not none, nor the whole (`○ 총 39명(정원)`, `인력`), nor a committee's members."""
    return not (_UNLABELLED_RE.match(printed) or _STAFF_CAPTION in label or _NOT_STAFF_RE.search(label))


def _stated(text: str) -> list[tuple[str, regex.Match]]:
    """Each status a line states and its count, where it states 정원 and 현원 once each; else none. A 과부족 alone
    in brackets (`(2)`) only where 현원 − 정원 is its negative: else it may be a count "of which", left unread.
    A line printing no `정` or no `현` cannot state both (most lines, and most of those printing a `정`: `일정`,
    `정책`): it is passed over by that, without the pattern."""
    found = [match for match in _STATED_COUNT_RE.finditer(text) if match["bracketed"] or parse_count(match["count"])
             is not None] if "정" in text and "현" in text else []  # a garbled count (`1,000,`) states none
    statuses = [status_of(match["status"]) for match in found]
    if len(set(statuses)) != len(statuses) or not {"정원", "현원"} <= set(statuses):
        return []
    stated = list(zip(statuses, found, strict=True))
    count = {status: _stated_count(match) for status, match in stated}
    return [(status, match) for status, match in stated
            if not match["bracketed"] or count["현원"] - count["정원"] == count[status]]


def _names_staff(title: str | None) -> bool:
    """Whether the text above a line is the 인력 section's title (`2. 인 력`, `가. 인력 현황`)."""
    return title is not None and _STAFF_CAPTION in compact(title)


class StatedLines:
    """The staffing the general part's lines state, each as the table that would print it: a line that states it
    on its own (`stated_counts`) its table's 계, the lines nested under it (`○ 공무원 : 정원 39명, 현원 37명`, or a
    team's, under `2. 인 력 : 정원 45명 / 현원 43명`) its classes, named by their labels (the lines under one of
    those, parts of a part, are not read); a line of its own beside it (`○ 공무직 : …` beside `○ 공무원 : …`)
    another table, as `□ 공무원` and `□ 공무직 등` tables are, but lines beside it that add up to it (`○ 인 력 : 정원
    45명` over `○ 공무원 : 정원 39명` and `○ 공무직 : 정원 6명`, flat bullets) its classes, as nested ones are. A line
    restating an earlier one's 정원 and 현원 (the 개요's and the 인력 section's) is no table of its own, so that no
    head count is counted twice: the lines under it are the earlier one's classes. Each table's counts stand at
    the date its line prints (`2. 인 력 : 정원 39명 / 현원 37명 (5.31. 기준)`), else the 인력 title above it,
    as a printed table's do; `year` the report's, where a date prints none."""

    def __init__(self, year: int | None) -> None:
        self.counts: list[StaffingCount] = []
        self._year = year
        self._table_no: int | None = None  # the table the bullets under the last line read are classes of
        self._depth = -1  # that line's depth (a heading's or paragraph's: -1)
        self._class_depth: int | None = None  # the depth its first class is printed at, that of every class
        # the line of the 계 with no classes under it and the lines printed beside it since, each a table and its
        # label: its classes where they add up to it
        self._beside: list[tuple[int, str]] = []
        # the date the 인력 title above the line of the 계 prints (`2. 인 력 (2025. 5. 31. 기준)`), as it dates a
        # table under it: that line's and those beside it, where they print none
        self._title_date: dt.date | None = None
        # the date the report states for the general part being read (`general_part_date`), where neither prints one
        self.part_as_of: dt.date | None = None

    def read(self, block, above: str | None) -> None:
        """Reads a heading, paragraph or bullet of the general part; `above` the text above it."""
        depth = block.depth if isinstance(block, Bullet) else -1
        if self._table_no is not None and depth > self._depth:
            self._read_class(block, depth)
            return
        counts, label = stated_counts(block, above)
        beside = bool(self._beside) and label is not None and depth == self._depth
        if beside:
            self._table_no = None  # the line above has no lines under it
        else:
            self.end()
        if not counts:
            return
        self._table_no, self._depth = self._restated(counts), depth
        if not beside:  # the lines beside it were printed under the same title: its date is theirs
            self._title_date = as_of_in(above, self._year, in_heading=True) if _names_staff(above) else None
        as_of = as_of_in(block.text, self._year) or self._title_date or self.part_as_of
        if self._table_no is not None:  # its classes are the earlier line's: none beside it
            self._beside = []
            self._date(self._table_no, as_of)
            return
        self._table_no = next_table_no(self.counts)
        for count in counts:
            count.table_no, count.as_of = self._table_no, as_of
        self.counts += counts
        if beside or counts[0].job_class == "계":
            self._beside.append((self._table_no, label or "계"))

    def _date(self, table_no: int, as_of: dt.date | None) -> None:
        """Dates a table read before that a line restating it dates (the 인력 section's line, the 개요's not)."""
        for count in self.counts:
            if count.table_no == table_no and count.as_of is None:
                count.as_of = as_of

    def end(self) -> None:
        """Ends the run of lines under a line and beside it: a table, or a line not under it, is printed."""
        self._table_no = self._class_depth = None
        self._as_classes()
        self._beside = []

    def _as_classes(self) -> None:
        """The lines beside a line of the 계, each read as a table, as its classes where they add up to it."""
        if len(self._beside) < 2:
            return
        (total_no, _label), *classes = self._beside
        tables = {table_no: label for table_no, label in classes}
        for status in _ONE_STATUS:
            total = next(c.headcount for c in self.counts if c.table_no == total_no and c.status == status)
            if total != sum(c.headcount for c in self.counts if c.table_no in tables and c.status == status):
                return
        as_of = next(c.as_of for c in self.counts if c.table_no == total_no)
        for count in self.counts:
            if count.table_no in tables:
                count.table_no, count.job_class, count.as_of = total_no, tables[count.table_no], as_of

    def _read_class(self, block, depth: int) -> None:
        if self._class_depth is not None and depth != self._class_depth:
            return
        found = _stated(block.text)
        printed = compact(block.text[:found[0][1].start()]) if found else ""
        label = _CLASS_LABEL_RE.sub("", printed)
        if (not found or not _names_class(printed, label)
                or any(c.table_no == self._table_no and c.job_class == label for c in self.counts)):
            return  # no staffing, a line restating the total, a committee's members, or a class read already
        self._class_depth = depth
        self._beside = []  # the line above has its classes: a line beside it is another table
        source = source_of(block)
        as_of = next(c.as_of for c in self.counts if c.table_no == self._table_no)  # its table's, as a table's class
        self.counts += [StaffingCount(status=status, job_class=label, grade="계", headcount=_stated_count(match),
                                      source=source, table_no=self._table_no, as_of=as_of) for status, match in found]

    def _restated(self, counts: list[StaffingCount]) -> int | None:
        """The table read before whose 정원 and 현원 the line states, if any; a line of a class (`○ 별정직 : …`)
        states no table's 계, so restates none."""
        def figures(cells) -> set[tuple[str, int]]:
            return {(c.status, c.headcount) for c in cells if c.job_class == "계" and c.status in _ONE_STATUS}
        new = figures(counts)
        return None if not new else next((table_no for table_no in sorted({c.table_no for c in self.counts})
                     if figures(c for c in self.counts if c.table_no == table_no) == new), None)


class HeldTable(NamedTuple):
    """A table read as staffing table `table_no` that a later table may show to be none, and where its grid
    stands among the report's tables (`gridded`: kept beside its records, for a 비고 column) or would. `status`:
    the one status it counts (`Collected.one_status`), or None for one counting several that says neither that
    it counts staff nor something else (`Collected.unsure`)."""

    grid: Grid
    ctx: TableContext
    table_no: int
    status: str | None
    grid_at: int
    gridded: bool

    @property
    def table_nos(self) -> tuple[int]:
        return (self.table_no,)


def _restates(counts: list[StaffingCount], earlier: list[StaffingCount]) -> bool:
    """Whether a table counting one status follows one that counts it already (`직렬별 현원` below the 인력
    table): it breaks the same staff down by other labels, and as records its counts would be counted twice by
    any sum over the report's staffing. It is kept as a grid."""
    statuses = {count.status for count in counts}
    return len(statuses) == 1 and any(count.status in statuses for count in earlier)


def _counts_staff_apart(ctx: TableContext, earlier: list[StaffingCount]) -> bool:
    """Whether the table's sub-heading in the 인력 section names a kind of staff no table above counts (`□ 기간제`
    below `□ 공무직`): it counts those staff, not again the staff a table above counts, whatever status it prints
    alone (`□ 공무직` below a table with a `공무직` column breaks that column down)."""
    kind = _STAFF_APART_RE.search(compact(ctx.caption or "")) if _in_staff_section(ctx) else None
    return kind is not None and all(count.job_class != kind[0] for count in earlier)


def _restated_by(statuses: set[str], counts: list[StaffingCount], out: Collected) -> None:
    """The tables counting one status printed above a table that counts it among others (`직렬별 현원` above
    the 인력 table) are grids, as they are below it (`_restates`). Those counting another status stay staffing:
    a table is held only until the next table counting several."""
    generic.regrid([held for held in out.one_status if held.status in statuses], out.staffing, counts, out)
    out.one_status.clear()


@functools.lru_cache(maxsize=TEXT_CACHE)
def status_of(label: str) -> str | None:
    """The status a row or column label prints: `정 원`, `정원(A)`, `과부족(B-A)`, `증감` and `정원 대비` (a 과부족),
    `현재원` (현원); else None."""
    text = compact(label)
    if text.endswith(")") and "(" in text:  # the letters of the formula below the table
        text = text[: text.rindex("(")]
    if text.startswith(_AGAINST_QUOTA) and text.removeprefix(_AGAINST_QUOTA) in ("", *SHORTFALL_WORDS):
        return "과부족"
    if text not in STATUSES:
        return None
    return "과부족" if text in SHORTFALL_WORDS else _STATUS_SPELLINGS.get(text, text)


_NO_NOTE: dict[str, str] = {}


def _note(note: str | None) -> dict[str, str]:
    """The note as a field to give, only where there is one: validating a None on every count costs 0.4%
    of the ingest's work."""
    return {"note": note} if note else _NO_NOTE


# a group label naming how the columns under it break the 계 down, not a class: `직렬별` over `행정 | 토목` (each a
# class), `직급별` over `6급 | 7급` (grades of the 계), as a table printing the 계 broken down both ways prints them
_BY_CLASS_LABELS = frozenset(("직렬별", "직종별"))
_BY_GRADE_LABEL = "직급별"


def _by_breakdown(job_class: str, grade: str) -> tuple[str, str]:
    """A column's class and grade where its group label names a breakdown (`_BY_CLASS_LABELS`), else as given."""
    if job_class[:1] != "직":  # most group labels: a class (`일반직`)
        return job_class, grade
    named = compact(job_class)
    if named in _BY_CLASS_LABELS:
        return grade, "계"
    return ("계", grade) if named == _BY_GRADE_LABEL else (job_class, grade)


def _of_office(office: _Office) -> dict[str, str]:
    """The office and 과 as fields to give, only where the row is an office's (most tables: none), as `_note`."""
    if office is _WHOLE:
        return _NO_NOTE
    name, division = office
    return {"office": name, "division": division} if division else {"office": name} if name else _NO_NOTE


# the marks a row's label prints before it as a part of the class above it (`- 행정`, `ㆍ전산`, read as `·`, `○ 행정`,
# `└ 행정`, `ㄴ 행정`, `ㅇ 행정`: the space-aligned reader leaves these as printed on an indented row), and the
# reader's on a row indented under it alone (`↳ 행정`, `pipeline.aligned.PART_MARK`)
_PART_MARKS = frozenset(PART_LABEL_MARKS + PART_MARK)


def _class_parts(labels: list[str]) -> tuple[list[str], list[str | None]]:
    """Each row's class, and the series it counts where its label is marked as a part of a class (`_PART_MARKS`):
    the class the nearest unmarked row above names (`일반직` over `- 행정`, `- 전산`: class 일반직, series 행정
    and 전산), whether or not that row prints figures. Marked rows under the 계 (or first) are classes, named
    without their mark (`계` over `○ 일반직`), as are the rows below them marked alike, while those marked otherwise
    are their parts (`○ 일반직` over `- 행정`); under a grade (`6급` over `- 행정`, a table by grades whose rows
    break down by series) the grade's, its class the table's (`_class_and_grade`)."""
    classes: list[str] = []
    series: list[str | None] = [None] * len(labels)
    above, class_mark = "", None  # the class the rows below may be parts of, and the mark it prints, if any
    for row, label in enumerate(labels):
        mark = label[0] if _marked(label) else None
        if mark is None:  # most rows: a class, the 계 or a grade
            above, class_mark = label, None
        elif mark == class_mark or not above or is_total(above):
            label = above = label[1:]
            class_mark = mark
        else:
            label, series[row] = above, class_name(label[1:])
        classes.append(label)
    return classes, series


def _marked(label: str) -> bool:
    """Whether a row's label is marked as a part of the row above it (`- 행정`, `↳ 행정`; compacted)."""
    return label[:1] in _PART_MARKS and label[1:2].isalpha()


def _of_series(series: str | None) -> dict[str, str]:
    """The series as a field to give, only where the row is a part of its class (most rows: none), as `_note`."""
    return {"series": series} if series else _NO_NOTE


def _class_and_grade(job_class: str, grade: str) -> tuple[str, str]:
    """A grade printed where a job class would be (`계 | 5급 | 6급`, no 직렬 above) is a grade of the 계."""
    return ("계", job_class) if grade == "계" and is_grade(job_class) else (job_class, grade)


@per_table_in_context
def _status_column(grid: Grid, ctx: TableContext) -> int | None:
    """Statuses printed as rows: the label column that prints them on two rows or more, the first
    (`정 원 | 10 | …`) or one after the class merged down their rows (`일반직 | 정 원 | 8 | …`); or on one row
    below a header of grades or classes, where the table turned is one counting one status by its column
    (`현 원 | 30 | 1 | 3` under `구 분 | 계 | 4급 | 5급`, not `현 원` over `이수 인원`: `_one_status_columns`; of
    the jobs a caption of the 인력 section names the staff of, `□ 기간제` over `현 원 | 14 | 3 | 8` under `구 분 | 계 |
    숲해설가 | 산불감시원`). Worked out once, as `header_rows` is: `matches` and `extract` both ask."""
    rows = grid.rows
    single = None
    for col in range(min(2, len(rows[0]) - 1)):
        at = [k for k, row in enumerate(rows) if status_of(row[col])]
        if len(at) >= 2:
            return col
        if single is None and len(at) == 1 and at[0]:
            single = col, at[0]
    if single is None:
        return None
    col, row = single
    turned = tuple(zip(*rows, strict=True))  # the status row a column, the labels up to it its header
    found = _one_status_columns(turned, status_of(rows[row][col]), row, col + 1, _names_whom_it_counts(ctx))
    return col if found is not None else None


@per_table
def _status_columns(grid: Grid) -> tuple[int, dict[int, str]]:
    """Statuses printed as columns (`구 분 | 정 원 | 현 원 | 과부족`), classes and grades as rows: the header row
    that prints them, and the status of each column (not to be changed: worked out once). Under grades or classes
    spanning them (`5급` over `정원 | 현원`), the statuses are the second header row. Where no header row
    prints two, the first that prints one (`구 분 | 현 원`: a table counting one status, `_one_status`)."""
    single: tuple[int, dict[int, str]] = (0, {})
    for index, row in enumerate(label_rows(grid)):
        found = {col: status for col, cell in enumerate(row) if (status := status_of(cell))}
        if len(found) > 1:
            return index, found
        single = single if single[1] else (index, found)
    return single


@functools.lru_cache(maxsize=256)
def _caption_status(caption: str) -> str | None:
    """The one status a caption names (`직렬별 현원 (2025. 5. 31. 기준)`), if it names one."""
    named = set(_CAPTION_STATUS_RE.findall(compact(caption)))
    return named.pop() if len(named) == 1 else None


def _printed_status(statuses: dict[int, str], caption: str | None) -> str | None:
    """The one status a table counting one status prints: its header's (`statuses`, one at most), else its
    caption's; None where neither prints one."""
    return next(iter(statuses.values())) if statuses else _caption_status(caption) if caption else None


def _one_status(grid: Grid, ctx: TableContext, status_row: int | None,
                statuses: dict[int, str]) -> tuple[int | None, dict[int, str]] | None:
    """A table counting one status only by its columns (`_one_status_columns`): the header row that prints
    the status and its column, or None and the columns of figures where only the caption names it. A table
    that prints no status, of staff by office (`팀 별 | 계 | 5급 | 6급` over `교통정책팀 | 7 | - | 1`, or `| 일반직 |
    공무직`) or of classes by grades (`구 분 | 계 | 5급 | 6급` over `일반직 | 20 | 1 | 6`), counts the staff on the
    rolls, 현원, where it sits in the 인력 section or its caption names staff (`팀별 인력 현황`, `직원 현황`), the
    columns of figures so. None where the table is none such. `status_row` and `statuses` are the header's
    (`_status_columns`), one at most."""
    status = _printed_status(statuses, ctx.caption)
    assumed = status is None and (_staff_caption(ctx) or _in_staff_section(ctx) or _names_staff_now(ctx.caption))
    columns = _one_status_columns(grid.rows, _ASSUMED_STATUS if assumed else status,
                                  min(statuses) if statuses else None, header_rows(grid),
                                  status is not None and _names_whom_it_counts(ctx))
    if columns is None:
        return None
    return (status_row, statuses) if statuses else (None, columns)


def _one_status_columns(rows: tuple[tuple[str, ...], ...], status: str | None, at: int | None,
                        n_header: int, staff_caption: bool) -> dict[int, str] | None:
    """The columns of a table counting one status only (정원 or 현원): its one column of figures `at` under the
    status (`구 분 | 현 원`), or where `at` is None, the caption naming the status, every column of figures
    after the labels (`직렬별 현원` over `구 분 | 계 | 4급 | 5급`); a `비 고` aside. Only with no figures of another
    kind after the status's (`이수 인원`), and where the status is printed under a sub-heading naming whom it
    counts (`staff_caption`: `□ 기간제` under `2 인 력`, its labels the jobs, `숲해설가`), the labels its counts
    would take are all staffing's (`_names_staffing`) or those of staff by office, its rows offices
    (`_office_rows`) and its columns grades or classes: a caption's `정원` may be a garden's, and a `현 원` column
    a daycare's. None where the table is none such. `n_header` the header's rows: the generic rule's
    (`header_rows`), or where a table printing the status as a row is asked turned (`_status_column`), the rows
    up to it."""
    if status not in _ONE_STATUS:  # most tables: none; a vehicles table's `과부족` beside its `정 수 | 보 유`
        return None
    width = len(rows[0])
    header, body = rows[:max(n_header, 1)], rows[n_header:]
    notes = {col for col in range(width) if any(compact(row[col]) == "비고" for row in header)}
    figures = {col for row in body for col, cell in enumerate(row) if cell and col not in notes and is_number(cell)}
    if at is None and figures and min(figures):  # figures with labels before them
        columns = [col for col in range(min(figures), width) if col not in notes]
    elif at is None or max(figures, default=0) > at:
        return None  # no figures, or figures of another kind beside the status
    else:
        columns = [at]
    row_labels = [compact(row[col]) for row in body for col in range(columns[0])]
    column_labels = [compact(row[col]) for row in header for col in columns]
    if staff_caption or _names_staffing(row_labels + column_labels):
        return dict.fromkeys(columns, status)
    lowest = _nearest_above(header, width)  # each column's label under a `직 급` spanning the grades
    by_office = _names_classes_or_grades([lowest[col] for col in columns]) and _office_rows(body, columns[0])
    return dict.fromkeys(columns, status) if by_office else None


def _office_columns(header: tuple[tuple[str, ...], ...], width: int, first: int) -> list[tuple[str, str] | None]:
    """The class and grade of each column of a table of staff by office: a grade's of the 계 class (`5급`), a
    class's own 계 (`공무직`), or under a class spanning its grades on a row above, that class's (`일반직` over
    `5급 | 6급`, as `_column_labels` reads a table's classes); a label over grades that names no class (`직 급`)
    leaves them the 계 class's, unless a class is printed above it (`일 반 직` over `직 급` over `5급 | 6급`: a
    row naming the breakdown between a class and its grades, passed over; so is such a label alone on a row of
    labels merged down the header, `팀 별 | 계 | 직 급 | 공무직`, as `pdftotext -layout` prints them on the
    middle line); a series or 직군 over its grades under the class (`행 정 | 기 술` under `일 반 직`) is theirs."""
    rows = []
    for at, row in enumerate(header):
        if at < len(header) - 1 and _prints_class(header[:at], first):
            row = row[:first] + tuple("" if _names_breakdown_only((cell,)) else cell for cell in row[first:])
            if not any(row[first:]):
                continue
        rows.append(row)
    columns, _series = _column_labels(tuple(rows), width, first)
    return [None if column is None else column if _CLASS_RE.match(column[0]) or column[0] in _GROUPS
            else ("계", column[1]) for column in columns]


def _names_breakdown_only(cells: tuple[str, ...]) -> bool:
    """Whether a header row's labels name only what the columns break down by (`직 급`, `직렬별`): none a class, a
    직군 (`기 술`), a grade or a total, one at least."""
    named = [label for cell in cells if (label := compact(cell))]
    return bool(named) and not any(_CLASS_RE.match(label) or label in _GROUPS or is_grade(label) or is_total(label)
                                   for label in named)


def _prints_class(rows: tuple[tuple[str, ...], ...], first: int) -> bool:
    """Whether any of the header rows given prints a class from column `first` on (`일 반 직`)."""
    return any(_CLASS_RE.match(compact(cell)) for row in rows for cell in row[first:])


def _names_classes_or_grades(column_labels: list[str]) -> bool:
    """Whether the columns of a table of staff by office are grades or classes (`5급`, `6급이하`, `일반직`,
    `공무직`; the lowest label printed over each, under a `직 급` spanning them), totals aside, one at least."""
    named = [label for label in column_labels if label and not is_total(label)]
    return bool(named) and all(is_grade(label) or _CLASS_RE.match(label) for label in named)


_Office = tuple[str | None, str | None]  # a row's office and the 과 it is printed under (`StaffingCount.office`)
_WHOLE: _Office = (None, None)  # the 계 row's: the table's own


def _office_rows(body: tuple[tuple[str, ...], ...], first: int) -> list[_Office] | None:
    """Each row's office where a table's rows are offices, staff counted by office: one column of them
    (`교통정책팀`, `총무과`, `감사담당관`) or a 국's 과 and their teams (`과 | 팀`: `총무과 | 소 계` over `| 총무팀`
    and `| 인사팀`, the 과 merged down its rows; a 과 on its own row, its `소 계` or blank beside it, is that
    과's), a series marked under an office (`총무팀` over `- 행정`) its office's. The 계 row is the table's own
    (`_WHOLE`). None where a label is no office (a 동's are the 동s' staff,
    `_dong`; `국장`), or no row names one."""
    if first == 1:
        labels = [compact(row[0]) for row in body]
        if not all(labels):
            return None
        rows: list[_Office] = []
        for label in labels:  # a series marked under an office is the office's (its series: `_class_parts`)
            of_above = rows and rows[-1] != _WHOLE and _marked(label) and _SERIES_NAME_RE.match(label[1:])
            rows.append(rows[-1] if of_above else _WHOLE if is_total(label) else (label, None))
    elif first == 2:
        teams = [compact(row[1]) for row in body]
        divisions = merged_labels([compact(row[0]) for row in body], [is_total(team) for team in teams])
        rows = [_WHOLE if is_total(division) or not division else (division, None) if not team or is_total(team)
                else (team, division) for division, team in zip(divisions, teams, strict=True)]
        if all(division is None for _office, division in rows):
            return None  # no team under a 과: two columns of labels of another kind
    else:
        return None
    offices = {name for row in rows for name in row if name}
    if not offices or not all(_OFFICE_RE.match(name) and not _dong(name) for name in offices):
        return None
    return rows


def _names_staffing(labels: list[str]) -> bool:
    """Whether every label a count would take (totals and statuses aside) is a 직렬 or 직급, or both joined
    (`행정6급`, a post after it or not: `행정6급(팀장)`), and one is."""
    named = [label for label in labels if label and not is_total(label) and not status_of(label)]
    return bool(named) and all(_CLASS_RE.match(label) or is_grade(label) or _series_and_grade(label)
                               for label in named)


def _nearest_above(header: tuple[tuple[str, ...], ...], width: int) -> list[str]:
    """Each column's label in the header rows given, the lowest printed (a header over three lines centres
    some labels on the middle one, as `pdftotext -layout` prints merged cells)."""
    return [next((text for row in reversed(header) if (text := compact(row[col]))), "") for col in range(width)]


def _with_column_labels(job_class: str, grade: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """A row's class and grade with the labels its column prints below its status, top down (`일반직` over `5급`,
    `_with_column_label` each); None where one meets the row's class."""
    labelled: tuple[str, str] | None = (job_class, grade)
    for label in labels:
        labelled = labelled and _with_column_label(*labelled, label)
    return labelled


def _with_column_label(job_class: str, grade: str, label: str) -> tuple[str, str] | None:
    """A row's class and grade with the grade or class its column prints above or below its status (`5급`,
    `일반직`); None where a row of a class meets a column of a class (`공무직` under `일반직`: nobody, or
    under `공무직`: its count again, which its `계` column gives)."""
    if not label or is_total(label):
        return job_class, grade
    if is_grade(label):
        return job_class, label
    return None if job_class != "계" else (label, grade)


def _by_class_rows(grid: Grid, table_no: int, status_row: int | None,
                   statuses: dict[int, str]) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (one of a column that is no status, such as 비고). The
    statuses are the columns' printed on `status_row`, or where it is None the one status the caption names."""
    first_status = min(statuses)
    if status_row is None:  # the caption's status over the grades or classes the header prints
        n_header = header_rows(grid)
        column_labels: list[tuple[str, ...]] | None = [
            (label,) for label in _nearest_above(grid.rows[:n_header], grid.width)]
    else:  # statuses across the top
        n_header, statuses, column_labels = _status_header(grid, status_row, statuses)
    # each row an office's, its class the column's (`팀 별 | 계 | 일반직`, or under statuses, `팀 별 | 정 원 | 현 원`)
    offices = _office_rows(grid.rows[n_header:], first_status)
    office_columns = (_office_columns(grid.rows[:n_header], grid.width, first_status)
                      if offices and status_row is None else None)
    # a column numbering the rows (`연번 | 구 분`) names no class: the labels stand right of it, the 계 in it
    serial = first_status > 1 and any(compact(row[0]) in SERIAL_WORDS for row in grid.rows[:n_header])
    label_cols = range(1 if serial else 0, first_status)
    records = []
    recorded: dict[tuple[str, str, str, _Office, str | None], int] = {}
    table, body = grid.table, grid.rows[n_header:]
    unread = any(row[col] for row in body for col in range(first_status, len(row)) if col not in statuses)
    # the class label is merged down its rows; a `소 계` row may start a class whose label is printed below it
    classes, series = _class_parts(merged_labels(
        [compact(row[0] if serial and is_total(row[0]) else row[label_cols.start]) for row in body],
        [len(label_cols) > 1 and is_total(row[label_cols[1]]) for row in body]))
    for offset, row in enumerate(body):
        if offices is None:
            office = _WHOLE
            labels = [classes[offset], *(compact(row[c]) for c in label_cols[1:])]
            job_class = "계" if not labels or is_total(labels[0]) else labels[0]
            grade = next((g for g in labels[1:] if g), "계")
            job_class, grade = _class_and_grade(job_class, "계" if is_total(grade) else grade)
        else:  # an office's row: its class and grade are the columns'
            office, job_class, grade = offices[offset], "계", "계"
        source = row_source(table, n_header + offset)
        for col, status in statuses.items():
            counted = parse_count_note(row[col]) or _bracketed_shortfall(status, row[col])
            if office_columns is not None:
                labelled = office_columns[col]
            elif column_labels:
                labelled = _with_column_labels(job_class, grade, column_labels[col])
            else:
                labelled = job_class, grade
            if counted is not None and labelled is not None:
                key = (status, *labelled, office, series[offset])
                if recorded.get(key) == counted[0]:
                    continue  # a class's count printed twice (on its row's 계 and the 계 row's column): kept once
                recorded[key] = counted[0]
                records.append(StaffingCount(status=status, job_class=labelled[0], grade=labelled[1],
                                             headcount=counted[0], table_no=table_no, source=source,
                                             **_note(counted[1]), **_of_office(office),
                                             **_of_series(series[offset])))
            elif counted is None and row[col]:
                unread = True
    return _shortfalls_checked(records, unread)


def _over_grades(labels: list[str], lowest: list[str], statuses: list[str]) -> list[str]:
    """A header's middle row's class labels (`계 | 일반직` under each status) each over the grades printed under it
    and right of it (`4급 | 5급 | 6급`), as far as its status spans; a total (`계`) over none."""
    spread = list(labels)
    for col in range(1, len(labels)):
        if (not labels[col] and lowest[col] and statuses[col] == statuses[col - 1] and spread[col - 1]
                and not is_total(spread[col - 1])):
            spread[col] = spread[col - 1]
    return spread


def _status_header(grid: Grid, status_row: int,
                   statuses: dict[int, str]) -> tuple[int, dict[int, str], list[tuple[str, ...]] | None]:
    """The header rows, each column's status and the grade or class each column prints beside its status, top
    down (a class over its grades, `일반직` over `5급 | 6급`, under a status of three header rows), where any does."""
    first_status = min(statuses)
    # the header ends at the statuses, or at a row below them that spans them (`계 | 6급 | 7급` under `정 원`)
    n_header = next((row for row in range(status_row + 1, len(grid.rows))
                     if any(is_number(cell) for cell in grid.rows[row][first_status:])), len(grid.rows))
    if n_header > status_row + 1:  # statuses spanning the grades or classes printed below them
        below = [compact(cell) for cell in grid.rows[status_row + 1]]
        spanned = spread_labels([compact(cell) for cell in grid.rows[status_row]],
                                label_groups(below, first_status, grid.width))
        statuses = {col: status for col in range(first_status, grid.width) if (status := status_of(spanned[col]))}
        if n_header == status_row + 2:
            return n_header, statuses, [(label,) for label in below]
        lowest = _nearest_above(grid.rows[status_row + 2:n_header], grid.width)
        return n_header, statuses, list(zip(_over_grades(below, lowest, spanned), lowest, strict=True))
    if status_row:  # statuses under the grades or classes spanning them
        above = _nearest_above(grid.rows[:status_row], grid.width)
        labels = [statuses.get(col, "") for col in range(grid.width)]
        return n_header, statuses, [(label,) for label in spread_labels(
            above, label_groups(labels, first_status, grid.width))]
    return n_header, statuses, None


def staffing_counts(grid: Grid, ctx: TableContext, table_no: int) -> tuple[list[StaffingCount], bool]:
    """The counts, and whether any cell went unread (a row that is no status, a column with no label).
    Statuses printed under each class (`일반직 | 정 원`, `| 현 원` …) count the class's row of each; under each
    team (`총무팀 | 정 원`, a table of staff by office, `_office_rows`) the team's, its office's, the class and grade
    the columns', the 계 row's the table's own."""
    at = _status_column(grid, ctx)
    n_header = next(row for row, cells in enumerate(grid.rows) if status_of(cells[at]))
    columns, column_series = _column_labels(grid.rows[:n_header], grid.width, at + 1)
    table, body = grid.table, grid.rows[n_header:]
    labels = [_class_and_status(row, at) for row in body]
    statuses = [status for _, status in labels]
    # the class label is merged down its rows of statuses, printed on any of them (centred, by a PDF)
    classes = spread_labels([compact(label) for label, _ in labels],
                            label_groups([s or "" for s in statuses], 0, len(body))) if at else [""] * len(body)
    offices = _office_rows(tuple((label,) for label in classes), 1) if at == 1 else None
    classes, series = _class_parts(classes)
    records, unread = [], False
    for offset, (row, status, row_class) in enumerate(zip(body, statuses, classes, strict=True)):
        if status is None:
            unread = unread or any(row)
            continue
        source = row_source(table, n_header + offset)
        for col, cell in enumerate(row[at + 1:], start=at + 1):
            counted = parse_count_note(cell) or _bracketed_shortfall(status, cell)
            if counted is None or columns[col] is None:
                unread = unread or bool(cell)
                continue
            job_class, grade = columns[col]
            of_series = _of_series(series[offset] if offices else column_series.get(col))
            of_office = _of_office(offices[offset]) if offices else _NO_NOTE
            if not offices and job_class == "계" and row_class and not is_total(row_class):
                job_class, of_series = row_class, _of_series(series[offset])
            records.append(StaffingCount(status=status, job_class=job_class, grade=grade, headcount=counted[0],
                                         table_no=table_no, source=source, **_note(counted[1]), **of_series,
                                         **of_office))
    return _shortfalls_checked(records, unread)


def _class_and_status(row: tuple[str, ...], at: int) -> tuple[str, str | None]:
    """A row's class label (the first column's, where the statuses are the second) and its status. A class label
    run into the blank status cell beside it (`의료기술직 정원`, as `pdftotext -layout` prints the longest label of a
    narrow column one space from its status) is that class and that status."""
    label, status = row[0], status_of(row[at])
    if status is None and at == 1 and not row[at] and " " in label:
        words = label.split()
        for n in range(1, len(words)):
            if status := status_of(" ".join(words[n:])):
                return " ".join(words[:n]), status
    return label, status


_BRACKETED = "()"  # the note of a 과부족 read from a figure alone in brackets, until its arithmetic is checked


def _bracketed_shortfall(status: str, cell: str) -> tuple[int, str] | None:
    """A 과부족 printed alone in brackets (`(3)`) as −3, noted so until `_shortfalls_checked` checks it."""
    figure = bracketed_figure(cell) if status == "과부족" and cell else None
    return None if figure is None else (-figure, _BRACKETED)


def _shortfalls_checked(records: list[StaffingCount], unread: bool) -> tuple[list[StaffingCount], bool]:
    """The counts with each 과부족 printed alone in brackets (`(3)`) read as the negative accounting prints so where
    the arithmetic says so: where 현원 − 정원 of its line is that negative (`정원 40 | 현원 37 | (3)`), or where two of
    the table's brackets so agree and more than do not (`bracketed_agree`), whatever its line says (a wrong one
    is then `shortfall`'s finding). Else the bracket may be a count "of which", and the cell goes unread."""
    bracketed = [record for record in records if record.note == _BRACKETED]
    if not bracketed:
        return records, unread
    counts = {(record.status, record.job_class, record.grade, record.office, record.division, record.series):
              record.headcount for record in records}

    def agrees(record: StaffingCount) -> bool:
        quota, present = (counts.get((status, record.job_class, record.grade, record.office, record.division,
                                      record.series)) for status in ("정원", "현원"))
        return quota is not None and present is not None and present - quota == record.headcount

    agreeing = {id(record) for record in bracketed if agrees(record)}
    every = bracketed_agree(len(agreeing), len(bracketed))
    dropped = set() if every else {id(record) for record in bracketed} - agreeing
    for record in bracketed:
        record.note = None
    return [record for record in records if id(record) not in dropped], unread or bool(dropped)


def _column_labels(header: tuple[tuple[str, ...], ...], width: int,
                   first: int) -> tuple[list[tuple[str, str] | None], dict[int, str]]:
    """(job class, grade) for each column from `first` on, and the series of columns under one (by its column:
    `_series_beside_subtotals`). Grades are the last header row's labels; a class
    label stands over the run of grade columns between columns labelled otherwise, on its first column or
    centred on its grades, where a grade ranking no lower than the one before (`9급 | 7급`) or a `소계`
    starts the next class. A column with no grade below is its class's total (`계`) or a class without
    grades."""
    grades = [compact(c) for c in header[-1]] if len(header) > 1 else [""] * width
    above = _nearest_above(header[:-1] if len(header) > 1 else header, width)
    for col in range(first, width):
        if grades[col][:1] == "(" and _BRACKETED_LABEL_RE.match(grades[col]) and compact(header[-2][col]) and (
                col + 1 == width or not grades[col + 1] or compact(header[-2][col + 1])):
            above[col], grades[col] = above[col] + grades[col], ""
    labels: list[tuple[str, str] | None] = [None] * first
    current, col = "", first
    while col < width:
        if not grades[col]:
            current = above[col] or current
            named = above[col] and compact(above[col]) != "비고"  # a column of notes names no class
            labels.append(_class_and_grade("계" if is_total(current) else current, "계") if named else None)
            col += 1
            continue
        end = next((k for k in range(col, width) if not grades[k]), width)
        classes = spread_labels(above, label_groups(grades, col, end, above), current)
        for k in range(col, end):
            job_class = "계" if is_total(classes[k]) else classes[k]
            grade = "계" if is_total(grades[k]) else grades[k]
            labels.append(_class_and_grade(*_by_breakdown(job_class, grade)) if job_class else None)
        current, col = classes[end - 1], end
    return labels, _series_beside_subtotals(header, grades, labels)


def _series_beside_subtotals(header: tuple[tuple[str, ...], ...], grades: list[str],
                             labels: list[tuple[str, str] | None]) -> dict[int, str]:
    """Series printed on a header's middle row beside their class's 소계, over their grades (`일 반 직` over `소계 |
    행 정 | 전 산` over `| 6급 | 7급 | 6급 | 7급`): the 소계 is the class's own count (its `계`), and each series'
    grades are the class's, of that series (`일반직`, `6급`, series `행정`), so that the 계 counts them once, through
    the 소계 (`_column_labels` read each series as a class, the 소계 as a second 계). Only series it knows
    (`_SERIES_NAME_RE`): teams beside a 소계 (`소계 | 총무팀 | 재무팀`) stay as read. Each such column's series; the
    labels changed in place. Most headers print fewer rows, or no 소계 with grades beside it under a class."""
    if len(header) < 3:
        return {}
    middle, top = header[-2], _nearest_above(header[:-2], len(grades))
    series: dict[int, str] = {}
    for at, label in enumerate(middle):
        if grades[at] or not label or not is_total(compact(label)) or labels[at] is None:
            continue
        after = range(at + 1, next((k for k in range(at + 1, len(grades)) if not grades[k]), len(grades)))
        before = range(next((k + 1 for k in range(at - 1, -1, -1) if not grades[k]), 0), at)
        # the class over the 소계 and the series its group spans: after it where it opens them, else before it
        for group in (after, before):
            named = {top[k] for k in (at, *group) if top[k]}
            if len(group) and len(named) == 1 and _CLASS_RE.match(job_class := named.pop()) and all(
                    labels[k] and _SERIES_NAME_RE.match(compact(labels[k][0])) for k in group):
                labels[at] = (job_class, "계")
                for k in group:
                    series[k], labels[k] = class_name(labels[k][0]), (job_class, labels[k][1])
                break
    return series
