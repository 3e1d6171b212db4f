"""PDF text in content order with no indentation, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain99): a table printed a cell a line from a first label the tool does not know as a
table's (`동 별`, `월 별`, `분 야`, `성과지표`) is still told unread where it prints one, never lost unsaid."""

from pathlib import Path

from pipeline.cell_lines import cell_line_tables
from pipeline.extract import extract_file
from tests.test_plain97 import headcounts, read
from tests.test_plain102 import unread_messages

REPORTS = Path(__file__).parent / "department_reports"


def _lines(*lines: str) -> list[str]:
    return list(lines)


def test_a_table_from_a_first_label_the_tool_does_not_know_is_told_unread():
    """`월 별` over `계 | 1월 | 2월` and rows of figures, `처리`'s 2월 empty printing nothing: no table's first label
    the tool knows, nor a plain grid (plain110 reads one), so not read, but told unread at its first line (before,
    its figures stayed text unsaid)."""
    lines = _lines("□ 민원 처리 실적", "(단위: 건)", "월 별", "계", "1월", "2월", "접수", "120", "58", "62",
                   "처리", "118", "57", "□ 향후계획")
    unread: list[int] = []
    assert cell_line_tables(lines, unread) == (lines, [])
    assert unread == [2]


def test_the_run_told_goes_up_to_the_next_table_start():
    """Two tables one after the other, each under its units: each told at its own first line, the first's run
    parted from the second's at the units line above `분 야` (a cell of each empty, printing nothing: no plain
    grid)."""
    lines = _lines("(단위: 명)", "동 별", "세대수", "인 구", "계", "4,120", "9,870", "한빛1동", "2,050", "4,930",
                   "한빛2동", "2,070", "(단위: 건)", "분 야", "건 수", "비율(%)", "계", "240", "100.0",
                   "복지", "62", "25.8", "문화", "48", "○ 보도자료 배포")
    unread: list[int] = []
    cell_line_tables(lines, unread)
    assert unread == [1, 13]


def test_words_under_an_unknown_label_are_no_table():
    """A list of teams and their tasks, or of dates: words, too few figures to be a table's."""
    lines = _lines("(단위: 개소)", "팀 명", "주요 업무", "자치행정팀", "주민자치회 운영", "민원팀", "민원 처리",
                   "□ 추진일정", "일 정", "3월", "기본계획 수립", "5월", "공모 선정", "2. 인 력")
    unread: list[int] = []
    assert cell_line_tables(lines, unread) == (lines, [])
    assert unread == []


def test_a_known_first_label_read_as_before():
    """`구 분` over rows of figures is read (not told), the unknown start below it told (`음식점`'s 우 수 empty,
    printing nothing: no plain grid)."""
    lines = _lines("(단위: 명)", "구 분", "정 원", "현 원", "계", "10", "9", "행정", "6", "5", "시설", "4", "4",
                   "(단위: 건)", "업 종", "계", "우 수", "일 반", "계", "642", "118", "524", "음식점", "500",
                   "410", "○ 위생 점검")
    unread: list[int] = []
    _, tables = cell_line_tables(lines, unread)
    assert [(start, rows[0]) for start, rows, _ in tables] == [(1, ("구 분", "정 원", "현 원"))]
    assert unread == [14]


def test_a_report_warns_where_a_table_from_an_unknown_label_is_left(tmp_path):
    # `한빛1동`'s 가 구 empty, printing nothing: no plain grid (plain110 reads one)
    report = read(tmp_path, "5. 동별 현황\n(2025. 5. 31. 기준, 단위: 가구, 명)\n동 별\n가 구\n인 원\n계\n"
                             "3,120\n5,480\n한빛1동\n2,610\n한빛2동\n1,620\n2,870\nⅡ. 주요업무 추진실적\n")
    assert len(unread_messages(report)) == 1
    assert "(줄 7)" in unread_messages(report)[0]


def test_pymupdfs_plain_text_reads_the_childrens_table_by_district():
    """`동 명 | 아 동 수 | 구성비` over `계 | 남 | 여` (line 96 of the fixture): told since plain99, read as a plain
    grid under a header of two rows since plain116."""
    report = extract_file(REPORTS / "2025-hanbit-adong-pymupdf-plain.txt")
    assert unread_messages(report) == []
    lines = (REPORTS / "2025-hanbit-adong-pymupdf-plain.txt").read_text(encoding="utf-8").split("\n")
    assert lines[95].strip() == "동 명"


def test_a_staffing_header_of_three_rows_printing_no_cell_for_labels_merged_down(tmp_path):
    """`구 분 | 계 | 일반직 | 공무직` over `행정 | 사회복지` over `5급 6급 7급 | 7급 8급`: 일반직 over its series, each
    over its grades (a grade no lower than the one before starts the next), 계 and 공무직 merged down (before, told
    unread)."""
    report = read(tmp_path, "2. 인 력\n(2025. 5. 31. 기준, 단위: 명)\n구 분\n계\n일반직\n공무직\n행정\n사회복지\n"
                             "5급\n6급\n7급\n7급\n8급\n정 원\n14\n1\n3\n4\n3\n2\n1\n현 원\n13\n1\n3\n3\n3\n2\n1\n"
                             "3. 차 량 : 해당 없음\n")
    assert headcounts(report, "정원") == [("계", "계", 14), ("행정", "5급", 1), ("행정", "6급", 3),
                                           ("행정", "7급", 4), ("사회복지", "7급", 3), ("사회복지", "8급", 2),
                                           ("공무직", "계", 1)]
    assert unread_messages(report) == []


