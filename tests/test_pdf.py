"""PDF reports give the same records as their text; broken PDFs are refused with a one-line reason."""

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4

from pipeline.document import Table
from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.read_text import read_text
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.corpus import one_page_pdf
from tests.layouts import make_pdfs

PDF_SAMPLES = sorted(SAMPLES.glob("*.pdf"))


def text_sibling(pdf):
    return next(p for p in SAMPLES.iterdir() if p.stem == pdf.stem and p.suffix in {".txt", ".md"})


def test_every_text_sample_has_its_pdf():
    texts = {p.stem for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md"}}
    assert texts == {p.stem for p in PDF_SAMPLES}


@pytest.mark.parametrize("pdf", PDF_SAMPLES, ids=lambda p: p.name)
def test_pdf_and_text_give_identical_records(pdf):
    from_pdf, from_text = extract_file(pdf), extract_file(text_sibling(pdf))
    assert records_data(from_pdf, with_sources=False) == records_data(from_text, with_sources=False)
    assert from_pdf.format == "pdf" and from_text.format == "text"
    assert all(s.page is not None and s.line is None for s in (r.source for r in from_pdf.staffing))


@pytest.mark.parametrize("ruling", ["grid", "open sides"])
def test_the_real_report_as_a_pdf_gives_its_records(ruling, real_report_path, real_report, tmp_path):
    target = tmp_path / "real.pdf"
    make_pdfs().render(real_report_path, target, ruling)
    assert records_data(extract_file(target), with_sources=False) == records_data(real_report, with_sources=False)


@pytest.mark.parametrize("ruling", ["horizontal", "none"])
def test_the_real_report_with_horizontal_rules_alone_or_none_gives_its_records(ruling, real_report_path, real_report,
                                                                             tmp_path):
    """With no vertical rules the columns of the text place the cells. The buildings table's cells wrap over
    several lines and its group labels run down a narrow cell, one character a line, and it goes on over a
    page: it still comes out as the converter's grid. The vehicles header the converter shifted comes out of
    the columns with other spans, and the figures' sums still give every count."""
    target = tmp_path / "real.pdf"
    make_pdfs().render(real_report_path, target, ruling)
    got, want = (records_data(r, with_sources=False) for r in (extract_file(target), real_report))
    assert {key: value for key, value in got.items() if key != "vehicles"} == {
        key: value for key, value in want.items() if key != "vehicles"}
    (fleet,) = got["vehicles"]
    assert fleet["counts"] == want["vehicles"][0]["counts"] and fleet["repaired"]
    assert fleet["repair_note"] == "머리글의 차종이 숫자 칸과 맞지 않아 차종 이름을 순서대로 다시 배정함"


def test_some_samples_rule_their_tables_without_outer_sides_or_with_horizontal_rules_alone_or_none():
    """So the PDF parity above covers tables whose sides only the horizontal rules' ends mark, and tables
    that only the aligned-table reader finds (pdfplumber finds none without vertical rules)."""
    ruled_otherwise = {pdf.stem: ruling for pdf in PDF_SAMPLES if (ruling := _ruling(pdf)) != "grid"}
    assert ruled_otherwise == make_pdfs().RULING
    assert set(ruled_otherwise.values()) == {"open sides", "horizontal", "none"}


def _ruling(pdf) -> str:
    with pdfplumber.open(pdf) as document:
        lines = document.pages[0].lines  # drawn rules, not the edges of shaded header cells
    if not lines:
        return "none"
    verticals = [line["x0"] for line in lines if line["x0"] == line["x1"]]
    if not verticals:
        return "horizontal"
    left_rule = min(line["x0"] for line in lines if line["top"] == line["bottom"])
    return "open sides" if min(verticals) > left_rule + 1 else "grid"


@pytest.mark.parametrize("size", [6, 9, 10])
@pytest.mark.parametrize("sample", ["2023-hanbit-jaemu.txt", "2024-hanbit-cheongso.md", "2025-hanbit-bokji.txt"])
def test_tables_without_rules_in_other_type_sizes_give_the_records_of_their_text(sample, size, tmp_path,
                                                                                 monkeypatch):
    """Cells a little more than a type size apart (10 pt type in cells padded as the samples' are) are two
    cells; a group label centred on its rows (`차고지` beside the second of `계`, `제1차고지`, `제2차고지`) is its
    group's, as the text prints it on the first."""
    pdfs = make_pdfs()
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", size)
        monkeypatch.setattr(style, "leading", size + 2)
    target = tmp_path / f"{sample.rsplit('.', 1)[0]}.pdf"
    pdfs.render(SAMPLES / sample, target, "none")
    got, want = (records_data(extract_file(p), with_sources=False) for p in (target, SAMPLES / sample))
    assert got == want


@pytest.mark.parametrize("size", [6, 9, 10])
def test_the_real_report_without_rules_in_other_type_sizes_gives_its_records(size, real_report_path, real_report,
                                                                              tmp_path, monkeypatch):
    """The buildings table: a cell's lines centred in a taller row and a group label a character a line stand
    on lines of their own between the rows (at 6 pt three lines: `지상6층`, `본 관`, `지하1층 ~`), and the last
    group's label goes on below its row onto the line of the next row's label (`관` over `주 차`). A table of
    words alone with two rows (정보화교육장) is read at every size: at 9 and 10 pt its blank columns came out
    two display columns wide, and it was read as text."""
    pdfs = make_pdfs()
    for style in (pdfs.CELL, pdfs.HEADER_CELL):
        monkeypatch.setattr(style, "fontSize", size)
        monkeypatch.setattr(style, "leading", size + 2)
    target = tmp_path / "real.pdf"
    pdfs.render(real_report_path, target, "none")
    got, want = (records_data(r, with_sources=False) for r in (extract_file(target), real_report))
    assert {key: value for key, value in got.items() if key != "vehicles"} == {
        key: value for key, value in want.items() if key != "vehicles"}
    assert got["vehicles"][0]["counts"] == want["vehicles"][0]["counts"]


@pytest.mark.parametrize("sample", ["2024-hanbit-cheongso.md", "2023-hanbit-jaemu.txt"])
def test_a_portrait_page_with_two_tables_of_one_width_gives_the_records_of_its_text(sample, tmp_path, monkeypatch):
    """On an A4 portrait page the table of contents and a table below it are ruled at the same width: each is a
    table of its own (the text between them was taken for one table's and lost), and text wraps more."""
    pdfs = make_pdfs()
    monkeypatch.setattr(pdfs, "PAGE", A4)
    target = tmp_path / f"{sample.rsplit('.', 1)[0]}.pdf"
    pdfs.render(SAMPLES / sample, target, "grid")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(SAMPLES / sample), with_sources=False)


