"""A table's `(단위: …)` that prints several units (`명, 백만원`): the table keeps them all, a budget table takes
its money unit of them; and a group label ending in 액 over `건수 | 금액` heads both."""

import pytest
from click.testing import CliRunner

from extractors.context import column_labels
from pipeline.cli import main
from pipeline.read_text import read_text
from tests import test_budget_variants as budget
from tests import test_generic_variants as generic


def _table(printed: str):
    (table,) = [b for b in read_text("t.txt", f"{printed}\n\n구분\t인원\t금액\n계\t3\t1,000\n".encode()).blocks
                if hasattr(b, "rows")]
    return table


@pytest.mark.parametrize(("printed", "unit", "basis"), [
    ("(단위: 명, 백만원)", "명, 백만원", None),
    ("(단위 : 가구 / 천원)", "가구, 천원", None),
    ("(단위: 필지, ㎡, 백만원)", "필지, ㎡, 백만원", None),
    ("[기준일: 2025. 5. 31., 단위: 명]", "명", "기준일: 2025. 5. 31."),
    ("(기준일: 2025. 5. 31. / 단위: 명, 천원)", "명, 천원", "기준일: 2025. 5. 31."),
    ("(단위: 건, 천원, 2025. 5. 31. 기준)", "건, 천원", "2025. 5. 31. 기준"),
    ("(단위: 천 원, 부가세 포함)", "천원", "부가세 포함"),
    ("단위: 명, 천원", "명, 천원", None),
])
def test_every_unit_the_bracket_prints_is_the_tables_and_the_rest_its_basis(printed, unit, basis):
    table = _table(printed)
    assert (table.unit, table.basis) == (unit, basis)


CHILD_ALLOWANCE = ("□ 아동수당 지급 현황 (단위: 명, 백만원)\n\n구 분\t대상자\t지급액\n계\t12,400\t7,440\n"
                   "0~2세\t5,100\t3,060\n3~5세\t7,300\t4,380\n")


def test_a_generic_table_keeps_all_its_units_and_is_still_summed():
    (table,) = generic.read(CHILD_ALLOWANCE).tables
    assert (table.caption, table.unit) == ("아동수당 지급 현황", "명, 백만원")
    assert generic.summary(CHILD_ALLOWANCE) == []
    planted = CHILD_ALLOWANCE.replace("4,380", "4,390")
    assert generic.summary(planted) == [("sum.table", "계", "지급액", "7,450백만원", "7,440백만원")]


@pytest.mark.parametrize("printed", ["(단위: 명, 백만원)", "(단위: 백만원, 명)", "(단위 : 건 / 백만원)",
                                     "(2025. 5. 31. 기준, 단위: 백만원, %)"])
def test_a_budget_table_takes_its_money_unit_of_several(printed):
    r = budget.report(f"{budget.UNIT_PART}{printed}\n\n단위사업명\t예산액\t집행액\t집행률\n계\t1,500\t600\t40.0\n")
    (total,) = r.budget
    assert (total.unit, total.budget_krw, total.executed_krw) == ("백만원", 1_500_000_000, 600_000_000)
    assert [f for f in budget.found(r) if f[0] == "unit"] == []


@pytest.mark.parametrize("amount", ["체납액", "징수액", "이월액"])
def test_an_amount_over_count_and_amount_heads_both(amount):
    header = (("구 분", amount, "", "정리실적", "", "정리율(%)"), ("", "건수", "금액", "건수", "금액", ""))
    assert column_labels(header) == ("구 분", f"{amount} 건수", f"{amount} 금액", "정리실적 건수", "정리실적 금액",
                                     "정리율(%)")
    alone = (("구 분", amount, "", "비 고"), ("", "건수", "금액(천원)", ""))
    assert column_labels(alone) == ("구 분", f"{amount} 건수", f"{amount} 금액(천원)", "비 고")


def test_arrears_table_names_its_amount_column_in_a_finding():
    table = generic.tsv("구 분 | 체납액 |  | 정리실적 |  | 정리율(%)", " | 건수 | 금액 | 건수 | 금액 | ",
                        "계 | 21,300 | 14,200 | 8,400 | 5,900 | 41.5", "재산세 | 9,100 | 4,200 | 4,000 | 2,100 | 50.0",
                        "자동차세 | 12,200 | 10,000 | 4,400 | 3,800 | 38.0")
    (grid,) = generic.read(table).tables
    assert grid.rows[0] == ["구 분", "체납액 건수", "체납액 금액", "정리실적 건수", "정리실적 금액", "정리율(%)"]
    planted = table.replace("10,000", "10,100")
    # the 계 misses the 100 the row misprints, and the row's 정리율 is no longer its 3,800 ÷ 10,100 × 100: the figure
    # the 계 makes it, 10,000, puts both right, one finding on the cell (before, the 계's and the rate)
    assert generic.summary(planted) == [("sum.table", "자동차세", "체납액 금액", "10,000", "10,100")]


def test_the_database_holds_all_the_units_and_show_prints_them(tmp_path):
    path = tmp_path / "가정복지과.txt"
    path.write_text(generic.COVER + CHILD_ALLOWANCE + generic.TAIL, encoding="utf-8")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(path)]).exit_code == 0
    result = runner.invoke(main, ["query", "--db", db, "SELECT caption, unit FROM generic_tables", "--csv"])
    assert result.output.splitlines()[1:] == ["아동수당 지급 현황,\"명, 백만원\""]
    shown = " ".join(runner.invoke(main, ["show", "--db", db, "1"]).output.split())  # the title wraps
    assert "아동수당 지급 현황 (단위: 명, 백만원)" in shown
