"""Tables as `pdftotext -raw` prints them: a row a line, its cells one space apart, a spaced label's letters too.

`구 분 계 국 비 시 비 구 비` over `예산액 1,512,000 756,000 453,600 302,400` has no column to line up by, so the
rows' count of figures tells how many cells the header holds, and its letters set apart are parted into the
labels left (`구 분 | 계 | 국 비 | 시 비 | 구 비`), evenly or into words such headers print (`적 합 | 부 적 합`).
Such a table is rewritten as the tab-separated rows the text reader reads already. Only a text that prints no
tab and no two spaces running reads so.
"""

from __future__ import annotations

import functools
import itertools

import regex

_FIGURE = r"[△▲-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?"
_FIGURE_RE = regex.compile(rf"{_FIGURE}|-")
# a figure of a row that prints no label, noting what it counts in brackets as a project's budget does (`385,200(구비)`)
_BARE_FIGURE_RE = regex.compile(rf"{_FIGURE}(?:[(（]\p{{Hangul}}+[)）])?")
# an as-of date a header prints after its last label (`집행률(%) (5.31.기준)`): part of that label's cell
# a word that dates the label after it in a header (`전년도 예산액`, `2024년 예산`, `당초 예산`)
_PERIOD_WORD_RE = regex.compile(r"전년도?|금년도?|당초|최종|추경|본|\d{4}년|[’‘']\d\d년?")
_AS_OF_AFTER_RE = regex.compile(r"^(.*\S) ([(（][^()（）]*기준[)）])$")
_HEADER_WORD_RE = regex.compile(r"[\p{Hangul}\w()%·ㆍ/]+")
_TOTALS = frozenset({"계", "합계", "소계", "총계"})
# words these reports' headers and row labels print set apart letter by letter, which tell an uneven parting
_HEADER_WORDS = frozenset((
    "구분", "정원", "현원", "과부족", "예산액", "집행액", "집행률", "잔액", "국비", "시비", "구비", "도비", "기금",
    "승용", "승합", "화물", "특수", "보유", "적합", "부적합", "기타", "비고", "내용", "대상", "기간", "증감", "전년",
    "금년", "건수", "금액", "인원", "개소", "일반직", "공무직", "기능직", "별정직", "임기제", "연번", "합계", "소계"))
_MAX_RUN = 12  # letters set apart in a row at most: a header's labels, not a spaced-out title
_NOT_A_ROW = ("○", "□", "-", "※", "ㆍ", "·", "▶", "(")


def one_space_tables(lines: list[str]) -> list[str]:
    """`lines` with each table printed a row a line, cells one space apart, rewritten in tabs."""
    if any("\t" in line or "  " in line.strip() for line in lines):
        return lines
    lines = list(lines)
    i = 0
    while i < len(lines):
        first = _row_figures(lines[i])
        if first is None:
            if i and (row := _bare_figures(lines[i])) and _is_header_line(lines[i - 1]) and (
                    header := parted_labels(_header_words(lines[i - 1]), len(row))):
                lines[i - 1:i + 1] = ["\t".join(header), "\t".join(row)]
            i += 1
            continue
        rows = [first]
        while i + len(rows) < len(lines) and (row := _row_figures(lines[i + len(rows)])) and len(row) == len(first):
            rows.append(row)
        header = _header_rows(lines, i, len(first) - 1)
        if header is not None:
            lines[i - len(header):i + len(rows)] = ["\t".join(cells) for cells in [*header, *rows]]
        i += len(rows)
    return lines


def _row_figures(line: str) -> list[str] | None:
    """A row's cells, its label and two figures or more, or None."""
    words = line.split(" ")
    n = len(words)
    while n > 0 and _FIGURE_RE.fullmatch(words[n - 1]):
        n -= 1
    label = " ".join(words[:n])
    if len(words) - n < 2 or not regex.search(r"\p{Hangul}", label) or label.startswith(_NOT_A_ROW):
        return None
    return [label, *words[n:]]


def _header_rows(lines: list[str], first_row: int, width: int) -> list[list[str]] | None:
    """The one or two header lines right above a table's first row, parted into its `width` + 1 columns."""
    above = lines[max(0, first_row - 2):first_row]
    if above and _is_header_line(above[-1]):
        words = _header_words(above[-1])
        one = parted_labels(words, width + 1) or parted_labels(_periods_joined(words), width + 1)
        if one is not None:
            return [one]
    if len(above) == 2 and all(_is_header_line(line) for line in above):
        lower = parted_labels(above[1].split(" "), None)
        upper = parted_labels(above[0].split(" "), width + 2 - len(lower)) if lower and len(lower) > 1 else None
        if upper is None:
            return None
        group = next((n for n in range(1, len(upper)) if upper[n] not in _TOTALS), None)
        if group is None:
            return None
        return [upper[:group + 1] + [""] * (len(lower) - 1) + upper[group + 1:],
                [""] * group + lower + [""] * (len(upper) - group - 1)]
    return None


