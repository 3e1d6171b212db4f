"""The budget one-cell search rejects a try whose line's own 잔액 or 집행률 it makes wrong (an error the table's
findings do not name) without checking the whole table again; its findings are those of the full recheck."""

import checks.budget as budget
from checks.base import finding_key
from tests.layouts import read_laid_out
from tests.test_budget_one_finding_a_total import BY_UNIT, found

# 기본경비's 잔액 919,000 where 1,400,000 − 491,000 makes 909,000
PLANTED = BY_UNIT.replace("기본경비\t1,400,000\t491,000\t909,000", "기본경비\t1,400,000\t491,000\t919,000")


def test_a_try_making_its_lines_rate_wrong_is_not_rechecked(tmp_path, monkeypatch):
    """Of 기본경비's three tries, its 예산액 at 1,410,000 (491,000 + 919,000) and its 집행액 at 481,000
    (1,400,000 − 919,000) make its 35.1% wrong (34.8, 34.4) and the 계's figure too:
    only the 잔액 at 909,000 is checked again."""
    report = read_laid_out(PLANTED, "tab", tmp_path)
    tables = []
    unit_rest = budget._unit_rest

    def counted(summed, table):
        tables.append([(line.name, line.budget_krw, line.executed_krw, line.remaining_krw) for line in summed.lines
                       if line.name == "기본경비"])
        return unit_rest(summed, table)

    monkeypatch.setattr(budget, "_unit_rest", counted)
    assert found(report) == [("remaining", "기본경비", "잔액", "909,000천원", "919,000천원")]
    assert tables == [[("기본경비", 1_400_000_000, 491_000_000, 919_000_000)],
                      [("기본경비", 1_400_000_000, 491_000_000, 909_000_000)]]


def test_a_rejected_try_raises_an_error_in_the_full_recheck(tmp_path):
    """Each try `_raises_own_error` rejects raises its line's rate in the full recheck too (and the 계's figure in
    the column tried); the one it keeps raises none."""
    report = read_laid_out(PLANTED, "tab", tmp_path)
    lines = budget.printed_tables(report.budget)[0]
    checks = budget._TableCheck(budget.UNIT_TABLE, budget.SUM, "단위사업", budget._unit_rest)
    findings = checks(lines)
    errors = {finding_key(f) for f in findings if f.severity == "error"}
    k = next(k for k, line in enumerate(lines) if line.name == "기본경비")
    totals = budget._possible_total_rows(lines)
    assert totals == {("계", lines[0].source.line, lines[0].source.page)}
    rate = ("rate", "기본경비", "집행률(%)", lines[k].source.line, lines[k].source.page)
    budget_total, executed_total = (("sum.budget", "계", column, lines[0].source.line, lines[0].source.page)
                                    for column in ("예산액", "집행액"))
    for column, krw, rejected, raises in (("예산액", 1_410_000_000, True, {rate, budget_total}),
                                          ("집행액", 481_000_000, True, {rate, executed_total}),
                                          ("잔액", 909_000_000, False, set())):
        changed = [*lines[:k], budget._with_figure(lines[k], column, krw), *lines[k + 1:]]
        assert budget._raises_own_error(changed, k, totals, errors) is rejected
        assert {finding_key(f) for f in checks(changed) if f.severity == "error"} - errors == raises
