"""A budget table's share column (`구성비`, `비중`): each line's 예산액 (or the money column most lines' shares are
of) over the 계's × 100, a line in a group maybe over its group's (`share.budget`). Before, the column was kept with
the lines and compared with nothing, so `43.3` where 300,000 of 900,000 is 33.3 was found by nothing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제280회 해솔구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 복 지 정 책 과\n\n"
UNIT_TABLE = "# Ⅰ. 일반현황\n\n## 1 예산현황\n\n(단위: {unit})\n\n"


def found(table: str, unit: str = "천원") -> list:
    report = extract_report(read_text("t.txt", (COVER + UNIT_TABLE.format(unit=unit) + table).encode()))
    return run_checks(report)


def findings(table: str, unit: str = "천원") -> list[tuple[str, str, str, str, str]]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in found(table, unit)]


LINES = ("단위사업명\t예산액\t{label}\t집행액\t집행률(%)\n계\t900,000\t{total}\t300,000\t33.3\n"
         "기초생활보장\t300,000\t{first}\t100,000\t33.3\n복지 전달체계\t300,000\t33.3\t100,000\t33.3\n"
         "기본경비\t300,000\t33.3\t100,000\t33.3\n")


@pytest.mark.parametrize("label", ["구성비", "비중", "구성비(%)"])
def test_shares_rounded_each_are_right_though_they_make_99_9(label):
    assert findings(LINES.format(label=label, total="100.0", first="33.3")) == []


def test_a_wrong_share_is_found_on_its_line():
    assert findings(LINES.format(label="구성비", total="100.0", first="43.3")) == [
        ("share.budget", "기초생활보장", "구성비", "33.3", "43.3")]


def test_the_total_s_share_is_100():
    assert findings(LINES.format(label="비중", total="99.0", first="33.3")) == [
        ("share.budget", "계", "비중", "100.0", "99.0")]


def test_the_message_shows_the_figures_in_the_table_s_unit():
    (finding,) = found(LINES.format(label="구성비", total="100.0", first="43.3"))
    assert (finding.table, finding.message) == (
        "예산현황", "기초생활보장의 구성비 값이 예산액 ÷ 계의 예산액 × 100과 맞지 않습니다 (표기 43.3%, 계산 "
                   "300,000천원 ÷ 900,000천원 × 100 = 33.3%)")


def test_a_share_of_the_executed_is_compared_with_the_executed():
    table = ("단위사업명\t예산액\t집행액\t구성비\n계\t900,000\t400,000\t100\n기초생활보장\t300,000\t100,000\t25\n"
             "복지 전달체계\t300,000\t100,000\t{share}\n기본경비\t300,000\t200,000\t50\n")
    assert findings(table.format(share="25")) == []
    (finding,) = found(table.format(share="35"))
    assert (finding.row, finding.expected, finding.actual) == ("복지 전달체계", "25", "35")
    assert "집행액 ÷ 계의 집행액" in finding.message


def test_figures_rounded_to_their_unit_may_make_a_share_a_digit_off():
    # 12 of 9,000 is 0.13, but budgets in won of 12.4 and 9,000.2 백만원 make 0.14
    table = "단위사업명\t예산액\t구성비\n계\t9,000\t100.00\n기초생활보장\t8,988\t99.87\n기본경비\t12\t0.14\n"
    assert findings(table, "백만원") == []


GROUPS = ("정책사업\t단위사업\t예산액\t비중\n계\t\t1,000\t100\n복지\t소계\t600\t60\n\t기초\t200\t{first}\n"
          "\t전달\t400\t{second}\n행정\t소계\t400\t40\n\t기본\t100\t{third}\n\t인건\t300\t{fourth}\n")


def test_lines_in_groups_may_be_shares_of_the_whole_or_of_their_group():
    assert findings(GROUPS.format(first="20", second="40", third="10", fourth="30")) == []  # of the 계
    assert findings(GROUPS.format(first="33.3", second="66.7", third="25", fourth="75")) == []  # of the group


def test_a_wrong_share_in_a_group_is_expected_as_most_lines_print_theirs():
    assert findings(GROUPS.format(first="43.3", second="66.7", third="25", fourth="75")) == [
        ("share.budget", "기초", "비중", "33.3", "43.3")]  # 200 of the group's 600
    assert findings(GROUPS.format(first="43.3", second="40", third="10", fourth="30")) == [
        ("share.budget", "기초", "비중", "20.0", "43.3")]  # 200 of the 계's 1,000, at the printed share's decimals


def test_a_line_a_subtotal_sums_may_be_a_share_of_it():
    table = ("단위사업명\t예산액\t비중\n계\t1,000\t100\n기초\t200\t40\n전달\t300\t60\n소 계\t500\t50\n"
             "기본\t100\t20\n인건\t400\t{share}\n소 계\t500\t50\n")
    assert findings(table.format(share="80")) == []
    (finding,) = found(table.format(share="70"))
    assert (finding.row, finding.expected, finding.actual) == ("인건", "80", "70")
    assert finding.message == ("인건의 비중 값이 예산액 ÷ 소계의 예산액 × 100과 맞지 않습니다 (표기 70%, 계산 "
                               "400천원 ÷ 500천원 × 100 = 80%)")


def test_a_project_s_sources_shares_of_its_budget():
    table = ("# Ⅱ. 주요업무 추진실적\n\n## 1. 긴급복지 지원 (희망복지팀)\n\n위기가구를 지원하고자 함\n\n□ 예산현황\n\n"
             "(단위: 천원)\n\n구 분\t예산액\t구성비\t집행액\n계\t400,000\t100.0\t100,000\n국비\t100,000\t25.0\t40,000\n"
             "시비\t100,000\t{share}\t30,000\n구비\t200,000\t50.0\t30,000\n")
    report = extract_report(read_text("t.txt", (COVER + table.format(share="25.0")).encode()))
    assert run_checks(report) == []
    report = extract_report(read_text("t.txt", (COVER + table.format(share="52.0")).encode()))
    assert [(f.rule, f.table, f.row, f.expected, f.actual) for f in run_checks(report)] == [
        ("share.budget", "Ⅱ 주요업무 추진실적 1. 긴급복지 지원 예산현황", "시비", "25.0", "52.0")]


def test_shares_of_no_printed_column_are_not_compared():
    # shares of a budget the table does not print (the department's whole): no two lines agree with any column
    table = ("단위사업명\t예산액\t구성비\n계\t900,000\t45.0\n기초생활보장\t300,000\t15.0\n"
             "복지 전달체계\t300,000\t15.0\n기본경비\t300,000\t15.0\n")
    assert findings(table) == []
