"""The report's outline: roman-numbered sections (`Ⅱ. 주요업무 추진실적`) and tables of contents, a part's own
(at its start) or the document's (after the cover, the parts with their projects under each)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline import patterns
from pipeline.document import REPORT_PART_RE, Block, Bullet, Heading, Paragraph, Table
from pipeline.values import FOUR_DIGIT_YEAR, LETTERS, OTHER_CIRCLED, TEXT_CACHE, clean_text, compact

ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ", "VII": "Ⅶ", "VIII": "Ⅷ",
         "IX": "Ⅸ", "X": "Ⅹ"}
# a part's name starts with a word or with its year (`2025년 업무계획`, `2026 주요업무 계획`)
_NAME_START = rf"(?:\p{{Hangul}}|{FOUR_DIGIT_YEAR}(?:\s*년|\s+(?=\p{{Hangul}}))|[’‘'`]\d\d\s*년)"
# the numeral, and what parts it from the name: a full stop, none, or a hyphen, dash, bracket or colon (`Ⅲ- 2026년
# 주요업무 계획`, `Ⅱ) 주요업무`), after which the name must name a part (`_names_part`); not a sub-part's letter
# (`Ⅱ-가. 청사 관리`)
_SECTION_RE = patterns.compile(
    rf"^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|Ⅶ|Ⅷ|Ⅸ|Ⅹ|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*(?:[.．]|([-–—):])(?!\s*[{LETTERS}]\s*[.)]))?"
    rf"\s*({_NAME_START}[^\t]*?)$"
)
_SECTION_STARTS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX")
LEADER_RE = patterns.compile(r"\s*(?:[.·…ㆍ]\s*){3,}\s*\d*\s*$|\s*…+\s*\d*\s*$")
_PAGED_LEADER_RE = patterns.compile(r"(?:[.·…ㆍ]\s*){3,}\s*\d+\s*$|…+\s*\d+\s*$")  # leaders and a page number
LEADER_CHARS = frozenset(".·…ㆍ")  # what a line's leaders are printed with


@functools.lru_cache(maxsize=TEXT_CACHE)  # a line is asked again: for its section, then as a contents line
def _has_leader(text: str) -> bool:
    """Dot leaders and a page number at the end. The pattern is tried only where a leader character ends the
    text before its page number: most lines hold a `.` or `·` (dates, interpuncts), few end in one."""
    end = text.rstrip()
    k = len(end)
    while k and end[k - 1].isdecimal():  # the page number, as the pattern's `\d` takes it (full-width too)
        k -= 1
    return end[:k].rstrip()[-1:] in LEADER_CHARS and LEADER_RE.search(text) is not None


# the blocks a line of text is printed as, a bullet aside; and every block of text. Each union made once: `Heading |
# Paragraph` in a function makes a new one at each call, and these are asked of every block
LINE_BLOCKS = Heading | Paragraph
TEXT_BLOCKS = Heading | Paragraph | Bullet

_GENERAL_WORDS = ("현황", "개요", "일반", "조직", "인력", "예산")
_PROJECT_WORDS = ("추진", "사업", "업무", "계획", "실적", "현안", "건의")


@dataclass(slots=True)
class Section:
    """A top-level part of the report; `label` such as `Ⅱ 주요업무 추진실적`, None for the cover."""

    label: str | None
    blocks: list[Block] = field(default_factory=list)
    document_contents: DocumentContents | None = None

    def listed(self) -> list[str]:
        """The project titles the document's table of contents lists under this part, in order."""
        return self.document_contents.titles(self.label) if self.document_contents is not None and self.label else []

    @property
    def is_general(self) -> bool:
        """The 일반현황 part (organisation, staffing, facilities, budget) rather than projects, however a
        department names it (`부서 현황`, `조직 및 예산 현황`, `일반사항`, `부서 개요`): a part that says what it
        describes and nothing of work done or planned (`주요업무 추진현황` is projects)."""
        if self.label is None:
            return True
        label = compact(self.label)
        return any(word in label for word in _GENERAL_WORDS) and not any(word in label for word in _PROJECT_WORDS)


