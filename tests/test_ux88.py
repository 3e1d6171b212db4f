"""The users' questions answered by the database itself: the date a budget's figures stand at where its table prints
none (`budget_totals.dated_as_of`, `dated_by` saying where it was read), a department's staffing a row a report
(정원, 현원, 과부족 side by side), each listed vehicle kind at its own row's line, and `check` naming the file of
findings where several files of one report are checked."""

import shutil
import sqlite3

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from tests.corpus import as_old_schema
from tests.test_ux87 import FIXTURES, ingest, readme_query

UNDER_30 = "SELECT d.council, d.office, d.department, d.year, t.dated_as_of"
DATED = ("SELECT d.department, t.as_of, t.dated_as_of, t.dated_by FROM budget_totals t "
         "JOIN reports d ON d.id = t.document_id")


def test_a_budget_is_dated_by_its_own_table_else_by_its_reports_other_tables_and_says_which(tmp_path, monkeypatch):
    """도시계획과 2025 prints `(2025. 5. 31. 현재)` over 인력 alone: its budget's `as_of` stays null, `dated_as_of` is
    that date, `dated_by` `other tables`; 세무관리과 2025 prints its budget's own date; a copy of 도시계획과's with
    no date anywhere has neither."""
    undated = (FIXTURES / "2025-hanbit-dosigyehoek.txt").read_text(encoding="utf-8").replace(
        "(2025. 5. 31. 현재)\n", "").replace("도 시 계 획 과", "건 축 과")
    cli = ingest(tmp_path, monkeypatch, "2025-hanbit-dosigyehoek.txt", "2025-hanbit-semugwalli.txt")
    (tmp_path / "2025-hanbit-undated.txt").write_text(undated, encoding="utf-8")
    assert cli("ingest", "2025-hanbit-undated.txt").exit_code == 0
    assert cli("query", DATED + " ORDER BY d.id", "--csv").output.splitlines() == [
        "department,as_of,dated_as_of,dated_by", "도시계획과,,2025-05-31,other tables",
        "세무관리과,2025-05-31,2025-05-31,budget table", "건축과,,,"]
    header, *under_30 = cli("query", readme_query(UNDER_30), "--csv").output.splitlines()
    assert header == "council,office,department,year,dated_as_of,dated_by,execution_rate"
    assert sorted(under_30) == ["한빛구의회,,건축과,2025,,,25.0",
                                "한빛구의회,,도시계획과,2025,2025-05-31,other tables,25.0"]


def test_a_schema_38_database_gains_the_dated_budget(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(FIXTURES / "2025-hanbit-dosigyehoek.txt"), "sha-1", [])
    db.close()
    as_old_schema(tmp_path / "r.db", 38)
    old = sqlite3.connect(tmp_path / "r.db")
    assert [row[1] for row in old.execute("PRAGMA table_info(budget_totals)")][-1] == "execution_rate"
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 41
    assert db.execute("SELECT as_of, dated_as_of, dated_by, execution_rate FROM budget_totals").fetchall() == [
        (None, "2025-05-31", "other tables", 25.0)]


def test_the_staffing_question_gives_a_row_a_report(tmp_path, monkeypatch):
    """총무과 2024 prints 정원 43, 현원 41, 과부족 △2; 2026 44, 41, △3: before, a row a status (six rows)."""
    cli = ingest(tmp_path, monkeypatch, "2024-hanbit-chongmu-pymupdf4llm.md", "2026-hanbit-chongmu-pymupdf4llm.md",
                 "2025-hanbit-dosigyehoek.txt")
    staffing = readme_query("SELECT council, office, year, department, as_of, 정원, 현원, 과부족 FROM")
    assert cli("query", staffing, "--csv").output.splitlines() == [
        "council,office,year,department,as_of,정원,현원,과부족", "한빛구의회,,2024,총무과,,43,41,-2",
        "한빛구의회,,2026,총무과,,44,41,-3"]
    other = staffing.replace("'총무과'", "'도시계획과'").replace("year >= 2021", "year >= 2025")
    # a table by team printing no 정원: its counts taken for 현원, dated as printed
    assert cli("query", other, "--csv").output.splitlines()[1:] == ["한빛구의회,,2025,도시계획과,2025-05-31,,19,"]


