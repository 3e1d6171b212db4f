"""A department's report drawn as a PDF exported from HWP prints one (branch hunt74): `푸른도시과` 2025, a cover page,
then upright pages under the department's name and a rule, `- n -` at their foot; a landscape page for the budget;
ruled tables whose header and total labels are merged across two columns (`구 분`, `계`), whose 직렬 and 단위사업
labels are merged down over two or three rows, whose 세부사업 wrap onto two lines in their cells, figures set right
(`△1`); the budget's two header rows (`예산액` merged down, `집 행 현 황` across 집행액 and 집행률); the budget split by
a page break with its header printed again, also inside a merged 단위사업 (its label printed in the first part only,
or again in the second, as HWP may), its columns wide or narrow; the staffing split so too; items `□`, `○`, `-` and
`※` with hanging indents. Its text twin is `TWIN`.
Two errors planted: the budget's 계 예산액 9,854,200 where its lines make 9,845,200; 산림 병해충 방제's 집행률 46.0
where 311,490 ÷ 486,700 is 64.0%.
What was read wrong before: every row of a PDF's table that goes on over a page break was said to be on the page
the table starts on (the 집행률 finding of a row atop page 4 at `p.3`), in records, findings and search lines; in
narrow cells, a name wrapped at its space over a word that would fit a line lost the space (`공원 조성및 관리`); the
staffing split after its 계, the part above a column fewer (`구 분` and `계` merged across 직렬 and 직급), was two
tables, the second with no date or unit."""

from pathlib import Path
from typing import NamedTuple

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from checks import run_checks
from pipeline.document import Table as GridTable
from pipeline.document import add_table
from pipeline.extract import extract_file
from schemas.common import Source
from schemas.tables import GenericTable
from tests.layouts import make_pdfs, records_but_the_document

BODY_FONT, HEAD_FONT = make_pdfs().BODY_FONT, make_pdfs().HEAD_FONT  # the CID fonts, registered there

# a line a PDF wraps under its marker, its second line hanging under its text
PURPOSE = ("목 적: 산업단지에서 발생하는 미세먼지가 주거지역으로 확산되는 것을 막기 위하여 경계부에 차단숲을 "
           "조성하고 주민 생활환경을 개선하고자 함")
TWIN = """\
제263회 한빛구의회 제1차 정례회

2025. 6. 10. ~ 6. 24.

2025년 주요업무 보고

푸 른 도 시 과

Ⅰ. 일반현황

1. 조 직 : 3팀 (공원관리팀, 녹지조성팀, 도시숲팀)

2. 인 력

(2025. 5. 31. 기준, 단위: 명)

구 분		정 원	현 원	과부족	비 고
계		21	20	△1
행정직	6급	2	2	-
	7급	3	4	1
	8·9급	4	3	△1
녹지직	6급	3	3	-
	7급	5	4	△1	육아휴직 1
공무직		4	4	-	공원관리원

3. 공용차량

(단위: 대)

구 분	계	승 용	승 합	화 물	특 수
계	9	2	1	4	2
관 용	7	1	1	3	2
임 차	2	1	-	1	-

4. 예산현황

(단위: 천원, 5.31.기준)

단위사업	세부사업	예산액	집행액	집행률(%)
계		9,854,200	4,017,530	40.8
공원 조성 및 관리	근린공원 시설물 정비 및 노후 놀이시설 교체	2,350,000	1,128,400	48.0
	소공원 및 어린이공원 유지관리	1,420,500	702,300	49.4
	공원 화장실 및 편의시설 운영	618,000	265,740	43.0
녹지 조성	가로녹지 및 띠녹지 조성	1,870,000	498,200	26.6
	학교 및 공공기관 옥상녹화 지원	412,000	86,520	21.0
도시숲 관리	미세먼지 차단숲 조성	1,560,000	612,880	39.3
	산림 병해충 방제 및 산불 예방	486,700	311,490	46.0
행정운영경비	인력운영비	1,050,000	401,000	38.2
	기본경비	78,000	11,000	14.1

※ 집행률 = 집행액 ÷ 예산액 × 100

Ⅱ. 주요업무 추진실적

1. 미세먼지 차단숲 조성 (도시숲팀)

□ 사업개요
  ○ {PURPOSE}
  ○ 기 간: 2025. 1. ~ 12.
  ○ 위 치: 한빛산업단지 경계부 일원 (L=1.2km)
  ○ 사업비: 1,560,000천원 (시비 780,000, 구비 780,000)

□ 추진실적
  ○ 실시설계 용역 완료: 3월 / 48,000천원
  ○ 수목 식재 공사 착공: 5월
    - 교목 1,200주, 관목 8,500주 식재 중

□ 향후계획
  ○ 식재 공사 준공: 10월
  ○ 주민 참여 나무심기 행사: 11월
※ 준공 후 3년간 하자보수 관리

2. 어린이공원 놀이시설 교체 (공원관리팀)

□ 사업개요
  ○ 기 간: 2025. 3. ~ 11.
  ○ 대 상: 어린이공원 6개소 노후 놀이시설
  ○ 사업비: 620,000천원 (구비)

□ 추진실적
  ○ 주민 의견 수렴 및 설계: 3월~4월
  ○ 1차 교체 공사 완료(2개소): 5월 / 180,000천원

□ 향후계획
  ○ 2차 교체 공사(4개소): 7월~10월
  ○ 안전검사 및 개방: 11월
""".replace("{PURPOSE}", PURPOSE)

