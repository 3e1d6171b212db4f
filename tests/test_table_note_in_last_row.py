"""A note printed in a table's last row (`※ 정원은 2025. 1. 1. 기준`, `* 공무직 제외`), in one cell with the others
blank or merged across the row, as Word's and 한글's tables print it: the table's note, as a line right under the
table is (`note`; a date in it dates the table's figures), not a row of the table. Before, in tab, markdown and
HTML tables it was a row: a staffing or budget table's row that named nothing, a generic table's row, and its date
dated nothing (space-aligned text and PDF grids read it under the table already)."""

import datetime
import pathlib

import pytest

from checks import run_checks
from pipeline.document import Table
from pipeline.extract import extract_file
from pipeline.read import read_document
from tests.layouts import read_laid_out

COVER = "제300회 한빛구의회 제1차 정례회\n\n2025. 6. 11. ~ 6. 25.\n\n# 2025년 주요업무 보고\n\n## 총 무 과\n\n"
AFTER = "\n# Ⅱ. 주요업무 추진실적\n\n### ① 청사 관리 (총무팀)\n\n□ 사업개요\n\n○ 기 간: 연중\n"
STAFF = ("# Ⅰ. 일반현황\n\n## 2 인 력\n\n"
         "구 분\t정 원\t현 원\t과부족\n계\t36\t33\t△3\n일반직\t30\t28\t△2\n공무직\t6\t5\t△1\n")
BUDGET = ("# Ⅰ. 일반현황\n\n## 3 예산현황\n\n(단위: 천원)\n\n"
          "구 분\t예산액\t집행액\t집행률(%)\n계\t300,000\t150,000\t50.0\n인건비\t100,000\t50,000\t50.0\n"
          "청사 관리\t200,000\t100,000\t50.0\n")
VEHICLES = ("# Ⅰ. 일반현황\n\n## 4 차 량\n\n□ 공용차량 현황 : 총 10대\n\n(단위: 대)\n\n"
            "구 분\t계\t승 용\t승 합\t화 물\n대 수\t10\t5\t3\t2\n")
LAYOUTS = ["tab", "pipe-tables", "html-tables", "grid-tables", "space-aligned", "pdf grid"]


def with_note(table: str, note: str) -> str:
    """The report with `note` printed in the table's last row, its first cell, the others blank."""
    width = table.splitlines()[-1].count("\t")
    return COVER + table + note + "\t" * width + "\n" + AFTER


def findings(r) -> list[tuple]:
    return sorted((f.rule, f.row, f.column, f.expected, f.actual) for f in run_checks(r))


