"""The cover and organisation lines: department and its office, year, title, council session and its dates, council,
teams."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterable, Iterator
from pathlib import PurePath

import regex

from extractors.context import YEAR_STARTS, source_of
from extractors.sections import (
    LINE_BLOCKS,
    TEXT_BLOCKS,
    Section,
    contents_line_title,
    numbered_section_label,
    section_label,
    split_sections,
)
from pipeline import patterns
from pipeline.document import Block, Bullet, Document, Paragraph, Table
from pipeline.read_text import names_department
from pipeline.values import (
    DATE,
    DATE_LINK,
    DAY_ALONE,
    FOUR_DIGIT_YEAR,
    WEEKDAY,
    YEAR,
    YEAR_LABEL_RE,
    clean_text,
    compact,
    full_year,
    is_total,
    parse_count,
    parse_date,
    parse_date_range,
)
from schemas import DocumentInfo

# a run of Hangul matched from its first letter or from where the match before it ended (`\G`: `정례회` and the
# `서해구의회` after it), never from within it, where it matches only as it does from there: a word ending a run
# (`\p{Hangul}+의회`), sought from each letter, read the rest of the run at each, quadratic in a run of 25,000 letters
_RUN_START = r"(?:(?<!\p{Hangul})|\G)"
# `제300회 영등포구의회 제2차 정례회`; the council printed first (`영등포구의회 제300회 …`) is moved after the
# session's number, so that the same session is stored one way however a cover prints it
_SESSION_RE = patterns.compile(
    rf"(?:{_RUN_START}(\p{{Hangul}}+의회)\s*)?(제\s*\d+\s*회)\s*([\p{{Hangul}}\s]*?(?:제\s*\d+\s*차\s*)?(?:정례회|임시회))")
# the council a session or cover names (`영등포구의회`, `중구의회`, `서울특별시의회`), not a council of no name
# (`구의회`, as a cover made anonymous prints it) nor its secretariat (`의회사무국`); letter-spaced too
# (`영 등 포 구 의 회`, not with the `회` of a session's number before it: `제 265 회 영 등 포 …`)
_COUNCIL_RE = patterns.compile(
    r"(?:(?<!\p{Hangul})\p{Hangul}{2,}의회|(?<!\S)(?<!\d\s)(?:\p{Hangul} ){2,}의 회)(?!\p{Hangul})")
# `2025년 주요업무 보고`, `2025년도 주요업무보고`, `2025 주요업무 추진실적 보고`, `’25년 업무보고`, and up to
# three words between (`2024년도 행정사무감사 업무보고`, `2025년 제1차 정례회 주요업무보고`, `2025년 상반기 …`)
_REPORT = r"(?:주\s*요\s*)?업\s*무\s*(?:추\s*진\s*(?:실\s*적|상\s*황)(?:\s*보\s*고)?|보\s*고|계\s*획)"
_TITLE_RE = patterns.compile(
    rf"(?:({FOUR_DIGIT_YEAR})|[’‘'`](\d\d))\s*(?:년\s*(?:도\s*)?)?(?:[\p{{Hangul}}\d·]+\s+){{0,3}}?" + _REPORT)
# a cover's line of the year and up to three words naming the session (`2025년도 행정사무감사`, `’25년 제1차 정례회`),
# over a line of the title's words alone (`주요업무 추진상황 보고`); not a month, `2025년 11월`, the cover's date
_YEAR_WORDS_RE = patterns.compile(
    rf"^\s*{YEAR}\s*(?:년\s*(?:도\s*)?)?(?:\p{{Hangul}}[\p{{Hangul}}\d·]*\s*){{1,3}}$")
_REPORT_LINE_RE = patterns.compile(rf"^\s*{_REPORT}\s*$")
# a 행정사무감사's cover titled by the session alone, the whole line (`2020년 행정사무감사 보고`, `2019년도 행정사무감사
# 자료`, `2018년도 행정사무감사`): tried after `_TITLE_RE` and a title over two lines, which print more of it
_AUDIT_TITLE_RE = patterns.compile(
    rf"(?<!\S)(?:({FOUR_DIGIT_YEAR})|[’‘'`](\d\d))\s*(?:년\s*(?:도\s*)?)?(?:[\p{{Hangul}}\d·]+\s+){{0,2}}?"
    r"행\s*정\s*사\s*무\s*감\s*사(?:\s*(?:업\s*무\s*)?(?:보\s*고|자\s*료|현\s*황))?(?=\s*$)")
# the rest of what a cover prints around its department, which a cover without blank lines runs into one paragraph
# with it (`2025년도 주요업무보고 제265회 영등포구의회 정례회 총무과`, `총무과 2025. 6.`): the session or its
# council alone (`영등포구의회`, not `의회사무국`), the council's committee the report is made to (`행정위원회`),
# the title or its words alone, dates or a year and month, and the title of the contents on the page after it
# (`보고 순서`, `목 차`, `차 례`), where no page break parts them
_COVER_DATE = (rf"(?<!\d)(?:{DATE}{WEEKDAY}(?:{DATE_LINK}(?:{DATE}|{DAY_ALONE}){WEEKDAY})?"  # `… 6. 12.(목) ~ 6. 27.`
               r"|(?:\d{4}|[’‘'`]\d\d)\s*[.년]\s*\d{1,2}\s*[.월])")  # `2025. 6.`, `2025년 6월`
# the day or month a cover prints alone, not the session's first and last (`2019. 11. 20.`, `2025. 6. 12.(목)`;
# `2025. 11.`, `2025년 11월`)
_DATE_ALONE_RE = patterns.compile(rf"{DATE}{WEEKDAY}")
_MONTH_ALONE_RE = patterns.compile(rf"({YEAR})\s*[.년]\s*\d{{1,2}}\s*[.월]")
# the label of a cover's date field, printed before it without a colon as a cover laid out in two columns prints it,
# or with one (`보고일자   2025. 6. 12.`, `일 시 : 2025. 6.`)
_DATE_LABEL_RE = patterns.compile(r"^(?:보\s*고\s*)?(?:일\s*자|일\s*시|날\s*짜)\s*[:：]?\s*(?=[12’‘'`])")
# the volume of a report printed in volumes, each a file: `[ 제 1 권 ]`, `(제2권)`, `제 2 권`; not `제2권역`
_VOLUME_RE = patterns.compile(r"제\s*(\d{1,2})\s*권(?!\p{Hangul})")
_COVER_PIECE_RE = patterns.compile("|".join((
    _SESSION_RE.pattern, r"(?:제\s*\d+\s*차\s*)?(?:정례회|임시회)",
    _RUN_START + r"\p{Hangul}+(?:의회|위원회)(?!\p{Hangul})",
    _TITLE_RE.pattern, _REPORT, _COVER_DATE, _VOLUME_RE.pattern,
    r"(?<!\p{Hangul})(?:보\s*고\s*순\s*서|목\s*차|차\s*례)(?!\p{Hangul})")))
# the council's secretariat printed after the council's name (`한빛구의회 사무국`, `한빛구의회사무국`,
# `구의회 사 무 국`), one name with the `의회사무국` a cover prints alone or letter-spaced (`의 회 사 무 국`)
_COUNCIL_SECRETARIAT_RE = patterns.compile(r"(?<!\p{Hangul})\p{Hangul}+의회\s*사\s*무\s*국(?!\p{Hangul})")
# `( 5 )개팀`, `4개팀`; without 개 only where 조직, a department or a count of 국 comes before (`조직 : 3팀`,
# `총무과 - 3팀`, `1국 2팀`), not a team's name (`민원1팀`)
_TEAMS_RE = patterns.compile(
    r"\(\s*(\d+)\s*\)\s*개\s*팀|(\d+)\s*개\s*팀|(?:조\s*직|과|\d\s*국)\s*[:：\-]?\s*(\d+)\s*팀")
# the same labelled as the organisation's (`조 직 : 4팀`, `총무과 - 4개팀`, `조 직 : 1국 2팀`, `(5)개팀`), not a count
# of teams alone (`전국 32개팀`) nor after a count of 국 unlabelled, as a project's item prints countries
# (`한·중·일 3국 12팀 참가`)
_ORGANISATION_TEAMS_RE = patterns.compile(
    r"\(\s*(\d+)\s*\)\s*개\s*팀|(?:조\s*직(?:\s*[:：\-]?\s*\d+\s*국)?|과)\s*[:：\-]?\s*(\d+)\s*(?:개\s*)?팀")
# words that only say what kind of unit the words before them name (`기획 예산 담당관`), not `보건소`, a district's
# one unit of its kind, which names it alone; a department's name ends in one of them, one of those or a unit's letter
_UNIT_WORDS = ("담당관", "사업소", "센터", "위원회", "추진단")
# a number inside it (`세무1과`, `세무 2과`) is part of the name
DEPARTMENT_RE = patterns.compile(
    r"^\p{Hangul}[\p{Hangul}\d·]{0,13}(?:과|국|실|소|단|관|보건소|" + "|".join(_UNIT_WORDS) + ")$")
# a 동's name (`새솔3동`, `상계3·4동`, `여의동`, `명동`), its numbers with a 가 (`종로5·6가동`, `성수1가1동`,
# `종로1·2·3·4가동`), not a word of an activity or a change ending so (`봉사활동`, `주민운동`, `공동`, `자동`, `합동`);
# a stem of two letters may end as such a word does (`효자동`, `제기동`, `회기동`), not after a prefix of a word's
# (`전자동`, `반자동`, `재기동`)
_DONG_RE = patterns.compile(
    r"^\p{Hangul}{1,5}\d{1,2}(?:[·ㆍ,]\d{1,2})*(?:가\d{0,2})?동$"
    r"|^\p{Hangul}{1,5}(?<![활운행공협이노감변연자가출기발작진합파폭난충율태격선유부])동$"
    r"|^(?![전반재])\p{Hangul}[자기]동$")
# a unit above a department, printed before it: `영등포구` or its office `영등포구청`, `행정지원국`, `기획조정실`,
# `도시기반본부`, `보건소`, `농업기술센터` (a 군's or 시's, over its 농업지원과, 기술보급과)
_HIGHER_UNIT_RE = patterns.compile(r"^(?:\p{Hangul}{1,3}구청?|[\p{Hangul}·]{2,14}(?:국|실|본부)|보건소|농업기술센터)$")
# the `청` of a 구청 run into the department after it (`장안구청총무과`), not the first letter of a department's own
# name (`장안구청소년과` is the 장안구's 청소년과; 청년정책과, 청소행정과, 청렴감사과)
_OFFICE_CHEONG = r"(?:청(?!소년|년|소행정|렴))?"
# the same at the start of a letter-spaced line run together (`행정지원국총무과`, `장안구청총무과`): long enough not
# to be the start of a department's own name (`연구지원과`, `외국인주민과`), and with at least a department's three
# letters after it
_LEADING_UNIT_RE = patterns.compile(
    rf"^(?:\p{{Hangul}}{{2,3}}구{_OFFICE_CHEONG}|\p{{Hangul}}{{2,12}}?(?:국|실|본부)|보건소|농업기술센터)(?=\p{{Hangul}}{{3}})")
# a slogan's words end as a department's never do, as a verb's, an adjective's or an adverb's (`만드는`, `행복한`,
# `새로운`, `함께`, `새롭게`) or with `의` (`구민의`), or are the nouns slogans are made of and no department's
# name starts with (`행복 영등포`, `희망 행복 미래도시 영등포`)
_SLOGAN_WORD_RE = patterns.compile(r"\p{Hangul}(?:는|은|한|운|께|게|의)$|^(?:행복|희망|꿈)$")
# what a department does in general (`정책관`, `계획과`), the last word of a name after the words of its field
# (`스마트 도시 정책관`, `도시 안전 계획과`), never a department's name alone as `총무과` is
_GENERAL_HEAD_RE = patterns.compile(r"^(?:정책|계획|관리|지원|협력|기획|사업)(?:과|관)$")
_NAME_WORDS = 3  # a department's name printed in words has no more (`스마트 도시 정책관`, `기획 예산 담당관`)
# what a council's name says of its place (`영등포구의회` → `영등포`, `서울특별시의회` → `서울`)
_PLACE_KIND_RE = patterns.compile(r"(?:특별자치시|특별시|광역시|구|시|군)?의회$")
# a city's 구 or its office (`장안구`, `일산동구`, `마산합포구청`, `남구`): on the cover of a city's council, the
# 구청 whose department is printed after it (`장안구 총무과`); each 구청 of a city has a 총무과 of its own. A 구 of
# one letter is a direction's; words that only end like one (`연구`, `관광특구`, `사업지구`, not `수지구`) are none.
_OFFICE_NAME = r"(?:[동서남북중]|\p{Hangul}{2,4}(?<![연특]|\p{Hangul}{2}지))구"
_OFFICE_RE = patterns.compile(rf"^({_OFFICE_NAME})청?$")
# the same run into the unit after it (`장안구총무과`, `장안구청총무과`, `장안구보건소`): not a 구역's
# (`개발제한구역과`), and at least a unit's three letters after it
_OFFICE_RUN_IN_RE = patterns.compile(rf"^({_OFFICE_NAME}){_OFFICE_CHEONG}(?!역)(?=\p{{Hangul}}{{3}})")
# a city's council (`수원시의회`), not a 특별시's or 광역시's, whose 구 are districts with councils of their own
_CITY_COUNCIL_RE = patterns.compile(r"^\p{Hangul}+(?<!특별|광역|특별자치)시의회$")
_COMMITTEE = "위원회"  # a council's committee (`행정위원회`) names whom the report is made to, not who makes it
# the label of a cover's field that names no unit, though it may end as one's name does (`장 소`, `소 관`, `주 관`,
# `보고기관`, `보고부서`), before its value or alone, as a cover laid out in two columns prints it, no colon after it
# (`장 소   한빛구의회 본회의장`, `소 관   복지정책과`); not a letter-spaced name's first letters (`기 관 운 영 과`)
_FIELD_LABEL_RE = patterns.compile(r"^\s*(?:보\s*고\s*)?(?:부\s*서|기\s*관|소\s*관|주\s*관|장\s*소)"
                                   r"(?:\s*[:：]|\s*$|\s+(?=\S\S))\s*")
# a dash or slash between units (`행정지원국 - 총무과`, `행정지원국 ─ 총무과`, `보건소 / 건강증진과`), or before
# the teams (`총무과 - (5)개팀`)
_UNITS_PARTED_RE = patterns.compile(r"\s*[-–—─－/／]\s*")
# the units printed in brackets after the name (`건강증진과(보건소)`, `총무과(장안구)`)
_BRACKET_AFTER_RE = patterns.compile(r"^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$")
_WORD_SPLIT_RE = patterns.compile(r"[\s()（）\[\]]+")
_NAME_SPLIT_RE = patterns.compile(r"[\s_\-.,()\[\]]+")
_NAME_YEAR_RE = patterns.compile(rf"(?<!\d)({FOUR_DIGIT_YEAR})(?!\d)|(?<![\d.])[’‘'`]?(\d\d)\s*년")  # `2025`, `’24년`
_NOT_DEPARTMENTS = ("결과", "성과", "효과", "통과", "부과")  # words of a file's name that only end like one
_COVER_LABEL_RE = patterns.compile(r"\p{Hangul}{2,5}")  # a cover field's label, its letters run together: `보고부서`
_COVER_BLOCKS = 40  # the cover and table of contents come first; no need to read further for them
_COVER_FIELDS = {"council_session", "session_start", "title"}  # what the cover's blocks are read for
# a session's or a sitting's number as `pdftotext` prints some PDFs' covers, a space between digits and Hangul
# (`제 278 회 영등포구의회 제 1 차 정례회`): read closed up, as the rest of covers print it (`제278회`, `제1차`)
# a session's or sitting's number spaced, its digits too as a letter-spaced cover prints them (`제 2 9 6 회`)
_SPACED_ORDINAL_RE = patterns.compile(r"제\s*(\d(?: ?\d)*)\s*(회|차)(?=$|[^\p{Hangul}]|정례회|임시회)")
# a year whose digits a letter-spaced title spaces (`2 0 2 5 년`)
_SPACED_YEAR_RE = patterns.compile(r"(?<![\d.])[12](?: \d){3} ?(?=년)")
# a department's former name as a report states it in brackets after its name now, as a cover, a title or the
# organisation line prints it (group 1): `행정지원과 (구 총무과)`, `(舊 총무과)`, `(前 총무과)`, `(전 총무과)` (a space
# after `구` and `전`, which `(구청사)`, `(전년 대비)` have not, nor a letter-spaced name starting so,
# `[ 전 략 기 획 과 ]` as a cover prints its department, or a stop or colon, `(구. 총무과)`, `(구: 총무과)`, or `구`
# run into a department's name, `(구총무과)`: `_RUN_IN_FORMER`),
# `(종전 총무과)`, in square brackets too (`[구 총무과]`, `〔구 총무과〕`), or the rename told there, its date before it
# where printed: `행정지원과(2024. 1. 1. 총무과에서 명칭 변경)`; or after the mark in brackets of its own, the name
# run into it or not, or after a note's `※` and its mark, each to the line's end or the teams' dash: `행정지원과
# (구)총무과`, `행정지원과(구) 총무과 - 5개팀`, `행정지원과 ※ 구 총무과`, `※ 종전: 총무과`, `※ (舊) 총무과`
_UNIT_NAME = r"\p{Hangul}[\p{Hangul}\d·]{1,14}"
# what a line printing a former name in brackets or after a note's mark prints, as `_FORMER_NAME_RE` opens each way:
# a bracket or `※`, then a mark (`(구 `, `[舊`, `※ 종전`), or a rename told (`에서 명칭 변경`). Most lines holding a
# bracket print `구` or `전` elsewhere (`구비`, `전년`), where that pattern, tried at every letter, finds nothing
_FORMER_MARK_RE = patterns.compile(r"[(（\[［〔※]\s*[구전舊前종]|에서\s*(?:명칭\s*)?변경")
_FORMER_MARK = r"(?:구|전|舊|前|종\s*전)"
_NAME_TO_END = r"([\p{Hangul}\d·][\p{Hangul}\d·\s]*?)\s*(?=$|\n|[-–—─－/／])"
# `구` run into the former name, only a department's (`(구총무과)`, `(구민원여권과)`), not a word `구` starts (`(구청
# 주관)`, `(구민회관)`, `(구비)`)
_RUN_IN_FORMER = r"\p{Hangul}[\p{Hangul}\d·]{1,13}(?:과|담당관|사업소|추진단)"
_FORMER_NAME_RE = patterns.compile(
    r"(?|\s*[(（\[［〔]\s*(?:(?:구|전)\s*[.:：]\s*|(?:구|전)\s+(?!\p{Hangul}\s)|舊\s*|前\s*|종\s*전\s*[:：]?\s*)"
    r"([\p{Hangul}\d·][\p{Hangul}\d·\s]*?)\s*[)）\]］〕]"
    rf"|\s*[(（\[［〔]\s*구(?!청|민(?!원))({_RUN_IN_FORMER})\s*[)）\]］〕]"
    rf"|\s*(?:※\s*)?[(（\[［〔]\s*{_FORMER_MARK}\s*[)）\]］〕]\s*{_NAME_TO_END}"
    rf"|\s*※\s*(?:(?:구|전)\s*[.:：]\s*|(?:구|전)\s+(?!\p{{Hangul}}\s)|舊\s*|前\s*|종\s*전\s*[:：]?\s*){_NAME_TO_END}"
    rf"|\s*[(（][^()（）]*?(?<![\p{{Hangul}}\d·])({_UNIT_NAME}?)\s*에서\s*(?:명칭\s*)?변경[^()（）]*[)）])")
# or in a line telling of the rename, the former name first (group 1, the name now group 2): `총무과 → 행정지원과
# 명칭 변경`, `총무과 → 행정지원과로 변경`, `총무과를 행정지원과로 개편`, `총무과에서 행정지원과로 명칭 변경`,
# `부서명 변경: 총무과 → 행정지원과`; a plain `변경` after an arrow (group 3) not where the line tells of a duty
# moved (`소관: 총무과 → 행정지원과로 변경`)
_RENAMED = r"(?:명칭|부서\s*명)\s*변경|개편|개칭"
_ARROW = r"\s*(?:→|->|⇒)\s*"
_RENAMED_RE = patterns.compile(
    rf"(?|(?<![\p{{Hangul}}\d·])({_UNIT_NAME}){_ARROW}({_UNIT_NAME}?)(?:으로|로)?\s*(?:{_RENAMED}|(변경))"
    rf"|(?<![\p{{Hangul}}\d·])({_UNIT_NAME}?)(?:[을를]|에서)\s*({_UNIT_NAME}?)(?:으로|로)\s*(?:{_RENAMED})"
    rf"|(?:{_RENAMED})\s*[:：]?\s*({_UNIT_NAME}){_ARROW}({_UNIT_NAME})(?![\p{{Hangul}}\d·]))")
_DUTY_MOVED_RE = patterns.compile(r"소관|이관|업무")

def extract_document_info(doc: Document, sections: list[Section] | None = None) -> DocumentInfo:
    """The cover's fields, and the organisation line's; `sections`: the report's parts, where split already."""
    info: dict = {}
    first_source = None
    title_at = session_at = None  # where the cover prints them: (block, match)
    dated = None  # the first day or month the cover prints alone: (its year, the day or None)
    cover = _cover_blocks(doc.blocks[:_COVER_BLOCKS])
    in_body = False  # below the first part's heading: a range of dates there is an item's, no session's
    for k, block in enumerate(cover):
        text = _closed_ordinals(block.text)
        # a line of the contents (`Ⅱ. 2025년 주요업무 추진실적 ···· 3`) or a part's heading (`Ⅲ. 2020년 주요업무
        # 계획`, next year's plan in a November report) names a part, not the report; a heading starts the body
        in_contents = contents_line_title(block) is not None
        heads_part = not in_contents and _heads_part(block)
        in_body = in_body or heads_part
        if "council_session" not in info and (match := _session_in(text) or _session_over_two_lines(cover, k)):
            info["council_session"] = _session(match)
            first_source = first_source or source_of(block)
            session_at = (k, match)
        if not in_body and "session_start" not in info:
            if dates := parse_date_range(text) or _dates_over_two_lines(cover, k):
                info["session_start"], info["session_end"] = dates
            elif dated is None:
                dated = _date_alone(_DATE_LABEL_RE.sub("", text.strip(), count=1))
        if "title" not in info and not in_contents and not heads_part and (
                match := _title_in(text) or _title_over_two_lines(cover, k) or _audit_title_in(text)):
            info["title"] = clean_text(match.group(0))
            info["year"] = full_year(match.group(1) or match.group(2))
            title_at = (k, match)
        if info.keys() >= _COVER_FIELDS:  # all found: the blocks below need not be read
            break
    if "session_start" not in info and (day := _session_day(session_at, dated)):
        info["session_start"] = day  # one day printed, no period: its start, and no end
    info.setdefault("year", _session_year(info, session_at, dated))
    info["volume"] = _volume(cover)
    info["council"] = council_named(info.get("council_session")) or _council_alone(cover)
    general = _outside_projects(sections if sections is not None else split_sections(doc.blocks))
    info["team_count"], of_divisions = _team_count(doc, general)
    anchor = title_at or session_at
    city = bool(info["council"] and _CITY_COUNCIL_RE.match(info["council"]))
    places = _places(info["council"])
    office, on_cover = _cover_department(cover, *anchor, places, city) if anchor else (None, None)
    if on_cover is None or city and office is None:  # the organisation line names them where the cover does not
        named_office, named = _unit_from_organisation(general, places, city)
        if on_cover in (None, named):
            office, on_cover = office or named_office, named
    if on_cover is None and anchor:
        on_cover = _dong_below(cover, *anchor)
    info["office"] = office
    info["department"] = on_cover
    if info["team_count"] is None or of_divisions:  # no line of the department's: an organisation table's teams of it
        info["team_count"] = _organisation_table_teams(general, on_cover) or info["team_count"]
    info["former_department"] = _former_department(doc.blocks, on_cover)
    info["from_file_name"] = _from_file_name(info, doc.path, places, city)
    if first_source is None and doc.blocks:
        first_source = source_of(doc.blocks[0])
    return DocumentInfo(**info, **({"source": first_source} if first_source else {}))


