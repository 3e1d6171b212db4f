"""PDF text in content order, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()` (default mode) print a
report's PDF (branch hunt93): a table a cell a line, an empty cell printing nothing (no blank line, as docx2txt and
LibreOffice print one), a page's running header and number between a table's rows, a contents entry's leaders and
page on a line of their own. `tests/department_reports/2023-hanbit-jaemu-pymupdf.txt` is PyMuPDF's text (pymupdf 2.0) of
`samples/2023-hanbit-jaemu.pdf`, `2025-hanbit-park-planted-pypdf.txt` pypdf's (7.1.1) of
`samples/2025-hanbit-park-planted.pdf`. Before, the fleets were read a header cell short (three false errors each),
the staffing tables were left unread, the contents made projects of their leaders, and a table parted by a page
break was read as its first page's rows alone (its total checked against them: false errors)."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.test_hunt66 import findings

REPORTS = Path(__file__).parent / "department_reports"
COVER = "제300회 한빛구의회 제1차 정례회\n2025년 주요업무 보고\n재 무 과\nⅠ. 일반현황\n"


def _read(tmp_path: Path, body: str):
    path = tmp_path / "2025-hanbit-jaemu.txt"
    path.write_text(COVER + body, encoding="utf-8")
    return extract_file(path)


def _errors(report) -> list[tuple]:
    return [(f.rule, f.expected, f.actual) for f in run_checks(report)]


def test_pymupdfs_text_gives_the_staffing_fleet_budget_and_findings_of_its_text_twin():
    text = extract_file(REPORTS / "2023-hanbit-jaemu-pymupdf.txt")
    twin = extract_file(SAMPLES / "2023-hanbit-jaemu.txt")
    read, printed = records_data(text, with_sources=False), records_data(twin, with_sources=False)
    for kind in ("staffing", "vehicles", "budget"):
        assert read[kind] == printed[kind]
    quota = ("header.quota", "제목", "정수", "6", "5", "보유 대수가 정수보다 적습니다 (보유 5대, 정수 6대)")
    assert findings(twin) == [quota]
    # the 세무 민원실's places and notes (`구 분 | 위 치 | 면적(m²) | 비 고`, `계 | 410` printing no place): told unread
    # since plain106, read as the twin's since plain107 (its areas fix each row's place, the total's under them)
    assert findings(text) == [quota]
    (offices,) = [t for t in read["tables"] if t["caption"] == "세무 민원실"]
    assert offices in printed["tables"]


def test_a_two_row_header_printing_no_cell_under_labels_merged_down():
    """`구 분 | 계 | 일 반 직 | 공 무 직` over `5급 … 9급`, `총 계 | 승 용 | 화 물` over `소 계 | 소형 | 중형 |
    소 계 …`: where the upper row ends is told by the labels (`cell_lines._header_printing_no_blanks`)."""
    text = extract_file(REPORTS / "2023-hanbit-jaemu-pymupdf.txt")
    assert [(s.job_class, s.grade, s.headcount) for s in text.staffing if s.status == "현원"] == [
        ("계", "계", 23), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 8), ("일반직", "8급", 5),
        ("일반직", "9급", 1), ("공무직", "계", 2)]
    (fleet,) = text.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2), ("화물", "소계", 2),
        ("화물", "소형", 2), ("화물", "중형", 0)]


def test_the_contents_leaders_on_their_own_line_and_a_list_of_projects_a_cell_a_line():
    text = extract_file(REPORTS / "2023-hanbit-jaemu-pymupdf.txt")
    twin = extract_file(SAMPLES / "2023-hanbit-jaemu.txt")
    assert [(p.section, p.title, p.title_from, p.purpose) for p in text.projects] == [
        (p.section, p.title, p.title_from, p.purpose) for p in twin.projects]
    assert [p.title for p in text.projects] == [
        "공유재산 관리 효율화", "계약 업무의 투명성 제고", "지방세 체납액 징수 강화"]


def test_pypdfs_text_finds_the_planted_errors_of_its_text_twin():
    """All but one: the 작업차량 header's spans drawn wrong (`repair.header`), which the text prints no span of.
    공원 현황's 계, whose rows under 도시공원 merged down print no cell for it (`도시공원 | 계` over `근린공원`), is
    read as the group's total, its rows adding up to it (branch plain102; before, read as no table and said so)."""
    text = extract_file(REPORTS / "2025-hanbit-park-planted-pypdf.txt")
    twin = extract_file(SAMPLES / "2025-hanbit-park-planted.txt")
    assert [f for f in findings(text) if f[0] == "reading.tables_unread"] == []
    left = [f for f in findings(twin) if f[0] != "repair.header"]
    assert sorted(findings(text)) == sorted(left)
    assert sorted(f[0] for f in left) == [
        "cross.executed", "cross.project_budget", "cross.project_over_unit", "cross.repeated", "cross.staffing_line",
        "header.over_quota", "header.quota", "header.total", "rate", "rate.budget_change", "rate.table", "rate.table",
        "remaining", "shortfall", "sum.budget", "sum.budget", "sum.funding", "sum.project_budget", "sum.project_cost",
        "sum.staffing", "sum.table", "sum.vehicles", "unit"]
    read, printed = records_data(text, with_sources=False), records_data(twin, with_sources=False)
    assert read["staffing"] == printed["staffing"] and read["budget"] == printed["budget"]
    assert [[(c.category, c.kind, c.count) for c in v.counts] for v in text.vehicles] == [
        [(c.category, c.kind, c.count) for c in v.counts] for v in twin.vehicles]


