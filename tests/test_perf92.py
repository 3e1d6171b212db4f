"""perf92: a list item is asked where it stands over a table only where it prints a date alone; what is read stays."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import _AS_OF_LINE_RE, Bullet, _as_of_date, _as_of_line
from pipeline.read import read_document
from pipeline.read_text import _column_aligned_rows

_STAFF = "(단위: 명)\n구 분\t정 원\t현 원\n계\t10\t9\n"


def _blocks(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each block's kind, text, and a table's basis and section date."""
    return [(type(block).__name__, getattr(block, "text", None), getattr(block, "basis", None),
             getattr(block, "section_as_of", None)) for block in read_document("report.txt", text.encode()).blocks]


def test_a_list_items_date_over_a_box_heading_still_dates_its_table_and_section():
    assert _blocks("2. 인 력\n ○ (5.31.기준)\n□ 공무원\n" + _STAFF) == [
        ("Paragraph", "2. 인 력", None, None), ("Heading", "공무원", None, None),
        ("Table", None, "5.31.기준", "5.31.기준")]


def test_a_list_items_date_right_over_a_table_still_dates_it():
    assert _blocks("2. 인 력\n ○ 2025. 5. 31. 현재\n" + _STAFF) == [
        ("Paragraph", "2. 인 력", None, None), ("Table", None, "2025. 5. 31. 현재", None)]


def test_a_list_item_printing_no_date_over_a_table_stays_printed():
    assert _blocks("2. 인 력\n ○ 정원 대비 결원 보충 추진\n□ 공무원\n" + _STAFF) == [
        ("Paragraph", "2. 인 력", None, None), ("Bullet", "정원 대비 결원 보충 추진", None, None),
        ("Heading", "공무원", None, None), ("Table", None, None, None)]
    assert _blocks(" ○ 2025. 5. 31. 결원 보충\n" + _STAFF)[0] == ("Bullet", "2025. 5. 31. 결원 보충", None, None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789. ’()~-기준현재일월말년:※ 정원", max_size=24))
def test_a_list_item_dates_a_table_only_where_it_prints_a_date_alone(text):
    """The pre-check before asking where a list item stands: `_as_of_date` reads no other list item's date."""
    if _as_of_line(text) is None:
        assert _as_of_date(Bullet(text=text, marker="○"), text, noted=True, over_table=True) is None


_DATES = ["(5.31.기준)", "(’23. 5. 31. 기준)", "※ 2025. 5. 31. 기준", "’25. 5. 31. 현재", "5월말 기준",
          "2025. 5월말 현재", "기준일: 2025. 5. 31.", "※(기준일: 2025. 5. 31.)", "2025. 5. 31. 기준, 육아휴직 1명 포함",
          "2023-04-30 기준", "<２０２５. 5. 31. 기준>", "【집행액 5.31. 현재】"]


def test_as_of_line_reads_each_date_alone_and_no_told_line():
    assert [_as_of_line(text)["as_of"] for text in _DATES[:4]] == [
        "5.31.기준", "’23. 5. 31. 기준", "2025. 5. 31. 기준", "’25. 5. 31. 현재"]
    assert _as_of_line(_DATES[8])["clause"] == "육아휴직 1명 포함"
    assert _as_of_line("정원 대비 현원 부족") is None  # no opening of a date: the pattern not tried
    assert _as_of_line("○ (5.31.기준)") is None  # a marker left on: as the pattern reads it
    assert _as_of_line("2025. 5. 31. 구청장 방침 결정") is None


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_DATES), st.text(alphabet=" ※*(’'１0123456789.기준현재일:가○-", max_size=4), st.integers(0, 3))
def test_the_opening_pre_check_keeps_every_line_the_pattern_reads(date, noise, at):
    for text in (date, noise + date, date[:at] + noise + date[at:], " " + date):
        assert (_as_of_line(text) is None) == (_AS_OF_LINE_RE.match(text) is None), text


def test_a_ruled_pipe_table_is_told_markdowns_on_its_second_line_or_any_other():
    assert _column_aligned_rows(["| 구 분 | 계 |", "|---|---|", "| 정 원 | 9 |", "| 현 원 | 9 |"]) is None
    # a header of two lines over its rule, or a rule first: markdown's too, as before the pre-check
    assert _column_aligned_rows(["|구 분|계  |", "|    |(명)|", "|----|----|", "|정 원|9   |"]) is None
    assert _column_aligned_rows(["|----|----|", "|구 분|계  |", "|정 원|9   |", "|현 원|9   |"]) is None
    # antiword's fixed-width table, no rule: read as one
    assert _column_aligned_rows(["|구 분 |예 산 액    |집행률|", "|      |(A)         |(%)   |",
                                 "|계    |100         |10.0  |"])[0] == (
        ("구 분", "예 산 액 (A)", "집행률(%)"), ("계", "100", "10.0"))
