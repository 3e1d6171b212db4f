"""Figures a line states with no table, read as a table's: a 과부족 printed with no unit beside a 정원 and 현원
(`○ 인력 : 정원 12명, 현원 14명, 과부족 △2`) checked as a table's 과부족 cell is, and a fleet of one category
(`○ 보유차량 : 1대 (승용 1)`) read as a fleet of several is."""

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
OVER_TABLE = "| 구 분 | 계 | 5급 | 6급 |\n|---|---|---|---|\n| 정 원 | 12 | 2 | 10 |\n| 현 원 | 14 | 2 | 12 |\n"


def report(general: str):
    return extract_report(read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n" + general + PROJECTS).encode()))


def staffing(r) -> list[tuple]:
    return [(c.status, c.job_class, c.grade, c.headcount, c.table_no) for c in r.staffing]


def staffing_findings(r) -> list[tuple]:
    return [(f.rule, f.severity, f.table, f.row, f.column, f.expected, f.actual) for f in run_checks(r)
            if f.rule in ("shortfall", "sum.staffing", "cross.staffing_line")]


def fleets(r) -> list[tuple]:
    return [(f.name, f.printed_total, [(c.category, c.kind, c.fuel, c.count) for c in f.counts], f.source.line)
            for f in r.vehicles]


def vehicle_findings(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)
            if f.rule in ("header.total", "header.over_quota", "sum.vehicles")]


def test_staff_over_the_quota_is_no_finding_in_a_table_nor_in_a_line():
    """Over-staffing is no inconsistency: a table with no 과부족 row gives nothing for 현원 14 over 정원 12, nor
    does the line stating them."""
    table = report("## 2. 인 력\n\n" + OVER_TABLE)
    line = report("## 2. 인 력\n\n○ 인력 : 정원 12명, 현원 14명\n")
    assert staffing_findings(table) == []
    assert staffing(line) == [("정원", "계", "계", 12, 1), ("현원", "계", "계", 14, 1)]
    assert staffing_findings(line) == []


def test_a_shortfall_with_no_unit_is_read_and_checked_as_a_tables():
    table = report("## 2. 인 력\n\n" + OVER_TABLE + "| 과부족 | △2 | - | 2 |\n")
    line = report("## 2. 인 력\n\n○ 인력 : 정원 12명, 현원 14명, 과부족 △2\n")
    assert staffing(line) == [("정원", "계", "계", 12, 1), ("현원", "계", "계", 14, 1), ("과부족", "계", "계", -2, 1)]
    assert staffing_findings(line) == staffing_findings(table) == [
        ("shortfall", "error", "인력", "과부족", "계", "2", "-2")]
    finding = next(f for f in run_checks(line) if f.rule == "shortfall")
    assert finding.source.line == 13
    assert "현원 14 − 정원 12 = 2" in finding.message


def test_a_shortfall_with_no_unit_that_is_right_is_no_finding():
    r = report("## 2. 인 력\n\n○ 인력 : 정원 12명, 현원 14명, 과부족 2\n\n○ 공무직 : 정원 6명, 현원 5명, 결원 1\n")
    assert staffing(r)[:3] == [("정원", "계", "계", 12, 1), ("현원", "계", "계", 14, 1), ("과부족", "계", "계", 2, 1)]
    assert staffing_findings(r) == []


