"""Shares of a whole of two parts (`계 | 남 | 여` as rows, a project's budget of `국비 | 구비`): where the parts'
shares do not add up to the 계's 100, one of them is wrong, and the other, agreeing with its figure's part of the
계's, tells the column they are of (`share.table`, `share.budget`). Before, a share column needed two rows agreeing
with a column, so of two parts a wrong one was found by nothing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"


def findings(body: str, name: str = "t.txt") -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual)
            for f in run_checks(extract_report(read_text(name, (COVER + body).encode())))]


TABLE = "# Ⅱ. 주요업무 추진실적\n\n□ 성별 참여 현황\n\n"
BY_SEX = ("구 분\t참여자\t구성비\n계\t250\t100.0\n남\t100\t{male}\n여\t150\t{female}\n",
          "| 구 분 | 참여자(명) | 비중(%) |\n|---|---|---|\n| 계 | 250 | 100.0 |\n| 남 | 100 | {male} |\n"
          "| 여 | 150 | {female} |\n",
          "  구  분        참여자      구성비\n  계               250       100.0\n"
          "  남               100        {male}\n  여               150        {female}\n")


@pytest.mark.parametrize("table", BY_SEX)
def test_shares_of_two_parts_that_add_up_are_right(table):
    assert findings(TABLE + table.format(male="40.0", female="60.0")) == []


@pytest.mark.parametrize("table", BY_SEX)
def test_a_wrong_share_of_two_parts_is_found_by_the_other(table):
    column = "비중(%)" if "|" in table else "구성비"
    assert findings(TABLE + table.format(male="40.0", female="65.0")) == [
        ("share.table", "여", column, "60.0", "65.0")]
    assert findings(TABLE + table.format(male="45.0", female="60.0")) == [
        ("share.table", "남", column, "40.0", "45.0")]


def test_the_message_names_the_figures():
    found = run_checks(extract_report(read_text("t.txt", (
        COVER + TABLE + BY_SEX[0].format(male="40.0", female="65.0")).encode())))
    assert [f.message for f in found] == ["'여' 행의 구성비 값이 참여자 ÷ 계 행의 참여자 × 100과 맞지 않습니다 "
                                          "(표기 65.0%, 계산 150 ÷ 250 × 100 = 60.0%)"]


def test_shares_of_two_parts_that_add_up_tell_nothing_where_neither_agrees():
    # 45 and 55 make 100, but of no printed figure: shares of something else, or a figure is wrong
    assert findings(TABLE + BY_SEX[0].format(male="45.0", female="55.0")) == []


def test_two_wrong_shares_tell_nothing():
    assert findings(TABLE + BY_SEX[0].format(male="45.0", female="65.0")) == []


def test_a_total_share_other_than_100_tells_nothing():
    table = "구 분\t참여자\t구성비\n계\t250\t50.0\n남\t100\t20.0\n여\t150\t35.0\n"  # shares of a larger whole
    assert findings(TABLE + table) == []


def test_of_two_figure_columns_the_one_a_part_agrees_with():
    table = "구 분\t신청\t구성비\t선정\t구성비\n계\t200\t100\t80\t100\n남\t50\t25\t20\t{}\n여\t150\t75\t60\t75\n"
    assert findings(TABLE + table.format("25")) == []
    assert findings(TABLE + table.format("35")) == [("share.table", "남", "구성비", "25", "35")]


PROJECT = ("# Ⅱ. 주요업무 추진실적\n\n## 1. 긴급복지 지원 (희망복지팀)\n\n위기가구를 지원하고자 함\n\n□ 예산현황\n\n"
           "(단위: 천원)\n\n구 분\t예산액\t구성비\t집행액\n계\t400,000\t100.0\t100,000\n"
           "국비\t100,000\t{national}\t40,000\n구비\t300,000\t{district}\t60,000\n")


def test_a_project_s_two_sources_shares_of_its_budget():
    assert findings(PROJECT.format(national="25.0", district="75.0")) == []
    assert findings(PROJECT.format(national="25.0", district="57.0")) == [
        ("share.budget", "구비", "구성비", "75.0", "57.0")]


def test_a_unit_table_of_two_lines():
    table = ("# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t비중\t집행액\t비중\n"
             "계\t1,000\t100\t500\t100\n가\t600\t60\t300\t60\n나\t400\t40\t200\t{}\n")
    assert findings(table.format("40")) == []
    assert findings(table.format("50")) == [("share.budget", "나", "집행액 비중", "40", "50")]


def test_parts_agreeing_each_with_another_column_tell_nothing():
    # 남's 25 is of the 신청, 여's 62.5 of the 선정: which is wrong the table does not say
    table = "구 분\t신청\t선정\t구성비\n계\t200\t80\t100\n남\t50\t30\t25\n여\t150\t50\t62.5\n"
    assert findings(TABLE + table) == []
