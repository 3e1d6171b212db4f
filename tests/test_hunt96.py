"""PyMuPDF's sorted text (`page.get_text(sort=True)`, 2.0) of a report's PDF, read as its text twin is (branch hunt96).
PyMuPDF counts the blanks before a word in that word's own letters' widths, so each line is set off by its letters:
a line of labels narrower than the figures under it, a row opening with narrower letters (`5급`, `CNG`, `한빛1동`,
`201-01`) further right than the others. Before, its staffing and fleet headers lost their groups or their rows, a
row set off ended its table, a total's figures set off on a line of their own left the header a paragraph (30
findings over the samples' and fixtures' PDFs that their text twins do not raise).
`tests/department_reports/*-pymupdf-sort.txt` are its texts of the PDFs scripts/make_pdfs.py draws of
`2019-ara-haengjeongjiwon.txt` and `2023-gaon-jaemu.txt`."""

import functools
import re
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.aligned import split_cells
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data

REPORTS = Path(__file__).parent / "department_reports"
TWINS = {"2019-ara-haengjeongjiwon-pymupdf-sort.txt": REPORTS / "2019-ara-haengjeongjiwon.txt",
         "2023-gaon-jaemu-pymupdf-sort.txt": REPORTS / "2023-gaon-jaemu.txt"}
_LINE_RE = re.compile(r"line \d+")


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(found) -> list[tuple]:
    """Each finding's fields, a line of the text it names left out: the twins' lines differ."""
    return [(f.rule, f.row, f.column, f.expected, f.actual, _LINE_RE.sub("line _", f.message))
            for f in run_checks(found)]


def test_the_sorted_texts_fleet_and_budget_are_its_text_twins():
    """ara's fleet, its `LPG` row set off (before, the table cut there), and its budget; its staffing header of two
    lines, `별정직  임기제  청원경찰` merged down at the right, is read as its twin's since branch mupdf97
    (tests/test_mupdf97.py)."""
    name = "2019-ara-haengjeongjiwon-pymupdf-sort.txt"
    got, want = (records_data(r, with_sources=False) for r in (report(name), extract_file(TWINS[name])))
    assert got["budget"] == want["budget"]
    assert got["vehicles"][0]["counts"] == want["vehicles"][0]["counts"]
    assert ("LPG", 1) in {(c["fuel"], c["count"]) for c in got["vehicles"][0]["counts"] if c["category"] == "계"}


@pytest.mark.parametrize("name", ["2023-gaon-jaemu-pymupdf-sort.txt"])
def test_the_sorted_text_gives_the_budget_and_findings_of_its_text_twin(name):
    twin = extract_file(TWINS[name])
    got, want = (records_data(r, with_sources=False) for r in (report(name), twin))
    assert got["budget"] == want["budget"]
    assert findings(report(name)) == findings(twin)


def read(tmp_path, text: str, name: str = "2024-hanbit-test-pymupdf-sort.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def sums(found) -> list[tuple]:
    """The findings of sums: rule, row, column, expected, actual."""
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(found) if f.rule.startswith("sum.")]


def tables(tmp_path, text: str) -> list[tuple[tuple[str, ...], ...]]:
    path = tmp_path / "2024-hanbit-test-pymupdf-sort.txt"
    path.write_text(text, encoding="utf-8")
    return [block.rows for block in read_document(path).blocks if isinstance(block, Table)]


def test_a_syllable_two_blanks_after_a_label_spaced_one_blank_apart_is_a_label_of_its_own():
    assert [c.text for c in split_cells("      구 분  계  승 용  승 합  화 물  특 수")] == [
        "구 분", "계", "승 용", "승 합", "화 물", "특 수"]
    # letters two blanks apart stay one label
    assert [c.text for c in split_cells("  구  분  계    10")] == ["구 분 계", "10"]


def test_a_middle_dot_joins_a_label_letter_spaced_one_blank_apart():
    assert [c.text for c in split_cells("   관 리 운 영 직       별 정 직 ㆍ 임 기 제")] == [
        "관 리 운 영 직", "별 정 직 ㆍ 임 기 제"]
    assert [c.text for c in split_cells("  구 분   합 계     운 전 직 공무직")] == [
        "구 분", "합 계", "운 전 직", "공무직"]


