"""Parsers for the values as printed: counts, money, rates, dates, periods and labels; and what a printed figure
is exact to, so that a rate or a sum is compared at that precision.

Everything here is a pure function of a string or of figures; the hypothesis tests feed it arbitrary text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import NamedTuple

import regex

from pipeline import patterns

# the texts (cells, labels, lines) a cache keyed on a report's text keeps: a report asks its own again and again, and
# the few that repeat across reports (`-`, `계`, `구 분`) stay among the latest; more kept gain little (0.2% of a
# worker's time from 8,192) and grow a worker's memory with each distinct report (12 MiB at 10,000 files)
TEXT_CACHE = 1024
LETTERS = "가나다라마바사아자차카타파하"  # what numbers items and titles in letters (`가.`, `나)`), in order
# the circled digits word processors offer besides `①`, each a family numbering from 1 as `①` does: negative (`❶`,
# on to `⓴`), sans-serif (`➀`), negative sans-serif (`➊`), double (`⓵`); the readers take them for a bullet's mark
OTHER_CIRCLED = ("❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯⓰⓱⓲⓳⓴", "➀➁➂➃➄➅➆➇➈➉", "➊➋➌➍➎➏➐➑➒➓", "⓵⓶⓷⓸⓹⓺⓻⓼⓽⓾")
# printed for '·' by different converters and fonts (`ᆞ`, U+119E, as HWP types it; `⋅`, the dot operator, as a
# formula font or an equation's converter prints it)
INTERPUNCTS = "ㆍᆞ・‧･∙⋅"
# the tildes a range is printed with (`3월~5월`, `3월∼5월`, `3월〜5월`, `3월～5월`): ASCII, the operator, the wave dash
# and the fullwidth tilde Korean word processors type (a text read from a report prints its ASCII for the last)
TILDES = "~∼〜～"
# the characters fonts, converters and word processors print for those the parsers read, each as it is read:
# one interpunct, plain spaces; the fullwidth forms Korean word processors type (`1，580`, `（구비）`, `55.0％`,
# `－1`, `2월～3월`, `３월`) as their ASCII, except the marks of markdown and pipe tables (`｜`, `＊`, `＃` …),
# which would make a text's words markup; a minus sign or hyphen (U+2212, U+2010, U+2011, U+FE63) as `-`; and
# the increment and the Greek delta that some PDF fonts map `△` to as `△`
_MARKUP_FULLWIDTH = "＃＊＜＞［＼］＿｀｛｜｝"
_LOOKALIKES = ({c: "·" for c in INTERPUNCTS} | {"\u00a0": " ", "\u3000": " ", "\u200b": ""}
               | {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in _MARKUP_FULLWIDTH}
               | dict.fromkeys("\u2212\u2010\u2011\ufe63", "-") | dict.fromkeys("∆Δ", "△"))
# `re`, not `regex`: over a whole text, the standard engine scans for a class of characters many times faster
_LOOKALIKE_RE = re.compile("[" + re.escape("".join(_LOOKALIKES)) + "]")
_SUPERSCRIPT = str.maketrans("0123456789)", "⁰¹²³⁴⁵⁶⁷⁸⁹⁾")
_SUP_RE = patterns.compile(r"<sup>\s*(\d+\)?)\s*</sup>", regex.I)  # HWP's footnote mark `1)` too
_TAG_RE = patterns.compile(r"</?[a-zA-Z][^<>]*>")
_SPACE_BEFORE_SUP_RE = patterns.compile(r"(?<=\S)\s+(?=[²³])")
# A unit's power printed flat after a figure or in a unit's bracket, as a text export drops the superscript
# (`44,500m2`, `면적(m2)`, `(단위: km, m2)`): `m²`
_FLAT_POWER_RE = patterns.compile(r"(?<=(?:(?<![A-Za-z])\d|[(（:：,，])\s*k?m)([23])(?!\d|[.,]\d)")
_ATTRIBUTES_RE = patterns.compile(r"\[([^\[\]]*)\]\{[^{}]*\}|\s*\{[#.][^{}]*\}")
_FIGURE_CHARS = "0123456789,.△▲%-+"  # what a figure prints that `normalize_chars` leaves as it is


# the stars a note's mark is printed as besides `*` (`＊ 2025. 5. 31. 기준`, `∗ 국비 50% 포함`): full-width, small,
# the operator's, low, heavy. Where one starts a line before a space it is that mark, as `*` and `※` are; so is
# one right before its note's first letter where no star follows on the line (`＊국비 50% 포함`: no markdown
# prints one for emphasis, as it may a `*` whose closing star is wrapped onto the next line); elsewhere it stays as
# printed (a star another closes is a word's mark: `＊강조＊`)
NOTE_STARS = "＊﹡∗⁎✱"
_NOTE_STAR_RE = patterns.compile(
    rf"^([ \t]*)(?:(?P<spaced>[{NOTE_STARS}])(?=[ \t])|[{NOTE_STARS}](?=[^\s*{NOTE_STARS}][^\n*{NOTE_STARS}]*$))",
    regex.M)


# what `normalize_chars` may change after NFC, a look-alike or a note's star, sought at once: most lines print neither
_LOOKALIKE_OR_STAR_RE = re.compile("[" + re.escape("".join(_LOOKALIKES) + NOTE_STARS) + "]")


def normalize_chars(text: str) -> str:
    """NFC, each look-alike as the character it is read as (`_LOOKALIKES`), and a star starting a line as a note's
    `*` (`NOTE_STARS`): applied to every line any reader produces, and to each cell and line `clean_text` reads.
    A text printing neither a look-alike nor a star (most) is told by one scan, not a scan for each star."""
    text = unicodedata.normalize("NFC", text)
    if _LOOKALIKE_OR_STAR_RE.search(text) is None:
        return text
    text = _LOOKALIKE_RE.sub(_lookalike, text)
    if not text.isascii() and any(star in text for star in NOTE_STARS):
        text = _NOTE_STAR_RE.sub(_note_star, text)
    return text


def _note_star(match: regex.Match) -> str:
    """A note's star as `*`, a space after it where its note's first letter followed it right away."""
    return match.group(1) + ("*" if match.group("spaced") else "* ")


def _lookalike(match: re.Match) -> str:
    return _LOOKALIKES[match.group()]


# a markdown character a converter escaped so as to print it (pandoc's `\~\~250,000\~\~`, `3\~5월`, `합계\*`,
# `\<del\>`, `\|` in a `|` cell): the text's reader writes it as its stand-in, one of Unicode's noncharacters
# (U+FDD0…), kept for a program's own use, which no markup reading here takes for markup (a strike, an emphasis, a
# tag, a heading, a cell's pipe or list mark), and `clean_text` gives the character back last. Before, it was read
# as markup: `\~\~250,000\~\~` as struck, `<br>\*` in a cell as a list's mark.
_ESCAPABLE_MARKUP = "#*<_|~"
LITERAL_MARKUP = {char: chr(0xFDD0 + k) for k, char in enumerate(_ESCAPABLE_MARKUP)}
_AS_PRINTED = str.maketrans({stand_in: char for char, stand_in in LITERAL_MARKUP.items()})
_STAND_IN_RE = re.compile("[" + "".join(LITERAL_MARKUP.values()) + "]")


class AsPrinted(str):
    """A text `clean_text` read that prints a markup character its report escaped (`~~250,000~~`): read again (an
    extractor cleans a document's text), it is itself, not struck. `lru_cache` keys an instance apart from an equal
    `str` (by its argument tuple), so a text printing markup is not read as this one."""

    __slots__ = ()


_EMPHASIS_RE = patterns.compile(r"(?<![*\w])\*(?![\s*])([^*]+?)(?<![\s*])\*(?![*\w])")
# markdown's emphasis in underscores, `_숲 해설 프로그램_` as html2text writes italics; not inside a word (`a_b_c`)
_UNDERSCORE_EMPHASIS_RE = patterns.compile(r"(?<![_\w\\])_(?![\s_])([^_]+?)(?<![\s_])_(?![_\w])")


# struck text, a corrected figure or withdrawn wording (the current one is what is not struck): HTML's `<del>`, `<s>`,
# `<strike>`, closed in its paragraph or cell, over its line breaks (`<del>10,000<br>천원</del>`, a paragraph's
# wrapped lines); and markdown's `~~10,000천원~~ 12,000천원` (Google Docs, pandoc, markitdown), its inside starting
# and ending with a letter, on one line, no word right before or after it: `3월~~5월`, `3~~5월 및 7~~9월` are
# ranges. A tag not closed there strikes nothing: its text is read as printed, as a converter that lost the closing
# tag printed it (a browser strikes to the cell's or paragraph's end, which would drop the current figure after it)
_BLOCK_TAG = r"</?(?:del|s|strike|p|div|h[1-6]|li|ul|ol|body|table|tr|td|th)(?![\w-])"
_STRUCK_RE = patterns.compile(
    rf"<(del|s|strike)(?:\s[^<>]*)?>(?:(?!{_BLOCK_TAG}).)*?</\1\s*>"
    r"|(?<![\p{L}\p{N}~])~~(?=[^\s~])(?:(?!<br)[^~\n])*?(?<=[^\s~])~~(?![\p{L}\p{N}~])", regex.I | regex.S)


def without_struck(text: str) -> str:
    """`text` without its struck spans (`_STRUCK_RE`), each a blank, its line breaks kept (its lines keep their
    numbers)."""
    return _STRUCK_RE.sub(_struck_blank, text) if "~~" in text or "<" in text else text


def _struck_blank(struck: regex.Match) -> str:
    return " " + "\n" * struck.group().count("\n")


@functools.lru_cache(maxsize=TEXT_CACHE)
def clean_text(text: str) -> str:
    """A cell or line as a person reads it: markup gone, struck text too (`_STRUCK_RE`), `m <sup>2</sup>` and a flat
    `m2` as `m²`, spaces collapsed, an escaped markup character as printed, last (`LITERAL_MARKUP`; the text then
    `AsPrinted`, which is read as itself)."""
    if not text.strip(_FIGURE_CHARS) or type(text) is AsPrinted:
        return text  # most cells that miss the cache: a figure, which nothing below would change
    text = normalize_chars(text)
    text = without_struck(text)
    if "<" in text:
        text = _TAG_RE.sub(" ", sup_raised(text))
    text = text.replace("**", "").replace("__", "")
    if "*" in text:  # markdown's emphasis, `*정기점검*` as pandoc writes italics
        text = _EMPHASIS_RE.sub(r"\1", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS_RE.sub(r"\1", text)
    if "{" in text:  # pandoc's attributes: `# 제목 {#id}`, `[강조]{.underline}`
        text = _ATTRIBUTES_RE.sub(lambda m: m.group(1) or "", text)
    if "m2" in text or "m3" in text:
        text = _FLAT_POWER_RE.sub(lambda power: superscript(power.group(1)), text)
    if "²" in text or "³" in text:  # each pattern only where it can match: most lines are new to the cache
        text = _SPACE_BEFORE_SUP_RE.sub("", text)
    text = " ".join(text.split())
    if "( " in text or " )" in text:  # a bracket's spaces inside it (`( 구비 )`), each one ' ' once collapsed
        text = text.replace("( ", "(").replace(" )", ")")
    if _STAND_IN_RE.search(text):
        return AsPrinted(text.translate(_AS_PRINTED))
    return text


_CELL_MARK_ENDS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹⁾*")
_CELL_FOOTNOTE_MARK_RE = patterns.compile(r"(?:(?<=[^\sm])[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?|(?<=\d)\*+)$")


@functools.lru_cache(maxsize=TEXT_CACHE)  # cells repeat (`-`, `계`, `1`)
def clean_cell(cell: str) -> str:
    """A table's cell as `clean_text` reads it, a footnote's mark at its end dropped (`9,850,000¹`, `현 원¹⁾`, `51*`,
    a markdown `[^1]` or `<sup>1</sup>` after it: before, no figure was read there), as the PDF reader drops one; a
    unit's `m²` stays."""
    if not cell.strip(_FIGURE_CHARS):
        return cell  # most cells: a figure, as `clean_text` returns it, no mark after it
    text = clean_text(cell)
    if text[-1:] in _CELL_MARK_ENDS:
        unmarked = _CELL_FOOTNOTE_MARK_RE.sub("", text)
        return AsPrinted(unmarked) if type(text) is AsPrinted else unmarked
    return text


def superscript(digits: str) -> str:
    """`2` → `²`: a `<sup>` as it is read (`m<sup>2</sup>` → `m²`; HWP's footnote mark `1)` → `¹⁾`)."""
    return digits.translate(_SUPERSCRIPT)


def sup_raised(markup: str) -> str:
    """Each `<sup>` of digits as the raised digits it prints (`m<sup>2</sup>` → `m²`, a footnote's
    `12억원<sup>1</sup>` → `12억원¹`, HWP's `<SUP>1)</SUP>` → `¹⁾`), the rest as it is."""
    return _SUP_RE.sub(lambda sup: superscript(sup.group(1)), markup)


RAISED_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
# a footnote's mark raised after a figure, an amount or its bracket (`750,000천원¹`, `(국비 50%)¹⁾`, as HWP prints a
# superscript and pandoc's `[^1]` is read): no part of what it notes (a unit's `m²` is no such mark)
FOOTNOTE_MARK_RE = patterns.compile(r"(?<=[\d원억)%])[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?")


TOTAL_LABELS = frozenset({"계", "합계", "총계", "소계", "총합계"})  # a total's label, spaces dropped (`compact`)


# a table's labels in hanja, as older reports print them (`豫算額`, `執行率`, `區 分`), as their Hangul: compared
# by `compact` alone, the text keeps them as printed
_HANJA_LABELS = {
    "豫算額": "예산액", "豫算": "예산", "執行額": "집행액", "執行率": "집행률", "執行": "집행", "區分": "구분",
    "合計": "합계", "總計": "총계", "小計": "소계", "計": "계", "定員": "정원", "現員": "현원", "過不足": "과부족",
    "增減": "증감", "備考": "비고", "事業名": "사업명", "事業": "사업", "單位": "단위"}
_HANJA_LABEL_RE = patterns.compile("|".join(sorted(_HANJA_LABELS, key=len, reverse=True)))
_HANJA_RE = patterns.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # CJK ideographs: `re` reads it


@functools.lru_cache(maxsize=TEXT_CACHE)
def compact(label: str) -> str:
    """A label without its spacing: `일 반 직` → `일반직`, `별 정 직 · 임 기 제` → `별정직·임기제`; its words in
    hanja as their Hangul (`豫 算 額` → `예산액`)."""
    text = clean_text(label).replace(" ", "")  # a cleaned text's only spaces are single ' '
    if not text.isascii() and _HANJA_RE.search(text):
        text = _HANJA_LABEL_RE.sub(lambda match: _HANJA_LABELS[match.group()], text)
    return text


# the mark a label names its figures by for a formula printed with the table: letters in a bracket, joined by
# operators (`계(A)`, `합 계(A+B)`, `집행률(B/A)`, `과부족(나-가)`), or a circled number (`계①`); never a word in a
# bracket (`청사관리(본관)`)
_FORMULA_LETTER = rf"[A-Za-z{LETTERS}]"
FORMULA_MARK = rf"(?:[(\[［]{_FORMULA_LETTER}(?:[-+/×÷*]{_FORMULA_LETTER})*[)\]］]|[①-⑳])"
_FORMULA_MARK_RE = patterns.compile(rf"{FORMULA_MARK}$")


def without_formula_mark(label: str) -> str:
    """A label without its spacing and the mark it is named by in a formula (`_FORMULA_MARK_RE`): `계(A)`,
    `예산액 (A)` → `계`, `예산액`."""
    text = compact(label)
    return _FORMULA_MARK_RE.sub("", text) if text.endswith((")", "]", "］")) or "①" <= text[-1:] <= "⑳" else text


# how the name of an office (a team, a 과, a 담당관 …) ends, as a project's title prints its team apart at its right
OFFICE_SUFFIX = "(?:팀|과|담당관|담당|센터|TF)"


@functools.lru_cache(maxsize=TEXT_CACHE)  # each table asks it of its labels again and again (a row's, then its sums')
def is_total(label: str) -> bool:
    """`계`, `소 계`, `합계`, `계(A)`, `합 계(A+B)`: a total's label."""
    return without_formula_mark(label) in TOTAL_LABELS


# 직급 printed without a 직렬 above or beside it: `5급`, `6급이하`, `7~9급`, `8·9급` (`8,9급`, `8/9급`), `기능8급`,
# `연구사`, `가군`
GRADE_RE = patterns.compile(
    rf"^(?:기능)?\d+(?:[{TILDES}·,/]\d+)?급|^(?:[가나다라]군|(?:연구|지도)[관사]|사무관|주사보?|서기보?)$")
_GRADE_NUMBER_RE = patterns.compile(r"\d+")
# the 급 a grade named without its number ranks as (`연구관` as 5급, `연구사` as 6급): the first of a series of its own
_NAMED_GRADE_RANKS = {"사무관": 5, "주사": 6, "주사보": 7, "서기": 8, "서기보": 9,
                      "연구관": 5, "연구사": 6, "지도관": 5, "지도사": 6}


@functools.lru_cache(maxsize=TEXT_CACHE)  # a table's labels are asked again: its column groups, its classes and grades
def is_grade(label: str) -> bool:
    """`5급`, `6급이하`, `연구사`: a 직급 printed without a 직렬 (`GRADE_RE`)."""
    return GRADE_RE.match(label) is not None


# the 직렬 (series) a staffing table names under a kind of staff, as columns or rows (`행정`, `사회복지`, `방호`)
SERIES_NAMES = ("행정|세무|전산|통계|사회복지|사서|속기|방호|공업|기계|전기|화공|농업|녹지|수의|해양수산|보건|식품위생|"
                "의료기술|의무|약무|간호|환경|항공|시설|도시계획|토목|건축|지적|교통시설|조경|방재안전|운전|통신|방송통신|"
                "위생|조리")
_SERIES_RE = patterns.compile(rf"^(?:{SERIES_NAMES})(?:직렬|직)?$")


def is_series(label: str) -> bool:
    """`행정`, `전산직`, `사서직렬`: a 직렬 named alone (spaces dropped)."""
    return _SERIES_RE.match(compact(label)) is not None

# a column of dates' label a schedule or a project's table of its work prints (compacted): `일 자`, `일시`, `추진일자`,
# `추진 기간`, `시기`, `일정`, `추진일정`
DATE_LABEL_RE = patterns.compile(r"(?:추진)?(?:일자|일시|날짜|기간|시기|일정)")
# a category of the law's as a list or a count table's row prints it (`승 용`, `승용차`, `승용(소형)`, `화물(1톤)`: its
# kind in brackets)
CATEGORY_KIND_RE = patterns.compile(r"^(승용|승합|화물|특수)차?(?:\((.+)\))?$")
# the fuels vehicles are counted by (`휘발유 | 경유 | 전기 | 하이브리드`), each as printed
FUELS = ("휘발유", "가솔린", "경유", "디젤", "LPG", "엘피지", "CNG", "천연가스", "압축천연가스", "수소", "전기",
         "하이브리드")
# a fuel as a label names it (compacted): no kind of vehicle
FUEL_RE = patterns.compile(rf"^({'|'.join(FUELS)})(?:차|차량)?$")
# the one name a fuel is stored by, of each other word printed for it (`가솔린` is 휘발유): `fuel = '휘발유'` finds
# both
_FUEL_NAMES = {"가솔린": "휘발유", "디젤": "경유", "엘피지": "LPG", "천연가스": "CNG", "압축천연가스": "CNG"}


def fuel_named(label: str) -> str | None:
    """The fuel a label names wholly, by its one name (`_FUEL_NAMES`), its spaces and its `차` or `차량` left out
    (`전 기 차`, `전기차량`: 전기; `가솔린`: 휘발유), so that a count table's fuels and a list's are alike; None for
    any other label."""
    found = FUEL_RE.match(compact(label))
    return _FUEL_NAMES.get(found[1], found[1]) if found else None


_SIZES = ("경형", "소형", "중형", "대형")  # a vehicle's sizes, as a fleet table's category runs them: smallest first


def vehicle_size(label: str) -> int | None:
    """The rank of the vehicle's size a label names (`소형` 1, `중형ㆍ다목적` 2), None where it names none."""
    return next((k for k, size in enumerate(_SIZES) if label.replace(" ", "").startswith(size)), None)


def sized_again(before: str, label: str) -> bool:
    """Whether a vehicle's size is no larger than the size before it (`중형 | 대형 | 중형 | 소형`: 승용's two, then
    승합's and 화물's one each), as each category's sizes run up from the smallest: the next category's."""
    sizes = [vehicle_size(before), vehicle_size(label)]
    return None not in sizes and sizes[1] <= sizes[0]


def label_groups(labels: list[str], start: int, end: int, above: list[str] | None = None) -> list[range]:
    """The columns (or rows) start..end split into the groups a merged label spans, told by the labels they
    print: a group ends before a label it has printed already (`정원 | 현원 | 정원`), a total (`소계`), a
    grade that ranks no lower than the one before it (`9급 | 7급`, `8급 | 연구관`, `연구사 | 지도관`) or a
    vehicle's size no larger than the one before it (`소형 | 중형 | 중형 | 소형 | 중형`: three groups,
    `sized_again`); a blank goes on the group. Given
    the header row `above` them, a total closes the group before instead where that row prints its groups'
    labels on their first columns (as converters print a merged cell) and the next one's right after the total:
    `5급 … 9급 | 소계` under `일반직` (on 5급's column), then `관리운영직` over `8급`."""
    groups, first, seen, number, size = [], start, set(), None, ""
    for col in range(start, end):
        label = labels[col]
        rank = _grade_rank(label)
        if col > first and (label in seen or is_total(label) or rank and number and rank <= number
                            or sized_again(size, label)):
            groups.append(range(first, col))
            first, seen = col, set()
        if label:
            seen.add(label)
            size = label
        number = rank
    groups = groups + [range(first, end)] if end > start else groups
    if above is None:
        return groups
    return with_trailing_totals(groups, labels, lambda before, group: not above[group[0]].strip()
                                and above[group[1]].strip() and above[before[0]].strip())


def _grade_rank(label: str) -> int | None:
    """The 급 a grade ranks as (`5급`: 5, `8·9급`: 8, `연구사`: 6, `_NAMED_GRADE_RANKS`); None for any other label."""
    if not is_grade(label):
        return None
    number = _GRADE_NUMBER_RE.search(label)
    return int(number[0]) if number else _NAMED_GRADE_RANKS.get(label)


def with_trailing_totals(groups: list[range], labels: list[str],
                         closes: Callable[[range, range], bool] = lambda before, group: True) -> list[range]:
    """The groups (`label_groups`) with each total that opens one but the first moved to the group before, as a
    trailing 소계 closes its own group (`5급 … 9급 | 소계`), where `closes` says so of the group before and the
    group."""
    out: list[range] = []
    for group in groups:
        if out and len(group) > 1 and is_total(labels[group[0]]) and closes(out[-1], group):
            out[-1] = range(out[-1].start, group.start + 1)
            group = range(group.start + 1, group.stop)
        out.append(group)
    return out


def as_word(label: str) -> str:
    """A label letter-spaced (`증 감`, `녹 지 조 성`: every word one letter) as its word; any other as printed
    (`푸른 녹지 조성`)."""
    words = label.split()
    if len(words) < 2:
        return label
    word = "".join(words)
    return word if len(word) == len(words) else label  # as many letters as words: each word one letter


# --- numbers -------------------------------------------------------------------------------------

# a figure's sign: `△3`, `▲3`, `-3` are −3, and so is each look-alike of their marks, as fonts and word processors
# print them (`▽3`, `▼3`, `∆3`, `Δ3`; `−3`, U+2212, `–3`, `－3`, `‐3`); `+3` (a change up) is 3
_MINUS_SIGNS = "△▲▽▼∆Δ-−–－‐‑﹣"
_SIGN_CHARS = _MINUS_SIGNS + "+＋"
SIGN = "[" + regex.escape(_SIGN_CHARS) + "]"  # as a pattern's character class
_NEGATIVE = frozenset(_MINUS_SIGNS)
# a figure of more digits than any report prints (999조 won is 15), its thousands and decimals parted or not: garbled
# (`999…9`), not read as a figure, as no sum or rate of it can be worked out (`_garbled`; in a text, this pattern)
FIGURE_DIGITS = 15
TOO_LONG_FIGURE = rf"\d(?:[,. ]?\d){{{FIGURE_DIGITS}}}"
_NUMBER_RE = patterns.compile(rf"^({SIGN}?)\s*(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d+))?$")


def _garbled(whole: str, decimals: str | None = None) -> bool:
    """Whether a figure a cell's pattern matched (its whole part, thousands parted or not, and its decimals) prints
    more digits than `FIGURE_DIGITS`: asked after the match, not by a lookahead over every cell."""
    digits = len(whole) + len(decimals or "")
    return digits > FIGURE_DIGITS and digits - whole.count(",") - whole.count(" ") > FIGURE_DIGITS


_DASHES = frozenset("-−–—－‐‑﹣")  # a dash alone, in any of its widths: none, 0
# what a count cell prints for nothing: a dash, or a change's mark with no figure after it (`△`, `▲`, a look-alike),
# a nil change as a dash prints it
_NIL_COUNTS = _DASHES | frozenset("△▲▽▼∆Δ")
COUNT_UNITS = "명대"  # what a staffing or vehicle table may print after each count (`10명`, `4대`)


@functools.lru_cache(maxsize=TEXT_CACHE)  # cells repeat (`-`, `1`, `2`) within and across reports
def parse_count(cell: str) -> int | None:
    """A count cell: `1,234`, `△3`/`▲3`/`-3` (negative), `-` or `△` alone (zero: a nil change), `10명` (its unit
    after it). None when it is not a count."""
    text = cell.strip().replace(" ", "")
    if text[-1:] in COUNT_UNITS:
        text = text[:-1]
    if text in _NIL_COUNTS:
        return 0
    match = _NUMBER_RE.match(text)
    if not match or match.group(3) or _garbled(match.group(2)):
        return None
    value = int(match.group(2).replace(",", ""))
    return -value if match.group(1) in _NEGATIVE else value


# a figure alone in brackets (`(3)`, `（1,234）`, `(3명)`): a negative as accounting prints it, or a count "of which"
_BRACKETED_RE = patterns.compile(r"^[(（]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*[명대]?\s*[)）]$")


def bracketed_figure(cell: str) -> int | None:
    """The figure of a cell printing one alone in brackets (`(3)` → 3), which only the arithmetic of a difference
    column tells a negative (`(3)` for −3) from a count "of which"; None for any other cell."""
    match = _BRACKETED_RE.match(cell.strip()) if cell.endswith((")", "）")) else None
    return int(match.group(1).replace(",", "")) if match and not _garbled(match.group(1)) else None


def as_negative(cell: str) -> str:
    """A figure alone in brackets (`(1)`) as the negative accounting prints so (`△1`), for a difference column
    whose arithmetic says so; any other cell as printed."""
    return f"△{cell.strip()[1:-1].strip()}" if bracketed_figure(cell) is not None else cell


def bracketed_agree(agreeing: int, bracketed: int) -> bool:
    """Whether a difference column's figures alone in brackets are its negatives, every one: where two of them at
    least are what its arithmetic makes them as negatives, and more than are not (the others then wrong figures)."""
    return agreeing >= 2 and 2 * agreeing > bracketed


def is_headcount(cell: str) -> bool:
    """A count printing its unit `명` (`10명`, `△1명`), a figure as one printing none is. A count printing `대` is
    not told from a label (`40대`, an age group's column) by itself: see `vehicle_counts`."""
    return cell.rstrip().endswith("명") and parse_count(cell) is not None


def is_unit_count(cell: str) -> bool:
    """A count printing its unit, `명` or `대` (`10명`, `4대`): a headcount, or a vehicles' count or an age band."""
    return cell.rstrip()[-1:] in COUNT_UNITS and parse_count(cell) is not None


# an age band named so (`20대 이하`, `60대 이상`, `30대 초반`): a row printing one labels its columns by age
_AGE_BAND_RE = patterns.compile(r"\d0\s*대\s*(?:이하|이상|미만|초과|초반|중반|후반)")


def vehicle_counts(row: Sequence[str]) -> list[int]:
    """The counts a row prints with the unit `대` (`4대`, `△1대`) where they are vehicles', not age bands (`40대`):
    none where the row names a band (`20대 이하`, `60대 이상`), or every such count is a multiple of ten (`20대 |
    30대 | 40대`), as ages go."""
    if "대" not in "".join(row):
        return []  # most rows asked (each line of a space-aligned table, of a PDF's) print no 대 at all: one scan
    counts = [parse_count(cell) for cell in row if cell.rstrip().endswith("대") and parse_count(cell) is not None]
    if not counts or all(count % 10 == 0 for count in counts) or any(map(_AGE_BAND_RE.search, row)):
        return []
    return counts


def headcounts_end_header(row: Sequence[str], below: Sequence[str] | None, first: bool) -> bool:
    """Whether a table's row of counts printing their unit (`10명`; `4대`, `vehicle_counts`) is its body's first, so
    ends its header: where the row below prints such counts too, or no row is below, and they do not count up one
    by one as labels do. A body prints its counts alike, and counts up so only by chance: `1명 | 2명 | 3명 이상`
    over rows of plain figures, or `1명 | 2명 | 3명` over any, label columns (households by their children), in the
    table's `first` row or under a corner merged down (its first cell blank); a row under the header that labels
    its counts (`총무팀 | 1명 | 2명`) is the body's, however they go."""
    headcounts = [parse_count(cell) for cell in row if is_headcount(cell)]
    counts = headcounts or vehicle_counts(row)
    labels_columns = (first or not row[0].strip()) and len(counts) >= 2 and all(
        b - a == 1 for a, b in itertools.pairwise(counts))
    return bool(counts) and (below is None or _prints_alike(below, bool(headcounts))) and not labels_columns


def _prints_alike(row: Sequence[str], headcounts: bool) -> bool:
    """Whether a row prints counts with their unit as the one above it does: headcounts (`12명`), or vehicles'
    counts (`vehicle_counts`)."""
    return any(map(is_headcount, row)) if headcounts else bool(vehicle_counts(row))


_NOTED_RE = patterns.compile(r"^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$")


def parse_count_note(cell: str) -> tuple[int, str | None] | None:
    """A count cell with what it prints in brackets after the figure: `12(1)` → (12, '1'), `12` → (12, None)."""
    value = parse_count(cell)
    if value is not None or (")" not in cell and "）" not in cell):
        return None if value is None else (value, None)
    match = _NOTED_RE.match(cell.strip())
    if not match or (value := parse_count(match.group(1))) is None:
        return None
    return value, match.group(2) or None


@functools.lru_cache(maxsize=TEXT_CACHE)
def parse_decimal(cell: str) -> tuple[float, int] | None:
    """A printed decimal such as a rate: (value, digits after the point). `69` → (69.0, 0)."""
    text = cell.strip().replace(" ", "").rstrip("%％")
    if text in _DASHES:
        return 0.0, 0
    match = _NUMBER_RE.match(text)
    if not match or _garbled(match.group(2), match.group(3)):
        return None
    digits = match.group(3) or ""
    value = float(match.group(2).replace(",", "") + ("." + digits if digits else ""))
    return (-value if match.group(1) in _NEGATIVE else value), len(digits)


# --- money ---------------------------------------------------------------------------------------

UNIT_WON = {"원": 1, "천원": 1_000, "만원": 10_000, "십만원": 100_000, "백만원": 1_000_000,
            "천만원": 10_000_000, "억원": 100_000_000}
# a unit's scale in hanja, as older reports print it (`千원`, `百萬원`, `百万원`), as its Hangul
HANJA_SCALES = str.maketrans("十百千萬万億", "십백천만만억")
# the scales a unit of UNIT_WON prints before its 원 (`천`, `백만`), as a pattern's alternatives
MONEY_SCALES = "|".join(sorted((unit.removesuffix("원") for unit in UNIT_WON if unit != "원"), key=len, reverse=True))


@functools.lru_cache(maxsize=256)  # a report prints a few units, asked of each figure that is checked
def unit_multiplier(unit: str | None) -> int | None:
    """Won per printed unit: `천원` → 1000. None for units that are not money (`대`, `명`)."""
    if not unit:
        return None
    return UNIT_WON.get(compact(unit).removeprefix("단위:"))


def money_unit(units: str) -> str:
    """The money unit of the units a table prints (`명, 백만원` → `백만원`, that of its money columns), or the units
    as printed where none is money."""
    return next((unit for unit in units.split(", ") if unit in UNIT_WON), units)


# a whole figure's thousands parted by commas, or by single spaces as some converters print them (`385 200`)
_THOUSANDS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+"
_OWN_UNIT_CELL_RE = patterns.compile(r"^(.*?원)\s*(?:[(（]\s*([^)）]+?)\s*[)）])?$")
_MONEY_CELL_RE = patterns.compile(
    rf"^({SIGN}?)({_THOUSANDS}|\d+)(?:\.(\d+))?\s*(?:[(（]\s*([^)）]+?)\s*[)）])?$")


def garbled_figure(cell: str) -> bool:
    """Whether a cell prints a figure alone (its sign, its source in brackets, a rate's `%` or a count's unit after
    it) of more digits than `FIGURE_DIGITS`, which every figure's parser reads as none, the cell as blank."""
    text = cell.strip().rstrip("%％" + COUNT_UNITS).rstrip()
    if len(text) <= FIGURE_DIGITS or not text.lstrip(_SIGN_CHARS)[:1].isdigit():  # a word's cell, not matched
        return False
    match = _MONEY_CELL_RE.match(text)
    return match is not None and _garbled(match.group(2), match.group(3))


def garbled_amounts(text: str) -> list[str]:
    """The written amounts of a line of text (`AMOUNT_RE`: `95,700천원`, `32억 1,000만원`) that print a figure of
    more digits than `FIGURE_DIGITS`, each as printed: `parse_amount` reads none of them, as a cell's is read blank."""
    if "원" not in text:  # most lines: no amount written
        return []
    return [amount.group() for amount in AMOUNT_RE.finditer(text) if _TOO_LONG_RE.search(amount.group())]


def _money_cell(cell: str) -> regex.Match | None:
    """`_MONEY_CELL_RE`'s match of a cell (stripped), None where its figure is garbled (`_garbled`)."""
    match = _MONEY_CELL_RE.match(cell)
    return None if match is None or _garbled(match.group(2), match.group(3)) else match


@functools.lru_cache(maxsize=TEXT_CACHE)  # a budget table's cells are read by its extractor, then again by its checks
def parse_money_cell(cell: str, multiplier: int) -> tuple[int, str | None] | None:
    """A money cell in a table with a unit: `2,698,307(구비)` → (2698307 × unit, '구비'). A cell that prints
    its own unit (`1,500천원`, `1억 2,000만원(구비)`) is in that unit, whatever the table's."""
    text = cell.strip()
    if not text:  # no such column, or a blank cell
        return None
    match = _money_cell(text)
    if not match:  # a garbled figure too: no unit nor count reads it
        if "원" in text and (own := _OWN_UNIT_CELL_RE.match(text)):
            amount = parse_amount(own.group(1))
            return None if amount is None else (amount, compact(own.group(2)) if own.group(2) else None)
        value = parse_count(text)
        return None if value is None else (value * multiplier, None)
    sign, whole, digits, source = match.groups()
    value = float(whole.replace(",", "").replace(" ", "") + ("." + digits if digits else ""))
    return round((-value if sign in _NEGATIVE else value) * multiplier), (compact(source) if source else None)


def printed_decimals(cell: str) -> int:
    """The decimals a money cell's figure prints (`850.0`, `410.5(구비)`: 1), so that a finding shows it as printed;
    0 of a whole figure or one printing its own unit (`1억 2,000만원`)."""
    if "." not in cell:  # decimals print a point: most cells, and the blank ones of columns a table lacks, print none
        return 0
    match = _money_cell(cell.strip())
    return len(match.group(3)) if match and match.group(3) else 0


def prints_no_unit(cell: str) -> bool:
    """Whether a money cell is a figure alone, its sources' bracket after it or not (`312,000(구비)`): only the unit
    of a table printing it makes it an amount."""
    return _money_cell(cell.strip()) is not None


def precision(value: int, unit: str | None) -> int:
    """What a figure is exact to, in won: its unit, or a tenth of it for each decimal printed (`1,426.04백만원`:
    10,000 won), as the figure itself shows."""
    step = unit_multiplier(unit) or 1
    while value % step:
        step //= 10
    return step


def rounded_to(figures: Iterable[tuple[int, str | None]]) -> int:
    """The won a table's figures (each in won, with the unit it is printed in) are rounded to, where that is
    coarse enough to matter: figures coarser than 천원, in which budgets are kept (and which are exact), are
    rounded from 천원 ones (a 계 from the exact total, not from the rounded lines), to their unit or to the
    decimals the table prints (`38.2억원`: 0.1억, `1,426.04백만원`: 10,000 won, as its finest figure shows); 0
    where they are exact. The budget checks ask it (and the budget extractor, of a ratio that may be the 집행률),
    and `sum.table` of a money table."""
    steps = []
    for value, unit in figures:
        step = precision(value, unit)
        if step <= 1_000:
            return 0  # the first figure exact to 천원 settles it (most tables): the others need no look
        steps.append(step)
    return min(steps, default=0)


def rate_agrees(part: int, whole: int, rate: tuple[float, int], step: int) -> bool:
    """Whether a printed rate (`parse_decimal`: its value and decimals) is part ÷ whole × 100 within half a unit of
    its last digit (`69`, `69.0`, `43.5`); of figures rounded to `step` won (`rounded_to`), the rate of any figures
    they may stand for, and any rate of a whole rounded to nothing. `whole` is not 0."""
    printed = round(rate[0] * 10**rate[1])  # in steps of the printed precision
    # |part × 100 ÷ whole − printed ÷ 10^digits| ≤ half a step, in integers so nothing is rounded
    if abs(200 * part * 10**rate[1] - 2 * printed * whole) <= abs(whole):
        return True
    half = step // 2
    if not half:
        return False
    if whole <= half:
        return True
    digit = Fraction(1, 10**rate[1])
    ends = (Fraction(100 * (part - half), whole + half), Fraction(100 * (part + half), whole - half))
    return min(ends) - digit / 2 <= printed * digit <= max(ends) + digit / 2


def rate_cut_off(part: int, whole: int, rate: tuple[float, int], step: int) -> bool:
    """Whether a printed rate is part ÷ whole × 100 cut off at its printed precision, not rounded, as some reports
    print their rates (1,604,800 ÷ 3,512,400 = 45.69… → `45.6`): the ratio at or above it, less than a unit of its
    last digit above; of figures rounded to `step` won, of any figures they may stand for (`rate_agrees`). Only a
    rate of a positive whole and a part not below 0."""
    if whole <= 0 or part < 0:
        return False
    printed = round(rate[0] * 10**rate[1])
    scaled = 100 * part * 10**rate[1]  # printed ≤ scaled ÷ whole < printed + 1, in integers
    if printed * whole <= scaled < (printed + 1) * whole:
        return True
    half = step // 2
    if not half or whole <= half:
        return False
    low, high = Fraction(100 * max(part - half, 0), whole + half), Fraction(100 * (part + half), whole - half)
    digit = Fraction(1, 10**rate[1])
    return low < (printed + 1) * digit and printed * digit <= high


RateTerms = tuple[int, int, tuple[float, int], int]  # a printed rate's part, whole, rate (`parse_decimal`) and step


def rates_agree(rates: Sequence[RateTerms]) -> tuple[list[bool], bool]:
    """Whether each printed rate of one series (a table's 집행률, a column of 처리율) is its part ÷ whole × 100 at
    its printed precision, and whether the series cuts its rates off rather than round them (`94.96` printed
    `94.9`): rounded (`rate_agrees`), or cut off (`rate_cut_off`) where two rates or more that tell the two ways
    apart print them cut off and none rounded. One alone may be a wrong rate, which a check then finds. Most series
    round, every rate agreeing so: they are not asked for cut-off ones."""
    rounded = [rate_agrees(*terms) for terms in rates]
    if len(rounded) - sum(rounded) < 2:
        return rounded, False
    cut = [rate_cut_off(*terms) for terms in rates]
    cuts_off = (sum(is_cut and not is_rounded for is_cut, is_rounded in zip(cut, rounded, strict=True)) >= 2
                and all(is_cut for is_cut, is_rounded in zip(cut, rounded, strict=True) if is_rounded))
    return (cut if cuts_off else rounded), cuts_off


def printed_rate(cell: str) -> tuple[float, int] | None:
    """A rate as a table's cell prints it (`parse_decimal`: `83.9`, `83.9%`, `△4.8`): its value and decimals; None
    for none (`-`, a blank, a word)."""
    return parse_decimal(cell) if _DIGIT_RE.search(cell) else None


_DIGIT_RE = patterns.compile(r"\d")


def expected_rate(part: int | Decimal, whole: int | Decimal, digits: int, cut_off: bool = False) -> Decimal:
    """part ÷ whole × 100 at `digits` decimals, rounded half up as printed reports round (32,500 ÷ 80,000 = 40.625 →
    `40.63`), or cut off where the report's table cuts its rates off (`40.62`; `rate_cut_off`): the rate a check
    finding a printed one wrong says it should be. `whole` is not 0."""
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(1).scaleb(-digits),
                                                           rounding=ROUND_DOWN if cut_off else ROUND_HALF_UP)


