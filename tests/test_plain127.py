"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain127): a table of words alone under `비 고` reads where its rows' labels are
letter-spaced (`교 육`, `장 비`) and no other cell so, each row a cell a label column and a note or none; in a table of
words, a group's rows printing its label again may print no cell for an empty figure, placed where the group's total
row sums them one way alone; a first row of a total's figures alone (`계 | 계 | 9,850 | 21,300`) leads such a table.
A staffing table whose classes over grades the labels do not part stays told unread."""

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.cell_lines import cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages


def _read(lines) -> tuple[list, list[int]]:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    return [(start, tuple(rows)) for start, rows, _ in tables], unread


# a library's rooms and things in words alone, its rows' labels letter-spaced; no note for the last row
ROOMS = ("□ 작은도서관", "구 분", "명 칭", "현 황", "비 고",
         "시 설", "햇살 작은도서관(1개소)", "별관 2층 열람실", "문화팀",
         "장 비", "무인 대출기", "2대",
         "□ 공용차량 - 총 4대")

ROOMS_READ = (("구 분", "명 칭", "현 황", "비 고"),
              ("시 설", "햇살 작은도서관(1개소)", "별관 2층 열람실", "문화팀"),
              ("장 비", "무인 대출기", "2대", ""))


def test_words_alone_read_by_their_letter_spaced_labels():
    """`문화팀` is the 시 설 row's note, not the next row's label: each row starts at a letter-spaced label (before,
    told unread)."""
    assert _read(ROOMS) == ([(1, ROOMS_READ)], [])


def test_words_alone_with_notes_in_every_row_and_three_rows():
    lines = (*ROOMS[:9], "교 육", "디지털 배움터", "주 2회", "외부 강사", *ROOMS[9:])
    (table,), unread = _read(lines)
    assert unread == []
    assert table[1][1:] == (("시 설", "햇살 작은도서관(1개소)", "별관 2층 열람실", "문화팀"),
                            ("교 육", "디지털 배움터", "주 2회", "외부 강사"), ("장 비", "무인 대출기", "2대", ""))


def test_words_alone_read_in_the_report(tmp_path):
    report = read_report(tmp_path, *ROOMS)
    assert unread_messages(report) == []
    (table,) = [t for t in records_data(report, with_sources=False)["tables"] if t["caption"] == "작은도서관"]
    assert table["rows"] == [list(row) for row in ROOMS_READ]


def test_words_alone_whose_row_prints_an_empty_cell_short_stays_unread():
    """`장 비 | 무인 대출기`, its 현황 empty: no cell tells which column is, so the run is told unread, not read."""
    lines = [line for line in ROOMS if line != "2대"]
    assert _read(lines) == ([], [1])


def test_words_alone_whose_labels_are_not_letter_spaced_stay_unread():
    """`시설 | …` over `장비 | …`: `문화팀` may be a note or the next row's label; told unread as before."""
    lines = [{"시 설": "시설", "장 비": "장비"}.get(line, line) for line in ROOMS]
    assert _read(lines) == ([], [1])


def test_a_letter_spaced_cell_past_the_first_column_stays_unread():
    """`대 출` in the 현황 column: a label's look where no label stands, so the rows' starts are not told by it."""
    lines = [{"2대": "대 출"}.get(line, line) for line in ROOMS]
    assert _read(lines) == ([], [1])


# halls in groups: a group's total row first, its rows printing its label again (a merged cell printed in each row),
# one row's 대지 empty (PDF text prints nothing for it): the group's total places its 2,400 under 건물
HALLS = ("□ 구 청사", "구 분", "구 분", "대지(㎡)", "건물(㎡)", "규 모", "준공일자",
         "본 관", "계", "6,100", "12,900",
         "본 관", "본 관", "6,100", "10,500", "지하1층 ~ 지상5층", "1993. 4. 1.",
         "본 관", "민 원 동", "2,400", "지상2층", "2011. 6. 30.",
         "별 관", "별 관", "2,800", "3,600", "지상3층", "2003. 10. 15.",
         "5. 예산현황")

HALLS_READ = (("구 분", "구 분", "대지(㎡)", "건물(㎡)", "규 모", "준공일자"),
              ("본 관", "계", "6,100", "12,900", "", ""),
              ("본 관", "본 관", "6,100", "10,500", "지하1층 ~ 지상5층", "1993. 4. 1."),
              ("본 관", "민 원 동", "", "2,400", "지상2층", "2011. 6. 30."),
              ("별 관", "별 관", "2,800", "3,600", "지상3층", "2003. 10. 15."))


