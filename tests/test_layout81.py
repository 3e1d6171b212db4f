"""`pdftotext -layout` of HWP-style PDF tables: labels centred in their cells, figures set right (and Gothic set at
8-9pt). Such text squeezes the gaps between cells, so that a column's cells no longer stand over one another: a `계`
centred over two columns of row labels, a label and the syllable centred in the next cell four characters apart
(`구 분    계`), a line of labels as many as the figures below it, each figure ending short of its own label's
centre, and a last label centred over figures set right past its end."""

from checks import run_checks
from tests.test_aligned_gaps2 import read_body, staffing_of


def findings(report):
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report))


def counts(report):
    return [[(c.category, c.kind, c.count) for c in fleet.counts] for fleet in report.vehicles]


# `계` centred over `국공립 | 구립`, each row label centred in its own cell, a group label between its two rows
DAYCARE = """\
3 어린이집 현황
                                                                                          (2022. 5. 31. 기준, 단위: 개소, 명)
                                                      구분           시설수    정원      현원

                                                          계         212   9,850   8,420

                                                              구립     38   2,460   2,310
                                                      국공립
                                                              법인      6    520     470

                                                              민간     61   3,720   3,060
                                                      민간
                                                              가정    102   2,630   2,090

                                                      직장              5    520     490
"""

# the header's labels centred, `계` four characters right of `구 분`
FLEET_SPACED = """\
3 차량 현황
                                                                                                                                   (단위: 대)

                                                                   구 분    계     승 용         승 합          화 물

                                                                   보 유    4     1           1            2
"""

# a header of two lines over counts alone, each set right in its cell
FLEET_GROUPS = """\
3 차량 현황
□ 공용차량 - 총7대 (정수 7)

                                               총계                승용                   승합

                                                         소계          소형   중형       소계        중형

                                                    7       5         2      3        2       2
"""

# a line of labels over as many figures, the last label past the last figure
FLEET_KINDS = """\
3 차량 현황
□ 청소차량 - 총58대 (정수 58)
                                                                                                               (단위: 대)
                                              총계        압축진개차         노면청소차        암롤차        기타

                                               58               24             8        12        14
"""

# a row of a label, counts and a note under as many labels
FLEET_NOTED = """\
3 차량현황
                                                                                                                                               (단위: 대)
                                                          구분       계        승용         화물               비고

                                                          보유           2         1         1       전기차 1대
"""

# labels centred over figures set right and dashes centred, two columns of row labels
FLEET_BY_FUEL = """\
3 차량 현황
□ 공용차량 - 총 6대
                       차종         용도         계       휘발유        경유      전기         하이브리드

                       승용         업무용         2        -          -       1               1

                       승합        교육생 수송       1        -           1     -                -

                       화물        농기계 운반       1        -           1     -                -

                       화물        농산물 운반       1        -          -       1               -

                       특수        방제차량         1        -           1     -                -

                        계                     6        -           3      2               1
"""

# class labels centred over their grades, their line squeezed left of them: `임기제` over `시간선택제` alone
STAFFING_CLASSES = """\
2 인 력
                                                                                                                 (5.31.기준, 단위: 명)
                          구분    계                 일반직                             관리운영직                임기제

                                     5급         6급      7급    8급      9급              7급          8급   시간선택제

                          정원    32        1      6        9       7        5                 1     1         2

                          현원    31        1      7        8       6        5                 1     -         3

                          과부족   ▲1        -      1      ▲1    ▲1        -                   -     ▲1         1
"""

# `계` centred over the row labels, squeezed right of `제2급`
CASES = """\
3 감염병
                                                                                                                       (단위: 명)
                                                       구분            2022년     2023년            2024년    2025.5월

                                                           계           412           538          601         243

                                                      제2급              298           401          455         180

                                                      제3급              114           137          146          63
"""

# the last label centred over figures set right past its end
RIVERS = """\
3 관내 하천 및 치수시설 현황
                                                                                                                                   (단위: km, m², 개소)
                                           동별        하천명           연장          제방 면적           빗물펌프장

                                            계                     12.5km       44,500m²                   4

                                           한빛1동      한빛천          4.2km        15,400m²                   2

                                           한빛2동      한빛천          3.1km        11,200m²                   1

                                           새솔동       새솔천          2.8km        9,600m²                    1

                                           중앙동       중앙천          2.4km        8,300m²                    -
"""


def test_a_total_centred_over_two_columns_of_row_labels_is_the_first_ones():
    """Before, `계` made a column of its own between `직장` and `구립`, the groups a column further left, and the
    계 row summed to 0: three false sum.table findings."""
    tables, report = read_body(DAYCARE)
    assert tables[0].rows == (
        ("구분", "", "시설수", "정원", "현원"), ("계", "", "212", "9,850", "8,420"),
        ("국공립", "구립", "38", "2,460", "2,310"), ("", "법인", "6", "520", "470"),
        ("민간", "민간", "61", "3,720", "3,060"), ("", "가정", "102", "2,630", "2,090"), ("직장", "", "5", "520", "490"))
    assert findings(report) == []
    _, planted = read_body(DAYCARE.replace("구립     38", "구립     39"))
    assert findings(planted) == [("sum.table", "계", "시설수", "213", "212")]


def test_a_label_four_characters_apart_from_a_syllable_is_two_labels():
    """Before, `구 분    계` read as one letter-spaced label `구 분 계`, the fleet's 계 lost."""
    tables, report = read_body(FLEET_SPACED)
    assert tables[0].rows == (("구 분", "계", "승 용", "승 합", "화 물"), ("보 유", "4", "1", "1", "2"))
    assert counts(report) == [[("계", "계", 4), ("차량현황", "승용", 1), ("차량현황", "승합", 1),
                               ("차량현황", "화물", 2)]]
    assert findings(report) == []


