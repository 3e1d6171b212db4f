"""PDF text in content order with no indentation, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain97): a list's levels told by its marks where no line is indented, and tables a
cell a line left unread before: a staffing table below a list of teams (the teams' run swallowed it), one over an
unnumbered heading (`장 비` over `(단위: 대)`), classes under a class (`임기제` over `시간선택제`), and rows printing
no cell for a class merged down (`일반직 | 4급` over `5급`).
`tests/department_reports/2025-hanbit-adong-pymupdf-plain.txt` is PyMuPDF's plain text of `2025-hanbit-adong.md`
drawn as `scripts/make_pdfs.py` draws a report,
`2025-hanbit-uihoesamuguk-pypdf-plain.txt` pypdf's of `2025-hanbit-uihoesamuguk.txt`."""

from pathlib import Path

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.records import records_data

REPORTS = Path(__file__).parent / "department_reports"
COVER = "제312회 한빛구의회 제1차 정례회\n2025년 주요업무 보고\n자 치 행 정 과\nⅠ. 일반현황\n"
PROJECT = "Ⅱ. 주요업무 추진실적\n1. 주민자치회 운영 (자치행정팀)\n주민자치 역량을 높이고자 함\n□ 추진실적\n"


def read(tmp_path: Path, body: str, cover: str = COVER):
    """The body under a 2025 자치행정과 report's cover, extracted."""
    path = tmp_path / "2025-hanbit-jachi.txt"
    path.write_text(cover + body, encoding="utf-8")
    return extract_file(path)


def _rules(report) -> list[tuple]:
    return [(f.rule, f.expected, f.actual) for f in run_checks(report)]


def headcounts(report, status: str = "현원") -> list[tuple]:
    return [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == status]


def _levels(report) -> list[tuple[int, str]]:
    def walk(items, depth):
        for item in items:
            yield depth, item.text
            yield from walk(item.children, depth + 1)
    return [level for project in report.projects for level in walk(project.items, 0)]


def test_a_staffing_table_below_a_list_of_teams_printed_a_cell_a_line(tmp_path):
    """`팀 명 | 주 요 업 무` over its teams is no table (words alone); before, its run went on into the staffing
    table below, which was told unread in the teams' name and never read."""
    report = read(tmp_path, "1. 조 직 : 3개팀\n팀 명\n주 요 업 무\n자치행정팀\n주민자치회 운영\n민원팀\n민원 처리\n"
                             "2. 인 력\n(2025. 5. 31. 기준, 단위: 명)\n구 분\n계\n5급\n6급\n7급\n운전직\n"
                             "정 원\n12\n1\n4\n5\n2\n현 원\n11\n1\n3\n5\n2\n3. 차 량 : 해당 없음\n")
    assert headcounts(report) == [("계", "계", 11), ("계", "5급", 1), ("계", "6급", 3), ("계", "7급", 5),
                                   ("운전", "계", 2)]
    assert _rules(report) == []


def test_an_unnumbered_heading_over_the_next_tables_units_parts_the_table_above(tmp_path):
    """`장 비` over `(단위: 대)`: a heading, not a cell of the staffing table's (before, both tables unread)."""
    report = read(tmp_path, "인 력\n(단위: 명)\n구 분\n계\n일반직\n공무직\n6급\n7급\n8급\n정 원\n9\n2\n4\n1\n2\n"
                             "현 원\n9\n2\n4\n1\n2\n장 비\n(단위: 대)\n계\n승용\n화물\n2\n1\n1\n예산현황\n"
                             "(단위: 천원)\n사 업 명\n예산액\n집행액\n계\n500\n200\n자치 지원\n500\n200\n"
                             "Ⅱ. 주요업무 추진실적\n")
    assert headcounts(report) == [("계", "계", 9), ("일반직", "6급", 2), ("일반직", "7급", 4),
                                   ("일반직", "8급", 1), ("공무직", "계", 2)]
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 2), ("승용", 1), ("화물", 1)]
    assert [(b.name, b.budget_krw) for b in report.budget] == [("계", 500000), ("자치 지원", 500000)]
    assert _rules(report) == []


def test_a_lone_row_labelled_as_the_headers_last_label_is_no_row(tmp_path):
    """`총 계 | 승 용 | 화 물` over `소 계 | 중형 | 대형 | 소 계 | 소형` and its figures, a figure more below them:
    read as one header row over a row labelled `소형` it is none (its figures would be counted under the wrong
    labels), so it stays unread."""
    report = read(tmp_path, "장 비\n(단위: 대)\n총 계\n승 용\n화 물\n소 계\n중형\n대형\n소 계\n소형\n"
                             "3\n2\n1\n1\n1\n1\n4\n□ 예산현황\n(단위: 천원)\nⅡ. 주요업무 추진실적\n")
    assert report.vehicles == []
    assert [rule for rule, *_ in _rules(report)] == ["reading.tables_unread"]


