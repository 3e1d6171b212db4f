"""Space-aligned tables as `pdftotext -layout` prints them: cells apart by two or more spaces, Hangul
two display columns wide, numbers right-aligned, group labels centred over their sub-columns.

The columns come from the body rows (from the first row with a figure on; every row of a table of words
alone) that have the most cells; every other cell goes to the column it overlaps (a header label over none,
right of a column of figures, to the next column: `_label_column_finder`). A header label that covers several
columns (`일 반 직` over 5급…9급) is placed at the first column of its span, the rest left blank, as converters
print merges.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import math
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass

import regex

from pipeline import patterns
from pipeline.document import page_starts_between
from pipeline.rules import TABLE_RULE_START, is_table_rule
from pipeline.values import (
    LETTERS,
    SIGN,
    TEXT_CACHE,
    is_grade,
    is_headcount,
    is_total,
    label_groups,
    parse_decimal,
    vehicle_counts,
    with_trailing_totals,
)

_GAP_RE = patterns.compile(r"\S+(?: (?! )\S*)*")  # a cell: text whose spaces come one at a time
_FIGURE_RE = patterns.compile(rf"^{SIGN}?[\d,]+(?:\.\d+)?%?(?:\([^)]*\))?$|^-$")
# the marks that start a bullet (a character class): `∘` (U+2218) as HWP prints ◦, `→` a result, the circled
# digits besides `①` (`❶`, `➊`, `➀`, `⓵`), and a private-use character, as a PDF converter prints a symbol font's
# bullet
BULLET_MARKS = "-–○◦∘•·ㅇ※*▪▫◎●❍►▶▷▸◆◇◈→⇒√✓✔❶-❿⓫-⓴➀-➉➊-➓⓵-⓾\uE000-\uF8FF"
# bullets, headings, the unit line, the line of the date a table stands at (`(2025. 5. 31. 기준)`, `<’25. 5. 31.
# 현재>`, set at the right over the table as the unit line is); and a label spread over the width of others,
# numbered or before a colon (`1. 조    직 : 3팀`, `2. 인    력`, `기    간 : 연중`), as a word processor's
# distributed alignment prints it; a part's heading, a roman numeral before words alone, however far apart
# (`Ⅱ. 주요업무  추진실적`, `Ⅲ. 2026년  주요업무  계획`, as `pdftotext -layout` may print a heading's spaces: before, a
# row of the table above it); and a title numbered `3.`, `Ⅱ.` or `가.` (or of one cell of words) with its
# table's unit or date set at the right of its line (`3. 예산현황      (단위 : 백만원)`, `2. 인    력    (2023. 10.
# 31. 기준, 단위 : 명)`), as `pdftotext -layout` prints a heading and the bracket right of it: a heading, not the
# table's first row. No alternative starts with a blank, so the indentation is taken whole (`\s*+`), not given back
# a space at a time when the line is a row
_IN_BRACKET = r"[^()（）\[\]［］]*"
_UNIT_OR_DATE_AT_RIGHT = (rf"\s{{2,}}[(（［\[](?:{_IN_BRACKET}단\s*위\s*[:：]"
                          rf"|{_IN_BRACKET}\d{_IN_BRACKET}(?:기\s*준|현\s*재)){_IN_BRACKET}[)）\]］]\s*$")
_PART_NUMERAL = r"(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s*\.?|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\s*\.)"  # `Ⅱ.`, `Ⅱ`, `II.`
_NOT_A_ROW_RE = patterns.compile(
    rf"^\s*+(?:[{BULLET_MARKS}]\s|#|□|■|\(\s*단\s*위|[(（<〈［\[][^()（）<>〈〉]*\d[^()（）<>〈〉]*(?:기\s*준|현\s*재)\s*[)）>〉］\]]\s*$"
    rf"|(?:(?:\d{{1,2}}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ{LETTERS}])\.\s*|\d{{1,2}}\s{{2,}})?[가-힣](?: +[가-힣]){{1,4}}\s*:"
    rf"|(?:\d{{1,2}}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ{LETTERS}])\.\s*[가-힣](?: +[가-힣]){{1,4}}\s*$"
    rf"|{_PART_NUMERAL}\s*(?:(?:\d{{4}}|[’‘']\d\d)\s*년도?\s+)?[가-힣][가-힣()·]*(?:\s+[가-힣()·]+)*\s*$"
    rf"|(?:\d{{1,2}}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ{LETTERS}])\.\s*[가-힣].*?{_UNIT_OR_DATE_AT_RIGHT}"
    rf"|[가-힣][^\s\d]*(?: [^\s\d]+)*{_UNIT_OR_DATE_AT_RIGHT})")
_MIN_ROWS = 2
PART_MARK = "↳"  # the reader's mark on a row set off by indentation alone under a row it is a part of
_MIN_INDENT = 2  # display columns (a syllable) a part's label stands right of its row's
# what a row of a table that breaks down the row above it starts with, as a bullet would (`- 노상`, `○ 노상`)
_BREAKDOWN_MARKS = ("-", "–", "·", "○", "◦", "∘", "ㅇ", "•", "└")
# what a part's label may print before it, indented or not (`- 주민등록`, `└ 행정`, `ㅇ 노상`): it needs no `PART_MARK`;
# the extractors and checks read a part by the same marks (`-` last: in a character class, itself)
PART_LABEL_MARKS = "‐–−·ㆍ•∙└ㄴ○◦∘ㅇ-"
MIN_WORD_GAP = 3  # display columns of blank between the columns of a table of words alone
# `3 주요시설`, not `2층`
_NUMBERED_LINE_RE = patterns.compile(r"^(?:\d{1,2}(?:\.\s*|\s+)\D|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①-⑳]|[IVX]+\s*\.)")
# a project's title line as `pdftotext -layout` prints its box: a number, the title, the team at the right
# (`2  실내공기질 관리        환경관리팀`), each a cell
_TITLE_NUMBER_RE = patterns.compile(r"^(?:\d{1,2}\.?|[①-⑳])$")
_NUMBERED_TITLE_RE = patterns.compile(r"^(\d{1,2}|[①-⑳])\.?\s*(?<=[.\s①-⑳])[가-힣]")  # `2 실내공기질 관리`
_TEAM_CELL_RE = patterns.compile(r"^[(\[]?\s*[가-힣][가-힣\d ]{0,11}팀\s*[)\]]?$")
# the label of a table's row labels' column (compacted), which a header's first cell prints
_CORNER_LABELS = frozenset(("구분", "항목", "직급", "직렬", "직렬별", "직종", "부서", "부서명", "팀명", "차종"))
_MAX_WRAPPED_LABEL = 24  # display columns: a row label's second line, not a sentence
# a list's mark that numbers a caption (`나. 세출`, `2) 세출`, `(2) 세출`, `나) 세출`), or one of a year's
# (`나. 2026년 예산(안)`, `나. ’26년 예산안`)
_LIST_MARK_RE = patterns.compile(
    r"^(?:[가-하][.)]|\d{1,2}\)|\(\d{1,2}\)|\([가-하]\))\s*(?:\p{Hangul}|[’']?(?:\d{2}|\d{4})\s*년)")
# a label line ending so carries on below: a conjunction, or a verb qualifying the noun below (`달성을 위한`)
# `5,300,00`: its last group short, after a whole one (`1,2`, `3,9` are lists: floors, months)
_BROKEN_FIGURE_RE = patterns.compile(r"^[△▲-]?\d{1,3}(?:,\d{3})+,\d{1,2}$")
_FIGURE_END_RE = patterns.compile(r"^\d{1,2}$")
_WHOLE_FIGURE_RE = patterns.compile(r"^[△▲-]?\d{1,3}(?:,\d{3})+$")
GOES_ON = ("및", "·", ",", "와", "과", "의", "등",
            "위한", "통한", "대한", "관한", "따른", "향한", "의한", "하는", "되는")
# a label's line starting so goes on from the line above it (`및 특별점검` under `공직기강 확립`)
_GOES_ON_FROM = ("및 ", "·", ",")
_CARRIES_ON = ("~", "및", "·", ",", "-")  # a wrapped cell's line ending so goes on in the next
_MAX_SPREAD_JOINS = 8  # single syllables side by side in a header line, beyond which none are joined
_WORD_RE = patterns.compile(r"\p{L}")  # a letter: a cell of words, not a mark (`●`) or a figure
_WIDE_SPREAD = 4  # blanks between the letters of a spread label from which `pdftotext -layout` may round two apart
_MOST_BLANK_LINES_BETWEEN_ROWS = 4  # `pdftotext -layout` between tall rows (8pt type padded 16pt), `_parted_alike`
_HEADER_BLANK_LINES = 2  # blank lines at least under a header over rows parted by three or four, `_parted_alike`
_CELL_GAP = 2  # display columns of blank between two cells of a line (`split_cells`)
_CENTRE_SLACK = 4  # display columns (two syllables) a lone group label may stand off its span's centre
_SPREAD_EDGE_SLACK = 2  # display columns (a syllable) the letters of a spread label may end short of the others'
_ORPHAN_COST = 1_000  # display columns: far more than any label can be off its span's centre
# a schedule's column labels
_MONTH_LABEL_RE = patterns.compile(r"^(?:\d{1,2}\s*월|[1-4]\s*/\s*4\s*분기|[1-4]\s*분기)$")
# a narrow letter's width in display columns as PyMuPDF's sorted text sets it beside syllables (two): a digit is
# drawn some 0.6 of a syllable, and the blanks after a month label (`1월`) are rounded down from wider gaps
_NARROW_LETTER = 1.3
_WORD_SPACE = 0.7  # a blank within a cell: a blank's own width (a third of a syllable), not a gap's
# how narrow and how wide a narrow letter may be drawn, in display columns: `I` a quarter of a syllable, `W` a whole one
_NARROW_LETTERS = (0.5, 2)
_SCHEDULE_MARKS = frozenset("●○◯◎◉■□◆◇▲△★☆✓✔√VvOo")  # what a schedule marks its months with
# a bar drawn across a schedule's months: a run of one line or block character (letters spaced or not), arrow-headed
# or not (`━━━━`, `◀━━━▶`, `■■■■`, `───`); group 1 is the character each month it covers is marked with
_BAR_RE = patterns.compile(r"^[◀◁◄←<]?([━─═▬▭▆▇█▒▓░■□●○◆◇▲△★☆])(?: ?\1)*[▶▷►→>]?$")


@dataclass(slots=True)
class Cell:
    start: int  # display column of the first character
    end: int  # display column after the last character
    text: str

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


_WIDE_RE = patterns.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]+")  # a run: a word, mostly


def _placeholders(run: regex.Match) -> str:
    """A run of wide characters, each followed by its NUL placeholder (one replacement a word, not a syllable)."""
    return "\x00".join(run.group()) + "\x00"


def widened(line: str) -> str:
    """The line with each wide character followed by a NUL placeholder, so positions in it are display
    columns (NULs in the text itself are dropped first)."""
    return _WIDE_RE.sub(_placeholders, line.replace("\x00", "").replace("\t", "    "))


@functools.lru_cache(maxsize=TEXT_CACHE)  # labels repeat within and across reports
def _widened_width(text: str) -> int:
    return len(widened(text))


def display_width(text: str) -> int:
    """The display columns a text takes, `len(widened(text))`: a printable ASCII text (a figure) takes one a
    character, told without the pattern, which costs as much a character as the rest of a cell's reading."""
    return len(text) if text.isascii() and text.isprintable() else _widened_width(text)


def split_cells(line: str) -> list[Cell]:
    """The cells of a line at their display columns: text whose spaces come one at a time (`_GAP_RE`), apart by
    two blanks or more. A label letter-spaced two spaces apart (`정  원`, `사  업  명`) is one cell. This runs on
    many lines: where ' ' is their only blank (no tab, NUL or other control character: printable), the cells
    are the parts between double spaces, measured as `display_width` measures them (each printable, as the line is:
    an ASCII part takes a column a character), without a pattern run over the line."""
    # `lone`: a cell of one syllable after the first, the only cell joined to the one before it (not a `-` or a
    # `계`'s figure `1`: most rows); `labelled`: a cell prints labels one blank apart (`_LABEL_THEN_LABEL_RE`: most
    # rows print none), on a printable line asked of each cell of words one blank apart, not of the line (a match
    # stands within a cell): its gaps are not scanned
    if line.isprintable():
        body = line.lstrip(" ")  # the indentation measured at once, not a pair of its blanks at a time
        cells, column, lone, labelled = [], len(line) - len(body), False, False
        for part in body.split("  "):
            if not part:  # two blanks of a wide gap (most parts of a row): nothing to measure
                column += 2
                continue
            text = part.lstrip(" ")  # an odd space of the blanks before it; one at the line's end stays (`_GAP_RE`)
            if text:
                start = column + len(part) - len(text)
                if text.isascii():
                    column = start + len(text)
                else:  # a syllable alone is told here, as the cell is measured
                    column = start + _widened_width(text)
                    lone = lone or (len(text) == 1 and _is_syllable(text) and bool(cells))
                    labelled = labelled or " " in text and _LABEL_THEN_LABEL_RE.search(text) is not None
                cells.append(Cell(start, column, text))
            else:
                column += len(part)
            column += 2
    else:
        cells = [Cell(m.start(), m.end(), m.group().replace("\x00", "")) for m in _GAP_RE.finditer(widened(line))]
        lone = any(len(cell.text) == 1 and _is_syllable(cell.text) for cell in cells[1:])
        labelled = _LABEL_THEN_LABEL_RE.search(line) is not None
    cells = _letters_joined(cells, _two_blanks_apart(cells)) if lone and _SPACED_LETTERS_RE.search(line) else cells
    cells = _figures_apart(cells)
    return _labels_apart(cells) if labelled else cells


# two labels one blank apart, as pypdf's layout text sets labels whose columns it narrows: a column's label
# lettered for a formula (`집 행 액 (B)`, `(B/A)`) or one letter-spaced (`운 전 직`), and a word after it
# (`집 행 액 (B) 집행률(%)`, `운 전 직 공무직`: two cells; a letter-spaced label's letters are syllables alone, a word
# is not, and a middle dot joins: `별 정 직 ㆍ 임 기 제` is one label). The syllable alone first, the blank before it
# looked behind after it (`(?<!\S.)`, as `(?<!\S)` before it would): `re` then skips each character that opens neither
# way without trying the pattern there (a row's figures, blanks and points), where a lookbehind first is tried at every
# character
_LABEL_THEN_LABEL_RE = patterns.compile(
    r"(?:\([A-Z](?:/[A-Z])?\)|[가-힣](?<!\S.) (?:[가-힣] )+[가-힣]) (?=\p{Hangul})(?![가-힣](?:\s|$)|ㆍ)")


def _labels_apart(cells: list[Cell]) -> list[Cell]:
    """The cells with each run of labels one blank apart (`_LABEL_THEN_LABEL_RE`) parted."""
    out = []
    for cell in cells:
        cuts = [0, *(match.end() for match in _LABEL_THEN_LABEL_RE.finditer(cell.text)), len(cell.text)]
        out += _cells_of(cell.start, [cell.text[left:right] for left, right in itertools.pairwise(cuts)])
    return out


# figures run together in one cell, as pypdf's layout text prints cells whose figures its font draws wider than
# the column it gives them: each grouped figure whole (`1,500,000650,000`: a group after a comma is three digits,
# so the next figure starts after them), a bracket's note kept with its figure (`4,200,000(구비)1,608,000(구비)38.3`),
# the last figure a decimal, a count or a dash (`680,00035.8`, `1,500,000-`, `4,712.8-`); decimals run together,
# each to as many places as the last (`2,104.8896.3`: a column prints its figures alike); figures apart by one blank
# where it sets two columns a character apart (`30,000 25.0`, `830 64`), each one; a row's label before them
# (`2025년(1~5월) 18,4209,310`, where some run together); and a count after a date's day and its point, one blank
# between or none (`6. 1. ~ 7. 31.86`, `2020. 9. 1. 480`). Only a grouped figure ends a figure within a word (`1,5`
# never parts), a dash only the cell (`100-200` is a range), and digits after a figure are one of three at most
# (`152,380999999999` is no two figures: four digits or more print grouped)
_GROUPED_FIGURE = r"[△▲]?\d{1,3}(?:,\d{3})+(?:\([^()\d\s]{1,6}\))?"
_LAST_FIGURE = r"[△▲]?\d{1,3}(?:\.\d+)?%?|-"  # a figure of four digits or more prints grouped
# figures run together in a word, maybe: a grouped figure's three digits after a comma run into more digits or a
# bracket, or two points with digits between (`_runs_together`)
_COMMA_RUN_ON_RE = patterns.compile(r",\d{3}[\d(]")
_POINTS_RUN_ON_RE = patterns.compile(r"\.\d+[\d,]*\.\d")
_DASH_AFTER_FIGURE_RE = patterns.compile(r",\d{3}-|\d-$")  # a dash's cell run into a figure's (`1,500,000-`)
_GLUED_WORD_RE = patterns.compile(rf"(?:{_GROUPED_FIGURE})+(?:{_LAST_FIGURE})?")
_FIGURE_OF_WORD_RE = patterns.compile(rf"{_GROUPED_FIGURE}|{_LAST_FIGURE}")
# a figure whole or not, no other word nor a date's part (`2025.`, `6.`)
_FIGURE_WORD_RE = patterns.compile(r"[△▲]?\d(?:[\d,.]*\d)?(?:\([^()\d\s]{1,6}\))?%?|-")
_DECIMALS_RUN_TOGETHER_RE = patterns.compile(r"[\d,]+\.\d+[\d,]*\.[\d,.]*?(\d+)")
_COUNT_AFTER_DATE_RE = patterns.compile(r"(.*\d{1,2}\. \d{1,2}\. ?)(\d{1,3}(?:,\d{3})*)")
_FIGURE_STARTS = frozenset("0123456789△▲")


def _figures_apart(cells: list[Cell]) -> list[Cell]:
    """The cells with each cell of figures run together parted into a cell a figure, each where it is printed;
    a cell printing anything else whole."""
    out = []
    for cell in cells:
        if (pieces := _figure_pieces(cell.text)) is None:
            out.append(cell)
        else:
            out += _cells_of(cell.start, pieces)
    return out


def _figure_pieces(text: str) -> list[str] | None:
    """What a cell's text parts into (`_figures_apart`), each piece a figure or a row's label, a blank after it kept
    to be measured (`2025년(1~5월) 18,4209,310` → `2025년(1~5월) `, `18,420`, `9,310`); None for a text printed
    whole (most). Asked of a line's text alone too (`AlignedRows`), so no cell is made to ask it."""
    # figures run together only after a comma or a point (`_runs_together`), and a text ending otherwise than a
    # figure word (`_ends_as_figure`) ends in no figures to part from a label (`_label_pieces`) or from each other
    # (`_figure_words`): most texts are told so without a pattern's call
    marked = "," in text or "." in text
    if not text:
        return None
    if text[0] not in _FIGURE_STARTS:  # no figure runs together but in a word (a comma's or a point's)
        return _label_pieces(text) if marked and _ends_as_figure(text) and _runs_together(text) else None
    if not (" " in text or marked and _runs_together(text)
            or "-" in text and _DASH_AFTER_FIGURE_RE.search(text)):  # most figures print none of these
        return None
    # a count after a date (`_COUNT_AFTER_DATE_RE`) ends the text in a digit, a day's `. ` before it: most texts of
    # a date end in its point (`2024. 6. 11. ~ 6. 25.`), told without the pattern
    if text[-1].isdigit() and ". " in text and (dated := _COUNT_AFTER_DATE_RE.fullmatch(text)):
        return list(dated.groups())
    if " " not in text:
        return _figures_of(text)
    if _ends_as_figure(text) and _figure_words(words := text.split(" ")):
        return [figure for word in words for figure in _figures_of(word + " ")]
    return _label_pieces(text) if marked and _ends_as_figure(text) and _runs_together(text) else None


def _ends_as_figure(text: str) -> bool:
    """Whether the text ends as a figure word does (`_FIGURE_WORD_RE`): in a digit, a bracket, `%` or a dash."""
    return text[-1] in ")%-" or text[-1].isdecimal()


def _runs_together(text: str) -> bool:
    """Whether figures may run together in a word of the text (`_COMMA_RUN_ON_RE`, `_POINTS_RUN_ON_RE`): each pattern
    searched only where the text prints its comma or its two points, for `re` scans for a pattern's first character
    fast where it tries a pattern of alternatives at every character (several times the instructions a cell)."""
    return ("," in text and _COMMA_RUN_ON_RE.search(text) is not None
            or text.count(".") > 1 and _POINTS_RUN_ON_RE.search(text) is not None)


def _label_pieces(text: str) -> list[str] | None:
    """A row's label run into figures run together (`2025년(1~5월) 18,4209,310`) as its piece and theirs; else None,
    the text whole (`2024년 동기`, `공원 관리 12,000`: no figures run together tell the label from a figure of its
    own)."""
    words = text.split(" ")
    first = len(words)
    while first > 1 and _FIGURE_WORD_RE.fullmatch(words[first - 1]):
        first -= 1
    figures = [figure for word in words[first:] for figure in _figures_of(word + " ")]
    if len(figures) == len(words) - first:  # none run together
        return None
    return [" ".join(words[:first]) + " ", *figures]


def _figure_words(words: list[str]) -> bool:
    """Whether words one blank apart are figures alone (`830 64`, `30,000 25.0`)."""
    return all(_FIGURE_WORD_RE.fullmatch(word) for word in words)


def _figures_of(word: str) -> list[str]:
    """A word's figures run together (`_GLUED_WORD_RE`), else the word whole; a blank after it kept to be measured."""
    blank = word[len(word.rstrip(" ")):]
    word = word.rstrip(" ")
    if word[-2:-1].isdigit() and word[-1] == "-" and _FIGURE_WORD_RE.fullmatch(word[:-1]):  # a dash's cell after
        figures = _figures_of(word[:-1]) + ["-"]
    elif _GLUED_WORD_RE.fullmatch(word):
        figures = _FIGURE_OF_WORD_RE.findall(word)
    elif (places := _DECIMALS_RUN_TOGETHER_RE.fullmatch(word)) and (
            decimals := regex.fullmatch(rf"(?:\d{{1,3}}(?:,\d{{3}})*\.\d{{{len(places[1])}}})+", word)):
        figures = regex.findall(rf"\d{{1,3}}(?:,\d{{3}})*\.\d{{{len(places[1])}}}", decimals.group())
    else:
        figures = [word]
    return figures[:-1] + [figures[-1] + blank]


def _cells_of(start: int, pieces: Iterable[str]) -> list[Cell]:
    """A cell of each piece printed one after another from `start` (a blank at a piece's end measured, not kept)."""
    cells = []
    for piece in pieces:
        text = piece.rstrip(" ")
        cells.append(Cell(start, start + display_width(text), text))
        start += display_width(piece)
    return cells


# syllables standing alone, two spaces apart (hanja too, as older reports print labels: `定  員`)
_SPACED_LETTERS_RE = patterns.compile(r"(?<!\S)[가-힣一-鿿]  [가-힣一-鿿](?!\S)")


def _two_blanks_apart(cells: list[Cell]) -> Callable[[Cell, Cell], bool]:
    """Whether a syllable stands two blanks right of a letter or of letters two blanks apart: a letter of one label
    letter-spaced so (`정  원`). A label's letters stand evenly apart: one after a label letter-spaced one blank apart
    is a label of its own (`구 분  계`, as PyMuPDF's sorted text counts a gap in the next word's widths), but where
    the line's letters stand two blanks apart more than once (a name spaced unevenly, `노  인 복  지  과`)."""
    uneven = sum(len(a.text) == 1 and _is_syllable(a.text) and b.start - a.end == 2
                 for a, b in itertools.pairwise(cells)) > 1
    return lambda left, right: right.start - left.end == 2 and (
        uneven or left.end - left.start == 4 * left.text.count(" ") + 2)


def _letters_joined(cells: list[Cell], together: Callable[[Cell, Cell], bool]) -> list[Cell]:
    """The cells with each run of single syllables that are `together` joined: one letter-spaced label."""
    out = [cells[0]]
    for cell in cells[1:]:
        if _lone_syllables_meet(out[-1], cell) and together(out[-1], cell):
            out[-1] = _joined(out[-1], cell)
        else:
            out.append(cell)
    return out


def _lone_syllable_pairs(cells: list[Cell]) -> list[int]:
    """Where a cell of one syllable follows one that ends in one: each such cell's index."""
    return [k for k in range(1, len(cells)) if len(cells[k].text) == 1 and _lone_syllables_meet(cells[k - 1], cells[k])]


def _lone_syllables_meet(left: Cell, right: Cell) -> bool:
    """Whether a cell of one syllable follows a cell that ends in one (`구`, `분`; `대 지 비`, `고`)."""
    return len(right.text) == 1 and _is_syllable(right.text) and left.text[-2:-1] in ("", " ") \
        and _is_syllable(left.text[-1])


def _is_syllable(char: str) -> bool:
    """A Hangul syllable, or a hanja a label prints as one (`區  分`)."""
    return "가" <= char <= "힣" or "一" <= char <= "鿿"


def label_lines_joined(parts: list[str]) -> str:
    """A header label's lines top to bottom as one label: without a space where they part a word of Hangul, a
    syllable alone beside a longer word (`과부` over `족`, `과` over `부족`: `과부족`, as a label's text prints it);
    with one between two syllables alone (a letter-spaced label, `정` over `원`: `정 원`, as single syllables
    are joined, `_lone_syllables_meet`), between words (`전년도` over `예산액`, `소형ㆍ` over `다목적`), and where a
    line prints more than a word (words wrapped at their spaces)."""
    text = parts[0]
    for above, part in itertools.pairwise(parts):
        broken = (" " not in above and " " not in part and _is_syllable(above[-1]) and _is_syllable(part[0])
                  and (len(above) == 1) != (len(part) == 1))
        text += part if broken else " " + part
    return text


