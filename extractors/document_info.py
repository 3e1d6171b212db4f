"""The cover and organisation lines: department, year, title, council session and its dates, teams."""

from __future__ import annotations

from pathlib import PurePath

import regex

from extractors.context import source_of
from pipeline.document import Document, Heading, Paragraph, Table
from pipeline.values import clean_text, compact, parse_date_range
from schemas import DocumentInfo

_SESSION_RE = regex.compile(r"제\s*(\d+)\s*회\s*(?:[\p{Hangul}\s]*?)(?:제\s*\d+\s*차\s*)?(?:정례회|임시회)")
# `2025년 주요업무 보고`, `2025년도 주요업무보고`, `2025 주요업무 추진실적 보고`, `’25년 업무보고`, and up to
# three words between (`2024년도 행정사무감사 업무보고`, `2025년 제1차 정례회 주요업무보고`, `2025년 상반기 …`)
_TITLE_RE = regex.compile(
    r"(?:((?:19|20)\d\d)|[’‘'`](\d\d))\s*(?:년\s*(?:도\s*)?)?(?:[\p{Hangul}\d·]+\s+){0,3}?(?:주\s*요\s*)?업\s*무\s*"
    r"(?:추\s*진\s*(?:실\s*적|상\s*황)(?:\s*보\s*고)?|보\s*고|계\s*획)"
)
# `( 5 )개팀`, `4개팀`; without 개 only where 조직 or a department comes before (`조직 : 3팀`, `총무과 - 3팀`),
# not a team's name (`민원1팀`)
_TEAMS_RE = regex.compile(r"\(\s*(\d+)\s*\)\s*개\s*팀|(\d+)\s*개\s*팀|(?:조\s*직|과)\s*[:：\-]?\s*(\d+)\s*팀")
_DEPARTMENT_RE = regex.compile(r"^[\p{Hangul}·]{1,14}(?:과|국|실|소|단|관|센터|사업소|보건소|담당관|위원회)$")
_BUREAU_RE = regex.compile(r"^[\p{Hangul}·]{2,14}(?:국|실|본부)$")  # `행정지원국 총무과`: the 과 is the department
_NAME_SPLIT_RE = regex.compile(r"[\s_\-.,()\[\]]+")
_NAME_YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)|(?<![\d.])[’‘'`]?(\d\d)\s*년")  # `2025`, `’24년`
_NOT_DEPARTMENTS = ("결과", "성과", "효과", "통과", "부과")  # words of a file's name that only end like one
_YEAR_LINE_RE = regex.compile(r"^\s*(?:(?:19|20)\d\d|[’‘'`]\d\d)\s*(?:년\s*(?:도)?)?\s*$")  # `2025년도` alone
_COVER_BLOCKS = 40  # the cover and table of contents come first; no need to read further for them


def extract_document_info(doc: Document) -> DocumentInfo:
    info: dict = {}
    first_source = None
    cover = [block for block in doc.blocks[:_COVER_BLOCKS] if not isinstance(block, Table)]
    for k, block in enumerate(cover):
        text = block.text
        if "council_session" not in info and (match := _SESSION_RE.search(text)):
            info["council_session"] = clean_text(match.group(0))
            first_source = first_source or source_of(block)
        if "session_start" not in info and (dates := parse_date_range(text)):
            info["session_start"], info["session_end"] = dates
        if "title" not in info and (match := _TITLE_RE.search(text) or _title_over_two_lines(cover, k)):
            info["title"] = clean_text(match.group(0))
            info["year"] = int(match.group(1) or f"20{match.group(2)}")
            # a cover without blank lines runs the department into the title's paragraph
            if name := _department(match.string[match.end():]):
                info["department"] = name
            continue
        if ("department" not in info and "title" in info and isinstance(block, Heading | Paragraph)
                and (name := _department(text))):
            info["department"] = name
    info.setdefault("year", info["session_start"].year if "session_start" in info else None)
    info["team_count"] = _team_count(doc)
    if "department" not in info:
        info["department"] = _department_from_organisation(doc)
    info["from_file_name"] = _from_file_name(info, doc.path)
    if first_source is None and doc.blocks:
        first_source = source_of(doc.blocks[0])
    return DocumentInfo(**info, **({"source": first_source} if first_source else {}))


def _title_over_two_lines(cover: list, k: int):
    """The title where a cover prints its year on a line of its own above the rest (`2025년도` over
    `주요업무보고`), which converters give as two paragraphs."""
    if k + 1 == len(cover) or not _YEAR_LINE_RE.match(cover[k].text):
        return None
    return _TITLE_RE.match(f"{cover[k].text.strip()} {cover[k + 1].text.strip()}")


def _from_file_name(info: dict, path: str) -> list[str]:
    """A converter may drop the cover (printed as an image): the department and year the file's name gives
    (`2025_행정지원국_총무과_업무보고.txt`) stand in for it; which of them did is returned and kept."""
    taken = []
    if info["department"] is None:
        words = [compact(word) for word in _NAME_SPLIT_RE.split(PurePath(path).stem)]
        names = [word for word in words if _DEPARTMENT_RE.match(word) and not word.endswith(_NOT_DEPARTMENTS)]
        if names:
            info["department"] = names[-1]  # `행정지원국_총무과`: the 과 is the department
            taken.append("department")
    if info["year"] is None and (match := _NAME_YEAR_RE.search(PurePath(path).stem)):
        info["year"] = int(match.group(1) or f"20{match.group(2)}")
        taken.append("year")
    return taken


def _team_count(doc: Document) -> int | None:
    for block in doc.blocks:
        if not isinstance(block, Table) and "팀" in block.text and (match := _TEAMS_RE.search(block.text)):
            return int(match.group(1) or match.group(2) or match.group(3))
    return None


def _department_from_organisation(doc: Document) -> str | None:
    """`총 무 과 - ( 5 )개팀`: the organisation line names the department when the cover does not."""
    for block in doc.blocks:
        if not isinstance(block, Table) and "팀" in block.text and _TEAMS_RE.search(block.text):
            name = _department(block.text)
            if name:
                return name
    return None


def _department(text: str) -> str | None:
    """`총 무 과`, `총무과 - (5)개팀`, `행정지원국 총무과`: the department a line names, if it names one."""
    words = text.split("-")[0].split()
    if len(words) > 1 and _BUREAU_RE.match(words[0]) and _DEPARTMENT_RE.match(compact(" ".join(words[1:]))):
        words = words[1:]
    name = compact(" ".join(words))
    return name if _DEPARTMENT_RE.match(name) else None
