"""PDF tables without rules whose cells are printed without padding, as HWP may print them: rows stand no further
apart than a cell's lines, so where a cell wraps over more lines than its row's others, only what the lines print
tells the rows apart (a row's line prints its label or a figure, a wrapped cell's line its words alone), centred on
their rows or printed at their tops; and two such tables printed one right below the other, no caption between,
are told apart by their columns."""

import pytest

from checks import run_checks
from pipeline.document import Table as TextTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.test_pdf_hwp_shaded import render_as_hwp
from tests.test_vehicle_list_gaps import COUNT, COVER, GENERAL, LIST, LISTED, PROJECTS, fleets, held


def _render(text: str, tmp_path, valign: str = "MIDDLE", padding: float = 0, gap: float = 0):
    """`text` on portrait A4 pages, its tables as HWP prints them without rules and unshaded (`render_as_hwp`),
    padded `padding` points above and below, each cell's lines set on its row as `valign` says, `gap` points between
    two tables. Returned: the text's path and the PDF's."""
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    render_as_hwp(source, target, shaded=False, valign=valign, padding=padding, gap=gap)
    return source, target


def _tables(path) -> list[tuple[tuple[str, ...], ...]]:
    return [block.rows for block in read_document(str(path)).blocks if isinstance(block, TextTable)]


BUILDINGS = """# Ⅰ. 일반현황

### 3 주요시설 및 장비

#### □ 구 청사

구 분\t대지 (m²)\t건물 (m²)\t규 모\t비 고
본 관\t7,622\t9,682\t지하3층\t구청장실, 기획예산과, 총무과, 재무과, 세무1과, 세무2과, 민원여권과, 가정복지과, \
주민자치과, 문화체육과, 감사담당관, 홍보담당관, 행정지원과
부속건물\t\t385\t지상2층\t우리은행
별 관\t8,730\t5,549\t지하1층\t늘푸름학교, 서고, 일자리경제과, 교통행정과, 보육지원과, 청소과, 복지정책과
주차장\t2,940\t616\t지상1층\t주차문화과
체육관\t1,200\t2,300\t지상3층\t구민체육센터, 수영장, 헬스장, 탁구장, 배드민턴장, 다목적실, 샤워실, 휴게실, 매점, \
사무실, 관리실, 기계실, 창고

## 4 예산현황
"""


@pytest.mark.parametrize("valign", ["MIDDLE", "TOP"])
def test_a_cell_wrapped_over_more_lines_than_its_rows_others_stays_in_its_row(valign, tmp_path):
    """`비 고` wraps over three lines (본 관, 체육관) or two (별 관), `대지 (m²)` over two, the rows' other cells of a
    line each, no space between the rows. Before, centred, the header and 본 관 were read as a paragraph and
    체육관's last line as another; at the rows' tops, 본 관's third line was read as a paragraph parting the table
    in two, and the header's `(m²)` as a row of its own."""
    source, target = _render(BUILDINGS, tmp_path, valign)
    assert _tables(target) == _tables(source)
    (table,) = _tables(target)
    assert table[0] == ("구 분", "대지 (m²)", "건물 (m²)", "규 모", "비 고")
    assert table[5][4].endswith("다목적실, 샤워실, 휴게실, 매점, 사무실, 관리실, 기계실, 창고")


STAFF_AND_CARS = """# Ⅰ. 일반현황

## 2 인 력

구 분\t계\t5급\t6급\t7급\t8급\t9급\t비 고
정 원\t39\t1\t8\t14\t9\t7\t
현 원\t37\t1\t9\t12\t8\t7\t휴직 2명(육아휴직 1명, 질병휴직 1명), 파견 1명(서울시 인재개발원 교육파견)
과부족\t△2\t-\t1\t△2\t△1\t-\t

### 3 주요시설 및 장비

#### □ 공용차량 - 총12대 (정수 12)

구 분\t계\t승 용\t승 합\t화 물\t특 수
대 수\t12\t5\t2\t3\t2
"""


