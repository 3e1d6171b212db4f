"""The same report in other text layouts, as other converters and `pdftotext -layout` print it."""

import functools
import html
import importlib.util
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import regex

from pipeline.aligned import is_schedule_mark
from pipeline.document import Document, Table
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from pipeline.values import clean_text, compact
from schemas.report import Report
from tests.conftest import ROOT

_FIGURE_RE = regex.compile(r"^[△▲-]?[\d,.]+명?$")  # a count may print its unit (`10명`)
_BOX_CHARS_RE = regex.compile(r"[\u2500-\u257f]")


def read_markdown(tmp_path: Path, text: str, name: str = "t.md") -> Report:
    """A markdown text written to a file (named as a report is, where its year matters) and extracted."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _first_body(rows: list[list[str]]) -> int:
    """The first row that prints a figure, or a schedule's mark (`●` in its months: a schedule prints no figure),
    the rows above it are the header."""
    return next((i for i, row in enumerate(rows) if any(_FIGURE_RE.match(c) or is_schedule_mark(c) for c in row)),
                len(rows))


_SPACED_LABEL_RE = regex.compile(r"^\p{Hangul}(?: \p{Hangul})+$")  # `정 원`, `보 건 소`: a label letter-spaced


def _in_columns(rows: list[list[str]], spread: bool = False, spans_left: bool = False) -> list[str]:
    """One tab-separated table as `pdftotext -layout` prints it: columns three spaces apart, figures
    right-aligned, words left-aligned, a header label over blank cells centred over its span (at its left,
    `spans_left`, as pandoc prints a label in the first of the columns it heads). `spread`:
    letter-spaced labels printed as wide letter spacing prints, their letters two spaces apart or more, and
    spread over the width of their column (a word processor's distributed alignment)."""
    width = max(map(len, rows))
    rows = [[clean_text(c) for c in row] + [""] * (width - len(row)) for row in rows]
    if spread:
        rows = [[c.replace(" ", "  ") if _SPACED_LABEL_RE.match(c) else c for c in row] for row in rows]
    first_body = _first_body(rows)
    spans = {}  # (row, first column): the column after the span
    for i, row in enumerate(rows):
        for j in range(width):
            end = j + 1
            while i + 1 < first_body and end < width and not row[end] and rows[i + 1][end]:
                end += 1
            spans[i, j] = end
    widths = [max((_display_width(rows[i][j]) for i in range(len(rows)) if spans[i, j] == j + 1), default=0)
              for j in range(width)]
    for (i, j), end in spans.items():
        widths[end - 1] += max(0, _display_width(rows[i][j]) - sum(widths[j:end]) - 3 * (end - j - 1))
    lines = []
    for i, row in enumerate(rows):
        line, j = "  ", 0
        while j < width:
            end = spans[i, j]
            room = sum(widths[j:end]) + 3 * (end - j - 1) - _display_width(row[j])
            left = (0 if spans_left else room // 2) if end > j + 1 else room if _FIGURE_RE.match(row[j]) else 0
            text = row[j]
            if spread and end == j + 1 and "  " in text:  # distributed: the room goes between the letters
                letters = text.split("  ")
                n = len(letters) - 1
                gaps = [2 + room // n + (k < room % n) for k in range(n)]
                text, room = "".join(a + " " * g for a, g in zip(letters, gaps, strict=False)) + letters[-1], 0
            line += " " * left + text + " " * (room - left + 3)
            j = end
        lines.append(line.rstrip())
    return lines


def _tab_tables(text: str, render) -> str:
    """The report with each tab-separated table (its rows) replaced by `render(rows)`'s lines."""
    out: list[str] = []
    table: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            width = max(map(len, table))
            out += render([[c.strip() for c in row] + [""] * (width - len(row)) for row in table])
            table = []
        out.append(line)
    return "\n".join(out[:-1])


def laid_out(*cells: tuple[int, str]) -> str:
    """A line as `pdftotext -layout` prints it: each text from its character column (a fixture copied from it)."""
    line = ""
    for column, text in cells:
        line += " " * (column - len(line)) + text
    return line


def space_aligned(text: str) -> str:
    """A converter's report with every tab-separated table printed in space-aligned columns instead."""
    return _tab_tables(text, _in_columns)


def _in_tall_rows(rows: list[list[str]]) -> list[str]:
    """As `_in_columns`, each row from the last header row on parted from the next by a blank line, as
    `pdftotext -layout` prints a table whose rows are taller than a line."""
    lines = _in_columns(rows)
    first_body = _first_body(rows)
    header = max(first_body - 1, 0)
    return lines[:header] + [part for line in lines[header:] for part in (line, "")][:-1]


def _ruled_as_pandoc_prints(rows: list[list[str]]) -> list[str]:
    """As `_in_columns`, ruled as pandoc's plain text prints a table: dashes above and below it, and a run
    of dashes a column under its header."""
    lines = _in_columns(rows, spans_left=True)
    first_body = _first_body(rows)
    header = max(first_body, 1)
    border = "  " + "-" * max(map(_display_width, lines))
    under = "  " + " ".join("-" * 6 for _ in rows[0])
    return [border, *lines[:header], under, *lines[header:], border]


def space_aligned_ruled(text: str) -> str:
    """A converter's report with every tab-separated table in space-aligned columns ruled as pandoc does."""
    return _tab_tables(text, _ruled_as_pandoc_prints)


def space_aligned_letter_spaced(text: str) -> str:
    """A converter's report with every tab-separated table printed in space-aligned columns, its
    letter-spaced labels (`정 원`) spread over their columns' width (`정    원`), as `pdftotext -layout`
    prints a word processor's wide letter spacing and distributed alignment."""
    return _tab_tables(text, functools.partial(_in_columns, spread=True))


def space_aligned_tall_rows(text: str) -> str:
    """A converter's report with every tab-separated table printed in space-aligned rows parted by blank lines."""
    return _tab_tables(text, _in_tall_rows)


def _over_a_page_break(rows: list[list[str]]) -> list[str]:
    """As `_in_columns`, a table of three body rows or more going on over a page break after its first body
    row, as `pdftotext -layout` prints it: the page number, then a form feed."""
    lines = _in_columns(rows)
    first_body = _first_body(rows)
    if len(rows) - first_body < 3:
        return lines
    page_number = " " * 20 + "- 1 -"
    return [*lines[:first_body + 1], "", page_number, f"\f{lines[first_body + 1]}", *lines[first_body + 2:]]


def space_aligned_over_page_breaks(text: str) -> str:
    """A converter's report with every tab-separated table printed in space-aligned columns, each going on
    over a page break."""
    return _tab_tables(text, _over_a_page_break)


def without_markdown(text: str) -> str:
    """The report as plain text: markdown heading marks gone."""
    return regex.sub(r"(?m)^#{1,6}[ \t]*", "", text)


def _pandoc_escape(match: regex.Match) -> str:
    """A character pandoc escapes, or a bold span, its own characters escaped inside its `**`."""
    if match.group(2) is not None:
        return "\\" + match.group(2)
    return "**" + regex.sub(r"([~*\[\]_])", r"\\\1", match.group(1)) + "**"


def pandoc_escaped(text: str) -> str:
    """The report as pandoc's markdown writer escapes a document whose lists are plain paragraphs: a number or a
    dash that starts a line (`1\\.`, `\\-`), and `~ * [ ] _` anywhere outside the tables, but a bold span's `**`,
    which is the document's bold, not stars it prints (`**□ 사업개요**`)."""
    out = []
    for line in text.split("\n"):
        if "\t" not in line and not line.lstrip().startswith(("|", "<", "+")):
            line = regex.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|([~*\[\]_])", _pandoc_escape, line)
            line = regex.sub(r"^(\s*(?:#+\s+)?\d{1,2})\.(?=\s)", r"\1\\.", line)
            line = regex.sub(r"^(\s*)-(?=\s)", r"\1\\-", line)
        out.append(line)
    return "\n".join(out)



def records_but_the_document(report) -> dict:
    """A report's records but its document's (the cover's fields, the file's name): what a cover printed otherwise
    or a file in another format must leave as the sample's."""
    return {key: value for key, value in records_data(report, with_sources=False).items() if key != "document"}

@functools.cache
def make_pdfs():
    """scripts/make_pdfs.py as a module: how the samples' PDFs are drawn, merged cells included."""
    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "scripts" / "make_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")


def pdftotext_reading(source: Path, mode: str, tmp_path: Path) -> Report:
    """A report drawn as the samples' PDFs are (`make_pdfs`), read from what `pdftotext` prints of it in `mode`
    (`-raw`, `-layout`): the PDF/text parity tests' reading, to set beside the report's own."""
    pdf, text = tmp_path / "pdftotext.pdf", tmp_path / "pdftotext.txt"
    make_pdfs().render(source, pdf)
    subprocess.run(["pdftotext", mode, str(pdf), str(text)], check=True)
    return extract_file(text)


def html_table_lines(rows: list[list[str]]) -> list[str]:
    """An HTML table with the merges the PDFs draw as colspan and rowspan, the cells they cover left out."""
    pdfs = make_pdfs()
    spans = {start: end for _, start, end in pdfs.spans(rows, pdfs.header_row_count(rows))}
    covered = {(r, c) for (c0, r0), (c1, r1) in spans.items() for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
               if (c, r) != (c0, r0)}
    lines = ["<table>"]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            if (r, c) in covered:
                continue
            last_col, last_row = spans.get((c, r), (c, r))
            merge = (f' colspan="{last_col - c + 1}"' if last_col > c else "") + (
                f' rowspan="{last_row - r + 1}"' if last_row > r else "")
            cells.append(f"<td{merge}>{html.escape(cell)}</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    return [*lines, "</table>"]


def grid_table_lines(rows: list[list[str]]) -> list[str]:
    """A pandoc grid table: columns measured in display width, a long cell wrapped over two lines."""
    def wrap(cell: str) -> list[str]:
        words = cell.split(" ")
        if _display_width(cell) <= 12 or len(words) < 2:
            return [cell]
        half = len(words) // 2
        return [" ".join(words[:half]), " ".join(words[half:])]

    wrapped = [[wrap(c) for c in row] for row in rows]
    widths = [max(_display_width(part) for row in wrapped for part in row[c]) + 2 for c in range(len(rows[0]))]
    first_body = next((i for i, row in enumerate(rows) if any(map(_FIGURE_RE.match, row))), 1)
    border = "+" + "+".join("-" * w for w in widths) + "+"
    lines = [border]
    for i, row in enumerate(wrapped):
        for k in range(max(map(len, row))):
            parts = [cell[k] if k < len(cell) else "" for cell in row]
            lines.append("|" + "|".join(" " + p + " " * (w - 1 - _display_width(p))
                                        for p, w in zip(parts, widths, strict=True)) + "|")
        lines.append(border.replace("-", "=") if i == first_body - 1 else border)
    return lines


_LIGHT_BOX = {(False, True, False, True): "┌", (False, True, True, False): "┐", (True, False, False, True): "└",
              (True, False, True, False): "┘", (True, True, False, True): "├", (True, True, True, False): "┤",
              (False, True, True, True): "┬", (True, False, True, True): "┴", (True, True, True, True): "┼",
              (False, False, True, True): "─", (True, True, False, False): "│", (False, False, False, False): " ",
              (True, False, False, False): "│", (False, True, False, False): "│", (False, False, True, False): "─",
              (False, False, False, True): "─"}  # (up, down, left, right): the light character with those lines
BOX_STYLES = {"light": str.maketrans("", ""), "heavy": str.maketrans("┌┐└┘├┤┬┴┼─│", "┏┓┗┛┣┫┳┻╋━┃"),
              "double": str.maketrans("┌┐└┘├┤┬┴┼─│", "╔╗╚╝╠╣╦╩╬═║")}
_WRAP_WIDTH = 20  # display columns: the widest a drawn table's column is before its cells wrap


def box_table_lines(rows: list[list[str]], style: str = "light", box_width: int = 1, ruled: bool = True) -> list[str]:
    """A table drawn in box characters (`style`), as HWP's text converters and terminal tools draw one: the
    merges the PDFs draw kept (no line between the cells a merge covers), a long cell wrapped at its column's
    width. `box_width`: the columns a box character takes (2 where a Korean font draws it as wide as Hangul, and
    the converter lays the table out so). `ruled`: a rule under every row, else only under the header's rows."""
    pdfs = make_pdfs()
    n_header = pdfs.header_row_count(rows)
    anchor = {(r, c): (r, c) for r in range(len(rows)) for c in range(len(rows[0]))}
    for _, (c0, r0), (c1, r1) in pdfs.spans(rows, n_header):
        anchor.update({(r, c): (r0, c0) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)})
    n_rows, width = len(rows), len(rows[0])
    ends = {(r, c): max(k for k in range(width) if anchor[r, k] == (r, c)) for (r, c), a in anchor.items()
            if a == (r, c)}  # each cell's last column, by where it starts

    def room(c: int, end: int) -> int:  # the display columns a cell over columns c to end has for its text
        return sum(widths[c:end + 1]) + box_width * (end - c) - 2

    def wrap(cell: str, width: int) -> list[str]:  # as a tool wraps a cell: a word at a time, up to the width
        lines = [""]
        for word in cell.split(" "):
            joined = f"{lines[-1]} {word}".strip()
            lines[-1:] = [joined] if _display_width(joined) <= width or not lines[-1] else [lines[-1], word]
        return lines

    texts = {start: rows[start[0]][start[1]] for start in ends}
    single = [[texts[r, c] for (r, c), end in ends.items() if c == end == column] for column in range(width)]
    widths = [max([3] + [min(_display_width(text), _WRAP_WIDTH) + 2 for text in cells]
                  + [_display_width(word) + 2 for text in cells for word in text.split(" ")]) for cells in single]
    for (r, c), end in ends.items():
        widths[end] += max(min(_display_width(texts[r, c]), _WRAP_WIDTH) - room(c, end), 0)
    widths = [w + w % box_width for w in widths]  # a whole number of box characters across
    parts = {(r, c): wrap(texts[r, c], room(c, end)) for (r, c), end in ends.items()}

    def bar(r: int, j: int) -> bool:  # a line down left of column j in row r
        return j in (0, width) or anchor[r, j - 1] != anchor[r, j]

    def across(r: int, c: int) -> bool:  # a line across column c above row r
        return r in (0, n_rows) or anchor[r - 1, c] != anchor[r, c] and (ruled or r <= n_header)

    lines = []
    for r in range(n_rows + 1):
        if any(across(r, c) for c in range(width)):
            line = ""
            for j in range(width + 1):
                up, down = r > 0 and bar(r - 1, j), r < n_rows and bar(r, j)
                left, right = j > 0 and across(r, j - 1), j < width and across(r, j)
                line += _LIGHT_BOX[up, down, left, right]
                if j < width:
                    line += "─" * (widths[j] // box_width) if right else " " * widths[j]
            lines.append(line.rstrip().translate(BOX_STYLES[style]))
        if r == n_rows:
            break
        starts = [c for c in range(width) if c == 0 or bar(r, c)]
        for k in range(max(len(parts.get((r, c), [""])) for c in starts)):
            line = ""
            for c in starts:
                end = max(e for e in range(width) if anchor[r, e] == anchor[r, c])
                own = parts.get((r, c), [""])
                text = own[k] if k < len(own) else ""
                pad = room(c, end) + 1 - _display_width(text)
                line += "│" + (" " * (pad - 1) + text + " " * 2 if _FIGURE_RE.match(text) else " " + text + " " * pad)
            lines.append((line + "│").rstrip().translate(BOX_STYLES[style]))
    return lines


def box_tables(text: str, **drawing) -> str:
    """A converter's report with every tab-separated table drawn in box characters (`box_table_lines`)."""
    return _tab_tables(text, lambda rows: box_table_lines(rows, **drawing))


def pipe_table_lines(rows: list[list[str]]) -> list[str]:
    """A markdown pipe table (pandoc's gfm output): the first row is the header, a `| --- |` rule below it."""
    lines = ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return [lines[0], "|" + "---|" * len(rows[0]), *lines[1:]]


def bare_pipe_table_lines(rows: list[list[str]]) -> list[str]:
    """A markdown pipe table without its outer pipes, as markdown allows and some HWP extractors print."""
    lines = [" | ".join(cell.replace("|", "\\|") for cell in row) for row in rows]
    return [lines[0], " | ".join("---" for _ in rows[0]), *lines[1:]]


def bare_pipe_tables(text: str) -> str:
    """A converter's report with every tab-separated table written as a pipe table without outer pipes."""
    return _tab_tables(text, bare_pipe_table_lines)


def pipe_tables(text: str) -> str:
    """A converter's report with every tab-separated table written as a markdown pipe table."""
    return _tab_tables(text, pipe_table_lines)


def html_tables(text: str) -> str:
    """A converter's report with every tab-separated table written as HTML (pandoc's gfm output)."""
    return _tab_tables(text, html_table_lines)


def grid_tables(text: str) -> str:
    """A converter's report with every tab-separated table written as a pandoc grid table."""
    return _tab_tables(text, grid_table_lines)


def without_blank_lines(text: str) -> str:
    """One paragraph a line and no blank line between, as hwp5txt prints a report."""
    return "".join(f"{line}\n" for line in text.split("\n") if line.strip())


LAYOUTS = {"space-aligned": space_aligned, "without-markdown": without_markdown,
           "space-aligned-without-markdown": lambda text: without_markdown(space_aligned(text)),
           "without-blank-lines": without_blank_lines, "pipe-tables": pipe_tables, "html-tables": html_tables,
           "grid-tables": grid_tables, "space-aligned-tall-rows": space_aligned_tall_rows,
           "space-aligned-over-page-breaks": space_aligned_over_page_breaks, "bare-pipe-tables": bare_pipe_tables,
           "space-aligned-ruled": space_aligned_ruled, "space-aligned-letter-spaced": space_aligned_letter_spaced,
           "pandoc-escaped": pandoc_escaped, "box-tables": box_tables,
           "heavy-box-tables-two-wide": functools.partial(box_tables, style="heavy", box_width=2),
           "double-box-tables-unruled": functools.partial(box_tables, style="double", ruled=False),
           "all-of-them": lambda text: without_blank_lines(without_markdown(space_aligned(text)))}
# a November report's cover (행정사무감사), department 총무과 of 2025, that the inline reports of many tests start with
NOVEMBER_COVER = ("제265회 구의회 제2차 정례회\n\n2025. 11. 20. ~ 12. 16.\n\n# 2025년 행정사무감사 업무보고\n\n"
                  "## 총 무 과\n\n")
# In these, lines the original wraps under one bullet (a markdown hard break) are paragraphs of their own.
LINE_PER_PARAGRAPH = {"without-blank-lines", "all-of-them"}


def read_first_part(cover: str, body: str, name: str = "t.txt") -> Document:
    """`body` read as the first part of a report written inline: after `cover` (the session, title, department and
    the part's heading, `# Ⅰ. 일반현황`), before the next part's heading, which ends its last table."""
    return read_text(name, (cover + body + "\n# Ⅱ. 주요업무 추진실적\n").encode())


def tables_of(document: Document) -> list[Table]:
    """The tables a document reads, in their order."""
    return [block for block in document.blocks if isinstance(block, Table)]


def read_laid_out(text: str, layout: str, tmp_path):
    """A report written with tab tables, read as `layout` prints it: a text layout of LAYOUTS, `tab` (as written),
    or `pdf RULING` (rendered by scripts/make_pdfs.py with that ruling)."""
    source = tmp_path / "t.txt"
    if layout.startswith("pdf"):
        source.write_text(text, encoding="utf-8")
        make_pdfs().render(source, tmp_path / "t.pdf", layout.removeprefix("pdf "))
        return extract_file(tmp_path / "t.pdf")
    source.write_text(LAYOUTS[layout](text) if layout in LAYOUTS else text, encoding="utf-8")
    return extract_file(source)


def assert_rows_give_their_lines(text: str, layout: str, tmp_path) -> None:
    """The report in a layout ('as-printed': as it is): each budget line and staffing count extracted from a
    table row says the line that row is printed on, as an editor numbers lines."""
    text = text if layout == "as-printed" else LAYOUTS[layout](text)
    laid_out = tmp_path / "laid-out.txt"
    laid_out.write_text(text, encoding="utf-8")
    lines = [compact(_BOX_CHARS_RE.sub("", line)).replace("|", "") for line in text.split("\n")]
    printed = lines
    if layout == "grid-tables" or "box" in layout:  # a cell wraps onto the next lines
        printed = ["".join(lines[k:k + 3]) for k in range(len(lines))]
    report = extract_file(laid_out)
    # a budget a project's text states (`사 업 비 : 800,000천원(국 400,000 …)`): no table row, its lines at its item's
    stated = {item.source.line for project in report.projects for item in project.items}
    budget = [*report.budget, *(line for project in report.projects for line in project.budget_lines
                                if line.source.line not in stated)]
    assert budget and report.staffing
    for line in budget:  # a 세부사업 below a merged 단위사업 prints its own name only; a 소계 row may print
        at = printed[line.source.line - 1]  # none, its 단위사업's label printed further down its group
        assert all(word in at for word in line.name.split()) or "소계" in at, line
    for count in report.staffing:  # a status row (`정 원`), or the class or grade of a row of statuses
        labels = (count.status, count.job_class, count.grade)
        assert any(label in printed[count.source.line - 1] for label in labels), count


# the three ways a converter's text prints a tab table: as tabs, as markdown's pipes, aligned by spaces
TEXT_LAYOUTS = {"tab": lambda text: text, "md": pipe_tables, "space-aligned": space_aligned}


def _antiword_lines(text: str, width: int) -> list[str]:
    """A cell's text as antiword wraps it in a column `width` display columns wide: as many letters as fit, broken
    at the last space where they fill the column and a word goes on past it, else where they end: a word cut (no
    space before it, or a wide letter that does not fit the one column left)."""
    lines: list[str] = []
    while text:
        fit, used = 0, 0
        while fit < len(text) and used + _display_width(text[fit]) <= width:
            used += _display_width(text[fit])
            fit += 1
        if used == width and fit < len(text) and text[fit] != " " and (space := text.rfind(" ", 0, fit)) > 0:
            fit = space
        fit = max(fit, 1)  # a character wider than the column: printed all the same
        lines.append(text[:fit].rstrip())
        text = text[fit:].lstrip()
    return lines


def antiword_table_lines(rows: list[list[str]], widest: int = 12) -> list[str]:
    """A table as antiword prints a Word table in text: each cell padded to its column's width (its widest cell's,
    a merged label's too, no wider than `widest` display columns, longer text wrapped over lines of their own), a
    `|` between and either side, no rule; a header's label over blank cells (a cell merged across) one cell as wide
    as the columns it spans. Cells are read as printed (`clean_text`)."""
    width = max(map(len, rows))
    rows = [[clean_text(c) for c in row] + [""] * (width - len(row)) for row in rows]
    first_body = _first_body(rows)
    widths = [min(widest, max(_display_width(row[j]) for row in rows)) or 1 for j in range(width)]
    lines = []
    for i, row in enumerate(rows):
        spans, j = [], 0
        while j < width:
            end = j + 1
            while i + 1 < first_body and end < width and not row[end] and rows[i + 1][end]:
                end += 1
            spans.append((row[j], sum(widths[j:end]) + end - j - 1))
            j = end
        texts = [_antiword_lines(text, room) for text, room in spans]
        for k in range(max(1, *map(len, texts))):
            cells = [(text[k] if k < len(text) else "", room) for text, (_, room) in zip(texts, spans, strict=True)]
            lines.append("|" + "".join(cell + " " * (room - _display_width(cell)) + "|" for cell, room in cells))
    return [*lines, ""]


def antiword_tables(text: str) -> str:
    """A converter's report with every tab-separated table (of two rows or more) printed as antiword prints a Word
    table, a line of tabs alone (a title's team set apart) as antiword prints a paragraph's tabs: spaces."""
    return _tab_tables(text, lambda rows: antiword_table_lines(rows) if len(rows) > 1 else [
        "    ".join(cell for cell in rows[0] if cell)])
