"""One report built in Word (merged header cells) as real converters print it: pandoc 2.x's markdown, markitdown's
pipe tables, LibreOffice's PDF through `pdftotext -layout`. Each excerpt is the converter's literal output, so each
test holds what a user's converter hands over."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Table
from pipeline.read_text import read_text

COVER = "제278회 서해구의회 제1차 정례회\n\n2025. 6. 10. ~ 6. 24.\n\n# 2025년 주요업무 보고\n\n## 행 정 지 원 과\n\n"
STAFFING = {
    "정원": [("계", "계", 38), ("일반직", "5급", 1), ("일반직", "6급", 6), ("일반직", "7급", 12), ("일반직", "8급", 8),
           ("일반직", "9급", 6), ("관리운영직", "7급", 1), ("관리운영직", "8급", 1), ("별정직·임기제", "6급", 2),
           ("별정직·임기제", "7급", 1)],
    "현원": [("계", "계", 36), ("일반직", "5급", 1), ("일반직", "6급", 7), ("일반직", "7급", 10), ("일반직", "8급", 9),
           ("일반직", "9급", 4), ("관리운영직", "7급", 1), ("관리운영직", "8급", 0), ("별정직·임기제", "6급", 2),
           ("별정직·임기제", "7급", 2)],
    "과부족": [("계", "계", -2), ("일반직", "5급", 0), ("일반직", "6급", 1), ("일반직", "7급", -2),
            ("일반직", "8급", 1), ("일반직", "9급", -2), ("관리운영직", "7급", 0), ("관리운영직", "8급", -1),
            ("별정직·임기제", "6급", 0), ("별정직·임기제", "7급", 1)],
}


def extract(text: str, name: str = "t.md"):
    return extract_report(read_text(name, text.encode()))


def staffing_by_status(report) -> dict[str, list[tuple[str, str, int]]]:
    got: dict[str, list[tuple[str, str, int]]] = {}
    for s in report.staffing:
        got.setdefault(s.status, []).append((s.job_class, s.grade, s.headcount))
    return got


# `pandoc -t markdown` (2.17) of the Word table: a multiline table, its merged header's second row the first body
# row, each `-` cell escaped (`\-`), which takes a column more than the `-` it prints.
PANDOC2_STAFFING = """## 2 인 력

(2025. 5. 31. 기준, 단위: 명)

  ---------------------------------------------------------------------------------------------
  구 분    계     일 반                              관리운영직          별정직·임기제
                  직
  -------- ------ ------ ------ ------ ------ ------ ------------ ------ --------------- ------
                  5급    6급    7급    8급    9급    7급          8급    6급             7급

  정 원    38     1      6      12     8      6      1            1      2               1

  현 원    36     1      7      10     9      4      1            \\-     2               2

  과부족   △2     \\-     1      △2     1      △2     \\-           △1     \\-              1
  ---------------------------------------------------------------------------------------------
"""


def test_pandoc2_multiline_staffing_with_escaped_dashes_reads_every_row():
    r = extract(COVER + PANDOC2_STAFFING)
    assert staffing_by_status(r) == STAFFING
    assert r.general_text == []  # 현원 and 과부족 were paragraphs


@pytest.mark.parametrize("line, unescaped", [
    ("  현 원    36     \\-     2", "  현 원    36     -      2"),  # the cell after keeps its column
    ("  과부족   \\-\\-    1", "  과부족   --      1"),
    ("2025\\. 6. 10. \\~ 6. 24.", "2025. 6. 10. ~ 6. 24."),  # running text: the characters alone
    ("| \\- | 1 |", "| - | 1 |"),
])
def test_an_escape_keeps_the_columns_after_it(line, unescaped):
    from pipeline.read_text import unescaped_markdown
    assert unescaped_markdown(line) == unescaped


# markitdown (mammoth's HTML, then markdownify) of the same Word tables: an empty first row over a `| --- |` rule, a
# cell merged across columns printed as its label and blanks, and a cell merged down printed in its first row only,
# so that the rows below it print fewer cells, the merged-down columns left out.
MARKITDOWN_STAFFING = """## 2 인 력

