"""Staffing tables with a header of three rows (`일 반 직` over `행 정 | 사회복지` over their grades, `관리운영직` over
its one grade, `공무직` merged down all three), printed as HWP prints them to PDF without vertical rules: a rule
under every row or none, type of 10 to 11 pt on an A4 page standing upright, merged labels at the left of their
span or centred in their merged cells (a label merged down three rows printed on the middle row's line), figures
at the left, centred or at the right of their cells. Each reads as its text twin."""

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle

from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from pipeline.records import records_data
from tests.layouts import make_pdfs

COVER = """제301회 한빛구의회 제1차 정례회

# 2025년 주요업무 보고

## 복 지 정 책 과

# Ⅰ. 일반현황

## 1 인 력

"""
AFTER = "\n## 2 예산현황\n\n- 예산 편성: 3월\n"
# `관리운영직` over its one grade, `공무직` over none
STAFF = """구 분\t계\t일 반 직\t\t\t\t\t관리운영직\t공무직
\t\t행 정\t\t사회복지\t\t\t\t
\t\t6급\t7급\t6급\t7급\t8급\t7급\t
정 원\t30\t4\t6\t5\t8\t3\t2\t2
현 원\t28\t4\t5\t5\t7\t3\t2\t2
과부족\t△2\t-\t△1\t-\t△1\t-\t-\t-
"""
STAFF_GRID = tuple(tuple(line.split("\t")) for line in STAFF.splitlines())
# no label merged down two rows: each label on the top row's line or the middle row's
STAFF_MERGED_THREE = """구 분\t계\t일 반 직\t\t\t\t\t공무직
\t\t행 정\t\t사회복지\t\t\t
\t\t6급\t7급\t6급\t7급\t8급\t
정 원\t28\t4\t6\t5\t8\t3\t2
현 원\t26\t4\t5\t5\t7\t3\t2
"""


def hwp_spans(rows, n_header):
    """Merged cells as HWP prints them: a header label spans the blanks right of it that head labels below, else
    the blanks below it (`계`, `공무직` down the header's three rows); a row label the blanks below it."""
    spans = []
    for r in range(n_header):
        for c, label in enumerate(rows[r]):
            if not label:
                continue
            end = c
            while (r < n_header - 1 and end + 1 < len(rows[r]) and not rows[r][end + 1]
                   and any(rows[q][end + 1] for q in range(r + 1, n_header))):
                end += 1
            down = r
            while end == c and down + 1 < n_header and not rows[down + 1][c]:
                down += 1
            if (end, down) != (c, r):
                spans.append(("SPAN", (c, r), (end, down)))
    return spans


def pdf_of(report, tmp_path, monkeypatch, *, rules: str, centred: bool, figures: int, size: float = 10,
           page: tuple[float, float] = A4):
    """The report drawn as make_pdfs draws it, on an A4 page standing upright (or `page`), in `size` pt, its
    tables ruled under every row (`rules="rows"`) or not at all, their merged labels centred (`centred`, else at
    the left of their span), their figures aligned by `figures` (0 left, 1 centred, 2 right)."""
    pdfs = make_pdfs.__wrapped__()
    monkeypatch.setattr(pdfs, "PAGE", page)
    for style, points in ((pdfs.CELL, size - 0.5), (pdfs.HEADER_CELL, size - 0.5), (pdfs.BODY, size),
                          (pdfs.TEXT, size)):
        monkeypatch.setattr(style, "fontSize", points)
        monkeypatch.setattr(style, "leading", points + 3)
    figure = ParagraphStyle("figure", parent=pdfs.CELL, alignment=figures)
    paragraph = pdfs.Paragraph
    monkeypatch.setattr(pdfs, "Paragraph", lambda text, style: paragraph(
        text, figure if style is pdfs.CELL and any(ch.isdigit() or ch == "-" for ch in text[:1]) else style))
    if centred:
        monkeypatch.setattr(pdfs, "spans", hwp_spans)
    drawn = pdfs.ruled_table

    def ruled_table(block, _ruling, repeat_header=True):
        table = drawn(block, "none", repeat_header)
        if rules == "rows":
            table.setStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                            ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)])
        return table

    monkeypatch.setattr(pdfs, "ruled_table", ruled_table)
    source = tmp_path / "report.txt"
    source.write_text(report, encoding="utf-8")
    target = tmp_path / "report.pdf"
    pdfs.render(source, target)
    return source, target


