"""The `reportdb` command on a real SQLite file: each command's output and exit status."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
import regex
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.db import SCHEMA_VERSION, connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from pipeline.search import rebuild_index
from tests.conftest import SAMPLES
from tests.corpus import BAD, TABLES, TWO_LEVEL_BUDGET, as_old_schema, require_checks, write_corpus, write_good


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Run `reportdb ARGS…` with the working directory in tmp_path (paths print relative to it)."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    def invoke(*args: str):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert "Traceback" not in result.output
        return result

    return invoke


@pytest.fixture
def database(tmp_path) -> Path:
    """reports.db holding the real report and its variant, loaded without the checks."""
    db_path = tmp_path / "reports.db"
    db = connect(db_path)
    for path in write_good(tmp_path / "in"):
        load_report(db, extract_file(str(path.resolve())), f"sha-{path.name}", [])
    rebuild_index(db)
    db.close()
    return db_path


def error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, result.output
    return lines[0]


# --- ingest --------------------------------------------------------------------------------------


def test_ingest_loads_good_files_refuses_bad_ones_and_exits_1(cli, tmp_path):
    require_checks()
    write_corpus(tmp_path / "in")
    result = cli("ingest", "in", "--workers", "1")
    assert result.exit_code == 1
    assert "loaded    in/a-chongmu-2025.txt" in result.output
    assert "refused   in/empty.txt: empty file" in result.output
    assert "skipped   in/notes.docx (not .txt, .md or .pdf)" in result.output
    assert f"loaded 2, replaced 0, unchanged 0, refused {len(BAD)}, skipped 1; findings:" in result.output
    refused_lines = [line for line in result.output.splitlines() if line.startswith("refused ")]
    assert len(refused_lines) == len(BAD)
    conn = sqlite3.connect(tmp_path / "reports.db")
    assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == len(BAD)


def test_ingest_of_good_files_exits_0_and_again_finds_them_unchanged(cli, tmp_path):
    require_checks()
    write_good(tmp_path / "in")
    first = cli("ingest", "in", "--db", "r.db")
    assert first.exit_code == 0, first.output
    assert "loaded 2, replaced 0, unchanged 0, refused 0, skipped 0" in first.output
    second = cli("ingest", "in", "--db", "r.db", "--workers", "2")
    assert second.exit_code == 0
    assert "loaded 0, replaced 0, unchanged 2, refused 0, skipped 0" in second.output
    assert "skipped   r.db" not in second.output  # the database is never listed among the inputs


def test_ingest_usage_errors_exit_2(cli):
    assert cli("ingest").exit_code == 2
    assert cli("ingest", ".", "--workers", "0").exit_code == 2


_MAX_BYTES_OPTION = "'--max-bytes' (env var: 'REPORTDB_MAX_BYTES')"


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--workers", "0", "'--workers': 0 workers extract nothing: give 1 or more"),
    ("--workers", "two", "'--workers': 'two' is not a whole number"),
    ("--max-bytes", "0", f"{_MAX_BYTES_OPTION}: 0 bytes refuse every file: give 1 or more"),
    ("--max-bytes", "-5", f"{_MAX_BYTES_OPTION}: -5 bytes refuse every file: give 1 or more"),
])
def test_a_count_out_of_its_range_is_said_in_the_options_words(cli, option, value, said):
    """Before: `0 is not in the range 1<=x<=8.`, `'two' is not a valid integer range.`"""
    result = cli("ingest", ".", option, value)
    assert (result.exit_code, result.output.splitlines()[-1]) == (2, f"Error: Invalid value for {said}")


def test_ingest_refuses_more_workers_than_four_a_cpu(cli):
    """Before: `--workers 100000` tried to start a process for each file, up to 100,000."""
    bound = 4 * (os.cpu_count() or 1)
    result = cli("ingest", ".", "--workers", "100000")
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == ("Error: Invalid value for '--workers': 100000 workers only take memory "
                                              f"(at most 4 a CPU): give at most {bound}")
    assert cli("ingest", "--help").exit_code == 0


def test_ingest_size_limit_is_configurable(cli, tmp_path):
    require_checks()
    write_good(tmp_path / "in")
    result = cli("ingest", "in", "--max-bytes", "100")
    assert result.exit_code == 1
    assert "refused   in/a-chongmu-2025.txt: file too large:" in result.output


# --- extract -------------------------------------------------------------------------------------


def test_extract_prints_the_report_as_readable_json(cli, tmp_path):
    path = write_good(tmp_path / "in")[0]
    result = cli("extract", str(path))
    assert result.exit_code == 0
    assert '"department": "총무과"' in result.output  # Korean as is, not \\u escapes
    report = json.loads(result.output)
    assert report["document"]["session_start"] == "2025-06-12"
    assert len(report["staffing"]) == 42


def test_extract_pretty_prints_tables(cli, tmp_path):
    path = write_good(tmp_path / "in")[0]
    result = cli("extract", str(path), "--pretty")
    assert result.exit_code == 0
    for expected in ("총무과 2025", "인력", "공용차량 - 총236대 (정수 236)", "예산 (단위사업)", "137,351,335,000",
                     "안전하고 쾌적한 청사환경 조성", "구 청사"):
        assert expected in result.output


def test_budget_columns_with_no_field_are_shown_and_stored_as_json(cli, tmp_path):
    sample = str(SAMPLES / "2023-hanbit-jaemu.txt")
    result = cli("extract", sample, "--pretty")
    assert "other columns" in result.output and "전년도 예산액: 1,702,300; 증감: △16,200" in result.output
    cli("ingest", sample, "--db", "r.db")
    result = cli("query", "SELECT name, json_extract(other_columns, '$.증감') FROM budget_lines "
                 "WHERE other_columns IS NOT NULL ORDER BY id LIMIT 2", "--db", "r.db", "--csv")
    assert result.output.splitlines()[1:] == ["계,\"△16,200\"", "건전한 재정 운영,\"17,500\""]


def test_a_budget_of_two_levels_shows_each_detail_line_under_its_parent(cli, tmp_path):
    (tmp_path / "r.txt").write_text("# 2024년 주요업무 보고\n\n## 청 소 과\n\n" + TWO_LEVEL_BUDGET, encoding="utf-8")
    output = cli("extract", "r.txt", "--pretty").output
    assert "│ 청사 관리 " in output and "│   시설 유지 " in output and "│ 인력 운영 / 인건비 " in output


def test_a_report_without_its_cover_shows_what_its_file_name_gave_notes_and_each_budget_table(cli):
    output = cli("extract", str(SAMPLES / "한빛구-기획예산과-업무보고.md"), "--pretty").output
    assert "│ from file name  │ department" in output and "│ 현원   │ 20(1) │  18(1) │" in output
    output = cli("extract", str(SAMPLES / "2025-hanbit-park-planted.txt"), "--pretty").output
    assert "예산 (단위사업, 표 1)" in output and "예산 (단위사업, 표 2)" in output


def test_extract_of_a_bad_file_is_one_line_and_exit_1(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("extract", "empty.txt")
    assert result.exit_code == 1
    assert error_line(result) == "Error: empty.txt: empty file"


def test_a_bug_is_one_line_too(cli, tmp_path, monkeypatch):
    def broken(path, data=None):
        raise ZeroDivisionError("division by zero\nsecond line")

    monkeypatch.setattr("pipeline.extract.extract_file", broken)
    path = write_good(tmp_path / "in")[0]
    result = cli("extract", str(path))
    assert result.exit_code == 1
    assert error_line(result) == ("Error: internal error: ZeroDivisionError: division by zero second line "
                                  "(REPORTDB_DEBUG=1 shows the traceback)")


# --- check ---------------------------------------------------------------------------------------


def test_check_files_without_a_database(cli, tmp_path):
    require_checks()
    from checks import run_checks

    path = write_good(tmp_path / "in")[0]
    findings = run_checks(extract_file(path))
    result = cli("check", str(path), "--json")
    assert result.exit_code == (1 if any(f.severity == "error" for f in findings) else 0)
    listed = json.loads(result.stdout)
    assert [(f["rule"], f["severity"], f["message"]) for f in listed] == [(f.rule, f.severity, f.message)
                                                                          for f in findings]
    assert not (tmp_path / "reports.db").exists()


def test_check_refuses_a_bad_file_with_exit_1(cli, tmp_path):
    require_checks()
    (tmp_path / "empty.txt").write_bytes(b"")
    result = cli("check", "empty.txt")
    assert result.exit_code == 1
    assert "refused empty.txt: empty file" in result.output


def test_check_the_database_exits_1_exactly_when_an_error_finding_is_stored(cli, tmp_path):
    require_checks()
    write_good(tmp_path / "in")
    cli("ingest", "in")
    stored = sqlite3.connect(tmp_path / "reports.db").execute("SELECT severity FROM findings").fetchall()
    result = cli("check", "--json")
    assert len(json.loads(result.stdout)) == len(stored)
    assert result.exit_code == (1 if ("error",) in stored else 0)
    table = cli("check")
    assert table.exit_code == result.exit_code
    assert f"{stored.count(('error',))} errors, {stored.count(('warning',))} warnings" in table.output


def test_check_without_a_database_is_a_usage_error(cli):
    result = cli("check", "--db", "missing.db")
    assert result.exit_code == 2
    assert "no database at missing.db" in result.output


# --- query ---------------------------------------------------------------------------------------


def test_query_prints_korean_as_is_in_each_format(cli, database):
    sql = "SELECT department, year FROM documents ORDER BY year"
    as_json = cli("query", sql, "--json")
    assert as_json.exit_code == 0
    assert json.loads(as_json.output) == [{"department": "기획과", "year": 2024},
                                          {"department": "총무과", "year": 2025}]
    assert "기획과" in as_json.output
    as_csv = cli("query", sql, "--csv")
    assert as_csv.output == "department,year\n기획과,2024\n총무과,2025\n"
    as_table = cli("query", sql)
    assert "총무과" in as_table.output and "2025" in as_table.output


def test_query_shows_control_characters_of_the_data_escaped_in_its_table_and_exact_in_json(cli, database):
    """Before: a cell's ESC sequence recoloured the terminal and its `\\r` moved the cursor back over the row."""
    sql = ("SELECT 'a' || char(27) || '[31mred' || char(13) || 'b' || char(10) || 'c' || char(9) || 'd' AS v,"
           " char(155) || '정' AS \"w\x07\"")
    table = cli("query", sql)
    assert table.exit_code == 0
    assert "a\\x1b[31mred\\rb\\nc\\td" in table.output and "\\x9b정" in table.output and "w\\x07" in table.output
    assert not any(char in table.output for char in "\x1b\r\t\x9b\x07")
    as_json = cli("query", sql, "--json")
    assert json.loads(as_json.output) == [{"v": "a\x1b[31mred\rb\nc\td", "w\x07": "\x9b정"}]


