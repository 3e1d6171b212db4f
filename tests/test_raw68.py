"""Tables as `pdftotext` prints a PDF's. In `-layout` text, a staffing table whose `비고` column every row leaves
blank, lined up by characters (each syllable one column), is read by characters as its `과부족` label over the
`△1` below it tells (before, by display columns, its 현원 lost). In `-raw` text (`pipeline/one_space_tables.py`), a
header of two lines whose upper line groups the lower's in several groups (`일 반 직`, `관 리 운 영 직` over
`5급 … 9급 6급 7급 8급`; `승 용`, `승 합` over `소 계 소형 중형 소 계 중형`), over rows with labels or a row of figures
alone, and a spaced total (`총 계`) among its labels; a header ending in a column of notes (`비 고`) over rows printing
their notes after their figures or none, one figure a row too (a fleet's counts); labels with formula letters
(`정 원(A)`) over counts noted in brackets (`20(1)`); budget tables of two label columns (`단위사업 세부사업`) whose
rows print one label each, a 단위사업 merged down printed on a line of its own where its centre is, a total's label
over its figures; a header's bracket of words (`집행률(B/A, %)`, `(5월말 기준)`); a list of contents under
`연번 사 업 명 쪽`; any of these over a page break, its running lines between a header's lines or its rows, a page
number printed bare under the running title (as `-raw` prints a page's header and footer first); a list numbered
from 1 under `연번` (a fleet's vehicles). Before, all stayed text (the contents' header read as a project of no
title)."""

import datetime

import pytest

from extractors import extract_report
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document

# `pdftotext -layout` of a PDF's staffing table: each syllable one column, a blank line between rows
STAFFING_BY_CHARACTERS = """ 2. 인 력
                                                                   (2022. 5. 31. 기준, 단위: 명)
                                 구분      정원   현원     과부족     비고

                                 계       26   25     △1

                                 5급      1    1      -

                                 7급      9    8      △1

                                 8급      16   16     -
"""
# the same table typed in display columns (each syllable two), its 비 고 blank too
STAFFING_BY_DISPLAY = """2. 인 력
                                           (2022. 5. 31. 기준, 단위: 명)
  구  분   정 원   현 원   과부족   비 고
  계          26      25       △1
  5급          1       1        -
  7급          9       8       △1
  8급         16      16        -
"""
STAFFING = [("정원", "계", 26), ("현원", "계", 25), ("과부족", "계", -1), ("정원", "5급", 1), ("현원", "5급", 1),
            ("과부족", "5급", 0), ("정원", "7급", 9), ("현원", "7급", 8), ("과부족", "7급", -1), ("정원", "8급", 16),
            ("현원", "8급", 16), ("과부족", "8급", 0)]


