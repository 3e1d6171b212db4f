"""A total's row printed with the letter or number a formula below the table names it by (`계(A)`, `합 계(A+B)`,
`총계 (A)`, `소계(B)`, `계①`) is the total, in every kind of table, as a staffing table's `정 원(A)` is its 정원;
a 단위사업 whose name ends in a bracket (`청사관리(본관)`) is none."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import is_total
from tests.layouts import pipe_tables, space_aligned
from tests.test_db_views_variants import csv_rows
from tests.test_generic_variants import summary
from tests.test_vehicles_more import report as vehicles_report

LAYOUTS = {"tabs": lambda text: text, "pipes": pipe_tables, "aligned": space_aligned}
MARKED = ["계(A)", "합 계(A+B)", "총계 (A)", "소계(B)", "계①", "계 ①", "합계（A）", "총 계 [A]", "계(가)"]


@pytest.mark.parametrize("label", MARKED)
def test_a_total_with_its_formula_mark_is_a_total(label):
    assert is_total(label)


@pytest.mark.parametrize("label", ["청사관리(본관)", "계(본관)", "계획(A)", "(A)", "계(AB)", "계(1)", "설계①"])
def test_a_word_in_a_bracket_or_another_word_with_a_mark_is_no_total(label):
    assert not is_total(label)


COVER = "제301회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
BUDGET = ("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
          "단위사업명\t예산액(A)\t집행액(B)\t집행률(B/A)\n"
          "{total}\t5,780,000\t2,321,000\t40.2\n"
          "청사관리(본관)\t4,200,000\t1,680,000\t40.0\n"
          "인사·조직 운영\t1,500,000\t609,000\t40.6\n"
          "기본경비\t80,000\t32,000\t40.0\n\n"
          "# Ⅱ. 주요업무 추진실적\n\n## ① 청사 리모델링 (청사관리팀)\n\n청사를 고치고자 함\n\n□ 추진실적\n\n"
          "○ 1단계 공사: 1월~5월\n")


def budget_report(total: str, layout: str = "tabs", budget: str = "5,780,000\t2,321,000\t40.2"):
    text = COVER + BUDGET.format(total=total).replace("5,780,000\t2,321,000\t40.2", budget)
    return extract_report(read_text("t.txt", LAYOUTS[layout](text).encode()))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("total", MARKED)
def test_a_budget_total_with_its_formula_mark_is_the_total_and_is_summed(total, layout):
    """Before, the line was named `계(A)`: no budget_totals row, and sum.budget checked nothing."""
    r = budget_report(total, layout)
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.budget] == [
        ("계", 5_780_000_000, 2_321_000_000), ("청사관리(본관)", 4_200_000_000, 1_680_000_000),
        ("인사·조직 운영", 1_500_000_000, 609_000_000), ("기본경비", 80_000_000, 32_000_000)]
    assert run_checks(r) == []
    planted = budget_report(total, layout, budget="5,880,000\t2,321,000\t39.5")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(planted)] == [
        ("sum.budget", "계", "예산액", "5,780,000천원", "5,880,000천원")]


def test_a_budget_total_with_its_formula_mark_is_in_budget_totals(cli, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "2025-chongmu.txt").write_text(COVER + BUDGET.format(total="계(A)"), encoding="utf-8")
    assert cli("ingest", tmp_path / "in", "--workers", "1")[0] == 0
    assert csv_rows(cli, "SELECT document_id, budget_krw, executed_krw, execution_rate FROM budget_totals") == [
        "document_id,budget_krw,executed_krw,execution_rate", "1,5780000000,2321000000,40.2"]
    assert csv_rows(cli, "SELECT name FROM budget_lines ORDER BY id") == [
        "name", "계", "청사관리(본관)", "인사·조직 운영", "기본경비"]


VEHICLES_HEADER = ["구 분", "계", "승용", "승합", "화물"]


@pytest.mark.parametrize("layout", ["tabs", "pipes", "aligned"])
@pytest.mark.parametrize("total", ["계(A)", "합 계(A+B)", "계①"])
def test_a_vehicles_total_with_its_formula_mark_is_the_grand_total(total, layout):
    rows = [VEHICLES_HEADER, [total, "12", "5", "4", "3"], ["총무과", "7", "3", "2", "2"],
            ["민원과", "5", "2", "2", "1"]]
    (fleet,) = vehicles_report("공용차량 현황", rows, layout).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 12), ("계", "승용", 5), ("계", "승합", 4), ("계", "화물", 3),
        ("총무과", "소계", 7), ("총무과", "승용", 3), ("총무과", "승합", 2), ("총무과", "화물", 2),
        ("민원과", "소계", 5), ("민원과", "승용", 2), ("민원과", "승합", 2), ("민원과", "화물", 1)]
    rows[1][1] = "13"
    planted = vehicles_report("공용차량 현황", rows, layout)
    # the 계 row named by its label as printed (fleet121)
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(planted)] == [
        ("sum.vehicles", total.replace(" ", ""), "계", "12", "13")]


@pytest.mark.parametrize("total", ["계(A)", "합 계(A+B)", "계①"])
def test_a_staffing_total_with_its_formula_mark_is_the_total_class(total):
    text = (COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t정 원\t현 원\n"
            f"{total}\t20\t19\n일반직\t15\t15\n공무직\t5\t4\n")
    r = extract_report(read_text("t.txt", text.encode()))
    assert [(s.job_class, s.status, s.headcount) for s in r.staffing] == [
        ("계", "정원", 20), ("계", "현원", 19), ("일반직", "정원", 15), ("일반직", "현원", 15),
        ("공무직", "정원", 5), ("공무직", "현원", 4)]


@pytest.mark.parametrize(("subtotal", "total"), [("소계(A)", "합계(A+B)"), ("소 계①", "총 계③")])
def test_a_generic_tables_marked_subtotals_and_total_are_summed(subtotal, total):
    rows = [["구 분", "", "건수"], ["민원", "여권", "800"], ["", "제증명", "400"], ["", subtotal, "1,200"],
            ["상담", "방문", "150"], ["", "전화", "250"], ["", subtotal, "400"], [total, "", "1,600"]]
    table = "□ 민원 처리 현황\n\n" + "\n".join("\t".join(row) for row in rows) + "\n"
    assert summary(table) == []
    assert summary(table.replace("1,600", "1,700")) == [("sum.table", total, "건수", "1,600", "1,700")]
    assert summary(table.replace("제증명\t400", "제증명\t500")) == [
        ("sum.table", f"민원 / {subtotal}", "건수", "1,300", "1,200")]


@pytest.mark.parametrize("total", ["계(A)", "합 계(A+B)", "계①"])
def test_a_staffing_total_column_with_its_formula_mark_is_the_total_class(total):
    text = (COVER + f"# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t{total}\t일반직\t공무직\n"
            "정 원\t20\t15\t5\n현 원\t19\t15\t4\n")
    r = extract_report(read_text("t.txt", text.encode()))
    assert [(s.status, s.job_class, s.headcount) for s in r.staffing] == [
        ("정원", "계", 20), ("정원", "일반직", 15), ("정원", "공무직", 5), ("현원", "계", 19), ("현원", "일반직", 15),
        ("현원", "공무직", 4)]
    assert run_checks(r) == []
