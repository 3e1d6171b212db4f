"""`pdftotext -layout` text of a budget table whose 단위사업 name wraps over three lines (`일자리 창출 및 취업
역량` over `강화 지원 및 청년 일자리` over `사업`, each as full as the cell allows), its figures printed on its last
line, its first or its middle one, rows one a line or a blank line apart: the name is read whole on its row, and no
row or word is lost. Written from a made-up 푸른구 일자리경제과 report in the conventions of
tests/test_aligned_wrapped_labels_below.py."""

from collections import Counter

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.test_aligned_wrapped_labels_below import COVER, HEADER
from tests.test_reading54 import BASIC as BUDGET_54_BASIC
from tests.test_reading54 import BUDGET_COVER, BUDGET_HEADER, BUDGET_READ
from tests.test_reading54 import INTEGRITY as BUDGET_54_INTEGRITY
from tests.test_reading54 import SELF_AUDIT as BUDGET_54_SELF_AUDIT

LEFT_TOTAL = "  계                                 9,842,115        3,512,408          35.7\n"
# the name's three lines, its figures on the last, the first or the middle one
FIGURES_LAST = """\
  일자리 창출 및 취업 역량
  강화 지원 및 청년 일자리
  사업                               4,512,300        1,840,221          40.8
"""
FIGURES_FIRST = """\
  일자리 창출 및 취업 역량           4,512,300        1,840,221          40.8
  강화 지원 및 청년 일자리
  사업
"""
FIGURES_CENTRED = """\
  일자리 창출 및 취업 역량
  강화 지원 및 청년 일자리           4,512,300        1,840,221          40.8
  사업
"""
MARKET = "  소상공인 및 전통시장               3,820,415        1,322,187          34.6\n"
SOCIAL = "  사회적경제 활성화                  1,320,000          330,000          25.0\n"
BASIC = "  기본경비                             189,400           20,000          10.6\n"

TOTAL_READ = ("계", 9_842_115_000, 3_512_408_000, 35.7)
JOBS_READ = ("일자리 창출 및 취업 역량 강화 지원 및 청년 일자리 사업", 4_512_300_000, 1_840_221_000, 40.8)
MARKET_READ = ("소상공인 및 전통시장", 3_820_415_000, 1_322_187_000, 34.6)
SOCIAL_READ = ("사회적경제 활성화", 1_320_000_000, 330_000_000, 25.0)
BASIC_READ = ("기본경비", 189_400_000, 20_000_000, 10.6)


def _read(rows: list[str], apart: str, header: str = HEADER):
    report = extract_report(read_text("t.txt", (COVER + header + apart.join(rows)).encode()))
    return [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget], report


def _words(rows: list[str]) -> Counter:
    """The words the rows print left of their figures: every one of them is a budget line's name's."""
    return Counter(word for row in rows for line in row.splitlines() for word in line.strip().split("  ")[0].split())


def _assert_no_word_lost(read: list[tuple], rows: list[str]) -> None:
    assert Counter(word for name, *_ in read[1:] for word in name.split()) == _words(rows)


@pytest.mark.parametrize("apart", ["", "\n"])
def test_a_name_printing_its_figures_on_its_last_line_right_under_a_centred_total_keeps_its_first_line(apart):
    """Before, its first line (`일자리 창출 및 취업 역량`, under the centred `계`) was a row of no figures and lost,
    the name read as `강화 지원 및 청년 일자리 사업`."""
    rows = [FIGURES_LAST, MARKET, SOCIAL, BASIC]
    read, report = _read(rows, apart)
    assert read == [TOTAL_READ, JOBS_READ, MARKET_READ, SOCIAL_READ, BASIC_READ]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