def _former_department(blocks: list[Block], department: str | None) -> str | None:
    """The name the report's department had before, where the report states it: in brackets after its name now
    (`행정지원과 (구 총무과)`, `(2024. 1. 1. 총무과에서 명칭 변경)`, `(구)총무과`, `※ 구 총무과`, or on the line below
    it, `(舊 총무과)` or `※ 구 총무과` under `행정지원과`) or in a line telling of the rename to its name now
    (`총무과 → 행정지원과 명칭 변경`, `총무과에서 행정지원과로 명칭 변경`). Only a department's name (not `구 청사`,
    `전 직원`), and only a rename to the report's own department: a 총무과 telling of another's is none."""
    if department is None:
        return None
    above = ""  # the line above, for a bracket printed on a line of its own
    for block in blocks:
        if not isinstance(block, TEXT_BLOCKS):
            above = ""
            continue
        # a note's line under the name keeps its mark, which the reader takes off as a list's: `※ 구 총무과`
        text = f"※ {block.text}" if isinstance(block, Bullet) and block.marker == "※" else block.text
        formers = []
        # a bracket and a former name's mark (`_FORMER_MARK_RE`), without which the pattern finds none: most lines
        # print neither, and `in` tests of the brackets cost less than a search of every line
        if (("(" in text or "（" in text or "[" in text or "［" in text or "〔" in text or "※" in text)
                and _FORMER_MARK_RE.search(text)):
            formers += [match.group(1) for match in _FORMER_NAME_RE.finditer(text)
                        if (compact(text[:match.start()]) or compact(above)).endswith(department)]
        if "개편" in text or "변경" in text or "개칭" in text:
            formers += [match.group(1) for match in _RENAMED_RE.finditer(text) if compact(match.group(2)) == department
                        and not (match.group(3) and _DUTY_MOVED_RE.search(text))]
        if formers and (former := next(filter(None, (_renamed_from(name, department) for name in formers)), None)):
            return former
        above = text
    return None