def test_classes_over_classes_are_no_header_of_three_rows():
    """`행 정 직 | 시 설 직 | 운 전 직` over grades that start anew once (`8급` after `7급` goes on): which class
    stands over which grades the labels do not tell, so the table is told unread, not read with `시 설 직` over
    `운 전 직`."""
    lines = _lines("(단위: 명)", "구 분", "합 계", "행 정 직", "시 설 직", "운 전 직", "공무직", "5급", "6급", "7급",
                   "6급", "7급", "8급", "정 원", "12", "1", "3", "2", "2", "1", "1", "2", "현 원", "11", "1", "3",
                   "1", "2", "1", "1", "2", "※ 공무직: 주차 단속원")
    unread: list[int] = []
    assert cell_line_tables(lines, unread) == (lines, [])
    assert unread == [1]


def test_a_label_merged_down_at_the_right_printed_after_the_lower_row():
    """`세 목 | 체납액 | 징수액` over `건 수 | 금 액 | 건 수 | 금 액`, then `징수율`: a label over both rows stands
    lower than the upper row's, so PDF text may print it after the lower row's (before, told unread)."""
    lines = _lines("(단위: 건, 백만원, %)", "세 목", "체납액", "징수액", "건 수", "금 액", "건 수", "금 액", "징수율",
                   "계", "3,200", "1,450", "1,100", "520", "35.9", "재 산 세", "1,800", "950", "600", "330", "34.7",
                   "자동차세", "1,400", "500", "500", "190", "38.0", "○ 번호판 영치: 연중")
    unread: list[int] = []
    _, [(start, rows, _)] = cell_line_tables(lines, unread)
    assert (start, unread) == (1, [])
    assert rows[:3] == (("세 목", "체납액", "", "징수액", "", "징수율"), ("", "건 수", "금 액", "건 수", "금 액", ""),
                        ("계", "3,200", "1,450", "1,100", "520", "35.9"))


def test_a_plain_pdftotext_staffing_header_its_class_merged_down_printed_last(tmp_path):
    """`구 분 | 계 | 일 반 직` over `5급 6급`, then `공무직` (merged down at the right): read, its total the sum."""
    report = read(tmp_path, "2. 인 력\n구 분\n계\n일 반 직\n5급\n6급\n공무직\n정 원\n8\n1\n5\n2\n현 원\n7\n1\n4\n2\n"
                             "3. 예산현황\n")
    assert headcounts(report) == [("계", "계", 7), ("일반직", "5급", 1), ("일반직", "6급", 4), ("공무직", "계", 2)]
    assert unread_messages(report) == []


def test_a_grid_at_a_pages_foot_over_a_heading_and_the_page_break():
    """`사 업 명 | 예 산 액 | 집 행 액` over rows of one label each, then `주요업무 추진실적` (a heading at the page's
    foot, the page's running lines blanked below it) and a project's title: words alone below, no figure past them,
    so the plain grid ends there (before, told unread: the heading might have been a cell)."""
    lines = _lines("(단위: 천원)", "사 업 명", "예 산 액", "집 행 액", "계", "900", "400", "체육 진흥", "600", "300",
                   "기본경비", "300", "100", "주요업무 추진실적", "", "", "구민 체육대회 개최 (체육진흥팀)",
                   "구민 누구나 참여할 수 있는 체육대회를 열어 생활체육 저변을 넓히고 건강한 지역 공동체를 만들고자 함")
    unread: list[int] = []
    _, [(start, rows, _)] = cell_line_tables(lines, unread)
    assert (start, unread) == (1, [])
    assert rows == (("사 업 명", "예 산 액", "집 행 액"), ("계", "900", "400"), ("체육 진흥", "600", "300"),
                    ("기본경비", "300", "100"))


def test_words_below_a_grid_before_more_figures_are_its_cells():
    """A column of words right of the figures (`위 치`), the last row's word alone below: read as rows they would
    print two labels then one (`한빛로 1 | 별 관 | 800`), no plain grid, so the words may be cells and the run
    stays text, not read short."""
    lines = _lines("□ 청사 현황", "구 분", "면 적", "위 치", "본 관", "1,200", "한빛로 1", "별 관", "800", "한빛로 2",
                   "□ 공용차량")
    assert cell_line_tables(lines, []) == (lines, [])


def test_of_two_placements_the_one_the_group_totals_agree_with(tmp_path):
    """`구 분 | 일 반 직 | 연 구 직 | 공무직 | 계` over `5급 6급 | 연구관 연구사`: `계` may be the upper row's last
    label (merged down at the right) or the lower row's first (일반직's total); the first row's figures tell (1 is
    no sum of 2 and 1), so it is the whole table's total (before, neither read and the table told unread)."""
    report = read(tmp_path, "2. 인 력\n(2025. 5. 31. 기준, 단위: 명)\n구 분\n일 반 직\n연 구 직\n공무직\n계\n"
                             "5급\n6급\n연구관\n연구사\n정 원\n1\n2\n1\n3\n2\n9\n현 원\n1\n2\n1\n2\n2\n8\n"
                             "3. 차 량 : 해당 없음\n")
    assert headcounts(report) == [("일반직", "5급", 1), ("일반직", "6급", 2), ("연구직", "연구관", 1),
                                   ("연구직", "연구사", 2), ("공무직", "계", 2), ("계", "계", 8)]
    assert unread_messages(report) == []
