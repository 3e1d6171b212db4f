"""Text reports into the document model: what document converters and `pdftotext -layout` print.

Encoding is told by content (BOM, then strict UTF-8, then CP949, which covers EUC-KR). Tables come
tab-separated, as markdown `|` rows, as HTML or pandoc grid tables or drawn in box characters (see
`pipeline.markup_tables`), as space-aligned columns (see `pipeline.aligned`), or a cell a line (see
`pipeline.cell_lines`).
"""

from __future__ import annotations

import bisect
import codecs
import enum
import functools
import heapq
import html
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import regex

from pipeline import patterns
from pipeline.aligned import BULLET_MARKS, GOES_ON, AlignedRows, display_width
from pipeline.cell_lines import cell_line_tables
from pipeline.cover_columns import cover_in_columns
from pipeline.document import (
    BARE_PART_RE,
    BOX_MARKS,
    CONTINUED_RE,
    MAX_HEADER_ROWS,
    REPORT_PART_RE,
    Block,
    Bullet,
    Document,
    Heading,
    Paragraph,
    PrintedTable,
    Table,
    add_table,
    build_document,
    header_end,
    is_figure,
    is_label,
    is_noted_figure,
    is_table_units_or_date,
    joined_past_notes,
    page_starts_between,
    unit_in,
)
from pipeline.errors import ReportError
from pipeline.inline_math import without_inline_math
from pipeline.markup_tables import (
    BOX_DRAWING_RE,
    box_tables,
    grid_header_rows,
    grid_table,
    html_document_lines,
    html_table,
    in_a_part,
    is_grid_border,
    multiline_table,
    multiline_table_end,
    parts_laid_out,
    snapped,
)
from pipeline.one_space_tables import one_space_tables, parted_labels
from pipeline.rules import THEMATIC_BREAK_STARTS, is_thematic_break
from pipeline.tika_tables import tika_tables
from pipeline.values import (
    FOUR_DIGIT_YEAR,
    LETTERS,
    LITERAL_MARKUP,
    OFFICE_SUFFIX,
    OTHER_CIRCLED,
    compact,
    is_grade,
    is_total,
    label_groups,
    normalize_chars,
    parse_count,
    parse_decimal,
    superscript,
)
from schemas.budget import budget_code

# UTF-32's before UTF-16's: the little-endian UTF-32 mark starts with UTF-16's
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_DECODINGS = (("utf-8", "UTF-8"), ("cp949", "CP949/EUC-KR"))
_CUT_OFF = ("unexpected end of data", "incomplete multibyte sequence")  # the decoders' words for it


def decode(path: str, data: bytes) -> str:
    """Bytes to text: a BOM decides, else UTF-16 where zero bytes show it, else UTF-8 if it decodes strictly,
    else CP949/EUC-KR. Text with a few stray NUL bytes (a converter's) keeps them, for `read_text` to drop."""
    if not data.strip():
        raise ReportError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReportError(path, f"not valid {encoding} despite its byte-order mark") from exc
            if not text.strip("\ufeff \t\r\n"):
                raise ReportError(path, "empty file")
            return text
    if b"\x00" in data:
        text = _utf16_without_bom(data) or _with_stray_nul_bytes(data)
        if text is None:
            raise ReportError(path, "binary data, not a text report")
        return text
    text = _decoded(data)
    if text is None:
        raise ReportError(path, _undecodable(data))
    return text


def _decoded(data: bytes) -> str | None:
    """UTF-8 if it decodes strictly, else CP949/EUC-KR, to mostly printable text; None if neither does."""
    for encoding, _ in _DECODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_printable(text.replace("\x00", "")):
            return text
    return None


def _with_stray_nul_bytes(data: bytes) -> str | None:
    """Text holding a few NUL bytes, as a converter may leave one in it: under 1% of its bytes, and the rest
    UTF-8 or CP949 text (a NUL byte is a character of its own in both), the NUL characters kept in place. Random
    bytes, images and archives hold more, and do not decode."""
    if data.count(0) * 100 >= len(data):
        return None
    return _decoded(data)


