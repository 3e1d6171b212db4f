"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a schedule (추진일정) whose rows open with narrow letters or
print notes right of the months (branch mupdf106).

PyMuPDF counts the blanks before a line's first word in that word's letters' average width, so a row label opening
with Latin letters or digits (`IoT 센서 점검`, `1차 현장 점검`), drawn at the same edge as the rows of syllables,
is indented by more blanks than they are (34 for 21), by as many more as its letters are narrower: measured in
letters' widths it stood right of them by a month nearly, its marks a month late or past the last month, and the
schedule was read as paragraphs. Its indent is now known only within what a narrow letter may be drawn (a quarter
of a syllable to a whole one), and the row is set where the rows of syllables all start
(`_rows_in_letter_widths`). A note right of the marks (`300개소`) is measured over a long gap in its own letters'
widths too: it is set under the label right of the months nearest it (`비 고`), as that label stays beside the last
month (`_marks_in_whole_months`). The lines are set by PyMuPDF's rule as tests/test_mupdf105.py sets them."""

from pathlib import Path

import pytest

import tests.test_mupdf105
from pipeline.aligned import Cell, _in_letter_widths, _narrow_rows_lined_up, _rows_in_letter_widths, split_cells
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_mupdf99 import line
from tests.test_mupdf105 import EM, MONTHS, centred, label, read_tables, sorted_line

# a Latin letter's or a digit's width in ems as a proportional font draws it: `I` narrow, `W` wide
LATIN = {**dict.fromkeys("Iiljft", 0.28), **dict.fromkeys("MWmw", 0.85), **dict.fromkeys("0123456789", 0.55)}


def glyph_width(char: str) -> float:
    """A glyph's width in points: a syllable or a mark a full em, a blank a third, a Latin letter its own."""
    if char == " ":
        return EM * 0.35
    return EM * (LATIN.get(char, 0.67 if char.isupper() else 0.52) if char.isascii() else 1)


@pytest.fixture(autouse=True)
def proportional_letters(monkeypatch):
    monkeypatch.setattr(tests.test_mupdf105, "glyph_width", glyph_width)


NOTES_AT = 13.6  # the 비 고 column's middle, in months from the first month's left edge (1 for 1월's right edge)


def schedule_lines(rows: dict[str, tuple[dict[int, str], str]]) -> list[str]:
    """A schedule's lines as PyMuPDF prints them: `구 분`, the months and `비 고` over rows of a label, marks under
    their months and a note or none, the labels all from one left edge."""
    header = sorted_line(label("구 분", 230.0) + [centred(k + 1, month) for k, month in enumerate(MONTHS)]
                         + [centred(NOTES_AT, "비 고")])
    return [header, *(sorted_line(label(name) + [centred(month, mark) for month, mark in marks.items()]
                                  + ([centred(NOTES_AT, note)] if note else []))
                      for name, (marks, note) in rows.items())]


def grid(rows: dict[str, tuple[dict[int, str], str]]) -> list[list[str]]:
    return [["구 분", *MONTHS, "비 고"], *([name, *(marks.get(month, "") for month in range(1, 13)), note]
                                          for name, (marks, note) in rows.items())]


def report_text(lines: list[str]) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅲ. 신규ㆍ중점사업 추진실적", " ① 스마트 안전 점검 (안전총괄팀)",
                        " □ 추진일정", *lines, " □ 향후계획", " ○ 점검 결과 보고회 : 12월"]) + "\n"


SENSORS = {"점검 대상 선정": ({2: "●"}, ""),
           "IoT 센서 설치": ({3: "●", 4: "●"}, "300개소"),
           "AI 위험 예측 운영": ({5: "●", 6: "●", 7: "●", 8: "●", 9: "●", 10: "○", 11: "○", 12: "○"}, ""),
           "주민 만족도 조사": ({11: "○"}, "외부기관")}


def test_a_row_opening_with_latin_letters_is_indented_by_more_blanks():
    """The simulated lines: the IoT row's label printed further right than the rows of syllables."""
    lines = schedule_lines(SENSORS)
    indents = [len(text) - len(text.lstrip()) for text in lines[1:]]
    assert indents[0] == indents[3] and indents[1] > indents[0] + 10 and indents[2] > indents[0] + 10


@pytest.mark.parametrize("rows", [
    SENSORS,
    {"1차 현장 점검": ({3: "●", 4: "●"}, "15개소"), "2차 현장 점검": ({9: "○", 10: "○"}, "15개소"),
     "결과 보고": ({5: "●", 11: "○"}, "")},
    {"CCTV 교체 설계": ({1: "●", 2: "●"}, "설계용역"), "CCTV 교체 공사": ({4: "●", 5: "●", 6: "●", 7: "●"}, "120대"),
     "준공 검사": ({8: "●"}, ""), "사후 관리": ({9: "○", 10: "○", 11: "○", 12: "○"}, "연중")}])
def test_rows_opening_with_narrow_letters_read_their_marks_and_notes_in_their_columns(tmp_path: Path, rows):
    [table] = read_tables(tmp_path, report_text(schedule_lines(rows)))
    assert table["caption"] == "추진일정" and table["header_rows"] == 1
    assert table["rows"] == grid(rows)


