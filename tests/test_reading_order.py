"""What a file reads as is the file's alone. `reportdb ingest` reads files in a pool of processes, each reading
whichever file comes next, so a file must read the same whatever its process read before it: no cache keyed on
part of what it reads, no module-level dict or list filled while reading, no cached object a caller changes.
Each file here reads alike in one order in this process (which the suite has read thousands of files in before),
and in the reverse order in a fresh one."""

import json
import subprocess
import sys

from checks import run_checks
from pipeline import patterns
from pipeline.extract import extract_file
from tests.conftest import REAL_REPORT, ROOT, SAMPLES
from tests.layouts import LAYOUTS, make_pdfs
from tests.test_headcount_units_variants import COVER
from tests.test_vehicle_count_units_variants import AGE_HEADERS, AGES

_YEAR_RE = patterns.compile(rb"(?<!\d)20[12]\d(?!\d)")  # `2025`, not `12025`; in the bytes of any encoding
READ = """
import json, sys
from checks import run_checks
from pipeline.extract import extract_file

def reading(path):
    report = extract_file(path)
    return {"records": report.model_dump(mode="json"),
            "findings": [finding.model_dump(mode="json") for finding in run_checks(report)]}

print(json.dumps({path: reading(path) for path in sys.argv[1:]}, ensure_ascii=False))
"""


def reading(path) -> dict:
    report = extract_file(path)
    return {"records": report.model_dump(mode="json"),
            "findings": [finding.model_dump(mode="json") for finding in run_checks(report)]}


def inputs(tmp_path) -> list[str]:
    """The samples (text and PDF), the real report where it is present, one sample in every text layout, the age
    table whose group label (`연령별`) a PDF centres over its bands, and last each text of theirs a year later: read
    in reverse, those come first, so a cache keyed on a text alone (`(5.31.기준)`) would give one year's reading to
    the other in one order and not in the other."""
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".pdf"})
    paths += [REAL_REPORT] if REAL_REPORT.exists() else []
    texts = [path for path in paths if path.suffix in {".txt", ".md"}]
    jaemu = (SAMPLES / "2023-hanbit-jaemu.txt").read_text(encoding="utf-8")
    for k, layout in enumerate(LAYOUTS.values()):
        paths.append(tmp_path / f"jaemu-{k}.txt")
        paths[-1].write_text(layout(jaemu), encoding="utf-8")
    ages = tmp_path / "ages.txt"
    ages.write_text(COVER + AGES.format(header=AGE_HEADERS["two rows, bands named"][0]), encoding="utf-8")
    make_pdfs().render(ages, tmp_path / "ages.pdf", "grid")
    paths.append(tmp_path / "ages.pdf")
    for k, text in enumerate(texts):
        paths.append(tmp_path / f"a-year-later-{k}{text.suffix}")
        paths[-1].write_bytes(_YEAR_RE.sub(lambda year: b"%d" % (int(year.group()) + 1), text.read_bytes()))
    return [str(path) for path in paths]


def test_each_file_reads_the_same_in_another_order_in_a_fresh_process(tmp_path):
    paths = inputs(tmp_path)
    here = {path: reading(path) for path in paths}
    fresh = subprocess.run([sys.executable, "-c", READ, *reversed(paths)], cwd=ROOT, capture_output=True, text=True,
                           check=True)
    there = json.loads(fresh.stdout)
    assert [path for path in paths if here[path] != there[path]] == []
    ages = here[str(tmp_path / "ages.pdf")]["records"]["tables"][0]["rows"][0]
    assert ages == ["구 분", "계", "연령별 20대 이하", "연령별 30대", "연령별 40대", "연령별 50대 이상"]
