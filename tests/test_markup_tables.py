"""HTML and pandoc grid tables, as converters write tables with merged cells, become the same grids."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.document import Paragraph, Table
from pipeline.markup_tables import grid_table, html_table
from pipeline.read_text import read_text
from tests.layouts import grid_table_lines, html_table_lines

STAFFING = (("구 분", "계", "일 반 직", ""), ("", "", "6급", "7급"), ("정 원", "5", "2", "3"))


def test_html_spans_become_blanks_and_the_caption_is_kept():
    markup = ('<table><caption>인력 현황</caption><thead><tr><th rowspan="2">구 분</th><th rowspan=2>계</th>'
              '<th colspan="2">일 반<br>직</th></tr>\n<tr><th>6급</th><th>7급</th></tr></thead>'
              "<tbody><tr><td>정 원</td><td>5</td><td>2</td><td>3</td></tr></tbody></table>")
    assert html_table(markup) == ("인력 현황", STAFFING, (0, 1, 1), 2)  # its two rows in <thead>: its header


def test_html_entities_and_a_span_that_is_no_number():
    assert html_table('<table><tr><td colspan="x">A &amp; B</td><td>&lt;1&gt;</td></tr></table>') == (
        "", (("A & B", "<1>"),), (0,), None)


def test_html_superscripts_and_line_breaks_in_cells():
    _, rows, _, _ = html_table("<table><tr><td>규모</td><td>면적</td></tr>"
                            "<tr><td>지하1층<br/>지상3층</td><td>연면적 3,200m<sup>2</sup></td></tr></table>")
    assert rows == (("규모", "면적"), ("지하1층 지상3층", "연면적 3,200m²"))


def test_a_report_with_an_html_table_and_one_left_open():
    text = ("## 2 인 력\n\n<table>\n<caption>인력 현황</caption>\n<tr><td>정 원</td><td>5</td></tr>\n</table>\n"
            "뒤 문단\n\n<TABLE><tr><td>a</td><td>1</td></tr>\n<tr><td>b</td><td>2</td></tr>\n\n끝\n")
    blocks = read_text("t.md", text.encode()).blocks
    assert blocks[1:] == [Paragraph("인력 현황", line=3), Table((("정 원", "5"),), line=5),
                          Paragraph("뒤 문단", line=7), Table((("a", "1"), ("b", "2")), line=9),
                          Paragraph("끝", line=12)]
    assert [blocks[2].row_line(0), blocks[4].row_line(1)] == [5, 10]


GRID_WITH_SPANS = """\
+---------------------+----------+
| 구 분               | 2024년   |
+=============+=======+==========+
|             | 정 원 | 5        |
| 일반직      +-------+----------+
|             | 현 원 | 4        |
+-------------+-------+----------+
| 공무직      | 정 원 | 2        |
|             |       |          |
+-------------+-------+----------+"""


def test_grid_spans_become_blanks_and_a_cell_over_two_lines_is_joined():
    assert grid_table(GRID_WITH_SPANS.split("\n")) == (
        (("구 분", "", "2024년"), ("일반직", "정 원", "5"), ("", "현 원", "4"), ("공무직", "정 원", "2")),
        (1, 3, 5, 7))


def test_grid_where_hangul_counts_one_column_or_the_columns_are_not_kept():
    one_wide = "+------+----+\n| 구 분  | 계  |\n+======+====+\n| 정 원  | 5  |\n+------+----+"
    crooked = "+------+----+\n| 구 분 | 계 |\n+======+====+\n| 정 원 | 5 |\n+------+----+"
    assert grid_table(one_wide.split("\n")) == grid_table(crooked.split("\n")) == (
        (("구 분", "계"), ("정 원", "5")), (1, 3))


def test_a_report_with_a_grid_table_after_a_paragraph():
    text = "문단 하나\n+------+----+\n| 정 원  | 5  |\n+------+----+\n다음 문단\n"
    blocks = read_text("t.md", text.encode()).blocks
    assert blocks == [Paragraph("문단 하나", line=1), Table((("정 원", "5"),), line=3),
                      Paragraph("다음 문단", line=5)]


CELLS = st.text(alphabet="가나다 라마바12,3△", max_size=8).map(lambda s: " ".join(s.split()))
GRIDS = st.integers(1, 4).flatmap(lambda width: st.lists(
    st.lists(CELLS, min_size=width, max_size=width).filter(any), min_size=1, max_size=4))


@given(GRIDS)
def test_any_grid_written_as_html_comes_back(rows):
    assert html_table("\n".join(html_table_lines(rows)))[:2] == ("", tuple(map(tuple, rows)))


@given(GRIDS)
def test_any_grid_written_as_a_grid_table_comes_back(rows):
    assert grid_table(grid_table_lines(rows))[0] == tuple(map(tuple, rows))