def _report(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


def test_a_staffing_table_lined_up_by_characters_under_a_blank_notes_column_is_read_by_characters(tmp_path):
    report = _report(tmp_path, "layout.txt", STAFFING_BY_CHARACTERS)
    assert [(count.status, count.grade, count.headcount) for count in report.staffing] == STAFFING
    assert {count.as_of for count in report.staffing} == {datetime.date(2022, 5, 31)}


def test_the_same_table_typed_in_display_columns_is_read_by_display_columns(tmp_path):
    report = _report(tmp_path, "typed.txt", STAFFING_BY_DISPLAY)
    assert [(count.status, count.grade, count.headcount) for count in report.staffing] == STAFFING


# `pdftotext -raw` of a report's 인력 and 공용차량 (its header on the next page, under the running header) and 청소차량
RAW_STAFFING_AND_FLEETS = """2024년 주요업무 보고 보고 순서
- 1 -
2024년 주요업무 보고
청 소 과
Ⅰ. 일반현황
2 인 력
구 분 계 일 반 직 관 리 운 영 직 공 무 직
5급 6급 7급 8급 9급 6급 7급 8급
정 원 74 1 6 8 5 2 1 2 1 48
현 원 70 1 5 9 4 3 1 1 1 45
과부족 △4 - △1 1 △1 1 - △1 - △3
3 주요시설 및 장비
□ 공용차량 - 총7대 (정수 7)
(단위: 대)
\f2024년 주요업무 보고 보고 순서
- 2 -
총 계 승 용 승 합
소 계 소형 중형 소 계 중형
7 5 2 3 2 2
□ 청소차량 - 총58대 (정수 60)
(단위: 대)
총 계 압축진개차 노면청소차 암롤차 기타
58 24 8 12 14
4 예산현황
"""


@pytest.mark.parametrize(("lines", "read"), [
    # two groups of grades, the rows' labels' and a total left of them, a class merged down right
    (["구 분 계 일 반 직 관 리 운 영 직 공 무 직", "5급 6급 7급 8급 9급 6급 7급 8급", "정 원 74 1 6 8 5 2 1 2 1 48"],
     ["구 분\t계\t일 반 직\t\t\t\t\t관 리 운 영 직\t\t\t공 무 직",
      "\t\t5급\t6급\t7급\t8급\t9급\t6급\t7급\t8급\t", "정 원\t74\t1\t6\t8\t5\t2\t1\t2\t1\t48"]),
    # a class of two joined by a dot set apart
    (["구 분 계 일 반 직 별 정 직 ㆍ 임 기 제 연 구 직", "5급 6급 7급 8급 9급 6급 7급", "현 원 19 1 4 6 4 2 1 - 1"],
     ["구 분\t계\t일 반 직\t\t\t\t\t별 정 직 ㆍ 임 기 제\t\t연 구 직",
      "\t\t5급\t6급\t7급\t8급\t9급\t6급\t7급\t", "현 원\t19\t1\t4\t6\t4\t2\t1\t-\t1"]),
    # a fleet's kinds in groups starting at each 소 계, over a row of figures alone
    (["총 계 승 용 화 물", "소 계 소형 중형 소 계 소형 중형", "5 3 1 2 2 2 0"],
     ["총 계\t승 용\t\t\t화 물\t\t", "\t소 계\t소형\t중형\t소 계\t소형\t중형", "5\t3\t1\t2\t2\t2\t0"]),
    # a spaced total among one line's labels
    (["총 계 압축진개차 노면청소차 암롤차 기타", "58 24 8 12 14"],
     ["총 계\t압축진개차\t노면청소차\t암롤차\t기타", "58\t24\t8\t12\t14"]),
    # lower labels that repeat none: one group, as before
    (["구 분 계 일 반 직 기 능 직", "5급 6급 7급 8급 9급", "정 원 22 1 4 6 5 3 3"],
     ["구 분\t계\t일 반 직\t\t\t\t\t기 능 직", "\t\t5급\t6급\t7급\t8급\t9급\t", "정 원\t22\t1\t4\t6\t5\t3\t3"]),
    # the upper line's labels too many for the groups the lower tells: text
    (["구 분 계 일 반 직 기 능 직 공 무 직", "5급 6급 7급 8급 9급", "정 원 22 1 4 6 5 3 3"],
     ["구 분 계 일 반 직 기 능 직 공 무 직", "5급 6급 7급 8급 9급", "정 원 22 1 4 6 5 3 3"]),
])
def test_headers_of_two_lines_in_groups_part_as_the_rows_count(lines, read):
    assert one_space_tables(lines) == read


def test_the_raw_texts_staffing_by_class_and_fleets_are_read(tmp_path):
    report = _report(tmp_path, "raw.txt", RAW_STAFFING_AND_FLEETS)
    assert [(count.job_class, count.grade, count.headcount) for count in report.staffing
            if count.status == "현원"] == [
        ("계", "계", 70), ("일반직", "5급", 1), ("일반직", "6급", 5), ("일반직", "7급", 9), ("일반직", "8급", 4),
        ("일반직", "9급", 3), ("관리운영직", "6급", 1), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1),
        ("공무직", "계", 45)]
    assert [(fleet.name, fleet.printed_total, fleet.quota, [(c.category, c.kind, c.count) for c in fleet.counts])
            for fleet in report.vehicles] == [
        ("공용차량", 7, 7, [("계", "계", 7), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3),
                          ("승합", "소계", 2), ("승합", "중형", 2)]),
        ("청소차량", 58, 60, [("계", "계", 58), ("화물", "압축진개차", 24), ("화물", "노면청소차", 8),
                           ("화물", "암롤차", 12), ("미분류", "기타", 14)])]


