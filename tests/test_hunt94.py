"""The layout text pypdf (`page.extract_text(extraction_mode="layout")`, 7.1) and PyMuPDF (`page.get_text(sort=True)`,
2.0) print of a report's PDF, a converter route not held before (branch hunt94): space-aligned as `pdftotext -layout`
prints, but each row set by its own widths. pypdf runs figures together where its font draws them wider than the
column it gives them (`1,500,000650,000`, `680,00035.8`, `2,104.8896.3`, `4,712.8-`, `7. 31.86` a date and a count),
sets two columns one blank apart (`30,000 25.0`, `830 64`, `집 행 액 (B) 집행률(%)`, `운 전 직 공무직`) and a row's
cells off the other rows'; PyMuPDF sets a row's label off the others' (`CNG` indented under `계`) and runs a page's
number into the next page's first line (`- 1 -2021-…`, its pages' texts joined). `tests/department_reports/
*-pypdf-layout.txt` and `*-pymupdf-sort.txt` are their texts of `samples/2025-hanbit-park-planted.pdf` and of the
PDFs scripts/make_pdfs.py draws of `2019-ara-haengjeongjiwon.txt` and `2025-hanbit-jawon.txt`. Before, the planted
budget errors went unfound (9 errors of the twin's 15), the ara budget's 합계 row was a paragraph and its table two,
and the jawon months' rows read columns off (findings of sums that do add up)."""

import functools
import re
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.aligned import split_cells
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.conftest import SAMPLES

REPORTS = Path(__file__).parent / "department_reports"
TWINS = {"2025-hanbit-park-planted-pypdf-layout.txt": SAMPLES / "2025-hanbit-park-planted.txt",
         "2019-ara-haengjeongjiwon-pypdf-layout.txt": REPORTS / "2019-ara-haengjeongjiwon.txt",
         "2025-hanbit-jawon-pymupdf-sort.txt": REPORTS / "2025-hanbit-jawon.txt"}
_LINE_RE = re.compile(r"line \d+")


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


def findings(found) -> list[tuple]:
    """Each finding's fields, a line of the text it names (`본문(line 19)`) left out: the twins' lines differ; and a
    repaired fleet's message, which says how (`records`)."""
    return [(f.rule, f.row, f.column, f.expected, f.actual,
             "" if f.rule == "repair.header" else _LINE_RE.sub("line _", f.message)) for f in run_checks(found)]


def records(found) -> dict:
    """The records, but a repaired fleet's note: the planted fleet's header is repaired either way, told apart
    by what its text lets the reader see (a header of fewer cells in the layout text)."""
    data = records_data(found, with_sources=False)
    for fleet in data["vehicles"]:
        fleet.pop("repair_note")
    return data


@pytest.mark.parametrize("name", TWINS)
def test_the_layout_text_gives_the_records_and_findings_of_its_text_twin(name):
    twin = extract_file(TWINS[name])
    assert records(report(name)) == records(twin)
    assert findings(report(name)) == findings(twin)


