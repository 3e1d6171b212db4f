"""A change's mark printed with no figure after it (`△`, `▲`, a look-alike) in a count cell prints a nil change, as
a dash does: 0 in staffing, vehicles and any table's sums. Before, the cell was read as no count: a staffing table
lost the count and was kept as a grid beside its records, a sum passed over it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.values import parse_count, parse_count_note
from tests.layouts import read_laid_out
from tests.test_staffing_by_office import COVER, PART, findings, records
from tests.test_vehicles_more import report
from tests.test_vehicles_variants import summary

MARKS = "△▲▽▼∆Δ"


@given(mark=st.sampled_from(MARKS), unit=st.sampled_from(["", "명", "대"]), space=st.sampled_from(["", " "]))
def test_a_mark_alone_is_a_nil_count_and_before_a_figure_a_negative(mark, unit, space):
    assert parse_count(f"{space}{mark}{unit}{space}") == 0
    assert parse_count_note(f"{mark}{unit}") == (0, None)
    assert parse_count(f"{mark}{space}12{unit}") == -12
    assert parse_count(f"{mark}{mark}") is None and parse_count(f"{mark}급") is None


STAFFING = "구 분\t정 원\t현 원\t과부족\n계\t24\t23\t△1\n일 반 직\t21\t20\t△1\n공 무 직\t3\t3\t{mark}\n"


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "pdf grid"])
@pytest.mark.parametrize("mark", ["△", "▲"])
def test_a_staffing_shortfall_printed_as_a_mark_alone_is_none(mark, layout, tmp_path):
    r = read_laid_out(COVER + PART + STAFFING.format(mark=mark), layout, tmp_path)
    assert ("과부족", "", "공무직", "계", 0) in records(r) and len(r.staffing) == 9
    assert r.tables == [] and findings(r) == []


ALIGNED_STAFFING = ("  구 분      정 원   현 원   과부족\n  계            24      23       △1\n"
                    "  일 반 직      21      20       △1\n  공 무 직       3       3{mark}\n")


@pytest.mark.parametrize("mark", ["       △", "      ▲ ", "   △"], ids=["right-aligned", "centred", "left"])
def test_a_staffing_shortfall_printed_as_a_mark_alone_in_space_aligned_text(mark, tmp_path):
    """Left: `pdftotext -layout` prints a `△` alone, as a dash alone, left of its column's figures (before, it stood
    under no column, and the count was not read: the grid kept)."""
    r = read_laid_out(COVER + PART + ALIGNED_STAFFING.format(mark=mark), "tab", tmp_path)
    assert ("과부족", "", "공무직", "계", 0) in records(r) and len(r.staffing) == 9
    assert r.tables == [] and findings(r) == []


def test_a_staffing_shortfall_printed_as_a_mark_alone_where_one_is_short_is_found(tmp_path):
    """공무직 holds 2 of 3 (its 과부족 △1), printed `△`: found on it alone, not also on the 계 row's 과부족 (△2, right
    by its 현원 − 정원), which its classes' make △1."""
    text = STAFFING.format(mark="△").replace("계\t24\t23\t△1", "계\t24\t22\t△2").replace("3\t3\t△", "3\t2\t△")
    r = read_laid_out(COVER + PART + text, "tab", tmp_path)
    assert ("과부족", "", "공무직", "계", 0) in records(r) and r.tables == []
    assert findings(r) == [("shortfall", "error", "과부족", "공무직 계", "-1", "0")]


VEHICLES = [["구 분", "정 수", "현 원", "과부족"], ["계", "12", "11", "△1"], ["승 용", "7", "7", "△"],
            ["승 합", "5", "4", "△1"]]


@pytest.mark.parametrize("layout", ["tabs", "pipes"])  # space-aligned: as above
def test_a_vehicles_shortfall_printed_as_a_mark_alone_is_none(layout):
    r = report("공용차량 현황 : 총 11대", VEHICLES, layout)
    (fleet,) = r.vehicles
    assert [(s.category, s.count) for s in fleet.shortfalls] == [("계", -1), ("승용", 0), ("승합", -1)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    wrong = report("공용차량 현황 : 총 11대", [*VEHICLES[:3], ["승 합", "5", "4", "▲"]], layout)
    assert summary(wrong) == [("header.quota", "info", "제목", "정수", "12", "11"),
                              ("sum.vehicles", "error", "승합", "과부족 소계", "-1", "0")]


# any other table: a change column, its 계 row the sum of its rows
CHANGES = ("□ 민원 처리 현황\n\n(단위: 건)\n\n구 분\t2024년\t2025년\t증 감\n계\t150\t145\t△5\n"
           "여권\t70\t65\t△5\n가족관계\t50\t50\t△\n인감\t30\t30\t▲\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "pdf grid"])
def test_a_change_printed_as_a_mark_alone_is_none_in_a_tables_sums(layout, tmp_path):
    """The 계 row's 증감 printed △6: its rows make △5 (`△` and `▲` none). Before, the column went unsummed."""
    r = read_laid_out(COVER + PART + CHANGES, layout, tmp_path)
    (table,) = r.tables
    assert table.rows[-1] == ["인감", "30", "30", "▲"] and findings(r) == []
    wrong = read_laid_out(COVER + PART + CHANGES.replace("145\t△5", "145\t△6"), layout, tmp_path)
    assert findings(wrong) == [("sum.table", "error", "계", "증 감", "-5", "-6")]
