"""A budget table whose 집행률 are cut off at their printed precision, not rounded (1,604,800 ÷ 3,512,400 = 45.69…
printed `45.6`, as a report computing its rates with `ROUNDDOWN` or `절사` prints them): where two lines or more tell
the two ways apart and all of them print the rate cut off, the table cuts its rates off, and no rate so printed is
wrong (before, each was a `rate` error, `45.7` expected); a rate wrong either way is still found, at its cut-off
value. One line alone cut off, or among rounded ones, is a wrong rate, as before."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from pipeline.values import expected_rate, rate_agrees, rate_cut_off, rates_agree
from tests.layouts import TEXT_LAYOUTS, read_laid_out

COVER = "제258회 한빛구의회 제1차 정례회\n2025. 6. 10. ~ 6. 24.\n2025년 주요업무 보고\n세 무 1 과\nⅠ. 일반현황\n"


def budget(*rates: str) -> str:
    """The 예산현황 of three 단위사업 and their 계 (42.68…, 45.69…, 39.02…, 39.33…), printing `rates`."""
    rows = [("계", "6,525,200", "2,785,200"), ("쾌적한 청사 관리", "3,512,400", "1,604,800"),
            ("인사 운영", "1,512,400", "590,200"), ("세무행정 운영", "1,500,400", "590,200")]
    lines = "".join(f"{name}\t{planned}\t{spent}\t{rate}\n" for (name, planned, spent), rate in zip(rows, rates,
                                                                                                   strict=True))
    return f"{COVER}4 예산현황\n(단위: 천원)\n단위사업명\t예산액\t집행액\t집행률(%)\n{lines}"


def rate_findings(text: str, layout: str = "tab", tmp_path=None, rule: str = "rate"):
    """The findings of `rule` (a budget's `rate`, or `rate.table`) in a report read as `layout` prints it."""
    report = read_laid_out(text, layout, tmp_path) if tmp_path else extract_report(read_text("t.txt", text.encode()))
    return [(f.row, f.expected, f.actual) for f in run_checks(report) if f.rule == rule]


@pytest.mark.parametrize("layout", [*TEXT_LAYOUTS, "pdf grid"])
def test_a_table_cutting_its_rates_off_has_none_wrong(layout, tmp_path):
    assert rate_findings(budget("42.6", "45.6", "39.0", "39.3"), layout, tmp_path) == []


@pytest.mark.parametrize(("rates", "wrong"), [
    # rounded, as before: the one cut off is wrong
    (("42.7", "45.6", "39.0", "39.3"), [("쾌적한 청사 관리", "45.7", "45.6")]),
    # cut off, with a rate wrong either way: found at its cut-off value
    (("42.6", "45.6", "39.0", "38.1"), [("세무행정 운영", "39.3", "38.1")]),
    # one line alone telling the two ways apart (the 계 at two decimals, 42.68 either way): no convention, the rate
    # is wrong as before
    (("42.68", "45.6", "39.0", "39.3"), [("쾌적한 청사 관리", "45.7", "45.6")]),
    # cut off and rounded lines both: rounding is the table's, the cut-off one wrong
    (("42.6", "45.7", "39.0", "39.3"), [("계", "42.7", "42.6")]),
])
def test_rates_wrong_either_way_are_still_found(rates, wrong):
    assert rate_findings(budget(*rates)) == wrong


@pytest.mark.parametrize(("part", "whole", "printed", "step", "cut"), [
    (1_604_800, 3_512_400, (45.6, 1), 0, True),
    (1_604_800, 3_512_400, (45.7, 1), 0, False),
    (1_000, 4_000, (25.0, 1), 0, True),  # exact: 25.0 either way
    (1_000, 4_000, (24.9, 1), 0, False),
    (2, 3, (66, 0), 0, True),
    (2, 3, (67, 0), 0, False),
    (0, 3, (0.0, 1), 0, True),
    (1, 0, (0.0, 1), 0, False),  # no whole
    (1_604_800_000, 3_512_400_000, (45.7, 1), 1_000_000, True),  # in 백만원: 45.68… up to 45.70…
])
def test_a_rate_cut_off(part, whole, printed, step, cut):
    assert rate_cut_off(part, whole, printed, step) is cut


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=10**9), st.integers(0, 3))
def test_the_cut_off_rate_is_cut_off_and_within_a_digit_of_the_rounded(part, whole, digits):
    cut = expected_rate(part, whole, digits, cut_off=True)
    assert rate_cut_off(part, whole, (float(cut), digits), 0)
    rounded = expected_rate(part, whole, digits)
    assert rate_agrees(part, whole, (float(rounded), digits), 0)
    assert 0 <= rounded - cut <= Decimal(1).scaleb(-digits)


