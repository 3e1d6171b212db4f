"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain104): a schedule whose cells are dates and notes rather than figures, read as no
table, is still told unread, so that its days are known to be in the text alone."""

from pipeline.cell_lines import cell_line_tables
from tests.test_plain102 import read_report, unread_messages

# a session schedule: a label, a range of dates, a count of days and a note a row, some notes empty (unprinted)
SESSIONS = ("□ 주요 추진실적", "- 회기 운영", "구 분", "기 간", "일 수", "비 고",
            "제291회 임시회", "2024. 3. 4. ~ 3. 14.", "11", "업무보고",
            "제292회 임시회", "2024. 4. 8. ~ 4. 11.", "4",
            "제293회 정례회", "2024. 6. 10. ~ 6. 27.", "18", "결산 승인",
            "계", "33", "- 의원 연구단체 지원: 3개 단체")


def unread_starts(lines: list[str]) -> list[int]:
    """Where the runs told unread start among the lines."""
    unread: list[int] = []
    cell_line_tables(lines, unread)
    return unread


def told_unread_once(report) -> bool:
    """The report says one table printed a cell a line was not read, and only one."""
    messages = unread_messages(report)
    return len(messages) == 1 and messages[0].startswith("칸이 한 줄에 하나씩 인쇄된 표 1개를 표로 읽지 못해")


def test_a_schedule_of_dates_and_notes_reads():
    """Its body prints dates and notes between its few figures: told unread at `구 분` since plain104 (before, its
    days stayed text unsaid), read since plain107 (its dates and days fix each row's place, a note printed or not,
    the total's days under the days)."""
    _, tables = cell_line_tables(list(SESSIONS), [])
    assert tables == [(2, (("구 분", "기 간", "일 수", "비 고"),
                           ("제291회 임시회", "2024. 3. 4. ~ 3. 14.", "11", "업무보고"),
                           ("제292회 임시회", "2024. 4. 8. ~ 4. 11.", "4", ""),
                           ("제293회 정례회", "2024. 6. 10. ~ 6. 27.", "18", "결산 승인"),
                           ("계", "", "33", "")), (0, 4, 8, 11, 15))]
    assert unread_starts(list(SESSIONS)) == []


def test_a_schedule_read_in_the_report(tmp_path):
    assert unread_messages(read_report(tmp_path, *SESSIONS)) == []


def test_notes_without_a_notes_column_are_not_a_table():
    """Without `비 고` over them two words in a row end the run: a list of events and their dates is no table."""
    lines = ["□ 주요 행사", "구 분", "기 간", "구민의 날", "2024. 5. 3. ~ 5. 4.", "봄꽃 축제", "개막식",
             "2024. 4. 5. ~ 4. 6.", "가을 음악회", "야외 공연", "2024. 10. 11. ~ 10. 12.", "2", "3"]
    assert unread_starts(lines) == []


def test_dates_in_sentences_are_not_told(tmp_path):
    report = read_report(tmp_path, "□ 추진 일정", "- 기간: 2024. 3. 4. ~ 3. 14.", "- 장소: 구의회 본회의장",
                         "- 대상: 구민 200명")
    assert unread_messages(report) == []


def test_a_table_whose_header_is_printed_again_past_a_page_break_is_read_whole():
    """Its total's row on one page, the header printed again on the next over groups each beside its `소 계`: the
    header's labels again are left out and the table read whole (plain110; before, told unread at `구 분`, and
    before plain104 `구 분 | 수 종` printed again ended it after two figures)."""
    lines = ["○ 가로수 현황", "(단위: 주, m)", "구 분", "수 종", "주 수", "연장(m)", "계", "9,300", "48,500", "", "",
             "구 분", "수 종", "주 수", "연장(m)", "교목", "소 계", "7,800", "40,100", "은행나무", "4,100", "21,600",
             "느티나무", "3,700", "18,500", "관목", "소 계", "1,500", "8,400", "회양목", "1,500", "8,400",
             "○ 병해충 방제: 4월~5월 / 가로수 5,200주"]
    unread: list[int] = []
    ((start, rows, _),) = cell_line_tables(lines, unread)[1]
    assert (unread, start, len(rows), rows[2], rows[-1]) == (
        [], 2, 7, ("교목", "소 계", "7,800", "40,100"), ("", "회양목", "1,500", "8,400"))


def test_a_list_of_words_repeating_its_first_labels_is_no_table():
    """Labels printed again alone, between a few figures, are still a list of words."""
    lines = ["□ 협의체 구성", "구 분", "위 원", "구 분", "위 원", "위원장", "1", "부위원장", "2", "간사", "위원",
             "자문위원", "3"]
    assert unread_starts(lines) == []
