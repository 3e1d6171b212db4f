"""Bulk ingest against the raw floor, in one run, on the same generated files.

(a) the floor: read each file, decode it, split it into lines and cells (tabs, `|`, runs of two or more
    spaces) and insert every cell into a fresh SQLite file in one transaction;
(b) `reportdb ingest FOLDER --db … --workers W` in a subprocess, into a fresh database.
Prints both times, reports per second, the ratio (b)/(a) of the best runs and of each run with the floor
timed just before it (the machine's speed drifts between runs), and each side's peak resident memory
(ru_maxrss: of this process for the floor, of the ingest process tree for the ingest). The project's
modules are compiled to bytecode first, as an installed tool's are.

    python bench/bench_ingest.py [--files 3000] [--workers 2] [--repeat 3]
    python bench/bench_ingest.py --memory 1000 10000      # peak memory at two sizes
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

from pipeline.read_text import decode  # noqa: E402

_CELL_SPLIT_RE = regex.compile(r"\t|\||\s{2,}")
REPORTDB = Path(sys.executable).with_name("reportdb")


def floor(files: list[Path], db_path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE cells (file INTEGER, line INTEGER, col INTEGER, text TEXT)")
    with conn:
        for file_id, path in enumerate(files):
            text = decode(str(path), path.read_bytes())
            conn.executemany("INSERT INTO cells VALUES (?, ?, ?, ?)", (
                (file_id, n, col, cell) for n, line in enumerate(text.splitlines())
                for col, cell in enumerate(_CELL_SPLIT_RE.split(line)) if cell))
    conn.close()
    return time.perf_counter() - start


def ingest(folder: Path, db_path: Path, workers: int) -> tuple[float, int]:
    """Seconds and peak RSS (KiB) of `reportdb ingest` run as its own process."""
    start = time.perf_counter()
    process = subprocess.Popen([str(REPORTDB), "ingest", str(folder), "--db", str(db_path), "--workers",
                                str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if process.stderr.read().strip():
        print("ingest wrote to stderr", file=sys.stderr)
    return elapsed, usage.ru_maxrss


def compile_project() -> None:
    """Bytecode for the project's modules, as an installed tool runs from. Where PYTHONDONTWRITEBYTECODE is
    set (as on this project's machine) an editable install never writes it, and every ingest would compile
    the sources again: a cost of the environment, not of the ingest."""
    root = Path(__file__).resolve().parents[1]
    for package in tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]:
        compileall.compile_dir(root / package, quiet=1)


def compare(n: int, workers: int, repeat: int) -> None:
    """Each side `repeat` times on the same files, the best run of each (the machine's noise only adds)."""
    compile_project()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        files = generate(n, folder)
        floors, ingests = [], []
        for run in range(repeat):
            floors.append(floor(files, Path(tmp) / f"floor-{run}.db"))
            ingests.append(ingest(folder, Path(tmp) / f"reports-{run}.db", workers))
        floor_s, floor_kib = min(floors), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        ingest_s, ingest_kib = min(ingests)
        rows = sqlite3.connect(Path(tmp) / "reports-0.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    print(f"{n} text reports, {workers} workers, {rows} documents loaded, best of {repeat} runs")
    print(f"raw floor : {floor_s:7.2f} s  {n / floor_s:8.0f} reports/s  peak {floor_kib / 1024:6.0f} MiB")
    print(f"ingest    : {ingest_s:7.2f} s  {n / ingest_s:8.0f} reports/s  peak {ingest_kib / 1024:6.0f} MiB "
          "(largest process of the ingest)")
    print(f"ratio     : {ingest_s / floor_s:7.2f}×  (target ≤ 3×)")
    by_run = " ".join(f"{seconds / floor_run:.2f}×" for floor_run, (seconds, _) in zip(floors, ingests, strict=True))
    print(f"by run    : {by_run}  (each ingest over the floor timed just before it)")


def memory(sizes: list[int], workers: int) -> None:
    compile_project()
    peaks = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "reports"
            generate(n, folder)
            seconds, kib = ingest(folder, Path(tmp) / "reports.db", workers)
        peaks.append(kib)
        print(f"{n:6d} reports: {seconds:7.2f} s, peak {kib / 1024:6.0f} MiB")
    print(f"peak memory ratio {sizes[-1]} / {sizes[0]} files: {peaks[-1] / peaks[0]:.2f} (target within 1.2)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side; the best counts")
    parser.add_argument("--memory", type=int, nargs=2, metavar=("SMALL", "LARGE"))
    args = parser.parse_args()
    if args.memory:
        memory(args.memory, args.workers)
    else:
        compare(args.files, args.workers, args.repeat)


if __name__ == "__main__":
    main()
