"""Golden tests on every sample report: the records equal the hand-checked tests/expected/*.json."""

import json

import pytest

from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.conftest import SAMPLES

EXPECTED = SAMPLES.parent / "tests" / "expected"

TEXT_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"})


def test_there_are_samples_of_every_layout():
    assert len(TEXT_SAMPLES) >= 5


@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_sample_records_match_expected(path):
    expected = json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert records_data(extract_file(path), with_sources=False) == expected
