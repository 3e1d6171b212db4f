"""The cover and organisation lines: department, year, title, council session and its dates, teams."""

from __future__ import annotations

import functools
from pathlib import PurePath

import regex

from extractors.context import source_of
from pipeline.document import Document, Heading, Paragraph, Table
from pipeline.values import YEAR_LABEL_RE, clean_text, compact, full_year, parse_date_range
from schemas import DocumentInfo

# `제300회 영등포구의회 제2차 정례회`; the council printed first (`영등포구의회 제300회 …`) is moved after the
# session's number, so that the same session is stored one way however a cover prints it
_SESSION_RE = regex.compile(
    r"(?:(\p{Hangul}+의회)\s*)?(제\s*\d+\s*회)\s*([\p{Hangul}\s]*?(?:제\s*\d+\s*차\s*)?(?:정례회|임시회))")
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
# a unit above a department, printed before it: `영등포구`, `행정지원국`, `기획조정실`, `도시기반본부`, `보건소`
_HIGHER_UNIT_RE = regex.compile(r"^(?:\p{Hangul}{1,3}구|[\p{Hangul}·]{2,14}(?:국|실|본부)|보건소)$")
# the same at the start of a letter-spaced line run together (`행정지원국총무과`): long enough not to be the start of
# a department's own name (`연구지원과`, `외국인주민과`), and with at least a department's three letters after it
_LEADING_UNIT_RE = regex.compile(r"^(?:\p{Hangul}{2,3}구|\p{Hangul}{2,12}?(?:국|실|본부)|보건소)(?=\p{Hangul}{3})")
_COMMITTEE = "위원회"  # above the title, a council's committee (`행정위원회`) names whom the report is made to
_WORD_SPLIT_RE = regex.compile(r"[\s()（）\[\]]+")
_NAME_SPLIT_RE = regex.compile(r"[\s_\-.,()\[\]]+")
_NAME_YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)|(?<![\d.])[’‘'`]?(\d\d)\s*년")  # `2025`, `’24년`
_NOT_DEPARTMENTS = ("결과", "성과", "효과", "통과", "부과")  # words of a file's name that only end like one
_COVER_BLOCKS = 40  # the cover and table of contents come first; no need to read further for them


def extract_document_info(doc: Document) -> DocumentInfo:
    info: dict = {}
    first_source = None
    cover = [block for block in doc.blocks[:_COVER_BLOCKS] if not isinstance(block, Table)]
    for k, block in enumerate(cover):
        text = block.text
        if "council_session" not in info and (match := _SESSION_RE.search(text)):
            info["council_session"] = _session(match)
            first_source = first_source or source_of(block)
        if "session_start" not in info and (dates := parse_date_range(text)):
            info["session_start"], info["session_end"] = dates
        if "title" not in info and (match := _TITLE_RE.search(text) or _title_over_two_lines(cover, k)):
            info["title"] = clean_text(match.group(0))
            info["year"] = full_year(match.group(1) or match.group(2))
            if name := _cover_department(cover, k, match.string[match.end():]):
                info["department"] = name
    info.setdefault("year", info["session_start"].year if "session_start" in info else None)
    info["team_count"] = _team_count(doc)
    if "department" not in info:
        info["department"] = _department_from_organisation(doc)
    info["from_file_name"] = _from_file_name(info, doc.path)
    if first_source is None and doc.blocks:
        first_source = source_of(doc.blocks[0])
    return DocumentInfo(**info, **({"source": first_source} if first_source else {}))


def _session(match: regex.Match) -> str:
    """`영등포구의회 제300회 제2차 정례회` → `제300회 영등포구의회 제2차 정례회`, as most covers print it."""
    council, number, rest = match.groups()
    return clean_text(f"{number} {council} {rest}" if council else match.group(0))


def _cover_department(cover: list, title_at: int, title_rest: str) -> str | None:
    """The department the cover names: the first below the title, or on its line (a cover without blank lines
    runs them together), else the one above it (`행정지원국 총무과` over `2025년 주요업무 보고`). A higher unit
    is the department only when the next line names none narrower (`행정지원국` over `총무과`)."""
    @functools.cache
    def name(k: int) -> str | None:  # looked up line by line as needed: most covers name it right below
        if k == title_at:
            return _department(title_rest)
        return _department(cover[k].text) if isinstance(cover[k], Heading | Paragraph) else None

    k = next((k for k in range(title_at, len(cover)) if name(k)), None)
    if k is None:
        k = next((k for k in range(title_at) if name(k) and not name(k).endswith(_COMMITTEE)), None)
    if k is None:
        return None
    while _HIGHER_UNIT_RE.match(name(k)) and k + 1 < len(cover) and name(k + 1):
        k += 1
    return name(k)


def _title_over_two_lines(cover: list, k: int):
    """The title where a cover prints its year on a line of its own above the rest (`2025년도` over
    `주요업무보고`), which converters give as two paragraphs."""
    if k + 1 == len(cover) or not YEAR_LABEL_RE.match(cover[k].text):
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
        info["year"] = full_year(match.group(1) or match.group(2))
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
    """`총 무 과`, `총무과 - (5)개팀`, `행정지원국 총무과`, `행정지원국(총무과)`, `행 정 지 원 국 총 무 과`: the
    department a line names, if it names one: the last unit, after the higher ones printed before it."""
    words = [word for word in _WORD_SPLIT_RE.split(clean_text(text.split("-")[0])) if word]
    if len(words) > 1 and all(len(word) == 1 for word in words):  # letter-spaced: its words are not its units
        words = _letter_spaced_units("".join(words))
    while len(words) > 1 and _HIGHER_UNIT_RE.match(words[0]) and _DEPARTMENT_RE.match("".join(words[1:])):
        words = words[1:]
    name = "".join(words)
    return name if _DEPARTMENT_RE.match(name) else None


def _letter_spaced_units(name: str) -> list[str]:
    """`행정지원국총무과` → [`행정지원국`, `총무과`]: the higher units a letter-spaced line starts with, then
    the rest."""
    units = []
    while match := _LEADING_UNIT_RE.match(name):
        units.append(match.group(0))
        name = name[match.end():]
    return [*units, name]
