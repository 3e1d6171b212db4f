"""Tables as `pdftotext -raw` prints them: a row a line, its cells one space apart, a spaced label's letters too.

`구 분 계 국 비 시 비 구 비` over `예산액 1,512,000 756,000 453,600 302,400` has no column to line up by, so the
rows' count of figures tells how many cells the header holds, and its letters set apart are parted into the
labels left (`구 분 | 계 | 국 비 | 시 비 | 구 비`), evenly or into words such headers print (`적 합 | 부 적 합`).
Where the header ends in `비 고`, the rows' notes are told from their figures by where the run of figures ends;
where it has two label columns (`단위사업 세부사업`) over rows of one label each, each label is set in its column
by what the rows print (a group's label on a line of its own, `소 계` rows and their sums, a class of posts and its
grade as one label); where its first two labels are words set apart (`차 종 용 도`) over rows whose labels start
with a word so (`승 용 업무용`), that word is a cell and the rest the next; a vehicle list, mostly words, is
parted by its rows' anchors (`one_space_vehicles`). Such a table is
rewritten as the tab-separated rows the text reader reads already. Only a text that prints no tab and no two spaces
running reads so.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from pipeline import patterns
from pipeline.document import CONTINUED_RE
from pipeline.one_space_vehicles import vehicle_list
from pipeline.values import DATE, sized_again, vehicle_size

_FIGURE = r"[△▲▼+-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?"
# a row's figure, a count of it noted in brackets too (`20(1)`, those on leave), or a dash
_FIGURE_RE = patterns.compile(rf"{_FIGURE}(?:\(\d+\))?|-")
# a spaced label's last letter with the formula letter the label prints (`정 원(A)`, `과 부 족(B-A)`, a space
# between too, `예 산 액 (A)`, as a cell's line of its own prints it): one letter
_LETTER_NOTED_RE = patterns.compile(r"\p{Hangul} ?[(（][^()（）\s]+[)）]")
# a figure of a row that prints no label, noting what it counts in brackets as a project's budget does (`385,200(구비)`,
# sources printed as one too, `1,100,000(국·구비)`, `(국ㆍ시ㆍ구비)`)
_BARE_FIGURE_RE = patterns.compile(rf"{_FIGURE}(?:[(（]\p{{Hangul}}+(?:[·ㆍᆞ・∙]\p{{Hangul}}+)*[)）])?")
# a word that dates the label after it in a header (`전년도 예산액`, `2024년 예산`, `당초 예산`, `6개월 성공자`, a
# supplementary budget's ordinal, `제1회 추경`), a year's months too (`’24.` over its months, `’24. 1~5월`)
_PERIOD_WORD_RE = patterns.compile(
    r"전년도?|금년도?|당초|최종|추경|본|제?\d{1,2}회|\d{4}[년.]|[’‘']\d\d[년.]?|\d{1,2}개월")
# the same time of a period a header's label dates (`전년 동기`): the word after it may be the label it dates
_SAME_TIME_RE = patterns.compile(rf"(?:{_PERIOD_WORD_RE.pattern}) 동기")
# a header's words that date its labels: a year (`’24.`, `2024.`, `’18년`, its end `’22년말`), months (`1~5월`,
# `5월`), a year's months (`2025.5월`, a year so far)
_DATING_WORD_RE = patterns.compile(
    r"(?:\d{4}(?:\.|년말?)|[’‘']\d\d(?:\.|년말?)?)(?:\d{1,2}(?:~\d{1,2})?월)?|\d{1,2}(?:~\d{1,2})?월")
# an as-of date a header prints after a label (`집행률(%) (5.31.기준)`): part of that label's cell
_AS_OF_RE = patterns.compile(r"[(（][^()（）]*기준[)）]")
# a bracket of no word set apart after a label, its unit or formula letter (`집행률 (%)`): part of that label's cell
_BRACKET_OF_NO_WORD_RE = patterns.compile(r"[(（][^()（）\p{Hangul}]+[)）]")
_OPENING_BRACKETS = ("(", "（")  # what both patterns above start with: a word not so starting skips them
# a label's last word noting the unit of its figures in brackets (`부과(천원)`, `인원(명)`, `면적(㎡)`)
_UNIT_NOTED_RE = patterns.compile(r"\p{Hangul}+[(（](?:천원|백만원|만원|원|명|건|개소|대|회|㎡|m²|%)[)）]")
# a header's words naming what a label of two measures, its last word (`심사 건수`, `요청 금액`, `참여 인원`)
_MEASURE_WORDS = frozenset(("건수", "금액", "인원", "횟수"))
# `2023년(1~5월)` too, and a unit's square symbol (`면적(㎡)`, `㎥`, `㎞`: CJK Compatibility's, no word letters)
_HEADER_WORD_RE = patterns.compile(r"[\p{Hangul}\w()（）%·ㆍ/,²³~\u3380-\u33df-]+")
_TOTALS = frozenset({"계", "합계", "소계", "총계"})
_GRAND_TOTALS = _TOTALS - {"소계"}
_ONE_LETTER_LABELS = frozenset({"계", "쪽"})  # labels of one letter: a total, a list of contents' page column
# a title holding a Hangul letter, told by a lookahead: `.*\p{Hangul}.*` tried the two runs' every parting, quadratic
# in a line of 20,000 letters that is no row
_TITLE = r"(?=[^\p{Hangul}\n]*\p{Hangul}).*"
# a list of contents' line: its mark, its title and the dots leading to its page (`① 청사 에너지 효율화 ..... 5`)
_CONTENTS_ROW_RE = patterns.compile(rf"([①-⑳]|\d{{1,2}}\.?) ({_TITLE} (?:\.{{3,}}|…+)) (\d{{1,3}})")
# its line under a header whose last label is the page's (`쪽`), the dots left out (`① 공정한 지방세 부과 5`)
_PAGED_ROW_RE = patterns.compile(rf"([①-⑳]|\d{{1,2}}\.?) ({_TITLE}) (\d{{1,3}})")
# words these reports' headers and row labels print set apart letter by letter, which tell an uneven parting
_HEADER_WORDS = frozenset((
    "구분", "정원", "현원", "과부족", "예산액", "집행액", "집행률", "잔액", "국비", "시비", "구비", "도비", "기금",
    "승용", "승합", "화물", "특수", "보유", "적합", "부적합", "기타", "비고", "내용", "대상", "기간", "증감", "전년",
    "금년", "건수", "금액", "인원", "개소", "면적", "일반직", "공무직", "기능직", "별정직", "임기제", "연번", "합계",
    "소계", "직렬", "직급", "차종", "용도", "회계", "단위사업", "세부사업", "누계", "세목", "부과", "징수", "미수납"))
# a staffing table's class of posts, `일반직`, `관리운영직`, `임기제`, two joined by a dot (`별정직ㆍ임기제`): a word
# its header prints
_CLASS_RE = patterns.compile(r"[가-힣]+[직제](?:[ㆍ·][가-힣]+[직제])?")
# a grade of posts (`5급`, `라급`, a 시간선택제임기제's), two as one label (`8ㆍ9급`)
_GRADE_RE = patterns.compile(r"(?:\d{1,2}(?:[ㆍ·]\d{1,2})?|[가-힣])급")
# a rank of a series of posts, its stem and its rank letter (`연구관`, `연구사`, `지도관`, `지도사`)
_RANK_RE = patterns.compile(r"[가-힣]{2,}[관사]")
# a class of posts and its grade or kind as one label (`별정직 6급`, `시간선택제임기제 라급`, `임기제 전문임기제`)
_CLASS_GRADE_RE = patterns.compile(rf"({_CLASS_RE.pattern}) ({_GRADE_RE.pattern}|{_CLASS_RE.pattern})")
# a total printed in both label columns (`계 계`)
_TOTAL_TWICE_RE = patterns.compile(r"((?:총 ?|합 ?)?계) ((?:총 ?|합 ?)?계)")
# a budget's upper level that every department's budget names alike, and the lower label printed on its line:
# a 정책사업 and its 단위사업 (`행정운영경비 기본경비`, `재무활동 보전지출`), a 단위사업 and its 세부사업
# (`기본경비 기본경비`)
_STANDARD_PROGRAM_RE = patterns.compile(r"(행정운영경비|재무활동|기본경비|인력운영비) (\S.*)")
_DOTS = frozenset("ㆍ·")  # a dot set apart between two words of one label, no letter of its own
_MAX_RUN = 16  # letters set apart in a row at most: a header's labels, not a spaced-out title
_NOT_A_ROW = ("○", "□", "-", "※", "ㆍ", "·", "▶", "(")
# a part's number (`2. 인 력`, `가.`, `Ⅱ.`, `①`): no row's label
_HANGUL_RE = patterns.compile(r"\p{Hangul}")
_LETTER_RE = patterns.compile(r"\p{L}")
_DIGIT_RE = patterns.compile(r"\d")
_NUMBER_RE = patterns.compile(r"\d+")
_BRACKET_ON_OR_SPACE_RE = patterns.compile(r"[(（].*|\s")  # a label's bracket and what follows, and its spaces
_PART_NUMBER_RE = patterns.compile(r"\d+\.|\p{Hangul}\.|[Ⅰ-Ⅻ]|[①-⑳]")
_GROUP_SUBTOTAL_RE = patterns.compile(r"(.+) (소 ?계)")  # a group's label and its 소계's, one line (`청사 관리 소 계`)
# a row's label whose last cell is a day or a period (`제259회 임시회 2025. 2. 10. ~ 2. 21.`): its name and that; a
# label ending in none told first by a lookahead (`.*\p{Hangul}.*?` tried every parting of a long run, quadratic)
_PERIOD = rf"{DATE}(?: ?~ ?{DATE})?"
_DATED_LABEL_RE = patterns.compile(rf"(?=.* {_PERIOD}$)(?P<name>.*\p{{Hangul}}.*?) (?P<period>{_PERIOD})")
_NOTES = ("비 고", "비고")  # a column of notes' label, last in its header
_CELL_LINE_MAX = 12  # characters a header's cell printed on a line of its own takes at most: a label, no sentence
_SERIAL_LABELS = ("연번 ", "순번 ", "번호 ")  # a list's first label, over its rows' serial numbers


def one_space_tables(lines: list[str], page_starts: Sequence[int] = (),
                     unplaced: list[tuple[int, str]] | None = None) -> list[str]:
    """`lines` with each table printed a row a line, cells one space apart, rewritten in tabs. A page break's blank
    lines (its running lines blanked, pages starting at `page_starts`) part no table: a header's lines, its rows,
    go on past them, each line rewritten where it stands. `unplaced` gets the line and label of each group's row
    whose label was read where it is printed though its group may start higher (`_groups_unplaced`)."""
    if any("\t" in line or "  " in line.strip() for line in lines):
        return lines
    kept = _off_page_breaks(lines, page_starts)
    breaks = {n for n in range(1, len(kept)) if kept[n] - kept[n - 1] > 1}  # the first line of a page, a break's below
    flagged: list[tuple[int, str]] = []
    read, tables = _tables_rewritten([lines[k] for k in kept], breaks, flagged)
    if unplaced is not None:  # a table's rows stand one after another from its first line's place on
        unplaced += [(kept[start] + n - start, label) for n, label in flagged
                     for start, end in tables if start <= n < end]
    lines = list(lines)
    for k, line in zip(kept, read, strict=True):
        lines[k] = line
    for start, end in tables:  # a table over a page break: its lines one after another, the break's blank below
        first, last = kept[start], kept[end - 1]
        if last - first >= end - start:
            lines[first:last + 1] = read[start:end] + [""] * (last + 1 - first - (end - start))
    return lines


def _off_page_breaks(lines: list[str], page_starts: Sequence[int]) -> list[int]:
    """The lines but the blank ones of a page break (a run of blank lines a page starts in or right after)."""
    starts = set(page_starts)
    kept, k = [], 0
    while k < len(lines):
        end = k
        while end < len(lines) and not lines[end]:
            end += 1
        if end == k:
            kept.append(k)
            k += 1
            continue
        if not any(n in starts for n in range(k, end + 1)):
            kept += range(k, end)
        k = end
    return kept


def _tables_rewritten(lines: list[str], breaks: AbstractSet[int] = frozenset(),
                      unplaced: list[tuple[int, str]] | None = None) -> tuple[list[str], list[tuple[int, int]]]:
    """`lines`, no page break's blank line among them (`breaks`: the lines a page starts on), with each table
    rewritten in tabs, line for line, and the lines each table takes (from, to); `unplaced` gets the line and label
    of each group's row a label may not start (`_groups_unplaced`)."""
    lines = list(lines)
    tables = []
    i = 0
    while i < len(lines):
        if not lines[i]:  # a blank line starts no table
            i += 1
            continue
        if (table := _contents_table(lines, i) or _numbered_list(lines, i) or vehicle_list(lines, i)
                or _noted_table(lines, i) or _two_level_table(lines, i, breaks, unplaced)) is not None:
            rows, end = table
            # a row printed on two lines is one: blank lines after the table keep the lines below it where they were
            lines[i:end] = ["\t".join(cells) for cells in rows] + [""] * (end - i - len(rows))
            tables.append((i, i + len(rows)))
            i = end
            continue
        first = _row_figures(lines[i])
        if first is None:
            if (row := _bare_figures(lines[i])) and (header := _header_rows(lines, i, len(row), labelled=False)):
                lines[i - len(header):i + 1] = ["\t".join(cells) for cells in [*header, row]]
                tables.append((i - len(header), i + 1))
            i += 1
            continue
        rows, k = [first], i + 1
        while k < len(lines):
            if (group := _group_row(lines, k, len(first))) is not None:
                rows.append(group)
                k += 1
                continue
            again = int(i > 0 and lines[k] == lines[i - 1])  # its header printed again over the next page's rows
            if k + again >= len(lines) or (row := _row_figures(lines[k + again], sub_row=True)) is None or len(
                    row) != len(first):
                break
            rows.append(row)
            k += 1 + again
        if i and (group := _group_row(lines, i - 1, len(first))) is not None and _header_rows(
                lines, i - 1, len(first)) is not None:  # a group's row right under the header
            rows, i = [group, *rows], i - 1
        if _blanks_dropped(lines, k, len(first)):
            i = k
            continue
        if i and (apart := _units_apart(lines[i - 1], rows) or _dates_apart(lines, i, rows)):
            rows, first = apart, apart[0]
        header = _header_rows(lines, i, len(first))
        top = i - len(header or ())  # the header's first line
        if (parted := _spaced_words_apart(rows)) and (two := _two_label_header(lines, i, len(first) + 1)):
            header, rows, top = two, parted, i - len(two)
        elif header is None and (a_line := _wrapped_header(lines, i, len(first))
                                 or _cell_a_line_header(lines, i, len(first))):
            labels, top = a_line
            header = [labels]
            if len(labels) > len(first):  # a column of notes no row fills, its cells dropped
                rows = [[*row, ""] for row in rows]
        if header is not None:
            # a header printed again left out, a header's cells printed a line each: blank lines after the table
            # keep the lines below it where they were
            table = ["\t".join(cells) for cells in [*header, *rows]]
            lines[top:k] = table + [""] * (k - top - len(table))
            tables.append((top, top + len(table)))
        i = k
    return lines, tables


