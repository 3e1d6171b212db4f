"""What HWP prints on a report's pages besides its text: a footer with the page's number (bare, `3`, or after the
department, `총무과 - 3 -`) and `(계속)` over a table going on from the page before. None of it is the report's."""

import pytest
from reportlab.platypus import PageBreak, SimpleDocTemplate

from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.conftest import SAMPLES
from tests.layouts import make_pdfs


def _render(source, target, footer: str, flowables=None, headers: dict[int, str] | None = None) -> None:
    """`source` as `scripts/make_pdfs.py` renders it (or `flowables`), each page's foot printing `footer` with its
    number, and the pages in `headers` their header there at the top, in 8 pt."""
    pdfs = make_pdfs()

    def foot(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(pdfs.BODY_FONT, 9)
        canvas.drawCentredString(pdfs.PAGE[0] / 2, 18, footer.format(page=pdf.page))
        if header := (headers or {}).get(pdf.page):
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawString(pdfs.MARGIN, pdfs.PAGE[1] - 22, header)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                            topMargin=40, bottomMargin=36, invariant=1)
    content = flowables if flowables is not None else pdfs.flowables(read_document(source), "grid")
    doc.build(content, onFirstPage=foot, onLaterPages=foot)


@pytest.mark.parametrize("footer", ["{page}", "총무과 - {page} -", "- {page} -   2025년 주요업무보고"])
@pytest.mark.parametrize("sample", ["2025-hanbit-bokji.txt", "2024-hanbit-chongmu-layout.txt"])
def test_a_footer_with_the_pages_number_is_no_text_of_the_report(sample, footer, tmp_path):
    """Before, only a footer of `- 3 -` alone was dropped: a bare `3` or `총무과 - 3 -` at the foot of each page was
    read as an item of the project it fell in (`총무과 - 3 -` under 주요 추진실적), parting its list there."""
    target = tmp_path / "report.pdf"
    _render(SAMPLES / sample, target, footer)
    pdf = extract_file(target)
    items = [item.text for project in pdf.projects for item in project.items]
    assert not [text for text in items if text.replace("-", "").strip().isdigit() or "- 2 -" in text or text == "2"]
    assert records_data(pdf, with_sources=False) == records_data(extract_file(SAMPLES / sample), with_sources=False)


@pytest.mark.parametrize("sample", ["2024-hanbit-chongmu-layout.txt", "2025-hanbit-bokji.txt"])
def test_a_header_naming_the_part_a_page_is_in_is_no_heading(sample, tmp_path):
    """HWP may print each section's own header atop its pages (`Ⅱ. 주요업무 추진실적`, smaller than its heading),
    not on most pages, so not dropped as a running header: it was read as the section's heading again, the
    project it fell in parted there (a project of no title, the items and budget after it lost to it)."""
    target = tmp_path / "report.pdf"
    headers = {2: "Ⅱ. 주요업무 추진실적", 3: "Ⅲ. 신규ㆍ중점사업 추진실적"}
    _render(SAMPLES / sample, target, "- {page} -", headers=headers)
    pdf = extract_file(target)
    assert records_data(pdf, with_sources=False) == records_data(extract_file(SAMPLES / sample), with_sources=False)


