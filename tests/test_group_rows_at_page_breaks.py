"""A table's group row (a label merged down over its group's rows, its other cells printed blank: `기능직<tab><tab>`,
`| 주요 사업 | | |`) atop a page, under a page break (a form feed, a page number, the page's running title between):
the table goes on past the break, the group row its row. Before, a table atop a page whose first row printed no
figure was taken for a table of its own, its rows lost to the table above (a budget's `주요 사업` and its lines, a
staffing table's 기능직)."""

import pytest

from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = ("제304회 미르구의회 제1차 정례회\n\n2022. 6. 14. ~ 6. 28.\n\n2022년 주요업무보고\n\n교 통 행 정 과\n\n"
         "Ⅰ. 일반현황\n\n")
STAFFING = [["구 분", "직급", "정원", "현원"], ["계", "", "20", "19"], ["일반직", "", ""], ["", "5급", "1", "1"],
            ["", "6급", "7", "7"], ["기능직", "", ""], ["", "8급", "12", "11"]]
BUDGET = [["단위사업", "예산액", "집행액"], ["계", "3,000", "1,200"], ["일반 사업", "", ""],
          ["청사 관리", "1,000", "400"], ["복지 행정", "1,000", "400"], ["주요 사업", "", ""],
          ["교통 지원", "1,000", "400"]]
BREAKS = {
    "form feed": "\f",
    "page number": "- 3 -\n",
    "page number apart": "\n- 3 -\n\n",
    "running title": "\f2022년 주요업무보고\n",
    "running title and department": "\f2022년 주요업무보고\t교통행정과\n",
    "footer and page number": "2022년 주요업무보고\n- 3 -\n\n",
}
LAYOUTS = {
    "tab, tabs after the label": lambda row, width: "\t".join(row + [""] * (width - len(row) - 1)),
    "tab, one tab": lambda row, width: "\t".join(row) if any(row[1:]) else row[0] + "\t",
    "GFM": lambda row, width: "| " + " | ".join(row + [""] * (width - len(row))) + " |",
}
# rows without outer pipes: a part of one row atop a page is no table (README, "What it does not read yet"), nor is
# a part whose rows start with a blank (`| 8급 | 12`) read as one table with its group row
BARE = {**LAYOUTS, "bare pipes": lambda row, width: " | ".join(row + [""] * (width - len(row)))}


def text(rows: list[list[str]], layout: str, page_break: str) -> str:
    width = max(map(len, rows))
    lines = [BARE[layout](row, width) for row in rows]
    if layout == "GFM":
        lines.insert(1, "|" + " --- |" * width)
    group = next(k for k in range(4, len(lines)) if rows[k - (layout == "GFM")][0] in ("기능직", "주요 사업"))
    return "\n".join(lines[:group]) + "\n" + page_break + "\n".join(lines[group:]) + "\n\n□ 향후계획\n\n- 계속 추진\n"


def tables(body: str) -> list[Table]:
    return [block for block in read_text("t.txt", (COVER + body).encode()).blocks if isinstance(block, Table)]


@pytest.mark.parametrize("page_break", BREAKS)
@pytest.mark.parametrize("layout", BARE)
def test_a_budget_goes_on_past_a_group_row_atop_the_page(layout, page_break):
    body = "4. 예산현황\n\n(단위: 천원)\n" + text(BUDGET, layout, BREAKS[page_break])
    (table,) = tables(body)
    assert [row[0] for row in table.rows] == [row[0] for row in BUDGET]
    r = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert [(b.name, b.budget_krw // 1_000) for b in r.budget] == [
        ("계", 3_000), ("청사 관리", 1_000), ("복지 행정", 1_000), ("교통 지원", 1_000)]


@pytest.mark.parametrize("page_break", BREAKS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_staffing_table_goes_on_past_a_group_row_atop_the_page(layout, page_break):
    body = "2. 인 력\n\n(단위: 명)\n" + text(STAFFING, layout, BREAKS[page_break])
    (table,) = tables(body)
    assert [row[:2] for row in table.rows][-2:] == [("기능직", ""), ("", "8급")]
    r = extract_report(read_text("t.txt", (COVER + body).encode()))
    assert ("현원", "8급", 11) in [(s.status, s.grade, s.headcount) for s in r.staffing]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_row_at_the_foot_of_a_page_stays_the_tables(layout):
    """The group row last on its page, its rows atop the next: one table, as before."""
    rows = [line for line in text(BUDGET, layout, "").split("\n") if line]
    at = next(k for k, line in enumerate(rows) if "주요 사업" in line) + 1
    body = "4. 예산현황\n\n(단위: 천원)\n" + "\n".join(rows[:at]) + "\n- 3 -\n" + "\n".join(rows[at:]) + "\n"
    (table,) = tables(body)
    assert [row[0] for row in table.rows] == [row[0] for row in BUDGET]


def test_a_table_atop_a_page_under_a_heading_stays_its_own():
    """A table of its own atop the next page, under its heading (`5. 기타`), whose first row is a label alone: two
    tables, as before."""
    body = ("4. 예산현황\n\n(단위: 천원)\n| 단위사업 | 예산액 | 집행액 |\n| --- | --- | --- |\n| 계 | 3,000 | 1,200 |\n"
            "\f5. 기타\n\n| 일반 사업 | | |\n| --- | --- | --- |\n| 청사 관리 | 1,000 | 400 |\n")
    assert [len(table.rows) for table in tables(body)] == [2, 2]


def test_a_group_row_naming_a_department_atop_a_page_opens_a_table_of_its_own():
    """`| 노인복지과 | | |` as the group row atop the page (a 국's report's next 과 over its own rows): the table above
    does not go on past it, as before (a tab line so is dropped as a running header, `_at_page_break`)."""
    rows = [BUDGET[0], ["계", "3,000", "1,200"], ["청사 관리", "1,000", "400"], ["노인복지과", "", ""],
            ["공원 관리", "500", "200"], ["기본경비", "500", "200"]]
    lines = [LAYOUTS["GFM"](row, 3) for row in rows]
    lines.insert(1, "| --- | --- | --- |")
    body = "4. 예산현황\n\n(단위: 천원)\n" + "\n".join(lines[:-3]) + "\n- 3 -\n" + "\n".join(lines[-3:]) + "\n"
    assert [len(table.rows) for table in tables(body)] == [3, 3]
