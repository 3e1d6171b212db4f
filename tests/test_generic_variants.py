"""Generic tables as reports print them: a header of years, columns that are no sums (rates, averages, years,
serial numbers) and a 계 column in a small table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import grid_tables, pipe_tables, space_aligned, space_aligned_ruled

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
         "# Ⅰ. 일반현황\n\n## 2 주요 통계\n\n")
TAIL = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"


def read(table: str, layout=None):
    text = COVER + table + TAIL
    return extract_report(read_text("t.txt", (layout(text) if layout else text).encode()))


def summary(table: str, layout=None) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(read(table, layout))]


def tsv(*rows: str) -> str:
    return "□ 표\n\n" + "\n".join(row.replace(" | ", "\t") for row in rows) + "\n"


YEARS = tsv("구 분 | 2022 | 2023 | 2024", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950",
            "제 증 명 | 400 | 450 | 460")


@pytest.mark.parametrize("layout", [None, pipe_tables, space_aligned, space_aligned_ruled, grid_tables],
                         ids=["tab-separated", "pipe", "space-aligned", "space-aligned-ruled", "grid"])
def test_a_header_of_years_is_a_header(layout):
    (table,) = read(YEARS, layout).tables
    assert (table.header_rows, table.rows[0]) == (1, ["구 분", "2022", "2023", "2024"])
    assert summary(YEARS, layout) == []
    planted = YEARS.replace("여 권\t800\t900", "여 권\t800\t990")
    assert summary(planted, layout) == [("sum.table", "계", "2023", "1,440", "1,350")]


@pytest.mark.parametrize("years", ["2022\t2023년\t2024년", "’22\t2023\t2024", "2024\t2023\t2022", "2020\t2022\t2024"])
def test_years_as_reports_print_them(years):
    table = YEARS.replace("2022\t2023\t2024", years)
    assert read(table).tables[0].header_rows == 1
    assert summary(table) == []


def test_a_row_of_years_with_no_other_figures_below_stays_data():
    (table,) = read(tsv("구 분 | 한빛 | 중앙", "준공연도 | 2012 | 2018")).tables
    assert table.header_rows == 1
    (table,) = read(tsv("구 분 | 2012 | 2018", "개관 | 2013 | 2019")).tables  # no row of other figures below
    assert table.header_rows == 0


def test_figures_far_apart_or_out_of_order_are_no_years():
    table = tsv("구 분 | 1950 | 2010 | 2030", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950")
    assert read(table).tables[0].header_rows == 0
    table = tsv("구 분 | 2022 | 2024 | 2023", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950")
    assert read(table).tables[0].header_rows == 0
