"""A schedule of marks as `pdftotext -layout` prints a PDF's (rendered by scripts/make_pdfs.py, the text kept here),
each mark at the character column of its position, the table centred on the page: read by characters, as its marks
stand over their month labels in characters (the month labels' and the row labels' wide letters push them apart in
display columns). Before, read by display columns, `발주` at 5월 read at 4월 and `준공` at 11월 at 9월, and with a
`비 고` word beside a step's marks (`○  ○  외부기관`) the rows were no table at all, each an item of its words. A
schedule typed in display columns (tests/test_project_schedules.py's `ALIGNED`) is read so still."""

import pytest

from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_project_schedules import COVER, END

# `pdftotext -layout` of tests/test_project_schedules.py's SCHEDULE in a PDF ruled as a grid
NOTED = """\
                          구분      1월   2월   3월   4월   5월   6월   7월   8월   9월   10월   11월   12월   비고

                         청렴교육     ●    ●

                         청렴 캠페인             ●    ●    ●

                         청렴도 측정                                                      ○     ○     외부기관

                         주민 설명회             ●    ●                        ●    ●
"""
# a schedule of one mark a step, under months of one syllable and of two digits
CENTRED = """\
                            구분     1월   2월   3월   4월   5월   6월    7월   8월   9월   10월   11월   12월

                            기본설계   ●    ●    ●

                            발주                         ●

                            공사                              ●     ●    ●    ●    ●

                            준공                                                         ●
"""


def steps(schedule: str, tall: bool) -> list[tuple[str, int, int]]:
    schedule = schedule if tall else "\n".join(line for line in schedule.split("\n") if line.strip())
    [project] = extract_report(read_text("t.txt", (COVER + schedule + "\n" + END).encode())).projects
    return [(i.text, i.start_month, i.end_month) for i in project.items if i.heading == "추진일정"]


@pytest.mark.parametrize("tall", [True, False])
def test_a_schedule_with_a_note_beside_its_marks(tall):
    assert steps(NOTED, tall) == [("청렴교육 : 1월~2월", 1, 2), ("청렴 캠페인 : 3월~5월", 3, 5),
                                  ("청렴도 측정 : 11월~12월 / 외부기관", 11, 12),
                                  ("주민 설명회 : 3월~4월, 9월~10월", 3, 10)]


@pytest.mark.parametrize("tall", [True, False])
def test_each_mark_of_a_centred_schedule_under_its_month(tall):
    assert steps(CENTRED, tall) == [("기본설계 : 1월~3월", 1, 3), ("발주 : 5월", 5, 5), ("공사 : 6월~10월", 6, 10),
                                    ("준공 : 11월", 11, 11)]


def test_the_grid_keeps_each_mark_in_its_month():
    report = extract_report(read_text("t.txt", (COVER + NOTED + "\n" + END).encode()))
    [grid] = report.tables
    assert grid.rows[3] == ["청렴도 측정", *[""] * 10, "○", "○", "외부기관"]
