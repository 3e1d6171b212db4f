"""Tables printed a cell a line, as `docx2txt` and LibreOffice's "save as text" print a Word table: each cell on a
line of its own, row after row, nothing marking where a row ends. LibreOffice prints the cells one under the
other, an empty cell (or one a cell merged down covers) as an empty line; `docx2txt` prints a blank line after
each cell, so an empty cell is two blank lines more. Both print a cell merged across columns once.

Such a run is read as a table only on strong evidence: it starts with a header label the tool knows (`구 분`,
`단위사업명`, `예산액`, `총 계`), a header of words leads to the figures, and the body is rows of as many figures
each, after a label or two (a group label merged down prints an empty cell); a body of one row may print no label
(a project's budget, a count of vehicles). The header must fill the table's columns: as one row (its label over
the label columns merged across), or as two, the lower row of one cell a column (a cell merged down from above
printing empty) under group labels each over its run of columns, where a run under several is parted where its
labels start anew (`소 계`, a grade of a lower number than the one before). A table of words from such a label,
no column of notes, reads where each row ends in a value that cuts it (`조사기간 | 조사원(명)`), a group's label
merged down printed once (at its first row, its rows below printing no cell for it: read empty, as the text twin
reads them); under `비 고` such a group reads beside its total's row (`의회 청사 | 계 | 4,820`), the header's first
label perhaps over the group's column and its rows' (`구 분` over `차고지 | 계`), and where a note and the next
row's label part two ways the group's total tells which (its rows sum to it); a group's rows printing its label
again or none may print no cell for an empty figure where the group's total places it one way alone (`본 관 | 계 |
7,622 | 15,667` over `본 관 | 보 건 소 | 5,600`: under 건물). A table of words alone under `비 고` reads where its
rows' labels are letter-spaced (`시 설`, `장 비`) and no other cell so. From a label the tool does not know,
right below a line parting the text, only a shape that fixes every cell's place reads: a two-column schedule
(`추진일정 | 내용` over a period alone and its words a row), a header ending in `비 고` over rows of a label, its
figures and a note or none, a plain grid (a header of one row, or of two labelling every column, over rows of as
many cells, every figure printed). From any label, rows printing fewer figures than their columns (an empty cell
printing nothing) read where a total's row places each figure one way alone (its columns the sums of the rows').
A header printed again past a page break is left out, whatever the label. Anything else
stays text; a run that still prints a table (a header word or two, then mostly figures, dates or periods), from a
known label or any short line of words right below a line parting the text (`동 별` under `(단위: 개소)`), is told
unread, its line given back.
"""

from __future__ import annotations

import itertools

from pipeline import patterns
from pipeline.aligned import display_width, split_cells
from pipeline.document import PrintedTable, is_noted_figure, is_table_units_or_date, take_printed_table
from pipeline.one_space_tables import header_over_groups, label_groups_anew, post_kind, two_level_rows, whole_amount
from pipeline.values import (
    CATEGORY_KIND_RE,
    DATE_LABEL_RE,
    GRADE_RE,
    YEAR_COLUMN_RE,
    YEAR_LABEL_RE,
    YEAR_RANGE_RE,
    as_word,
    compact,
    is_series,
    is_total,
    parse_date_range,
    parse_period_label,
    vehicle_size,
)

# the header labels a table printed a cell a line may start with (compacted): a row label's column, a budget's
# or a staffing table's first column, a count's total (`계 | 승용 | 승합` over a row of figures)
START_LABELS = frozenset(("구분", "단위사업명", "단위사업", "세부사업명", "세부사업", "사업명", "예산액", "계", "합계",
                          "총계", "직급", "직렬", "직렬별", "차종", "차종별", "부서", "부서명", "팀명", "항목", "세목",
                          "시설명"))
_CONTENTS_STARTS = frozenset(("연번", "순번"))  # a list of contents' first label: its rows' marks
_TABLE_OR_CONTENTS_STARTS = START_LABELS | _CONTENTS_STARTS  # asked first of every short line: one look-up
_PAGE_LABELS = frozenset(("쪽", "페이지"))  # its last label, its pages'
_CONTENTS_MARK_RE = patterns.compile(r"[①-⑳]|\d{1,2}\.?")
_CONTENTS_LEADERS_RE = patterns.compile(r"(?:\.{3,}|…+)$")  # the dots a title leads to its page with
_START_WIDTH = 24  # characters: no line longer is one of START_LABELS, spaced out and indented or not
_CELL_WIDTH = 40  # display columns: a cell's line (`인사·조직 운영`, `612,300(구비)`), not a sentence
_MAX_CELLS = 800  # cells read from one start at most: a table's, not a document's
_MAX_LABELS = 3  # label cells a body row prints before its figures
_MAX_CELL_LINES = 3  # lines a `docx2txt` cell may print (line breaks in it)
_SPACED_WINDOW = 12  # lines after a table's first that tell `docx2txt`'s (half of them blank at least)
_NOTES_LABEL = "비고"  # a column of notes' label (compacted): a header's, never a row's
_MAX_NOTES_AT = 9  # the header's cells before its `비 고` at most: a table's labels, not a run of text's lines
_UNITS_LABEL = "단위"  # a column of units' label (compacted): a performance table's (`성과지표 | 단위 | 목표 | 실적`)
# labels merged down at a two-row header's right a PDF's text may print after the lower row's (`세 목 | 체납액 |
# 징수액` over `건 수 | 금 액 | 건 수 | 금 액`, then `징수율`: set by its middle, lower than the upper row's labels)
_MAX_LABELS_AFTER = 2
# figures a header whose labels wrap stands over at least to be read so: over two, its five labels are as many as
# a header of one row's four (`단위사업 | 세부사업 | 예산액 | 집행액`) and a group's label beside its `소 계`
_MIN_WRAPPED_FIGURES = 3
_UNREAD_FIGURES = 4  # figures a run of cells read as no table prints at least to be told as a table left unread
# ways of placing the figures of rows printing fewer than their columns tried at most (`_grid_by_totals`), as
# the bits their counts take: 2 ** 14, a few short rows of a staffing table's grades
_MAX_PLACING_BITS = 14
_GRADE_NUMBER_RE = patterns.compile(r"(\d+)\s*급")
# a numbered title: `4 예산현황`, `2. 인력`, `II. 주요업무` (a Roman number typed in Latin letters), `나. 세출예산`
_NUMBERED_TITLE_RE = patterns.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4})[.)]?|[가-하][.)])\s+\p{Hangul}")

# a date and a later one in brackets, a column's second date (`2009. 11. 20. (2019. 4. 1.)`: 준공 and 증축)
_BRACKETED_DATE_RE = patterns.compile(r"(\d[^()]*?)\s*\((\d[^()]*)\)")

Cell = tuple[str, int]  # a cell's text and the line (from 0) it starts on


def cell_line_tables(lines: list[str], unread: list[int] | None = None, unread_of_words: list[int] | None = None,
                     ) -> tuple[list[str], list[PrintedTable]]:
    """The tables printed a cell a line: the line (from 0) each starts on, its grid and the line each row starts
    on (from its first). The lines are given back with those tables blanked (they are read). The line (from 0) of
    each run that looks like such a table but is not read as one (`unread_table`) is added to `unread`, so that the
    report can say which figures it holds as text alone; to `unread_of_words` too where it prints words mostly
    (`_of_words`: places, a schedule's periods and steps), so that the report says what it holds."""
    tables: list[PrintedTable] = []
    read_to = 0  # the line after the last table read, or the last run left unread
    word_lines = _short_word_lines(lines)
    table_starts = _start_lines(lines, word_lines)
    labelled = len(table_starts)
    if unread is not None:  # a table may start from a label the tool does not know, told so where it is left unread
        table_starts = sorted({*table_starts, *_unlabelled_starts(lines, word_lines)})
    for n, i in enumerate(table_starts):
        if i < read_to:
            continue  # a line of that table
        if not _parts_text(lines, i, -1) or i and _under_space_aligned_row(lines[i - 1]):
            continue
        if labelled < len(table_starts) and lines[i].strip().replace(" ", "") not in _TABLE_OR_CONTENTS_STARTS:
            cells = _header_again_dropped(_cells(lines, i))
            read = _dated_schedule(lines, i)
            if read is None and _prints_notes(cells):  # most runs print no `비 고`: neither is asked
                read = _noted_run(cells, lines) or _words_under_notes(cells, lines)
            if read is None:
                read = _plain_grid(cells, lines) or _grid_by_totals(cells, lines)
            if read is not None:
                lines = take_printed_table(lines, tables, *read)
                read_to = read[2]
            elif unread_to := _unread_table(cells, lines, table_starts[n + 1:]):
                _tell_unread(i, cells, unread_to, unread, unread_of_words)
                read_to = unread_to
            continue
        if lines[i].strip() in _CONTENTS_STARTS:
            if (listed := _contents_list(lines, i)) is not None:
                lines = take_printed_table(lines, tables, *listed)
                read_to = listed[2]
            continue
        cells = _header_again_dropped(_cells(lines, i))
        read = (_table(cells, lines) or _words_under_notes(cells, lines) or _words_by_last_value(cells, lines)
                or _grid_by_totals(cells, lines))
        if read is None:
            if unread is not None and (unread_to := _unread_table(cells, lines, table_starts[n + 1:])):
                _tell_unread(i, cells, unread_to, unread, unread_of_words)
                read_to = unread_to
            continue
        rows, starts, end = read
        if (again := _header_again(lines, end, rows[0][0])) is not None and _table(_cells(lines, again), lines) is None:
            if unread is not None:  # its rows on the next page read as none: its total is no sum of the rows read
                unread.append(i)
            read_to = end
            continue
        lines = take_printed_table(lines, tables, rows, starts, end)
        read_to = end
    return lines, tables


