"""Parsers for the values as printed: counts, money, rates, dates, periods and labels.

Everything here is a pure function of a string; the hypothesis tests feed it arbitrary text.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata

import regex

LETTERS = "가나다라마바사아자차카타파하"  # what numbers items and titles in letters (`가.`, `나)`), in order
INTERPUNCTS = "ㆍ・‧･∙"  # printed for '·' by different converters and fonts
# and the fullwidth tilde (`2월～3월`, `6. 12. ～ 6. 27.`), which Korean word processors print for `~`
_CHAR_REPLACEMENTS = {c: "·" for c in INTERPUNCTS} | {"\u00a0": " ", "\u3000": " ", "\u200b": "", "～": "~"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUP_RE = regex.compile(r"<sup>\s*(\d+)\s*</sup>", regex.I)
_TAG_RE = regex.compile(r"</?[a-zA-Z][^<>]*>")
_SPACE_BEFORE_SUP_RE = regex.compile(r"(?<=\S)\s+(?=[²³])")
_ATTRIBUTES_RE = regex.compile(r"\[([^\[\]]*)\]\{[^{}]*\}|\s*\{[#.][^{}]*\}")
_PAREN_SPACE_RE = regex.compile(r"\(\s+|\s+\)")
_FIGURE_CHARS = "0123456789,.△▲%-+−"


def normalize_chars(text: str) -> str:
    """NFC, one interpunct, one tilde, plain spaces: applied to every line any reader produces."""
    text = unicodedata.normalize("NFC", text)
    for char, replacement in _CHAR_REPLACEMENTS.items():  # str.translate is many times slower on Hangul
        if char in text:
            text = text.replace(char, replacement)
    return text


_EMPHASIS_RE = regex.compile(r"(?<![*\w])\*(?![\s*])([^*]+?)(?<![\s*])\*(?![*\w])")


@functools.lru_cache(maxsize=8192)
def clean_text(text: str) -> str:
    """A cell or line as a person reads it: markup gone, `m <sup>2</sup>` as `m²`, spaces collapsed."""
    if not text.strip(_FIGURE_CHARS):
        return text  # most cells that miss the cache: a figure, which nothing below would change
    text = normalize_chars(text)
    if "<" in text:
        text = _TAG_RE.sub(" ", _SUP_RE.sub(lambda m: superscript(m.group(1)), text))
    text = text.replace("**", "").replace("__", "")
    if "*" in text:  # markdown's emphasis, `*정기점검*` as pandoc writes italics
        text = _EMPHASIS_RE.sub(r"\1", text)
    if "{" in text:  # pandoc's attributes: `# 제목 {#id}`, `[강조]{.underline}`
        text = _ATTRIBUTES_RE.sub(lambda m: m.group(1) or "", text)
    if "²" in text or "³" in text:  # each pattern only where it can match: most lines are new to the cache
        text = _SPACE_BEFORE_SUP_RE.sub("", text)
    if "(" in text or ")" in text:
        text = _PAREN_SPACE_RE.sub(lambda m: m.group(0).strip(), text)
    return " ".join(text.split())


def superscript(digits: str) -> str:
    """`2` → `²`: a `<sup>` as it is read (`m<sup>2</sup>` → `m²`)."""
    return digits.translate(_SUPERSCRIPT)


@functools.lru_cache(maxsize=8192)
def compact(label: str) -> str:
    """A label without its spacing: `일 반 직` → `일반직`, `별 정 직 · 임 기 제` → `별정직·임기제`."""
    return clean_text(label).replace(" ", "")  # a cleaned text's only spaces are single ' '


# --- numbers -------------------------------------------------------------------------------------

_NUMBER_RE = regex.compile(r"^([△▲+＋\-−]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_NEGATIVE = frozenset("△▲-−")  # and U+2212, the minus sign; `+3` (a change up) is 3
_DASHES = {"-", "–", "—", "－", "‐"}


@functools.lru_cache(maxsize=8192)  # cells repeat (`-`, `1`, `2`) within and across reports
def parse_count(cell: str) -> int | None:
    """A count cell: `1,234`, `△3`/`▲3`/`-3` (negative), `-` (zero). None when it is not a count."""
    text = cell.strip().replace(" ", "")
    if text in _DASHES:
        return 0
    match = _NUMBER_RE.match(text)
    if not match or match.group(3):
        return None
    value = int(match.group(2).replace(",", ""))
    return -value if match.group(1) in _NEGATIVE else value


_NOTED_RE = regex.compile(r"^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]$")


def parse_count_note(cell: str) -> tuple[int, str | None] | None:
    """A count cell with what it prints in brackets after the figure: `12(1)` → (12, '1'), `12` → (12, None)."""
    value = parse_count(cell)
    if value is not None or (")" not in cell and "）" not in cell):
        return None if value is None else (value, None)
    match = _NOTED_RE.match(cell.strip())
    if not match or (value := parse_count(match.group(1))) is None:
        return None
    return value, match.group(2) or None


@functools.lru_cache(maxsize=8192)
def parse_decimal(cell: str) -> tuple[float, int] | None:
    """A printed decimal such as a rate: (value, digits after the point). `69` → (69.0, 0)."""
    text = cell.strip().replace(" ", "").rstrip("%")
    if text in _DASHES:
        return 0.0, 0
    match = _NUMBER_RE.match(text)
    if not match:
        return None
    digits = match.group(3) or ""
    value = float(match.group(2).replace(",", "") + ("." + digits if digits else ""))
    return (-value if match.group(1) in _NEGATIVE else value), len(digits)


# --- money ---------------------------------------------------------------------------------------

UNIT_WON = {"원": 1, "천원": 1_000, "만원": 10_000, "십만원": 100_000, "백만원": 1_000_000,
            "천만원": 10_000_000, "억원": 100_000_000}
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


_OWN_UNIT_CELL_RE = regex.compile(r"^(.*?원)\s*(?:[(（]\s*([^)）]+?)\s*[)）])?$")
_MONEY_CELL_RE = regex.compile(r"^([△▲+＋\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(?:[(（]\s*([^)）]+?)\s*[)）])?$")


def parse_money_cell(cell: str, multiplier: int) -> tuple[int, str | None] | None:
    """A money cell in a table with a unit: `2,698,307(구비)` → (2698307 × unit, '구비'). A cell that prints
    its own unit (`1,500천원`, `1억 2,000만원(구비)`) is in that unit, whatever the table's."""
    text = cell.strip()
    if not text:  # no such column, or a blank cell
        return None
    match = _MONEY_CELL_RE.match(text)
    if not match:
        if "원" in text and (own := _OWN_UNIT_CELL_RE.match(text)):
            amount = parse_amount(own.group(1))
            return None if amount is None else (amount, compact(own.group(2)) if own.group(2) else None)
        value = parse_count(text)
        return None if value is None else (value * multiplier, None)
    sign, whole, digits, source = match.groups()
    value = float(whole.replace(",", "") + ("." + digits if digits else ""))
    return round((-value if sign in _NEGATIVE else value) * multiplier), (compact(source) if source else None)


