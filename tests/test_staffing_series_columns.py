"""Series printed as columns under their kind of staff, in place of its grades (`일반직` over `소계 | 행정 |
전산 | 사회복지`, `일 반 직` over `행정직 | 전산직 | 사회복지직`): the kind's series (`series`, grade 계), as rows
marked as its parts are, the kind's 소계 their sum (sum.staffing), and where it prints none their sum its count.
Before, each series was a grade of the kind (`일반직`, grade `행정`)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_staffing_class_parts import findings, report

LAYOUTS = ["tab", "pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid", "pdf none"]
WITH_SUBTOTAL = ("구 분\t계\t일반직\t\t\t\t공무직\n\t\t소계\t행정\t전산\t사회복지\t\n정 원\t36\t30\t20\t6\t4\t6\n"
                 "현 원\t33\t28\t19\t5\t4\t5\n과부족\t△3\t△2\t△1\t△1\t0\t△1\n")
NO_SUBTOTAL = ("구 분\t계\t일 반 직\t\t\t공무직\n\t\t행정직\t전산직\t사회복지직\t\n정 원\t36\t20\t6\t4\t6\n"
               "현 원\t33\t19\t5\t4\t5\n")
# 현원 as `counts` gives it: class, grade, series ("" where none), count
PRESENT = [("계", "계", "", 33), ("공무직", "계", "", 5), ("일반직", "계", "", 28), ("일반직", "계", "사회복지", 4),
           ("일반직", "계", "전산", 5), ("일반직", "계", "행정", 19)]


def counts(r, status: str = "현원") -> list[tuple[str, str, str, int]]:
    return sorted((c.job_class, c.grade, c.series or "", c.headcount) for c in r.staffing if c.status == status)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_series_under_their_kind_beside_its_subtotal_are_its_series(layout, tmp_path):
    r = read_laid_out(report(WITH_SUBTOTAL), layout, tmp_path)
    assert counts(r) == PRESENT
    assert counts(r, "과부족")[2:] == [("일반직", "계", "", -2), ("일반직", "계", "사회복지", 0),
                                      ("일반직", "계", "전산", -1), ("일반직", "계", "행정", -1)]
    assert r.tables == []
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_series_under_their_kind_printing_no_subtotal_are_its_count(layout, tmp_path):
    r = read_laid_out(report(NO_SUBTOTAL), layout, tmp_path)
    assert counts(r) == [count for count in PRESENT if count != ("일반직", "계", "", 28)]
    assert r.tables == []
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf none"])
def test_a_wrong_series_column_is_found_once_on_its_kinds_subtotal(layout, tmp_path):
    wrong = WITH_SUBTOTAL.replace("현 원\t33\t28\t19\t5", "현 원\t33\t28\t19\t6").replace("△1\t△1\t0", "△1\t0\t0")
    r = read_laid_out(report(wrong), layout, tmp_path)
    assert findings(r) == [("sum.staffing", "현원", "일반직 계", "29", "28")]
    message, = (f.message for f in run_checks(r))
    assert message == "현원 일반직 계 인원이 직렬별 세부 인원의 합과 다릅니다 (표기 28, 합계 29)"


def test_a_wrong_series_column_with_no_subtotal_is_found_on_the_total(tmp_path):
    r = read_laid_out(report(NO_SUBTOTAL.replace("현 원\t33\t19\t5", "현 원\t33\t19\t6")), "tab", tmp_path)
    assert findings(r) == [("sum.staffing", "현원", "계", "34", "33")]


def test_grades_under_a_series_stay_grades(tmp_path):
    table = "구 분\t계\t행정직\t\n\t\t6급\t7급\n정 원\t30\t12\t18\n현 원\t28\t11\t17\n"
    r = read_laid_out(report(table), "tab", tmp_path)
    assert counts(r) == [("계", "계", "", 28), ("행정", "6급", "", 11), ("행정", "7급", "", 17)]
