"""PDF reports through pdfplumber into the same document model as their text.

Per page: the ruled tables (cells covered by a merge come back as None and become ''), and the text
lines outside them, rebuilt into headings (larger type), bullets (indentation from x) and paragraphs by
the text reader's own line rules, the lines between two ruled tables as one run over page breaks (a
bullet wrapped onto the next page goes on there). Page numbers and running headers are dropped, a table
that goes on over the next page (its header printed again or not) is joined, and pages are closed as they
are read.
"""

from __future__ import annotations

import bisect
import io
from collections import Counter
from dataclasses import dataclass, replace

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from pipeline.aligned import widened
from pipeline.document import Block, Document, Table, add_table, build_document
from pipeline.errors import ReportError
from pipeline.read_text import PAGE_NUMBER_RE, BulletNesting, parse_lines
from pipeline.values import normalize_chars

HEADING_GAIN = 1.5  # points above the body size that make a line a heading
INDENT_STEP = 4.5  # points of indentation per leading space handed to the line rules
PARAGRAPH_GAP = 1.75  # a line further below the one before than this many type sizes starts a new paragraph
CELL_GAP = 1.0  # type sizes of blank between two words that part the cells of a table printed without rules
WORD_GAP = 0.15  # type sizes of blank between two characters that part two words where no space is printed
_WRAPPED_LINES = 3  # lines without a cell gap between two rows of a table without rules that are still its lines
MARGIN_ZONE = 45  # points from the top or bottom edge where running headers and page numbers sit


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    top: float
    size: float
    words: tuple[tuple[float, float, str], ...] = ()  # (x0, x1, word)
    cells: bool = False  # two of its words are a cell gap apart
    font: str = ""  # most of its Hangul's typeface, without a subset's `ABCDEF+` prefix ('' for none)


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    items: list  # _Line or Table, in reading order


def read_pdf(path: str, data: bytes) -> Document:
    try:
        pages = list(_pages(path, data))
    except ReportError:
        raise
    except Exception as exc:  # pdfminer raises many kinds for damaged files; pdfplumber wraps them
        if _needs_password(exc):
            raise ReportError(path, "encrypted PDF: it needs a password") from exc
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ReportError(path, f"damaged or truncated PDF: {reason}") from exc
    if not any(p.items for p in pages):
        raise ReportError(path, "no text layer (a scanned PDF?)")
    _drop_running_headers(pages)
    return build_document(path, "pdf", _blocks(pages))


def _needs_password(exc: BaseException) -> bool:
    causes = [exc, *exc.args, exc.__cause__, exc.__context__]
    return any(isinstance(c, PDFPasswordIncorrect) for c in causes)


def _pages(path: str, data: bytes):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if not pdf.pages:
            raise ReportError(path, "damaged or truncated PDF: no pages")
        for number, page in enumerate(pdf.pages, start=1):
            try:
                yield _read_page(page, number)
            finally:
                page.close()


def _read_page(page, number: int) -> _Page:
    tables = page.find_tables({"explicit_vertical_lines": _open_sides(page.edges)})
    boxes = [table.bbox for table in tables]
    outside = page.filter(lambda obj: not any(_inside(obj, box) for box in boxes)) if boxes else page
    items: list[tuple[float, object]] = []
    for line in outside.extract_text_lines(return_chars=True, strip=True):
        printed = [c for c in line["chars"] if not c["text"].isspace()]
        sizes = Counter(round(c["size"], 1) for c in printed)
        size = sizes.most_common(1)[0][0] if sizes else 0.0
        # the face of its Hangul: digits and Latin letters may be set in a face of their own
        fonts = Counter(c["fontname"].partition("+")[2] or c["fontname"] for c in printed if "가" <= c["text"] <= "힣")
        # one interpunct and plain spaces, as in a text report's lines: bullets and columns read alike
        items.append((line["top"], _Line(normalize_chars(line["text"]), line["x0"], line["top"], size,
                                         *_words_of_cells(line["chars"], size),
                                         fonts.most_common(1)[0][0] if fonts else "")))
    for table in tables:
        rows = tuple(tuple(" ".join((cell or "").split()) for cell in row) for row in table.extract())
        if rows:
            items.append((table.bbox[1], Table(rows, page=number)))
    items.sort(key=lambda item: item[0])
    return _Page(number, page.height, [item for _top, item in items])


