"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain107): a table of words under a header ending in `비 고` (places, areas, years) is
read where a column of figures or dates fixes each row's place, a note printed or not, a total's row printing its
label and figures alone, and the rows part one way alone; else still told unread, the message saying it leaves
words (`내용`) rather than figures in the text. A two-column schedule of one step reads."""

from hypothesis import given
from hypothesis import strategies as st

from checks import run_checks
from pipeline.cell_lines import cell_line_tables
from pipeline.records import records_data
from tests.test_plain102 import read_report, unread_messages
from tests.test_plain104 import unread_starts

# counters a row: a label, its place, its area and a note or none (PDF text prints no cell for an empty note), the
# total's row atop printing its label and area alone
COUNTERS = ("□ 민원 창구", "구 분", "위 치", "면적(m²)", "비 고",
            "계", "385",
            "종합민원실", "본관 1층", "240", "무인발급기 3대",
            "여권민원실", "본관 2층", "95",
            "야간민원실", "별관 1층", "50", "평일 21시까지",
            "□ 공용차량 - 총 3대")

# vehicles a row: its kind, name, use, fuel and year, no notes printed
VEHICLES = ("□ 차량 목록", "차 종", "차 명", "용 도", "연 료", "연 식", "비 고",
            "승 용", "아이오닉5", "현장 점검", "전기", "2024",
            "화 물", "포터", "자재 운반", "경유", "2019", "내용연수 경과",
            "4. 예산현황")

# stations in words alone: no column fixes where a row ends
HALLS = ("□ 교육장 현황", "구 분", "명 칭", "현 황", "비 고",
         "시 설", "구민 교육장(1개소)", "본관 5층", "정보통신팀",
         "장 비", "교육용 노트북", "□ 공용차량 - 총 2대")


def _read(lines) -> list:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    assert unread == []
    return [tuple(rows) for _, rows, _ in tables]


def test_a_table_of_places_reads_with_its_total_and_notes():
    """The areas fix each row: `무인발급기 3대` is a note (`여권민원실 | 본관 2층 | 95` the next row), none after
    `95`; the total's area under the areas (before, told unread)."""
    assert _read(COUNTERS) == [(("구 분", "위 치", "면적(m²)", "비 고"), ("계", "", "385", ""),
                                ("종합민원실", "본관 1층", "240", "무인발급기 3대"),
                                ("여권민원실", "본관 2층", "95", ""),
                                ("야간민원실", "별관 1층", "50", "평일 21시까지"))]


def test_places_read_in_the_report_and_their_total_checked(tmp_path):
    report = read_report(tmp_path, *COUNTERS)
    assert unread_messages(report) == []
    (table,) = [t for t in records_data(report, with_sources=False)["tables"] if t["caption"] == "민원 창구"]
    assert table["rows"][1] == ["계", "", "385", ""]


def test_a_wrong_total_of_places_is_found(tmp_path):
    """Read, its total is checked as the text twin's is: `400` printed where the areas add up to 385."""
    report = read_report(tmp_path, *(line if line != "385" else "400" for line in COUNTERS))
    assert unread_messages(report) == []
    assert [(f.expected, f.actual) for f in run_checks(report) if f.rule == "sum.table"] == [("385", "400")]


def test_a_list_of_vehicles_reads_by_its_years():
    assert _read(VEHICLES) == [(("차 종", "차 명", "용 도", "연 료", "연 식", "비 고"),
                                ("승 용", "아이오닉5", "현장 점검", "전기", "2024", ""),
                                ("화 물", "포터", "자재 운반", "경유", "2019", "내용연수 경과"))]


def test_a_table_of_words_alone_is_told_unread_as_words(tmp_path):
    """No column of figures or dates: `정보통신팀` may be a note or the next row's label; told unread, the message
    saying its contents (`내용`), not figures, are left in the text."""
    assert unread_starts(list(HALLS)) == [1]
    (message,) = unread_messages(read_report(tmp_path, *HALLS))
    assert message.startswith("칸이 한 줄에 하나씩 인쇄된 표 1개를 표로 읽지 못해 그 내용이 본문에만 남았습니다")


def test_a_table_of_figures_told_unread_says_figures(tmp_path):
    """A table of figures told unread (a header printing no empty cell under a label merged down) still says its
    figures (`수치`) are left in the text."""
    lines = ("□ 인력 현황", "(단위: 명)", "구 분", "정 원", "현 원", "계", "12", "11", "5급", "1", "1", "6급", "3",
             "2", "7급", "8", "8", "행정", "□ 주요 업무")
    messages = unread_messages(read_report(tmp_path, *lines))
    assert all("그 수치가 본문에만" in message for message in messages)


def test_a_group_merged_down_beside_its_total_reads():
    """A group's label printed once at its first row (merged down) beside a total's row, the rows below printing a
    cell fewer: the areas part them one way alone, each row's group read empty as the text twin reads a label merged
    down (told unread before plain109)."""
    lines = ["□ 청사 현황", "구 분", "층 별", "면 적", "주요시설", "비 고", "구 청사", "계", "3,600", "1층", "1,200",
             "민원실, 상담실", "2층", "2,400", "회의실(2), 구청장실", "□ 공용차량 - 총 2대"]
    assert _read(lines) == [(("구 분", "층 별", "면 적", "주요시설", "비 고"), ("구 청사", "계", "3,600", "", ""),
                             ("", "1층", "1,200", "민원실, 상담실", ""),
                             ("", "2층", "2,400", "회의실(2), 구청장실", ""))]


def test_a_bullet_list_under_notes_is_no_table():
    """Words under `비 고` without a column of figures, then a mark: nothing read."""
    lines = ["□ 협조 사항", "구 분", "내 용", "비 고", "관계 부서", "자료 제출", "□ 향후계획", "- 연중 운영"]
    unread: list[int] = []
    assert cell_line_tables(lines, unread)[1] == []


def test_a_one_step_schedule_reads():
    """`추진일정 | 내용` over one period and its step, the text parted below (before, two rows at least)."""
    lines = ["□ 향후계획", "추진일정", "내용", "’25. 9월", "준공 및 개관", "□ 예산현황"]
    assert _read(lines) == [(("추진일정", "내용"), ("’25. 9월", "준공 및 개관"))]


def test_a_period_over_a_paragraph_is_no_schedule():
    """A step's words going on below (no line parting the text) is no one-row schedule."""
    lines = ["□ 향후계획", "추진일정", "내용", "’25. 9월", "준공 및 개관", "개관식 준비"]
    assert cell_line_tables(list(lines), [])[1] == []


_WORD = st.sampled_from(["본관 1층", "별관 2층", "새솔동 12", "한빛로 52", "가온천변", "관내 순회"])
_NOTE = st.sampled_from(["", "무인발급기 2대", "환경부 운영", "구 직영"])


@given(st.lists(st.tuples(_WORD, st.integers(1, 99_999), _NOTE), min_size=1, max_size=6))
def test_places_read_whatever_their_notes(rows):
    """Rows of a label, a place, an area and a note or none read as printed, whichever notes are printed."""
    lines = ["□ 시설 현황", "구 분", "위 치", "면적(m²)", "비 고"]
    for n, (place, area, note) in enumerate(rows):
        lines += [f"시설{n + 1}", place, f"{area:,}", *([note] if note else [])]
    lines.append("□ 공용차량")
    placed = [(f"시설{n + 1}", place, f"{area:,}", note) for n, (place, area, note) in enumerate(rows)]
    assert _read(lines) == [(("구 분", "위 치", "면적(m²)", "비 고"), *placed)]
