"""A 문화관광과's 2021 report as `pandoc -t markdown` prints a .docx with pipe tables (branch hunt78):
`2021-seohae-munhwagwangwang.md` (서해구의회 제258회 제1차 정례회): no `#` heading, every title and part a bold
paragraph (`**1. 조 직**`, `**가. 사업개요**`, `**나. 추진실적**`); pandoc's lists (`-   사업기간: …`, `1.  창작지원 …`,
a numbered item's second paragraph set in four spaces, `    가. 공연장 방역 지원 …`); its escapes (`\\~`, `\\-`,
`\\*`) and straight apostrophes (`'21. 3. 2.`, as pandoc's smart extension unsmartens `’21.`); tables of no header row
(a blank one over `|---|`, as pandoc prints a Word table whose first row is not marked a header); staffing transposed,
its series as columns (`행정`, `사서`, `시설`, each over `정원 | 현원`, the cells a merged label covers blank) and its
grades as rows; vehicles by category × fuel (`휘발유 | 경유 | 전기 | 하이브리드`); a budget in 백만원 at one decimal
of `전년도 예산 | 예산현액 (A) | 증감 | 지출액 (B) | 잔액 (A-B) | 집행률 (B/A)`; projects' 사업개요 of `사업기간`,
`사업대상` and a `소요예산` table of `계 | 국비 | 시비 | 구비`; dates `'21. 3. 2.`, `2021.6.1.~6.30.`; periods `'21.
하반기`, `3분기`, `연중`, `7월~`, `3월--5월` (pandoc writes an en dash `--`); amounts `1억 2,500만원`,
`95,700천원`, `0.5억원`.
Three errors planted: the 계 row's 경유 3 where the categories make 2; 관광 활성화's 잔액 727.2 where 1,215.8 − 498.6
is 717.2; 문화시설 운영's 증감 287.1 where 1,482.1 − 1,205.0 is 277.1.
What was read wrong before: the bold lettered parts (`**가. 사업개요**`) were paragraphs, not the parts `가. 사업개요`
is, so the project's numbered items after them were read as titles (`2. 예술단체 성과발표회: 3분기` a project, the
second and third projects' titles lost among the first's items), and `**나. 추진실적**` right under a table was that
table's note (`. 추진실적`); the lettered item set in under a numbered item (`    가. 공연장 방역 지원`) was its
sibling, in the text and in `pdftotext -layout`'s; and in a PDF's reading, where the parts were read, the margin's
`다. 향후계획` after it a level under it, so 향후계획's items were 추진실적's and the next titles items too; and
`3월--5월` ran in March and May alone.
Its PDF's `pdftotext -raw` text read no staffing: the series' header one space apart, `구 분 계 행정 사서 시설` over
`정원 현원` four times, took `계` for a total merged down beside the groups, not one heading its own; it keeps no
indentation, so the item set in under a numbered one is its sibling there."""

import functools
from datetime import date
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document
from pipeline.values import parse_period
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading, read_markdown, records_but_the_document
from tests.test_department_reports import finding_figures, planted, project_items

REPORTS = Path(__file__).parent / "department_reports"
CULTURE = "2021-seohae-munhwagwangwang.md"
M = 1_000_000  # 백만원
PLANTED = [("sum.vehicles", "계", "경유", "2", "3"),
           ("remaining", "관광 활성화", "잔액", "717.2백만원", "727.2백만원"),
           ("sum.budget", "문화시설 운영", "증감", "277.1백만원", "287.1백만원")]


@functools.cache
def report():
    return extract_file(REPORTS / CULTURE)


def months(first: int, last: int) -> list[str]:
    return [f"2021-{month:02d}" for month in range(first, last + 1)]



def test_the_three_planted_errors_are_the_findings():
    assert [finding_figures(f) + (f.source.line,) for f in run_checks(report())] == [
        key + (line,) for key, line in zip(PLANTED, (35, 48, 49), strict=True)]
    lines = (REPORTS / CULTURE).read_text(encoding="utf-8").split("\n")
    assert [cell.strip() for cell in lines[47].split("|")[1:-1]] == [
        "관광 활성화", "1,280.3", "1,215.8", "△64.5", "498.6", "727.2", "41.0"]


def test_the_cover_of_bold_paragraphs():
    document = report().document
    assert (document.department, document.year, document.title, document.team_count) == (
        "문화관광과", 2021, "2021년도 주요업무보고", 3)
    assert (document.council_session, document.session_start, document.session_end) == (
        "제258회 서해구의회 제1차 정례회", date(2021, 6, 8), date(2021, 6, 22))


