"""The same report in other text layouts, as other converters and `pdftotext -layout` print it."""

import unicodedata

import regex

from pipeline.values import clean_text

_FIGURE_RE = regex.compile(r"^[△▲-]?[\d,.]+$")


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _in_columns(rows: list[list[str]]) -> list[str]:
    """One tab-separated table as `pdftotext -layout` prints it: columns three spaces apart, figures
    right-aligned, words left-aligned, a header label over blank cells centred over its span."""
    width = max(map(len, rows))
    rows = [[clean_text(c) for c in row] + [""] * (width - len(row)) for row in rows]
    first_body = next((i for i, row in enumerate(rows) if any(map(_FIGURE_RE.match, row))), len(rows))
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
            left = room // 2 if end > j + 1 else room if _FIGURE_RE.match(row[j]) else 0
            line += " " * left + row[j] + " " * (room - left + 3)
            j = end
        lines.append(line.rstrip())
    return lines


def space_aligned(text: str) -> str:
    """A converter's report with every tab-separated table printed in space-aligned columns instead."""
    out: list[str] = []
    table: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            out += _in_columns(table)
            table = []
        out.append(line)
    return "\n".join(out[:-1])


def without_markdown(text: str) -> str:
    """The report as plain text: markdown heading marks gone."""
    return regex.sub(r"(?m)^#{1,6}[ \t]*", "", text)


def without_blank_lines(text: str) -> str:
    """One paragraph a line and no blank line between, as hwp5txt prints a report."""
    return "".join(f"{line}\n" for line in text.split("\n") if line.strip())


LAYOUTS = {"space-aligned": space_aligned, "without-markdown": without_markdown,
           "space-aligned-without-markdown": lambda text: without_markdown(space_aligned(text)),
           "without-blank-lines": without_blank_lines,
           "all-of-them": lambda text: without_blank_lines(without_markdown(space_aligned(text)))}
# In these, lines the original wraps under one bullet (a markdown hard break) are paragraphs of their own.
LINE_PER_PARAGRAPH = {"without-blank-lines", "all-of-them"}
