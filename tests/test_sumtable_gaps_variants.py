"""sum.table on columns of figures per unit named by their counter's 별 (`시설별 이용자`) beside the averages it knew
(`1개소당`, `개소별 평균`, `월평균`), and on one wrong part where a 계 row meets a 계 column: one finding on the
part, not two on the totals. Tables as reports print them: markdown pipe tables and space-aligned columns."""

import pytest

from checks import run_checks
from tests.test_generic_variants import read, summary

SENIOR_CENTRES = """□ 노인여가복지시설 이용 현황

| 구 분 | 시설수 | 이용자(명) | 시설별 이용자 |
|---|---|---|---|
| 계 | 189 | 9,450 | 50 |
| 경로당 | 180 | 7,200 | 40 |
| 노인복지관 | 2 | 1,600 | 800 |
| 노인교실 | 7 | 650 | 93 |
"""

LIBRARIES = """□ 작은도서관 운영 현황

  구  분      개소      장서(권)      이용자      1개소당 이용자      개소별 평균 장서
  계            12        60,000      36,000               3,000                5,000
  구  립         4        28,000      16,000               4,000                7,000
  사  립         8        32,000      20,000               2,500                4,000
"""

VISITORS = """□ 민원실 방문자 현황

| 구 분 | 방문자 | 월평균 | 일평균 이용자 |
|---|---|---|---|
| 계 | 36,000 | 3,000 | 100 |
| 상반기 | 16,200 | 2,700 | 90 |
| 하반기 | 19,800 | 3,300 | 110 |
"""

COMMITTEES = """□ 주민자치회 위원 현황

  구  분      동 수      위원수      동별 평균
  계             18         900             50
  1권역           6         282             47
  2권역           6         300             50
  3권역           6         318             53
"""


def test_a_column_per_facility_is_no_sum():
    # before, `시설별 이용자` was summed: a false error (계 / 시설별 이용자 expected 933, printed 50)
    assert summary(SENIOR_CENTRES) == []
    assert summary(SENIOR_CENTRES.replace("9,450", "9,540")) == [("sum.table", "계", "이용자(명)", "9,450", "9,540")]
    assert summary(SENIOR_CENTRES.replace("| 180 |", "| 181 |")) == [("sum.table", "계", "시설수", "190", "189")]


def test_a_column_per_site_named_by_its_counter_is_no_sum_space_aligned():
    # before, `개소별 이용자` beside `개소` was summed: a false error (계 expected 6,500, printed 3,000)
    table = LIBRARIES.replace("1개소당 이용자", "개소별 이용자")
    assert summary(table) == []
    assert summary(table.replace("36,000", "36,500")) == [("sum.table", "계", "이용자", "36,000", "36,500")]


@pytest.mark.parametrize("table", [LIBRARIES, VISITORS, COMMITTEES], ids=["per-site", "per-month-day", "per-dong"])
def test_averages_per_site_month_day_and_dong_are_no_sums(table):
    assert summary(table) == []


def test_a_column_per_counter_beside_the_count_it_divides_by_is_no_sum():
    # what `개소별 회원` and `동별 위원` divide is not printed, what they divide by is (`개소`, `동 수`)
    sites = """□ 경로당 운영 현황

| 구 분 | 개소 | 개소별 회원 |
|---|---|---|
| 계 | 180 | 45 |
| 여의권역 | 60 | 40 |
| 당산권역 | 120 | 48 |
"""
    assert summary(sites) == []
    assert summary(sites.replace("| 120 |", "| 121 |")) == [("sum.table", "계", "개소", "181", "180")]
    dongs = """□ 주민자치회 위원 현황

  구  분      동 수      동별 위원
  계             18             50
  1권역           6             47
  2권역           6             50
  3권역           6             53
"""
    assert summary(dongs) == []
    assert summary(dongs.replace("  6      ", "  7      ", 1)) == [("sum.table", "계", "동 수", "19", "18")]


def test_counts_beside_averages_per_unit_are_still_summed():
    assert summary(LIBRARIES.replace("32,000", "30,200")) == [("sum.table", "계", "장서(권)", "58,200", "60,000")]
    assert summary(VISITORS.replace("19,800", "19,000")) == [("sum.table", "계", "방문자", "35,200", "36,000")]
    assert summary(COMMITTEES.replace("318", "313")) == [("sum.table", "계", "위원수", "895", "900")]


def test_a_group_of_rows_per_facility_leaves_its_counts_summed():
    # `시설별` alone labels a group of rows; `시설별 경로당` names a row of counts, not a figure per facility
    table = """□ 노인여가복지시설 현황

| 구 분 |  | 시설수 | 이용자 |
|---|---|---|---|
| 시설별 | 계 | 189 | 9,450 |
|  | 경로당 | 180 | 7,200 |
|  | 노인복지관 | 2 | 1,600 |
|  | 노인교실 | 7 | 650 |
"""
    assert summary(table) == []
    assert summary(table.replace("7,200", "7,020")) == [("sum.table", "시설별 / 계", "이용자", "9,270", "9,450")]


