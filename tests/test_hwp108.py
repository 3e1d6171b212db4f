"""`pdftotext -layout` of HWP's staffing and vehicles tables in narrow columns, left unread by hwp105-hwp107:
- a figure wrapped a digit a line in a narrow column, centred on its row (`1` over `4   135 …` over `0`: 140; `△`
  over a row printing nothing there over `2`: △2), or a header's label naming one (`총` over `2` over
  `3   승용 …` over `6` over `대`: 총236대), read as one cell (`_stacked_character_lines`); before, each digit
  was a line of its own, no staffing and no fleet read;
- a label of four syllables or more stacked around its row, its row's line on one of its two middle lines
  (`정` over `원   40 …` over `총` over `계`), read where every row so printed leans alike and the run parts one
  way alone (`_stacked_around_rows`); before, nine staffing counts of thirty, a fleet's seven of twenty-four;
- a table whose header names no row labels' column (`계   승용   승합 …` over `12   5   4 …`) right under another
  table's last row, no blank line between, read as a table of its own where its rows print no label and the
  table above prints them (`AlignedRows._no_row_labels_below`); before, its lines were more rows of the staffing
  table and no fleet was read."""

import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.aligned import AlignedRows, _stacked_character_lines, split_cells
from pipeline.extract import extract_file
from tests.layouts import needs_pdftotext
from tests.test_hwp105 import _layout, _read, _records, _stacked
from tests.test_hwp107 import STAFF_THEN_FLEET
from tests.test_pdf_hwp_last_row_label_wrapped import FLEET, STAFFING, _render
from tests.test_pdf_hwp_shaded import render_as_hwp

STAFF_DIGITS_STACKED = """\
Ⅰ. 일반현황
2 인 력
                                              (2025. 5.31.기준, 단위: 명)
   구분    계               일반직                          기능직
              소계    4급   5급   6급   7급   8급이하     소계     7급   8급
          1
   정원     4   135    1    4   10   12    8        5      2    3
          0
          1
   현원     3   134    1    4   9    12    8        4      2    2
          8
         △
   과부족        △1     -   -    △1   -     -       △1      -   △1
         2

3 주요시설 및 장비
"""

FLEET_TOTAL_STACKED = """\
Ⅰ. 일반현황
3 주요시설 및 장비
□ 공용차량
                                                        (단위: 대)
              총
              2
          구
              3         승용         승합        화물   특수
          분
              6
              대
                  소계    소형   중형   소계   중형    소형   청소차
              2
          보
              3   112   55   57   88    88   30    6
          유
              6

4 예산현황
"""


def test_a_figure_printed_a_digit_a_line_in_a_narrow_column_reads_as_one_figure(tmp_path):
    (rows,), paragraphs, report = _read(STAFF_DIGITS_STACKED, tmp_path)
    assert [row[:3] for row in rows[2:]] == [("정원", "140", "135"), ("현원", "138", "134"), ("과부족", "△2", "△1")]
    assert not {"1", "0", "8", "△", "2"} & set(paragraphs)
    staffing, _ = _records(report)
    assert len(staffing) == 30
    assert [count for count in staffing if count[1:3] == ("계", "계")] == [
        ("정원", "계", "계", 140), ("현원", "계", "계", 138), ("과부족", "계", "계", -2)]


def test_a_header_label_naming_a_figure_stacked_a_character_a_line_heads_its_column(tmp_path):
    """`총` over `2` over `3   승용 …` over `6` over `대` beside the label column's `구` over `분`, its lines
    between: `총236대` over the count `236`, the fleet's total."""
    (rows,), _, report = _read(FLEET_TOTAL_STACKED, tmp_path)
    assert rows == (("구 분", "총236대", "승용", "", "", "승합", "", "화물", "특수"),
                    ("", "", "소계", "소형", "중형", "소계", "중형", "소형", "청소차"),
                    ("보 유", "236", "112", "55", "57", "88", "88", "30", "6"))
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts][:3] == [("소계", 236), ("소계", 112), ("소형", 55)]


def _characters(text: str) -> dict[int, int]:
    lines = text.splitlines()
    texts = [line.strip() for line in lines]
    cells = [cells if len(cells := split_cells(line)) > 1 else None for line in lines]
    return _stacked_character_lines(lines, texts, cells, [], True)


@pytest.mark.parametrize("text", [
    # a digit over a row printing nothing there, none under it: no figure centred on the row
    "   구분    계     5급\n          2\n   정원           1\n   현원    38     3\n",
    # digits stacked over a row printing a wider figure there: that row's own
    "   구분    계     5급\n          1\n   정원   140     1\n          0\n",
    # a row of figures whose stack makes no figure (`1가0`)
    "   구분    계     5급\n          1\n   정원     가    1\n          0\n",
], ids=["nothing-below", "wider-cell", "no-figure"])
def test_characters_not_stacked_around_one_row_are_left_as_read_before(text):
    assert _characters(text) == {}


