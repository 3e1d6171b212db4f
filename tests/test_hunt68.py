"""Two department reports in the real report's conventions (`2025-yeongdeungpo-chongmu.txt`: tabs, `#` headings,
계 rows) printed as other departments would (branch hunt68): `2025-hanbit-dosinongeop.txt` (농업기술센터 도시농업과:
일반직, 연구직 and 지도직 grades beside 공무직 and 기간제, 과부족 `+1`, the 계 column and rows last, a fleet by 차종
and 용도 over fuel columns, budgets in 백만원 of 단위사업 over 세부사업, by 국비/시비/구비/기금 as rows, and by
source as columns beside each 단위사업's 계, a project's budget under `재 원`) and
`2025-hanbit-uihoesamuguk.txt` (한빛구의회 사무국: staffing turned round, its statuses as columns, 별정직,
시간선택제임기제 and 공무직, a fleet of `승용(대형)` and a vehicle list, 회기 dates, 향후계획 of `’26. 1월~2월`,
`매월`, `분기별`, `수시`; two errors planted: 7급's 과부족 `△2` where 4 − 5 is −1, the 회기' 일수 계 23 where 12 + 5
+ 5 is 22). What was read wrong before: `vehicle_categories` counted a fleet by fuel's 계 twice over (its 계 and
its fuels', 12 of 6) and the 용도 of a category as a category of its own (`화물 농기계운반`, no `화물`); a 단위사업
table printing `계 | 국비 | 시비 | 구비 | 기금` beside its names was no budget (a grid: the department had no
budget by source); a project's table under `재 원` named each line `계`, a wrong 계 blamed on its rate; a count
table's `승용(대형)` was a category of its own; `pdftotext -layout`'s text of the 의회사무국's PDF, every row label as
many syllables as the others but the `계`'s, was read by display columns, the 계's figures a column left."""

import functools
import sqlite3
from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file
from tests.conftest import every_item
from tests.test_department_reports import planted

REPORTS = Path(__file__).parent / "department_reports"
FARMING = "2025-hanbit-dosinongeop.txt"
COUNCIL = "2025-hanbit-uihoesamuguk.txt"
M = 1_000_000  # 백만원
K = 1_000  # 천원


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(name: str) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.source.line) for f in run_checks(report(name))]


def staffing(name: str, status: str) -> list[tuple]:
    return [(s.job_class, s.grade, s.headcount) for s in report(name).staffing if s.status == status]


def budget(name: str, table_no: int) -> list[tuple]:
    return [(b.name, b.parent, b.budget_krw, b.executed_krw, b.execution_rate)
            for b in report(name).budget if b.table_no == table_no]


def items(project) -> list[tuple]:
    """Each item's text, the months it runs in and its amount, nested ones too."""
    return [(item.text, item.months, item.amount_krw) for item in every_item(project.items)]


def project_budget(project) -> list[tuple]:
    return [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, b.funding_source) for b in project.budget_lines]


