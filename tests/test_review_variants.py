"""Interactions between readings merged on one day, found in review: each test a report that one change's
reading broke for another's table, with the records and findings it should give."""

import pytest

from checks import run_checks
from extractors import extract_report
from extractors.document_info import extract_document_info
from pipeline.read_text import read_text
from tests.test_generic_headers import LAYOUT_IDS, LAYOUTS, tsv
from tests.test_generic_headers import findings as generic_findings

COVER = "제300회 한빛구의회 제1차 정례회\n\n2024. 6. 11. ~ 6. 25.\n\n# 2024년 주요업무 보고\n\n## 총 무 과\n\n"
PROJECTS = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"


def report(general: str, projects: str = PROJECTS):
    return extract_report(read_text("t.md", (COVER + "# Ⅰ. 일반현황\n\n" + general + projects).encode()))


def findings(r) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


STAFF = ("| 구 분 | 정 원 | 현 원 | 과부족 |\n|---|---|---|---|\n| 계 | 30 | 28 | △2 |\n"
         "| 행정 | 20 | 19 | △1 |\n| 세무 | 10 | 9 | △1 |\n")


def test_a_fleet_with_its_quota_under_the_same_heading_is_still_a_fleet():
    r = report("## 2. 인력 및 차량 현황\n\n| 구 분 | 정 수 | 현 원 | 과부족 |\n|---|---|---|---|\n"
               "| 계 | 5 | 5 | - |\n| 승 용 | 3 | 3 | - |\n| 승 합 | 2 | 2 | - |\n")
    assert r.staffing == []
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("계", "계", 5), ("승용", "소계", 3), ("승합", "소계", 2)]


TOC = ("Ⅰ. 일반현황 ····························· 1\n\nⅡ. 주요업무 추진실적 ·························· 3\n\n"
       "① 청사 시설물 안전관리 (청사관리팀) ·········· 3\n\n② 직원 역량강화 교육 운영 (교육후생팀) ········ 4\n\n")
TITLED = ("# Ⅰ. 일반현황\n\n## 1. 조직\n\n○ 3개팀\n\n# Ⅱ. 주요업무 추진실적\n\n"
          "### ① 청사 시설물 안전관리 (청사관리팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n\n□ 추진실적\n\n○ 본관 점검 완료\n\n"
          "【 별관 】\n\n□ 추진실적\n\n○ 별관 점검 완료\n\n"
          "### ② 직원 역량강화 교육 운영 (교육후생팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n")


def test_a_part_printed_again_in_a_titled_project_stays_its_own_under_the_documents_contents():
    # before, the document's table of contents (listing two projects) made the paragraph over the second
    # `□ 추진실적` a second project's purpose, titled `직원 역량강화 교육 운영` from the contents: two projects 2
    for toc in ("", TOC):
        cover = "제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n목 차\n\n" + toc
        r = extract_report(read_text("t.md", (cover + TITLED).encode()))
        assert [(p.seq, p.title, p.title_from, [i.text for i in p.items]) for p in r.projects] == [
            (1, "청사 시설물 안전관리", "body", ["기 간: 연중", "본관 점검 완료", "【 별관 】", "별관 점검 완료"]),
            (2, "직원 역량강화 교육 운영", "body", ["기 간: 연중"])]


ORGANISATION = ("# Ⅰ. 일반현황\n\n## 1. 조 직\n\n○ 총무과 - (5)개팀\n\n# Ⅱ. 주요업무 추진실적\n\n"
                "### ① 청사 관리 (청사팀)\n\n○ 기간: 연중\n")


@pytest.mark.parametrize("committee", ["행 정 위 원 회", "행정 위원회"])
@pytest.mark.parametrize("below_title", [False, True])
def test_a_spaced_committee_on_a_cover_without_its_department_is_no_department(committee, below_title):
    # before, `행 정 위 원 회` above the title (the department printed as an image) gave the department
    # `행정위원회`, not the organisation line's 총무과; the README says a committee never is one
    lines = ["2025년 주요업무 보고", committee] if below_title else [committee, "2025년 주요업무 보고"]
    cover = "제300회 한빛구의회 제1차 정례회\n\n" + "\n\n".join(lines) + "\n\n"
    info = extract_document_info(read_text("t.md", (cover + ORGANISATION).encode()))
    assert (info.department, info.year) == ("총무과", 2025)