def test_a_shortfall_with_no_unit_before_a_date_or_of_a_class():
    dated = report("## 2. 인 력\n\n○ 인력 : 정원 12명, 현원 14명, 과부족 △2 (2025. 5. 31. 기준)\n")
    assert [(c.status, c.headcount, c.as_of.isoformat()) for c in dated.staffing] == [
        ("정원", 12, "2025-05-31"), ("현원", 14, "2025-05-31"), ("과부족", -2, "2025-05-31")]
    classes = report("## 2. 인 력 : 정원 45명 / 현원 47명\n\n○ 공무원 : 정원 39명, 현원 41명, 과부족 △2\n\n"
                     "○ 공무직 : 정원 6명, 현원 6명, 과부족 0\n")
    assert staffing(classes) == [("정원", "계", "계", 45, 1), ("현원", "계", "계", 47, 1),
                                 ("정원", "공무원", "계", 39, 1), ("현원", "공무원", "계", 41, 1),
                                 ("과부족", "공무원", "계", -2, 1), ("정원", "공무직", "계", 6, 1),
                                 ("현원", "공무직", "계", 6, 1), ("과부족", "공무직", "계", 0, 1)]
    assert staffing_findings(classes) == [("shortfall", "error", "인력", "과부족", "공무원 계", "2", "-2")]


def test_a_line_over_a_table_with_a_wrong_shortfall_is_the_bodys_finding():
    r = report("## 2. 인 력 : 정원 12명, 현원 14명, 과부족 △2\n\n" + OVER_TABLE)
    assert [(c.status, c.headcount) for c in r.stated_staffing] == [("정원", 12), ("현원", 14), ("과부족", -2)]
    assert staffing_findings(r) == [("shortfall", "error", "인력 본문", "과부족", "계", "2", "-2")]


def test_a_count_after_a_shortfall_word_in_other_words_is_not_read():
    r = report("## 2. 인 력\n\n○ 인력 : 정원 12명, 현원 14명 (전년 대비 증감 2개 팀)\n")
    assert staffing(r) == [("정원", "계", "계", 12, 1), ("현원", "계", "계", 14, 1)]


def test_a_fleet_of_one_category_is_a_fleet():
    r = report("## 3. 일반현황\n\n○ 보유차량 : 1대 (승용 1)\n\n## 4. 차량 현황 : 총 2대 (화물 2)\n")
    assert fleets(r) == [("보유차량", 1, [("보유차량", "승용", None, 1)], 13),
                         ("차량현황", 2, [("차량현황", "화물", None, 2)], 15)]
    assert vehicle_findings(r) == []


def test_a_fleet_of_one_fuel_is_a_fleet():
    r = report("## 3. 차량 현황 : 총 2대 (전기 2)\n")
    assert fleets(r) == [("차량현황", 2, [("차량현황", None, "전기", 2)], 11)]


def test_one_fuel_short_of_the_total_is_a_part_not_the_fleet():
    """One of the law's categories short of the total is the fleet (tests/test_small62.py)."""
    r = report("## 3. 차량 현황 : 총 3대 (전기 1)\n")
    assert r.vehicles == []


def test_one_category_keeps_the_guards_of_several():
    r = report("## 3. 차량 현황 : 총 3대 (정수 3)\n\n## 4. 차량 : 총 2대 (전기차 2대 포함)\n\n"
               "## 5. 장비\n\n○ 방역기 : 총 2대 (휴대용 2)\n\n○ 친환경차량 구매 : 총 2대 (승용 2)\n\n"
               "○ 차량 매각 : 1대 (승용 1)\n")
    assert r.vehicles == []


def test_a_class_line_with_a_bracketed_shortfall_is_read_not_a_traceback():
    """Before, a class's line under the 계's printing `과부족 (2)명` raised (its count was read from no digits)."""
    r = report("## 2. 인 력 : 정원 45명 / 현원 43명\n\n○ 공무원 : 정원 39명, 현원 37명, 과부족 (2)명\n\n"
               "○ 공무직 : 정원 6명, 현원 6명\n")
    assert staffing(r) == [("정원", "계", "계", 45, 1), ("현원", "계", "계", 43, 1),
                           ("정원", "공무원", "계", 39, 1), ("현원", "공무원", "계", 37, 1),
                           ("과부족", "공무원", "계", -2, 1), ("정원", "공무직", "계", 6, 1),
                           ("현원", "공무직", "계", 6, 1)]
    assert staffing_findings(r) == []
