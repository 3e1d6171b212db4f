"""The document model every reader produces: headings, paragraphs, nested bullets and tables as grids.

Readers differ (converter text, space-aligned text, PDF); extractors see only this model, so a PDF and
its text give the same records. A block remembers where it came from: a line (text) or a page (PDF).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import regex

from pipeline import patterns
from pipeline.values import (
    AS_OF_DAY,
    HANJA_SCALES,
    MONTH_FIGURE,
    NOTE_STARS,
    OFFICE_SUFFIX,
    TEXT_CACHE,
    YEAR_LABEL_RE,
    clean_cell,
    clean_text,
    headcounts_end_header,
    is_total,
    parse_count_note,
    parse_decimal,
)

BOX_MARKS = frozenset("□■◼▣")  # a `□` heading's marks: a sub-heading, under the numbered title above it
# how the name of a part of a project ends (`사업개요`, `주요 추진실적`, `향후계획`, `소요예산`, `기대효과`,
# `성과지표`)
PART_ENDINGS = ("개요", "실적", "계획", "현황", "예산", "배경", "근거", "경과", "효과", "내용", "방향", "상황", "일정",
                "방안", "대책", "문제점", "성과지표")
# a name of a part of any project, its spaces taken out (`추진실적`, `향후추진방향`, `하반기추진계획`), not one
# project's work or step that ends as a part's name does (`폭염대비대책`, `기본계획`, `실시계획`)
BARE_PART_RE = patterns.compile(
    rf"(?:(?:20)?\d{{2}}년?도?|[상하]반기|\d(?:/4)?분기|주요|중점|세부|향후|추진|사업|기타)*(?:{'|'.join(PART_ENDINGS)})")
MAX_HEADER_ROWS = 4  # rows of words above the figures, more than a header is printed over
# a part of the report's name alone, its spaces taken out, its year first or not (`일반현황`, `주요업무추진실적`,
# `2023년주요업무계획`): not the report's title (`2023년주요업무보고`) nor a project's
REPORT_PART_RE = patterns.compile(
    r"^(?:(?:\d{4}|[’‘']\d\d)년도?)?(?:일반현황|부서현황|(?:주요)?업무추진(?:실적|상황|현황)|주요업무(?:계획)?|"
    r"(?:주요)?업무계획|주요추진실적|주요현안(?:사항)?|현안(?:사항|업무)|건의사항|신규사업|중점(?:추진)?사업)$")


@dataclass(slots=True)
class Heading:
    """A title line: markdown `#` (level 1-6), a `□` heading (marker '□') or a numbered title."""

    text: str
    level: int = 0
    marker: str = ""
    line: int | None = None
    page: int | None = None
    # the office its line prints last, set apart by a wide gap (two spaces or more, a tab) as a right-aligned cell
    # (`마을버스 노선 개편        교통정책팀`): the text keeps it, its gap collapsed; None on most lines
    apart: str | None = None


@dataclass(slots=True)
class Paragraph:
    text: str
    line: int | None = None
    page: int | None = None
    # the office its line prints last, set apart by a wide gap (two spaces or more, a tab) as a right-aligned cell
    # (`마을버스 노선 개편        교통정책팀`): the text keeps it, its gap collapsed; None on most lines
    apart: str | None = None


@dataclass(slots=True)
class Bullet:
    """A list item; depth 0 is the outermost level."""

    text: str
    depth: int = 0
    marker: str = "-"
    line: int | None = None
    page: int | None = None
    # the office its line prints last, set apart by a wide gap (two spaces or more, a tab) as a right-aligned cell
    # (`마을버스 노선 개편        교통정책팀`): the text keeps it, its gap collapsed; None on most lines
    apart: str | None = None


@dataclass(slots=True)
class Table:
    """A grid of cell texts. Cells covered by a merged cell are ''. `unit` is the printed `(단위: …)`, and
    `basis` what was printed beside it, such as the date the figures stand at (`5.31.기준`). `row_offsets`
    are how many lines below the table's first line each row starts (None: one row per line), since a
    `| --- |` rule, a blank row or a cell of several lines sits between rows. `beside`: printed beside the
    table before it, at its height (a PDF's tables side by side), so under the `(단위: …)` line over both.
    `header_rows`: the rows its markup marks as its header (a grid table's rows above `+===+`, a pipe table's above
    `| --- |`, an HTML table's `<thead>` or `<th>` rows); None where it marks none (a tab or space-aligned table).
    `note`: the notes printed right under it, their marks dropped (`※ 급여별 중복 수급자 포함`, `주) 시비는 서울시
    보조금`), one after another (`_note_under`); None where none is. `row_pages`: the page each row is printed on,
    where a PDF's table goes on over a page break (None: every row on `page`). `section_as_of`: the date its basis
    took from a line printed over the `□` sub-heading that captions it (`2 인 력` over `(2026. 10. 31. 기준, 단위:
    명)` over `□ 일반직`): under its section's title, so the section's date, which the section's later tables stand
    at too where they print none of their own (`□ 공무직`, `□ 기간제`); None where none is (most tables)."""

    rows: tuple[tuple[str, ...], ...]
    unit: str | None = None
    line: int | None = None
    page: int | None = None
    basis: str | None = None
    row_offsets: tuple[int, ...] | None = None
    beside: bool = False
    header_rows: int | None = None
    note: str | None = None
    row_pages: tuple[int, ...] | None = None
    section_as_of: str | None = None

    @property
    def width(self) -> int:
        return max(map(len, self.rows), default=0)

    def row_line(self, row: int) -> int | None:
        """The line a row starts on (None for a PDF's table, which has a page and no lines)."""
        if self.line is None:
            return None
        return self.line + (self.row_offsets[row] if self.row_offsets else row)

    def row_page(self, row: int) -> int | None:
        """The page a row is printed on (None for a text's table, which has lines)."""
        return self.row_pages[row] if self.row_pages else self.page


Block = Heading | Paragraph | Bullet | Table

# a table a text reader found among the lines: its first line (from 0), its rows and the line each row starts on
# (from its first)
PrintedTable = tuple[int, Sequence[Sequence[str]], tuple[int, ...]]


def take_printed_table(lines: list[str], tables: list[PrintedTable], rows: Sequence[Sequence[str]],
                       starts: Sequence[int], end: int) -> list[str]:
    """Adds the table whose rows start on lines `starts` (from 0) and end before line `end` to `tables`, and gives
    the lines back with its lines blanked, so that they are read once. The lines are copied at the first table
    taken: a text with none is given back as it came, at no cost."""
    first = starts[0]
    if not tables:
        lines = list(lines)
    tables.append((first, rows, tuple(start - first for start in starts)))
    lines[first:end] = [""] * (end - first)
    return lines


# `(계속)`, `<계속>`, `(표 계속)`, alone or after a table's caption printed again (`□ 구 청사 (계속)`): the table goes
# on from the page before
CONTINUED_RE = patterns.compile(r"(?:^[(<〈［\[]?|[(<〈［\[])\s*(?:표\s*)?계\s*속\s*[)>〉］\]]?$")


def page_starts_between(page_starts: list[int], first: int, last: int) -> bool:
    """Whether one of the (sorted) lines pages start on lies from line `first` to `last` (from 0)."""
    page = bisect.bisect_left(page_starts, first)
    return page < len(page_starts) and page_starts[page] <= last


def add_table(blocks: list[Block], table: Table, over_page_break: bool,
              group_goes_on: Callable[[str], bool] | None = None) -> None:
    """Append `table`, or, when it goes on from the table printed right before it over a page break, join
    its rows to that one. It goes on when it has that table's width and repeats its header, spaces aside (those
    rows are left out: a label wrapped there, `집행률(%` over `)`, is read `집행률(% )`), or prints no header of its
    own (its first row holds a figure, `is_noted_figure`; or, given `group_goes_on`, is a group row whose label it
    passes over a row that does: `기능직<tab><tab>` over `<tab>8급<tab>12`, `_is_group_row`)."""
    previous = blocks[-1] if blocks else None
    if over_page_break and isinstance(previous, Table) and previous.width + 1 >= table.width:
        previous = _parted_as(previous, table.rows[0]) or _merged_column_added(previous, table.rows[0]) or previous
    if over_page_break and isinstance(previous, Table) and previous.width == table.width + 1:
        table = _parted_below(table, previous.rows[0]) or table
    if over_page_break and isinstance(previous, Table) and previous.width == table.width:
        repeated = 0
        while (repeated < len(table.rows) - 1 and repeated < len(previous.rows)
               and _spaces_aside(table.rows[repeated]) == _spaces_aside(previous.rows[repeated])):
            repeated += 1
        if repeated or any(map(is_noted_figure, table.rows[0])) or (
                group_goes_on and len(table.rows) > 1 and _is_group_row(table.rows[0])
                and group_goes_on(table.rows[0][0]) and any(map(is_noted_figure, table.rows[1]))):
            blocks[-1] = replace(previous, rows=previous.rows + table.rows[repeated:],
                                 row_offsets=_offsets_joined(previous, table, repeated),
                                 row_pages=_pages_joined(previous, table, repeated))
            return
    blocks.append(table)


def joined_past_notes(blocks: list[Block]) -> list[Block]:
    """The blocks with a table's rows that go on past a note's line printed right between them (`※ 인건비 제외` on a
    line of its own, no tab, between two of a tab table's rows) joined to the rows above, as over a page break
    (`add_table`: of the table's width, printing no header of their own), the note set right under the table, where a
    note under it is printed: its note, not the end of the table (before, the rows below were a table of no header,
    their figures summed as its own: a budget's lines lost, a 집행률 column found wrong as a 계's)."""
    out: list[Block] = []
    for block in blocks:
        if (isinstance(block, Table) and len(out) > 1 and _is_note(note := out[-1]) and isinstance(out[-2], Table)
                and out[-2].width == block.width and note.line is not None and block.line == note.line + 1
                and out[-2].row_line(len(out[-2].rows) - 1) == note.line - 1):
            out.pop()
            add_table(out, block, over_page_break=True)
            out.append(note)
        else:
            out.append(block)
    return out


def _is_group_row(row: tuple[str, ...]) -> bool:
    """A row of a group's label alone, its other cells printed blank (`일반직 | | |`): no header, which labels
    its columns."""
    return len(row) > 1 and bool(row[0]) and not is_noted_figure(row[0]) and not any(row[1:])


def _spaces_aside(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(cell.replace(" ", "") for cell in row)


def _parted_as(previous: Table, header: tuple[str, ...]) -> Table | None:
    """The table above a page break whose header parts two labels of the header printed again below it as one:
    where a column is blank on the rows above the break (a 세부사업 column beside the `계` row), its label runs
    into a neighbour's (`세부사업 예산액`, `단위사업 세부사업`). With one column fewer it is parted as the header
    below parts it: a figure under the pair goes to its right column (a table's figures stand right of its
    labels), a total's label (`계`) to the left; None where the headers differ otherwise, or a cell under the
    pair prints anything else. With as many columns (the label over the blank column's edge, `단위사업 예산액` over
    the `계`'s right), the label is parted over the two as the header below parts it, the rows as they stand."""
    first = previous.rows[0]
    at = next((k for k in range(min(len(first), len(header) - 1)) if first[k] != header[k]), None)
    if at is None:
        return None
    pair = f"{header[at]} {header[at + 1]}"
    if len(first) == len(header):
        parted = (first[at] == pair and first[at + 1] == "" or first[at] == "" and first[at + 1] == pair)
        if not parted or first[at + 2:] != header[at + 2:]:
            return None
        return replace(previous, rows=(header, *previous.rows[1:]))
    if len(first) + 1 != len(header) or first[at] != pair or first[at + 1:] != header[at + 2:]:
        return None
    rows = [header]
    for row in previous.rows[1:]:
        cell = row[at] if len(row) > at else ""
        if cell and not is_noted_figure(cell) and not is_total(cell):
            return None
        rows.append((*row[:at], cell, "", *row[at + 1:]) if is_total(cell) else (*row[:at], "", *row[at:]))
    return replace(previous, rows=tuple(rows))


def _merged_column_added(previous: Table, header: tuple[str, ...]) -> Table | None:
    """The table above a page break, read a column fewer than its header printed again below it, because a label
    merged across two columns spans each of its rows (`구 분` over 직렬 and 직급, `계` across them, the 직렬's rows
    all below the break): the header below prints that label and a blank, the merge's other cell, and the rows
    above take the blank column, each label at its left; None where the headers differ otherwise."""
    first = previous.rows[0]
    if len(header) != len(first) + 1:
        return None  # (a shorter header below: no label of it to compare the above's last with)
    at = next((k for k in range(len(first)) if _spaces_aside((first[k],)) != _spaces_aside((header[k],))), None)
    if not at or header[at] or _spaces_aside(first[at:]) != _spaces_aside(header[at + 1:]):
        return None
    return replace(previous, rows=tuple((*row[:at], "", *row[at:]) for row in previous.rows))


def _parted_below(table: Table, header: tuple[str, ...]) -> Table | None:
    """The table below a page break whose header, printed again, runs two labels of the header above into one
    (`단위사업 세부사업`): the left one's column is blank on its rows but for the group labels its merged cells,
    centred between their rows, print on lines of their own (`건강증진 사업`), so `pdftotext -layout` lays the page
    out a column fewer. It is parted as the header above parts it: a group label goes to the left column of the row
    above it (the first of its group, two rows, the line between them), every other cell under the pair to the
    right; None where the headers differ otherwise."""
    first = table.rows[0]
    at = next((k for k in range(len(first)) if _spaces_aside((first[k],)) != _spaces_aside((header[k],))), None)
    if (at is None or len(header) != len(first) + 1 or first[at].replace(" ", "") != f"{header[at]}{header[at + 1]}"
            .replace(" ", "") or _spaces_aside(first[at + 1:]) != _spaces_aside(header[at + 2:])):
        return None
    rows, kept = [header], [0]
    for k, row in enumerate(table.rows[1:], 1):
        if row[at] and not any(row[:at] + row[at + 1:]) and len(rows) > 1 and not rows[-1][at]:
            rows[-1] = (*rows[-1][:at], row[at], *rows[-1][at + 1:])  # a group label, the row above's
            continue
        rows.append((*row[:at], "", *row[at:]))
        kept.append(k)
    return _rows_kept(replace(table, rows=tuple(rows)), table, kept)


def _rows_kept(table: Table, read: Table, kept: list[int]) -> Table:
    """`table`, whose rows are those of `read` numbered `kept`, with those rows' lines and pages."""
    return replace(table, row_offsets=tuple(read.row_offsets[k] for k in kept) if read.row_offsets else None,
                   row_pages=tuple(read.row_pages[k] for k in kept) if read.row_pages else None)


def is_noted_figure(cell: str) -> bool:
    """A count, a rate or an amount, also with what it notes in brackets (`612,300(구비)`): a row of them atop a
    page goes on from the table above the break. A year noted so (`2024(A)`, `2025(계획)`) labels a column of
    another table's header."""
    if parse_decimal(cell) is not None:
        return True
    noted = parse_count_note(cell)
    return noted is not None and not YEAR_LABEL_RE.match(_BRACKET_RE.split(cell, maxsplit=1)[0])


_BRACKET_RE = patterns.compile(r"[(（]")


def _offsets_joined(previous: Table, table: Table, repeated: int) -> tuple[int, ...] | None:
    if previous.line is None or table.line is None:
        return None
    before = previous.row_offsets or tuple(range(len(previous.rows)))
    after = table.row_offsets or tuple(range(len(table.rows)))
    return before + tuple(table.line - previous.line + offset for offset in after[repeated:])


def _pages_joined(previous: Table, table: Table, repeated: int) -> tuple[int, ...] | None:
    """The page of each row of a table joined to the one above it over a page break (a PDF's: a text's has lines)."""
    if previous.page is None or table.page is None:
        return None
    before = previous.row_pages or (previous.page,) * len(previous.rows)
    return before + (table.row_pages or (table.page,) * len(table.rows))[repeated:]


@dataclass(slots=True)
class Document:
    path: str
    format: str  # 'text' | 'pdf'
    blocks: list[Block] = field(default_factory=list)
    nul_lines: list[int] = field(default_factory=list)  # a text's lines a stray NUL byte was dropped from, one each
    left_out_tables: list[int] = field(default_factory=list)  # a text's lines a converter printed `<표>` on for a table
    unread_tables: list[int] = field(default_factory=list)  # a text's first lines of cell-a-line tables left unread
    unread_word_tables: list[int] = field(default_factory=list)  # those of them printing words mostly
    # a text's lines and labels of groups read where `-raw` printed them atop a page, their start untold
    unplaced_groups: list[tuple[int, str]] = field(default_factory=list)


_OPENING = "([（<〈《【"
_NOTE_MARKS = "※*＊"
_NOTE_MARK = f"[{regex.escape(_NOTE_MARKS)}]"
# a note's marks and what `clean_text` reads as one (`normalize_chars`: a full-width or another star): a cell
# holding none of them starts with no note's mark once cleaned
_NOTE_MARK_AS_PRINTED_RE = patterns.compile(f"[{regex.escape(_NOTE_MARKS + NOTE_STARS)}]")
_AS_OF_OPENING = _OPENING + _NOTE_MARKS  # what a paragraph of a date alone starts with, bracketed or noted
# or bare: a date (`2025. 5. 31. 기준`, `’25. 5. 31. 현재`) or its label (`기준일 : 2025. 5. 31.`)
_DATE_LINE_OPENING = _AS_OF_OPENING + "’‘'`기0123456789"
_OPEN, _CLOSE = regex.escape(_OPENING), regex.escape(")]）>〉》】")
_UNIT_WORD_RE = patterns.compile(r"단\s*위\s*[:：]")
# `(단위: 천원)`, `（단위：백만원, %）`, `[5.31.기준, 단위: 천원]`: what the bracket says before the unit, and the
# unit with what it says after it; or `단위: 천원` as a line of its own
_UNIT_BRACKET_RE = patterns.compile(
    rf"[{_OPEN}]([^{_OPEN}{_CLOSE}]*?)단\s*위\s*[:：]\s*([^,，/{_OPEN}{_CLOSE}][^{_OPEN}{_CLOSE}]*)[{_CLOSE}]")
_UNIT_LINE_RE = patterns.compile(r"^[※*]?\s*()단\s*위\s*[:：]\s*([^,，/].*)$")
# What parts a unit's bracket prints: `명, 백만원`, `가구 / 천원`; a date's `/` (`2025/5/31`) does not part it,
# nor a rate's, a unit per day, month, year or minute (`톤/일`, `건/월`, `m³/분`: one unit), nor a measure's per
# volume, area or mass written together (`㎍/㎥`, `kg/㎡`, `mg/L`: one unit)
_UNIT_PARTS_RE = patterns.compile(r"\s*(?:[,，]|(?<!\d)/(?!\d|\s*(?:일|월|년|연|주|시간|분|초)(?!\p{Hangul})"
                                  r"|[㎥㎡㎞㎏ℓ]|m[³²23]|k[mg]|L(?![A-Za-z])))\s*")
# A unit after the first (`백만원` of `명, 백만원`, `%`): a short word of no figures, not a note (`5.31.기준`,
# `부가세 포함`, and short ones saying what the figures are: `누계`, `잠정치`, `중복 포함`)
_MORE_UNIT_RE = patterns.compile(r"[^\d\s.:：]{1,4}")
_NOTE_WORD_RE = patterns.compile(r"포\s*함|제\s*외|별\s*도|누\s*계|누\s*적|잠\s*정|추\s*정|예\s*정|평\s*균|합\s*산")


@functools.lru_cache(maxsize=TEXT_CACHE)  # asked of a line again: if it ends a date's wait for its table, its units
def unit_in(text: str) -> tuple[str, str | None, str] | None:
    """The units a line prints (`명, 백만원`: a table's columns may each be in one of them), what else its
    bracket says (None if nothing), and the line without them."""
    if "단" not in text or not _UNIT_WORD_RE.search(text):  # most lines: no `단`, or `단위사업: …`, `단계: …`
        return None
    match = _UNIT_BRACKET_RE.search(text) or _UNIT_LINE_RE.match(text)
    if match is None:
        return None
    before, printed = match.groups()
    first, *after = _UNIT_PARTS_RE.split(printed.strip())
    more = [part for part in after if _MORE_UNIT_RE.fullmatch(part.replace(" ", "")) and not _NOTE_WORD_RE.search(part)]
    units = ", ".join(part.replace(" ", "") for part in (first, *more)).translate(HANJA_SCALES)
    notes = [part.strip() for part in before.strip(" ,，/").split(",")] + [part for part in after if part not in more]
    return units, ", ".join(filter(None, notes)) or None, (text[: match.start()] + text[match.end():]).strip()


# `(2025. 5. 31. 기준)`, `<’25. 5. 31. 현재>` on a line of its own: the date a table's figures stand at; so is a note
# of a date alone, `※ 2025. 5. 31. 기준` (a bullet of a note's mark, or a paragraph where no space follows the mark;
# not `※ 정원 2명 기준`, nor one saying more: `※ … 기준 잠정치`), or of a date and a clause of its own after a comma
# (`※ 2025. 5. 31. 기준, 육아휴직 1명 포함`: the clause the table's note), a date alone bare, `2025.5.31. 현재`,
# `5월말 기준`, and one labelled, `기준일 : 2025. 5. 31.`, `(기준일: 2025. 5. 31.)`; not a day alone (`2025. 5. 31.`, as
# likely the day of what the text tells), a sentence after it (`2025. 5. 31. 구청장 방침 결정`) nor a period
# (`2025. 6. 12. ~ 6. 27.`)
_AS_OF_LINE_OPENING = _OPENING + "’‘'`기"  # what a date alone opens with but a figure, after a note's mark
_MONTH_END = rf"(?:(?:\d{{4}}|[’‘'`]\d{{2}})\s*[.년]\s*)?{MONTH_FIGURE}\s*월\s*말"  # `2025. 5월말`: a month's last day
_AS_OF_LINE_RE = patterns.compile(
    rf"^[{_OPEN}](?P<as_of>[^{_OPEN}{_CLOSE}]*\d[^{_OPEN}{_CLOSE}]*(?:기\s*준|현\s*재))\s*[{_CLOSE}]$"
    rf"|^{_NOTE_MARK}?\s*(?P<as_of>[’‘'`]?(?:{AS_OF_DAY}|{_MONTH_END})\s*(?:기\s*준|현\s*재))"
    rf"(?:\s*[,，]\s*(?P<clause>[^\s,，]\S*(?:\s+\S+)*))?$"
    rf"|^(?:{_NOTE_MARK}\s*)?(?P<open>[{_OPEN}])?\s*(?P<as_of>기\s*준\s*일\s*[:：]?\s*[’‘'`]?{AS_OF_DAY})\s*"
    rf"(?(open)[{_CLOSE}])$")


def _as_of_line(text: str) -> regex.Match | None:
    """`_AS_OF_LINE_RE`'s match, tried only on a line printing `기` or `현` and opening, after a note's mark, as a
    date alone does: each of its readings ends in `기준`, `현재` or `기준일`, and opens with a bracket, a year's
    apostrophe, a figure or `기준일`; most lines asked (a numbered title, a list item telling what was done, the
    dates of an event: `2023. 6. 13. ~ 6. 28.`) do not, where the pattern costs as much as a short line's other
    tests together."""
    if "기" not in text and "현" not in text:
        return None
    opening = text.lstrip()
    opening = opening[1:].lstrip()[:1] if opening[:1] in _NOTE_MARKS else opening[:1]
    return _AS_OF_LINE_RE.match(text) if opening in _AS_OF_LINE_OPENING or opening.isdecimal() else None


_AS_OF_WORD_RE = patterns.compile(r"기\s*준|현\s*재")
# a note under a table dating one of its columns: `※ 집행액은 2025. 5. 31. 기준`, `※ 집행액: 5. 31. 기준`, `(집행액
# 5.31. 현재)`; the column's name, then the date
_COLUMN_DATED = (rf"(?P<column>[가-힣][가-힣 ]*?)\s*(?:[은는]|[:：])?\s*"
                 rf"(?P<as_of>[’‘'`]?{AS_OF_DAY}\s*(?:기\s*준|현\s*재))")
_COLUMN_AS_OF_RE = patterns.compile(
    rf"^(?:{_NOTE_MARK}\s*)?{_COLUMN_DATED}$|^[{_OPEN}]\s*{_COLUMN_DATED}\s*[{_CLOSE}]$")
# the columns whose figures a table's date is about, as the table stands at a day: a budget's spending (집행액,
# 집행률), staffing's 현원, a fleet's vehicles held (보유); not what was set before it (예산액, 정원)
_DATED_COLUMNS = ("집행", "현원", "보유")
_DATED_LABEL_RE = patterns.compile(rf"(?:{'|'.join(_DATED_COLUMNS)})[가-힣]*")  # such a column's label: `집행률(%)`


def is_table_units_or_date(text: str) -> bool:
    """Whether a line alone in brackets is what a table below it prints above it: its units or the date its
    figures stand at (`(단위: 천원)`, `(5.31.기준)`)."""
    text = text.strip()
    if text[:1] not in _OPENING:
        return False
    units = unit_in(text)
    return units is not None and not units[2] or bool(_as_of_line(text))


def _as_of_said(match: regex.Match) -> str:
    """The date a line of a date alone prints, and the clause after it where it prints one (`2025. 5. 31. 기준,
    육아휴직 1명 포함`): the table's basis, the clause its note (`table_note`)."""
    return ", ".join(filter(None, (match.group("as_of").strip(), match.group("clause"))))


def _as_of_date(block: Block, text: str, noted: bool, over_table: bool = False) -> str | None:
    """What a line of a date alone says (`2025. 5. 31. 기준`), its brackets or note mark taken off; else None. A
    note's (`※ …`) only where the line printed nothing else (`noted`): beside a unit, `※ (단위: 천원) 2025. 5. 31.
    기준`, the date goes with the unit to the next table. A list item's (`○ (5.31.기준)`, `- 2025. 5. 31. 현재`) only
    right above a table (`over_table`): elsewhere a date may be what the item tells."""
    if isinstance(block, Bullet):
        if block.marker not in _NOTE_MARKS:
            match = _as_of_line(text) if over_table else None
            return _as_of_said(match) if match else None
        match = _as_of_line(text) if noted else None
        return _as_of_said(match) if match and text[:1] not in _OPENING else None
    if not isinstance(block, Paragraph) or text[:1] not in _DATE_LINE_OPENING or (
            text[:1] in _NOTE_MARKS and not noted):
        return None
    match = _as_of_line(text)
    return _as_of_said(match) if match else None


def is_as_of_line(block: Block) -> bool:
    """Whether a line prints a date alone (`(2025. 5. 31. 기준)`, `※ 2025. 5. 31. 기준`, `5월말 현재`): the date
    what it stands over is at."""
    return _as_of_date(block, clean_text(block.text), noted=True) is not None


# pandoc's table caption, a paragraph right after its table: `: 2021. 5. 31. 기준`, `Table: (단위: 천원)`
_CAPTION_AFTER_RE = patterns.compile(r"^(?P<named>[Tt]able)?:\s+(?P<caption>\S.*)$", regex.DOTALL)
# such a caption's date alone, bracketed or not: `2025. 5. 31. 기준`, `(’25. 5. 31. 현재)`
_AS_OF_CAPTION_RE = patterns.compile(
    rf"^[{_OPEN}]?\s*([’‘'`]?\d[\d\s.년월일’‘'/-]*(?:기\s*준|현\s*재))\s*[{_CLOSE}]?$")


def build_document(path: str, fmt: str, blocks: list[Block], escaped_stars: frozenset[int] = frozenset()) -> Document:
    """Normalise the readers' raw blocks: clean texts, give each table the unit printed above it, and the date
    printed on a line of its own above that (`(2025. 5. 31. 기준)` over `(단위: 명)`) as its basis, not as a
    paragraph that would caption it; a caption pandoc prints after its table is read as printed above it
    (`_captioned`). A table beside the one before, with no unit of its own, takes the next unit its line prints
    (`(단위: 명)   (단위: 천원)` over two tables side by side, each over its own), else that one's. A unit goes
    over a heading printed right under it that captions the table below (`(단위: 천원)` over `□ 예산현황` over its
    table, or over a caption line naming it, `○ 일반회계`; `_captioned_below`), but over no other: a heading starts a
    section whose table, where it prints no unit, has none. `escaped_stars`: the lines a markdown converter printed
    a star on escaped (`\\* 급여별 중복 수급자 포함`, a .docx's own star: a note), which tell the document's other `*`
    lines its list's bullets (`_stars_mark_items`)."""
    blocks = _captions_out_of_first_rows(_notes_out_of_last_rows(blocks))
    out: list[Block] = []
    stars_mark_items = functools.cache(lambda: bool(escaped_stars) or _stars_mark_items(blocks))  # asked of few
    pending: list[tuple[str, str | None]] = []  # the units a line prints and their bases, for the next table
    unit_block: Block | None = None  # the line that printed them
    captioned = -1  # where the table stands that a heading right under that line captions: the unit goes over to it
    for_beside: list[tuple[str, str | None]] = []  # those the last table left, for the tables beside it
    last: tuple[str | None, str | None] = (None, None)  # the last table's unit and basis, for a table beside it
    as_of: str | None = None  # a line of a date alone, held until the next table takes it as its basis
    as_of_block: Block | None = None  # and that line
    as_of_printed: Block | None = None  # as the reader gave it
    as_of_table = -1  # where the table stands that a list item's date is over with a `□` heading between
    # a unit's line printing a date beside it (`(단위: 개)  2025. 5. 31. 기준`), and where it stands in `out`: printed
    # back there where no table takes its unit and date (nothing printed is lost)
    unit_line: tuple[int, Block] | None = None
    # that line printed right after a table (between two), and a note right under it, parted by a blank line from
    # what follows: the evidence that it is the note of the table above, not the date of the one below
    after_table = note_under = False
    noting = -1  # where in `out` the table stands whose notes the lines under it are (`_notes_end`), while they go on
    notes_end = 0  # where in `blocks` they end
    for k, block in enumerate(blocks):
        previous = blocks[k - 1] if k else None
        if noting >= 0 and k >= notes_end:
            noting = -1
        if as_of is not None and previous is as_of_printed:
            note_under = note_under and _parted(previous, block)
        # a line of a date alone with no table below it, but over lines a heading's table is under (`_captioned_below`)
        if (as_of is not None and not isinstance(block, Table) and k > max(captioned, as_of_table)
                and not unit_in(clean_text(block.text))):
            _date_table_above(out, as_of, as_of_block)  # no table below it
            as_of = None
        if isinstance(block, Table):
            rows = [tuple(map(clean_cell, row)) for row in block.rows]
            offsets, marked, pages = block.row_offsets, block.header_rows, block.row_pages
            if not all(map(any, rows)):  # blank rows go, their lines and pages with them
                kept = [k for k, row in enumerate(rows) if any(row)]
                marked = marked and sum(1 for k in kept if k < marked)
                offsets = tuple(offsets[k] for k in kept) if offsets else tuple(kept)
                pages = tuple(pages[k] for k in kept) if pages else None
                rows = [rows[k] for k in kept]
            if not rows:
                continue
            width = max(map(len, rows))
            if min(map(len, rows)) < width:  # short rows padded to the table's width (most tables have none)
                rows = [r + ("",) * (width - len(r)) for r in rows]
            rows = _repeats_as_merged(_rows_merged_across(tuple(rows)))
            units = pending or (for_beside if block.beside else [])
            if block.unit:
                unit, basis = block.unit, block.basis
                if unit_line is not None:  # the table prints its own unit: the line's is no table's
                    out.insert(*unit_line)
            else:
                unit, basis = units.pop(0) if units else last if block.beside else (None, None)
            first = 0
            if unit is None:
                unit, basis, first = _unit_from_first_row(rows)
            if as_of is not None and after_table and (
                    _dates_itself(rows, basis, blocks[k + 1] if k + 1 < len(blocks) else None)
                    or note_under and _undated(out[-1])):
                _date_table_above(out, as_of, as_of_block)
                as_of = None
            elif as_of is not None:
                basis = ", ".join(filter(None, (as_of, basis)))
            # its unit's line went over the heading that captions it, or a list item's date did: the section's date
            # too, as a date line's under its title (`2. 인 력` over `○ (5.31.기준)` over `□ 공무원` dates `□ 공무직`)
            section_as_of = (_section_date(blocks, k, basis) if k == captioned and units is pending
                             else as_of if k == as_of_table else None)
            as_of, as_of_table = None, -1
            line, offsets = _grid_lines(block.line, offsets, first)
            marked = (marked - first or None) if marked else None  # a header of its unit alone marks none
            out.append(Table(rows[first:], unit, line, pages[first] if pages else block.page, basis, offsets,
                             header_rows=marked, row_pages=pages[first:] if pages else None,
                             section_as_of=section_as_of))
            pending, for_beside, last, unit_line = [], units, (unit, basis), None
            notes_end = _notes_end(blocks, k, stars_mark_items, escaped_stars)
            noting = len(out) - 1 if notes_end > k + 1 else -1
            continue
        if pending and isinstance(block, Heading) and k > captioned:
            captioned = _captioned_below(blocks, k) if previous is unit_block else -1
            if captioned < 0:
                pending = []  # a section the unit is not of
                if unit_line is not None:
                    out.insert(*unit_line)
                    unit_line = None
        text = clean_text(block.text)
        if (isinstance(block, Paragraph) and isinstance(previous, Table) and out and isinstance(out[-1], Table)
                and (caption := _caption_after(text))):
            out[-1:] = _captioned(out[-1], _replace_text(block, caption))
            last = (out[-1].unit, out[-1].basis)
            continue
        printed = text
        if "단" in text and (found := _units_in(text))[0]:
            if unit_line is not None:  # a unit's line after it: no table took it
                out.insert(*unit_line)
                unit_line = None
            pending, text = found
            unit_block = block
            # a date printed bare beside them on a line of its own, `(단위: 천원)  5.31. 기준`, is theirs (a
            # bracketed one is read as a line of a date alone, below; a note's, `※ (단위: 천원) 5.31. 기준`, stays)
            if isinstance(block, Paragraph) and text[:1] not in _AS_OF_OPENING and (
                    match := _as_of_line(text)):
                date = _as_of_said(match)
                pending, text = [(unit, ", ".join(filter(None, (date, basis)))) for unit, basis in pending], ""
                unit_line = (len(out), block if printed == block.text else _replace_text(block, printed))
        # only a note's line (`※ …`), a paragraph opening as a date alone or a list item right above a table or
        # its `□` heading (`○ (5.31.기준)`) may date a table: most lines none. Where a list item stands is asked
        # only where it prints a date alone (`_as_of_date` reads no other list item's): most print none
        if isinstance(block, Bullet):
            noting_bullet = block.marker in _NOTE_MARKS
            dated_below = -1 if noting_bullet or not _as_of_line(text) else _table_right_below(blocks, k)
            over_table = dated_below >= 0
            dating = noting_bullet or over_table
        else:
            noting_bullet = over_table = False
            dated_below = -1
            dating = isinstance(block, Paragraph) and text[:1] in _DATE_LINE_OPENING
        if dating and not over_table and printed == text and _dates_its_column(out, text):
            continue
        if dating and (date := _as_of_date(block, text, noted=printed == text, over_table=over_table)):
            as_of, as_of_block, as_of_printed, text = date, _replace_text(block, text), block, ""
            as_of_table = dated_below if dated_below > k and any(
                isinstance(b, Heading) for b in blocks[k + 1:dated_below]) else -1
            after_table = isinstance(previous, Table) and bool(out) and isinstance(out[-1], Table)
            note_under = after_table and (printed[:1] in _NOTE_MARKS or noting_bullet) and _right_under(
                block, out[-1])
        if not text:
            continue
        if noting >= 0:
            out[noting] = _note_under(out[noting], block, text)
        if block.text.rstrip()[-1:] in _OFFICE_ENDS and (office := _OFFICE_APART_RE.search(block.text)):
            block.apart = office.group(1)
        out.append(block if text == block.text else _replace_text(block, text))
    if as_of is not None:
        _date_table_above(out, as_of, as_of_block)
    if unit_line is not None:
        out.insert(*unit_line)
    return Document(path, fmt, out)


# an office a line prints last, set apart from a word of its text by a wide gap (`마을버스 노선 개편    교통정책팀`,
# `… 개편\t교통정책팀`): a word of three characters at least ending as an office's name does, as a right-aligned cell
# prints it; not a letter-spaced or justified title's last word (`청 사   관 리`, `사업   효과`)
_OFFICE_ENDS = frozenset("팀과관당터F")  # the last character of such a line, told before the pattern is tried
_OFFICE_APART_RE = patterns.compile(
    rf"\S\S(?: {{2,}}|\s*\t\s*)(\p{{Hangul}}[\p{{Hangul}}\d]{{1,11}}{OFFICE_SUFFIX})\s*$")
# a line between a heading and the table it captions naming that table: a few words (`○ 일반회계`, `<세출예산>`,
# `- 단위사업별 현황`), no figure, note, field or sentence (`- 집행 현황은 다음과 같음`; `2. 시설 현황`, a title)
_CAPTION_LINE_RE = patterns.compile(r"[^\s\d.:：※*＊]+(?:\s+[^\s\d.:：※*＊]+){0,3}(?<![다음함임됨])")
# a caption's letter or number, as a markdown heading or a paragraph keeps it (`가. 일반회계`, `1) 세출`, `(가) 세출`):
# a caption's level under a `□` heading; not `2.`, a numbered title's
_CAPTION_MARK_RE = patterns.compile(r"^(?:[가-하]\s*[.)]|[(（]\s*(?:[가-하]|\d{1,2})\s*[)）]|\d{1,2}\s*\))\s*")
# a note between a heading and the table it captions saying what the figures are: a few words (`※ 잠정치`,
# `* 부가세 포함`, `※ 2025년 본예산 기준`), no sentence (`※ 세부내역은 붙임 참조함`) nor field (`※ 예산액: 본예산`)
_CAPTION_NOTE_RE = patterns.compile(r"[^\s:：]+(?:\s+[^\s:：]+){0,5}(?<![다음임됨]|(?<!포)함)")
_MARK_KINDS = str.maketrans("나다라마바사아자차카타파하0123456789", "가가가가가가가가가가가가가1111111111")
_CAPTIONS_BELOW = 2  # caption lines under a heading at most (`○ 일반회계` over `- 세출예산`)
_NOTES_BELOW = 2  # and dates or notes (`(2025. 5. 31. 기준)`, `※ 잠정치`)


def _captioned_below(blocks: Sequence[Block], k: int) -> int:
    """Where the table stands that the heading `blocks[k]` captions: right under it, or under lines naming it
    (`□ 예산현황` over `○ 일반회계` over its table, over `○ 일반회계` over `- 세출예산`, `가. 일반회계`;
    `_names_table_below`), dating it or noting what its figures are (`(2025. 5. 31. 기준)`, `※ 잠정치`;
    `_notes_table_below`); -1 where another line comes first (a heading of a section of its own, or of text) or
    none."""
    captions: list[Block] = []
    notes = 0
    for below in range(k + 1, min(len(blocks), k + 2 + _CAPTIONS_BELOW + _NOTES_BELOW)):
        block = blocks[below]
        if isinstance(block, Table):
            return below
        if len(captions) < _CAPTIONS_BELOW and _names_table_below(blocks[k], block) and not (
                captions and _level_with(captions[-1], block)):
            captions.append(block)
        elif notes < _NOTES_BELOW and _notes_table_below(block):
            notes += 1
        else:
            return -1
    return -1


def _names_table_below(heading: Block, block: Block) -> bool:
    """Whether a line under a heading names the table below it (`_CAPTION_LINE_RE`, after its letter or number,
    `_CAPTION_MARK_RE`): a bullet but a note's, a paragraph, or a heading of a lower level (`### 예산현황` over
    `#### 일반회계`; one of the heading's own level, or a `□` heading under another, opens a section of its own)."""
    if not (isinstance(block, Bullet) and block.marker not in _NOTE_MARKS or isinstance(block, Paragraph)
            or isinstance(block, Heading) and block.level > heading.level > 0):
        return False
    text = clean_text(block.text)
    return bool(_CAPTION_LINE_RE.fullmatch(_CAPTION_MARK_RE.sub("", text) if text[:1] not in _NOTE_MARKS else text))


def _level_with(caption: Block, block: Block) -> bool:
    """Whether a second caption line stands level with the first (`○ 사업개요` and `○ 예산현황`: two sections),
    not under it (`○ 일반회계` over `- 세출예산`)."""
    if isinstance(caption, Bullet) and isinstance(block, Bullet):
        return _mark_kind(block.marker) == _mark_kind(caption.marker) and block.depth <= caption.depth
    if isinstance(caption, Heading) and isinstance(block, Heading):
        return block.level <= caption.level
    return type(caption) is type(block) is Paragraph and _mark_kind(caption.text) == _mark_kind(block.text)


def _mark_kind(text: str) -> str:
    """The kind of mark a line or a bullet's marker starts with (`가.` and `나.` alike, `1)`, `○`; '' for none)."""
    text = clean_text(text)
    if mark := _CAPTION_MARK_RE.match(text):
        return "".join(mark.group().split()).translate(_MARK_KINDS)
    return "" if text[:1].isalnum() else text[:1]


def _notes_table_below(block: Block) -> bool:
    """Whether a line under a heading dates the table below it (`(2025. 5. 31. 기준)`, `※ 5.31. 기준`) or notes what
    its figures are in a few words (`※ 잠정치`, `* 부가세 포함`; `_CAPTION_NOTE_RE`)."""
    if is_as_of_line(block):
        return True
    text = clean_text(block.text)
    if isinstance(block, Bullet):
        return block.marker in _NOTE_MARKS and bool(_CAPTION_NOTE_RE.fullmatch(text))
    return isinstance(block, Paragraph) and text[:1] in _NOTE_MARKS and bool(
        _CAPTION_NOTE_RE.fullmatch(text[1:].strip()))


def _section_date(blocks: Sequence[Block], k: int, basis: str | None) -> str | None:
    """The date in a table's basis where its unit's line is printed over the `□` sub-heading that captions it
    (`_captioned_below`), right under the section's title: the section's date. None where the line is printed under
    the sub-heading (its table's own) or prints no date."""
    heading = next((block for block in reversed(blocks[:k]) if isinstance(block, Heading)), None)
    if heading is None or heading.marker not in BOX_MARKS or not basis:
        return None
    dates = [part.strip() for part in basis.split(",") if _AS_OF_WORD_RE.search(part)]
    return ", ".join(dates) or None


def _table_right_below(blocks: Sequence[Block], k: int) -> int:
    """Where the table stands right under the line `blocks[k]`, or under a line of its units alone right under it
    (`○ (5.31.기준)` over `(단위: 명)` over the table), or under a `□` heading there that captions it (`○ (5.31.
    기준)` over `□ 예산현황` over its table, its units' line between or not, `_captioned_below`: the table of that
    heading's section alone); -1 where none does. Asked of the list items printing a date alone (`build_document`)."""
    at = _past_units_line(blocks, k + 1)
    if at < len(blocks) and isinstance(blocks[at], Heading) and blocks[at].marker in BOX_MARKS:
        below = _past_units_line(blocks, at + 1)
        return below if below < len(blocks) and isinstance(blocks[below], Table) else _captioned_below(blocks, at)
    return at if at < len(blocks) and isinstance(blocks[at], Table) else -1


def _past_units_line(blocks: Sequence[Block], at: int) -> int:
    """Where the block stands after `blocks[at]` where that is a line of units alone (`(단위: 명)`) with a block
    under it; else `at`."""
    if at + 1 < len(blocks) and not isinstance(blocks[at], Table) and (
            (units := unit_in(clean_text(blocks[at].text))) is not None and not units[2]):
        return at + 1
    return at


def _date_table_above(out: list[Block], as_of: str, line: Block) -> None:
    """A line of a date alone with no table below it (or none it dates, `_dates_itself`): the date of the table
    right above it, as a note under a table prints it (`※ 2025. 5. 31. 기준`), where that table is dated no other
    way; else text after all."""
    above = out[-1] if out else None
    if isinstance(above, Table) and _undated(above):
        out[-1] = replace(above, basis=", ".join(filter(None, (as_of, above.basis))))
    else:
        out.append(line)


def _dates_its_column(out: list[Block], text: str) -> bool:
    """Whether a note under a table dates the column its date is about (`※ 집행액은 2025. 5. 31. 기준` under a
    budget's `집행액`, `_DATED_COLUMNS`), so dates the table, as a note of a date alone does: then the table takes
    the date as its basis, where it is dated no other way. Notes may come between it and the table (`※ 예산액은
    당초예산 기준`); a note dating another column (`※ 예산액은 2025. 1. 1. 기준`) or one the table lacks stays text.
    Asked of a note's line or a paragraph opening as a date alone does (`build_document`)."""
    match = _COLUMN_AS_OF_RE.match(text) if _DATED_LABEL_RE.search(text) else None
    column = match.group("column").replace(" ", "") if match else ""
    if not column.startswith(_DATED_COLUMNS):
        return False
    k = len(out) - 1
    while k >= 0 and _is_note(out[k]):
        k -= 1
    table = out[k] if k >= 0 else None
    if not isinstance(table, Table) or not _undated(table):
        return False
    labels = [*(cell for row in table.rows[:max(header_end(table.rows), 1)] for cell in row),
              *(row[0] for row in table.rows)]  # its header's and its rows' (`현원` a row of a staffing table)
    if not any(column in word or column.startswith(word)
               for label in labels for word in _DATED_LABEL_RE.findall(label.replace(" ", ""))):
        return False
    out[k] = replace(table, basis=", ".join(filter(None, (match.group("as_of").strip(), table.basis))))
    return True


def _notes_out_of_last_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with the notes printed in a table's last rows (`※ 정원은 2025. 1. 1. 기준`, `* 공무직 제외`, each in
    one cell or merged across its row, the other cells blank; every such row at the table's end, `※ …` over `* …`)
    set under the table as lines of their own, where a note under it is printed: they are the table's notes and may
    date it, not rows of it. Most tables print none, and most documents no such table: the blocks as given, where
    no table's last row holds a note's mark at all before its cells are cleaned (`_last_row_marked`)."""
    marked = [k for k, block in enumerate(blocks) if isinstance(block, Table) and _last_row_marked(block)]
    if not marked:
        return blocks
    out = list(blocks)
    for k in reversed(marked):  # from the last, so that the tables before stand where they did
        out[k:k + 1] = _notes_set_under(blocks[k])
    return out


# a caption's text as a converter prints it in every cell of a table's first row (`□ 공용차량 - 총 3대`, `○ 인력현황`):
# a mark's heading, or a title counting what the table lists (`공용차량 현황 (총 3대)`), or a unit or a date the
# table stands at (`(단위: 대)`, `(2024. 5. 31. 기준)`); not a label alone (`일반회계`), a group's row
_CAPTION_MARKS = "".join(sorted(BOX_MARKS)) + "○◦●◎"
_CAPTION_ROW_RE = patterns.compile(
    rf"^[{_CAPTION_MARKS}]\s*\S|총\s*\d[\d,]*\s*\p{{Hangul}}|[{_OPEN}][^{_CLOSE}]*(?:단\s*위|기\s*준|현\s*재)")


def _captions_out_of_first_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with a caption a converter prints merged across a table's first row, its text in every cell
    (docling: `| □ 공용차량 - 총 3대 | □ 공용차량 - 총 3대 | … |` over the header) or in the first alone (Google
    Docs), set above the table as the line other converters print there (a `□` heading, a `○` item, a paragraph), so
    that the table is read under its caption. The one rule that parts it from a row merged across
    (`_rows_merged_across`, a group's label over its rows): the first row, over a header and a row at least,
    printing a caption's text (`_CAPTION_ROW_RE`)."""
    out = list(blocks)
    for k in reversed(range(len(blocks))):  # from the last, so that the tables before stand where they did
        if isinstance(table := blocks[k], Table) and (caption := _caption_row(table)) is not None:
            out[k:k + 1] = [_caption_block(caption, table.row_line(0), table.row_page(0)), _without_first_row(table)]
    return out


def _without_first_row(table: Table) -> Table:
    """A table without its first row, starting on the line and page of its second, its header marked a row less."""
    offsets = table.row_offsets or tuple(range(len(table.rows)))
    return replace(table, rows=table.rows[1:], line=table.row_line(1), page=table.row_page(1),
                   row_offsets=tuple(offset - offsets[1] for offset in offsets[1:]) if table.row_offsets else None,
                   row_pages=table.row_pages[1:] if table.row_pages else None,
                   header_rows=(table.header_rows - 1 or None) if table.header_rows else None)


def _caption_row(table: Table) -> str | None:
    """The caption a table's first row prints in every cell, or in its first alone, the others blank, as Google
    Docs, pandoc and markitdown print a cell merged across (`| 공용차량 현황 (총 2대) | | |`: before, the fleet a
    generic table), `_CAPTION_ROW_RE`, cleaned; None where it prints none (most tables: their first row is a header
    of labels that differ)."""
    if len(table.rows) < 3 or len(first := table.rows[0]) < 2:
        return None
    cells = set(map(clean_cell, first[1:]))
    if cells not in ({""}, {clean_cell(first[0])}):
        return None
    text = clean_cell(first[0])
    return text if text and _CAPTION_ROW_RE.search(text) else None


def _caption_block(text: str, line: int | None, page: int | None) -> Block:
    """A caption's line as a text's reader gives it: a `□` heading, a `○` item, else a paragraph."""
    if text[0] in BOX_MARKS:
        return Heading(text[1:].strip(), 0, text[0], line, page)
    if text[0] in _CAPTION_MARKS:
        return Bullet(text[1:].strip(), 0, text[0], line, page)
    return Paragraph(text, line, page)


def _last_row_marked(table: Table) -> bool:
    """Whether a table's last row but blank ones, under a header and a row at least, prints a note's mark."""
    for row in reversed(table.rows[2:]):
        if any(row):
            return _NOTE_MARK_AS_PRINTED_RE.search("".join(row)) is not None
    return False


def _notes_set_under(table: Table) -> list[Block]:
    """A table whose last rows may be its notes (`_notes_out_of_last_rows`), and those notes as paragraphs under it,
    bottom-up until a row that is none (a note's mark in a cell of a row of figures)."""
    end, notes = len(table.rows), []
    for k in range(len(table.rows) - 1, 1, -1):  # bottom-up, a header and a row left at least
        if not any(table.rows[k]):
            continue  # blank rows under it or between them (a reader's padding)
        if _NOTE_MARK_AS_PRINTED_RE.search("".join(table.rows[k])) is None:
            break
        cells = [text for cell in table.rows[k] if (text := clean_cell(cell))]
        if not cells or cells[0][:1] not in _NOTE_MARKS or any(cell != cells[0] for cell in cells):
            break
        end = k
        notes.append(Paragraph(cells[0], table.row_line(k), table.row_page(k)))
    if not notes:
        return [table]
    return [_rows_kept(replace(table, rows=table.rows[:end]), table, list(range(end))), *reversed(notes)]


def _is_note(block: Block) -> bool:
    """A note's line (`※ …`, `* …`), as printed under a table; not one naming a part alone (`* 향후계획`, a list's
    item marked `*` right under the table a PDF prints without the lines that tell a list: no note says that)."""
    return (isinstance(block, Bullet) and block.marker in _NOTE_MARKS or isinstance(block, Paragraph) and (
        block.text[:1] in _NOTE_MARKS)) and not BARE_PART_RE.fullmatch("".join(block.text.lstrip("※*＊").split()))


def _notes_end(blocks: Sequence[Block], k: int, stars_mark_items: Callable[[], bool],
               escaped_stars: frozenset[int]) -> int:
    """Where the notes printed under the table `blocks[k]`, one after another (`※ …`, `* …`, `주) …` as the reader
    gives it), end: k + 1 where they are none of its. They are its where a line other than a table's (or its unit's)
    follows them, or where a table does (a `※` line may caption the table below it, `※ 해외유입`) and the first is
    printed right under this one, on the line after its last row's. They end at a markdown list written with `*`
    (`_starred_list`), and at any `*` line the converter did not escape (`escaped_stars`) where the document marks its
    list items `*` (`stars_mark_items`). Asked once of each table; most print none."""
    end = k + 1
    while end < len(blocks) and _is_note(blocks[end]) and not (_starred(blocks[end]) and (
            blocks[end].line not in escaped_stars and stars_mark_items()
            or not (_starred(blocks[end - 1]) and _right_below(blocks[end - 1], blocks[end]))
            and _starred_list(blocks, end))):
        end += 1
    if end == k + 1:
        return end
    after = end
    if after + 1 < len(blocks) and not isinstance(blocks[after], Table) and unit_in(clean_text(blocks[after].text)):
        after += 1  # the unit's line over the table below
    if after == len(blocks) or not isinstance(blocks[after], Table) or _right_under(blocks[k + 1], blocks[k]):
        return end
    return k + 1


def _starred(block: Block) -> bool:
    """A line marked `*` as a markdown list's item is (and a note's, `* 교육급여는 3월 기준 인원`)."""
    return isinstance(block, Bullet) and block.marker == "*"


def _starred_list(blocks: Sequence[Block], j: int) -> bool:
    """Whether the `*` lines from `blocks[j]` on, one right below another, are a markdown list, as markitdown prints a
    .docx's bullets, not notes: items are nested right under one (`* 자활사업` over `  * 참여자 412명`, on the next
    line), as notes are not. What a line says does not tell: a note may end in a deed as an item does (`* 국비 50%,
    시비 50% 지원`, `* 2025. 1. 1. 시행`), so in a document that marks no list items `*` elsewhere (`_stars_mark_items`)
    a `*` line is a note, as a report typed in 한글 prints them."""
    depth = blocks[j].depth
    for i in range(j, len(blocks)):
        block = blocks[i]
        if i > j and not (_starred(block) and _right_below(blocks[i - 1], block)
                          or _nested_under(blocks[i - 1], block) and block.depth > depth):
            return False
        if i + 1 < len(blocks) and _nested_under(block, blocks[i + 1]):
            return True
    return False


def _stars_mark_items(blocks: Sequence[Block]) -> bool:
    """Whether the document marks its list items `*`, as markitdown prints a .docx's bullets (and a star of the .docx's
    own escaped, `\\*`): a `*` item has an item nested right under it (`* 자활사업` over `  + 근로 412명`), or `*` items
    stand one right below another right under a heading (`### □ 추진실적` over `* 자활근로 사업단 운영` and `* 수급자
    실태 조사`). A report marking its notes `*` prints them under a table or an item."""
    for k in range(len(blocks) - 1):
        block, below = blocks[k], blocks[k + 1]
        if _starred(block) and (_nested_under(block, below) or k and isinstance(blocks[k - 1], Heading) and (
                _starred(below) and below.depth == block.depth and _right_below(block, below))):
            return True
    return False


def _right_below(above: Block, below: Block) -> bool:
    """Whether a line is printed on the line after another's, no blank line between (a PDF's lines: where they
    follow each other)."""
    return above.line is None or below.line == above.line + 1


def _nested_under(item: Block, below: Block) -> bool:
    """Whether a list's item is nested under the one above it: deeper, on the next line (a bullet after a blank line
    goes on the list the notes stand in, `- 수급자 관리 강화` under `* 시비는 서울시 보조금`)."""
    return (isinstance(below, Bullet) and isinstance(item, Bullet) and below.depth > item.depth
            and item.line is not None and below.line == item.line + 1)


def _note_under(table: Table, block: Block, text: str) -> Table:
    """The table with a note printed under it (`text`, its mark dropped) after those before it: its `note`. The
    line stays in the text too (an item of the part above, the general part's text), where it is searched."""
    said = text if isinstance(block, Bullet) else text[1:].strip()
    return replace(table, note=f"{table.note}, {said}" if table.note else said) if said else table


def _undated(table: Block) -> bool:
    """A table whose basis prints no date (`5.31.기준` beside its unit)."""
    return isinstance(table, Table) and not (table.basis and _AS_OF_WORD_RE.search(table.basis))


# a header cell dating the table's figures: `’25. 5. 31. 기준`, `인원(5.31.현재)`
_DATED_CELL_RE = patterns.compile(rf"{AS_OF_DAY}\s*(?:기\s*준|현\s*재)")


def _dates_itself(rows: Sequence[Sequence[str]], basis: str | None, after: Block | None) -> bool:
    """Whether a table below a date's line prints a date of its own: beside its unit (`(5.31.기준, 단위: 명)`), in
    its header, or in the caption pandoc prints after it (`: 2025. 5. 31. 기준`). Then the line between it and the
    table above is that one's note, printed under it."""
    if basis and _AS_OF_WORD_RE.search(basis):
        return True
    if any(_DATED_CELL_RE.search(cell) for row in rows[:max(header_end(rows), 1)] for cell in row if cell):
        return True
    caption = _caption_after(clean_text(after.text)) if isinstance(after, Paragraph) else None
    return bool(caption and _AS_OF_WORD_RE.search(caption))


def _right_under(note: Block, table: Table) -> bool:
    """Whether a line is printed right under a table, on the line after its last row's."""
    return table.line is not None and note.line == table.row_line(len(table.rows) - 1) + 1


def _parted(note: Block, following: Block) -> bool:
    """Whether a blank line (or more) parts a line from the block printed after it."""
    return note.line is not None and following.line is not None and following.line > note.line + 1


def _caption_after(text: str) -> str | None:
    """What a paragraph right after a table captions it with, where it is pandoc's caption: `Table: …`, or `: …`
    printing a unit or a date it stands at (a line `: 이하 생략` is a line of the text); else None."""
    match = _CAPTION_AFTER_RE.match(text)
    if match is None:
        return None
    caption = match.group("caption")
    return caption if match.group("named") or unit_in(caption) or _AS_OF_WORD_RE.search(caption) else None


def _captioned(table: Table, caption: Paragraph) -> list[Block]:
    """A table and the caption pandoc prints after it (`: (단위: 천원) 2025. 5. 31. 기준`), read as a caption
    printed above it: its unit is the table's, its date alone the table's basis (as a date's line above is), and
    any other words a paragraph above the table that captions it (else its unit would go to the next table)."""
    units, text = _units_in(caption.text)
    unit, printed_basis = units[0] if units else (table.unit, None)
    date = _AS_OF_CAPTION_RE.match(text)
    basis = ", ".join(filter(None, (date.group(1).strip() if date else None, printed_basis, table.basis)))
    table = replace(table, unit=unit, basis=basis or None)
    return [table] if date or not text else [_replace_text(caption, text), table]


def _units_in(text: str) -> tuple[list[tuple[str, str | None]], str]:
    """Each unit a line prints with its basis (`unit_in`), left to right, and the line without them: one over each
    of the tables side by side below it."""
    units = []
    while (found := unit_in(text)) is not None:
        units.append(found[:2])
        text = found[2]
    return units, text


def _rows_merged_across(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A row printing one label in every cell, as docling and python-docx print a row merged across the table (a
    group's `토 지` over its rows, `일반회계` over a budget's lines), as the blanks other converters print: the label
    in its first cell (before, read as a figure column's cell, that column no longer one of figures: its sums went
    unchecked). A first row printing a caption's text so is no such row but the caption's line above the table, set
    there before (`_captions_out_of_first_rows`)."""
    return tuple(row[:1] + ("",) * (len(row) - 1) if len(row) > 1 and row[1] == row[0] and is_label(row[0])
                 and all(cell == row[0] for cell in row[2:]) else row for row in rows)


def _repeats_as_merged(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A header that prints a merged cell by repeating its label in every cell it covers (python-docx's
    `row.cells`, Excel's "unmerge and fill", docling) as the blanks other converters print: a label under the same
    label is merged down (`계` over `계`), and labels side by side alike over labels that differ are one merged
    across (`예 산 액` four times over `계 | 국비 | 시비 | 구비`), the lowest row first, so that a group's label
    repeated over its own repeated sub-labels is merged too (`일반직` six times over `행정` four times and `시설`
    twice, over grades: before, `일반직` was left over each grade it did not merge), each within the cells its
    label above spans (`행정` under `일반직` beside `행정` under `별정직` two labels: before, one across both). The
    header: the rows above the first with a figure, where there are two at least (and `MAX_HEADER_ROWS` at most);
    the body's cells stay as printed (a unit's name beside each of its projects)."""
    labels = tuple(filter(None, rows[0] + rows[1])) if len(rows) > 2 else ()
    if len(set(labels)) == len(labels):
        return rows  # most tables: no label printed twice in the first two rows
    if not _repeated_beside_or_under(rows[:MAX_HEADER_ROWS]):
        return rows  # a label printed again apart (`소 계` under `승 용` and under `화 물`): nothing to merge
    n_header = header_end(rows)
    if n_header < 2:
        return rows
    header = [list(rows[0])]
    for above, row in itertools.pairwise(rows[:n_header]):
        header.append(["" if cell == over and is_label(cell) else cell for cell, over in zip(row, above, strict=True)])
    for k in reversed(range(n_header - 1)):
        row, below, above = header[k], header[k + 1], rows[k - 1] if k else None
        start = 0
        while start < len(row):
            end = start + 1
            while end < len(row) and row[end] == row[start] and not (above and _parted_above(above, end)):
                end += 1
            labels = [label for label in below[start:end] if label]
            if end - start > 1 and is_label(row[start]) and len(set(labels)) == len(labels):
                row[start + 1:end] = [""] * (end - start - 1)
            start = end
    return tuple(map(tuple, header)) + rows[n_header:]


def _parted_above(above: Sequence[str], col: int) -> bool:
    """Whether the row above, as printed, parts a column from the one left of it: two labels that differ."""
    return above[col] != above[col - 1] and is_label(above[col]) and is_label(above[col - 1])


def _repeated_beside_or_under(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a label is printed again right beside it or right under it, as a merged cell's is where it is
    repeated (`예 산 액` four times): where none is in the rows a header may span, `_repeats_as_merged` merges
    nothing (and need not find where the header ends)."""
    beside = (cell == right and is_label(cell) for row in rows for cell, right in itertools.pairwise(row))
    under = (cell == below and is_label(cell) for above, row in itertools.pairwise(rows)
             for cell, below in zip(above, row, strict=True))
    return any(beside) or any(under)


def header_end(rows: Sequence[Sequence[str]]) -> int:
    """The rows above the first that prints a figure (`MAX_HEADER_ROWS` at most; else 0): a table's header. Counts
    printing their unit (`10명`) are figures where the rows print them alike (`headcounts_end_header`)."""
    for k, row in enumerate(rows[:MAX_HEADER_ROWS + 1]):
        below = rows[k + 1] if k + 1 < len(rows) else None
        if any(map(is_figure, row)) or headcounts_end_header(row, below, first=k == 0):
            return k
    return 0


def is_figure(cell: str) -> bool:
    """`1,000`, `40.0`, `△2`, `-`; a cell that starts with a letter is none (the pattern is not tried)."""
    return bool(cell) and not cell[:1].isalpha() and parse_decimal(cell) is not None


def is_label(cell: str) -> bool:
    """A cell of words (`예 산 액`, `2024년`), not a mark (`●`) or a blank."""
    return any(map(str.isalpha, cell))


def _grid_lines(line: int | None, offsets: tuple[int, ...] | None, first: int):
    """The line of the grid's first row (a blank or unit row may stand above it) and the other rows' offsets
    from it; None where every row is on the line after the one before."""
    if offsets is None:
        return (line + first if line else None), None
    start = offsets[first]
    offsets = tuple(offset - start for offset in offsets[first:])
    return (line + start if line else None), (None if offsets == tuple(range(len(offsets))) else offsets)


def _unit_from_first_row(rows) -> tuple[str | None, str | None, int]:
    """A converter may put `(단위: 천원)` in a row of its own at the top of the table: the unit, its basis
    and the first row of the grid proper."""
    first = " ".join(c for c in rows[0] if c)
    found = unit_in(first)
    if found and not found[2] and len(rows) > 1:
        return found[0], found[1], 1
    return None, None, 0


def _replace_text(block: Block, text: str) -> Block:
    if isinstance(block, Heading):
        return Heading(text, block.level, block.marker, block.line, block.page, block.apart)
    if isinstance(block, Bullet):
        return Bullet(text, block.depth, block.marker, block.line, block.page, block.apart)
    return Paragraph(text, block.line, block.page, block.apart)
