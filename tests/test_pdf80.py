"""PDFs drawn as HWP exports draw reports otherwise than `scripts/make_pdfs.py` does (branch pdf80).

- A table in a thick outer box with a rule under each row and no vertical rule inside (its columns parted by space
  alone): pdfplumber found a table of one column, each row's cells run together in one cell (`정 원 14 1 4 6 3`),
  so no staffing or budget record was read; where a row label merged down over its rows (the rules skipping it),
  a table of two columns, the second running the others together. Such a table is now left to the text reader,
  as a table ruled with horizontal rules alone is.
- Cells wrapped by characters (HWP's Hangul line breaking by 글자): a line `도로 굴착` that left room for a syllable
  but not for a space and a syllable (`복구` went down at its space) was taken for a sign that cells wrap by words,
  and words the narrow cells broke mid-word kept a space (`가로환경 정 비`, `도로 유지관 리`, `무인발급 포 함`). A
  word wrapped at an interpunct read apart (`주민등록 등 ·초본`): the interpunct joins two words without a space.
- A row label merged down over three rows, centred in its cell (on the second row's line), the rules under the rows
  skipping it: it stayed on the second row (`도시공원` beside `어린이공원`, its first row `근린공원` without it); it
  goes to the cell's first row, as in the text.
"""

import pdfplumber
from reportlab.lib.styles import ParagraphStyle

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs
from tests.pdf_styles import _boxed_rows_ruled_across
from tests.test_pdf_parity_styles import _findings, _records

REPORT = """제301회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 공 원 녹 지 과

# Ⅰ. 일반현황

## 2 인 력

구 분\t계\t5급\t6급\t7급\t8급
정 원\t14\t1\t4\t6\t3
현 원\t15\t1\t5\t5\t4
과부족\t1\t-\t1\t△1\t1

## 4 예산현황

(단위: 천원)

{budget}
# Ⅱ. 주요업무 추진실적
"""

BUDGET = """단위사업명\t예산액\t집행액\t집행률(%)
계\t5,780,000\t2,321,000\t40.2
푸른 녹지 조성\t4,200,000\t1,680,000\t40.0
공원 관리\t1,500,000\t609,000\t40.6
기본경비\t80,000\t32,000\t40.0
"""

# 단위사업 labels merged down over their 세부사업 (the PDF spans them): the rules under their rows skip them
MERGED_BUDGET = """단위사업\t세부사업\t예산액\t집행액\t집행률(%)
계\t\t5,780,000\t2,321,000\t40.2
푸른 녹지\t소 계\t4,200,000\t1,680,000\t40.0
\t녹지 조성\t2,700,000\t1,080,000\t40.0
\t가로수 관리\t1,500,000\t600,000\t40.0
공원 관리\t소 계\t1,580,000\t641,000\t40.6
\t공원 운영\t1,580,000\t641,000\t40.6
"""


def _boxed_pdf(tmp_path, text: str):
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()  # a module of its own: the style changes its globals
    _boxed_rows_ruled_across(pdfs)
    pdfs.render(source, tmp_path / "t.pdf", "none")
    return source, tmp_path / "t.pdf"


def test_a_boxed_table_without_vertical_rules_reads_its_columns(tmp_path):
    source, pdf = _boxed_pdf(tmp_path, REPORT.format(budget=BUDGET))
    tables = [block for block in read_document(pdf).blocks if isinstance(block, Table)]
    assert [table.rows for table in tables] == [
        (("구 분", "계", "5급", "6급", "7급", "8급"), ("정 원", "14", "1", "4", "6", "3"),
         ("현 원", "15", "1", "5", "5", "4"), ("과부족", "1", "-", "1", "△1", "1")),
        (("단위사업명", "예산액", "집행액", "집행률(%)"), ("계", "5,780,000", "2,321,000", "40.2"),
         ("푸른 녹지 조성", "4,200,000", "1,680,000", "40.0"), ("공원 관리", "1,500,000", "609,000", "40.6"),
         ("기본경비", "80,000", "32,000", "40.0"))]
    report = extract_file(pdf)
    assert [(s.status, s.grade, s.headcount) for s in report.staffing if s.grade in ("계", "7급")] == [
        ("정원", "계", 14), ("정원", "7급", 6), ("현원", "계", 15), ("현원", "7급", 5), ("과부족", "계", 1),
        ("과부족", "7급", -1)]
    assert [(line.name, line.budget_krw, line.execution_rate) for line in report.budget] == [
        ("계", 5_780_000_000, 40.2), ("푸른 녹지 조성", 4_200_000_000, 40.0), ("공원 관리", 1_500_000_000, 40.6),
        ("기본경비", 80_000_000, 40.0)]
    assert _records(report) == _records(extract_file(source))
    assert _findings(report) == []