GRADES_ROW = "| 구 분 | 계 | 5급 | 6급 | 7급 |\n|---|---|---|---|---|\n| 현 원 | 16 | 3 | 5 | 8 |\n"
TRAINED_ROW = "| 이수 인원 | 12 | 2 | 4 | 6 |\n"


@pytest.mark.parametrize("rows", [GRADES_ROW, GRADES_ROW + TRAINED_ROW])
def test_a_projects_table_with_one_status_row_counts_no_staffing(rows):
    # before, a project's table of those it trains by grade (`현 원` over `이수 인원`) gave the department's
    # staffing records, 현원 16; a table counting one status is read only in the general part
    projects = ("\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 직원 역량강화 교육 (교육후생팀)\n\n□ 추진실적\n\n"
                "○ 직급별 교육 이수 현황\n\n" + rows)
    r = report("## 1. 조직\n\n○ 3개팀\n", projects)
    assert r.staffing == []
    (grid,) = r.tables
    assert (grid.records_in, grid.rows[1]) == (None, ["현 원", "16", "3", "5", "8"])


def test_a_status_row_over_a_row_of_other_figures_is_no_one_status_table():
    # before, in the general part too, the 현 원 row became staffing records and the 이수 인원 row was left aside
    r = report("## 2. 인력\n\n□ 직급별 교육 이수\n\n" + GRADES_ROW + TRAINED_ROW)
    assert r.staffing == []
    assert [t.records_in for t in r.tables] == [None]


@pytest.mark.parametrize("layout", LAYOUTS, ids=LAYOUT_IDS)
def test_a_total_column_under_a_label_merged_over_its_group_is_still_the_rows_total(layout):
    # the header is one row of full labels since today (`인 원 계`); before this fix the 계 column was no
    # longer known by its label, and a row whose 계 is not its 남 + 여 went unchecked
    table = tsv("구 분 | 인 원 |  | ", " | 계 | 남 | 여", "계 | 30 | 18 | 12", "본청 | 20 | 12 | 8", "동 | 10 | 6 | 3")
    assert generic_findings(table, layout) == [("sum.table", "동", "인 원 여", "4", "3")]  # 계 row and 계 column


def test_a_letter_spaced_label_ending_in_계_is_no_total_column():
    table = tsv("구 분 | 회 계 | 인 원", "본청 | 20 | 12", "동 | 10 | 6")
    assert generic_findings(table) == []


def test_a_third_column_of_labels_beside_the_kinds_keeps_the_fleets_grid():
    # reading nested label columns (today) took every label column for read; before this fix the 차 명 column
    # (`아반떼`), which no count holds, was lost: the grid was no longer kept beside the counts
    r = report("## 2. 차 량\n\n□ 공용차량 현황 : 총 5대\n\n(단위: 대)\n\n"
               "| 구 분 | 차 종 | 차 명 | 대 수 |\n|---|---|---|---|\n| 계 |  |  | 5 |\n| 승 용 | 소 계 |  | 3 |\n"
               "|  | 소 형 | 아반떼 | 2 |\n|  | 중 형 | 쏘나타 | 1 |\n| 승 합 | 소 계 |  | 2 |\n"
               "|  | 중 형 | 스타리아 | 2 |\n")
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 2), ("승용", "중형", 1), ("승합", "소계", 2),
        ("승합", "중형", 2)]
    (grid,) = r.tables
    assert (grid.records_in, [row[2] for row in grid.rows]) == (
        "vehicles", ["차 명", "", "", "아반떼", "쏘나타", "", "스타리아"])
    assert findings(r) == []


def test_a_fleets_serial_column_counts_no_vehicles():
    # since today's nested label columns the figures were read from the first column with a figure on, and a
    # 연번 column (`1`, `2`) became a kind `연번` of each row, with a false sum.vehicles error a row; before
    # them, the categories were `1` and `2`. The rows' labels stand right of the 연번.
    r = report("## 2. 차 량\n\n□ 공용차량 현황 : 총 5대\n\n(단위: 대)\n\n"
               "| 연번 | 부 서 | 계 | 승 용 | 승 합 |\n|---|---|---|---|---|\n"
               "| 1 | 총무과 | 3 | 2 | 1 |\n| 2 | 재무과 | 2 | 1 | 1 |\n")
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("총무과", "소계", 3), ("총무과", "승용", 2), ("총무과", "승합", 1),
        ("재무과", "소계", 2), ("재무과", "승용", 1), ("재무과", "승합", 1)]
    assert r.tables == []
    assert findings(r) == []


