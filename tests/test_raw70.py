"""`pdftotext -raw` of the older department fixtures' PDFs (drawn by scripts/make_pdfs.py) read as their text twins
(`pipeline/one_space_tables.py`): grades two as one (`8ㆍ9급`) and a class's grades starting again where a grade
ranks no lower than the one before (`6급 7급 8급 5급 …`); a header's lower runs of letters set apart parted as the
columns ask (`소 계 소 형 중 형`); a header of three lines (`일 반 직` over `행 정 사 서` over grades); classes a kind
of their own among grades (`전문임기제` after `8급`); `회 계` one label of a budget header of two label columns; a
dash among a bare row's figures (`615 - - 615`); a table's rows going on under its header printed again over a page,
rows labelled under the one above (`- 지방소득세`) or in Latin letters (`CNG`); a table cut short where the next
line is a row of fewer figures (blank cells `-raw` dropped) stays text; a numbered title with its team in brackets
goes on from no bullet; a season among months (`1/4분기 4월 5월`) read without a day (before, an IndexError)."""


import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document
from pipeline.values import parse_period
from tests.conftest import ROOT
from tests.layouts import needs_pdftotext, pdftotext_reading, records_but_the_document


def _report(tmp_path, text):
    path = tmp_path / "raw.txt"
    path.write_text(text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


def _findings(report):
    return sorted((f.rule, f.expected, f.actual) for f in run_checks(report))


STAFFING_GRADES_START_AGAIN = """2. 인 력
(2025. 5. 31. 기준, 단위: 명)
구 분 계 행 정 직 토 목 직 운 전 직 공무직
6급 7급 8급 5급 6급 7급 8ㆍ9급 8급
정 원 24 1 2 1 1 4 6 5 1 3
현 원 23 1 1 2 1 4 5 5 1 3
과부족 △1 - △1 1 - - △1 - - -
3. 차량현황
(단위: 대)
구 분 총 계 승 용 화 물 특 수
소 계 소 형 소 계 소 형 중 형 소 계 기 타
보 유 5 1 1 3 2 1 1 1
"""


def test_grades_start_again_where_one_ranks_no_lower_and_runs_of_letters_part_as_the_columns_ask(tmp_path):
    report = _report(tmp_path, STAFFING_GRADES_START_AGAIN)
    assert [(c.job_class, c.grade, c.headcount) for c in report.staffing if c.status == "현원"] == [
        ("계", "계", 23), ("행정", "6급", 1), ("행정", "7급", 1), ("행정", "8급", 2), ("토목", "5급", 1),
        ("토목", "6급", 4), ("토목", "7급", 5), ("토목", "8·9급", 5), ("운전", "8급", 1), ("공무직", "계", 3)]
    [fleet] = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 5), ("승용", "소계", 1), ("승용", "소형", 1), ("화물", "소계", 3), ("화물", "소형", 2),
        ("화물", "중형", 1), ("특수", "소계", 1), ("특수", "기타", 1)]


def test_a_header_of_three_lines_and_classes_among_grades():
    assert one_space_tables(["구 분 계 일 반 직 공무직", "행 정 사 서", "5급 6급 7급 8급 6급 7급",
                             "정 원 16 1 3 4 3 1 2 2"]) == [
        "구 분\t계\t일 반 직\t\t\t\t\t\t공무직", "\t\t행 정\t\t\t\t사 서\t\t", "\t\t5급\t6급\t7급\t8급\t6급\t7급\t",
        "정 원\t16\t1\t3\t4\t3\t1\t2\t2"]
    assert one_space_tables(["구 분 계 일반직 임기제", "5급 6급 7급 8급 전문임기제 시간선택제임기제",
                             "정 원 18 1 4 5 3 3 2"]) == [
        "구 분\t계\t일반직\t\t\t\t임기제\t", "\t\t5급\t6급\t7급\t8급\t전문임기제\t시간선택제임기제",
        "정 원\t18\t1\t4\t5\t3\t3\t2"]


BUDGET_BY_ACCOUNT = """5. 예산현황
(5.31.기준, 단위: 천원)
회 계 단위사업 예산액 집행액 집행률(%)
합 계 20,372,400 6,985,986 34.3
일반회계
소 계 9,281,900 3,237,786 34.9
하천 유지관리 1,842,000 736,800 40.0
기본경비 7,439,900 2,500,986 33.6
특별회계
소 계 11,090,500 3,748,200 33.8
하수도 유지관리 4,210,500 1,684,200 40.0
하수관로 정비 6,880,000 2,064,000 30.0
Ⅱ. 주요업무 추진실적
"""


def test_a_budget_by_account_its_first_label_spaced(tmp_path):
    report = _report(tmp_path, BUDGET_BY_ACCOUNT)
    assert [(line.name, line.parent, line.budget_krw) for line in report.budget] == [
        ("계", None, 20_372_400_000), ("일반회계", None, 9_281_900_000), ("하천 유지관리", "일반회계", 1_842_000_000),
        ("기본경비", "일반회계", 7_439_900_000), ("특별회계", None, 11_090_500_000),
        ("하수도 유지관리", "특별회계", 4_210_500_000), ("하수관로 정비", "특별회계", 6_880_000_000)]
    assert [f for f in run_checks(report) if f.rule.startswith(("sum.", "rate."))] == []