class AlignedRows:
    """Where space-aligned tables start and end in a run of lines, each line looked at once.

    A table is a run of at least two rows (cells apart by two or more spaces) with a figure in one of them,
    or, for a table of words alone, with blank columns running straight down between its cells.
    """

    def __init__(self, lines: list[str], page_starts: list[int], display_columns: bool = False) -> None:
        """`display_columns`: the lines are laid out in display columns already (a PDF's words at their
        positions), so no table is read by characters (`_aligned_by_characters`)."""
        n = len(lines)
        texts = [line.strip() for line in lines]  # each line stripped once, for every pass below
        # a line without two blanks in a row (most lines of most reports) is no row, told without a call, but a
        # line of figures run together (`_figures_apart`: `412,500(구비) 176,450(구비)42.8`, pypdf's), which opens
        # with a figure or runs them together in a word, after a comma or a point (`_runs_together`)
        self.cells: list[list[Cell] | None] = [
            _row_cells(line, text) if "  " in text or (text[:1] in _FIGURE_STARTS or "," in text or "." in text)
            and len(_figure_pieces(text) or ()) > 1 else None
            for line, text in zip(lines, texts, strict=True)]
        self._lines = None if display_columns else lines  # a table's lines, to tell how they line up
        self.texts = texts  # each line stripped, for `parse_lines` too
        self._page_starts = page_starts
        self._by_characters: dict[int, bool] = {}  # by a table's first line: does it line up by characters?
        self._measured: set[int] = set()  # tables' first lines read in letters' widths (`_measured_in_letter_widths`)
        # the lines that are no row, then n: each run of rows ends at the first of them after its start (`_first_at`)
        self._run_ends = list(range(n + 1))
        # where a run of rows parts, no blank line between: atop a page printing its header again, or above another
        # table's header right under its rows (`_headers_right_below`); then n
        self._parted: list[int] = [n]
        self._words_only: dict[int, bool] = {}  # runs without a figure, by first line: a table of words?
        self._wrapped: set[int] = set()  # lines that carry on a row label (`_mark_wrapped_lines`)
        self._rules: set[int] = set()  # lines of dashes ruling a table as pandoc's plain text does (`_mark_rules`)
        self._marked: list[tuple[int, int]] = []  # wrapped lines, each with the line it goes on from
        self._centred: set[int] = set()  # lines of a label centred between two tall rows (`_centred_label_row`)
        self._numbers: set[int] = set()  # lines of a row's number merged down beside a 계 row (`_numbers_on`)
        # a header's line of labels at the foot of a page, each with its last line atop the next (`_header_goes_on`)
        self._groups_above: list[tuple[int, int]] = []
        self._stacked: dict[int, int] = {}  # label lines stacked around a row, with its line (`_stacked_label_lines`)
        self._characters: dict[int, int] = {}  # those of cells a character a line (`_stacked_character_lines`)
        self._shared: set[int] = set()  # lines of both, a syllable beside a character (`_read_stacks`)
        self._stacked_from: dict[int, int] = {}  # the line a label stacked around a row starts on, by the row's line
        self._stacked_to: dict[int, int] = {}  # the line a label stacked around a row ends on, by the row's line
        self._figure = bytearray(n)  # whether the row on each line holds a figure
        self._figure_lines = [n]  # the lines whose rows hold a figure, then n
        if not any(self.cells):
            return  # no line can be a row (most converter output): every run ends where it starts
        self._read_stacks(lines, texts, page_starts, not display_columns)
        for k, row in sorted(self._stacked.items(), reverse=True):
            self._stacked_from[row] = min(k, self._stacked_from.get(row, row))  # where the row starts
            self._stacked_to[row] = max(k, self._stacked_to.get(row, row))  # and where it ends
        self._mark_wrapped_lines(lines, texts, page_starts)
        self._mark_group_label(lines, texts)
        self._mark_rules(lines)
        self._bridge_blank_lines(lines, texts, page_starts)
        # listed, not worked out line by line from the end: most lines are no row
        self._run_ends = [k for k, cells in enumerate(self.cells) if cells is None] + [n]
        self._parted = sorted({*self._headers_again_atop_pages(page_starts), *self._headers_right_below()}) + [n]
        self._figure_lines = [k for k, cells in enumerate(self.cells)
                              if cells and _has_figure(cells) and k not in self._numbers] + [n]
        for k in self._figure_lines[:-1]:
            self._figure[k] = True

    def _read_stacks(self, lines: list[str], texts: list[str], page_starts: list[int], in_characters: bool) -> None:
        """Labels stacked a syllable a line around their rows' lines (`정` over a row's figures over `원`) and cells
        stacked a character a line in a narrow column around their rows (`2` over `3   112 …` over `6`), each line
        joined to its row's line. Where both columns are narrow, a label's syllable and a figure's character may
        share a line (`정   4` over `35   1 …` over `원   0`: 정 원, 40): each column is read apart, the line a
        syllable's in the one and a character's in the other, taken only where both stack it on one row."""
        shared = _syllable_beside_character(texts)
        if shared:
            cells = list(self.cells)
            if self._stacks_joined(*_shared_lines_parted(lines, texts, shared, in_characters), page_starts,
                                   in_characters, shared):
                return
            self.cells = cells  # read as though no line were shared
        self._stacks_joined(lines, texts, lines, texts, page_starts, in_characters, [])

    def _stacks_joined(self, character_lines: list[str], character_texts: list[str], label_lines: list[str],
                       label_texts: list[str], page_starts: list[int], in_characters: bool,
                       shared: Container[int]) -> bool:
        """`_read_stacks` on the lines as each column's stacks read them (`shared` lines parted: a character's
        alone, a syllable's alone); whether each shared line is stacked on one row both ways. Characters are
        asked first: a label column's syllables stand between their lines."""
        characters = _stacked_character_lines(character_lines, character_texts, self.cells, page_starts,
                                              in_characters)
        _characters_joined(character_lines, self.cells, characters, in_characters)
        stacked = _stacked_label_lines(label_lines, label_texts, self.cells, page_starts, in_characters,
                                       characters.keys() - set(shared))
        if any(k not in stacked or characters.get(k) != stacked[k] for k in shared):
            return False
        _stacked_joined(self.cells, {k: self.cells[k] or split_cells(label_lines[k]) for k in stacked}, stacked)
        self._characters, self._stacked, self._shared = characters, stacked | characters, set(shared)
        return True

    def _mark_group_label(self, lines: list[str], texts: list[str]) -> None:
        """A line of one short label over a header row of labels, right of its first (`예산액` centred over
        `계 | 국비 | 시비 | 구비`, as `pdftotext -layout` prints a merged header cell) is the header's first line, and
        so is one over the last columns of the row below that (`_over_last_columns`); without it the label would
        be read as a paragraph and the columns it spans lose their group. A group label over a header of three
        rows may stand on the line above such a line, beside its label (merged down the top two rows, printed
        halfway down them): `일 반 직` over `관리운영직` over `구 분 | 계 | 행 정 | 사회복지 | 공무직`; it heads the
        row below them too."""
        cells_of = self.cells
        over = [k for k in range(len(lines) - 2) if cells_of[k + 1] and cells_of[k] is None]  # lines over a row
        for i in over:
            self.cells[i] = self._group_label(lines[i], texts[i], cells_of[i + 1], cells_of[i + 2])
        for i in over:
            label = cells_of[i]
            if (label is not None and i and cells_of[i - 1] is None
                    and (upper := self._group_label(lines[i - 1], texts[i - 1],
                                                    sorted([*label, *cells_of[i + 1]], key=lambda c: c.start),
                                                    cells_of[i + 2])) is not None
                    and (upper[0].end <= label[0].start or label[0].end <= upper[0].start)):
                self.cells[i - 1] = upper

    def _group_label(self, line: str, text: str, below: list[Cell], after: list[Cell] | None) -> list[Cell] | None:
        """The cells of a line when it is a group label over the header row below it (`_mark_group_label`), `after`
        the line below that, else None."""
        if not text or len(text) > _MAX_WRAPPED_LABEL or not after or _has_figure(below):
            return None
        cells = split_cells(line)
        if (len(cells) == 1 and cells[0].end - cells[0].start <= _MAX_WRAPPED_LABEL
                and cells[0].start >= below[0].end
                and (cells[0].end <= below[-1].end or _wrapped_over(cells[0], below[-1:])
                     or _over_last_columns(cells[0], below, after)
                     or _wrapped_around(cells[0], below, after))
                and not _not_a_row(line) and not _has_figure(cells)):
            return cells
        return None

    def _mark_rules(self, lines: list[str]) -> None:
        """A line of dashes next to a row is part of the table, a row of no cells: pandoc's plain text rules
        a table so, under its header (`-------- ----- -----`, a run of dashes a column) and above and below
        it. Without it the header would stand apart from the rows and be lost. So is a rule of box characters
        alone between two rows (`─────` under a merged `예 산 액`, over `계 | 국비 | 시비 | 구비`), a row of no cells
        too, but no pandoc rule: the header's labels are not set flush left."""
        n = len(lines)
        cells = self.cells
        for i, line in enumerate(lines):
            if cells[i] is not None:
                continue
            if (TABLE_RULE_START in line and is_table_rule(line)
                    and ((i > 0 and cells[i - 1]) or (i + 1 < n and cells[i + 1]))):
                cells[i] = []
                self._rules.add(i)
            # between two rows, told first: most lines that are no row have none beside them
            elif (0 < i < n - 1 and cells[i - 1] and cells[i + 1] and self.texts[i][:1] in _RULE_CHARS
                  and _RULE_LINE_RE.match(self.texts[i])
                  and (not _has_figure(cells[i - 1]) or _has_figure(cells[i + 1]))):
                # a merged header label's typed underline between two lines of the header, or a rule over a total;
                # under figures over a row of labels, it parts two tables (another table's header below it)
                cells[i] = []

    def _mark_wrapped_lines(self, lines: list[str], texts: list[str], page_starts: list[int]) -> None:
        """Lines of one short cell right after a row, which are part of the table: without them it would end
        there and the rows below would be lost.

        Where the labels start, a row label wrapped onto a line of its own (`청소행정 지원 및` over
        `시설 관리   1,000   400`), unless text goes on below it; however wide, where it stands in the labels'
        column (`_in_labels_column`: `골목상권 활성화 및 지역화폐` over `발행 지원   1,200,000 …`), else the table
        would end over it and its row be lost to a table of its own, under no header. Elsewhere, a line of a cell
        wrapped over several lines (`지하3층 ~` over a row, `지상6층` under it, as `pdftotext -layout` prints a cell
        centred in a taller row); `table` joins it to its row, or ends the table before it. A long line is
        one too where it starts in a column of text and a row follows it (a 비고 over three lines beside cells
        of two, its first line `- 지하1층: …, 2층: 청소과,` above the others). So is a number alone after the one
        the nearest row above prints in its column, `3` under a row leaving it blank under `2`: a list's 연번 merged
        down over its last row and a 계 row leaving it blank (`_numbers_on`), no figure of the table. Over one blank
        line too, or the blank lines of a page break (the top of the next page), if `_bridge_blank_lines` finds the
        table goes on across them."""
        for i in range(1, len(lines)):
            text = texts[i]
            if self.cells[i] is not None or not text or (text.startswith(TABLE_RULE_START) and is_table_rule(text)):
                continue  # a row, a blank line or a rule
            source = i - 1 if self.cells[i - 1] is not None or i < 2 or texts[i - 1] else i - 2
            if page_starts and self.cells[source] is None and not texts[source]:
                source = _row_before_page_break(texts, self.cells, i, page_starts)
            source = self._stacked.get(source, source)  # under a label stacked around a row: that row's
            above = self.cells[source]
            if not above:
                continue  # no row above it (a rule line is none either)
            below = texts[i + 1] if i + 1 < len(lines) and self.cells[i + 1] is None else ""
            below = "" if below.startswith(TABLE_RULE_START) and is_table_rule(below) else below  # a rule ends it
            cells = split_cells(lines[i])
            if len(cells) != 1 or _NUMBERED_LINE_RE.match(cells[0].text):
                continue
            in_labels = _in_labels_column(cells[0], above, lines, self.cells, i)  # however wide, a name's line
            if len(below) > _MAX_WRAPPED_LABEL and not in_labels:
                continue  # a sentence goes on below it: a paragraph
            if _has_figure(cells):
                if not _numbers_on(cells[0], self.cells, i):
                    continue
                self._numbers.add(i)  # no figure of the table's: its row's label
            if cells[0].start < above[0].start - 1 and _LIST_MARK_RE.match(cells[0].text):
                continue  # a caption numbered at the margin, left of the table's columns (`나. 세출`)
            # one short cell, not a bullet; or a line of a column of text (`- 지하1층: …`) with a row below it
            short = (cells[0].end - cells[0].start <= _MAX_WRAPPED_LABEL or in_labels) and not _not_a_row(lines[i])
            if not short and (below or not _in_text_column(cells[0], above)):
                continue
            if (abs(cells[0].start - above[0].start) <= 1
                    or _over_label_below_a_total(cells[0], above, lines, self.cells, i)):
                # else text goes on below it: a paragraph, unless that is a short line over a row (the next
                # row's label centred over its lines, `주 차` over `2,940 …` after a group label's `관`)
                if not below or (in_labels or display_width(below) <= _MAX_WRAPPED_LABEL) and (
                        i + 2 < len(lines) and self.cells[i + 2]
                        or _last_label_line_below(lines, texts, cells[0], above, i)):
                    self.cells[i] = cells
                    self._wrapped.add(i)
                    self._marked.append((i, source))
            elif display_width(below) <= _MAX_WRAPPED_LABEL:  # else a sentence goes on below it
                self.cells[i] = cells
                self._marked.append((i, source))

    def _bridge_blank_lines(self, lines: list[str], texts: list[str], page_starts: list[int]) -> None:
        """Blank lines between two rows are part of the table when the row below lines up with the rows
        above (all its cells but one or none under theirs, two at least, or `_cell_for_cell` in the last's columns):
        one blank line, as `pdftotext -layout` parts the rows of a table with tall rows (unless the row below is
        another table's header, `_new_header`, or the next project's title line, `_title_line`), or any number
        around a page break (the header lines the page prints again, spaces aside, become blank too). They become
        rows of no cells; without them each row would stand alone and be read as a paragraph. Wrapped lines right below
        the blank lines are passed over to the row below them (over a page break, a row of figures: a caption
        atop the next page is no wrapped line of a table that goes on under it); wrapped lines marked over blank
        lines the table does not go on across are no longer part of it, but a group label over a header that
        starts a table of its own there (`집행률(%` over a header laid out anew atop the next page) still is. Two
        blank lines, as `pdftotext -layout` parts rows yet taller (9pt type, rows padded 10pt), are bridged too where
        no two rows of the run so far stand on lines one below the other (`_tall_rows`): below rows that do, they
        part two tables. Three or four (8pt type, rows padded 12–16pt) are bridged where the run's rows so far are
        parted by as many, or the run is one line (its header): `_parted_alike`; so are those around a label alone
        on a line halfway between two tall rows, merged down them (`_centred_label_row`). Not below a simple table
        of pandoc's but over a page break (`_simple_table_ends`): a table right below is another, or its part below a
        page break `parse_lines` tells as it tells a `|` table's (`add_table`). A row goes on too, however it lines
        up, where it is shaped as the row above it (`_shaped_alike`), or the run is a header of two lines that heads
        it (`_header_goes_on_below`): PyMuPDF's sorted text sets each line off by its own letters."""
        n = len(texts)
        above: list[Cell] = []  # the cells of the rows of the run so far
        above_lines: list[int] = []  # the lines of those rows
        first = 0  # the run's first line
        i = 0
        while i < n:
            if self.cells[i] is not None:
                if i not in self._stacked:  # a label's line stacked around a row is that row's
                    first = first if above else i
                    above += self.cells[i]
                    above_lines.append(i)
                i += 1
                continue
            if texts[i] and self._stacked.get(i, i) <= i:
                # a line of text, no row (most lines): no blank line below a run to bridge, and no stacked label
                # starting a row on it (`_row_line`), so the run ends here, as the general case below ends it
                above, above_lines = [], []
                i += 1
                continue
            j = i
            while j < n and self.cells[j] is None and not texts[j]:
                j += 1
            blanks = j - i
            if i < j < n and above and self.cells[i - 1] is not None and (row := self._centred_label_row(
                    above, above_lines, i, j)) is not None:
                self.cells[i:j] = [[] for _ in range(i, j)]
                self.cells[j + 1:row] = [[] for _ in range(j + 1, row)]
                self._centred.add(j)
                i = row
                continue
            if i < j < n and above and self.cells[i - 1] is not None and (across := self._row_across(
                    lines, above, above_lines, i, j)) is not None:
                row, self.cells[j] = across
                self.cells[i:j] = [[] for _ in range(i, j)]
                self.cells[j + 1:row] = [[] for _ in range(j + 1, row)]
                self._wrapped.discard(j)
                above_lines.append(j)
                i = row
                continue
            j = self._row_line(j)  # the row below
            if (j > i and above and self.cells[i - 1] is not None and j < n and self.cells[j] is not None
                    and not self._title_line(texts, first, i, j)
                    and ((over_page := page_starts_between(page_starts, i, j)) or blanks == 1
                         or blanks == 2 and _tall_rows(above_lines) or _parted_alike(above_lines, blanks, page_starts))
                    and not (over_page and self._header_laid_out_anew(j, first, i))
                    and (over_page or not self._simple_table_ends(above_lines))):
                k = j
                while len(self.cells[k]) == 1 and k + 1 < n and self.cells[k + 1]:
                    k += 1
                below = self.cells[k]
                under = self._under_rows(k, above, above_lines)
                goes_on = over_page and k == j and self._header_goes_on(first, i, j)
                if ((under >= 2 and (under >= len(below) - 1 or over_page and k == j and _headed(above, below))
                     or goes_on or k == j and self._one_row(first, i) and (_header_of(above, below, under)
                                                                  or self._header_over_a_total(above, j)
                                                                  or self._header_in_characters(first, j))
                     or over_page and k == j and _row_laid_out_anew([self.cells[m] for m in above_lines], below)
                     or k == j and _shaped_alike(self.cells[above_lines[-1]], below)
                     or k == j and _marks_under_months([self.cells[m] for m in above_lines], below)
                     or k == j and self._total_set_left(above, above_lines, below)
                     or k == j and len(above_lines) == 2 and self._header_goes_on_below(first, above_lines[1]) == j)
                        and not (over_page and k > j and not _has_figure(below))
                        and (over_page or not self._new_header(k, first, i))):
                    if goes_on:
                        self._groups_above.append((i - 1, j))
                    # a header printed again is no row of the table, nor a wrapped line of the row below it
                    again = j + (self._header_lines_again(j, first, i) if over_page and k == j
                                 else not over_page and k == j and self._header_again(k, first, i))
                    self.cells[i:again] = [[] for _ in range(i, again)]
                    i = again
                    continue
                if (not over_page and k == j and self._one_row(first, i)
                        and (row := self._header_goes_on_below(first, j))):
                    # a header of two lines (or three) over tall rows: the blank lines between its lines and under
                    # it are the table's
                    self.cells[i] = []
                    self.cells[j + 1:row] = [cells or [] for cells in self.cells[j + 1:row]]
                    i = j
                    continue
                if not over_page and k == j and self._one_row(first, i) and (row := self._header_set_over(first, j)):
                    # its two lines alone at the foot of a page, its rows atop the next laid out anew
                    self.cells[i] = []
                    self.cells[j + 1:row] = [[] for _ in range(j + 1, row)]
                    i = j
                    continue
                if not over_page and k == j and self._one_row(first, i) and self._header_of_words(first, j):
                    self.cells[i] = []
                    i = j
                    continue
            above, above_lines = [], []
            i = max(j, i + 1)
        for i, source in self._marked:
            if self.cells[source] is None or self.cells[i - 1] is None:
                # a group label over a header atop the next page, as it may be: a row of the table below
                below = i + 2 < n and self.cells[i + 1] and self.cells[i + 2]
                self.cells[i] = (self._group_label(lines[i], texts[i], self.cells[i + 1], self.cells[i + 2])
                                 if below else None)
                self._wrapped.discard(i)

    def _total_set_left(self, above: list[Cell], above_lines: list[int], below: list[Cell]) -> bool:
        """Whether the row below a blank line is a `계` row set off left of the rows above it: its label a total's,
        ending left of every row's first cell, then figures alone, each under a cell of those rows (`계` left of
        `제261회 임시회`, its `23` under the dates, as PyMuPDF's sorted text sets a row of few letters)."""
        return (len(below) >= 2 and is_total(below[0].text) and all(_is_figure(cell.text) for cell in below[1:])
                and _under(below[:1], above) == 0 and _under(below[1:], above) == len(below) - 1)

    def _under_rows(self, k: int, above: list[Cell], above_lines: list[int]) -> int:
        """How many cells of the row on line k stand under a cell of the rows above it (`above`, on `above_lines`):
        in display columns, or where too few do, in characters, as `pdftotext -layout` may line tall rows up; all of
        them where they stand cell for cell under the last row's in characters."""
        below = self.cells[k]
        under = _under(below, above)
        if under < max(2, len(below) - 1):
            in_characters = self._in_characters(k)
            under = max(under, _under(in_characters,
                                      [cell for line in above_lines for cell in self._in_characters(line)]))
            if under < len(below) - 1 and _cell_for_cell(in_characters, self._in_characters(above_lines[-1])):
                under = len(below)
        return under

    def _row_across(self, lines: list[str], above: list[Cell], above_lines: list[int], i: int,
                    j: int) -> tuple[int, list[Cell]] | None:
        """The line of the row below a row merged across the table and that row's one cell, where line j (blank lines
        i..j above it) is one: a label alone on its line (`토지` over `대지   312   9   41`, as `pdftotext -layout`
        prints a row merged across a PDF's table, a group's label over its rows), in the labels' column (within the
        first cells of the rows above and below it, left of their second) and no figure, as many blank lines below
        it as above (the rows' spacing, the page going on), the row below holding a figure and lined up under the
        rows above. None where it is not: without it the label would be a paragraph and the table part there, the
        rows below a table of their own. A label alone right between two rows (no blank line around it) may be
        a row label's wrapped line as well, and is left to `_rows`."""
        blanks = j - i
        row = j + blanks + 1
        if (blanks > _MOST_BLANK_LINES_BETWEEN_ROWS or row >= len(self.cells) or not self.texts[j]
                or any(self.cells[k] is not None or self.texts[k] for k in range(j + 1, row))
                or page_starts_between(self._page_starts, i, row)):
            return None
        # the line's cells split once, after the tests of the lines around it (most lines are no such label)
        label, upper, below = split_cells(lines[j]), self.cells[above_lines[-1]], self.cells[row]
        if self.cells[j] not in (None, label):
            return None
        if not (len(label) == 1 and below and len(below) > 1 and _has_figure(below) and upper and len(upper) > 1
                and not _has_figure(label) and not _not_a_row(lines[j])
                and display_width(label[0].text) <= _MAX_WRAPPED_LABEL):
            return None
        left, right = min(below[0].start, upper[0].start) - 1, min(below[1].start, upper[1].start) - _CELL_GAP
        if not (left <= label[0].start and label[0].end <= right):  # within the row labels' column
            return None
        if self._under_rows(row, above, above_lines) < max(2, len(below) - 1):
            return None
        return row, label

    def _centred_label_row(self, above: list[Cell], rows: list[int], i: int, j: int) -> int | None:
        """The line of the row below a label on line j (a line of one cell that is no figure, blank lines i..j above
        it) where the label is centred between the run's last row and that row, as many blank lines below it as
        above, as `pdftotext -layout` prints a label merged down two tall rows (rows parted by blank lines, under
        a header: `_tall_rows`) halfway between them (`건강증진 사업` between `비만예방 관리   700,000 …` and
        `구강보건 사업   500,000 …`); the label left of both rows' cells and no figure's line, the row below lined
        up under the rows above. None where it is not: without it the label would be a paragraph, and the table
        end over it."""
        label = self.cells[j]
        if not (label and len(label) == 1 and len(rows) >= 2 and _tall_rows(rows) and not _has_figure(label)):
            return None
        row = j + (j - i) + 1
        if row >= len(self.cells) or any(self.cells[k] is not None or self.texts[k] for k in range(j + 1, row)):
            return None
        below, upper = self.cells[row], self.cells[rows[-1]]
        if not (below and _has_figure(below) and _has_figure(upper) and label[0].start < below[0].start
                and label[0].start < upper[0].start and _under(below, above) >= max(2, len(below) - 1)):
            return None
        return row

    def _simple_table_ends(self, rows: list[int]) -> bool:
        """Whether the rows on these lines are a simple table of pandoc's plain text, which a blank line ends: its
        header over a rule of dashes (`-------- ----- -----`, `_mark_rules`), or, with no header, its rows within two
        such rules. A multiline table with no header, its rows parted by blank lines, goes on below one: its rows
        under a rule, none closing them yet."""
        return rows[-1] in self._rules or len(rows) > 1 and rows[1] in self._rules and rows[0] not in self._rules

    def _header_goes_on(self, first: int, i: int, j: int) -> bool:
        """Whether the rows from line `first` to the page break at line i, one or two lines of labels (no figure),
        are the first lines of a header that goes on atop the next page: line j prints the header's last line of
        labels, a row of figures right below it (or a blank line below it: tall rows), with more cells than each line
        above (its group labels head columns of two or more), each label of which stands over a cell of the two lines
        and within their width (a group label centred over its span need stand over no label of it, only over a
        figure); or one line whose labels head those columns in their order (`_groups_in_order`), wherever it
        stands: `pdftotext -layout` lays each page out apart, so the foot of the page may be laid out narrower
        (`총계  승용  화물` left of the figures' first column); a line of captions (`가. 세입 현황`) is none."""
        rows = self.cells[first:i]
        below = self.cells[j]
        body = self._row_below(j)
        if (len(rows) > 2 or not all(rows) or any(map(_has_figure, rows)) or len(below) < 2 or _has_figure(below)
                or not body or not _has_figure(body)):
            return False
        columns = [*below, *body]
        start, end = min(c.start for c in columns), max(c.end for c in columns)
        return all(len(row) < len(body) and all(start - 2 <= c.start and c.end <= end + 2
                                                and any(c.end > a.start and a.end > c.start for a in columns)
                                                for c in row) for row in rows) or (
            len(rows) == 1 and len(rows[0]) >= 2 and not any(_LIST_MARK_RE.match(c.text) for c in rows[0])
            and self._groups_in_order(first, j) is not None)

    def _header_over_a_total(self, header: list[Cell], j: int) -> bool:
        """Whether a line of labels alone is the header of a `계` row below a blank line that prints fewer cells
        than it (its words' columns blank, `계  18,400` under `구분  위치  면적(㎡)  개관  비고`): the row below
        that one is a row it heads (`_header_of`); or a `계` row's figures alone, its label on the line below them (`총
        계` under `3,210,000  1,020,000  31.8`, as PyMuPDF's sorted text sets off a row merged down two lines), fewer
        than the labels."""
        total = self.cells[j]
        if not total or len(total) >= len(header) - 1:
            return False
        if not is_total(total[0].text):
            label = self.cells[j + 1] if j + 1 < len(self.cells) else None
            return (bool(label) and len(label) == 1 and is_total(label[0].text) and not _has_figure(header)
                    and all(_is_figure(cell.text) for cell in total))
        row = self._row_below(j)
        return bool(row) and _header_of(header, row, _under(row, header))

    def _header_in_characters(self, header: int, row: int) -> bool:
        """Whether line `header`, of labels alone, heads the row of figures on line `row` below a blank line, measured
        in characters (`_header_of`), where `pdftotext -layout` sets the labels centred in their cells and the
        figures right in theirs: in display columns the wide letters left of a label push it past its figure's end
        (`3종` over `118`, landscape, wide cells), in characters each figure ends right of its label's centre."""
        return self._lines is not None and _header_of(self._in_characters(header), self._in_characters(row), 0)

    def _row_below(self, j: int) -> list[Cell] | None:
        """The cells of the row below line j, right below it or a blank line below (tall rows); None for none."""
        row = j + 1 if j + 2 >= len(self.cells) or self.texts[j + 1] else j + 2
        return self.cells[row] if row < len(self.cells) else None

    def _groups_above_placed(self, above: int, j: int) -> None:
        """A header's line of labels at the foot of a page (line `above`) set over the columns of its last line atop
        the next (line j) and the figures below it, as its labels' order says: `pdftotext -layout` lays each page out
        apart, so where the line above stands tells little (`일반직` over `5급` alone, where the PDF centres it over
        `5급 … 9급`). Its first labels each head a column of figures left of line j's labels, as many as line j has
        fewer labels than the figures' row has cells (`구분`, `계`, merged down), the rest a run of line j's labels
        each, a run ending where a label repeats one of its own (`5급 … 9급 | 6급 7급 | 6급 7급 8급`), each centred
        over its run; left as printed where the counts differ."""
        if (placed := self._groups_in_order(above, j)) is not None:
            self.cells[above] = placed

    def _groups_in_order(self, above: int, j: int) -> list[Cell] | None:
        """The labels of line `above` set over the columns of line j and the figures below it in their order
        (`_groups_above_placed`), or None where the counts differ."""
        labels, lower, body = self.cells[above], self.cells[j], self._row_below(j)
        if not body or len(lower) > len(body):
            return None
        unlabelled = body[:len(body) - len(lower)]  # the columns left of line j's labels
        runs = _runs(lower)
        if len(labels) != len(unlabelled) + len(runs):
            return None
        spans = [(cell.start, cell.end) for cell in unlabelled] + [(run[0].start, run[-1].end) for run in runs]
        placed: list[Cell] = []
        for label, (start, end) in zip(labels, spans, strict=True):
            width = label.end - label.start
            left = max((start + end - width) // 2, placed[-1].end + _CELL_GAP if placed else 0)
            placed.append(Cell(left, left + width, label.text))
        return placed

    def _header_set_over(self, first: int, second: int) -> int | None:
        """The line of the first row of figures atop the next page where a header of two lines alone at the foot of
        a page (line `first` over line `second`, a blank line between) heads it, that row laid out anew at its own
        width (`pdftotext -layout` lays each page out apart), with the header's labels set over that row's cells;
        else None. The labels merged down (over no label of the second line: `구분`, `계`, `공무직`) and the second
        line's, in their order, are as many as the row's cells, one over each, and each group label is centred
        over a run of the second line's labels, a run ending where a label repeats one of its own
        (`5급 … 9급 | 6급  7급`)."""
        k = next((m for m in range(second + 1, len(self.cells)) if self.cells[m] is not None or self.texts[m]),
                 len(self.cells))
        if (k == len(self.cells) or not page_starts_between(self._page_starts, second, k) or not self.cells[k]
                or not _has_figure(self.cells[k]) or _has_figure(self.cells[first]) or _has_figure(self.cells[second])):
            return None
        upper, lower, row = self.cells[first], self.cells[second], self.cells[k]
        merged_down = next((m for m in _merged_down_choices(upper, lower) if len(m) + len(lower) == len(row)), None)
        if merged_down is None:
            return None
        runs = _runs(lower)
        if len(upper) - len(merged_down) != len(runs):
            return None
        ordered = _merged_down_in_order(upper, merged_down, lower)
        moved = {id(label): Cell(cell.start, cell.start + label.end - label.start, label.text)
                 for label, cell in zip(ordered, row, strict=True)}
        groups = iter(runs)
        placed = []
        for n, label in enumerate(upper):
            if n in merged_down:
                placed.append(moved[id(label)])
                continue
            run = [moved[id(cell)] for cell in next(groups)]
            width = label.end - label.start
            left = max((run[0].start + run[-1].end - width) // 2, placed[-1].end + _CELL_GAP if placed else 0)
            placed.append(Cell(left, left + width, label.text))
        self.cells[first], self.cells[second] = placed, [moved[id(cell)] for cell in lower]
        return k

    def _header_of_words(self, first: int, j: int) -> bool:
        """Whether the line of labels on line `first`, over a blank line, heads the rows of words from line j on
        (parted by blank lines or none, as `pdftotext -layout` prints tall rows): each label over a cell of its own
        column in one of the rows at least (`내용` centred over a column of a project's overview, `구분  내용` over
        `사업기간  2025. 1. ~ 12.`, stands over its longer lines alone), and blank columns running down between the
        columns of all of them, in display columns or in characters (`pdftotext -layout`: a label of three syllables,
        `사업비`, in a column of two's pushes its text right in display columns alone)."""
        header, rows, m, n = self.cells[first], [], j, len(self.cells)
        lines = [first]
        while self.cells[m]:
            rows.append(self.cells[m])
            lines.append(m)
            if m + 1 < n and self.cells[m + 1]:
                m += 1
            elif m + 2 < n and self.cells[m + 1] is None and not self.texts[m + 1] and self.cells[m + 2]:
                m += 2
            else:
                break
        if len(header) < 2 or len(rows) < _MIN_ROWS or _has_figure(header) or any(map(_has_figure, rows)):
            return False
        return (all(any(len(row) == len(header) and row[n].end > label.start and label.end > row[n].start
                        for row in rows) for n, label in enumerate(header))
                and (_has_blank_columns([header, *rows])
                     or self._lines is not None and _has_blank_columns([self._in_characters(k) for k in lines])))

    def _header_goes_on_below(self, first: int, j: int) -> int | None:
        """The line of the first row of figures where the line of labels on line `first`, over a blank line, is
        the first of a header of two lines, the second on line j (`pdftotext -layout` of a PDF table whose rows,
        header rows too, are taller than a line: `구분  계  일반직  공무직` over `5급  6급  7급  8급`, a blank line
        between), else None: its group labels stand over labels of line j, and its other labels (merged down the
        header) with line j's are one label over each cell of the row of figures below line j (over a blank line
        or none), in display columns or in characters (as the rows line up). The labels merged down are those over
        no label of line j; else those beside all of them, as a group label centred over two labels stands over
        the blank between them (`부과` over `건수  금액`, `승합` over `소계  중형`). A header of three lines (`구분  계
        일반직  관리운영직  공무직` over `행정  사회복지` over the grades, each a blank line apart, 9pt type) is told
        so by its top line and its lowest, the middle line's group labels standing between them. In a text's lines
        (not a PDF's words where they stand), where its labels merged down are told by count
        (`_merged_down_counted`: each line set off by its own letters, PyMuPDF's sorted text), two of them over a
        cell of that row are enough, the counts telling the rest."""
        k = self._line_after(j)
        if k < len(self.cells) and self.cells[k] and not _has_figure(self.cells[k]):
            lowest, k = k, self._line_after(k)  # the lowest line of a header of three
        else:
            lowest = j
        if (k >= len(self.cells) or not self.cells[j] or not self.cells[k] or not _has_figure(self.cells[k])
                or _has_figure(self.cells[first]) or _has_figure(self.cells[j])):
            return None
        above, below = self.cells[first], self.cells[lowest]
        row = self.cells[k]
        counted = None
        if self._lines is not None:
            counted = (_merged_down_counted(above, below, len(row), not _is_figure(row[0].text)) if lowest == j
                       else _merged_down_over_three(above, self.cells[j], below, len(row)))
        choices = [*_merged_down_choices(above, below), *filter(None, [counted])]
        for measure in (self.cells.__getitem__, self._in_characters):
            above, row = measure(first), measure(k)
            for merged_down in choices:
                header = _merged_down_in_order(above, merged_down, measure(lowest), merged_down is counted,
                                               not _is_figure(row[0].text))
                under = _under(row, header)
                if _header_of(header, row, under) or merged_down is counted and under >= 2:
                    return k
        return None

    def _line_after(self, j: int) -> int:
        """The line of the row after line j's, over a blank line or none (tall rows), past the labels stacked
        around either row (`_stacked_label_lines`: `원` under line j's figures, `현` over the next row's)."""
        j = self._stacked_to.get(j, j)
        return self._row_line(j + 2 if j + 2 < len(self.cells) and self.cells[j + 1] is None else j + 1)

    def _headers_again_atop_pages(self, page_starts: list[int]) -> list[int]:
        """The pages whose first lines print again the header of the run of rows going on from the page before,
        no blank line between (`pdftotext -layout` of the real report's staffing in a narrow label column, 11 pt:
        `원` at the foot of a page, `구` over `계   일반직 …` over `분` atop the next, its columns laid out anew
        there): the run parts there, the part below read as a table of its own, its columns where its rows stand,
        which `add_table` joins to the part above by its labels (as it joins a part below blank lines)."""
        parted = []
        for page in page_starts:
            if not (0 < page < len(self.cells) and self.cells[page - 1] is not None and self.cells[page] is not None):
                continue
            first = page - 1
            while first and self.cells[first - 1] is not None:
                first -= 1
            header, again = (self._row_line(k) for k in (first, page))
            if (header < page <= again and self.cells[header] and self.cells[again]
                    and not _has_figure(self.cells[header])
                    and _labels_key(self.cells[again]) == _labels_key(self.cells[header])):
                parted.append(page)
        return parted

    def _headers_right_below(self) -> list[int]:
        """The lines where another table's header starts right under a table's last row of figures, no blank line
        between (`pdftotext -layout` of HWP's fleet under its staffing: `과` over `부   △1 …` over `족`, then `구` over
        `계   승용 …` over `분`): the run parts there as a blank line would part it (`_new_header`: labels only, the
        label stacked around them or the columns not the run's), where it names the row labels' column (`구 분`,
        `_corner_label`): a header's own lines stand under no row of figures, and a row of labels in a table's body
        (a group's, `소계   5급   6급` under a row of figures) names none."""
        parted = []
        first = 0  # the run's first line
        for k, cells in enumerate(self.cells):
            if cells is None:
                first = k + 1
                continue
            start = self._stacked_from.get(k, k)  # its label's first line
            if (k in self._stacked or start <= first or _has_figure(cells)
                    or not _has_figure(self.cells[self._stacked.get(start - 1, start - 1)] or [])):
                continue
            if (_corner_label(cells) or self._no_row_labels_below(k, first, start)) and self._new_header(
                    k, first, start):
                parted.append(start)
                first = start
        return parted

    def _no_row_labels_below(self, k: int, first: int, start: int) -> bool:
        """Whether the first row of figures under the header starting on line k prints no label, its cells all
        figures (`12   5   4   3` under `계   승용   승합   화물`: a fleet's counts, a table without a row labels'
        column), where each row of figures of the run above (lines `first` to `start`) prints one (`정 원   20 …`,
        or `정` over `20   2 …` over `원`): another table under that one, though its header names no row labels'
        column. A row of labels in a table's body (a group's, `소계   7급   8급`) heads rows printing labels."""
        above = [m for m in range(first, start) if self.cells[m] and _has_figure(self.cells[m])]
        if not above or not all(m in self._stacked_from or not _is_figure(self.cells[m][0].text) for m in above):
            return False
        for m in range(k + 1, len(self.cells)):
            cells = self.cells[m]
            if m in self._stacked:  # a syllable of a label stacked around a row (`계` under `승용   승합 …`)
                continue
            if not cells:
                return False
            if _has_figure(cells):
                return m not in self._stacked_from and all(_is_figure(cell.text) for cell in cells)
        return False

    def _row_line(self, k: int) -> int:
        """The line of the row that line k starts: that of a label stacked over it (`_stacked_label_lines`)."""
        return max(k, self._stacked.get(k, k))

    def _one_row(self, first: int, i: int) -> bool:
        """Whether the run of rows from line `first` to the blank line i is one row: its line, and the lines of
        labels stacked under it (`구` over `계   일반직 …` over `분`, its first line a stacked label's too)."""
        return i - 1 == self._stacked_to.get(first, first)

    def _title_line(self, texts: list[str], first: int, i: int, j: int) -> bool:
        """Whether the row on line j, below the run of rows from line `first` to the blank line i, is the next
        project's title line (`_title_number`): not where it numbers the next row of a list of rows of that shape
        (`2  공정하고 투명한 인사 운영  인사팀` under `1  청사 에너지 효율화  청사관리팀`, a list of projects whose
        rows are parted by blank lines), after the run's last such row or, the list's first, before the next row
        below it (over blank lines or none)."""
        if (number := _title_number(self.cells[j])) is None:
            return False
        listed = [above for cells in self.cells[first:i] if cells and (above := _title_number(cells)) is not None]
        if listed:
            return number != listed[-1] + 1
        k = j + 1
        while k < len(texts) and self.cells[k] is None and not texts[k]:
            k += 1
        return not (k < len(texts) and self.cells[k] and _title_number(self.cells[k]) == number + 1)

    def _new_header(self, k: int, first: int, i: int) -> bool:
        """Whether the row on line k, below the run of rows from line `first` to the blank line i, is another
        table's header: a row of labels, no figure of its own, between rows of figures, with two cells or more
        over figures of the rows right below it (up to a line that is no row), or its first label a row labels'
        column's (`_corner_label`) over rows of figures right below it or below a blank line (as tall rows print),
        two cells or more over their figures there or the columns not lined up with the run's (`_columns_apart`).
        A tall row's line without figures prints cells wrapped over its lines, in columns of text: the figures lie
        on one line. A row repeating a header line of the run (spaces aside) is the same table going on, its header
        printed again as a page break in converted text leaves it. A row of labels whose own label is stacked a
        syllable a line around it (`_stacked_label_lines`: `구` over `계   승용 …` over `분`) is a header too: rows
        of labels in a table's body print figures."""
        row = self.cells[k]
        if _has_figure(row) or not any(cells and _has_figure(cells) for cells in self.cells[first:i]):
            return False
        if self._header_again(k, first, i):
            return False
        if k in self._stacked_from:  # its label stacked around it (`구` over `계   승용 …` over `분`): a header's
            return True
        below = itertools.takewhile(lambda m: bool(self.cells[m]) or m in self._stacked, range(k + 1, len(self.cells)))
        if _labels_over_figures(row, [self.cells[m] for m in below]) >= 2:  # past labels stacked around rows
            return True
        if not _corner_label(row):
            return False
        start = k + 2 if k + 2 < len(self.cells) and self.cells[k + 1] is None and not self.texts[k + 1] else k + 1
        lower = list(itertools.takewhile(bool, itertools.islice(self.cells, start, None)))
        lines = [k, *range(start, start + len(lower))]
        return any(map(_has_figure, lower)) and (start > k + 1 and _labels_over_figures(row, lower) >= 2
                                                 or self._columns_apart(first, i, lines))

    def _columns_apart(self, first: int, i: int, lower: list[int]) -> bool:
        """Whether the columns of the rows on the `lower` lines do not line up with those of the run of rows on
        lines `first` to i (`_column_spans`): a cell of one over two of the other's columns, or a lower cell
        standing under none of the run's (`구 분  정 원  현 원` over `공무직  6  6`, set right, below a table by grade).
        Measured as the run lines up, in display columns or in characters (`_character_votes`), or both where it
        tells neither."""
        measures: list[Callable[[int], list[Cell]]] = [self.cells.__getitem__]  # in display columns
        if self._lines is not None:
            figure = bytearray(bool(cells) and _has_figure(cells) for cells in self.cells[first:i])
            votes = _character_votes(self._lines[first:i], self.cells[first:i], figure, i - first)
            if votes > 0:
                measures = [self._in_characters]
            elif votes == 0:
                measures.append(self._in_characters)
        for measure in measures:
            upper = [cell for m in range(first, i) if self.cells[m] for cell in measure(m)]
            below = [cell for m in lower for cell in measure(m)]
            upper_columns, lower_columns = _column_spans(upper), _column_spans(below)
            if (all(_columns_under(cell, upper_columns) == 1 for cell in below)
                    and all(_columns_under(cell, lower_columns) <= 1 for cell in upper)):
                return False
        return True

    def _header_lines_again(self, j: int, first: int, i: int) -> int:
        """How many lines from line j atop a page repeat the header lines of the run of rows from line `first` to
        the blank line i, spaces aside (a PDF's columns laid out on each page apart: `비 고` a space further); or
        1 where line j prints them all on one line, in the order they stand (a label wrapped over three lines of
        the header above, `집행률(%` over it and `)` under it, printed on one line there: `집행률(% )`)."""
        again = 0
        while (first + again < i and j + again < len(self.cells) and self.cells[first + again]
               and self.cells[j + again] and not _has_figure(self.cells[first + again])
               and _labels_key(self.cells[j + again]) == _labels_key(self.cells[first + again])):
            again += 1
        header = list(itertools.takewhile(lambda cells: bool(cells) and not _has_figure(cells), self.cells[first:i]))
        if not again and len(header) > 1 and self.cells[j] and _labels_key(self.cells[j]) == _labels_key(
                sorted((cell for cells in header for cell in cells), key=lambda cell: cell.start)):
            return 1
        return again

    def _header_laid_out_anew(self, j: int, first: int, i: int) -> bool:
        """Whether line j atop a page repeats the header line on line `first` with its labels elsewhere (a PDF's
        table centred on each page at another width), or the header starting there over more lines, its labels
        wrapped (`집행률(%)` on one line above the break, `집행률(%` over the header's line and `)` under it below),
        or over a row printing more cells than it has labels where no row of the run above the break (lines
        `first`..i) printed as many (`구분` over `현장직  녹지원`, `계` alone in its label columns above: their columns
        told by the labels alone, `_wider_below`): the part below the break is then read as a table of its own,
        its columns where its rows stand, which `add_table` joins to the part above by its labels."""
        header, again = self.cells[first], self.cells[j]
        if not header or _has_figure(header):
            return False
        if _labels_key(again) != _labels_key(header):
            lines, keys = self._header_keys(first)
            lines_again, keys_again = self._header_keys(j)
            return lines_again > lines and not keys.isdisjoint(keys_again)
        return len(again) != len(header) or any(abs(a.start - b.start) > _CELL_GAP
                                                for a, b in zip(header, again, strict=True)) or self._wider_below(
            j, first, i)

    def _wider_below(self, j: int, first: int, i: int) -> bool:
        """Whether the first row under a header line printed again atop a page (line j) prints more cells than the
        header has labels (a label over two columns) where no row of the run above the break (lines `first`..i)
        did: a column blank on every row there, which `pdftotext -layout`, laying each page out apart, closes up
        there, so the two pages' columns match by their labels alone, not where they stand (`계   12   2,100` set
        under `녹지원` and `3` atop the next page)."""
        if self._header_keys(j)[0] != 1:
            return False
        row = next((m for m in range(j + 1, len(self.cells)) if self.cells[m] is not None or self.texts[m]), None)
        if row is None or not self.cells[row] or not _has_figure(self.cells[row]):
            return False
        width = len(self.cells[row])
        return width > len(self.cells[j]) and all(len(cells) < width for cells in self.cells[first:i] if cells)

    def _header_keys(self, k: int) -> tuple[int, set[str]]:
        """The lines of the header starting at line k (up to three lines of labels, no figure) and its labels as
        one line, spaces aside (`_labels_key`): the cells of its lines that overlap are one label, top to bottom
        (`집행률(%` over `)`), measured in display columns and in characters (as `pdftotext -layout` lines up)."""
        lines = list(itertools.takewhile(lambda m: bool(self.cells[m]) and not _has_figure(self.cells[m]),
                                         range(k, min(k + 3, len(self.cells)))))
        keys = set()
        for measure in (self.cells.__getitem__, self._in_characters):
            labels: list[list[Cell]] = []  # each label's cells, top to bottom
            for cell in (cell for m in lines for cell in measure(m)):
                label = next((label for label in labels
                              if any(cell.end > own.start and own.end > cell.start for own in label)), None)
                if label is None:
                    labels.append([cell])
                else:
                    label.append(cell)
            keys.add(_labels_key([cell for label in sorted(labels, key=lambda label: min(c.start for c in label))
                                  for cell in label]))
        return len(lines), keys

    def _header_again(self, k: int, first: int, i: int) -> bool:
        """Whether the row on line k repeats a header line (spaces aside) of the run of rows from line `first` to
        the blank line i."""
        header = itertools.takewhile(lambda cells: cells is not None and not _has_figure(cells),
                                     itertools.islice(self.cells, first, i))
        return _labels_key(self.cells[k]) in {_labels_key(cells) for cells in header}

    def end(self, i: int) -> int:
        """The end of the aligned table starting at line i, or i when none starts there."""
        end = min(_first_at(self._run_ends, i), _first_at(self._parted, i + 1))
        if sum(map(bool, self.cells[i:end])) < _MIN_ROWS:  # blank and rule lines between rows have no cells
            return i
        if _first_at(self._figure_lines, i) < end:
            return end
        if i not in self._words_only:
            rows = self.cells[i:end]
            self._words_only[i] = (self._schedule_in_characters(i, end)
                                   or _has_blank_columns(_spread_labels_joined(rows))
                                   or _schedule_measured(rows) is not None
                                   or self._blank_columns_in_characters(i, end)
                                   or _columns_set_off_alike([row for row in rows if row]))
        return end if self._words_only[i] else i

    def _months_above_figures(self, i: int, end: int) -> bool:
        """Whether a line of the table on lines i..end above its first figure names a month (`월`, `분기`): what a
        schedule's month labels need, told before its rows are looked at (most tables name none). A table printing
        no figure has none: `end` asked whether it is a schedule by characters already, which settles it by bars
        too (`_schedule_in_characters`)."""
        figure = _first_at(self._figure_lines, i)
        return figure < end and any("월" in text or "분기" in text for text in self.texts[i:figure])

    def _schedule_in_characters(self, i: int, end: int, by_bars: bool = False) -> bool:
        """Whether the rows on lines i..end are a schedule of marks lined up by characters, as `pdftotext -layout`
        prints each mark at the character column of its position: in display columns the month labels' and the row
        labels' wide letters push the marks off their months (`발주` at 5월 read at 4월), and a `비 고` word beside a
        step's marks over the last month (no schedule's). Its marks then stand over their month labels more often in
        characters than in display columns, or as often with fewer bars' ends cutting a month's label
        (`_marks_over_months`), and it is read by characters. `by_bars`: a schedule with figures beside its months
        (a budget), which the rows of figures voted to read in display columns (`_read_by_characters`): read by
        characters only where its bars tell so, as many marks over months and fewer labels cut (marks typed off their
        months in display columns drift as they were typed)."""
        rows = [cells for cells in self.cells[i:end] if cells]
        if self._lines is None or _month_row(rows) is None:
            return False
        in_characters = [self._in_characters(k) for k in range(i, end) if self.cells[k]]
        if _schedule(in_characters) is None:
            return False
        (over, cut), (over_before, cut_before) = _marks_over_months(in_characters), _marks_over_months(rows)
        if (over, cut) <= (over_before, cut_before) or by_bars and (over != over_before or cut <= cut_before):
            return False
        if _reads_in_letter_widths(rows, in_characters):
            return False  # PyMuPDF's: `_schedule_measured` reads it
        self._by_characters[i] = True
        return True

    def _measured_in_letter_widths(self, i: int, end: int) -> bool:
        """Whether the table on lines i..end is PyMuPDF's sorted text of a header of two lines, the lower opening
        with a narrow letter (`5급    6급  7급  8ㆍ9급` under `구 분  합 계        행 정 직          시 설 직`): each
        word's blanks count its own letters' average width there, a digit's some two thirds of a syllable's, so in
        display columns the grades under their classes and over their figures drift off both, more the further
        right. Where more of its grades each stand over a figure of the first row of their own in letters' widths
        (`_labels_over_own_figures`) than in display columns or in characters, as evenly off them as there
        (`_offsets_spread`: `pdftotext -layout` sets grades between their figures evenly), or as many, clearly more
        evenly, its lower line grades alone (`_CLEARLY_MORE_EVEN`), its lines are read so, each measured in its own
        letters' widths (`_rows_in_letter_widths`: a row opening with a narrow letter where the others start)."""
        if i in self._measured:
            return True
        lines, figure = [k for k in range(i, end) if self.cells[k]], _first_at(self._figure_lines, i)
        header = sum(k < figure for k in lines)  # the header's lines
        if not 1 < header < len(lines):
            return False
        rows = [self.cells[k] for k in lines]
        upper, lower, first = rows[header - 2], rows[header - 1], rows[header]
        if _is_syllable(lower[0].text[0]) or not _is_syllable(upper[0].text[0]):
            return False
        # where every grade stands over a figure of its own in display columns (as `pdftotext -layout` prints them),
        # none stands over more measured otherwise (as many as the labels `_in_letter_widths` measures at most), nor
        # more evenly where each stands off its figure alike, and only grades alone are read for standing more evenly
        in_columns, in_columns_spread = _labels_over_own_figures(lower, first), _offsets_spread(lower, first)
        if in_columns == len(_months_apart(lower)) and (not _grades_alone(lower) or not in_columns_spread):
            return False
        # the test reads the header's lower line and the first row alone, measured before the rest: the first row
        # stands where it is measured unless it opens with a narrow letter, set where the rows below open then
        # (`_rows_in_letter_widths`)
        tested = rows[header - 1:header + 1] if _is_syllable(first[0].text[0]) else rows[header - 1:]
        measured = _rows_in_letter_widths(tested, 0)[:2]
        own, spread = _labels_over_own_figures(*measured), _offsets_spread(*measured)
        # fewer over their own figures than in display columns, or as many and not clearly more evenly: not read so,
        # however they stand in characters (asked only then: each line's characters are counted letter by letter)
        if own < in_columns or own == in_columns and not spread < _CLEARLY_MORE_EVEN * in_columns_spread:
            return False
        in_characters = self._in_characters(lines[header - 1]), self._in_characters(lines[header])
        others_own = max(in_columns, _labels_over_own_figures(*in_characters))
        others_spread = min(in_columns_spread, _offsets_spread(*in_characters))
        if own > others_own:
            read = spread <= _ABOUT_AS_EVEN * others_spread
        else:  # as many: grades alone, clearly more evenly off their figures (an unmeasured spread, inf, is not)
            read = own == others_own and _grades_alone(lower) and spread < _CLEARLY_MORE_EVEN * others_spread
        if not read:
            return False
        measured = _rows_in_letter_widths(rows, header - 1)
        self.cells[i:end] = [measured[lines.index(k)] if k in lines else cells
                             for k, cells in enumerate(self.cells[i:end], i)]
        self._measured.add(i)
        return True

    def _blank_columns_in_characters(self, i: int, end: int) -> bool:
        """Whether the rows of words on lines i..end are a table lined up by characters (`pdftotext -layout`'s
        tall rows of a table of words alone: `위원회명  구성  개최  주요 안건` over `민원조정위원회  위원장 등 7명  …`,
        a blank line between every two), its blank columns running down in characters though not in display
        columns (a row of longer words pushes them further right there). It is then read by characters."""
        if self._lines is None:
            return False
        if not _has_blank_columns([self._in_characters(k) for k in range(i, end) if self.cells[k]]):
            return False
        self._by_characters[i] = True
        return True

    def ruled(self, start: int, end: int) -> bool:
        """Whether a line of the table on lines start..end is a rule of dashes, as pandoc's plain text rules a simple
        table (`_mark_rules`)."""
        return any(start <= k < end for k in self._rules)

    def table(self, i: int) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...] | None, int]:
        """The grid of the table starting at line i, the line each row starts on counted from i (None: a row
        a line), and the line after the table."""
        end = self.end(i)
        measured = self._lines is not None and self._measured_in_letter_widths(i, end)
        by_characters = self._lines is not None and not measured and (
            self._read_by_characters(i, end)
            or self._months_above_figures(i, end) and self._schedule_in_characters(i, end, by_bars=True))
        if by_characters:
            cells = self.cells[i:end]
            laid_out = _laid_out_in_display_columns([line if row or k in self._stacked else "" for k, line, row in
                                                     zip(range(i, end), self._lines[i:end], cells, strict=True)])
            self.cells[i:end] = [split_cells(line) if row else row for line, row in zip(laid_out, cells, strict=True)]
            character_lines, _, label_lines, _ = _shared_lines_parted(
                laid_out, [line.strip() for line in laid_out], [k - i for k in self._shared if i <= k < end], False)
            _characters_joined(dict(enumerate(character_lines, i)), self.cells, {
                k: row for k, row in self._characters.items() if i <= min(k, row) and max(k, row) < end}, False)
            stacked = {k: split_cells(label_lines[k - i]) for k, row in self._stacked.items() if i <= min(k, row)
                       and max(k, row) < end and (k not in self._characters or k in self._shared)}  # the rows'
            _stacked_joined(self.cells, stacked, self._stacked)
        for above, j in self._groups_above:
            if i <= above < end:
                self._groups_above_placed(above, j)
        rows, starts, at = self._rows(i, end)
        rows = _distributed_labels_joined(rows)
        # the first body row is the one that line is in (words alone: all body)
        figure = _first_at(self._figure_lines, i)
        if (marked := _schedule_measured(rows)) is not None:  # its figures (a budget beside the marks) in its rows
            rows, figure = marked, end
        first_body = bisect.bisect_right(starts, figure) - 1 if figure < end else 0
        while first_body > 0 and _mirrored(rows, at, first_body, self._figure):
            first_body -= 1
        header, body, body_starts = rows[:first_body], rows[first_body:], starts[first_body:]
        header, header_starts = _rules_dropped(header, starts[:first_body])
        body = _spread_labels_joined(body, header[-1] if header else [])
        body = _labels_apart_from_figures(body)
        if marked is None and not measured:  # measured in letters' widths: `_rows_in_letter_widths` lined them up
            body = _narrow_rows_lined_up(body)
        if marked is None and any(_prints_lone_sign(self.texts[k]) for k in range(i, end)):
            body = _signs_with_figures(body)
        # the body rows given a group label printed on a line of its own, each with the lines it is centred on, the
        # first and the last added (twice its centre)
        labelled: dict[int, int] = {}
        if figure < end and not all(self._figure[k] for k in at[first_body:]):
            body, body_starts, template, cut, labelled = _carried_on(body, body_starts, at[first_body:],
                                                                     self._figure)
            end = cut if cut is not None else end
        else:
            if figure >= end and marked is None:  # words alone: cells wrapped onto a line of their own
                body, body_starts = _wrapped_words_joined(body, body_starts)
            template = _template(body)
        # rows atop the next page (no header printed again there) may be laid out anew at their own width: those
        # of a cell a column make no columns, where rows above the break make them (under a header alone at the foot
        # of the page, they make them all); where rows there stand under none of those columns, they are set by
        # their own page's (`_set_anew`)
        page_break = next((k for k in self._page_starts if i < k < end), end)
        above = sum(start < page_break for start in body_starts)
        set_anew = self._set_anew(body, body_starts, above, template, header)
        anew = {id(row) for row, start in zip(body, body_starts, strict=True)
                if above and start >= page_break and (set_anew or len(row) == len(template[0]))}
        template = [row for row in template if id(row) not in anew] or template
        width = len(set_anew[0]) if set_anew else len(template[0])
        printed = [cell for cells in self.cells[i:end] if cells for cell in cells]  # every cell of the table's lines
        _totals_over_label_columns(printed, body, template)
        _totals_set_off_whole(body, template)
        if not anew and (apart := _rows_set_apart(header, body, template)) is not None:
            template, columns = apart, [(cell.start, cell.end) for cell in header[0]]
        else:
            columns = _columns(template, [row for row in body if id(row) not in anew])
        column_of = _column_finder(columns)
        labels = header  # as printed: which columns a label stands over
        label_column_of = _label_column_finder(columns, template, labels, column_of)
        row_labels = not all(_is_figure(row[0].text) for row in template)  # the first column's, or figures
        by_count = self._lines is not None  # a text's lines, which a converter may set off one another
        header = [_spread_over(cells, [c for row in header[k + 1:] for c in row]) for k, cells in enumerate(header)]
        if not (by_count and _counted_a_label_a_column(header, width, row_labels)):
            header = [_header_labels(cells, columns, label_column_of, width, by_count and len(header) == 1)
                      for cells in header]
        if len(header) > 1 and (merged := _centred_labels(header, label_column_of)):
            header, header_starts = [merged], header_starts[:1]
        header, header_starts = _upper_lines_merged(header, header_starts)
        in_order = (_one_label_a_column(header, columns, label_column_of, by_count, row_labels) if len(header) > 1
                    else None)
        # a line of labels alone, one a column (centred labels over figures set right: `암롤차` over the `14` right
        # of `12`, `기타` beyond the last figure): no label heads a column of its own beyond the figures
        labels_in_turn = len(header) == 1 and len(header[0]) == width == len(columns)
        words_last = not any(_is_figure(row[-1].text) for row in template)  # the last column's cells words all
        if in_order is not None:
            label_column_of = in_order
        elif not labels_in_turn and (unfilled := [
                cell for cells in header
                for cell in _beyond_the_columns(cells, columns, label_column_of, words_last)]):
            columns = sorted(columns + [(c.start, c.end) for c in unfilled])
            column_of = _column_finder(columns)
            label_column_of = _label_column_finder(columns, template, labels, column_of)
            in_order = (_one_label_a_column(header, columns, label_column_of, by_count, row_labels)
                        if len(header) > 1 else None)
            label_column_of = in_order or label_column_of
        flush_left = not self._rules.isdisjoint(range(i, end))  # pandoc: a label at the first column it spans
        if len(header) == 2 and len(header[0]) == 1 and not flush_left:
            header = _merged_down_beside(header, columns, label_column_of)
        grid = []
        # a header of one line, a label over each column, laid out apart from the rows that make the columns (alone
        # at the foot of the page, its rows atop the next, none of which need print every cell; or over a `계` row
        # alone above the break, narrower than it, `단위사업명` right of `계`; or over rows set anew): its labels in
        # their order, where set where they stand two share a column
        one_line = len(header[0]) if len(header) == 1 else 0  # its labels, where the header is of one line
        in_turn = (one_line == width or not set_anew and one_line == len(columns)) and (
            page_starts_between(self._page_starts, header_starts[0], body_starts[0]) or set_anew is not None
            or len({label_column_of(cell) for cell in header[0]}) < one_line)
        for k, cells in enumerate(header):
            below = [c for row in header[k + 1:] for c in row] or None  # every lower line: its labels head columns
            grid.append(tuple(cell.text for cell in cells) if in_turn else
                        _spanning_row(cells, columns, below, label_column_of, flush_left, row_labels, header[-1])
                        if len(cells) < width and not (in_order and below is None) else
                        _placed_row(cells, columns, label_column_of))
        grid, header_starts = _merged_down_on_top(grid, header_starts)
        grid, header_starts = _wrapped_labels_joined(grid, header_starts)
        grid, header_starts = _merged_down_at_right(grid, header_starts)
        pages = [start < page_break for start in body_starts]
        # labels printed on a line of their own between two tall rows are already on their group's first row
        centred = {self.cells[k][0].text for k in self._centred if i <= k < end and self.cells[k]}
        labelled_rows = set(labelled)
        if set_anew:
            grid += set_anew
        else:
            # a row that made the columns holds one cell a column, in order, where its cells stand off those
            # of the other rows (pypdf's layout text sets a row's cells by its own widths): no two in one column
            in_turn_rows = {id(row) for row in template} if len(columns) == len(template[0]) else set()
            in_turn = {id(cell): n for n, cell in enumerate(template[0])} if in_turn_rows else {}
            figure_columns = _figure_columns(template[0], columns,
                                             (lambda cell: in_turn[id(cell)]) if in_turn else column_of)
            label_column_at = _label_columns_by_start(body, column_of)
            if len(header) == 1:
                # its labels as read, else as printed (`통   반` joined, two syllables sharing a column of a header
                # set narrower than its rows, but a label over each column of figures apart)
                line = header[0] if len(header[0]) == 1 + len(figure_columns) or len(labels) != 1 else labels[0]
                grid[0] = _labels_over_figures_in_turn(grid[0], line, figure_columns)
            grid, labelled_rows = _lone_labels_indented(grid + [
                tuple(cell.text for cell in cells) if id(cells) in in_turn_rows
                else _placed_figures_apart(cells, columns, column_of, figure_columns, label_column_at)
                if start < page_break
                else _placed_anew(cells, columns, column_of, figure_columns, label_column_at)
                for cells, start in zip(body, body_starts, strict=True)], body, body_starts,
                [line[0] for line in header if line], labelled, centred)
            grid = _indented_parts(grid, body, pages)
        labelled_rows |= {n for n, row in enumerate(grid[len(grid) - len(body):]) if row[0] in centred}
        grid = _middle_row_labels_raised(grid, len(grid) - len(body), pages, labelled_rows, _tall_rows(body_starts))
        starts = header_starts + body_starts
        return tuple(grid), (tuple(start - i for start in starts) if len(starts) != end - i else None), end

    def _set_anew(self, body: list[list[Cell]], starts: list[int], above: int, template: list[list[Cell]],
                  header: list[list[Cell]]) -> list[tuple[str, ...]] | None:
        """The body's rows placed, where rows atop the next page (from `above` on), the header not printed again
        there, stand under none of the columns the rows above the break make: each page's part is laid out anew
        at its own width (`pdftotext -layout` lays each page out apart), its cells set by that page's columns
        (`_set_by_own_columns`). Where the rows above print fewer cells than a header of one line has labels and
        their columns do not take the rows below (a `계` row alone above the break, a cell beside it blank: `계` over
        the 단위사업 and 세부사업 cells; a fleet list none of whose rows above prints `비고`, the rows below making
        more columns on their page), the header's labels make the columns. None where they line up, or where a
        part is not told one way."""
        if not above or above == len(body):
            return None
        if kept := [row for row in template if row in body[:above]]:  # alike, a row joined to a line below new
            columns = _columns(kept, body[:above])
            if all(_stands_under(row, columns, _column_finder(columns)) for row in body[above:]):
                return None
            if (grid := self._placed_by_pages(body, starts, above, columns)) is not None:
                return grid
        labels = header[0] if len(header) == 1 else []
        if all(len(row) < len(labels) for row in body[:above]):
            return self._placed_by_pages(body, starts, above, [(cell.start, cell.end) for cell in labels])
        return None

    def _placed_by_pages(self, body: list[list[Cell]], starts: list[int], above: int,
                         columns: list[tuple[int, int]]) -> list[tuple[str, ...]] | None:
        """The body's rows above the break placed under the columns, each page's part below set by its own
        (`_set_by_own_columns`); None where a part is not told one way."""
        column_of = _column_finder(columns)
        grid = [_placed_row(cells, columns, column_of) for cells in body[:above]]
        relations = _relations(grid)
        pages = [bisect.bisect_right(self._page_starts, start) for start in starts[above:]]
        for _, part in itertools.groupby(zip(pages, body[above:], strict=True), key=lambda paged: paged[0]):
            placed = _set_by_own_columns([row for _, row in part], columns, grid[:above], relations)
            if placed is None:
                return None
            grid += placed
        return grid

    def _read_by_characters(self, i: int, end: int) -> bool:
        """Whether the table on lines i..end lines up by characters: by a vote over the rows of figures of the whole
        table where it goes on over page breaks under its header printed again (`_parts`), as one table is
        printed one way throughout; a part alone may tell nothing or the other way (one row typed otherwise)."""
        if i not in self._by_characters:
            parts = self._parts(i, end)
            votes = sum(_character_votes(self._lines[start:stop], self.cells[start:stop], self._figure[start:stop],
                                         self._page_end(start, stop))
                        for start, stop in parts)
            self._by_characters.update((start, votes > 0) for start, _ in parts)
        return self._by_characters[i]

    def _page_end(self, start: int, stop: int) -> int:
        """Where the page that line `start` is on ends, counted from `start` (`stop - start` where it goes on to
        `stop`): `pdftotext -layout` lays each page out apart."""
        page = bisect.bisect_right(self._page_starts, start)
        return min(self._page_starts[page], stop) - start if page < len(self._page_starts) else stop - start

    def _parts(self, i: int, end: int) -> list[tuple[int, int]]:
        """The lines of the table from line i to `end` and of each table that goes on from it: across nothing but
        blank lines around a page break, under a first line that repeats its header's (spaces aside)."""
        parts = [(i, end)]
        header = self.cells[i]
        if not header or self._figure[i]:
            return parts
        key, n = _labels_key(header), len(self.cells)
        while True:
            j = stop = parts[-1][1]
            while j < n and self.cells[j] is None and not self.texts[j]:
                j += 1
            if (j == n or not page_starts_between(self._page_starts, stop, j) or not self.cells[j]
                    or _labels_key(self.cells[j]) != key
                    and self._header_keys(i)[1].isdisjoint(self._header_keys(j)[1])
                    or (after := self.end(j)) == j):
                return parts
            parts.append((j, after))

    def _in_characters(self, k: int) -> list[Cell]:
        """The cells of line k measured in characters (each syllable one), as `pdftotext -layout` lines them up;
        in a PDF's words laid out at their positions, as they are."""
        return self.cells[k] if self._lines is None else _in_characters_of(self._lines[k], self.cells[k])

    def _character_start(self, k: int) -> Callable[[Cell], int]:
        """Where a cell of line k starts in characters (each syllable one), as `pdftotext -layout` lines up."""
        line = self._lines[k] if self._lines is not None else None
        return (lambda cell: cell.start) if line is None else functools.partial(_character_start_on, line)

    def _rows(self, start: int, end: int) -> tuple[list[list[Cell]], list[int], list[int]]:
        """The rows of lines start..end, the line each starts on and the line its own cells are on, each
        wrapped label joined to its row: to the row above where that row's label ends as one that goes on
        (`지원 및`), else to the row below (or above, at the end). Where one of the table's wrapped labels is the
        last line of the table or of its page (a page break right below it), every one goes above but one ending
        as a label that goes on (`청소행정 지원 및`) or under a `계`: a table's cells all align alike, and a row's
        second line is not printed a page before the row (`강화 지원` under `일자리 창출 및 취업 역량  4,512,300`,
        `경쟁력 강화` at a page's foot: before, each the next row's label's start). A label broken by hand around its
        figures' line (`_centred_by_hand`) keeps its lines above and below it."""
        rows: list[list[Cell]] = []
        starts: list[int] = []
        at: list[int] = []
        pending: list[Cell] = []
        owned = 0  # the rows a label centred on a line of its own above takes: as many below it as above
        all_above = self._wrapped and any(k in self._wrapped and self._last_of_table_or_page(k, end)
                                          for k in range(start, end))
        for k in range(start, end):
            cells = self.cells[k]
            if not cells:
                continue  # a blank line between rows
            # asked first: where each cell starts in characters is worked out letter by letter
            if rows and any(_is_broken_figure(c.text) for c in rows[-1]) and (completed := _broken_figures_completed(
                    rows[-1], cells, self._character_start(at[-1]), self._character_start(k))) is not None:
                rows[-1] = completed
                continue
            if k in self._centred and rows:  # merged down as many rows above as below: the first's
                taken = self._rows_centred_on(k, end, cells[0], rows[owned:], at[owned:])
                first = len(rows) - taken
                rows[first] = [cells[0], *rows[first]]
                owned = first + 2 * taken
                continue
            if k in self._wrapped:
                label = rows[-1][0] if rows else None
                if label is not None and k == at[-1] + 1 and self._centred_by_hand(start, end, at[-1]):
                    rows[-1] = [_joined(label, cells[0]), *rows[-1][1:]]  # a label broken by hand keeps its last line
                elif label is not None and not self._centred_by_hand(start, end, k + 1) and (
                        not self._starts_label_below(k, end, starts[-1], at[-1])) and (
                        all_above and not cells[0].text.endswith(GOES_ON) and not is_total(label.text)
                        and not self._starts_centred_label(start, k, end, label)
                        or label.text.endswith(GOES_ON) or k + 1 == end
                        or (k + 1) in self._wrapped and not is_total(label.text)
                        or self._ends_label_above(k, end, starts[-1], at[-1], not pending)):
                    rows[-1] = [_joined(label, cells[0]), *rows[-1][1:]]
                else:
                    pending.append(cells[0])
                continue
            starts.append(min(k - len(pending), self._stacked_from.get(k, k)))
            at.append(k)
            if pending:
                first = cells[0]
                if abs(first.start - pending[0].start) <= 1:
                    cells = [_joined(*pending, first), *cells[1:]]
                else:  # the row prints no label of its own on this line
                    cells = [_joined(*pending), *cells]
                pending = []
            rows.append(cells)
        if pending and rows:  # wrapped lines no row below took (a rule under them): the last label's end, not lost
            rows[-1] = [_joined(rows[-1][0], *pending), *rows[-1][1:]]
        return rows, starts, at

    def _rows_centred_on(self, k: int, end: int, label: Cell, rows: list[list[Cell]], at: list[int]) -> int:
        """How many of the rows above a label centred on line k between two rows its group takes: as many as below
        it, each leaving the label's column blank (one, of two rows; two, `5급` and `6급` over `일반직` over `7급`
        and `8급`), up to a row printing a label there (a `계` over the group, `공무직` below it). A group label
        printed on a row's line, centred on its group's middle row (`체육시설` on `야구장`, `공원시설` on
        `어린이공원`), takes as many blank rows on its far side as on its near side (those right under a 계 or
        another label): those are not this label's. A group a page break parts is centred in its part on the
        label's page (`생활시설` between `테니스장` and `소계` atop the page, `수영장` and `게이트볼장` at the foot of
        the page before): the rows its label may take above the break (`at`: the rows' lines) are its group's too."""
        below = [(line, cells) for line, cells in enumerate(self.cells[k + 1:end], k + 1) if cells]
        above_rows = list(zip(at, rows, strict=True))  # those no label centred on a line of its own above takes
        # `pdftotext -layout` lays each page out apart: where the label column starts on each page
        page_of = functools.partial(bisect.bisect_right, self._page_starts)
        column = {page_of(k): label.start}
        for line, cells in above_rows + below:
            column[page_of(line)] = min(column.get(page_of(line), cells[0].start), cells[0].start)

        def blank(row: tuple[int, list[Cell]]) -> bool:  # its name cell may be closed up into the label column
            line, cells = row
            return cells[0].start > column[page_of(line)] + 1  # a cell a character right of it is in it

        def free(side: list[tuple[int, list[Cell]]]) -> int:
            """The blank rows at the head of `side` (rows going away from the label) no label beyond them takes."""
            count = len(list(itertools.takewhile(blank, side)))
            if count == len(side) or is_total(side[count][1][0].text) or len(side[count][1]) < 2:
                return count
            return count - min(count, len(list(itertools.takewhile(blank, side[count + 1:]))))

        above, after = free(above_rows[::-1]), free(below)
        on_page = sum(page_of(line) == page_of(k) for line in at[len(at) - above:])
        if on_page < above and on_page == after:  # centred in its part below the page break
            return above
        return max(1, min(above, after))

    def _ends_label_above(self, k: int, end: int, start: int, figures: int, below_taken: bool) -> bool:
        """Whether wrapped label line k, below the row whose label starts on line `start` and prints its figures
        on line `figures`, is that label's last line: the label centred on its figures' line as `pdftotext -layout`
        prints a cell of three lines or more (`공직기강 확립` over `및 특별점검   111,400 …` over `운영`, over
        `기본경비   58,600 …`), printing lines above its figures, and line k no further below them than its first
        line is above; or the label printed from its figures' line down, which took its lines between them and
        line k already (`below_taken`: `일자리 창출 및 취업 역량   4,512,300 …` over `강화 지원 및 청년` over `일자리
        사업`); and line k could not be the first line of the next row's label, which would have been wrapped
        only where its next word did not fit (`운영 기본경비` no wider than the table's widest label line); or right
        under a row printing its whole label on its figures' line, which wrapped before it (`_wrapped_below_figures`:
        `일자리 창출 및 취업 역량   4,512,300 …` over `강화 지원`, as `강화 지원 사회적경제` would have fitted). A line
        ending as a label that goes on (`소상공인 및`) or over a row printing no label at its start is the next
        row's, as a label's first line printed over its row (`일자리 창출 및 취업` over `역량 강화 지원
        4,512,300 …`) is."""
        centred = start < figures and k - figures <= figures - start
        line = self.cells[k][0]
        if not (centred or start == figures and k - figures >= 2 and below_taken
                or k == figures + 1 and self._wrapped_below_figures(figures, end, line)):
            return False
        below = next((cells for cells in self.cells[k + 1:end] if cells), None)
        if (line.text.endswith(GOES_ON) or not below or abs(below[0].start - line.start) > 1
                or _is_figure(below[0].text)):
            return False
        return display_width(f"{line.text} {below[0].text.split()[0]}") <= self._widest_label_line(start, end, line)

    def _wrapped_below_figures(self, figures: int, end: int, line: Cell) -> bool:
        """Whether `line`, right under the row on line `figures` printing its whole label there, could be that label's
        next line: the label and its first word wider than the table's widest label line from there (`일자리 창출 및
        취업 역량 강화`), so the label wrapped before it; and the next row's label goes on from no line above it
        (`및 특별점검` under `공직기강 확립`, which is that row's first line)."""
        label, below = self.cells[figures][0], next((cells for cells in self.cells[figures + 2:end] if cells), None)
        return (not _is_figure(label.text) and abs(label.start - line.start) <= 1
                and not (below and below[0].text.startswith(_GOES_ON_FROM))
                and display_width(f"{label.text} {line.text.split()[0]}") > self._widest_label_line(figures, end, line))

    def _starts_label_below(self, k: int, end: int, start: int, figures: int) -> bool:
        """Whether wrapped label line k, in a run of wrapped lines right above a row whose label starts where they do,
        is that row's (the row above them printing its label from line `start` and its figures on line `figures`):
        a blank line of the table parts the run from the row above, the run touching the row below (rows of tall
        cells, each a block of lines; a page break's blank lines part no row from its label's next line); or the
        row above printed its label from its figures' line and the row below prints its label's last line on its
        figures' line, going on from the run (`일자리 창출 및 취업 역량` over `강화 지원 및 청년 일자리` over `사업
        4,512,300 …`, under `소상공인 및 전통시장   3,820,415 …`): labels ending on their figures' line, as the one
        below does, the row above's ends there too; a run of two lines or more does not go part on the row above
        and part on the row below, printing one row's figures on its label's first line, the other's on its last."""
        first = k
        while first - 1 > figures and (first - 1) in self._wrapped and self.cells[first - 1]:
            first -= 1
        last = k
        while last + 1 < end and (last + 1) in self._wrapped and self.cells[last + 1]:
            last += 1
        row = self.cells[last + 1] if last + 1 < end else None
        line = self.cells[last][0]
        if not row or abs(row[0].start - line.start) > 1 or _is_figure(row[0].text):
            return False
        if self.cells[first - 1] == [] and not page_starts_between(self._page_starts, figures + 1, first):
            return True  # a blank line apart from the row above (no page break), none from the row below
        return (first == figures + 1 and start == figures and last > first and self._figure[last + 1]
                and (last + 2) not in self._wrapped
                and (line.text.endswith(GOES_ON) or display_width(f"{line.text} {row[0].text.split()[0]}")
                     > self._widest_label_line(first, end, line)))

    def _starts_centred_label(self, start: int, k: int, end: int, above: Cell) -> bool:
        """Whether wrapped label line k, where the table's wrapped lines go on the row above them (`all_above` in
        `_rows`), is the first line of a label centred on the figures of the row right below it, the table's
        last (`일자리 창출 및 취업 역량` over `강화 지원 및 청년 일자리   4,512,300 …` over `사업`, under `기본경비
        189,400 …`): a wrapped line under that row too, and that row's line goes on from line k (`및 특별점검`
        under `공직기강 확립`), or line k could not go on from the label `above`, which would have taken its first word
        (`기본경비 일자리` no wider than the table's widest label line), or, that row the table's last, no other row
        of the table (from line `start`) prints its label's next line under its figures' first
        (`_label_goes_on_below_figures`), that row's last line the table's or its page's (a page break right below
        it, the table going on: a page's last row ends there as the table's does)."""
        line, row = self.cells[k][0], self.cells[k + 1] if k + 1 < end else None
        if (not row or not self._figure[k + 1] or (k + 2) not in self._wrapped or abs(row[0].start - line.start) > 1
                or _is_figure(row[0].text)):
            return False
        return (row[0].text.startswith(_GOES_ON_FROM)
                or display_width(f"{above.text} {line.text.split()[0]}") <= self._widest_label_line(k, end, line)
                or self._last_of_table_or_page(k + 2, end) and not self._label_goes_on_below_figures(start, end, k))

    def _centred_by_hand(self, start: int, end: int, figures: int) -> bool:
        """Whether the row on line `figures` prints a label of three lines centred on it that no word-wrapping at the
        column's width made (`지역사회` over `및   4,512,300 …` over `돌봄 통합 지원`): a wrapped label line right above
        and right below it, starting where it does, its own line with the whole line below no wider than the table's
        widest label line (a label wrapped at that width would have printed the two as one), and no other row of
        lines start..end printing its label from its figures' line down (`_label_goes_on_below_figures`) nor ending
        as a label that goes on right above it (`깨끗한 거리 조성 및   1,500 …` over `녹지 관리`). Such a
        label was broken by hand, so the widths of its lines tell nothing of the rows around it; its lines are its
        own, as HWP centres a cell's. A line below it that would not fit (`및 특별점검` over `청렴 교육장 조성`, 28
        columns where the widest is 16) may be the next row's first, printed over that row's figures."""
        if not (start < figures < end - 1 and {figures - 1, figures + 1} <= self._wrapped and self._figure[figures]):
            return False
        above, row, below = self.cells[figures - 1], self.cells[figures], self.cells[figures + 1]
        if (not (above and row and below) or _is_figure(row[0].text) or is_total(row[0].text)
                or max(abs(above[0].start - row[0].start), abs(below[0].start - row[0].start)) > 1):
            return False
        previous = self.cells[figures - 2] if figures - 2 >= start else None
        if previous and previous[0].text.endswith(GOES_ON):
            return False  # the line above goes on from a label ending so (`깨끗한 거리 조성 및   1,500 …`)
        return (display_width(f"{row[0].text} {below[0].text}") <= self._widest_label_line(start, end, row[0])
                and not self._label_goes_on_below_figures(start, end, figures - 1))

    def _label_goes_on_below_figures(self, start: int, end: int, k: int) -> bool:
        """Whether a row of lines start..end other than the one above line k prints its label from its figures'
        line on and its next line below (`일자리 창출 및 취업 역량   4,512,300 …` over `강화 지원`, right under the 계
        or a one-line row): the table prints its labels' figures on their first line, not centred. Where none does,
        a label's three lines around its figures' line are one centred label, as HWP centres a cell's lines."""
        return any(j in self._wrapped and j != k and self._figure[j - 1] and (j - 1) not in self._wrapped
                   and (j - 2) not in self._wrapped and not is_total(self.cells[j - 1][0].text)
                   for j in range(start + 2, end))

    def _widest_label_line(self, start: int, end: int, line: Cell) -> int:
        """The display width of the widest label line of lines start..end starting where `line` does: no wider
        than the labels' cells, within which a label wraps only where its next word does not fit."""
        return max(display_width(cells[0].text) for cells in self.cells[start:end]
                   if cells and abs(cells[0].start - line.start) <= 1 and not _is_figure(cells[0].text))

    def _last_of_table_or_page(self, k: int, end: int) -> bool:
        """Whether line k is the table's last line with cells, or the last of its page: a page starts between it
        and the next line with cells."""
        below = next((j for j in range(k + 1, end) if self.cells[j]), None)
        return below is None or page_starts_between(self._page_starts, k + 1, below)


