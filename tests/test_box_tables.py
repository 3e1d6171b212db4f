"""Tables drawn with box characters (`┌─┬─┐ │ ├─┼─┤ └─┴─┘`, heavy `┃ ━ ╋`, double `║ ═ ╬`), as HWP's text converters
and terminal tools print them, read as the same grid the tab-separated table gives; box characters in running text
stay text."""

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.document import Bullet, Paragraph, Table
from pipeline.markup_tables import box_tables, grid_table
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.corpus import TWO_LEVEL_BUDGET, VEHICLE_LIST
from tests.layouts import box_table_lines
from tests.layouts import box_tables as drawn_in_boxes

COVER = "제301회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총무과\n\n# Ⅰ. 일반현황\n\n"
STAFFING = ("## 2 인 력\n\n구 분\t계\t일반직\t\t공무직\n\t\t6급\t7급\t\n정 원\t{total}\t4\t3\t3\n"
            "현 원\t9\t4\t2\t3\n과부족\t△1\t-\t△1\t-\n\n")
BUDGET = TWO_LEVEL_BUDGET.split("\n\n", 2)[2]  # from `(단위: 천원)` on
END = "\n# Ⅱ. 주요업무 추진실적\n"
# staffing, vehicles and budget (in 천원) as tab tables; the planted one prints 정원 계 11 for 4 + 3 + 3
TAB_REPORT = COVER + STAFFING.format(total=10) + VEHICLE_LIST + "\n## 4 예산현황\n\n" + BUDGET + END
PLANTED = TAB_REPORT.replace("정 원\t10", "정 원\t11")

DRAWINGS = {"light": drawn_in_boxes,
            "heavy-two-columns-wide": functools.partial(drawn_in_boxes, style="heavy", box_width=2),
            "double-header-ruled-only": functools.partial(drawn_in_boxes, style="double", ruled=False)}


def _report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def _findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)]


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_staffing_vehicles_and_budget_drawn_in_boxes_give_the_tab_tables_records(drawing):
    boxed = DRAWINGS[drawing](TAB_REPORT)
    assert "\t" not in boxed  # every table drawn
    report, tab = _report(boxed), _report(TAB_REPORT)
    assert records_data(report, with_sources=False) == records_data(tab, with_sources=False)
    assert [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing][:5] == [
        ("정원", "계", "계", 10), ("정원", "일반직", "6급", 4), ("정원", "일반직", "7급", 3),
        ("정원", "공무직", "계", 3), ("현원", "계", "계", 9)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.unit) for b in report.budget][:2] == [
        ("계", 3_000_000, 1_200_000, "천원"), ("청사 관리", 2_000_000, 800_000, "천원")]
    assert [(c.kind, c.count) for c in report.vehicles[0].counts] == [("계", 3), ("스타렉스", 2), ("아이오닉", 1)]
    assert _findings(report) == _findings(tab) == []


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_a_planted_wrong_total_drawn_in_boxes_is_found_as_in_the_tab_table(drawing):
    report = _report(DRAWINGS[drawing](PLANTED))
    assert _findings(report) == _findings(_report(PLANTED)) == [
        ("sum.staffing", "정원", "계", "10", "11")]  # not also the 과부족 under it, right by the classes' 정원


HWP_STAFFING = """\
□ 인력 현황
┌────────┬──────┬─────────────┬────────┐
│ 구  분 │  계  │   일 반 직  │ 무기계약│
│        │      ├──────┬──────┤ 근로자 │
│        │      │  6급 │  7급 │  등    │
╞════════╪══════╪══════╪══════╪════════╡
│ 정  원 │  10  │   4  │   3  │   3    │
├────────┼──────┼──────┼──────┼────────┤
│ 현  원 │   9  │   4  │   2  │   3    │
└────────┴──────┴──────┴──────┴────────┘
"""


def test_a_hand_drawn_table_keeps_its_merges_as_blanks_and_joins_a_cell_over_lines():
    """As an HWP converter draws it: a header cell merged down over two lines, one merged across over the grades,
    a cell's text over three lines, a double rule under the header, letter-spaced labels."""
    lines, tables = box_tables(HWP_STAFFING.split("\n"))
    assert lines[0] == "□ 인력 현황" and not any(lines[1:])
    assert tables == [(1, (("구 분", "계", "일 반 직", "", "무기계약 근로자 등"), ("", "", "6급", "7급", ""),
                           ("정 원", "10", "4", "3", "3"), ("현 원", "9", "4", "2", "3")), (1, 3, 5, 7))]
    heading, table = read_text("t.txt", HWP_STAFFING.encode()).blocks
    assert (heading.text, table.rows, table.line) == ("인력 현황", tables[0][1], 3)