(2025. 5. 31. 기준, 단위: 명)

|  |  |  |  |  |  |  |  |  |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 구 분 | 계 | 일 반 직 | | | | | 관리운영직 | | 별정직·임기제 | |
| 5급 | 6급 | 7급 | 8급 | 9급 | 7급 | 8급 | 6급 | 7급 |
| 정 원 | 38 | 1 | 6 | 12 | 8 | 6 | 1 | 1 | 2 | 1 |
| 현 원 | 36 | 1 | 7 | 10 | 9 | 4 | 1 | - | 2 | 2 |
| 과부족 | △2 | - | 1 | △2 | 1 | △2 | - | △1 | - | 1 |
"""
MARKITDOWN_VEHICLES = """## 3 주요시설 및 장비

□ 공용차량 - 총12대 (정수 12)

(단위: 대)

|  |  |  |  |  |  |  |  |  |  |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| 총 계 | 승 용 | | | | 승 합 | | | 화 물 | |
| 소 계 | 소형·다목적 | 중형 | 대형 | 소 계 | 중형 | 대형 | 소 계 | 소형 |
| 12 | 7 | 3 | 3 | 1 | 3 | 2 | 1 | 2 | 2 |
"""
MARKITDOWN_BUILDINGS = """□ 구 청사

|  |  |  |  |  |
| --- | --- | --- | --- | --- |
| 구 분 | | 대지(m²) | 건물(m²) | 준공일자 |
| 본 관 | 계 | 7,622 | 15,667 |  |
| 본 관 | 7,622 | 9,682 | 1976. 1. 5. |
| 보 건 소 |  | 5,600 | 1994. 9. 1. |
| 별 관 | 별 관 | 8,730 | 5,549 | 2002. 2. 19. |
"""


def test_markitdown_staffing_header_row_under_merged_down_cells_heads_the_grades():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n" + MARKITDOWN_STAFFING)
    assert staffing_by_status(r) == STAFFING
    assert [f.rule for f in run_checks(r)] == []


def test_markitdown_vehicle_kinds_under_a_total_merged_down():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n" + MARKITDOWN_VEHICLES)
    (vehicles,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in vehicles.counts] == [
        ("계", "계", 12), ("승용", "소계", 7), ("승용", "소형·다목적", 3), ("승용", "중형", 3), ("승용", "대형", 1),
        ("승합", "소계", 3), ("승합", "중형", 2), ("승합", "대형", 1), ("화물", "소계", 2), ("화물", "소형", 2)]
    assert [f.rule for f in run_checks(r)] == []


def test_markitdown_body_rows_under_a_label_merged_down_keep_their_columns():
    r = extract(COVER + "# Ⅰ. 일반현황\n\n" + MARKITDOWN_BUILDINGS)
    (table,) = r.tables
    assert table.rows == [["구 분", "", "대지(m²)", "건물(m²)", "준공일자"],
                          ["본 관", "계", "7,622", "15,667", ""],
                          ["", "본 관", "7,622", "9,682", "1976. 1. 5."],
                          ["", "보 건 소", "", "5,600", "1994. 9. 1."],
                          ["별 관", "별 관", "8,730", "5,549", "2002. 2. 19."]]


@pytest.mark.parametrize("short_row, read", [
    ("| 소 계 | 1,200 | 800 |", ("소 계", "1,200", "800")),  # its last cell left out: figures under figures already
    ("| 청사 관리 | 비고 없음 |", ("청사 관리", "비고 없음")),  # no figure: nothing tells
])
def test_a_short_pipe_row_that_shows_no_merged_down_cell_stays_as_printed(short_row, read):
    text = ("| 구 분 | 예산액 | 집행액 | 비 고 |\n| --- | --- | --- | --- |\n| 청사 관리 | 1,500 | 900 | 이월 |\n"
            + short_row + "\n")
    (table,) = [b for b in read_text("t.md", text.encode()).blocks if isinstance(b, Table)]
    assert table.rows[-1][:len(read)] == read and not any(table.rows[-1][len(read):])


# LibreOffice's PDF of the Word file through `pdftotext -layout`: lined up by characters (each syllable one column),
# the grades' line printing no cell under `구분` and `계` (merged down), every row label of two syllables.
PDFTOTEXT_STAFFING = """2인력
(2025. 5. 31. 기준, 단위: 명)

