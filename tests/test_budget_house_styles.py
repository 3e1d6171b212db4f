"""Budget tables in other house styles: a 세출예산 집행현황 printing 예산현액, 지출액 and 집행잔액; a department's
총괄 by account (일반회계, 특별회계), as rows or as columns; the accounts' lines printed in the one name column
above their 단위사업 (`일반회계`, or `일반회계 소계`); figures in 백만원 with one decimal. Each in every text layout
and as a PDF."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS, make_pdfs

COVER = "제312회 새빛구의회 제1차 정례회\n2025. 6. 11. ~ 6. 25.\n2025년 주요업무 보고\n재 무 과\nⅠ. 일반현황\n"
# the accounts' lines above their 단위사업 in the one name column
BY_ACCOUNT = ("2. 세출예산 집행현황 (2025. 5. 31. 기준)\n(단위: 천원)\n"
              "단위사업\t예산현액\t지출액\t집행잔액\t집행률(%)\n"
              "합 계\t4,200,000\t1,890,000\t2,310,000\t45.0\n"
              "{general}\t3,400,000\t1,590,000\t1,810,000\t46.8\n"
              "청사 관리\t2,600,000\t1,300,000\t1,300,000\t50.0\n"
              "인사 운영\t800,000\t290,000\t510,000\t36.3\n"
              "{special}\t800,000\t300,000\t500,000\t37.5\n"
              "공영주차장 관리\t800,000\t300,000\t500,000\t37.5\n")
ACCOUNT_LABELS = {"plain": ("일반회계", "주차장 특별회계"), "subtotal": ("일반회계 소계", "주차장 특별회계 소계")}
LINES = [("계", None, 4_200_000, 1_890_000, 2_310_000, 45.0), ("일반회계", None, 3_400_000, 1_590_000, 1_810_000, 46.8),
         ("청사 관리", "일반회계", 2_600_000, 1_300_000, 1_300_000, 50.0),
         ("인사 운영", "일반회계", 800_000, 290_000, 510_000, 36.3),
         ("주차장 특별회계", None, 800_000, 300_000, 500_000, 37.5),
         ("공영주차장 관리", "주차장 특별회계", 800_000, 300_000, 500_000, 37.5)]


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def lines(r):
    return [(b.name, b.parent, b.budget_krw // 1_000, b.executed_krw // 1_000, b.remaining_krw // 1_000,
             b.execution_rate) for b in r.budget]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def by_account(labels=ACCOUNT_LABELS["plain"], rows=BY_ACCOUNT) -> str:
    general, special = labels
    return COVER + rows.format(general=general, special=special)


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("labels", ACCOUNT_LABELS.values(), ids=ACCOUNT_LABELS)
def test_accounts_printed_above_their_units_group_them(labels, layout):
    """Before, the accounts' lines were 단위사업 beside the others, and `sum.budget` found the 계's 예산액, 집행액 and
    잔액 twice their sum (8,400,000 for 4,200,000 …)."""
    r = report(TEXT_LAYOUTS[layout](by_account(labels)))
    assert lines(r) == LINES
    assert found(r) == []


@pytest.mark.parametrize("ruling", ["grid", "horizontal", "none"])
def test_accounts_above_their_units_in_a_pdf(tmp_path, ruling):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(by_account(), encoding="utf-8")
    make_pdfs().render(source, target, ruling)
    r = extract_file(target)
    assert lines(r) == LINES
    assert found(r) == []


def test_an_account_off_its_units_sum_is_found_on_its_line():
    """인사 운영 printed larger: its account is found off its lines, the 계 still the accounts' sum."""
    r = report(by_account(rows=BY_ACCOUNT.replace("인사 운영\t800,000\t290,000\t510,000\t36.3",
                                                  "인사 운영\t850,000\t306,000\t544,000\t36.0")))
    assert found(r) == [("sum.budget", "일반회계", "예산액", "3,450,000천원", "3,400,000천원"),
                        ("sum.budget", "일반회계", "잔액", "1,844,000천원", "1,810,000천원"),
                        ("sum.budget", "일반회계", "집행액", "1,606,000천원", "1,590,000천원")]


def test_a_list_of_units_before_its_first_account_is_no_group():
    """A 단위사업 first, an account's line after it: the table is not laid out by account; its lines as printed."""
    rows = BY_ACCOUNT.replace("{general}\t3,400,000\t1,590,000\t1,810,000\t46.8\n", "").replace(
        "인사 운영\t800,000\t290,000\t510,000\t36.3\n",
        "인사 운영\t800,000\t290,000\t510,000\t36.3\n{general}\t-\t-\t-\t-\n")
    r = report(by_account(rows=rows))
    assert [(b.name, b.parent) for b in r.budget] == [
        ("계", None), ("청사 관리", None), ("인사 운영", None), ("일반회계", None), ("주차장 특별회계", None),
        ("공영주차장 관리", None)]


# the 총괄 by account: as rows, the lines; as columns over the fields' rows, the same lines
TOTAL_BY_ACCOUNT = {
    "rows": "구 분\t예산액\t집행액\t잔액\t집행률(%)\n합 계\t5,000,000\t2,000,000\t3,000,000\t40.0\n"
            "일반회계\t4,200,000\t1,680,000\t2,520,000\t40.0\n특별회계\t800,000\t320,000\t480,000\t40.0\n",
    "columns": "구 분\t계\t일반회계\t특별회계\n예산액\t5,000,000\t4,200,000\t800,000\n"
               "집행액\t2,000,000\t1,680,000\t320,000\n잔액\t3,000,000\t2,520,000\t480,000\n"
               "집행률(%)\t40.0\t40.0\t40.0\n",
}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("table", TOTAL_BY_ACCOUNT.values(), ids=TOTAL_BY_ACCOUNT)
def test_a_total_by_account(table, layout):
    """Before, the accounts as columns were a grid, no budget line (as funding sources as columns are read)."""
    r = report(TEXT_LAYOUTS[layout](f"{COVER}1. 부서 예산 총괄\n(단위: 천원)\n{table}"))
    assert lines(r) == [("계", None, 5_000_000, 2_000_000, 3_000_000, 40.0),
                        ("일반회계", None, 4_200_000, 1_680_000, 2_520_000, 40.0),
                        ("특별회계", None, 800_000, 320_000, 480_000, 40.0)]
    assert [b.funding_source for b in r.budget] == [None] * 3
    assert found(r) == []


IN_MILLIONS = ("3. 특별회계 예산현황\n(단위: 백만원)\n사업명\t2025년 예산\t집행액\t집행률(%)\t비고\n"
               "계\t800.0\t320.4\t40.1\t\n주차장 관리\t500.5\t200.2\t40.0\t이월 포함\n"
               "공영주차장 조성\t299.5\t120.2\t40.1\t\n")


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
def test_millions_with_one_decimal(layout):
    r = report(TEXT_LAYOUTS[layout](COVER + IN_MILLIONS))
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.other_columns) for b in r.budget] == [
        ("계", 800_000_000, 320_400_000, 40.1, None),
        ("주차장 관리", 500_500_000, 200_200_000, 40.0, {"비고": "이월 포함"}),
        ("공영주차장 조성", 299_500_000, 120_200_000, 40.1, None)]
    assert found(r) == []
    # a 계 off its lines' sum by more than their rounding is found, at the table's precision
    wrong = report(TEXT_LAYOUTS[layout](COVER + IN_MILLIONS.replace("320.4\t40.1", "322.4\t40.3")))
    assert found(wrong) == [("sum.budget", "계", "집행액", "320.4백만원", "322.4백만원")]
