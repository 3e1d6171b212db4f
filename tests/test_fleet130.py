"""Vehicles: a category printed over its own 소계 alone, no kind beside it, counts its vehicles.

A table of departments as rows may print, under each of the law's categories, its 소계 and its kinds
(`화 물` over `소 계 | 트럭 | 청소차`), and under a category of one kind its 소계 alone (`특 수` over `소 계`).
Since fleet125 a 소계 is kept apart from the kinds (`VehicleFleet.subtotals`) and checked against their sum; the
소계 standing alone was so kept apart too, with no kind to check it by, and its vehicles were lost: the rows' 계
raised a finding each (총무과 계 5 against 4) and 특수 was missing from the records. Such a column is the
category's count: it is stored as `특 수` printed with nothing under it is, and summed as any category.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from pipeline.db import connect
from pipeline.load import load_report
from tests.test_fleet107 import report
from tests.test_vehicles_more import LAYOUTS

HEADING = "□ 공용차량 현황 - 총 17대\n\n(단위: 대)\n\n"
# two departments' vehicles: 승용 and 화물 over their 소계 and kinds, 특수 over `{alone}` (`소 계`, `계` or nothing)
OFFICES = (HEADING + "구 분\t계\t승 용\t\t화 물\t\t\t특 수\n"
           "\t\t소 계\t승용차\t소 계\t트럭\t청소차\t{alone}\n"
           "계\t17\t4\t4\t9\t5\t4\t4\n"
           "총무과\t6\t3\t3\t2\t1\t1\t1\n"
           "청소과\t11\t1\t1\t7\t4\t3\t3\n")
ALONE = OFFICES.format(alone="소 계")
PLAIN = OFFICES.format(alone="")

RECORDS = [
    ("계", "계", 17), ("계", "승용 승용차", 4), ("계", "화물 트럭", 5), ("계", "화물 청소차", 4), ("계", "특수", 4),
    ("총무과", "소계", 6), ("총무과", "승용 승용차", 3), ("총무과", "화물 트럭", 1), ("총무과", "화물 청소차", 1),
    ("총무과", "특수", 1),
    ("청소과", "소계", 11), ("청소과", "승용 승용차", 1), ("청소과", "화물 트럭", 4), ("청소과", "화물 청소차", 3),
    ("청소과", "특수", 3)]


def records(r) -> list[tuple[str, str, int]]:
    (fleet,) = r.vehicles
    return [(c.category, c.kind, c.count) for c in fleet.counts]


def sums(r) -> list[tuple]:
    return [(f.rule, f.severity, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)
            if f.rule.startswith(("sum.", "header.", "vehicles."))]


def categories(r, path) -> list[tuple]:
    db = connect(path)
    load_report(db, r, "sha", run_checks(r))
    return db.execute("SELECT status, category, count FROM vehicle_categories ORDER BY status, category").fetchall()


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("alone", ["소 계", "소계", "계"])
def test_a_categorys_소계_alone_is_stored_as_the_category(layout, alone):
    r = report(OFFICES.format(alone=alone), layout)
    # before: no 특수 record at all, 특수 소계 kept apart
    assert records(r) == RECORDS
    (fleet,) = r.vehicles
    plain = report(PLAIN, layout)
    assert [c.model_dump() for c in fleet.counts] == [c.model_dump() for c in plain.vehicles[0].counts]
    # 승용's and 화물's 소계s beside their kinds are kept apart as fleet125 keeps them
    assert [(c.category, c.kind, c.count) for c in fleet.subtotals["보유"]] == [
        ("계", "승용 소계", 4), ("계", "화물 소계", 9), ("총무과", "승용 소계", 3), ("총무과", "화물 소계", 2),
        ("청소과", "승용 소계", 1), ("청소과", "화물 소계", 7)]
    # before: 총무과 계 6 against 5, 청소과 계 11 against 8
    assert sums(r) == sums(plain) == []


# the same departments with no column of their 계: the view counts each by its kinds' sum
NO_TOTALS = (HEADING + "구 분\t승 용\t\t화 물\t\t\t특 수\n"
             "\t소 계\t승용차\t소 계\t트럭\t청소차\t{alone}\n"
             "총무과\t3\t3\t2\t1\t1\t1\n"
             "청소과\t1\t1\t7\t4\t3\t3\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_vehicle_categories_count_it_as_the_plain_column(layout, tmp_path):
    r = report(NO_TOTALS.format(alone="소 계"), layout)
    plain = report(NO_TOTALS.format(alone=""), layout)
    assert records(r) == records(plain) == [row for row in RECORDS if row[0] != "계" and row[1] != "소계"]
    # before: 청소과 8 and 총무과 5, their 특수 lost
    assert categories(r, tmp_path / "alone.db") == categories(plain, tmp_path / "plain.db") == [
        ("보유", "청소과", 11), ("보유", "총무과", 6)]
    # before: `header.total` (제목 총17대, 표 13대)
    assert sums(r) == sums(plain) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_figure_under_it_is_one_finding(layout):
    r = report(ALONE.replace("총무과\t6\t3\t3\t2\t1\t1\t1", "총무과\t6\t3\t3\t2\t1\t1\t2"), layout)
    assert records(r)[9] == ("총무과", "특수", 2)
    assert sums(r) == [("sum.vehicles", "error", "총무과", "특수", "1", "2",
                        "총무과 특수 대수가 표의 합계·과부족과 맞지 않습니다 (표기 2대, 그 셈에 맞는 값 1대)")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_계_beside_it_is_one_finding(layout):
    r = report(ALONE.replace("청소과\t11", "청소과\t12"), layout)
    assert sums(r) == [("sum.vehicles", "error", "청소과", "계", "11", "12",
                        "청소과 계가 차종별 대수의 합과 다릅니다 (표기 12대, 합계 11대)")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_소계_beside_its_kinds_is_still_checked_apart(layout):
    """fleet125's shape: 화물's 소계 beside 트럭 and 청소차 is no kind, and a wrong one is a finding of its own."""
    r = report(ALONE.replace("총무과\t6\t3\t3\t2", "총무과\t6\t3\t3\t3"), layout)
    assert records(r) == RECORDS
    assert sums(r) == [("sum.vehicles", "error", "총무과", "화물 소계", "2", "3",
                        "총무과 행의 화물 소계가 트럭·청소차 대수의 합과 다릅니다 (표기 3대, 합계 2대)")]


def _offices(alone: str, rows: list[tuple[int, int, int, int]]) -> str:
    """OFFICES' shape over any departments' figures: 승용차, 트럭, 청소차 and 특수 of each."""
    lines = [f"{name}\t{sum(row)}\t{row[0]}\t{row[0]}\t{row[1] + row[2]}\t{row[1]}\t{row[2]}\t{row[3]}"
             for name, row in zip(("총무과", "청소과", "공원녹지과"), rows, strict=False)]
    grand = [sum(column) for column in zip(*rows, strict=True)]
    total = f"계\t{sum(grand)}\t{grand[0]}\t{grand[0]}\t{grand[1] + grand[2]}\t{grand[1]}\t{grand[2]}\t{grand[3]}"
    return (HEADING.replace("17", str(sum(grand))) + "구 분\t계\t승 용\t\t화 물\t\t\t특 수\n"
            f"\t\t소 계\t승용차\t소 계\t트럭\t청소차\t{alone}\n" + "\n".join([total, *lines]) + "\n")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(*[st.integers(1, 40)] * 4), min_size=1, max_size=3))
def test_any_figures_read_as_the_plain_column(rows):
    r = report(_offices("소 계", rows))
    plain = report(_offices("", rows))
    assert records(r) == records(plain)
    assert [count for category, kind, count in records(r) if kind == "특수"] == [
        sum(row[3] for row in rows), *(row[3] for row in rows)]
    assert sums(r) == []
