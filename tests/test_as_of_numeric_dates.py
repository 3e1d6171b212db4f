"""A table's as-of date printed in figures joined by hyphens or slashes (`(2023-04-30 기준)`, `2023/4/30 현재`), or
bare beside the unit line (`(단위: 천원)   2023. 4. 30. 기준`), reads as the same date as `(2023. 4. 30. 기준)`.
Before, the first gave no as-of date, and the second was read from the heading while its text stayed in the
general part. A figure that is no date (`2023-04`, a phone number, `2,023`) still dates nothing."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.context import as_of_in
from tests.test_as_of_variants import COVER, FLEET, NEXT, STAFF, TWINS, extract, staffing_dates
from tests.test_column_note_as_of import COVER as BUDGET_COVER
from tests.test_column_note_as_of import NEXT as BUDGET_NEXT

BUDGET_HEAD = "# Ⅰ. 일반현황\n\n## 2 예산현황\n\n"
BUDGET = "단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,500\t600\t40.0\n공원 관리\t1,000\t200\t20.0\n"
APRIL_30 = dt.date(2023, 4, 30)
LAYOUTS = ["tab", "space-aligned", "pipe-tables"]


def spellings(day: dt.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [f"{y}. {m}. {d}. 기준", f"{y}.{m:02}.{d:02} 기준", f"{y}-{m:02}-{d:02} 기준", f"{y}-{m}-{d} 현재",
            f"{y}/{m:02}/{d:02} 기준", f"({y}-{m:02}-{d:02} 기준)", f"기준일: {y}-{m:02}-{d:02}"]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
def test_every_spelling_of_a_day_reads_as_that_day(day):
    assert {as_of_in(text, 2025) for text in spellings(day)} == {day}


@given(st.integers(1990, 2099), st.integers(1, 12), st.integers(1, 31))
def test_a_numeric_date_that_is_no_day_dates_nothing(year, month, day):
    try:
        expected = dt.date(year, month, day)
    except ValueError:
        expected = None
    assert as_of_in(f"({year}-{month:02}-{day:02} 기준)", 2025) == expected


@pytest.mark.parametrize("text", ["(2023-04 기준)", "(02-2670-3114 기준)", "010-1234-5678 현재", "(2,023 기준)",
                                  "2023-04-30-1 기준", "1/2/3 기준", "2023-04/30 기준", "12023-04-30 기준"])
def test_a_figure_that_is_no_date_dates_nothing(text):
    assert as_of_in(text, 2025) is None


DATED = ["(단위: 천원)\n(2023-04-30 기준)\n\n", "(2023/04/30 기준)\n(단위: 천원)\n\n",
         "(단위: 천원, 2023-04-30 기준)\n\n", "(단위: 천원)\n※ 2023-04-30 기준\n\n",
         "(단위: 천원)   2023. 4. 30. 기준\n\n", "(단위: 천원) 2023-04-30 현재\n\n",
         "2023. 4. 30. 기준 (단위: 천원)\n\n"]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("dated", DATED)
def test_a_budget_table_keeps_its_date(dated, layout):
    r = extract(BUDGET_COVER + BUDGET_HEAD + dated + BUDGET + BUDGET_NEXT, layout)
    assert [(b.name, b.executed_krw, b.as_of) for b in r.budget] == [
        ("계", 600_000, APRIL_30), ("공원 관리", 200_000, APRIL_30)]
    assert all("기준" not in t.text and "현재" not in t.text for t in r.general_text)  # read once, as the date


@pytest.mark.parametrize("dated", DATED)
def test_a_staffing_table_keeps_its_date(dated):
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 2 인 력\n\n" + dated.replace("천원", "명") + STAFF + "\n" + NEXT)
    assert [(c.status, c.grade, c.headcount) for c in r.staffing[:2]] == [("정원", "계", 10), ("정원", "5급", 1)]
    assert staffing_dates(r) == {(1, APRIL_30)}


@pytest.mark.parametrize("dated", DATED)
def test_a_fleet_keeps_its_date(dated):
    dated = dated.replace("천원", "대")
    r = extract(COVER + "# Ⅰ. 일반현황\n\n### □ 공용차량 - 총12대\n\n" + dated + FLEET + "\n" + NEXT)
    assert [(fleet.printed_total, fleet.as_of) for fleet in r.vehicles] == [(12, APRIL_30)]


@pytest.mark.parametrize("dated", DATED)
def test_another_table_keeps_its_date(dated):
    dated = dated.replace("천원", "개")
    r = extract(COVER + "# Ⅰ. 일반현황\n\n## 5 상호결연도시 현황\n\n" + dated + TWINS + "\n" + NEXT)
    (table,) = r.tables
    assert table.rows[2][:2] == ["춘천시", "한국"] and table.as_of == APRIL_30


@pytest.mark.parametrize("dated", ["(단위: 천원)\n(2023-04 기준)\n\n", "(단위: 천원)\n(02-2670-3114 기준)\n\n"])
def test_a_budget_beside_a_figure_that_is_no_date_has_none(dated):
    r = extract(BUDGET_COVER + BUDGET_HEAD + dated + BUDGET + BUDGET_NEXT)
    assert [(b.name, b.as_of) for b in r.budget] == [("계", None), ("공원 관리", None)]
