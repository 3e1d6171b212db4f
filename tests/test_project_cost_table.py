"""A project's cost table by funding sources over its years (`구 분 | 총사업비 | 기투자 | 2026년 | 향후` over rows `계 |
국비 | 시비 | 구비`, in 천원 or 백만원): the report's year's column (`2025년`, `금년`), else the next year's, the plan's
(`2026년` of a 2025 report's plan), gives the project's budget lines by source, as a `계/국비/시비/구비` budget table
does, the other columns kept beside each line; and each row's 총사업비 is the sum of 기투자, the years and 향후 where
they cover it (a column of what is left printed: `향후`, `2027년 이후`), never less than it (`sum.project_cost_table`).
Before, a generic grid: no budget line, no row checked. In every text layout and in a PDF."""

import pytest

from checks import run_checks
from tests.layouts import NOVEMBER_COVER, read_laid_out

COVER = (NOVEMBER_COVER
         + "# Ⅲ. 2026년 주요업무 계획\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n노후 청사를 안전하게 고치고자 함\n\n"
         "### □ 사업개요\n\n- 기 간 : 2025. ~ 2027.\n\n### □ 총사업비\n\n")
PLAN = "\n\n### □ 추진계획\n\n- 설계 용역 : 3월\n"
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "pdf grid"]
TABLE = "Ⅲ 2026년 주요업무 계획 1. 본관 청사 리모델링 예산현황"
SOURCES = ["계", "국비", "시비", "구비"]


def table(header: list[str], rows: list[list[str]], unit: str = "천원") -> str:
    lines = [f"(단위: {unit})", "", "\t".join(header)] + ["\t".join(row) for row in rows]
    return "\n".join(lines)


COST = table(["구 분", "총사업비", "기투자", "2026년", "향후"], [
    ["계", "1,200,000", "400,000", "300,000", "500,000"],
    ["국비", "600,000", "200,000", "150,000", "250,000"],
    ["시비", "300,000", "100,000", "75,000", "125,000"],
    ["구비", "300,000", "100,000", "75,000", "125,000"]])


def budget(r) -> list[tuple]:
    (project,) = r.projects
    return [(line.name, line.funding_source, line.budget_krw, line.unit, line.budget_year, line.other_columns)
            for line in project.budget_lines]


