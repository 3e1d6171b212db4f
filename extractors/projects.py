"""Projects of a section such as `Ⅱ 주요업무 추진실적`: title, team, purpose, items and budget.

Converters drop titles from the body; then a project starts at its purpose sentence (…하고자 함, or, while
the table of contents lists more projects, at a part the project before has had already, or any paragraph
above one) and takes its title from the section's table of contents, in order: its own, or else the one
the document prints after its cover, which lists the projects under each part.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

import regex

from extractors.budget import stated_lines
from extractors.context import TableContext, is_number, source_of
from extractors.former_names import former_title_line, split_former_name
from extractors.labels import COST_SHARE_LABEL, COST_SHARE_REST, COST_SHARE_YEAR, COST_TOTALS
from extractors.sections import (
    CIRCLED,
    LEADER_CHARS,
    LINE_BLOCKS,
    TEXT_BLOCKS,
    Section,
    box_line,
    contents_line_title,
    contents_titles,
    is_contents_table,
    other_circled,
)
from pipeline import patterns
from pipeline.aligned import is_month_label, is_schedule_mark
from pipeline.document import BARE_PART_RE, BOX_MARKS, PART_ENDINGS, Bullet, Heading, Paragraph, Table
from pipeline.values import (
    AMOUNT_RE,
    AS_OF,
    DATE_LABEL_RE,
    EOK_IN_TEXT_RE,
    FOOTNOTE_MARK_RE,
    LETTERS,
    MAN_IN_TEXT_RE,
    MONEY_SCALES,
    OFFICE_SUFFIX,
    RAISED_DIGITS,
    TEXT_CACHE,
    TILDES,
    YEAR,
    Period,
    as_word,
    clean_text,
    compact,
    full_year,
    is_total,
    numbers_a_year,
    parse_amount,
    parse_amount_without_won,
    parse_money_cell,
    parse_period,
    parse_period_label,
    prints_no_unit,
    unit_multiplier,
    with_won,
)
from schemas import BudgetLine, Project, ProjectItem
from schemas.budget import FUNDING_PATTERN, JOINT_FUNDING_PATTERN, is_funding

_NUMBERED_RE = patterns.compile(r"^(\d{1,2})\s*[.)]?\s+(\S.*)$")
_ITEM_NUMBER_RE = patterns.compile(r"^(\d{1,2})\.\s+(\S.*)$")  # `1. 정기점검: 3월`: an item of a numbered list
_LETTERED_RE = patterns.compile(rf"^([{LETTERS}])\s*[.)]\s+(\S.*)$")  # `가. 제목`: a heading numbered in letters
# the team(s) ending a title, or printed on a line of their own below it: `교육후생팀`, `(세무1팀)`,
# `- 청사관리팀`, `- 청사관리팀 -`, `【청사관리팀】`, `(담당: 청사관리팀)`, `(총무팀, 청사관리팀)`,
# `(녹지조성팀·공원관리팀)`; inside brackets a name may be spaced (`(청사 관리팀)`); the team's head and phone may
# follow (`(담당: 청사관리팀장 홍길동 ☎ 2670-3101)`, `청사관리팀 (☎ 2670-3000)`), and the department's head
# precede (`총무과장 김철수 / 인사팀장 이영희`)
_TEAM = r"\p{Hangul}[\p{Hangul}\d]{0,11}팀"
_SPACED_TEAM = r"\p{Hangul}[\p{Hangul}\d ]{0,11}팀"
_TEAM_LABEL = r"(?:\p{Hangul}{1,6}\s*[:：]\s*)?"  # `담당:`, `주무부서 :`
_DEPARTMENT_HEAD = r"(?:\p{Hangul}{1,8}[과국]장\s+\p{Hangul}{2,4}\s*[/,·]\s*)?"
_TEAM_CONTACT = r"(?:장(?:\s+\p{Hangul}{2,4})?)?(?:\s*[(（]?\s*(?:[☎☏]|전화|내선)\s*[:.]?\s*\d[\d-]*\s*[)）]?)?"
_TEAM_RE = patterns.compile(
    rf"\s*(?:[(\[<〈【]\s*{_TEAM_LABEL}({_SPACED_TEAM}(?:\s*[,·/]\s*{_SPACED_TEAM})*)(?:\s*외\s*\d+\s*개?\s*팀?)?"
    rf"|(?:[-–]\s*)?{_TEAM_LABEL}{_DEPARTMENT_HEAD}({_TEAM}(?:\s*[,·/]\s*{_TEAM})*)){_TEAM_CONTACT}\s*[)\]>〉】\-–]?$")
_TEAM_SEPARATOR_RE = patterns.compile(r"\s*[,·/]\s*")
# an office of another kind bracketed alone after a title (`(홍보담당관)`, `(청사관리TF)`, `(민원담당)`,
# `(총무과)`): its team, as `(청사관리팀)` is; not a bracket of other words (`(가칭)`, `(신규)`, `(3개소)`, `(구
# 복지센터)`), nor a word ending in 과 that names no office (`(운영성과)`, `(추진결과)`, `(개선효과)`)
_OFFICE_CLOSES = (")", "]", ">", "〉", "】")
_BRACKETED_OFFICE_RE = patterns.compile(
    rf"\s*[(\[<〈【]\s*(\p{{Hangul}}[\p{{Hangul}}\d]{{1,11}}{OFFICE_SUFFIX})(?<![성결효경초부]과)\s*[)\]>〉】]$")
# a project's continuity marker, as a plan prints it with its title, in brackets of any kind: what the
# project is beside last year's work, new, continued, grown, cut, changed, done or ended (`[계속]`,
# `(신규)`, `【신규】`, `<신규>`, `〈계속〉`, `［계속］`, `(계속사업)`, `[ 신 규 ]`, `(확대)`, `[변경]`,
# `(완료)`, `(축소)`, `(종료)`); before the title or after it (before its team or after it), or on a
# line of its own right above or below it, a bracketed word of another kind beside it or not (`[계속] [공약]`);
# not a word of the title (`계속 운영되는 쉼터 확충`), another bracketed word (`[공약]`, `(가칭)`: the title's as
# printed), nor a round bracket joined to the title's first word (`(신규)임용자 교육`)
_MARKER_WORDS = ("신규", "계속", "확대", "축소", "변경", "완료", "종료")
_MARKER_OPENS, _MARKER_CLOSES = "[［【<〈《(（", "]］】>〉》)）"  # a text starts or ends with a marker only with one
_MARKER = (rf"([{regex.escape(_MARKER_OPENS)}])\s*(" + "|".join(r"\s*".join(word) for word in _MARKER_WORDS)
           + rf")\s*(?:사\s*업)?\s*[{regex.escape(_MARKER_CLOSES)}]")
_LEADING_MARKER_RE = patterns.compile(rf"^{_MARKER}\s*")
_TRAILING_MARKER_RE = patterns.compile(rf"(?<=\S)\s*{_MARKER}$")
# a bracketed word of another kind printed with a title, between its marker and the title's end or start (`[공약]`,
# `<중점>`, `(가칭)`): the title keeps it
_TAG = rf"[{regex.escape(_MARKER_OPENS)}]\s*\p{{Hangul}}[\p{{Hangul}} ]{{0,7}}[{regex.escape(_MARKER_CLOSES)}]"
_LEADING_TAG_RE = patterns.compile(rf"^{_TAG}\s*")
_TRAILING_TAG_RE = patterns.compile(rf"\s*{_TAG}$")
# a label over a group of titles naming their marker as a kind of project (`《 신규사업 》`, `< 계속사업 >`,
# `【 신규사업 】`, `[계속사업]`, `■ 신규사업 (3건)`, `## 계속 추진사업`), numbered as a group (`1. 신규사업`,
# `가. 계속사업`) or not, its titles counted or not (`(3건)`, `: 2개 사업`); a bare marker (`[계속]`) on a line of
# its own is its title's alone
_GROUP_KIND = ("(" + "|".join(r"\s*".join(word) for word in _MARKER_WORDS) + r")\s*(?:추\s*진\s*)?사\s*업")
_GROUP_SIZE = r"(?:총\s*)?\d{1,3}\s*(?:건|개(?:\s*사\s*업)?)"
_GROUP_COUNT = rf"(?:\s*(?:[(（]\s*{_GROUP_SIZE}\s*[)）]|[:：]\s*{_GROUP_SIZE}))?"
_GROUP_NUMBER = rf"(?:(?:\d{{1,2}}|[{LETTERS}])\s*[.)]\s*)?"
# the last letter of such a label, which most lines of a part do not end with, so that few are asked the pattern
_GROUP_KIND_ENDS = frozenset("업건개" + _MARKER_CLOSES)
_GROUP_MARKER_RE = patterns.compile(
    rf"^{_GROUP_NUMBER}(?:[{regex.escape(_MARKER_OPENS)}]\s*{_GROUP_KIND}{_GROUP_COUNT}\s*"
    rf"[{regex.escape(_MARKER_CLOSES)}]|{_GROUP_KIND}){_GROUP_COUNT}$")
_PURPOSE_END_RE = patterns.compile(r"(?:함|임|음|다)\s*\.?\s*$")
_UNIT_NAME_RE = patterns.compile(r"^\s*단위\s*사업\s*(?:명)?\s*[:：]\s*(.+?)\s*$")
# `(단위사업: 녹지 조성)` after a title, which names the project's 단위사업 as an item would
_TITLE_UNIT_RE = patterns.compile(r"\s*[(（]\s*단위\s*사업\s*(?:명)?\s*[:：]\s*([^()（）]+?)\s*[)）]$")
# what a 단위사업 printed in an item or beside a title is written with, besides its name: quotes around it
# (`「공원 관리」`), more 단위사업 after it (`공원 관리 외 1`)
_UNIT_QUOTES = "「」『』\"'“”‘’〈〉<>"
_UNIT_MORE_RE = patterns.compile(r"\s*외\s*\d+\s*(?:개|건)?\s*(?:단위)?\s*(?:사업)?$")
# a field's colon, a space after it or not (`점검:9월`); not a time's (`10:00`), nor one that prints an as-of date
# (`(기준일: 5.31.)`: no field of its own)
_COLON_RE = patterns.compile(r"(?<!\d|기\s*준\s*일\s*)[:：]")
# a field's colon outside brackets: not one of a note after its value (`1,200,000천원 (기투자: 400,000, …)`)
_BARE_COLON_RE = patterns.compile(rf"{_COLON_RE.pattern}(?![^()]*\))")
# what splits an item's fields: a slash (not a fraction's, `2/4분기`) or a comma, not inside parentheses
# (the lookahead first: it fails fast at the letters no separator starts with, where the pattern would try each of
# its alternatives)
_FIELD_SPLIT_RE = patterns.compile(r"(?=[\s/,])(?:\s*(?<!\d)/\s*|\s*/(?!\d)\s*|,\s+)(?![^()]*\))")
_COMMA_BLANK_RE = patterns.compile(r",\s")  # a comma that may split fields: most are a figure's (`1,500,000`)
_PARENS_RE = patterns.compile(r"\(([^()]*)\)")
_DIGIT_RE = patterns.compile(r"\d")  # what a year and an amount print: an item printing none has neither, unread
# a field's label naming the plan replaced or the new one (`당초: 5월 / 변경: 8월`, `준공(당초) : 5월`), which tells
# its value's period a change's (`parse_period`)
_CHANGE_LABEL_RE = patterns.compile(r"(당초|변경)\s*[)）]?\s*$")
# `58,000천원(구비)`, `8억원 (시비 50%)`, `800,000천원(국 400,000 시 …)`: the funding of an amount after it
_FUNDING_NOTE_RE = patterns.compile(rf"(?=[\s(])\s*\((?:[^()]*{FUNDING_PATTERN}|\s*[국시구도군]\s*\d)[^()]*\)$")
# `2,110,200천원 (1월~5월)`: a period, printed after an amount. Both notes' patterns, searched, open with a lookahead
# that fails fast where no blank or bracket is
_NOTE_RE = patterns.compile(r"(?=[\s(])\s*\(([^()]*)\)$")
# `4~5월(2개소) 35,000천원`, `시설 보수(4~5월) 35,000천원`: what is printed up to a bracket, and an amount right after
# it
_AFTER_NOTE_RE = patterns.compile(r"(.*\))\s*([^()]*\d[^()]*원)")
# `시설 보수(5개소, 150,000천원) : 4월~5월`: the colon right after a bracket closing the item's name, its period
# after it
_COLON_AFTER_NAME_RE = patterns.compile(r"\s*[:：]\s*")
# the years' shares of a total, printed after it (`1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 500,000)`):
# each a label (`COST_SHARE_LABEL`) and a figure, in its own unit or else the total's
_SHARE_NUMBER = r"\d(?:[\d,]*\d)?"  # not the comma after it (`400,000, 2026년 …`)
_SHARE_FIGURE = (rf"{_SHARE_NUMBER}(?:\.\d+)?"
                 rf"(?:\s*(?:{MONEY_SCALES})(?:\s*{_SHARE_NUMBER}\s*(?:{MONEY_SCALES}))*\s*원?|\s*원)?")
_SHARE = rf"({COST_SHARE_LABEL})\s*[:：]?\s*({_SHARE_FIGURE})"
_SHARES_RE = patterns.compile(rf"\s*{_SHARE}(?:\s*[,/·]?\s*{_SHARE})*\s*")
_SHARE_REST_RE = patterns.compile(COST_SHARE_REST)
_SHARE_RE = patterns.compile(_SHARE)
_SHARE_YEAR_RE = patterns.compile(COST_SHARE_YEAR)  # a share of one year (`’25년`, `2025년`)
# `1,200,000천원 (`: the total's unit; `36억 (`, in 억 printing no `원`: 억
_TOTAL_UNIT_RE = patterns.compile(rf"\d\s*((?:{MONEY_SCALES})?원|억)\s*$")
# `5억원(시비 3억, 구비 2억)`, `500,000천원 (`: an amount right before a bracket, which notes its parts (no field)
_BEFORE_ITS_NOTE_RE = patterns.compile(rf"\d\s*(?:(?:{MONEY_SCALES})?원|억)\s*$")
_RATE_RE = patterns.compile(r"\s*\d+(?:\.\d+)?\s*%\s*")  # `450,000천원 (45.0%)`: a rate, printed after an amount
# `구비 150,000천원`, `국·시비 포함 2억`, `국·시비 포함 총 2억원`: an amount after its funding source (two printed as
# one too, the words saying the amount includes it or not), the item's where it is the only source printed
_SOURCE_LEAD_RE = patterns.compile(
    rf"^(?:{JOINT_FUNDING_PATTERN}|{FUNDING_PATTERN})(?:\s*포\s*함)?\s*(?:총\s*|약\s*)?(?=\d)")
# `국비 8,000천원, 구비 8,000천원`, `시비 5억원·구비 3억원`, `(국비 40,000천원, 시비 12,000천원, 구비 28,000천원)`:
# the item's money printed by its sources, each a budget's source (`is_funding`) or other funding beside one (`자부담`,
# `민간`, as a project's budget reads them), right before its amount printing its unit; the run set apart from the
# rest by a bracket, a colon, a slash or a comma, or the text's ends
_ITEM_SOURCE = rf"(?<!\p{{Hangul}})({JOINT_FUNDING_PATTERN}|{FUNDING_PATTERN}|자부담|민간)"
_SOURCE_AMOUNT = rf"{_ITEM_SOURCE}\s*[:：]?\s*(\d[\d,.\s천千백십조억만]*[원억만])"
_SOURCE_AMOUNT_RE = patterns.compile(_SOURCE_AMOUNT)
_SOURCES_RUN_RE = patterns.compile(
    rf"(?:^|(?<=[(（:：/,]))\s*{_SOURCE_AMOUNT}(?:\s*[,·ㆍ・･/]?\s*{_SOURCE_AMOUNT})+\s*(?=$|[)）/,(（])")
# what else an item may print of a source: a figure after it (`국비 50%`, `구비 3건`), which makes the run a part
_SOURCE_FIGURE_RE = patterns.compile(rf"{_ITEM_SOURCE}\s*[:：]?\s*\d")
# `총사업비 95,700천원`, `지급액 1,235,000천원`, `소요예산 5억원`, `보조금 500,000천원`, `사업비(국비) 95,700천원`,
# `인건비 12,000천원`: a word naming the money spent, granted, paid or taken in before an amount (a budget's kind
# of expense too: `인건비`, `시설비`, `업무추진비`, `재료비`, `여비`, `사무관리비`, `행사운영비`, `홍보비`,
# `위탁사업비`, `연구용역비`; a fee, rent or premium, `수수료`, `임차료`, `보험료`, `사용료`; `징수액`, `부과액`,
# and what is imposed, `과태료`, `과징금`, `이행강제금`; `보상금`, `전출금`; a grant or award the item won,
# `재정인센티브`, `특별교부금`, `교부세`, `포상금`, `시상금`, `상금`, `장려금`), with no colon, its funding in brackets
# after it or not, and whose share it is before it or not (`구 부담금 3,000천원`: the district's, not 舊; `국고
# 보조금`, `시비 총사업비`); not one that names a change or a unit (`증감`, `1인당`)
_MONEY_WORD = (r"(?:(?:[국시구도군]\s*비?|국\s*고)\s*)?(?:총\s*)?"
               r"(?:사업비|(?:소요\s*)?예산\s*액?|집행\s*액?|지급\s*액|지원\s*[액금]|보조\s*[금액]|교부\s*액"
               r"|부담\s*[금액]|분담\s*금|출연\s*금|투입\s*액|지출\s*액|계약\s*(?:금)?액"
               r"|징수\s*액|부과\s*액|과징\s*금|이행\s*강제\s*금|보상\s*금|전출\s*금|(?:수수|임차|보험|사용|과태)\s*료"
               r"|(?:공사|(?:연구\s*)?용역|설계|(?:행사\s*)?운영|보상|인건|시설|업무\s*추진|자산\s*취득|재료|여"
               r"|사무\s*관리|홍보|위탁(?:\s*사업)?)\s*비"
               r"|(?:재정\s*|특별\s*(?:조정\s*)?|조정\s*)?(?:인센티브|교부\s*[금세]|포상\s*금|시상\s*금|상\s*금|장려\s*금))")
_FUNDED = rf"[(（][^()（）]*{FUNDING_PATTERN}[^()（）]*[)）]"  # `(국비)`, `(국·시비)`: the funding after the word
# what an amount may print before its figure: its total, an estimate, or the sum of it (`금 95,700천원`, `일금 …`)
_AMOUNT_LEAD = r"(?:총|약|일?금)"
_MONEY_LEAD_RE = patterns.compile(rf"^(?:{_MONEY_WORD}\s*(?:{_FUNDED}\s*)?)?(?:{_AMOUNT_LEAD}\s*)?")
# the first letters of its words: most fields start otherwise
_MONEY_LEAD_STARTS = frozenset("과이일총약금사예집소지보교부분출투공용설운계인시업자국구도군재여행홍위연징수임전"
                               "특조포상장")
# `사업비 : 2,698,307천원(구비)`, `보조금 500,000천원`: a line that prints a word naming the money and an amount alone,
# as a dash line under an item prints the item's
_MONEY_LINE_RE = patterns.compile(rf"^{_MONEY_WORD}\s*(?:{_FUNDED}\s*)?[:：]?\s*{_AMOUNT_LEAD}?\s*\d")
# `기 간 : 4월~5월`, `추진기간 : 연중`, `일 시 : 6. 12.(목)`: a line that prints a label naming when (a few words before
# `기간`, `일시`, `일자`, `시기`, `일정`, letter-spaced or not) and, after it, its value (`parse_period_label`)
_PERIOD_LINE_RE = patterns.compile(
    r"^(?:\p{Hangul}\s?){0,4}?(?:기\s*간|일\s*시|일\s*자|시\s*기|일\s*정)\s*[:：]?\s*(.+)$")
# `기초연금 41,200명에게 1,235,000천원 지급`, `1,500만원 소요`, `35,000천원(구비)을 투입 예정`, `사업비 25억원 확보`,
# `총 3.5억원 규모`, `3억 8,000만원 징수`: after an amount, a verb saying the item paid, granted, spent, needs or
# secured it, that it is the item's size, or that the item took it in (`징수`, `부과`, as the money words `징수액`,
# `부과액` before one say), with a note in brackets before or after it or not
_SPENT_VERBS = r"(?:지급|지원|집행|교부|투입|소요|확보|규모|징수|부과)"
_SPENT_RE = patterns.compile(rf"\s*(?:\([^()]*\))?\s*[을를이가]?\s*{_SPENT_VERBS}"
                             r"(?:\s*(?:예정|완료))?(?:\s*(?:함|하였음|했음|됨))?\s*(?:\([^()]*\))?\s*")
# `견인료 징수 1억 2,450만원`, `집행 3,000만원 (구비)`: one of those verbs right before the amount, which ends the
# sentence (a note in brackets after it or not)
_SPENT_BEFORE_RE = patterns.compile(rf"{_SPENT_VERBS}\s*$")
_ENDS_AFTER_AMOUNT_RE = patterns.compile(r"\s*(?:\([^()]*\))?\s*")
_SPENT_VERB_STARTS = frozenset("지집교투소확규징부")  # the first letters of its verbs: most items print none
# words of a sentence that make its amount a unit price (`1인당`, `가구당`, `1인 300만원`, `월`, `매월`, `각`, `씩`,
# `연령별`, `최대`, `한도`; a unit alone in a bracket, `30만원(월)`, `10만원 (가구)`, not a date's weekday,
# `6. 2.(월)`, `6. 2. (월)`), a change (`증가`, `대비`, `전년`, `추가`) or a part (`그중`, `일부`)
_UNIT_COUNTS = r"(?:인|명|가구|세대|개소|곳|회|건|개|대|팀|교|학교|기관|단체|업체|가정|시설)"
_PER_UNITS = rf"(?:{_UNIT_COUNTS}|일|월|년|연|분기|학기)"  # what a price is of: `1인당`, `월`, `30만원/월`
_NOT_SPENT_RE = patterns.compile(
    rf"{_PER_UNITS}\s*당(?!\p{{Hangul}})|(?<![\d,.])1\s*{_UNIT_COUNTS}(?!\p{{Hangul}})|씩"
    rf"|(?<![.\d])(?<![.\d]\s)\(\s*(?:{_PER_UNITS}|매월|매년|매회)\s*\)"
    r"|(?<!특)별(?!\p{Hangul})"
    r"|(?:^|\s)(?:각|월|연|매월|매년|매회)(?=\s|\d|$)|월정액|최대|최고|최소|최저|한도|이내|상당|평균|단가"
    r"|증가|감소|증액|감액|증감|대비|전년|추가|인상|인하|차액|잔액|그\s*중|일부|나머지")
# words naming money recovered or to be paid back (`환수`, `추징`, `회수` as a field's label or an audit's measure,
# `회수: 3건`, `재정상 조치 회수`, `재정상 조치 : 회수 3건`): spending coming back, or what an audit orders the
# audited to pay, neither what the item costs nor what it takes in; not `회수` of things (`폐건전지 회수 보상금`,
# waste collected), nor counting times (`교육 회수 : 12회`), nor `반환` (`임차보증금 반환`, a deposit the department
# pays out), nor a word `환수` is part of (`교환수량`, `전환수요`); `반납`, money unspent paid back (`집행잔액 반납 :
# 1,200천원`), is
_RECOVERED_RE = patterns.compile(
    r"(?<![교전])환수(?![량요])|추징|반납|(?:^\s*|조치\s*[:：]?\s*)회수(?!\s*[:：]?\s*\d[\d,]*\s*회)")
# their first letters: most fields print none (a search, not a set's `isdisjoint`, which makes a string of each
# letter of the field's)
_RECOVERED_START_RE = patterns.compile("[회환추반]")
# a footnote's raised figure (`RAISED_DIGITS`), searched for as `_RECOVERED_START_RE` is
_RAISED_DIGIT_RE = patterns.compile(f"[{''.join(sorted(RAISED_DIGITS))}]")
# a count a field ends with (`회수 3건`), which recovered money printed after a comma counts (`회수 3건, 12,300천원`)
_COUNT_AT_END_RE = patterns.compile(rf"(?<![\d,.])\d[\d,]*\s*{_UNIT_COUNTS}$")
# a unit after a slash right after an amount (`30만원/월`, `10만원 / 가구`, `300만/인`), which `_amount` reads as the
# unit in a bracket (`30만원(월)`); not where a figure follows (`500만원 / 월 1회 점검`: a field of its own)
_PER_UNIT_SLASH_RE = patterns.compile(rf"(?<=[원억만])\s*/\s*({_PER_UNITS})(?!\p{{Hangul}}|\s*\d)")
# a count with the thing counted (`118건`, `3개소`, `120명`; after its 개 too, `17개 단지`, `4개 구간`): the count
_COUNTED = rf"(\d[\d,]*)\s*(?:{_UNIT_COUNTS}|개\s*\p{{Hangul}}{{1,3}})"
# a note after an amount holding such a count alone (`560,000천원(17개 단지)`): of the things it is spent on
_COUNT_NOTE = rf"\s*{_COUNTED}\s*"
_COUNT_NOTE_RE = patterns.compile(_COUNT_NOTE)
# what may follow a sentence's last amount (`118건 32억 1,000만원`, `118건(32억 1,000만원)`, `1억원 (구비)`,
# `1억원(3개소)`): its bracket closing, a note in brackets printing no figure or a count alone, nothing else
_AFTER_LAST_AMOUNT_RE = patterns.compile(rf"\s*\)?\s*(?:\([^()\d]*\)|\({_COUNT_NOTE}\))?\s*")
# an amount written out in a scale of money (`32억 1,000만원`, `1억원`, `1,500천원`, `12백만원`; in 억 or 만 printing
# no 원, `3억`, `1억 2,000만`, `2,000만`), not in 원 alone (`1,000원`: a price as often as an item's money)
_SCALED_AMOUNT_RE = patterns.compile(rf"(?:억|만|(?:{MONEY_SCALES})\s*원)$")
# what such an amount follows where it is the item's: a count of what was done (`융자 추천 118건`, `교육 12회`, the
# thing counted after its 개 too, `17개 단지`, `4개 구간`; the count its group) or a verb saying it was done (`견인
# 실시`, `행사 개최`), then a comma, a `·` or its bracket opening or not; not a label naming another sum (`구 청사
# 3,000천원`, `시설 사용료 2,000천원`)
_COUNT_OR_DEED_BEFORE_RE = patterns.compile(
    rf"(?:(?<![\d,.]){_COUNTED}|(?<!\p{{Hangul}})(?:실시|추진|개최|시행|완료))\s*[,·ㆍ(]?\s*$")
# the least a sentence's last amount after a count makes of each thing counted where it is their total: less
# (`난방비 지원 500가구 10만원`, 200원 a household; `재난지원금 지급 12,000가구 100만원`) is a price of each, where it
# is no more than `_PRICE_OF_EACH_AT_MOST` too: a larger sum after many counted (`축제 개최 1회, 관람객 30,000명
# 2,000만원`) is what was spent on them, a grant of each so large to so many being a program of billions
_LEAST_A_UNIT = 1_000
_PRICE_OF_EACH_AT_MOST = 5_000_000
# the least a sentence's last amount in 만 printing no 원 is where it is money (`교육 12회 2,000만`, `500만`): less
# (`관람 3회 5만`) counts people or visits as often as won
_LEAST_IN_MAN = 1_000_000
# what the words right before a sentence's amount end in where it is a part (`예산 중`, `64%인`) or the end of a range
# (`70~130만원`, `40/45/50만원`)
_PART_BEFORE_RE = patterns.compile(rf"(?:중|%\s*인?|[{TILDES}\-–/])\s*$")
# a bracket opening right before the count a sentence's last amount follows (`융자 추천 (118건 32억 1,000만원)`): it
# holds both, as `118건(32억 1,000만원)` holds the amount alone
_BRACKETED_COUNT_BEFORE_RE = patterns.compile(rf"\(\s*\d[\d,]*\s*{_UNIT_COUNTS}\s*[,·ㆍ]?\s*$")

TableHandler = Callable[[Table, TableContext], None]

# `□ 기 간 : 2025. 1. ~ 12.`: a field of the project's overview printed as a `□` heading of its own
_FIELD_HEADING_RE = patterns.compile(r"^([\p{Hangul} ]{1,12}?)\s*[:：]\s*\S")
_OVERVIEW = "사업개요"  # the part such fields are printed under where each is not a `□` of its own
_AS_OF_DATE = rf"[\d.\s’‘'년월일말]+{AS_OF}"  # `5.31. 기준`, `’25. 5. 31. 현재`, `5월말 기준`
_AS_OF_DATE_RE = patterns.compile(_AS_OF_DATE)
_AS_OF_NOTE_RE = patterns.compile(rf"\s*[:：]\s*[(（]?{_AS_OF_DATE}\s*[)）]?\s*")  # `: 5.31. 기준`
# the fields of a budget printed as a line (`예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (45.0%)`): a label
# (`예 산`, `집행`; a colon or none) and its figure, `_AMOUNT_LEAD` before it or not (`금 860,400천원`; no word's end,
# `보조금 500,000천원`). The budget is the year's as its label says (`예산`, `소요예산`, `예산현황`); a draft
# (`예산(안)`) is a budget only where it names its year, and so is a 사업비 (`cost`), which may be the whole
# project's over its years, unless the overview's period is within the report's year; not a 총사업비
# (`2025년 예산 :`: the year the label names, which `stated_budgets` weighs as it does one in the figure)
_LABEL_YEAR = r"(?:20\d{2}|[’‘'`]\d{2})\s*년?\s*도?\s*"
_LABEL_YEAR_RE = patterns.compile(rf"^\s*{_LABEL_YEAR}")
# (or two sources printed as one, `국·시비 2,700,000`, as a budget's sources after its figure may print: `/ 국·시비 …`)
_LABELLED_FIGURE_RE = patterns.compile(
    rf"^\s*(?:{_LABEL_YEAR})?({JOINT_FUNDING_PATTERN}|[\p{{Hangul}} ]{{1,12}}?(?:\s*[(（]\s*안\s*[)）])?)\s*[:：]?\s*"
    rf"((?:(?<!\p{{Hangul}}){_AMOUNT_LEAD})?\s*\d.*?)\s*$")
_FIGURE_ROLES = ((patterns.compile(r"(?:소요|사업)?예산(?:액|현황|규모)?"), "budget"),
                 (patterns.compile(r"(?:소요|사업)?예산액?(?:[(（]안[)）]|안)"), "draft"),
                 (patterns.compile(r"(?:소요)?사업비"), "cost"),
                 (patterns.compile(r"집행[률율]"), "rate"),
                 (patterns.compile(r"(?:집행|지출)(?:액|실적)?"), "executed"))
# `450,000천원 (45.0%)`, `(집행률 45.0%)`, `(집행률 : 45.0%)`: its 집행률
_RATE_NOTE_RE = patterns.compile(r"\s*[(（]\s*(?:집\s*행\s*[률율]?\s*[:：]?\s*)?(\d+(?:\.\d+)?\s*%)\s*[)）]$")
# the parts after a project's overview, whose figures may be another time's (`주요 추진실적`, `향후계획`)
_LATER_PARTS = ("실적", "계획", "경과", "일정", "방향", "대책", "방안", "상황")
_PART_NOTE_RE = patterns.compile(r"\s*[(（:：].*$")  # `추진실적 (5.31. 기준)`, `추진실적 : …`: the note after the name
# a year printed by a budget figure (`2025년`, `’25`, `27년` of `2025~27년`), and words of a figure over years
_YEAR_RE = patterns.compile(r"(?<![\d,.])(20\d{2})(?![\d,])|[’‘'`]\s*(\d{2})(?!\d)|(?<![\d,.])(\d{2})\s*년")
_SPAN_WORDS_RE = patterns.compile(r"연차별|연도별|년도별|누계|개년|년간|계속비")
# `(2025년 1,000,000천원)`: the year's share printed beside a total
_YEARS_SHARE_RE = patterns.compile(rf"(?:20\d{{2}}|[’‘'`]\d{{2}})\s*년?\s*[:：]?\s*(\d[\d,.]*\s*(?:{MONEY_SCALES})?원)")


_SYLLABLES_RE = patterns.compile(r"[가-힣]+")
# the year a part's name dates its items in (`Ⅲ. 2026년 주요업무 계획`, `Ⅲ. ’26년 …`), or the report's next by a word
# (`Ⅲ. 내년도 주요업무 계획`, `차년도`, `익년도`; not a plan's second year, `2차년도`)
_SECTION_YEAR_RE = patterns.compile(
    r"(?<!\d)(20\d\d)(?!\d)|[’‘'`](\d\d)(?=\s*년)|(?<![\p{Hangul}\d])(?:내년|차년|익년)")


def _field_heading(text: str) -> regex.Match | None:
    """A field's label and the start of its value (`_FIELD_HEADING_RE`); only a text with a colon is tried (most
    `□` headings are a part's title: `사업개요`, `추진실적`)."""
    return _FIELD_HEADING_RE.match(text) if ":" in text or "：" in text else None


