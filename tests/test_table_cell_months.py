"""A table's column of dates (`일 시`, `일자`, `교육기간`, `일정`, `시기`, `처리기한`) gives each of its cells the
months it prints (`table_cells.months`, as `project_items.months`: `2025. 6. 12. ~ 6. 27.` → `2025-06`; `3.15.`,
`4월`, `2월~3월`, `연중`, `상반기`), in the report's year where it prints none, in the year of the part it is in
where that names one (`Ⅲ. 2026년 주요업무 계획`), so that "what happens in June" finds a table's events as it finds
items. Before, a cell held its text and figure alone; no other column's cell, nor one printing no date, has months."""

import json
import sqlite3

import pytest

from pipeline.db import connect
from pipeline.load import load_report
from tests.layouts import read_laid_out
from tests.test_years_of_one_department import readme_query

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
         "# Ⅰ. 일반현황\n\n## 2 주요 행사\n\n")
TAIL = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
EVENTS = ("□ 주요 행사 일정\n\n행 사 명\t일 시\t장 소\t인 원\n"
          "구민 체육대회\t2025. 6. 12. ~ 6. 27.\t구민운동장\t1,200\n"
          "청렴 교육\t3.15.\t대강당\t150\n"
          "직원 워크숍\t4월\t연수원\t80\n"
          "민원 점검\t2월~3월\t각 동\t20\n"
          "안전 점검\t연중\t관내\t30\n"
          "업무 평가\t상반기\t청사\t40\n"
          "송년 행사\t-\t대강당\t300\n")
FIRST_HALF = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
EVENT_MONTHS = [("구민 체육대회", ["2025-06"]), ("청렴 교육", ["2025-03"]), ("직원 워크숍", ["2025-04"]),
                ("민원 점검", ["2025-02", "2025-03"]), ("안전 점검", [f"2025-{m:02d}" for m in range(1, 13)]),
                ("업무 평가", FIRST_HALF), ("송년 행사", None)]


def loaded(text: str, layout: str, tmp_path) -> sqlite3.Connection:
    report = read_laid_out(text, layout, tmp_path)
    db = connect(tmp_path / "r.db")
    load_report(db, report, "sha-1", [])
    return db.conn


def dated_cells(conn: sqlite3.Connection) -> list[tuple[str, list[str] | None]]:
    """Each row's first cell with the months of its cell of dates, in order."""
    return [(name, json_months and json.loads(json_months)) for name, json_months in conn.execute(
        "SELECT n.text, d.months FROM table_cells n JOIN table_cells d ON d.table_id = n.table_id AND d.row = n.row "
        "JOIN generic_tables t ON t.id = n.table_id WHERE t.caption LIKE '%행사%' AND n.col = 0 AND d.col = 1 "
        "AND n.row >= t.header_rows ORDER BY n.row")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "html-tables", "pdf grid", "pdf none"])
def test_a_column_of_dates_gives_its_cells_months_in_every_layout(layout, tmp_path):
    conn = loaded(COVER + EVENTS + TAIL, layout, tmp_path)
    assert dated_cells(conn) == EVENT_MONTHS
    # no month in the header nor in another column
    assert conn.execute("SELECT count(*) FROM table_cells WHERE months IS NOT NULL AND col <> 1").fetchone() == (0,)
    # what happens in March: the README's question, and in June 2025, as it says to ask
    question = readme_query("json_each(c.months)")
    assert conn.execute(question).fetchall() == [
        ("한빛구의회", "자치행정과", 2025, "주요 행사 일정", name, date) for name, date in (
            ("청렴 교육", "3.15."), ("민원 점검", "2월~3월"), ("안전 점검", "연중"), ("업무 평가", "상반기"))]
    june = (question[:question.index("WHERE EXISTS")]  # the question's own condition, not its subqueries'
            + "WHERE '2025-06' IN (SELECT value FROM json_each(c.months))")
    assert [name for *_, name, _ in conn.execute(june)] == ["구민 체육대회", "안전 점검", "업무 평가"]


@pytest.mark.parametrize(("label", "cells", "months"), [
    ("일 자", ["2025. 3. 5.", "’26. 1. 10.", "11. 20."], [["2025-03"], ["2026-01"], ["2025-11"]]),
    ("교육기간", ["3월~5월", "9월 ~ 익년 2월", "3일"], [["2025-03", "2025-04", "2025-05"],
                                                [f"2025-{m}" for m in ("09", "10", "11", "12")] + ["2026-01",
                                                                                                   "2026-02"], None]),
    ("추진 일정", ["1분기", "하반기", "수시"], [["2025-01", "2025-02", "2025-03"],
                                          [f"2025-{m:02d}" for m in range(7, 13)], None]),
    ("시 기", ["4월 중", "2024. 11. 5.", "미정"], [["2025-04"], ["2024-11"], None]),
    ("처리기한", ["6. 30.", "7일", "즉시"], [["2025-06"], None, None]),
    ("행사일시", ["5. 3.(토) 14:00", "10. 2.(목) ~ 10. 4.(토)", "-"], [["2025-05"], ["2025-10"], None]),
])
def test_each_label_of_a_column_of_dates_and_what_its_cells_print(label, cells, months, tmp_path):
    rows = "".join(f"행사 {k}\t{cell}\t대강당\t{k}0\n" for k, cell in enumerate(cells, 1))
    conn = loaded(COVER + f"□ 주요 행사\n\n행 사 명\t{label}\t장 소\t인 원\n{rows}" + TAIL, "tab", tmp_path)
    assert [json_months for _, json_months in dated_cells(conn)] == months