def test_a_groups_row_printing_a_figure_short_is_placed_by_its_total():
    assert _read(HALLS) == ([(1, HALLS_READ)], [])


def test_a_groups_rows_read_in_the_report_and_checked(tmp_path):
    report = read_report(tmp_path, *HALLS)
    assert unread_messages(report) == []
    (table,) = [t for t in records_data(report, with_sources=False)["tables"] if t["caption"] == "구 청사"]
    assert table["rows"][3] == ["본 관", "민 원 동", "", "2,400", "지상2층", "2011. 6. 30."]
    assert [f for f in run_checks(report) if f.rule == "sum.table"] == []


def test_a_short_row_the_total_places_two_ways_stays_unread():
    """The group's total printing no area (`- | -`): `2,400` may stand under 대지 or 건물, so no table is guessed:
    told unread."""
    lines = [{"6,100": "-", "12,900": "-"}.get(line, line) if k in (9, 10) else line for k, line in enumerate(HALLS)]
    assert _read(lines) == ([], [1])


def test_the_total_places_a_short_row_by_one_column_alone():
    """The total's 대지 a dash: its 건물 `12,900` alone places `2,400` (under 대지 the 건물 would sum to 10,500)."""
    lines = [{"6,100": "-"}.get(line, line) if k == 9 else line for k, line in enumerate(HALLS)]
    ((_, rows),), unread = _read(lines)
    assert unread == []
    assert rows[1:4] == (("본 관", "계", "-", "12,900", "", ""), HALLS_READ[2], HALLS_READ[3])


def test_a_short_row_whose_total_no_placing_sums_stays_unread():
    """`12,900` printed as 13,000: neither placing of `2,400` sums to the total, so no place is guessed."""
    lines = [{"12,900": "13,000"}.get(line, line) for line in HALLS]
    assert _read(lines) == ([], [1])


# a table total's row first, printing its labels over the two label columns and its figures alone
BUILDINGS = ("□ 청사 현황", "구 분", "구 분", "대지(㎡)", "연면적(㎡)", "규 모", "준공연도",
             "계", "계", "9,850", "21,300",
             "본 관", "본 관", "6,900", "15,100", "지하2층 지상6층", "1996",
             "별 관", "별 관", "2,950", "6,200", "지상4층", "2014",
             "5. 예산현황")


def test_a_table_of_words_led_by_a_totals_row_reads():
    assert _read(BUILDINGS) == ([(1, (("구 분", "구 분", "대지(㎡)", "연면적(㎡)", "규 모", "준공연도"),
                                      ("계", "계", "9,850", "21,300", "", ""),
                                      ("본 관", "본 관", "6,900", "15,100", "지하2층 지상6층", "1996"),
                                      ("별 관", "별 관", "2,950", "6,200", "지상4층", "2014")))], [])


def test_classes_over_grades_the_labels_do_not_part_stay_unread():
    """`행 정 직 | 시 설 직 | 운 전 직` over `5급 … 8ㆍ9급 | 6급 | 7급 | 8급`: which class stands over `8급` no label
    says (PDF text prints no span), so the staffing table is told unread still, not read one way."""
    lines = ["(2025. 5. 31. 기준, 단위: 명)", "구 분", "합 계", "행 정 직", "시 설 직", "운 전 직", "공무직",
             "5급", "6급", "7급", "8ㆍ9급", "6급", "7급", "8급",
             "정 원", "30", "1", "4", "7", "8", "2", "2", "1", "5",
             "현 원", "29", "1", "4", "6", "8", "2", "2", "1", "5",
             "※ 공무직: 주차 단속원 5명"]
    assert _read(lines) == ([], [1])


@given(st.integers(1, 9_000), st.integers(1, 9_000), st.integers(1, 9_000))
def test_a_short_rows_figure_goes_where_the_total_sums(site, main_floor, annex_floor):
    """Whatever the areas, the short row's one figure stands under the column whose total it completes: 건물 where
    the total's 대지 is the main building's alone."""
    def figure(amount: int) -> str:
        return f"{amount:,}"

    lines = ("□ 구 청사", "구 분", "구 분", "대지(㎡)", "건물(㎡)", "규 모", "준공일자",
             "본 관", "계", figure(site), figure(main_floor + annex_floor),
             "본 관", "본 관", figure(site), figure(main_floor), "지상5층", "1993. 4. 1.",
             "본 관", "부 속 동", figure(annex_floor), "지상2층", "2011. 6. 30.",
             "5. 예산현황")
    (table,), unread = _read(lines)
    assert unread == []
    assert table[1][3] == ("본 관", "부 속 동", "", figure(annex_floor), "지상2층", "2011. 6. 30.")
