"""The report's outline: roman-numbered sections (`Ⅱ. 주요업무 추진실적`) and tables of contents."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.document import Block, Heading, Paragraph, Table
from pipeline.values import clean_text, compact

ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ", "VII": "Ⅶ", "VIII": "Ⅷ",
         "IX": "Ⅸ", "X": "Ⅹ"}
# a part's name starts with a word or with its year (`2025년 업무계획`, `2026 주요업무 계획`)
_NAME_START = r"(?:\p{Hangul}|(?:19|20)\d\d(?:\s*년|\s+(?=\p{Hangul}))|[’‘'`]\d\d\s*년)"
_SECTION_RE = regex.compile(
    rf"^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|Ⅶ|Ⅷ|Ⅸ|Ⅹ|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.．]?\s*({_NAME_START}[^\t]*?)$"
)
_SECTION_STARTS = frozenset("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX")
LEADER_RE = regex.compile(r"\s*(?:[.·…ㆍ]\s*){3,}\s*\d*\s*$|\s*…+\s*\d*\s*$")
_LEADER_CHARS = frozenset(".·…ㆍ")


def _has_leader(text: str) -> bool:
    """Dot leaders and a page number at the end (the pattern is tried only where a leader character is)."""
    return not _LEADER_CHARS.isdisjoint(text) and LEADER_RE.search(text) is not None


_GENERAL_WORDS = ("현황", "개요", "일반", "조직", "인력", "예산")
_PROJECT_WORDS = ("추진", "사업", "업무", "계획", "실적", "현안", "건의")


@dataclass(slots=True)
class Section:
    """A top-level part of the report; `label` such as `Ⅱ 주요업무 추진실적`, None for the cover."""

    label: str | None
    blocks: list[Block] = field(default_factory=list)

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
    if not isinstance(block, Heading | Paragraph):
        return None
    text = block.text.strip()
    match = _SECTION_RE.match(text) if text[:1] in _SECTION_STARTS else None
    if not match or _has_leader(block.text):
        return None
    numeral = ROMAN.get(match.group(1), match.group(1))
    return f"{numeral} {clean_text(match.group(2))}"


# Parts of a report numbered `1.`, `2.` rather than `Ⅰ`, `Ⅱ`: known by what they are called
_NUMBERED_SECTION_RE = regex.compile(rf"^(\d{{1,2}})\s*[.．]\s*({_NAME_START}[^\t]*?)$")
_SECTION_WORDS = ("일반현황", "추진실적", "추진상황", "업무계획", "주요업무", "중점사업", "신규사업", "현안", "건의")


def numbered_section_label(block: Block) -> str | None:
    """`2. 주요업무 추진실적` → `2 주요업무 추진실적`, for a report whose parts are numbered so; None for a
    numbered heading of anything else (`1. 조직`, `4. 예산현황`)."""
    if not isinstance(block, Heading | Paragraph) or not block.text[:1].isdigit() or _has_leader(block.text):
        return None
    match = _NUMBERED_SECTION_RE.match(block.text.strip())
    if not match or not any(word in compact(match.group(2)) for word in _SECTION_WORDS):
        return None
    return f"{match.group(1)} {clean_text(match.group(2))}"


def split_sections(blocks: list[Block]) -> list[Section]:
    """The report's parts at its roman numerals, or, where it prints none, at parts numbered `1.`, `2.`."""
    labels = [section_label(block) for block in blocks]
    if not any(labels):
        labels = [numbered_section_label(block) for block in blocks]
    sections = [Section(None)]
    for block, label in zip(blocks, labels, strict=True):
        if label:
            sections.append(Section(label))
        else:
            sections[-1].blocks.append(block)
    return sections


_PAGE_LABELS = {"쪽", "페이지", "면"}
_NUMBER_LABELS = {"연번", "순번", "번호"}


def is_contents_table(table: Table) -> bool:
    """A table of contents: 연번/사업명/쪽 columns, or rows that end in leaders and a page number."""
    header = {compact(c) for c in table.rows[0]}
    if header & _PAGE_LABELS or (header & _NUMBER_LABELS and any("사업명" in h for h in header)):
        return True
    return all(_has_leader(" ".join(c for c in row if c)) for row in table.rows)


_CONTENTS_NUMBER_RE = regex.compile(r"^(?:[①-⑳]|\d{1,2}\s*[.)]?)\s*")


def contents_line_title(block: Block) -> str | None:
    """The title a table of contents printed as lines lists (`① 제목 ········· 3`), without its number,
    leaders and page number; None for any other line."""
    if not isinstance(block, Heading | Paragraph) or not _has_leader(block.text):
        return None
    return clean_text(LEADER_RE.sub("", _CONTENTS_NUMBER_RE.sub("", block.text))) or None


def contents_titles(table: Table) -> list[str]:
    """The project titles a table of contents lists, in order, without leaders and page numbers."""
    titles = []
    header = [compact(c) for c in table.rows[0]]
    column = next((i for i, h in enumerate(header) if "사업명" in h or "제목" in h), None)
    team = next((i for i, h in enumerate(header) if h.endswith("팀") or "담당" in h), None)
    rows = table.rows[1:] if column is not None else table.rows
    for row in rows:
        if column is None:
            cells = [c for c in row if c and not regex.fullmatch(r"[①-⑳\d.]+", c)]
            text = cells[0] if cells else ""
        else:
            text = row[column]
        text = LEADER_RE.sub("", text).strip()
        if text and column is not None and team is not None and row[team].strip():
            text = f"{text} ({row[team].strip()})"  # the team column, as a title in the body names it
        if text:
            titles.append(clean_text(text))
    return titles