def months(year: int, first: int, last: int) -> list[str]:
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def test_the_farming_departments_staffing_fleet_and_budget():
    assert (report(FARMING).document.department, report(FARMING).document.team_count) == ("도시농업과", 3)
    assert staffing(FARMING, "정원") == [
        ("일반직", "5급", 1), ("일반직", "6급", 3), ("일반직", "7급", 4), ("일반직", "8급", 2), ("연구직", "연구관", 1),
        ("연구직", "연구사", 2), ("지도직", "지도관", 1), ("지도직", "지도사", 4), ("공무직", "계", 3),
        ("기간제", "계", 0), ("계", "계", 21)]
    assert [n for *_, n in staffing(FARMING, "현원")] == [1, 4, 3, 2, 1, 1, 1, 5, 3, 2, 23]
    assert [n for *_, n in staffing(FARMING, "과부족")] == [0, 1, -1, 0, 0, -1, 0, 1, 0, 2, 2]  # `+1`, `△1`, `+2`
    [fleet] = report(FARMING).vehicles
    assert (fleet.printed_total, [(c.category, c.kind, c.fuel, c.count) for c in fleet.counts if c.count]) == (6, [
        ("승용 업무용", "소계", None, 2), ("승용 업무용", None, "전기", 1), ("승용 업무용", None, "하이브리드", 1),
        ("승합 교육생수송", "소계", None, 1), ("승합 교육생수송", None, "경유", 1),
        ("화물 농기계운반", "소계", None, 1), ("화물 농기계운반", None, "경유", 1),
        ("화물 농산물운반", "소계", None, 1), ("화물 농산물운반", None, "전기", 1),
        ("특수 방제차량", "소계", None, 1), ("특수 방제차량", None, "경유", 1),
        ("계", "계", None, 6), ("계", None, "경유", 3), ("계", None, "전기", 2), ("계", None, "하이브리드", 1)])
    assert budget(FARMING, 1) == [
        ("도시농업 활성화", None, 1240 * M, 512 * M, 41.3),
        ("도시텃밭 조성", "도시농업 활성화", 820 * M, 376 * M, 45.9),
        ("도시농업 교육", "도시농업 활성화", 420 * M, 136 * M, 32.4), ("농업인 지원", None, 655 * M, 289 * M, 44.1),
        ("친환경 농자재 지원", "농업인 지원", 455 * M, 213 * M, 46.8),
        ("농기계 임대", "농업인 지원", 200 * M, 76 * M, 38.0),
        ("기본경비", None, 38 * M, 15 * M, 39.5), ("계", None, 1933 * M, 816 * M, 42.2)]
    assert budget(FARMING, 2) == [("국비", None, 310 * M, 124 * M, 40.0), ("시비", None, 425 * M, 200 * M, 47.1),
                                  ("구비", None, 1048 * M, 452 * M, 43.1), ("기금", None, 150 * M, 40 * M, 26.7),
                                  ("계", None, 1933 * M, 816 * M, 42.2)]
    # `단위사업 | 계 | 국 비 | 시 비 | 구 비 | 기 금`: each line's 계 its budget, its sources beside it (before, a grid)
    assert budget(FARMING, 3) == [("도시농업 활성화", None, 1240 * M, None, None),
                                  ("농업인 지원", None, 655 * M, None, None), ("기본경비", None, 38 * M, None, None),
                                  ("계", None, 1933 * M, None, None)]
    assert [b.other_columns for b in report(FARMING).budget if b.table_no == 3][0] == {
        "국비": "100", "시비": "300", "구비": "690", "기금": "150"}


