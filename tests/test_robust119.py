"""A file the user may not even look at (it is in a folder without the right to search it: `chmod 000 locked`),
given by name or linked from a folder being ingested, is refused by its own name with the system's reason and the
other reports load: it no longer ends the whole run with `Error: …: Permission denied` (Python 3.11's
`Path.is_dir` and `Path.exists` raise on it rather than answer no)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_cli_journeys import copy_sample, refusals, reportdb


@pytest.fixture
def locked_folder(tmp_path):
    """in/2023-hanbit-jaemu.txt loaded once into r.db, and locked/2024-hanbit-cheongso.md in a folder nobody but
    root may search."""
    copy_sample("2023-hanbit-jaemu.txt", tmp_path / "in" / "2023-hanbit-jaemu.txt")
    copy_sample("2024-hanbit-cheongso.md", tmp_path / "locked" / "2024-hanbit-cheongso.md")
    assert reportdb("ingest", "in", "--db", "r.db", cwd=tmp_path).returncode == 0
    (tmp_path / "locked").chmod(0)
    yield tmp_path
    (tmp_path / "locked").chmod(0o755)


def documents(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [path for (path,) in conn.execute("SELECT path FROM documents ORDER BY path")]


def test_a_file_in_a_folder_the_user_may_not_search_given_by_name_is_refused_and_the_others_load(locked_folder):
    copy_sample("2025-hanbit-bokji.txt", locked_folder / "2025-hanbit-bokji.txt")
    result = reportdb("ingest", "locked/2024-hanbit-cheongso.md", "2025-hanbit-bokji.txt", "--db", "r.db",
                      cwd=locked_folder, as_a_user=True)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert "loaded    2025-hanbit-bokji.txt" in result.stdout
    assert "refused   locked/2024-hanbit-cheongso.md: cannot read: Permission denied" in result.stdout.splitlines()
    assert "loaded 1, replaced 0, unchanged 0, refused 1, skipped 0" in result.stdout
    root = locked_folder.resolve()
    assert documents(locked_folder / "r.db") == [str(root / "2025-hanbit-bokji.txt"),
                                                  str(root / "in" / "2023-hanbit-jaemu.txt")]
    assert refusals(locked_folder / "r.db") == [
        (str(root / "locked" / "2024-hanbit-cheongso.md"), "cannot read: Permission denied")]
    checked = reportdb("check", "locked/2024-hanbit-cheongso.md", "2025-hanbit-bokji.txt", cwd=locked_folder,
                       as_a_user=True)
    assert checked.returncode == 1
    assert checked.stderr.splitlines() == ["refused locked/2024-hanbit-cheongso.md: cannot read: Permission denied"]


def test_a_link_in_a_folder_to_a_file_the_user_may_not_look_at_is_refused_by_its_name_and_the_rest_load(
        locked_folder):
    copy_sample("2025-hanbit-bokji.txt", locked_folder / "in" / "2025-hanbit-bokji.txt")
    (locked_folder / "in" / "2024-cheongso.md").symlink_to(locked_folder / "locked" / "2024-hanbit-cheongso.md")
    result = reportdb("ingest", "in", "--db", "r.db", cwd=locked_folder, as_a_user=True)
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert "unchanged in/2023-hanbit-jaemu.txt" in lines
    assert "loaded    in/2025-hanbit-bokji.txt" in lines
    assert "refused   in/2024-cheongso.md: cannot read: Permission denied" in lines
    assert "loaded 1, replaced 0, unchanged 1, refused 1, skipped 0" in result.stdout
    folder = locked_folder.resolve() / "in"
    assert documents(locked_folder / "r.db") == [str(folder / "2023-hanbit-jaemu.txt"),
                                                  str(folder / "2025-hanbit-bokji.txt")]
    assert refusals(locked_folder / "r.db") == [(str(folder / "2024-cheongso.md"), "cannot read: Permission denied")]
