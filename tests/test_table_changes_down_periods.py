"""sum.table on a change from the row above: in a table of periods down its rows (years, months, quarters), a
change column (`전년대비 증감`, `증감`) is each row's figure less the row of the period before's (`2025년 | 10,000 |
△460` under `2024년 | 10,460 | 460`); before, not compared, so a wrong `△560` was no finding. Only where the rows
are periods in order and most rows (or, where its label names the period before, as many as not) print it so."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_table_rates_years import findings, layouts, table

TAXES = ("구 분 | 징수액 | 전년대비 증감 | 증감률(%)", "2023년 | 10,000 | - | -", "2024년 | 10,460 | 460 | 4.6",
         "2025년 | 10,000 | △460 | △4.4")


@layouts
def test_a_change_down_years_is_each_years_figure_less_the_year_befores(layout, tmp_path):
    assert findings(table("세외수입 징수 현황", "백만원, %", *TAXES), layout, tmp_path) == []
    wrong = table("세외수입 징수 현황", "백만원, %", *TAXES).replace("△460", "△560")
    assert findings(wrong, layout, tmp_path) == [("sum.table", "2025년", "전년대비 증감", "-460백만원", "-560백만원")]
    sign = table("세외수입 징수 현황", "백만원, %", *TAXES).replace("△460", "460")
    assert findings(sign, layout, tmp_path) == [("sum.table", "2025년", "전년대비 증감", "-460백만원", "460백만원")]


def test_the_finding_names_both_rows_and_shows_their_figures():
    wrong = table("세외수입 징수 현황", "백만원, %", *TAXES).replace("△460", "△560")
    (finding,) = run_checks(extract_report(read_text("t.txt", wrong.encode())))
    assert (finding.table, finding.severity, finding.source.line) == (
        "세외수입 징수 현황", "error", wrong.splitlines().index("2025년\t10,000\t△560\t△4.4") + 1)
    assert finding.message == ("'2025년' 행의 전년대비 증감 값이 2025년 징수액 − 2024년 징수액 값과 다릅니다 (표기 "
                               "△560백만원, 10,000백만원 − 10,460백만원 = △460백만원)")


@layouts
@pytest.mark.parametrize(("rows", "wrong", "found"), [
    # latest first, years shortened, a count with ▲ for its fall
    (("연 도 | 민원건수 | 증감", "’25년 | 1,150 | ▲60", "’24년 | 1,210 | 110", "’23년 | 1,100 | 100",
      "’22년 | 1,000 | -"), ("110", "120"), ("sum.table", "’24년", "증감", "110", "120")),
    # months, the change of the nearest figure column before it (금액, not 건수)
    (("구 분 | 건수 | 금액 | 전월대비", "1월 | 12 | 4,800 | -", "2월 | 13 | 5,280 | 480", "3월 | 12 | 5,016 | △264",
      "4월 | 14 | 5,517 | 501"), ("△264", "△246"), ("sum.table", "3월", "전월대비", "-264천원", "-246천원")),
    # quarters, the change after the figures it is of
    (("분 기 | 처리 | 증감", "1/4분기 | 300 | -", "2/4분기 | 320 | 20", "3/4분기 | 310 | △10", "4/4분기 | 350 | 40"),
     ("\t40", "\t30"), ("sum.table", "4/4분기", "증감", "40", "30")),
])
def test_changes_down_years_months_and_quarters(layout, tmp_path, rows, wrong, found):
    assert findings(table("처리 현황", "건, 천원", *rows), layout, tmp_path) == []
    assert findings(table("처리 현황", "건, 천원", *rows).replace(*wrong), layout, tmp_path) == [found]


@layouts
def test_a_change_of_something_else_down_years_is_not_taken_for_one_from_the_row_above(layout, tmp_path):
    # 증감 is 실적 − 목표 on each row (no change from the year before, which no row prints): none is found, right
    # or wrong (a change of two columns naming no periods is not compared on its row either, still)
    rows = ("연 도 | 목표 | 실적 | 증감", "2023 | 1,000 | 1,050 | 50", "2024 | 1,100 | 1,080 | △20",
            "2025 | 1,200 | 1,260 | 60")
    assert findings(table("검진 실적", "명", *rows), layout, tmp_path) == []
    assert findings(table("검진 실적", "명", *rows).replace("△20", "△30"), layout, tmp_path) == []


@layouts
def test_rows_of_no_periods_in_order_are_not_compared(layout, tmp_path):
    # years out of order, and a change with no period before it named: nothing to take a row above from
    rows = ("구 분 | 징수액 | 증감", "2024년 | 10,460 | 460", "2023년 | 10,000 | 300", "2025년 | 10,000 | △560")
    assert findings(table("징수 현황", "백만원", *rows), layout, tmp_path) == []
    rows = ("구 분 | 징수액 | 증감", "본청 | 10,460 | 460", "사업소 | 10,000 | △560", "계 | 20,460 | △100")
    assert findings(table("징수 현황", "백만원", *rows), layout, tmp_path) == []


@layouts
@pytest.mark.parametrize("rows", [
    ("분 기 | 처리 | 전년동기대비 증감", "1/4분기 | 300 | 20", "2/4분기 | 320 | 20", "3/4분기 | 340 | 5"),
    ("구 분 | 건수 | 전년 동월 대비", "1월 | 100 | 12", "2월 | 110 | 10", "3월 | 120 | 10", "4월 | 130 | △3"),
])
def test_a_change_from_a_year_before_down_months_or_quarters_is_not_from_the_row_above(layout, tmp_path, rows):
    # the same quarter or month a year before, which no row prints: none is compared, though some rows happen to
    # print the change from the row above
    assert findings(table("처리 현황", "건", *rows), layout, tmp_path) == []


@layouts
@pytest.mark.parametrize("rows", [
    # a rate printed with no `%` (decimals over whole figures): no change, though 2025's 110.0 is 1,210 − 1,100
    ("연 도 | 예산 | 전년대비", "2023 | 1,000 | -", "2024 | 1,100 | 110.0", "2025 | 1,210 | 110.0"),
    # a bare `전년대비` of three years, one row agreeing by chance: it does not tell that the other is wrong
    ("연 도 | 예산 | 전년대비", "2023 | 1,000 | -", "2024 | 1,100 | 105", "2025 | 1,210 | 110"),
])
def test_a_bare_change_from_the_year_before_needs_two_rows_agreeing(layout, tmp_path, rows):
    # before, one agreeing row was enough: 2024 was a false error (expected 100백만원)
    assert findings(table("예산 현황", "백만원", *rows), layout, tmp_path) == []


@layouts
@pytest.mark.parametrize("rows", [
    ("구 분 | 전입 | 전출 | 증감", "1월 | 500 | 450 | 50", "2월 | 550 | 500 | 50", "3월 | 600 | 580 | 20",
     "4월 | 650 | 600 | 50"),
    ("연 도 | 접수 | 처리 | 증 감", "’23년 | 100 | 90 | 10", "’24년 | 120 | 100 | 20", "’25년 | 130 | 120 | 10",
     "’26년 | 140 | 120 | 20"),
])
def test_a_difference_of_its_own_row_is_no_change_from_the_row_above(layout, tmp_path, rows):
    # 증감 is 전입 − 전출 on each row; 전입's change from the row above matches it by chance on some rows (2월, 4월):
    # before, 3월 was a false error (expected 50 for 20)
    assert findings(table("전입 전출 현황", "명", *rows), layout, tmp_path) == []
