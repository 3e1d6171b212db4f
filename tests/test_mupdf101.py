"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of tables its letters set off their columns (branch mupdf101).

PyMuPDF sets each line off by its own letters, so where a cell stands tells its column less than the order and the
count of the cells do:
- a work fleet's header of two lines over figures alone, its last group's own total printed with the group's name
  (`임 시 소 계` over a blank cell and `기타`): the count of the figures tells which labels are merged down, as a
  staffing header's (`_merged_down_counted`); the table was read as three paragraphs, the fleet lost;
- rows set off whole under a table's one column of figures (`42` right of every column, its dates under `인원(명)`)
  made columns of their own; their figure is that column's, their labels one a column in the order they start;
- a `계` row left of every cell, its figure under the labels, made a column of its own;
- one-syllable labels over columns of figures (`통   반`) were joined where a header set narrower than its rows
  leaves both nearest one column."""

from checks import run_checks
from pipeline.aligned import Cell, _in_turn
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_hunt95 import tables
from tests.test_mupdf99 import line

# a fleet of cleaning vehicles as PyMuPDF prints its PDF: the header's lines narrowed by their letters, each its
# own way, the figures set by theirs
FLEET = [
    line((37, "총 계"), (50, "압 축"), (65, "기 타 소 계")),
    line((41, "소 계"), (48, "압축진개차"), (60, "암롤차"), (75, "청소차")),
    line((59, "9"), (66, "6"), (73, "4"), (81, "2"), (92, "3"), (103, "3")),
]


def fleet_text(caption: str = "청소차량 - 총9대 (정수 9)", rows: list[str] = FLEET) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " 3. 주요 장비 현황", f" □ {caption}", line((128, "(단위: 대)")),
                        *rows]) + "\n"


FLEET_TWIN = (("총 계", "압 축", "", "", "기 타 소 계", ""), ("", "소 계", "압축진개차", "암롤차", "", "청소차"),
              ("9", "6", "4", "2", "3", "3"))


def test_a_fleet_header_whose_last_group_prints_its_total_reads_as_its_twin(tmp_path):
    assert tables(tmp_path, fleet_text()) == [FLEET_TWIN]


def test_the_fleets_counts_are_stored_under_their_groups(tmp_path):
    path = tmp_path / "2025-hanbit-cheongso-pymupdf-sort.txt"
    path.write_text(fleet_text(), encoding="utf-8")
    report = extract_file(path)
    [fleet] = records_data(report, with_sources=False)["vehicles"]
    assert [(c["category"], c["kind"], c["count"]) for c in fleet["counts"]] == [
        ("계", "계", 9), ("압축", "소계", 6), ("압축", "압축진개차", 4), ("압축", "암롤차", 2), ("기타", "소계", 3),
        ("기타", "청소차", 3)]
    assert not fleet["repaired"]
    assert [f.rule for f in run_checks(report) if f.rule.startswith(("header.", "sum.", "repair."))] == []


def test_a_caption_the_fleet_does_not_match_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-cheongso-pymupdf-sort.txt"
    path.write_text(fleet_text("청소차량 - 총10대 (정수 8)"), encoding="utf-8")
    assert sorted((f.rule, f.expected, f.actual) for f in run_checks(extract_file(path))
                  if f.rule.startswith("header.")) == [("header.over_quota", "8", "9"), ("header.total", "9", "10")]


def test_a_label_merged_down_right_of_every_kind_stays_last(tmp_path):
    """`이륜차` starts right of every label below it: a kind of its own merged down at the right, after them."""
    rows = [line((37, "총 계"), (50, "압 축"), (72, "이륜차")),
            line((41, "소 계"), (48, "압축진개차"), (60, "암롤차")),
            line((59, "9"), (66, "6"), (73, "4"), (81, "2"), (92, "3"))]
    assert tables(tmp_path, fleet_text(rows=rows)) == [
        (("총 계", "압 축", "", "", "이륜차"), ("", "소 계", "압축진개차", "암롤차", ""), ("9", "6", "4", "2", "3"))]


# a list of trainings, one column of figures (`인원(명)`) after the dates, as PyMuPDF prints its PDF: each row set by
# its own letters (`42` right of every column, `3. 2. ~ 3. 6.` under `인원(명)`), a group's label on its middle row's
# line, and `보고서 작성  하반기` with both labels under `교 육 명`
TRAININGS = [
    line((37, "구 분"), (48, "교 육 명"), (62, "교육기간"), (74, "인원(명)")),
    line((47, "신규자 직무교육"), (67, "3. 2. ~ 3. 6."), (86, "42")),
    line((35, "직무교육"), (46, "정보보안 교육"), (64, "수시"), (79, "8")),
    line((42, "민원응대 교육"), (65, "4. 10. ~ 4. 12."), (83, "15")),
    line((42, "청렴 교육"), (65, "5. 20. ~ 5. 21."), (83, "30")),
    line((35, "기본교육"), (46, "성희롱 예방교육"), (64, "연중"), (79, "6")),
    line((42, "보고서 작성"), (56, "하반기"), (73, "12")),
    line((35, "계"), (78, "113")),
]


def trainings_text(rows: list[str] = TRAININGS) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅱ. 주요업무 추진실적", " □ 직원 역량 강화", "  - 2025년 교육 현황",
                        *rows, "  - 교육 만족도 조사: 7월"]) + "\n"


TRAININGS_TWIN = (("구 분", "교 육 명", "교육기간", "인원(명)"),
                  ("직무교육", "신규자 직무교육", "3. 2. ~ 3. 6.", "42"), ("", "정보보안 교육", "수시", "8"),
                  ("", "민원응대 교육", "4. 10. ~ 4. 12.", "15"), ("기본교육", "청렴 교육", "5. 20. ~ 5. 21.", "30"),
                  ("", "성희롱 예방교육", "연중", "6"), ("", "보고서 작성", "하반기", "12"), ("계", "", "", "113"))


def test_rows_set_off_by_their_letters_hold_one_figure_in_the_one_column_of_figures(tmp_path):
    """Before, `42`, `15` and `30` each made a column of their own and the dates stood under `인원(명)`."""
    assert tables(tmp_path, trainings_text()) == [TRAININGS_TWIN]


def test_the_trainings_add_up_and_a_wrong_count_is_found(tmp_path):
    path = tmp_path / "2025-hanbit-gyoyuk-pymupdf-sort.txt"
    path.write_text(trainings_text(), encoding="utf-8")
    assert [f.rule for f in run_checks(extract_file(path)) if f.rule.startswith("sum.")] == []
    wrong = line((42, "보고서 작성"), (56, "하반기"), (73, "21"))
    path.write_text(trainings_text([*TRAININGS[:6], wrong, TRAININGS[7]]), encoding="utf-8")
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(extract_file(path))
            if f.rule.startswith("sum.")] == [("sum.table", "계", "인원(명)", "122", "113")]


def test_a_group_label_on_a_line_of_its_own_below_a_row_set_off_keeps_its_column(tmp_path):
    """`경로당 지원` printed between its two rows (merged down them) is read with the row above it, left of its
    `경로당 운영비`: the row's labels in the order they start, `경로당 운영비` the 세부사업's."""
    rows = [line((35, "단위사업"), (47, "세부사업"), (59, "예 산 액"), (70, "집 행 액"), (81, "집행률(%)")),
            line((34, "합 계"), (65, "3,600,000"), (77, "1,200,000"), (89, "33.3")),
            line((42, "노인돌봄 운영"), (58, "900,000"), (70, "300,000"), (82, "33.3")),
            line((34, "노인복지 사업"), (49, "노인공익 활동"), (65, "1,000,000"), (77, "400,000"), (89, "40.0")),
            line((42, "치매예방 교실"), (58, "500,000"), (70, "100,000"), (82, "20.0")),
            line((42, "경로당 운영비"), (58, "800,000"), (70, "300,000"), (82, "37.5")),
            line((34, "경로당 지원")),
            line((42, "경로당 보수"), (58, "400,000"), (70, "100,000"), (82, "25.0"))]
    text = "\n\n".join(["2025년 주요업무 보고", " 4. 예 산", line((140, "(2025. 5. 31. 현재, 단위: 천원)")),
                        *rows[:6]]) + "\n" + rows[6] + "\n" + rows[7] + "\n"
    [budget] = tables(tmp_path, text)
    assert budget[2:] == (("노인복지 사업", "노인돌봄 운영", "900,000", "300,000", "33.3"),
                          ("", "노인공익 활동", "1,000,000", "400,000", "40.0"),
                          ("", "치매예방 교실", "500,000", "100,000", "20.0"),
                          ("경로당 지원", "경로당 운영비", "800,000", "300,000", "37.5"),
                          ("", "경로당 보수", "400,000", "100,000", "25.0"))


def test_a_total_left_of_every_cell_with_its_figure_under_the_labels_takes_the_first_column(tmp_path):
    """`계` set left of `차 종` and of every row, its `3` under `승합(12인승)` (PyMuPDF's sorted text sets a row of
    few letters by them): the first column's, its figure the 대 수's; before, `계` made a column of its own and each
    row's labels, figures and notes stood a column right of their header's."""
    rows = [line((44, "차 종"), (53, "대 수"), (62, "비 고")),
            line((50, "승용(중형)"), (65, "2"), (70, "부서 업무용")),
            line((54, "승합(12인승)"), (69, "1"), (74, "현장 점검용")),
            line((42, "계"), (55, "3"))]
    text = "\n\n".join(["2025년 주요업무 보고", " Ⅰ. 일반현황", " □ 공용차량 - 총 3대", line((128, "(단위: 대)")),
                        *rows, " □ 주요 시설"]) + "\n"
    assert tables(tmp_path, text) == [(("차 종", "대 수", "비 고"), ("승용(중형)", "2", "부서 업무용"),
                                       ("승합(12인승)", "1", "현장 점검용"), ("계", "3", ""))]
    path = tmp_path / "2025-hanbit-uihoe-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    [fleet] = records_data(extract_file(path), with_sources=False)["vehicles"]
    assert (fleet["printed_total"], [(c["category"], c["kind"], c["count"]) for c in fleet["counts"]]) == (
        3, [("승용", "중형", 2), ("승합", "12인승", 1), ("계", "계", 3)])


def test_one_syllable_labels_over_columns_of_figures_keep_apart_over_a_header_set_narrower(tmp_path):
    """`통   반` stand over `통` and `반`'s figures, a label each, though the header PyMuPDF sets narrower than its
    rows leaves them both nearest one column: before, they were joined (`통 반`) and the header a column short."""
    rows = [line((37, "구 분"), (51, "인 구(명)"), (62, "세 대"), (70, "통"), (75, "반")),
            line((36, "합 계"), (58, "98,640"), (69, "44,310"), (78, "204"), (84, "1,390")),
            line((36, "동부권역"), (46, "새빛1동"), (58, "51,200"), (69, "23,015"), (78, "106"), (84, "722")),
            line((46, "새빛2동"), (58, "47,440"), (69, "21,295"), (78, "98"), (84, "668"))]
    text = "\n\n".join(["2025년 주요업무 보고", " □ 동 주민센터 현황", line((140, "(5.31.기준)")), *rows]) + "\n"
    assert tables(tmp_path, text) == [(("구 분", "", "인 구(명)", "세 대", "통", "반"),
                                       ("합 계", "", "98,640", "44,310", "204", "1,390"),
                                       ("동부권역", "새빛1동", "51,200", "23,015", "106", "722"),
                                       ("", "새빛2동", "47,440", "21,295", "98", "668"))]


def test_labels_side_by_side_in_one_column_go_one_a_column_but_labels_one_over_another_share_it():
    """`보고서 작성  하반기` both nearest `교 육 명`: the second in the next column; `주 차` over `문화과` (a name
    wrapped onto two lines, the same span) stay in one."""
    def column_of(cell: Cell) -> int:
        return 1
    side = [Cell(42, 53, "보고서 작성"), Cell(56, 62, "하반기")]
    assert [_in_turn(side, 3, column_of)(cell) for cell in side] == [1, 2]
    stacked = [Cell(10, 15, "주 차"), Cell(10, 15, "문화과")]
    assert [_in_turn(stacked, 3, column_of)(cell) for cell in stacked] == [1, 1]
    assert [_in_turn(side, 1, lambda cell: 0)(cell) for cell in side] == [0, 0]  # more labels than columns
