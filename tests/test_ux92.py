"""What surprised a user following the README: ingesting `../shared/reports/`, a folder holding a README beside the
report, exited 1 with the README refused as no report (on every ingest, and `check --db` named it ever after);
`rename --list` of a database handed over read-only failed, as a write would; and a write to a read-only database
said SQLite's `attempt to write a readonly database`, naming neither the file's nor the folder's permissions."""

import json
import shutil

from tests.conftest import SAMPLES
from tests.test_cli_journeys import copy_sample, jaemu_db, reportdb  # noqa: F401  (jaemu_db: a fixture)

JAEMU = "2023-hanbit-jaemu.txt"


def test_a_readme_among_the_reports_of_a_folder_is_skipped_and_the_ingest_exits_0(tmp_path):
    copy_sample(JAEMU, tmp_path / "in" / JAEMU)
    (tmp_path / "in" / "README.md").write_text("# 보고서 모음\n\n2023년 재무과 보고서입니다.\n", encoding="utf-8")
    (tmp_path / "in" / "readme.txt").write_text("notes\n", encoding="utf-8")
    result = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[:3] == ["skipped   in/README.md (a README: given by name, it is read)",
                         "skipped   in/readme.txt (a README: given by name, it is read)",
                         f"loaded    in/{JAEMU}"]
    assert lines[3].startswith("loaded 1, replaced 0, unchanged 0, refused 0, skipped 2; ")
    check = reportdb("check", "in", cwd=tmp_path)
    assert (check.returncode, check.stderr) == (0, "")
    assert check.stdout.splitlines()[-1] == "0 errors, 0 warnings, 1 info"
    errors = reportdb("query", "SELECT count(*) AS n FROM ingest_errors", "--db", "r.db", "--csv", cwd=tmp_path)
    assert errors.stdout == "n\n0\n"


def test_a_readme_given_by_name_is_read_and_refused_as_no_report(tmp_path):
    (tmp_path / "README.md").write_text("# 보고서 모음\n\n2023년 재무과 보고서입니다.\n", encoding="utf-8")
    result = reportdb("check", "README.md", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "refused README.md: not a work report: no title, council "
                                                     "session, numbered section or known table\n")


def test_a_folder_holding_only_a_readme_holds_no_report(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "README.md").write_text("notes\n", encoding="utf-8")
    result = reportdb("check", "in", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, "in: no .txt, .md or .pdf reports found (README.md skipped: a "
                                                     "README is read only when given by name)\n")


def test_rename_list_reads_a_read_only_database(jaemu_db):  # noqa: F811
    stated = reportdb("rename", "재무과", "회계과", "--db", jaemu_db, cwd=jaemu_db.parent)
    assert stated.returncode == 0, stated.stderr
    jaemu_db.chmod(0o444)
    listed = reportdb("rename", "--list", "--db", "r.db", cwd=jaemu_db.parent, as_a_user=True)
    assert (listed.returncode, listed.stderr) == (0, "")
    assert [line.split("│")[1:-1] for line in listed.stdout.splitlines() if line.startswith("│")] == [
        [" 재무과 ", " 회계과     ", "         ", "        ", " reportdb rename "]]


def test_a_write_to_a_read_only_database_says_whose_permissions_refuse_it(jaemu_db):  # noqa: F811
    cwd = jaemu_db.parent
    jaemu_db.chmod(0o444)
    line = ("Error: r.db: cannot write it: the file is read-only (query, search, show and check still read it)\n")
    for args in (["ingest", "jaemu.txt", "--force"], ["rename", "재무과", "회계과"], ["rename", "--forget", "재무과"]):
        result = reportdb(*args, "--db", "r.db", cwd=cwd, as_a_user=True)
        assert (result.returncode, result.stderr) == (1, line), args
    query = reportdb("query", "SELECT department FROM documents", "--db", "r.db", "--json", cwd=cwd, as_a_user=True)
    assert (query.returncode, json.loads(query.stdout)) == (0, [{"department": "재무과"}])


def test_a_write_to_a_database_in_a_read_only_folder_names_the_folder(tmp_path):
    copy_sample(JAEMU, tmp_path / "jaemu.txt")
    folder = tmp_path / "ro"
    folder.mkdir()
    assert reportdb("ingest", "jaemu.txt", "--db", "ro/r.db", cwd=tmp_path).returncode == 0
    for journal in folder.glob("r.db-*"):
        journal.unlink()
    folder.chmod(0o555)
    try:
        result = reportdb("ingest", str(SAMPLES / "2025-hanbit-bokji.txt"), "--db", "ro/r.db", cwd=tmp_path,
                          as_a_user=True)
    finally:
        folder.chmod(0o755)
    assert (result.returncode, result.stderr) == (1, (
        "Error: ro/r.db: cannot write it: its folder ro is read-only, and SQLite writes its journal there "
        "(query, search, show and check still read it)\n"))
    shutil.rmtree(folder)


