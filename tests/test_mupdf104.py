"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of tables its letters set off their header (branch mupdf104).

- A list of vehicles whose header PyMuPDF prints left of the rows (`연번  차 종  차량번호 …` over
  `1  승용(쏘렌토)  23가1234 …` set off right by their letters): each cell of the rows starts at its label's start
  or right of it and ends right of its end, but the rows' labels (`승용(쏘렌토)`) kept the line from being their
  header, so it was read as the table's caption (`연번 차 종 차량번호 …`) and the fleet took it for its name.
- A header of two lines PyMuPDF sets off one another and from the rows, its labels merged down and the second
  line's as many as the columns (`행정동 | 계  남  여 | 비율` under `청 년 수`; `구 분 | 횟수  인원 …` under
  `계  진로상담 …`): syllables alone were joined to the label beside them (`계 남`, `구 분 계`) where the set-off
  lines stood nearest one column, so the header came out a column short and a sum's column was named wrongly.
- A header of one line printing syllables two blanks apart over columns of figures (`구 분  통  반  세대`): read
  as one label letter-spaced (`통 반`) over two columns, and the header a column short."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.aligned import Cell, _counted_a_label_a_column, _set_off_right, display_width
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_hunt95 import findings, tables
from tests.test_mupdf99 import line

HEADER = line((36, "연번"), (45, "차 종"), (55, "차량번호"), (66, "연 식"), (74, "용 도"))
VEHICLES = [line((56, "1"), (61, "승용(쏘렌토)"), (80, "23가1234"), (91, "2021"), (97, "현장 점검")),
            line((56, "2"), (60, "승합(카니발 9인승)"), (81, "45나6789"), (92, "2019"), (98, "민원 출장"))]


def fleet_text(caption: str, header: str = HEADER, rows: list[str] = VEHICLES) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " Ⅰ. 일반현황", f" {caption}", header, *rows,
                        " 4. 예산 현황"]) + "\n"


def extracted(tmp_path: Path, text: str):
    path = tmp_path / "2025-hanbit-anjeon-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


@pytest.mark.parametrize("shift", [0, 6, 12])
def test_a_header_left_of_rows_set_off_right_heads_the_fleet(tmp_path, shift):
    rows = [" " * shift + row for row in VEHICLES]
    data = records_data(extracted(tmp_path, fleet_text("3. 차 량 : 총 2대", rows=rows)), with_sources=False)
    [table] = data["tables"]
    assert table["caption"] == "3. 차 량 : 총 2대" and table["header_rows"] == 1
    assert table["rows"] == [["연번", "차 종", "차량번호", "연 식", "용 도"],
                             ["1", "승용(쏘렌토)", "23가1234", "2021", "현장 점검"],
                             ["2", "승합(카니발 9인승)", "45나6789", "2019", "민원 출장"]]
    [fleet] = data["vehicles"]
    assert (fleet["caption"], fleet["name"], fleet["printed_total"]) == ("3. 차 량 : 총 2대", "차량", 2)
    assert [(c["category"], c["kind"], c["count"]) for c in fleet["counts"]] == [
        ("계", "계", 2), ("승용", "쏘렌토", 1), ("승합", "카니발9인승", 1)]


def test_a_caption_counting_more_vehicles_than_listed_is_found(tmp_path):
    report = extracted(tmp_path, fleet_text("3. 차 량 : 총 3대"))
    assert [(f.rule, f.expected, f.actual) for f in run_checks(report) if f.rule == "header.total"] == [
        ("header.total", "2", "3")]


def cells(*placed: tuple[int, str]) -> list[Cell]:
    return [Cell(start, start + display_width(text), text) for start, text in placed]


def test_a_row_set_off_right_of_its_labels_in_order_is_headed():
    header = cells((10, "구분"), (20, "계"), (30, "비고"))
    assert _set_off_right(header, cells((12, "본청"), (24, "12"), (34, "임기제")))
    # a cell starting left of its label's start, or ending within it, is set no such way
    assert not _set_off_right(header, cells((8, "본청"), (24, "12"), (34, "임기제")))
    assert not _set_off_right(header, cells((12, "본청"), (20, "1"), (34, "임기제")))
    assert not _set_off_right(header, cells((12, "본청"), (24, "12")))
    # a row of labels far wider than the header is no row of it shifted whole; figures alone may be
    assert not _set_off_right(header, cells((22, "본청"), (36, "12"), (50, "임기제")))
    assert _set_off_right(header, cells((22, "1,240"), (36, "12"), (50, "△3")))