def cost_findings(r) -> list[tuple]:
    return [(f.rule, f.table, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)
            if f.rule.startswith("sum.project")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_plans_column_gives_the_budget_by_source(layout, tmp_path):
    r = read_laid_out(COVER + COST + PLAN, layout, tmp_path)
    assert budget(r) == [
        ("계", None, 300_000_000, "천원", 2026, {"총사업비": "1,200,000", "기투자": "400,000", "향후": "500,000"}),
        ("국비", "국비", 150_000_000, "천원", 2026, {"총사업비": "600,000", "기투자": "200,000", "향후": "250,000"}),
        ("시비", "시비", 75_000_000, "천원", 2026, {"총사업비": "300,000", "기투자": "100,000", "향후": "125,000"}),
        ("구비", "구비", 75_000_000, "천원", 2026, {"총사업비": "300,000", "기투자": "100,000", "향후": "125,000"})]
    assert cost_findings(r) == []
    assert r.tables == []  # no grid left beside the lines


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header, kept, budget_year", [
    (["구 분", "총사업비", "2024년까지", "2025년", "2026년 이후"], ["총사업비", "2024년까지", "2026년 이후"], None),
    (["재 원", "총 사 업 비", "기 투 자", "금 년", "향 후"], ["총사업비", "기투자", "향후"], None),
    (["구 분", "총사업비", "기집행", "’25년", "잔여"], ["총사업비", "기집행", "잔여"], None),
    # the report's year, not the plan beside it
    (["구 분", "사업비", "~2024년", "2025년", "2026년", "2027년"], ["사업비", "~2024년", "2026년", "2027년"], None),
    # the years before together: the plan's year
    (["구 분", "총사업비", "2024~2025년", "2026년", "향후"], ["총사업비", "2024~2025년", "향후"], 2026),
])
def test_the_years_column_by_its_label(header, kept, budget_year, layout, tmp_path):
    figures = {"계": [12, 4, 3, 5], "국비": [6, 2, 1, 3], "시비": [3, 1, 1, 1], "구비": [3, 1, 1, 1]}
    rows = []
    for source, (total, before, this, rest) in figures.items():
        later = 3 if source == "계" else 1  # of a sixth column, 2027's share of 향후
        cells = [before, this, rest] if len(header) == 5 else [before, this, rest - later, later]
        rows.append([source, f"{total * 100:,}", *(f"{cell * 100:,}" for cell in cells)])
    r = read_laid_out(COVER + table(header, rows, "백만원") + PLAN, layout, tmp_path)
    lines = budget(r)
    assert [(name, amount, unit, year) for name, _, amount, unit, year, _ in lines] == [
        (source, cells[2] * 100_000_000, "백만원", budget_year) for source, cells in figures.items()]
    assert [list(columns) for *_, columns in lines] == [kept] * 4
    assert cost_findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_total_cost_is_found_on_its_row(layout, tmp_path):
    """국비's 총사업비 printed 650,000 of shares adding up to 600,000: found on its row, once (before, also by
    `sum.project_budget` on the 계, as the 계 row's 총사업비 was no longer its sources' sum: one wrong cell, whose
    figure at 600,000 clears both)."""
    wrong = COST.replace("국비\t600,000", "국비\t650,000")
    r = read_laid_out(COVER + wrong + PLAN, layout, tmp_path)
    assert cost_findings(r) == [
        ("sum.project_cost_table", TABLE, "국비", "총사업비", "600,000천원", "650,000천원",
         "국비 행의 총사업비 650,000천원이 연도별 금액의 합과 다릅니다 (표기 650,000천원, 합계 600,000천원)")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
@pytest.mark.parametrize("header, row, found", [
    # no column of what is left: the years printed may leave some out, so a sum below the total is no error …
    (["구 분", "총사업비", "2025년", "2026년"], ["계", "3,000,000", "1,000,000", "1,000,000"], None),
    # … but one above it is
    (["구 분", "총사업비", "2025년", "2026년"], ["계", "1,500,000", "1,000,000", "1,000,000"],
     ("2,000,000천원", "1,500,000천원")),
    (["구 분", "총사업비", "기투자", "2026년", "2027년 이후"], ["계", "1,000,000", "400,000", "300,000", "400,000"],
     ("1,100,000천원", "1,000,000천원")),
])
def test_shares_against_the_total(header, row, found, layout, tmp_path):
    """Of one source, the 계 and its line print the same figures: each row found."""
    r = read_laid_out(COVER + table(header, [row, ["구비", *row[1:]]]) + PLAN, layout, tmp_path)
    assert [(f[2], f[4], f[5]) for f in cost_findings(r)] == ([("계", *found), ("구비", *found)] if found else [])


@pytest.mark.parametrize("layout", ["tab", "space-aligned"])
def test_a_budget_column_beside_the_total_is_checked_too(layout, tmp_path):
    """A column that names the budget (`2025년 예산`) was read as the budget already; its row's 총사업비 is checked
    now too."""
    header = ["구 분", "총사업비", "기투자", "2025년 예산", "향후"]
    figures = ["1,200,000", "400,000", "300,000", "400,000"]
    rows = [["계", *figures], ["구비", *figures]]
    r = read_laid_out(COVER + table(header, rows) + PLAN, layout, tmp_path)
    assert [line[:3] for line in budget(r)] == [("계", None, 300_000_000), ("구비", "구비", 300_000_000)]
    assert [(f[2], f[4], f[5]) for f in cost_findings(r) if f[0] == "sum.project_cost_table"] == [
        ("계", "1,100,000천원", "1,200,000천원"), ("구비", "1,100,000천원", "1,200,000천원")]


@pytest.mark.parametrize("header", [
    ["구 분", "총사업비", "기투자", "2027년", "향후"],  # no column of the report's year or the next
    ["구 분", "총사업비", "기투자", "2026년", "비고"],  # a column of something else
    ["구 분", "기투자", "2026년", "향후"],  # no total
])
def test_other_tables_stay_grids(header, tmp_path):
    rows = [["계", *["100"] * (len(header) - 1)], ["구비", *["100"] * (len(header) - 1)]]
    r = read_laid_out(COVER + table(header, rows) + PLAN, "tab", tmp_path)
    assert budget(r) == [] and len(r.tables) == 1


def test_rows_of_other_labels_stay_a_grid(tmp_path):
    rows = [["설계", "100", "50", "50", "0"], ["공사", "200", "0", "100", "100"]]
    r = read_laid_out(COVER + table(["구 분", "총사업비", "기투자", "2026년", "향후"], rows) + PLAN, "tab", tmp_path)
    assert budget(r) == [] and len(r.tables) == 1
