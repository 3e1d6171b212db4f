"""Tables as HWP prints them on a portrait page: no rules, the header shaded (or not), labels centred in their cells and
wrapped in narrow columns (a syllable a line: `총` over `계`), each cell's lines centred on its row."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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


def render_as_hwp(source, target, shaded: bool = True, valign: str = "MIDDLE", padding: float | None = None,
                  gap: float | None = None) -> None:
    """`source` on portrait A4 pages in 11 pt, titles (`□ …`) in 12, its tables as HWP prints them: 9 pt cells on
    11 pt lines, no rules, the header's rows shaded (where `shaded`) and their labels centred (a group label merged
    over the labels it heads), each column as wide as its longest word, the rest of the page's width shared out as
    its longer cells need, each cell's lines set on its row as `valign` says (centred), padded `padding` points above
    and below (reportlab's own where None), `gap` points between two tables (the layout's own where None)."""
    pdfs = make_pdfs.__wrapped__()
    pdfs.PAGE, pdfs.MARGIN = A4, 56  # the columns' room
    for style, (size, leading) in ((pdfs.CELL, (9, 11)), (pdfs.HEADER_CELL, (9, 11)), (pdfs.BODY, (11, 16)),
                                   (pdfs.TEXT, (11, 16)), (pdfs.BOX, (12, 17)), (pdfs.HEADINGS[4], (12, 17))):
        style.fontSize, style.leading = size, leading
    padded = [] if padding is None else [("TOPPADDING", (0, 0), (-1, -1), padding),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]

    def hwp_table(block, ruling, repeat_header=True):
        rows = [list(row) for row in block.rows]
        header = pdfs.header_row_count(rows)
        table = Table([[Paragraph(pdfs.printed(cell), pdfs.HEADER_CELL if r < header else pdfs.CELL) for cell in row]
                       for r, row in enumerate(rows)], colWidths=pdfs.column_widths(rows), repeatRows=header)
        merged = [span for span in pdfs.spans(rows, header) if span[1][1] < header]  # across the header alone
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), valign),
                                   *[("BACKGROUND", (0, 0), (-1, header - 1), SHADE)] * shaded, *merged, *padded]))
        return table

    pdfs.ruled_table = hwp_table
    flowables = pdfs.flowables(read_document(source), "none")
    if gap is not None:
        flowables = [Spacer(1, gap) if isinstance(flowable, Spacer) else flowable for flowable in flowables
                     if gap or not isinstance(flowable, Spacer)]
    SimpleDocTemplate(str(target), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=50, bottomMargin=50,
                      invariant=1).build(flowables)


def _read(text: str, tmp_path, shaded: bool = True):
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    render_as_hwp(source, target, shaded)
    return source, target


@pytest.mark.parametrize("shaded", [True, False])
def test_a_header_whose_labels_wrap_a_syllable_a_line_heads_its_vehicles(shaded, tmp_path):
    """`총` over `계` down the first narrow column, `소` over `계` under each group, the header shaded or not: before,
    `총` above the header's first line was read as a paragraph and the header's lines apart, `계 | 소 | 소형·` over
    `중형 | 대형` over `| 계 | 다목적`, so no vehicles were read."""
    source, target = _read(VEHICLES, tmp_path, shaded)
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


BUILDINGS = """# Ⅰ. 일반현황

### 3 주요시설 및 장비

#### □ 구 청사

구 분\t\t대지 (m²)\t건물 (m²)\t규 모\t준공일자\t비 고
본 관\t계\t7,622\t15,667\t\t\t
\t본 관\t7,622\t9,682\t지하3층 ~ 지상6층\t1976. 1. 5.\t
\t부속건물\t\t385\t지상2층\t1997. 3. 26.\t- 1층: 우리은행 - 2층: 통합일자리지원센터
별 관\t별 관\t8,730\t5,549\t지하1층 ~ 지상6층\t2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)\t\
- 지하1층: 늘푸름학교, 서고 - 1층: 일자리경제과, 교통행정과, 보육지원과 - 2층: 청소과, 복지정책과 - 3층: \
정원도시과, 환경과, 가로경관과 - 4층: 생활보장과 - 5층: 강당 - 6층: 아동청소년과
\t주 차 문화과\t2,940\t616\t지상1층\t1998. 3. 13.\t※ 주차문화과 자체 관리 (특별기금 운용)

## 4 예산현황
"""


def test_a_cell_wrapped_over_more_lines_than_its_rows_leading_keeps_its_table_whole(tmp_path):
    """The 비 고 of 별 관 wraps over five lines, centred on its row, its first above the row's other cells and
    nearer the row above: before, that line (`- 지하1층: …`) was read as a bullet parting the table in two, the
    cells of the rows around it run into one another."""
    source, target = _read(BUILDINGS, tmp_path)
    (table,) = [block for block in read_document(target).blocks if isinstance(block, TextTable)]
    assert table.rows == (
        ("구 분", "", "대지 (m²)", "건물 (m²)", "규 모", "준공일자", "비 고"),
        ("본 관", "계", "7,622", "15,667", "", "", ""),
        ("", "본 관", "7,622", "9,682", "지하3층 ~ 지상6층", "1976. 1. 5.", ""),
        ("", "부속건물", "", "385", "지상2층", "1997. 3. 26.", "- 1층: 우리은행 - 2층: 통합일자리지원센터"),
        ("별 관", "별 관", "8,730", "5,549", "지하1층 ~ 지상6층", "2002. 2. 19. (2018. 6. 2. 2020. 10. 5. 증축)",
         "- 지하1층: 늘푸름학교, 서고 - 1층: 일자리경제과, 교통행정과, 보육지원과 - 2층: 청소과, 복지정책과 - 3층: "
         "정원도시과, 환경과, 가로경관과 - 4층: 생활보장과 - 5층: 강당 - 6층: 아동청소년과"),
        ("", "주 차 문화과", "2,940", "616", "지상1층", "1998. 3. 13.", "※ 주차문화과 자체 관리 (특별기금 운용)"))
    assert table.rows == next(block for block in read_document(source).blocks if isinstance(block, TextTable)).rows


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
