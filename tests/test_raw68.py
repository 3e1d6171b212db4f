"""Tables as `pdftotext` prints a PDF's: in `-layout` text, a staffing table whose `비고` column every row leaves
blank, lined up by characters (each syllable one column), is read by characters as its `과부족` label over the
`△1` below it tells (before, by display columns, its 현원 lost)."""

import datetime

from extractors import extract_report
from pipeline.read import read_document

# `pdftotext -layout` of a PDF's staffing table: each syllable one column, a blank line between rows
STAFFING_BY_CHARACTERS = """ 2. 인 력
                                                                   (2022. 5. 31. 기준, 단위: 명)
                                 구분      정원   현원     과부족     비고

                                 계       26   25     △1

                                 5급      1    1      -

                                 7급      9    8      △1

                                 8급      16   16     -
"""
# the same table typed in display columns (each syllable two), its 비 고 blank too
STAFFING_BY_DISPLAY = """2. 인 력
                                           (2022. 5. 31. 기준, 단위: 명)
  구  분   정 원   현 원   과부족   비 고
  계          26      25       △1
  5급          1       1        -
  7급          9       8       △1
  8급         16      16        -
"""
STAFFING = [("정원", "계", 26), ("현원", "계", 25), ("과부족", "계", -1), ("정원", "5급", 1), ("현원", "5급", 1),
            ("과부족", "5급", 0), ("정원", "7급", 9), ("현원", "7급", 8), ("과부족", "7급", -1), ("정원", "8급", 16),
            ("현원", "8급", 16), ("과부족", "8급", 0)]


def _report(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


def test_a_staffing_table_lined_up_by_characters_under_a_blank_notes_column_is_read_by_characters(tmp_path):
    report = _report(tmp_path, "layout.txt", STAFFING_BY_CHARACTERS)
    assert [(count.status, count.grade, count.headcount) for count in report.staffing] == STAFFING
    assert {count.as_of for count in report.staffing} == {datetime.date(2022, 5, 31)}


def test_the_same_table_typed_in_display_columns_is_read_by_display_columns(tmp_path):
    report = _report(tmp_path, "typed.txt", STAFFING_BY_DISPLAY)
    assert [(count.status, count.grade, count.headcount) for count in report.staffing] == STAFFING