def tables(path: pathlib.Path) -> list[Table]:
    return [block for block in read_document(path).blocks if isinstance(block, Table)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("note", ["※ 정원은 2025. 1. 1. 기준", "* 공무직 제외", "＊ 공무직 제외", "✱ 공무직 제외"])
def test_a_note_in_a_staffing_tables_last_row_is_its_note(note, layout, tmp_path):
    r = read_laid_out(with_note(STAFF, note), layout, tmp_path)
    assert sorted((c.status, c.job_class, c.headcount) for c in r.staffing if c.status != "과부족") == [
        ("정원", "계", 36), ("정원", "공무직", 6), ("정원", "일반직", 30),
        ("현원", "계", 33), ("현원", "공무직", 5), ("현원", "일반직", 28)]
    assert r.tables == [] and findings(r) == []
    if layout != "pdf grid":
        (table,) = tables(tmp_path / "t.txt")
        assert table.rows[-1][0] == "공무직" and table.note == note[1:].strip()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_date_noted_in_a_budget_tables_last_row_dates_its_lines(layout, tmp_path):
    """`※ 집행액은 2025. 5. 31. 기준` in the last row dates the lines, as the line under the table does."""
    r = read_laid_out(with_note(BUDGET, "※ 집행액은 2025. 5. 31. 기준"), layout, tmp_path)
    assert [(b.name, b.budget_krw, b.executed_krw, b.as_of) for b in r.budget] == [
        ("계", 300_000_000, 150_000_000, datetime.date(2025, 5, 31)),
        ("인건비", 100_000_000, 50_000_000, datetime.date(2025, 5, 31)),
        ("청사 관리", 200_000_000, 100_000_000, datetime.date(2025, 5, 31))]
    assert findings(r) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_note_in_a_vehicles_tables_last_row_leaves_the_fleet(layout, tmp_path):
    r = read_laid_out(with_note(VEHICLES, "* 전기차 2대 포함"), layout, tmp_path)
    (fleet,) = r.vehicles
    assert [(c.kind, c.count) for c in fleet.counts] == [("계", 10), ("승용", 5), ("승합", 3), ("화물", 2)]
    assert findings(r) == []


@pytest.mark.parametrize("merged", [
    '<tr><td colspan="4">※ 집행액은 2025. 5. 31. 기준</td></tr>',
    "<tr><td>※ 집행액은 2025. 5. 31. 기준</td><td></td><td></td><td></td></tr>",
])
def test_a_note_merged_across_an_html_tables_last_row_is_its_note(merged, tmp_path):
    html = ("<html><body><p>제300회 한빛구의회 제1차 정례회</p><h1>2025년 주요업무 보고</h1><h2>총 무 과</h2>"
            "<h1>Ⅰ. 일반현황</h1><h2>3 예산현황</h2><p>(단위: 천원)</p><table>"
            "<tr><td>구 분</td><td>예산액</td><td>집행액</td><td>집행률(%)</td></tr>"
            "<tr><td>계</td><td>300,000</td><td>150,000</td><td>50.0</td></tr>"
            "<tr><td>인건비</td><td>100,000</td><td>50,000</td><td>50.0</td></tr>"
            f"<tr><td>청사 관리</td><td>200,000</td><td>100,000</td><td>50.0</td></tr>{merged}</table>"
            "<h1>Ⅱ. 주요업무 추진실적</h1></body></html>")
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    r = extract_file(tmp_path / "t.html")
    assert [(b.name, b.executed_krw, b.as_of) for b in r.budget] == [
        ("계", 150_000_000, datetime.date(2025, 5, 31)), ("인건비", 50_000_000, datetime.date(2025, 5, 31)),
        ("청사 관리", 100_000_000, datetime.date(2025, 5, 31))]
    assert r.tables == [] and findings(r) == []


def test_a_row_of_words_after_a_note_mark_in_a_cell_of_its_own_stays_a_row(tmp_path):
    """Only a row printing nothing but the note is one: `※` before a label beside figures is the row's mark."""
    read_laid_out(COVER + STAFF.replace("공무직\t6\t5\t△1", "※ 공무직\t6\t5\t△1") + AFTER, "tab", tmp_path)
    (table,) = tables(tmp_path / "t.txt")
    assert (table.rows[-1], table.note) == (("※ 공무직", "6", "5", "△1"), None)


@pytest.mark.parametrize("layout", ["tab", "pipe-tables"])
def test_every_note_in_a_tables_last_rows_is_its_note(layout, tmp_path):
    """Two note rows at the table's end (`※ …` over `* …`): both its notes, not only the last (before, the upper
    stayed a row, a staffing row naming nothing)."""
    report = with_note(STAFF, "※ 정원은 2025. 1. 1. 기준\t\t\t\n* 공무직 제외")
    r = read_laid_out(report, layout, tmp_path)
    assert sorted((c.status, c.job_class, c.headcount) for c in r.staffing if c.status != "과부족") == [
        ("정원", "계", 36), ("정원", "공무직", 6), ("정원", "일반직", 30),
        ("현원", "계", 33), ("현원", "공무직", 5), ("현원", "일반직", 28)]
    assert r.tables == [] and findings(r) == []
    (table,) = tables(tmp_path / "t.txt")
    assert table.rows[-1][0] == "공무직"