def _renamed_from(name: str, department: str) -> str | None:
    """`name` as a department's former name: a department's name (spaces aside) other than its name now."""
    name = compact(name)
    return name if name != department and DEPARTMENT_RE.match(name) and not _HIGHER_UNIT_RE.match(name) else None


def _volume(cover: list) -> int | None:
    """The volume the cover names (`[ 제 2 권 ]` → 2), read above the first part's heading and not in the contents
    (a volume's own contents may list the other's parts)."""
    if not any("권" in block.text for block in cover):
        return None  # most covers: no block need be asked whether it heads a part
    for block in cover:
        if _heads_part(block):
            return None
        if "권" in block.text and contents_line_title(block) is None and (match := _VOLUME_RE.search(block.text)):
            return int(match.group(1))
    return None


def _cover_blocks(blocks: list[Block]) -> list[Block]:
    """The cover's lines, tables left out but a box above the contents and the first part's heading, of a line (`|
    제301회 서해구의회 제1차 정례회 |`, the line it prints) or of its fields:
    a column of labels (`회 기`, `보고부서`) beside their values, ruled as a table, read a paragraph a field
    (`회 기 제301회 한빛구의회 제1차 정례회`); and a row alone naming the department after its office or 국, read as
    the line it is (`복지국 사회복지과`)."""
    cover: list[Block] = []
    above_body = True  # above the contents and the first part's heading
    for block in blocks:
        above_body = above_body and contents_line_title(block) is None and not _heads_part(block)
        if not isinstance(block, Table):
            cover.append(block)
        elif above_body and is_cover_fields(block):
            cover += [Paragraph(f"{label} {value}", block.row_line(k), block.row_page(k))
                      for k, (label, value) in enumerate(block.rows)]
        elif above_body and len(block.rows) == 1 and names_department(" ".join(map(compact, block.rows[0]))):
            # the department after its 국 in cells of their own (`복지국<tab>사회복지과`, `| 복지국 | 사회복지과 |`)
            cover.append(Paragraph(" ".join(filter(None, block.rows[0])), block.line, block.page))
        elif above_body and is_cover_line(block):
            cover.append(Paragraph(clean_text(block.rows[0][0]), block.line, block.page))
    return cover


