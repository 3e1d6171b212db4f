"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a schedule (추진일정) of marks under months (branch mupdf105).

PyMuPDF sets each word a character a letter however wide it is drawn, and the blanks before it as many as its own
letters' average width fills: a mark's blanks are a syllable wide, a month label's (`1월`) narrower, so in
characters and in display columns the marks drift off their months (`청렴 교육       ●  ●  ●  ●` under
`1월  2월  3월  4월  5월`, its marks under 2월 to 5월), and its rows stand a blank line apart. The schedule was
read as paragraphs (`청렴 교육 ● ● ● ● ○`), or its marks under the wrong months. Its rows are now bridged over the
blank lines (`_marks_under_months`), and where its marks stand whole months apart clearly more nearly in their
letters' widths (`_in_letter_widths`) than in display columns or characters, it is read so: the months' width
fitted to the marks within a gap's rounding, each mark whole months on from the one before it
(`_marks_in_whole_months`). The lines here are set by PyMuPDF's own rule from words placed in points."""

from pathlib import Path

import pytest

from pipeline.aligned import Cell, _in_letter_widths, _schedule_measured, split_cells
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_mupdf99 import line

MONTHS = [f"{month}월" for month in range(1, 13)]
PITCH = 26.0  # a month column's width in points, as a schedule's table is drawn
FIRST = 290.0  # the first month column's left edge
# a glyph's width in points: a syllable or a mark a full em, a digit some 0.6 of it, a blank a third
EM = 7.5


def glyph_width(char: str) -> float:
    return EM * 0.35 if char == " " else EM * 0.62 if char.isascii() else EM


def word_width(word: str) -> float:
    return sum(map(glyph_width, word))


def sorted_line(words: list[tuple[float, str]], left: float = 40.0) -> str:
    """A line as PyMuPDF's sorted text prints its words (each at its left edge in points): before each, as many
    blanks as the gap to the word before it (or to the page's left text edge) holds of its own letters' average
    width, one at least between two words."""
    out, end = "", left
    for x, word in sorted(words):
        unit = word_width(word) / len(word)
        out += " " * max(round((x - end) / unit), 0 if end == left else 1) + word
        end = x + word_width(word)
    return out


def centred(month: int, text: str) -> tuple[float, str]:
    """A text centred in a month's column (1 for 1월)."""
    return FIRST + (month - 0.5) * PITCH - word_width(text) / 2, text


def label(text: str, x: float = 200.0) -> list[tuple[float, str]]:
    """A row label's words from x, a blank a third of a syllable between them."""
    words, at = [], x
    for word in text.split(" "):
        words.append((at, word))
        at += word_width(word) + glyph_width(" ")
    return words


def schedule_lines(rows: dict[str, dict[int, str]]) -> list[str]:
    header = sorted_line(label("구 분", 230.0) + [centred(k + 1, month) for k, month in enumerate(MONTHS)])
    return [header, *(sorted_line(label(name) + [centred(month, mark) for month, mark in marks.items()])
                      for name, marks in rows.items())]


STEPS = {"청렴 교육": {2: "●", 3: "●", 4: "●", 5: "●", 8: "○", 9: "○", 10: "○"},
         "청렴 콘서트": {11: "○"},
         "부패위험 진단": {1: "●", 6: "○", 12: "○"}}


def grid(rows: dict[str, dict[int, str]]) -> list[list[str]]:
    return [["구 분", *MONTHS], *([name, *(marks.get(month, "") for month in range(1, 13))]
                                 for name, marks in rows.items())]


def report_text(lines: list[str]) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅱ. 주요업무 추진실적", " 1. 청렴도 향상 (청렴팀)",
                        " ○ 청렴 추진 일정 (●: 완료, ○: 예정)", *lines,
                        " ○ 청렴 콘서트 개최 : 11월 / 1억 2,000만원"]) + "\n"


def read_tables(tmp_path: Path, text: str) -> list[dict]:
    path = tmp_path / "2025-hanbit-cheongnyeom-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    return records_data(extract_file(path), with_sources=False)["tables"]


