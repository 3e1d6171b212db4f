"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain106): a schedule's periods alone (`연중`, `상반기`, `’25. 3월`, `5. 3. ~ 5. 4.`)
are values as figures and dates are, so a table printing them between its figures is told unread; a row's dash
(`-`, an empty rate) no longer parts a run told unread; a two-column schedule (`추진일정 | 내용` over a period and
its words a row) is read, its rows the items the text twin's table gives."""

from pipeline.cell_lines import cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages
from tests.test_plain104 import told_unread_once, unread_starts

# events a row: a group merged down (printed once, at its first row), the event, when (a range of days without a
# year, or a period's word) and the people who came
EVENTS = ("□ 주요 추진실적", "- 구민 행사 개최 현황", "구 분", "행 사 명", "개최시기", "참석(명)",
          "구 행사", "구민의 날 기념식", "5. 3. ~ 5. 4.", "1,200",
          "봄꽃 축제", "상반기", "3,500",
          "가을 음악회", "10. 11. ~ 10. 12.", "800",
          "동 행사", "동민 체육대회", "연중", "2,400",
          "계", "7,900", "- 행사 안전관리 계획 수립: 행사 2주 전")

# districts a row: a label, three figures (the total's rate a dash) and a note, none for the total; under a
# caption, not a label the tool knows as a table's first
DISTRICTS = ("□ 정비구역별 추진 현황", "구 역 명", "면적(m²)", "세대 수", "진척률", "비 고",
             "계", "52,300", "1,480", "-",
             "가온1구역", "31,200", "860", "60.0%", "관리처분 인가",
             "가온2구역", "21,100", "620", "25.0%", "조합 설립",
             "□ 향후계획", "- 가온1구역 이주 개시: 하반기")

# a plan's steps a row, its header printed again past a page break (the running lines blanked)
STEPS = ("□ 향후계획", "추진일정", "내용", "’25. 3월", "기본계획 수립 용역 착수", "’25. 6. 30.", "중간보고회 개최",
         "", "", "추진일정", "내용", "’25. 11. ~ 12.", "최종보고 및 확정", "’26. 1월 ~", "단계별 이행",
         "□ 예산현황")


def test_periods_between_the_figures_are_values():
    """`봄꽃 축제 | 상반기` and `동 행사 | 동민 체육대회` print two cells of words in a row: a period alone is a value
    (before plain106, `봄꽃 축제 | 상반기` ended the run after one figure and the table went into the text unsaid).
    Each row cut by its last figure, the group merged down read empty (told unread before plain109)."""
    lines, tables = cell_line_tables(list(EVENTS), [])
    assert [rows for _, rows, _ in tables] == [(("구 분", "행 사 명", "개최시기", "참석(명)"),
                                                ("구 행사", "구민의 날 기념식", "5. 3. ~ 5. 4.", "1,200"),
                                                ("", "봄꽃 축제", "상반기", "3,500"),
                                                ("", "가을 음악회", "10. 11. ~ 10. 12.", "800"),
                                                ("동 행사", "동민 체육대회", "연중", "2,400"), ("계", "", "", "7,900"))]
    assert unread_starts(list(EVENTS)) == []


def test_events_read_in_the_report(tmp_path):
    assert unread_messages(read_report(tmp_path, *EVENTS)) == []


def test_a_header_ending_in_notes_reads_from_a_label_the_tool_does_not_know():
    """`구 역 명` is no table's first label the tool knows, but a header ending in `비 고` over a label, its three
    figures and a note or none a row fixes every cell's place: read as the text twin's table is (before, its cells
    were each a project's item, told nothing)."""
    lines, tables = cell_line_tables(list(DISTRICTS), [])
    assert tables == [(1, [("구 역 명", "면적(m²)", "세대 수", "진척률", "비 고"), ("계", "52,300", "1,480", "-", ""),
                           ("가온1구역", "31,200", "860", "60.0%", "관리처분 인가"),
                           ("가온2구역", "21,100", "620", "25.0%", "조합 설립")], (0, 5, 9, 14))]
    assert lines[1:20] == [""] * 19 and lines[20] == "□ 향후계획"


def test_districts_read_in_the_report(tmp_path):
    report = read_report(tmp_path, *DISTRICTS)
    assert unread_messages(report) == []
    assert [table["rows"][2] for table in records_data(report, with_sources=False)["tables"]] == [
        ["가온1구역", "31,200", "860", "60.0%", "관리처분 인가"]]


def _without_notes_nor_a_count() -> list[str]:
    """DISTRICTS without notes, `가온1구역`'s 세대 수 empty printing nothing: no plain grid, told unread (plain110)."""
    return [line for line in DISTRICTS if line not in ("비 고", "관리처분 인가", "조합 설립", "860")]


def test_a_rows_dash_does_not_part_the_run():
    """Without notes the run is never read, only told: the total's rate printed `-` stands over the next row's label,
    a value, no mark parting the text, so the run is told unread from `구 역 명` on (before, `가온1구역` below the
    dash was taken for the next table's start and the run cut after three figures, told nothing)."""
    lines = _without_notes_nor_a_count()
    assert cell_line_tables(lines, []) == (lines, [])
    assert unread_starts(lines) == [1]


def test_districts_without_notes_told_unread_in_the_report(tmp_path):
    lines = _without_notes_nor_a_count()
    assert told_unread_once(read_report(tmp_path, *lines))


