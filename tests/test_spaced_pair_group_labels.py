"""`pdftotext -layout` of a header whose group labels of two syllables are spread over their two columns (HWP's
distributed alignment of a cell merged over them: `부    과` over `건수 | 금액`, as 세무과 tables print
`부    과 | 징    수 | 미 수 납` over a count and an amount each): each is one group label over both columns, not
two labels, a syllable a column. Two syllables that are labels of their own over their columns stay apart."""

import pytest

from checks import run_checks
from pipeline.extract import extract_report
from pipeline.read_text import read_text
from tests.layouts import laid_out

COVER = "제287회 다솜구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n세 무 과\n\n"

# a 세무과 table: 부과, 징수 and 미 수 납 over 건수 | 금액 each; 주민세's 징수율 68.4 where 2,110 ÷ 3,330 is 63.4
LEVIES = "\n".join([
    "Ⅱ. 주요업무 추진실적", "", "  - 지방세 부과 및 징수 현황",
    laid_out((100, "(단위: 건, 백만원)")),
    laid_out((6, "구    분"), (22, "부    과"), (44, "징    수"), (66, "미 수 납"), (84, "징수율")),
    laid_out((20, "건수"), (30, "금액"), (42, "건수"), (52, "금액"), (64, "건수"), (74, "금액"), (86, "(%)")),
    laid_out((6, "합    계"), (19, "12,400"), (29, "8,420"), (41, "10,230"), (51, "7,100"), (63, "2,170"),
             (73, "1,320"), (85, "84.3")),
    laid_out((6, "재산세"), (19, "4,600"), (29, "5,090"), (41, "3,730"), (51, "4,990"), (63, "870"), (73, "100"),
             (85, "98.0")),
    laid_out((6, "주민세"), (19, "7,800"), (29, "3,330"), (41, "6,500"), (51, "2,110"), (63, "1,300"),
             (73, "1,220"), (85, "68.4")),
    "", "□ 향후계획", ""])

# 남 and 여 each over a column of its own, its count of persons below it
BY_SEX = "\n".join([
    "Ⅰ. 일반현황", "", "  - 민원 상담 인원",
    laid_out((6, "구    분"), (22, "남"), (32, "여")),
    laid_out((20, "인원"), (30, "인원")),
    laid_out((6, "합    계"), (20, "30"), (30, "42")),
    laid_out((6, "상반기"), (20, "14"), (30, "20")),
    laid_out((6, "하반기"), (20, "16"), (30, "22")),
    "", "□ 향후계획", ""])


# the same header with its letters at the edges of the merged cells, wider apart than the labels below them
SPREAD_TO_THE_EDGES = laid_out((6, "구    분"), (18, "부          과"), (44, "징        수"), (66, "미 수 납"),
                               (84, "징수율"))


@pytest.mark.parametrize("groups", [None, SPREAD_TO_THE_EDGES], ids=["letter-spaced", "to-the-edges"])
def test_two_syllables_spread_over_two_columns_are_their_group_label(groups):
    """Before: `부 건수 | 과 금액 | 징 건수 | 수 금액`, the columns' names without their group's word, and the rate
    finding read `수 금액 ÷ 과 금액`."""
    lines = LEVIES.splitlines()
    if groups:
        lines[4] = groups
    r = extract_report(read_text("t.txt", (COVER + "\n".join(lines)).encode()))
    table, = r.tables
    assert table.rows[0] == ["구 분", "부과 건수", "부과 금액", "징수 건수", "징수 금액", "미 수 납 건수",
                             "미 수 납 금액", "징수율(%)"]
    assert table.rows[1:] == [["합 계", "12,400", "8,420", "10,230", "7,100", "2,170", "1,320", "84.3"],
                              ["재산세", "4,600", "5,090", "3,730", "4,990", "870", "100", "98.0"],
                              ["주민세", "7,800", "3,330", "6,500", "2,110", "1,300", "1,220", "68.4"]]
    assert table.unit == "건, 백만원"
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r) if f.severity == "error"] == [
        ("rate.table", "주민세", "징수율(%)", "63.4", "68.4")]
    rate, = run_checks(r)
    assert rate.message == ("'주민세' 행의 징수율(%) 값이 징수 금액 ÷ 부과 금액 × 100과 맞지 않습니다 "
                            "(표기 68.4%, 계산 2,110백만원 ÷ 3,330백만원 × 100 = 63.4%)")


def test_one_syllable_labels_over_columns_named_alike_stay_apart():
    """`남 | 여` over `인원 | 인원`: the syllables are what tells the columns apart."""
    r = extract_report(read_text("t.txt", (COVER + BY_SEX).encode()))
    table, = r.tables
    assert table.rows == [["구 분", "남 인원", "여 인원"], ["합 계", "30", "42"], ["상반기", "14", "20"],
                          ["하반기", "16", "22"]]
