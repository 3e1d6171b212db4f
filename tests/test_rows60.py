"""`pdftotext -layout` text of a budget table with a 단위사업 name of three lines centred on its figures' line, read
whole where before it was split between two rows: as the last row at a page's foot (the page break right below its
third line, the next page going on with rows) under a row whose name could have gone on with its first word
(`소상공인 및 전통시장` + `일자리`, wider than the widest label line), and wherever its middle line is one no
wrapping at the column's width makes (`지역사회` over `및   4,512,300 …` over `돌봄 통합 지원`: `및 돌봄 통합 지원`
would have fitted on one line). Same made-up 푸른구 일자리경제과 table as tests/test_rows55.py."""

import pytest

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.test_aligned_wrapped_labels_below import FIRST_WRAPPED, PAGE_FOOT
from tests.test_rows55 import (
    BASIC,
    BASIC_READ,
    FIGURES_CENTRED,
    JOBS_READ,
    MARKET,
    MARKET_READ,
    SOCIAL,
    SOCIAL_READ,
    TOTAL_READ,
    _assert_no_word_lost,
    _read,
)
from tests.test_rows57 import render_budget_table

FIGURES = "4,512,300        1,840,221          40.8\n"
# the name broken by hand around its figures' line: its middle line and the whole line below fit one line of the cell
CARE = "  지역사회\n  및                                 " + FIGURES + "  돌봄 통합 지원\n"
CARE_READ = ("지역사회 및 돌봄 통합 지원", 4_512_300_000, 1_840_221_000, 40.8)
# the same with no word that goes on (`및`): the widths alone tell it
CARE_PLAIN = "  지역사회\n  돌봄                               " + FIGURES + "  통합 지원 사업\n"
CARE_PLAIN_READ = ("지역사회 돌봄 통합 지원 사업", 4_512_300_000, 1_840_221_000, 40.8)
READ = {SOCIAL: SOCIAL_READ, MARKET: MARKET_READ, BASIC: BASIC_READ, FIGURES_CENTRED: JOBS_READ, CARE: CARE_READ,
        CARE_PLAIN: CARE_PLAIN_READ}


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("page_break", [PAGE_FOOT + "\f", "\f", PAGE_FOOT + "\n"],
                         ids=["page number, form feed", "form feed", "page number"])
def test_a_centred_name_at_a_page_foot_under_a_name_that_could_go_on_is_read_whole(page_break, apart):
    """`일자리 창출 및 취업 역량` over `강화 지원 및 청년 일자리   4,512,300 …` over `사업`, the page's last row under
    `소상공인 및 전통시장   3,820,415 …`, `기본경비` atop the next page: no other row prints its name's next line
    under its figures, so the three lines are one name centred on them, as at the table's end. Before, `소상공인 및
    전통시장 일자리 창출 및 취업 역량` 3,820,415 and `강화 지원 및 청년 일자리 사업` 4,512,300."""
    rows = [SOCIAL, MARKET, FIGURES_CENTRED, BASIC]
    read, report = _read([SOCIAL, MARKET, FIGURES_CENTRED + page_break, BASIC], apart)
    assert read == [TOTAL_READ, SOCIAL_READ, MARKET_READ, JOBS_READ, BASIC_READ]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


def test_at_a_page_foot_a_table_printing_names_on_from_their_figures_first_line_still_lends_the_line_above():
    """Where another row prints its name's second line under its figures (`일자리 창출 및 취업 역량   4,512,300 …`
    over `강화 지원`), a name's line under `소상공인 및 전통시장   3,820,415 …` is that name's next line, as before
    (the layout tells no other way)."""
    centred = ("  지역상권 활성화 지원\n"
               "  청년 창업 공간 조성                600,000          120,000          20.0\n"
               "  사업\n")
    read, _ = _read([FIRST_WRAPPED, MARKET, centred + PAGE_FOOT + "\f", BASIC], "")
    assert [name for name, *_ in read] == ["계", "일자리 창출 및 취업 역량 강화 지원",
                                           "소상공인 및 전통시장 지역상권 활성화 지원", "청년 창업 공간 조성 사업",
                                           "기본경비"]


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("place", [0, 1, 3], ids=["under the total", "second", "the table's last"])
@pytest.mark.parametrize("care", [CARE, CARE_PLAIN], ids=["및", "no word that goes on"])
def test_a_name_broken_by_hand_around_its_figures_is_read_whole(care, place, apart):
    """`지역사회` over `및   4,512,300 …` over `돌봄 통합 지원`: `및 돌봄 통합 지원` (16 columns) fits the widest
    label line (24), so no wrapping at the cell's width broke the name there, and its lines tell nothing of the rows
    around it: the three lines centred on the figures are one name. Before, under `소상공인 및 전통시장` or
    `기본경비`, `소상공인 및 전통시장 지역사회` (or `기본경비 지역사회`) and `및 돌봄 통합 지원`."""
    rows = [MARKET, SOCIAL, BASIC]
    rows.insert(place, care)
    read, report = _read(rows, apart)
    assert read == [TOTAL_READ, *(READ[row] for row in rows)]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


@pytest.mark.parametrize("place", [1, 3], ids=["second", "the table's last"])
def test_the_pdf_of_a_name_broken_by_hand_reads_alike(tmp_path, place):
    """The name's three lines centred in its cell on its figures."""
    rows = [MARKET_READ, SOCIAL_READ, BASIC_READ]
    rows.insert(place, CARE_READ)
    source, target = render_budget_table(tmp_path, [TOTAL_READ, *rows],
                                         {CARE_READ[0]: ["지역사회", "및", "돌봄 통합 지원"]}, 130, "MIDDLE")
    report = extract_file(target)
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget] == [
        TOTAL_READ, *rows]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []
