"""The command on bad input and interruptions: PDFs whose fonts have no Unicode map, Ctrl-C at any moment of an
ingest, file names in another Unicode form, empty search terms and documents loaded by an older extraction."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest

import pipeline.cli as cli_module
import pipeline.ingest as ingest_module
from pipeline.db import connect
from pipeline.errors import ReportError
from pipeline.extract import extract_file
from pipeline.ingest import collect_files
from pipeline.load import load_report
from pipeline.read import read_document
from tests.conftest import ROOT, SAMPLES
from tests.corpus import as_old_schema, invoke, one_page_pdf

NO_UNICODE_MAP = ("its fonts have no Unicode map: the text of page 1 prints as (cid:N) glyphs and cannot be read "
                  "(convert the PDF with another tool, or OCR it)")
# The CIDSystemInfo of a reportlab font (the samples' body face, then their headings'), and the same naming a
# collection pdfminer has no CMap for: its glyphs come out as `(cid:N)`, as those of HWP's subset fonts do.
BODY_FONT, HEADING_FONT = (f"/BaseFont /{face} /CIDSystemInfo <<\n/Ordering (Korea1)".encode()
                           for face in ("HYSMyeongJo-Medium", "HYGothic-Medium"))


def unmapped(data: bytes, *fonts: bytes) -> bytes:
    for font in fonts:
        assert data.count(font) == 1
        data = data.replace(font, font.replace(b"Korea1", b"Korea9"))
    return data


def documents(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM documents").fetchone()[0]


# --- PDFs whose fonts have no Unicode map ----------------------------------------------------------------------


@pytest.mark.parametrize("fonts", [(BODY_FONT, HEADING_FONT), (BODY_FONT,), (HEADING_FONT,)],
                         ids=["every font", "the body's", "the headings'"])
def test_a_pdf_printing_words_in_a_font_without_a_unicode_map_is_refused_saying_so(fonts):
    """Before: with every font unmapped `not a work report`; with one, loaded with its staffing, budget or
    projects lost and `(cid:2689)` stored as text."""
    data = unmapped((SAMPLES / "2025-hanbit-bokji.pdf").read_bytes(), *fonts)
    with pytest.raises(ReportError) as refused:
        extract_file("bokji.pdf", data)
    assert str(refused.value) == f"bokji.pdf: {NO_UNICODE_MAP}"


def test_a_lone_glyph_without_a_unicode_map_among_readable_text_is_dropped(tmp_path):
    """A symbol set in a font without a map (`※` here) is left out; the readable text around it is read."""

    def draw(page):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        for face in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
            pdfmetrics.registerFont(UnicodeCIDFont(face))
        page.setFont("HYSMyeongJo-Medium", 10)
        page.drawString(50, 750, "2024년 주요업무 보고")
        page.drawString(70, 734, "청사 시설물 점검")
        page.setFont("HYGothic-Medium", 10)
        page.drawString(50, 734, "※")

    path = tmp_path / "symbol.pdf"
    path.write_bytes(unmapped(one_page_pdf(draw), HEADING_FONT))
    assert [block.text for block in read_document(path).blocks] == ["2024년 주요업무 보고 청사 시설물 점검"]


def test_ingest_refuses_an_unreadable_pdf_by_name_and_stores_none_of_its_glyphs(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copyfile(SAMPLES / "2023-hanbit-jaemu.txt", tmp_path / "in" / "jaemu.txt")
    (tmp_path / "in" / "bokji.pdf").write_bytes(unmapped((SAMPLES / "2025-hanbit-bokji.pdf").read_bytes(),
                                                         HEADING_FONT))
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert result.exit_code == 1
    assert f"refused   in/bokji.pdf: {NO_UNICODE_MAP}" in result.output
    assert documents(tmp_path / "r.db") == 1
    with sqlite3.connect(tmp_path / "r.db") as conn:
        assert conn.execute("SELECT count(*) FROM search_lines WHERE text LIKE '%(cid:%'").fetchone()[0] == 0


# --- Ctrl-C ----------------------------------------------------------------------------------------------------


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def ctrl_c_before(monkeypatch, module, name: str) -> None:
    """`module.name` is called just after a Ctrl-C."""
    called = getattr(module, name)

    def after_ctrl_c(*args, **kwargs):
        ctrl_c()
        return called(*args, **kwargs)

    monkeypatch.setattr(module, name, after_ctrl_c)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Three reports to ingest."""
    (tmp_path / "in").mkdir()
    for name in ("2023-hanbit-jaemu.txt", "2025-hanbit-bokji.txt", "2026-hanbit-chongmu.md"):
        shutil.copyfile(SAMPLES / name, tmp_path / "in" / name)
    return tmp_path / "in"


