"""The checks' shortcuts give what the general reading gives: a budget try's own errors told by their findings' keys
(`checks.budget._raises_own_error`) and a rate of three figures tried on each line's figures read once
(`checks.tables._of_three`), on every report of the samples and on tables that exercise them."""

import itertools
from pathlib import Path

import pytest

import checks.budget as budget_checks
import checks.tables as table_checks
from checks import run_checks
from checks.base import finding_key
from extractors import extract_report
from pipeline.read import read_document
from pipeline.read_text import read_text
from tests.test_table_rates import WITHDRAWN, complaints, findings

SAMPLES = sorted(path for path in Path("samples").iterdir() if path.suffix in {".txt", ".md"})


def _raises_own_error_by_findings(lines, k, totals, errors) -> bool:
    """`_raises_own_error` as the findings `_rate` and `_remaining` write say it (before the shortcut)."""
    line = lines[k]
    if (line.name, line.source.line, line.source.page) in totals:
        return False
    agreeing, cut_off = budget_checks.printed_rates_agree(lines, budget_checks.lines_rounded_to(lines))
    return any(finding_key(f) not in errors
               for f in budget_checks._rate(line, "", agreeing[k], cut_off) + budget_checks._remaining(line, ""))


def _lines_printing_exactly_by_terms(ratio, printed, grid, most) -> int:
    """The lines printing a ratio exactly rounded, each line's terms read by `_terms`, as before the shortcut."""
    agree = disagree = 0
    for line, rate in printed.items():
        if (terms := table_checks._terms(ratio, line, grid, {})) is None:
            continue
        if table_checks._exactly(*terms[:2], rate):
            agree += 1
            continue
        disagree += 1
        if 2 * disagree >= len(printed) or len(printed) - disagree <= most:
            return 0
    return agree if agree > disagree else 0


def _of_three_by_terms(series, printed, grid, agreeing):
    """`_of_three` with each ratio's lines read by `_terms` (`_lines_printing_exactly_by_terms`), as before the
    shortcut."""
    best, most = None, max(agreeing, 1)
    for side in (sorted((c for c in grid.numeric if c < series), reverse=True),
                 sorted(c for c in grid.numeric if c > series)):
        figures = [c for c in side if grid.kinds[c] != table_checks._CHANGE][:table_checks._NEAREST]
        seen = set()
        for part, whole, other in itertools.permutations(figures, 3):
            if not table_checks._alike(grid, part, whole, other):
                continue
            for in_part, sign in ((False, 1), (False, -1), (True, 1), (True, -1)):
                summed = (part, other) if in_part else (whole, other)
                key = (in_part, sign, whole if in_part else part, frozenset(summed) if sign == 1 else summed)
                if key in seen:
                    continue
                seen.add(key)
                ratio = table_checks._Ratio(whole, part, False, other, sign, in_part)
                if (exact := _lines_printing_exactly_by_terms(ratio, printed, grid, most)) > most:
                    best, most = ratio, exact
        if best is not None:
            return best
    return None


@pytest.fixture
def compared(monkeypatch):
    """Each shortcut run beside the general reading, every answer kept: (shortcut's, general's)."""
    answers = []
    raises, of_three = budget_checks._raises_own_error, table_checks._of_three

    def raises_both(*args):
        answers.append((raises(*args), _raises_own_error_by_findings(*args)))
        return answers[-1][0]

    def of_three_both(*args):
        answers.append((of_three(*args), _of_three_by_terms(*args)))
        return answers[-1][0]

    monkeypatch.setattr(budget_checks, "_raises_own_error", raises_both)
    monkeypatch.setattr(table_checks, "_of_three", of_three_both)
    return answers


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_the_shortcuts_answer_as_the_general_reading_on_the_samples(path, compared):
    run_checks(extract_report(read_document(str(path))))
    assert all(shortcut == general for shortcut, general in compared)


def test_the_planted_budget_table_tries_cells_its_own_errors_reject_and_keep(compared):
    run_checks(extract_report(read_document("samples/2025-hanbit-park-planted.txt")))
    tries = [shortcut for shortcut, _ in compared if isinstance(shortcut, bool)]
    assert True in tries and False in tries
    assert all(shortcut == general for shortcut, general in compared)


@pytest.mark.parametrize("rows", [
    WITHDRAWN,  # 처리 ÷ (접수 − 취하)
    [row.replace("92.1", "93.1") for row in WITHDRAWN],  # one line wrong
    ("구 분 | 접수 | 처리 | 이송 | 처리율(%)", "계 | 1,200 | 1,000 | 100 | 91.7", "여권 | 600 | 550 | 20 | 95.0",
     "가족관계 | 400 | 300 | 50 | 87.5", "토지 | 200 | 150 | 30 | 90.0"),  # (처리 + 이송) ÷ 접수
    ("구 분 | 교부액 | 이월액 | 사용액 | 사용률(%)", "계 | 2,500 | 500 | 1,500 | 50.0", "가 | 500 | - | 250 | 50.0",
     "나 | 500 | - | 250 | 50.0", "다 | 500 | 500 | 500 | 50.0", "라 | 500 | - | 250 | 50.0"),  # a third left blank
])
def test_a_rate_of_three_figures_is_read_as_before(rows, compared):
    run_checks(extract_report(read_text("t.txt", complaints(*rows).encode())))
    assert compared and all(shortcut == general for shortcut, general in compared)


def test_a_rate_of_three_figures_still_finds_its_wrong_line():
    wrong = [row.replace("92.1", "93.1") for row in WITHDRAWN]
    assert findings(complaints(*wrong)) == [("rate.table", "가족관계", "처리율(%)", "92.1", "93.1")]
