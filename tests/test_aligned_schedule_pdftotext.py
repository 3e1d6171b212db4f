"""A space-aligned schedule as `pdftotext -layout` prints a PDF's Gantt chart: each glyph a column at its place, so in
display columns the wide letters before a bar (`착수 및 설계`) push it left of its months, and the month labels' own
(`1월 … 6월`) push them right: a bar drawn over 3월~5월 read as 3월~4월, its first month's label cut and its last
month's not reached. Such a schedule is read by characters where its bars tell so: as many marks over months, fewer
bars' ends cutting a month's label. Before, where a budget beside the months voted for display columns (or where
marks over months tied), each bar lost its last month."""

import pytest

from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.test_generic_variants import COVER

# rendered by `pdftotext -layout` (poppler 22.12) from a PDF drawn with reportlab in HYSMyeongJo-Medium at 10pt, the
# months 50pt apart, each bar typed over its months (`■` and `━` as wide as a syllable), a 예산 right of the months
WITH_BUDGET = """\
 구분         1월   2월     3월    4월   5월    6월    예산

 착수 및 설계   ■■■■■■■■■                             5,000

 공사 시행                 ■■■■■■■■■■■■■■          120,000

 준공 및 정산                                ■■■■        -

 위원 교육                       ━━━━━━━━━━━━━━       800
"""
# the same chart without its budget column
MONTHS_ONLY = """\
 구분         1월   2월     3월    4월   5월    6월

 착수 및 설계   ■■■■■■■■■

 공사 시행                 ■■■■■■■■■■■■■■

 준공 및 정산                                ■■■■

 위원 교육                       ━━━━━━━━━━━━━━
"""


def steps(chart: str) -> list[tuple[str, int, int]]:
    text = (COVER + "# Ⅱ. 주요업무 추진실적\n\n① 주민자치 활성화 (자치지원팀)\n\n□ 주요 추진실적\n\n○ 추진일정\n\n"
            + chart + "\n\n□ 향후계획\n\n○ 12월 : 결과 보고\n")
    [project] = extract_report(read_text("t.txt", text.encode())).projects
    return [(item.text, item.start_month, item.end_month) for item in project.items
            if item.start_month is not None and item.text != "12월 : 결과 보고"]


@pytest.mark.parametrize("chart", [WITH_BUDGET, MONTHS_ONLY], ids=["with-budget", "months-only"])
def test_bars_printed_by_pdftotext_mark_the_months_they_are_drawn_over(chart):
    budgets = [" / 예산 5,000", " / 예산 120,000", "", " / 예산 800"] if "예산" in chart else ["", "", "", ""]
    # before: 공사 시행 3월~4월, 위원 교육 4월~5월
    assert steps(chart) == [(f"착수 및 설계 : 1월~2월{budgets[0]}", 1, 2), (f"공사 시행 : 3월~5월{budgets[1]}", 3, 5),
                            ("준공 및 정산 : 6월", 6, 6), (f"위원 교육 : 4월~6월{budgets[3]}", 4, 6)]
