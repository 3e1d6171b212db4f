"""raw101: antiword's fixed-width cells, a total's `계` that is a label's last syllable cut at its column's edge.

antiword cuts a label with no space to break at where its column ends (`일반회계` in a column six wide: `|일반회|`
over `|계    |`). A line printing `계` was read as a total's row of its own (`_wraps_on`: `|계     |` under `|동 별  |`
is its own), so the cut syllable made a row: `일반회 | 512,30 …` then `계 | 0 …`, a table a row longer than its
Word table and its 회계 lost. Now `계` goes on the line above where it is surely a cut there (`_goes_on_unspaced`: a
syllable cut off alone, the line filling its column), as every other cut syllable does. Over every fixture's and
sample's tab tables printed as antiword prints them (columns 6 to 16 wide), 11 tables read a row too many so (of 33)
now read their rows right, and no cell read before reads otherwise.
"""

from pipeline.read_text import _wraps_on
from tests.test_raw100 import _lines, _read

BUDGET = [["구 분", "예산액", "집행액", "집행률(%)"], ["계", "524,700", "204,500", "39.0"],
          ["일반회계", "512,300", "201,400", "39.3"], ["특별회계", "12,400", "3,100", "25.0"]]


def test_a_total_syllable_cut_off_a_label_goes_on_it():
    lines = _lines(BUDGET, widest=6)
    assert lines[4:] == ["|일반회|512,30|201,40|39.3  |", "|계    |0     |0     |      |",
                         "|특별회|12,400|3,100 |25.0  |", "|계    |      |      |      |"]
    # before: `일반회 | 512,30 | 201,40 | 39.3`, `계 | 0 | 0 |`, `특별회 | …`, `계 | | |`: six rows
    assert _read(lines) == BUDGET
    assert _read(_lines(BUDGET, widest=7)) == BUDGET


def test_a_survey_kind_cut_before_its_total_syllable():
    survey = [["구 분", "조 사 명", "조사원(명)"], ["국가통계", "경제총조사", "86"], ["", "사회조사", "12"],
              ["계", "", "98"]]
    lines = _lines(survey, widest=7)
    assert lines[2:4] == ["|국가통 |경제총 |86     |", "|계     |조사   |       |"]
    assert _read(lines) == survey  # the table's own total, its figure under a figure, stays a row


def test_a_total_under_a_label_that_is_not_cut_is_its_own_row():
    """`계` under a label of words set apart or ending short of its column is the next row's total."""
    assert not _wraps_on(["동 별"], ["계"], [0, 7], frozenset, ["동 별"])
    assert not _wraps_on(["본관", "250"], ["계", ""], [0, 7, 14], frozenset, ["본관", "250"])
    assert _wraps_on(["일반회", ""], ["계", ""], [0, 7, 14], frozenset, ["일반회", ""])
    rows = [["동 별", "인 구", "세 대"], ["한빛동", "27,430", "12,218"], ["새솔동", "25,960", "11,604"],
            ["계", "53,390", "23,822"]]
    assert _read(_lines(rows, widest=6)) == rows
