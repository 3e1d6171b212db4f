"""Vehicles tables whose header groups the kinds under statuses (`정 수` and `현 원` each over `계 | 승용 | 승합`),
and tables with two columns of row labels beside the kinds (`구 분 | 부 서`): each layout as a converter prints it
(tab-separated, markdown pipes, space-aligned), with the records it gives and the findings of a planted mistake."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests import layouts
from tests.test_vehicles_variants import COVER, GENERAL, PROJECTS, counts, summary


def _pipes(text: str) -> str:
    """Each tab-separated table as markdown pipes, a rule under its first row."""
    out: list[str] = []
    for line in text.split("\n"):
        if "\t" in line:
            cells = line.split("\t")
            first = not out or not out[-1].startswith("|")
            out.append("| " + " | ".join(cells) + " |")
            if first:
                out.append("|" + "---|" * len(cells))
        else:
            out.append(line)
    return "\n".join(out)


LAYOUTS = {"tabs": lambda text: text, "pipes": _pipes, "aligned": layouts.space_aligned,
           "ruled": layouts.space_aligned_ruled}


def report(heading: str, rows: list[list[str]], layout: str):
    table = "\n".join("\t".join(row) for row in rows)
    text = COVER + GENERAL + f"□ {heading}\n\n(단위: 대)\n\n{table}\n" + PROJECTS
    return extract_report(read_text("t.md", LAYOUTS[layout](text).encode()))


QUOTA_MERGED_DOWN = [["구 분", "정 수", "보유 현황", "", "", ""], ["", "", "계", "승용", "승합", "화물"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_quota_merged_down_beside_the_vehicles_held_over_their_kinds(layout):
    r = report("공용차량 현황 : 총 12대", [*QUOTA_MERGED_DOWN, ["계", "13", "12", "5", "4", "3"]], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 12), ("공용차량현황", "승용", 5), ("공용차량현황", "승합", 4),
                             ("공용차량현황", "화물", 3)]
    assert (fleet.printed_total, fleet.quota) == (12, 13)
    assert summary(r) == [("header.quota", "info", "제목", "정수", "13", "12")]
    assert [t.records_in for t in r.tables] == ["vehicles"]  # the 정수 kept in the grid


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_quota_merged_down_with_a_held_kind_that_does_not_add_up(layout):
    r = report("공용차량 현황 : 총 13대", [*QUOTA_MERGED_DOWN, ["계", "12", "12", "5", "4", "2"]], layout)
    assert summary(r) == [("header.total", "error", "제목", "총계", "12", "13"),
                          ("sum.vehicles", "error", "계", "계", "11", "12")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_a_quota_merged_down_beside_the_vehicles_held_over_their_kinds(layout):
    rows = [*QUOTA_MERGED_DOWN, ["계", "12", "12", "5", "4", "3"], ["자치팀", "5", "5", "2", "2", "1"],
            ["민원팀", "7", "7", "3", "2", "2"]]
    r = report("공용차량 현황 : 총 12대", rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [
        ("계", "계", 12), ("계", "승용", 5), ("계", "승합", 4), ("계", "화물", 3),
        ("자치팀", "소계", 5), ("자치팀", "승용", 2), ("자치팀", "승합", 2), ("자치팀", "화물", 1),
        ("민원팀", "소계", 7), ("민원팀", "승용", 3), ("민원팀", "승합", 2), ("민원팀", "화물", 2)]
    assert fleet.quota == 12
    assert summary(r) == []


QUOTA_OVER_KINDS = [["구 분", "정 수", "", "", "현 원", "", ""], ["", "계", "승용", "승합", "계", "승용", "승합"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_quota_and_the_vehicles_held_each_over_their_kinds(layout):
    r = report("공용차량 현황 : 총 12대", [*QUOTA_OVER_KINDS, ["계", "12", "7", "5", "12", "7", "5"]], layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 12), ("공용차량현황", "승용", 7), ("공용차량현황", "승합", 5)]
    assert (fleet.printed_total, fleet.quota) == (12, 12)
    assert summary(r) == []
    over = report("공용차량 현황 : 총 12대", [*QUOTA_OVER_KINDS, ["계", "11", "7", "4", "12", "7", "5"]], layout)
    assert over.vehicles[0].quota == 11
    assert summary(over) == [("header.over_quota", "warning", "제목", "정수", "11", "12")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_the_quota_and_the_vehicles_held_each_over_their_kinds(layout):
    rows = [*QUOTA_OVER_KINDS, ["계", "13", "7", "6", "12", "7", "5"], ["자치팀", "6", "4", "2", "5", "4", "1"],
            ["민원팀", "7", "3", "4", "7", "3", "4"]]
    r = report("공용차량 현황 : 총 12대", rows, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [
        ("계", "계", 12), ("계", "승용", 7), ("계", "승합", 5), ("자치팀", "소계", 5), ("자치팀", "승용", 4),
        ("자치팀", "승합", 1), ("민원팀", "소계", 7), ("민원팀", "승용", 3), ("민원팀", "승합", 4)]
    assert fleet.quota == 13
    assert summary(r) == [("header.quota", "info", "제목", "정수", "13", "12")]
    rows[4] = ["민원팀", "7", "3", "4", "8", "3", "4"]  # 현원 계 8 where its kinds hold 7
    wrong = report("공용차량 현황 : 총 12대", rows, layout)
    # the 소계 alone: at its kinds' 7, the 계 row adds up too (before, also the 계, expected 13)
    assert summary(wrong) == [("header.quota", "info", "제목", "정수", "13", "12"),
                              ("sum.vehicles", "error", "민원팀", "계", "7", "8")]  # its 계 as printed (fleet121)


TWO_LABEL_COLUMNS = [["구 분", "부 서", "계", "승용", "승합", "화물", "특수"], ["계", "", "10", "4", "3", "2", "1"],
                     ["행정지원국", "총무과", "3", "2", "1", "", ""], ["", "자치행정과", "2", "1", "1", "", ""],
                     ["안전국", "건설과", "5", "1", "1", "2", "1"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_departments_beside_their_groups_over_columns_of_kinds(layout):
    r = report("공용차량 현황 : 총 10대", TWO_LABEL_COLUMNS, layout)
    (fleet,) = r.vehicles
    assert counts(fleet) == [
        ("계", "계", 10), ("계", "승용", 4), ("계", "승합", 3), ("계", "화물", 2), ("계", "특수", 1),
        ("행정지원국 총무과", "소계", 3), ("행정지원국 총무과", "승용", 2), ("행정지원국 총무과", "승합", 1),
        ("행정지원국 자치행정과", "소계", 2), ("행정지원국 자치행정과", "승용", 1),
        ("행정지원국 자치행정과", "승합", 1),
        ("안전국 건설과", "소계", 5), ("안전국 건설과", "승용", 1), ("안전국 건설과", "승합", 1),
        ("안전국 건설과", "화물", 2), ("안전국 건설과", "특수", 1)]
    assert summary(r) == [] and r.tables == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_departments_beside_their_groups_with_a_row_and_a_column_that_do_not_add_up(layout):
    rows = [*TWO_LABEL_COLUMNS[:3], ["", "자치행정과", "3", "1", "1", "", ""], TWO_LABEL_COLUMNS[4]]
    rows[1] = ["계", "", "10", "5", "3", "2", "1"]
    r = report("공용차량 현황 : 총 10대", rows, layout)
    assert summary(r) == [("sum.vehicles", "error", "계", "계", "11", "10"),
                          ("sum.vehicles", "error", "계", "승용", "4", "5"),
                          ("sum.vehicles", "error", "행정지원국 자치행정과", "계", "2", "3")]
    below_header = 4 if layout in ("pipes", "ruled") else 3  # 자치행정과's row, after a rule under the header or not
    assert run_checks(r)[-1].source.line == r.vehicles[0].source.line + below_header


GROUP_SUBTOTALS = [["구 분", "부 서", "계", "승용", "승합"], ["계", "", "10", "6", "4"],
                   ["행정지원국", "소 계", "5", "3", "2"], ["", "총무과", "3", "2", "1"],
                   ["", "자치행정과", "2", "1", "1"],
                   ["안전국", "소 계", "5", "3", "2"], ["", "건설과", "5", "3", "2"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_with_a_row_of_its_own_over_its_departments_is_counted_once(layout):
    r = report("공용차량 현황 : 총 10대", GROUP_SUBTOTALS, layout)
    assert counts(r.vehicles[0])[3:9] == [
        ("행정지원국", "소계", 5), ("행정지원국", "승용", 3), ("행정지원국", "승합", 2),
        ("행정지원국 총무과", "소계", 3), ("행정지원국 총무과", "승용", 2), ("행정지원국 총무과", "승합", 1)]
    assert summary(r) == []
    rows = [*GROUP_SUBTOTALS[:4], ["", "자치행정과", "3", "2", "1"], *GROUP_SUBTOTALS[5:]]
    assert summary(report("공용차량 현황 : 총 10대", rows, layout)) == [
        ("sum.vehicles", "error", "행정지원국", "계", "6", "5"),
        ("sum.vehicles", "error", "행정지원국", "승용", "4", "3")]


WITH_SHORTFALL = [["구 분", "정 수", "", "현 원", "", "과부족", ""],
                  ["", "승용", "승합", "승용", "승합", "승용", "승합"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_fleet_of_quota_held_and_shortfall_is_no_staffing_table(layout):
    r = report("공용차량 현황 : 총 11대", [["구 분", "정 수", "현 원", "과부족"], ["계", "12", "11", "△1"],
                                       ["승 용", "7", "7", "-"], ["승 합", "5", "4", "△1"]], layout)
    assert r.staffing == []
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("승용", "소계", 7), ("승합", "소계", 4)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    rows = [*WITH_SHORTFALL, ["계", "7", "5", "7", "4", "-", "△1"], ["자치팀", "3", "2", "3", "2", "-", "-"],
            ["민원팀", "4", "3", "4", "2", "-", "△1"]]
    r = report("공용차량 현황 : 총 11대", rows, layout)
    assert r.staffing == []
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "승용", 7), ("계", "승합", 4), ("자치팀", "승용", 3), ("자치팀", "승합", 2),
                             ("민원팀", "승용", 4), ("민원팀", "승합", 2)]
    assert fleet.quota == 12  # the 계 row's quota, not the 계 row and the teams' together
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    rows[4] = ["민원팀", "4", "3", "4", "3", "-", "△1"]  # 승합 3: the teams hold 12, the 계 row and the heading 11
    # the one count whose figure makes the 계 row's 승합 and its 과부족 agree (before, those two)
    assert summary(report("공용차량 현황 : 총 11대", rows, layout)) == [
        ("header.total", "error", "제목", "총계", "12", "11"), ("sum.vehicles", "error", "민원팀", "승합", "2", "3")]


KINDS_OVER_STATUSES = [["구 분", "계", "", "", "승 용", "", "승 합", ""],
                       ["", "정 수", "현 원", "과부족", "정 수", "현 원", "정 수", "현 원"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_kinds_over_the_quota_and_the_vehicles_held(layout):
    r = report("공용차량 현황 : 총 11대", [*KINDS_OVER_STATUSES, ["계", "12", "11", "△1", "7", "7", "5", "4"]], layout)
    assert r.staffing == []
    (fleet,) = r.vehicles
    assert counts(fleet) == [("계", "계", 11), ("계", "승용", 7), ("계", "승합", 4)]
    assert fleet.quota == 12
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    wrong = report("공용차량 현황 : 총 11대", [*KINDS_OVER_STATUSES, ["계", "12", "11", "△1", "7", "7", "5", "5"]],
                   layout)  # 승합 5 beside 현원 11
    assert summary(wrong) == [("header.quota", "info", "제목", "정수", "12", "11"),
                              ("sum.vehicles", "error", "계", "계", "12", "11")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_kinds_over_the_quota_and_the_vehicles_held(layout):
    rows = [*KINDS_OVER_STATUSES, ["계", "12", "11", "△1", "7", "7", "5", "4"],
            ["자치팀", "5", "5", "-", "3", "3", "2", "2"], ["민원팀", "7", "6", "△1", "4", "4", "3", "2"]]
    r = report("공용차량 현황 : 총 11대", rows, layout)
    assert counts(r.vehicles[0]) == [
        ("계", "계", 11), ("계", "승용", 7), ("계", "승합", 4), ("자치팀", "소계", 5), ("자치팀", "승용", 3),
        ("자치팀", "승합", 2), ("민원팀", "소계", 6), ("민원팀", "승용", 4), ("민원팀", "승합", 2)]
    assert summary(r) == [("header.quota", "info", "제목", "정수", "12", "11")]
    rows[4] = ["민원팀", "7", "6", "△1", "4", "4", "3", "3"]  # 승합 3 beside 현원 6
    assert summary(report("공용차량 현황 : 총 11대", rows, layout)) == [  # before, the 계 row's 승합 and 민원팀's 소계
        ("header.quota", "info", "제목", "정수", "12", "11"), ("sum.vehicles", "error", "민원팀", "승합", "2", "3")]


THREE_LABEL_COLUMNS = [["구 분", "부 서", "팀", "계", "승용", "승합"], ["계", "", "", "5", "3", "2"],
                       ["행정지원국", "소 계", "", "5", "3", "2"], ["", "총무과", "소 계", "5", "3", "2"],
                       ["", "", "총무팀", "3", "2", "1"], ["", "", "청사팀", "2", "1", "1"]]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teams_under_departments_under_groups_each_merged_down(layout):
    r = report("공용차량 현황 : 총 5대", THREE_LABEL_COLUMNS, layout)
    assert [(category, kind) for category, kind, _n in counts(r.vehicles[0]) if kind == "소계"] == [
        ("행정지원국", "소계"), ("행정지원국 총무과", "소계"), ("행정지원국 총무과 총무팀", "소계"),
        ("행정지원국 총무과 청사팀", "소계")]
    assert summary(r) == [] and r.tables == []
    rows = [*THREE_LABEL_COLUMNS[:5], ["", "", "청사팀", "3", "2", "1"]]
    assert summary(report("공용차량 현황 : 총 5대", rows, layout)) == [
        ("sum.vehicles", "error", "행정지원국 총무과", "계", "6", "5"),
        ("sum.vehicles", "error", "행정지원국 총무과", "승용", "4", "3")]


@pytest.mark.parametrize("heading", ["청소차량 운전원 현황", "인력 및 차량 현황"])
def test_a_staffing_table_under_a_heading_naming_vehicles_is_no_fleet(heading):
    """정원 is staffing's quota (a fleet's is 정수): the table counts drivers, not vehicles. Before, it was a fleet of
    kinds `정원` and `소계`, with two false sum.vehicles errors."""
    rows = [["구 분", "정 원", "현 원", "과부족"], ["계", "30", "28", "△2"], ["압축진개차 운전원", "20", "19", "△1"],
            ["노면청소차 운전원", "10", "9", "△1"]]
    r = report(heading, rows, "tabs")
    assert r.vehicles == []
    assert sorted((c.status, c.job_class, c.headcount) for c in r.staffing if c.job_class == "계") == [
        ("과부족", "계", -2), ("정원", "계", 30), ("현원", "계", 28)]
    assert run_checks(r) == []
