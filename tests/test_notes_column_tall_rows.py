"""`pdftotext -layout` of a table whose last column is notes (`비 고`) that most rows leave blank, its rows taller
than a line (a blank line between every two): how it lines up (by characters, as `pdftotext -layout` prints, or
by display columns) is told by the header's last label over the rows' last figures, and a label over notes tells
nothing; the label before it over the figures before the notes does. Before, nothing told, the table was read by
display columns, where the header's wide labels stood a column right of their figures: `승합` over a blank column,
`화물 비고` one label over the notes, the 화물 lost (a false sum.vehicles error); a staffing table whose notes column
prints a dash in the rows without a note was read so too (`9급비고` one label, figures a column off)."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제268회 누리구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n도시계획과\n\nⅠ. 일반현황\n\n"

FLEET = """\
 3. 공용차량
                                                                                  (단위: 대)
           구분   계        승용        승합      화물        비고

           정수   3        1        1        1

           보유   3        1        1        1        전기차 1
"""


def test_a_fleet_with_a_notes_column_reads_by_characters():
    r = extract_report(read_text("t.txt", (COVER + FLEET).encode()))
    (fleet,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 3), ("공용차량", "승용", 1), ("공용차량", "승합", 1), ("공용차량", "화물", 1)]
    assert [(c.kind, c.count) for c in fleet.quotas] == [("계", 3), ("승용", 1), ("승합", 1), ("화물", 1)]
    (grid,) = r.tables
    assert grid.rows[0] == ["구분", "계", "승용", "승합", "화물", "비고"]
    assert grid.rows[2][-1] == "전기차 1"
    assert run_checks(r) == []


# staffing whose notes column prints a dash where a row has no note
STAFF = """\
 2. 인력
                                                                        (2025. 5. 31. 기준, 단위: 명)
     구분        계        5급       6급    7급   8급       9급          비고

     정원        15       1        3     5    4        2       -

     현원        14       1        3     4    4        2       육아휴직 1

     과부족       △1       -        -     △1   -        -       -

"""


def test_a_notes_column_of_dashes_and_words_tells_nothing_either():
    r = extract_report(read_text("t.txt", (COVER + STAFF).encode()))
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade in ("계", "7급", "9급")] == [
        ("정원", "계", 15), ("정원", "7급", 5), ("정원", "9급", 2), ("현원", "계", 14), ("현원", "7급", 4),
        ("현원", "9급", 2), ("과부족", "계", -1), ("과부족", "7급", -1), ("과부족", "9급", 0)]
    assert run_checks(r) == []


# 2025-nuri-munhwa (hunt7): a header of two lines whose labels merged down its rows stand right of the lower line's
# too (`공무직  비고` beside `5급 … 8급`), a note in one row
STAFF_MERGED_NOTES = """\
 2. 인력
                                                                                       (2025. 5. 31. 기준, 단위: 명)
                         구분    계                 일반직                    공무직     비고

                                        5급        6급      7급       8급

                         정원    14   1             3       5        4    1

                         현원    13   1             3       4        4    1       휴직 1

                         과부족   △1   -             -       △1       -    -

"""


def test_a_header_of_two_lines_ending_in_labels_merged_down_over_notes_reads_by_characters():
    """Before: the lower line's last label (`8급`) was taken to head the rows' last column, which told nothing; read by
    display columns, `공무직` was joined with `비고` over the notes (`공무직비고`), 5급's figures lost, 과부족 a column
    off (false sum.staffing and shortfall errors)."""
    r = extract_report(read_text("t.txt", (COVER + STAFF_MERGED_NOTES).encode()))
    assert [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == "현원"] == [
        ("현원", "계", "계", 13), ("현원", "일반직", "5급", 1), ("현원", "일반직", "6급", 3),
        ("현원", "일반직", "7급", 4), ("현원", "일반직", "8급", 4), ("현원", "공무직", "계", 1)]
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == []
