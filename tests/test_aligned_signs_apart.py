"""Space-aligned shortfalls whose sign stands apart from its figure: a PDF printing a 과부족 cell's `△` at the cell's
left and its figure at the right (`△    2`), or `△` alone for a nil change, as `pdftotext -layout` prints it: the sign
left of its column's figures, in the gap before it, a space after the cell on its left (`- △    1`), or a column of
its own. The sign joins the figure after it (`△2`), unless it stands under (or in the gap before) a column of its own
that no cell before it takes: then it is that column's nil change (`△`, 0) and the figure after it a positive.
Before, the sign made a column of its own or joined the cell on its left (`- △`, `1 △`), the 과부족 came out
shifted (`2` for `△2`) and the staffing was a grid or wrong (`shortfall`, `sum.staffing`)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.aligned import display_width
from tests.layouts import read_first_part, tables_of

COVER = "제301회 한빛구의회 제1차 정례회\n\n# 2025년 주요업무 보고\n\n## 공원녹지과\n\n# Ⅰ. 일반현황\n\n"
GRADES = ("계", "5급", "6급", "7급", "8급")


def read_body(body: str):
    document = read_first_part(COVER, body)
    return tables_of(document), extract_report(document)


def staffing_of(report):
    return [(r.status, r.job_class, r.grade, r.headcount) for r in report.staffing]


def expected(*by_status: tuple[str, tuple[int, ...]]):
    return [(status, "계", grade, count) for status, counts in by_status
            for grade, count in zip(GRADES, counts, strict=True)]


# rendered by `pdftotext -layout` (poppler 22.12) from PDFs drawn with reportlab, 10pt, each cell's figure at its
# right edge and, in a 과부족 cell, its sign at its left edge (`△` alone: a nil change)
MYEONGJO_SIGNS_AT_LEFT = """\
구분        계    5급    6급     7급       8급
정원        29    1     5     10       13
현원        27    1     4     10       12
과부족   △    2   - △    1 △        △    1
"""
GOTHIC_SIGNS_AT_LEFT = """\
구분        계    5급     6급     7급       8급
정원        29    1      5     10       13
현원        27    1      4     10       12
과부족   ▲    2    - ▲    1 ▲        ▲    1
"""
# a nil change `△` at its cell's left, then a positive `1` with no sign
NIL_THEN_POSITIVE = """\
구분    계    5급    6급     7급   8급
정원    29    1     5     10   13
현원    29    1     4     10   14
과부족   -    - △    1 △         1
"""
# the sign right-aligned with its figure, a space or more between (`△ 2`, `△   1`)
SIGNS_SPACED = """\
구분     계    5급    6급   7급       8급
정원     29    1     5   10       13
현원     27    1     4   10       12
과부족   △ 2   -    △ 1   △    △    1
"""
SHORT = (("정원", (29, 1, 5, 10, 13)), ("현원", (27, 1, 4, 10, 12)), ("과부족", (-2, 0, -1, 0, -1)))


@pytest.mark.parametrize(("text", "counts"), [
    (MYEONGJO_SIGNS_AT_LEFT, SHORT), (GOTHIC_SIGNS_AT_LEFT, SHORT), (SIGNS_SPACED, SHORT),
    (NIL_THEN_POSITIVE, (("정원", (29, 1, 5, 10, 13)), ("현원", (29, 1, 4, 10, 14)), ("과부족", (0, 0, -1, 0, 1)))),
], ids=["myeongjo", "gothic-filled", "spaced", "nil-then-positive"])
def test_pdftotext_signs_apart_join_their_figures(text, counts):
    tables, report = read_body("2 인 력\n" + text)
    assert len(tables[0].rows[0]) == 6  # no column of signs
    assert staffing_of(report) == expected(*counts)
    assert report.tables == []
    assert run_checks(report) == []


def test_a_wrong_shortfall_with_its_sign_apart_is_found():
    """6급's 과부족 printed `△    2` (its 현원 less its 정원 is −1): found, as `△2` would be."""
    _tables, report = read_body("2 인 력\n" + MYEONGJO_SIGNS_AT_LEFT.replace("- △    1 △", "- △    2 △"))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(report)] == [
        ("shortfall", "과부족", "계 6급", "-1", "-2")]  # not also the 계, right by its 현원 − 정원
    assert ("과부족", "계", "6급", -2) in staffing_of(report)


