"""One planted wrong figure, one finding on its cell: a period's figure beside a change and a 증감률 that both agree
with the earlier period (before, found on the change), and more below."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

PERIODS = """# 2025년 주요업무 보고

## 부 동 산 정 보 과

# Ⅱ. 주요업무 추진실적

## 1 개별공시지가 결정

□ 개별공시지가 결정 현황

구 분\t2024년\t2025년\t증 감\t증감률
{total}조사 필지(필)\t18,420\t{parcels}\t96\t0.5%
의견제출(건)\t48\t54\t6\t12.5%
이의신청(건)\t{last}\t{this}\t{change}\t△12.5%
"""
TOTAL = "계\t18,500\t18,598\t98\t0.5%\n"


def reported(text: str):
    return run_checks(extract_report(read_text("report.txt", text.encode())))


def findings(text: str) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in reported(text)]


def periods(total: str = "", parcels: str = "18,516", last: str = "32", this: str = "28", change: str = "△4") -> str:
    return PERIODS.format(total=total, parcels=parcels, last=last, this=this, change=change)


def test_the_periods_as_printed_hold_no_finding():
    assert findings(periods()) == []
    assert findings(periods(total=TOTAL)) == []


def test_a_later_figure_its_change_and_rate_both_agree_against_is_found_on_it():
    # △4 ÷ 32 is the printed △12.5%, (29 − 32) ÷ 32 is not: the 2025년 is wrong, 32 + △4 = 28; before, sum.table on
    # the 증 감, expected -3
    found = reported(periods(this="29"))
    assert [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in found] == [
        ("sum.table", "이의신청(건)", "2025년", 14, "28", "29")]
    assert "2024년·증 감·증감률 열이 함께 맞는 값과 다릅니다 (표기 29, 맞는 값 28)" in found[0].message


def test_an_earlier_figure_and_a_change_are_still_found_on_themselves():
    # the rate is of the earlier: a wrong 2024년 misses it too (△4 ÷ 33), and the search finds the 2024년
    assert findings(periods(last="33")) == [("sum.table", "이의신청(건)", "2024년", 14, "32", "33")]
    # a wrong change: its rate (△5 ÷ 32) misses, the periods' △4 ÷ 32 agrees: the change's own finding
    assert findings(periods(change="△5")) == [("sum.table", "이의신청(건)", "증 감", 14, "-4", "-5")]


def test_a_rate_too_coarse_to_tell_leaves_the_finding_on_the_change():
    # 96 ÷ 18,420 and 97 ÷ 18,420 are both 0.5%: the rate witnesses neither, so the change is blamed as before
    assert findings(periods(parcels="18,517")) == [("sum.table", "조사 필지(필)", "증 감", 12, "97", "96")]


def test_a_later_figure_a_total_row_finds_wrong_too_is_one_finding_named_by_the_change():
    # the 계's 2025년 (18,598) misses the 29 too: one finding, its message naming the 계 and the 증 감 as before
    found = reported(periods(total=TOTAL, this="29"))
    assert [(f.rule, f.row, f.column, f.source.line, f.expected, f.actual) for f in found] == [
        ("sum.table", "이의신청(건)", "2025년", 15, "28", "29")]
    assert "계 행과 증 감 열이 함께 맞는 값과" in found[0].message
