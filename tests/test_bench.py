"""The benchmark's generated reports: new figures, yet each checks exactly as the sample it comes from."""

from __future__ import annotations

import random
import sys
from collections import Counter

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
