"""The budget one-cell search rejects a try that makes a change or a total wrong (an error the table's findings do
not name) by checking the table's changes and totals alone (`_summed`), not the whole table again; a try it keeps
is checked on from them, and the findings are those of the full recheck."""

import checks.budget as budget
from checks.base import finding_key
from tests.layouts import read_laid_out
from tests.test_budget_one_finding_a_total import BY_ACCOUNT, found

# 복지 전달체계's 구비 2,100 where its 예산액 10,000 less its 국비 5,000 and 시비 3,000 makes 2,000
PLANTED = BY_ACCOUNT.replace("\t복지 전달체계\t10,000\t5,000\t3,000\t2,000",
                             "\t복지 전달체계\t10,000\t5,000\t3,000\t2,100")
FIGURES = ["국비", "시비", "구비"]


def sources(lines):
    return [[line.other_columns[label] for label in FIGURES] for line in lines if line.name == "복지 전달체계"]


def test_a_try_breaking_its_subtotal_is_not_checked_whole(tmp_path, monkeypatch):
    """Of 복지 전달체계's tries by its funding, its 국비 at 4,900 and its 시비 at 2,900 break the 일반회계 소계's
    국비 24,000 and 시비 9,100: their changes and totals are checked alone, and only the 구비 at 2,000 (and the
    table as printed) go on to the rest of the check."""
    report = read_laid_out(PLANTED, "tab", tmp_path)
    summed, rest = [], []
    summed_of, unit_rest = budget._summed, budget._unit_rest

    def counted_summed(lines, *args):
        summed.extend(sources(lines))
        return summed_of(lines, *args)

    def counted_rest(summed_lines, table):
        rest.extend(sources(summed_lines.lines))
        return unit_rest(summed_lines, table)

    monkeypatch.setattr(budget, "_summed", counted_summed)
    monkeypatch.setattr(budget, "_unit_rest", counted_rest)
    assert found(report) == [("sum.funding", "복지 전달체계", "구비", "2,000백만원", "2,100백만원")]
    assert summed == [["5,000", "3,000", "2,100"], ["4,900", "3,000", "2,100"], ["5,000", "2,900", "2,100"],
                      ["5,000", "3,000", "2,000"]]
    assert rest == [["5,000", "3,000", "2,100"], ["5,000", "3,000", "2,000"]]


def test_a_try_rejected_by_its_totals_raises_that_error_in_the_full_recheck(tmp_path):
    """The 국비 at 4,900 raises the 소계's 국비 (expected 23,900) in the full recheck too: the stage's findings are
    the whole check's first; the 구비 at 2,000 raises none."""
    report = read_laid_out(PLANTED, "tab", tmp_path)
    lines = budget.printed_tables(report.budget)[0]
    checks = budget._TableCheck(budget.UNIT_TABLE, budget.SUM, "단위사업", budget._unit_rest)
    errors = {finding_key(f) for f in checks(lines) if f.severity == "error"}
    k = next(k for k, line in enumerate(lines) if line.name == "복지 전달체계")
    for column, krw, raised in (("국비", 4_900_000_000, [("일반회계", "국비", "23,900백만원", "24,000백만원")]),
                                ("구비", 2_000_000_000, [])):
        changed = [*lines[:k], budget._with_figure(lines[k], column, krw), *lines[k + 1:]]
        stage = [(f.row, f.column, f.expected, f.actual) for f in checks.summed(changed).found
                 if finding_key(f) not in errors]
        whole = [(f.row, f.column, f.expected, f.actual) for f in checks(changed)
                 if f.severity == "error" and finding_key(f) not in errors]
        assert stage == whole == raised