def test_a_two_column_schedule_reads():
    """Two labels, a column of dates' and one of words, over a period alone and its words a row: read as a table
    whose header printed again on the next page is no row."""
    lines, tables = cell_line_tables(list(STEPS), [])
    rows = [("추진일정", "내용"), ("’25. 3월", "기본계획 수립 용역 착수"), ("’25. 6. 30.", "중간보고회 개최"),
            ("’25. 11. ~ 12.", "최종보고 및 확정"), ("’26. 1월 ~", "단계별 이행")]
    assert tables == [(1, rows, (0, 2, 4, 10, 12))]
    assert lines[1:15] == [""] * 14 and lines[15] == "□ 예산현황"


def test_a_schedule_reads_as_the_text_twins_items(tmp_path):
    report = read_report(tmp_path, "Ⅲ. 주요업무 추진실적", "1 구정 기본계획 수립 기획팀", "□ 사업개요",
                         "- 사업기간: 2025. 1. ~ 2026. 12.", *STEPS, "(단위: 백만원)", "예산액", "집행액",
                         "집행률(%)", "120", "30", "25.0")
    texts = [item.text for project in report.projects for item in project.items]
    assert texts[-4:] == ["’25. 3월 : 기본계획 수립 용역 착수", "’25. 6. 30. : 중간보고회 개최",
                          "’25. 11. ~ 12. : 최종보고 및 확정", "’26. 1월 ~ : 단계별 이행"]
    assert unread_messages(report) == []


def test_a_schedule_whose_words_wrap_is_told_unread():
    """A row's words on two lines (`기본계획 수립 용역` over `착수`): which line is whose the text does not say, so no
    table is read; its header over a period alone and words is still a table's, told unread at `추진일정` though it
    prints no figure."""
    lines = ["□ 향후계획", "추진일정", "내용", "’25. 3월", "기본계획 수립 용역", "착수", "’25. 6월", "중간보고회 개최",
             "□ 예산현황"]
    assert cell_line_tables(lines, []) == (lines, [])
    assert unread_starts(lines) == [1]


def test_a_list_of_dated_items_is_no_table(tmp_path):
    """Items printing a period and their words on one line, under a heading named like a schedule's column, are
    items: no table read, none told."""
    lines = ["□ 추진일정", "’25. 3월 : 기본계획 수립 용역 착수", "’25. 6월 : 중간보고회 개최", "- 하반기: 최종보고",
             "추진일정", "- 연중 홍보"]
    assert cell_line_tables(lines, []) == (lines, [])
    assert unread_messages(read_report(tmp_path, *lines)) == []


def test_periods_in_a_list_of_words_are_not_told():
    """Periods among words with no figures: a list, not a table (`_UNREAD_FIGURES` counts cells that are no words)."""
    lines = ["□ 교육 운영", "구 분", "시 기", "신규자 교육", "상반기", "관리자 교육", "하반기", "전 직원 교육", "연중",
             "- 교육 만족도 조사: 12월"]
    assert unread_starts(lines) == []


# stations a row: a label, its place, what it measures, the year it was set up, and a note or none (PDF text
# prints no cell for an empty note): words mostly, a year the only figure
STATIONS = ("□ 수질 측정소", "구 분", "위 치", "측정항목", "설치연도", "비 고",
            "하천측정소", "가온천 2교", "BODㆍCODㆍSS", "2012", "환경부 운영",
            "빗물측정소", "새솔공원 내", "pHㆍSS", "2019",
            "이동측정차", "관내 순회", "BODㆍpH", "2022", "※ 분기 1회",
            "□ 공용차량 - 총 4대", "(단위: 대)")


# the stations without the years: words alone, no column fixing where a row ends (a note printed or not)
STATIONS_IN_WORDS = tuple(line for line in STATIONS if line not in ("설치연도", "2012", "2019", "2022"))


def test_a_header_ending_in_notes_over_words_is_told_unread():
    """Few figures, but a header of words ending in `비 고` over a row's cells at least is a table whatever its cells
    print: told unread at `구 분` (before, its cells went into the text unsaid). Since plain107 the stations with
    their years read (tests/test_plain107.py): told unread here where words alone print."""
    lines = list(STATIONS_IN_WORDS)
    assert cell_line_tables(lines, []) == (lines, [])
    assert unread_starts(lines) == [1]


def test_stations_told_unread_in_the_report(tmp_path):
    assert told_unread_once(read_report(tmp_path, *STATIONS_IN_WORDS))


def test_notes_alone_or_over_no_row_are_no_table():
    """`비 고` as a text's first short line, or a header ending in it with no row below before a mark: nothing told."""
    assert unread_starts(["□ 기타 사항", "비 고", "세부 내용 별첨", "관계 부서 협의", "- 하반기 재검토"]) == []
    assert unread_starts(["□ 협의 대상", "구 분", "내 용", "비 고", "협의회", "□ 향후계획", "- 연중 운영"]) == []


def test_a_title_above_a_notes_table_read_is_no_header():
    """A department's name and a numbered title above a table read (`구 분 | 팀 수 | … | 비 고`) are no header of a
    run ending in `비 고`: the table reads and nothing is told (a run's header is words alone, no title, no mark)."""
    lines = ["한빛구 도 시 계 획 과", "1. 조 직", "(단위: 팀, 명)", "구 분", "팀 수", "정 원", "현 원", "비 고",
             "계", "5", "38", "36", "도시계획과", "3", "21", "20", "과 서무", "도시재생과", "2", "17", "16",
             "2. 인 력", "(단위: 명)"]
    unread: list[int] = []
    _, tables = cell_line_tables(lines, unread)
    assert unread == []
    assert [row for _, rows, _ in tables for row in rows][2] == ("도시계획과", "3", "21", "20", "과 서무")
