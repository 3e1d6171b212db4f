"""PyMuPDF's sorted text of a staffing table whose grades stand over a figure of their own as often in display
columns as in letters' widths, but far more evenly off them in letters' widths (branch mupdf126).

A header of several classes (`행 정 직` over four grades, `녹 지 직` over two, `운 전 직` over one) drifts in display
columns as PyMuPDF counts its grades' blanks (tests/test_mupdf114.py): far right each grade still stands nearer its
own figure than any other, so as many stand over figures of their own either way, but off them by more than the
grades far left. Such a header is read in letters' widths where it stands clearly more evenly so
(`_CLEARLY_MORE_EVEN`) and its lower line is grades alone (`_grades_alone`): a label's last word wrapped under the
header (`)` under `집행률(%`) stays where it is read, its table's figures under their own labels."""

from pathlib import Path

import pytest

import tests.test_mupdf105
from pipeline.aligned import _grades_alone, split_cells
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.test_mupdf114 import glyph_width, headcount, read_staffing, report_text, staffing_lines, with_shortfall


@pytest.fixture(autouse=True)
def korean_font(monkeypatch):
    monkeypatch.setattr(tests.test_mupdf105, "glyph_width", glyph_width)


# the columns' edges in points as a PDF draws a table of this shape: row labels, 합 계, 행정직's four grades,
# 녹지직's two, 운전직's one, 공무직
EDGES = (248.0, 284.5, 316.0, 357.5, 383.7, 409.9, 448.2, 489.7, 515.9, 557.4, 590.0)
CLASSES = [(0, 0, "구 분"), (1, 1, "합 계"), (2, 5, "행 정 직"), (6, 7, "녹 지 직"), (8, 8, "운 전 직"),
           (9, 9, "공무직")]
GRADES = ["5급", "6급", "7급", "8·9급", "6급", "7급", "8급"]
# each grade's class, as the header sets it over them
GRADE_CLASSES = ["행정", "행정", "행정", "행정", "녹지", "녹지", "운전"]
ROWS = with_shortfall(["27", "1", "4", "6", "7", "2", "2", "1", "4"], ["25", "1", "5", "5", "6", "2", "1", "1", "4"])


def expected(rows: dict[str, list[str]]) -> set[tuple[str, str, str, int]]:
    """The records of a table of 합계, the classes' grades and 공무직, each row's figures in that order."""
    out = set()
    for label, (total, *figures, other) in rows.items():
        status = label.replace(" ", "")
        out |= {(status, "계", "계", headcount(total)), (status, "공무직", "계", headcount(other))}
        out |= {(status, job_class, grade, headcount(figure))
                for job_class, grade, figure in zip(GRADE_CLASSES, GRADES, figures, strict=True)}
    return out


def test_the_grade_line_is_grades_alone_and_a_wrapped_label_s_word_is_not():
    upper, lower, *_ = staffing_lines(EDGES, CLASSES, GRADES, ROWS)
    assert lower.split() == GRADES
    assert _grades_alone(split_cells(lower))
    assert not _grades_alone(split_cells(upper))
    assert not _grades_alone(split_cells(" " * 60 + ")"))
    assert not _grades_alone(split_cells("5급    6급    7급    시간선택제"))


@pytest.mark.parametrize("shift", [-30.0, -12.0, 0.0, 15.0, 30.0])
def test_grades_as_often_over_their_figures_but_more_evenly_in_letters_widths_are_read_so(tmp_path: Path, shift):
    edges = tuple(edge + shift for edge in EDGES)
    lines = staffing_lines(edges, CLASSES, GRADES, ROWS)
    got = read_staffing(tmp_path, report_text(lines))
    assert ("정원", "행정", "8·9급", 7) in got  # not 녹지직's
    assert ("현원", "녹지", "7급", 1) in got and ("현원", "운전", "8급", 1) in got  # not 운전직's 7급, 공무직's 8급
    assert got == expected(ROWS)


COVER = "제118회 바다구의회 제1차 정례회\n\n2025년도 주요업무 보고\n\n문화체육과\n\nⅠ. 일반현황\n\n"
# pdftotext -layout of a budget whose last label wraps around its header's line: `)` stands over no figure of
# its own in any measure, and the table stays read as it stands
WRAPPED = """\
 3. 예산현황
                                                                                     (2025. 5. 31. 기준, 단위: 천원)
                                                                        집행률(%
            구분               예산액            집행액           집행잔액
                                                                          )

     합 계                    4,512,300      1,984,100      2,528,200     44.0

     생활체육 활성화              3,020,000      1,510,000      1,510,000     50.0

     문화예술 지원                1,492,300      474,100        1,018,200     31.8
"""


def test_a_label_wrapped_under_the_header_line_keeps_its_figures_under_their_labels():
    r = extract_report(read_text("t.txt", (COVER + WRAPPED).encode()))
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget] == [
        ("계", 4512300000, 1984100000, 44.0), ("생활체육 활성화", 3020000000, 1510000000, 50.0),
        ("문화예술 지원", 1492300000, 474100000, 31.8)]