# a part naming a half or quarter (`□ 하반기 추진계획`, `□ 2026년 3/4분기 계획`): the months of its items printing none
_HALF_OR_QUARTER_RE = patterns.compile(r"[상하]\s*반\s*기|\d\s*(?:/\s*4\s*)?분\s*기")
# such a part's name, spaces left out: one half or quarter (in a year) as the time of its results or plans, not two
# (`상반기 추진실적 및 하반기 계획`), a comparison (`1분기 대비 실적`) or what it was not (`상반기 미추진 사업`)
_HALF_OR_QUARTER_PART_RE = patterns.compile(
    r"(?:(?:\d{4}|[’‘'`]?\d{2})년?\.?)?(?:[상하]반기|\d(?:/4)?분기)(?:주요|중점)?(?:추진)?(?:실적|계획|사항|일정)"
    r"(?:및(?:추진)?(?:실적|계획|사항|일정))?")


# a year a part's name starts with (`2025년 추진실적`, `’26년 추진계획`, `내년도 추진계획`), spaces left out
_PART_YEAR_RE = patterns.compile(r"^(?:(?:20\d\d|[’‘'`]\d\d)년?도?\.?|(?:내|차|익)년도?)")
_SINCE_RE = patterns.compile("이후|부터")  # a year a part's results run from (`2024년 하반기 이후 추진실적`)


@functools.lru_cache(maxsize=64)
def _part_year(heading: str, year: int | None) -> int | None:
    """The year a part's name dates its items' months in (`□ 2025년 추진실적` of a November report that plans 2026,
    `□ 내년도 추진계획`: the report's next), its note aside (`(2025. 10. 31. 기준)` tells when the results were counted,
    not when they happened); None where the name dates none, dates the start of a span (`□ 2024년 하반기 이후
    추진실적`) or is no part's (`□ 2024년 수해 복구 지원`)."""
    name = _part_word(heading)
    dated = _PART_YEAR_RE.match(name)
    rest = name[dated.end():] if dated else ""
    return section_year(name, year) if _is_part_name(rest) and not _SINCE_RE.search(rest) else None


@functools.lru_cache(maxsize=64)
def _months_of_part(heading: str, year: int | None) -> Period | None:
    """The period (`Period`) a part naming a half or quarter gives its items printing none (`□ 하반기 추진계획`: 7–12;
    a letter-spaced `하 반 기` read as the word), worked out once a part, not once an item."""
    if not _HALF_OR_QUARTER_PART_RE.fullmatch(compact(heading)):
        return None
    fields = item_fields(_HALF_OR_QUARTER_RE.sub(lambda half: "".join(half.group().split()), heading), year)
    return Period(*fields[:4], fields.months) if fields.start is not None else None


def section_year(label: str | None, year: int | None) -> int | None:
    """The one year a part's name gives (`Ⅲ. 2026년 주요업무 계획`, `Ⅲ. 내년도 주요업무 계획` in a report of
    `year`: next year's plans in this year's report). A part of this year's results and next year's plans
    (`Ⅱ. 주요업무 추진실적 및 내년도 계획`) names two years, so none."""
    label = label or ""
    matches = list(_SECTION_YEAR_RE.finditer(label))
    years = {full_year(match.group(0)) if match.group(1) or match.group(2) else (None if year is None else year + 1)
             for match in matches}
    if "실적" in label and any(not (match.group(1) or match.group(2)) for match in matches):
        years.add(year)
    return years.pop() if len(years) == 1 else None


def extract_projects(section: Section, year: int | None, handle_table: TableHandler) -> list[Project]:
    walker = _ProjectWalker(section.label or "", year, handle_table, _box_titles(section.blocks),
                            _parts_below(section.blocks),
                            *_over_starts_and_parts(section.blocks),
                            _below_marker_lines(section.blocks), _group_labels(section.blocks), section.listed,
                            _list_numbered_titles(section.blocks))
    for block in section.blocks:
        walker.take(block)
    return walker.finish()


def read_stated_budgets(projects: list[Project], year: int | None, printed: list[BudgetLine]) -> None:
    """Each project's budgets its text states (`stated_budget_lines`), a figure printing no unit read in the unit the
    department's budget tables (`printed`) or its own print it in; a project printing no budget table has them as
    its budget (the report's year's first)."""
    for project in projects:
        stated = stated_budgets(project, year, printed + project.budget_lines)
        project.stated_budget_lines = [line for lines in stated.values() for line in lines]
        if not project.budget_lines:
            project.budget_lines = stated.get(None) or next(iter(stated.values()), [])
        project.total_cost_lines = total_cost_sources(project, year)


def stated_budgets(project: Project, year: int | None, printed: list[BudgetLine]
                   ) -> dict[int | None, list[BudgetLine]]:
    """The budgets a project's text states (`예산: 1,560,000천원(시비 560,000 구비 1,000,000)` in its 사업개요,
    `예산액 : 1,000,000천원(구비) / 집행액 : 450,000천원 (45.0%)` under 예산현황, `2026년 예산(안) : 1,500,000천원`),
    by the year each is for where that is not the report's (`budget_year`; None: the report's), in the order
    stated: the lines of its items so labelled, of the top level or a line under one printing the money alone (`○
    사업기간 : …` over `- 예산 : 1,000천원(구비)`), as a table of those figures gives them. Only
    where plain: printed in the overview before the achievements or plans (a `소요예산` under 향후계획 is next
    year's need) or in the budget part, of one year (`(2026년)`; of `총 3,000,000천원 (2025년 1,000,000천원)` the
    year's share), not over years (`(’25~’27년)`, `연차별`), and a year's stated once (`소요예산: 5억원` beside
    `예산: 1억 5천만원` is either). A 사업비 naming no year is the report's year's where the overview's period is
    within that year (`기 간 : 2025. 1. ~ 12.`, `연중`), else none: it may be the whole project's over its years. A
    figure printing no unit (`예 산 : 312,000(구비)`) is in the unit of the report's budget tables printing it
    (`printed`: the department's and the project's own; `_unit_printing`), else none."""
    stated: dict[int | None, list[BudgetLine]] = {}
    items = [line for item in project.items for line in (item, *_money_lines(item.children))]
    if not any(_names_budget(item.text) for item in items):  # most projects state none: no parts to name
        return stated
    past_overview, unsure = False, set()
    above = None  # the budget the item above stated alone, which a 집행액 on the next line may complete
    for item in items:
        part = _part_word(item.heading)
        past_overview = past_overview or part.endswith(_LATER_PARTS)
        stated_above, above = above, None
        if not ("예산" in part or not past_overview and (not part or part.endswith("개요"))):
            continue
        if not _names_budget(item.text):
            if stated_above and (executed := _executed_cells(item.text)):
                cells, source, budget_year, unit = stated_above
                stated[budget_year] = stated_lines(cells | executed, source, year, budget_year, unit)
            continue
        text = _with_sources_below(item)
        read = _budget_cells(text)
        if read is None:
            continue
        cells, kind = read
        label_year = _LABEL_YEAR_RE.match(text)
        # the years a field of their own names (`예산: 1,500,000천원 / ’26년`), as its label's or figure's would
        field_years = " ".join(field for field in _fields(text) if _YEARS_FIELD_RE.fullmatch(field))
        dated = kind == "draft" or kind == "cost" and not _period_within_year(project.items, year)
        of_year = _years_figure(
            cells["budget"], f"{item.heading} {label_year.group(0) if label_year else ''} {field_years}", year, dated)
        if of_year is None:
            continue
        figure, budget_year = of_year
        figure = years_apart(figure)[0]  # its sources as printed without the year its bracket names
        unit = None
        if "원" not in figure and (unit := _unit_printing(figure, project, printed)) is None:
            continue
        lines = stated_lines(cells | {"budget": figure}, item.source, year, budget_year, unit)
        if lines and budget_year in stated and lines[0].budget_krw != stated[budget_year][0].budget_krw:
            unsure.add(budget_year)
        if lines and budget_year not in stated:
            stated[budget_year] = lines
            if "executed" not in cells:
                above = cells | {"budget": figure}, item.source, budget_year, unit
    return {budget_year: lines for budget_year, lines in stated.items() if budget_year not in unsure}


def _with_sources_below(item: ProjectItem) -> str:
    """A budget's item with the sources the lines right under it print alone, its fields after a slash (`○ 예산 :
    120,000천원` over `- 구비 120,000 / ’25년` → `예산 : 120,000천원 / 구비 120,000 / ’25년`), read as that line
    printing them would be: its sources, and the year they are of; the item's text where its figure prints its
    sources already, or no line under it prints sources alone (most)."""
    below = [child.text for child in item.children if _sources_alone(child.text)]
    if not below or "(" in item.text or any(map(_SOURCE_FIGURE_RE.search, _fields(item.text)[1:])):
        return item.text
    return " / ".join((item.text, *below))


def _sources_alone(text: str) -> bool:
    """Whether a line prints a budget's sources alone, the years they are of after a slash or not (`구비 120,000`,
    `국비 60,000 / 구비 60,000`, `구비 120,000 / ’25년`)."""
    if not _SOURCE_FIGURE_RE.match(text):
        return False
    fields = text.split("/")
    return any(map(_TOTALS_SOURCES_RE.fullmatch, fields)) and all(
        _TOTALS_SOURCES_RE.fullmatch(field) or _YEARS_FIELD_RE.fullmatch(field) for field in fields)


# the 계 a line of a total cost's sources prints before them (`- 계 3,600 / 국비 1,800 / …`): the total's, left out
_SOURCES_TOTAL_RE = patterns.compile(rf"^\s*계\s*[:：]?\s*\d[\d,.]*\s*(?:(?:{MONEY_SCALES})?원)?\s*[,/·]?\s*")
_SOURCES_FIGURE_RE = patterns.compile(rf"\d[\d,.]*\s*(?:(?:{MONEY_SCALES})?원)?")  # the 계's figure of such a line
# a year's share of a total printed by its sources on a line under it (`- 2024년: 1,200백만원(국비 600, 시비 300, …)`)
_YEAR_SOURCES = rf"\s*({COST_SHARE_YEAR})\s*[:：]?\s*({_SHARE_FIGURE})\s*\(([^()]*)\)\s*"
_YEAR_SOURCES_RE = patterns.compile(_YEAR_SOURCES)
_YEAR_SOURCES_IN_RE = patterns.compile(_YEAR_SOURCES + r"(?:[,/·]\s*|$)")  # one of several in a bracket


# a line of a total cost's sources alone, its 계 before them or not (`계 2,400,000 / 국비 1,000,000 / 시비 600,000`)
_SOURCES_LINE_RE = patterns.compile(
    rf"(?:계\s*[:：]?\s*{_SHARE_FIGURE}\s*[,/·]?\s*)?"
    rf"(?:(?:{JOINT_FUNDING_PATTERN}|{FUNDING_PATTERN})\s*[:：]?\s*{_SHARE_FIGURE}\s*[,/·]?\s*){{2,}}")
