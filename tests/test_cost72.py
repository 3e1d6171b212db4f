"""One wrong figure, one finding, and the database's budget as the checks sum it (branch cost72):
- a project's 총사업비 printed wrong, with its years' shares and its sources: both sums find it, on its one cell,
  expected the same; it is one finding, the sources' `sum.project_budget` naming its cell (`계 총사업비`), not also
  `sum.project_cost`, which names no column (before, both);
- `budget_totals` of a budget table printing no 계 sums a line named as its group and the group's other lines, as
  `sum.budget` does (`저소득층 생활안정 | 저소득층 생활안정` over `| 긴급복지 지원`, `기본경비 | 기본경비`): before,
  the view took the first for the group's own line and left them all out (10,000천원 for 160,000천원)."""

import sqlite3

import pytest

from checks import run_checks
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from tests.corpus import as_old_schema
from tests.test_budget_detail_named_as_its_unit import COVER as DETAIL_COVER
from tests.test_budget_detail_named_as_its_unit import THREE_LEVELS, TWO_LEVELS
from tests.test_cost70 import REPORT, SHARES_LINE, TOTAL_LINE
from tests.test_hunt71 import POLICIES, REPORTS, WELFARE


def findings(tmp_path, text: str, name: str = "2025-hanbit-chongmu.txt") -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.table, f.row, f.column, f.expected, f.actual, f.source.line)
            for f in run_checks(extract_file(path))]


ENERGY = "Ⅱ 주요업무 추진실적 1. 청사 에너지 효율화 사업 총사업비"
CENTRE = "Ⅱ 주요업무 추진실적 2. 구민 안전체험관 조성 총사업비"


@pytest.mark.parametrize(("printed", "wrong", "finding"), [
    # sources in a bracket after it, years on bullets under it
    ("총사업비: 3,600,000천원(", "총사업비: 3,700,000천원(",
     ("sum.project_budget", ENERGY, "계", "총사업비", "3,600,000천원", "3,700,000천원", TOTAL_LINE)),
    # years on one line under it, sources on the next
    ("총사업비: 2,400,000천원", "총사업비: 2,500,000천원",
     ("sum.project_budget", CENTRE, "계", "총사업비", "2,400,000천원", "2,500,000천원", SHARES_LINE)),
])
def test_a_wrong_total_cost_its_years_and_its_sources_both_find_is_one_finding(printed, wrong, finding, tmp_path):
    assert REPORT.count(printed) == 1
    assert findings(tmp_path, REPORT.replace(printed, wrong)) == [finding]


def test_a_wrong_total_cost_by_sources_over_years_is_one_finding(tmp_path):
    right = (REPORTS / WELFARE).read_text(encoding="utf-8").replace("구 1,100)", "구 1,200)")
    wrong = right.replace("5,000백만원(국 2,000", "5,100백만원(국 2,000")
    assert [f for f in findings(tmp_path, wrong, WELFARE) if f[0] not in ("shortfall", "sum.budget")] == [
        ("sum.project_budget", "Ⅲ 신규·중점사업 추진실적 1. 한빛 종합사회복지관 건립 총사업비", "계", "총사업비",
         "5,000백만원", "5,100백만원", 170)]


def test_a_total_cost_its_years_alone_find_wrong_is_still_found(tmp_path):
    # the sources make the printed total: the years' sum is the one finding, naming no column, on its row
    # `연도별 합계`, expected the total (branch cost76; before, on the total, expected the years' sum)
    wrong = REPORT.replace("2025년: 1,500,000천원", "2025년: 1,400,000천원")
    assert findings(tmp_path, wrong) == [
        ("sum.project_cost", "Ⅱ 주요업무 추진실적 1. 청사 에너지 효율화 사업", "연도별 합계", None, "3,600,000천원",
         "3,500,000천원", TOTAL_LINE)]


def no_total(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(("계\t", "총 계\t")))


POLICIES_NO_TOTAL = DETAIL_COVER + no_total(POLICIES.format(total="", spent="", first="저소득층 생활안정"))


@pytest.mark.parametrize(("text", "lines", "total"), [
    (POLICIES_NO_TOTAL, [("저소득층 생활안정", "저소득층 생활안정"), ("긴급복지 지원", "저소득층 생활안정"),
                         ("기본경비", "행정운영경비")], (160_000_000, 65_000_000, 40.6)),
    # before, 1,184,000천원 and 470,600천원: the 기본경비 named as its 단위사업 left out
    (DETAIL_COVER + no_total(TWO_LEVELS), [("재산세 부과 관리", "지방세 부과"), ("취득세 부과 관리", "지방세 부과"),
                                         ("세외수입 체납 정리", "세외수입 관리"), ("기본경비", "기본경비")],
     (1_284_000_000, 512_600_000, 39.9)),
    (DETAIL_COVER + no_total(THREE_LEVELS), [("지방세 부과", "세입 확충"), ("재산세 부과 관리", "지방세 부과"),
                                           ("취득세 부과 관리", "지방세 부과"), ("세외수입 체납 정리", "세외수입 관리"),
                                           ("기본경비", "기본경비")], (1_284_000_000, 512_600_000, 39.9)),
])
def test_budget_totals_of_a_table_printing_no_total_sum_a_line_named_as_its_group(text, lines, total, tmp_path):
    path = tmp_path / "2019-semu.txt"
    path.write_text(text, encoding="utf-8")
    report = extract_file(path)
    assert [f.rule for f in run_checks(report)] == []
    db = connect(tmp_path / "r.db")
    load_report(db, report, "sha-1", [])
    assert db.execute("SELECT name, parent FROM budget_lines").fetchall() == lines
    assert db.execute("SELECT budget_krw, executed_krw, execution_rate FROM budget_totals").fetchall() == [total]


def test_a_schema_37_database_gains_the_sum_of_a_line_named_as_its_group(tmp_path):
    path = tmp_path / "2024-hanbit-sahoebokji.txt"
    path.write_text(POLICIES_NO_TOTAL, encoding="utf-8")
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(path), "sha-1", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 37)
    conn = sqlite3.connect(tmp_path / "r.db")
    # schema 37's view: 기본경비 alone
    assert conn.execute("SELECT budget_krw, executed_krw FROM budget_totals").fetchall() == [(10_000_000, 5_000_000)]
    conn.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT budget_krw, executed_krw, execution_rate FROM budget_totals").fetchall() == [
        (160_000_000, 65_000_000, 40.6)]
