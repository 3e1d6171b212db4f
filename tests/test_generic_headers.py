"""Generic tables whose header is printed over two rows (a label wrapped, `연면적` over `(㎡)`, or a label merged
over a group of columns, `2024년` over `계획 | 실적`): one header row of each column's full label, in the
records, the database and the findings."""

import sqlite3

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.db import connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.read_text import read_text
from pipeline.search import rebuild_index, search
from tests.layouts import html_tables, make_pdfs, pipe_tables, space_aligned, space_aligned_ruled
from tests.test_generic_variants import COVER, TAIL, tsv

LAYOUTS = [None, pipe_tables, html_tables, space_aligned, space_aligned_ruled]
LAYOUT_IDS = ["tab-separated", "pipe", "html", "space-aligned", "space-aligned-ruled"]

BUILDINGS = tsv("시설명 | 소재지 | 연면적 | 비 고", " |  | (㎡) | ", "계 |  | 3,000 | ",
                "본관 | 당산로 123 | 2,000 | 우리은행", "별관 | 당산로 125 | 1,000 | ")
PLANS = tsv("구 분 | 2024년 |  | 2025년 | ", " | 계획 | 실적 | 계획 | 실적", "계 | 30 | 28 | 35 | 10",
            "교육 | 10 | 9 | 15 | 4", "상담 | 20 | 19 | 20 | 6")
BUILDING_LABELS = ["시설명", "소재지", "연면적(㎡)", "비 고"]
PLAN_LABELS = ["구 분", "2024년 계획", "2024년 실적", "2025년 계획", "2025년 실적"]


def text_of(table: str, layout=None) -> str:
    text = COVER + table + TAIL
    return layout(text) if layout else text


def read(table: str, layout=None):
    return extract_report(read_text("t.txt", text_of(table, layout).encode()))


def findings(table: str, layout=None) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(read(table, layout))]


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1)
                if line.lstrip(" |").removeprefix("<tr><td>").startswith(start))


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_wrapped_label_is_one_label(layout):
    (table,) = read(BUILDINGS, layout).tables
    assert table.header_rows == 1
    assert table.rows[:2] == [BUILDING_LABELS, ["계", "", "3,000", ""]]
    text = text_of(BUILDINGS, layout)
    # each row keeps its own line: the header's first, the body's as printed
    assert table.row_lines[1:] == [line_of(text, label) for label in ("계", "본관", "별관")]
    assert findings(BUILDINGS, layout) == []


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_label_merged_over_a_group_heads_each_of_its_columns(layout):
    (table,) = read(PLANS, layout).tables
    assert (table.header_rows, table.rows[0], table.rows[1]) == (1, PLAN_LABELS, ["계", "30", "28", "35", "10"])
    assert findings(PLANS, layout) == []


def test_a_finding_names_the_column_by_its_full_label():
    """Before, the column was named by its lower label alone (`실적`: which year's?)."""
    planted = PLANS.replace("상담\t20\t19", "상담\t20\t20")
    (finding,) = run_checks(read(planted))
    assert (finding.rule, finding.row, finding.column, finding.expected, finding.actual) == (
        "sum.table", "계", "2024년 실적", "29", "28")
    assert finding.source.line == line_of(text_of(planted), "계")


def test_a_total_column_with_its_unit_below_is_still_checked():
    """`합계` over `(명)` is `합계(명)`: still the 계 column, the sum of its row."""
    people = tsv("구 분 | 합계 | 남 | 여", " | (명) | (명) | (명)", "가동 | 12 | 5 | 7", "나동 | 9 | 4 | 5",
                 "다동 | 10 | 6 | 3")
    assert read(people).tables[0].rows[0] == ["구 분", "합계(명)", "남(명)", "여(명)"]
    assert findings(people) == [("sum.table", "다동", "합계(명)", "9", "10")]
    assert findings(people.replace("다동\t10", "다동\t9")) == []


@pytest.mark.parametrize(("header", "labels"), [
    # the row label's label on the lower row, as `pdftotext -layout` may print a merged cell: the labels below
    # repeating under each year show the groups
    ((" | 2024년 |  | 2025년 | ", "구 분 | 계획 | 실적 | 계획 | 실적"), PLAN_LABELS),
    # a blank corner
    ((" | 2024년 |  | 2025년 | ", " | 계획 | 실적 | 계획 | 실적"), ["", *PLAN_LABELS[1:]]),
    # a group of two labels beside a label of one line
    (("구 분 | 인구 |  | 세대수", " | 남 | 여 | "), ["구 분", "인구 남", "인구 여", "세대수"]),
    # labels of one line on the lower row and no groups: a blank above is no merged cell
    ((" | 대지 | 건물 | ", "구 분 | 면적 | 면적 | 규 모"), ["구 분", "대지 면적", "건물 면적", "규 모"]),
    # a label merged down beside labels of the lower row (`pdftotext -layout` of a header with nothing over the
    # ages): `계` heads its own column, none of the ages
    (("구분 | 계 |  | ", " |  | 20대 이하 | 30대"), ["구분", "계", "20대 이하", "30대"]),
    # a group label right of it still heads its group
    (("구분 | 계 | 연령별 | ", " |  | 20대 이하 | 30대"), ["구분", "계", "연령별 20대 이하", "연령별 30대"]),
])
def test_which_blanks_above_are_a_merged_cell(header, labels):
    width = len(labels)
    table = tsv(*header, " | ".join(["계", *["30"] * (width - 1)]), " | ".join(["가", *["10"] * (width - 1)]),
                " | ".join(["나", *["20"] * (width - 1)]))
    (grid,) = read(table).tables
    assert (grid.header_rows, grid.rows[0]) == (1, labels)


