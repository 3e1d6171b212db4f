"""How fast the ingest could get with a faster reader or extractor: bounds, measured against the raw floor.

Each file's stage output is made beforehand and pickled; the ingest then runs with that stage replaced by
loading the pickle, so the stage costs only what building its Python objects costs (which a reader or
extractor written in a compiled language would still pay). Variants, run in alternating order each round:

  as-is      `reportdb ingest` unchanged;
  no-read    each document model loaded instead of read (extraction, checks and loading as they are);
  no-extract each extracted report loaded instead (only checks, rows and loading left to do).

Prints each variant's median run, its median ratio to the floor timed in the same round, and its best run
over the best floor. Linux only: the replacement is made before the workers fork, so they inherit it.

    python bench/bench_bounds.py [--files 3000] [--workers 2] [--rounds 6]
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import compile_project, floor  # noqa: E402
from generate import generate  # noqa: E402

# The stage each variant replaces: the module whose name for it the pipeline calls, and that name.
REPLACED = {"as-is": None, "no-read": ("pipeline.extract", "read_document"),
            "no-extract": ("pipeline.ingest", "extract_file")}
VARIANTS = tuple(REPLACED)

# Run in the ingest's process: replace the stage with loading its pickled output, then run the command.
RUNNER = """
import importlib, os, pickle, sys
cache, module, name, *command = sys.argv[1:]

def cached(path, data=None):
    with open(os.path.join(cache, os.path.basename(str(path)) + ".pkl"), "rb") as handle:
        return pickle.load(handle)

if module:
    target = importlib.import_module(module)
    getattr(target, name)  # still called by this name, or this fails rather than time the pipeline as it is
    setattr(target, name, cached)
from pipeline.cli import main
sys.argv = ["reportdb", *command]
main()
"""


def make_caches(files: list[Path], root: Path) -> None:
    """Under `root`, a folder per variant holding the pickled output of the stage it replaces, file by file."""
    for variant, replaced in REPLACED.items():
        (root / variant).mkdir()
        if replaced:
            stage = getattr(importlib.import_module(replaced[0]), replaced[1])
            for path in files:
                (root / variant / f"{path.name}.pkl").write_bytes(pickle.dumps(stage(path)))


def ingest(variant: str, root: Path, folder: Path, db_path: Path, workers: int) -> tuple[float, tuple[int, int]]:
    """Seconds of one ingest (its stage's pickles taken from under `root`) into a fresh database and what it
    holds (documents, findings); the database is deleted afterwards (thousands of reports fill a disk)."""
    start = time.perf_counter()
    module, name = REPLACED[variant] or ("", "")
    subprocess.run([sys.executable, "-c", RUNNER, str(root / variant), module, name, "ingest", str(folder), "--db",
                    str(db_path), "--workers", str(workers)], stdout=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    with closing(sqlite3.connect(db_path)) as conn:
        held = conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM findings)").fetchone()
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    return elapsed, held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        sys.exit("bench_bounds.py needs Linux: elsewhere the workers are spawned and would run the stages as they are")
    compile_project()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "reports"
        files = generate(args.files, folder)
        make_caches(files, root)
        floors, runs, held = [], {variant: [] for variant in VARIANTS}, set()
        for n in range(args.rounds):
            floors.append(floor(files, root / "floor.db"))
            (root / "floor.db").unlink()
            for variant in VARIANTS if n % 2 == 0 else VARIANTS[::-1]:
                seconds, loaded = ingest(variant, root, folder, root / "reports.db", args.workers)
                runs[variant].append(seconds)
                held.add(loaded)
    if len(held) > 1:
        sys.exit(f"the runs loaded different databases (documents, findings): {sorted(held)}")
    print(f"{args.files} text reports, {args.workers} workers, {args.rounds} rounds; best floor {min(floors):.2f} s")
    as_is = statistics.median(runs["as-is"])
    for variant in VARIANTS:
        median = statistics.median(runs[variant])
        ratio = statistics.median(s / f for s, f in zip(runs[variant], floors, strict=True))
        print(f"{variant:10}: median {median:5.2f} s ({median / as_is - 1:+.0%} against as-is), "
              f"median ratio {ratio:.2f}×, best {min(runs[variant]) / min(floors):.2f}× the best floor")


if __name__ == "__main__":
    main()
