"""Space-aligned tables: a label column spread by distributed alignment with as many letters on every row
(`구      분 | 정      원 | 현      원`), and tables whose parts tell different ways whether they line up by
characters or by display columns."""

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제301회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n# Ⅰ. 일반현황\n\n"


def _read(body: str):
    document = read_text("t.txt", (COVER + body + "\n# Ⅱ. 주요업무 추진실적\n").encode())
    return [block for block in document.blocks if isinstance(block, Table)], extract_report(document)


def _staffing(report):
    return [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing]


def test_a_two_letter_label_column_spread_on_every_row_is_one_column():
    """`구      분`, `정      원`, `현      원`: two letters on every row, the header's spread alike. Before, each
    letter had a column of its own (`정 | 원 | 14`) and the staffing was lost to a generic table."""
    tables, report = _read("""\
2 인 력
                                                          (단위: 명)
 구      분      계      5급     6급     7급    공무직
 정      원      14        1       4       6        3
 현      원      15        1       5       5        4
 과부족           1        -       1      △1        1
""")
    assert tables[0].rows[:2] == (("구 분", "계", "5급", "6급", "7급", "공무직"), ("정 원", "14", "1", "4", "6", "3"))
    assert _staffing(report) == [
        (status, job_class, grade, count)
        for status, counts in (("정원", (14, 1, 4, 6, 3)), ("현원", (15, 1, 5, 5, 4)), ("과부족", (1, 0, 1, -1, 1)))
        for (job_class, grade), count in zip(
            (("계", "계"), ("계", "5급"), ("계", "6급"), ("계", "7급"), ("공무직", "계")), counts, strict=True)]
    assert report.tables == []
    assert run_checks(report) == []


def test_a_spread_label_column_under_a_two_line_header_is_one_column():
    """The header's spread `구      분` on its first line, the grades on its second: the group `일반직` is kept."""
    _tables, report = _read("""\
2 인 력
 구      분      계      일반직                    공무직
                         5급     6급     7급
 정      원      14        1       4       6          3
 현      원      15        1       5       5          4
""")
    assert _staffing(report) == [
        (status, job_class, grade, count)
        for status, counts in (("정원", (14, 1, 4, 6, 3)), ("현원", (15, 1, 5, 5, 4)))
        for (job_class, grade), count in zip(
            (("계", "계"), ("일반직", "5급"), ("일반직", "6급"), ("일반직", "7급"), ("공무직", "계")), counts,
            strict=True)]


def test_a_spread_label_column_printed_by_characters_is_one_column():
    """`pdftotext -layout` prints the letters at their character columns: the same reading."""
    _tables, report = _read("""\
2 인 력
                                         (단위: 명)
 구    분     계     5급    6급    7급   8급   9급
 정    원     39      1      5     10    13    10
 현    원     37      1      4      9    13    10
 과부족       △2      -     △1     △1     -     -
""")
    assert _staffing(report) == [
        (status, "계", grade, count)
        for status, counts in (("정원", (39, 1, 5, 10, 13, 10)), ("현원", (37, 1, 4, 9, 13, 10)),
                               ("과부족", (-2, 0, -1, -1, 0, 0)))
        for grade, count in zip(("계", "5급", "6급", "7급", "8급", "9급"), counts, strict=True)]
    assert run_checks(report) == []


def test_spread_vehicle_statuses_and_budget_total_are_one_column():
    """A fleet's `정     수 | 현     원` under `구     분`, and a budget's `합      계` beside names printed whole:
    before, the fleet read its statuses as kinds of vehicle (`정 수 | 소계`) and the budget was lost."""
    _tables, report = _read("""\
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
    tables, _report = _read("""\
□ 성별 현황
 구분    성별    반       인원
 동       남     상         10
 동       여     하          5
 서       남     상          3
""")
    (table,) = tables
    assert table.rows == (("구분", "성별", "반", "인원"), ("동", "남", "상", "10"), ("동", "여", "하", "5"),
                          ("서", "남", "상", "3"))
