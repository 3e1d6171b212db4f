"""The council a report is made to, and which document the `reports` view answers from.

Two districts' 총무과 of one year are two reports, told apart (and grouped) by `council`; of one report loaded
more than once, the view reads the text loaded last.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import regex

from pipeline.db import connect
from pipeline.extract import extract_file
from pipeline.load import load_report
from tests.conftest import SAMPLES
from tests.corpus import as_old_schema
from tests.test_cover_variants import cover_info

ROOT = Path(__file__).resolve().parents[1]
CHONGMU_2024 = SAMPLES / "2024-hanbit-chongmu-layout.txt"
# the 정원 row of 총무과 2024 as corrected: 44 where 43 was printed (its 6급 one more)
PRINTED_QUOTA, CORRECTED_QUOTA = "정 원    43     1     7", "정 원    44     1     8"


def readme_queries() -> tuple[str, str]:
    under_30, staffing = regex.findall(r'reportdb query "(.*?)"', (ROOT / "README.md").read_text(encoding="utf-8"),
                                       flags=regex.DOTALL)[:2]
    return under_30, staffing


def two_districts(folder: Path) -> Path:
    """총무과 2024 of 한빛구 (the sample) and of 서해구 (the same report made to 서해구의회)."""
    folder.mkdir()
    text = CHONGMU_2024.read_text(encoding="utf-8")
    (folder / "hanbit-chongmu-2024.txt").write_text(text, encoding="utf-8")
    (folder / "seohae-chongmu-2024.txt").write_text(text.replace("한빛구의회", "서해구의회"), encoding="utf-8")
    return folder


# --- the council on the cover ------------------------------------------------------------------------------

@pytest.mark.parametrize(("cover", "council"), [
    ("제300회 영등포구의회 제2차 정례회\n\n2025년 주요업무 보고\n\n총무과", "영등포구의회"),
    ("영등포구의회 제300회 정례회\n\n2025년 주요업무 보고\n\n총무과", "영등포구의회"),  # printed before the number
    ("제 300 회 중구의회 정례회\n\n2025년 주요업무 보고\n\n총무과", "중구의회"),
    ("2025년도 주요업무보고 제265회 영등포구의회 정례회 총무과", "영등포구의회"),  # run into one paragraph
    ("영등포구의회\n\n2025년 주요업무 보고\n\n총무과", "영등포구의회"),  # alone, without a session
    ("영 등 포 구 의 회\n\n2025년 주요업무 보고\n\n총 무 과", "영등포구의회"),  # letter-spaced
    ("제300회 영 등 포 구 의 회 정례회\n\n2025년 주요업무 보고\n\n총무과", "영등포구의회"),
    ("제 300 회 영 등 포 구 의 회 정례회\n\n2025년 주요업무 보고\n\n총무과", "영등포구의회"),
    ("제261회 구의회 제1차 정례회\n\n2025년 주요업무 보고\n\n총무과", None),  # a council of no name
    ("2025년 주요업무 보고\n\n의회사무국\n\n의정팀", None),  # the council's secretariat is not the council
    ("2025년 주요업무 보고\n\n총무과", None),
])
def test_the_council_the_cover_names(cover, council):
    info = cover_info(cover)
    assert (info.council, info.year) == (council, 2025)


def test_the_council_is_stored_with_the_document(tmp_path):
    db = connect(tmp_path / "r.db")
    load_report(db, extract_file(str(CHONGMU_2024)), "sha-1", [])
    assert db.execute("SELECT council, council_session FROM documents").fetchone() == (
        "한빛구의회", "제294회 한빛구의회 제1차 정례회")
    assert db.execute("SELECT council FROM reports").fetchone() == ("한빛구의회",)


# --- two districts -----------------------------------------------------------------------------------------

def test_the_readmes_staffing_question_keeps_two_districts_apart(cli, tmp_path):
    """Before, 총무과 2024 of both districts was added up: 정원 86 (43 + 43), with nothing to tell them apart."""
    under_30, staffing = readme_queries()
    assert cli("ingest", two_districts(tmp_path / "in"), "--workers", "1")[0] == 0
    code, output = cli("query", staffing, "--csv")
    assert (code, output.splitlines()) == (0, [
        "council,office,year,department,as_of,정원,현원,과부족",
        "서해구의회,,2024,총무과,,43,41,-2", "한빛구의회,,2024,총무과,,43,41,-2"])
    code, output = cli("query", "SELECT council, department, year FROM reports ORDER BY council", "--csv")
    assert output.splitlines() == ["council,department,year", "서해구의회,총무과,2024", "한빛구의회,총무과,2024"]


def test_show_names_each_matching_documents_council(cli, tmp_path):
    cli("ingest", two_districts(tmp_path / "in"), "--workers", "1")
    code, output = cli("show", "총무과", "2024")
    assert code == 1
    assert output.splitlines()[-1] == ("Error: 2 documents match '총무과 2024'; give one id (or the council first: "
                                       "`서해구의회 총무과 2024`): 1 (한빛구의회 2024, hanbit-chongmu-2024.txt), "
                                       "2 (서해구의회 2024, seohae-chongmu-2024.txt)")
    code, output = cli("show", "2")
    assert code == 0
    assert regex.search(r"│ council +│ 서해구의회 +│", output)


@pytest.mark.parametrize(("wanted", "council"), [
    ("서해구의회 총무과 2024", "서해구의회"), ("한빛구의회 총무과", "한빛구의회")])
def test_show_picks_a_councils_report_named_before_it(cli, tmp_path, wanted, council):
    """Before, only an id told two districts' 총무과 2024 apart."""
    cli("ingest", two_districts(tmp_path / "in"), "--workers", "1")
    code, output = cli("show", *wanted.split())
    assert code == 0
    assert regex.search(rf"│ council +│ {council} +│", output)


