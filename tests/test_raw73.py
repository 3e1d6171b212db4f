"""`pdftotext -raw` text (`pipeline/one_space_tables.py`): a budget's group of one row whose label every budget
names alike printed on its row's line (`행정운영경비 기본경비`); a header printed a cell a line, as `-raw` prints
one where a cell wraps onto two lines (`2025년` over `예산액`, `예산 대비` over `집행률(%)`), and a `예산 대비 집행률`
read as the 집행률. What `-raw` loses for good: which of two labels run together on one line a group's is where
no word tells (`사회복지시설 확충 종합사회복지관 건립`), and a `-` item's nesting under a `-` item (no indent)."""

import subprocess

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.extract import extract_file
from pipeline.one_space_tables import one_space_tables
from pipeline.read import read_document
from tests.conftest import ROOT
from tests.layouts import make_pdfs, needs_pdftotext, pdftotext_reading


def _report(tmp_path, text):
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    return extract_report(read_document(str(path), path.read_bytes()))


def _findings(report):
    return sorted((f.rule, str(f.expected), str(f.actual)) for f in run_checks(report) if f.rule != "cover.missing")


# a 정책사업 | 단위사업 table as `-raw` prints it: a group of two rows its label on a line of its own, a group of
# one row its label on the row's line
TWO_LEVEL_BUDGET = """2024년 주요업무 보고
Ⅰ. 일반현황
예산현황
(단위: 백만원)
정책사업 단위사업 예산액 집행액 집행률(%) (5.31.기준)
계 48,562.4 20,698.9 42.6
저소득층 생활안정
저소득층 생활안정 12,350.0 5,433.2 44.0
긴급복지 지원 1,100.0 612.5 55.7
노인복지 증진
기초연금 지급 31,820.5 13,812.1 43.4
경로당 운영 지원 1,204.3 481.7 40.0
사회복지시설 확충 종합사회복지관 건립 2,000.0 312.0 15.6
행정운영경비 기본경비 87.6 38.4 45.0
Ⅱ. 주요업무 추진실적
"""


def test_a_group_of_one_row_named_as_every_budget_names_it_is_two_labels():
    assert [line for line in one_space_tables(TWO_LEVEL_BUDGET.splitlines()) if "\t" in line][-2:] == [
        "\t사회복지시설 확충 종합사회복지관 건립\t2,000.0\t312.0\t15.6",  # no word tells where the two labels part
        "행정운영경비\t기본경비\t87.6\t38.4\t45.0"]


def test_a_group_of_one_row_named_as_every_budget_names_it_is_its_lines_parent(tmp_path):
    report = _report(tmp_path, TWO_LEVEL_BUDGET)
    assert [(line.name, line.parent, line.budget_krw) for line in report.budget[-2:]] == [
        ("사회복지시설 확충 종합사회복지관 건립", "노인복지 증진", 2_000_000_000),  # lost: no word tells
        ("기본경비", "행정운영경비", 87_600_000)]  # before, `행정운영경비 기본경비` under 노인복지 증진
    assert _findings(report) == [("rate", "43.8", "45.0"), ("sum.budget", "20,689.9백만원", "20,698.9백만원")]


@pytest.mark.parametrize("upper", ["재무활동 보전지출", "기본경비 기본경비", "인력운영비 인건비"])
def test_other_labels_every_budget_names_alike_part_from_the_label_on_their_line(upper):
    lines = ["단위사업 세부사업 예산액 집행액", "청사 관리", "청사 유지 100 50", "시설 보수 200 80", f"{upper} 30 10"]
    first, second = upper.split(" ")
    assert one_space_tables(lines)[3] == f"{first}\t{second}\t30\t10"


# a header whose cells `-raw` prints a line each, as it does where one wraps onto two lines
WRAPPED_HEADER_BUDGET = """2025년 주요업무 보고
Ⅰ. 일반현황
4. 예산현황
(단위: 천원)
단위사업명
2025년
예산액
집행액
예산 대비
집행률(%)
비 고
계 3,000,000 1,200,000 40.0
청년 일자리 지원 2,000,000 800,000 45.0
소상공인 지원 1,000,000 400,000 40.0
Ⅱ. 주요업무 추진실적
"""


def test_a_header_printed_a_cell_a_line_joins_its_wrapped_cells_lines():
    lines = one_space_tables(WRAPPED_HEADER_BUDGET.splitlines())
    assert lines[4:8] == ["단위사업명\t2025년 예산액\t집행액\t예산 대비 집행률(%)\t비 고",
                          "계\t3,000,000\t1,200,000\t40.0\t", "청년 일자리 지원\t2,000,000\t800,000\t45.0\t",
                          "소상공인 지원\t1,000,000\t400,000\t40.0\t"]
    assert lines[8:15] == [""] * 6 + ["Ⅱ. 주요업무 추진실적"]  # the header's other lines blank, below the table