def _digits_stacked(totals: list[int], gap: int) -> str:
    """A staffing table as `pdftotext -layout` prints its 계 column one digit wide: each total's middle digit on
    its row's line, the others a line each above and below."""
    lines = ["2 인 력", "   구 분" + " " * gap + "  계     5급    6급"]
    for status, total in zip(("정원", "현원"), totals, strict=False):
        digits = str(total)
        middle = len(digits) // 2
        lines += [" " * 10 + digit for digit in digits[:middle]]
        lines.append(f"   {status}     " + digits[middle] + "      1      2")
        lines += [" " * 10 + digit for digit in digits[middle + 1:]]
    return "\n".join(["Ⅰ. 일반현황", *lines, "", "3 주요시설 및 장비", ""])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(100, 99_999).filter(lambda n: len(str(n)) % 2), min_size=2, max_size=2))
def test_totals_stacked_a_digit_a_line_read_whatever_the_figures(totals):
    """Odd counts of digits centred on their rows: each total read whole (one digit wide: a figure of 3 or 5)."""
    text = _digits_stacked(totals, 3)
    lines = text.splitlines()
    aligned = AlignedRows(lines, [])
    rows = [cells for cells in aligned.cells if cells and cells[0].text in ("정원", "현원")]
    assert [row[1].text for row in rows] == [str(total) for total in totals]


def _pdf_records(text: str, tmp_path, size: float, ruling: str, narrow=(0,), label_leading=None):
    source, pdf = _render(text, tmp_path, size, ruling, narrow, label_leading)
    return _records(extract_file(_layout(pdf))), _records(extract_file(source))


STAFF_HUNDREDS = (STAFFING.replace("\t40\t", "\t140\t").replace("\t38\t", "\t138\t")
                  .replace("\t35\t", "\t135\t").replace("\t34\t", "\t134\t"))
FLEET_HUNDREDS = FLEET.replace("보 유\t30", "보 유\t236").replace("정 수\t31", "정 수\t237")


@needs_pdftotext
@pytest.mark.parametrize("ruling", ["none", "horizontal"])
@pytest.mark.parametrize("size", [9, 11])
@pytest.mark.parametrize("narrow", [(1,), (0, 1)], ids=["total-column", "label-and-total-columns"])
@pytest.mark.parametrize("text", [STAFF_HUNDREDS, FLEET_HUNDREDS], ids=["staffing", "fleet"])
def test_the_layout_text_of_a_narrow_total_column_reads_as_the_pdf(text, narrow, size, ruling, tmp_path):
    """`140` / `236` a digit a line, `△2` / `▲1` a character a line: the PDF's source's counts (before, none)."""
    read, printed = _pdf_records(text, tmp_path, size, ruling, narrow)
    assert read == printed
    staffing, fleets = read
    if text is STAFF_HUNDREDS:
        assert len(staffing) == 30 and staffing[0] == ("정원", "계", "계", 140)
        assert ("과부족", "계", "계", -2) in staffing
    else:
        assert fleets[0][0] == ("계", "계", 236) and len(fleets[0]) == 24


STAFF_FOUR_SYLLABLES = (STAFFING.replace("정 원\t", "정 원 총 계\t").replace("현 원\t", "현 원 총 계\t")
                        .replace("과부족\t", "과 부 족 계\t"))
FLEET_FOUR_SYLLABLES = (FLEET.replace("보 유\t", "보 유 현 황\t").replace("정 수\t", "정 수 현 황\t")
                        .replace("과부족\t", "과 부 족 계\t"))


@needs_pdftotext
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("text", [STAFF_FOUR_SYLLABLES, FLEET_FOUR_SYLLABLES], ids=["staffing", "fleet"])
def test_labels_of_four_syllables_set_tight_read_as_the_pdf(text, size, tmp_path):
    """The label column's lines a point closer than the figures': each row's line on its label's second line
    (`정` over `원   40 …` over `총` over `계`), the header's on `구` (`구   계   일반직 …` over `분`)."""
    read, printed = _pdf_records(text, tmp_path, size, "horizontal", (0,), size + 1)
    assert read == printed
    staffing, fleets = read
    if text is STAFF_FOUR_SYLLABLES:
        assert len(staffing) == 30 and [count for *_, count in staffing[::10]] == [40, 38, -2]
    else:
        assert len(fleets[0]) == 24


@pytest.mark.parametrize(("text", "stacked"), [
    ("      구 분     계    5급   6급\n      일\n      반  20     8    12\n      직\n      계\n",
     {1: 2, 3: 2, 4: 2}),
    ("      구 분     계    5급   6급\n      일\n      반\n      직  20     8    12\n      계\n",
     {1: 3, 2: 3, 4: 3}),
    # a header's corner label on its first line tells the lean: each row's label's second line
    ("      구   계    5급   6급\n      분\n      일\n      반  20     8    12\n      직\n      계\n"
     "      기\n      능   4     1     3\n      직\n      계\n",
     {1: 0, 2: 3, 4: 3, 5: 3, 6: 7, 8: 7, 9: 7}),
], ids=["row-on-second-line", "row-on-third-line", "lean-told-by-the-header"])
def test_a_label_of_four_syllables_stacked_around_its_row_on_a_middle_line_is_its_rows(text, stacked):
    assert _stacked(text) == stacked


