"""Item periods printed as a year and month without a day (`준공: 2025. 11.`), dates that say when figures were
counted (`(’25. 5. 31. 기준)`) rather than when an item runs, and the year `reportdb show` prints beside months."""

import pytest
from click.testing import CliRunner

from extractors import extract_report
from extractors.projects import item_fields
from pipeline.cli import main
from pipeline.read_text import read_text

REPORT = ("2025년 주요업무 보고\n\n건설과\n\nⅡ. 주요업무 추진실적\n\n① 노후 도로 재포장 (도로관리팀)\n\n"
          "재포장하고자 함\n\n□ 추진실적\n\n")


def items(body: str) -> list[tuple[str, int | None, int | None, int | None]]:
    (project,) = extract_report(read_text("t.txt", (REPORT + body).encode())).projects
    return [(item.text, item.start_month, item.end_month, item.year) for item in project.items]


def test_a_year_and_month_without_a_day_is_that_month():
    """Before, `2025. 11.` and `’25. 4.` gave no months, while `2025. 11월` and `2025. 3. ~ 2025. 11.` did."""
    body = ("○ 1구간 착공: 2025. 3.\n○ 2구간 설계 완료: ’25. 4.\n○ 2·3구간 준공: 2025. 11.\n○ 준공 검사: 2025.11.\n"
            "○ 보수 공사: ’26. 2.\n○ 공사기간 : 2025. 3. ~ 2025. 11.\n")
    assert items(body) == [("1구간 착공: 2025. 3.", 3, 3, 2025), ("2구간 설계 완료: ’25. 4.", 4, 4, 2025),
                           ("2·3구간 준공: 2025. 11.", 11, 11, 2025), ("준공 검사: 2025.11.", 11, 11, 2025),
                           ("보수 공사: ’26. 2.", 2, 2, 2026), ("공사기간 : 2025. 3. ~ 2025. 11.", 3, 11, 2025)]


@pytest.mark.parametrize(("text", "expected"), [
    ("준공: 2025. 11.", (11, 11, 2025, None, None)), ("설계 완료(’25. 4.)", (4, 4, 2025, None, None)),
    ("준공: 2025. 11. 3.", (11, 11, 2025, None, None)),  # a day: its month, as before
    ("착공: 2025. 3.~", (3, 12, 2025, None, None)),  # a month alone opening a range, as `3월~`
    ("개정: 2023. 5.", (5, 5, 2023, None, None)),  # wholly in another year: its months in that year
    # a `N.` with no year before it is no month: a list's number, a decimal, a rate
    ("1. 개요", (None, None, None, None, None)), ("3. 추진계획 수립", (None, None, None, None, None)),
    ("집행률: 11.5%", (None, None, None, None, None)), ("증가율 2025. 11.5%", (None, None, None, None, None)),
    ("면적: 11. 5㎡", (None, None, None, None, None)),
    ("사업비: 2,025. 3억원", (None, None, None, None, None)),
])
def test_a_month_after_its_year_but_no_list_number_or_decimal(text, expected):
    assert item_fields(text, 2025)[:5] == expected


def test_an_as_of_caption_gives_its_item_no_months():
    """Before, `(’25. 5. 31. 기준)` gave the item 5–5: the date its figures were counted, not when it runs."""
    body = "○ 월별 민원 처리 현황 (’25. 5. 31. 기준)\n○ 전기자동차 보급 : 85대 (5. 31. 현재)\n○ 정기점검: 3월\n"
    assert items(body) == [("월별 민원 처리 현황 (’25. 5. 31. 기준)", None, None, None),
                           ("전기자동차 보급 : 85대 (5. 31. 현재)", None, None, None), ("정기점검: 3월", 3, 3, 2025)]


@pytest.mark.parametrize(("text", "expected"), [
    ("민원 처리 현황 (’25. 5. 31. 기준)", (None, None, None, None, None)),
    ("민원 처리 현황 (2025. 5. 31.기준)", (None, None, None, None, None)),
    ("공정률 60% (5월말 현재)", (None, None, None, None, None)),
    ("5. 31. 현재 3건 처리", (None, None, None, None, None)),
    ("민원 처리 현황 (기준일: 2025. 5. 31.)", (None, None, None, None, None)),
    # the first period that is no as-of date
    ("(5.31. 기준) 3회 개최, 6월 추가 개최 예정", (6, 6, 2025, None, None)),
    ("2025. 5. 31. 기준 공정률 60%, 준공: 2025. 11.", (11, 11, 2025, None, None)),
    ("(5.31. 기준) 상반기 개최", (1, 6, 2025, None, None)), ("(5.31. 기준) 매월 1회", (1, 12, 2025, None, None)),
    ("교육 3월~5월 (5.31. 기준)", (3, 5, 2025, None, None)),
    # an amount with the date it stands at keeps its amount, as with a period after it
    ("집행: 300,000천원(4.30. 기준)", (None, None, None, None, 300_000_000)),
    ("사업비: 500,000천원 (5월말 현재)", (None, None, None, None, 500_000_000)),
    # a 기준 that labels a criterion, not a date counted at, and a day in brackets: periods as before
    ("선정 기준 : 3월 공고", (3, 3, 2025, None, None)), ("교육 (3.10.)", (3, 3, 2025, None, None)),
])
def test_a_date_figures_are_counted_at_is_no_period(text, expected):
    assert item_fields(text, 2025)[:5] == expected


def test_show_prints_an_items_year_where_it_is_not_the_reports(tmp_path, monkeypatch):
    """Before, `’26. 2.` showed as `[2월]`, as if in the report's year."""
    report = tmp_path / "2025-geonseol.txt"
    report.write_text(REPORT + "○ 1구간 착공: 2025. 3.\n○ 보수 공사: ’26. 1. ~ ’26. 2.\n○ 착수보고회: ’22. 3월\n"
                      "○ 공사기간 : 2025. 3. ~ 2025. 11.\n○ 운영 방침\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--workers", "1", str(report)]).exit_code == 0
    result = runner.invoke(main, ["show", "1"], terminal_width=200)
    lines = [line.strip(" │├└─") for line in result.output.splitlines()]
    assert [line for line in lines if line.startswith(("1구간", "보수", "착수", "공사기간", "운영"))] == [
        "1구간 착공: 2025. 3.  [3월]", "보수 공사: ’26. 1. ~ ’26. 2.  [2026년 1~2월]",
        "착수보고회: ’22. 3월  [2022년 3월]", "공사기간 : 2025. 3. ~ 2025. 11.  [3~11월]", "운영 방침"]
