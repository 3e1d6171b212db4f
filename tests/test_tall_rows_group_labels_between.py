"""`pdftotext -layout` of a PDF table whose rows, its header's two too, are taller than a line (a blank line between
every two), where each group label of the header's first line is centred over its two labels below, so that it
stands over the blank between them and over no label (`부과` over `건수  금액`, `승합` over `소계  중형`). The labels
merged down beside the groups are those beside all of the second line's labels (`구분`, `징수율(%)`; `총계`)."""

from checks import run_checks
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.layouts import laid_out

COVER = "제287회 다솜구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n교 통 행 정 과\n\n"

# 2025-dasom-gyotong's fleet as `pdftotext -layout` prints its PDF: one row of counts under a header of two lines
FLEET = "\n".join([
    "Ⅰ. 일반현황", "", "□ 공용차량 - 총9대 (정수 10)", "", "",
    laid_out((41, "총계"), (58, "승용"), (82, "승합"), (103, "특수")), "",
    laid_out((49, "소계"), (59, "소형"), (68, "중형"), (76, "소계"), (84, "중형"), (96, "소계"), (104, "견인차")), "",
    laid_out((41, "9"), (48, "5"), (59, "3"), (68, "2"), (76, "2"), (84, "2"), (95, "2"), (104, "2")), "",
    " 4 예산현황", ""])

# its fines: 부과 and 징수 over 건수 | 금액 each, 구분 and 징수율(%) merged down beside them
FINES = "\n".join([
    "Ⅱ. 주요업무 추진실적", "", "  - 과태료 부과 및 징수",
    laid_out((115, "(단위: 건, 백만원)")),
    laid_out((49, "구분"), (67, "부과"), (87, "징수"), (100, "징수율(%)")), "",
    laid_out((60, "건수"), (72, "금액"), (81, "건수"), (92, "금액")), "",
    laid_out((45, "계"), (59, "39,870"), (68, "1,794"), (79, "30,114"), (88, "1,343"), (100, "74.9")), "",
    laid_out((45, "2024년 이월"), (59, "8,420"), (68, "380"), (79, "4,210"), (88, "190"), (100, "50.0")), "",
    laid_out((45, "2025년"), (59, "31,450"), (68, "1,414"), (79, "25,904"), (88, "1,153"), (100, "81.5")), "", "",
    "□ 향후계획", ""])


def test_a_fleet_of_one_row_under_a_header_of_two_lines_over_tall_rows():
    """Before: the three lines were paragraphs (the group labels over no label below, all were taken as merged down
    and the header as two lines of their own), and the fleet gave no vehicles."""
    r = extract_report(read_text("t.txt", (COVER + FLEET).encode()))
    fleet, = r.vehicles
    assert fleet.printed_total == 9 and fleet.quota == 10
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 9), ("승용", "소계", 5), ("승용", "소형", 3), ("승용", "중형", 2), ("승합", "소계", 2),
        ("승합", "중형", 2), ("특수", "소계", 2), ("특수", "견인차", 2)]
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == []


def test_a_header_of_two_lines_whose_groups_stand_over_no_label_heads_the_rows():
    """Before: `구분  부과  징수  징수율(%)` was read as a paragraph and `건수  금액  건수  금액` as the table's
    caption, its rows under no labels, and `sum.table` summed the rates (74.9 against 131.5)."""
    r = extract_report(read_text("t.txt", (COVER + FINES).encode()))
    table, = r.tables
    assert table.rows[0] == ["구분", "부과 건수", "부과 금액", "징수 건수", "징수 금액", "징수율(%)"]
    assert table.rows[1:] == [["계", "39,870", "1,794", "30,114", "1,343", "74.9"],
                              ["2024년 이월", "8,420", "380", "4,210", "190", "50.0"],
                              ["2025년", "31,450", "1,414", "25,904", "1,153", "81.5"]]
    assert table.caption == "과태료 부과 및 징수" and table.unit == "건, 백만원"
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == []
