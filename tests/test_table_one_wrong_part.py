"""A generic table's one wrong part is one finding naming it: where the 계 row misses a column and a row it sums
prints a rate that is not its own figures' ratio, the figure the 계 makes the part (the 계's less the other rows')
that puts its rate right too is the finding, `sum.table` on the part; before, the 계's sum and the part's rate
(`rate.table`), neither naming the wrong cell."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_generic_variants import COVER, TAIL

CONSULTING = ("□ 상담 처리 현황\n\n구 분\t접수\t처리\t처리율(%)\n계\t1,100\t1,040\t94.5\n"
              "방문 상담\t500\t480\t96.0\n전화 상담\t300\t280\t93.3\n온라인 상담\t200\t190\t95.0\n"
              "서면 상담\t100\t90\t90.0\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def found(table: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    report = read_laid_out(COVER + table + TAIL, layout, tmp_path)
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_part_beside_its_rate_is_one_finding_on_it(layout, tmp_path):
    assert found(CONSULTING, layout, tmp_path) == []
    planted = CONSULTING.replace("500\t480", "500\t490")
    assert found(planted, layout, tmp_path) == [("sum.table", "방문 상담", "처리", "480", "490")]
    # the whole of its rate so (its 접수)
    whole = CONSULTING.replace("500\t480", "510\t480")
    assert found(whole, layout, tmp_path) == [("sum.table", "방문 상담", "접수", "500", "510")]


def test_the_finding_says_what_the_right_figure_makes_agree(tmp_path):
    report = read_laid_out(COVER + CONSULTING.replace("500\t480", "500\t490") + TAIL, "tab", tmp_path)
    assert [f.message for f in run_checks(report)] == [
        "'방문 상담' 행의 처리 값이 계 행과 처리율(%) 열이 함께 맞는 값과 다릅니다 (표기 490, 맞는 값 480)"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_part_and_another_rows_wrong_rate_are_each_found(layout, tmp_path):
    planted = CONSULTING.replace("500\t480", "500\t490").replace("93.3", "95.0")
    assert found(planted, layout, tmp_path) == [("rate.table", "전화 상담", "처리율(%)", "93.3", "95.0"),
                                                ("sum.table", "방문 상담", "처리", "480", "490")]


def test_two_wrong_parts_of_one_column_are_each_found_on_their_cells(tmp_path):
    """The 계 misses 20: the figure it makes either part is no figure that part's rate makes, so no one cell clears
    two findings; the figures both rates make, together, clear every finding: each cell is one finding (before,
    each rate and the 계's 처리)."""
    planted = CONSULTING.replace("500\t480", "500\t490").replace("300\t280", "300\t290")
    assert found(planted, "tab", tmp_path) == [("sum.table", "방문 상담", "처리", "480", "490"),
                                               ("sum.table", "전화 상담", "처리", "280", "290")]


def test_a_table_in_money_so(tmp_path):
    """Figures in 백만원: the finding in the table's unit."""
    table = ("□ 세외수입 징수 현황\n\n(단위: 백만원)\n\n구 분\t부과액\t징수액\t징수율(%)\n계\t12,000\t9,000\t75.0\n"
             "과태료\t8,000\t6,400\t80.0\n사용료\t4,000\t2,600\t65.0\n")
    assert found(table, "tab", tmp_path) == []
    assert found(table.replace("8,000\t6,400", "8,000\t6,500"), "tab", tmp_path) == [
        ("sum.table", "과태료", "징수액", "6,400백만원", "6,500백만원")]