# 기후환경과's staffing: the grades' rows, opening with `5급`, set right of `계`'s by their narrower letters
_STAFFING_SET_OFF = """\
 2 인 력

                                        구 분  정 원  현 원  과부족   비 고

                                        계      26     27    +1

                                                 5급     1      1    -

                                                 6급     5      6     +1

                                                 7급     8      7    △1   육아휴직 1

                                                 8급     6      7     +1

                                                 9급     4      4    -

                                        연구사  2      2     -    환경연구사

 3 주요시설
"""


def test_rows_set_off_one_another_take_the_columns_of_their_header(tmp_path):
    found = read(tmp_path, _STAFFING_SET_OFF)
    assert [(s.status, s.grade, s.headcount) for s in found.staffing if s.grade in ("7급", "연구사")] == [
        ("정원", "7급", 8), ("현원", "7급", 7), ("과부족", "7급", -1),
        ("정원", "연구사", 2), ("현원", "연구사", 2), ("과부족", "연구사", 0)]
    assert {(s.status, s.headcount) for s in found.staffing if s.grade == "계"} == {
        ("정원", 26), ("현원", 27), ("과부족", 1)}
    assert [f.rule for f in run_checks(found) if f.table == "인력"] == []


def test_a_wrong_figure_in_rows_set_off_is_still_found(tmp_path):
    found = read(tmp_path, _STAFFING_SET_OFF.replace("계      26     27", "계      25     27"))
    assert [(f.rule, f.row, f.expected, f.actual) for f in run_checks(found) if f.rule == "sum.staffing"] == [
        ("sum.staffing", "정원", "26", "25")]


# 치수과's rivers: `한빛1동` rows set right of `새솔동` rows, their lengths in km
_RIVERS = """\
 4. 관내 하천 및 치수시설 현황

                                                                            (단위: km, m², 개소)

                                      동 별   하천명   연 장   제방 면적  빗물펌프장

                                     계               12.5km   44,500m²   4

                                         한빛1동  한빛천   4.2km    15,400m²   2

                                         한빛2동  한빛천   3.1km    11,200m²   1

                                     새솔동  새솔천   2.8km    9,600m²    1

                                     중앙동  중앙천   2.4km    8,300m²   -

 5. 예산현황
"""


def test_rows_of_measures_set_off_one_another_are_read_a_cell_a_column(tmp_path):
    assert tables(tmp_path, _RIVERS) == [(
        ("동 별", "하천명", "연 장", "제방 면적", "빗물펌프장"), ("계", "", "12.5km", "44,500m²", "4"),
        ("한빛1동", "한빛천", "4.2km", "15,400m²", "2"), ("한빛2동", "한빛천", "3.1km", "11,200m²", "1"),
        ("새솔동", "새솔천", "2.8km", "9,600m²", "1"), ("중앙동", "중앙천", "2.4km", "8,300m²", "-"))]


# 청소행정과's fleet: the `CNG` row set right of the others, a blank line apart as every row is
_FLEET = """\
 3. 청소차량 현황 : 총 48대

                                                                              (단위: 대)

                                구 분  계  압축진개차  암롤차  노면청소차  음식물수거차  소형청소차

                                계     48   20         9       6          8            5

                                경 유   29   8          9       3          8            1

                                          CNG   15   12       -      3       -        -

                                전 기   4   -       -     -       -           4

 4. 예산현황
"""


def test_a_row_shaped_as_the_one_above_goes_on_its_table_however_set_off(tmp_path):
    found = read(tmp_path, _FLEET)
    counts = {(c.fuel, c.category): c.count for fleet in found.vehicles for c in fleet.counts}
    assert [counts[("CNG", category)] for category in ("계", "화물 압축진개차", "화물 암롤차", "화물 노면청소차")] == [
        15, 12, 0, 3]
    assert counts[("전기", "화물 소형청소차")] == 4
    assert [f.rule for f in run_checks(found) if f.rule.startswith("sum.")] == []


