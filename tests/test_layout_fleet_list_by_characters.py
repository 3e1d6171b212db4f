"""`pdftotext -layout` text of a list of words and figures set at their cells' left under labels centred over
wide cells, several rows leaving a cell blank (a fleet's `배기량` blank for an electric car, `비고` for most): no row
as wide as the header ends in a figure to tell how the list lines up, but its labels start where the words below
them do in characters (each syllable one column, as `pdftotext -layout` sets words), not in display columns.
Fixtures copied from a fleet list rendered by scripts/make_pdfs.py without rules; poppler is not needed."""

import pytest

from pipeline.document import Table
from pipeline.read_text import read_text
from tests.layouts import laid_out
from tests.test_layout_page_breaks import COVER, PAGE_BREAK

PART = " 3 주요시설 및 장비\n □ 공용차량\n" + laid_out((94, "(단위: 대)"))
HEADER = laid_out((21, "차종"), (26, "차량번호"), (40, "연식"), (48, "배기량"), (58, "용도"), (68, "비고"))
ROWS = [laid_out((21, "승용"), (26, "12가3456"), (40, "2019"), (48, "1,591"), (57, "업무용")), "",
        laid_out((21, "승합"), (26, "34나5678"), (40, "2020"), (48, "2,497"), (57, "민원용")), "",
        laid_out((21, "화물"), (26, "56다7890"), (40, "2018"), (48, "2,497")), "",
        laid_out((21, "특수"), (26, "78라1234"), (40, "2021"), (57, "청소용"), (68, "전기차")), "",
        laid_out((21, "화물"), (26, "90마5678"), (40, "2022"), (48, "1,998")), "", "",
        " 4 예산현황"]
LISTED = (("차종", "차량번호", "연식", "배기량", "용도", "비고"),
          ("승용", "12가3456", "2019", "1,591", "업무용", ""),
          ("승합", "34나5678", "2020", "2,497", "민원용", ""),
          ("화물", "56다7890", "2018", "2,497", "", ""),
          ("특수", "78라1234", "2021", "", "청소용", "전기차"),
          ("화물", "90마5678", "2022", "1,998", "", ""))


def _tables(lines: list[str]) -> list[Table]:
    document = read_text("t.txt", (COVER + "\n".join([PART, *lines]) + "\n").encode())
    return [block for block in document.blocks if isinstance(block, Table)]


def test_a_list_of_cells_set_at_their_left_under_centred_labels_reads_by_characters():
    """Before, read by display columns: a column under no label after `연식`, `배기량` over the uses and `용도` over
    the notes."""
    assert [table.rows for table in _tables([HEADER, "", *ROWS])] == [LISTED]


def test_the_list_under_its_header_alone_at_the_foot_of_the_page_reads_by_its_own_page():
    """The header laid out narrower on its page tells nothing of how the rows atop the next line up, and heads
    their columns in order, the columns made by all the rows (none prints every cell). Before, `용도 비고` were one
    label and `청소용 전기차` one cell."""
    header = laid_out((24, "차종"), (29, "차량번호"), (36, "연식"), (41, "배기량"), (47, "용도"), (52, "비고"))
    assert [table.rows for table in _tables([header, *PAGE_BREAK, *ROWS])] == [LISTED]


def test_labels_over_figures_set_right_read_by_display_columns_still():
    """A header's labels at their cells' left over figures set at the right start where no word below does: they
    tell nothing, and the table stays read by display columns (2022-hanbit-hwangyeong-layout's 인력)."""
    lines = ["  구  분   정 원   현 원   과부족   비 고",
             "  계          26      25       △1",
             "  5급          1       1        -",
             "  6급          6       6        -",
             "  7급          9       8       △1"]
    (table,) = _tables(lines)
    assert table.rows[:2] == (("구 분", "정 원", "현 원", "과부족", "비 고"), ("계", "26", "25", "△1", ""))


# `pdftotext -layout` of scripts/make_pdfs.py's PDF of the fleet without rules, the page breaking after its third
# row (the header not printed again): the rows atop the next page laid out anew at their own width, further left
PAGE_ONE = [laid_out((36, "차종"), (41, "차량번호"), (51, "연식"), (58, "배기량"), (66, "용도"), (72, "비고")), "",
            laid_out((36, "승용"), (41, "12가3456"), (51, "2019"), (58, "1,591"), (66, "업무용")), "",
            laid_out((36, "승합"), (41, "34나5678"), (51, "2020"), (58, "2,497"), (66, "민원용")), "",
            laid_out((36, "화물"), (41, "56다7890"), (51, "2018"), (58, "2,497"))]
PAGE_TWO = [laid_out((16, "특수"), (21, "78라1234"), (31, "2021"), (46, "청소용"), (52, "전기차")), "",
            laid_out((16, "화물"), (21, "90마5678"), (31, "2022"), (38, "1,998")), "", "", " 4 예산현황"]


@pytest.mark.parametrize("above", [1, 2, 3], ids=["one-row-above", "two-rows-above", "three-rows-above"])
def test_a_list_broken_between_its_rows_reads_its_last_cell_from_the_rows_atop_the_next_page(above):
    """None of the rows above the break prints `비고`, and the rows atop the next page, laid out anew, print no
    row as the last above does (`화물` leaves `용도` blank, `특수` `배기량`): the rows below go on from the list where
    one above prints as many cells, and where they make more columns on their page than the rows above do, the
    header's labels make the columns. Before, the list ended at the break: `용도 비고` one label over
    `업무용`, and the rows below a table of their own (`특수 | 78라1234 | 2021 | | 청소용 | 전기차`, no header)."""
    page_one = PAGE_ONE[:2 * above + 1]
    moved = ([laid_out((16, "승합"), (21, "34나5678"), (31, "2020"), (38, "2,497"), (46, "민원용")), ""] if above < 2
             else []) + ([laid_out((16, "화물"), (21, "56다7890"), (31, "2018"), (38, "2,497")), ""] if above < 3
                         else [])
    lines = page_one + PAGE_BREAK + moved + PAGE_TWO
    assert [table.rows for table in _tables(lines)] == [LISTED]


def test_the_list_under_labels_right_of_its_cells_broken_between_its_rows():
    """The header's labels right of the cells' words (`용도` over the middle of `민원용`): read so too."""
    lines = [HEADER, "", *ROWS[:6], *PAGE_BREAK, *PAGE_TWO]
    assert [table.rows for table in _tables(lines)] == [LISTED]