def test_rows_of_words_above_the_figures_stay_as_printed():
    """Each row prints its own row label: rows of the table, not one header printed over two lines; the row of
    words prints a cell in every column as the row of figures below it does, so it is a body row (before, a second
    header row, header_rows 2)."""
    table = tsv("시설명 | 규 모 | 연면적(㎡)", "본관 | 지상5층 | 준공 예정", "별관 | 지상3층 | 2,000")
    (grid,) = read(table).tables
    assert (grid.header_rows, grid.rows[:2]) == (
        1, [["시설명", "규 모", "연면적(㎡)"], ["본관", "지상5층", "준공 예정"]])


@pytest.mark.parametrize("ruling", ["grid", "none"])
def test_a_pdf_gives_the_same_labels(ruling, tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(text_of(BUILDINGS + "\n" + PLANS))
    target = tmp_path / "t.pdf"
    make_pdfs().render(source, target, ruling)
    assert [(t.header_rows, t.rows[0]) for t in extract_file(target).tables] == [
        (1, BUILDING_LABELS), (1, PLAN_LABELS)]


def test_the_database_holds_one_header_row_a_query_finds_a_column_by(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, read(BUILDINGS + "\n" + PLANS), "sha-1", [])
    assert [tuple(row) for row in db.execute("SELECT header_rows, n_rows FROM generic_tables ORDER BY id")] == [
        (1, 4), (1, 4)]
    by_label = """SELECT c.text FROM generic_tables t
        JOIN table_cells h ON h.table_id = t.id AND h.row < t.header_rows
        JOIN table_cells c ON c.table_id = t.id AND c.col = h.col AND c.row >= t.header_rows
        WHERE h.text = ? ORDER BY c.row"""
    assert [text for (text,) in db.execute(by_label, ["연면적(㎡)"])] == ["3,000", "2,000", "1,000"]
    assert [text for (text,) in db.execute(by_label, ["2025년 실적"])] == ["10", "4", "6"]
    rebuild_index(db)
    db.conn.row_factory = sqlite3.Row
    (match,) = search(db.conn, ["우리은행"])
    assert (match["text"], match["line"]) == ("표 · 본관 / 당산로 123 / 2,000 / 우리은행",
                                              line_of(text_of(BUILDINGS), "본관"))
    db.close()


def test_a_budget_reads_a_year_merged_over_its_columns_as_generic_tables_do():
    """One mechanism gives the labels: `2024년` over `예산액 | 집행액` is another year's, so this year's 집행액
    is the one without it. Before, the lower label alone (`집행액`) was taken for this year's: the 2024 figures
    as executed, and three false `rate` errors."""
    table = "□ 예산 현황\n\n(단위: 천원)\n\n" + tsv(
        "단위사업 | 예산액 | 집행액 | 집행률 | 2024년 | ", " |  |  | (%) | 예산액 | 집행액",
        "계 | 300 | 150 | 50 | 280 | 270", "청사 관리 | 100 | 50 | 50 | 90 | 90",
        "인사 관리 | 200 | 100 | 50 | 190 | 180").removeprefix("□ 표\n\n")
    report = read(table)
    assert [(b.name, b.budget_krw, b.executed_krw, b.other_columns) for b in report.budget] == [
        ("계", 300_000, 150_000, {"2024년 예산액": "280", "2024년 집행액": "270"}),
        ("청사 관리", 100_000, 50_000, {"2024년 예산액": "90", "2024년 집행액": "90"}),
        ("인사 관리", 200_000, 100_000, {"2024년 예산액": "190", "2024년 집행액": "180"})]
    assert run_checks(report) == []


def test_averages_under_a_merged_label_are_not_summed():
    """`평균` merged over `처리일수 | 대기일수` names both columns averages. Before, the second was `대기일수` alone,
    summed, and a consistent table gave a false error."""
    averages = tsv("구 분 | 평균 | ", " | 처리일수 | 대기일수", "계 | 30 | 28", "여권 | 10 | 9", "제증명 | 20 | 20")
    assert read(averages).tables[0].rows[0] == ["구 분", "평균 처리일수", "평균 대기일수"]
    assert findings(averages) == []


def test_a_header_over_three_rows_gives_each_column_every_label_above_it():
    table = tsv("구 분 | 민원 처리 |  |  | ", " | 2024년 |  | 2025년 | ", " | 접수 | 처리 | 접수 | 처리",
                "계 | 30 | 28 | 35 | 10", "여권 | 10 | 9 | 15 | 4", "제증명 | 20 | 19 | 20 | 6")
    (grid,) = read(table).tables
    assert (grid.header_rows, grid.rows[0]) == (1, ["구 분", "민원 처리 2024년 접수", "민원 처리 2024년 처리",
                                                    "민원 처리 2025년 접수", "민원 처리 2025년 처리"])
    assert findings(table) == []
    assert findings(table.replace("여권\t10", "여권\t11")) == [("sum.table", "계", "민원 처리 2024년 접수", "31", "30")]


COURSES = tsv("구 분 | 교육과정 | 대 상 | 인 원", "직무교육 | 신규자 과정 | 신규 임용자 | 40",
              "직무교육 | 보고서 작성 | 전 직원 | 143", "계 |  |  | 190")


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_rows_of_more_words_than_figures_under_the_header_are_rows(layout):
    """Before, every row down to the 계 was a header row (the rows print three words to a figure), and the 계 that
    is no sum of the rows (190 against 183) went unchecked."""
    (table,) = read(COURSES, layout).tables
    assert table.header_rows == 1
    assert table.rows[1] == ["직무교육", "신규자 과정", "신규 임용자", "40"]
    assert findings(COURSES, layout) == [("sum.table", "계", "인 원", "183", "190")]