구분    계      일반직                                     관리운영직         별정직·임기제
             5급  6급        7급      8급       9급       7급  8급        6급  7급
정원    38     1   6         12      8        6        1   1         2   1
현원    36     1   7         10      9        4        1   -         2   2
과부    △2     -   1         △2      1        △2       -   △1        -   1
족
"""


def test_pdftotext_staffing_under_a_lower_header_line_without_its_merged_down_cells_reads_by_characters():
    r = extract(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n" + PDFTOTEXT_STAFFING, "t.txt")
    assert staffing_by_status(r) == STAFFING
    assert [f.rule for f in run_checks(r)] == []



LO_ROW, LO_SIZE, LO_BASELINE = 13.3, 11, 7.45  # points: LibreOffice's row, type, and baseline below the row's rule


def _tight_ruled_table(page, font: str, x: float, top: float, widths: list[float], rows: list[tuple[str, ...]]):
    """A table ruled as a grid as LibreOffice exports a Word table to PDF: rows as tall as the type and no cell
    padding above, so each row's letters reach half a point above the rule over them."""
    xs = [x]
    for width in widths:
        xs.append(xs[-1] + width)
    ys = [top - LO_ROW * r for r in range(len(rows) + 1)]
    page.setFont(font, LO_SIZE)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            page.drawString(xs[c] + 2, ys[r] - LO_BASELINE, text)
    page.setLineWidth(0.5)
    for y in ys:
        page.line(xs[0], y, xs[-1], y)
    for x_rule in xs:
        page.line(x_rule, ys[0], x_rule, ys[-1])


def _libreoffice_pdf(path) -> None:
    from tests.corpus import one_page_pdf
    from tests.layouts import make_pdfs

    font = make_pdfs().BODY_FONT

    def draw(page):
        page.setFont(font, 11)
        for y, text in [(800, "제278회 서해구의회 제1차 정례회"), (780, "2025년 주요업무 보고"),
                        (760, "행 정 지 원 과"), (730, "Ⅰ. 일반현황"), (710, "3 주요시설 및 장비"),
                        (690, "□ 공용차량 - 총12대 (정수 12)"), (672, "(단위: 대)")]:
            page.drawString(60, y, text)
        _tight_ruled_table(page, font, 60, 660, [60, 60, 60, 60], [("총 계", "승 용", "승 합", "화 물"),
                                                                    ("12", "7", "3", "2")])
        page.setFont(font, 11)
        for y, text in [(610, "Ⅱ. 주요업무 추진실적"), (590, "① 공정한 인사 운영 (인사팀)"),
                        (572, "예측 가능한 인사로 신뢰받는 조직문화를 만들고자 함"), (550, "□ 향후계획"),
                        (532, "○ 하반기 정기인사: 7월"), (510, "□ 예산현황"), (492, "(단위: 천원)")]:
            page.drawString(60, y, text)
        _tight_ruled_table(page, font, 60, 480, [110, 110, 80], [("예산액", "집행액", "집행률(%)"),
                                                                 ("612,300(구비)", "201,450(구비)", "32.9")])

    path.write_bytes(one_page_pdf(draw))


