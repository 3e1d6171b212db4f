"""`pdftotext -layout` of a PDF staffing table whose rows, its header's two too, are taller than a line, its figures
set at their cells' left under labels centred in them: a label may stand nearer the next column's figures than its own
(`5급` right of its `1`, by the `5` under `6급`), and a class merged down at the right (`공무직`, `관리운영직`) right of
every figure. The second line's labels, with the first's merged down beside its groups, are one label over each
column, in order, and head the columns so."""

from checks import run_checks
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.layouts import laid_out

COVER = "제287회 다솜구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n{department}\n\n Ⅰ. 일반현황\n\n"

# 2025-dasom-gyotong's: 운전직 over 8급 | 9급, 공무직 merged down beside it
DRIVERS = "\n".join([
    " 2인력",
    laid_out((102, "(2025. 5. 31. 기준, 단위: 명)")),
    laid_out((26, "구분"), (36, "계"), (56, "일반직"), (83, "운전직"), (96, "공무직")), "",
    laid_out((47, "5급"), (52, "6급"), (58, "7급"), (66, "8급"), (72, "9급"), (82, "8급"), (89, "9급")),
    "",
    laid_out((26, "정원"), (36, "38"), (43, "1"), (52, "5"), (58, "12"), (65, "9"), (72, "6"), (78, "2"), (87, "1"),
             (94, "2")), "",
    laid_out((26, "현원"), (36, "36"), (43, "1"), (52, "6"), (58, "10"), (65, "8"), (72, "7"), (78, "1"), (87, "1"),
             (94, "2")), "",
    laid_out((26, "과부족"), (36, "△2"), (43, "-"), (52, "1"), (58, "△2"), (65, "△1"), (72, "1"), (78, "△1"), (87, "-"),
             (94, "-")), "",
    "  ※ 주정차 단속원(기간제) 14명 별도", ""])

# 2025-dasom-semu1's: 일반직 over 5급 … 9급 | 소계, 관리운영직 merged down beside it
WITH_SUBTOTAL = "\n".join([
    " 2. 인 력",
    laid_out((111, "(단위: 명)")),
    laid_out((38, "구분"), (47, "계"), (69, "일반직"), (98, "관리운영직")), "",
    laid_out((57, "5급"), (62, "6급"), (68, "7급"), (77, "8급"), (82, "9급"), (92, "소계")), "",
    laid_out((38, "정원"), (47, "42"), (53, "1"), (62, "8"), (67, "14"), (76, "10"), (82, "7"), (92, "40"), (97, "2")),
    "",
    laid_out((38, "현원"), (47, "40"), (53, "1"), (62, "8"), (67, "13"), (76, "9"), (82, "7"), (92, "38"), (97, "2")),
    "",
    laid_out((38, "과부족"), (47, "△2"), (53, "-"), (62, "-"), (67, "△1"), (76, "△1"), (82, "-"), (92, "△2"),
             (97, "-")),
    "", " 3. 세목별 부과 현황", ""])

# 2025-dasom-iljari's: 공무직 and 기간제 merged down beside 일반직
TWO_CLASSES = "\n".join([
    " □ 인 력",
    laid_out((114, "(2025. 5. 31. 기준, 단위: 명)")),
    laid_out((33, "구분"), (43, "계"), (65, "일반직"), (97, "공무직"), (108, "기간제")), "",
    laid_out((51, "5급"), (61, "6급"), (69, "7급"), (78, "8급"), (87, "9급")), "",
    laid_out((33, "정원"), (42, "27"), (47, "1"), (61, "5"), (69, "9"), (78, "6"), (87, "4"), (97, "1"), (108, "1")),
    "",
    laid_out((33, "현원"), (42, "28"), (47, "1"), (61, "5"), (69, "8"), (78, "7"), (87, "5"), (97, "1"), (108, "1")),
    "",
    laid_out((33, "과부족"), (42, "1"), (47, "-"), (61, "-"), (69, "△1"), (78, "1"), (87, "1"), (97, "-"), (108, "-")),
    "",
    " □ 공용차량", ""])


def report(department: str, table: str):
    return extract_report(read_text("t.txt", (COVER.format(department=department) + table).encode()))


def counts(r, status: str):
    return [(s.job_class, s.grade, s.headcount) for s in r.staffing if s.status == status]


def test_a_class_merged_down_right_of_a_groups_grades_heads_the_last_column():
    """Before: `8급  9급` of 운전직 headed its 9급 and 공무직's columns, 공무직 read as a 9급 of 2 and 운전직's 2 lost
    (false `sum.staffing` errors, the grid kept as a generic table too)."""
    r = report("교통행정과", DRIVERS)
    assert counts(r, "정원") == [
        ("계", "계", 38), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 12), ("일반직", "8급", 9),
        ("일반직", "9급", 6), ("운전", "8급", 2), ("운전", "9급", 1), ("공무직", "계", 2)]
    assert [c[2] for c in counts(r, "과부족")] == [-2, 0, 1, -2, -1, 1, -1, 0, 0]
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == [] and r.tables == []


def test_a_groups_subtotal_beside_a_class_merged_down_heads_its_own_column():
    """Before: `소계` headed 관리운영직's column, the 일반직 소계 lost."""
    r = report("세무1과", WITH_SUBTOTAL)
    assert counts(r, "현원") == [
        ("계", "계", 40), ("일반직", "5급", 1), ("일반직", "6급", 8), ("일반직", "7급", 13), ("일반직", "8급", 9),
        ("일반직", "9급", 7), ("일반직", "계", 38), ("관리운영직", "계", 2)]
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == [] and r.tables == []


def test_two_classes_merged_down_beside_a_groups_grades():
    """Before: `기간제` headed a column of its own that no row filled, its figures under 공무직 and 공무직's under
    일반직's grades (false `sum.staffing` errors)."""
    r = report("일자리정책과", TWO_CLASSES)
    assert counts(r, "정원") == [
        ("계", "계", 27), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 9), ("일반직", "8급", 6),
        ("일반직", "9급", 4), ("공무직", "계", 1), ("기간제", "계", 1)]
    assert [f.rule for f in run_checks(r) if f.severity == "error"] == [] and r.tables == []
