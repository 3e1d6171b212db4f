"""Less work a report, the same output (branch perf81): each cheap pre-check rules out only what the costly test
after it would rule out too.
- `_parts_tables_as_lines`: a header of two cells prints three pipes (escaped ones are their stand-ins once the text
  is unescaped, since esc87); a table wider at its
  header has its other rows left unsplit; the lines above are walked back over only for a table laying out parts;
- `printed_decimals`: a cell printing no point prints no decimals;
- `as_of_in`: no as-of date without 기준, 현재 or a bracket;
- `_numbered_item_level`: no item under a numbered one set in less than three spaces."""

from hypothesis import given
from hypothesis import strategies as st

from extractors.context import AS_OF_RE, as_of_in
from pipeline.document import Paragraph
from pipeline.read_text import _numbered_item_level, _parts_tables_as_lines, _pipe_cells, unescaped_markdown
from pipeline.values import LITERAL_MARKUP, _money_cell, printed_decimals

PARTS = ["| 구 분 | 내 용 |", "| :---- | :---- |", "| 사업개요 | ○ 기 간: 연중 |",
         "| 추진실적 | ○ 정기점검: 3월<br>- 보수: 4월 |", ""]


@given(st.text(alphabet="|\\ -:가a", max_size=20))
def test_a_lines_unescaped_pipes_counted_as_its_cells_part_it(line):
    """An escaped pipe is its stand-in once the text is unescaped (branch esc87): the pipes left part the cells."""
    read = unescaped_markdown(line)
    assert read.count("|") == len(_pipe_cells(read)) - 1


def test_a_pipe_table_of_parts_read_as_parts():
    assert _parts_tables_as_lines(PARTS) == [
        "", "", "□ 사업개요<br>○ 기 간: 연중", "□ 추진실적<br>○ 정기점검: 3월<br>- 보수: 4월", ""]


def test_a_table_of_parts_whose_every_line_escapes_a_pipe_is_read_still():
    lines = ["| 구 분 | 내 용 \\| 비 고 |", "| --- | --- |", "| 사업개요 | ○ 기 간: 1월 \\| 2월 |",
             "| 추진실적 | ○ 점검: 3월 \\| 4월 |", ""]
    pipe = LITERAL_MARKUP["|"]  # an escaped pipe's stand-in, `clean_text` reads it `|`
    assert _parts_tables_as_lines(unescaped_markdown("\n".join(lines)).split("\n")) == [
        "", "", f"□ 사업개요<br>○ 기 간: 1월 {pipe} 2월", f"□ 추진실적<br>○ 점검: 3월 {pipe} 4월", ""]


def test_a_wider_table_and_one_inside_a_part_stay_as_printed():
    wider = ["| 구 분 | 내 용 | 비 고 |", "| --- | --- | --- |", "| 사업개요 | ○ 기 간: 연중 | - |",
             "| 추진실적 | ○ 정기점검: 3월 | - |", ""]
    assert _parts_tables_as_lines(wider) == wider
    inside = ["□ 추진계획", "", *PARTS]
    assert _parts_tables_as_lines(inside) == inside


@given(st.text(alphabet="0123456789,. ()구비△-", max_size=16))
def test_printed_decimals_as_the_cells_figure_reads(cell):
    match = _money_cell(cell.strip())
    assert printed_decimals(cell) == (len(match.group(3)) if match and match.group(3) else 0)


def test_printed_decimals_of_real_cells():
    assert [printed_decimals(cell) for cell in ("850.0", "410.5(구비)", "1,426.04", "2,698,307", "", "1억 2,000만원")] \
        == [1, 1, 2, 0, 0, 0]


@given(st.lists(st.sampled_from(["2025", ".", " ", "5", "31", "일", "-", "/", "기", "준", "현", "재", "(", ")", "원",
                                 "명"]), max_size=12).map("".join))
def test_no_as_of_date_where_no_word_nor_bracket_prints_one(text):
    if not any(char in text for char in "준재(（"):
        assert AS_OF_RE.search(text) is None


def test_as_of_dates_read_as_before():
    assert [as_of_in(text, 2025) is not None for text in (
        "집행률(%) (5.31.기준)", "2025. 5. 31. 현재", "기준일: 2025. 5. 31.", "2 인 력 : 정원 464명 / 현원 432명",
        "Ⅰ 일반현황")] == [True, True, True, False, False]
    assert str(as_of_in("(2025. 5. 31. 기준)", 2025)) == "2025-05-31"


def test_an_item_under_a_numbered_one_stands_three_spaces_in():
    lines = ["1. 추진상황 점검", "   1. 부진과제 보완", "  - 점검", "    - 보완"]
    above = Paragraph("추진상황 점검", 1)
    assert [_numbered_item_level(raw, lines, above) for raw in lines[1:]] == [0, None, 3]
