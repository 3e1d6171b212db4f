"""Covers drawn otherwise than the samples' (a slogan above the title and the 구청 below the department, the fields
in a box ruled as a table, the report's date first), each as a PDF (drawn with `scripts/make_pdfs.py`'s fonts) and
as `pdftotext -layout` prints it (kept here as it printed them), above the sample's contents and tables. Before, a
PDF's box of fields was a table, and its session, council and dates were lost (a table is no cover's line)."""

import dataclasses
import datetime as dt

import pytest
from reportlab.platypus import Spacer, Table, TableStyle

from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs, records_but_the_document

SAMPLE = SAMPLES / "2025-hanbit-bokji.txt"  # its cover printed otherwise, right above its contents and tables
SESSION, TITLE, DATES = "제301회 한빛구의회 제1차 정례회", "2025년 주요업무 보고", "2025. 6. 10. ~ 6. 24."
FIELDS = (("회 기", SESSION), ("일 시", DATES), ("장 소", "한빛구의회 본회의장"), ("보고부서", "복지정책과"))
SESSION_DATES = (dt.date(2025, 6, 10), dt.date(2025, 6, 24))
# each cover's session dates: a date printed alone is the session's, with no end (branch left89; before, none)
COVERS = {"slogan": SESSION_DATES, "boxed": SESSION_DATES, "date first": (dt.date(2025, 6, 10), None)}
# as `pdftotext -layout` printed the PDFs `draw` makes (from the first line to the last above the contents)
PRINTED = {
    "slogan": (
        "                                             함께 여는 미래, 행복한 한빛\n"
        "\n"
        "\n"
        "\n"
        "                                        2025년 주요업무 보고\n"
        "\n"
        "                                         제301회 한빛구의회 제1차 정례회\n"
        "                                             2025. 6. 10. ~ 6. 24.\n"
        "\n"
        "\n"
        "\n"
        "                                                    복지정책과\n"
        "\n"
        "                                                     한빛구청"
    ),
    "boxed": (
        "                                           2025년 주요업무 보고\n"
        "\n"
        "\n"
        "                      회기              제301회 한빛구의회 제1차 정례회\n"
        "\n"
        "                      일시              2025. 6. 10. ~ 6. 24.\n"
        "\n"
        "                      장소              한빛구의회 본회의장\n"
        "\n"
        "                      보고부서            복지정책과"
    ),
    "date first": (
        "                                                      2025. 6. 10.\n"
        "\n"
        "\n"
        "                                           제301회 한빛구의회 제1차 정례회\n"
        "\n"
        "                                          2025년 주요업무 보고\n"
        "\n"
        "                                                      복지정책과"
    ),
}


def cover(pdfs, layout: str) -> list:
    def para(text: str, centred: bool = True):
        style = pdfs.ParagraphStyle("centred", parent=pdfs.BODY, alignment=1) if centred else pdfs.BODY
        return pdfs.Paragraph(pdfs.printed(text), style)

    title = pdfs.Paragraph(TITLE, pdfs.ParagraphStyle("title", parent=pdfs.HEADINGS[1], alignment=1))
    if layout == "slogan":
        return [para("함께 여는 미래, 행복한 한빛"), Spacer(1, 20), title, Spacer(1, 20), para(SESSION), para(DATES),
                Spacer(1, 30), para("복지정책과"), Spacer(1, 10), para("한빛구청")]
    if layout == "boxed":  # a column of labels beside their values, every cell ruled
        box = Table([[para(label, False), para(value, False)] for label, value in FIELDS], colWidths=[90, 300])
        box.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, pdfs.colors.black)]))
        return [title, Spacer(1, 30), box]
    if layout == "date first":
        return [para("2025. 6. 10."), Spacer(1, 20), para(SESSION), title, Spacer(1, 30), para("복지정책과")]
    raise ValueError(layout)


def body() -> str:
    text = SAMPLE.read_bytes().decode("cp949")
    return text[text.index("보고 순서"):]


def draw(target, layout: str) -> None:
    """The sample with its cover drawn in the `layout`, its contents and tables after it on the same page."""
    pdfs = make_pdfs.__wrapped__()
    doc = read_document(SAMPLE)
    contents = next(k for k, block in enumerate(doc.blocks) if block.text == "보고 순서")
    pdf = pdfs.SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                                 topMargin=40, bottomMargin=36, invariant=1)
    pdf.build([*cover(pdfs, layout), Spacer(1, 20),
               *pdfs.flowables(dataclasses.replace(doc, blocks=doc.blocks[contents:]), "grid")])


@pytest.mark.parametrize("kind", ["pdf", "text"])
@pytest.mark.parametrize("layout", COVERS)
def test_a_cover_drawn_otherwise_gives_its_fields(layout, kind, tmp_path):
    target = tmp_path / f"{SAMPLE.stem}.{'pdf' if kind == 'pdf' else 'txt'}"
    if kind == "pdf":
        draw(target, layout)
    else:
        target.write_text(PRINTED[layout] + "\n\n\n" + body(), encoding="utf-8")
    report = extract_file(target)
    info = report.document
    assert (info.council_session, info.council, info.office, info.department, info.title, info.year,
            info.session_start, info.session_end) == (
        SESSION, "한빛구의회", None, "복지정책과", TITLE, 2025, *COVERS[layout])
    # the contents and the tables below the cover are read as before: the records are the sample's (a PDF's box of
    # fields no table of its own)
    assert records_but_the_document(report) == records_but_the_document(extract_file(SAMPLE))



def test_a_box_of_fields_drawn_in_text_gives_its_fields(tmp_path):
    """The box typed with box-drawing characters: a table of the cover's fields, read a field a line."""
    box = ["┌──────────┬──────────────────────────────┐",
           "│ 회    기 │ 제301회 한빛구의회 제1차 정례회 │",
           "├──────────┼──────────────────────────────┤",
           "│ 일    시 │ 2025. 6. 10. ~ 6. 24.        │",
           "├──────────┼──────────────────────────────┤",
           "│ 보고부서 │ 복지정책과                   │",
           "└──────────┴──────────────────────────────┘"]
    target = tmp_path / "report.txt"
    target.write_text("\n".join([TITLE, "", *box]) + "\n\n" + body(), encoding="utf-8")
    report = extract_file(target)
    info = report.document
    assert (info.council_session, info.council, info.department, info.title, info.session_start,
            info.session_end) == (SESSION, "한빛구의회", "복지정책과", TITLE, *SESSION_DATES)
    assert [table.caption for table in report.tables] == [table.caption for table in extract_file(SAMPLE).tables]