BUDGET = """Ⅰ. 일반현황

4 예산현황

(단위: 천원)

단위사업명\t예산액\t집행액\t집행률(%)
계\t5,780,000\t2,321,000\t40.2
푸른 녹지 조성\t4,200,000\t1,680,000\t40.0
공원 관리\t1,500,000\t609,000\t40.6
기본경비\t80,000\t32,000\t40.0

Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("marks", [["(계속)"], ["<계속>"], ["(표 계속)"], ["4 예산현황 (계속)", "(단위: 천원)"],
                                   ["4 예산현황(계속)"]])
@pytest.mark.parametrize("header_again", [True, False])
def test_a_table_going_on_under_a_continued_mark_atop_the_next_page_is_one_table(marks, header_again, tmp_path):
    """HWP prints `(계속)` over the part of a table that goes on atop the next page, alone or after the table's
    caption (and unit) printed again. Before, those lines stood between the two parts, so the budget's lines below
    them were a table of their own: with its header printed again a second budget (its 계 missing), without it a
    generic table, the lines lost."""
    source = tmp_path / "report.txt"
    source.write_text(BUDGET, encoding="utf-8")
    pdfs = make_pdfs()
    blocks = read_document(source).blocks
    table = next(b for b in blocks if hasattr(b, "rows"))
    above, below = (table.rows[:3], [table.rows[0], *table.rows[3:]] if header_again else table.rows[3:])
    content = []
    for block in pdfs.flowables(read_document(source), "grid"):
        if isinstance(block, pdfs.Table):
            content += [pdfs.ruled_table(type(table)(rows=tuple(above)), "grid"), PageBreak(),
                        *(pdfs.Paragraph(mark, pdfs.UNIT) for mark in marks),
                        pdfs.ruled_table(type(table)(rows=tuple(below)), "grid")]
        else:
            content.append(block)
    target = tmp_path / "report.pdf"
    _render(source, target, "- {page} -", content)
    budget = [(line.table_no, line.name, line.budget_krw, line.executed_krw) for line in extract_file(target).budget]
    assert budget == [(1, "계", 5_780_000_000, 2_321_000_000), (1, "푸른 녹지 조성", 4_200_000_000, 1_680_000_000),
                      (1, "공원 관리", 1_500_000_000, 609_000_000), (1, "기본경비", 80_000_000, 32_000_000)]


def _split_over_a_page(source, ruling: str, next_page) -> list:
    """The report's flowables with its table parted over a page break after its second row, the next page starting
    with `next_page(rows below the break)`'s flowables."""
    pdfs = make_pdfs()
    table = next(b for b in read_document(source).blocks if hasattr(b, "rows"))
    content = []
    for block in pdfs.flowables(read_document(source), ruling):
        if isinstance(block, pdfs.Table):
            content += [pdfs.ruled_table(Table(rows=table.rows[:3]), ruling), PageBreak(), *next_page(table.rows)]
        else:
            content.append(block)
    return content


def _report_split_over_a_page(tmp_path, text: str, ruling: str, next_page, furniture):
    """The report `text` printed as a PDF with its table parted over a page break (`_split_over_a_page`), each page
    drawn on by `furniture(canvas, doc)` (its header or footer), read back."""
    pdfs = make_pdfs()
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    doc = SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                            topMargin=40, bottomMargin=36, invariant=1)
    doc.build(_split_over_a_page(source, ruling, next_page), onFirstPage=furniture, onLaterPages=furniture)
    return extract_file(target)


def _report_with_a_line_at_the_break(tmp_path, text: str, ruling: str, line, rows_below, at_foot: bool):
    """The report `text` printed as a PDF with its table parted over a page break, the next page's table of
    `rows_below` (the rows below the break when called with them), and `line` (a paragraph in the body's type) as
    the first page's last line (`at_foot`) or atop the next page over that table, read back."""
    pdfs = make_pdfs()
    source, target = tmp_path / "report.txt", tmp_path / "report.pdf"
    source.write_text(text, encoding="utf-8")
    content = _split_over_a_page(source, ruling, lambda rows: [
        *([] if at_foot else [line]), pdfs.ruled_table(Table(rows=rows_below(rows)), ruling)])
    if at_foot:
        content.insert(next(k for k, flowable in enumerate(content) if isinstance(flowable, PageBreak)), line)
    SimpleDocTemplate(str(target), pagesize=pdfs.PAGE, leftMargin=pdfs.MARGIN, rightMargin=pdfs.MARGIN,
                      topMargin=40, bottomMargin=36, invariant=1).build(content)
    return extract_file(target)


def _rows_below(header_again: bool, ruling: str):
    """`next_page` of `_report_split_over_a_page`: the table's rows below the break, under its header printed again
    or not."""
    pdfs = make_pdfs()

    def next_page(rows: tuple) -> list:
        return [pdfs.ruled_table(Table(rows=(rows[0], *rows[3:]) if header_again else rows[3:]), ruling)]
    return next_page


# the budget read as one table over the page break, its header's line alone in the text
BUDGET_GOING_ON = [(1, "계", 5_780_000_000), (1, "푸른 녹지 조성", 4_200_000_000), (1, "공원 관리", 1_500_000_000),
                   (1, "기본경비", 80_000_000)]