# a written amount is groups of figures, each with a scale below 만 (`천`, `백`, `십`; `千` as older reports print it)
# or none, closed by one of 만/억/조 or by 원: `3천5백만원` is (3천 + 5백) × 만, `1억 2,000만원`, `12,000千원`
_NUMBER = rf"(?:{_THOUSANDS}|\d[\d,]*)(?:\.\d+)?"
_AMOUNT_SCALE = r"(?:[천千백십]\s*[조억만]?|[조억만])"
_AMOUNT_PART_RE = patterns.compile(rf"({_NUMBER})\s*([천千백십])?\s*([조억만])?")
AMOUNT_RE = patterns.compile(rf"(?<![\d,.])(?:{_NUMBER}\s*{_AMOUNT_SCALE}\s*)*{_NUMBER}\s*{_AMOUNT_SCALE}?\s*원")
_SMALL_SCALE = {"": 1, "십": 10, "백": 100, "천": 1_000, "千": 1_000}
_LARGE_SCALE = {"만": 10_000, "억": 100_000_000, "조": 1_000_000_000_000}

_TOO_LONG_RE = patterns.compile(TOO_LONG_FIGURE)


def parse_amount(text: str) -> int | None:
    """A written amount in won: `95,700천원`, `32억 1,000만원`, `3천5백만원`, `13만원`, `1.5억원`, `△500천원` (a
    figure's sign before it, as a table's cell prints a decrease). None otherwise."""
    text = text.strip()
    negative = text[:1] in _NEGATIVE
    if negative or text[:1] in "+＋":
        text = text[1:].lstrip()
    if not AMOUNT_RE.fullmatch(text) or _TOO_LONG_RE.search(text):
        return None
    total = group = 0.0
    for number, small, large in _AMOUNT_PART_RE.findall(text):
        group += float(number.replace(",", "").replace(" ", "")) * _SMALL_SCALE[small]
        if large:  # 만/억/조 closes the figures before it
            total, group = total + group * _LARGE_SCALE[large], 0.0
    return -round(total + group) if negative else round(total + group)