def test_rows_on_middle_lines_leaning_either_way_are_left_as_read_before():
    """`구   계 …` over `분` (its row on its label's upper middle line) over `일` `반` over `직   20 …` over `계`
    (on its lower): no one lean, nothing taken."""
    text = "      구   계    5급   6급\n      분\n      일\n      반\n      직  20     8    12\n      계\n"
    assert _stacked(text) == {}


FLEET_NO_CORNER = """\
          계       승용     승합     화물
          12         5        4        3
"""

FLEET_TOTAL_STACKED_NO_CORNER = """\
  총
          승용     승합     화물
  계
  14       5        4        3
"""

FLEET_TWO_LINES_NO_CORNER = """\
          계            승용              승합
                  소계   소형   중형   소계   중형
          12       5      2      3      7      7
"""


@pytest.mark.parametrize(("fleet", "header", "kinds"), [
    (FLEET_NO_CORNER, ("계", "승용", "승합", "화물"), [("계", 12), ("승용", 5), ("승합", 4), ("화물", 3)]),
    (FLEET_TOTAL_STACKED_NO_CORNER, ("총 계", "승용", "승합", "화물"),
     [("계", 14), ("승용", 5), ("승합", 4), ("화물", 3)]),
    (FLEET_TWO_LINES_NO_CORNER, ("계", "승용", "", "", "승합", ""),
     [("계", 12), ("소계", 5), ("소형", 2), ("중형", 3), ("소계", 7), ("중형", 7)]),
], ids=["one-line", "total-stacked", "two-lines"])
def test_a_fleet_without_row_labels_right_under_a_staffing_table_reads_as_a_table_of_its_own(
        fleet, header, kinds, tmp_path):
    tables, _, report = _read(STAFF_THEN_FLEET.format(fleet=fleet), tmp_path)
    assert len(tables) == 2
    assert [row[0] for row in tables[0]] == ["구 분", "정 원", "현 원", "과 부 족"]
    assert tables[1][0] == header
    staffing, (fleet_counts,) = _records(report)
    assert len(staffing) == 12
    assert [(kind, count) for _, kind, count in fleet_counts] == kinds


def test_rows_of_figures_without_labels_under_a_header_of_groups_are_one_table():
    """Guard: a fleet printing no row labels, its second header line under its first row of figures: the run above
    prints no label either, the same table."""
    lines = """\
          계       승용     승합
          12         5        7
                  소계   소형   중형
                     5      2      3
""".splitlines()
    assert AlignedRows(lines, [])._headers_right_below() == []


FLEET_UNDER_STAFFING = """# Ⅰ. 일반현황

## 2 인력 및 장비 현황

#### □ 인력 및 공용차량 현황

구 분\t계\t5급\t6급\t7급\t8급
정 원\t24\t2\t6\t9\t7
현 원\t23\t2\t6\t8\t7

총 계\t승용\t승합\t화물\t특수
14\t5\t4\t3\t2

## 3 주요시설 및 장비
"""


def _staffing_and_fleet(records):
    staffing, fleets = records
    return len(staffing), [[(kind, count) for _, kind, count in fleet] for fleet in fleets]


@needs_pdftotext
def test_the_layout_text_of_a_fleet_set_right_under_a_staffing_table_reads_as_the_pdf(tmp_path):
    """No room between the two tables: `총계   승용 …` right under `현원   23 …` (before, no fleet)."""
    source, pdf = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(FLEET_UNDER_STAFFING, encoding="utf-8")
    render_as_hwp(source, pdf, gap=0)
    layout = pdf.with_suffix(".layout.txt")
    subprocess.run(["pdftotext", "-layout", str(pdf), str(layout)], check=True)
    assert _records(extract_file(layout)) == _records(extract_file(source))
    assert _staffing_and_fleet(_records(extract_file(layout))) == (
        10, [[("계", 14), ("승용", 5), ("승합", 4), ("화물", 3), ("특수", 2)]])


@needs_pdftotext
@pytest.mark.parametrize("ruling", ["none", "horizontal"])
@pytest.mark.parametrize("size", [9, 11])
def test_the_layout_text_of_a_fleet_in_a_narrow_label_column_under_a_staffing_table_reads_as_the_pdf(
        size, ruling, tmp_path):
    """`총` over `승용   승합 …` over `계`, then `1` over `5   4 …` over `4` (its count 14 in the label column): the
    fleet read, `계` over `1` no table printed a cell a line (before, one fleet count of five)."""
    read, printed = _pdf_records(FLEET_UNDER_STAFFING, tmp_path, size, ruling)
    assert read == printed
    assert _staffing_and_fleet(read) == (10, [[("계", 14), ("승용", 5), ("승합", 4), ("화물", 3), ("특수", 2)]])
