"""A table of two label columns whose groups' labels are centred in tall rows, over a page break (branch pdf94).

`체육시설` over three rows (its label on the middle one's line), `생활시설` over four (its label on a line of its own,
halfway between the second and third), `공원시설` over three; a 계 first. pdfplumber read it as the text does;
`pdftotext -layout` did not, on one page or over two (false `sum.table` errors):
- a label on a line of its own between two tall rows is kept in the table (`_centred_label_row`) only where it
  stood left of both rows' cells; `-layout` closes a row's name cell up into the label column where the row prints
  no label (`생활시설` at 23–31, `게이트볼장` from 30), so the table ended at `생활시설`. A label starting left of
  both rows' cells is one.
- such a label goes to its group's first row: as many rows above it as below, each printing no label. The rows
  above counted those of `체육시설` below its middle row, those below those of `공원시설` above its (`생활시설` went
  to `체육시설`'s 소계). A label printed on a row's line takes as many blank rows on its far side as on its near
  side, and a label on a line of its own as many below it as above: those are no other label's.
- a page break inside a group: `-layout` centres the label in the group's part on one page (`생활시설`
  between `수영장` and `게이트볼장` at the foot of page 1, or between `테니스장` and `소계` atop page 2). A group's
  rows split by a page break stay its: the label on the second page takes the rows above the break no label above
  takes, the label on the first the rows below it up to the next label's.
- the rows atop a page, laid out anew at its own width, were set by their page's columns, but a row's label and name
  cells, overlapping in characters (`공원시설` at 21–29, `근린공원` from 28), made one column there (`공원시설
  근린공원 | 4 | | 700`): a row's two cells are two columns.
`pdftotext -raw` read all of these as the text does (checked below), and so does pdfplumber in the grid ruling.
"""

import subprocess

import pytest
from reportlab.platypus import Spacer

from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.layouts import make_pdfs, needs_pdftotext
from tests.pdf_styles import _tables_continued
from tests.test_pdf91 import COVER, _findings
from tests.test_pdf93 import LAYOUT_COVER

