"""perf92: a list item is asked where it stands over a table only where it prints a date alone; what is read stays."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Bullet, _as_of_date, _as_of_line
from pipeline.read import read_document

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
