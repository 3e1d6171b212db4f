"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a table of groups, each a `소 계` row, a row printing the
group's label beside its first part and a row of the last part alone (branch mupdf99). PyMuPDF sets each row off by
its own letters: the rows printing most cells line up with one another, but the rows of a label and a figure a
column stand off them, their figures left of the columns. Before, each such figure made a column of its own (nine
columns for six), the sums found wrong; now a row printing a figure for each column of figures, one of them
standing off every column the fullest rows make, makes no columns, its figures read one a column in order. A
`소 계` starting where a lone part's label set off the first column starts is read into the second column too,
though it looks centred under the group labels (a short label may by chance), so that its group's label rises to
it, as in the text twin."""

import textwrap

from checks import run_checks
from pipeline.aligned import display_width
from pipeline.extract import extract_file
from tests.test_hunt95 import tables


def line(*cells: tuple[int, str]) -> str:
    """A line printing each text at its display column (a syllable two columns wide)."""
    out = ""
    for column, text in cells:
        out += " " * (column - display_width(out)) + text
    return out


# positions as PyMuPDF prints a table drawn with its cells in straight columns: `소 계` and `민영주차` flush with
# the second column's labels in the PDF, `제1권역  공영` and its figures set right of them by its letters
ROWS = [
    line((38, "권 역"), (46, "구 분"), (54, "계"), (58, "노상형"), (66, "노외형"), (74, "건축부설")),
    line((37, "합 계"), (56, "26"), (61, "5"), (69, "10"), (77, "11")),
    line((43, "소 계"), (54, "11"), (59, "2"), (67, "4"), (75, "5")),
    line((41, "제1권역"), (50, "공영"), (60, "6"), (65, "1"), (73, "2"), (81, "3")),
    line((43, "민영주차"), (54, "5"), (58, "1"), (65, "2"), (73, "2")),
    line((43, "소 계"), (54, "15"), (59, "3"), (67, "6"), (75, "6")),
    line((41, "제2권역"), (50, "공영"), (60, "8"), (65, "2"), (73, "3"), (81, "3")),
    line((43, "민영주차"), (54, "7"), (59, "1"), (67, "3"), (75, "3")),
]
UNIT = line((90, "(2025. 5. 31. 기준, 단위: 개소)"))
TEXT = "2025년 주요업무 보고\n\n 2. 주차장 현황\n\n" + UNIT + "\n\n" + "\n\n".join(ROWS) + "\n"

TWIN = (("권 역", "구 분", "계", "노상형", "노외형", "건축부설"), ("합 계", "", "26", "5", "10", "11"),
        ("제1권역", "소 계", "11", "2", "4", "5"), ("", "공영", "6", "1", "2", "3"),
        ("", "민영주차", "5", "1", "2", "2"), ("제2권역", "소 계", "15", "3", "6", "6"),
        ("", "공영", "8", "2", "3", "3"), ("", "민영주차", "7", "1", "3", "3"))


def test_rows_set_off_the_fullest_rows_read_one_figure_a_column(tmp_path):
    [rows] = tables(tmp_path, TEXT)
    assert rows == TWIN


def test_the_groups_add_up_and_a_wrong_subtotal_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-juchajang-pymupdf-sort.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert [f.rule for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == []
    path.write_text(TEXT.replace(ROWS[5], ROWS[5].replace("15", "16")), encoding="utf-8")
    assert [(f.rule, f.row, f.column) for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == [
        ("sum.table", "제2권역 / 소 계", "계")]


def test_a_subtotal_centred_by_chance_goes_with_the_parts_set_off_where_it_starts(tmp_path):
    """`소 계` (43-48) stands a column off the centre of `제1권역` (41-48): alone it would stay in the first column,
    but `민영주차` starting where it does is plainly set off, so both are the second column's."""
    alone = TEXT.replace(ROWS[4], line((46, "민영주차"), (56, "5"), (60, "1"), (67, "2"), (75, "2")))
    alone = alone.replace(ROWS[7], line((46, "민영주차"), (56, "7"), (61, "1"), (69, "3"), (77, "3")))
    [rows] = tables(tmp_path, alone)
    assert [row[:2] for row in rows[2:5]] == [("소 계", ""), ("제1권역", "공영"), ("", "민영주차")]
    [rows] = tables(tmp_path, TEXT)
    assert [row[:2] for row in rows[2:5]] == [("제1권역", "소 계"), ("", "공영"), ("", "민영주차")]