# a header of two lines as PyMuPDF prints it: each line set off by its own letters, the rows by theirs
YOUTH = [line((38, "행정동"), (52, "청 년 수"), (67, "비율")),
         line((46, "계"), (52, "남"), (58, "여")),
         line((39, "계"), (49, "6,400"), (59, "3,300"), (67, "3,100"), (75, "100.0%")),
         line((43, "새빛1동"), (53, "2,800"), (63, "1,500"), (71, "1,300"), (79, "43.8%")),
         line((43, "새빛2동"), (53, "3,600"), (63, "1,800"), (71, "1,800"), (79, "56.2%"))]
PROGRAMS = [line((37, "구 분"), (48, "계"), (56, "진로상담"), (70, "직업교육")),
            line((43, "횟수"), (49, "인원"), (56, "횟수"), (63, "인원"), (70, "횟수"), (77, "인원")),
            line((34, "계"), (48, "86"), (54, "740"), (60, "30"), (69, "410"), (75, "56"), (84, "330")),
            line((39, "상반기"), (53, "50"), (59, "420"), (65, "18"), (74, "230"), (80, "32"), (89, "190")),
            line((47, "하반기(7~9월)"), (62, "36"), (68, "320"), (74, "12"), (83, "180"), (89, "24"), (98, "140"))]


def youth_text(rows: list[str]) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " □ 청년 현황", line((120, "(단위: 명)")), *rows]) + "\n"


def test_a_header_of_two_lines_keeps_its_syllables_one_a_column(tmp_path):
    [table] = tables(tmp_path, youth_text(YOUTH))
    assert table[:2] == (("행정동", "청 년 수", "", "", "비율"), ("", "계", "남", "여", ""))
    assert table[2] == ("계", "6,400", "3,300", "3,100", "100.0%")


def test_a_total_beside_the_label_merged_down_heads_its_own_group(tmp_path):
    [table] = tables(tmp_path, youth_text(PROGRAMS))
    assert table[:2] == (("구 분", "계", "", "진로상담", "", "직업교육", ""),
                         ("", "횟수", "인원", "횟수", "인원", "횟수", "인원"))
    assert table[-1] == ("하반기(7~9월)", "36", "320", "12", "180", "24", "140")


@pytest.mark.parametrize(("rows", "planted", "column"), [
    (YOUTH, ("3,300", "3,400"), "청 년 수 남"),
    (PROGRAMS, ("740", "750"), "계 인원"),
])
def test_a_wrong_total_is_found_in_its_own_column(tmp_path, rows, planted, column):
    right, wrong = planted
    rows = [rows[0], rows[1], rows[2].replace(right, wrong), *rows[3:]]
    assert ("sum.table", "계", column, right, wrong) in findings(tmp_path, youth_text(rows))


def test_lines_whose_labels_count_out_otherwise_may_be_joined():
    upper = cells((38, "행정동"), (52, "청 년 수"), (67, "비율"))
    assert _counted_a_label_a_column([upper, cells((46, "계"), (52, "남"), (58, "여"))], 5, True)
    # a label spread over its cell (`구    분`) makes one column too many apart: it may be joined
    spread = [cells((36, "구"), (42, "분"), (52, "청 년 수")), cells((48, "계"), (53, "남"), (58, "여"))]
    assert not _counted_a_label_a_column(spread, 4, True)
    assert not _counted_a_label_a_column([upper], 5, True)


def district_text(rows: list[str]) -> str:
    return "\n\n".join(["2025년 주요업무 보고", " 3. 관할 현황", *rows]) + "\n"


@pytest.mark.parametrize("shift", [0, 4])
def test_syllables_two_blanks_apart_head_a_column_each(tmp_path, shift):
    rows = [line((40, "구 분"), (48, "통  반"), (57, "세대"), (64, "인구(명)")),
            line((40 - shift, "계"), (48, "41"), (53, "312"), (59, "18,240"), (68, "39,115"))]
    assert tables(tmp_path, district_text(rows)) == [(("구 분", "통", "반", "세대", "인구(명)"),
                                                      ("계", "41", "312", "18,240", "39,115"))]


def test_a_first_label_letter_spaced_over_two_label_columns_stays_one_label(tmp_path):
    rows = [line((38, "구  분"), (52, "2023년"), (62, "2024년")),
            line((36, "건축허가"), (46, "건수"), (54, "365"), (64, "318")),
            line((46, "연면적"), (54, "701,220"), (63, "655,310"))]
    assert tables(tmp_path, district_text(rows)) == [(("구 분", "", "2023년", "2024년"),
                                                      ("건축허가", "건수", "365", "318"),
                                                      ("", "연면적", "701,220", "655,310"))]
