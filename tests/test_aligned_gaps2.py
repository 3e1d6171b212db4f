"""Space-aligned tables: a label column spread by distributed alignment with as many letters on every row
(`구      분 | 정      원 | 현      원`), and tables whose parts tell different ways whether they line up by
characters or by display columns."""

from checks import run_checks
from extractors import extract_report
from tests.layouts import read_first_part, tables_of

COVER = "제301회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n# Ⅰ. 일반현황\n\n"


def read_body(body: str):
    document = read_first_part(COVER, body)
    return tables_of(document), extract_report(document)


def staffing_of(report):
    return [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing]


def test_a_two_letter_label_column_spread_on_every_row_is_one_column():
    """`구      분`, `정      원`, `현      원`: two letters on every row, the header's spread alike. Before, each
    letter had a column of its own (`정 | 원 | 14`) and the staffing was lost to a generic table."""
    tables, report = read_body("""\
2 인 력
                                                          (단위: 명)
 구      분      계      5급     6급     7급    공무직
 정      원      14        1       4       6        3
 현      원      15        1       5       5        4
 과부족           1        -       1      △1        1
""")
    assert tables[0].rows[:2] == (("구 분", "계", "5급", "6급", "7급", "공무직"), ("정 원", "14", "1", "4", "6", "3"))
    assert staffing_of(report) == [
        (status, job_class, grade, count)
        for status, counts in (("정원", (14, 1, 4, 6, 3)), ("현원", (15, 1, 5, 5, 4)), ("과부족", (1, 0, 1, -1, 1)))
        for (job_class, grade), count in zip(
            (("계", "계"), ("계", "5급"), ("계", "6급"), ("계", "7급"), ("공무직", "계")), counts, strict=True)]
    assert report.tables == []
    assert run_checks(report) == []


def test_a_spread_label_column_under_a_two_line_header_is_one_column():
    """The header's spread `구      분` on its first line, the grades on its second: the group `일반직` is kept."""
    _tables, report = read_body("""\
2 인 력
 구      분      계      일반직                    공무직
                         5급     6급     7급
 정      원      14        1       4       6          3
 현      원      15        1       5       5          4
""")
    assert staffing_of(report) == [
        (status, job_class, grade, count)
        for status, counts in (("정원", (14, 1, 4, 6, 3)), ("현원", (15, 1, 5, 5, 4)))
        for (job_class, grade), count in zip(
            (("계", "계"), ("일반직", "5급"), ("일반직", "6급"), ("일반직", "7급"), ("공무직", "계")), counts,
            strict=True)]


def test_a_spread_label_column_printed_by_characters_is_one_column():
    """`pdftotext -layout` prints the letters at their character columns: the same reading."""
    _tables, report = read_body("""\
2 인 력
                                         (단위: 명)
 구    분     계     5급    6급    7급   8급   9급
 정    원     39      1      5     10    13    10
 현    원     37      1      4      9    13    10
 과부족       △2      -     △1     △1     -     -
""")
    assert staffing_of(report) == [
        (status, "계", grade, count)
        for status, counts in (("정원", (39, 1, 5, 10, 13, 10)), ("현원", (37, 1, 4, 9, 13, 10)),
                               ("과부족", (-2, 0, -1, -1, 0, 0)))
        for grade, count in zip(("계", "5급", "6급", "7급", "8급", "9급"), counts, strict=True)]
    assert run_checks(report) == []


