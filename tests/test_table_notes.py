"""What a table's unit bracket says besides its unit and its date (`(단위: 천원, 부가세 포함)`, the `잠정치` of
`(5.31.기준 잠정치, 단위: 명)`) is the table's note: kept on its grid (beside the records made of it), stored, shown
and searched. In every text layout and in a PDF."""

import datetime as dt
import json
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.corpus import as_old_schema
from tests.layouts import read_laid_out

COVER = ("제261회 구의회 제1차 정례회\n\n2025. 6. 12. ~ 6. 27.\n\n# 2025년 주요업무 보고\n\n## 민 원 여 권 과\n\n"
         "# Ⅰ. 일반현황\n\n")
STAFF = "## 1 인 력\n\n{unit}\n\n구 분\t계\t5급\t6급\t7급\n정 원\t10\t1\t4\t5\n현 원\t9\t1\t3\t5\n\n"
COMPLAINTS = ("## 3 주요 현황\n\n□ 민원 처리 현황\n\n{unit}\n\n구 분\t접수\t처리\n계\t1,200\t1,150\n여권\t800\t790\n"
              "일반\t400\t360\n\n")
BUDGET = ("## 4 예산현황\n\n{unit}\n\n단위사업명\t예산액\t집행액\t집행률(%)\n계\t1,000\t300\t30.0\n"
          "민원 서비스\t1,000\t300\t30.0\n\n")
LAYOUTS_READ = ["tab", "pipe-tables", "space-aligned", "space-aligned-without-markdown", "grid-tables", "pdf grid"]


def grids(r) -> list[tuple[str | None, str | None, str | None, dt.date | None, str | None]]:
    return [(t.caption, t.records_in, t.unit, t.as_of, t.note) for t in r.tables]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("unit, note, as_of", [
    ("(단위: 건, 잠정치)", "잠정치", None),
    ("(5.31.기준 잠정치, 단위: 건)", "잠정치", dt.date(2025, 5, 31)),
    ("(2025. 5. 31. 기준, 단위: 건, 중복 포함)", "중복 포함", dt.date(2025, 5, 31)),
    ("[단위: 건, 누계]", "누계", None),
    # a date alone is no note, as before
    ("(2025. 5. 31. 기준, 단위: 건)", None, dt.date(2025, 5, 31)),
    ("(단위: 건, 5월말 현재)", None, dt.date(2025, 5, 31)),
    ("(단위: 건)", None, None),
])
def test_a_grids_unit_bracket_keeps_what_else_it_says(unit, note, as_of, layout, tmp_path):
    """Before: `잠정치`, `중복 포함` were in no record nor in the text."""
    r = read_laid_out(COVER + COMPLAINTS.format(unit=unit), layout, tmp_path)
    assert grids(r) == [("민원 처리 현황", None, "건", as_of, note)]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
def test_a_records_table_with_a_note_keeps_its_grid_for_the_note(layout, tmp_path):
    """A staffing or budget table: its records as before, and its grid kept beside them for the note, as a grid is
    for a `비 고` column the records do not hold. Before: the note lost."""
    text = (COVER + STAFF.format(unit="(5.31.기준 잠정치, 단위: 명)")
            + BUDGET.format(unit="(단위: 천원, 부가세 포함)"))
    r = read_laid_out(text, layout, tmp_path)
    assert [(s.status, s.headcount, s.as_of) for s in r.staffing if s.grade == "계"] == [
        ("정원", 10, dt.date(2025, 5, 31)), ("현원", 9, dt.date(2025, 5, 31))]
    assert [(b.name, b.budget_krw, b.executed_krw) for b in r.budget] == [
        ("계", 1_000_000, 300_000), ("민원 서비스", 1_000_000, 300_000)]
    assert [(records_in, note) for _, records_in, _, _, note in grids(r)] == [
        ("staffing", "잠정치"), ("budget_lines", "부가세 포함")]