# `pdftotext -raw` of a report's 인력 (its 비 고 filled once) and 차량 tables
RAW_NOTED = """2023년 주요업무 보고
건강증진과
2. 인 력
(2023. 5. 31. 현재, 단위: 명)
직 렬 정 원 현 원 과부족 비 고
합 계 30 28 △2
행 정 8 8 -
보 건 10 9 △1 육아휴직 1
간 호 8 7 △1
의료기술 4 4 -
3. 공용차량 - 총6대 (정수 6)
(단위: 대)
차 종 대 수 비 고
계 6
승 용 2 전기차 1
화 물 3
특 수 1 살수차
4. 예 산
"""


@pytest.mark.parametrize(("lines", "read"), [
    # a 비 고 no row fills: a column of its own all the same
    (["구 분 정 원 현 원 과부족 비 고", "계 26 25 △1", "5급 1 1 -"],
     ["구 분\t정 원\t현 원\t과부족\t비 고", "계\t26\t25\t△1\t", "5급\t1\t1\t-\t"]),
    # notes after the figures, words and figures: the run of figures ends where the note starts
    (["구 분 계 승 용 승 합 비 고", "대 수 3 1 2 이동검진차 1"],
     ["구 분\t계\t승 용\t승 합\t비 고", "대 수\t3\t1\t2\t이동검진차 1"]),
    # a part's numbered title below is no row
    (["차 종 대 수 비 고", "계 6", "화 물 3 냉동탑차", "3. 공용차량 - 총6대"],
     ["차 종\t대 수\t비 고", "계\t6\t", "화 물\t3\t냉동탑차", "3. 공용차량 - 총6대"]),
    # formula letters after spaced labels, counts noted in brackets
    (["구 분 정 원(A) 현 원(B) 과부족(B-A)", "계 21 20(1) △1"],
     ["구 분\t정 원(A)\t현 원(B)\t과부족(B-A)", "계\t21\t20(1)\t△1"]),
])
def test_tables_with_notes_or_formula_letters_are_rewritten_in_tabs(lines, read):
    assert one_space_tables(lines) == read


def test_the_raw_texts_staffing_with_notes_and_fleet_of_one_figure_a_row_are_read(tmp_path):
    report = _report(tmp_path, "raw.txt", RAW_NOTED)
    assert [(count.job_class, count.headcount) for count in report.staffing if count.status == "현원"] == [
        ("계", 28), ("행정", 8), ("보건", 9), ("간호", 7), ("의료기술", 4)]
    assert {count.as_of for count in report.staffing} == {datetime.date(2023, 5, 31)}
    [fleet] = report.vehicles
    assert (fleet.printed_total, fleet.quota, [(c.category, c.kind, c.count) for c in fleet.counts]) == (
        6, 6, [("계", "계", 6), ("승용", "소계", 2), ("화물", "소계", 3), ("특수", "소계", 1)])


# `pdftotext -raw` of a 예산현황 of two levels: the total's label over its figures, 대기질 개선 printed after its
# group's 소 계 (centred on its three rows), 생활환경 관리 before its 소 계 (centred on two)
RAW_BUDGET = """2022년 주요업무 보고
환 경 과
4. 예산현황
(’22. 5. 31. 기준, 단위: 천원)
단위사업 세부사업 예산액 집행액 집행률(%)
총 계
3,210,000 1,020,000 31.8
소 계 2,000,000 700,000 35.0
대기질 개선
미세먼지 저감 1,500,000 560,000 37.3
대기측정망 운영 500,000 140,000 28.0
생활환경 관리
소 계 1,210,000 320,000 26.4
소음ㆍ진동 관리 1,210,000 320,000 26.4
Ⅱ. 주요업무 추진실적
1. 미세먼지 저감 대책 추진 (대기관리팀)
"""


