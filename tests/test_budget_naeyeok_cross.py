"""Budget tables whose name column is headed `세부내역` or `내역`, and `cross.executed` for a project that names
its 단위사업."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 교통행정과\n\n"
UNITS = ("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n"
         "단위사업명\t세부사업명\t예산액\t집행액\t집행률(%)\n계\t\t2,600,000\t1,000,000\t38.5\n"
         "교통안전 강화\t소계\t1,800,000\t700,000\t38.9\n\t어린이보호구역 개선\t1,200,000\t500,000\t41.7\n"
         "\t교통안전시설 정비\t600,000\t200,000\t33.3\n대중교통 활성화\t소계\t800,000\t300,000\t37.5\n"
         "\t마을버스 재정지원\t800,000\t300,000\t37.5\n\n")
PROJECTS = "# Ⅱ. 주요업무 추진실적\n\n"


def report(body: str):
    return extract_report(read_text("t.txt", (COVER + body).encode()))


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


def project(title: str, unit: str | None, table: str) -> str:
    named = f"## □ 사업개요\n\n- 단위사업: {unit}\n\n" if unit else ""
    return (f"### ① {title} (교통안전팀)\n\n{title}을 추진하고자 함\n\n{named}"
            f"## □ 예산현황\n\n(단위: 천원)\n\n{table}\n")


def details(label: str, total: str = "1,350,000") -> str:
    return (f"{label}\t예산액\t집행액\t집행률(%)\n계\t{total}\t520,000\t38.5\n시설 개선\t1,000,000\t400,000\t40.0\n"
            "보행 안전 캠페인\t350,000\t120,000\t34.3\n")


@pytest.mark.parametrize("label", ["세부내역", "내역", "세 부 내 역"])
def test_a_detail_column_that_is_the_only_name_column_names_the_lines(label):
    r = report(UNITS + PROJECTS + project("어린이보호구역 안전 강화", "교통안전 강화", details(label)))
    assert [(b.name, b.budget_krw // 1000, b.executed_krw // 1000, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 1_350_000, 520_000, None), ("시설 개선", 1_000_000, 400_000, None),
        ("보행 안전 캠페인", 350_000, 120_000, None)]
    assert found(r) == []


def test_the_total_of_a_detail_column_table_is_checked():
    planted = details("세부내역", "1,450,000")
    r = report(UNITS + PROJECTS + project("어린이보호구역 안전 강화", "교통안전 강화", planted))
    # not also its rate, 38.5, right by its lines' 1,350,000 (before, expected 35.9 of the printed 계)
    assert found(r) == [("sum.project_budget", "계", "예산액", "1,350,000천원", "1,450,000천원")]
    (total,) = [f for f in run_checks(r) if f.rule == "sum.project_budget"]
    assert total.message == "계의 예산액이 세부내역별 합계와 다릅니다 (표기 1,450,000천원, 합계 1,350,000천원)"


def test_a_departments_budget_headed_detail_is_its_unit_table():
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n세부내역\t예산액\t집행액\t집행률(%)\n"
               "계\t1,900,000\t700,000\t36.8\n어린이보호구역 개선\t1,200,000\t500,000\t41.7\n"
               "교통안전시설 정비\t700,000\t200,000\t28.6\n\n" + PROJECTS
               + project("어린이보호구역 안전 강화", "어린이보호구역 개선",
                         "예산액\t집행액\t집행률(%)\n1,200,000(구비)\t550,000(구비)\t45.8\n"))
    assert [(b.name, b.parent, b.budget_krw // 1000, b.executed_krw // 1000) for b in r.budget] == [
        ("계", None, 1_900_000, 700_000), ("어린이보호구역 개선", None, 1_200_000, 500_000),
        ("교통안전시설 정비", None, 700_000, 200_000)]
    assert r.tables == []
    assert found(r) == [("cross.executed", "어린이보호구역 개선", "집행액", "500,000천원", "550,000천원")]


def test_a_detail_column_beside_a_first_name_column_is_its_second_level():
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업\t세부내역\t예산액\t집행액\n"
               "계\t\t1,800,000\t700,000\n교통안전 강화\t소계\t1,800,000\t700,000\n"
               "\t어린이보호구역 개선\t1,200,000\t500,000\n\t교통안전시설 정비\t600,000\t200,000\n")
    assert [(b.name, b.parent, b.budget_krw // 1000) for b in r.budget] == [
        ("계", None, 1_800_000), ("교통안전 강화", None, 1_800_000),
        ("어린이보호구역 개선", "교통안전 강화", 1_200_000), ("교통안전시설 정비", "교통안전 강화", 600_000)]
    assert found(r) == []


def test_a_detail_column_apart_from_the_name_column_is_kept_beside():
    r = report("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t내역\n"
               "계\t1,800,000\t700,000\t\n교통안전 강화\t1,800,000\t700,000\t시설 정비\n")
    assert [(b.name, b.other_columns) for b in r.budget] == [
        ("계", None), ("교통안전 강화", {"내역": "시설 정비"})]


EXECUTED_ELSEWHERE = ("예산액\t집행액\t집행률(%)\n800,000(구비)\t250,000(구비)\t31.3\n")


def test_a_project_naming_its_unit_is_not_compared_with_another_of_the_same_budget():
    r = report(UNITS + PROJECTS + project("교통시설물 유지관리", "교통안전 강화", EXECUTED_ELSEWHERE))
    assert r.projects[0].unit_name == "교통안전 강화"
    assert found(r) == []


def test_a_project_naming_no_unit_is_compared_with_every_unit_of_its_budget():
    r = report(UNITS + PROJECTS + project("교통시설물 유지관리", None, EXECUTED_ELSEWHERE))
    assert found(r) == [("cross.executed", "대중교통 활성화", "집행액", "300,000천원", "250,000천원"),
                        ("cross.executed", "마을버스 재정지원", "집행액", "300,000천원", "250,000천원")]


def test_a_project_naming_a_unit_the_report_does_not_print_is_compared_with_every_unit_of_its_budget():
    r = report(UNITS + PROJECTS + project("교통시설물 유지관리", "교통 정보 관리", EXECUTED_ELSEWHERE))
    assert [f[1] for f in found(r)] == ["대중교통 활성화", "마을버스 재정지원"]


@pytest.mark.parametrize(("unit", "expected"), [
    ("대중교통 활성화", [("cross.executed", "대중교통 활성화", "집행액", "300,000천원", "250,000천원"),
                  ("cross.executed", "마을버스 재정지원", "집행액", "300,000천원", "250,000천원")]),
    ("교통안전 강화", [("cross.executed", "교통안전시설 정비", "집행액", "200,000천원", "250,000천원")]),
])
def test_a_project_naming_its_unit_is_compared_with_it_and_its_detailed_lines(unit, expected):
    """The named 단위사업 and, as a project is often one 세부사업 of the unit it names, each 세부사업 in it."""
    budget = EXECUTED_ELSEWHERE if unit == "대중교통 활성화" else "예산액\t집행액\n600,000(구비)\t250,000(구비)\n"
    r = report(UNITS + PROJECTS + project("교통시설물 유지관리", unit, budget))
    assert found(r) == expected
