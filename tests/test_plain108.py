"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain108): a range of years (`2020 ~ 2023`, `2020~2023`, `’20 ~ ’23`) is a value as a
period is, and a year alone is one in a column of years (`설치연도`), so a table of words under `비 고` whose column
of years fixes each row reads (before, told unread); a `※` cell right below its last row's empty note is that note."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.cell_lines import _is_value, cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages
from tests.test_plain104 import unread_starts


def _shelters(last_years: str, last_note: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Shelters a row: a kind, its place, what it holds and the years it was built, the first two rows' notes one
    and none, the last row's `last_note` or none, a title below."""
    return ("□ 무더위쉼터 현황", "구 분", "위 치", "보유시설", "조성연도", "비 고",
            "경로당쉼터", "새솔로 14 (1층)", "냉방기ㆍ정수기", "2011", "구 직영",
            "공원쉼터", "한빛공원 입구", "그늘막ㆍ쿨링포그", "2018",
            "스마트쉼터", "관내 12개소", "냉방기", last_years, *last_note,
            "□ 공용차량 - 총 2대")


def _read(lines) -> list:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    assert unread == []
    return [tuple(rows) for _, rows, _ in tables]


@pytest.mark.parametrize("years", ["2020 ~ 2023", "2020~2023", "’20 ~ ’23", "2020년 ~ 2023년"])
def test_a_table_whose_years_fix_its_rows_reads(years):
    """`2011` and `2018` are years alone in the 조성연도 column, the last row's a range: each a date, the column
    fixing where each row ends (`구 직영` a note, none after `2018`)."""
    assert _read(_shelters(years)) == [(("구 분", "위 치", "보유시설", "조성연도", "비 고"),
                                        ("경로당쉼터", "새솔로 14 (1층)", "냉방기ㆍ정수기", "2011", "구 직영"),
                                        ("공원쉼터", "한빛공원 입구", "그늘막ㆍ쿨링포그", "2018", ""),
                                        ("스마트쉼터", "관내 12개소", "냉방기", years, ""))]


def test_a_note_mark_below_the_last_row_is_its_note():
    """`※ 태양광 패널` right below the last row's years, a title past it: the 비고 cell of that row, as the text
    twin prints it (`2020 ~ 2023 | ※ 태양광 패널`), not a note of the table's."""
    (table,) = _read(_shelters("2020 ~ 2023", ("※ 태양광 패널",)))
    assert table[-1] == ("스마트쉼터", "관내 12개소", "냉방기", "2020 ~ 2023", "※ 태양광 패널")


def test_the_table_reads_in_the_report(tmp_path):
    report = read_report(tmp_path, *_shelters("’20 ~ ’23", ("※ 태양광 패널",)))
    assert unread_messages(report) == []
    (table,) = [t for t in records_data(report, with_sources=False)["tables"] if t["caption"] == "무더위쉼터 현황"]
    assert table["rows"][3] == ["스마트쉼터", "관내 12개소", "냉방기", "’20 ~ ’23", "※ 태양광 패널"]
    assert table["note"] is None


def test_a_range_of_years_in_a_paragraph_stays_text(tmp_path):
    """A sentence printing a range of years is no cell: the report reads no table and tells none unread."""
    lines = ("□ 사업개요", "○ 2020 ~ 2023 조성한 무더위쉼터 12개소에 냉방기를 교체하고 운영 시간을 21시까지 연장",
             "□ 추진실적")
    assert unread_starts(list(lines)) == []
    assert cell_line_tables(list(lines), [])[1] == []
    report = read_report(tmp_path, *lines)
    assert unread_messages(report) == []
    assert records_data(report, with_sources=False)["tables"] == []


@given(st.integers(1990, 2030), st.integers(0, 9), st.sampled_from(["~", " ~ ", "∼", " - "]))
def test_a_range_of_years_is_a_value(first, span, dash):
    assert _is_value(f"{first}{dash}{first + span}")
    assert _is_value(f"’{first % 100:02d}{dash}’{(first + span) % 100:02d}")
    assert not _is_value(f"{first}{dash}{first + span} 조성")


def test_a_year_alone_is_a_date_only_in_a_column_of_years():
    """Outside a column of years `2018` is a figure, as a count is: a count's column does not take a range."""
    lines = list(_shelters("2020 ~ 2023"))
    lines[4] = "개소수"  # the column no longer one of years: `2011` a figure, `2020 ~ 2023` a date
    assert unread_starts(lines) == [1]