def test_query_runs_with_and_reads_every_table(cli, database):
    sql = ("WITH t AS (SELECT document_id, sum(headcount) AS n FROM staffing WHERE status = '정원' AND grade <> '계' "
           "GROUP BY document_id) SELECT n FROM t ORDER BY document_id")
    assert cli("query", sql, "--csv").output == "n\n50\n50\n"


@pytest.mark.parametrize("sql", [
    "DELETE FROM documents",
    "WITH x AS (SELECT 1) DELETE FROM documents",
    "WITH x AS (SELECT 1) INSERT INTO meta SELECT 'k', 'v' FROM x",
    "SELECT 1; DROP TABLE documents",
    "ATTACH DATABASE 'other.db' AS other",
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = DELETE",
    "SELECT * FROM pragma_user_version",
    "/* a comment */ UPDATE documents SET year = 1900",
    "CREATE TABLE x (a)",
])
def test_query_refuses_anything_but_reading(cli, database, sql):
    before = sqlite3.connect(database).execute("SELECT count(*), max(year) FROM documents").fetchone()
    result = cli("query", sql)
    assert result.exit_code == 1
    error_line(result)
    conn = sqlite3.connect(database)
    assert conn.execute("SELECT count(*), max(year) FROM documents").fetchone() == before
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not Path("other.db").exists()


