"""PyMuPDF's sorted text (`page.get_text(sort=True)`) of tables its letters set off their header (branch mupdf104).

- A list of vehicles whose header PyMuPDF prints left of the rows (`연번  차 종  차량번호 …` over
  `1  승용(쏘렌토)  23가1234 …` set off right by their letters): each cell of the rows starts at its label's start
  or right of it and ends right of its end, but the rows' labels (`승용(쏘렌토)`) kept the line from being their
  header, so it was read as the table's caption (`연번 차 종 차량번호 …`) and the fleet took it for its name."""

from pathlib import Path

import pytest

from checks import run_checks
from pipeline.aligned import Cell, _set_off_right, display_width
from pipeline.extract import extract_file
from pipeline.records import records_data
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
    assert _set_off_right(header, cells((12, "본청"), (24, "12"), (34, "임기제 포함")))
    # a cell starting left of its label's start, or ending within it, is set no such way
    assert not _set_off_right(header, cells((8, "본청"), (24, "12"), (34, "임기제 포함")))
    assert not _set_off_right(header, cells((12, "본청"), (20, "1"), (34, "임기제 포함")))
    assert not _set_off_right(header, cells((12, "본청"), (24, "12")))