_AMOUNT_PART_RE = regex.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(조|억|천만|백만|십만|만|천)?\s*(원)?")
AMOUNT_RE = regex.compile(
    r"(?<![\d,.])(?:\d[\d,]*(?:\.\d+)?\s*(?:조|억)\s*)*\d[\d,]*(?:\.\d+)?\s*(?:천만|백만|십만|만|천|억|조)?\s*원"
)
_SCALE = {None: 1, "천": 1_000, "십만": 100_000, "만": 10_000, "백만": 1_000_000, "천만": 10_000_000,
          "억": 100_000_000, "조": 1_000_000_000_000}


def parse_amount(text: str) -> int | None:
    """A written amount in won: `95,700천원`, `32억 1,000만원`, `13만원`, `1.5억원`. None otherwise."""
    text = text.strip()
    if not AMOUNT_RE.fullmatch(text):
        return None
    total = 0.0
    for number, scale, _won in _AMOUNT_PART_RE.findall(text):
        total += float(number.replace(",", "")) * _SCALE[scale or None]
    return round(total)


# --- dates and periods ---------------------------------------------------------------------------

# a year as a label or a line prints it alone: `2024`, `2024년`, `2024년도`, `’24`, `’24년`
YEAR_LABEL_RE = regex.compile(r"^\s*(?:(?:19|20)\d\d|[’‘'`]\d\d)\s*(?:년\s*도?)?\s*$")


def full_year(printed: str) -> int:
    """`2024`, `2024년도` → 2024; `’24`, `24년` (a year of this century, as reports shorten it) → 2024."""
    digits = "".join(char for char in printed if char.isdigit())
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