def test_reading_commands_bring_a_schema_1_database_up_to_date(cli, database):
    as_old_schema(database, 1)
    result = cli("show", "총무과 2025")
    assert result.exit_code == 0 and "대외교류 활성화" in result.output
    result = cli("query", "SELECT count(*), count(remaining_krw) FROM budget_lines", "--csv")
    assert result.output.splitlines()[1:] == ["28,0"]
    assert sqlite3.connect(database).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reading_commands_refuse_a_database_from_a_newer_reportdb(cli, database):
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    result = cli("show", "1")
    assert result.exit_code == 1
    assert error_line(result) == ("Error: reports.db: made by a newer reportdb (schema version 99, this one knows up "
                                  "to 41): upgrade reportdb to use it")


def test_query_help_names_every_table_to_ask(cli):
    shown = " ".join(cli("query", "--help").output.split())
    assert all(table in shown for table in TABLES) and "the view reports" in shown


def test_a_runaway_query_stops_at_the_time_limit(cli, database):
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    result = cli("query", sql, "--timeout", "0.5")
    assert result.exit_code == 1
    assert error_line(result) == "Error: query stopped: it ran longer than the time limit of 0.5 s"


def test_a_wrong_query_is_one_line(cli, database):
    result = cli("query", "SELECT nosuch FROM documents")
    assert result.exit_code == 1
    assert error_line(result) == "Error: query failed: no such column: nosuch"