@pytest.mark.parametrize("valign", ["MIDDLE", "TOP"])
def test_staff_beside_a_note_wrapped_over_two_lines_and_the_vehicles_below_them_are_read(valign, tmp_path):
    """The 현 원 row's `비 고` wraps over two lines, centred on the row's other cells or printed from their line
    down; two titles stand between the staffing and the vehicles. Before, centred, its first line was read as a
    paragraph parting the staffing in two, its second run into the 9급 figure (`7 인재개발원 교육파견)`), and the
    titles were taken for lines of a cell between two rows: the vehicles were read as a paragraph."""
    _source, target = _render(COVER + STAFF_AND_CARS + PROJECTS, tmp_path, valign)
    report = extract_file(target)
    staff = {(count.status, count.grade): count.headcount for count in report.staffing}
    assert (staff["정원", "계"], staff["현원", "계"], staff["과부족", "계"], staff["현원", "6급"]) == (39, 37, -2, 9)
    assert len(report.staffing) == 18
    (fleet,) = report.vehicles
    assert [(count.kind, count.count) for count in fleet.counts] == [
        ("계", 12), ("승용", 5), ("승합", 2), ("화물", 3), ("특수", 2)]
    assert _tables(target)[0][2][-1] == "휴직 2명(육아휴직 1명, 질병휴직 1명), 파견 1명(서울시 인재개발원 교육파견)"
    assert run_checks(report) == []


GROUPED_STAFF = """# Ⅰ. 일반현황

## 2 인 력

구 분\t계\t일 반 직\t\t\t\t\t관 리 운 영 직\t\t
\t\t5급\t6급\t7급\t8급\t9급\t7급\t8급
정 원\t50\t1\t6\t19\t6\t13\t3\t2
현 원\t51\t1\t13\t20\t10\t2\t3\t2
과부족\t1\t-\t7\t1\t4\t△11\t-\t-

## 4 예산현황
"""


def test_a_header_of_group_labels_over_their_grades_stays_two_rows(tmp_path):
    """`일 반 직` centred over `5급 … 9급` on the line below it, no space between them: two rows of the header, not
    one label wrapped over two lines (each cell of either line is not over one of the other's)."""
    _source, target = _render(GROUPED_STAFF, tmp_path)
    (table,) = _tables(target)
    assert table[:2] == (("구 분", "계", "일 반 직", "", "", "", "", "관 리 운 영 직", ""),
                         ("", "", "5급", "6급", "7급", "8급", "9급", "7급", "8급"))
    staff = {(count.status, count.job_class, count.grade): count.headcount for count in extract_file(target).staffing}
    assert (staff["현원", "일반직", "6급"], staff["정원", "관리운영직", "7급"]) == (13, 3)


@pytest.mark.parametrize("tables", [LIST + COUNT, COUNT + LIST], ids=["list-before", "list-after"])
@pytest.mark.parametrize("padding", [0, 3])
def test_a_vehicle_list_and_its_count_table_printed_as_close_as_their_rows_are_two_tables(tables, padding, tmp_path):
    """Nothing between the two tables, the second's header as far below the first's last row as the rows stand
    apart: their columns tell them apart. Before, a list before the count took the count's header for a vehicle
    (`스타리아 구 분`, 4 for 3) and after it the count was read into the list's header."""
    _source, target = _render(COVER + GENERAL + "## 1. 공용차량 현황 (총 3대)\n\n" + tables + PROJECTS, tmp_path,
                              padding=padding)
    assert len(_tables(target)) == 2
    report = extract_file(target)
    assert fleets(report) == [("1. 공용차량 현황 (총 3대)", held("공용차량현황"), LISTED)]
    assert run_checks(report) == []


ROOMS = """# Ⅰ. 일반현황

### 3 주요시설

구 분\t명 칭\t면 적
시 설\t정보화교육장\t120
비 고\t전산운영팀 관리\t별관 3층
회의실\t대회의실\t80
상담실\t민원상담실\t25

## 4 예산현황
"""


def test_a_row_of_words_among_rows_of_figures_stays_a_row_of_its_table(tmp_path):
    """`비 고 | 전산운영팀 관리 | 별관 3층`, no figure, below a row of figures and over more: its cells stand in the
    table's columns, so it starts no table of its own."""
    source, target = _render(ROOMS, tmp_path, padding=3)
    assert _tables(target) == _tables(source)
    assert len(_tables(target)[0]) == 5


