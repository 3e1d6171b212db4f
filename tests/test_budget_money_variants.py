"""Budget figures as these reports print them, read and shown back: amounts of 1억 or more stated in 만원
(`9억 5,000만원`), negatives with `△`, decimals in other figure columns, sources inside a 집행액 cell, a table of
one row without a label column, a year beside the 예산 label and years as columns."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from checks.base import money
from extractors.projects import item_fields
from pipeline.values import parse_amount
from tests.test_overview_variants import report

PROJECT = "Ⅱ. 주요업무 추진실적\n\n① 청사환경 조성 (청사관리팀)\n\n청사를 관리하고자 함\n\n"


def findings(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.message) for f in run_checks(r)]


@pytest.mark.parametrize(("krw", "unit", "shown"), [
    (950_000_000, "만원", "9억 5,000만원"), (3_210_000_000, "만원", "32억 1,000만원"),
    (120_000_000, "만원", "1억 2,000만원"), (900_000_000, "만원", "9억원"), (35_000_000, "만원", "3,500만원"),
    (1_200_000_000_000, "억원", "1조 2,000억원"), (3_820_000_000, "억원", "38.2억원"),
    (950_005_000, "만원", "95,000.5만원"), (1_500_000, "천원", "1,500천원"), (1_234_567, "천원", "1,234,567원"),
    (1_500, None, "1,500원")])
def test_money_shows_an_amount_as_reports_write_it(krw, unit, shown):
    assert money(krw, unit) == shown
    assert parse_amount(shown) == krw


def test_money_shows_a_negative_with_a_triangle():
    assert money(-1_500_000, "천원") == "△1,500천원"
    assert money(-950_000_000, "만원") == "△9억 5,000만원"


def test_a_budget_stated_in_eok_and_man_is_shown_as_printed():
    r = report(PROJECT + "□ 사업개요\n\n- 예산: 9억 5,000만원(구비)\n\n□ 예산현황\n\n(단위: 천원)\n\n"
               "예산액\t집행액\t집행률(%)\n900,000(구비)\t450,000(구비)\t50.0\n")
    [(rule, _, _, expected, actual, message)] = findings(r)
    assert (rule, expected, actual) == ("cross.project_budget", "9억 5,000만원", "900,000천원")
    assert "본문 9억 5,000만원" in message and "95,000만원" not in message


def test_a_rate_of_cells_in_eok_and_man_is_shown_as_printed():
    r = report(PROJECT + "□ 예산현황\n\n예산액\t집행액\t집행률(%)\n9억 5,000만원\t4억 7,500만원\t60.0\n")
    [(rule, _, _, expected, actual, message)] = findings(r)
    assert (rule, expected, actual) == ("rate", "50.0", "60.0")
    assert "4억 7,500만원 ÷ 9억 5,000만원 = 50.0%" in message


DECIMALS = ("Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: 백만원)\n\n단위사업명\t2025년 예산액\t2024년 예산액\t증 감\n"
            "계\t3,701.80\t{previous}\t{change}\n쾌적한 행정환경 조성\t1,426.04\t1,400.00\t26.04\n"
            "대외교류 활성화\t2,275.76\t2,000.00\t275.76\n")


def test_other_columns_printing_decimals_are_summed():
    assert findings(report(DECIMALS.format(previous="3,400.00", change="301.80"))) == []
    # at the decimals the table prints, `3,900.00` (branch cost76; before, `3,900백만원`)
    assert findings(report(DECIMALS.format(previous="3,900.00", change="301.80"))) == [
        ("sum.budget", "계", "2024년 예산액", "3,400.00백만원", "3,900.00백만원",
         "계의 2024년 예산액 값이 단위사업별 합계와 다릅니다 (표기 3,900.00백만원, 합계 3,400.00백만원)")]


def test_a_negative_sum_is_shown_with_a_triangle_in_the_message_and_a_minus_in_its_figures():
    table = DECIMALS.replace("26.04\n", "△26.04\n").replace("1,400.00", "1,452.08")
    assert findings(report(table.format(previous="3,452.08", change="249.72"))) == []
    assert findings(report(table.format(previous="3,452.08", change="△249.72"))) == [
        ("sum.budget", "계", "증감", "249.72백만원", "-249.72백만원",
         "계의 증감 값이 단위사업별 합계와 다릅니다 (표기 △249.72백만원, 합계 249.72백만원)")]


def test_a_negative_remaining_is_shown_with_a_triangle_in_the_message_and_a_minus_in_its_figures():
    r = report(PROJECT + "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t잔액\n1,000(구비)\t1,200(구비)\t△100\n")
    assert findings(r) == [("remaining", "구비", "잔액", "-200천원", "-100천원",
                            "구비의 잔액이 예산액 − 집행액과 다릅니다 "
                            "(표기 △100천원, 계산 1,000천원 − 1,200천원 = △200천원)")]


SOURCES_TABLE = (PROJECT + "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n"
                 "800,000(시비 300,000 구비 500,000)\t320,000(시비 120,000 구비 {gubi})\t40.0\n")


def lines(r):
    return [(b.name, b.budget_krw, b.executed_krw, b.funding_source) for b in r.projects[0].budget_lines]


def test_the_sources_in_the_executed_cell_are_each_sources_executed():
    r = report(SOURCES_TABLE.format(gubi="200,000"))
    assert lines(r) == [("계", 800_000_000, 320_000_000, None), ("시비", 300_000_000, 120_000_000, "시비"),
                        ("구비", 500_000_000, 200_000_000, "구비")]
    assert findings(r) == []


def test_sources_in_the_executed_cell_that_do_not_add_up_are_found():
    assert findings(report(SOURCES_TABLE.format(gubi="250,000"))) == [
        ("sum.project_budget", "계", "집행액", "370,000천원", "320,000천원",
         "계의 집행액이 재원별 합계와 다릅니다 (표기 320,000천원, 합계 370,000천원)")]


def test_sources_in_the_executed_cell_alone_are_no_budgets():
    r = report(PROJECT + "□ 예산현황\n\n(단위: 천원)\n\n예산액\t집행액\t집행률(%)\n"
               "800,000\t320,000(시비 120,000 구비 200,000)\t40.0\n")
    assert lines(r) == [("계", 800_000_000, 320_000_000, None), ("시비", None, 120_000_000, "시비"),
                        ("구비", None, 200_000_000, "구비")]


def test_sources_of_a_stated_executed_are_each_sources_executed():
    r = report(PROJECT + "□ 사업개요\n\n- 예산액 : 800,000천원(시비 300,000 구비 500,000) / "
               "집행액 : 320,000천원(시비 120,000 구비 200,000)\n")
    assert lines(r) == [("계", 800_000_000, 320_000_000, None), ("시비", 300_000_000, 120_000_000, "시비"),
                        ("구비", 500_000_000, 200_000_000, "구비")]


@pytest.mark.parametrize(("header", "row"), [("", ""), ("구 분\t", "계\t")])
def test_a_total_cost_column_is_kept_beside_the_line_not_its_name(header, row):
    r = report(PROJECT + f"□ 예산현황\n\n(단위: 천원)\n\n{header}총사업비\t2025년 예산\t집행액\t집행률(%)\n"
               f"{row}1,920,000\t640,000\t256,000\t40.0\n")
    assert [(b.name, b.budget_krw, b.executed_krw, b.other_columns) for b in r.projects[0].budget_lines] == [
        ("계", 640_000_000, 256_000_000, {"총사업비": "1,920,000"})]


YEAR_LABEL = (PROJECT + "□ 사업개요\n\n○ 총사업비 : 12,500,000천원(시비 5,000,000 구비 7,500,000)\n"
              "○ {label} : 4,000,000천원(시비 1,500,000 구비 2,500,000)\n\n□ 예산현황\n\n(단위: 천원)\n\n"
              "구 분\t예산액\t집행액\t집행률(%)\n계\t4,000,000\t2,200,000\t55.0\n시비\t1,600,000\t880,000\t55.0\n"
              "구비\t2,400,000\t1,320,000\t55.0\n")


@pytest.mark.parametrize("label", ["2025년 예산", "’25년 예산", "2025년도 예산액", "예산"])
def test_a_budget_labelled_with_the_reports_year_is_compared_with_the_table(label):
    assert [f[:5] for f in findings(report(YEAR_LABEL.format(label=label)))] == [
        ("cross.project_budget", "시비", "예산액", "1,500,000천원", "1,600,000천원"),
        ("cross.project_budget", "구비", "예산액", "2,500,000천원", "2,400,000천원")]


def test_a_budget_labelled_with_another_year_is_not_compared():
    assert findings(report(YEAR_LABEL.format(label="2026년 예산"))) == []


YEARS_TABLE = (PROJECT + "□ 예산현황\n\n(단위: 천원)\n\n구 분\t2024년\t2025년\t증 감\n"
               "예산액\t200,000\t240,000\t40,000\n집행액\t200,000\t96,000\t\n집행률(%)\t100.0\t{rate}\t\n")


def test_a_table_of_years_as_columns_is_one_line_of_the_reports_year():
    r = report(YEARS_TABLE.format(rate="40.0"))
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, b.other_columns)
            for b in r.projects[0].budget_lines] == [
        ("계", 240_000_000, 96_000_000, "40.0", {"2024년 예산액": "200,000", "2024년 집행액": "200,000",
                                                 "2024년 집행률(%)": "100.0", "증감 예산액": "40,000"})]
    assert findings(r) == []
    assert [f[:5] for f in findings(report(YEARS_TABLE.format(rate="48.0")))] == [
        ("rate", "계", "집행률(%)", "40.0", "48.0")]


@pytest.mark.parametrize(("text", "expected"), [
    ("노후 경로당 환경개선 : 9월 ~ 11월(10개소, 200,000천원)", (9, 11, 2025, None, 200_000_000)),
    # no period: the bracket holds the count and the amount, as `융자 추천 (118건 32억 1,000만원)` (before, none)
    ("노후 경로당 환경개선(10개소, 200,000천원)", (None, None, None, None, 200_000_000)),
    ("노후 경로당 환경개선(200,000천원)", (None, None, None, None, None))])  # the amount alone: none, as before
def test_an_amount_in_brackets_after_a_period_is_the_items(text, expected):
    assert item_fields(text, 2025)[:5] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("노후 경로당 환경개선 : 9월 ~ 11월(200,000천원)", (9, 11, 2025, None, 200_000_000)),
    ("청사 방수공사 : 10월(150,000천원)", (10, 10, 2025, None, 150_000_000)),
    ("청사 방수공사 : 10월 (1억 5,000만원)", (10, 10, 2025, None, 150_000_000)),
    ("냉난방기 교체 : 하반기(150,000천원)", (7, 12, 2025, None, 150_000_000)),
    ("청사 방수공사 3월(150,000천원)", (3, 3, 2025, None, 150_000_000)),
    # a per-person or a funding-named figure in the bracket is no amount of the item's; nor one after no period,
    # but where it closes the item's name right before its period (`tests/test_item_amount_in_name_bracket.py`)
    ("생일 축하 : 10월(1인당 130천원)", (10, 10, 2025, None, None)),
    ("생일상품권(130천원) 지급 : 10월", (10, 10, 2025, None, None)),
    ("청사 방수공사 (150,000천원): 10월", (10, 10, 2025, None, 150_000_000))])
def test_an_amount_alone_in_brackets_after_a_period_is_the_items(text, expected):
    """Before, the bracket after the period had to print something beside the amount (`(10개소, 200,000천원)`):
    `9월 ~ 11월(200,000천원)` had no amount, and a question for plans over 1억 missed it."""
    assert item_fields(text, 2025)[:5] == expected


COUNTS = ("Ⅰ. 일반현황\n\n1. 예산현황\n\n(단위: {unit})\n\n단위사업명\t추진건수\t예산액\t집행액\t집행률(%)\n"
          "계\t12\t5,000\t2,500\t50.0\n청사 관리\t5\t3,000\t1,500\t50.0\n인사 운영\t6\t2,000\t1,000\t50.0\n")


@pytest.mark.parametrize("unit", ["백만원", "천원"])
def test_a_count_column_beside_the_money_is_summed_exactly_and_shown_as_a_count(unit):
    """Before, a count column (`추진건수`) was summed as money: in 백만원 its rounding allowance hid 12 against 11,
    and in 천원 the finding said `12천원`."""
    assert findings(report(COUNTS.format(unit=unit))) == [
        ("sum.budget", "계", "추진건수", "11", "12",
         "계의 추진건수 값이 단위사업별 합계와 다릅니다 (표기 12, 합계 11)")]


@pytest.mark.parametrize(("text", "amount"), [
    ("청사 방수 : 10월 / 구비 150,000천원", 150_000_000),
    ("청사 방수 : 10월(구비 150,000천원)", 150_000_000),
    ("청사 방수 : 10월 / 시비 1억 5,000만원", 150_000_000),
    ("청사 방수 : 10월 / 특별교부세 150,000천원", 150_000_000),
    # two sources, each right before its own amount: the item's money by its sources, their sum (before, none)
    ("청사 방수 : 10월 / 국비 100,000천원, 구비 50,000천원", 150_000_000),
    ("청사 방수 : 10월 / 국비 50,000천원, 구비 50,000천원", 100_000_000),
    ("청사 방수 : 10월 / 150,000천원(구비)", 150_000_000)])
def test_an_amount_after_its_one_funding_source_is_the_items(text, amount):
    """Before, `구비 150,000천원` (the source before the amount) gave none, where `150,000천원(구비)` was read."""
    assert item_fields(text, 2025)[:5] == (10, 10, 2025, None, amount)


@pytest.mark.parametrize(("text", "amount"), [
    ("청사 방수 : 10월 / 국비 30,000천원, 구비 30,000천원", 60_000_000),  # before, none
    ("청사 방수 : 10월(국비 30,000천원, 구비 30,000천원)", 60_000_000),  # before, none
    ("청사 방수 : 10월 / 구비 30,000천원, 구비 30,000천원", None),  # one source named twice: still two amounts
])
def test_equal_amounts_of_funding_sources_are_their_sum_or_none(text, amount):
    assert item_fields(text, 2025)[:5] == (10, 10, 2025, None, amount)


@given(thousands=st.integers(1, 9_999_999), word=st.sampled_from(["소요", "투입", "소요 예정", "투입예정"]),
       lead=st.sampled_from(["", "사업비 ", "총 "]), funding=st.sampled_from(["", "(구비)"]))
def test_an_amount_with_a_word_saying_it_is_spent_after_it_is_the_items(thousands, word, lead, funding):
    """Before, `1,500만원 소요` (the word after the amount) gave none, where `1,500만원` was read."""
    text = f"체육대회 : 5. 24. / {lead}{thousands:,}천원{funding} {word}"
    assert item_fields(text, 2025)[:5] == (5, 5, 2025, None, thousands * 1000)


@pytest.mark.parametrize("text", [
    "체육대회 : 5월 / 1인당 30만원 소요",  # a per-person sum: no amount of the item
    "체육대회 : 5월 / 예산 500,000천원 소요, 집행 320,000천원",  # two amounts
    "체육대회 : 5월 / 참가비 소요",  # no amount
])
def test_a_word_saying_it_is_spent_after_no_amount_of_the_items_gives_none(text):
    assert item_fields(text, 2025)[:5] == (5, 5, 2025, None, None)


@pytest.mark.parametrize(("text", "amount"), [
    ("불법주정차 견인 : 1월~6월 / 견인료 징수 1억 2,450만원", 124_500_000),
    ("불법주정차 견인 : 1월~6월 / 견인료 징수 124,500천원", 124_500_000),
    ("불법주정차 견인 : 1월~6월 / 과태료 부과 3억원", 300_000_000),
    ("불법주정차 견인 : 1월~6월 / 예산 집행 3,000만원", 30_000_000),
    ("불법주정차 견인 : 1월~6월 / 운영비 지원 3,000만원 (구비)", 30_000_000),
    ("불법주정차 견인 : 1월~6월 / 1,200명 지원 3,000만원", 30_000_000),
    ("불법주정차 견인 : 1월~6월 / 견인차량 투입 5,000천원", 5_000_000),
    # the verb not right before the amount, or the amount not ending the sentence, or not the sentence's one: none
    ("불법주정차 견인 : 1월~6월 / 징수 목표 1억원", None),
    ("불법주정차 견인 : 1월~6월 / 징수 1억원 증가", None),
    ("불법주정차 견인 : 1월~6월 / 1인당 지원 30만원", None),
    ("불법주정차 견인 : 1월~6월 / 예산 5억원 중 집행 3억원", None),
])
def test_an_amount_right_after_a_word_saying_it_is_spent_or_taken_in_is_the_items(text, amount):
    """Before, `견인료 징수 1억 2,450만원` (the verb before the amount) gave none, where `견인료 1억 2,450만원 징수`
    was read."""
    assert item_fields(text, 2025)[:5] == (1, 6, 2025, None, amount)