DEPARTMENT = "푸른도시과"
TEXT = ParagraphStyle("text", fontName=BODY_FONT, fontSize=11, leading=17)
COVER = ParagraphStyle("cover", parent=TEXT, fontName=HEAD_FONT, fontSize=14, leading=24, alignment=1)
TITLE = ParagraphStyle("title", parent=COVER, fontSize=22, leading=34)
PART = ParagraphStyle("part", parent=TEXT, fontName=HEAD_FONT, fontSize=15, leading=24, spaceBefore=6, spaceAfter=4)
SECTION = ParagraphStyle("section", parent=TEXT, fontName=HEAD_FONT, fontSize=12.5, leading=20, spaceBefore=6)
BOX = ParagraphStyle("box", parent=TEXT, fontName=HEAD_FONT, fontSize=12, leading=19, spaceBefore=5,
                     leftIndent=14, firstLineIndent=-14)
UNIT = ParagraphStyle("unit", parent=TEXT, fontSize=9, leading=12, alignment=2)
CELL = ParagraphStyle("cell", fontName=BODY_FONT, fontSize=9.5, leading=12)
CENTRE = ParagraphStyle("centre", parent=CELL, alignment=1)
FIGURE = ParagraphStyle("figure", parent=CELL, alignment=2)


def item(level: int) -> ParagraphStyle:
    """A bullet of a level, its lines hanging under its text (the marker out at the left)."""
    left = {"○": 26, "-": 44, "※": 14}[level]
    return ParagraphStyle(f"item {level}", parent=TEXT, leftIndent=left, firstLineIndent=-13)


def ruled(rows, widths, header_rows: int, figures_from: int, spans, left_labels=()):
    data = [[Paragraph(c, CELL if (r, k) in left_labels else CENTRE if r < header_rows or k < figures_from else FIGURE)
             for k, c in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=header_rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
                               ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, colors.black),
                               ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.88, 0.88, 0.88)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               *(("SPAN", a, b) for a, b in spans)]))
    return table


STAFF = [["구 분", "", "정 원", "현 원", "과부족", "비 고"],
         ["계", "", "21", "20", "△1", ""],
         ["행정직", "6급", "2", "2", "-", ""],
         ["", "7급", "3", "4", "1", ""],
         ["", "8ㆍ9급", "4", "3", "△1", ""],
         ["녹지직", "6급", "3", "3", "-", ""],
         ["", "7급", "5", "4", "△1", "육아휴직 1"],
         ["공무직", "", "4", "4", "-", "공원관리원"]]