def test_the_planted_budget_errors_are_found_in_pypdfs_layout_text():
    found = {(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(
        report("2025-hanbit-park-planted-pypdf-layout.txt"))}
    assert {("sum.budget", "계", "집행액", "2,312,000천원", "2,321,000천원"),
            ("sum.budget", "계", "잔액", "3,518,000천원", "3,459,000천원"),
            ("remaining", "공원 관리", "잔액", "900,000천원", "950,000천원"),
            ("sum.funding", "공원 관리", "구비", "1,420,000천원", "1,400,000천원"),
            ("rate", "기본경비", "집행률(%)", "40.0", "45.0"),
            ("sum.project_budget", "계", "예산액", "1,800,000천원", "1,900,000천원"),
            ("rate.budget_change", "구비", "증감률(%)", "25.0", "52.0")} <= found
    assert len(found) == 24


def test_the_budget_in_decimals_run_together_reads_each_figure():
    budget = report("2019-ara-haengjeongjiwon-pypdf-layout.txt").budget
    # `8,833.93,667.241.5`, `4,712.8-         4,712.8 1,985.642.1` as pypdf prints them
    assert [(b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in budget if b.table_no == 1] == [
        ("계", 8_833_900_000, 3_667_200_000, "41.5"), ("청사 유지관리", 2_325_600_000, 1_012_400_000, "43.5"),
        ("기록물 관리", 412_300_000, 160_800_000, "39.0"), ("인사 및 복무관리", 428_500_000, 171_300_000, "44.4"),
        ("행정 전산화", 748_100_000, 251_900_000, "33.7"), ("인력운영비", 4_712_800_000, 1_985_600_000, "42.1"),
        ("기본경비", 206_600_000, 85_200_000, "41.2")]


@pytest.mark.parametrize(("line", "cells"), [
    ("  계           5,780,0001,000,000780,000 4,000,0002,321,0003,459,00040.0",
     ["계", "5,780,000", "1,000,000", "780,000", "4,000,000", "2,321,000", "3,459,000", "40.0"]),
    ("  공원 관리       1,500,000-        80,000  1,400,000600,000",
     ["공원 관리", "1,500,000", "-", "80,000", "1,400,000", "600,000"]),
    ("    4,200,000(구비)1,608,000(구비)38.3", ["4,200,000(구비)", "1,608,000(구비)", "38.3"]),
    ("  동 행정 지원       2,104.8896.3    42.6", ["동 행정 지원", "2,104.8", "896.3", "42.6"]),
    ("  인력운영비        4,712.8-         4,712.8", ["인력운영비", "4,712.8", "-", "4,712.8"]),
    ("  계         106  923  42      830 64      93", ["계", "106", "923", "42", "830", "64", "93"]),
    ("  사회조사          5. 10. ~ 5. 25.12", ["사회조사", "5. 10. ~ 5. 25.", "12"]),
    ("  청년창작소        2020. 9. 1. 480    5,630", ["청년창작소", "2020. 9. 1.", "480", "5,630"]),
    ("  2025년(1~5월) 18,4209,310      4,120", ["2025년(1~5월)", "18,420", "9,310", "4,120"]),
    ("    단위사업명         예 산 액 (A)  집 행 액 (B) 집행률(%)",
     ["단위사업명", "예 산 액 (A)", "집 행 액 (B)", "집행률(%)"]),
    ("  구 분   합 계     운 전 직 공무직", ["구 분", "합 계", "운 전 직", "공무직"]),
    # no figures run together, no two labels: each cell as printed
    ("  범위  100-200  1,5  2025. 6. 10.  1.2.3", ["범위", "100-200", "1,5", "2025. 6. 10.", "1.2.3"]),
    ("  공원 관리 12,000  2024년 동기  공 원 녹 지 과  주민자치(동) 지원",
     ["공원 관리 12,000", "2024년 동기", "공 원 녹 지 과", "주민자치(동) 지원"]),
])
def test_cells_run_together_or_one_blank_apart_are_parted(line, cells):
    assert [cell.text for cell in split_cells(line)] == cells


def test_figures_run_together_are_parted_where_printed():
    assert [(c.start, c.end, c.text) for c in split_cells("  계    1,900,000680,00035.8")] == [
        (2, 4, "계"), (8, 17, "1,900,000"), (17, 24, "680,000"), (24, 28, "35.8")]


# 청소행정과's budget as PyMuPDF prints it over a page break, its pages' texts joined: the page's number and the next
# page's running title (atop every page) on one line
_BUDGET_OVER_A_PAGE = """\
2021-hanbit-cheongsohaengjeong

 4. 예산현황

                                                       (5.31.기준, 단위: 천원)

                                      단 위 사 업     예 산 액    집 행 액   집행률(%)

                                   계                    32,418,600   13,247,310   40.9

                                   생활폐기물 수집ㆍ운반   24,806,000   10,418,520   42.0




                                                        - 1 -2021-hanbit-cheongsohaengjeong



                                      단 위 사 업     예 산 액    집 행 액   집행률(%)

                                   재활용 활성화           4,120,400     1,482,330     36.0

                                   가로환경 정비           2,952,200     1,180,880     40.0

                                   청소장비 운영          540,000      165,580      30.7
"""


def test_a_page_number_run_into_the_next_page_parts_the_pages(tmp_path):
    path = tmp_path / "2021-hanbit-cheongsohaengjeong-pymupdf-sort.txt"
    path.write_text(_BUDGET_OVER_A_PAGE, encoding="utf-8")
    found = extract_file(path)
    # one table over the break (before, two: the 계 summed over its first page's row, 24,806,000 of 32,418,600)
    assert [(b.name, b.budget_krw // 1000, b.table_no) for b in found.budget] == [
        ("계", 32_418_600, 1), ("생활폐기물 수집·운반", 24_806_000, 1), ("재활용 활성화", 4_120_400, 1),
        ("가로환경 정비", 2_952_200, 1), ("청소장비 운영", 540_000, 1)]
    assert [f.rule for f in run_checks(found) if not f.rule.startswith("cover.")] == []
    assert all("2021-hanbit" not in text for text in found.general_text)