def test_libreoffice_pdf_table_rows_whose_letters_reach_above_their_rule_are_the_tables_alone(tmp_path):
    """Before, each table's first row was read twice: a line of text above the table (its caption, so the
    vehicles were a generic table) and its first row; a project's budget header an item of the project."""
    from pipeline.read import read_document

    path = tmp_path / "lo.pdf"
    _libreoffice_pdf(path)
    r = extract_report(read_document(str(path)))
    (vehicles,) = r.vehicles
    assert (vehicles.printed_total, vehicles.quota) == (12, 12)
    assert [(c.category, c.kind, c.count) for c in vehicles.counts] == [
        ("계", "계", 12), ("공용차량", "승용", 7), ("공용차량", "승합", 3), ("공용차량", "화물", 2)]
    (project,) = r.projects
    assert [item.text for item in project.items] == ["하반기 정기인사: 7월"]
    assert [t.text for t in r.general_text] == ["3 주요시설 및 장비 공용차량 - 총12대 (정수 12)"]



# `pdftotext -layout` of LibreOffice's PDF: a project's title line and its purpose with no blank line between (the
# paragraphs' spacing is no blank line), other paragraphs parted by blank lines; a new page for Ⅲ.
PDFTOTEXT_PROJECTS = """Ⅱ. 주요업무 추진실적
① 공정한 인사 운영 (인사팀)
예측 가능한 인사로 신뢰받는 조직문화를 만들고자 함

□ 사업개요

○ 정기인사 사전 예고제 운영

\fⅢ. 신규·중점사업 추진실적
1 직원 디지털 역량 강화 (교육팀)
행정의 디지털 전환에 대응하여 직원 역량을 높이고자 함

□ 사업개요

○ 대상: 전 직원 820 명
"""


@pytest.mark.parametrize("title_line, title, team", [
    ("1 직원 디지털 역량 강화 (교육팀)", "직원 디지털 역량 강화", "교육팀"),
    ("1. 직원 디지털 역량 강화 (교육팀)", "직원 디지털 역량 강화", "교육팀"),
    ("1 직원 디지털 역량 강화 [교육 후생팀]", "직원 디지털 역량 강화", "교육후생팀"),
])
def test_pdftotext_numbered_title_with_its_team_right_above_its_purpose_stays_the_title(title_line, title, team):
    text = COVER.replace("# ", "").replace("## ", "") + PDFTOTEXT_PROJECTS.replace(
        "1 직원 디지털 역량 강화 (교육팀)", title_line)
    r = extract(text, "t.txt")
    assert [(p.section, p.title, p.team, p.purpose) for p in r.projects] == [
        ("Ⅱ 주요업무 추진실적", "공정한 인사 운영", "인사팀", "예측 가능한 인사로 신뢰받는 조직문화를 만들고자 함"),
        ("Ⅲ 신규·중점사업 추진실적", title, team,
         "행정의 디지털 전환에 대응하여 직원 역량을 높이고자 함")]


# the vehicles of the same PDF through `pdftotext -layout`: a kind wrapped in its cell (`소형·` over `다목적`), a line
# of its own between the header and the one row of figures, so nothing but the header's line above it tells how the
# table lines up
PDFTOTEXT_VEHICLES = """3 주요시설 및 장비
□ 공용차량 - 총 12 대 (정수 12)

(단위: 대)

총계     승용                               승합                     화물
       소계     소형·     중형      대형        소계       중형    대형      소계       소형
              다목적
12     7      3       3       1         3        2     1       2        2
"""


