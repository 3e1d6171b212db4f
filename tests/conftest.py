"""Shared fixtures: where the real report and the samples are, and the command run in a folder of its own."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.extract import extract_file

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REAL_REPORTS = ROOT.parent / "shared" / "reports"
REAL_REPORT = REAL_REPORTS / "2025-yeongdeungpo-chongmu.txt"
AUDIT = ROOT / "tests" / "department_reports" / "2026-seohae-gihoekgamsa.md"


def every_item(items):
    """Each project item and, right after it, its nested ones, as printed: what tests list of a project's parts."""
    for item in items:
        yield item
        yield from every_item(item.children)


def audit_with(*changes: tuple[str, str]):
    """서해구 기획감사실's fixture extracted with each `(printed, instead)` change made to its text."""
    text = AUDIT.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    return extract_file("2026-seohae-gihoekgamsa.md", text.encode())


@pytest.fixture(scope="session")
def real_report_path() -> Path:
    if not REAL_REPORT.exists():
        pytest.skip(f"real report not present: {REAL_REPORT} (it lives in ../shared/reports beside the project)")
    return REAL_REPORT


@pytest.fixture(scope="session")
def real_report(real_report_path):
    from pipeline.extract import extract_file

    return extract_file(real_report_path)


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """`reportdb ARGS…` in tmp_path; returns (exit code, output). (`test_cli` and `test_search_variants` run it
    their own way.)"""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args: str | Path) -> tuple[int, str]:
        result = runner.invoke(main, [str(arg) for arg in args], catch_exceptions=False)
        return result.exit_code, result.output

    return invoke


@pytest.fixture(autouse=True)
def pdf_drawing_as_found():
    """Every test draws its PDFs with one `make_pdfs` module (`tests.layouts.make_pdfs` is cached), so a test that
    draws its tables its own way sets its drawer with `monkeypatch.setattr`, which undoes it. One that assigns it
    (`pdfs.ruled_table = …`) fails here, and the module is put back: before, five tests kept theirs, the tests after
    them drew their PDFs that way, and what those read depended on the order the tests ran in."""
    from tests.layouts import make_pdfs

    pdfs = make_pdfs()
    before = dict(vars(pdfs))
    yield
    changed = sorted(name for name in before.keys() | vars(pdfs).keys() if vars(pdfs).get(name) is not before.get(name))
    if changed:
        vars(pdfs).clear()
        vars(pdfs).update(before)
        pytest.fail(f"the test left make_pdfs changed ({', '.join(changed)}): set it with monkeypatch.setattr")