FLEET = [["구 분", "계", "승 용", "승 합", "화 물", "특 수"],
         ["계", "9", "2", "1", "4", "2"],
         ["관 용", "7", "1", "1", "3", "2"],
         ["임 차", "2", "1", "-", "1", "-"]]
BUDGET = [["구 분", "", "예산액", "집 행 현 황", ""], ["단위사업", "세부사업", "", "집행액", "집행률(%)"],
          ["계", "", "9,854,200", "4,017,530", "40.8"],
          ["공원 조성 및 관리", "근린공원 시설물 정비 및 노후 놀이시설 교체", "2,350,000", "1,128,400", "48.0"],
          ["", "소공원 및 어린이공원 유지관리", "1,420,500", "702,300", "49.4"],
          ["", "공원 화장실 및 편의시설 운영", "618,000", "265,740", "43.0"],
          ["녹지 조성", "가로녹지 및 띠녹지 조성", "1,870,000", "498,200", "26.6"],
          ["", "학교 및 공공기관 옥상녹화 지원", "412,000", "86,520", "21.0"],
          ["도시숲 관리", "미세먼지 차단숲 조성", "1,560,000", "612,880", "39.3"],
          ["", "산림 병해충 방제 및 산불 예방", "486,700", "311,490", "46.0"],
          ["행정운영경비", "인력운영비", "1,050,000", "401,000", "38.2"],
          ["", "기본경비", "78,000", "11,000", "14.1"]]


class Drawn(NamedTuple):
    """A table as drawn: its rows, header rows, the header's merged cells, each body label's rows (merged across
    the first two columns, or down the first), its columns' widths, where its figures start and whether its second
    column's body cells are names set at the left."""

    rows: list[list[str]]
    header_rows: int
    header_spans: list[tuple]
    groups: list[tuple[int, int, bool]]
    widths: list[float]
    figures_from: int = 2
    names_left: bool = False


STAFFING = Drawn(STAFF, 1, [((0, 0), (1, 0))], [(1, 1, True), (2, 4, False), (5, 6, False), (7, 7, True)],
                 [60, 60, 70, 70, 70, 110])


def budget(widths: list[float]) -> Drawn:
    return Drawn(BUDGET, 2, [((0, 0), (1, 0)), ((2, 0), (2, 1)), ((3, 0), (4, 0))],
                 [(2, 2, True), (3, 5, False), (6, 7, False), (8, 9, False), (10, 11, False)], widths, names_left=True)


def table_part(drawn: Drawn, first: int, last: int):
    """Body rows first..last of a table under its header, the merged labels cut at the part's ends."""
    n = drawn.header_rows
    part = drawn.rows[:n] + [list(row) for row in drawn.rows[first:last + 1]]
    spans = list(drawn.header_spans)
    for top, bottom, across in drawn.groups:
        top, bottom = max(top, first) - first + n, min(bottom, last) - first + n
        if top <= bottom and (across or bottom > top):
            spans.append(((0, top), (1 if across else 0, bottom)))
    names = {(r, 1) for r in range(n, len(part))} if drawn.names_left else set()
    return ruled(part, drawn.widths, n, drawn.figures_from, spans, left_labels=names)


def table_parts(drawn: Drawn, split_after: int, repeat_label: bool = False) -> list:
    """A table, or its two parts over a page break as HWP splits a table, inside a merged cell too: the label
    printed in the first part only, or again in the second (`repeat_label`)."""
    if not split_after:
        return [table_part(drawn, drawn.header_rows, len(drawn.rows) - 1)]
    second = table_part(drawn, split_after + 1, len(drawn.rows) - 1)
    if repeat_label:
        label = next(drawn.rows[top][0] for top, bottom, _ in drawn.groups if top <= split_after + 1 <= bottom)
        second._cellvalues[drawn.header_rows][0] = Paragraph(label, CENTRE)
    return [table_part(drawn, drawn.header_rows, split_after), PageBreak(), second]