def section_label(block: Block) -> str | None:
    """`Ⅱ . 주요업무 추진실적` → `Ⅱ 주요업무 추진실적`; None for anything else (TOC lines included)."""
    if not isinstance(block, LINE_BLOCKS):
        return None
    text = block.text.strip()
    label = _roman_label(text) if text[:1] in _SECTION_STARTS else None
    return label if label and not _has_leader(block.text) else None


def _roman_label(text: str) -> str | None:
    """`Ⅱ. 주요업무 추진실적` → `Ⅱ 주요업무 추진실적`; so too after a hyphen, dash, bracket or colon (`Ⅲ - 2026년
    주요업무 계획`), where the name says what a part is (`_names_part`: not `Ⅱ - 승강기 교체 완료`)."""
    match = _SECTION_RE.match(text) if text[:1] in _SECTION_STARTS else None
    if not match or match.group(2) and not _names_part(match.group(3)):
        return None
    return f"{ROMAN.get(match.group(1), match.group(1))} {clean_text(match.group(3))}"


def _names_part(name: str) -> bool:
    """Whether a name says what a part of the report is: what it describes (`일반현황`) or work done or planned
    (`주요업무 추진실적`)."""
    name = compact(name)
    return any(word in name for word in (*_GENERAL_WORDS, *_PROJECT_WORDS))


# Parts of a report numbered `1.`, `2.` rather than `Ⅰ`, `Ⅱ`: known by what they are called
_NUMBERED_SECTION_RE = patterns.compile(rf"^(\d{{1,2}})\s*[.．]\s*({_NAME_START}[^\t]*?)$")
_SECTION_WORDS = ("일반현황", "추진실적", "추진상황", "업무계획", "주요업무", "중점사업", "신규사업", "현안", "건의")


def numbered_section_label(block: Block) -> str | None:
    """`2. 주요업무 추진실적` → `2 주요업무 추진실적`, for a report whose parts are numbered so; None for a
    numbered heading of anything else (`1. 조직`, `4. 예산현황`)."""
    if not isinstance(block, LINE_BLOCKS) or not block.text[:1].isdigit() or _has_leader(block.text):
        return None
    return _numbered_label(block.text.strip())


def _numbered_label(text: str) -> str | None:
    match = _NUMBERED_SECTION_RE.match(text)
    if not match or not any(word in compact(match.group(2)) for word in _SECTION_WORDS):
        return None
    return f"{match.group(1)} {clean_text(match.group(2))}"


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# each of the other circled digits: its family (by its first) and number; one look-up a bullet's mark
_OTHER_CIRCLED_NUMBERS = {mark: (family[0], number) for family in OTHER_CIRCLED
                          for number, mark in enumerate(family, start=1)}


# (family, number) of a mark that is one of the other circled digits (`❷` → ('❶', 2)); None for any other: the
# dict's own look-up, with no call of a function of Python's around it (every bullet of a project part is asked)
other_circled = _OTHER_CIRCLED_NUMBERS.get
# the number cell of a title box: `1`, `1.`, `①`, `Ⅱ`, `가`
_BOX_NUMBER_RE = patterns.compile(rf"^(?:\d{{1,2}}|[{CIRCLED}]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[{LETTERS}])\s*[.)]?$")
# a team cell after a box's title cell (`녹지조성팀`, `(녹지조성팀)`), which a title names in brackets
_BOX_TEAM_RE = patterns.compile(r"^[(\[]?\s*(\p{Hangul}[\p{Hangul}\d ]{0,11}팀)\s*[)\]]?$")
_HANGUL_RE = patterns.compile(r"\p{Hangul}")
# a title cell printing its number (`1  공공근로 사업`, `① 불법 주·정차 단속`), beside a team cell
_NUMBERED_TITLE_RE = patterns.compile(rf"^(?:\d{{1,2}}\s*[.)]?\s|[{CIRCLED}])\s*\S*\p{{Hangul}}")