def test_a_narrow_row_is_lined_up_with_the_rows_of_syllables():
    header = split_cells("          구 분      1월  2월  3월")
    hangul = split_cells("       현장 점검        ●")  # 7 blanks a syllable wide: 14 columns
    latin = split_cells("                  AI 예측        ●")  # 18 blanks as wide as `AI`'s letters: 9 to 36
    measured = _rows_in_letter_widths([header, hangul, latin], 0)
    assert measured[2][0].start == measured[1][0].start == 14
    # its mark moved with it, as far right of its label as measured alone
    [label_alone, mark_alone] = _in_letter_widths(latin)
    assert measured[2][1].start - measured[2][0].end == mark_alone.start - label_alone.end


def test_a_narrow_row_far_off_the_others_stays_where_its_blanks_put_it():
    """Blanks more than the widest letters may fill (a row indented on purpose) are not lined up."""
    header = split_cells("          구 분      1월  2월  3월")
    hangul = split_cells("  현장 점검        ●")
    latin = [Cell(40, 45, "AI 예측"), Cell(53, 54, "●")]  # 40 blanks: 40 columns at least, far off 4
    measured = _rows_in_letter_widths([header, hangul, latin], 0)
    assert measured[1][0].start == 4 and measured[2][0].start == _in_letter_widths(latin)[0].start == 52


def test_rows_of_syllables_not_lined_up_leave_a_narrow_row_where_its_blanks_put_it():
    """Labels centred in their column start each at its own place: no edge to line a row up with."""
    header = split_cells("          구 분      1월  2월  3월")
    rows = [header, split_cells("      현장 점검        ●"), split_cells("    주민 만족도 조사  ●"),
            split_cells("                 AI 예측        ●")]
    assert _rows_in_letter_widths(rows, 0) == [_in_letter_widths(cells) for cells in rows]



# a staffing table of grades as PyMuPDF sorts it: each row's label from one left edge (200 pt), its figures centred
# in columns; a row opening with a digit (`5급`) is indented by more blanks than `계`, its figures as far right
STAFF = {"계": (26, 25), "5급": (1, 1), "6급": (6, 6), "7급": (9, 8), "8급": (6, 7), "9급": (4, 3)}
STAFF_COLUMNS = (290.0, 335.0, 380.0)  # the middles of 정 원, 현 원, 과부족


def short(quota: int, now: int) -> str:
    return "-" if now == quota else f"△{quota - now}" if now < quota else str(now - quota)


def staffing_rows(rows: dict[str, tuple[int, int]]) -> list[list[Cell]]:
    def at(middle: float, text: str) -> tuple[float, str]:
        return middle - tests.test_mupdf105.word_width(text) / 2, text

    return [split_cells(sorted_line([(200.0, grade), *(at(x, t) for x, t in zip(STAFF_COLUMNS, (
        str(quota), str(now), short(quota, now)), strict=True))])) for grade, (quota, now) in rows.items()]


def test_rows_of_grades_opening_with_digits_are_set_under_the_totals_figures():
    body = staffing_rows(STAFF)
    assert body[1][0].start > body[0][0].start + 5  # `5급` printed right of `계`, its figures between the columns
    lined_up = _narrow_rows_lined_up(body)
    assert lined_up[0] == body[0] and all(row[0].start == body[0][0].start for row in lined_up)
    total = [cell for cell in body[0][1:3]]
    assert all(cell.start < figure.end and figure.start < cell.end
               for row in lined_up[1:] for cell, figure in zip(row[1:3], total, strict=True))


# the lines as PyMuPDF's sorted text prints such a table drawn narrower: its header's labels two blanks apart, the
# rows of grades nine columns right of `계`
STAFF_LINES = [line((36, "구 분"), (43, "정 원"), (50, "현 원"), (57, "과부족"), (65, "비 고")),
               line((36, "계"), (44, "12"), (51, "11"), (58, "△1")),
               line((45, "6급"), (54, "3"), (61, "3"), (68, "-")),
               line((45, "7급"), (54, "5"), (61, "4"), (67, "△1")),
               line((45, "8급"), (54, "4"), (61, "4"), (68, "-"))]


def test_a_staffing_table_of_grades_set_off_reads_each_grade_its_figures(tmp_path: Path):
    text = "\n\n".join(["2025년 주요업무 보고", " Ⅰ. 일반현황", " 2. 인 력",
                       " " * 100 + "(2025. 5. 31. 기준, 단위: 명)", *STAFF_LINES]) + "\n"
    path = tmp_path / "2025-hanbit-jumin-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    staffing = records_data(extract_file(path), with_sources=False)["staffing"]
    assert {(record["status"], record["grade"], record["headcount"]) for record in staffing} == {
        ("정원", "계", 12), ("현원", "계", 11), ("과부족", "계", -1), ("정원", "6급", 3), ("현원", "6급", 3),
        ("과부족", "6급", 0), ("정원", "7급", 5), ("현원", "7급", 4), ("과부족", "7급", -1), ("정원", "8급", 4),
        ("현원", "8급", 4), ("과부족", "8급", 0)}


def test_a_row_indented_under_the_figures_on_purpose_is_not_moved():
    """A row whose figures already stand under the others' keeps its place (a part indented under its group)."""
    body = [split_cells(text) for text in ("  계        26     25", "      3과   10     9")]
    assert _narrow_rows_lined_up(body) == body