def test_counts_under_a_header_of_two_lines_each_short_of_its_label_are_headed_by_it():
    """Before, the table was lost: no count stood under its label in either count."""
    tables, report = read_body(FLEET_GROUPS)
    assert tables[0].rows == (("총계", "승용", "", "", "승합", ""), ("", "소계", "소형", "중형", "소계", "중형"),
                              ("7", "5", "2", "3", "2", "2"))
    assert counts(report) == [[("계", "계", 7), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3),
                               ("승합", "소계", 2), ("승합", "중형", 2)]]
    assert findings(report) == []
    _, planted = read_body(FLEET_GROUPS.replace("  3        2", "  4        2"))
    assert findings(planted) == [("sum.vehicles", "승용", "소계", "6", "5")]


def test_labels_as_many_as_the_figures_head_them_in_turn():
    """Before, `기타` made a column beyond the figures, `12` headed by none and lost: 46 counted of 58."""
    tables, report = read_body(FLEET_KINDS)
    assert tables[0].rows == (("총계", "압축진개차", "노면청소차", "암롤차", "기타"), ("58", "24", "8", "12", "14"))
    assert counts(report) == [[("계", "계", 58), ("화물", "압축진개차", 24), ("화물", "노면청소차", 8),
                               ("화물", "암롤차", 12), ("미분류", "기타", 14)]]
    assert findings(report) == [("vehicles.uncategorised", "현황", "차종", None, None)]  # 기타: no category


def test_a_last_label_centred_over_figures_set_right_lines_the_table_up_by_characters():
    """Before, the table was read in display columns: the 계 row's `4` a column apart from the `2 | 1 | 1 | -`
    below it, 계 summing to 0."""
    tables, report = read_body(RIVERS)
    assert tables[0].rows[:3] == (("동별", "하천명", "연장", "제방 면적", "빗물펌프장"),
                                  ("계", "", "12.5km", "44,500m²", "4"), ("한빛1동", "한빛천", "4.2km", "15,400m²", "2"))
    assert findings(report) == []


def test_a_row_of_a_label_counts_and_a_note_under_as_many_labels_is_headed_by_them():
    """Before, no table: `2` stood under no label, `계` centred over the room left of it."""
    tables, report = read_body(FLEET_NOTED)
    assert tables[0].rows == (("구분", "계", "승용", "화물", "비고"), ("보유", "2", "1", "1", "전기차 1대"))
    assert counts(report) == [[("계", "계", 2), ("차량현황", "승용", 1), ("차량현황", "화물", 1)]]
    assert findings(report) == []


def test_labels_centred_over_figures_set_right_stand_over_them_in_characters_as_wide_as_drawn():
    """Before, the header voted for display columns (`휘발유` over no `-` in characters, three letters counted as
    three characters), the table was read so and the 계 row's figures fell a column off: a false header.total."""
    tables, report = read_body(FLEET_BY_FUEL)
    assert tables[0].rows[0] == ("차종", "용도", "계", "휘발유", "경유", "전기", "하이브리드")
    assert tables[0].rows[-1] == ("계", "", "6", "-", "3", "2", "1")
    assert [(c.category, c.fuel, c.count) for c in report.vehicles[0].counts if c.kind is None and c.count] == [
        ("승용 업무용", "전기", 1), ("승용 업무용", "하이브리드", 1), ("승합 교육생수송", "경유", 1),
        ("화물 농기계운반", "경유", 1), ("화물 농산물운반", "전기", 1), ("특수 방제차량", "경유", 1),
        ("계", "경유", 3), ("계", "전기", 2), ("계", "하이브리드", 1)]
    assert findings(report) == []


def test_a_label_of_no_grade_after_grades_opens_the_next_class():
    """Before, `관리운영직` headed `8급  9급` and `임기제` `7급 … 시간선택제`, centred as pdftotext squeezed the line
    of classes: 9급 counted to 관리운영직 and 관리운영직's 7급 and 8급 to 임기제."""
    tables, report = read_body(STAFFING_CLASSES)
    assert tables[0].rows[:2] == (
        ("구분", "계", "일반직", "", "", "", "", "관리운영직", "", "임기제"),
        ("", "", "5급", "6급", "7급", "8급", "9급", "7급", "8급", "시간선택제"))
    assert [x for x in staffing_of(report) if x[0] == "정원"] == [
        ("정원", "계", "계", 32), ("정원", "일반직", "5급", 1), ("정원", "일반직", "6급", 6), ("정원", "일반직", "7급", 9),
        ("정원", "일반직", "8급", 7), ("정원", "일반직", "9급", 5), ("정원", "관리운영직", "7급", 1),
        ("정원", "관리운영직", "8급", 1), ("정원", "임기제", "시간선택제", 2)]
    assert findings(report) == []


def test_a_total_right_against_the_one_column_of_row_labels_is_its():
    """Before, `계` made a column of its own and `제2급` read as a group over the 계 row: four false sum.table errors."""
    tables, report = read_body(CASES)
    assert tables[0].rows == (("구분", "2022년", "2023년", "2024년", "2025.5월"), ("계", "412", "538", "601", "243"),
                              ("제2급", "298", "401", "455", "180"), ("제3급", "114", "137", "146", "63"))
    assert findings(report) == []
    _, planted = read_body(CASES.replace("       63", "       64"))
    assert findings(planted) == [("sum.table", "계", "2025.5월", "244", "243")]