def box_line(table: Table) -> Heading | None:
    """The line a box prints, as HWP templates shade a title or heading: a table of one row, of one cell (`① 제목
    (팀)`, `1. 제목`), or of a number cell and a cell naming something (`① | 제목`, `2 | 인 력`, in a PDF the number
    shaded), perhaps a team cell after (`1 | 제목 | 녹지조성팀`), or of a numbered title and a team (`1 제목 |
    녹지조성팀`); a circled number is the heading's mark, as on a line. None for any other table. Whether the line
    is a title or heading is the reader of the part's to say: `| 계 | 12 |` is none of these, and a box among a
    project's achievements is no title."""
    if len(table.rows) != 1:
        return None
    text = _box_text([clean_text(cell) for cell in table.rows[0]])
    if text is None:
        return None
    if text[:1] in CIRCLED:
        return Heading(text[1:].lstrip(), 0, text[0], table.line, table.page)
    return Heading(text, 0, "", table.line, table.page)


def _box_text(cells: list[str]) -> str | None:
    """The line a box's cells print: its one cell, or its number and title, the team cell after in brackets (the
    number in the title's cell too: `1 제목 | 팀`)."""
    if len(cells) == 1:
        return cells[0]
    if len(cells) == 2 and (team := _BOX_TEAM_RE.match(cells[1])) and _NUMBERED_TITLE_RE.match(cells[0]):
        return f"{cells[0]} ({team.group(1)})"
    team = _BOX_TEAM_RE.match(cells[2]) if len(cells) == 3 else None
    if len(cells) != 2 and team is None or not _BOX_NUMBER_RE.match(cells[0]) or not _HANGUL_RE.search(cells[1]):
        return None
    number = f"{cells[0]}." if cells[0] in LETTERS else cells[0]  # `가 제목` numbers nothing, `가. 제목` does
    return f"{number} {cells[1]} ({team.group(1)})" if team else f"{number} {cells[1]}"


def split_sections(blocks: list[Block]) -> list[Section]:
    """The report's parts at its roman numerals, or, where it prints none, at parts numbered `1.`, `2.`; a part's
    heading may be printed in a box (`Ⅱ | 주요업무 추진실적`)."""
    lines = [box_line(block) if isinstance(block, Table) else block for block in blocks]  # a box as its line
    # each part's label by where it is printed; only a line starting with a numeral is asked (most start with a word)
    labels = {k: label for k, line in enumerate(lines) if line is not None
              and line.text.lstrip()[:1] in _SECTION_STARTS and (label := section_label(line))}
    part_label = _roman_label
    if not labels:
        labels = {k: label for k, line in enumerate(lines) if (label := numbered_section_label(line))}
        part_label = _PrintedPart({compact(label) for label in labels.values()})
    if not labels:
        labels = _unnumbered_part_labels(lines) or _standing_part_labels(blocks)
        part_label = _PrintedPart({compact(label) for label in labels.values()}, _unnumbered_label)
    starts = list(labels)
    ends = [*starts, len(blocks)]  # each part's blocks end where the next part's label is printed
    sections = [Section(None, blocks[:ends[0]])]
    sections += [Section(labels[k], blocks[k + 1:end]) for k, end in zip(starts, ends[1:], strict=True)]
    document_contents = DocumentContents(sections[0].blocks, part_label)
    for section in sections:
        section.document_contents = document_contents
    return sections


def _unnumbered_label(text: str) -> str | None:
    """`주요업무 추진실적` → itself, where a line is a part's name alone; None for anything else."""
    return clean_text(text) if REPORT_PART_RE.match(compact(text)) else None


def _unnumbered_part_labels(lines: list) -> dict[int, str]:
    """The parts of a report that numbers them in no printed numeral, as markitdown prints a Word file whose
    headings Word numbers itself (`# 일반현황`, `# 주요업무 추진실적`: the numbering is the style's, not the text's):
    markdown headings naming a part alone, at the level of the first."""
    heads = {k: (line.level, label) for k, line in enumerate(lines) if isinstance(line, Heading) and line.level
             and not line.marker and (label := _unnumbered_label(line.text))}
    level = next(iter(heads.values()), (0, ""))[0]
    return {k: label for k, (found, label) in heads.items() if found == level}