def test_ctrl_c_raised_where_python_ignores_it_still_stops_the_ingest(tmp_path, folder, monkeypatch):
    """A Ctrl-C that comes while a `__del__` runs: before, Python printed `Exception ignored in …` and the
    ingest loaded every file and exited 0."""
    prepare_one = ingest_module.prepare_one

    class CtrlCWhenCollected:
        def __del__(self) -> None:
            ctrl_c()

    def prepared_then_ctrl_c(path: str, max_bytes: int):
        CtrlCWhenCollected()  # collected at once: Ctrl-C inside its __del__
        return prepare_one(path, max_bytes)

    monkeypatch.setattr(ingest_module, "prepare_one", prepared_then_ctrl_c)
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert result.exit_code == 130, result.output
    assert "Interrupted. loaded 1, replaced 0, unchanged 0, refused 0" in result.output
    assert "Stopped by Ctrl-C: the documents counted above are in the database; run again to finish." in result.output
    assert documents(tmp_path / "r.db") == 1


def test_the_summary_counts_a_document_committed_just_before_ctrl_c(tmp_path, folder, monkeypatch):
    """Before: a Ctrl-C right after a document's commit left it in the database but not in the summary."""
    load_rows = ingest_module.load_rows

    def loaded_then_ctrl_c(*args, **kwargs):
        loaded = load_rows(*args, **kwargs)
        ctrl_c()
        return loaded

    monkeypatch.setattr(ingest_module, "load_rows", loaded_then_ctrl_c)
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert result.exit_code == 130, result.output
    assert "Interrupted. loaded 1, replaced 0, unchanged 0, refused 0" in result.output
    assert documents(tmp_path / "r.db") == 1


def slow_batch(paths: list[str], max_bytes: int) -> list:
    time.sleep(5)
    return [ingest_module.prepare_one(path, max_bytes) for path in paths]


def test_a_stop_requested_while_the_workers_extract_ends_the_wait(tmp_path, folder, monkeypatch):
    """The ingest does not wait for a slow batch to finish before it stops."""
    monkeypatch.setattr(ingest_module, "prepare_batch", slow_batch)  # the workers are forked with it
    started = time.monotonic()
    db = connect(tmp_path / "r.db")
    summary = ingest_module.ingest_files(db, collect_files([folder]).files, workers=2,
                                         stop_requested=lambda: time.monotonic() > started + 0.5)
    db.close()
    assert time.monotonic() - started < 3
    assert summary.interrupted
    assert summary.counts["loaded"] == documents(tmp_path / "r.db") == 0
    # the pool's workers would finish their batch, and its thread live on into later tests (which fork only where
    # this process runs no other thread): ended here
    for worker in multiprocessing.active_children():
        worker.terminate()
    for thread in threading.enumerate():
        if thread is not threading.current_thread():
            thread.join(timeout=10)


def test_ctrl_c_before_loading_starts_is_an_interruption_not_a_refusal(tmp_path, folder, monkeypatch):
    """Before: `Aborted!` and exit 1, the status of a refused file."""
    ctrl_c_before(monkeypatch, ingest_module, "collect_files")
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "2")
    assert result.exit_code == 130, result.output
    assert "Aborted!" not in result.output
    assert "Interrupted. loaded 0, replaced 0, unchanged 0, refused 0" in result.output
    assert documents(tmp_path / "r.db") == 0


def test_ctrl_c_while_the_summary_prints_is_an_interruption(tmp_path, folder, monkeypatch):
    ctrl_c_before(monkeypatch, cli_module, "findings_summary")
    result = invoke(tmp_path, "ingest", "in", "--db", "r.db", "--workers", "1")
    assert result.exit_code == 130, result.output
    assert "Aborted!" not in result.output
    assert "loaded 3, replaced 0, unchanged 0, refused 0" in result.output
    assert result.output.splitlines()[-1] == ("Interrupted. Stopped by Ctrl-C after the load: every file counted "
                                              "above is in the database.")
    assert documents(tmp_path / "r.db") == 3


