"""sum.table on the cells it reads: `-` in a total, `8(1)`, decimals, a unit in each cell, figures per unit, and
totals named `누계`, `전 체`, `합계(명)`."""

from tests.test_generic_variants import summary, tsv

DAYS = tsv("구 분 | 처리건수 | 처리기간(일) | 기한내 처리", "계 | 44,100 | - | 44,020", "건축 | 12,100 | 7 | 12,080",
           "위생 | 18,000 | 3 | 17,990", "환경 | 14,000 | 5 | 13,950")


def test_a_dash_in_a_total_over_figures_is_no_total():
    # before, the `-` under 처리기간(일) read as a total of 0: `계 / 처리기간(일) expected 15 actual 0`
    assert summary(DAYS) == []
    assert summary(DAYS.replace("44,020", "44,000")) == [("sum.table", "계", "기한내 처리", "44,020", "44,000")]
    every_column = tsv("구 분 | 법정 처리기간(일) | 실제 처리기간(일) | 단축일수", "계 | - | - | -",
                       "건축허가 | 15 | 10 | 5", "식품영업신고 | 3 | 1 | 2", "옥외광고 | 5 | 3 | 2")
    assert summary(every_column) == []


def test_a_dash_in_a_part_is_zero_and_a_dash_total_over_nothing_adds_up():
    table = tsv("구 분 | 계 | 일반 | 긴급", "계 | 70 | 60 | 10", "1월 | 30 | 30 | -", "2월 | - | - | -",
                "3월 | 40 | 30 | 10")
    assert summary(table) == []
    assert summary(table.replace("3월\t40", "3월\t41")) == [("sum.table", "3월", "계", "40", "41")]


PASSPORTS = tsv("구 분 | 계 | 일반 | 관용 | 긴급", "계 | 17,820 | 17,640 | 20(2) | 160",
                "1월 | 3,410 | 3,380 | - | 30", "2월 | 3,520 | 3,480 | 8(1) | 32", "3월 | 3,630 | 3,600 | - | 30",
                "4월 | 3,580 | 3,540 | 12(1) | 28", "5월 | 3,680 | 3,640 | - | 40")


def test_a_figure_with_a_bracket_after_it_is_the_figure():
    # before, `8(1)` was no figure: 관용 was left out of the 계 column (three false errors) and never checked
    assert summary(PASSPORTS) == []
    assert summary(PASSPORTS.replace("12(1)", "13(1)")) == [("sum.table", "4월", "관용", "12", "13")]
    schools = tsv("구 분 | 학교수 | 학급수 | 학생수", "계 | 62 | 1,401(38) | 31,240", "유치원 | 20 | 110(12) | 2,140",
                  "초등학교 | 24 | 720(20) | 16,100", "중학교 | 10 | 310(6) | 7,300", "고등학교 | 8 | 270 | 5,700")
    assert summary(schools) == [("sum.table", "계", "학급수", "1,410", "1,401")]


def test_figures_per_unit_are_no_sums_nor_parts():
    # before, only 인·가구·세대·건·개소 당 were known: `회당 인원` and `1명당 지급액` were summed into false errors
    assert summary(tsv("구 분 | 회 차 | 인원(명) | 회당 인원", "계 | 20 | 800 | 40", "청렴교육 | 4 | 240 | 60",
                       "직무교육 | 10 | 300 | 30", "정보화교육 | 6 | 260 | 43")) == []
    assert summary(tsv("구 분 | 인원 | 지급액 | 1명당 지급액", "계 | 150 | 240,000 | 1,600",
                       "대학생 | 90 | 180,000 | 2,000", "고등학생 | 60 | 60,000 | 1,000")) == []
    for per_unit in ("1대당 유지비", "1개교당 지원액", "세대당 인구"):
        assert summary(tsv(f"구 분 | 대수 | {per_unit}", "계 | 12 | 1,000", "가 | 5 | 800", "나 | 7 | 900")) == []


def test_words_that_end_in_dang_are_no_figures_per_unit():
    # 담당, 해당, 정당, 당초 name counts like any other
    for label in ("담당 인원", "해당 건수", "당초 계획"):
        assert summary(tsv(f"구 분 | {label}", "계 | 12", "가 | 5", "나 | 6")) == [
            ("sum.table", "계", label, "11", "12")]
    parties = tsv("정 당 | 의원수", "계 | 18", "더불어민주당 | 8", "국민의힘 | 8", "조국혁신당 | 1")
    assert summary(parties) == [("sum.table", "계", "의원수", "17", "18")]