def _indented_parts(grid: list[tuple[str, ...]], body: list[list[Cell]],
                    pages: list[bool]) -> list[tuple[str, ...]]:
    """The grid (its body rows last, placed from `body`) with each run of rows set off by indentation alone under a
    row marked as its parts (`PART_MARK`: `공 영` over `노 상` and `노 외` indented, `↳ 노 상`, as a printed `- 노상`
    is; one that prints its mark, `- 노상` indented, is left as printed: before, `↳ - 노상` was no part to the
    checks), so that the 계 above counts them once, through the row they break down. Only where the indentation is
    clear: the run's labels start together, a syllable or more right of the row above and of the next row, which start
    together (the outer level), and are not centred on that row's label (a shorter label centred in its cell stands
    right too); none a total nor its row above, all on one page (`pages`: each row above the page break or not, as
    each page is laid out apart); and where the figures say parts: in every figure column but one (of a table of one,
    in it) the run adds up to no more than the row above. Parts indented past the end of the labels above them
    make a column of their own, the next (`pdftotext -layout`'s `공영` over `    노상`), blank on the rows around them
    (not a group's row labels, `대기질 개선 | 미세먼지 저감` over `| 대기측정망 운영`): where that column holds nothing
    but them, it is put back into the labels' column. A run whose labels all end within the row's label is what a
    shorter label centred under a longer one looks like where `pdftotext -layout` prints it a few characters off its
    centre (`한빛아트홀` under `한빛구민체육센터`): in a column whose `계` is centred, never parts; else parts only
    where the figures say so (`_figures_say_parts`). A label starting under the figures of the row above is set
    off otherwise, no part (`CNG` right of `경 유   29`'s `29`, as PyMuPDF's sorted text sets a row opening with
    narrower letters)."""
    if max(cells[0].start for cells in body) < min(cells[0].start for cells in body) + _MIN_INDENT:
        return grid  # every row starts where the others do (most tables): none is indented
    header = len(grid) - len(body)
    placed = grid[header:]
    at = [_label_at(row, cells) for cells, row in zip(body, placed, strict=True)]
    labels = [cells[0] if column is not None else None for cells, column in zip(body, at, strict=True)]
    centred = _labels_centred(body, labels)
    out = list(grid)
    parts_of: dict[int, range] = {}  # each parent row's run of parts, by the row's place in the body
    within: dict[int, range] = {}  # the same for runs whose labels end within their row's: told by the figures
    parent = 0
    while parent < len(body) - 2:
        outer = labels[parent] if at[parent] == 0 else None
        below = parent + 1
        while below < len(body) and (label := labels[below]) is not None and outer is not None \
                and label.start >= outer.start + _MIN_INDENT and abs(label.start - labels[parent + 1].start) <= 1 \
                and label.start < _figures_start(body[parent]):
            below += 1
        run = range(parent + 1, below)
        if (run and below < len(body) and at[below] == 0 and abs(labels[below].start - outer.start) <= 1
                and len(set(pages[parent:below + 1])) == 1 and len(set(at[parent + 1:below])) == 1
                and (at[parent + 1] == 0 or not placed[parent][1] and not placed[below][1])
                and abs((labels[parent + 1].start - outer.start) - (outer.end - labels[parent + 1].end)) > 1
                and _parts_of(placed[parent], [placed[k] for k in run])):
            if not all(labels[k].end <= outer.end for k in run):
                parts_of[parent] = run
            elif not centred:
                within[parent] = run
        parent = max(below, parent + 1)
    if within and _figures_say_parts(placed, body, parts_of, within):
        parts_of |= within
    for run in parts_of.values():
        for k in run:
            row, column = placed[k], at[k]
            if not row[column].startswith(tuple(PART_LABEL_MARKS)):  # else marked as printed (`- 주민등록`)
                out[header + k] = (*row[:column], f"{PART_MARK} {row[column]}", *row[column + 1:])
    if len(grid[0]) > 2 and all(not row[1] or not row[0] and row[1].startswith(PART_MARK) for row in out[header:]) \
            and any(row[1] for row in out[header:]) and all(not (row[0] and row[1]) for row in out[:header]):
        return [(row[0] or row[1], *row[2:]) for row in out]
    return out


def _labels_over_figures_in_turn(placed: tuple[str, ...], labels: list[Cell], figures: range) -> tuple[str, ...]:
    """A header of one line placed (`placed`), or, where it leaves a column of figures blank, its first label over
    the row labels and the others one over each column of figures (`figures`, the last), in turn: a label over the
    row labels, one over each column of figures, however set off (`구 분  개소  면적(m²)` over `도시공원  근린공원
    12  980,000`, PyMuPDF's sorted text setting the header, fewer letters before its labels, left of the rows: `개소`
    over `근린공원`)."""
    if (len(labels) != 1 + len(figures) or figures.start < 2 or figures.stop != len(placed)
            or placed[0] != labels[0].text or all(placed[j] for j in figures)):
        return placed
    return (labels[0].text, *[""] * (figures.start - 1), *(label.text for label in labels[1:]))


