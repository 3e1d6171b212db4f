"""A project's 추진일정 (a Gantt chart) as `pdftotext -layout` prints it: month labels over marks (`●`), each mark
a single character under its month, no blank columns three wide between words as a table of words alone has."""

import pytest

from extractors import extract_report
from pipeline.document import Bullet, Table
from pipeline.read_text import read_text

COVER = "제292회 한빛구의회 제1차 정례회\n\n2024. 6. 10. ~ 6. 24.\n\n# 2024년 주요업무 보고\n\n## 자치행정과\n\n"
PROJECT = "# Ⅱ. 주요업무 추진실적\n\n① 주민자치 활성화 (자치지원팀)\n\n□ 주요 추진실적\n\n  ○ 추진일정\n\n"
SCHEDULE = """\
  구 분          1월    2월    3월    4월    5월    6월    비 고
  위원 모집       ●      ●
  위원 교육                     ●      ●
  총회 개최                                   ●      ●     동별 개최"""
# each line counted a character a column, as a font that draws Hangul no wider than a mark may print it: the marks
# stand left of their months, further along the line
DRIFTING = """\
  구 분          1월    2월    3월    4월    5월    6월    비 고
  위원 모집        ●     ●
  위원 교육                    ●     ●
  총회 개최                                ●     ●     동별 개최"""
GRID = (("구 분", "1월", "2월", "3월", "4월", "5월", "6월", "비 고"),
        ("위원 모집", "●", "●", "", "", "", "", ""),
        ("위원 교육", "", "", "●", "●", "", "", ""),
        ("총회 개최", "", "", "", "", "●", "●", "동별 개최"))


def _read(text: str):
    document = read_text("t.txt", (COVER + PROJECT + text + "\n\n□ 향후계획\n\n  ○ 하반기 추진: 7월~12월\n").encode())
    return document, extract_report(document)


@pytest.mark.parametrize("mark", ["●", "■", "○", "◯", "◎", "V", "O"])
@pytest.mark.parametrize("text", [SCHEDULE, DRIFTING], ids=["under-months", "drifting"])
def test_a_schedule_of_marks_under_month_labels_is_a_table(text, mark):
    """Before, no table was read: the project got one item of the whole chart flattened
    (`구 분 1월 2월 … 위원 모집 ● ● …`), which months each step runs in lost."""
    document, report = _read(text.replace("●", mark))
    (table,) = [block for block in document.blocks if isinstance(block, Table)]
    grid = tuple(tuple(cell.replace("●", mark) for cell in row) for row in GRID)
    assert table.rows == grid
    (generic,) = report.tables
    assert (generic.caption, generic.project_seq, generic.header_rows) == ("추진일정", 1, 1)
    assert generic.rows == [list(row) for row in grid]
    assert not any("1월" in item for project in report.projects for item in project.items)


def test_bullets_with_month_labels_and_marks_stay_bullets():
    """A line starting with `○` is a bullet, however its words stand apart: no schedule's row."""
    document, report = _read("  ○ 1월    2월    3월    추진\n  ○ 위원 모집    ●\n  ○ 위원 교육    ●")
    assert not [block for block in document.blocks if isinstance(block, Table)]
    bullets = [block.text for block in document.blocks if isinstance(block, Bullet)]
    assert "위원 모집 ●" in bullets and "위원 교육 ●" in bullets