FIGURES = st.tuples(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=10**7))


@given(st.lists(FIGURES, min_size=1, max_size=8), st.sampled_from([0, 1, 2]), st.booleans(), st.booleans())
def test_a_series_of_rates_cut_off_or_rounded(figures, digits, cut, with_a_wrong_one):
    """The one rule both a budget's 집행률 and a generic table's rate series are asked by (`rates_agree`): rates all
    rounded agree, and the series is not taken to cut them off; rates all cut off agree where two of them or more
    tell the two ways apart (the series cuts its rates off), else the one that does is wrong; a rate wrong either
    way (a unit of its last digit beyond both) is wrong in both."""
    rates = [(part, whole, (float(expected_rate(part, whole, digits, cut)), digits), 0) for part, whole in figures]
    telling = sum(not rate_agrees(*terms) for terms in rates)
    if with_a_wrong_one:
        part, whole = figures[0]
        wrong = expected_rate(part, whole, digits, cut_off=True) + 2 * Decimal(1).scaleb(-digits)
        rates.append((part, whole, (float(wrong), digits), 0))
    agreeing, cuts_off = rates_agree(rates)
    assert cuts_off is (cut and telling >= 2)
    assert agreeing[:len(figures)] == [cuts_off or rate_agrees(*terms) for terms in rates[:len(figures)]]
    assert agreeing[len(figures):] == [False] * with_a_wrong_one


# a generic table's rates alike (`rate.table`): 1,970 ÷ 2,070 = 95.16…, 812 ÷ 850 = 95.52…, 375 ÷ 400 = 93.75,
# 287 ÷ 300 = 95.66…, 496 ÷ 520 = 95.38…
PROCESSED = (("계", "2,070", "1,970"), ("여권", "850", "812"), ("인감", "400", "375"), ("등본", "300", "287"),
             ("가족관계", "520", "496"))


def processed(*rates: str) -> str:
    rows = "".join(f"{name}\t{received}\t{done}\t{rate}\n" for (name, received, done), rate in zip(PROCESSED, rates,
                                                                                                  strict=True))
    return f"{COVER}2 민원 처리 현황\n(단위: 건)\n구 분\t접수\t처리\t처리율(%)\n{rows}"


@pytest.mark.parametrize("layout", [*TEXT_LAYOUTS, "pdf grid"])
def test_a_generic_table_cutting_its_rates_off_has_only_its_wrong_one_found(layout, tmp_path):
    """Before, no ratio explained most of its rows, so none was compared: the wrong one went unreported."""
    assert rate_findings(processed("95.1", "95.5", "90.1", "95.6", "95.3"), layout, tmp_path, "rate.table") == [
        ("인감", "93.7", "90.1")]


@pytest.mark.parametrize(("rates", "wrong"), [
    # cut off, one wrong either way: found at its cut-off value (before, nothing found)
    (("95.1", "95.5", "90.1", "95.6", "95.3"), [("인감", "93.7", "90.1")]),
    # rounded, as before: the one cut off is wrong
    (("95.2", "95.5", "93.8", "95.6", "95.4"), [("등본", "95.7", "95.6")]),
])
def test_a_generic_tables_wrong_rates_are_still_found(rates, wrong):
    assert rate_findings(processed(*rates), rule="rate.table") == wrong