def _under_space_aligned_row(line: str) -> bool:
    """Whether a line is a row of space-aligned cells (two or more, two blanks apart at least), as `pdftotext
    -layout` prints a table: a label alone right under it is its row's label stacked a syllable a line (`총` over
    `승용   승합 …` over `계`), no table's first cell printed a cell a line."""
    return "  " in line.strip() and len(split_cells(line)) > 1


def _tell_unread(start: int, cells: list[Cell], end: int, unread: list[int], unread_of_words: list[int] | None):
    """Tells the run from line `start` to `end` unread: in `unread`, and in `unread_of_words` where it prints words
    mostly (`_of_words`)."""
    unread.append(start)
    if unread_of_words is not None and _of_words(cells, end):
        unread_of_words.append(start)


def _of_words(cells: list[Cell], end: int) -> bool:
    """Whether a run told unread up to line `end` prints fewer figures than a table of figures told so does
    (_UNREAD_FIGURES): a table of words (`위 치 | 측정항목 | 설치연도` over places and two years, a schedule's periods
    and steps), its words rather than its figures left in the text."""
    return sum(bool(text) and _is_figure(text) for text, line in cells if line < end) < _UNREAD_FIGURES


def _header_again(lines: list[str], end: int, first_label: str) -> int | None:
    """The line a table's header is printed again on past the blank lines below it (a page break's, its running
    lines blanked), the table going on there; None where it is not."""
    k = end
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k if end < k < len(lines) and first_label and lines[k].strip() == first_label else None


def _header_again_dropped(cells: list[Cell]) -> list[Cell]:
    """The run's cells but its header printed again past a page break and the blank cells the page's running lines
    leave before it (`비 고`, `` , ``, `시 장 명 | 계 | … | 비 고` over the next page's rows): the table goes on below,
    one table as its text twin prints it. The header is the cells before the first row's label at most (the cell
    before the first figure, `계` of `계 | 337,000`, a month's `1월` a label too; in a table of words alone, before
    its first date); printed again, two of its first cells at least recur in order right past a blank cell (a
    header's labels after a title, `나. 세출예산` and `(단위: 백만원)`, are the next table's)."""
    texts = [text for text, _ in cells]
    first_value = next((k for k, text in enumerate(texts) if text and _is_figure(text)), None)
    if first_value is None:
        first_value = next((k for k, text in enumerate(texts) if text and _is_value(text)), 0)
    header = first_value - 1
    if header < 2:
        return cells
    kept: list[Cell] = []
    k = 0
    while k < len(cells):
        again = k > header and not texts[k - 1] and next(
            (m for m in range(header, 1, -1) if texts[k:k + m] == texts[:m]), 0)
        if again:
            while kept and not kept[-1][0]:
                kept.pop()
            k += again
        else:
            kept.append(cells[k])
            k += 1
    return kept


def _before_next_start(cells: list[Cell], lines: list[str], later_starts: list[int]) -> list[Cell]:
    """The cells of a run read as no table up to the next line a table may start on past text that parts it (`팀 명 |
    주 요 업 무` over its words, then `2. 인 력`, `(단위: 명)` and `구 분`): figures beyond it are that table's, read or
    told on its own (before, a staffing table below a list of teams was told unread in the teams' name, never read).
    A figure is no table's first label: below a row's unit printed as a mark (`%` over `30.0`) it is that row's;
    nor does a row's dash part the text (`-` over `한빛3지구`: a row's empty rate, then the next row's label)."""
    last = cells[-1][1] if cells else 0
    start = next((j for j in itertools.takewhile(lambda j: j <= last, later_starts)
                  if not _is_value(lines[j].strip()) and not _below_value(lines, j) and _parts_text(lines, j, -1)),
                 None)
    return cells if start is None else [cell for cell in cells if cell[1] < start]


def _unread_table(cells: list[Cell], lines: list[str], later_starts: list[int]) -> int | None:
    """The line after a run of cells that is read as no table but still prints one, up to the next start past text
    parting it (`_before_next_start`), else None: two header words at least, then figures in most of its cells and
    _UNREAD_FIGURES at least (or dates: a schedule's), up to one word between (a staffing table whose lower header
    row prints no empty cell under a label merged down, as plain `pdftotext` prints a PDF's table in reading order),
    two under a header of notes (`비 고`: a row's note, then the next row's label) or of units (`단 위`: a row's label,
    then its unit, `번호판 영치 | 대`), three under both, not a list of words; the header's labels printed again (a
    page break's) and totals' (`교목 | 소 계`) are no words between."""
    cells = [cell for cell in cells if cell[0]]
    if (words_to := _run_under_notes(cells, lines) or _schedule_run(cells, lines)) is not None:
        return words_to
    if sum(not text[:1].isalpha() for text, _ in cells) < _UNREAD_FIGURES:
        return None  # too few cells may be figures (`_is_figure`), up to any start: most runs asked, a title's lines
    cells = _before_next_start(cells, lines, later_starts)
    first = next((k for k, (text, _) in enumerate(cells) if _is_value(text)), len(cells))
    # a row's note (`업무보고`) and the next row's label print two words in a row under a header with notes, a row's
    # label and its unit (`체납 징수액 | 백만원`) under one with units
    header = {compact(text) for text, _ in cells[:first]}
    words_apart = 2 + (_NOTES_LABEL in header) + (_UNITS_LABEL in header)
    figures = words = 0
    end = first
    for k in range(first, len(cells)):
        if _is_value(text := cells[k][0]):
            figures, words, end = figures + 1, 0, k + 1
        elif compact(text) in header or is_total(text):
            continue  # the header printed again past a page break, a group's `소 계` beside its label: no row's words
        elif (words := words + 1) == words_apart:
            break
    if first < 2 or figures < _UNREAD_FIGURES or figures * 2 < end - first:
        return None
    return cells[end - 1][1] + 1


def _run_under_notes(cells: list[Cell], lines: list[str]) -> int | None:
    """The line after a run whose header of words ends in a column of notes (`구 분 | 위 치 | 측정항목 | 설치연도 |
    비 고`: `비 고` never a row's cell nor a text's line), over a row's cells at least, up to the first line that parts
    the text (`□ 공용차량`, a note's `※` too: the run is only told): a table whatever its cells print (a place, the
    things measured, a year), told unread though it prints few figures; else None."""
    notes = next((k for k, (text, _) in enumerate(cells[:_MAX_NOTES_AT + 1]) if compact(text) == _NOTES_LABEL), None)
    if notes is None or notes < 2 or any(_is_value(text) or _parts(lines[line]) for text, line in cells[:notes]):
        return None  # a header of words: no figure, date, mark or title (`1. 조 직` over `(단위: 팀, 명)`, `구 분`)
    end = _words_end(cells, lines, notes + 1)
    return cells[end - 1][1] + 1 if end - notes - 1 >= notes else None


def _schedule_run(cells: list[Cell], lines: list[str]) -> int | None:
    """The line after a two-column schedule read as no table (`_dated_schedule`: a row's words wrapped onto a
    second line, `기본계획 수립 용역` over `착수`), up to the first line that parts the text: its header (`추진일정 |
    내용`) over a period alone and words is a table whatever follows, told unread though it prints no figure; else
    None."""
    if len(cells) < 4 or not DATE_LABEL_RE.fullmatch(compact(cells[0][0])) or _is_value(cells[1][0]) or (
            parse_period_label(cells[2][0]) is None or _is_value(cells[3][0]) or _parts(lines[cells[1][1]])):
        return None
    return cells[_words_end(cells, lines, 3) - 1][1] + 1


def _words_end(cells: list[Cell], lines: list[str], first: int) -> int:
    """The first of the cells from `first` on whose line parts the text (`□ 공용차량`, a note's `※`), a figure (a
    dash, `-`: an empty count), a period alone (`’25. 6월`, a schedule's cell) or a range of years (`’20 ~ ’23`)
    none; past the last where none does."""
    return next((k for k in range(first, len(cells)) if _parts(lines[cells[k][1]]) and not _is_figure(cells[k][0])
                 and parse_period_label(cells[k][0]) is None and YEAR_RANGE_RE.fullmatch(cells[k][0]) is None),
                len(cells))


def _short_word_lines(lines: list[str]) -> list[int]:
    """The lines short enough for a cell whose text starts with words (`_is_word_start`): where a table printed a cell
    a line may start, from a label the tool knows or not. Every line of every text is asked and few are so: a
    comprehension asks them, a blank line (a third of most texts) or a mark's (`□`, `-`, `(단위: 명)`) told at once by
    its first character's `str.isalnum` (every word start is one)."""
    return [i for i, line in enumerate(lines) if line and len(line) <= _CELL_WIDTH
            and (first := line.lstrip()[:1]).isalnum() and _is_word_start(first)]


def _start_lines(lines: list[str], word_lines: list[int]) -> list[int]:
    """The lines printing a label of START_LABELS alone, where such a table may start, or of _CONTENTS_STARTS, where
    a list of contents may (not spaced out: `연 번`), asked of the short lines of words (`_short_word_lines`: every
    such label starts with a syllable) by one look-up of their label compacted."""
    return [i for i in word_lines if len(line := lines[i]) <= _START_WIDTH and (
        (label := line.strip().replace(" ", "")) in _TABLE_OR_CONTENTS_STARTS
        and (label in START_LABELS or line.strip() in _CONTENTS_STARTS))]


