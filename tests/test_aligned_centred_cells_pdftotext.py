"""`pdftotext -layout` (poppler 22.12) of PDF tables drawn with reportlab in HYSMyeongJo-Medium without rules, each
cell's text centred as 한글 sets words (figures set right or centred), and of such text typed by hand.

A facilities table of labels of many lengths (`한빛구민체육센터 | 한빛로 120 | 9,800 | 2012. 5.`): `pdftotext -layout`
prints each centred label at the character column of its first glyph, so a shorter label stands right of a longer one
above it (`한빛아트홀` under `한빛구민체육센터`), a few characters off its centre; before, it was read as that row's
part (`↳ 한빛아트홀`). A header of labels centred in wide cells over figures set right (`구분  계  1종 … 5종` over
`계  412  3 …`, landscape): in display columns the wide letters left of a label push it past its figure's end, so half
the figures stood under no label; before, the header was read as the caption's text and the 계 row as no table.
Where neither the first cell right of the label nor the last lines up in either count (words of varying lengths
centred), the figures between them tell how the table is laid out."""

import pytest

from tests.test_aligned_gaps2 import read_body
from tests.test_generic_variants import summary

# cells 16pt padded, rows 8pt padded (tall rows), figures set right
FACILITIES_TALL_ROWS = """\
3 주요시설 현황

             시설명      위치      면적(㎡)      개관

              계               18,400

       한빛구민체육센터     한빛로 120    9,800   2012. 5.

            한빛아트홀   중앙로 45     4,600   2016. 3.

        생활체육공원      강변로 8      4,000   2019. 9.
"""

# rows 3pt padded, figures centred
FACILITIES_DENSE = """\
3 주요시설 현황

             시설명      위치      면적(㎡)      개관
              계               18,400
       한빛구민체육센터     한빛로 120   9,800    2012. 5.
            한빛아트홀   중앙로 45    4,600    2016. 3.
        생활체육공원      강변로 8     4,000    2019. 9.
"""

# with a 비고 column, cells 10pt padded
FACILITIES_WITH_NOTES = """\
3 주요시설 현황

            시설명     위치      면적(㎡)      개관       비고
             계              18,400
      한빛구민체육센터    한빛로 120    9,800   2012. 5.   수영장
        한빛아트홀     중앙로 45     4,600   2016. 3.   512석
       생활체육공원     강변로 8      4,000   2019. 9.
"""

# typed by hand: each cell centred on its column in characters, the figures set right
FACILITIES_TYPED = """\
3 주요시설 현황

           시설명            위치          면적(㎡)    개관

            계                     18,400

        한빛구민체육센터        한빛로 120    9,800    2012. 5.

          한빛아트홀         중앙로 45     4,600    2016. 11.

         생활체육공원          강변로 8     4,000    2019. 9.
"""

# typed by hand, notes of varying lengths centred in the last column: neither `위치` nor `비고` tells the count, the
# figures between them do (before, read in display columns: `18,400` under 위치)
FACILITIES_TYPED_WITH_NOTES = """\
3 주요시설 현황

           시설명             위치          면적(㎡)       개관            비고

            계                      18,400

        한빛구민체육센터         한빛로 120    9,800       2012. 5.         수영장

          한빛아트홀          중앙로 45     4,600       2016. 11.     공연장 512석

         생활체육공원           강변로 8     4,000       2019. 9.         축구장
"""

# landscape A4, cells 60pt wide, 10pt type
KINDS_60 = """\
2 업소 현황

          구분   계         1종       2종        3종     4종     5종

          계        412        3        27    118    201        63
"""

# four kinds, cells 80pt wide (read before too)
KINDS_80 = """\
2 업소 현황

          구분   계           1종        2종         3종         4종

          계        1,205        48        377        512        268
"""

# cells 60pt wide with two rows below the 계 row
KINDS_WITH_ROWS = """\
2 업소 현황

          구분    계         1종       2종        3종        4종        5종

           계        412        3        27    118       201           63

          한빛동       140        1         9        40        70        20

          중앙동       272        2        18        78    131           43
"""