LONG = "# Ⅰ. 일반현황\n\n### 3 주요시설\n\n구 분\t위 치\t면 적\t비 고\n" + "".join(
    f"시설{n}\t본관 {n}층\t{n * 10}\t{'무인발급기 2대 및 민원 안내 데스크 운영' if n % 7 == 0 else ''}\n"
    for n in range(1, 81)) + "\n## 4 예산현황\n"


def test_a_table_over_a_page_break_printing_its_header_again_stays_one_table(tmp_path):
    source, target = _render(LONG, tmp_path)
    (table,) = _tables(target)
    assert table == _tables(source)[0]
    assert table[-1] == ("시설80", "본관 80층", "800", "")


ONE_ROW_TABLES = """# Ⅰ. 일반현황

## 2 인 력

구 분\t정 원\t현 원
공무원\t39\t37

구 분\t위원장\t부위원장\t위 원\t간 사
인사위원회\t1\t1\t7\t1
"""


@pytest.mark.parametrize("padding", [0, 3])
def test_tables_of_one_row_one_below_the_other_keep_their_headers(padding, tmp_path):
    """Each header over its one row, the tables further apart than their lines: before, without padding, each
    header and its row were read as one row of two lines (`구 분 공무원 | 정 원 39 | 현 원 37`), a paragraph, the
    staff lost."""
    source, target = _render(COVER + ONE_ROW_TABLES + PROJECTS, tmp_path, padding=padding, gap=6)
    assert _tables(target) == _tables(source) == [(("구 분", "정 원", "현 원"), ("공무원", "39", "37")), (
        ("구 분", "위원장", "부위원장", "위 원", "간 사"), ("인사위원회", "1", "1", "7", "1"))]
    staff = {(count.status, count.job_class): count.headcount for count in extract_file(target).staffing}
    assert staff == {("정원", "공무원"): 39, ("현원", "공무원"): 37}


SHAPES = {"staff": "구 분\t정 원\t현 원\n공무원\t39\t37\n\n",
          "grades": "구 분\t계\t5급\t6급\t7급\t8급\n정 원\t20\t1\t4\t8\t7\n현 원\t19\t1\t5\t7\t6\n\n",
          "committee": "구 분\t위원장\t부위원장\t위 원\t간 사\n인사위원회\t1\t1\t7\t1\n\n",
          "vehicles": "구 분\t계\t승용\t승합\n대 수\t3\t2\t1\n\n"}


@pytest.mark.parametrize(("upper", "lower"), [(a, b) for a in SHAPES for b in SHAPES if a != b])
def test_two_tables_of_other_columns_printed_as_close_as_their_rows_are_two_tables(upper, lower, tmp_path):
    """The second's header right below the first's last row, unpadded: a column of either over two of the other's,
    or columns one has and the other has not (three beside six, all under the six's) part them. Before, they were
    one table, the second's header and rows run into the first's columns (`19 구 분`, `1 정 원`)."""
    source, target = _render("# Ⅰ. 일반현황\n\n## 2 인 력\n\n" + SHAPES[upper] + SHAPES[lower], tmp_path)
    assert _tables(target) == _tables(source)
    assert len(_tables(target)) == 2


FACILITIES = """# Ⅰ. 일반현황

### 3 주요시설

구 분\t면 적\t비 고
민원실\t30\t민원 안내
{label}\t120\t{note}
회의실\t80\t대회의실
창고\t\t지하 1층
상담실\t25\t민원상담실, 무인발급기 2대 및 민원 안내 데스크 운영, 민원 상담 예약제 운영, 주말 개방

## 4 예산현황
"""
LABELS = ["정보화교육장 및 전산교육실 부속공간",
          "정보화교육장 및 전산교육실 부속공간 및 서버실 공조설비 기계실 전기실 창고"]
NOTES = ["대회의실", "별관 3층, 전산운영팀 관리, 교육용 PC 40대, 프로젝터, 전자칠판 보유"]


