"""Pages in two columns of wrapped text (bullets and paragraphs, reportlab's `BaseDocTemplate`, two `Frame`s a page,
no hanging indent: a bullet's lines all start at its column's left), read column by column: the left column top to
bottom, then the right, each bullet one block with its wrapped lines. Also where the columns' lines stand level
with each other (one type and leading) and where the right column starts lower, its heading set lower down: before,
both were read line by line across the page, the columns' lines run together (`○ 청사 시설물 … ○ 직원 역량 …`).
So are columns of short bullets, a heading over each. Where both columns print running text, no line of either printing
two cells apart, it takes text on both sides whose paragraphs part at one height each side, as a table's rows do, and
no heading on both sides, to make a table of texts wrapped in their cells (`추진 내용 | 향후 계획` without rules) out
of it: that stays a table."""

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer

from pipeline.document import Bullet, Heading, Table
from pipeline.read import read_document
from tests.layouts import make_pdfs

FONTS = ("HYSMyeongJo-Medium", "HYGothic-Medium")
for _font in FONTS:
    pdfmetrics.registerFont(UnicodeCIDFont(_font))

LEFT = ("청사 시설물 안전점검을 분기마다 실시하여 노후 설비를 교체하고 민원인 편의시설을 개선하였다",
        "청사 에너지 절감을 위해 조명을 엘이디로 교체하고 냉난방 운영 시간을 조정하였다",
        "주차장 이용 질서를 바로잡기 위해 방문 차량 안내 인력을 배치하였다")
RIGHT = ("직원 역량 강화를 위해 직무 교육과정을 운영하고 외부 전문기관 위탁 교육을 확대하였다",
         "정보보안 점검을 매월 실시하여 개인정보 유출 사고를 예방하였다",
         "기록물 정리를 위해 문서고를 정비하고 전자기록 이관을 마쳤다")
READ = [(Heading, "1. 청사 관리"), *((Bullet, text) for text in LEFT), (Heading, "2. 인사 관리"),
        *((Bullet, text) for text in RIGHT)]


def _render(target, font: str, size: float, gutter: float, lower: float, leading: float = 1.5,
            justified: bool = False, page=A4, left: tuple[str, ...] = LEFT, right: tuple[str, ...] = RIGHT) -> None:
    """A heading and its bullets in each column, `gutter` points apart, the right column's heading `lower`
    points below the left's; each bullet's lines `leading` type sizes apart, half a type size between bullets."""
    margin = 50
    column = (page[0] - 2 * margin - gutter) / 2
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * leading, spaceAfter=size / 2,
                          alignment=4 if justified else 0)
    heading = ParagraphStyle("heading", fontName=font, fontSize=size + 5, leading=(size + 5) * 1.4)
    frames = [Frame(margin + k * (column + gutter), 50, column, page[1] - 100, leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0) for k in range(2)]
    story = [Paragraph("1. 청사 관리", heading), *(Paragraph(f"○ {text}", body) for text in left), FrameBreak(),
             *([Spacer(1, lower)] if lower else []), Paragraph("2. 인사 관리", heading),
             *(Paragraph(f"○ {text}", body) for text in right)]
    BaseDocTemplate(str(target), pagesize=page, invariant=1,
                    pageTemplates=[PageTemplate("two columns", frames=frames)]).build(story)


def _read(target) -> list[tuple[type, str]]:
    return [(type(block), block.text) for block in read_document(target).blocks]


@pytest.mark.parametrize("lower", [0, 40, 90], ids=["level", "right lower", "right far lower"])
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("gutter", [10, 24])
@pytest.mark.parametrize("leading", [1.3, 1.6])
def test_two_columns_of_wrapped_bullets_read_column_by_column(lower, font, size, gutter, leading, tmp_path):
    target = tmp_path / "columns.pdf"
    _render(target, font, size, gutter, lower, leading)
    assert _read(target) == READ


@pytest.mark.parametrize(("font", "size"), [(FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("gutter", [5, 8, 12])
@pytest.mark.parametrize("lower", [0, 40])
def test_justified_columns_a_few_points_apart_read_column_by_column(font, size, gutter, lower, tmp_path):
    """Justified text whose columns stand no further apart than half a type size (a blank the ragged ends of the
    lines widen: a line ends where its last word does)."""
    target = tmp_path / "columns.pdf"
    _render(target, font, size, gutter, lower, justified=True)
    assert _read(target) == READ


SHORT_LEFT = ("청사 시설물 안전점검", "노후 설비 교체", "민원인 편의시설 개선", "주차장 질서 확립")
SHORT_RIGHT = ("직무 교육과정 운영", "정보보안 점검", "기록물 정리", "전자기록 이관")


@pytest.mark.parametrize("lower", [0, 40], ids=["level", "right lower"])
@pytest.mark.parametrize(("font", "size"), [(FONTS[0], 9), (FONTS[1], 10), (FONTS[0], 11)])
@pytest.mark.parametrize("gutter", [10, 24])
def test_two_columns_of_short_bullets_under_a_heading_each_read_column_by_column(lower, font, size, gutter, tmp_path):
    """Bullets of a line each, no running text: a heading on each side tells the columns from a table's rows."""
    target = tmp_path / "columns.pdf"
    _render(target, font, size, gutter, lower, left=SHORT_LEFT, right=SHORT_RIGHT)
    assert _read(target) == [(Heading, "1. 청사 관리"), *((Bullet, text) for text in SHORT_LEFT),
                             (Heading, "2. 인사 관리"), *((Bullet, text) for text in SHORT_RIGHT)]


def test_two_columns_on_a_landscape_page_read_column_by_column(tmp_path):
    target = tmp_path / "columns.pdf"
    _render(target, FONTS[0], 11, 24, 0, page=landscape(A4))
    assert _read(target) == READ


TEXT = ("노후 청사의 냉난방 설비를 교체하고 에너지 사용량을 줄이기 위한 고효율 조명을 설치하며 구민이 이용하는 공간의 "
        "안전 점검을 분기마다 실시하여 사고를 예방한다")


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE"])
@pytest.mark.parametrize("shift", [1, 2])
def test_a_table_of_two_columns_of_wrapped_texts_without_rules_stays_a_table(valign, shift, tmp_path):
    """Texts wrapped over two or three lines in both columns of a table without rules, its rows padded: running text
    each side, in one type, each row's texts parted from the next row's at one height, no heading either side: its
    first row's texts side by side, as before."""
    pdfs = make_pdfs.__wrapped__()
    width = A4[0] - 2 * pdfs.MARGIN
    rows = [("추진 내용", "향후 계획"), *((f"{k}. {TEXT[:40 + 25 * (k % 3)]}",
                                      f"{k}) {TEXT[:30 + 30 * ((k + shift) % 3)]}") for k in range(1, 7))]
    table = pdfs.Table([[pdfs.Paragraph(cell, pdfs.BODY) for cell in row] for row in rows],
                       colWidths=[width / 2, width / 2])
    table.setStyle([("VALIGN", (0, 0), (-1, -1), valign)])
    target = tmp_path / "table.pdf"
    pdfs.SimpleDocTemplate(str(target), pagesize=A4, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN, topMargin=40,
                           bottomMargin=36, invariant=1).build([pdfs.Paragraph("□ 주요 추진 내용", pdfs.BOX), table])
    tables = [block for block in read_document(target).blocks if isinstance(block, Table)]
    assert tables and tables[0].rows[0] == rows[0]
    assert tables[0].rows[1][0].startswith("1. ") and tables[0].rows[1][1].startswith("1) ")  # side by side
