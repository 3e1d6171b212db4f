"""raw100: antiword's fixed-width cells, a short word one column short of a narrow column.

A line one column short of its column over a wide letter with no space in it was a certain cut (`_cut_word`: the
wide letter below would not have fit the one column left). A column five wide (`구 분`, `기 간` over labels of two
syllables) holds a whole two-syllable word so too (`|착공 |` over the next row's `|준공 |`), so a line filling every
cell whose only cut was such a word went on the row above: a schedule's `착공` and `점검` read as one row, `착공점검 |
4월 연중`, and the project's 추진일정 lost. Now such a word is a cut only where the report's conventions say it is
(`_cut_as_written`: the two parts printed joined, a syllable cut off alone, …) or it is left open (`및`). Over 1,600
invented schedule tables (columns 8 to 16 wide) the labels read back in 941, now in all; over every fixture's and
sample's tab tables printed as antiword prints them (columns 5 to 16 wide), the cells read the same, and one table
at columns 5 wide, which read three rows as one, now reads them apart (the third split in two: `기금` over `관리팀`,
`기금관리팀` printed nowhere whole when every column is five wide).
"""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_file
from pipeline.read_text import _a_short_word_whole, _column_aligned_rows, _words_printed
from tests.layouts import antiword_table_lines, antiword_tables

SCHEDULE = [["구 분", "기 간", "내 용"], ["설계", "1~3월", "실시설계 용역"], ["착공", "4월", "본공사 착수"],
            ["점검", "연중", "시설물 안전점검"], ["준공", "연말", "준공 검사 및 개방"]]


def _lines(rows: list[list[str]], widest: int) -> list[str]:
    return [line for line in antiword_table_lines(rows, widest) if line]


def _read(lines: list[str], text: tuple[str, ...] = ()) -> list[list[str]]:
    rows, _ = _column_aligned_rows(lines, lambda: _words_printed([*text, *lines]))
    return [list(row) for row in rows]


def test_a_schedules_short_labels_under_a_narrow_column_keep_their_rows():
    lines = _lines(SCHEDULE, widest=12)
    assert lines[3:6] == ["|착공 |4월  |본공사 착수 |", "|점검 |연중 |시설물 안전 |", "|     |     |점검        |"]
    # before: `착공점검 | 4월 연중 | 본공사 착수 시설물 안전 점검`
    assert [row[:2] for row in _read(lines)] == [row[:2] for row in SCHEDULE]
    assert _read(lines, ("○ 시설물 안전점검 강화",))[3] == SCHEDULE[3]  # `안전점검` printed joined: cut


def test_a_short_word_is_cut_where_the_report_prints_it_joined():
    """Every column five wide, every cell's line a short word: `공정` over `관리` goes on where the report prints
    `공정관리`; else, nothing telling, each line a row of its own."""
    lines = _lines([["구 분", "내 용"], ["공정관리", "주간회의"]], widest=5)
    assert lines[1:] == ["|공정 |주간 |", "|관리 |회의 |"]
    assert _read(lines, ("□ 공정관리 강화",))[1:] == [["공정관리", "주간회의"]]
    assert _read(lines)[1:] == [["공정", "주간"], ["관리", "회의"]]


def test_what_a_short_word_is_not_whole():
    whole = _a_short_word_whole
    assert whole("착공", "준공", 5, frozenset)
    assert whole("12월", "연중", 5, frozenset)  # a month over a word
    assert not whole("착공", "준공", 5, lambda: frozenset({"착공준공"}))  # the report prints it joined
    assert not whole("수립", "및 확정", 5, frozenset)  # left open
    assert not whole("집행", "률(%)", 5, frozenset)  # a syllable before a mark: a word's end cut off
    assert not whole("설계", "비", 5, frozenset)  # a syllable cut off alone
    assert not whole("지방교부", "세", 9, frozenset)  # a wider column: cut
    assert not whole("착공", "준공", 6, frozenset)  # two columns short: no cut at all


LABELS = ["착공", "준공", "설계", "발주", "계약", "검사", "개통", "개방", "보상", "착수", "완료", "점검"]
PERIODS = ["3월", "4월 ~ 5월", "12월", "상반기", "연중", "연말", "’25. 5월", "2025. 3월", "6. 1. ~ 7. 31."]
WORKS = ["공사 착수", "준공 검사", "실시설계 용역", "주민 설명회 개최", "시설물 안전점검", "용역 발주",
         "보상 협의 완료", "사용 승인"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LABELS), st.sampled_from(PERIODS), st.sampled_from(WORKS)),
                min_size=2, max_size=6), st.sampled_from([8, 10, 12, 16]))
def test_a_schedule_of_short_labels_reads_its_rows(rows, widest):
    table = [["구 분", "기 간", "내 용"], *map(list, rows)]
    read = _read(_lines(table, widest))
    assert [row[0] for row in read] == [row[0] for row in table]


def test_a_reports_schedule_read_row_by_row(tmp_path: Path):
    """Before, `착공` and `점검` read as one row, and the schedule as no 추진일정 at all."""
    text = "\n".join(["2025년 주요업무 보고", "", "공원녹지과", "", "Ⅲ. 주요업무 추진계획", "", "1. 한빛근린공원 조성",
                      "□ 사업개요", "○ 위 치: 한빛동 123 일대", "○ 사업비: 1,200,000천원", "□ 추진일정",
                      *("\t".join(row) for row in SCHEDULE), "", "□ 향후계획", "○ 준공 후 주민 개방", ""])
    path = tmp_path / "2025-hanbit-gongwon.txt"
    path.write_text(text, encoding="utf-8")
    report = extract_file(path, antiword_tables(text).encode("utf-8"))
    items = [item for item in report.projects[0].items if item.heading == "추진일정"]
    assert [item.text.split(" : ")[0] for item in items] == ["설계", "착공", "점검", "준공"]
    assert [(item.start_month, item.end_month) for item in items] == [(1, 3), (4, 4), (1, 12), (12, 12)]