# a total's sources and its years' shares printed together, in its bracket or on one line under it, either first
# (`국비 1,800,000 / 구비 1,800,000, 2025년 1,200,000 / 2026년 2,400,000`, `국 18억, 구 18억 / ’25년 12억, ’26년 24억`):
# two runs, a source's figure its amount or its share (`국비 50%`), a source one letter before its figure (`국 18억`)
_SOURCE_FIGURE = (rf"(?:{JOINT_FUNDING_PATTERN}|{FUNDING_PATTERN}|[국시구도군](?=\s*[:：]?\s*\d))\s*[:：]?\s*"
                  rf"(?:\d+(?:\.\d+)?\s*%|{_SHARE_FIGURE})")
_SOURCES_RUN = rf"(?P<sources>{_SOURCE_FIGURE}(?:\s*[,/·]?\s*{_SOURCE_FIGURE})*)"
_SHARES_RUN = rf"(?P<shares>{_SHARE}(?:\s*[,/·]?\s*{_SHARE})*)"
_SOURCES_AND_SHARES_RES = (patterns.compile(rf"\s*{_SOURCES_RUN}\s*[,/·]?\s*{_SHARES_RUN}\s*"),
                           patterns.compile(rf"\s*{_SHARES_RUN}\s*[,/·]?\s*{_SOURCES_RUN}\s*"))


def sources_and_shares(text: str) -> tuple[str, str] | None:
    """A total's sources and its years' shares printed together (`_SOURCES_AND_SHARES_RES`), each run as printed:
    `국비 1,800,000 / 구비 1,800,000, 2025년 1,200,000 / 2026년 2,400,000` → (`국비 1,800,000 / 구비 1,800,000`,
    `2025년 1,200,000 / 2026년 2,400,000`), read as either is printed alone (`total_cost_sources`, `cost_shares`);
    None where the text prints not both (most)."""
    for pattern in _SOURCES_AND_SHARES_RES:
        if both := pattern.fullmatch(text):
            return both.group("sources"), both.group("shares")
    return None


# a total's years' shares printed after its bracket of sources, outside it (`3,600,000천원 (국비 1,800,000, 구비
# 1,800,000) / 2025년 1,200,000, 2026년 2,400,000`): up to the bracket, its sources, and the shares
_SHARES_AFTER_BRACKET_RE = patterns.compile(
    rf"(?P<total>.*\d\s*(?:{MONEY_SCALES})?원\s*)\((?P<bracket>[^()]*)\)\s*[,/·]?\s*"
    rf"(?P<shares>{_SHARE}(?:\s*[,/·]?\s*{_SHARE})*)\s*")


def with_shares_in_bracket(text: str) -> str:
    """A total printing its years' shares after its bracket of sources, outside it, with the shares in the bracket
    after the sources (`3,600,000천원 (국비 1,800,000, 구비 1,800,000) / 2025년 1,200,000, …` → `3,600,000천원 (국비
    1,800,000, 구비 1,800,000 / 2025년 1,200,000, …)`), as `sources_and_shares` reads a bracket printing both; the
    text as it is where what follows the bracket is not shares alone, or the bracket not sources alone (most)."""
    if ")" not in text or text.endswith(")"):
        return text
    after = _SHARES_AFTER_BRACKET_RE.fullmatch(text)
    if after is None:
        return text
    bracket, shares = after.group("bracket").strip(), after.group("shares")
    return f"{after.group('total')}({moved})" if sources_and_shares(
        moved := f"{bracket} / {shares}") == (bracket, shares) else text


# a total's sources printed after a slash, not in a bracket (`3,600,000천원 / 국·시비 2,700,000, 구비 900,000`), its
# years' shares after them or not, or those alone: up to the slash, and what follows it
_BREAKDOWN_AFTER_SLASH_RE = patterns.compile(
    rf"(?P<total>[^()]*\d\s*(?:(?:{MONEY_SCALES})?원|억))\s*/\s*(?P<after>[^()]*?)\s*")
_TOTALS_SOURCES_RE = patterns.compile(rf"\s*{_SOURCES_RUN}\s*")


def with_breakdown_in_bracket(text: str) -> str:
    """A total printing its sources after a slash, not in a bracket, with them in a bracket after it (`3,600,000천원
    / 국·시비 2,700,000, 구비 900,000` → `3,600,000천원 (국·시비 2,700,000, 구비 900,000)`), and its years' shares
    beside them too (`… / 국비 1,800,000, 구비 1,800,000 / 2025년 1,200,000, …`), as a bracket of them is read (a
    year's budget so printed is read by its fields: `_budget_cells`); a total cost's years' shares alone likewise
    (`총사업비: 3,600,000천원 / 2024년 1,200,000, 2025년 2,400,000`), where its label says it is one (`_is_total_cost`:
    another amount's slash may part it from another year's, `예산: 500,000천원 / 2024년 450,000천원`). The text as it
    is where what follows the slash is not these (most)."""
    if "/" not in text or "(" in text:
        return text
    slash = _BREAKDOWN_AFTER_SLASH_RE.fullmatch(text)
    if slash is None:
        return text
    total, after = slash.group("total"), slash.group("after")
    breakdown = (_TOTALS_SOURCES_RE.fullmatch(after) or sources_and_shares(after)
                 or _SHARES_RE.fullmatch(after) and _is_total_cost(total))
    return f"{total} ({after})" if breakdown else text


# the years a money figure's breakdown prints it is of, first or last among its parts (`’24~’26년` of `1,200,000천원
# (’24~’26년, 국비 600,000 / 구비 600,000)` or of `… / 국비 600,000, 구비 600,000 / ’24~’26년`, `2025년` of `120,000천원
# (구비 120,000 / ’25년)`), or alone in its bracket (`(2024~2026년)`): a year, or two joined, the last printing its 년,
# point or apostrophe
_MARKED_YEAR = rf"(?:{YEAR}\s*(?:년\s*도?|\.)|[’‘'`]\d\d)"
_YEARS_PART = rf"(?:{YEAR}\s*(?:년\s*도?|\.)?\s*[{TILDES}\-–－]\s*)?{_MARKED_YEAR}"
_YEARS_FIELD_RE = patterns.compile(rf"\s*{_YEARS_PART}\s*")  # such years as a field of their own: `… / ’26년`
_MONEY_END = rf"\d\s*(?:(?:{MONEY_SCALES})?원|억)"
_YEARS_IN_BRACKET_RE = patterns.compile(
    rf"(?P<money>.*{_MONEY_END})\s*\((?|\s*(?P<years>{_YEARS_PART})\s*(?:[,/]\s*(?P<rest>[^()]*?))?"
    rf"|(?P<rest>[^()]*?)\s*[,/]\s*(?P<years>{_YEARS_PART}))\s*\)\s*")
_MONEY_FIELD_RE = patterns.compile(rf"{_MONEY_END}\s*(?:\([^()]*\))?\s*$")  # a figure's field, its bracket or not


def years_apart(text: str) -> tuple[str, str | None]:
    """A money figure with the years its breakdown prints it is of taken out of that breakdown, its bracket or its
    fields after a slash (`_YEARS_IN_BRACKET_RE`, `_YEARS_FIELD_RE`), and those years: `1,200,000천원(’24~’26년, 국비
    600,000 / 구비 600,000)` → (`1,200,000천원(국비 600,000 / 구비 600,000)`, `’24~’26년`), so that its sources and
    shares are read as printed without them, and the years as those its shares cover or its budget's; (text, None)
    where it prints none (most)."""
    if "/" not in text and "(" not in text or not any(map(text.__contains__, _YEAR_MARKS)):
        return text, None
    closed = text.rstrip()
    if closed.endswith(")") and _years_first_or_last(closed[closed.rfind("(") + 1:-1]) and (
            bracket := _YEARS_IN_BRACKET_RE.fullmatch(text)):
        rest = bracket.group("rest")
        return bracket.group("money") + (f"({rest})" if rest else ""), bracket.group("years").strip()
    fields = text.split("/") if "/" in text else ()
    if len(fields) > 2 and "(" not in text[len(fields[0]):] and _MONEY_FIELD_RE.search(fields[0]):
        for k in (1, len(fields) - 1):  # right after the figure's field, or last
            if _YEARS_FIELD_RE.fullmatch(fields[k]):
                return "/".join(fields[:k] + fields[k + 1:]).strip(), fields[k].strip()
    return text, None


# what a year of such a breakdown prints: a text printing none has none (each looked for in the text, which a set's
# `isdisjoint` would go through a character at a time, each Korean one a new string)
_YEAR_MARKS = "년.’‘'`"


def _years_first_or_last(bracket: str) -> bool:
    """Whether the first or the last of a bracket's parts (split at `,` and `/`) is years alone (`_YEARS_FIELD_RE`),
    as where `_YEARS_IN_BRACKET_RE` reads them: tried before that pattern, which costs ten times as much, and most
    brackets of a figure print its sources or its shares (`기투자 150,000, 2025년 150,000, 향후 100,000`)."""
    parts = bracket.replace("/", ",").split(",")
    return bool(_YEARS_FIELD_RE.fullmatch(parts[0]) or _YEARS_FIELD_RE.fullmatch(parts[-1]))


# a line under a total naming what it prints (`- 재원: 국비 1,800,000, …`, `- 연차별: 2024년 1,200,000, …`)
_BREAKDOWN_LABEL_RE = patterns.compile(
    r"\s*(?:재\s*원\s*(?:별|내\s*역)?|(?:연\s*[차도]|년\s*도)\s*별(?:\s*투\s*자(?:\s*계\s*획)?)?|투\s*자\s*계\s*획)"
    r"\s*[:：]\s*")


def _unlabelled(text: str) -> str:
    """A total's bracket or a line under it without the label naming what it prints (`_BREAKDOWN_LABEL_RE`)."""
    label = _BREAKDOWN_LABEL_RE.match(text) if "별" in text or "원" in text or "투" in text else None
    return text[label.end():] if label else text


def _shares_printed(text: str) -> str | None:
    """The years' shares a total's bracket or a line under it prints (`기투자 400,000, 2026년 300,000, 향후 …`), alone
    or after or before its sources (`sources_and_shares`), a label before them or not (`연차별: …`); None where it
    prints none."""
    text = _unlabelled(text)
    if _SHARES_RE.fullmatch(text):
        return text
    both = sources_and_shares(text)
    return both[1] if both else None


def _sources_printed(text: str) -> str:
    """A total's bracket or a line under it without the years' shares it prints beside its sources
    (`sources_and_shares`): its sources, as `stated_lines` reads them; the text as it is where it prints no such
    pair; a label before them left out (`재원: …`)."""
    text = _unlabelled(text)
    both = sources_and_shares(text)
    return both[0] if both else text


def nested_year_sources(text: str) -> tuple[str, list[tuple[str, str, str]]] | None:
    """A total printing its years' shares in its bracket, each with its sources in a bracket of its own
    (`5,000백만원(2024년 2,000(국 800, 시 400, 구 800), 2025년 3,000(국 1,200, …))`): the text with the shares alone
    in the bracket (`5,000백만원(2024년 2,000, 2025년 3,000)`, as the amount and the shares are read) and each share's
    label, figure and sources; None where the text ends in no such bracket (most)."""
    if not text.endswith("))"):
        return None
    depth, start = 0, None
    for k in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[k], 0)
        if depth == 0:
            start = k
            break
    if start is None:
        return None
    inner, shares, at = text[start + 1:-1], [], 0
    while at < len(inner) and (share := _YEAR_SOURCES_IN_RE.match(inner, at)):
        shares.append((share.group(1).strip(), share.group(2).strip(), share.group(3)))
        at = share.end()
    if at < len(inner) or len(shares) < 2:
        return None
    return text[:start] + "(" + ", ".join(f"{label} {figure}" for label, figure, _ in shares) + ")", shares


def _is_total_cost(text: str) -> bool:
    """Whether an item states a project's total cost over its years (`총사업비: 5,000백만원(국 2,000, …)`)."""
    labelled = _LABELLED_FIGURE_RE.match(text)
    return labelled is not None and compact(labelled.group(1)) in COST_TOTALS


def is_cost_breakdown(text: str) -> bool:
    """Whether a line prints a total cost's years' shares alone (`2024년: 2,000백만원(국 800, 시 400, 구 800)`, `’25년
    900,000 / ’26년 1,500,000`; as `cost_shares` reads the lines under a total) or its sources alone (`계 2,400 / 국비
    1,000 / …`)."""
    if not _DIGIT_RE.search(text):  # each share and source prints its figure: most items print none, told at once
        return False
    text = text.strip()
    return bool(_shares_printed(_FUNDING_NOTE_RE.sub("", text) if text.endswith(")") else text)
                or _SOURCES_LINE_RE.fullmatch(_unlabelled(text)))


def total_cost_sources(project: Project, year: int | None) -> list[BudgetLine]:
    """The sources of each total cost of the project's over its years its overview prints (`총사업비: 3,600백만원(국비
    1,800, 시비 900, 구비 900)`, or alone on a line under it, `- 국비 1,800 / 시비 900 / 구비 900`, `- 계 3,600 / 국비
    …`), and of each year's share a line under it prints by its sources (`- 2024년: 1,200백만원(국비 600, …)`), as a
    cost table by sources gives its 총사업비 and years' columns: a line a source and the 계, the total and the years'
    shares kept beside each by their labels (`other_columns`, `총사업비`, `2024년`, in the total's unit; no 예산액: it
    is no year's budget, nor among the project's `budget_lines`), each total a table of its own numbered after the
    project's, whose 계 `sum.project_budget` checks is the sources' sum in each column. Not a 사업비 read as a year's
    budget (`stated_budgets`), nor a total naming no source, nor any share of it."""
    tables = []
    for item in bottom_up(project.items):
        part = _part_word(item.heading)
        # its years' shares alone after a slash in a bracket (`총사업비: 3,600,000천원 / 2024년 1,200,000, …`), as
        # its label says it is a total cost
        labelled = _LABELLED_FIGURE_RE.match(with_breakdown_in_bracket(item.text)) if (
            not part or part.endswith("개요")) else None
        label = compact(labelled.group(1)) if labelled else ""
        # `총 32억원 (’24년 8억원, …)`: a total cost where its shares are each of its years (else a budget's, maybe)
        if label == "총" and _year_by_year_columns(item, None, overview_years(project.items)):
            label = "총사업비"
        if label not in COST_TOTALS:
            continue
        printed = with_won(_MONEY_LEAD_RE.sub("", labelled.group(2)))
        figure = with_shares_in_bracket(with_breakdown_in_bracket(years_apart(printed)[0]))
        nested = nested_year_sources(figure)
        figure = nested[0] if nested else figure
        if "원" not in figure or label != "총사업비" and _years_figure(  # the years it prints are its own too
                printed, item.heading, year, not _period_within_year(project.items, year)) is not None:
            continue
        total = _NOTE_RE.sub("", figure)
        note = _NOTE_RE.search(figure)
        brackets = [_sources_printed(bracket)
                    for bracket in ([note.group(1)] if note else []) + [child.text for child in item.children]]
        columns = {label: next((lines for bracket in brackets if len(lines := stated_lines(
            {"budget": f"{total}({_SOURCES_TOTAL_RE.sub('', bracket)})"}, item.source, year)) > 1),
            stated_lines({"budget": total}, item.source, year))}
        if not columns[label]:
            continue
        unit = columns[label][0].unit
        if printed := _sources_total_apart(brackets, total, item, year):
            columns[SOURCES_TOTAL] = printed
        shares = [(share.group(1), share.group(2), share.group(3), child.source) for child in item.children
                  if (share := _YEAR_SOURCES_RE.fullmatch(child.text))]
        shares += [(*share, item.source) for share in nested[1]] if nested else []
        for share_year, share, sources, at in shares:
            if len(lines := stated_lines({"budget": f"{share}({sources})"}, at, year, unit=unit)) > 1:
                columns[compact(share_year)] = lines
        if not shares:  # no year's share by its sources: the years' shares as printed, where they cover it
            columns |= _year_by_year_columns(item, unit, overview_years(project.items))
        if any(len(lines) > 1 for lines in columns.values()) or len(columns) > 1:
            tables.append((unit, columns))
    table_no = max((line.table_no for line in project.budget_lines), default=0)
    return [line for k, (unit, columns) in enumerate(tables, table_no + 1) for line in _cost_lines(unit, columns, k)]


def _year_by_year_columns(item: ProjectItem, unit: str | None, years: range | None) -> dict[str, list[BudgetLine]]:
    """The shares a total cost prints of each of its years (`총사업비: 3,200,000천원(’24년 800,000 / ’25년 1,200,000 /
    ’26년 1,200,000)`), a column each (`2024년`, in the total's unit), where they cover it (`cost_shares`): the
    project's cost year by year, as a cost table's years' columns print it; beside its sources too (`(국비 1,000,000
    / 구비 2,200,000, ’24년 800,000 / …)`: the 계's columns, its sources' `총사업비` alone; before, not kept). Empty
    where they leave years out, or name other shares (`기투자`, `향후`)."""
    below = [child.text for child in item.children]
    shares = _shares_and_unit(years_apart(item.text)[0], below)  # as printed: none (most), and `cost_shares` reads none
    printed = cost_shares(item.text, years, below) if shares else None
    if printed is None or shares is None or not printed[2]:
        return {}
    labels = [share.group(1) for share in _SHARE_RE.finditer(shares[0])]
    if len(labels) != len(printed[1]) or not all(_SHARE_YEAR_RE.fullmatch(label) for label in labels):
        return {}
    return {f"{full_year(label)}년": [BudgetLine(name="계", budget_krw=share, unit=unit, source=item.source)]
            for label, share in zip(labels, printed[1], strict=True)}


SOURCES_TOTAL = "재원별 계"  # the column of a total cost's sources printed with a 계 of their own other than it


def _sources_total_apart(brackets: list[str], total: str, item: ProjectItem, year: int | None) -> list[BudgetLine]:
    """The lines of a total cost's sources printed with a 계 of their own (`- 계 2,500,000 / 국비 1,000,000 / …` under
    `총사업비: 2,400,000천원`), where that 계 is not the total: a column of the table (`SOURCES_TOTAL`) whose 계 is the
    printed one, so that `sum.project_budget` compares it with the sources as it compares the total (before, the
    printed 계 was left out unread, and a wrong one found nowhere); none where it is the total (most)."""
    for bracket in brackets:
        if (printed := _SOURCES_TOTAL_RE.match(bracket)) is None:
            continue
        figure = _SOURCES_FIGURE_RE.search(printed.group()).group()
        lines = stated_lines({"budget": f"{figure}({bracket[printed.end():]})"}, item.source, year,
                             unit=_own_unit_of(total))
        if len(lines) > 1:
            return lines if lines[0].budget_krw != item.amount_krw else []
    return []


def _own_unit_of(total: str) -> str | None:
    """The unit a total's figure prints (`2,400,000천원`: 천원)."""
    unit = _TOTAL_UNIT_RE.search(total)
    return unit.group(1) if unit else None


def _cost_lines(unit: str | None, columns: dict[str, list[BudgetLine]], table_no: int) -> list[BudgetLine]:
    """The lines of a total cost's table (`total_cost_sources`): a line of each name its columns' lines print (`계`,
    `국비` …), in the order first printed, each column's figure in `unit` by the column's label, and where a column is
    printed on a line of its own (a year's, under the total), that line as the figure's (`cell_sources`), which a
    finding names."""
    multiplier = unit_multiplier(unit) or 1
    named: dict[str, BudgetLine] = {}
    for label, lines in columns.items():
        for line in lines:
            first = named.setdefault(line.name, line.model_copy(update={
                "budget_krw": None, "unit": unit, "table_no": table_no, "other_columns": {}, "cell_sources": {}}))
            first.other_columns[label] = f"{Decimal(line.budget_krw) / multiplier:,}"
            first.cell_sources[label] = line.source
    return list(named.values())


def _unit_printing(figure: str, project: Project, printed: list[BudgetLine]) -> str | None:
    """The unit a budget table of the report prints a stated figure of no unit in, the same figure (312,000 on a
    `(단위: 천원)` table's line: 천원): that of the project's lines (its own table's, the 단위사업 of its name)
    printing it, else of any line printing it; None where none does, or lines in two units do."""
    printing = [line for line in printed if line.budget_krw is not None
                and (multiplier := unit_multiplier(line.unit)) is not None
                and (amount := parse_money_cell(figure, multiplier)) is not None and amount[0] == line.budget_krw]
    named = named_units(project, printing)
    own = [line for line in printing if line in project.budget_lines or line in named]
    units = {line.unit for line in own or printing}
    return units.pop() if len(units) == 1 else None


_BRACKET_AFTER_RE = patterns.compile(r"[(（][^()（）]*[)）]$")


def named_units(project: Project, units: list[BudgetLine]) -> list[BudgetLine]:
    """The lines of the 단위사업 a project sits in (one a table), where the report says so: `단위사업: …`, or the
    same name as title."""
    names = {compact(n) for n in (project.unit_name, project.title) if n}
    names |= {_BRACKET_AFTER_RE.sub("", name) for name in names}  # `공원 관리(공원 유지보수)`: 공원 관리
    return [unit for unit in units if compact(unit.name) in names]


_PERIOD_LABEL_RE = patterns.compile(r"(?:사업|추진)?기간")  # an overview's period, spaces left out: `기 간`, `사업기간`


def _overview_periods(items: list[ProjectItem]) -> list[ProjectItem]:
    """The items of a project's overview stating its period (`기 간 : 2025. 1. ~ 12.`, `사업기간 : 2024. 3. ~ 2026.
    12.`, `연중`), read or not."""
    periods = []
    for item in items:
        part = _part_word(item.heading)
        if part.endswith(_LATER_PARTS):
            break
        # the label's pattern needs its 간, which most items print nowhere: the colon is not looked for in them
        colon = _COLON_RE.search(item.text) if (part.endswith("개요") or not part) and "간" in item.text else None
        if colon and _PERIOD_LABEL_RE.fullmatch(compact(item.text[:colon.start()])):
            periods.append(item)
    return periods


