"""What surprised users of a fresh database: a report handed over as the HWP, Word or Excel file it was written in
(before, `binary data`), a clean `check` of a database some files of which were refused, a misspelt department or
column answered with nothing to go on, `extract` given a report's name, and the README's question of 2026's budget
printing a project's 사업비 as a row with no budget. The README's questions answered on every fixture."""

import io
import zipfile

from click.testing import CliRunner

from pipeline.cli import main
from tests.test_ux87 import FIXTURES, ingest, readme_query

GOOD = "2025-hanbit-gamsa.txt"


def zipped(*parts: str) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for part in parts:
            archive.writestr(part, "<xml>총무과 2025년 주요업무 보고</xml>")
    return data.getvalue()


# an OLE2 compound file's signature, then its directory's stream names in UTF-16, as HWP 5 and Word 97 write them
COMPOUND = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
PROGRAM_FILES = {
    "report.hwp": COMPOUND + "FileHeader".encode("utf-16-le") + "BodyText".encode("utf-16-le") + bytes(600),
    "report.doc": COMPOUND + "WordDocument".encode("utf-16-le") + bytes(600),
    "old.hwp": b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(300),
    "report.docx": zipped("[Content_Types].xml", "word/document.xml"),
    "report.xlsx": zipped("[Content_Types].xml", "xl/workbook.xml"),
    "report.hwpx": zipped("mimetype", "Contents/section0.xml"),
    "reports.zip": zipped("2025-chongmu.txt"),
}


def test_a_report_in_its_programs_own_format_is_refused_saying_which_and_the_others_load(tmp_path, monkeypatch):
    cli = ingest(tmp_path, monkeypatch, GOOD)
    for name, data in PROGRAM_FILES.items():
        (tmp_path / name).write_bytes(data)
    result = cli("ingest", *PROGRAM_FILES, GOOD, "--workers", "1")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith(("refused", "unchanged", "loaded "))] == [
        f"unchanged {GOOD}",
        "refused   old.hwp: an HWP document, not a text report: save it as PDF or text to read it",
        "refused   report.doc: a Word document, not a text report: save it as PDF or text to read it",
        "refused   report.docx: a Word document, not a text report: save it as PDF or text to read it",
        "refused   report.hwp: an HWP document, not a text report: save it as PDF or text to read it",
        "refused   report.hwpx: an HWPX document, not a text report: save it as PDF or text to read it",
        "refused   report.xlsx: an Excel workbook, not a text report: save it as PDF or text to read it",
        "refused   reports.zip: a ZIP archive, not a text report: unpack it",
        "loaded 0, replaced 0, unchanged 1, refused 7, skipped 0; findings: 0 errors, 0 warnings, 0 info "
        "(database: reports.db)"]
    extracted = cli("extract", "report.hwp")
    assert (extracted.exit_code, extracted.output) == (
        1, "Error: report.hwp: an HWP document, not a text report: save it as PDF or text to read it\n")
    # random bytes after a signature's first bytes are no such file
    (tmp_path / "noise.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    assert cli("extract", "noise.docx").output == "Error: noise.docx: a ZIP archive, not a text report: unpack it\n"


def test_check_of_a_database_names_the_files_its_ingest_refused(tmp_path, monkeypatch):
    """The refusals are no findings of a report (the exit status is the findings'), but a check that printed
    `0 errors` alone read as a complete database."""
    cli = ingest(tmp_path, monkeypatch, GOOD)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "report.hwp").write_bytes(PROGRAM_FILES["report.hwp"])
    assert cli("ingest", "empty.txt", "report.hwp").exit_code == 1
    checked = cli("check")
    assert (checked.exit_code, checked.stdout, checked.stderr) == (0, "0 errors, 0 warnings, 0 info\n", (
        "refused empty.txt: empty file (not in the database)\n"
        "refused report.hwp: an HWP document, not a text report: save it as PDF or text to read it "
        "(not in the database)\n"))
    as_json = cli("check", "--json")
    assert (as_json.exit_code, as_json.stdout) == (0, "[]\n")
    (tmp_path / "empty.txt").write_bytes((FIXTURES / "2025-hanbit-wisaeng.txt").read_bytes())
    assert cli("ingest", "empty.txt").exit_code == 0  # loaded now: no longer named
    assert cli("check").stderr == ("refused report.hwp: an HWP document, not a text report: save it as PDF or text "
                                   "to read it (not in the database)\n")
    (tmp_path / GOOD).write_bytes(b"")  # a loaded file emptied: its report stays, as loaded before
    assert cli("ingest", GOOD).exit_code == 1
    assert cli("check").stderr.splitlines()[0] == (
        f"refused {GOOD}: empty file (the database holds its content loaded before)")
    assert cli("query", "SELECT department, year FROM documents ORDER BY id", "--csv").output.splitlines() == [
        "department,year", "감사담당관,2025", "위생과,2025"]
    (tmp_path / "report.hwp").unlink()  # a refused file deleted: the next ingest, of any file, forgets it
    assert cli("ingest", "empty.txt").exit_code == 0
    assert cli("check").stderr == f"refused {GOOD}: empty file (the database holds its content loaded before)\n"