def _words_of_cells(chars: list[dict], size: float) -> tuple[tuple[tuple[float, float, str], ...], bool]:
    """The words of a line with where each starts and ends, and whether two of them are a cell gap apart (a
    row of a table ruled with horizontal lines only, or not at all, which pdfplumber finds no table in)."""
    words: list[tuple[float, float, str]] = []
    wide = False
    for char in chars:
        if char["text"].isspace():
            continue
        gap = char["x0"] - words[-1][1] if words else None
        if gap is None or gap > WORD_GAP * size:
            words.append((char["x0"], char["x1"], char["text"]))
            wide = wide or (gap is not None and gap >= CELL_GAP * size)
        else:
            words[-1] = (words[-1][0], char["x1"], words[-1][2] + char["text"])
    return tuple(words), wide


def _open_sides(edges: list[dict]) -> list[dict]:
    """Public documents often rule a table without its outer left and right borders. Where horizontal
    rules of one width have vertical rules between them, their ends stand in for the missing sides."""
    rules: dict[tuple[float, float], list[dict]] = {}
    for edge in edges:
        if edge["orientation"] == "h":
            rules.setdefault((round(edge["x0"]), round(edge["x1"])), []).append(edge)
    verticals = [edge for edge in edges if edge["orientation"] == "v"]
    sides = []
    for group in rules.values():
        x0, x1 = group[0]["x0"], group[0]["x1"]
        inner = [v for v in verticals if x0 < v["x0"] < x1]
        for run in _joined_rules(sorted(group, key=lambda e: e["top"]), inner):
            top, bottom = run[0]["top"], run[-1]["bottom"]
            sides += [{"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0,
                       "height": bottom - top} for x in (x0, x1)]
    return sides


def _joined_rules(rules: list[dict], inner: list[dict]) -> list[list[dict]]:
    """Runs of two or more horizontal rules (top to bottom) that vertical rules between their ends join, one
    table each: two tables of one width on a page are two, not one reaching from the first to the last (which
    would hide the text between them)."""
    runs: list[list[dict]] = []
    for rule in rules:
        if runs and any(v["top"] <= runs[-1][-1]["bottom"] + 1 and v["bottom"] >= rule["top"] - 1 for v in inner):
            runs[-1].append(rule)
        else:
            runs.append([rule])
    return [run for run in runs if len(run) >= 2]