# a row printed on two lines is one, a blank line after the table for each such row: the lines below stay in place
@pytest.mark.parametrize(("lines", "read"), [
    (RAW_BUDGET.splitlines()[4:15],
     ["단위사업\t세부사업\t예산액\t집행액\t집행률(%)", "총 계\t\t3,210,000\t1,020,000\t31.8",
      "\t소 계\t2,000,000\t700,000\t35.0", "대기질 개선\t미세먼지 저감\t1,500,000\t560,000\t37.3",
      "\t대기측정망 운영\t500,000\t140,000\t28.0", "생활환경 관리\t소 계\t1,210,000\t320,000\t26.4",
      "\t소음ㆍ진동 관리\t1,210,000\t320,000\t26.4", "", "", "", "Ⅱ. 주요업무 추진실적"]),
    # no 소계: the rows in the second column, each group's label beside the row it is printed over
    (["단위사업 세부사업 예 산 액 집 행 액 집행률(%)", "합 계", "4,500,000 1,200,000 26.7",
      "금연사업 운영 800,000 200,000 25.0", "건강증진 사업", "비만예방 관리 700,000 150,000 21.4",
      "구강보건 사업 500,000 100,000 20.0"],
     ["단위사업\t세부사업\t예 산 액\t집 행 액\t집행률(%)", "합 계\t\t4,500,000\t1,200,000\t26.7",
      "\t금연사업 운영\t800,000\t200,000\t25.0", "건강증진 사업\t비만예방 관리\t700,000\t150,000\t21.4",
      "\t구강보건 사업\t500,000\t100,000\t20.0", "", ""]),
    # a row after a group its 소계 closed spans both columns (`기본경비`); a group's label and its 소계 on one line
    (["단위사업 세부사업 예산액 집행액 집행률(%) (5.31.기준)", "계 13,423,000 6,251,300 46.6",
      "촘촘한 복지안전망 구축 소계 12,480,500 5,905,300 47.3", "기초생활 보장 9,120,000 4,400,000 48.2",
      "위기가구 긴급 지원 3,360,500 1,505,300 44.8", "기본경비 102,300 44,100 43.1"],
     ["단위사업\t세부사업\t예산액\t집행액\t집행률(%) (5.31.기준)", "계\t\t13,423,000\t6,251,300\t46.6",
      "촘촘한 복지안전망 구축\t소계\t12,480,500\t5,905,300\t47.3", "\t기초생활 보장\t9,120,000\t4,400,000\t48.2",
      "\t위기가구 긴급 지원\t3,360,500\t1,505,300\t44.8", "기본경비\t\t102,300\t44,100\t43.1"]),
    # a bracket's words one label, an as-of date in brackets after a label in the middle its own
    (["단위사업명 예산액(A) 집행액(B) (5월말 기준) 집행률(B/A, %)", "계 2,150,000 731,000 34.0"],
     ["단위사업명\t예산액(A)\t집행액(B) (5월말 기준)\t집행률(B/A, %)", "계\t2,150,000\t731,000\t34.0"]),
    # one header label over both label columns (a merged cell), each group's label over its total
    (["구 분 개소 면적(m²)", "도시공원", "계 42 1,254,300", "근린공원 12 980,000", "어린이공원 30 274,300",
      "□ 공용차량"],
     ["구 분\t\t개소\t면적(m²)", "도시공원\t계\t42\t1,254,300", "\t근린공원\t12\t980,000",
      "\t어린이공원\t30\t274,300", "", "□ 공용차량"]),
    # a header of letters set apart over a label wrapped onto its row's line: one label column, the wrapped row text
    (["구 분 예 산 액 집 행 액", "계 100 50", "건강 증진", "금연 사업 50 25"],
     ["구 분\t예 산 액\t집 행 액", "계\t100\t50", "건강 증진", "금연 사업 50 25"]),
    # two label columns in the header but no group's label or 소계 below: one label column is not told, text
    (["단위사업 세부사업 예산액 집행액", "계 100 50", "기본경비 100 50"],
     ["단위사업 세부사업 예산액 집행액", "계 100 50", "기본경비 100 50"]),
])
def test_budget_tables_of_two_label_columns_are_rewritten_in_tabs(lines, read):
    assert one_space_tables(lines) == read