def projects_story():
    """The twin's projects as the PDF draws them, a paragraph a line."""
    out = []
    for line in TWIN.split("Ⅱ. 주요업무 추진실적", 1)[1].splitlines():
        text = line.strip()
        if not text:
            continue
        if text[0].isdigit():
            out.append(Paragraph(text, SECTION))
        elif text.startswith("□"):
            out.append(Paragraph(text, BOX))
        else:
            out.append(Paragraph(text, item(text[0])))
    return out


WIDE = [120, 150, 110, 110, 80]  # the budget's columns: its names on a line or two
NARROW = [50, 90, 70, 70, 40]  # 단위사업 and 세부사업 wrapped at their spaces, some lines filling their cells


def draw(target: Path, split_after: int = 0, repeat_label: bool = False, widths: list[float] = WIDE,
         staffing_split_after: int = 0) -> None:
    """The report as a PDF; `split_after`, `staffing_split_after`: the budget's or the staffing's row a page break
    follows (0: none)."""
    def furniture(canvas, doc) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFont(BODY_FONT, 9)
        if doc.page > 1:
            canvas.drawRightString(width - 50, height - 34, DEPARTMENT)
            canvas.setLineWidth(0.6)
            canvas.line(50, height - 38, width - 50, height - 38)
        canvas.drawCentredString(width / 2, 28, f"- {doc.page} -")
        canvas.restoreState()

    doc = BaseDocTemplate(str(target), pagesize=A4, invariant=1, title=DEPARTMENT)
    portrait, wide = A4, landscape(A4)
    doc.addPageTemplates([PageTemplate("portrait", [Frame(50, 50, portrait[0] - 100, portrait[1] - 100)],
                                       onPage=furniture, pagesize=portrait),
                          PageTemplate("landscape", [Frame(50, 50, wide[0] - 100, wide[1] - 100)],
                                       onPage=furniture, pagesize=wide)])
    story = [Spacer(1, 120), Paragraph("제263회 한빛구의회 제1차 정례회", COVER),
             Paragraph("2025. 6. 10. ~ 6. 24.", COVER), Spacer(1, 60), Paragraph("2025년 주요업무 보고", TITLE),
             Spacer(1, 120), Paragraph("푸 른 도 시 과", TITLE),
             PageBreak(),
             Paragraph("Ⅰ. 일반현황", PART),
             Paragraph("1. 조 직 : 3팀 (공원관리팀, 녹지조성팀, 도시숲팀)", SECTION),
             Paragraph("2. 인 력", SECTION),
             Paragraph("(2025. 5. 31. 기준, 단위: 명)", UNIT),
             *table_parts(STAFFING, staffing_split_after),
             Spacer(1, 8),
             Paragraph("3. 공용차량", SECTION),
             Paragraph("(단위: 대)", UNIT),
             ruled(FLEET, [80, 70, 70, 70, 70, 70], 1, 1, []),
             NextPageTemplate("landscape"), PageBreak(),
             Paragraph("4. 예산현황", SECTION),
             Spacer(1, 250),
             Paragraph("(단위: 천원, 5.31.기준)", UNIT),
             *table_parts(budget(widths), split_after, repeat_label),
             Paragraph("※ 집행률 = 집행액 ÷ 예산액 × 100", item("※")),
             NextPageTemplate("portrait"), PageBreak(),
             Paragraph("Ⅱ. 주요업무 추진실적", PART), *projects_story()]
    doc.build(story)


PLANTED = [("sum.budget", "계", "예산액", "9,845,200천원", "9,854,200천원", 3),
           ("rate", "산림 병해충 방제 및 산불 예방", "집행률(%)", "64.0", "46.0", 3)]


def findings(report) -> list[tuple]:
    return [(f.rule, f.row, f.column, f.expected, f.actual, f.source.page) for f in run_checks(report)]


