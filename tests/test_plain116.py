"""PDF text in content order, a table's cell a line, as PyMuPDF's `page.get_text()` and pypdf's `page.extract_text()`
print a report's PDF (branch plain116): a plain grid from a first label the tool does not know may stand under a
header of two rows (`센터명 | 이 용 자 | 비 율` over `계 | 성인 | 청소년`), every column labelled in one of them; and
rows printing fewer figures than their columns (an empty cell prints nothing) read where a total's row fixes each
figure's column, the one placing whose column sums are the total's (`팀 별 | 계 | 5급 | … | 9급`)."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from pipeline.cell_lines import cell_line_tables
from tests.test_plain102 import read_report, unread_messages


def _read(lines) -> tuple[list, list[int]]:
    unread: list[int] = []
    tables = cell_line_tables(list(lines), unread)[1]
    return [(start, tuple(rows)) for start, rows, _ in tables], unread


# users by centre: `이 용 자` over its total and two parts, `비 율` merged down right, every figure printed
CENTRES = ("(2025. 5. 31. 기준, 단위: 명)", "센터명", "이 용 자", "비 율", "계", "성인", "청소년",
           "계", "1,200", "800", "400", "100.0%",
           "푸른센터", "700", "450", "250", "58.3%",
           "햇살센터", "500", "350", "150", "41.7%",
           "6. 향후 추진계획")

CENTRES_READ = (("센터명", "이 용 자", "", "", "비 율"), ("", "계", "성인", "청소년", ""),
                ("계", "1,200", "800", "400", "100.0%"), ("푸른센터", "700", "450", "250", "58.3%"),
                ("햇살센터", "500", "350", "150", "41.7%"))


def test_a_grid_under_a_header_of_two_rows_from_an_unknown_label_reads():
    assert _read(CENTRES) == ([(1, CENTRES_READ)], [])


def test_a_grid_under_two_header_rows_whose_row_prints_a_figure_short_is_told():
    """`햇살센터`'s 청소년 empty, printing nothing: the next row's place unfixed, so told unread at `센터명`."""
    lines = [line for line in CENTRES if line != "150"]
    assert _read(lines) == ([], [1])


def test_a_report_reads_the_two_row_grid_without_a_warning(tmp_path):
    report = read_report(tmp_path, "5. 센터별 이용 현황", *CENTRES)
    assert unread_messages(report) == []
    assert [table.rows for table in report.tables if table.rows[0][0] == "센터명"] == [
        [["센터명", "이 용 자 계", "이 용 자 성인", "이 용 자 청소년", "비 율"],
         *[list(row) for row in CENTRES_READ[2:]]]]


# staff by team: a team's empty grade prints nothing, its figures fewer than the columns
TEAMS = ("(2025. 5. 31. 현재)", "팀 별", "계", "5급", "6급", "7급", "8급", "9급",
         "계", "17", "1", "4", "6", "3", "3",
         "행정지원팀", "7", "1", "2", "2", "1", "1",
         "민원봉사팀", "5", "1", "2", "1", "1",
         "정보통신팀", "5", "1", "2", "1", "1",
         "3. 예산현황")


def test_rows_short_of_figures_read_where_the_totals_place_them():
    """민원봉사팀 `5 | 1 | 2 | 1 | 1`: only its 5급 left empty makes 6급 … 9급 sum to the total's `4 | 6 | 3 | 3`,
    정보통신팀 likewise."""
    assert _read(TEAMS) == ([(1, (("팀 별", "계", "5급", "6급", "7급", "8급", "9급"),
                                  ("계", "17", "1", "4", "6", "3", "3"),
                                  ("행정지원팀", "7", "1", "2", "2", "1", "1"),
                                  ("민원봉사팀", "5", "", "1", "2", "1", "1"),
                                  ("정보통신팀", "5", "", "1", "2", "1", "1")))], [])


def test_a_total_row_last_places_the_rows_above_it():
    lines = ("(단위: 명)", "구 분", "정 원", "현 원", "결 원",
             "본청", "30", "28", "2", "보건소", "12", "12", "사업소", "8", "7", "1", "합 계", "50", "47", "3",
             "Ⅱ. 주요업무 추진실적")
    assert _read(lines) == ([(1, (("구 분", "정 원", "현 원", "결 원"), ("본청", "30", "28", "2"),
                                  ("보건소", "12", "12", ""), ("사업소", "8", "7", "1"),
                                  ("합 계", "50", "47", "3")))], [])


def test_placings_the_totals_do_not_tell_apart_are_told():
    """`가팀 | 1` and `나팀 | 1` under `6급 | 7급` summing to `1 | 1`: either may be either's, so told unread."""
    lines = ("(단위: 명)", "팀 별", "6급", "7급", "계", "1", "1", "가팀", "1", "나팀", "1", "계약직", "1",
             "3. 예산현황")
    assert _read(lines)[0] == []


