"""A caption pandoc prints after its table (`: (단위: 천원) 2025. 5. 31. 기준`, `Table: …`), right below it or
after a blank line: read as a caption printed above it, its unit and date the table's. Before, it stayed a
paragraph (`: 2025. 5. 31. 기준`), the table had no unit nor date, and its unit went to the next table."""

import datetime as dt

import pytest

from checks import run_checks
from extractors import extract_report
from pipeline.document import Paragraph, Table
from pipeline.read_text import read_text
from tests.layouts import LAYOUTS

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
BUDGET = ("# Ⅰ. 일반현황\n\n## 4 예산현황\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t5,000\t2,000\t40.0\n"
          "청사 관리\t3,000\t1,200\t40.0\n직원 교육\t2,000\t800\t40.0\n")
AFTER = "## 5 주요 행사\n\n구 분\t횟수\t참석 인원\n계\t3\t120\n구민의 날\t1\t80\n체육대회\t2\t40\n"
IN_WON = [("계", 5_000_000, 2_000_000), ("청사 관리", 3_000_000, 1_200_000), ("직원 교육", 2_000_000, 800_000)]
MAY_31 = dt.date(2025, 5, 31)
NEXT = "## 6 기타\n\n다음 문단\n"


def read(text: str, layout: str = "tab"):
    return read_text("t.md", (LAYOUTS[layout](text) if layout in LAYOUTS else text).encode())


def budget(r) -> list[tuple[str, int | None, int | None]]:
    return [(line.name, line.budget_krw, line.executed_krw) for line in r.budget]


@pytest.mark.parametrize("caption", [
    ": (단위: 천원) 2025. 5. 31. 기준", "Table: (단위: 천원) 2025. 5. 31. 기준",
    "table: (단위: 천원) 2025. 5. 31. 기준",
    ": 2025. 5. 31. 기준 (단위: 천원)", ": (2025. 5. 31. 기준, 단위: 천원)", ": (단위: 천원) ’25. 5. 31. 현재",
    ": (단위: 천원)\n2025. 5. 31. 기준"])
@pytest.mark.parametrize("gap", ["\n", ""], ids=["blank line", "right below"])
def test_a_caption_after_the_table_gives_its_unit_and_date(caption, gap):
    r = extract_report(read(COVER + BUDGET + gap + caption + "\n\n" + AFTER))
    assert budget(r) == IN_WON
    assert {(line.unit, line.as_of) for line in r.budget} == {("천원", MAY_31)}
    assert run_checks(r) == []
    (after,) = r.tables  # the next table's counts: not in 천원, nor captioned by the date
    assert (after.caption, after.unit) == ("5 주요 행사", None)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "bare-pipe-tables", "html-tables", "grid-tables",
                                    "space-aligned", "space-aligned-ruled", "without-markdown"])
def test_a_caption_after_the_table_in_every_layout(layout):
    r = extract_report(read(COVER + BUDGET + "\n: (단위: 천원) 2025. 5. 31. 기준\n\n" + AFTER, layout))
    assert budget(r) == IN_WON and {(line.unit, line.as_of) for line in r.budget} == {("천원", MAY_31)}


def test_the_caption_is_read_as_printed_above_the_table():
    """Its unit and date go to the table; words besides them caption it, a paragraph above it."""
    table = "구 분\t현 원\n계\t30\n행정\t20\n세무\t10\n"
    above = read(COVER + "□ 직렬별 현원 (2025. 5. 31. 기준)\n\n(단위: 명)\n\n" + table)
    below = read(COVER + table + "\n: □ 직렬별 현원 (2025. 5. 31. 기준) (단위: 명)\n")
    (read_below,) = [b for b in below.blocks if isinstance(b, Table)]
    assert (read_below.unit, read_below.basis, read_below.rows[1]) == ("명", None, ("계", "30"))
    assert [b.text for b in below.blocks[-2:-1]] == ["□ 직렬별 현원 (2025. 5. 31. 기준)"]
    assert [(c.status, c.job_class, c.headcount) for c in extract_report(below).staffing] == [
        (c.status, c.job_class, c.headcount) for c in extract_report(above).staffing] == [
        ("현원", "계", 30), ("현원", "행정", 20), ("현원", "세무", 10)]


def test_a_date_alone_after_the_table_is_its_basis():
    blocks = read(COVER + BUDGET + "\n: 2025. 5. 31. 기준\n\n(단위: 천원)\n\n" + AFTER).blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [(t.unit, t.basis) for t in tables] == [(None, "2025. 5. 31. 기준"), ("천원", None)]
    assert not any(isinstance(b, Paragraph) and "기준" in b.text for b in blocks)


@pytest.mark.parametrize("text", [
    "## 4 예산현황\n\n: (단위: 천원) 2025. 5. 31. 기준\n\n",  # after no table
    "구 분\t횟수\n계\t3\n\n※ (단위: 천원) 2025. 5. 31. 기준\n\n",  # after a table, no caption's mark
    "구 분\t횟수\n계\t3\n\n:::: 2025. 5. 31. 기준\n\n"])  # a fenced div's mark, not a caption's
def test_other_paragraphs_after_a_table_stay_paragraphs(text):
    blocks = read(COVER + "# Ⅰ. 일반현황\n\n" + text + "다음 문단\n").blocks
    assert any(not isinstance(b, Table) and b.text.endswith("2025. 5. 31. 기준") for b in blocks)
    assert all(t.basis is None for t in blocks if isinstance(t, Table))


@pytest.mark.parametrize("layout", ["tab", "pipe-tables", "space-aligned"])
def test_a_colon_line_printing_no_unit_nor_date_after_a_table_stays_where_printed(layout):
    # before, `: 이하 생략` under a table was taken for pandoc's caption: it captioned the table in its heading's place
    r = extract_report(read(COVER + "# Ⅰ. 일반현황\n\n" + AFTER + "\n: 이하 생략\n\n" + NEXT, layout))
    (table,) = r.tables
    assert (table.caption, table.rows[1][:2]) == ("5 주요 행사", ["계", "3"])
    assert any(": 이하 생략" in t.text for t in r.general_text)  # kept in the general part's text
    # `Table:` says it is a caption whatever it prints
    r = extract_report(read(COVER + "# Ⅰ. 일반현황\n\n" + AFTER + "\nTable: 행사 현황\n\n" + NEXT, layout))
    assert [t.caption for t in r.tables] == ["행사 현황"]