def test_a_row_of_fewer_figures_below_leaves_the_table_text(tmp_path):
    """`도시관리팀 6 2 2 1 1`: a blank cell dropped, its column untold; read, the 계 was checked against one team."""
    text = """2025년 주요업무 보고
2. 인 력
(2025. 5. 31. 현재)
팀 별 계 5급 6급 7급 8급 9급
계 19 1 4 7 4 3
도시계획팀 7 1 1 3 1 1
도시관리팀 6 2 2 1 1
지구단위계획팀 6 1 2 2 1
3. 예산현황
"""
    report = _report(tmp_path, text)
    assert report.staffing == []
    assert [f for f in run_checks(report) if f.rule == "sum.staffing"] == []


ROWS_UNDER_ROWS_OVER_A_PAGE = """2025 주요업무보고
- 1 -
1. 지방세 체납액 일제 정리 (체납관리팀)
□ 체납액 정리 현황
(단위: 백만원, %)
구 분 체납액 정리액 정리율 잔 액
계 18,420 6,140 33.3 12,280
시 세 11,200 3,920 35.0 7,280
- 지방소득세 6,800 2,380 35.0 4,420
\f2025 주요업무보고
- 2 -
구 분 체납액 정리액 정리율 잔 액
- 자동차세 4,400 1,540 35.0 2,860
구 세 7,220 2,220 30.7 5,000
- 재산세 5,100 1,580 31.0 3,520
- 주민세 2,120 640 30.2 1,480
□ 월별 체납 정리 실적
"""


def test_rows_under_rows_go_on_under_the_header_printed_again(tmp_path):
    report = _report(tmp_path, ROWS_UNDER_ROWS_OVER_A_PAGE)
    [table] = report.tables
    assert [row[:2] for row in table.rows] == [
        ["구 분", "체납액"], ["계", "18,420"], ["시 세", "11,200"], ["- 지방소득세", "6,800"], ["- 자동차세", "4,400"],
        ["구 세", "7,220"], ["- 재산세", "5,100"], ["- 주민세", "2,120"]]
    assert [f for f in run_checks(report) if f.rule == "sum.table"] == []


def test_a_row_labelled_in_latin_letters_and_a_dash_among_bare_figures(tmp_path):
    fleet_text = """2025년 주요업무 보고
3. 청소차량 현황 : 총 48대
(단위: 대)
구 분 계 압축진개차 암롤차 노면청소차
계 48 20 22 6
경 유 29 8 18 3
CNG 15 12 - 3
전 기 4 - 4 -
4. 예산현황
"""
    [fleet] = _report(tmp_path, fleet_text).vehicles
    assert [(c.category, c.count) for c in fleet.counts if c.fuel == "CNG"] == [
        ("계", 15), ("화물 압축진개차", 12), ("화물 암롤차", 0), ("화물 노면청소차", 3)]
    assert one_space_tables(["* 예 산", "(단위: 백만원)", "계 국비 시비 구비", "615 - - 615", "□ 추진실적"])[2:4] == [
        "계\t국비\t시비\t구비", "615\t-\t-\t615"]


def test_a_numbered_title_with_its_team_goes_on_from_no_bullet(tmp_path):
    text = """Ⅱ. 주요업무 추진실적
1 불법 주정차 단속 (교통지도팀)
□ 향후계획
- 시간제 주차허용구간 확대: 2월~3월 검토, 하반기 시행
2 택시 서비스 개선 (택시물류팀)
□ 사업개요
- 기 간: 2025. 1. ~ 12.
"""
    report = _report(tmp_path, text)
    assert [(p.seq, p.title, p.team) for p in report.projects] == [
        (1, "불법 주정차 단속", "교통지도팀"), (2, "택시 서비스 개선", "택시물류팀")]


@pytest.mark.parametrize(("lines", "read"), [
    # a fall marked ▼ a figure
    (["구 분 2024년 2025년 증 감", "1월 2,108.2 2,210.4 ▲102.2", "2월 1,889.4 1,850.1 ▼49.3"],
     ["구 분\t2024년\t2025년\t증 감", "1월\t2,108.2\t2,210.4\t▲102.2", "2월\t1,889.4\t1,850.1\t▼49.3"]),
    # `누 계`, a word ending in 계 no total of its own
    (["구 분 1/4분기 4월 5월 누 계 전년 동기 증 감", "계 14,310 4,920 4,812 24,042 23,180 862"],
     ["구 분\t1/4분기\t4월\t5월\t누 계\t전년 동기\t증 감", "계\t14,310\t4,920\t4,812\t24,042\t23,180\t862"]),
    # a tax's words set apart over counts and amounts
    (["세 목 부 과 징 수 미 수 납 징수율(%)", "건수 금액 건수 금액 건수 금액",
      "주민세 201,800 7,800 176,920 3,330 24,880 4,470 47.2"],
     ["세 목\t부 과\t\t징 수\t\t미 수 납\t\t징수율(%)", "\t건수\t금액\t건수\t금액\t건수\t금액\t",
      "주민세\t201,800\t7,800\t176,920\t3,330\t24,880\t4,470\t47.2"]),
])
def test_falls_marked_and_words_set_apart_such_headers_print(lines, read):
    assert one_space_tables(lines) == read