def amount_precision(text: str) -> int:
    """What a written amount is exact to, in won, as it is printed: the scale of its last figure, a tenth of it for
    each decimal (`3억원`: 100,000,000, `1억 4,500만원`: 10,000, `1.5억원`: 10,000,000, `95,700천원`: 1,000); 1
    where it prints no figure (`-`)."""
    parts = _AMOUNT_PART_RE.findall(text)
    if not parts:
        return 1
    number, small, large = parts[-1]
    decimals = len(number.partition(".")[2])
    return max(_SMALL_SCALE[small] * _LARGE_SCALE.get(large, 1) // 10**decimals, 1)


# an amount in 억 printing no 원, as an item's field may print it: `1.2억`, `25억`, `1억 2,000만`, `3억 5천만`
_EOK_AMOUNT = rf"{_NUMBER}\s*억(?:\s*{_NUMBER}\s*[천千백십]?\s*만)?"
# one in 만: `3,000만`, `500만`, `3천만`, `3천5백만`
_MAN_AMOUNT = rf"(?:{_NUMBER}\s*[천千백십]\s*)*{_NUMBER}\s*[천千백십]?\s*만"
_WITHOUT_WON_RE = patterns.compile(rf"{_EOK_AMOUNT}|{_MAN_AMOUNT}")
# such an amount inside a sentence (`25억 투입`, `25억을 투입`): a figure right before its 억 (not `억새`, `억제`), no
# 원 nor figure after it (`25억원` and `1억 2,000만원` are `AMOUNT_RE`'s), nor a letter run into it but a particle's
# (not `10억대`)
EOK_IN_TEXT_RE = patterns.compile(rf"(?<![\d,.]){_EOK_AMOUNT}(?!\s*[\d원])(?=[\s을를이가은는(),]|$)")
# an amount in 만 printing no 원 inside a sentence (`3,000만 투입`, `3천5백만을 지원`), as `EOK_IN_TEXT_RE` reads one
# in 억: a figure right before its 만, no 원 nor figure after it (`3,000만원`; not `3만 5천 명`), no letter run into it
# but a particle's (not `3만명`, `만족`), nor the 만 of an amount in 억 (`1억 2,000만`, `EOK_IN_TEXT_RE`'s)
MAN_IN_TEXT_RE = patterns.compile(rf"(?<![\d,.]|억\s*){_MAN_AMOUNT}(?!\s*[\d원])(?=[\s을를이가은는(),]|$)")
# a figure in 억 or 만 printing no 원 at the start of a field's value, alone or with a note in brackets after it
# (`1.2억`, `1억 2,000만 (구비)`, `3,000만(구비)`; not `3만명`): where its 원 goes
_WITHOUT_WON_FIGURE_RE = patterns.compile(
    rf"^\s*(?:{_EOK_AMOUNT}|{_MAN_AMOUNT})(?!\s*[\d원])(?=\s*(?:[(（]|$))")


def parse_amount_without_won(text: str) -> int | None:
    """An amount in 억 or 만 printing no `원` (`1.2억`, `25억`, `1억 2,000만`, `3,000만`, `3천만`), in won, as
    `parse_amount` reads it with its `원`; None for anything else (`1억 증가`, `1~2억`, `3만명`)."""
    text = text.strip()
    return parse_amount(text + "원") if ("만" in text or "억" in text) and _WITHOUT_WON_RE.fullmatch(text) else None


def with_won(figure: str) -> str:
    """A figure in 억 or 만 printing no `원` with its `원` (`1.2억(구비)` → `1.2억원(구비)`, `1억 2,000만` → `1억
    2,000만원`, `3,000만` → `3,000만원`), as a budget's figure reads; any other text as it is (`1억 증가`, `1~2억`,
    `1.2억원`, `3만명`)."""
    found = (_WITHOUT_WON_FIGURE_RE.match(figure) if ("억" in figure or "만" in figure) and "원" not in figure
             else None)
    return f"{figure[:found.end()]}원{figure[found.end():]}" if found else figure


def with_former_name(name: str, former: str | None) -> str:
    """A project's title or a budget line's name with the former name it prints after it, as `show` prints it and
    `search` finds it: `직원 디지털 전환 교육 (구 직원 디지털 역량 강화)`; the name alone where it prints none."""
    return f"{name} (구 {former})" if former else name


# --- dates and periods ---------------------------------------------------------------------------

# a year as a report prints it: four digits (`2024`, of 1900–2099; a numeric date's year, `2024-04-30`, only so)
# or two after an apostrophe (`’24`, any of the four marks typed for it); the fragments the patterns of a printed
# year are built from, as those of a month in figures are from `MONTH_FIGURE`
FOUR_DIGIT_YEAR = r"(?:19|20)\d\d"  # a year in four digits, of 1900–2099: `2024`
YEAR = rf"(?:{FOUR_DIGIT_YEAR}|[’‘'`]\d\d)"
MONTH_FIGURE = r"(?:1[0-2]|0?[1-9])"  # a month in figures: `3`, `03`, `12`
# a year as a label or a line prints it alone: `2024`, `2024년`, `2024년도`, `’24`, `’24년`
YEAR_LABEL_RE = patterns.compile(rf"^\s*{YEAR}\s*(?:년\s*도?)?\s*$")
# a range of two years as a cell prints it: `2020 ~ 2023`, `2020~2023`, `’20 ~ ’23`, `2020년 ~ 2023년`
YEAR_RANGE_RE = patterns.compile(rf"^\s*{YEAR}\s*(?:년\s*도?)?\s*[{TILDES}\-–－]\s*{YEAR}\s*(?:년\s*도?)?\s*$")
# a column of years' header (compacted): `설치연도`, `준공년도`, `사업연도`
YEAR_COLUMN_RE = patterns.compile(r"\p{Hangul}*[연년]도")


def full_year(printed: str) -> int:
    """`2024`, `2024년도` → 2024; `’24`, `24년` (a year of this century, as reports shorten it) → 2024."""
    digits = "".join(filter(str.isdigit, printed))  # no generator's frame a character: asked of each point's year
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


# the year of a date: `2025`, `’25`, or `25` without its apostrophe where 년 follows it or a month and a day do
# (`25. 6. 12.`; not the month of `12. 31.`, whose 31 is no month, nor a figure's end, `2025`'s `25`)
_DATE_YEAR = (r"\d{4}|[’‘'`]\d{2}"
              rf"|(?<![\d.])\d{{2}}(?=\s*(?:년|\.\s*{MONTH_FIGURE}\s*\.\s*(?:[12]\d|3[01]|0?[1-9])(?!\d)))")
# `2025. 6. 12.`, `’25. 6. 12.`, `25. 6. 12.`, `2025년 6월 12일`, `5.31.`: the year (if printed), the month and the day
DATE = rf"(?:({_DATE_YEAR})\s*[.년]\s*)?(\d{{1,2}})\s*[.월]\s*(\d{{1,2}})\s*[.일]?"
_DATE_RE = patterns.compile(DATE)
# a day in figures joined by hyphens or slashes, as a spreadsheet or a system prints it: `2023-04-30`, `2023/4/30`
# (a four-digit year, one mark twice; not a month alone, `2023-04`, nor a phone number, `02-2670-3114`)
NUMERIC_DATE = (rf"(?<![\d/-])(?:{FOUR_DIGIT_YEAR}-{MONTH_FIGURE}-(?:3[01]|[12]\d|0?[1-9])"
                rf"|{FOUR_DIGIT_YEAR}/{MONTH_FIGURE}/(?:3[01]|[12]\d|0?[1-9]))(?![\d/-])")
_NUMERIC_DATE_RE = patterns.compile(NUMERIC_DATE)
AS_OF_DAY = rf"(?:{DATE}|{NUMERIC_DATE})"  # the day a table's figures stand at, printed either way


def parse_date(text: str, year: int | None) -> dt.date | None:
    """`2025. 6. 12.`, `’25. 6. 12.`, `2025년 6월 12일`, `5.31.` (the year taken from the report) or `2025-06-12`.
    None when it is no valid date."""
    if match := _DATE_RE.search(text):
        return _date(match, year)
    if match := _NUMERIC_DATE_RE.search(text):
        try:
            return dt.date(*map(int, regex.split(r"[-/]", match.group())))
        except ValueError:  # `2023-02-30`
            return None
    return None


def _date(match: regex.Match, year: int | None) -> dt.date | None:
    """The day a match of DATE prints, in `year` where it prints none; None where it is no day."""
    printed = match.group(1)
    y = full_year(printed) if printed else year
    if y is None:
        return None
    try:
        return dt.date(y, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_RANGE_MARKS = frozenset(TILDES + "-–－")
WEEKDAY = r"(?:\s*\([월화수목금토일]\))?"  # after a date or not: `2025. 6. 12.(목)`
# what joins a range's first day to its last: a tilde, or a hyphen on the same line (`2025. 6. 12.(목) ~ 6. 27.(금)`,
# `2025. 6. 12. - 6. 27.`; not a cover's page number below a date, `- 1 -`)
DATE_LINK = rf"(?:\s*[{TILDES}]\s*|[ \t]*[-–－][ \t]*)"
DAY_ALONE = r"(\d{1,2})\s*[.일]"  # a range's last day printed alone: `~ 27.`, `~ 27일`
_DATE_LINK_RE = patterns.compile(WEEKDAY + DATE_LINK)
_DAY_ALONE_RE = patterns.compile(DAY_ALONE)


@functools.lru_cache(maxsize=256)  # a session's reports print its dates on their covers alike
def parse_date_range(text: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """`2025. 6. 12. ~ 6. 27.`, `2025년 6월 12일 ~ 6월 27일`, `2025. 6. 12. - 6. 27.`, `2025. 6. 12. ~ 27.`: the
    first date joined to another, or to a day. None where it ends before it starts."""
    if _RANGE_MARKS.isdisjoint(text):
        return None
    found = next(((first, link) for first in _DATE_RE.finditer(text)
                  if (link := _DATE_LINK_RE.match(text, first.end()))), None)
    if found is None or (start := _date(found[0], year)) is None:
        return None
    end = _range_end(text, found[1].end(), start)
    return (start, end) if end and end >= start else None


def _range_end(text: str, at: int, start: dt.date) -> dt.date | None:
    """The last day of a range from `start`, printed at `at`: in the start's year where it prints none (the next,
    where it would come before the start: `2025. 12. 22. ~ 1. 5.`), in the start's month where it prints a day
    alone (`2025. 6. 12. ~ 27.`)."""
    if last := _DATE_RE.match(text, at):
        end = _date(last, start.year)
        return _date(last, start.year + 1) if end and end < start and not last.group(1) else end
    day = _DAY_ALONE_RE.match(text, at)
    try:
        return start.replace(day=int(day.group(1))) if day else None
    except ValueError:
        return None


# the months of a half, of the whole year or of a part of it named by a word: the year's start and end are its
# first and last month, as a month's start or end is that month (`연초`: January, `연말`: December, as `3월 초` is
# March and `12월말` December; `연말` is no November, of which `11월말` would be printed), and what is done within
# the year (`연내`, `연내 완료`) may be done in any of its months, as what runs all year (`연중`, `연간`); the year-end
# and new-year holidays (`연말연시`) are December of the year to January of the next (13: a month past December)
_HALF = {"상반기": (1, 6), "하반기": (7, 12), "연중": (1, 12), "연간": (1, 12), "연내": (1, 12), "연초": (1, 1),
         "연말": (12, 12), "연말연시": (12, 13)}
_YEAR_PART_WORDS = ("연중", "연간", "연내", "연초", "연말")  # the words of `_HALF` not holding 반기
# what runs all year without naming a month: `상시`, `매월 1회`, `매주 금요일`, `매일`, `격월`, `분기별`, `분기 1회`,
# `월 2회` (not `비상시`, `상시근로자`; `수시` and `연 2회` say nothing of which months)
_ALL_YEAR_RE = patterns.compile(r"(?<![\p{Hangul}\d])(?:상시(?!\p{Hangul})|매\s*(?:일|주|월|분기)|격\s*[주월]"
                             r"|[분반]기\s*(?:별|마다)|(?:분기|월|주)\s*\d+\s*회)")
_MONTH = rf"(?P<month>{MONTH_FIGURE})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_RANGE_DASHES = TILDES + "\\-–－"  # as a pattern's class: tildes, hyphens, the fullwidth hyphen
# the year printed before a period: `2026년`, `2026년도`, `2026.`, `’26.`, `26년`, `익년`, `내년`, `차년도`, `다음 해`,
# `이듬해` (the report's next; not a plan's second year, `2차년도`), or two digits and a point (`26.`: `yy`, a year
# only where it is one near the report's, see `_short_year`)
_NEXT_YEAR = r"(?P<next>익년|내년|(?<![\p{Hangul}\d])차년|다음\s*해|이듬해)\s*도?"
_YEAR_BEFORE = (rf"(?:(?P<year>{YEAR})\s*(?:\.|년\s*도?)|(?P<year>\d\d)\s*년\s*도?"
                rf"|{_NEXT_YEAR}|(?P<yy>\d\d)\s*\.)\s*")
# how many years from the report's two digits without their apostrophe may name (`26. 3월` in 2025): beyond, they
# are a list's number (`12. 3월 개최`)
_SHORT_YEAR_REACH = 5
# what joins a month or quarter printed without its word to the next of a list or range (`3·6·9·12월`, `3, 6월`,
# `1~2분기`)
_STEP = rf"\s*(?:[{_RANGE_DASHES}·]|,(?=\s))\s*"
# two digits and a point that are no month, before a month alone, each end of a range printing them (`25. 3. ~ 26.
# 2.`: `yy`, a year where it is one near the report's, see `_short_year`; else, `ranged` marking it, no month of the
# range is read, as no year is known for it; not `12. 3. ~ 5. 6.`, months and days)
_YY = r"(?P<ranged>)(?P<yy>1[3-9]|[2-9]\d)\s*\.\s*"
_YY_MONTH = rf"(?:1[3-9]|[2-9]\d)\s*\.\s*{MONTH_FIGURE}\s*\.(?!\s*\d)"
_YY_RANGE_START = rf"{_YY}(?={MONTH_FIGURE}\s*\.\s*[{_RANGE_DASHES}]\s*{_YY_MONTH})"
_YY_RANGE_END = rf"(?<={_YY_MONTH}\s*[{_RANGE_DASHES}]\s*){_YY}"
# a day after its year (`2020.3.5`, `’18.5.31`, `20.03.02`, `2025. 3. 5.`, `2025. 3. 5.(수)`, spaced without the last
# point before a range's end, `2025. 3. 5 ~`): a range's end after one may print its month and day without the last
# point, its year or not (`2020.3.5 ~ 10.30`, `2025. 3. 5. ~ 10. 30`, `2025. 3. 5 ~ 2025. 10. 30`: March to October)
_YEAR_POINT = rf"{YEAR}\s*\.\s*"  # a year and its point, spaced or not: `2025. `, `’25.`
_NAMED_YEAR_POINT = rf"(?P<year>{YEAR})\s*\.\s*"  # the same, its year the group `year`
_FULL_DAY = (rf"(?:{YEAR}\.{MONTH_FIGURE}|\d\d\.(?:0[1-9]|1[0-2]))\.{_DAY}"
             rf"|{_YEAR_POINT}{MONTH_FIGURE}\s*\.\s*{_DAY}(?:\s*\.)?{WEEKDAY}")
# a day spaced after its year without the last point (`2025. 3. 5`), read only as a range's start, its end after
# it a month and day (`~ 10. 30`, `~ 2025. 10. 30`), a month with its point after its year or not (`~ 2025. 10.`,
# `~ 10.`, as `2025. 3. 5. ~ 10.` reads) or a month printing 월 (`~ 10월`, `~ 2025년 10월`; its day not read as a
# month of `5 ~ 10월`): alone it may be a figure after a month (`2025. 3. 5명`)
# a range's last day printed alone after its first day, in the same month: a day no month can be (`~ 27.`), one
# with its weekday (`~ 10.(금)`) or 일 (`~ 10일`); `~ 10.` alone is a month (`2025. 3. 5. ~ 10.`: March to October)
_DAY_NO_MONTH = rf"(?:{_DAY}\s*(?:일(?!\p{{Hangul}})|\.\s*\([월화수목금토일]\))|(?:1[3-9]|2\d|3[01])\s*\.(?!\s*\d))"
_SPACED_RANGE_END = (rf"(?:{_YEAR_POINT})?{MONTH_FIGURE}\s*\.\s*{_DAY}(?!\d)"
                     rf"|(?:{_YEAR_POINT})?{MONTH_FIGURE}\s*\.(?!\s*\d|\s*\([월화수목금토일]\))|{_DAY_NO_MONTH}"
                     rf"|(?:{FOUR_DIGIT_YEAR}\s*년\s*|{_YEAR_POINT})?{MONTH_FIGURE}\s*월")
_SPACED_RANGE_START = (rf"{_NAMED_YEAR_POINT}{_MONTH}\s*\.\s*(?P<day>{_DAY})"
                       rf"(?={WEEKDAY}\s*[{_RANGE_DASHES}]\s*(?:{_SPACED_RANGE_END}))")
# another date right after a day or a month after its year, a blank alone between (`2018. 6. 2. 2020. 10. 5.`,
# `2018. 6. 2020. 10.`): its four-digit year ends no day as other figures after it do (not after a list's number
# alone, `1. 2025. 3. 5.`)
_RUN_ON_DATE = rf"(?<=\d\s*\.\s*\d{{1,2}}\s*\.)(?=\s+{FOUR_DIGIT_YEAR}\s*\.\s*{MONTH_FIGURE}\s*\.)"
# a month as printed: `4월`, `4월 30일`, `2025년 4월`, `익년 2월`, `’25. 3월`, with the part of it named after it or
# not (`3월 중순`, `6월말`); a day `3. 10.`, `2025.3.10.`, `’25.10.2.`, `익년 3. 15.` (each with its weekday after
# it or not, `3. 4.(화)`, and a time of day or not, `3. 4. 10:00`, `3. 4. 10시`: a figure after it else ends no day), or
# after its year closed up without the last point (`2020.3.2`, `’18.5.31`; after two digits only
# as `20.03.02`, not a list's `12.5.3`), a range's end after a day and its year without the last point (`2020.3.5 ~
# 10.30`, `_FULL_DAY`); an ISO day, its marks hyphens or slashes (`2025-04-01`, `2025/4/1`; not `1/2`, `24/7`); a
# month `3.` (a month alone after its year, `2025. 11.`, `’25. 4.`, else only a range's end, `2025. 3. ~ 5.`); or a
# month without 월 where a month after it in its list or range prints one (`4~6월`, `’26. 1~2월`, `3·6·9·12월`, `3, 6,
# 9, 12월`)
_MONTH_POINT_RE = patterns.compile(
    # the lookahead fails fast
    rf"(?=[’‘'`]?\d{{1,4}}\s*(?:[.년월{_RANGE_DASHES}·/]|,\s)|익년|내년|차년|다음|이듬)(?<![\d.]|\d,)(?:"
    rf"(?:{_YEAR_BEFORE})?{_MONTH}\s*(?P<wol>월)(?:\s*(?P<day>{_DAY})\s*일)?"
    r"(?:\s*(?:초순?|[상중하]순|말경?|경|중(?!\p{Hangul})))?"
    rf"|(?:(?P<year>{YEAR})\.{_MONTH}|(?P<yy>\d\d)\.(?P<month>0[1-9]|1[0-2]))\.(?P<day>{_DAY})(?![\d.])"
    rf"|(?:(?P<year>{YEAR})\s*[.년]\s*|(?P<yy>\d\d)\s*\.\s*(?=\d{{1,2}}\s*\.\s*{_DAY}\s*\.)|{_NEXT_YEAR}\s*)?"
    rf"{_MONTH}\s*\.(?:\s*(?P<day>{_DAY})\s*\.|(?!\s*\([월화수목금토일]\)))"
    rf"(?:{_RUN_ON_DATE}|(?!\s*\d(?!\d?\s*(?::\s*\d\d|시(?!간)))))"
    rf"|{_YY_RANGE_START}{_MONTH}\s*\.(?!\s*\d)|{_YY_RANGE_END}{_MONTH}\s*\.(?!\s*\d)"
    rf"|{_SPACED_RANGE_START}"
    rf"|(?<=(?<![\d.])(?:{_FULL_DAY})\s*[{_RANGE_DASHES}]\s*)(?:{_NAMED_YEAR_POINT})?"
    rf"{_MONTH}\s*\.\s*(?P<day>{_DAY})(?![\d.])"
    rf"|(?<![\d/-])(?P<year>{FOUR_DIGIT_YEAR})(?P<mark>[-/]){_MONTH}(?P=mark)(?P<day>{_DAY})(?![\d/-])"
    rf"|(?:{_YEAR_BEFORE})?{_MONTH}(?=(?:{_STEP}{MONTH_FIGURE})+\s*월)){WEEKDAY}")
# a half, the whole year, its start or end or a quarter, with its year printed before it or not: `2026년 상반기`,
# `연중`, `내년 연초`, `2/4분기`, `2·4분기` (as `2/4분기`), `’26. 3분기`, or a quarter without 분기 where one after it
# in its list or range prints it (`1~2분기`, `1/4~2/4분기`, `1·2분기`); a half or a part of the year before a
# particle too, as a month is read (`연말까지`, `하반기부터`, `연내에`, `연말연시에`; not `연중콘도`, `연초제조창`)
_QUARTER = r"\s*(?:[/·]\s*4\s*)?"
# a lookahead that fails fast where no season starts, not a figure, an apostrophe or the first letter of a year's
# word, a half's or the whole year's: without it, every alternative of the pattern is tried at every character
_SEASON_START = r"(?=[\d’‘'`익내차다이상하연])"
_SEASON_RE = patterns.compile(
    rf"{_SEASON_START}(?:(?<![\d.]|\d,){_YEAR_BEFORE})?"
    r"(?:(?<!\p{Hangul})(?P<half>상\s*[·/,]?\s*하반기|상반기|하반기|연중|연간|연내|연초|연말(?:연시)?)"
    r"(?=(?:까지|부터|에)?(?!\p{Hangul}))"
    rf"|(?<!\d)(?P<quarter>[1-4]){_QUARTER}(?:분기|(?=(?:{_STEP}[1-4])*{_STEP}[1-4]{_QUARTER}분기)))")
AS_OF = r"(?:기\s*준|현\s*재)"  # what dates figures, not work, after a date: `(5.31. 기준)`, `5. 31. 현재`
# a month that dates the figures counted, not when the item runs: `(’25. 5. 31. 기준)`, `5월말 현재`, and
# `(기준일: 2025. 5. 31.)` (not `선정 기준: 3월 공고`, a criterion's label)
_AS_OF_AFTER_RE = patterns.compile(rf"\s*말?\s*{AS_OF}")
_AS_OF_BEFORE_RE = patterns.compile(r"(?<=기\s*준\s*일\s*[:：]?\s*)")
# a time of day after a day (`10:00`, `14시`, `14시 30분`), or a range of two (`10:00~12:00`)
_TIME_OF_DAY = r"\d{1,2}\s*(?::\s*\d\d|시(?:\s*\d{1,2}\s*분)?)"
_TIMES = rf"{_TIME_OF_DAY}(?:\s*[{_RANGE_DASHES}]\s*{_TIME_OF_DAY})?"
# what joins two months: a range (`3월~5월`, `3월 10일 - 5월 20일`, `3월부터 5월까지`), a list (`3월, 9월`, `1·3월`);
# after the first's time of day too (`5. 17.(토) 10:00 ~ 5. 18.(일) 17:00`, `5. 17. 10:00~12:00, 5. 24.`): before,
# the two were no range, the second, after a tilde, read as a range up to it from January
_LINK_RE = patterns.compile(rf"\s*(?:{_TIMES}\s*)?(?:(?P<range>[{_RANGE_DASHES}]|부터)|(?P<list>[,·]|및))\s*")
# a plan's change printed without brackets, the period it replaces before the new one: joined by an arrow
# (`5월 → 8월`, `5월→8월`, `3월 ⇒ 5월`, `5월 -> 8월`), `변경` or `(변경)` after it or not (`5월 → 변경 8월`),
# by `에서` (`5월에서 8월로 변경`), or as the next field, `변경` (`당초 5월, 변경 8월`). A change where `당초` is
# printed before the replaced (`당초 5월 → 8월`, `(당초) 5월 → (변경) 8월`); joined otherwise than as a field,
# also where `변경` is before the new or a word of change after it (`8월 (변경)`, `8월로 연기`, `8월 조정`); or,
# joined by an arrow, where the text (or the item it is a field of) prints no other period and says it changes
# right before it (`일정 조정: 3월 ⇒ 5월`; not `용도 변경 허가 : 3월 → 5월`, whose word of change names the
# subject; `_CHANGE_BEFORE_RE`). Not steps of a process, each with its month (`3월 접수 → 5월 선정`), nor a grant's
# or a contract's name (`조정교부금`, `변경계약`), nor, after the new month, a word of change naming what follows it
# (`5월 → 8월 변경 계약 체결`: a changed contract signed in August, a step after May's; `_CHANGED_RE`)
_CHANGE_WORD = r"(?:변경|연기|조정|순연)(?![^\s.,:：()됨함되하])"
_CHANGE_LINK_RE = patterns.compile(
    r"\s*(?:(?P<arrow>[→⇒➡➔⟶⇨]|[-=]>)\s*(?P<new>변경\s*[:：]?|\(\s*변경\s*\))?|(?P<from>에서)"
    r"|[,/]\s*(?P<field>변경\s*[:：]?))\s*")
_REPLACED_RE = patterns.compile(r"(?:당초|\(\s*당초\s*\))(?:\s*(?:계획|일정|예정))?\s*[:：]?\s*$")
# a word of change after the new month that says what became of the months: in brackets (`8월 (변경)`), or ending
# the phrase (`8월 변경`, `8월로 연기됨`, `8월 변경, 9월 준공`) or before a word of how the change stands (`8월 변경
# 예정`, `8월 연기 완료`); not before a word it names (`8월 변경 계약 체결`, `8월 변경 승인`)
_CHANGE_STANDS = r"(?:예정|완료|확정|추진|요청)"
_CHANGED_RE = patterns.compile(rf"\s*(?:\(\s*{_CHANGE_WORD}[^()]*\)|(?:으로|로|까지)?\s*{_CHANGE_WORD}"
                               rf"(?=[됨함되하]|\s*(?:$|[^\s\p{{Hangul}}]|{_CHANGE_STANDS})))")
# a word of change right before a pair of months, 변경 or 조정 that of a time (`일정 변경 : 5월 → 8월`,
# `공사 연기 5월→8월`; not `용도변경: 3월 → 5월`, a use's)
_CHANGE_BEFORE_RE = patterns.compile(
    rf"(?:(?:일정|기간|시기|일자|날짜|준공|착공|완공|완료|개최|개통|개관)\s*(?=변경|조정)|(?=연기|순연)){_CHANGE_WORD}"
    r"\s*[:：]?\s*\(?\s*[’‘'`]?\d")
_CHANGE_MARKS = ("→", "⇒", "➡", "➔", "⟶", "⇨", "->", "=>", "에서", "당초")
_TILDES_ALONE = tuple(TILDES)
_LABEL_STARTS = frozenset("’‘'`익내차상하연")  # what a period label may start with besides a figure
# what a period label may end with besides a figure: the last letter of a match of `_MONTH_POINT_RE` (`3월`, `3월
# 10일`, `3월 초`, `3월 중순`, `3월말`, `3월경`, `3월 중`, `3. 10.`, `3. 10.(월)`), `_SEASON_RE` (`상반기`, `연중`,
# `연간`, `연내`, `연초`, `연말`, `2분기`) or `_ALL_YEAR_RE` (`상시`, `매일`, `매주`, `매월`, `매분기`, `분기별`,
# `반기마다`, `월 2회`), or the tilde of a period left open (`’25. 1월 ~`, `2024. 3. ~`: from then on)
_LABEL_ENDS = frozenset("월일초순말경중.)기간내시주별다회" + TILDES)
_OPEN_END_RE = patterns.compile(rf"\s*[{TILDES}]")  # a period left open's tilde: read to the year's end
_DAY_NO_MONTH_AFTER_RE = patterns.compile(rf"\s*[{TILDES}]\s*{_DAY_NO_MONTH}")  # `~ 27.` after a range's first day
_OPEN = 1 << 30  # the end of a period with none (`3월부터`), as a month counted from year 0


class Period(NamedTuple):
    """The months an item runs in: its span, from `start` of `year` to `end` of `end_year` where that is another
    ((3, 5, 2025, None), (11, 2, 2025, 2026); the years None where none is known), and each month it prints,
    `months`, as ISO text (`2025-04`; `--04`, as XML Schema's gMonth writes a month of no year, where no year is
    known): every month of a range, only those listed of a list (`4월·9월`: April and September of the span 4–9),
    those between the start and the end of one work (`착공 : 3월 / 준공 : 12월`: 3–12), but those a bracket excludes
    (`3월~11월(7~8월 제외)`: 3–6 and 9–11 of the span 3–11; `연중(1월 제외)`: 2–12, the span too)."""
    start: int
    end: int
    year: int | None
    end_year: int | None
    months: tuple[str, ...]

    @classmethod
    def over(cls, start: int, end: int, year: int | None, end_year: int | None = None) -> Period:
        """The period running every month of its span."""
        first = 12 * (year or 0) + start - 1
        last = 12 * (end_year or year or 0) + end - 1
        return cls(start, end, year, end_year, _iso_range(first, last, year is not None))


def _iso_months(counted: Iterable[int], dated: bool) -> tuple[str, ...]:
    """Months counted from year 0 as ISO text, `2025-04`, or `--04` where their year is not known (not `dated`)."""
    return tuple(_iso_year(month // 12 if dated else None)[month % 12] for month in counted)


def _iso_range(first: int, last: int, dated: bool) -> tuple[str, ...]:
    """Every month from `first` to `last` (counted from year 0) as ISO text (`_iso_months`), a year's at a time."""
    if first // 12 == last // 12:  # most periods are within one year
        return _iso_year(first // 12 if dated else None)[first % 12:last % 12 + 1]
    months: tuple[str, ...] = ()
    for year in range(first // 12, last // 12 + 1):
        months += _iso_year(year if dated else None)[max(first - 12 * year, 0):last - 12 * year + 1]
    return months


@functools.cache  # a few years, each asked of every period in it
def _iso_year(year: int | None) -> tuple[str, ...]:
    """A year's twelve months as ISO text (`2025-01` … `2025-12`), or those of no year known (`--01` … `--12`)."""
    return tuple(f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}" for month in range(1, 13))


class _Point(NamedTuple):
    """A month, half or quarter as printed, its first and last month, and whether it is one where it stands
    alone: a month printed alone prints 월, its day or its year (a `3.` alone is a list's number, `2025. 3.` a
    month)."""
    match: regex.Match
    first: int
    last: int
    alone: bool = True


def parse_period(text: str, year: int | None = None, item: str | None = None) -> Period | None:
    """The months a text prints: `4월`, `4월 30일`, `2월~3월`, `4~6월`, `(3.10.)`, `3. 4.(화) ~ 5. 28.(수)`,
    `3월, 9월`, `연중`, `상반기`, `2분기`, and what runs all year (`상시`, `매월 1회`, `분기별`: 1–12) →
    (start, end, year, end year). A text printing several periods runs over them all (`발주 2월, 착수 3월`: 2–3).

    A month printing no year is in `year`, the report's (or, with none given, in the year printed before it);
    the period's start is in `year` or the year it prints (`’26. 1월` in 2025 is 1–1 of 2026), and its end in
    the same, or where it is another, in the end year (`11월 ~ 익년 2월` and `11월~2월` in 2025 are 11 of 2025 to
    2 of 2026; `2023. 9월 ~ 2024. 3월` 9 of 2023 to 3 of 2024; `열람공고 7월 / 결정고시 ’26. 3월` 7 of 2025 to 3
    of 2026), which is None otherwise.

    A plan's change has the new period (`당초 5월 → 변경 8월`: 8–8; `_CHANGE_LINK_RE`); `item`, the whole item the
    text is a field's value of, may say the text's pair of periods is one (`일정 변경 : 5월 → 8월`)."""
    found = _find_period(text, year, item)
    return found[2] if found else None


def parse_period_label(text: str, year: int | None = None) -> Period | None:
    """The period of a text that prints a period and nothing else (`3월`, `3. 10.(월)`, `4월~5월`): a label
    that dates what follows it (`3월 : 상반기 정리 보고회`)."""
    text = text.strip()
    if not text[:1].isdigit() and text[:1] not in _LABEL_STARTS:  # most labels are names, not periods
        return None
    if text[-1:] not in _LABEL_ENDS and not text[-1:].isdigit():  # nor do those starting as one end as one
        return None
    found = _find_period(text, year)
    return found[2] if found and found[0] == 0 and (
        found[1] == len(text) or _OPEN_END_RE.fullmatch(text, found[1]) is not None) else None


# words that print no month point nor season, and close no bracket: no 월, point, nor slash or hyphen before a
# figure, which each point of `_MONTH_POINT_RE` prints (`3월`, `3. 10.`, `2025-04-01`), nor 반기, 분기 or a word of
# the whole year, which each season of `_SEASON_RE` prints (`상반기`, `3분기`, `연중`)
_NO_PERIOD_WORDS = r"(?:(?![반분]기|연[중간내초말]|[/-]\d)[^월.)])*"
# the shapes most items' values print: a month or a range of two, each printing 월 right after its figure (`3월`,
# `9월~11월`, `4월 - 5월`) or the range's last alone (`4~6월`), alone, in brackets after words (`사업장 15개소,
# 320명(3월~5월)`), or before a `/` or `,` and words (`3월~5월 / 24,000천원`, `2월~5월, 48개소`, `11월 / 외부기관`).
# The words print no point nor season and close no bracket (`_NO_PERIOD_WORDS`), so such a text prints no other
# point, no aside (a bracket closing after the months holds them alone), as-of date, change or open range, and
# `_plain_months` reads it as `_month_points` and `_span` do, for a fraction of the cost (a match of
# `_MONTH_POINT_RE` alone costs several times this pattern's)
_PLAIN_MONTHS_RE = patterns.compile(
    rf"\s*(?:{_NO_PERIOD_WORDS}\()?({MONTH_FIGURE})"
    rf"(?:월(?:\s*[{_RANGE_DASHES}]\s*({MONTH_FIGURE})월)?|\s*[{_RANGE_DASHES}]\s*({MONTH_FIGURE})월)\)?"
    rf"(?:\s*[/,]{_NO_PERIOD_WORDS})?\s*")


def _plain_months(text: str, year: int | None) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of a text of the plainest shape (`_PLAIN_MONTHS_RE`), as the
    full reading gives it (a range backwards, `11월~2월`, ends in the next year); None for any other text."""
    if (match := _PLAIN_MONTHS_RE.fullmatch(text)) is None:
        return None
    first_printed, last_printed, last_alone = match.groups()  # the groups read once: each read is a call
    first = last = int(first_printed)
    start, end = match.span(1)
    if last_printed or last_alone:  # a range (`9월~11월`, `4~6월`)
        last, end = int(last_printed or last_alone), match.end(2 if last_printed else 3)
    where = start, end + 1
    if first <= last:  # within the year, as `_in_year` reads it, without its general steps
        return *where, Period(first, last, year, None, _iso_year(year)[first - 1:last])
    start = 12 * (year or 0) + first - 1
    end = start + last - first + 12
    return *where, _in_year(start, end, year, False, [(start, end)])


# a range of months within the year printed before it, as most items' terms print one (`2023. 1. ~ 12.`, `2022. 1월 ~
# 12월`, `’25. 3월~6월`), each month marked alike, and nothing after it: the shape `_plain_year_range` reads as
# `_month_points` and `_span` do, for a fraction of the cost
_PLAIN_YEAR_RANGE_RE = patterns.compile(
    rf"\s*({YEAR})\s*[.년]\s*({MONTH_FIGURE})([.월])\s*[{_RANGE_DASHES}]\s*({MONTH_FIGURE})\3\s*")


def _plain_year_range(text: str) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of a range of months within the year it prints
    (`_PLAIN_YEAR_RANGE_RE`: `2023. 3. ~ 12.` is 3–12 of 2023), as the full reading gives it; None for any other
    text (a range back to an earlier month, `2024. 11. ~ 2.`, runs into the next year)."""
    if (match := _PLAIN_YEAR_RANGE_RE.fullmatch(text)) is None:
        return None
    printed, first_printed, _, last_printed = match.groups()
    first, last, year = int(first_printed), int(last_printed), full_year(printed)
    if first > last:
        return None
    return match.start(1), match.end(4) + 1, Period(first, last, year, None, _iso_year(year)[first - 1:last])


# a half or the whole year alone, as most items' values print one (`상반기`, `연중`), an amount after it or not
# (`연중 / 804,000천원`): the shape `_plain_season` reads as `_season_points` and `_span` do, for a fraction of the
# cost (not `연말연시`, which runs into the next year, nor a quarter, a year before it or a particle after it)
_PLAIN_SEASON_RE = patterns.compile(rf"\s*(상반기|하반기|연중|연간|연내|연초|연말)"
                                    rf"(?:\s*/\s*[0-9][0-9,]*(?:{MONEY_SCALES})?원)?\s*")


def _plain_season(text: str, year: int | None) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of a text of a half or the whole year alone
    (`_PLAIN_SEASON_RE`: `하반기` is 7–12 of `year`), as the full reading gives it; None for any other text."""
    if (match := _PLAIN_SEASON_RE.fullmatch(text)) is None:
        return None
    first, last = _HALF[match[1]]
    return *match.span(1), Period(first, last, year, None, _iso_year(year)[first - 1:last])


def _find_period(text: str, year: int | None, item: str | None = None) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of the months a text prints (`_printed_period`); it runs in the
    months between a work's start and end too (`_with_work_between`), not in those a bracket excludes
    (`_without_excluded`), its span from the first month it runs in to the last (`연중(1월 제외)`: 2–12). `item` is
    the whole item the text is a field's value of, whose labels name the steps."""
    if "--" in text:
        text, item = _dash_run_as_one(text), item and _dash_run_as_one(item)
    if (found := _printed_period(text, year, item)) is None:
        return None
    start, end, period = found
    months = period.months
    steps = item or text
    if _WORK_START_RE.search(steps) and _WORK_END_RE.search(steps):  # most items print no work's start, nor its end
        months = _with_work_between(months, steps)
    if "제외" in text:
        months = _without_excluded(months, text)
    return start, end, (_over_months(months) if months != period.months else period)


# a run of hyphens, as pandoc's markdown prints an en dash (`3월--5월`, `9. 1. -- 12. 31.`, its smart extension
# writing `–` as `--`) or an em dash (`---`)
_DASH_RUN_RE = patterns.compile(r"-{2,3}")


def _dash_run_as_one(text: str) -> str:
    """A text with each run of hyphens one, blanks for the rest (so that a period's place in it stands): a range's
    dash. Before, `3월--5월` ran in March and May alone."""
    return _DASH_RUN_RE.sub(lambda run: "-" + " " * (len(run[0]) - 1), text)


def _over_months(months: tuple[str, ...]) -> Period:
    """The period running in `months` (ISO text, in order), its span from the first to the last."""
    first, last = months[0], months[-1]
    if first.startswith("--"):
        return Period(int(first[-2:]), int(last[-2:]), None, None, months)
    first_year, last_year = int(first[:4]), int(last[:4])
    return Period(int(first[-2:]), int(last[-2:]), first_year, last_year if last_year != first_year else None, months)


# a step that starts or ends one work, dated by its month, its day or a range of them: its word before the date
# (`착공 : 3월`, `착공(3월)`, `준공 : 익년 2월`, `착공 : ’25. 4. 7.`, `접수 : 3월~5월`, `접수 : 3. 4.(화) ~ 5. 28.`) or
# after it (`3월 착공`, `3월 중 접수`, `12월말 준공`, `4. 7. 착공`, `3월~5월 접수`); a range starts a work at its
# first month (`month`) and ends one at its last (`last`)
_WORK_STARTS = ("착공", "착수", "시작", "개시", "접수")
_WORK_ENDS = ("준공", "완공", "완료", "종료", "선정", "마감")
# one search each, not one `in` a word: an item prints a work's start and end before its steps are read
_WORK_START_RE, _WORK_END_RE = (patterns.compile("|".join(words)) for words in (_WORK_STARTS, _WORK_ENDS))
_WORK_STEP = rf"(?:(?P<start>{'|'.join(_WORK_STARTS)})|(?P<end>{'|'.join(_WORK_ENDS)}))"
_WORK_MONTH, _WORK_LAST = rf"(?P<month>{MONTH_FIGURE})", rf"(?P<last>{MONTH_FIGURE})"


def _work_date(month: str) -> str:
    """A step's date, its month as the group `month` names: `3월`, `3월 10일`, `익년 2월`, `4. 7.`, `’25. 4. 7.(월)`,
    `2025-04-07`, `2025/4/7`."""
    return (rf"(?:(?:{_YEAR_BEFORE})?{month}\s*월(?:\s*{_DAY}\s*일)?"
            rf"|(?:{_YEAR_POINT})?{month}\s*\.\s*{_DAY}\s*\.{WEEKDAY}"
            rf"|(?<![\d/-]){FOUR_DIGIT_YEAR}[-/]{month}[-/]{_DAY}(?![\d/-]))")


# a date, or a range of two (`3월~5월`, `4~6월`, `3. 4. ~ 5. 28.`, `4월 1일 ~ 30일`)
_WORK_DATES = (rf"(?:{_WORK_MONTH}\s*[{_RANGE_DASHES}]\s*{_WORK_LAST}\s*월|{_work_date(_WORK_MONTH)}"
               rf"(?:\s*[{_RANGE_DASHES}]\s*(?:{_work_date(_WORK_LAST)}|{_DAY}\s*[일.]))?)")
_WORK_STEP_RE = patterns.compile(
    rf"{_WORK_STEP}\s*(?:예정\s*)?[:：(]?\s*{_WORK_DATES}"
    rf"|(?<![\d{_RANGE_DASHES}]\s*){_WORK_DATES}(?:\s*(?:초순?|[상중하]순|말경?|경|중))?\s*{_WORK_STEP}")


def _with_work_between(months: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The months an item runs in, with those between the start of a work and its end where it dates both by their
    month, day or range (`착공 : 3월 / 준공 : 12월`, `공사 : 3월 착공 → 12월 준공`, `3월 접수 → 5월 선정`, `착공 :
    4. 7. / 준공 : 12. 31.`, `접수 : 3월~5월 / 선정 : 9월`: 3–12, 3–5, 4–12, 3–9): the work goes on between. Not
    between steps that neither start nor end one work (`열람공고 : 7월 / 결정고시 : ’26. 3월`, `1차 : 4월 / 2차 :
    9월`: events of a list, in their months alone)."""
    steps = [(True, int(step["month"])) if step["start"] else (False, int(step["last"] or step["month"]))
             for step in _WORK_STEP_RE.finditer(text)]
    first = next((k for k, (starts, _) in enumerate(steps) if starts), None)
    last = next((k for k in range(len(steps) - 1, -1, -1) if not steps[k][0]), None)
    if first is None or last is None or last < first:
        return months
    numbers = [int(month[-2:]) for month in months]
    begin = next((k for k, number in enumerate(numbers) if number == steps[first][1]), None)
    finish = next((k for k in range(begin or 0, len(months)) if numbers[k] == steps[last][1]), None)
    if begin is None or finish is None:
        return months
    counted = [_counted(month) for month in months]
    between = range(counted[begin], counted[finish] + 1)
    return _iso_months(sorted({*counted, *between}), not months[0].startswith("--"))


def _counted(month: str) -> int:
    """An ISO month (`2025-04`, `--04`) counted from year 0 (`--04` in year 0)."""
    year, _, number = month.rpartition("-")
    return 12 * int(year.strip("-") or 0) + int(number) - 1


# a bracket that excludes months from the period it follows: `연중(동절기 12월~2월 제외)`, `3월~11월(7~8월 제외)`
_EXCLUDED_RE = patterns.compile(r"\(([^()]*제외[^()]*)\)")
_ANY_YEAR = 1  # the year an excluded range is read in, so that one back to an earlier month runs into the next


def _without_excluded(months: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The months an item runs in, but those of the year a bracket excludes (`연중(동절기 12월~2월 제외)`: March to
    November; `3월~11월(7~8월 제외)`: 3–6 and 9–11), in each year it runs. Where it would exclude every month, it
    excludes none."""
    excluded = {int(month[-2:]) for match in _EXCLUDED_RE.finditer(text)
                if (found := _printed_period(match[1], _ANY_YEAR)) for month in found[2].months}
    kept = tuple(month for month in months if int(month[-2:]) not in excluded)
    return kept or months


def _printed_period(text: str, year: int | None, item: str | None = None) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of the months a text prints: the span of its ranges, lists and
    months alone. Only where it prints no month, that of its halves and quarters (so `상반기 집중 정리(3월~5월)` is
    3–5), and only where it prints neither, a word of what runs all year (`매월`) gives 1–12."""
    # each pattern is tried only when the text holds a character it needs: most texts need none
    if (wol := "월" in text) and (found := _plain_months(text, year)):
        return found
    if (wol or "." in text) and (found := _plain_year_range(text)):
        return found
    if ((wol or "." in text or "-" in text or "/" in text)
            and (points := _month_points(text, year))
            and (found := _span(_with_seasons_apart(points, text), text, year, item))):
        return found
    if (((half := "반기" in text) or (quarter := "분기" in text)
         or ("연" in text and any(word in text for word in _YEAR_PART_WORDS)))  # each of them starts with 연
            and (found := _plain_season(text, year) or _span(_season_points(text), text, year, item))):
        return found
    # the words of _ALL_YEAR_RE hold 월, 분기 or 반기 (asked above), or one of these
    if ((wol or half or quarter or "매" in text or "상시" in text or "격주" in text
         or ("회" in text and "주" in text)) and (match := _ALL_YEAR_RE.search(text))):
        return match.start(), match.end(), Period.over(1, 12, year)
    return None


# the groups a point is read by, by number (`groupindex`): each point is read several times. The year
# printed before it is numbered alike in both patterns, which `_YEAR_BEFORE` opens
_POINT_MONTH, _POINT_WOL, _POINT_DAY = (_MONTH_POINT_RE.groupindex[name] for name in ("month", "wol", "day"))
_POINT_HALF, _POINT_QUARTER = _SEASON_RE.groupindex["half"], _SEASON_RE.groupindex["quarter"]
_POINT_YEAR, _POINT_NEXT, _POINT_YY = (_MONTH_POINT_RE.groupindex[name] for name in ("year", "next", "yy"))
_POINT_RANGED = _MONTH_POINT_RE.groupindex["ranged"]
assert all(_SEASON_RE.groupindex[name] == _MONTH_POINT_RE.groupindex[name] for name in ("year", "next", "yy"))


def _month_points(text: str, year: int | None) -> list[_Point]:
    """The months a text prints, but those that date the figures counted (`(’25. 5. 31. 기준)`), those of an
    aside (`_asides`), those an amount is of where the text says otherwise when it runs (`_without_paid_for`) and
    those of a range whose two digits before each month name no year near the report's (`13. 3. ~ 14. 2.` in 2025,
    or with no year known: `_YY`)."""
    dated = "기" in text or "현" in text  # else no month is an as-of date
    asides = _asides(text)
    points = [_Point(point, month := int(point[_POINT_MONTH]), month,
                     bool(point[_POINT_WOL] or point[_POINT_DAY] or point[_POINT_YEAR]))
              for point in _MONTH_POINT_RE.finditer(text)
              if not (dated and _is_as_of(text, point)) and not _within(point, asides)
              and not (point[_POINT_RANGED] is not None and not _short_year(point[_POINT_YY], year or 0))]
    return _without_paid_for(points, text, seasons=True) if "분" in text else points


# what follows a month or quarter that an amount is of, not when it is paid: `(5월분)`, `5월분 지급`, `5월 지급분`,
# `(2분기분)` (not `5월 분양`, `5월분기`)
_PAID_FOR_RE = patterns.compile(r"\s*(?:지급\s*)?분(?!\p{Hangul})")


def _with_seasons_apart(points: list[_Point], text: str) -> list[_Point]:
    """The months `points` with each half or quarter printed in a part of the text of its own (parted by `,` or `/`
    outside brackets) where no month is, and holding none of the months printed: a run of its own (`2월~3월 검토,
    하반기 시행`: 2–3 and 7–12; before, 2–3); and with each joined to a month as a range's or list's part
    (`12월~연말연시`, `연말연시·12월`: 12 to 1 of the next year; `상반기·9월`: 1–6 and 9), one of their run. A half
    beside months otherwise, in one part or holding one of them, is what they date more closely, or names the work
    (`상반기 집중 정리(3월~5월)`, `연말연시(12월)`, `2025년 하반기 인사운영 추진 6월`, a schedule's step `1월~2월, 7월 /
    상반기 / 하반기`): the months alone."""
    if "기" not in text and "연" not in text:  # no half, quarter nor whole year: most texts
        return points
    cuts, depth = [0], 0
    for k, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in ",/":
            cuts.append(k)
    part = functools.partial(bisect.bisect_right, cuts)
    with_months = {part(point.match.start()) for point in points}
    apart = [season for season in _season_points(text) if _joined_to_a_month(season, points, text)
             or (part(season.match.start()) not in with_months
                 and not any(season.first <= point.first <= season.last for point in points))]
    return sorted([*points, *apart], key=lambda point: point.match.start()) if apart else points


def _joined_to_a_month(season: _Point, points: list[_Point], text: str) -> bool:
    """Whether a half or quarter is joined to a month right before or after it as a range or list (`_link`)."""
    return any(_link(text[a.match.end():b.match.start()]) in ("range", "list")
               for point in points for a, b in ((point, season), (season, point)) if a.match.end() <= b.match.start())


def _without_paid_for(points: list[_Point], text: str, seasons: bool) -> list[_Point]:
    """The months (or quarters) of `points` but those an amount is of (`1,235,000천원(5월분)`) where the text says
    otherwise when the item runs: by another of `points` (`6월 / 1,235,000천원(5월분)`: June), a half or the whole
    year where `points` are months (`seasons`: `연중 / … (5월분)`), or as what runs all year (`매월 25일 / …
    (5월분)`, `분기별 / … (2분기분)`: every month, May's share paid in one of them). Where it says nothing else,
    the month is when it runs (`5월분 지급 완료`: May)."""
    paid_for = [point for point in points if _PAID_FOR_RE.match(text, point.match.end())]
    if not paid_for or (len(paid_for) == len(points) and not _ALL_YEAR_RE.search(text)
                        and not (seasons and _season_points(text))):
        return points
    return [point for point in points if point not in paid_for]


# a bracket that tells of other months than the item's: what it excludes, the plan it replaced, the year before, a
# notice ahead (`연중(동절기 12월~2월 제외)`, `7월~9월(당초 3월~5월)`, `2월(전년 12월 사전 안내)`)
_ASIDE_RE = patterns.compile(r"\([^()]*(?:제외|당초|전년|작년|사전)[^()]*\)")
# a bracket right after a date (its weekday after it or not) that dates another thing by its own label: `’25. 4. 7.
# (휴관 4. 1. ~ 8. 31.)`, `5월(우천 시 6월)`; not a label of a period, a change, a year or a step of the work itself,
# which date the item (`(기간 …)`, `(변경 8월)`, `(익년 2월)`, `(준공 12. 31.)`), nor a bracket with no date before it
_NOTE_LABELS_OF_ITEM = (r"기간|일정|예정|기한|시기|변경|연기|조정|순연|익년|내년|차년|다음|이듬|금년|올해|당해|매"
                        r"|착공|준공|완공|완료|종료|개관|개원|개소|개통|착수|시행|발주")
_NOTED_DATE_RE = patterns.compile(
    r"\((?<=\d\s*[.일월]\s*(?:\([월화수목금토일]\)\s*)?\()"  # the bracket first: most texts print none
    rf"\s*(?!{_NOTE_LABELS_OF_ITEM})\p{{Hangul}}+(?:\s+\p{{Hangul}}+)?\s*[:：]?\s*[’‘'`]?\d[^()]*\)")


def _asides(text: str) -> list[tuple[int, int]]:
    """Where a text's brackets print months that are not its own (`_ASIDE_RE`, `_NOTED_DATE_RE`)."""
    if "(" not in text:
        return []
    return [match.span() for pattern in (_ASIDE_RE, _NOTED_DATE_RE) for match in pattern.finditer(text)]


def _within(point: regex.Match, spans: list[tuple[int, int]]) -> bool:
    return any(start <= point.start() < end for start, end in spans)


def _season_points(text: str) -> list[_Point]:
    """The halves, whole years and quarters a text prints (`상반기`: 1–6, `상·하반기`, `연중`: 1–12, `2분기`: 4–6), but
    those of an aside (`_asides`) and those an amount is of where the text says otherwise when it runs
    (`_without_paid_for`)."""
    points = []
    asides = _asides(text)
    for point in _SEASON_RE.finditer(text):
        if _within(point, asides):
            continue
        if half := point[_POINT_HALF]:
            points.append(_Point(point, *_HALF.get(half, (1, 12))))
        else:
            quarter = int(point[_POINT_QUARTER])
            points.append(_Point(point, 3 * quarter - 2, 3 * quarter))
    return _without_paid_for(points, text, seasons=False)


def _span(points: list[_Point], text: str, year: int | None, item: str | None) -> tuple[int, int, Period] | None:
    """(where it starts, where it ends, its period) of what `points` print: each run of them joined as a range or
    list (`3월~5월`, `3월, 9월`), and each one alone that may stand alone, over them all, but a run a change
    replaced (`_replaced`); its months are those of each range and of each month or range listed (`3월~4월, 9월`:
    March, April and September)."""
    if not points:
        return None
    runs = _runs(points, text) if len(points) > 1 else [(points, [])]
    if len(runs) > 1 and any(mark in text for mark in _CHANGE_MARKS):
        runs = _replaced(runs, text, item or text)
    # whether a month alone may open a range (`3월부터`, `4월~`, `~6월`): most texts print none of these words
    may_open = "부터" in text or "까지" in text or "이후" in text or not _RANGE_MARKS.isdisjoint(text)
    base, carried = (year if year is not None else 0), None
    start = end = where = None  # the earliest month, the latest (months counted from year 0), where they are printed
    spans = []  # (first, last) of each range, month or range listed, as the months are counted
    own_years = []  # whether each of `spans` prints its year
    for run, links in runs:
        first, last = run[0], run[-1]
        if len(run) == 1:
            if not first.alone:
                continue
            carried = _printed_year(first.match, base, carried)
            run_start, run_end = 12 * carried + first.first - 1, 12 * carried + first.last - 1
            carried = run_end // 12  # `연말연시` ends in the next year
            if may_open:
                run_start, run_end = _open_range(text, first.match, run_start, run_end)
            spans.append((run_start, run_end))
            own_years.append(_prints_year(first))
        else:
            months = []  # (first, last) of each point
            for point, link in zip(run, [None, *links], strict=True):
                carried = _printed_year(point.match, base, carried)
                if link == "range" and point.last < months[-1][0] % 12 + 1 and carried == months[-1][0] // 12:
                    carried += 1  # a range back to an earlier month runs into the next year (`11월~2월`)
                months.append((12 * carried + point.first - 1, 12 * carried + point.last - 1))
                carried = months[-1][1] // 12  # `연말연시` ends in the next year
            listed = [k for k, link in enumerate(links, 1) if link == "list"]  # where a new one of the list starts
            parts = list(itertools.pairwise([0, *listed, len(run)]))
            run_spans = [(months[a][0], months[b - 1][1]) for a, b in parts]
            # the run spans its listed ones, a range crossing the year's end too (`3월, 12월~1월`: 3 to 1 of the
            # next), the months after it in the year it ends, as a list reads in order (`12월~1월, 3월`: 12 to 3 of
            # the next)
            run_start, run_end = min(run_spans)[0], max(last for _, last in run_spans)
            spans.extend(run_spans)
            own_years.extend(any(_prints_year(point) for point in run[a:b]) for a, b in parts)
        if start is None or run_start < start:
            start, printed = run_start, bool(first.match[_POINT_YEAR])
        end = run_end if end is None else max(end, run_end)
        where = (first.match.start() if where is None else where[0], last.match.end())
    if where is None:
        return None
    if len(spans) > 1 and (within := _within_a_year_of_the_years_end(spans, own_years)) != spans:
        spans = within
        start, end = min(first for first, _ in spans), max(last for _, last in spans)
    return (*where, _in_year(start, end, year, printed, spans))


def _prints_year(point: _Point) -> bool:
    """Whether a month, half or quarter prints its year before it (`2026. 3월`, `’26. 3.`, `익년 2월`)."""
    return bool(point.match[_POINT_YEAR] or point.match[_POINT_NEXT] or point.match[_POINT_YY])


def _within_a_year_of_the_years_end(spans: list[tuple[int, int]], own_years: list[bool]) -> list[tuple[int, int]]:
    """`spans` (months counted from year 0, in the order printed), but each after the first crossing the year's end
    (`12월~1월`) that, printing no year of its own (`own_years`), the year it ends in brought round to that one's
    first month again: it is that month of the year the crossing one starts (`12월~1월, 12월`: December of the
    report's year, already among the range's, not of the next; `12월~1월, 11월~12월`: 11 to 1, not 12 to 12 of the
    next). A month listed before it comes round stays in the next year (`12월~1월, 2월`, `12월~1월, 11월`)."""
    crossing = next((k for k, (first, last) in enumerate(spans) if last != _OPEN and last // 12 > first // 12), None)
    if crossing is None:
        return spans
    round_again = spans[crossing][0] + 12
    return [*spans[:crossing + 1],
            *((first - 12, last - 12) if not own_year and round_again <= last != _OPEN else (first, last)
              for (first, last), own_year in zip(spans[crossing + 1:], own_years[crossing + 1:], strict=True))]


def _prints_a_day(point: _Point) -> bool:
    """Whether a point prints its day (`2. 10.`): a month's may, a half's or quarter's (`_SEASON_RE`, no day group:
    `1/4분기 4월 5월`) never."""
    return bool(point.match.groupdict().get("day"))


def _runs(points: list[_Point], text: str) -> list[tuple[list[_Point], list[str]]]:
    """The runs of points joined as a range or list, each with how its points are joined ('range' or 'list'
    between each two). A run of three or more with nothing but spaces between (`1월 2월 3월 …`) is a schedule's
    header, not a period: no run; a run of days is none (`2002. 2. 19. 2018. 6. 2. 2020. 10. 5.`, a building's
    and its extensions')."""
    links = [_link(text[a.match.end():b.match.start()]) for a, b in itertools.pairwise(points)]
    in_schedule = set()
    for i in range(len(links) - 1):
        if links[i] == links[i + 1] == "space" and not any(_prints_a_day(point) for point in points[i:i + 3]):
            in_schedule |= {i, i + 1, i + 2}
    runs: list[tuple[list[_Point], list[str]]] = []
    for i, point in enumerate(points):
        if i in in_schedule:
            continue
        if runs and i - 1 not in in_schedule and links[i - 1] in ("range", "list"):
            runs[-1][0].append(point)
            runs[-1][1].append(links[i - 1])
        else:
            runs.append(([point], []))
    return runs


def _replaced(runs: list[tuple[list[_Point], list[str]]], text: str, item: str
              ) -> list[tuple[list[_Point], list[str]]]:
    """The runs but those a plan's change replaced (`당초 5월 → 변경 8월`: the 5월's; `_CHANGE_LINK_RE`)."""
    lone_pair = len(runs) == 2 and bool(_CHANGE_BEFORE_RE.search(item))
    kept = []
    for (old, links), (new, _) in itertools.pairwise(runs):
        link = _CHANGE_LINK_RE.fullmatch(text, old[-1].match.end(), new[0].match.start())
        if not (link and (_REPLACED_RE.search(text, 0, old[0].match.start()) or not link["field"] and (
                link["new"] or _CHANGED_RE.match(text, new[-1].match.end()) or (lone_pair and link["arrow"])))):
            kept.append((old, links))
    return [*kept, runs[-1]]


def _open_range(text: str, point: regex.Match, start: int, end: int) -> tuple[int, int]:
    """A month alone may open a range: from it on (`3월부터`, `4월~`, `6월 이후`), or up to it (`12월까지`, `~6월`);
    not a day whose range ends on a day alone (`2025. 3. 5. ~ 27.`, `3. 4.(화) ~ 10.(금)`: March alone). A season's
    point (`연중~`) prints no day."""
    after = text[point.end():point.end() + 4].lstrip()
    if after.startswith(_TILDES_ALONE) and "day" in point.re.groupindex and point["day"] and (
            _DAY_NO_MONTH_AFTER_RE.match(text, point.end())):
        return start, end
    if after.startswith(_TILDES_ALONE) or after.startswith(("부터", "이후")):
        return start, _OPEN
    if after.startswith("까지") or text[:point.start()].rstrip().endswith(_TILDES_ALONE):
        return start - start % 12, end
    return start, end


def _is_as_of(text: str, point: regex.Match) -> bool:
    """Whether a month dates the figures counted (`5.31. 기준`, `기준일: 5.31.`), not when the item runs."""
    return bool(_AS_OF_AFTER_RE.match(text, point.end()) or _AS_OF_BEFORE_RE.match(text, point.start()))


def _in_year(start: int, end: int, year: int | None, printed: bool, spans: list[tuple[int, int]]) -> Period:
    """The months from `start` to `end` (counted from year 0; `_OPEN`: no end, so on to the end of the report's
    year, or of the year it starts where that is later) with the year each is in: the end's only where it is
    another than the start's (`11월 ~ 익년 2월` in 2025: 11 of 2025 to 2 of 2026), and the months of its `spans`
    between. The years are known where the report's is given (`year`) or the start prints its own; else a period
    crossing a year keeps its part in the year it starts (`11월~2월` with no year known: 11–12)."""
    first_year = start // 12
    last_year = max(first_year, year or 0) if end == _OPEN else end // 12
    dated = year is not None or printed
    if not dated:
        last_year = first_year
    last_month = min(end, 12 * last_year + 11)
    if len(spans) == 1:  # most periods are one range
        months = _iso_range(max(spans[0][0], start), min(spans[0][1], last_month), dated)
    else:
        months = _iso_months(sorted({month for first, last in spans
                                     for month in range(max(first, start), min(last, last_month) + 1)}), dated)
    first, last = start % 12 + 1, last_month % 12 + 1
    if not dated:
        return Period(first, last, None, None, months)
    return Period(first, last, first_year, last_year if last_year != first_year else None, months)


def _printed_year(point: regex.Match, base: int, before: int | None) -> int:
    """The year a month prints (`2024. 3월`, `’24. 3.`, `익년 2월`: the report's next), else that of the month
    printed before it, else the report's (`base`: 0 where no year is known; then only the years between months
    tell)."""
    if printed := point[_POINT_YEAR]:
        return full_year(printed)
    if point[_POINT_NEXT]:
        return base + 1
    if (yy := point[_POINT_YY]) and (short := _short_year(yy, base)):
        return short
    return before if before is not None else base


def _short_year(printed: str, base: int) -> int | None:
    """The year two digits without their apostrophe name (`26` of `26. 3월`), where it is near the report's
    (`base`; 0 where none is known): else they are a list's number (`12. 3월 개최`), or may be."""
    short = full_year(printed)
    return short if base and abs(short - base) <= _SHORT_YEAR_REACH else None


def numbers_a_year(text: str, year: int | None) -> bool:
    """Whether a text's first two digits and point are read as the year of the period right after them (`24.
    12월`, `26. 3월 착공`, `23. 하반기` in a 2025 report), which they are where they are no list's number."""
    point = _MONTH_POINT_RE.match(text) or _SEASON_RE.match(text)
    return bool(point and (yy := point[_POINT_YY]) and year and _short_year(yy, year))


def _link(between: str) -> str | None:
    """How two months printed one after the other are joined: 'range', 'list', 'space' or not at all (None)."""
    if not between.strip():
        return "space"
    match = _LINK_RE.fullmatch(between)
    return None if not match else ("range" if match.group("range") else "list")