def test_query_without_a_database_is_a_usage_error(cli):
    assert cli("query", "SELECT 1", "--db", "missing.db").exit_code == 2


NOT_A_DATABASE = ("Error: junk.db: not a database (no SQLite file; a report is given to `reportdb ingest`, "
                  "not after --db)")


def test_query_on_a_file_that_is_no_database_is_one_line(cli, tmp_path):
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    result = cli("query", "SELECT 1", "--db", "junk.db")
    assert result.exit_code == 1
    assert error_line(result) == NOT_A_DATABASE
    result = cli("ingest", "--db", "junk.db", str(SAMPLES / "2023-hanbit-jaemu.txt"))
    assert (result.exit_code, error_line(result)) == (1, NOT_A_DATABASE)
    result = cli("ingest", "--db", "no/such/folder/r.db", str(SAMPLES / "2023-hanbit-jaemu.txt"))
    assert (result.exit_code, error_line(result)) == (1, "Error: no/such/folder/r.db: no folder no/such/folder to "
                                                         "make the database in")


def test_the_readmes_questions_answer_on_the_samples(cli):
    """The README's `reportdb query` examples, run as written on the samples."""
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    under_30, staffing = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)[:2]
    cli("ingest", str(SAMPLES), "--workers", "1")
    result = cli("query", under_30, "--csv")
    assert result.output.splitlines() == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                          "서해구의회,,건강증진과,2023,2023-05-31,budget table,26.7"]
    result = cli("query", staffing, "--csv")
    assert result.output.splitlines() == [
        "council,office,year,department,as_of,정원,현원,과부족",
        "한빛구의회,,2024,총무과,,43,41,-2", "한빛구의회,,2026,총무과,,44,41,-3"]