FACILITIES = COVER + """\
|계||21|3,900|
|체육시설|축구장|3|300|
||야구장|2|650|
||소계|5|950|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
||테니스장|2|350|
||소계|9|1,750|
|공원시설|근린공원|4|700|
||어린이공원|3|500|
||소계|7|1,200|
"""
PLANTED = FACILITIES.replace("||소계|9|1,750|", "||소계|9|1,850|")
PLANTED_FOUND = [("sum.table", "생활시설 / 소계", "예산", "1,750백만원", "1,850백만원")]
ROWS = [["계", "", "21", "3,900"], ["체육시설", "축구장", "3", "300"], ["", "야구장", "2", "650"],
        ["", "소계", "5", "950"], ["생활시설", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"],
        ["", "테니스장", "2", "350"], ["", "소계", "9", "1,750"], ["공원시설", "근린공원", "4", "700"],
        ["", "어린이공원", "3", "500"], ["", "소계", "7", "1,200"]]
# no 소계 rows: `생활시설` over three, `공원시설` over two (its label between them, atop the next page)
NO_SUBTOTALS = COVER + """\
|계||21|3,900|
|체육시설|축구장|3|300|
||야구장|2|650|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
||테니스장|2|350|
|공원시설|근린공원|4|700|
||어린이공원|3|500|
"""
# `생활시설` over two rows atop the next page, its label between them; `공원시설` over one
TWO_ROW_GROUPS = COVER + """\
|계||14|3,050|
|체육시설|축구장|3|300|
||야구장|2|650|
|생활시설|수영장|4|800|
||게이트볼장|3|600|
|공원시설|근린공원|2|700|
"""


def _drawn(text: str, cover_space: float, tmp_path, ruling: str = "grid"):
    """The text drawn in the "tables continued" style (tall rows, labels centred) in a ruling, the table
    `cover_space` points down the page (0: on one page; 400–580: over two, broken between groups)."""
    folder = tmp_path / f"{cover_space}-{ruling}"
    folder.mkdir(exist_ok=True)
    source = folder / "2025-hanbit-cheyuk.md"
    source.write_text(text, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()
    _tables_continued(pdfs)
    flowables = pdfs.flowables
    pdfs.flowables = lambda *args: [Spacer(1, cover_space - 580), *flowables(*args)]
    pdf = folder / "facilities.pdf"
    pdfs.render(source, pdf, ruling, True)
    return source, pdf


def _read(pdf, reading: str):
    if reading == "pdfplumber":
        return extract_file(pdf)
    text = pdf.with_name(f"facilities{reading}.txt")
    subprocess.run(["pdftotext", reading, str(pdf), str(text)], check=True)
    return extract_file(text)


@needs_pdftotext
@pytest.mark.parametrize("reading", ["-layout", "-raw", "pdfplumber"])
@pytest.mark.parametrize(("text", "cover_space", "found"), [
    (FACILITIES, 0, []), (FACILITIES, 460, []), (PLANTED, 460, PLANTED_FOUND), (NO_SUBTOTALS, 400, []),
    (TWO_ROW_GROUPS, 490, [])])
def test_groups_centred_in_tall_rows_read_as_their_text_twin(text, cover_space, found, reading, tmp_path):
    source, pdf = _drawn(text, cover_space, tmp_path)
    twin = extract_file(source)
    assert _findings(twin) == found
    read = _read(pdf, reading)
    assert len(read.tables) == 1
    assert [list(row) for row in read.tables[0].rows[1:]] == [list(row) for row in twin.tables[0].rows[1:]]
    if text == FACILITIES:
        assert [list(row) for row in read.tables[0].rows[1:]] == ROWS
    # before, -layout: the table ended at `생활시설` (its rows a table of their own, `공원시설` on 생활시설's 소계:
    # 계 12 ≠ 21 …); over two rows atop the next page, `생활시설` went to `야구장`; laid out anew,
    # `공원시설 근린공원 | 4 | | 700`
    assert [finding for finding in _findings(read) if finding[0] != "reading.group_unplaced"] == found
    # -raw: a group's label atop the next page, no 소계 telling whether the rows at the page's foot are its, said so
    # on its row though the page broke between groups (test_raw99)
    said = [finding[1] for finding in _findings(read) if finding[0] == "reading.group_unplaced"]
    atop = {NO_SUBTOTALS: ["공원시설"], TWO_ROW_GROUPS: ["생활시설"]}.get(text, [])
    assert said == (atop if reading == "-raw" else [])


LAYOUT = LAYOUT_COVER + """\
                                                      (단위: 개소, 백만원)
                       구분                개소   예산


                       계                 21   3,900



                              축구장        3    300



                       체육시설   야구장        2    650



                              소계         5    950



                              수영장        4    800

{first}

                              게이트볼장      3    600




                                   -1-
\f2025-hanbit-cheyuk



                                                    (계속)
                     구분                개소   예산


                            테니스장       2    350

{second}

                            소계         9    1,750



                            근린공원       4    700



                     공원시설   어린이공원      3    500



                            소계         7    1,200




                                 -2-
"""


ON_FIRST, ON_SECOND = " " * 23 + "생활시설", " " * 21 + "생활시설"  # the label column on each page


@pytest.mark.parametrize(("first", "second"), [(ON_FIRST, ""), ("", ON_SECOND)],
                         ids=["label on the first page", "label on the second page"])
@pytest.mark.parametrize(("subtotal", "found"), [("9    1,750", []), ("9    1,850", PLANTED_FOUND)])
def test_layout_a_group_a_page_break_parts_keeps_its_rows_either_side(first, second, subtotal, found, tmp_path):
    """`생활시설`'s four rows parted two and two by the break, its label centred in its part on one page."""
    source = tmp_path / "2025-hanbit-cheyuk.txt"
    source.write_text(LAYOUT.format(first=first, second=second).replace("9    1,750", subtotal), encoding="utf-8")
    report = extract_file(source)
    assert len(report.tables) == 1
    rows = [list(row) for row in report.tables[0].rows[1:]]
    assert rows == [row if row[2:] != ["9", "1,750"] else ["", "소계", "9", subtotal.split()[1]] for row in ROWS]
    # before: the table ended at the label (on the first page), or `생활시설` on `테니스장` (on the second)
    assert _findings(report) == found


HEADER, TOTAL, SPORTS = "구 분 개소 예산", "계 21 3,900", ["체육시설", "축구장 3 300", "야구장 2 650", "소계 5 950"]
PARKS = ["공원시설", "근린공원 4 700", "어린이공원 3 500", "소계 7 1,200"]
RAW_ROWS = ["계\t\t21\t3,900", "체육시설\t축구장\t3\t300", "\t야구장\t2\t650", "\t소계\t5\t950",
            "생활시설\t수영장\t4\t800", "\t게이트볼장\t3\t600", "\t테니스장\t2\t350", "\t소계\t9\t1,750",
            "공원시설\t근린공원\t4\t700", "\t어린이공원\t3\t500", "\t소계\t7\t1,200"]


@pytest.mark.parametrize("again", [[HEADER], ["(계속)", HEADER]])
def test_raw_a_group_a_page_break_parts_takes_its_rows_above_the_break_where_its_label_is_printed_below(again):
    """`pdftotext -raw` prints a merged label where its part is drawn: `생활시설` atop the next page, its first two
    rows at the foot of the page before, after `체육시설`'s 소계 (before, the table ended at `생활시설`)."""
    lines = one_space_tables([HEADER, TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600", *again, "생활시설",
                              "테니스장 2 350", "소계 9 1,750", *PARKS])
    assert [line for line in lines if line] == ["구 분\t\t개소\t예산", *RAW_ROWS]


def test_raw_rows_after_a_subtotal_stay_where_no_header_is_printed_again_over_the_next_label():
    """No page break between them: the rows after `체육시설`'s 소계 are no group's told by a label below."""
    lines = one_space_tables([HEADER, TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600", "생활시설",
                              "테니스장 2 350", "소계 9 1,750", *PARKS])
    assert "생활시설\t수영장\t4\t800" not in lines


def test_raw_rows_below_a_subtotal_printing_its_groups_label_stay_its_over_a_page_break():
    """`도시공원` over `소 계` (its group's first row), its rows below it; `녹 지` atop the next page heads its own."""
    lines = one_space_tables(["구 분 개 소 면 적", "계 112 3,412,580", "도시공원", "소 계 98 2,905,380",
                              "근린공원 14 2,310,500", "어린이공원 62 412,880", "소공원 22 182,000",
                              "구 분 개 소 면 적", "녹 지", "소 계 14 507,200", "완충녹지 9 398,700",
                              "경관녹지 5 108,500"])
    assert [line for line in lines if line][2:4] == ["도시공원\t소 계\t98\t2,905,380", "\t근린공원\t14\t2,310,500"]