def test_the_farming_departments_projects():
    first, second, third, fourth = report(FARMING).projects
    assert [(p.title, p.team) for p in report(FARMING).projects] == [
        ("도시텃밭 조성 및 운영", "도시농업팀"), ("도시농업 교육", "연구개발팀"), ("친환경 농자재 지원", "농업지원팀"),
        ("농기계 임대사업", "농업지원팀")]
    assert items(first) == [
        ("기 간: 2025. 1월 ~ 12월", months(2025, 1, 12), None),
        ("대 상: 구민 텃밭 12개소(1,850구획), 상자텃밭 1,200세트", None, None),
        ("사업비: 8억 2,000만원 (시비 3억원, 구비 5억 2,000만원)", None, 820 * M),
        ("구민 텃밭 분양 및 운영", None, None),
        ("텃밭 분양 추첨: 3월 / 1,850구획 (경쟁률 2.4:1)", ["2025-03"], None),
        ("텃밭 개장식 및 안전교육: 4월 / 1,320명", ["2025-04"], None),
        ("생활 속 텃밭 보급", None, None),
        ("상자텃밭 보급: 4월~5월 / 1,200세트, 1억 2,300만원", months(2025, 4, 5), 123 * M),
        ("옥상텃밭 조성(구청 별관): 5월 / 4,500만원", ["2025-05"], 45 * M),
        ("가을 김장채소 재배 교육: 8월~9월", months(2025, 8, 9), None),
        ("텃밭 운영 실태 점검: 매월", months(2025, 1, 12), None),
        ("텃밭 경작자 만족도 조사: 분기별", months(2025, 1, 12), None),
        ("2026년 텃밭 분양 신청 접수: ’26. 1월~2월", months(2026, 1, 2), None)]
    assert project_budget(first) == [("시비", 300 * M, 150 * M, 50.0, "시비"), ("구비", 520 * M, 226 * M, 43.5, "구비"),
                                     ("계", 820 * M, 376 * M, 45.9, None)]
    # under `재 원` (before, each line named `계`)
    assert project_budget(second) == [("국비", 100 * M, 40 * M, 40.0, "국비"), ("구비", 170 * M, 56 * M, 32.9, "구비"),
                                      ("기금", 150 * M, 40 * M, 26.7, "기금"), ("계", 420 * M, 136 * M, 32.4, None)]
    assert [(text, found) for text, found, _ in items(second)][-2:] == [
        ("농업인 대학 운영: 분기별", months(2025, 1, 12)), ("텃밭 현장 컨설팅: 수시", None)]
    assert items(third)[3:] == [
        ("유기질비료 공급: 3월~4월 / 186호, 2억원", months(2025, 3, 4), 200 * M),
        ("미생물제제 공급: 매월 / 1,420ℓ", months(2025, 1, 12), None),
        ("친환경 방제약제 지원: 5월 / 1,300만원", ["2025-05"], 13 * M),
        ("가을철 유기질비료 추가 공급: 9월~10월 / 5억원 (일부 국비 포함)", months(2025, 9, 10), 500 * M),
        ("지원 농가 사후관리: 수시", None, None)]
    assert project_budget(third)[-1] == ("계", 455 * M, 213 * M, 46.8, None)
    assert items(fourth)[-3:] == [("농기계 안전사용 교육: 상·하반기", months(2025, 1, 12), None),
                                  ("농기계 정비 점검: 분기별", months(2025, 1, 12), None),
                                  ("2026년 농기계 구입 수요조사: ’25. 11월~12월", months(2025, 11, 12), None)]
    assert project_budget(fourth) == [("구비", 200 * M, 76 * M, 38.0, "구비")]
    [rentals] = [t for t in report(FARMING).tables if t.caption == "농기계 임대 실적"]
    assert rentals.rows[-1] == ["계", "268", "256", "△12"]


def test_the_farming_report_gives_no_finding_and_a_wrong_figure_is_found_on_its_cell():
    assert findings(FARMING) == []
    # a source of a 단위사업 by source as columns (before, a grid: only the 계 row's column sum was checked)
    assert planted(FARMING, "도시농업 활성화\t1,240\t100\t300\t690", "도시농업 활성화\t1,240\t100\t300\t700") == [
        ("sum.funding", "도시농업 활성화", "구비", "690백만원", "700백만원")]
    # a project's 계 under `재 원` (before, its rate was blamed: 31.6 for 32.4); its text's `4억 2,000만원` is the
    # error's 420백만원, no warning beside it (before hunt70, `cross.project_budget` too)
    assert planted(FARMING, "기 금\t150\t40\t26.7\n계\t420", "기 금\t150\t40\t26.7\n계\t430") == [
        ("sum.project_budget", "계", "예산액", "420백만원", "430백만원")]
    assert planted(FARMING, "계\t\t6\t-\t3\t2\t1", "계\t\t6\t-\t4\t2\t1") == [("sum.vehicles", "계", "경유", "3", "4")]
    assert planted(FARMING, "과부족\t-\t+1\t△1", "과부족\t-\t+2\t△1") == [
        ("shortfall", "과부족", "일반직 6급", "1", "2")]


