"""Items' periods other shapes of a day print: a range's end without its year after a day and its year printed
without the last point (`2020.3.5 ~ 10.30`: before, March of 2020 to December of the report's year; `2025. 3. 5. ~
10. 30`: before, March to December), ISO days as a work's steps (`착공 : 2025-04-01 / 준공 : 2025-12-31`: before,
April and December alone) and days printed with slashes (`2025/4/1 ~ 2025/6/30`: before, none); and amounts in 만
printing no 원 after a word naming the money (`사업비 3,000만`, `예산 : 500만`: before, none; not `참여인원 : 3만`)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.projects import _budget_cells, item_fields
from pipeline.values import parse_period
from tests.layouts import NOVEMBER_COVER, read_laid_out
from tests.periods import span


@pytest.mark.parametrize(("text", "period"), [
    ("2020.3.5 ~ 10.30", (3, 10, 2020, None)),
    ("2025.3.5~10.30", (3, 10, 2025, None)),
    ("’18.5.31 ~ 6.30", (5, 6, 2018, None)),
    ("20.03.02 ~ 12.31", (3, 12, 2020, None)),
    ("2024.12.22 ~ 1.5", (12, 1, 2024, 2025)),
    ("2025. 3. 5. ~ 10. 30", (3, 10, 2025, None)),
    ("2025. 3. 5.(수) ~ 10. 30", (3, 10, 2025, None)),
    ("기간 : 2025.3.5 - 10.30", (3, 10, 2025, None)),
    # as before: the end with its last point
    ("2025. 3. 5. ~ 10. 30.", (3, 10, 2025, None)),
    ("2025.3.5 ~ 10.30.", (3, 10, 2025, None)),
    # a start spaced without its last point (before, none; with its end's year and last point, January to October)
    ("2025. 3. 5 ~ 10. 30", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 2025. 10. 30", (3, 10, 2025, None)),
    ("2025. 3. 5 ~ 2025. 10. 30.", (3, 10, 2025, None)),
    ("2025. 3. 5(수) ~ 10. 30(목)", (3, 10, 2025, None)),
    ("기간 : 2025. 3. 5 - 10. 30", (3, 10, 2025, None)),
    ("’25. 3. 5 ~ 10. 30", (3, 10, 2025, None)),
    ("2025. 12. 22 ~ 1. 5", (12, 1, 2025, 2026)),
    ("2025. 3. 5 ~ 2026. 2. 28", (3, 2, 2025, 2026)),
    # an end printing its year without its last point after a start printing its own (before, March to December)
    ("2025. 3. 5. ~ 2025. 10. 30", (3, 10, 2025, None)),
    ("2025.3.5 ~ 2025. 10. 30", (3, 10, 2025, None)),
    ("’25. 3. 5. ~ ’25. 10. 30", (3, 10, 2025, None)),
])
def test_a_range_end_printed_as_its_start_without_a_year(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize("text", ["12.5.3 ~ 6.30", "2025. 3. 5", "2025. 3. 5 ~ 10", "12. 5. 3 ~ 6. 30"])
def test_no_range_where_the_start_is_no_day_read(text):
    """A list's number (`12.5.3`, `12. 5. 3`) is not read, nor its end; a day spaced without its last point only
    before a range's end (`2025. 3. 5` alone may be a figure after a month)."""
    assert parse_period(text, 2025) is None


@pytest.mark.parametrize(("text", "months"), [
    ("착공 : 2025-04-01 / 준공 : 2025-12-31", list(range(4, 13))),
    ("착공 : 2025/4/1 / 준공 : 2025/12/31", list(range(4, 13))),
    ("2025-04-01 착공, 2025-12-31 준공", list(range(4, 13))),
    ("접수 : 2025-04-01 ~ 2025-04-30 / 선정 : 2025-06-30", [4, 5, 6]),
    # steps of other words run in their months alone, as `설계 : 3월 / 공사 : 9월` does
    ("설계 : 2025-03-01 / 공사 : 2025-09-01", [3, 9]),
])
def test_iso_days_as_steps_of_a_work(text, months):
    assert [int(month[-2:]) for month in parse_period(text, 2025).months] == months


@pytest.mark.parametrize(("text", "period"), [
    ("2025/04/01", (4, 4, 2025, None)),
    ("2025/4/1 ~ 2025/6/30", (4, 6, 2025, None)),
    ("2025/04/01~2025/06/30", (4, 6, 2025, None)),
    ("점검 : 2024/11/01 ~ 2025/02/28", (11, 2, 2024, 2025)),
])
def test_days_printed_with_slashes(text, period):
    assert span(parse_period(text, 2025)) == period


@pytest.mark.parametrize("text", ["1/2", "24/7 운영", "2025/04", "2025/13/01", "2025/4-1", "12025/04/01",
                                  "2025/04/011", "비율 3/4"])
def test_no_day_in_other_slashes(text):
    assert parse_period(text, 2025) is None


