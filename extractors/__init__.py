"""Recognise what each block of a document is and turn it into typed records.

Each kind of table has a module with `matches(grid, ctx)` and `extract(grid, ctx, out)`; the first
that matches takes the table, and the generic one takes whatever is left, so nothing printed is lost.
"""

from __future__ import annotations

import datetime as dt

from extractors import budget, generic, staffing, stated_vehicles, vehicle_list, vehicles
from extractors.context import Collected, Grid, TableContext, as_of_in, source_of
from extractors.document_info import extract_document_info, is_cover_fields, is_cover_line
from extractors.projects import bare_teams_named_elsewhere, extract_projects, read_stated_budgets
from extractors.sections import LINE_BLOCKS, TEXT_BLOCKS, box_line, is_contents_table, split_sections
from extractors.unreadable import unreadable_amounts, unreadable_figures
from pipeline import patterns
from pipeline.document import BOX_MARKS, Block, Bullet, Document, Heading, Paragraph, Table, is_as_of_line
from pipeline.errors import ReportError
from schemas import GeneralText, GeneralTextPart, Report, VehicleFleet

# `총 12대 (정수 12대)`, `12대`, a fleet's count after what it counts (`보유 12대 (정수 12대)`, `정수 12대, 현원 12대`),
# or in brackets on a line of its own: `(총 12대)`, `( 총 12대 )`, `[총 12대]`, `(보유 12대)`
_COUNT_FIRST_RE = patterns.compile(rf"[(（\[［【〔]?\s*(?:(?:총|계)?\s*[\d,]+\s*(?:대|명|개소|개|건)"
                                   rf"|(?:{vehicles.HEADER_COUNT_WORDS})\s*[:：]?\s*[\d,]+\s*대)")
# a line wholly in brackets (`(전기차 2대 포함)`), what it says inside them
_BRACKETED_RE = patterns.compile(r"^\s*[(（\[［【〔]\s*(.*?)\s*[)）\]］】〕]\s*$")
# a note's marks: `※ 2025. 5. 31. 기준`, `* 친환경차 2대 포함` (and `＊`, read as `*`), but also a sub-caption's:
# `※ 임차차량 현황`
_NOTE_MARKS = frozenset("※*")
# a `※` line that names a table: `※ 전기차 충전시설 현황`, `※ 임차차량 목록 (5. 31. 기준)`
_NAMES_TABLE_RE = patterns.compile(r"(?:현황|목록|내역|명세)\s*(?:\([^()]*\))?$")
# a `※` line that remarks: a figure (`※ 2025. 5. 31. 기준`, `※ 친환경차 2대 포함`) or a sentence's end (`… 예정임.`)
_REMARK_RE = patterns.compile(r"\d|(?:[.다음함임됨요]|기준|현재|포함|제외|별도|예정|참고|철저)$")
# a general part's heading as a box prints it: numbered, naming no figure (`2 인 력`, `3. 주요시설 및 장비`)
_BOX_HEADING_RE = patterns.compile(r"^\d{1,2}\s*[.)]?\s*\p{Hangul}\D*$")


def _is_box_heading(text: str) -> bool:
    """`_BOX_HEADING_RE`, tried only on a text that starts with a digit, as its pattern does: every paragraph and
    heading of a report is asked, and most start with a word."""
    return text[:1].isdecimal() and _BOX_HEADING_RE.match(text) is not None


def _starts_section(block: Heading | Paragraph | Bullet) -> bool:
    """Whether a line is the title of a section of the general part: a heading but a `□` sub-heading (`## 3 차 량`,
    one under it), or a numbered title printed as a paragraph (`3 차 량`)."""
    if isinstance(block, Heading):
        return block.marker not in BOX_MARKS
    return isinstance(block, Paragraph) and _is_box_heading(block.text)


TABLE_EXTRACTORS = (  # vehicles before staffing: a fleet's `정 수 | 현 원 | 과부족` are a staffing table's words too
    (vehicle_list.matches, vehicle_list.extract),
    (vehicles.matches, vehicles.extract),
    (staffing.matches, staffing.extract),
    (budget.matches_project_budget, budget.extract_project_budget),
    (budget.matches_unit_budget, budget.extract_unit_budget),
    (generic.matches, generic.extract),
)


