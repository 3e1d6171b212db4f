"""Two things read wrong before (branch small61):
- A budget table turned round (`구 분 | 계 | 시 비 | 구 비` over rows `예산액`, `집행액`, `집행률(%)`) makes a line per
  column, its source the first row's line: a wrong 집행액 or 집행률 cell was found at the 예산액 row's line (80 for the
  집행액 printed on 81). Each finding is now at the line of the row its cell is printed on, in every text layout; a
  PDF's at the table's page, as before.
- A plain text whose parts are numbered by no printed numeral (`일반현황`, `주요업무 추진실적` alone on their lines, as
  a save-as-text prints headings Word or Hancom numbers itself) was all general part, no project. A line of a part's
  name alone standing as a heading (a blank line above and below it) now parts the report; a part's name in running
  text or right over the next line, and a contents list's lines, do not."""

import functools
from pathlib import Path

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.values import compact
from tests.layouts import TEXT_LAYOUTS, read_laid_out
from tests.test_hunt58 import items

REPORTS = Path(__file__).parent / "department_reports"
FAMILY = "2022-hanbit-gajeongbokji.txt"

SPORTS = """제290회 한빛구의회 제1차 정례회

2025. 6. 10. ~ 6. 24.

2025년 주요업무 보고

체 육 과

Ⅰ. 일반현황

1. 조 직 : 2개팀 (체육진흥팀, 체육시설팀)

2. 예산현황
(단위: 천원)
구 분\t계\t국 비\t구 비
예산액\t3,000,000\t1,200,000\t1,800,000
집행액\t1,350,000\t540,000\t810,000

Ⅱ. 주요업무 추진실적

1. 생활체육 활성화 (체육진흥팀)

□ 사업개요
 ○ 기 간 : 연중
 ○ 예 산
(단위: 천원)
구 분\t계\t시 비\t구 비
예산액\t2,140,000\t640,000\t1,500,000
집행액\t920,200\t276,000\t644,200
집행률(%)\t43.0\t43.1\t42.9

□ 추진실적
 ○ 생활체육교실 운영 : 1월~5월 / 48개 교실
"""


def _findings(found) -> list[tuple]:
    return [(f.rule, f.source.line, f.source.page, f.row, f.column, f.expected, f.actual) for f in run_checks(found)]


def _planted(old: str, new: str, layout: str, tmp_path) -> tuple[list[tuple], list[str]]:
    """The findings of the sports report with one cell changed, read as `layout` prints it, and its lines as printed
    (none for a PDF)."""
    assert SPORTS.count(old) == 1 or old == new == ""
    text = SPORTS.replace(old, new)
    if layout.startswith("pdf"):
        return _findings(read_laid_out(text, layout, tmp_path)), []
    printed = TEXT_LAYOUTS[layout](text)
    return _findings(read_laid_out(printed, "tab", tmp_path)), printed.split("\n")


def _row_line(lines: list[str], label: str, after: int = 0) -> int:
    """The line (from 1) of the first row printed after line `after` whose label is `label`."""
    return next(k for k, line in enumerate(lines, 1) if k > after and compact(line).lstrip("|").startswith(label))


