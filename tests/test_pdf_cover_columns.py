"""A PDF's cover laid out in two columns (a column of labels, `일 시`, `장 소`, beside their values; or two blocks side
by side), drawn as `scripts/make_pdfs.py` draws the samples, with no rules, above the report's first heading: it is
read as text, not as a table of words. Before, its session, council and department were lost (a table is no
cover's line)."""

import dataclasses
import datetime as dt

import pytest
from reportlab.platypus import Spacer, Table, TableStyle

from pipeline.document import Table as TextTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs, records_but_the_document

SAMPLE = SAMPLES / "2025-hanbit-bokji.txt"  # its cover printed otherwise, right above its contents and tables
SESSION, TITLE = "제301회 한빛구의회 제1차 정례회", "2025년 주요업무 보고"
FIELDS = (("회 기", SESSION), ("일 시", "2025. 6. 10. ~ 6. 24."), ("장 소", "한빛구의회 본회의장"),
          ("보고부서", "복지정책과"))


def cover(pdfs, layout: str, heading_type: bool) -> list:
    """The cover's flowables: in the body's type, or in a heading's (`heading_type`, left-aligned)."""
    style = pdfs.ParagraphStyle("cover", parent=pdfs.HEADINGS[2]) if heading_type else pdfs.BODY
    title = pdfs.Paragraph(TITLE, pdfs.ParagraphStyle("title", parent=pdfs.HEADINGS[1], alignment=1))

    def para(text: str):
        return pdfs.Paragraph(pdfs.printed(text), style)

    if layout == "labels":  # the title above, a column of labels beside their values
        return [title, Spacer(1, 30), Table([[para(label), para(value)] for label, value in FIELDS],
                                            colWidths=[90, 320])]
    if layout.startswith("labels wrapped"):  # a value wrapped in its narrow column, its label set at its last line
        fields = Table([[para(label), para(value)] for label, value in FIELDS], colWidths=[90, 100])
        if layout.endswith(("at the top", "at the middle")):  # or at its first, or halfway down it
            fields.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), layout.rsplit(" ", 1)[1].upper())]))
        return [title, Spacer(1, 30), fields]
    if layout == "blocks":  # two blocks side by side, the left one longer
        blocks = Table([[[para(SESSION), para("2025. 6. 10. ~ 6. 24.")], [para(TITLE), para("복 지 정 책 과")]]],
                       colWidths=[330, 330])
        blocks.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [blocks]
    if layout == "blocks under a title":  # each block's lines at the other's heights, under the title
        return [title, Spacer(1, 30), Table([[para(SESSION), para("복 지 정 책 과")],
                                             [para("2025. 6. 10. ~ 6. 24."), para("과장 홍 길 동")]],
                                            colWidths=[330, 330])]
    raise ValueError(layout)


def render(target, layout: str, heading_type: bool = False) -> None:
    """The sample with its cover in the `layout`, its contents and tables after it on the same page."""
    pdfs = make_pdfs.__wrapped__()
    doc = read_document(SAMPLE)
    contents = next(k for k, block in enumerate(doc.blocks) if block.text == "보고 순서")
    body = pdfs.flowables(dataclasses.replace(doc, blocks=doc.blocks[contents:]), "grid")
    pdf = pdfs.SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                                 topMargin=40, bottomMargin=36, invariant=1)
    pdf.build([*cover(pdfs, layout, heading_type), Spacer(1, 20), *body])


@pytest.mark.parametrize("heading_type", [False, True], ids=["body type", "heading type"])
@pytest.mark.parametrize("layout", ["labels", "labels wrapped", "labels wrapped at the top",
                                    "labels wrapped at the middle", "blocks", "blocks under a title"])
def test_a_cover_in_two_columns_gives_its_session_council_and_department(layout, heading_type, tmp_path):
    target = tmp_path / f"{SAMPLE.stem}.pdf"
    render(target, layout, heading_type)
    report = extract_file(target)
    info = report.document
    assert (info.council_session, info.council, info.department, info.title, info.session_start, info.session_end) == (
        SESSION, "한빛구의회", "복지정책과", TITLE, dt.date(2025, 6, 10), dt.date(2025, 6, 24))
    # the contents and the tables on the cover's page are read as before: the records are the text's
    assert records_but_the_document(report) == records_but_the_document(extract_file(SAMPLE))


def test_the_cover_is_read_as_its_lines_not_a_table(tmp_path):
    target = tmp_path / "report.pdf"
    render(target, "labels")
    blocks = read_document(target).blocks
    assert [block.text for block in blocks[:5]] == [TITLE, *(f"{label} {value}" for label, value in FIELDS)]
    render(target, "blocks")
    assert [block.text for block in read_document(target).blocks[:3]] == [
        f"{SESSION} 2025. 6. 10. ~ 6. 24.", f"{TITLE} 복 지 정 책 과", "보고 순서"]
    render(target, "blocks", heading_type=True)  # in a heading's type each line of a block is a heading
    assert [block.text for block in read_document(target).blocks[:4]] == [
        SESSION, "2025. 6. 10. ~ 6. 24.", TITLE, "복 지 정 책 과"]
    render(target, "labels wrapped")  # a value's lines above its label, set at the value's last line
    assert [block.text for block in read_document(target).blocks[1:3]] == [f"{label} {value}"
                                                                        for label, value in FIELDS[:2]]


