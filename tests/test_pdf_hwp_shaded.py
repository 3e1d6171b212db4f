"""Tables as HWP prints them on a portrait page: no rules, the header shaded, labels centred in their cells and
wrapped in narrow columns (a syllable a line: `총` over `계`), each cell's lines centred on its row."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from pipeline.document import Paragraph as TextParagraph
from pipeline.document import Table as TextTable
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import make_pdfs

SHADE = colors.Color(0.85, 0.85, 0.85)  # HWP's grey behind a header's cells

VEHICLES = """# Ⅰ. 일반현황

### 3 주요시설 및 장비

#### □ 공용차량 - 총236대 (정수 236)

(단위: 대)

총 계\t승 용\t\t\t\t승 합\t\t\t\t화 물\t\t\t\t특수차\t\t\t임시 소 계\t
\t소 계\t소형· 다목적\t중형\t대형\t소 계\t소형\t중형\t대형\t소 계\t소형\t중형\t대형\t소 계\t청소차\t구급차\t\t기타
236\t65\t17\t46\t2\t28\t0\t28\t0\t78\t55\t17\t6\t41\t27\t1\t13\t24

## 4 예산현황
"""


def _render_as_hwp(source, target) -> None:
    """`source` on portrait A4 pages in 11 pt, titles (`□ …`) in 12, its tables as HWP prints them: 9 pt cells on
    11 pt lines, no rules, the header's rows shaded and their labels centred (a group label merged over the labels
    it heads), each column as wide as its longest word, the rest of the page's width shared out as its longer
    cells need, each cell's lines centred on its row."""
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE, pdfs.MARGIN = A4, 56  # the columns' room
    for style, (size, leading) in ((pdfs.CELL, (9, 11)), (pdfs.HEADER_CELL, (9, 11)), (pdfs.BODY, (11, 16)),
                                   (pdfs.TEXT, (11, 16)), (pdfs.BOX, (12, 17)), (pdfs.HEADINGS[4], (12, 17))):
        style.fontSize, style.leading = size, leading

    def shaded_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        header = pdfs.header_row_count(rows)
        table = Table([[Paragraph(pdfs.printed(cell), pdfs.HEADER_CELL if r < header else pdfs.CELL) for cell in row]
                       for r, row in enumerate(rows)], colWidths=pdfs.column_widths(rows), repeatRows=header)
        merged = [span for span in pdfs.spans(rows, header) if span[1][1] < header]  # across the header alone
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, header - 1), SHADE), *merged]))
        return table

    pdfs.ruled_table = shaded_table
    pdf = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=50,
                            invariant=1)
    pdf.build(pdfs.flowables(read_document(source), "none"))


def _read(text: str, tmp_path):
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    _render_as_hwp(source, target)
    return source, target


def test_a_shaded_header_whose_labels_wrap_a_syllable_a_line_heads_its_vehicles(tmp_path):
    """`총` over `계` down the first narrow column, `소` over `계` under each group: before, `총` above the header's
    first line was read as a paragraph and the header's lines apart, `계 | 소 | 소형·` over `중형 | 대형` over
    `| 계 | 다목적`, so no vehicles were read."""
    source, target = _read(VEHICLES, tmp_path)
    blocks = read_document(target).blocks
    assert "총" not in [block.text for block in blocks if isinstance(block, TextParagraph)]
    (table,) = [block for block in blocks if isinstance(block, TextTable)]
    assert table.rows[:2] == (
        ("총 계", "승 용", "", "", "", "승 합", "", "", "", "화 물", "", "", "", "특수차", "", "", "임시 소 계", ""),
        ("", "소 계", "소형· 다목적", "중형", "대형", "소 계", "소형", "중형", "대형", "소 계", "소형", "중형", "대형",
         "소 계", "청소차", "구급차", "", "기타"))
    (fleet,) = extract_file(target).vehicles
    assert [(count.category, count.kind, count.count) for count in fleet.counts] == [
        ("계", "계", 236), ("승용", "소계", 65), ("승용", "소형·다목적", 17), ("승용", "중형", 46),
        ("승용", "대형", 2), ("승합", "소계", 28), ("승합", "소형", 0), ("승합", "중형", 28), ("승합", "대형", 0),
        ("화물", "소계", 78), ("화물", "소형", 55), ("화물", "중형", 17), ("화물", "대형", 6), ("특수차", "소계", 41),
        ("특수차", "청소차", 27), ("특수차", "구급차", 1), ("특수차", "기타", 13), ("임시", "소계", 24)]
    assert fleet.repair_note == extract_file(source).vehicles[0].repair_note  # the text's own header, no worse


ROOMS_BELOW_STAFF = """# Ⅰ. 일반현황

## 2 인 력

구 분\t계\t일 반 직\t\t\t\t\t관 리 운 영 직\t\t\t
\t\t5급\t6급\t7급\t8급\t9급\t6급\t7급\t8급\t9급
정 원\t50\t1\t6\t19\t6\t13\t-\t-\t-\t-
현 원\t51\t1\t13\t20\t10\t2\t1\t-\t-\t-
과부족\t1\t-\t7\t1\t4\t△11\t1\t-\t-\t-

#### □ 정보화교육장

구 분\t명 칭\t현 황\t비 고
시 설\t정보화교육장(1개소)\t· 평생스마트교육장(대림3동)\t전산운영팀

## 4 예산현황

청사 시설물을 안전하고 쾌적하게 유지·관리하고 공간을 효율적으로 조성하여 더 좋은 행정서비스를 제공하고자 함

직원 업무 환경을 개선하여 근무 만족도를 높이고 효율적인 업무 처리를 지원하고자 함
"""


def test_a_table_of_words_under_a_title_right_below_another_table_is_a_table(tmp_path):
    """`□ 정보화교육장` in 12 pt between the staffing's last row and a table of words of two rows, in 9: before,
    the title was taken for a line of a cell between two rows, the tables one, and the rooms were read as a
    paragraph (`구 분 명 칭 현 황 비 고 시 설 정보화교육장(1개소) …`)."""
    source, target = _read(ROOMS_BELOW_STAFF, tmp_path)
    tables = [block for block in read_document(target).blocks if isinstance(block, TextTable)]
    assert [table.rows for table in tables] == [
        block.rows for block in read_document(source).blocks if isinstance(block, TextTable)]
    assert tables[1].rows == (("구 분", "명 칭", "현 황", "비 고"),
                              ("시 설", "정보화교육장(1개소)", "· 평생스마트교육장(대림3동)", "전산운영팀"))
    (rooms,) = extract_file(target).tables
    assert (rooms.caption, rooms.rows[1]) == ("정보화교육장", list(tables[1].rows[1]))