# a row's unit printed after its label in a column of units (`체납액 정리율 % 30.0`, `실태조사 필지 1,200`)
_UNIT_WORD_RE = patterns.compile(r"[%‰]|\p{Hangul}{1,3}|㎡|m²|km")


def _units_apart(header: str, rows: list[list[str]]) -> list[list[str]] | None:
    """The rows with each label's last word a cell of its own, where the header right above them labels a column
    of units after its first label (`성과지표 단위 목표 실적 달성률(%)`, a word more than the rows' cells) and each
    row's label ends in a unit's word (`체납액 정리율 % 30.0 12.5 41.7`, as `pdftotext -raw` prints a table of
    indicators); None otherwise (before, the header's last two labels were joined over the rows' figures)."""
    words = header.split(" ")
    if len(words) != len(rows[0]) + 1 or words[1] != "단위":
        return None
    parted = [row[0].rsplit(" ", 1) for row in rows]
    if not all(len(label) == 2 and _UNIT_WORD_RE.fullmatch(label[1]) for label in parted):
        return None
    return [[*label, *row[1:]] for label, row in zip(parted, rows, strict=True)]


def _dates_apart(lines: list[str], first_row: int, rows: list[list[str]]) -> list[list[str]] | None:
    """The rows with each label's day or period a cell of its own (`청람청년센터 2019. 3. 15.`: `청람청년센터 |
    2019. 3. 15.`), a total's blank, where two rows' labels at least end in one, every other row's is a total (`계
    1,420 …`, printing no day), and the header parts into a column more (`시 설 명 개 소 일 면적(㎡) …`); else None.
    Before, the days stayed in the labels, the header's two labels one."""
    dated = [_DATED_LABEL_RE.fullmatch(row[0]) for row in rows]
    if sum(map(bool, dated)) < 2 or not all(
            match or _is_total(row[0]) for match, row in zip(dated, rows, strict=True)) or _header_rows(
            lines, first_row, len(rows[0]) + 1) is None:
        return None
    return [[match["name"], match["period"], *row[1:]] if match else [row[0], "", *row[1:]]
            for match, row in zip(dated, rows, strict=True)]