def _unlabelled_starts(lines: list[str], word_lines: list[int]) -> list[int]:
    """The lines a table printed a cell a line may start on from a label the tool does not know as a table's first
    (`동 별`, `성과지표`, `월 별`): a short line of words (`_short_word_lines`) right below a line parting the text
    (`(단위: 건)`, `□ 공원 현황`), past blank lines. Such a run is read as a table only where its shape fixes every
    cell's place (a two-column schedule, `_dated_schedule`; a header ending in `비 고`, `_noted_run`), else told
    unread where it prints one (`_unread_table`), so that its figures are not lost unsaid. Whether the line is a cell
    is asked first: most are not (a sentence, a row of cells parted by tabs), and the line above most often parts
    the text."""
    return [i for i in word_lines if not _parts(lines[i]) and _parts_text(lines, i, -1)]


def _dated_schedule(lines: list[str], start: int) -> tuple[list[tuple[str, ...]], list[int], int] | None:
    """A schedule of two columns, a cell a line (`추진일정 | 내용` over `’24. 7. 1. | 탄소중립 실천 주간 운영`): a
    header of a column of dates (`DATE_LABEL_RE`) and one of words, then rows of a period alone (`’24. 9월`,
    `’25. 1월 ~`) and its words, none a period or a figure, the header perhaps printed again past a page break's
    blank lines, the text parted below the last row (a step alone, `’25. 9월 | 준공`, too). Its rows, the line each
    starts on, and the line after its last; None where no row is so or the text goes on below (a row's words
    wrapped onto a second line: told unread instead, `_schedule_run`)."""
    header = tuple(line.strip() for line in lines[start:start + 2])
    if (len(header) < 2 or not DATE_LABEL_RE.fullmatch(compact(header[0])) or _parts(lines[start + 1])
            or _is_value(header[1])):
        return None
    rows, starts = [header], [start]
    k = start + 2
    while True:
        if (again := _next_text(lines, k - 1)) > k and tuple(
                line.strip() for line in lines[again:again + 2]) == header:
            k = again + 2  # the header printed again on the next page, its running lines blanked
        if k + 1 >= len(lines) or not _is_cell_line(lines[k]) or _parts(lines[k + 1]) or parse_period_label(
                lines[k].strip()) is None or _is_value(words := lines[k + 1].strip()):
            break
        rows.append((lines[k].strip(), words))
        starts.append(k)
        k += 2
    return (rows, starts, k) if len(rows) > 1 and _parts_text(lines, k - 1, 1) else None


def _contents_list(lines: list[str], start: int) -> tuple[list[tuple[str, ...]], list[int], int] | None:
    """A list of contents a cell a line, as PDF text in content order prints it (`연번`, `사 업 명`, `쪽` over `①`,
    `공유재산 관리 효율화 .....`, `5`): a header of three labels, then rows of a mark (`①`, `1.`), a title and its
    page, the pages running on; where the header's last label is no page's (`쪽`), each title leads to its page
    with dots. Its rows, the line each starts on, and the line after its last; None where no row is so."""
    texts = [line.strip() for line in lines[start:start + 3]]
    rows, starts = [tuple(texts)], [start]
    k = start + 3
    while k + 2 < len(lines) and _CONTENTS_MARK_RE.fullmatch(lines[k].strip()) and (
            page := lines[k + 2].strip()).isdigit() and len(page) <= 3 and _is_word_start(lines[k + 1].strip()[:1]):
        rows.append((lines[k].strip(), lines[k + 1].strip(), page))
        starts.append(k)
        k += 3
    paged = texts[-1] in _PAGE_LABELS or all(_CONTENTS_LEADERS_RE.search(row[1]) for row in rows[1:])
    if (len(rows) < 2 or not all(texts) or not all(map(_is_cell_line, lines[start:start + 3])) or not paged
            or any(int(above[2]) > int(below[2]) for above, below in itertools.pairwise(rows[1:]))):
        return None
    return rows, starts, k


def _cells(lines: list[str], start: int) -> list[Cell]:
    """The run of cells from line `start`: LibreOffice's a line each, or `docx2txt`'s, told by the blank lines below
    the first (a blank line after each cell, its lines joined where a line break in it prints several)."""
    window = lines[start + 1:start + 1 + _SPACED_WINDOW]
    # its blank lines: empty or blanks alone (`not line.strip()`), counted without a generator's frame
    spaced = bool(window) and not window[0].strip() and (
        window.count("") + sum(map(str.isspace, window))) * 2 >= len(window)
    cells: list[Cell] = []
    j = start
    while j < len(lines) and len(cells) < _MAX_CELLS:
        first = j
        texts = []
        while j < len(lines) and lines[j].strip() and _is_cell_line(lines[j]) and len(texts) < _MAX_CELL_LINES:
            texts.append(lines[j].strip())
            j += 1
            if not spaced:
                break
        if j < len(lines) and lines[j].strip() and (spaced or not texts) or (
                spaced and not texts and j + 1 < len(lines) and lines[j + 1].strip()):
            if texts:  # a line too long for a cell ends the run, as does one blank line before text
                cells.append((" ".join(texts), first))
            break
        j += (1 if texts else 2) if spaced else (0 if texts else 1)  # `docx2txt`'s blank after each cell
        cells.append((" ".join(texts), first))
        if j >= len(lines):
            break
    return cells


def _is_cell_line(line: str) -> bool:
    """A line a cell may print: short, no tab or `|`, and no cells spaced apart on it (`정원    현원`, `계   10`)."""
    text = line.strip()  # a character takes one display column or two: a line told long or short by its length
    if len(text) > _CELL_WIDTH or "\t" in line or "|" in line or (
            len(text) * 2 > _CELL_WIDTH and display_width(text) > _CELL_WIDTH):  # first, measured only between
        return False
    return "  " not in text or ("   " not in text and not any(map(_is_figure_label, text.split("  "))))


def _is_figure(text: str) -> bool:
    """A figure cell: a count, a rate or an amount, also noted (`612,300(구비)`), a dash, or empty."""
    return not text or (not text[:1].isalpha() and is_noted_figure(text))


def _is_value(text: str) -> bool:
    """A cell of a table's body a run read as no table may print: a figure (`_is_figure`), or a date, a range of
    dates or a period alone (`2025. 2. 10. ~ 2. 21.`, `6. 1. ~ 7. 31.`, `’24. 9월`, `연중`, `상반기`), as a schedule's
    cells are, or a range of years (`2020 ~ 2023`, `’20 ~ ’23`), as a column of years' (`설치연도`) are, or a date
    and a later one in brackets (`2009. 11. 20. (2019. 4. 1.)`, under `준공일자 (증축)`)."""
    return _is_figure(text) or _is_date(text) or text.endswith(")") and (
        (dates := _BRACKETED_DATE_RE.fullmatch(text)) is not None and _is_date(dates[1]) and _is_date(dates[2]))


def _is_date(text: str) -> bool:
    """A date, a range of dates, a period alone or a range of years (`_is_value`'s but a figure)."""
    return text[:1].isdigit() and parse_date_range(text) is not None or (
        parse_period_label(text) is not None or YEAR_RANGE_RE.fullmatch(text) is not None)


def _table(cells: list[Cell], lines: list[str]):
    """The grid the cells print (its rows, the line each starts on, the line after its last figure), else None."""
    cells = _bracket_notes_joined(cells)
    texts = [text for text, _ in cells]
    first = next((k for k, text in enumerate(texts) if text and _is_figure(text)), None)
    if first is None or first < 1:
        return None
    run = first
    while run < len(texts) and _is_figure(texts[run]):
        run += 1
    while not texts[run - 1]:
        run -= 1  # an empty line after the figures parts them from the text
    if first >= 3 and compact(texts[first - 2]) == _NOTES_LABEL and all(texts[:run]):
        return _noted_table(cells, lines, first, run - first)
    for figures in range(run - first, 0, -1):
        later, used = _body_rows(texts, first + figures, figures)
        heading_number = used < len(texts) and _heading_number(lines, cells[used][1])  # `4` over `예산현황`
        parted = _parts_text(lines, cells[used - 1][1], 1)
        if used < len(texts) and _is_figure_label(texts[used]) and not heading_number or not (
                parted or not any(map(_is_figure_label, texts[used:]))):
            continue  # the cells go on past these rows: a figure (no row starts with one), or a label of a row
        whole_run = used == run or heading_number and used + 1 == run
        for labels in _label_counts(later, figures, whole_run, texts[first - 1]):
            body_start = first - labels
            if body_start < 1 or not all(texts[body_start:first]):
                continue
            printed = [tuple(texts[body_start:first + figures]), *later]
            if any(compact(text) == _NOTES_LABEL for row in printed for text in row):
                continue  # the header's column of notes read into the rows: PDF text printing no empty cell
            body = (_rows_under_subtotals(printed, figures) or _rows_under_classes(printed, figures)
                    or _wrapped_labels_joined(printed, figures))
            if body is None:
                continue
            width = max(map(len, body))
            header = _header(cells[:body_start], width, body[0][-figures:])
            if header is None or not _columns_hold_figures(body, figures) or (labels and not later and (
                    len(header[0]) > 1 and not (compact(header[0][0][0]) == "구분" and all(texts[:body_start]))
                    or figures < 2 or any(_alike(label, body[0][0]) for label in header[0][0]))):
                continue  # a labelled row alone is read under a header of one row, or of two printing no blank
                # cell (PDF text's, `_header_printing_no_blanks`) headed by the row labels' `구 분`, of two
                # figures at least, its label none of the header's kind (`소형` under `… 소 계 | 중형 | 대형`: a
                # header's last label)
            header_rows, starts = header
            if not parted and (len(header_rows) > 1 or not all(header_rows[0]) or len(set(map(len, body))) > 1
                               or labels != 1):
                continue  # words alone below, no figure past them, end only a plain grid: a header of one row
                # filling its columns over rows of one label each (`사 업 명 | 예 산 액 | …` at a page's foot, a
                # heading below it, `주요업무 추진실적`, then the page break)
            position = body_start
            for row in printed:
                starts.append(cells[position][1])
                position += len(row)
            rows = tuple(header_rows) + tuple(_placed(row, width, figures) for row in body)
            return rows, starts, cells[used - 1][1] + 1
    return None


