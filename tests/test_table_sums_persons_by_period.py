"""sum.table: a plain 계 of persons over the periods they are counted in (`아동수당 지급 현황`: `계 | 14,560` over
`1분기 | 14,880` …), no larger than one of its parts, counts each once: it cannot be their sum and is no error
(before, expected 58,240); a 지급액 beside it is still its parts' sum. Under `계(실인원)` too (before, a row of its
own, so that a wrong 지급액 beside it was not found). Counts of other things by period (건수) still add up."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out

COVER = ("제281회 한빛구의회 제1차 정례회\n\n2026. 6. 8. ~ 6. 19.\n\n# 2026년 주요업무 보고\n\n"
         "## 아 동 청 소 년 과\n\n# Ⅱ. 주요업무 추진실적\n\n## 1 아동수당 지급\n\n")
BY_QUARTER = ("□ 아동수당 지급 현황 (단위: 명, 백만원)\n\n구 분\t{counted}\t지급액\n{total}\t14,560\t{paid}\n"
              "1분기\t14,880\t4,460\n2분기\t14,700\t4,410\n3분기\t14,620\t4,390\n4분기\t14,040\t4,210\n\n")
LAYOUTS = ["tab", "pipe-tables", "space-aligned", "pdf grid"]


def _found(report: str, layout: str, tmp_path) -> list[tuple[str, str, str, str, str]]:
    return sorted((f.rule, f.row.replace(" ", ""), f.column.replace(" ", ""), f.expected, f.actual)
                  for f in run_checks(read_laid_out(COVER + report, layout, tmp_path)))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("total", ["계", "계(실인원)", "합 계"])
@pytest.mark.parametrize("counted", ["지급 아동", "대상자", "인원"])
def test_a_total_of_persons_counted_once_over_quarters_is_no_sum(counted, total, layout, tmp_path):
    table = BY_QUARTER.replace("{counted}", counted).replace("{total}", total)
    assert _found(table.format(paid="17,470"), layout, tmp_path) == []
    # the money beside it is paid each quarter: its 계 is their sum
    assert _found(table.format(paid="17,570"), layout, tmp_path) == [
        ("sum.table", total.replace(" ", ""), "지급액", "17,470백만원", "17,570백만원")]


BY_MONTH = ("□ 드림스타트 사례관리 현황 (단위: {unit})\n\n구 분\t계\t1월\t2월\t3월\t4월\t5월\n"
            "사례관리 아동\t{persons}\t{january}\t318\t322\t325\t330\n\n")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_total_of_persons_over_months_as_columns(layout, tmp_path):
    """The months as columns, the 계 a column: by the table's unit (`명`) alone too."""
    table = BY_MONTH.replace("사례관리 아동", "사례관리")
    assert _found(table.format(unit="명", persons="330", january="312"), layout, tmp_path) == []
    # a 계 above every month may be their sum: it is still found
    assert _found(table.format(unit="명", persons="1,600", january="312"), layout, tmp_path) == [
        ("sum.table", "사례관리", "계", "1,607", "1,600")]
    assert _found(BY_MONTH.format(unit="명", persons="1,607", january="312"), layout, tmp_path) == []


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_total_of_cases_by_quarter_is_still_their_sum(layout, tmp_path):
    cases = ("□ 아동학대 신고 처리 현황 (단위: 건)\n\n구 분\t신고 건수\n계\t150\n1분기\t160\n2분기\t140\n\n")
    assert _found(cases, layout, tmp_path) == [("sum.table", "계", "신고건수", "300", "150")]
    # nor is a 계 of persons over no periods (by 동) left alone
    by_dong = ("□ 동별 아동수당 지급 현황 (단위: 명)\n\n구 분\t지급 아동\n계\t5,000\n"
               "한빛1동\t5,200\n한빛2동\t4,100\n\n")
    assert _found(by_dong, layout, tmp_path) == [("sum.table", "계", "지급아동", "9,300", "5,000")]


VISITS = ("□ 방문건강관리 실적 (단위: 명, 건)\n\n구 분\t{counted}\t방문 건수\n계\t{persons}\t{cases}\n"
          "1분기\t1,480\t4,120\n2분기\t1,510\t4,380\n\n")


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
@pytest.mark.parametrize("counted", ["등록자", "회원", "신청자", "방문 가구"])
def test_persons_named_beside_cases_by_quarter(counted, layout, tmp_path):
    """Under `(단위: 명, 건)` the column's word says it counts persons (or households); the 건수 beside it add up."""
    table = VISITS.replace("{counted}", counted)
    assert _found(table.format(persons="1,500", cases="8,500"), layout, tmp_path) == []
    assert _found(table.format(persons="1,500", cases="8,600"), layout, tmp_path) == [
        ("sum.table", "계", "방문건수", "8,500", "8,600")]
    assert _found(table.format(persons="2,980", cases="8,500"), layout, tmp_path) == [
        ("sum.table", "계", counted.replace(" ", ""), "2,990", "2,980")]


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf grid"])
def test_persons_by_half_with_the_total_last(layout, tmp_path):
    halves = "□ 체육교실 운영 (단위: 명)\n\n구 분\t상반기\t하반기\t계\n수강생\t400\t420\t{total}\n\n"
    assert _found(halves.format(total="420"), layout, tmp_path) == []
    assert _found(halves.format(total="820"), layout, tmp_path) == []
    assert _found(halves.format(total="800"), layout, tmp_path) == [("sum.table", "수강생", "계", "820", "800")]