def test_classes_under_a_class_in_a_header_printing_no_cell_for_labels_merged_down(tmp_path):
    """`일반직` over `5급 … 8급`, `임기제` over `전문임기제 | 시간선택제임기제`, `공무직` merged down: the lower row's
    classes are the 임기제's (before, read as no table: an upper label's kind among the lower's)."""
    report = read(tmp_path, "인 력\n(단위: 명)\n구 분\n계\n일반직\n임기제\n공무직\n5급\n6급\n7급\n8급\n전문임기제\n"
                             "시간선택제임기제\n정 원\n15\n1\n3\n4\n2\n1\n2\n2\n현 원\n15\n1\n3\n4\n2\n1\n2\n2\n"
                             "Ⅱ. 주요업무 추진실적\n")
    assert headcounts(report) == [("계", "계", 15), ("일반직", "5급", 1), ("일반직", "6급", 3),
                                   ("일반직", "7급", 4), ("일반직", "8급", 2), ("임기제", "전문임기제", 1),
                                   ("임기제", "시간선택제임기제", 2), ("공무직", "계", 2)]
    assert _rules(report) == []


def test_rows_printing_no_cell_for_the_class_merged_down(tmp_path):
    """`일반직 | 5급` over `6급`, `7급`: grades of the 일반직; `공무직` and `계`, no grade, in the class's column."""
    report = read(tmp_path, "인 력\n(단위: 명)\n직 렬\n직 급\n정 원\n현 원\n일반직\n5급\n1\n1\n6급\n3\n2\n7급\n4\n4\n"
                             "별정직\n7급\n1\n1\n공무직\n2\n2\n계\n11\n10\nⅡ. 주요업무 추진실적\n")
    assert [(s.job_class, s.grade, s.status, s.headcount) for s in report.staffing] == [
        ("일반직", "5급", "정원", 1), ("일반직", "5급", "현원", 1), ("일반직", "6급", "정원", 3),
        ("일반직", "6급", "현원", 2), ("일반직", "7급", "정원", 4), ("일반직", "7급", "현원", 4),
        ("별정직", "7급", "정원", 1), ("별정직", "7급", "현원", 1), ("공무직", "계", "정원", 2),
        ("공무직", "계", "현원", 2), ("계", "계", "정원", 11), ("계", "계", "현원", 10)]
    assert _rules(report) == []


def test_a_flat_lists_levels_told_by_its_marks(tmp_path):
    """No line indented: a `○` after a `-` item is no item of it (a PDF indents the `-` under the `○`), the `-`
    and `·` under it nest as they come; a line set off by one blank (pypdf's) is at the margin too."""
    report = read(tmp_path, PROJECT + "- 위원 위촉: 3월\n○ 주민총회 개최: 5월\n - 15개동 주민 3,860명 참여\n"
                             "· 온라인 투표 병행\n- 결과 공개: 6월\n○ 자치계획 수립: 6월\n")
    assert _levels(report) == [(0, "위원 위촉: 3월"), (0, "주민총회 개최: 5월"), (1, "15개동 주민 3,860명 참여"),
                               (2, "온라인 투표 병행"), (1, "결과 공개: 6월"), (0, "자치계획 수립: 6월")]


def test_a_reports_own_order_of_dot_and_dash_kept_in_a_flat_list(tmp_path):
    """`ㆍ` over `-` (reports differ on which of the two is outer): the order they come in tells."""
    report = read(tmp_path, PROJECT + "ㆍ 주민 제안사업 공모\n- 제안 접수: 2월~3월\n- 동 지역회의 심사: 4월\n"
                             "ㆍ 위원 역량 교육: 3월\n")
    assert _levels(report) == [(0, "주민 제안사업 공모"), (1, "제안 접수: 2월~3월"), (1, "동 지역회의 심사: 4월"),
                               (0, "위원 역량 교육: 3월")]


def test_indentation_where_printed_stays_the_evidence(tmp_path):
    """A `○` indented under a `-` at the margin is its item: the marks' convention is asked only of flat text."""
    report = read(tmp_path, PROJECT + "- 위원 위촉: 3월\n  ○ 신규 위원 214명\n- 주민총회 개최: 5월\n")
    assert _levels(report) == [(0, "위원 위촉: 3월"), (1, "신규 위원 214명"), (0, "주민총회 개최: 5월")]


