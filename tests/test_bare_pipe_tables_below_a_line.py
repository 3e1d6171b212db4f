"""A `|` table printed without outer pipes right below its unit line, no blank line between (`(단위 : 명)` over
`구 분 | 계 | 5급`), as converters printing bare pipes may: a table. Before, its first row went on the unit line's
text, and the staffing, the fleet and the budget were each lost."""

from extractors import extract_report
from pipeline.read_text import read_text

REPORT = ("제304회 미르구의회 제1차 정례회\n\n2022. 6. 14. ~ 6. 28.\n\n2022년 주요업무보고\n\n교 통 행 정 과\n\n"
          "Ⅰ. 일반현황\n\n2. 인 력\n\n(단위 : 명)\n구 분 | 계 | 5급 | 6급 | 7급\n--- | --- | --- | --- | ---\n"
          "정 원 | 20 | 1 | 7 | 12\n현 원 | 19 | 1 | 7 | 11\n과부족 | △1 | - | - | △1\n\n"
          "3. 공용차량\n\n(단위 : 대)\n총 계 | 승 용 | 화 물\n--- | --- | ---\n4 | 3 | 1\n\n"
          "4. 예산현황\n\n(‘22. 5. 31. 기준)          (단위 : 천원)\n세부사업 | 예산액 | 집행액 | 집행률(%)\n"
          "--- | --- | --- | ---\n합 계 | 3,000 | 1,200 | 40.0\n대중교통 활성화 | 2,000 | 800 | 40.0\n"
          "교통행정 지원 | 1,000 | 400 | 40.0\n")


def report(text: str):
    return extract_report(read_text("t.txt", text.encode()))


def test_a_table_without_outer_pipes_right_below_its_unit_line():
    r = report(REPORT)
    assert [(s.status, s.grade, s.headcount) for s in r.staffing if s.grade in ("계", "7급")] == [
        ("정원", "계", 20), ("정원", "7급", 12), ("현원", "계", 19), ("현원", "7급", 11), ("과부족", "계", -1),
        ("과부족", "7급", -1)]
    [fleet] = r.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 4), ("승용", 3), ("화물", 1)]
    assert [(b.name, b.budget_krw // 1_000, b.executed_krw // 1_000) for b in r.budget] == [
        ("계", 3_000, 1_200), ("대중교통 활성화", 2_000, 800), ("교통행정 지원", 1_000, 400)]
    assert {b.as_of.isoformat() for b in r.budget} == {"2022-05-31"}


def test_a_line_with_a_pipe_goes_on_where_no_table_starts():
    """A paragraph's next line printing a `|` alone among words, no table of two rows: the paragraph's, as before."""
    text = REPORT.replace("2. 인 력\n\n", "2. 인 력\n\n인력은 정원 | 현원 순으로\n적었음\n\n")
    assert "인력은 정원 | 현원 순으로 적었음" in [t.text for t in report(text).general_text][0]
