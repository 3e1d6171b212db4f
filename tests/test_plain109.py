"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain109): a group's label merged down is printed once, at its group's first row or
beside its total's row, the rows below printing no cell for it; such a table is read, each of those rows' group
read empty as the text twin reads a label merged down, where the figures part the rows one way alone: without
notes each row cut by its last figure (the header printed again past a page break left out), under `비 고` the
rows under a group's total row. Where a note and a new group's first label part two ways, still told unread."""

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.cell_lines import cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages

# courses a row: a group merged down (printed at its first row), the course, when and how many finished; the
# header printed again on the next page (the running lines blanked), a total at the foot
COURSES = ("□ 직원 교육 실적", "구 분", "과 정 명", "교육기간", "수료(명)",
           "직무교육", "민원응대 과정", "3. 4. ~ 3. 8.", "42",
           "보고서 작성 과정", "상반기", "35",
           "", "", "구 분", "과 정 명", "교육기간", "수료(명)",
           "소양교육", "청렴 교육", "연중", "120",
           "계", "197", "- 하반기 교육 수요조사: 7월")

COURSES_READ = (("구 분", "과 정 명", "교육기간", "수료(명)"),
                ("직무교육", "민원응대 과정", "3. 4. ~ 3. 8.", "42"), ("", "보고서 작성 과정", "상반기", "35"),
                ("소양교육", "청렴 교육", "연중", "120"), ("계", "", "", "197"))

# floors a row under two buildings, each printed once beside its total's row, a note or none
BUILDINGS = ("□ 청사 현황", "구 분", "층 별", "면 적 (m²)", "주요시설", "비 고",
             "본 관", "계", "2,700", "1층", "900", "민원실, 민원상담실", "2층", "1,800", "구청장실, 회의실(2)",
             "보 건 소", "계", "1,150", "1층", "1,150", "진료실, 검진센터", "휴일 개방",
             "□ 공용차량 - 총 3대")


def _read(lines) -> list:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    assert unread == []
    return [tuple(rows) for _, rows, _ in tables]


def test_a_group_merged_down_reads_each_row_cut_by_its_figure():
    """`보고서 작성 과정 | 상반기 | 35` prints a cell fewer than `직무교육 | 민원응대 과정 | …`: its group merged down,
    read empty; the header again atop the next page is no row (before, told unread)."""
    assert _read(COURSES) == [COURSES_READ]


def test_courses_read_in_the_report_and_their_total_checked(tmp_path):
    report = read_report(tmp_path, *COURSES)
    assert unread_messages(report) == []
    (table,) = [t for t in records_data(report, with_sources=False)["tables"] if t["caption"] == "직원 교육 실적"]
    assert [tuple(row) for row in table["rows"]] == list(COURSES_READ)
    wrong = read_report(tmp_path, *(line if line != "197" else "190" for line in COURSES))
    assert [(f.expected, f.actual) for f in run_checks(wrong) if f.rule == "sum.table"] == [("197", "190")]


def test_groups_beside_their_totals_read():
    """Each building's label beside its total's row, its floors below printing no cell for it; `휴일 개방` the last
    floor's note (the text parts below it)."""
    assert _read(BUILDINGS) == [(("구 분", "층 별", "면 적 (m²)", "주요시설", "비 고"),
                                 ("본 관", "계", "2,700", "", ""),
                                 ("", "1층", "900", "민원실, 민원상담실", ""),
                                 ("", "2층", "1,800", "구청장실, 회의실(2)", ""),
                                 ("보 건 소", "계", "1,150", "", ""),
                                 ("", "1층", "1,150", "진료실, 검진센터", "휴일 개방"))]


def test_a_note_or_a_new_groups_label_is_told_by_the_groups_total():
    """`야간 운영` after a floor's figures may be its note or the label of a group merged down from the next row
    (`야간 운영 | 2층 | 1,800 | …`): two ways, told unread before plain116; 본 관's `계 | 2,700` sums 1층's and 2층's
    areas, so 2층 is 본 관's and `야간 운영` 1층's note (tests/test_plain116.py: where it sums neither, still told)."""
    lines = ["□ 청사 현황", "구 분", "층 별", "면 적 (m²)", "주요시설", "비 고",
             "본 관", "계", "2,700", "1층", "900", "민원실", "야간 운영", "2층", "1,800", "회의실",
             "□ 공용차량 - 총 3대"]
    unread: list[int] = []
    assert [rows for _, rows, _ in cell_line_tables(list(lines), unread)[1]] == [
        (("구 분", "층 별", "면 적 (m²)", "주요시설", "비 고"), ("본 관", "계", "2,700", "", ""),
         ("", "1층", "900", "민원실", "야간 운영"), ("", "2층", "1,800", "회의실", ""))]
    assert unread == []


def test_a_staffing_header_is_no_table_of_words():
    """`구 분 | 계 | 일 반 직 | 기 능 직` names a total's column: a staffing table's, not cut by its last figure."""
    lines = ["2. 인 력", "(단위: 명)", "구 분", "계", "일 반 직", "기 능 직", "본청", "보건소", "정 원", "12", "9", "3",
             "현 원", "11", "8", "3", "□ 주요 업무"]
    tables = cell_line_tables(list(lines), [])[1]
    assert all(rows[0][:2] != ("구 분", "계") or ("본청" not in rows[0]) for _, rows, _ in tables)


_COURSE = st.sampled_from(["민원응대 과정", "청렴 교육", "보고서 작성", "안전 교육", "정보보안 교육"])
_WHEN = st.sampled_from(["연중", "상반기", "하반기", "3. 4. ~ 3. 8.", "10. 1. ~ 10. 2."])


@given(st.lists(st.lists(st.tuples(_COURSE, _WHEN, st.integers(1, 999)), min_size=1, max_size=3),
                min_size=1, max_size=3))
def test_groups_of_courses_read_as_printed(groups):
    """Groups of one to three rows each, their label printed at their first row alone: read as printed, the later
    rows' group empty, the total at the foot."""
    lines = ["□ 교육 실적", "구 분", "과 정 명", "교육기간", "수료(명)"]
    placed = []
    for n, rows in enumerate(groups):
        for k, (course, when, count) in enumerate(rows):
            group = ("직무교육", "소양교육", "전문교육")[n] if k == 0 else ""
            lines += [*([group] if group else []), course, when, f"{count:,}"]
            placed.append((group, course, when, f"{count:,}"))
    total = sum(count for rows in groups for _, _, count in rows)
    lines += ["계", f"{total:,}", "- 교육 만족도 조사: 연 2회"]
    assert _read(lines) == [(("구 분", "과 정 명", "교육기간", "수료(명)"), *placed, ("계", "", "", f"{total:,}"))]


def test_buildings_read_each_row_cut_by_its_date():
    """`구 분 | 대지(m²) | 건물(m²) | 준공일자`: each row ends in its date, so the header is as many cells as the first
    row (before, told unread)."""
    lines = ["□ 구 청사", "구 분", "대지(m²)", "건물(m²)", "준공일자", "본관", "5,210", "11,380", "1991. 4. 15.",
             "별관", "1,930", "3,260", "2012. 6. 8.", "□ 공용차량 - 총 12대"]
    assert _read(lines) == [(("구 분", "대지(m²)", "건물(m²)", "준공일자"), ("본관", "5,210", "11,380", "1991. 4. 15."),
                             ("별관", "1,930", "3,260", "2012. 6. 8."))]