def _statuses_over_kinds_by_department() -> str:
    """`정 수` and `현 원` each over `승용 | 승합`, beside two columns of row labels (`구 분 | 부 서`), in HTML."""
    return ("## 2. 차 량\n\n□ 공용차량 현황\n\n(단위: 대)\n\n<table>\n"
            "<tr><th rowspan=2>구 분</th><th rowspan=2>부 서</th>"
            "<th colspan=2>정 수</th><th colspan=2>현 원</th></tr>\n"
            "<tr><th>승용</th><th>승합</th><th>승용</th><th>승합</th></tr>\n"
            "<tr><td rowspan=3>행정지원국</td><td>소 계</td><td>3</td><td>2</td><td>3</td><td>2</td></tr>\n"
            "<tr><td>총무과</td><td>2</td><td>1</td><td>2</td><td>1</td></tr>\n"
            "<tr><td>자치행정과</td><td>1</td><td>1</td><td>1</td><td>1</td></tr>\n"
            "<tr><td>안전국</td><td>건설과</td><td>2</td><td>2</td><td>2</td><td>2</td></tr>\n</table>\n")


def test_statuses_over_kinds_beside_two_columns_of_row_labels():
    # before, the second label column (`부 서`) was taken for a status's first column and dropped: the
    # departments' rows had the category '' and three false sum.vehicles errors
    r = report(_statuses_over_kinds_by_department())
    assert [(c.category, c.kind, c.count) for c in r.vehicles[0].counts] == [
        ("행정지원국", "승용", 3), ("행정지원국", "승합", 2), ("행정지원국 총무과", "승용", 2),
        ("행정지원국 총무과", "승합", 1), ("행정지원국 자치행정과", "승용", 1), ("행정지원국 자치행정과", "승합", 1),
        ("안전국 건설과", "승용", 2), ("안전국 건설과", "승합", 2)]
    assert [f for f in findings(r) if f[0] == "sum.vehicles"] == []


def test_a_quota_by_department_with_a_groups_own_row_is_counted_once():
    # before, the fleet's quota summed the group's own row (`행정지원국 | 소 계`) and its departments' rows
    # again: 14, not 9, and a false header.quota finding (fewer vehicles than the quota)
    r = report(_statuses_over_kinds_by_department())
    assert r.vehicles[0].quota == 9
    assert findings(r) == []


def test_a_project_listed_like_a_numbered_part_in_the_contents_is_the_parts_project():
    # in a report whose parts are numbered `1.`, `2.`, the contents list the projects `1.`, `2.` too; before, the
    # first, whose title names a part's word (`건의`), was read as part 1, and part 2 listed no titles
    cover = ("제300회 한빛구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n총 무 과\n\n목 차\n\n"
             "1. 일반현황 ···················· 1\n\n2. 주요업무 추진실적 ················ 3\n\n"
             "1. 구민 건의사항 처리 (민원팀) ·········· 3\n\n2. 직원 역량강화 교육 운영 (교육후생팀) ········ 4\n\n")
    body = ("# 1. 일반현황\n\n○ 3개팀\n\n# 2. 주요업무 추진실적\n\n"
            "구민 건의사항을 신속히 처리하고자 함\n\n□ 사업개요\n\n○ 기 간: 연중\n\n"
            "직원 역량을 강화하고자 함\n\n□ 사업개요\n\n○ 기 간: 연중\n")
    r = extract_report(read_text("t.md", (cover + body).encode()))
    assert [(p.section, p.title, p.team, p.title_from) for p in r.projects] == [
        ("2 주요업무 추진실적", "구민 건의사항 처리", "민원팀", "toc"),
        ("2 주요업무 추진실적", "직원 역량강화 교육 운영", "교육후생팀", "toc")]


def test_a_line_of_the_contents_is_no_title_of_the_report():
    # a cover printed as an image leaves the session and the contents; before, the contents' `Ⅱ. 2024년 주요업무
    # 추진실적 ···· 3` was the report's title, and its year (2024) the report's, not the session's 2025
    text = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n목 차\n\nⅠ. 일반현황 ········ 1\n\n"
            "Ⅱ. 2024년 주요업무 추진실적 ········ 3\n\nⅢ. 2025년 주요업무 계획 ········ 9\n\n" + ORGANISATION)
    info = extract_document_info(read_text("t.md", text.encode()))
    assert (info.title, info.year, info.department) == (None, 2025, "총무과")
