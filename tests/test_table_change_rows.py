"""sum.table on a change row: in a generic table whose rows are two periods and their change (`구 분 | 계 | 고정형
CCTV | …` over `2025년(1~5월)`, `2024년 동기`, `증 감`; also `증감`, `대비`, `전년 대비 증감`), the change is, column
by column, the later row's figure less the earlier's, at each column's printed precision (`△`, `▲` negatives), as a
change column is row by row. Before, a wrong cell was found only as the 계 column's sum of the change row (`증 감 |
계 | -830 | -730`, blaming the 계), and not at all in a table printing no 계 column. A rate row (`증감률(%)`) is no
difference, and rows naming no periods (`본청 | 사업소 | 증감`) are not compared. A period's wrong figure that its
row's 계 and the change row both make another is one finding on it (`2025년(1~5월) | 5,000 | 880 | 4,220` over `2024년
동기 | 5,830 | 530 | 5,300` and `증 감 | △830 | 350 | △1,180`: the 이동형, expected 4,120); before, its row's 계 was
blamed, and the change's cell not found. Each in the three ways a converter prints a tab table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_table_rates_years import findings, layouts, planted, table

ENFORCEMENT = ("구 분 | 계 | 고정형 CCTV | 이동형 단속 | 주민신고", "2025년(1~5월) | 18,420 | 9,310 | 4,120 | 4,990",
               "2024년 동기 | 19,150 | 8,870 | 5,300 | 4,980", "증 감 | △730 | 440 | △1,180 | 10")


def enforcement(*replacements: tuple[str, str]) -> str:
    text = table("단속 실적", "건", *ENFORCEMENT)
    for printed, wrong in replacements:
        assert text.count(printed) == 1
        text = text.replace(printed, wrong)
    return text


@layouts
def test_a_wrong_cell_of_a_change_row_is_one_finding_on_the_cell(layout, tmp_path):
    assert findings(enforcement(), layout, tmp_path) == []
    # 4,120 − 5,300 = △1,180; before, `sum.table 증 감 계 -830 -730`, the 계 blamed
    assert findings(enforcement(("△1,180", "△1,280")), layout, tmp_path) == [
        ("sum.table", "증 감", "이동형 단속", "-1,180", "-1,280")]
    # the 계's change wrong, its parts' right: one finding on the 계, as its row's sum and its column's change agree
    assert findings(enforcement(("△730", "△830")), layout, tmp_path) == [("sum.table", "증 감", "계", "-730", "-830")]
    # two cells wrong: each its finding
    assert findings(enforcement(("△730", "△830"), ("△1,180", "△1,280")), layout, tmp_path) == [
        ("sum.table", "증 감", "계", "-730", "-830"), ("sum.table", "증 감", "이동형 단속", "-1,180", "-1,280")]


@layouts
def test_a_wrong_period_figure_is_one_finding_on_it(layout, tmp_path):
    # 2024 동기's 고정형 printed 8,780 for 8,870: its row's 계 misses by what its change does, and both make it
    # 8,870 (19,150 − 5,300 − 4,980; 9,310 − 440); before, the row's 계 was blamed, expected 19,060
    assert findings(enforcement(("19,150\t8,870", "19,150\t8,780")), layout, tmp_path) == [
        ("sum.table", "2024년 동기", "고정형 CCTV", "8,870", "8,780")]


def test_the_finding_names_both_rows_and_shows_their_figures():
    wrong = enforcement(("△1,180", "△1,280"))
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.table, finding.severity, finding.source.line) == (
        "단속 실적", "error", wrong.splitlines().index("증 감\t△730\t440\t△1,280\t10") + 1)
    assert finding.message == ("'증 감' 행의 이동형 단속 값이 2025년(1~5월) 이동형 단속 − 2024년 동기 이동형 단속 값과 "
                               "다릅니다 (표기 △1,280, 4,120 − 5,300 = △1,180)")


@layouts
@pytest.mark.parametrize(("rows", "wrong", "found"), [
    # the earlier year first, money rounded to 백만원, the change's label naming what it is from
    (("구 분 | 계 | 국비 | 시비 | 구비", "2024년 | 4,200 | 2,900 | 800 | 500", "2025년 | 4,500 | 3,000 | 900 | 600",
      "전년 대비 증감 | 300 | 100 | 100 | 100"), ("100\t100\t100", "100\t150\t100"),
     ("sum.table", "전년 대비 증감", "시비", "100백만원", "150백만원")),
    # a bare `대비` of differences
    (("구 분 | 계 | 국비 | 시비 | 구비", "2024년 | 4,200 | 2,900 | 800 | 500", "2025년 | 4,500 | 3,000 | 900 | 600",
      "대비 | 300 | 100 | 100 | 100"), ("100\t100\t100", "100\t150\t100"),
     ("sum.table", "대비", "시비", "100백만원", "150백만원")),
    # falls marked `▲`, as negatives
    (("구 분 | 계 | 국비 | 시비 | 구비", "2025년 | 4,500 | 3,000 | 900 | 600", "2024년 | 4,700 | 2,900 | 1,100 | 700",
      "증감 | ▲200 | 100 | ▲200 | ▲100"), ("▲200\t▲100", "▲300\t▲100"),
     ("sum.table", "증감", "시비", "-200백만원", "-300백만원")),
])
def test_change_rows_of_money_and_their_labels(layout, tmp_path, rows, wrong, found):
    assert findings(table("보조금 현황", "백만원", *rows), layout, tmp_path) == []
    assert findings(table("보조금 현황", "백만원", *rows).replace(*wrong), layout, tmp_path) == [found]


@layouts
def test_a_change_row_beside_no_total_column_is_found_too(layout, tmp_path):
    # before, nothing was found: no 계 column sums the change row
    rows = ("구 분 | 고정형 CCTV | 이동형 단속 | 주민신고", "2025년 | 9,310 | 4,120 | 4,990",
            "2024년 | 8,870 | 5,300 | 4,980", "증 감 | 440 | △1,180 | 10")
    assert findings(table("단속 실적", "건", *rows), layout, tmp_path) == []
    assert findings(table("단속 실적", "건", *rows).replace("△1,180", "△1,280"), layout, tmp_path) == [
        ("sum.table", "증 감", "이동형 단속", "-1,180", "-1,280")]


@layouts
def test_rows_naming_no_periods_are_not_compared(layout, tmp_path):
    # 본청 and 사업소 are no periods: their 증감 may compare anything, and is not checked
    rows = ("구 분 | 고정형 CCTV | 이동형 단속 | 주민신고", "본청 | 9,310 | 4,120 | 4,990",
            "사업소 | 8,870 | 5,300 | 4,980", "증 감 | 440 | △1,280 | 10")
    assert findings(table("단속 실적", "건", *rows), layout, tmp_path) == []


@layouts
def test_a_rate_row_is_no_difference(layout, tmp_path):
    # a `증감률(%)` row under the change row is a rate (`rate.table`'s), not compared as the periods' difference
    rows = (*ENFORCEMENT, "증감률(%) | △3.8 | 5.0 | △22.3 | 0.2")
    assert findings(table("단속 실적", "건, %", *rows), layout, tmp_path) == []
    assert findings(table("단속 실적", "건, %", *rows).replace("△22.3", "△23.3"), layout, tmp_path) == [
        ("rate.table", "증감률(%)", "이동형 단속", "-22.3", "-23.3")]


# 불법주정차 단속: 5,000 = 880 + 4,120, and △1,180 = 4,120 − 5,300
PARKING = ("구 분 | 계 | 고정형 | 이동형", "2025년(1~5월) | 5,000 | 880 | 4,120", "2024년 동기 | 5,830 | 530 | 5,300",
           "증 감 | △830 | 350 | △1,180")


def parking(*replacements: tuple[str, str]) -> str:
    return planted(table("불법주정차 단속 현황", "건", *PARKING), *replacements)


@layouts
@pytest.mark.parametrize(("wrong", "found"), [
    # the later period's part: its row's 계 and the change both make it 4,120; before, `2025년(1~5월) 계 5,100 5,000`
    # alone (the 계 blamed), the 증 감's 이동형 not found
    (("880\t4,120", "880\t4,220"), ("sum.table", "2025년(1~5월)", "이동형", "4,120", "4,220")),
    # the earlier period's parts: 5,830 − 530 and 4,120 − △1,180; 5,830 − 5,300 and 880 − 350
    (("530\t5,300", "530\t5,400"), ("sum.table", "2024년 동기", "이동형", "5,300", "5,400")),
    (("5,830\t530", "5,830\t630"), ("sum.table", "2024년 동기", "고정형", "530", "630")),
    # a period's 계: its row's parts and the 증 감's 계 both make it
    (("5,000\t880", "5,100\t880"), ("sum.table", "2025년(1~5월)", "계", "5,000", "5,100")),
    (("5,830", "5,930"), ("sum.table", "2024년 동기", "계", "5,830", "5,930")),
    # the change's cell alone, as before
    (("△1,180", "△1,280"), ("sum.table", "증 감", "이동형", "-1,180", "-1,280")),
])
def test_a_wrong_figure_of_a_period_row_is_one_finding_on_its_cell(layout, tmp_path, wrong, found):
    assert findings(parking(), layout, tmp_path) == []
    assert findings(parking(wrong), layout, tmp_path) == [found]


def test_the_period_figures_finding_says_what_makes_it():
    wrong = parking(("880\t4,120", "880\t4,220"))
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.table, finding.severity, finding.source.line) == (
        "불법주정차 단속 현황", "error", wrong.splitlines().index("2025년(1~5월)\t5,000\t880\t4,220") + 1)
    assert finding.message == ("'2025년(1~5월)' 행의 이동형 값이 증 감 행과 계 열이 함께 맞는 값과 다릅니다 "
                               "(표기 4,220, 맞는 값 4,120)")