def test_a_quarter_printed_with_a_slash_as_before():
    assert span(parse_period("3/4분기", 2025)) == (7, 9, 2025, None)


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["/", "-"]), st.booleans())
def test_any_iso_or_slash_range_reads_as_its_dotted_form(year, month, day, last_month, last_day, mark, padded):
    def printed(m, d):
        return f"{year}{mark}{m:02}{mark}{d:02}" if padded else f"{year}{mark}{m}{mark}{d}"
    text = f"{printed(month, day)} ~ {printed(last_month, last_day)}"
    dotted = f"{year}. {month}. {day}. ~ {year}. {last_month}. {last_day}."
    assert parse_period(text, 2025) == parse_period(dotted, 2025)


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), st.integers(1, 28))
def test_any_closed_up_range_end_reads_as_with_its_last_point(year, month, day, last_month, last_day):
    assert (parse_period(f"{year}.{month}.{day} ~ {last_month}.{last_day}", 2025)
            == parse_period(f"{year}.{month}.{day}. ~ {last_month}.{last_day}.", 2025))


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 12), st.integers(1, 28),
       st.booleans(), st.sampled_from([" ~ ", "~", " - "]))
def test_any_spaced_range_without_points_reads_as_with_them(year, month, day, last_month, last_day, end_year, link):
    """`2025. 3. 5 ~ 10. 30` and `2025. 3. 5 ~ 2025. 10. 30` read as printed with every last point."""
    last_year = f"{year}. " if end_year else ""
    assert (parse_period(f"{year}. {month}. {day}{link}{last_year}{last_month}. {last_day}", 2025)
            == parse_period(f"{year}. {month}. {day}.{link}{last_year}{last_month}. {last_day}.", 2025))


COVER = (NOVEMBER_COVER
         + "# Ⅱ. 2025년 주요업무 추진실적\n\n## ① 본관 청사 리모델링 (청사관리팀)\n\n"
         "노후 청사를 안전하게 고치고자 함\n\n### □ 추진실적\n\n")


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_range_ends_and_slash_days_in_a_report(layout, tmp_path):
    items = ("- 방수공사 : 2025.3.5 ~ 10.30\n- 안전점검 : 2025/4/1 ~ 2025/6/30\n"
             "- 승강기 교체 : 착공 2025-04-01 / 준공 2025-12-31\n- 상담 창구 24/7 운영\n"
             "- 도장공사 : 2025. 4. 7 ~ 9. 30\n- 전기공사 : 2025. 5. 2 ~ 2026. 2. 27\n")
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.start_month, item.end_month, item.year, item.end_year) for item in project.items] == [
        (3, 10, 2025, None), (4, 6, 2025, None), (4, 12, 2025, None), (None, None, None, None),
        (4, 9, 2025, None), (5, 2, 2025, 2026)]


def test_item_fields_of_a_slash_range():
    fields = item_fields("안전점검 : 2025/4/1 ~ 2025/6/30", 2025)
    assert (fields.start, fields.end) == (4, 6)


@pytest.mark.parametrize(("text", "amount"), [
    ("사업비 3,000만", 30_000_000),
    ("예산 : 500만", 5_000_000),
    ("사업비 : 3,000만(구비)", 30_000_000),
    ("총사업비 : 3천만", 30_000_000),
    ("소요예산 : 약 3,000만", 30_000_000),
    ("교육 : 4월 / 사업비 3,000만", 30_000_000),
    # as before: in 억, and in 만 before a verb of spending
    ("사업비 : 1.2억", 120_000_000),
    ("냉방기 교체 3,000만 투입", 30_000_000),
    # a count as well as money where no word names the money
    ("참여인원 : 3만", None),
    ("만족도 : 3,000만", None),
    ("민원 만족도 3만 명 조사", None),
    ("사업비 : 3만명", None),
    ("교육 : 4월 / 3,000만", None),
    ("사업비 : 3,000만 증가", None),
    ("예산 : 1~2만", None),
])
def test_an_amount_in_man_after_a_word_naming_the_money(text, amount):
    assert item_fields(text, 2025).amount == amount


@given(st.integers(1, 9_999), st.sampled_from(["사업비 ", "예산 : ", "사업비: ", "소요예산 "]),
       st.sampled_from(["", " "]))
def test_man_after_a_money_word_reads_as_with_won(figure, word, space):
    text = f"{word}{figure:,}{space}만"
    assert item_fields(text, 2025).amount == item_fields(text + "원", 2025).amount == figure * 10_000


@pytest.mark.parametrize(("text", "budget"), [
    ("사업비 : 3,000만(구비)", "3,000만원(구비)"),
    ("예산 : 500만", "500만원"),
    ("예산 : 3만명", None),
])
def test_a_budget_line_in_man(text, budget):
    cells = _budget_cells(text)
    assert (cells[0]["budget"] if cells else None) == budget


@pytest.mark.parametrize("layout", ["markdown", "tab", "space-aligned-without-markdown", "pdf grid"])
def test_amounts_in_man_in_a_report(layout, tmp_path):
    items = ("- 냉방기 교체 : 4월 / 사업비 3,000만\n- 승강기 정비 : 5월 / 예산 : 500만\n"
             "- 주민 설명회 : 6월 / 참여인원 : 3만\n- 민원 만족도 조사 : 7월\n")
    r = read_laid_out(COVER + items, layout, tmp_path)
    (project,) = r.projects
    assert [(item.start_month, item.amount_krw) for item in project.items] == [
        (4, 30_000_000), (5, 5_000_000), (6, None), (7, None)]
