"""Shares in a table printing 소계s (`share.table`): a row's share may be of its own group's 소계, the one closing
its group where the 소계s close them (the first comes after a row of its group), the one leading it where they lead
(the first comes before any other row). Before, a row's share was right of the 소계 above or below it, so a wrong
`60` under a closing 소계 of 400, right of the group before's 500 (300 of 500), was found by nothing."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_table_shares import COVER, findings

CLOSING = ("구 분\t징수액\t구성비\n계\t900\t100\n재산세\t200\t40\n주민세\t300\t60\n소 계\t500\t55.6\n"
           "자동차세\t100\t25\n담배세\t300\t{}\n소 계\t400\t44.4\n")
CLOSING_MD = ("| 구 분 | 징수액 | 구성비(%) |\n|---|---|---|\n| 재산세 | 200 | 40 |\n| 주민세 | 300 | 60 |\n"
              "| 소계 | 500 | 55.6 |\n| 자동차세 | 100 | 25 |\n| 담배세 | 300 | {} |\n| 소계 | 400 | 44.4 |\n"
              "| 합 계 | 900 | 100 |\n")
CLOSING_ALIGNED = ("  구   분        징수액     구성비\n  계                900        100\n"
                   "  재산세            200         40\n  주민세            300         60\n"
                   "  소  계            500       55.6\n  자동차세          100         25\n"
                   "  담배세            300         {}\n  소  계            400       44.4\n")


@pytest.mark.parametrize(("name", "table"), [("t.txt", CLOSING), ("t.md", CLOSING_MD), ("t.txt", CLOSING_ALIGNED)])
def test_a_row_s_share_is_of_the_subtotal_closing_its_group(name, table):
    assert findings(table.format("75"), name) == []
    column = "구성비(%)" if name == "t.md" else "구성비"
    assert findings(table.format("60"), name) == [("share.table", "담배세", column, "75", "60")]


def test_the_message_names_the_subtotal_closing_the_group():
    found = run_checks(extract_report(read_text("t.txt", (
        COVER + "# Ⅱ. 주요업무 추진실적\n\n" + CLOSING.format("60")).encode())))
    assert [(f.row, f.expected, f.actual, f.source.line, f.message) for f in found] == [
        ("담배세", "75", "60", 17, "'담배세' 행의 구성비 값이 징수액 ÷ 소 계 행의 징수액 × 100과 맞지 않습니다 "
                                  "(표기 60%, 계산 300 ÷ 400 × 100 = 75%)")]


LEADING = ("구 분\t징수액\t구성비\n계\t900\t100\n소 계\t400\t44.4\n자동차세\t100\t25\n담배세\t300\t75\n"
           "소 계\t500\t55.6\n재산세\t200\t{}\n주민세\t300\t60\n")


def test_a_row_s_share_is_of_the_subtotal_leading_its_group():
    assert findings(LEADING.format("40")) == []
    # 200 of the 소계 above it before its group's (400) is 50: not its share
    assert findings(LEADING.format("50")) == [("share.table", "재산세", "구성비", "40", "50")]


def test_shares_of_the_whole_in_a_table_of_closing_subtotals():
    table = ("구 분\t징수액\t구성비\n계\t1,000\t100\n재산세\t200\t20\n주민세\t300\t30\n소 계\t500\t50\n"
             "자동차세\t100\t10\n담배세\t400\t{}\n소 계\t500\t50\n")
    assert findings(table.format("40")) == []
    assert findings(table.format("60")) == [("share.table", "담배세", "구성비", "40", "60")]
