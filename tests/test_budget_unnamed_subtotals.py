"""A `소 계` row among the 단위사업 of one name column that names no group (no account before it, no group column):
the subtotal of the lines above it up to the 계 or 소계 before it, or, where the table prints each 소계 over its
lines, of those below it, as the arithmetic tells (the way more of the table's 소계s add up); checked by
`sum.budget` (row `소계`). The table's 계 still sums its lines, and a table printing no 계 has no total of its own
(before, its first 소계 was taken for one and compared with every line). The database says which lines each 소계
sums: they point to it by `subtotal_id` (before, nothing did, so a user could not tell which), and `budget_totals`
takes no 소계 for the table's 계."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.load import load_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n총 무 과\n\n"
PART = "Ⅰ. 일반현황\n\n1 조 직\n\n총무과 - ( 4 )개팀\n\n2 예산현황\n\n(단위: 천원)\n\n"
HEADER = "구 분\t예산액\t집행액\t집행률(%)\n"
TOTAL = "계\t3,500,000\t1,400,000\t40.0\n"
FIRST = "청사 관리\t1,000,000\t400,000\t40.0\n시설 유지\t500,000\t200,000\t40.0\n"
SECOND = "홍보 운영\t1,200,000\t500,000\t41.7\n교육 운영\t800,000\t300,000\t37.5\n"


def subtotal(budget: str, executed: str, rate: str) -> str:
    return f"소 계\t{budget}\t{executed}\t{rate}\n"


FIRST_SUM, SECOND_SUM = subtotal("1,500,000", "600,000", "40.0"), subtotal("2,000,000", "800,000", "40.0")
ABOVE = HEADER + TOTAL + FIRST + FIRST_SUM + SECOND + SECOND_SUM
BELOW = HEADER + TOTAL + FIRST_SUM + FIRST + SECOND_SUM + SECOND


def report(table: str):
    return extract_report(read_text("t.txt", (COVER + PART + table).encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(r)]


def lines(r):
    return [(b.name, b.subtotal, b.budget_krw // 1000) for b in r.budget]


@pytest.mark.parametrize(("table", "named"), [
    (ABOVE, ["계", "청사 관리", "시설 유지", "계", "홍보 운영", "교육 운영", "계"]),
    (BELOW, ["계", "계", "청사 관리", "시설 유지", "계", "홍보 운영", "교육 운영"]),
], ids=["under its lines", "over its lines"])
def test_subtotals_that_add_up_are_no_finding_and_stay_lines_named_as_totals(table, named):
    r = report(table)
    assert [b.name for b in r.budget] == named
    assert [budget for _, subtotal, budget in lines(r) if subtotal] == [1_500_000, 2_000_000]
    assert found(r) == []


def test_a_wrong_subtotal_under_its_lines_is_found_on_its_row():
    r = report(HEADER + TOTAL + FIRST + FIRST_SUM + SECOND + subtotal("2,100,000", "900,000", "42.9"))
    assert found(r) == [("sum.budget", "소계", "예산액", "2,000,000천원", "2,100,000천원", 26),
                        ("sum.budget", "소계", "집행액", "800,000천원", "900,000천원", 26)]
    (finding,) = [f for f in run_checks(r) if f.column == "예산액"]
    assert finding.message == "소계의 예산액이 단위사업별 합계와 다릅니다 (표기 2,100,000천원, 합계 2,000,000천원)"


def test_a_wrong_subtotal_over_its_lines_is_found_as_the_others_add_up_below_theirs():
    r = report(HEADER + TOTAL + subtotal("1,600,000", "600,000", "37.5") + FIRST + SECOND_SUM + SECOND)
    assert found(r) == [("sum.budget", "소계", "예산액", "1,500,000천원", "1,600,000천원", 21)]


def test_a_lone_wrong_subtotal_sums_the_lines_above_it():
    """Nothing adds up either way: the lines above it, as a 소계 is printed under its lines most often."""
    r = report(HEADER + "계\t2,500,000\t1,000,000\t40.0\n" + FIRST + subtotal("1,600,000", "600,000", "37.5")
               + "기본경비\t1,000,000\t400,000\t40.0\n")
    assert found(r) == [("sum.budget", "소계", "예산액", "1,500,000천원", "1,600,000천원", 23)]


def test_a_table_printing_no_total_is_its_subtotals_and_no_first_subtotal_is_its_total():
    """Before: the first 소계 (1,500,000) was read as the table's 계 and found short of every line's sum."""
    r = report(HEADER + FIRST_SUM + FIRST + SECOND_SUM + SECOND)
    assert lines(r) == [("계", True, 1_500_000), ("청사 관리", False, 1_000_000), ("시설 유지", False, 500_000),
                        ("계", True, 2_000_000), ("홍보 운영", False, 1_200_000), ("교육 운영", False, 800_000)]
    assert found(r) == []
    wrong = report(HEADER + FIRST_SUM + FIRST + subtotal("2,200,000", "800,000", "36.4") + SECOND)
    assert found(wrong) == [("sum.budget", "소계", "예산액", "2,000,000천원", "2,200,000천원", 23)]


def test_the_tables_total_still_sums_the_lines_and_a_total_printed_as_subtotal_is_the_total():
    r = report(HEADER + "계\t3,600,000\t1,400,000\t38.9\n" + FIRST + FIRST_SUM + SECOND + SECOND_SUM)
    assert found(r) == [("sum.budget", "계", "예산액", "3,500,000천원", "3,600,000천원", 20)]
    alone = report(HEADER + subtotal("1,600,000", "600,000", "37.5") + FIRST)  # the table's one total, `소 계`
    assert found(alone) == [("sum.budget", "계", "예산액", "1,500,000천원", "1,600,000천원", 20)]


@pytest.mark.parametrize("layout", ["space-aligned", "pdf grid"])
def test_subtotals_in_other_layouts(layout, tmp_path):
    wrong = HEADER + TOTAL + FIRST + FIRST_SUM + SECOND + subtotal("2,100,000", "800,000", "38.1")
    r = read_laid_out(COVER + PART + wrong, layout, tmp_path)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.budget", "소계", "예산액", "2,000,000천원", "2,100,000천원")]


# --- the database: which lines each 소계 sums ---------------------------------------------------------------------

def stored(r, tmp_path) -> list[tuple]:
    """Each budget line as stored, (name, 예산액 in 천원, the 예산액 of the line `계` it points to: its 소계)."""
    tmp_path.mkdir(exist_ok=True)
    db = connect(tmp_path / "r.db")
    load_report(db, r, "sha-1", run_checks(r))
    return db.execute("SELECT b.name, b.budget_krw / 1000, s.budget_krw / 1000 FROM budget_lines b "
                      "LEFT JOIN budget_lines s ON s.id = b.subtotal_id AND s.name = '계' ORDER BY b.id").fetchall()


def totals(tmp_path) -> list[tuple]:
    return connect(tmp_path / "r.db").execute("SELECT budget_krw / 1000, executed_krw / 1000, execution_rate "
                                              "FROM budget_totals").fetchall()


def test_the_lines_a_subtotal_under_them_sums_point_to_it(tmp_path):
    assert stored(report(ABOVE), tmp_path) == [
        ("계", 3_500_000, None),
        ("청사 관리", 1_000_000, 1_500_000), ("시설 유지", 500_000, 1_500_000), ("계", 1_500_000, None),
        ("홍보 운영", 1_200_000, 2_000_000), ("교육 운영", 800_000, 2_000_000), ("계", 2_000_000, None)]
    assert totals(tmp_path) == [(3_500_000, 1_400_000, 40.0)]


def test_the_lines_a_subtotal_over_them_sums_point_to_it(tmp_path):
    assert stored(report(BELOW), tmp_path) == [
        ("계", 3_500_000, None),
        ("계", 1_500_000, None), ("청사 관리", 1_000_000, 1_500_000), ("시설 유지", 500_000, 1_500_000),
        ("계", 2_000_000, None), ("홍보 운영", 1_200_000, 2_000_000), ("교육 운영", 800_000, 2_000_000)]
    assert totals(tmp_path) == [(3_500_000, 1_400_000, 40.0)]


def test_a_subtotal_adding_up_neither_way_points_to_the_lines_it_is_found_against(tmp_path):
    """Nothing adds up: the lines above it, as `sum.budget` compares them (and finds the 소계 100,000 over)."""
    r = report(HEADER + "계\t2,500,000\t1,000,000\t40.0\n" + FIRST + subtotal("1,600,000", "600,000", "37.5")
               + "기본경비\t1,000,000\t400,000\t40.0\n")
    assert found(r) == [("sum.budget", "소계", "예산액", "1,500,000천원", "1,600,000천원", 23)]
    assert stored(r, tmp_path) == [
        ("계", 2_500_000, None), ("청사 관리", 1_000_000, 1_600_000), ("시설 유지", 500_000, 1_600_000),
        ("계", 1_600_000, None), ("기본경비", 1_000_000, None)]
    assert connect(tmp_path / "r.db").execute(
        "SELECT rule, row_label, expected, actual FROM findings").fetchall() == [
        ("sum.budget", "소계", "1,500,000천원", "1,600,000천원")]


def test_a_table_printing_no_total_is_totalled_by_its_subtotals(tmp_path):
    """Before, `budget_totals` took the greater 소계 (a line `계`) for the table's: 2,000,000 of 3,500,000."""
    assert stored(report(HEADER + FIRST_SUM + FIRST + SECOND_SUM + SECOND), tmp_path)[:3] == [
        ("계", 1_500_000, None), ("청사 관리", 1_000_000, 1_500_000), ("시설 유지", 500_000, 1_500_000)]
    assert totals(tmp_path) == [(3_500_000, 1_400_000, 40.0)]