def test_pdftotext_vehicles_under_a_kind_wrapped_in_its_cell_read_by_characters():
    r = extract(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n" + PDFTOTEXT_VEHICLES, "t.txt")
    (vehicles,) = r.vehicles
    assert [(c.category, c.kind, c.count) for c in vehicles.counts] == [
        ("계", "계", 12), ("승용", "소계", 7), ("승용", "소형·다목적", 3), ("승용", "중형", 3), ("승용", "대형", 1),
        ("승합", "소계", 3), ("승합", "중형", 2), ("승합", "대형", 1), ("화물", "소계", 2), ("화물", "소형", 2)]
    assert [f.rule for f in run_checks(r)] == []


# pandoc (gfm, markdown) parts two lists that follow each other (Word's `List Bullet` and `List Bullet 2`, each a
# list of its own) by an HTML comment, which prints nothing
PANDOC_LISTS = """# Ⅱ. 주요업무 추진실적

## ① 청사 시설 안전관리 (청사관리팀)

노후 청사 시설을 적기에 보수하여 안전하고 쾌적한 근무환경을 조성하고자
함

**□ 주요 추진실적**

- 노후 시설 개선

<!-- -->

- 본관 승강기 교체(2대): 3월~5월 / 320,000천원

<!--
-->

- 안전 점검
"""


# pandoc 2's markdown writes the comment as a raw HTML block, fenced
PANDOC2_LISTS = PANDOC_LISTS.replace("<!-- -->\n", "```{=html}\n<!-- -->\n```\n").replace(
    "\n\n- 본관", "\n- 본관").replace("\n\n- 안전", "\n- 안전")


@pytest.mark.parametrize("lists", [PANDOC_LISTS, PANDOC2_LISTS], ids=["gfm", "pandoc2 markdown"])
def test_pandoc_list_separator_comment_is_no_item(lists):
    text = COVER + lists
    (project,) = extract(text).projects
    items = ["노후 시설 개선", "본관 승강기 교체(2대): 3월~5월 / 320,000천원", "안전 점검"]
    assert [(item.text, item.source.line) for item in project.items] == [
        (item, text.split("\n").index(f"- {item}") + 1) for item in items]


def _split_table_pdf(path) -> None:
    """A project's budget table as LibreOffice lays out a Word table that a page break splits: its header at the
    foot of one page, its row of figures with their funding (`612,300(구비)`) and a rate atop the next."""
    import io

    from reportlab.pdfgen import canvas

    from tests.layouts import make_pdfs

    font = make_pdfs().BODY_FONT
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.setFont(font, 11)
    for y, text in [(800, "제278회 서해구의회 제1차 정례회"), (780, "2025년 주요업무 보고"), (760, "행 정 지 원 과"),
                    (730, "Ⅱ. 주요업무 추진실적"), (710, "① 공정한 인사 운영 (인사팀)"),
                    (692, "예측 가능한 인사로 신뢰받는 조직문화를 만들고자 함"), (670, "□ 향후계획"),
                    (652, "○ 하반기 정기인사: 7월"), (130, "□ 예산현황"), (112, "(단위: 천원)")]:
        page.drawString(60, y, text)
    _tight_ruled_table(page, font, 60, 100, [110, 110, 80], [("예산액", "집행액", "집행률(%)")])
    page.showPage()
    _tight_ruled_table(page, font, 60, 780, [110, 110, 80], [("612,300(구비)", "201,450(구비)", "32.9")])
    page.setFont(font, 11)
    page.drawString(60, 740, "② 직원 역량 강화 (교육팀)")
    page.drawString(60, 722, "직원 역량을 높이고자 함")
    page.showPage()
    page.save()
    path.write_bytes(buffer.getvalue())


def test_a_pdf_table_split_by_a_page_break_before_its_row_of_noted_figures_is_one_table(tmp_path):
    from pipeline.read import read_document

    path = tmp_path / "split.pdf"
    _split_table_pdf(path)
    document = read_document(str(path))
    assert [(t.rows, t.unit, t.page) for t in document.blocks if isinstance(t, Table)] == [
        ((("예산액", "집행액", "집행률(%)"), ("612,300(구비)", "201,450(구비)", "32.9")), "천원", 1)]
    assert extract_report(document).tables == []  # the project's budget table, as pandoc's gfm of the .docx gives it


# LibreOffice's PDF of a Word budget table with seven narrow columns through `pdftotext -layout`: a figure too wide
# for its cell wrapped, its last digit on a line of its own (`5,300,00` over `0`), a row label too (`세외수입` over
# `징수`)
PDFTOTEXT_BROKEN_FIGURES = """4 예산현황
(2025. 5. 31. 기준, 단위: 천원)

단위사업       예산액                                           집행액        집행률(%)
명          계            국비          시비        구비
계          5,300,00     1,000,00    800,000   3,500,00   2,120,00   40.0
           0            0                     0          0
세입 관리      3,300,00     1,000,00    300,000   2,000,00   1,320,00   40.0
           0            0                     0          0
세외수입       2,000,00                 500,000   1,500,00   800,000    40.0
징수         0                                  0
"""


def test_pdftotext_figures_wrapped_in_narrow_cells_are_joined():
    r = extract(COVER.replace("# ", "").replace("## ", "") + "Ⅰ. 일반현황\n" + PDFTOTEXT_BROKEN_FIGURES, "t.txt")
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget] == [
        ("계", 5_300_000_000, 2_120_000_000, 40.0), ("세입 관리", 3_300_000_000, 1_320_000_000, 40.0),
        ("세외수입 징수", 2_000_000_000, 800_000_000, 40.0)]