@pytest.mark.parametrize("ruling", ["grid", "none"])
@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("page", [1, 2, 0])
def test_a_running_header_printed_once_in_a_table_is_dropped_and_the_table_goes_on(page, header_again, ruling,
                                                                                   tmp_path):
    """HWP's header (`2025년 주요업무보고` at the left, `노인복지과` at the right) printed at one page break only,
    at the foot of page 1 or atop page 2, or both (0, another line at each), between a table's rows: before, the
    rows below it were a table of their own (a second budget, its 계 missing, or a generic grid), or it was a row of
    theirs; printed at both, each saw the other as the line above or below it and both were kept."""
    pdfs = make_pdfs()

    def furniture(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(pdfs.BODY_FONT, 9)
        canvas.drawCentredString(pdfs.PAGE[0] / 2, 18, f"- {pdf.page} -")
        if pdf.page == page or not page and pdf.page in (1, 2):
            y = pdfs.PAGE[1] - 22 if pdf.page == 2 else 28
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawString(pdfs.MARGIN, y, "2025년 주요업무보고" if page or pdf.page == 1 else "구의회 정례회")
            canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, y, "노인복지과")
        canvas.restoreState()

    report = _report_split_over_a_page(tmp_path, BUDGET, ruling, _rows_below(header_again, ruling), furniture)
    assert [(line.table_no, line.name, line.budget_krw) for line in report.budget] == BUDGET_GOING_ON
    assert report.tables == [] and [t.text for t in report.general_text] == ["4 예산현황"]


@pytest.mark.parametrize("ruling", ["grid", "none"])
@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize(("header", "page", "right"), [
    ("노인복지과", 2, True),  # the department alone atop page 2, at the right
    ("한빛구청 노인복지과", 2, False),  # after its office, at the left
    ("복지국 노인복지과", 1, True),  # after its 국, at the foot of page 1
    ("노 인 복 지 과", 2, True),  # letter-spaced
    ("한빛구청 노 인 복 지 과", 2, False),  # letter-spaced after its office
])
def test_a_running_header_naming_a_department_alone_printed_once_in_a_table_is_dropped(header, page, right,
                                                                                      header_again, ruling, tmp_path):
    """A header in the margin at one page break only that is a department's name alone or after its office, between
    a table's rows going on: before, the rows below it were a table of their own (a second budget, its 계 missing,
    or a generic grid), or it was a row of theirs; so too, letter-spaced (`노 인 복 지 과`), until this session."""
    pdfs = make_pdfs()

    def furniture(canvas, pdf) -> None:
        canvas.saveState()
        canvas.setFont(pdfs.BODY_FONT, 9)
        canvas.drawCentredString(pdfs.PAGE[0] / 2, 18, f"- {pdf.page} -")
        if pdf.page == page:
            y = pdfs.PAGE[1] - 22 if page == 2 else 28
            canvas.setFont(pdfs.BODY_FONT, 8)
            if right:
                canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, y, header)
            else:
                canvas.drawString(pdfs.MARGIN, y, header)
        canvas.restoreState()

    report = _report_split_over_a_page(tmp_path, BUDGET, ruling, _rows_below(header_again, ruling), furniture)
    assert [(line.table_no, line.name, line.budget_krw) for line in report.budget] == BUDGET_GOING_ON
    assert report.tables == [] and [t.text for t in report.general_text] == ["4 예산현황"]


@pytest.mark.parametrize("ruling", ["grid", "none"])
@pytest.mark.parametrize("in_margin", [False, True])
def test_a_line_atop_a_page_over_a_table_of_other_columns_stays(in_margin, ruling, tmp_path):
    """A line atop the page in words, parted (`2025년 하반기 계획` beside `노인복지과`), over a table of other columns
    (`사업명 | 계획액 | 비고` after the budget's four) is kept, the tables apart, printed as a caption in the text or
    in the margin where a header is: only a line over the same table going on is a running header."""
    pdfs = make_pdfs()
    other = pdfs.ruled_table(Table(rows=(("사업명", "계획액", "비고"), ("경로당 지원", "120,000", "-"))), ruling)
    caption = pdfs.Table([[pdfs.Paragraph(text, pdfs.UNIT) for text in ("2025년 하반기 계획", "노인복지과")]],
                         colWidths=[300, 300])

    def furniture(canvas, pdf) -> None:
        if in_margin and pdf.page == 2:
            canvas.saveState()
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawString(pdfs.MARGIN, pdfs.PAGE[1] - 22, "2025년 하반기 계획")
            canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 22, "노인복지과")
            canvas.restoreState()

    report = _report_split_over_a_page(tmp_path, BUDGET, ruling,
                                       lambda _rows: [other] if in_margin else [caption, other], furniture)
    printed = [t.text for t in report.general_text] + [c for t in report.tables for row in t.rows for c in row]
    assert "2025년 하반기 계획" in " ".join(printed)
    assert [line.name for line in report.budget] == ["계", "푸른 녹지 조성"]


