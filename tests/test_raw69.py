"""`pdftotext -raw` of a department's report read as its text twin (`pipeline/one_space_tables.py`): a staffing
table whose header groups its grades under classes of posts by kind, no grade repeated (`일 반 직`, `연 구 직`,
`지 도 직` over `5급 6급 연구관 연구사 지도관 지도사`); one of two label columns each a word set apart (`직 렬 직 급`),
a class's label on a line of its own over its first grade's row, a class and its grade as one label (`별정직 6급`)
and a class of no grade (`공무직`); signed figures (`+1`); a table whose rows' labels end in a period
(`제259회 임시회 2025. 2. 10. ~ 2. 21.`), a cell of its own, followed by a wider table after a line of text; a
header of years' months (`’24. 1~5월`). Before, each stayed text, or the period table was read joined to the one
below it and its sum checked wrong."""

from checks import run_checks
from extractors import extract_report
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document


def _report(tmp_path, text):
    path = tmp_path / "raw.txt"
    path.write_text(text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


STAFFING_BY_KIND = """2 인 력
(2025. 5. 31. 기준, 단위: 명)
구 분 일 반 직 연 구 직 지 도 직 공무직 계
5급 6급 연구관 연구사 지도관 지도사
정 원 1 3 1 2 1 4 3 15
현 원 1 4 1 1 1 5 3 16
과부족 - +1 - △1 - +1 - +1
3 주요시설 및 장비
"""


def test_grades_grouped_under_classes_by_kind_no_grade_repeated(tmp_path):
    staffing = _report(tmp_path, STAFFING_BY_KIND).staffing
    assert [(c.job_class, c.grade, c.headcount) for c in staffing if c.status == "현원"] == [
        ("일반직", "5급", 1), ("일반직", "6급", 4), ("연구직", "연구관", 1), ("연구직", "연구사", 1),
        ("지도직", "지도관", 1), ("지도직", "지도사", 5), ("공무직", "계", 3), ("계", "계", 16)]
    assert [(c.job_class, c.grade, c.headcount) for c in staffing if c.status == "과부족"][:2] == [
        ("일반직", "5급", 0), ("일반직", "6급", 1)]


STAFFING_BY_CLASS_AND_GRADE = """2 인 력
(2025. 5. 31. 기준, 단위: 명)
직 렬 직 급 정 원 현 원 과부족
일반직
4급 1 1 -
5급 3 3 -
별정직 6급 1 1 -
시간선택제임기제 라급 6 5 △1
공무직 2 4 +2
계 13 14 +1
※ 시간선택제임기제: 정책지원관
3 주요시설 및 장비
"""


def test_a_class_and_grade_table_of_two_label_columns(tmp_path):
    staffing = _report(tmp_path, STAFFING_BY_CLASS_AND_GRADE).staffing
    assert [(c.job_class, c.grade, c.headcount) for c in staffing if c.status == "현원"] == [
        ("일반직", "4급", 1), ("일반직", "5급", 3), ("별정직", "6급", 1), ("시간선택제임기제", "라급", 5),
        ("공무직", "계", 4), ("계", "계", 14)]
    assert [(c.job_class, c.grade, c.headcount) for c in staffing if c.status == "과부족"][-2:] == [
        ("공무직", "계", 2), ("계", "계", 1)]


PERIODS_AND_MONTHS = """2025년 주요업무 보고
Ⅱ. 주요업무 추진실적
1 회기 운영 및 의안 처리 의사팀
회기를 원활하게 운영하고자 함
□ 주요 추진실적
- 회기 운영
구 분 기 간 일 수 비 고
제259회 임시회 2025. 2. 10. ~ 2. 21. 12 업무보고
제260회 임시회 2025. 3. 24. ~ 3. 28. 5
계 18
- 의안 처리 현황
(단위: 건)
구 분 조례안 예산안 동의안 의견청취 기 타 계
접 수 38 2 11 4 6 61
가 결 33 2 10 4 5 54
- 농기계 임대 실적
(단위: 건)
구 분 ’24. 1~5월 ’25. 1~5월 증 감
관리기 142 128 △14
경운기 86 91 5
"""


def test_a_period_a_cell_of_its_own_a_wider_table_below_another_and_months_labels(tmp_path):
    report = _report(tmp_path, PERIODS_AND_MONTHS)
    tables = [table.rows for table in report.tables]
    assert tables == [
        [["구 분", "기 간", "일 수", "비 고"], ["제259회 임시회", "2025. 2. 10. ~ 2. 21.", "12", "업무보고"],
         ["제260회 임시회", "2025. 3. 24. ~ 3. 28.", "5", ""], ["계", "", "18", ""]],
        [["구 분", "조례안", "예산안", "동의안", "의견청취", "기 타", "계"], ["접 수", "38", "2", "11", "4", "6", "61"],
         ["가 결", "33", "2", "10", "4", "5", "54"]],
        [["구 분", "’24. 1~5월", "’25. 1~5월", "증 감"], ["관리기", "142", "128", "△14"], ["경운기", "86", "91", "5"]]]
    assert [(f.rule, f.expected, f.actual) for f in run_checks(report) if f.rule == "sum.table"] == [
        ("sum.table", "17", "18")]


def test_labels_of_no_post_stay_one_group():
    """Only grades and ranks tell kinds apart: `살수차 고소작업차` part no group (as before; parted there, the fleet's
    특수 소계 was checked against 2 vehicles). The `소 계` right of them is `임 시`'s, printed in one cell with it
    (tests/test_pdf90.py; before, `특 수 임 시` one category and `소 계` a column of its own)."""
    lines = ["총 계 특 수 임 시 소 계", "소 계 살수차 고소작업차 기타", "7 5 2 1 2 2"]
    assert one_space_tables(lines) == [
        "총 계\t특 수\t\t\t\t임 시 소 계", "\t소 계\t살수차\t고소작업차\t기타\t", "7\t5\t2\t1\t2\t2"]


FLEET_BY_KIND_AND_USE = """2025년 주요업무 보고
Ⅰ. 일반현황
3 주요시설 및 장비
□ 공용차량 - 총 4대
(단위: 대)
차 종 용 도 계 휘발유 경유 전기
승 용 업무용 2 - - 2
승 합 교육생 수송 1 - 1 -
화 물 농기계 운반 1 - 1 -
계 4 - 2 2
"""


def test_a_spaced_kind_and_its_use_two_label_columns(tmp_path):
    """`승 용 업무용` under `차 종 용 도`: the kind's letters set apart one cell, the use the next."""
    fleet, = _report(tmp_path, FLEET_BY_KIND_AND_USE).vehicles
    assert [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts if c.count] == [
        ("승용 업무용", "소계", None, 2), ("승용 업무용", None, "전기", 2),
        ("승합 교육생수송", "소계", None, 1), ("승합 교육생수송", None, "경유", 1),
        ("화물 농기계운반", "소계", None, 1), ("화물 농기계운반", None, "경유", 1),
        ("계", "계", None, 4), ("계", None, "경유", 2), ("계", None, "전기", 2)]


STAFFING_TOTAL_TWICE = """2 인 력
(5.31.기준)
구 분 구 분 정 원 현 원 과부족
계 계 13 12 △1
일반직 소 계 11 10 △1
일반직 5급 1 1 -
일반직 6급 10 9 △1
임기제 전문임기제 2 2 -
3 주요시설 및 장비
"""


def test_a_total_printed_twice_and_a_class_of_a_class(tmp_path):
    """`계 계` over both label columns, `임기제 전문임기제` a class and its kind: two labels each."""
    staffing = _report(tmp_path, STAFFING_TOTAL_TWICE).staffing
    assert [(c.job_class, c.grade, c.headcount) for c in staffing if c.status == "현원"] == [
        ("계", "계", 12), ("일반직", "계", 10), ("일반직", "5급", 1), ("일반직", "6급", 9),
        ("임기제", "전문임기제", 2)]