def is_cover_line(table: Table) -> bool:
    """Whether a table on the cover is a box of one line, as HWP draws one around the session (`| 제301회 서해구의회
    제1차 정례회 |`): the line it prints (before, a table, and no session was read)."""
    return len(table.rows) == 1 and len(table.rows[0]) == 1 and bool(table.rows[0][0].strip())


def is_cover_fields(table: Table) -> bool:
    """Whether a table is a box of a cover's fields: two rows or more, each a label (`회 기`, `보고부서`: a short word
    of Hangul) beside its value."""
    return len(table.rows) >= 2 and all(
        len(row) == 2 and _COVER_LABEL_RE.fullmatch(row[0].replace(" ", "")) is not None and row[1].strip() != ""
        for row in table.rows)


def _heads_part(block) -> bool:
    """Whether a block is a part's heading (`Ⅰ. 일반현황`, `1. 일반현황`)."""
    return section_label(block) is not None or numbered_section_label(block) is not None


def council_named(session: str | None) -> str | None:
    """The council a session names (`제265회 영등포구의회 정례회` → `영등포구의회`), None where it names none
    (`제261회 구의회 제1차 정례회`). Also how a database made before the `council` column fills it."""
    match = _COUNCIL_RE.search(session) if session else None
    return compact(match.group(0)) if match else None