COVER = "# 2025년 주요업무보고\n\n{cover}\n\n"  # the report's cover over the budget, naming its department


@pytest.mark.parametrize("ruling", ["none", "grid"])
@pytest.mark.parametrize(("cover", "header"), [
    ("사 회 복 지 과", "사회복지과"),  # the cover's department, letter-spaced there
    ("복지국 노인복지과", "한빛구청 노인복지과"),  # the cover's, after its office
    ("사 회 복 지 과", "노인복지과"),  # another department's name: a report copied from another's template
    ("사 회 복 지 과", "복지국 노인복지과"),  # another's, after its 국
])
def test_a_department_alone_in_the_margin_at_one_page_break_is_a_running_header(cover, header, ruling, tmp_path):
    """A line naming a department alone atop a page, in its margin farther from the table's first row than the rows
    are from each other (or over a ruled table), is its running header, the cover's department or another's; before,
    another's was kept, a line of its own parting the table (the rows below a table of their own)."""
    pdfs = make_pdfs()

    def furniture(canvas, pdf) -> None:
        if pdf.page == 2:
            canvas.saveState()
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 22, header)
            canvas.restoreState()

    report = _report_split_over_a_page(tmp_path, COVER.format(cover=cover) + BUDGET, ruling,
                                       lambda rows: [pdfs.ruled_table(Table(rows=rows[3:]), ruling)], furniture)
    assert [(line.table_no, line.name, line.budget_krw) for line in report.budget] == BUDGET_GOING_ON
    assert [t.text for t in report.general_text] == ["4 예산현황"] and report.tables == []


@pytest.mark.parametrize("ruling", ["none", "grid"])
def test_another_departments_name_at_the_rows_spacing_atop_a_page_stays(ruling, tmp_path):
    """Another department's name than the cover's as the first row atop a page, at the rows' spacing (a group row of
    the table, its other cells blank), is no running header: it stays, a row of the ruled table, or a line of its
    own over the rows of a table without rules, as before."""
    pdfs = make_pdfs()
    report = _report_split_over_a_page(
        tmp_path, COVER.format(cover="사 회 복 지 과") + BUDGET, ruling,
        lambda rows: [pdfs.ruled_table(Table(rows=(("노인복지과", "", "", ""), *rows[3:])), ruling)], lambda *_: None)
    assert [line.name for line in report.budget] == ["계", "푸른 녹지 조성"]
    below = [row for t in report.tables for row in t.rows]
    assert [row[0] for row in below] == (["노인복지과"] if ruling == "grid" else []) + ["공원 관리", "기본경비"]
    assert [t.text for t in report.general_text] == ["4 예산현황" + (" 노인복지과" if ruling == "none" else "")]


@pytest.mark.parametrize("ruling", ["none", "grid"])
@pytest.mark.parametrize("at_foot", [False, True])
@pytest.mark.parametrize(("header", "dropped"), [
    ("사회복지과", True),  # the cover's department
    ("한빛구청 사회복지과", True),  # after its office
    ("노인복지과", "grid"),  # another's: dropped over a ruled table only, whose rows it cannot be one of
])
def test_a_department_in_the_bodys_type_close_to_the_table_at_a_page_break_is_a_running_header(
        header, dropped, at_foot, ruling, tmp_path):
    """A department's name printed as the page's last line or first, in the body's type close to the table (below
    the margin a running header is looked for in), between the table's rows going on: the cover's department is a
    running header there too, and another's where the rows are a ruled table's. Before, it was looked for in the
    margin only, so such a line parted the table (the rows below it a table of their own)."""
    pdfs = make_pdfs()
    report = _report_with_a_line_at_the_break(tmp_path, COVER.format(cover="사 회 복 지 과") + BUDGET, ruling,
                                              pdfs.Paragraph(header, pdfs.BODY), lambda rows: rows[3:], at_foot)
    if dropped is True or dropped == ruling:
        assert [(line.table_no, line.name, line.budget_krw) for line in report.budget] == BUDGET_GOING_ON
        assert [t.text for t in report.general_text] == ["4 예산현황"]
    else:
        assert [line.name for line in report.budget] == ["계", "푸른 녹지 조성"]  # the line parts the table still
        assert [t.text for t in report.general_text] == [f"4 예산현황 {header}"]
        assert [row[0] for t in report.tables for row in t.rows] == ["공원 관리", "기본경비"]