def extract_report(doc: Document) -> Report:
    sections = split_sections(doc.blocks)
    info = extract_document_info(doc, sections)
    out = Collected()
    projects = []

    def handle_table(table: Table, ctx: TableContext) -> None:
        grid = Grid(table)  # what the matchers and the extractor work out of the grid, worked out once
        out.unreadable_figures += unreadable_figures(grid, ctx)
        for matches, extract in TABLE_EXTRACTORS:
            if matches(grid, ctx):
                extract(grid, ctx, out)
                return

    general_text = []
    stated = staffing.StatedLines(info.year)  # the staffing lines state (`2. 인 력 : 정원 39명 / 현원 37명`)
    stated_fleets = []  # the fleets lines state with no table (`3. 차량 현황 : 총 2대 (승용 1, 승합 1)`)
    for section in sections:
        if section.is_general:
            caption = title = caption_source = heading = None  # heading: the one a count line goes on from
            heads_a_table = False  # whether the caption heads a table read already (a note below it may name the next)
            blocks = _general_blocks(section)
            part_as_of = stated.part_as_of = general_part_date(section.label, blocks, info.year)
            budget_titles = [isinstance(block, LINE_BLOCKS) and budget.titles_budget(block.text)
                             for block in blocks]
            budget_titled = any(budget_titles)
            in_budget_part = False  # under the budget's title (`4 예산현황`), up to the next numbered title
            # the date printed under the title of the section being read: on a line of its own right under it
            # (`2 인 력` over `(2026. 10. 31. 기준)`), or over a table's unit (`Table.section_as_of`)
            section_as_of = None
            staff_as_of = None  # the date over the section's first table, a staffing table right under its title
            under_title = False  # whether the last block read is a section's title
            for block, titles_budget in zip(blocks, budget_titles, strict=True):
                if isinstance(block, Table):
                    stated.end()
                    tops_section, staff_read = under_title, len(out.staffing)
                    section_as_of, under_title = block.section_as_of or section_as_of, False
                    if not is_contents_table(block) and not (section.label is None and (
                            is_cover_fields(block) or is_cover_line(block))):
                        handle_table(block, TableContext(caption, section.label, info.year, title=title,
                                                         department=info.department, caption_source=caption_source,
                                                         heading=heading,
                                                         budget_titled_elsewhere=budget_titled
                                                         and not in_budget_part, part_as_of=part_as_of,
                                                         section_as_of=section_as_of, staff_as_of=staff_as_of))
                        heads_a_table = True
                        if tops_section and len(out.staffing) > staff_read:
                            staff_as_of = as_of_in(block.basis or "", info.year)
                elif isinstance(block, TEXT_BLOCKS):  # `○ 관용차량(총 12대)` heads a table too
                    if titles_budget or isinstance(block, LINE_BLOCKS) and _is_box_heading(block.text):
                        in_budget_part = titles_budget
                    starts_section = _starts_section(block)
                    if under_title and is_as_of_line(block):
                        section_as_of = block.text
                    elif starts_section:
                        section_as_of = None
                    if starts_section:
                        staff_as_of = None
                    under_title = starts_section
                    stated.read(block, caption)
                    title = _title(title, caption, block)
                    if (fleet := stated_vehicles.stated_fleet(block, heading or caption, info.year,
                                                               part_as_of)) is not None:
                        stated_fleets.append(fleet)
                    if (captioned := _caption(caption, heading, block, heads_a_table)) is not None:
                        (caption, heading), caption_source, heads_a_table = captioned, source_of(block), False
            stated.end()
            if section.label:  # the cover's text is the document's own
                general_text += _general_text(section.label, blocks)
        else:
            projects.extend(extract_projects(section, info.year, handle_table))
    out.vehicles += _fleets_with_no_table(stated_fleets, out.vehicles)
    read_stated_budgets(projects, info.year, out.budget)  # once every table is read: a unit may be a later one's
    bare_teams_named_elsewhere(projects, {count.office for count in out.staffing if count.office})
    # a table is the more detailed: where one is printed, the lines are no second staffing, only compared with it
    staffing_counts, stated_staffing = (out.staffing, stated.counts) if out.staffing else (stated.counts, [])
    staffing.name_classes(out.staffing + stated.counts)
    report = Report(path=doc.path, format=doc.format, document=info, staffing=staffing_counts,
                    stated_staffing=stated_staffing,
                    vehicles=out.vehicles, budget=out.budget, projects=projects, tables=out.tables,
                    general_text=general_text, nul_lines=doc.nul_lines, left_out_tables=doc.left_out_tables,
                    unread_tables=doc.unread_tables, unread_word_tables=doc.unread_word_tables,
                    unplaced_groups=doc.unplaced_groups,
                    unreadable_figures=out.unreadable_figures + unreadable_amounts(projects))
    if not _recognisable(report, sections):
        raise ReportError(doc.path, "not a work report: no title, council session, numbered section or known table")
    return report


def _fleets_with_no_table(stated: list[VehicleFleet], read: list[VehicleFleet]) -> list[VehicleFleet]:
    """The fleets lines state that head no table read as a fleet: a line over a fleet's table is its heading, its
    `총N대` checked against the table's, no second fleet."""
    headings = {fleet.heading_source for fleet in read}
    return [fleet for fleet in stated if fleet.heading_source not in headings]