GRADES = ["계", "5급", "6급", "7급", "8·9급"]
STAFF = {  # (정원, 현원) by series, of each grade in GRADES
    "계": [(16, 15), (1, 1), (4, 4), (6, 5), (5, 5)],
    "행정": [(11, 11), (1, 1), (3, 3), (4, 3), (3, 4)],
    "사서": [(3, 2), (0, 0), (1, 1), (1, 1), (1, 0)],
    "시설": [(2, 2), (0, 0), (0, 0), (1, 1), (1, 1)],
}


def test_the_staffing_with_its_series_as_columns_over_statuses_and_its_grades_as_rows():
    staffing = {(s.job_class, s.grade, s.status): s.headcount for s in report().staffing}
    assert staffing == {(series, grade, status): count
                        for series, counts in STAFF.items()
                        for grade, pair in zip(GRADES, counts, strict=True)
                        for status, count in zip(("정원", "현원"), pair, strict=True)}
    assert {s.as_of for s in report().staffing} == {date(2021, 5, 31)}


def test_the_fleet_by_category_and_fuel():
    [fleet] = report().vehicles
    assert (fleet.caption, fleet.printed_total, fleet.unit) == ("3. 차 량", None, "대")
    assert [(c.category, c.kind, c.count, c.fuel) for c in fleet.counts if c.count] == [
        ("계", "계", 5, None), ("계", None, 1, "휘발유"), ("계", None, 3, "경유"), ("계", None, 1, "전기"),
        ("계", None, 1, "하이브리드"), ("승용", "소계", 2, None), ("승용", None, 1, "휘발유"),
        ("승용", None, 1, "전기"), ("승합", "소계", 2, None), ("승합", None, 1, "경유"),
        ("승합", None, 1, "하이브리드"), ("화물", "소계", 1, None), ("화물", None, 1, "경유")]


def test_the_budget_in_millions_at_one_decimal_beside_last_years():
    assert [(b.name, b.budget_krw, b.executed_krw, b.remaining_krw, b.rate_text, b.other_columns)
            for b in report().budget] == [
        ("계", 4_587_300_000, 1_902_400_000, 2_684_900_000, "41.5", {"전년도 예산": "4,210.5", "증감": "376.8"}),
        ("문화예술 진흥", 1_684_200_000, 702_500_000, 981_700_000, "41.7",
         {"전년도 예산": "1,520.0", "증감": "164.2"}),
        ("관광 활성화", 1_215_800_000, 498_600_000, 727_200_000, "41.0", {"전년도 예산": "1,280.3", "증감": "△64.5"}),
        ("문화시설 운영", 1_482_100_000, 610_900_000, 871_200_000, "41.2",
         {"전년도 예산": "1,205.0", "증감": "287.1"}),
        ("기본경비", 205_200_000, 90_400_000, 114_800_000, "44.1", {"전년도 예산": "205.2", "증감": "-"})]
    assert {(b.unit, b.as_of) for b in report().budget} == {("백만원", date(2021, 5, 31))}


