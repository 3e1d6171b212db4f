"""Vehicle lists as `pdftotext -raw` prints them: a vehicle a line, its cells one space apart, mostly words.

`차 종 차 명 용 도 연 료 연 식 비 고` over `승 용 그랜저 의장 업무용 하이브리드 2023` has no run of figures to tell
its cells by, as the tables `one_space_tables` reads have; but a vehicle list's header prints labels of its own
(`_ROLES`), which say how many cells a row has and what each holds, and most of those cells print a known form:
a category (`승 용`, `승용(소형)`) or a kind in a kind's column, a plate (`12가 3456`), a model year (`2019`,
`2019.3.`), a fuel (`하이브리드`), a count. Those are the row's anchors; the words between two anchors are the
cells the header has there (`_run_cells`). A row that parts no way, or more than one (an anchor that fits two
places, two cells of phrases side by side), leaves the list as printed.
"""

from __future__ import annotations

from typing import Literal

from pipeline import patterns
from pipeline.values import CATEGORY_KIND_RE, compact, fuel_named, is_total, vehicle_size

Role = Literal["serial", "kind", "name", "plate", "year", "fuel", "engine", "count", "use", "note"]
# a vehicle list's labels and what each column holds: a kind is one word (`승 용`, `중형`, `구조공작`), a name
# words (`그랜저`, `제설 살포기`), a use and a note phrases, the others a form of their own (`_FORMS`)
_ROLES: dict[str, Role] = {
    "연번": "serial", "순번": "serial", "번호": "serial",
    "구분": "kind", "차종": "kind", "종류": "kind", "차량종류": "kind",
    "차명": "name", "차량명": "name", "모델": "name", "모델명": "name",
    "차량번호": "plate", "등록번호": "plate",
    "연식": "year", "구입연도": "year", "구입년도": "year", "취득일": "year", "취득일자": "year", "등록일": "year",
    "최초등록일": "year", "제작연도": "year",
    "연료": "fuel", "유종": "fuel", "사용연료": "fuel",
    "배기량": "engine",
    "대수": "count", "수량": "count",
    "용도": "use", "사용부서": "use", "배정부서": "use", "관리부서": "use", "운행부서": "use",
    "비고": "note",
}
_LONGEST_LABEL = 20  # characters a label of `_ROLES` takes at most, set apart, its unit too
_FREE: frozenset[Role] = frozenset(("name", "use", "note"))  # roles of words between anchors
_BLANKABLE: frozenset[Role] = frozenset(("plate", "year", "fuel", "engine", "count"))  # anchors a row may leave blank
# roles only a vehicle's own row prints (a count table's `차 종 대 수 비 고` none): a header printing one is a list's
_LIST_ROLES: frozenset[Role] = frozenset(("name", "plate", "year", "fuel", "engine", "use"))
# labels naming the vehicle, one of which a vehicle list's header prints (not an equipment list's `구 분 용 도 수 량`)
_VEHICLE_LABELS = frozenset(("차종", "차량종류", "차명", "차량명", "차량번호"))
_FORMS = {
    "serial": patterns.compile(r"\d{1,3}"),
    "plate": patterns.compile(r"(?:\p{Hangul}{2})?\d{2,3}\p{Hangul} ?\d{4}"),
    # a model year, a month or day of it too (`2019`, `2019.3.`, `2019. 3. 15.`, `’19.`, `2019년식`)
    "year": patterns.compile(r"(?:19|20)\d\d(?:\. ?\d{1,2}(?:\. ?\d{1,2})?)?\.?(?:년식?)?|[’‘']\d\d(?:\.\d{1,2})?\.?"),
    "engine": patterns.compile(r"\d{1,2},\d{3}(?:cc|CC|㏄)?|\d{3,4}(?:cc|CC|㏄)|-"),
    "count": patterns.compile(r"\d{1,3}|-"),
}
# a row's words: a plate or a date printed with spaces (`12가 3456`, `2019. 3.`), letters set apart (`승 용`) and a
# word whose bracket holds a space (`승합(스타리아 11인승)`: a cell ends in no bracket; before, the list was read
# a column off) each one word
_WORD_RE = patterns.compile(
    r"(?<!\S)(?:(?:\p{Hangul}{2})?\d{2,3}\p{Hangul} \d{4}|(?:19|20)\d\d\.(?: \d{1,2}\.){1,2}"
    r"|\p{Hangul}(?: \p{Hangul})+|[^\s(（]+[(（][^()（）\s]* [^()（）]*[)）]\S*)(?!\S)|\S+")
