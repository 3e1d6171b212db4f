"""A space-aligned table of words (money written out, `3억원`, `1억 4,500만원`: no figure) under a header whose last
label heads a column blank all the way down (`비고` over rows printing no note, the `계` row's too): the header is
the table's first row. Before, only the header printed three cells, so its lines had no blank columns, the table
started at the `계` row and the header was read as a paragraph, joined to a caption printed right above it
(`1. 출연금 현황 출연기관 출연금 비고`); its 출연금 column had no label and no written amount was checked."""

import pytest

from checks import run_checks
from pipeline.read_text import read_text
from tests.layouts import read_laid_out, tables_of

COVER = "제275회 한빛구의회 제1차 정례회\n\n# 2022년 주요업무 보고\n\n## 일자리경제과\n\n# Ⅰ. 일반현황\n\n"
NEXT = "\n# Ⅱ. 주요업무 추진실적\n"
GRANTS = ("## 1. 출연금 현황\n\n출연기관\t출연금\t비고\n계\t3억원\t\n"
          "(재)한빛일자리재단\t1억 4,500만원\t\n한빛신용보증\t1억 5,400만원\t\n")
LAYOUTS = ["space-aligned", "space-aligned-without-markdown", "space-aligned-tall-rows", "all-of-them"]


def _errors(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report) if f.severity == "error"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_header_over_a_blank_notes_column_heads_rows_of_written_amounts(layout, tmp_path):
    report = read_laid_out(COVER + GRANTS + NEXT, layout, tmp_path)
    (table,) = report.tables
    assert table.rows == [["출연기관", "출연금", "비고"], ["계", "3억원", ""],
                          ["(재)한빛일자리재단", "1억 4,500만원", ""], ["한빛신용보증", "1억 5,400만원", ""]]
    assert _errors(report) == []
    planted = read_laid_out(COVER + GRANTS.replace("계\t3억원", "계\t4억원") + NEXT, layout, tmp_path)
    assert _errors(planted) == [("sum.table", "계", "출연금", "299,000,000원", "400,000,000원")]


# as `pdftotext -layout` prints it: the caption right above the header, labels centred in their cells
PRINTED = """\
 1. 출연금 현황
      출연기관            출연금            비고
         계                3억원
  (재)한빛일자리재단   1억 4,500만원
     한빛신용보증      1억 5,400만원
"""


@pytest.mark.parametrize("note", ["", "정기"])
def test_a_header_right_under_its_caption_is_not_joined_to_it(note):
    text = PRINTED.replace("1억 4,500만원", f"1억 4,500만원     {note}".rstrip())
    document = read_text("t.txt", (COVER.replace("# ", "") + text + NEXT).encode())
    (table,) = tables_of(document)
    assert table.rows[:2] == (("출연기관", "출연금", "비고"), ("계", "3억원", ""))
    assert table.rows[2] == ("(재)한빛일자리재단", "1억 4,500만원", note)
    assert "1. 출연금 현황" in [getattr(block, "text", None) for block in document.blocks]


def test_a_line_of_more_words_over_rows_of_fewer_is_no_header_where_its_words_stand_among_theirs():
    """Its extra cells must stand right of every cell below: a line whose words stand over the rows' columns is
    a paragraph's line, not a header over blank columns."""
    text = (" 1. 추진 방향\n  가나다라   마바사   아자차   카타\n"
            "  계       3억원\n  복지재단  1억 4,500만원\n  문화재단  1억 5,500만원\n")
    document = read_text("t.txt", (COVER.replace("# ", "") + text + NEXT).encode())
    assert all(table.rows[0][0] != "가나다라" for table in tables_of(document))


# a 비고 printed on one row: the `계` row's last amount centred over its 증감 cell and the blank 비고 beside it
YEARS = ("## 1. 출연금 현황\n\n출연기관\t2021년\t2022년\t증감\t비고\n"
         "계\t45억원\t52억 5,000만원\t7억 5,000만원\t\n"
         "(재)한빛일자리재단\t32억 1,000만원\t38억원\t5억 9,000만원\t정기\n"
         "한빛신용보증\t12억 9,000만원\t14억 5,000만원\t1억 6,000만원\t\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_total_rows_last_amount_over_a_blank_note_stays_in_its_column(layout, tmp_path):
    """Before, the `계` row's `7억 5,000만원` stood over the blank column between 증감 and 비고, so the lines had no
    blank columns and the whole table was read as a paragraph."""
    report = read_laid_out(COVER + YEARS + NEXT, layout, tmp_path)
    (table,) = report.tables
    assert table.rows[1] == ["계", "45억원", "52억 5,000만원", "7억 5,000만원", ""]
    assert table.rows[2] == ["(재)한빛일자리재단", "32억 1,000만원", "38억원", "5억 9,000만원", "정기"]
    assert _errors(report) == []
    planted = read_laid_out(COVER + YEARS.replace("7억 5,000만원", "7억 4,000만원") + NEXT, layout, tmp_path)
    assert _errors(planted) == [("sum.table", "계", "증감", "750,000,000원", "740,000,000원")]