def test_a_cover_whose_labels_stand_between_their_values_lines(tmp_path):
    """A column of labels each set halfway down its value wrapped over two lines, so that no line prints two cells:
    each value's lines go on the label between them. Before, the cover was read line by line, labels between their
    values' lines, and its session and dates were lost."""
    pdfs = make_pdfs.__wrapped__()
    style = pdfs.ParagraphStyle("cover", parent=pdfs.HEADINGS[2])
    fields = Table([[pdfs.Paragraph(pdfs.printed(label), style), pdfs.Paragraph(pdfs.printed(value), style)]
                    for label, value in [*FIELDS[:3], ("보고부서", "한빛구 복지국 복지정책과")]], colWidths=[90, 130])
    fields.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    title = pdfs.Paragraph(TITLE, pdfs.ParagraphStyle("title", parent=pdfs.HEADINGS[1], alignment=1))
    doc = read_document(SAMPLE)
    contents = next(k for k, block in enumerate(doc.blocks) if block.text == "보고 순서")
    target = tmp_path / f"{SAMPLE.stem}.pdf"
    draw(target, [title, Spacer(1, 30), fields, Spacer(1, 20),
                  *pdfs.flowables(dataclasses.replace(doc, blocks=doc.blocks[contents:]), "grid")])
    assert [block.text for block in read_document(target).blocks[1:5]] == [
        *(f"{label} {value}" for label, value in FIELDS[:3]), "보고부서 한빛구 복지국 복지정책과"]
    info = extract_file(target).document
    assert (info.council_session, info.council, info.office, info.department, info.title, info.session_start,
            info.session_end, info.year) == (SESSION, "한빛구의회", None, "복지정책과", TITLE, dt.date(2025, 6, 10),
                                             dt.date(2025, 6, 24), 2025)


def test_the_contents_below_the_cover_stay_a_table(tmp_path):
    target = tmp_path / "report.pdf"
    render(target, "blocks")
    (contents, *_) = [block for block in read_document(target).blocks if isinstance(block, TextTable)]
    assert contents.rows[0] == ("Ⅰ. 일반 현황", "· · · 1")


def draw(target, flowables: list) -> None:
    pdfs = make_pdfs.__wrapped__()
    pdf = pdfs.SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                                 topMargin=40, bottomMargin=36, invariant=1)
    pdf.build(flowables)


def test_two_columns_that_are_a_table_by_their_shape_stay_one(tmp_path):
    """Figures in a column, or rules over and under the lines, make the first page's two columns a table, as
    two columns of words below the first heading are."""
    pdfs = make_pdfs.__wrapped__()

    def cells(rows):
        return [[pdfs.Paragraph(pdfs.printed(cell), pdfs.CELL) for cell in row] for row in rows]

    words = [["구 분", "내 용"], ["위 치", "한빛구 중앙로 10"], ["규 모", "지하 1층, 지상 5층"]]
    figures = [["구 분", "인 원"], ["정 원", "20"], ["현 원", "19"]]
    ruled = Table(cells(words), colWidths=[90, 200])
    ruled.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, pdfs.colors.black),
                               ("LINEBELOW", (0, -1), (-1, -1), 1.2, pdfs.colors.black)]))
    heading = pdfs.Paragraph("Ⅰ. 일반현황", pdfs.HEADINGS[1])
    for flowables, rows in [([Table(cells(figures), colWidths=[90, 200])], figures), ([ruled], words),
                            ([heading, Table(cells(words), colWidths=[90, 200])], words)]:
        target = tmp_path / "report.pdf"
        draw(target, [pdfs.Paragraph(TITLE, pdfs.HEADINGS[1]), *flowables])
        (table,) = [block for block in read_document(target).blocks if isinstance(block, TextTable)]
        assert [list(row) for row in table.rows] == rows


@pytest.mark.parametrize("beside", [False, True], ids=["one column", "a block beside another"])
def test_a_session_set_in_a_heading_type_over_two_lines_is_read(beside, tmp_path):
    """A cover's session and dates set in a heading's type in a narrow column, wrapped over two lines each
    (`제301회 한빛구의회` over `제1차 정례회`, `2025. 6. 10. ~ 6.` over `24.`): each line is a heading of its own.
    Before, the session, its council and its dates were lost."""
    pdfs = make_pdfs.__wrapped__()
    style = pdfs.ParagraphStyle("cover", parent=pdfs.HEADINGS[2])

    def para(text: str):
        return pdfs.Paragraph(pdfs.printed(text), style)

    session = [para(SESSION), para("2025. 6. 10. ~ 6. 24.")]
    if beside:
        blocks = Table([[session, [para(TITLE), para("복지정책과")]]], colWidths=[150, 330])
        blocks.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        cover = [blocks]
    else:
        cover = [Table([[session]], colWidths=[150]), Spacer(1, 20), para(TITLE), para("복지정책과")]
    doc = read_document(SAMPLE)
    contents = next(k for k, block in enumerate(doc.blocks) if block.text == "보고 순서")
    target = tmp_path / "report.pdf"
    draw(target, [*cover, Spacer(1, 20),
                  *pdfs.flowables(dataclasses.replace(doc, blocks=doc.blocks[contents:]), "grid")])
    assert [block.text for block in read_document(target).blocks[:2]] == ["제301회 한빛구의회", "제1차 정례회"]
    info = extract_file(target).document
    assert (info.council_session, info.council, info.department, info.title, info.session_start, info.session_end) == (
        SESSION, "한빛구의회", "복지정책과", TITLE, dt.date(2025, 6, 10), dt.date(2025, 6, 24))