def test_the_council_secretariats_report_and_its_planted_errors():
    found = report(COUNCIL)
    assert (found.document.department, found.document.team_count) == ("의회사무국", 4)
    assert staffing(COUNCIL, "정원") == [
        ("일반직", "4급", 1), ("일반직", "5급", 3), ("일반직", "6급", 6), ("일반직", "7급", 5), ("일반직", "8급", 2),
        ("별정직", "6급", 1), ("시간선택제임기제", "라급", 6), ("공무직", "계", 2), ("계", "계", 26)]
    assert [n for *_, n in staffing(COUNCIL, "현원")] == [1, 3, 7, 4, 2, 1, 5, 4, 27]
    assert [n for *_, n in staffing(COUNCIL, "과부족")] == [0, 0, 1, -2, 0, 0, -1, 2, 1]
    [fleet] = found.vehicles
    # `승용(대형)`: the 승용's 대형, as a list's `승용(소형)` is (before, a category `승용(대형)`)
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("승용", "대형", 1), ("승합", "11인승", 1), ("계", "계", 2)]
    assert [(c.category, c.kind, c.fuel, c.count) for c in fleet.listed] == [
        ("계", "계", None, 2), ("승용", "그랜저", "하이브리드", 1), ("승합", "스타리아", "경유", 1)]
    assert budget(COUNCIL, 1)[-1] == ("계", None, 1_732_500 * K, 763_390 * K, 44.1)
    assert [line[1] for line in budget(COUNCIL, 1)] == [
        None, "의정활동 지원", "의정활동 지원", "의정활동 지원", None, "의회 운영", "의회 운영", None, None]
    sessions, bills = found.projects[0], found.projects[2]
    assert items(sessions)[-2:] == [("2026년 의사일정 수립: ’25. 12월", ["2025-12"], None),
                                    ("2026년 제1차 임시회 준비: ’26. 1월~2월", months(2026, 1, 2), None)]
    assert items(bills)[2:5] == [("의정소식지 발간: 2월, 5월 / 각 3만부, 2,400만원", ["2025-02", "2025-05"], 24 * M),
                                 ("본회의 인터넷 생중계: 회기별 / 조회 1만 2,300회", None, None),
                                 ("청소년 의회교실 운영: 4월~5월 / 8회, 312명", months(2025, 4, 5), None)]
    assert [p.title for p in found.projects] == [
        "회기 운영 및 의안 처리", "정책지원관 운영", "열린 의회 홍보", "의원 역량 강화", None]
    assert items(found.projects[-1]) == [
        ("제263회 임시회 및 제264회 정례회 준비: 9월~12월", months(2025, 9, 12), None),
        ("의정활동 만족도 조사: ’25. 11월", ["2025-11"], None),
        ("2026년 의회 운영계획 수립: ’26. 1월", ["2026-01"], None)]
    # the two planted errors, each on its own cell and line
    assert findings(COUNCIL) == [("shortfall", "과부족", "일반직 7급", "-1", "-2", 39),
                                 ("sum.table", "계", "일 수", "22", "23", 113)]
    lines = (REPORTS / COUNCIL).read_text(encoding="utf-8").splitlines()
    assert (lines[38], lines[112]) == ("\t7급\t5\t4\t△2", "계\t\t23\t")


def test_vehicle_categories_count_a_fleet_by_fuel_once_and_a_category_parted_by_use_as_itself(cli, tmp_path):
    assert cli("ingest", "--db", tmp_path / "r.db", REPORTS / FARMING, REPORTS / COUNCIL)[0] == 0
    db = sqlite3.connect(tmp_path / "r.db")
    rows = db.execute("SELECT d.department, c.category, c.count FROM vehicle_categories c "
                      "JOIN documents d ON d.id = c.document_id WHERE c.status = '보유' "
                      "ORDER BY d.department, c.category").fetchall()
    # before: 도시농업과's 계 12 (its 6 and its fuels' 6), its categories `승용 업무용` … `화물 농산물운반` (no `화물`),
    # 의회사무국's `승용(대형)` and `승합(11인승)`
    # (no 계 row since fleet112: the fleet's total is vehicle_totals')
    assert rows == [("도시농업과", "승용", 2), ("도시농업과", "승합", 1), ("도시농업과", "특수", 1),
                    ("도시농업과", "화물", 2), ("의회사무국", "승용", 1), ("의회사무국", "승합", 1)]


def test_an_older_fixtures_fleet_by_fuel_is_counted_once(cli, tmp_path):
    """청소행정과 2021's 청소차량, its fuels as rows over its kinds (`경 유 | 29 | 8 …` under `계 | 48 | 20 …`):
    the fleet by fuel, its 계 48 (before, 96: the 계 and its fuels' counts)."""
    assert cli("ingest", "--db", tmp_path / "r.db", REPORTS / "2021-hanbit-cheongsohaengjeong.txt")[0] == 0
    db = sqlite3.connect(tmp_path / "r.db")
    # its kinds under the category their names tell (fleet112; before, each a category of its own beside a 계 48)
    assert db.execute("SELECT category, count FROM vehicle_categories").fetchall() == [("화물", 48)]
    assert db.execute("SELECT held FROM vehicle_totals").fetchall() == [(48,)]