@pytest.mark.parametrize("sample", ["2023-hanbit-jaemu.txt", "2024-hanbit-cheongso.md", "2026-hanbit-chongmu.md"])
def test_text_in_larger_type_parts_a_title_from_the_text_below_it_by_its_face(sample, tmp_path, monkeypatch):
    """With the body in 10 pt a title (`1 지방세 체납액 징수 강화 세무관리팀`) stands less than a paragraph's space
    above its purpose: its other type (size or face) parts them, as a blank line does in the text."""
    pdfs = make_pdfs()
    for style in (pdfs.BODY, pdfs.TEXT):
        monkeypatch.setattr(style, "fontSize", 10)
        monkeypatch.setattr(style, "leading", 14)
    target = tmp_path / f"{sample.rsplit('.', 1)[0]}.pdf"
    pdfs.render(SAMPLES / sample, target, "grid")
    assert records_data(extract_file(target), with_sources=False) == records_data(
        extract_file(SAMPLES / sample), with_sources=False)


def test_records_remember_their_page():
    report = extract_file(SAMPLES / "2023-hanbit-jaemu.pdf")
    assert {s.source.page for s in report.staffing} == {1}
    assert report.projects[-1].source.page >= 3


def test_page_numbers_and_running_headers_are_dropped():
    document = read_document(SAMPLES / "2023-hanbit-jaemu.pdf")
    texts = [b.text for b in document.blocks if not isinstance(b, Table)]
    assert not any(t.startswith("- ") and t.endswith(" -") for t in texts)
    assert texts.count("2023년 주요업무 보고") == 1  # the title once, not once per page as the running header


@pytest.mark.parametrize(("ruling", "repeat_header"), [("grid", True), ("grid", False), ("horizontal", True),
                                                     ("horizontal", False)])
