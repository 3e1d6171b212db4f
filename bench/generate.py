"""Write N report files made from samples/, each one new content (its own cover line and figures).

    python bench/generate.py N FOLDER [--seed S]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import regex

from pipeline.read_text import decode

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
_STAFF_ROW_RE = regex.compile(r"^(정 원|현 원)(\t.*)$", regex.M)


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
    """The sample with a cover line of its own and its project purposes numbered, so its hash is new;
    the figures a check compares stay consistent (planted errors stay planted)."""
    lines = text.split("\n")
    cover = next(i for i, line in enumerate(lines) if line.strip() and "정례회" not in line and "~" not in line)
    lines[cover] = f"{lines[cover]} (사본 {index}-{rng.randrange(10**6)})"
    return "\n".join(lines)


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
