"""PDFs of the samples laid out as other reports are printed (type sizes, tables in an outer frame alone) give the
records of their text; a table's header printed again atop the next page is no row of it, however the page lays
out its spaces."""

import pytest

from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs


@pytest.mark.parametrize("sample", ["2024-hanbit-chongmu-layout.txt", "2023-hanbit-jaemu.txt",
                                    "2025-hanbit-bokji.txt", "2026-hanbit-chongmu.md"])
def test_tables_in_an_outer_frame_in_10_pt_give_the_records_of_their_text(sample, tmp_path, monkeypatch):
    """In 10 pt the 정보화교육장 table of words goes on over a page, its header printed again there a space wider
    (`비 고`): it was read as a row of the table (`구 분 | 명 칭 | 현 황 | 비 고` between 시설 and 장비)."""
    pdfs = make_pdfs.__wrapped__()  # a module of its own: other tests replace the cached one's `ruled_table`
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", 10)
        monkeypatch.setattr(style, "leading", 12.5)
    for style in (pdfs.BODY, pdfs.TEXT):
        monkeypatch.setattr(style, "fontSize", 10)
        monkeypatch.setattr(style, "leading", 14)
    monkeypatch.setattr(pdfs.BOX, "fontSize", 11.5)  # `□ 정보화교육장` a size above the body, as before
    monkeypatch.setattr(pdfs.BOX, "leading", 15.5)
    target = tmp_path / f"{sample.rsplit('.', 1)[0]}.pdf"
    pdfs.render(SAMPLES / sample, target, "frame")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(SAMPLES / sample), with_sources=False)


REPEATED_HEADER = """□ 정보화교육장

구 분      명 칭       현 황      비 고
시 설      교육장      1,200      전산팀
장 비      PC          40

\f
{header}
기 타      노트북      12         전산팀

□ 다음
"""


@pytest.mark.parametrize("header", ["구 분      명 칭       현 황      비 고",
                                    "구 분      명 칭        현 황     비 고",
                                    "구 분     명 칭       현 황       비 고"])
def test_a_header_printed_again_atop_the_next_page_with_other_spaces_is_no_row(header, tmp_path):
    source = tmp_path / "report.txt"
    source.write_text(REPEATED_HEADER.format(header=header), encoding="utf-8")
    (table,) = [b for b in read_document(source).blocks if isinstance(b, Table)]
    assert table.rows == (("구 분", "명 칭", "현 황", "비 고"), ("시 설", "교육장", "1,200", "전산팀"),
                          ("장 비", "PC", "40", ""), ("기 타", "노트북", "12", "전산팀"))
