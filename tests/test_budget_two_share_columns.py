"""A budget table printing a share after each of two figures (`예산액 | 구성비 | 집행액 | 구성비`): each share is
kept by the figure it follows (`예산액 구성비`, `집행액 구성비`) and checked against that figure (`share.budget`).
Before, the later one alone was kept, under their one label, so the 예산액's shares were neither stored nor
checked: a wrong `60.0` where 500,000 of 1,000,000 is 50.0 was found by nothing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
UNIT_TABLE = "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n"

TAB = ("단위사업명\t예산액\t구성비\t집행액\t구성비\n계\t1,000,000\t100.0\t400,000\t100.0\n"
       "기초생활보장\t500,000\t{budget}\t100,000\t25.0\n복지 전달체계\t300,000\t30.0\t200,000\t{executed}\n"
       "기본경비\t200,000\t20.0\t100,000\t25.0\n")
MARKDOWN = ("| 단위사업명 | 예 산 액 | 구성비(%) | 집 행 액 | 구성비(%) |\n|---|---|---|---|---|\n"
            "| 계 | 1,000,000 | 100.0 | 400,000 | 100.0 |\n| 기초생활보장 | 500,000 | {budget} | 100,000 | 25.0 |\n"
            "| 복지 전달체계 | 300,000 | 30.0 | 200,000 | {executed} |\n"
            "| 기본경비 | 200,000 | 20.0 | 100,000 | 25.0 |\n")
ALIGNED = ("  단위사업명            예산액     구성비     집행액    구성비\n"
           "  계                 1,000,000     100.0    400,000     100.0\n"
           "  기초생활보장         500,000      {budget}    100,000      25.0\n"
           "  복지 전달체계        300,000      30.0    200,000      {executed}\n"
           "  기본경비             200,000      20.0    100,000      25.0\n")
SHAPES = [("t.txt", TAB, "구성비"), ("t.md", MARKDOWN, "구성비(%)"), ("t.txt", ALIGNED, "구성비")]


def report(name: str, table: str, budget: str = "50.0", executed: str = "50.0"):
    text = COVER + UNIT_TABLE + table.format(budget=budget, executed=executed)
    return extract_report(read_text(name, text.encode()))


@pytest.mark.parametrize(("name", "table", "label"), SHAPES)
def test_each_share_is_kept_by_the_figure_it_follows(name, table, label):
    lines = report(name, table).budget
    assert [(line.name, line.other_columns) for line in lines] == [
        ("계", {f"예산액 {label}": "100.0", f"집행액 {label}": "100.0"}),
        ("기초생활보장", {f"예산액 {label}": "50.0", f"집행액 {label}": "25.0"}),
        ("복지 전달체계", {f"예산액 {label}": "30.0", f"집행액 {label}": "50.0"}),
        ("기본경비", {f"예산액 {label}": "20.0", f"집행액 {label}": "25.0"})]
    assert run_checks(report(name, table)) == []


@pytest.mark.parametrize(("name", "table", "label"), SHAPES)
def test_a_wrong_share_of_the_budget_is_found(name, table, label):
    found = run_checks(report(name, table, budget="60.0"))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in found] == [
        ("share.budget", "기초생활보장", f"예산액 {label}", "50.0", "60.0")]
    assert found[0].message == (f"기초생활보장의 예산액 {label} 값이 예산액 ÷ 계의 예산액 × 100과 맞지 않습니다 "
                                "(표기 60.0%, 계산 500,000천원 ÷ 1,000,000천원 × 100 = 50.0%)")


@pytest.mark.parametrize(("name", "table", "label"), SHAPES)
def test_a_wrong_share_of_the_executed_is_found(name, table, label):
    found = run_checks(report(name, table, executed="30.0"))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in found] == [
        ("share.budget", "복지 전달체계", f"집행액 {label}", "50.0", "30.0")]
    assert "집행액 ÷ 계의 집행액" in found[0].message


def test_shares_alike_are_checked_against_the_figure_they_follow():
    # spent as budgeted: every line's shares of the 예산액 and of the 집행액 are the same, and each is its own
    table = ("단위사업명\t예산액\t비중\t집행액\t비중\n계\t1,000\t100\t500\t100\n가\t500\t50\t250\t50\n"
             "나\t300\t30\t150\t{}\n다\t200\t20\t100\t20\n")
    found = run_checks(extract_report(read_text("t.txt", (COVER + UNIT_TABLE + table.format("50")).encode())))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in found] == [
        ("share.budget", "나", "집행액 비중", "30", "50")]
    assert "집행액 ÷ 계의 집행액" in found[0].message


def test_one_share_column_keeps_its_label():
    table = "단위사업명\t예산액\t구성비\t집행액\n계\t1,000\t100\t500\n가\t600\t60\t300\n나\t400\t40\t200\n"
    lines = extract_report(read_text("t.txt", (COVER + UNIT_TABLE + table).encode())).budget
    assert [line.other_columns for line in lines] == [{"구성비": "100"}, {"구성비": "60"}, {"구성비": "40"}]
