"""A 세부사업 named as its 단위사업 (`기본경비 | 기본경비`), the 단위사업 printing no line of its own, is a line of the
계: before, `sum.budget` left it out of the 계's sum and found the 계 off by it (an error on every report printing its
기본경비 so), in a table of two levels and of three (`행정운영경비 | 기본경비 | 기본경비`)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import TEXT_LAYOUTS

COVER = "제283회 미르구의회 제1차 정례회\n2019. 6. 11. ~ 6. 25.\n2019년도 주요업무보고\n세 무 1 과\nⅠ. 일반현황\n"
TWO_LEVELS = ("3. 예산현황\n(단위 : 천원)\n단위사업\t세부사업\t예산액\t집행액\t집행률(%)\n"
              "계\t\t{total}\t512,600\t39.9\n"
              "지방세 부과\t재산세 부과 관리\t512,000\t220,000\t43.0\n"
              "\t취득세 부과 관리\t312,000\t122,000\t39.1\n"
              "세외수입 관리\t세외수입 체납 정리\t360,000\t128,600\t35.7\n"
              "기본경비\t기본경비\t100,000\t42,000\t42.0\n")
THREE_LEVELS = ("3. 예산현황\n(단위 : 천원)\n정책사업\t단위사업\t세부사업\t예산액\t집행액\t집행률(%)\n"
                "총 계\t\t\t{total}\t512,600\t39.9\n"
                "세입 확충\t지방세 부과\t소 계\t824,000\t342,000\t41.5\n"
                "\t\t재산세 부과 관리\t512,000\t220,000\t43.0\n"
                "\t\t취득세 부과 관리\t312,000\t122,000\t39.1\n"
                "\t세외수입 관리\t세외수입 체납 정리\t360,000\t128,600\t35.7\n"
                "행정운영경비\t기본경비\t기본경비\t100,000\t42,000\t42.0\n")


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("table", [TWO_LEVELS, THREE_LEVELS], ids=["two levels", "three levels"])
def test_a_detail_named_as_its_unit_is_a_line_of_the_total(table, layout):
    r = report(TEXT_LAYOUTS[layout](COVER + table.format(total="1,284,000")))
    assert ("기본경비", "기본경비", 100_000_000) in [(b.name, b.parent, b.budget_krw) for b in r.budget]
    assert found(r) == []


@pytest.mark.parametrize("table", [TWO_LEVELS, THREE_LEVELS], ids=["two levels", "three levels"])
def test_a_total_off_its_lines_is_still_found(table):
    r = report(COVER + table.format(total="1,384,000"))
    sums = [finding for finding in found(r) if finding[0] == "sum.budget"]
    assert sums == [("sum.budget", "계", "예산액", "1,284,000천원", "1,384,000천원")]


def test_a_unit_printing_its_line_over_a_detail_of_its_name_is_counted_once():
    """`기본경비 | 소 계` over `| 기본경비` and `| 맞춤형 복지`: the 계 counts the 단위사업's line, not its 세부사업
    again."""
    r = report(COVER + "3. 예산현황\n(단위 : 천원)\n단위사업\t세부사업\t예산액\t집행액\n계\t\t300\t150\n"
               "청사 관리\t청사 유지\t100\t50\n기본경비\t소 계\t200\t100\n\t기본경비\t150\t70\n\t맞춤형 복지\t50\t30\n")
    assert [(b.name, b.parent) for b in r.budget] == [("계", None), ("청사 유지", "청사 관리"), ("기본경비", None),
                                                      ("기본경비", "기본경비"), ("맞춤형 복지", "기본경비")]
    assert found(r) == []