def _bare_figures(line: str) -> list[str] | None:
    """A row of two figures or more and no label (`385,200(구비) 140,100(구비) 36.4`, under `예산액 집행액 집행률(%)`:
    a project's budget), or None."""
    words = line.split(" ")
    return words if len(words) > 1 and all(map(_BARE_FIGURE_RE.fullmatch, words)) else None


def _header_words(line: str) -> list[str]:
    """A header line's words, an as-of date after its last label kept with it (`집행률(%) (5.31.기준)`, one cell)."""
    if dated := _AS_OF_AFTER_RE.match(line):
        words = dated[1].split(" ")
        return [*words[:-1], f"{words[-1]} {dated[2]}"]
    return line.split(" ")


def _periods_joined(words: list[str]) -> list[str]:
    """A header's words with a period word joined to the label it dates (`전년도 예산액`, `2024년 예산`, `당초 예산`),
    where parting each word a label leaves too many."""
    joined: list[str] = []
    for word in words:
        if joined and _PERIOD_WORD_RE.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined


def _is_header_line(line: str) -> bool:
    """A line of words alone (an as-of date after them too), none a figure, a mark or a number that titles a part
    (`2. 인 력`)."""
    if dated := _AS_OF_AFTER_RE.match(line):
        line = dated[1]
    words = line.split(" ")
    return (bool(line) and not line.startswith(_NOT_A_ROW) and not any(_FIGURE_RE.fullmatch(w) for w in words)
            and all(_HEADER_WORD_RE.fullmatch(w) for w in words) and not regex.match(r"\d+\.|\p{Hangul}\.", line))


def parted_labels(words: list[str], count: int | None) -> list[str] | None:
    """`words` parted into `count` labels (where None, each run of letters one): a total or a word of letters is one
    label, and a run of single letters is parted into labels of two letters or more; where several partings fit, the
    one whose labels are all words these tables print (`부 적 합`, `과 부 족`), else the even one; None where none or
    several."""
    pieces: list[str | list[str]] = []
    for word in words:
        if len(word) == 1 and word not in _TOTALS:
            if pieces and isinstance(pieces[-1], list):
                pieces[-1].append(word)
            else:
                pieces.append([word])
        else:
            pieces.append(word)
    runs = [piece for piece in pieces if isinstance(piece, list)]
    if any(len(run) > _MAX_RUN for run in runs):
        return None
    if count is None:
        count = len(pieces)
    fits = [sizes for sizes in itertools.product(*(_sizes(len(run)) for run in runs))
            if len(pieces) - len(runs) + sum(len(part) for part in sizes) == count]
    fits = _one_of(fits, runs)
    if fits is None:
        return None
    sizes = iter(fits)
    labels = []
    for piece in pieces:
        if isinstance(piece, str):
            labels.append(piece)
            continue
        at = 0
        for size in next(sizes):
            labels.append(" ".join(piece[at:at + size]))
            at += size
    return labels


@functools.cache
def _sizes(letters: int) -> tuple[tuple[int, ...], ...]:
    """Each way of parting a run of `letters` letters into labels of two letters or more, in order."""
    if letters < 2:
        return ()
    return ((letters,), *((first, *rest) for first in range(2, letters - 1) for rest in _sizes(letters - first)))


def _one_of(fits: list[tuple[tuple[int, ...], ...]], runs: list[list[str]]) -> tuple[tuple[int, ...], ...] | None:
    """The one parting of the runs of letters that fits, told by the words it makes or by being even."""
    if len(fits) > 1:
        fits = [fit for fit in fits if all(_words_of(run, sizes) <= _HEADER_WORDS
                                           for run, sizes in zip(runs, fit, strict=True))] \
            or [fit for fit in fits if all(len(set(sizes)) == 1 for sizes in fit)]
    return fits[0] if len(fits) == 1 else None


def _words_of(run: list[str], sizes: tuple[int, ...]) -> set[str]:
    """The words a run of letters makes parted into labels of these sizes."""
    at, words = 0, set()
    for size in sizes:
        words.add("".join(run[at:at + size]))
        at += size
    return words