def test_the_simulated_line_drifts_as_pymupdf_sets_it():
    """The marks of the line set as PyMuPDF sets it stand off their months in display columns: what is read."""
    header, steps, *_ = schedule_lines(STEPS)
    months = {cell.text: cell for cell in split_cells(header)}
    marks = [cell for cell in split_cells(steps) if cell.text == "●"]
    assert abs(marks[0].centre - months["2월"].centre) > 1.5  # `●` under 2월 printed between 1월 and 2월


@pytest.mark.parametrize("rows", [STEPS,
                                  {"무인민원발급기 교체": {2: "●", 3: "●", 7: "○", 8: "○"},
                                   "친절 교육": {1: "●", 4: "●", 7: "○", 10: "○"},
                                   "민원 만족도 조사": {6: "○", 12: "○"}},
                                  {"시설 점검": {3: "●", 9: "●"}, "결과 보고": {4: "○", 10: "○", 12: "○"}}])
def test_a_schedule_of_rows_a_blank_line_apart_reads_its_marks_in_their_months(tmp_path, rows):
    [table] = read_tables(tmp_path, report_text(schedule_lines(rows)))
    assert table["caption"] == "청렴 추진 일정 (●: 완료, ○: 예정)" and table["header_rows"] == 1
    assert table["rows"] == grid(rows)


def test_the_same_schedule_typed_in_display_columns_reads_alike(tmp_path):
    """Typed at the months' display columns, as the text report is, the marks stay where they are typed."""
    header = line((5, "구  분"), *((23 + 5 * k, month) for k, month in enumerate(MONTHS)))
    rows = [line((5, name), *((24 + 5 * (month - 1), mark) for month, mark in marks.items()))
            for name, marks in STEPS.items()]
    [table] = read_tables(tmp_path, report_text([header, "\n".join(rows)]))
    assert table["rows"] == [["구 분", *MONTHS], *grid(STEPS)[1:]]


def test_letter_widths_count_a_mark_as_a_syllable_and_a_digit_narrower():
    # `1월` at 10 characters after nothing: its 10 blanks each as wide as its letters' average, (1.3 + 2) / 2
    [month] = _in_letter_widths([Cell(10, 13, "1월")])
    assert (month.start, month.end) == (16, 20)
    # a mark's blanks a syllable wide: two columns each; a blank within a cell a blank's own width
    [name, mark] = _in_letter_widths([Cell(0, 8, "교육 홍보"), Cell(12, 13, "●")])
    assert (name.start, name.end, mark.start, mark.end) == (0, 9, 17, 19)
    # month labels one blank apart each a word, its blank as wide as its letters'
    assert [(c.start, c.text) for c in _in_letter_widths([Cell(0, 8, "9월 10월")])] == [(0, "9월"), (5, "10월")]


def test_a_table_of_words_under_months_is_no_schedule():
    """Words over the months' labels in either measure: no schedule's rows."""
    header = split_cells(line((2, "구 분"), (12, "1월"), (18, "2월"), (24, "3월")))
    assert _schedule_measured([header, split_cells(line((2, "점검"), (12, "현장 확인 실시")))]) is None


@pytest.mark.parametrize("em", [7.0, 7.5, 8.0])
@pytest.mark.parametrize("pitch", [24.0, 26.2, 28.0, 32.0])
def test_schedules_of_any_month_width_read_their_marks_in_their_months(tmp_path, monkeypatch, pitch, em):
    """Months three to four and a half syllables wide: PyMuPDF rounds each gap otherwise (two blanks for 2.3 or
    2.6 of the labels' letters), so the labels' pitch and the marks' differ each its own way."""
    monkeypatch.setitem(globals(), "PITCH", pitch)
    monkeypatch.setitem(globals(), "EM", em)
    rows = {"청렴 교육": {2: "●", 3: "●", 4: "●", 5: "●", 8: "○", 9: "○", 10: "○"},
            "친절 교육": {1: "●", 4: "●", 7: "○", 10: "○"}, "민원 만족도 조사": {6: "○", 12: "○"}}
    [table] = read_tables(tmp_path, report_text(schedule_lines(rows)))
    assert table["rows"] == grid(rows)
