"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a table whose `합 계` and parts print one-digit figures
(branch mupdf100). PyMuPDF sets each row off by its own letters, and a one-digit figure is too narrow to reach the
header's labels or the figures of the rows above: a row printing a group's label beside its first part
(`제1권역  공영   2   1   1   -`) stood under too few of the cells above it, the blank line over it parted the
table, and its rows were read as paragraphs. Now a row goes on from the one above it where both print a label or
two, then figures alone, as many figures each (`_shaped_alike`), however they are set off."""

from checks import run_checks
from pipeline.document import Paragraph, Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.test_mupdf99 import line

# positions as PyMuPDF prints the PDF of the text twin below (each row's figures set off by its own letters)
ROWS = [
    line((38, "권 역"), (46, "구 분"), (54, "계"), (58, "노상형"), (66, "노외형"), (74, "건축부설")),
    line((37, "합 계"), (56, "9"), (61, "3"), (69, "4"), (77, "2")),
    line((43, "소 계"), (54, "4"), (59, "1"), (67, "2"), (75, "1")),
    line((41, "제1권역"), (50, "공영"), (60, "2"), (65, "1"), (73, "1"), (79, "-")),
    line((43, "민영주차"), (54, "2"), (58, "-"), (65, "1"), (73, "1")),
    line((43, "소 계"), (54, "5"), (59, "2"), (67, "2"), (75, "1")),
    line((41, "제2권역"), (50, "공영"), (60, "3"), (65, "1"), (73, "1"), (81, "1")),
    line((43, "민영주차"), (54, "2"), (59, "1"), (67, "1"), (73, "-")),
]
UNIT = line((100, "(2025. 5. 31. 기준, 단위: 개소)"))
TEXT = "2025년 주요업무 보고\n\n 2. 주차장 현황\n\n" + UNIT + "\n\n" + "\n\n".join(ROWS) + "\n"

TWIN = (("권 역", "구 분", "계", "노상형", "노외형", "건축부설"), ("합 계", "", "9", "3", "4", "2"),
        ("제1권역", "소 계", "4", "1", "2", "1"), ("", "공영", "2", "1", "1", "-"),
        ("", "민영주차", "2", "-", "1", "1"), ("제2권역", "소 계", "5", "2", "2", "1"),
        ("", "공영", "3", "1", "1", "1"), ("", "민영주차", "2", "1", "1", "-"))


def blocks(tmp_path, text: str) -> list:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path).blocks


def test_one_digit_rows_set_off_by_their_letters_stay_one_table(tmp_path):
    found = blocks(tmp_path, TEXT)
    assert [block.rows for block in found if isinstance(block, Table)] == [TWIN]
    assert not any(isinstance(block, Paragraph) and "공영" in block.text for block in found)


def test_the_groups_add_up_and_a_wrong_figure_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-juchajang-pymupdf-sort.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert [f.rule for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == []
    wrong = line((41, "제2권역"), (50, "공영"), (60, "4"), (65, "1"), (73, "1"), (81, "1"))
    path.write_text(TEXT.replace(ROWS[6], wrong), encoding="utf-8")
    assert [(f.rule, f.row, f.column) for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == [
        ("sum.table", "제2권역 / 공영", "계")]



# a table of periods, one column of figures (`일 수`) after the dates: PyMuPDF sets the `계` row, a label and one
# figure, by its few letters, its figure under the dates of the rows above
def schedule(*total: tuple[int, str], shift: int = 0) -> str:
    """The text, the rows but the total's set `shift` columns right (the header and the `계` row left of them)."""
    return "\n\n".join([
        "2025년 주요업무 보고", " Ⅱ. 주요업무 추진실적", " □ 찾아가는 민원실 운영", "  - 운영 실적",
        line((39, "구 분"), (51, "기 간"), (61, "일 수"), (69, "비 고")),
        line(*((column + shift, text) for column, text in
               ((38, "상반기 운영"), (52, "2025. 3. 4. ~ 3. 14."), (75, "9"), (80, "시범 운영")))),
        line(*((column + shift, text) for column, text in
               ((38, "하반기 운영"), (52, "2025. 9. 1. ~ 9. 5."), (75, "5")))),
        line(*total)]) + "\n"


SCHEDULE_TWIN = (("구 분", "기 간", "일 수", "비 고"), ("상반기 운영", "2025. 3. 4. ~ 3. 14.", "9", "시범 운영"),
                 ("하반기 운영", "2025. 9. 1. ~ 9. 5.", "5", ""), ("계", "", "14", ""))


def test_a_total_rows_one_figure_under_the_dates_goes_in_the_column_of_figures(tmp_path):
    """`14` stands under `2025. 3. 4. ~ 3. 14.`, no figure's column: the table's one column of figures is its."""
    found = blocks(tmp_path, schedule((38, "계"), (68, "14")))
    assert [block.rows for block in found if isinstance(block, Table)] == [SCHEDULE_TWIN]


def test_a_total_row_set_left_of_every_column_closes_the_table(tmp_path):
    """The rows' labels centred in a wide first cell (`상반기 운영` from 46, the dates from 60), the `계` row set left
    of them all and of the header: still the table's last row, its label in the first column, its figure in
    `일 수`'s."""
    found = blocks(tmp_path, schedule((35, "계"), (68, "14"), shift=8))
    assert [block.rows for block in found if isinstance(block, Table)] == [SCHEDULE_TWIN]
    path = tmp_path / "2025-hanbit-minwon-pymupdf-sort.txt"
    path.write_text(schedule((35, "계"), (68, "15"), shift=8), encoding="utf-8")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(extract_file(path))
            if f.rule.startswith("sum.")] == [("sum.table", "계", "일 수", "14", "15")]