def _inside(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return obj.get("x0", -1) >= x0 and obj.get("x1", -1) <= x1 and obj.get("top", -1) >= top and obj.get(
        "bottom", -1) <= bottom


def _drop_running_headers(pages: list[_Page]) -> None:
    """Page numbers anywhere, and lines repeated near the top or bottom edge of most pages."""
    edge = Counter()
    for page in pages:
        for item in page.items:
            if isinstance(item, _Line) and _at_edge(item, page):
                edge[item.text] += 1
    repeated = {text for text, n in edge.items() if n >= 2 and n * 2 >= len(pages)}
    for page in pages:
        page.items = [item for item in page.items if not isinstance(item, _Line) or not (
            PAGE_NUMBER_RE.match(item.text) or (item.text in repeated and _at_edge(item, page)))]


def _at_edge(line: _Line, page: _Page) -> bool:
    return line.top < MARGIN_ZONE or line.top > page.height - MARGIN_ZONE


def _blocks(pages: list[_Page]) -> list[Block]:
    """The pages' blocks. The text lines between two ruled tables are read as one run of lines, over page
    breaks too (a blank line each), so that a bullet wrapped onto the next page or a table without rules
    going on there goes on as in a text report; each block gets the page it starts on."""
    sizes = Counter(item.size for page in pages for item in page.items if isinstance(item, _Line) and not item.cells)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    left = min((item.x0 for page in pages for item in page.items if isinstance(item, _Line)), default=0.0)
    blocks: list[Block] = []
    nesting = BulletNesting()
    lines: list[str] = []  # the run's text lines
    starts: list[int] = []  # the line each page's part of the run starts on
    numbers: list[int] = []  # and that page's number

    def read_run() -> None:
        for block in parse_lines(lines, nesting, page_starts=starts[1:]):
            page = numbers[bisect.bisect_right(starts, block.line - 1) - 1]
            _add_block(blocks, replace(block, line=None, page=page))
        lines.clear()
        starts.clear()
        numbers.clear()

    for page in pages:
        run: list[_Line] = []
        for item in [*page.items, None]:
            if isinstance(item, _Line):
                run.append(item)
                continue
            if run:
                lines.extend([""] if lines else [])  # the page break
                starts.append(len(lines))
                numbers.append(page.number)
                lines.extend(_text_lines(run, body, left))
                run = []
            if isinstance(item, Table):
                read_run()
                _add_block(blocks, item)
    read_run()
    return blocks


def _text_lines(run: list[_Line], body: float, left: float) -> list[str]:
    """Lines as a text report prints them, with a blank line where the type leaves more than a line's
    leading between two lines (the end of a paragraph) or changes its face or size (a title over the text
    below it), but between two lines of a table: rows of cells, and a line between two rows or after the
    last (a cell wrapped over several lines, centred in a taller row)."""
    apart = [k > 0 and (line.top - run[k - 1].top > run[k - 1].size * PARAGRAPH_GAP
                        or _restyled(run[k - 1], line)) for k, line in enumerate(run)]
    cell_lines = [k for k, line in enumerate(run) if line.cells]
    in_table = [line.cells or _between_rows(k, cell_lines, apart) for k, line in enumerate(run)]
    lines: list[str] = []
    for k, line in enumerate(run):
        if apart[k] and not (in_table[k - 1] and in_table[k]):
            lines.append("")
        lines.append(_as_text_line(line, body, left, in_table[k]))
    return lines


def _restyled(above: _Line, line: _Line) -> bool:
    """Whether a line's type differs from the line above's, as a title's from the text below it: in size, or
    in the face of their Hangul."""
    return line.size != above.size or (line.font != above.font and bool(line.font) and bool(above.font))


def _between_rows(k: int, cell_lines: list[int], apart: list[bool]) -> bool:
    """Whether line k is one of at most three lines right after a row of cells and before another: a cell
    wrapped over several lines, centred in a taller row, or a group label a character a line. After the last
    row, only with no paragraph's space above it: a title right below a table stands apart."""
    at = bisect.bisect_left(cell_lines, k)
    if not at or k - cell_lines[at - 1] > _WRAPPED_LINES:
        return False
    if at < len(cell_lines):
        return cell_lines[at] - k <= _WRAPPED_LINES
    return len(apart) - k <= _WRAPPED_LINES and not any(apart[cell_lines[at - 1] + 1:k + 1])


def _as_text_line(line: _Line, body: float, left: float, in_table: bool) -> str:
    """The line as a text report prints it: larger type as a markdown heading, indentation as spaces, and
    a line of a table as `pdftotext -layout` prints it."""
    if line.size >= body + HEADING_GAIN:
        return f"# {line.text}"
    if in_table:
        return _laid_out(line.words, line.size, left)
    return " " * round(max(0.0, line.x0 - left) / INDENT_STEP) + line.text


def _laid_out(words: tuple[tuple[float, float, str], ...], size: float, left: float) -> str:
    """Each word at the display column of its x (half a type size a column, Hangul two columns wide), so
    the rows of a table without rules line up as the aligned-table reader expects; words closer than a
    cell gap stay one space apart."""
    text, width, previous_end = "", 0, None
    for x0, x1, word in words:
        if previous_end is not None and x0 - previous_end < CELL_GAP * size:
            pad = 1
        else:
            pad = max(round((x0 - left) / (size / 2)) - width, 0 if previous_end is None else 2)
        text += " " * pad + word
        width += pad + len(widened(word))
        previous_end = x1
    return normalize_chars(text)


def _add_block(blocks: list[Block], block: Block) -> None:
    """A table right after another on an earlier page (nothing printed between them but the page break) may
    go on from it."""
    if isinstance(block, Table):
        previous = blocks[-1] if blocks else None
        add_table(blocks, block, over_page_break=previous is not None and previous.page != block.page)
    else:
        blocks.append(block)