def test_a_category_parted_by_a_second_label_column_counts_its_own_row_where_it_prints_one(cli, tmp_path):
    text = ("제262회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 도시농업과\n\n# Ⅰ. 일반현황\n\n"
            "#### □ 공용차량 - 총 5대\n\n(단위: 대)\n\n구 분\t차 종\t계\t휘발유\t경유\t전기\n"
            "승 용\t소 계\t2\t-\t-\t2\n\t소 형\t2\t-\t-\t2\n화 물\t소 계\t3\t-\t2\t1\n\t소 형\t1\t-\t1\t-\n"
            "\t중 형\t2\t-\t1\t1\n계\t\t5\t-\t2\t3\n")
    path = tmp_path / "2025-도시농업과.txt"
    path.write_text(text, encoding="utf-8")
    assert cli("ingest", "--db", tmp_path / "r.db", path)[0] == 0
    db = sqlite3.connect(tmp_path / "r.db")
    assert db.execute("SELECT category, count FROM vehicle_categories ORDER BY category").fetchall() == [
        ("승용", 2), ("화물", 3)]
    assert findings_of(extract_file(path)) == []


def findings_of(found) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(found)]


def at(*cells: tuple[int, str]) -> str:
    """A line of cells each at its character column, as `pdftotext -layout` prints a PDF's words."""
    line = ""
    for column, text in cells:
        line += " " * (column - len(line)) + text
    return line


# `pdftotext -layout` of the 의회사무국's PDF (`scripts/make_pdfs.py`): every syllable one column, so the rows'
# figures start where their labels do; each row's label as many syllables as the others but the `계` row's
FLEET_BY_CHARACTERS = "\n\n".join([
    "□ 공용차량 - 총 2대", at((43, "차종"), (56, "대수"), (72, "비고")),
    at((38, "승용(대형)"), (56, "1"), (65, "의장 업무용")), at((38, "승합(11인승)"), (56, "1"), (65, "의정활동 지원")),
    at((38, "계"), (56, "2"))])
SESSIONS_BY_CHARACTERS = "\n\n".join([
    " - 회기 운영", at((44, "구분"), (67, "기간"), (85, "일수"), (95, "비고")),
    at((40, "제259회 임시회"), (57, "2025. 2. 10. ~ 2. 21."), (85, "12"), (94, "업무보고")),
    at((40, "제260회 임시회"), (57, "2025. 3. 24. ~ 3. 28."), (85, "5")),
    at((40, "제261회 임시회"), (57, "2025. 4. 21. ~ 4. 25."), (85, "5"), (94, "추경 심사")),
    at((40, "계"), (85, "23"))])


def test_a_total_row_of_fewer_cells_tells_a_table_laid_out_by_characters_where_nothing_else_does():
    """The rows' labels alike in syllables and the header over its figures in either count tell nothing; the `계`
    row, a cell or two short, lines up with the row above by characters alone. Before, read by display columns:
    the 계's `2` and `23` a column left of their figures (no 계 of the fleet; `sum.table` of a `3열` expected 0)."""
    text = ("제262회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n한빛구의회 사무국\n\nⅠ. 일반현황\n\n"
            f"{FLEET_BY_CHARACTERS}\n\nⅡ. 주요업무 추진실적\n\n1 회기 운영 및 의안 처리 의사팀\n\n"
            f"{SESSIONS_BY_CHARACTERS}\n")
    found = extract_file(Path("2025-의회사무국.txt"), text.encode())
    [fleet] = found.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("승용", "대형", 1), ("승합", "11인승", 1), ("계", "계", 2)]
    [sessions] = [t for t in found.tables if t.caption == "회기 운영"]
    assert sessions.rows[-1] == ["계", "", "23", ""]
    assert findings_of(found) == [("sum.table", "계", "일수", "22", "23")]