def _period_within_year(items: list[ProjectItem], year: int | None) -> bool:
    """Whether a project's overview states its period and every one it states is within the report's year: a 사업비
    it states is then that year's. Not a period over years (`2024. 3. ~ 2026. 12.`, `’25~’27`), nor one of another
    year."""
    within = [year is not None and item.start_month is not None and item.year == year and item.end_year is None
              for item in _overview_periods(items)]
    return bool(within) and all(within)


def overview_years(items: list[ProjectItem]) -> range | None:
    """The years of the one period a project's overview states (`사업기간 : 2024. 3. ~ 2026. 12.`: 2024–2026), which
    its total cost's shares by year cover where they print each (`sum.project_cost`); None where it states none,
    several, or one unread."""
    periods = _overview_periods(items)
    if len(periods) != 1 or periods[0].year is None:
        return None
    return range(periods[0].year, (periods[0].end_year or periods[0].year) + 1)


def _names_budget(text: str) -> bool:
    """Whether an item names a budget, its label letter-spaced or not (`예 산 : …`, `소 요 예 산 : …`, `사 업 비`):
    without its spaces, as `_budget_cells` reads the label."""
    text = text.replace(" ", "")  # an item's text is clean already: its only spaces are single
    return "예산" in text or "사업비" in text


@functools.lru_cache(maxsize=64)  # each item asks its part's
def _part_word(heading: str) -> str:
    """A part's name without its note (`추진실적 (5.31. 기준)`, `추진실적 : 2025. 5. 31. 기준`): `추진실적`."""
    noted = "(" in heading or ":" in heading or "（" in heading or "：" in heading  # else the pattern finds no note
    return compact(_PART_NOTE_RE.sub("", heading) if noted else heading)


def _years_figure(figure: str, heading: str, year: int | None, dated: bool) -> tuple[str, int | None] | None:
    """The budget figure and the year it is for where that is not the report's: where it names one year, that
    year's (the figure printed for it, where it prints one beside a total); where it names none, the report's,
    unless it is of a year it must name (`dated`: `예산(안)`, a `사업비` outside a period of the year). None where
    it spans years, names several, or names one where the report's year is not known."""
    if _SPAN_WORDS_RE.search(figure):
        return None
    years = {_year(match) for match in _YEAR_RE.finditer(f"{heading} {figure}")}
    if not years:
        return None if dated else (figure, None)
    if len(years) > 1 or year is None:
        return None
    share = _YEARS_SHARE_RE.search(figure)
    named = years.pop()
    return share.group(1) if share else figure, None if named == year else named


def _year(match: regex.Match) -> int:
    return int(match.group(1)) if match.group(1) else 2000 + int(match.group(2) or match.group(3))


def _budget_cells(text: str) -> tuple[dict[str, str], str] | None:
    """The figures of a budget printed as a line, by field (`budget`, `executed`, `rate`), where its first field
    is a budget in won or a figure printing no unit (`312,000(구비)`), and what its label says the budget is
    (`_FIGURE_ROLES`: `budget`, `draft`, `cost`); a rate may stand in brackets after the 집행액, and the budget's
    sources after it, each with its amount or share (`849,000천원 / 국비 254,700, 시비 169,800, 구비 424,500`, `/ 국비
    50%, 구비 50%`), are its bracket, as `849,000천원(국비 254,700, …)` prints them."""
    cells: dict[str, str] = {}
    kind = "budget"
    sources: list[str] = []  # the fields right after the budget's, each a source and its amount
    years = 0  # fields of the years it is of among them (`/ ’26년 /`), which `stated_budgets` reads
    for k, field in enumerate(_fields(text)):
        if cells and _YEARS_FIELD_RE.fullmatch(field):
            years += 1
            continue
        match = _LABELLED_FIGURE_RE.match(field)
        label = match.group(1).replace(" ", "") if match else ""
        if (len(sources) == k - 1 - years and list(cells) == ["budget"] and is_funding(label)
                and (_SOURCE_SHARE_RE.fullmatch(match.group(2)) or parse_money_cell(with_won(match.group(2)), 1))):
            sources.append(f"{label} {match.group(2)}")
            continue
        role = next((role for pattern, role in _FIGURE_ROLES if pattern.fullmatch(label)), None)
        figure = with_won(_MONEY_LEAD_RE.sub("", match.group(2))) if role else ""  # `1.2억` reads as `1.2억원`
        if not cells:  # a figure printing no unit (`312,000(구비)`) is read where a table prints it in one
            if role not in ("budget", "draft", "cost") or "원" not in figure and not prints_no_unit(figure):
                return None
            role, kind = "budget", role
        if role == "executed" and (rate := _RATE_NOTE_RE.search(figure)):
            cells.setdefault("rate", rate.group(1))
            figure = figure[:rate.start()]
        if role in ("budget", "executed", "rate"):
            cells.setdefault(role, figure)
    if sources and not cells["budget"].endswith((")", "）")):
        cells["budget"] += f"({', '.join(sources)})"
    return cells, kind


def _executed_cells(text: str) -> dict[str, str] | None:
    """The 집행액 of a budget stated on a line of its own right under the budget's, as older reports print an
    overview's fields one a line (`○ 사 업 비 : 748,100천원` over `○ 집 행 액 : 252,040천원 (’19. 5. 31. 기준)`), with
    the rate in brackets after it where it prints one: the cells `_budget_cells` reads of one line printing both
    (`예산 : … / 집행 : …`); None where the line is no such field, or prints no amount in won."""
    match = _LABELLED_FIGURE_RE.match(_fields(text)[0])
    if not match or not any(role == "executed" and pattern.fullmatch(match.group(1).replace(" ", ""))
                            for pattern, role in _FIGURE_ROLES):
        return None
    figure = with_won(_MONEY_LEAD_RE.sub("", match.group(2)))
    if "원" not in figure:
        return None
    if rate := _RATE_NOTE_RE.search(figure):
        return {"executed": figure[:rate.start()], "rate": rate.group(1)}
    return {"executed": figure}


_SOURCE_SHARE_RE = patterns.compile(r"\d+(?:\.\d+)?\s*%")  # a source's share of the budget: `50%`
_FIELD_LABEL_RE = patterns.compile(r"[\p{Hangul} ]{1,12}")  # a field's label in an overview's table: `사업기간`
_FIELDS_HEADER = ("구분", "내용")
_FIELD_WORDS = ("기간", "예산", "사업비", "사업량", "대상", "내용")  # how an overview's fields end: `사업기간`


def _overview_fields(table: Table) -> list[Paragraph]:
    """The fields of a project's overview printed as a table of two columns (`구 분 | 내 용` over `사업기간 | 2025.
    1. ~ 12.`, `예 산 | 900,000천원(시비 600,000, …)`, or such rows alone, one naming a field an overview has),
    each as the line `사업기간 : 2025. 1. ~ 12.` at its row; none where a row is no label beside a value (a
    total's `계 | 12`, a figure's label), nor for another table of two columns (`시설명 | 위치`)."""
    if table.width != 2:
        return []
    rows = [tuple(map(clean_text, row)) for row in table.rows]
    headed = tuple(map(compact, rows[0])) == _FIELDS_HEADER
    fields, names = [], []
    for k, (label, value) in enumerate(rows[headed:], headed):
        name = compact(label)
        if not value or not _FIELD_LABEL_RE.fullmatch(label) or is_total(label):
            return []
        fields.append(Paragraph(f"{label} : {value}", table.row_line(k), table.row_page(k)))
        names.append(name)
    return fields if headed or any(name.endswith(_FIELD_WORDS) for name in names) else []


def _dated_rows(table: Table, year: int | None) -> list[Paragraph]:
    """The rows of a project's table of its work by date, each as the item it would print as a bullet, at its row:
    the date first (`일 자 | 내 용 | 비 고` over `’25. 2. 3. | 지도자 채용(15명) |` → `’25. 2. 3. : 지도자 채용(15명)`,
    as `○ 2. 3. : …`), or after what is done where that comes first (`구 분 | 추진기간 | 대 상` over `특정감사 | 6월 |
    보조금` → `특정감사 : 6월 / 보조금`, as `○ 특정감사 : 6월 / 보조금`), its other cells after it; none where a row's
    date cell is no date or period alone or its first other cell is blank, or where a cell is a figure (a table of
    counts by date keeps its columns, `기간 | 교육명 | 인원`)."""
    if table.width < 2 or len(table.rows) < 2:
        return []
    column = next((j for j, label in enumerate(table.rows[0]) if DATE_LABEL_RE.fullmatch(compact(label))), None)
    if column is None:
        return []
    items = []
    for k, row in enumerate(table.rows[1:], 1):
        cells = [clean_text(cell) for cell in row]
        date = cells.pop(column)
        if not cells[0] or parse_period_label(date, year) is None or any(map(is_number, cells)):
            return []
        first = f"{date} : {cells[0]}" if column == 0 else f"{cells[0]} : {date}"
        items.append(Paragraph(" / ".join([first, *filter(None, cells[1:])]), table.row_line(k), table.row_page(k)))
    return items


_HALVES = ("상반기", "하반기")
# a year over a schedule's months (`2025년`, `’26년`, `2026`), spaces left out
_SCHEDULE_YEAR_RE = patterns.compile(rf"({YEAR})(?:년도?|\.)?")
_NO_MARK = frozenset({"", "-", "–", "－"})  # a schedule's month cell that marks nothing


def _schedule_label(text: str) -> bool:
    """Whether a header cell labels a schedule's column: a month or quarter (`3월`, `1/4분기`: `is_month_label`) or
    a half (`상반기`)."""
    label = compact(text)
    return is_month_label(label) or label in _HALVES


def _scheduled_rows(table: Table) -> list[Paragraph]:
    """The steps of a project's schedule of marks (추진일정: `구 분 | 1월 | 2월 | … | 비 고` over `청렴교육 | ● | ● |
    …`; columns of months, quarters `1/4분기` or halves `상반기`; a mark or a bar's `━` in each one a step runs), each
    as the item it would print as a bullet, at its row: its label and the months its marks cover, each run of them
    (`청렴교육 : 1월~2월`, `주민 교육 : 3월~4월, 9월~10월`), its cells after the months after it (`/ 외부기관`; a figure
    after its column's label, `/ 예산 5,000`; not a dash); a month under a year a header row above prints over its
    group (`2025년` over `11월 | 12월`, `2026년` over `1월 | 2월`) is that year's (`2025년 11월~2026년 2월`); months
    under the halves they make up (`상반기` over `1월 | … | 6월`) are the columns, not the halves. None
    where a month's cell prints anything else than a mark or a dash (a table of figures by month) or no step is
    marked; a row marking nothing (a `계`, a group's label) gives no item. A row whose label is blank is the step's
    above, its label merged down over it (HTML `rowspan`, a ruled PDF's merged cell: the reader blanks the cells a
    merge covers): its marks and cells join that step's (`청렴교육 : 3월, 5월`)."""
    # the row of most such labels among the first three: months under the halves they make up (`상반기` over
    # `1월 | … | 6월`), under a year too
    counts = [sum(map(_schedule_label, row)) for row in table.rows[:3]]
    header = max(range(len(counts)), key=lambda k: (counts[k], -k), default=None)
    if header is None or counts[header] < 2:
        return []
    labels = [compact(cell) for cell in table.rows[header]]
    columns = [j for j, label in enumerate(labels) if _schedule_label(label)]
    if columns[0] == 0 or columns != list(range(columns[0], columns[-1] + 1)):
        return []
    for row in table.rows[:header]:  # a year over a group of months, its label in the group's first (merged) cell
        year = None
        for j in columns:
            cell = compact(row[j]) if j < len(row) else ""
            year = (match.group(1) if (match := _SCHEDULE_YEAR_RE.fullmatch(cell)) else None) if cell else year
            labels[j] = f"{full_year(year)}년 {labels[j]}" if year else labels[j]
    steps: list[tuple[int, str, set[int], list[str]]] = []  # each step's first row, label, marked columns, notes
    for k, row in enumerate(table.rows[header + 1:], header + 1):
        cells = [clean_text(cell) for cell in row] + [""] * (len(labels) - len(row))
        marked = {j for j in columns if cells[j] not in _NO_MARK}
        if not all(is_schedule_mark(cells[j]) for j in marked):
            return []
        notes = [f"{as_word(clean_text(table.rows[header][j]))} {cell}".lstrip() if is_number(cell) else cell
                 for j, cell in enumerate(cells[columns[-1] + 1:], columns[-1] + 1) if cell not in _NO_MARK]
        if name := " ".join(filter(None, cells[:columns[0]])):
            steps.append((k, name, marked, notes))
        elif steps:  # its label merged down from the row above
            steps[-1][2].update(marked)
            steps[-1][3].extend(note for note in notes if note not in steps[-1][3])
    items = []
    for k, name, marked, notes in steps:
        if not marked or is_total(name):
            continue
        runs = [[j for _, j in run]
                for _, run in itertools.groupby(enumerate(sorted(marked)), lambda pair: pair[1] - pair[0])]
        months = ", ".join(labels[run[0]] if len(run) == 1 else f"{labels[run[0]]}~{labels[run[-1]]}" for run in runs)
        items.append(Paragraph(" / ".join([f"{name} : {months}", *notes]), table.row_line(k), table.row_page(k)))
    return items


def _part_in_box(table: Table) -> Heading | None:
    """The `□` heading a box prints where it names a part (`| □ 사업개요 |`, as HWP draws one around a part's name:
    before, a table, and the part's items were of no part), else None."""
    line = box_line(table)
    if line is None or line.text[:1] not in BOX_MARKS or not _is_part_name(name := line.text[1:].strip()):
        return None
    return Heading(name, 0, line.text[0], line.line, line.page)


@functools.lru_cache(maxsize=TEXT_CACHE)  # each block is asked again by each step that takes it (part, item, title)
def _is_part_name(text: str) -> bool:
    name = text.replace(" ", "")  # a block's text is clean already: `compact` would only look it up again
    return len(name) <= 10 and name.endswith(PART_ENDINGS) and _SYLLABLES_RE.fullmatch(name) is not None


def _part_name(heading: str) -> str:
    """A part's heading without the letter or number it is printed with (`가. 사업개요` → `사업개요`), as a `□`
    part's is; any other heading as it is."""
    lettered = _LETTERED_RE.match(heading) if heading[:1] in LETTERS else None
    return lettered.group(2) if lettered and _is_part_name(lettered.group(2)) else heading


def _box_titles(blocks: list) -> dict[int, bool]:
    """The box headings (`□`, `■`) that title projects (by id), each with whether its project's parts are bullets:
    a box heading over bullet parts (`□ 구민 축제 개최` over `○ 사업개요`, `○ 추진실적`), and one of another mark
    over `□` parts (`■ 청사 환경 개선` over `□ 사업개요`, see `_marked_titles`); and a markdown heading of no mark
    nor number over a part (`_unnumbered_heading_titles`), or a plain text's line of either (`_plain_titles`)."""
    titles = dict.fromkeys(_marked_titles(blocks), False) | _unnumbered_heading_titles(blocks) | _plain_titles(blocks)
    candidate = None
    for block in blocks:
        if isinstance(block, Heading):
            candidate = block if block.marker in BOX_MARKS and not _is_part_name(block.text) else None
        elif candidate is not None and isinstance(block, Bullet) and block.depth == 0 and _is_part_name(block.text):
            titles[id(candidate)] = True
            candidate = None
    return titles


_TITLE_BOX_MARKS = BOX_MARKS - {"□"}  # the marks a title over `□` parts is printed with


def _unnumbered_heading_titles(blocks: list) -> dict[int, bool]:
    """The markdown headings of no mark nor number that title projects (by id), each with whether its parts are
    bullets, as markitdown prints a Word file whose titles Word numbers itself (`## 생활체육 활성화 (체육진흥팀)`
    over `**□ 사업개요**`, or over `* 사업개요`): each naming no part, right over a part (its purpose between), where
    no title of the part is numbered. Before, the first was read as a part of a project of no title and each
    later one as an item of the project above."""
    titles = {}
    for k, block in enumerate(blocks):
        if (not isinstance(block, Heading) or block.marker or not block.level
                or _is_part_name(_part_word(clean_text(block.text)))):
            continue
        below = next((below for below in blocks[k + 1:] if not isinstance(below, (Paragraph, Table))), None)
        if isinstance(below, Heading) and below.marker == "□" and _is_part_name(_part_word(clean_text(below.text))):
            titles[id(block)] = False
        elif isinstance(below, Bullet) and below.depth == 0 and _is_part_name(below.text):
            titles[id(block)] = True
    return {} if titles and any(_numbers_a_title(block) for block in blocks) else titles


_PLAIN_TITLE_LENGTH = 40  # characters: the longest a title of no number nor mark is (its team included)


def _plain_titles(blocks: list) -> dict[int, bool]:
    """The paragraphs of a plain text that title projects (by id), each with whether its parts are bullets, as a
    save-as-text prints a Word file's titles Word numbers itself (`어린이집 운영 지원 (보육정책팀)` over its purpose
    over `□ 사업개요`, or over `ㅇ 사업개요`): each a title's line alone (`_plain_title`) right over a part (its
    purpose between), the part's first, or one the project above has had already; where no title of the part is
    numbered. Before, the project started at the title's line, read as its purpose, and had no title."""
    # the part each paragraph reading as a title alone stands over, by its place: most sections print none, and then
    # no part's name need be read
    over_parts = {k: below for k, block in enumerate(blocks)
                  if isinstance(block, Paragraph) and (below := _plain_title(blocks, k)) is not None}
    if not over_parts:
        return {}
    titles: dict[int, bool] = {}
    had: set[str] = set()  # the parts printed since the last title
    for k, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            if (below := over_parts.get(k)) is not None and (not titles or _part_at(below) in had):
                titles[id(block)] = isinstance(below, Bullet)
                had = set()
        elif (part := _part_at(block)) is not None:
            had.add(part)
    return {} if titles and any(_numbers_a_title(block) for block in blocks) else titles


def _part_at(block) -> str | None:
    """The name of the part a block opens: a `□` heading or an outermost bullet naming one, else None."""
    if isinstance(block, Heading) and block.marker == "□" or isinstance(block, Bullet) and block.depth == 0:
        part = _part_word(clean_text(block.text))
        return part if _is_part_name(part) else None
    return None


def _plain_title(blocks: list, k: int):
    """The part (its block) a paragraph stands right over, its purpose between (a paragraph ending as one does) or its
    team ending it (`… (보육정책팀)`), where it reads as a title of no number nor mark alone: short, no sentence nor
    field (`… 지원함`, `기 간 : 연중`), no team, unit or group line of a title, naming no part; else None."""
    if len(blocks[k].text) > _PLAIN_TITLE_LENGTH:  # most paragraphs: told first
        return None
    text = clean_text(blocks[k].text)
    below = blocks[k + 1] if k + 1 < len(blocks) else None
    if isinstance(below, Paragraph) and _PURPOSE_END_RE.search(below.text):
        below = blocks[k + 2] if k + 2 < len(blocks) else None
    elif not _TEAM_END_RE.search(text):
        return None  # right over the part, no team: a purpose written as a noun phrase may be printed so
    if _part_at(below) is None:
        return None
    if (":" in text or "：" in text or _PURPOSE_END_RE.search(text) or not _HANGUL_START_RE.match(text)
            or _team_line(text) or _unit_line(text) or _GROUP_LABEL_RE.match(text) or _is_part_name(_part_word(text))):
        return None
    return below


_HANGUL_START_RE = patterns.compile(r"^\p{Hangul}")
_TEAM_END_RE = patterns.compile(r"[(\[]\s*\p{Hangul}[\p{Hangul}\d ]{0,11}팀\s*[)\]]$")  # `… (보육정책팀)`


def _marked_titles(blocks: list) -> list[int]:
    """The headings of a box mark other than `□` that title projects (by id) in a part whose projects are so marked
    (`■ 청사 환경 개선` over `□ 사업개요`, `□ 추진실적`): one naming no part, right over a `□` part (its team and
    purpose between), where neither a numbered title nor a `□` part stands before the part's first such heading, and
    where the `□` part below each later one is one the project above has had already (`□ 사업개요` again). Where the
    marked headings are siblings that agree (`_agreeing_siblings`: each over two parts or more, a part's name
    recurring under every one), each is a title, whatever part it starts with (`□ 추진배경` after a project of
    `□ 사업개요`, `□ 추진실적`) or its name ends with (`■ 폭염 대비 대책`), and so too after a part-wide `□` part before
    the first (`□ 추진개요`) that none of them prints again.
    A `■` line level with the `○` items above it before the project's first `□ 향후계획` (`■ 놀이시설 점검 (30개소):
    2월~3월`) is content; and `■` headings under a numbered title (`① 제목` over `■ 놀이시설` over `□ 추진실적`) or a
    markdown heading of no mark above their level (`## 생활체육 활성화` over `### ■ 생활체육 교실`), or below a `□`
    part of the project they stand in (`□ 사업개요` over `■ 생활체육 교실` over `□ 추진실적`; `### □ 추진실적` over
    `#### ■ …`), group its parts."""
    if not any(isinstance(block, Heading) and block.marker in _TITLE_BOX_MARKS for block in blocks):
        return []  # most sections: no heading so marked, none to title a project
    titles: list[int] = []
    had: set[str] = set()  # the parts printed since the last title, or since the part's start
    part_level = title_level = 0  # the markdown level of the last `□` part, and of the highest plain title so far
    siblings = _agreeing_siblings(blocks)
    for k, block in enumerate(blocks):
        if not titles and _numbers_a_title(block):
            return []
        if isinstance(block, Heading) and block.marker == "□":
            had.add(_part_word(clean_text(block.text)))
            part_level = block.level
        elif (part := _part_below_mark(blocks, k)) is not None and (
                id(block) in siblings or not _is_part_name(_part_word(block.text))):
            part_wide = id(block) in siblings and not had & siblings[id(block)]  # `□ 추진개요`, printed by none below
            if not titles and (had and not part_wide or 0 < title_level < block.level):
                return []
            if 0 < part_level < block.level:
                continue
            if part in had or not titles or id(block) in siblings:
                titles.append(id(block))
                had = set()
        elif (isinstance(block, Heading) and not block.marker and block.level and not titles
              and not _is_part_name(_part_word(clean_text(block.text)))):
            title_level = min(title_level or block.level, block.level)
    return titles