def twin_report(folder: Path):
    (folder / "2025-hanbit-pureundosi.txt").write_text(TWIN, encoding="utf-8")
    return extract_file(folder / "2025-hanbit-pureundosi.txt")


def pdf_report(tmp_path, split_after: int = 0, repeat_label: bool = False, widths: list[float] = WIDE,
               staffing_split_after: int = 0):
    target = tmp_path / "2025-hanbit-pureundosi.pdf"
    draw(target, split_after, repeat_label, widths, staffing_split_after)
    return extract_file(target)


def test_the_twin_finds_the_two_planted_errors(tmp_path):
    assert [key[:5] for key in findings(twin_report(tmp_path))] == [key[:5] for key in PLANTED]


@pytest.mark.parametrize(("split_after", "repeat_label", "widths"), [
    (0, False, WIDE), (4, False, WIDE), (5, True, WIDE), (8, False, WIDE), (8, True, WIDE), (10, False, WIDE),
    (0, False, NARROW), (8, False, NARROW)])
def test_the_pdf_reads_as_its_twin(tmp_path, split_after, repeat_label, widths):
    """The budget whole on its page, or split by a page break inside a merged 단위사업, its columns wide or narrow:
    the same records."""
    report = pdf_report(tmp_path, split_after, repeat_label, widths)
    assert records_but_the_document(report) == records_but_the_document(twin_report(tmp_path))
    assert {key[:5] for key in findings(report)} == {key[:5] for key in PLANTED}


@pytest.mark.parametrize("split_after", [1, 3, 6])
def test_the_staffing_over_a_page_break_a_column_fewer_on_one_side(tmp_path, split_after):
    """The staffing split after its 계 (the part above a column fewer: `구 분` and `계` merged across 직렬 and
    직급, no rule between them), inside 행정직, or before 공무직 (the part below a column fewer)."""
    # before (1 and 6): two tables, the part a column fewer one of its own: no as-of date, no unit, a second table
    report = pdf_report(tmp_path, staffing_split_after=split_after)
    assert records_but_the_document(report) == records_but_the_document(twin_report(tmp_path))
    grid = [("행정", "6급"), ("행정", "7급"), ("행정", "8·9급"), ("녹지", "6급"), ("녹지", "7급"), ("공무직", "계")]
    assert [(s.job_class, s.grade, s.source.page) for s in report.staffing if s.status == "정원"] == [
        ("계", "계", 2), *[(job, grade, 2 if k < split_after else 3) for k, (job, grade) in enumerate(grid, 1)]]


def test_the_records_of_merged_and_wrapped_cells(tmp_path):
    report = pdf_report(tmp_path)
    assert (report.document.department, report.document.year) == ("푸른도시과", 2025)
    assert [(s.job_class, s.grade, s.headcount) for s in report.staffing if s.status == "과부족"] == [
        ("계", "계", -1), ("행정", "6급", 0), ("행정", "7급", 1), ("행정", "8·9급", -1), ("녹지", "6급", 0),
        ("녹지", "7급", -1), ("공무직", "계", 0)]
    assert {str(s.as_of) for s in report.staffing} == {"2025-05-31"}
    [fleet] = report.vehicles
    assert [(c.category, c.kind, c.count) for c in fleet.counts if c.count] == [
        ("계", "계", 9), ("계", "승용", 2), ("계", "승합", 1), ("계", "화물", 4), ("계", "특수", 2),
        ("관용", "소계", 7), ("관용", "승용", 1), ("관용", "승합", 1), ("관용", "화물", 3), ("관용", "특수", 2),
        ("임차", "소계", 2), ("임차", "승용", 1), ("임차", "화물", 1)]
    assert [(b.parent, b.name, b.budget_krw, b.executed_krw, b.rate_text) for b in report.budget[:3]] == [
        (None, "계", 9_854_200_000, 4_017_530_000, "40.8"),
        ("공원 조성 및 관리", "근린공원 시설물 정비 및 노후 놀이시설 교체", 2_350_000_000, 1_128_400_000, "48.0"),
        ("공원 조성 및 관리", "소공원 및 어린이공원 유지관리", 1_420_500_000, 702_300_000, "49.4")]
    assert [(p.title, p.team) for p in report.projects] == [("미세먼지 차단숲 조성", "도시숲팀"),
                                                            ("어린이공원 놀이시설 교체", "공원관리팀")]