def test_a_groups_label_merged_down_below_its_total_over_rows_adding_up_to_it():
    """`도시공원` merged down over its total and rows, centred below the total: its group's label beside that total."""
    lines = ["구 분 개소 면적(m²)", "계 42 1,254,000", "도시공원", "근린공원 12 980,000", "어린이공원 30 274,300",
             "□ 공용차량"]
    assert one_space_tables(lines) == [
        "구 분\t\t개소\t면적(m²)", "도시공원\t계\t42\t1,254,000", "\t근린공원\t12\t980,000",
        "\t어린이공원\t30\t274,300", "", "□ 공용차량"]


def test_a_season_among_months_is_read_without_a_day():
    assert parse_period("구 분 1/4분기 4월 5월 누 계", 2025) is not None


FIXTURES = ROOT / "tests" / "department_reports"
RECORDS = ("staffing", "vehicles", "budget")


@needs_pdftotext
@pytest.mark.parametrize(("fixture", "records"), [
    ("2025-hanbit-chisu.txt", RECORDS), ("2025-hanbit-gyoyuk.txt", None), ("2025-hanbit-hongbo.md", RECORDS),
    ("2025-hanbit-semu3.txt", None), ("2021-hanbit-cheongsohaengjeong.txt", RECORDS),
    ("2025-hanbit-gyotong.txt", ("vehicles", "budget")), ("2025-hanbit-jawon.txt", None),
    ("2025-hanbit-semu.txt", RECORDS), ("2025-saesol1dong.txt", RECORDS), ("2023-hanbit-munhwacheyuk.md", RECORDS),
    ("2022-hanbit-jaenan.md", RECORDS), ("2025-hanbit-budongsan.txt", RECORDS)])
def test_the_raw_text_of_a_fixtures_pdf_reads_as_its_twin(fixture, records, tmp_path):
    """The fixture drawn as the samples' PDFs are, its `pdftotext -raw` text: the same findings, and the same records
    (`records`, or all of them)."""
    source = FIXTURES / fixture
    twin, read = extract_file(source), pdftotext_reading(source, "-raw", tmp_path)
    assert _findings(read) == _findings(twin)
    twin_records, read_records = records_but_the_document(twin), records_but_the_document(read)
    for name in records or twin_records:
        assert read_records[name] == twin_records[name], name


UNNUMBERED_PARTS = """2023년 주요업무보고
- 1 -
2023년 주요업무보고
문 화 체 육 과
일반현황
조 직
* 문화체육과 – 4개팀 : 문화정책팀, 문화예술팀, 체육진흥팀, 체육시설팀
예산현황
(2023. 5. 31. 기준, 단위: 천원)
사 업 명 예 산 액 집 행 액 집행률(%)
계 5,400,000 1,655,700 30.7
문화예술 진흥 3,260,000 1,304,000 40.0
지역축제 개최 2,140,000 351,700 16.4
주요업무 추진실적
\f2023년 주요업무보고
- 2 -
한빛 가을 문화축제 개최 (문화예술팀)
구민과 함께하는 지역 대표 축제를 열어 문화 향유 기회를 넓히고자 함
* 추진실적
+ 축제 홍보물 제작: 4월~5월 / 35,200천원
생활체육 활성화 (체육진흥팀)
구민 누구나 가까운 곳에서 운동할 수 있도록 생활체육 프로그램을 운영함
* 추진실적
+ 구민 체육대회: 2023. 5. 20. / 3,400명 참여
"""


def test_a_parts_name_alone_is_its_heading_in_a_text_that_indents_no_line(tmp_path):
    """`-raw` prints no centring: `일반현황`, `주요업무 추진실적` on lines of their own part the report (before, one
    paragraph each, no part: the projects unread)."""
    report = _report(tmp_path, UNNUMBERED_PARTS)
    assert [(p.title, p.team) for p in report.projects] == [
        ("한빛 가을 문화축제 개최", "문화예술팀"), ("생활체육 활성화", "체육진흥팀")]
    assert [line.name for line in report.budget] == ["계", "문화예술 진흥", "지역축제 개최"]


def test_a_bracket_of_no_word_set_apart_is_its_labels():
    """`집행률 (%)`: one label (before, five labels for four columns, the budget unread)."""
    lines = ["단위사업명 예산액 집행액 집행률 (%)", "계 8,452 3,108 36.8", "민방위 운영 1,312 596 45.4"]
    assert one_space_tables(lines) == [
        "단위사업명\t예산액\t집행액\t집행률 (%)", "계\t8,452\t3,108\t36.8", "민방위 운영\t1,312\t596\t45.4"]