def _general_blocks(section) -> list[Block]:
    """The general part's blocks, a heading printed in a box (`2 | 인 력`, the number shaded) as the heading it
    is, so that the table below is captioned by it; a box that is not a numbered heading (`| 계 | 12 |`, a note)
    stays a table."""
    return [heading if isinstance(block, Table) and (heading := box_line(block)) is not None
            and not heading.marker and _is_box_heading(heading.text) else block
            for block in section.blocks]


def general_part_date(label: str | None, blocks: list[Block], year: int | None) -> dt.date | None:
    """The date a report states for its whole general part, which its tables and staffing lines stand at where
    they print none of their own: at the part's title (`Ⅰ. 일반현황 (2025. 5. 31. 기준)`) or on a line of a date
    alone right under it, before its first heading or table (`Ⅰ. 일반현황` over `(5.31.기준)` or `※ 2025. 5. 31.
    기준`). None where it states none (most reports date each table apart, or the budget's 집행액 alone)."""
    if label and (date := as_of_in(label, year, in_heading=True)):
        return date
    first = blocks[0] if blocks else None
    return as_of_in(first.text, year) if isinstance(first, TEXT_BLOCKS) and is_as_of_line(first) else None


def _caption(above: str | None, heading: str | None, block: Heading | Paragraph | Bullet,
             heads_a_table: bool) -> tuple[str, str | None] | None:
    """What a table below the block is captioned by, and the heading that caption goes on from (None where it is
    the block's own text): the block's text, but a bullet or paragraph that only counts what the text above it names
    (`□ 공용차량 현황` over `○ 총 12대 (정수 12대)`, `○ 보유 12대`, or `(총 12대)`, `(정수 12대, 보유 12대)` in
    brackets, or after the words of what it counts, `(공용차량 12대)`, `(관용 10대, 임차 2대)`, `관용 10대, 임차 2대`)
    goes on from that text, or, below a table that text heads already (`heads_a_table`), from the heading that text
    goes on from (the count is the next table's); and a note (`※ 친환경차 2대 포함`, `* 2025. 5. 31. 기준`, `※ 잠정치`,
    or `(전기차 2대 포함)` in brackets) leaves it as it is (None): the heading above still names the table. A `※`
    line that names a table (`※ 임차차량 현황`, or a plain `※ 임차차량` below a table the heading above already
    heads) is no note but that table's caption."""
    if (above and isinstance(block, Bullet) and block.marker in _NOTE_MARKS
            and not _names_table(block.text, heads_a_table)):
        return None
    if above and not isinstance(block, Heading):
        if _COUNT_FIRST_RE.match(block.text) or vehicles.counts_the_fleet(block.text, heading or above):
            heading = heading or above
            return f"{heading if heads_a_table else above} {block.text}", heading
        if (bracketed := _BRACKETED_RE.match(block.text)) is not None and _remarks(bracketed.group(1)):
            return None
    return block.text, None


def _names_table(text: str, heads_a_table: bool) -> bool:
    """Whether a `※` line names what the table below lists: it ends in `현황`/`목록`/`내역`, or, below a table the
    heading above heads already (the next is another's), it says a thing (`※ 임차차량`) and remarks nothing (`※
    2025. 5. 31. 기준`, `※ 친환경차 2대 포함`, a sentence). Right under the heading, a line of a few words that names no
    table (`※ 잠정치`, `※ 괄호는 여성`) is a note on the table the heading captions."""
    text = text.strip()
    return _NAMES_TABLE_RE.search(text) is not None or heads_a_table and _REMARK_RE.search(text) is None


def _remarks(text: str) -> bool:
    """Whether a line in brackets under a heading is a note on the table, as a `※` line that remarks is
    (`(전기차 2대 포함)`, `(2025. 5. 31. 기준)`), not the caption of one (`[임차차량 현황]`)."""
    return _REMARK_RE.search(text) is not None and _NAMES_TABLE_RE.search(text) is None


def _title(title: str | None, above: str | None, block: Heading | Paragraph | Bullet) -> str | None:
    """The title a run of `□` sub-headings, and the bullets under them, sit under: the text above the run's first
    (`2. 인력 현황` over `□ 공무원` and `□ 공무직 등`), empty where there is none; None outside such a run, which
    any other heading or paragraph ends."""
    if isinstance(block, Bullet):
        return title
    if isinstance(block, Heading) and block.marker in BOX_MARKS:
        return title if title is not None else above or ""
    return None


def _general_text(label: str, blocks: list[Block]) -> list[GeneralText]:
    """The general part's text outside its tables (its blocks as `_general_blocks` gives them), as one line made
    of its headings and paragraphs, each where it is printed."""
    parts = [GeneralTextPart(text=block.text, source=source_of(block)) for block in blocks
             if isinstance(block, TEXT_BLOCKS)]
    return [GeneralText(section=label, parts=parts, source=parts[0].source)] if parts else []


def _recognisable(report: Report, sections) -> bool:
    doc = report.document
    return bool(doc.title or doc.council_session or len(sections) > 1 or report.staffing or report.vehicles
                or report.budget or report.projects)