def test_every_readme_query_answers_on_the_samples(cli):
    """Every `reportdb query` the README prints runs as written on the samples and gives its answer, so an example
    that stops running, or starts answering nothing, is noticed."""
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    queries = regex.findall(r'reportdb query "(.*?)"', readme, flags=regex.DOTALL)
    cli("ingest", str(SAMPLES), "--workers", "1")
    answers = [cli("query", query, "--csv") for query in queries if query.lstrip().upper().startswith(("SELECT",
                                                                                                         "WITH"))]
    assert [result.exit_code for result in answers] == [0] * len(answers) and len(answers) >= 5
    in_june = answers[2].output.splitlines()  # a step of a schedule of marks (추진일정) among the items
    assert "한빛구의회,복지정책과,2025,AI 안부 전화 운영 : 4월~12월" in in_june
    assert answers[3].output.splitlines() == [  # a table's row dated by its column of dates (`준공일자`, 2024's
        "council,department,year,caption,name,date",  # `준공일자 (증축)`: before, not found)
        "한빛구의회,총무과,2024,구 청사,본관,1988. 3. 2.", "한빛구의회,총무과,2026,구 청사,본관,1988. 3. 2."]
    first_quarter = answers[4].output.splitlines()  # an item of whole years, and 2026's report's items
    assert first_quarter[1] == "한빛구의회,복지정책과,2025,스마트 돌봄 대상 확대 : 2026년 ~ 2027년"
    assert len(first_quarter) == 2 + 7 and {row.split(",")[:3] == ["한빛구의회", "총무과", "2026"]
                                            for row in first_quarter[2:]} == {True}
    vehicles_held, over_quota = (result.output.splitlines() for result in answers[5:7])
    assert vehicles_held == [
        "council,department,year,session_start,held", ",기획예산과,,,3", "서해구의회,건강증진과,2023,2023-06-13,3",
        "한빛구의회,공원녹지과,2025,2025-06-10,15", "한빛구의회,복지정책과,2025,2025-06-10,4",
        "한빛구의회,재무과,2023,2023-06-13,5", "한빛구의회,청소과,2024,2024-06-11,65",
        "한빛구의회,총무과,2024,2024-06-11,30", "한빛구의회,총무과,2026,2026-06-09,31",
        "한빛구의회,환경과,2022,2022-06-14,6"]
    assert over_quota == ["council,department,year,caption,held,quota",
                          "한빛구의회,공원녹지과,2025,작업차량 - 총8대 (정수 6),7,6"]
    assert answers[7].output.splitlines() == [  # the 기획예산과's printed as one row of counts under its categories
        "council,department,year,session_start,held", ",기획예산과,,,2", "서해구의회,건강증진과,2023,2023-06-13,1",
        "한빛구의회,공원녹지과,2025,2025-06-10,3", "한빛구의회,복지정책과,2025,2025-06-10,2",
        "한빛구의회,재무과,2023,2023-06-13,3", "한빛구의회,청소과,2024,2024-06-11,5",
        "한빛구의회,총무과,2024,2024-06-11,20", "한빛구의회,총무과,2026,2026-06-09,21",
        "한빛구의회,환경과,2022,2022-06-14,2"]
    second_half, errors = (result.output.splitlines() for result in answers[8:10])
    assert second_half == ["council,department,year,title,text,amount_krw",  # what runs all year runs in it too
                           '한빛구의회,환경과,2022,미세먼지 저감 대책 추진,"하반기 전기차 추가 보급 : 7월~12월 / '
                           '200,000천원",200000000',
                           '한빛구의회,복지정책과,2025,복지 사각지대 발굴 및 지원,'
                           '"긴급복지 생계비 지원(412가구): 연중 / 804,000천원",804000000']
    assert len(errors) == 1 + 15 and {row.split(",")[1] for row in errors[1:]} == {"공원녹지과"}
    assert answers[10].output.splitlines() == ["council,department,year,title,name,budget_krw",
                                              "한빛구의회,총무과,2026,,계,124678000000"]  # no sample prints a plan
    assert answers[11].output.splitlines() == [  # 2026's title prints `[계속]`
        "council,department,year,title,team,continuity", "한빛구의회,총무과,2024,직원 디지털 역량 강화,교육후생팀,",
        "한빛구의회,총무과,2026,직원 디지털 역량 강화,교육후생팀,계속"]
    assert answers[12].output.splitlines() == [  # 2026's in 백만원, in won all the same
        "council,department,year,name,budget_krw,executed_krw,as_of",
        "한빛구의회,총무과,2024,쾌적한 청사 관리,3512400000,1604800000,2024-05-31",
        "한빛구의회,총무과,2026,쾌적한 청사 관리,3904000000,1822000000,2026-05-31"]
    for query, result in zip(queries, answers, strict=True):
        assert len(result.output.splitlines()) > 1, f"no answer: {query}"


# --- search and show -----------------------------------------------------------------------------


def test_search_a_two_syllable_term(cli, database):
    result = cli("search", "청사")
    assert result.exit_code == 0
    # 7 project lines, the header and the 6 rows of the 구 청사 table and the general part's text (its caption), in
    # each report
    assert "30 matches" in result.output
    assert "text line" in result.output
    assert "1. 안전하고 쾌적한 청사환경 조성" in result.output
    assert "본관 청사 외벽타일 점검 및 보수: 6월" in result.output
    assert "총무과" in result.output and "기획과" in result.output


def test_search_finds_a_row_of_any_other_table_at_its_line(cli, database):
    result = cli("search", "우리은행", "통합일자리")
    assert result.exit_code == 0 and "2 matches" in result.output  # not the project item, which lacks 통합일자리
    assert "table line 50" in result.output
    row = "구 청사 · 부속건물 / 385 / 지상2층 / 1997. 3. 26. / - 1층: 우리은행 - 2층: 통합일자리지원센터"
    assert row in result.output


def test_search_a_longer_term_and_several_terms(cli, database):
    result = cli("search", "청사환경")
    assert result.exit_code == 0
    assert "8 matches" in result.output  # in each of the two reports: 청사환경 twice and `청사 환경` twice
    assert "노후 시설 개선을 통한 쾌적한 청사 환경 조성" in result.output
    both = cli("search", "인사", "공정")
    assert "2. 화합행정과 공정한 인사" in both.output
    assert "8 matches" in both.output