def test_a_line_of_small_figures_under_whole_figures_stays_a_row():
    """Only a figure whose last group of digits is short (`5,300,00`) is completed by the digits below it."""
    text = ("구 분      예산액        집행액\n계          5,300,000     2,120,000\n"
            "           10            20\n")
    (table,) = [b for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Table)]
    assert table.rows[1:] == (("계", "5,300,000", "2,120,000"), ("", "10", "20"))


@pytest.mark.parametrize("rows, read", [
    # a body row whose 비고 is blank, then one leaving it out: no header's groups above it
    (["| 행사명 | 일시 | 비고 |", "| 구민의 날 | 5월 | |", "| 체육대회 | 10월 |"], ("체육대회", "10월", "")),
    (["| 구분 | 처리인원 | 비고 |", "| 방문 | 120명 | |", "| 전화 | 80명 |"], ("전화", "80명", "")),
    (["| 구분 | 접수 | 처리 | 비고 |", "| 방문 | 120 | 110 | |", "| 전화 | 80 | 78 |"], ("전화", "80", "78", "")),
    # a header printing a blank last label over rows of labels alone: nothing tells a merged-down cell
    (["| 구분 | 내용 | |", "| 행사 | 구민의 날 |"], ("행사", "구민의 날", "")),
])
def test_a_short_pipe_row_under_a_body_row_with_blanks_stays_as_printed(rows, read):
    """Before, `| 체육대회 | 10월 |` under `| 구민의 날 | 5월 | |` was put under the 일시 and 비고 columns, as if
    the row above were a header's group labels: ('', '체육대회', '10월')."""
    text = "\n".join([rows[0], "| --- " * len(read) + "|", *rows[1:]]) + "\n"
    (table,) = [b for b in read_text("t.md", text.encode()).blocks if isinstance(b, Table)]
    assert table.rows[-1] == read


def _two_tables_over_a_page_break_pdf(path, header: tuple[str, str, str]) -> None:
    """A table at the foot of one page and another of its width atop the next, its header printing years with
    notes (`2024(A)`): two tables, as LibreOffice lays them out."""
    import io

    from reportlab.pdfgen import canvas

    from tests.layouts import make_pdfs

    font = make_pdfs().BODY_FONT
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1)
    page.setFont(font, 11)
    for y, text in [(800, "제278회 서해구의회 제1차 정례회"), (780, "2025년 주요업무 보고"), (760, "행 정 지 원 과"),
                    (730, "Ⅰ. 일반현황"), (130, "4. 예산현황"), (112, "(단위: 천원)")]:
        page.drawString(60, y, text)
    _tight_ruled_table(page, font, 60, 100, [110, 110, 80],
                       [("구 분", "예산액", "집행액"), ("계", "5,000", "2,000"), ("청사 관리", "3,000", "1,200")])
    page.showPage()
    _tight_ruled_table(page, font, 60, 780, [110, 110, 80],
                       [header, ("계", "4,000", "5,000"), ("청사 관리", "2,500", "3,000")])
    page.showPage()
    page.save()
    path.write_bytes(buffer.getvalue())