def test_a_misspelt_department_is_answered_with_the_departments_named_like_it(tmp_path, monkeypatch):
    cli = ingest(tmp_path, monkeypatch, "2024-hanbit-chongmu-pymupdf4llm.md", "2025-hanbit-park-planted-pymupdf4llm.md")
    shown = cli("show", "총므과 2024")
    assert (shown.exit_code, shown.output) == (1, "Error: no document matches '총므과 2024'; departments named like "
                                                  "it: 총무과\n")
    assert cli("show", "한빛구의회 공원녹지 2025").output == (
        "Error: no document matches '한빛구의회 공원녹지 2025'; departments named like it: 공원녹지과\n")
    # nothing like it: the query to list them, as before
    assert cli("show", "9999").output == ("Error: no document matches '9999': try an id from `reportdb query "
                                          "'SELECT id, department, year, path FROM documents'`\n")
    renamed = cli("rename", "총므과", "행정지원과")
    assert (renamed.exit_code, renamed.output) == (0, "총므과 → 행정지원과\nno report of 총므과 is loaded: it applies "
                                                      "to those loaded later (departments named like it: 총무과)\n")
    assert cli("rename", "인사과", "행정지원과").output == (
        "인사과 → 행정지원과\nno report of 인사과 is loaded: it applies to those loaded later\n")


def test_extract_given_a_reports_name_points_to_show(tmp_path, monkeypatch):
    cli = ingest(tmp_path, monkeypatch, GOOD)
    named = cli("extract", "감사담당관 2025")
    assert (named.exit_code, named.output) == (1, (
        "Error: 감사담당관 2025: cannot read: No such file or directory: `reportdb show '감사담당관 2025'` shows a "
        "loaded report by its name\n"))
    assert cli("extract", "missing.txt").output == "Error: missing.txt: cannot read: No such file or directory\n"


def test_a_misspelt_column_is_answered_with_the_closest_names(tmp_path, monkeypatch):
    cli = ingest(tmp_path, monkeypatch, GOOD)
    assert cli("query", "SELECT departmnet FROM documents").output == (
        "Error: query failed: no such column: departmnet (columns named like it: department, former_department, "
        "current_department)\n")
    assert cli("query", "SELECT b.excuted_krw FROM budget_lines b").output == (
        "Error: query failed: no such column: b.excuted_krw (columns named like it: executed_krw, expected, "
        "extracted_by)\n")
    assert cli("query", "SELECT budget FROM budget_lines").output == (  # holding it, as before
        "Error: query failed: no such column: budget (columns named like it: budget_krw, budget_year)\n")
    assert cli("query", "SELECT zzzzqq FROM documents").output == "Error: query failed: no such column: zzzzqq\n"


def test_the_2026_budget_question_leaves_out_a_plans_cost_by_its_sources(tmp_path, monkeypatch):
    """산림녹지과 2026's plan for 2027 prints `사 업 비: 3억 5천만원(시비 1.5억원, 구비 2억원)`, a 계 with no 예산액:
    before, a fourth row, `산림 재해 예방 강화,계,` with no budget."""
    cli = ingest(tmp_path, monkeypatch, "2026-hanbit-sallimnokji.md")
    planned = readme_query("SELECT d.council, d.department, d.year, p.title, b.name, b.budget_krw")
    assert cli("query", planned, "--csv").output.splitlines() == [
        "council,department,year,title,name,budget_krw", "한빛구의회,산림녹지과,2026,,계,9167020000",
        "한빛구의회,산림녹지과,2026,생활권 도시숲 조성,계,2450000000",
        "한빛구의회,산림녹지과,2026,산림 재해 예방 강화,계,412800000"]


def test_the_readme_questions_on_every_fixture(tmp_path, monkeypatch):
    """Under 30% by May: 도시계획과 2025 alone prints it (`계 2,451,000 612,750 … 25.0%`; the next lowest,
    환경과 2022, 31.8%); 총무과's staffing: 2024 `정원 43, 현원 41, 과부족 △2`, 2026 `44, 41, △3`."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(FIXTURES), "--workers", "1"]).exit_code == 0
    under_30 = runner.invoke(main, ["query", readme_query("SELECT d.council, d.office, d.department, d.year, "
                                                          "t.dated_as_of"), "--csv"])
    assert under_30.output.splitlines() == ["council,office,department,year,dated_as_of,dated_by,execution_rate",
                                            "한빛구의회,,도시계획과,2025,2025-05-31,other tables,25.0"]
    staffing = runner.invoke(main, ["query", readme_query("SELECT council, office, year, department, as_of"),
                                    "--csv"])
    assert staffing.output.splitlines() == ["council,office,year,department,as_of,정원,현원,과부족",
                                            "한빛구의회,,2024,총무과,,43,41,-2", "한빛구의회,,2026,총무과,,44,41,-3"]


def test_dated_table_rows_are_named_by_their_last_cell_before_a_figure_or_date(tmp_path, monkeypatch):
    """`국가통계 | 경제총조사(사업체) | 6. 1. ~ 7. 31.` then `| 지역별고용조사 | 연중`: before, the row named by its
    first cell, blank where it goes on a group (two rows with no name)."""
    cli = ingest(tmp_path, monkeypatch, "2023-hanbit-jachihaengjeong.txt", "2022-hanbit-hoegye.md")
    in_march = readme_query("SELECT d.council, d.department, d.year, t.caption, (SELECT n.text")
    assert cli("query", in_march, "--csv").output.splitlines() == [
        "council,department,year,caption,name,date", "한빛구의회,회계과,2022,구 청사,별 관,2005. 3. 2.",
        "한빛구의회,자치행정과,2023,2023년 통계조사 현황,지역별고용조사,연중",
        "한빛구의회,자치행정과,2023,2023년 통계조사 현황,사업체조사,상반기"]
