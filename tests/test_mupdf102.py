"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of a table of words alone (branch mupdf102).

PyMuPDF sets each line off by its own letters, so a two-column table of words (a 조직 table's `팀 명  주 요 업 무`)
prints its rows' cells two blanks apart, the second column wherever the first cell's letters end it: no blank
column three wide runs down between the columns, and the table was read as paragraphs (lost). A header of short
labels three blanks apart over rows printing as many cells, none reaching into the next column, is such a table."""

from hypothesis import given
from hypothesis import strategies as st

from pipeline.aligned import display_width
from tests.test_hunt95 import tables
from tests.test_mupdf99 import line

TEAMS = [("기획조정팀", "구정 기획, 조직·정원 관리"), ("민원봉사팀", "민원 접수·처리, 제증명 발급"),
         ("세무관리팀", "지방세 부과·징수, 체납 관리"), ("홍보팀", "구정 홍보, 보도자료 배포")]


def team_row(team: str, duty: str, start: int = 39) -> str:
    """A row as PyMuPDF prints it: the duty two blanks after the team's letters, further when the team is short."""
    return line((start, team), (max(start + display_width(team) + 2, start + 10), duty))


def organisation_text(rows: list[str]) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅰ. 일반현황", " 1. 조 직 : 4개팀",
                        line((41, "팀 명"), (55, "주 요 업 무")), *rows, " 2. 인 력"]) + "\n"


def test_a_team_table_set_off_by_two_blanks_reads_as_its_twin(tmp_path):
    rows = [team_row(team, duty) for team, duty in TEAMS]
    assert tables(tmp_path, organisation_text(rows)) == [(("팀 명", "주 요 업 무"), *TEAMS)]


def test_a_short_team_name_ending_where_the_next_column_starts_still_reads(tmp_path):
    # `홍보팀` set with four blanks after it ends its duty where `기획조정팀`'s five letters end
    rows = [line((39, "홍보팀"), (49, "구정 홍보, 보도자료 배포")), line((39, "기획조정팀"), (51, "구정 기획"))]
    assert tables(tmp_path, organisation_text(rows)) == [
        (("팀 명", "주 요 업 무"), ("홍보팀", "구정 홍보, 보도자료 배포"), ("기획조정팀", "구정 기획"))]


def test_a_cell_reaching_into_the_next_column_is_no_such_table(tmp_path):
    # the second line's first words run past where the first line's second cell starts: a paragraph's double spaces
    rows = [line((39, "주민센터"), (51, "운영 현황 점검")), line((39, "주민자치회 위원"), (60, "위촉 완료"))]
    assert tables(tmp_path, organisation_text(rows)) == []


def test_lines_printing_fewer_cells_than_the_header_are_no_such_table(tmp_path):
    rows = [line((39, "기획조정팀 구정 기획, 조직·정원 관리")), team_row(*TEAMS[1]), team_row(*TEAMS[2])]
    assert tables(tmp_path, organisation_text(rows)) == []


@given(st.lists(st.sampled_from(TEAMS), min_size=2, max_size=4, unique=True), st.integers(min_value=36, max_value=42))
def test_team_tables_read_whatever_their_rows_and_indent(tmp_path_factory, teams, start):
    rows = [team_row(team, duty, start) for team, duty in teams]
    assert tables(tmp_path_factory.mktemp("t"), organisation_text(rows)) == [(("팀 명", "주 요 업 무"), *teams)]


def test_rows_of_dates_under_no_header_are_no_such_table(tmp_path):
    # a schedule's first row three blanks apart is no header: its date's digits
    rows = [line((59, "’25. 7월"), (74, "1차 공사 준공")), line((59, "’25. 9. ~ 11."), (76, "2차 공사")),
            line((59, "’26. 3월 ~"), (74, "운영 점검"))]
    text = "\n\n".join(["2025년 주요업무 보고", " □ 향후계획", *rows, " □ 예산현황"]) + "\n"
    assert tables(tmp_path, text) == []


# a building's floors as PyMuPDF prints its PDF: the header narrowed by its letters, the `계` row set off whole left
# of the floors below (its `계` and its figure alike), the building's name merged down printed between two floors
BUILDING = [
    line((35, "구 분"), (43, "층 별"), (50, "면 적 (m²)"), (66, "주요시설"), (80, "비 고")),
    line((40, "계"), (48, "3,150")),
    line((49, "1층"), (57, "1,050"), (67, "민원실, 상담실")),
    line((34, "별관 청사")),
    line((49, "2층"), (57, "1,100"), (67, "대회의실, 자료실")),
    "",
    line((49, "3층"), (57, "1,000"), (67, "사무실(4), 문서고")),
]


def building_text(rows: list[str] = BUILDING) -> str:
    floors = "\n".join(rows[2:])  # one below another; a blank line under the header and under the 계 row
    return "\n\n".join(["2025년 주요업무 보고", " 3 주요시설", " □ 청사", rows[0], rows[1], floors]) + "\n"


def test_a_total_row_set_off_whole_beside_its_group_label_reads_as_its_twin(tmp_path):
    assert tables(tmp_path, building_text()) == [(
        ("구 분", "층 별", "면 적 (m²)", "주요시설", "비 고"),
        ("별관 청사", "계", "3,150", "", ""),
        ("", "1층", "1,050", "민원실, 상담실", ""),
        ("", "2층", "1,100", "대회의실, 자료실", ""),
        ("", "3층", "1,000", "사무실(4), 문서고", ""))]