def _lone_labels_indented(grid: list[tuple[str, ...]], body: list[list[Cell]], starts: list[int], heads: list[Cell],
                          labelled: dict[int, int], centred: set[str]) -> tuple[list[tuple[str, ...]], set[int]]:
    """The grid with each lone label of a row set right of the labels of the first column, left of those of the
    second, in the second: a table of two columns of labels (a 단위사업 and its 세부사업, rows printing both) whose
    rows printing the second alone set it off left of the others' (`소 계  960` indented under `단위사업` but short
    of `세부사업`: PyMuPDF's sorted text counts the blank first cell in the label's own letters), so that the
    단위사업 printed on its group's middle row rises to it (`_middle_row_labels_raised`). A label centred in the
    first column's span is that column's (`pdftotext -layout` centres `계` under `한빛구민체육센터`, in display
    columns, or text typed by hand in characters), as is one centred under the header's label over that column
    (`계` under `구 분`, the row labels wrapped wider than their cells: `heads`, each header line's first); so is one
    over a group whose label is printed on a line of its own (already on a row below, `labelled` or a label
    `centred` between two tall rows, where it stays), but where that label is centred on the lone label's row and
    the group's below it (`북부권역` between `새솔1동` and `새솔2동`, under `소 계` and over `빛가람1동`: `starts`, the
    line each body row starts on), it rises to the lone label, set off; or over a group's label wrapped onto the line
    below (a row of it alone): that label goes with it. Labels starting together are in one column: a label that
    looks centred (`소 계` a column off the centre of `한빛1동`) starting where one plainly set off starts
    (`학교개방`, its group's last part) is set off as that one is. Returns the grid and the body rows given a group
    label printed on a line of its own (`labelled`'s, each risen label's at its new row)."""
    header = len(grid) - len(body)
    placed = grid[header:]
    both = [cells for cells, row in zip(body, placed, strict=True)
            if len(row) > 2 and len(cells) > 1 and row[0] and row[1] and not _is_figure(row[1])
            and (cells[0].text, cells[1].text) == row[:2]]
    if not both:
        return grid, set(labelled)
    first = min(cells[0].start for cells in both)
    second = min(cells[1].start for cells in both)
    end = max(cells[0].end for cells in both)
    end_in_characters = max(cells[0].start + len(cells[0].text) for cells in both)
    lone: dict[int, bool] = {}  # each lone label set off, by its body row: whether it looks that column's own
    rising: dict[int, int] = {}  # the labelled group's row under each lone label whose label rises to it
    for k, (cells, row) in enumerate(zip(body, placed, strict=True)):
        below = placed[k + 1] if k + 1 < len(placed) else None
        group = next((n for n in range(k + 1, len(placed)) if placed[n][0]), None)
        if group in labelled:
            after = next((n for n in range(group + 1, len(placed)) if placed[n][0]), len(placed))
            if starts[k] + starts[after - 1] != labelled[group]:
                continue
            rising[k] = group
        if (cells and row[0] and not row[1] and cells[0].text == row[0] and not _is_figure(row[0])
                and first + _MIN_INDENT <= cells[0].start < second - _CELL_GAP
                and not (group is not None and placed[group][0] in centred)
                and not (below and below[0] and not any(below[1:]))):
            # counted in characters too (first on their lines, each cell starts at the same column either way)
            lone[k] = (_centred_within(cells[0].start - first, end - cells[0].end)
                       or _centred_within(cells[0].start - first, end_in_characters - cells[0].start - len(row[0]))
                       or any(head.start < second - _CELL_GAP and abs(head.centre - cells[0].centre) <= _CELL_GAP
                              for head in heads))
    # labels starting together are in one column: one plainly set off sets off those starting where it does
    # (`소 계` where `학교개방` starts: a short label may look centred in the first column's span by chance)
    set_off = {body[k][0].start for k, own in lone.items() if not own}
    out, rows = list(grid), set(labelled)
    for k, own in lone.items():
        if not own or body[k][0].start in set_off:
            label = ""
            if (group := rising.get(k)) is not None:
                label, out[header + group] = placed[group][0], ("", *placed[group][1:])
                rows = rows - {group} | {k}
            out[header + k] = (label, placed[k][0], *placed[k][2:])
    return out, rows


def _centred_within(left: int, right: int) -> bool:
    """Whether a cell with `left` blank columns before it and `right` after, within its column's span, is centred
    there (`계` 7 and 7 under `한빛구민체육센터`; a syllable apart at most, as the centre falls between columns)."""
    return abs(left - right) <= _CELL_GAP


def _middle_row_labels_raised(grid: list[tuple[str, ...]], header: int, pages: list[bool], labelled: set[int],
                              tall: bool) -> list[tuple[str, ...]]:
    """The grid (its body rows from `header` on) with each row label merged down over an odd number of rows and
    centred in its cell, which `pdftotext -layout` prints on its middle row's line (`국가통계` on `지역별고용조사`,
    the second of its three surveys), on its group's first row, as a ruled PDF's merged cell gives it (read_pdf's
    `_label_on_middle_row_placed`). Its group: as many rows above it as below it (at least as many rows below leave
    the label column blank: the next group's label may be on its own middle row, `체육시설` on `야구장`), each leaving
    the label column blank and printing a label in the next, all on one page (`pages`: each body row above the page
    break or not). Only where the rows above it can be no other label's: right under the header, a total printed
    across the label and name columns (`계`, then `생활시설` on `테니스장`, the second of its three) or a group so
    placed; below a label on its own row, blank rows may as well be that label's (its group's first, as a text or a
    label set at its cell's top prints it), but not among `tall` rows (parted by blank lines, as `pdftotext -layout`
    prints a PDF's, a label centred over two of them on a line of its own between): there a label on a row's line
    with no rows above it it may own (`현장직` on `녹지원` right under the 계) is a group of that row alone, a
    group so placed (`생활시설` on `테니스장` below goes to `수영장`). A label printed on a line of its own, already
    on its group's first row (`labelled`: body rows), is no middle row's (`도시공원` under a 계 row, between its two
    rows)."""
    out = list(grid)
    free = header  # the first row no label above may own, or None
    k = header
    while k < len(out):
        label = out[k][0]
        if not label or k - header in labelled:
            free = free if not label else _free_below_labelled(out, k) if tall else None
            k += 1
            continue
        if is_total(label) and not out[k][1]:  # a total over both label columns (`계`) is no group over the rows below
            free = k = k + 1
            continue
        above = k - free if free is not None else 0
        below = next((j for j in range(k + 1, len(out)) if out[j][0]), len(out)) - k - 1
        group = range(k - above, k + above + 1)
        if (above and below >= above and len(out[k]) > 2 and not is_total(label)
                and all(out[j][1] and not _is_figure(out[j][1]) for j in group)
                and len({pages[j - header] for j in group}) == 1):
            out[group[0]], out[k] = (label, *out[group[0]][1:]), ("", *out[k][1:])
            free = k = group[-1] + 1
            continue
        free = k + 1 if tall and free == k and not is_total(label) else None
        k += 1
    return out


def _free_below_labelled(grid: list[tuple[str, ...]], k: int) -> int | None:
    """The first row below row k's label, printed on a line of its own between two tall rows (its group's first
    row), that the next label may own: as many rows above that label as it leaves blank below it, where it is
    printed on its own group's middle row (`공원시설` on `어린이공원` under `생활시설`'s four rows)."""
    labels = [j for j in range(k + 1, len(grid)) if grid[j][0]]
    if not labels or is_total(grid[labels[0]][0]):
        return None
    label = labels[0]
    below = (labels[1] if len(labels) > 1 else len(grid)) - label - 1
    return label - min(below, label - k - 1)


def _figures_say_parts(placed: list[tuple[str, ...]], body: list[list[Cell]], parts_of: dict[int, range],
                       within: dict[int, range]) -> bool:
    """Whether runs of rows whose labels end within their row's (`within`: shorter labels centred, or parts) are
    parts, as the figures tell: where the body's one `계` row adds up over its rows (the parts of `parts_of` left
    out) in more columns without the runs than with them, or else each run adds up to its row in more of the columns
    compared than not (a breakdown). So `한빛아트홀`'s `4,600` under `한빛구민체육센터`'s `9,800` is a row of its own,
    the `계` their sum; `노상 30 | 노외 20` under `공영주차장 50` its parts."""
    totals = [k for k, cells in enumerate(body) if is_total(cells[0].text)]
    if len(totals) == 1:
        total = placed[totals[0]]
        parts = {k for run in parts_of.values() for k in run}
        counted = [k for k in range(totals[0] + 1, len(body)) if k not in parts]
        runs = {k for run in within.values() for k in run}
        with_runs = _columns_adding_up(total, [placed[k] for k in counted])[0]
        without_runs = _columns_adding_up(total, [placed[k] for k in counted if k not in runs])[0]
        if with_runs != without_runs:
            return without_runs > with_runs
    for parent, run in within.items():
        adding_up, not_adding_up = _columns_adding_up(placed[parent], [placed[k] for k in run])
        if adding_up <= not_adding_up:
            return False
    return True


def _columns_adding_up(whole: tuple[str, ...], rows: list[tuple[str, ...]]) -> tuple[int, int]:
    """In how many of the columns after the label where the whole prints a figure the rows add up to it, and in how
    many they do not (a blank is 0)."""
    adding_up = not_adding_up = 0
    for column in range(1, len(whole)):
        total = _value(whole[column])
        if total is None:
            continue
        added = sum(value[0] for row in rows if (value := _value(row[column])) is not None)
        if abs(added - total[0]) < 0.5:
            adding_up += 1
        else:
            not_adding_up += 1
    return adding_up, not_adding_up


def _labels_centred(body: list[list[Cell]], labels: list[Cell | None]) -> bool:
    """Whether the rows' labels are centred in their cells: a `계` row's label stands a syllable or more right of
    where every other label starts and ends within them. A shorter label of such a column stands right of a longer
    one above it, within its span, where `pdftotext -layout` prints it a few characters off its centre (`한빛아트홀`
    under `한빛구민체육센터`): centred, not a part."""
    total = next((cells[0] for cells in body if is_total(cells[0].text)), None)
    starts = [label.start for label in labels if label is not None]
    return (total is not None and bool(starts) and total.start >= max(starts) + _MIN_INDENT
            and total.end <= max(label.end for label in labels if label is not None))


def _label_at(row: tuple[str, ...], cells: list[Cell]) -> int | None:
    """The column a body row's label (its first cell: no figure, no total) is placed in, the first, or the next where
    the first is blank; None for a row without such a label."""
    text = cells[0].text
    if _is_figure(text) or is_total(text):
        return None
    return 0 if row[0] == text else 1 if len(row) > 2 and not row[0] and row[1] == text else None


def _parts_of(row: tuple[str, ...], parts: list[tuple[str, ...]]) -> bool:
    """Whether rows' figures can be parts of a row's: in every column where the row prints a figure not below 0 and
    a part prints one, they add up to no more than it, but in one column where two or more are compared."""
    compared = over = 0
    for column in range(1, len(row)):
        whole = _value(row[column])
        values = [value for part in parts if (value := _value(part[column])) is not None]
        if whole is None or whole[0] < 0 or not values:
            continue
        compared += 1
        over += sum(value for value, _ in values) > whole[0] + 0.5
    return compared > 0 and over <= (compared > 1)


@functools.cache  # the characters of the reports: a few thousand
def _character_width(char: str) -> int:
    """The display columns one character takes (`widened`): two a wide one, four a tab, none a NUL."""
    return len(widened(char))


@functools.lru_cache(maxsize=256)  # a header's and its first row's lines, measured by several votes
def _columns_walked(line: str) -> tuple[int, ...]:
    """The display columns each prefix of the line takes (the empty one first): they never fall, so a cell's first
    character is found by bisection, not by walking the line a character at a time for every cell."""
    return tuple(itertools.accumulate(map(_character_width, line), initial=0))


def _character_start_on(line: str, cell: Cell) -> int:
    """Where a cell of the line starts in characters (each syllable one), as `pdftotext -layout` lines up: the first
    character reaching its display column, or the line's end."""
    return min(bisect.bisect_left(_columns_walked(line), cell.start), len(line))


def _in_characters_of(line: str, cells: list[Cell]) -> list[Cell]:
    """The cells of the line measured in characters, as `_character_start_on` measures each, the line's columns
    looked up once for all its cells, not once a cell (`계  42  1,254,000`: `1,254,000` at 7, drawn at 8)."""
    walked, length = _columns_walked(line), len(line)
    return [Cell(n := min(bisect.bisect_left(walked, cell.start), length), n + len(cell.text), cell.text)
            for cell in cells]


def _first_at(lines: list[int], i: int) -> int:
    """The first of the lines (in order, ending with the count of all lines) at or after line i."""
    return lines[bisect.bisect_left(lines, i)]


def _broken_figures_completed(row: list[Cell], below: list[Cell], row_start: Callable[[Cell], int],
                              below_start: Callable[[Cell], int]) -> list[Cell] | None:
    """The row with its figures completed by the line below, where that line holds the ends of figures wrapped in
    their narrow cells (`5,300,00` over `0`, as LibreOffice's PDF prints them through `pdftotext -layout`): each
    of its digits under a figure whose last group of digits is short after a whole one (`_BROKEN_FIGURE_RE`),
    starting where it starts (in display columns or in characters: `*_start`), and the pair a whole figure; its
    first cell may be the row label's wrapped words (`세외수입` over `징수`). Else None. The row holds such a figure
    (`AlignedRows._rows` asks that before it makes `*_start`)."""
    completed = list(row)
    for n, cell in enumerate(below):
        j = next((j for j, above in enumerate(row) if above.start == cell.start
                  or row_start(above) == below_start(cell)), None)
        if j is None:
            return None
        if n == 0 and j == 0 and not _is_broken_figure(row[0].text):
            completed[0] = _joined(row[0], cell)  # the label's wrapped words
        elif _FIGURE_END_RE.match(cell.text) and _WHOLE_FIGURE_RE.match(row[j].text + cell.text) \
                and _is_broken_figure(row[j].text):
            completed[j] = Cell(row[j].start, max(row[j].end, cell.end), row[j].text + cell.text)
        else:
            return None
    return completed


def _is_broken_figure(text: str) -> bool:
    """`_BROKEN_FIGURE_RE`, tried only on a text with a comma two or three characters from its end: every cell of
    every row is asked, and hardly any is one."""
    return "," in text[-3:-1] and _BROKEN_FIGURE_RE.match(text) is not None


def _character_votes(lines: list[str], cells: list[list[Cell] | None], figure: bytearray,
                     page_end: int) -> int:
    """How many more rows tell that a table lines up by characters, each syllable one column, than by display
    columns (negative where more tell display columns): `pdftotext -layout` prints each word at the character
    column of its position, so a row label of four syllables pushes its row's figures no further than one of one
    does (`계`, `종합감사`), where counted in display columns it pushes them three columns further. A row of figures
    tells which by the nearest row above it of as many cells (a class merged down over its `정원`/`현원` rows prints
    its label on every other row alone) where its first cell right of the label and its last start or end where
    those above them do in one count alone (`_lined_up`), as left-aligned cells (a PDF's, as reportlab and word
    processors draw them) and right-aligned figures do: the last alone may end alike in the other count by chance
    (a left-aligned figure a character longer than the one below it, beside a label a syllable shorter). The header's
    line over them tells by its last label (`_header_vote`), and where the rows and the header tie, it tells alone: its
    labels are what the figures must stand under (a 과부족 row of bracketed figures a font draws narrower, which
    `pdftotext -layout` prints a character off the rows above it, may tell the other count by chance). `figure`:
    whether each line's row holds a figure, as `AlignedRows` found once for every line (each of these asks it of the
    lines around the header). `page_end`: the line the header's page ends before; the header tells only by the rows
    on its page, and nothing where none are (each page is laid out apart)."""
    votes = total = 0
    last_of_width: dict[int, int] = {}  # the last line of rows of figures of so many cells
    last = None  # the last line of a row of figures
    total_first = None  # the line of a `계` row that is the first row of figures
    for k in range(len(lines)):
        row = cells[k]
        if not row or not figure[k]:
            continue
        above, last_of_width[len(row)] = last_of_width.get(len(row)), k
        if above is not None:
            by_display, by_characters = _lined_up(lines[above], cells[above], lines[k], row)
            votes += by_characters - by_display
        elif last is not None and len(row) < len(cells[last]) and is_total(row[0].text):
            total = _total_row_vote(lines[last], cells[last], lines[k], row)
        elif last is None and is_total(row[0].text):
            total_first = k
        elif total_first is not None and not total and len(row) > len(cells[total_first]):
            total = _total_row_vote(lines[k], cells[k], lines[total_first], cells[total_first])
        last = k
    first_figure = figure.find(1)
    header = _header_vote(lines, cells, figure, first_figure, page_end) if 0 < first_figure < page_end else 0
    return votes + header or header or total


def _total_row_vote(line_above: str, above: list[Cell], line: str, row: list[Cell]) -> int:
    """1 where a `계` row of fewer cells than the row of figures above it (a blank left in its 기간 or 비고 column,
    `계  23` under `제261회 임시회  2025. 4. 21. ~ 4. 25.  5  추경 심사`), or than the first row of more cells below
    it where it is the first row of figures (a fleet's `계  계  3` over `승용  소형  1  전기`), has its last figure
    start or end where a cell of that row does in characters alone (or end a character or two off it, as
    `_ends_alike`), -1 where in display columns alone, else 0
    (`line_above` and `above`: that row). Asked only where the other rows and the header tell nothing (their labels
    as many syllables each, the header over its figures in either count: `pdftotext -layout`'s, whose 계 alone is a
    syllable short), as a 계 row typed by characters under a header typed in display columns slipped
    (`_header_vote`)."""
    if not _aligned_figure(row[-1]):
        return 0
    figure_cell, in_characters = row[-1], _in_characters_of(line, row)[-1]
    by_display = any(c.start == figure_cell.start or c.end == figure_cell.end for c in above[1:])
    by_characters = any(c.start == in_characters.start or _ends_alike(c.end, in_characters.end, shifted=True)
                        for c in _in_characters_of(line_above, above)[1:])
    return by_characters - by_display


def _lined_up(line_above: str, above: list[Cell], line: str, row: list[Cell]) -> tuple[bool, bool]:
    """Whether a row's first cell right of its label and its last (one at least: a dash or a `△1` aside, printed left
    of its column as `_printed_left` tells) each start or end where the cell above it does, the row above as many
    cells wide: in display columns, and in characters (each wide letter left of a cell one column less: the label's
    left of the first, the line's left of the last)."""
    by_display = by_characters = True
    compared = False
    for upper, lower in ((above[1], row[1]), (above[-1], row[-1])) if len(row) > 2 else ((above[1], row[1]),):
        if upper.text[:1] in "-△▲" or lower.text[:1] in "-△▲":
            continue  # a dash alone, or a negative whose sign a font draws wider: printed left of its column
        compared = True
        if lower is row[1]:  # where the two start in characters: after their labels' wide letters
            start_above, start = upper.start - _wide_letters(above[0].text), lower.start - _wide_letters(row[0].text)
        else:  # the last: where their lines end
            start_above, start = len(line_above.rstrip()) - len(upper.text), len(line.rstrip()) - len(lower.text)
        by_display = by_display and (upper.start == lower.start or upper.end == lower.end)
        by_characters = by_characters and (start_above == start or _ends_alike(
            start_above + len(upper.text), start + len(lower.text), shifted=is_total(above[0].text)))
    if compared and not by_display and not by_characters and len(row) > 3:
        return _middle_cells_lined_up(line_above, above, line, row)
    return compared and by_display, compared and by_characters


def _ends_alike(end_above: int, end: int, shifted: bool) -> bool:
    """Whether two figures set right end alike in characters: at one column, or, one of them a `계` row's
    (`shifted`), within `_CELL_GAP` columns, as `pdftotext -layout` prints a 계 row's figures a character or two off
    the other rows' (`42  1,254,000` over `12  980,000`), its 계, centred in its cell, a syllable or more shorter than
    their labels."""
    return end_above == end or shifted and abs(end - end_above) <= _CELL_GAP


def _middle_cells_lined_up(line_above: str, above: list[Cell], line: str, row: list[Cell]) -> tuple[bool, bool]:
    """Where neither the first cell right of the label nor the last lines up in either count (words of varying
    lengths centred in their cells: `한빛로 120` over `중앙로 45`, `수영장` over `공연장 512석`), whether every cell
    between them (a dash or a sign aside) starts or ends where the one above it does: in display columns, and in
    characters (figures set right between them end alike in the count the table is laid out in)."""
    between = [k for k in range(2, len(row) - 1) if above[k].text[:1] not in "-△▲" and row[k].text[:1] not in "-△▲"]
    if not between:
        return False, False
    upper, lower = _in_characters_of(line_above, above), _in_characters_of(line, row)
    by_display = all(above[k].start == row[k].start or above[k].end == row[k].end for k in between)
    by_characters = all(upper[k].start == lower[k].start or upper[k].end == lower[k].end for k in between)
    return by_display, by_characters


@functools.lru_cache(maxsize=TEXT_CACHE)  # row labels, which repeat
def _wide_letters(text: str) -> int:
    """How many more display columns than characters a text takes: one a wide letter."""
    return display_width(text) - len(text)


def _header_vote(lines: list[str], cells: list[list[Cell] | None], figure: bytearray, first_figure: int,
                 page_end: int) -> int:
    """1 where the header's line right above the first row of figures lines up with the figures by characters
    alone, -1 where by display columns alone, else 0: its last label stands over the last figures of the rows of
    as many cells (right-aligned, ending where their line ends) in that count, or of a cell fewer starting right of
    its first label (a 직렬 merged down over its 정원 and 현원 rows, its label on the line between them). A header
    typed in display columns over rows whose labels are as many syllables each (which tell nothing) shows that a `계`
    row typed by characters slipped. Where no such row ends in a figure, the labels tell by the cells they start
    over (`_label_starts_vote`), or by the first row's cells they stand over (`_labels_over_vote`)."""
    k = first_figure - 1
    while k >= 0 and cells[k] == []:  # a rule or a blank line between the header and the rows
        k -= 1
    # the header's line with a label wrapped around it printed into it (`_line_wrapped_around`), or over a label's
    # wrapped words
    header_line = _line_wrapped_around(lines, cells, figure, k) if k > 1 else None
    if header_line is not None or k > 0 and _wrapped_label_line(lines, cells, figure, k):
        k -= 1
    header = cells[k] if header_line is None else split_cells(header_line)
    header_line = lines[k] if header_line is None else header_line
    if not header or len(header) < 2 or figure[k]:
        return 0
    # the lower line of a header of two prints no cell under the labels merged down beside it (`구분`, `계` beside
    # `5급 … 7급`), over a blank line too (tall rows): its last label heads the rows' last column all the same
    upper = k - 1
    while upper >= 0 and cells[upper] == []:
        upper -= 1
    merged_down_beside = upper >= 0 and bool(cells[upper]) and not figure[upper]
    rows = [(line, row) for line, row in zip(lines[first_figure:page_end], cells[first_figure:page_end], strict=True)
            if row]  # those on the header's page
    if merged_down_beside and (top := _line_of_labels_right_of(cells, figure, upper, header[-1])) != upper and (
            vote := _left_set_vote(lines[top], cells[top][-1], rows)):
        return vote
    if merged_down_beside and cells[upper][-1].start >= header[-1].end:
        # labels merged down right of the lower line's (`공무직  비고` beside `5급 … 8급`): the upper line's last
        # heads the rows' last column; where only the widest rows print it, in words (`휴직 1`), it heads notes
        # and tells nothing, the label before it does, over the figures before the notes
        header, header_line = cells[upper], lines[upper]
        widest = max(len(row) for _, row in rows)
        noted = [row for _, row in rows if len(row) == widest]
        if len(noted) < len(rows) and not any(_is_figure(row[-1].text) for row in noted):
            header_line = header_line[:_character_start_on(header_line, header[-1])]
            header = header[:-1]
            rows = [(line[:_character_start_on(line, row[-1])], row[:-1]) if len(row) == widest else (line, row)
                    for line, row in rows]
    elif _notes_column(header, [row for _, row in rows]) or _over_no_cell(header_line, header, rows):
        # a last label over notes (`비 고`), or over a column every row leaves blank, tells nothing: the label before
        # it does, over the figures before it
        header_line = header_line[:_character_start_on(header_line, header[-1])]
        header = header[:-1]
        rows = [(line[:_character_start_on(line, row[-1])], row[:-1]) if len(row) > len(header)
                and not _aligned_figure(row[-1]) else (line, row) for line, row in rows]
    if not header:  # the one label merged down beside the header's line heads notes: none is left to tell by
        return 0
    ends = [(row[-1], len(line.rstrip())) for line, row in rows
            if (len(row) == len(header) or merged_down_beside and len(row) > len(header)
                or len(row) == len(header) - 1 and row[0].start >= header[0].end)
            and _aligned_figure(row[-1])]
    if not ends:  # where no cell of words tells either (counts ending in a dash: `2  1  1  -` under `계 | 승용 |
        # 승합 | 화물`), the labels over the first row's cells do
        return _label_starts_vote(header_line, header, rows) or (
            _labels_over_vote(header_line, header, *rows[0]) if len(rows[0][1]) == len(header) else 0)
    label = header[-1]
    # in characters, from where it starts as wide as it is drawn: `pdftotext -layout` prints each word at the
    # character column of its position, a wide letter one character though drawn two wide (a label centred over
    # figures set right, `빗물펌프장` over the `4` past its fourth letter)
    label_start = len(header_line.rstrip()) - len(label.text)
    label_end = label_start + display_width(label.text)
    by_display = label.start < max(c.end for c, _ in ends) and min(c.start for c, _ in ends) < label.end
    # or each figure set right in the label's cell, ending right of its centre, no further than it is wide
    centre = (label_start + label_end) / 2
    by_characters = (label_start < max(end for _, end in ends) and min(end - len(c.text) for c, end in ends) < label_end
                     or all(centre < end <= centre + label_end - label_start for _, end in ends))
    if by_characters == by_display and (len(rows[0][1]) == len(header) or merged_down_beside):
        return _labels_over_vote(header_line, header, *rows[0])
    return by_characters - by_display


def _line_of_labels_right_of(cells: list[list[Cell] | None], figure: bytearray, upper: int, label: Cell) -> int:
    """The nearest line of the header from line `upper` up whose last label starts right of `label`, the lower
    line's last: in a header of three lines, labels merged down its top two print on the top one (`공무직` beside
    `관리운영직`, over `7급`, and the middle line's `행정 | 사회복지`); `upper` where none does."""
    k = upper
    while k >= 0 and cells[k] is not None and not figure[k]:
        if cells[k] and cells[k][-1].start >= label.end:
            return k
        k -= 1
    return upper


def _left_set_vote(header_line: str, label: Cell, rows: list[tuple[str, list[Cell]]]) -> int:
    """1 where the header's last label (merged down its top lines, printed on the top one: `공무직`) starts where the
    last figures of the rows start in characters alone, -1 where in display columns alone, else 0: a label set at
    its cell's left over figures set there too, as HWP prints a header of three lines at the left of its spans."""
    starts = {(row[-1].start, _character_start_on(line, row[-1])) for line, row in rows if _aligned_figure(row[-1])}
    if len(starts) != 1:
        return 0
    [(display, characters)] = starts
    by_display, by_characters = label.start == display, _character_start_on(header_line, label) == characters
    return by_characters - by_display


def _label_starts_vote(header_line: str, header: list[Cell], rows: list[tuple[str, list[Cell]]]) -> int:
    """Where no row as wide as the header ends in a figure to tell by (a list of words and figures set at their
    cells' left, some cells blank: a fleet's `차종 | 차량번호 | 연식 | 배기량 | 용도 | 비고`, `배기량` blank for an
    electric car), 1 where more of the header's labels start where a cell of words of the rows starts (a column off
    at most) in characters than in display columns, -1 where fewer, else 0: `pdftotext -layout` sets each label at
    the character column its word starts at, so that in display columns the wide letters of the labels left of it
    push it further right than those of the cells push theirs (`용도` over `업무용` no longer). Figures tell nothing
    (right-aligned, they start where their width says), nor marks (`●`, centred in a schedule's months). Of two rows
    or more, a cell starts a column where another row's starts alike (left-set cells of a column start alike in
    the count they are laid out in): a label centred over them may start where one row's cell starts by chance in
    the other count (`개관` over `2012. 5.`, in display columns)."""
    def starting(labels: list[Cell], rows_cells: list[list[Cell]]) -> int:
        starts = collections.Counter(start for cells in rows_cells for start in {
            cell.start for cell in cells if not _is_figure(cell.text) and _WORD_RE.search(cell.text)})
        shared = len(rows_cells) > 1
        return sum(any(abs(label.start - start) <= 1 for start, n in starts.items() if n > 1 or not shared)
                   for label in labels)

    rows = [(line, row) for line, row in rows if _has_figure(row)]  # not the lines of text below a table
    by_characters = starting(_in_characters_of(header_line, header),
                             [_in_characters_of(line, row) for line, row in rows])
    by_display = starting(header, [row for _, row in rows])
    return (by_characters > by_display) - (by_characters < by_display)


def _notes_column(header: list[Cell], rows: list[list[Cell]]) -> bool:
    """Whether the header's last label heads a column of notes (`비 고`) right of the rows' figures: the rows as many
    cells wide as the header print words in their last cell or a dash (none), words in one at least, and no row is
    wider (the others leave it blank)."""
    full = [row for row in rows if len(row) == len(header)]
    return (len(header) > 2 and all(len(row) <= len(header) for row in rows)
            and not any(_aligned_figure(row[-1]) for row in full) and any(not _is_figure(row[-1].text) for row in full))


def _over_no_cell(header_line: str, header: list[Cell], rows: list[tuple[str, list[Cell]]]) -> bool:
    """Whether every row prints fewer cells than the header and ends left of its last label in display columns and
    in characters alike: a column of notes every row leaves blank (`비고` right of `과부족` over `계  26  25  △1`),
    whose label stands over nothing."""
    label = header[-1]
    start = _character_start_on(header_line, label)
    return all(len(row) < len(header) and row[-1].end <= label.start and len(line.rstrip()) <= start
               for line, row in rows)


def _labels_over_vote(header_line: str, header: list[Cell], line: str, row: list[Cell]) -> int:
    """Where the header's last label tells nothing (a fleet's `물청소차` a character right of its count `4`, over
    it in neither count), 1 where more of its labels stand over their own cells of the row of figures below them,
    as many cells wide (or over a cell of the row at all, where labels merged down beside the line leave it fewer:
    the grades of a header of three lines, `6급 | 7급 | … | 7급` between `구분 | 계` and `공무직`, centred over
    figures centred in their cells), in characters than in display columns, -1 where fewer, else 0: long labels over
    counts of a digit or two (`압축진개차 | 암롤차 | 노면청소차`) each push the labels right of them further off their
    figures in display columns, where in characters each starts where its figure does. Over as many cells, each
    over its own, a label is as wide in characters as it is drawn, from where it starts (`pdftotext -layout` prints
    each word at the character column of its position, a wide letter one character though drawn two wide): a label
    centred over a figure set right in its cell stands over it (`휘발유` over the `-` past its second letter)."""
    def over(labels: list[Cell], cells: list[Cell]) -> int:
        if len(labels) == len(cells):
            return sum(c.start < label.end and label.start < c.end for label, c in zip(labels, cells, strict=True))
        return sum(any(c.start < label.end and label.start < c.end for c in cells) for label in labels)

    labels = _in_characters_of(header_line, header)
    if len(labels) == len(row):
        labels = [Cell(c.start, c.start + display_width(c.text), c.text) for c in labels]
    by_characters = over(labels, _in_characters_of(line, row))
    by_display = over(header, row)
    return (by_characters > by_display) - (by_characters < by_display)


def _aligned_figure(cell: Cell) -> bool:
    """A figure that tells how its column lines up (right-aligned): a dash alone (none) tells nothing, as often
    centred in its cell."""
    return cell.text != "-" and _is_figure(cell.text)


def _wrapped_label_line(lines: list[str], cells: list[list[Cell] | None], figure: bytearray, k: int) -> bool:
    """Whether line k is one label alone, a header label's wrapped words (`다목적` under `소형·`): it starts where a
    label of the header's line above it starts, in characters or in display columns."""
    row, above = cells[k], cells[k - 1]
    if not row or len(row) != 1 or not above or len(above) < 2 or figure[k] or figure[k - 1]:
        return False
    at = len(lines[k]) - len(lines[k].lstrip())
    starts_a_word = 0 < at < len(lines[k - 1]) and lines[k - 1][at] != " " and lines[k - 1][at - 1] == " "
    return starts_a_word or any(cell.start == row[0].start for cell in above)


def _line_wrapped_around(lines: list[str], cells: list[list[Cell] | None], figure: bytearray, k: int) -> str | None:
    """Where line k is the last line of a label wrapped around the header's line above it (`과부` over that line,
    `족` under it: the two lines alone, one label each, overlap in characters or in display columns), that line
    with the label's first line printed into it where it stands (blank there), as one line of the header's labels;
    else None."""
    row, above, first = cells[k], cells[k - 1], cells[k - 2] if k >= 2 else None
    if (not row or len(row) != 1 or not above or len(above) < 2 or not first or len(first) != 1
            or figure[k] or figure[k - 1] or figure[k - 2]):
        return None
    if not any(a.start < b.end and b.start < a.end for a, b in (
            (first[0], row[0]), (*_in_characters_of(lines[k - 2], first), *_in_characters_of(lines[k], row)))):
        return None
    line, text = lines[k - 1], first[0].text
    at = _character_start_on(lines[k - 2], first[0])
    line = line.ljust(at + len(text) + 1)
    return line[:at] + text + line[at + len(text):] if not line[at - 1:at + len(text) + 1].strip() else None


def _cell_for_cell(row: list[Cell], above: list[Cell]) -> bool:
    """Whether a row stands cell for cell in the columns of the row above it, three cells or more: as many, each a
    figure where the one above is, and each within the room its column leaves between the cells beside it above. So
    figures set right that `pdftotext -layout` prints a few characters off those above (`40` ending three past `118`,
    centred labels of many widths on the rows) still go on the table."""
    if len(row) != len(above) or len(row) < 3:
        return False
    for m, (cell, over) in enumerate(zip(row, above, strict=True)):
        if (m and cell.start < above[m - 1].end or m + 1 < len(above) and cell.end > above[m + 1].start
                or _is_figure(cell.text) != _is_figure(over.text)):
            return False
    return True


def _tall_rows(lines: list[int]) -> bool:
    """Whether the rows on these lines (in order) are tall: none stands on the line right below another's."""
    return all(below - above > 1 for above, below in itertools.pairwise(lines))


def _parted_alike(lines: list[int], blanks: int, page_starts: list[int]) -> bool:
    """Whether `blanks` blank lines below the rows on these lines (in order) part the next row from them as they
    part each row from the one above: three or four blank lines, as `pdftotext -layout` parts the rows of a table
    in 8pt type padded 12–16pt; the first, the header, may stand further apart (a taller header row: four blank
    lines under it, three between the rows below) or closer, two blank lines at least (a header of one line over
    rows whose labels wrap or are merged down and centred). Two rows a page break parts tell nothing of it
    (`pdftotext -layout` lays each page out apart: a `계` row at a page's foot, the rows atop the next under the
    header printed again; before, the table ended at the second of those). A row below that many blank lines under
    rows parted by fewer (a paragraph after the table, another table) stays apart."""
    return (3 <= blanks <= _MOST_BLANK_LINES_BETWEEN_ROWS
            and (len(lines) < 2 or lines[1] - lines[0] > _HEADER_BLANK_LINES)
            and all(below - above == blanks + 1 for above, below in itertools.pairwise(lines[1:])
                    if not page_starts_between(page_starts, above + 1, below)))


def _under(below: list[Cell], above: list[Cell]) -> int:
    """How many cells of a row stand under a cell of the rows above it."""
    return sum(any(c.end > a.start and a.end > c.start for a in above) for c in below)


def _parted_in_characters(start: int, text: str) -> list[Cell]:
    """A cell at character column `start` parted as `split_cells` parts one (figures or labels one blank apart, or
    run together), each part at its own character column."""
    parts = _figures_apart([Cell(0, 0, text)])
    if ") " in text or " " in text and _LABEL_THEN_LABEL_RE.search(text):
        parts = _labels_apart(parts)
    if len(parts) == 1:
        return [Cell(start, start + len(text), text)]
    cells, at = [], 0
    for part in parts:
        at = text.index(part.text, at)
        cells.append(Cell(start + at, start + at + len(part.text), part.text))
        at += len(part.text)
    return cells


def _laid_out_in_display_columns(lines: list[str]) -> list[str]:
    """A table's lines aligned by characters laid out in display columns, by one map of character columns to
    display columns for every line: each character column as far right as a cell starting there needs on any
    line, two blanks after the cell before it, whose syllables are two columns wide each. So cells in one
    character column stay in one display column: a long label (`의료기술직` at the line's start) pushes its column
    on every line, not only the cells after it on its own; month labels one space apart (`_months_apart`) each a
    cell, so that the marks under them keep their months. A syllable alone printed more than two blanks after one
    stays more than two apart (`구 분    계`, a label and one centred in the next cell): at two, the two would read
    as one letter-spaced label (`split_cells`)."""
    rows = [[(cell.start, cell.text) for cell in _months_apart(
        [part for match in _GAP_RE.finditer(line) for part in _parted_in_characters(match.start(), match.group())])]
            for line in lines]
    before: dict[int, list[tuple[int, int]]] = {}  # character column → each cell before one there: start, width
    for row in rows:
        for (start, text), (after, next_text) in itertools.pairwise(row):
            spaced = after - start - len(text) > _CELL_GAP and _lone_syllables_meet(Cell(start, after, text),
                                                                                    Cell(after, after, next_text))
            # parts of one cell (`_parted_in_characters`) as close as printed: `split_cells` parts them again
            gap = _CELL_GAP + 1 if spaced else min(_CELL_GAP, after - start - len(text))
            before.setdefault(after, []).append((start, display_width(text) + gap))
    column = [0] * (max((len(line) for line in lines), default=0) + 1)
    for char in range(1, len(column)):
        column[char] = max([column[char - 1] + 1] + [column[start] + room for start, room in before.get(char, ())])
    out = []
    for row in rows:
        line, width = [], 0
        for start, text in row:
            line.append(" " * (column[start] - width) + text)
            width = column[start] + display_width(text)
        out.append("".join(line))
    return out


def _numbers_on(cell: Cell, cells: list[list[Cell] | None], i: int) -> bool:
    """Whether line i's one cell is the number after the one the nearest row above prints in its column (`3` under
    a row leaving it blank, under `2`): a list's 연번 merged down over its last row and a 계 row that leaves it
    blank, centred between them, not a figure wrapped."""
    if not cell.text.isdigit():
        return False
    above = next((c for row in reversed(cells[:i]) if row for c in row if c.start < cell.end and cell.start < c.end),
                 None)
    return above is not None and above.text.isdigit() and int(cell.text) == int(above.text) + 1


def _last_label_line_below(lines: list[str], texts: list[str], cell: Cell, above: list[Cell], i: int) -> bool:
    """Whether the line below line i, whose one cell is a row label's line under the row `above`, is that label's
    last line: one cell starting where it does, the table's end or a blank line right below it, as a 단위사업 name of
    three lines printing its figures on its first prints its last two (`일자리 창출 및 취업 역량   4,512,300 …` over
    `강화 지원 및 청년 일자리` over `사업`, a blank line under it). Without it the table would end there, and its rows
    below be lost to one of its own. A `계` wraps no label: two lines under it are text after the table (`위 금액은`
    over `5월 말 기준임`)."""
    if i + 2 < len(lines) and texts[i + 2] or is_total(above[0].text) or not any(_is_figure(c.text) for c in above):
        return False  # a row printing its figures on its label's first line, no 계
    below = split_cells(lines[i + 1])
    return len(below) == 1 and abs(below[0].start - cell.start) <= 1


def _over_label_below_a_total(cell: Cell, above: list[Cell], lines: list[str], cells: list[list[Cell] | None],
                              i: int) -> bool:
    """Whether line i's one cell starts where the label of the row below it starts, under a `계` row whose label
    stands elsewhere (centred in its cell): a label's first line over the row printing the rest of it with its
    figures (`일자리 창출 및 취업` over `역량 강화 지원   4,512,300`, under `      계      9,842,115`), right over it or
    over one more line of the label that starts where it does (`일자리 창출 및 취업 역량` over `강화 지원 및 청년` over
    `일자리 사업   4,512,300`)."""
    if not is_total(above[0].text):
        return False
    below = cells[i + 1] if i + 1 < len(cells) else None
    if below is None and i + 2 < len(cells) and lines[i + 1].strip():
        middle = split_cells(lines[i + 1])
        if len(middle) != 1 or abs(middle[0].start - cell.start) > 1:
            return False
        below = cells[i + 2]
    return bool(below) and abs(cell.start - below[0].start) <= 1


