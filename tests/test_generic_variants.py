"""Generic tables as reports print them: a header of years, columns that are no sums (rates, averages, years,
serial numbers) and a 계 column in a small table."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import grid_tables, pipe_tables, space_aligned, space_aligned_ruled

COVER = ("제300회 한빛구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 자 치 행 정 과\n\n"
         "# Ⅰ. 일반현황\n\n## 2 주요 통계\n\n")
TAIL = "\n\n# Ⅱ. 주요업무 추진실적\n\n### ① 주민자치회 운영 지원 (자치지원팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"


def read(table: str, layout=None):
    text = COVER + table + TAIL
    return extract_report(read_text("t.txt", (layout(text) if layout else text).encode()))


def summary(table: str, layout=None) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(read(table, layout))]


def tsv(*rows: str) -> str:
    return "□ 표\n\n" + "\n".join(row.replace(" | ", "\t") for row in rows) + "\n"


YEARS = tsv("구 분 | 2022 | 2023 | 2024", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950",
            "제 증 명 | 400 | 450 | 460")


@pytest.mark.parametrize("layout", [None, pipe_tables, space_aligned, space_aligned_ruled, grid_tables],
                         ids=["tab-separated", "pipe", "space-aligned", "space-aligned-ruled", "grid"])
def test_a_header_of_years_is_a_header(layout):
    (table,) = read(YEARS, layout).tables
    assert (table.header_rows, table.rows[0]) == (1, ["구 분", "2022", "2023", "2024"])
    assert summary(YEARS, layout) == []
    planted = YEARS.replace("여 권\t800\t900", "여 권\t800\t990")
    assert summary(planted, layout) == [("sum.table", "계", "2023", "1,440", "1,350")]


@pytest.mark.parametrize("years", ["2022\t2023년\t2024년", "’22\t2023\t2024", "2024\t2023\t2022", "2020\t2022\t2024"])
def test_years_as_reports_print_them(years):
    table = YEARS.replace("2022\t2023\t2024", years)
    assert read(table).tables[0].header_rows == 1
    assert summary(table) == []


def test_a_row_of_years_with_no_other_figures_below_stays_data():
    (table,) = read(tsv("구 분 | 한빛 | 중앙", "준공연도 | 2012 | 2018")).tables
    assert table.header_rows == 1
    (table,) = read(tsv("구 분 | 2012 | 2018", "개관 | 2013 | 2019")).tables  # no row of other figures below
    assert table.header_rows == 0


def test_figures_far_apart_or_out_of_order_are_no_years():
    table = tsv("구 분 | 1950 | 2010 | 2030", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950")
    assert read(table).tables[0].header_rows == 0
    table = tsv("구 분 | 2022 | 2024 | 2023", "계 | 1,200 | 1,350 | 1,410", "여 권 | 800 | 900 | 950")
    assert read(table).tables[0].header_rows == 0


RATES = tsv("구 분 | 접수(건) | 처리(건) | 처리율(%) | 평균 처리일수(일) | 구성비",
            "계 | 1,200 | 1,180 | 98 | 3 | 100", "여 권 | 800 | 795 | 99 | 1 | 67",
            "제 증 명 | 400 | 385 | 96 | 5 | 33")
PARKING = tsv("구 분 | 주차면수 | 면적(㎡) | 준공연도 | 설치일자", "계 | 350 | 9,800 | - | -",
              "한빛 공영주차장 | 200 | 5,600 | 2012 | 20120301", "중앙 공영주차장 | 150 | 4,200 | 2018 | 20180901")


def test_rates_averages_shares_years_and_dates_are_not_summed():
    assert summary(RATES) == []
    assert summary(PARKING) == []
    assert summary(RATES.replace("계\t1,200", "계\t1,300")) == [("sum.table", "계", "접수(건)", "1,200", "1,300")]
    assert summary(PARKING.replace("계\t350", "계\t360")) == [("sum.table", "계", "주차면수", "350", "360")]


@pytest.mark.parametrize("label", ["2024년도", "전년도", "일자리(개)", "법률상담(건)"])
def test_counts_whose_labels_look_like_a_year_or_a_rate_are_summed(label):
    table = tsv(f"구 분 | {label}", "계 | 13", "가 | 5", "나 | 7")
    assert summary(table) == [("sum.table", "계", label, "12", "13")]


COMMITTEES = tsv("구 분 | 계 | 남 | 여", "계 | 42 | 27 | 14", "주민자치위원회 | 25 | 15 | 10",
                 "인사위원회 | 10 | 7 | 2", "공적심사위원회 | 7 | 5 | 2")


def test_a_wrong_total_column_in_a_small_table():
    """Two rows of four add up, two figures each: the 계 column is the row total, and the other two are wrong."""
    assert summary(COMMITTEES) == [("sum.table", "계", "계", "41", "42"), ("sum.table", "인사위원회", "계", "9", "10")]


def test_a_total_column_that_two_rows_add_up_to_by_a_lone_figure_is_no_row_total():
    table = tsv("구 분 | 계 | 남 | 여", "계 | 42 | 27 | 14", "가 | 25 | 25 | -", "나 | 10 | 7 | 2", "다 | 7 | - | 7")
    assert [f for f in summary(table) if f[2] == "계"] == []
    assert ("sum.table", "계", "남", "32", "27") in summary(table)  # the table is checked: its column sums are


def test_a_total_column_of_the_other_columns_but_one_is_no_error():
    """`외국인` counts some of 남 and 여: the rows where it is `-` add up, those where it is not are short by it."""
    table = tsv("구 분 | 계 | 남 | 여 | 외국인", "계 | 45 | 25 | 20 | 3", "가 | 20 | 12 | 8 | -", "나 | 15 | 8 | 7 | 3",
                "다 | 10 | 5 | 5 | -")
    assert summary(table) == []
    # checked all the same: a wrong corner is found once, expected 45 both ways; 나, short by its 외국인 as every
    # row printing one is, stays right (before, 나 was found expected 18, and the corner expected 48 along)
    assert summary(table.replace("계\t45", "계\t46")) == [("sum.table", "계", "계", "45", "46")]
    assert summary(table.replace("나\t15", "나\t16")) == [("sum.table", "나", "계", "15", "16")]
    assert summary(table.replace("계\t45\t25", "계\t45\t26")) == [("sum.table", "계", "남", "25", "26")]


def test_a_total_column_of_every_column_is_found_short_by_the_last():
    """The rows printing a 기타 count it in their 계: a 계 short by it is a wrong figure, not a 계 without it."""
    table = tsv("구 분 | 계 | 남 | 여 | 기타", "계 | 48 | 25 | 20 | 3", "가 | 21 | 12 | 8 | 1", "나 | 17 | 8 | 7 | 2",
                "다 | 10 | 5 | 5 | -")
    assert summary(table) == []
    assert summary(table.replace("나\t17", "나\t15")) == [("sum.table", "나", "계", "17", "15")]


def test_a_total_column_beside_unrelated_figures_is_no_row_total():
    table = tsv("구 분 | 계 | 예산 | 인원", "계 | 42 | 1,500 | 14", "가 | 25 | 1,000 | 10", "나 | 10 | 300 | 2",
                "다 | 7 | 200 | 2")
    assert summary(table) == []
    assert summary(table.replace("계\t42", "계\t43")) == [("sum.table", "계", "계", "42", "43")]  # checked all the same


SERIAL = tsv("연번 | 위원회명 | 위원수 | 개최횟수", "계 | 3개 | 42 | 12", "1 | 주민자치위원회 | 25 | 6",
             "2 | 인사위원회 | 9 | 4", "3 | 공적심사위원회 | 7 | 2")


def test_a_serial_number_column_is_a_label_column():
    assert summary(SERIAL) == [("sum.table", "계 / 3개", "위원수", "41", "42")]


def test_serial_numbers_are_not_summed_and_a_blank_one_starts_no_group():
    table = tsv("연번 | 위원회명 | 위원수 | 설치년도", "1 | 주민자치위원회 | 25 | 2013", "2 | 인사위원회 | 9 | 1995",
                "3 | 공적심사위원회 | 7 | 2001", " | 계 | 41 | ")
    assert summary(table) == []
    assert summary(table.replace("\t41\t", "\t40\t")) == [("sum.table", "계", "위원수", "41", "40")]


@pytest.mark.parametrize("leading", [True, False])
def test_subtotals_with_no_group_label_sum_the_rows_they_lead_or_close(leading):
    groups = [["소 계 | 7", "여권 발급 | 3", "제증명 발급 | 4"], ["소 계 | 5", "고충 민원 | 1", "건의 민원 | 4"]]
    rows = [row for group in groups for row in (group if leading else [*group[1:], group[0]])]
    assert summary(tsv("구 분 | 건 수", "합 계 | 12", *rows)) == []
    wrong = [row.replace("소 계 | 5", "소 계 | 6") for row in rows]
    # the 합 계 adds up over the 소계 its rows make: one finding (before, the 합 계 too, expected 13)
    assert [f[:5] for f in summary(tsv("구 분 | 건 수", "합 계 | 12", *wrong))] == [
        ("sum.table", "소 계", "건 수", "5", "6")]


CENTRED_GROUPS = tsv("구 분 | 사 업 명 | 목 표 | 실 적", "계 |  | 1,850 | 1,042", " | 공공근로 | 420 | 305",
                     "직접일자리 | 지역공동체 일자리 | 180 | 152", " | 청년 행정인턴 | 60 | 60",
                     "취업지원 | 일자리센터 취업알선 | 900 | 412", " | 중장년 재취업 지원 | 150 | 63",
                     "창업지원 | 청년 창업공간 입주 | 140 | 50")


def test_rows_above_a_group_label_centred_on_them_are_in_the_total():
    """A PDF without vertical rules prints a group label centred on its rows, the rows above it blank (`| 공공근로`
    over `직접일자리 | …`): right below a 계 printing no other label, they are rows of their own, not parts of the
    계; before, the 계 was checked against the rows below them alone (a false sum.table, 1,430 for 1,850)."""
    assert summary(CENTRED_GROUPS) == []
    planted = CENTRED_GROUPS.replace("\t공공근로\t420", "\t공공근로\t440")
    assert summary(planted) == [("sum.table", "계", "목 표", "1,870", "1,850")]
