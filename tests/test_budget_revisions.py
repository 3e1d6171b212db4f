"""A budget table printing the year's revisions (추가경정예산) beside the original budget: `본예산 | 1회 추경 |
2회 추경 | 집행액`. Its 예산액 is the latest revision's, the budget its 집행률 is of; the others are kept."""

import unicodedata

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text

COVER = "제286회 새빛구의회 제2차 정례회\n\n2025년도 행정사무감사 업무보고\n\n총 무 과\n\n"
ROWS = [("계", "5,000,000", "5,200,000", "5,400,000", "4,320,000", "80.0"),
        ("청사 관리", "3,000,000", "3,200,000", "3,300,000", "2,640,000", "80.0"),
        ("인사 운영", "2,000,000", "2,000,000", "2,100,000", "1,680,000", "80.0")]


def printed(header, layout, rows=ROWS):
    lines = [header, *rows]
    if layout == "tab":
        return "\n".join("\t".join(line) for line in lines)
    if layout == "pipe":
        rule = "|" + "|".join(" --- " for _ in header) + "|"
        return "\n".join(["| " + " | ".join(header) + " |", rule, *("| " + " | ".join(r) + " |" for r in rows)])
    widths = [max(shown(line[col]) for line in lines) for col in range(len(header))]
    padded = [[" " * (width - shown(cell)) + cell if col else cell + " " * (width - shown(cell))
               for col, (cell, width) in enumerate(zip(line, widths, strict=True))] for line in lines]
    return "\n".join("  " + "   ".join(cells) for cells in padded)


def shown(text):
    """The columns a cell takes as `pdftotext -layout` prints it: a syllable two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def report(table: str):
    body = f"Ⅰ. 일반현황\n\n1 예산현황 (2025. 10. 31. 기준)\n\n(단위: 천원)\n\n{table}\n"
    return extract_report(read_text("t.txt", (COVER + body).encode()))


HEADERS = [("단위사업명", "본예산", "1회 추경", "2회 추경", "집행액", "집행률(%)"),
           ("단위사업명", "본예산", "제1회 추경", "제2회 추경", "집행액", "집행률(%)"),
           ("단위사업명", "본예산", "1차 추경", "2차 추경", "집행액", "집행률(%)"),
           ("단위사업명", "본예산", "제1회 추경예산", "제2회 추경예산", "집행액", "집행률(%)"),
           ("단위사업명", "당초예산", "제1회 추가경정예산", "제2회 추가경정예산", "집행액", "집행률(%)"),
           ("단위사업명", "본예산", "추경(1회)", "추경(2회)", "집행액", "집행률(%)")]


@pytest.mark.parametrize("layout", ["tab", "pipe", "space"])
@pytest.mark.parametrize("header", HEADERS, ids=lambda h: h[3])
def test_the_latest_revision_is_the_budget_and_the_others_are_kept(header, layout):
    r = report(printed(header, layout))
    assert [(b.name, b.budget_krw, b.executed_krw, b.execution_rate) for b in r.budget] == [
        ("계", 5_400_000_000, 4_320_000_000, 80.0), ("청사 관리", 3_300_000_000, 2_640_000_000, 80.0),
        ("인사 운영", 2_100_000_000, 1_680_000_000, 80.0)]
    assert r.budget[1].other_columns == {header[1]: "3,000,000", header[2]: "3,200,000"}
    assert run_checks(r) == []


def test_the_revisions_printed_latest_first_give_the_latest():
    header = ("단위사업명", "2회 추경", "1회 추경", "본예산", "집행액", "집행률(%)")
    rows = [(name, second, first, base, spent, rate) for name, base, first, second, spent, rate in ROWS]
    r = report(printed(header, "tab", rows))
    assert [b.budget_krw for b in r.budget] == [5_400_000_000, 3_300_000_000, 2_100_000_000]


def test_a_wrong_total_of_a_revision_is_found():
    rows = [("계", "5,000,000", "5,200,000", "5,500,000", "4,320,000", "78.5"), *ROWS[1:]]
    r = report(printed(HEADERS[0], "tab", rows))
    assert [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)] == [
        ("sum.budget", "계", "예산액", "5,400,000천원", "5,500,000천원")]  # the budget's field, as of `예산현액`


@pytest.mark.parametrize("label", ["추경액", "추경 증감"])
def test_a_revision_s_amount_or_change_is_no_budget(label):
    header = ("단위사업명", "예산액", label, "집행액", "집행률(%)")
    rows = [("계", "5,400,000", "400,000", "4,320,000", "80.0"),
            ("청사 관리", "3,300,000", "300,000", "2,640,000", "80.0"),
            ("인사 운영", "2,100,000", "100,000", "1,680,000", "80.0")]
    r = report(printed(header, "tab", rows))
    assert [b.budget_krw for b in r.budget] == [5_400_000_000, 3_300_000_000, 2_100_000_000]


def test_revisions_lettered_for_a_formula_give_the_latest():
    header = ("단위사업명", "본예산(A)", "1회 추경(B)", "2회 추경(C)", "집행액", "집행률(%)")
    lines = report(printed(header, "tab")).budget
    assert [b.budget_krw for b in lines] == [5_400_000_000, 3_300_000_000, 2_100_000_000]


def test_revisions_under_a_group_label_give_the_latest():
    table = ("단위사업명\t예 산 액\t\t\t집행액\t집행률(%)\n\t2회 추경\t1회 추경\t본예산\t\t\n"
             + "\n".join("\t".join((r[0], r[3], r[2], r[1], r[4], r[5])) for r in ROWS))
    # the same figures, the revisions latest first under `예 산 액`
    assert [b.budget_krw for b in report(table).budget] == [5_400_000_000, 3_300_000_000, 2_100_000_000]