def test_a_count_by_dong_is_summed():
    # `동별 인구` in a caption, or as the label of a count with nothing beside it that it divides, is no average
    caption = """□ 동별 인구 현황 (2025. 5월말)

  동  별      세대수      인구(명)      구성비(%)
  계          42,000        85,000          100
  여의동      15,300        33,200           39
  당산1동     26,700        51,800           61
"""
    assert summary(caption) == []
    assert summary(caption.replace("26,700", "26,600")) == [("sum.table", "계", "세대수", "41,900", "42,000")]
    column = caption.replace("인구(명)", "동별 인구")
    assert summary(column.replace("51,800", "51,900")) == [("sum.table", "계", "동별 인구", "85,100", "85,000")]


CONSULTATIONS = """□ 민원 상담 실적

| 구 분 | 계 | 방문 | 전화 | 온라인 |
|---|---|---|---|---|
| 계 | 6,880 | 2,140 | 3,520 | 1,220 |
| 여권 | 2,310 | 980 | 1,050 | 280 |
| 가족관계 | 1,870 | 540 | 1,020 | 310 |
| 토지 | 2,700 | 620 | 1,450 | 630 |
"""

CONSULTATIONS_ALIGNED = """□ 민원 상담 실적

  구  분          계        방문        전화      온라인
  계           6,880       2,140       3,520       1,220
  여  권       2,310         980       1,050         280
  가족관계     1,870         540       1,020         310
  토  지       2,700         620       1,450         630
"""


@pytest.mark.parametrize("table", [CONSULTATIONS, CONSULTATIONS_ALIGNED], ids=["pipe", "space-aligned"])
def test_a_wrong_part_both_totals_miss_is_one_finding_on_the_part(table):
    # before, two findings on the totals: 계 / 전화 (expected 3,610, printed 3,520) and 가족관계 / 계 (expected
    # 1,960, printed 1,870), though both say 가족관계's 전화 is 90 too many and the corner 6,880 adds up both ways
    assert summary(table) == []
    wrong = table.replace("1,020", "1,110")
    assert summary(wrong) == [("sum.table", "가족관계", "전화", "1,020", "1,110")]
    (finding,) = run_checks(read(wrong))
    assert finding.message == ("'가족관계' 행의 전화 값이 계 행과 계 열이 함께 맞는 값과 다릅니다"
                               " (표기 1,110, 맞는 값 1,020)")
    assert finding.severity == "error"


def test_a_wrong_part_under_a_subtotal_is_one_finding_on_the_part():
    table = """□ 청사 시설 현황

| 구 분 |  | 계 | 사무실 | 회의실 |
|---|---|---|---|---|
| 계 |  | 93 | 71 | 22 |
| 본관 | 소계 | 60 | 45 | 15 |
|  | 본청 | 42 | 32 | 10 |
|  | 의회 | 18 | 13 | 5 |
| 별관 | 소계 | 33 | 26 | 7 |
|  | 별관 | 33 | 26 | 7 |
"""
    assert summary(table) == []
    assert summary(table.replace("| 13 | 5 |", "| 13 | 4 |")) == [("sum.table", "본관 / 의회", "회의실", "5", "4")]


def test_a_wrong_part_with_no_corner_to_agree_on_is_two_findings():
    # the 계 row prints no figure in the 계 column: nothing says the totals agree, either may be wrong
    table = CONSULTATIONS.replace("| 계 | 6,880 |", "| 계 |  |").replace("1,020", "1,110")
    assert summary(table) == [("sum.table", "계", "전화", "3,610", "3,520"),
                              ("sum.table", "가족관계", "계", "1,960", "1,870")]


def test_a_wrong_corner_leaves_the_totals_a_part_misses_as_they_are():
    # the corner misses both ways (one finding); the totals do not agree, so neither is blamed on the part: each
    # is found, and the corner expected what their right figures make, 6,970, every part's sum (before, 6,880, the
    # printed totals' that the two findings say are wrong)
    table = CONSULTATIONS.replace("6,880", "6,890").replace("1,020", "1,110")
    assert sorted(summary(table)) == [("sum.table", "가족관계", "계", "1,960", "1,870"),
                                      ("sum.table", "계", "계", "6,970", "6,890"),
                                      ("sum.table", "계", "전화", "3,610", "3,520")]


def test_two_wrong_parts_or_totals_off_by_other_sums_are_each_found_as_before():
    # two parts off by the same sum cross at four cells: which two is not known
    two = CONSULTATIONS.replace("1,020", "1,030").replace("| 620 |", "| 630 |")
    assert sorted(summary(two)) == [("sum.table", "가족관계", "계", "1,880", "1,870"),
                                    ("sum.table", "계", "방문", "2,150", "2,140"),
                                    ("sum.table", "계", "전화", "3,530", "3,520"),
                                    ("sum.table", "토지", "계", "2,710", "2,700")]
    # the row's 계 misses by 90, the column's by 100: not one wrong part; the corner expected every part's sum, as
    # the 계 row's right 전화 makes it (before, 6,870, of the printed 3,510 found wrong beside it)
    other = CONSULTATIONS.replace("1,020", "1,110").replace("3,520", "3,510")
    assert summary(other) == [("sum.table", "계", "계", "6,970", "6,880"),
                              ("sum.table", "계", "전화", "3,610", "3,510"),
                              ("sum.table", "가족관계", "계", "1,960", "1,870")]
