"""Shared fixtures: where the real report and the samples are."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
REAL_REPORTS = ROOT.parent / "shared" / "reports"
REAL_REPORT = REAL_REPORTS / "2025-yeongdeungpo-chongmu.txt"


@pytest.fixture(scope="session")
def real_report_path() -> Path:
    if not REAL_REPORT.exists():
        pytest.skip(f"real report not present: {REAL_REPORT} (it lives in ../shared/reports beside the project)")
    return REAL_REPORT


@pytest.fixture(scope="session")
def real_report(real_report_path):
    from pipeline.extract import extract_file

    return extract_file(real_report_path)
