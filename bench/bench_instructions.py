"""Instructions per report, stage by stage, counted by valgrind: a yardstick the machine's noise does not blur.

Each stage is counted as the difference between a run over `--files` generated reports and a run over
none (both after the same warm-up), so start-up and imports cancel out. The worker stages are cumulative
(read, then extract, checks, rows, pickling); loading is counted apart, from rows made beforehand, and so
is the raw floor of `bench_ingest.py`, to set the ingest's work beside it.

    python bench/bench_instructions.py [--files 300]      # needs valgrind
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate  # noqa: E402

WARM_UP = 30  # reports run before counting: caches and lazily built state are in place for both runs
STAGES = ("read", "extract", "checks", "rows", "pickle")


def run_stages(folder: Path, last_stage: int, count: int) -> None:
    """The worker's work on the first WARM_UP + count reports, up to and including `last_stage`, its garbage
    collector set up as a worker's."""
    from checks import run_checks
    from extractors import extract_report
    from pipeline.ingest import Prepared, collect_as_worker
    from pipeline.load import document_rows
    from pipeline.read import read_bytes, read_document

    def work(path: str) -> None:
        data = read_bytes(path)
        sha256 = hashlib.sha256(data).hexdigest()
        doc = read_document(path, data)
        if last_stage < 1:
            return
        report = extract_report(doc)
        if last_stage < 2:
            return
        findings = run_checks(report)
        if last_stage < 3:
            return
        rows = document_rows(report, sha256, findings)
        if last_stage < 4:
            return
        pickle.dumps(Prepared(path, sha256, rows, len(findings)))

    collect_as_worker()
    for path in sorted(str(p) for p in folder.iterdir())[: WARM_UP + count]:
        work(path)


def run_load(rows_file: Path, db_path: Path, count: int) -> None:
    """Load the first WARM_UP + count prepared reports into a fresh database, indexes deferred, the garbage
    collector set up as the ingest's loading process's."""
    from pipeline.db import connect, indexes_deferred
    from pipeline.ingest import startup_objects_frozen
    from pipeline.load import load_rows

    db = connect(fresh(db_path))
    with startup_objects_frozen(), indexes_deferred(db):
        prepared = pickle.loads(rows_file.read_bytes())[: WARM_UP + count]
        for result in prepared:
            load_rows(db, result.rows)


def run_floor(folder: Path, db_path: Path, count: int) -> None:
    """The raw floor of `bench_ingest.py` over the same reports as the stages, into a fresh database."""
    from bench_ingest import floor

    floor(sorted(folder.iterdir())[: WARM_UP + count], fresh(db_path))


def fresh(db_path: Path) -> Path:
    """The path with no database left from an earlier counted run: each run writes into a new one."""
    for leftover in db_path.parent.glob(db_path.name + "*"):
        leftover.unlink()
    return db_path


def instructions(args: list[str]) -> int:
    """Instructions valgrind counts for this script run with `args` (hash seed fixed: runs compare)."""
    with tempfile.NamedTemporaryFile() as out:
        subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out.name}",
                        sys.executable, __file__, *args], check=True, capture_output=True,
                       env={**os.environ, "PYTHONHASHSEED": "0"})
        summary = next(line for line in Path(out.name).read_text().splitlines() if line.startswith("summary:"))
    return int(summary.split()[1])


def per_report(args: list[str], count: int) -> float:
    return (instructions([*args, str(count)]) - instructions([*args, "0"])) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--stage", type=int, help=argparse.SUPPRESS)  # internal: one counted run
    parser.add_argument("--load", nargs=2, help=argparse.SUPPRESS)  # internal: ROWS_FILE DB
    parser.add_argument("--floor", help=argparse.SUPPRESS)  # internal: DB
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("count", type=int, nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage is not None:
        run_stages(Path(args.folder), args.stage, args.count)
        return
    if args.load:
        run_load(Path(args.load[0]), Path(args.load[1]), args.count)
        return
    if args.floor:
        run_floor(Path(args.folder), Path(args.floor), args.count)
        return
    if shutil.which("valgrind") is None:
        sys.exit("bench_instructions: valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        generate(WARM_UP + args.files, folder)
        before = 0.0
        for k, stage in enumerate(STAGES):
            total = per_report(["--folder", str(folder), "--stage", str(k)], args.files)
            print(f"{stage:8s} {(total - before) / 1e6:6.2f} M  (workers so far {total / 1e6:6.2f} M)")
            before = total
        from pipeline.ingest import prepare_one

        rows_file = Path(tmp) / "rows.pickle"
        rows_file.write_bytes(pickle.dumps([prepare_one(str(p)) for p in sorted(folder.iterdir())]))
        load = per_report(["--load", str(rows_file), str(Path(tmp) / "load.db")], args.files)
        print(f"{'load':8s} {load / 1e6:6.2f} M  (main process)")
        floor = per_report(["--folder", str(folder), "--floor", str(Path(tmp) / "floor.db")], args.files)
        print(f"{'floor':8s} {floor / 1e6:6.2f} M  (bench_ingest.py's raw floor: the ingest does "
              f"{(total + load) / floor:.1f}× its work)")
    print(f"instructions per report, {args.files} generated reports")


if __name__ == "__main__":
    main()