def _agreeing_siblings(blocks: list) -> dict[int, set[str]]:
    """The marked headings over `□` parts (by id, with the names of all their parts) where they agree as the
    part's projects: two or more of the first one's level, each over two parts of its own or more, and one part's
    name printed under every one (`■ 청사 환경 개선` over `□ 사업개요`, `□ 추진실적`; `■ 직원 후생 복지` over
    `□ 추진배경`, `□ 사업개요`, `□ 추진실적`); none otherwise (`■` groups of one `□ 추진실적` each)."""
    marked = [k for k, block in enumerate(blocks)  # a heading, asked only of headings: most blocks are none
              if isinstance(block, Heading) and _part_below_mark(blocks, k) is not None]
    if len(marked) < 2:
        return {}
    marked = [k for k in marked if blocks[k].level == blocks[marked[0]].level]
    parts = [{_part_word(clean_text(block.text)) for block in blocks[k + 1:end]
              if isinstance(block, Heading) and block.marker == "□"}
             for k, end in zip(marked, [*marked[1:], len(blocks)], strict=True)]
    if len(parts) < 2 or any(len(names) < 2 for names in parts) or not set.intersection(*parts):
        return {}
    return {id(blocks[k]): names for k, names in zip(marked, parts, strict=True)}


def _part_below_mark(blocks: list, k: int) -> str | None:
    """The `□` part (its name) right below block k where that is a heading of another box mark naming no part of
    any project nor a field (`■ 청사 환경 개선`, `■ 폭염 대비 대책`, not `■ 사업개요`, `■ 향후 추진방향` or
    `■ 예산: …`), the title's team line and purpose between. One whose name ends as a part's does (`■ 폭염 대비
    대책`) titles a project only among siblings that agree (`_marked_titles`)."""
    block = blocks[k]
    if (not isinstance(block, Heading) or block.marker not in _TITLE_BOX_MARKS
            or BARE_PART_RE.fullmatch(compact(_part_word(block.text))) or _field_heading(block.text)):
        return None
    for below in blocks[k + 1:]:
        if isinstance(below, Paragraph) or isinstance(below, Bullet) and (
                _team_line(below.text) or _PURPOSE_END_RE.search(below.text)):
            continue
        part = _part_word(clean_text(below.text)) if isinstance(below, Heading) and below.marker == "□" else ""
        return part if _is_part_name(part) else None
    return None


def _numbers_a_title(block) -> bool:
    """Whether a block before a part's first project is a title numbered as that project (`① 제목`, `1. 제목`,
    in a box too), not a line of the part's contents (`1. 제목 ····· 3`)."""
    line = box_line(block) if isinstance(block, Table) else block
    return line is not None and not contents_line_title(line) and numbered_title(line, 1) is not None


def _parts_below(blocks: list) -> dict[int, str]:
    """The heading right below each paragraph that stands above one (by paragraph id), or the part a bullet of
    the top level names there (`ㅇ 사업개요`), where a project's parts are bullets."""
    return {id(block): clean_text(below.text) for block, below in zip(blocks, blocks[1:], strict=False)
            if isinstance(block, Paragraph) and (isinstance(below, Heading) or isinstance(below, Bullet)
                                                 and below.depth == 0 and _is_part_name(below.text))}


# the kinds of mark a section's titles are numbered with, as its first title says (`TitleMarks`)
CIRCLED_MARK, LETTER_MARK, DIGIT_MARK = "①", "가", "1"


def numbered_title(block, next_seq: int, marks: str | None = None) -> tuple[int, str] | None:
    """(number, title) of a project title line: `① 제목`, `1 제목 교육후생팀`, `## 1. 제목`. Plain text
    (no markdown) prints `1 제목 교육후생팀` as a paragraph: that is a title when it numbers the next project.
    `marks` is the kind of mark the section's titles are numbered with (None where not known yet): a
    circled heading is a title unless they are numbered otherwise (under `1. 제목`, `① 재정지원금 지급 : 1월`
    is an item) or, not known yet, it names a part (`① 추진실적` under `1. 제목`), a heading lettered `가. 제목`
    where letters number them, or, before any title, where it is the first (`가.`): elsewhere `가.` heads a part
    of a project."""
    if isinstance(block, Heading):
        if block.marker == "□":
            return None
        if _circled(block):
            titles = marks == CIRCLED_MARK or marks is None and not _is_part_name(block.text)
            return (CIRCLED.index(block.marker) + 1, block.text) if titles else None
        lettered = _LETTERED_RE.match(block.text) if marks in (None, LETTER_MARK) else None
        if lettered and not _PURPOSE_END_RE.search(lettered.group(2)):
            number = LETTERS.index(lettered.group(1)) + 1
            return (number, lettered.group(2)) if marks or number == next_seq == 1 else None
    elif not isinstance(block, Paragraph) or not block.text.startswith(str(next_seq)):
        return None
    match = _NUMBERED_RE.match(block.text)
    if not match or _PURPOSE_END_RE.search(match.group(2)):
        return None
    number = int(match.group(1))
    return (number, match.group(2)) if isinstance(block, Heading) or number == next_seq else None


def _circled(block) -> bool:
    """Whether a block is a heading marked with a circled number (`① 제목`)."""
    return isinstance(block, Heading) and bool(block.marker) and block.marker in CIRCLED


# a label in brackets alone on its line (`【 주요사업 】`, `< 신규사업 >`), as a report heads a group of its projects
# with it: no project's purpose, nor a project of its own
_GROUP_LABEL_RE = patterns.compile(
    r"^(?:【[^【】]{1,20}】|〔[^〔〕]{1,20}〕|《[^《》]{1,20}》|〈[^〈〉]{1,20}〉|<[^<>]{1,20}>)$")
_GROUP_LABEL_OPENS = "【〔《〈<"
_GROUP_LABEL_LENGTH = 30  # characters: the longest a group's label is (`【 신규사업 : 총 12개 사업 】`)


def _title_marks(title) -> str:
    """The kind of mark a title line is numbered with: a circled heading's, a lettered heading's (`## 가. 제목`),
    else digits (`1. 제목`, `1 제목 교육후생팀`; a bullet `가. 제목 (팀)` heads no lettered heading's part)."""
    if _circled(title):
        return CIRCLED_MARK
    if isinstance(title, Bullet) and (circled := other_circled(title.marker)):
        return circled[0]
    return LETTER_MARK if isinstance(title, Heading) and _LETTERED_RE.match(title.text) else DIGIT_MARK


def _title_in_box(table: Table, next_seq: int, marks: str | None) -> tuple[Heading, tuple[int, str]] | None:
    """A project's title printed in a box (`① 제목 (팀)`, `1. 제목`, `① | 제목`, `1 | 제목 | 녹지조성팀`, as HWP
    templates shade it): the line it would be, and its (number, title). Only the next project's number: a box
    inside a project (`① 놀이시설 교체 (12개소)` among its achievements) is no title."""
    line = box_line(table)
    title = numbered_title(line, next_seq, marks) if line is not None else None
    return (line, title) if title and title[0] == next_seq else None


# an office's name as a title's last word may print it (`청사관리팀`, `홍보담당관`, `청사관리TF`)
_OFFICE_WORD_RE = patterns.compile(rf"\p{{Hangul}}[\p{{Hangul}}\d]{{1,11}}{OFFICE_SUFFIX}")


def bare_teams_named_elsewhere(projects: list[Project], offices: set[str]) -> None:
    """A title that names no team but by its last word a space after it, an office's name that the report names as
    a team elsewhere (`다. 청사 환경 개선 청사관리팀` where `가. 청사 보수 (청사관리팀)` brackets it, or a staffing
    table by team counts `청사관리팀`; `offices`): that is its team, though the part's other titles bracket theirs.
    A last word naming no team the report knows stays the title's (`… 직장운동경기부 여자축구팀`: where most titles
    mark their teams, a bare one may be the title's own noun)."""
    known = offices | {team for project in projects if project.team for team in project.team.split(", ")}
    if not known:
        return
    for project in projects:
        if project.team is None and project.title and " " in project.title:
            title, _space, last = project.title.rpartition(" ")
            if last in known and title.strip() and _OFFICE_WORD_RE.fullmatch(last):
                project.title, project.team = title.rstrip(), last


def split_team(title: str) -> tuple[str, str | None]:
    """`직원 후생복지제도 운영 교육후생팀` → (title, '교육후생팀'); two teams as `총무팀, 청사관리팀`; the title
    without its continuity marker (`split_title`)."""
    return split_title(title)[:2]


@functools.lru_cache(maxsize=256)  # a title is split as a contents line and as the body's, and across reports
def split_title(printed: str) -> tuple[str, str | None, str | None, bool, str]:
    """(title, team(s), continuity, whether the team is a bare last word (`_split_team`), the line printed without
    its marker) of a title line's text: `본관 청사 리모델링 [계속] (청사관리팀)` → ('본관 청사 리모델링',
    '청사관리팀', '계속', False, '본관 청사 리모델링 (청사관리팀)'). The marker stands before the title, after it or
    after its team."""
    whole, continuity = _split_marker(printed)
    title, team, bare = _split_team(whole)
    if continuity is None and team:  # the marker between the title and its team
        marked = title
        title, continuity = _split_marker(marked)
        whole = title + whole[len(marked):]
    return title, team, continuity, bare, whole


def _split_marker(title: str) -> tuple[str, str | None]:
    """A title without the continuity marker at its start or end (`_MARKER`), a bracketed word of another kind
    after it or not (`본관 청사 리모델링 [계속] [공약]` → `본관 청사 리모델링 [공약]`), and the marker's word (`신규`,
    `확대`); none where the title is the marker alone."""
    if title.rstrip("\n")[-1:] not in _MARKER_CLOSES:
        match = tag = None
    elif (match := _TRAILING_MARKER_RE.search(title)) is None and (tag := _TRAILING_TAG_RE.search(title)):
        match = _TRAILING_MARKER_RE.search(title, 0, tag.start())
    if match is None:
        rest, continuity = _without_leading_marker(title)
        return (rest, continuity) if rest else (title, None)
    return title[:match.start()].strip() + title[match.end():], match.group(2).replace(" ", "")


def _without_leading_marker(text: str) -> tuple[str, str | None]:
    """A text without the continuity marker it starts with (`[계속] 노후 청사를 …` → `노후 청사를 …`; `[계속]` → ``;
    `[공약] [신규] 구민 소통 …` → `[공약] 구민 소통 …`), and the marker's word; not a round bracket joined to the word
    after it (`(신규)임용자 교육`). Tried only where the text starts with a bracket."""
    if text[:1] not in _MARKER_OPENS:
        return text, None
    match = _LEADING_MARKER_RE.match(text)
    if match is None and (tag := _LEADING_TAG_RE.match(text)) and text[tag.end():tag.end() + 1] in _MARKER_OPENS:
        rest, continuity = _without_leading_marker(text[tag.end():])
        return (text[:tag.end()] + rest, continuity) if continuity and rest else (text, None)
    if match is None or match.group(1) in "(（" and match.end() < len(text) and not match.group(0)[-1].isspace():
        return text, None
    return text[match.end():], match.group(2).replace(" ", "")


def _split_team(title: str) -> tuple[str, str | None, bool]:
    """(title, team(s), whether the team is a bare last word, `… 교육후생팀`, which may be the title's own noun:
    `… 여자축구팀`), or an office of another kind bracketed after it (`… (홍보담당관)`). The patterns, slow to search,
    are tried only where the title names a 팀 at all, or ends in a bracket."""
    match = _TEAM_RE.search(title) if "팀" in title else None
    if match and match.start() > 0:
        bare = match.group(2) is not None and not title[match.start():match.start(2)].strip()
        return title[: match.start()].strip(), _teams(match), bare
    office = _BRACKETED_OFFICE_RE.search(title) if title.endswith(_OFFICE_CLOSES) else None
    if office and office.start() > 0:
        return title[: office.start()].strip(), office.group(1), False
    return title, None, False


def _team_line(text: str) -> str | None:
    """The team(s) of a line that prints nothing else (`(청사관리팀)`, `담당부서 : 교육후생팀`), as a title
    too long for its team prints it on the line below."""
    match = _TEAM_RE.match(text) if "팀" in text else None
    return _teams(match) if match else None


def _teams(match: regex.Match) -> str:
    teams = _TEAM_SEPARATOR_RE.split(match.group(1) or match.group(2))
    return ", ".join(team.replace(" ", "") for team in teams)


def _unit_line(text: str) -> str | None:
    """The 단위사업 a line of its own under a title names, bracketed or not (`(단위사업 : 일자리 창출 지원)`, as
    `pdftotext -layout` prints the bracket after a long title on the line below it), else None: no purpose."""
    named = (_TITLE_UNIT_RE.fullmatch(text) or _UNIT_NAME_RE.match(text)) if "단위" in text else None
    return unit_name(named.group(1)) if named else None


def unit_name(printed: str) -> str:
    """The 단위사업 an item or a title names, without what is printed with it: the fields after it
    (`공원 관리 / 세부사업: …`), quotes (`「공원 관리」`) and more 단위사업 (`공원 관리 외 1`)."""
    name = _FIELD_SPLIT_RE.split(printed, maxsplit=1)[0] if _may_split(printed) else printed
    name = _UNIT_MORE_RE.sub("", name) if "외" in name else name
    return clean_text(name.strip(_UNIT_QUOTES + " "))


class ItemFields(NamedTuple):
    """What an item prints of its period and amount (`item_fields`): its span and months as a `Period`'s, or None."""
    start: int | None
    end: int | None
    year: int | None
    end_year: int | None
    amount: int | None
    months: tuple[str, ...] | None


def item_fields(text: str, year: int | None = None, planned: bool = False) -> ItemFields:
    """(start month, end month, the year the start is in, the year the end is in where it is another, amount in
    won, the months it runs in) of an item: `조달구매: 4월 / 95,700천원`, `교육(3월~11월)`, `주민공람: 11월 ~ 익년 2월`
    (11 of the report's year to 2 of the next), `교육 : 4월·9월` (4–9, in April and September); the months are those
    of `year`, the report's, or of the years the item dates them in (see `parse_period`).

    The item's period is that of its fields' values, over them all (`발주 : 2월, 착수 : 3월`: 2–3; parts split by
    `/` and `, `, each after its label's colon; with no colon, the whole item), unless the label before the last
    colon is a period alone (`3월 : 상반기 정리 보고회`); a period in a label (`상반기 집중 정리(3월~5월): …`)
    counts when the values print none. An amount counts only where it stands alone as a
    field of the item (parts split by `/` and `, `, each after its label's colon), its funding or period after it
    or not (`58,000천원(구비)`, `총 5,110,300천원 (국비 …)`, `2,110,200천원 (1월~5월)`), as the total of a sum
    (`… = 24,000천원`), or beside a period in parentheses, so per-person sums such as `생일상품권(13만원)` are not
    taken; and only where it is the one such amount (`예산 500,000천원, 집행 320,000천원` has none, and so has
    `예산 50,000천원, 집행 50,000천원`: two amounts that happen to be equal). An item of a plan (`planned`) is of the
    year printed before its words of any work (`2026년 주민 의견 수렴`; `_years_of_fields`)."""
    if nested := nested_year_sources(text):
        text = nested[0]  # a total's years' shares each with its sources: read as the shares alone
    colons = list(_COLON_RE.finditer(text)) if ":" in text or "：" in text else []
    label = text[colons[-2].end() if len(colons) > 1 else 0:colons[-1].start()] if colons else ""
    # the values of the item's fields: with one colon, what follows it (most items); with none, the whole item
    values = _field_values(text) if len(colons) > 1 else text[colons[0].end():] if colons else text
    period = ((parse_period_label(label, year) if label else None)
              or (parse_period(values, year, item=text) if values else None)
              or (parse_period(text, year) if values is not text else None)
              or (_years_of_fields(label, values, compact(label).endswith("기간"), planned)
                  if _DIGIT_RE.search(text) else None))
    # the years a total's bracket prints it is of (`1,200,000천원 (2024~2027년)`) are no field of its amount, nor
    # its period: the years a cost is of
    amount = _amount(years_apart(text)[0]) if _may_print_amount(text) and _DIGIT_RE.search(text) else None
    if period is None:
        return ItemFields(None, None, None, None, amount, None)
    return ItemFields(*period[:4], amount, period.months)


# a period of whole years, as a plan over several years prints it: `2024. ~ 2027.`, `2024년 ~ 2027년`, `2024~2027년`,
# `’24. ~ ’27.`, or one year, `2026.`, `2026년`, `2026년 중` (within it); the step of the work it dates after it or not
# (`2026년 착공`, `2026년 준공 예정`, `2026년 중 개관`, `2026년 기본설계`, `2026년 실시설계 용역 발주`: up to four
# words, the last a step's), and a note in brackets (`(4년간)`)
_YEAR = rf"({YEAR})\s*(?:\.|년\s*도?)?"
_YEARS_STEP = (r"(?:착공|준공|완공|완료|개관|개원|개소|개통|착수|시행|발주|입주|설계|용역|공사|계약|입찰|건립"
               r"|추진|운영|실시|개최|구축|설치|조성|정비|보수|교체|도입|이전|개선|확충|개발|선정|공모|매입|보상|철거"
               r"|리모델링)")
_WHOLE_YEARS_RE = patterns.compile(
    rf"\s*{_YEAR}(?:\s*[{TILDES}\-–－]\s*{_YEAR})?(?:\s*[중내])?(?:\s*(?:\p{{Hangul}}+\s+){{0,3}}\p{{Hangul}}*{_YEARS_STEP})?"
    r"(?:\s*예정)?\s*(?:\([^()]*\))?\s*")
# words before a step that name what is the year's, not when the step runs: its budget, settlement or plan (`2026년 예산
# 반영` in this year's report, for next year's budget; `2026년 예산 편성 추진`, `2026년 사업계획 수립`)
_YEARS_OWN_RE = patterns.compile(r"예산|결산|추경|계획|국비|시비|구비|재원|세입|세출")
_YEAR_WORDS = frozenset("년.’‘'`")  # what a year prints besides its figures, outside a field labelled as a period
# a part of plans (`□ 향후계획`, `□ 추진계획`, `□ 추진일정`, `□ 향후 추진방향`), its name spaces and note left out
_PLAN_PARTS = ("계획", "일정", "방향")
_RESULTS_PART = "실적"  # a part of results (`□ 주요 추진실적`, `□ 그간 추진실적`), its name spaces and note left out
# in a plan, a year before words of any work (`2026년 주민 의견 수렴`, `2026년 중 민관 협의체 구성·운영`): when it is
# done, as before a step's words; not before words of what is the year's but done at another time, or of no work
# (`_YEARS_OWN_RE`; its results, a comparison, a target, a bound: `2025년 실적 분석`, `2024년 대비 …`, `2026년
# 목표 …`, `2026년 이후 …`)
_PLANNED_YEARS_RE = patterns.compile(
    rf"\s*{_YEAR}(?:\s*[{TILDES}\-–－]\s*{_YEAR})?(?:\s*[중내])?(?:\s+[\p{{Hangul}}·]+){{1,6}}(?:\s*\([^()]*\))?\s*")
_NOT_WHEN_RE = patterns.compile(r"실적|성과|결과|대비|기준|현재|목표|까지|부터|이후|이전")


def _years_of_fields(label: str, values: str, labelled: bool, planned: bool) -> Period | None:
    """The period of an item's fields that print whole years and nothing else (`체육시설 확충 : 2024년 ~ 2026년`,
    `체육관 착공 : 2026년 중`, `체육관 : 2026년 착공` and `2026년 준공 예정`, a step of the work after them or not,
    `착공 : 2026년 / 준공 : 2027년`: over them all; `체육관 : 2026년 기본설계`, a step's words of any kind), or of its
    label (`2024년 : 기본계획 수립`): January of the first year to December of the last (`2024. ~ 2027.`: 1 of 2024 to
    12 of 2027), as a field `labelled` as a period (`사업기간`, `추진기간`, `기 간`) prints them; outside one, a year
    prints its 년 or point (`2026년`, `2026.`, `’26`): a figure alone (`수강인원 : 2000`) is none, and so is a year
    before words of no step (`2025년 결산 보고`), but in an item of a plan (`planned`: `2026년 주민 의견 수렴` under `□
    향후계획`; `_PLANNED_YEARS_RE`), or naming the year's budget or plan (`2026년 예산 반영`: done this year for next
    year's budget; `_YEARS_OWN_RE`)."""
    periods = [period for text in (label, *_fields(values)) if (period := _whole_years(text, labelled, planned))]
    if not periods:
        return None
    first, last = min(period.year for period in periods), max(period.end_year or period.year for period in periods)
    return Period.over(1, 12, first, last if last != first else None)


def _whole_years(value: str, labelled: bool, planned: bool) -> Period | None:
    """The period of a text that prints whole years and nothing else (`_years_of_fields`); none backwards."""
    if not (match := _WHOLE_YEARS_RE.fullmatch(value)) and planned and (match := _PLANNED_YEARS_RE.fullmatch(value)):
        match = None if _NOT_WHEN_RE.search(value[match.end(match.lastindex):].split("(")[0]) else match
    if (not match or not (labelled or not _YEAR_WORDS.isdisjoint(match[0]))
            or _YEARS_OWN_RE.search(value[match.end(match.lastindex):].split("(")[0])):  # not a note's `(계획)`
        return None
    first, last = full_year(match[1]), full_year(match[2] or match[1])
    return Period.over(1, 12, first, last if last != first else None) if last >= first else None


def _field_values(text: str) -> str:
    """The values of an item's fields, without their labels: from the first field with a label on, each after
    its colon (`1단계 사업 : 1월~6월, 2단계 사업 : 7월~12월` → `1월~6월, 7월~12월`), and a field with none whole (a
    value's next part, `교육 : 3월~5월(1기), 9월~11월(2기)`); a label's 당초 or 변경 is kept before its value
    (`당초: 5월 / 변경: 8월` → `당초 5월, 변경 8월`, a change)."""
    values = []
    for field in _fields(text):
        parts = _COLON_RE.split(field)
        if len(parts) > 1 or values:
            change = _CHANGE_LABEL_RE.search(parts[-2]) if len(parts) > 1 else None
            values.append(f"{change.group(1)} {parts[-1].strip()}" if change else parts[-1].strip())
    return ", ".join(values)