def _blanks_dropped(lines: list[str], k: int, cells: int) -> bool:
    """Whether line k, right below a table's rows of `cells` cells, is a row of fewer figures: one of the table's whose
    blank cells `pdftotext -raw` dropped (`도시관리팀 6 2 2 1 1` under `도시계획팀 7 1 1 3 1 1`), which no figure
    tells the columns of. The table so cut short stays text: read, its total would be checked against the rows
    above that line alone."""
    return k < len(lines) and (row := _row_figures(lines[k])) is not None and len(row) < cells


def _spaced_words_apart(rows: list[list[str]]) -> list[list[str]] | None:
    """The rows with each label parted into two, a word printed with its letters set apart and the words after it
    (`승 용 업무용`: `승 용 | 업무용`; a total's second blank), or None where any other label parts no such way."""
    parted = []
    for label, *figures in rows:
        words = label.split(" ")
        letters = next((n for n, word in enumerate(words) if len(word) > 1), len(words))
        if _is_total(label):
            parted.append([label, "", *figures])
        elif 2 <= letters < len(words):
            parted.append([" ".join(words[:letters]), " ".join(words[letters:]), *figures])
        else:
            return None
    return parted


def _two_label_header(lines: list[str], first_row: int, columns: int) -> list[list[str]] | None:
    """The one header line over a table's first row parted into `columns` labels, the first two words its headers
    print (`차 종 용 도`: `차 종 | 용 도`), or None."""
    header = _header_rows(lines, first_row, columns)
    if header is None or len(header) > 1 or not all(_is_header_word(label.replace(" ", "")) for label in header[0][:2]):
        return None
    return header


def _row_figures(line: str, sub_row: bool = False) -> list[str] | None:
    """A row's cells, its label and two figures or more, or None; where `sub_row` (a row below a table's first), its
    label may start with a dash, a row under the one above (`- 지방소득세 6,800 2,380 35.0 4,420` under `시 세`), and be
    Latin letters alone (`CNG 15 12 - 3 - -` under `경 유`)."""
    words = line.split(" ")
    n = len(words)
    while n > 0 and _FIGURE_RE.fullmatch(words[n - 1]):
        n -= 1
    label = " ".join(words[:n])
    if len(words) - n < 2 or not (_LETTER_RE if sub_row else _HANGUL_RE).search(label) or label.removeprefix(
            "- " if sub_row else "").startswith(_NOT_A_ROW):
        return None
    return [label, *words[n:]]


def _contents_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A list of contents under a header of three labels (`연번 사 업 명 쪽`): each line its mark, its title with the
    dots leading to its page and its page (`① 청사 에너지 효율화 ..... 5`), or no dots where the header's last label
    is the page's (`쪽`) and the pages run on (`① 공정한 지방세 부과 5`, `② 체납액 일제정리 추진 6`), and the line
    after its last; None where the header parts no way into three or no such line is below it."""
    row_re = _PAGED_ROW_RE if lines[i].endswith(" 쪽") else _CONTENTS_ROW_RE
    rows = []
    while i + 1 + len(rows) < len(lines) and (row := row_re.fullmatch(lines[i + 1 + len(rows)])):
        rows.append(list(row.groups()))
    if (not rows or not _is_header_line(lines[i]) or (labels := parted_labels(_header_words(lines[i]), 3)) is None
            or any(int(above[2]) > int(below[2]) for above, below in itertools.pairwise(rows))):
        return None
    return [labels, *rows], i + 1 + len(rows)


def _numbered_list(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A list under a header whose first label is its rows' serial number (`연번 차 종 차량번호 연식 용 도`), each row
    numbered one more than the one above from 1 (`1 아이오닉 12가3456 2022 업무용`), its words one a cell but the last
    cell's, which takes the rest (`민원 현장`), and the line after its last. None where the header parts no way into
    the rows' fewest words, a column holds figures on some rows and none on others (a cell of two words before the
    last: `그랜저 하이브리드`), or fewer than two rows are below it."""
    rows: list[list[str]] = []
    while i + 1 + len(rows) < len(lines) and (words := lines[i + 1 + len(rows)].split(" "))[0] == str(len(rows) + 1):
        rows.append(words)
    if len(rows) < 2 or not _is_header_line(lines[i]) or not lines[i].startswith(_SERIAL_LABELS):
        return None
    columns = min(map(len, rows))
    labels = parted_labels(_header_words(lines[i]), columns)
    rows = [[*words[:columns - 1], " ".join(words[columns - 1:])] for words in rows]
    if labels is None or columns < 3 or any(len({bool(_DIGIT_RE.search(row[k])) for row in rows}) > 1
                                            for k in range(1, columns - 1)):
        return None
    return [labels, *rows], i + 1 + len(rows)


