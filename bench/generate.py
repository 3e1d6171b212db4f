"""Write N report files made from samples/, each one new content (its own cover line and figures).

The figures are scaled, not drawn at random, so each generated report checks exactly as its sample does:
the ingest does the same work on it, findings included.

    python bench/generate.py N FOLDER [--seed S]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import regex

from pipeline.read_text import decode

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
_FIGURE_RE = regex.compile(r"^([△▲-]?)(\d{1,3}(?:,\d{3})+|\d+)(\([^)]*\))?$")
_YEAR_RE = regex.compile(r"^(?:19|20)\d\d$")
# a vehicles header's `총8대 (정수 9)`, a staffing line's `정원 29명 / 현원 27명 (과부족 △2명)`
_HEADER_FIGURE_RE = regex.compile(r"((?:총|정수|정원|현원|과부족)\s*[△▲]?)(\d[\d,]*)")
_VEHICLE_LIST_RE = regex.compile(r"차\s*량\s*번\s*호")  # a list of the vehicles, one row each
_VEHICLE_COUNT_RE = regex.compile(r"승\s*용|승\s*합|\d\s*대")  # a vehicles table, a heading's `총 3대`


def sample_texts() -> list[tuple[str, str, str]]:
    """(name, text, encoding) of every text sample, the encoding kept so generated files are alike."""
    out = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in {".txt", ".md"}:
            data = path.read_bytes()
            text = decode(str(path), data)
            encoding = "utf-8" if data.startswith(b"\xef\xbb\xbf") or _is_utf8(data) else "cp949"
            out.append((path.stem, text, encoding))
    return out


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def varied(text: str, index: int, rng: random.Random) -> str:
    """The sample with a cover line of its own and its figures scaled by a whole factor, so each file is new
    content; every sum, difference and rate a check compares holds as before (planted errors stay planted)."""
    lines = scaled_figures(text, rng.randint(2, 999)).split("\n")
    cover = next(i for i, line in enumerate(lines) if line.strip() and "정례회" not in line and "~" not in line)
    lines[cover] = f"{lines[cover]} (사본 {index}-{rng.randrange(10**6)})"
    return "\n".join(lines)


def scaled_figures(text: str, factor: int) -> str:
    """Every count and amount in the tab and `|` tables times `factor`, and the `총…대 (정수 …)` headers and
    the staffing lines (`정원 29명 / 현원 27명`) with them. Rates (a column or row whose label holds 률 or %),
    years and words stay; a space-aligned report stays as it is, since longer figures would break its columns; so
    do the vehicles tables and their headings of a report that lists its vehicles one by one, whose rows, checked
    against those counts, cannot be scaled."""
    lines = text.split("\n")
    if not any(_is_table_line(line) for line in lines):
        return text  # space-aligned: its headers' totals must stay those of its tables
    listed = _VEHICLE_LIST_RE.search(text) is not None
    i = 0
    while i < len(lines):
        if not _is_table_line(lines[i]):
            if not (listed and _VEHICLE_COUNT_RE.search(lines[i])):
                lines[i] = _HEADER_FIGURE_RE.sub(lambda m: m.group(1) + _times(m.group(2), factor), lines[i])
            i += 1
            continue
        end = i
        while end < len(lines) and _is_table_line(lines[end]):
            end += 1
        if not (listed and _VEHICLE_COUNT_RE.search(lines[i])):
            lines[i:end] = _scaled_table(lines[i:end], factor)
        i = end
    return "\n".join(lines)


def _is_table_line(line: str) -> bool:
    return "\t" in line or line.strip().startswith("|")


def _scaled_table(rows: list[str], factor: int) -> list[str]:
    separator = "\t" if "\t" in rows[0] else "|"
    grid = [row.split(separator) for row in rows]
    rate_columns = {k for row in grid for k, cell in enumerate(row) if "률" in cell or "%" in cell}
    out = []
    for row in grid:
        labels = [cell for cell in row if cell.strip()]
        if labels and "률" in labels[0]:
            out.append(separator.join(row))
            continue
        out.append(separator.join(cell if k in rate_columns else _scaled_cell(cell, factor)
                                  for k, cell in enumerate(row)))
    return out


def _scaled_cell(cell: str, factor: int) -> str:
    match = _FIGURE_RE.match(cell.strip())
    if not match or _YEAR_RE.match(cell.strip()):
        return cell
    sign, number, note = match.groups()
    return cell.replace(cell.strip(), f"{sign}{_times(number, factor)}{note or ''}")


def _times(number: str, factor: int) -> str:
    value = int(number.replace(",", "")) * factor
    return f"{value:,}" if "," in number or len(number) < 4 else str(value)


def generate(n: int, folder: Path, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    samples = sample_texts()
    paths = []
    for index in range(n):
        name, text, encoding = samples[index % len(samples)]
        path = folder / f"{index:06d}-{name}.txt"
        path.write_bytes(varied(text, index, rng).encode(encoding))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"wrote {len(generate(args.n, args.folder, args.seed))} reports into {args.folder}")


if __name__ == "__main__":
    main()