def laid_out(rows: list[tuple[str, ...]], width: int, gap: int, signs_at_left: bool, by_characters: bool) -> str:
    """Rows in columns `width` wide, `gap` blanks apart, figures at the right; a sign at its cell's left or right
    before its figure (`△   1`); measured in display columns or, as `pdftotext -layout` prints, characters."""
    measure = len if by_characters else display_width
    lines = []
    for label, *cells in rows:
        line = label + " " * (10 - measure(label))
        for cell in cells:
            if signs_at_left and cell[:1] in "△▲":
                cell = cell[0] + " " * (width - measure(cell)) + cell[1:].strip()
            line += " " * gap + " " * (width - measure(cell)) + cell
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("sign", ["△", "▲"])
@pytest.mark.parametrize("by_characters", [False, True], ids=["display-columns", "characters"])
@pytest.mark.parametrize("signs_at_left", [True, False], ids=["at-left", "spaced"])
@pytest.mark.parametrize(("width", "gap"), [(5, 1), (6, 2), (8, 3)])
@pytest.mark.parametrize("nil_then_positive", [False, True], ids=["shortfalls", "nil-then-positive"])
def test_signs_apart_in_any_spacing(sign, by_characters, signs_at_left, width, gap, nil_then_positive):
    shortfall = (f"{sign}1", sign, "1") if nil_then_positive else (f"{sign}1", sign, f"{sign}1")
    present = (29, 1, 4, 10, 14) if nil_then_positive else (27, 1, 4, 10, 12)
    total = "-" if nil_then_positive else f"{sign}2"
    spaced = tuple(cell if signs_at_left or len(cell) < 2 else f"{cell[0]}  {cell[1:]}" for cell in shortfall)
    rows = [("구분", *GRADES), ("정원", "29", "1", "5", "10", "13"), ("현원", *map(str, present)),
            ("과부족", total if signs_at_left else total.replace(sign, f"{sign} "), "-", *spaced)]
    _tables, report = read_body("2 인 력\n" + laid_out(rows, width, gap, signs_at_left, by_characters))
    shortfalls = (0, 0, -1, 0, 1) if nil_then_positive else (-2, 0, -1, 0, -1)
    assert staffing_of(report) == expected(("정원", (29, 1, 5, 10, 13)), ("현원", present), ("과부족", shortfalls))
    assert run_checks(report) == []


@pytest.mark.parametrize("layout", ["tab", "pipe"])
def test_a_sign_a_space_before_its_figure_in_markup_tables_keeps_reading(layout):
    rows = [("구분", *GRADES), ("정원", "29", "1", "5", "10", "13"), ("현원", "27", "1", "4", "10", "12"),
            ("과부족", "△ 2", "-", "▲ 1", "△", "△ 1")]
    if layout == "tab":
        text = "\n".join("\t".join(row) for row in rows)
    else:
        text = "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * 6]
                         + ["| " + " | ".join(row) + " |" for row in rows[1:]])
    _tables, report = read_body("2 인 력\n\n" + text + "\n")
    assert staffing_of(report) == expected(*SHORT)
    assert run_checks(report) == []


def test_a_budget_change_with_its_sign_apart_reads_as_one_figure():
    """A budget table's 증감 printed `△      10,000`: one cell, `△10,000` (before, the sign was a column of its own)."""
    tables, report = read_body("""\
3 예산현황
                                                   (단위: 천원)
 구      분       2026년 예산(안)     2025년 예산        증  감
 합      계           700,000          710,000    △      10,000
 녹지조성             400,000          420,000    ▲      20,000
 공원관리             300,000          290,000           10,000
""")
    assert tables[0].rows == (("구 분", "2026년 예산(안)", "2025년 예산", "증 감"),
                              ("합 계", "700,000", "710,000", "△10,000"), ("녹지조성", "400,000", "420,000", "▲20,000"),
                              ("공원관리", "300,000", "290,000", "10,000"))
    assert report.tables == [] and run_checks(report) == []