FACILITIES = {"tall rows": FACILITIES_TALL_ROWS, "dense": FACILITIES_DENSE, "typed": FACILITIES_TYPED}
FACILITY_ROWS = [("계", "", "18,400", ""), ("한빛구민체육센터", "한빛로 120", "9,800", "2012. 5."),
                 ("한빛아트홀", "중앙로 45", "4,600", "2016. 3."), ("생활체육공원", "강변로 8", "4,000", "2019. 9.")]


@pytest.mark.parametrize("body", FACILITIES.values(), ids=FACILITIES.keys())
def test_a_shorter_label_centred_under_a_longer_one_is_a_row_of_its_own(body):
    tables, _report = read_body(body)
    [table] = tables
    opened = "2016. 11." if "2016. 11." in body else "2016. 3."
    assert table.rows == (("시설명", "위치", "면적(㎡)", "개관"), FACILITY_ROWS[0], FACILITY_ROWS[1],
                          (*FACILITY_ROWS[2][:3], opened), FACILITY_ROWS[3])


def test_a_shorter_label_centred_under_a_longer_one_beside_notes_is_a_row_of_its_own():
    [table] = read_body(FACILITIES_WITH_NOTES)[0]
    assert table.rows == (("시설명", "위치", "면적(㎡)", "개관", "비고"), (*FACILITY_ROWS[0], ""),
                          (*FACILITY_ROWS[1], "수영장"), (*FACILITY_ROWS[2], "512석"), (*FACILITY_ROWS[3], ""))


def test_figures_between_centred_words_tell_a_table_laid_out_by_characters():
    [table] = read_body(FACILITIES_TYPED_WITH_NOTES)[0]
    assert table.rows == (("시설명", "위치", "면적(㎡)", "개관", "비고"), (*FACILITY_ROWS[0], ""),
                          (*FACILITY_ROWS[1], "수영장"), (*FACILITY_ROWS[2][:3], "2016. 11.", "공연장 512석"),
                          (*FACILITY_ROWS[3], "축구장"))


def test_parts_indented_under_a_centred_total_are_still_parts():
    """A `계` centred over the labels tells the column is centred; `노 상` and `노 외`, as long as `공 영` above them,
    stand past its end: indented, its parts, as before."""
    [table] = read_body("""\
2 주차장 현황
                                              (단위: 면)
         구 분          면 수

            계          1,200

         공 영            700

           노 상          300

           노 외          400

         민 영            500
""")[0]
    assert [row[0] for row in table.rows] == ["구 분", "계", "공 영", "↳ 노 상", "↳ 노 외", "민 영"]


KINDS = {"60pt cells": KINDS_60, "80pt cells": KINDS_80}


@pytest.mark.parametrize("body", KINDS.values(), ids=KINDS.keys())
def test_labels_centred_in_wide_cells_head_the_total_row_of_figures_set_right(body):
    tables, _report = read_body(body)
    [table] = tables
    if "5종" in body:
        assert table.rows == (("구분", "계", "1종", "2종", "3종", "4종", "5종"),
                              ("계", "412", "3", "27", "118", "201", "63"))
    else:
        assert table.rows == (("구분", "계", "1종", "2종", "3종", "4종"), ("계", "1,205", "48", "377", "512", "268"))


def test_rows_below_the_total_printed_off_it_go_on_its_table():
    """The header heads the `계` row; the rows below it, whose figures `pdftotext -layout` printed a few characters
    off the 계 row's (`40` ending three past `118`), stand cell for cell in its columns: they go on its table (before,
    a table of their own without the header)."""
    tables, _report = read_body(KINDS_WITH_ROWS)
    assert [table.rows for table in tables] == [
        (("구분", "계", "1종", "2종", "3종", "4종", "5종"), ("계", "412", "3", "27", "118", "201", "63"),
         ("한빛동", "140", "1", "9", "40", "70", "20"), ("중앙동", "272", "2", "18", "78", "131", "43"))]
    assert summary(KINDS_WITH_ROWS) == []
    # one wrong figure, found once, where the 계 row and the 계 column meet on it
    assert summary(KINDS_WITH_ROWS.replace("78    131", "79    131")) == [("sum.table", "중앙동", "3종", "78", "79")]