def _council_alone(cover: list) -> str | None:
    """A council printed on a line of its own, on a cover that prints no session (`영등포구의회` over the title)."""
    for block in cover:
        if (text := clean_text(block.text)).endswith("회") and _COUNCIL_RE.fullmatch(text):  # `…의회`, `…의 회`
            return compact(text)
    return None


def _session_day(session_at: tuple[int, regex.Match] | None,
                 dated: tuple[int, dt.date | None] | None) -> dt.date | None:
    """The one day a cover prints where it prints no period, as the session's date: after the session on its line
    (`제265회 영등포구의회 정례회 2025. 6. 12.`), else alone (`2025. 6. 12.(목)` under it, `보고일자   2025. 6.
    12.`); a month alone (`2025. 11.`) is no day."""
    if session_at and (date := parse_date(session_at[1].string[session_at[1].end():], None)):
        return date
    return dated[1] if dated else None


def _session_year(info: dict, session_at: tuple[int, regex.Match] | None,
                  dated: tuple[int, dt.date | None] | None) -> int | None:
    """A cover without a title's year: its session's, from the dates of the session or its one day (above), else
    a month it prints alone (`2025. 11.`)."""
    if "session_start" in info:
        return info["session_start"].year
    return dated[0] if dated else None


def _date_alone(text: str) -> tuple[int, dt.date | None] | None:
    """The day or month a cover prints alone (`2019. 11. 20.`, `2025. 6. 12.(목)`, `2025. 11.`; after its label,
    `보고일자`, taken off): its year and the day (None of a month), None for any other text."""
    if text[:1] not in "12’‘'`":
        return None
    if _DATE_ALONE_RE.fullmatch(text) and (date := parse_date(text, None)):
        return date.year, date
    month = _MONTH_ALONE_RE.fullmatch(text)
    return (full_year(month.group(1)), None) if month else None


def _session(match: regex.Match) -> str:
    """`영등포구의회 제300회 제2차 정례회` → `제300회 영등포구의회 제2차 정례회`, as most covers print it."""
    council, number, rest = match.groups()
    return clean_text(f"{number} {council} {rest}" if council else match.group(0))


def _places(council: str | None) -> frozenset[str]:
    """The district the cover's council names, as a slogan or the cover prints it before the department, or its
    office (`영등포구의회` → `영등포`, `영등포구`, `영등포구청`; `수원시의회` → `수원시청`: the city's own department,
    no 구청's); none where the cover names no council."""
    if council is None:
        return frozenset()
    place = council.removesuffix("의회")
    return frozenset({place, f"{place}청", _PLACE_KIND_RE.sub("", council)})


def _cover_department(cover: list, at: int, anchor: regex.Match, places: frozenset[str],
                      city: bool) -> tuple[str | None, str | None]:
    """The office and department the cover names: the first below its title (or, with none, its session), or on
    its line after it, else the one above it (`행정지원국 총무과` over `2025년 주요업무 보고`). An office only on
    a city's council's cover (`city`)."""
    below = itertools.chain(_lines_of(anchor.string[anchor.end():]), _cover_lines(cover[at + 1:]))
    above = itertools.chain(_cover_lines(cover[:at]), _lines_of(anchor.string[:anchor.start()]))
    office, name = _first_department(below, places, city)
    return (office, name) if name else _first_department(above, places, city)