def test_spread_vehicle_statuses_and_budget_total_are_one_column():
    """A fleet's `정     수 | 현     원` under `구     분`, and a budget's `합      계` beside names printed whole:
    before, the fleet read its statuses as kinds of vehicle (`정 수 | 소계`) and the budget was lost."""
    _tables, report = read_body("""\
3 차량 현황

 구     분      계     승용     승합     화물
 정     수       5        2        2        1
 현     원       4        2        1        1

4 예산현황
                                                          (단위: 천원)
 구      분       예산액          집행액       집행률(%)
 합      계       700,000         300,000          42.9
 녹지조성         400,000         200,000          50.0
 공원관리         300,000         100,000          33.3
""")
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 4), ("승용", 2), ("승합", 1), ("화물", 1)]
    assert [(c.kind, c.count) for c in fleet.quotas] == [("계", 5), ("승용", 2), ("승합", 2), ("화물", 1)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == [
        ("계", 700_000_000, 300_000_000, 42.9), ("녹지조성", 400_000_000, 200_000_000, 50.0),
        ("공원관리", 300_000_000, 100_000_000, 33.3)]


def test_one_syllable_columns_under_a_header_of_words_stay_apart():
    """As many single syllables on every row, in the same places, under header labels of two letters: columns."""
    tables, _report = read_body("""\
□ 성별 현황
 구분    성별    반       인원
 동       남     상         10
 동       여     하          5
 서       남     상          3
""")
    (table,) = tables
    assert table.rows == (("구분", "성별", "반", "인원"), ("동", "남", "상", "10"), ("동", "여", "하", "5"),
                          ("서", "남", "상", "3"))


HEADER = "  동 별            접 수        처 리      처리중     처리율(%)\n"
FOOTER = "\n                               - 2 -\n\n"


def _one_table(body: str):
    tables, report = read_body("2 민원 현황\n\n□ 동별 민원 처리 현황\n" + body)
    assert len(tables) == 1
    return tables[0], report


def test_a_table_over_a_page_break_is_read_one_way_as_its_header_tells():
    """Rows typed in display columns whose labels are as many syllables each tell nothing; the page after the break
    repeats the header and ends on a `계` typed by characters. Before, that part alone was read by characters, its
    header's `처리중 | 처리율(%)` ran together, it was not joined to the first and the 계 was checked against its own
    page's rows alone (false findings). The header tells display columns: one table, and the error planted in
    처 리 (4,850 for 4,750) is the only finding."""
    table, report = _one_table(HEADER + """\
  여의동              1,210       1,180        30         97.5
  당산1동               980         950        30         96.9
  도림동                870         860        10         98.9
""" + FOOTER + HEADER + """\
  문래동              1,050       1,020        30         97.1
  양평1동               760         740        20         97.4
  계                4,870       4,850       120         97.5
""")
    assert table.rows[0] == ("동 별", "접 수", "처 리", "처리중", "처리율(%)")
    assert [row[0] for row in table.rows[1:]] == ["여의동", "당산1동", "도림동", "문래동", "양평1동", "계"]
    assert table.rows[-1] == ("계", "4,870", "4,850", "120", "97.5")
    assert [(f.rule, f.column, f.expected, f.actual) for f in run_checks(report)] == [
        ("sum.table", "처 리", "4,750", "4,850")]


def test_a_table_over_a_page_break_is_read_one_way_by_all_its_rows():
    """The second part's last two rows typed by characters outvote its header there; the first part's rows (labels
    of two to four syllables in display columns) tell display columns: the table as a whole is read so. Before,
    the second part was read by characters and stayed a table of its own, its header's labels run together."""
    table, report = _one_table(HEADER + """\
  여의동              1,210       1,180        30         97.5
  당산1동               980         950        30         96.9
  신길                  870         860        10         98.9
  도림본동            1,050       1,020        30         97.1
""" + FOOTER + HEADER + """\
  양평1동               760         740        20         97.4
  양평2동               690         680        10         98.6
  신월                 500         490        10         98.0
  계                6,060       5,920       140         97.7
""")
    assert table.rows[0] == ("동 별", "접 수", "처 리", "처리중", "처리율(%)")
    assert table.rows[-2:] == (("신월", "500", "490", "10", "98.0"), ("계", "6,060", "5,920", "140", "97.7"))
    assert len(table.rows) == 9
    assert run_checks(report) == []


def test_a_table_by_characters_whose_second_part_tells_nothing_is_read_by_characters():
    """`pdftotext -layout` prints a table over two pages by characters; its second part's labels are as many
    syllables each. Before, that part was read by display columns: its header's labels drifted right of their
    figures (`처리건수 | 처리중` over the wrong columns, a blank column added) and the parts stayed two tables."""
    header = "  동 별             접수건수      처리건수     처리중    처리율(%)\n"
    table, _report = _one_table(header + """\
  여의동              120       110      10      91.7
  당산1동              98        95       3      96.9
  신길               113       110       3      97.3
  도림본동              87        86       1      98.9
""" + FOOTER + header + """\
  문래동              105       102       3      97.1
  양평동               76        74       2      97.4
  대림동               69        68       1      98.6
""")
    assert table.rows[0] == ("동 별", "접수건수", "처리건수", "처리중", "처리율(%)")
    assert table.rows[5:] == (("문래동", "105", "102", "3", "97.1"), ("양평동", "76", "74", "2", "97.4"),
                              ("대림동", "69", "68", "1", "98.6"))


def test_a_total_typed_by_characters_under_a_header_in_display_columns_is_read_by_display_columns():
    """One table, no page break: rows of three syllables each tell nothing, the `계` typed by characters tells
    characters, the header tells display columns; read by characters, `처리중 | 처리율(%)` ran together and the
    rates were summed as counts."""
    table, report = _one_table(HEADER + """\
  여의동              1,210       1,180        30         97.5
  당산1동               980         950        30         96.9
  도림동                870         860        10         98.9
  계                3,060       2,990        70         97.7
""")
    assert table.rows[0] == ("동 별", "접 수", "처 리", "처리중", "처리율(%)")
    assert table.rows[-1] == ("계", "3,060", "2,990", "70", "97.7")
    assert run_checks(report) == []
