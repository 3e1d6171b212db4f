"""A department's report as `pdftotext -raw` prints it, a converter route not held before (branch hunt62):
`2024-hanbit-hwangyeong.txt` (환경과 2024), `pdftotext -raw` of the PDF `scripts/make_pdfs.py` draws of it, the
running header set to the report's: text in the order the PDF draws it, no indentation, a form feed between pages,
and every table a row a line with its cells one space apart, spaced labels' letters too (`구 분 계 국 비 시 비 구 비`
over `예산액 1,512,000 756,000 453,600 302,400`), a group label over a second header line (`일 반 직` over `5급 …
9급`), a label of three letters beside one of two (`적 합 | 부 적 합`), a wrapped item's second line at the margin.
What it read wrong before: no table at all, each read as running text: no staffing, fleet or budget record, the
projects' 예산현황 tables items of text, their lines without 집행액. It gives no finding; a planted error is found on
its cell."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from tests.test_hunt58 import budget_lines, items

REPORTS = Path(__file__).parent / "department_reports"
ENVIRONMENT = "2024-hanbit-hwangyeong.txt"


@functools.cache
def report():
    return extract_file(REPORTS / ENVIRONMENT)


def findings(found) -> list[tuple]:
    return [(f.rule, f.severity, f.source.line, f.row, f.column, f.expected, f.actual) for f in run_checks(found)]


def planted(old: str, new: str) -> list[tuple]:
    """The findings of the report with one printed figure changed."""
    data = (REPORTS / ENVIRONMENT).read_bytes()
    assert data.count(old.encode()) == 1
    return findings(extract_file(REPORTS / ENVIRONMENT, data.replace(old.encode(), new.encode())))


def test_the_report_gives_no_finding():
    assert findings(report()) == []


def test_its_cover_and_staffing_under_a_group_label_on_a_second_header_line():
    document = report().document
    assert (document.council, document.department, document.year, str(document.session_start),
            document.team_count) == ("한빛구의회", "환경과", 2024, "2024-06-11", 3)
    assert [(s.job_class, s.grade, s.headcount) for s in report().staffing if s.status == "현원"] == [
        ("계", "계", 21), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 5), ("일반직", "8급", 4),
        ("일반직", "9급", 3), ("공무직", "계", 3)]
    assert [(s.grade, s.headcount) for s in report().staffing if s.status == "과부족"] == [
        ("계", -1), ("5급", 0), ("6급", 1), ("7급", -1), ("8급", -1), ("9급", 0), ("계", 0)]
    assert {str(s.as_of) for s in report().staffing} == {"2024-05-31"}


def test_its_fleet_and_budget():
    assert [(v.unit, [(c.kind, c.count) for c in v.counts]) for v in report().vehicles] == [
        ("대", [("계", 4), ("승용", 1), ("승합", 1), ("화물", 2)])]
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate, str(b.as_of)) for b in report().budget] == [
        ("계", 2_486_200_000, 948_024_000, 38.1, "2024-05-31"),
        ("대기환경 개선", 1_912_400_000, 745_836_000, 39.0, "2024-05-31"),
        ("생활환경 관리", 312_600_000, 120_976_000, 38.7, "2024-05-31"),
        ("수질환경 보전", 186_000_000, 55_800_000, 30.0, "2024-05-31"),
        ("환경 교육 및 홍보", 54_200_000, 16_802_000, 31.0, "2024-05-31"),
        ("기본경비", 21_000_000, 8_610_000, 41.0, "2024-05-31")]


def test_its_projects_budget_lines_and_tables():
    projects = report().projects
    assert [(p.seq, p.title, p.team) for p in projects] == [
        (1, "미세먼지 저감 대책 추진", "대기환경팀"), (2, "생활소음 관리", "생활환경팀"),
        (3, "하천 수질 관리", "수질관리팀")]
    assert budget_lines(projects[0]) == [
        ("계", 1_512_000_000, 604_800_000, 40.0, None), ("국비", 756_000_000, 302_400_000, 40.0, "국비"),
        ("시비", 453_600_000, 181_440_000, 40.0, "시비"), ("구비", 302_400_000, 120_960_000, 40.0, "구비")]
    assert budget_lines(projects[1]) == [("구비", 24_000_000, None, None, "구비")]
    assert budget_lines(projects[2]) == [  # its table on the page after its caption
        ("계", 186_000_000, 55_800_000, 30.0, None), ("시비", 74_400_000, 22_320_000, 30.0, "시비"),
        ("구비", 111_600_000, 33_480_000, 30.0, "구비")]
    assert [(t.caption, t.unit, t.rows) for t in report().tables] == [
        ("소음 민원 처리 현황", "건", [["구 분", "계", "공사장", "사업장", "기 타"],
                                ["접 수", "286", "174", "38", "74"], ["행정처분", "23", "17", "4", "2"]]),
        ("하천 수질 측정 : 4월·5월 / 12개 지점", "개소",
         [["구 분", "계", "적 합", "부 적 합"], ["계", "12", "11", "1"], ["한빛천", "5", "5", "-"],
          ["솔내천", "4", "3", "1"], ["가람천", "3", "3", "-"]])]


def test_its_items_periods_and_amounts_a_wrapped_line_joined():
    assert items(report().projects[0]) == [
        ("사업개요", "기 간 : 2024. 1. ~ 12.", 0, 1, 12, None, None),
        ("사업개요", "대 상 : 노후 경유차 조기폐차 및 저공해 조치 420대", 0, None, None, None, None),
        ("사업개요", "예 산 : 1,512,000천원 (국비 756,000, 시비 453,600, 구비 302,400)", 0, None, None, None,
         1_512_000_000),
        ("추진실적", "노후 경유차 조기폐차 지원 : 168대 / 504,000천원", 0, None, None, None, 504_000_000),
        ("추진실적", "미세먼지 취약계층 이용시설 공기청정기 필터 교체 지원 : 경로당·어린이집·지역아동센터 등 132개소, "
         "2024. 3. ~ 4. / 39,600천원", 0, 3, 4, None, 39_600_000),
        ("추진실적", "미세먼지 계절관리제 집중점검(2023. 12. ~ 2024. 3.) : 사업장 46개소", 0, 12, 3, 2024, None),
        ("추진실적", "개선명령 2건, 과태료 1건", 1, None, None, None, None),
        ("향후계획", "하반기 조기폐차 지원 : 7월~11월 / 252대", 0, 7, 11, None, None),
        ("향후계획", "계절관리제 대비 사업장 점검 : 12월", 0, 12, 12, None, None)]
    assert [(i.text, i.start_month, i.end_month, i.amount_krw) for i in report().projects[2].items
            if i.heading == "향후계획"] == [("하반기 수질 측정 : 8월~10월", 8, 10, None),
                                         ("하천 녹조 예방 방제 : 7월~9월 / 18,000천원", 7, 9, 18_000_000)]


def test_planted_errors_are_found_on_their_cells():
    assert planted("현 원 21 1 5 5 4 3 3", "현 원 21 1 5 6 4 3 3") == [
        ("sum.staffing", "error", 12, "현원", "일반직 7급", "5", "6")]  # 정원 6 less 과부족 △1
    assert planted("생활환경 관리 312,600 120,976 38.7", "생활환경 관리 312,600 120,976 37.8") == [
        ("rate", "error", 23, "생활환경 관리", "집행률(%)", "38.7", "37.8")]
    assert planted("집행액 55,800 22,320 33,480", "집행액 55,800 22,320 33,840") == [
        ("sum.project_budget", "error", 74, "구비", "집행액", "33,480천원", "33,840천원")]
    assert planted("솔내천 4 3 1", "솔내천 4 3 2") == [("sum.table", "error", 82, "솔내천", "부 적 합", "1", "2")]


@pytest.mark.parametrize(("lines", "read"), [
    # a run of letters parted evenly, a total alone
    (["구 분 계 국 비 시 비 구 비", "예산액 300 100 100 100"],
     ["구 분\t계\t국 비\t시 비\t구 비", "예산액\t300\t100\t100\t100"]),
    # parted unevenly by the words such headers print
    (["구 분 정 원 현 원 과 부 족", "일반직 5 4 △1"], ["구 분\t정 원\t현 원\t과 부 족", "일반직\t5\t4\t△1"]),
    # several partings fit, none of words known nor even: left as text
    (["구 분 가 나 다 라 마", "일반직 5 4"], ["구 분 가 나 다 라 마", "일반직 5 4"]),
    # a text laid out with two spaces running is another converter's: left as it is
    (["구 분  계 국 비", "예산액 100 100"], ["구 분  계 국 비", "예산액 100 100"]),
    # a header whose merged cells print on lines of their own (an HWP PDF's): not read yet, left as text
    (["구 분 계", "일 반 직", "공무직", "5급 6급 7급 8급 9급", "정 원 22 1 4 6 5 3 3"],
     ["구 분 계", "일 반 직", "공무직", "5급 6급 7급 8급 9급", "정 원 22 1 4 6 5 3 3"]),
    # a bullet's figures are no row
    (["구 분 계 국 비", "○ 예산액 100 100"], ["구 분 계 국 비", "○ 예산액 100 100"]),
])
def test_one_space_tables_are_rewritten_in_tabs_only_where_their_header_parts_one_way(lines, read):
    assert one_space_tables(lines) == read