# how a note of a vehicle list starts, where the use before it may end anywhere (`체납차량 영치 | 내용연수 경과`): a
# fuel where the list prints no column of fuels (`하이브리드`) or a word of the vehicle's age, lease or disposal
_NOTE_STARTS = ("내용연수", "노후", "교체", "폐차", "불용", "매각", "임차", "리스", "렌트", "저공해", "친환경")
_NOT_A_ROW = ("○", "□", "-", "※", "ㆍ", "·", "▶", "(", "*")


def vehicle_list(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The vehicle list whose header is line i (`_header_roles`), its rows parted into its cells, and the line
    after its last: the list ends at a blank line, a marked line or one that prints no anchor of a vehicle
    (`_is_anchor`) and is no total's row. None where any row parts no way or more than one, or none is below it."""
    roles = _header_roles(lines[i])
    if roles is None:
        return None
    labels, kinds = roles
    rows: list[list[str]] = []
    k = i + 1
    while k < len(lines) and lines[k] and not lines[k].startswith(_NOT_A_ROW):
        words = _WORD_RE.findall(lines[k])
        anchored = any(map(_is_anchor, words))
        cells = _total_row(words, kinds) or (_row_cells(words, kinds) if anchored else None)
        if cells is None:
            if anchored:  # a vehicle's row that parts no one way: the list stays as printed
                return None
            break
        rows.append(cells)
        k += 1
    return ([labels, *rows], k) if rows else None


def _header_roles(line: str) -> tuple[list[str], list[Role]] | None:
    """A header's labels as printed (`차 종`, `차량번호`) and each one's role, or None where its words part no one way
    into labels of `_ROLES` (letters set apart joined), three or more, one naming the vehicle, one a vehicle's own
    and one an anchor's."""
    if "차" not in line:  # most lines: every header names the vehicle (`_VEHICLE_LABELS`)
        return None
    partings = _partings(line.split(" "))
    if len(partings) != 1:
        return None
    labels = partings[0]
    kinds = [_ROLES[_label_word(label)] for label in labels]
    if (len(labels) < 3 or not _LIST_ROLES & set(kinds) or set(kinds) <= _FREE | {"kind", "serial"}
            or not _VEHICLE_LABELS & {_label_word(label) for label in labels}):
        return None
    return labels, kinds


def _partings(words: list[str]) -> list[list[str]]:
    """Each way of parting a header's words into labels of `_ROLES`, in order."""
    if not words:
        return [[]]
    ways = []
    for end in range(1, len(words) + 1):
        label = " ".join(words[:end])
        if len(label) > _LONGEST_LABEL:
            break
        if _label_word(label) in _ROLES:
            ways += [[label, *rest] for rest in _partings(words[end:])]
    return ways


def _label_word(label: str) -> str:
    """A label without its spaces and its unit's bracket (`배기량(cc)`)."""
    return compact(label).split("(")[0]


def _total_row(words: list[str], kinds: list[Role]) -> list[str] | None:
    """A total's row of a list of counts (`계 5`, `계 계 3` under two columns of kinds): its label in the columns
    before the first count's, as often as printed, its figures in the counts' columns."""
    counts = [n for n, role in enumerate(kinds) if role == "count"]
    figures = next((n for n, word in enumerate(words) if _FORMS["count"].fullmatch(word)), len(words))
    label = " ".join(words[:figures])
    labels = [label] if is_total(label) else label.split(" ")
    if (not counts or not label or not all(map(is_total, labels)) or len(labels) > counts[0]
            or len(words) - figures != len(counts) or not all(_FORMS["count"].fullmatch(w) for w in words[figures:])):
        return None
    cells = [*labels, *[""] * (len(kinds) - len(labels))]
    for n, figure in zip(counts, words[figures:], strict=True):
        cells[n] = figure
    return cells


def _row_cells(words: list[str], kinds: list[Role]) -> list[str] | None:
    """A row's words parted into the header's columns, the fewest of its anchors' cells blank (`pdftotext -raw`
    prints no blank cell: an electric car's `배기량`), or None where they part no way or more than one so."""
    found = _alignments(words, kinds)
    fewest = min((_blanks(cells, kinds) for cells in found), default=None)
    best = [cells for cells in found if _blanks(cells, kinds) == fewest]
    return best[0] if len(best) == 1 else None


def _blanks(cells: list[str], kinds: list[Role]) -> int:
    return sum(not cell for cell, role in zip(cells, kinds, strict=True) if role in _BLANKABLE)


def _alignments(words: list[str], kinds: list[Role]) -> list[list[str]]:
    """Each way the words fill the columns: an anchor's column one word of its form or none (`_BLANKABLE`), a kind's
    one word, a run of free columns (`_FREE`) the words before the next anchor as `_run_cells` parts them."""
    if not kinds:
        return [] if words else [[]]
    if kinds[0] not in _FREE:
        ways = [["", *rest] for rest in _alignments(words, kinds[1:])] if kinds[0] in _BLANKABLE else []
        if words and _fits(words[0], kinds[0]):
            ways += [[words[0], *rest] for rest in _alignments(words[1:], kinds[1:])]
        return ways
    run = next((n for n, role in enumerate(kinds) if role not in _FREE), len(kinds))
    ways = []
    for end in range(len(words) + 1) if run < len(kinds) else (len(words),):
        cells = _run_cells(words[:end], kinds[:run])
        if cells is not None:
            ways += [[*cells, *rest] for rest in _alignments(words[end:], kinds[run:])]
    return ways


def _fits(word: str, role: Role) -> bool:
    if role == "kind":
        return True
    if role == "fuel":
        return fuel_named(word) is not None or word == "-"
    return bool(_FORMS[role].fullmatch(word))


def _run_cells(words: list[str], kinds: list[Role]) -> list[str] | None:
    """The words between two anchors parted into the free columns there: a note (`비 고`) from the first word a
    note starts with (`_is_note_start`), each cell before it one word at least, blank where no word so starts and
    another column of phrases (`용 도`) is before it; a name one word, as models are named (`그랜저`, `아이오닉5`),
    where a column of phrases is beside it; the one column of phrases left the rest (a name where it is alone:
    `제설 살포기`). None where two columns of phrases are left, or too few words."""
    cells = [""] * len(kinds)
    columns = len(kinds)  # the columns left to part, the note's left out once told
    if kinds[-1] == "note" and sum(role != "name" for role in kinds) > 1:
        columns -= 1
        start = next((n for n in range(columns, len(words)) if _is_note_start(words[n])), len(words))
        cells[-1], words = " ".join(words[start:]), words[:start]
    phrases = [n for n in range(columns) if kinds[n] != "name"]
    if len(phrases) > 1:
        return None
    rest = phrases[0] if phrases else columns - 1  # the column taking the words the names leave
    right = columns - 1 - rest
    if len(words) < columns - (kinds[rest] != "name"):
        return None
    cells[:rest] = words[:rest]
    cells[rest + 1:columns] = words[len(words) - right:] if right else []
    cells[rest] = " ".join(words[rest:len(words) - right])
    return cells


def _is_note_start(word: str) -> bool:
    return fuel_named(word) is not None or word.startswith(_NOTE_STARTS)


def _is_anchor(word: str) -> bool:
    """A word a vehicle's row prints: a category, a size, a fuel, a plate or a year (a row whose category is merged
    over another's, `그랜저 2019` under `승 용 쏘나타 2020`, is a row, and no line after the list)."""
    return bool(CATEGORY_KIND_RE.match(compact(word)) or vehicle_size(word) is not None
                or fuel_named(word) is not None or _FORMS["plate"].fullmatch(word) or _FORMS["year"].fullmatch(word))