def tables(path):
    return [block.rows for block in read_document(path).blocks if isinstance(block, Table)]


def records(path):
    return records_data(extract_file(path), with_sources=False)


@pytest.mark.parametrize("size", [10, 11])
def test_a_group_label_over_one_grade_beside_a_label_over_none_is_its_columns(size, tmp_path, monkeypatch):
    """Labels at the left of their spans over figures at their cells' left: `7급` (centred under `관리운영직`)
    stands over none of its column's figures, right of them. It was read as the next column's, `공무직`'s, as a
    label over right-aligned figures is, for `관리운영직` stood over those figures: a group label over `7급` itself,
    it heads no column apart from it. Before, `관리운영직 공무직` was one label, `7급` a 공무직's, and 관리운영직's
    staff were lost (`sum.staffing`: 정원 계 30 against 28)."""
    source, target = pdf_of(COVER + STAFF + AFTER, tmp_path, monkeypatch, rules="rows", centred=False, figures=0,
                            size=size)
    assert tables(target) == tables(source) == [STAFF_GRID]
    assert records(target) == records(source)
    staff = {(row["job_class"], row["grade"], row["status"]): row["headcount"] for row in records(target)["staffing"]}
    assert staff["관리운영직", "7급", "정원"] == 2 and staff["공무직", "계", "정원"] == 2


@pytest.mark.parametrize("rules", ["rows", "none"])
@pytest.mark.parametrize("figures", [1, 2])
def test_a_header_of_three_rows_centred_as_hwp_prints_it_reads_as_its_text(rules, figures, tmp_path, monkeypatch):
    """`일 반 직` centred over its two sub-groups a row's height above them (18 pt in 10 pt type: more than a
    paragraph's space), `구 분 | 계 | 공무직` merged down the three rows on the middle row's line. Before, `일 반 직`
    was a paragraph of the general part's text, or (rules none) put in the middle row beside `사회복지`, and
    `구 분`, `계` and `공무직` stayed on the middle row."""
    source, target = pdf_of(COVER + STAFF_MERGED_THREE + AFTER, tmp_path, monkeypatch, rules=rules, centred=True,
                            figures=figures)
    grid = tuple(tuple(line.split("\t")) for line in STAFF_MERGED_THREE.splitlines())
    assert tables(target) == tables(source) == [grid]
    assert records(target) == records(source)


@pytest.mark.parametrize("page", [A4, landscape(A4)], ids=["upright", "landscape"])
@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("rules", ["rows", "none"])
def test_a_label_merged_down_two_of_three_rows_keeps_its_own_column(rules, size, page, tmp_path, monkeypatch):
    """`관리운영직` merged down the top two rows is printed halfway down them, beside `행 정 | 사회복지`, whose
    rule under them goes on under it (no vertical rules: the rule is each of their cells' lower edge): that rule,
    shorter than the one above, was taken for `관리운영직`'s own merged cell's and it was moved to its centre, over
    `일 반 직`'s columns (before: its staff 사회복지's, `sum.staffing` found 정원 계 30 against 22). `일 반 직` over
    it, on a line above the label printed halfway, was a paragraph of the general part's text (`1 인 력 일 반 직`),
    the header's first row blank over its grades: now it heads them, as in the text."""
    source, target = pdf_of(COVER + STAFF + AFTER, tmp_path, monkeypatch, rules=rules, centred=True, figures=2,
                            size=size, page=page)
    assert tables(target) == tables(source) == [STAFF_GRID]
    assert records(target) == records(source)
    assert records(target)["general_text"] == [{"section": "Ⅰ 일반현황", "text": "1 인 력 2 예산현황 예산 편성: 3월"}]
