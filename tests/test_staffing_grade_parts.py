"""Staffing rows marked as parts of a grade, a table by grades whose rows break down by series (`6급` over `- 행정`,
`- 전산`): the grade's counts of each series (`series`), the class as the table gives it (`계`, grades printed with no
class), checked as the grade row's sum (sum.staffing) as a class's series are. Before, each was a class of its own
(`-행정`), and the 계 was found to be their sum with the grades' (66 against 36)."""

import pytest

from checks import run_checks
from tests.layouts import read_laid_out
from tests.test_staffing_class_parts import findings, report

TABLE = ("구 분\t정 원\t현 원\t과부족\n계\t36\t33\t△3\n5급\t6\t5\t△1\n6급\t30\t28\t△2\n- 행정\t20\t19\t△1\n"
         "- 전산\t10\t9\t△1\n")
# 현원 as `counts` gives it: class, grade, series ("" where none), count
PRESENT = [("계", "5급", "", 5), ("계", "6급", "", 28), ("계", "6급", "전산", 9), ("계", "6급", "행정", 19),
           ("계", "계", "", 33)]
TWO_GRADES = ("구 분\t정 원\t현 원\n계\t36\t33\n6급\t16\t15\n- 행정\t10\t10\n- 전산\t6\t5\n7급\t20\t18\n"
              "- 행정\t12\t11\n- 전산\t8\t7\n")


def counts(r, status: str = "현원") -> list[tuple[str, str, str, int]]:
    return sorted((c.job_class, c.grade, c.series or "", c.headcount) for c in r.staffing if c.status == status)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned", "space-aligned-ruled", "pdf grid",
                                    "pdf none"])
@pytest.mark.parametrize("mark", ["- ", "ㆍ", "○ ", "└ "])
def test_rows_marked_under_a_grade_are_its_series(mark, layout, tmp_path):
    r = read_laid_out(report(TABLE.replace("- ", mark)), layout, tmp_path)
    assert counts(r) == PRESENT
    assert counts(r, "과부족") == [("계", "5급", "", -1), ("계", "6급", "", -2), ("계", "6급", "전산", -1),
                                 ("계", "6급", "행정", -1), ("계", "계", "", -3)]
    assert r.tables == []
    # before: [('sum.staffing', '과부족', '계', '-5', '-3'), ('sum.staffing', '정원', '계', '66', '36'), (… '61', '33')]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf none"])
def test_each_grade_keeps_its_own_series(layout, tmp_path):
    r = read_laid_out(report(TWO_GRADES), layout, tmp_path)
    assert counts(r) == [("계", "6급", "", 15), ("계", "6급", "전산", 5), ("계", "6급", "행정", 10),
                         ("계", "7급", "", 18), ("계", "7급", "전산", 7), ("계", "7급", "행정", 11),
                         ("계", "계", "", 33)]
    assert findings(r) == []


@pytest.mark.parametrize("layout", ["tab", "space-aligned", "pdf none"])
def test_a_wrong_series_of_a_grade_is_found_once_on_the_grade(layout, tmp_path):
    r = read_laid_out(report(TWO_GRADES.replace("- 행정\t12\t11", "- 행정\t12\t12")), layout, tmp_path)
    assert findings(r) == [("sum.staffing", "현원", "계 7급", "19", "18")]
    message, = (f.message for f in run_checks(r))
    assert message == "현원 계 7급 인원이 직렬별 세부 인원의 합과 다릅니다 (표기 18, 합계 19)"


def test_series_listing_some_of_a_grade_alone_ask_no_sum(tmp_path):
    r = read_laid_out(report(TWO_GRADES.replace("- 전산\t6\t5\n", "")), "tab", tmp_path)
    assert findings(r) == []
