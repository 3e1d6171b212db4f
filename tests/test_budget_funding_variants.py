"""Budgets funded from more than 국비·시비·구비: 특별교부세, 특조금, 재난관리기금, 균특 … are sources as printed, in
funding columns, in a project's table and in a stated budget's bracket; and tables in 억원 with one decimal are
summed at that precision."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제290회 서해구의회 제1차 정례회\n2025. 6. 10. ~ 6. 24.\n2025년 주요업무 보고\n치 수 과\n"
# the 계's and 하수도 정비's 구비 make their sources add up to the 예산액, or 100 more
UNITS = ("Ⅰ. 일반현황\n1. 예산현황\n(단위: 백만원, %)\n"
         "단위사업명\t예산액\t국비\t{source}\t시비\t구비\t집행액\t집행률\n"
         "계\t12,600\t2,000\t1,500\t3,100\t{total}\t4,410\t35.0\n"
         "하수도 정비\t7,800\t1,500\t1,000\t2,000\t{sewer}\t2,730\t35.0\n"
         "하천 관리\t4,500\t500\t500\t1,100\t2,400\t1,620\t36.0\n"
         "기본경비\t300\t-\t-\t-\t300\t60\t20.0\n")
PROJECT = ("Ⅱ. 주요업무 추진실적\n1 하천 정비 (하천관리팀)\n하천 시설물을 정비하고자 함\n□ 사업개요\n"
           "○ 예산: {stated}\n□ 추진실적\n○ 하천 산책로 정비: 4월~5월\n")


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("source", ["특별교부세", "특 별 교 부 세", "특조금", "특별조정교부금", "재난관리기금", "균특",
                                    "소방안전교부세", "기금"])
def test_a_funding_column_of_any_source_is_summed_against_the_budget(source):
    consistent = report(UNITS.format(source=source, total="6,000", sewer="3,300"))
    assert found(consistent) == []
    planted = report(UNITS.format(source=source, total="6,100", sewer="3,400"))
    assert found(planted) == [("sum.funding", "계", "예산액", "12,700백만원", "12,600백만원"),
                              ("sum.funding", "하수도 정비", "예산액", "7,900백만원", "7,800백만원")]


@pytest.mark.parametrize(("stated", "lines"), [
    ("4,500백만원(국비 500 특별교부세 500 시비 1,100 구비 2,400)",
     [("계", None, 4_500), ("국비", "국비", 500), ("특별교부세", "특별교부세", 500), ("시비", "시비", 1_100),
      ("구비", "구비", 2_400)]),
    ("4,500백만원(특조금 1,000 시 특별조정교부금 1,100 구비 2,400)",
     [("계", None, 4_500), ("특조금", "특조금", 1_000), ("시특별조정교부금", "시특별조정교부금", 1_100),
      ("구비", "구비", 2_400)]),
    ("4,500백만원(재난관리기금 2,000, 균특 100, 시특조금 2,400)",
     [("계", None, 4_500), ("재난관리기금", "재난관리기금", 2_000), ("균특", "균특", 100),
      ("시특조금", "시특조금", 2_400)]),
    ("4,500백만원(특별교부세)", [("특별교부세", "특별교부세", 4_500)]),
])
def test_a_stated_budget_keeps_a_line_per_source_as_printed(stated, lines):
    r = report(UNITS.format(source="특별교부세", total="6,000", sewer="3,300") + PROJECT.format(stated=stated))
    assert [(b.name, b.funding_source, b.budget_krw // 1_000_000) for b in r.projects[0].budget_lines] == lines
    assert found(r) == []


def test_a_stated_budget_whose_sources_do_not_add_up_is_found():
    r = report(UNITS.format(source="특별교부세", total="6,000", sewer="3,300")
               + PROJECT.format(stated="4,500백만원(국비 500 특별교부세 600 시비 1,100 구비 2,400)"))
    assert found(r) == [("sum.project_budget", "계", "예산액", "4,600백만원", "4,500백만원")]


def test_a_projects_table_names_each_sources_line():
    r = report(UNITS.format(source="특별교부세", total="6,000", sewer="3,300")
               + PROJECT.format(stated="4,500백만원") + "□ 예산현황\n(단위: 백만원)\n"
               "구 분\t예산액\t집행액\t집행률(%)\n계\t4,500\t1,620\t36.0\n국 비\t500\t180\t36.0\n"
               "특별교부세\t800\t288\t36.0\n재난관리기금\t1,000\t360\t36.0\n구 비\t2,200\t792\t36.0\n")
    assert [(b.name, b.funding_source, b.budget_krw // 1_000_000) for b in r.projects[0].budget_lines] == [
        ("계", None, 4_500), ("국비", "국비", 500), ("특별교부세", "특별교부세", 800),
        ("재난관리기금", "재난관리기금", 1_000), ("구비", "구비", 2_200)]
    assert found(r) == []


def test_a_hoegye_group_named_special_account_is_no_source():
    """`특별회계` groups a table's lines by 회계; only a 균형발전특별회계 is a grant."""
    r = report("Ⅰ. 일반현황\n1. 예산현황\n(단위: 백만원)\n단위사업명\t예산액\t집행액\n계\t1,500\t600\n"
               "일반회계\t1,000\t400\n특별회계\t500\t200\n")
    assert [(b.name, b.funding_source) for b in r.budget] == [("계", None), ("일반회계", None), ("특별회계", None)]


