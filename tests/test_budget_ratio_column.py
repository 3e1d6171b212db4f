"""A budget column labelled only as a ratio (`비율(%)`, `비율`, `집행비율`, `집행 비율(%)`, `%`) right after the
집행액 is the 집행률 where its figures are 집행액 ÷ 예산액 × 100 on most lines, so that "spent under 30%" finds its
lines and `rate` checks them; a share of the total (구성비) or figures that mostly do not agree stay a column of
their own, by their label."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.values import parse_decimal, rate_agrees
from tests.layouts import TEXT_LAYOUTS, make_pdfs

COVER = "제301회 한빛구의회 제1차 정례회\n2025. 6. 10. ~ 6. 24.\n2025년 주요업무 보고\n총 무 과\n"
BUDGET = ("Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n구 분\t예산액\t집행액\t{label}\n"
          "계\t5,000,000\t1,520,000\t{rates[0]}\n청사 관리\t2,400,000\t960,000\t{rates[1]}\n"
          "민원 행정\t1,600,000\t400,000\t{rates[2]}\n행정운영경비\t1,000,000\t160,000\t{rates[3]}\n")
RATES = ("30.4", "40.0", "25.0", "16.0")  # 집행액 ÷ 예산액 × 100
SHARES = ("100.0", "48.0", "32.0", "20.0")  # 예산액 ÷ the 계's 예산액 × 100 (구성비)
LABELS = ["비율(%)", "비율", "집행비율", "집행 비율(%)", "%", "집행율"]


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def budget(label: str, rates: tuple[str, ...], layout: str = "tab") -> str:
    return TEXT_LAYOUTS[layout](COVER + BUDGET.format(label=label, rates=rates))


def lines(r):
    return [(b.name, b.executed_krw // 1_000, b.execution_rate, b.other_columns) for b in r.budget]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("label", LABELS)
def test_a_ratio_of_executed_to_budget_is_the_execution_rate(label, layout):
    r = report(budget(label, RATES, layout))
    assert lines(r) == [("계", 1_520_000, 30.4, None), ("청사 관리", 960_000, 40.0, None),
                        ("민원 행정", 400_000, 25.0, None), ("행정운영경비", 160_000, 16.0, None)]
    assert found(r) == []


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("label", ["비율(%)", "%"])
def test_a_wrong_rate_under_a_ratio_is_found(label, layout):
    """Three lines of four agree: the column is the 집행률, and the line that does not is told off."""
    r = report(budget(label, ("30.4", "40.0", "52.0", "16.0"), layout))
    assert [line.execution_rate for line in r.budget] == [30.4, 40.0, 52.0, 16.0]
    assert found(r) == [("rate", "민원 행정", "집행률(%)", "25.0", "52.0")]


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("label", ["비율(%)", "비율", "%"])
def test_a_share_of_the_total_beside_the_executed_stays_a_column(label, layout):
    r = report(budget(label, SHARES, layout))
    assert lines(r) == [("계", 1_520_000, None, {label: "100.0"}), ("청사 관리", 960_000, None, {label: "48.0"}),
                        ("민원 행정", 400_000, None, {label: "32.0"}), ("행정운영경비", 160_000, None, {label: "20.0"})]
    assert found(r) == []


def test_a_ratio_that_agrees_on_half_the_lines_only_stays_a_column():
    printed = ("30.4", "40.0", "71.0", "38.0")
    r = report(budget("비율(%)", printed))
    assert [(b.execution_rate, b.other_columns) for b in r.budget] == [(None, {"비율(%)": rate}) for rate in printed]
    assert found(r) == []


def test_a_share_is_never_a_rate_even_where_its_figures_are_one():
    """`구성비(%)` names a share: kept by its label whatever it prints."""
    r = report(budget("구성비(%)", RATES))
    assert [(b.execution_rate, b.other_columns) for b in r.budget][:2] == [
        (None, {"구성비(%)": "30.4"}), (None, {"구성비(%)": "40.0"})]


def test_a_ratio_after_the_remaining_is_the_execution_rate():
    r = report(COVER + "Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n구 분\t예산액\t집행액\t잔액\t비율(%)\n"
               "계\t3,000\t1,200\t1,800\t40.0\n주차\t2,000\t1,000\t1,000\t50.0\n교통\t1,000\t200\t800\t20.0\n")
    assert [(b.name, b.remaining_krw, b.execution_rate, b.other_columns) for b in r.budget] == [
        ("계", 1_800_000, 40.0, None), ("주차", 1_000_000, 50.0, None), ("교통", 800_000, 20.0, None)]


def test_a_ratio_beside_a_named_rate_stays_a_column():
    """`집행률(%)` is the rate: a `비율(%)` beside it is something else (here each line's share of the 집행액)."""
    r = report(COVER + "Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n구 분\t예산액\t집행액\t집행률(%)\t비율(%)\n"
               "계\t3,000\t1,200\t40.0\t100.0\n주차\t2,000\t1,000\t50.0\t83.3\n교통\t1,000\t200\t20.0\t16.7\n")
    assert [(b.execution_rate, b.other_columns) for b in r.budget] == [
        (40.0, {"비율(%)": "100.0"}), (50.0, {"비율(%)": "83.3"}), (20.0, {"비율(%)": "16.7"})]


def test_a_ratio_row_under_funding_sources_is_the_execution_rate():
    body = (COVER + "Ⅱ. 주요업무 추진계획\n1 청사 환경 개선 (총무팀)\n청사를 개선하고자 함\n□ 예산현황\n(단위: 천원)\n"
            "구 분\t계\t시비\t구비\n예산액\t1,000\t400\t600\n집행액\t300\t100\t200\n비율(%)\t{ratios}\n")
    (project,) = report(body.format(ratios="30.0\t25.0\t33.3")).projects
    assert [(b.name, b.execution_rate, b.other_columns) for b in project.budget_lines] == [
        ("계", 30.0, None), ("시비", 25.0, None), ("구비", 33.3, None)]
    (shares,) = report(body.format(ratios="100.0\t40.0\t60.0")).projects  # each source's share of the 예산액
    assert [(b.name, b.execution_rate, b.other_columns) for b in shares.budget_lines] == [
        ("계", None, {"비율(%)": "100.0"}), ("시비", None, {"비율(%)": "40.0"}), ("구비", None, {"비율(%)": "60.0"})]


def test_a_misspelt_rate_is_the_rate_not_the_executed():
    """`집행율` (for 집행률), with no `%`, names the rate: not a second 집행액 column."""
    r = report(COVER + "Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n구 분\t예산액\t집행액\t집행율\n"
               "계\t1,000\t300\t30.0\n주차\t600\t200\t33.3\n교통\t400\t100\t25.0\n")
    assert [(b.executed_krw, b.execution_rate) for b in r.budget] == [
        (300_000, 30.0), (200_000, 33.3), (100_000, 25.0)]
    assert found(r) == []


def test_a_ratio_in_a_pdf_is_the_execution_rate_and_a_wrong_one_is_found(tmp_path):
    source, target = tmp_path / "t.txt", tmp_path / "t.pdf"
    source.write_text(budget("비율(%)", ("30.4", "40.0", "52.0", "16.0")), encoding="utf-8")
    make_pdfs().render(source, target)
    r = extract_file(target)
    assert [line.execution_rate for line in r.budget] == [30.4, 40.0, 52.0, 16.0]
    assert found(r) == [("rate", "민원 행정", "집행률(%)", "25.0", "52.0")]


@given(st.integers(0, 10**9), st.integers(1, 10**12), st.integers(0, 2))
def test_a_rate_rounded_half_up_agrees_and_one_a_digit_off_does_not(part, whole, digits):
    """What the ratio's reading and `rate` both ask: the printed rate of exact figures, at its precision."""
    rate = (Decimal(part * 100) / whole).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    assert rate_agrees(part, whole, parse_decimal(str(rate)), 0)
    assert not rate_agrees(part, whole, parse_decimal(str(rate + Decimal(1).scaleb(-digits))), 0)


GROUPED = ("Ⅰ. 일반현황\n1. 예산현황\n(단위: 천원)\n구 분\t예산액\t집 행\t\n\t\t금 액\t{label}\n"
           "계\t5,000,000\t1,520,000\t{rates[0]}\n청사 관리\t2,400,000\t960,000\t{rates[1]}\n"
           "민원 행정\t1,600,000\t400,000\t{rates[2]}\n행정운영경비\t1,000,000\t160,000\t{rates[3]}\n")


@pytest.mark.parametrize("layout", TEXT_LAYOUTS)
@pytest.mark.parametrize("label", ["비율(%)", "비 율"])
def test_a_ratio_under_the_executed_group_label_is_the_execution_rate(label, layout):
    """`집 행` over `금 액 | 비 율`: the group's amount is the 집행액 and its ratio the 집행률, a wrong one found."""
    r = report(TEXT_LAYOUTS[layout](COVER + GROUPED.format(label=label, rates=("30.4", "40.0", "52.0", "16.0"))))
    assert [(line.executed_krw // 1_000, line.execution_rate) for line in r.budget] == [
        (1_520_000, 30.4), (960_000, 40.0), (400_000, 52.0), (160_000, 16.0)]
    assert found(r) == [("rate", "민원 행정", "집행률(%)", "25.0", "52.0")]