def test_a_header_printed_a_cell_a_line_reads_the_budget_and_its_wrong_rate(tmp_path):
    report = _report(tmp_path, WRAPPED_HEADER_BUDGET)
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget] == [
        ("계", 3_000_000_000, 1_200_000_000, 40.0), ("청년 일자리 지원", 2_000_000_000, 800_000_000, 45.0),
        ("소상공인 지원", 1_000_000_000, 400_000_000, 40.0)]
    assert _findings(report) == [("rate", "40.0", "45.0")]  # before, no table: the budget text


def test_a_bracket_alone_goes_with_the_label_above_it():
    lines = ["구 분", "예산액", "(A)", "집행액", "(B)", "집행률", "(B/A)", "계 100 40 40.0"]
    assert one_space_tables(lines)[0] == "구 분\t예산액 (A)\t집행액 (B)\t집행률 (B/A)"
    lines = ["구 분", "예산액", "집행액", "집행률(%)", "(5.31.기준)", "계 100 40 40.0"]
    assert one_space_tables(lines)[0] == "구 분\t예산액\t집행액\t집행률(%) (5.31.기준)"


def test_a_period_over_another_period_is_a_label_of_its_own():
    lines = ["구 분", "2024년", "2025년", "예산 대비", "집행률(%)", "계 100 40 40.0"]
    assert one_space_tables(lines)[0] == "구 분\t2024년\t2025년\t예산 대비 집행률(%)"


def test_lines_that_part_into_no_header_stay_text():
    # three labels where the row asks four, and a sentence's lines are no cells
    lines = ["구 분", "예산액", "집행액", "계 100 40 40.0"]
    assert one_space_tables(lines) == lines
    lines = ["주민 의견을 들어 사업을", "조정하고 그 결과를", "알리고자 함", "계 100 40"]
    assert one_space_tables(lines) == lines


@needs_pdftotext
def test_the_raw_text_of_a_pdf_whose_header_cells_wrap(tmp_path):
    """A header cell wrapped onto two lines, drawn by reportlab as the samples' PDFs are: `-raw` prints each cell a
    line, and the budget is read as the text's."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfs = make_pdfs()
    rows = [["단위사업명", "2025년<br/>예산액", "집행액", "예산 대비<br/>집행률(%)", "비 고"],
            ["계", "3,000,000", "1,200,000", "40.0", ""], ["청년 일자리 지원", "2,000,000", "800,000", "45.0", ""],
            ["소상공인 지원", "1,000,000", "400,000", "40.0", ""]]
    table = Table([[Paragraph(cell, pdfs.HEADER_CELL if r == 0 else pdfs.CELL) for cell in row]
                   for r, row in enumerate(rows)])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    pdf = tmp_path / "wrapped.pdf"
    SimpleDocTemplate(str(pdf)).build([Paragraph(line, pdfs.BODY) for line in (
        "2025년 주요업무 보고", "Ⅰ. 일반현황", "4. 예산현황", "(단위: 천원)")] + [table])
    text = tmp_path / "wrapped.txt"
    subprocess.run(["pdftotext", "-raw", str(pdf), str(text)], check=True)
    assert text.read_text(encoding="utf-8").splitlines()[4:11] == [
        "단위사업명", "2025년", "예산액", "집행액", "예산 대비", "집행률(%)", "비 고"]
    report = extract_file(text)
    assert [(line.name, line.budget_krw, line.execution_rate) for line in report.budget] == [
        ("계", 3_000_000_000, 40.0), ("청년 일자리 지원", 2_000_000_000, 45.0), ("소상공인 지원", 1_000_000_000, 40.0)]
    assert _findings(report) == [("rate", "40.0", "45.0")]


@needs_pdftotext
def test_the_raw_text_of_the_welfare_fixture_names_its_administrative_lines_parent(tmp_path):
    source = ROOT / "tests" / "department_reports" / "2024-hanbit-sahoebokji.txt"
    twin, raw = extract_file(source), pdftotext_reading(source, "-raw", tmp_path)
    lines = [(line.name, line.parent, line.budget_krw) for line in raw.budget]
    assert lines[-1] == ("기본경비", "행정운영경비", 87_600_000)
    # all as the text twin's but the group of one row, whose two labels no word parts
    assert [line for line in lines if line[0] != "사회복지시설 확충 종합사회복지관 건립"] == [
        (line.name, line.parent, line.budget_krw) for line in twin.budget if line.name != "종합사회복지관 건립"]


def test_a_dash_item_under_a_dash_item_is_its_sibling_in_raw_text(tmp_path):
    """`-raw` prints no indent: an item under one of the same mark reads as the next item (the PDF, or `-layout`,
    keeps its nesting)."""
    report = _report(tmp_path, """2024년 주요업무 보고
Ⅱ. 주요업무 추진실적
1 기초연금 지급 및 관리 (노인복지팀)
□ 주요 추진실적
- 부적정 수급자 정비: 4월 / 12건
- 부당이득 환수: 12건, 3,400천원
""")
    [project] = report.projects
    assert [(item.heading, item.depth, item.text, item.children) for item in project.items] == [
        ("주요 추진실적", 0, "부적정 수급자 정비: 4월 / 12건", []),
        ("주요 추진실적", 0, "부당이득 환수: 12건, 3,400천원", [])]  # in the PDF, the second under the first