def _may_print_amount(text: str) -> bool:
    """Whether a text may print an amount: 원, or 억 or 만 where it prints no 원 (`사업비 : 1.2억`, `3,000만 투입`)."""
    return "원" in text or "억" in text or "만" in text


def _amount(text: str) -> int | None:
    """The one amount standing alone as a field of the item, or beside a period in parentheses: inside them
    (`(4월, 95,700천원)`) or after them (`9월 ~ 11월(10개소, 200,000천원)`, `10월(150,000천원)`), or right after a
    bracket where a period is printed up to it (`4~5월(2개소) 35,000천원`, `시설 보수(4~5월) 35,000천원`); after its
    funding source too (`구비 150,000천원`), where no other source is printed (`국비 …, 구비 …`: each a part of it); a
    word naming the money before it (`지급액 1,235,000천원`, `소요예산 5억원`; `_MONEY_LEAD_RE`) or neither; or the
    one amount of a sentence saying it was paid, granted or spent (`기초연금 41,200명에게 1,235,000천원 지급`,
    `1,500만원 소요`, `35,000천원 투입 예정`; `_spent`). A unit after a slash right after the amount (`30만원/월`) is
    read as in a bracket, a price of each (`30만원(월)`), not a field of its own. A field naming its money recovered
    or to be paid back gives none (`_recovered`). A bracket right after an amount notes its parts (`5억원(시비 3억,
    구비 2억)`): the amount is the item's, its parts none; or it counts the things it is spent on (`560,000천원(17개
    단지)`), where it is their total (`_total_of`)."""
    if _RAISED_DIGIT_RE.search(text):
        text = FOOTNOTE_MARK_RE.sub("", text)
    if "/" in text:  # `30만원/월`: a price a month, as `30만원(월)` (not two fields, `30만원` the item's)
        text = _PER_UNIT_SLASH_RE.sub(_per_unit_bracketed, text)
    printed = _amount_fields(_fields(text), text)
    fields = [_after_colon(field, _BARE_COLON_RE) for field in printed]
    # which of them a word naming the money labels (`사업비 3,000만`): a 만 amount printing no 원 is theirs alone
    money_named = ["만" in field and _MONEY_LINE_RE.match(field) is not None for field in printed]
    for match in _PARENS_RE.finditer(text) if "(" in text else ():
        parts = _fields(match.group(1))
        if _may_print_amount(match.group(1)) and not _recovered(match.group(1)) and (
                parse_period(_after_colon(text[:match.start()])) or len(parts) > 1 and parse_period(match.group(1))
                or _names_before_its_period(text, match.end())) and not _BEFORE_ITS_NOTE_RE.search(
                    text, 0, match.start()):  # no amount, no field; nor the parts of the amount before it
            fields += _amount_fields(parts, match.group(1))
    amounts, sources = [], set()  # a list: two equal amounts printed (`예산 50,000천원, 집행 50,000천원`) are two
    for k, field in enumerate(fields):
        if _may_print_amount(field):
            candidate = field.rpartition("=")[2].strip()  # a sum's total after its `=`
            if candidate[:1] in _MONEY_LEAD_STARTS:
                candidate = _MONEY_LEAD_RE.sub("", candidate)
            if source := _SOURCE_LEAD_RE.match(candidate):
                sources.add(source.group().strip())
                candidate = candidate[source.end():]
            counted = None  # the count of things a note after the amount prints (`560,000천원(17개 단지)`)
            if candidate.endswith(")"):  # its funding, period, rate or as-of date after it: all end in the bracket
                candidate = _FUNDING_NOTE_RE.sub("", candidate)
                if (note := _NOTE_RE.search(candidate)) and (_RATE_RE.fullmatch(note.group(1))
                                                             or _AS_OF_DATE_RE.fullmatch(note.group(1))
                                                             or _shares_printed(note.group(1))
                                                             or parse_period(note.group(1))):
                    candidate = candidate[:note.start()]
                elif note and (count := _COUNT_NOTE_RE.fullmatch(note.group(1))) and not _NOT_SPENT_RE.search(
                        note.group(1)):  # not a unit a price is of, `(1인)`
                    candidate, counted = candidate[:note.start()], int(count.group(1).replace(",", ""))
            if ")" in candidate and (noted := _AFTER_NOTE_RE.fullmatch(candidate)) and parse_period(noted.group(1)):
                candidate = _MONEY_LEAD_RE.sub("", noted.group(2))  # `4~5월(2개소) 35,000천원`: after a period's note
            if ((amount := parse_amount(candidate)) is not None
                    or (amount := _without_won(candidate, k < len(money_named) and money_named[k])) is not None
                    or (amount := _spent(field)) is not None) and (counted is None or _total_of(amount, counted)):
                amounts.append(amount)
    if not amounts:  # none of those: a sentence's last amount after a count or a deed (`118건 32억 1,000만원`)
        amounts = [amount for field in fields[:len(printed)] if (amount := _last_amount(field)) is not None]
    alone = amounts[0] if len(amounts) == 1 and len(sources) < 2 else None
    if alone is None or "자부담" in text or "민간" in text:  # sources `_SOURCE_LEAD_RE` does not know
        return by_sources if (by_sources := _sources_total(text)) is not None else alone
    return alone


def _per_unit_bracketed(slash: regex.Match) -> str:
    """A unit after a slash as in a bracket (`/월` → `(월)`, `_PER_UNIT_SLASH_RE`): a function, not the template
    `(\\1)`, which `re` reads anew in Python at each call (~11,000 instructions an item, most matching nothing)."""
    return f"({slash[1]})"


def _sources_total(text: str) -> int | None:
    """The sum of the amounts an item prints by its sources (`국비 8,000천원, 구비 8,000천원`: 16,000,000;
    `_SOURCES_RUN_RE`), where they are all it prints of money and of its sources: each source once, one of them a
    budget's, and no other amount (`예산 500,000천원 / 국비 …, 구비 …`) nor a source by a share or count (`국비 50%,
    구비 …, 시비 …`), which make the run a part; each amount in 원, or in 억 printing no 원 (`시비 5억, 구비 3억`), not
    in 만 alone (a count as well as money)."""
    if (run := _SOURCES_RUN_RE.search(text)) is None:
        return None
    rest = f"{text[:run.start()]} {text[run.end():]}"
    if (AMOUNT_RE.search(rest) or EOK_IN_TEXT_RE.search(rest) or MAN_IN_TEXT_RE.search(rest)
            or _SOURCE_FIGURE_RE.search(rest)):
        return None
    parts = [(compact(part.group(1)), part.group(2).strip()) for part in _SOURCE_AMOUNT_RE.finditer(run.group())]
    names = [name for name, _ in parts]
    if len(set(names)) < len(names) or not any(is_funding(name) for name in names):
        return None
    amounts = [parse_amount(figure) if figure.endswith("원") else _without_won(figure, False) for _, figure in parts]
    return sum(amounts) if None not in amounts else None


def _recovered(field: str) -> bool:
    """Whether a field names its money recovered or to be paid back (`회수: 3건 12,300천원`, `추징 24,500천원`,
    `12,300천원 환수`; `_RECOVERED_RE`): no amount of the item's."""
    return _RECOVERED_START_RE.search(field) is not None and _RECOVERED_RE.search(field) is not None


def _amount_fields(fields: list[str], text: str) -> list[str]:
    """Of `text`'s fields (in order, as `_fields` splits it), those that may print the item's amount: those printing
    money (`_may_print_amount`; the others are dropped too), but money recovered (`_recovered`) and the money alone
    printed after a comma right after a count of things recovered (`회수 3건, 12,300천원`, `환수 2건, 1,200천원
    (구비)`: the money recovered too; not a field that goes on, `회수 3건, 3개소 정비: 5,000천원`, nor one after a
    slash, `회수 3건 / 12,300천원`, a field of its own, nor after a count of other things, `폐건전지 회수 5건,
    5,000천원`, `회수` of things)."""
    if len(fields) == 1 or _RECOVERED_START_RE.search(text) is None:  # most items: no count of things recovered
        return [field for field in fields if _may_print_amount(field) and not _recovered(field)]
    kept = []
    recovered_count = False  # the field before is a count of things recovered, parted from this by a comma
    end = 0  # where the field before ends in `text`: a field printed twice is found at its own place
    for field in fields:
        end = text.find(field, end) + len(field)
        if _may_print_amount(field) and not _recovered(field) and not (
                recovered_count and parse_amount(field.partition("(")[0]) is not None):
            kept.append(field)
        recovered_count = (_RECOVERED_START_RE.search(field) is not None
                           and _COUNT_AT_END_RE.search(field) is not None and _recovered(field)
                           and text[end:end + 1] == ",")
    return kept


def _without_won(figure: str, money_named: bool) -> int | None:
    """An amount in 억 printing no `원` (`1.2억`), or one in 만 in a field naming the money (`사업비 3,000만`, `예산 :
    500만`; not `참여인원 : 3만`, `만족도 : 3,000만`: a count as well as money)."""
    return parse_amount_without_won(figure) if "억" in figure or money_named else None


def _names_before_its_period(text: str, end: int) -> bool:
    """Whether the bracket ending at `end` closes the item's name, its period printed after the colon right after
    it (`시설 보수(5개소, 150,000천원) : 4월~5월`, `공원 조성(총 1,250백만원): 3월~10월`): the bracket holds the
    item's figures, as one beside or after its period does."""
    colon = _COLON_AFTER_NAME_RE.match(text, end)
    return colon is not None and colon.end() > end and parse_period(text[colon.end():]) is not None


def _spent(field: str) -> int | None:
    """The amount of a sentence saying the item paid, granted, spent or needs it (`기초연금 41,200명에게
    1,235,000천원 지급`, `1,500만원 소요`; `_SPENT_RE`), or took it in, the verb right before the amount ending the
    sentence (`견인료 징수 1억 2,450만원`; `_SPENT_BEFORE_RE`): the sentence's one amount, where no word makes it a unit
    price, a change or a part (`1인당`, `월`, `증가`, `예산 중`; `_NOT_SPENT_RE`, `_PART_BEFORE_RE`)."""
    if _SPENT_VERB_STARTS.isdisjoint(field):
        return None
    amounts = [*AMOUNT_RE.finditer(field), *(EOK_IN_TEXT_RE.finditer(field) if "억" in field else ()),
               *(MAN_IN_TEXT_RE.finditer(field) if "만" in field else ())]
    if len(amounts) != 1 or not (_SPENT_RE.fullmatch(field, amounts[0].end())
                                 or _ENDS_AFTER_AMOUNT_RE.fullmatch(field, amounts[0].end())
                                 and _SPENT_BEFORE_RE.search(field, 0, amounts[0].start())):
        return None
    before, after = field[:amounts[0].start()], field[amounts[0].end():]
    if _NOT_SPENT_RE.search(before) or _NOT_SPENT_RE.search(after) or _PART_BEFORE_RE.search(before):
        return None
    written = amounts[0].group()
    return parse_amount(written if written.endswith("원") else written + "원")


def _last_amount(field: str) -> int | None:
    """The amount a sentence of no money verb prints last, written out in a scale of money, after a count of what was
    done or a verb saying it was (`융자 추천 118건 32억 1,000만원`, `융자 추천 118건(32억 1,000만원)`, `융자 추천
    (118건 32억 1,000만원)`, `견인 실시 1억원`, `교육 12회 1억 2,000만`; `_COUNT_OR_DEED_BEFORE_RE`): the sentence's one
    amount, ending it (a count of what it is spent on in a bracket after it or not, `정비 실시 120백만원(35개소)`),
    where no word makes it a unit price, a change or a part, before it or in the note after it (`1인 30만원`, `10만원
    (가구당)`, `30만원(월)`, `1억원(최대)`, `전년 대비 1억원`, `예산 중`; as `_spent`), nor is it less than a count's
    total could be, before it or after it (`_total_of`: `500가구 10만원` is a price a household; not a sum of more
    than 500만원, `관람객 30,000명 2,000만원`), nor, in 만
    printing no 원, less than `_LEAST_IN_MAN` (`관람 3회 5만`). A verb of doing does not make the money another's (the
    sentence names no other sum it could be), where a label before it may (`위탁 비용`)."""
    amounts = [*AMOUNT_RE.finditer(field), *(EOK_IN_TEXT_RE.finditer(field) if "억" in field else ()),
               *(MAN_IN_TEXT_RE.finditer(field) if "만" in field else ())]
    if len(amounts) != 1 or not (noted := _AFTER_LAST_AMOUNT_RE.fullmatch(field, amounts[0].end())):
        return None
    written = amounts[0].group()
    before, after = field[:amounts[0].start()], field[amounts[0].end():]
    closed = after.lstrip().startswith(")")
    opened = before.rstrip().endswith("(") or closed and _BRACKETED_COUNT_BEFORE_RE.search(before) is not None
    if (not _SCALED_AMOUNT_RE.search(written) or not (done := _COUNT_OR_DEED_BEFORE_RE.search(before))
            or _NOT_SPENT_RE.search(before) or _NOT_SPENT_RE.search(after) or _PART_BEFORE_RE.search(before)
            or closed != opened):  # bracketed alone or with its count
        return None
    amount = parse_amount(written if written.endswith("원") else written + "원")
    if amount is None or written.endswith("만") and "억" not in written and amount < _LEAST_IN_MAN:
        return None
    counts = [int(count.replace(",", "")) for count in (done.group(1), noted.group(1)) if count is not None]
    return amount if all(_total_of(amount, count) for count in counts) else None


def _total_of(amount: int, count: int) -> bool:
    """Whether an amount printed with a count of things (`17개 단지 560,000천원`, `560,000천원(17개 단지)`) is
    their total, not a price of each (`_LEAST_A_UNIT`: `500가구 10만원`, `10만원(500가구)`)."""
    return amount > _PRICE_OF_EACH_AT_MOST or amount >= count * _LEAST_A_UNIT


def cost_shares(text: str, years: range | None = None, below: list[str] | None = None
                ) -> tuple[str, list[int], bool] | None:
    """The unit of the total an item prints with its years' shares after it (`_SHARES_RE`), the shares in won (a
    share printing no unit in the total's), and whether they cover the total (a share of what is left printed, or
    a share of each of the project's `years`, `(’24년 1,200 / ’25년 1,300 / ’26년 1,100)` of a 사업기간 `2024. 3. ~
    2026. 12.`, or of the years the total's breakdown prints it is of, `(’24~’26년, ’24년 1,200 / …)`):
    `총사업비: 1,200,000천원 (기투자 400,000, 2026년 300,000, 향후 500,000)` → ('천원', [400,000,000,
    300,000,000, 500,000,000], True). Printing none, the shares the lines under it (`below`) print alone, on one line
    or a line each (`○ 총사업비: 3,600백만원` over `- ’24년 1,200 / ’25년 1,200 / ’26년 1,200`, or over `- 2024년:
    1,200백만원`, `- 2025년: …`; a year's printing its sources too, `- 2024년: 1,200백만원(국비 600, …)`), after a total
    ending the item or its bracket (`3,600백만원(국비 …)`), or each with its sources in its bracket's bracket
    (`nested_year_sources`), or after its bracket of sources (`with_shares_in_bracket`). None where neither prints
    such shares."""
    text, printed_years = years_apart(text)
    if printed_years and (period := _whole_years(printed_years, True, False)):
        years = range(period.year, (period.end_year or period.year) + 1)  # the years it prints it is of
    printed = _shares_and_unit(text, below)
    return _shares(*printed, years) if printed else None


def _shares_and_unit(text: str, below: list[str] | None) -> tuple[str, str] | None:
    """The years' shares a total prints (`cost_shares`), as printed (`’24년 1,200 / ’25년 1,300`), and the total's
    unit; None where it prints none."""
    text = with_shares_in_bracket(with_breakdown_in_bracket(text))
    if nested := nested_year_sources(text):
        text = nested[0]
    for note in _PARENS_RE.finditer(text) if "(" in text else ():
        unit = _TOTAL_UNIT_RE.search(text, 0, note.start())
        if unit is not None and (shares := _shares_printed(note.group(1))):
            return shares, unit.group(1)
    shares_below = [shares for line in below or () if (shares := _shares_printed(
        _FUNDING_NOTE_RE.sub("", line) if line.endswith(")") else line))]
    if shares_below and (unit := _TOTAL_UNIT_RE.search(text, 0, text.find("(") if "(" in text else len(text))):
        return ", ".join(shares_below), unit.group(1)
    return None


def _shares(printed: str, unit: str, years: range | None) -> tuple[str, list[int], bool] | None:
    """`cost_shares`' reading of the shares printed (`’24년 1,200 / ’25년 1,300`), a total's `unit` theirs where they
    print none (`억`, of a total printing no `원`: 억원)."""
    unit = unit if unit.endswith("원") else f"{unit}원"
    shares, covered, share_years = [], False, []
    for share in _SHARE_RE.finditer(printed):
        figure = share.group(2).strip()
        # `12억`, `1,500백만`: in its own unit, its `원` left out
        scaled = figure.endswith(tuple(MONEY_SCALES.split("|")))
        shares.append(parse_amount(figure if figure.endswith("원") else figure + "원" if scaled else figure + unit))
        covered = covered or _SHARE_REST_RE.fullmatch(share.group(1)) is not None
        share_years.append(full_year(share.group(1)) if _SHARE_YEAR_RE.fullmatch(share.group(1)) else None)
    covered = covered or None not in share_years and (
        sorted(share_years) == list(years) if years is not None else _year_by_year(share_years))
    return (unit, shares, covered) if None not in shares else None


def _year_by_year(share_years: list[int]) -> bool:
    """Whether shares are the total's year by year: two years at least, each once, none left out between them
    (`총 32억원 (’24년 8억원, ’25년 12억원, ’26년 12억원)`), where nothing says which years the total is of: the
    total is then their sum (a total over more years prints the others' share too, `기투자`, `향후`)."""
    return len(share_years) > 1 and sorted(share_years) == list(range(min(share_years), max(share_years) + 1))


def _money_lines(items: list[ProjectItem]) -> list[ProjectItem]:
    """The lines of `items` that print a word naming the money and an amount alone (`- 사업비 : 2,698,307천원(구비)`;
    `_MONEY_LINE_RE`)."""
    return [item for item in items if item.text[:1] in _MONEY_LEAD_STARTS and _MONEY_LINE_RE.match(item.text)
            and not _may_split(item.text)]


def bottom_up(items: list[ProjectItem]) -> list[ProjectItem]:
    """`items` and all those under them, those under an item before it: a stack, not recursion (items may nest
    deeper than Python's recursion limit)."""
    ordered, pending = [], list(items)  # each item before those under it, then reversed
    while pending:
        ordered.append(item := pending.pop())
        pending += item.children
    return ordered[::-1]


def _fields_moved_up(items: list[ProjectItem], dated_by_part: set[int]) -> None:
    """In the achievements and plans (`□ 추진실적`, `□ 향후계획`), an item's amount and period printed on a line of
    their own below it (`_amount_from_money_line`, `_period_from_period_line`), in one walk over the items."""
    for item in bottom_up(items):
        if item.children and _part_word(item.heading).endswith(_LATER_PARTS):
            _amount_from_money_line(item)
            _period_from_period_line(item, dated_by_part)


def _amount_from_money_line(item: ProjectItem) -> None:
    """An item printing no amount of its own takes that of the one line below it printing one, where that line prints
    the money alone (`○ 청사 방수공사 추진` over `- 사업비 : 19,558천원(구비)`; `_money_lines`): the amount is the
    item's, which that line is a field of, and is counted once, the line keeping its text but no amount. Lines
    printing two amounts (`- 국비 : …`, `- 구비 : …`; `- 사업비 : …`, `- 집행액 : …`) are its parts: they stay, and so
    does a total with its years' shares (`- 총사업비 : 1,200,000천원 (기투자 …, 향후 …)`: the project's, which
    `sum.project_cost` checks). In the overview such a line is the project's (`stated_budgets`)."""
    priced = [child for child in item.children if child.amount_krw is not None]
    if item.amount_krw is None and len(priced) == 1 and _money_lines(priced) and cost_shares(priced[0].text) is None:
        item.amount_krw, priced[0].amount_krw = priced[0].amount_krw, None


def _is_period_line(item: ProjectItem) -> bool:
    """Whether an item prints a label naming when and a period alone (`- 기 간 : 4월~5월`, `- 추진기간 : 연중`,
    `- 일 시 : 6. 12.(목)`; `_PERIOD_LINE_RE`), nothing else (`- 일 시 : 6. 12.(목) 14:00` names an hour too)."""
    match = _PERIOD_LINE_RE.match(item.text) if item.start_month is not None else None
    return match is not None and parse_period_label(match.group(1), item.year) is not None


def _period_from_period_line(item: ProjectItem, dated_by_part: set[int]) -> None:
    """An item printing no period of its own (nor one a half's part gives it, by id in `dated_by_part`) takes that of
    the one line below it printing one, where that line prints the period alone (`○ 청사 방수공사 추진` over `- 기 간 :
    4월~5월`; `_is_period_line`): the period is the item's, which that line is a field of, and is counted once, the
    line keeping its text but no months, as `_amount_from_money_line` does an amount. Lines printing two periods
    (`- 1차 : 4월`, `- 2차 : 9월`) are its steps, each its own; in the overview such a line is the project's field's
    (`○ 사업명 : …` over `- 기 간 : …`), kept."""
    dated = [child for child in item.children if child.start_month is not None and id(child) not in dated_by_part]
    if (item.start_month is None or id(item) in dated_by_part) and len(dated) == 1 and _is_period_line(dated[0]):
        line = dated[0]
        item.start_month, item.end_month, item.year, item.end_year, item.months = (
            line.start_month, line.end_month, line.year, line.end_year, line.months)
        line.start_month = line.end_month = line.year = line.end_year = line.months = None
        dated_by_part.discard(id(item))


