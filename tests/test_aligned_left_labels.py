"""Group labels printed at the left of their merged cells in a space-aligned table (as word processors and
`pdftotext -layout` print them as often as centred): each starts where its first column's label starts and heads
the columns from there to the next label, never the columns left of it that a centred reading would give it."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.aligned import split_cells
from pipeline.document import Table
from pipeline.read_text import read_text
from tests.layouts import _in_columns

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 보건소\n\n"


def _rows(tab_separated: str) -> list[list[str]]:
    return [line.split("\t") for line in tab_separated.split("\n")]


def _read(part: str, lines: list[str]):
    document = read_text("t.txt", (COVER + part + "\n".join(lines) + "\n").encode())
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    return table, extract_report(document)


def _findings(report) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


VEHICLES_PART = "# Ⅰ. 일반현황\n\n## 2 주요 장비\n\n### □ 공용차량 - 총7대 (정수 8)\n\n(단위: 대)\n\n"
VEHICLES = _rows("구 분\t총 계\t승 용\t\t\t승 합\t\t화 물\n"
                 "\t\t소 계\t소형\t중형\t소 계\t중형\t소형\n"
                 "정 수\t8\t4\t2\t2\t2\t2\t2\n"
                 "보 유\t7\t4\t2\t2\t1\t1\t2\n"
                 "과부족\t△1\t-\t-\t-\t△1\t△1\t-")
# as an HWP text export prints it: each category at the left of its kinds, every figure right-aligned
VEHICLES_EXPORTED = ["  구 분    총 계   승 용                 승 합          화 물",
                     "                   소 계   소형   중형   소 계   중형   소형",
                     "  정 수        8       4      2      2       2      2       2",
                     "  보 유        7       4      2      2       1      1       2",
                     "  과부족      △1       -      -      -      △1     △1       -"]


@pytest.mark.parametrize("lines", [_in_columns(VEHICLES, spans_left=True), VEHICLES_EXPORTED, _in_columns(VEHICLES)],
                         ids=["at-left", "exported", "centred"])
def test_vehicle_categories_at_the_left_of_their_kinds_head_them(lines):
    """`승 합` starts where its `소 계` starts (as wide, so centred on it too) and `화 물` where its `소형` does; read
    centred, `승 합` headed `소형 | 중형` of 승용 (its centre nearest theirs), and 승합's 소계 of 2 went against a sum
    of 4: three sum.vehicles errors. Printed at their left, each heads its kinds up to the next category."""
    table, report = _read(VEHICLES_PART, lines)
    assert table.rows[:2] == (("구 분", "총 계", "승 용", "", "", "승 합", "", "화 물"),
                              ("", "", "소 계", "소형", "중형", "소 계", "중형", "소형"))
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 7), ("승용", "소계", 4), ("승용", "소형", 2), ("승용", "중형", 2),
        ("승합", "소계", 1), ("승합", "중형", 1), ("화물", "소형", 2)]
    shortfalls = [(c.category, c.kind, c.count) for c in fleet.shortfalls]
    assert shortfalls[4:6] == [("승합", "소계", -1), ("승합", "중형", -1)]
    assert _findings(report) == [("header.quota", "제목", "정수", "8", "7")]


STAFFING_PART = "# Ⅰ. 일반현황\n\n## 2 인 력\n\n(단위: 명)\n\n"
STAFFING = _rows("구 분\t계\t일 반 직\t\t\t\t\t관리운영직\n"
                 "\t\t5급\t6급\t7급\t8급\t9급\t7급\n"
                 "정 원\t30\t1\t5\t10\t7\t6\t1\n"
                 "현 원\t29\t1\t6\t9\t7\t5\t1\n"
                 "과부족\t△1\t-\t1\t△1\t-\t△1\t-")


@pytest.mark.parametrize("spans_left", [True, False], ids=["at-left", "centred"])
def test_a_class_at_the_left_of_its_grades_heads_them_all(spans_left):
    """`일 반 직` starts where `5급` starts; read centred it headed `5급 | 6급` alone and `관리운영직` took 7급 to 9급
    of 일반직 (three sum.staffing errors: 일반직 5급 to 6급 against 계 of 30)."""
    table, report = _read(STAFFING_PART, _in_columns(STAFFING, spans_left=spans_left))
    assert table.rows[0] == ("구 분", "계", "일 반 직", "", "", "", "", "관리운영직")
    assert [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == "정원"] == [
        ("계", "계", 30), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 10), ("일반직", "8급", 7),
        ("일반직", "9급", 6), ("관리운영직", "7급", 1)]
    assert _findings(report) == []


def test_a_centred_label_that_starts_where_a_middle_column_does_stays_centred():
    """`2024년` centred over `상반기 | 하반기 | 연간계` (all as wide) starts where `하반기` starts, and `2025년` so too:
    at their left they would leave the first `상반기` without a label over it, so they are read centred."""
    rows = _rows("구 분\t2024년\t\t\t2025년\t\t\n"
                 "\t상반기\t하반기\t연간계\t상반기\t하반기\t연간계\n"
                 "민원 접수\t120\t130\t250\t140\t150\t290\n"
                 "민원 처리\t110\t120\t230\t130\t140\t270")
    lines = _in_columns(rows)
    groups = [cell.start for cell in split_cells(lines[0])[1:]]
    assert groups == [cell.start for cell in split_cells(lines[1]) if cell.text == "하반기"]
    table, _report = _read("# Ⅰ. 일반현황\n\n## 2 민원 현황\n\n", lines)
    assert table.rows[:2] == (("구 분", "2024년", "", "", "2025년", "", ""),
                              ("", "상반기", "하반기", "연간계", "상반기", "하반기", "연간계"))
