"""A copy of a held file, or a held file moved, is known before extraction where the database holds documents:
a moved archive of thousands of copies costs a hash each, not an extraction."""

from __future__ import annotations

import shutil

import pytest

import pipeline.ingest
from pipeline.db import connect
from pipeline.ingest import collect_files, ingest_files
from tests.corpus import require_checks
from tests.test_cli_journeys import copy_sample

require_checks()  # ingest runs the checks

REPORTS = ("2023-hanbit-jaemu.txt", "2025-hanbit-bokji.txt")
UNDATED = "한빛구-기획예산과-업무보고.md"  # its cover prints no department: the file's name gives it


def ingest(db, *folders, **options) -> list[tuple[str, str, str | None]]:
    seen: list[tuple[str, str, str | None]] = []
    ingest_files(db, collect_files(folders).files, on_file=lambda *args: seen.append(args), **options)
    return seen


def extraction_fails_for(monkeypatch, folder) -> list[str]:
    """Extraction refuses every file under `folder` (as a bug would), and the paths it was asked for."""
    asked: list[str] = []
    extract_file = pipeline.ingest.extract_file

    def extract(path, data=None):
        if str(path).startswith(str(folder.resolve())):
            asked.append(str(path))
            raise RuntimeError("extracted")
        return extract_file(path, data)

    monkeypatch.setattr(pipeline.ingest, "extract_file", extract)
    return asked


@pytest.fixture
def loaded(tmp_path):
    for name in REPORTS:
        copy_sample(name, tmp_path / "a" / name)
    db = connect(tmp_path / "r.db")
    ingest(db, tmp_path / "a")
    return db


def test_a_copy_of_a_held_file_is_not_extracted(tmp_path, loaded, monkeypatch):
    """Before, each copy was extracted in a worker and only then found to be a duplicate."""
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    asked = extraction_fails_for(monkeypatch, tmp_path / "b")
    a, b = (tmp_path.resolve() / folder for folder in "ab")
    assert ingest(loaded, tmp_path / "b") == [("duplicate", str(b / name), str(a / name)) for name in REPORTS]
    assert asked == []


@pytest.mark.parametrize("workers", [1, 2])
def test_a_moved_file_is_not_extracted(tmp_path, loaded, monkeypatch, workers):
    held = loaded.execute("SELECT id, path, department, year FROM documents ORDER BY id").fetchall()
    (tmp_path / "a").rename(tmp_path / "b")
    asked = extraction_fails_for(monkeypatch, tmp_path / "b")
    a, b = (tmp_path.resolve() / folder for folder in "ab")
    seen = ingest(loaded, tmp_path / "b", workers=workers)
    assert seen == [("moved", str(b / name), str(a / name)) for name in REPORTS]
    assert asked == []
    assert loaded.execute("SELECT id, path, department, year FROM documents ORDER BY id").fetchall() == [
        (id_, path.replace("/a/", "/b/"), department, year) for id_, path, department, year in held]


def test_a_moved_file_whose_record_its_name_gave_is_extracted_as_before(tmp_path, loaded, monkeypatch):
    """A new name may give another department or year: the file is extracted to tell (here, refused by it)."""
    copy_sample(UNDATED, tmp_path / "c" / UNDATED)
    ingest(loaded, tmp_path / "c")
    (tmp_path / "c").rename(tmp_path / "d")
    asked = extraction_fails_for(monkeypatch, tmp_path / "d")
    (status, path, reason), = ingest(loaded, tmp_path / "d")
    assert (status, path, asked) == ("refused", str(tmp_path.resolve() / "d" / UNDATED), [path])
    assert reason == "cannot extract (RuntimeError: extracted)"


def test_a_forced_ingest_extracts_every_file(tmp_path, loaded, monkeypatch):
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    asked = extraction_fails_for(monkeypatch, tmp_path / "b")
    assert [status for status, _, _ in ingest(loaded, tmp_path / "b", force=True)] == ["refused", "refused"]
    assert len(asked) == 2


def test_an_empty_database_hashes_no_new_file(tmp_path, monkeypatch):
    """A first, bulk load stays as fast as it was: a new file is hashed where it is extracted, not before."""
    for name in REPORTS:
        copy_sample(name, tmp_path / "a" / name)
    hashed: list = []
    monkeypatch.setattr(pipeline.ingest, "file_sha256", lambda path, max_bytes: hashed.append(path))
    assert [status for status, _, _ in ingest(connect(tmp_path / "r.db"), tmp_path / "a")] == ["loaded", "loaded"]
    assert hashed == []