def _dong_below(cover: list, at: int, anchor: regex.Match) -> str | None:
    """The 동 the cover's first line below its title names alone (`새솔3동`, `상계3·4동`, `여 의 동`), the department of
    a 동 주민센터's report that prints no `주민센터` (before, the report had no department)."""
    below = itertools.chain(_lines_of(anchor.string[anchor.end():]), _cover_lines(cover[at + 1:]))
    name = "".join(next(below, "").split())
    return name if name[-1:] == "동" and _DONG_RE.match(name) else None


def _first_department(lines: Iterable[str], places: frozenset[str], city: bool) -> tuple[str | None, str | None]:
    """The office and department the first line naming one names, read line by line as needed (most covers name it
    right below the title). A higher unit is the department only when the next line names none narrower
    (`행정지원국` over `총무과`). The office is printed before the department on its line (`장안구 총무과`) or on
    the line right above it alone (`장안구청` over `총무과`)."""
    lines = iter(lines)
    office = name = previous = None
    for line in lines:
        office, name = _cover_unit(line, places, city)
        if name:
            break
        previous = line
    if name is None:
        return None, None
    if office is None and city and previous is not None:
        office = _office_alone(previous, places)
    while _HIGHER_UNIT_RE.match(name) and (narrower := _cover_unit(next(lines, ""), places, city))[1]:
        office, name = narrower[0] or office, narrower[1]
    return office, name


def _cover_unit(line: str, places: frozenset[str], city: bool) -> tuple[str | None, str | None]:
    """The office and department a cover's line names, but never the council's committee the report is made to, also
    where it is letter-spaced (`행 정 위 원 회`), which `_COVER_PIECE_RE` does not take out of a line, nor a field's
    label (`장 소`, `보고부서`: `_FIELD_LABEL_RE`)."""
    office, name = _office_and_department(_FIELD_LABEL_RE.sub("", line, count=1), places, city)
    return (None, None) if name and name.endswith(_COMMITTEE) else (office, name)


def _office_alone(line: str, places: frozenset[str]) -> str | None:
    """The office a cover's line names alone (`장안구`, `장안구청`, `수원시 장안구`, `장 안 구`), after no more than
    the city the council names."""
    words = _units_of(line)
    match = _OFFICE_RE.match(words[-1]) if words else None
    return match.group(1) if match and all(word in places for word in words[:-1]) else None


def _cover_lines(blocks: list) -> Iterator[str]:
    return (line for block in blocks if isinstance(block, LINE_BLOCKS) for line in _lines_of(block.text))


def _lines_of(text: str) -> list[str]:
    """The lines a cover's paragraph runs together that may name its department: what is left between its
    session, dates and title (`제265회 영등포구의회 정례회 2025. 6. 12. 총 무 과` → `총 무 과`); the council's
    secretariat printed after the council's name is the `의회사무국` (`한빛구의회 사무국`), not the council and a
    `사무국`."""
    if "사" in text:
        text = _COUNCIL_SECRETARIAT_RE.sub("의회사무국", text)
    return [line for line in _COVER_PIECE_RE.sub("\n", text).split("\n") if line.strip()]


@functools.lru_cache(maxsize=256)  # every report of a council's session prints the same session line on its cover
def _session_in(text: str) -> regex.Match | None:
    """`_SESSION_RE`'s match in a cover's line, tried only on a line holding `회` (of `제N회` and `정례회` or `임시회`,
    which every session prints): the pattern, its council's name first or not, is sought at each letter."""
    return _SESSION_RE.search(text) if "회" in text else None


def _title_in(text: str) -> regex.Match | None:
    """`_TITLE_RE`'s match in a cover's line, tried only on a line holding `업` (of `업무`, which every title prints):
    the pattern is sought at each of the line's digits and quotes."""
    return _TITLE_RE.search(text) if "업" in text else None


def _audit_title_in(text: str) -> regex.Match | None:
    """`_AUDIT_TITLE_RE`'s match in a cover's line, tried only on a line holding `감` (of `감사`, spaced or not)."""
    return _AUDIT_TITLE_RE.search(text) if "감" in text else None


def _title_over_two_lines(cover: list, k: int):
    """The title where a cover prints its year on a line of its own above the rest (`2025년도` over
    `주요업무보고`), or with the session's kind over the title's words alone (`2025년도 행정사무감사` over `주요업무
    추진상황 보고`), which converters give as two paragraphs."""
    if k + 1 == len(cover) or cover[k].text.lstrip()[:1] not in YEAR_STARTS:
        return None
    if not YEAR_LABEL_RE.match(cover[k].text) and not (
            _YEAR_WORDS_RE.match(cover[k].text) and _REPORT_LINE_RE.match(cover[k + 1].text)):
        return None
    return _TITLE_RE.match(_closed_ordinals(f"{cover[k].text.strip()} {cover[k + 1].text.strip()}"))


def _session_over_two_lines(cover: list, k: int) -> regex.Match | None:
    """The session where a cover prints it over two lines as two blocks (`제301회 한빛구의회` over `제1차 정례회`, as a
    PDF sets a line wrapped in a heading's type: two headings): its number on the first, its kind on the second."""
    if k + 1 == len(cover) or "회" not in cover[k].text:
        return None
    text = _closed_ordinals(cover[k].text.strip())
    match = _SESSION_RE.search(f"{text} {_closed_ordinals(cover[k + 1].text.strip())}")
    return match if match and match.start() < len(text) < match.end() else None


def _dates_over_two_lines(cover: list, k: int) -> tuple | None:
    """The session's dates where a cover prints them over two lines as two blocks (`2025. 6. 10. ~ 6.` over `24.`)."""
    if k + 1 == len(cover) or "~" not in cover[k].text:
        return None
    return parse_date_range(f"{cover[k].text.strip()} {cover[k + 1].text.strip()}")


def _closed_ordinals(text: str) -> str:
    """A cover's line with its session's and sitting's numbers closed up (`제 278 회` → `제278회`), and its year where
    a letter-spaced title spaces its digits (`2 0 2 5 년   주 요 업 무 보 고` → `2025년 …`; before, no title)."""
    if "제" in text:
        text = _SPACED_ORDINAL_RE.sub(_closed_ordinal, text)
    return _SPACED_YEAR_RE.sub(lambda match: match.group(0).replace(" ", ""), text) if "년" in text else text


def _closed_ordinal(match: regex.Match) -> str:
    return f"제{match.group(1).replace(' ', '')}{match.group(2)}"


