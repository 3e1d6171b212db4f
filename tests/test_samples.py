"""Golden tests on every sample report: the records equal the hand-checked tests/expected/*.json."""

import json

import pytest

from pipeline.extract import extract_file
from pipeline.read_text import decode
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import LAYOUTS, assert_rows_give_their_lines

EXPECTED = SAMPLES.parent / "tests" / "expected"

TEXT_SAMPLES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"})


def test_there_are_samples_of_every_layout():
    assert len(TEXT_SAMPLES) >= 5


@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_sample_records_match_expected(path):
    expected = json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert records_data(extract_file(path), with_sources=False) == expected


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_sample_in_another_text_layout_gives_the_same_records(path, layout, tmp_path):
    text = decode(str(path), path.read_bytes()).replace("\r\n", "\n")
    laid_out = tmp_path / f"{path.stem}.txt"  # the same name: it may give the department
    laid_out.write_text(LAYOUTS[layout](text), encoding="utf-8")
    got, want = (records_data(extract_file(p), with_sources=False) for p in (laid_out, path))
    assert got == want


@pytest.mark.parametrize("layout", ["as-printed", *LAYOUTS])
@pytest.mark.parametrize("path", TEXT_SAMPLES, ids=lambda p: p.name)
def test_each_table_row_record_gives_the_line_that_prints_it(path, layout, tmp_path):
    text = decode(str(path), path.read_bytes()).replace("\r\n", "\n")
    assert_rows_give_their_lines(text, layout, tmp_path)