def test_the_raw_texts_budget_of_two_levels_is_read(tmp_path):
    report = _report(tmp_path, "raw.txt", RAW_BUDGET)
    assert [(line.name, line.parent, line.budget_krw, line.execution_rate) for line in report.budget] == [
        ("계", None, 3_210_000_000, 31.8), ("대기질 개선", None, 2_000_000_000, 35.0),
        ("미세먼지 저감", "대기질 개선", 1_500_000_000, 37.3), ("대기측정망 운영", "대기질 개선", 500_000_000, 28.0),
        ("생활환경 관리", None, 1_210_000_000, 26.4), ("소음·진동 관리", "생활환경 관리", 1_210_000_000, 26.4)]
    assert {line.as_of for line in report.budget} == {datetime.date(2022, 5, 31)}
    [project] = report.projects
    assert project.source.line == 16  # the lines below the table where they were, though rows of two lines are one


RAW_CONTENTS = """2025년 주요업무 보고
공원녹지과
Ⅱ. 주요업무 추진실적
연번 사 업 명 쪽
① 생활권 녹지 확충 ..... 5
② 공원 시설물 안전 관리 ..... 6
① 생활권 녹지 확충 (녹지조성팀)
생활권 가까이에 녹지를 넓혀 구민의 휴식 공간을 늘리고자 함
□ 사업개요
- 대상: 가로변 유휴부지 15개소
② 공원 시설물 안전 관리 (공원관리팀)
공원 시설물을 정기적으로 점검하여 이용자의 안전을 지키고자 함
□ 사업개요
- 대상: 공원 시설물 1,200점
"""


def test_a_list_of_contents_is_a_table_and_no_project(tmp_path):
    assert one_space_tables(RAW_CONTENTS.splitlines())[3:7] == [
        "연번\t사 업 명\t쪽", "①\t생활권 녹지 확충 .....\t5", "②\t공원 시설물 안전 관리 .....\t6",
        "① 생활권 녹지 확충 (녹지조성팀)"]
    report = _report(tmp_path, "raw.txt", RAW_CONTENTS)
    assert [(project.seq, project.title, project.team) for project in report.projects] == [
        (1, "생활권 녹지 확충", "녹지조성팀"), (2, "공원 시설물 안전 관리", "공원관리팀")]


# a page break (its running title and page number) between the lines of a header, as `pdftotext -raw` prints a table
# whose header starts at a page's foot
RAW_HEADER_OVER_A_PAGE = """2024년 주요업무 보고 보고 순서
- 1 -
2024년 주요업무 보고
청 소 과
2 인 력
구 분 계 일 반 직 관 리 운 영 직 공 무 직
\f2024년 주요업무 보고 보고 순서
- 2 -
5급 6급 7급 8급 9급 6급 7급 8급
정 원 74 1 6 8 5 2 1 2 1 48
현 원 70 1 5 9 4 3 1 1 1 45
과부족 △4 - △1 1 △1 1 - △1 - △3
□ 공용차량 - 총7대 (정수 7)
(단위: 대)
총 계 승 용 승 합
소 계 소형 중형 소 계 중형
\f2024년 주요업무 보고 보고 순서
- 3 -
7 5 2 3 2 2
3 주요시설 및 장비
"""


def test_a_page_break_parts_no_header_nor_rows(tmp_path):
    report = _report(tmp_path, "raw.txt", RAW_HEADER_OVER_A_PAGE)
    assert [(count.job_class, count.grade, count.headcount) for count in report.staffing
            if count.status == "과부족"] == [
        ("계", "계", -4), ("일반직", "5급", 0), ("일반직", "6급", -1), ("일반직", "7급", 1), ("일반직", "8급", -1),
        ("일반직", "9급", 1), ("관리운영직", "6급", 0), ("관리운영직", "7급", -1), ("관리운영직", "8급", 0),
        ("공무직", "계", -3)]
    [fleet] = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts] == [
        ("계", "계", 7), ("승용", "소계", 5), ("승용", "소형", 2), ("승용", "중형", 3), ("승합", "소계", 2),
        ("승합", "중형", 2)]


# a table of two label columns over a page, its header printed again; a table marked `(계속)` atop the next page
RAW_TABLES_GO_ON = """2023년 주요업무 보고
건강증진과
1. 인력 현황
(단위: 명)
구 분 정 원(A) 현 원(B) 과부족(B-A)
계 21 20(1) △1
\f2023년 주요업무 보고
- 2 -
(계속)
구 분 정 원(A) 현 원(B) 과부족(B-A)
일반직 18 18(1) -
공무직 3 2 △1
4. 예 산
(단위: 천원)
단위사업 세부사업 예 산 액 집 행 액 집행률(%)
합 계
4,500,000 1,200,000 26.7
금연사업 운영 800,000 200,000 25.0
\f2023년 주요업무 보고
- 3 -
단위사업 세부사업 예 산 액 집 행 액 집행률(%)
건강증진 사업
비만예방 관리 700,000 150,000 21.4
구강보건 사업 500,000 100,000 20.0
Ⅱ. 주요업무 추진실적
"""


