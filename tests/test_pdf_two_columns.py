"""A report laid out in two columns on a page (reportlab's `BaseDocTemplate`, two `Frame`s a page; text and tables
running down the left half, then the right), drawn as `scripts/make_pdfs.py` draws the samples, is read column by
column: the left column's lines, then the right's. Before, its lines were read across the page, the columns' lines
run together: its cover (department, year), its budget table and its projects' items were lost."""

from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate

from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs

SAMPLE = SAMPLES / "2026-hanbit-chongmu.md"
GUTTER = 24  # points between the columns


def render(target, page, ruling: str = "grid", cover_page: bool = False) -> None:
    """The sample in two columns on `page`, a running header and a page number across the page; `cover_page`: its
    cover (the lines above its contents) centred on a page of its own, in one column."""
    pdfs = make_pdfs.__wrapped__()
    margin = pdfs.MARGIN
    column = (page[0] - 2 * margin - GUTTER) / 2
    pdfs.PAGE = (column + 2 * margin, page[1])  # the tables as wide as a column allows
    frames = [Frame(margin + k * (column + GUTTER), 36, column, page[1] - 76, id=f"column {k}", leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0) for k in range(2)]

    def decorate(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(pdfs.BODY_FONT, 8)
        canvas.drawString(margin, page[1] - 22, "2026년 주요업무 보고")
        canvas.drawCentredString(page[0] / 2, 18, f"- {pdf.page} -")
        canvas.restoreState()

    doc = read_document(SAMPLE)
    body = pdfs.flowables(doc, ruling)
    templates = [PageTemplate("two columns", frames=frames, onPage=decorate)]
    if cover_page:
        contents = next(k for k, block in enumerate(doc.blocks) if block.text == "보고 순서")
        centred = [pdfs.Paragraph(pdfs.printed(block.text), pdfs.ParagraphStyle(
            f"cover {k}", parent=pdfs.HEADINGS[1] if block.text.endswith("보고") else pdfs.BODY, alignment=1,
            spaceAfter=24)) for k, block in enumerate(doc.blocks[:contents])]
        body = [*centred, NextPageTemplate("two columns"), PageBreak(),
                *pdfs.flowables(replace(doc, blocks=doc.blocks[contents:]), ruling)]
        templates.insert(0, PageTemplate("cover", frames=[Frame(margin, 36, page[0] - 2 * margin, page[1] - 76)]))
    pdf = BaseDocTemplate(str(target), pagesize=page, invariant=1, pageTemplates=templates)
    pdf.build(body)


@pytest.fixture(scope="module")
def text_records():
    return records_data(extract_file(SAMPLE), with_sources=False)


def records_of(target) -> dict:
    """The records read from the PDF, its cover's session, department and year and its budget's lines (each in its
    unit) asserted first, as what the columns read together lost."""
    report = extract_file(target)
    info = report.document
    assert (info.department, info.year, info.council_session) == ("총무과", 2026, "제315회 한빛구의회 제1차 정례회")
    data = records_data(report, with_sources=False)
    assert [(line["name"], line["budget_krw"]) for line in data["budget"]] == [
        ("계", 124_678_000_000), ("쾌적한 청사 관리", 3_904_000_000), ("인사·조직 운영", 1_512_000_000),
        ("직원 역량 강화", 812_000_000), ("인력운영비", 118_450_000_000)]
    return data


@pytest.mark.parametrize("ruling", ["grid", "open sides", "horizontal"])
def test_a_report_in_two_columns_reads_as_its_text(ruling, tmp_path, text_records):
    target = tmp_path / f"{SAMPLE.stem}.pdf"
    render(target, landscape(A4), ruling)
    data = records_of(target)
    assert [(project["title"], len(project["items"])) for project in data["projects"]] == [
        (project["title"], len(project["items"])) for project in text_records["projects"]]
    assert len(data["projects"]) == 3 and data["vehicles"][0]["printed_total"] == 31
    assert data["projects"][2]["items"][2]["children"][0]["text"] == "생성형 AI 활용 교육(4회): 3월~5월 / 24,000천원"
    assert data == text_records  # the records of the same report in markdown


NAMES = ["쾌적한 청사 관리 및 에너지 효율화 사업 추진", "공정하고 투명한 인사 운영 체계 마련",
         "직원 디지털 역량 강화 교육 운영", "구민 참여 예산 제도 운영 및 홍보", "민원 처리 기간 단축을 위한 업무 개선"]


@pytest.mark.parametrize("beside", ["figures", "notes"])
def test_a_table_whose_columns_leave_a_wide_blank_down_the_page_stays_a_table(beside, tmp_path):
    """A page in one column holding a table without rules whose two columns leave a wide blank between them all the
    way down (long names at the left, a figure or a short note at the right): the blank is no gutter, its rows
    stand side by side at one height, and the page reads row by row as before (each cell a line: a gap this wide
    parts no table's cells, a limit of its own), not the names' column and then the notes'."""
    pdfs = make_pdfs.__wrapped__()
    rows = [("사 업 명", "예산액" if beside == "figures" else "비 고")]
    rows += [(f"{NAMES[k % 5]} {k + 1}단계", f"{(k + 1) * 1_210:,}" if beside == "figures" else "추진 중")
             for k in range(30)]
    table = pdfs.Table([[pdfs.Paragraph(cell, pdfs.CELL if c else pdfs.BODY) for c, cell in enumerate(row)]
                        for row in rows], colWidths=[380, 380])
    target = tmp_path / "table.pdf"
    pdf = pdfs.SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=pdfs.MARGIN,
                                 rightMargin=pdfs.MARGIN, topMargin=40, bottomMargin=36, invariant=1)
    pdf.build([pdfs.Paragraph("□ 사업별 예산 현황", pdfs.BOX), table])
    read = [cell for block in read_document(target).blocks
            for cell in ([cell for row in block.rows for cell in row] if hasattr(block, "rows") else [block.text])]
    assert read == ["사업별 예산 현황", *(cell for row in rows for cell in row)]