def test_ctrl_c_in_another_command_is_an_interruption(tmp_path, folder, monkeypatch):
    def ctrl_c_instead(*args, **kwargs):
        ctrl_c()

    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    monkeypatch.setattr(cli_module, "print_document", ctrl_c_instead)
    result = invoke(tmp_path, "show", "1", "--db", "r.db")
    assert (result.exit_code, result.output) == (130, "Interrupted.\n")


def test_ctrl_c_while_the_command_starts_is_an_interruption_not_a_traceback(tmp_path):
    """Ctrl-C while `reportdb` imports its modules (most of a second): before, a traceback of the imports."""
    ctrl_c_during_imports = (
        "import builtins, os, signal\n"
        "imported = builtins.__import__\n"
        "def importing(name, *args, **kwargs):\n"
        "    if name == 'pipeline.read':\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    return imported(name, *args, **kwargs)\n"
        "builtins.__import__ = importing\n"
        "from pipeline.cli import main\n"
        "main(['ingest', 'in'])\n"
    )
    result = subprocess.run([sys.executable, "-c", ctrl_c_during_imports], cwd=tmp_path, capture_output=True,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", "Interrupted.\n")


# --- file names in NFD (macOS) ---------------------------------------------------------------------------------

NFD_NAME = unicodedata.normalize("NFD", "2024-한빛구-총무과.md")


@pytest.fixture
def nfd_folder(tmp_path) -> Path:
    """A report named in NFD, as macOS names files (`총무과` as its jamo)."""
    (tmp_path / "in").mkdir()
    shutil.copyfile(SAMPLES / "2026-hanbit-chongmu.md", tmp_path / "in" / NFD_NAME)
    return tmp_path / "in"


def test_a_file_named_in_nfd_is_stored_in_nfc_and_found_by_its_typed_name(tmp_path, nfd_folder):
    """Before: stored in NFD, so `LIKE '%총무과%'` found nothing and `show` with the typed path no document."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    typed = str(nfd_folder / "2024-한빛구-총무과.md")
    with sqlite3.connect(tmp_path / "r.db") as conn:
        assert conn.execute("SELECT path, path_stem FROM documents WHERE path LIKE '%총무과%'").fetchall() == [
            (typed, typed.removesuffix(".md"))]
    for name in ("in/2024-한빛구-총무과.md", f"in/{NFD_NAME}"):
        shown = invoke(tmp_path, "show", name, "--db", "r.db")
        assert (shown.exit_code, shown.output.split()[:2]) == (0, ["총무과", "2026"]), name
    again = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, unchanged 1, refused 0" in again.output


def test_a_copy_of_a_file_named_in_nfd_is_a_duplicate_of_it_not_a_move(tmp_path, nfd_folder):
    """The file of a path stored in NFC is found at its NFD name: still there, so a copy elsewhere is a copy."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    (tmp_path / "more").mkdir()
    shutil.copyfile(nfd_folder / NFD_NAME, tmp_path / "more" / "copy.md")
    result = invoke(tmp_path, "ingest", "more", "--db", "r.db")
    assert "duplicate more/copy.md (same as in/2024-한빛구-총무과.md)" in result.output
    assert documents(tmp_path / "r.db") == 1


def test_a_database_holding_an_nfd_path_holds_it_in_nfc_once_migrated(tmp_path, nfd_folder):
    nfd_path = str(nfd_folder / NFD_NAME)
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(nfd_path), "sha-1", [])
    db.execute("INSERT INTO ingest_errors (path, error, seen_at) VALUES (?, 'empty file', '')", [nfd_path])
    db.conn.commit()
    db.close()
    as_old_schema(tmp_path / "r.db", 13)
    connect(tmp_path / "r.db").close()
    typed = str(nfd_folder / "2024-한빛구-총무과.md")
    with sqlite3.connect(tmp_path / "r.db") as conn:
        assert conn.execute("SELECT path, path_stem FROM documents").fetchall() == [(typed, typed.removesuffix(".md"))]
        assert conn.execute("SELECT path FROM ingest_errors").fetchall() == [(typed,)]


# --- search and re-ingest after an upgrade ----------------------------------------------------------------------