def test_rows_short_of_rates_are_not_placed():
    """A rate is no whole amount, summing to nothing: a row short of one is no grid the totals place."""
    lines = ("(단위: 천원)", "세 목", "예산액", "징수액", "징수율",
             "계", "1,000", "600", "60.0%", "주민세", "400", "200", "재산세", "600", "400", "66.7%",
             "Ⅱ. 주요업무 추진실적")
    assert _read(lines)[0] == []


@given(st.lists(st.lists(st.integers(0, 4), min_size=3, max_size=5), min_size=2, max_size=4).filter(
    lambda rows: len(set(map(len, rows))) == 1))
def test_grades_read_as_printed_or_told(counts):
    """A team's grades printing nothing where 0 (its total never 0 alone): read as the grid printed, where the
    totals place every figure one way, or told unread; never a grid other than the printed one."""
    counts = [row for row in counts if any(row)]
    if len(counts) < 2:
        return
    columns = len(counts[0])
    header = ("팀 별", "계", *(f"{grade}급" for grade in range(5, 5 + columns)))
    totals = ("계", str(sum(map(sum, counts))), *(str(sum(column)) for column in zip(*counts, strict=True)))
    grid = [header, totals, *((f"{name}팀", str(sum(row)), *(str(n) if n else "" for n in row))
                              for name, row in zip("가나다라", counts, strict=False))]
    lines = ("(단위: 명)", *(text for row in grid for text in row if text), "3. 예산현황")
    tables, unread = _read(lines)
    assert tables == [(1, tuple(map(tuple, grid)))] or (tables == [] and unread == [1])
    if all(itertools.chain.from_iterable(counts)):
        assert tables  # every figure printed: a plain grid


# depots: `구 분` over a group's column and its rows' (its second header cell empty, printing nothing), a group's
# total row filling every column right of its labels, a note (`세차장 포함`) or the next group's label, a dash
DEPOTS = ("□ 차고지 현황", "구 분", "면적(m²)", "주차 면수", "비 고",
          "차고지", "계", "5,100", "64",
          "북부차고지", "3,400", "44", "정비동 포함",
          "남부차고지", "1,700", "20",
          "선별장", "새솔 선별장", "1,900", "-", "재활용품 선별",
          "□ 공용차량 - 총 5대")

DEPOTS_READ = (("구 분", "", "면적(m²)", "주차 면수", "비 고"), ("차고지", "계", "5,100", "64", ""),
               ("", "북부차고지", "3,400", "44", "정비동 포함"), ("", "남부차고지", "1,700", "20", ""),
               ("선별장", "새솔 선별장", "1,900", "-", "재활용품 선별"))


def test_a_groups_total_tells_a_note_from_the_next_groups_label():
    """`정비동 포함` may be 북부차고지's note or a group over 남부차고지; 차고지's `5,100 | 64` sums 북부's and 남부's
    alone, so it is the note, and `선별장` past them the next group's label, not 남부's note."""
    assert _read(DEPOTS) == ([(1, DEPOTS_READ)], [])


def test_a_groups_total_summing_neither_way_is_told():
    lines = [("5,000" if text == "5,100" else text) for text in DEPOTS]
    assert _read(lines) == ([], [1])


def test_a_report_reads_the_depots_under_a_label_over_two_columns(tmp_path):
    report = read_report(tmp_path, "3 주요시설 및 장비", *DEPOTS)
    assert unread_messages(report) == []
    assert [table.rows[1:] for table in report.tables if table.rows[0][0] == "구 분"] == [
        [list(row) for row in DEPOTS_READ[1:]]]