def test_no_line_of_a_name_goes_on_a_total_printed_at_the_labels_start():
    """`계` set where the labels start, the name's first line under it is no line of the 계's (`계 일자리 창출 …`)."""
    read, _ = _read([FIGURES_LAST, MARKET, SOCIAL, BASIC], "", header=HEADER.replace(HEADER.splitlines()[-1] + "\n",
                                                                                       LEFT_TOTAL))
    assert read == [TOTAL_READ, JOBS_READ, MARKET_READ, SOCIAL_READ, BASIC_READ]


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("place", ["under the total", "between rows", "the table's last"])
def test_a_name_printing_its_figures_on_its_first_line_takes_its_two_lines_below(apart, place):
    """Before, with a blank line under the name, the table ended at its figures: its last two lines a paragraph
    and the rows below lost to a table of their own (no budget lines); rows one a line apart, its last line (`사업`)
    went on the next row's name (`사업 사회적경제 활성화`)."""
    rows = {"under the total": [FIGURES_FIRST, MARKET, SOCIAL, BASIC],
            "between rows": [MARKET, FIGURES_FIRST, SOCIAL, BASIC],
            "the table's last": [MARKET, SOCIAL, BASIC, FIGURES_FIRST]}[place]
    read, report = _read(rows, apart)
    by_row = {FIGURES_FIRST: JOBS_READ, MARKET: MARKET_READ, SOCIAL: SOCIAL_READ, BASIC: BASIC_READ}
    assert read == [TOTAL_READ, *(by_row[row] for row in rows)]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


@pytest.mark.parametrize("apart", ["", "\n"])
def test_a_name_centred_on_its_figures_as_the_table_last_row_keeps_its_first_line(apart):
    """Before, its first line went on the row above (`기본경비 일자리 창출 및 취업 역량`, `강화 지원 및 청년 일자리
    사업`): `기본경비 일자리` would have fitted on one line of the cell, so `일자리` is no word of 기본경비's."""
    rows = [MARKET, SOCIAL, BASIC, FIGURES_CENTRED]
    read, _ = _read(rows, apart)
    assert read == [TOTAL_READ, MARKET_READ, SOCIAL_READ, BASIC_READ, JOBS_READ]
    _assert_no_word_lost(read, rows)


@pytest.mark.parametrize("apart", ["", "\n"])
def test_a_centred_name_as_the_table_last_row_whose_figures_line_goes_on_from_its_first(apart):
    """`공직기강 확립` over `및 특별점검   111,400 …` over `운영`, under `기본경비`: `기본경비 공직기강` might not fit
    on one line of the cell, but a name's line starting `및` goes on from the line above it. Before, `기본경비 공직기강
    확립` and `및 특별점검 운영`."""
    discipline = ("   공직기강 확립\n   및 특별점검                 111,400       30,080        27.0\n"
                  "   운영\n")
    rows = [BUDGET_54_SELF_AUDIT, BUDGET_54_INTEGRITY, BUDGET_54_BASIC, discipline]
    report = extract_report(read_text("t.txt", (BUDGET_COVER + BUDGET_HEADER + apart.join(rows)).encode()))
    read = [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget]
    assert read == [BUDGET_READ[0], *BUDGET_READ[1:3], BUDGET_READ[4], BUDGET_READ[3]]
    _assert_no_word_lost(read, rows)


def test_two_short_lines_under_a_row_printing_no_figure_are_no_label_of_it():
    """A header-like line over `계` over `|` (found by the hypothesis test of any report-like text): no row above
    prints a figure, so the two are no wrapped name's last lines. Before, the table kept them with no row to take
    them and failed (`max() arg is an empty sequence`)."""
    blocks = read_text("x.txt", "**구  분\n계\n|".encode()).blocks
    assert [getattr(b, "text", None) for b in blocks] == ["구 분", "계"]


def test_a_wrapped_name_line_no_row_below_takes_is_kept_on_the_last_row():
    """A name's line that goes on (`및`) with only a rule under it: before, dropped; now the last row's name's end,
    no word lost."""
    text = ("□ 예산현황\n                                              (단위: 천원)\n"
            "   단위사업명                 예산액        집행액\n"
            "   청소행정 지원             1,000          400\n"
            "   환경 개선 지원 및\n"
            "   ---------------------------------------------\n")
    table = read_text("x.txt", text.encode()).blocks[1]
    assert table.rows == (("단위사업명", "예산액", "집행액"), ("청소행정 지원 환경 개선 지원 및", "1,000", "400"))