# `2025. 6. 12.`, `’25. 6. 12.`, `2025년 6월 12일`, `5.31.`: the year (if printed), the month and the day
DATE = r"(?:(\d{4}|[’‘'`]\d{2})\s*[.년]\s*)?(\d{1,2})\s*[.월]\s*(\d{1,2})\s*[.일]?"
_DATE_RE = regex.compile(DATE)


def parse_date(text: str, year: int | None) -> dt.date | None:
    """`2025. 6. 12.`, `’25. 6. 12.`, `2025년 6월 12일` or `5.31.` (the year taken from the report). None when it
    is no valid date."""
    match = _DATE_RE.search(text)
    if not match:
        return None
    printed = match.group(1)
    y = full_year(printed) if printed else year
    if y is None:
        return None
    try:
        return dt.date(y, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_TILDES = frozenset("~∼〜")
_TILDE_RE = regex.compile(r"\s*[~∼〜]\s*")


def parse_date_range(text: str, year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """`2025. 6. 12. ~ 6. 27.`, `2025년 6월 12일 ~ 6월 27일`: the end takes the start's year when it prints none."""
    if _TILDES.isdisjoint(text):
        return None
    parts = _TILDE_RE.split(text.strip(), maxsplit=1)
    start = parse_date(parts[0], year)
    if start is None:
        return None
    end = parse_date(parts[1], start.year)
    return (start, end) if end else None


_HALF = {"상반기": (1, 6), "하반기": (7, 12), "연중": (1, 12), "연간": (1, 12)}
_QUARTER_RE = regex.compile(r"([1-4])\s*/?\s*4?\s*분기")
# a month, or a day with its weekday after it or not (`3. 4.(화)`)
_MONTH = (r"(?:익년\s*|내년\s*|’?\d{2,4}\s*[.년]\s*)?(1[0-2]|0?[1-9])\s*"
          r"(?:월|\.(?:\s*\d{1,2}\s*\.(?:\s*\([월화수목금토일]\))?)?)")
_RANGE_DASHES = frozenset("~∼〜-–")
_MONTH_RANGE_RE = regex.compile(rf"(?=[\d익내’])(?<![\d.]){_MONTH}\s*[~∼〜\-–]\s*{_MONTH}")  # lookahead: fail fast
# `4~6월`: the first month without its 월, only where the second prints one
_BARE_START_RANGE_RE = regex.compile(r"(?=\d)(?<![\d.,])(1[0-2]|0?[1-9])\s*[~∼〜\-–]\s*(1[0-2]|0?[1-9])\s*월")
_MONTH_ONE_RE = regex.compile(r"(?=\d)(?<![\d.])(1[0-2]|0?[1-9])\s*월(?!\s*\d)")
_DAY_RE = regex.compile(r"(?=\d)(?<![\d.])(1[0-2]|0?[1-9])\s*\.\s*([12]\d|3[01]|0?[1-9])\s*\.(?!\s*\d)")
_WORD_RE = regex.compile(r"(?<!\p{Hangul})(상반기|하반기|연중|연간)(?!\p{Hangul})")


def parse_period(text: str) -> tuple[int, int] | None:
    """The months a text prints: `4월`, `2월~3월`, `4~6월`, `(3.10.)`, `3. 4.(화) ~ 5. 28.(수)`, `연중`, `상반기`,
    `2분기` → (start, end)."""
    # each pattern is tried only when the text holds a character it needs: most texts need none; and only its
    # first match is looked for, as the period printed first is the one taken
    found: list[tuple[int, tuple[int, int]]] = []
    if not _RANGE_DASHES.isdisjoint(text) and ("월" in text or "." in text):
        for pattern in (_MONTH_RANGE_RE, _BARE_START_RANGE_RE) if "월" in text else (_MONTH_RANGE_RE,):
            if match := pattern.search(text):
                found.append((match.start(), (int(match.group(1)), int(match.group(2)))))
    if not found:
        if "월" in text and (match := _MONTH_ONE_RE.search(text)):
            found.append((match.start(), (int(match.group(1)),) * 2))
        if "." in text and (match := _DAY_RE.search(text)):
            found.append((match.start(), (int(match.group(1)),) * 2))
    if ("반기" in text or "연중" in text or "연간" in text) and (match := _WORD_RE.search(text)):
        found.append((match.start(), _HALF[match.group(1)]))
    if "분기" in text and (match := _QUARTER_RE.search(text)):
        q = int(match.group(1))
        found.append((match.start(), (3 * q - 2, 3 * q)))
    if not found:
        return None
    return min(found)[1]
