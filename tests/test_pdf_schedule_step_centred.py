"""A schedule (추진일정) printed without vertical rules whose step label is merged down over its two rows and
centred in its cell, as word processors print it: the label stands on a line of its own halfway between its
rows, which print their marks (and notes) with the label's column blank. Before, that line read as a row of its
own and the rows around it as no table at all: the schedule's steps were paragraphs (`● 1차 주민 교육`), the
project without them. Now the label goes to its group's first row, and the step is dated by the marks of both rows
(`주민 교육 : 1월, 4월~5월`), as a ruled PDF's merged cell and HTML's `rowspan` read."""

import pytest

from pipeline.document import Table as GridTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.read_text import read_text
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

# each step: its label, and each of its rows' marked months and note; `주민 교육` merged down over two rows
STEPS = [("기본계획 수립", [((1, 2), "")]), ("주민 교육", [((4, 5), "1차"), ((9, 9), "2차")]),
         ("설계 및 공사", [((3, 6), "")]), ("사후관리", [((7, 12), "")])]
ITEMS = [("기본계획 수립 : 1월~2월", 1, 2), ("주민 교육 : 4월~5월, 9월 / 1차 / 2차", 4, 9),
         ("설계 및 공사 : 3월~6월", 3, 6), ("사후관리 : 7월~12월", 7, 12)]


def schedule_pdf(path, *, font: str, size: float, month: float, rules: str, label_at: str, mark: str,
                 steps=STEPS) -> None:
    """The project's 추진일정 (`steps`, as `STEPS`): a label column ten type sizes wide, twelve months `month`
    points wide and a 비 고 column, in `font` at `size` points, each row `size` + 9 points tall; marks centred in
    their months, labels at their cell's left or centred (`label_at`), halfway down their rows. `rules`: above and
    below the header and below the last row (`frame`), or none."""
    left, top, row, label, note = 40, 640, size + 9, 10 * size, 40

    def draw(page):
        pdfs = make_pdfs()  # registers the CID fonts
        for text_size, y, text in ((16, 780, "Ⅱ. 주요업무 추진실적"), (14, 750, "① 생활권 녹지 확충 (녹지조성팀)"),
                                   (11, 720, "생활권 가까이에 녹지를 넓혀 구민의 휴식 공간을 늘리고자 함"),
                                   (12, 680, "□ 추진일정")):
            page.setFont(pdfs.HEAD_FONT if text_size > 11 else pdfs.BODY_FONT, text_size)
            page.drawString(left, y, text)
        xs = [left, left + label, *(left + label + month * m for m in range(1, 13)), left + label + 12 * month + note]

        def centred(column: int, y: float, text: str) -> None:
            page.drawCentredString((xs[column] + xs[column + 1]) / 2, y, text)

        page.setFont(font, size)
        baseline = top - row + (row - size) / 2 + 1
        for column, text in enumerate(["구 분", *(f"{m}월" for m in range(1, 13)), "비 고"]):
            centred(column, baseline, text)
        r = 1
        for step, rows in steps:
            middle = top - row * (r + len(rows) / 2) - size / 2 + 1
            if label_at == "centred":
                centred(0, middle, step)
            else:
                page.drawString(xs[0] + 5, middle, step)
            for (first, last), text in rows:
                y = top - row * (r + 1) + (row - size) / 2 + 1
                for m in range(first, last + 1):
                    centred(m, y, mark)
                if text:
                    centred(13, y, text)
                r += 1
        page.setLineWidth(0.4)
        for y in [top, top - row, top - row * r] if rules == "frame" else []:
            page.line(xs[0], y, xs[-1], y)
        page.setFont(pdfs.BODY_FONT, 11)
        page.drawString(left, top - row * r - 30, "□ 향후계획")

    path.write_bytes(one_page_pdf(draw))


@pytest.mark.parametrize("mark", ["●", "○"])
@pytest.mark.parametrize("label_at", ["left", "centred"])
@pytest.mark.parametrize("rules", ["frame", "none"])
@pytest.mark.parametrize(("font", "size", "month"), [("HYSMyeongJo-Medium", 9, 32), ("HYGothic-Medium", 8, 30),
                                                     ("HYSMyeongJo-Medium", 10, 38)])
