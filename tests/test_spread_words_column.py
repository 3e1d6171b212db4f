"""A column of words spread over its width by distributed alignment in every row (`유    료`, `무    료` under
`운영방식`), as `pdftotext -layout` prints a word processor's 배분 정렬: no other row's cell stands over both letters
(each row spreads its word alike), but the label right above them does, so each row's letters are one word."""

import pytest

from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

PARKING = ("□ 공영주차장 현황\n\n연번\t주차장명\t소 재 지\t면 수\t운영방식\t비 고\n"
           "1\t중앙 공영주차장\t다솜로 112\t320\t유 료\t무인정산\n2\t시장 공영주차장\t새터길 45\t148\t유 료\t\n"
           "3\t다솜역 환승주차장\t역전로 7\t210\t유 료\t환승할인\n4\t공원 노상주차장\t공원로 일원\t86\t무 료\t\n\n"
           "□ 공용차량\n")
PARKING_ROWS = (("연번", "주차장명", "소 재 지", "면 수", "운영방식", "비 고"),
                ("1", "중앙 공영주차장", "다솜로 112", "320", "유 료", "무인정산"),
                ("2", "시장 공영주차장", "새터길 45", "148", "유 료", ""),
                ("3", "다솜역 환승주차장", "역전로 7", "210", "유 료", "환승할인"),
                ("4", "공원 노상주차장", "공원로 일원", "86", "무 료", ""))


def test_the_letter_spaced_layout_spreads_the_words_apart():
    """The fixture is what it means to be: `유` and `료` two cells apart by four blanks on every row."""
    assert "320   유    료   무인정산" in LAYOUTS["space-aligned-letter-spaced"](PARKING)


@pytest.mark.parametrize("layout", [name for name in LAYOUTS if name.startswith("space-aligned")])
def test_a_column_of_words_spread_in_every_row_is_one_column(layout):
    """Before, in the letter-spaced layout, `유` headed by `운영방식` and `료` a column of its own under no label
    (`비 고` moved right of it)."""
    blocks = read_text("t.txt", LAYOUTS[layout](PARKING).encode()).blocks
    assert [getattr(b, "rows", None) or b.text for b in blocks] == ["공영주차장 현황", PARKING_ROWS, "공용차량"]
