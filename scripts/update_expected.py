"""Write tests/expected/<sample>.json from the current extractor, to be read and checked by hand.

Run it after changing a sample or the extractors, then review `git diff tests/expected` line by line:
the golden tests compare against these files, so an unchecked regeneration would hide a regression.
"""

from pathlib import Path

from pipeline.extract import extract_file
from pipeline.records import records_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EXPECTED = ROOT / "tests" / "expected"


def main() -> None:
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in {".txt", ".md"}:
            target = EXPECTED / f"{path.stem}.json"
            target.write_text(records_json(extract_file(path), with_sources=False) + "\n", encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