def test_the_projects_under_bold_lettered_parts():
    # before: `2. 예술단체 성과발표회: 3분기` and `3. 창작지원 사업 모니터링: 연중` were projects, the next titles items
    assert [(p.seq, p.title, p.team) for p in report().projects] == [
        (1, "지역 예술단체 창작활동 지원", "문화예술팀"), (2, "서해 야간관광 활성화", "관광진흥팀"),
        (3, "구립 문화시설 운영", "문화시설팀")]
    grants, night, halls = report().projects
    assert [(b.name, b.budget_krw, b.funding_source) for b in grants.budget_lines] == [
        ("계", 125 * M, None), ("국비", 0, "국비"), ("시비", 50 * M, "시비"), ("구비", 75 * M, "구비")]
    assert [(b.name, b.budget_krw) for b in night.budget_lines] == [
        ("계", 460 * M), ("국비", 200 * M), ("시비", 100 * M), ("구비", 160 * M)]
    assert project_items(grants, "사업개요") == [
        ("사업기간: 2021. 1. ~ 12.", months(1, 12), None),
        ("사업대상: 관내 전문예술단체 및 동아리 (42개 단체)", None, None), ("소요예산", None, None)]
    assert project_items(grants, "추진실적") == [
        ("창작지원 공모 및 선정: '21. 3. 2. / 28개 단체, 95,700천원", months(3, 3), 95_700_000),
        ("소규모 공연장 대관료 지원: 2021.4.1.~5.31. / 14개 단체", months(4, 5), None),
        ("공연장 방역 지원: 4월~5월 / 0.5억원", months(4, 5), 50 * M)]
    assert project_items(grants, "향후계획") == [
        ("하반기 창작지원 2차 공모: '21. 하반기 / 1억 2,500만원", months(7, 12), 125 * M),
        ("예술단체 성과발표회: 3분기", months(7, 9), None), ("창작지원 사업 모니터링: 연중", months(1, 12), None)]
    assert project_items(night, "사업개요")[0] == (
        "사업기간: 2021. 3. ~ 2022. 2.", [*months(3, 12), "2022-01", "2022-02"], None)
    assert project_items(night, "추진실적") == [  # `--`: pandoc's en dash (before, in March and May alone)
        ("야간경관 조명 설계용역: 2021.6.1.~6.30. / 48,000천원", months(6, 6), 48_000_000),
        ("야간관광 코스 개발 (3개 코스): 3월--5월", months(3, 5), None)]
    assert project_items(night, "향후계획") == [
        ("서해포구 야간 버스킹 운영: 7월~ / 매주 토요일", months(7, 12), None),
        ("야간관광 *홍보영상 제작: 3분기 / 0.5억원", months(7, 9), 50 * M),
        ("야간경관 조명 설치공사: '21. 9. 1. ~ 12. 31. / 3억 2,000만원", months(9, 12), 320 * M)]
    assert project_items(halls, "추진실적")[1] == ("문화회관 객석 의자 교체: '21. 2. ~ 3. / 1억 2,500만원",
                                                months(2, 3), 125 * M)


def test_the_lettered_item_set_in_under_a_numbered_item_is_its_item():
    # before: its sibling
    grants = report().projects[0]
    done = [item for item in grants.items if item.heading == "추진실적"]
    assert [(item.text, [child.text for child in item.children]) for item in done] == [
        ("창작지원 공모 및 선정: '21. 3. 2. / 28개 단체, 95,700천원", []),
        ("소규모 공연장 대관료 지원: 2021.4.1.~5.31. / 14개 단체", ["공연장 방역 지원: 4월~5월 / 0.5억원"])]


def test_the_table_of_a_projects_results():
    [usage] = [t for t in report().tables if t.records_in is None]
    assert (usage.caption, usage.unit, usage.project_seq) == ("1. 문화시설 이용 현황 ('21. 5. 31. 기준)", "명", 3)
    assert usage.rows[:2] == [["시 설 명", "계", "1분기", "4월", "5월"], ["계", "58,420", "35,110", "11,860", "11,450"]]
    assert usage.rows[4] == ["바다어린이 도서관", "8,270", "4,960", "1,700", "1,610"]


@pytest.mark.parametrize(("printed", "wrong", "found"), [
    # a grade's 현원 in a series' column: its series' 계 and the grade's 계 both miss it
    ("| 7급    | 6    | 5    | 4    | 3    |", "| 7급    | 6    | 5    | 4    | 2    |",
     [("sum.staffing", "현원", "행정 7급", "3", "2")]),
    # the budget's 계 지출액 in 백만원: not also its 잔액 and 집행률, right by the lines' 지출액
    ("| 1,902.4 |", "| 1,912.4 |", [("sum.budget", "계", "집행액", "1,902.4백만원", "1,912.4백만원")]),
    # a project's 소요예산 of 계 | 국비 | 시비 | 구비 under a blank header
    ("| 460.0 | 200.0 | 100.0 | 160.0 |", "| 460.0 | 200.0 | 100.0 | 150.0 |",
     [("sum.project_budget", "계", "예산액", "450.0백만원", "460.0백만원")]),
    # a month of the usage table
    ("| 해솔도서관 | 12,850 | 7,700 | 2,600 | 2,550 |", "| 해솔도서관 | 12,850 | 7,700 | 2,600 | 2,650 |",
     [("sum.table", "해솔도서관", "5월", "2,550", "2,650")]),
])
def test_one_more_error_planted_is_found_beside_the_three(printed, wrong, found):
    assert sorted(planted(CULTURE, printed, wrong)) == sorted(PLANTED + found)


def test_its_pdf_gives_the_records_and_findings_of_its_text(tmp_path):
    pdf = tmp_path / "t.pdf"
    make_pdfs().render(REPORTS / CULTURE, pdf)
    read = extract_file(pdf)
    assert records_but_the_document(read) == records_but_the_document(report())
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)