def test_searching_for_nothing_is_a_usage_error(tmp_path, folder):
    """Before: `no matches`, exit 1, as if the database held nothing."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    for terms in ([""], ["  "], ["", "\u3000"]):
        result = invoke(tmp_path, "search", "--db", "r.db", *terms)
        assert result.exit_code == 2, terms
        assert result.output.splitlines()[-1] == "Error: give a term to search for (the terms given are empty)"


def test_an_unchanged_file_an_older_reportdb_loaded_is_extracted_again(tmp_path, folder):
    """Before: `unchanged` after the upgrade, its rows as the older extraction made them, until `--force`."""
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    with sqlite3.connect(tmp_path / "r.db") as conn:
        conn.execute("DELETE FROM findings")  # as an older extraction left them
    as_old_schema(tmp_path / "r.db", 13)
    upgraded = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, re-read 3 (reportdb changed), unchanged 0, refused 0" in upgraded.output
    with sqlite3.connect(tmp_path / "r.db") as conn:
        assert conn.execute("SELECT count(*), min(id), max(id) FROM documents").fetchone() == (3, 1, 3)
        assert conn.execute("SELECT count(*) FROM findings").fetchone()[0] == 3
    again = invoke(tmp_path, "ingest", "in", "--db", "r.db")
    assert "loaded 0, replaced 0, unchanged 3, refused 0" in again.output


# --- paths that cannot be opened ----------------------------------------------------------------------------


@pytest.fixture
def link_loop(tmp_path) -> Path:
    """loop/a.txt -> b.txt -> a.txt, beside in/."""
    (tmp_path / "loop").mkdir()
    (tmp_path / "loop" / "a.txt").symlink_to("b.txt")
    (tmp_path / "loop" / "b.txt").symlink_to("a.txt")
    return tmp_path / "loop"


def test_a_loop_of_links_given_by_name_is_refused_by_name_and_the_others_load(tmp_path, folder, link_loop):
    """Before: `Error: internal error: RuntimeError: Symlink loop from '…/loop/a.txt'` and nothing loaded."""
    result = invoke(tmp_path, "ingest", "in", "loop/a.txt", "--db", "r.db")
    assert result.exit_code == 1
    assert "refused   loop/a.txt: cannot read: Too many levels of symbolic links" in result.output.splitlines()
    assert "loaded 3, replaced 0, unchanged 0, refused 1, skipped 0" in result.output
    assert documents(tmp_path / "r.db") == 3
    checked = invoke(tmp_path, "check", "loop/b.txt")
    assert checked.exit_code == 1
    assert "refused loop/b.txt: cannot read: Too many levels of symbolic links" in checked.output.splitlines()
    shown = invoke(tmp_path, "show", "--db", "r.db", "loop/a.txt")
    assert shown.exit_code == 1
    assert shown.output.splitlines()[-1].startswith("Error: no document matches 'loop/a.txt': try an id")


def test_a_database_path_in_a_loop_of_links_is_one_line(tmp_path, folder, link_loop):
    """Before: `Error: internal error: RuntimeError: Symlink loop from …`, then SQLite's `unable to open database
    file`, which did not say why."""
    result = invoke(tmp_path, "ingest", "in", "--db", "loop/a.txt")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "Error: loop/a.txt: cannot open: Too many levels of symbolic links"


def test_a_department_named_without_its_year_is_told_apart_by_the_year_not_the_session(tmp_path):
    """Before: `(or the session after it: `총무과 제294회`)`, which names the 2024 report's session without its
    year, of reports two years apart."""
    (tmp_path / "in").mkdir()
    for name in ("2024-hanbit-chongmu-layout.txt", "2026-hanbit-chongmu.md"):
        shutil.copyfile(SAMPLES / name, tmp_path / "in" / name)
    assert invoke(tmp_path, "ingest", "in", "--db", "r.db").exit_code == 0
    result = invoke(tmp_path, "show", "--db", "r.db", "총무과")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "Error: 2 documents match '총무과'; give one id (or the year after it: `총무과 2026`): "
        "1 (한빛구의회 2024, 2024-hanbit-chongmu-layout.txt), 2 (한빛구의회 2026, 2026-hanbit-chongmu.md)")
    assert invoke(tmp_path, "show", "--db", "r.db", "총무과", "2026").exit_code == 0