def test_a_row_shaped_alike_that_does_not_add_up_is_found(tmp_path):
    found = read(tmp_path, _FLEET.replace("CNG   15   12", "CNG   15   13"))
    assert sums(found) == [("sum.vehicles", "CNG", "압축진개차", "12", "13")]  # as printed (fleet118)


# 환경과's budget: its 총 계 row merged down two lines, the figures set off on a line of their own over the label
_BUDGET = """\
 4. 예산현황

                                                                              (’22. 5. 31. 기준, 단위: 천원)

                                   단위사업     세부사업     예산액    집행액   집행률(%)

                                                                                            3,210,000   1,020,000   31.8
                                 총 계
                                         소 계            2,000,000   700,000     35.0

                                         미세먼지 저감     1,500,000   560,000     37.3
                                 대기질 개선
                                         대기측정망 운영   500,000     140,000     28.0

                                         소 계            1,210,000   320,000     26.4
                                 생활환경 관리
                                         소음ㆍ진동 관리   1,210,000   320,000     26.4


 Ⅱ. 주요업무 추진실적
"""


def test_a_header_over_a_totals_figures_set_off_heads_its_table(tmp_path):
    (table,) = tables(tmp_path, _BUDGET)
    assert table[:3] == (("단위사업", "세부사업", "예산액", "집행액", "집행률(%)"),
                         ("총 계", "", "3,210,000", "1,020,000", "31.8"),
                         ("", "소 계", "2,000,000", "700,000", "35.0"))
    found = read(tmp_path, _BUDGET)
    assert [(b.name, b.parent, b.budget_krw // 1000, b.executed_krw // 1000) for b in found.budget] == [
        ("계", None, 3_210_000, 1_020_000), ("대기질 개선", None, 2_000_000, 700_000),
        ("미세먼지 저감", "대기질 개선", 1_500_000, 560_000), ("대기측정망 운영", "대기질 개선", 500_000, 140_000),
        ("생활환경 관리", None, 1_210_000, 320_000), ("소음·진동 관리", "생활환경 관리", 1_210_000, 320_000)]
    assert [f.rule for f in run_checks(found) if f.rule.startswith("sum.")] == []
    wrong = read(tmp_path, _BUDGET.replace("3,210,000   1,020,000", "3,210,000   1,200,000"))
    assert sums(wrong) == [("sum.budget", "계", "집행액", "1,020,000천원", "1,200,000천원")]


# 총무과's staffing: each line of the header set off by its letters, the group labels short of their grades
_GROUPS = """\
 2 인 력

                        구 분   계         일 반 직           관 리 운 영 직       별 정 직 ㆍ 임 기 제

                                         5급    6급  7급  8급  9급     6급     7급       6급       7급  8급

                       정 원    43    1        7     14    6     9     1            1     1                2     1

                       현 원    41    1        8     15    5     7     1            1     1                1     1

                       과부족  △2  -        1     1    △1  △2  -         -   -            △1  -

 3 주요시설 및 장비
"""

@pytest.mark.parametrize(("text", "classes"), [
    (_GROUPS, {"일반직": ["5급", "6급", "7급", "8급", "9급"], "관리운영직": ["6급", "7급"],
               "별정직·임기제": ["6급", "7급", "8급"]}),
])
def test_a_staffing_headers_groups_are_told_by_its_grades_however_its_lines_stand(tmp_path, text, classes):
    found = read(tmp_path, text)
    read_classes: dict[str, list[str]] = {}
    for s in found.staffing:
        if s.status == "정원" and s.job_class != "계":
            read_classes.setdefault(s.job_class, []).append(s.grade)
    assert read_classes == classes
    assert [f.rule for f in run_checks(found) if f.rule.startswith(("sum.", "shortfall"))] == []


def test_a_code_row_marked_indented_is_its_own_level(tmp_path):
    found = report("2023-gaon-jaemu-pymupdf-sort.txt")
    assert [(b.name, b.parent, b.budget_krw // 1000) for b in found.budget if b.name.startswith("201-01")] == [
        ("201-01 사무관리비", "세외수입 관리", 48_000), ("201-01 사무관리비", "체납액 징수", 85_000),
        ("201-01 사무관리비", "공유재산 실태조사", 30_000)]
