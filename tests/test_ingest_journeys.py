"""What a user meets feeding `ingest` and `check` real folders: a typo in a path, an empty folder, a copy or
a moved archive, a refused file put right, a damaged encoding, pipes, hidden files and odd file names."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.corpus import require_checks
from tests.test_cli_journeys import copy_sample, refusals, reportdb

require_checks()  # ingest runs the checks

JAEMU, BOKJI, UNDATED = "2023-hanbit-jaemu.txt", "2025-hanbit-bokji.txt", "한빛구-기획예산과-업무보고.md"


def documents(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT id, path, department, year FROM documents ORDER BY id").fetchall()


def finding_count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM findings").fetchone()[0]


# --- paths that hold nothing to read ----------------------------------------------------------------


def test_a_missing_path_is_refused_by_name_and_the_others_load(tmp_path):
    copy_sample(JAEMU, tmp_path / JAEMU)
    result = reportdb("ingest", JAEMU, "nope.txt", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [f"loaded    {JAEMU}",
                                              "refused   nope.txt: cannot read: No such file or directory"]
    assert "loaded 1, replaced 0, unchanged 0, refused 1, skipped 0" in result.stdout
    assert [(path, department, year) for _, path, department, year in documents(tmp_path / "r.db")] == [
        (str(tmp_path.resolve() / JAEMU), "재무과", 2023)]
    assert refusals(tmp_path / "r.db") == [(str(tmp_path.resolve() / "nope.txt"),
                                            "cannot read: No such file or directory")]


def test_a_folder_without_reports_is_named_and_nothing_found_at_all_exits_1(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.csv").write_text("hi")
    result = reportdb("ingest", "empty", "other", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:3] == ["skipped   other/a.csv (not .txt, .md or .pdf)",
                                              "empty: no .txt, .md or .pdf reports found",
                                              "other: no .txt, .md or .pdf reports found"]
    # beside a path that holds a report, an empty folder is named but does not fail the run
    copy_sample(JAEMU, tmp_path / JAEMU)
    result = reportdb("ingest", "empty", JAEMU, "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 0
    assert "empty: no .txt, .md or .pdf reports found" in result.stdout.splitlines()
    checked = reportdb("check", "empty", cwd=tmp_path)
    assert (checked.returncode, checked.stderr) == (1, "empty: no .txt, .md or .pdf reports found\n")


# --- the same content at another path -----------------------------------------------------------------


def test_a_copy_of_a_loaded_file_is_a_duplicate_and_not_loaded_again(tmp_path):
    copy_sample(JAEMU, tmp_path / "a" / JAEMU)
    copy_sample(BOKJI, tmp_path / "a" / BOKJI)
    assert reportdb("ingest", "a", "--db", "r.db", cwd=tmp_path).returncode == 0
    held, findings = documents(tmp_path / "r.db"), finding_count(tmp_path / "r.db")
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    result = reportdb("ingest", "b", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [f"duplicate b/{JAEMU} (same as a/{JAEMU})",
                                              f"duplicate b/{BOKJI} (same as a/{BOKJI})"]
    assert "loaded 0, replaced 0, unchanged 0, duplicate 2, refused 0, skipped 0" in result.stdout
    assert (documents(tmp_path / "r.db"), finding_count(tmp_path / "r.db")) == (held, findings)


def test_two_copies_in_one_run_load_once(tmp_path):
    copy_sample(JAEMU, tmp_path / "a" / JAEMU)
    copy_sample(JAEMU, tmp_path / "b" / "copy.txt")
    result = reportdb("ingest", "b", "a", "--db", "r.db", cwd=tmp_path)
    assert result.stdout.splitlines()[:2] == [f"loaded    a/{JAEMU}", f"duplicate b/copy.txt (same as a/{JAEMU})"]
    assert [path for _, path, _, _ in documents(tmp_path / "r.db")] == [str(tmp_path.resolve() / "a" / JAEMU)]


def test_a_moved_file_takes_over_its_record(tmp_path):
    copy_sample(JAEMU, tmp_path / "a" / JAEMU)
    copy_sample(BOKJI, tmp_path / "a" / BOKJI)
    reportdb("ingest", "a", "--db", "r.db", cwd=tmp_path)
    held, findings = documents(tmp_path / "r.db"), finding_count(tmp_path / "r.db")
    (tmp_path / "a").rename(tmp_path / "b")
    result = reportdb("ingest", "b", "--db", "r.db", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [f"moved     b/{JAEMU} (from a/{JAEMU})",
                                              f"moved     b/{BOKJI} (from a/{BOKJI})"]
    assert "loaded 0, replaced 0, unchanged 0, moved 2, refused 0, skipped 0" in result.stdout
    # the same ids, rows and findings, under the new paths
    assert documents(tmp_path / "r.db") == [(id_, path.replace("/a/", "/b/"), department, year)
                                            for id_, path, department, year in held]
    assert finding_count(tmp_path / "r.db") == findings
    assert reportdb("ingest", "b", "--db", "r.db", cwd=tmp_path).stdout.startswith(f"unchanged b/{JAEMU}\n")


def test_a_file_renamed_to_a_name_that_gives_its_year_is_extracted_again(tmp_path):
    copy_sample(UNDATED, tmp_path / UNDATED)  # the cover prints no year; this name gives none either
    reportdb("ingest", UNDATED, "--db", "r.db", cwd=tmp_path)
    assert [(department, year) for _, _, department, year in documents(tmp_path / "r.db")] == [("기획예산과", None)]
    (tmp_path / UNDATED).rename(tmp_path / "2024-기획예산과.md")
    result = reportdb("ingest", "2024-기획예산과.md", "--db", "r.db", cwd=tmp_path)
    assert result.stdout.splitlines()[0] == f"moved     2024-기획예산과.md (from {UNDATED})"
    assert [(path, department, year) for _, path, department, year in documents(tmp_path / "r.db")] == [
        (str(tmp_path.resolve() / "2024-기획예산과.md"), "기획예산과", 2024)]


def test_a_held_file_that_became_a_copy_of_another_loses_its_old_record(tmp_path):
    copy_sample(JAEMU, tmp_path / "a.txt")
    copy_sample(BOKJI, tmp_path / "b.txt")
    reportdb("ingest", "a.txt", "b.txt", "--db", "r.db", cwd=tmp_path)
    shutil.copyfile(tmp_path / "a.txt", tmp_path / "b.txt")
    result = reportdb("ingest", "a.txt", "b.txt", "--db", "r.db", cwd=tmp_path)
    assert result.stdout.splitlines()[:2] == ["unchanged a.txt", "duplicate b.txt (same as a.txt)"]
    assert [(path, department) for _, path, department, _ in documents(tmp_path / "r.db")] == [
        (str(tmp_path.resolve() / "a.txt"), "재무과")]


def test_a_copy_of_a_held_file_that_has_changed_since_is_loaded(tmp_path):
    copy_sample(JAEMU, tmp_path / "a.txt")
    reportdb("ingest", "a.txt", "--db", "r.db", cwd=tmp_path)
    shutil.copyfile(tmp_path / "a.txt", tmp_path / "b.txt")
    shutil.copyfile(SAMPLES / BOKJI, tmp_path / "a.txt")  # a.txt's record no longer tells what it holds
    result = reportdb("ingest", "b.txt", "--db", "r.db", cwd=tmp_path)
    assert result.stdout.splitlines()[0] == "loaded    b.txt"
    assert len(documents(tmp_path / "r.db")) == 2


# --- refusals put right, and refusals as check reports them ---------------------------------------------


def test_a_refusal_is_cleared_when_the_file_is_back_to_its_loaded_content(tmp_path):
    report = copy_sample(BOKJI, tmp_path / "in" / BOKJI)
    reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path)
    report.write_bytes(b"")
    assert reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path).stdout.startswith(
        f"refused   in/{BOKJI}: empty file\n")
    assert refusals(tmp_path / "r.db") == [(str(report.resolve()), "empty file")]
    copy_sample(BOKJI, report)
    assert reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path).stdout.startswith(f"unchanged in/{BOKJI}\n")
    assert refusals(tmp_path / "r.db") == []


def test_check_json_holds_a_refused_file_as_an_error_of_its_own(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = reportdb("check", "--json", "empty.txt", "nope.txt", cwd=tmp_path)
    assert result.returncode == 1
    nothing = dict.fromkeys(("council", "office", "department", "year", "council_session", "session_start", "title",
                             "volume", "location", "table_name", "row_label", "column_label", "expected", "actual",
                             "line", "page"))
    assert json.loads(result.stdout) == [
        {**nothing, "path": str(tmp_path.resolve() / "empty.txt"), "rule": "refused", "severity": "error",
         "message": "empty file"},
        {**nothing, "path": str(tmp_path.resolve() / "nope.txt"), "rule": "refused", "severity": "error",
         "message": "cannot read: No such file or directory"}]
    assert result.stderr.splitlines() == ["refused empty.txt: empty file",
                                          "refused nope.txt: cannot read: No such file or directory"]


# --- encodings ---------------------------------------------------------------------------------------------

REPORT = (SAMPLES / "2026-hanbit-chongmu.md").read_bytes()


@pytest.mark.parametrize(("data", "reason"), [
    (REPORT[:3006] + b"\xff" + REPORT[3006:], "UTF-8 text with an invalid byte 0xFF at offset 3,006 (line 128)"),
    (REPORT[:3007], "UTF-8 text cut off in the middle of a character (offset 3,006, line 128)"),
])
def test_utf8_with_a_damaged_byte_is_refused_as_such(tmp_path, data, reason):
    assert REPORT[3006] >= 0xE0  # a Hangul syllable's first byte
    (tmp_path / "r.md").write_bytes(data)
    result = reportdb("check", "r.md", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, f"refused r.md: {reason}\n")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-16"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, encoding):
    text = REPORT.decode()
    data = (b"\x00\x00\xfe\xff" if encoding == "utf-32-be" else b"") + text.encode(encoding)
    (tmp_path / "r.md").write_bytes(data)
    (tmp_path / "utf8.md").write_bytes(REPORT)
    as_encoded = reportdb("extract", "r.md", cwd=tmp_path)
    assert as_encoded.returncode == 0, as_encoded.stderr
    assert json.loads(as_encoded.stdout)["staffing"] == json.loads(reportdb("extract", "utf8.md",
                                                                            cwd=tmp_path).stdout)["staffing"]


# --- what a folder holds besides reports ------------------------------------------------------------------


def test_hidden_files_and_pipes_are_listed_as_skipped_and_odd_names_stay_on_one_line(tmp_path):
    folder = tmp_path / "in"
    copy_sample(JAEMU, folder / "we\nird.txt")
    copy_sample(BOKJI, folder / ".hidden.txt")
    os.mkfifo(folder / "fifo.txt")  # opening it would wait for a writer forever
    (folder / "link.txt").symlink_to("fifo.txt")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("x")
    result = reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path, own_process=True)
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[:5] == ["skipped   in/.hidden.txt (hidden)",
                                              "skipped   in/fifo.txt (not a regular file)",
                                              "skipped   in/link.txt (not a regular file)",
                                              "loaded    in/we\\nird.txt",
                                              "loaded 1, replaced 0, unchanged 0, refused 0, skipped 3; findings: "
                                              "0 errors, 0 warnings, 1 info (database: r.db)"]
