"""raw96: two readings pdf95 left part-way.

a) `pdftotext -raw`, a group table (단위사업 groups and their rows) a page break parts where no 소계 tells the group
of the rows above it. What tells the group a row after the break is in: the group's label printed again atop the next
page (a word processor printing a label merged down rows in each part, or a writer's `생활시설(계속)`) is the group
open above going on, no group of its own: before, two groups of one name, or, the part above of one row, the table
lost (`구 분 개소 예산 생활시설` read as a header). A page break with no header printed again is a page's top all the
same (the pipeline's page starts): a label atop it over one row keeps the table (before, the table ended there, its
rows lost). Where the label prints atop the next page alone, nothing in `-raw` tells which rows at the foot of the
page above are its (no coordinates; a label's place in its merged cell depends on its alignment): they stay the
group above's, as pdf95 left them.

b) antiword's fixed-width `|` tables (see the tests below).
"""

import pytest

from pipeline.one_space_tables import one_space_tables
from tests.test_pdf91 import _findings
from tests.test_pdf95 import HEADER, PARKS, SPORTS, TOTAL, _raw

BREAK = ["(계속)", HEADER]


def _raw_text(page1: list[str], page2: list[str], header_again: bool = True) -> str:
    """A report's -raw text: the cover, then the table over a page break (its running header and number between,
    the header printed again atop the next page or not)."""
    cover = "\n".join(["2025-hanbit-cheyuk", "- 1 -", "2025년 주요업무 보고", "제301회 한빛구의회 제1차 정례회",
                       "2025년 주요업무 보고", "체 육 과 보고 순서", "Ⅰ. 일반현황", "- 체육시설 현황",
                       "(단위: 개소, 백만원)"])
    again = BREAK if header_again else []
    return "\n".join([cover, HEADER, *page1, "\f2025-hanbit-cheyuk", "- 2 -", *again, *page2]) + "\n\f"


TWIN_ROWS = [["계", "", "21", "3,900"], ["체육시설", "축구장", "3", "300"], ["", "야구장", "2", "650"],
             ["생활시설", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"], ["", "테니스장", "2", "350"],
             ["공원시설", "근린공원", "4", "700"], ["", "어린이공원", "3", "500"]]


def _rows(report) -> list[list[str]]:
    assert len(report.tables) == 1
    return [list(row) for row in report.tables[0].rows[1:]]


@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("again", ["생활시설", "생활시설(계속)", "생활 시설 (계 속)"])
@pytest.mark.parametrize("above", [1, 2])
def test_raw_a_group_label_printed_again_atop_the_next_page_goes_on_the_group_open_above(
        above, again, header_again, tmp_path):
    rows = ["수영장 4 800", "게이트볼장 3 600", "테니스장 2 350"]
    text = _raw_text([TOTAL, *SPORTS, "생활시설", *rows[:above]], [again, *rows[above:], *PARKS], header_again)
    report = _raw(text, tmp_path)
    # before: with one row above the break, two tables (`계` alone, then `구 분 | 개소 | 예산 생활시설`); with two, a
    # second group `생활시설` of `테니스장` alone (or `생활시설(계속)`)
    assert _rows(report) == TWIN_ROWS
    assert _findings(report) == []


def test_raw_a_label_printed_again_still_checks_its_groups_total(tmp_path):
    text = _raw_text(["계 21 3,950", *SPORTS, "생활시설", "수영장 4 800"],
                     ["생활시설(계속)", "게이트볼장 3 600", "테니스장 2 350", *PARKS])
    assert _findings(_raw(text, tmp_path)) == [("sum.table", "계", "예산", "3,900백만원", "3,950백만원")]


def test_raw_a_label_atop_a_page_with_no_header_again_keeps_the_table_its_rows_above_where_printed(tmp_path):
    """No header printed again: the label atop the page over one row is still a group the break parts (before, the
    table ended at it, `테니스장` and `공원시설`'s rows lost); the rows above the break stay the group above's."""
    text = _raw_text([TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600"], ["생활시설", "테니스장 2 350", *PARKS],
                     header_again=False)
    rows = _rows(_raw(text, tmp_path))
    assert rows[3:6] == [["", "수영장", "4", "800"], ["", "게이트볼장", "3", "600"],
                         ["생활시설", "테니스장", "2", "350"]]
    assert rows[6:] == TWIN_ROWS[6:]


@pytest.mark.parametrize(("subtotal", "found"), [
    ("소계 9 1,750", []), ("소계 9 1,850", [("sum.table", "생활시설 / 소계", "예산", "1,750백만원", "1,850백만원")])])
def test_raw_no_header_again_a_parted_groups_subtotal_takes_back_its_rows_above(subtotal, found, tmp_path):
    text = _raw_text([TOTAL, *SPORTS, "수영장 4 800", "게이트볼장 3 600"],
                     ["생활시설", "테니스장 2 350", subtotal, *PARKS], header_again=False)
    report = _raw(text, tmp_path)
    assert _rows(report)[3:7] == [*TWIN_ROWS[3:6], ["", "소계", "9", subtotal.split()[-1]]]
    assert _findings(report) == found


def test_raw_two_groups_of_other_labels_stay_two():
    """Only the label of the group open above goes on it: another label is a group of its own."""
    lines = one_space_tables([HEADER, TOTAL, *SPORTS, "생활시설", "수영장 4 800", "게이트볼장 3 600", *BREAK,
                              *PARKS])
    assert [line for line in lines if line][-4:] == ["생활시설\t수영장\t4\t800", "\t게이트볼장\t3\t600",
                                                     "공원시설\t근린공원\t4\t700", "\t어린이공원\t3\t500"]
