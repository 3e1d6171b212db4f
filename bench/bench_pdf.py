"""PDF ingest against bare pdfplumber on the same files, in one run.

(a) reportdb: read the PDF into the document model and extract its records;
(b) bare pdfplumber: every page's extract_text() and extract_tables().
Prints both times and the ratio (target: at most 1.3×).

    python bench/bench_pdf.py [--repeat N] [PDF ...]     (default: samples/*.pdf)
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import pdfplumber

from pipeline.extract import extract_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def reportdb(files: list[tuple[Path, bytes]]) -> None:
    for path, data in files:
        extract_file(path, data)


def bare_pdfplumber(files: list[tuple[Path, bytes]]) -> None:
    for _path, data in files:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.extract_tables()
                page.close()


def best_of(run, files, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(files)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = args.pdfs or sorted(SAMPLES.glob("*.pdf"))
    files = [(p, p.read_bytes()) for p in paths]
    pages = sum(len(pdfplumber.open(io.BytesIO(d)).pages) for _p, d in files)
    ours = best_of(reportdb, files, args.repeat)
    bare = best_of(bare_pdfplumber, files, args.repeat)
    print(f"{len(files)} PDFs, {pages} pages, best of {args.repeat}")
    print(f"reportdb read + extract : {ours:8.3f} s")
    print(f"bare pdfplumber         : {bare:8.3f} s  (extract_text + extract_tables per page)")
    print(f"ratio                   : {ours / bare:8.2f}×  (target ≤ 1.3×)")


if __name__ == "__main__":
    main()
