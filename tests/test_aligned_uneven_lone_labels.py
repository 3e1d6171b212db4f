"""Space-aligned text: three one-syllable labels of their own (`계     남       여`) that `pdftotext -layout` rounds
unevenly apart (5 and 7 characters), as a class spread alone on its line is (`일     반       직`, one label: see
test_staffing_spread_class_header). Each stands over a label below of its own (`(명)`, `인원`), so they stay three
labels; before, the allowance of two characters for spread letters made them one, `계남여` over each column."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제262회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n세 무 1 과\n\n"
         "Ⅰ. 일반현황\n\n1 인구 현황\n\n□ 외국인 주민 현황\n\n (단위: 명)\n\n")
ROWS = "  계         30     14      16\n  1동        10      5       5\n  2동        20      9      11\n"
TABLES = {
    "over-units": ("            계     남       여\n  구  분   (명)   (명)     (명)\n" + ROWS,
                   ["구 분", "계(명)", "남(명)", "여(명)"]),
    "over-words": ("            계     남       여\n  구  분   인원   인원     인원\n" + ROWS,
                   ["구 분", "계 인원", "남 인원", "여 인원"]),
    "top-line": ("  구  분     계     남       여\n" + ROWS, ["구 분", "계", "남", "여"]),
}


def _read(text: str):
    report = extract_report(read_text("t.txt", (COVER + text).encode()))
    return report, sorted((f.rule, f.row, f.column.replace(" ", ""), f.expected, f.actual)
                          for f in run_checks(report))


@pytest.mark.parametrize("name", TABLES)
def test_three_lone_labels_rounded_unevenly_apart_stay_three(name):
    text, header = TABLES[name]
    report, found = _read(text)
    assert [table.rows[0] for table in report.tables] == [header]
    assert found == []
    # a wrong 남, which its row's 계 and the 계 row's 남 both miss: one finding on it, so the columns are apart
    _, found = _read(text.replace("  1동        10      5", "  1동        10      6"))
    assert found == [("sum.table", "1동", header[2].replace(" ", ""), "5", "6")]


def test_three_lone_labels_over_figures_alone_stay_three():
    report, found = _read("             계     남       여\n             30     14      16\n")
    assert [table.rows[0] for table in report.tables] == [["계", "남", "여"]] and found == []
