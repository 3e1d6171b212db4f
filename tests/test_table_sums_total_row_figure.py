"""sum.table: a wrong figure of the 계 row (its `2월`, that the rows' 2월 make another) under a corner that adds up
down its 계 column is one finding, on that figure, as a wrong figure of the 계 column is: before, the corner was
found too, as no sum of the 계 row's months (expected the sum with the wrong 2월 in it)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_generic_variants import summary, tsv

COVER = "제266회 한빛구의회 제1차 정례회\n\n2025. 6. 9. ~ 6. 20.\n\n# 2025년 주요업무 보고\n\n## 청 소 행 정 과\n\n"
WASTE = ("□ 월별 처리량 (2025. 1월 ~ 5월)\n\n(단위: 톤)\n\n"
         "구 분\t계\t1월\t2월\t3월\t4월\t5월\t일평균\n"
         "계\t61,482.6\t12,410.2\t11,032.5\t12,706.8\t12,540.3\t12,792.8\t407.2\n"
         "생활폐기물\t28,940.1\t5,920.4\t5,130.2\t5,984.6\t5,880.5\t6,024.4\t191.7\n"
         "음식물류\t18,320.5\t3,702.1\t3,310.8\t3,780.2\t3,701.9\t3,825.5\t121.3\n"
         "재활용품\t14,222.0\t2,787.7\t2,591.5\t2,942.0\t2,957.9\t2,942.9\t94.2\n")
REPORT = COVER + "# Ⅰ. 일반현황\n\n## 3 폐기물 처리 현황\n\n" + WASTE
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "grid-tables", "pdf grid", "pdf horizontal"]


def _found(report: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row, f.column.replace(" ", ""), f.expected, f.actual)
                  for f in run_checks(read_laid_out(report, layout, tmp_path)))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_figure_of_the_total_row_is_one_finding_in_every_layout(layout, tmp_path):
    assert _found(REPORT, layout, tmp_path) == []
    assert _found(REPORT.replace("11,032.5", "11,132.5"), layout, tmp_path) == [
        ("sum.table", "계", "2월", "11,032.5", "11,132.5")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_figure_of_a_row_or_of_the_total_column_is_one_finding_as_before(layout, tmp_path):
    assert _found(REPORT.replace("28,940.1", "29,040.1"), layout, tmp_path) == [
        ("sum.table", "생활폐기물", "계", "28,940.1", "29,040.1")]
    assert _found(REPORT.replace("5,130.2", "5,230.2"), layout, tmp_path) == [
        ("sum.table", "생활폐기물", "2월", "5,130.2", "5,230.2")]


COUNTS = tsv("구 분 | 계 | 상반기 | 하반기", "계 | 300 | 130 | 170", "신 규 | 100 | 40 | 60", "계 속 | 200 | 90 | 110")


def test_the_corner_is_still_found_where_it_is_wrong_too():
    # the 계 row's 상반기 and its 계 both no sum of the rows: two figures wrong, two findings
    assert summary(COUNTS.replace("계\t300\t130", "계\t310\t140")) == [
        ("sum.table", "계", "계", "300", "310"), ("sum.table", "계", "상반기", "130", "140")]
    # the 계 row's 상반기 wrong, its 계 the sum of the rows' 계 (and so no sum of its own row): the 상반기 alone
    assert summary(COUNTS.replace("계\t300\t130", "계\t300\t140")) == [("sum.table", "계", "상반기", "130", "140")]
    # two of the 계 row's figures wrong by as much either way: each found, the corner that adds up not
    assert summary(COUNTS.replace("계\t300\t130\t170", "계\t300\t140\t160")) == [
        ("sum.table", "계", "상반기", "130", "140"), ("sum.table", "계", "하반기", "170", "160")]
