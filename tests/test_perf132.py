"""A header of grades alone, each over a figure of its own as printed but some off it more than others, is measured
in letters' widths (mupdf126 reads it so where it stands clearly more evenly there), but its lines are not counted
in characters where that measure already refuses it: as many grades over their own figures as printed and not
clearly more evenly off them (branch perf132; the same grid as before, which asked the characters first)."""

import pipeline.aligned
from pipeline.aligned import AlignedRows

UNEVEN = ["구 분    계     일 반 직                  공무직",
          "              5급  6급   7급   8급   9급",
          "정 원    15   2    4    3    3    3   0",
          "현 원    14   2    3    4    2    3   0"]


def test_grades_standing_unevenly_over_their_own_figures_are_not_counted_in_characters(monkeypatch):
    asked = []
    counted = pipeline.aligned.AlignedRows._in_characters

    def in_characters(self, k):
        asked.append(k)
        return counted(self, k)

    monkeypatch.setattr(pipeline.aligned.AlignedRows, "_in_characters", in_characters)
    grid, _, end = AlignedRows(UNEVEN, []).table(0)
    assert (end, asked) == (4, [])
    assert grid == (("구 분", "계", "일 반 직", "", "", "", "", "공무직"),
                    ("", "", "5급", "6급", "7급", "8급", "9급", ""),
                    ("정 원", "15", "2", "4", "3", "3", "3", "0"),
                    ("현 원", "14", "2", "3", "4", "2", "3", "0"))


def test_the_uneven_header_is_still_measured_in_letters_widths(monkeypatch):
    measured = []
    measure = pipeline.aligned._rows_in_letter_widths

    def in_letter_widths(rows, header):
        measured.append(len(rows))
        return measure(rows, header)

    monkeypatch.setattr(pipeline.aligned, "_rows_in_letter_widths", in_letter_widths)
    AlignedRows(UNEVEN, []).table(0)
    assert measured == [2]  # the header's lower line and the first row, which open as their table's test reads them