# a group's label printed on a line of its own, centred on its `소 계`'s row (set off left of the 동 column) and the
# three 동 below it, as PyMuPDF sorts a label merged down over the group's four rows
DISTRICTS = textwrap.dedent("""\
    2025년 주요업무 보고

     Ⅰ. 일반현황

     □ 권역별 인구 현황

                                             구 분         인 구(명)  세대수   통수   반수

                                            총 계                 137,100    63,120   292   2,033

                                                  소 계       72,500     33,540   156   1,098

                                                      동산1동     24,310     10,215   51    362
                                            동부권역
                                                      동산2동     22,150     11,020   48    341

                                                     푸른숲1동   26,040     12,305   57    395

                                                  소 계       64,600     29,580   136   935

                                            서부권역  푸른숲2동   31,420     14,270   66    455

                                                  중앙동      33,180     15,310   70    480
    """)


def test_a_group_label_centred_on_its_set_off_subtotal_and_rows_rises_to_the_subtotal(tmp_path):
    [rows] = tables(tmp_path, DISTRICTS)
    assert rows[1:] == (("총 계", "", "137,100", "63,120", "292", "2,033"),
                        ("동부권역", "소 계", "72,500", "33,540", "156", "1,098"),
                        ("", "동산1동", "24,310", "10,215", "51", "362"),
                        ("", "동산2동", "22,150", "11,020", "48", "341"),
                        ("", "푸른숲1동", "26,040", "12,305", "57", "395"),
                        ("서부권역", "소 계", "64,600", "29,580", "136", "935"),
                        ("", "푸른숲2동", "31,420", "14,270", "66", "455"),
                        ("", "중앙동", "33,180", "15,310", "70", "480"))


def test_a_group_label_centred_on_the_rows_below_the_subtotal_stays_there(tmp_path):
    """Centred on the three 동 alone (between the second and the third), the label is theirs: the `소 계` above stays
    a row of its own in the first column."""
    lines = DISTRICTS.split("\n")
    label = next(k for k, line in enumerate(lines) if line.strip() == "동부권역")
    assert lines[label + 2] == ""  # 동산1동, 동부권역, 동산2동, a blank: 동산1동, a blank, 동산2동, 동부권역
    text = "\n".join(lines[:label] + ["", lines[label + 1], lines[label]] + lines[label + 3:])
    [rows] = tables(tmp_path, text)
    assert [row[:2] for row in rows[2:6]] == [("소 계", ""), ("동부권역", "동산1동"), ("", "동산2동"),
                                             ("", "푸른숲1동")]


# a header of a label over the row labels and one over each column of figures, PyMuPDF setting it left of the rows
# (fewer letters before its labels): `개소` over `실내체육`
FACILITIES = "\n\n".join([
    "2025년 주요업무 보고", " Ⅰ. 일반현황", " □ 체육시설 현황",
    line((41, "구 분"), (56, "개소"), (62, "면적(m²)")),
    line((46, "계"), (57, "15"), (66, "86,400")),
    line((40, "체육시설"), (50, "실내체육"), (63, "9"), (70, "61,200")),
    line((46, "실외체육시설"), (60, "6"), (67, "25,200"))]) + "\n"


def test_header_labels_over_the_figures_head_them_in_turn(tmp_path):
    [rows] = tables(tmp_path, FACILITIES)
    assert rows == (("구 분", "", "개소", "면적(m²)"), ("체육시설", "계", "15", "86,400"),
                    ("", "실내체육", "9", "61,200"), ("", "실외체육시설", "6", "25,200"))


# a row of wide figures PyMuPDF sets whole right of its header's labels, none under its own
PROJECT_BUDGET = "\n\n".join([
    "2025년 주요업무 보고", " Ⅱ. 주요업무 추진실적", "① 공원 시설물 정비 (공원관리팀)", "□ 예산현황",
    line((90, "(단위: 천원)")),
    line((42, "예산액"), (55, "집행액"), (66, "집행률(%)")),
    line((64, "2,500,000(구비)"), (82, "950,000(구비)"), (98, "38.0"))]) + "\n"


def test_a_row_of_figures_set_off_whole_right_of_its_header_is_headed_by_it(tmp_path):
    [rows] = tables(tmp_path, PROJECT_BUDGET)
    assert rows == (("예산액", "집행액", "집행률(%)"), ("2,500,000(구비)", "950,000(구비)", "38.0"))