def _row_before_page_break(texts: list[str], cells: list[list[Cell] | None], i: int, page_starts: list[int]) -> int:
    """The last line above line i that is not blank, where a page starts after it and by line i (the blank lines
    above i are a page break's); else the blank line above i."""
    k = i - 1
    while k > 0 and cells[k] is None and not texts[k]:
        k -= 1
    return k if page_starts_between(page_starts, k + 1, i) else i - 1


def _mirrored(rows: list[list[Cell]], at: list[int], first_body: int, figure: bytearray) -> bool:
    """Whether the line above the first row of figures is no header but the top of cells wrapped over three
    lines and centred on that row: a line without figures as far below it prints in the same columns."""
    above, row = first_body - 1, first_body
    below = bisect.bisect_left(at, 2 * at[row] - at[above])
    if below >= len(rows) or at[below] != 2 * at[row] - at[above] or figure[at[below]]:
        return False
    return all(any(c.end > m.start and m.end > c.start for m in rows[below]) for c in rows[above])


def _totals_over_label_columns(printed: list[Cell], body: list[list[Cell]], template: list[list[Cell]]) -> None:
    """Sets in the first column a `계` row's label standing between two columns of row labels, over neither (`계`
    centred over `토지 | 소계` or `승용 | 소형`, as `pdftotext -layout` prints a label merged across the two; over
    `직장` and `구립` where each label is centred in its own cell), the row printing nothing in the second; or right
    against the one column of them, as `pdftotext -layout` squeezes a `계` centred over `제2급` off it; or left of
    every cell the table's lines print, as PyMuPDF's sorted text sets a row of few letters, its figures wherever they
    stand (`계  2` left of `차 종`, its `2` under `승용(대형)`; not a column of group labels the rows leave blank,
    `합계` under `단위사업`, `계` under `서울시통계`): without it the label would make a column of its own, and the
    label below it be raised to its row. The columns are those of
    the other rows' first cells, labels all; the rows, and the template's (copies, where rows were carried on), are
    changed in place."""
    labels = [row[0] for row in body if not is_total(row[0].text)]
    if not labels or any(_is_figure(cell.text) for cell in labels):
        return
    for row in body + template:
        label = row[0]
        if not is_total(label.text) or any(c.start < label.end and c.end > label.start for c in labels):
            continue
        left = [c for c in labels if c.end <= label.start]
        right = [c for c in labels if c.start >= label.end]
        if left and right and (len(row) == 1 or row[1].start >= max(c.end for c in right)):
            row[0] = Cell(min(c.start for c in left), max(c.end for c in left), label.text)
        elif left and not right and label.start <= (against := max(left, key=lambda c: c.end)).end + _CELL_GAP:
            # that column alone, not a group's labels left of it (`도시공원` left of `어린이공원`, `계` against it)
            column = [c for c in left if c.start < against.end and c.end > against.start]
            row[0] = Cell(min(c.start for c in column), max(c.end for c in column), label.text)
        elif (right and not left and len(row) > 1 and sum(cell.start < label.end for cell in printed) == 1):
            # left of every cell the table's lines print: the first column's, set off by PyMuPDF's sorted text (`계`
            # left of `구 분` and `제261회 임시회`), not a column of group labels printed on lines of their own
            # (`서울시통계` over it); its figures go to the columns of figures (`_placed_figures_apart`)
            first = min(right, key=lambda c: c.start)
            column = [c for c in right if c.start < first.end and c.end > first.start]
            row[0] = Cell(min(c.start for c in column), max(c.end for c in column), label.text)


def _totals_set_off_whole(body: list[list[Cell]], template: list[list[Cell]]) -> None:
    """Sets in the labels' column a `계` row beside its group's label merged down, set off whole left of the rows
    below as PyMuPDF's sorted text sets a row of few letters (`의회 청사  계  4,820` over `1층  1,240  의원연구실`,
    its `계` left of `1층` as far as its `4,820` is left of `1,240`; `의회 청사` stays where it stands): its figures,
    moved as far as its `계` is short of the nearest column of labels right of it, each stand over a figure of the
    other rows, and as printed over none; they are moved so. Without it the `계` would make a column of its own and
    the header be set over columns one off. (A `계` opening its row is the first column's,
    `_totals_over_label_columns`.) The rows, and the template's, are changed in place."""
    others = [row for row in body if not any(is_total(cell.text) for cell in row[:2])]
    theirs = [cell for row in others for cell in row[1:] if _is_figure(cell.text)]
    for row in body + template:
        if len(row) < 3 or not is_total(row[1].text) or is_total(row[0].text):
            continue
        label, figures = row[1], row[2:]
        right = [other[0] for other in others if other[0].start >= label.end and not _is_figure(other[0].text)]
        if not right or row[0].end > label.start or not all(_is_figure(c.text) for c in figures):
            continue
        first = min(right, key=lambda c: c.start)
        shift = first.start - label.start
        if all(any(c.start + shift < f.end and f.start < c.end + shift for f in theirs)
               and not any(c.start < f.end and f.start < c.end for f in theirs) for c in figures):
            column = [c for c in right if c.start < first.end and c.end > first.start]
            row[1] = Cell(min(c.start for c in column), max(c.end for c in column), label.text)
            row[2:] = [Cell(c.start + shift, c.end + shift, c.text) for c in figures]


def _narrow_rows_lined_up(body: list[list[Cell]]) -> list[list[Cell]]:
    """The body's rows, each opening with a narrow letter (`5급`, `CNG`) set whole where the rows opening with a
    syllable all start, where its blanks may measure so (`_indent_may_be`) and most of its figures then stand over a
    figure of those rows, more than as printed: PyMuPDF's sorted text counts a line's indent in its first word's
    letters' average width, so a row of `5급` stands right of the rows of `계` by as much as a digit is narrower than
    a syllable, its figures as far (`5급    1      1    -` after 51 blanks under `계     26     25    △1` after
    41), between the columns. A row indented so on purpose prints its figures under the others' already."""
    syllable_rows = [row for row in body if all(map(_is_syllable, row[0].text.split(" ")[0]))]
    starts = {row[0].start for row in syllable_rows}
    if len(starts) != 1:
        return body
    (start,) = starts  # in blanks a syllable wide each: two columns
    figures = [cell for row in syllable_rows for cell in row[1:] if _is_figure(cell.text)]

    def under_figures(cells: list[Cell], shift: int) -> int:  # a gap's rounding off (`-` beside `△1`)
        return sum(any(cell.start + shift < f.end + _GAP_ROUNDED and f.start - _GAP_ROUNDED < cell.end + shift
                       for f in figures) for cell in cells)

    out = []
    for row in body:
        shift, own = start - row[0].start, [cell for cell in row[1:] if _is_figure(cell.text)]
        if (shift < 0 and not _is_syllable(row[0].text[0]) and own and _indent_may_be(row[0], 2 * start)
                and len(own) < 2 * under_figures(own, shift) > 2 * under_figures(own, 0)):
            row = [Cell(cell.start + shift, cell.end + shift, cell.text) for cell in row]
        out.append(row)
    return out