def _prints_notes(cells: list[Cell]) -> bool:
    """Whether a run's first cells print a column of notes' label (`비 고`), asked once a run: `_noted_run` and
    `_words_under_notes` read none where they do not (each seeks it among the first _MAX_NOTES_AT + 1 cells, the
    empty ones left out or not)."""
    return any(compact(text) == _NOTES_LABEL for text in [text for text, _ in cells if text][:_MAX_NOTES_AT + 1])


def _noted_run(cells: list[Cell], lines: list[str]):
    """The table a run from a label the tool does not know prints where its header of one row ends in a column of
    notes (`지 구 명 | 필지 수 | 면적(m²) | 진척률 | 비 고`) over rows of a label, its figures and a note or none
    (`_noted_table`): its every row's place fixed by its figures, so it is read, not only told unread. Most runs
    print no `비 고` in their first cells: asked first, before the grid is sought."""
    if all(compact(text) != _NOTES_LABEL for text, _ in cells[:_MAX_NOTES_AT + 1]):
        return None
    read = _table(cells, lines)
    return read if read is not None and compact(read[0][0][-1]) == _NOTES_LABEL else None


def _plain_grid(cells: list[Cell], lines: list[str]):
    """The table a run from a label the tool does not know prints where it is a plain grid (`_table`'s reading of
    it): a header of one row, a label a column, over two rows at least, each of its labels (`학 교 명 | 지원액 |
    집행액 | 집행률(%)` over `계 | 2,378,500 | 1,166,780 | 49.1`; a label and its unit, `체납 징수액 | 백만원 | 4,800`)
    and a figure under each other label, every cell read as printed, none joined, the text parted below the last. A
    row's labels only may be read empty: a group's merged down beside its `소 계` (`한빛1동 | 소 계 | 9` over `구립 |
    6`), a total's merged across (`합 계 | 31`). The header may be of two rows, every column labelled in one of them
    (`동 명 | 아 동 수 | 구성비` over `계 | 남 | 여`: the group over its run of labels, `구성비` merged down). Its shape
    fixes each figure's place (an empty one printing nothing leaves a row a cell short, the next row's label under a
    figure: no grid), so it is read, not only told unread. Most runs print fewer than four cells that may be figures
    (two rows' two): told none before the grid is sought."""
    if sum(not text[:1].isalpha() for text, _ in cells) < 4 or (read := _table(cells, lines)) is None:
        return None
    rows, _, end = read
    header_rows = next((k for k, row in enumerate(rows) if any(text and _is_figure(text) for text in row)), len(rows))
    header, body = rows[:header_rows], rows[header_rows:]
    width = len(header[0])
    labels = next((j for j, text in enumerate(body[0]) if text and _is_figure(text)), width) if body else width
    if width - labels < 2 or len(body) < 2 or len(header) > 2 or not all(map(any, zip(*header, strict=True))) or any(
            len(row) != width or not any(row[:labels]) or not all(row[labels:]) for row in body):
        return None
    printed = [text for text, line in cells if line < end]
    return read if printed == [text for row in rows for text in row if text] else None


def _grid_by_totals(cells: list[Cell], lines: list[str]):
    """The table a run prints where its rows print fewer figures than its columns, as PDF text in content order
    prints an empty cell (nothing), and a total's row fixes where each row's figures stand: a header of one row, a
    label a column (`팀 별 | 계 | 5급 | 6급 | 7급 | 8급 | 9급`), over rows of a label and its whole figures in order
    (`도시관리팀 | 6 | 2 | 2 | 1 | 1`), the total's (`계 | 19 | 1 | 4 | 7 | 4 | 3`, first or last) printing one a
    column, each column the sum of the others' (a dash is 0). The one placing of the short rows' figures whose
    column sums are the total's is read (`도시관리팀 | 6 | | 2 | 2 | 1 | 1`: its 5급 empty), the text parted below;
    None where none or several place so (`2 | 2` under `5급 | 6급 | 7급` summing to `2 | 2 | 2`), a cell is empty
    (a text's empty line: `_table`'s to read) or a figure is no whole amount (a rate)."""
    texts = [text for text, _ in cells]
    first = next((k for k, text in enumerate(texts) if _is_figure(text)), 0)
    if first < 3 or not all(texts[:first]) or any(_parts(lines[line]) for _, line in cells[:first]):
        return None  # a header of words: no mark or title among them (`(단위: 명)`, `3. 예산현황`)
    width = first - 1
    rows: list[list[str]] = []
    starts = [cells[0][1]]
    k = width
    while k + 1 < len(texts) and texts[k] and not _is_figure(texts[k]) and texts[k + 1] and _is_figure(texts[k + 1]):
        end = k + 1
        while end < len(texts) and texts[end] and _is_figure(texts[end]) and end - k < width:
            end += 1
        rows.append(texts[k:end])
        starts.append(cells[k][1])
        k = end
    if len(rows) < 3 or not _parts_text(lines, cells[k - 1][1], 1):
        return None
    total = next((row for row in (rows[0], rows[-1]) if len(row) == width and is_total(compact(row[0]))), None)
    amounts = [[0 if text == "-" else whole_amount(text) for text in row[1:]] for row in rows]
    if total is None or all(len(row) == width for row in rows) or any(None in row for row in amounts):
        return None
    ways = [list(itertools.combinations(range(width - 1), len(row))) for row in amounts]
    if sum(len(row_ways).bit_length() for row_ways in ways) > _MAX_PLACING_BITS:
        return None
    sums = amounts[rows.index(total)]
    fits = []
    for placing in itertools.product(*ways):
        column_sums = [0] * (width - 1)
        for row, (places, figures) in enumerate(zip(placing, amounts, strict=True)):
            if rows[row] is not total:
                for column, amount in zip(places, figures, strict=True):
                    column_sums[column] += amount
        if column_sums == sums:
            fits.append(placing)
    if len(fits) != 1:
        return None
    body = []
    for row, places in zip(rows, fits[0], strict=True):
        placed = [""] * (width - 1)
        for column, text in zip(places, row[1:], strict=True):
            placed[column] = text
        body.append((row[0], *placed))
    return [tuple(texts[:width]), *body], starts, cells[k - 1][1] + 1


def _words_under_notes(cells: list[Cell], lines: list[str]):
    """The table of words a run prints under a header of one row ending in a column of notes (`구 분 | 위 치 |
    면적(m²) | 비 고` over `본관 민원실 | 본관 1층 | 250 | 무인발급기 2대`), as PDF text in content order
    prints it (no cell for an empty note), up to the first line that parts the text (`_word_table`), or a table of
    words alone whose rows' labels are letter-spaced (`_rows_by_spaced_labels`); None otherwise (a table of words
    alone, `시설 | 정보화교육장(1개소) | …`: told unread, `_run_under_notes`)."""
    cells = [cell for cell in cells if cell[0]]
    notes = next((k for k, (text, _) in enumerate(cells[:_MAX_NOTES_AT + 1]) if compact(text) == _NOTES_LABEL), None)
    if notes is None:
        return None
    return _word_table(cells, lines, notes + 1, noted=True) or _rows_by_spaced_labels(cells, lines, notes)


def _rows_by_spaced_labels(cells: list[Cell], lines: list[str], notes: int):
    """The table of words alone the non-empty cells print under a header of `notes` labels and `비 고` (`구 분 | 명 칭 |
    현 황 | 비 고` over `시 설 | 정보화교육장(1개소) | 구민 스마트교육장(본관 4층) | 전산팀` and `장 비 | 교육용 PC |
    40대`), up to the first line that parts the text: no column of figures or dates fixes where a row ends, but a
    report prints its rows' labels letter-spaced, as its header's `구 분` (`시 설`, `장 비`: every word one letter),
    and no other cell of the body so. Each row then starts at such a label and prints a cell a label column, and
    a note or none (PDF text prints no cell for an empty one). Its rows, the line each starts on and the line after
    its last; None where a cell past the first column is letter-spaced, a row prints more or fewer cells (an empty
    cell short of the note: `장 비 | 교육용 노트북`), or one row alone reads."""
    header = cells[:notes + 1]
    if notes < 2 or any(_is_value(text) or _parts(lines[line]) for text, line in header[:notes]):
        return None  # a header of words: no figure, date, mark or title
    end = _words_end(cells, lines, notes + 1)
    body = cells[notes + 1:end]
    starts = [k for k, (text, _) in enumerate(body) if _letter_spaced(text)]
    if len(starts) < 2 or starts[0] or not _parts_text(lines, body[-1][1], 1):
        return None
    rows = []
    for start, stop in itertools.pairwise([*starts, len(body)]):
        row = tuple(text for text, _ in body[start:stop])
        if len(row) not in (notes, notes + 1):
            return None
        rows.append(row if len(row) > notes else (*row, ""))
    return [tuple(text for text, _ in header), *rows], [cells[0][1], *(body[k][1] for k in starts)], body[-1][1] + 1


def _letter_spaced(text: str) -> bool:
    """Whether a cell prints a label letter-spaced (`시 설`, `보 건 소`: every word one letter, `as_word`)."""
    return as_word(text) != text