def _from_file_name(info: dict, path: str, places: frozenset[str], city: bool) -> list[str]:
    """A converter may drop the cover (printed as an image): the department and year the file's name gives
    (`2025_행정지원국_총무과_업무보고.txt`) stand in for it, and on a city's council's cover naming no office, the
    office the name prints before that department (`2025-장안구-총무과.txt`, `수원시_장안구청_총무과.md`,
    `장안구총무과.txt`); which of them did is returned and kept."""
    taken = []
    if info["department"] is None or city and info["office"] is None:  # most covers print what the name could give
        taken += _names_from_file_name(info, path, places, city)
    if info["year"] is None and (match := _NAME_YEAR_RE.search(PurePath(path).stem)):
        info["year"] = full_year(match.group(1) or match.group(2))
        taken.append("year")
    return taken


def _names_from_file_name(info: dict, path: str, places: frozenset[str], city: bool) -> list[str]:
    """The department the file's name gives where the cover prints none, and on a city's council's cover naming
    no office, the office the name prints before that department; which of them it set."""
    taken = []
    words = [unit for word in _NAME_SPLIT_RE.split(PurePath(path).stem)
             for unit in _office_run_in(compact(word), places, city)]
    names = [k for k, word in enumerate(words) if DEPARTMENT_RE.match(word) and not word.endswith(_NOT_DEPARTMENTS)]
    if info["department"] is None and names:
        info["department"] = words[names[-1]]  # `행정지원국_총무과`: the 과 is the department
        taken.append("department")
    named = [k for k in names if words[k] == info["department"]]
    if city and info["office"] is None and named and (office := _office_before(words[:named[-1]])):
        info["office"] = office
        taken.append("office")
    return taken


def _outside_projects(sections: list[Section]) -> list[Block]:
    """The cover's and the general part's blocks, where the organisation line is printed; not a project's, whose
    items may count teams of another kind (`구청장배 축구대회 : 4.12. / 32개팀`)."""
    return [block for section in sections if section.is_general for block in section.blocks]


def _team_count(doc: Document, general: list[Block]) -> tuple[int | None, bool]:
    """The teams the organisation line counts: in the general part (`총무과 - (5)개팀`, `○ 조직 : 4개팀`), else
    elsewhere only where labelled as the organisation (`1. 조 직 : 4팀`, `(5)개팀`), not a count of teams in a
    project's item (`32개팀`). A table's row labelled as the organisation (`조 직 | 4개팀`) is its line. And whether
    the line counts them after two 과 or more (`도시관리국 3과 12팀`): a 국's teams, the department's only where no
    organisation table prints its own."""
    for blocks, pattern in ((general, _TEAMS_RE), (doc.blocks, _ORGANISATION_TEAMS_RE)):
        for block in blocks:
            text = _organisation_row(block) if isinstance(block, Table) else block.text
            if text and "팀" in text and (match := pattern.search(text)):
                return int(next(filter(None, match.groups()))), bool(_OF_DIVISIONS_RE.search(text))
    return None, False


# teams counted after two 과 or more (`도시관리국 3과 12팀`, `조직 : 1국 3과 12팀`): a 국's, which may be no 과's of
# it (`1과 5팀` is the department's)
_OF_DIVISIONS_RE = patterns.compile(r"(?<!\d)(?:[2-9]|\d\d)\s*개?\s*과\s*[,:：\-]?\s*\(?\s*\d+\s*\)?\s*개?\s*팀")


# the label of a table's row printing the organisation (`조 직`, `1. 조직`, `○ 기구`, compacted)
_ORGANISATION_LABEL_RE = patterns.compile(r"^(?:\d{1,2}[.)]?|[○◦□■ㆍ·\-])?(?:조직|기구)$")


def _organisation_row(table: Table) -> str | None:
    """The organisation line a table prints as a row of its label and its count, split by a tab, a pipe or a wide
    gap (`조 직<TAB>1국 2팀`, `| 조 직 | 4개팀 (총무팀, …) |`, `조  직     4개팀`): `조직 : 1국 2팀`, as the line
    prints it; None where no row is labelled so."""
    for row in table.rows:
        if len(row) > 1 and "팀" in row[1] and _ORGANISATION_LABEL_RE.match(compact(row[0])):
            return f"조직 : {row[1]}"
    return None


# an organisation table's columns (`국 | 과 | 팀`, `과 | 팀 수 | 팀 명`, compacted): the 과, its teams named, or counted
_DIVISION_LABEL_RE = patterns.compile(r"^(?:과|부서)명?$")
_TEAMS_LABEL_RE = patterns.compile(r"^팀(?:명|명칭)?$")
_TEAM_COUNT_LABEL_RE = patterns.compile(r"^팀수(?:\(개\))?$")
_TEAM_NAME_RE = patterns.compile(r"[\p{Hangul}\d·]+?팀")  # each team a cell names, its spaces gone (`총무팀, 인사팀`)


def _organisation_table_teams(general: list[Block], department: str | None) -> int | None:
    """The teams of the department that an organisation table in the general part prints (`국 | 과 | 팀` over
    `행정지원국 | 총무과 | 총무팀, 인사팀`, a team a row under its 과 merged down, or `과 | 팀 수 | 팀 명` over
    `총무과 | 4 | …`, its 과 under `구 분` where no column is labelled 과: a 국's table, `구 분 | 팀 수 | 정 원`):
    the count printed in its `팀 수`, else the teams named on its rows. None where no such table
    prints the department (`department`, as the cover or the organisation line names it) among its 과."""
    if department is None:
        return None
    for block in general:
        if not isinstance(block, Table) or len(block.rows) < 2 or "팀" not in "".join(block.rows[0]):
            continue
        header = [compact(cell) for cell in block.rows[0]]
        division = next((k for k, label in enumerate(header) if _DIVISION_LABEL_RE.match(label)),
                        header.index("구분") if "구분" in header else None)
        named = next((k for k, label in enumerate(header) if _TEAMS_LABEL_RE.match(label)), None)
        counted = next((k for k, label in enumerate(header) if _TEAM_COUNT_LABEL_RE.match(label)), None)
        if division is None or named is counted is None:
            continue
        teams: list[str] = []
        printed = None
        current = ""
        for row in block.rows[1:]:
            current = compact(row[division]) if division < len(row) and row[division].strip() else current
            if current != department or any(is_total(cell) for cell in row):
                continue
            if counted is not None and counted < len(row) and (count := parse_count(row[counted])) is not None:
                printed = count
            if named is not None and named < len(row):
                teams += [team for team in _TEAM_NAME_RE.findall(row[named].replace(" ", "")) if team not in teams]
        if printed is not None or teams:
            return printed if printed is not None else len(teams)
    return None