RUNNING_TEXT = """\
총무과 │ 담당 김한빛 │ 2670-3101
───────────────
○ 청사 시설 정비 ─ 연중
│ 참고: 별도 보고 │
"""


def test_box_characters_in_running_text_stay_text():
    """A `│` parting a line's parts, a rule of its own, a `─` in a sentence, a line a `│` starts and ends: no
    border with a row, no table; read as before."""
    blocks = read_text("t.txt", RUNNING_TEXT.encode()).blocks
    assert not any(isinstance(block, Table) for block in blocks)
    assert blocks == [Paragraph("총무과 │ 담당 김한빛 │ 2670-3101", line=1), Paragraph("───────────────", line=2),
                      Bullet("청사 시설 정비 ─ 연중", depth=0, marker="○", line=3),
                      Paragraph("│ 참고: 별도 보고 │", line=4)]
    assert box_tables(RUNNING_TEXT.split("\n")) == (RUNNING_TEXT.split("\n"), [])


def test_a_frame_of_one_column_is_its_text():
    """A boxed note: its lines are read as the bullets they are, not as one cell."""
    framed = "┌──────────────────────┐\n│ ○ 목표: 청사 정비    │\n│ ○ 기간: 2025. 연중   │\n└──────────────────────┘\n"
    assert read_text("t.txt", framed.encode()).blocks == [
        Bullet("목표: 청사 정비", depth=0, marker="○", line=2), Bullet("기간: 2025. 연중", depth=0, marker="○", line=3)]


def test_an_ascii_grid_that_rules_only_its_header_has_a_row_a_line():
    """`+---+` above and below the header and below all, as MySQL's client prints: each line with figures where
    the first has them is a row; a label's second line, with none, goes on with the cell above."""
    lines = ["+-----------+--------+--------+", "| 구 분     | 예산액 | 집행액 |", "+-----------+--------+--------+",
             "| 계        |  3,000 |  1,200 |", "| 청사 관리 |  2,000 |    800 |", "| 시설      |        |        |",
             "| 인력 운영 |  1,000 |    400 |", "+-----------+--------+--------+"]
    assert grid_table(lines) == ((("구 분", "예산액", "집행액"), ("계", "3,000", "1,200"),
                                  ("청사 관리 시설", "2,000", "800"), ("인력 운영", "1,000", "400")), (1, 3, 4, 6))


def test_a_bar_a_column_off_its_border_is_read_in_its_column():
    """A character laid out wider than it reads (`ㆍ`, read as `·`) moves the bars after it a column left."""
    lines = ["+--------+------+------+", "| 구 분  | 계   | 비고 |", "|  ㆍ 가 | 1    | 2    |",
             "+--------+------+------+"]
    assert grid_table([line.replace("ㆍ", "·") for line in lines])[0] == (("구 분 · 가", "계 1", "비고 2"),)


OVER_A_PAGE_BREAK = """\
## 4 예산현황

(단위: 천원)

┌───────────┬───────────┬────────┬────────┐
│ 단위사업  │ 세부사업  │ 예산액 │ 집행액 │
├───────────┼───────────┼────────┼────────┤
│ 계        │           │ 3,000  │ 1,200  │
├───────────┼───────────┼────────┼────────┤
│ 청사 관리 │ 소계      │ 2,000  │   800  │
│           ├───────────┼────────┼────────┤
│           │ 시설 유지 │ 1,500  │   600  │

- 3 -
\f│           │ 청소 용역 │   500  │   200  │
├───────────┼───────────┼────────┼────────┤
│ 인력 운영 │ 인건비    │ 1,000  │   400  │
└───────────┴───────────┴────────┴────────┘
"""


def test_a_box_table_going_on_over_a_page_break_is_one_table():
    """The page's part has no bottom border, the next page's no top border: one table, each row on its line."""
    report = _report(COVER + OVER_A_PAGE_BREAK + END)
    assert [(b.name, b.budget_krw, b.parent, b.source.line) for b in report.budget] == [
        ("계", 3_000_000, None, 16), ("청사 관리", 2_000_000, None, 18), ("시설 유지", 1_500_000, "청사 관리", 20),
        ("청소 용역", 500_000, "청사 관리", 23), ("인건비", 1_000_000, "인력 운영", 25)]
    assert run_checks(report) == []