def test_tables_go_on_over_a_page_under_their_header_printed_again(tmp_path):
    report = _report(tmp_path, "raw.txt", RAW_TABLES_GO_ON)
    assert [(count.job_class, count.headcount, count.note) for count in report.staffing if count.status == "현원"] == [
        ("계", 20, "1"), ("일반직", 18, "1"), ("공무직", 2, None)]
    assert [(line.name, line.parent, line.budget_krw) for line in report.budget] == [
        ("계", None, 4_500_000_000), ("금연사업 운영", "건강증진 사업", 800_000_000),
        ("비만예방 관리", "건강증진 사업", 700_000_000), ("구강보건 사업", "건강증진 사업", 500_000_000)]


# `pdftotext -raw` prints a page's running title and its footer's bare page number first, in the order drawn
RAW_PAGE_NUMBERS_BARE = """2025 주요업무보고
1
2023년 주요업무 보고
재 무 과
□ 공용차량 - 총5대 (정수 6)
(단위: 대)
\f2025 주요업무보고
2
총 계 승 용 화 물
소 계 소형 중형 소 계 소형 중형
5 3 1 2 2 2 0
4 예산현황
\f2025 주요업무보고
3
Ⅱ. 주요업무 추진실적
"""


def test_a_page_number_printed_bare_under_the_running_title_parts_no_caption_from_its_table(tmp_path):
    [fleet] = _report(tmp_path, "raw.txt", RAW_PAGE_NUMBERS_BARE).vehicles
    assert (fleet.name, fleet.printed_total, fleet.quota, [(c.category, c.kind, c.count) for c in fleet.counts]) == (
        "공용차량", 5, 6, [("계", "계", 5), ("승용", "소계", 3), ("승용", "소형", 1), ("승용", "중형", 2),
                        ("화물", "소계", 2), ("화물", "소형", 2), ("화물", "중형", 0)])


@pytest.mark.parametrize(("lines", "read"), [
    # one word a cell, the last cell taking the rest
    (["연번 차 종 차량번호 연식 용 도", "1 아이오닉 12가3456 2022 업무용", "2 쏘나타 34나5678 2020 업무용",
      "3 스타리아 56다7890 2023 민원 현장", "3. 예산 현황"],
     ["연번\t차 종\t차량번호\t연식\t용 도", "1\t아이오닉\t12가3456\t2022\t업무용", "2\t쏘나타\t34나5678\t2020\t업무용",
      "3\t스타리아\t56다7890\t2023\t민원 현장", "3. 예산 현황"]),
    # a cell of two words before the last: its column holds figures on one row and none on another, text
    (["연번 차 종 차량번호 연식", "1 그랜저 하이브리드 12가3456 2022", "2 쏘나타 34나5678 2020"],
     ["연번 차 종 차량번호 연식", "1 그랜저 하이브리드 12가3456 2022", "2 쏘나타 34나5678 2020"]),
])
def test_a_list_numbered_from_one_under_its_serial_label_is_a_table(lines, read):
    assert one_space_tables(lines) == read


def test_the_raw_texts_list_of_vehicles_is_read(tmp_path):
    text = "2. 차량 보유 현황(총 3대)\n구 분 계 승용 승합\n대 수 3 2 1\n□ 차량 목록\n" + "\n".join(
        ["연번 차 종 차량번호 연식 용 도", "1 아이오닉 12가3456 2022 업무용", "2 쏘나타 34나5678 2020 업무용",
         "3 스타리아 56다7890 2023 민원 현장", "3. 예산 현황"])
    [fleet] = _report(tmp_path, "raw.txt", text).vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.listed] == [
        ("계", "계", 3), ("승용", "아이오닉", 1), ("승용", "쏘나타", 1), ("승합", "스타리아", 1)]