def _standing_part_labels(blocks: list[Block]) -> dict[int, str]:
    """The parts of a plain text or PDF that numbers them in no printed numeral, as Word's or Hancom's save-as-text
    prints a heading whose numbering is the style's (`일반현황`, `주요업무 추진실적`): a line of a part's name alone
    standing as a heading, a paragraph of its own with a blank line above and below it (`_standing`), or a heading
    the reader read it as (centred, or first on its page: `read_text`'s `_part_headings`); not a part's name in
    running text, nor a list of contents' line (its lines one under another). Where a contents list stands them
    apart too, each name is printed twice: the parts start at the first part's name printed last."""
    labels = {k: label for k, block in enumerate(blocks)
              if (isinstance(block, Paragraph) and _standing(blocks, k)
                  or isinstance(block, Heading) and not block.level and not block.marker)
              and (label := _unnumbered_label(block.text))}
    first = compact(next(iter(labels.values()), ""))
    start = max((k for k, label in labels.items() if compact(label) == first), default=0)
    return {k: label for k, label in labels.items() if k >= start}


def _standing(blocks: list[Block], k: int) -> bool:
    """Whether a line has a blank line above it and below it, or the text's start or end: the block before ends (a
    table at its last row) two lines above it or more, the block after starts two lines below it or more. A PDF's
    paragraph (its blocks print no lines) stands so where it is a paragraph of its own: its reader starts one only
    at a paragraph's space above it or a line that cannot go on from the one above, and ends it so."""
    line = blocks[k].line
    if line is None:
        return blocks[k].page is not None
    before = blocks[k - 1] if k else None
    after = blocks[k + 1] if k + 1 < len(blocks) else None
    ends = before.row_line(len(before.rows) - 1) if isinstance(before, Table) else before and before.line
    return (ends is None or ends < line - 1) and (after is None or after.line is None or after.line > line + 1)


class _PrintedPart:
    """A numbered part's label in the document's contents (or an unnumbered one's, `주요업무 추진실적`), only where
    the body prints that part: a project listed under one is numbered as the parts are, and its title may name a
    part's word (`1. 구민 건의사항 처리 ···· 3` under `2. 주요업무 추진실적`)."""

    __slots__ = ("_printed", "_label")

    def __init__(self, printed: set[str], label: Callable[[str], str | None] = _numbered_label):
        self._printed, self._label = printed, label

    def __call__(self, text: str) -> str | None:
        label = self._label(text)
        return label if label and compact(label) in self._printed else None


def _part_number(label: str) -> str:
    """`Ⅱ` of `Ⅱ 주요업무 추진실적`: what a part is known by in the contents, which may name it otherwise."""
    return label.partition(" ")[0]


class DocumentContents:
    """The table of contents a document prints before its first part, read when a part first asks for its
    titles: most reports' bodies print every title, and then it is not read at all."""

    __slots__ = ("_cover", "_part_label", "_listed")

    def __init__(self, cover: list[Block], part_label: Callable[[str], str | None]):
        self._cover, self._part_label = cover, part_label
        self._listed: dict[str, list[str]] | None = None

    def titles(self, label: str) -> list[str]:
        if self._listed is None:
            self._listed = _document_contents(self._cover, self._part_label)
        return self._listed.get(_part_number(label), [])


def _document_contents(cover: list[Block], part_label: Callable[[str], str | None]) -> dict[str, list[str]]:
    """The project titles a table of contents before the first part lists under each part (by its number),
    in order: its lines (`Ⅱ. 주요업무 추진실적 ····· 3` over `① 제목 ····· 3`) or its table's rows. Titles
    listed under no part are left out: which part they are of is not printed."""
    listed: dict[str, list[str]] = {}
    part = None
    for lead, entry in (pair for block in cover for pair in _leads_and_entries(block)):
        if label := part_label(lead):
            part = _part_number(label)
        elif part is not None and (title := _entry_title(entry)):
            listed.setdefault(part, []).append(title)
    return listed


def _leads_and_entries(block: Block) -> Iterator[tuple[str, str]]:
    """Each entry a table of contents' line or table lists, with where its line or row would name a part."""
    if isinstance(block, Table):
        if is_contents_table(block):
            yield from ((_row_lead(row), entry) for row, entry in _table_entries(block))
    elif line := _contents_line(block):
        yield line, line


_PAGE_LABELS = {"쪽", "페이지", "면"}
_NUMBER_LABELS = {"연번", "순번", "번호"}