def test_lines_under_the_tables_one_total_printed_as_a_subtotal_point_to_it_as_the_check_reads_it(tmp_path):
    """`소 계` printed first, alone: where it adds up over the lines below, it sums them as a 소계 (and the table's
    total is its); where it adds up neither way, no line above it, it is the table's 계, found on its row."""
    assert stored(report(HEADER + subtotal("1,500,000", "600,000", "40.0") + FIRST), tmp_path) == [
        ("계", 1_500_000, None), ("청사 관리", 1_000_000, 1_500_000), ("시설 유지", 500_000, 1_500_000)]
    assert totals(tmp_path) == [(1_500_000, 600_000, 40.0)]
    wrong = report(HEADER + subtotal("1,600,000", "600,000", "37.5") + FIRST)
    assert found(wrong) == [("sum.budget", "계", "예산액", "1,500,000천원", "1,600,000천원", 20)]
    assert stored(wrong, tmp_path / "wrong") == [
        ("계", 1_600_000, None), ("청사 관리", 1_000_000, None), ("시설 유지", 500_000, None)]
    assert totals(tmp_path / "wrong") == [(1_600_000, 600_000, 37.5)]


def test_each_documents_lines_point_to_its_own_subtotals(tmp_path):
    """Ids are the database's: a second document's lines point to its own 소계s, past the first's ids."""
    stored(report(ABOVE), tmp_path)
    db = connect(tmp_path / "r.db")
    load_report(db, extract_report(read_text("2024.txt", (COVER + PART + BELOW).encode())), "sha-2", [])
    assert db.execute("SELECT b.document_id, b.name, s.budget_krw / 1000 FROM budget_lines b "
                      "JOIN budget_lines s ON s.id = b.subtotal_id AND s.document_id = b.document_id "
                      "ORDER BY b.id").fetchall() == [
        (document, name, budget) for document in (1, 2)
        for name, budget in (("청사 관리", 1_500_000), ("시설 유지", 1_500_000), ("홍보 운영", 2_000_000),
                             ("교육 운영", 2_000_000))]
