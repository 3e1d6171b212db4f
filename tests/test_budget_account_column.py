"""A 군's budget by account: `회 계 | 정책사업 | 예산액 …`, 일반회계 and a 특별회계 each over its lines with a 소계 row.
The 회계 column groups the lines whatever the column beside it says, as `회계구분 | 단위사업` does, so that each
account is one line, its lines' parent, and the table's one top-level 계 is the total (not three lines named 계)."""

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.read_text import read_text
from tests.layouts import read_laid_out

COVER = "제289회 새들군의회 제1차 정례회\n\n2025. 6. 9. ~ 6. 20.\n\n2025년 주요업무 보고\n\n안 전 건 설 과\n\n"
PART = "Ⅰ. 일반현황\n\n1 조 직\n\n안전건설과 - ( 4 )개팀\n\n3 예산현황\n\n(단위: 천원)\n\n"
TABLE = ("{account}\t{name}\t예산액\t집행액\t집행률(%)\n합 계\t\t7,900,000\t3,154,000\t39.9\n"
         "일반회계\t소 계\t4,900,000\t2,304,000\t47.0\n\t재난안전 관리\t{disaster}\t384,000\t42.7\n"
         "\t도로 유지관리\t4,000,000\t1,920,000\t48.0\n기반시설특별회계\t소 계\t3,000,000\t850,000\t28.3\n"
         "\t기반시설 확충\t3,000,000\t850,000\t28.3\n")
LINES = [("계", None, 7_900_000, 3_154_000, 39.9), ("일반회계", None, 4_900_000, 2_304_000, 47.0),
         ("재난안전 관리", "일반회계", 900_000, 384_000, 42.7),
         ("도로 유지관리", "일반회계", 4_000_000, 1_920_000, 48.0),
         ("기반시설특별회계", None, 3_000_000, 850_000, 28.3),
         ("기반시설 확충", "기반시설특별회계", 3_000_000, 850_000, 28.3)]


def lines(r):
    return [(b.name, b.parent, b.budget_krw // 1000, b.executed_krw // 1000, b.execution_rate) for b in r.budget]


def found(r):
    return [(f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r)]


@pytest.mark.parametrize(("account", "name"), [("회 계", "정책사업"), ("회계", "사업명"), ("회계별", "단위사업"),
                                               ("회계명", "구 분")])
def test_an_account_column_groups_the_lines_beside_it(account, name):
    text = COVER + PART + TABLE.format(account=account, name=name, disaster="900,000")
    r = extract_report(read_text("t.txt", text.encode()))
    assert lines(r) == LINES
    assert found(r) == []


def test_a_wrong_line_under_an_account_is_found_on_it():
    """Its 예산액 950,000 breaks the account's 소계 (4,950,000) and its rate (384,000 ÷ 950,000 is 40.4): the figure the
    소계 makes it, 900,000, puts both right, one finding (before, the 소계's and the rate)."""
    text = COVER + PART + TABLE.format(account="회 계", name="정책사업", disaster="950,000")
    r = extract_report(read_text("t.txt", text.encode()))
    assert found(r) == [("sum.budget", "재난안전 관리", "예산액", "900,000천원", "950,000천원")]


@pytest.mark.parametrize("layout", ["space-aligned", "space-aligned-tall-rows", "pdf grid", "pdf none",
                                    "pdf horizontal", "pdf open sides"])
def test_an_account_column_in_other_layouts(layout, tmp_path):
    """In a PDF without vertical rules the account's label is centred on its rows (`일반회계` beside
    `재난안전 관리`, the second of three): its 소계 row takes it, as a 단위사업's does."""
    text = COVER + PART + TABLE.format(account="회 계", name="정책사업", disaster="900,000")
    r = read_laid_out(text, layout, tmp_path)
    assert lines(r) == LINES


# `pdftotext -layout` of the table ruled with horizontal lines alone: its rows parted by blank lines, each account's
# label centred on its rows
LAID_OUT = """\
 3 예산현황
                                                                      (단위: 천원)
          회계      정책사업            예산액             집행액           집행률(%)

     합계                         7,900,000       3,154,000       39.9

                 소계             4,900,000       2,304,000       47.0

     일반회계        재난안전 관리        900,000         384,000         42.7

                 도로 유지관리        4,000,000       1,920,000       48.0

                 소계             3,000,000       850,000         28.3
     기반시설특별회계
                 기반시설 확충        3,000,000       850,000         28.3
"""


def test_an_account_column_as_pdftotext_layout_prints_it():
    r = extract_report(read_text("t.txt", (COVER + "Ⅰ. 일반현황\n\n" + LAID_OUT).encode()))
    assert lines(r) == LINES
