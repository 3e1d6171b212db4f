"""A November report as pandoc's markdown of its .docx prints it (branch hunt73): `2026-hanbit-sallimnokji.md`
(산림녹지과 2026, 행정사무감사, 제2차 정례회): grid tables (`+---+`, `+===+` under the header, merged cells as
spans), staffing in three blocks under one date, `□ 일반직` (`행 정 직` and `녹 지 직` over grades), `□ 공무직` and
`□ 기간제` (its 현원 alone, of jobs no 직렬 names: `숲해설가 | 산불감시원`); parks and urban forests of labels merged
down three rows and two; a fleet under `총 12대(관용 10, 임차 2)` of `승 용 | 승 합 | 화 물 | 특 수` over sizes and
special kinds (`살수차 | 고소작업차`), by 관용 and 임차 as rows; a budget in 원 with rates to two decimals; items
marked `ㅇ`, `\\-`, `·` and `○`, `◦`, `\\-` three deep; periods `’26.12월`, `수시`, `’27. 1/4분기`, `3분기`,
`하반기 중`, `12월~익년 2월`; amounts `5백만원`, `1.5억원`, `3억 5천만원`; a plan for 2027 with `2027년 예산(안) |
2026년 예산`.
Three errors planted: 녹지 8·9급's 과부족 `△2` where 2 − 3 is −1; the parks' 계 면적 1,294,310 where its rows make
1,284,310; 가로수 관리's 집행률 72.03 where 846,250,300 ÷ 1,205,000,000 is 70.23%.
What was read wrong before: the fleet's `화 물` over `소형 | 중형` beside `특 수` over `살수차 | 고소작업차` was read
as 화물 소형 and 특수 중형 (the groups told by the kinds below alone, repeated labels, no sizes); the `□ 기간제` table
was a generic grid (its jobs no 직렬, and a table of one status after one counting it taken for a breakdown of the
same staff). Its PDF's `pdftotext -raw` text read neither the parks (`면 적(㎡)` no header word; `도시공원` alone
over its rows, with no 소계, no group) nor the fleet (`살수차` after `중형` no new group: 4 labels over 3 groups)."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.values import label_groups, sized_again, vehicle_size
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
FORESTS = "2026-hanbit-sallimnokji.md"
PLANTED = [("shortfall", "과부족", "녹지 8·9급", "-1", "-2"),
           ("sum.table", "계", "면 적(㎡)", "1,284,310", "1,294,310"),
           ("rate", "가로수 관리", "집행률(%)", "70.23", "72.03")]


@functools.cache
def report():
    return extract_file(REPORTS / FORESTS)


def months(first: int, last: int, year: int = 2026) -> list[str]:
    return [f"{year}-{month:02d}" for month in range(first, last + 1)]


def read_text(tmp_path, text: str, name: str = "t.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) for f in run_checks(report())] == PLANTED


def test_the_cover_of_a_november_report():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "산림녹지과", 2026, "2026년도 행정사무감사 업무보고", 4)
    assert (document.council_session, str(document.session_start)) == ("제298회 한빛구의회 제2차 정례회", "2026-11-24")


def test_the_staffing_in_three_blocks():
    def table(no: int) -> list[tuple]:
        return [(s.job_class, s.grade, s.status, s.headcount) for s in report().staffing if s.table_no == no]
    assert [(job_class, grade) for job_class, grade, status, _ in table(1) if status == "정원"] == [
        ("계", "계"), ("행정", "5급"), ("행정", "6급"), ("행정", "7급"), ("행정", "8급"), ("행정", "9급"),
        ("녹지", "6급"), ("녹지", "7급"), ("녹지", "8·9급")]
    for status, counts in (("정원", [22, 1, 2, 4, 3, 2, 3, 4, 3]), ("현원", [21, 1, 3, 3, 3, 1, 3, 5, 2]),
                           ("과부족", [-1, 0, 1, -1, 0, -1, 0, 1, -2])):
        assert [count for _, _, printed, count in table(1) if printed == status] == counts
    assert table(2) == [(job, "계", status, count) for status, counts in (
        ("정원", [9, 4, 2, 3]), ("현원", [8, 4, 1, 3]), ("과부족", [-1, 0, -1, 0]))
        for job, count in zip(("계", "공원관리원", "산림보호원", "녹지관리원"), counts, strict=True)]
    # before: a generic grid
    assert table(3) == [("계", "계", "현원", 14), ("숲해설가", "계", "현원", 3), ("산불감시원", "계", "현원", 8),
                        ("가로수관리", "계", "현원", 3)]
    assert "기간제" not in [t.caption for t in report().tables]


FLEET = [("계", "계", 12), ("계", "승용 소형", 2), ("계", "승용 중형", 1), ("계", "승합 중형", 1),
         ("계", "화물 소형", 4), ("계", "화물 중형", 2), ("계", "특수 살수차", 1), ("계", "특수 고소작업차", 1),
         ("관용", "소계", 10), ("관용", "승용 소형", 1), ("관용", "승용 중형", 1), ("관용", "승합 중형", 1),
         ("관용", "화물 소형", 3), ("관용", "화물 중형", 2), ("관용", "특수 살수차", 1), ("관용", "특수 고소작업차", 1),
         ("임차", "소계", 2), ("임차", "승용 소형", 1), ("임차", "화물 소형", 1)]


def test_the_fleet_of_sizes_and_special_kinds_by_ownership():
    # before: ("계", "화물 소형", 4), ("계", "특수 중형", 2): 화물's 중형 under 특수
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("공용차량 - 총 12대(관용 10, 임차 2)", 12, "대")
    assert [(c.category, c.kind, c.count) for c in fleet.counts if c.count] == FLEET


def test_the_budget_in_won_with_rates_to_two_decimals():
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text, str(b.as_of)) for b in report().budget] == [
        ("계", 9_167_020_000, 6_739_217_920, "73.52", "2026-10-31"),
        ("도시숲 조성", 2_450_000_000, 1_612_340_500, "65.81", "2026-10-31"),
        ("공원 유지관리", 3_180_500_000, 2_395_112_000, "75.31", "2026-10-31"),
        ("가로수 관리", 1_205_000_000, 846_250_300, "72.03", "2026-10-31"),
        ("산림 보호", 412_800_000, 301_440_120, "73.02", "2026-10-31"),
        ("인력운영비", 1_860_420_000, 1_542_870_000, "82.93", "2026-10-31"),
        ("기본경비", 58_300_000, 41_205_000, "70.68", "2026-10-31")]


def test_a_rate_to_two_decimals_is_checked_to_its_last_figure():
    assert ("rate", "도시숲 조성", "집행률(%)", "65.81", "65.86") in planted(
        FORESTS, "| 계            | 9,167,020,000 | 6,739,217,920 | 73.52     |\n+---------------+---------------+"
                 "---------------+-----------+\n| 도시숲 조성   | 2,450,000,000 | 1,612,340,500 | 65.81",
        "| 계            | 9,167,020,000 | 6,739,217,920 | 73.52     |\n+---------------+---------------+"
        "---------------+-----------+\n| 도시숲 조성   | 2,450,000,000 | 1,612,340,500 | 65.86")


def test_the_parks_merged_down_three_rows_and_two_are_kept_as_printed():
    [table] = report().tables
    assert (table.caption, table.unit) == ("공원 및 도시숲 현황", "개소, ㎡")
    assert table.rows == [["구 분", "", "개 소", "면 적(㎡)"], ["계", "", "58", "1,294,310"],
                          ["도시공원", "근린공원", "12", "842,100"], ["", "어린이공원", "31", "96,420"],
                          ["", "소공원", "9", "21,890"], ["도시숲", "가로수길", "4", "238,600"],
                          ["", "생활숲", "2", "85,300"]]


def test_the_items_three_deep_with_their_periods_and_amounts():
    forest, trees, hazards = report().projects
    assert [(p.section, p.title, p.team) for p in report().projects] == [
        ("Ⅱ 주요업무 추진실적", "생활권 도시숲 조성", "녹지정책팀"),
        ("Ⅱ 주요업무 추진실적", "가로수 및 녹지대 정비", "가로수팀"),
        ("Ⅲ 2027년 주요업무 계획", "산림 재해 예방 강화", "산림보호팀")]
    assert project_items(forest, "추진실적") == [
        ("도시숲 조성 공사", None, None), ("실시설계 용역: 3월~4월 / 5백만원", months(3, 4), 5_000_000),
        ("설계 자문위원회 개최: 4월 / 2회", months(4, 4), None),
        ("수목 식재 공사: 5월~9월 / 1.5억원", months(5, 9), 150_000_000),
        ("교목 1,240주, 관목 8,600주 식재", None, None),
        ("주민참여 나무심기 행사: 4. 5. / 320명", months(4, 4), None)]
    assert [len(item.children) for item in forest.items if item.heading == "추진실적"] == [2, 0]
    assert project_items(forest, "향후계획") == [
        ("준공 및 유지관리 계획 수립: ’26.12월", months(12, 12), None), ("도시숲 모니터링: 수시", None, None),
        ("하자보수 점검: ’27. 1/4분기", months(1, 3, 2027), None)]
    assert project_items(trees, "추진실적")[1:4] == [
        ("가지치기 및 수형 조절: 2월~4월 / 3억 5천만원", months(2, 4), 350_000_000),
        ("간선도로 12개 노선, 4,210주", None, None),
        ("고사목 제거 및 보식: 3월, 10월 / 86,400,000원", ["2026-03", "2026-10"], 86_400_000)]
    assert project_items(trees, "향후계획")[0] == (
        "동절기 가로수 월동 보호: 12월~익년 2월", ["2026-12", "2027-01", "2027-02"], None)
    assert project_items(hazards, "추진계획") == [
        ("산불 감시 카메라 설치(4대): 1/4분기 / 1.5억원", months(1, 3, 2027), 150_000_000),
        ("감시 카메라 실시간 관제 연계: 2/4분기", months(4, 6, 2027), None),
        ("산사태 취약지역 사방사업: 3분기 / 2억원", months(7, 9, 2027), 200_000_000),
        ("산림 재해 대응 훈련: 하반기 중", months(7, 12, 2027), None)]
    assert [(b.name, b.budget_krw, b.budget_year) for b in hazards.budget_lines if b.budget_year] == [
        ("계", 350_000_000, 2027), ("시비", 150_000_000, 2027), ("구비", 200_000_000, 2027)]


@pytest.mark.parametrize(("labels", "groups"), [
    (["소형", "중형", "중형", "소형", "중형", "살수차", "고소작업차"], [range(0, 2), range(2, 3), range(3, 7)]),
    (["소 계", "중형", "대형", "중형", "소형"], [range(0, 3), range(3, 4), range(4, 5)]),
    (["소형", "", "중형", "소형"], [range(0, 3), range(3, 4)]),  # a blank goes on the group
    (["5급", "6급", "7급", "6급"], [range(0, 3), range(3, 4)]),  # as before
])
def test_a_size_no_larger_than_the_one_before_starts_a_group_of_a_grid(labels, groups):
    assert label_groups(labels, 0, len(labels)) == groups


def test_vehicle_sizes():
    assert [vehicle_size(label) for label in ("경형", "소형ㆍ다목적", "중 형", "대형", "살수차", "")] == [
        0, 1, 2, 3, None, None]
    assert sized_again("중형", "소형") and sized_again("중형", "중형") and not sized_again("소형", "중형")
    assert not sized_again("중형", "살수차")


STAFF = """2026년 주요업무 보고