def test_search_finds_a_report_loaded_as_its_text_and_its_pdf_once_in_its_text(cli):
    cli("ingest", str(SAMPLES / "2026-hanbit-chongmu.md"), str(SAMPLES / "2026-hanbit-chongmu.pdf"))
    once = cli("search", "에너지", "진단")
    assert once.exit_code == 0 and once.output.splitlines()[0].strip() == "1 match"  # before: `1 matches`
    assert "item line 84" in once.output
    both = cli("search", "에너지", "진단", "--every-document")
    assert "2 matches" in both.output and "item line 84" in both.output and "item p.2" in both.output


def test_search_without_matches_exits_1(cli, database):
    result = cli("search", "존재하지않는말")
    assert result.exit_code == 1
    assert "no matches" in result.output


@pytest.mark.parametrize("document", [["1"], ["총무과", "2025"], ["총무과 2025"], ["in/a-chongmu-2025.txt"],
                                      ["a-chongmu-2025.txt"]])
def test_show_one_document(cli, database, document):
    result = cli("show", *document)
    assert result.exit_code == 0, result.output
    assert "총무과 2025 2025년 주요업무 보고" in result.output
    assert "기획과" not in result.output
    for expected in ("총 무 과 - (5)개팀", "인력", "공용차량", "예산 (단위사업)", "화합행정과 공정한 인사",
                     "상호결연도시 현황"):
        assert expected in result.output


def test_show_a_report_loaded_as_its_text_and_its_pdf_shows_its_text(cli):
    cli("ingest", str(SAMPLES / "2026-hanbit-chongmu.md"), str(SAMPLES / "2026-hanbit-chongmu.pdf"))
    result = cli("show", "총무과", "2026")
    assert result.exit_code == 0, result.output
    assert "2026-hanbit-chongmu.md" in result.output and "2026-hanbit-chongmu.pdf" not in result.output
    assert "2026-hanbit-chongmu.pdf" in cli("show", "2026-hanbit-chongmu.pdf").output


def test_show_of_an_unknown_document_is_one_line(cli, database):
    result = cli("show", "인사과", "2020")
    assert result.exit_code == 1
    assert error_line(result).startswith("Error: no document matches '인사과 2020'")


@pytest.mark.parametrize("document", [["총무과 2026년"], ["총무과", "2026년도"], ["총 무 과", "2026"],
                                      ["한빛구의회 총 무 과 2026"]])
def test_show_finds_a_department_as_people_type_it(cli, document):
    """A year typed with its 년 (`2026년`, `2026년도`) and a department letter-spaced as covers print it (`총 무 과`):
    before, `no document matches`."""
    cli("ingest", str(SAMPLES / "2024-hanbit-chongmu-layout.txt"), str(SAMPLES / "2026-hanbit-chongmu.md"))
    result = cli("show", *document)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["총무과", "2026", "2026년", "주요업무", "보고"]


def test_show_of_a_department_s_year_not_loaded_lists_its_reports(cli):
    """Before, `총무과 2025` of a department loaded for 2024 and 2026 said only to query every document."""
    cli("ingest", str(SAMPLES / "2024-hanbit-chongmu-layout.txt"), str(SAMPLES / "2026-hanbit-chongmu.md"))
    result = cli("show", "총무과", "2025")
    assert result.exit_code == 1
    assert error_line(result) == ("Error: no document matches '총무과 2025'; 총무과's reports are: 1 (한빛구의회 2024, "
                                  "2024-hanbit-chongmu-layout.txt), 2 (한빛구의회 2026, 2026-hanbit-chongmu.md)")
    assert error_line(cli("show", "인사과", "2025")).startswith("Error: no document matches '인사과 2025': try an id")


def test_show_names_the_documents_when_several_match(cli, database, tmp_path):
    copy = tmp_path / "copy.txt"
    original = (tmp_path / "in" / "a-chongmu-2025.txt").read_text(encoding="utf-8")
    copy.write_text(original.replace("2025년", "2023년"), encoding="utf-8")
    db = connect(database)
    load_report(db, extract_file(str(copy)), "sha-copy", [])
    db.close()
    result = cli("show", "총무과")
    assert result.exit_code == 1
    assert error_line(result) == ("Error: 2 documents match '총무과'; give one id (or the year after it: "
                                  "`총무과 2025`): 3 (2023, copy.txt), 1 (2025, a-chongmu-2025.txt)")
    assert cli("show", "총무과", "2023").exit_code == 0