@pytest.mark.parametrize("valign", ["MIDDLE", "TOP"])
@pytest.mark.parametrize("note", NOTES, ids=["note-of-a-line", "note-wrapped"])
@pytest.mark.parametrize("label", LABELS, ids=["label-of-two-lines", "label-longer"])
def test_a_label_wrapped_over_more_lines_than_its_figures_stays_in_its_row(label, note, valign, tmp_path):
    """The label wraps over two lines, its row's figures on one: centred, its lines stand above and below the
    figures' line, neither printing a figure; at the row's top, its second line stands below them. Its first line
    fills the label column (it and the next line's first word would not fit on a line as wide as the widest label),
    so the line below is no row of its own; `창고 | | 지하 1층`, a row of no figure below `회의실`, whose label leaves
    room for `창고`, stays one. Before, each line of the label was read as a row's (centred: `부속공간 | 120 | …`
    under a row of `정보화교육장 및 …` alone; at the top: `부속공간 회의실`)."""
    source, target = _render(FACILITIES.format(label=label, note=note), tmp_path, valign)
    assert _tables(target) == _tables(source)
    (table,) = _tables(target)
    assert table[2] == (label, "120", note)
    assert table[3:5] == (("회의실", "80", "대회의실"), ("창고", "", "지하 1층"))


def test_a_label_of_two_lines_beside_a_note_of_three_centred_on_its_row_stays_in_it(tmp_path):
    """The note's first line above the label's, its second on the figures' line between the label's two: the
    label's first line, alone between two lines right of it, is no step's label merged down over them (as a
    schedule's centred on two rows is), the label's second line standing mirrored to it about the figures. Before,
    it was moved onto the note's first line as such a label: the row's label read `정보화교육장 및 전산교육실`
    alone, and the rows below it were lost."""
    label = "정보화교육장 및 전산교육실 부속공간 및 서버실 공조설비"
    note = f"{NOTES[1]}, 무인발급기 2대 및 민원 안내 데스크 운영, 민원 상담 예약제 운영, 주말 개방"
    source, target = _render(FACILITIES.format(label=label, note=note), tmp_path)
    assert _tables(target) == _tables(source)
    assert _tables(target)[0][2] == (label, "120", note)


# a text marking its pages (a form feed first): its two tables one right after the other are two, not one a page break
# parted, as in a text marking none (`_right_after_table`)
STAFF = "\f# Ⅰ. 일반현황\n\n## 2 인 력\n\n구 분\t정 원\t현 원\n일반직\t39\t37\n공무직\t6\t6\n\n"
OF_ONE_LAYOUT = {"header": STAFF + "구 분\t정 원\t현 원\n기간제\t4\t3\n청원경찰\t2\t2\n\n",
                 "no-header": STAFF + "기간제\t4\t3\n청원경찰\t2\t2\n\n"}


@pytest.mark.parametrize(("second", "gap"), [("header", 0), ("header", 6), ("no-header", 6)])
@pytest.mark.parametrize("padding", [0, 3])
def test_two_tables_of_one_layout_one_right_below_the_other_are_two(second, gap, padding, tmp_path):
    """The second prints the first's header line again, or no header but stands further below the first's last row
    than its rows stand apart (`gap` points more). Before, they were one table where the header stood no further
    below than the rows (`구 분 | 정 원 | 현 원` a row among the counts), and where there was none."""
    source, target = _render(OF_ONE_LAYOUT[second], tmp_path, padding=padding,
                             gap=gap)
    assert _tables(target) == _tables(source)
    first, other = _tables(target)
    assert first == (("구 분", "정 원", "현 원"), ("일반직", "39", "37"), ("공무직", "6", "6"))
    assert other[-1] == ("청원경찰", "2", "2")


@pytest.mark.parametrize("padding", [0, 3])
def test_a_table_of_no_header_as_close_below_one_of_its_layout_as_its_rows_goes_on_it(padding, tmp_path):
    """Nothing tells them apart in the print: the rows of the second go on the first (the text prints two tables,
    a blank line between)."""
    source, target = _render(OF_ONE_LAYOUT["no-header"], tmp_path, padding=padding,
                             gap=0)
    assert len(_tables(source)) == 2
    (table,) = _tables(target)
    assert table[3:] == (("기간제", "4", "3"), ("청원경찰", "2", "2"))