def test_pymupdfs_plain_text_reads_the_staffing_below_a_list_of_teams_as_its_twin():
    """The teams' list, then `구 분 | 계 | 일 반 직 | 임기제 | 공무직` over `5급 … 9급 | 시간선택제`: before, no
    staffing and a `reading.tables_unread` warning. Its children's table by district from `동 명`, a first
    label the tool does not know, was told since plain99 and reads since plain116."""
    text = extract_file(REPORTS / "2025-hanbit-adong-pymupdf-plain.txt")
    twin = extract_file(REPORTS / "2025-hanbit-adong.md")
    read, printed = records_data(text, with_sources=False), records_data(twin, with_sources=False)
    for kind in ("staffing", "vehicles", "budget"):
        assert read[kind] == printed[kind]
    assert ("임기제", "시간선택제", 1) in headcounts(text, "정원")
    assert _rules(text) == []  # its children's table by district from `동 명` reads since plain116
    assert _rules(twin) == []


def test_pypdfs_plain_text_reads_the_staffing_by_class_and_grade_as_its_twin():
    """`직 렬 | 직 급 | 정 원 | 현 원 | 과부족` over `일반직 | 4급 | …`, then `5급 | …` (the class merged down):
    before, no staffing and a `reading.tables_unread` warning. Its 회기 운영 table, told unread since plain104 (its
    cells are dates and notes), is read since plain107 and its total checked as the twin's; its 의회 청사 (a group
    merged down beside a total's row), told unread before plain109, is read: no table is told unread."""
    text = extract_file(REPORTS / "2025-hanbit-uihoesamuguk-pypdf-plain.txt")
    twin = extract_file(REPORTS / "2025-hanbit-uihoesamuguk.txt")
    assert records_data(text, with_sources=False)["staffing"] == records_data(twin, with_sources=False)["staffing"]
    assert ("일반직", "6급", 7) in headcounts(text)
    assert [rule for rule, *_ in _rules(text)] == ["shortfall", "sum.table"]
    assert sorted(rule for rule, *_ in _rules(twin)) == ["shortfall", "sum.table"]
    assert [found for found in _rules(text) if found[0] == "sum.table"] == [("sum.table", "22", "23")]



def test_a_headings_number_on_a_line_of_its_own_below_a_table(tmp_path):
    """`4` over `예산현황` over `(단위: 천원)` (PyMuPDF prints a heading's number set apart): no figure of the fleet
    above, whose rows are read (before, unread); a fleet's last figure over such a heading is its own."""
    report = read(tmp_path, "3. 차 량\n(단위: 대)\n구 분\n계\n승 용\n화 물\n계\n3\n2\n1\n휘발유\n1\n1\n-\n"
                             "전 기\n2\n1\n1\n4\n예산현황\n(단위: 천원)\n사 업 명\n예산액\n집행액\n계\n500\n200\n"
                             "자치 지원\n500\n200\nⅡ. 주요업무 추진실적\n")
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts][:3] == [("계", "계", 3), ("승용", "소계", 2),
                                                                         ("화물", "소계", 1)]
    assert [(b.name, b.budget_krw) for b in report.budget] == [("계", 500000), ("자치 지원", 500000)]
    report = read(tmp_path, "3. 차 량\n(단위: 대)\n계\n승용\n화물\n2\n1\n1\n예산현황\n(단위: 천원)\n"
                             "Ⅱ. 주요업무 추진실적\n")
    (fleet,) = report.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 2), ("승용", 1), ("화물", 1)]


def test_a_fleets_one_labelled_row_under_a_header_of_two_rows_headed_by_its_label(tmp_path):
    """`구 분 | 총 계 | 승 용 | 화 물` over `소 계 | 소 형 | 소 계 | 소 형 | 중 형` and `보 유 | …` alone (before,
    read as no table: a labelled row alone was read under a header of one row only)."""
    report = read(tmp_path, "3 장비현황\n(단위: 대)\n구 분\n총 계\n승 용\n화 물\n소 계\n소 형\n소 계\n소 형\n중 형\n"
                             "보 유\n4\n1\n1\n3\n2\n1\n4 예산현황\n")
    (fleet,) = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 4), ("승용", "소계", 1), ("승용", "소형", 1), ("화물", "소계", 3), ("화물", "소형", 2),
        ("화물", "중형", 1)]
    assert _rules(report) == []
