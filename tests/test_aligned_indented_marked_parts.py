"""Space-aligned rows indented under a row and printing a part's mark of their own (`  - 주민등록`, `  · 가족관계`,
`  ○ 노상`), as `pdftotext -layout` prints a 민원 table's breakdown: the mark as printed is the part's, so the 계 row
counts them once, through the row they break down. Before, the reader marked them again (`↳ - 주민등록`), which the
checks took for no part: the 합 계 row was found wrong in every column (`sum.table`)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_first_part, tables_of

COVER = "제310회 한빛구의회 제2차 정례회\n\n# 2025년 주요업무 보고\n\n## 새솔3동 주민센터\n\n# Ⅰ. 일반현황\n\n"
COMPLAINTS = """\
   2. 민원 처리 현황
                                                     (단위 : 건)
     구  분           계          7월     8월     9월     10월
     제증명 발급      18,400      4,600   4,500   4,650   4,650
       - 주민등록     9,200       2,300   2,250   2,320   2,330
       - 가족관계     9,200       2,300   2,250   2,330   2,320
     전입신고         1,240       320     300     310     310
     복지 상담        3,620       900     880     920     920
     합  계           23,260      5,820   5,680   5,880   5,880
"""


def read_body(body: str):
    document = read_first_part(COVER, body)
    return tables_of(document), [(f.rule, f.row, f.column, f.actual) for f in run_checks(extract_report(document))
                                 if f.severity == "error"]


@pytest.mark.parametrize("mark", ["-", "·", "○", "└", "ㅇ", "•"])
def test_indented_parts_printing_their_mark_are_parts_once(mark):
    tables, errors = read_body(COMPLAINTS.replace("- ", f"{mark} "))
    assert [row[0] for row in tables[0].rows[2:4]] == [f"{mark} 주민등록", f"{mark} 가족관계"]
    assert errors == []


def test_a_wrong_part_printing_its_mark_is_still_found():
    _, errors = read_body(COMPLAINTS.replace("- 가족관계     9,200       2,300", "- 가족관계     9,200       2,400"))
    assert [(rule, column) for rule, _row, column, _actual in errors] == [("sum.table", "7월")]


def test_indented_parts_printing_no_mark_are_marked_by_the_reader():
    tables, errors = read_body(COMPLAINTS.replace("- ", "  "))
    assert [row[0] for row in tables[0].rows[2:4]] == ["↳ 주민등록", "↳ 가족관계"]
    assert errors == []


STAFFING = """\
     구  분        정  원    현  원    과부족
     계               36        33        △3
     일반직           30        28        △2
       MARK행정       20        19        △1
       MARK전산       10         9        △1
     공무직            6         5        △1
"""


@pytest.mark.parametrize("mark", ["- ", "ㄴ ", "ㅇ ", "∘ ", "└ ", "• "])
def test_indented_staffing_rows_printing_their_mark_are_the_class_series(mark):
    # the reader leaves the mark as printed, so the staffing extractor must take every such mark for a part's:
    # before, `ㄴ 행정`, `ㅇ 행정`, `∘ 행정` were classes of their own, the 계 found wrong in every column
    cover = "제300회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n# Ⅰ. 일반현황\n\n"
    cover += "## 2 인 력\n\n"
    report = extract_report(read_text("t.txt", (cover + STAFFING.replace("MARK", mark)).encode()))
    assert sorted({(c.job_class, c.series or "") for c in report.staffing}) == [
        ("계", ""), ("공무직", ""), ("일반직", ""), ("일반직", "전산"), ("일반직", "행정")]
    assert [f.rule for f in run_checks(report) if f.severity == "error"] == []


@pytest.mark.parametrize("mark", ["- ", "ㄴ ", "ㅇ ", "└ "])
def test_indented_budget_lines_printing_their_mark_are_parts_of_the_line_above(mark):
    # before, `ㄴ 청사 유지보수` (left as printed by the reader) was a line of no parent, the 계 found wrong
    from tests.test_aligned_indented_parts import BUDGET

    text = BUDGET.format(executed="20,000")
    for name in ("청사 유지보수", "청사 청소 용역"):
        text = text.replace(f"{name}  ", f"{mark}{name}", 1)
    report = extract_report(read_text("b.txt", text.encode()))
    assert [(line.name, line.parent) for line in report.budget][1:4] == [
        ("청사 관리", None), ("청사 유지보수", "청사 관리"), ("청사 청소 용역", "청사 관리")]
    assert [f.rule for f in run_checks(report) if f.severity == "error"] == []