@needs_pdftotext
@pytest.mark.parametrize(("mode", "differ"), [("-layout", {"tables"}), ("-raw", {"projects"})])
def test_the_text_of_its_pdf_reads_as_its_text(tmp_path, mode, differ):
    # before: `-layout` read `가. 공연장 방역 지원` as its numbered item's sibling, `-raw` no staffing (`구 분 계 행정
    # 사서 시설` over `정원 현원` four times: `계` was taken for a total merged down beside the series)
    read = pdftotext_reading(REPORTS / CULTURE, mode, tmp_path)
    assert sorted(finding_figures(f) for f in run_checks(read)) == sorted(PLANTED)
    records, own = records_but_the_document(read), records_but_the_document(report())
    assert {key for key in own if records[key] != own[key]} == differ
    if mode == "-layout":  # it prints the letter-spaced label closer
        assert records["tables"][0]["rows"][0][0] == "시설명"
    else:  # it keeps no indentation: the item set in under `2. 소규모 …` is its sibling
        assert [item["text"][:9] for item in records["projects"][0]["items"] if item["heading"] == "추진실적"] == [
            "창작지원 공모 및", "소규모 공연장 대", "공연장 방역 지원"]


def test_a_header_of_series_each_over_statuses_one_space_apart():
    # as `pdftotext -raw` prints the transposed staffing: `계` heads a group as the series do (before, no table)
    text = "구 분 계 행정 사서\n정원 현원 정원 현원 정원 현원\n계 14 13 11 11 3 2\n6급 4 4 3 3 1 1"
    assert [line.split("\t") for line in one_space_tables(text.split("\n"))] == [
        ["구 분", "계", "", "행정", "", "사서", ""], ["", "정원", "현원", "정원", "현원", "정원", "현원"],
        ["계", "14", "13", "11", "11", "3", "2"], ["6급", "4", "4", "3", "3", "1", "1"]]
    # a 계 merged down beside groups still is: `계` over nothing beside `일반직` over grades
    text = "구 분 계 일반직\n5급 6급\n정 원 5 1 4"
    assert [line.split("\t") for line in one_space_tables(text.split("\n"))][:2] == [
        ["구 분", "계", "일반직", ""], ["", "", "5급", "6급"]]


@pytest.mark.parametrize(("text", "runs"), [
    ("3월--5월", months(3, 5)), ("3월 -- 5월", months(3, 5)), ("3월---5월", months(3, 5)),
    ("2021. 9. 1. -- 12. 31.", months(9, 12)), ("11월 -- 익년 2월", [*months(11, 12), "2022-01", "2022-02"]),
    ("3월 - 5월", months(3, 5)),  # as before
])
def test_a_run_of_hyphens_is_a_ranges_dash(text, runs):
    # pandoc's smart extension writes an en dash `–` as `--`: before, `3월--5월` ran in March and May alone
    assert parse_period(text, 2021).months == tuple(runs)


PARTS = """**1. 청사 관리** (총무팀)

{overview}

-   기 간: 연중

| 계 | 구비 |
|----|------|
| 50 | 50   |

{results}

1.  청사 보수: 3월 / 1,000천원
2.  청사 청소: 연중

    가. 외벽 세척: 4월

{plans}

1.  냉방기 교체: 7월
"""


@pytest.mark.parametrize("bold", [True, False])
def test_lettered_parts_read_alike_bold_or_not(tmp_path, bold):
    names = {"overview": "가. 사업개요", "results": "나. 추진실적", "plans": "다. 향후계획"}
    text = "**Ⅱ. 주요업무 추진실적**\n\n" + PARTS.format(**{k: f"**{v}**" if bold else v for k, v in names.items()})
    [project] = read_markdown(tmp_path, text).projects
    assert (project.title, project.team) == ("청사 관리", "총무팀")
    assert [(item.heading, item.text, [child.text for child in item.children]) for item in project.items] == [
        ("사업개요", "기 간: 연중", []), ("추진실적", "청사 보수: 3월 / 1,000천원", []),
        ("추진실적", "청사 청소: 연중", ["외벽 세척: 4월"]), ("향후계획", "냉방기 교체: 7월", [])]
    # before, `**나. 추진실적**` right under the table was its note
    path = tmp_path / "t.md"
    [table] = [block for block in read_document(path).blocks if isinstance(block, Table)]
    assert (table.rows, table.note) == ((("계", "구비"), ("50", "50")), None)
