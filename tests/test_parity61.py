"""The two department reports hunt60 added, drawn as PDFs in every style `tests/pdf_styles.py` draws, give the records
and findings of their text (branch parity61). What differed before:
- 문화체육과 (`2023-hanbit-munhwacheyuk.md`): the en dash of `문화체육과 – 4개팀` read `\\u00ad`, as pdfminer maps the
  Korean CID font's glyph (Adobe-Korea1 CID 109, shared by U+2013 and U+00AD) where the PDF gives no Unicode map of
  its own; and `* 향후계획` right under the 동 table was that table's note (`note='향후계획'`), the PDF printing no
  lines to tell a list of `*` items by.
- 가정복지과 (`2022-hanbit-gajeongbokji.txt`): the `※ 미점검 4개소는 휴원 중` note, a top-level item in the text
  (printed at the margin, left of the `ㅇ` items), was drawn where the `ㅇ` items are and so read as the child of the
  one above: the renderer's fault, not the reader's (a note at an item's indentation is its child in a text too)."""

import functools
from pathlib import Path

import pdfplumber
import pytest

from pipeline.document import Bullet
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.read_text import read_text
from tests.layouts import make_pdfs
from tests.pdf_styles import STYLES, rendered
from tests.test_pdf_parity_styles import _findings, _records

REPORTS = Path(__file__).parent / "department_reports"
FAMILY, CULTURE = "2022-hanbit-gajeongbokji.txt", "2023-hanbit-munhwacheyuk.md"


@functools.cache
def report(name: str):
    return extract_file(REPORTS / name)


@pytest.mark.parametrize("name", [FAMILY, CULTURE])
@pytest.mark.parametrize("style", list(STYLES))
def test_the_reports_as_pdfs_give_the_records_and_findings_of_their_text(name, style, tmp_path_factory):
    printed = extract_file(rendered(REPORTS / name, style, tmp_path_factory.mktemp("parity61")))
    assert _records(printed) == _records(report(name))
    assert _findings(printed) == _findings(report(name)) == []


def test_the_organisation_lines_en_dash_reads_as_printed(tmp_path_factory):
    pdf = rendered(REPORTS / CULTURE, "grid", tmp_path_factory.mktemp("parity61"))
    with pdfplumber.open(pdf) as opened:
        assert "\u00ad" in opened.pages[0].extract_text()  # what pdfminer gives for the CID font's en dash
    [general] = _records(extract_file(pdf))["general_text"]
    assert general["text"].startswith("조 직 문화체육과 – 4개팀 : 문화정책팀, 문화예술팀, 체육진흥팀, 체육시설팀")


def test_a_pdfs_soft_hyphen_is_the_en_dash_drawn(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    path = tmp_path / "dash.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setFont("HYSMyeongJo-Medium", 10)
    pdf.drawString(50, 750, "ㅇ 문화체육과 – 4개팀 : 문화정책팀")
    pdf.drawString(50, 734, "ㅇ 전년 대비 –3건")
    pdf.save()
    assert [(b.text, b.marker) for b in read_document(path).blocks] == [
        ("문화체육과 – 4개팀 : 문화정책팀", "ㅇ"), ("전년 대비 –3건", "ㅇ")]


def test_the_star_line_naming_a_part_under_the_table_is_no_note_of_it(tmp_path_factory):
    pdf = rendered(REPORTS / CULTURE, "grid", tmp_path_factory.mktemp("parity61"))
    tables = [(b.rows[0][0], b.note) for b in read_document(pdf).blocks if hasattr(b, "rows")]
    assert tables == [("구 분", None), ("계", None), ("사 업 명", None), ("구 분", None), ("동 별", None)]


@pytest.mark.parametrize(("line", "note"), [
    ("* 향후계획", None), ("* 주요 추진실적", None), ("※ 향후 추진계획", None),
    ("* 부가세 포함", "부가세 포함"), ("※ 향후계획 수립 중", "향후계획 수립 중")])
def test_a_note_under_a_table_names_no_part_alone(line, note):
    # before, `* 향후계획` (and `※ 향후 추진계획`) right under the table was its note, `note='향후계획'`
    text = f"ㅇ 시설 현황\n구 분\t계\t체육관\n합 계\t3\t3\n{line}\nㅇ 바닥 교체: 7월\n"
    [table] = [b for b in read_text("x.txt", text.encode()).blocks if hasattr(b, "rows")]
    assert table.note == note


def test_the_renderer_draws_a_top_level_note_at_the_margin_left_of_the_items():
    pdfs = make_pdfs()
    assert [pdfs.bullet_indent(Bullet("x", depth, marker)) for depth, marker in
            [(0, "※"), (0, "ㅇ"), (1, "-"), (1, "※")]] == [0, 6, 20, 20]


def test_the_note_below_the_items_is_an_item_of_its_own_in_the_pdf_as_in_the_text(tmp_path_factory):
    pdf = rendered(REPORTS / FAMILY, "grid", tmp_path_factory.mktemp("parity61"))
    for document in (read_document(pdf), read_document(REPORTS / FAMILY)):
        [note] = [(b.text, b.depth) for b in document.blocks if isinstance(b, Bullet) and b.marker == "※"]
        assert note == ("미점검 4개소는 휴원 중", 0)


def test_a_note_at_the_items_indentation_is_the_item_aboves_in_a_text_too():
    text = "□ 추진실적\n　ㅇ 정기 점검 : 208개소\n　　- 시정명령 3건\n　※ 미점검 4개소는 휴원 중\n"
    notes = [(b.text, b.depth) for b in read_text("x.txt", text.encode()).blocks if isinstance(b, Bullet)]
    assert notes == [("정기 점검 : 208개소", 0), ("시정명령 3건", 1), ("미점검 4개소는 휴원 중", 1)]