def _numbered_over_purposes(blocks: list) -> set[int]:
    """The numbered paragraphs and bullets lettered or numbered with another circled digit (by id) right above a
    paragraph ending as a purpose does (`2. 긴급복지 지원`, `가. 도시숲 조성`, `❶ 도시숲 조성` over `… 지원하고자
    함`): a title over its purpose, rather than an item of a numbered or lettered list."""
    return {id(block) for block, below in zip(blocks, blocks[1:], strict=False)
            if (isinstance(block, Paragraph) and block.text[:1].isdigit()
                or isinstance(block, Bullet) and (block.marker[:1] in LETTERS or other_circled(block.marker)))
            and isinstance(below, Paragraph) and _PURPOSE_END_RE.search(below.text)}


# the name of a part a project starts with (`사업개요`, `추진 개요`, `추진배경`, `사업목적`), spaces left out
_FIRST_PART_RE = patterns.compile(r"\p{Hangul}{0,8}(?:개요|배경|목적)")


def _over_starts_and_parts(blocks: list) -> tuple[set[int], set[int]]:
    """The lines right over a project's start (`_numbered_over_purposes`, and the bullets over a part a project starts
    with), and the bullets over any part of a project (`_bullets_over_parts`)."""
    over_starts, over_parts = _bullets_over_parts(blocks)
    return _numbered_over_purposes(blocks) | over_starts, over_parts


def _bullets_over_parts(blocks: list) -> tuple[set[int], set[int]]:
    """The bullets lettered (`라. 제목`) or numbered with another circled digit (`❶ 제목`), by id, right over a part of
    a project (a `□` heading, or a bullet under it, naming one), its team line, continuity marker or purpose between:
    those over a part a project starts with (`□ 사업개요`, `□ 추진배경`, `□ 사업목적`), a title, though it names no
    team and no contents list it; and those over any part (`□ 추진실적`, `□ 향후계획`), which may be a list's last item
    too, so a title only where the structure says so (`_ProjectWalker._over_part_titles`)."""
    over_starts, over_parts = set(), set()
    for k, block in enumerate(blocks):
        if not isinstance(block, Bullet) or not (block.marker[:1] in LETTERS or other_circled(block.marker)):
            continue
        below = next((below for below in blocks[k + 1:] if not isinstance(below, Paragraph) or not (
            _team_line(below.text) or _PURPOSE_END_RE.search(below.text)
            or not _without_leading_marker(below.text)[0])), None)
        part = (isinstance(below, Heading) and below.marker == "□"
                or isinstance(below, Bullet) and below.depth > block.depth)
        name = _part_word(clean_text(below.text)) if part else ""
        if _FIRST_PART_RE.fullmatch(name):
            over_starts.add(id(block))
        if _is_part_name(name):
            over_parts.add(id(block))
    return over_starts, over_parts


# a title numbered as a list's item is (`1) 제목`, `(1) 제목` as bullets; `1-1. 제목`, `[1] 제목` as lines): its number
_LIST_MARK_RE = patterns.compile(r"^\(?(\d{1,2})\)$")
_LIST_NUMBERED_LINE_RE = patterns.compile(r"^(?:(\d{1,2})\s*-\s*(\d{1,2})\s*[.)]?|\[\s*(\d{1,2})\s*\])\s+(\S.*)$")


def _list_numbered(block) -> tuple[str, int, str] | None:
    """(how it is numbered, number, text) of a line numbered as a list's item is (`1)`, `(1)`, `1-1.`, `[1]`; of
    `2-3.` the 3, its part's 2 in the numbering), else None. Only a bullet ending its mark in a bracket, or a line
    starting with a digit or `[`, is asked."""
    if isinstance(block, Bullet):
        match = _LIST_MARK_RE.match(block.marker) if block.marker[-1:] == ")" else None
        return (block.marker.replace(match.group(1), "1"), int(match.group(1)), block.text) if match else None
    if not isinstance(block, LINE_BLOCKS) or not (block.text[:1].isdigit() or block.text[:1] == "["):
        return None
    match = _LIST_NUMBERED_LINE_RE.match(block.text)
    if match is None:
        return None
    if match.group(3):
        return "[1]", int(match.group(3)), match.group(4)
    return f"{match.group(1)}-1", int(match.group(2)), match.group(4)


def _list_numbered_titles(blocks: list) -> dict[int, tuple[int, str]]:
    """The lines numbered as a list's items are (`1) 공영주차장 확충 (주차시설팀)`, `(1) …`, `1-1. …`, `[1] …`) that
    title the part's projects (by id, with their number and title): where the part's first such line stands right
    under its heading, before any `□` part or other title, each numbered as the next project, naming its team (over
    a table or text too) or over a `□` part or items of another mark (`○ 공사 착공 : 3월`). A list of them after a
    title (`1) 관내 점검 실시` under `□ 추진실적`) is items: its first numbered as no next project, the lines after
    it numbered on from it, unless one names a team or stands over a part a project starts with or the last has
    had (`□ 사업개요`)."""
    first = next((k for k, block in enumerate(blocks) if _list_numbered(block) is not None), len(blocks))
    if first == len(blocks) or any(isinstance(block, Heading) and block.marker == "□" or _numbers_a_title(block)
                                   for block in blocks[:first]):
        return {}  # none, or a project's part or another title first: such lines are its items
    titles: dict[int, tuple[int, str]] = {}
    numbering, list_number = None, 0
    had: set[str] = set()  # the parts of the last title's project so far
    for k, block in enumerate(blocks[first:], start=first):
        if (numbered := _list_numbered(block)) is None:
            if isinstance(block, Heading) and block.marker == "□":
                had.add(_part_word(clean_text(block.text)))
            continue
        if numbering not in (None, numbered[0]):
            continue
        kind, number, text = numbered
        below = _below_title(blocks, k)
        part = _part_word(clean_text(below.text)) if isinstance(below, Heading) and below.marker == "□" else None
        over_items = part is not None or isinstance(below, Bullet) and _list_numbered(below) is None
        # the next of a list under the last title only where it names a team or opens a project's parts anew
        opens = part is not None and (part in had or _FIRST_PART_RE.fullmatch(part.replace(" ", "")) is not None)
        named = split_team(clean_text(text))[1] is not None
        if number == len(titles) + 1 and (over_items or named) and (number != list_number + 1 or named or opens):
            titles[id(block)] = (number, text)
            numbering, list_number, had = kind, 0, set()
        elif not titles:
            return {}
        else:
            list_number = number
    return titles


def _below_title(blocks: list, k: int):
    """The block below a title at k, past its team line and purpose (None at the end)."""
    return next((below for below in blocks[k + 1:] if not isinstance(below, Paragraph) or not (
        _team_line(below.text) or _PURPOSE_END_RE.search(below.text))), None)


def _below_marker_lines(blocks: list) -> dict[int, object]:
    """The block right below each paragraph (by id) that prints a continuity marker alone (`[계속]`), None below
    the last: the marker of the title below it, where that is one."""
    return {id(block): below for block, below in zip(blocks, [*blocks[1:], None], strict=False)
            if isinstance(block, Paragraph) and not _without_leading_marker(block.text)[0]}


def _group_labels(blocks: list) -> dict[int, tuple[object, str | None, bool]]:
    """The labels over a group of titles (by id), each with the block right below it (None below the last), the
    marker it names for the group's titles (`《 신규사업 》`, `■ 계속사업 (2건)`: `신규`, `계속`), None where it names
    none (`【 주요사업 】`), and whether it is a bare marker alone on its line in a label's brackets (`《 신규 》`,
    `【계속】`), which is a group's only where the titles after the first of each print none of their own
    (`_ProjectWalker.finish`); not one in a title's brackets (`[계속]`, `(신규)`), its title's own. A label may be
    printed as a bullet (`◈ 신규사업`, `가. 계속사업`), at whatever depth the bullets above nest it. Only short lines
    are asked: a label is a few words."""
    labels: dict[int, tuple[object, str | None, bool]] = {}
    for block, below in zip(blocks, [*blocks[1:], None], strict=False):
        if not isinstance(block, TEXT_BLOCKS) or len(block.text) > _GROUP_LABEL_LENGTH:
            continue
        if block.text[-1:] in _GROUP_KIND_ENDS and (match := _GROUP_MARKER_RE.match(block.text)):
            labels[id(block)] = (below, (match.group(1) or match.group(2)).replace(" ", ""), False)
        elif (isinstance(block, LINE_BLOCKS) and block.text[:1] in _GROUP_LABEL_OPENS
              and _GROUP_LABEL_RE.match(block.text)) or _decorated_label(block):
            rest, marker = _without_leading_marker(block.text)
            labels[id(block)] = (below, None, False) if rest else (below, marker, True)
    return labels


def _decorated_label(block) -> bool:
    """A label set between two of one symbol (`◈ 복지정책과 ◈`, `◆ 노인장애인과 ◆`, also as a heading, `## ◈ 복지과 ◈`),
    as a 국's report heads the projects of each of its 과: a bullet whose text ends in the mark it starts with, a
    heading or paragraph starting and ending with one symbol."""
    if isinstance(block, Bullet):
        return len(block.marker) == 1 and block.text[-1:] == block.marker and block.text[-2:-1] == " "
    text = block.text
    return len(text) > 2 and text[0] == text[-1] and unicodedata.category(text[0]) == "So"


def _fields(text: str) -> list[str]:
    """The fields of an item, split at `/` and `, ` (not inside parentheses); the pattern is tried only where
    the text may hold a separator (`_may_split`)."""
    return _FIELD_SPLIT_RE.split(text) if _may_split(text) else [text]


def _may_split(text: str) -> bool:
    """Whether `_FIELD_SPLIT_RE` may split a text: it holds a slash or a comma before a blank. Many items print an
    amount's commas alone (`총 1,210,000천원 (구비)`), where the split, slow to run over a text, is not tried."""
    return "/" in text or "," in text and _COMMA_BLANK_RE.search(text) is not None


def _after_colon(field: str, colon: regex.Pattern = _COLON_RE) -> str:
    """A field's value: what follows its last colon (`_COLON_RE`, or another), the whole field where it prints
    none."""
    return colon.split(field)[-1] if ":" in field or "：" in field else field


# a part or bullet naming a chronology (`□ 추진경위`, `○ 그간 추진 경과`, `□ 사업 연혁`): its items print years
_CHRONOLOGY_RE = patterns.compile(r"경\s*위|경\s*과|연\s*혁")


def _names_chronology(text: str) -> bool:
    """`_CHRONOLOGY_RE`, tried only on a text holding the syllable each of its words starts with."""
    return ("경" in text or "연" in text) and _CHRONOLOGY_RE.search(text) is not None


def _read_list_numbers(items: list[ProjectItem], year: int | None) -> None:
    """Items numbered as a list (`20. 정기회의`, `21. 3월 개최`) whose number is read as a year (`21.` of `21. 3월`,
    `numbers_a_year`) have the months printed after it, in `year`: where they are a run of siblings (one after
    the other, under one part and at one level) numbered one after the other, of which one at least is no year
    before a period (`20. 정기회의`, or `19. 2월` in a 2025 report, too far from it). A run of years alone
    (`23. 5월 기본계획`, `24. 3월 실시설계`) may be a chronology: its items keep their years, as do those under a
    part or bullet naming one (`□ 추진경위`: `22. 5월 …`, `23. 실시설계 용역`, `24. 3월 …`), and those of a run
    that reads as one by its months (`_dates_years`). So too, below, each level's siblings in turn (a stack, not
    recursion: items may nest deeper than Python's recursion limit)."""
    levels = [(items, False)]  # the top level is under no part naming a chronology
    while levels:
        siblings, in_chronology = levels.pop()
        _read_sibling_numbers(siblings, year, in_chronology)
        # whether an item names a chronology is asked only of one with items under it
        levels.extend((item.children, in_chronology or _names_chronology(item.text))
                      for item in siblings if item.children)


def _read_sibling_numbers(items: list[ProjectItem], year: int | None, in_chronology: bool) -> None:
    """`_read_list_numbers` of one level's siblings."""
    run: list[tuple[ProjectItem, regex.Match]] = []
    numbers_before: set[int] = set()  # the numbers of the numbered items before the run, of any part
    for item in [*items, None]:
        # the pattern is tried only on an item that starts with a digit, as its `\d` does: most items are words
        match = _ITEM_NUMBER_RE.match(item.text) if item is not None and item.text[:1].isdecimal() else None
        if run and not (match and _continues(run[-1], item, match)):
            dated = [(numbered, number) for numbered, number in run if numbers_a_year(numbered.text, year)]
            if (len(run) > 1 and len(dated) < len(run)
                    and not (in_chronology or _names_chronology(run[0][0].heading))
                    and not _dates_years(run, dated, year, numbers_before)):
                for numbered, number in dated:
                    fields = item_fields(number.group(2), year)
                    numbered.start_month, numbered.end_month, numbered.year, numbered.end_year = fields[:4]
                    numbered.months = list(fields.months) if fields.months else None
            numbers_before.update(int(number.group(1)) for _, number in run)
            run = []
        if match:
            run.append((item, match))


def _dates_years(run: list[tuple[ProjectItem, regex.Match]], dated: list[tuple[ProjectItem, regex.Match]],
                 year: int | None, numbers_before: set[int]) -> bool:
    """Whether a run of numbered items, one at least no year before a period, is a chronology all the same, under a
    part naming none (`□ 추진실적`: `23. 5월 기본계획 수립`, `24. 실시설계 용역`, `25. 2월 착공`): three items or more,
    numbered not on from a list above them (no `22.` before), the first and the last a year before a period, the
    last no later than `year` (so every number a year near it, none numbered from 1), and the months of those so
    dated going back, read in `year` (May, then February: a list of a year's work goes on in time, as the
    chronology does read in its years). A list of one year's months going on (`23. 5월 …`, `24. 실시설계 용역`,
    `25. 6월 착공`) is not told from a chronology, and stays a list."""
    (first, first_number), (last, last_number) = run[0], run[-1]
    if (year is None or len(run) < 3 or not dated or dated[0][0] is not first or dated[-1][0] is not last
            or int(first_number.group(1)) - 1 in numbers_before or full_year(last_number.group(1)) > year):
        return False
    months = [item_fields(number.group(2), year)[0] for _, number in dated]
    return any(later < earlier for earlier, later in itertools.pairwise(months))


def _continues(last: tuple[ProjectItem, regex.Match], item: ProjectItem, match: regex.Match) -> bool:
    """Whether a numbered item goes on the list of the one before it: under its part, at its level, numbered next."""
    above, number = last
    return (item.heading == above.heading and item.depth == above.depth
            and int(match.group(1)) == int(number.group(1)) + 1)


def _bullet_numbering(bullet: Bullet) -> str:
    """How a bullet is numbered: in letters (`가`), or the family of circled digits of its mark (`❶`, `➀`)."""
    circled = other_circled(bullet.marker)
    return circled[0] if circled else LETTER_MARK if bullet.marker[:1] in LETTERS else bullet.marker