def _undecodable(data: bytes) -> str:
    """Why text that neither encoding reads is refused: one that reads all but a few bytes (one damaged,
    or the file cut in the middle of a character) is that encoding, and the first such byte is named."""
    for encoding, name in _DECODINGS:
        text = data.decode(encoding, "replace")
        if text.count("\ufffd") <= len(text) // 100 and _mostly_printable(text):
            try:
                data.decode(encoding)
            except UnicodeDecodeError as exc:
                line = data.count(b"\n", 0, exc.start) + 1
                if exc.reason in _CUT_OFF:
                    return f"{name} text cut off in the middle of a character (offset {exc.start:,}, line {line})"
                return f"{name} text with an invalid byte 0x{data[exc.start]:02X} at offset {exc.start:,} (line {line})"
    return "cannot decode the text: neither UTF-8 nor CP949/EUC-KR"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without its byte-order mark (as some word processors' 'Unicode text' does), told by where
    the zero bytes of its ASCII characters fall: odd offsets little-endian, even ones big-endian."""
    head = data[:4096]
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if len(data) % 2 or max(odd, even) < len(head) // 8 or min(odd, even) * 10 > max(odd, even):
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text and _mostly_printable(text) else None


# `re`, not `regex`: over a whole text, the standard engine scans for a class of characters about seven times faster
_UNPRINTABLE_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff]")


def _mostly_printable(text: str) -> bool:
    """Control characters and private-use code points: a wrong guess at the encoding, or no text."""
    return len(_UNPRINTABLE_RE.findall(text)) <= len(text) // 100


_HEADING_RE = patterns.compile(r"^(#{1,6})\s*(.*)$")
_CLOSING_HASHES_RE = patterns.compile(r"\s*#*$")  # `## 제목 ##`: markdown's optional closing sequence
_BOX_RE = patterns.compile(r"^([□■◼▣])\s*(.*)$")
_ITEM_BOX_MARKS = BOX_MARKS - {"□"}  # the box marks that may mark an item under a box heading of another mark
_CIRCLED_MARKS = "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
_CIRCLED = frozenset(_CIRCLED_MARKS)
_CIRCLED_RE = patterns.compile(r"^([①-⑳])\s*(.+)$")
# a roman numeral's heading; in ASCII letters, a full stop after the numeral, or a hyphen, dash, bracket or colon
# before Hangul or a year (`III - 2026년 주요업무 계획`), not a word (`X-ray`) or a sub-part's number (`V-1`)
_ROMAN_RE = patterns.compile(r"^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)"
                             rf"\s*(?:\.|[-–—):]\s*(?=\p{{Hangul}}|{FOUR_DIGIT_YEAR}|[’‘'`]\d)))\s*\S")
# a symbol's mark may stand right before its text (`○청사 시설 정비`), but for `*` (markdown's emphasis)
_BULLET_RE = patterns.compile(rf"^([{BULLET_MARKS}]|\d{{1,2}}\)|\(\d{{1,2}}\)|[{LETTERS}][.)]|\([{LETTERS}]\))"
                           rf"(?:\s+|(?<=[{BULLET_MARKS.replace('*', '')}])(?=\p{{Hangul}}))(.*)$")
# Marks a report prints its bullets with beyond those, told by what they are (`_own_mark`): a dash, punctuation or
# symbol (categories Pd Po So: no bracket, quote, operator, currency), but a minus sign (`△ 3`), a tilde (a period
# going on, `〜 12월`), ditto (`〃`, the text above) or a telephone (`☎ 2670-3101`)
_OWN_MARK_CATEGORIES = frozenset(("Pd", "Po", "So"))
_NOT_OWN_MARKS = frozenset("△▲〜〃☎☏") | BOX_MARKS
# the ASCII letters a symbol font's bullet prints as where the font is missing (Wingdings' `l` ●, `n` ■, `q` ❑,
# `u` ◆, `v` ❖), and Word's second level's bullet, an `o` in Courier New (`o<tab>대상: …` in LibreOffice's text of a
# .docx); a capital is a word's (`I 일반현황`, a plain `I` for `Ⅰ`)
_SYMBOL_FONT_LETTERS = frozenset("lnoquv")
_OWN_MARK_GAPS = frozenset(" \t")  # what parts such a mark from its text: a space, or the tab after a list's label
_LATIN_END = "\u0250"  # Latin letters end here: a symbol font's bullet printed as the letter of its code (`Ÿ`, `l`)
# a page's number centred at its foot run into the next page's first line, as PyMuPDF's text of each page (no line
# break at its end) joined prints it: `- 1 -2025년 주요업무 보고`
_PAGE_NUMBER_RUN_ON_RE = patterns.compile(r"^\s{10,}[-–—] \d{1,4} [-–—](?=\S)")
_PAGE_NUMBER_ENDS = frozenset("-–—0123456789")
_PAGE_NUMBER_STARTS = _PAGE_NUMBER_ENDS | {"{"}
PAGE_NUMBER_RE = patterns.compile(r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4})\s*$")
# a contents entry's leaders and page number on a line of their own (`ㆍ ㆍ ㆍ 1` under `Ⅰ. 일반 현황`), as PDF text
# in content order prints them (PyMuPDF's `get_text()`, pypdf's `extract_text()`: the page number a cell of its own)
_LEADERS_ALONE = r"[ \t]*+(?:[.·…ㆍ][ \t]*+){3,}+\d{1,3}+[ \t]*+"
_LEADERS_ALONE_RE = patterns.compile(_LEADERS_ALONE)  # a line's fullmatch
# such a line in a text searched with a newline before it: `re` scans for a pattern's first character in C, where
# `(?m)^` is tried at every character (about 0.3 M instructions a report, six times as many)
_LEADERS_LINE_RE = patterns.compile(rf"(?m)\n{_LEADERS_ALONE}$")
# the line marker prints between pages (`--paginate_output`): the next page's index in braces and a rule,
# `{3}------------------------------------------------`; before, an item of the project above it
_PAGE_SEPARATOR_RE = patterns.compile(r"^\s*\{\d{1,4}\}-{3,}\s*$")
# stands in for a list's mark a PDF draws but prints no text for (`_lost_marks_restored`, read_pdf's `_marks_lost`):
# a private-use character, as a symbol font's mark reads where it has a map (Wingdings' `\uf0a7`), which the text
# reader takes for a mark
LOST_MARK = "\ue000"
_FULL_LINE = 50  # display columns: a paragraph's line this wide was wrapped at the text's width
_WORD_WIDTH = 8  # display columns (four syllables): how far short of the right margin a wrapped line may end
_HANGUL_RE = patterns.compile(r"\p{Hangul}")
_OPENING, _CLOSING = "([（<〈《【", ")]）>〉》】"  # brackets around a line of its own: a unit, a date
# a line numbered as a title or list item is: `1. `, `1) `, `1 `, `①`, or with its part's number, `2-1. ` (as the
# projects extractor reads a list-numbered title; its mark printed, so that `3-1 공구` stays text)
_NUMBERED_START_RE = patterns.compile(r"^(?:\d{1,2}\s*[.)]?\s|\d{1,2}\s*-\s*\d{1,2}\s*[.)]\s|[①-⑳])")
# `<표 1>`, `‹표 2>`, `[표 3]`, `【표 1】`, `< 표 1-2 >`: a table's number in brackets, which starts its caption
_TABLE_NUMBER_RE = patterns.compile(r"^[<‹〈\[【]\s*표\s*\d{1,2}(?:\s*[-.]\s*\d{1,2})?\s*[>›〉\]】]")
# `1 직원 디지털 역량 강화 (교육팀)`, `❶ 본예산 편성 (예산팀)`, `가. 도시숲 조성 (녹지관리팀)`: a project's title,
# numbered or lettered, its team in brackets at its end; no wrapped line of a paragraph or bullet ends so, so the line
# below it (its purpose, with no blank line between) is no more of it
_OTHER_CIRCLED = frozenset("".join(OTHER_CIRCLED))
_NUMBERED_TEAM_TITLE_RE = patterns.compile(
    rf"^(?:\d{{1,2}}\s*[.)]?\s|[{''.join(OTHER_CIRCLED)}]|[{LETTERS}]\s*[.)]\s)\s*\S.*"
    r"[(\[]\s*\p{Hangul}[\p{Hangul}\d ]{0,11}팀\s*[)\]]$")
# `1  청사 환경 개선<TAB>청사관리팀`, `1<TAB>제목<TAB>(청사관리팀)`, `나. 제목<TAB>교통정책팀`, `(2) 제목<TAB>교통팀`,
# `[2] …`: a project's numbered or lettered title with its team set apart by a tab, as HWP's right tab stop puts the
# team at the margin and its text export prints the tab
_TABBED_TEAM_TITLE_RE = patterns.compile(
    rf"^(?:(?P<number>\d{{1,2}})\s*[.)]?|[(\[]\s*(?P<bracketed>\d{{1,2}})\s*[)\]]"
    rf"|(?P<circled>[①-⑳{''.join(OTHER_CIRCLED)}])|(?P<letter>[{LETTERS}])\s*[.)])"
    rf"[ \t]+[^\t]*\p{{Hangul}}[^\t]*\t[ \t]*[(\[]?\s*\p{{Hangul}}[\p{{Hangul}}\d ]{{0,11}}{OFFICE_SUFFIX}"
    r"\s*[)\]]?\s*$")
# `1.<tab>조 직`, `가.<tab>…`, `1)<tab>…`, `(1)<tab>…`, `①<tab>…`, `Ⅰ.<tab>…`: a list's number as a word processor
# prints its label, a tab after it, before a line of text with no other tab
_LABELLED_LINE_RE = patterns.compile(
    rf"^(?:\d{{1,2}}[.)]|\(\d{{1,2}}\)|[①-⑳]|[{LETTERS}][.)]|[Ⅰ-Ⅻ]\.?)\t[ \t]*[^\t]*\p{{Hangul}}[^\t]*$")
# `총무팀`, `(청사관리팀)`: a line that is a team's name alone, as `pdftotext -layout` prints the team of a project's
# numbered, circled or lettered title (`1. 청사 관리`, `① …`, `가. …`) set on a line of its own below it;
# `1 지방세 체납액 징수 강화 세무관리팀`: a numbered title ending in its team, as it prints one set on the title's
# line. Either ends the title: the line below is its purpose, no more of it
# `어린이집 운영 지원 (보육정책팀)`: a title of no number printing its team in brackets at its end, as the numbered
# ones do (`_NUMBERED_TEAM_TITLE_RE`): the line below it (its purpose) is no more of it
_TEAM_TITLE_RE = patterns.compile(r"^\p{Hangul}[^:：]*\S\s*[(\[]\s*\p{Hangul}[\p{Hangul}\d ]{0,11}팀\s*[)\]]$")
_TEAM_LINE_RE = patterns.compile(r"^[(\[]?\s*\p{Hangul}[\p{Hangul}\d]{0,11}팀\s*[)\]]?$")
_NUMBERED_TITLE_TEAM_END_RE = patterns.compile(r"^\d{1,2}\s*[.)]?\s.*\S\s+\p{Hangul}[\p{Hangul}\d]{0,11}팀$")
# `3. 차 량 : 총 3대`, `2. 인력 현황`: a numbered title of words, not a date wrapped on (`2. 28.`)
_NUMBERED_WORDS_RE = patterns.compile(r"^\d{1,2}\.\s+\p{Hangul}")
_LIST_NUMBER_RE = patterns.compile(r"^(\d{1,2})\.\s")  # `1. 정기점검`: an item of a numbered list, or a title
# a markdown list's item that is one only inside a list (`_list_only_item`): `+ 근로 412명` (markitdown's second level
# of bullets) and `1. 근로 412명` (an ordered list in a bullet, its text a word's: `1. ~ 12. 31.` is a date wrapped on);
# elsewhere a line so started is an operator's text (`+ 200천원`) or a title (`1. 청사 관리`)
_LIST_ONLY_ITEM_RE = patterns.compile(r"^(\+|\d{1,2}\.(?=\s+\p{L}))\s+(.*)$")
_LIST_ONLY_FIRSTS = frozenset("+0123456789")
_JOINED_MARKS = frozenset("*+")  # a markdown list's marks that may stand right against their text: `_mark_joined_item`
_MARK_JOINED_RE = patterns.compile(r"^([*+])(?=\p{Hangul})([^*]*)$")
_SENTENCE_WORD_END_RE = patterns.compile(r"(?:[함임음다요됨]|[.!?])\s*$")  # a sentence's end, not a bracket's
_SENTENCE_END_RE = patterns.compile(r"(?:[함임음다요됨]|[.!?)\]])\s*$")
_FIGURE_END_RE = patterns.compile(r"\d\s*\p{Hangul}{0,3}\s*$")  # `4월`, `95,700천원`, `3개소`: an item's field ends it
# pandoc's markdown escapes punctuation that would mean markup (`1\. 제목`, `\- 항목`, `2월\~3월`, `\~\~250,000\~\~`,
# `\|` inside a `|` cell): the character itself, one that a markup reading takes for markup as its stand-in
# (`LITERAL_MARKUP`): not a star starting a line, a .docx's own note mark (`escaped_stars`), a tilde alone, which
# is markup only doubled (`~~`; a range's `3\~5월`), nor a `<` but a tag's (`\<del\>`; `\<표 1\>` is a table's
# number, as the lines' readers read it). With the blanks between a line's cells (two or more) and its line
# ends, as `unescaped_markdown` walks them.
_MARKDOWN_ESCAPE_RE = patterns.compile(r"(^[ \t]*)?\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])| {2,}|\n", regex.M)
# pandoc's links and images: a link is the text it prints (`[영등포구청](http://…)`: the address is not printed, nor
# found in the report's PDF), an image nothing (`![](media/image1.png){width="3in"}`: its alt text, often Word's
# description made up for it, is not printed either), an autolink its address (`<http://…>`), a bookmark's anchor
# (`[]{#_Toc123 .anchor}`, `<span id="_Toc123" class="anchor"></span>`, before a heading) nothing. A destination must
# look like one (an anchor, an address, a file), so that a bracketed word before a bracketed note (`[붙임](별도)`)
# stays as printed; a link's text may hold bracketed spans (`[강조]{.underline}`) and run over lines, not paragraphs.
_LINK_TEXT = r"(?:\\.|[^\[\]\\\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\](?!\())*"
# a place in the document: a heading's anchor, its brackets balanced, its `#` escaped as Google Docs prints it
# (`\#4.-구민참여예산제-운영-(예산팀)`)
_ANCHOR_DESTINATION = r"\\?#(?:[^\s()]|\([^\s()]*\))+"
_LINK_DESTINATION = (rf"<[^<>\n]*>|{_ANCHOR_DESTINATION}|[A-Za-z][\w+.-]*:(?:[^\s()]|\([^\s()]*\))+"
                     r"|[^\s()]*(?:/|\.[A-Za-z])[^\s()]*")  # `…/위키/영등포구_(서울)`
_LINK_TITLE = r'\s+"(?:\\.|[^"\\])*"'  # `[text](url "title")`
_LINK_ATTRIBUTES = r"\{(?:[^{}\n]|\n(?![ \t]*\n))*\}"  # `{width="6.3in"` over `height="2in"}`, as pandoc wraps them
_LINK_RE = patterns.compile(
    rf"(!?)\[({_LINK_TEXT})\]\(({_LINK_DESTINATION})(?:{_LINK_TITLE})?\)(?:{_LINK_ATTRIBUTES})?")
# a line that is a link to a place in the document is an entry of a table of contents: Word's, to a heading's `_Toc`
# bookmark (LibreOffice's `__RefHeading___Toc…`), its title, a tab with dot leaders, its page number, the tab and its
# leaders the paragraph style's, which pandoc drops (`[Ⅱ. 주요업무 추진실적 3](#_Toc123)`), and are written back;
# Google Docs', to the heading's id (`[1. 조 직](\#1.-조-직)`, `(#heading=h.…)`), its page number dropped or not
# (before, a paragraph printing the link's markup)
_CONTENTS_LINK_RE = patterns.compile(rf"^([ \t]*)\[({_LINK_TEXT})\]\({_ANCHOR_DESTINATION}\)[ \t]*$", regex.M)
_CONTENTS_ENTRY_RE = patterns.compile(r"^(.*?)(?:[\s.·…ㆍ]+(\d{1,3}))?[\s.·…ㆍ]*$", regex.S)
# a link or image by reference, as Google Docs prints a picture (`![][image1]`, its data at the document's end:
# `[image1]: <data:image/png;base64,…>`): the image nothing, and so the definition, which markdown does not print
# (before, a paragraph, an item of the last project); a definition's destination must look like one, so that a
# bracketed label before a colon stays as printed (`[비고]: 없음`)
_REFERENCE_IMAGE_RE = patterns.compile(r"!\[[^\[\]\n]*\]\[[^\[\]\n]+\]")
_LINK_DEFINITION_RE = patterns.compile(
    rf"^ {{0,3}}\[(?!\^)[^\[\]\n]+\]:[ \t]*(?:{_LINK_DESTINATION})(?:{_LINK_TITLE})?[ \t]*$", regex.M)
_AUTOLINK_RE = patterns.compile(r"<((?:https?|ftp|mailto):[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_ANCHOR_RE = patterns.compile(r"\[\]\{#[^{}\n]*\}|<(span|a)\b[^<>]*>\s*</\1>", regex.I)  # `<SPAN>` too
# an HTML comment prints nothing: pandoc parts two lists that follow each other by `<!-- -->` (pandoc 2's markdown
# by a raw HTML block holding it, fenced: ```` ```{=html} ````)
_COMMENT_RE = patterns.compile(r"(?:^```\{=html\}\n)?<!--.*?-->(?:\n```$)?", regex.S | regex.M)
# an HTML character reference in markdown's text, as an HTML export prints a blank it keeps (`조&nbsp;&nbsp;직`,
# `예&#160;산`): the character, as a markdown viewer shows it; before, `&nbsp;` was read as letters, so no title
# or field it stood in was known (`차&nbsp;&nbsp;량 : 총 2대` was no fleet's caption)
_CHARACTER_REFERENCE_RE = patterns.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MARKUP_CHARS = frozenset("<>&\"'")
# a line in italics alone, as html2text prints a paragraph of an italic run (` _※ 집행액은 … 기준_`): read as the line
# it prints, its mark a mark (a note's `※`; before, a paragraph's word)
_ITALIC_LINE_RE = patterns.compile(r"^([ \t]*)_(?![\s_])([^_\n]+?)(?<![\s_])_[ \t]*$", regex.M)
_PIPE_SEPARATOR_RE = patterns.compile(r"^:?-+:?$")
_MAX_CELL_LINES = 3  # lines a cell of a tab table may print below its first, each a line break in it
_MAX_CELL_LINE = 24  # display columns: a cell's line (`대중교통 활성화 및`), not a sentence


def _page_numbers_run_into_pages(lines: list[str]) -> list[int]:
    """The lines a page starts on after its page number run into it (`_PAGE_NUMBER_RUN_ON_RE`), each without it;
    only a line indented ten blanks or more looked at (`str.isspace` tells each blank the pattern's `\\s` does)."""
    starts = []
    for n, line in enumerate(lines):
        if line[:10].isspace() and line[-1:] != "\f" and (number := _PAGE_NUMBER_RUN_ON_RE.match(line)):
            lines[n] = line[number.end():]
            starts.append(n)
    return starts


def read_text(path: str, data: bytes) -> Document:
    """A text report's bytes into a Document; raises ReportError when they are not text."""
    text = decode(path, data)
    text = normalize_chars(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    html_lines = html_document_lines(text)  # None at once for a text not starting with markup
    if html_lines is not None:
        text = "\n".join(html_lines)
    elif "&" in text:
        text = _CHARACTER_REFERENCE_RE.sub(_referenced_char, text)
    nul_lines = []  # the line of each stray NUL byte `decode` let through: dropped, and the report told so
    if "\x00" in text:
        nul_lines = [number for number, line in enumerate(text.split("\n"), 1) for _ in range(line.count("\x00"))]
        text = text.replace("\x00", "")
    text = without_inline_math(text)
    text = _without_links(text)
    if "_" in text:
        text = _ITALIC_LINE_RE.sub(r"\1\2", text)
    if "[^" in text:
        text = _without_footnote_markup(text)
    escaped_stars = frozenset()  # the lines a converter printed a star on as `\\*`: a note's, no list's
    if "\\" in text:
        escaped_stars = _escaped_star_lines(text) if "\\*" in text else escaped_stars
        text = unescaped_markdown(text)
    page_starts = []  # the lines pages start on: a form feed's (`pdftotext` prints one between pages)
    if "\f" in text:
        page_starts = [n for n, line in enumerate(text.split("\n")) if "\f" in line]
        text = text.replace("\f", "")
    lines = ["\f" if line.lstrip()[:1] in _PAGE_NUMBER_STARTS and line.rstrip()[-1:] in _PAGE_NUMBER_ENDS
             and (PAGE_NUMBER_RE.match(line) or _PAGE_SEPARATOR_RE.match(line)) else line
             for line in text.split("\n")]
    if " -" in text:
        page_starts += _page_numbers_run_into_pages(lines)
    left_out = _without_placeholders(lines) if "<표>" in text or "<그림>" in text or "[pic]" in text else []
    if "\f" in lines:  # page numbers and separators, blanked: the next page starts below each
        page_starts += [n + 1 for n, line in enumerate(lines) if line == "\f"]
        lines = ["" if line == "\f" else line for line in lines]
    if _LEADERS_LINE_RE.search("\n" + text):
        _leaders_joined(lines)
    if page_starts:
        page_starts = sorted(set(page_starts))
        group_rows = _drop_running_lines(lines, page_starts)
    unplaced_groups: list[tuple[int, str]] = []
    # before the `(계속)` marks go: its rows are rows to tell them by
    lines = one_space_tables(lines, page_starts, unplaced_groups)
    if page_starts:
        _drop_continued_marks(lines, page_starts)
    drawn: list[Block] = []
    if BOX_DRAWING_RE.search(text):
        lines, tables = box_tables(lines)
        drawn = [Table(rows, line=start + 1, row_offsets=offsets) for start, rows, offsets in tables]
    tika: list[PrintedTable] = []
    if "\n\t" in text:  # a line starting with a tab: a cell of a table Tika printed, maybe
        lines, tika = tika_tables(lines)
        drawn = sorted(drawn + [_tika_table(*table) for table in tika], key=lambda table: table.line)
    unread_tables: list[int] = []
    unread_word_tables: list[int] = []
    lines, tables = cell_line_tables(lines, unread_tables, unread_word_tables)
    if tables:
        drawn = sorted(drawn + [Table(rows, line=start + 1, row_offsets=offsets) for start, rows, offsets in tables],
                       key=lambda table: table.line)
    if "|" in text:
        lines = _parts_tables_as_lines(lines)
    # HTML marks each paragraph; Tika prints each on a line, and its tables' rows a blank line each
    wrapped = html_lines is None and not tika and _has_paragraph_breaks(text, len(lines))
    if page_starts:  # a PDF's text laid out (`pdftotext -layout`), its lines' indentation as printed
        lines = _lost_marks_restored(lines)
    cover = _cover_in_columns(lines, page_starts, wrapped)
    blocks = parse_lines(lines, wrapped=wrapped, page_starts=page_starts)
    if cover:
        at = bisect.bisect_left([block.line for block in blocks], cover[0].line)
        blocks[at:at] = cover
    if drawn:
        blocks = list(heapq.merge(blocks, drawn, key=lambda block: block.line))
    if page_starts:
        blocks = _joined_over_page_breaks(blocks, page_starts, group_rows)
    if "※" in text or "*" in text:
        blocks = joined_past_notes(blocks)
    document = build_document(path, "text", blocks, escaped_stars)
    document.nul_lines = nul_lines
    document.left_out_tables = left_out
    document.unread_tables = [line + 1 for line in unread_tables]
    document.unread_word_tables = [line + 1 for line in unread_word_tables]
    document.unplaced_groups = [(line + 1, label) for line, label in unplaced_groups]
    return document


def _leaders_joined(lines: list[str]) -> None:
    """Each line of a contents entry's leaders and page number alone (`_LEADERS_ALONE_RE`) joined to the entry's
    title right above it, as other converters print the entry on one line (`Ⅰ. 일반 현황 ㆍ ㆍ ㆍ 1`); its line is
    blanked, so that the lines below keep their numbers. Before, each was a paragraph of its own, read as an item
    of a project the contents' next title opened."""
    for k in range(1, len(lines)):
        above = lines[k - 1].strip()
        if above and above[-1:] not in "0123456789.·…ㆍ" and _LEADERS_ALONE_RE.fullmatch(lines[k]):
            lines[k - 1] = f"{lines[k - 1].rstrip()} {lines[k].strip()}"
            lines[k] = ""


# a name of a part of any project (`BARE_PART_RE`), its spaces taken out, or of its budget (`예산현황`)
_PART_NAME_RE = patterns.compile(f"(?:예산)?(?:{BARE_PART_RE.pattern})")


def _is_listed_part(block: Block, raw: str, lines: list[str], i: int, blocks: list[Block]) -> bool:
    """Whether line i, a markdown list's item at the top level or the margin, names a project's part alone (`-
    사업개요`, `- 주요 추진실적`; not a report's own `○ 추진일정`) with no item indented deeper right below it: that
    part's `□` heading, as pymupdf4llm prints a PDF's `□` part and its `○` items alike, each `- ` at the margin (its
    `-` items a level deeper, its `ㆍ` items `- ㆍ` or `ㆍ`), so the part's items are its siblings. Before, the
    part's name was an item of the part above, and its items too. Right under a heading and over a table's row, it
    captions the table (`- 현 황` under `□ 예산현황`, whose unit the table prints, over `시설명\t면 적`). Below
    items of its mark under a part printed with its `□` (`□ 사업개요` over `- 기 간`, `- 대 상`, `-예산`), it is an
    item of that part: the report prints its parts' marks."""
    if not (isinstance(block, Bullet) and block.marker == "-" and (block.depth == 0 or raw[:1] == "-")
            and _PART_NAME_RE.fullmatch(compact(block.text))):
        return False
    above = blocks[-1] if blocks else None
    if isinstance(above, Bullet) and above.marker == "-" and (
            part := next((b for b in reversed(blocks) if isinstance(b, Heading)), None)) is not None and (
            part.line is not None and lines[part.line - 1].lstrip()[:1] in BOX_MARKS):
        return False
    below = next((line for line in lines[i + 1:] if line.strip()), "")
    indent = len(raw) - len(raw.lstrip(" \t"))
    stripped = below.lstrip(" \t")
    if isinstance(above, Heading) and (_is_tab_row(below) or stripped[:1] == "|" or _is_row_like(below)):
        return False
    return not (len(below) - len(stripped) > indent and (_BULLET_RE.match(stripped) or _own_mark(stripped)))


# what `hwp5txt` prints on a line of its own for each table and picture of an HWP file, whose contents it leaves out,
# and antiword for a picture of a Word file
_PLACEHOLDERS = ("<표>", "<그림>", "[pic]")


def _without_placeholders(lines: list[str]) -> list[int]:
    """The lines of a converter's placeholders (`_PLACEHOLDERS`) blanked, which are no text of the report (before, a
    `<그림>` was an item of its project): the lines (1-based) of those of tables, whose figures the file lacks."""
    tables = []
    for n, line in enumerate(lines):
        if line[:1] in "<[ " and (placeholder := line.strip()) in _PLACEHOLDERS:
            lines[n] = ""
            if placeholder == "<표>":
                tables.append(n + 1)
    return tables


# pandoc's footnotes (`-t markdown`, `-t gfm` of a Word file's): a reference, `[^1]` after the word it notes, and its
# text, `[^1]: 국비는 …` at the document's end, its further lines indented by four spaces
_FOOTNOTE_REFERENCE_RE = patterns.compile(r"\[\^([^\]\s]+)\]")
_FOOTNOTE_TEXT_RE = patterns.compile(r"^\[\^[^\]\s]+\]:.*(?:\n(?:    .*|[ \t]*(?=\n    )))*", regex.M)


def _without_footnote_markup(text: str) -> str:
    """pandoc's footnote references as the raised number they print (`[^1]`, `[^note]` → `¹`, numbered in order), so
    that a figure or an amount before one reads (`12억 5,000만원[^1]`), and its footnotes' texts, which it prints at
    the document's end, blanked (they would be items of the last project), lines kept."""
    text = _FOOTNOTE_TEXT_RE.sub(lambda note: "\n" * note.group().count("\n"), text)
    numbers: dict[str, int] = {}  # each label's number as the footnote prints it, in the order they are referred to

    def mark(reference: regex.Match) -> str:
        return superscript(str(numbers.setdefault(reference.group(1), len(numbers) + 1)))

    return _FOOTNOTE_REFERENCE_RE.sub(mark, text)


# a line starting with a star a converter escaped (`\* 급여별 중복 수급자 포함`): a .docx's own star, its bullets `*`
_ESCAPED_STAR_LINE_RE = patterns.compile(r"^[ \t]*\\\*", regex.M)


def _referenced_char(match: regex.Match) -> str:
    """The character a reference names, as read (`&nbsp;` a blank); one of markup's own (`&lt;`, `&amp;` …) or an
    unknown name stays as printed, for the markup's reader."""
    char = html.unescape(match.group())
    return match.group() if char in _MARKUP_CHARS or char == match.group() else normalize_chars(char)


def _escaped_star_lines(text: str) -> frozenset[int]:
    """The lines (numbered from 1) that start with an escaped star (`\\*`)."""
    return frozenset(text.count("\n", 0, match.start()) + 1 for match in _ESCAPED_STAR_LINE_RE.finditer(text))


def unescaped_markdown(text: str) -> str:
    """pandoc's backslash escapes as the characters themselves (`\\-` is `-`), each dropped backslash given back as
    a blank in the next gap between cells on its line, so that the cells after it keep their columns in a
    space-aligned table (pandoc's multiline and simple tables print `\\-` for a cell's `-`)."""
    dropped = 0

    def replaced(match: regex.Match) -> str:
        nonlocal dropped
        if (char := match.group(2)) is not None:
            dropped += 1
            return (match.group(1) or "") + (LITERAL_MARKUP[char] if char in LITERAL_MARKUP and _read_as_markup(
                match, char) else char)
        gap = match.group() if match.group() == "\n" else match.group() + " " * dropped
        dropped = 0
        return gap

    return _MARKDOWN_ESCAPE_RE.sub(replaced, text)


def _read_as_markup(escape: regex.Match, char: str) -> bool:
    """Whether an escaped markup character would be read as markup unescaped: a star but one starting a line, a tilde
    doubled (by another escaped, `\\~\\~`), a `<` starting a tag (an ASCII letter or `/` after it), a `#`, `_` or
    `|` always."""
    text, start, end = escape.string, escape.start(2) - 1, escape.end()
    if char == "*":
        return escape.group(1) is None
    if char == "~":
        return text[end:end + 2] == "\\~" or text[start - 2:start] == "\\~"
    if char == "<":
        return text[end:end + 1].isascii() and (text[end:end + 1].isalpha() or text[end:end + 1] == "/")
    return True


def _without_links(text: str) -> str:
    """Markdown's links, images, autolinks, anchors and HTML comments as what they print (see `_LINK_RE`), before
    its lines are read: an anchor or a link at a line's start hides what the line is (`[]{#_Toc1 .anchor}① 제목`, a
    contents entry). A link over lines is put on its first, its line breaks after it, so that lines keep their
    numbers; a comment over lines leaves its line breaks."""
    if _holds(text, "]("):
        text = _CONTENTS_LINK_RE.sub(_contents_entry, text)
        count = 1
        while count and "](" in text:  # innermost first: an image inside a link (`[![](logo.png)](http://…)`)
            text, count = _LINK_RE.subn(_printed_link, text)
    if _holds(text, "]["):
        text = _REFERENCE_IMAGE_RE.sub("", text)
    if _holds(text, "]:"):
        text = _LINK_DEFINITION_RE.sub("", text)
    if _holds(text, "]{#") or _holds(text, "</"):
        text = _ANCHOR_RE.sub("", text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(r"\1", text)
        if "<!--" in text:
            text = _COMMENT_RE.sub(lambda comment: "\n" * comment.group().count("\n"), text)
    return text


def _holds(text: str, part: str) -> bool:
    """`part in text`, its first character sought first: Python seeks one character with memchr, several with a
    slower scan of the whole text or line, and most hold none of the markup sought."""
    return part[0] in text and part in text


def _printed_link(link: regex.Match) -> str:
    image, text = link.group(1, 2)
    return ("" if image else " ".join(text.split())) + "\n" * link.group().count("\n")


def _contents_entry(link: regex.Match) -> str:
    """`[Ⅱ. 주요업무 추진실적 3](#_Toc123)` → `Ⅱ. 주요업무 추진실적 ····· 3`: as the contents prints it."""
    indent, text = link.group(1, 2)
    title, page = _CONTENTS_ENTRY_RE.match(text).group(1, 2)
    entry = f"{indent}{' '.join(title.split())} ·····{' ' + page if page else ''}" if title.strip() else ""
    return entry + "\n" * link.group().count("\n")


def _cover_in_columns(lines: list[str], page_starts: list[int], wrapped: bool) -> list[Block]:
    """The blocks of a cover laid out in two columns (`cover_in_columns`) among the lines above the first heading,
    bullet or table row and the first page break, its lines blanked so that they are read once."""
    end = next((k for k, line in enumerate(lines) if line.strip() and not is_plain(line)), len(lines))
    cover = cover_in_columns(lines[:min([end, *page_starts[:1]])])
    if cover is None:
        return []
    start, end, read = cover
    lines[start:end] = [""] * (end - start)
    return [replace(block, line=read[block.line - 1][0] + 1)
            for block in parse_lines([text for _k, text in read], wrapped=wrapped)]


def _joined_over_page_breaks(blocks: list[Block], page_starts: list[int], group_rows: dict[int, str]) -> list[Block]:
    """Tables that go on from the table before them over a page break (`add_table`) joined to it, past a tab
    table's group row printed at the break between them (`group_rows`: `노인복지과` between `청사 관리<tab>…` and
    `복지 행정<tab>…`, its line from 0 and its text)."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        group = None
        if (group_rows and isinstance(block, Table) and isinstance(previous, Paragraph) and len(joined) > 1
                and group_rows.get(previous.line - 1) == previous.text and isinstance(joined[-2], Table)):
            group = joined.pop()
            previous = joined[-1]
        if isinstance(block, Table) and isinstance(previous, Table):
            last = previous.row_line(len(previous.rows) - 1)  # lines from 1: indexes `last` on are below it
            over_page_break = page_starts_between(page_starts, last, block.line - 1)
            if group is None:
                add_table(joined, block, over_page_break, _names_no_department)
            else:
                joined[-1:] = _joined_past_group_row(previous, group, block, over_page_break)
        else:
            joined.append(block)
    return joined


def _names_no_department(label: str) -> bool:
    """A group row's label atop a page that the table goes on past (`기능직`, `주요 사업`): not a department's name
    (`노인복지과`), which opens a table of its own, a 국's report's next 과."""
    return not names_department(label)


def _joined_past_group_row(above: Table, group: Paragraph, below: Table, over_page_break: bool) -> list[Block]:
    """A tab table's two parts with its group row printed at the page break between them (`노인복지과`): one table
    where the part below goes on from the part above (`add_table`) and the group row goes in between them
    (`_with_group_row`); else the three as they stand."""
    joined: list[Block] = [above]
    add_table(joined, below, over_page_break)
    grouped = len(joined) == 1 and _with_group_row(joined[0], len(above.rows), group)
    return [grouped] if grouped else [above, group, below]


def _with_group_row(table: Table, at: int, group: Paragraph) -> Table | None:
    """A tab table joined over a page break, its group row printed at the break (`group`) put in between its rows
    `at - 1` and `at` as its other lines of one cell between two rows go (`_cell_lines_go`): into the label of the
    row below (`사회복지과` over `청사 관리`, read as a line break in it), a row of its own (`일반 사업`), or the end
    of the row above; None where it goes into none, or where the rows below print the total the rows above did
    (`계`): they are a table of their own under its heading (a 국's report's next 과, `노인복지과`), not the rows of
    a group going on."""
    rows = [list(row) for row in table.rows]
    if is_total(rows[at][0]) and any(row[0] == rows[at][0] for row in rows[:at]):
        return None
    goes = _cell_lines_go(rows[at - 1], group.text, rows[at], table.width)
    if goes is None:
        return None
    offsets = list(table.row_offsets or range(len(rows)))
    if (own := _cell_lines_placed(goes, group.text, rows[at - 1], rows[at])) is not None:
        rows.insert(at, own)
        offsets.insert(at, group.line - table.line)
    elif goes == "down":
        offsets[at] = group.line - table.line
    return replace(table, rows=tuple(map(tuple, rows)), row_offsets=tuple(offsets))


COVER_LINES = 6  # the first page's first printed lines that a running header may repeat: the cover's
# what parts a running header's line into the cover's lines it repeats: a tab, a pipe or a wide gap
# (`2025년 주요업무보고<tab>사회복지과`, `2025년 주요업무 보고          사 회 복 지 과`)
_HEADER_PARTS_RE = patterns.compile(r"\s*[\t|]\s*|\s{2,}")
# a first page's line that is the report's content, not its cover, where it prints none (`Ⅰ. 일반현황`, `1. 인력`,
# `(단위: 명)`, `□ 추진실적`): a page may start with such a line again, which is no running header
_MARKED_LINE_RE = patterns.compile(r"\s*(?:#+\s*)?(?:[(\[（［<〈□■○●◎◦▶▷►\-–※*·ㆍⅠ-Ⅻ]|\d{1,2}\s*[.)])")


# what a running header names the report by: `주요업무보고`, `업무 보고`, `행정사무감사`, `정례회`, `임시회`
_REPORT_WORD_RE = patterns.compile(r"보\s*고|감\s*사|정\s*례\s*회|임\s*시\s*회")
# a department's name, as a running header may print it alone (`노인복지과`, `세무1과`, `기획예산담당관`, `보건소`);
# not a heading's word ending so (`추진결과`, `기대효과`, `주요성과`, over a table at a page break)
_DEPARTMENT_RE = patterns.compile(r"\p{Hangul}[\p{Hangul}\d·]{0,13}(?:(?<![결효성])과|국|실|소|단|관|센터|위원회)")
DEPARTMENT_ENDS = frozenset("과국실소단관터회")  # its last letter, told before the pattern is tried
# what a running header prints before the department: its office or 국, run together (`한빛구청`, `복지국`)
_OFFICE_RE = patterns.compile(r"(?:\p{Hangul}{1,4}[구시군]청?|[\p{Hangul}·]{2,12}?(?:국|실|본부)|보건소)+")


def _drop_running_lines(lines: list[str], page_starts: list[int]) -> dict[int, str]:
    """Running headers and footers: page numbers printed bare, a page's first or last line one more than the page's
    before; a first or last line of a page that most pages print alike (blanked, so lines
    keep their numbers; on the first page only where another of the cover's lines names the report, `2025년 주요업무
    보고` under `2025 주요업무보고`, else that line is the cover's title), or that
    repeats lines of the cover however few pages print it (`2016년 주요업무 보고` atop a page under `- 3 -`, the
    report's running title; `2025년 주요업무보고<tab>사회복지과`, its title and department, between a tab table's
    rows). Between them a table goes on over the page break. Returns the tab tables' group rows printed at a page
    break between their rows (`_at_page_break`), their lines and texts, past which they go on too."""
    pages = list(zip([0, *page_starts], [*page_starts, len(lines)], strict=True))
    edges: list[int] = []
    near_edges: list[int] = []  # each page's first two printed lines and last two
    cover: set[str] = set()
    departments: frozenset[str] = frozenset()
    cover_end = len(lines)
    titles: list[int] = []  # the cover's lines that name the report (`2025년 주요업무 보고`)
    for start, end in pages:
        printed = [n for n in range(start, end) if lines[n].strip()]
        edges += sorted({printed[0], printed[-1]}) if printed else []
        near_edges += sorted({*printed[:2], *printed[-2:]})
        if not start and printed:  # the cover: its first lines, down to a table's row (a page of no cover)
            firsts = printed[:COVER_LINES]
            firsts = firsts[:next((k for k, n in enumerate(firsts)
                                   if _is_row_like(lines[n]) and not _names_department_apart(lines[n])), len(firsts))]
            cover = {_as_titled(lines[n]) for n in firsts if not _MARKED_LINE_RE.match(lines[n])}
            departments = cover_departments([lines[n] for n in firsts if not _MARKED_LINE_RE.match(lines[n])])
            cover_end = firsts[-1] if firsts else -1  # the first page's last line is a footer below it
            titles = [n for n in firsts if _REPORT_WORD_RE.search(lines[n])]
    # page numbers printed bare (`2` at the foot's right), one more a page, at a page's edge or next to it (`pdftotext
    # -raw` prints a page's running lines in the order they are drawn: a footer's number under the header's title)
    for n in _page_numbers(lines, edges) or _page_numbers(lines, near_edges):
        lines[n] = ""
    counts = Counter(" ".join(lines[n].split()) for n in edges)
    at_breaks = set(edges)
    group_rows: dict[int, str] = {}
    for n in edges:
        count = counts[" ".join(lines[n].split())]
        running = count >= 2 and count * 2 >= len(pages)
        if running and (n >= page_starts[0] or any(title != n for title in titles)) or n > cover_end and (
                _repeats_cover(lines[n], cover)):
            lines[n] = ""
        elif n > cover_end and (kind := _at_page_break(lines, n, departments, at_breaks, cover_end)):
            if kind is _AtPageBreak.RUNNING_HEADER:
                lines[n] = ""
            else:
                group_rows[n] = lines[n].strip()
    return group_rows


def _page_numbers(lines: list[str], candidates: list[int]) -> list[int]:
    """The candidate lines that are page numbers printed bare: two at least, each one more than the one before."""
    numbered = [n for n in candidates if lines[n].strip().isdigit() and len(lines[n].strip()) <= 4]
    if len(numbered) >= 2 and all(int(lines[b]) - int(lines[a]) == 1 for a, b in itertools.pairwise(numbered)):
        return numbered
    return []


def _drop_continued_marks(lines: list[str], page_starts: list[int]) -> None:
    """`(계속)` first on a page (past its running header), as a word processor marks a table going on over a page,
    and the `(단위: …)` line printed again below it, blanked where a row of cells ends the page before and another
    follows: the two parts then join as where nothing is printed between them (before, the part below was a table
    of its own)."""
    for start, end in itertools.pairwise([*page_starts, len(lines)]):
        printed = itertools.islice((n for n in range(start, end) if lines[n].strip()), 3)
        mark = next(printed, None)
        if mark is None or "계" not in lines[mark] or not CONTINUED_RE.search(lines[mark].strip()):
            continue
        marks = [mark]
        below = next(printed, None)
        if below is not None and (unit := unit_in(lines[below])) and not unit[2]:
            marks.append(below)
            below = next(printed, None)
        above = next((n for n in range(start - 1, -1, -1) if lines[n].strip()), None)
        if above is not None and below is not None and _is_row_like(lines[above]) and _is_row_like(lines[below]):
            for n in marks:
                lines[n] = ""


def cover_departments(cover: list[str]) -> frozenset[str]:
    """The departments the cover's lines name, spaces and a markdown heading's marks aside: a line that is one
    (`사 회 복 지 과`, `## 총 무 과`), or its last word (`복지국 사회복지과`) or the last part a wide gap sets apart
    (`복지국      사 회 복 지 과`), which a running header may print alone or after its office
    (`한빛구청   사회복지과`)."""
    named = set()
    for line in cover:
        last_part = "".join(_HEADER_PARTS_RE.split(line.strip())[-1].split())
        named |= {name for name in (_as_titled(line), line.split()[-1], last_part) if _DEPARTMENT_RE.fullmatch(name)}
    return frozenset(named)


def _names_department_apart(line: str) -> bool:
    """Whether a line parted by wide gaps names a department after its office or 국, each part spaces aside
    (`복지국        사회복지과`, `서해구청   복지국   사 회 복 지 과`, as `pdftotext -layout` centres a cover's line):
    the cover's, not a table's row."""
    return names_department(" ".join("".join(part.split()) for part in _HEADER_PARTS_RE.split(line.strip())))


def names_department(text: str, departments: frozenset[str] | None = None) -> bool:
    """Whether a line is a department's name alone, or after its office or 국 (`노인복지과`, `한빛구청   노인복지과`,
    `복지국 노인복지과`): one of `departments` (the cover's, however spaced), or any where none are given (a PDF's
    line in its margin whose cover names none, where only a running header is printed)."""
    words = text.split()
    if not words or words[-1][-1] not in DEPARTMENT_ENDS:  # told first: most lines end otherwise
        return False
    if departments is None:
        return bool(_DEPARTMENT_RE.fullmatch(words[-1])) and all(_OFFICE_RE.fullmatch(word) for word in words[:-1])
    named = "".join(words)
    return any(named.endswith(name) and (len(named) == len(name) or _OFFICE_RE.fullmatch(named[:-len(name)]))
               for name in departments)


class _AtPageBreak(enum.Enum):
    """What a line at a page break between a table's rows is (`_at_page_break`)."""

    RUNNING_HEADER = enum.auto()  # dropped
    GROUP_ROW = enum.auto()  # a tab table's row, which the table goes on past


def _at_page_break(lines: list[str], n: int, departments: frozenset[str], at_breaks: set[int],
                   cover_end: int) -> _AtPageBreak | None:
    """What a page's first or last line `n` is between a table's rows: a running header printed once there
    (`runs_through_table`), the table's rows up from the line above it to its first (a tab row as many cells wide
    as the table, blank ones too, is a row of it), or a tab table's group row; None where it is neither. A running
    footer and header at the same page break look past each other (`2025년 주요업무보고<tab>노인복지과` at a page's
    foot and atop the next) to the rows. Any department's name there (`노인복지과`, `한빛구청   노인복지과`,
    `노 인 복 지 과` under `사 회 복 지 과`'s cover) may be its running header, not only the cover's, unless the
    report prints such a line among the table's rows (`_prints_group_lines`: `사회복지과` between tab rows, or
    between space-aligned rows) or a department's name alone away from the page breaks
    (`_departments_printed_alone`: a heading over each 과's table). Where the table prints group rows, the line is
    one of them: between tab rows, the table goes on past it (`_joined_over_page_breaks`)."""
    parts = _header_parts(lines[n])
    if not may_run(parts, departments, apart=True):  # told first: most pages' first and last lines are none
        return None
    above = _printed_past_running_line(lines, range(n - 1, -1, -1), departments)
    below = _printed_past_running_line(lines, range(n + 1, len(lines)), departments)
    if above is None or below is None:
        return None
    header = above
    # up the table's rows to its first, not to its caption printing its unit beside it (`1. 예산현황  (단위: 천원)`)
    while header and len(_row_cells(lines[header - 1])) > 1 and not unit_in(lines[header - 1]):
        header -= 1
    first = _row_cells(lines[header])
    every_cell = _in_cell_markup(lines[above]) and _in_cell_markup(lines[below])
    if len(_row_cells(lines[n])) == len(first):
        return None
    named_apart = not is_running_line(parts, departments)  # told first: the cover's is one
    grouped = named_apart and _prints_group_lines(lines, header)
    apart = named_apart and (grouped or not _departments_printed_alone(lines, at_breaks, cover_end, departments))
    if not runs_through_table(parts, first, _row_cells(lines[above]), _row_cells(lines[below]), departments,
                              apart=apart, every_cell=every_cell):
        return None
    if not grouped:
        return _AtPageBreak.RUNNING_HEADER
    # between tab rows, which the tab reader reads a line of one cell between as it goes (`_cell_lines_go`)
    return _AtPageBreak.GROUP_ROW if len(parts) == 1 and "\t" in lines[above] and "\t" in lines[below] else None


def _prints_group_lines(lines: list[str], header: int) -> bool:
    """Whether a table prints a group row as a line of one cell in no markup among its rows: the line right over
    its rows from `header` on, under a row printed as they are, in markup or aligned by spaces (`사회복지과` between
    `계<tab>3,000,000` and `청사 관리<tab>1,000,000`, as Word's "save as text" prints a label merged across a row, or
    between `계   3,000,000` and `청사 관리   1,000,000` as `pdftotext -layout` prints it); a line so at a page
    break between its rows is one too. The rows over and under it are of one table: as many cells wide (over a row
    of other cells, `정 원<tab>20<tab>8` over `1. 협업 현황` over `협업 부서<tab>협업 내용<tab>비고`, it is a title
    between two tables), and the row under it no header, words alone under a row printing figures (`현 원<tab>19<tab>8
    <tab>11` over `예산 현황` over `단위사업명<tab>예산액<tab>…`: a title over the next table's header)."""
    printed = [k for k in range(header - 1, max(header - 3, -1), -1) if lines[k].strip()]
    if not (len(printed) == 2 and not _in_cell_markup(lines[printed[0]]) and len(_row_cells(lines[printed[0]])) == 1
            and _in_cell_markup(lines[printed[1]]) == _in_cell_markup(lines[header])):
        return False
    over, under = _row_cells(lines[printed[1]]), _row_cells(lines[header])
    return len(over) == len(under) and (any(map(is_figure, under)) or not any(map(is_figure, over)))


def _departments_printed_alone(lines: list[str], at_breaks: set[int], cover_end: int,
                               departments: frozenset[str]) -> bool:
    """Whether the body prints a department's name other than the cover's as a line of its own in no cell markup
    (a markdown heading's marks aside) away from the page breaks (`사회복지과` over its table, `노인복지과` over the
    next: a 국's report): another department's name at a page break is then such a heading or a table's group row,
    not a running header. Looked for only where a line at a page break names a department the cover does not; the
    cover's own as a heading (`## 사회복지과`) is none; a letter-spaced one (`노 인 복 지 과`) is one too."""
    return any(n not in at_breaks and lines[n].rstrip()[-1:] in DEPARTMENT_ENDS and not _in_cell_markup(lines[n])
               and names_department(name := letter_spacing_joined(lines[n].lstrip("# ")))
               and not names_department(name, departments)
               for n in range(cover_end + 1, len(lines)))


def _in_cell_markup(line: str) -> bool:
    """Whether a line prints its cells in a tab's or pipe's markup, blank ones too (`계<tab><tab>30`, `| 계 | | 30 |`),
    as a tab or pipe table's every row does."""
    return "\t" in line or line.lstrip()[:1] == "|"


def _header_parts(line: str) -> list[str]:
    """A line's parts at a page break, as a running header's are parted (`_HEADER_PARTS_RE`: `2025년 주요업무보고`,
    `노인복지과`), a name letter-spaced wider than that gap one part (`노  인  복  지  과` → `노인복지과`)."""
    parts = [part for part in _HEADER_PARTS_RE.split(line.strip()) if part]
    if sum(map(_is_syllable, parts)) < 2:  # told first: most lines print no letter alone
        return parts
    return [part for letters, run in itertools.groupby(parts, key=_is_syllable)
            for part in (["".join(run)] if letters else run)]


def _is_syllable(part: str) -> bool:
    """Whether a part is one Hangul syllable alone (`노`), a letter of a letter-spaced name."""
    return len(part) == 1 and "가" <= part <= "힣"


def _printed_past_running_line(lines: list[str], indexes: range, departments: frozenset[str]) -> int | None:
    """The first printed line of `indexes`, or the next past it where it is the other running line printed at the
    same page break (`may_run`: any department's name where it prints no cell markup)."""
    printed = (k for k in indexes if lines[k].strip())
    first = next(printed, None)
    if first is not None and may_run(_header_parts(lines[first]), departments, apart=not _in_cell_markup(lines[first])):
        return next(printed, None)
    return first


def is_running_line(parts: list[str], departments: frozenset[str] | None = None) -> bool:
    """Whether a line's parts may be a running header's: in words apart, naming the report (`in_words_apart`), or a
    department's name, after its office or not (`names_department`: of `departments`, or any where None)."""
    return in_words_apart(parts) or bool(parts) and names_department(" ".join(parts), departments)


def may_run(parts: list[str], departments: frozenset[str] | None, *, apart: bool) -> bool:
    """Whether a line's parts may be a running header's (`is_running_line`), naming the cover's `departments`, or
    any department where the line stands `apart` from a table's rows, none of them (`노인복지과` under
    `사 회 복 지 과`'s cover, a report copied from another's template)."""
    return is_running_line(parts, departments) or apart and is_running_line(list(map(letter_spacing_joined, parts)))


# a name printed letter by letter, a word processor's distributed alignment (`노 인 복 지 과`, `노  인  복  지  과`)
_LETTER_SPACED_RE = patterns.compile(r"(?<!\S)\p{Hangul}(?: +\p{Hangul})+(?!\S)")


def letter_spacing_joined(text: str) -> str:
    """A text's names printed letter by letter joined as one word each (`한빛구청 노 인 복 지 과` →
    `한빛구청 노인복지과`), where a running header may print one."""
    return _LETTER_SPACED_RE.sub(lambda run: "".join(run.group().split()), text) if " " in text.strip() else text


def runs_through_table(parts: list[str], header: list[str], above: list[str], below: list[str],
                       departments: frozenset[str] | None, *, apart: bool, every_cell: bool) -> bool:
    """Whether a line at a page break, in `parts` (`2025년 주요업무보고` and `노인복지과`), is a running header printed
    once between a table's rows, which the cover does not print (`노인복지과` under `사 회 복 지 과`'s cover): parted as
    a header's title and department are, in words (`in_words_apart`), or the department's name alone or after its
    office (`한빛구청   사회복지과`; any department's where the line stands `apart` from the rows, `may_run`), into
    fewer or more parts than the table's `header` has cells, where the table goes on below the break from its row
    `above` (`_goes_on`). A caption between two tables is none: it is marked (`□ 세부 내역`) or stands over a header
    of other columns or a unit line. A table of words is left as it was where its rows may leave a blank cell
    unprinted (space-aligned text: such a row is printed alike); where they print `every_cell` (tab or pipe text, a
    PDF's ruled table), it goes on in rows as wide as its header."""
    return (may_run(parts, departments, apart=apart) and len(parts) != len(header)
            and (any(map(is_figure, above)) or every_cell and len(above) == len(header))
            and _goes_on(header, above, below, every_cell))


def in_words_apart(parts: list[str]) -> bool:
    """Whether a line's parts are a running header's: two or more, each of words (no figure, no bracket), the
    first no mark, number or title (`□ 세부 내역`, `가. 청사 환경 개선   청사관리팀`, `① …`, `1 …`), one naming the
    report (`2025년 주요업무보고`, `행정사무감사`), so that a table's row of words (`신설   온라인 접수`, its blank
    cells not printed in space-aligned text) is none."""
    return len(parts) > 1 and not _MARKED_LINE_RE.match(parts[0]) and is_plain(parts[0]) and not (
        _NUMBERED_START_RE.match(parts[0])) and all(
        _HANGUL_RE.search(part) and part[:1] not in _OPENING and part[-1:] not in _CLOSING for part in parts) and any(
        map(_REPORT_WORD_RE.search, parts))


def _row_cells(line: str) -> list[str]:
    """A table row's cells, spaces aside: parted by tabs (blank cells kept, a row's last ones too), pipes, or gaps
    of two spaces."""
    text = line.strip()
    if "\t" in text:
        return [" ".join(cell.split()) for cell in line.strip(" ").split("\t")]
    if text[:1] == "|":
        return [" ".join(cell.split()) for cell in text.strip("|").split("|")]
    return [part for part in _HEADER_PARTS_RE.split(text) if part]


def _goes_on(header: list[str], above: list[str], below: list[str], every_cell: bool) -> bool:
    """Whether a row atop a page goes on from the table above the break, `header` its first row, `above` its last:
    it is the header printed again (spaces aside), or a row of as many cells with figures where `above` has them,
    or, where the rows print `every_cell`, of as many cells as `above` (a table of words)."""
    if [cell.replace(" ", "") for cell in below] == [cell.replace(" ", "") for cell in header]:
        return True
    shape = [is_figure(cell) for cell in below]
    return any(shape) and shape == [is_figure(cell) for cell in above] or every_cell and len(below) == len(above)


def _repeats_cover(line: str, cover: set[str]) -> bool:
    """Whether a line, or each part of it (`_HEADER_PARTS_RE`), is a line of the cover, however spaced."""
    if _as_titled(line) in cover:
        return True
    parts = [_as_titled(part) for part in _HEADER_PARTS_RE.split(line.strip())]
    return all(part in cover for part in parts if part) and any(parts)


def _is_row_like(line: str) -> bool:
    """Whether a line parts into cells (`시설명   위치   운영 부서`), as a table's row; not a title letter-spaced wide
    (`사   회   복   지   과`)."""
    parts = [part for part in _HEADER_PARTS_RE.split(line.strip()) if part]
    return len(parts) > 1 and any(len(part) > 1 for part in parts)


def _as_titled(line: str) -> str:
    """A line's letters, a markdown heading's marks and spaces taken off: the cover's `# 2016년 주요업무 보고` or
    `사 회 복 지 과` as a running header prints it atop a page (`2016년 주요업무보고`, `사회복지과`)."""
    return "".join(line.split()).lstrip("#")


def _has_paragraph_breaks(text: str, n_lines: int) -> bool:
    """Whether blank lines part the paragraphs (one in twenty lines at least), so a paragraph's lines are
    wrapped text to join. Some converters (hwp5txt, plain `pdftotext`) print one paragraph per line and
    hardly a blank line: there every line stands alone, or the cover's lines and a project's title with its
    purpose run together. The blank lines hwp5txt sets its placeholders apart by (`<표>`, `<그림>`) part no
    paragraphs (before, a report of a few tables read as wrapped: a numbered title went on from the bullet above)."""
    if "<표>" in text or "<그림>" in text:
        text = _PLACEHOLDER_BETWEEN_BLANKS_RE.sub("", text)
    return text.count("\n\n") * 21 >= n_lines


# a placeholder's line (`_PLACEHOLDERS`) with the blank lines around it, but the line break before them
_PLACEHOLDER_BETWEEN_BLANKS_RE = re.compile(r"\n(?:[ \t]*\n)*[ \t]*<(?:표|그림)>[ \t]*(?:\n[ \t]*(?=\n))*")


_THEMATIC_FIRSTS = frozenset(start[0] for start in THEMATIC_BREAK_STARTS)  # what a thematic break starts with
# the blocks a plain line below goes on: a tuple, as `Paragraph | Bullet` would be built anew at each test
_PROSE = (Paragraph, Bullet)


def parse_lines(lines: list[str], nesting: BulletNesting | None = None, wrapped: bool = True,
                page_starts: list[int] | None = None, display_columns: bool = False) -> list[Block]:
    """Lines (numbered from 1) into raw blocks; `build_document` cleans them. A reader that hands over a
    document in pieces (a PDF, the lines between its ruled tables) passes one `nesting` so bullets keep
    their depth across. With `wrapped`, a plain line continues the paragraph or bullet above it.
    `page_starts`: the lines pages start on, where a space-aligned table or a bullet's text may go on past
    blank lines. `display_columns`: the lines are laid out in display columns (a PDF's), never by characters."""
    blocks: list[Block] = []
    nesting = nesting or BulletNesting(flat=_prints_no_indentation(lines))
    marked = _own_marked_lines(lines)
    aligned = AlignedRows(lines, page_starts or [], display_columns)
    margin = None if wrapped else _right_margin(lines)
    texts = aligned.texts  # each line stripped once, for every test below
    part_heads = _part_headings(lines, texts, page_starts or [])
    # the line after the last table printed in markup (HTML, grid, `|`), tabs or pandoc's rules, where it is the
    # last block: a table right after it may be its part below a page break (`_right_after_table`)
    table_end = None
    unpaged = not page_starts and not display_columns  # a text marking no page (a PDF's lines know their page)
    i = 0
    while i < len(lines):
        stripped = texts[i]
        if not stripped:  # a blank line (a third of most texts), told first
            i += 1
            continue
        raw = lines[i]
        lineno = i + 1
        first = stripped[0]  # told first: most lines start with none of the marks sought below
        if first == "-" and stripped[:10] == "----------" and (end := multiline_table_end(lines, i)) is not None:
            rows, offsets = multiline_table(lines[i:end])
            if rows:
                add_table(blocks, Table(rows, line=lineno, row_offsets=offsets),
                          _right_after_table(blocks, texts, table_end, i, unpaged))
            table_end = end if rows else None
            i = end
            continue
        if first in _THEMATIC_FIRSTS and stripped.startswith(THEMATIC_BREAK_STARTS) and is_thematic_break(stripped):
            i += 1
            continue
        if first in "<+" and _is_markup_table(stripped):
            end = _markup_table_end(lines, i)
            if stripped[0] == "<":
                caption, rows, offsets, header_marked = html_table("\n".join(lines[i:end]))
                blocks += [Paragraph(caption, lineno)] if caption else []
            else:
                caption, (rows, offsets) = None, grid_table(lines[i:end])
                header_marked = grid_header_rows(lines[i:end], offsets)
            if rows:
                table = Table(rows, line=lineno, row_offsets=offsets, header_rows=header_marked)
                add_table(blocks, table, not caption and _right_after_table(blocks, texts, table_end, i, unpaged))
            table_end = end if rows else None
            i = end
            continue
        if "\t" in raw and i not in marked and _is_tab_row(raw):
            if _is_labelled_line(lines, i):
                raw = raw.replace("\t", " ", 1)  # `1.<tab>조 직`: the numbered line it is, `1. 조 직`
            elif not _is_tabbed_title(lines, i):
                rows, offsets, end = _tab_table(lines, i)
                add_table(blocks, Table(rows, line=lineno, row_offsets=offsets),
                          _right_after_table(blocks, texts, table_end, i, unpaged))
                table_end = end
                i = end
                continue
            else:
                raw = raw.replace("\t", "  ")  # the line of text it is, as `pdftotext -layout` prints it
            stripped = raw.strip()
        if "|" in stripped and (pipes := _pipe_table(lines, i)):
            rows, offsets, end = pipes
            header_marked = 1 if len(offsets) > 1 and offsets[1] == 2 and _is_pipe_rule(  # its first row, over
                tuple(_pipe_cells(lines[i + 1])), right_after_header=True) else None  # `| --- |`
            if rows:  # not a `|---|---|` rule alone, which prints nothing
                table = Table(rows, line=lineno, row_offsets=offsets, header_rows=header_marked)
                add_table(blocks, table, _right_after_table(blocks, texts, table_end, i, unpaged))
            table_end = end if rows else None
            i = end
            continue
        above = blocks[-1] if blocks else None
        if aligned.cells[i] is not None and aligned.end(i) > i and not (
                first == "+" and _list_only_item(lines, i, nesting, above, blocks)):
            # a table starts on a row (most lines are none); not on `+   근로 412명`, a list's item spaced as cells
            table, offsets, end = aligned.table(i)
            ruled = aligned.ruled(i, end)  # pandoc's simple table, its rules dashes: printed in markup too
            add_table(blocks, Table(table, line=lineno, row_offsets=offsets),
                      ruled and _right_after_table(blocks, texts, table_end, i, unpaged))
            table_end = end if ruled else None
            i = end
            continue
        if (first in _MARKDOWN_BULLETS or first in LETTERS or first.isdigit()) and not nesting.stack and (
                level := _numbered_item_level(raw, lines, above)) is not None:
            nesting.stack.append((level, _NUMBERED_ITEM))  # the bullet is a level under that item
        listed = (_list_only_item(lines, i, nesting, above, blocks) if first in _LIST_ONLY_FIRSTS else None) or (
            _mark_joined_item(lines[i], nesting) if first in _JOINED_MARKS else None)
        block = (Heading(stripped, 0, "", lineno) if i in part_heads
                 else _line_block(raw, stripped, lineno, nesting, above, i in marked, listed))
        # a markdown list's item naming a part; a PDF's lines print the report's own marks, never a markdown list's
        if first == "-" and not display_columns and _is_listed_part(block, raw, lines, i, blocks):
            block = Heading(block.text, 0, "□", lineno)
        elif first in _MARKDOWN_BULLETS and isinstance(block, Bullet) and _after_second_level_at_margin(block, blocks):
            blocks[-1] = replace(blocks[-1], depth=block.depth + 1)
        if first in _TABLE_NOTE_FIRSTS and isinstance(block, Paragraph) and _under_table(blocks) and (
                note := _TABLE_NOTE_RE.match(stripped)):
            block = Bullet(note.group(1), nesting.depth(len(raw) - len(raw.lstrip(" \t")), "※"), "※", lineno)
        i += 1
        if (isinstance(block, Heading) and i < len(lines) and texts[i] and i not in marked
                and (_title_goes_on(raw, lines[i])
                     or _TEAM_LINE_RE.match(texts[i]) and _NUMBERED_START_RE.match(stripped))):
            block = Heading(f"{block.text} {texts[i]}", block.level, block.marker, block.line, block.page)
            i += 1
        number = _LIST_NUMBER_RE.match(stripped) if first.isdigit() else None
        # a following plain line continues this block (markdown hard breaks, wrapped lines); in text without
        # blank lines a bullet's, indented under its text or where its line is broken off, and a paragraph's
        # where its line is broken off at the text's right margin; never the next item of a numbered list, nor
        # anything below a project's numbered title printing its team (`1 직원 역량 강화 (교육팀)`, `❶ … (예산팀)`,
        # `가. 도시숲 조성 (녹지관리팀)`, `1 제목 세무관리팀`, or `1. 청사 관리` over `총무팀`: `_TEAM_LINE_RE`),
        # nor a table's caption (`<표 1> 관용차량 현황`), nor a numbered line below a line in brackets (`[계속]`
        # over `1. 제목`: a title's continuity marker), nor the first row of a `|` table without outer pipes (right
        # below its unit line, `(단위 : 명)`: before, the table was that line's text), nor a note below a note (`주1)`
        # over `주2)`, `_TABLE_NOTE_RE`), nor a list's item below a bullet (`  + 근로 412명`, `_list_only_item`; `*예산`
        # under `* 내 용: …`, `_mark_joined_item`), nor a table's date under a bullet (`(5.31.기준)`)
        numbered = isinstance(block, Paragraph) and first.isdigit() or isinstance(block, Bullet) and (
            first in _OTHER_CIRCLED or first in LETTERS)
        titled = numbered and (_NUMBERED_TEAM_TITLE_RE.match(stripped) or (
            isinstance(block, Paragraph) and _NUMBERED_TITLE_TEAM_END_RE.match(stripped))) or (
            isinstance(block, Paragraph) and stripped[-1:] in ")]" and _TEAM_TITLE_RE.match(stripped))
        if numbered and not titled and i < len(lines) and _TEAM_LINE_RE.match(texts[i]):
            block, titled = _extend(block, texts[i]), True
            i += 1
        while isinstance(block, _PROSE) and i < len(lines) and not titled:
            paragraph = isinstance(block, Paragraph)
            if not wrapped and paragraph and not (margin and _wrapped_at(lines[i - 1], margin, raw)):
                break
            k = i if texts[i] else _over_page_break(lines, i, raw, page_starts, block) if page_starts else None
            if k is None or k in marked or k in part_heads or not is_plain(lines[k]) or (
                    not paragraph and texts[k][:1] in _LIST_ONLY_FIRSTS
                    and (_list_only_item(lines, k, nesting, block, blocks)
                         or _goes_on_numbering(texts[k], blocks, block))) or (
                    not paragraph and texts[k][:1] in _JOINED_MARKS and _mark_joined_item(lines[k], nesting)) or (
                    aligned.cells[k] is not None and aligned.end(k) != k) or (
                    number and _numbered_after(lines[k], int(number.group(1)))) or (
                    _TABLE_NUMBER_RE.match(lines[k].lstrip())) or ("|" in lines[k] and _pipe_table(lines, k)) or (
                    not paragraph and k + 1 < len(lines) and aligned.cells[k + 1] is not None
                    and _table_date_line(texts[k])) or (
                    paragraph and _in_brackets(texts[i - 1]) and _NUMBERED_START_RE.match(lines[k].lstrip())) or (
                    not paragraph and block.marker == "※" and texts[k][:1] in _TABLE_NOTE_FIRSTS
                    and _TABLE_NOTE_RE.match(texts[k])):
                break
            if (not wrapped and paragraph and _starts_apart(lines[k])) or (
                    paragraph and _is_field_under(lines[k], raw)) or (
                    _NUMBERED_TEAM_TITLE_RE.match(texts[k]) and (not paragraph or _set_left_of(lines[k], raw))) or (
                    not paragraph and (_apart_left_of(lines[k], raw)
                                       or not wrapped and not (_indented_under(lines[k], raw)
                                                               or _broken_off(lines[i - 1])))):
                break
            block = _extend(block, texts[k])
            i = k + 1
        # a list open above ends (most lines have none), but in a PDF's lines not at a table's unit or date on a
        # line of its own over the table (`(단위: 건)`): a note under the table set in under the item above it is
        # an item under that item, as where the unit stands on the item's line (its indentation, measured, tells)
        if nesting.stack and not isinstance(block, Bullet) and not (
                display_columns and isinstance(block, Paragraph) and is_table_units_or_date(block.text)):
            nesting.reset()
        if isinstance(block, Paragraph) and i == lineno and (rows := _rows_on_one_line(block.text)):
            add_table(blocks, Table(rows, line=lineno, row_offsets=(0,) * len(rows)), over_page_break=False)
        elif "<" in block.text and isinstance(block, _BROKEN_AT_LINE_BREAKS) and _LINE_BREAK_RE.search(block.text):
            blocks += _broken_at_line_breaks(block)
        elif isinstance(block, Paragraph) and block.text[:1].isdigit() and (
                titled := _TITLE_AND_PURPOSE_RE.match(block.text)):
            blocks += [Paragraph(titled[1], block.line, block.page), Paragraph(titled[2], block.line, block.page)]
        elif "○" in block.text and isinstance(block, Paragraph) and _RUN_ON_ITEM_RE.search(block.text):
            blocks += _broken_at_line_breaks(block, _RUN_ON_ITEM_RE)
        elif isinstance(block, Bullet) and f" {block.marker} " in block.text:
            below = next((line for line in lines[i:] if line.strip()), "")
            blocks += _run_on_items(block, below.lstrip()[:2] == "- " and _indented_under(below, raw))
        else:
            blocks.append(block)
    return blocks


_PART_NAME_ENDS = frozenset("황적무획항안업")  # the last letter of a report part's name (`REPORT_PART_RE`)
_CENTRED_INDENT = 4  # display columns a centred line is set in from the margin at least


def _part_headings(lines: list[str], texts: list[str], page_starts: list[int]) -> frozenset[int]:
    """The lines (from 0) printing a part of the report's name alone (`REPORT_PART_RE`: `주요업무 추진실적`) as a
    heading, where no blank line sets them apart: centred on the text (`pdftotext -layout` prints a centred heading
    so), first on its page, or anywhere in a text that indents no line (`pdftotext -raw` prints no centring). No
    running text is printed so: a line of it goes on from the one above or to the one below, which neither line may
    (each a block of its own, a heading)."""
    found = [i for i, text in enumerate(texts) if text and len(text) <= 24 and text[-1] in _PART_NAME_ENDS
             and "\t" not in lines[i] and REPORT_PART_RE.match(compact(text))]
    if not found:
        return frozenset()
    if not any(line[:1] in " \t" and line.strip() and "\t" not in line.strip() for line in lines):  # a tab row's
        return frozenset(found)  # blank first cells no indent
    width = max((display_width(line.rstrip()) for line in lines if _is_running_text(line.strip())), default=0)
    return frozenset(i for i in found if _centred(lines[i], width) or _first_on_page(texts, i, page_starts))


def _centred(line: str, width: int) -> bool:
    """Whether a line is centred on a text `width` display columns wide: set in from the margin, as far (a fifth
    of the width either way) as the text's width is beyond its end."""
    text = line.strip()
    indent = display_width(line[:len(line) - len(line.lstrip())])
    room = width - indent - display_width(text)
    return indent >= _CENTRED_INDENT and abs(room - indent) <= max(_CENTRED_INDENT, width // 5)


def _first_on_page(texts: list[str], i: int, page_starts: list[int]) -> bool:
    """Whether line i is the first printed on its page (a page's number and running lines blanked before)."""
    k = bisect.bisect_right(page_starts, i)
    return k > 0 and not any(texts[page_starts[k - 1]:i])


def _right_after_table(blocks: list[Block], texts: list[str], table_end: int | None, start: int,
                       unpaged: bool) -> bool:
    """Whether a table printed in markup (HTML, grid or `|`), tabs or pandoc's rules (a multiline or simple table)
    from line `start` (from 0) stands right after one the last block is, ending at `table_end`, as a converter
    prints a table a page break parted where it prints no mark of the break (MinerU, markitdown and marker a PDF's;
    hwp and docx converters, pandoc `-t plain`, a document's each page's part a table of its own): in a text marking
    no page (`unpaged`; not a PDF's, whose two tables on one page are two), blank lines alone between, the table
    above of its header and a row at least (not a box of one row, a title's: `1 | 인 력`). Whether the part below
    goes on from it is `add_table`'s to tell, as over a page break: before, two tables, each 계 found wrong against
    the rows above the break."""
    return (unpaged and table_end is not None and not any(texts[table_end:start])
            and len(blocks[-1].rows) > 1)


# a note under a table marked `주)` (`주1)`, `주 :`, `(주)` before a blank): a `※` note, as reports mark it
# elsewhere; `(주)` only so, since it is also a company's mark before its name (`(주)미르건설과 계약`)
_TABLE_NOTE_RE = patterns.compile(r"^(?:주\s*\d{0,2}\s*[)）]|주\s*[:：]|[(（]주[)）](?=\s))\s*(\S.*)$")
_TABLE_NOTE_FIRSTS = "주(（"


def _under_table(blocks: list[Block]) -> bool:
    """Whether the next line stands right under a table, or under the notes right under one (`※ …`, `주) …`)."""
    k = len(blocks) - 1
    while k >= 0 and isinstance(blocks[k], Bullet) and blocks[k].marker in ("※", "*"):
        k -= 1
    return k >= 0 and isinstance(blocks[k], Table)


# a line break a converter prints as HTML inside a markdown line (pandoc, markitdown): `<br>`, `<br/>`, `<br />`
_LINE_BREAK_RE = patterns.compile(r"\s*<br\s*/?>\s*", regex.I)
_BROKEN_AT_LINE_BREAKS = (Paragraph, Bullet, Heading)  # the blocks whose line a `<br>` breaks


# an item's `○` run on in a paragraph's line, as pymupdf4llm joins a PDF's lines of one block (`1. 조 직 : 4팀 ○
# 환경정책팀, …`): a line break before it (running text prints no `○` between words)
_RUN_ON_ITEM_RE = patterns.compile(r"(?<=\S)\s+(?=○\s+\S)")
# a project's numbered title, its team in brackets last, and its purpose run on in one line, as pymupdf4llm joins
# a PDF's lines of one block (`1. 금연 사업 (건강증진팀) 금연 환경을 조성하고자 함`): the title, then the purpose
_TITLE_AND_PURPOSE_RE = patterns.compile(
    r"^(\d{1,2}\.\s+[^()]{1,60}?[(]\p{Hangul}[\p{Hangul}\d]{0,11}팀[)])\s+(\S[^()]*(?:함|임|음|다)\.?)$")


def _rows_on_one_line(text: str) -> tuple[tuple[str, ...], ...] | None:
    """A table printed on one line, as pymupdf4llm joins the lines of a table it finds no rule in: its header's
    labels, then its rows of as many figures each (`is_noted_figure`), two at least, each after its label (`구 분 계
    승 용 화 물 대 수 5 2 3`; `구 분 예산액 집행액 집행률(%) 계 300,000 100,000 33.3 시 비 100,000 50,000 50.0`) or
    a lone row after none (`예 산 액 집 행 액 집행률(%) 1,210,000(구비) 320,000(구비) 26.4`). The header's letters set
    apart are parted into its labels as `pdftotext -raw`'s are (`parted_labels`: `예 산 액 집 행 액` two labels),
    the first row's label the fewest words last before its figures (a word, or letters set apart: `대 수`) that leave
    the header a label for each of the rows' cells. Else None."""
    if not is_noted_figure(text[text.rfind(" ") + 1:]):  # most lines: a word last, not a figure
        return None
    runs: list[tuple[list[str], list[str]]] = []  # each run of words and the figures after it
    for word in text.split():
        if not is_noted_figure(word):
            if not runs or runs[-1][1]:
                runs.append(([], []))
            runs[-1][0].append(word)
        elif runs:
            runs[-1][1].append(word)
        else:
            return None  # a figure first: no header
    width = len(runs[0][1])
    if width < 2 or any(len(figures) != width for _, figures in runs):
        return None
    header_words, first = runs[0]
    for n in range(1, len(header_words)):  # the row's label: its last word, or the letters set apart ending it
        if n > 1 and len(header_words[-n]) > 1:
            break
        if header := parted_labels(header_words[:-n], width + 1):
            first_row = (" ".join(header_words[-n:]), *first)
            return tuple(header), first_row, *((" ".join(words), *figures) for words, figures in runs[1:])
    header = parted_labels(header_words, width) if len(runs) == 1 else None
    return (tuple(header), tuple(first)) if header else None


_ITEM_FIELD_RE = patterns.compile(r"^[^:：]{1,30}[:：]\s*\S")  # an item's field: `예산 반영 및 결과 공개: 하반기`


def _run_on_items(item: Bullet, deeper_below: bool) -> list[Bullet]:
    """An item whose line prints its mark again between fields (`ㆍ 제안사업 총회: 7월~8월 ㆍ 예산 반영: 하반기`, as
    pymupdf4llm joins the lines of a PDF's block) as the items it runs together, each at its depth; an item whose
    parts are not each a field (`label: …`, `_ITEM_FIELD_RE`) stays one (`국비 50% ㆍ 시비 50%`). Before, one item
    of the first's field and the second's period. A markdown `-` item over a `-` item indented deeper
    (`deeper_below`) runs on the first of its own `-` items, as pymupdf4llm joins a line starting right of the one
    above it (`- 하반기 보급 …: 7월 - 보조금 접수: 7월` over `   - 차량 지급: 8월`): those after its text, each a
    field, are a level under it (before, one item, the period the last one's)."""
    parts = item.text.split(f" {item.marker} ")
    if deeper_below and item.marker == "-" and all(_ITEM_FIELD_RE.match(part) for part in parts[1:]):
        return [replace(item, text=parts[0].strip()),
                *(replace(item, text=part.strip(), depth=item.depth + 1) for part in parts[1:])]
    if len(item.marker) > 1 or not all(_ITEM_FIELD_RE.match(part) for part in parts):
        return [item]
    return [replace(item, text=part.strip()) for part in parts]


def _broken_at_line_breaks(block: Paragraph | Bullet | Heading, breaks: regex.Pattern = _LINE_BREAK_RE) -> list[Block]:
    """A paragraph's, bullet's or heading's line broken where it prints `<br>` (or where `breaks` says), each
    break a new line: a line after
    it that starts with a bullet's mark is an item below the block (`… / 210,000천원<br>- 냉난방기 교체 포함`: a
    bullet's nested item, a paragraph's or heading's first), which before ran into its text and hid its amount; any
    other line goes on the block's text, as a wrapped line does: a heading's is one title (`1. 주요업무<br>추진실적`:
    `1. 주요업무 추진실적`), a count or unit in brackets read as on the title's line (`공용차량 현황<br>(총 12대)`).
    The items so broken out nest by their marks as a text's lines at one indentation do (`□ 사업개요<br>○ 공모: 3월<br>-
    사전심사: 5월`: the `-` item under the `○` one; before, its sibling)."""
    parts = [part for part in breaks.split(block.text) if part]
    if not parts:
        return []
    blocks: list[Block] = [replace(block, text=parts[0])]
    depth = block.depth + 1 if isinstance(block, Bullet) else 0
    nesting = BulletNesting()
    for part in parts[1:]:
        if match := _BULLET_RE.match(part):
            blocks.append(Bullet(match.group(2), depth + nesting.depth(0, match.group(1)), match.group(1), block.line,
                                 block.page))
        else:
            blocks[-1] = _extend(blocks[-1], part)
    return blocks


def _over_page_break(lines: list[str], i: int, first: str, page_starts: list[int], block: Block) -> int | None:
    """The line after the blank lines of a page break from line i that goes on from the block above (printed
    from line `first`), else None: for a bullet, one indented deeper than the bullet (its text wrapped onto
    the next page), but not a table's units or date alone in brackets, set at the right over the table; for a
    paragraph whose last line runs the width of the text and ends no sentence, the next page's first line (unless
    it is numbered as a title)."""
    k = i
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k == len(lines) or not page_starts_between(page_starts, i, k):
        return None
    if isinstance(block, Bullet):
        return k if _indented_under(lines[k], first) and not is_table_units_or_date(lines[k]) else None
    last = lines[i - 1].strip()
    if _NUMBERED_START_RE.match(first.strip()):
        return None  # a numbered line is a title (`1 제목 교육후생팀`), which the purpose follows
    return k if display_width(last) >= _FULL_LINE and not _SENTENCE_END_RE.search(last) else None


def _right_margin(lines: list[str]) -> int | None:
    """The right edge (a display column) the running text is wrapped at, in text without blank lines: of the lines
    of running text (Hangul, no cell gaps) at least `_FULL_LINE` wide, the furthest edge that a third of them
    (three at least) end at or a word's width short of, where hardly any (a fourth as many) end beyond it. The
    furthest, not the most common: bullets indented on the page end short of the margin once plain `pdftotext`
    drops their indentation, and may be more. None where no edge is shared so: hwp5txt prints each paragraph as
    one line as long as it is, ending wherever its text does, many far beyond the most common width."""
    edges = sorted(display_width(line.rstrip()) for line in lines
                   if len(line) * 2 >= _FULL_LINE and _is_running_text(line.strip()))
    edges = edges[bisect.bisect_left(edges, _FULL_LINE):]
    margin, start = None, 0
    for end, edge in enumerate(edges):
        while edge - edges[start] > _WORD_WIDTH:
            start += 1
        count, beyond = end - start + 1, len(edges) - end - 1
        if count >= 3 and count * 3 >= len(edges) and beyond * 4 <= count:
            margin = edge
    return margin


def _is_running_text(stripped: str) -> bool:
    """A line of sentences, not of a table's cells (apart by two spaces, a tab or a `|`)."""
    return "  " not in stripped and "\t" not in stripped and "|" not in stripped and bool(_HANGUL_RE.search(stripped))


def _wrapped_at(line: str, margin: int, first: str) -> bool:
    """Whether a paragraph's line (the paragraph printed from line `first`) was wrapped at the text's right margin:
    its text runs the width of the text, ends a word's width short of the margin or at it, and stops mid-sentence
    at a word; and the paragraph is no numbered title (`1 제목 교육후생팀`, which its purpose follows)."""
    return (margin - _WORD_WIDTH <= display_width(line.rstrip()) <= margin and _broken_off(line.strip())
            and not _NUMBERED_START_RE.match(first.lstrip()))


def _starts_apart(line: str) -> bool:
    """Whether a line starts something of its own however the line above it ends: a number (`2. 28.` may go on
    from a bullet, but not from a paragraph, which may be a title) or a bracket around the whole line (a unit,
    a date: `(단위: 천원)`, `(2025. 5. 31. 기준)`)."""
    stripped = line.strip()
    return bool(_NUMBERED_START_RE.match(stripped)) or _in_brackets(stripped)


# a line printing a field, its label and a colon: an overview's (`기    간 : 2025. 1. ~ 12.`, `사 업 비 : …`), or an
# achievement's or plan's, its label set apart from the colon (`2단계 공사 : 7월~10월`, `원격 점등 시스템 설계 : …`)
_FIELD_LINE_RE = patterns.compile(r"^\s*(?:[가-힣](?: {0,4}[가-힣]){0,5} *|[가-힣\d’'][^:：]{0,29}? )[:：] *\S")


def _lost_marks_restored(lines: list[str]) -> list[str]:
    """The lines with `LOST_MARK` before the text of each item whose mark printed nothing (a symbol font's glyph a
    PDF draws as no text, as `pdftotext -layout` prints it: `  굴착 심의 강화 : …` under `  도로 굴착 복구 실명제
    운영 : 연중`), as the PDF reader marks them (`read_pdf`'s `_marks_lost`): a field's line (`label : …`) set in
    past the text of the line above it, by six display columns at most (three type sizes), right under it where it
    ended short (no text of it wrapped onto the line), is an item nested under that line's item, and that line,
    where it prints no mark either, an item too; so is a field's line right under a line that ended short at the
    indentation of such an item above in the list, two columns off at most (`-layout` sets each line's columns
    apart: `’19년 정비구간 …` under `◦ 점자블록 …` set in under it), that item's sibling, set at its indentation.
    Before, each went on the text of the line above it, and the items nested under it were lost."""
    out = list(lines)
    lost: set[int] = set()  # the indentations of the items so marked in the list going on

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip(" "))

    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if not line.strip() or lost and indent(line) < min(lost) - _LOST_MARK_OFF:
            lost.clear()
        if ":" not in line and "：" not in line:  # no field's line (`_FIELD_LINE_RE`): most lines, told at once
            continue
        stripped = line.lstrip(" ")
        if (not above.strip() or not stripped or not _FIELD_LINE_RE.match(line) or _own_mark(stripped)
                or _BULLET_RE.match(stripped) or _broken_off(above)):
            continue
        bullet = _BULLET_RE.match(above.lstrip(" "))
        marked = bullet is not None or _own_mark(above.lstrip(" ")) is not None
        if not (marked or is_plain(above)):
            continue  # a heading's line, a table's row
        text_start = indent(above) + (bullet.start(2) if bullet else 2 if marked else 0)
        if 0 < indent(line) - text_start <= _LOST_MARK_INDENT and (marked or _FIELD_LINE_RE.match(above)):
            if not marked and not out[k - 1].lstrip(" ").startswith(LOST_MARK):
                out[k - 1] = _lost_mark_put(above, indent(above))
                lost.add(indent(above))
            at = indent(line)
        elif (at := min(lost, key=lambda level: abs(level - indent(line)), default=None)) is None or abs(
                at - indent(line)) > _LOST_MARK_OFF:
            continue
        out[k] = _lost_mark_put(line, at)
        lost.add(at)
    return out


_LOST_MARK_INDENT = 6  # display columns past the text of the line above an item whose mark printed nothing starts
_LOST_MARK_OFF = 2  # display columns a sibling of such an item may stand off its indentation


def _lost_mark_put(line: str, indent: int) -> str:
    """A line with `LOST_MARK` before its text, at an indentation."""
    return f"{' ' * indent}{LOST_MARK} {line.lstrip(' ')}"


def _is_field_under(line: str, first: str) -> bool:
    """Whether a line prints a field right under a field at the same indent (`기 간 : …` over `대 상 : …`): a
    field of its own, not the one above's wrapped text, where the list's bullet mark is lost (a symbol font's mark
    that CP949 has no code for, which `pdftotext -enc EUC-KR` drops)."""
    return bool(_FIELD_LINE_RE.match(first) and _FIELD_LINE_RE.match(line)) and (
        len(line) - len(line.lstrip(" ")) == len(first) - len(first.lstrip(" ")))


def _table_date_line(text: str) -> bool:
    """Whether a line alone in brackets is the date a table's figures stand at, no unit (`(5.31.기준)`): under a
    bullet naming the table, over its first line, the table's own line, not the bullet's text wrapped. A unit
    line, or a date under a numbered caption (`2. 인 력` over `(2025. 5. 31. 기준)`), is left to the caption it may
    end (`3. 차량현황 (단위: 대)`, read apart later)."""
    return is_table_units_or_date(text) and unit_in(text) is None


def _in_brackets(stripped: str) -> bool:
    """Whether a line is wholly in brackets (`(단위: 천원)`, `(2025. 5. 31. 기준)`, `[계속]`): a line of its own."""
    return stripped[:1] in _OPENING and stripped[-1:] in _CLOSING


def _title_goes_on(title: str, line: str) -> bool:
    """Whether a numbered title wrapped onto the next line (`① … 개선을 통한 쾌적하고 안전한` over `청사 조성
    (청사관리팀)`, as `pdftotext -layout` prints a long title): the title runs the width of the text and stops
    mid-phrase, and the line, indented under its text, is plain and no sentence (a purpose ends `…하고자 함`)."""
    return (bool(_NUMBERED_START_RE.match(title.lstrip())) and _broken_off(title) and _indented_under(line, title)
            and is_plain(line) and not _SENTENCE_WORD_END_RE.search(line))


def _numbered_after(line: str, number: int) -> bool:
    """Whether a line is numbered as the item after `number` (`2. 수시점검` after `1. 정기점검`), or as it again:
    markdown numbers a list's items as it likes, and Google Docs prints every one `1.` (`1. 정기점검` over `1.
    수시점검`: before, one item, the second's text run into the first's)."""
    match = _LIST_NUMBER_RE.match(line.lstrip())
    return match is not None and int(match.group(1)) in (number, number + 1)


def _broken_off(line: str) -> bool:
    """Whether a line runs the width of the text and stops mid-sentence at a word (`… 안전 인증 검사를`), so the
    next line goes on with it even where it is not indented (plain `pdftotext`)."""
    end = line.rstrip()[-1:]
    return ((end == "," or "가" <= end <= "힣") and display_width(line) >= _FULL_LINE
            and not _SENTENCE_END_RE.search(line) and not _FIGURE_END_RE.search(line))


def _indented_under(line: str, bullet: str) -> bool:
    """Whether a line is indented deeper than a bullet's mark: its text wrapped onto the line."""
    return len(line) - len(line.lstrip()) > len(bullet) - len(bullet.lstrip())


def _set_left_of(line: str, first: str) -> bool:
    """Whether a line starts left of a paragraph's first line: a project's numbered title printing its team so set
    (under an item whose mark printed nothing, `-layout`'s `  준공 및 정산 : 12월` over ` 2 도로 굴착 복구 및 관리
    (도로굴착팀)`) is no line of it; one as far left may be (a part's name run into it, `주요업무 추진실적` over
    `1. 어린이집 운영 지원 (보육정책팀)`, which a text prints so)."""
    return len(line) - len(line.lstrip()) < len(first) - len(first.lstrip())


def _apart_left_of(line: str, bullet: str) -> bool:
    """Whether a line left of a bullet's mark starts something of its own (`_starts_apart`): a numbered title
    (`2. 치매안심센터 운영` after the last bullet of project 1) or a line in brackets (`[계속]` over the next
    title, as a PDF prints it with no more space above it than between the bullet's lines), which no text of the
    bullet wrapped onto it would be; a numbered title of words as far left as the mark is none either (PyMuPDF
    prints a heading right under a note, ` ※ 공무직 : 행정 보조 1명` over ` 3. 차 량 : 총 3대`: before, the
    heading was the note's text and the vehicle table under it took the staffing's caption above)."""
    stripped = line.lstrip()
    indent, mark = len(line) - len(stripped), len(bullet) - len(bullet.lstrip())
    return (indent < mark and _starts_apart(stripped)) or (indent == mark and bool(_NUMBERED_WORDS_RE.match(stripped)))


def _is_tab_row(raw: str) -> bool:
    """A row of a tab-separated table: tabs part its cells, not only indent its text (`\t\t- 본관 승강기 교체`)
    or follow a bullet's mark (`○\t청사 시설 정비`)."""
    text = raw.lstrip(" \t")
    if "\t" not in text:
        return False
    bullet = _BULLET_RE.match(text)
    return bullet is None or "\t" in bullet.group(2)


def _is_tabbed_title(lines: list[str], i: int) -> bool:
    """Line `i` is a project's numbered title with its team after a tab (`_TABBED_TEAM_TITLE_RE`), no row of a
    table: no tab row of as many cells right above or below it (a header `연번 | 사 업 명 | 담 당`, a row of the
    list), nor such a title numbered right before or after it (a list of them parted by blank lines). A table
    above it (a project's `□ 예산현황` closing the project before) or below it is another's."""
    number = _tabbed_title_number(lines[i])
    if number is None:
        return False
    width = _tab_width(lines[i])
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines) and _is_tab_row(lines[k]) and (
                _tabbed_title_number(lines[k]) == number + step
                or k == i + step and _tab_width(lines[k]) == width):
            return False
    return True


def _is_labelled_line(lines: list[str], i: int) -> bool:
    """Line `i` is a numbered line whose number a word processor's list prints as a label followed by a tab
    (`_LABELLED_LINE_RE`: `1.<tab>조 직`, `가.<tab>공원 현황`, as LibreOffice's text of a .docx's numbered list), no
    row of a table: no tab row right above or below it but another such line (a header `연번<tab>사업명`, a row of
    its list). Before, a table of one row, `1. | 조 직`."""
    if not _LABELLED_LINE_RE.match(lines[i].lstrip(" ")):
        return False
    return not any(0 <= k < len(lines) and _is_tab_row(lines[k]) and not _LABELLED_LINE_RE.match(lines[k].lstrip(" "))
                   for k in (i - 1, i + 1))


def _tabbed_title_number(line: str) -> int | None:
    """The number of a line that is a project's numbered title with its team after a tab, else None."""
    match = _TABBED_TEAM_TITLE_RE.match(line.lstrip(" "))
    if match is None:
        return None
    if number := match["number"] or match["bracketed"]:
        return int(number)
    if match["letter"]:
        return LETTERS.index(match["letter"]) + 1
    return next(marks.index(match["circled"]) + 1 for marks in (_CIRCLED_MARKS, *OTHER_CIRCLED)
                if match["circled"] in marks)


def _goes_on_tab_table(raw: str) -> bool:
    """A line of a tab-separated table below its first: a row, or a line whose tabs put its one cell in a later
    column (`\t\t\t비고`); not a bullet indented by tabs under the table (`\t\t- 본관 승강기 교체`)."""
    return "\t" in raw and (_is_tab_row(raw) or not _BULLET_RE.match(raw.lstrip(" \t")))


def _tab_run(lines: list[str], start: int) -> int:
    """The end of a run of a tab table's lines from `start`: at a blank line, a line of no table, or a project's
    title with its team after a tab right below the table (in text without blank lines)."""
    end = start + 1
    while end < len(lines) and lines[end].strip() and _goes_on_tab_table(lines[end]) and not (
            _is_tabbed_title(lines, end)):
        end += 1
    return end


def _tab_table(lines: list[str], start: int):
    """A tab-separated table from line `start`: its rows, the line (from its first) each starts on where a row
    is on more than one, and its end. Word's "save as text" prints a line break inside a cell as a line break,
    and a merged header cell as one cell: a row broken so is joined (`_rows_joined`), and a header row of merged
    cells placed over the columns they span (`_merged_cells_placed`; a header of three rows so, `구 분<tab>정 원<tab>현
    원` over `계<tab>일반직<tab>…` over `<tab>4급<tab>5급<tab>…`, spread over them, `_header_spread`)."""
    end = run_end = _tab_run(lines, start)
    # the table may go on below lines of one cell (`_cell_lines_go`), not into a wider table's header below them
    while ((k := _cell_lines_end(lines, end)) > end and k < len(lines) and _is_tab_row(lines[k])
           and _tab_width(lines[k]) <= max(map(_tab_width, lines[start:end]))):
        end = _tab_run(lines, k)
    printed = [[cell.strip() for cell in line.strip(" ").split("\t")] for line in lines[start:end]]
    widths = set(map(len, printed))
    width = max(widths)
    if end == run_end and len(widths) == 1:
        return tuple(map(tuple, printed)), None, end  # most tables: each row on a line, of the table's width
    rows, offsets, end = _rows_joined(lines, start, printed, width)
    _merged_header_placed(rows, width)
    return tuple(map(tuple, rows)), None if offsets == list(range(len(rows))) else tuple(offsets), end


def _tab_width(line: str) -> int:
    """How many cells a tab row prints."""
    return len(line.strip(" ").split("\t"))


def _merged_header_placed(rows: list, width: int) -> None:
    """A header printing each merged cell once (Word's "save as text", Tika's text) placed over the table's
    columns, in place: spread where it prints no blank for a cell merged down either (`_header_spread`), else its
    rows placed over the row below them (`_under_columns_after_merged_label`, `_merged_cells_placed`)."""
    first_figures = next((k for k, row in enumerate(rows) if any(map(_is_figure_cell, row))), 0)
    if spread := _header_spread(list(map(tuple, rows[:first_figures])), width, list(map(tuple, rows[first_figures:]))):
        rows[:first_figures] = spread
    else:
        _under_columns_after_merged_label(rows, width)
        _merged_cells_placed(rows, width)


def _tika_table(start: int, printed: list[list[str]], offsets: tuple[int, ...]) -> Table:
    """A table Tika printed (`pipeline.tika_tables`) as a grid: its header placed as Word's "save as text" one is
    (`_merged_header_placed`), and a row printing fewer cells than the table, whose cells Tika prints whole, with
    its cell merged across the label columns: in the header's last row its first (`구 분` over `단위사업명 |
    세부사업명`), in the body the labels before its figures (`계`, `기본경비` over them)."""
    width = max(map(len, printed))
    rows = [list(row) for row in printed]
    _merged_header_placed(rows, width)
    n_header = header_end(rows)
    for k, row in enumerate(rows):
        if len(row) < width and k >= n_header - 1:
            labels = 1 if k < n_header else next((j for j, cell in enumerate(row) if _is_figure_cell(cell)), 0)
            if labels:
                rows[k] = [*row[:labels], *[""] * (width - len(row)), *row[labels:]]
    return Table(tuple(map(tuple, rows)), line=start + 1, row_offsets=offsets)


def _rows_joined(lines: list[str], start: int, printed: list[list[str]], width: int):
    """The rows of a tab table's lines (from `start`, each's cells `printed`), a row broken over lines at a line
    break in a cell joined (`_broken_row_end`), and lines of one cell between two rows put where they go
    (`_cell_lines_go`); the line (from the first) each row starts on, and the table's end."""
    rows: list[list[str]] = []
    offsets: list[int] = []
    k, label_at = 0, None  # label_at: the line a row's first cell starts on, above the row
    while k < len(printed):
        if "\t" not in lines[start + k]:  # lines of one cell between two rows
            below = _cell_lines_end(lines, start + k) - start
            text = " ".join(cells[0] for cells in printed[k:below])
            goes = _cell_lines_go(rows[-1], text, printed[below], width)
            if goes is None:
                return rows, offsets, start + k
            if (own := _cell_lines_placed(goes, text, rows[-1], printed[below])) is not None:
                rows.append(own)
                offsets.append(k)
            elif goes == "down":
                label_at = k
            k = below
            continue
        last = _broken_row_end(printed, k, width)
        row = printed[k]
        for cells in printed[k + 1:last + 1]:
            row[-1] = f"{row[-1]} {cells[0]}"
            row += cells[1:]
        rows.append(row)
        offsets.append(k if label_at is None else label_at)
        k, label_at = last + 1, None
    return rows, offsets, start + len(printed)


def _cell_lines_end(lines: list[str], start: int) -> int:
    """After the lines from `start` that may be a cell's lines, printed between two rows of a tab table (or start):
    short lines of text without a tab, each no heading, numbered title or figure (a bullet may be an item of a
    cell that lists them, `- 마을버스 12개 노선` over `- 정류소 30개소`)."""
    end = start
    while (end < len(lines) and end - start < _MAX_CELL_LINES and "\t" not in lines[end]
           and (text := lines[end].strip()) and display_width(text) <= _MAX_CELL_LINE
           and (is_plain(text) or _BULLET_RE.match(text) and not _heading(_unbold(text), None))
           and not _NUMBERED_START_RE.match(text) and not is_figure(text)):
        end += 1
    return end


def _cell_lines_go(above: list[str], text: str, below: list[str], width: int) -> str | None:
    """Where the text of lines of one cell between two rows goes, where it is plainly a cell's line break: "up",
    the end of the last cell of the row above, where that is text and the line a bracket (`집행률(%)` over
    `(5.31.기준)`), an item of a cell listing them (`- …` under `- …`) or, under the header, no row's label (the
    row below is a total's); "down", the start of the first cell of the row below where the line breaks off
    (`대중교통 활성화 및` over `마을버스 지원 | 3,000,000 …`). Else it is a "row" of its own, one merged cell (a
    group's label, `청사 관리`). None where the row below is no body row of this table (a caption over the next
    table's header), or for a bullet under a cell of no such items (a note between rows, as printed before)."""
    if len(below) != width or not any(map(is_figure, below)):
        return None
    if bullet := _BULLET_RE.match(text):
        return "up" if above[-1].startswith(bullet.group(1)) else None
    labelled = bool(below[0]) and not is_figure(below[0]) and not is_total(below[0])
    if above[-1] and not is_figure(above[-1]) and (
            text[:1] in _OPENING or not labelled and not any(map(is_figure, above))):
        return "up"
    return "down" if labelled and text.endswith(GOES_ON) else "row"


def _cell_lines_placed(goes: str, text: str, above: list[str], below: list[str]) -> list[str] | None:
    """Puts the text of lines of one cell between two rows where `_cell_lines_go` says it goes, in place: the end
    of the row `above`'s last cell ("up") or the start of the row `below`'s first ("down"); else returns it as a row
    of its own."""
    if goes == "up":
        above[-1] = f"{above[-1]} {text}"
    elif goes == "down":
        below[0] = f"{text} {below[0]}"
    else:
        return [text]
    return None


def _broken_row_end(printed: list[list[str]], start: int, width: int) -> int:
    """The last line of the row that line `start` starts: a row of fewer cells than the table's, whose last cell
    is text, goes on in the lines below where its cell's line break put the rest (each line starting with that
    cell's text), up to a row of the table's width exactly; else it is a row of its own."""
    count, k = len(printed[start]), start
    while count < width and k + 1 < len(printed) and k - start < _MAX_CELL_LINES:
        broken, rest = printed[k][-1], printed[k + 1][0]
        if not broken or not rest or is_figure(broken) or is_figure(rest):
            break
        count, k = count + len(printed[k + 1]) - 1, k + 1
        if count == width:
            return k
    return start


def _merged_cells_placed(rows: list[list[str]], width: int) -> None:
    """Header rows that print a merged cell as one cell (Word's "save as text"), fewer cells than the row below
    them, each cell placed over the columns it spans, as a converter that pads it with blank cells prints it:
    the row below tells them, a blank under a cell merged down, a group of its labels (`label_groups`: `5급 …
    8급 | 7급 8급`, `계 | 국비 | 시비`) under a cell merged across. Where the groups are not as many as the cells,
    the row stays as printed."""
    if all(len(row) == width for row in rows[:MAX_HEADER_ROWS]):
        return  # most tables: no row of the header is short
    n_header = header_end(rows)
    for r in range(n_header - 2, -1, -1):
        upper, below = rows[r], rows[r + 1]
        if not 2 <= len(upper) < len(below) == width:
            continue
        spans, col = [], 0
        while col < width:
            if not below[col]:
                spans.append(range(col, col + 1))
                col += 1
                continue
            run_end = next((end for end in range(col, width) if not below[end]), width)
            spans += label_groups(below, col, run_end)
            col = run_end
        if len(spans) == len(upper):
            rows[r] = [""] * width
            for label, span in zip(upper, spans, strict=True):
                rows[r][span.start] = label


def _under_columns_after_merged_label(rows: list, width: int) -> None:
    """A header's lower rows that print no cell under the labels merged down beside them (hwp converters print a
    merged-down cell so: `개소<tab>면적<tab>…` under `구 분<tab>결 정<tab><tab>집 행`, `5급<tab>6급…` under
    `구 분<tab>계<tab>일 반 직`), each moved right by as many columns as the labels merged down, under the columns
    after them, as a vehicle header shifted a column is put back. The labels merged down are the first row's
    first labels before the one that starts the groups (a label after them; not a blank of a label merged
    across), as many as the lower row prints cells fewer than the table is wide, or fewer (a label merged down
    at the right end too, `비 고`): the most that stand each of its cells over a column of figures. Only where
    the rows below the header print a row label and then figures, and the lower row prints a label first and no
    blank among its labels; a lower row that prints a cell for each column, or the blank of a cell merged down
    (`팀 별<tab><tab>5급…` under `구 분<tab>계<tab>일 반 직`, the corner over two rows), stays as printed."""
    if not any(row and is_label(row[0]) and (len(row) < width or not row[-1]) for row in rows[1:MAX_HEADER_ROWS]):
        return  # most tables: no row below the first is short, or it starts with a blank
    n_header = header_end(rows)
    upper = rows[0] if n_header > 1 else ()
    if len(upper) < 2 or not (is_label(upper[0]) and is_label(upper[1])):
        return
    body = [row for row in rows[n_header:n_header + 5] if len(row) == width]
    if not body or not all(is_label(row[0]) for row in body):
        return
    figures = {j for row in body for j, cell in enumerate(row) if _is_figure_cell(cell)}
    for r in range(1, n_header):
        row = rows[r]
        printed = len(row)
        while printed and not row[printed - 1]:
            printed -= 1
        if not (2 <= printed < width and is_label(row[0]) and all(row[:printed])):
            continue  # a blank among its labels: it prints the blanks of the cells merged down (`팀 별<tab><tab>5급`);
            # one label alone is a group row (`일반 사업`): a group merged across prints two labels below it at least
        merged = next((k for k in range(width - printed, 0, -1)
                       if len(upper) > k and all(map(is_label, upper[:k + 1]))
                       and all(j + k in figures for j in range(printed))), 0)
        if merged:
            rows[r] = ("",) * merged + (*row, *("",) * width)[:width - merged]  # of the table's width, a tuple


def _run(lines: list[str], start: int, belongs) -> int:
    end = start
    while end < len(lines) and lines[end].strip() and belongs(lines[end]):
        end += 1
    return end


def _is_markup_table(stripped: str) -> bool:
    """The first line of an HTML table or of a pandoc grid table."""
    return stripped[:6].lower() == "<table" or is_grid_border(stripped)


def _markup_table_end(lines: list[str], start: int) -> int:
    """After an HTML table's `</table>`, tables inside its cells held within (or the end of its run of lines, if it
    never closes); after the last line of a grid table."""
    if lines[start].lstrip()[:1] == "<":
        depth = 0
        for n in range(start, len(lines)):
            line = lines[n].lower()
            depth += line.count("<table") - line.count("</table")
            if depth <= 0 and "</table" in line:
                return n + 1
        return _run(lines, start, lambda s: True)
    return _run(lines, start, lambda s: s.strip()[:1] in "+|")


def _pipe_table(lines: list[str], start: int):
    """A markdown `|` table from line `start`: its rows, the line (from its first) each is on, and its end; None for
    a line of text with a `|` in it. Its lines are the run of lines with a `|`. A table whose first line a pipe
    starts is GFM's: each row read as GFM reads it (outer pipes part no cells). One whose first line no pipe starts
    (as markdown allows and some HWP extractors print) has rows that print their outer pipes where they please:
    each is read at the table's width (`_pipe_width`), its outer pipe parting an empty cell where it needs one
    (`| | 계 | 승용` under `구 분 | 정수 | 보유 현황 | | | |`), and the table has two rows at least, of two cells
    at least. A line that no pipe starts and that cannot be read at the table's width is text after it. `| --- |`
    rules are no rows."""
    end = _run(lines, start, lambda s: "|" in s)
    # the document's words, and those of its text outside `|` tables, read only where a cut asks
    if aligned := _column_aligned_rows(lines[start:end], functools.partial(_words_printed, lines), lambda: (
            _words_printed([line for line in lines if not line.lstrip().startswith("|")]))):
        return aligned[0], aligned[1], end
    printed = [_pipe_cells(line) for line in lines[start:end]]
    at = list(range(len(printed)))  # the line (from the first) each printed row starts on
    html2text = _html2text_table_end(lines, start)
    gfm = not html2text and not printed[0][0]
    if html2text:
        end = html2text
        printed, at = _html2text_rows(lines[start:end])
    width = len(_read_at(printed[0], None)) if gfm else max(map(len, printed)) if html2text else _pipe_width(printed)
    rows, offsets = [], []
    if not gfm and (spread := _bare_header_spread(printed)):
        rows, offsets = spread[0], [at[k] for k in spread[1]]
        width = len(rows[0])
    below = at.index(offsets[-1]) + 1 if offsets else 0  # the first row below a header read already
    for k, cells in enumerate(printed[below:], start=below):
        offset = at[k]
        if html2text:  # every pipe parts two cells; a row printing fewer lost them to merged cells
            if not _is_pipe_rule(tuple(cells), right_after_header=k == 1):
                rows.append(tuple(cells))
                offsets.append(offset)
            continue
        row = _read_at(cells, width, gfm)
        if row is None and not gfm and _under_merged_label_maybe(rows, cells, width):
            row = _read_at(cells, width - 1, gfm)  # `_under_columns_after_merged_label` tells where it goes
        if row is None and cells[0]:
            end = start + offset
            break
        if row is None:  # a row of another width, printed as a row
            row = _read_at(cells, None)
        if row and not _is_pipe_rule(row, right_after_header=offset == 1):  # a `|` alone is no row: no cells
            rows.append(row)
            offsets.append(offset)
    if not gfm and (len(rows) < 2 or width < 2):
        return None
    _under_columns_after_merged_label(rows, width)
    rows = _spanning_labels_rejoined(_letter_spaced_columns_joined(_words_parted_at_rules_rejoined(
        _line_broken_columns_parted(_brackets_closed_in_cell(_cell_list_marks_dropped(rows))))))
    if html2text:
        rows = _totals_merged_across(_under_merged_down_cells(rows), width)
    return tuple(_under_merged_down_cells(rows) if gfm else rows), tuple(offsets), end


def _html2text_table_end(lines: list[str], start: int) -> int | None:
    """The end of a table html2text printed from line `start` (None for any other): up to the blank line it prints
    after it, every line but the last ending in two spaces (a hard break: a `<br>` in a cell ends a line so too),
    a `---|---` rule under its first row, no outer pipe (a line starting with one starts with a blank cell)."""
    if not lines[start].endswith("  "):
        return None  # most tables: not html2text's
    end = _run(lines, start, lambda s: True)
    rules = [k for k in range(start + 1, min(end, start + 4)) if lines[k][:1] == "-" and _is_pipe_rule(
        tuple(_pipe_cells(lines[k])), right_after_header=True)]
    return end if rules and end - start > 2 and all(line.endswith("  ") for line in lines[start:end - 1]) else None


def _html2text_rows(lines: list[str]) -> tuple[list[list[str]], list[int]]:
    """The rows of an html2text table and the line (from its first) each starts on: a row that a `<br>` in a cell
    breaks over two lines or more is put back together, the cell's lines joined by a `<br>` (`2| 화물| 공원 순찰` over
    `및 정비|`; a row's last cell `내용연수` over `경과`, a line printing no pipe): a line without a pipe goes on the
    line above's last cell where that prints words (not a figure, a blank or the rule), and a line of fewer cells
    than the table's width (the widest row) that with the line above's make it goes on it where the cell it breaks
    prints words.
    Before, such a row ended the table. Any other line without a pipe is a row merged across the table (`일반회계`),
    as is a first cell's line broken off (html2text prints the two alike); one under a row ending in words is read
    as that cell's next line."""
    printed = [_pipe_cells(line) for line in lines]
    width = max(map(len, printed))
    rows: list[list[str]] = []
    at: list[int] = []
    for n, (line, cells) in enumerate(zip(lines, printed, strict=True)):
        above = rows[-1] if rows else None
        goes_on = above is not None and above[-1] and not _is_figure_cell(above[-1]) and not _is_pipe_rule(
            tuple(above), right_after_header=True) and (
            "|" not in line or len(cells) < width == len(above) + len(cells) - 1 and cells[0]
            and not _is_figure_cell(cells[0]))
        if goes_on:
            above[-1] = f"{above[-1]}<br>{cells[0]}"
            above += cells[1:]
        else:
            rows.append(list(cells))
            at.append(n)
    return rows, at


def _column_aligned_rows(lines: list[str], spelled: Callable[[], frozenset[str]] = frozenset,
                         in_text: Callable[[], frozenset[str]] = frozenset
                         ) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]] | None:
    """The rows of a `|` table printed in fixed-width columns, as antiword prints a Word table (each cell padded to
    its column's width, `|구  분  |계   |일 반 직                     |임기제 |`, no rule under the header), and the
    line (from the first) each starts on; None for any other table (one ruled `| --- |`, or whose pipes stand
    anywhere). Every line starts and ends with a pipe, and the rows printing most cells, two at least, all stand
    their pipes at the same display columns, the table's columns. A row printing fewer, whose pipes stand at some
    of them (or within two columns of each, `snapped`: antiword rounds a merged cell's width apart from its
    columns'), has a cell merged across the columns between (`일 반 직` over `5급 | … | 9급`: the label on its
    first, the rest blank). A line standing its pipes as the line above does that prints, in each cell it fills,
    what did not fit the cell above goes on that row, as antiword wraps a cell's text over lines (`_wraps_on`:
    `|청년 일자리·창업    |` over `|지원 |`, `|집행률|` over `|(%)   |`), without a space where a word was cut
    (`_goes_on_unspaced`, `spelled`: the words the document prints). Before, the merged label's row was read a
    few cells short, its labels over the wrong columns, and each wrapped line a row of its own."""
    if len(lines) < 2 or not all(line.lstrip().startswith("|") and line.rstrip().endswith("|") for line in lines):
        return None
    # a markdown table ruled under its header (most `|` tables) is read as markdown: its rule, on its second line
    # where its header is one, told before every line is parted into cells
    if _is_pipe_rule(tuple(_pipe_cells(lines[1])[1:-1]), right_after_header=True):
        return None
    printed = [_pipe_cells(line)[1:-1] for line in lines]
    spelled = functools.cache(spelled)  # the document's words, read once where a join asks
    in_text = functools.cache(in_text)
    if any(_is_pipe_rule(tuple(cells), right_after_header=True) for cells in printed):
        return None  # ruled on another line: markdown's too
    bars = [_bar_columns(line.strip()) for line in lines]
    widest = [b for b in bars if len(b) == max(map(len, bars))]
    columns = widest[0]
    if len(widest) < 2 or len(columns) < 3 or any(b != columns for b in widest):
        return None
    placed = [snapped(b, columns) for b in bars]  # a merged cell's width rounded apart from its columns' stands off
    if any(at is None or at[b[0]] != 0 or at[b[-1]] != len(columns) - 1 for at, b in zip(placed, bars, strict=True)):
        return None
    rows: list[list[str]] = []
    last_lines: list[list[str]] = []  # each cell's last printed line in the row read last
    at: list[int] = []
    for n, cells in enumerate(printed):
        if rows and bars[n] == bars[n - 1] and _wraps_on(last_lines[-1], cells, bars[n], spelled, rows[-1],
                                                                 in_text):
            for j, cell in enumerate(cells):
                if cell:
                    cut = _goes_on_unspaced(last_lines[-1][j], cell, bars[n][j + 1] - bars[n][j] - 1, spelled,
                                            rows[-1][j], in_text)
                    rows[-1][j] = f"{rows[-1][j]}{'' if cut else ' '}{cell}"
                    last_lines[-1][j] = cell
            continue
        rows.append(list(cells))
        last_lines.append(list(cells))
        at.append(n)
    spread = []
    for row, start in zip(rows, at, strict=True):
        cells = []
        for j, cell in enumerate(row):
            spans = placed[start][bars[start][j + 1]] - placed[start][bars[start][j]]
            cells += [cell, *[""] * (spans - 1)]
        spread.append(tuple(cells))
    return tuple(spread), tuple(at)


def _bar_columns(line: str) -> list[int]:
    """The display columns of a line's pipes."""
    columns, width = [], 0
    for piece in line.split("|")[:-1]:
        width += display_width(piece)
        columns.append(width)
        width += 1
    return columns


def _wraps_on(above: list[str], cells: list[str], bars: list[int], spelled: Callable[[], frozenset[str]],
              so_far: list[str], in_text: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Whether a line of a fixed-width `|` table prints the rest of the cells of the row above, its bars standing
    as theirs do: in some cells only, each the rest of a word or figure cut where its column ends
    (`_goes_on_unspaced`: `|1,620,400,00|` over `|0           |`) or of words a space broke off
    (`_wrapped_at_a_space`), no total (a row's `|계     |` under `|동 별  |` is its own; but a label's last syllable
    surely cut off it, `|일반회|` over `|계    |`, where the line's every cell is a cut's rest: before, a row) nor
    an item's mark alone (`|•|` under `|•|`: a list's next item, though a column one wide overruns whatever it
    holds), nor a date under the cell's date not left open (`|2009. 11. 20.|` over `|’24. 3. ~|`). A line filling
    every cell goes on only where a cell of it goes on a cut one (`|100,00|` over `|0     |`, `|기본계획 최 |` over
    `|종보고 및 |` where the document prints `최종보고` or a syllable is cut off, `최`), not a short word a narrow
    column may hold whole (`_a_short_word_whole`: `|착공 |` over `|준공 |`, before read `착공준공`), or one left
    open (`_left_open`: `|’24. 11. ~ |` over `|12. |`), and no cell of it opens a date of its own but after one
    left open: else it is a row of its own, though every cell may have wrapped, as a row's date under a date
    (`|’24. 9월 |` under `|’24. 7. 1. |`) would overrun its column as well."""
    filled = [j for j, cell in enumerate(cells) if cell]
    widths = [right - left - 1 for left, right in itertools.pairwise(bars)]
    cut = {j for j in filled if above[j] and (_goes_on_unspaced(above[j], cells[j], widths[j], spelled, so_far[j],
                                                                in_text) or _left_open(so_far[j], cells[j]))}
    surely_cut = [j for j in cut if not _a_short_word_whole(above[j], cells[j], widths[j], spelled, so_far[j], in_text)]
    # no figure starting anew where the row prints its figures (each left blank or the rest of one cut), nor under
    # a cell's last line of one (`|국비|` `|90%|` over `|2층|`): a row of its own would print its own (`|서울시통|9. 1.
    # ~|25|` over `|계 |10. 31.| |`: the label's last syllable, not a total's row; `|18,420|` over `|,600 |`)
    figures = [j for j, cell in enumerate(cells) if _is_measure(so_far[j]) and not (
        so_far[j] in _ITEM_DASHES and _SYLLABLES_RE.match(cell)) or _is_figure_cell(above[j]) and _is_measure(cell)]
    figures_go_on = bool(figures) and all(j in cut or not cells[j] for j in figures)
    if not filled or (len(filled) == len(cells) and (not surely_cut or any(
            _DATE_OPENS_RE.match(cells[j]) and not _left_open(so_far[j], cells[j]) for j in filled))) or any(
            is_total(cells[j]) and not (j in surely_cut and (cut.issuperset(filled) or figures_go_on))
            or _MARK_ALONE_RE.fullmatch(cells[j]) or _DATE_OPENS_RE.match(cells[j]) and _DATE_OPENS_RE.match(so_far[j])
            and not _left_open(so_far[j], cells[j]) for j in filled):
        return False
    # a cell's line under a row's printed label, or a line going on the row so surely, goes on whatever its cells'
    # words are (`_wrapped_at_a_space` so; before, a row of its own, the table read a row or two too many): a cell
    # of it left open (`|2020 ~|` over `|2023|`), or its figures going on where its label does not start anew
    # (`|한빛로|2009|` over `|52 | |`, `|국비|18,420|` over `|90%|,600|`), nor does a label of its own beside a cut
    # or a word filling its column (`|도로변측|PM10·PM2|` over `|정소|.5·NO2|`, `|본관|본관|250|무인발|` over
    # `|민원실|1층| |급기|`, or a sub-item's dash alone over its words, `|-|` over `|지방소득|`; but `|본관|한빛로|250|`
    # over `|별관|2층| |` is a row of its own, its area blank)
    label_goes_on = 0 not in filled or so_far[0] in _ITEM_DASHES or bool(surely_cut) or any(
        _ends_at_edge(above[j], cells[j], widths[j]) for j in filled if j > 0)
    alone = len(filled) == 1 and filled[0] > 0 and so_far[0] != "" or figures_go_on and label_goes_on or any(
        _left_open(so_far[j], cells[j]) for j in cut)
    return all(j in cut or _wrapped_at_a_space(above[j], cells[j], widths[j], alone, so_far[j]) for j in filled)


def _ends_at_edge(above: str, rest: str, width: int) -> bool:
    """Whether a cell's line of syllables fills its column, no space in it, over syllables: a word antiword may
    have cut there (`|무인발|` over `|급기|`), the line below no cell of a row of its own but for a word ending
    right at the edge."""
    return " " not in above and display_width(above) == width and _SYLLABLES_END_RE.search(above) is not None and (
        _SYLLABLES_RE.match(rest) is not None)


def _left_open(above: str, rest: str) -> bool:
    """Whether a cell's line ends where no cell's text does, or the line below starts where none does, so that
    it goes on there: a range's mark, a comma, a middle dot or a bracket left open at its end (`’24. 11. ~` over
    `12.`), a range's mark at the start below (`’24. 11.` over `~ 12.`), `및` joining what is on either side
    (`기본계획 수립 및` over `확정`, `기본계획 수립` over `및 확정`), a date of its year or month alone over its day
    (`’24. 7.` over `1.`, `2009.` over `11. 20.`), a year alone over its month (`’25.` over `3월 ~`). `above` may
    be the cell's text so far, a date's year and month printed on lines of their own (`2009.`, `11.` over `20.`:
    before, the day was read a row of its own), or after words (`기 간: 2023. 3. ~ 2024.` over `6.`)."""
    return bool(_OPEN_END_RE.search(above)) or above.count("(") > above.count(")") or bool(
        _OPEN_START_RE.match(rest)) or bool(_DATE_UNFINISHED_RE.search(above) and _DATE_REST_RE.match(rest)) or bool(
        _YEAR_ALONE_RE.search(above) and _MONTH_REST_RE.match(rest))


_MARK_ALONE_RE = re.compile(f"[{BULLET_MARKS}o]")  # an item's mark alone in its cell starts the next row (`•`)
_DATE_OPENS_RE = re.compile(r"(?:[’'‘]\d{2}|\d{4})[.년]")  # a date of its own, a schedule's next row's (`’24. 9월`)
_OPEN_END_RE = re.compile(r"(?:[~∼〜,·ㆍ(]|(?:^|\s)및)$")
_OPEN_START_RE = re.compile(r"및(?:\s|$)|[~∼〜]")
# a cell ending in a date of its year or month (`’24. 7.`, `2009. 11.`, `기 간: 2023. 3. ~ 2024.`): its day to come
_DATE_UNFINISHED_RE = re.compile(r"(?:^|\s)(?:[’'‘]\d{2}|\d{4})\.(?:\s?\d{1,2}\.)?$")
_DATE_REST_RE = re.compile(r"\d{1,2}\.(?:\s?\d{1,2}\.)?(?:\s|$)")  # `1.`, `11. 20.`
_YEAR_ALONE_RE = re.compile(r"(?:^|\s)(?:[’'‘]\d{2}|\d{4})\.$")  # a cell ending `’25.`, `2025.`: its month to come
_MONTH_REST_RE = re.compile(r"\d{1,2}월(?:\s|$)")  # `3월`, `3월 ~`


def _wrapped_at_a_space(above: str, rest: str, width: int, alone: bool = False, cell: str = "") -> bool:
    """Whether a fixed-width cell's line goes on a cell's last line `above` as the words a converter broke off at
    a space: that line and their first word would overrun the column (`|청년 일자리·창업    |` over `|지원 |`),
    or a bracket, a cell's paragraph of its own (`|예 산 액    |` over `|(A)         |`, as in tab text); under words,
    no figure (but where a range runs to it: `|6. 1. ~ 7.  |` over `|31.  |`), and under a figure, no words (a
    count's `2차` or a year's `2026년` may go on: `|2차 |` over `|설치공사 |`), but a sub-item's dash alone, its words
    below (`|-         |` over `|지방소득세|`: before, a row of its own). A line printing that one cell alone
    (`alone`, under a row printing its label) goes on so whatever the words are (`|무인발급기|` over `|2대 |`,
    `|2050 |` over `|탄소중립 |`, a row's one cell its only words: before, a row of its own), but a figure under
    a figure (`|12|` over `|3 |`, `|3월|` over `|5월|`: the next row's, its label merged down), the cell so far
    (`cell`) a figure, not words ending in one (`준공: 9월 / 3억` over `1,260만원`: an amount's second part)."""
    figure_under = _is_measure(rest) and not _RANGE_MARKS_RE.search(above)
    figure_above = _is_figure_cell(above) and not (above in _ITEM_DASHES and _SYLLABLES_RE.match(rest))
    if not above or (figure_under or figure_above) and not alone or figure_under and _is_measure(cell or above):
        return False
    return (rest[:1] == "(" and rest[-1:] == ")") or display_width(above) + 1 + display_width(rest.split()[0]) > width


_RANGE_MARKS_RE = re.compile("[~∼〜]")  # a range's mark, the figure or date it runs to on the next line
_ITEM_DASHES = frozenset("-–")  # a sub-item's mark, alone where its words did not fit beside it (`- 지방소득세`)
_MEASURE_RE = patterns.compile(r"[△▲+-]?\d[\d,.]*\p{L}*[²³]?")  # a figure with its unit: `12.5km`, `44,500m²`


def _is_measure(cell: str) -> bool:
    """A cell of a figure, or of a figure printing its unit (`12.5km`, `3,420명`)."""
    return _is_figure_cell(cell) or bool(_MEASURE_RE.fullmatch(cell))


def _cut_at_column(text: str, rest: str, width: int) -> bool:
    """Whether a fixed-width cell's line may be a word or figure cut where its column ends, as antiword cuts text
    that has no space to break at (`집행률` of `집행률(%)`, `1,620,400,00` of `1,620,400,000`), and where a wide
    letter does not fit the one column left (`설치공사(급` of `설치공사(급속 …`): no space in it, and the rest's first
    letter would not have fit beside it."""
    return " " not in text and display_width(text) + display_width(rest[:1]) > width


def _cut_word(text: str, rest: str, width: int) -> bool:
    """Whether a fixed-width cell's line is a word or figure cut where its column ends, the rest of it on the line
    below (`_cut_at_column`): one leaving room a wide letter did not fit, or one filling its column that the rest
    goes on without a space (`_goes_on_a_word`; antiword may as well have broken it at the space after it). The
    rest goes on it so, without a space."""
    return _cut_at_column(text, rest, width) and (display_width(text) < width or _goes_on_a_word(text, rest)) and (
        text[-1:] != "," or rest[:1].isdigit())  # a comma a space follows but in a figure: `의원연구실,` over `민원…`


def _goes_on_unspaced(text: str, rest: str, width: int, spelled: Callable[[], frozenset[str]], cell: str = "",
                      in_text: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Whether the rest of a fixed-width cell's text on the line below goes on its line `text` without a space: a word
    or figure cut where its column ends (`_cut_word`), or where a cut and a break at a space print alike, the word they
    make joined one the document prints (`spelled`, `_printed_joined`): a line one column short of its column over a
    wide letter, whatever spaces it prints (`긴급복지 지` over `원`: antiword cuts where a wide letter does not fit the
    one column left, and breaks at a space falling on the column's last so too), or one filling its column with no space
    (`지역별고용조` over `사`, or a word ending there), the line ending and the rest starting in syllables (not figures,
    `1` over `1`). Before, those went on after a space (`긴급복지 지 원`); so they still do where the document prints no
    such word (`재정 건전성` over `강화`). So too where the cell so far (`cell`) is a budget item's code and the start
    of its name, one word (`201-01 사무` over `관리비`), a syllable is cut off alone (`_a_syllable_cut_off`), a long
    word is cut in two parts the document's text (`in_text`) never prints (`_a_long_word_cut`), or a figure's unit is
    cut off it (`4억 1,260` over `만원`: before, `1,260 만원`). A line ending short of its column's edge (two columns or
    more) is a break at a space (antiword cuts only a line that fills its column, or leaves the one column a wide letter
    does not fit), as is one that fills it with a space in it (the space after its end let it fit)."""
    if _cut_word(text, rest, width):
        return True
    one_short = display_width(text) == width - 1 and display_width(rest[:1]) == 2
    if not (one_short or display_width(text) == width and _cut_at_column(text, rest, width)):
        return False
    if text[-1:].isdigit():  # a figure's unit cut off it (`7월~8` over `월`), not a figure's row (`1` over `1`)
        return _UNIT_RE.match(rest) is not None
    return _cut_as_written(text, rest, spelled, cell, in_text)


def _cut_as_written(text: str, rest: str, spelled: Callable[[], frozenset[str]], cell: str = "",
                    in_text: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Whether a cell's line ending in syllables at its column's edge and the rest below starting in syllables are
    a word cut there by the report's own conventions (`_goes_on_unspaced`): the cell so far a budget item's code and
    the start of its name (`_budget_item_started`), a syllable cut off alone (`_a_syllable_cut_off`), the two parts
    joined a word the document prints (`_printed_joined`), or a long word cut in two parts its text never prints
    (`_a_long_word_cut`)."""
    end, start = _SYLLABLES_END_RE.search(text.rstrip()), _SYLLABLES_RE.match(rest)
    return bool(end and start) and (
        _budget_item_started((cell or text).rstrip()) or _a_syllable_cut_off(text, rest, cell)
        or _printed_joined(end[0], start[0], spelled()) or _a_long_word_cut(text.strip(), rest, in_text(), cell))


def _a_short_word_whole(text: str, rest: str, width: int, spelled: Callable[[], frozenset[str]], cell: str = "",
                        in_text: Callable[[], frozenset[str]] = frozenset) -> bool:
    """Whether a cell's line of one short word ending in a syllable, four columns at most, one column short of
    its column over a word of syllables (`_cut_word` takes it for cut: the wide letter below would not have fit the
    one column left), may as well be a whole word that a column five wide or narrower holds with a column to spare,
    a row's label (`착공` under `구 분`, over the next row's `준공`; `12월` under `기 간`, over `연중`): nothing the
    report writes says it is cut (`_cut_as_written`: `착공준공` printed nowhere) nor left open (`_left_open`: `수립`
    over `및 확정`). A wider column cut so is read as cut still (`지방교부` over `세`)."""
    return (" " not in text and display_width(text) == width - 1 <= 4 and _SYLLABLES_END_RE.search(text) is not None
            and _SYLLABLES_RE.fullmatch(rest.split()[0]) is not None and not _left_open(text, rest)
            and not _cut_as_written(text, rest, spelled, cell, in_text))


def _printed_joined(end: str, start: str, printed: frozenset[str]) -> bool:
    """Whether a line's last syllables and the syllables starting the line below make a word the document prints
    elsewhere (`printed`, `_words_printed`): as a word (`지원`, for `긴급복지 지` over `원`), or of three syllables or
    more within a longer one (`사각지대` in `복지사각지대`, for `복지 사각` over `지대 발굴`; `생활안정` in
    `저소득층생활안정`), where the document never prints the two apart (`녹지 조성`: `푸른 녹지` over `조성` stays
    apart, though `녹지조성` is printed within a word too)."""
    joined = end + start
    return joined in printed or len(joined) >= 3 and f"{end} {start}" not in printed and any(
        joined in word for word in printed)


# a unit a figure prints right after it (`1,260만원`, `8월`, `5건,`, `3개소`), no word going on past it (not `회의`)
_UNIT_RE = patterns.compile(r"(?:[천만억]?원|백만원|억|개소|개월|개|명|건|회|대|월|일|년|주|호|층|세|분|차)"
                            r"(?!\p{Hangul})")


def _budget_item_started(cell: str) -> bool:
    """Whether a cell is a budget item's code of two parts or more (`budget_code`) and the first syllables of its
    name, which 예산 과목 print as one word (`201-01 사무관리비`, `307-02 민간경상사업보조`): a line so ending at its
    column's end is that word cut (a code of one part may be a name's number, `119 구조대`)."""
    code = budget_code(cell)
    return code is not None and "-" in code and _SYLLABLES_RE.fullmatch(cell[len(code):].lstrip()) is not None


# words of one syllable a label prints apart (a conjunction, a bound noun, a prefix set apart, a place): `기본계획
# 및` over `확정`, `회의 시` over `운영`, `각` over `동 주민센터`, `사업 등`; a unit (`건`, `원`) is a word of its own
# only after a figure, which a line ending in syllables is not: `지방교부` over `세`, `정리 건` over `수` were cut
_LONE_WORDS = frozenset("및등각총약전중내외시후간때별곳수또더그이저위안"  # words, bound nouns, prefixes
                        "동구군도읍면리신현본새옛")  # places, prefixes


def _a_syllable_cut_off(text: str, rest: str, cell: str = "") -> bool:
    """Whether a cell's line `text` ending in syllables (a line that may be cut at its column's end or broken at a
    space, `_goes_on_unspaced`) and its rest below part one word: one side is a syllable alone, which a label's
    words rarely are but for a few written apart (`_LONE_WORDS`), and a cut at a column leaves on one side often
    (`통계조사 관` over `리`, `저소득층 생` over `활안정`, `희망복지지원` over `단 운영`); not where either side is
    letters set apart (`예 산` over `액`, `주` over `요 업 무`: each word a syllable). Syllables apart after a word
    of syllables, in the cell so far (`cell`) or on the line above, are no letters set apart but a cut word's rest
    and the next word's start cut again (`가로환` over `경 정`, `경관심의 운` over `영`: before, `가로환 경 정비`,
    `경관심 의 운 영`)."""
    ends, starts = text.split()[::-1], rest.split()
    if any(len(words) > 1 and all(len(word) == 1 for word in words)
           for words in ((cell or text).split(), starts if len(ends[0]) == 1 else ())):
        return False
    end_apart = ends[0] in _LONE_WORDS or (  # a unit after a figure is a word of its own (`3 명`)
        len(ends) > 1 and ends[1][-1:].isdigit() and _UNIT_RE.fullmatch(ends[0]) is not None)
    return (len(ends[0]) == 1 and not end_apart) or (len(starts[0]) == 1 and starts[0] not in _LONE_WORDS)


def _a_long_word_cut(word: str, rest: str, in_text: frozenset[str], cell: str = "") -> bool:
    """Whether a cell's line that is one long word at its column's end (`word`, five syllables or more: a column
    ten wide or wider) is cut there, its rest below starting with a word of two or three syllables: neither is a
    word the document's text prints (`in_text`: its lines outside fixed-width tables), as the two parts of a cut
    word are not (`지역사회보장` over `협의체 운영`, `한빛여자고` over `등학교`), while the words of a name broken at
    a space mostly are (`사회복지시설` over `운영`: `운영`). A word filling a narrower column (`가로환경` over `정비`,
    eight wide) ends there at a space about as often as it is cut: left apart; but three syllables alone starting a
    word in a column six wide (the cell so far, `cell`, the line or ending in it after a space) are a word's start
    four times as often as a whole word (`단위사` over `업명`, `노인복` over `지관`; not `노숙인` over `보호`: over
    the fixtures' tables printed six wide, 84 cut and 20 at a space; of a line going on a cut word's rest, `뢰받는`
    over `통계조사`, 3 and 19; `2024년` over `동기` is a year's)."""
    start, width = _SYLLABLES_RE.match(rest), display_width(word)
    starts_word = not cell or cell == word or cell.endswith(f" {word}")
    return bool(in_text) and " " not in word and (
        width >= 9 or width == 6 and starts_word and _SYLLABLES_RE.fullmatch(word) is not None) and (
        start is not None) and (
        1 < len(start[0]) < 4 and start[0] == rest.split()[0].rstrip(",")
        and _SYLLABLES_END_RE.search(word)[0] not in in_text and start[0] not in in_text)


_SYLLABLES_RE = patterns.compile(r"\p{Hangul}+")  # a word's syllables, marks and figures aside
_SYLLABLES_END_RE = patterns.compile(r"\p{Hangul}+$")


def _words_printed(lines: list[str]) -> frozenset[str]:
    """The words a document's lines print, their syllables alone (`_SYLLABLES_RE`), and each two of them a line
    prints one after the other a space apart (`녹지 조성`: no word has a space in it)."""
    text = "\n".join(lines)
    return frozenset([*_SYLLABLES_RE.findall(text), *(f"{m[1]} {m[2]}" for m in _WORDS_APART_RE.finditer(text))])


_WORDS_APART_RE = patterns.compile(r"(\p{Hangul}+) +(?=(\p{Hangul}+))")  # `녹지 조성`, the second read again


_GROUPED_FIGURE_RE = re.compile(r"[△▲+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?")  # `1,620,400,000`; not `1,620,400,00`
_FIGURE_START_RE = re.compile(r"[\d,.]*")  # a figure's digits a cell's line starts with (`000` of `000(구비)`)
_GOES_ON_MARKS = frozenset("()%,.·ㆍ~/²³")  # no word starts with one (`9,600m` over `²`: an area cut before its `²`)


def _goes_on_a_word(cut: str, rest: str) -> bool:
    """Whether the rest of a cell's text on the line below goes on a line that fills its column without a space
    (`_cut_at_column`): a mark no word starts with (`집행률` over `(%)`), a figure's digits that alone make it one
    (`1,620,400,00` over `0`, `3,210,` over `000(구비)`; not `10,000` over the `0` of the row below), a Latin
    code's letters (`PM10·PM2.5·O` over `3·NO2`), what closes a bracket the line leaves open (`3,210,000(구` over
    `비)`), or anything after a bracket the line ends in (`4개팀(` over `공원정책팀,`). Other words go on
    after a space: a line filling its column to a word's end (`기초생활보장` over `생계급여`, where antiword broke at
    the space right after it) is far likelier than a word cut (a spurious space is read alike: names are compared
    spaces aside)."""
    joint = f"{cut[-1:]}{rest[:1]}"
    return rest[:1] in _GOES_ON_MARKS or (
        _GROUPED_FIGURE_RE.fullmatch(cut) is None
        and _GROUPED_FIGURE_RE.fullmatch(cut + _FIGURE_START_RE.match(rest)[0]) is not None
    ) or (joint.isascii() and joint.isalnum() and not joint.isdigit()) or cut[-1:] == "(" or (
        cut.count("(") > cut.count(")") and ")" in rest and " " not in rest.split(")")[0])


def _totals_merged_across(rows: list[tuple[str, ...]], width: int) -> list[tuple[str, ...]]:
    """A table's rows with a total's row printing fewer cells than the table (`계| 18,420| 96,300` under `구 분| 수
    종| 주 수| 연장(m)`: html2text drops the cell `계` is merged across) placed as merged across its labels: the
    total first, its figures at the right."""
    return [(row[0], *("",) * (width - len(row)), *row[1:]) if 1 < len(row) < width and is_total(_unbold(row[0]))
            and all(_is_figure_cell(_unbold(cell)) for cell in row[1:]) else row for row in rows]


# a markdown list's item inside a `|` table's cell, after a `<br>` (`| 교육 | * 전 직원 대상<br>* 연 2회 |`, as
# Google Docs prints a bulleted list in a cell)
_CELL_LIST_ITEM_RE = patterns.compile(r"(?:^|(?<=<br\s*/?>))\s*\*\s+", regex.I)
_CELL_LISTED_RE = patterns.compile(r"<br\s*/?>\s*\*\s", regex.I)


def _cell_list_marks_dropped(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each cell holding a markdown list (a line after a `<br>` starts with `* `) without its items' `*` marks,
    its first line's too (`* 전 직원 대상<br>* 연 2회`: `전 직원 대상<br>연 2회`), as a reader of the printed cell
    sees no markdown mark (a bullet's glyph it does not know); before, the stars were read as the cell's text. A
    cell's one line starting with `* ` is a note (`* 국비 포함`) and stays as printed."""
    if not any("<" in cell and _CELL_LISTED_RE.search(cell) for row in rows for cell in row):
        return rows
    return [tuple(_CELL_LIST_ITEM_RE.sub("", cell) if "<" in cell and _CELL_LISTED_RE.search(cell) else cell
                  for cell in row) for row in rows]


def _brackets_closed_in_cell(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A table's rows with a cell's bracket that the next cell closes on its first line (`면적(m² | )<br>비 고`, as
    pymupdf4llm parts a label at a rule it finds inside its bracket) closed in the cell: `면적(m²)` and `비 고`."""
    out = []
    for row in rows:
        cells = list(row)
        for j in range(len(cells) - 1):
            if cells[j + 1][:1] == ")" and cells[j].count("(") > cells[j].count(")"):
                closing, *rest = _LINE_BREAK_RE.split(cells[j + 1], maxsplit=1)
                cells[j], cells[j + 1] = cells[j] + closing, "".join(rest)
        out.append(tuple(cells))
    return out


def _line_broken_columns_parted(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A table's rows with each column whose every row of figures prints as many figures, each on a line of its own
    (`1<br>2`, `-<br>-`), parted into that many columns, its header's cells too where they print as many lines (`6급
    <br>7급`), one printed once its first column's (`별 정 직 · 임 기 제`): pymupdf4llm prints two columns it finds no
    rule between so. Before, one cell of two figures, read as neither. A cell wrapped over lines above a column of
    one figure a row (`집행률<br>(%)`) stays one."""
    if not any("<" in cell for row in rows for cell in row):  # most tables: no line break in a cell
        return rows
    first_figures = next((k for k, row in enumerate(rows) if any(map(_is_figure_cell, row))), None)
    if not first_figures or len({len(row) for row in rows}) > 1:
        return rows
    for j in reversed(range(len(rows[0]))):
        lines = [_LINE_BREAK_RE.split(row[j]) if row[j] else [] for row in rows]
        n = len(lines[first_figures])
        if n < 2 or not all(len(cell) == n and all(map(_is_figure_cell, cell)) for cell in lines[first_figures:]) \
                or not all(len(cell) in (0, 1, n) for cell in lines[:first_figures]):
            continue
        rows = [(*row[:j], *(cell + [""] * (n - len(cell)) if cell else [""] * n), *row[j + 1:])
                for row, cell in zip(rows, lines, strict=True)]
    return rows


def _words_parted_at_rules_rejoined(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A table's rows with a word of its first row's that pymupdf4llm parts at a rule it finds inside it put back in
    one cell: a total's letters of a label merged across two columns (`임 시 소 | 계` over a blank and a label, `| |
    기타`, the cell right of them another label's or none: `임 시 소 계 | `), and a word's first letter alone with the
    rest of it on the next cell's first line, that cell's own label below (`승 | 용<br>승합`: `승용 | 승합`), where
    each row below prints one cell there. Before, `임시소` a group and `계` a column of its own, or the labels `승`
    and `용 승합` over the columns of `승용` and `승합`. A `계` of its own beside a letter-spaced label (`승 합 | 계`
    over figures) stays."""
    if len(rows) < 2 or not any(map(_is_syllable, rows[0])) or len({len(row) for row in rows}) > 1:
        return rows  # most tables: no letter alone atop
    header, below = list(rows[0]), rows[1]
    for j in range(len(header) - 1):
        left, right = header[j], header[j + 1]
        if right == "계" and left[-2:-1] == " " and is_total(f"{left[-1]} {right}") and not below[j] and is_label(
                below[j + 1]) and not any(map(_is_figure_cell, below)) and (j + 2 == len(header) or header[j + 2]):
            header[j:j + 2] = [f"{left} {right}", ""]
        elif _is_syllable(left) and not is_total(left) and "<" in right and not any(
                "<" in row[j + 1] for row in rows[1:]):
            lines = _LINE_BREAK_RE.split(right)
            if len(lines) == 2 and _WORD_REST_RE.fullmatch(lines[0]) and is_label(lines[1]) and not any(
                    map(_is_figure_cell, lines[1].split())):
                header[j:j + 2] = [left + lines[0], lines[1]]
    return [tuple(header), *rows[1:]]


def _spanning_labels_rejoined(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A table's rows with the label merged across a group of the columns the row below heads (`일 반 직` over `5급
    … 9급`, `승 용` over `소 계 | 소형 | 중형`) back in one cell, its group's first, where the header prints it in
    pieces, as pymupdf4llm prints a merged cell's text centred on it, parted at the rules it crosses (`| | 일 | 반 직 |
    | |`, `관 리 운 | 영 직`), and a column of no cell below its header, but the part of a label merged down beside it
    (`공 | 무 직` over blanks), the column left of it. The groups are the runs of the row below's labels parted as a
    merged label's are (`label_groups`: where a grade no higher than the one before or a total starts anew), of
    grades or a total (a staffing or fleet table's: not `명 | 천원` under `인 원 | 금 액`); only pieces
    letter-spaced side by side are joined (`관 리` and `운 영 직`; not `정 수 | | 현 원`, two labels a converter
    shifted, nor `일 반 직 | 일 반 직`, a merged label repeated in each cell it spans, as LlamaParse prints it, which
    `document._repeats_as_merged` merges: before, `계 일 반 직 일 반 직 …` over 계 and the grades), a label in one
    piece is put first alone. Before, the
    label stood over its group's middle column, spanning the rest, and the columns before it were read as the group
    to the left's."""
    if len(rows) < 3 or len({len(row) for row in rows}) > 1 or any(map(_is_figure_cell, rows[1])) \
            or not any(rows[1]) or not any(map(_is_figure_cell, rows[2])):
        return rows
    rows = [list(row) for row in rows]
    for j in reversed(range(1, len(rows[0]))):  # a piece over a column of blanks goes on the label left of it
        if rows[0][j] and rows[0][j - 1] and not rows[1][j - 1] and not any(row[j] for row in rows[1:]):
            rows[0][j - 1] = f"{rows[0][j - 1]} {rows[0][j]}"
            for row in rows:
                del row[j]
    header, below = rows[0], rows[1]
    j = 0
    while j < len(below):
        if not below[j]:
            j += 1
            continue
        run = j
        while j < len(below) and below[j]:
            j += 1
        for group in label_groups(below, run, j, header):
            at = [k for k in group if header[k]]
            pieces = [header[k] for k in at]
            if not any(is_grade(below[k]) or is_total(below[k]) for k in group) or len(pieces) > 1 and (
                    at[-1] - at[0] >= len(at) or not all(map(_LETTER_SPACED_PIECE_RE.fullmatch, pieces))
                    or any(itertools.starmap(str.__eq__, itertools.pairwise(pieces)))):
                continue
            header[group.start:group.stop] = [" ".join(pieces), *[""] * (len(group) - 1)]
    return [tuple(row) for row in rows]


_WORD_REST_RE = patterns.compile(r"\p{Hangul}{1,3}")  # what follows a label's first letter parted from it (`부족`)
# a piece of a letter-spaced label: its letters one syllable a word, an interpunct among them (`별 정 직 ·`)
_LETTER_SPACED_PIECE_RE = patterns.compile(r"[\p{Hangul}ㆍ·](?: [\p{Hangul}ㆍ·])*")


def _letter_spaced_columns_joined(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A table's rows with each two columns that print the letters of letter-spaced labels (`구 | 분`, `국 | 비`,
    `과 | 부족`) one column: their first row's cells a syllable each, and every row's either a syllable and the rest
    of a word (`_WORD_REST_RE`) or blank on the right (`계 | `, `6 | `), as pymupdf4llm parts a label spaced wide
    across the gap it finds between its letters. Before, `구` and `분` were two columns, the row's label `국` and its
    funding `비`."""
    if not rows or len(rows[0]) < 2 or not any(map(_is_syllable, rows[0])):  # most tables: no syllable alone
        return rows
    j = 0
    while j + 1 < min(map(len, rows)):
        if _is_syllable(rows[0][j]) and _is_syllable(rows[0][j + 1]) and all(
                not row[j + 1] or _is_syllable(row[j]) and _WORD_REST_RE.fullmatch(row[j + 1]) for row in rows):
            rows = [(*row[:j], f"{row[j]} {row[j + 1]}".strip(), *row[j + 2:]) for row in rows]
        j += 1
    return rows


def _bare_header_spread(printed: list[list[str]]) -> tuple[list[tuple[str, ...]], list[int]] | None:
    """The header of a `|` table without outer pipes whose converter dropped every merged cell (`구 분 | 정 원 | 현 원
    | 과부족` over `계 | 일반직 | …` over `| 4급 | 5급 | …`), its rows spread over the width of its first row of
    figures (`_header_spread`), and the lines (from the first) they are on; None for any other table."""
    first_figures = next((k for k, cells in enumerate(printed[:MAX_HEADER_ROWS + 1])
                          if any(map(_is_figure_cell, cells))), None)
    if not first_figures:
        return None
    at = [k for k in range(first_figures) if not _is_pipe_rule(tuple(printed[k]), right_after_header=k == 1)]
    body = [_read_at(cells, None) for cells in printed[first_figures:]]
    spread = _header_spread([_read_at(printed[k], None) for k in at], len(body[0]), body)
    return (spread, at) if spread else None


def _under_merged_label_maybe(rows: list[tuple[str, ...]], cells: list[str], width: int) -> bool:
    """Whether a pipe row that cannot be read at the table's width may be a header's lower row printing no cell
    under the label merged down beside it (a converter dropping that empty cell): a row of labels, a label first,
    right under the table's first rows: within a header's first rows (`MAX_HEADER_ROWS`), those rows of labels
    only, the first two of its first labels; below the first row only where a row above is a header's too, a
    label merged across printing blanks beside it or a row printing as few cells. A line one cell short below
    them (`결과 | 양호` after a table of words, a row of three cells or more under its header) is no header row."""
    return (0 < len(rows) < MAX_HEADER_ROWS and len(rows[0]) > 1 and is_label(rows[0][0]) and is_label(rows[0][1])
            and is_label(cells[0]) and not any(_is_figure_cell(cell) for row in rows for cell in row)
            and not any(map(_is_figure_cell, cells))
            and (len(rows) == 1 or any(len(row) < width or "" in row for row in rows)))


def _under_merged_down_cells(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The rows of an HTML table that a converter (markitdown) printed as `|` rows, a cell merged across columns as
    its text and blanks, but a cell merged down in its first row alone: the rows below it print fewer cells than
    the table is wide, the merged-down columns left out. Such a row is put back in its columns where its cells
    show which: a row of labels under group labels (`일 반 직 | | | |` over `5급 | 6급 …`) in the columns the
    groups span, one label each; a row with figures right of the columns left out where its cells then stand
    under cells of their kind in the row above (figures under figures, labels under labels) and where left as
    printed they would not. Any other row stays as printed. Group labels are a header's: the row above is the
    table's first printed row (or one put under groups itself), above its first row with a figure; a body row's
    blank cells (`| 구민의 날 | 5월 | |` over `| 체육대회 | 10월 |`) are no groups."""
    width = max(map(len, rows), default=0)
    first_figures = next((k for k, row in enumerate(rows) if any(map(_is_figure_cell, row))), 0)
    if spread := _header_spread(rows[:first_figures], width, rows[first_figures:]):
        return [*spread, *rows[first_figures:]]
    first_printed = next((k for k, row in enumerate(rows) if any(row)), None)
    placed: list[tuple[str, ...]] = []
    grouped = False  # whether the row above heads groups: the first printed row, or a row put under groups
    for k, row in enumerate(rows):
        above = placed[-1] if placed else ()
        if k - 1 == first_printed and len(above) < width:  # its last label merged across the columns right of it
            above += ("",) * (width - len(above))
        heads_groups = k < first_figures and (k - 1 == first_printed or grouped)
        grouped = False
        if len(row) < width == len(above):
            under = _under_groups(row, above) if heads_groups else None
            grouped = under is not None
            row = under or _right_of_merged_down(row, above) or row
        placed.append(row)
    return placed


def _header_spread(header: list[tuple[str, ...]], width: int,
                   body: list[tuple[str, ...]]) -> list[tuple[str, ...]] | None:
    """A header of rows printing no cell merged across or down (a converter dropping them all: `| 구분 | 정원 | 현원 |`
    over `| | 계 | 일반직 | 계 | 일반직 |`), its first row of labels alone and shorter than the table, spread over the
    table's columns with blanks for the merged cells. Of the ways its labels let its rows part (`_spreadings`), the
    one its `body` rows' figures add up under best (`_sums_score`: a group's 소계 the sum of its grades), else the
    only one, else the one parting each row evenly into groups alike (`계 | 일반직` under each status); None where
    none is told, or its first row prints a blank (a converter printing merged cells)."""
    if len(header) < 2 or not 1 < len(header[0]) < width or not all(header[0]):
        return None
    spreadings = [(columns, alike) for columns, alike in _spreadings([list(row) for row in header], top=True)
                  if len(columns) == width]
    scores = [_sums_score(columns, [row for row in body if len(row) == width]) for columns, _ in spreadings]
    best = max((score for score in scores if score is not None), default=None)
    adding_up = [k for k, score in enumerate(scores) if score == best is not None]
    if len(adding_up) == 1 or len(spreadings) == 1:
        columns = spreadings[adding_up[0] if adding_up else 0][0]
    else:
        columns = next((columns for k, (columns, alike) in enumerate(spreadings)
                        if alike and (k in adding_up or not adding_up)), None)
    return None if columns is None else [tuple(column[k] for column in columns) for k in range(len(header))]


def _sums_score(columns: list[list[str]], body: list[tuple[str, ...]]) -> int | None:
    """How many more of the sums the body rows print under a spreading's columns hold than fail (`_sums_held`; a
    report's slip fails one of them under the right spreading, most of them under a wrong one); None where none
    holds."""
    held = [sum_held for row in body for sum_held in _sums_held(columns, row)]
    return held.count(True) - held.count(False) if any(held) else None


_MOST_PARTINGS = 1000  # ways of parting a header's rows beyond which only the even one is tried


def _spreadings(rows: list[list[str]], top: bool) -> list[tuple[list[list[str]], bool]]:
    """The ways the columns (each its labels top down) of header rows whose cells are labels alone may lie, each
    with whether it parts every row evenly into groups alike: a label of the first row merged down over the rows
    below (the first, over the rows' labels, at the top; a total, `계`) heads one column, each other one the
    columns its share of each row below heads, its share of the row right below one group's labels
    (`_may_be_group`)."""
    first, below = rows[0], rows[1:]
    if not below:
        return [([[label] for label in first], True)]
    if top:  # the blanks a converter printed under the first label, merged down
        below = [row[next((j for j, cell in enumerate(row) if cell), len(row)):] for row in below]
    merged_down = {j for j, label in enumerate(first) if top and j == 0 or is_total(label)}
    if any(not all(row) for row in below):
        return []
    if top and len(first) - 1 not in merged_down:  # the last label may be merged down too (`공무직`, no grades)
        return [*_spread_with(first, below, merged_down), *_spread_with(first, below, merged_down | {len(first) - 1})]
    return _spread_with(first, below, merged_down)


def _spread_with(first: list[str], below: list[list[str]],
                 merged_down: set[int]) -> list[tuple[list[list[str]], bool]]:
    """`_spreadings` of a header's first row whose labels `merged_down` head one column each."""
    groups = len(first) - len(merged_down)
    if not groups:
        return []
    partings = [_row_partings(row, groups, of_labels=k == 0) for k, row in enumerate(below)]
    if functools.reduce(lambda ways, parts: ways * len(parts), partings, 1) > _MOST_PARTINGS:
        partings = [[parts for parts in row_partings if len(set(map(len, parts))) == 1] for row_partings in partings]
    spreadings = []
    for parting in itertools.product(*partings):
        shares = [[parts[g] for parts in parting] for g in range(groups)]
        for spread in itertools.product(*(_spreadings(share, top=False) for share in shares)):
            parts = iter(spread)
            columns: list[list[str]] = []
            for j, label in enumerate(first):
                if j in merged_down:
                    columns.append([label] + [""] * len(below))
                else:
                    columns += [[label if k == 0 else "", *column] for k, column in enumerate(next(parts)[0])]
            alike = all(share == shares[0] for share in shares) and all(alike for _, alike in spread)
            spreadings.append((columns, alike))
    return spreadings


def _row_partings(row: list[str], groups: int, of_labels: bool) -> list[list[list[str]]]:
    """Each way of parting a header row into `groups` shares in turn, none empty; where they are the labels right
    under the groups' (`of_labels`), each share one group's (`_may_be_group`)."""
    partings = []
    for cuts in itertools.combinations(range(1, len(row)), groups - 1):
        parts = [row[a:b] for a, b in itertools.pairwise((0, *cuts, len(row)))]
        if not of_labels or all(map(_may_be_group, parts)):
            partings.append(parts)
    return partings


def _may_be_group(labels: list[str]) -> bool:
    """Whether a row's labels may be one group's: a total (`계`, `소계`) only opening or closing them, the others
    one group as `label_groups` tells groups (none repeated, no grade ranking no lower than the one before it:
    `5급 | 6급 | 7급 | 5급` is two)."""
    parts = [label for label in labels if not is_total(label)]
    return (len(parts) >= len(labels) - 1 and not any(map(is_total, labels[1:-1]))
            and len(label_groups(parts, 0, len(parts))) <= 1)


def _sums_held(columns: list[list[str]], row: tuple[str, ...], level: int = 0, start: int = 1,
               end: int | None = None) -> list[bool]:
    """Whether each sum a body row prints under a spreading's columns holds: within each group (from header row
    `level`, its columns start..end; at first the table's, right of its labels), its total (`계`, `소계`) the sum
    of its other parts (`_group_sum`). A sum of noughts alone tells nothing: left out."""
    end = len(columns) if end is None else end
    heads = [c for c in range(start, end) if columns[c][level]]
    parts = list(itertools.pairwise([*heads, end]))
    held = [sum_held for a, b in parts if b - a > 1 for sum_held in _sums_held(columns, row, level + 1, a, b)]
    totals = [_group_sum(columns, row, level, a, b) for a, b in parts if b - a == 1 and is_total(columns[a][level])]
    others = [_group_sum(columns, row, level, a, b) for a, b in parts if b - a > 1 or not is_total(columns[a][level])]
    if len(totals) == 1 and others and None not in (*totals, *others) and any((*totals, *others)):
        held.append(totals[0] == sum(others))
    return held


def _group_sum(columns: list[list[str]], row: tuple[str, ...], level: int, start: int, end: int) -> int | None:
    """What a group (headed from header row `level`, its columns start..end) counts in a body row: its figure, its
    total's, or its parts' sum; None where a cell is no figure."""
    if end - start == 1:
        return parse_count(row[start])
    heads = [c for c in range(start, end) if columns[c][level + 1]]
    parts = list(itertools.pairwise([*heads, end]))
    totals = [a for a, b in parts if b - a == 1 and is_total(columns[a][level + 1])]
    if totals:
        return parse_count(row[totals[0]])
    sums = [_group_sum(columns, row, level + 1, a, b) for a, b in parts]
    return None if None in sums else sum(sums)


def _under_groups(row: tuple[str, ...], above: tuple[str, ...]) -> tuple[str, ...] | None:
    """A row of labels placed under the columns the row above's group labels span (a label and the blanks right
    of it), where it holds as many labels as they span columns; else None."""
    if any(map(_is_figure_cell, row)):
        return None
    spanned = [j for j, text in enumerate(above) if not text or (j + 1 < len(above) and not above[j + 1])]
    if len(spanned) != len(row):
        return None
    placed = [""] * len(above)
    for j, text in zip(spanned, row, strict=True):
        placed[j] = text
    return tuple(placed)


def _right_of_merged_down(row: tuple[str, ...], above: tuple[str, ...]) -> tuple[str, ...] | None:
    """A row with figures placed at the right, blanks for the columns left out, where that stands its cells under
    cells of their kind in the row above and the row as printed (left, blanks at its end) does not; else None."""
    blanks = ("",) * (len(above) - len(row))
    right, left = blanks + row, row + blanks
    return right if _kinds_agree(right, above) and not _kinds_agree(left, above) else None


def _kinds_agree(row: tuple[str, ...], above: tuple[str, ...]) -> bool:
    """Whether each cell stands under a cell of its kind (a figure or a label) where both print one, a figure
    under a figure at least once."""
    pairs = [(_is_figure_cell(a), _is_figure_cell(b)) for a, b in zip(row, above, strict=True) if a and b]
    return all(a == b for a, b in pairs) and (True, True) in pairs


def _is_figure_cell(text: str) -> bool:
    return bool(text) and parse_decimal(text) is not None


def _parts_tables_as_lines(lines: list[str]) -> list[str]:
    """`lines` with each `|` table of two columns laying out a project's parts (`구 분 | 내 용` over `사업개요 | ○ 기
    간: 연중<br>○ 예 산: …`, as Google Docs and pandoc print HWP's table of them; `parts_laid_out`) written as the
    parts a text converter prints, a row's on its line, `□ 사업개요<br>○ 기 간: 연중<br>…`, the header and rule blank;
    not a table inside a `□` part, which is that part's (`in_a_part`). Before, a generic table, and the project had
    no parts nor items, as its HTML table has."""
    out = list(lines)
    piped = [n for n, line in enumerate(lines[:-1]) if "|" in line]  # most lines hold no pipe, told by `in`
    # a header of two cells prints three pipes (`| 구 분 | 내 용 |`): a text printing no line of three lays out no
    # parts, told without reading its tables
    if not any(lines[n].count("|") == 3 for n in piped):
        return out
    end = 0  # where the last table looked at ends: its rows start no table
    for k in piped:
        if k < end or lines[k].lstrip()[:1] != "|" or not _is_rule_line(lines[k + 1]):
            continue
        end = _run(lines, k, lambda line: line.lstrip()[:1] == "|")
        at = [n for n in range(k, end) if n != k + 1]
        rows = _rows_of_two_cells([lines[n] for n in at])
        parts = None if rows is None else parts_laid_out(
            [(name, [line for line in _LINE_BREAK_RE.split(cell) if line]) for name, cell in rows])
        # asked last: it walks back over all the lines above, which costs more than the table's parts
        if parts is not None and not in_a_part([line.replace("*", "") for line in lines[:k]]):
            out[k:end] = [""] * (end - k)
            for n, part in zip(at[len(at) - len(parts):], parts, strict=True):
                out[n] = "<br>".join(part)
    return out


def _rows_of_two_cells(printed: list[str]) -> list[list[str]] | None:
    """Each `|` row's two cells; None where a row has another width, told at the first such row (most tables are
    wider, told at their header: their other rows are not split)."""
    rows = []
    for line in printed:
        if len(cells := _pipe_cells(line)[1:-1]) != 2:
            return None
        rows.append(cells)
    return rows


def _is_rule_line(line: str) -> bool:
    """`| :---- | :---- |`: the line under a `|` table's header."""
    if "-" not in line:  # most lines under a `|` line are its table's rows: told without splitting them
        return False
    cells = [cell.replace(" ", "") for cell in _pipe_cells(line)[1:-1]]
    return bool(cells) and all(_PIPE_SEPARATOR_RE.match(cell) for cell in cells)


def _pipe_cells(line: str) -> list[str]:
    """A `|` row's cells as its pipes part them, a `|` at either end parting an empty cell (an escaped `\\|`, a
    pipe inside a cell, is its stand-in: `unescaped_markdown`)."""
    return [c.strip() for c in line.strip().split("|")]


def _readings(cells: list[str], gfm: bool = True) -> tuple[tuple[bool, bool], ...]:
    """How a row's outer pipes may be read, as whether its first and its last pipe part no cell, in order of
    preference: as GFM reads them, and, unless the table is GFM's, each parting an empty cell too."""
    lead, trail = not cells[0], not cells[-1]
    return ((lead, trail),) if gfm else ((lead, trail), (False, trail), (lead, False), (False, False))


def _pipe_width(printed: list[list[str]]) -> int:
    """How many cells the rows of a table without outer pipes have: of the widths its rows can be read at, the one
    most rows can be, and of those the one most rows are as GFM reads them."""
    reach: Counter[int] = Counter()
    gfm: Counter[int] = Counter()
    for cells in printed:
        readings = _readings(cells, gfm=False)
        reach.update({len(cells) - lead - trail for lead, trail in readings})
        gfm[len(cells) - sum(readings[0])] += 1
    return max(reach, key=lambda width: (reach[width], gfm[width]))


def _read_at(cells: list[str], width: int | None, gfm: bool = True) -> tuple[str, ...] | None:
    """A row's cells read at `width` (None: as GFM reads them), else None."""
    for lead, trail in _readings(cells, gfm):
        if width is None or len(cells) - lead - trail == width:
            return tuple(cells[lead:len(cells) - trail])
    return None


def _is_pipe_rule(row: tuple[str, ...], right_after_header: bool) -> bool:
    """`| --- | :-: |`: the line under a pipe table's header, where GFM allows a single `-` (`|-|-|`); lower down
    (a converter ruling between rows) three dashes or colons a cell, as a row of single `-` cells (`| - | - |`: no
    figure in each) is the table's. A row with a character other than `-`, `:` or a space is none, told without
    the pattern (most rows: their first letter)."""
    printed = "".join(row)
    return bool(printed) and not printed.strip("-: ") and all(
        _PIPE_SEPARATOR_RE.match(cell := c.replace(" ", "")) and (right_after_header or len(cell) >= 3)
        for c in row if c)


def is_plain(raw: str) -> bool:
    """A line that is no heading, bullet or table row (tab, `|`): it continues the block above it."""
    s = _unbold(raw.strip())
    return not (("\t" in raw and _is_tab_row(raw))
                or (s.startswith(("|", "<", "+")) and (s[0] == "|" or _is_markup_table(s)))
                or (s.startswith(THEMATIC_BREAK_STARTS) and is_thematic_break(s))
                or _heading(s, None)
                or _BULLET_RE.match(s))


# The first characters a heading can have: most lines are ruled out without trying the patterns.
_HEADING_STARTS = frozenset("#ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX") | BOX_MARKS | _CIRCLED


def _heading(bold: str, lineno: int | None) -> Heading | None:
    if bold[:1] not in _HEADING_STARTS:
        return None
    parts = _heading_parts(bold)
    return Heading(*parts, lineno) if parts else None


@functools.lru_cache(maxsize=512)  # headings repeat within and across reports (`□ 추진계획`, `Ⅰ. 일반현황`)
def _heading_parts(bold: str) -> tuple[str, int, str] | None:
    """(text, level, marker) of a heading's line (`_heading`), else None."""
    match = _HEADING_RE.match(bold) if bold[0] == "#" else None
    if match:
        level, inner = len(match.group(1)), match.group(2)
        if inner[-1:] == "#" or inner[-1:].isspace():
            inner = _CLOSING_HASHES_RE.sub("", inner, count=1)
        marked = _marked(inner)
        if marked:
            return marked.group(2), level, marked.group(1)
        return inner, level, ""
    match = _marked(bold)
    if match:
        return match.group(2), 0, match.group(1)
    if _ROMAN_RE.match(bold):
        return bold, 0, ""
    return None


def _marked(text: str) -> regex.Match | None:
    """`□ 제목` or `① 제목`: the marker and the title."""
    first = text[:1]
    if first in BOX_MARKS:
        return _BOX_RE.match(text)
    return _CIRCLED_RE.match(text) if first in _CIRCLED else None


def _line_block(raw: str, text: str, lineno: int, nesting: BulletNesting, above: Block | None, own_mark: bool,
                listed: regex.Match | None = None) -> Block:
    """A line's block (`text`: the line stripped); `above`, the block right above it (None after a table), tells a box
    mark's item (`_is_box_item`); `own_mark`: the line starts with a mark of the report's own (`_own_marked_lines`);
    `listed`: it is an item only a list holds (`_list_only_item`), its mark and text."""
    indent = len(raw) - len(raw.lstrip(" \t"))
    if text[:2] == "**" and (unbolded := _unbold(text))[:1] not in _MARKDOWN_BULLETS:
        text = unbolded  # a line bold as a whole is the line it prints: `**가. 사업개요**` an item of its mark
    heading = _heading(text, lineno)
    if heading and _is_box_item(heading, indent, nesting, above):
        return Bullet(heading.text, nesting.depth(indent, heading.marker), heading.marker, lineno)
    if heading and heading.level and not heading.marker and _FIELD_HEADING_RE.match(heading.text):
        return Paragraph(heading.text, lineno)  # `#### 단위사업: 청사 관리`, as pymupdf4llm prints a bold line: a field
    if heading:
        return heading
    match = _BULLET_RE.match(text) or listed
    if match or own_mark:
        mark, rest = match.group(1, 2) if match else (text[0], text[1:].lstrip())
        if mark in _MARKDOWN_BULLETS and (title := _listed_title(rest, lineno)):
            return title
        typed = _TYPED_MARK_RE.match(rest) if mark in _MARKDOWN_BULLETS else None
        depth = nesting.depth(indent, mark + typed.group(1) if typed else mark)
        if typed:
            mark, rest = typed.group(1, 2)
        return Bullet(rest, depth, mark, lineno)
    return Paragraph(text, lineno)


_MARKDOWN_BULLETS = "*-+"
# a markdown heading's text that is a field, its label words alone (`단위사업: …`; not a numbered `1 조 직 : 4팀`,
# which `_FIELD_LINE_RE` takes for a field too)
_FIELD_HEADING_RE = patterns.compile(r"^[\p{Hangul} ]{1,12}?\s*[:：]\s*\S")
# the mark a report typed, right after a markdown list's (`- ○ 기 간: 연중`, as marker prints a PDF's list): the
# item's mark, not its text's first letter (before, `○ 기 간: 연중`); the item is nested as both marks say
# (`BulletNesting.depth`)
_TYPED_MARK_RE = patterns.compile(rf"^([{BULLET_MARKS.replace('*', '')}])\s+(.*)$")


def _listed_title(text: str, lineno: int) -> Block | None:
    """The title a markdown list's item prints (`- Ⅰ. 일반현황`, `- ① 제목 (복지기획팀)`, `- 1 제목 교육후생팀`, as
    pymupdf4llm lists a PDF's titles among its items), read as printed without the list's mark; None for an item's
    text (`- ㆍ 대상: …`, `- □ 대상: …`). Before, an item of the part above, and its project untitled."""
    if text[:1] in _HEADING_STARTS and text[:1] not in BOX_MARKS and (heading := _heading(text, lineno)):
        return heading
    return Paragraph(text, lineno) if text[:1].isdigit() and _NUMBERED_TITLE_TEAM_END_RE.match(text) else None


_NUMBERED_ITEM = "1."  # the kind of the level a numbered item opens for the items set in under it


def _numbered_item_level(raw: str, lines: list[str], above: Block | None) -> int | None:
    """Where a bullet's line stands indented right under a numbered list's item, the column that item's level
    stands at: the bullet is one of its items, not a list of its own beside it (before, its sibling). A markdown
    bullet under an item at the margin (`1. 옥외 전광판 운영` over `    * 콘텐츠 제작`, as Google Docs' markdown
    prints a bullet nested in a numbered item); a lettered item set in as far as the item's text, wherever that
    stands (`2.  대관료 지원` over `    가. 방역 지원`, as pandoc sets a list item's second paragraph, and
    `pdftotext -layout` its PDF), naming no part (`가. 사업개요` is a part of the project a numbered title names).
    A line set in less than the level is beside the item (`다. 향후계획` at the margin below it). A markdown list's
    numbered item so set in (`1. 추진상황 점검` over `   1. 부진과제 보완`, as Google Docs nests a numbered list in
    one) is one of its items too, under the item's own level (before, its sibling). None where the line is no such
    item."""
    # each kind of item below stands three spaces in at least (an item's text, `1. `, starts three in at least):
    # a line less indented, as most are, is told before the item above is sought
    if not isinstance(above, Paragraph) or raw[:3] != "   ":
        return None
    numbered = lines[above.line - 1]
    if (item := _LIST_NUMBER_RE.match(numbered.lstrip(" "))) is None:
        return None
    item_text = len(numbered) - len(numbered.lstrip(" ")) + item.end()  # the column the item's text starts at
    indent = len(raw) - len(raw.lstrip(" "))
    text = raw.lstrip(" ")
    # html2text sets a list's numbered items two spaces in and nests an item at its text (`  1. 가 계획` over `     1.
    # 세부` or `     * 세부`): one so set in is one of its items too, a star's or a number's (a `-` may be a text's)
    at_text = indent >= item_text and numbered[:1] == " " and text[:1] != "-"
    if text[:1] in _MARKDOWN_BULLETS:
        return min(indent, item_text) if indent >= 3 and numbered[:1] != " " or at_text else None
    if text[:1].isdigit():
        return 0 if (indent >= 3 and numbered[:1] != " " or at_text) and _LIST_NUMBER_RE.match(text) else None
    lettered = _BULLET_RE.match(text)
    if (indent >= item_text and lettered is not None and lettered.group(1)[:1] in LETTERS
            and not _PART_NAME_RE.fullmatch(compact(lettered.group(2)))):
        return item_text
    return None


def _list_only_item(lines: list[str], i: int, nesting: BulletNesting, above: Block | None,
                    blocks: list[Block]) -> regex.Match | None:
    """Line i's mark and text where it is an item that only a list holds (`_LIST_ONLY_ITEM_RE`: `+ 근로 412명`,
    `1. 근로 412명`), else None: indented deeper than the list's item above it (`* 자활사업 참여자` over `  + 근로
    412명`, as markitdown prints a .docx's second level), or a sibling of an item of its mark in the open list; or,
    for `+`, where it starts this line and the next at one indentation right under a list's item or a heading (a
    markdown list marked `+`), or alone right under a `*` item where the text's lists above nest `+` under `*`
    (`_nests_plus_under_star`). Under a paragraph, or on one line, such a start is the text it prints (`+ 200천원`).
    A number deeper than the list's item that goes on from the report's numbered line the list is under (`2. 인 력`
    under `1. 조 직`'s bullet, however indented: a PDF may centre it far right) is that numbering's next line, no
    item (`_goes_on_numbering`); before, an item nested under the bullet, its number lost."""
    stripped = lines[i].lstrip(" \t")
    if not nesting.stack and stripped[:1] != "+":
        return None  # a number starts an item only in a list (most such lines: a title, `1. 청사 관리`)
    match = _LIST_ONLY_ITEM_RE.match(stripped)
    if match is None:
        return None
    indent = len(lines[i]) - len(stripped)
    if nesting.stack and (indent, match.group(1).translate(_MARK_KIND)) in nesting.stack:
        return match
    if nesting.stack and indent > nesting.stack[-1][0]:
        return None if _goes_on_numbering(stripped, blocks, above) else match
    if match.group(1) != "+" or not isinstance(above, (Bullet, Heading)):
        return None
    below = lines[i + 1] if i + 1 < len(lines) else ""
    if below.lstrip(" \t")[:2] == "+ " and len(below) - len(below.lstrip(" \t")) == indent:
        return match
    # a list of one `+` item under `*`, as the text's lists above print theirs (`* 향후계획` over `+ …`)
    return match if isinstance(above, Bullet) and above.marker == "*" and _nests_plus_under_star(blocks) else None


def _nests_plus_under_star(blocks: list[Block]) -> bool:
    """Whether a list read above nests `+` items under a `*` item (`* 추진실적` over `+ 구민 체육대회: 5월`): a
    markdown list printed at the margin, as PyMuPDF's plain text prints a PDF's, so that a `+` line alone under a
    later `*` item (`* 향후계획` over `+ 하반기 운영: 7월~12월`, a list of one) is that item's, not the text it
    prints (before, a paragraph `+ 하반기 …` in no section)."""
    return any(block.marker == "+" and isinstance(above, Bullet) and above.marker == "*"
               for above, block in itertools.pairwise(blocks) if isinstance(block, Bullet))


def _mark_joined_item(line: str, nesting: BulletNesting) -> regex.Match | None:
    """The line's mark and text where a markdown list's mark stands right against its text (`*예산`, `+예산`: as
    `pdftotext -layout` joins the mark to a label set apart, `* 예 산`) and the open list holds an item of that mark
    at its indentation, whose sibling it is; else None (`*강조*`, emphasis, closes its `*`)."""
    stripped = line.lstrip(" \t")
    match = _MARK_JOINED_RE.match(stripped)
    return match if match and (len(line) - len(stripped), match.group(1)) in nesting.stack else None


def _goes_on_numbering(text: str, blocks: list[Block], above: Block | None) -> bool:
    """Whether a line numbered `N.` (`2. 인 력`) is the next of the report's numbered lines the open list is under
    (`1. 조 직`), not the list's item nor its text wrapped on; `blocks` are those read above `above`, which may be
    the last of them."""
    number = _LIST_NUMBER_RE.match(text)
    return number is not None and _numbered_over_list(blocks, above) == int(number.group(1)) - 1


def _numbered_over_list(blocks: list[Block], above: Block | None) -> int | None:
    """The number of the report's own numbered line (`1. 조 직`, a paragraph) right above the list `above` is in,
    bullets and tables alone between (a list's item's own tables); None where a bullet between is numbered so
    (`1. 수목 소독`: the list numbers its items) or another block stands between."""
    below = [above] if above is not None and (not blocks or blocks[-1] is not above) else []
    for block in itertools.chain(below, reversed(blocks)):
        if isinstance(block, Bullet):
            if block.marker[:-1].isdigit() and block.marker.endswith("."):
                return None
        elif not isinstance(block, Table):
            number = _LIST_NUMBER_RE.match(block.text) if isinstance(block, Paragraph) else None
            return int(number.group(1)) if number else None
    return None


def _own_marked_lines(lines: list[str]) -> set[int]:
    """The lines (indexes) that a mark of the report's own starts (`_own_mark`: `－`, `☞`, `❖`, `Ÿ`), where it
    starts two sibling lines at least (at one indentation): a list's items. One line so started is the text it
    prints (`l 자형 벤치`), but for one whose mark a tab follows, a word processor's list label (`o<tab>대상: …`,
    Word's second level in LibreOffice's text: no row of a tab table), and one indented deeper right below a
    bullet's line, blank lines aside (`o 대상: …` under `• 방제`, as Word's PDF prints that label): an item alone
    too."""
    siblings: dict[tuple[str, int], list[int]] = {}
    labelled = set()
    for n, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        gap = stripped[1:2]
        if gap in _OWN_MARK_GAPS and (mark := _own_mark(stripped)):
            indent = len(line) - len(stripped)
            siblings.setdefault((mark, indent), []).append(n)
            # a line at the margin has no bullet left of it: told without walking back
            if gap == "\t" or indent and _bullet_line_left_of(lines, n, indent):
                labelled.add(n)
    return labelled.union(*(found for found in siblings.values() if len(found) > 1))


def _bullet_line_left_of(lines: list[str], n: int, indent: int) -> bool:
    """Whether the line above line n, blank lines aside, is a bullet's (`• 방제: 4월`) whose mark stands left of
    `indent`."""
    k = n - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    stripped = lines[k].lstrip(" \t") if k >= 0 else ""
    return len(lines[k]) - len(stripped) < indent and _BULLET_RE.match(stripped) is not None


def _own_mark(stripped: str) -> str | None:
    """The mark a line (its mark followed by a space) may start with, told by what it is (`_own_mark_kind`); a
    letter of ASCII only before Hangul (not a word of a letter, `n 개`)."""
    mark = stripped[0]
    kind = _own_mark_kind(mark)
    if kind == _BEFORE_HANGUL:
        return mark if "가" <= stripped[2:].lstrip()[:1] <= "힣" else None
    return mark if kind else None


_MARK, _BEFORE_HANGUL = "mark", "before Hangul"  # what `_own_mark_kind` tells of a character


@functools.cache  # told of the character alone, once each: a report starts its lines with a few, each many times
def _own_mark_kind(mark: str) -> str | None:
    """What a line's first character is as a mark of the report's own: `_MARK` for a dash, punctuation or symbol
    (`－`, `―`, `☞`, `➢`, `❖`, `⁃`, `§`), not one `_NOT_OWN_MARKS` excludes nor ASCII's or its full-width form
    (markup; `/ 58,000천원`, `： 9월` go on a line), but for the dash, and for a Latin letter, as a symbol font's
    bullet prints where the font is missing (Wingdings' `Ÿ`, `ü`, `l`, `n`); `_BEFORE_HANGUL` for one of ASCII's
    that is such a bullet's (`_SYMBOL_FONT_LETTERS`), a mark only before Hangul; else None."""
    if mark in _NOT_OWN_MARKS:
        return None
    category = unicodedata.category(mark)
    if category in _OWN_MARK_CATEGORIES:
        folded = unicodedata.normalize("NFKC", mark)
        return _MARK if not folded.isascii() or folded == "-" else None
    if category[0] != "L" or mark >= _LATIN_END:
        return None
    if mark.isascii():
        return _BEFORE_HANGUL if mark in _SYMBOL_FONT_LETTERS else None
    return _MARK


def _is_box_item(heading: Heading, indent: int, nesting: BulletNesting, above: Block | None) -> bool:
    """Whether a line a box mark other than `□` starts (`■ 대상: …`) is an item, not a heading: right below a box
    heading of another mark (`□ 사업개요`), or in the list below one, a sibling of its items of this mark or
    deeper than its first (`■` items under `○ 위기가구 발굴`). A `■` heading over `○` items, or over `□` parts,
    stays one."""
    if heading.level or heading.marker not in _ITEM_BOX_MARKS:
        return False
    if isinstance(above, Heading):
        return above.marker in BOX_MARKS and above.marker != heading.marker
    return isinstance(above, Bullet) and nesting.holds(indent, heading.marker)


def _unbold(text: str) -> str:
    """A line without markdown's bold marks; sought in the line directly, which is short (`_holds` pays over a
    whole text, not over a line, where the call costs more than the scan)."""
    return text.replace("**", "").strip() if "**" in text else text


def _extend(block: Paragraph | Bullet | Heading, more: str) -> Paragraph | Bullet | Heading:
    if isinstance(block, Bullet):
        return Bullet(f"{block.text} {more}", block.depth, block.marker, block.line, block.page)
    if isinstance(block, Heading):
        return Heading(f"{block.text} {more}", block.level, block.marker, block.line, block.page)
    return Paragraph(f"{block.text} {more}", block.line, block.page)


# a bullet mark's kind: numbers dropped, letters as `가`, `❷` as `❶`, so that `1)` and `2)`, `가.` and `나.` are
# one mark to nest by
_MARK_KIND = str.maketrans({**dict.fromkeys("0123456789", None), **dict.fromkeys(LETTERS, "가"),
                            **dict.fromkeys(map(chr, range(ord("❶"), ord("❿") + 1)), "❶"),
                            **dict.fromkeys(map(chr, range(ord("➊"), ord("➓") + 1)), "➊")})


_NOTE_MARK = "※"


# the level a report's list marks stand at by convention, outermost first: `○` over `-` and `·` (which of those two
# is over the other, reports differ: `∙ 주민 제안사업 공모` over `- 제안 접수`); where a text prints no indentation at
# all (PDF text in content order), the one evidence of a list's levels besides the order the marks come in
_MARK_RANKS = {**dict.fromkeys("○◦∘ㅇ", 1), **dict.fromkeys("-–·ㆍ∙", 2)}


class BulletNesting:
    """Depth of a bullet from its indentation and the kind of its marker, as a stack of (indent, kind):
    siblings numbered `1)`, `2)` are one kind. Where the text prints no indentation (`flat`: every line at the
    margin or a blank off it, as PyMuPDF's and pypdf's plain text print a PDF's), each is at the margin and a mark of
    an outer level by convention closes the levels of deeper marks open above it (`○ 주민총회` after `- 위원 위촉`
    is no item of it, as the PDF indents the `-` under the `○`)."""

    def __init__(self, flat: bool = False) -> None:
        self.stack: list[tuple[int, str]] = []
        self.flat = flat

    def reset(self) -> None:
        self.stack.clear()

    def holds(self, indent: int, marker: str) -> bool:
        """Whether a bullet of this indentation and marker goes on the open list: deeper than its first level,
        or a sibling of a bullet of that kind in it."""
        indent = 0 if self.flat else indent
        return bool(self.stack) and (indent > self.stack[0][0] or (indent, marker.translate(_MARK_KIND)) in self.stack)

    def depth(self, indent: int, marker: str) -> int:
        """The depth of the next bullet, of this indentation and marker, the stack taken to it: the levels deeper
        than it closed, a sibling of its kind at its indentation its level (the levels under that closed), else a
        level under the last (a note at its indentation closed first: a note heads no list). A markdown item's
        marker is its list's mark and the mark the report typed after it (`-○`, `_TYPED_MARK_RE`), where it does."""
        marker = marker.translate(_MARK_KIND)
        if self.flat:
            indent = 0
            if (rank := _MARK_RANKS.get(marker)) is not None:
                while self.stack and _MARK_RANKS.get(self.stack[-1][1], 0) > rank:
                    self.stack.pop()
        if marker == _NOTE_MARK and self.stack and self.stack[0][0] > indent:
            return 0  # a note set out left of the list (at the margin) is no level of it: its items go on after it
        while self.stack and self.stack[-1][0] > indent:
            self.stack.pop()
        if self.stack and self.stack[-1][0] == indent:
            same = [k for k, (ind, mk) in enumerate(self.stack) if ind == indent and _one_kind(mk, marker)]
            if same:
                del self.stack[same[0] + 1:]
                return same[0]
        while self.stack and self.stack[-1] == (indent, _NOTE_MARK):  # a note (`※ 주민신고 포함` under a table) heads
            self.stack.pop()  # no list: the next bullet beside it is no item of it
        self.stack.append((indent, marker))
        return len(self.stack) - 1


def _prints_no_indentation(lines: list[str]) -> bool:
    """Whether no line of the text is indented (two blanks or a tab at least before it; one blank is no level:
    pypdf sets some lines of a PDF's list off by one): a text that tells its list's levels by the marks alone, if
    at all, as PDF text in content order prints it."""
    return not any(line[:2] == "  " or line[:1] == "\t" for line in lines)


def _after_second_level_at_margin(item: Bullet, blocks: list[Block]) -> bool:
    """Whether a markdown item printing the report's own mark (`- ○ 조사: 5월`) at the level of its list's items
    printing none follows one of them (`- 심사 회의 …`) right under an item of that list at its level or a level
    deeper (`- 평가 …`, `   - 안내 …`): that one is a level deeper, as pymupdf4llm prints a block of a PDF's items at
    the level of its leftmost line, the report's mark kept only of an item starting left of the line above it.
    Before, it was a level up, and the items after it were nested under it."""
    if len(blocks) < 2 or item.marker in _MARKDOWN_BULLETS:
        return False
    before, above = blocks[-2:]
    return (isinstance(before, Bullet) and isinstance(above, Bullet) and above.marker in _MARKDOWN_BULLETS
            and above.depth == item.depth and before.marker == above.marker
            and before.depth in (item.depth, item.depth + 1))


def _one_kind(kind: str, other: str) -> bool:
    """Whether two bullets at one indentation are siblings by their kinds (`BulletNesting.depth`): of one kind; or
    markdown items of one list mark that each print a typed mark, one a note's (`- ○ 대상` and `- ※ 결과`, as
    marker prints a list: a note stands at the level of the items it notes; two other typed marks are two levels,
    `- ○ 실태조사` over `- - 현장조사` over `- · 징수`, as docling prints a list's levels flattened to one, each item's
    own mark kept: before, siblings); or a markdown item printing a typed mark and a line that mark starts (`- ㆍ
    결산` and `ㆍ 책자 발간`, as pymupdf4llm prints the items of one list, some as a list's and some as text); or an
    item (`other`) printing a typed mark where the list's items at its indentation print none (`- ○ 조사` after `-
    평가`: pymupdf4llm keeps the report's mark only after another item of one block, `_after_second_level_at_margin`).
    A markdown item printing no typed mark after one that does is an item of another list (`- 동 지역회의` after `-
    ㆍ 제안사업 공모`'s `   - 제안 접수`: pymupdf4llm prints a report's `-` items as a markdown list's, one at the
    margin)."""
    if kind == other or len(other) == 2 and kind == other[:1] in _MARKDOWN_BULLETS:
        return True
    typed, bare = (kind, other) if len(kind) > len(other) else (other, kind)
    return typed[:1] in _MARKDOWN_BULLETS and len(typed) == 2 and (
        typed[1:] == bare or bare[:1] == typed[:1] and len(bare) == 2 and _NOTE_MARK in (typed[1:], bare[1:]))