# --- which document the `reports` view reads ---------------------------------------------------------------

def quota(cli) -> list[str]:
    """The reports' 총무과 2024 documents with their printed 정원 total."""
    _, output = cli("query", "SELECT d.id, d.path, s.headcount FROM reports d JOIN staffing s ON s.document_id = d.id "
                             "WHERE d.department = '총무과' AND s.status = '정원' AND s.job_class = '계' "
                             "AND s.grade = '계'", "--csv")
    return [regex.sub(r",/[^,]*/", ",", line) for line in output.splitlines()[1:]]


@pytest.fixture
def clock(monkeypatch):
    """Each load one second after the last (ingested_at counts seconds)."""
    ticks = iter(range(10, 60))
    monkeypatch.setattr("pipeline.load._now", lambda: f"2026-01-01T00:00:{next(ticks)}+00:00")


def test_a_report_corrected_under_another_name_and_loaded_later_is_the_one_read(cli, tmp_path, clock):
    """Before, the first-loaded text was read: 정원 43 of the old file, not 44 of the corrected one."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CHONGMU_2024, folder / "2024-chongmu.txt")
    cli("ingest", folder / "2024-chongmu.txt", "--workers", "1")
    text = CHONGMU_2024.read_text(encoding="utf-8")
    assert PRINTED_QUOTA in text
    (folder / "2024-chongmu-corrected.txt").write_text(text.replace(PRINTED_QUOTA, CORRECTED_QUOTA), encoding="utf-8")
    cli("ingest", folder, "--workers", "1")
    assert quota(cli) == ["2,2024-chongmu-corrected.txt,44"]


def test_a_file_replaced_in_place_keeps_its_id_and_is_read_over_an_older_copy(cli, tmp_path, clock):
    """Before, the replaced file got a new id (`show 1` then named nothing) and the copy loaded before
    its correction was read."""
    folder = tmp_path / "in"
    folder.mkdir()
    original = folder / "2024-chongmu.txt"
    shutil.copy(CHONGMU_2024, original)
    # a copy saved again (a byte-identical one would be a duplicate, not loaded)
    (folder / "2024-chongmu-copy.txt").write_text(CHONGMU_2024.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cli("ingest", original, "--workers", "1")
    cli("ingest", folder / "2024-chongmu-copy.txt", "--workers", "1")
    assert quota(cli) == ["2,2024-chongmu-copy.txt,43"]
    original.write_text(CHONGMU_2024.read_text(encoding="utf-8").replace(PRINTED_QUOTA, CORRECTED_QUOTA),
                        encoding="utf-8")
    code, output = cli("ingest", original, "--workers", "1")
    assert code == 0 and "replaced" in output
    assert quota(cli) == ["1,2024-chongmu.txt,44"]


def test_a_pdf_loaded_after_its_text_is_not_read_over_it(cli, tmp_path, clock):
    cli("ingest", CHONGMU_2024, "--workers", "1")
    cli("ingest", CHONGMU_2024.with_suffix(".pdf"), "--workers", "1")
    _, output = cli("query", "SELECT id, format FROM documents ORDER BY id", "--csv")
    assert output.splitlines() == ["id,format", "1,text", "2,pdf"]
    assert quota(cli) == ["1,2024-hanbit-chongmu-layout.txt,43"]


# --- an older database -------------------------------------------------------------------------------------

@pytest.mark.parametrize("version", [4, 5, 8])
def test_an_older_database_gains_the_council_from_its_sessions(tmp_path, version):
    db = connect(tmp_path / "r.db")
    text = CHONGMU_2024.read_text(encoding="utf-8")
    seohae = tmp_path / "seohae.txt"
    seohae.write_text(text.replace("한빛구의회", "서해구의회"), encoding="utf-8")
    for path in (CHONGMU_2024, seohae):
        load_report(db, extract_file(str(path)), f"sha-{path.name}", [])
    db.close()
    as_old_schema(tmp_path / "r.db", version)
    old = sqlite3.connect(tmp_path / "r.db")
    assert "council" not in [row[1] for row in old.execute("PRAGMA table_info(documents)")]
    old.close()
    db = connect(tmp_path / "r.db")
    assert db.execute("SELECT id, council FROM documents ORDER BY id").fetchall() == [
        (1, "한빛구의회"), (2, "서해구의회")]
    assert db.execute("SELECT id FROM reports ORDER BY id").fetchall() == [(1,), (2,)]
    assert "e.council IS d.council" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'reports'").fetchone()[0]


# --- search and check name the council where two districts' are loaded -------------------------------------

def test_search_names_each_matchs_council_where_two_districts_are_loaded(cli, tmp_path):
    """Before, both districts' matches read `총무과 | 2024`, and which council's was which could not be told."""
    cli("ingest", two_districts(tmp_path / "in"), "--workers", "1")
    code, output = cli("search", "정보화교육장")
    assert code == 0
    named = {name.strip() for name in regex.findall(r"^│ (\S+ ?\S*) +│ 2024 │", output, flags=regex.MULTILINE)}
    assert sorted(named) == ["서해구의회 총무과", "한빛구의회 총무과"]


def test_search_names_no_council_where_one_district_is_loaded(cli, tmp_path):
    cli("ingest", CHONGMU_2024, "--workers", "1")
    code, output = cli("search", "정보화교육장")
    assert code == 0
    assert {name.strip() for name in regex.findall(r"^│ (\S+ ?\S*) +│ 2024 │", output, flags=regex.MULTILINE)} == {
        "총무과"}


def two_districts_findings(folder: Path) -> Path:
    """청소과 2024 (its 청소차량 under its 정수, and its `기타` under no category: two info findings) of 한빛구 and
    of 서해구."""
    folder.mkdir()
    text = (SAMPLES / "2024-hanbit-cheongso.md").read_text(encoding="utf-8-sig")
    (folder / "hanbit-cheongso-2024.md").write_text(text, encoding="utf-8")
    (folder / "seohae-cheongso-2024.md").write_text(text.replace("한빛구의회", "서해구의회"), encoding="utf-8")
    return folder


@pytest.mark.parametrize("source", ["files", "database"])
def test_check_names_each_findings_council_where_two_districts_are_loaded(cli, tmp_path, source):
    """Before, both findings read `청소과 2024`, and `--json` gave no council to tell them apart."""
    folder = two_districts_findings(tmp_path / "in")
    if source == "database":
        cli("ingest", folder, "--workers", "1")
    given = [folder] if source == "files" else []
    code, output = cli("check", *given)
    assert code == 0
    assert regex.findall(r"^│ (\S+ \S+ ?\S*) +│ info", output, flags=regex.MULTILINE) == [
        "한빛구의회 청소과 2024", "한빛구의회 청소과 2024", "서해구의회 청소과 2024", "서해구의회 청소과 2024"]
    code, output = cli("check", *given, "--json")
    assert [(f["council"], f["department"], f["year"], f["rule"]) for f in json.loads(output)] == [
        ("한빛구의회", "청소과", 2024, "header.quota"), ("한빛구의회", "청소과", 2024, "vehicles.uncategorised"),
        ("서해구의회", "청소과", 2024, "header.quota"), ("서해구의회", "청소과", 2024, "vehicles.uncategorised")]