# a 국's report printing each 과's budget under its name, in the body's type: `사회복지과` over the first table (the
# cover's session and dates over its title, so that the heading is none of its first lines, `COVER_LINES`), its 계
# the one row printed above the page break
BUREAU = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n" + COVER.format(cover="복 지 국")
          + BUDGET.replace("(단위: 천원)\n\n", "(단위: 천원)\n\n사회복지과\n\n")
          .replace("계\t5,780,000\t2,321,000\t40.2", "계\t4,200,000\t1,680,000\t40.0"))


@pytest.mark.parametrize("ruling", ["grid", "none"])
@pytest.mark.parametrize("at_foot", [False, True])
def test_a_departments_heading_at_a_page_break_stays_where_the_body_prints_one_over_a_table(at_foot, ruling,
                                                                                           tmp_path):
    """The next 과's heading (`노인복지과`, in the body's type) atop a page over its table, or at the foot of the page
    before, where the body prints the first 과's (`사회복지과`) over its table away from the page breaks: a heading,
    not a running header, so the tables stay two budgets, each its 계. Before (this session's reading of another
    department's name apart from a table's rows as a running header), it was dropped over a ruled table and the
    two read as one budget of two 계 rows (the 계 found off by the rows, `sum.budget`). The second table's unit is
    still the report's first only (`(단위: 천원)` is read for the table under it)."""
    from checks import run_checks

    pdfs = make_pdfs()
    second = [("단위사업명", "예산액", "집행액", "집행률(%)"), ("계", "1,580,000", "641,000", "40.6"),
              ("공원 관리", "1,500,000", "609,000", "40.6"), ("기본경비", "80,000", "32,000", "40.0")]
    report = _report_with_a_line_at_the_break(tmp_path, BUREAU, ruling, pdfs.Paragraph("노인복지과", pdfs.BODY),
                                              lambda rows: second, at_foot)
    assert [(line.table_no, line.name) for line in report.budget] == [
        (1, "계"), (1, "푸른 녹지 조성"), (2, "계"), (2, "공원 관리"), (2, "기본경비")]
    assert [t.text for t in report.general_text] == ["4 예산현황 사회복지과 노인복지과"]
    assert [f.rule for f in run_checks(report)] == ["unit"]


WORDS = """Ⅰ. 일반현황

3 협업 현황

협업 부서\t협업 내용\t비고
가정복지과\t자료 제공\t
노인복지과\t협조\t
여성가족과\t공동 추진\t매월
아동보육과\t자료 제공\t

Ⅱ. 주요업무 추진실적
"""


@pytest.mark.parametrize("header_again", [True, False])
@pytest.mark.parametrize("title", ["2025년 주요업무보고", ""])
def test_a_running_header_printed_once_in_a_ruled_table_of_words_is_dropped(title, header_again, tmp_path):
    """A running header in the margin at one page break (`2025년 주요업무보고` beside `노인복지과`, or the department
    alone) between a ruled table of words' rows (a 협업 table, its row `노인복지과 | 협조 |` the last above the
    break): before, only a table of figures went on past it, and the line parted the table. Every row is kept; the
    rows below are one table with those above where the header is printed again over them (`add_table`)."""
    pdfs = make_pdfs()

    def furniture(canvas, pdf) -> None:
        if pdf.page == 2:
            canvas.saveState()
            canvas.setFont(pdfs.BODY_FONT, 8)
            canvas.drawString(pdfs.MARGIN, pdfs.PAGE[1] - 22, title)
            canvas.drawRightString(pdfs.PAGE[0] - pdfs.MARGIN, pdfs.PAGE[1] - 22, "노인복지과")
            canvas.restoreState()

    report = _report_split_over_a_page(tmp_path, COVER.format(cover="사 회 복 지 과") + WORDS, "grid",
                                       _rows_below(header_again, "grid"), furniture)
    assert [row[0] for t in report.tables for row in t.rows] == [
        "협업 부서", "가정복지과", "노인복지과", "여성가족과", "아동보육과"]
    assert len(report.tables) == 1 + (not header_again)
    assert not [t for t in report.general_text if "노인복지과" in t.text or "주요업무보고" in t.text]