def _unit_from_organisation(blocks: list[Block], places: frozenset[str], city: bool) -> tuple[str | None, str | None]:
    """`총 무 과 - ( 5 )개팀`, `장안구 총무과 - 4개팀`: the office (on a city's council's cover, `city`) and department
    the organisation line names, for a cover that names neither or only the department."""
    for block in blocks:
        if not isinstance(block, Table) and "팀" in block.text and _TEAMS_RE.search(block.text):
            office, name = _office_and_department(block.text, places, city)
            if name:
                return office, name
    return None, None


def _office_and_department(text: str, places: frozenset[str], city: bool) -> tuple[str | None, str | None]:
    """The department a line names, if it names one (`총 무 과`, `총무과 - (5)개팀`, `행정지원국 총무과`,
    `행정지원국(총무과)`, `행 정 지 원 국 총 무 과`: the last unit, after the higher ones printed before it, also past a
    slash, `보건소 / 건강증진과`, not one printed in brackets after it, `건강증진과(보건소)`) and, on a city's council's
    cover (`city`), the office printed before it (`장안구 총무과`, `장안구청 총무과`, `수원시 장안구 / 총무과`,
    `장 안 구 총 무 과`, run into it: `장안구총무과`, `장안구청총무과`), else in brackets after it (`총무과(장안구)`,
    `총무과 (장안구청)`) → `장안구`."""
    text, units_after = _units_after(_FORMER_NAME_RE.sub("", text), places)
    first, *after_dashes = _UNITS_PARTED_RE.split(text)
    # `총무과 - (5)개팀`: an organisation line's dash comes before its teams; `행정지원국 - 총무과`: between units
    text = " ".join([first, *itertools.takewhile(_names_unit, after_dashes)])
    words = [unit for word in _units_of(text) for unit in _office_run_in(word, places, city)]
    named = _department_words(words, places, city)
    if not DEPARTMENT_RE.match(name := "".join(named)):
        return None, None
    office = (_office_before(words[:len(words) - len(named)]) or _office_before(units_after)) if city else None
    return office, name


def _units_of(text: str) -> list[str]:
    """A line's words, or where it is letter-spaced, the units its letters run together name (`보 건 소`,
    `행 정 지 원 국 총 무 과` → `행정지원국`, `총무과`)."""
    words = _line_words(text)
    if len(words) > 1 and all(len(word) == 1 for word in words):  # letter-spaced: its words are not its units
        return _letter_spaced_units("".join(words))
    return words


def _units_after(text: str, places: frozenset[str]) -> tuple[str, list[str]]:
    """A line without the units above its department printed in brackets after it, and those units
    (`건강증진과(보건소)`, `총무과(장안구)`, `건강증진과 (장안구 보건소)`): only where each is one, or the place the
    council names."""
    if bracketed := _BRACKET_AFTER_RE.match(text):
        units = _units_of(bracketed.group(2))
        if all(_HIGHER_UNIT_RE.match(unit) or _OFFICE_RE.match(unit) or unit in places for unit in units):
            return bracketed.group(1), units
    return text, []


def _office_run_in(word: str, places: frozenset[str], city: bool) -> list[str]:
    """A word of a 구 or its 구청 run into the unit after it, as two (`장안구총무과` → `장안구`, `총무과`;
    `장안구청총무과`, `장안구보건소`): on a city's council's cover (`city`) any of its 구, on another's the district
    it names (`영등포구총무과` to the 영등포구의회 is its `총무과`, as `영등포구 총무과` is). Only where the rest
    names a unit of its own: not a name's last word alone (`취약가구지원과` is no 구's `지원과`)."""
    match = _OFFICE_RUN_IN_RE.match(word)
    if match is None or not (city or match.group(1) in places):
        return [word]
    rest = word[match.end():]
    if _GENERAL_HEAD_RE.match(rest) or rest in _UNIT_WORDS or not (
            DEPARTMENT_RE.match(rest) or _HIGHER_UNIT_RE.match(rest)):
        return [word]
    return [match.group(0), rest]


def _office_before(words: list[str]) -> str | None:
    """The office the words before a department end with, past the units between (`장안구 보건소 건강증진과`)."""
    for word in reversed(words):
        if office := _OFFICE_RE.match(word):
            return office.group(1)
        if not _HIGHER_UNIT_RE.match(word):
            return None
    return None


def _line_words(text: str) -> list[str]:
    return [word for word in _WORD_SPLIT_RE.split(clean_text(text)) if word]


def _department_words(words: list[str], places: frozenset[str], city: bool) -> list[str]:
    """The words of a line that are its department's, where a cover without blank lines runs a slogan or a place
    into it or prints the units above it before it: the letters spaced out at the end (`함께 만드는 행복 영등포
    총 무 과`); else the words after the last higher unit or the district the council names (`영등포구 보건소
    건강증진과`, `영등포 도시 안전 계획과` on a cover of the 영등포구의회). Where a slogan's word or number comes
    before (`새로운 영등포 총무과`, `행복한 한빛 만들기 총무과`, `한빛 비전 2030 총무과`) or more words than a name
    has are left (`희망 행복 미래도시 영등포 총무과`), a slogan may run on after the district: then the last word
    where that names a department alone, else, where it only says the kind of unit or what it does in general
    (`기획 예산 담당관`, `공원 녹지 과`, `스마트 도시 정책관`), the words after the slogan's and the district, no more
    than a name has. Otherwise all are the name's words, printed apart (`복지 정책과`, `도시 안전 계획과`). On a city's
    council's cover (`city`) an office is a higher unit (`장안구청 총무과`, `마산합포구 총무과`)."""
    if len(words) < 2:
        return words
    spaced = list(itertools.takewhile(lambda word: len(word) == 1, reversed(words)))
    if len(spaced) > 1:
        return spaced[::-1]
    *before, last = words
    start = max((k + 1 for k, word in enumerate(before)
                 if word in places or _HIGHER_UNIT_RE.match(word) or (city and _OFFICE_RE.match(word))), default=0)
    slogan_end = max((k + 1 for k, word in enumerate(before) if _SLOGAN_WORD_RE.search(word) or word.isdigit()),
                     default=0)
    if not slogan_end and len(words) - start <= _NAME_WORDS:
        return words[start:]
    if len(last) >= 3 and last not in _UNIT_WORDS and not _GENERAL_HEAD_RE.match(last):
        return [last]
    return words[max(start, slogan_end, len(words) - _NAME_WORDS):]


def _names_unit(text: str) -> bool:
    name = compact(text)
    return bool(DEPARTMENT_RE.match(name) or _HIGHER_UNIT_RE.match(name))


def _letter_spaced_units(name: str) -> list[str]:
    """`행정지원국총무과` → [`행정지원국`, `총무과`]: the higher units a letter-spaced line starts with, then
    the rest."""
    units = []
    while match := _LEADING_UNIT_RE.match(name):
        units.append(match.group(0))
        name = name[match.end():]
    return [*units, name]
