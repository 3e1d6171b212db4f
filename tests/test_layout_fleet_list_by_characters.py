"""`pdftotext -layout` text of a list of words and figures set at their cells' left under labels centred over
wide cells, several rows leaving a cell blank (a fleet's `배기량` blank for an electric car, `비고` for most): no row
as wide as the header ends in a figure to tell how the list lines up, but its labels start where the words below
them do in characters (each syllable one column, as `pdftotext -layout` sets words), not in display columns.
Fixtures copied from a fleet list rendered by scripts/make_pdfs.py without rules; poppler is not needed."""

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