def is_contents_table(table: Table) -> bool:
    """A table of contents: 연번/사업명/쪽 columns, rows that end in leaders and a page number, or rows that end
    in a page number of its own cell (leaders a converter printed as a tab: `Ⅱ. 주요업무 추진실적 <tab> 3`),
    the pages in order, one naming a part."""
    header = {compact(c) for c in table.rows[0]}
    if header & _PAGE_LABELS or (header & _NUMBER_LABELS and any("사업명" in h for h in header)):
        return True
    if all(_has_leader(" ".join(c for c in row if c)) for row in table.rows):
        return True
    pages = []
    for row in table.rows:  # each row's page, read only until a row ends in none (most tables' first)
        page = next((c.strip() for c in reversed(row) if c.strip()), "")
        if not (page.isdecimal() and len(page) <= 3):
            return False
        pages.append(page)
    leads = (_row_lead(row) for row in table.rows)
    return pages == sorted(pages, key=int) and any(_roman_label(lead) or _numbered_label(lead) for lead in leads)


# the number an entry is listed with: `①`, `1.`, `1)`, `1 `, not the start of a title such as `2025 구민의 날`
_CONTENTS_NUMBER_RE = patterns.compile(r"^(?:[①-⑳]|\d{1,2}(?:\s*[.)]|(?=\s)))\s*")
_NUMBER_CELL_RE = patterns.compile(r"[①-⑳\d.]+")
_NUMBER_STARTS = frozenset("0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _entry_title(entry: str) -> str | None:
    """The title of a contents entry printed without leaders and page number, without its number."""
    return clean_text(_CONTENTS_NUMBER_RE.sub("", entry) if entry[:1] in _NUMBER_STARTS else entry) or None


def _contents_line(block: Block) -> str | None:
    """A line of a table of contents without its leaders and page number: a heading or paragraph that ends in
    leaders, or a bullet that ends in leaders and a page number (`1) 제목 ····· 3`, its mark numbering it),
    which an item does not; None for any other block."""
    if isinstance(block, LINE_BLOCKS):
        return LEADER_RE.sub("", block.text).strip() if _has_leader(block.text) else None
    if isinstance(block, Bullet) and block.text[-1:].isdigit() and _PAGED_LEADER_RE.search(block.text):
        return LEADER_RE.sub("", block.text).strip()
    return None


def contents_line_title(block: Block) -> str | None:
    """The title a table of contents printed as lines lists (`① 제목 ········· 3`), without its number,
    leaders and page number; None for any other line."""
    line = _contents_line(block)
    return _entry_title(line) if line else None


def contents_titles(table: Table) -> list[str]:
    """The project titles a table of contents lists, in order, without numbers, leaders and page numbers."""
    return [title for _, entry in _table_entries(table) if (title := _entry_title(entry))]


def _table_entries(table: Table) -> list[tuple[tuple[str, ...], str]]:
    """Each row of a table of contents with its entry, without leaders and page number: its title column
    (`사업명`, `제목`) with its team (`담당팀`) in brackets, as a title in the body names it; in a table without
    one, its lead (the first cell that is more than a number)."""
    header = [compact(c) for c in table.rows[0]]
    column = next((i for i, h in enumerate(header) if "사업명" in h or "제목" in h), None)
    team = next((i for i, h in enumerate(header) if h.endswith("팀") or "담당" in h), None)
    headed = column is not None or not set(header).isdisjoint(_PAGE_LABELS | _NUMBER_LABELS)
    entries = []
    for row in table.rows[1:] if headed else table.rows:
        if column is None:
            entries.append((row, _row_lead(row)))
            continue
        text = LEADER_RE.sub("", row[column]).strip()
        if text and team is not None and row[team].strip():
            text = f"{text} ({row[team].strip()})"  # the team column, as a title in the body names it
        entries.append((row, text))
    return entries


def _row_lead(row: tuple[str, ...]) -> str:
    """A contents row's first cell that is more than a number, without leaders: where the document's
    contents names a part (`Ⅱ. 주요업무 추진실적`), its title column left blank."""
    return LEADER_RE.sub("", next((c for c in row if c and not _NUMBER_CELL_RE.fullmatch(c)), "")).strip()