def test_a_boxed_table_whose_rules_skip_merged_labels_reads_its_columns(tmp_path):
    source, pdf = _boxed_pdf(tmp_path, REPORT.format(budget=MERGED_BUDGET))
    report = extract_file(pdf)
    assert [(line.name, line.parent, line.budget_krw) for line in report.budget] == [
        (line.name, line.parent, line.budget_krw) for line in extract_file(source).budget]
    assert [(line.name, line.parent, line.executed_krw) for line in report.budget if line.parent] == [
        ("녹지 조성", "푸른 녹지", 1_080_000_000), ("가로수 관리", "푸른 녹지", 600_000_000),
        ("공원 운영", "공원 관리", 641_000_000)]
    assert _records(report) == _records(extract_file(source))


def test_a_boxed_sum_that_does_not_add_up_is_found(tmp_path):
    """The columns read, the checks see the figures: a 계 row off by 10,000 is told, as in the text."""
    source, pdf = _boxed_pdf(tmp_path, REPORT.format(budget=BUDGET.replace("5,780,000", "5,790,000")))
    findings = [(f.rule, f.expected, f.actual) for f in run_checks(extract_file(pdf))]
    assert findings == [(f.rule, f.expected, f.actual) for f in run_checks(extract_file(source))]
    assert ("sum.budget", "5,780,000천원", "5,790,000천원") in findings


WRAPPED = """제301회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 도 로 과

# Ⅰ. 일반현황

## 4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액\t집행률(%)
계\t1,820,400\t728,160\t40.0
도로 굴착 복구\t620,000\t248,000\t40.0
가로환경 정비\t700,400\t280,160\t40.0
도로 유지관리\t500,000\t200,000\t40.0

## 5 민원

구 분\t건수\t비 고
주민등록 등·초본\t8,120\t무인발급 포함
인감증명\t3,410\t-

# Ⅱ. 주요업무 추진실적
"""


def _wrapped_by_characters_pdf(tmp_path, text: str):
    """The report's tables in columns 52 points wide at most, their cells wrapped by characters (a line broken
    anywhere, as HWP wraps Hangul by 글자)."""
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()
    widths = pdfs.column_widths
    pdfs.column_widths = lambda rows: [min(width, 52) for width in widths(rows)]
    pdfs.CELL = ParagraphStyle("cell", parent=pdfs.CELL, wordWrap="CJK")
    pdfs.HEADER_CELL = ParagraphStyle("header cell", parent=pdfs.HEADER_CELL, wordWrap="CJK")
    pdfs.render(source, tmp_path / "t.pdf")
    return source, tmp_path / "t.pdf"


def test_cells_wrapped_by_characters_read_their_words_whole(tmp_path):
    source, pdf = _wrapped_by_characters_pdf(tmp_path, WRAPPED)
    report = extract_file(pdf)
    assert [(line.name, line.budget_krw) for line in report.budget] == [
        ("계", 1_820_400_000), ("도로 굴착 복구", 620_000_000), ("가로환경 정비", 700_400_000),
        ("도로 유지관리", 500_000_000)]
    assert [table.rows for table in report.tables] == [
        [["구 분", "건수", "비 고"], ["주민등록 등·초본", "8,120", "무인발급 포함"], ["인감증명", "3,410", "-"]]]
    assert _records(report) == _records(extract_file(source))
    with pdfplumber.open(pdf) as opened:
        printed = opened.pages[0].extract_text()
    assert "가로환경 정비" not in printed and "도로 유지관리" not in printed  # the narrow cells did wrap them


PARKS = """제301회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 공 원 녹 지 과

# Ⅰ. 일반현황

## 3 공원 현황

(단위: 개소, ㎡)

구 분\t\t개 소\t면 적(㎡)
계\t\t58\t1,294,310
도시공원\t근린공원\t12\t842,100
\t어린이공원\t31\t96,420
\t소공원\t9\t21,890
도시숲\t가로수길\t4\t238,600
\t생활숲\t2\t85,300

# Ⅱ. 주요업무 추진실적
"""


def test_a_label_merged_down_three_ruled_rows_goes_to_its_first_row(tmp_path):
    source, pdf = _boxed_pdf(tmp_path, PARKS)
    (rows,) = [block.rows for block in read_document(pdf).blocks if isinstance(block, Table)]
    assert rows == (("구 분", "", "개 소", "면 적(㎡)"), ("계", "", "58", "1,294,310"),
                    ("도시공원", "근린공원", "12", "842,100"), ("", "어린이공원", "31", "96,420"),
                    ("", "소공원", "9", "21,890"), ("도시숲", "가로수길", "4", "238,600"),
                    ("", "생활숲", "2", "85,300"))
    assert _records(extract_file(pdf)) == _records(extract_file(source))
