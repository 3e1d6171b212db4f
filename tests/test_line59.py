"""A fleet a line states with no table (`3. 차량 현황 : 총 2대 (승용 1, 승합 1)`): read as a table's would be, its
`총N대` the printed total and each category in brackets a count, checked as a table's heading is."""

from pathlib import Path

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
HANBIT = Path(__file__).parent / "department_reports" / "2021-hanbit-iljarigyeongje.txt"


def report(general: str):
    return extract_report(read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n" + general + PROJECTS).encode()))


def fleets(r) -> list[tuple]:
    return [(f.name, f.printed_total, [(c.category, c.kind, c.fuel, c.count) for c in f.counts], f.source.line)
            for f in r.vehicles]


def vehicle_findings(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(r)
            if f.rule in ("header.total", "sum.vehicles")]


def test_the_hanbit_reports_fleet_line_is_its_fleet():
    r = extract_report(read_text(str(HANBIT), HANBIT.read_bytes()))
    assert fleets(r) == [("차량현황", 2, [("차량현황", "승용", None, 1), ("차량현황", "승합", None, 1)], 14)]
    assert r.vehicles[0].caption == "3. 차량 현황 : 총 2대 (승용 1, 승합 1)"
    assert vehicle_findings(r) == []


def test_a_bullet_naming_the_vehicles_held():
    r = report("## 3. 일반현황\n\n○ 보유차량: 3대 (승용 2, 화물 1)\n")
    assert fleets(r) == [("보유차량", 3, [("보유차량", "승용", None, 2), ("보유차량", "화물", None, 1)], 13)]
    assert vehicle_findings(r) == []


def test_a_total_its_parts_do_not_make_is_the_headings_finding():
    r = report("## 3. 차량 현황 : 총 3대 (승용 1, 승합 1)\n")
    assert fleets(r)[0][1:3] == (3, [("차량현황", "승용", None, 1), ("차량현황", "승합", None, 1)])
    assert vehicle_findings(r) == [("header.total", "제목", "총계", "2", "3", 11)]


def test_a_bare_count_under_a_vehicles_heading_is_the_headings_fleet():
    r = report("## 3. 공용차량 현황\n\n○ 총 12대 (승용 10, 승합 2)\n")
    assert fleets(r) == [("공용차량현황", 12, [("공용차량현황", "승용", None, 10), ("공용차량현황", "승합", None, 2)],
                          13)]


def test_fuels_in_brackets_are_the_fleets_fuels():
    r = report("## 3. 차량 현황 : 총 3대 (휘발유 1, 전기 2)\n")
    assert fleets(r)[0][2] == [("차량현황", None, "휘발유", 1), ("차량현황", None, "전기", 2)]


def test_a_line_counting_other_things_is_no_fleet():
    r = report("## 3. 공용차량 현황\n\n○ 방역기 : 총 2대 (휴대용 1, 차량용 1)\n\n## 4. 장비\n\n"
               "○ 방역기 : 총 2대 (휴대용 1, 차량용 1)\n\n○ 친환경차량 구매 : 총 5대 (승용 3, 화물 2)\n")
    assert r.vehicles == []


def test_brackets_holding_no_categories_state_no_fleet():
    r = report("## 3. 차량 현황 : 총 3대 (정수 3)\n\n## 4. 차량 : 총 3대 (전기차 2대 포함)\n\n"
               "## 5. 차량 : 총 3대 (승용 2, 전기차 1)\n")
    assert r.vehicles == []


def test_a_line_over_a_fleets_table_is_its_heading_not_a_second_fleet():
    r = report("## 3. 차량 현황 : 총 3대 (승용 2, 승합 1)\n\n"
               "| 구 분 | 승 용 | 승 합 | 계 |\n|---|---|---|---|\n| 대 수 | 2 | 1 | 3 |\n")
    assert len(r.vehicles) == 1
    assert r.vehicles[0].source.line != r.vehicles[0].heading_source.line
    assert vehicle_findings(r) == []


def test_a_date_after_the_categories_dates_the_fleet():
    r = report("## 3. 차량 현황 : 총 2대 (승용 1, 승합 1) (2025. 5. 31. 기준)\n")
    assert [(f.printed_total, f.as_of.isoformat()) for f in r.vehicles] == [(2, "2025-05-31")]


def test_a_count_after_the_fleets_name_with_no_total_word():
    r = report("## 3. 일반현황\n\n□ 공용차량 12대 (승용 5, 승합 7)\n")
    assert fleets(r) == [("공용차량", 12, [("공용차량", "승용", None, 5), ("공용차량", "승합", None, 7)], 13)]