산 림 녹 지 과

# Ⅰ. 일반현황

## 2 인 력

□ 공무직

| 구 분 | 계 | 공원관리원 | 산림보호원 |
|---|---|---|---|
| 정 원 | 6 | 4 | 2 |
| 현 원 | 5 | 4 | 1 |
| 과부족 | △1 | - | △1 |

□ {caption}

| 구 분 | 계 | 숲해설가 | 산불감시원 |
|---|---|---|---|
| 현 원 | 11 | 3 | 8 |
"""


@pytest.mark.parametrize("caption", ["기간제", "기간제근로자", "공무직 등", "기간제 현황"])
def test_a_table_of_one_status_under_a_kind_of_staff_is_staffing(caption, tmp_path):
    read = read_text(tmp_path, STAFF.format(caption=caption), "t.md")
    assert [(s.table_no, s.job_class, s.status, s.headcount) for s in read.staffing if s.table_no == 2] == [
        (2, "계", "현원", 11), (2, "숲해설가", "현원", 3), (2, "산불감시원", "현원", 8)]
    assert read.tables == []
    assert run_checks(read) == []


@pytest.mark.parametrize("caption", ["공무직 직종별 현원", "숲해설 프로그램"])
def test_a_table_of_one_status_naming_no_kind_of_staff_stays_a_grid(caption, tmp_path):
    # a breakdown of the staff above, or a programme's: not counted twice by a sum over the report's staffing
    read = read_text(tmp_path, STAFF.format(caption=caption), "t.md")
    assert {s.table_no for s in read.staffing} == {1}
    assert [t.caption for t in read.tables] == [caption]


def test_a_table_of_one_status_of_a_kind_a_table_above_counts_stays_a_grid(tmp_path):
    # the 공무직 column above counts them already: the table below breaks it down, not counted twice
    text = STAFF.format(caption="공무직").replace("□ 공무직\n\n| 구 분 | 계 | 공원관리원 | 산림보호원 |", "□ 공무원\n\n"
                                                "| 구 분 | 계 | 6급 | 공무직 |")
    read = read_text(tmp_path, text, "t.md")
    assert [(s.job_class, s.grade, s.status, s.headcount) for s in read.staffing if s.status == "현원"] == [
        ("계", "계", "현원", 5), ("계", "6급", "현원", 4), ("공무직", "계", "현원", 1)]
    assert [t.caption for t in read.tables] == ["공무직"]


RAW_PARKS = """2026년 주요업무 보고
산 림 녹 지 과
Ⅰ. 일반현황
3 주요시설 및 장비
□ 공원 및 도시숲 현황
(단위: 개소, ㎡)
구 분 {header}
계 58 1,294,310
도시공원
근린공원 12 842,100
어린이공원 31 96,420
소공원 9 21,890
도시숲
가로수길 4 238,600
생활숲 2 85,300
"""


@pytest.mark.parametrize("header", ["개 소 면 적(㎡)", "개소 면적(㎡)", "개소 면적(m²)"])
def test_a_one_space_table_of_groups_printed_over_their_rows_below_one_label(header, tmp_path):
    # `pdftotext -raw` of the parks: before, no table (`면적(㎡)` no header word; groups with no 소계 not read)
    read = read_text(tmp_path, RAW_PARKS.format(header=header))
    [table] = read.tables
    assert [row[:2] for row in table.rows] == [["구 분", ""], ["계", ""], ["도시공원", "근린공원"], ["", "어린이공원"],
                                              ["", "소공원"], ["도시숲", "가로수길"], ["", "생활숲"]]
    assert [finding_figures(f)[:2] + finding_figures(f)[3:] for f in run_checks(read)] == [
        ("sum.table", "계", "1,284,310", "1,294,310")]


def test_a_one_space_label_wrapped_over_one_row_is_no_group(tmp_path):
    # a line of words alone over one row only is no group's label merged down (a label wrapped, maybe): as before,
    # the table ends above it
    text = RAW_PARKS.format(header="개소 면적(㎡)").replace("도시숲\n가로수길 4 238,600\n생활숲 2 85,300\n",
                                                         "도시숲\n가로수길 6 323,900\n")
    [table] = read_text(tmp_path, text).tables
    assert table.rows == [["구 분", "개소", "면적(㎡)"], ["계", "58", "1,294,310"]]


RAW_FLEET = """2026년 주요업무 보고
산 림 녹 지 과
Ⅰ. 일반현황
3 주요시설 및 장비
□ 공용차량 - 총 12대(관용 10, 임차 2)
(단위: 대)
구 분 계 승 용 승 합 화 물 특 수
소형 중형 중형 소형 중형 살수차 고소작업차
계 12 2 1 1 4 2 1 1
관 용 10 1 1 1 3 2 1 1
임 차 2 1 - - 1 - - -
"""


def test_a_one_space_fleet_of_special_kinds_after_sizes(tmp_path):
    # `pdftotext -raw` of the fleet: before, 4 categories over 3 groups of kinds, the table unread (its caption's
    # `관용 10, 임차 2` the only counts)
    [fleet] = read_text(tmp_path, RAW_FLEET).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts if c.count] == FLEET


def section_date_aside(records: dict) -> dict:
    """The records with the 공무직 and 기간제 staffing tables' as_of left out: the PDF draws the 인력 section's
    `(2026. 10. 31. 기준, 단위: 명)` right over the 일반직 table, under `□ 일반직`, where it is that table's own date;
    the text prints it under the section's title, where it dates every table of the section (test_asof74)."""
    staffing = [{**count, "as_of": None} if count["table_no"] > 1 else count for count in records["staffing"]]
    return {**records, "staffing": staffing}


@needs_pdftotext
@pytest.mark.parametrize("mode", ["-raw", "-layout"])
def test_the_text_of_its_pdf_finds_the_planted_three(mode, tmp_path):
    read = pdftotext_reading(REPORTS / FORESTS, mode, tmp_path)
    assert [finding_figures(f) for f in run_checks(read)] == PLANTED
    twin_records = section_date_aside(records_but_the_document(report()))
    read_records = records_but_the_document(read)
    # -raw: the 기간제 table's `가로수 관리`, two words one label, parts no way into its four figures' columns
    for name in ("vehicles", "budget", "projects") if mode == "-raw" else ("staffing", "vehicles", "budget"):
        assert read_records[name] == twin_records[name], name


def test_the_report_as_a_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / FORESTS, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == section_date_aside(records_but_the_document(report()))
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)