def _template(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows with the most cells that line up with the first of them, cell by cell: they make the
    columns. Two cells line up where they overlap or both are figures (`-` may stand apart from the
    right-aligned numbers of its column); a row whose label is missing and whose figures move one cell
    left (`2,940` under `부속건물`) does not."""
    width = max(map(len, rows))
    fullest = [r for r in rows if len(r) == width]
    first = fullest[0]
    return [r for r in fullest if r is first or all(
        (c.end > f.start and f.end > c.start) or (_is_figure(f.text) and _is_figure(c.text))
        for c, f in zip(r, first, strict=True)) or _alike_but_the_label(r, first)]


def _rows_set_apart(header: list[list[Cell]], body: list[list[Cell]],
                    template: list[list[Cell]]) -> list[list[Cell]] | None:
    """The rows printing the most cells, where some of them are set off the others (not `_template`'s: PyMuPDF's
    sorted text sets each row by its own characters' widths, `한빛1동  한빛천  4.2km` right of `새솔동  새솔천  2.8km`)
    and the header is one line of a label over each of their cells, apart: those labels make the columns, and
    each of those rows holds a cell a column in turn; the other rows' cells make no columns (each has its label).
    None where the rows line up, a row prints more cells (a group's label carried on) or those rows print figures
    in other cells than one another (a label carried on beside a row's figures), or the header is otherwise."""
    if len(header) != 1:
        return None
    labels, width = header[0], len(template[0])
    fullest = [row for row in body if len(row) == width]
    if len(labels) != width or len(fullest) == len(template) or max(map(len, body)) > width or any(
            left.end + _CELL_GAP > right.start for left, right in itertools.pairwise(labels)):
        return None
    kinds = {tuple(_is_figure(cell.text) for cell in row) for row in fullest}
    return fullest if len(kinds) == 1 else None


def _alike_but_the_label(row: list[Cell], first: list[Cell]) -> bool:
    """Whether a row prints a label where the first prints one and figures in all its other cells, as the first
    does, the whole row set off the first's, most of its figures too (`CNG` indented under `계`, its figures after
    it, as PyMuPDF may print a row in another font); a row whose figures line up under the first's but whose label
    does not has its label in another column (`구립` right of `국공립` and of `계`)."""
    return not _is_figure(row[0].text) and not _is_figure(first[0].text) and all(
        _is_figure(c.text) and _is_figure(f.text) for c, f in zip(row[1:], first[1:], strict=True)) and 2 * sum(
        c.end > f.start and f.end > c.start for c, f in zip(row[1:], first[1:], strict=True)) < len(row) - 1


def _one_label_a_column(header: list[list[Cell]], columns: list[tuple[int, int]], column_of: Callable[[Cell], int],
                        by_count: bool = False, row_labels: bool = True) -> Callable[[Cell], int] | None:
    """`column_of` for a header of two lines or more whose last line's labels, with the lines' above merged down
    beside its groups (`_merged_down_choices`), are one label over each column, in order, where `column_of` places
    them otherwise (None where it places them so, or they are not one a column): a PDF's labels centred in their
    cells over figures set at the cells' left, as `pdftotext -layout` prints them, may stand nearer the next
    column's figures than their own (`5급` right of its `1`, by the `5` under `6급`; under `행정` under `일반직`
    too), and a class merged down at the right (`공무직` beside `운전직` over `8급  9급`) right of every column.
    Where labels head columns no row fills (a blank `비 고` at the right, `_beyond_the_columns`), tried again with
    those columns added. `by_count`: a header of two lines in a text whose lines may be set off one another (not a
    PDF's words where they stand) may have its labels merged down told by count too (`_merged_down_counted`, over
    rows opening with their labels or not: `row_labels`)."""
    upper, lower = sorted((cell for cells in header[:-1] for cell in cells), key=lambda c: c.start), header[-1]
    choices = _merged_down_choices(upper, lower)
    counted = None
    if by_count and len(header) == 2:
        counted = _merged_down_counted(upper, lower, len(columns), row_labels)
        choices += filter(None, [counted])
    elif by_count and len(header) == 3 and (on_top := _merged_down_over_three(*header, len(columns))) is not None:
        # the top line's own count first: the middle line's labels, its groups, may stand over none below
        counted = [n for n, cell in enumerate(upper) if any(cell is header[0][m] for m in on_top)]
        choices.insert(0, counted)
    for merged_down in choices:
        labels = _merged_down_in_order(upper, merged_down, lower, merged_down is counted, row_labels)
        if len(labels) != len(columns):
            continue
        if all(column_of(cell) == j for j, cell in enumerate(labels)):
            return None
        return _LabelsInOrder(labels, {id(cell): j for j, cell in enumerate(labels)}, column_of,
                              frozenset(id(upper[n]) for n in merged_down))
    return None


@dataclass(slots=True)
class _LabelsInOrder:
    """`column_of` for a header's labels one a column in order (`_one_label_a_column`, `labels`): each label's
    column by where it stands in that order (`placed`, by the cell's id), any other by `column_of`. `merged_down`:
    the upper lines' labels merged down among them, whose columns hold however they stand (`_spanning_row`)."""
    labels: list[Cell]
    placed: dict[int, int]
    column_of: Callable[[Cell], int]
    merged_down: frozenset[int]

    def __call__(self, cell: Cell) -> int:
        j = self.placed.get(id(cell))
        return self.column_of(cell) if j is None else j


def _centred_labels(header: list[list[Cell]], column_of: Callable[[Cell], int]) -> list[Cell] | None:
    """Header lines that are one row of labels, each centred in its cell over the lines (`구` over `분`,
    `규 모` on the middle line between them), as the labels of that row; None for header rows of their own
    (`일 반 직` over `5급 6급`). In one row the lines each column prints on are symmetric about the middle. Lines
    that each print a cell in every column are rows of their own where they are three or more, or a lower one
    prints a digit (`시설명 | 위치` over `푸른아트홀 | 푸른로 120`: a list's rows of words above its first figure)."""
    last = len(header) - 1
    if any(len(header[n]) != len(header[last - n]) for n in range(len(header) // 2)):
        return None  # lines as far above the middle as below print as many labels
    lines_of: dict[int, list[int]] = {}
    for n, cells in enumerate(header):
        for cell in cells:
            lines_of.setdefault(column_of(cell), []).append(n)
    if _rows_of_words(header, lines_of) or any(sorted(last - n for n in lines) != lines for lines in lines_of.values()):
        return None
    by_column: dict[int, list[Cell]] = {}
    for cells in header:
        for cell in cells:
            by_column.setdefault(column_of(cell), []).append(cell)
    return [Cell(min(c.start for c in cells), max(c.end for c in cells), label_lines_joined([c.text for c in cells]))
            for cells in (by_column[j] for j in sorted(by_column))]


def _rows_of_words(header: list[list[Cell]], lines_of: dict[int, list[int]]) -> bool:
    """Whether header lines are rows of words of their own (`_centred_labels`; `lines_of`: the lines each column
    prints on): each prints one cell in every column, and they are three or more or a lower one prints a digit, as
    labels wrapped over lines rarely are every one of them, or one of their lower lines a figure outside brackets."""
    if len(lines_of) < 2 or any(len(lines) != len(header) for lines in lines_of.values()) or any(
            len(cells) != len(lines_of) for cells in header):
        return False
    return len(header) > 2 or any(any(char.isdecimal() for char in _BRACKETED_RE.sub("", cell.text))
                                  for cells in header[1:] for cell in cells)


_BRACKETED_RE = patterns.compile(r"[(（][^)）]*[)）]?")  # a label's bracketed note, `(2025년)`, `(㎡)`


def _wrapped_labels_joined(header: list[tuple[str, ...]], starts: list[int]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The header rows with a line of one label joined to the label above it where that one goes on (`소형·` over
    `다목적`: a cell's words wrapped onto a line of their own, as `pdftotext -layout` prints a narrow cell)."""
    rows, kept = [list(row) for row in header[:1]], starts[:1]
    for row, start in zip(header[1:], starts[1:], strict=True):
        filled = [j for j, text in enumerate(row) if text]
        if len(filled) == 1 and rows[-1][filled[0]].endswith(_CARRIES_ON):
            rows[-1][filled[0]] += " " + row[filled[0]]
            continue
        rows.append(list(row))
        kept.append(start)
    return [tuple(row) for row in rows], kept


def _merged_down_on_top(header: list[tuple[str, ...]], starts: list[int]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The header rows with the labels merged down the header at its left (`동 별`, `세대수` printed on a lower
    line, under nothing, beside `인구` centred over `계 | 남 | 여`) on its first row, as converters print a merged
    cell: the lines above them blank from the first column up to theirs (no group label there to span them),
    and nothing below them. Without them the first row would not show that its blanks are merged cells. A lone
    group label (`예산액`) over a row it heads whole is a line of its own, which stays as printed (beside labels
    outside its span, `_merged_down_beside` has put them on its line)."""
    if len(header) < 2 or sum(map(bool, header[0])) < 2:
        return header, starts
    rows = [list(row) for row in header]
    for j in range(len(rows[0])):
        if rows[0][j]:
            break
        printed = [k for k, row in enumerate(header) if row[j]]
        if len(printed) == 1 and not any(any(row[:j]) for row in header[:printed[0]]):
            rows[0][j], rows[printed[0]][j] = header[printed[0]][j], ""
    kept = [k for k, row in enumerate(rows) if any(row)]
    return [tuple(rows[k]) for k in kept], [starts[k] for k in kept]


def _merged_down_at_right(header: list[tuple[str, ...]], starts: list[int]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The header rows (wrapped labels joined) with the labels at their right merged down a header of three rows
    or more, which HWP prints on its middle row's line (`공무직` beside `행 정 | 사회복지`, under no label, over no
    grade), on its first row; then a lone group label there (`일 반 직`) heads only its columns, and those merged
    down at its left go to the first row too (`_merged_down_on_top`). Before, `공무직` was a label of the second
    row, under `일 반 직`'s span."""
    if len(header) < 3:
        return header, starts
    rows = [list(row) for row in header]
    for j in range(len(rows[0]) - 1, -1, -1):
        if rows[0][j]:
            break
        printed = [k for k, row in enumerate(header) if row[j]]
        if (len(printed) == 1 and 0 < printed[0] < len(header) - 1
                and not any(any(row[j:]) for row in header[:printed[0]])):
            rows[0][j], rows[printed[0]][j] = header[printed[0]][j], ""
    if rows[0] == list(header[0]):
        return header, starts
    return _merged_down_on_top([tuple(row) for row in rows], starts)


def _upper_lines_merged(header: list[list[Cell]], starts: list[int]) -> tuple[list[list[Cell]], list[int]]:
    """Lines over a header's last that print no label above or below one another are one row of it: labels of
    cells merged down the header's rows, centred between its lines (`단위사업명`, `집행액`), beside group labels
    over the last line's (`예산액` over `계 | 국비 | 시비 | 구비`)."""
    k = 0
    while k + 2 < len(header):
        upper, lower = header[k], header[k + 1]
        if (any(a.start < b.end and b.start < a.end for a in upper for b in lower)
                or _over_sub_groups(upper, lower, header[k + 2:])):
            k += 1
            continue
        header = [*header[:k], sorted(upper + lower, key=lambda c: c.start), *header[k + 2:]]
        starts = [*starts[:k + 1], *starts[k + 2:]]
    return header, starts


def _over_sub_groups(upper: list[Cell], lower: list[Cell], below: list[list[Cell]]) -> bool:
    """Whether a header line's labels are group labels over the line below's: one of them stands between two
    labels of that line, or left of them all over a label of the lines below (printed at its cell's left, `일반직`
    over `5급`, left of `행정` centred over `5급 … 8급`), and two of that line's labels or more head labels of the
    lines below them (`일 반 직` between `행 정` and `사회복지`, each centred over its grades, so within a syllable
    of them): not a line of labels merged down the header, printed between its lines (`단위사업명 | 집행액` beside
    `예산액`; `세대수 | 전년대비` beside `인 구`, `전년대비` wrapped over `증감`)."""
    def heads(group: Cell) -> bool:
        return any(group.start - 2 < cell.end and cell.start < group.end + 2 for row in below for cell in row)

    def over_below(label: Cell) -> bool:
        return any(label.start < cell.end and cell.start < label.end for row in below for cell in row)

    return (any(lower[0].end <= label.start and label.end <= lower[-1].start
                or label.end <= lower[0].start and over_below(label) for label in upper)
            and sum(map(heads, lower)) >= 2)


def _spread_labels_joined(rows: list[list[Cell]], labels: Sequence[Cell] = ()) -> list[list[Cell]]:
    """The rows with the letters of a label spread over its cell (`본        관`, a word processor's
    distributed alignment) joined: single syllables side by side that one cell of another row overlaps
    both of (`주 차 문화과` under them), or one of the `labels` right above them (`운영방식` over `유    료`
    and `무    료`, every row's word so spread)."""
    spread = [k for k, cells in enumerate(rows) if _lone_syllable_pairs(cells)]
    if not spread:
        return rows
    rows = list(rows)
    for k in spread:
        others = [c for n, cells in enumerate(rows) if n != k for c in cells] + list(labels)

        def under_one_cell(a: Cell, b: Cell, others: list[Cell] = others) -> bool:
            return any(c.start < a.end and c.end > b.start for c in others)

        rows[k] = _letters_joined(rows[k], under_one_cell)
    return rows


def _distributed_labels_joined(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows with a first column of labels in distributed alignment (HWP 배분 정렬: `구      분`, `정      원`,
    `과   부   족`) joined, where every row spreads its label so and nothing shows which row is one: each label's
    single syllables spread from the same left edge to about the same right edge (the last letter of a label
    before a figure), and every other cell of every row right of that span (`계` heading the figures right of
    `구      분`). Letters as many in every row may stand in columns (`동 | 남` and `서 | 여` under `구분 | 성`): they
    are joined only where the header spreads its label over them alike (`_header_spread_alike`)."""
    runs = [_leading_syllables(cells) for cells in rows]
    right = max((cells[run - 1].end for cells, run in zip(rows, runs, strict=True)
                 if 2 <= run < len(cells) and _is_figure(cells[run].text)), default=None)
    if right is None:
        return rows
    runs = [sum(c.end <= right + _SPREAD_EDGE_SLACK for c in cells[:run])  # a header's `계` right of the span
            for cells, run in zip(rows, runs, strict=True)]
    spread = [k for k, run in enumerate(runs) if run >= 2]
    if not spread:
        return rows
    left = rows[spread[0]][0].start
    if len({runs[k] for k in spread}) < 2 and not _header_spread_alike(rows, spread, left, right):
        return rows
    if any(abs(rows[k][0].start - left) > 1 or right - rows[k][runs[k] - 1].end > _SPREAD_EDGE_SLACK
           for k in spread):
        return rows
    if any(c.start < right + _CELL_GAP and (c.start < left - 1 or c.end > right) for cells in rows for c in cells):
        return rows  # a cell across the span's edge: no column of labels alone
    return [[_joined(*cells[:run]), *cells[run:]] if run >= 2 else cells for cells, run in zip(rows, runs, strict=True)]


def _header_spread_alike(rows: list[list[Cell]], spread: list[int], left: int, right: int) -> bool:
    """Whether the header (the rows above the first with a figure) shows no column of its own over a span of
    letters as many on every row: a line of it is spread there too (`구      분` over `정      원`), and none prints a
    label of more letters over the span (`구분` over columns of `동 | 남`, `성별`)."""
    first_figure = next(k for k, cells in enumerate(rows) if _has_figure(cells))
    over_span = [k for k in range(first_figure) if any(c.start <= right and c.end >= left for c in rows[k])]
    return bool(over_span) and all(k in spread for k in over_span)


def _leading_syllables(cells: list[Cell]) -> int:
    """How many cells of one syllable a row starts with."""
    n = 0
    while n < len(cells) and len(cells[n].text) == 1 and _is_syllable(cells[n].text):
        n += 1
    return n


def _header_labels(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int],
                   width: int, in_turn: bool = False) -> list[Cell]:
    """A header line's labels. Single syllables side by side may be one label spread over its cell (`구    분`,
    a word processor's distributed alignment): they are joined as puts the fewest labels in a column
    together, then the most labels (`구`, `분` over the label column, `계` over the next), then the labels
    reaching least beyond their columns. A label letter-spaced two spaces apart (`남  여`, joined by
    `split_cells`) is taken apart again where its letters then head every column, one each; or, `in_turn` (a header
    of one line in a text whose lines may be set off one another), where they make as many labels as the columns,
    one a column in order however set off (`통  반` between `구 분` and `세대`, PyMuPDF's sorted text), but the
    first label, over the row labels, which may span more columns than one (`구  분` over `건축허가 | 건수`)."""
    if len(cells) < width:
        spelt = [_letters_of(c) for c in cells]
        letters = [Cell(c.start + 4 * n, c.start + 4 * n + 2, letter)
                   for c, parts in zip(cells, spelt, strict=True) for n, letter in enumerate(parts)]
        if len(letters) == width and (in_turn and len(spelt[0]) == 1 or len({column_of(c) for c in letters}) == width):
            return letters
    # a label a column: a syllable after a label letter-spaced whole (`구 분    계`, PyMuPDF's sorted text setting
    # the header narrower than the figures below) is a label of its own
    joins = [k for k in _lone_syllable_pairs(cells) if len(cells) != width or len(cells[k - 1].text) == 1]
    if not joins or len(joins) > _MAX_SPREAD_JOINS:
        return cells
    last_end = columns[-1][1]

    def own_column(cell: Cell) -> int:
        """The label's column; beyond every column, the one no row fills that it heads (`_beyond_the_columns`),
        not the last it is nearest (`반  비 고`: the 반 column's label and an unfilled 비고's), where it is more
        than a syllable: a syllable alone there is the last label's spread wide (`일   반` over the last figures)."""
        return len(columns) if cell.start > last_end and len(cell.text) > 1 else column_of(cell)

    if len({own_column(c) for c in cells}) == len(cells):
        return cells  # none share a column: apart, they fit best already (and are the most labels)

    def joined_as(chosen: set[int]) -> list[Cell]:
        out = [cells[0]]
        for k in range(1, len(cells)):
            out[-1:] = [_joined(out[-1], cells[k])] if k in chosen else [out[-1], cells[k]]
        return out

    def fit(labels: list[Cell]) -> tuple[int, int, int]:
        under = [own_column(c) for c in labels]
        overhang = sum(max(0, columns[j][0] - c.start) + max(0, c.end - columns[j][1])
                       for c, j in zip(labels, under, strict=True) if j < len(columns))
        return len(under) - len(set(under)), -len(labels), overhang

    options = (joined_as({k for n, k in enumerate(joins) if mask >> n & 1}) for mask in range(2 ** len(joins)))
    return min(options, key=fit)


def _spread_over(cells: list[Cell], below: list[Cell]) -> list[Cell]:
    """A header line with a group label spread evenly over the labels below it (`예    산    액` over `계 | 국비 |
    시비 | 구비`, distributed alignment in a merged cell) joined: three single syllables or more, evenly apart,
    with two labels of the lines below or more under them; or single syllables letter-spaced wide, centred
    over a group of labels below (`인      구` over `계 | 남 | 여`) where apart they are not each centred over a
    group of their own (`남      여` over `계 | 소계` twice); or two over a pair of labels, one each
    (`_spread_over_a_pair`). Apart, each would head a column of its own."""
    if len(cells) < 2:
        return cells
    lone = [len(c.text) == 1 and _is_syllable(c.text) for c in cells]
    if not any(a and b for a, b in itertools.pairwise(lone)):
        # every run below is one cell (a run goes on only from a lone syllable to the next), so nothing is joined
        # (most headers' lines: `계 | 국비 | 시비 | 구비`)
        return list(cells)
    # one label spread alone on its line (a class over narrow grades, `일     반       직`), not labels of their own
    # each over one below (`계     남       여` over `(명) | (명) | (명)`)
    alone = all(lone) and not _each_over_a_label(cells, below)

    def run_end(k: int, wide: bool, stop: int) -> int:
        """The end of the run of lone syllables from `k` as far apart as its first two, within a fourth of that
        (`pdftotext -layout` rounds letters spread wide to characters: `일         반           직`), or two
        where `wide` (each letter's place rounded by one: `일     반       직`)."""
        end = k + 1
        if lone[k] and end < stop:
            gap = cells[end].start - cells[k].end
            slack = max(2 if wide and gap >= _WIDE_SPREAD else 1, gap // 4)
            while end < stop and lone[end] and abs(cells[end].start - cells[end - 1].end - gap) <= slack:
                end += 1
        return end

    # letters spread wide over the labels below, from the first to the last under them, are one label beside
    # others on their line (`일     반       직` over `5급 | 6급 | 7급` beside `계`, merged down the header)
    # (three lone syllables at least: sought only on a line printing so many, most headers' lines print none)
    over_below: dict[int, int] = {}
    k = 0 if not alone and sum(lone) >= 3 else len(cells)
    while k < len(cells):
        end = run_end(k, True, len(cells))
        if _spread_over_columns(cells[k:end], below):
            over_below[k] = end
            k = end
        else:
            k += 1
    out: list[Cell] = []
    stops = [*over_below, len(cells)]  # the runs' starts, found left to right, then the line's end
    k = 0
    while k < len(cells):
        # spread wide alone on their line, letters rounded two apart are one label; beside other labels, a `계` as
        # far from `일` may be a label of its own
        stop = stops[bisect.bisect_right(stops, k)]  # the next run's start right of k (k < len(cells))
        end = over_below.get(k) or run_end(k, alone, stop)
        run = cells[k:end]
        if len(run) >= 2 and ((len(run) >= 3 and sum(run[0].start <= c.centre <= run[-1].end for c in below) >= 2)
                              or _centred_as_one(run, below) or _spread_over_a_pair(run, below)
                              or _spread_over_labels(run, below)) and not _each_over_a_group(run, below):
            out.append(Cell(run[0].start, run[-1].end, "".join(c.text for c in run)))
        elif len(run) == 2 and end < len(cells) and run[1].start - run[0].end < cells[end].start - run[1].end - 1:
            # a syllable closer to the next than that is to the one after it is a label of its own beside a label
            # spread wider (`계` beside `일    반    직`, `직          급`): the next may start a run of its own
            out.append(run[0])
            end = k + 1
        else:
            out += run
        k = end
    return out


def _spread_over_columns(letters: list[Cell], below: list[Cell]) -> bool:
    """Whether three single syllables or more are one group label spread over the labels below them: each letter
    stands over them, between the first under the letters and the last (a `계` left of them, merged down the
    header, stands over none), and the letters are not each over a label of its own, or a label stands between
    two of them under neither (`일     반       직` over `5급 | 6급 | 7급 | 8급 | 9급`: `8급` between `반` and `직`),
    nor each centred over a group of its own."""
    if len(letters) < 3:
        return False
    under = [c for c in below if c.start < letters[-1].end and c.end > letters[0].start]
    return (len(under) >= 2
            and all(min(c.start for c in under) <= letter.centre <= max(c.end for c in under) for letter in letters)
            and (not _each_over_a_label(letters, below)
                 or any(a.end <= c.start and c.end <= b.start for a, b in itertools.pairwise(letters) for c in under))
            and not _each_over_a_group(letters, below))


def _each_over_a_label(letters: list[Cell], below: list[Cell]) -> bool:
    """Whether each letter stands over a label below of its own, inside its span (`계     남       여` over `인원 |
    인원 | 인원`): labels of their own rounded unevenly apart, not the letters of one label spread over more columns
    than theirs (`일     반       직` over `5급 | 6급 | 7급`: `직` stands beyond `7급`). A lone syllable below is
    no label here: it may be a letter of a label spread as well (`직             급`)."""
    labels = [label for label in below if not (len(label.text) == 1 and _is_syllable(label.text))]
    over = [next((k for k, label in enumerate(labels) if label.start <= c.centre <= label.end), None) for c in letters]
    return None not in over and len(set(over)) == len(over)


def _each_over_a_group(letters: list[Cell], below: list[Cell]) -> bool:
    """Whether each letter is centred over a group of two labels below or more of its own, between the group's
    first and last, the groups side by side and naming the same labels (`계           남             여` over
    `소계 | 외국인` thrice): labels of groups, set apart as evenly as the letters of one label spread over them.
    The letters of a label spread over its span stand at its ends, over its first label and its last (`현      원`
    over `남 | 여 | 남 | 여`)."""
    labels = sorted(below, key=lambda c: c.start)

    def centred(letter: Cell, group: list[Cell]) -> bool:
        return (group[0].end <= letter.centre <= group[-1].start
                and abs(letter.centre - (group[0].start + group[-1].end) / 2) <= _CENTRE_SLACK)

    def groups_from(first: int, size: int) -> bool:
        groups = [labels[first + k * size:first + (k + 1) * size] for k in range(len(letters))]
        names = [c.text for c in groups[0]]
        return len(groups[-1]) == size and all(centred(letter, group) and [c.text for c in group] == names
                                               for letter, group in zip(letters, groups, strict=True))

    return any(groups_from(first, size) for size in range(2, len(labels) // len(letters) + 1)
               for first in range(len(labels) - size * len(letters) + 1))


def _spread_over_labels(run: list[Cell], below: list[Cell]) -> bool:
    """Whether two single syllables are one label spread over three labels below or more, a syllable at each end
    (`직          급` over `5급 | 6급 | 7급`, distributed alignment of a cell merged across): a label below stands
    between them under neither, and neither is centred over a group of two labels or more of its own, as the
    syllables of two group labels are (`남      여` over `계 | 소계 | 계 | 소계`)."""
    if len(run) != 2:
        return False
    labels = sorted(below, key=lambda c: c.start)
    if not any(run[0].end <= c.start and c.end <= run[1].start for c in labels):
        return False
    return not any(abs(cell.centre - (labels[first].start + labels[last].end) / 2) <= _CENTRE_SLACK
                   for cell in run for first in range(len(labels)) for last in range(first + 1, len(labels)))


def _spread_over_a_pair(run: list[Cell], below: list[Cell]) -> bool:
    """Whether two single syllables are one group label spread over the two labels below them side by side, a
    syllable nearest each and the two centred over the pair (`부    과` over `건수 | 금액`, HWP's distributed
    alignment of a cell merged over two columns): a label over a single column with another label below it
    would group nothing. Not where the labels below name their columns alike (`남 | 여` over `인원 | 인원`: the
    syllables tell the columns apart) or are units (`(명)`)."""
    if len(run) != 2 or len(below) < 2:
        return False
    labels = sorted(below, key=lambda c: c.start)
    first, last = (min(range(len(labels)), key=lambda j: abs(labels[j].centre - c.centre)) for c in run)
    pair = labels[first], labels[last]
    return (last == first + 1 and pair[0].text != pair[1].text and not any(c.text.startswith("(") for c in pair)
            and abs((run[0].start + run[1].end) / 2 - (pair[0].start + pair[1].end) / 2) <= _CENTRE_SLACK)


def _centred_as_one(run: list[Cell], below: list[Cell]) -> bool:
    """Whether single syllables side by side are one label centred over a group of two labels below or more
    (within `_CENTRE_SLACK`, the group under the whole label), and apart could not each be centred over a group of
    their own, left to right (taking each the group that ends first leaves the most to the rest)."""
    labels = sorted(below, key=lambda c: c.start)
    groups = [(first, last) for first in range(len(labels)) for last in range(first, len(labels))]

    def centred(cell: Cell, first: int, last: int) -> bool:
        return abs(cell.centre - (labels[first].start + labels[last].end) / 2) <= _CENTRE_SLACK

    whole = Cell(run[0].start, run[-1].end, "")
    if not any(last > first and labels[first].start <= whole.start and whole.end <= labels[last].end
               and centred(whole, first, last) for first, last in groups):
        return False
    taken = -1  # the last label below taken by the syllables so far
    for cell in run:
        ends = [last for first, last in groups if first > taken and centred(cell, first, last)]
        if not ends:
            return True
        taken = min(ends)
    return False


def _letters_of(cell: Cell) -> list[str]:
    """A label letter-spaced two spaces apart, letter by letter (each letter two display columns wide, so it
    takes four columns with its gap); any other cell whole."""
    if cell.end - cell.start != 2 * len(cell.text) or " " not in cell.text:  # 2n - 1 characters, 4n - 2 wide
        return [cell.text]
    letters = cell.text.split(" ")
    return letters if all(map(_is_syllable, letters)) else [cell.text]


def _beyond_the_columns(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int],
                        words_last: bool) -> list[Cell]:
    """The labels of a header line that head columns no row fills (`비 고` right of every row's cells): right
    of every column, and where the last column already has a label (`과부족`) that they would run into. Labels
    centred in their cells over left-aligned figures stand right of them: the last column's may stand beyond
    every column too (`과부족     비고` right of `△1`), and heads it where no label within the columns does; the
    labels after it are the unfilled columns'. A last label over the last column beside its own label may head
    one too where that column holds words (`words_last`, `_over_a_column_headed`)."""
    beyond = [c for c in cells if c.start > columns[-1][1]]
    if (not beyond and words_last and len(cells) > len(columns)
            and _over_a_column_headed(cells[-2:], columns[-1], column_of)):
        return cells[-1:]
    if not beyond or len(beyond) == len(cells):
        return []
    unheaded = len(columns) - 1 - column_of(cells[-len(beyond) - 1])  # the last columns no label within heads
    return beyond[unheaded:] if unheaded in (0, 1) and unheaded < len(beyond) else []


def _over_a_column_headed(last: list[Cell], column: tuple[int, int], column_of: Callable[[Cell], int]) -> bool:
    """Whether a header's last label, one more than the columns, stands over the last column beside a label that
    heads it already, starting at or left of its cells as that one starts right of where they start (`주요시설
    비 고` over `의원연구실, 민원상담실`: PyMuPDF's sorted text narrows the header by its letters and runs a long
    cell of words on under the next label): it heads a column no row fills."""
    if len(last) < 2:
        return False
    before, label = last
    return (column_of(before) == column_of(label) and column_of(label) >= 0
            and before.start <= column[0] < label.start)


def _carries_on(text: str) -> bool:
    """Whether a cell's line ends where its text cannot: `지하3층 ~`, `(2018. 6. 2.`."""
    return text.endswith(_CARRIES_ON) or text.count("(") > text.count(")")


def _carried_on(rows: list[list[Cell]], starts: list[int], at: list[int], figure: bytearray):
    """In a table of figures, the body lines without a figure that carry on the rows around them (cells wrapped
    over several lines, as `pdftotext -layout` prints a cell centred in a taller row) joined to their rows:
    each to the row with figures nearest to it (`_nearer`). A line with a row label goes to a row printed
    without one; one below the last row only fills that row's blank cells or goes on from its text (else the
    table ends before it, if it is a line of one cell; other lines stay rows of their own). Short cells
    left of every row (a group label printed down a narrow merged cell, a character a line, or one starting left
    of them on the one line between two tall rows, `대기질 개선` between `미세먼지 저감` and `대기측정망 운영`,
    however far its wide letters laid out in display columns run on: before, a row of its own, the 소계 above it
    read as the next group's) make one label, on the first row of the group it is centred on.

    Returns the rows, the line each starts on, the template rows for the columns, the line the table
    ends before, if it ends early, and the rows given a group label (their places in the rows), each with twice
    the line its label is centred on (`_group_labels`)."""
    anchors = [k for k in range(len(rows)) if figure[at[k]]]
    template = _template([rows[k] for k in anchors])
    columns = _columns(template, [rows[k] for k in anchors])
    column_of = _column_finder(columns)
    left = min(rows[k][0].start for k in anchors)
    label_column = 0 if any(column_of(rows[k][0]) == 0 and not _is_figure(rows[k][0].text) for k in anchors) else None
    tall = _tall_rows([at[k] for k in anchors])  # rows parted by blank lines, a merged label between two of them
    parts: dict[int, _Parts] = {k: [(at[k], rows[k])] for k in anchors}
    # where rows printing the next column's label alone start it, indented past the label column's start
    indented = ({rows[k][0].start for k in anchors if rows[k][0].start > left and column_of(rows[k][0]) == 1}
                if label_column == 0 else set())
    own_rows: list[int] = []  # lines without a figure that stay rows
    fragments: list[tuple[int, Cell]] = []
    cut = None
    for k in range(len(rows)):
        if figure[at[k]]:
            continue
        line = at[k]
        n = bisect.bisect_left(anchors, k)
        above, below = (anchors[n - 1] if n else None), (anchors[n] if n < len(anchors) else None)
        # left of every row; on the one line between two tall rows, starting left of them however far its wide
        # letters run on (`대기질 개선`, centred between them); halfway between two rows under a 계 row, ending left
        # of both where other rows print labels in its column (`일반직` between `6급` and `7급`, under `계` and over
        # `공무직`)
        between_tall_rows = tall and above is not None and below is not None and at[below] - at[above] == 2
        halfway = (above is not None and below is not None and line - at[above] == at[below] - line
                   and any(is_total(rows[j][0].text) for j in anchors[:n]))
        beside = min(rows[above][0].start, rows[below][0].start) if halfway else left
        in_margin = [c.end <= max(left, beside) or between_tall_rows and c.start < left - 1 for c in rows[k]]
        rest = [c for c, margin in zip(rows[k], in_margin, strict=True) if not margin]
        target = _nearer(line, rest, above, below, at)
        # a short first cell starting where the next column's lone labels start is that column's (`소 계` where
        # `대기측정망 운영` starts, indented under `단위사업` as PyMuPDF's sorted text counts its blank first cell): a
        # group's label on the line below it (`생활환경 관리`, centred between it and `소음·진동 관리`) joins its
        # row, the label column's
        set_off = rows[target][0].start in indented and column_of(rows[target][0]) == 0
        filled = {1 if set_off else column_of(rows[target][0]), *(column_of(c) for c in rows[target][1:])}
        own = {column_of(c) for c in rest}
        # a label centred on its row's figures: lines of it above them (joined by `_rows`) and as many below
        centred = target == above and line - at[target] <= at[target] - starts[target]
        fits = centred or label_column not in own or label_column not in filled
        if below is None:  # where the last row prints a cell, its text must go on (`1층 ~`, `(2018. 6. 2.`)
            going_on = {column_of(c) for _, cells in parts[target] for c in cells if _carries_on(c.text)}
            fits = fits and not own & filled - going_on
        if not fits:
            if below is None and len(rows[k]) == 1:
                cut = line
                break
            own_rows.append(k)
            continue
        if rest:
            if set_off and label_column in own:
                parts[target][0] = (at[target], [Cell(*columns[1], rows[target][0].text), *rows[target][1:]])
            parts[target].append((line, [Cell(*columns[column_of(c)], c.text) for c in rest]))  # in its column
        # on the line it is printed on: a wrapped label (`관`) may lead the row of the next row's label (`주 차`);
        # cut where the rows start, which its wide letters laid out in display columns may run past (one printed
        # where rows print labels, `국공립`, is cut once its group is told, where a cell starts within it, `계`
        # centred in the next column: its width tells which rows print labels in its column)
        fragments += [(starts[k], c if c.end <= left or c.start >= left - 1 else Cell(c.start, left - 1, c.text))
                      for c, margin in zip(rows[k], in_margin, strict=True) if margin]
    cell_starts = sorted({c.start for k in anchors for c in rows[k]})
    grouped = _group_labels(fragments, sorted(parts.items()))
    labels = {k: Cell(label.start, next((start for start in cell_starts if label.start < start < label.end),
                                        label.end + 1) - 1, label.text)
              for k, (label, _) in grouped.items()}
    centres = {k: centre for k, (_, centre) in grouped.items()}
    body = sorted([(min(starts[k], *(line for line, _ in parts[k])), k) for k in anchors]
                  + [(starts[k], k) for k in own_rows])
    rows_out = []
    labelled = {n: centres[k] for n, (_start, k) in enumerate(body) if k in labels}
    for _start, k in body:
        if k in parts:
            cells = [c for _line, cells in sorted(parts[k], key=lambda p: p[0]) for c in cells]
            rows_out.append(([labels[k]] if k in labels else []) + cells)
        else:
            rows_out.append(rows[k])
    return rows_out, [start for start, _ in body], template, cut, labelled


def _wrapped_words_joined(rows: list[list[Cell]], starts: list[int]) -> tuple[list[list[Cell]], list[int]]:
    """In a table of words alone, each line that carries on the row above it (cells wrapped over two lines, as
    `pdftotext -layout` prints a 위탁 list's `2024. 1. 1. ~` over `2026. 12. 31.`) joined to it: a line of fewer cells
    than the row, one of them under a cell of the row that visibly goes on (`~`, `및`, `,`, an open bracket:
    `_carries_on`) and each under a cell of the row (`한빛구 정신건강` over `복지센터`, `(사)한국건강증진` over `협회
    한빛지부` beside it). Before, each such line was a row of its own. A line whose cells none of the row's go on
    to stays a row."""
    out: list[list[Cell]] = []
    out_starts: list[int] = []
    for cells, start in zip(rows, starts, strict=True):
        above = out[-1] if out else None
        if above is not None and len(cells) < len(above) and (joined := _carried_on_below(above, cells)) is not None:
            out[-1] = joined
            continue
        out.append(cells)
        out_starts.append(start)
    return out, out_starts


def _carried_on_below(row: list[Cell], line: list[Cell]) -> list[Cell] | None:
    """A row with the cells of the line below it each joined to the cell of the row it stands under, where one of
    those goes on (`_wrapped_words_joined`), else None."""
    under = []
    for cell in line:
        k = next((k for k, above in enumerate(row)
                  if cell.start < above.end and above.start < cell.end or abs(cell.start - above.start) <= 1), None)
        if k is None or k in under:
            return None
        under.append(k)
    if not any(_carries_on(row[k].text.rstrip()) for k in under):
        return None
    if any("~" in row[k].text and "~" in cell.text for cell, k in zip(line, under, strict=True)):
        return None  # a period of its own under one left open (`2024. 1. 1. ~` over `2025. 1. 1. ~`): a row
    joined = list(row)
    for cell, k in zip(line, under, strict=True):
        above = joined[k]
        joined[k] = Cell(min(above.start, cell.start), max(above.end, cell.end), f"{above.text.rstrip()} {cell.text}")
    return joined


def _nearer(line: int, cells: list[Cell], above: int | None, below: int | None, at: list[int]) -> int:
    """The row a line without figures carries on: the nearer; where the one below is as near or a line
    further, the one below if the line's text goes on (`지하3층 ~`, `2층: 청소과,`: a cell centred on it over
    more lines than the cells beside it), else the one above."""
    if above is None or below is None:
        return above if below is None else below
    to_above, to_below = line - at[above], at[below] - line
    if to_below < to_above:
        return below
    if to_below <= to_above + 1 and any(_carries_on(c.text) for c in cells):
        return below
    return above


def _in_labels_column(cell: Cell, above: list[Cell], lines: list[str], cells: list[list[Cell] | None],
                      i: int) -> bool:
    """Whether line i's one cell, however wide, is a line of the labels' column over the row right below it, or over
    one more line of its label starting where it does over that row: starting where that row's label starts, it
    and the line between ending left of that row's figures and of the row `above`'s (a 단위사업 name's first line
    over the line printing its figures, `골목상권 활성화 및 지역화폐` over `발행 지원   1,200,000 …`, or over `발행
    지원 및 온누리상품권` over `유통 사업   1,200,000 …`). A sentence runs on across the columns."""
    label_lines = [cell]
    below = cells[i + 1] if i + 1 < len(cells) else None
    if below is None and i + 2 < len(cells) and lines[i + 1].strip():
        label_lines += split_cells(lines[i + 1])
        below = cells[i + 2]
    if not below or len(label_lines) > 2 or any(abs(line.start - below[0].start) > 1 for line in label_lines):
        return False
    figures = [next((c.start for c in row[1:] if _is_figure(c.text)), None) for row in (below, above)]
    return figures[0] is not None and max(line.end for line in label_lines) + _CELL_GAP <= min(
        start for start in figures if start is not None)


def _in_text_column(cell: Cell, row: list[Cell]) -> bool:
    """Whether a cell starts where a cell of the row, not its first, starts: a line of a column of text."""
    return any(abs(cell.start - other.start) <= 1 for other in row[1:])


_Parts = list[tuple[int, list[Cell]]]  # a row's lines: (line, the cells it prints there)


def _group_labels(fragments: list[tuple[int, Cell]], parts: list[tuple[int, _Parts]]) -> dict[int, tuple[Cell, int]]:
    """The label each run of fragments on consecutive lines makes, with its first and last lines added (twice the
    line it is centred on), by the row it goes to: the first of the
    rows it is centred on (the first group starting at the first row, each next one after the last), none of which
    lies past the table's last row: rows above it no group's (a 계 over the groups, its label in their column,
    `계` over `근린공원` with `도시공원` between it and `어린이공원`) are left out."""
    if not fragments:
        return {}
    spans = [(max(line for line, _ in lines), k) for k, lines in parts]
    last = spans[-1][0]
    groups = [[fragments[0]]]
    for fragment in fragments[1:]:
        if fragment[0] - groups[-1][-1][0] <= 1:
            groups[-1].append(fragment)
        else:
            groups.append([fragment])
    labels: dict[int, tuple[Cell, int]] = {}
    start = min(line for line, _ in parts[0][1])
    for group in groups:
        start = max(_below_labels_above(group, parts, start), group[0][0] + group[-1][0] - last)
        k = next((k for bottom, k in spans if bottom >= start), spans[-1][1])
        cells = [c for _, c in group]
        labels[k] = (_joined(labels[k][0], *cells) if k in labels else _joined(*cells), group[0][0] + group[-1][0])
        start = group[0][0] + group[-1][0] - start + 1  # the group ends as far below its centre as it starts above
    return labels


def _below_labels_above(group: list[tuple[int, Cell]], parts: list[tuple[int, _Parts]], start: int) -> int:
    """The first line a group label's rows may start on, from `start`: below the last row above its centre that
    prints a label in its column (`계`, then `5급` and `6급` over `일반직`; not a 계 printed in the next column, over
    the rows as well, `계` over `근린공원` with `도시공원` between it and `어린이공원`)."""
    label_end = max(c.end for _, c in group)
    for _k, lines in parts:
        bottom = max(line for line, _ in lines)
        if 2 * bottom > group[0][0] + group[-1][0]:
            break
        if any(cells and cells[0].start < label_end for _, cells in lines):
            start = max(start, bottom + 1)
    return start


def _joined(*cells: Cell) -> Cell:
    return Cell(min(c.start for c in cells), max(c.end for c in cells), " ".join(c.text for c in cells))


def _stacked_joined(cells: list[list[Cell] | None], stacked: dict[int, list[Cell]], owners: dict[int, int]) -> None:
    """Each row's line (`owners`' values) given the cells of the lines of labels stacked around it (`stacked`, by
    line: `_stacked_label_lines`), those lines left rows of no cells: one row, as the PDF prints it."""
    for k in sorted(stacked, reverse=True):  # the nearest line over a row first, as `_stacked_into` joins them
        if k < owners[k] and cells[owners[k]]:
            cells[owners[k]] = _stacked_into(cells[owners[k]], stacked[k], below=False)
    for k in sorted(stacked):
        if k > owners[k] and cells[owners[k]]:
            cells[owners[k]] = _stacked_into(cells[owners[k]], stacked[k], below=True)
    for k in stacked:
        cells[k] = []


def _stacked_into(row: list[Cell], stacked: list[Cell], below: bool) -> list[Cell]:
    """A row's cells with those of a line of labels stacked over it (or `below` it, `_stacked_label_lines`), each
    joined to the cell it stands over or under most (`과` and `족` to `부`: `과 부 족`; `다목적` to `소형ㆍ`, not to
    the `중형` beside it), or set among them where it stands over none (`정` and `원` left of the figures: `정 원`)."""
    out = list(row)
    for cell in stacked:
        overlaps = [(min(c.end, cell.end) - max(c.start, cell.start), k) for k, c in enumerate(out)]
        k = max((overlap, k) for overlap, k in overlaps if overlap > 0)[1] if any(o > 0 for o, _ in overlaps) else None
        if k is None:
            out = sorted([*out, cell], key=lambda c: c.start)
        else:
            out[k] = _joined(out[k], cell) if below else _joined(cell, out[k])
    return out


def _stacked_label_lines(lines: list[str], texts: list[str], cells: list[list[Cell] | None],
                         page_starts: list[int], in_characters: bool = True,
                         characters: Container[int] = ()) -> dict[int, int]:
    """The lines of labels stacked a syllable a line around their rows' lines, each with its row's line: as
    `pdftotext -layout` prints a label wrapped a syllable a line in a narrow label column, centred on its row, rows
    printed without a blank line between them (`정` over `40   35 …` over `원`, then `현` over `38   34 …` over
    `원`; `총` over a fleet's header line `승용   승합 …` over `계`). In a run of lines each a syllable alone or a
    row, on one page (`pdftotext -layout` lays each page out apart), the syllables starting at one column left of
    the rows' cells (a row may print its label's middle syllable there, `과` over `부   △2 …` over `족`), each row
    takes the syllables right above it and as many right below it (or, printing a middle one, one more or one
    fewer, `_stacked_around_rows`: `일` over `반   20 …` over `직` over `계`). Where a run does not so part (a
    syllable left over, a row printing a label of its own under syllables no row took: a group label down two rows,
    `관` over `리   5급 …` over `운   6급 …`), none of it is taken: the lines are read as before
    (`_mark_wrapped_lines`).
    Labels wrapped around a header's line in its other columns are taken too (`_wrapped_around_line`: in characters,
    as `pdftotext -layout` lines them up, where `in_characters`; not a PDF's words laid out). Before, each
    syllable went to the nearer row, `현` to the row above (`정 원 현`, then `원`), one over the table's first line
    was a paragraph (`구`), and a fleet's `소` over `중형   대형 …` over `계` rows of the header of their own. The
    lines of another column's cells stacked a character a line (`characters`, `_stacked_character_lines`) stand
    between them as no line."""
    owners: dict[int, int] = {}
    k, n = 0, len(texts)
    new_pages = set(page_starts)
    # a run without a syllable alone on a line takes none (`_stacked_in_run`): runs sought only where a line prints
    # one, asked once (most reports print none; a line of one character, told by `len` alone, first)
    if not (1 in map(len, texts) and any(map(_is_syllable_line, texts))):
        k = n
    while k < n:
        end = k
        while end < n and (_is_syllable_line(texts[end]) or cells[end] and len(cells[end]) > 1
                           or end in characters) and (end == k or end not in new_pages):
            end += 1
        owners.update(_stacked_in_run(lines, texts, cells, [m for m in range(k, end) if m not in characters]))
        k = end + (end == k or end not in new_pages)  # a page's first line may start the next run
    taken = owners.keys() | set(owners.values()) | set(characters)
    for upper in (j for j, row in enumerate(cells[:n - 2]) if row):  # the upper line prints cells: rows only
        middle, lower = upper + 1, upper + 2
        if (cells[lower] and taken.isdisjoint((upper, middle, lower))
                and _wrapped_around_line(lines[upper:upper + 3], cells[upper:upper + 3], in_characters)):
            owners.update({upper: middle, lower: middle})
            taken.update((upper, middle, lower))
    return owners


def _wrapped_around_line(lines: list[str], cells: list[list[Cell] | None], in_characters: bool) -> bool:
    """Whether the first and last of three lines of a header (no figure) are the lines of labels wrapped around the
    line between them: as many cells each, one under the other in characters, in the gaps between that line's
    cells (`소   소형ㆍ   소` over `중형   대형   소형 …` over `계   다목적   계`, a fleet's `소계` and `소형ㆍ다목적`
    beside kinds of one line)."""
    upper, middle, lower = cells
    if not (upper and middle and lower and len(upper) == len(lower) < len(middle)) or any(map(_has_figure, cells)):
        return False
    if in_characters:
        upper, middle, lower = (_in_characters_of(line, row) for line, row in zip(lines, cells, strict=True))
    return all(a.start < b.end and b.start < a.end for a, b in zip(upper, lower, strict=True)) and not any(
        c.start < m.end and m.start < c.end for c in (*upper, *lower) for m in middle)


def _stacked_character_lines(lines: list[str], texts: list[str], cells: list[list[Cell] | None],
                             page_starts: list[int], in_characters: bool) -> dict[int, int]:
    """The lines of cells stacked a character a line around their rows' lines in a narrow column of figures, each
    with its row's line: as `pdftotext -layout` prints a figure wrapped a digit a line, centred on its row (`2` over
    `3   112   55 …` over `6`: 236; `△` over a row printing nothing there over `2`: △2), or a header's label
    naming a figure (`총` over `2` over `3   승용 …` over `6` over `대`: 총236대). In a run of lines each a
    character alone or a row, on one page, the characters of each column (one column apart at most, in characters
    where `in_characters`), a digit or a sign among them, part as a label column's syllables do
    (`_stacked_around_rows`): each row takes the characters right above it and as many right below it, its own
    there the middle one; lines of other columns stand between them as no line. A column that does not so part (a
    character left over, a row printing a wider cell there under characters no row took), or whose stack around a
    row of figures joins into no figure, is left as read before. Before, each digit was a paragraph or a row of its
    own (no count, no fleet)."""
    owners: dict[int, int] = {}
    new_pages = set(page_starts)
    k, n = 0, len(texts)
    if not any(len(text) == 1 and text in _STACKED_FIGURE_CHARACTERS for text in texts):
        k = n  # no digit alone on a line (most reports)
    while k < n:
        end = k
        while end < n and (len(texts[end]) == 1 or cells[end] and len(cells[end]) > 1) and (
                end == k or end not in new_pages):
            end += 1
        run = range(k, end)
        at = {m: len(lines[m]) - len(lines[m].lstrip()) for m in run if len(texts[m]) == 1}
        for column in _columns_of_characters(sorted(set(at.values()))):
            stack = {m for m, start in at.items() if start in column}
            if any(texts[m] in _STACKED_FIGURE_CHARACTERS for m in stack):
                owners.update(_stacked_in_column(lines, texts, cells, run, stack, column, in_characters))
        k = end + (end == k or end not in new_pages)  # a page's first line may start the next run
    return owners


_STACKED_FIGURE_CHARACTERS = frozenset("0123456789△▲-")


def _columns_of_characters(starts: list[int]) -> list[range]:
    """The columns characters alone on their lines stand in (`starts` sorted): starts one apart at most are one."""
    columns: list[range] = []
    for start in starts:
        if columns and start <= columns[-1].stop:
            columns[-1] = range(columns[-1].start, start + 1)
        else:
            columns.append(range(start, start + 1))
    return columns


def _stacked_in_column(lines: list[str], texts: list[str], cells: list[list[Cell] | None], run: range,
                       stack: set[int], column: range, in_characters: bool) -> dict[int, int]:
    """The lines of the characters (`stack`) stacked in a column around the rows of a run of lines
    (`_stacked_character_lines`), each with its row's line; none where the column does not part so."""
    lines_of = [k for k in run if k in stack or len(texts[k]) != 1]  # another column's characters: no line
    rows = [k for k in lines_of if k not in stack]
    own = {k: _own_character(lines[k], cells[k], column, in_characters) for k in rows}
    owners = _stacked_around_rows(lines_of, rows, [bool(own[k]) for k in rows], [own[k] is None for k in rows])
    for k in set(owners.values()):
        stacked = sorted(m for m, row in owners.items() if row == k)
        text = "".join([*(texts[m] for m in stacked if m < k), own[k].text if own[k] else "",
                        *(texts[m] for m in stacked if m > k)])
        if not _is_figure(text) and any(_has_figure([cell]) for cell in cells[k] if cell is not own[k]):
            return {}  # a row of figures whose stack makes no figure
    return owners


def _own_character(line: str, cells: list[Cell], column: range, in_characters: bool) -> Cell | bool | None:
    """A row's own character in a column of characters stacked around it (`3` in `2` over `3   112 …` over `6`),
    measured in characters where `in_characters`; False where it prints nothing there, None where it prints a
    wider cell there."""
    measured = _in_characters_of(line, cells) if in_characters else cells
    there = [n for n, cell in enumerate(measured) if cell.start < column.stop and column.start < cell.end]
    if not there:
        return False
    own = measured[there[0]]
    return cells[there[0]] if len(there) == 1 and len(own.text) == 1 and own.start in column else None


def _characters_joined(lines: Sequence[str] | dict[int, str], cells: list[list[Cell] | None], owners: dict[int, int],
                       in_characters: bool) -> None:
    """Each row's line (`owners`' values) given the characters stacked around it in a column
    (`_stacked_character_lines`) as one cell, top to bottom, without spaces (`236`, `총236대`), its own character's
    cell or set among its cells where it prints none there; those lines left rows of no cells."""
    by_row: dict[int, list[int]] = {}
    for k, row in sorted(owners.items()):
        by_row.setdefault(row, []).append(k)
    for row, stacked in by_row.items():
        starts = {k: len(lines[k]) - len(lines[k].lstrip()) for k in stacked}
        for column in _columns_of_characters(sorted(set(starts.values()))):
            parts = [k for k in stacked if starts[k] in column]
            own = _own_character(lines[row], cells[row], column, in_characters)
            above = [lines[k].strip() for k in parts if k < row]
            below = [lines[k].strip() for k in parts if k > row]
            text = "".join([*above, own.text if own else "", *below])
            width = max(map(display_width, [*above, *below]))  # the narrow column's, where the cell stands
            if own:
                cells[row] = [Cell(c.start, max(c.end, c.start + width), text) if c is own else c for c in cells[row]]
            else:
                walked = _columns_walked(lines[row])
                at = column.start if not in_characters else (
                    walked[column.start] if column.start < len(walked) else walked[-1] + column.start - len(lines[row]))
                cells[row] = sorted([*cells[row], Cell(at, at + width, text)], key=lambda c: c.start)
    for k in owners:
        cells[k] = []


def _syllable_beside_character(texts: list[str]) -> list[int]:
    """The lines printing a label's syllable alone and a figure's character alone beside it, as `pdftotext -layout`
    prints a narrow label column's and a narrow figures column's stacks side by side (`정   4` over
    `35   1 …` over `원   0`), two blanks apart or more."""
    return [k for k, text in enumerate(texts)
            if 2 < len(text) < 8 and _is_syllable(text[0]) and text[-1] in _STACKED_FIGURE_CHARACTERS
            and text[1:-1].isspace() and "  " in text]


def _shared_lines_parted(lines: list[str], texts: list[str], shared: list[int],
                         in_characters: bool) -> tuple[list[str], list[str], list[str], list[str]]:
    """The lines and their texts as a figures column's stacks read them (each `shared` line's character alone,
    its syllable blanked: `    4`) and as a label column's do (its syllable alone: `정`), in characters where
    `in_characters` (else in display columns, a syllable two wide)."""
    character_lines, character_texts, label_lines, label_texts = list(lines), list(texts), list(lines), list(texts)
    for k in shared:
        line, text = lines[k], texts[k]
        start = line.index(text)
        character_lines[k] = line[:start] + (" " if in_characters else "  ") + line[start + 1:]
        character_texts[k] = text[-1]
        label_lines[k] = line[:start + 1]
        label_texts[k] = text[0]
    return character_lines, character_texts, label_lines, label_texts


def _is_syllable_line(text: str) -> bool:
    return len(text) == 1 and _is_syllable(text)


def _stacked_in_run(lines: list[str], texts: list[str], cells: list[list[Cell] | None],
                    run: list[int]) -> dict[int, int]:
    """The lines of a run of syllables and rows that are labels stacked around its rows (`_stacked_label_lines`),
    each with its row's line; none where the run does not part so."""
    syllables = {k: split_cells(lines[k])[0] for k in run if _is_syllable_line(texts[k])}
    if not syllables or len(syllables) == len(run):
        return {}
    column = min(cell.start for cell in syllables.values())
    if any(cell.start > column + 1 for cell in syllables.values()):
        return {}
    label_end = max(cell.end for cell in syllables.values())
    rows = [k for k in run if k not in syllables]
    middles, barred = [], []
    for k in rows:
        first = cells[k][0]
        middles.append(_is_syllable_line(first.text) and abs(first.start - column) <= 1)
        # a row of figures printing a label of its own beside the syllables: theirs is a group's label (`본` over
        # `계   7,622 …` over `관`), a header's line may print its labels beside them (`구` over `계   일반직 …`)
        barred.append(not middles[-1] and (first.start <= label_end
                                           or _has_figure(cells[k]) and not _is_figure(first.text)))
    told = _lean_of_corner(run, rows[0], cells[rows[0]][0].text, syllables) if middles[0] else None
    return _stacked_around_rows(run, rows, middles, barred, told)


def _lean_of_corner(run: list[int], row: int, own: str, syllables: dict[int, Cell]) -> int | None:
    """The lean a header's corner label of two syllables tells (`_stacked_around_rows`), its row printing `own`, one
    of them, on its line: -1 where the row stands on the label's upper line (`구   계   일반직 …` over `분`), 1
    where on its lower (`구` over `분   계 …`), as every label of an even count in its table leans; else None."""
    at = run.index(row)
    above = syllables.get(run[at - 1]) if at else None
    below = syllables.get(run[at + 1]) if at + 1 < len(run) else None
    if above and above.text + own in _CORNER_LABELS:
        return 1
    return -1 if below and own + below.text in _CORNER_LABELS else None


def _stacked_around_rows(run: Sequence[int], rows: list[int], middles: list[bool],
                         barred: list[bool], told: int | None = None) -> dict[int, int]:
    """The lines of a run (rows on the `rows` lines, a cell's lines stacked a line apiece on the others) that are
    cells stacked around its rows, each with its row's line: each row takes the lines right above it and as many
    right below it, its own line the middle one where it prints one (`middles`), none left over; a row printing a
    cell of its own there (`barred`) takes none. Where the run parts no way so, every row printing a line of its
    label may stand on one of its middle lines of an even count, the same in every such row, as `pdftotext -layout`
    sets a row's line between two of its label's alike (`일` over `반   20   8 …` over `직` over `계`,
    `구   계   일반직 …` over `분`): one line more above it than below it, or one fewer; taken where the run then parts
    one way alone (not one lean and the other: a group's label down two rows, `관` over `리   5급 …` over
    `운   6급 …` over `영`, is left as read before). A lean `told` by the header's corner label (`_lean_of_corner`)
    is the only one tried: a lone row's label of two syllables (`정   24 …` over `원` under `구   계 …` over `분`)
    parts centred too, the header's `구` alone and `분 정 원` the row's. Where the run parts no way so, its rows
    below the header may mix labels of that lean and centred ones of an odd count (`정` over `6` over
    `54   3 …` over `원` over `2`, then `결` over `원   4   3 …` over `수`), taken where it then parts one way alone
    (not `정   62 …` over `원`, `현   58 …` over `원`, `결` over `원   4 …` over `수`, which parts as `정`,
    `원 현 원 결`, `원 수` as well)."""
    row_lines = set(rows)
    lines_between: list[list[int]] = [[]]  # the lines above each row, then those under the last
    for k in run:
        if k in row_lines:
            lines_between.append([])
        else:
            lines_between[-1].append(k)
    gaps = [len(between) for between in lines_between]
    # each row's (above, below) as labels stand centred on their rows; else every row printing its label's line on
    # the upper or on the lower middle line of an even count; or, told the lean, every row so, else some centred
    for leans, mixed in [([told], False), ([told], True)] if told else [([0], False), ([1, -1], False)]:
        partings = [ways for lean in leans if (ways := _parted_around_rows(gaps, middles, barred, lean, mixed))]
        if partings:
            if len(partings) != 1:
                return {}
            parted = partings[0]
            break
    else:
        return {}
    owners: dict[int, int] = {}
    after = 0  # the lines above the row after, as its row above leaves them
    for n in range(len(rows) - 1, -1, -1):
        above, below = parted[n][after][1]
        owners.update((line, rows[n]) for line in lines_between[n + 1][:below])
        owners.update((line, rows[n]) for line in lines_between[n][len(lines_between[n]) - above:])
        after = above
    return owners


def _parted_around_rows(gaps: list[int], middles: list[bool], barred: list[bool], lean: int,
                        mixed: bool = False) -> list[dict[int, tuple[int, tuple[int, int]]]] | None:
    """How the lines between rows (`gaps`: as many above the first, between two, under the last) part among the
    rows (`_stacked_around_rows`): for each row in turn, by the lines it leaves the row below it, how many ways (two:
    more than one) the rows down to it part them and how it takes its own (above, below); each takes as many below
    it as above it, but a row printing the middle line `lean` more above it (one fewer below), or, where `mixed`,
    such a row after the first as many too (its label of an odd count). None unless one way alone."""
    ways: list[dict[int, tuple[int, tuple[int, int]]]] = []
    states = {gaps[0]: 1}  # the lines the next row may take above it, with how many ways the rows above leave them
    for n, (middle, bar) in enumerate(zip(middles, barred, strict=True)):
        taken: dict[int, tuple[int, tuple[int, int]]] = {}
        for above, count in states.items():
            if bar and above:
                continue
            for below in (above - lean, above) if middle and mixed and n else (above - lean if middle else above,):
                if 0 <= below <= gaps[n + 1]:
                    left = gaps[n + 1] - below
                    taken[left] = (min(2, taken.get(left, (0,))[0] + count), (above, below))
        ways.append(taken)
        states = {left: count for left, (count, _) in taken.items()}
    return ways if states.get(0) == 1 else None  # every line under the last row taken by it, one way alone


def _row_cells(line: str, stripped: str) -> list[Cell] | None:
    """The cells of a line (`stripped`: without its outer blanks, two of which stand together in it) that can be a
    table row, else None. Tab-separated and `|` rows are other tables."""
    if "\t" in line or stripped.startswith("|"):
        return None
    if _not_a_row(line):
        return _breakdown_row(line, stripped) or _marks_row(line)
    cells = split_cells(line)
    return cells if len(cells) >= 2 else None


def _not_a_row(line: str) -> bool:
    """Whether a line is a bullet, a heading, the unit line or a spread label (`_NOT_A_ROW_RE`). The pattern is only
    tried where it can match: a line that starts with a syllable, a Latin letter or a digit (most rows) is one only
    with a `.` or a `:` in it."""
    first = line.lstrip()[:1]
    if not first or ((_is_syllable(first) or (first.isascii() and first.isalnum()))
                     and "." not in line and ":" not in line):
        return False
    return _NOT_A_ROW_RE.match(line) is not None


def _breakdown_row(line: str, stripped: str) -> list[Cell] | None:
    """A row printed as a bullet, a table's row that breaks down the one above it (`- 조건부수급자    1,120    1,700`,
    `○ 노상    30    1,000`): a dash's or a circle's mark, then a label and two figures or more, each a cell of its
    own."""
    if stripped[:1] not in _BREAKDOWN_MARKS:
        return None
    cells = split_cells(line)
    return cells if len(cells) >= 3 and all(_is_figure(cell.text) for cell in cells[1:]) else None


def _marks_row(line: str) -> list[Cell] | None:
    """A schedule's row whose label is blank (its step's label merged down from the row above) and whose first
    marked month prints a bullet's mark (`●` under `1월`, a note after it: `●      2차`): the mark a cell alone, two
    cells or more. A bullet's mark stands one space before its text."""
    cells = split_cells(line)
    return cells if len(cells) >= 2 and is_schedule_mark(cells[0].text) else None


def _counted_a_label_a_column(header: list[list[Cell]], columns: int, row_labels: bool) -> bool:
    """Whether a header of two lines prints a label a column as its lines print them: the first line's labels
    merged down (`_merged_down_choices`, or told by count: `_merged_down_counted`) and the second line's are as many
    as the columns. Its syllables alone are then labels of their own, however near one another the lines set off by
    their own letters stand over the columns (PyMuPDF's sorted text: `계    남    여` under `아 동 수` between `동 명`
    and `구성비`, `구 분      계` over `횟수  인원  횟수 …`), not one label spread over its cell (`_header_labels`)."""
    if len(header) != 2:
        return False
    upper, lower = header
    counted = _merged_down_counted(upper, lower, columns, row_labels)
    return any(len(merged_down) + len(lower) == columns
               for merged_down in [*_merged_down_choices(upper, lower), *filter(None, [counted])])


def _merged_down_choices(above: list[Cell], below: list[Cell]) -> list[list[int]]:
    """Which labels of a header's first line may be merged down beside the group labels over its second line (each
    as the indices of those labels, one group label at least left out): those over no label of the second line; and
    those beside all of its labels, as a group label centred over two stands over the blank between them (`부과`
    over `건수  금액`, `승합` over `소계  중형`)."""
    over_none = [n for n, a in enumerate(above) if not any(c.end > a.start and a.end > c.start for c in below)]
    beside = [n for n, a in enumerate(above) if a.end <= below[0].start or a.start >= below[-1].end]
    return [merged_down for merged_down in (over_none, beside) if len(merged_down) < len(above)]


def _merged_down_counted(above: list[Cell], below: list[Cell], columns: int, row_labels: bool) -> list[int] | None:
    """The labels of a header's first line merged down, told by count where its lines are set off one another
    (PyMuPDF's sorted text narrows a line of labels by its letters: `공무직` over `9급  7급`, merged down right of
    the `7급` under `전산직`): those centred left of the second line's first label (`구 분  계`, one at least; `계`
    may reach over `소계`), and as many of the last as the header's `columns` leave beyond those and the second
    line's (`별정직  임기제  청원경찰` over no grade; over a fleet's figures alone, not rows opening with their labels,
    `row_labels`, one at most, which may head a group of its own: `_merged_down_in_order`); the group labels between
    them each over a run of the second line's labels (`_over_runs`). None where the counts leave none."""
    left = [n for n, label in enumerate(above) if label.centre < below[0].centre]
    right = columns - len(below) - len(left)
    if (not left or left != list(range(len(left))) or right < 0 or right > 1 and not row_labels
            or len(left) + right >= len(above)):
        return None
    groups = above[len(left):len(above) - right]
    return [*left, *range(len(above) - right, len(above))] if _over_runs(groups, below) else None


def _merged_down_over_three(top: list[Cell], middle: list[Cell], lowest: list[Cell], columns: int) -> list[int] | None:
    """The labels of a header's top line merged down to its lowest, of three lines set off one another (PyMuPDF's
    sorted text: `일반직` right after `계`, short of the `행정  시설` it stands over), told by count: the total
    (`계`, `합 계`) and those left of it, and as many of the last as the header's `columns` leave beyond those and
    the lowest line's (`공무직`); the top line's group labels between them each over a run of the middle line's,
    and those each over a run of the lowest line's (`_over_runs`). None where no total stands second or first, or
    the counts leave no group."""
    total = next((n for n, label in enumerate(top[:2]) if is_total(label.text)), None)
    if total is None:
        return None
    right = columns - len(lowest) - (total + 1)
    groups = top[total + 1:len(top) - right]
    if right < 0 or not groups or not (_over_runs(groups, middle) and _over_runs(middle, lowest)):
        return None
    return [*range(total + 1), *range(len(top) - right, len(top))]


def _runs(labels: list[Cell]) -> list[list[Cell]]:
    """A header line's labels in runs, a run ending where a label repeats one of its own (`5급 … 9급 | 6급  7급`)."""
    runs: list[list[Cell]] = []
    for cell in labels:
        if not runs or any(cell.text == own.text for own in runs[-1]):
            runs.append([])
        runs[-1].append(cell)
    return runs


def _over_runs(groups: list[Cell], below: list[Cell]) -> bool:
    """Whether group labels stand each over a run of the labels below them, in order: as many runs (`_runs`) as
    they are; or, where the labels repeat none (`행정  전산  사서  운전  방호` under `일 반 직  기 능 직`), each label
    under the group label whose centre is nearest its own, every group label over one at least."""
    if len(_runs(below)) == len(groups):
        return True
    nearest = [min(range(len(groups)), key=lambda n: abs(groups[n].centre - cell.centre)) for cell in below]
    return nearest == sorted(nearest) and set(nearest) == set(range(len(groups)))


def _merged_down_in_order(above: list[Cell], merged_down: list[int], below: list[Cell],
                          counted: bool = False, row_labels: bool = True) -> list[Cell]:
    """A header's labels merged down (of the first line, `merged_down` their indices) and those of its second line,
    one a column, in order: where they stand, but a label merged down centred over those of the second line's it
    overlaps, right of its first (set so off its column, `_merged_down_choices`: `공 무 직` over `8급`), after them
    all. Those told by count (`counted`, `_merged_down_counted`) go where the count puts them: before the
    second line's labels the first line's left of its group labels, after them the rest (`공무직` after `시 설 직`
    however short of its `7급`: PyMuPDF's sorted text narrows a line of labels by its letters); but over a fleet's
    figures alone (no `row_labels`), the one at the right, a group's own total as it may be (`임 시 소 계`, the cell
    under it blank), goes before the second line's labels starting where it starts or right of it (`기타`, of its
    group, which the cell it is spans too)."""
    if counted:
        groups = [n for n in range(len(above)) if n not in merged_down]
        left = [above[n] for n in merged_down if n < groups[0]]
        right = [above[n] for n in merged_down if n > groups[0]]
        if row_labels or not right:
            return [*left, *below, *right]
        at = next((n for n, cell in enumerate(below) if cell.start >= right[0].start), len(below))
        return [*left, *below[:at], *right, *below[at:]]

    def order(cell: Cell) -> tuple[bool, int]:
        under = [c for c in below if c.end > cell.start and cell.end > c.start]
        return (cell not in below and cell.start >= below[0].start and bool(under)
                and under[0].start <= cell.centre <= under[-1].end, cell.start)
    return sorted([*(above[n] for n in merged_down), *below], key=order)


def _title_number(cells: list[Cell]) -> int | None:
    """The number of a row that is a project's title line (`2  실내공기질 관리        환경관리팀`: a number, a title
    of words, a team; the number one space before the title, `2 실내공기질 관리`, a cell with it), else None. The
    next project starts there, however its cells line up with the table above, unless the table is a list of such
    rows (`_title_line`)."""
    if len(cells) == 3 and _is_syllable(cells[1].text[:1]) and _TITLE_NUMBER_RE.match(cells[0].text):
        mark = cells[0].text.rstrip(".")
    elif len(cells) == 2 and (numbered := _NUMBERED_TITLE_RE.match(cells[0].text)):
        mark = numbered.group(1)
    else:
        return None
    if not _TEAM_CELL_RE.match(cells[-1].text):
        return None
    return int(mark) if mark.isdecimal() else ord(mark) - ord("①") + 1  # `①` is a digit, no decimal


def _corner_label(cells: list[Cell]) -> bool:
    """Whether a row starts with the label of a table's row labels' column (`구 분`, `직급`; its letters spread
    over cells of their own too, `구      분`): a header's first cell."""
    return any("".join(c.text for c in cells[:n]).replace(" ", "") in _CORNER_LABELS for n in range(1, 4))


def _column_spans(cells: list[Cell]) -> list[tuple[int, int]]:
    """The columns the cells of rows stand in: each run of cells overlapping one another, from its first start to
    its last end."""
    spans: list[tuple[int, int]] = []
    for cell in sorted(cells, key=lambda c: c.start):
        if spans and cell.start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], cell.end))
        else:
            spans.append((cell.start, cell.end))
    return spans


def _labels_over_figures(header: list[Cell], rows: Iterable[list[Cell]]) -> int:
    """How many cells of a header stand over a figure of the rows."""
    figures = [c for cells in rows for c in cells if _is_figure(c.text)]
    return sum(any(c.end > f.start and f.end > c.start for f in figures) for c in header)


def _columns_under(cell: Cell, columns: list[tuple[int, int]]) -> int:
    """How many of the columns (`_column_spans`) a cell stands over or under, in part at least."""
    return sum(end > cell.start and cell.end > start for start, end in columns)


def _header_of(header: list[Cell], row: list[Cell], under: int) -> bool:
    """Whether a line of labels alone is the header of the row of figures below a blank line, one cell over each
    of its cells, though not every label stands over its figure (`pdftotext -layout` of a PDF's tall rows, labels
    centred over figures set right, may place a label a character or two past its figure): as many cells, three
    or more, half of them at least under a label; or one more, the last right of the row's last cell, heading a
    column the row leaves blank (`비 고`; then two cells are enough: `차종  대수  비고` over `계  9`); or each of
    the row's figures set right under its label centred in the same cell, standing over none of them (`정 원` over
    nothing, its `6` right of it: `_set_right_under`), or set left (`_set_left_under`), or each between the labels
    beside its own (`_each_between_its_neighbours`), or a row set off whole right of the labels, each cell right of
    its own (`_set_off_right`)."""
    labels = len(header) - (len(header) == len(row) + 1 and bool(row) and header[-1].start >= row[-1].end)
    return (labels == len(row) and len(header) >= 3
            and (2 * under >= len(row) or _set_right_under(header, row) or _set_left_under(header, row)
                 or _each_between_its_neighbours(header, row) or _set_off_right(header, row))
            and not _has_figure(header) and _has_figure(row))


def _set_off_right(header: list[Cell], row: list[Cell]) -> bool:
    """Whether a row of as many cells as the labels stands whole right of them, each cell starting at its label's
    start or right of it and ending right of its end (PyMuPDF's sorted text sets a row by its own letters): figures
    alone, however wide (`4,200,000(구비)  1,608,000(구비)  38.3` right of `예산액  집행액  집행률(%)`), or a list's
    labels and figures about as wide as the header, shifted whole (`1  승용(쏘렌토)  23가1234  2021` right of
    `연번  차 종  차량번호  연 식`; not a row far wider, whose labels stand over none of its columns: `구분  계  5급
    6급 …` left of `정원      30       1       6 …`)."""
    if len(header) != len(row) or not all(
            cell.start >= label.start and cell.end > label.end for label, cell in zip(header, row, strict=True)):
        return False
    header_width, row_width = header[-1].end - header[0].start, row[-1].end - row[0].start
    return all(_is_figure(cell.text) for cell in row) or 3 * abs(row_width - header_width) <= header_width


def _each_between_its_neighbours(header: list[Cell], row: list[Cell]) -> bool:
    """Whether a row of as many cells as its header's labels, figures between its label and a note (or none), ends
    each cell between the centres of the labels beside its own: figures set right in cells whose labels are centred,
    where `pdftotext -layout` squeezes the gaps of the line of labels, so that a figure may end short of its own
    label (`7  5  2  3` under `총계  소계  소형  중형`, its `2` ending left of `소형`; `보유  2  1  1  전기차 1대` under
    `구분  계  승용  화물  비고`), but never under the next label's centre; one figure at least ends past its own
    label's centre, as set right (figures each short of theirs are set otherwise: the header no header of theirs)."""
    if len(row) != len(header) or not all(_is_figure(cell.text) for cell in row[1:-1]):
        return False
    centres = [-math.inf, *(label.centre for label in header), math.inf]
    return all(centres[k] < cell.end <= centres[k + 2] for k, cell in enumerate(row)) and any(
        _is_figure(cell.text) and cell.end > label.centre for cell, label in zip(row, header, strict=True))


def _set_left_under(header: list[Cell], row: list[Cell]) -> bool:
    """Whether each cell of a row of as many cells as its header is set at the left of the cell its label is
    centred in, as HWP sets figures: starting left of its label and right of the start of the label before it
    (`계  240  120  80` under `구분  계  청년  신혼부부`, each label a few columns right of its cell's start), the
    cells after the row's label figures."""
    return len(row) == len(header) and all(_is_figure(cell.text) for cell in row[1:]) and all(
        cell.start < label.start and (k == 0 or header[k - 1].start < cell.start)
        for k, (cell, label) in enumerate(zip(row, header, strict=True)))


def _set_right_under(header: list[Cell], row: list[Cell]) -> bool:
    """Whether each cell of a row after its label is a figure set right in the cell its header label (of as many
    cells or one more) is centred in: ending right of the label's centre, short of the next label, and starting
    right of the label before it; the row's label under the first label."""
    if not (row[0].start < header[0].end and header[0].start < row[0].end):
        return False
    for k in range(1, len(row)):
        label, cell = header[k], row[k]
        if not (_is_figure(cell.text) and cell.end > label.centre and cell.start >= header[k - 1].end
                and (k + 1 == len(header) or cell.end <= header[k + 1].start)):
            return False
    return True


def _headed(header: list[Cell], row: list[Cell]) -> bool:
    """Whether a row of figures atop a page goes on under a header left alone at the foot of the page before
    (no figure in it: the page broke between the header and the body): the row lies within the header's width,
    though its figures, set right or centred, need not stand under the labels of their columns; or, laid out anew
    at its own width (`pdftotext -layout` lays each page out apart), it prints a cell under each label."""
    return (not _has_figure(header) and _has_figure(row) and len(row) > 2
            and (min(a.start for a in header) - 2 <= row[0].start and row[-1].end <= max(a.end for a in header) + 2
                 or len(row) == len(header)))


def _row_laid_out_anew(rows: list[list[Cell]], below: list[Cell]) -> bool:
    """Whether a row of figures atop a page goes on from the rows of figures above the break, laid out anew at its
    own width (`pdftotext -layout` lays each page out apart): three cells or more, a label first, and no more than a
    row above prints, its header's line of labels too (rows leaving cells blank here and there print fewer: a
    fleet's `배기량` blank for an electric car, `용도` for a truck)."""
    return (len(below) >= 3 and _has_figure(below) and not _is_figure(below[0].text)
            and any(_has_figure(row) and not _is_figure(row[0].text) for row in rows)
            and len(below) <= max(map(len, rows)))


def _figures_start(row: list[Cell]) -> int:
    """Where a row's first figure after its label starts (past its end where it prints none)."""
    return next((cell.start for cell in row[1:] if _is_figure(cell.text)), row[-1].end + 1)


def _shaped_alike(row: list[Cell], below: list[Cell]) -> bool:
    """Whether a row goes on from the one above it however set off: labels, then figures alone, as many figures as
    that row's, three cells at least (`CNG   15   12   -` right of `경 유   29   8   9`, as PyMuPDF's sorted text sets a
    row opening with narrower letters further right; `제1권역  공영   2   1   1   -` below `소 계   4   1   2   1`,
    a group's label beside its first part, its one-digit figures standing between the columns)."""
    figures = _figures_after_labels(row)
    return len(below) >= 3 and len(row) >= 3 and (figures or 0) >= 2 and figures == _figures_after_labels(below)


def _figures_after_labels(cells: list[Cell]) -> int | None:
    """How many figures a row prints after its labels, one or two (`제1권역  공영  2  1  1  -`: 4), or None where it
    is no such row (a figure first, a label after a figure, three labels)."""
    labels = next((k for k, cell in enumerate(cells) if _is_figure(cell.text)), len(cells))
    if not 1 <= labels <= 2 or not all(_is_figure(cell.text) for cell in cells[labels:]):
        return None
    return len(cells) - labels


def _has_figure(cells: list[Cell]) -> bool:
    """Whether a line's cells hold a figure (`_is_figure`), or vehicles' counts printing `대` (`vehicle_counts`: not
    age bands, `40대`). A count printing its unit alone on its line is a cell's text wrapped (`휴직` over `1명`), as
    a row prints a label beside its counts."""
    if len(cells) == 1:
        return _is_figure(cells[0].text) and not is_headcount(cells[0].text)
    texts = [c.text for c in cells]
    return any(map(_is_figure, texts)) or bool(vehicle_counts(texts))


@functools.lru_cache(maxsize=TEXT_CACHE)  # a table's cells are asked again by each of its passes, and figures repeat
def _is_figure(text: str) -> bool:
    """`1,000`, `△2`, `-`, a count printing its unit (`10명`); a cell that starts with a letter or ends in another
    syllable (`7급`) is none (the pattern is not tried)."""
    if text[:1].isalpha():
        return False
    if _is_syllable(text[-1:]):
        return is_headcount(text)
    return _FIGURE_RE.match(text.replace(" ", "")) is not None


def _schedule(rows: list[list[Cell] | None]) -> list[list[Cell]] | None:
    """A schedule (추진일정) as its rows, each mark (`●`, `○`, `V` …) moved under the month label it stands
    under, and each bar (`━━━━`, `◀━━━▶`, `■■■■`) marking every month whose label it stands under, in part at least
    (as `pdftotext -layout` prints a bar typed into a cell merged over months, its ends short of the edge months'
    middles), or None where the rows are none:
    a row of month labels (`1월 | 2월 | 3월`, `1/4분기`) above any mark or figure, and below it rows of a label and
    marks or bars, each mark nearest a month label (the next month where the one before took that), and other
    cells over none (a 비 고 or a column of figures at the right, `예산(백만원)`). Its marks are single characters,
    with no blank columns three wide between words as a table of words alone has, and may stand off their months'
    labels where a font draws the marks or the labels wider than they are counted. Only where the month labels
    are found are the rows below looked at."""
    rows = [cells for cells in rows if cells]  # blank lines between its rows
    header = _month_row(rows)
    if header is None:
        return None
    rows[header] = _months_apart(rows[header])
    months = [c for c in rows[header] if is_month_label(c.text)]
    reach = max(b.start - a.start for a, b in itertools.pairwise(months))  # a mark stands nearer its month than this
    out = rows[:header + 1]
    marked = False
    for cells in rows[header + 1:]:
        row, taken = cells[:1], -1  # the label, and the last month a mark of the row took
        for cell in cells[1:]:
            bar = None if _is_mark(cell.text) else _BAR_RE.match(cell.text)
            if bar is None and not _is_mark(cell.text):
                if any(cell.start < m.end and m.start < cell.end for m in months):
                    return None  # words over the months: no schedule's
                row.append(cell)
                continue
            covered = [] if bar is None else [j for j, m in enumerate(months)
                                              if j > taken and cell.start < m.end and m.start < cell.end]
            if not covered:  # a mark, or a bar under no month's label: the month it stands nearest
                options = [(abs(cell.centre - m.centre), j) for j, m in enumerate(months) if j > taken]
                if not options or (nearest := min(options))[0] > reach:
                    return None
                covered = [nearest[1]]
            mark = cell.text if bar is None else bar.group(1)
            row += [Cell(months[j].start, months[j].end, mark) for j in covered]
            taken, marked = covered[-1], True
        out.append(row)
    return out if marked else None


def _schedule_measured(rows: list[list[Cell] | None]) -> list[list[Cell]] | None:
    """A schedule's rows (`_schedule`) as they are measured, or measured in their letters' widths as PyMuPDF's
    sorted text sets them (`_in_letter_widths`), each mark placed whole months on from the one before it
    (`_marks_in_whole_months`), where they read as none so or its marks stand whole months apart more nearly so
    (`_reads_in_letter_widths`)."""
    marked = _schedule(rows)
    printed = [cells for cells in rows if cells]
    if (header := _month_row(printed)) is None:
        return marked
    placed = _marks_in_whole_months(_rows_in_letter_widths(printed, header), header)
    if placed is not None and (marked is None or _reads_in_letter_widths(printed, printed)):
        return _schedule(placed) or marked
    return marked


# how far PyMuPDF's sorted text may set a mark off where its gap puts it, in display columns: it rounds the gap to
# whole blanks, a syllable wide before a mark (two columns)
_GAP_ROUNDED = 1
# how much more unevenly a header's grades may stand off their figures measured in letters' widths than otherwise
# and be read so: each gap's blanks rounded, a line measured in letters' widths stands a little unevenly
_ABOUT_AS_EVEN = 1.25
# how much more evenly a header's grades must stand off their figures measured in letters' widths to be read so
# where as many stand over figures of their own otherwise (a few grades, each far right off its figure in display
# columns by more than one far left, but nearer it than the next). Only a line of grades alone (`_grades_alone`):
# the last words of labels wrapped under a header stand over no figure, as many over their own either way
_CLEARLY_MORE_EVEN = 0.7
# how much nearer whole months apart a schedule's marks must stand in letters' widths than measured otherwise to be
# read so: a schedule typed in characters stands them so in both (`1월  2월` and marks four characters apart)
_CLEARLY_NEARER = 0.05


def _reads_in_letter_widths(rows: list[list[Cell]], other: list[list[Cell]]) -> bool:
    """Whether a schedule's marks, side by side in a row, stand whole months apart more nearly measured in their
    letters' widths (`_in_letter_widths`) than as `other` measures them (in display columns or in characters), each
    measure's months as wide as fits its marks best (`_month_pitch`)."""
    header = _month_row(rows)
    measured = _rows_in_letter_widths(rows, header)
    return _month_pitch(measured, header)[1] + _CLEARLY_NEARER < _month_pitch(other, header)[1]


def _month_pitch(rows: list[list[Cell]], header: int) -> tuple[float, float]:
    """How wide a schedule's months are, and how far its marks side by side in a row stand off whole months apart,
    on average, in months (1 where no row prints two). Its month labels' pitch may be off by a blank a month, as
    PyMuPDF's sorted text rounds each gap (`1월  2월`: 2.3 blanks of their letters printed two): of widths from
    0.8 to 1.25 of it, the one that sets each mark (`●`) whole months after the one before it (its row's first
    after the first month's label) within a gap's rounding, no mark past the last month, nearest the labels'."""
    months = [cell for cell in _months_apart(rows[header]) if is_month_label(cell.text)]
    first, labels = months[0].centre, (months[-1].centre - months[0].centre) / (len(months) - 1)
    marks = [[cell.centre for cell in cells[1:] if _is_mark(cell.text)] for cells in rows[header + 1:]]

    def mark_off(pitch: float, before: float, at: float, least: int, rounded: float) -> float:
        """How far a mark (at) stands off whole months (`least` at least) after `before`, past a gap's rounding."""
        steps = max(least, round((at - before) / pitch))
        return max(0.0, abs(at - before - steps * pitch) - rounded) / pitch

    def apart(pitch: float, since_first: bool) -> list[float]:
        return [mark_off(pitch, before, at, int(k > 0), _GAP_ROUNDED if since_first else 0) for row in marks
                for k, (before, at) in enumerate(zip([first, *row], row, strict=False)) if since_first or k > 0]

    def misfit(pitch: float) -> float:  # a mark past the last month costs as much as a mark a month off
        past = sum(at > first + (len(months) - 0.5) * pitch for row in marks for at in row)
        return sum(apart(pitch, True)) + past + 2 * abs(pitch / labels - 1)

    pitch = min((labels * (80 + k) / 100 for k in range(46)), key=misfit)
    off = apart(pitch, False)
    return pitch, sum(off) / len(off) if off else 1.0


def _marks_in_whole_months(rows: list[list[Cell]], header: int) -> list[list[Cell]] | None:
    """A schedule's rows measured in letters' widths (`_in_letter_widths`), its month labels set its months' width
    apart (`_month_pitch`) and each mark whole months on from the one before it in its row (its row's first from
    the first month), at least one: PyMuPDF's sorted text rounds each gap before a mark, so marks far right drift off
    their months, but not the months between two marks. None where a mark falls past the last month. The labels
    right of the months (`비 고`) keep their place beside the last month, and a row's words right of its marks
    (`외부기관`) are each set under the one nearest them: each blank before such words is as wide as their letters'
    average, digits' too (`600가구`), so a long gap puts them off by as much as a narrow letter's width is."""
    pitch, _ = _month_pitch(rows, header)
    labels = _months_apart(rows[header])
    first = next(cell for cell in labels if is_month_label(cell.text)).centre
    months, placed, shift = 0, [], 0.0
    for cell in labels:
        if is_month_label(cell.text):
            placed.append(_centred_at(first + months * pitch, cell))
            shift = placed[-1].centre - cell.centre
            months += 1
        else:
            placed.append(_centred_at(cell.centre + shift, cell) if months else cell)
    last = first + (months - 1) * pitch
    past_months = [cell.centre for cell in placed if cell.centre > last]
    out = [*rows[:header], placed]
    for cells in rows[header + 1:]:
        row, month, before = cells[:1], -1, first
        for cell in cells[1:]:
            if _is_mark(cell.text):
                steps = round((cell.centre - before) / pitch)
                month = steps if month < 0 else month + max(1, steps)
                if not 0 <= month < months:
                    return None
                before, cell = cell.centre, _centred_at(first + month * pitch, cell)
            elif month >= 0 and past_months and cell.centre > last:
                cell = _centred_at(min(past_months, key=lambda centre: abs(centre - cell.centre)), cell)
            row.append(cell)
        out.append(row)
    return out


def _centred_at(middle: float, cell: Cell) -> Cell:
    half = (cell.end - cell.start) / 2
    return Cell(round(middle - half), round(middle + half), cell.text)


def _in_letter_widths(cells: list[Cell]) -> list[Cell]:
    """A line's cells measured in their letters' widths, a syllable or a mark two columns (`●`, drawn as wide as a
    syllable), another letter `_NARROW_LETTER`, as PyMuPDF's sorted text sets a line: each letter a character
    however wide it is drawn, and the blanks before a word as many as its own letters' average width fills, so a
    mark's blank is a syllable wide and a month label's (`1월`) narrower: in characters the marks under months
    drift off them, more the further right (`청렴 교육       ●  ●  ●  ●` under `1월  2월  3월  4월  5월`, its
    marks under 2월 to 5월). Each gap is measured as its word's letters are; a blank within a cell is a blank's
    own width (`_WORD_SPACE`), as PyMuPDF prints one for a gap narrower than a letter and a half; month labels one
    blank apart (`9월 10월 11월`) are each a word of its own (`_months_apart`)."""
    out, column, end = [], 0.0, 0
    for cell in _months_apart(cells):
        start = None
        for word in cell.text.split(" "):
            width = _letters_width(word, _NARROW_LETTER)
            column += (cell.start - end) * width / len(word) if start is None else _WORD_SPACE
            start = column if start is None else start
            column += width
        out.append(Cell(round(start), round(column), cell.text))
        end = cell.end
    return out


def _rows_in_letter_widths(rows: list[list[Cell]], header: int) -> list[list[Cell]]:
    """A schedule's rows (or a table's) measured in their letters' widths (`_in_letter_widths`), a row below the
    month labels (the header's last line) opening with narrow letters (`AI 안부 전화 운영`, `1차 현장 점검`) set
    where the rows opening with a syllable all start, where its blanks may measure so: PyMuPDF counts the blanks
    before a line's first word in that word's letters' average width, and a narrow letter is drawn from a quarter of
    a syllable (`I`) to a whole one (`W`), so its row stands off the others by as much as its label's indent is wide
    (`AI` after 38 blanks, `대상 가구 선정` after 22, both at one edge), and a schedule's row labels stand lined up in
    its first column."""
    measured = [_in_letter_widths(cells) for cells in rows]
    body = list(zip(rows[header + 1:], measured[header + 1:], strict=True))
    starts = {cells[0].start for printed, cells in body if _is_syllable(printed[0].text[0])}
    if len(starts) != 1:
        return measured
    (start,) = starts
    lined_up = []
    for printed, cells in body:
        if not _is_syllable(printed[0].text[0]) and _indent_may_be(printed[0], start):
            shift = start - cells[0].start
            cells = [Cell(cell.start + shift, cell.end + shift, cell.text) for cell in cells]
        lined_up.append(cells)
    return [*measured[:header + 1], *lined_up]


def _labels_over_own_figures(labels: list[Cell], row: list[Cell]) -> int:
    """How many labels stand over a figure of the row that stands nearer them than any other label: each grade over
    its own column (`5급   6급   7급` over `1   5   8`), not two over one figure and none over the next."""
    figures = [cell.centre for cell in row if _is_figure(cell.text)]
    if not figures:
        return 0
    centres = [label.centre for label in labels]
    return sum(_nearest_centre(centres, figures[_nearest_centre(figures, centre)]) == k
               for k, centre in enumerate(centres))


def _nearest_centre(centres: list[float], centre: float) -> int:
    """Which of the centres, left to right as a line's cells stand, is nearest the centre, the left one of two as
    near: a search, not a look at each (a header's grades over a row's figures, each nearest the other)."""
    k = bisect.bisect_left(centres, centre)
    return k - 1 if k == len(centres) or k and centre - centres[k - 1] <= centres[k] - centre else k


def _grades_alone(line: list[Cell]) -> bool:
    """Whether a header's line is grades alone (`5급    6급  7급  8·9급    6급`), not the last words of labels
    wrapped under it (`)` under `집행률(%`)."""
    return all(is_grade(cell.text) for cell in line)


def _offsets_spread(labels: list[Cell], row: list[Cell]) -> float:
    """How unevenly the labels stand off the figures of the row under them, each over the next of a run of as many
    figures, the run taken where they stand most evenly: the spread of their offsets in the figures' pitch (`5급  6급
    7급` each a column right of `1   5   8`: 0, as a table's grades over their figures stand alike however each
    is aligned in its cell); none where the row prints fewer figures."""
    figures = [cell for cell in row if _is_figure(cell.text)]
    if len(labels) < 2 or len(figures) < len(labels):
        return math.inf
    pitch = (figures[-1].centre - figures[0].centre) / (len(figures) - 1)
    return min(max(offsets) - min(offsets) for offsets in (
        [label.centre - figure.centre for label, figure in zip(labels, figures[start:], strict=False)]
        for start in range(len(figures) - len(labels) + 1))) / pitch


def _indent_may_be(first: Cell, start: float) -> bool:
    """Whether a line's first cell, printed after as many blanks as its first word's letters' average width fills
    (PyMuPDF's sorted text), may start at `start` display columns measured in letters' widths (`_in_letter_widths`;
    a syllable's blank two): its narrow letters drawn as narrow or as wide as they may be (`_NARROW_LETTERS`), past
    a gap's rounding (`5급` after 51 blanks from 64 to 102 columns: where `계` after 41 stands, 82)."""
    word = first.text.split(" ")[0]
    blanks = first.start / len(word)
    least, most = (blanks * _letters_width(word, narrow) for narrow in _NARROW_LETTERS)
    return least - _GAP_ROUNDED <= start <= most + _GAP_ROUNDED


def _letters_width(word: str, narrow: float) -> float:
    """A word's width in display columns, a syllable or a mark two, another letter `narrow` (`AI`: 2 narrow)."""
    return sum(narrow if display_width(char) == 1 and not _is_wide_mark(char) else 2 for char in word)


def _is_wide_mark(char: str) -> bool:
    """Whether a character is a mark a Korean font draws as wide as a syllable (`●`, `○`, `■`), not a letter."""
    return not char.isascii() and char in _SCHEDULE_MARKS


def _marks_under_months(above: list[list[Cell]], below: list[Cell]) -> bool:
    """Whether a row goes on a schedule whose month labels the rows above print (`_month_row`): a label, then
    marks (`부패위험 진단  ●    ○    ○`), however they stand under the months (PyMuPDF's sorted text sets its marks
    off them, `_in_letter_widths`), as the rows of a tall schedule stand a blank line apart."""
    return (len(below) >= 2 and not is_schedule_mark(below[0].text) and is_schedule_mark(below[1].text)
            and _month_row(above) is not None)


def _marks_over_months(rows: list[list[Cell]]) -> tuple[int, int]:
    """How many marks and bars of a schedule's rows (`_month_row` finds its month labels) stand over a month label, in
    part at least; then, less is better, how many ends of bars stand within a month's label, the label cut (a bar
    drawn over whole months starts and ends between their labels: `pdftotext -layout` prints each glyph a column
    at its place, so a line's wide letters before a bar, `착수 및 설계`, push it left of its months in display
    columns, its first month's label cut, its last month's not reached)."""
    months = [c for c in _months_apart(rows[_month_row(rows) or 0]) if is_month_label(c.text)]
    marks = [cell for cells in rows for cell in cells[1:] if is_schedule_mark(cell.text)]
    cut = sum(month.start < end < month.end for cell in marks if len(cell.text) > 1 for end in (cell.start, cell.end)
              for month in months)
    return sum(any(cell.start < month.end and month.start < cell.end for month in months) for cell in marks), -cut


def _month_row(rows: list[list[Cell]]) -> int | None:
    """The row of a schedule's month labels (three or more), or None where a row with a mark or a figure comes
    first (or none is found): a table of figures is looked at no further than its header. A row's cells are asked
    one by one only where their text together holds a month label's word (most header rows hold neither)."""
    for k, cells in enumerate(rows):
        texts = [c.text for c in cells]
        together = "".join(texts)
        if ("월" in together or "분기" in together) and sum(
                is_month_label(c.text) for c in _months_apart(cells)) >= 3:
            return k
        if not _SCHEDULE_MARKS.isdisjoint(texts) or _has_figure(cells):  # a mark is one character of them
            return None
    return None


def _months_apart(cells: list[Cell]) -> list[Cell]:
    """The cells with month labels printed one space apart each a cell of its own (`9월 10월 11월 12월`, as
    `pdftotext -layout` sets the labels of narrow month columns): a cell of nothing else is split at its spaces,
    each label measured as the cell is, in display columns or in characters (`_in_characters`)."""
    out = []
    for cell in cells:
        words = cell.text.split(" ")
        if len(words) < 2 or not all(map(is_month_label, words)):
            out.append(cell)
            continue
        width = display_width if cell.end - cell.start == display_width(cell.text) else len
        start = cell.start
        for word in words:
            out.append(Cell(start, start + width(word), word))
            start = out[-1].end + 1
    return out


def is_month_label(text: str) -> bool:
    """Whether a cell is a schedule's month label (`3월`, `1/4분기`); the pattern is only tried on a cell that holds
    the word it needs (most cells hold neither)."""
    return ("월" in text or "분기" in text) and _MONTH_LABEL_RE.match(text) is not None


def _is_mark(text: str) -> bool:
    return len(text) == 1 and text in _SCHEDULE_MARKS


def is_schedule_mark(text: str) -> bool:
    """Whether a cell marks a schedule's month: a mark (`●`, `V`) or a bar (`━━`, `◀━━━▶`), as a table of any
    layout prints it in each month it covers."""
    return _is_mark(text) or _BAR_RE.match(text) is not None


def _has_blank_columns(rows: list[list[Cell]]) -> bool:
    """Whether rows of words are a table: two rows or more have the most cells, the gaps between their
    cells overlap by three columns or more all the way down, and no cell of the other rows crosses one, or
    leaves less than three of it blank (a cell of the column on its left may reach into it: a row's long `내용`
    beside a blank `비고`), but a row's last cell, beside its first, may stand over the blank cell right of it up
    to that column's end, as a merged cell centres it (`계  45억원  52억 5,000만원  7억 5,000만원` over 증감 and
    a blank 비고). Lines of a justified paragraph may hold double spaces, but not a blank column three wide."""
    width = max(map(len, rows))
    fullest = [r for r in rows if len(r) == width]
    if len(fullest) < _MIN_ROWS:
        return _headed_over_blank_columns(rows)
    gaps = [(max(r[j].end for r in fullest), min(r[j + 1].start for r in fullest)) for j in range(width - 1)]
    if any(end - start < MIN_WORD_GAP for start, end in gaps):
        return False
    next_ends = [min(r[j + 1].end for r in fullest) for j in range(width - 1)]
    return not any(cell.start < end and start < cell.end and (start <= cell.start or end - cell.end < MIN_WORD_GAP)
                   and not (cell is row[-1] and len(row) > 1 and cell.end <= next_end)
                   for row in rows if len(row) < width for cell in row
                   for (start, end), next_end in zip(gaps, next_ends, strict=True))


def _columns_set_off_alike(rows: list[list[Cell]]) -> bool:
    """Whether rows of words are a table whose columns PyMuPDF's sorted text sets off by two blanks alone (its
    words narrowed by their letters: `청소행정팀  청소행정 총괄, 대행업체 관리` under `팀 명         주 요 업 무`):
    a header line of short labels, no digit in them (`’24. 7월  1차 설치공사` heads no rows), at least three blanks
    apart over two rows or more, every line printing as many cells as the header, and no cell of a column reaching
    into any of the next (`예산팀    예산 편성` beside `재정분석팀  재정공시`: the narrowed first cells end where the
    next column starts). A justified paragraph's double spaces line up so down no three lines."""
    header, body = rows[0], rows[1:]
    width = len(header)
    if width < 2 or len(body) < _MIN_ROWS or any(len(row) != width for row in body):
        return False
    if any(char.isdigit() for cell in header for char in cell.text) or any(
            right.start - left.end < MIN_WORD_GAP or display_width(left.text) > _MAX_WRAPPED_LABEL // 2
            for left, right in itertools.pairwise(header)):
        return False
    return all(max(row[j].end for row in rows) <= min(row[j + 1].start for row in rows) for j in range(width - 1))


def _headed_over_blank_columns(rows: list[list[Cell]]) -> bool:
    """Whether rows of words are a table under a header line whose last labels head columns blank all the way down
    (`출연기관  출연금  비고` over `계  3억원` and rows printing no 비고): the first line alone has the most cells, its
    labels beyond the others' width stand right of every cell below, and with those set aside the lines have
    blank columns (`_has_blank_columns`). Without it the header was no row of the table, and read as a paragraph
    (joined to the caption above it)."""
    header, below = rows[0], [row for row in rows[1:] if row]
    width = max(map(len, below), default=0)
    return (len(below) >= _MIN_ROWS and 1 < width < len(header)
            and header[width].start >= max(cell.end for row in below for cell in row) + MIN_WORD_GAP
            and _has_blank_columns([header[:width], *below]))


def _printed_left(text: str) -> bool:
    """A dash alone (none), or a figure led by the wide mark of a negative (`△1`, `▲1,000`: a glyph a PDF's font
    draws wider than a figure, so that `pdftotext -layout` prints it a few characters left of the figures above
    it), or that mark alone (`△`, a nil change, set at its cell's left): printed left of (or centred over) its
    column's right-aligned figures, never right of them."""
    return text == "-" or text[:1] in "△▲" and (len(text) == 1 or _is_figure(text))


_RULE_RUN_RE = patterns.compile(r"[─━═]{2,}")  # a rule typed in a header: a merged label's underline
_RULE_CHARS = frozenset("─━═")  # what a typed rule is drawn with
_RULE_LINE_RE = patterns.compile(r"^[─━═]{2,}(?: +[─━═]{2,})*$")  # a line of typed rules alone (stripped)


def _rules_dropped(header: list[list[Cell]], starts: list[int]) -> tuple[list[list[Cell]], list[int]]:
    """A header's lines without the rules typed in them (`─────` under a merged `일 반 직`, on a line of its own or
    beside `구 분  계`; `━━ 일 반 직 ━━`), each with the line it starts on: a rule marks a merged label's span, it is
    no label (before, the grades under it were its class: `─────` 5급). A line left with no cell is dropped."""
    if not any(_RULE_RUN_RE.search(cell.text) for cells in header for cell in cells
               if not _RULE_CHARS.isdisjoint(cell.text)):
        return header, starts
    kept, kept_starts = [], []
    for cells, start in zip(header, starts, strict=True):
        cells = [_without_rules(cell) for cell in cells]
        cells = [cell for cell in cells if cell.text]
        if cells:
            kept.append(cells)
            kept_starts.append(start)
    return kept, kept_starts


def _without_rules(cell: Cell) -> Cell:
    """A header cell without its rules (`━━ 일 반 직 ━━`: `일 반 직`, where it now stands), blank where it is one."""
    if _RULE_CHARS.isdisjoint(cell.text):
        return cell
    parts = _RULE_RUN_RE.split(cell.text)
    text = " ".join(part.strip() for part in parts if part.strip())
    if not text:
        return Cell(cell.start, cell.end, "")
    left = display_width(cell.text[:cell.text.index(text[0])])
    return Cell(cell.start + left, cell.start + left + display_width(text), text)


# a row label a single space before its first figure (`국가예방접종 18,240`): the label, then the figure
_LABEL_THEN_FIGURE_RE = patterns.compile(rf"^(.*[^\d\s,.]) ({SIGN}?\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)$")


def _labels_apart_from_figures(body: list[list[Cell]]) -> list[list[Cell]]:
    """The body's rows with a label run into its first figure by one space (`국가예방접종 18,240`, as
    `pdftotext -layout` prints a label too long for its column) parted into the two cells, where the row is one
    cell short of the table's fullest rows and, parted, lines up with the first of them cell by cell (the label
    over their labels, the figure over their first figures: right-aligned, it ends where they do). Before, the
    label kept the figure and its column was blank (a 계 read as missing)."""
    width = max(map(len, body))
    if width < 3:
        return body
    first = next(row for row in body if len(row) == width)
    out = []
    for row in body:
        label = row[0]
        if (len(row) == width - 1 and label.text[-1:].isdigit() and " " in label.text
                and (match := _LABEL_THEN_FIGURE_RE.match(label.text)) is not None):
            figure = match.group(2)
            parted = [Cell(label.start, label.end - len(figure) - 1, match.group(1)),
                      Cell(label.end - len(figure), label.end, figure), *row[1:]]
            if not _is_figure(first[0].text) and all(
                    (c.end > f.start and f.end > c.start) or (k > 1 and _is_figure(f.text) and _is_figure(c.text))
                    for k, (c, f) in enumerate(zip(parted, first, strict=True))):
                row = parted
        out.append(row)
    return out


def _is_lone_sign(text: str) -> bool:
    return len(text) == 1 and text in "△▲"


def _prints_lone_sign(text: str) -> bool:
    """Whether a line prints a `△`/`▲` apart from what is beside it (`△    2`, `1 △`), which `_signs_with_figures`
    joins to its figure: most signs stand at their figures (`△2`), and most lines print none."""
    return ("△" in text or "▲" in text) and any(map(_is_lone_sign, text.split()))


def _signs_apart(cells: list[Cell]) -> list[Cell]:
    """A row's cells with each lone `△`/`▲` that a single space joins to the figure or dash before it (`- △`,
    `1 △`, as `pdftotext -layout` prints a sign set at its cell's left a space after the cell before) a cell of its
    own; a sign before its figure stays with it (`△ 1`, as printed)."""
    out = []
    for cell in cells:
        tokens = cell.text.split(" ")
        if (len(tokens) < 2 or not any(map(_is_lone_sign, tokens)) or display_width(cell.text) != len(cell.text)
                or not all(_is_lone_sign(t) or _is_figure(t) for t in tokens)):
            out.append(cell)
            continue
        offset, k = cell.start, 0
        while k < len(tokens):
            text = tokens[k]
            if _is_lone_sign(text) and k + 1 < len(tokens) and tokens[k + 1][:1].isdigit():
                text, k = f"{text} {tokens[k + 1]}", k + 1  # `△ 1`: the sign and its figure
            out.append(Cell(offset, offset + len(text), text))
            offset, k = offset + len(text) + 1, k + 1
    return out


def _signs_with_figures(body: list[list[Cell]]) -> list[list[Cell]]:
    """The body's rows with each lone `△`/`▲` (a sign `pdftotext -layout` sets apart from its figure, left of its
    column, as a PDF prints a sign at its cell's left: `△    2`) joined to the unsigned figure after it, as `△2`
    printed where the figure is, unless the sign has a column of its own (a nil change, `△`, beside a `1`): under
    or left of a column before the figure's that no cell of its row before it takes. The columns are the other rows'
    (those printing no lone sign); with none, the rows are left as printed."""
    body = [_signs_apart(row) for row in body]
    signed = [any(_is_lone_sign(cell.text) for cell in row) for row in body]
    others = [row for row, lone in zip(body, signed, strict=True) if not lone]
    if not others or not any(signed):
        return body
    columns = _columns(_template(others), others)
    column_of = _column_finder(columns)
    out = []
    for row, lone in zip(body, signed, strict=True):
        if not lone:
            out.append(row)
            continue
        joined, taken = [], -1  # the column of the last cell kept
        k = 0
        while k < len(row):
            cell = row[k]
            after = row[k + 1] if k + 1 < len(row) else None
            if _is_lone_sign(cell.text) and after is not None and after.text[:1].isdigit() and _is_figure(after.text):
                column = column_of(cell)
                if column <= taken or column == column_of(after):  # no column of its own: the figure's sign
                    joined.append(Cell(after.start - 1, after.end, cell.text + after.text))
                    taken, k = column_of(after), k + 2
                    continue
            joined.append(cell)
            taken, k = column_of(cell), k + 1
        out.append(joined)
    return out


def _between_columns(columns: list[tuple[int, int]], cell: Cell, starts: list[int]) -> int | None:
    """The column right of a cell that lies in the gap between two columns (in order, `starts` theirs), else None."""
    right = bisect.bisect_left(starts, cell.end)
    return right if 0 < right < len(columns) and columns[right - 1][1] <= cell.start else None


def _columns(template_rows: list[list[Cell]], body: list[list[Cell]]) -> list[tuple[int, int]]:
    """Column intervals from the template rows (`_template`), plus any body cell that overlaps none of them
    (a merged row label printed only on the first row of its group), but a dash alone, and a `△1` between two
    columns: printed left of (or centred over) its column's right-aligned figures (`_printed_left`), it is that
    column's (`_column_finder`), no column of its own."""
    columns = [(min([c.start for c in cells]), max([c.end for c in cells]))
               for cells in zip(*template_rows, strict=True)]  # the rows are as wide
    templates = set(map(id, template_rows))
    figure_columns = next((n for n, cell in enumerate(reversed(template_rows[0])) if not _is_figure(cell.text)),
                          len(template_rows[0]))
    made = list(columns)  # the template's own: a row's figures standing off them are set off whole
    for row in body:
        if id(row) in templates:
            continue  # each of its cells lies in the column it helped make
        # a row printing a figure for each column of figures, any of which stands under none of the template's
        # columns, is set off whole, as PyMuPDF's sorted text may print a row (`3,210,000  1,020,000  31.8` right of
        # every row's, its `총 계` on a line of its own; `소 계  9  2  3  4` left of `한빛1동  구립  6  2  1  3`, each
        # row set by its own letters; a survey's `86` right of the one column of figures, `4` under `조사원(명)`):
        # its figures make no columns, they are those columns' (`_placed_figures_apart`)
        figures = [cell for cell in row if _is_figure(cell.text)]
        set_off = figure_columns > 0 and len(figures) == figure_columns and not all(
            _overlaps_any(cell, made) for cell in figures)
        for cell in row:
            if set_off and _is_figure(cell.text):
                continue
            if cell.text == "-" or _overlaps_any(cell, columns):
                continue
            if _printed_left(cell.text) and _between_columns(ordered := sorted(columns), cell,
                                                             [start for start, _ in ordered]) is not None:
                continue
            # a figure right against a column, or a blank past its end (`△1`, which a PDF's font draws a column
            # wider than it is shown, beside the right-aligned `9` of a row that made the column; a `0` under the
            # `△150,000` of the one row printing every column), widens it, and so does a `계` row's figure ending a
            # character or two off a column's end (`_ends_alike`); any other cell is a column
            total = is_total(row[0].text)
            touching = next((j for j, (start, end) in enumerate(columns) if _is_figure(cell.text) and (
                cell.end >= start and end + 1 >= cell.start or total and _ends_alike(end, cell.end, shifted=True))),
                None)
            if touching is None:
                columns.append((cell.start, cell.end))
            else:
                columns[touching] = (min(columns[touching][0], cell.start), max(columns[touching][1], cell.end))
    return sorted(columns)


def _overlaps_any(cell: Cell, columns: list[tuple[int, int]]) -> bool:
    """Whether the cell stands under any of the columns, a display column of them at least."""
    return any(cell.end > start and end > cell.start for start, end in columns)


def _nearest(cell: Cell, columns: list[tuple[int, int]]) -> int:
    """The column the cell overlaps most; between equals, the one whose centre is nearest."""
    best, best_overlap, best_distance = 0, None, 0
    cell_start, cell_end = cell.start, cell.end
    centre2 = cell_start + cell_end  # twice the centre: the distances compare the same, in integers
    for j, (start, end) in enumerate(columns):
        overlap = (cell_end if cell_end < end else end) - (cell_start if cell_start > start else start)
        if best_overlap is None or overlap >= best_overlap:
            distance = abs(centre2 - start - end)
            if best_overlap is None or overlap > best_overlap or distance < best_distance:
                best, best_overlap, best_distance = j, overlap, distance
    return best


def _labels_key(cells: list[Cell]) -> str:
    """A row's labels with their spaces dropped, to tell a header printed again (`동 별` as `동  별`)."""
    return "".join(cell.text for cell in cells).replace(" ", "")


def _column_finder(columns: list[tuple[int, int]]) -> Callable[[Cell], int]:
    """`_nearest` for many cells: when the columns stand apart, the column holding the whole cell is the
    one it overlaps most (no other column reaches it), found by bisection; otherwise each is compared. A dash
    alone or a `△1` between two columns is the right one's: a column's figures are right-aligned, and a dash for
    none is printed left of them (left-aligned, or centred in its cell), a `△1` left of them where its font draws
    `△` wider (`_printed_left`), but never right of them."""
    starts = [start for start, _ in columns]
    apart = all(left[1] <= right[0] for left, right in itertools.pairwise(columns))

    def column_of(cell: Cell) -> int:
        # a cell printed left of its column starts so (`_printed_left`): most cells are told by that test alone
        if cell.text[:1] in "-△▲" and _printed_left(cell.text) and (
                right := _between_columns(columns, cell, starts)) is not None:
            return right
        if apart:
            j = bisect.bisect_right(starts, cell.start) - 1
            if j >= 0 and columns[j][1] >= cell.end:
                return j
        return _nearest(cell, columns)

    return column_of


def _label_column_finder(columns: list[tuple[int, int]], template: list[list[Cell]], header: list[list[Cell]],
                         column_of: Callable[[Cell], int]) -> Callable[[Cell], int]:
    """`column_of` for header labels. A label over no column, apart from a column of figures on its left as two
    cells are (two blanks or more), heads the column on its right where another label of the header stands over
    those figures: figures are right-aligned, so their cell ends where they end and the label starts the next one.
    Left-aligned (or centred) in a column that a wider group label widened, it stands over none of that column's
    figures and may be nearer those of the column before. Where no other label stands over the figures on its
    left, they are its own: labels centred in wide cells over left-aligned figures (HWP's full-width tables laid
    out as text) each stand right of their column's figures. Right against the figures (`승용` centred over a
    narrow column, its figure drawn short of the cell's edge) it is theirs. Whether a column holds figures alone
    under a label of its own, its template and header cells tell (looked at only for such a label). Each label is
    placed once: a header's labels are asked of again and again (each line's spans, the lines below them, the labels
    in turn), by cell as printed."""
    starts = [start for start, _ in columns]
    reach = list(itertools.accumulate((end for _, end in columns), max))  # the furthest end of each column's left
    labels_over_figures: dict[int, list[Cell]] = {}  # a column of figures alone: the header's labels over them
    placed: dict[tuple[int, int, str], int] = {}  # each label's column, by where it stands and what it prints

    def label_column_of(cell: Cell) -> int:
        key = (cell.start, cell.end, cell.text)
        if (j := placed.get(key)) is None:
            j = placed[key] = _label_column(cell)
        return j

    def _label_column(cell: Cell) -> int:
        right = bisect.bisect_left(starts, cell.end)  # the first column starting right of the label
        if 0 < right < len(columns) and reach[right - 1] + _CELL_GAP <= cell.start:  # apart from those left
            left_start, left_end = columns[right - 1]
            if right - 1 not in labels_over_figures:
                cells = [c for row in template for c in row if c.start < left_end and left_start < c.end]
                figures_alone = bool(cells) and all(_is_figure(c.text) for c in cells)
                labels_over_figures[right - 1] = [c for row in header for c in row
                                                  if figures_alone and c.start < left_end and left_start < c.end
                                                  and not _over_the_column_before(c, columns, right - 1)]
            # a group label over both (`관리운영직` over its one grade, centred over left-aligned figures) heads
            # neither apart; one over the column before too (`사회복지` over its grades, by characters set into
            # the first figures of `관리운영직`'s) is no label of those figures
            if any(c.end <= cell.start or cell.end <= c.start for c in labels_over_figures[right - 1]):
                return right
        return column_of(cell)

    return label_column_of


def _over_the_column_before(label: Cell, columns: list[tuple[int, int]], j: int) -> bool:
    """Whether a header label over column j stands over the column before it too."""
    return j > 0 and label.start < columns[j - 1][1] and columns[j - 1][0] < label.end


def _placed_row(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int]) -> tuple[str, ...]:
    out = [""] * len(columns)
    for cell in cells:
        j = column_of(cell)
        out[j] = f"{out[j]} {cell.text}".strip()
    return tuple(out)


def _placed_figures_apart(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int],
                          figure_columns: range, label_column_at: dict[int, int]) -> tuple[str, ...]:
    """A row as it stands under the columns; but where it prints a figure for each of the table's columns of
    figures (`figure_columns`, one at least), and as it stands a figure would share a cell or stand under a
    column of labels or notes (`36,402 168`, `소 계 6,210,000` under `단위사업명  세부사업명`, `1,650  18` with
    `18` under `비 고`, `6. 1. ~ 7. 31.  86` both under `조사원(명)`: PyMuPDF's sorted text sets a row off by its own
    widths), its figures one a column of those, in order, its labels (starting left of them: a `계` set over the
    first column may reach past its figure) placed among the columns before them, in the
    column most labels starting where one starts stand in (`소 계` where `의원 월정수당` starts below it), else in
    the nearest, one a column in the order they start (`_in_turn`); its notes after them among the columns after,
    the nearest."""
    placed = [column_of(cell) for cell in cells]
    figures = [cell for cell in cells if _is_figure(cell.text)]
    off = len(set(placed)) < len(placed) or any(j not in figure_columns for cell, j in zip(cells, placed, strict=True)
                                                 if _is_figure(cell.text))
    if not (off and len(figures) == len(figure_columns) > 0):
        return _placed_row(cells, columns, column_of)
    first, after = figure_columns.start, figure_columns.stop
    labels = [cell for cell in cells if not _is_figure(cell.text) and cell.start < figures[0].start]
    notes = [cell for cell in cells if not _is_figure(cell.text) and cell.start >= figures[-1].end]
    if len(labels) + len(notes) + len(figures) < len(cells) or notes and after == len(columns):
        return _placed_row(cells, columns, column_of)  # a label between its figures: not set off whole
    nearest = _column_finder(columns[:first]) if first else None

    def label_column(cell: Cell) -> int:
        j = label_column_at.get(cell.start, first)
        return j if j < first else nearest(cell)

    before = _placed_row(labels, columns[:first], _in_turn(labels, first, label_column)) if first else ()
    beyond = _placed_row(notes, columns[after:], _column_finder(columns[after:])) if after < len(columns) else ()
    return (*before, *(cell.text for cell in figures), *beyond)


def _in_turn(cells: list[Cell], count: int, column_of: Callable[[Cell], int]) -> Callable[[Cell], int]:
    """`column_of` for the labels of a row set off whole, `count` columns theirs: each in its column, but right of
    the label starting before it and left of as many columns as labels start after it, where they are no more than
    the columns and stand side by side (`사업체조사  상반기` both under `조 사 명`, the row set by its own letters:
    `상반기` in the next column; a group label on a line of its own below the row, `만성질환 관리`, starts left of
    the row's). Labels one over another share their column as they stand (`주 차` over `문화과`, a name wrapped)."""
    cells = sorted(cells, key=lambda cell: cell.start)
    if len(cells) > count or any(left.end > right.start for left, right in itertools.pairwise(cells)):
        return column_of
    placed: list[int] = []
    for cell in cells:
        placed.append(max(column_of(cell), placed[-1] + 1 if placed else 0))
    for n in range(len(cells) - 1, -1, -1):
        placed[n] = min(placed[n], placed[n + 1] - 1 if n + 1 < len(cells) else count - 1)
    at = {id(cell): j for cell, j in zip(cells, placed, strict=True)}
    return lambda cell: at[id(cell)]


def _label_columns_by_start(rows: list[list[Cell]], column_of: Callable[[Cell], int]) -> dict[int, int]:
    """For each column a label starts at, the column most labels starting there stand in (none where two tie)."""
    votes = collections.Counter((cell.start, column_of(cell)) for row in rows for cell in row
                                if not _is_figure(cell.text))
    best: dict[int, tuple[int, int]] = {}
    tied: set[int] = set()
    for (start, j), n in votes.items():
        if start not in best or n > best[start][1]:
            best[start] = (j, n)
            tied.discard(start)
        elif n == best[start][1]:
            tied.add(start)
    return {start: j for start, (j, _) in best.items() if start not in tied}


def _figures_run_together(placed: tuple[str, ...]) -> bool:
    """Whether a placed row holds two figures in one cell."""
    return any(len(text.split()) > 1 and all(map(_is_figure, text.split())) for text in placed)


def _figure_columns(row: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int]) -> range:
    """The columns a row that made them holds its last figures in, one a column, the cells after them (notes)
    each in a column after those, the last in the last (none where they stand otherwise)."""
    end = next((n for n in range(len(row), 0, -1) if _is_figure(row[n - 1].text)), 0)
    start = next((n for n in range(end, 0, -1) if not _is_figure(row[n - 1].text)), 0)
    placed = [column_of(cell) for cell in row[start:]]
    if start == end or placed != sorted(set(placed)) or placed[-1] != len(columns) - 1 or \
            placed[end - start - 1] - placed[0] != end - start - 1:
        return range(0)
    return range(placed[0], placed[0] + end - start)


def _placed_anew(cells: list[Cell], columns: list[tuple[int, int]],
                 column_of: Callable[[Cell], int], figure_columns: range,
                 label_column_at: dict[int, int]) -> tuple[str, ...]:
    """A row atop the next page of a table that goes on there without its header, laid out anew at its own width
    (`pdftotext -layout` lays each page out apart, a row centred on its page): where set under the columns above
    it two of its figures would run into one (`1,520,000 600,000`), and it prints a cell a column, its cells in
    their order, one a column; else as `_placed_figures_apart` places it."""
    placed = _placed_row(cells, columns, column_of)
    return tuple(cell.text for cell in cells) if len(cells) == len(columns) and _figures_run_together(placed) \
        else _placed_figures_apart(cells, columns, column_of, figure_columns, label_column_at)


def _stands_under(cells: list[Cell], columns: list[tuple[int, int]], column_of: Callable[[Cell], int]) -> bool:
    """Whether each cell of a row stands under a column of its own (a dash, or a `△1` printed left of its column,
    `_printed_left`, beside it)."""
    placed = [column_of(cell) for cell in cells]
    return len(set(placed)) == len(placed) and all(
        _printed_left(cell.text) or cell.end > columns[j][0] and columns[j][1] > cell.start
        for cell, j in zip(cells, placed, strict=True))


_MAX_PLACINGS = 1_000  # ways to set a page's columns among a table's, beyond which none is tried


def _set_by_own_columns(rows: list[list[Cell]], columns: list[tuple[int, int]], above: list[tuple[str, ...]],
                        relations: list[tuple[int, int, tuple[int, ...]]]) -> list[tuple[str, ...]] | None:
    """Rows atop a page laid out anew at their own width, set under the table's columns: the cells that overlap
    on that page are its columns; where they are fewer than the table's (a column left blank on every row there),
    they go under the table's in their order where the rows keep the sums and rates the rows above keep
    (`_relations`: `예산액 = 국비 + 시비 + 구비`, `집행률 = 집행액 ÷ 예산액`), else where the blank columns stand in
    the page's wider gaps, a column of words over words and of figures over figures. None where no one way
    fits best, or a row prints two cells in one of the page's columns."""
    own: list[list[int]] = []  # the page's columns, each [start, end]
    rows_in: list[set[int]] = []  # the rows printing a cell in each of them
    # a row's two cells are two columns, overlap as they may (a name cell closed up into the group label's column)
    for cell, k in sorted(((cell, k) for k, row in enumerate(rows) for cell in row if cell.text != "-"),
                          key=lambda paired: paired[0].start):
        if own and cell.start < own[-1][1] and k not in rows_in[-1]:
            own[-1][1] = max(own[-1][1], cell.end)
            rows_in[-1].add(k)
        else:
            own.append([cell.start, cell.end])
            rows_in.append({k})
    own_column_of = _column_finder([(start, end) for start, end in own])
    placed = [[own_column_of(cell) for cell in row] for row in rows]
    n, p = len(columns), len(own)
    if p > n or any(len(set(js)) < len(js) for js in placed) or math.comb(n, p) > _MAX_PLACINGS:
        return None
    figures = [{_is_figure(cell.text) for row, js in zip(rows, placed, strict=True)
                for cell, j in zip(row, js, strict=True) if j == k} for k in range(p)]
    kinds = [{_is_figure(row[j]) for row in above if row[j]} for j in range(n)]
    gaps = [right[0] - left[1] for left, right in itertools.pairwise(own)]
    wide = [gap > 2 * min(gaps) for gap in gaps] if gaps else []
    fits = []
    for chosen in itertools.combinations(range(n), p):
        if any(len(kinds[j]) == 1 and len(figures[k]) == 1 and kinds[j] != figures[k] for k, j in enumerate(chosen)):
            continue  # words under a column of figures, or figures under one of words
        grid = [tuple(" ".join(cell.text for cell, k in zip(row, js, strict=True) if chosen[k] == j)
                      for j in range(n)) for row, js in zip(rows, placed, strict=True)]
        values = [[_value(cell) for cell in grid_row] for grid_row in grid]
        kept = sum(_kept(row_values, relation) for row_values in values for relation in relations)
        misplaced = sum((right - left > 1) != is_wide for (left, right), is_wide in
                        zip(itertools.pairwise(chosen), wide, strict=True))
        fits.append((kept, -misplaced, grid))
    fits.sort(key=lambda fit: fit[:2], reverse=True)
    if not fits or len(fits) > 1 and fits[0][:2] == fits[1][:2]:
        return None
    return fits[0][2]


def _relations(rows: list[tuple[str, ...]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """What the figures of every row that prints them all keep, two rows at least, each (kind, column, of
    columns): a sum (kind 0: `예산액 = 국비 + 시비 + 구비`, a run of columns, or two apart: `예산액 = 집행액 + 잔액`)
    or a rate in percent (kind 1: `집행률 = 집행액 ÷ 예산액`, as printed to its decimals)."""
    values = [[_value(cell) for cell in row] for row in rows]
    n = len(rows[0]) if rows else 0
    candidates = [(0, a, (b, c)) for a in range(n) for b, c in itertools.combinations(range(n), 2)
                  if a not in (b, c)]
    candidates += [(0, a, tuple(range(b, c + 1))) for a in range(n) for b in range(n) for c in range(b + 2, n)
                   if not b <= a <= c]
    candidates += [(1, a, (b, c)) for a in range(n) for b, c in itertools.permutations(range(n), 2)
                   if a not in (b, c)]
    found = []
    for relation in candidates:
        kept = [_kept(row_values, relation) for row_values in values]
        if kept.count(1) >= 2 and -1 not in kept:
            found.append(relation)
    return found


def _value(cell: str) -> tuple[float, int] | None:
    """A cell's figure and its decimals, `-` 0; None for words or a blank."""
    return parse_decimal(cell) if _is_figure(cell) else None


def _kept(values: list[tuple[float, int] | None], relation: tuple[int, int, tuple[int, ...]]) -> int:
    """1 where a row's figures (`_value`) keep a relation (`_relations`), -1 where they break it, 0 where the row
    prints none of it (a blank is 0 in a sum, and a rate of a blank or of 0 is not told)."""
    kind, a, of = relation
    if values[a] is None or all(values[k] is None or not values[k][0] for k in of):
        return 0
    if kind == 0:
        return 1 if abs(values[a][0] - sum(values[k][0] for k in of if values[k] is not None)) < 0.5 else -1
    share, whole = values[of[0]], values[of[1]]
    if share is None or whole is None or not whole[0]:
        return 0
    return 1 if abs(share[0] / whole[0] * 100 - values[a][0]) <= 10 ** -values[a][1] else -1


def _reach(k: int, own: set[int], taken_by: dict[int, int], sub_labelled: set[int], n: int) -> tuple[int, int] | None:
    """The lowest start and highest end of a span for label k, or None when it can have none. A span takes
    in only columns no other label holds, and holds all of its own. A label over a column with a label below
    spreads over columns with their own labels below; one over none is merged down (`공무직` beside `관리운영직`
    over `7급 | 8급`) and spans its own columns alone, as a merged cell is a rectangle: it cannot reach down
    over some columns and stop above others."""
    spreads = not own.isdisjoint(sub_labelled)

    def allowed(j: int) -> bool:
        return taken_by.get(j, k) == k and (j in own or (spreads and j in sub_labelled))

    first, last = min(own), max(own)
    if not all(allowed(j) for j in range(first, last + 1)):
        return None
    low, high = first, last
    while low > 0 and allowed(low - 1):
        low -= 1
    while high < n - 1 and allowed(high + 1):
        high += 1
    return low, high


def _under_labels(columns: list[tuple[int, int]], below: list[Cell],
                  column_of: Callable[[Cell], int]) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """The columns widened by the labels below them (a span's centre is that of its sub-labels too), and where
    the labels below each column stand. A column widens up to its neighbours' cells, not over them: a label wider
    in display columns than in the characters `pdftotext -layout` set it by (`사회복지` over its grades, beside
    `관리운영직` over the figures right of them) runs into the next column's figures as no label of theirs."""
    own = list(columns)
    columns = list(columns)
    sub_labels: dict[int, tuple[int, int]] = {}
    for cell in below:
        j = column_of(cell)
        columns[j] = (min(columns[j][0], max(cell.start, own[j - 1][1] if j else cell.start)),
                      max(columns[j][1], min(cell.end, own[j + 1][0] if j + 1 < len(own) else cell.end)))
        sub_labels[j] = (min(sub_labels[j][0], cell.start), max(sub_labels[j][1], cell.end)) if j in sub_labels \
            else (cell.start, cell.end)
    return columns, sub_labels


def _lone_label_span(cell: Cell, below: list[Cell], columns: list[tuple[int, int]],
                     column_of: Callable[[Cell], int], lowest: list[Cell] | None = None) -> tuple[int, int] | None:
    """The first and last column a lone group label over a header row heads, right of the row labels' column
    (None where it stands over that column). Of the spans about as well centred under it as any: one that
    starts at a total (`계 | 남 | 여` under `인      구`, beside `세대수` and `전년대비` merged down and printed
    low) ends where it is centred best, as a group starts with its total; else the widest (`예산액` over `국비 |
    시비 | 구비 | 기타`: the centre of four columns is as near that of the middle two, and a merged cell spans all
    it is centred on). A label over one label alone, centred on it (`재정상` over `조치`), is that label's first line,
    its cell's label wrapped over two: it heads that column alone, unless a span starting at a total is centred
    under it as well (`예산액` over `계 | 국비 | 시비`). Over a header of more lines than one (`lowest` its last),
    the span starts and ends at columns labelled on its lowest line, and a total starts it only there: a label
    printed higher beside a label over grades (`팀 별 | 계 | 직 급 | 공무직` over `5급 | 6급 | 7급`, as `pdftotext
    -layout` prints labels merged down the header centred on its middle line) is merged down, no group's."""
    columns, sub_labels = _under_labels(columns, below, column_of)
    labelled = set(sub_labels) if lowest is None else {column_of(label) for label in lowest}  # columns labelled below
    own = {j for j, (start, end) in enumerate(columns) if cell.end > start and end > cell.start} or {column_of(cell)}
    if min(own) == 0:
        return None
    spans = [(s, e) for s in range(1, min(own) + 1) for e in range(max(own), len(columns))]
    # a span starts and ends at columns with labels below (on the lowest line): not at a column whose label stands
    # above (`계` beside `일 반 직` over `직 급`, centred alone over `5급 | 6급 | 7급`)
    spans = [span for span in spans if span[0] in labelled and span[1] in labelled] or spans
    off = {span: abs(cell.centre - (columns[span[0]][0] + columns[span[1]][1]) / 2) for span in spans}
    nearest = min(off.values())
    wrapped = _wrapped_over(cell, below)
    near = [span for span in spans if off[span] <= nearest + (1 if wrapped else _CENTRE_SLACK)]
    totals = {column_of(c) for c in (lowest or below) if is_total(c.text)}
    at_total = [span for span in near if span[0] in totals]
    if at_total:
        return min(at_total, key=off.__getitem__)
    if wrapped is not None:
        return (column_of(wrapped),) * 2
    return max(near, key=lambda sp: sp[1] - sp[0])


def _over_last_columns(label: Cell, merged: list[Cell], lower: list[Cell]) -> bool:
    """Whether a group label stands over the last columns of a header of two rows whose labels merged down its
    rows are printed halfway down it, on the line between (`연령별` over `20대 이하 … 50대 이상`, with `구 분 | 계`
    between, as word processors print a header without vertical rules): right of every label merged down, over
    the lower row's labels right of them (two at least), within the lower row, which has more labels and no figure,
    centred over them or left of that (a label printed at the right of its columns may head the last alone)."""
    grouped = [cell for cell in lower if cell.start >= merged[-1].end]
    return (len(lower) > len(merged) and not _has_figure(lower) and len(grouped) >= 2
            and label.start >= merged[-1].end and grouped[0].start < label.end <= grouped[-1].end
            and label.centre <= (grouped[0].start + grouped[-1].end) / 2 + 2)


def _wrapped_around(label: Cell, header: list[Cell], under: list[Cell]) -> bool:
    """Whether a label reaching right of a header line's labels is the first line of a label wrapped over three lines
    centred on that line (`집행률` over it, `(%)` under it, as `pdftotext -layout` prints a label of two lines in a
    header of labels of one): the line under the header prints one label alone, under it, right of where the
    header's last label starts, and no figure. (Not right of the header's labels: their syllables, measured in
    display columns, may reach under the lines `pdftotext -layout` set right of them in characters.)"""
    return (len(under) == 1 and not _has_figure(under) and label.end > header[-1].end
            and under[0].start > header[-1].start and under[0].start < label.end and label.start < under[0].end)


def _wrapped_over(cell: Cell, below: list[Cell]) -> Cell | None:
    """The label of the line below that a label stands over alone, centred on it (`재정상` over `조치`): the
    first line of one cell's label wrapped over two, or None."""
    under = [c for c in below if c.start < cell.end and cell.start < c.end]
    return under[0] if len(under) == 1 and abs(under[0].centre - cell.centre) <= 1 else None


def _merged_down_beside(header: list[list[Cell]], columns: list[tuple[int, int]],
                        column_of: Callable[[Cell], int]) -> list[list[Cell]]:
    """A two-line header whose first line is a lone group label (`인      구` over `동 별 | 세대수 | 계 | 남 | 여 |
    전년대비`): the labels of the line below outside the span it heads are merged down the header and printed low,
    and join its line, as `_upper_lines_merged` joins those printed between. Left below, they would read as the
    group's (the label heads every column from its first to the next label of its row)."""
    (label,), lower = header
    span = _lone_label_span(label, lower, columns, column_of)
    if span is None:
        return header
    inside = [c for c in lower if span[0] <= column_of(c) <= span[1]]
    if len(inside) == len(lower):
        return header
    return [sorted([label, *(c for c in lower if c not in inside)], key=lambda c: c.start), inside]


def _spanning_row(cells: list[Cell], columns: list[tuple[int, int]], below: list[Cell] | None,
                  column_of: Callable[[Cell], int], flush_left: bool = False,
                  row_labels: bool = True, lowest: list[Cell] | None = None,
                  by_labels: bool = False) -> tuple[str, ...]:
    """Labels over spans of columns: each span contiguous, holding the columns its label overlaps, and
    centred as nearly as can be under its label (a dynamic programme over where each span starts and ends);
    or, `flush_left` (pandoc's plain text), each at the column it starts in. `column_of` places a label that
    overlaps no column (`_label_column_finder`). A span reaches left of the label's own columns only as far as
    the label stays centred on it, and over the row labels' column (`row_labels`: the first column holds them)
    only where a label of the row stands over it: labels merged down the header, printed on its lower line at
    its left (`구 분`, `동 별 | 세대수` beside `인구` over `계 | 남 | 여`), are no group's.

    Word processors print a line of merged header cells centred or at their left, the whole line alike. Where
    each label over columns with labels below starts where its first column's label (or figure) starts, the
    line may be printed at their left: each label then heads the columns from its first to the next label's
    (`승 합` over `소 계 | 중형`, `화 물` beside it). That reading is taken where it heads every column with a
    label below and the centred one does worse; centred, a label as wide as the label below it fits that column
    alone, and the columns between it and the next label went to a neighbour off their centre. `lowest`: the
    header's last line (`_lone_label_span`); over it, a column whose label below heads none of that line's is
    merged down the header (`계` and `공무직` beside `행 정 | 사회복지` under `일 반 직 | 관리운영직`), no group's,
    and no span need cover it. Where no span fits a label and the header's labels are one a column in order
    (`_LabelsInOrder`), the spans are sought again over where those labels stand (`by_labels`), as PyMuPDF's sorted
    text sets its lines of labels off the figures by their letters."""
    def unspanned() -> tuple[str, ...]:
        if isinstance(column_of, _LabelsInOrder) and not by_labels:
            return _spanning_row(cells, [(c.start, c.end) for c in column_of.labels], below, column_of,
                                 row_labels=row_labels, lowest=lowest, by_labels=True)
        return _placed_row(cells, columns, _column_finder(columns))

    if flush_left:
        out = [""] * len(columns)
        for cell in cells:
            out[next((k for k, (_, end) in enumerate(columns) if end > cell.start), len(columns) - 1)] = cell.text
        return tuple(out)
    if len(cells) == 1 and below and (
            span := _lone_label_span(cells[0], below, columns, column_of, lowest)) is not None:
        return tuple(cells[0].text if j == span[0] else "" for j in range(len(columns)))
    sub_labels: dict[int, tuple[int, int]] = {}  # where the labels below each column stand
    if below:
        columns, sub_labels = _under_labels(columns, below, column_of)
    sub_labelled = set(sub_labels)
    if lowest is not None:
        sub_labelled &= {column_of(label) for label in lowest}
    n = len(columns)
    pinned = column_of.merged_down if isinstance(column_of, _LabelsInOrder) else frozenset()
    owned = [{column_of(c)} if id(c) in pinned else
             {j for j, (start, end) in enumerate(columns) if c.end > start and end > c.start} or {column_of(c)}
             for c in cells]
    if row_labels and all(min(own) > 0 for own in owned):
        sub_labelled.discard(0)  # the row labels' column, its label merged down (`구 분` printed low): no group's
    taken_by = {j: k for k, cols in enumerate(owned) for j in cols}
    reach = [_reach(k, own, taken_by, sub_labelled, n) for k, own in enumerate(owned)]
    labelled_before = [0] * (n + 1)  # columns with labels below, left of each column
    for j in range(n):
        labelled_before[j + 1] = labelled_before[j] + (j in sub_labelled)
    spans = _spans(cells, columns, owned, reach, labelled_before, sub_labels, at_left=False)
    grouping = [(c, min(own)) for c, own in zip(cells, owned, strict=True) if not own.isdisjoint(sub_labelled)]
    if grouping and all(c.start == columns[first][0] for c, first in grouping):
        at_left = _spans(cells, columns, owned, reach, labelled_before, sub_labels, at_left=True)
        spans = at_left if at_left[0] < spans[0] else spans
    cost, starts = spans
    told = below and _groups_told_by_labels(cells, owned, sub_labelled, below, columns, column_of, sub_labels,
                                            loose=isinstance(column_of, _LabelsInOrder) or cost == float("inf"))
    if cost == float("inf"):
        # no span of columns centred under each label, under a header whose lower labels are one a column (PyMuPDF's
        # sorted text narrows a line by its letters): the groups the labels below tell, where they do, each other
        # label at its own column
        starts = [min(own) for own in owned]
        if not (told and isinstance(column_of, _LabelsInOrder)):
            return unspanned()
    if told:
        told_starts = [told.get(k, s) for k, s in enumerate(starts)]
        if all(a < b for a, b in itertools.pairwise(told_starts)):
            starts = told_starts
        elif cost == float("inf"):
            return unspanned()
    out = [""] * n
    for cell, s in zip(cells, starts, strict=True):
        out[s] = cell.text
    return tuple(out)


def _groups_told_by_labels(cells: list[Cell], owned: list[set[int]], sub_labelled: set[int], below: list[Cell],
                           columns: list[tuple[int, int]], column_of: Callable[[Cell], int],
                           sub_labels: dict[int, tuple[int, int]], loose: bool = False) -> dict[int, int] | None:
    """The column each group label's span starts at where the labels below tell the groups (`label_groups`: a
    group starts anew at a total, a label it has printed already or a grade ranking no lower than the one before:
    `5급 … 9급 | 6급  7급 | 6급  7급  8급`, `소계  중형  대형 | 소계  소형`, or closes the group before where that
    centres the group labels better, `5급 … 9급  소계 | 8급` under `일반직` and `관리운영직`; a column with no label
    below goes on its group), the group labels heading them in their order. `pdftotext -layout` may set a line of
    group labels off the labels below, so that centring misleads (`관리운영직` centred over `9급 | 6급 | 7급`). None
    unless there are as many groups as group labels (two at least), each group label centred over its group, or,
    `loose` (no span centred under each label fits over the figures, or the labels below are one a column, as
    `_one_label_a_column` found them set off it), between the centres of the groups beside its own, by their labels
    below (PyMuPDF's sorted text narrows a line by its letters: `관리운영직` short of its `6급
    7급`), not a label a converter shifted over the next group's first column, or every one starting
    where its group's first label starts (printed at their left), and every other label (merged down: `구분`, `계`)
    beside them."""
    labels = [""] * len(columns)
    for cell in below:
        j = column_of(cell)
        if labels[j]:
            return None
        labels[j] = cell.text.replace(" ", "")
    if not sub_labelled:
        return None
    first, last = min(sub_labelled), max(sub_labelled)
    grouping = [k for k, own in enumerate(owned) if not own.isdisjoint(sub_labelled)]
    groups = label_groups(labels, first, last + 1)
    if len(groups) < len(grouping):
        groups = _grades_closed(groups, labels)
    trailing = with_trailing_totals(groups, labels)
    if _off_centre(cells, grouping, trailing, columns) < _off_centre(cells, grouping, groups, columns):
        groups = trailing
    # a total opening the first group alone, no other (`계 | 4급 … 8급` under `일 반 직`, beside `임 기 제` over
    # `6급 | 7급`), is the table's, its label printed low beside the groups, where they are centred as well without
    # it, or printed at their left, each starting where its group's first label does: a group's own 소계 opens each
    # group alike, and one opening the first alone is still its group's (`소계 | 중형 | 대형` under `승 용`, beside
    # `승 합` and `화 물` of one size each)
    lone_total = len(groups[0]) > 1 and is_total(labels[groups[0][0]]) and labels[groups[0][0]] != "소계" and not any(
        is_total(labels[group[0]]) for group in groups[1:])
    without_total = [groups[0][1:], *groups[1:]] if lone_total else groups
    at_left = next((choice for choice in (groups, without_total) if len(choice) == len(grouping) and all(
        cells[k].start == columns[group[0]][0] for k, group in zip(grouping, choice, strict=True))), None)
    if at_left is not None:
        groups = at_left
    elif _off_centre(cells, grouping, without_total, columns) <= _off_centre(cells, grouping, groups, columns):
        groups = without_total
    if len(groups) < 2 or len(grouping) != len(groups):
        return None
    # each group's centre by its labels below where they stand (a line of labels as the group labels' is), else by
    # its columns
    edges = [(sub_labels.get(group[0], columns[group[0]])[0], sub_labels.get(group[-1], columns[group[-1]])[1])
             for group in groups]
    centres = [-math.inf, *((start + end) / 2 for start, end in edges), math.inf]
    for n, (k, group) in enumerate(zip(grouping, groups, strict=True)):
        if at_left is None and not columns[group[0]][0] <= cells[k].centre <= columns[group[-1]][1] and not (
                loose and centres[n] < cells[k].centre < centres[n + 2]):
            return None
    if any(first <= j <= last for k in range(len(cells)) if k not in grouping for j in owned[k]):
        return None
    return {k: group[0] for k, group in zip(grouping, groups, strict=True)}


def _grades_closed(groups: list[range], labels: list[str]) -> list[range]:
    """The groups with a label that is no grade right after a grade opening a group of its own (`5급 … 9급 |
    시간선택제` under `일반직` and `임기제`, `7급  8급 | 시간선택제` under `관리운영직` and `임기제`): where the group
    labels are more than the groups the labels tell, a class's grades end at a label of another kind."""
    out: list[range] = []
    for group in groups:
        start = group.start
        for col in range(group.start + 1, group.stop):
            if labels[col] and not is_grade(labels[col]) and not is_total(labels[col]) and is_grade(labels[col - 1]):
                out.append(range(start, col))
                start = col
        out.append(range(start, group.stop))
    return out


def _off_centre(cells: list[Cell], grouping: list[int], groups: list[range], columns: list[tuple[int, int]]) -> float:
    """How far the group labels stand off the centres of the groups they would head, in all; groups of another
    number than the labels, none."""
    if len(groups) != len(grouping):
        return float("inf")
    return sum(abs(cells[k].centre - (columns[group[0]][0] + columns[group[-1]][1]) / 2)
               for k, group in zip(grouping, groups, strict=True))


def _spans(cells: list[Cell], columns: list[tuple[int, int]], owned: list[set[int]],
           reach: list[tuple[int, int] | None], labelled_before: list[int], sub_labels: dict[int, tuple[int, int]],
           at_left: bool) -> tuple[float, list[int]]:
    """The best placing of the labels over spans (each within its `reach`) and the column each span starts
    at: how far each label is off its span's centre, in all, and a heavy cost for each column with a label
    below that no span covers; `at_left`, each span starting at the label's first column, at no cost. Whether
    a span reaching left of the label's own columns is centred under it, its end columns' `sub_labels` tell
    where they have some: a group label is centred over its sub-labels, and figures printed at their cells'
    left reach further left than the cells' centred labels."""
    n, m = len(columns), len(cells)

    def orphans(s: int, e: int) -> int:  # columns with labels below that no span above would cover
        return _ORPHAN_COST * (labelled_before[e] - labelled_before[s])

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]  # best[k][e]: first k labels placed, spans ending before e
    choice: dict[tuple[int, int], tuple[int, int]] = {}
    best[0] = [orphans(0, e) for e in range(n + 1)]
    for k in range(m):
        if reach[k] is None:
            continue
        low, high = reach[k]
        first, last = min(owned[k]), max(owned[k])
        centre = cells[k].centre
        for prev_end in range(n + 1):
            if best[k][prev_end] == inf:
                continue
            for s in range(max(prev_end, first if at_left else low), first + 1):
                before = best[k][prev_end] + orphans(prev_end, s)
                for e in range(last, high + 1):
                    off = 0 if at_left else centre - (columns[s][0] + columns[e][1]) / 2
                    if s < first and off > _CENTRE_SLACK and (
                            s not in sub_labels or e not in sub_labels
                            or centre - (sub_labels[s][0] + sub_labels[e][1]) / 2 > _CENTRE_SLACK):
                        continue  # spread left of its own columns further than it is centred on: not its span
                    total = before + abs(off)
                    if total < best[k + 1][e + 1]:
                        best[k + 1][e + 1] = total
                        choice[(k + 1, e + 1)] = (s, prev_end)
    end = min(range(n + 1), key=lambda e: best[m][e] + orphans(e, n))
    cost = best[m][end] + orphans(end, n)
    if cost == inf:
        return cost, []
    starts = [0] * m
    for k in range(m, 0, -1):
        starts[k - 1], end = choice[(k, end)]
    return cost, starts