def test_one_error_or_warning_is_counted_in_the_singular(tmp_path):
    """Before: `1 errors, 0 warnings, 0 info`; the real report's ingest: `0 errors, 1 warnings, 1 info`."""
    refused = reportdb("check", "nope.txt", cwd=tmp_path)
    assert (refused.returncode, refused.stdout.splitlines()[-1]) == (1, "1 error, 0 warnings, 0 info")
    copy_sample(JAEMU, tmp_path / "jaemu.txt")
    (tmp_path / "jaemu.txt").write_text((tmp_path / "jaemu.txt").read_text(encoding="utf-8").replace(
        "공용차량 - 총5대 (정수 6)", "공용차량 - 총6대 (정수 6)"), encoding="utf-8")
    planted = reportdb("check", "jaemu.txt", "--json", cwd=tmp_path)
    assert [(f["rule"], f["severity"]) for f in json.loads(planted.stdout)] == [("header.quota", "info"),
                                                                         ("header.total", "error")]
    assert reportdb("check", "jaemu.txt", cwd=tmp_path).stdout.splitlines()[-1] == "1 error, 0 warnings, 1 info"


def test_a_rename_of_a_department_two_councils_have_says_whose_reports_it_renames(tmp_path):
    """Before: `2 reports of 재무과 (2023) answer as 회계과`, 가온구의회's and 한빛구의회's alike, nothing said."""
    copy_sample(JAEMU, tmp_path / "hanbit.txt")
    shutil.copyfile(SAMPLES.parent / "tests" / "department_reports" / "2023-gaon-jaemu.txt", tmp_path / "gaon.txt")
    assert reportdb("ingest", "hanbit.txt", "gaon.txt", "--db", "r.db", cwd=tmp_path).returncode == 0
    both = reportdb("rename", "재무과", "회계과", "--db", "r.db", cwd=tmp_path)
    assert (both.returncode, both.stdout.splitlines()) == (0, [
        "재무과 → 회계과", "2 reports of 재무과 (2023) answer as 회계과",
        "each council's and office's 재무과: 가온구의회, 한빛구의회 "
        "(`--council C` or `--office O` renames one's only)"])
    one = reportdb("rename", "재무과", "회계과", "--council", "가온구의회", "--db", "r.db", cwd=tmp_path)
    assert (one.returncode, one.stdout.splitlines()) == (0, [
        "재무과 → 회계과 (가온구의회)", "1 report of 재무과 (2023) answers as 회계과"])


def test_a_readme_refused_before_is_forgotten_once_the_folder_skips_it(tmp_path):
    """A database an older reportdb refused the README into: `check --db` named it on every run."""
    copy_sample(JAEMU, tmp_path / "in" / JAEMU)
    (tmp_path / "in" / "README.md").write_text("notes\n", encoding="utf-8")
    named = reportdb("ingest", "in/README.md", "--db", "r.db", cwd=tmp_path)
    assert named.returncode == 1
    assert reportdb("check", "--db", "r.db", cwd=tmp_path).stderr == (
        "refused in/README.md: not a work report: no title, council session, numbered section or known table "
        "(not in the database)\n")
    assert reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path).returncode == 0
    check = reportdb("check", "--db", "r.db", cwd=tmp_path)
    assert (check.returncode, check.stderr, check.stdout.splitlines()[-1]) == (0, "", "0 errors, 0 warnings, 1 info")


def test_two_statements_are_refused_in_the_projects_words(jaemu_db):  # noqa: F811
    """Before: `query failed: You can only execute one statement at a time.`, Python's words."""
    for sql in ("SELECT 1; SELECT 2", "SELECT department FROM documents;;"):
        result = reportdb("query", sql, "--db", "r.db", cwd=jaemu_db.parent)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", (
            "Error: query refused: one statement at a time, and text follows its first `;` (two queries' rows: "
            "join them with UNION ALL)\n")), sql
    one = reportdb("query", "SELECT department FROM documents; -- the end", "--db", "r.db", "--csv",
                   cwd=jaemu_db.parent)
    assert (one.returncode, one.stdout) == (0, "department\n재무과\n")


def test_a_report_given_as_the_database_is_named_no_database_and_left_as_it_was(tmp_path):
    """Before: SQLite's `file is not a database`."""
    report = copy_sample(JAEMU, tmp_path / "jaemu.txt")
    before = report.read_bytes()
    line = ("Error: jaemu.txt: not a database (no SQLite file; a report is given to `reportdb ingest`, not after "
            "--db)\n")
    for args in (["ingest", str(SAMPLES / "2025-hanbit-bokji.txt")], ["check"], ["show", "1"], ["query", "SELECT 1"],
                 ["search", "청사"], ["rename", "--list"]):
        result = reportdb(*args, "--db", "jaemu.txt", cwd=tmp_path)
        assert (result.returncode, result.stderr) == (1, line), args
    assert report.read_bytes() == before


def test_the_database_may_be_named_once_in_reportdb_db_as_help_says(jaemu_db, tmp_path):  # noqa: F811
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"REPORTDB_DB": str(jaemu_db)}
    query = reportdb("query", "SELECT department, year FROM reports", "--csv", cwd=elsewhere, env=env)
    assert (query.returncode, query.stdout) == (0, "department,year\n재무과,2023\n")
    shown = reportdb("show", "재무과 2023", cwd=elsewhere, env=env)
    assert (shown.returncode, shown.stdout.split()[:2]) == (0, ["재무과", "2023"])
    help_text = " ".join(reportdb("query", "--help", cwd=elsewhere).stdout.split())
    assert "--db FILE The database file (or set REPORTDB_DB). [default: reports.db]" in help_text
    empty = reportdb("query", "SELECT 1", "--db", "", cwd=elsewhere, env=env)
    assert (empty.returncode, empty.stderr.splitlines()[-1]) == (
        2, "Error: Invalid value for '--db': an empty path (an unset variable?)")
    assert sorted(p.name for p in elsewhere.iterdir()) == []
