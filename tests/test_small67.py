"""Vehicles counted by fuel (branch small67):
- a table whose only row labels are fuels (`휘발유 | 5`, `경유 | 3` under `구 분 | 대 수`, with or without a `계` row;
  `전기`, `하이브리드`, `LPG`, `수소`), in `|` markdown, tab and space-aligned text, is the fleet counted by fuel, as
  a table of fuels as columns is, one fuel row alone too (before, `휘발유` a category of its own); its `계` is the
  fuels' sum, its heading's `총N대` the table's total, and a wrong `계` is one finding naming the fuels
  (`총계가 휘발유·경유 대수의 합과 다릅니다`; before, `분류별 소계`, though the table prints no category);
- a sum over several fuels names them as the table prints them, as one fuel's sum does since small65
  (`승용 소계가 휘발유·경유 대수의 합과 다릅니다`; before, `차종별 대수`, though the table prints no kind); a sum over
  kinds or categories says `차종별 대수` and `분류별 소계` as before."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

MD_COVER = ("제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총무과\n\n# Ⅰ. 일반현황\n\n"
            "## 2 공용차량 현황{heading}\n\n(단위: 대)\n\n")
TXT_COVER = "2025년 주요업무 보고\n\n총무과\n\nⅠ. 일반현황\n\n2. 공용차량 현황{heading}\n\n(단위: 대)\n\n"

FLEET = "공용차량현황"  # the fleet's name: the category of its fuels' counts


def pipe(rows: list[tuple[str, ...]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body]) + "\n"


def tabbed(rows: list[tuple[str, ...]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)


def aligned(rows: list[tuple[str, ...]]) -> str:
    """Space-aligned, as `pdftotext -layout` prints a table: each cell padded to its column, two spaces apart."""
    widths = [max(len(row[col]) * 2 for row in rows) for col in range(len(rows[0]))]
    return "".join("  " + "    ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                   + "\n" for row in rows)


LAYOUTS = {"pipe": (pipe, MD_COVER, "t.md"), "tab": (tabbed, MD_COVER, "t.md"),
           "aligned": (aligned, TXT_COVER, "t.txt")}


def read(layout: str, rows: list[tuple[str, ...]], heading: str = ""):
    render, cover, name = LAYOUTS[layout]
    return extract_report(read_text(name, (cover.format(heading=heading) + render(rows)).encode()))


def counts(report) -> list[tuple]:
    return [(c.category, c.kind, c.fuel, c.count) for fleet in report.vehicles for c in fleet.counts]


def findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(report)
            if f.rule in ("sum.vehicles", "header.total")]


HEADER = ("구 분", "대 수")
GASOLINE_DIESEL = [HEADER, ("계", "8"), ("휘발유", "5"), ("경유", "3")]


# --- 1: fuels as the rows' only labels ---------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_fuels_as_the_only_row_labels_are_the_fleet_counted_by_fuel(layout):
    r = read(layout, GASOLINE_DIESEL)
    assert counts(r) == [("계", "계", None, 8), (FLEET, None, "휘발유", 5), (FLEET, None, "경유", 3)]
    assert [fleet.name for fleet in r.vehicles] == [FLEET]
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_fuel_rows_with_no_total_row_under_a_heading_total_that_matches(layout):
    r = read(layout, [HEADER, ("전기", "2"), ("하이브리드", "2"), ("LPG", "1"), ("수소", "3")], " - 총8대")
    assert counts(r) == [(FLEET, None, "전기", 2), (FLEET, None, "하이브리드", 2), (FLEET, None, "LPG", 1),
                         (FLEET, None, "수소", 3)]
    assert r.vehicles[0].printed_total == 8
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_over_fuel_rows_is_one_finding_naming_the_fuels(layout):
    """Before, `총계가 분류별 소계의 합과 다릅니다`: the table prints no category."""
    r = read(layout, [HEADER, ("계", "9"), ("휘발유", "5"), ("경유", "3")], " - 총8대")
    assert counts(r) == [("계", "계", None, 9), (FLEET, None, "휘발유", 5), (FLEET, None, "경유", 3)]
    # the heading's 총8대 is what the fuels make: the table's 계 is the one wrong figure, the heading not blamed
    assert findings(r) == [("sum.vehicles", "계", "계", "8", "9",
                            "총계가 휘발유·경유 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]


def test_four_fuels_wrong_total_names_all_four():
    r = read("tab", [HEADER, ("계", "9"), ("전기", "2"), ("하이브리드", "2"), ("LPG", "1"), ("수소", "3")])
    assert findings(r) == [("sum.vehicles", "계", "계", "8", "9",
                            "총계가 전기·하이브리드·LPG·수소 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]


@pytest.mark.parametrize(("heading", "table_rows", "expected"), [
    (" - 총9대", [HEADER, ("계", "8"), ("휘발유", "5"), ("경유", "3")], "8"),
    (" (총 9대)", [HEADER, ("휘발유", "5"), ("경유", "3")], "8"),
])
def test_a_heading_total_the_fuels_do_not_make_is_found(heading, table_rows, expected):
    r = read("pipe", table_rows, heading)
    assert findings(r) == [("header.total", "제목", "총계", expected, "9",
                            f"제목의 총대수가 표의 총계와 다릅니다 (제목 총9대, 표 {expected}대)")]


def test_fuels_printed_with_their_car_word_are_stored_by_one_name():
    r = read("pipe", [("구 분", "계"), ("계", "8"), ("전기차", "5"), ("하이브리드차", "3")])
    assert counts(r) == [("계", "계", None, 8), (FLEET, None, "전기", 5), (FLEET, None, "하이브리드", 3)]


def test_one_fuel_row_alone_is_the_fleets_count_of_it():
    """As one fuel column alone is since small65 (before, `휘발유` a category, its figure its 소계)."""
    r = read("pipe", [HEADER, ("계", "6"), ("휘발유", "5")])
    assert counts(r) == [("계", "계", None, 6), (FLEET, None, "휘발유", 5)]
    assert findings(r) == [("sum.vehicles", "계", "계", "5", "6",
                            "총계가 휘발유 대수의 합과 다릅니다 (표기 6대, 합계 5대)")]
    assert counts(read("tab", [HEADER, ("휘발유", "5")])) == [(FLEET, None, "휘발유", 5)]


def test_fuel_rows_under_statuses_count_each_status_by_fuel():
    r = read("pipe", [("구 분", "정 수", "보 유", "과부족"), ("계", "9", "9", "-1"), ("휘발유", "5", "5", "0"),
                      ("경유", "4", "3", "-1")])
    (fleet,) = r.vehicles
    assert [(c.category, c.fuel, c.count) for c in fleet.quotas] == [("계", None, 9), (FLEET, "휘발유", 5),
                                                                      (FLEET, "경유", 4)]
    assert [(c.category, c.fuel, c.count) for c in fleet.shortfalls] == [("계", None, -1), (FLEET, "휘발유", 0),
                                                                          (FLEET, "경유", -1)]
    assert findings(r) == [("sum.vehicles", "계", "계", "8", "9",
                            "총계가 휘발유·경유 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]


def test_fuel_rows_beside_a_category_stay_as_printed():
    """A table mixing fuels with categories (`승용 | 5`, `전기 | 2`) is no table of fuels."""
    r = read("pipe", [HEADER, ("계", "7"), ("승용", "5"), ("전기", "2")])
    assert counts(r) == [("계", "계", None, 7), ("승용", "소계", None, 5), ("전기", "소계", None, 2)]


# --- 2: the words of a sum over several fuels --------------------------------------------------------------------


def test_a_categorys_wrong_subtotal_over_several_fuel_columns_names_them():
    r = read("tab", [("구 분", "계", "휘발유", "경유"), ("계", "8", "5", "3"), ("승 용", "4", "2", "1"),
                     ("화 물", "5", "3", "2")])
    assert findings(r) == [("sum.vehicles", "승용", "계", "3", "4",
                            "승용 계가 휘발유·경유 대수의 합과 다릅니다 (표기 4대, 합계 3대)")]


def test_a_wrong_total_of_one_row_of_fuel_columns_names_them():
    """`현 원 | 9 | 5 | 3` under `구 분 | 계 | 휘발유 | 경유`: before, `분류별 소계`."""
    r = read("tab", [("구 분", "계", "휘발유", "경유"), ("현 원", "9", "5", "3")])
    assert counts(r) == [("계", "계", None, 9), (FLEET, None, "휘발유", 5), (FLEET, None, "경유", 3)]
    assert findings(r) == [("sum.vehicles", "계", "계", "8", "9",
                            "총계가 휘발유·경유 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]


def test_a_kinds_wrong_subtotal_over_fuels_as_rows_names_the_fuels():
    """Fuels as rows over kinds as columns are read as the kinds' counts by fuel: a kind's 소계 (the 계 row's cell)
    sums its fuels."""
    r = read("tab", [("구 분", "계", "압축진개차", "암롤차"), ("계", "17", "9", "8"), ("경 유", "10", "5", "5"),
                     ("CNG", "6", "3", "3")])
    assert ("화물 압축진개차", "소계", None, 9) in counts(r)
    # the 계 row's cell, as printed (fleet118; before, row 압축진개차, column 소계)
    assert findings(r) == [("sum.vehicles", "계", "압축진개차", "8", "9",
                            "계 행의 압축진개차이(가) 경유·CNG 대수의 합과 다릅니다 (표기 9대, 합계 8대)")]


def test_the_quotas_sum_over_fuels_names_them_after_its_status():
    r = read("pipe", [("구 분", "정 수", "보 유"), ("계", "10", "8"), ("휘발유", "5", "5"), ("경유", "4", "3")])
    assert findings(r) == [("sum.vehicles", "계", "정수 계", "9", "10",
                            "정수 총계가 휘발유·경유 대수의 합과 다릅니다 (표기 10대, 합계 9대)")]


def test_sums_over_kinds_and_categories_keep_their_words():
    r = read("tab", [("구 분", "계", "소형", "중형"), ("승 용", "4", "2", "1"), ("승 합", "4", "3", "1")])
    assert [f[-1] for f in findings(r)] == ["승용 계가 차종별 대수의 합과 다릅니다 (표기 4대, 합계 3대)"]
    r = read("pipe", [HEADER, ("계", "9"), ("승용", "5"), ("승합", "3")])
    assert [f[-1] for f in findings(r)] == ["총계가 분류별 소계의 합과 다릅니다 (표기 9대, 합계 8대)"]