def _noted_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The table whose header on line i ends in a column of notes (`비 고`) and the rows below it: each a label, as
    many figures as the others and its note after them or none (`보 건 10 9 △1 육아휴직 1`, `계 26 25 △1`, `승 용 2
    전기차 1`), so its figures are told from its note by where the run of figures ends, one figure a row too (a
    fleet's counts), and the line after its last. None where the header parts no way into the rows' columns, or no
    row is below it."""
    header = lines[i]
    notes = next((label for label in _NOTES if header.endswith(f" {label}")), None)
    if notes is None or not _is_header_line(header):
        return None
    rows: list[tuple[str, list[str], str]] = []
    while i + 1 + len(rows) < len(lines):
        k = i + 1 + len(rows)
        below = _noted_row(lines[k + 1]) if k + 1 < len(lines) else None
        if below and (group := _group_row(lines, k, len(below[1]) + 1)) and (
                not rows or len(below[1]) == len(rows[0][1])):
            rows.append((group[0], group[1:], ""))
            continue
        if not (row := _noted_row(lines[k])) or rows and len(row[1]) != len(rows[0][1]):
            break
        rows.append(row)
    if not rows:
        return None
    words = _header_words(header[:-len(notes) - 1])
    grouped = _groups_apart(rows)
    for named in filter(None, (_dated_apart(rows), grouped, [[label] for label, _, _ in rows])):
        columns = len(named[0]) + len(rows[0][1])
        labels = _one_line_labels(words, columns)
        if labels is None and named is grouped and (merged := parted_labels(words, columns - 1)):
            labels = [merged[0], "", *merged[1:]]  # one label merged over both label columns (`구 분`)
        if labels is not None:
            return [[*labels, notes], *([*cells, *figures, note] for cells, (_, figures, note)
                                        in zip(named, rows, strict=True))], i + 1 + len(rows)
    return None


def _group_row(lines: list[str], k: int, cells: int) -> list[str] | None:
    """Line k as a row of `cells` cells, its figures blank, where it is a class of posts alone (`일반직`) right over a
    row of as many cells: a group's label on a row of its own, as a staffing table prints one over its grades or
    posts (`행 정 5 5 -`) and a text reads it; None for any other line (before, it ended the table, the rows below
    it lost)."""
    if k + 1 >= len(lines) or not _CLASS_RE.fullmatch(lines[k].replace(" ", "") if _letters_apart(lines[k])
                                                      else lines[k]):  # `일반직`, `일 반 직`; no header again
        return None
    row, noted = _row_figures(lines[k + 1], sub_row=True), _noted_row(lines[k + 1])
    if not (row and len(row) == cells or noted and len(noted[1]) + 1 == cells):  # a row's figures, or before a note
        return None
    return [lines[k], *[""] * (cells - 1)]


def _groups_apart(rows: list[tuple[str, list[str], str]]) -> list[list[str]] | None:
    """The rows' labels each parted into its group's label and its own, where each row prints both on its line (a
    label merged down printed in every row it spans, as a table filling its merged cells prints it): the groups
    those whose 소계 names them (`토 지 소 계`: `토 지 | 소 계`), each other row's label starting with one
    (`토 지 대 지`: `토 지 | 대 지`) or, printing none, under its group's 소계 (its label merged down printed once, on
    the 소계's line: a blank beside `대 지`), a total printed in both label columns as it is (`계 계`: `계 | 계`) or
    once (a blank beside it). None where no 소계 names a group or a row's label starts with none above the first
    such 소계: read as one label, `계 계` is no total and a group's 소계 seems to close the rows above it, so its sum
    would be found wrong."""
    subtotals = [_GROUP_SUBTOTAL_RE.fullmatch(label) for label, _, _ in rows]
    names = sorted({match[1] for match in subtotals if match}, key=len, reverse=True)
    if not names:
        return None
    parted, open_group = [], False
    for (label, _, _), subtotal in zip(rows, subtotals, strict=True):
        if subtotal:
            parted.append([subtotal[1], subtotal[2]])
            open_group = True
        elif total_twice := _TOTAL_TWICE_RE.fullmatch(label):
            parted.append([total_twice[1], total_twice[2]])
        elif _is_total(label):
            parted.append([label, ""])
        elif name := next((name for name in names if label.startswith(f"{name} ")), None):
            parted.append([name, label[len(name) + 1:]])
        elif open_group:
            parted.append(["", label])
        else:
            return None
    return parted


def _dated_apart(rows: list[tuple[str, list[str], str]]) -> list[list[str]] | None:
    """The rows' labels each parted into its name and the day or period it ends in, a cell of its own (`제259회
    임시회 | 2025. 2. 10. ~ 2. 21.`; a total's blank), or None where no label ends in one."""
    dated = [_DATED_LABEL_RE.fullmatch(label) for label, _, _ in rows]
    if not any(dated):
        return None
    return [[match["name"], match["period"]] if match else [label, ""]
            for match, (label, _, _) in zip(dated, rows, strict=True)]


def _two_level_table(lines: list[str], i: int, breaks: AbstractSet[int] = frozenset(),
                     unplaced: list[tuple[int, str]] | None = None) -> tuple[list[list[str]], int] | None:
    """The table whose header on line i has two label columns (`단위사업 세부사업 예산액 집행액 집행률(%)`), its rows
    printing one label each (`_two_level_line`), each label set in its column (`two_level_rows`), and the line
    after its last; where it goes on over a page break under its header printed again, that line is left out. The
    header may print one label over both label columns (`구 분 개소 면적(m²)`, a merged cell) where each group's label
    stands over the group's total (`도시공원` over `계 42 1,254,000`). None where the header does not part into the
    rows' figures and two label columns each a word as printed (not letters set apart, `구 분 예 산`, a one-level
    header parted so by chance over a label wrapped onto its row's line, unless a group's label stands over or beside
    its 소계: `구 분 수 종` over `교목`, `소 계 15,210 81,100`) nor so, or no group's label or 소계 in the whole table
    says it has groups. A page starts on the lines in `breaks` (its header printed again there or not); `unplaced`
    gets the line and label of each group's row whose label may start higher (`_groups_unplaced`)."""
    if not _is_header_line(lines[i]):
        return None
    body: list[tuple[str | None, list[str]]] = []  # (a group's label printed over or before the row or None, the row)
    atop = set()  # the rows atop a page, right under the header printed again or not
    k = i + 1
    while k < len(lines):
        repeated = _header_again(lines, k, i) if body else 0
        if k + repeated >= len(lines) or (line := _two_level_line(lines, k + repeated)) is None:
            break
        group, row, used = line
        if body and len(row) != len(body[0][1]):
            break
        page_top = bool(repeated) or k in breaks
        if page_top and group is not None and _label_again(group, body):
            group = None  # the label of the group open above printed again atop the page, its rows going on
        if page_top and group is not None and (opened := _group_opened_above(body)) is not None:
            body[opened], group = (group, body[opened][1]), None  # the label of a group the page break parts
        if page_top:
            atop.add(len(body))
        body.append((group, row))
        k += used + repeated
    body = _leading_subtotals_labelled(_parted_groups_summed_back(body, atop), atop)
    if not any(group is not None or _is_subtotal(row[0]) for group, row in body):
        return None
    words = _header_words(lines[i])
    columns = len(body[0][1]) + 1
    labels = _one_line_labels(words, columns)
    if body[0][0] is not None and _is_total(body[0][1][0]) and not _is_total(body[0][0]) and (
            labels is not None or _wrapped_header_row(words, _header_words(lines[i + 1]), columns - 1)):
        # the line of words over the first row, a total, is the header's wrapped second line, not a group's label,
        # where the header names both label columns without it or ends its cells (`구 분 감사 지적` over `건수 건수`
        # over `계 9 57`): the table is one-level
        return None
    # letters set apart parted there by chance, unless into words so printed or over a group's label beside its
    # 소계, which only a table of two label columns prints (`교목` over `소 계 15,210 81,100` under `구 분 수 종
    # 주 수`), or into `구 분` and the rows' column's label after it, whatever its word (`구 분 시 설`), where the
    # rows' groups are told (`_groups_of_rows`: each label over two rows or more, a 계 first or last) and no other
    # label is letters so parted by chance (before, `구 분 시 설` one label, the table ended at the first group's)
    if labels is not None and not any(group is not None and _is_subtotal(row[0]) for group, row in body) and not all(
            _is_header_word(label.replace(" ", "")) for label in labels[:2] if _letters_apart(label)) and not (
            _is_header_word(labels[0].replace(" ", "")) and _groups_of_rows(body, atop)
            and all(_is_header_word(label.replace(" ", "")) for label in labels[2:] if _letters_apart(label))):
        labels = None
    if labels is None and (grouped := _groups_over_totals(body) or _groups_of_rows(body, atop)):
        # its labels as a one-level header's are (`감사 건수`, `재정상 조치(천원)`: words of a label of two), the first
        # merged over both label columns; before, words alone, so that such a header read no table
        merged = _one_line_labels(words, columns - 1)
        if merged is not None and all(_is_header_word(label.replace(" ", "")) for label in merged
                                      if _letters_apart(label)):
            labels, body = [merged[0], "", *merged[1:]], grouped
    if labels is None:
        return None
    rows = [labels, *two_level_rows(_one_row_groups_apart(body))]
    if unplaced is not None:  # each label's row: the first that prints it
        unplaced += [(i + rows.index(row), label) for label in _groups_unplaced(body, atop)
                     if (row := next((row for row in rows if row[0] == label), None))]
    return rows, k


def _groups_unplaced(body: list[tuple[str | None, list[str]]], atop: set[int]) -> list[str]:
    """The labels of the groups whose label `pdftotext -raw` printed atop a page, over the page's first row, the
    group above open to the page's foot over two rows or more, in a table printing no 소계: the label, merged down
    its rows, is printed where its part on that page is drawn, and its first rows may be those at the foot of the
    page above (`수영장 4 800`, `게이트볼장 3 600` at a page's foot, `생활시설`, `테니스장 2 350` atop the next), no
    소계 telling where the group starts (`_parted_groups_summed_back`, `_leading_subtotals_labelled`) and the
    table's 계 adding up however the rows are parted. The label stays on the row it is printed over, said so."""
    if any(_is_subtotal(row[0]) for _group, row in body):
        return []
    labels = []
    for n in sorted(atop):
        group, row = body[n]
        opened = max((m for m in range(n) if body[m][0] is not None), default=None)
        if group is not None and not _is_total(row[0]) and opened is not None and n - opened > 1 and not any(
                _is_total(above[0]) for _group, above in body[opened:n]):
            labels.append(group)
    return labels


def _group_opened_above(body: list[tuple[str | None, list[str]]]) -> int | None:
    """The first of the rows at the body's end after a group's last row, its 소계, none printing a group's label,
    where there are any: the first rows of a group a page break parts, whose label, merged down its rows,
    `pdftotext -raw` prints atop the next page, where its part there is drawn (`수영장`, `게이트볼장` at a page's
    foot, `(계속)`, the header again, `생활시설`, `테니스장`, `소계`); before, the table ended there."""
    n = len(body)
    while n and body[n - 1][0] is None and not _is_subtotal(body[n - 1][1][0]) and not _is_total(body[n - 1][1][0]):
        n -= 1
    # a 소계 printing its group's label is that group's first row, the rows below it its own (`도시공원`, `소 계`)
    return n if 0 < n < len(body) and body[n - 1][0] is None and _is_subtotal(body[n - 1][1][0]) else None


def _label_again(label: str, body: list[tuple[str | None, list[str]]]) -> bool:
    """Whether a group's label is that of the group open at the body's end, printed again (spaces and a `(계속)`
    mark aside: `생활시설` or `생활시설(계속)` atop a page over `게이트볼장 3 600` where `생활시설` over `수영장 4 800`
    stands at the foot of the page above), as a word processor prints a label merged down rows a page break parts
    in each part, or a writer marks it going on: no group of its own, no 소계 or 계 closing the one above (before,
    two groups, or the table lost where one was of a row); a 소계 its label stands on opens it (`생활시설 / 소계 13
    1,950`, as a table printing each group's 소계 first has it: before, the table was not read). Not in a table
    printing its label on every row (`임기제 전문임기제 2 2 -` over `임기제 시간선택제임기제 1 1 -`, its cells not
    merged), which reads so as it is."""
    opened = max((n for n, (group, _row) in enumerate(body) if group is not None), default=None)
    return (opened is not None and any(group is None for group, _row in body)
            and _bare_label(label) == _bare_label(body[opened][0])
            and not any(_is_subtotal(row[0]) or _is_total(row[0]) for _group, row in body[opened + 1:]))


def _bare_label(label: str) -> str:
    """A group's label, spaces and a `(계속)` after it aside."""
    return CONTINUED_RE.sub("", label.strip()).replace(" ", "")


def _parted_groups_summed_back(body: list[tuple[str | None, list[str]]],
                               atop: set[int]) -> list[tuple[str | None, list[str]]]:
    """The rows with the label of each group a page break parts, printed atop the next page (`atop`: the rows under
    the header printed again there), on its first row above the break, where no 소계 closes the group above (else
    `_group_opened_above`) but its own 소계 tells its rows: the run of rows at the foot of the page above, after the
    group above's first, whose figures with its rows below the break add up to its 소계 in a column at least, that
    run alone of all (`수영장 4 800`, `게이트볼장 3 600` over the break, `생활시설`, `테니스장 2 350`, `소계 9
    1,750`; a wrong figure in the 소계's other column still found). Where its rows below add up so alone, or no
    run or several do, the rows stay where printed (before, the rows above the break were the group above's,
    `생활시설 / 소계` false: 2 ≠ 9)."""
    body = list(body)
    for n in sorted(atop):
        group, row = body[n]
        if group is None or _is_subtotal(row[0]) or _is_total(row[0]):
            continue
        end = next((m for m in range(n + 1, len(body)) if body[m][0] is not None or _is_total(body[m][1][0])),
                   len(body))
        subtotal = next((m for m in range(n + 1, end) if _is_subtotal(body[m][1][0])), None)
        opened = max((m for m in range(n) if body[m][0] is not None), default=None)
        if (subtotal is None or opened is None
                or any(_is_subtotal(above[0]) or _is_total(above[0]) for _group, above in body[opened:n])):
            continue
        runs = [start for start in range(opened + 1, n + 1) if _adds_up(body[start:subtotal], body[subtotal][1])]
        if len(runs) == 1 and runs[0] < n:
            body[runs[0]], body[n] = (group, body[runs[0]][1]), (None, row)
    return body


def _leading_subtotals_labelled(body: list[tuple[str | None, list[str]]],
                                atop: set[int]) -> list[tuple[str | None, list[str]]]:
    """The rows with the label of each group a page break parts that stands right under a 소계 printing no label
    (`_group_opened_above` read that 소계 as closing the group above) on that 소계 where its arithmetic says it is
    the group's first row, as tables printing each group's 소계 first have it (`체육시설 / 소계 5 950` over its rows):
    the group's rows, the page's top among them, add up to it in a column at least, and the group above's rows
    (after its own 소계, where it prints one first) do not (`소계 13 1,950`, `수영장 4 800`, `게이트볼장 3 600` at a
    page's foot, `생활시설`, `테니스장 2 350`, `탁구장 4 200` atop the next: the 소계 생활시설's, no closing one of
    체육시설's 5; before, the table was not read)."""
    body = list(body)
    for g in range(2, len(body)):
        label, row = body[g]
        subtotal = body[g - 1][1]
        if label is None or body[g - 1][0] is not None or not _is_subtotal(subtotal[0]):
            continue
        end = next((m for m in range(g + 1, len(body)) if body[m][0] is not None or _is_total(body[m][1][0])
                    or _is_subtotal(body[m][1][0])), len(body))
        above = max((m for m in range(g - 1) if body[m][0] is not None), default=None)
        if above is None or not any(g <= n < end for n in atop) or not _adds_up(body[g:end], subtotal):
            continue
        first = above + 1 if _is_subtotal(body[above][1][0]) else above
        if not _adds_up(body[first:g - 1], subtotal):
            body[g - 1], body[g] = (label, subtotal), (None, row)
    return body


def _adds_up(rows: list[tuple[str | None, list[str]]], total: list[str]) -> bool:
    """Whether the rows' figures add up to a total row's in a column it prints an amount in."""
    return any(sum(whole_amount(row[n]) or 0 for _group, row in rows if n < len(row)) == whole_amount(total[n])
               for n in range(1, len(total)) if whole_amount(total[n]) is not None)


def _header_again(lines: list[str], k: int, header: int) -> int:
    """How many lines from line k print the table's header (on line `header`) again over the next page's rows: that
    line, or a `(계속)` mark over it, as a word processor marks a table going on over a page (the mark goes later,
    `read_text`; before, the table ended over it, and the part below, no total among its rows, told no groups)."""
    if lines[k] == lines[header]:
        return 1
    continued = "계" in lines[k] and CONTINUED_RE.search(lines[k].strip())
    return 2 if continued and k + 1 < len(lines) and lines[k + 1] == lines[header] else 0


def _one_row_groups_apart(body: list[tuple[str | None, list[str]]]) -> list[tuple[str | None, list[str]]]:
    """The rows with a group of one row's label parted from its row's, where its row's label is two words and the
    rows of the groups printed on lines of their own are a word each, two at least (`현장직 녹지원 8 400` under
    `관리직` over `팀장 2 100` and `주무관 6 300`, or right under the table's total, `계` over `현장직 녹지원 3 300`
    over `생활시설`): `-raw` prints a cell merged over no other row on its row's line, and those rows say the
    second label column holds one word. Where they print labels of several words, no word tells where the two part
    (`사회복지시설 확충 종합사회복지관 건립`): the label stays one."""
    opened = next((n for n, (group, row) in enumerate(body) if group is not None or _is_total(row[0])), len(body))
    members = [row[0] for group, row in body[opened:] if not _is_total(row[0])]
    one_word = [label for label in members if " " not in label]
    if len(one_word) < 2 or len(members) - len(one_word) != 1:
        return body
    out = []
    for n, (group, row) in enumerate(body):
        words = row[0].split(" ")
        if (group is None and n > opened and row[0] in members and len(words) == 2
                and all(len(word) > 1 for word in words)):
            out.append((words[0], [words[1], *row[1:]]))
        else:
            out.append((group, row))
    return out


def _groups_of_rows(body: list[tuple[str | None, list[str]]],
                    atop: set[int] = frozenset()) -> list[tuple[str | None, list[str]]] | None:
    """The rows as they are where each group's label stands on a line of its own over two rows or more (a label
    merged down its rows, as `pdftotext -raw` prints it before them), the table's total its first row or its last,
    and a group's 소계, where it prints one, its last row (`계 58 1,294,310`, `도시공원`, `근린공원 12 842,100`,
    `어린이공원 31 96,420`; `체육시설` over `축구장 3 300`, `야구장 2 650`, `소계 5 950`, the 계 below the groups
    too); None elsewhere (a label wrapped onto its row's line, `건강 증진` over `금연 사업 50 25`, heads one row).
    Before, a 소계 or a 계 below the groups ended the table at the first group's label, its rows read as none.
    A label over one row atop a page, right under the header printed again (`atop`: the rows there), is a group a
    page break parts, as `-raw` prints a label merged down rows on both pages in its part below: its rows above the
    break, no 소계 closing the group above, cannot be told from that group's and stay where printed, its (the table
    is read, no group's sum checked by a 소계 in it; before, the table fell apart at the label, its 계 unchecked)."""
    starts = [n for n, (group, _row) in enumerate(body) if group is not None]
    total_last = _is_total(body[-1][1][0])
    if not starts or not (_is_total(body[0][1][0]) or total_last and starts[0] == 0):
        return None
    spans = list(zip(starts, [*starts[1:], len(body) - total_last], strict=True))
    subtotals = [n for n, (_group, row) in enumerate(body) if _is_subtotal(row[0])]
    ends = {end for _start, end in spans}
    if any(end - start < 2 and start not in atop for start, end in spans) or any(n + 1 not in ends for n in subtotals):
        return None
    return body


def _groups_over_totals(body: list[tuple[str | None, list[str]]]) -> list[tuple[str | None, list[str]]] | None:
    """The rows with each group's label beside its total, where each stands over its total (`도시공원` over `계 42
    1,254,000`) or right below it, over the total's first row, the rows from there to the next total adding up to
    its first figure (merged down over the rows below the total as well, centred on them: `계 42 1,254,000`,
    `도시공원`, `근린공원 12 980,000`, `어린이공원 30 274,300`; not a label wrapped onto its row's line below a total,
    `계 100 50`, `건강 증진`, `금연 사업 50 25`, nor one whose rows up to a group of its own, `공무직 3 3 -` under
    `일반직`'s grades, make less); None where a group's label is elsewhere."""
    body = list(body)
    by_class = _grouped_by_class(body)
    for n, (group, row) in enumerate(body):
        if group is None or _is_total(row[0]) or _is_subtotal(row[0]):
            continue
        if n == 0 or body[n - 1][0] is not None or not _is_total(body[n - 1][1][0]):
            return None
        end = next((m for m in range(n, len(body)) if _in_first_column(body[m][1][0], by_class)), len(body))
        if sum(whole_amount(figures[1]) or 0 for _, figures in body[n:end]) != whole_amount(body[n - 1][1][1]):
            return None
        body[n - 1:n + 1] = [(group, body[n - 1][1]), (None, row)]
    return body


def _two_level_line(lines: list[str], k: int) -> tuple[str | None, list[str], int] | None:
    """The row of a table of two label columns that starts on line k, the group's label printed with it and how many
    lines it takes, or None: a row (its label ending in `소 계` after a group's label, `청사 관리 소 계 …`, is
    that group's 소계; a class and its grade, `별정직 6급`, a total printed twice, `계 계`, and a group of one row
    whose label every budget names alike, on its row's line as a cell merged over no other row prints, `행정운영경비
    기본경비`, are two labels); a
    label on a line of its own over a line of figures alone (a merged cell centred on its row: `총 계` over
    `3,210,000 1,020,000 31.8`); a line of words alone over a row, a group's label (a 단위사업 merged down, printed
    where its centre is) beside that row."""
    if (row := _row_figures(lines[k])) is not None:
        if grouped := (_GROUP_SUBTOTAL_RE.fullmatch(row[0]) or _CLASS_GRADE_RE.fullmatch(row[0])
                       or _TOTAL_TWICE_RE.fullmatch(row[0]) or _STANDARD_PROGRAM_RE.fullmatch(row[0])):
            return grouped[1], [grouped[2], *row[1:]], 1
        return None, row, 1
    if k + 1 < len(lines) and _is_label_line(lines[k]):
        if below := _bare_figures(lines[k + 1]):
            return None, [lines[k], *below], 2
        if below := _row_figures(lines[k + 1]):
            return lines[k], below, 2
    return None


def _grouped_by_class(body: list[tuple[str | None, list[str]]]) -> bool:
    """Whether a table of two label columns groups its rows by classes of posts (`일반직` over its grades)."""
    return any(group is not None and _CLASS_RE.fullmatch(group) for group, _ in body)


def _in_first_column(label: str, by_class: bool) -> bool:
    """Whether a row printing one label, no group's, stands in the first label column: a total, or a class of
    posts (`공무직`) where the groups are classes."""
    return _is_total(label) or by_class and bool(_CLASS_RE.fullmatch(label))


def two_level_rows(body: list[tuple[str | None, list[str]]]) -> list[list[str]]:
    """The rows of a table of two label columns, each label in its column: a group's label in the first beside its
    row's in the second; a total (`계`) in the first, a class of posts too where the groups are classes (`공무직`
    under `일반직`'s grades); a `소 계` in the second, and the rows after it, its group's, until their first figures
    add up to its or the next group's label (before, a closing 소계 counted the next group's rows too: `테니스장` in
    the first column where `수영장 1 10`, `게이트볼장 1 10` made up its 2); a row after a group so closed in the first
    (`기본경비`); the others in
    the second where the table prints groups' labels on lines of their own and no 소계 (each group's label centred
    on its rows), else in the first."""
    grouped = any(group is not None for group, _ in body)
    by_class = _grouped_by_class(body)
    rows, left, closed = [], None, False  # what an open group's 소계 leaves for its rows; whether a 소계 closed one
    for group, (label, *figures) in body:
        if group is not None:  # a group of its own: a 소계 above counts no rows past its label
            rows.append([group, label, *figures])
            left = None
        elif _in_first_column(label, by_class):
            rows.append([label, "", *figures])
        elif _is_subtotal(label) or left is not None or grouped and not closed:
            rows.append(["", label, *figures])
        else:
            rows.append([label, "", *figures])
        amount = whole_amount(figures[0])
        if _is_subtotal(label):
            left = amount
        elif left is not None and amount is not None and not _is_total(label):
            left -= amount
            if left == 0:
                left, closed = None, True
    return rows


def _letters_apart(label: str) -> bool:
    """Whether a label is letters set apart (`구 분`, `예 산`), which a parting may make by chance, not words joined
    as a label of two (`감사 건수`)."""
    return " " in label and all(len(word) == 1 for word in label.split(" "))


def _is_label_line(line: str) -> bool:
    """A line of words alone that may be a row's label printed on a line of its own: no figure, mark or part's
    number (`Ⅱ. 주요업무 추진실적`)."""
    return (bool(_HANGUL_RE.search(line)) and not line.startswith(_NOT_A_ROW)
            and not _PART_NUMBER_RE.match(line) and not any(_FIGURE_RE.fullmatch(word) for word in line.split(" ")))


def _is_total(label: str) -> bool:
    return label.replace(" ", "") in _GRAND_TOTALS


def _is_subtotal(label: str) -> bool:
    return label.replace(" ", "") == "소계"


def whole_amount(figure: str) -> int | None:
    """A figure's amount (`△16,200` is -16200), None where it is none (`-`) or not whole."""
    digits = figure.lstrip("△▲▼+-").replace(",", "")
    if not digits.isdigit():
        return None
    return -int(digits) if figure[:1] in "△▲▼-" else int(digits)


def _noted_row(line: str) -> tuple[str, list[str], str] | None:
    """A row's label, the run of figures after it and the note after them (blank where none), or None: a line
    whose label starts with no mark or number of a part."""
    words = line.split(" ")
    start = next((n for n, word in enumerate(words) if _FIGURE_RE.fullmatch(word)), len(words))
    end = next((n for n in range(start, len(words)) if not _FIGURE_RE.fullmatch(words[n])), len(words))
    label = " ".join(words[:start])
    if (start == end or not _HANGUL_RE.search(label) or label.startswith(_NOT_A_ROW)
            or _PART_NUMBER_RE.match(label)):
        return None
    return label, words[start:end], " ".join(words[end:])


def _header_rows(lines: list[str], first_row: int, columns: int, labelled: bool = True) -> list[list[str]] | None:
    """The one or two header lines right above a table's first row, parted into its `columns` columns (its rows'
    labels' among them where `labelled`)."""
    above = lines[max(0, first_row - 2):first_row]
    if not above or not _is_header_line(above[-1]):
        return None
    words = _header_words(above[-1])
    one = _one_line_labels(words, columns)
    if one is not None and len(set(one)) == len(one):
        return [one]
    if len(above) == 2 and _is_header_line(above[0]) and (
            two := _two_header_rows(above[0].split(" "), above[1].split(" "), columns, labelled)):
        return two
    if first_row >= 3 and all(map(_is_header_line, lines[first_row - 3:first_row])):
        return _three_header_rows(*(line.split(" ") for line in lines[first_row - 3:first_row]), columns, labelled)
    return None


def _cell_a_line_header(lines: list[str], first_row: int, columns: int) -> tuple[list[str], int] | None:
    """A header `pdftotext -raw` prints a cell a line, as it does where one cell wraps onto two lines (each cell
    then drawn at a height of its own), and its first line: the short lines of words right above the first row,
    from the first that parts so, each a label, a wrapped cell's lines joined (`2025년` over `예산액`, a period over
    what it dates, not over another period, where each a label of its own is too many; `예산 대비` over `집행률(%)`,
    a comparison's basis over the rate it names; a bracket of no word, `(A)`, or an as-of date, `(5.31.기준)`, under
    its label), into `columns` labels, or one more where the last is a column of notes no row fills (`비 고`); None
    where none so parts."""
    start = first_row
    while start > 0 and len(above := lines[start - 1]) <= _CELL_LINE_MAX and (
            _is_header_line(above) or _BRACKET_OF_NO_WORD_RE.fullmatch(above) or _AS_OF_RE.fullmatch(above)):
        start -= 1
    for top in range(start, first_row - columns):
        for dated in (False, True):
            labels = _wrapped_cells_joined(lines[top:first_row], dated)
            if len(labels) == columns or len(labels) == columns + 1 and labels[-1] in _NOTES:
                return labels, top
    return None


def _wrapped_cells_joined(cell_lines: list[str], dated: bool) -> list[str]:
    """A header's lines, a cell a line, with a wrapped cell's lines joined (`_cell_a_line_header`): a comparison's
    basis with the rate under it, a bracket with its label above it; where `dated`, a period with what it dates."""
    labels: list[str] = []
    for line in cell_lines:
        if labels and (labels[-1].endswith(" 대비") or line[:1] in _OPENING_BRACKETS
                       or dated and _PERIOD_WORD_RE.fullmatch(labels[-1]) and not _PERIOD_WORD_RE.fullmatch(line)):
            labels[-1] = f"{labels[-1]} {line}"
        else:
            labels.append(line)
    return labels


def _two_header_rows(upper_words: list[str], lower_words: list[str], columns: int,
                     labelled: bool) -> list[list[str]] | None:
    """A header of two lines parted into `columns` columns: the lower line's labels under groups of the upper's
    (`일 반 직` over `5급 … 9급`), each group starting where a lower label repeats one of the group before it
    (`5급 … 9급 6급 7급`, `소 계 소형 중형 소 계 소형 중형`) or ranks no lower than the grade before it (`8급` after
    `8ㆍ9급`); the upper line's other labels merged down beside them: the rows' labels' (`구 분`, where `labelled`)
    and the totals (`계`, `총 계`) left of the groups, or heading a group as they do (`계 행정` over `정원 현원 정원
    현원`), the rest right (`공 무 직`). The lower line's runs of letters
    set apart are each a label, or parted as the columns left for them ask (`소 형 중 형`: `소 형 | 중 형`). None where
    the labels part no such way."""
    for lower, groups in ((parting, grouping) for parting in _lower_partings(lower_words, columns)
                          for grouping in _groupings(parting)):
        upper = parted_labels(upper_words, columns - len(lower) + len(groups))
        if upper is not None and (rows := header_over_groups(upper, groups, columns, labelled)) is not None:
            return rows
    return None


def header_over_groups(upper: list[str], groups: list[list[str]], columns: int,
                       labelled: bool) -> list[list[str]] | None:
    """A header's two rows in `columns` columns: a label of the upper row over each group of the lower's labels, the
    upper's others merged down beside them (`_two_header_rows`: the rows' labels' and the totals left, the rest
    right); None where the counts do not agree."""
    lower = [label for group in groups for label in group]
    totals = int(labelled)
    while totals < len(upper) and upper[totals].replace(" ", "") in _TOTALS:
        totals += 1
    # the totals merged down beside the groups, else each over a group of its own (`계` over `정원 | 현원`
    # beside `행정` over `정원 | 현원`, a staffing's series as columns)
    for left in dict.fromkeys((totals, int(labelled))):
        right = len(upper) - left - len(groups)
        if right < 0 or left + right != columns - len(lower):
            continue
        upper = _category_subtotal_joined(upper, left + len(groups))
        top = upper[:left]
        for label, group in zip(upper[left:left + len(groups)], groups, strict=True):
            top += [label] + [""] * (len(group) - 1)
        return [top + upper[left + len(groups):], [""] * left + lower + [""] * right]
    return None


def _category_subtotal_joined(upper: list[str], right: int) -> list[str]:
    """A header's upper labels with a `소 계` merged down right of the groups (from `right` on) joined to the last
    letters of the group label before it, where those part evenly from it: a category and its 소계 printed in one
    cell (`특 수 임 시` and `소 계` over `소 계 살수차 고소작업차 기타`: `특 수 | 임 시 소 계`, as a fleet's `임 시 소
    계` is read), not a column of its own, which a subtotal of nothing would be (before, a category `특수임시`)."""
    if right >= len(upper) or upper[right].replace(" ", "") != "소계" or not _letters_apart(upper[right - 1]):
        return upper
    parted = parted_labels(upper[right - 1].split(" "), 2)
    if parted is None or len({len(label) for label in parted}) != 1:
        return upper
    return [*upper[:right - 1], parted[0], f"{parted[1]} {upper[right]}", *upper[right + 1:]]


def _wrapped_header(lines: list[str], first_row: int, columns: int) -> tuple[list[str], int] | None:
    """The header of two lines right above a table's first row whose cells wrap (`_wrapped_header_row`), and its
    first line."""
    if first_row < 2 or not all(map(_is_header_line, lines[first_row - 2:first_row])):
        return None
    row = _wrapped_header_row(*map(_header_words, lines[first_row - 2:first_row]), columns)
    return None if row is None else (row, first_row - 2)


def _wrapped_header_row(upper_words: list[str], lower_words: list[str], columns: int) -> list[str] | None:
    """A header of one row whose cells wrap onto a second line, as `pdftotext -raw` prints it: each cell's first
    line on the upper line (a cell of one line, centred, too), the wrapped cells' second lines on the lower, so the
    lower line's labels end the last cells', one each (`구 분 점검 과태료` over `개소 부과(천원)`: `구 분 | 점검 개소 |
    과태료 부과(천원)`; a word and a unit or measure closing it one label, `조치 건수`). Where the upper line holds one
    word too many, a cell's first line holds two, and the cell is the one that makes two cells side by side print
    the same words but their last (a group's label printed in each of its cells: `구 분 감사 지적 신분상 재정상 재정상
    조치` over `건수 건수 조치(명) 조치 건수 금액`, `재정상 조치 건수 | 재정상 조치 금액`). None where the lines part no
    one such way, so such a header and its table stay text."""
    ends = {tuple(parted) for words in (lower_words, _qualifiers_joined(lower_words))
            if (parted := parted_labels(words, None)) is not None and 0 < len(parted) < columns}
    if len(ends) != 1:
        return None
    (end,) = ends
    left = columns - len(end)
    rows = [starts[:left] + [f"{start} {rest}" for start, rest in zip(starts[left:], end, strict=True)]
            for starts in _first_lines(upper_words, columns, left)
            if not any(start.endswith((")", "）")) for start in starts[left:])]  # a unit's bracket ends a label
    if len(rows) > 1:
        rows = [row for row in rows if any(a.split(" ")[:-1] == b.split(" ")[:-1] != [] for a, b in
                                           itertools.pairwise(row[left:]))]
    return rows[0] if len(rows) == 1 else None


def _first_lines(upper_words: list[str], columns: int, left: int) -> list[list[str]]:
    """The ways a wrapped header's upper line parts into `columns` labels: as a line of labels does, else, one
    label too many, each with two words side by side right of the first `left` joined as one cell's first line."""
    if (starts := _one_line_labels(upper_words, columns)) is not None:
        return [starts]
    labels = parted_labels(upper_words, None)
    if labels is None or len(labels) != columns + 1:
        return []
    return [[*labels[:n], f"{labels[n]} {labels[n + 1]}", *labels[n + 2:]] for n in range(left, columns)]


def _three_header_rows(upper_words: list[str], middle_words: list[str], lower_words: list[str], columns: int,
                       labelled: bool) -> list[list[str]] | None:
    """A header of three lines parted into `columns` columns: the lower line's labels in groups
    (`label_groups_anew`), the middle line's labels one over each group (`행 정`, `사 서` over `5급 … 8급 6급
    7급`), and one label of the upper line over them all (`일 반 직`), its others merged down beside them as in a
    header of two lines (`구 분`, `계` left, `공무직` right). None where the labels part no such way."""
    for lower in _lower_partings(lower_words, columns):
        groups = label_groups_anew(lower)
        middle = parted_labels(middle_words, len(groups))
        if len(groups) < 2 or middle is None:
            continue
        two = _two_header_rows(upper_words, [label.replace(" ", "") for label in middle], columns - len(lower)
                               + len(groups), labelled)
        if two is None:
            continue
        left = next(n for n, label in enumerate(two[1]) if label)
        right = len(two[1]) - left - len(groups)
        if any(two[0][left + 1:left + len(groups)]):  # the upper line's labels over the middle's more than one
            continue
        spans = [len(group) for group in groups]
        top = two[0][:left + 1] + [""] * (len(lower) - 1) + two[0][left + len(groups):]
        middle_row = [""] * left + [cell for label, span in zip(middle, spans, strict=True)
                                    for cell in [label] + [""] * (span - 1)] + [""] * right
        return [top, middle_row, [""] * left + lower + [""] * right]
    return None


def _lower_partings(words: list[str], columns: int) -> list[list[str]]:
    """The ways a header's lower line parts into two labels or more, fewer than `columns`: each run of letters one
    label first, then into each count from the most."""
    partings = [parted_labels(words, count) for count in (None, *range(columns - 1, 1, -1))]
    return [lower for n, lower in enumerate(partings)
            if lower is not None and 2 <= len(lower) < columns and lower not in partings[:n]]


def _groupings(labels: list[str]) -> list[list[list[str]]]:
    """The ways a header's lower labels may group (`label_groups_anew`), then, where that differs, with a kind that
    names no size right after a size starting a group too (`총 계 승 용 승 합 화 물 특 수` over `소형 중형 중형 소형
    중형 살수차 고소작업차`: 특수's kinds after 화물's sizes)."""
    plain, apart = label_groups_anew(labels), label_groups_anew(labels, sizes_close=True)
    return [plain] if apart == plain else [plain, apart]


def label_groups_anew(labels: list[str], sizes_close: bool = False) -> list[list[str]]:
    """A header's lower labels in the groups the line above spans: a group starts where a label repeats one of the
    group before it (`6급` after `5급 … 9급`, `소 계` again), ranks no lower than the grade before it (`5급` after
    `8급`, `8급` after `8ㆍ9급`), is a size no larger than the one before it (`소형` after `중형`: before, `총 계 승 용
    승 합 화 물` over `소 계 중형 대형 | 중형 | 소형` read as 승용승 and 합화물) or is of another kind than the one
    before it (`연구관` after `8급`, `지도관` after `연구사`: grades, posts of one stem); where `sizes_close`, also
    where a label names no size right after a size (`_after_sizes`)."""
    groups: list[list[str]] = [[]]
    for label in labels:
        if label in groups[-1] or groups[-1] and (_another_kind(groups[-1][-1], label)
                                                  or _ranks_again(groups[-1][-1], label)
                                                  or sized_again(groups[-1][-1], label)
                                                  or sizes_close and _after_sizes(groups[-1][-1], label)):
            groups.append([])
        groups[-1].append(label)
    return groups


def _after_sizes(before: str, label: str) -> bool:
    """Whether a label names no size, nor a total, right after one naming a vehicle's size (`살수차` after `중형`)."""
    return (vehicle_size(before) is not None and vehicle_size(label) is None
            and label.replace(" ", "") not in _TOTALS)


def _ranks_again(before: str, label: str) -> bool:
    """Whether a grade ranks no lower than the grade before it (`5급` after `8급`), as a class's grades run down."""
    numbers = [[int(n) for n in _NUMBER_RE.findall(grade)] for grade in (before, label)
               if _GRADE_RE.fullmatch(grade.replace(" ", ""))]
    return len(numbers) == 2 and all(numbers) and numbers[1][0] <= numbers[0][-1]


def _another_kind(before: str, label: str) -> bool:
    kinds = post_kind(before), post_kind(label)
    return None not in kinds and kinds[0] != kinds[1]


def post_kind(label: str) -> str | None:
    """What kind of post a header's label names: a grade (`5급`), a rank named by its series' stem (`연구관`,
    `연구사`: `연구`), a class (`전문임기제`, `시간선택제임기제`), or None (`소형`, `살수차`: no post)."""
    label = label.replace(" ", "")
    if _GRADE_RE.fullmatch(label):
        return "급"
    if _CLASS_RE.fullmatch(label):
        return "직"
    return label[:-1] if _RANK_RE.fullmatch(label) else None


def _bare_figures(line: str) -> list[str] | None:
    """A row of two figures or more and no label (`385,200(구비) 140,100(구비) 36.4`, under `예산액 집행액 집행률(%)`:
    a project's budget), a dash among them for none (`615 - - 615` under `계 국비 시비 구비`), or None."""
    words = line.split(" ")
    return words if len(words) > 1 and all(_BARE_FIGURE_RE.fullmatch(word) or word == "-" for word in words) and (
        _DIGIT_RE.search(line)) else None


def _header_words(line: str) -> list[str]:
    """A header line's words, a bracket's words kept together (`집행률(B/A, %)`) and an as-of date or a bracket of no
    word after a label kept with it (`집행률(%) (5.31.기준)`, `집행액(B) (5월말 기준)`, `집행률 (%)`: one cell)."""
    if "(" not in line and "（" not in line:  # most lines: each word a word
        return line.split(" ")
    bracketed: list[str] = []
    for word in line.split(" "):
        if bracketed and _unclosed(bracketed[-1]):
            bracketed[-1] = f"{bracketed[-1]} {word}"
        else:
            bracketed.append(word)
    words: list[str] = []
    for word in bracketed:
        if words and word[:1] in _OPENING_BRACKETS and (
                _AS_OF_RE.fullmatch(word) or _BRACKET_OF_NO_WORD_RE.fullmatch(word)):
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def _unclosed(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _one_line_labels(words: list[str], columns: int) -> list[str] | None:
    """A header line's words parted into `columns` labels: each word or run of letters a label, else a period word
    joined to the label it dates (`_periods_joined`, a word further too), else a word joined to the word after it
    that closes a label of two (`_qualifiers_joined`)."""
    return (parted_labels(words, columns) or parted_labels(_periods_joined(words), columns)
            or parted_labels(_periods_joined(words, further=True), columns)
            or parted_labels(_qualifiers_joined(words), columns))


def _qualifiers_joined(words: list[str]) -> list[str]:
    """A header's words with a word joined to the word after it that closes a label of two, noting the label's unit
    or naming what it measures (`과태료 부과(천원)`, `심사 건수`, `요청 금액`: one label each), where parting each
    word a label leaves too many: a word of two letters or more, noting no unit itself, no label so joined, no total
    and no word these headers print as a label of its own (`예산액`, `구비`, `건수`)."""
    joined: list[str] = []
    for word in words:
        if (joined and (_UNIT_NOTED_RE.fullmatch(word) or word in _MEASURE_WORDS) and len(before := joined[-1]) > 1
                and not any(mark in before for mark in "( ") and before not in _TOTALS
                and not _is_header_word(before)):
            joined[-1] = f"{before} {word}"
        else:
            joined.append(word)
    return joined


def _periods_joined(words: list[str], further: bool = False) -> list[str]:
    """A header's words with a period word joined to the label it dates (`전년도 예산액`, `2024년 예산`, `당초 예산`,
    `전년 동기`), where parting each word a label leaves too many; `further`, a word after the same time of a period
    too, not a letter set apart (`전년 동기 정리액`, where `전년 동기 | 정리액` leaves too many)."""
    joined: list[str] = []
    for word in words:
        if joined and (_PERIOD_WORD_RE.fullmatch(joined[-1]) or further and len(word) > 1
                       and _SAME_TIME_RE.fullmatch(joined[-1])):
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined


def _is_header_line(line: str) -> bool:
    """A line of words alone (an as-of date after them too, a year's months: `’24. 1~5월`), none a figure, a mark or
    a number that titles a part (`2. 인 력`)."""
    if not line or line.startswith(_NOT_A_ROW) or _PART_NUMBER_RE.match(line):
        return False
    words = _header_words(line)
    return (not any(_FIGURE_RE.fullmatch(w) for w in words)
            and all(_HEADER_WORD_RE.fullmatch(_AS_OF_RE.sub("", w).replace(" ", "")) or _DATING_WORD_RE.fullmatch(w)
                    for w in words))


def parted_labels(words: list[str], count: int | None) -> list[str] | None:
    """`words` parted into `count` labels (where None, each run of letters one): a total (`계`, `소 계` set apart too)
    or a word of letters is one label (a word ending in a dot goes on in the next, `소형ㆍ 다목적`), and a run of
    single letters is parted into labels of two letters or more (a dot set apart within one, `별 정 직 ㆍ 임 기 제`);
    where several partings fit, the one whose labels are all words these tables print (`부 적 합`, `과 부 족`, a class
    of posts), else the even one; None where none or several."""
    pieces: list[str | list[str]] = []
    for word in words:
        if pieces and isinstance(pieces[-1], list) and f"{pieces[-1][-1]}{word}" in _TOTALS:  # `소 계`, `총 계`
            total = f"{pieces[-1].pop()} {word}"
            if not pieces[-1]:
                pieces.pop()
            pieces.append(total)
        elif word in _DOTS and pieces and isinstance(pieces[-1], list):  # within a label: `별 정 직 ㆍ 임 기 제`
            pieces[-1][-1] += f" {word}"
        elif pieces and isinstance(pieces[-1], str) and pieces[-1][-1] in _DOTS:  # wrapped: `소형ㆍ 다목적`
            pieces[-1] += f" {word}"
        elif word == "계" and pieces and isinstance(pieces[-1], list) and _is_header_word(f"{pieces[-1][-1]}계"):
            pieces[-1].append(word)  # a word's last letter, not a total: `회 계`
        elif len(word) == 1 and word not in _ONE_LETTER_LABELS or _LETTER_NOTED_RE.fullmatch(word):
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
        fits = [fit for fit in fits if all(all(map(_is_header_word, _words_of(run, sizes)))
                                           for run, sizes in zip(runs, fit, strict=True))] \
            or [fit for fit in fits if all(len(set(sizes)) == 1 for sizes in fit)]
    return fits[0] if len(fits) == 1 else None


def _is_header_word(word: str) -> bool:
    """A word these headers print, its unit's bracket aside (`면적(㎡)`)."""
    word = _BRACKET_ON_OR_SPACE_RE.sub("", word) or word
    return word in _HEADER_WORDS or bool(_CLASS_RE.fullmatch(word))


def _words_of(run: list[str], sizes: tuple[int, ...]) -> set[str]:
    """The words a run of letters makes parted into labels of these sizes."""
    at, words = 0, set()
    for size in sizes:
        words.add(_BRACKET_ON_OR_SPACE_RE.sub("", "".join(run[at:at + size])))
        at += size
    return words
