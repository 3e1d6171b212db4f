"""`pdftotext -layout` of a PDF table whose rows are taller than a line, its header of two rows too: a blank line
parts every line, the header's two as well (`구분  계  일반직  공무직` over `5급  6급  7급  8급`). The header's first
line, group labels over labels of the second and labels merged down beside them, is the table's, not a paragraph:
before, both header lines were read as paragraphs and the staffing table under them was lost (no records)."""

from extractors import extract_report
from pipeline.read_text import read_text

COVER = ("제302회 한솔구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n2025년 주요업무 보고\n\n{department}\n\n"
         " Ⅰ. 일반현황\n\n")

# 문화체육과: 일반직 over its grades, 공무직 merged down beside them
GRADES = """\
           구분     계                     일반직               공무직

                              5급        6급    7급    8급

          정원      16      1             4     6     3     2

          현원      15      1             4     5     3     2

          과부족     △1      -             -     △1    -     -
"""

# a 동 주민센터: 일반직 over 소계 and its grades, 공무직 and 청원경찰 merged down beside them
WITH_SUBTOTAL = """\
  구분       계                 일반직                              공무직         청원경찰

                    소계   5급       6급        7급        8급

  정원       14   11       1        3         4        3        2           1

  현원       13   10       1        3         4        2        2           1

  과부족      △1   △1       -        -         -        △1       -           -
"""

# a generic table: 인구 over 계 | 남 | 여, 세대수 and 65세 이상 merged down beside it
POPULATION = """\
                                        (2025. 5. 31. 기준, 단위: 세대, 명)
      구분      세대수                    인구                         65세 이상

                           계             남             여

     계        12,480   24,315       11,902         12,413       4,120

     새솔1가     5,102    9,870        4,830          5,040        1,650

     새솔2가     4,310    8,645        4,241          4,404        1,480

     새솔3가     3,068    5,800        2,831          2,969        990
"""


def report(department: str, title: str, table: str):
    text = COVER.format(department=department) + f" {title}\n\n{table}\n 3 예산현황\n"
    return extract_report(read_text("t.txt", text.encode()))


def counts(r):
    return [(s.status, s.job_class, s.grade, s.headcount) for s in r.staffing]


def test_a_header_of_two_lines_over_tall_rows_heads_the_staffing():
    r = report("문화체육과", "2인력", GRADES)
    assert counts(r) == [
        ("정원", "계", "계", 16), ("정원", "일반직", "5급", 1), ("정원", "일반직", "6급", 4),
        ("정원", "일반직", "7급", 6), ("정원", "일반직", "8급", 3), ("정원", "공무직", "계", 2),
        ("현원", "계", "계", 15), ("현원", "일반직", "5급", 1), ("현원", "일반직", "6급", 4),
        ("현원", "일반직", "7급", 5), ("현원", "일반직", "8급", 3), ("현원", "공무직", "계", 2),
        ("과부족", "계", "계", -1), ("과부족", "일반직", "5급", 0), ("과부족", "일반직", "6급", 0),
        ("과부족", "일반직", "7급", -1), ("과부족", "일반직", "8급", 0), ("과부족", "공무직", "계", 0)]
    assert "구분" not in r.general_text[0].text


def test_a_header_of_two_lines_with_a_subtotal_and_two_classes_merged_down():
    r = report("새솔1동주민센터", "2인력", WITH_SUBTOTAL)
    assert [c for c in counts(r) if c[0] == "정원"] == [
        ("정원", "계", "계", 14), ("정원", "일반직", "계", 11), ("정원", "일반직", "5급", 1),
        ("정원", "일반직", "6급", 3), ("정원", "일반직", "7급", 4), ("정원", "일반직", "8급", 3),
        ("정원", "공무직", "계", 2), ("정원", "청원경찰", "계", 1)]
    assert [c[3] for c in counts(r) if c[0] == "과부족"] == [-1, -1, 0, 0, 0, -1, 0, 0]


def test_a_generic_table_under_a_header_of_two_lines_over_tall_rows():
    r = report("새솔1동주민센터", "□ 주민등록 인구", POPULATION)
    [table] = r.tables
    assert table.rows[0] == ["구분", "세대수", "인구 계", "인구 남", "인구 여", "65세 이상"]
    assert table.rows[1:3] == [["계", "12,480", "24,315", "11,902", "12,413", "4,120"],
                               ["새솔1가", "5,102", "9,870", "4,830", "5,040", "1,650"]]
    assert table.unit == "세대, 명" and str(table.as_of) == "2025-05-31"


def test_a_letter_spaced_heading_over_a_table_ruled_with_dashes_is_no_header():
    """`목    차` (two cells, as space-aligned text reads it) over a blank line and a table `pandoc -t plain` rules
    with dashes above its first row: the line below the blank is the rule, no second line of a header. Before,
    reading the report failed with an internal error (IndexError), the whole report refused."""
    text = ("제272회 누리구의회 제2차 정례회\n\n의회사무국\n\n목    차\n\n"
            "  -------------------------------- ---\n"
            "  Ⅰ. 일반현황                        1\n"
            "  Ⅱ. 2025년 주요업무 추진실적        4\n"
            "  -------------------------------- ---\n\n"
            "Ⅰ. 일반현황\n")
    r = extract_report(read_text("t.txt", text.encode()))
    assert r.document.department == "의회사무국"
    assert (r.document.council, r.document.council_session) == ("누리구의회", "제272회 누리구의회 제2차 정례회")
