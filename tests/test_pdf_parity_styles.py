"""A report rendered to PDF gives the records and findings of its text, in every style `tests/pdf_styles.py` draws
(ruled and unruled tables, both CID fonts, bold headings, tight and loose type, tables broken over portrait pages
with their header printed again or not, running headers and footers moved); and what `pdftotext -layout` prints
of that PDF gives the text's projects, staffing, vehicles and budget (where it does not yet, the case is marked).
Each sample is drawn in four styles, each style over three samples, each PDF once a session."""

import functools
import subprocess
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.read_text import decode
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import needs_pdftotext, space_aligned
from tests.pdf_styles import STYLES, rendered

SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"})
CASES = [(sample, style) for n, style in enumerate(STYLES) for sample in SAMPLE_FILES[n % 3::3]]


@pytest.fixture(scope="session")
def parity_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("parity")


@functools.cache
def _report(path: Path):
    return extract_file(path)


def _records(report) -> dict:
    """The records a PDF and its text must share. A vehicle header the PDF's columns shift is repaired by renaming
    its kinds in order where the text's is repaired by its figures' sums: the counts alike, the note says how."""
    data = records_data(report, with_sources=False)
    data["vehicles"] = [{**vehicle, "repair_note": None} for vehicle in data["vehicles"]]
    return data


def _findings(report) -> list[tuple]:
    """The findings a PDF and its text must share: where they stand aside (a line, a page)."""
    return sorted((f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


@pytest.mark.parametrize(("sample", "style"), CASES)
def test_a_pdf_in_a_style_gives_the_records_and_findings_of_its_text(sample, style, parity_folder):
    pdf = rendered(SAMPLES / sample, style, parity_folder)
    report, text = _report(pdf), _report(SAMPLES / sample)
    assert _records(report) == _records(text)
    assert _findings(report) == _findings(text)


_SHARED_WITH_PDFTOTEXT = ("document", "projects", "staffing", "vehicles", "budget")


@needs_pdftotext
@pytest.mark.parametrize(("sample", "style"), CASES)
def test_what_pdftotext_prints_of_a_pdf_in_a_style_gives_the_records_of_its_text(sample, style, parity_folder):
    pdf = rendered(SAMPLES / sample, style, parity_folder)
    printed = pdf.with_suffix(".txt")
    if not printed.exists():
        subprocess.run(["pdftotext", "-layout", str(pdf), str(printed)], check=True)
    report, text = _records(_report(printed)), _records(_report(SAMPLES / sample))
    assert {key: report[key] for key in _SHARED_WITH_PDFTOTEXT} == {key: text[key] for key in _SHARED_WITH_PDFTOTEXT}


@pytest.mark.parametrize("sample", SAMPLE_FILES)
def test_a_report_laid_out_as_aligned_text_gives_the_records_of_its_text(sample, tmp_path):
    """What the PDF would print through `pdftotext -layout` where it is not installed: the tables in columns."""
    aligned = tmp_path / f"{Path(sample).stem}.txt"
    source = SAMPLES / sample
    aligned.write_text(space_aligned(decode(str(source), source.read_bytes())), encoding="utf-8")  # one is CP949
    report, text = _records(_report(aligned)), _records(_report(source))
    assert {key: report[key] for key in _SHARED_WITH_PDFTOTEXT} == {key: text[key] for key in _SHARED_WITH_PDFTOTEXT}