@pytest.mark.parametrize("layout", ["tab", "pdf grid"])
def test_a_records_table_without_a_note_keeps_no_grid(layout, tmp_path):
    text = COVER + STAFF.format(unit="(5.31.기준, 단위: 명)") + BUDGET.format(unit="(단위: 천원)")
    assert grids(read_laid_out(text, layout, tmp_path)) == []


def test_the_note_is_stored_shown_and_searched(tmp_path):
    source = tmp_path / "2025-minwon.txt"
    source.write_text(COVER + COMPLAINTS.format(unit="(5.31.기준 잠정치, 단위: 건)")
                      + STAFF.format(unit="(단위: 명, 휴직자 포함)"), encoding="utf-8")
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(source)]).exit_code == 0
    stored = runner.invoke(main, ["query", "--db", db, "--json",
                                  "SELECT caption, records_in, unit, note FROM generic_tables ORDER BY id"])
    assert json.loads(stored.output) == [
        {"caption": "민원 처리 현황", "records_in": None, "unit": "건", "note": "잠정치"},
        {"caption": "1 인 력", "records_in": "staffing", "unit": "명", "note": "휴직자 포함"}]
    shown = runner.invoke(main, ["show", "--db", db, str(source)], terminal_width=200).output
    assert "민원 처리 현황 (단위: 건, 잠정치)" in " ".join(shown.split())  # the title wraps at the grid's width
    found = runner.invoke(main, ["search", "--db", db, "잠정치"], terminal_width=200)
    assert found.exit_code == 0 and "민원 처리 현황" in found.output


def test_a_schema_19_database_gains_the_column_and_an_ingest_reads_the_notes(tmp_path):
    """Migrated, the column is null; the next ingest reads the document again (another reportdb's extraction)."""
    source = tmp_path / "2025-minwon.txt"
    source.write_text(COVER + COMPLAINTS.format(unit="(단위: 건, 잠정치)"), encoding="utf-8")
    db = tmp_path / "r.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", str(db), str(source)]).exit_code == 0
    as_old_schema(db, 19)
    with sqlite3.connect(db) as conn:  # as an older reportdb extracted it
        conn.execute("UPDATE documents SET extracted_by = 'an older reportdb'")
    notes = ["query", "--db", str(db), "--json", "SELECT note FROM generic_tables"]
    assert json.loads(runner.invoke(main, notes).output) == [{"note": None}]
    again = runner.invoke(main, ["ingest", "--db", str(db), str(source)])
    assert "re-read 1 (reportdb changed)" in again.output
    assert json.loads(runner.invoke(main, notes).output) == [{"note": "잠정치"}]


@pytest.mark.parametrize("layout", LAYOUTS_READ)
@pytest.mark.parametrize("line, as_of, note", [
    ("※ 2025. 5. 31. 기준, 육아휴직 1명 포함", dt.date(2025, 5, 31), "육아휴직 1명 포함"),
    ("* 5.31. 현재, 시간선택제 포함", dt.date(2025, 5, 31), "시간선택제 포함"),
    ("※ 2025. 5월말 기준，휴직자 포함", dt.date(2025, 5, 31), "휴직자 포함"),
    ("※ 2025. 5. 31. 기준", dt.date(2025, 5, 31), None),
    # a note saying more with no comma is no date alone, as before: the line stays text
    ("※ 2025. 5. 31. 기준 잠정치", None, None),
])
def test_a_note_dating_a_table_with_a_clause_after_a_comma_dates_it(line, as_of, note, layout, tmp_path):
    """Before: `※ 2025. 5. 31. 기준, 육아휴직 1명 포함` under a staffing table did not date it (stayed text)."""
    text = COVER + STAFF.format(unit="(단위: 명)") + line + "\n\n## 2 기 타\n\n업무 내용\n"
    r = read_laid_out(text, layout, tmp_path)
    assert [(s.status, s.headcount, s.as_of) for s in r.staffing if s.grade == "계"] == [
        ("정원", 10, as_of), ("현원", 9, as_of)]
    assert [(records_in, note) for _, records_in, _, _, note in grids(r)] == ([("staffing", note)] if note else [])