def test_a_cumulative_column_beside_the_months_is_their_sum():
    # before, 누계 was no total: both planted errors were missed
    table = tsv("구 분 | 1월 | 2월 | 3월 | 4월 | 5월 | 누 계", "건수 | 120 | 98 | 143 | 110 | 131 | 620",
                "금액(백만원) | 410 | 380 | 520 | 390 | 450 | 2,250")
    assert summary(table) == [("sum.table", "건수", "누 계", "602", "620"),
                              ("sum.table", "금액(백만원)", "누 계", "2,150", "2,250")]
    assert summary(table.replace("620", "602").replace("2,250", "2,150")) == []


def test_a_cumulative_row_under_the_months_is_their_sum_and_under_years_no_sum():
    months = tsv("구 분 | 가구 | 금액(천원)", "1월 | 60 | 120,000", "2월 | 72 | 140,400", "3월 | 81 | 160,000",
                 "누계 | 231 | 420,400")
    assert summary(months) == [("sum.table", "누계", "가구", "213", "231")]
    # a 누계 under years may count from before the first of them
    assert summary(tsv("구 분 | 건수", "2023년 | 60", "2024년 | 72", "누 계 | 531")) == []
    assert summary(tsv("구 분 | 2023년 | 2024년 | 누계", "건수 | 60 | 72 | 531", "금액 | 10 | 20 | 90")) == []


def test_a_total_named_jeonche_or_printing_its_unit_is_a_total():
    # before, `전 체` and `합계(명)` rows were no totals: their wrong figures were missed
    assert summary(tsv("구 분 | 가구 | 인원(명)", "합계(명) | 3,100 | 4,250", "자활 | 800 | 1,120",
                       "장애인 | 1,200 | 1,800", "본인부담경감 | 1,100 | 1,600")) == [
        ("sum.table", "합계(명)", "인원(명)", "4,520", "4,250")]
    assert summary(tsv("구 분 | 가구 | 인원", "전 체 | 2,100 | 3,000", "단독 | 1,100 | 1,400",
                       "부부 | 1,000 | 1,500")) == [("sum.table", "전 체", "인원", "2,900", "3,000")]


AREAS = tsv("동 별 | 면적(㎢) | 세대수", "계 | 24.53 | 180,420", "여의동 | 8.40 | 15,200", "당산1동 | 1.21 | 12,100",
            "당산2동 | 1.02 | 14,300", "문래동 | 2.30 | 13,820", "신길1동 | 11.50 | 125,000")


def test_decimals_are_summed_at_their_precision():
    # before, a column that printed a decimal was never checked
    assert summary(AREAS) == [("sum.table", "계", "면적(㎢)", "24.43", "24.53")]
    assert summary(AREAS.replace("24.53", "24.43")) == []
    # five parts rounded to 0.01, and the total: off by up to 0.03 is rounding
    assert summary(AREAS.replace("24.53", "24.46")) == []
    assert summary(AREAS.replace("24.53", "24.47")) == [("sum.table", "계", "면적(㎢)", "24.43", "24.47")]
    one_decimal = tsv("구 분 | 연면적(㎡) | 준공연도", "계 | 21,380.4 | ", "구립도서관 | 8,100.2 | 2009",
                      "청소년센터 | 6,030.1 | 2015", "평생학습관 | 7,700.1 | 2019")
    assert summary(one_decimal) == [("sum.table", "계", "연면적(㎡)", "21,830.4", "21,380.4")]


def test_scores_are_no_sums():
    # a 계 row prints their average: a decimal column is checked now, a score's is not
    assert summary(tsv("구 분 | 응답자 | 만족도(점)", "계 | 300 | 88.1", "가 | 100 | 86.2", "나 | 200 | 89.0")) == []
    assert summary(tsv("구 분 | 응답자 | 평점", "계 | 300 | 4.5", "가 | 100 | 4.2", "나 | 200 | 4.6")) == []


def test_a_unit_printed_in_every_cell_is_read_with_the_figure():
    table = tsv("구 분 | 운영기간 | 참여학교 | 참여인원", "계 | 연중 | 24개교 | 3,420명",
                "코딩교실 | 3~11월 | 10개교 | 1,200명", "영어캠프 | 7~8월 | 6개교 | 820명",
                "진로탐색 | 연중 | 8개교 | 1,300명")
    # the text column beside the labels (운영기간) is one of them
    assert summary(table) == [("sum.table", "계 / 연중", "참여인원", "3,320", "3,420")]
    # cells of two units are no one column's figures
    assert summary(tsv("구 분 | 실적", "계 | 30", "가 | 10개교", "나 | 10명")) == []
    # nor is one cell's unit a column's: a 비고 that notes `12개소` beside the 계 is no total of blanks
    assert summary(tsv("구 분 | 면적 | 비 고", "계 | 30 | 12개소", "가 | 10 | ", "나 | 20 | ")) == []