def test_a_step_centred_on_its_two_rows_is_their_first_rows(font, size, month, rules, label_at, mark, tmp_path):
    path = tmp_path / "schedule.pdf"
    schedule_pdf(path, font=font, size=size, month=month, rules=rules, label_at=label_at, mark=mark)
    (grid,) = [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]
    marks = {m: mark for m in (4, 5)}
    assert grid[2:4] == (("주민 교육", *(marks.get(m, "") for m in range(1, 13)), "1차"),
                         ("", *("" if m != 9 else mark for m in range(1, 13)), "2차"))
    [project] = extract_file(path).projects
    assert [(item.text, item.start_month, item.end_month) for item in project.items if " : " in item.text] == ITEMS


# as `pdftotext -layout` prints such a schedule with the label on its group's first row: the second row starts with
# its mark, under `9월`
LAID_OUT = """\
        구 분         1월    2월    3월    4월    5월    6월     7월    8월    9월   10월   11월    12월   비 고
 기본계획 수립         ●      ●
 주민 교육                                  ●      ●                                                        1차
                                                                               ●                            2차
 사후관리                                                        ●      ●      ●       ●      ●      ●
"""


def test_a_row_of_a_blank_label_starting_with_a_mark_is_a_row_not_a_bullet():
    """Before, `●   2차` was a bullet (`2차`) ending the table, the step's 9월 lost."""
    blocks = read_text("t.txt", ("□ 추진일정\n" + LAID_OUT + "\n□ 향후계획\n").encode()).blocks
    (grid,) = [block.rows for block in blocks if isinstance(block, GridTable)]
    assert grid[2:] == (("주민 교육", "", "", "", "●", "●", *[""] * 7, "1차"),
                        ("", *[""] * 8, "●", "", "", "", "2차"),
                        ("사후관리", *[""] * 6, *["●"] * 6, ""))


# steps merged down over three rows, their labels on their middle rows' lines: after a step of one row, after the
# header, and after a step of two (its label on a line of its own between them)
OF_THREE = {"after-a-row": [("기본계획 수립", [((1, 2), "")]),
                            ("주민 교육", [((4, 5), "1차"), ((9, 9), "2차"), ((11, 11), "3차")]),
                            ("사후관리", [((7, 12), "")])],
            "first": [("주민 교육", [((4, 5), "1차"), ((9, 9), "2차"), ((11, 11), "3차")]),
                      ("사후관리", [((7, 12), "")])],
            "after-two": [("기본계획 수립", [((1, 2), "상반기"), ((7, 7), "하반기")]),
                          ("주민 교육", [((4, 5), "1차"), ((9, 9), "2차"), ((11, 11), "3차")]),
                          ("사후관리", [((7, 12), "")])]}


@pytest.mark.parametrize("label_at", ["left", "centred"])
@pytest.mark.parametrize("rules", ["frame", "none"])
@pytest.mark.parametrize(("font", "size", "month"), [("HYSMyeongJo-Medium", 9, 32), ("HYGothic-Medium", 8, 30)])
@pytest.mark.parametrize("steps", OF_THREE)
def test_a_step_centred_on_its_three_rows_is_their_first_rows(steps, font, size, month, rules, label_at, tmp_path):
    """Before, `주민 교육` stayed on its second row's line: its first row (4월~5월, 1차) went to the step above, or,
    first under the header, to no step."""
    path = tmp_path / "schedule.pdf"
    schedule_pdf(path, font=font, size=size, month=month, rules=rules, label_at=label_at, mark="●",
                 steps=OF_THREE[steps])
    (grid,) = [block.rows for block in read_document(path).blocks if isinstance(block, GridTable)]
    step = next(r for r, row in enumerate(grid) if row[0] == "주민 교육")
    assert [row[0] for row in grid[step:step + 4]] == ["주민 교육", "", "", OF_THREE[steps][-1][0]]
    assert grid[step][4:6] == ("●", "●")
    [project] = extract_file(path).projects
    assert ("주민 교육 : 4월~5월, 9월, 11월 / 1차 / 2차 / 3차", 4, 11) in [
        (item.text, item.start_month, item.end_month) for item in project.items]
    if steps == "after-two":
        assert ("기본계획 수립 : 1월~2월, 7월 / 상반기 / 하반기", 1, 7) in [
            (item.text, item.start_month, item.end_month) for item in project.items]