@pytest.mark.parametrize("header", [("구 분", "2024(A)", "2025(B)"), ("구 분", "2024(실적)", "2025(계획)"),
                                    ("구 분", "2024년(A)", "2025년(B)")])
def test_a_table_atop_a_page_whose_header_prints_years_with_notes_is_its_own(header, tmp_path):
    """Before, `2024(A)` was read as a noted figure, so the table went on from the budget table above the break."""
    from pipeline.read import read_document

    path = tmp_path / "two.pdf"
    _two_tables_over_a_page_break_pdf(path, header)
    document = read_document(str(path))
    assert [(t.rows[0], len(t.rows), t.page) for t in document.blocks if isinstance(t, Table)] == [
        (("구 분", "예산액", "집행액"), 3, 1), (header, 3, 2)]


@pytest.mark.parametrize("rows, read", [
    (["민원실        1,2", "회의실        10"], (("민원실", "1,2"), ("회의실", "10"))),  # floors, the rows' own
    (["정기 점검     3,9", "수시 점검     12"], (("정기 점검", "3,9"), ("수시 점검", "12"))),  # months
    (["정기 점검     3,10", "수시 점검     5"], (("정기 점검", "3,10"), ("수시 점검", "5"))),
])
def test_a_list_of_small_numbers_over_the_next_row_is_no_broken_figure(rows, read):
    """A figure is broken in its narrow cell only after a whole group of three digits (`5,300,00`): `1,2` (floors)
    over `회의실 10` is two rows. Before: ('민원실 회의실', '1,210')."""
    text = "시설명        사용층\n" + "\n".join(rows) + "\n상황실        3\n"
    (table,) = [b for b in read_text("t.txt", text.encode()).blocks if isinstance(b, Table)]
    assert table.rows[1:3] == read


# `pdftotext -layout` of a PDF whose titles are lettered (`가. 제목 (팀)`, drawn indented as a bullet is) and whose
# purpose is printed right below each, left of the letter, with no blank line between
PDFTOTEXT_LETTERED_PROJECTS = """Ⅱ. 주요업무 추진실적
  가. 해울 근린공원 조성 (공원조성팀)
 노후된 근린공원을 재정비하여 구민의 휴식공간을 확충하고자 함

 □ 추진실적
  ○ 공사 착공 : ’25. 3. 10.
  ○ 1단계 준공 : 10월
  나. 가로수 관리 (녹지관리팀)
 가로수 병해충 방제와 가지치기로 쾌적한 가로환경을 조성하고자 함

 □ 추진실적
  ○ 동절기 가지치기 : 1월~3월 / 2,100주
"""


def test_pdftotext_lettered_title_with_its_team_right_above_its_purpose_stays_the_title():
    """Before, the purpose ran into the lettered title as its wrapped text, so that no project was titled: the first
    one's title and purpose an item of a project without a title, the second an item of it too."""
    r = extract(COVER.replace("# ", "").replace("## ", "") + PDFTOTEXT_LETTERED_PROJECTS, "t.txt")
    assert [(p.title, p.team, p.purpose) for p in r.projects] == [
        ("해울 근린공원 조성", "공원조성팀", "노후된 근린공원을 재정비하여 구민의 휴식공간을 확충하고자 함"),
        ("가로수 관리", "녹지관리팀", "가로수 병해충 방제와 가지치기로 쾌적한 가로환경을 조성하고자 함")]
    assert [[(i.text, i.start_month, i.end_month) for i in p.items] for p in r.projects] == [
        [("공사 착공 : ’25. 3. 10.", 3, 3), ("1단계 준공 : 10월", 10, 10)],
        [("동절기 가지치기 : 1월~3월 / 2,100주", 1, 3)]]
