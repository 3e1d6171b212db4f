"""Tables as Apache Tika prints a Word table in its text (`tika --text`, `java -jar tika-app.jar --text`). Tika's
.docx parser writes the table as XHTML, `<tr>` by `<tr>`, a `<td>` for each cell POI gives (a cell merged across
columns once, a cell merged down an empty cell of its own in each row it covers), a `<p>` for each of the cell's
paragraphs; its text handler writes a tab before each `<td>` and a line break after each `</p>`, `</tr>` and
`</table>`. So each cell starts a line with a tab (an empty cell is a tab alone), a cell's further paragraphs follow
on lines of their own with none, a blank line ends each row, and a second one the table.

Such a run is read as a table only so: two rows at least, one of two cells at least, each row ended by one blank
line and the last by two (or the text's end). The rows are given as printed, each cell's lines joined; read_text
places a cell merged across over the columns it spans.
"""

from __future__ import annotations

from pipeline.document import PrintedTable, take_printed_table


def tika_tables(lines: list[str]) -> tuple[list[str], list[PrintedTable]]:
    """The tables Tika printed: each one's first line (from 0), its rows as printed and the line (from its first)
    each row starts on. The lines are given back with those tables blanked (they are read)."""
    tables: list[PrintedTable] = []
    i = 0
    while i < len(lines):
        if not _is_cell_line(lines[i]):
            i += 1
            continue
        rows, starts, end = _rows(lines, i)
        if len(rows) < 2 or max(map(len, rows)) < 2 or not (end == len(lines) or not lines[end]):
            i = end
            continue
        lines = take_printed_table(lines, tables, rows, starts, end)
        i = end
    return lines, tables


def _is_cell_line(line: str) -> bool:
    """A line a cell starts: a tab, then the cell's text or nothing, with no tab (a tab row's cells have several)."""
    return line[:1] == "\t" and "\t" not in line[1:]


def _rows(lines: list[str], start: int) -> tuple[list[list[str]], list[int], int]:
    """The rows from line `start` (a cell's), the line each starts on, and the line after the blank line that ends
    the last of them (or the text's end)."""
    rows: list[list[str]] = []
    starts: list[int] = []
    j = start
    while j < len(lines) and _is_cell_line(lines[j]):
        row_start = j
        cells: list[list[str]] = []
        while j < len(lines) and lines[j]:
            if _is_cell_line(lines[j]):
                cells.append([lines[j][1:].strip()])
            else:  # a further paragraph of the cell
                cells[-1].append(lines[j].strip())
            j += 1
        rows.append([" ".join(part for part in cell if part) for cell in cells])
        starts.append(row_start)
        j += 1
    return rows, starts, min(j, len(lines))