def test_rows_over_a_page_break_are_on_their_own_page(tmp_path):
    # before: every budget line on page 3, the rate's finding at p.3
    report = pdf_report(tmp_path, split_after=8)
    assert [(b.name, b.source.page) for b in report.budget] == [
        ("계", 3), ("근린공원 시설물 정비 및 노후 놀이시설 교체", 3), ("소공원 및 어린이공원 유지관리", 3),
        ("공원 화장실 및 편의시설 운영", 3), ("가로녹지 및 띠녹지 조성", 3), ("학교 및 공공기관 옥상녹화 지원", 3),
        ("미세먼지 차단숲 조성", 3), ("산림 병해충 방제 및 산불 예방", 4), ("인력운영비", 4), ("기본경비", 4)]
    assert findings(report) == [PLANTED[0], (*PLANTED[1][:5], 4)]
    assert {s.source.page for s in report.staffing} == {2}


def test_names_wrapped_at_their_spaces_keep_them(tmp_path):
    """A full line over a word that would fit a line of its cell, in a report whose cells wrap by words, was
    broken at a space; the part of the table atop the next page is read so too, too short to show how it wraps."""
    # before: `공원 조성및 관리`, `산림 병해충 방제및 산불 예방` (atop page 4)
    report = pdf_report(tmp_path, split_after=8, widths=NARROW)  # taller rows: the table runs over three pages
    assert [(b.parent, b.name, b.source.page) for b in report.budget[1:]] == [
        ("공원 조성 및 관리", "근린공원 시설물 정비 및 노후 놀이시설 교체", 3),
        ("공원 조성 및 관리", "소공원 및 어린이공원 유지관리", 3),
        ("공원 조성 및 관리", "공원 화장실 및 편의시설 운영", 3),
        ("녹지 조성", "가로녹지 및 띠녹지 조성", 4), ("녹지 조성", "학교 및 공공기관 옥상녹화 지원", 4),
        ("도시숲 관리", "미세먼지 차단숲 조성", 4), ("도시숲 관리", "산림 병해충 방제 및 산불 예방", 5),
        ("행정운영경비", "인력운영비", 5), ("행정운영경비", "기본경비", 5)]  # `행정운영` over `경비`: one word


def test_a_table_joined_over_a_page_break_keeps_each_rows_page():
    blocks = [GridTable((("구 분", "계"), ("가", "1")), page=3)]
    add_table(blocks, GridTable((("구 분", "계"), ("나", "2"), ("다", "3")), page=4), over_page_break=True)
    [table] = blocks
    assert table.rows == (("구 분", "계"), ("가", "1"), ("나", "2"), ("다", "3"))
    assert [table.row_page(row) for row in range(4)] == [3, 3, 4, 4]
    assert [table.row_line(row) for row in range(4)] == [None] * 4
    text = [GridTable((("구 분", "계"), ("가", "1")), line=10)]
    add_table(text, GridTable((("구 분", "계"), ("나", "2")), line=20), over_page_break=True)
    assert (text[0].row_pages, [text[0].row_line(row) for row in range(3)]) == (None, [10, 11, 21])


def test_a_generic_tables_row_names_its_page():
    table = GenericTable(rows=[["구 분", "계"], ["가", "1"], ["나", "2"]], row_lines=[], row_pages=[3, 3, 4],
                         source=Source(page=3))
    assert [table.row_source(row) for row in range(3)] == [Source(page=3), Source(page=3), Source(page=4)]
    assert GenericTable(rows=[["가", "1"]], row_lines=[7], source=Source(line=7)).row_source(0) == Source(line=7)
