"""`pdftotext -layout` text of a budget table whose 단위사업 name wraps over three lines (`일자리 창출 및 취업 역량`
over `강화 지원 및 청년 일자리` over `사업`), its figures on its last line between two rows or as the table's last, or
centred on them as the table's last row under a row whose name could have gone on with its first word (`소상공인 및
전통시장` + `일자리` wider than the widest label line): the name is read whole on its row, the row above keeping its
own name. Before, its first line went on the row above (`소상공인 및 전통시장 일자리 창출 및 취업 역량`, `강화 지원
및 청년 일자리 사업`). Same made-up 푸른구 일자리경제과 table as tests/test_rows55.py."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from checks import run_checks
from pipeline.extract import extract_file
from pipeline.records import records_data
from tests.layouts import make_pdfs
from tests.test_aligned_wrapped_labels_below import FIRST_WRAPPED
from tests.test_rows55 import (
    BASIC,
    BASIC_READ,
    FIGURES_CENTRED,
    FIGURES_LAST,
    JOBS_READ,
    MARKET,
    MARKET_READ,
    SOCIAL,
    SOCIAL_READ,
    TOTAL_READ,
    _assert_no_word_lost,
    _read,
)

BY_ROW = {FIGURES_LAST: JOBS_READ, FIGURES_CENTRED: JOBS_READ, MARKET: MARKET_READ, SOCIAL: SOCIAL_READ,
          BASIC: BASIC_READ}


@pytest.mark.parametrize("apart", ["", "\n"])
@pytest.mark.parametrize("rows", [[MARKET, FIGURES_LAST, SOCIAL, BASIC], [SOCIAL, MARKET, FIGURES_LAST, BASIC],
                                  [SOCIAL, BASIC, MARKET, FIGURES_LAST]],
                         ids=["second", "third", "the table's last"])
def test_a_name_printing_its_figures_on_its_last_line_under_a_row_of_one_line_is_read_whole(rows, apart):
    """`소상공인 및 전통시장   3,820,415 …` over the name's three lines: the name below ends on its figures' line, so
    the one above does too (one a line apart), or a blank line parts them (tall rows). Before, `소상공인 및 전통시장
    일자리 창출 및 취업 역량` 3,820,415 and `강화 지원 및 청년 일자리 사업` 4,512,300."""
    read, report = _read(rows, apart)
    assert read == [TOTAL_READ, *(BY_ROW[row] for row in rows)]
    assert MARKET_READ == ("소상공인 및 전통시장", 3_820_415_000, 1_322_187_000, 34.6)
    assert JOBS_READ == ("일자리 창출 및 취업 역량 강화 지원 및 청년 일자리 사업", 4_512_300_000, 1_840_221_000, 40.8)
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


@pytest.mark.parametrize("apart", ["", "\n"])
def test_a_centred_name_as_the_table_last_row_under_a_name_that_could_go_on_is_read_whole(apart):
    """`소상공인 및 전통시장 일자리` would not fit on one line of the cell, but no other row prints its name's next
    line under its figures, so the three lines around `4,512,300` are one name centred on it. Before, `소상공인 및
    전통시장 일자리 창출 및 취업 역량` and `강화 지원 및 청년 일자리 사업`."""
    rows = [SOCIAL, BASIC, MARKET, FIGURES_CENTRED]
    read, report = _read(rows, apart)
    assert read == [TOTAL_READ, SOCIAL_READ, BASIC_READ, MARKET_READ, JOBS_READ]
    _assert_no_word_lost(read, rows)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []


def test_a_table_printing_names_on_from_their_figures_first_line_takes_the_lines_above():
    """Where another row prints its name's second line under its figures (`일자리 창출 및 취업 역량   4,512,300 …`
    over `강화 지원`, right under the 계), the table prints its names from their figures' line down: the line under
    `소상공인 및 전통시장   3,820,415 …` is its name's, the last row's name two lines (as before)."""
    last = ("  지역상권 활성화 지원\n"
            "  청년 창업 공간 조성                600,000          120,000          20.0\n"
            "  사업\n")
    read, _ = _read([FIRST_WRAPPED, SOCIAL, MARKET, last], "")
    assert [name for name, *_ in read] == ["계", "일자리 창출 및 취업 역량 강화 지원", "사회적경제 활성화",
                                           "소상공인 및 전통시장 지역상권 활성화 지원", "청년 창업 공간 조성 사업"]
    assert read[-1][1:] == (600_000_000, 120_000_000, 20.0)


# the PDF of the same table: each name's lines as `LINES` breaks them, in a box, cells set at their bottom or middle
LINES = {JOBS_READ[0]: ["일자리 창출 및 취업 역량", "강화 지원 및 청년 일자리", "사업"]}


def render_budget_table(tmp_path, rows: list[tuple], lines: dict[str, list[str]], name_width: int, valign: str):
    """The report as text with tabs and as an A4 PDF (9 pt cells, boxed): `rows` as read (name, won, won, rate), the
    계 first, a name in `lines` printed over those lines in a 단위사업 column `name_width` points wide."""
    grid = [("단위사업명", "예산액", "집행액", "집행률(%)"),
            *((name, f"{budget // 1000:,}", f"{executed // 1000:,}", f"{rate}")
              for name, budget, executed, rate in rows)]
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text("2025년 주요업무 보고\n\n일자리경제과\n\n□ 예산현황\n\n(단위: 천원)\n\n"
                      + "\n".join("\t".join(row) for row in grid) + "\n\n□ 향후계획\n\n다음 사업을 추진함\n",
                      encoding="utf-8")
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE = A4
    cell = ParagraphStyle("cell", fontName=pdfs.BODY_FONT, fontSize=9, leading=11)
    figure = ParagraphStyle("figure", parent=cell, alignment=2)

    def printed(c: int, text: str) -> Paragraph:
        return Paragraph("<br/>".join(lines.get(text, [text])) if c == 0 else text, figure if c else cell)

    def boxed_table(block, ruling, repeat_header=True):
        table = Table([[printed(c, text) for c, text in enumerate(row)] for row in block.rows],
                      colWidths=[name_width, 70, 70, 60])
        table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), valign)]))
        return table

    pdfs.ruled_table = boxed_table
    pdfs.render(source, target)
    return source, target


@pytest.mark.parametrize("valign", ["BOTTOM", "MIDDLE"])
@pytest.mark.parametrize("rows", [[MARKET, FIGURES_LAST, SOCIAL, BASIC], [SOCIAL, BASIC, MARKET, FIGURES_LAST]],
                         ids=["second", "the table's last"])
def test_the_pdf_of_such_a_table_reads_alike(tmp_path, rows, valign):
    """The name's three lines at the bottom of its cell (figures on its last line) or centred on its figures."""
    source, target = render_budget_table(tmp_path, [TOTAL_READ, *(BY_ROW[row] for row in rows)], LINES, 130, valign)
    report = extract_file(target)
    assert [(line.name, line.budget_krw, line.executed_krw, line.execution_rate) for line in report.budget] == [
        TOTAL_READ, *(BY_ROW[row] for row in rows)]
    assert records_data(report, with_sources=False) == records_data(extract_file(source), with_sources=False)
    assert [finding.rule for finding in run_checks(report) if finding.severity == "error"] == []
