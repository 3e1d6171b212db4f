"""PyMuPDF's sorted text of a budget table of 단위사업 and 세부사업 whose last group prints its `소 계` first, the
group's label centred between that row and the next on a line of its own (branch mupdf131).

PyMuPDF sets a row printing the 세부사업 alone off by its own letters: the blank 단위사업 cell is counted narrow, and
the short `소 계` starts where the other lone 세부사업 labels start (`어르신 체육교실`), indented under `단위사업`, yet
in display columns it overlaps the 단위사업 column only. The group's label on the line below it (`도서관 운영`)
could not join it (the label column filled) and stood a row of its own, the `소 계` read as the 단위사업's. Now a
first cell starting where the next column's lone labels start is that column's where a label joins its row: the
label joins the `소 계` row, beside it. A group whose first row is no total (`도서 구입` over `도서관 운영`)
reads as before."""

import pytest

from pipeline.document import Table
from pipeline.read import read_document
from tests.test_mupdf99 import line

HEADER = line((35, "단위사업"), (48, "세부사업"), (61, "예산액"), (71, "집행액"), (80, "집행률(%)"))
UNIT = line((60, "(’24. 6. 30. 기준 / 단위: 천원)"))


def both(label: str, part: str, *figures: str) -> str:
    """A row printing its group's label and its first 세부사업, as PyMuPDF sets it."""
    return line((33, label), (47, part), (65, figures[0]), (77, figures[1]), (89, figures[2]))


def alone(part: str, *figures: str) -> str:
    """A row printing its 세부사업 alone, set off by its own letters (the blank first cell counted narrow)."""
    start = 41 + 2 * len(part.replace(" ", "")) + part.count(" ")
    return line((41, part), (max(start + 3, 58), figures[0]), (70, figures[1]), (82, figures[2]))


def report(first: str) -> str:
    """A report whose budget table's last group prints `first` over the group's label on a line of its own."""
    rows = [HEADER, line((33, "총 계"), (65, "2,450,000"), (77, "1,120,000"), (89, "45.7")),
            alone("소 계", "1,600,000", "800,000", "50.0"),
            both("체육 진흥", "생활체육 교실", "1,200,000", "600,000", "50.0"),
            alone("어르신 체육교실", "400,000", "200,000", "50.0"),
            "\n".join([alone(first, "850,000", "320,000", "37.6"), line((33, "도서관 운영")),
                       alone("작은도서관 지원", "850,000", "320,000", "37.6")])]
    return "\n\n".join(["2024년 주요업무 보고", " Ⅰ. 일반현황", " 1. 예산 집행 현황", UNIT, *rows]) + "\n"


def table(tmp_path, text: str) -> tuple[tuple[str, ...], ...]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return next(block.rows for block in read_document(path).blocks if isinstance(block, Table))


TOP = (("단위사업", "세부사업", "예산액", "집행액", "집행률(%)"), ("총 계", "", "2,450,000", "1,120,000", "45.7"),
       ("체육 진흥", "소 계", "1,600,000", "800,000", "50.0"),
       ("", "생활체육 교실", "1,200,000", "600,000", "50.0"), ("", "어르신 체육교실", "400,000", "200,000", "50.0"))


@pytest.mark.parametrize("first", ["소 계", "도서 구입"])
def test_a_group_label_under_its_first_row_joins_it(tmp_path, first):
    assert table(tmp_path, report(first)) == (*TOP, ("도서관 운영", first, "850,000", "320,000", "37.6"),
                                              ("", "작은도서관 지원", "850,000", "320,000", "37.6"))