def _words_by_last_value(cells: list[Cell], lines: list[str]):
    """The table of words a run from a label the tool knows prints under a header of one row and no column of notes,
    every row ending in a value, a figure or a date (`구 분 | 조 사 명 | 조사기간 | 조사원(명)` over `국가통계 |
    경제총조사(사업체) | 6. 1. ~ 7. 31. | 86`, `구 분 | 대지(m²) | 건물(m²) | 준공일자` over `본관 | 6,480 | 14,020 |
    1988. 3. 2.`), as PDF text in content order prints it: each row cut by its last value, the header as many cells
    as the first row, which its value ends (`_word_table`), or whose first row is a group's total printing its
    figures alone (`구 분 | 구 분 | 대지(㎡) | … | 준공일자` over `본 관 | 계 | 7,622 | 15,667`). A table of words: its
    first row prints a date or words right of its two first cells (figures alone there are `_table`'s to read), and
    its header no total's label (`구 분 | 계 | 일 반 직 | …`: a staffing table's) nor notes' (a note printed or not
    cuts no row: `비 고` over `3월` may be a note or a column of dates). The one read so, None where none or several
    header widths read."""
    cells = [cell for cell in cells if cell[0]]
    reads = [read for width in range(3, min(_MAX_NOTES_AT, len(cells) // 2) + 1)
             if (_is_value(cells[2 * width - 1][0]) or is_total(cells[width + 1][0]))
             and not any(is_total(text) or compact(text) == _NOTES_LABEL for text, _ in cells[:width])
             and not all(_is_figure(text) for text, _ in cells[width + 2:2 * width])
             and (read := _word_table(cells, lines, width, noted=False)) is not None]
    return reads[0] if len(reads) == 1 else None


def _word_table(cells: list[Cell], lines: list[str], width: int, noted: bool):
    """The table of words the non-empty cells print under a header of `width` labels, its last a column of notes
    where `noted` (a note printed or not), up to the first line that parts the text: rows of a label and a cell a
    column, a total's row printing its labels and its figures alone (`계 | 410`), a group's label merged down printed
    once (`국가통계 | 경제총조사 | …` over `지역별고용조사 | …`, or beside its total's row: `의회 청사 | 계 | 4,820`
    over `1층 | 1,240 | 의원연구실`), its rows below printing no cell for it (read empty, as the text twin reads a
    label merged down); the header printed again past a page break is left out before (`_header_again_dropped`).
    Its cells' places are fixed where a column prints figures, or dates, in every row (`250`, `160`; without notes,
    the last column's values) and the rows part one way alone (`_word_rows`), or one alone where each group's total
    row sums its rows (`_groups_add_up`): its rows, the line each starts on and the line after its last; None
    otherwise. Where no way parts them under the header as printed, its first label may stand over two columns, a
    group's and its rows' (`구 분 | 면적(m²) | 수용 차량 | 비 고` over `차고지 | 계 | 4,850 | 58`, the header's cell
    over the rows' labels printing nothing), read so where a group's total row stands among them."""
    header = cells[:width]
    labels = width - noted
    if labels < 2 or any(_is_value(text) or _parts(lines[line]) for text, line in header[:labels]):
        return None  # a header of words: no figure, date, mark or title (`1. 조 직` over `(단위: 팀, 명)`, `구 분`)
    end = _words_end(cells, lines, width)
    body = cells[width:end]
    if not body or not _parts_text(lines, body[-1][1], 1):
        return None
    texts = [text for text, _ in body]
    of_years = tuple(YEAR_COLUMN_RE.fullmatch(compact(text)) is not None for text, _ in header[:labels])
    header_texts = tuple(text for text, _ in header)
    parses = _word_parses(texts, of_years, noted)
    if not parses:  # the first label over a group's column and its rows' (`구 분` over `차고지 | 계 | 4,850`)
        of_years = (of_years[0], False, *of_years[1:])
        header_texts = (header_texts[0], "", *header_texts[1:])
        parses = {rows for rows in _word_parses(texts, of_years, noted)
                  if any(placed[0] and is_total(placed[1]) for _, placed in rows)}
    if len(parses) > 1:
        parses = {rows for rows in parses if _groups_add_up([placed for _, placed in rows])}
    if len(parses) != 1:
        return None
    (rows,) = parses
    starts = [cells[0][1], *(body[k][1] for k in itertools.accumulate((len(taken) for taken, _ in rows[:-1]),
                                                                       initial=0))]
    placed_rows = [placed for _, placed in rows]
    # a `※` cell right below its empty note, the text parting past it, is the last row's note (`2020 ~ 2023 | ※ IoT
    # 기반`), as a 비고 column prints one, not a note of the table's
    below = cells[end:end + 1]
    if noted and below and below[0][0].startswith("※") and not placed_rows[-1][-1] and _parts_text(
            lines, below[0][1], 1):
        placed_rows[-1] = (*placed_rows[-1][:-1], below[0][0])
        body.append(below[0])
    grid = (header_texts, *placed_rows)
    return grid, starts, body[-1][1] + 1


def _word_parses(texts: list[str], of_years: tuple[bool, ...], noted: bool) -> set[tuple]:
    """The ways a table of words' body cells part into rows under its header's columns (`_first_rows`,
    `_word_rows`), each as its rows (the cells each takes, its row placed); one where a row prints no cell for an
    empty figure only where each group's total row sums its rows so (`_groups_add_up`: the group's total fixes
    where its rows' figures stand)."""
    return {rows for first, kinds in _first_rows(texts, of_years, noted)
            for rows in _word_rows(texts, of_years, first, kinds, noted)
            if _empty_figures_placed([placed for _, placed in rows], kinds)}


def _empty_figures_placed(rows: list[tuple[str, ...]], kinds: tuple[str, ...]) -> bool:
    """Whether the rows placed with an empty cell in a column of figures (`본 관 | 보 건 소 | | 5,600`: PDF text
    printed none for it), none a total's, each stand in a group below its total's row (`본 관 | 계 | 7,622 | 15,667`,
    printing the group's label again or none) and every group's total sums its rows (`_groups_add_up`); so where
    none is."""
    figure_columns = [j for j, kind in enumerate(kinds) if kind == "figure"]
    group = None  # the label of the group whose total's row or rows stand right above
    placed_empty = False
    for row in rows:
        if row[0] and is_total(row[1]):
            group = row[0]
        elif any(map(is_total, row)) or row[0] not in ("", group):
            group = None  # a total's row, or a row of its own
        if not any(map(is_total, row)) and any(not row[j] for j in figure_columns):
            if group is None:
                return False
            placed_empty = True
    return not placed_empty or _groups_add_up(rows)


def _groups_add_up(rows: list[tuple[str, ...]]) -> bool:
    """Whether each group's total row's whole amounts (`차고지 | 계 | 4,850 | 58`) are the sums of its rows' below
    it, those printing no cell for the group's label (`| 제1차고지 | 3,200 | 40`, `| 제2차고지 | 1,650 | 18`): of the
    ways a note and the next row's label part (`세차장 포함 | 제2차고지`: a note and a row, or a group and its row),
    the one where each group ends where its total says. A group's rows may print its label again (`본 관 | 계 | 7,622`
    over `본 관 | 본 관 | 7,622`, a merged cell printed in each row)."""
    for k, total in enumerate(rows):
        if not (total[0] and len(total) > 1 and is_total(total[1])):
            continue
        group = list(itertools.takewhile(lambda row, label=total[0]: row[0] in ("", label), rows[k + 1:]))
        for column in range(2, len(total)):
            if (amount := whole_amount(total[column])) is not None and amount != sum(
                    whole_amount(row[column]) or 0 for row in group):
                return False
    return True


def _kind(text: str, of_years: bool = False) -> str:
    """A cell's kind as a column keeps it: a figure (`250`, `-`), a date or period (`2025. 2. 10. ~ 2. 21.`), words;
    in a column of years (`of_years`: `설치연도`) a year alone a date as a range of years is (`2009`, `2020 ~ 2023`)."""
    if of_years and YEAR_LABEL_RE.fullmatch(text):
        return "date"
    return "figure" if _is_figure(text) else "date" if _is_value(text) else "words"


def _first_rows(texts: list[str], of_years: tuple[bool, ...], noted: bool):
    """Where the first row not a total's may start and its columns' kinds, those of every row: at once, or past a
    total's row (`계 | 410`, `계 | 계 | 3`, or a full one, `계 | 계 | 1,342 | 2,486,310`), its first cell no total's,
    or past a group's total row (`의회 청사 | 계 | 4,820`), the row printing no cell for the group's label merged
    down (its first column's kind words). A column of figures or dates at least, the first column's words, and
    without notes the last column's values (each row cut by its last value)."""
    columns = len(of_years)
    for first in range(min(columns + 1, len(texts))):
        if is_total(texts[first]) or first and not (is_total(texts[0]) or first > 1 and is_total(texts[1])):
            continue
        for grouped in (True, False) if first else (True,):
            printed = texts[first:first + columns - (not grouped)]
            kinds = (*(() if grouped else ("words",)), *map(_kind, printed, of_years[(not grouped):]))
            if len(kinds) == columns and kinds[0] == "words" and any(kind != "words" for kind in kinds) and (
                    noted or kinds[-1] != "words"):
                yield first, kinds


def _word_rows(texts: list[str], of_years: tuple[bool, ...], first: int, kinds: tuple[str, ...], noted: bool):
    """The ways the cells part into rows of a cell a column of the header's, and a note printed or not where
    `noted`, each row's columns of `kinds` (`_kind`, `of_years` the columns of years; words in a column of words may
    be any text, a row's first cell no figure nor date), a total's row atop the rows or below them printing its
    labels and a figure a column of values, or of figures (`계 | 410`), and a group's total row its label too,
    anywhere (`의회 청사 | 계 | 4,820`). A row below the first may print no cell for the first column, a group's
    label merged down (read empty): without notes anywhere, each row cut by its last value; with notes only under a
    group's total row, as a note and the next group's first label would otherwise part two ways (`무인발급기 3대 |
    여권민원실`). Each way as its rows (the cells each takes, its row placed), two ways at most, a row starting at
    `first`."""
    columns = len(kinds)
    width = columns + noted
    value_columns = [j for j, kind in enumerate(kinds) if kind != "words"]
    figure_columns = [j for j, kind in enumerate(kinds) if kind == "figure"]
    # a total's figures: under every column of values, or of figures alone (a schedule's total days, `계 | 23`)
    total_columns = [value_columns, [j for j in value_columns if kinds[j] == "figure"]]

    ways_from: dict[tuple[int, bool], list[tuple]] = {}

    def rows_from(k: int, group: str) -> list[tuple]:
        """The ways from cell `k`, `group` the label of a group whose total row or rows stand right above (`` where
        none does)."""
        if k == len(texts):
            return [()]
        if (k, group) not in ways_from:
            ways_from[k, group] = _ways(k, group)
        return ways_from[k, group]

    def _ways(k: int, group: str) -> list[tuple]:
        ways = []
        total = is_total(texts[k])  # a total's row prints its labels and values alone (`계 | 계 | 1,342 | …`)
        # in a group, a row printing its label again or none may print no cell for an empty figure (`본 관 | 보 건
        # 소 | 5,600`: its 대지 empty), placed where the group's total says (`_word_parses`); asked after every row
        # printing all its cells, as two ways are kept at most
        for omitted in (None, *figure_columns) if group and not total else (None,):
            for skipped in (False, True) if k and (group or not noted) else (False,):
                row_columns = [j for j in range(skipped, columns) if j != omitted]
                row = texts[k:k + len(row_columns)]
                if len(row) == len(row_columns) and (omitted is None or skipped or row[0] == group) and all(
                        kinds[j] == "words" and (j > skipped or _kind(text) == "words")
                        or _kind(text, of_years[j]) == kinds[j] for text, j in zip(row, row_columns, strict=True)) and (
                        all(is_total(text) or _is_value(text) for text in row) if total
                        else not any(is_total(text) for text, j in zip(row, row_columns, strict=True)
                                     if j >= value_columns[0])):  # a total's label right of the values is a total's
                    # row's (`민원응대 과정 | 연중 | 1` then `계 | 1`), left of them a group's (`토 지 | 소 계 | 1,284`)
                    in_group = group if skipped or row[0] == group else ""
                    for noted_here in (False, True) if noted and not total else (False,):
                        end = k + len(row) + noted_here
                        if end <= len(texts) and (not noted_here or _kind(texts[end - 1]) == "words"):
                            placed = [""] * width
                            for text, j in zip(row, row_columns, strict=True):
                                placed[j] = text
                            if noted_here:
                                placed[-1] = texts[end - 1]
                            ways += [((tuple(texts[k:end]), tuple(placed)), *rest) for rest in rows_from(end, in_group)]
        group_total = not total and k + 1 < len(texts) and is_total(texts[k + 1]) and _kind(texts[k]) == "words"
        if total or group_total:
            labels = 1 + group_total  # `계`, `계 | 계` over a group's column and its rows' labels' (merged across)
            while labels < value_columns[0] and k + labels < len(texts) and is_total(texts[k + labels]):
                labels += 1
            for columns_of in {tuple(columns_of) for columns_of in total_columns if columns_of}:
                figures = texts[k + labels:k + labels + len(columns_of)]
                # a total's row leaves a column blank, or is a group's filling every column right of its labels
                # (`차고지 | 계 | 4,850 | 58`: its rows below may print no cell for the group's label)
                if len(figures) == len(columns_of) and (
                        labels + len(figures) < columns or group_total and columns_of[0] == labels) and all(
                        _kind(text, of_years[j]) == kinds[j] for text, j in zip(figures, columns_of, strict=True)):
                    placed = [""] * width
                    placed[:labels] = texts[k:k + labels]
                    for text, j in zip(figures, columns_of, strict=True):
                        placed[j] = text
                    end = k + labels + len(figures)
                    # a total's row atop or at the foot, not a group's (`소 계`) but beside its label
                    if k == 0 or end == len(texts) or group_total:
                        ways += [((tuple(texts[k:end]), tuple(placed)), *rest)
                                 for rest in rows_from(end, texts[k] if group_total else "")]
        return ways[:2]

    # a way whose rows start at `first`: its kinds a row's, not a total's cells and a row's (`계 | 385 | 종합민원실`)
    return [way for way in rows_from(0, "")
            if first in itertools.accumulate((len(taken) for taken, _ in way), initial=0)]


def _noted_table(cells: list[Cell], lines: list[str], first: int, figures: int):
    """The table of a header of one row ending in a column of notes (`단위사업명 | 예산액 | … | 비 고`) over rows of a
    label, `figures` figures and a note or none, as PDF text in content order prints it (no cell for an empty note):
    after a row's figures, two words before the next figure are its note and the next row's label, one word the next
    row's label; the last row's note a word the text parts from below (`전기차 1대` over `4. 예산현황`). Its rows,
    the line each starts on and the line after its last; None where the header is not one label more than a row,
    a row goes otherwise, one row alone prints one figure, or the text below is a cell too."""
    texts = [text for text, _ in cells]
    if first - 1 != figures + 2:
        return None
    rows, starts = [tuple(texts[:first - 1])], [cells[0][1]]
    position = first - 1
    while True:
        figures_end = position + 1 + figures
        if figures_end > len(texts) or _is_figure(texts[position]) or not all(
                map(_is_figure_label, texts[position + 1:figures_end])):
            return None
        after = texts[figures_end:figures_end + 3]
        noted = len(after) == 3 and not any(map(_is_figure, after[:2])) and _is_figure_label(after[2]) or (
            bool(after) and not _is_figure(after[0]) and not _parts_text(lines, cells[figures_end][1] - 1, 1)
            and _parts_text(lines, cells[figures_end][1], 1))  # the last row's note: a cell, the text past it none
        rows.append((*texts[position:figures_end], after[0] if noted else ""))
        starts.append(cells[position][1])
        position = figures_end + int(noted)
        if not (position + 1 < len(texts) and not _is_figure(texts[position]) and _is_figure_label(
                texts[position + 1])):  # a row's label, then its figures
            break
    end = cells[position - 1][1] + 1
    if (len(rows) < (2 if figures > 1 else 3) or position < len(texts) and _is_figure_label(texts[position])
            or not _parts_text(lines, end - 1, 1)):
        return None
    return rows, starts, end


def _parts_text(lines: list[str], start: int, step: int) -> bool:
    """Whether the text next to a table (above it from line `start`, step -1, or below it, step 1), past blank lines,
    is none of its cells: the document's edge, a line too long for a cell, one of a mark (`□`, `○`, `※`,
    `(단위: 명)`, `Ⅱ.`), a numbered title (`4 예산현황`), or, below it, another table's first label. A short line
    of words may be a cell: of the header above a label the tool knows (`연번` before `사업명`), of a column below
    that the rows did not read (a 준공일자's dates right of its figures)."""
    k = start + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    if not 0 <= k < len(lines) or _parts(lines[k]):
        return True
    return step > 0 and (lines[k].strip().replace(" ", "") in START_LABELS or _over_units(lines, k)
                         or _heading_number(lines, k))


def _parts(line: str) -> bool:
    """Whether a line printing text is no cell of a table: too long for one, a mark's (`□`, `○`, `※`, `(단위: 명)`,
    `Ⅱ.`), a numbered title's (`4 예산현황`) or a caption's ending in its table's date or units (`굴착 허가 현황
    (2019. 12. 31. 현재)`, as a heading beside its table's date prints in content order; before, the table below it
    read as none, each cell a project's item)."""
    if not _is_cell_line(line):
        return True
    text = line.strip()
    return not _is_word_start(text[0]) or bool(_NUMBERED_TITLE_RE.match(text)) or (
        text[-1] == ")" and (bracket := text.rfind(" (")) > 0 and is_table_units_or_date(text[bracket:]))


def _over_units(lines: list[str], k: int) -> bool:
    """Whether line `k` stands right over a line of a table's units or date (past blank lines): a heading, the next
    table's (`장 비` over `(단위: 대)`, `예산현황` over `(2023. 5. 31. 기준, 단위: 천원)`), as PDF text in content order
    prints a heading unnumbered and unmarked, not a cell."""
    k = _next_text(lines, k)
    return k < len(lines) and is_table_units_or_date(lines[k])


def _heading_number(lines: list[str], k: int) -> bool:
    """Whether line `k` prints a heading's number alone over its words, themselves over a table's units (`4` over
    `예산현황` over `(단위: 백만원)`, as PyMuPDF prints a heading's number set apart): no figure of a table above."""
    text = lines[k].strip()
    if not text.isdigit() or len(text) > 2 or (words := _next_text(lines, k)) >= len(lines):
        return False
    return "가" <= lines[words].strip()[0] <= "힣" and _over_units(lines, words)


def _below_value(lines: list[str], k: int) -> bool:
    """Whether the last line before line `k` printing anything (past blank lines) is a value (`_is_value`: `-`, a
    row's empty rate, no mark)."""
    k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k >= 0 and _is_value(lines[k].strip())


def _next_text(lines: list[str], k: int) -> int:
    """The first line past line `k` printing anything (past the text's end where none does)."""
    k += 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _is_word_start(character: str) -> bool:
    """A syllable, a Latin letter or a digit: a line starting so is words (or a cell), not a mark's line."""
    return "가" <= character <= "힣" or (character.isascii() and character.isalnum())


def _body_rows(texts: list[str], start: int, figures: int) -> tuple[list[tuple[str, ...]], int]:
    """The rows after the first from `start`: a label or a few (a group's merged down prints empty) and then
    `figures` figures each, a figure at least among them; and the index of the cell after the last of them."""
    rows = []
    position = start
    while True:
        labels = position
        while labels < len(texts) and labels - position < _MAX_LABELS and (
                not texts[labels] or not _is_figure(texts[labels])):
            labels += 1
        end = labels + figures
        printed = texts[labels:end]
        if (labels == position or not any(texts[position:labels]) or end > len(texts)
                or not all(map(_is_figure, printed)) or not any(printed)):
            return rows, position
        rows.append(tuple(texts[position:end]))
        position = end


def _rows_under_subtotals(body: list[tuple[str, ...]], figures: int) -> list[tuple[str, ...]] | None:
    """The rows of a table of two label columns as PDF text in content order prints them, no cell for a group's
    label merged down (`의정활동 지원 | 소 계 | …` over `의원 의정활동비 | …`): a group's label beside its `소 계`,
    its rows below it printing one label each, each set as `pdftotext -raw`'s are (`two_level_rows`), the rows
    after a group, whose first figures add up to its 소계's, in the first column (`기본경비`, `계`). None where a
    row prints an empty cell or a label beside no 소계, a group's rows do not add up to it, or a row of the second
    column stands in no group: its rows are not told apart so."""
    counts = [len(row) - figures for row in body]
    if (2 not in counts or not all(1 <= count <= 2 and all(row) for row, count in zip(body, counts, strict=True))
            or any(count == 2 and not is_total(compact(row[1])) for row, count in zip(body, counts, strict=True))):
        return None
    rows = two_level_rows([(row[0], list(row[1:])) if count == 2 else (None, list(row))
                           for row, count in zip(body, counts, strict=True)])
    left = None  # what the open group's 소계 leaves for its rows
    for group, label, first, *_ in rows:
        amount = whole_amount(first)
        if group and label:
            if left is not None:
                return None
            left = amount
        elif not group:
            if left is None or amount is None:
                return None
            left = None if left == amount else left - amount
        elif left is not None:
            return None
    return None if left is not None else [tuple(row) for row in rows]


def _rows_under_classes(body: list[tuple[str, ...]], figures: int) -> list[tuple[str, ...]] | None:
    """The rows of a staffing table of two label columns, a class of posts and a grade, as PDF text in content order
    prints them, no cell for a class merged down (`일반직 | 4급 | …` over `5급 | …`): a row printing one label of
    the grades' kind is a grade of the class above, one of another (`공무직`, `계`: no grade) the first column's,
    its grade blank. None where the first row prints no class and a grade, or a row prints an empty cell or more
    labels: the rows are not told apart so."""
    counts = [len(row) - figures for row in body]
    if counts[0] != 2 or not all(1 <= count <= 2 and all(row) for row, count in zip(body, counts, strict=True)):
        return None
    classes = {post_kind(row[0]) for row, count in zip(body, counts, strict=True) if count == 2}
    grades = {post_kind(row[1]) for row, count in zip(body, counts, strict=True) if count == 2}
    if len(grades) != 1 or None in grades or grades & classes or 1 not in counts:
        return None
    return [row if count == 2 else ("", *row) if post_kind(row[0]) in grades else (row[0], "", *row[1:])
            for row, count in zip(body, counts, strict=True)]


def _wrapped_labels_joined(body: list[tuple[str, ...]], figures: int) -> list[tuple[str, ...]] | None:
    """Rows of several labels where others print fewer, neither under a group label merged down (their first label
    empty) nor heading such a group (the next row's first label empty), as one label: a cell's lines, as
    LibreOffice prints a line break in a cell (`대중교통 활성화 및` over `편의 증진`). None where such a row prints a
    total (`비 고` over `계`, as PDF text printing no empty cell runs a row's notes into the next row's labels): a
    total is a cell of its own, so the rows are not as read."""
    if len({len(row) for row in body}) < 2:
        return body
    joined = []
    for k, row in enumerate(body):
        labels = len(row) - figures
        grouped = not row[0] or (k + 1 < len(body) and not body[k + 1][0])
        if labels < 2 or grouped:
            joined.append(row)
        elif any(is_total(compact(label)) for label in row[:labels]):
            return None
        else:
            joined.append((" ".join(row[:labels]), *row[labels:]))
    return joined


def _label_counts(later: list[tuple[str, ...]], figures: int, whole_run: bool, last_label: str) -> list[int]:
    """How many labels the first row may print, most likely first: as many as the rows below at most, two at least
    where its last is a `소 계` (a group's label beside it: `녹 지 | 소 계` over `완충녹지`, a table of two label
    columns going on over a page, `_rows_under_subtotals`), or two after one where it is another total (a group's
    `계` beside its label, `도시공원 | 계` over `근린공원`, where the table's `계` alone is read first: `구비` over
    `계` is a header's last label), or, where no row follows, none (where its figures are the whole run of them: a
    project's budget, a count of vehicles) or one."""
    if not later:
        return [0, 1] if whole_run else [1]
    most = max(len(row) for row in later) - figures
    if compact(last_label) == "소계":
        return list(range(max(most, 2), 0, -1))
    return [*range(most, 0, -1), *([2] if most == 1 and is_total(compact(last_label)) else [])]


def _bracket_notes_joined(cells: list[Cell]) -> list[Cell]:
    """A label's bracketed line (`(5.31.기준)` under `집행률(%)`) joined to it: LibreOffice prints a line break in
    a cell as a line of its own. A bracket after a figure, or of a figure, is a cell of its own."""
    joined: list[Cell] = []
    for text, line in cells:
        if (joined and joined[-1][0] and not _is_figure(joined[-1][0]) and text and text[0] in "(（"
                and text[-1] in ")）" and not _is_figure(text[1:-1])):
            joined[-1] = (f"{joined[-1][0]} {text}", joined[-1][1])
        else:
            joined.append((text, line))
    return joined


def _header(cells: list[Cell], width: int, first_figures: tuple[str, ...]):
    """The header's rows placed in the table's columns over the first row's figures, and the line each starts on;
    None where they do not fill them as a header prints (see the module's doc)."""
    figures = len(first_figures)
    texts = [text for text, _ in cells]
    if not texts or any(map(_is_figure_label, texts)):
        return None
    if len(texts) == width:
        return [tuple(texts)], [cells[0][1]]
    if width - figures > 1 and len(texts) == figures + 1:  # the label over the label columns merged across
        return [(texts[0],) + ("",) * (width - figures - 1) + tuple(texts[1:])], [cells[0][1]]
    if len(texts) <= width:
        return None
    if all(texts):
        return _header_printing_no_blanks(cells, width, first_figures)
    upper, lower = texts[:len(texts) - width], texts[len(texts) - width:]
    if lower[0]:
        return None  # two header rows: the first column's label is merged down, over an empty cell
    placed = _under_groups(upper, lower)
    if placed is None:
        return None
    return [placed, tuple(lower)], [cells[0][1], cells[len(upper)][1]]


def _header_printing_no_blanks(cells: list[Cell], width: int, first_figures: tuple[str, ...]):
    """A header of two rows as PDF text in content order prints it (PyMuPDF's `get_text()`, pypdf's
    `extract_text()`): no cell for a label merged down, so where the upper row ends is told by the labels alone, as
    `pdftotext -raw`'s two lines are placed (`header_over_groups`: the rows' label and the totals left, a group over
    each run of the lower row's labels that start anew, the rest right). The upper row names no label of the lower's,
    nor one of the kind of its first (a grade, a class of posts, a vehicle's size: a group's later labels may be
    classes under a class, `임기제` over `전문임기제 | 시간선택제임기제`), each group is one of a kind
    (`_group_of_a_kind`) printing one total at most, and no `소 계`
    stands right of the groups (a subtotal of nothing); the one parting so is read, none where several are (`구 분 |
    계 | 일 반 직 | 공 무 직` over `5급 … 9급`, `총 계 | 승 용 | 화 물` over `소 계 | 소형 | 중형 | 소 계 | 소형 |
    중형`) but the one whose group totals the first row's figures agree with. Where none parts so, labels merged
    down at the right may come after the lower row's (`_MAX_LABELS_AFTER`); where its labels are twice the figures
    and one, the rows' label, each of the upper row stands over one of the lower (no group, no label merged down:
    the only way the count fits), as a header whose labels wrap prints their first lines first (`감사 | 지적` over
    `건수 | 건수`; not over rows of no label, where the count is that of a header of one row and a row's label, nor
    over fewer than _MIN_WRAPPED_FIGURES figures);
    then the header may be of three rows (`_three_rows_printing_no_blanks`)."""
    texts = [text for text, _ in cells]
    figures = len(first_figures)
    if width - figures > 1:
        return None
    fits = []
    for after in range(_MAX_LABELS_AFTER + 1):
        if fits:
            break
        for split in range(1, len(texts) - 1 - after):
            upper, lower = texts[:split] + texts[len(texts) - after:], texts[split:len(texts) - after]
            if len(lower) >= width or any(_alike(above, lower[0]) or compact(above) in map(compact, lower)
                                              for above in upper):
                continue
            groups = label_groups_anew(lower)
            if any(sum(compact(label).endswith("계") for label in group) > 1 for group in groups):
                continue  # a group of two totals (`임 시 소 계`, `소 계`): the upper row's label among the lower's
            special = False  # whether the last group is a special vehicle's kinds after sizes
            if not (len(groups) > 1 and all(group == groups[0] for group in groups)
                    or all(map(_group_of_a_kind, groups))):
                if (joined := _classes_joined_over_series(upper, lower, width)) is not None:
                    upper, groups = joined, [lower]
                elif special := _kinds_after_sizes(apart := label_groups_anew(lower, sizes_close=True)):
                    groups = apart
                else:
                    continue
            rows = header_over_groups(upper, groups, width, width > figures)
            if rows is not None and special and not _special_over(rows, len(groups[-1])):
                continue
            if rows is not None and "소계" not in (compact(rows[0][column]) for column in range(width)
                                                    if column > _last_label_column(rows[1])):
                fits.append(([tuple(row) for row in rows], [cells[0][1], cells[split][1]]))
    if not fits and width > figures >= _MIN_WRAPPED_FIGURES and len(texts) == 2 * width - 1:  # each over one
        fits = [([tuple(texts[:width]), ("", *texts[width:])], [cells[0][1], cells[width][1]])]
    if not fits:
        fits = _three_rows_printing_no_blanks(cells, width)
    if len(fits) > 1:
        fits = [fit for fit in fits if _totals_add_up(fit[0], first_figures)]
    return fits[0] if len(fits) == 1 else None


def _classes_joined_over_series(upper: list[str], lower: list[str], width: int) -> list[str] | None:
    """The upper header labels with the classes standing over a lower row of series as one label: a class
    (`일 반 직` over `행정 | 전산`), or several where the count says so, PDF text not printing which spans which
    (`일 반 직 | 기 능 직` over `행정 | 전산 | 사서 | 운전 | 방호`, `별정직 | 임기제 | 청원경찰` merged down right:
    `일 반 직 기 능 직`, as `pdftotext -raw`'s one line is read, each column a series of the two); None where a lower
    label is no series or an upper one is (the rows part elsewhere), or the labels over them are not all classes
    (`…직`, `…제`)."""
    if not all(map(is_series, lower)) or any(map(is_series, upper)):
        return None
    left = 1  # the rows' label, then the totals merged down
    while left < len(upper) and is_total(compact(upper[left])):
        left += 1
    joined = len(upper) - left - (width - len(lower) - left)
    classes = upper[left:left + joined]
    if not 1 <= joined <= len(lower) or any(post_kind(label) != "직" for label in classes):
        return None
    return [*upper[:left], " ".join(classes), *upper[left + joined:]]


def _kinds_after_sizes(groups: list[list[str]]) -> bool:
    """Whether a header's lower labels group as a fleet's sizes and then kinds that name no size (`소형 | 중형 |
    중형 | 소형 | 중형` then `살수차 | 고소작업차`, a special vehicle's, `label_groups_anew` parting them after the
    sizes): every group but the last of a kind, the one before the last ending in a size, the last naming none."""
    return (len(groups) > 1 and all(map(_group_of_a_kind, groups[:-1])) and vehicle_size(groups[-2][-1]) is not None
            and all(vehicle_size(label) is None and not is_total(compact(label)) for label in groups[-1]))


def _special_over(rows: list[list[str]], last_group: int) -> bool:
    """Whether the upper header label over the last `last_group` lower labels names the special vehicles (`특 수`):
    the only category whose kinds name no size."""
    lower_columns = [column for column, label in enumerate(rows[1]) if label]
    found = CATEGORY_KIND_RE.match(compact(rows[0][lower_columns[-last_group]]))
    return found is not None and found[1] == "특수"


def _totals_add_up(rows: list[tuple[str, ...]], first_figures: tuple[str, ...]) -> bool:
    """Whether a two-row header's totals are the sums of their parts in the first row's figures, where those are all
    whole amounts: a group's (the lower row's first label, `계` under `일 반 직`) of the group's other columns, one
    merged down (`계` over an empty cell) of every column but the groups' totals. Of two placements the labels fit
    (`… 공무직 | 기간제 | 계` over `5급 … 8급 | 연구관 …`: `계` the lower row's first, or the upper row's last merged
    down), the one the figures agree with."""
    top, lower = rows[0], rows[-1]
    offset = len(lower) - len(first_figures)
    amounts = dict(zip(range(offset, len(lower)), map(whole_amount, first_figures), strict=True))
    group_totals = {column for column in amounts if top[column] and is_total(compact(lower[column]))}
    for column in amounts:
        if column in group_totals:
            end = next((k for k in range(column + 1, len(lower)) if top[k] or not lower[k]), len(lower))
            parts = [amounts[k] for k in range(column + 1, end)]
        elif not lower[column] and is_total(compact(top[column])):
            parts = [amount for k, amount in amounts.items() if k != column and k not in group_totals]
        else:
            continue
        if amounts[column] is not None and None not in parts and amounts[column] != sum(parts):
            return False
    return True


def _three_rows_printing_no_blanks(cells: list[Cell], width: int) -> list:
    """The ways a header of three rows printing no cell for labels merged down parts (`구 분 | 계 | 일반직 | 공무직`
    over `행정 | 시설` over `5급 6급 7급 8·9급 | 6급 7급`): the lower row's labels of a kind in groups that start anew
    (`label_groups_anew`), a middle label over each group, one label of the upper row over the middle's (a class
    over its series, of none of their kind), its others merged down beside them as in a header of two rows
    (`header_over_groups`); no label above the lower row of its kind."""
    texts = [text for text, _ in cells]
    fits = []
    for split in range(3, len(texts) - 1):
        lower = texts[split:]
        groups = label_groups_anew(lower)
        middle_start = split - len(groups)
        if (len(lower) >= width or len(groups) < 2 or middle_start < 2 or not all(map(_group_of_a_kind, groups))
                or any(_alike(above, lower[0]) or is_total(compact(above)) for above in texts[middle_start:split])
                or any(_alike(above, lower[0]) for above in texts[:middle_start])):
            continue
        middle = texts[middle_start:split]
        two = header_over_groups(texts[:middle_start], [middle], width - len(lower) + len(middle), True)
        if two is None or any(_alike(two[0][left := two[1].index(middle[0])], label) for label in middle):
            continue  # a class over classes (`행 정 직` over `운 전 직 | 공무직`): groups not told by their labels
        right = width - left - len(lower)
        top = [*two[0][:left + 1], *[""] * (len(lower) - 1), *two[0][left + len(middle):]]
        over_groups = [cell for label, group in zip(middle, groups, strict=True)
                       for cell in (label, *[""] * (len(group) - 1))]
        rows = [top, [""] * left + over_groups + [""] * right, [""] * left + lower + [""] * right]
        fits.append(([tuple(row) for row in rows], [cells[0][1], cells[middle_start][1], cells[split][1]]))
    return fits


def _group_of_a_kind(group: list[str]) -> bool:
    """Whether a lower header row's group is one by its labels: its total first (`소 계 | 소형 | 중형`), or labels of
    posts or vehicles' sizes alone (`5급 … 9급`, `연구관 | 연구사`), not any words (`면적(m²) | 도시공원`: a header
    of one row over a row label). Groups printing the same labels each (`정원 | 현원` again) are groups too."""
    return is_total(compact(group[0])) or all(post_kind(label) is not None or vehicle_size(label) is not None
                                              for label in group)


def _alike(upper: str, lower: str) -> bool:
    """Whether an upper header label names a lower one, or one of its kind (a grade, a class, a vehicle's size)."""
    kind = post_kind(upper)
    return (compact(upper) == compact(lower) or kind is not None and kind == post_kind(lower)
            or vehicle_size(upper) is not None and vehicle_size(lower) is not None)


def _last_label_column(row: list[str]) -> int:
    return max(column for column, text in enumerate(row) if text)


def _is_figure_label(text: str) -> bool:
    return bool(text) and _is_figure(text)


def _under_groups(upper: list[str], lower: list[str]) -> tuple[str, ...] | None:
    """The upper header row placed over the lower: a label over each empty cell of the lower row (merged down
    into it) and a group label over each run of the lower row's labels, a run under several parted where they
    start anew; None where the counts do not agree."""
    spans: list[list[int]] = []
    for column, text in enumerate(lower):
        if not text or not spans or not lower[column - 1]:
            spans.append([column])
        else:
            spans[-1].append(column)
    if len(upper) == len(spans):
        groups = [span[0] for span in spans]
    else:
        groups = [column for span in spans for column in span
                  if column == span[0] or _starts_group(lower, column)]
    if len(groups) != len(upper):
        return None
    placed = [""] * len(lower)
    for column, text in zip(groups, upper, strict=True):
        placed[column] = text
    return tuple(placed)


def _starts_group(lower: list[str], column: int) -> bool:
    """Whether a lower header label starts a group anew: a subtotal (`소 계`), or a grade of a number no higher
    than the grade before it (`7급` after `9급`)."""
    text = lower[column]
    if is_total(text.replace(" ", "")):
        return True
    grade, before = _grade_number(text), _grade_number(lower[column - 1])
    return grade is not None and before is not None and grade <= before


def _grade_number(text: str) -> int | None:
    match = _GRADE_NUMBER_RE.search(text) if GRADE_RE.match(text.replace(" ", "")) else None
    return int(match.group(1)) if match else None


def _columns_hold_figures(body: list[tuple[str, ...]], figures: int) -> bool:
    """Whether each column of figures prints one in some row (no column of blanks alone)."""
    return all(any(row[len(row) - figures + k] for row in body) for k in range(figures))


def _placed(row: tuple[str, ...], width: int, figures: int) -> tuple[str, ...]:
    """A body row at the table's width: fewer labels than its label columns are a label merged across them."""
    labels = len(row) - figures
    return row[:labels] + ("",) * (width - len(row)) + row[labels:]