def test_a_table_that_goes_on_over_the_next_page_is_one_table(ruling, repeat_header, tmp_path):
    """With its header printed again on the next page or not, and read by pdfplumber (ruled) or laid out
    as text (horizontal rules alone)."""
    units = "\n".join(f"사업 {n}\t{n * 1000:,}\t{n * 400:,}\t40.0" for n in range(1, 81))
    total = sum(range(1, 81))
    text = ("제300회 한빛구의회 제1차 정례회\n\n# 2024년 주요업무 보고\n\n## 청 소 과\n\n# Ⅰ. 일반현황\n\n"
            "## 4 예산현황\n\n(단위: 천원)\n\n단위사업명\t예산액\t집행액\t집행률(%)\n"
            f"계\t{total * 1000:,}\t{total * 400:,}\t40.0\n{units}\n")
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    make_pdfs().render(source, tmp_path / "long.pdf", ruling, repeat_header)
    (table,) = [b for b in read_document(tmp_path / "long.pdf").blocks if isinstance(b, Table)]
    assert len(table.rows) == 82 and table.rows[0][0] == "단위사업명" and table.rows[-1][0] == "사업 80"
    assert [line.name for line in extract_file(tmp_path / "long.pdf").budget][:3] == ["계", "사업 1", "사업 2"]


def test_broken_pdfs_are_refused_with_one_line_reasons():
    good = (SAMPLES / "2023-hanbit-jaemu.pdf").read_bytes()
    cases = {
        "truncated.pdf": (good[: len(good) // 3], "damaged or truncated PDF"),
        "fake.pdf": (b"%PDF-1.7\nthis is not a pdf at all\n", "damaged or truncated PDF"),
        "scan.pdf": (one_page_pdf(lambda c: c.rect(50, 50, 200, 200, fill=1)), "no text layer"),
        "locked.pdf": (one_page_pdf(lambda c: c.drawString(50, 50, "secret"), encrypt="pw"), "encrypted PDF"),
    }
    for name, (data, reason) in cases.items():
        with pytest.raises(ReportError) as err:
            extract_file(name, data)
        assert str(err.value).startswith(f"{name}: {reason}") and "\n" not in str(err.value), name


def _korean_lines(lines):
    def draw(page):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
        page.setFont("HYSMyeongJo-Medium", 10)
        for k, line in enumerate(lines):
            page.drawString(50, 750 - 16 * k, line)

    return draw


def test_pdf_lines_are_normalised_as_text_lines_are(tmp_path):
    """A `ㆍ` bullet in a PDF is a bullet, as it is in a text report (one interpunct, `·`, for both)."""
    lines = ["# 2024년 주요업무 보고", "ㆍ 청사 시설물 점검"]
    path = tmp_path / "lines.pdf"
    path.write_bytes(one_page_pdf(_korean_lines(lines)))
    from_pdf = [(type(b).__name__, b.text) for b in read_document(path).blocks]
    from_text = [(type(b).__name__, b.text) for b in read_text("lines.txt", "\n".join(lines).encode()).blocks]
    assert from_pdf == from_text == [("Heading", "2024년 주요업무 보고"), ("Bullet", "청사 시설물 점검")]


def test_a_bullet_wrapped_onto_the_next_page_goes_on_there(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    path = tmp_path / "pages.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)
    pages = [[(50, "□ 주요 추진실적"), (50, "○ 노후 시설 개선"), (60, "- 탐지시스템 운영: 3월~12월 /")],
             [(74, "21,900천원"), (60, "- 다음 항목: 4월")]]
    for number, lines in enumerate(pages, start=5):
        pdf.setFont("HYSMyeongJo-Medium", 10)
        for k, (x, text) in enumerate(lines):
            pdf.drawString(x, 750 - 16 * k, text)
        pdf.drawCentredString(300, 20, f"- {number} -")
        pdf.showPage()
    pdf.save()
    got = [(type(b).__name__, b.text, b.page) for b in read_document(path).blocks]
    assert got == [("Heading", "주요 추진실적", 1), ("Bullet", "노후 시설 개선", 1),
                   ("Bullet", "탐지시스템 운영: 3월~12월 / 21,900천원", 1), ("Bullet", "다음 항목: 4월", 2)]