ROAD = ("Ⅰ. 일반현황\n1. 예산현황\n(단위: 억원, %)\n단위사업명\t예산액\t집행액\n계\t96.5\t{executed}\n"
        "도로 유지보수\t52.3\t22.1\n보도 정비\t42.7\t15.6\n기본경비\t1.5\t0.5\n"
        "Ⅱ. 주요업무 추진실적\n1 도로 포트홀 긴급 보수 (도로보수팀)\n도로 파손을 신속히 보수하고자 함\n"
        "□ 추진실적\n○ 포트홀 보수: 1월~5월 / 1,520건\n□ 예산현황\n(단위: 억원)\n구 분\t예산액\t집행액\n"
        "계\t52.3\t22.1\n시 비\t20.0\t9.0\n구 비\t{gubi}\t13.1\n")


@pytest.mark.parametrize(("executed", "gubi"), [
    ("38.2", "32.3"),
    ("38.3", "32.4"),  # parts rounded to 0.1억: the 계 may be off by half of it a figure
    ("38.4", "32.2"),
])
def test_a_table_in_eok_with_a_decimal_adds_up_to_its_rounding(executed, gubi):
    assert found(report(ROAD.format(executed=executed, gubi=gubi))) == []


@pytest.mark.parametrize(("executed", "gubi", "expected"), [
    ("39.8", "33.3", [("sum.budget", "계", "집행액", "38.2억원", "39.8억원"),
                      ("sum.project_budget", "계", "예산액", "53.3억원", "52.3억원")]),
    ("38.5", "32.5", [("sum.budget", "계", "집행액", "38.2억원", "38.5억원"),
                      ("sum.project_budget", "계", "예산액", "52.5억원", "52.3억원")]),
])
def test_a_table_in_eok_with_a_decimal_is_summed_at_that_precision(executed, gubi, expected):
    r = report(ROAD.format(executed=executed, gubi=gubi))
    assert found(r) == expected
    assert run_checks(r)[0].message == f"계의 집행액이 단위사업별 합계와 다릅니다 (표기 {executed}억원, 합계 38.2억원)"


@pytest.mark.parametrize(("total", "expected"), [
    ("1,426.05", []),  # parts rounded to 0.01백만원 (10,000 won)
    # at the decimals the table prints, `1,426.10` (branch cost76; before, `1,426.1백만원`)
    ("1,426.10", [("sum.budget", "계", "예산액", "1,426.04백만원", "1,426.10백만원")]),
])
def test_a_table_in_millions_with_two_decimals_is_summed_at_that_precision(total, expected):
    r = report(f"Ⅰ. 일반현황\n1. 예산현황\n(단위: 백만원)\n단위사업명\t예산액\t집행액\n계\t{total}\t600.03\n"
               "청사 관리\t1,000.02\t400.01\n조직 운영\t426.02\t200.02\n")
    assert found(r) == expected
