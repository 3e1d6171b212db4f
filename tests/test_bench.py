"""The benchmarks' generated reports (new figures, yet each checks exactly as the sample it comes from) and
the bounds' replaced stages (the same database, from the pickled output)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import sample_texts, scaled_figures, varied  # noqa: E402


def test_scaled_figures_scale_counts_and_amounts_but_not_rates_years_or_labels():
    table = "구 분\t예산액\t집행액\t집행률(%)\n계\t1,500\t△3\t43.5\n2025\t12(구비)\t-\t100\n□ 공용차량 - 총5대 (정수 6)"
    assert scaled_figures(table, 3) == (
        "구 분\t예산액\t집행액\t집행률(%)\n계\t4,500\t△9\t43.5\n2025\t36(구비)\t-\t100\n□ 공용차량 - 총15대 (정수 18)"
    )


def test_generated_reports_have_new_figures_and_the_findings_of_their_sample():
    rng = random.Random(0)
    for name, text, _ in sample_texts():
        sample = extract_report(read_text(name, text.encode()))
        copy = extract_report(read_text(name, varied(text, 1, rng).encode()))
        assert Counter(f.rule for f in run_checks(copy)) == Counter(f.rule for f in run_checks(sample)), name
        assert len(copy.staffing) == len(sample.staffing) and len(copy.budget) == len(sample.budget), name
        if "layout" not in name:  # space-aligned text keeps its figures
            assert [b.budget_krw for b in copy.budget] != [b.budget_krw for b in sample.budget], name


def test_bounds_load_the_same_documents_and_findings_with_a_stage_replaced(tmp_path):
    from bench_bounds import VARIANTS, ingest, make_caches
    from generate import generate

    files = generate(4, tmp_path / "reports")
    make_caches(files, tmp_path)
    held = {variant: ingest(variant, tmp_path, tmp_path / "reports", tmp_path / "reports.db", 1)[1]
            for variant in VARIANTS}
    assert set(held.values()) == {held["as-is"]} and held["as-is"][0] == 4
    assert not (tmp_path / "reports.db").exists()
    # the stage is replaced indeed: with no pickles under another root every file is refused for want of one
    with pytest.raises(subprocess.CalledProcessError):
        ingest("no-extract", tmp_path / "reports", tmp_path / "reports", tmp_path / "reports.db", 1)
    with closing(sqlite3.connect(tmp_path / "reports.db")) as conn:
        errors = [error for (error,) in conn.execute("SELECT error FROM ingest_errors")]
    assert len(errors) == 4 and all(e.startswith("cannot extract (FileNotFoundError") for e in errors), errors
