"""`pdftotext -layout` text of a budget table in which a 단위사업 name's first line is wider than a wrapped label's
second line mostly is (`골목상권 활성화 및 지역화폐`, 27 columns, over `발행 지원   1,200,000 …` over `사업`), and one
whose name printed from its figures' line down wraps right under the 계 (`일자리 창출 및 취업 역량   4,512,300 …` over
`강화 지원`), no wrapped line at the table's end. Before, the wide line ended the table: its row (the table's last)
went to a table of its own under no header and no budget line read it (a false `sum.budget` error: 계 6,529,815,
rows 5,329,815), and a row between others took the rows below it with it; the wrapped `강화 지원` went on the next
row's name (`강화 지원 사회적경제 활성화`). Same made-up 푸른구 일자리경제과 table as tests/test_rows55.py."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.aligned import display_width
from pipeline.extract import extract_file
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.test_aligned_wrapped_labels_below import COVER, FIRST_WRAPPED, HEADER
from tests.test_rows55 import (
    BASIC,
    BASIC_READ,
    MARKET,
    MARKET_READ,
    SOCIAL,
    SOCIAL_READ,
    TOTAL_READ,
    _assert_no_word_lost,
    _read,
)
from tests.test_rows57 import render_budget_table

# the 계 of 사회적경제 활성화, 소상공인 및 전통시장, 기본경비 and the 지역화폐 row
LOCAL_HEADER = HEADER.replace("9,842,115        3,512,408          35.7", "6,529,815        2,072,187          31.7")
LOCAL_TOTAL_READ = ("계", 6_529_815_000, 2_072_187_000, 31.7)
FIGURES = "1,200,000          400,000          33.3\n"
# the name centred on its figures' line, as the brief's table prints it
LOCAL_CENTRED = ("  골목상권 활성화 및 지역화폐\n"
                 "  발행 지원                          " + FIGURES +
                 "  사업\n")
LOCAL_CENTRED_READ = ("골목상권 활성화 및 지역화폐 발행 지원 사업", 1_200_000_000, 400_000_000, 33.3)
# the name over three lines, each as full as the cell allows, its figures on its last
LOCAL_LAST = ("  골목상권 활성화 및 지역화폐\n"
              "  발행 지원 및 온누리상품권\n"
              "  유통 사업                          " + FIGURES)
LOCAL_LAST_READ = ("골목상권 활성화 및 지역화폐 발행 지원 및 온누리상품권 유통 사업", 1_200_000_000, 400_000_000, 33.3)
# the name over two lines, its figures on its last
LOCAL_TWO = ("  골목상권 활성화 및 지역화폐\n"
             "  발행 지원 사업                     " + FIGURES)
LOCAL_TWO_READ = LOCAL_CENTRED_READ
LOCAL_READ = {LOCAL_CENTRED: LOCAL_CENTRED_READ, LOCAL_LAST: LOCAL_LAST_READ, LOCAL_TWO: LOCAL_TWO_READ}
OTHERS_READ = {SOCIAL: SOCIAL_READ, MARKET: MARKET_READ, BASIC: BASIC_READ}


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("place", [0, 1, 2, 3], ids=["under the total", "second", "third", "the table's last"])
@pytest.mark.parametrize("local", [LOCAL_CENTRED, LOCAL_LAST, LOCAL_TWO], ids=["centred", "figures last", "two"])
def test_a_name_whose_first_line_is_wide_keeps_its_row_in_the_table(local, place, apart):
    """`골목상권 활성화 및 지역화폐` stands in the labels' column (it ends left of the figures of the rows around it):
    a name's line, however wide, not a sentence ending the table. Before, the table ended over it: `기본경비` the
    last row read, the 지역화폐 row (and any below it) lost to a headerless table."""
    rows = [SOCIAL, MARKET, BASIC]
    rows.insert(place, local)
    read, report = _read(rows, apart, header=LOCAL_HEADER)
    assert read == [LOCAL_TOTAL_READ, *({**OTHERS_READ, **LOCAL_READ}[row] for row in rows)]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


@pytest.mark.parametrize(("first", "middle"), [("골목상권 활성화 및 지역화폐", "발행 지원"),
                                              ("지역화폐 발행 및 골목상권", "활성화 지원"),
                                              ("골목상권 활성화 및 지역화폐 발행", "지원")], ids=["27", "25", "32"])
def test_the_wide_line_is_no_paragraph_and_every_figure_is_the_tables(first, middle):
    """The brief's table, the wide name the last row, its first line 25 to 32 columns wide (ending left of the
    figures at column 37): one table from the header to `사업`, every figure printed read into a budget line, the 계
    adding up (before: a paragraph `골목상권 활성화 및 지역화폐` and a table of one row `발행 지원 사업`, the sums off
    by 1,200,000 and 400,000)."""
    local = f"  {first}\n  {middle}{' ' * (35 - display_width(middle))}{FIGURES}  사업\n"
    read, report = _read([SOCIAL, MARKET, BASIC, local], "", header=LOCAL_HEADER)
    assert read[-1] == (f"{first} {middle} 사업", 1_200_000_000, 400_000_000, 33.3)
    assert [(budget, executed) for _, budget, executed, _ in read[1:]] == [
        (1_320_000_000, 330_000_000), (3_820_415_000, 1_322_187_000), (189_400_000, 20_000_000),
        (1_200_000_000, 400_000_000)]
    assert [(f.rule, f.expected, f.actual) for f in run_checks(report) if f.rule.startswith("sum.")] == []
    assert sum(line.budget_krw for line in report.budget[1:]) == LOCAL_TOTAL_READ[1]


def test_a_sentence_under_a_table_still_ends_it():
    """A line as wide running on past the labels' column into the figures' is text after the table, as before."""
    note = "위 금액은 2025. 5. 31. 기준 예산현액 및 집행액(지출원인행위 포함)임"
    document = read_text("t.txt", (COVER + LOCAL_HEADER + SOCIAL + MARKET + BASIC + f"  {note}\n").encode())
    assert document.blocks[-1].text == note
    assert [line.name for line in extract_report(document).budget] == ["계", "사회적경제 활성화",
                                                                      "소상공인 및 전통시장", "기본경비"]


JOBS_TWO_LINES_READ = ("일자리 창출 및 취업 역량 강화 지원", 4_512_300_000, 1_840_221_000, 40.8)


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("rows", [[FIRST_WRAPPED, SOCIAL, MARKET, BASIC], [SOCIAL, FIRST_WRAPPED, MARKET, BASIC]],
                         ids=["right under the total", "under a row of one line"])
def test_a_name_wrapped_below_its_figures_keeps_its_second_line(rows, apart):
    """`강화 지원` under `일자리 창출 및 취업 역량   4,512,300 …`: that name and `강화` are wider than the widest
    label line (29 > 24), so it wrapped there; `강화 지원 사회적경제` would have fitted (20), so `강화 지원` is no first
    line of `사회적경제 활성화`. Before, `일자리 창출 및 취업 역량` and `강화 지원 사회적경제 활성화` (or `강화 지원
    소상공인 및 전통시장`)."""
    read, report = _read(rows, apart)
    by_row = {FIRST_WRAPPED: JOBS_TWO_LINES_READ, **OTHERS_READ}
    assert read == [TOTAL_READ, *(by_row[row] for row in rows)]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


def test_a_line_that_may_start_the_next_name_still_goes_below():
    """`마을기업 육성 판로 지원` under `일자리 창출 및 취업 역량   4,512,300 …`: with `사회적경제` it would not fit a
    line (34 > 24), so it may be the first line of the name below printed over its row, as a name's first line over
    its figures' line is read (test_aligned_wrapped_labels_below); the layout tells no other way, so as before."""
    jobs = "  일자리 창출 및 취업 역량           4,512,300        1,840,221          40.8\n  마을기업 육성 판로 지원\n"
    read, _ = _read([jobs, SOCIAL, MARKET, BASIC], "")
    assert [name for name, *_ in read] == ["계", "일자리 창출 및 취업 역량",
                                           "마을기업 육성 판로 지원 사회적경제 활성화",
                                           "소상공인 및 전통시장", "기본경비"]


# the PDF of the same tables: each name's lines as `LINES` breaks them, in a box, the cells set at their top or middle
LINES = {LOCAL_CENTRED_READ[0]: ["골목상권 활성화 및 지역화폐", "발행 지원", "사업"],
         JOBS_TWO_LINES_READ[0]: ["일자리 창출 및 취업 역량", "강화 지원"]}


@pytest.mark.parametrize(("header_total", "rows", "valign"), [
    (LOCAL_TOTAL_READ, [SOCIAL_READ, MARKET_READ, BASIC_READ, LOCAL_CENTRED_READ], "MIDDLE"),
    (TOTAL_READ, [JOBS_TWO_LINES_READ, SOCIAL_READ, MARKET_READ, BASIC_READ], "TOP"),
], ids=["wide first line centred, the last row", "wrapped below its figures right under the total"])
def test_the_pdf_of_such_a_table_reads_alike(tmp_path, header_total, rows, valign):
    source, target = render_budget_table(tmp_path, [header_total, *rows], LINES, 150, valign)
    report = extract_file(target)
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget] == [
        header_total, *rows]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []
