"""An item's money printed by its sources, each right before its own amount and nothing else between (`국비 8,000천원,
구비 8,000천원`, `시비 5억원·구비 3억원`, `(국비 40,000천원, 시비 12,000천원, 구비 28,000천원)`): the item's amount is
their sum (before, none). A source is a budget's (`국비`, `시비`, `도비`, `구비`, `군비`, `기금`, `국·시비` …) or other
funding beside one (`자부담`, `민간`). It stays as before where the run is not all the item prints of money and of its
sources (another amount, a source by a share or a count), a source is printed twice, an amount prints no unit of its
own or is in 만 alone, or words run on after the run (`… 증액`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import item_fields
from tests.layouts import read_laid_out


@pytest.mark.parametrize(("text", "amount"), [
    ("국비 8,000천원, 구비 8,000천원", 16_000_000),
    ("시비 5억원·구비 3억원", 800_000_000),
    ("시비 5억, 구비 3억", 800_000_000),
    ("(국비 40,000천원, 시비 12,000천원, 구비 28,000천원)", 80_000_000),
    ("노후 공원 정비 (국비 40,000천원, 시비 12,000천원, 구비 28,000천원)", 80_000_000),
    ("사업비 : 국비 8,000천원, 구비 8,000천원", 16_000_000),
    ("사업비(도비 1억 2,000만원 / 군비 3,000만원)", 150_000_000),
    ("재원 : 기금 1억원, 구비 2,000만원", 120_000_000),
    ("국비 1억원, 자부담 2,000만원", 120_000_000),  # before, 1억원: 자부담 was no source
    ("구비 30,000천원, 민간 5,000천원", 35_000_000),
    ("국·시비 2억, 구비 1억", 300_000_000),
    # as before: one source, or a total with its parts in a bracket
    ("국비 8,000천원", 8_000_000),
    ("5억원(시비 3억, 구비 2억)", 500_000_000),
    ("국비 50%, 구비 8,000천원", 8_000_000),
    # none, as before: a share or a count of a source beside the run, another amount, a source twice, no source
    # of a budget's, words after the run, an amount in 만 alone or with a note between, an amount including another's
    ("국비 50%, 구비 8,000천원, 시비 1,000천원", None),
    ("국비 2건 8,000천원, 구비 8,000천원, 시비 1,000천원", None),
    ("예산 500,000천원 / 국비 8,000천원, 구비 8,000천원", None),
    ("구비 1억원, 구비 2,000만원", None),
    ("자부담 1억원, 민간 2,000만원", None),
    ("국비 8,000천원, 구비 8,000천원 증액", None),
    ("국비 3,000만, 구비 2,000만", None),
    ("국비 8,000천원(50%), 구비 8,000천원(50%)", None),
    ("국·시비 포함 2억, 구비 1억", None),
])
def test_an_items_money_by_its_sources(text, amount):
    assert item_fields(text, 2025).amount == amount


def test_a_period_beside_the_run_stays_the_items():
    assert item_fields("공원 조성 : 4월 / 국비 8,000천원, 구비 8,000천원", 2025)[:5] == (4, 4, 2025, None, 16_000_000)


SOURCES = ["국비", "시비", "도비", "구비", "군비", "기금", "자부담", "민간"]
UNITS = [("천원", 1_000), ("만원", 10_000), ("원", 1), ("백만원", 1_000_000)]


@given(st.lists(st.tuples(st.integers(min_value=1, max_value=9_999_999), st.sampled_from(UNITS)), min_size=2,
                max_size=len(SOURCES)),
       st.permutations(SOURCES), st.sampled_from([", ", "·", " / ", " "]), st.booleans())
def test_any_run_of_sources_is_the_sum_of_its_parts(parts, sources, separator, bracketed):
    named = list(zip(sources, parts, strict=False))
    run = separator.join(f"{source} {figure:,}{unit}" for source, (figure, (unit, _)) in named)
    text = f"시설 보수 ({run})" if bracketed else run
    public = any(source not in ("자부담", "민간") for source, _ in named)
    expected = sum(figure * scale for _, (figure, (_, scale)) in named) if public else None
    assert item_fields(text, 2025).amount == expected


REPORT = ("제285회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n2025년 주요업무 보고\n\n공 원 녹 지 과\n\n"
          "Ⅱ. 주요업무 추진실적\n\n1. 공원 환경 개선 (공원팀)\n\n□ 주요 추진실적\n\n"
          "○ 놀이터 정비: 4월~5월 / 국비 8,000천원, 구비 8,000천원\n\n"
          "○ 노후 공원 정비 (국비 40,000천원, 시비 12,000천원, 구비 28,000천원)\n\n"
          "○ 산책로 조성: 6월 / 시비 5억원·구비 3억원\n\n"
          "○ 숲 체험: 3월 / 국비 50%, 구비 8,000천원, 시비 1,000천원\n")


@pytest.mark.parametrize("layout", ["tab", "without-blank-lines", "pipe-tables", "pdf grid"])
def test_a_reports_items_so_printed(layout, tmp_path):
    report = read_laid_out(REPORT, layout, tmp_path)
    [project] = report.projects
    assert [(i.start_month, i.end_month, i.amount_krw) for i in project.items] == [
        (4, 5, 16_000_000), (None, None, 80_000_000), (6, 6, 800_000_000), (3, 3, None)]