def test_each_listed_vehicle_kind_is_at_its_first_vehicles_line(tmp_path, monkeypatch):
    """세무관리과 2025 lists 12가 3456 (승용 소형) on line 38, 34나 7890 (승용 중형) on 39, 56다 1234 (승합 중형) on
    40; 서해구 공원녹지과's markdown list its three on lines 32, 33 and 35 (a row broken over two lines). Before,
    every kind at its list's first row's line."""
    cli = ingest(tmp_path, monkeypatch, "2025-hanbit-semugwalli.txt", "2025-seohae-gongwonnokji.md")
    counts = cli("query", "SELECT category, kind, count, line FROM vehicles ORDER BY id", "--csv")
    assert counts.output.splitlines() == [
        "category,kind,count,line", "계,계,3,38", "승용,소형,1,38", "승용,중형,1,39", "승합,중형,1,40",
        "계,계,3,32", "승용,아이오닉5,1,32", "화물,포터Ⅱ,1,33", "특수,살수차,1,35"]
    rows = cli("query", "SELECT line, text FROM search_lines WHERE text LIKE '%56다 1234%'", "--csv")
    assert rows.output.splitlines()[1].startswith("40,")


def document_cells(output: str) -> list[str]:
    return [line.split("│")[1].strip() for line in output.splitlines() if line.startswith("│ ") and
            line.split("│")[1].strip()]


def test_check_names_each_copy_of_a_report_by_its_file(tmp_path, monkeypatch):
    """Two copies of 도시계획과 2025, one printing 현원 계 20 for 19: before, every finding read `도시계획과 2025`,
    which copy's the wrong total was not told. A copy under another folder of the same file name: its path."""
    text = (FIXTURES / "2025-hanbit-dosigyehoek.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / "2025-hanbit-dosigyehoek.txt", tmp_path / "in" / "dosi.txt")
    (tmp_path / "in" / "dosi-v2.txt").write_text(text.replace("계\t19\t1", "계\t20\t1"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["check", "in"], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert document_cells(result.output) == ["도시계획과 2025 (dosi-v2.txt)", "도시계획과 2025 (dosi-v2.txt)",
                                             "도시계획과 2025 (dosi.txt)"]
    assert "│ 도시계획과 2025 (dosi-v2.txt) │ error    │ sum.staffing" in result.output
    (tmp_path / "in" / "old").mkdir()
    shutil.copy(tmp_path / "in" / "dosi-v2.txt", tmp_path / "in" / "old" / "dosi-v2.txt")
    result = runner.invoke(main, ["check", "in"], env={"COLUMNS": "200"})
    assert document_cells(result.output)[::2] == ["도시계획과 2025 (in/dosi-v2.txt)", "도시계획과 2025 (dosi.txt)",
                                                  "도시계획과 2025 (in/old/dosi-v2.txt)"]
    # one file of the name: named as before
    result = runner.invoke(main, ["check", "in/dosi.txt"], env={"COLUMNS": "200"})
    assert document_cells(result.output) == ["도시계획과 2025"]


def test_ingest_names_each_copy_by_its_file_among_other_reports(tmp_path, monkeypatch):
    """`ingest`'s findings name the copies of 도시계획과 2025 by their files, as `check`'s do, while it reads only the
    documents the shown findings' names may share (theirs and their department's and year's), not the run's
    every document: 세무관리과's, loaded in the same run, takes no file name."""
    text = (FIXTURES / "2025-hanbit-dosigyehoek.txt").read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / "2025-hanbit-dosigyehoek.txt", tmp_path / "in" / "dosi.txt")
    (tmp_path / "in" / "dosi-v2.txt").write_text(text.replace("계\t19\t1", "계\t20\t1"), encoding="utf-8")
    shutil.copy(FIXTURES / "2025-hanbit-semugwalli.txt", tmp_path / "in" / "semu.txt")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["ingest", "in", "--db", "x.db"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    names = document_cells(result.output)
    assert names[:3] == ["도시계획과 2025 (dosi-v2.txt)", "도시계획과 2025 (dosi-v2.txt)", "도시계획과 2025 (dosi.txt)"]
    assert "세무관리과 2025" in names and not any(name.startswith("세무관리과 2025 (") for name in names)