LAYOUTS = [*TEXT_LAYOUTS, "pdf grid"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_report_as_printed_gives_no_finding(layout, tmp_path):
    assert _planted("", "", layout, tmp_path)[0] == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_executed_cell_is_found_on_the_executed_row(layout, tmp_path):
    found, lines = _planted("920,200\t276,000", "920,200\t267,000", layout, tmp_path)
    project = _row_line(lines, "1.생활체육") if lines else 0
    line, page = (_row_line(lines, "집행액", project), None) if lines else (None, 1)
    assert found == [("sum.project_budget", line, page, "시비", "집행액", "276,000천원", "267,000천원")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_rate_cell_is_found_on_the_rate_row(layout, tmp_path):
    found, lines = _planted("43.0\t43.1", "43.0\t45.1", layout, tmp_path)
    line, page = (_row_line(lines, "집행률"), None) if lines else (None, 1)
    assert found == [("rate", line, page, "시비", "집행률(%)", "43.1", "45.1")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_budget_cell_stays_on_the_budget_row(layout, tmp_path):
    found, lines = _planted("2,140,000\t640,000", "2,140,000\t650,000", layout, tmp_path)
    project = _row_line(lines, "1.생활체육") if lines else 0
    line, page = (_row_line(lines, "예산액", project), None) if lines else (None, 1)
    assert found == [("sum.project_budget", line, page, "시비", "예산액", "640,000천원", "650,000천원")]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_departments_budget_turned_round_finds_its_executed_on_its_row(layout, tmp_path):
    found, lines = _planted("1,350,000\t540,000", "1,350,000\t450,000", layout, tmp_path)
    line, page = (_row_line(lines, "집행액"), None) if lines else (None, 1)
    assert found == [("sum.budget", line, page, "계", "집행액", "1,260,000천원", "1,350,000천원")]


def test_the_lines_keep_their_first_rows_source_and_no_new_field_in_their_records(tmp_path):
    found = read_laid_out(SPORTS, "tab", tmp_path)
    [total, city, district] = found.projects[0].budget_lines
    assert [(line.name, line.source.line, line.executed_krw) for line in (total, city, district)] == [
        ("계", 28, 920_200_000), ("시비", 28, 276_000_000), ("구비", 28, 644_200_000)]
    assert (total.cell_source("예산액").line, total.cell_source("집행액").line,
            total.cell_source("집행률(%)").line) == (28, 29, 30)
    assert "cell_sources" not in total.model_dump()


def test_markitdowns_turned_round_table_finds_each_cell_on_its_row():
    """hunt60's 문화체육과 report (a pipe table, its rule under the header): 예산액 on line 80, 집행액 on 81."""
    culture = REPORTS / "2023-hanbit-munhwacheyuk.md"
    data = culture.read_bytes()
    spent = data.replace("| 집행액 | 920,200 | 276,000".encode(), "| 집행액 | 920,200 | 276,500".encode())
    budget = data.replace("| 예산액 | 2,140,000 | 640,000".encode(), "| 예산액 | 2,140,000 | 645,000".encode())
    assert [(f.rule, f.source.line, f.row, f.column, f.expected, f.actual)
            for f in run_checks(extract_file(culture, spent))] == [
        ("sum.project_budget", 81, "계", "집행액", "920,700천원", "920,200천원")]
    assert [(f.rule, f.source.line, f.row, f.column, f.expected, f.actual)
            for f in run_checks(extract_file(culture, budget))] == [
        ("sum.project_budget", 80, "계", "예산액", "2,145,000천원", "2,140,000천원")]


@functools.cache
def _family_text() -> str:
    return (REPORTS / FAMILY).read_bytes().decode("cp949")


def _plain(text: str):
    """Hancom's 가정복지과 report with `text` for its text, read as the file it is (CP949, CRLF)."""
    return extract_file(REPORTS / FAMILY, text.encode("cp949"))


def _unnumbered(text: str) -> str:
    return text.replace("Ⅰ. 일반현황", "일반현황").replace("Ⅱ. 주요업무 추진실적", "주요업무 추진실적")


def _projects(found) -> list[tuple]:
    return [(p.section, p.seq, p.title, p.team, p.source.line) for p in found.projects]


def test_a_plain_text_of_unnumbered_parts_is_parted_at_their_names_standing_alone():
    numbered, plain = _plain(_family_text()), _plain(_unnumbered(_family_text()))
    assert _projects(plain) == [("주요업무 추진실적", 1, "어린이집 운영 지원", "보육정책팀", 36),
                                ("주요업무 추진실적", 2, "영유아 보육료 지원", "보육지원팀", 63),
                                ("주요업무 추진실적", 3, "아동복지 증진", "아동복지팀", 79)]
    assert [items(p) for p in plain.projects] == [items(p) for p in numbered.projects]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in plain.budget] == [
        ("계", 41_250_000_000, 17_421_300_000), ("보육시설 운영 지원", 30_120_000_000, 12_650_400_000),
        ("보육료 지원", 3_210_000_000, 1_444_500_000), ("아동복지 증진", 7_850_000_000, 3_297_000_000),
        ("기본경비", 70_000_000, 29_400_000)]
    assert len(plain.staffing) == len(numbered.staffing) == 21
    assert _findings(plain) == []


@pytest.mark.parametrize("contents", [
    "목 차\r\n일반현황\r\n주요업무 추진실적\r\n",
    "목 차\r\n\r\n일반현황\r\n\r\n주요업무 추진실적\r\n",
    "목 차\r\n\r\n일반현황\r\n\r\n주요업무 추진실적\r\n"
    "  1. 어린이집 운영 지원\r\n  2. 영유아 보육료 지원\r\n  3. 아동복지 증진\r\n",
], ids=["lines", "lines-apart", "lines-apart-with-titles"])
def test_a_contents_list_of_the_parts_names_is_no_part(contents):
    """A list of contents after the cover, its names one under another or standing apart as the parts' do: the
    parts start at the body's (its names printed again), each project once, at its line 4 to 9 lines down."""
    text = _unnumbered(_family_text()).replace("가 정 복 지 과\r\n", f"가 정 복 지 과\r\n\r\n{contents}")
    shift = contents.count("\r\n") + 1
    assert _projects(_plain(text)) == [("주요업무 추진실적", 1, "어린이집 운영 지원", "보육정책팀", 36 + shift),
                                       ("주요업무 추진실적", 2, "영유아 보육료 지원", "보육지원팀", 63 + shift),
                                       ("주요업무 추진실적", 3, "아동복지 증진", "아동복지팀", 79 + shift)]


def test_a_parts_name_not_standing_as_a_heading_is_no_part():
    """Right over the next line (no blank line under it), or in running text: no part, the report all its general
    part as before."""
    plain = _unnumbered(_family_text())
    over_next = plain.replace("일반현황\r\n\r\n", "일반현황\r\n").replace(
        "주요업무 추진실적\r\n\r\n", "주요업무 추진실적\r\n")
    assert _plain(over_next).projects == []
    running = plain.replace("\r\n주요업무 추진실적\r\n", "\r\n다음은 주요업무 추진실적\r\n")
    assert _plain(running).projects == []