@pytest.mark.parametrize("label", ["장 소", "기간(일)", "기간별 인원", "구 분"])
def test_no_other_column_gives_months(label, tmp_path):
    """A column not of dates, or whose label goes on after the word (`기간(일)`: days counted)."""
    conn = loaded(COVER + f"□ 주요 행사\n\n행 사 명\t{label}\t인 원\n청렴 교육\t3월\t150\n직원 워크숍\t4월\t80\n"
                  + TAIL, "tab", tmp_path)
    assert conn.execute("SELECT count(*) FROM table_cells WHERE months IS NOT NULL").fetchone() == (0,)


def test_a_table_under_next_years_part_dates_its_cells_in_that_year(tmp_path):
    text = (COVER.replace("# Ⅰ. 일반현황\n\n## 2 주요 행사\n\n", "") + "# Ⅰ. 일반현황\n\n## 1 조 직\n\n○ 5개팀\n\n"
            "# Ⅲ. 2026년 주요업무 계획\n\n## 1 주요 행사\n\n" + EVENTS)
    conn = loaded(text, "tab", tmp_path)
    assert dated_cells(conn)[:2] == [("구민 체육대회", ["2025-06"]), ("청렴 교육", ["2026-03"])]


# a building's 준공일자 and its extensions' in brackets, as the real report prints them: before, the two extensions'
# dates, a blank alone between them, read as one, the first's month lost
BUILDINGS = ("□ 구 청사\n\n구 분\t대지 (m²)\t건물 (m²)\t준공일자\n"
             "본 관\t7,622\t9,682\t1976. 1. 5.\n"
             "별 관\t8,730\t5,549\t2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)\n"
             "의회동\t1,200\t2,400\t2010. 3. 2. 2015. 7. 1.\n"
             "민원동\t900\t1,100\t1999. 4. 10., 2021. 11. 30.\n")
BUILDING_MONTHS = [("본 관", ["1976-01"]), ("별 관", ["2002-02", "2018-06", "2020-10"]),
                   ("의회동", ["2010-03", "2015-07"]), ("민원동", ["1999-04", "2021-11"])]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "html-tables", "pdf grid", "pdf none"])
def test_dates_run_together_in_a_cell_give_each_its_month_in_every_layout(layout, tmp_path):
    conn = loaded(COVER + BUILDINGS + TAIL, layout, tmp_path)
    assert [(name, json.loads(months)) for name, months in conn.execute(
        "SELECT n.text, d.months FROM table_cells n JOIN table_cells d ON d.table_id = n.table_id AND d.row = n.row "
        "JOIN generic_tables t ON t.id = n.table_id WHERE t.caption = '구 청사' AND n.col = 0 AND d.col = 3 "
        "AND n.row >= t.header_rows ORDER BY n.row")] == BUILDING_MONTHS


# the events by date: a first column under `구 분` whose every cell prints a date and nothing else is one of dates
EVENTS_BY_DATE = ("□ 주요 행사\n\n구 분\t행 사 명\t장 소\n"
                  "2025. 3. 5.\t청렴 교육\t대강당\n"
                  "4월\t직원 워크숍\t연수원\n"
                  "2025. 6. 12. ~ 6. 27.\t구민 체육대회\t구민운동장\n"
                  "하반기\t업무 평가\t청사\n")


def first_column_months(conn: sqlite3.Connection) -> list[tuple[str, list[str] | None]]:
    """Each row's first cell with its months, in order."""
    return [(text, months and json.loads(months)) for text, months in conn.execute(
        "SELECT c.text, c.months FROM table_cells c JOIN generic_tables t ON t.id = c.table_id "
        "WHERE t.caption LIKE '%행사%' AND c.col = 0 AND c.row >= t.header_rows ORDER BY c.row")]


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "html-tables", "pdf grid", "pdf none"])
def test_a_first_column_of_dates_under_its_label_gives_its_cells_months(layout, tmp_path):
    conn = loaded(COVER + EVENTS_BY_DATE + TAIL, layout, tmp_path)
    assert first_column_months(conn) == [("2025. 3. 5.", ["2025-03"]), ("4월", ["2025-04"]),
                                         ("2025. 6. 12. ~ 6. 27.", ["2025-06"]),
                                         ("하반기", [f"2025-{m:02d}" for m in range(7, 13)])]
    assert conn.execute("SELECT count(*) FROM table_cells WHERE months IS NOT NULL AND col <> 0").fetchone() == (0,)


@pytest.mark.parametrize(("label", "first_cells"), [
    ("구 분", ["2025. 3. 5.", "4월", "계"]),  # a cell printing no date: a column of names, some dated
    ("구 분", ["3월 청렴 교육", "4월 직원 워크숍"]),  # dates and more
    ("번 호", ["2025. 3. 5.", "4월"]),  # another label than `구 분`, of no dates
])
def test_a_first_column_not_all_dates_or_under_another_label_gives_none(label, first_cells, tmp_path):
    rows = "".join(f"{cell}\t행사 {k}\t대강당\n" for k, cell in enumerate(first_cells, 1))
    conn = loaded(COVER + f"□ 주요 행사\n\n{label}\t행 사 명\t장 소\n{rows}" + TAIL, "tab", tmp_path)
    assert first_column_months(conn) == [(cell, None) for cell in first_cells]
    assert conn.execute("SELECT count(*) FROM table_cells WHERE months IS NOT NULL").fetchone() == (0,)