def test_a_cover_page_in_one_column_before_pages_in_two(tmp_path, text_records):
    """The cover centred on a page of its own (crossing the middle: no columns), the body in two columns after it,
    where the budget table goes on from the foot of the left column to the top of the right, its header printed
    again there: one table, as over a page break, the rows after the break in the unit printed over the first part
    (`(단위: 백만원)`). Before the break was joined, the rows after it were a table of their own, no unit: 1,512원."""
    target = tmp_path / f"{SAMPLE.stem}.pdf"
    render(target, landscape(A4), "grid", cover_page=True)
    assert records_of(target) == text_records


TEXT = ("노후 청사의 냉난방 설비를 교체하고 에너지 사용량을 줄이기 위한 고효율 조명을 설치하며 구민이 이용하는 공간의 "
        "안전 점검을 분기마다 실시하여 사고를 예방한다")


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_table_of_labels_beside_texts_wrapped_over_lines_stays_a_table(valign, tmp_path):
    """A page in one column holding a table without rules of a wide label column beside texts each wrapped over three
    lines (`구 분 | 주 요 내 용`): each label stands level with a line of its text, though most of the texts' lines
    stand beside no label. Before, counted on the texts' side, the blank between the columns was a gutter and the page
    read as two columns: the labels, then the texts, no table."""
    pdfs = make_pdfs.__wrapped__()
    width = A4[0] - 2 * pdfs.MARGIN
    rows = [("구 분", "주 요 내 용"), *((name, TEXT) for name in NAMES)]
    table = pdfs.Table([[pdfs.Paragraph(cell, pdfs.BODY) for cell in row] for row in rows],
                       colWidths=[width * 0.4, width * 0.6])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), valign)])
    target = tmp_path / "table.pdf"
    pdf = pdfs.SimpleDocTemplate(str(target), pagesize=A4, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                                 topMargin=40, bottomMargin=36, invariant=1)
    pdf.build([pdfs.Paragraph("□ 주요 추진 내용", pdfs.BOX), table])
    (read,) = [block for block in read_document(target).blocks if hasattr(block, "rows")]
    assert read.rows == tuple(rows)


@pytest.mark.parametrize("bullets", [1, 2, 5])
def test_a_left_column_of_a_few_lines_over_a_table_beside_running_text_reads_column_by_column(bullets, tmp_path):
    """Two columns in one type, the left printing a heading, a few bullets a line apart and a ruled table, the right
    a heading and running text: the left column's lines stand level with the right's first lines, one under the
    other as the right's do, which makes no row of a table (each is beside the line right under the one the line
    above is beside). Read column by column: the left's heading, bullets, table and notes, then the right's."""
    pdfs = make_pdfs.__wrapped__()
    page = landscape(A4)
    column = (page[0] - 2 * pdfs.MARGIN - GUTTER) / 2
    frames = [Frame(pdfs.MARGIN + k * (column + GUTTER), 36, column, page[1] - 76, leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for k in range(2)]
    target = tmp_path / "columns.pdf"
    pdf = BaseDocTemplate(str(target), pagesize=page, invariant=1, pageTemplates=[PageTemplate("t", frames=frames)])
    table = pdfs.Table([[pdfs.Paragraph(cell, pdfs.BODY) for cell in row] for row in [
        ("구 분", "예산액", "집행액"), *((f"사업 {k}", f"{k},000", f"{k}00") for k in range(1, 12))]],
        colWidths=[column / 2, column / 4, column / 4])
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    pdf.build([pdfs.Paragraph("□ 일반 현황", pdfs.BOX),
               *(pdfs.Paragraph(f"○ {TEXT} {k + 1}", pdfs.BODY) for k in range(bullets)), table,
               pdfs.Paragraph("※ 비고 1", pdfs.BODY), pdfs.Paragraph("※ 비고 2", pdfs.BODY), FrameBreak(),
               pdfs.Paragraph("□ 주요 업무 추진 실적", pdfs.BOX),
               *(pdfs.Paragraph(f"○ {TEXT} {TEXT} 오른쪽 {k + 1}", pdfs.BODY) for k in range(8))])
    read = [block.rows[0] if hasattr(block, "rows") else block.text for block in read_document(target).blocks]
    assert read == ["일반 현황", *(f"{TEXT} {k + 1}" for k in range(bullets)), ("구 분", "예산액", "집행액"),
                    "비고 1", "비고 2", "주요 업무 추진 실적", *(f"{TEXT} {TEXT} 오른쪽 {k + 1}" for k in range(8))]
