"""Space-aligned tables whose label column is in distributed alignment (HWP 배분 정렬) on every row: each label's
letters spread over the same span (`구            분`, `과     부     족`), as `pdftotext -layout` prints a table
without vertical rules, so that no other row shows a spread label is one cell."""

from checks import run_checks
from extractors import extract_report
from tests.layouts import read_first_part, tables_of

COVER = "제301회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n# Ⅰ. 일반현황\n\n"
STAFFING = """\
2 인 력

 구            분      계         5급        6급        7급       공무직
 정            원         14           1          4          6          3
 현            원         15           1          5          5          4
 과     부     족           1         -           1        △1           1
"""
BUDGET = """\
4 예산현황
                                                                          (단위: 천원)
 단     위      사     업     명        예산액              집행액         집행률(%)
 계                                         700,000             300,000          42.9
 녹        지        조       성            400,000             200,000          50.0
 공        원        관       리            300,000             100,000          33.3
"""


def _read(body: str):
    document = read_first_part(COVER, body)
    return tables_of(document), extract_report(document)


def test_a_label_column_spread_on_every_row_is_one_column_of_labels():
    """Every label spread over its cell, none showed its letters were one label: each letter got a column of its
    own (`정 | | 원 | 14`, `녹 | 지 | 조 | 성 | 400,000`), and the staffing and the budget were lost."""
    tables, report = _read(STAFFING + "\n" + BUDGET)
    assert [table.rows[:2] for table in tables] == [
        (("구 분", "계", "5급", "6급", "7급", "공무직"), ("정 원", "14", "1", "4", "6", "3")),
        (("단 위 사 업 명", "예산액", "집행액", "집행률(%)"), ("계", "700,000", "300,000", "42.9"))]
    staffing = [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing]
    assert staffing == [
        (status, job_class, grade, count)
        for status, counts in (("정원", (14, 1, 4, 6, 3)), ("현원", (15, 1, 5, 5, 4)), ("과부족", (1, 0, 1, -1, 1)))
        for (job_class, grade), count in zip(
            (("계", "계"), ("계", "5급"), ("계", "6급"), ("계", "7급"), ("공무직", "계")), counts, strict=True)]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in report.budget] == [
        ("계", 700_000_000, 300_000_000, 42.9), ("녹지조성", 400_000_000, 200_000_000, 50.0),
        ("공원관리", 300_000_000, 100_000_000, 33.3)]
    assert report.tables == []
    assert run_checks(report) == []


def test_columns_of_one_syllable_labels_as_many_on_every_row_stay_apart():
    """Single syllables standing in columns (as many on every row, at the same places) are labels of columns of
    their own, not one label spread over its cell."""
    tables, _report = _read("""\
□ 성별 현황
 구분      성      반       인원
 동        남      상         10
 동        여      하          5
 서        남      상          3
""")
    (table,) = tables
    assert table.rows == (("구분", "성", "반", "인원"), ("동", "남", "상", "10"), ("동", "여", "하", "5"),
                          ("서", "남", "상", "3"))


def test_one_syllable_label_columns_a_row_leaves_blank_stay_apart():
    """Rows of one-syllable labels with a column left blank end their letters short of the others': the letters
    stand in columns, not spread over one span."""
    tables, _report = _read("""\
□ 성별 현황
 구분      성      반       인원
 동        남      상         10
 동        여                  5
 서        남      상          3
""")
    (table,) = tables
    assert table.rows == (("구분", "성", "반", "인원"), ("동", "남", "상", "10"), ("동", "여", "", "5"),
                          ("서", "남", "상", "3"))