class _ProjectWalker:
    def __init__(self, section: str, year: int | None, handle_table: TableHandler, box_titles: dict[int, bool],
                 parts_below: dict[int, str], over_starts: set[int], over_parts: set[int],
                 below_marker_lines: dict[int, object],
                 group_labels: dict[int, tuple[object, str | None, bool]], document_listed: Callable[[], list[str]],
                 list_numbered_titles: dict[int, tuple[int, str]]):
        self.section = section
        self.list_numbered_titles = list_numbered_titles  # the titles numbered as a list's items are (`1) 제목`)
        self.box_titles = box_titles
        self.parts_below = parts_below
        self.over_starts = over_starts  # the numbered lines and bullets right over a project's start
        self.over_parts = over_parts  # the lettered and circled bullets right over any part of a project
        self.title_bullet: Bullet | None = None  # the bullet that titles the last project, where one does
        self.below_marker_lines = below_marker_lines
        self.marker_above: str | None = None  # the marker a line right above the next title prints, for its project
        self.lines_over_titles: dict[int, str] = {}  # that of each project (by id) whose title took one
        self.group_labels = group_labels
        self.group_marker: str | None = None  # the marker the label over the current group of titles names
        self.group_markers: dict[int, str] = {}  # that of each project (by id) started in a group naming one
        # the projects of each group a bare marker in a label's brackets heads (`《 신규 》`), and the current one's
        self.marker_groups: list[list[Project]] = []
        self.marker_group: list[Project] | None = None
        self.parts_as_bullets = False  # whether the current project's parts are bullets (`○ 사업개요`)
        # the depth of the bullets naming the current project's parts: one under its title where that is a bullet
        # (`가. 제목 (팀)` over `  ○ 사업개요`), else the top level
        self.parts_depth = 0
        # the last item a paragraph printed (`2.  대관료 지원`), whose bullets set in under it are its items
        self.paragraph_item: ProjectItem | None = None
        self.year = year
        self.period_year = section_year(section, year) or year  # its items' months': the part's, else the report's
        self.handle_table = handle_table
        self.projects: list[Project] = []
        self.dated_by_part: set[int] = set()  # the items (by id) dated by a half's part alone (`□ 하반기 추진계획`)
        self.document_listed = document_listed  # the titles the document's contents lists for the part
        self.own_contents: list[str] | None = None  # those of the part's own, where it prints one
        self.current: Project | None = None
        self.heading: str | None = None
        self.heading_above: str | None = None  # the current project's part before the current one
        # the heading block of the current part where its heading names no part (`■ 놀이시설 점검 : 2월~3월`), and
        # whether the part has collected an item or a table: one that has not is content, kept as an item
        self.content_heading: Heading | None = None
        self.part_collected = False
        self.parts: set[str] = set()  # the headings of the current project's parts so far
        self.item_number = 0  # the number of the last item numbered `1.`, `2.` under the heading
        self.above: str | None = None  # the text right above as printed: a table's caption (cleaned there, `_table`)
        self.open_items: list[ProjectItem] = []
        self.marks: str | None = None  # the kind of mark this section's titles are numbered with (`①`, `가`, `1`)
        self.group_seq = 0  # the number of the last group's line (`1. 총무팀` over `① 제목`), where the part has them
        # the whole title of each project (by id) whose team was read from the title's bare last word
        self.bare_team_titles: dict[int, str] = {}

    def take(self, block) -> None:
        if isinstance(block, Table):
            if (boxed := _title_in_box(block, len(self.projects) + 1, self._marks())) is not None:
                block, title = boxed
                self._title(block, title)
            elif (part := _part_in_box(block)) is not None:
                block = part
                self._text(block)
            else:
                self._table(block)
                return
        else:
            self._text(block)
        if id(block) not in self.below_marker_lines:  # the title below a marker line has taken it, or there is none
            self.marker_above = None
        self.above = block.text

    def _text(self, block) -> None:
        """A line of the table of contents or a label over a group of titles, else what a block of its kind can be: a
        bullet a part or an item (or a title lettered `가.`), a heading or paragraph a project's title, a circled
        heading an item where the titles are numbered otherwise, a heading a part, a paragraph a purpose or an item."""
        last = block.text.rstrip()[-1:]  # a contents line ends in its page number or leaders: most lines end otherwise
        if (last.isdigit() or last in LEADER_CHARS) and (listed := contents_line_title(block)):
            self._list([listed])
        elif id(block) in self.group_labels and self._took_group_label(block):
            return
        elif title := self.list_numbered_titles.get(id(block)):
            self._title(block, title)
        elif isinstance(block, Bullet):
            self._bullet(block)
        elif (parts_as_bullets := self.box_titles.get(id(block))) is not None:
            self._start(block, len(self.projects) + 1, block.text)
            self.parts_as_bullets = parts_as_bullets
        elif isinstance(block, Paragraph) and (numbered := self._numbered_item(block)) is not None:
            self._item(block, 0, numbered)
        elif title := numbered_title(block, len(self.projects) + 1, self._marks()):
            self._title(block, title)
        elif self.group_seq and (title := numbered_title(block, self.group_seq + 1, DIGIT_MARK)):
            self.group_seq = title[0]  # `2. 인사팀`, the next group's line
            self._start(block, *title)
        elif self.current is not None and _circled(block) and not _is_part_name(block.text):
            self._item(block, 0)  # `① 재정지원금 지급 : 1월 ~ 5월` under a title numbered otherwise
        elif isinstance(block, Heading):
            heading = _part_name(clean_text(block.text))
            if self.current is None or self._opens_next_project(heading):
                self._start(block, None, None)
            if block.marker in BOX_MARKS and (field := _field_heading(block.text)):
                self._field(block, field)
            else:
                self._enter(heading, block)
        else:
            self._paragraph(block)

    def _bullet(self, block: Bullet) -> None:
        if (block.depth <= self.parts_depth and (self.current is None or self.parts_as_bullets or self.heading is None)
                and _is_part_name(block.text)):
            part = clean_text(block.text)
            if self.current is None or self._opens_next_project(part):  # as a part printed as a heading does
                self._start(block, None, None)
            self._enter(part)
            self.parts_as_bullets = True
        elif title := self._circled_bullet(block):
            self._title(block, title)
        elif self._took_former_title_line(block) or self._took_team_line(block) or self._took_purpose_bullet(block):
            return
        elif title := self._lettered_bullet(block):
            self._title(block, title)
        else:  # under a part that is a bullet, its items are a level up
            if self.title_bullet is not None and _bullet_numbering(self.title_bullet) == _bullet_numbering(block):
                self.title_bullet = None  # an item numbered as the titles are: the bullets below may be its list's
            self._item(block, max(block.depth - self.parts_depth - 1, 0) if self.parts_as_bullets and self.heading
                       and not self._under_paragraph_item(block) else block.depth)

    def _under_paragraph_item(self, block: Bullet) -> bool:
        """Whether a bullet stands set in under the paragraph that is the part's open item (`2.  대관료
        지원` over `    가. 방역 지원`, a level under it as the reader says): its item, though the part is a bullet
        (`나. 추진실적`) whose items are otherwise a level up. Before, the numbered item's sibling."""
        return block.depth > self.parts_depth and bool(self.open_items) and self.open_items[0] is self.paragraph_item

    def _title(self, block, title: tuple[int, str]) -> None:
        if self._marks() is None:  # the section's first title says how its projects are numbered
            marks = _title_marks(block)
            if self.marks not in (None, marks):  # the title above, numbered otherwise, is a group's (`1. 총무팀`)
                self.group_seq = self.current.seq
            self.marks = marks
        self._start(block, *title)

    def _marks(self) -> str | None:
        """The kind of mark the section's titles are numbered with, as its first title says; none while the
        current title heads nothing of its own (no purpose, part or item): a group's line (`1. 총무팀` over
        `① 청사 시설 관리`, whose purpose and parts follow), so the title below it says instead."""
        project = self.current
        if project is None or project.purpose is not None or self.parts or project.items or project.budget_lines:
            return self.marks
        return None

    def _field(self, block: Heading, field: regex.Match) -> None:
        """A field printed as a box heading of any mark (`□ 기 간 : …`, `■ 예산: …`): an item of the part its label
        names (`□ 예산현황 : …`, `□ 문제점 및 대책 : …`), else of the overview, as `○ 기간: …` under `□ 사업개요` is;
        a label that is a bare field's word (`예 산`, `내 용`) names no part. A part whose field is the day it is as
        of (`□ 추진실적 : 2025. 5. 31. 기준`) is that part with its note, as `□ 추진실적 (5.31. 기준)` is, not an
        item."""
        word = field.group(1).replace(" ", "")
        if not _is_part_name(word) or word in PART_ENDINGS:
            part = _OVERVIEW
        elif _AS_OF_NOTE_RE.fullmatch(block.text, field.end(1)):
            self._enter(clean_text(block.text))
            return
        else:
            part = clean_text(field.group(1))
        if part != self.heading:
            self._enter(part)
        self._item(block, 0)

    def _enter(self, heading: str | None, block: Heading | None = None) -> None:
        """Under a (new) part of the current project, headed by `block` where a heading prints it: items from
        here are that part's."""
        self._leave_part()
        self.heading_above, self.heading, self.open_items, self.item_number = self.heading, heading, [], 0
        self.part_collected = False
        self.content_heading = block if block is not None and not _is_part_name(_part_word(heading)) else None
        if heading is not None:
            self.parts.add(heading)

    def _leave_part(self) -> None:
        """A part left having collected nothing (no item, no table) whose heading names no part is content printed
        as a heading (`■ 놀이시설 점검 (30개소): 2월~3월` level with the `○` items above it): its text is an item
        of the part above it (of none where it is its project's first), as the line would be printed as a bullet;
        an empty part that names one (`□ 향후계획`) stays a part."""
        block, self.content_heading = self.content_heading, None
        if block is not None and not self.part_collected:
            self.heading, self.open_items = self.heading_above, []
            self._item(block, 0)

    def _numbered_item(self, block: Paragraph) -> str | None:
        """The text of an item numbered `1.`, `2.` under a part's heading (a numbered list, as pandoc prints
        one), without its number: numbered as the item after the part's last, or as it again (markdown numbers a
        list as it likes: Google Docs prints every item `1.`; before, the second's number stayed in its text), and
        naming no team, which the next project's title `2. 제목 (팀)` would; nor, numbered as the next project,
        standing right above a purpose or a part the current project has had already (`2. 긴급복지 지원` over a
        second `□ 추진실적`), as a title does."""
        if self.heading is None or not block.text[:1].isdigit():
            return None
        match = _ITEM_NUMBER_RE.match(block.text)
        number = int(match.group(1)) if match is not None else 0
        if number not in (self.item_number + 1, self.item_number or -1) or split_team(match.group(2))[1]:
            return None
        if number == len(self.projects) + 1 and (id(block) in self.over_starts
                                                 or self.parts_below.get(id(block)) in self.parts):
            return None
        self.item_number = number
        return match.group(2)

    def _circled_bullet(self, block: Bullet) -> tuple[int, str] | None:
        """(number, title) of a bullet `❶ 제목 (예산팀)`: a title numbered with one of the other circled digits
        (`➊`, `➀`, `⓵`), which the readers take for a bullet's mark. One numbered as the next project where the
        section's titles are numbered so, or, for the first, one that names its team or prints the next title of the
        table of contents, as a lettered bullet; elsewhere (under `① 제목` or `1. 제목`) the mark is an item's."""
        circled = other_circled(block.marker)
        if circled is None or circled[1] != len(self.projects) + 1 or _PURPOSE_END_RE.search(block.text):
            return None
        marks = self._marks()
        if marks is not None:
            return (circled[1], block.text) if marks == circled[0] else None
        named = (id(block) in self.over_starts or self._names_a_title(circled[1], block.text)
                 or self._over_part_title(block))
        return (circled[1], block.text) if named else None

    def _names_a_title(self, number: int, text: str) -> bool:
        """Whether a bullet numbered as the next project is its title: it names its team, or prints the next title
        of the table of contents."""
        title, team = split_team(clean_text(text))
        return bool(team) or (len(self.contents) >= number
                              and compact(split_team(self.contents[number - 1])[0]) == compact(title))

    def _lettered_bullet(self, block: Bullet) -> tuple[int, str] | None:
        """(number, title) of a bullet `가. 제목 (총무팀)`, which is how plain text (no markdown) prints a title
        numbered in letters: one lettered as the next project that names its team, prints the next title of the
        table of contents or stands right above its purpose (`가. 도시숲 조성` over `… 기여하고자 함`). Elsewhere `가.`
        marks an item."""
        if len(block.marker) != 2 or block.marker[0] not in LETTERS or block.marker[1] != ".":
            return None
        number = LETTERS.index(block.marker[0]) + 1
        if number != len(self.projects) + 1 or _PURPOSE_END_RE.search(block.text):
            return None
        named = (id(block) in self.over_starts or self._names_a_title(number, block.text)
                 or self._over_part_title(block))
        return (number, block.text) if named else None

    def _over_part_title(self, block: Bullet) -> bool:
        """Whether a bullet numbered as the next project (`❶ 제목`, `라. 제목`) right over a part of a project of any
        name (`□ 추진실적`, `□ 향후계획`) titles it: the part's first project, or the next of siblings numbered alike
        the last of which titles its project (`다. 제목 (팀)` above; plain text may nest it under the bullet above it,
        so at any depth), numbered so with no item between. A list's last item over the next part of its project
        (`나. 점검 : 5월` over `□ 향후계획`) is numbered under a title printed otherwise, or after its list's first
        item (`가. 교육 : 3월`), which titles nothing."""
        if id(block) not in self.over_parts:
            return False
        above = self.title_bullet
        return not self.projects or above is not None and _bullet_numbering(above) == _bullet_numbering(block)

    def _table(self, table: Table) -> None:
        self.part_collected = True  # any table, the part's own contents too (`□ 사업 목록` over one)
        if is_contents_table(table):
            self._list(contents_titles(table))
            return
        if self.current is not None and _part_word(self.heading or "").endswith("개요") and (
                fields := _overview_fields(table)):
            for field in fields:  # each an item, as `○ 기 간 : 2025. 1. ~ 12.` under `□ 사업개요` is
                self._item(field, 0)
            return
        if self.current is not None and (dated := _dated_rows(table, self.year)):
            for row in dated:  # each an item, as `○ 2. 3. : 지도자 채용` under `□ 추진실적` is
                self._item(row, 0)
            return
        if self.current is not None:  # each step of a schedule an item, as `○ 청렴교육 : 1월~2월` would be; its grid
            for step in _scheduled_rows(table):  # is kept too, each mark as printed (`●` done, `○` planned)
                self._item(step, 0)
        caption = clean_text(self.above) if self.current and self.above is not None else None
        self.handle_table(table, TableContext(caption, self.section, self.year, self.current))

    def _list(self, titles: list[str]) -> None:
        """Titles of the part's own table of contents."""
        if self.own_contents is None:
            self.own_contents = []
        self.own_contents.extend(titles)

    @property
    def contents(self) -> list[str]:
        """The titles the table of contents lists: the part's own, which stands over what the document's lists for
        the part (asked only where a title may be missing: a project started at its purpose, a lettered bullet
        that may title the next; so the document's is read only then)."""
        return self.own_contents if self.own_contents is not None else self.document_listed()

    def _paragraph(self, block: Paragraph) -> None:
        if (self._took_former_title_line(block) or self._took_team_line(block) or self._took_marker_line(block)
                or self.heading is None and _GROUP_LABEL_RE.match(block.text)):
            return
        project = self.current
        if project is None or (self.heading is not None and (
                _PURPOSE_END_RE.search(block.text) or self._opens_next_project(self.parts_below.get(id(block))))):
            project = self._start(block, None, None)
        if self.heading is None and (unit := _unit_line(block.text)):
            project.unit_name = unit
        elif self.heading is None:
            text = self._purpose_unmarked(project, block.text)
            project.purpose = f"{project.purpose} {text}" if project.purpose else text
        else:
            self._item(block, 0)

    def _took_marker_line(self, block: Paragraph) -> bool:
        """Whether the block is a continuity marker alone on its line (`[계속]`) that a project took: the current one,
        right below its title, or the next, whose title is the block below (its `continuity`, where its title
        prints none; no purpose nor item)."""
        if (below := self.below_marker_lines.get(id(block), block)) is block:
            return False
        project = self.current
        if project is not None and self._right_below_title(project):
            project.continuity = project.continuity or _without_leading_marker(block.text)[1]
            return True
        if self._titles_next(below):
            self.marker_above = _without_leading_marker(block.text)[1]
            return True
        return False

    def _took_group_label(self, block) -> bool:
        """Whether the block, a label (`group_labels`), is right above a title over the group of titles it starts
        (`《 신규사업 》`, `■ 계속사업 (2건)`, `【 주요사업 】`), which the walker took: the marker it names is the
        continuity of every project of the group, up to the next label or the part's end, where the project's title
        (or a marker line or purpose beside it) prints none of its own. A marker line between the label and the title
        is the title's."""
        below, marker, bare = self.group_labels[id(block)]
        below = self.below_marker_lines.get(id(below), below)  # past the first title's own marker line (`[확대]`)
        # a bare marker (`《 신규 》`) right below a title, or in the group of a label naming its kind (`《 계속사업 》`
        # over `《 확대 》`), is a title's own (`_took_marker_line`)
        if not self._titles_next(below) or bare and (self.current and self._right_below_title(self.current)
                                                     or self.group_marker and self.marker_group is None):
            return False
        self.group_marker, self.marker_group = marker, [] if bare else None
        if self.marker_group is not None:
            self.marker_groups.append(self.marker_group)
        return True

    def _titles_next(self, block) -> bool:
        """Whether the block is the next project's title: a numbered line (`① 제목`, `1. 제목`), one in a box, a box
        heading titling its project (`■ 제목`), a bullet numbered `❶` or lettered `가.` that titles it."""
        next_seq, marks = len(self.projects) + 1, self._marks()
        if id(block) in self.list_numbered_titles:
            return True
        if isinstance(block, Bullet):
            return self._circled_bullet(block) is not None or self._lettered_bullet(block) is not None
        return (isinstance(block, Table) and _title_in_box(block, next_seq, marks) is not None
                or id(block) in self.box_titles or numbered_title(block, next_seq, marks) is not None)

    def _purpose_unmarked(self, project: Project, text: str) -> str:
        """The paragraph right below a title without the continuity marker it starts with (`[계속] 노후 청사를 …`, a
        marker line run into the purpose), which is the project's (where its title prints none)."""
        if project.purpose is not None or project.items:
            return text
        text, marker = _without_leading_marker(text)
        project.continuity = project.continuity or marker
        return text

    def _took_former_title_line(self, block: Paragraph | Bullet) -> bool:
        """Whether the block is a line under the current project's title, before any part or item, telling the name
        it had before (`※ 사업명 변경: 청사 시설 관리 → 청사시설 유지관리`, `- 사업명 변경 : …`, `(구) 청사 시설 관리`;
        `former_title_line`), which the project took as its `former_title` where its title prints none."""
        project = self.current
        if (project is None or project.former_title is not None or self.heading is not None or project.items
                or (former := former_title_line(block.text, project.title)) is None):
            return False
        project.former_title = former
        return True

    def _took_team_line(self, block: Paragraph | Bullet) -> bool:
        """Whether the block is a line naming the current project's team below its title, printed as a line
        (`(청사관리팀)`, `담당부서 : 청사관리팀`) or a bullet (`- 담당: 청사관리팀`), which the project took."""
        project = self.current
        if project is None or not self._takes_team_line(project) or not (team := _team_line(block.text)):
            return False
        if (whole := self.bare_team_titles.pop(id(project), None)) is not None:
            project.title = whole  # the title's last word was its own noun (`… 여자축구팀`)
        project.team = team
        return True

    def _took_purpose_bullet(self, block: Bullet) -> bool:
        """Whether the block is the current project's purpose printed as a bullet right below its title (`○ 노후
        청사를 … 만들고자 함`), which the project took: a sentence ending as a purpose paragraph does, before any
        part or item; not a field (`○ 추진실적: 3건 완료함`), which is an item."""
        project = self.current
        if (project is None or project.purpose is not None or self.heading is not None or project.items
                or not _PURPOSE_END_RE.search(block.text) or _field_heading(block.text)):
            return False
        project.purpose = block.text
        return True

    def _takes_team_line(self, project: Project) -> bool:
        """Whether the project may take its team from a line below its title: right below it (no purpose,
        part or item yet), where the title names none but by a bare last word."""
        return self._right_below_title(project) and (project.team is None or id(project) in self.bare_team_titles)

    def _right_below_title(self, project: Project) -> bool:
        """Whether the walker stands right below the project's title: no purpose, part or item yet."""
        return project.title is not None and project.purpose is None and self.heading is None and not project.items

    def _opens_next_project(self, part: str | None) -> bool:
        """Whether a part the current project has had already (a second `□ 사업개요` after its `□ 향후계획`)
        opens the next project, as does the paragraph right above it, the next project's purpose however it
        ends (`…근무환경 조성`): where the table of contents lists more projects and the body printed no title
        for the current one (where it prints titles, the next project starts at its own, and a part printed
        again, `【 별관 】` over a second `□ 추진실적`, is the current project's)."""
        return (self.current.title is None and part in self.parts
                and len(self.contents) > len(self.projects))

    def _start(self, block, number: int | None, title: str | None) -> Project:
        team = bare = unit = continuity = former = None
        if title:
            whole = clean_text(title)
            if "단위" in whole and (named := _TITLE_UNIT_RE.search(whole)):
                whole, unit = whole[:named.start()], unit_name(named.group(1))
            office = block.apart if isinstance(block, TEXT_BLOCKS) else None  # a box title (a table) prints none
            if office and whole.endswith(" " + office):  # its team a cell apart at its right (`제목    교통정책팀`)
                whole, team = whole[:-len(office)].rstrip(), office
                title, continuity = _split_marker(whole)
            else:
                title, team, continuity, bare, whole = split_title(whole)
            title, former = split_former_name(title)
        over_title = self.marker_above if title and not continuity else None  # a marker line over a title printing none
        continuity = continuity or over_title
        project = Project(section=self.section, seq=number or len(self.projects) + 1, title=title,
                          title_from="body" if title else None, team=team, unit_name=unit, continuity=continuity,
                          former_title=former, source=source_of(block))
        self.projects.append(project)
        if over_title:
            self.lines_over_titles[id(project)] = over_title
        if self.group_marker:
            self.group_markers[id(project)] = self.group_marker
            if self.marker_group is not None:
                self.marker_group.append(project)
        if bare:
            self.bare_team_titles[id(project)] = whole
        self._leave_part()  # the current project's, before the new one is current
        self.current, self.parts_as_bullets, self.parts = project, False, set()
        self.title_bullet = block if title and isinstance(block, Bullet) else None
        self.parts_depth = block.depth + 1 if isinstance(block, Bullet) and title else 0
        self._enter(None)
        return project

    def _item(self, block, depth: int, text: str | None = None) -> None:
        """An item of the current project from `block` (its `text`, where that is not the block's own)."""
        if self.current is None:
            self._start(block, None, None)
        text = text or block.text
        match = _UNIT_NAME_RE.match(text) if "단위" in text else None
        if match:
            self.current.unit_name = unit_name(match.group(1))
        months_year = self.heading and _part_year(self.heading, self.year) or self._unnamed_part_year()
        planned = bool(self.heading) and _part_word(self.heading).endswith(_PLAN_PARTS)
        start, end, year, end_year, amount, months = item_fields(text, months_year, planned)
        part = start is None and self.heading and _months_of_part(self.heading, months_year)
        if part:
            start, end, year, end_year, months = part
        if total := self._total_cost_above(text, depth):
            depth = total.depth + 1
        item = ProjectItem(heading=self.heading or "", depth=depth, text=text, start_month=start, end_month=end,
                           year=year, end_year=end_year, months=months, amount_krw=amount, source=source_of(block))
        while self.open_items and self.open_items[-1].depth >= depth:
            self.open_items.pop()
        (self.open_items[-1].children if self.open_items else self.current.items).append(item)
        self.open_items.append(item)
        if isinstance(block, Paragraph):
            self.paragraph_item = item
        if part:
            self.dated_by_part.add(id(item))
        self.part_collected = True

    def _total_cost_above(self, text: str, depth: int) -> ProjectItem | None:
        """The total cost right above a line of its years' shares or sources printed at its depth or less (`- 총사업비:
        5,000백만원` over `- 2024년: 2,000백만원(국 800, …)` or `- 계 2,400 / 국비 1,000 / …`, as `pdftotext -raw`
        prints the lines indented under it, and the lines of its shares or sources above it): the line is one under
        it, as where indented (before, the total's sibling, its shares and sources read nowhere). None otherwise."""
        # a line deeper than the open item is under it already (the open items' depths rise: none is at its depth)
        if not self.open_items or depth > self.open_items[-1].depth or not is_cost_breakdown(text):
            return None
        total = self.open_items[-1]
        if not _is_total_cost(total.text) and len(self.open_items) > 1 and is_cost_breakdown(total.text):
            total = self.open_items[-2]
        return total if _is_total_cost(total.text) and depth <= total.depth else None

    def _unnamed_part_year(self) -> int | None:
        """The year the current part dates its items in where its name prints none: the section's (`Ⅱ. 2026년 주요업무
        계획`), but the report's for a part of results (`□ 주요 추진실적`, `□ 그간 추진실적`) under a section of a later
        year's plans: what is done was done by the time the report was given."""
        if (self.year is not None and self.period_year is not None and self.period_year > self.year and self.heading
                and _part_word(self.heading).endswith(_RESULTS_PART)):
            return self.year
        return self.period_year

    def finish(self) -> list[Project]:
        """The part's projects: titles the body does not print from the table of contents, and the continuity of
        its group's label where a project's title and lines print none of their own (of a bare marker in a label's
        brackets, `《 신규 》`, only where no title after such a group's first prints one: else each such marker is
        its title's alone)."""
        self._leave_part()
        self._restore_bare_team_titles()
        for project in self.projects:
            _read_list_numbers(project.items, self.period_year)
            _fields_moved_up(project.items, self.dated_by_part)
        self._titles_from_contents()
        # a title printing its own below a bare marker: the part marks its titles one by one, each marker its title's
        if any(project.continuity for group in self.marker_groups for project in group[1:]):
            for group in self.marker_groups:
                for project in group[1:]:
                    self.group_markers.pop(id(project), None)
        self._mark_groups_of_marker_lines()
        for project in self.projects:  # a project's own marker first, else its group's
            project.continuity = project.continuity or self.group_markers.get(id(project))
        return self.projects

    def _mark_groups_of_marker_lines(self) -> None:
        """Where the part's marker lines over titles (`[신규]` over `① 제목`) name `계속` and another kind, each marks
        the titles after its own that print none, up to the next such line: a report marking each title alone and
        marking continued ones (`[계속]`) would leave none unmarked, so those are its group's (`[신규]` over ① and
        ②, `[계속]` over ③ and ④). Marking one kind alone (`[신규]` over ①, ② printing none), or kinds other than
        `계속` (`[확대]`: ② may be a continued project left unmarked), a line is its title's only."""
        kinds = set(self.lines_over_titles.values())
        if "계속" not in kinds or len(kinds) < 2:
            return
        marker = None
        for project in self.projects:
            marker = self.lines_over_titles.get(id(project), marker)
            if project.continuity is None and id(project) not in self.group_markers:
                project.continuity = marker

    def _titles_from_contents(self) -> None:
        """Titles the body does not print come from the table of contents, in order: by position where it lists
        as many projects as the part has, else those it lists that the body does not print, one to each project
        without a title, where there are as many of each. Otherwise which title is whose is not known (an
        introduction before the first project, a project whose purpose was missed), and a title on the wrong
        project is worse than none."""
        untitled = [project for project in self.projects if project.title is None]
        if not untitled:
            return
        listed = [(*split_former_name(title), team, continuity)
                  for title, team, continuity, *_ in map(split_title, self.contents)]
        if len(listed) == len(self.projects):
            titles = [titles for project, titles in zip(self.projects, listed, strict=True) if project.title is None]
        else:
            printed = {compact(project.title) for project in self.projects if project.title}
            titles = [entry for entry in listed if compact(entry[0]) not in printed]
        if len(titles) == len(untitled):
            for project, (title, former, team, continuity) in zip(untitled, titles, strict=True):
                project.title, project.former_title, project.team, project.continuity = title, former, team, continuity
                project.title_from = "toc"

    def _restore_bare_team_titles(self) -> None:
        """Where most of the part's titles mark their teams (`(체육진흥팀)`, `- 총무팀`), a title's bare last word
        ending in 팀 is the title's own noun (`한빛구청 직장운동경기부 여자축구팀`), not its team; where the report
        prints its teams so (`1 제목 교육후생팀`), it is the team, even if a title too long for its team prints it
        below in brackets."""
        marked = sum(project.team is not None and id(project) not in self.bare_team_titles
                     for project in self.projects)
        if marked > len(self.bare_team_titles):
            for project in self.projects:
                if (whole := self.bare_team_titles.get(id(project))) is not None:
                    project.title, project.team = whole, None