def test_a_header_parted_two_ways_stays_text(tmp_path):
    """`일 반 직 | 공무직 | 계` over `5급 | 6급`, or `일 반 직` over `계 | 5급 | 6급`: no cell tells."""
    report = _read(tmp_path, "2 인 력\n구 분\n일 반 직\n공무직\n계\n5급\n6급\n정 원\n4\n1\n2\n1\n"
                             "현 원\n4\n1\n2\n1\n3 주요시설\n")
    assert report.staffing == [] and _errors(report) == [("reading.tables_unread", None, "1")]


def test_a_notes_column_printing_nothing_where_a_row_has_no_note(tmp_path):
    report = _read(tmp_path, "4 예산현황\n(단위: 천원)\n단위사업명\n예산액\n집행액\n비 고\n계\n300\n100\n"
                             "가 사업\n200\n50\n국비 포함\n나 사업\n100\n50\n기본경비 포함\nⅡ. 주요업무 추진실적\n")
    assert [(b.name, b.budget_krw, b.executed_krw) for b in report.budget] == [
        ("계", 300000, 100000), ("가 사업", 200000, 50000), ("나 사업", 100000, 50000)]
    assert _errors(report) == []


@pytest.mark.parametrize(("last_row", "budget"), [
    ("다 사업\n100\n20\n", [("계", 300000, 100000), ("가 사업", 100000, 50000), ("나 사업", 100000, 30000),
                          ("다 사업", 100000, 20000)]),
    ("다 사업\n100\n", [])])  # its rows on the next page read as none: its first page's not read either
def test_a_table_over_a_page_break_its_header_printed_again(tmp_path, last_row, budget):
    report = _read(tmp_path, "4 예산현황\n(단위: 천원)\n단위사업명\n예산액\n집행액\n계\n300\n100\n가 사업\n100\n50\n\n"
                             f"- 2 -\n\n단위사업명\n예산액\n집행액\n나 사업\n100\n30\n{last_row}Ⅱ. 주요업무 추진실적\n")
    assert [(b.name, b.budget_krw, b.executed_krw) for b in report.budget] == budget
    assert all(rule != "sum.budget" for rule, _, _ in _errors(report))


def test_contents_leaders_on_a_line_of_their_own_make_no_project(tmp_path):
    report = _read(tmp_path, "보고 순서\nⅠ. 일반 현황\nㆍ ㆍ ㆍ 1\nⅡ. 주요업무 추진실적\nㆍ ㆍ ㆍ 4\n")
    assert report.projects == []


_UNITS = ("4 예산현황\n(단위: 천원)\n단위사업\n세부사업\n예산액\n집행액\n의정활동 지원\n소 계\n300\n100\n"
          "의원 의정활동비\n200\n60\n의원 월정수당\n{monthly}\n40\n기본경비\n50\n20\n계\n350\n120\n"
          "Ⅱ. 주요업무 추진실적\n")


def test_a_group_merged_down_printing_no_cell_beside_its_rows_under_its_subtotal(tmp_path):
    """`의정활동 지원 | 소 계` over rows of one label: the group's while their 예산액 add up to its 소계's
    (`two_level_rows`, as `pdftotext -raw`'s rows are set), `기본경비` and `계` after it in the first column."""
    report = _read(tmp_path, _UNITS.format(monthly="100"))
    assert [(b.name, b.parent, b.budget_krw) for b in report.budget] == [
        ("의정활동 지원", None, 300000), ("의원 의정활동비", "의정활동 지원", 200000),
        ("의원 월정수당", "의정활동 지원", 100000), ("기본경비", None, 50000), ("계", None, 350000)]
    assert _errors(report) == []


def test_rows_that_do_not_add_up_to_their_subtotal_are_not_told_apart(tmp_path):
    report = _read(tmp_path, _UNITS.format(monthly="90"))
    assert report.budget == [] and _errors(report) == [("reading.tables_unread", None, "1")]