@pytest.mark.parametrize("bar", ["━━", "──", "═══"])
def test_a_line_across_inside_a_cell_is_the_cells_text(bar):
    """A schedule's bar in a month's cell is what the cell prints, as in the tab table, not a `-` (a zero)."""
    drawn = ("┌──────────┬────┬────┬────┐\n│ 구 분    │ 1월│ 2월│ 3월│\n├──────────┼────┼────┼────┤\n"
             f"│ 청사 정비│ {bar:<3}│ {bar:<3}│    │\n├──────────┼────┼────┼────┤\n│ 점검     │ ●  │    │ -  │\n"
             "└──────────┴────┴────┴────┘\n")
    tab = f"구 분\t1월\t2월\t3월\n청사 정비\t{bar}\t{bar}\t\n점검\t●\t\t-\n"
    table, = read_text("t.txt", drawn.encode()).blocks
    assert table.rows == read_text("t.txt", tab.encode()).blocks[0].rows == (
        ("구 분", "1월", "2월", "3월"), ("청사 정비", bar, bar, ""), ("점검", "●", "", "-"))


def test_two_tables_drawn_one_right_below_the_other_are_two():
    """A table's bottom border (`└`) ends it: the next line's top border starts another, of its own columns."""
    drawn = ("┌──────┬────┐\n│ 구 분│ 계 │\n├──────┼────┤\n│ 정 원│ 5  │\n└──────┴────┘\n"
             "╭────┬────┬────╮\n│ 가 │ 나 │ 다 │\n├────┼────┼────┤\n│ 1  │ 2  │ 3  │\n╰────┴────┴────╯\n")
    assert [(block.rows, block.line) for block in read_text("t.txt", drawn.encode()).blocks] == [
        ((("구 분", "계"), ("정 원", "5")), 2), ((("가", "나", "다"), ("1", "2", "3")), 7)]


PSQL = """\
 구 분  │ 계 │ 6급 │ 7급
────────┼────┼─────┼─────
 정 원  │ 10 │   4 │   3
 현 원  │  9 │   4 │   2
"""


@pytest.mark.parametrize("drawn", [PSQL, PSQL.replace("─", "━").replace("┼", "╋").replace("│", "┃"),
                                   PSQL.replace("─", "═").replace("┼", "╪")])
def test_a_table_drawn_without_its_outer_frame_is_read(drawn):
    """psql's `border 1`: bars between the cells and a rule under the header, no frame; each line a row."""
    table, = read_text("t.txt", drawn.encode()).blocks
    assert (table.rows, table.line) == (
        (("구 분", "계", "6급", "7급"), ("정 원", "10", "4", "3"), ("현 원", "9", "4", "2")), 1)


def test_bars_and_a_rule_that_do_not_line_up_stay_text():
    """A `┼` rule under lines whose bars fall elsewhere draws no table: the lines are read as before."""
    text = "가 │ 나\n─────┼─────\n다라마바사 │ 아\n"
    assert box_tables(text.split("\n")) == (text.split("\n"), [])
    assert read_text("t.txt", text.encode()).blocks == [
        Paragraph("가 │ 나", line=1), Paragraph("─────┼─────", line=2), Paragraph("다라마바사 │ 아", line=3)]


CELLS = st.text(alphabet="가나다 라마바12,3△", max_size=8).map(lambda s: " ".join(s.split()))
GRIDS = st.integers(2, 4).flatmap(lambda width: st.lists(
    st.lists(CELLS, min_size=width, max_size=width).filter(any), min_size=1, max_size=4))


@settings(deadline=None)  # the first example loads the PDF script the drawing takes its merges from
@given(GRIDS, st.sampled_from(["light", "heavy", "double"]), st.sampled_from([1, 2]))
def test_any_grid_drawn_in_boxes_comes_back(rows, style, box_width):
    """Drawn a box character to a column or two, ruled under every row, merges as the PDFs draw them."""
    lines = box_table_lines(rows, style=style, box_width=box_width)
    assert box_tables(lines)[1] == [(0, tuple(map(tuple, rows)), tuple(range(1, 2 * len(rows), 2)))]
